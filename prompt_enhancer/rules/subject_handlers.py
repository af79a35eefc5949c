"""Clauses that edit subjects already drawn: resize ("bigger"), swap ("swap them"), change values or names ("make
the circle blue", "把它变成三角形", "make the umbrella red", "make his beard white"); moves are in move_handlers,
corrections of what a thing is in correction_handlers. What they cannot read for sure they ask about.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.natural_parts import NATURAL_PARTS
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.subject_changes import (
    add_parts,
    add_subjects,
    apply_value,
    move_subject,
    read_value,
    resize_subject,
    set_part_values,
)
from prompt_enhancer.rules.picture_changes import apply_global, has_global, start_new_scene
from prompt_enhancer.rules.features import HAD
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.thing_split import split_things
from prompt_enhancer.rules.phrase import (
    PRONOUNS_ALL,
    PRONOUNS_ONE,
    RESIZE_RE,
    clean_rest,
    parse_phrase,
)
from prompt_enhancer.rules.references import (
    PartRef,
    is_description,
    name_matches,
    person_kind,
    resolve,
    resolve_parts,
)

_I = re.IGNORECASE


_RESIZE_VERBS = re.compile(r"\b(?:make|turn|get|scale|resize|it\s+should\s+be|should\s+be|be|a\s+bit|a\s+little|much|"
                           r"even|slightly|a\s+lot|way|bit|little)\b|^(?:把|将|让|使)|(?:变得|弄得|弄|变|再|更|稍微|一点)",
                           _I)


_SCALED = ((re.compile(r"\b(?:twice|double|2x|two\s+times|\d+\s*x|\d+\s+times)\s+(?:as\s+)?(?:big|large|bigger|larger|"
                       r"the\s+size)\b", _I), "bigger"),
           (re.compile(r"\b(?:half\s+(?:as\s+(?:big|large)|the\s+size)|\d+\s*x\s+smaller)\b", _I), "smaller"),
           (re.compile(r"\bscale\s+(?P<t>\w+(?:\s+\w+)?)\s+(?P<d>up|down)\b", _I), r"scale \g<d> \g<t>"),
           # "size it up", "bump the mug up in size", "bump up the size": the same, as people who lay out pages say it
           (re.compile(r"\b(?:size\s+(?P<t>\w+(?:\s+\w+)?)\s+(?P<d>up|down)|bump\s+(?P<u>\w+(?:\s+\w+)?)\s+"
                       r"(?P<e>up|down)\s+in\s+size)\b", _I),
            lambda m: f"scale {m.group('d') or m.group('e')} {m.group('t') or m.group('u')}"),
           (re.compile(r"\b(?:bump|turn|crank)\s+up\s+the\s+size\b|^up\s+the\s+size\b", _I), "bigger"),
           # 再大一倍, 放大两倍, 翻一倍, 大一圈; 缩小一半, 小一圈, 缩到原来的一半, 减半: a measure of a resize
           (re.compile(r"(?:放大|扩大|变大|增大|加大|大)了?(?:到原来的)?(?:[一两二三四五六几\d]+倍|一圈)|翻了?[一两\d]?倍"),
            "变大"),
           (re.compile(r"(?:缩小|变小|缩|小)了?(?:到原来的|成原来的)?(?:一半|[一两二三四五六几\d]+倍|一圈|[二三四]分之一)"
                       r"|(?:缩到|缩成|变成)(?:原来的)?(?:一半|[二三四]分之一)|减半"), "变小"))
# "the whole thing", "everything": every subject.
_WHOLE = re.compile(r"^(?:the\s+)?(?:whole|entire)\s+(?:thing|picture|image|scene|drawing)$|^everything$", _I)


def resize_clause(work: MessageEdit, body: str) -> bool:
    """"bigger", "make the cat smaller", "把它变大"."""
    for pattern, said in _SCALED:  # "twice as big", "2x bigger", "scale it up"
        body = pattern.sub(said, body)
    m = RESIZE_RE.search(body)
    if not m:
        return False
    step = 1 if (m.group("up") or m.group("up_zh")) else -1
    rest = (body[: m.start()] + " " + body[m.end():]).strip()
    rest = _RESIZE_VERBS.sub(" ", rest).strip()
    if _WHOLE.match(clean_rest(rest)):
        rest = "all"
    targets = resolve(work, rest) if clean_rest(rest) else ([work.focus()] if work.focus() else None)
    if not targets:
        if not work.scene.subjects and not clean_rest(rest):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        parts = resolve_parts(work, rest) if clean_rest(rest) else None
        if parts:  # "make the umbrella bigger"
            set_part_values(work, parts, parse_phrase("bigger" if step > 0 else "smaller"))
            return True
        said = parse_phrase(rest, global_parts=False)
        if said.colour or said.material or said.pose or said.position or said.size:
            return False  # "make the bigger square red": "bigger" picks the square, read by the attribute rule
        return ask_missing(work, rest)
    for subject in targets:
        resize_subject(work, subject, step)
    return True


_SCENE_PIECE = re.compile(r"ground|floor|wall|walls|water|road|street|path|light|lighting|ceiling|sand|clouds?|trees?|"
                          r"grass|window|windows|room|air|shadows?|reflection|horizon|地面|地板|墙|墙壁|水|路|光|光线|"
                          r"影子|天|云|草|树|底色|底|背景|颜色|色|画面|整体", _I)


# a part of some kind of thing ("tail", "wings"): of the only thing there, when it is said ("make the tail red")
_ANY_PART = {w.lower() for parts in NATURAL_PARTS.values() for w in parts}


def _piece_of_the_only_thing(work: MessageEdit, thing: str, value: str) -> bool:
    """"make the lid black", "盖子换成黑色" of the only thing there: a piece of it no table names, coloured."""
    ph = parse_phrase(value, global_parts=False)
    if len(work.scene.subjects) != 1 or not ph.colour or ph.size or ph.position or len(thing.split()) != 1 \
            or (vocab.lookup(vocab.NOUNS, thing) is not None and thing.lower() not in _ANY_PART) \
            or is_new_subject(thing) or ph.shape \
            or vocab.lookup(vocab.PLACES, thing) or vocab.lookup(vocab.BACKGROUNDS, thing) \
            or _SCENE_PIECE.fullmatch(thing):
        return False  # "the grass", "the floor": the scene's, not the thing's
    return add_parts(work, work.scene.subjects, [(None, f"{ph.colour} {thing}")])


def ask_missing(work: MessageEdit, said: str) -> bool:
    """A change to a thing named but not in the picture ("把圆形变大" with only a square, "the cat but bigger" with
    no cat): which thing was meant is asked, never a new thing drawn with the change as its name."""
    ph = parse_phrase(said, global_parts=False)
    thing = clean_rest(re.sub(r"^(?:把|将)|\s+(?:but|and|with)$|(?:但是|不过)$", "", ph.rest, flags=_I)) or (
        said.strip() if ph.shape else "")
    if not work.scene.subjects or not thing or ph.indefinite or len(thing.split()) > 4:
        return False
    if re.fullmatch(r"(?:要|再|更|稍微|得|让|使|请|也|还|都|给|弄|变|it|them|please|pls|a\s+bit|a\s+little)+", thing,
                    _I):
        return False  # "要大一点": how it is asked, not a thing
    if re.search(r"\b(?:him|her|his|it|its|them|they|and|same|one|ones|other)\b|[他她它和俩]", thing, _I) or any(
            name_matches(s.name, word) for s in work.scene.subjects for word in thing.split()):
        return False  # "him and her", "the same cat": things that are there, read by the other rules
    if _piece_of_the_only_thing(work, thing, said):
        return True
    return work.ask(reply.say("ask_missing", work.language, thing=thing,
                              names=reply.names_list(work.scene.subjects, work.language)))


# "keep it black", "leave the roof red": a value that should hold is set like any other
_ATTR_EN = re.compile(r"^(?:make|turn|paint|colou?r|change|set|recolou?r|dye|switch|render|get|redraw|keep|leave)"
                      r"\s+(?P<rest>.+)$", _I)
# "i want the cat to be a fox", "can the cat be blue instead", "let the 猫 become a fox": a wish about a thing
# already drawn is a change to it, not a new drawing.
_WANT_BE = re.compile(r"^(?:i(?:'d|\s+would)?(?:\s+really)?\s+(?:want|need|wanna|like|love|prefer)|can|could|"
                      r"would|will|should|let|have|may|might|make)\s+(?P<t>.+?)\s+(?:to\s+)?"
                      r"(?:be|become|turn\s+into|change\s+into|look\s+like)\s+(?P<v>.+?)(?:\s+instead)?$", _I)
_WANT_VALUE = re.compile(r"^(?:i\s+)?(?:(?:really|just|kinda|kind\s+of|sorta)\s+)?(?:want|need|wanna|would\s+like|"
                         r"'d\s+like|prefer)\s+(?P<t>it|them|him|her|(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?)"
                         r"\s+(?P<v>.+)$", _I)
_ATTR_EN_SHOULD = re.compile(r"^(?P<t>.+?)\s+(?:should be|must be|needs to be|has to be|ought to be|should look|"
                             r"becomes|should become|will be|turns\s+into|changes\s+into|should\s+turn\s+into|"
                             r"(?:is\s+)?turned\s+into|is\s+now)\s+(?P<v>.+)$", _I)
# A reference is short ("the big red circle at the top left"); longer candidates are not tried, which keeps a
# 2,000-character message from costing a quadratic number of parses.
_MAX_TARGET_WORDS = 10
_PART_IS = re.compile(r"^(?P<t>(?:his|her|its|their)\s+[\w\s-]+?)\s+(?:is|are)\s+(?:now\s+)?(?P<v>.+)$"
                      r"|^(?P<t_zh>[^是]+的[^是的]+?)(?:是|为)(?P<v_zh>[^是]+?)(?:的|吧|哦|啦)?$"
                      # "屋顶是红色的": a thing or part said alone, and what it is, said with 的 at the end
                      r"|^(?P<t_zh2>[^是的\s]{1,6})(?:是|为)(?P<v_zh2>[^是]+?)的(?:吧|哦|啦)?$", _I)
_ATTR_SEPARATOR = re.compile(r"\s+(?:to be|into|to|as|so (?:that )?it(?:'s| is)|in)\s+", _I)
_SHOULD_ZH = re.compile(r"^(?:把|将)?(?P<t>[^要得应]+?)(?:要|得|应该|应当|最好)(?:是|用|换成|改成)?"
                        r"(?P<v>[^，,]+?)(?:的|吧|才行)?$")
_ATTR_ZH = re.compile(r"^(?:把|将|让|使)?(?P<t>.*?)(?:还是|也)?(?:变回|改回|换回|变成|"
                      r"改成|换成|涂成|染成|改为|变为|换为|弄成|"
                      r"调成|搞成|设为|设成|画成|做成|变得|弄得|搞得|应该是|要是|得是|变|改|换|涂|染|弄|搞)(?:了|为|成)?(?P<v>.+)$")


# A bare Chinese word after 变成/换成 that names a thing: two or three characters, none of the endings or words that
# say how a thing looks (色, 的, 风格, 透明, 可爱...).
_ZH_NOUN = re.compile(r"(?![^\u4e00-\u9fff])"  # 一只猫, 一本书: counted
                      r"(?![一两三四五六七八九十几][个只口条头匹把张辆棵朵座艘本支枝件顶副杯碗])"
                      r"(?!.*(?:色|的|风|感|点|些|样|化|式|调|效果|一下)$)"
                      r"(?!(?:透明|卡通|可爱|漂亮|好看|开心|高兴|明亮|黑暗|模糊|清晰|立体|发光|闪亮|复古|写实|抽象|简单|复杂|"
                      r"金属|木头|玻璃|石头|毛绒|大的|小的|更大|更小|大一|小一|晚上|白天|夜晚|黄昏|下雨|下雪)$)"
                      r"[\u4e00-\u9fff]{2,3}")


_COLOUR_NO_VALUE = re.compile(
    r"^(?:change|switch|swap|pick|try|use|give\s+(?:it|them))\s+(?:the\s+|its\s+|their\s+|a\s+|another\s+|a\s+different\s+|"
    r"some\s+other\s+|the\s+other\s+)?colou?rs?(?:\s+of\s+(?P<t>.+?))?$"
    r"|^(?:换|改|变)(?:个|一个|一下|成)?(?:别的|其他|另一个|另外的?)?颜色(?:吧|呗|啊|呀|嘛)?$"
    r"|^颜色(?:换|改|变)(?:一下|个|掉)?(?:吧|呗|啊|呀|嘛)?$"  # 颜色换一下吧: to which?
    r"|^(?:把|将)?(?P<t_zh>.+?)的?颜色(?:换|改|变)(?:一下|个|掉)?(?:吧|呗|啊|呀|嘛)?$"
    # a colour pointed at but not said: "make it that other colour", "把它改成那个颜色"
    r"|^(?:make|turn|paint|change|colou?r)\s+(?P<t_other>.+?)\s+(?:to\s+|into\s+|in\s+)?(?:a\s+|the\s+|that\s+|some\s+)?"
    r"(?:other|another|different|new|that)\s+colou?r$|^(?:把|将)?(?P<t_zh2>.+?)(?:改成|变成|换成|涂成|改为)"
    r"(?:上次|之前|刚才|原来|以前)?的?(?:那个|这个|那种|这种|另一个|另一种|别的|其他|另外的?)颜色(?:吧|呗|啊|呀|嘛)?"
    r"(?:\s*(?:lol|haha|哈+))?$"  # "把它改成上次那个颜色 lol": which colour was that? asked
    # "i don't like the colour (of the cat)", "不喜欢这个颜色": a colour unwanted, the new one not said
    r"|^(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:really\s+)?(?:like|love)\s+(?:the|its|their|that|this)\s+colou?rs?"
    r"(?:\s+of\s+(?P<t_liked>.+?))?(?:\s+(?:much|very\s+much|tbh|honestly))?$"
    r"|^(?:我)?不(?:太)?喜欢(?P<t_zh3>.+?)?的?(?:这个|那个)?颜色$",
    _I)
# Words that say a thing should be better without saying how: asked about, never written on the subject.
_VAGUE = re.compile(r"(?:(?:more|less|a\s+bit|a\s+little|bit|much|even|really|very|way|slightly|look|looks|feel|"
                    r"更|再|稍微|一点|一些|点|些|得|的|看起来)\s*)*(?P<word>better|nicer|prettier|cooler|good|great|nice|"
                    r"pretty|beautiful|awesome|amazing|perfect|different|interesting|pop|right|correct|fixed|fine|cute|"
                    r"cuter|fancier|fancy|special|unique|professional|pleasing|attractive|appealing|lovely|move|"
                    r"moving|dance|dancing|alive|animated|talk|sing|walk|breathe|real|pop|stand out|wow|vibey|"
                    r"vibier|fun|funner|funnier|aesthetic|epic|hit\s+different|"
                    r"好看|漂亮|好|美|更好|美观|不一样|有感觉|高级|酷|可爱|特别|精致|顺眼)"
                    r"(?:\s*(?:more|please|pls|somehow|some\s+how|一点|一些|点|些|吧|了|的|"
                    r"for\s+(?:him|her|them|me|us|my\s+\w+)))*", _I)
# What no picture shows: a smell, a taste, a sound ("make it smell nicer lol", 叫声大一点): asked, never written
_UNSEEN = re.compile(r"(?:(?:more|less|a\s+bit|a\s+little|even|really|way)\s+)*"
                     r"(?P<sense>(?:smell|taste|sound)s?(?:\s+[^,.;!?]+)?|smelly|louder|quieter|noisier|(?:bark|meow|purr|squeak|talk|speak|sing)s?\s+(?:louder|quieter|"
                     r"softer|nicer|better|more)|(?:闻起来|气味|味道|声音|叫声)[^，,。]{0,4}|好闻[一点些]*|香[一点些]+|好听[一点些]*)"
                     r"(?:\s*(?:lol|pls|please|吧|了))*", _I)
_PICTURE = re.compile(r"^(?:the\s+)?(?:whole\s+|entire\s+)?(?:picture|image|photo|scene|drawing|painting)$"
                      r"|^(?:the\s+)?(?:whole|entire)\s+(?:piece|artwork|design|illustration|pic|thing)$"
                      r"|^(?:整个|整体)?(?:画面|画|图片|图|场景|照片)$", _I)
_AND_TARGET = re.compile(r"\s+and\s+(?=(?:the|his|her|its|their)\s)", _I)


def _described_new(work: MessageEdit, body: str) -> bool:
    """"the door should be green" ("door: green") on an empty picture: a green door, drawn; nothing is there to
    change, and the words "should be" are no part of its name."""
    m = _ATTR_EN_SHOULD.match(body)
    if not m or not work.started_empty:
        return False
    thing = re.sub(r"^(?:the|this|that|my|a|an)\s+", "", m.group("t").strip(), flags=_I)
    value = parse_phrase(m.group("v"))
    if thing.lower() in PRONOUNS_ONE | PRONOUNS_ALL:  # "it should be blue" with nothing drawn
        work.chat_replies.append(reply.say("nothing_yet", work.language))
        return True
    if (not thing or len(thing.split()) > 3 or thing.lower() in PRONOUNS_ONE | PRONOUNS_ALL
            or not (value.colour or value.size or value.material) or clean_rest(value.rest)
            or not clean_rest(parse_phrase(thing).rest)):
        return False
    start_new_scene(work)
    return add_subjects(work, f"a {m.group('v').strip()} {thing}", announce="drew")


def attribute_clause(work: MessageEdit, body: str) -> bool:
    """"make the circle blue", "the cat should be bigger", "把它变成三角形", "make the umbrella red", "make the
    sword gold and the shield blue": values or a new name, of subjects or their parts."""
    if re.search(r"什么|啥|哪个|哪种|谁", body):
        return False  # 这是用啥软件做的: asked, no value said
    wanted = _WANT_VALUE.match(body)
    if wanted:  # "kinda want it bigger", "i'd like the roof red": make it so
        value = parse_phrase(wanted.group("v"), global_parts=False)
        if value.has_subject_values() and not clean_rest(value.rest):
            body = f"make {wanted.group('t')} {wanted.group('v')}"
    if not work.scene.subjects:
        m = _ATTR_EN.match(body) or _ATTR_ZH.match(body)
        if (m and re.match(r"^(?:it|them|its|它|他|她|它们)\b", (m.groupdict().get("rest") or m.group("t") or ""), _I)
                or _COLOUR_NO_VALUE.match(body)):  # 换个颜色吧 with nothing drawn: nothing to colour (it drew 颜色)
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        value = parse_phrase(m.group("v")) if m and "v" in m.groupdict() and not m.group("t").strip() else None
        if value is not None and value.has_subject_values() and not clean_rest(value.rest):
            work.chat_replies.append(reply.say("nothing_yet", work.language))  # "改成红色" with nothing drawn
            return True
        if value is not None and clean_rest(value.rest) and len(split_things(m.group("v"))) == 1:
            start_new_scene(work)  # "换成一只猫" with nothing drawn: the cat is what to draw
            return add_subjects(work, m.group("v"), announce="drew")
        return _described_new(work, body)
    m = _COLOUR_NO_VALUE.match(body)
    if m:  # "change the colour", "换个颜色": to which?
        said = m.group("t") or m.group("t_zh") or m.group("t_other") or m.group("t_zh2") or m.group("t_liked") \
            or m.group("t_zh3")
        targets = resolve(work, said) if said else [work.focus()]
        if targets and targets[0] is not None:
            name = reply.thing_name(targets[0], work.language)
            return work.ask(reply.say("ask_colour", work.language, name=name))
    m = _ATTR_EN.match(body)
    if m and _AND_TARGET.search(m.group("rest")):  # "make the sword gold and the shield blue"
        edits = [_find_edit(work, _en_splits(work, piece)) for piece in _AND_TARGET.split(m.group("rest"))]
        if all(edits):
            for edit in edits:
                _apply_edit(work, edit)
            return True
    splits = _attribute_splits(work, body)
    for target, value in splits:
        unseen = _UNSEEN.fullmatch(clean_rest(value))
        pointed = re.fullmatch(r"(?:更|再)?(?P<word>那(?:个|样|种))(?:一点|一些|点|些)?", clean_rest(value))
        targets = resolve(work, target) if (unseen or pointed) and clean_rest(target) else None
        if targets and pointed:  # "把它弄得那个一点": "that way", said of no way
            return work.ask(reply.say("ask_vague", work.language, name=reply.thing_name(targets[0], work.language),
                                      word=pointed.group("word")))
        if targets:
            return work.ask(reply.say("ask_unseen", work.language, name=reply.thing_name(targets[0], work.language),
                                      sense=unseen.group("sense")))
    edit = _find_edit(work, splits)
    if edit is not None:
        _apply_edit(work, edit)
        return True
    wish = _WANT_BE.match(body)
    if wish and re.match(r"^(?:a|an|some|one|two|three|another)\s", wish.group("t"), _I):
        wish = None  # "i want a dog to be next to it": a new thing, another rule's
    if (_ATTR_EN.match(body) or _ATTR_EN_SHOULD.match(body) or wish
            or (_ATTR_ZH.match(body) and vocab.has_cjk(body))):
        return _ask_about(work, splits)  # a request to change something, not a description
    return False


