"""A request passed on from someone else ("my client wants it blue", "chat says they dont want the couch anymore",
"the boss asked for dramatic lighting"): the person asks it as their own, so it is read as "i want it blue". Who
wanted it, or that they changed their mind ("…, chat changed their mind", "…, client insists"), is no thing to
draw. Only words: the Scene is not read here."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Who a request comes from ("he", "she", "they" may be the thing drawn: "he wants a hat" stays as it is)
_WHO = (r"(?:(?:my|our|his|her|their)\s+(?!(?:cat|dog|picture|image|drawing)\b)[a-z]+"
        r"(?:\s+(?!(?:i|we|you|u)\b)[a-z]+)?|"
        r"(?:the\s+)?(?:client|customer|boss|kids|team|teacher|viewers|audience|class)|"
        r"(?:twitch\s+|the\s+)?chat|everyone|everybody|viewers|mods|people|mom|mum|dad)")
_OPENER = r"^(?P<lead>(?:(?:lol|lmao|ok(?:ay)?|so|and|also|now|hmm+|ugh|welp|update)[\s,:]+)*)"
_WANTS = re.compile(_OPENER + _WHO + r"\s+(?:now\s+|also\s+|really\s+)?(?:wants?|wanted|would\s+like|'d\s+like|"
                    r"asked\s+for|asks\s+for|is\s+asking\s+for|are\s+asking\s+for|demands?|voted\s+for|prefers?)"
                    r"\s+(?P<rest>(?!to\s)\S.*)$", _I)
_SAYS = re.compile(_OPENER + _WHO + r"\s+(?:says?|said|thinks?|is\s+saying|are\s+saying|voted)\s*[:,]?\s+"
                   r"(?:that\s+|we\s+should\s+|you\s+should\s+)?(?P<rest>\S.*)$", _I)
_PICTURE_OF = re.compile(r"(?:a|an|some|one)\s+(?:\w+\s+)?(?:picture|drawing|image|painting|pic|photo|portrait)\b", _I)
# What someone said that asks for a change: a request, "it should…", "they don't want…", a way to move
_ASKS = re.compile(r"(?:make|add|remove|delete|put|move|draw|give|change|turn|paint|lose|get\s+rid|take|use|go|try|"
                   r"swap|bring|drop)\b|(?:it|he|she|they|the\s+\w+)\s+(?:should|must|needs?\s+to|has\s+to)\b|"
                   r"(?:they|he|she|we)\s+(?:dont|don't|do\s+not|doesn'?t|does\s+not|want|wants|would\s+like)\b|"
                   r"all\s+the\s+way\b|(?:more|less|bigger|smaller)\b", _I)
# 宝儿说要圆的, 老师说把它改成黑色: who said it goes, the request stays
_SAYS_ZH = re.compile(r"(?:^|(?<=[，,。！!\s]))(?:我|俺)?(?:家)?[\u4e00-\u9fff]{1,3}?(?:说|讲)"
                      r"(?=要[\u4e00-\u9fff]{1,3}的|把|给|再|别|不要|换成|改成)")  # (娃说要兔子，猫变成兔子: talk)
# "they dont want the couch anymore" after "chat says": the request, as the person's own
_THEY_DONT = re.compile(r"^(?:they|he|she|we)\s+(?:dont|don't|do\s+not|doesnt|doesn't|does\s+not)\s+(?:want|like)\b",
                        _I)
_THEY_WANT = re.compile(r"^(?:they|he|she|we)\s+(?:want|wants|would\s+like|'d\s+like)\b", _I)
# "…, chat changed their mind", "chat demands it", "…, chat wants to reproduce it": who, not what
_WHO_ASIDE = re.compile(r"(?:^|[\s,.;!]+)(?:lol\s+)?" + _WHO + r"\s+(?:changed\s+(?:their|his|her|its)\s+mind|"
                        r"demands?\s+it|wants?\s+it|insists?|agrees?|loves?\s+it|asked|voted|"
                        r"wants?\s+to\s+[a-z]+(?:\s+it)?)\s*[.!]*\s*(?=$|[,.;!])", _I)


def as_own_request(text: str) -> str:
    """`text` with a request passed on said as the person's own; as typed when it passes none on."""
    if not text.isascii():
        aside = _WHO_ASIDE.sub("", _SAYS_ZH.sub("", text))  # "balloon 不要了 chat changed their mind", 宝儿说要圆的
        return aside if aside.strip() else text
    m = _SAYS.match(text.strip())
    if m and _ASKS.match(m.group("rest")):  # ("my aunt says the church in her town is yellow": what she said)
        rest = m.group("rest")
        rest = _THEY_DONT.sub("i don't want", rest)
        rest = _THEY_WANT.sub("i want", rest)
        text = m.group("lead") + rest
    m = _WANTS.match(text.strip())
    if m and not _PICTURE_OF.match(m.group("rest")):  # ("my kids want a picture of our dog": the rules read it)
        # "client wants a red collar": one more thing (asked for, not a new picture); "…wants it blue": so
        verb = "add" if re.match(r"(?:a|an|some|one|two|three|another)\s", m.group("rest"), _I) else "i want"
        text = f"{m.group('lead')}{verb} {m.group('rest')}"
    cut = _WHO_ASIDE.sub("", text)
    return cut if cut.strip() else text
