"""One more of a thing already drawn, said as a copy: "duplicate it", "one more of the same", "another one just like
it", "再画一只一样的", "再加一只一样的猫", "复制一个". Said again the way the adding rules read one more ("add
another one", "再来一只", "再加一只猫"); "一样" was drawn as a thing called 一样 and "same" as one called same.
"""

from __future__ import annotations

import re

from dialog.scene import Scene, Subject

_I = re.IGNORECASE
_COPY_EN = re.compile(r"^(?:duplicate|copy|clone)\s+(?:it|him|her|that|this|the\s+(?P<t>[a-z]+(?:\s+[a-z]+)?))"
                      r"(?:\s+(?:please|pls))?$"
                      r"|^(?:add\s+|draw\s+|make\s+|i\s+want\s+|give\s+me\s+)?(?:one\s+more|another(?:\s+one)?)\s+"
                      r"(?:of\s+the\s+same|just\s+like\s+(?:it|that|this)|like\s+(?:it|that|this)|the\s+same|"
                      r"exactly\s+the\s+same|identical(?:\s+one)?|same\s+as\s+(?:it|that|this))"
                      r"(?:\s+(?:please|pls))?$", _I)
_COPY_ZH = re.compile(r"^(?:再|然后)?(?:画|来|加|复制)(?P<n>一?[个只条棵朵辆])?(?:一样的|一模一样的|相同的|同样的)?$")
_SAME_BEFORE_NOUN = re.compile(r"(?<=[一两三][个只条棵朵辆])(?:一样的|一模一样的|相同的|同样的)(?=[\u4e00-\u9fff])")


def as_copy(body: str) -> str:
    """The clause with a copy said as one more; as said otherwise."""
    m = _COPY_EN.match(body.strip())
    if m:
        return f"add another {m.group('t')}" if m.group("t") else "add another one"
    m = _COPY_ZH.match(body.strip())
    said = m.group(0) if m else ""
    # 再 with a count, 复制, or a word for "the same": "再画" / "画个" alone is asked about, never a copy
    if m and ((said.startswith("再") and m.group("n")) or said.startswith("复制") or "样" in said or "同" in said):
        count = m.group("n") or "个"
        return "再加" + (count if count.startswith("一") else "一" + count)
    return _SAME_BEFORE_NOUN.sub("", body)


def more_of_the_kind(scene: Scene, name: str, text: str) -> Subject | None:
    """"add two more clownfish": more of the ones there, looking as they do (what they hold stays theirs); None
    when the words say no "more" or there is none of that name."""
    if not re.search(r"\bmore\b", text, re.IGNORECASE):
        return None
    kind = next((s for s in reversed(scene.subjects) if s.name == name), None) or next(
        (s for s in reversed(scene.subjects) if s.name.lower().endswith(" " + name.lower())), None)  # "one more tree"
    return Subject(id="", name=kind.name, attributes=dict(kind.attributes)) if kind else None
