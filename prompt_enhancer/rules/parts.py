"""Reading what goes with a thing in one description: its parts ("a girl holding a red umbrella", "an old man
wearing a hat and glasses", "拿着雨伞的女孩", "女孩拿着一把伞") and the things it is placed at ("a cat sitting on a
sofa", "一个女孩站在樱花树下": two subjects, the first placed at the second). Only splits text: which words are
the thing, which its parts, which another thing. No Scene, no commands.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.anchor_words import EN_POSES as _EN_POSES, ZH_LOCATIVE as _ZH_LOCATIVE, ZH_POSES as _ZH_POSES
from prompt_enhancer.rules.anchor_words import SIDES as _SIDES, ZH_DONE_TO as _ZH_DONE_TO
from prompt_enhancer.rules.anchor_words import ZH_SURROUNDINGS as _ZH_SURROUNDINGS
from dialog.containers import ZH_HOLDERS
from prompt_enhancer.rules.held_container import container_alone
from prompt_enhancer.rules.doing import AT_A_DISTANCE, ING_NOUNS, POSE_KEYS, ZH_POSE_VERBS, ZH_POSE_WORDS, action_en
from prompt_enhancer.rules.doing import action_zh, doing_after, doing_beside, done_to_pose
from prompt_enhancer.rules.drawn_alone import MORE_ANIMALS, MORE_WORN, PEOPLE_WORDS, is_new_subject, pictured_on
from prompt_enhancer.rules.with_list import things_listed
from prompt_enhancer.rules.worn_with import with_as_and
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.place_in_place import anchor_said_plainly
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.thing import ITEM_SPLIT as _ITEM_SPLIT, Thing as Thing, pieces as _pieces
from prompt_enhancer.rules.things_on_it import things_on_it
from prompt_enhancer.rules.with_tail import DOING_AFTER as _DOING_AFTER, WHERE_LAST, WITH_ON_IT as _WITH_ON_IT
from prompt_enhancer.rules.with_tail import GAZING as _GAZING, ON_IT_AND as _ON_IT_AND
from prompt_enhancer.rules.with_tail import HANGING_ON_IT as _HANGING_ON_IT, doing_first
from prompt_enhancer.rules.zh_described import described_pieces

_I = re.IGNORECASE

# How a part goes with its thing, as said -> Subject.parts' relation.
_EN_RELATIONS = {"playing with": "playing with", "holding": "holding", "carrying": "holding",
                 "who is holding": "holding", "who holds": "holding", "that holds": "holding", "wearing": "wearing",
                 "who is wearing": "wearing", "who wears": "wearing", "dressed in": "wearing", "in": "wearing",
                 "riding": "riding", "who is riding": "riding", "with": "with", "who has": "with", "that has": "with",
                 "having": "with"}
_EN_RELATION_RE = re.compile(
    r"(?:^|\s+|,\s*)(?P<rel>who is holding|who holds|that holds|who is wearing|who wears|who is riding|who has|"
    r"that has|playing with|holding|carrying|wearing|dressed in|riding|having|with|in)\s+(?=\S)", _I)
_ZH_RELATIONS = {form: key for key, term in vocab.RELATIONS.items() for form in term.zh}
# Holding said with other verbs: 牵着气球 (on a string), 拄着拐杖 (leaning on it), 端着碗, 扛着, 叼着, 挎着, 拉着.
_ZH_RELATIONS.update({"围着": "wearing", "牵着": "holding", "拄着": "holding", "端着": "holding", "扛着": "holding",
                      "叼着": "holding", "挎着": "holding", "拎着": "holding", "握着": "holding", "搂着": "holding",
                      "举起": "holding"})
_ZH_RELATION = "|".join(sorted(_ZH_RELATIONS, key=len, reverse=True))
# Before 的 a bare verb says it too: 戴眼镜的老爷爷, 穿红裙子的女孩.
_ZH_BARE_VERBS = {"戴": "wearing", "穿": "wearing", "拿": "holding", "举": "holding", "抱": "holding", "牵": "holding",
                  "拄": "holding", "端": "holding", "扛": "holding", "叼": "holding", "拎": "holding",
                  "撑": "holding", "提": "holding", "背": "with", "骑": "riding", "玩": "playing with", "挂": "with",
                  "插": "with", "装": "with"}  # 插着玫瑰的花瓶, 装着水的杯子: what is in it
# "拿着雨伞的女孩": the parts come first and end with 的; 有 only when no count follows (有一只猫 is "there is").
_ZH_BEFORE_RE = re.compile(rf"(?P<rel>{_ZH_RELATION}|[{''.join(_ZH_BARE_VERBS)}])着?(?!着)"
                           r"(?![一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位])(?P<parts>[^，,。的]+?)的"
                           # other modifiers may stack after it: 戴着红帽子的胖胖的小黑猫
                           r"(?=(?:[^的，,。]{1,6}的)*[^的]+$|[^的，,。]{1,6}?(?:拿|举|握|撑|打|提|抱|捧|牵|骑|背|拎|搂|拉)着)")
# "女孩拿着一把伞": the thing, then the parts; where on the thing what it holds or wears is said to be: 手里拿着.
ON_BODY_ZH = ("手里|手上|手中|手(?=[拿握举抱捧提拎牵撑])|身上|头上|嘴里|口中|怀里|脖子上|背上|腰上|腰间|脸上|耳朵上|"
              "脚上|肩上|胸前")
_ZH_AFTER_RE = re.compile(rf"(?:{ON_BODY_ZH})?"
                          r"(?P<rel>(?:拿着|举着|握着|撑着|打着|提着|抱着|捧着|戴着|穿着|披着|系着|骑着|背着|"
                          r"带着|长着|留着|牵着|拄着|端着|扛着|叼着|挎着|拎着|在弹|弹着|弹|(?<![个只位条])(?:穿(?![过越山行梭插透])|戴|骑(?![士手兵行]))))"
                          r"(?P<parts>.+)$")
_DETERMINER = re.compile(r"^(?:a|an|one|two|three|some|his|her|its|their|a pair of|pair of|\d+)\s", _I)

# "a cat sitting on a sofa": the thing is placed at a new thing, both drawn.
_EN_ANCHOR_RE = re.compile(
    r"^(?P<head>.+?)\s+(?:(?:is\s+)?(?P<pose>sitting|standing|lying|sleeping|perched|resting|hiding|leaning|"
    r"floating|flying|walking|running|playing|hanging|dangling|(?P<verb>[a-z]{3,}ing)|[a-z]{3,}ed)\s+)?"
    r"(?P<prep>(?<=hanging\s)from|(?<=dangling\s)from|(?:(?:to|on)\s+the\s+)?(?:left|right)\s+of|on top of|on|"
    r"(?<=ing\s)over|(?<=ing\s)across|(?<=ing\s)towards?|(?<=ing\s)to(?=\s+the\s)|(?<=ing\s)from|"
    r"(?<=ing\s)out\s+of|(?<=ing\s)into|(?<=ing\s)onto|(?<=ing\s)through|(?<=ing\s)around|(?<=ed\s)around|under|"
    r"underneath|beneath|below|beside|next to|near|by|in front of|behind|above|inside|in|against|at)\s+"
    r"(?P<anchor>(?:a|an|some|(?P<the>the))\s+.+)$", _I)
_ZH_ANCHOR_RE = re.compile(
    r"^(?P<head>.+?)(?P<pose>站|坐|躺|趴|蹲|睡|停|待|靠|藏|飞|走|跑|玩|插|放|摆|挂|泊|长|漂|飘|立|蜷|窝|卧|缩|倚|盘|绕|骑)?(?:着)?在(?P<anchor>[^在，,。]+?)的?"
    r"(?P<loc>左边|右边|左侧|右侧|下面|下方|底下|下|上空|上面|上方|上|旁边|边上|旁|前面|前|后面|后|里面|里|中间|中|附近|边|"
    r"外面|外边|外|(?<=[门村路街巷洞港])口)"
    # what it does there: 睡觉, 奔跑 (a pose), 看雨, 晒太阳 (dropped: no rule reads what it looks at)
    rf"(?P<after>{'|'.join(ZH_POSE_WORDS)}|[站坐躺趴睡停飞跑走游玩跳](?:着|来游去|来飞去|来跑去)?"
    r"|[看晒吃喝听读织画弹写钓吹拉做煮堆遛喂踢等唱拍捡摘种洗剪搭打发聊滑冲嬉追爬舔啃翻晃摇拿插骑抱牵推举烤]"
    r"(?:[^\s，,。的]{1,3}|\s*[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?))?(?P<tail>的?)$")  # 弹 guitar


# "a bowl of ramen", "a cup of coffee", "a basket of apples": what is drawn is what the container holds, in it.
_CONTAINER_OF = re.compile(r"^(?P<pre>(?:(?:a|an|one|the)\s+)?(?:[\w-]+\s+){0,2}?)(?P<container>"
                           rf"{'|'.join(vocab.CONTAINERS)})\s+of\s+"
                           r"(?P<content>(?!(?:the|a|an)\s)(?:(?!\s+and\s+(?:a|an|the|one|two|some)\s)[^,])+)$", _I)
_CONTAINER_ZH = re.compile(rf"^一?(?P<pre>)(?P<container>{ZH_HOLDERS})"
                           r"(?P<content>(?![子里上中])[\u4e00-\u9fff][^，,]*)$")

def _contained(text: str) -> list[Thing] | None:
    m = _CONTAINER_OF.match(text.strip()) or _CONTAINER_ZH.match(text.strip())  # 一碗拉面: ramen in a bowl
    if not m or not clean_rest(parse_phrase(m.group("content"), global_parts=False).rest):
        return None
    pre, said = m.group("pre"), parse_phrase(m.group("pre"), global_parts=False)
    looks = said.colour or said.material  # "a blue bowl of ramen": the bowl is blue
    article = re.match(r"^\s*(?:a|an|one|the)\s+", pre, _I)
    content_pre = (article.group(0) if article else "") if looks else pre
    container = f"a {pre[article.end():] if article else pre}{m.group('container')}" if looks \
        else ("a " if m.group("container").isascii() else "") + m.group("container")
    things = split_description(f"{content_pre}{m.group('content')}")
    things[0].parts.insert(0, ("in", container))
    return things


def split_description(text: str) -> list[Thing]:
    """One phrase of a drawing as its things: "a knight holding a sword and a shield" is one knight with two parts;
    "a cat sitting on a sofa", a cat on a sofa, and the sofa. A Thing's text may hold more ("a cat and a dog")."""
    on_it = _ON_IT_AND.match((text := doing_first(text)).strip())
    if on_it:  # "a pink cake with candles on it and a big yellow balloon": two things
        return split_description(on_it.group("first")) + split_description(on_it.group("rest"))
    described = described_pieces(text)  # 穿着粉色裙子的小女孩和一只白色的小狗: two things, each described
    if len(described) > 1:
        return [thing for piece in described for thing in split_description(piece)]
    if (contained := _contained(text)) is not None:
        return contained
    m = _SHOWS.match(text.strip()) or _GAZING.match(text.strip())
    if m and clean_rest(m.group("head")) and (m.group("verb").lower() != "reading" or _LOOKS_LIKE_TEXT.match(
            m.group("shown"))):
        head, shown = m.group("head"), m.group("shown")
        where = m.re is not _GAZING and _WHERE_AFTER.search(shown)  # ("looking at the sea": at what one looks)
        if where:  # "a parrot saying hello on a branch": it is on the branch
            head, shown = f"{head} {shown[where.start():].strip()}", shown[: where.start()]
        things = split_description(head)
        shower = next((t for t in things if t.placed), things[-1]) if where or m.re is _GAZING else things[-1]
        shower.shows = f"{m.group('verb').lower()} {shown.strip()}".strip()
        return things
    last = WHERE_LAST.match(text.strip())
    owner = split_description(last.group("body")) if last else []
    i = len(owner) - 1 if len(owner) > 1 and not owner[-1].parts and owner[-1].placed is None else 0  # "…a cat on it"
    if owner and owner[0].parts and owner[i].placed is None:  # "a girl with an umbrella in the foreground"
        worn = re.match(r"in\s+(?P<w>.+)$", last.group("where"), _I)
        if not i and worn and _reads_as_part(worn.group("w"), "in", True):  # "with pigtails in a yellow raincoat"
            return [Thing(owner[0].text, [*owner[0].parts, ("wearing", worn.group("w"))]), *owner[1:]]
        placed = _anchor(f"{owner[i].text} {last.group('where')}") or [Thing(f"{owner[i].text} {last.group('where')}")]
        placed[0].parts, placed[0].pose = owner[i].parts, placed[0].pose or owner[i].pose
        return [*owner[:i], *placed, *owner[i + 1:]]
    if (anchored := _anchor(text)) is not None:
        return anchored
    if (acting := _action(text)) is not None:
        return acting
    return _with_parts(text)


