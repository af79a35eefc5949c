"""Where a thing looks or faces ("make it look at the viewer", "the owl should be looking at us", "have him face
left", 让它看着镜头, 脸朝左): how it is turned, a detail of the thing. It never moves: "face left" is not "move
left", and "the viewer" is no thing to draw."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.phrase import clean_rest
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.subject_changes import add_subjects

_I = re.IGNORECASE
_US = r"(?:the\s+)?(?:viewer|camera|audience|reader|screen|lens)|us|me|the\s+front|front|forward|out"
# The way said -> (the English detail, the Chinese one)
_WAYS = {"viewer": ("looking at the viewer", "看着镜头的"), "left": ("facing left", "朝左的"),
         "right": ("facing right", "朝右的"), "away": ("facing away", "背对着镜头的"),
         "up": ("looking up", "抬头向上看的"), "down": ("looking down", "低头向下看的")}
_WAY_EN = (rf"(?P<viewer>{_US})|(?:to\s+(?:the\s+)?|towards?\s+(?:the\s+)?)?(?P<left>left)(?:\s+side)?"
           r"|(?:to\s+(?:the\s+)?|towards?\s+(?:the\s+)?)?(?P<right>right)(?:\s+side)?|(?P<away>away|backwards?)")
_LOOK = r"(?:look(?:ing|s)?|star(?:e|es|ing)|gaz(?:e|es|ing)|fac(?:e|es|ing)|turn(?:ed|s|ing)?|peek(?:ing|s)?)"


def _target(group: str) -> str:
    """The thing that looks, as a named group (said twice in one pattern, so two names)."""
    return rf"(?P<{group}>it|him|her|them|he|she|they|(?:the|that|this|my|our)\s+[a-z]+(?:\s+[a-z]+)?)"


_GAZE_EN = re.compile(
    r"^(?:(?:(?:can|could)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:make|have|let|get)\s+" + _target("t") + r"\s+(?:to\s+)?"
    r"|" + _target("t2") + r"\s+(?:should|could|must|needs?\s+to|has\s+to|is|are|'s|can)\s+(?:be\s+)?"
    r"(?:kinda\s+|kind\s+of\s+)?)"
    rf"{_LOOK}\s+(?:(?:at|into|to|towards?|toward)\s+)?(?:{_WAY_EN}|(?P<up>up)(?:wards)?|(?P<down>down)(?:wards)?"
    r"|(?P<at>(?:the|his|her|its|their|that|this)\s+[a-z]+(?:\s+[a-z]+)?))"
    r"(?:\s+(?:please|pls|plz|instead|now|a\s+bit|a\s+little|too))*\s*[.!]*$", _I)
_GAZE_ZH = re.compile(r"^(?:让|叫|使|把)?(?P<t>它|他|她|它们|他们|她们|[\u4e00-\u9fff]{1,4}?)(?:的脸|的头)?"
                      r"(?:要|得|应该)?(?:(?P<viewer>看着?镜头|看向镜头|看着我们?|看向我们?|正对着?镜头|面对镜头|面向镜头)"
                      r"|(?:脸|头|身子)?(?:朝|向|面朝|面向|转向)(?:着)?(?:(?P<left>左)|(?P<right>右))(?:边|面|侧)?(?:看)?"
                      r"|(?P<away>背对着?镜头|背对我们?|转过身去)|(?P<up>抬头看?|往上看|向上看)|(?P<down>低头看?|往下看|向下看)"
                      r"|(?:看着|看向|盯着|望着)(?P<at>[\u4e00-\u9fff]{1,4}?))"
                      r"(?:吧|呀|啊|一下|一点)?[。！!]*$")


def gaze_clause(work: MessageEdit, body: str) -> bool:
    """The thing there looks or faces that way; where it stands is not changed."""
    m = _GAZE_EN.match(body.strip()) or _GAZE_ZH.match(body.strip())
    if not m or not work.scene.subjects:
        return False
    targets = resolve(work, m.group("t") or m.groupdict().get("t2") or "")
    if not targets:
        return False
    if m.group("at"):  # "make the cat look at the dog": at another thing there; "…at the moon": drawn for it
        seen = resolve(work, m.group("at"))
        if seen is None:
            if not vocab.lookup(vocab.NOUNS, clean_rest(m.group("at"))):
                return False  # "这鱼看着好吃": it looks tasty, nothing looked at
            known = {s.id for s in work.scene.subjects}
            said = re.sub(r"^(?:the|his|her|its|their|that|this)\s+", "a ", m.group("at"), flags=_I)
            if not add_subjects(work, said, announce="added"):
                return False
            seen = [s for s in work.scene.subjects if s.id not in known]
        if len(seen) != 1 or seen[0] in targets:
            return False
        english, chinese = f"looking at the {seen[0].name}", f"看着{reply.thing_name(seen[0], 'zh')}的"
    else:
        english, chinese = _WAYS[next(k for k in _WAYS if m.group(k))]
    detail = chinese if work.language == "zh" else english
    for target in targets:
        if target.attributes.get("detail") == detail:
            work.say("already", name=reply.thing_name(target, work.language), what=detail.removesuffix("的"))
            continue
        target.attributes["detail"] = detail
        work.touch(target, EditKind.ATTRIBUTE)
        work.say("turned_to", name=reply.thing_name(target, work.language), what=detail.removesuffix("的"))
        work.scene.focus = target.id
    return True
