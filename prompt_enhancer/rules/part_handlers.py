"""Clauses that give a subject parts: "give him a beard", "put a black hat on him", "let the girl hold an
umbrella", "he should be wearing a yellow raincoat", "with a red collar", "给她戴一顶黄色的帽子", "让女孩拿着一把伞".
Changing or taking a part off goes through the attribute and removal rules, which find parts by name.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Subject
from prompt_enhancer.rules.picture_changes import start_new_scene
from prompt_enhancer.rules.subject_changes import add_parts, add_subjects
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.on_its_body import without_body_place
from prompt_enhancer.rules.drawn_alone import is_new_subject
from prompt_enhancer.rules.features import feature_alone
from prompt_enhancer.rules.parts import part_phrases
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_position
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.persons import is_alive
from prompt_enhancer.rules.references import natural_owner, person_kind, resolve
from prompt_enhancer.rules.worn_refs import WHO_BY_PART_ZH

_I = re.IGNORECASE

_GIVE_EN = re.compile(r"^(?:give|hand|offer)\s+(?P<rest>.+)$", _I)
# "and him a blue cap" after "give her a pink dress": the verb left out, said once for both.
_GIVE_AGAIN_EN = re.compile(r"^(?:(?:and|also|plus)\s+)?(?P<rest>(?:him|her|them)\s+(?:a|an|some|one|two)\s+.+)$", _I)
# "put him in a blue shirt", "dress her in a red coat": what one is put in and wears.
_DRESS_IN_EN = re.compile(r"^(?:put|dress|clothe)\s+(?P<owner>him|her|them|it|the\s+[\w\s]+?)\s+in\s+"
                          r"(?P<parts>(?:a|an|some|the|his|her|their)?\s*(?:[\w-]+\s+){0,3}?(?P<worn>[\w-]+))$", _I)
_WORN_EN = {w for w in vocab.WORN if w.isascii()} | {"clothes", "outfit", "costume", "pajamas", "pyjamas", "jeans",
                                                     "trousers", "pants", "overalls", "sneakers"}
# "put a pipe in his mouth", "place a flower in the girl's hand": a thing held by whose mouth or hand it is put in.
# "put a pipe in his mouth", "and a rose in her hand": hers, held (said alone: no "with" or "holding" before)
_IN_HAND_EN = re.compile(r"^(?:(?:put|place|stick|pop|give|add)\s+|(?=(?:a|an|some|one)\s(?!.*\b(?:with|holding|who|"
                         r"that)\s)))(?P<parts>.+?)\s+(?:in|into)\s+(?P<owner>his|her|its|their|"
                         r"the\s+[\w\s]+?'s|[\w]+'s)\s+(?P<on>mouth|hands?|paws?|beak|arms|lap|teeth|hair)$", _I)
_PUT_ON_EN = re.compile(r"^(?:put|place|stick|add|draw|paint|pop|hang|attach|tie|pin|string)\s+"
                        r"(?P<parts>.+?)(?<!\bnext)(?<!\bclose)(?<!\bup)"
                        r"\s+(?:on|onto|to|for|from)\s+(?P<owner>.+)$", _I)
_LET_EN = re.compile(r"^(?:let|make|have|get)\s+(?P<owner>.+?)\s+(?P<rel>hold|carry|wear|put on|ride|have|be holding|"
                     r"be wearing|be carrying|be riding)\s+(?P<parts>.+)$", _I)
_HAS_EN = re.compile(r"^(?P<owner>.+?)(?:'s|’s|\s+(?:should|must|could|can|will|needs to|has to|is|are|'s))?\s+"
                     r"(?:be\s+)?(?P<rel>holding|wearing|carrying|riding|hold|wear|carry|ride|have|has|with|wears|holds|"
                     r"carries|rides|"
                     # "he needs a walking stick", "she could use a hat": what a person is to have
                     r"(?:needs|need|wants|want|could\s+use|gets|get)(?=\s+(?!to\b|be\b)))\s+"
                     r"(?P<parts>.+)$", _I)
_WITH_EN = re.compile(r"^(?:and\s+)?(?P<rel>with|holding|wearing|carrying)\s+(?P<parts>.+)$", _I)
# (who gets it is said before any count: 给他一件披风, 给她一条围巾 are his cape and her scarf, no 披 or 围 of theirs)
_GIVE_ZH = re.compile(r"^(?:(?P<topic>[^给帮，,]+?)\s*)?(?:再|还|也|又)?(?:给|帮(?!我|忙))"
                      r"(?P<owner>(?:(?![一两二三四五几]\s*[个只条件顶副双把根])[^，,])+?)"
                      r"(?P<verb>加上|加个|加(?!一[杯瓶碗盘盒袋束串])一|加|戴上|戴|穿上|穿|添上|添|画上|画|配上|配|换上|拿上|"
                      r"装上|安上|留|挂上|挂|插上|插|贴上|贴|系上|系|装|盖上|盖|披上|披|围上|围|挎上|挎|背上|拎上)(?P<parts>.+)$")
_GIVE_ZH_BARE = re.compile(r"^(?:再|还|也|又)?给(?P<owner>他|她|它|他们|她们|它们|.{1,6}?)"
                           # (一面旗子, 一面镜子: 面 only after a count, never 面包 or 上面)
                           r"(?P<parts>(?:[一两二三四五几]?\s*[个只条棵朵辆艘匹座张块颗位把顶副件双根支本杯瓶碗盒袋束串]|[一两二三四五几]\s*面).+)$")
_LET_ZH = re.compile(r"^(?:让|叫|使)(?P<owner>.+?)"
                     r"(?P<verb>拿着|拿上|拿|举着|举|戴着|戴上|戴|穿着|穿上|穿|抱着|抱|骑着|骑|"
                     r"背着|背|撑着|撑|提着|提)(?P<parts>.+)$")
# "画一只白猫，脖子上有个蓝色项圈": a place on a body says whose the thing is, the subject in focus.
_ON_BODY_ZH = re.compile(r"^(?:再|也|还)?(?:在|往|给)?(?P<owner>.*?)的?"
                         r"(?P<body>脖子|头|手|身|脚|背|耳朵|脸|鼻子|尾巴|腰)"
                         r"(?:上|里|(?<=手)(?=拿))(?:还|也|再)?(?P<verb>有|要|需要|得有|戴着|架着|挂着|系着|拿着|套着|围着|戴上|戴|挂上|挂|系上|系|"
                         r"套上|套|围上|围|拿|放上|放|加上|加|插上|插|包上|包|裹上|裹|扎上|扎|披上|披)(?:了)?(?P<parts>.+)$")
_BODY_RELATION = {"手": "holding", "头": "wearing", "鼻子": "wearing", "脸": "wearing", "脖子": "wearing",
                  "身": "wearing", "腰": "wearing", "脚": "wearing", "耳朵": "wearing"}
_HAS_ZH = re.compile(r"^(?P<owner>.+?)(?:手里|手上|头上|身上|嘴里|嘴上)?"
                     # (鸽子嘴里叼一根橄榄枝: held in its beak)
                     r"(?P<verb>拿着|举着|戴着|穿着|抱着|骑着|背着|撑着|提着|叼着|(?<=[嘴里上])叼(?=[一两]\s*[根条个只片朵])|"
                     r"有|(?:要|得|也|还|再)?(?:穿|戴|拿|举|撑)(?:上|一[件顶副把条双个])?"
                     r"|(?:要|得|也|还|再)?(?:扎|梳|留)(?:着|了|起|上)?)(?P<parts>.+)$")  # 她扎两个辫子, 爷爷留白胡子

# A clause that starts with how a part goes with the thing just said: "穿着黄色的衣服", "还戴着一顶帽子".
_WITH_ZH = re.compile(r"^(?:并且|而且|还|也|再)?(?:手里|手上|手中|头上|身上|嘴里|嘴上|口中|怀里|背上|脖子上)?"
                      # "戴一顶 blue hat", "戴红帽子 围蓝围巾": the verb alone before the thing
                      r"(?P<verb>拄着|端着|扛着|挎着|拎着|捧着|打着|弹着|"  # "拄着拐杖": leaning on it, held
                      r"拿着|举着|戴着|穿着|围着|抱着|背着|撑着|提着|披着|系着|牵着|握着|骑着|扎着|留着|长着|叼着|含着|咬着|(?:戴|穿|拿|围|披|举|撑|提|弹)(?![过越走掉开绕巾裙起住])"
                      # 手里打把伞 (an umbrella held up), 留点胡子 (a beard grown)
                      r"|打(?=一?把)|留(?=点|一?撮|些)"
                      r"(?=[一两]\s*[顶副条件个只把根支双套串]|[\u4e00-\u9fffA-Za-z]|\s+[A-Za-z]))\s*(?P<parts>.+)$")
# "鼻子是胡萝卜", "眼睛是两颗纽扣": what a body part of the thing in focus is made of, a part of it ("胡萝卜鼻子").
_BODY_IS_ZH = re.compile(r"^(?:它的|他的|她的)?(?P<body>鼻子|眼睛|嘴巴|嘴|耳朵|尾巴|胡子|翅膀|角)(?:是|用)"
                         r"(?:[一两]?\s*[个颗根块条只]\s*)?(?P<what>[^，,是]+?)(?:做的|的)?$")

_RELATION_WORDS = {"hold": "holding", "holding": "holding", "carry": "holding", "carrying": "holding",
                   "be holding": "holding", "be carrying": "holding", "wear": "wearing", "wearing": "wearing",
                   "put on": "wearing", "be wearing": "wearing", "ride": "riding", "riding": "riding",
                   "be riding": "riding", "have": None, "has": None, "with": None, "needs": None, "need": None,
                   "wants": None, "want": None, "could use": None, "gets": None, "get": None, "wears": "wearing",
                   "holds": "holding", "carries": "holding", "rides": "riding"}


def _zh_relation(verb: str) -> str | None:
    if verb[:1] in "戴穿围":
        return "wearing"
    if verb[:1] in "拿举抱撑提":
        return "holding"
    if verb[:1] == "骑":
        return "riding"
    return "playing" if verb[:1] == "弹" else None  # 弹着吉他: an instrument played


def _owners(work: MessageEdit, text: str) -> list[Subject] | None:
    """The subjects a phrase names as the ones to give parts to; a place or a position is no one ("on the
    left", "to the picture")."""
    said = clean_rest(text)
    if not said or re.fullmatch(r"(?:me|us|you|the\s+(?:picture|image|scene|canvas|background))", said, _I):
        return None
    position, rest = parse_position(text)
    if position and not clean_rest(rest) and not re.search(r"\bones?\b|那个|那只|这个|这只", text, _I):
        return None  # "on the left" is no one; "the one on the left" is
    place, rest = parse_place(text, bare=True)
    if place and not clean_rest(rest):
        return None
    return resolve(work, text)


def _part_owner(work: MessageEdit, text: str) -> list[Subject] | None:
    """"the branch", "its door": a part a subject has by nature names that subject ("hang a lantern from the
    branch" of a tree, "hang a wreath on the door" of a house)."""
    said = clean_rest(re.sub(r"^(?:the|its|his|her|their|a|an)\s+", "", text.strip(), flags=_I)).lower()
    if not said or " " in said:
        return None
    for name in (said, said + "s", said + "es", re.sub(r"(?<=[a-z]{2})e?s$", "", said)):
        owner = natural_owner(work, name)
        if owner is not None:
            return [owner]
    return None


def _give(work: MessageEdit, owners: list[Subject] | None, relation: str | None, parts_text: str,
          said: str = "") -> bool:
    if not owners:
        return False
    if relation is None and not all(is_alive(o) for o in owners):
        relation = "with"  # "add a lantern to the tree": the tree has it, it does not hold it
    parts_text, worn = without_body_place(parts_text)  # "a black veil over his face": worn
    relation = relation or ("wearing" if worn else None)
    phrases = part_phrases(parts_text, said=said)
    if not phrases and relation == "riding" and clean_rest(parse_phrase(parts_text, global_parts=False).rest):
        phrases = [parts_text.strip()]  # "…，骑着一匹 black horse": what the one just said rides goes with them
    if not phrases:
        return False
    if not add_parts(work, owners, [(relation, p) for p in phrases]):
        work.scene.focus = owners[-1].id
    return True


def dress_clause(work: MessageEdit, body: str) -> bool:
    """"put him in a blue shirt" (worn, not a place), "and him a blue cap" (give, said once for both); read
    before moves and replacements, which would take the first for a place and the second for a new name."""
    if not work.scene.subjects:
        return False
    m = _DRESS_IN_EN.match(body)
    if m and re.sub(r"s$", "", m.group("worn").lower()) in _WORN_EN:
        owners = _owners(work, m.group("owner"))
        return bool(owners) and _give(work, owners, "wearing", m.group("parts"))
    m = _GIVE_AGAIN_EN.match(body)
    if m:
        owner, parts = m.group("rest").split(None, 1)
        owners = _owners(work, owner)
        return bool(owners) and _give(work, owners, None, parts)
    return False


def give_clause(work: MessageEdit, body: str) -> bool:
    """"give him a beard", "put a hat on the snowman", "let her hold an umbrella", "给他加一副眼镜"."""
    if not work.scene.subjects:
        return False
    m = _IN_HAND_EN.match(body)
    if m:  # "put a pipe in his mouth", "place a flower in her hand": hers, held ("a ribbon in her hair": worn)
        said = m.group("owner")
        owners = _owners(work, {"his": "him", "its": "it", "their": "them"}.get(said.lower(), re.sub(
            r"'s$", "", said)))
        if owners:
            return _give(work, owners, "wearing" if m.group("on").lower() == "hair" else "holding", m.group("parts"))
    m = _GIVE_EN.match(body)
    if m:
        rest = re.sub(r"^(?:both|all|each)\s+of\s+(?=them\b|the\s)", "", m.group("rest"), flags=_I)  # both of them
        words = re.sub(r"^((?:them|they|all|him|her)\s+)(?:both|all)\s+", r"\1", rest, flags=_I).split()
        for k in range(1, min(len(words), 8)):  # "the one in the hat": an owner of up to seven words
            owners = _owners(work, " ".join(words[:k]))
            if owners and _give(work, owners, None, " ".join(words[k:])):
                return True
        return False
    m = _PUT_ON_EN.match(body)
    if m and re.search(r"\sfrom\s", body[m.start("owner") - 6: m.start("owner")], _I) and not re.match(
            r"^(?:hang|string|tie|attach)\b", body, _I):
        m = None  # "add a dog from the book": only what hangs hangs from a thing
    if m and re.search(r"\b(?:leaning|propped|resting|standing|sitting|lying|parked|sleeping)$", m.group("parts"), _I):
        m = None  # "add a surfboard leaning on the car": set beside it, a thing of its own
    if m:  # what is put on someone is worn: "put a bow on her"; a lantern hung on a tree is the tree's
        owners = _owners(work, m.group("owner")) or _part_owner(work, m.group("owner"))
        worn = "wearing" if re.match(r"^(?:put|place|stick|pop)\b", body, _I) and re.search(
            r"\s(?:on|onto)\s", body, _I) and owners and all(is_alive(o) for o in owners) else None
        if re.match(r"^(?:hang|string)\b", body, _I) and owners and not any(is_alive(o) for o in owners):
            worn = "hung with"
        return _give(work, owners, worn, m.group("parts"))
    m = _LET_EN.match(body)
    if m:
        return _give(work, _owners(work, m.group("owner")), _RELATION_WORDS[m.group("rel").lower()], m.group("parts"))
    m = _GIVE_ZH.match(body)
    if m and m.group("topic") and re.fullmatch(r"它|他|她|它们|他们|她们", m.group("owner")):
        owners = _owners(work, m.group("topic"))  # "左边那只给它加个蝴蝶结": it is the one said first
        if owners:
            return _give(work, owners, _zh_relation(m.group("verb")), m.group("parts"))
    m = m or _LET_ZH.match(body)
    if m:
        owners = _owners(work, m.group("owner"))
        relation = _zh_relation(m.group("verb"))
        if m.group("verb")[:1] == "挂" and owners and not any(is_alive(o) for o in owners):
            relation = "hung with"  # "给树挂上铃铛"
        return _give(work, owners, relation, m.group("parts"))
    m = _GIVE_ZH_BARE.match(body)  # "给她一把伞"
    if m:
        return _give(work, _owners(work, m.group("owner")), None, m.group("parts"))
    return False


_WHO_BY_PART_ZH = re.compile(rf"^(?:把|将|让)?{WHO_BY_PART_ZH}")


def wear_clause(work: MessageEdit, body: str) -> bool:
    """"he should be wearing a yellow raincoat", "the cat has a hat", "with a red collar", "她戴着帽子": parts
    said of a subject already drawn."""
    if not work.scene.subjects or _WHO_BY_PART_ZH.match(body):
        return False  # "戴帽子的那个穿上…": who is meant, by what they wear (resolve reads it), then the request
    if re.search(r"(?:留着|留下|保留)(?:了|吧|啊|就行|就好)*$", body):
        return False  # "太阳和房子留着": they stay, nothing worn
    m = _WITH_EN.match(body)
    if m:
        focus = work.focus()
        return _give(work, [focus] if focus else None, _RELATION_WORDS.get(m.group("rel").lower()), m.group("parts"),
                     said=m.group("rel").lower())
    m = _WITH_ZH.match(body)
    if m and work.focus() is not None:  # "一个骑自行车的女孩，穿着黄色的衣服": what she wears, said after her
        return _give(work, [work.focus()], _zh_relation(m.group("verb")), m.group("parts"))
    if _feature_alone(work, body):
        return True
    m = _BODY_IS_ZH.match(body)
    if m and work.focus() is not None and not parse_phrase(m.group("what"), global_parts=False).colour:
        return _give(work, [work.focus()], "with", m.group("what") + m.group("body"))
    m = _ON_BODY_ZH.match(body)
    if m:
        owners = _owners(work, m.group("owner")) if clean_rest(m.group("owner")) else [work.focus()]
        parts = re.sub(r"^[一两]?\s*[个条只顶副根把串束朵]", "", m.group("parts"))
        relation = _zh_relation(m.group("verb")) or _BODY_RELATION.get(m.group("body"), "wearing")
        if owners and owners[0] is not None and _give(work, owners, relation, parts):
            return True
    m = _HAS_EN.match(body)
    if m:
        return _give(work, _owners(work, m.group("owner")), _RELATION_WORDS[m.group("rel").lower()], m.group("parts"))
    m = _HAS_ZH.match(body)
    counted = re.match(r"^[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位]", m.group("parts")) if m else None
    if m and not (m.group("verb") == "有" and counted):  # 有一只猫 is "there is a cat", not a part
        return _give(work, _owners(work, m.group("owner")), _zh_relation(m.group("verb")), m.group("parts"))
    return False


# "树上挂个灯笼", "在树上加一盏灯笼", "再在树上挂几个铃铛": a thing put on or at a thing already drawn. The anchor comes
# first, with a locative (上, 里, 旁边...), then the verb and what is put there.
_LOCATIVE = r"(?P<loc>上面|上边|顶上|顶端|顶部|顶|上|里面|里|下面|下边|底下|下|旁边|边上|前面|后面)"
_ATTACH_ZH = re.compile(rf"^(?:让|使)?(?:再|也|还|另外)?(?:在|往|于)?(?P<anchor>[^在往把将，,]{{1,12}}?)的?{_LOCATIVE}"
                        r"(?:再|也|还|要|得)?(?P<verb>挂满|插满|摆满|放满|挂上|挂|吊上|吊|悬挂|加上|加|添上|添|放上|放|摆上|摆|插上|插|"
                        r"贴上|贴|画上|画|装上|装|系上|系|绑上|绑|点上|点|长出|长|结满|结出|结|有)(?:了|着|一下)?(?P<np>.+)$")
# "灯笼挂在树上", "把铃铛挂到树上": what is put there first, then the verb, then the anchor.
_HANG_ZH = re.compile(rf"^(?:把|将|再|也|还|(?:请|帮我|给我)?画)?(?P<np>[^在到，,]+?)"
                      rf"(?P<verb>挂|吊|贴|插|系|绑|装|摆|放|戴|穿)"
                      rf"(?:在|到)?"
                      rf"(?P<anchor>[^在到，,]{{1,12}}?)的?{_LOCATIVE}(?:了|吧|去|呀|啊)?$")


# "挂个灯笼在树上吧": the verb first, then what is put there, then the anchor.
_HANG_FIRST_ZH = re.compile(rf"^(?:再|也|还)?(?P<verb>挂|吊|贴|插|系|绑|装|摆|放)(?:上)?(?P<np>[^在到，,]+?)(?:在|到)"
                            rf"(?P<anchor>[^在到，,]{{1,12}}?)的?{_LOCATIVE}(?:了|吧|去|呀|啊)?$")


def _known_thing(said: str) -> str | None:
    """The known Chinese noun a phrase ends with ("一棵大树" -> 树), else None."""
    return next((f for t in vocab.NOUNS.values() for f in sorted(t.zh, key=len, reverse=True)
                 if vocab.has_cjk(said) and said.endswith(f)), None)


_SURFACES_ZH = ("桌子", "桌", "书桌", "餐桌", "茶几", "架子", "书架", "盘子", "托盘", "床", "地毯", "毯子", "野餐布",
                "柜子", "台子", "窗台")


def attach_clause(work: MessageEdit, body: str) -> bool:
    """"树上挂个灯笼", "在树上加一盏黄色的灯笼", "灯笼挂在树上": a new thing put on a subject already drawn. A thing
    that is a subject of its own (a cat on the sofa) is added there; anything else (a lantern, bells, a flag)
    becomes that subject's part. A thing already drawn is not read here: putting it somewhere is a move."""
    m = _ATTACH_ZH.match(body) or _HANG_ZH.match(body) or _HANG_FIRST_ZH.match(body)
    if not m:
        return False
    if m.group("loc") not in ("上", "上面", "上边", "顶上", "顶端", "顶部", "顶", "里", "里面"):
        return False  # "在它旁边放个球": beside it, a thing of its own, read by the add rule
    anchor_said = m.group("anchor")
    body_part = re.search(r"的?(脖子|头|手|身|脚|背|耳朵|脸|腰)$", anchor_said)
    if body_part and clean_rest(anchor_said[: body_part.start()]):  # "把气球放在她手里": in her hand, held
        anchor_said = anchor_said[: body_part.start()]
    if parse_position(anchor_said)[0] or parse_place(anchor_said, bare=True)[0]:
        return False  # "左边加一只猫", "雪地里放个雪人": a place of the picture, read by the add rule
    anchors = resolve(work, anchor_said)
    if not anchors and _known_thing(anchor_said) and not resolve(work, _known_thing(anchor_said)):
        # "一棵树上挂着红灯笼" with no tree yet: the tree is drawn too, then the lantern goes on it
        new = work.started_empty or work.new_scene
        if new:
            start_new_scene(work)
        anchors = [work.focus()] if add_subjects(work, anchor_said, announce="drew" if new else "added") else None
    if not work.scene.subjects:
        return False
    if not anchors and natural_owner(work, anchor_said) is not None:
        anchors = [natural_owner(work, anchor_said)]  # "树枝上挂一盏灯笼": on the tree's branches, the tree's
    if not anchors or len(anchors) != 1:
        return False
    np = m.group("np")
    if m.group("verb").endswith("满"):  # "挂满灯笼": many of them
        np = np if re.match(r"^[一两二三四五几\d]", np) or not vocab.has_cjk(np) else "几个" + np
    said = clean_rest(parse_phrase(np, global_parts=False).rest)
    if not said or resolve(work, said) and m.re is not _ATTACH_ZH:
        return False
    anchor = anchors[0]
    # what is put or set on a thing is drawn on its own ("桌子上放着一个红苹果"); what hangs on it is its part
    set_down = not body_part and (re.match(r"[放摆搁]", m.group("verb")) or anchor.name.endswith(_SURFACES_ZH))
    if set_down or is_new_subject(said.lower()) or is_new_subject(said):
        before = {s.id for s in work.scene.subjects}
        if not add_subjects(work, np, announce="added"):
            return False
        where = anchor.name + ("里" if m.group("loc").startswith("里") else "上")
        for subject in work.scene.subjects:
            if subject.id not in before and subject.position is None:
                subject.position = where  # said with it: "加了一只猫" is where it was asked for
        return True
    relation = _BODY_RELATION.get(body_part.group(1), "wearing") if body_part else \
        "hung with" if m.group("verb")[:1] in "挂吊悬" else "with"
    return _give(work, [anchor], relation, np)  # a tree hung with a lantern, not a tree holding one


def _feature_alone(work: MessageEdit, body: str) -> bool:
    """"戴眼镜的老人，白胡子": a feature said alone after its owner, with how it looks (a colour, a length), is
    the owner's part (the thing that has such a part by nature), not a thing of its own."""
    name = feature_alone(body)
    focus = work.focus()
    if name is None or focus is None:
        return False
    # the thing that has such a part by nature, else the person in focus (a beard is not every person's)
    owner = natural_owner(work, name) or (focus if person_kind(focus) is not None else None)
    return owner is not None and _give(work, [owner], "with", body)
