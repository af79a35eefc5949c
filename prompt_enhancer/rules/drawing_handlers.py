"""Clauses that draw: add to the picture ("add a square", "再加一只猫"), start a new one ("draw a cat",
"画一个圆"), or a bare description with no command word ("a red circle", "blue", "gray background").
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.natural_parts import NATURAL_PARTS
from dialog.scene import Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.subject_changes import add_parts, add_subjects, apply_value, move_subject, set_part_values
from prompt_enhancer.rules.picture_changes import (add_note, apply_global, has_global, set_settings, start_new_scene,
                                                   strip_global)
from prompt_enhancer.rules.setting_phrase import parse_times
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.on_its_body import body_owner
from prompt_enhancer.rules.topic_named import named_topic
from prompt_enhancer.rules.said_again import asked_again
from prompt_enhancer.rules.said_twice import all_value, listed_again
from prompt_enhancer.rules.remarks import is_remark, style_talk
from prompt_enhancer.rules.another_one import another_one
from prompt_enhancer.rules.like_one import like_one
from prompt_enhancer.rules.phrase import (
    PRONOUNS_ALL,
    PRONOUNS_ONE,
    clean_rest,
    parse_phrase,
    parse_position,
    parse_style,
)
from prompt_enhancer.rules.thing_split import split_things
from prompt_enhancer.rules.worn_added import WORN_WORDS as _WORN_WORDS, the_wearer
from prompt_enhancer.rules.worn_each import WORN_EACH, worn_relation
from prompt_enhancer.rules.parts import split_description
from prompt_enhancer.rules.beside_there import added_beside_one_there
from prompt_enhancer.rules.anchor_there import done_to_it
from prompt_enhancer.rules.doing import ZH_POSE_VERBS
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.references import name_matches, natural_owner, part_name, person_kind, resolve, resolve_parts
from prompt_enhancer.rules.subject_handlers import ask_missing

_I = re.IGNORECASE

_ADD_EN = re.compile(r"^(?P<pre>.{0,40}?)\b(?:add|insert|include|put|place|throw in|stick|append|also draw|also add|"
                     r"also put|draw another|paint another|and also|also|plus)\b\s*(?P<np>.+)$", _I)
_ADD_EN_THERE = re.compile(r"^(?:there\s+(?:is|are|should be|must be|were|was|could be|would be)|"
                           r"i (?:also )?(?:want|need) (?:another|one more|"
                           r"a second)|give (?:it|me) (?:another|one more))\s+(?P<np>.+)$"
                           r"|^(?P<np_more>(?:one more|another one|another|a second|same again|one again)"
                           r"(?:\s+.*)?)$", _I)
# "make a cat too" (one more); not "make the one on the left white too", a change to one there
_DRAW_TOO = re.compile(r"^(?:draw|paint|sketch|make|create)\s+(?!(?:the|it|him|her|them|this|that|these|those|its|his|"
                       r"their)\b)(?P<np>.+?)\s+(?:too|as well|also)$", _I)
_ADD_ZH = re.compile(r"^(?P<pre>.*?)(?:再加上|再添加|再加入|再放上|再放|再加|加上|添加|增加|加入|添上|放上|补上|"
                     r"再画上|再画|也画|还要画|放个|放一个|放(?=[两三四五几]\s*[个只条棵朵盆束串]|一[条棵朵盆束串])|加个|加一个|加|添|"
                     # 插上五根蜡烛, 挂几个灯笼: put on the thing there
                     r"(?:再)?(?P<hung>挂满|插满|插上|挂上|贴上|[插挂贴](?=[一两三四五六七八九十几\d]))|摆上)(?P<np>.+)$")
_ZH_WHERE_FIRST = re.compile(r"(?:再|还|也)?在?(?P<w>[\u4e00-\u9fff]{1,4}?"
                             r"(?:上面|上方|下面|下方|里面|底下|旁边|边上|外面|外边|上|下|里|外))"
                             r"(?:再|还|也)?")
# "左上角有一个…" / "还有一只猫" add; a bare 有 needs a count after it ("有一只猫"), since 有 is in many words.
_THERE_ZH = re.compile(r"^(?P<pre>.*?)(?:还有|也有|另外有|有(?=[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位]))"
                       r"(?P<np>.+)$")

_ZH_WEATHER = {"雨": "rain", "小雨": "rain", "雪": "snowfall", "雾": "fog", "雷雨": "storm"}
# "add a third one", "a second bird": one more ("the second one" is a reference, left to the references)
_NTH_ONE = re.compile(r"\ba\s+(?:second|third|fourth|fifth|sixth)(?=\s+[a-z])", re.IGNORECASE)


def add_clause(work: MessageEdit, body: str) -> bool:
    """"add a square", "there is a cat", "在左边加一只猫": more subjects (on an empty picture, a new one)."""
    body = _NTH_ONE.sub("another", body)  # "add a third one, green", "a second bird": one more of them
    # "add two more but blue ones": two more blue ones
    body = re.sub(r"\b(?<=more)\s*,?\s+but\s+(?:make\s+them\s+|in\s+)?(?=\w)", " ", body, flags=_I)
    m = _ADD_EN_THERE.match(body) or _DRAW_TOO.match(body)
    if m and m.groupdict().get("np_more"):  # "one more", "another one on the right"
        if not work.scene.subjects:
            return False
        work.also = True
        np_more = re.sub(r"^a\s+second\b", "another", m.group("np_more"), flags=_I)  # "a second cat": another
        # "another one but blue": another blue one
        np_more = re.sub(r"^(another|one\s+more)(?:\s+one)?\s+but\s+(?:make\s+it\s+|it'?s\s+|in\s+)?(?P<v>.+)$",
                         lambda g: f"{g.group(1)} {g.group('v')} one", np_more, flags=_I)
        return add_subjects(work, np_more, announce="added")
    pre = ""
    if not m:
        m = _ADD_EN.match(body) or _ADD_ZH.match(body) or _THERE_ZH.match(body)
        if not m:
            return False
        pre = re.sub(r"(?:重新|从头|全部重新)\s*$", "", m.group("pre"))  # 重新画一只青蛙: a new picture
        if re.match(r"^\s*(?:the|this|that|it)\b", pre, _I) and re.fullmatch(
                r"\s*(?:and\s+)?(?:also|plus)\s*", m.string[m.end("pre"):m.start("np")], _I):
            return False  # "the one on the left also white": that one changed too, not one more
        where = _ZH_WHERE_FIRST.fullmatch(pre.strip())
        position, rest = parse_position(pre)
        # "地上再放两个椰子", "树下再加一只猫": where they go, said first
        if where and m.re is _ADD_ZH and position not in vocab.GRID_CELLS:
            return add_subjects(work, f"{m.group('np')}在{where.group('w')}", announce="added")
        if m.re is _ADD_ZH and position in vocab.GRID_CELLS and clean_rest(rest) and \
                added_beside_one_there(work, f"{m.group('np')}在{re.sub(r'^在', '', pre.strip())}"):
            return True  # "高铁右边加一棵树": beside the train there, a name the vocabulary need not have
        if pre.strip():  # "在左边加…", "在雪地里加…": only a position or a setting may come before the verb
            leftover = strip_global(rest)
            if not (position or leftover != rest) or clean_rest(re.sub(r"在", "", leftover)):
                return False
    np = f"{pre} {m.group('np')}".strip()
    if re.match(r"^(?:没有|没)", m.group("np")):  # "有没有": a question, not an addition
        return False
    focus = work.focus()
    if m.groupdict().get("hung") and not pre.strip() and focus is not None and person_kind(focus) is None:
        hung = "hung with" if m.group("hung").startswith("挂") else "with"  # 挂满彩灯: hung on it; 插上蜡烛: in it
        return add_parts(work, [focus], [(hung, np)]) or True
    if re.fullmatch(r"(?:it|him|her|them)\s+(?:outside|outdoors|inside|indoors|out|away|back|there|here)", np, _I):
        return False  # "put it outside": a thing drawn, not a thing called "it"
    weather = re.sub(r"^(?:some|a\s+bit\s+of|a\s+little|a|an|more|点|一点|些|一些)\s*", "", np, flags=re.IGNORECASE)
    times, rest = ([_ZH_WEATHER[weather]], "") if weather in _ZH_WEATHER else parse_times(weather, bare=True)
    if times and not clean_rest(rest) and work.scene.subjects:  # "add some rain", "加点雨": the weather, no thing
        set_settings(work, None, times)
        return True
    if work.started_empty and not work.scene.subjects and not work.new_scene:
        work.new_scene = True  # adding to an empty picture draws a new one
    owner = _part_of(work, np)
    if owner is not None:  # "add a chimney" to a house: its chimney, not a chimney standing on its own
        return add_parts(work, [owner], [("with", np)]) or True
    np = done_to_it(work, np)  # "add two kids building it": the snowman drawn
    one = parse_phrase(np)
    said = part_name(one.rest).lower() if one.count <= 1 and len(split_things(np)) == 1 and not one.position else ""
    wearer = said and ((_giftee(work, said) if _AND_MORE.match(work.clause) else None) or the_wearer(work, said))
    if wearer:  # "给她戴一顶帽子" then "还有一条围巾": hers too; "a girl" then "add a scarf": hers
        return add_parts(work, [wearer], [(None, np)]) or True
    if added_beside_one_there(work, np):  # "加一个 orange gate 在 drone 右边", 加一只狗在猫左边
        return True
    return add_subjects(work, np, announce="added")


_NATURAL_PART_WORDS = {w.lower() for parts in NATURAL_PARTS.values() for w in parts} | {w.lower() for w in vocab.HAD}


def _wearer(work: MessageEdit, name: str) -> Subject | None:
    """"1girl, red dress": a thing worn (its name as said), said on its own beside one person just drawn, is that
    person's."""
    if not _one_of(name, _WORN_WORDS):
        return None
    focus = work.focus()
    if focus is None or person_kind(focus) is None:
        return None
    return focus if focus.id in work.added else None