# "a clock showing 3:30", "a sign that says OPEN", "a t-shirt with the word LOVE on it": what a thing shows or says
# is a detail of it, never a part or another thing ("reading" only before words that look like text: a girl
# reading a book holds the book).
_SHOWS = re.compile(r"^(?P<head>.+?)\s+(?P<verb>(?:that|which)\s+(?:says|reads|shows|displays)|showing|displaying|"
                    r"saying|reading|with\s+the\s+(?:words?|text|letters|number))\s+(?P<shown>.+?)"
                    r"(?:\s+(?:on|in)\s+(?:it|the\s+front))?$", _I)
_WHERE_AFTER = re.compile(r"\s+(?:(?:sitting|standing|perched|hanging)\s+)?(?:on|in|at|under|next\s+to|beside|near|by)"
                          r"\s+(?:a|an|the|some)\s+", _I)
_LOOKS_LIKE_TEXT = re.compile(r"^\s*(?:[\"'“‘]|\d|[A-Z]{2,}\b)")


def _action(text: str) -> list[Thing] | None:
    """"a camel walking", "two dogs playing", "a man walking his dog", "a boy flying a kite", "女孩站 " (站在海边),
    "男孩 放风筝": the thing with what it does as its pose, and the object as a thing of its own or a part."""
    acting = _acting(text)
    return None if acting is None else [*acting[0], *acting[1]]


