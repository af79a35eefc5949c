"""Clauses that take a colour away: "remove the colour", "no color on the car", "remove the colour from the duck",
"把颜色去掉", "气球不要颜色": the thing keeps its name, size and place and has no colour said for it any more.
Never removes the thing itself (the colour is the object of the verb, not the thing).
"""

from __future__ import annotations

import re

from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve, resolve_parts

_I = re.IGNORECASE
_COLOUR_EN = r"(?:colou?rs?|colou?ring|paint)"


def _of(group: str) -> str:
    """"… from the duck", "… on the car": the thing the colour is taken from."""
    return rf"(?:\s+(?:from|of|on|off|for|in)\s+(?P<{group}>.+?))?"

_UNCOLOUR_EN = re.compile(
    # "remove the colour (from the duck)", "take the colour off the car", "strip its colour"
    rf"^(?:remove|delete|drop|lose|strip|clear|erase|get\s+rid\s+of|take\s+(?:away|out|off)|undo|reset)\s+"
    rf"(?:(?:the|its|his|her|their|all(?:\s+the)?|any)\s+)?{_COLOUR_EN}{_of('t')}$"
    rf"|^take\s+(?:the\s+|its\s+)?{_COLOUR_EN}\s+(?:out|off|away){_of('t_off')}$"
    # "remove the duck's colour"
    rf"|^(?:remove|delete|drop|lose|strip|clear|get\s+rid\s+of|take\s+(?:away|off))\s+(?P<t_own>.+?)'s\s+{_COLOUR_EN}$"
    # "no color (on the car)", "without colour"
    rf"|^(?:no|without|zero)\s+{_COLOUR_EN}(?:\s+at\s+all)?{_of('t_no')}$"
    # "make the car colourless", "the car should have no colour"
    r"|^(?:make|turn|leave)\s+(?P<t_make>.+?)\s+(?:colou?rless|uncolou?red|without\s+colou?rs?|with\s+no\s+colou?rs?)$"
    rf"|^(?P<t_has>.+?)\s+(?:should|must|can)\s+(?:have\s+no|not\s+have\s+(?:a|any))\s+{_COLOUR_EN}$",
    _I,
)
_UNCOLOUR_ZH = re.compile(r"^(?:把|将)?(?P<t>.*?)的?(?:颜色|色彩|上色)(?:也|都)?"
                          r"(?:去掉|删掉|拿掉|去除|删除|不要|取消|清除|褪掉)(?:了|吧|啦)*$"
                          r"|^(?:去掉|删掉|拿掉|去除|取消|不要)(?P<t_after>.*?)的?(?:颜色|色彩|上色)(?:了|吧)*$"
                          r"|^(?P<t_none>.*?)(?:不要|不用|别|不要有|没有)(?:颜色|上色|色彩)(?:了|吧)*$")


def uncolour_clause(work: MessageEdit, body: str) -> bool:
    """"remove the colour (from the duck)", "no color on the car", "把颜色去掉": the colour goes, the thing stays."""
    if re.match(rf"^{_COLOUR_EN}\b", body, _I) and re.match(r"^\W*no\s", work.clause, _I):
        body = "no " + body  # the courtesy rule read "no" as "no, colour it red"; here it is "no colour"
    m = _UNCOLOUR_EN.match(body) or _UNCOLOUR_ZH.match(body)
    if not m or not work.scene.subjects:
        return False
    said = next((v for v in m.groupdict().values() if v and v.strip()), "")
    targets = resolve(work, said or ("it" if work.language == "en" else "它"))
    if targets:
        for subject in targets:
            _uncolour(work, subject, subject.attributes, reply.thing_name(subject, work.language))
        return True
    refs = [r for r in (resolve_parts(work, said) or []) if r.exists] if said else []
    for ref in refs:  # "remove the colour from the umbrella": the part's colour
        _uncolour(work, ref.subject, ref.subject.parts[ref.name],
                  reply.thing_name(Subject("", ref.name), work.language))
    return bool(refs)


def _uncolour(work: MessageEdit, subject: Subject, values: dict[str, str], name: str) -> None:
    if values.pop("colour", None) is not None:
        subject.chosen = [c for c in subject.chosen if c != "colour"]
    work.touch(subject, EditKind.ATTRIBUTE)
    work.say("removed", name=f"colour of the {name}" if work.language == "en" else f"{name}的颜色")


_COURTESY = re.compile(r"^(?:(?:please|pls|plz|can\s+you|could\s+you|just|ok(?:ay)?|now|and|then|also|请|帮我|麻烦|再)"
                       r"[\s,，]*)+|(?:[\s,，]*(?:please|pls|plz|thanks|thx|吧|啊|呀|谢谢))+$|[\s?？!！.。~]+$", _I)


def names_nothing(message: str) -> bool:
    """A colour taken away with no thing named ("remove the colour", "no colour pls", "把颜色去掉"): with several
    coloured things there, which one is meant is asked (see answers.which_is_meant)."""
    body = _COURTESY.sub("", message.strip())
    m = _UNCOLOUR_EN.match(body) or _UNCOLOUR_ZH.match(body)
    return bool(m) and not any(v and v.strip() for v in m.groupdict().values())
