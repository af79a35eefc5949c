"""SceneDiff: the one reading of what changed between two Scenes, shared by the enhancers and the editor."""

from __future__ import annotations

from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from dialog.scene_diff import SceneDiff


def circle(colour: str = "red", position: str | None = "left", size: str | None = "big", id: str = "s1") -> Subject:
    return Subject(id, "circle", {"colour": colour}, position, size)


def square(id: str = "s2") -> Subject:
    return Subject(id, "square", {"colour": "blue"}, "right", "small")


def test_added_removed_kept_and_changed_subjects() -> None:
    before = Scene([circle(), square()], background="gray")
    after = Scene([circle("green"), Subject("s3", "triangle")], background="gray")
    diff = SceneDiff(before, after)
    assert diff.added == ("s3",) and diff.removed == ("s2",) and diff.kept == ()
    assert diff.changed_subjects == ("s1", "s3", "s2")  # altered and added in the new order, then removed
    assert SceneDiff(before, before.copy()).kept == ("s1", "s2")


def test_attribute_order_is_not_a_change_but_subject_order_is_a_content_change() -> None:
    a = Subject("s1", "cat", {"colour": "red", "material": "wood"})
    b = Subject("s1", "cat", {"material": "wood", "colour": "red"})
    assert SceneDiff(Scene([a]), Scene([b])).changed_subjects == ()
    reordered = SceneDiff(Scene([circle(), square()]), Scene([square(), circle()]))
    assert reordered.changed_subjects == () and reordered.content_changed


def test_dialog_state_is_not_content() -> None:
    before = Scene([circle()], focus="s1", language="en")
    assert not SceneDiff(before, Scene([circle()], focus=None, language="zh")).content_changed
    assert SceneDiff(before, Scene([circle()], notes=["misty"])).content_changed


def test_the_biggest_change_names_the_edit_kind() -> None:
    base = Scene([circle(), square()], background="gray")
    cases = {
        EditKind.ADD: Scene([circle(), square(), Subject("s3", "star")], background="gray"),
        EditKind.REMOVE: Scene([circle()], background="gray"),
        EditKind.LAYOUT: Scene([circle(position="top"), square()], background="gray"),
        EditKind.ATTRIBUTE: Scene([circle("green"), square()], background="gray"),
        EditKind.BACKGROUND: Scene([circle(), square()], background="white"),
        EditKind.STYLE: Scene([circle(), square()], background="gray", style="watercolor"),
    }
    for kind, after in cases.items():
        assert SceneDiff(base, after).kind() is kind, kind
    # a move together with a recolour is not only layout
    assert SceneDiff(base, Scene([circle("green", "top"), square()], background="gray")).kind() is EditKind.ATTRIBUTE


def test_style_time_notes_and_avoid_change_everything_a_background_does_not() -> None:
    base = Scene([circle()], background="gray")
    assert not SceneDiff(base, Scene([circle()], background="white")).changes_everything
    assert SceneDiff(base, Scene([circle()], background="white")).background_changed
    for changed in (dict(style="ink"), dict(time="night"), dict(notes=["fog"]), dict(avoid=["text"])):
        assert SceneDiff(base, Scene([circle()], background="gray", **changed)).changes_everything, changed


def test_a_parts_change_is_a_change_of_its_subject() -> None:
    girl = Subject("s1", "girl", {}, "left", None, {"umbrella": {"relation": "holding"}})
    red = Subject("s1", "girl", {}, "left", None, {"umbrella": {"relation": "holding", "colour": "red"}})
    diff = SceneDiff(Scene([girl, square()]), Scene([red, square()]))
    assert diff.changed_subjects == ("s1",) and diff.kept == ("s2",) and diff.kind() is EditKind.ATTRIBUTE
    moved = Subject("s1", "girl", {}, "right", None, {"umbrella": {"relation": "holding"}})
    assert SceneDiff(Scene([girl]), Scene([moved])).kind() is EditKind.LAYOUT
    without = Subject("s1", "girl", {}, "left", None, {})
    assert SceneDiff(Scene([girl]), Scene([without])).changed_subjects == ("s1",)


def test_a_new_look_is_a_style_edit_that_may_touch_every_pixel() -> None:
    base = Scene([circle()], background="gray")
    diff = SceneDiff(base, Scene([circle()], background="gray", look=["black and white"]))
    assert diff.changes_everything and diff.kind() is EditKind.STYLE and diff.content_changed
    assert diff.changed_subjects == ()