def _doer(text: str) -> tuple[list[Thing], Thing, list[Thing]]:
    """The things said before the one a place is said of, that one, and the things it acts on: "an old man
    reading a newspaper" (on a bench) is the man, reading the newspaper; without an action, the parts reading."""
    acting = _acting(text)
    if acting is None:
        *before, head = _with_parts(text)
        return before, head, []
    (*before, head), other = acting
    return before, head, other


def _acting(text: str) -> tuple[list[Thing], list[Thing]] | None:
    read = action_en(text) if not vocab.has_cjk(text) or re.search(r"[a-z]ing\b", text, _I) else None
    read = read or action_zh(text)
    if read is None:
        return None
    head, pose, relation, object_text = read
    things = _with_parts(head)
    last, other = things[-1], []
    more = re.match(r"^(?:and|&|plus)\s+(?P<x>\S.*)$", object_text, _I)
    then = more or _AND_ANOTHER.search(object_text)
    again = _another_doer(object_text[then.end():] if not more else more.group("x")) if then else None
    if more and not again and re.match(r"(?:a|an|the|two|three|some|his|her|their)\s", more.group("x"), _I):
        again = _with_parts(more.group("x"))  # "a fox sitting and a lantern": the lantern is not sat on
    if again:  # "a grandma knitting and a boy reading", "a girl reading a book and a boy flying a kite"
        object_text = "" if more else object_text[: then.start()]
    ph = parse_phrase(object_text, global_parts=False) if object_text else None
    if ph and ph.position and not (clean_rest(ph.rest) or ph.shape):  # "a cat sleeping top right": where it sleeps
        last.text = f"{last.text.rstrip()} {object_text}"
    elif ph:
        name = clean_rest(ph.rest).lower()
        if relation.lower() in AT_A_DISTANCE and name.isascii() and vocab.lookup(vocab.TIMES, name):
            pose = done_to_pose(pose, name)  # "watching the sunset": what it does, no sunset drawn as a thing
        elif relation != "骑" and (is_new_subject(name) or is_new_subject(re.sub(r"^.*\s", "", name))
                                   or relation.lower() in AT_A_DISTANCE):  # 骑马: the horse is ridden, hers
            other, pose = [Thing(object_text, done_to=True)], done_to_pose(pose, name)  # "walking his dog": drawn too
        else:
            last.parts.append((relation, object_text))  # "flying a kite", "放风筝": the kite is the boy's
            pose = None
    last.pose = last.pose or pose
    return things, other + (again or [])


