"""What chat typing leaves out or puts loosely, said in full for the rules that read it: the article dropped before
what should be so ("balloon should be red not blue") or before what is had ("a old lady with basket of apples"), the
thing "itself" (猫本身要orange的: the cat, not its bow), the background preferred (背景还是白色好看点), said again in
English ("背景还是白色好看点 change it to white") or loosely ("the background change to yellow", "do the background
white"), 一直 before a move (一直移到最右边: to the edge), "purple color", "no no, back to a circle", "another one, …"
(one more thing, said before what it is), "put her in a tutu" (worn), "and could he hold…", "把它 color 成 green",
小鸟 beside 大鸟 (a small bird), 坐在窗边看书的女孩 (the girl, then where she sits), "a witch flying on her broom"
(riding it) and 就是 light blue 啦 (the value itself)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.drawn_alone import WORN_WORDS
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase

_I = re.IGNORECASE

# "balloon should be red not blue", "cat needs to be bigger": the thing named without "the"
_BARE_SHOULD_BE = re.compile(r"^(?P<n>(?!(?:it|its|this|that|he|she|they|we|i|you|u|there|which|what|who|everything|"
                             r"all|both|one|each|every|the|a|an|his|her|my|their|your|our|nothing|something)\b)"
                             r"[a-z][a-z-]+)\s+(?=(?:should|must|needs?\s+to|has\s+to)\s+be\b)", _I)
# "猫本身要orange的", "make the cat itself orange": the thing itself, not its parts
_ITSELF = re.compile(r"(?<=[\u4e00-\u9fff])(?:本身|自己|自身)(?=\s*(?:要|是|改|变|换|涂|的颜色|颜色))"
                     r"|(?<=[a-z])\s+itself\b(?!\s*[,.!?;]*$)", _I)
# "背景还是白色好看点", "背景用蓝色更好看吧": the background asked for, said as the better one
_BACKGROUND_BETTER_ZH = re.compile(r"背景(?:还是|用|换成|改成|要)?(?P<c>[^，,。！!？?\s]{1,6}?)(?:的)?"
                                   r"(?:更好看|比较好看|好看点|好看一点|好看些|好看|会更好|更好|比较好)(?:吧|啊|呢)?")
# "背景换成白色 change it to white": the same background said again in English, not a second change of "it"
_BACKGROUND_SAID_TWICE = re.compile(r"(?P<zh>背景(?:换成|改成|变成|用|要)(?P<c>[^，,。\s]{1,4}?)(?:的)?)[\s，,]*"
                                    r"(?:(?:change|make|turn|set)\s+it\s+(?:to\s+|into\s+)?)(?P<en>[a-z]+(?:\s+[a-z]+)?)"
                                    r"(?=\s*(?:[,.!?;，。]|pls|please|$))", _I)
# "ok and another one, big orange circle bottom left": one more thing, then what it is
_ANOTHER_THEN = re.compile(r"^(?:(?:ok(?:ay)?|and|oh|also|plus|now|then)[\s,]+)*another(?:\s+one)?\s*[,:：;-]+\s*"
                           r"(?=[a-z\u4e00-\u9fff])", _I)


# "put her in a pink tutu", "dress him in a suit": worn ("put her in a boat" is where she goes)
_PUT_IN_WORN = re.compile(r"^(?:(?:and|now|ok|okay|also|then)\s+)*(?:put|dress)\s+"
                          r"(?P<who>him|her|them(?:\s+both|\s+all)?|the\s+[a-z]+)\s+in\s+"
                          r"(?P<what>(?:(?:a|an|some|his|her|their)\s+)?[a-z\s-]+?)"
                          r"(?P<end>\s*(?:pls|please)?[.!]*)$", _I)
# "and could he hold a wooden spoon": the request asked, after "and"
_AND_ASKED = re.compile(r"^(?:and|also|plus|oh\s+and)\s+(?=(?:could|can|would|will)\s+(?:he|she|they|it|you|u)\s)", _I)


# "把它 color 成 green": the English verb said with 成
_VERB_EN_CHENG = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:colou?r|paint|change|turn|make)\s*成\s*", _I)
# "一只大鸟和一只小鸟": beside a big one, 小鸟 is a small bird, not only the word for a bird
_SMALL_BESIDE_BIG = re.compile(r"(?<=[只个条棵朵头匹辆])小(?=(?P<x>[\u4e00-\u9fff]{1,2}))")


# "坐在窗边看书的女孩", "站在门口的男孩": how and where someone is (and what they do there), said before them with 的
_WHERE_BEFORE_ZH = re.compile(r"(?:(?<=[个只位条头匹])|(?<=^)|(?<=画))"
                              r"(?P<vp>(?:正)?[坐站躺趴蹲跪靠倚]在[^的，,。、\s画加添放把给让]{1,8}?"
                              r"(?:上|里|下|边|旁|中|前|后|外|内|间|面|处|角)"
                              r"(?:[看读玩吃喝写唱跳睡弹拉钓晒跑走游飞休躺坐站][^的，,。、\s]{0,3})?)的"
                              # (not …的图: a picture of it)
                              r"(?!(?:图|画|照片|图片|样子|感觉|地方|时候|风格|画面)(?:$|[，,。！!\s]))"
                              r"(?P<head>[\u4e00-\u9fff]{0,3}[^\s，,。！!上里下边旁中前后外内间面处角])(?=$|[，,。！!\s])")
# "老人坐在咖啡馆里看书", "坐在沙发上弹 guitar": how and where, then what they read or play there, a clause of its own
# (not 老人坐, a name; the guitar was lost)
_POSE_PLACE_THEN_DOING = re.compile(r"(?<=[坐站躺趴蹲跪靠倚]在)"
                                    r"(?P<p>[^，,。、\s画加添放把给让的]{1,8}?(?:上|里|下|边|旁|中|前|后))"
                                    # (坐在窗边看雨: the rain is no thing held)
                                    r"(?=(?:弹着?\s*[^，,。、\s]|[看读](?:书|报纸|报|杂志))"
                                    r"[^，,。、]{0,10}(?:$|[，,。！!\s]))")


# "a witch flying on her broom", "a boy on his bike": what they ride, theirs (not a place called "on her broom")
_ON_WHAT_THEY_RIDE = re.compile(r"\b(?P<v>[a-z]+ing\s+)?on\s+(?:his|her|its|their)\s+(?P<x>(?:[a-z]+\s+)?(?:broom|"
                                r"broomstick|bike|bicycle|horse|pony|skateboard|scooter|surfboard|motorbike|motorcycle|"
                                r"unicycle|sled|sledge|snowboard|skis|tricycle|camel|donkey|magic\s+carpet))\b", _I)


def _riding(m: re.Match[str]) -> str:
    doing = (m.group("v") or "").strip()
    return (f"{doing}, " if doing and doing.lower() != "riding" else "") + f"riding a {m.group('x')}"


# "就是 light blue 啦", "就是蓝色": the value itself (after "which colour?"), not a thing called 就是
_JUST_THE_VALUE = re.compile(r"^(?:(?:嗯+|哦+|对|噢)[，,\s]*)?就是\s*(?P<v>[^，,。]+?)\s*"
                             r"(?:啦|吧|啊|呀|了|哈)*[.!。！~]*$")


def _just_the_value(text: str) -> str:
    m = _JUST_THE_VALUE.match(text.strip())
    ph = parse_phrase(m.group("v")) if m else None
    return m.group("v") if ph is not None and (ph.colour or ph.size) and not clean_rest(ph.rest) else text


def _small_beside_big(text: str) -> str:
    return _SMALL_BESIDE_BIG.sub(lambda m: "小的" if f"大{m.group('x')}" in text or f"大的{m.group('x')}" in text
                                 else m.group(0), text)


def _put_in(m: re.Match[str]) -> str:
    last = m.group("what").split()[-1].lower()  # "a red tracksuit", "winter coats": worn
    worn = m.group(0).lower().startswith("dress") or last in WORN_WORDS or last.removesuffix("s") in WORN_WORDS
    return f"let {m.group('who')} wear {m.group('what')}{m.group('end')}" if worn else m.group(0)


# "the background change to yellow", "now do the background white": the background asked for, said loosely
_BACKGROUND_CHANGE_TO = re.compile(r"^(?:(?:now|ok|okay|and|then)\s+)*(?:the\s+)?(?:background|bg|backdrop)\s+"
                                   r"(?:change|changed|switch|turn)\s+(?:it\s+)?(?:to|into)\s+", _I)
_DO_THE_BACKGROUND = re.compile(r"\bdo\s+(?=the\s+(?:background|bg|backdrop)\s+[a-z])", _I)
# "back to a circle" after "no no": what it should be again
_BACK_TO_A = re.compile(r"(?:^|(?<=[,，;]))\s*(?:(?:go|change\s+it|turn\s+it|make\s+it)\s+)?back\s+(?:to|into)\s+"
                        r"(?=(?:a|an)\s+[a-z])", _I)
# "a old lady with basket of apples": "a" left out before what is had
_WITH_NO_ARTICLE = re.compile(r"\bwith\s+(?!(?:a|an|the|some|his|her|its|their|my|two|three|four|five|lots|many)\b)"
                              r"(?![a-z]*[^s\s]s\s)(?=[a-z]+\s+of\s+[a-z])", _I)  # (not "with bags of gold")


def _colour_said_with_colour(m: re.Match[str]) -> str:
    """"purple color", "brown colour": the colour (not "what colour", "same colour")."""
    return m.group("c") if vocab.lookup(vocab.COLOURS, m.group("c")) else m.group(0)


def _names_a_thing(said: str) -> bool:
    """"big orange circle bottom left" names a thing; "but blue", "a bit smaller" only say how it differs."""
    if re.match(r"(?:but|only|just|in|on|at|with|please|pls|too|a\s+bit|same|bigger|smaller)\b", said, _I):
        return False
    ph = parse_phrase(said)
    return bool(ph.shape or clean_rest(ph.rest))


def _said_once(m: re.Match[str]) -> str:
    zh, en = vocab.lookup(vocab.COLOURS, m.group("c")), vocab.lookup(vocab.COLOURS, m.group("en"))
    return m.group("zh") if zh is not None and zh is en else m.group(0)


def said_in_full(text: str) -> str:
    """The message with what chat typing leaves out put back."""
    another = _ANOTHER_THEN.match(text.strip())
    if another:  # "another one, but blue": a copy that differs, said without the pause (not a new picture)
        rest = text.strip()[another.end():]
        text = ("add " if _names_a_thing(rest) else "another one ") + rest
    # "draw 一个老木匠 in his workshop": where, after a Chinese name (not a part of the name)
    text = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?P<p>in|at|inside)\s+(?:his|her|their|its)\s+(?=[a-z])", r" \g<p> the ",
                  text, flags=_I)
    text = _WHERE_BEFORE_ZH.sub(r"\g<head>\g<vp>", _just_the_value(text))
    text = _ON_WHAT_THEY_RIDE.sub(_riding, _POSE_PLACE_THEN_DOING.sub(r"\g<p>，", text))
    text = _BACKGROUND_CHANGE_TO.sub("change the background to ", _DO_THE_BACKGROUND.sub("make ", text.strip()))
    text = _BACK_TO_A.sub(" make it ", _WITH_NO_ARTICLE.sub("with a ", text))
    text = re.sub(r"\b(?P<c>[a-z]+)\s+colou?r\b(?!\s+(?:of|is|for))", _colour_said_with_colour, text, flags=_I)
    text = _PUT_IN_WORN.sub(_put_in, _AND_ASKED.sub("", _small_beside_big(_VERB_EN_CHENG.sub("涂成", text))))
    text = _BARE_SHOULD_BE.sub(r"the \g<n> ", _ITSELF.sub("", text))
    text = re.sub(r"一直(?=移|挪|推|拉|放|到|[往向][上下左右][^，,。]*?到)", "", text)  # 一直移到最右边: to the edge
    return _BACKGROUND_SAID_TWICE.sub(_said_once, _BACKGROUND_BETTER_ZH.sub(r"背景换成\g<c>", text))
