"""What the RuleEnhancer decides beyond the Scene: action, edit kind, the ids it touched, and the reply it gives,
in the person's language."""

from __future__ import annotations

import pytest

from dialog.decision import Action, EditKind, Exchange
from dialog.scene import Scene, Subject
from prompt_enhancer.base import Enhancer
from prompt_enhancer.rules import MAX_SUBJECTS, RuleEnhancer


def two_things(language: str = "en") -> Scene:
    return Scene(subjects=[Subject("s1", "circle", {"colour": "red"}, "top left", "big"),
                           Subject("s2", "square", {"colour": "blue"}, "bottom right", "small")],
                 background="gray", language=language, focus="s2")


def decide(message: str, scene: Scene | None = None):  # noqa: ANN201
    return RuleEnhancer().decide(scene if scene is not None else two_things(), [Exchange("hi", "hello")], message)


def test_it_is_an_enhancer() -> None:
    enhancer: Enhancer = RuleEnhancer()
    assert enhancer.name == "rules"


@pytest.mark.parametrize(("message", "action", "kind", "changed"), [
    ("draw a cat", Action.DRAW, EditKind.NEW, ("s1",)),
    ("make it green", Action.EDIT, EditKind.ATTRIBUTE, ("s2",)),
    ("make the circle wooden", Action.EDIT, EditKind.ATTRIBUTE, ("s1",)),
    ("add a yellow triangle at the top", Action.EDIT, EditKind.ADD, ("s3",)),
    ("remove the circle", Action.EDIT, EditKind.REMOVE, ("s1",)),
    ("change the background to white", Action.EDIT, EditKind.BACKGROUND, ()),
    ("in pixel art style", Action.EDIT, EditKind.STYLE, ()),
    ("move the square to the center", Action.EDIT, EditKind.LAYOUT, ("s2",)),
    ("make the circle small", Action.EDIT, EditKind.LAYOUT, ("s1",)),
    ("make it green and add a triangle at the top", Action.EDIT, EditKind.ADD, ("s2", "s3")),
    ("make them purple", Action.EDIT, EditKind.ATTRIBUTE, ("s1", "s2")),
    ("thanks!", Action.CHAT, EditKind.NEW, ()),
    ("把它变成绿色", Action.EDIT, EditKind.ATTRIBUTE, ("s2",)),
    ("在上方加一个黄色三角形", Action.EDIT, EditKind.ADD, ("s3",)),
    ("去掉圆形", Action.EDIT, EditKind.REMOVE, ("s1",)),
    ("背景换成白色", Action.EDIT, EditKind.BACKGROUND, ()),
    ("把正方形移到中间", Action.EDIT, EditKind.LAYOUT, ("s2",)),
])
def test_action_kind_and_changed_ids(message: str, action: Action, kind: EditKind, changed: tuple) -> None:
    d = decide(message)
    assert (d.action, d.edit_kind, d.changed) == (action, kind, changed)
    assert d.source == "rules"


@pytest.mark.parametrize(("message", "reply"), [
    ("make it green", "Made the square green."),
    ("remove the circle", "Removed the circle."),
    ("move the square to the center", "Moved the square to the center."),
    ("bigger", "Made the square bigger."),
    ("change the background to white", "Changed the background to white."),
    ("把圆形变成蓝色", "把圆形变成了蓝色。"),
    ("去掉正方形", "去掉了正方形。"),
    ("把它移到左边", "把正方形移到了左边。"),
    ("背景换成白色", "把背景换成了白色。"),
    ("大一点", "把正方形变大了。"),
])
def test_replies_say_what_was_done_in_the_users_language(message: str, reply: str) -> None:
    assert decide(message).reply == reply


def test_draw_replies_with_the_new_picture() -> None:
    assert decide("draw a red circle on a gray background", Scene()).reply == \
        "Drew a red circle on a gray background."
    assert decide("画一个红色圆形", Scene()).reply == "画好了：一个红色圆形。"