def _another_doer(text: str) -> list[Thing] | None:
    """After "and", someone else doing their own thing ("a boy playing with a ball"); None for more objects."""
    again = _acting(text)
    if again:
        return [*again[0], *again[1]]
    head = re.split(r"\s+(?:[a-z]+ing|with|in|on|at)\b", text, maxsplit=1, flags=_I)[0]
    return _with_parts(text) if is_new_subject(clean_rest(parse_phrase(head, global_parts=False).rest).lower()) \
        else None


_AND_ANOTHER = re.compile(r"\s+(?:and|&)\s+(?=(?:a|an|the|two|three|some|his|her|their)\s)", _I)


_ZH_PICTURE_PLACES = {f for t in vocab.POSITIONS.values() for f in t.zh}


def _anchor(text: str) -> list[Thing] | None:
    m = _EN_ANCHOR_RE.match(text.strip())
    if m and m.group("verb") and m.group("verb").lower() in ING_NOUNS - {"looking"}:
        m = None  # "a building on a hill": a thing's name, not what it does
    if m and m.group("the") and (parse_position(m.group("anchor"))[0] or _ITEM_SPLIT.search(m.group("anchor"))):
        m = None  # "on the left", "on the wall and a cat": a side, or more things than one place
    if m and not re.search(r"\b(?:with|holding|wearing|carrying)\b", m.group("head"), _I):
        anchor, head_text = m.group("anchor"), m.group("head")
        after = doing_after(anchor)
        if after is not None:  # "a girl sitting under a tree reading a book": the girl reads
            anchor, head_text = after[0], f"{head_text} {after[1]}"
        worn = m.group("prep").lower() == "in" and _reads_as_part(  # "a girl in a red dress (and a boy)"
            re.split(r"\s+(?:holding|carrying|with)\s", _ITEM_SPLIT.split(anchor)[0])[0], "in", True)
        if _is_a_thing(anchor) and not worn:
            first = _ITEM_SPLIT.split(anchor)[0]  # "on a sofa and a dog on the floor": on the sofa
            mate = re.search(r"\s+with\s+(?P<w>(?:a|an|his|her|their|my)\s+\S.*)$", first, _I)
            mates = _with_parts(mate.group("w")) if mate and m.group("the") and is_new_subject(
                clean_rest(parse_phrase(re.sub(r"^\S+\s+", "", mate.group("w")), global_parts=False).rest)) else []
            anchor = anchor.replace(mate.group(0), "", 1) if mates else anchor  # "on the bench with her grandma"
            first = re.split(r"\s+(?:with|holding|wearing|carrying)\s", first, flags=_I)[0]  # "a dagger with a rose"
            name = clean_rest(parse_phrase(first, global_parts=False).rest) or clean_rest(first)
            before, head, acted_on = _doer(head_text)
            head.placed = f"{m.group('prep').lower()} the {name}"
            verb = (m.group("verb") or "").lower()
            if m.group("prep").lower() == "from" and not verb:  # "a lantern hanging from the tree"
                head.placed = f"hanging from the {name}"
            # "a fox sitting (in the snow) looking at the moon": the pose said first is kept
            head.pose = head.pose or (POSE_KEYS.get(verb, verb) if verb and verb not in ("coming", "going") else
                                      _EN_POSES.get((m.group("pose") or "").lower()))  # "steam coming out of…"
            toward = m.group("prep").lower() in ("to", "towards", "toward")
            if m.group("the") and not ((verb or m.group("pose") or toward) and is_new_subject(name.lower())
                                       and not _sides(m.group("prep"))):
                # "on the wall", "by the window", "a vase on the table": where it is, like 窗边, not drawn alone ("at
                # the moon", "sleeping under the christmas tree": drawn; one already in the picture is not drawn again)
                return [*before, head, *acted_on, *mates]  # "… by the campfire with his dog": the dog drawn too
            sides = _sides(m.group("prep"))
            if sides:
                return [*before, *_side_by_side(head, _with_parts(anchor), sides), *acted_on]
            return [*before, head, *acted_on, *(_anchor(anchor) or _with_parts(anchor)), *mates]  # "a bench under …"
        if m.group("prep").lower() in _BESIDE and _is_a_place(anchor):
            # "a house by a lake", "a cabin near the sea": beside a place, not in it; where the thing stands,
            # not a word of its name and not the whole picture's setting
            before, head, acted_on = _doer(head_text)
            head.placed = f"{m.group('prep').lower()} {anchor.strip()}"
            head.pose = _EN_POSES.get((m.group("pose") or "").lower()) or head.pose
            return [*before, head, *acted_on]
    # 坐在公园长椅上: with the park taken out as the setting, 坐 长椅上 is still sat on the bench
    m = _ZH_ANCHOR_RE.match(re.sub(r"(?<=[站坐躺趴蹲靠])\s+(?=[^\s在]+?(?:上|里|下)(?!\S*在))", "在", text.strip()))
    if m and m.group("loc") == "边" and re.fullmatch(r"[左右上下前后里外东西南北这那两]", m.group("anchor")):
        m = None  # 在左边, 在这边: a side, not by a thing
    if m and m.group("anchor") + m.group("loc") in _ZH_PICTURE_PLACES:
        m = None  # 在正中间, 在最左边: a place in the picture, not by a thing
    if m and clean_rest(m.group("head")) and _is_a_thing(m.group("anchor")):
        anchor = m.group("anchor")
        nested = _anchor(anchor_said_plainly(anchor)) if anchor_said_plainly(anchor) != anchor else None  # 树下的长椅
        name = clean_rest(parse_phrase(nested[0].text if nested else anchor, global_parts=False).rest) or anchor
        after = m.group("after") or " "
        # 坐在长椅上喂鸽子, 坐在秋千上吃冰淇淋: what it does there, to a thing drawn too (pigeons) or had
        acting = _acting(f"{m.group('head')} {after}") if len(after) > 1 and after[0] in _ZH_DONE_TO else None
        (*before, head), acted_on = acting or (_with_parts(m.group("head")), [])
        head.placed = name + _ZH_LOCATIVE.get(m.group("loc"), m.group("loc"))
        # 坐在长椅上看报纸: 拿着报纸 (clauses._READS_ZH), what is read is held
        head.parts += [("holding", after[2:])] if after.startswith("拿着") and len(after) > 2 else \
            [("holding", after[1:])] if after.startswith("插") and len(after) > 1 else []  # 在月球上插旗: the flag
        head.pose = (doing_beside(ZH_POSE_WORDS.get(after), _ZH_POSES.get(m.group("pose") or ""))
                     or ZH_POSE_VERBS.get(after[0] if len(after) == 1 or after[1] in "着来" else " "))
        if (m.group("loc") == "边" and not is_new_subject(name)) or {name, name + m.group("loc")} & _ZH_SURROUNDINGS:
            return [*before, head, *acted_on]
        sides = _sides(m.group("loc"))
        if sides:
            return [*before, *_side_by_side(head, _with_parts(anchor), sides), *acted_on]
        return [*before, head, *acted_on, *(nested or _with_parts(anchor))]
    return None


