"""What frames a request written as a letter or a reply, and is not part of it: a greeting ("Hi,", "Dear bot,"),
a sign-off with a name ("Thanks in advance,\\nMaria", "Kind regards"), a "P.S." label, and lines quoted from
the app's own reply ("> Here is your picture"), unless only thanks follow a quoted request (then the quote is the
request). A message that is only such words keeps them (then "thanks" is thanks)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE
_GREETING = re.compile(r"^\s*(?:(?:hi+|hello+|hey+|hiya|yo|howdy|greetings|g'?day|ahoy|och|oi|hallo|hola|bonjour|"
                       r"hei|hej|moin|ol[aá]|salaam|salam|marhaba|kumusta|mabuhay|sawasdee|xin\s+chao|"
                       r"salut|ciao|aloha|namaste|konnichiwa|annyeong(?:haseyo)?|ni\s*hao)"
                       r"(?:\s+(?:again|there|dear|bot|all|everyone|matey?|mate|mon\s+ami|(?:my\s+)?(?:friends?|buddy|dude|"
                       r"man|bro|pal|guys|folks|cat|robot|ai|artist|team|boss|brother|sister|abi|abla|habibi|akhi)))?(?:\s+po)?"
                       # "morning!" and "excuse me," say hello as well as "good morning" does
                       r"|(?:mornin[g']?|afternoon|evening)(?=\s*!|\.\s)|excuse\s+me"
                       r"|dear\s+[\w ]{1,20}?|good\s+(?:morning|afternoon|evening|day|night))\s*[,!.:\n~～]\s*", _I)
# "bom dia! could you draw…", "wah gwaan! draw…", "过早冇！draw 一个…": a word or three said with "!" before a request
# is a hello in a language the table above need not know; before "a …", "three …" only when the request goes on
_ASKED_NEXT = (r"(?:(?:please|pls|kindly)\s+)?(?:(?:could|can|would|will)\s+(?:you|u)\b|(?:draw|paint|sketch)\b"
               r"|i'?d\s+like\b)|(?:请|帮我|给我)?画|帮我|给我")
_HELLO_ANY = re.compile(r"^\s*(?!(?:a|an|the|one|two|three|some|make|draw|add|put|move|remove|change|turn|give)\b)"
                        r"(?:[^\W\d_]{2,}(?:[ '’-][^\W\d_]+){0,2}|[\u4e00-\u9fff]{1,4})\s*[!！]+\s*"
                        rf"(?=(?:{_ASKED_NEXT})|(?:a|an|two|three|four|five)\s+\S+(?:\s+\S+){{3}})", _I)
# "你好～可以帮我画…吗", "您好，请画…": hello, then the request
_HELLO_ZH = re.compile(r"^\s*(?:你好|您好|哈喽|嗨)(?:呀|啊|哦|鸭)?[\s,，!！~～。.]*"
                       r"(?=可以|能|请|麻烦|帮我|给我|画|我想)")
# "大妹子帮我画个…", "老师给我画一只…": who is asked, before the request
_ADDRESSED_ZH = re.compile(r"^\s*(?![把将给在让])[\u4e00-\u9fff]{1,4}?(?<!可以)(?<![能请])[，,\s]*"
                           r"(?=(?:你)?(?:帮我|给我|帮忙)画(?:一|个|张|幅))")
# "hola amigo, draw a…", "阿弥陀佛. please draw…", "annyeong~ 帮我画一个…", "你好 can you draw 一个…": a few words
# before a request that plainly starts one; with a comma only words that name nothing ("blue background, draw a
# cat" keeps its background)
_STRONG_ASK = (r"(?:(?:please|pls|kindly)\s+)?(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
               r"(?:draw|paint|sketch)\s+(?:me\s+)?(?:(?:a|an|one|two|three|four|five|six|some|my|\d)\b|[一两三四五几])"
               r"|(?:请|麻烦)?(?:帮|给)[\u4e00-\u9fff]{0,3}?画(?:一|个|张|幅|两|三|四|五|几|只|条|座|把)")
_LEAD_SAID = re.compile(r"^\s*(?!(?:a|an|the|one|two|three|some|make|draw|add|put|move|remove|change|turn|give|please|"
                        r"can|could)\b)(?P<lead>[^\n.!?。！？,，~～:：]{1,24}?)\s*(?P<sep>[,，.。~～!！:：]+|(?=\s))\s*"
                        rf"(?=(?:{_STRONG_ASK}))", _I)


# (and what a thing does: "…, they are playing together" is a pose, not an aside)
_NAMING = (vocab.NOUNS, vocab.COLOURS, vocab.PLACES, vocab.SHAPES, vocab.TIMES, vocab.STYLES, vocab.POSES)


def _lead_dropped(body: str) -> str:
    m = _LEAD_SAID.match(body)
    if not m or len(m.group("lead").split()) > 4 or re.search(r"\d", m.group("lead")):
        return body
    if m.group("sep").strip() in ("", ",", "，") and _names_something(m.group("lead")):
        return body  # "blue background, draw a cat": said of the picture
    return body[m.end():]


def _names_something(said: str) -> bool:
    """Whether the words name a thing, a colour, a place, a time or a style the vocabulary knows."""
    said = said.lower()
    return any(vocab.lookup(table, w) for w in re.findall(r"[a-z]+", said) for table in _NAMING) or any(
        f in said for table in _NAMING for t in table.values() for f in t.zh)


# "long shift lol. can you draw…": an aside before the request
_ASIDE_FIRST = re.compile(r"^(?:[^.!?\n]{1,60}?\b(?:lol|lmao|haha+|hehe+)"
                          # "planning my garden. can you draw…", "just got home! draw…": what the person is doing
                          r"|(?:(?:omg|oh|ah|phew|whew|ugh|ok|okay|so)\s+)?"
                          r"(?:[a-z]{2,}ing|i'?m|im|just|been|back|bored|finally)\s[^.!?\n]{1,50}?"
                          # "hi there my granddaughter put this on for me so bear with me, can you draw…"
                          r"|[^.!?\n,]{0,40}?\b(?:my|me|i|we|our|us)\b[^.!?\n]{1,60}?(?=\s*,))"
                          r"\s*(?:[.!…,]+|(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\u200d\ufe0f])+)\s*"
                          r"(?=(?:so\s+)?(?:(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?(?:draw|paint|make|do)"
                          r"|(?:please\s+)?draw)\b(?!\s+(?:that|this|it)\b))", _I)  # "…, draw that": what was said
# "…a teacup? reminds me of mrs lee on ward 6 haha", "…in a garden, they're best friends", "…curled up like ours
# always is": said of the person or of the picture's story after the request, nothing to draw. Only a last clause
# that asks for nothing and names no thing, colour, place or look the rules know.
_ASIDE_AFTER = re.compile(r"(?<=[a-z)?!.,])\s*[,.?!]+\s*(?P<aside>(?:(?:just|and|so)\s+)?[^,.?!\n]*?"
                          r"(?:\b(?:my|me|our|ours|we|us|they'?re|they\s+are|reminds?)\b)[^,.?!\n]*)[\s.!?]*$", _I)
_ASKS_SOMETHING = re.compile(r"\b(?:make|draw|add|put|move|change|turn|give|remove|delete|want|need|"
                             r"(?:i'?d|would)\s+like|"
                             r"like\s+(?:it|them|him|her)|should|"
                             r"could|can|would|please|pls|instead|not|no|don'?t|dont|keep|left|right|top|bottom|"
                             r"middle|centre|center|bigger|smaller|big|small|tiny|huge)\b", _I)


def _aside_after(body: str) -> str:
    m = _ASIDE_AFTER.search(body)
    if not m or _ASKS_SOMETHING.search(m.group("aside")) or _names_something(m.group("aside")) \
            or len(body[: m.start()].split()) < 3:
        return body
    return body[: m.start()]


_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:thanks(?:\s+(?:in\s+advance|a\s+lot|so\s+much))?|thank\s+you"
                       r"(?:\s+(?:in\s+advance|so\s+much))?|many\s+thanks|(?:best|kind|warm)(?:\s+regards)?|regards|"
                       r"cheers|sincerely|yours(?:\s+truly)?|best\s+wishes)"
                       r"(?:\s+(?:mate|man|bro|buddy|dude|pal|love|guys|all|everyone))?\s*[,!.]*"  # "cheers mate"
                       r"(?:\s*\n\s*(?:-\s*)?[A-Z][\w.]{0,20}(?:\s+[A-Z][\w.]{0,20})?\s*[.!]?)?\s*$", _I)
# "… but a pink one this time x": a kiss to end with (not "along the x")
_KISS = re.compile(r"(?<=[a-z.!])(?<!\bthe)(?<!\ban)(?<!\ba)\s+x{1,3}\s*[.!]*\s*$")
_PS = re.compile(r"(?:^|(?<=[\s.!?]))p\.?\s?s\.?\s*[:,-]?\s+", _I)
# What is left after a quoted line when the quote is the request: only thanks or please.
_THANKS_ONLY = re.compile(r"^\s*(?:thanks?(?:\s+you)?|thank\s+you|thx|ty|pls|please|谢谢|谢啦|多谢|麻烦了|拜托了?)"
                          r"[\s!.！。~]*$", _I)
# A quoted request, not the app's reply ("> Drew a red triangle."): it starts as one is asked for.
_ASKS = re.compile(r"^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:make|turn|change|move|put|add|remove|delete|"
                   r"draw|paint|give|swap|replace|shift|set)\b"
                   r"|^\s*(?:请|麻烦)?(?:把|将|给|再|加|画(?!好)|去掉|删|换|改|让|移|挪)", _I)
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}>[^\n]*(?:\n|$)", re.MULTILINE)


def without_letter_frame(text: str) -> str:
    """The message without its greeting, sign-off, P.S. label and quoted lines, unless nothing would be left."""
    body = _QUOTED_LINE.sub("", text) if re.search(r"^[ \t]{0,3}>", text, re.MULTILINE) else text
    if body != text and _THANKS_ONLY.match(body):  # "> 把它变成 blue\n谢谢!": the request quoted, then thanks
        quoted = re.sub(r"^[ \t]{0,3}>[ \t]?", "", text, flags=re.MULTILINE)
        if not _ASKS.match(quoted):
            return body.strip()  # "> Drew a red triangle.\nthanks!": thanks for the reply quoted
        body = quoted
    greeted = _GREETING.sub("", _HELLO_ZH.sub("", body, count=1), count=1)
    body = _ASIDE_FIRST.sub("", greeted if greeted != body else _HELLO_ANY.sub("", body, count=1), count=1)
    addressed = _ADDRESSED_ZH.match(body)
    if addressed and not _names_something(addressed.group(0)):  # not "蓝色背景，帮我画…", said of the picture
        body = body[addressed.end():]
    body = _aside_after(_lead_dropped(body))
    body = _SIGN_OFF.sub("", body)
    body = _PS.sub("", _KISS.sub("", body))
    return body.strip() if re.search(r"\w", body) else text