def _one_of(name: str, words: set[str]) -> bool:
    """Whether the name, or the last word of a two- or three-word name ("rain boots", "satin pointe shoes"; not
    "woman in a dress"), is one of the words, plural or not."""
    pair = name.split()
    said = {name, pair[-1]} if len(pair) in (2, 3) and not {"in", "with", "on", "of", "a", "an"} & set(pair[:-1]) \
        else {name}  # "satin pointe shoes" too
    return any(w in words or re.sub(r"s$", "", w) in words for w in said)


# "and a yellow hat", "plus glasses", "还有一顶帽子": more of what was just said, in a message of its own.
_AND_MORE = re.compile(r"^\s*(?:(?:o+h+|a+h+|ok|okay)[\s,!]+)?(?:and|plus|also|and\s+also|还有|再来|再加)(?![A-Za-z])",
                       re.IGNORECASE)


def _giftee(work: MessageEdit, name: str) -> Subject | None:
    """"give him a beard" then "and a yellow hat": a thing worn or had, said as more, goes to the one in focus when
    that one already has something worn or had (it was just given to)."""
    if not _one_of(name, _WORN_WORDS | _HAD_WORDS):
        return None
    focus = work.focus()
    return focus if focus is not None and focus.parts and focus.id not in work.added else None


_HAD_WORDS = {w.lower() for w in vocab.HAD}