_BESIDE = {"by", "near", "beside", "next to"}


def _sides(prep: str) -> tuple[str, str] | None:
    """The grid sides of a thing and the new thing it is said against ("left of" -> left, right), or None."""
    return _SIDES.get(re.sub(r"^(?:to|on)\s+the\s+", "", re.sub(r"\s+", " ", prep.lower())))


def _side_by_side(head: Thing, anchor: list[Thing], sides: tuple[str, str]) -> list[Thing]:
    head.placed = sides[0]
    if anchor:
        anchor[-1].placed = anchor[-1].placed or sides[1]
    return [head, *anchor]


def _is_a_place(text: str) -> bool:
    place, rest = parse_place(text, bare=True)
    return bool(place) and not clean_rest(rest)


def _is_a_thing(text: str) -> bool:
    """Words that name a thing to draw, not a place, a grid position or a colour ("on white")."""
    place, rest = parse_place(text, bare=True)
    if place and not clean_rest(rest):
        return False
    position, rest = parse_position(text)
    if position and not clean_rest(rest):
        return False
    ph = parse_phrase(text, global_parts=False)
    # "a rock", "a glass", 在石头上: a material word alone is the thing made of it
    alone = bool(ph.material) and (ph.indefinite or vocab.has_cjk(text)) and not (
        ph.colour or ph.shape or clean_rest(ph.rest))
    return bool(ph.shape or clean_rest(ph.rest) or alone) and not re.match(
        r"^\s*(?:the\s+)?(?:background|backdrop)\b", text, _I)


