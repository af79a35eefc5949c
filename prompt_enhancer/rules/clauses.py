"""Cutting one message into the clauses the rules read one by one (a clause down to its body: clause_body.py).

"make the flag red, white and blue" stays one clause, "a cat, but orange" one description, "move the cat up and
the dog to the right" two moves; courtesy, hesitation and hedges ("please", "hmm", "i guess", "谢谢") are not
part of what a clause asks. Only splits and trims text: no Scene, no commands.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.natural_parts import NATURAL_PARTS
from prompt_enhancer.rules.comma_adjectives import join_describing_words
from prompt_enhancer.rules.doing import THING_INGS
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.light_words import LIGHT_AT, WITH_LIGHT
from prompt_enhancer.rules.parts import part_phrases
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.run_on import mark_pauses
from prompt_enhancer.rules.with_tail import HAS_THEN_DOES
from prompt_enhancer.rules.zh_pose_joins import joins_pose

_I = re.IGNORECASE
_CLAUSE_SPLIT = re.compile(
    r"\.{2,}|…+|[.;!?\n。；！？]+(?:\s+|$)|[!?]+(?=[\u4e00-\u9fff])|[;\n。；！？]+|,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|\s+then\s+|"
    r"(?:，|,)\s*|(?:然后|接着|之后|并且|同时|而且)|(?<=[^，,;；。\s])\s*(?:但是|不过|可是)"
    r"|\s+\+\s+|(?<=[\u4e00-\u9fff])\s*\+\s*(?=[^\s\d+])"  # "逆光 + close up": two looks
    r"|\s+[—–]+\s+",  # "Make the blue one larger — it's the statement piece"
    _I,
)
_VERB_AFTER_AND = re.compile(
    # "make the car green and also put a tree…": "also", "then", "please" before the verb change nothing
    r"\s+(?:and|but)\s+(?=(?:(?:also|then|please|pls|maybe|just)\s+)?(?:make|turn|paint|colou?r|change|set|add|put|"
    r"place|insert|remove|delete|erase|move|shift|nudge|scoot|slide|draw|give|use|switch|get rid of|take|keep|leave|"
    r"go\s+with)\b"
    # "remove the cat but don't touch the box", "delete the tree but the fox stays": what stays, said after
    r"|(?:the\s+)?[a-z]+\s+(?:stays?|remains?)\b|(?:don'?t|do\s+not)\s+(?:touch|change|move)\b"
    # "a house with a red door and its snowing and theres a snowman": what the weather does, what else is there
    r"|(?:it'?s|it\s+is)\s+(?:\w+ing|night|dark|sunny|winter|summer|autumn|spring|foggy|misty|windy|cloudy)\b"
    r"|(?:there'?s|theres|there\s+(?:is|are))\s"
    r"|i\s+(?:prefer|want|need|would|'d)\b"  # "(it) is a triangle but I prefer a circle"
    r"|(?:she|he|they)\s+(?:wears?|holds?|has|have|carries|carry)\b"  # "…, and she's wearing a straw hat"
    r"|more\s+[a-z]+\s*$)", _I)  # "a red sports car but more aggressive": how it should feel, after the thing

COLOUR_WORD = "(?:" + "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len,
                                        reverse=True)) + ")"
# "a girl with a red umbrella standing in the rain", "a woman with glasses at a table": what the owner does or where
# it is, said after the part it has; a pause there lets the participle and place rules give them to the owner
_PART_THEN_MORE = re.compile(r"(?P<with>\b(?:with|in|wearing|holding|carrying)\s+"
                             r"(?:(?:a|an|the|some|two|his|her|its|their)\s+)?"
                             # "with long flowing hair standing …": how the hair looks, then what its owner does
                             r"(?:[\w-]+\s+){0,3}?(?P<part>(?!(?:long|short|big|small|little|tiny|huge|bright|dark|"
                             rf"light|pale|shiny|{COLOUR_WORD})\b)[a-z]+|[\u4e00-\u9fff]{{1,6}}))"
                             r"(?=\s+(?:(?P<ing>[a-z]{3,}ing)|at|next\s+to|beside|near|under|in\s+front\s+of|behind)"
                             r"\s+\S)", _I)

_NOT_A_PART_END = {"and", "or", "of", "the", "a", "an", "his", "her", "its", "their", "some"}


def _part_then_more(m: re.Match[str]) -> str:
    part = m.group("part").lower()
    if not ({part, re.sub(r"e?s$", "", part)} & _KNOWN_PARTS) and is_new_subject(part) or part in _NOT_A_PART_END \
            or (not part.isascii() and m.group("with").lower().startswith("with")):
        return m.group(0)  # "a girl with a dog sitting on a bench", "a 黑狗 with a 球 beside it": it may be the one
    ing = (m.group("ing") or "").lower()
    if ing and (ing in THING_INGS or ing in ("holding", "wearing", "carrying", "having")):
        return m.group(0)  # "with a wedding ring", "with a dog holding a leash": not what the owner does
    if re.match(r"\s+\S+\s+(?:on|from|off|in|to|at|under|over)\s+(?:it|him|her|them|its|his|their)\b",
                m.string[m.end():], _I):
        return m.group(0)  # "a swing hanging from its branches": how the part hangs on its thing (parts.py)
    return m.group("with") + ","


# "右上角画一个黄色的太阳左边画一棵树" (voice input): a second place-and-draw after a first one, said without a pause;
# "在太阳左边画一棵树" is one (no draw before it), "画一个太阳 在它左边画…" too (在 says it is beside the sun)
_ZH_PLACE_DRAW = alternation([f for t in vocab.POSITIONS.values() for f in t.zh])
_ZH_SECOND_DRAW = re.compile(rf"(?P<first>画[^，,;；\s在]*?[\u4e00-\u9fff](?<!在))"
                             rf"(?=(?:{_ZH_PLACE_DRAW})(?:再|也|还)?画)")
# "画一只猫再画一只狗", "左边画一只猫再在右边画一只狗": a second thing asked for with 再 / 然后, one after the other
_ZH_AGAIN_DRAW = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:然后再?|再|还要|另外)(?:在[^，,;；\s]{1,5}?)?(?:画|加|添|放)上?"
                            r"(?:一|两|三|四|五|几|[0-9]))")
# "画一只猫在左边画一只狗在右边": where the first is, then the next drawn
_ZH_PLACED_THEN_DRAW = re.compile(rf"(?<=[\u4e00-\u9fff])(?<![再还也])(?P<place>在(?:{_ZH_PLACE_DRAW}))"
                                  r"(?=(?:也|还)?画(?:一|两|三|四|五|几|[0-9]))")


def _again_after_request(m: re.Match[str]) -> str:
    """A pause before 再画 only where a request came before it in the same clause ("画一只猫再画一只狗"), not after
    a place or a thing alone ("左上角再加一个…", "肚子上再加两颗…")."""
    before = re.split(r"[，,;；。\s]", m.string[: m.start()])[-1]
    return " ; " if re.search(r"[画加添放]", before) else ""


# "猫在左边狗在右边": each where it is, no pause between them
_ZH_PLACED_PAIR = re.compile(rf"(?<=[\u4e00-\u9fff])(?P<place>在(?:{_ZH_PLACE_DRAW}))"
                             rf"(?=[\u4e00-\u9fff]{{1,4}}在(?:{_ZH_PLACE_DRAW}))")
_ZH_THEN_EN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?:and|but|then|also|plus)\s+(?=[A-Za-z])"
                         r"|(?<=[A-Za-z])\s+(?:and|then|also|plus)\s+(?=[\u4e00-\u9fff])"  # and back
                         r"|(?<=[\u4e00-\u9fff])\s+(?:lol+|lmao+|haha+|hhh+)\s+(?=\S)"  # "sword 不要了 lol 让他…"
                         r"|(?:(?<=[吧啦呀嘛哦噢])|(?<=要了)|(?<=掉了))\s+(?=[A-Za-z])", _I)  # "拿掉吧 my mom says…"


# "a darker green", "a paler pink": the shade ("paler" is "pale" and "r"); "a bit darker green": how much darker is
# not kept, the shade is
SHADE_MORE = re.compile(rf"(?<![\w'-])(?:(?:a\s+(?:bit|little|tad)|slightly|somewhat)\s+)?"
                        rf"(?P<shade>dark|light|pale|deep)e?r\s+(?={COLOUR_WORD}(?![\w'-]))", _I)
_COLOURS_ONLY = re.compile(rf"(?:(?:and|or|&)\s+)?{COLOUR_WORD}(?:\s*(?:,|and|&)\s*(?:and\s+)?{COLOUR_WORD})*", _I)
_ENDS_WITH_COLOUR = re.compile(rf"\b{COLOUR_WORD}$", _I)
# "red, blue and yellow balloons": one of each colour, as "three balloons, red, blue and yellow" says it
_COLOURS_THEN_PLURAL = re.compile(rf"(?<![\w-])(?<!\ba\s)(?<!\ban\s)(?P<cols>{COLOUR_WORD}(?:\s*,\s*{COLOUR_WORD})*"
                                  rf",?\s+and\s+{COLOUR_WORD})\s+(?!(?:stripes|spots|dots|checks|colou?rs|tones|shades|hues|patterns)\b)"
                                  r"(?P<noun>[a-z]{2,}(?<!s)s)(?![\w-])", _I)
_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _one_of_each_colour(m: re.Match[str]) -> str:
    colours = [c for c in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("cols")) if c]
    if len(colours) not in _COUNT_WORDS:
        return m.group(0)
    return f"{_COUNT_WORDS[len(colours)]} {m.group('noun')}, {', '.join(colours[:-1])} and {colours[-1]}"


_INSIDE_IT = re.compile(r"^它?(?:(?P<in>里面|里头|里边|里)|上面|上头|上边)(?P<v>有|是|[放摆插装养]着)")
_ZH_A_THING = re.compile(r"[画来要]?(?:一?[个间座栋张只盆片])?(?P<thing>(?!.*背景)[\u4e00-\u9fff]{0,5}[^上里下中边\s])")
# "画三朵花 红的 黄的 白的": colours said one by one with spaces, one value each, as 红的、黄的、白的 lists them
_ZH_COLOUR_ALONE = re.compile(r"(?:[浅淡深]?[红橙橘黄绿青蓝紫粉黑白灰棕金银](?:色的|色|的))")

# What a clause no rule read starts with when it is a request, not a description: it is asked about, not noted.
COMMAND = re.compile(r"^(?:make|turn|change|move|put|place|set|give|add|remove|delete|fix|do|swap|switch|replace|"
                      r"redo|improve|adjust|tweak|edit|modify|update|use|try|let|get|bring|take|shift|paint|colou?r|"
                      r"draw|show|can|could|would|will|help|rotate|flip|mirror|tilt|spin|zoom|surprise|copy|duplicate|"
                      r"clone|repeat|continue|finish|enhance|upscale|crop|stretch|animate|save|export|download|print|"
                      r"hide|reset|restart|start|stop|cancel|forget|remember|keep|go|come|see|tell|explain|write|type|"
                      r"say|fill|darken|lighten|brighten|sharpen|blur|clean|tidy|polish|refine)\b"
                      r"|^(?:把|将|让|给|换|改|弄|搞|移|挪|加|删|去掉|调|修|变|画|帮|重新|再|旋转|翻转|镜像|复制|随便|放|缩)",
                      _I)

# "three birds on a branch: a red one, a blue one and a yellow one": a colon before a list ends the clause that
# drew the counted things; "background: blue", "steps: 30" keep theirs.
_LIST_COLON = re.compile(r"(?<=[\w\u4e00-\u9fff])(?<!\d)\s*[:：]\s*(?!\d)"
                         r"(?=[^:：\n]*(?:,|，|、|\sand\s|和|以及|还有))", _I)
_CLOCK_TIME = re.compile(r"\d\s*[:：]\s*\d")
# Only things counted before the colon are listed after it ("画：右上角一个…" draws what follows).
_COUNTED = re.compile(r"(?<![A-Za-z])(?:two|three|four|five|six|several|\d+)(?![A-Za-z])|[两二三四五六几\d]\s*"
                      r"[个只条棵朵辆艘匹座张块颗位]", _I)
_COLON_LABEL = re.compile(r"(?:\b(?:background|backdrop|bg|style|steps?|seed|guidance|size|strength|negative|"
                          r"prompt|colou?rs?|picture|image|scene|settings?)|背景|风格|颜色|步数|种子)\s*$", _I)


# "Change of plan:", "update:", "one more thing:": a lead-in before the request, no heading of a thing
_TALK_HEAD = re.compile(r"(?:(?:ok(?:ay)?|so|hmm+|right)[\s,]+)*(?:change\s+of\s+plans?|plan\s+b|new\s+plan|update|"
                        r"on\s+(?:reflection|second\s+thoughts?)|actually|thinking\s+about\s+it|"
                        r"edit|correction|one\s+more\s+thing|quick\s+(?:change|edit|one)|small\s+change|follow[-\s]?up|"
                        r"ps|p\.s\.?|fyi|note|request|next)", _I)


# "make it... orange", "make the boat… like, bigger", "把它改成……绿色": an ellipsis after a verb and its target is
# a pause before the value, not the end of a clause; the filler after the pause goes with it.
_PAUSE_AFTER_VERB = re.compile(
    r"(?P<head>(?:^|[\s,;!?，；！？])(?:make|turn|paint|colou?r|change|move|put|set|get)\s+(?:it|them|him|her|this|that|"
    r"(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:to|into))?"
    r"|(?:改成|变成|换成|涂成|改为|变为|移到|挪到|放到|调成))\s*(?:\.{2,}|…+)\s*"
    r"(?:(?:like|um+|uh+|er+|maybe|idk|hmm+|i\s+guess|kinda|sort\s+of|i\s+think|嗯+|呃+|那个)(?:[\s,，]+|$))*",
    _I,
)


# "猫 -> fox", "red → blue": an arrow says what a thing becomes.
_ARROW = re.compile(r"^(?P<a>[^\n>→⟶]{1,40}?)\s*(?:->|=>|→|⟶|➡️?|-->)\s*(?P<b>[^\n>→⟶]{1,60})$", re.MULTILINE)

# "a house: red roof, blue door" / "a house with: a red roof, a door": the things after the colon are the
# thing's parts; "draw these: a cat, a dog" draws them.
_HEAD_COLON_ITEMS = re.compile(r"^(?P<head>[^:：\n]{1,80}?)\s*[:：]\s*(?P<items>[^:：\n]+)$")
_FOLLOWING = re.compile(r"^(?:(?:please\s+|pls\s+)?(?:draw|paint|add|make|i\s+want)\s+)?(?:these|the\s+following|"
                        r"following|this|them|all\s+of\s+these)$", _I)


_COUNTED_THINGS = re.compile(r"^(?P<verb>(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|add|make|i\s+want|"
                             r"请|帮我|给我)?\s*(?:画|来|加|我要)?)\s*(?:(?:two|three|four|five|six|a\s+few|some|several|"
                             r"\d+)\s+(?:things|objects|items|shapes)|"
                             r"[两二三四五六几\d]\s*(?:个|样|件)\s*(?:东西|物体|物品|图形))"
                             r"(?:\s+(?:please|pls|plz|thanks|thx)|吧)?$", _I)  # "3 shapes pls: …"


_WITH_PARTS = re.compile(r"\b(?:with|holding|wearing|carrying|having)\s+\S", _I)
_KNOWN_PARTS = {w.lower() for w in (*vocab.WORN, *vocab.HAD)} | {
    w.lower() for parts in NATURAL_PARTS.values() for w in parts} | {
    # what a figure holds, listed with what it wears ("…, dark blue robe and a wooden staff")
    "staff", "wand", "sword", "shield", "axe", "bow", "spear", "umbrella", "cane", "stick", "lantern", "torch",
    "book", "basket", "flag", "parasol", "guitar", "trident", "dagger", "quiver", "satchel", "briefcase"}


def _tagged_owner(clause: str) -> bool:
    """"a girl", "a knight", "a house": a thing drawn on its own said alone, which parts said after it as tags
    belong to."""
    if vocab.has_cjk(clause) or COMMAND.match(clause) or not re.match(r"(?:a|an|one)\s", clause, _I):
        return False
    name = clean_rest(parse_phrase(clause).rest).lower()
    return bool(name) and len(name.split()) <= 2 and is_new_subject(name)


def _only_worn(clause: str) -> bool:
    worn = {w.lower() for w in vocab.WORN}
    return all({w.split()[-1], re.sub(r"e?s$", "", w.split()[-1])} & worn for w in part_phrases(clause.lower()))


def _only_parts(clause: str) -> bool:
    """A clause that is only parts a thing wears or has ("a blue door and two windows"), no verb, no new thing."""
    if vocab.has_cjk(clause) or COMMAND.match(clause) or re.match(r"(?:she|he|they|it)\s+\w+s?\b", clause, _I):
        return False  # "…, she wears a straw hat": a sentence of its own
    pieces = part_phrases(clause)
    if not pieces:
        return False
    for piece in pieces:
        words = re.findall(r"[a-z]+", piece.lower())
        if not words or not ({words[-1], re.sub(r"s$", "", words[-1])} & _KNOWN_PARTS):
            return False
    return True


def _colon_items(text: str) -> str:
    m = _HEAD_COLON_ITEMS.match(text.strip())
    if not m or _CLOCK_TIME.search(text):  # "a clock showing 3:30": a time, not a list
        return text
    head, items = m.group("head").strip(), m.group("items").strip()
    if _TALK_HEAD.fullmatch(head):
        return items  # "Change of plan: turn that triangle into a circle": what comes is the request
    value = parse_phrase(items)
    if re.fullmatch(r"colou?rs?|size|position|place|where|颜色|大小|位置", head, _I) and value.has_subject_values() \
            and not clean_rest(value.rest):
        return f"make it {items}"  # "colour: red" of the one in focus
    m_things = _COUNTED_THINGS.match(head)
    if m_things:  # "two things: a red circle and a blue square", "画三个东西：猫、狗和鸟": the list is what they are
        verb = m_things.group("verb").strip()
        return f"{verb} {items}".strip() if verb else items
    if vocab.has_cjk(items) or _COLON_LABEL.search(head):
        return text
    if _FOLLOWING.match(head) or re.fullmatch(r"(?:please\s+|pls\s+|(?:can|could|would)\s+you\s+(?:please\s+)?)?"
                                              r"(?:draw|paint|add|make|sketch)", head, _I):
        return ("add " if re.match(r"^add\b", head, _I) else "draw ") + items
    if (len(head.split()) <= 4 and not COMMAND.match(head) and value.has_subject_values() and not value.shape
            and not clean_rest(value.rest) and not _COUNTED.search(head)):  # "two cats: a black one, a white one"
        return f"the {head} should be {items}" if not re.match(r"^(?:the|his|her|its|my)\s", head, _I) \
            else f"{head} should be {items}"  # "door: green": what the door should be
    bare = re.sub(r"\s+(?:with|having|that\s+has|who\s+has)$", "", head, flags=_I)
    if bare == head and _COUNTED.search(head):
        return text  # "three squares in a row: red, green, blue (no outline)": one value each, read later
    if bare != head or part_phrases(items):
        return f"{bare} with {items}"
    return text


# a colour with the shade said before it ("dark green"), as the rules below look for one
_SHADED = rf"(?:(?:dark|light|bright|pale|deep)\s+)?{COLOUR_WORD}"
_TWO_VALUES = re.compile(r"(?P<verb>\b(?:make|turn|paint|colou?r|change))\s+"
                         r"(?P<first>(?:the|his|her|its)\s+[^;,\n]+?)\s+(?P<value>[\w-]+)\s+and\s+(?P<second>(?:the|his|her|its)\s+[^;,\n]+?\s+[\w-]+"
                         # "make the hat brown and glasses black": the second thing named without "the"
                         rf"|(?!(?:add|draw|put|give|remove|move|make|a|an|it)\b)[a-z]+(?:\s+[a-z]+)?\s+{_SHADED})"
                         r"(?=$|[;,.\n]|\s)", _I)
# "crown purple and wand pink", "the sky blue and the grass green": two things and their colours, no verb said
_A_COLOURED = rf"(?:(?:the|his|her|its|their)\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}}?\s+{_SHADED}"
_TWO_BARE_VALUES = re.compile(rf"(?:^|(?<=[,;]))\s*(?P<first>{_A_COLOURED})\s+and\s+(?P<second>{_A_COLOURED})"
                              r"(?=\s*$|\s*[;,.!\n]|\s+(?:pls|please|plz|thanks|thx)\b)", _I)


def _two_bare_values(m: re.Match[str]) -> str:
    """Split only where the first thing is named alone ("crown purple"), not a request or a count ("a red and…")."""
    first = m.group("first")
    if COMMAND.match(first) or _DRAW_VERB.match(first) or re.match(r"(?:a|an|one|two|three|and|with)\s", first, _I):
        return m.group(0)
    return f"{first} ; {m.group('second')}"


# "hat black, skull stays white": the colour it keeps, said of it
_STAYS = re.compile(r"(?:^|(?<=[,;]))\s*(?:the\s+)?(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+"
                    rf"(?:stays?|remains?|should\s+stay|can\s+stay|is\s+still)\s+(?P<colour>{_SHADED})(?![\w-])", _I)
# "cat on the left dog on the right": each thing where it is, the "and" or comma between them left out
_SIDE = r"(?:on|at|in)\s+the\s+(?:left|right|top|bottom|middle|center|centre)(?:\s+(?:side|corner))?"
_PLACED_PAIR = re.compile(rf"(?P<first>\b{_SIDE})\s+(?=(?:(?:a|an|the|one)\s+)?[a-z]+(?:\s+[a-z]+)?\s+{_SIDE}\b)", _I)
# "make the staff black, no wait brown, and his robe purple", "the top left- no, bottom left corner": a value taken
# back at once and another said in its place, inside a longer request
_TAKEN_BACK = r"\s*[-–—,]*\s*(?:no+\s+wait|no+|nope|wait|sorry|oops|i\s+mean|actually)[\s,!.–—-]+(?:i\s+mean\s+)?"
_SPOT = r"(?:(?:top|bottom|upper|lower)\s+(?:left|right)|top|bottom|left|right|middle|center|centre)(?:\s+corner)?"
_VALUE_TAKEN_BACK = re.compile(rf"\b(?:{_SHADED}{_TAKEN_BACK}(?P<colour>{_SHADED})"
                               rf"|{_SPOT}{_TAKEN_BACK}(?P<spot>{_SPOT}))(?![\w-])"
                               r"(?!['’]?s?\s*(?:ones?|bg|background|is|stays)\b)", _I)
# "make him brown with a blue collar", "make it green with golden eyes": his colour, then a part he gets
_COLOUR_WITH_PART = re.compile(rf"\b(?P<v>make|paint|turn|colou?r)\s+(?P<t>it|him|her|them|the\s+[a-z]+)\s+"
                               rf"(?P<c>{_SHADED})\s+with\s+(?P<p>(?:(?:a|an|some)\s+|(?:{_SHADED}|big|small|long|"
                               rf"short|huge|tiny|sharp|bushy|fluffy)\s+(?!(?:and|or|polka|dots|spots|checks)\b))[a-z][^,.;!?\n]*)",
                               _I)
# "his jumper a nice dark green": the colour, praised as it is said
_NICE_COLOUR = re.compile(rf"\b(?:a\s+)?(?:nice|lovely|pretty|beautiful)\s+(?={_SHADED}\b)", _I)
# "a large yellow triangle near the top", "close to the left edge": at that place of the picture
_NEAR_SPOT = re.compile(r"\b(?:near|close\s+to)\s+the\s+"
                        r"(?P<spot>(?:top|bottom|upper|lower)(?:\s+(?:left|right))?|left|right|middle|center|centre)"
                        r"(?:\s+(?:edge|side|corner))?(?![\w-])(?!\s+of\b)", _I)
_IN_A_ROW = re.compile(r"\s+(in\s+a\s+(?:row|line)|side\s+by\s+side|from\s+left\s+to\s+right)"
                       r"\s*(?=[.?!]*$|,|:|[.?!]\s|\s(?:along|on|in|at|by|across|down)\s|\s+(?:pls|please|plz)\b)", _I)
# "3 balloons one red one blue one green": one value each, said without commas
# "two circles a red one and a blue one": the counted things, then each said by its value (a pause before them)
# "two triangles - a big green one and a small yellow one": the counted things, a dash, then each said
_COUNTED_DASH = re.compile(r"(?P<things>\b(?:two|three|four|five|six|[2-6])\s+[a-z]+s)(?:\s+(?:pls|please|plz))?"
                           r"\s+[-–—]+\s+(?=(?:a|an|one)\s)", _I)
_COUNTED_THEN_ONES = re.compile(r"(?P<things>\b(?:two|three|four|five|six|[2-6])\s+[a-z]+s)(?:\s+(?:pls|please|plz))?"
                                r"\s+(?=(?:(?:a|an)\s+)?(?!(?:every|each|any|some|no|which|the)\b)[a-z]+\s+one\b)", _I)
_ONE_EACH_RUN = re.compile(r"(?<=[a-z]s)\s+(?P<run>one\s+[a-z]+(?:\s+one\s+[a-z]+)+)(?=\s*$|\s*[,.;])", _I)


def _two_values(m: re.Match[str]) -> str:
    """Split only where the word before "and" is a value ("black", "bigger"), so "the big cat and the dog" stays."""
    value = parse_phrase(m.group("value"), global_parts=False)
    if not (value.colour or value.size or value.resize) or clean_rest(value.rest):
        return m.group(0)
    return f"{m.group('verb')} {m.group('first')} {m.group('value')} ; {m.group('verb')} {m.group('second')}"


_TWO_MOVES = re.compile(r"(?P<first>(?P<verb>move|put|shift|place|slide)\s+[^;\n]+?\b(?:up|down|left|right|top|bottom|"
                        r"center|centre|middle|corner|higher|lower))\s+and\s+(?P<second>(?:the|his|her|its)\s+[^;\n]+)",
                        _I)


# "a house (red roof, white walls)": words in brackets say more about what comes before them.
_BRACKETS = re.compile(r"\s*\((?=[^()\n]*(?:[^\W\d_]{2}|[\u4e00-\u9fff]))(?P<inner>[^()\n]{1,160})\)")


_BUT_VALUE = re.compile(r"^(?:but\b|但是|不过|可是)\s*(?:(?:make\s+it|it'?s|in|要|是)\s*)?(?P<value>.+)$", _I)


def _thing_then_but(before: str, clause: str) -> bool:
    """A thing named alone, then "but" and only how it should differ: one description, as without the comma."""
    m = _BUT_VALUE.match(clause)
    if not m or COMMAND.match(before):
        return False
    thing, value = parse_phrase(before), parse_phrase(m.group("value"))
    return (bool(clean_rest(thing.rest)) and not thing.has_subject_values() and value.has_subject_values()
            and not clean_rest(value.rest))


def _only_values(clause: str) -> bool:
    """"A large", "a big": an article and values, no thing yet."""
    if not re.match(r"^(?:a|an)\s+[A-Za-z][\w\s-]*$", clause.strip(), _I):
        return False
    ph = parse_phrase(clause, global_parts=False)
    return bool(ph.size or ph.colour) and not ph.shape and not clean_rest(ph.rest)


# "draw a red, a blue and a green circle": values said one by one, the thing named once at the end.
_DRAW_VERB = re.compile(r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|add|make|sketch|i\s+want|"
                        r"i'd\s+like)\s+", _I)


def _values_one_by_one(before: str, clause: str) -> bool:
    """The clause before is only "a red" (or "a red and a blue"), this one goes on with "a blue" or "and a
    green circle": one list whose last thing names what every one of them is."""
    pieces = re.split(r"\s+and\s+", _DRAW_VERB.sub("", before), flags=_I)
    if re.search(r"\bones?\b", before, _I) or not all(_only_values(piece) for piece in pieces):
        # "two cats, a small one … and a big one …, and a dog": the ones are the cats said before
        return False
    rest = re.sub(r"^and\s+", "", clause, flags=_I)
    first = re.split(r"\s+and\s+", rest, flags=_I)[0]
    return bool(re.match(r"^(?:a|an)\s", rest, _I)) and parse_phrase(first, global_parts=False).has_subject_values() \
        and (_only_values(rest) or _names_thing(rest))


