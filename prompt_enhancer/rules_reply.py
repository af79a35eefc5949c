"""What the rule enhancer tells the person it did, in English or Chinese ("Made the circle blue." / "把圆形变成了蓝色。").

Templates only: the words for things come from the prompt renderer, so a reply names a subject the way the
prompt does.
"""

from __future__ import annotations

from dialog import vocabulary as vocab
from dialog.prompt import describe_subject, position_phrase
from dialog.scene import Subject

_TEMPLATES: dict[str, dict[str, str]] = {
    "drew": {"en": "Drew {what}.", "zh": "画好了：{what}。"},
    "added": {"en": "Added {what}.", "zh": "加了{what}。"},
    "added_at": {"en": "Added {what} {where}.", "zh": "在{where}加了{what}。"},
    "removed": {"en": "Removed the {name}.", "zh": "去掉了{name}。"},
    "removed_all": {"en": "Cleared the picture.", "zh": "清空了画面。"},
    "not_there": {"en": "I can't find “{thing}” in the picture, so I'll keep it out.",
                  "zh": "画面里没有“{thing}”，之后也不会画它。"},
    "avoid": {"en": "I'll keep {thing} out of the picture.", "zh": "画面里不会出现{thing}。"},
    "changed": {"en": "Made the {name} {what}.", "zh": "把{name}变成了{what}。"},
    "turned": {"en": "Turned the {name} into {what}.", "zh": "把{name}变成了{what}。"},
    "bigger": {"en": "Made the {name} bigger.", "zh": "把{name}变大了。"},
    "smaller": {"en": "Made the {name} smaller.", "zh": "把{name}变小了。"},
    "already": {"en": "The {name} is already {what}.", "zh": "{name}已经是{what}了。"},
    "moved": {"en": "Moved the {name} {where}.", "zh": "把{name}移到了{where}。"},
    "background": {"en": "Changed the background to {what}.", "zh": "把背景换成了{what}。"},
    "no_background": {"en": "Removed the background.", "zh": "去掉了背景。"},
    "place": {"en": "Set the scene {what}.", "zh": "场景换到了{what}。"},
    "no_place": {"en": "The scene is no longer {what}.", "zh": "场景不再是{what}了。"},
    "time": {"en": "Set the scene {what}.", "zh": "改成了{what}的场景。"},
    "already_setting": {"en": "The scene is already {what}.", "zh": "已经是{what}了。"},
    "no_time": {"en": "The scene is no longer {what}.", "zh": "不再是{what}的场景了。"},
    "style": {"en": "Switched to {what}.", "zh": "风格换成了{what}。"},
    "no_style": {"en": "Removed the style.", "zh": "去掉了风格。"},
    "note": {"en": "I didn't understand “{text}”, so I added it to the picture as a note.",
             "zh": "没看懂“{text}”，已作为备注加入画面。"},
    "removed_note": {"en": "Removed the note “{text}”.", "zh": "删除了备注“{text}”。"},
    "nothing_yet": {"en": "There is nothing to change yet. Try “draw a red circle”.",
                    "zh": "画面里还没有东西可以改。试试“画一个红色圆形”。"},
    "too_many": {"en": "That is more than the {limit} things I keep in one picture; I left out the rest.",
                 "zh": "一幅画最多放 {limit} 个东西，多出来的没有加。"},
    "undo_hint": {"en": "To go back, use the Undo button.", "zh": "要返回上一步，请点“撤销”按钮。"},
    "redo_hint": {"en": "To go forward again, use the Redo button.", "zh": "要恢复，请点“重做”按钮。"},
    "new_hint": {"en": "To start over, use the New chat button.", "zh": "要重新开始，请点“新对话”按钮。"},
    "hello": {"en": "Hello! Tell me what to draw, for example “draw a red circle on a gray background”.",
              "zh": "你好！告诉我要画什么，比如“在灰色背景上画一个红色圆形”。"},
    "thanks": {"en": "You're welcome!", "zh": "不客气！"},
    "help": {"en": "I draw and edit one picture: “draw a red circle”, “make it blue”, “add a small square on the "
                   "left”, “remove the square”, “change the background to gray”, “bigger”, “in watercolor style”.",
             "zh": "我可以画图并修改：“画一个红色圆形”“把它变成蓝色”“在左边加一个小正方形”“去掉正方形”"
                   "“背景换成灰色”“大一点”“水彩风格”。"},
    "describe": {"en": "The picture shows {what}.", "zh": "画面里是：{what}。"},
    "empty": {"en": "The picture is empty so far.", "zh": "画面现在是空的。"},
    "question": {"en": "I can only draw and edit the picture. Try “make it blue” or “add a square on the left”.",
                 "zh": "我只会画图和改图。试试“把它变成蓝色”或“在左边加一个正方形”。"},
    "no_image": {"en": "(The rule-based assistant cannot look at images; I used only your text.)",
                 "zh": "（规则助手看不到图片，只按文字处理。）"},
}


