"""Clauses that say what stays: "颜色不变", "keep the sunset", "everything else the same". Said beside a change
("再换成三角形 颜色不变", "move it to a beach instead, keep the sunset"), they ask for nothing more: the edit
already keeps what it does not name. Read as understood, never as a thing or a note; the Scene is not touched.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.references import resolve
from prompt_enhancer.rules.removal_handlers import part_stays
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.setting_phrase import parse_looks

_I = re.IGNORECASE
_ASPECTS_ZH = ("其他|其它|其余|别的|剩下的|颜色|大小|位置|背景|风格|形状|样子|构图|姿势|其他的|别的东西|其他东西|"
               # 底不变 (the ground, the background), 车身别动, 主体不变: what is there, kept
               "底|底色|背景色|车身|机身|船身|瓶身|杯身|主体|整体|画面|台子")
_KEEP_ZH = re.compile(rf"^(?:还有|而且|另外)?(?P<what>{_ASPECTS_ZH})?(?:的)?(?:都|也)?"
                      r"(?:不变|别变|不要变|不用变|别改|不要改|不用改|不改|别动|不动|保持不变|保持原样|照旧|跟之前一样|和之前一样)"
                      r"(?:啊|哦|呀|哈|了|吧)?$"
                      rf"|^保持(?P<what2>{_ASPECTS_ZH})?(?:不变|原样)?$")
# "keep the glaze colour", "keep the traditional look": an aspect said with what it is of or like
_ASPECTS_EN = (r"(?:[a-z]+\s+)?colou?rs?|size|position|place|(?:[a-z]+\s+)?(?:background|bg|backdrop)|"
               r"(?:[a-z]+\s+)?style|shape|pose|composition|"
               r"layout|rest|everything\s+else|angle|camera\s+angle|view|camera|framing|perspective|lighting|light|"
               r"(?:[a-z]+\s+){0,2}(?:look|finish|texture|pattern|vibe|feel)|mood|"
               r"everything|others?|other\s+things|same\s+colou?r|same\s+size|same\s+background|same\s+style")
_KEEP_EN = re.compile(rf"^(?:(?:keep|leave)\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?"
                      rf"(?P<what>{_ASPECTS_EN}|[a-z]+(?:\s+[a-z]+)?"
                      # "keep the cat and the lamp": several things there, each kept
                      r"(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)*)"
                      r"(?:\s+(?:exactly\s+|precisely\s+|just\s+)?(?:the\s+same|as\s+(?:it\s+|they\s+)?(?:is|are)|"
                      r"as\s+(?:it\s+|they\s+)?(?:was|were)|unchanged|as\s+before|alone))?"
                      rf"|(?:the\s+)?(?P<what2>{_ASPECTS_EN})\s+(?:stays?|remains?)(?:\s+the\s+same|\s+as\s+(?:it\s+)?is)?"
                      rf"|(?:the\s+)?(?P<what3>{_ASPECTS_EN})\s+the\s+same"
                      # "same spot", "in the same place as before": where it is, kept
                      r"|(?:(?:in|at|on)\s+)?(?:the\s+)?(?P<what4>same\s+(?:spot|place|position|location|size|pose|"
                      r"colou?rs?))(?:\s+as\s+(?:before|now|it\s+was))?"
                      # "the raincoat should stay exactly as it is", "don't touch the box": a thing there, kept
                      r"|(?:the\s+)?(?P<thing>[a-z]+(?:\s+(?!should|must|can|will|has|needs)[a-z]+)?)\s+"
                      r"(?:should|must|can|will|has\s+to|needs\s+to)?\s*"
                      r"(?:stays?|remains?|be\s+left|(?:dun|don'?t|doesn'?t|does\s+not|no)\s+need(?:\s+to)?\s+change"
                      r"|(?:is|'s|’s)\s+(?:fine|ok|okay|good|perfect|great)(?:\s+as\s+(?:it\s+)?is)?)"
                      r"(?:\s+(?:exactly\s+|just\s+)?(?:the\s+same|as\s+(?:it\s+)?is|"
                      r"as\s+(?:it\s+)?was|unchanged|as\s+before|alone|there|where\s+it\s+is))?"
                      r"|(?:don'?t|do\s+not)\s+(?:touch|change|move|recolou?r|repaint|resize|alter)\s+(?:the\s+)?"
                      r"(?P<thing2>[a-z]+(?:\s+(?!(?:her|him|it)self\b)[a-z]+)?)(?:\s+(?:her|him|it)self)?)$", _I)
# "cushion 不要动", "沙发别动": a thing there, kept
_KEEP_THING_ZH = re.compile(r"^(?:把|将)?(?P<thing>[^，,\s]{1,8}?|[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*(?:就|也|都)?"
                            r"(?:不要动|别动|不动|不用动|不需要动|不要改|别改|不要变|别变|不变|保持不变|保持原样|留着|留下|保留)(?:了|吧)?(?:就行|就好|就可以)?(?:了|吧|啊)?$")


def _present(work: MessageEdit, said: str) -> bool:
    """A word of what the picture has now: its time, background, style or a subject's name."""
    scene = work.scene
    words = " ".join([scene.time or "", scene.background or "", scene.style or "", *(s.name for s in scene.subjects),
                      *(p for s in scene.subjects for p in s.parts), *scene.look]).lower()
    looks, rest = parse_looks(said)
    if looks and not clean_rest(rest) and all(look in scene.look for look in looks):
        return True  # "keep the wide angle" of a wide shot
    if bool(said) and re.search(rf"\b{re.escape(said.lower())}\b", words) is not None:
        return True
    if re.search(r"\b(?:background|bg|backdrop)$", said, _I) and scene.background:
        return True  # "orange bg is fine": the background there
    named = bool(said) and not vocab.has_cjk(said) and not parse_phrase(said).has_subject_values()
    return named and said.lower() not in ("it", "them", "him", "her") and bool(resolve(work, "the " + said))  # flowers


