"""A request to draw that names nothing ("draw something", "can you draw me a picture", "帮我画一个吧", "随便画点
什么"): drawing a shape would be a guess, so the rules ask what to draw and change nothing. A value said with it
("draw something green", "随便画个绿色的东西") is enough to draw, and is left to the description rules. The same
for a thing named only by a talk the app never saw ("paint me the thing we spoke of yesterday", "画我们昨天说的那个"):
asked again, not drawn as a thing called "thing we spoke of yesterday"."""

from __future__ import annotations

import re

from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit

_EN = re.compile(r"^(?:(?:ok|okay|hi|hey|hello|so|well|um+|hmm+)[,!.]?\s+)*(?:(?:please|pls|plz)\s+)?"
                 r"(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:(?:please|pls|plz)\s+)?"
                 r"(?:draw|paint|sketch|make|create|generate)\s+(?:me\s+|us\s+)?"
                 r"(?:something|anything|a\s+thing|smth|sth|stuff|a\s+picture|an\s+image|a\s+drawing|one"
                 r"|a|an|the|some)"  # "hi po can you draw a": cut off before the thing
                 r"(?:\s+(?:please|pls|plz|for\s+me|then|now|cool|nice|fun|random|idk))*\s*[.!?]*$"
                 r"|^(?:idk\s+|just\s+|ok\s+)*surprise\s+me(?:\s+(?:lol|pls|please))*\s*[.!?]*$", re.IGNORECASE)
_ZH = re.compile(r"^(?:那|嗯|好|你好)?[，,]?(?:请|麻烦)?(?:你)?(?:帮我|给我|替我)?(?:随便|随意|就)?画"
                 r"(?:一个|一张|一幅|一下|个|张|幅|点儿?|些)?(?:什么?|东西|啥|图|画)?(?:吧|呗|呀|啊|嘛|好吗|可以吗)?[。！!?？]*$")


_SAID_BEFORE = re.compile(r"\b(?P<t>(?:the|that)\s+(?:thing|one|picture|drawing|idea|colou?r|design|image|character|"
                          r"stuff)\s+(?:that\s+)?(?:we|i|you)\s+(?:spoke|talked|chatted|discussed|mentioned|said|agreed|"
                          r"told\s+(?:you|u|ya)|showed\s+(?:you|u|ya)|described)"
                          r"(?:\s+(?:of|about|on))?\s+(?:yesterday|earlier|before|last\s+(?:time|week|night)|the\s+other\s+day)"
                          # "that thing from before", "the one from last time": a picture this chat never had
                          r"|(?P<from>(?:the|that)\s+(?:thing|one|picture|drawing|design|character)\s+from\s+(?:before|"
                          r"last\s+time|the\s+other\s+day|yesterday|earlier))"
                          # "the one like you did for my sister last week": a picture of another chat
                          r"|(?:the|that)\s+(?:thing|one|picture|drawing|design)\s+(?:like\s+)?(?:that\s+)?(?:you|u)\s+"
                          r"(?:did|drew|made|painted)(?:\s+for\s+(?:me|us|my\s+\w+|\w+))?(?:\s+(?:yesterday|earlier|before|"
                          r"last\s+(?:time|week|night|month)|the\s+other\s+day))?(?=\s*[.!?]*\s*$)"
                          # "the thing from that one episode": a show the app never saw
                          r"|the\s+(?:thing|one|guy|girl|character)\s+from\s+that\s+(?:one\s+)?(?:episode|show|movie|film|"
                          r"video|game|anime|series))"
                          r"|(?P<t_zh>(?:我们|咱们|你)?(?:昨天|上次|之前|前几天|那天)(?:我们|咱们)?(?:说|聊|讨论|提|商量)(?:过|好)?的"
                          r"那(?:个|张|幅|只)?(?:东西|图|画|颜色)?|上次那个(?:颜色|东西|样子|图)?)", re.IGNORECASE)


# "the other one", "the other cube", 另一个: one besides the one there, when the picture has no other
_OTHER = re.compile(r"\bthe\s+other\s+(?P<x>one|[a-z]+)\b|另(?:外)?一[个只条]", re.IGNORECASE)
_NOT_A_THING = {"side", "way", "day", "time", "hand", "end", "direction", "corner", "ones", "things", "two", "three"}


def _no_other(work: MessageEdit, body: str) -> str | None:
    """"the other one" as said, when the picture has one thing only; else None."""
    m = _OTHER.search(body)
    if m is None or len(work.scene.subjects) != 1 or (m.group("x") or "").lower() in _NOT_A_THING:
        return None
    return m.group(0)


def nothing_named_clause(work: MessageEdit, body: str) -> bool:
    other = _no_other(work, body)
    if other:  # "make it look like the other one" of a picture with one thing: which is asked
        work.clause = ""
        return work.ask(reply.say("ask_missing", work.language, thing=other,
                                  names=reply.names_list(work.scene.subjects, work.language)))
    said = _SAID_BEFORE.search(body)
    if said and said.group("from") and work.scene.subjects:
        return False  # with a picture there, "the one from before" may be an earlier picture of this chat
    if said:
        work.clause = ""  # the question says what was not understood
        return work.ask(reply.say("ask_said_before", work.language, text=said.group("t") or said.group("t_zh")))
    if not (_EN.match(body.strip()) or _ZH.match(body.strip())):
        return False
    return work.ask(reply.say("ask_subject", work.language))
