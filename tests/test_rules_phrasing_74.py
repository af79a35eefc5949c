"""A real word one letter longer than a word the rules know, and "both of them" before what is given (issue 20;
from tuning-20 and phrasings written for this test): "bandana" was mended into "banana" (a letter too many was
taken for a slip wherever it stood; now only a key next to a letter beside it, or that letter again, is one), and
"give both of them red bandanas" gave each dog a part called "them banana"."""

from __future__ import annotations

import pytest

from prompt_enhancer.rules.spelling import correction
from rules_talk import names, talk


@pytest.mark.parametrize("word", ["bandana", "bandanas"])
def test_a_real_word_with_a_letter_no_slip_would_add_is_left_as_typed(word):
    assert correction(word) is None


@pytest.mark.parametrize("typed, meant", [("rremove", "remove"), ("circlle", "circle"), ("removce", "remove"),
                                          ("yelllow", "yellow")])
def test_a_letter_typed_twice_or_a_key_beside_it_is_still_mended(typed, meant):  # guard
    assert correction(typed) == meant


def test_a_dog_with_a_bandana_wears_a_bandana():
    d = talk("a dog with a red bandana")
    assert names(d) == ["dog"] and d.scene.subjects[0].parts["bandana"]["colour"] == "red"


@pytest.mark.parametrize("said", ["give both of them red bandanas", "give all of the dogs red bandanas",
                                  "pls give each of them a red bandana"])
def test_both_of_them_are_who_gets_it(said):
    d = talk("two dogs playing, one black one white", said)
    assert names(d) == ["dog", "dog"]
    assert all(list(s.parts) == ["bandana"] and s.parts["bandana"]["colour"] == "red" for s in d.scene.subjects)