def test_mixed_language_follows_the_majority_and_the_prompt_follows_the_user() -> None:
    d = decide("make it 绿色")  # 6 Latin letters, 2 Chinese characters
    assert d.reply == "Made the square green." and d.scene.language == "en"
    d = decide("把正方形变成 red")  # 6 Chinese characters, 3 Latin letters
    assert d.reply == "把正方形变成了红色。" and d.scene.language == "zh"


def test_what_is_not_understood_becomes_a_note_and_is_said() -> None:
    d = decide("the mood should feel like a rainy Sunday")
    assert d.scene.notes == ["the mood should feel like a rainy Sunday"]
    assert "note" in d.reply and d.action == Action.EDIT
    d = decide("有点像下雨的星期天", two_things("zh"))
    assert d.scene.notes == ["有点像下雨的星期天"] and "备注" in d.reply


def test_a_known_look_said_as_a_feel_is_the_pictures() -> None:
    """有点X的感觉 / 带点X的感觉 of a look or mood the vocabulary knows is the picture's, not a note."""
    assert decide("有点忧郁的感觉", two_things("zh")).scene.look == ["moody"]
    assert decide("有点泛黄的感觉", two_things("zh")).scene.look == ["sepia"]
    assert decide("带点黑白的感觉", two_things("zh")).scene.look == ["black and white"]


def test_unknown_free_text_is_kept_as_said() -> None:
    d = decide("add a wizard hat with stars on the right")
    added = d.scene.subjects[-1]
    assert added.name == "wizard hat with stars" and added.position == "right"
    d = decide("make the square shimmering")
    assert d.scene.subject("s2").attributes["detail"] == "shimmering"


def test_references_by_pronoun_name_and_the_name() -> None:
    scene = two_things()
    assert decide("make it pink", scene).changed == ("s2",)  # focus
    assert decide("make the circle pink", scene).changed == ("s1",)
    assert decide("make circle pink", scene).changed == ("s1",)
    assert decide("make the red one pink", scene).changed == ("s1",)
    assert decide("make the big one pink", scene).changed == ("s1",)
    assert decide("make the one at the bottom right pink", scene).changed == ("s2",)
    assert decide("把圆形变成粉色", scene).changed == ("s1",)
    assert decide("把那个变成粉色", scene).changed == ("s2",)


def test_focus_follows_the_last_touched_subject() -> None:
    enhancer = RuleEnhancer()
    scene = enhancer.decide(two_things(), [], "make the circle yellow").scene
    assert scene.focus == "s1"
    assert enhancer.decide(scene, [], "make it smaller").changed == ("s1",)


def test_asking_for_what_is_already_there_says_so() -> None:
    d = decide("make it blue")
    assert d.action == Action.CHAT and d.reply == "The square is already blue."
    assert decide("把圆形变成红色").reply == "圆形已经是红色了。"


def test_nothing_to_edit_yet_is_a_chat() -> None:
    for message in ("make it blue", "bigger", "remove it", "把它变成蓝色"):
        d = decide(message, Scene())
        assert d.action == Action.CHAT and d.scene == Scene() and d.reply


def test_session_words_get_a_hint_not_an_edit() -> None:
    d = decide("undo")
    assert d.action == Action.CHAT and "Undo" in d.reply and d.scene == two_things()


def test_an_image_is_acknowledged_but_not_looked_at() -> None:
    d = RuleEnhancer().decide(two_things(), [], "make it green", image=object())  # type: ignore[arg-type]
    assert d.scene.subject("s2").attributes["colour"] == "green" and "cannot look at images" in d.reply


def test_counts_are_capped() -> None:
    d = decide("draw 1000 cats", Scene())
    assert len(d.scene.subjects) == 4
    scene = Scene(subjects=[Subject(f"s{i}", "dot") for i in range(1, MAX_SUBJECTS + 1)], focus="s1")
    d = decide("add a cat", scene)
    assert len(d.scene.subjects) == MAX_SUBJECTS and str(MAX_SUBJECTS) in d.reply


