"""Check what was drawn (issue 19): the toy world's verifier reads pictures exactly, and the engine redraws a
picture that does not show the Scene with the next seed, says what is still off, and marks the picture.

The engine runs the shipped embedded model through the app's own factory. The one fake is `Rejecting`, a
verifier scripted to turn down the first pictures (a named boundary: it tests the engine's loop, not a reader).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from chat.state import TurnSettings
from chat.verification import Problem, Verdict, describe_problems
from dialog.scene import Scene, Subject
from server.config import AppConfig
from server.factory import build_engine
from toyworld.render import render
from toyworld.scene import ToyObject, ToyScene
from toyworld.verifier import ToyWorldVerifier

PICTURE = ToyScene("gray", (ToyObject("circle", "red", "big", "top left"),
                            ToyObject("square", "blue", "small", "bottom right")))
SCENE = Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top left", "big"),
                        Subject("s2", "square", {"colour": "blue"}, "bottom right", "small")], background="gray")


def image_of(scene: ToyScene) -> Image.Image:
    return Image.fromarray(render(scene))


def test_the_toy_verifier_passes_a_picture_that_shows_the_scene():
    assert ToyWorldVerifier().check(image_of(PICTURE), SCENE) == []


def test_the_toy_verifier_names_each_thing_that_is_off():
    wrong = ToyScene("black", (ToyObject("circle", "green", "big", "top left"),))
    found = Verdict.of(ToyWorldVerifier().check(image_of(wrong), SCENE))
    kinds = {(p.kind, p.subject, p.field) for p in found.problems}
    assert {("wrong", "s1", "colour"), ("missing", "s2", None), ("background", None, None)} <= kinds
    text = describe_problems(found, SCENE, "en")
    assert "the circle's colour looks green, not red" in text and "the square is missing" in text
    assert "背景看起来是黑色，不是灰色" in describe_problems(found, SCENE, "zh")


def test_the_toy_verifier_does_not_read_pictures_of_another_size():
    assert ToyWorldVerifier().check(Image.new("RGB", (128, 128)), SCENE) is None


class Rejecting:
    """Turns down the first `misses` pictures with one problem, then passes everything (a scripted boundary)."""

    name = "scripted"

    def __init__(self, misses: int) -> None:
        self.misses, self.seen = misses, []

    def check(self, image, scene):
        self.seen.append(np.asarray(image).copy())
        if len(self.seen) <= self.misses:
            return [Problem("wrong", scene.subjects[0].id, "colour", "red", "blue")]
        return []


@pytest.fixture(scope="module")
def embedded():
    return build_engine(AppConfig(open_browser=False))


def test_the_embedded_model_is_served_with_its_profile_and_the_toy_verifier(embedded):
    assert embedded.profile.closed and isinstance(embedded.verifier, ToyWorldVerifier)
    state = embedded.new_state()
    assert embedded.send(state, "draw a green square", None, TurnSettings()).ok
    render_record = state.session.current.render
    assert render_record["tries"] >= 1 and "verified" in render_record
    square = state.session.current_scene.subjects[0]
    assert square.size and square.position and state.session.current_scene.background  # chosen, then drawn


def test_a_miss_is_redrawn_with_the_next_seed_and_the_reply_says_so(embedded, monkeypatch):
    verifier = Rejecting(misses=1)
    monkeypatch.setattr(embedded, "verifier", verifier)
    state = embedded.new_state()
    result = embedded.send(state, "draw a red circle", None, TurnSettings())
    record = state.session.current.render
    assert result.ok and record["tries"] == 2 and record["verified"] is True
    assert "It took 2 tries" in result.message and "next seed" in record["plan"]["reason"]
    assert not np.array_equal(verifier.seen[0], verifier.seen[1])  # another seed, another picture


def test_a_picture_still_off_after_the_tries_is_marked_and_explained(embedded, monkeypatch):
    monkeypatch.setattr(embedded, "verifier", Rejecting(misses=99))
    state = embedded.new_state()
    result = embedded.send(state, "draw a red circle", None, TurnSettings(verify_tries=1))
    record = state.session.current.render
    assert result.ok and record["tries"] == 2 and record["verified"] is False
    assert "may not match (2 tries)" in result.message and "colour looks blue, not red" in record["problems"][0]


def test_a_locked_seed_is_never_redrawn(embedded, monkeypatch):
    verifier = Rejecting(misses=99)
    monkeypatch.setattr(embedded, "verifier", verifier)
    state = embedded.new_state()
    assert embedded.send(state, "draw a red circle", None, TurnSettings(seed=5)).ok
    assert len(verifier.seen) == 1 and state.session.current.render["seed"] == 5


def test_a_request_out_of_reach_is_refused_and_changes_nothing(embedded):
    state = embedded.new_state()
    assert embedded.send(state, "draw a big red circle", None, TurnSettings()).ok
    scene, picture = state.session.current_scene.to_json(), state.session.current.render["image"]
    result = embedded.send(state, "now make it a purple dog", None, TurnSettings())
    assert result.ok and "cannot draw “dog”" in result.message and "circle, square or triangle" in result.message
    assert "Drew" not in result.message and "Made" not in result.message
    assert state.session.current_scene.to_json() == scene and state.session.current.render is None
    assert state.session.path()[-2].render["image"] == picture


def test_enhancement_off_gives_the_literal_prompt(embedded):
    state = embedded.new_state()
    assert embedded.send(state, "a green square", None, TurnSettings(enhance=False)).ok
    assert state.session.current.render["prompt"] == "a green square"


def test_the_settings_panel_sets_the_redraws_and_refuses_too_many(embedded, monkeypatch):
    from server.handlers import read_settings

    verifier = Rejecting(misses=99)
    monkeypatch.setattr(embedded, "verifier", verifier)
    state = embedded.new_state()
    none = read_settings("64×64", 20, 2.0, 0, False, True, "", 1.0, 0)
    assert none.verify_tries == 0 and embedded.send(state, "draw a red circle", None, none).ok
    assert len(verifier.seen) == 1 and state.session.current.render["tries"] == 1
    result = embedded.send(state, "make it blue", None, read_settings("64×64", 20, 2.0, 0, False, True, "", 1.0, 9))
    assert not result.ok and "from 0 to 5" in result.message


def test_a_new_picture_out_of_reach_leaves_the_scene_as_it_was(embedded):
    state = embedded.new_state()
    assert embedded.send(state, "draw a big red circle", None, TurnSettings()).ok
    scene = state.session.current_scene.to_json()
    result = embedded.send(state, "now draw a purple dog", None, TurnSettings())
    assert result.ok and "cannot draw “dog”" in result.message
    assert state.session.current_scene.to_json() == scene  # before: the refusal recorded an empty Scene
    assert embedded.send(state, "make it green", None, TurnSettings()).ok
    assert state.session.current_scene.subjects[0].attributes["colour"] == "green"


def test_a_chinese_reply_joins_its_sentences_without_spaces(embedded, monkeypatch):
    monkeypatch.setattr(embedded, "verifier", Rejecting(misses=1))
    state = embedded.new_state()
    result = embedded.send(state, "画一个红色的圆形", None, TurnSettings())
    assert result.ok and "画了2次才画对" in result.message and "。 " not in result.message