def _explicit(target: str) -> bool:
    """A target said by name ("the cat"), not by a pronoun ("it")."""
    said = clean_rest(target).lower()
    return bool(said) and said not in PRONOUNS_ONE | PRONOUNS_ALL and said not in ("它", "他", "她")


_LIKE_ANOTHER = re.compile(r"^(?:look\s+|looks\s+)?(?:like|as|match(?:ing)?)\s+(?:the|that|this|those|it|him|her|"
                           r"them|my|his|its|before|last|earlier)\b|^(?:look\s+)?(?:the\s+)?same(?:\s+as)?\b"
                           r"|^(?:和|跟|像)(?:那个|这个|它|他|她|另一个|之前|上次|刚才)|^(?:一样|同样)", _I)


_DANGLING = re.compile(r"\b(?:like|the|a|an|to|of|with|and|in|on|at|as|into|look|looks|more|less|so|very|same|"
                       r"than|for|from|by|is|be)$", _I)


_IT_AND_A_VALUE = re.compile(r"^(?:it|him|her|them|this|that)\s+(?:bigger|smaller|larger|taller|shorter|big|small)\b",
                             re.IGNORECASE)
_SIZED_AND = re.compile(r"\s(?:bigger|smaller|larger|taller|shorter)$", re.IGNORECASE)  # "the dog smaller | and black"
_HALF_DESCRIPTION = re.compile(r"^(?:the|that|this)\s+(?:\w+er|\w+est|left|right|top|bottom|middle|other)$", _I)


