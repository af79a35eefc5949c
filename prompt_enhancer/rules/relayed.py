"""A request passed on from someone else ("my client wants it blue", "chat says they dont want the couch anymore",
"the boss asked for dramatic lighting"): the person asks it as their own, so it is read as "i want it blue". Who
wanted it, or that they changed their mind ("…, chat changed their mind", "…, client insists"), is no thing to
draw. A child or friend may be named ("lily wants a blue train", "zoe says take off his hat"). Only words: the
Scene is not read here (the word tables say what is no name)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE
# Who a request comes from ("he", "she", "they" may be the thing drawn: "he wants a hat" stays as it is); an aside
# after a request names no one by name ("i not want it anymore" is no one's)
_WHO_PLAIN = (r"(?:(?:my|our|his|her|their)\s+(?!(?:cat|dog|picture|image|drawing)\b)[a-z]+"
              r"(?:\s+(?!(?:i|we|you|u)\b)[a-z]+)?|"
              r"(?:the\s+)?(?:client|customer|boss|kids|team|teacher|viewers|audience|class)|"
              r"(?:twitch\s+|the\s+)?chat|everyone|everybody|viewers|mods|people|mom|mum|dad)")
_OPENER = r"^(?P<lead>(?:(?:lol|lmao|ok(?:ay)?|so|and|also|now|hmm+|ugh|welp|update|oh|wait|sorry|actually|"
_OPENER += r"actualy|hi+|hello|hey+|dear)[\s,:!.]+)*)"
# A child or friend said by name or as "the twins" ("lily wants a blue train", "zoe says take off his hat"); a name
# is a word no word table knows (the judge of that is _said_by_name).
_NAMED = (r"(?!(?:he|she|they|it|i|we|you|u|this|that)\b)(?P<name>[a-z]+)"
          r"|the\s+(?:twins|kids|children|little\s+ones?|baby|toddler)")
_WHO = rf"(?:{_WHO_PLAIN}|{_NAMED})"
_WANTS = re.compile(_OPENER + _WHO + r"\s+(?:now\s+|also\s+|really\s+)?(?:wants?|wanted|would\s+like|'d\s+like|"
                    r"asked\s+for|asks\s+for|is\s+asking\s+for|are\s+asking\s+for|demands?|voted\s+for|prefers?)"
                    r"\s+(?P<rest>(?!to\s)\S.*)$", _I)
_SAYS = re.compile(_OPENER + rf"(?:{_WHO}|he|she|they)" + r"\s+(?:says?|said|thinks?|is\s+saying|are\s+saying|voted)"
                   r"\s*[:,]?\s+"
                   r"(?:that\s+|we\s+should\s+|you\s+should\s+)?(?P<rest>\S.*)$", _I)
_PICTURE_OF = re.compile(r"(?:a|an|some|one)\s+(?:\w+\s+)?(?:picture|drawing|image|painting|pic|photo|portrait)\b", _I)
# What someone said that asks for a change: a request, "it should…", "they don't want…", a way to move
_ASKS = re.compile(r"(?:make|add|remove|delete|put|move|draw|give|change|turn|paint|lose|get\s+rid|take|use|go|try|"
                   r"swap|bring|drop)\b|(?:it|he|she|they|the\s+\w+)\s+(?:should|must|needs?\s+to|has\s+to)\b|"
                   r"(?:they|he|she|we)\s+(?:dont|don't|do\s+not|doesn'?t|does\s+not|want|wants|would\s+like)\b|"
                   r"all\s+the\s+way\b|(?:more|less|bigger|smaller)\b", _I)
# 宝儿说要圆的, 老师说把它改成黑色, 孩子说是正方形, 他说 it's a seal: who said it goes, the request stays
# (娃说要兔子，猫变成兔子: talk)
_SAYS_ZH = re.compile(r"(?:^|(?<=[，,。！!\s]))(?:我|俺)?(?:家)?[\u4e00-\u9fff]{1,3}?(?:说|讲)"
                      r"(?=要[\u4e00-\u9fff]{1,3}的|把|给|再|别|不要|换成|改成|一定要|是|\s*(?:it'?s|its|it\s+is|make|add|remove|draw|give|put|move|change|turn|no|not)\b)")
# "my granddaughter is 5 and she would like a pink unicorn", "Ava is 5, she wants…": how old, then the request
_AGED = re.compile(_OPENER + rf"(?:{_WHO}|he|she)\s+is\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
                   r"(?:\s+(?:years?\s+old|yrs?(?:\s+old)?|yo))?\s*(?:and|,|\.)\s*(?:she|he|they)\s+"
                   r"(?:would\s+like|'d\s+like|wants?|asked\s+for|is\s+asking\s+for)\s+(?P<rest>\S.*)$", _I)
# "they dont want the couch anymore" after "chat says": the request, as the person's own
_THEY_DONT = re.compile(r"^(?:they|he|she|we)\s+(?:dont|don't|do\s+not|doesnt|doesn't|does\s+not)\s+(?:want|like)\b",
                        _I)
_THEY_WANT = re.compile(r"^(?:they|he|she|we)\s+(?:want|wants|would\s+like|'d\s+like)\b", _I)
# "…, chat changed their mind", "chat demands it", "…, chat wants to reproduce it": who, not what
# (and said of them: "she changed her mind about the cloud", "…, a mean one he says", "move it up he wants it flying")
_WHO_ASIDE = re.compile(r"(?:^|[\s,.;!]+)(?:lol\s+)?(?:" + _WHO_PLAIN + r"\s+(?:changed\s+(?:their|his|her|its)\s+mind|"
                        r"demands?\s+it|wants?\s+it|insists?|agrees?|loves?\s+it|asked|voted|"
                        r"wants?\s+to\s+[a-z]+(?:\s+it)?)"
                        r"|(?:he|she|they)\s+(?:changed\s+(?:their|his|her)\s+mind(?:\s+about\s+(?:the\s+)?[a-z]+)?|"
                        r"says|said|wants?\s+it\s+[a-z]+))\s*[.!]*\s*(?=$|[,.;!])", _I)
# "she changed her mind about the cloud lose the cloud pls": first who changed their mind, then the request
_MIND_FIRST = re.compile(r"^(?:(?:he|she|they)\b|" + _NAMED + r")\s+changed\s+(?:their|his|her)\s+mind(?:\s+about\s+"
                         r"(?:the\s+)?[a-z]+)?[\s,.;!]+(?=[a-z])", _I)
# "…, she says trains dont need suns lol": what was said, after the request, that asks for nothing
_SAID_AFTER = re.compile(r"(?<=[,.;!])\s*(?:(?:he|she|they)\b|" + _NAMED + r")\s+(?:says|said|thinks)\s+(?P<rest>.+)$",
                         _I)


# Words that say who without being a name: the person themself, the picture, a thing
_NOT_NAMES = {"i", "we", "you", "u", "it", "this", "that", "which", "what", "who", "one", "everything", "nobody",
              "someone", "somebody", "anyone", "he", "she", "they", "there", "here", "picture", "image", "pic",
              "drawing", "scene", "bg", "background", "sun", "moon", "sky", "style", "look", "lighting", "nothing",
              "not", "dont", "also", "just", "now", "then", "so", "and", "but", "or", "pls", "please", "still",
              "really", "no", "yes", "ok", "okay", "lol", "everybody", "all", "both"}


def _said_by_name(m: re.Match[str] | None) -> bool:
    """Whether a match's "name" (when it has one) is a person's name: a word no noun or colour table knows."""
    name = (m.groupdict().get("name") or "").lower() if m else ""
    return not name or (len(name) > 1 and name not in _NOT_NAMES and not vocab.lookup(vocab.NOUNS, name)
                        and not vocab.lookup(vocab.COLOURS, name) and not name.endswith("ing"))


def _aside_cut(m: re.Match[str]) -> str:
    return "" if _said_by_name(m) else m.group(0)


def as_own_request(text: str) -> str:
    """`text` with a request passed on said as the person's own; as typed when it passes none on."""
    if not text.isascii():
        # "balloon 不要了 chat changed their mind", 宝儿说要圆的
        aside = _WHO_ASIDE.sub(_aside_cut, _SAYS_ZH.sub("", text))
        return aside if aside.strip() else text
    m = _AGED.match(text.strip())
    if m and _said_by_name(m):
        text = f"{m.group('lead')}i'd like {m.group('rest')}"
    m = _SAYS.match(text.strip())
    m = m if _said_by_name(m) else None
    if m and _ASKS.match(m.group("rest")):  # ("my aunt says the church in her town is yellow": what she said)
        rest = m.group("rest")
        rest = _THEY_DONT.sub("i don't want", rest)
        rest = _THEY_WANT.sub("i want", rest)
        text = m.group("lead") + rest
    m = _WANTS.match(text.strip())
    m = m if _said_by_name(m) else None
    if m and not _PICTURE_OF.match(m.group("rest")):  # ("my kids want a picture of our dog": the rules read it)
        # "client wants a red collar": one more thing (asked for, not a new picture); "…wants it blue": so
        verb = "add" if re.match(r"(?:a|an|some|one|two|three|another)\s", m.group("rest"), _I) else "i want"
        text = f"{m.group('lead')}{verb} {m.group('rest')}"
    first = _MIND_FIRST.match(text)
    if first and _said_by_name(first):
        text = text[first.end():]
    said = _SAID_AFTER.search(text)
    if said and _said_by_name(said):  # "…, she says GOLD!!": what she said is the request; else talk
        rest = said.group("rest")
        asks = _ASKS.match(rest) or any(vocab.lookup(table, w) for w in re.findall(r"[a-z]+", rest.lower())
                                        for table in (vocab.COLOURS, vocab.SIZES))
        text = text[: said.start()] + (f" {rest}" if asks else "")
    cut = _WHO_ASIDE.sub(_aside_cut, text)
    return cut if cut.strip() else text