def _part_of(work: MessageEdit, np: str) -> Subject | None:
    """The subject a thing to add is a part of ("a chimney" of the house, "a buckle on the front" of the bag)."""
    if not work.scene.subjects or len(split_things(np)) != 1:
        return None
    ph = parse_phrase(np)
    name = part_name(ph.rest)
    if (owner := body_owner(work, np)) or not name or ph.position or has_global(ph) or ph.shape:
        return owner  # "a buckle on the front": the bag's
    last = name.split()[-1] if name.isascii() else name  # "a long beard": a beard, said with how it is
    return natural_owner(work, name) or natural_owner(work, re.sub(r"(?<=[a-z]{2})s$", "", name.lower())) or (
        natural_owner(work, last) or natural_owner(work, re.sub(r"(?<=[a-z]{2})s$", "", last.lower()))
        if last != name and _one_of(name, _NATURAL_PART_WORDS) else None)


_DRAW_EN = re.compile(
    r"^(?:draw|paint|sketch|create|generate|make|render|show|produce|illustrate|design|imagine|depict|give|"
    r"i want|i'd like|i would like|can i have|can i get|let me see|let's see|how about|what about|let's have|"
    r"do(?=\s+(?:me\s+|us\s+)?(?:a|an|some|two|three)\s))"  # "can u do a tiny green square": draw one
    r"\s+(?:me\s+|us\s+)?(?P<np>.+)$",
    _I,
)
_DRAW_ZH = re.compile(r"^(?P<pre>.*?)(?:画出|绘制|生成|创作|画(?![成面风布得])|来(?=[一两三个只张幅]))"
                      r"(?:一下|出来|出)?(?P<np>.+)$")