def _names_a_thing(word: str) -> bool:
    ph = parse_phrase(word, global_parts=False)
    return bool(ph.shape) or vocab.lookup(vocab.NOUNS, word) is not None


def has_value(value: str, named: bool) -> bool:
    if _LIKE_ANOTHER.match(value.strip()) and not parse_phrase(value).style:
        return False  # "make it like the other one": which of its looks? asked, not guessed
    ph, rename, rest = read_value(value, named=named)
    if rest and _VAGUE.fullmatch(rest):
        rest = ""
    return bool(ph.has_subject_values() or has_global(ph) or rename or rest)


def _find_edit(work: MessageEdit, splits: list[tuple[str, str]]) -> tuple | None:
    """The first reading whose target is found and whose value says something: ("subjects", subjects, value,
    named), ("parts", part references, value) or ("picture", value)."""
    fallback: tuple | None = None
    for target, value in splits:
        if _DANGLING.search(target) or _IT_AND_A_VALUE.match(target) or (
                _SIZED_AND.search(target) and re.match(r"and\s", value, _I)):
            continue  # "make it like | the other one", "make it bigger | and purple": a target is what it names
        if _HALF_DESCRIPTION.match(target) and _names_a_thing(value.split()[0]):
            continue  # "make the bigger | circle purple": "the bigger" describes the circle, it is no target
        if _PICTURE.match(clean_rest(target)):
            ph, _, _ = read_value(value)
            if has_global(ph):
                return ("picture", value)
            continue
        named = _explicit(target)
        if not has_value(value, named):
            continue
        targets = resolve(work, target)
        if targets and len(targets) == 1 and targets[0].parts and person_kind(targets[0]) is not None and \
                clean_rest(target).lower() in ("it", "它"):
            # "give her an umbrella" then "make it red": a person is not "it"; the thing last given to her is,
            # never her hair or eyes (她的头发 then 让它变成橘色: the kitten she holds)
            given = [p for p in targets[0].parts if p.lower() not in HAD] or list(targets[0].parts)
            return ("parts", [PartRef(targets[0], given[-1], True)], value)
        if targets:
            return ("subjects", targets, value, named)
        parts = resolve_parts(work, target)
        if parts and (any(r.exists for r in parts) or _names_a_part(parts[0].name)):
            return ("parts", parts, value)
        fallback = fallback or (("parts", parts, value) if parts else None)
    return fallback