def _with_parts(text: str) -> list[Thing]:
    """A thing and the parts said after a relation word ("with", "holding", 拿着...), then any things said
    after its parts ("a girl with an umbrella and a dog")."""
    if vocab.has_cjk(text):
        things = _with_parts_zh(text)
        if things is not None:
            return things
    m = _WITH_ON_IT.match(text.strip())
    if m and clean_rest(m.group("head")) and clean_rest(parse_phrase(m.group("item"), global_parts=False).rest):
        item = m.group("item")
        name = clean_rest(parse_phrase(item, global_parts=False).rest).lower()
        on_it = things_on_it(m.group("head"), item) if m.group("prep").lower() in ("on", "on top of") else None
        if on_it:  # "a wooden table with a birthday cake and a teapot on it": things set on it, each drawn
            return on_it
        if is_new_subject(name):  # "a sofa with a cat on it": the cat, on the sofa
            head_name = clean_rest(parse_phrase(m.group("head"), global_parts=False).rest) or m.group("head")
            return [*_with_parts(m.group("head")), Thing(item, placed=f"{m.group('prep').lower()} the {head_name}")]
        hung = (m.group("verb") or "").lower() in ("hanging", "hung", "dangling")
        return [Thing(m.group("head"), [("hung with" if hung else "with", item)])]  # "a cake with candles on it"
    for m in _EN_RELATION_RE.finditer(text):
        head = text[: m.start()]
        if not clean_rest(head):
            continue
        relation = _EN_RELATIONS[re.sub(r"\s+", " ", m.group("rel").lower())]
        on_it = things_on_it(head, text[m.end():]) if relation == "with" else None
        if on_it:
            return on_it
        parts, leftover = _part_items(relation, text[m.end():], m.group("rel").lower())
        doing = _DOING_AFTER.match(parts[-1][1]) if parts else None
        if doing and not leftover:  # "with a beard and round glasses reading the newspaper": he reads it
            parts[-1] = (parts[-1][0], doing.group("item"))
            head = f"{head} {doing.group('doing')}"
        if parts:
            return [Thing(head, parts)] + (_with_parts(leftover) if clean_rest(leftover) else [])  # its own too
        beside = parse_phrase(text[m.end():], global_parts=False)
        if relation == "with" and beside.position and beside.position not in vocab.POSITIONS and (
                beside.shape or clean_rest(beside.rest)):
            return [Thing(head), Thing(text[m.end():])]  # "a cat with a ball next to it": two things
        whose = re.match(r"^(?:his|her|its|their|my)\s+(?P<name>.+)$", text[m.end():].strip(), _I)
        if relation == "with" and whose and is_new_subject(clean_rest(parse_phrase(
                whose.group("name"), global_parts=False).rest).lower()):
            return [Thing(head), Thing(whose.group("name"))]  # "a girl with her cat": she and her cat
        its = (re.split(r"\s+(?:in|on|at|by|near|under|behind|next|with)\b", clean_rest(beside.rest).lower())[0].split()
               or [""])[-1]  # "a dog sitting in the back": a dog; "a rainbow mane": a mane
        if relation == "with" and is_new_subject(its) and any(vocab.lookup(vocab.NOUNS, w) or w in MORE_ANIMALS
                                                              or w in PEOPLE_WORDS for w in (its, its[:-1])):
            whose_part = r"\b(?P<p>(?:in|on|at)\s+the\s+(?:back|front|top|bed|seat))\b(?!\s+of)"  # of the truck
            named = clean_rest(parse_phrase(head, global_parts=False).rest) or head.strip()
            return [Thing(head), Thing(re.sub(whose_part, lambda w: f"{w.group('p')} of the {named}", text[m.end():],
                                              flags=_I))]  # "a truck with a dog sitting in the back": the dog too
        listed = things_listed(head, text[m.end():]) if relation == "with" else None
        if listed:  # "a sink with a yellow rubber duck and a green toothbrush": the duck and the brush beside it
            return [Thing(t, parts) for t, parts in listed]
    return [Thing(text)]