def _names_thing(clause: str) -> bool:
    ph = parse_phrase(clause, global_parts=False)
    return bool(ph.shape or clean_rest(ph.rest))


# "一只兔子在中间 旁边一根胡萝卜", "把猫变成白色 它太暗了": people typing Chinese put a space where a comma goes.
# "圆形 改成绿色", "`帽子` 换成红色": a thing named, a space, and what to do with it: one request, not two
_TOPIC_THEN_CHANGE = re.compile(r"(?:^|(?<=[，,。！？\s]))(?P<topic>(?:(?![了要不去掉挪拉移换改变放删拿加画别也都])"
                                r"[\u4e00-\u9fff]){1,4})[ \t]+"
                                r"(?=改成|变成|换成|改为|变为|移到|放到|挪到|删掉|去掉|拿掉|拿走|不要了|不要啦|不用了)")
# "背景 天蓝色 吧": a particle after a space ends the request before it; 背景 and its value are one request
_GLUED_SPACE = re.compile(r"[ \t]+(?=(?:吧|啊|呀|哦|呢|嘛|啦)(?:$|[，,。！？!?\s]))|(?<=背景)[ \t]+(?=[\u4e00-\u9fff])"
                          # "再加个 黄色 moon": the thing added, said after a space
                          r"|(?<=[加画来][个只条棵朵张])[ \t]+(?=[^\s，,。！？!?])")
