"""Clauses that take things out: clear the picture, remove subjects, a background, a style, a place or a time,
and "no ..." / "不要..." wishes that become the negative prompt.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.scene import Scene, Subject
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.subject_changes import remove_parts
from prompt_enhancer.rules.picture_changes import avoid, set_background, set_place, set_style, unset_look, unset_time
from prompt_enhancer.rules.clauses import COLOUR_WORD
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.placed import placed_at
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.setting_phrase import parse_looks, parse_setting
from prompt_enhancer.rules.references import PartRef, is_description, name_matches, resolve, resolve_parts
from dialog.plurals import singular
from prompt_enhancer.rules.subject_handlers import ask_missing

_I = re.IGNORECASE


def remove_subjects(work: MessageEdit, subjects: list[Subject]) -> None:
    """Take subjects out; the focus moves to the last one left, so "it" still means something. A thing placed at
    one taken out ("on the sofa") is no longer placed anywhere."""
    for subject in subjects:
        work.removed.append(subject)
        _hung_things_stay(work, subject)  # before it goes, so no new thing takes its id
        work.scene.subjects = [s for s in work.scene.subjects if s.id != subject.id]
        if subject.id not in work.changed:
            work.changed.append(subject.id)
        work.kinds.append(EditKind.REMOVE)
        work.say("removed", name=reply.thing_name(subject, work.language))
        for other in placed_at(subject, work.scene.subjects):
            other.position = None
            work.touch(other, EditKind.LAYOUT)
        _doing_to_it_ends(work, subject)
    if work.scene.focus not in {s.id for s in work.scene.subjects}:
        work.scene.focus = work.scene.subjects[-1].id if work.scene.subjects else None


def _doing_to_it_ends(work: MessageEdit, subject: Subject) -> None:
    """"a boy walking a dog", then the dog taken out: he is still walking, but no longer "walking the dog" (the
    prompt would draw it again)."""
    if any(s.name.lower() == subject.name.lower() for s in work.scene.subjects):
        return  # another dog there: the one he walks may be that one
    for other in work.scene.subjects:
        pose = other.attributes.get("pose") or ""
        if subject.name.strip() and pose.lower().endswith(f" the {subject.name.lower()}"):
            other.attributes["pose"] = pose[: pose.lower().rindex(" the ")]
            work.touch(other, EditKind.ATTRIBUTE)


def _hung_things_stay(work: MessageEdit, subject: Subject) -> None:
    """What hung on a thing taken out (a lantern on a tree) was never part of it: it stays, a thing of its own.
    What it wore, held or had goes with it."""
    for name, attributes in subject.parts.items():
        if attributes.get("relation") == "hung with":
            part_stays(work, name, attributes)


def part_stays(work: MessageEdit, name: str, attributes: dict[str, str]) -> Subject:
    """A part of a thing taken out, left in the picture as a thing of its own with the values it had on it."""
    values = {k: v for k, v in attributes.items() if k not in ("relation", "size")}
    thing = Subject(work.scene.next_subject_id(), name, values, None, attributes.get("size"))
    work.scene.subjects.append(thing)
    work.touch(thing, EditKind.REMOVE)
    return thing


_CLEAR = re.compile(
    r"^(?:clear(?: the (?:picture|canvas|scene))?|clear (?:it|everything|all)|erase everything|remove everything|"
    r"delete everything|remove all|delete all|blank canvas|empty the (?:picture|canvas)|"
    r"清空|清空画面|清除所有|全部删掉|全部去掉|都删掉|都去掉|全删了)$",
    _I,
)


def clear_clause(work: MessageEdit, body: str) -> bool:
    """"clear", "清空": an empty Scene (one already empty is told so)."""
    if not _CLEAR.match(body):
        return False
    if work.scene.is_empty() and not work.scene.avoid:
        work.chat_replies.append(reply.say("empty", work.language))
        return True
    for subject in work.scene.subjects:
        work.changed.append(subject.id)
    work.scene = Scene(language=work.language)
    work.kinds.append(EditKind.REMOVE)
    work.say("removed_all")
    return True


_REMOVE_EN = re.compile(r"^(?:(?:(?:would|do)\s+you\s+)?mind\s+(?=\w+ing\b))?"  # "would you mind getting rid of"
                        r"(?:remove|delete|erase|get rid of|getting rid of|removing|deleting|take away|take out|"
                        r"taking out|taking away|drop|eliminate|ditch|lose|rid of|never\s*mind|rm|del|"
                        # "pop the blue one" (not "pop the sun above the tent": put there)
                        r"pop(?!\s.*\b(?:above|below|over|under|onto|into|on|in|next\s+to|beside|behind)\s+(?:the|a|"
                        r"an|it|him|her)\b)|"
                        # "bye bye bird": the bird goes ("bye bye", "goodbye for now" are farewells)
                        r"(?:(?:bye\s+)?bye|goodbye)(?=\s+(?!(?:bye|for|now|then|see|everyone|all|guys|lol)\b)\w)|"
                        # ("axe gold", "axe 改成银色" of a dwarf's axe: the axe, given a colour)
                        rf"scrap|scratch|skip|nix|axe(?!\s+{COLOUR_WORD}\b|\s*[\u4e00-\u9fff])|toss|kill|cut|dump|bin|"
                        r"forget(?: about)?|throw away|throw out|"
                        r"clear away|"
                        r"take off|hide|get shot of|do away with|leave out|cut out|we\s+don'?t\s+need|"
                        # "i dont think we need the table", "i don't think he needs the hat"
                        r"(?:i\s+)?(?:don'?t|dont|do\s+not)\s+think\s+(?:we|i|you|he|she|they|it)\s+(?:need|needs)|"
                        # "can we not have the dog", "let's not have the hat", "i'd rather not have the cloud"
                        r"(?:(?:can|could|shall|should)\s+(?:we|you|i)|let'?s|let\s+us|(?:i|we)'?d\s+rather|"
                        r"(?:i|we)\s+would\s+rather)\s+(?:please\s+|just\s+)?not\s+(?:have|include|show|keep)|"
                        r"(?:just\s+)?not\s+(?:have|include|show)|"  # "could you not have ...": its courtesy taken off
                        # "she doesn't need the hat", "he won't need his glasses": what is not needed goes
                        r"(?:he|she|it|they|the\s+\w+)\s+(?:doesn'?t|does\s+not|don'?t|won'?t)\s+need)"
                        r"\s+(?P<t>.+)$", _I)
_REMOVE_EN_OUT = re.compile(r"^(?:take|get|leave|throw|cut|pull)\s+(?P<t>.+?)\s+(?:out|away|off)(?:\s+of\s+(?:it|the\s+"
                            r"(?:picture|image|scene)))?"
                            # "take the balloon away from her": whose it was
                            r"(?:\s+from\s+(?:him|her|it|them|(?:the|his|her|its)\s+[a-z]+))?"
                            r"(?:\s+(?:as\s+well|too|also|please|pls|now))*$", _I)  # "take the tree away as well"
_REMOVE_EN_AFTER = re.compile(r"^(?P<t>.+?)(?:\s+(?:has to go|must go|should go|can go|needs to go|goes|is gone|"
                              r"can leave|has to leave|should leave|isn'?t needed|is not needed|gotta go|has got to go|"
                              r"shouldn'?t be (?:there|here|in (?:it|the (?:picture|image|scene)))|"
                              r"doesn'?t belong(?: there| here)?|is too much|isn'?t working|"
                              # "the blue bird flew away": it leaves the picture
                              r"flew\s+away|flies\s+away|ran\s+away|runs\s+away|swam\s+away|walked\s+away|"
                              # a learner's order: "the hat must away" (muss weg), "blue one remove pls, not needed"
                              r"must\s+(?:go\s+)?away|(?:has\s+to|should|must|can)\s+disappear|remove|delete|erase)"
                              r"|'s\s+(?:gone|got to go|not needed))"
                              r"(?:\s+(?:too|as well|now|please|pls|either|away|lol|haha|thanks|thx|only|also|kindly))*"
                              r"(?:\s*,?\s*(?:(?:it'?s|its|is)\s+)?not\s+needed)?$"
                              # mixed: "围巾也 get rid of 吧"
                              r"|^(?P<t_zh>[^\sA-Za-z][^A-Za-z]*?)(?:也|都)?\s*(?:get rid of|remove|delete|erase)"
                              r"(?:\s*(?:吧|了|it|them|too))*$", _I)
_REMOVE_ZH_BEFORE = re.compile(r"^(?:把|将|让)?(?P<t>.+?)"
                               r"(?:也|就|还是|先)?(?:可以|能|能不能|可不可以)?"  # "球可以去掉吗", "沙发还是去掉吧"
                               r"(?:去掉|删掉|删除|移除|拿掉|去除|擦掉|删了|去了|拿走|(?:别|不要|不用|不需要)再?(?:画|加|放)|"
                               r"不要|删去|别要|不用|不需要|(?:不想|不太想)要|"
                               r"扔掉|丢掉|扔了|丢了|撤掉|拿开|干掉|弄掉|清掉|抹掉|擦去|清除|抹去|去除掉|删除掉|(?:remove|delete)\s*掉"
                               # "蓝色那只飞走了", "让猫跑掉吧": it leaves the picture
                               r"|飞走|跑走|跑掉|游走|走掉|离开|赶走|赶跑|轰走|弄走|请走)(?:吧|了|啦)*"
                               r"(?:(?:可以|能|行)?(?:吗|嘛|么))?[?？]?$")
_WHO_LEAVES = re.compile(r"(?:(?:k|kk|ok|okay|thx|thanks|ty|i|we|u|lol|so|well)[\s,!]*)+|(?:我|我们|你)?(?:先)?"
                         r"(?:赶单|上班|干活|开会|吃饭|睡觉|忙)", re.IGNORECASE)
_REMOVE_ZH_AFTER = re.compile(r"^(?:去掉|删掉|删除|移除|拿掉|去除|擦掉|删去|扔掉|丢掉|撤掉|拿走|干掉|清掉|抹掉|清除)"
                              r"(?P<t>.+)$")
_AVOID_EN = re.compile(r"^(?:no more|no(?![\s,]+(?:i|wait|sorry|not|it|that|this|actually|no|the|make|turn|change|"
                       r"move|put|paint|colou?r|set|add|draw|give|let|just|please|pls|plz|can|could|use|switch|swap|"
                       r"replace|do|try|go|keep|leave|remove|delete)\b)|without|avoid|"
                       r"exclude|don'?t (?:draw|add|include|show|put|want|need)|do not "
                       r"(?:draw|add|include|show|put|want|need)|never (?:draw|show)|i (?:do not|don'?t|dont) "
                       r"(?:want|need|like)|i don'?t want|dont (?:want|need|draw)|stop drawing|we don'?t need|"
                       # "he says he doesnt want the balloon anymore": the person drawn for, or the one drawn
                       r"(?:he|she|they|(?:my|the|our)\s+[a-z]+)\s+(?:says?\s+(?:he|she|they)\s+|said\s+(?:he|she|they)\s+)?"
                       r"(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not)\s+(?:want|need|like))"
                       r"\s+(?P<t>.+)$", _I)
_AVOID_ZH = re.compile(r"^(?:不要再|不要|别再|别|不用|不需要|不想要|没有|我不要|我不想要)(?:画|加|出现|有)?"
                       r"(?P<t>.+?)(?:了|啦|吧|啊|呀|撒|嘛|哈)*$")
# Words after the thing that only say when or how politely, or to whom: "the dog anymore", "bin it bru".
_TRAILING = re.compile(r"(?:\s+(?:any\s*more|at\s+all|after\s+all|too|as\s+well|either|please|pls|now|for\s+now|only|"
                       r"mate|matey|dude|bro|bru|boet|buddy|pal|fam|guys|hey|for\s+me|for\s+us|o|lah|leh|lor|"
                       r"tbh|honestly|lol|imo|"
                       r"then|thanks|thx|from\s+(?:the\s+)?(?:picture|image|scene)|in\s+(?:the\s+)?"
                       r"(?:picture|image|scene)))+$|(?:也|就|了|吧)+$", _I)
# Why it goes, run on after the thing without a comma.
_WHY_AFTER = re.compile(r"\s+(?:(?:fr|tbh|ngl|lol|honestly)\s+)?(?:its|it'?s|it\s+is|it\s+was|it\s+looks?|it\s+seems?|"
                        r"cause|'cause|because|cuz|coz|since|as\s+it|he'?s|she'?s|(?<=tbh\s)looks?|(?<=ngl\s)looks?|"
                        r"(?:he|she|they)\s+looks?|(?:people|ppl|they|everyone)\s+(?:will|would|might|gonna))\s"
                        # and what stays: "the mug anymore, just the cake", "…o, just leave the dog"
                        r"|\s*,?\s+(?:and\s+)?(?:just|only)\s+(?:leave\s+|keep\s+|have\s+)?(?:the|my|a)\s", _I)
_THING_SPLIT = re.compile(r"\s+and\s+|\s*,\s*|和|与|跟|、", _I)
# "remove the dog", "把那隻貓刪掉": one thing pointed at, which the user takes to be in the picture. When it is not,
# they meant something else (which is asked); a plural or a bare name ("remove the clouds", "no text", "去掉云")
# is what a model may have drawn unasked, and is kept out.
_ONE_THING_MEANT = re.compile(r"^(?:the|that|this)\s+(?P<t>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$"
                              r"|^(?:那|这|這)[个個隻只条條棵朵辆輛张張盏盞头頭匹架艘位颗顆座间間]"
                              r"\s*(?P<t_zh>\S.*)$", _I)
_WHERE_IT_IS = re.compile(r"\s+(?:next\s+to|beside|behind|near|by|under|on|in\s+front\s+of|on\s+top\s+of)\s+"
                          r"(?:it|him|her|them|the\s+[a-z]+)$", _I)
# What a model draws unasked over or across a picture, and the picture's own qualities: kept out when named,
# never asked about.
_ARTEFACTS = re.compile(r"\b(?:text|writing|words?|letters?|watermark|signature|logo|caption|title|border|frame|"
                        r"shadow|noise|grain|blur|glow|vignette|lens\s+flare|flare|haze|fog|mist|smoke|"
                        # and what the whole picture has: "scrap the angle", "lose the glare"
                        r"angle|view|perspective|lighting|light|glare|colou?rs?|effect|filter|mood|tone|look|"
                        r"composition|sky|ground|floor|wall|grass|water|sea)$", _I)
_BACKGROUND_WORDS = re.compile(r"^(?:the\s+)?(?:background|backdrop|bg)$|^背景(?:颜色|色)?$", _I)
_STYLE_WORDS = re.compile(r"^(?:the\s+)?(?:style|filter|effect)$|^(?:风格|画风)$", _I)


def _alike_too(work: MessageEdit, found: list[Subject], said: str) -> list[Subject]:
    """"云去掉吧" of "几朵云": a Chinese name said bare (no 一朵, 那朵, 左边的) of things drawn alike is every one of
    them; which one would be a guess. English says it with a plural ("remove the clouds")."""
    if len(found) != 1 or not vocab.has_cjk(said) or not re.fullmatch(r"[\u4e00-\u9fff]+", clean_rest(said)) \
            or clean_rest(said) != said.strip() or re.match(rf"[一两二三四五\d]\s*[{vocab.ZH_MEASURES}]", said.strip()):
        return []
    one = found[0]
    return [s for s in work.scene.subjects if s is not one and s.name == one.name and s.attributes == one.attributes
            and s.size == one.size and s.position == one.position and s.parts == one.parts]


def _counted_there(work: MessageEdit, said: str) -> list[Subject]:
    ph = parse_phrase(said, global_parts=False)
    name = ph.shape or clean_rest(ph.rest)
    if not name or not (ph.indefinite or ph.count > 1) or ph.colour or ph.size or ph.material or ph.position:
        return []
    there = [s for s in work.scene.subjects if name_matches(s.name, name) or (ph.shape and s.name == ph.shape)]
    n = max(ph.count, 1)
    return there[-n:] if len(there) >= n else []


def _remove_targets(work: MessageEdit, target: str, *, avoid_unknown: bool, pointed: bool = False) -> bool:
    target = _TRAILING.sub("", target.strip()).strip()
    looks, rest = parse_looks(target)
    if looks and not clean_rest(re.sub(r"\b(?:the|effect|filter|look|lighting|shot)\b|效果|滤镜|的感觉", " ", rest,
                                       flags=_I)):
        present = [k for k in looks if k in work.scene.look]
        for key in present:  # "remove the dramatic lighting", "不要黑白了"
            unset_look(work, key)
        if not present:
            work.say("no_look", what=reply.look_words(looks[0], work.language))
        return True
    if _BACKGROUND_WORDS.match(clean_rest(target) or target):  # (with none yet: a plain one, the thing cut out)
        set_background(work, None if work.scene.background or not work.scene.subjects else "plain")
        return True
    if _STYLE_WORDS.match(clean_rest(target) or target):
        set_style(work, None)
        return True
    if _remove_setting(work, target):
        return True
    said = clean_rest(target).lower()
    for note in list(work.scene.notes):
        if said and (said == clean_rest(note).lower() or name_matches(note, said)
                     or (vocab.has_cjk(said) and said in note)):  # "去掉阳光": the note 要有阳光的感觉
            work.scene.notes.remove(note)
            work.kinds.append(EditKind.STYLE)
            work.say("removed_note", text=note)
            return True
    whole = resolve(work, target)
    why = _WHY_AFTER.search(target)
    if whole is None and why and resolve(work, _TRAILING.sub("", target[: why.start()]).strip()) is not None:
        target = _TRAILING.sub("", target[: why.start()]).strip()  # "scratch the cloud its clutterng the comp"
        whole = resolve(work, target)
    if whole is not None:
        remove_subjects(work, whole + _alike_too(work, whole, target))
        return True
    owned = resolve_parts(work, target)
    if not owned and why:  # "lose the hat plz it look weird": the snowman's hat, and why it goes
        owned = resolve_parts(work, _TRAILING.sub("", target[: why.start()]).strip())
    if owned:  # "remove the umbrella", "lose his glasses", "帽子不要了": the part goes, its subject stays
        existing = [r for r in owned if r.exists]
        if existing:
            remove_parts(work, existing)
            return True
    if _named_in_background(work, target):  # "remove the river" of "a boy by the river": the background goes
        set_place(work, None)
        return True
    parts = [p for p in _THING_SPLIT.split(target) if p.strip()]
    resolved = [resolve(work, p) for p in parts]
    if len(parts) > 1 and all(r is not None for r in resolved):
        for r in resolved:
            remove_subjects(work, [s for s in r if work.scene.subject(s.id)])
        return True
    counted = _counted_there(work, target)
    if counted:  # "remove one circle" of two circles, "去掉两朵云": that many of them, the last drawn first
        remove_subjects(work, counted)
        return True
    if is_description(target):  # "the big one" when nothing is big: which one, not a thing to keep out
        return work.ask(reply.say("ask_which", work.language,
                                  names=reply.names_list(work.scene.subjects, work.language, choice=True)))
    if not avoid_unknown:
        return False
    meant = _ONE_THING_MEANT.match(_WHERE_IT_IS.sub("", target.strip()))  # "the plant next to it": the plant
    said = meant and (meant.group("t") or meant.group("t_zh")) or (target.strip() if pointed else "")
    if said and any(name_matches(name, said) for name in work.names_before):
        return True  # "change it to a cat, dog is not required": this message already made the dog go
    if said and not _ARTEFACTS.search(said) and (vocab.has_cjk(said) or singular(said) == said) \
            and ask_missing(work, target):
        return True
    thing = clean_rest(target)
    if not thing:
        return False
    if thing not in work.scene.avoid:
        work.scene.avoid.append(thing)
        work.kinds.append(EditKind.STYLE)
    work.say("not_there", thing=thing)
    return True


def _named_in_background(work: MessageEdit, target: str) -> bool:
    """A thing no subject is but the background says in its own words ("by a lake", "湖边")."""
    said, background = clean_rest(target).lower(), (work.scene.background or "").lower()
    if not said or not background or said in ("it", "that", "this", "them"):
        return False
    if vocab.has_cjk(said):
        return said in background
    return re.search(rf"(?<![a-z]){re.escape(singular(said))}s?(?![a-z])", background) is not None


def _remove_setting(work: MessageEdit, target: str) -> bool:
    """"remove the rain", "no snow", "去掉夜晚": a place or time the scene has, and nothing else, is taken out."""
    place, times, rest = parse_setting(target)
    present = [k for k in times if k in vocab.time_keys(work.scene.time)]
    said = clean_rest(rest)
    if not (place or times) and vocab.has_cjk(said):  # "去掉雨": a word inside the Chinese name of a time
        present = [k for k in vocab.time_keys(work.scene.time) if k in vocab.TIMES
                   and any(said in form for form in vocab.TIMES[k].zh)]
        said = ""
    if clean_rest(re.sub(r"\b(?:setting|weather|time|scene)\b|场景|天气", " ", said, flags=_I)):
        return False
    if place and place == work.scene.background:
        set_place(work, None)
    elif not present:
        word = re.sub(r"^(?:in|on|at)\s+(?:the\s+|a\s+)?", "", place or "", flags=_I)
        present = [k for k in vocab.time_keys(work.scene.time) if word and word in k]  # "no more snow" of snowfall
        if not present:
            return False
    for key in present:
        unset_time(work, key)
    return True


# A removal said again beside one ("那狗不要了 去掉", "sun too tbh just delete it"): nothing more to read.
REMOVE_AGAIN = re.compile(r"(?:去掉|删掉|删了|去了|拿掉|不要了|(?:remove|delete|erase)(?:\s+(?:it|that|that\s+one))?|"
                           r"take\s+it\s+out)(?:\s+(?:also|too|as\s+well))?(?:吧|了)?", _I)  # "…, remove that also"


# "just the cat", "only the cat", "只留下猫": the others go.
_KEEP_ONLY = re.compile(r"^(?:(?:and|but|actually|so|ok|okay|sorry|oops)[\s,]+|[^\w\s]+\s*)*"
                        r"(?:(?:it'?s|its|it\s+is)\s+)?"
                        r"(?:just|only|keep only|leave only|nothing but|(?:i\s+)?(?:just|only)\s+(?:want|need))\s+"
                        r"(?P<t>(?:the|that|this|my)\s+.+?|(?P<bare>[a-z]+(?:\s*(?:\+|&|and)\s*[a-z]+)?))"
                        r"(?:\s+(?:left|please|pls|plz|now|then|stays?|ok|okay|thanks|thx|is\s+(?:grand|fine|enough|"
                        r"good|ok|okay)|will\s+do)|\s*(?:就好|就行|就可以))*[.!]?$"
                        # "apple is enough": only it stays
                        r"|^(?:(?:and|but|so)\s+)?(?P<t_enough>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+enough[.!]?$"
                        # "mushroom only pls": the thing, then "only"
                        r"|^(?:(?:and|but|so)\s+)?(?P<t_only>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+only"
                        r"(?:\s+(?:please|pls|plz|now|then|ok|okay|thanks|thx))*[.!]?$"
                        # 就画茶壶 of a picture with a teapot: only it stays (of an empty one, it is drawn)
                        r"|^(?:只留下|只留|只要|只保留|(?:就|只)画(?=[^一两三四五六七八九十几\d]))(?P<t_zh>.+?)(?:吧|了|就行|就好)?$"
                        # "get rid of everything except the bird", "除了鸟都去掉": all but the thing named go
                        r"|^(?:remove|delete|erase|clear|get\s+rid\s+of|take\s+out|lose)\s+(?:everything|all(?:\s+of\s+them)?|"
                        r"the\s+rest|all\s+the\s+(?:others|other\s+things))\s+(?:except(?:\s+for)?|but|apart\s+from|besides)\s+"
                        r"(?P<t_but>.+?)[.!]?$"
                        r"|^除了(?P<t_zh2>.+?)(?:以外|之外)?[,，]?(?:其他的?|别的|其余的?)?(?:都|全部|全)(?:去掉|删掉|删除|不要|拿掉)(?:吧|了)?$",
                        _I)


def keep_only_clause(work: MessageEdit, body: str) -> bool:
    """"actually no dog either, just the cat": the things named stay, the others go."""
    m = _KEEP_ONLY.match(work.clause.strip())
    if not m or not work.scene.subjects:
        return False
    said = (m.group("t") or m.group("t_zh") or m.group("t_but") or m.group("t_zh2") or m.group("t_only")
            or m.group("t_enough"))
    bare = m.group("bare") or m.group("t_only") or m.group("t_enough")
    if bare and not clean_rest(parse_phrase(said.replace("+", " and "), global_parts=False).rest):
        return False  # "just red", "only one": a value or a count, not a thing kept
    said = said.replace("+", " and ")
    setting = f"{work.scene.background or ''} {work.scene.time or ''}".lower()  # by a lake; fog
    pieces = [p for p in re.split(r"\s*,\s*|\s+and\s+", said) if p.strip()]
    if setting and len(pieces) > 1:  # "only the sheep and the hill": the hill is where they are, it stays anyway
        said = " and ".join(p for p in pieces if re.sub(r"^the\s+", "", p.strip(), flags=_I).lower() not in setting)
    kept = resolve(work, said)
    if not kept:
        return False
    gone = [s for s in work.scene.subjects if s.id not in {k.id for k in kept}]
    if gone:
        remove_subjects(work, gone)
    elif not (work.changed or work.removed):
        # "…, it's just the dragon now" after the others went: said of the picture as it is
        work.chat_replies.append(reply.say("chatter", work.language))
    work.scene.focus = kept[-1].id
    return True


def _take_off(work: MessageEdit) -> bool:
    """"take it off" of a man with a hat: what comes off is what he wears or holds, not the man; with several
    such things it is asked which."""
    focus = work.focus()
    if focus is None or not focus.parts:
        return False
    if len(focus.parts) > 1:
        names = [("the " if work.language == "en" else "") + reply.thing_name(Subject("", k), work.language)
                 for k in focus.parts]
        return work.ask(reply.say("ask_which", work.language, names=(" or " if work.language == "en" else "还是")
                                  .join(names)))
    remove_parts(work, [PartRef(focus, next(iter(focus.parts)), True)])
    return True


# The rules that took something out: "it" right after one of them is what they took out ("take the collar off, he
# doesnt need it").
_REMOVING = ("remove_clause", "avoid_clause", "put_away_clause")


def remove_clause(work: MessageEdit, body: str) -> bool:
    """"remove the ball", "the cat has to go", "把猫去掉"; right after one, "and the circle" removes too."""
    if re.match(r"drop\s+(?:it|him|her|them|the\s+[a-z]+)\s+(?:down|lower)\b", body, _I):
        return False  # "drop it down one": a step down, for the move rules
    m = (_REMOVE_EN.match(body) or _REMOVE_EN_OUT.match(body) or _REMOVE_EN_AFTER.match(body)
         or _REMOVE_ZH_AFTER.match(body) or _REMOVE_ZH_BEFORE.match(body))
    if m:
        if not work.scene.subjects and not (work.scene.background or work.scene.style or work.scene.notes):
            work.chat_replies.append(reply.say("nothing_yet", work.language))
            return True
        target = m.groupdict().get("t") or m.group("t_zh")
        if _WHO_LEAVES.fullmatch(target.strip()) or (
                re.match(r"never\s*mind|forget\b|scratch\b|skip\b", body, _I)
                and re.fullmatch(r"(?:that|it|this|then|all\s+that)[\s.!]*", target.strip(), _I)):
            return False  # "k thx gotta go", 赶单去了: the person leaves; "never mind that", "forget it": nothing goes
        if re.search(r"^take\s+off\b|\boff$", body, _I) and target.strip().lower() in ("it", "them", "that"):
            return _take_off(work)
        if work.last in _REMOVING and target.strip().lower() in ("it", "them", "that", "它", "它们", "那个"):
            return True  # "he doesnt need the balloon, take it away": the balloon, said again, is gone already
        target = re.sub(r"(?:\s+(?:entirely|completely|altogether|for\s+good|totally|also|anymore|any\s+more))+$", "",
                        target, flags=_I)
        # "hmm no the hat must away", "blue one remove": a hesitation before it; "one" said without "the"
        target = re.sub(r"^(?:(?:no+|nope|hmm+|oh|ok(?:ay)?|and|so)[\s,]+)+(?=\S)", "", target, flags=_I)
        target = re.sub(r"^(?=[a-z]+\s+one$)", "the ", target, flags=_I)
        # "remove the balloon from her", "take the hat off the dog": whose it is, not a word of the thing
        target = re.sub(r"\s+(?:from|off(?:\s+of)?)\s+(?:him|her|it|them|(?:the|his|her|its)\s+[a-z]+)$", "", target,
                        flags=_I)
        # "把 triangle 删掉": 把 points at one thing, as "the" does
        return _remove_targets(work, target, avoid_unknown=True, pointed=bool(re.match(r"\s*(?:把|将)", body)))
    if work.last == "remove_clause":  # "remove the ball, and the circle"
        rest = re.sub(r"^(?:and|also|plus|还有|和|以及)\s*", "", body, flags=_I)
        if re.match(r"(?:just|only|except|but)\b|(?:the\s+)?(?!the\b)[a-z]+\s+(?!thing\b)[a-z]+ing\b", rest, _I) or (
                re.match(r"\W*(?:just|only)\s", work.clause, _I)):  # "…不要了 just the sheep 就好"
            return False  # "…, just the teapot floating": what stays, not more to remove
        targets = resolve(work, rest)
        if targets is not None and not parse_phrase(rest).has_subject_values() or (
                targets is not None and parse_phrase(rest).definite):
            remove_subjects(work, targets)
            return True
    return False


def avoid_clause(work: MessageEdit, body: str) -> bool:
    """"no dogs", "不要狗": takes out what the Scene has, else puts the thing in the negative prompt."""
    m = _AVOID_EN.match(body) or _AVOID_ZH.match(body)
    if not m:
        return False
    target = re.sub(r"(?:\s+(?:also|anymore|any\s+more|too|either))+$", "", m.group("t"), flags=_I)
    if re.match(r"^(?:thanks|thank you|problem|worries|way)\b|^(?:客气|谢|问题|关系)", target, _I):
        return False  # "no thanks", "不客气": chatter, not a negative prompt
    if re.match(r"^(?:the|its|their|that|this)\s+colou?rs?\b|^(?:这个|那个)?颜色$", target, _I):
        return False  # "i don't like the colour of the cat": which colour then? asked by the colour rule
    if re.fullmatch(r"(?:a\s+(?:bit|little)\s+)?(?:bigger|smaller|larger|higher|lower|darker|lighter|left|right|up|"
                    r"down)", target.strip(), _I):
        return False  # "bigger... no smaller": the other way, said again, no thing to take out
    if work.last in _REMOVING and re.fullmatch(r"(?:it|them|that|those)(?:\s+(?:any\s*more|either|now))?"
                                               r"|(?:它|他|她|它们|这个|那个)?[了啦]?", target.strip(), _I):
        return True  # "take the collar off, he doesnt need it", "薯条删掉吧 不需要了": the one taken out already
    if _remove_targets(work, target, avoid_unknown=False):
        return True
    for part in _THING_SPLIT.split(target):
        avoid(work, part)
    return True


# "把伞收起来", "帽子摘了", "让他把球放下", "he can put the umbrella away", "put down the ball": what someone holds,
# wears or carries is put away; the one holding it stays. Only parts: "把猫放下" is no removal of the cat.
_PUT_AWAY_ZH = re.compile(r"^(?:(?:让|叫|请)(?:[^把将]{1,8}?))?(?:把|将)?(?P<t>[^把将]+?)(?:也|都)?"
                          r"(?:收起来|收起|收好|收了|收掉|合上|摘下来|摘下|摘掉|摘了|摘|脱下来|脱下|脱掉|脱了|"
                          r"放下来|放下|放了|扔了|丢了|拿下来|取下来|取下|取掉)(?:吧|了|啦)*$")
_WHO = r"(?:(?:he|she|it|they|the\s+[\w-]+)\s+(?:can|could|should|may|must|needs?\s+to|has\s+to)\s+|" \
       r"(?:let|have|make)\s+(?:him|her|them|it|the\s+[\w-]+)\s+)?"
_PUT_AWAY_EN = re.compile(rf"^{_WHO}(?:put|set|fold|close|drop|lay)\s+(?:away|down|up)\s+(?P<t>.+?)"
                          r"(?:\s+(?:now|please|pls|too))*$"
                          rf"|^{_WHO}(?:put|set|fold|lay)\s+(?P<t_mid>.+?)\s+(?:away|down|up)(?:\s+(?:now|please|pls|too))*$"
                          rf"|^{_WHO}(?:drop|close|fold|shave(?:\s+off)?)\s+(?P<t_obj>.+?)(?:\s+(?:now|please|pls|too))*$"
                          rf"|^{_WHO}take\s+(?:off\s+(?P<t_off>.+?)|(?P<t_off_mid>.+?)\s+off"
                          # "take the glasses off him", "take the hat off the snowman"
                          r"(?:\s+(?:of\s+)?(?:him|her|them|it|the\s+[\w-]+(?:\s+[\w-]+)?))?)"
                          r"(?:\s+(?:now|please|pls|too))*$", _I)


def put_away_clause(work: MessageEdit, body: str) -> bool:
    """"把伞收起来", "眼镜摘掉", "he can put the umbrella away now": the part goes, its holder stays."""
    m = _PUT_AWAY_ZH.match(body) or _PUT_AWAY_EN.match(body)
    if not m or not work.scene.subjects:
        return False
    said = next(v for v in m.groupdict().values() if v)
    if re.fullmatch(r"\s*(?:it|them|that|它|它们)\s*", said, _I):
        return _take_off(work)
    refs = [r for r in (resolve_parts(work, said) or []) if r.exists]
    if not refs:
        return False
    remove_parts(work, refs)
    return True
