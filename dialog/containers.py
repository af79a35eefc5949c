"""What holds a thing drawn, in both languages: "a bowl of ramen" is ramen with the bowl as its part (relation
"in"), 一碗拉面 ramen with 碗. The prompt says it as the holder of what is in it: "a bowl of ramen", and in Chinese
with the holder as the measure word (一碗拉面, not 一个装在碗里的拉面 or 一个拉面: one noodle)."""

from __future__ import annotations

from dataclasses import replace

from dialog import vocabulary as vocab
from dialog.scene import Subject

# A Chinese holder said as a measure (一碗, 一篮子) -> its English word.
_EN_OF_ZH = {"碗": "bowl", "杯": "cup", "盘": "plate", "碟": "plate", "罐": "jar", "篮": "basket", "瓶": "bottle",
             "壶": "pot", "锅": "pot", "桶": "bucket", "盒": "box", "袋": "bag"}
ZH_HOLDERS = "|".join(f"{w}子?" if w in "盘罐篮瓶盒袋" else w for w in _EN_OF_ZH)


def container_word(name: str) -> str | None:
    """The English word of a holder part ("a blue bowl" -> "bowl", 碗 -> "bowl", 篮子 -> "basket"); None for a
    name that holds nothing."""
    said = name.strip().lower()
    term = vocab.lookup(vocab.NOUNS, said)  # 杯子, "mug"
    if term is not None and term.key in vocab.CONTAINERS:
        return term.key
    if vocab.has_cjk(said):
        return _EN_OF_ZH.get(said.removesuffix("子"))
    last = (said.split() or [""])[-1]
    return last if last in vocab.CONTAINERS else None


def zh_measure(name: str) -> str | None:
    """The Chinese measure word of a holder part (碗 of "a bowl" and of 碗, 锅 of 锅); None for a name that holds
    nothing."""
    if name.strip().removesuffix("子") in _EN_OF_ZH:  # a holder said in Chinese is its own measure (一锅汤)
        return name.strip().removesuffix("子")
    word = container_word(name)
    return vocab.CONTAINERS[word] if word else None


def holder(subject: Subject) -> str | None:
    """The part that holds the subject ("ramen" in a bowl), said first: "a bowl of ramen"."""
    return next((name for name, values in subject.parts.items()
                 if values.get("relation") == "in" and container_word(name)), None)


def held_zh(subject: Subject, measure: str) -> tuple[str, Subject]:
    """The measure word and the subject left to say in Chinese: 一碗拉面, the bowl said as the measure."""
    held = holder(subject)
    if held is None:
        return measure, subject
    return zh_measure(held) or measure, replace(subject, parts={k: v for k, v in subject.parts.items() if k != held})
