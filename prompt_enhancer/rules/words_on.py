"""Words written on a thing, asked for after it is drawn: "write Happy Birthday Mia on the cake", 'add the text
"GO WILD"', "change the text to SALE", 上面写生日快乐, 加上文字 Morning Brew, "remove the text". The words are the
thing's "words" attribute, kept as said and put in the prompt's language around them ('a cake, with the words "Happy
Birthday Mia"', 写着“生日快乐”的蛋糕); before, "write … on it" went unread and "add the text …" drew a thing called
"text". A drawing's "a sign that says OPEN" keeps its words in its detail, which "remove the text" clears too."""

from __future__ import annotations

import re

from dialog.decision import EditKind
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

_I = re.IGNORECASE
_TEXT = r"(?:text|words?|writing|caption|title|slogan|tagline|message|lettering|letters)"
_QUOTED = r"[\"“'‘「『](?P<quoted>[^\"”'’」』]{1,80})[\"”'’」』]"
_ON = (r"(?:on|onto|across|at\s+the\s+(?:top|bottom)\s+of|on\s+(?:the\s+)?(?:top|front|bottom)\s+of|under|"
       r"below|above|over)")
_WHO = r"(?P<t>it|him|her|them|(?:the|that|this|my)\s+[^\"“'‘]+?)"
# "… at the top", "… across the bottom": where on it the words go (drawn where the model puts them)
_THEN = (r"(?:\s+(?:at|along|across|on|in|near)\s+the\s+(?:very\s+)?(?:top|bottom|middle|cent(?:er|re)|front|side|"
         r"corner)\b(?:\s+(?:of\s+(?:it|the\s+\w+)|corner|edge))?|\s+(?:below|above|underneath|beneath|under\s+it|"
         r"on\s+top|in\s+big\s+letters))?(?:\s+(?:please|pls|plz|too|as\s+well|thanks|thx))*"
         r"\s*[.!]*$")
# "write Happy Birthday on it", 'put "SALE" on the sign', "add the text GO WILD on the poster"
_WRITE_ON = re.compile(
    rf"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?:write|print|type|letter|spell\s+out)\s+(?:(?:the|a|some)\s+{_TEXT}\s+)?"
    rf"|(?:put|add|stick|place|include)\s+(?:(?:the|a|some)\s+)?{_TEXT}\s+(?:saying\s+|that\s+says\s+|reading\s+)?"
    rf"|(?:put|add|stick)\s+(?=[\"“'‘]))[:：]?\s*(?:{_QUOTED}|(?P<words>\S.*?))(?:\s+{_ON}\s+{_WHO})?{_THEN}", _I)
# "make it say HELLO", "the sign should say OPEN", "change the text to SALE"
_SAYS = re.compile(
    rf"^(?:make\s+{_WHO}\s+(?:say|read)|(?P<t2>it|(?:the|that|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+should\s+(?:say|read)"
    rf"|(?:change|make|switch)\s+(?:the\s+)?(?P<again>{_TEXT})\s+(?:to|say|into|read)|(?P<again2>{_TEXT})\s*[:：])"
    rf"\s+(?:{_QUOTED}|(?P<words>\S.*?)){_THEN}", _I)
# 上面写生日快乐, 在蛋糕上写“生日快乐”, 加上文字 Morning Brew, 字改成 SALE (not 写实 / 写生 / 印象派, 写字楼)
_WRITE_ZH = re.compile(
    r"^(?:请|帮我|麻烦)?(?:在)?(?P<t>它|他|她|(?!上)[\u4e00-\u9fff]{1,6}?)?(?:的)?(?:上面|上头|上边|上)?"
    r"(?:(?:写(?!实|意|字楼|生(?!日))|印(?!象|度|第安)|刻)(?:上|着|个|一行|几个字)?|加(?:上|个|一行|几个)?(?:文字|字|标语|标题)|"
    r"(?P<again>(?:文字|字|标语|标题)(?:改成|换成|改为)))"
    rf"[:：]?\s*(?:{_QUOTED}|(?P<words>\S.*?))(?:吧|呀|啊|哦)?[。！!]*$")
_REMOVE = re.compile(rf"^(?:remove|delete|erase|get\s+rid\s+of|take\s+(?:off|out|away)|lose|drop|no)\s+"
                     rf"(?:the\s+)?{_TEXT}(?:\s+(?:on|from)\s+{_WHO})?{_THEN}"
                     r"|^(?:把)?(?:文字|字|标语|标题)(?:去掉|删掉|不要了|删了|拿掉)(?:吧)?[。！!]*$", _I)
# "write on the card that …", "write something nice": no words said to write
_NOT_WORDS = re.compile(r"(?:on|in|at|that|about|it|something|some|a\s+(?:poem|story|letter|note))\b", _I)
_WORDS_UNSAID = re.compile(rf"^(?:add|put|write|include)\s+(?:(?:the|a|some)\s+)?{_TEXT}"
                           r"(?:\s+(?:on\s+it|too|please|pls))*\s*[.!]*$"
                           r"|^(?:加上?|写上?)(?:点|一些|一行)?(?:文字|字)$", _I)