_MEASURE = "[个只条棵朵辆匹座张块颗位]"
_ZH_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])"
                       r"|(?<=[A-Za-z])[ \t\u3000]+(?=一[个只条棵朵辆匹座张块颗位把][^\s，,]*[在是])"
                       # "两只 dog 一只 big black 一只 small white": one each, after the things
                       rf"|(?<=[A-Za-z])[ \t\u3000]+(?=一{_MEASURE}[^，,]*?一{_MEASURE})")


# "红黄蓝各一个", "红的蓝的各一只": one of each colour, said as "一个红的，一个黄的，一个蓝的".
_EACH_COLOUR_ZH = re.compile(r"(?P<colours>(?:[红橙黄绿青蓝紫粉黑白灰棕]色?(?:的)?[、和]?){2,})"
                             r"各(?:一|1)(?P<m>[个只条棵朵辆艘匹座张块颗位把])")


def _each_colour(m: re.Match[str]) -> str:
    colours = re.findall(r"[红橙黄绿青蓝紫粉黑白灰棕]", m.group("colours"))
    return "，".join(f"一{m.group('m')}{c}色的" for c in colours)


# "（两只狗）在草地上玩": where the things just said are and what they do there; no thing of its own.
_PLACE_THEN_DOING = re.compile(r"^(?P<place>在[^，,。\s]{1,8}?(?:上面|上|里面|里|中|下|边))"
                               r"(?:玩耍|玩|奔跑|跑|散步|休息|晒太阳|睡觉|吃草|游泳|嬉戏|打闹|追逐)(?:着|呢)?$")