def _names_a_part(name: str) -> bool:
    """A new part's name is one word or a known thing ("hair"), not "hair long" or "eyes glow": those read better
    as a part and a value ("her hair" | "long and black")."""
    words = name.lower().split()
    known = {w.lower() for w in (*vocab.WORN, *vocab.HAD)}
    return len(words) == 1 or name.lower() in known or vocab.lookup(vocab.NOUNS, name) is not None


def _apply_edit(work: MessageEdit, edit: tuple) -> None:
    if edit[0] == "picture":
        ph, _, _ = read_value(edit[1])
        apply_global(work, ph)
    elif edit[0] == "subjects":
        colours = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", edit[2].strip())
        if len(edit[1]) > 1 and len(colours) == len(edit[1]) and all(
                vocab.lookup(vocab.COLOURS, c) for c in colours):  # "make them red, blue and yellow": one each
            for subject, colour in zip(edit[1], colours):
                apply_value(work, [subject], colour, named=edit[3])
            return
        apply_value(work, edit[1], edit[2], named=edit[3])
    else:
        _apply_to_parts(work, edit[1], edit[2])


def _apply_to_parts(work: MessageEdit, refs: list[PartRef], value: str) -> None:
    ph, rename, rest = read_value(value, named=True)
    apply_global(work, ph)
    set_part_values(work, refs, ph, rename=rename or (ph.shape or None), detail=rest)
    if ph.position:  # "put the umbrella on the left": the one holding it goes there
        for owner in dict.fromkeys(r.subject.id for r in refs):
            move_subject(work, work.scene.subject(owner), ph.position, said=value)


