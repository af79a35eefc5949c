"""A request to draw that names nothing ("draw something", "can you draw me a picture", "帮我画一个吧", "随便画点
什么"): drawing a shape would be a guess, so the rules ask what to draw and change nothing. A value said with it
("draw something green", "随便画个绿色的东西") is enough to draw, and is left to the description rules."""

from __future__ import annotations

import re

from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit

_EN = re.compile(r"^(?:(?:ok|okay|hi|hey|hello|so|well|um+|hmm+)[,!.]?\s+)*(?:(?:please|pls|plz)\s+)?"
                 r"(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:(?:please|pls|plz)\s+)?"
                 r"(?:draw|paint|sketch|make|create|generate)\s+(?:me\s+|us\s+)?"
                 r"(?:something|anything|a\s+thing|smth|sth|stuff|a\s+picture|an\s+image|a\s+drawing|one)"
                 r"(?:\s+(?:please|pls|plz|for\s+me|then|now|cool|nice|fun|random|idk))*\s*[.!?]*$"
                 r"|^(?:idk\s+|just\s+|ok\s+)*surprise\s+me(?:\s+(?:lol|pls|please))*\s*[.!?]*$", re.IGNORECASE)
_ZH = re.compile(r"^(?:那|嗯|好|你好)?[，,]?(?:请|麻烦)?(?:你)?(?:帮我|给我|替我)?(?:随便|随意|就)?画"
                 r"(?:一个|一张|一幅|一下|个|张|幅|点儿?|些)?(?:什么?|东西|啥|图|画)?(?:吧|呗|呀|啊|嘛|好吗|可以吗)?[。！!?？]*$")


def nothing_named_clause(work: MessageEdit, body: str) -> bool:
    if not (_EN.match(body.strip()) or _ZH.match(body.strip())):
        return False
    return work.ask(reply.say("ask_subject", work.language))