# "Next, …", "To finish, …": where in the person's list of steps this one is, not a clause of its own
_STEP_WORD = re.compile(r"(?:^|(?<=[.!?;。！？；]))\s*(?:next|finally|lastly|first|first\s+of\s+all|after\s+that|"
                        r"to\s+(?:finish|start|begin|end)|for\s+the\s+last\s+(?:step|thing)|"
                        r"首先|最后|接下来|然后呢)\s*[,，]\s*"
                        # "最后 背景换成…", "最后背景要雪地": the last step, said before what it changes
                        r"|(?:^|(?<=[.!?;。！？；]))\s*(?:首先|最后|接下来)(?:\s+|(?=背景|把|将|给|加|添|再|换|改|删|去掉|让|整))",
                        _I)


# "三个圆 red, green, blue 从左到右排一排": English colours listed inside Chinese are a list of their own
_EN_COLOURS_IN_ZH = re.compile(rf"(?<=[\u4e00-\u9fff])\s+(?P<list>{COLOUR_WORD}(?:\s*(?:,|，|、)\s*(?:and\s+)?"
                               rf"{COLOUR_WORD}|\s+and\s+{COLOUR_WORD})+)(?:\s+(?=[\u4e00-\u9fff])(?!的)|\s*$)", _I)
_RESPECTIVELY = re.compile(r"[,\s]+respectively(?![A-Za-z])", _I)
# "three balloons, red blue and yellow": a list with its first comma left out ("navy blue and red" is one colour)
_SPACED_COLOURS = re.compile(rf"(?<![\w-])(?P<a>{COLOUR_WORD})\s+(?=(?P<b>{COLOUR_WORD})\s*(?:,\s*|\s+and\s+)"
                             rf"(?:and\s+)?{COLOUR_WORD}(?![\w-]))", _I)