def draw_clause(work: MessageEdit, body: str) -> bool:
    """"draw a cat", "画一个圆": a new picture, unless the clause says "also" and something is drawn."""
    m = _DRAW_EN.match(body)
    np = m.group("np") if m else None
    placed = False  # "下面画一栋小房子" with a picture there: drawn where it is said, in that picture
    if m is None:
        m = _DRAW_ZH.match(body)
        if m is None:
            return False
        pre = re.sub(r"(?:重新|从头|全部重新)\s*$", "", m.group("pre"))  # 重新画一只青蛙: a new picture
        if pre.strip():
            position, rest = parse_position(pre)
            style, rest2 = parse_style(pre)
            leftover = strip_global(rest if position else (rest2 if style else pre))  # "在雪地里画…"
            if clean_rest(re.sub(r"^(?:我想|我要|想|要|给我|帮我|请)", "", leftover.replace("在", ""))):
                return False
            placed = position is not None
        np = f"{pre} {m.group('np')}".strip()
        if re.fullmatch(r"(?:画|画儿|图|东西)?(?:吗|呢|么|嘛|不)", np):
            return False  # "你能画画吗": a question about drawing, not a thing called 画
    probe = parse_phrase(np)
    if not work.scene.subjects and re.match(r"(?:it|that|this|them)\s+(?:again|too|differently|but|the\s+same)\b",
                                            np, _I):  # "draw it again but different" with nothing drawn yet
        work.chat_replies.append(reply.say("nothing_yet", work.language))
        return True
    if clean_rest(probe.rest).lower() in PRONOUNS_ONE | PRONOUNS_ALL and not probe.shape:
        return False  # "make it ..." / "draw it ...": an edit, read by the attribute rule
    if work.scene.subjects and re.match(r"^(?:make|turn|give)\s+(?:the|this|that|his|her|its|their|it|them|him)\b",
                                        body, _I):
        return False  # "make the dragon blue" edits a dragon; with none, the question is which thing was meant
    if work.scene.subjects and not (probe.shape or clean_rest(probe.rest)) and has_global(probe):
        apply_global(work, probe)  # "draw it at night": the picture's setting, not a new picture
        return True
    if (work.also or placed or (m.groupdict().get("pre") or "").strip().endswith(("再", "也", "还"))) \
            and work.scene.subjects:
        return add_subjects(work, np, announce="added")  # "左下角再来个三角形": one more
    start_new_scene(work)
    return add_subjects(work, np, announce="drew")


_ONE = (r"(?:one|another|the other(?:\s+one)?|the second|the third|the last|一[个只条棵朵辆匹座张块颗位把]"
        r"|另一[个只条棵朵辆匹座]|另外一[个只])")