def test_user_text_with_regex_characters_is_safe() -> None:
    enhancer = RuleEnhancer()
    scene = enhancer.decide(Scene(), [], r"draw a \1 (.*) [x] $0 thing").scene
    assert scene.subjects[0].name == r"\1 (.*) [x] $0 thing"
    d = enhancer.decide(scene, [], "add a dog next to it")
    assert d.scene.subjects[-1].position == r"next to the \1 (.*) [x] $0 thing"


def test_remove_unknown_thing_keeps_it_out() -> None:
    d = decide("remove the clouds")
    assert d.scene.avoid == ["clouds"] and [s.id for s in d.scene.subjects] == ["s1", "s2"]
    d = decide("no text")
    assert d.scene.avoid == ["text"]
    d = decide("不要文字")
    assert d.scene.avoid == ["文字"]


def test_remove_background_and_style() -> None:
    scene = two_things()
    scene.style = "anime"
    d = decide("remove the background", scene)
    assert d.scene.background is None and d.edit_kind == EditKind.BACKGROUND
    d = decide("去掉风格", scene)
    assert d.scene.style is None and d.edit_kind == EditKind.STYLE


def test_clear_removes_everything() -> None:
    d = decide("clear")
    assert d.scene.subjects == [] and d.scene.background is None and d.edit_kind == EditKind.REMOVE
    assert set(d.changed) == {"s1", "s2"}


@pytest.mark.parametrize("unit", ["x", "make ", "make it ", "make the circle ", "the red ", "把", "变成", "a-b ",
                                  "draw a red circle and ", "画一个红色圆形，", "background ", "next to "])
def test_long_adversarial_messages_stay_fast(unit: str) -> None:
    import time

    message = (unit * 2000)[:2000]  # the longest message hygiene lets through
    for scene in (Scene(), two_things()):
        start = time.perf_counter()
        RuleEnhancer().decide(scene, [], message)
        assert time.perf_counter() - start < 2.0, "a rule scans the message more than linearly"


@pytest.mark.parametrize(("message", "check"), [
    ("make it look like an oil painting",
     lambda s: s.style == "oil painting" and "detail" not in s.subjects[1].attributes),
    ("let's make the background black", lambda s: s.background == "black"),
    ("背景黑色", lambda s: s.background == "black"),
    ("背景是蓝色的", lambda s: s.background == "blue"),
    ("把它画成水彩", lambda s: s.style == "watercolor"),
    ("change the colour of the circle to blue", lambda s: s.subjects[0].attributes["colour"] == "blue"),
    ("the circle should be blue", lambda s: s.subjects[0].attributes["colour"] == "blue"),
    ("把红色的那个删掉", lambda s: [x.id for x in s.subjects] == ["s2"]),
    ("把大的那个变成绿色", lambda s: s.subjects[0].attributes["colour"] == "green"),
    ("move the square next to the circle", lambda s: s.subjects[1].position == "next to the circle"),
    ("draw a 🐱", lambda s: [x.name for x in s.subjects] == ["cat"]),  # read by its Unicode name (CAT FACE)
    ("🐱", lambda s: s.notes == ["🐱"]),
])
def test_more_phrasings(message: str, check) -> None:  # noqa: ANN001
    assert check(decide(message).scene)


def test_a_thing_without_a_shape() -> None:
    enhancer = RuleEnhancer()
    d = enhancer.decide(Scene(), [], "米色背景上，右上角有一个大的粉色图形")
    assert [(s.name, s.size, s.position) for s in d.scene.subjects] == [("", "big", "top right")]
    assert d.scene.background == "beige"
    d = enhancer.decide(d.scene, [], "make the shape blue")
    assert d.scene.subjects[0].attributes["colour"] == "blue" and d.changed == ("s1",)
    assert enhancer.decide(Scene(), [], "a plain beige background").scene.background == "beige"
