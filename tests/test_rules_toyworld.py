"""The toy world of toyworld/README.md, exhaustively, in both languages: every shape, colour, size, position and
background is read into its canonical value, and every Scene renders in the caption form the embedded model is
trained on and reads back to the same Scene (the renderer and the rules agree on every word)."""

from __future__ import annotations

import itertools

import pytest

from dialog.decision import Action, EditKind
from dialog.prompt import render_prompt
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import RuleEnhancer
from toyworld import spec

SINGLES = list(itertools.product(spec.SHAPES, spec.COLOURS, spec.SIZES, spec.POSITIONS))


def _subject_values(scene: Scene) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(s.name, s.attributes.get("colour"), s.size, s.position) for s in scene.subjects]


def _draw(message: str, scene: Scene | None = None) -> Scene:
    decision = RuleEnhancer().decide(scene or Scene(), [], message)
    return decision.scene


def test_the_spec_examples_render_exactly() -> None:
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top left", "big"),
                            Subject("s2", "square", {"colour": "blue"}, "bottom right", "small")], background="gray")
    assert render_prompt(scene, "en") == ("a big red circle at the top left and a small blue square at the bottom "
                                          "right on a gray background")
    assert render_prompt(scene, "zh") == "灰色背景上，左上角有一个大的红色圆形，右下角有一个小的蓝色正方形"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_single_object_reads_back_from_its_caption(language: str) -> None:
    for shape, colour, size, position in SINGLES:
        want = Scene(subjects=[Subject("s1", shape, {"colour": colour}, position, size)], language=language)
        caption = render_prompt(want)
        message = f"draw {caption}" if language == "en" else caption
        got = _draw(message)
        assert _subject_values(got) == [(shape, colour, size, position)], message
        assert render_prompt(got) == caption
        assert got.language == language


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("background", sorted(spec.BACKGROUNDS))
def test_every_background_in_a_caption_and_as_an_edit(language: str, background: str) -> None:
    want = Scene(subjects=[Subject("s1", "triangle", {"colour": "green"}, "center", "small")],
                 background=background, language=language)
    caption = render_prompt(want)
    got = _draw(caption if language == "zh" else "draw " + caption)
    assert got.background == background and render_prompt(got) == caption

    drawn = Scene(subjects=[Subject("s1", "circle", {"colour": "red"})], language=language, focus="s1")
    word = spec_word(background, language)
    message = f"change the background to {word}" if language == "en" else f"背景换成{word}"
    decision = RuleEnhancer().decide(drawn, [], message)
    assert decision.scene.background == background
    assert decision.action == Action.EDIT and decision.edit_kind == EditKind.BACKGROUND


def spec_word(background: str, language: str) -> str:
    return background if language == "en" else spec.ZH_BACKGROUNDS[background]


def _pairs() -> list[tuple[tuple[str, str, str, str], tuple[str, str, str, str]]]:
    """Legal two-object scenes (different cells; neighbours never both big), a deterministic spread of them."""
    positions = list(spec.POSITIONS)
    out = []
    for i, (a, b) in enumerate(itertools.permutations(positions, 2)):
        size_a, size_b = ("big", "small") if i % 2 else ("small", "big")
        if not spec.neighbours(a, b) and i % 3 == 0:
            size_a = size_b = "big"
        shape_a, shape_b = spec.SHAPES[i % 3], spec.SHAPES[(i + 1) % 3]
        colours = list(spec.COLOURS)
        out.append(((shape_a, colours[i % 8], size_a, a), (shape_b, colours[(i + 3) % 8], size_b, b)))
    return out


@pytest.mark.parametrize("language", ["en", "zh"])
def test_two_object_captions_read_back(language: str) -> None:
    backgrounds = sorted(spec.BACKGROUNDS)
    for i, (first, second) in enumerate(_pairs()):
        want = Scene(subjects=[Subject("s1", first[0], {"colour": first[1]}, first[3], first[2]),
                               Subject("s2", second[0], {"colour": second[1]}, second[3], second[2])],
                     background=backgrounds[i % 5], language=language)
        caption = render_prompt(want)
        got = _draw(caption if language == "zh" else "draw " + caption)
        assert _subject_values(got) == [first, second], caption
        assert got.background == want.background and render_prompt(got) == caption


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_colour_size_shape_and_position_as_an_edit(language: str) -> None:
    enhancer = RuleEnhancer()
    scene = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "center", "small")], language=language,
                  focus="s1")
    for colour in spec.COLOURS:
        word = colour if language == "en" else spec.ZH_COLOURS[colour]
        d = enhancer.decide(scene, [], f"make it {word}" if language == "en" else f"把它变成{word}")
        assert d.scene.subjects[0].attributes["colour"] == colour
        if colour == "red":  # already red: nothing to redraw
            assert d.action == Action.CHAT and d.changed == ()
        else:
            assert (d.action, d.edit_kind, d.changed) == (Action.EDIT, EditKind.ATTRIBUTE, ("s1",))
    for position in spec.POSITIONS:
        word = position if language == "en" else spec.ZH_POSITIONS[position]
        d = enhancer.decide(scene, [], f"move it to the {word}" if language == "en" else f"把它移到{word}")
        assert d.scene.subjects[0].position == position, word
    for shape in spec.SHAPES:
        word = shape if language == "en" else spec.ZH_SHAPES[shape]
        d = enhancer.decide(scene, [], f"make it a {word}" if language == "en" else f"把它变成{word}")
        assert d.scene.subjects[0].name == shape
    for size in spec.SIZES:
        word = size if language == "en" else spec.ZH_SIZES[size] + "的"
        d = enhancer.decide(scene, [], f"make it {word}" if language == "en" else f"把它变成{word}")
        assert d.scene.subjects[0].size == size


@pytest.mark.parametrize(("message", "expected"), [
    ("draw a grey dot in the centre", ("circle", "gray", None, "center")),
    ("draw a violet square in the middle", ("square", "purple", None, "center")),  # (a box is a box, not a square)
    ("draw a large triangle at the upper-left corner", ("triangle", None, "big", "top left")),
    ("draw a tiny pink square in the lower right", ("square", "pink", "small", "bottom right")),
    ("画一个圆", ("circle", None, None, None)),
    ("画一个大红圆形", ("circle", "red", "big", None)),
    ("在正中间画一个紫色方块", ("square", "purple", None, "center")),
    ("在左侧画一个小的粉红色三角", ("triangle", "pink", "small", "left")),
    ("在右上方画一个褐色的圆圈", ("circle", "brown", None, "top right")),
    ("在底部画一个橘色正方形", ("square", "orange", None, "bottom")),
])
def test_synonyms_store_canonical_values(message: str, expected: tuple) -> None:
    assert _subject_values(_draw(message)) == [expected]


def test_the_vocabulary_renders_the_specs_own_words() -> None:
    from dialog import vocabulary as vocab

    for table, zh in ((vocab.COLOURS, spec.ZH_COLOURS), (vocab.SHAPES, spec.ZH_SHAPES),
                      (vocab.BACKGROUNDS, spec.ZH_BACKGROUNDS)):
        for key, word in zh.items():
            assert (table[key].en[0], table[key].zh[0]) == (key, word)
    for key, word in spec.ZH_SIZES.items():
        assert vocab.SIZES[key].zh[0] == word + "的"
    corners = {"top left", "top right", "bottom left", "bottom right"}
    for key, word in spec.ZH_POSITIONS.items():
        assert vocab.POSITIONS[key].en[0] == key
        assert vocab.POSITIONS[key].zh[0] == word + ("角" if key in corners else "")