def _present_zh(work: MessageEdit, said: str) -> bool:
    """A thing drawn, said in Chinese by its name or the end of it (沙发 for 灰沙发), or in English."""
    if re.fullmatch(r"[A-Za-z\s]+", said):
        return _present(work, said.strip())
    names = [n for s in work.scene.subjects for n in (s.name, *s.parts)]  # 凤冠别动: a part is kept too
    return all(any(n and (n.endswith(one) or one.endswith(n) or name_matches(n, one)) for n in names)
               for one in re.split(r"和|跟|与|、", said) if one)  # "太阳和房子留着", the sun drawn as "sun"


def _kept_part(work: MessageEdit, said: str) -> bool:
    """"把树删掉 灯笼留着", "remove the tree but keep the lanterns": a part of a thing this message took out stays,
    a thing of its own, as it was on it."""
    said = re.sub(r"^(?:the|its|his|her)\s+", "", said.strip(), flags=_I)
    for owner in work.removed:
        name = next((p for p in owner.parts if name_matches(p, said)), None)
        if name is None:
            continue
        part_stays(work, name, owner.parts[name])
        work.chat_replies.append(reply.say("kept", work.language))
        return True
    return False


# "keep it like that", "…tail red, rest of the plane stays white": the rest as it is
_KEEP_ALL = re.compile(r"(?:(?:fine|good|ok(?:ay)?|perfect)\s+)?like\s+(?:that|this)|"
                       r"(?:just\s+)?(?:keep|leave)\s+(?:it|them|this|that|everything)\s+(?:like\s+(?:that|this)|"
                       r"(?:that|this)\s+way|as\s+(?:it\s+|they\s+)?(?:is|are))"
                       # "…tail red, rest of the plane stays white": the rest as it is
                       # "Everything else stays exactly where it is"
                       r"|(?:and\s+)?everything\s+else\s+(?:stays?|remains?|can\s+stay)(?:\s+(?:exactly\s+|just\s+)?"
                       r"(?:where\s+it\s+is|as\s+it\s+is|the\s+same|put|unchanged))?"
                       r"|(?:and\s+)?(?:the\s+)?rest(?:\s+of\s+(?:the|it|him|her|his|its)(?:\s+[a-z]+)?)?\s+"
                       r"(?:stays?|remains?|can\s+stay|is\s+fine)(?:\s+(?:the\s+same|as\s+it\s+is|[a-z]+))?", _I)


def _colour_there(work: MessageEdit, said: str) -> bool:
    """"keep the silver", "same blue": a colour a thing there has now, said as what stays."""
    said = parse_phrase(said)
    value = said.colour if not clean_rest(said.rest) else None  # "keep it white" is a change, not a colour kept
    return bool(value) and any(s.attributes.get("colour") == value for s in work.scene.subjects)


# "(keep its color,) size and placement unchanged": what stays, listed after the first of it
_ASPECT = r"(?:(?:its|his|her|their|the)\s+)?(?:colou?rs?|size|placement|position|place|location|shape|pose|background)"
_ASPECTS_KEPT = re.compile(r"keeping\s+(?:that|its|his|her|the)\s+[a-z][a-z ]*"  # "…, keeping that snowy white coat"
                           # "do not change its horizontal position"
                           r"|(?:do\s+not|don'?t)\s+(?:change|alter|touch)\s+(?:its|his|her|the)\s+(?:horizontal\s+|"
                           r"vertical\s+)?(?:position|place|size|colou?r|shape)"
                           rf"|(?:and\s+)?{_ASPECT}(?:\s*(?:,|and|&)\s*{_ASPECT})*\s+(?:unchanged|untouched|the\s+same|"
                           r"as\s+(?:it\s+is|they\s+are|before)|stays?(?:\s+the\s+same)?|"
                           r"remains?(?:\s+the\s+same)?)", _I)