_EACH_START = re.compile(rf"^(?:and\s+)?{_ONE}(?![A-Za-z])", re.IGNORECASE)
_EACH_SPLIT = re.compile(rf"(?:\s+and\s+|\s*,\s*|\s+|和|、)?(?={_ONE}(?![A-Za-z]))", re.IGNORECASE)
# "pink, blue, and green", "红的、黄的、绿的", "a red one, a blue one": one value each, in order.
_LIST_SPLIT = re.compile(r"\s*(?:,|，|、)\s*(?:and\s+)?|\s+and\s+|和|以及", re.IGNORECASE)
_ONE_SAID = re.compile(rf"^(?:(?:a|an)\s+.*\bone|{_ONE}(?![A-Za-z]).*)$|[一两][个只条棵朵辆匹座张块颗位把]",
                       re.IGNORECASE)
# "红绿蓝": one colour each, said one character each (黑白 alone is black and white, a look)
_COLOUR_RUN = re.compile(r"(?!黑白$)(?P<run>[红橙黄绿青蓝紫黑白灰粉棕]{2,6})(?:色的?|的)?")
_EACH_IS_ZH = re.compile(r"^(?:分别|各自)(?:是|为|涂成|画成)?")
_GENERIC_REST = {"", "one", "ones", "个", "只", "那个", "那只"}
# "从左到右排", "from left to right", "排成一排": the things just drawn side by side, in the order said.
_LEFT_TO_RIGHT = re.compile(r"^(?:(?:arranged|lined\s+up|placed|laid\s+out|set)\s+)?(?:from\s+)?left\s+to\s+right"
                            r"|^(?:(?:arranged|lined\s+up|placed|all)\s+)?in\s+a\s+(?:row|line)$"
                            r"|^(?:从左到右|从左往右|由左到右|从左至右)(?:依次)?(?:排|排列|排开|排好|放|摆)?(?:成?一排|成一行)?(?:一下|吧|哦)?$"
                            r"|^(?:排成一排|一字排开|排成一行|并排|横着排开|横向排开|横着排成一排|横排|[放摆挂站]成?一排|排一排)"
                            r"(?:放|摆|着)?(?:一下|吧|哦)?$"
                            r"|^side\s+by\s+side$", re.IGNORECASE)
_ROW = {2: ("left", "right"), 3: ("left", "center", "right")}


def counted_group(work: MessageEdit) -> list[str]:
    """The subjects a list of values is about: the longest run of one name this message drew ("three birds on a
    branch": the birds, not the branch), else all it drew."""
    ids = [i for i in work.added if work.scene.subject(i) is not None]
    best: list[str] = []
    run: list[str] = []
    for i in ids:
        same = run and work.scene.subject(i).name == work.scene.subject(run[-1]).name
        run = [*run, i] if same else [i]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else ids


def _value_pieces(body: str) -> list[str] | None:
    """A clause as values only, one per piece ("a red one, a blue one", "左边一只黑的"), or None."""
    body = _EACH_IS_ZH.sub("", body).strip()  # "分别是红色、绿色、蓝色"
    run = _COLOUR_RUN.fullmatch(body)
    pieces = list(run.group("run")) if run else [p.strip() for p in _LIST_SPLIT.split(body) if p and p.strip()]
    values = [re.sub(rf"^(?:and\s+)?{_ONE}(?![A-Za-z])\s*|\s+and$", "", p, flags=re.IGNORECASE).lower() or p
              for p in pieces]
    for i, piece in enumerate(pieces):  # "a big fat orange one": between "a" and "one", all is said of it
        described = re.fullmatch(r"(?:and\s+)?(?:a|an)\s+(?P<v>\S.*)\s+one", piece, re.IGNORECASE)
        values[i] = described.group("v") if described else values[i]  # "an orange one": the colour, no fruit
        ph = parse_phrase(values[i])
        if not ph.has_subject_values() or ph.shape or not described and clean_rest(ph.rest) not in _GENERIC_REST:
            return None
    return values


def _worn_pieces(body: str, least: int = 2) -> list[tuple[str, str]] | None:
    """"一个穿红裙子一个穿蓝裙子": (relation, part) for each one, or None unless every piece is only that."""
    found = []
    for piece in (p for p in _EACH_SPLIT.split(body) if p and p.strip()):
        said = re.sub(rf"^(?:and\s+)?{_ONE}(?![A-Za-z])\s*|\s+and$", "", piece.strip(), flags=re.IGNORECASE)
        m = WORN_EACH.match(said)
        if not m:
            return None
        found.append((worn_relation(m), m.group("part")))
    return found if len(found) >= least else None


