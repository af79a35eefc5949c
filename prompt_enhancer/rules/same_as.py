"""Values said by pointing at another thing or at an earlier picture: "a triangle the same colour as the circle",
"左边加一个同样颜色的三角形" (the colour of the thing in focus), "a green square where the balloon started" (the place
the balloon had in the first picture it was in), a move back ("回到原来的位置", "move it back to where it started";
"move it back" alone: the place before the one it has). Said again with the value itself, so the rules read a colour
or a place; "同样颜色" was a detail, "where the balloon started" a detail, 回到原来的位置 a note."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialog import vocabulary as vocab
from dialog.decision import Exchange
from dialog.scene import Scene, Subject
from prompt_enhancer.rules.names import name_matches

_I = re.IGNORECASE
_SAME_COLOUR = re.compile(r"(?:(?:(?:in\s+|of\s+)?the|(?<=[a-z]s\s)|(?<=[a-z]s,\s))\s*same\s+colou?r"
                          r"(?:\s+as\s+(?:the\s+)?(?P<x>[a-z]+(?:\s+[a-z]+)?|it))?"
                          r"|(?:和|跟|与)(?P<x_zh>[\u4e00-\u9fff]{1,4}?)(?:同|一样|相同)?(?:颜色|色)(?:一样|相同)?的"
                          r"|(?:同样|一样)的?颜色的|同色的|颜色(?:一样|相同)的)", _I)
_STARTED = re.compile(r"\b(?:where|at\s+the\s+spot\s+where)\s+(?:the\s+)?(?P<x>[a-z]+(?:\s+[a-z]+)?|it)\s+"
                      r"(?:started|was\s+(?:at\s+first|before|originally|in\s+the\s+beginning)|first\s+was|"
                      r"used\s+to\s+be)\b"
                      r"|(?:在)?(?P<x_zh>[\u4e00-\u9fff]{1,4}?)(?:原来|最开始|一开始|开始|之前)(?:的)?(?:位置|地方|那里|那儿)",
                      _I)

# "move it back to where it started", "the circle goes back where it was", "放回原处": back to its first place
_BACK = re.compile(r"^(?:(?:ok|okay|now|and|then|hmm+|no|nah|nope|actually|wait|um+|uh+|oh|so|perfect|lol)[,.!]?\s+)*"
                   r"(?:(?:move|put|bring|take|send)\s+(?P<x>it|the\s+[a-z]+)|(?P<x3>it|the\s+[a-z]+)\s+(?:goes|go|"
                   r"should\s+go|can\s+go|needs\s+to\s+go))\s+back\s*"
                   r"(?:to\s+)?(?:where\s+it\s+(?:was|started)(?:\s+before|\s+at\s+first)?|(?:its|the)\s+(?:original|old|"
                   r"first|starting)\s+(?:spot|place|position)|(?P<bare>(?=\s*(?:pls|please)?[.!]*$)))"
                   r"(?:\s+(?:pls|please))?[.!]*$"
                   r"|^(?:(?:算了|还是|不对|不行|嗯+|那|那就|好吧|唉)[\s,，]*)*(?:把)?(?P<x_zh>它|(?![移挪放搬回再又])[\u4e00-\u9fff]{1,4}?)?(?:再|又)?"
                   r"(?:(?:移|挪|放|搬)?回(?:到)?(?:它的?)?(?:原来|原先|最开始|一开始|最初)的?(?:位置|地方|那里)(?:去)?"
                   r"|(?:放|移|挪|搬)回(?:原处|原位|原地)(?:去)?|(?P<bare_zh>(?:移|挪|搬)回去))(?:吧|啦|了)?[。!！]*$",
                   _I)
# "back to the middle", "now back up to the top left": a move to the place said (it was there before)
_BACK_TO_PLACE = re.compile(r"^(?:(?:ok|okay|now|and|then|perfect|great|nice|hmm+|no|actually)[,.!]?\s+)*"
                            r"(?:(?:move|put|bring)\s+it\s+|go\s+|(?:move|put|bring)\s+(?P<x>the\s+[a-z]+)\s+)?"
                            r"back\s+(?:up\s+|down\s+|over\s+)?to\s+(?:the\s+)?(?P<place>[a-z]+?(?:\s+[a-z]+)??)"
                            r"(?:\s+(?:pls|please))?[.!]*$", _I)


def _whole(term: vocab.Term, language: str) -> str:
    """A side said with "middle", so the move goes to that very place: "to the left" alone keeps the row."""
    if term.key in ("left", "right"):
        return f"{term.zh[0]}中间" if language == "zh" else f"middle {term.en[0]}"
    if term.key in ("top", "bottom"):
        return f"{term.zh[0]}中间" if language == "zh" else f"{term.en[0]} middle"
    return term.zh[0] if language == "zh" else term.en[0]


def _the(scene: Scene, said: str | None) -> Subject | None:
    """The thing named, or the one in focus for "it" or nothing said."""
    if said and said.lower() not in ("it", "它", "他", "她"):
        colour = vocab.lookup(vocab.COLOURS, re.sub(r"(?:的?那个|的|\s+one)$", "", said.strip()))
        if colour is not None:  # 跟蓝的那个一样颜色的, "the same colour as the blue one": the one of that colour
            return next((s for s in scene.subjects if s.attributes.get("colour") == colour.key), None)
        return next((s for s in scene.subjects if name_matches(s.name, said)), None)
    return scene.subject(scene.focus) if scene.focus else (scene.subjects[-1] if scene.subjects else None)


def said_with_values(text: str, scene: Scene, recent: Sequence[Exchange]) -> str:
    """The message with a colour or place said by pointing replaced by the value pointed at (as said otherwise)."""
    def colour(m: re.Match[str]) -> str:
        subject = _the(scene, m.group("x") or m.group("x_zh"))
        value = subject.attributes.get("colour") if subject else None
        term = vocab.COLOURS.get(value) if value else None
        if term is None:
            return m.group(0)
        return f"{term.zh[0]}的" if m.group(0).endswith("的") else term.en[0]

    def started(m: re.Match[str]) -> str:
        said = m.group("x") or m.group("x_zh")
        term = first_place(_the(scene, said)) or where_gone(said)
        if term is None:
            return m.group(0)
        return f"在{term.zh[0]}" if vocab.has_cjk(m.group(0)) else f"at the {term.en[0]}"

    def first_place(subject: Subject | None, last: bool = False) -> vocab.Term | None:
        """Where it was in the first picture it was in, or (last) the place it had before the one it has now."""
        places = [s.position for turn in recent if turn.scene is not None for s in turn.scene.subjects
                  if subject is not None and s.id == subject.id and s.position]
        if last:
            places = [p for p in reversed(places) if p != subject.position]
        return vocab.POSITIONS.get(places[0]) if places else None

    def where_gone(said: str) -> vocab.Term | None:
        """Where a thing taken out of the picture last was ("an owl where the bear used to be")."""
        if not said or said.lower() in ("it", "它") or _the(scene, said) is not None:
            return None
        places = [s.position for turn in recent if turn.scene is not None for s in turn.scene.subjects
                  if s.position and name_matches(s.name, said)]
        return vocab.POSITIONS.get(places[-1]) if places else None

    back = _BACK.match(text.strip())
    if back:
        said = back.group("x") or back.group("x3") or back.group("x_zh") or ""
        subject = _the(scene, re.sub(r"^the\s+", "", said, flags=_I))
        term = first_place(subject, last=back.group("bare") is not None or back.group("bare_zh") is not None)
        if term is not None and subject is not None:
            return f"把{subject.name}移到{_whole(term, 'zh')}" if vocab.has_cjk(text) else \
                f"move the {subject.name} to the {_whole(term, 'en')}"
    to_place = _BACK_TO_PLACE.match(text.strip())
    if to_place and vocab.lookup(vocab.POSITIONS, to_place.group("place")):
        return f"move {to_place.group('x') or 'it'} to the {to_place.group('place')}"
    return _STARTED.sub(started, _SAME_COLOUR.sub(colour, text))