# "背着书包去上学", "拿着风筝去公园": where the thing goes with its parts is not a word of them.
_ZH_GOING = re.compile(r"(?<=[\u4e00-\u9fff])(?:去|来)[\u4e00-\u9fff]{1,4}$")


def _with_parts_zh(text: str) -> list[Thing] | None:
    m = _ZH_BEFORE_RE.search(text)
    if m and clean_rest(text[m.end():]):
        relation = _ZH_RELATIONS.get(m.group("rel")) or _ZH_BARE_VERBS[m.group("rel")]
        parts, leftover = _part_items(relation, _ZH_GOING.sub("", m.group("parts")), m.group("rel"))
        head = text[: m.start()] + text[m.end():]
        inner = _with_parts_zh(head) if parts and not clean_rest(leftover) and _ZH_AFTER_RE.search(head) else None
        if inner:  # 穿粉裙子的女孩牵着一只狗: what she wears, said before her, then what she leads or holds
            return [Thing(inner[0].text, parts + inner[0].parts), *inner[1:]]
        if parts and not clean_rest(leftover):
            return [Thing(head, parts)]
        if not parts and m.group("rel") in _LEADS | {"牵"} and clean_rest(leftover):  # 牵着狗的男人: both drawn
            return [Thing(text[: m.start()] + text[m.end():]), Thing(m.group("parts"))]
    m = _ZH_AFTER_RE.search(text)
    if m and clean_rest(text[: m.start()]):
        rel = _ZH_RELATIONS.get(m.group("rel"), _ZH_BARE_VERBS.get(m.group("rel"), "wearing"))
        parts, leftover = _part_items(rel, _ZH_GOING.sub("", m.group("parts")), m.group("rel"))
        if parts:  # 穿红裙子的女孩 手里拿着气球: what she wears, said before her, and what she holds
            inner = _with_parts_zh(text[: m.start()])  # 坐在大石头上手里拿着风筝: on the rock, and holding it
            head = inner[:1] if inner else (_anchor(text[: m.start()]) or [Thing(text[: m.start()])])
            head[0].parts = head[0].parts + parts
            return head + ([Thing(leftover)] if clean_rest(leftover) else [])
        if m.group("rel") in _LEADS and clean_rest(leftover):  # 女孩牵着一只狗: she and her dog, both drawn
            return [Thing(text[: m.start()]), Thing(leftover)]
    return None


# Verbs of holding that lead an animal or a person as readily as a thing: what they lead is drawn on its own.
_LEADS = {"牵着", "搂着", "拉着"}
_STRONG = {"holding", "carrying", "wearing", "dressed in", "riding", "playing with", "who is holding", "who holds",
           "that holds", "who is wearing", "who wears", "who is riding"} | set(_ZH_RELATIONS) | set(_ZH_BARE_VERBS)
_STRONG -= {"有", "带着", "长着", "牵着", "牵", "搂着"}  # 牵着一只狗: a dog led is drawn on its own


# A second relation word right after a part starts the next part, as if "and" were said before it (穿着蓝裙子拿着花).
_HELD_ZH = "|".join(r for r in _ZH_RELATIONS if r.endswith("着"))
_NEXT_RELATION = re.compile(r"(?<![,\s])(?<!\band)\s+(?=(?:holding|carrying|wearing|dressed\s+in|riding)\s+\S)"
                            rf"|(?<=[\u4e00-\u9fff])(?=(?:{_HELD_ZH})[\u4e00-\u9fff])", _I)