def _ask_about(work: MessageEdit, splits: list[tuple[str, str]]) -> bool:
    """Why an edit was not read, when it can be told: a thing the picture does not have ("make the dragon
    blue"), or a wish without a value ("make it better"). False when neither: another rule may read it."""
    for target, value in splits:
        said = clean_rest(target)
        if not said or _PICTURE.match(said):
            continue
        targets = resolve(work, target)
        rest = read_value(value)[2]
        vague = _VAGUE.fullmatch(rest) if rest else None
        if targets and vague:
            return work.ask(reply.say("ask_vague", work.language, name=reply.thing_name(targets[0], work.language),
                                      word=vague.group("word")))
        if not targets and is_description(target) and has_value(value, True):
            return work.ask(reply.say("ask_which", work.language,
                                      names=reply.names_list(work.scene.subjects, work.language, choice=True)))
        ph = parse_phrase(target, global_parts=False)
        piece = clean_rest(re.sub(r"^(?:把|将)", "", ph.rest))
        if not targets and not resolve_parts(work, target) and _piece_of_the_only_thing(work, piece, value):
            return True
        # "把圆改成紫色", "圆改成紫色": what a Chinese change is made to is one already there, as "the" says
        definite = ph.definite or re.match(r"^(?:the|his|her|its|their|把|将)\b|^(?:把|将)", target.strip(), _I) or (
            vocab.has_cjk(target) and not re.search(r"其中|其他|其余|另|[一两二三四五几哪每些]", target)
            and (ph.shape or vocab.lookup(vocab.NOUNS, clean_rest(ph.rest)) is not None))
        if not targets and definite and has_value(value, True) and (clean_rest(ph.rest) or ph.shape) and not (
                resolve_parts(work, target)):
            # "make the circle purple" with no circle drawn: a shape named is a thing asked for too
            thing = clean_rest(re.sub(r"^(?:把|将)", "", ph.rest)) or clean_rest(re.sub(
                r"^(?:the|his|her|its|their)\s+|^(?:把|将)", "", target.strip(), flags=_I))
            now = clean_rest(parse_phrase(value, global_parts=False).rest)
            renamed = zip(work.scene.subjects, work.names_before) if len(work.scene.subjects) == len(
                work.names_before) else ()
            if now and any(s.id in work.changed and name_matches(s.name, now) and name_matches(before, thing)
                           for s, before in renamed):
                return True  # "我要的是猫!! 把狗换成猫咪": the dog became the cat in this message already
            return work.ask(reply.say("ask_missing", work.language, thing=thing,
                                      names=reply.names_list(work.scene.subjects, work.language)))
    return False