def say(key: str, language: str, **values: str) -> str:
    return _TEMPLATES[key]["zh" if language == "zh" else "en"].format(**values)


def join(sentences: list[str], language: str) -> str:
    return ("" if language == "zh" else " ").join(s for s in sentences if s)


def thing_name(subject: Subject, language: str) -> str:
    """The short name a reply uses: "circle" / "圆形" ("the circle" comes from the template)."""
    name = subject.name.strip()
    if not name:
        return "shape" if language == "en" else "图形"
    for table in (vocab.SHAPES, vocab.NOUNS):
        if vocab.lookup(table, name):
            return vocab.translate(table, name, language)
    return name


def subject_phrase(subject: Subject, language: str, *, with_position: bool = False) -> str:
    return describe_subject(subject, language, with_position=with_position)


def where(position: str, language: str) -> str:
    return position_phrase(position, language)


def value_words(changes: list[tuple[str, str]], language: str) -> str:
    """("colour", "blue"), ("size", "big") -> "blue and big" / "蓝色、大的"."""
    words = []
    for kind, value in changes:
        if kind == "colour":
            words.append(vocab.colour_word(value, language))
        elif kind == "size":
            term = vocab.SIZES.get(value)
            words.append((term.en[0] if language == "en" else term.zh[0]) if term else value)
        elif kind == "material":
            term = vocab.lookup(vocab.MATERIALS, value)
            words.append((vocab.MATERIAL_ADJECTIVES[term.key] if language == "en" else term.zh[0] + "的")
                         if term else value)
        elif kind == "pose":
            words.append(vocab.translate(vocab.POSES, value, language))
        else:
            words.append(value)
    if language == "zh":
        return "、".join(words)
    return " and ".join(words)


def style_words(style: str, language: str) -> str:
    term = vocab.lookup(vocab.STYLES, style)
    if language == "zh":
        text = term.zh[0] if term else style
        return text if text.endswith(("风格", "风")) else text + "风格"
    return f"{term.en[0]} style" if term else f"the style of {style}"


def place_words(place: str, language: str) -> str:
    """"on the beach" / "海滩上"."""
    term = vocab.PLACES.get(place)
    return (term.en[0] if language == "en" else term.zh[0]) if term else place


def time_words(key: str, language: str) -> str:
    """"at night" / "夜晚"."""
    term = vocab.TIMES.get(key)
    return (term.en[0] if language == "en" else term.zh[0]) if term else key


def background_words(background: str, language: str) -> str:
    return vocab.translate(vocab.NOUNS, vocab.colour_word(background, language), language)


def picture_words(prompt: str, language: str) -> str:
    """A prompt as the object of "Drew …" / "画好了：…": a Chinese prompt's opening 有 ("there is") reads oddly there."""
    return prompt[1:] if language == "zh" and prompt.startswith("有") else prompt