def _part_items(relation: str, text: str, said: str) -> tuple[list[tuple[str, str]], str]:
    """The parts in a list after a relation word ("a sword and a shield", "a red umbrella and wearing a hat"),
    and the words after them that are not parts; no parts when the words do not read as parts ("with stars" is a
    pattern; "in the snow" a place)."""
    items: list[tuple[str, str]] = []
    # "in a yellow raincoat holding an umbrella": worn, held; "in silver armor with a red cape": the cape too
    pieces = _pieces(_NEXT_RELATION.sub(" and ", with_as_and(text) if relation == "wearing" else text))
    for index, item in enumerate(pieces):
        item = _HANGING_ON_IT.sub("", item)  # "a lantern hanging on it": the lantern, on the thing it is with
        m = re.match(r"^(?P<rel>holding|carrying|wearing|dressed in|riding|with|having)\s+(?P<rest>.+)$", item, _I)
        zh = re.match(rf"^(?P<rel>{_ZH_RELATION}|[{''.join(_ZH_BARE_VERBS)}](?=\S\S))(?P<rest>.+)$", item) \
            if vocab.has_cjk(item) else None  # 戴黑框眼镜、穿灰色卫衣的男孩: each with its own verb
        first = index == 0
        if m:
            relation, said, item, first = _EN_RELATIONS[m.group("rel").lower()], m.group("rel").lower(), \
                m.group("rest"), True
        elif zh:
            relation = _ZH_RELATIONS.get(zh.group("rel")) or _ZH_BARE_VERBS[zh.group("rel")]
            said, item, first = zh.group("rel"), zh.group("rest"), True
        if not _reads_as_part(item, said, first):
            return items, " and ".join(pieces[index:])
        had = said == "in" and re.sub(r"[^a-z]+", " ", item.lower()).split()[-1:] in ([w] for w in vocab.HAD)
        items.append(("with" if had else relation, item))  # "a girl in pigtails": hair is had, not worn
    return items, ""


def part_phrases(text: str, *, said: str = "") -> list[str]:
    """Parts given in one go ("a red hat and a scarf", "一顶黄色的帽子"): one phrase each; [] when one names nothing
    or a thing drawn on its own (a person, a tree). `said` "with": as a description ("with stormy waves": no part)."""
    pieces = _pieces(text)
    for piece in pieces:
        ph = parse_phrase(piece, global_parts=False)
        name = clean_rest(ph.rest).lower() or container_alone(piece)  # "give it a glass": glass, not a material
        if not (name or ph.shape) or (is_new_subject(name) and not pictured_on(name)) or (ph.position and not (
                re.search(r"\bon\s+top\s*$", piece, _I))):  # "a red antenna on top": on top of it
            return []
    if said and pieces and not _reads_as_part(pieces[0], said, True):
        return []
    return pieces


def _reads_as_part(item: str, said: str, first: bool) -> bool:
    ph = parse_phrase(item, global_parts=False)
    name = clean_rest(ph.rest).lower() or container_alone(item)  # "holding a glass": glass, not a material
    singular = re.sub(r"(?<=[a-z]{2})(?:es|s)$", "", name)
    known = {w.lower() for w in (*vocab.WORN, *vocab.HAD)} | MORE_WORN
    if name.split() and name.split()[-1] in known:  # "round eyes", "top hat": a known part with a word before it
        singular = name.split()[-1]
    if not (name or ph.shape) or re.search(r"\b(?:background|style|colou?r)\b|背景|风格", item, _I):
        return False
    if said in _STRONG and first:
        return True  # "holding a cat", "riding a horse": whatever is held is the subject's
    if said == "with" and ph.position and ph.position not in vocab.POSITIONS:
        return False  # "with a pink circle next to it": beside it, a thing of its own
    if is_new_subject(name):
        return False  # "a girl with an umbrella and a dog": the dog is drawn, not held
    if said == "in":  # "a girl in a red dress", "in pigtails"; "in the snow", "in a box", "in the leaves": not worn
        had = {*map(str.lower, vocab.HAD)} if item.startswith("the ") else {"leaves", "petals"}  # "in autumn leaves"
        return bool({name, singular} & (known - had))
    if said == "with" and first:  # "with an umbrella", "with glasses", "with apples"; "with stars" is a pattern
        return bool(_DETERMINER.match(item) or ph.colour or ph.material or name in known or singular in known
                    or (singular != name and bool(vocab.lookup(vocab.NOUNS, name)) and name not in ("stars", "hearts"))
                    or (singular == name and bool(vocab.lookup(vocab.NOUNS, name))))  # a learner's "with umbrella"
    return True