def _en_splits(work: MessageEdit, rest: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    words = rest.split()
    for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
        out.append((" ".join(words[:k]), " ".join(words[k:])))
    return out


def _attribute_splits(work: MessageEdit, body: str) -> list[tuple[str, str]]:
    """Candidate (target, value) readings of an edit, most likely first."""
    out: list[tuple[str, str]] = []
    m = _WANT_BE.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_ZH.match(body)
    if m and vocab.has_cjk(body):
        value = m.group("v")
        becomes = body[: m.start("v")].endswith(("变成", "换成", "改成", "变为", "换为", "改为"))
        if becomes and len(value) > 2:
            value = re.sub(r"(?:吧|呗|啊|呀|哦|嘛)+$", "", value)  # "换成五角星吧": the star, asked softly
        if becomes and _ZH_NOUN.fullmatch(value):
            value = "一个" + value  # "把马变成斑马": what it becomes is a thing, not a detail of the horse
        out.append((m.group("t") or "它", value))
    m = _SHOULD_ZH.match(body)
    if m:  # "女孩的裙子要蓝色的": no verb of change, but a thing and what it should be
        out.append((m.group("t"), m.group("v")))
    m = _ATTR_EN_SHOULD.match(body)
    if m:
        out.append((m.group("t"), m.group("v")))
    m = _PART_IS.match(body)
    if m:  # "its hat is red", "她的帽子是黄色的": a part said with its owner, and what it is
        out.append((m.group("t") or m.group("t_zh") or m.group("t_zh2"), m.group("v") or m.group("v_zh")
                    or m.group("v_zh2")))
    if re.match(r"^(?:and\s+|also\s+)?(?:the|his|her|its|their|this|that)\s", body, _I):
        out.extend(_en_splits(work, re.sub(r"^(?:and|also)\s+", "", body, flags=_I)))  # "the shield blue"
    m = _ATTR_EN.match(body)
    if m:
        rest = m.group("rest")
        for sep in _ATTR_SEPARATOR.finditer(rest):
            if len(rest[: sep.start()].split()) <= _MAX_TARGET_WORDS:
                out.append((rest[: sep.start()], rest[sep.end():]))
        words = rest.split()
        for k in range(min(len(words) - 1, _MAX_TARGET_WORDS), 0, -1):
            out.append((" ".join(words[:k]), " ".join(words[k:])))
        if re.match(r"^(?:it|them|a|an|one|two|another|some|the|everything|all|both|each|every)\b", rest,
                    _I) is None and work.focus():
            out.append(("it", rest))  # "make bigger", "turn blue"; "make a dog" is a new drawing
    return out