_PICTURE_WORDS = re.compile(r'with the words "|写着“')
# What a detail says when it is words: found to replace or remove them
_WORDS_DETAIL = re.compile(r"(?:,\s*)?(?:with\s+the\s+words|that\s+says|saying|reading|showing)\s*\"[^\"]*\""
                           r"|、?写着“[^”]*”的", _I)


def _without_words(detail: str) -> str:
    """The rest of a detail, its words taken out."""
    return _WORDS_DETAIL.sub("", detail).strip(" ,、")


def _has_words(subject: Subject) -> bool:
    return "words" in subject.attributes or bool(_WORDS_DETAIL.search(subject.attributes.get("detail", "")))


# Things words are written on: the words go on the one of these there when no thing is named
_WRITTEN_ON = re.compile(r"(?:\b(?:poster|sign|signboard|card|banner|flyer|cover|label|board|book|shirt|t-shirt|tee|"
                         r"hoodie|mug|cake|logo|badge|sticker|placard|billboard|menu|envelope|letter|note|page|screen|"
                         r"chalkboard|blackboard|whiteboard|certificate|invitation|invite|ticket|bookmark|thumbnail)s?|"
                         r"海报|招牌|牌子|牌|卡片|贺卡|卡|横幅|封面|标签|黑板|白板|书|T恤|杯子|蛋糕|标志|徽章|贴纸|菜单|信封|"
                         r"请柬|邀请函|门票|书签|证书)$", _I)


def _targets(work: MessageEdit, said: str | None, *, again: bool) -> list[Subject] | None:
    """Who the words go on: the thing named ("on it": the one in focus), else the one with words already (for
    "change the text"), else the one thing there that words are written on (a poster, a cake), or the one in focus
    when it is such a thing; [] when none is: the words are the picture's."""
    if said:
        return resolve(work, "it" if re.fullmatch(r"它|他|她", said) else said)
    having = [s for s in work.scene.subjects if _has_words(s)]
    if again and len(having) == 1:
        return having
    focus, written_on = work.focus(), [s for s in work.scene.subjects if _WRITTEN_ON.search(s.name.strip())]
    return written_on if len(written_on) == 1 else [focus] if focus in written_on else []


def words_clause(work: MessageEdit, body: str) -> bool:
    """Words written on a thing there, or taken off it."""
    text = body.strip()
    if not work.scene.subjects:
        return False
    if _WORDS_UNSAID.match(text):  # "add some text": which words is not said
        return work.ask(reply.say("ask_words", work.language))
    if (gone := _REMOVE.match(text)) is not None:
        having = [s for s in (resolve(work, gone.group("t")) or []) if _has_words(s)] if gone.group("t") else \
            [s for s in work.scene.subjects if _has_words(s)]
        if not gone.group("t") and any(_PICTURE_WORDS.match(w) for w in work.scene.look):
            work.scene.look = [w for w in work.scene.look if not _PICTURE_WORDS.match(w)]  # the picture's own
            work.say("removed", name="画面上的字" if work.language == "zh" else "words")
            return True
        for subject in having:
            subject.attributes.pop("words", None)
            if rest := _without_words(subject.attributes.pop("detail", "")):
                subject.attributes["detail"] = rest  # what else the detail said stays
            work.touch(subject, EditKind.ATTRIBUTE)
            thing = reply.thing_name(subject, work.language)
            work.say("removed", name=f"{thing}上的字" if work.language == "zh" else f"words on the {thing}")
        return bool(having)
    m = _WRITE_ON.match(text) or _SAYS.match(text) or _WRITE_ZH.match(text)
    if m is None:
        return False
    words = (m.group("quoted") or m.group("words") or "").strip()
    said = m.groupdict().get("t") or m.groupdict().get("t2")
    again = bool(m.groupdict().get("again") or m.groupdict().get("again2"))
    if not words or len(words) > 80 or _NOT_WORDS.match(words) or (
            m.re is _WRITE_ZH and not (said or again or m.group("quoted") or re.match(r"[上在]|加", text))):
        return False  # 写生日快乐 alone is read as writing only after 上面 / 在 … 上, 加上文字 or quotes
    targets = _targets(work, said, again=again)
    if targets is None:
        return False
    if not targets:  # 加上文字 中秋快乐 of a moon, a rabbit and mooncakes: written on the picture itself
        work.scene.look = [*(w for w in work.scene.look if not _PICTURE_WORDS.match(w)),
                           f"写着“{words}”" if work.language == "zh" else f'with the words "{words}"']
        work.say("wrote_picture", what=words)
        return True
    for subject in targets:
        if rest := _without_words(subject.attributes.pop("detail", "")):
            subject.attributes["detail"] = rest  # (words said at drawing, "a sign that says OPEN", are replaced)
        subject.attributes["words"] = words
        work.touch(subject, EditKind.ATTRIBUTE)
        work.say("wrote", name=reply.thing_name(subject, work.language), what=words)
        work.scene.focus = subject.id
    return True