def _each_wears(work: MessageEdit, group: list[str], worn: list[tuple[str, str]]) -> bool:
    """"两个女孩，一个穿红裙子一个穿蓝裙子", "one in a red dress and one in a blue one": a part each, in order."""
    for relation, part in worn:
        if work.assigned >= len(group):
            break
        subject = work.scene.subject(group[work.assigned])
        work.assigned += 1
        if subject is not None:
            add_parts(work, [subject], [(relation, part)])
    return True


def each_clause(work: MessageEdit, body: str) -> bool:
    """"draw three circles, one on the left, one in the middle, one on the right", "画两只猫，一只黑的一只白的",
    "three birds: a red one, a blue one and a yellow one", "三个方块，红的、黄的、绿的，从左到右排": each value
    describes the next of the things this message drew."""
    group = counted_group(work)
    if len(group) < 2:
        return False
    if _LEFT_TO_RIGHT.match(body):  # four or more in a row: side by side, no place of the grid each
        for subject_id, position in zip(group, _ROW.get(len(group), ())):
            move_subject(work, work.scene.subject(subject_id), position)
        return True
    if work.assigned >= len(group):
        return False
    values = None
    if _EACH_START.match(body):
        pieces = [p for p in _EACH_SPLIT.split(body) if p and p.strip()]
        values = [re.sub(rf"^(?:and\s+)?{_ONE}(?![A-Za-z])\s*|\s+and$", "", p.strip(), flags=re.IGNORECASE)
                  for p in pieces]
        readings = [parse_phrase(v) for v in values]
        if not all(v and r.has_subject_values() and not (r.shape or clean_rest(r.rest))
                   for v, r in zip(values, readings)):
            # "one black and a white one": each its value, said two ways; "one of them", "another cat": not
            values = _value_pieces(body) if re.search(r"\bones?$", body.strip(), re.IGNORECASE) else None
            worn = _worn_pieces(body, 1) if values is None else None  # "one in a yellow hat", a clause of its own
            if worn:
                return _each_wears(work, group, worn)
            if values is None or len(values) < 2:
                return False
    if values is None:
        values = _value_pieces(body)  # a place alone after things of different names: the last one's (below)
        if not values or len(values) == 1 and not clean_rest(parse_position(values[0])[1]) and not (work.assigned or (
                _ONE_SAID.search(body))) and len({work.scene.subject(i).name for i in group}) == len(group):
            return False
        if not (len(values) > 1 or work.assigned or _ONE_SAID.search(body) or _placed_value(values[0])):
            said = parse_phrase(values[0])  # "two circles, blue": both; "大的红色": the big one, another rule's
            return not (said.size and (said.colour or said.material)) and apply_value(
                work, [s for s in (work.scene.subject(i) for i in group) if s], values[0])
    for value in values:
        if work.assigned >= len(group):
            break
        subject = work.scene.subject(group[work.assigned])
        work.assigned += 1
        if subject is not None:
            apply_value(work, [subject], value)
    return True


def _placed_value(value: str) -> bool:
    """"左边红的", "the left one red": a place and a value, so one of the things (they are not all on the left)."""
    ph = parse_phrase(value)
    return bool(ph.position and (ph.colour or ph.size or ph.material))