def split_clauses(text: str) -> list[str]:
    """The message's clauses, in order, with what belongs together kept together."""
    text = _RESPECTIVELY.sub("", _STEP_WORD.sub(" ", text))
    text = _SPACED_COLOURS.sub(lambda m: m.group(0) if vocab.lookup(vocab.COLOURS, f"{m.group('a')} {m.group('b')}")
                               else m.group("a") + ", ", text)
    text = _EN_COLOURS_IN_ZH.sub(lambda m: "，" + m.group("list") + "，", text).rstrip("，")
    text = _EACH_COLOUR_ZH.sub(_each_colour, text)
    text = _ZH_SPACE.sub("，", _GLUED_SPACE.sub("", _TOPIC_THEN_CHANGE.sub(r"\g<topic>", text)))
    # "a conical hat (nón lá)": a name in another language, said beside the English one, adds nothing to read
    text = _BRACKETS.sub(lambda m: "" if re.search(r"[À-ɏ]", m.group("inner")) and not vocab.has_cjk(m.group("inner"))
                         else ", " + m.group("inner").strip() + ",", text)
    text = join_describing_words(text)
    text = "\n".join(_colon_items(line) for line in text.split("\n"))
    text = _ARROW.sub(lambda m: f"change {m.group('a').strip()} into "
                      + re.sub(r"^(?!(?:a|an|the|one)\s)", "a ", m.group("b").strip(), flags=_I), text)
    text = _PAUSE_AFTER_VERB.sub(lambda m: m.group("head") + " ", text)
    text = _VERB_AFTER_AND.sub(" ; ", text)
    text = HAS_THEN_DOES.sub(r"\g<head> \g<doing>, \g<rel> \g<part>", text)  # "a man with glasses reading a book"
    text = _PART_THEN_MORE.sub(_part_then_more, WITH_LIGHT.sub(" ; ", text))
    text = _COLOURS_THEN_PLURAL.sub(_one_of_each_colour, text)
    text = _COUNTED_THEN_ONES.sub(r"\g<things>, ", _COUNTED_DASH.sub(r"\g<things>, ", text))
    text = re.sub(r"(?<=\bone)\s+(?=(?:a|an)\s+[a-z]+\s+one\b)", ", ", text, flags=_I)  # "a red one a blue one"
    text = _ONE_EACH_RUN.sub(lambda m: ", " + re.sub(r"\s+(?=one\s)", ", ", m.group("run")), text)
    text = _ZH_THEN_EN.sub(" ; ", text)  # "鲸鱼变成蓝色 and watercolour pls": a Chinese request, then an English one
    text = mark_pauses(text)
    text = _ZH_PLACED_PAIR.sub(r"\g<place>，", text)
    text = _ZH_PLACED_THEN_DRAW.sub(lambda m: m.group("place") + _again_after_request(m), text)
    text = _ZH_AGAIN_DRAW.sub(_again_after_request, _ZH_SECOND_DRAW.sub(lambda m: m.group("first") + " ; ", text))
    text = _NEAR_SPOT.sub(r"at the \g<spot>", _NICE_COLOUR.sub("", text))
    text = _COLOUR_WITH_PART.sub(r"\g<v> \g<t> \g<c> ; give \g<t> \g<p>", text)
    text = _VALUE_TAKEN_BACK.sub(lambda m: m.group("colour") or m.group("spot"), text)
    text = _PLACED_PAIR.sub(r"\g<first>, ", text)
    text = _STAYS.sub(lambda m: m.group(0) if COMMAND.match(m.group("thing")) else
                      f" keep the {m.group('thing')} {m.group('colour')}", text)
    # "make the background black and the circle white", "make the red one bigger and the blue one smaller": two
    # changes, the verb said once (or not said: "crown purple and wand pink")
    text = _TWO_BARE_VALUES.sub(_two_bare_values, _TWO_VALUES.sub(_two_values, text))
    # "three triangles in a row (along the street)": the row is how they stand
    text = _IN_A_ROW.sub(lambda m: ", " + m.group(1) + ("," if re.match(r"\s\w", m.string[m.end():]) else ""), text)
    # "move the cat a bit up and the dog to the right": two moves, the verb said once
    text = _TWO_MOVES.sub(lambda m: f"{m.group('first')} ; {m.group('verb')} {m.group('second')}", text)
    colon = _LIST_COLON.search(text)
    if colon and _COUNTED.search(text[: colon.start()]) and not _COLON_LABEL.search(text[: colon.start()]):
        text = text[: colon.start()] + " ; " + text[colon.end():]
    clauses: list[str] = []
    said = (_PLACE_THEN_DOING.sub(r"\g<place>", c.strip()) for c in _CLAUSE_SPLIT.split(text) if c and c.strip())
    for clause in said:
        if clauses and _ZH_COLOUR_ALONE.fullmatch(clause) and _ZH_COLOUR_ALONE.fullmatch(clauses[-1].split("、")[-1]):
            clauses[-1] += "、" + clause
        elif clauses and _INSIDE_IT.match(clause) and _ZH_A_THING.fullmatch(clauses[-1]):
            # "画一个客厅 里面有一张灰色的沙发": what is in the room, said as 客厅里有…
            clauses[-1] = _ZH_A_THING.fullmatch(clauses[-1]).group("thing") + _INSIDE_IT.sub(
                lambda m: ("里" if m.group("in") else "上") + m.group("v").replace("是", "有"), clause)
        elif clauses and _COLOURS_ONLY.fullmatch(clause) and _ENDS_WITH_COLOUR.search(clauses[-1]):
            clauses[-1] += ", " + clause  # "make the flag red, white and blue": one value of three colours
        elif clauses and _WITH_PARTS.search(clauses[-1]) and _only_parts(clause):
            clauses[-1] += " and " + clause  # "a house with a red roof, a blue door and two windows": one list
        elif clauses and _tagged_owner(clauses[-1]) and not re.match(r"(?:a|an|the|one|two)\s", clause, _I) \
                and _only_parts(clause) and not _only_worn(clause) and not LIGHT_AT.match(clause):
            clauses[-1] += " with " + clause  # "1girl, long silver hair, blue dress" (tags): hers; what is worn
            # alone ("1girl, red dress") the worn-beside rule reads
        elif clauses and re.match(r"^(?:而)?要(?!不)", clause) and re.match(r"^不要[^，,]+?了?$", clauses[-1]):
            # "不要猫，要狐狸": what is not wanted becomes what is
            clauses[-1] = "把" + re.sub(r"^不要|了$", "", clauses[-1]) + "换成" + re.sub(r"^(?:而)?要", "", clause)
        elif clauses and _values_one_by_one(clauses[-1], clause):
            clauses[-1] += " and " + re.sub(r"^and\s+", "", clause, flags=_I)  # "a red, a blue and a green circle"
        elif clauses and _only_values(clauses[-1]) and not COMMAND.match(clause) and not re.match(
                r"^(?:a|an|one|two|the|and|no)\s", clause, _I) and _names_thing(clause):
            clauses[-1] += " " + clause  # "A large, bright red circle": one description, commas between its words
        elif joins_pose(clauses, clause):  # "…小汽车 停在街道上", "一个女孩 拿着伞 站在狗旁边"
            continue
        elif clauses and _thing_then_but(clauses[-1], clause):
            clauses[-1] += ", " + clause  # "猫，但是要橙色的", "a cat, but orange": the thing, then how it differs
        elif clauses and (re.match(r"^(?:not|rather than|instead of)\s|^不是", clause, _I)
                          or (re.match(r"^(?:而)?是", clause) and clauses[-1].startswith("不是"))):
            clauses[-1] += ", " + clause  # "a square, not a circle", "不是圆形，是正方形": one correction
        else:
            clauses.append(clause)
    return clauses