# "别把人弄红了哈", "别把人也染红了啊喂", "not the kid lol": what the change is not to reach
_NOT_IT_TOO = re.compile(r"(?:别|不要)把[^，,]{1,6}?也?(?:弄|染|涂|变|画|改|整)(?:成)?[\u4e00-\u9fff]{0,3}?了?"
                         r"(?:哈|啊|喂|呀)*|not\s+(?:the|her|him|his|its)\s+[a-z]+"
                         r"(?:\s+(?:lol|pls|please|itself|himself|herself))*", _I)


# "background still grey", "the background dont change": an aspect said to be as it is
_STILL = re.compile(rf"(?:the\s+)?(?P<what>{_ASPECTS_EN})\s+(?:(?:is\s+)?still(?:\s+(?P<value>[a-z]+(?:\s+[a-z]+)?))?|"
                    r"(?:dont|don'?t|do\s+not|doesn'?t|does\s+not|no\s+need\s+(?:to\s+)?|never)\s*change|unchanged)",
                    _I)


def _still(work: MessageEdit, text: str) -> bool:
    m = _STILL.fullmatch(text)
    if not m or not work.scene.subjects:
        return False
    value = (m.group("value") or "").lower()
    if value and value not in ("the same", "same", "there", "ok", "fine"):
        said = parse_phrase(value).colour or value
        now = (work.scene.background if re.search(r"background|bg|backdrop", m.group("what"), _I)
               else " ".join(str(s.attributes.get("colour", "")) for s in work.scene.subjects))
        return bool(now) and said in (now or "")
    return True


def keep_same_clause(work: MessageEdit, body: str) -> bool:
    """"颜色不变", "keep the sunset": what an edit keeps anyway, said aloud; nothing to do, nothing to note."""
    text = re.sub(r"\s+(?:exactly|precisely|just)(?=\s+(?:as|the\s+same)\b)", "", body.strip(), flags=_I)
    if _still(work, text):
        work.chat_replies.append(reply.say("kept", work.language))  # "background still grey"
        return True
    if (_KEEP_ALL.fullmatch(text) or _ASPECTS_KEPT.fullmatch(text) or _NOT_IT_TOO.fullmatch(text)) and (
            work.scene.subjects):
        work.chat_replies.append(reply.say("kept", work.language))  # "…but whatever, keep it like that"
        return True
    same = re.fullmatch(r"(?:the\s+)?same\s+(?P<c>[a-z]+(?:\s+[a-z]+)?)", text, _I)
    if same and work.scene.subjects and _colour_there(work, same.group("c")):
        work.chat_replies.append(reply.say("kept", work.language))  # "…into a teapot, same blue"
        return True
    m = _KEEP_ZH.match(text)
    if m:
        work.chat_replies.append(reply.say("kept", work.language))
        return True
    m = _KEEP_THING_ZH.match(text)
    if m and _kept_part(work, m.group("thing")):
        return True
    if m and _present_zh(work, m.group("thing")):
        work.chat_replies.append(reply.say("kept", work.language))
        return True
    m = _KEEP_EN.match(text)
    if not m or not work.scene.subjects:
        return False
    if (m.group("thing") or m.group("thing2") or m.group("what")) and _kept_part(
            work, m.group("thing") or m.group("thing2") or m.group("what")):
        return True
    if m.group("thing") or m.group("thing2"):
        said = m.group("thing") or m.group("thing2")
        if not (_present(work, said) or re.search(r"\bones?$", said, _I) and resolve(work, "the " + said)):
            return False  # ("green one is fine": one of them, by how it looks)
        work.chat_replies.append(reply.say("kept", work.language))
        return True
    if m.group("what") and re.search(r"\bones?$", m.group("what"), _I) and resolve(work, "the " + m.group("what")):
        # "keep the red one but make the blue one purple": one of them, by how it looks, stays
        work.chat_replies.append(reply.say("kept", work.language))
        return True
    what = m.group("what") or ""
    aspect = (m.group("what2") or m.group("what3") or m.group("what4")
              or (what if re.fullmatch(_ASPECTS_EN, what, _I) else ""))
    things = [re.sub(r"^the\s+", "", t.strip(), flags=_I)
              for t in re.split(r"\s*(?:,|\band\b|&)\s*", what) if t.strip()]
    if not aspect and not (things and all(_present(work, t) or re.fullmatch(_ASPECTS_EN, t, _I)
                                          or _colour_there(work, t) for t in things)):
        return False  # "keep the cat red" or a thing not there: for the rules that change things
    work.chat_replies.append(reply.say("kept", work.language))
    return True