def bare_clause(work: MessageEdit, body: str) -> bool:
    """A clause with no command word: a description ("a red circle"), a value ("blue", "bigger", "on the left")
    or a scene setting ("gray background")."""
    if _same_but(work, body) or all_value(work, body) or like_one(work, body):  # like_one: "a fluffy one"
        return True
    ph = parse_phrase(body)
    rest = ph.rest
    pronoun = rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL
    thing = ph.shape or (rest if rest and not pronoun else "")
    if re.fullmatch(r"一大一小(?:的)?|one\s+big(?:\s+and|,)?\s+one\s+small", body.strip(), re.IGNORECASE):
        pair = [s for s in (work.scene.subject(i) for i in work.added) if s is not None]
        if len(pair) == 2:  # "画两个圆，一大一小": the first big, the second small
            pair[0].size, pair[1].size = "big", "small"
            return True
    if rest in ZH_POSE_VERBS and not ph.shape and work.added:  # "画一个风筝，在天上飞": what it does there
        apply_global(work, ph)
        added = [s for s in map(work.scene.subject, work.added) if s]
        return apply_value(work, added, ZH_POSE_VERBS[rest] or "") or True
    if not thing:
        if not (ph.has_subject_values() or has_global(ph)):
            return False
        apply_global(work, ph)
        sized = [s for s in work.scene.subjects if ph.size and s.size == ph.size]
        if ph.size and not ph.resize and (ph.colour or ph.material) and not pronoun and len(sized) == 1 and len(
                work.scene.subjects) > 1:  # "大的红色，小的蓝色": the big one red
            return apply_value(work, sized, re.sub(r"^(?:大的|小的|big(?:\s+one)?|small(?:\s+one)?)\s*", "",
                                                  strip_global(body), flags=re.IGNORECASE))
        if named_topic(work, body, ph) or another_one(work, body, ph):  # "the black one, a lot bigger"
            return True
        if ph.has_subject_values():
            targets = resolve(work, rest if pronoun else "it")
            added = [t for t in (work.scene.subject(i) for i in work.added) if t is not None]
            if not pronoun and added and work.last in ("beside_clause", "add_clause", "draw_clause"):
                targets = added  # "旁边再加两个小圆 黄色的", "add a man, next to the bus": the things just added
            if targets:  # "…, both sitting": how each is, the word for them not written on them
                said = re.sub(r"^\s*(?:both|all)(?:\s+of\s+them)?(?:\s+(?:are|is))?\s+", "", body, flags=re.I)
                apply_value(work, targets, strip_global(said if pronoun else body))
            else:
                start_new_scene(work)
                add_subjects(work, body, announce="drew")
        return True
    said = part_name(ph.rest).lower()
    natural = _one_of(said, _NATURAL_PART_WORDS)  # before any search; "a long beard", "bushy eyebrows" too
    owner = _part_of(work, body) if ph.count <= 1 and (natural or body_owner(work, body)) else None
    if owner is not None:  # "- red door" under "- a small house", "house, red roof": the house's door and roof
        return add_parts(work, [owner], [("with", body)]) or True
    wearer = _wearer(work, said) if ph.count <= 1 else None
    if wearer is None and ph.count <= 1 and (_AND_MORE.match(work.clause) or work.last == "give_clause"):
        wearer = _giftee(work, said)
    if wearer is not None:  # "1girl, red dress": the dress she wears
        return add_parts(work, [wearer], [(None, body)]) or True
    if not ph.indefinite and work.scene.subjects:
        # "the square red": an existing thing named with new values.
        targets = resolve(work, ("the " if not vocab.has_cjk(thing) else "") + thing)
        if targets and listed_again(work, targets, ph):  # "red rose on the left, black rose on the right"
            return add_subjects(work, body, announce="drew" if work.started_empty or work.new_scene else "added")
        if targets and (ph.colour or ph.size or ph.resize or ph.material or ph.pose or ph.position):
            return apply_value(work, targets, strip_global(body).replace(thing, " ", 1))
        refs = None if targets else resolve_parts(work, ("the " if not vocab.has_cjk(thing) else "") + thing)
        if refs and all(r.exists for r in refs) and (ph.colour or ph.size or ph.resize or ph.material):
            set_part_values(work, refs, ph)  # "umbrella green": the girl's umbrella, not a second one
            return True
    if (work.added or work.removed) and is_remark(body, ph, [s.name for s in work.scene.subjects]):
        return True  # "a star in the top right. my creativity knows no bounds", "…不要了 看到好挤哦": said, not drawn
    if (work.added or work.changed or work.scene.subjects) and style_talk(body):
        add_note(work, body, unread=False)  # "…, clean and modern": how the whole should feel, kept for the model
        return True
    if work.started_empty or work.new_scene:
        start_new_scene(work)
        return add_subjects(work, body, announce="drew")
    placed = [t for t in split_description(body) if t.placed] if ph.indefinite else []
    head = clean_rest(parse_phrase(placed[0].text, global_parts=False).rest) if placed else ""
    if head and not any(name_matches(s.name, head) for s in work.scene.subjects):
        # "a cat on the sofa", "a lantern hanging from the tree" with the sofa or the tree there: a new thing
        # placed at it, not the sofa said again ("a cat on the sofa" with a cat there still asks which)
        return add_subjects(work, body, announce="added")
    if asked_again(work, ph, thing):
        return True
    known = ph.shape or vocab.lookup(vocab.NOUNS, rest) or vocab.lookup(vocab.NOUNS, re.sub(r"s$", "", rest)) or (
        ph.indefinite and re.fullmatch(r"[a-z]+", rest) and is_new_subject(rest))  # "a hawk": an animal, one word
    # "three pink tulips beside it", "a lantern on the left": a thing no list knows, said as one more and where
    placed_new = ph.indefinite and ph.position and _PLAIN_NAME.fullmatch(rest) and not pronoun and rest.lower() not in {
        "move", "put", "shift", "place", "push", "slide", "drag", "nudge"}  # "move the blue one to the left"
    if known or placed_new or (ph.indefinite and any(t.parts for t in split_description(body)[:1])):  # "…a red door"
        return add_subjects(work, body, announce="added")
    return False


# "a cat but orange", "the same cat but bigger", "猫但是橙色的": the thing there, with what is to differ.
_SAME_BUT = re.compile(r"^(?:(?:a|an|the|one|same|the\s+same)\s+)*(?P<thing>[^,，]+?)[\s,，]*"
                       r"(?:\bbut\b|但是|不过|可是)\s*(?:(?:make\s+it|it'?s|in|要|是)\s*)?(?P<value>.+)$",
                       re.IGNORECASE)


# One or two plain words as a name; not "a bit", "a lot more", "a touch", "one" (a value or a reference).
_PLAIN_NAME = re.compile(r"(?!(?:bit|lot|touch|tad|little|few|more|one|ones|same|other|copy|version)\b)"
                         r"[a-z]+(?: [a-z]+)?")


def _same_but(work: MessageEdit, body: str) -> bool:
    m = _SAME_BUT.match(body)
    if not m:
        return False
    thing = m.group("thing").strip()
    if parse_phrase(thing).has_subject_values():
        return False  # "a red cat but small": a new description, read as a whole
    there = [s for s in work.scene.subjects if name_matches(s.name, thing)]
    value = parse_phrase(m.group("value"))
    if not value.has_subject_values():
        return False
    if not there and _BUT_NEW.match(body) and not clean_rest(value.rest) and clean_rest(parse_phrase(thing).rest):
        # "a cat but orange" with no cat there: an orange cat, as if said in one breath
        said = f"{m.group('value').strip()}{'' if vocab.has_cjk(thing) else ' '}{thing}"
        if work.started_empty or work.new_scene or not work.scene.subjects:
            start_new_scene(work)
            return add_subjects(work, said, announce="drew")
        return add_subjects(work, said, announce="added")
    if not there and re.match(r"^(?:the|this|that|这|那)", body, re.IGNORECASE) and work.scene.subjects:
        return ask_missing(work, thing)  # "the cat but bigger" with no cat: which thing is meant
    if len(there) != 1:
        return False
    return apply_value(work, there, m.group("value"))


# Only a thing said as new ("a cat but…", "一只猫但是…") is drawn when none is there; "the cat but…" names one.
_BUT_NEW = re.compile(r"^(?:(?:a|an|one)\s|一[只个条头匹辆棵朵])"
                      r"|^(?!(?:the|this|that|same|这|那)\b)[^\s,，]+\s*(?:\bbut\b|但是|不过|可是)", re.IGNORECASE)
