"""What a thing in a description does: "a camel walking", "a boy flying a kite", "女孩站 " (站在海边), "男孩 放风筝".

Only reads words: the thing's text, its pose, the verb and what it is done to. Whether that object is drawn on
its own or held is `parts`' question (through `drawn_alone`).
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.drawn_alone import PEOPLE_WORDS, is_new_subject
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase
from prompt_enhancer.rules.zh_doing import ZH_POSE_WORDS

_I = re.IGNORECASE

# "a camel walking", "a man walking his dog", "a boy flying a kite": a participle glued onto the thing's name is
# what it does, and what it does it to is another thing (a dog) or something it has (a kite). The words ending in
# -ing that are things, and the relations the parts rules read, are not actions.
ING_NOUNS = {"building", "ceiling", "clothing", "painting", "drawing", "evening", "morning", "earring", "wedding",
             "pudding", "icing", "frosting", "dumpling", "duckling", "seedling", "sibling", "viking", "darling",
             "railing", "lightning", "spring", "string", "swing", "sling", "thing", "something", "nothing",
             "anything", "everything", "king", "ring", "wing", "sing", "bring", "ping", "awning", "landing",
             "bedding", "sewing", "nothing", "lighting", "setting", "ending", "feeling", "meaning", "offering",
             "holding", "wearing", "carrying", "riding", "having", "shading", "looking", "living", "dining",
             "parking", "shopping", "dressing", "herring", "sapling", "gosling", "bowling", "topping", "scaffolding"}
# The -ing words above that a description's relation rules read ("holding", "looking at"): said after a thing they
# are still what it does. The rest are names of things ("building", "evening").
THING_INGS = ING_NOUNS - {"holding", "wearing", "carrying", "riding", "having", "looking"}
# What is done to a thing from where one stands: the thing is drawn on its own ("a fox sniffing a mushroom"), not
# held as "flying a kite" or "reading a book" is.
AT_A_DISTANCE = set("sniffing smelling watching looking staring gazing chasing feeding hunting following approaching "
                    "guarding facing climbing pulling pushing towing hugging petting photographing greeting admiring "
                    "circling eyeing nuzzling 追 喂".split())
_EN_ACTION_RE = re.compile(r"(?<![\w'-])(?P<verb>[a-z]{2,}ing)(?![\w'-])", _I)
_NOT_A_NOUN_END = re.compile(r"(?:^|\s)(?:a|an|the|of|in|on|at|to|and|or|with|his|her|its|their|my|is|are|be|"
                             r"some|very|so|and)\s*$", _I)
# "an old red fishing boat": an age or a state is no one doing the -ing, which is the start of a compound's name
ONLY_DESCRIBED = re.compile(r"^(?:(?:old|new|young|wee|rusty|shiny|broken|empty|tall|short|long|fat|thin|pretty|"
                             r"ugly|cute|lovely|nice|beautiful|fancy|plain|modern|vintage|antique|classic|cool|"
                             # "a cozy reading nook", "a quiet dining room": where one reads or dines
                             r"cozy|cosy|quiet|sunny|warm|little|small|tiny|big|huge|secret|hidden|"
                             # "a striped mooring pole", "a painted fishing boat": a pattern or a finish too
                             r"striped|spotted|painted|carved|polished|dotted|checkered|chequered)\s*)+$", _I)
# after the verb, where it is done or what is had as well ("a couple walking holding hands", "running ahead of them")
_EN_OBJECT_PREP = re.compile(r"^(?:with|in|on|at|to|into|onto|through|over|under|near|by|across|around|along|"
                             r"towards?|from|up|down|off|out|away|about|past|behind|beside|above|below|for|ahead|"
                             r"holding|wearing|carrying)\b", _I)
_POSSESSOR = re.compile(r"^(?:(?:his|her|its|their|my|your|the|a|an|some|one)\s+)+", _I)
ZH_POSE_VERBS = {"站": "standing", "坐": "sitting", "躺": "lying", "趴": "lying", "睡": "sleeping", "停": "parked",
                 "飞": "flying", "跑": "running", "走": "walking", "游": "swimming", "玩": "playing", "跳": "jumping",
                 "漂": "floating", "飘": "floating", "蹦": "jumping",
                 "蹲": None, "待": None, "呆": None, "靠": None, "挂": None, "立": None}
# Where a place was taken out of a Chinese description a blank is left: "女孩站 " (站在海边), "男孩 放风筝"
# (在草地上放风筝). A verb right before or after that blank is what the thing does there.
_ZH_POSE_RE = re.compile(rf"^(?P<head>.*[\u4e00-\u9fffA-Za-z])\s*(?P<verb>[{''.join(ZH_POSE_VERBS)}])着?\s+$")
_ZH_DOING_RE = re.compile(r"^(?P<head>.*[\u4e00-\u9fffA-Za-z](?:[站坐躺趴蹲]着)?)(?:\s+|(?<=着))(?:正在|在)?"
                          r"(?P<verb>[放玩骑拿抱吃看追读打踢弹唱画遛牵喂堆钓拉推举插]|下(?=[象围]?棋))(?:着)?"
                          # 追一个红色的球: what is counted may say what it looks like; 弹 guitar: said in English
                          r"(?P<object>[^\s的]{1,6}|[一两三几][个只条颗本张][^\s的]{0,4}的[^\s的]{1,4}"
                          r"|\s*[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*)?)\s*$")


# "a kid building a sandcastle", "a man painting a fence": an -ing word that names a thing is what one does when a
# thing it is done to follows
_VERBS_TOO = {"building", "painting", "drawing", "sewing", "lighting", "setting", "offering", "parking", "frosting"}
_DONE_TO = re.compile(r"(?:a|an|the|his|her|their|its|my|some|two|three|four|five)\s+[a-z]", _I)


# "a girl roller skating", "a boy ice skating", "a man rock climbing": the word before the doing says which kind of
# it (not a girl called "girl roller", nor a boy made of ice)
_DOINGS_OF_A_KIND = {"roller skating", "ice skating", "figure skating", "speed skating", "scuba diving",
                     "sky diving", "rock climbing", "horseback riding", "kite surfing", "wind surfing", "water skiing",
                     "ice fishing", "cross country skiing", "bungee jumping", "tree climbing", "mountain climbing"}
_KIND_OF_DOING = re.compile(r"(?<=\s)(?P<k>roller|ice|figure|speed|scuba|sky|rock|horseback|kite|wind|water|"
                            r"cross\s+country|bungee|tree|mountain)\s*$", _I)


def action_en(text: str) -> tuple[str, str | None, str, str] | None:
    """(thing, pose, verb, object) of an English "<thing> <verb>ing [object]"; None where no verb reads so."""
    for m in _EN_ACTION_RE.finditer(text):
        verb = m.group("verb").lower()
        head, rest = text[: m.start()], text[m.end():].strip()
        kind = _KIND_OF_DOING.search(head)
        if kind and f"{kind.group('k').lower()} {verb}" in _DOINGS_OF_A_KIND:  # "a girl roller skating": her doing
            head, verb = head[: kind.start()], f"{kind.group('k').lower()} {verb}"
        if (verb in ING_NOUNS and not (verb in _VERBS_TOO and _DONE_TO.match(rest))) or not clean_rest(head) \
                or _NOT_A_NOUN_END.search(head) or _ING_COMPOUND.match(f"{verb} {rest}"):
            continue  # "a blue watering can": a can, watering nothing
        said = parse_phrase(head, global_parts=False)
        last = re.split(r",|\b(?:and|a|an|the)\b", clean_rest(said.rest), flags=_I)[-1].strip()
        if not (said.shape or clean_rest(said.rest)) or ONLY_DESCRIBED.match(last):
            continue  # "a tiny glowing purple fairy": how it looks, before the thing, is no one doing it
        if re.search(r"\b(?:with|holding|wearing|carrying|riding|dressed)\b", head, _I) and not (
                rest and is_new_subject(_object_name(rest))):
            return None  # "a girl with an umbrella walking": the parts rule reads it ("… walking her dog": below)
        counted = _PARTICLE_THEN_COUNT.match(rest)
        if counted:  # "rounding up three sheep": the verb with its particle, and the things it is done to
            verb, rest = f"{verb} {counted.group('p').lower()}", rest[counted.end():]
        elif rest and _EN_OBJECT_PREP.match(rest):
            return None  # "playing with a ball", "sitting on a sofa": relations and places read elsewhere
        mate = _WITH_SOMEONE.match(rest)
        if mate and (is_new_subject(_object_name(mate.group("who"))) or _object_name(mate.group("who")) == "friend"):
            rest = f"{mate.group('what')} and {mate.group('who')}"  # "playing chess with a young boy": two people
        game = _GAME.fullmatch(mate.group("what") if mate and " and " in rest else rest)
        if verb == "playing" and game:  # "kids playing soccer": what they do, no ball held
            return head, f"playing {game.group(0).lower()}", verb, rest[game.end():].strip()
        pose = POSE_KEYS.get(verb, verb)
        if _HOW.match(rest):  # "flying high", "running fast": how it does it, not what to
            rest = ""
        if together := _TOGETHER.match(rest):  # "walking hand in hand": how they walk (no hand held), with whom
            pose, rest = f"{pose} {together.group('how').lower()}", rest[together.end():].strip()
        return head, pose, verb, _POSSESSOR.sub("", rest) if clean_rest(rest) else ""
    return None


# Things named with a doing before them, after another thing in a list: "a pumpkin and a blue watering can"
_ING_COMPOUND = re.compile(r"(?:watering\s+can|magnifying\s+glass|frying\s+pan|rolling\s+pin|(?:cutting|chopping|"
                           r"diving|ironing|drawing|surfing)\s+board|(?:cutting|yoga|exercise|changing)\s+mat|shopping\s+(?:cart|bag|basket)|(?:washing|sewing)\s+"
                           r"machine|mixing\s+bowl|measuring\s+(?:cup|tape)|spinning\s+(?:top|wheel)|steering\s+wheel|"
                           r"(?:boxing|gardening)\s+gloves|hiking\s+boots|wrapping\s+paper|racing\s+car|sailing\s+"
                           r"boat|baking\s+tray|knitting\s+needles|reading\s+glasses)\b", _I)


def done_to_pose(pose: str | None, name: str) -> str | None:
    """"a dog chasing a cat": the dog's doing says what it chases (the cat is drawn on its own too), so the prompt
    keeps who does what to whom, not "a chasing dog and a cat"."""
    name = re.split(r"\s+(?:in|on|at|with|under|by|near|inside|from|behind|beside)\s", name, maxsplit=1, flags=_I)[0]
    if not pose or not name or " " in pose or not f"{pose}{name}".isascii():
        return pose
    if name.lower() in ("them", "him", "her", "it", "us", "me", "you"):
        return f"{pose} {name.lower()}"  # "a dog chasing them": who, as said
    return f"{pose} the {name}"  # "watching a goldfish in a bowl": watching the goldfish


# "playing chess with a young boy", "playing guitar with his dog": someone the doing is shared with, drawn too
_WITH_SOMEONE = re.compile(r"^(?P<what>\S.*?)\s+with\s+(?P<who>(?:a|an|his|her|their|my|two|three)\s+[^,]+)$", _I)
_GAME = re.compile(r"soccer|football|basketball|baseball|tennis|volleyball|golf|hockey|badminton|cricket|rugby|"
                   r"chess|cards|tag|hide\s+and\s+seek|hopscotch|video\s+games|games|ping\s+pong|table\s+tennis", _I)
_PARTICLE_THEN_COUNT = re.compile(r"(?P<p>up|down|out|off|in)\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|"
                                  r"\d{1,2})\s+[a-z])", _I)


def _object_name(rest: str) -> str:
    return clean_rest(parse_phrase(_POSSESSOR.sub("", rest), global_parts=False).rest).lower()


_HOW = re.compile(r"^(?:(?:very|so|really)\s+)?(?:high|low|fast|quickly|slowly|away|around|overhead|above|together|"
                  r"alone|happily|peacefully|freely|free|past|by|up|down)(?:\s+(?:up|above|overhead|around))?\s*$", _I)
_TOGETHER = re.compile(r"(?P<how>(?:hand|arm|side|back|cheek|face|shoulder)\s+(?:in|by|to)\s+"
                       r"(?:hand|arm|side|back|cheek|face|shoulder))\b(?:\s+with\b)?", _I)
# "一只鸟在天上飞" with the place taken out: "一只鸟 飞", the verb after the blank is what it does there.
# Two characters for one pose: 奔跑, 飞翔, 散步 ("小狗在海边奔跑").
ZH_POSE_VERBS.update(ZH_POSE_WORDS)
_ZH_POSE_AFTER_RE = re.compile(rf"^(?P<head>.*[\u4e00-\u9fffA-Za-z])\s+(?P<verb>{'|'.join(ZH_POSE_WORDS)}|"
                               rf"[{''.join(v for v in ZH_POSE_VERBS if len(v) == 1)}])"
                               r"(?:着|来飞去|来跑去|来游去|来走去)?\s*$")


# "猫咪睡觉", "小狗奔跑": a two-character pose right after the thing, no place between.
# "女孩在跳舞", "小狗正在睡觉": 在 / 正在 before it says it is going on.
_ZH_POSE_WORD_END = re.compile(rf"^(?P<head>.*?[\u4e00-\u9fff])(?:正在|在)?(?P<verb>{'|'.join(ZH_POSE_WORDS)})"
                               r"(?:着|呢)?\s*$")


def doing_beside(doing: str | None, pose: str | None) -> str | None:
    """熊猫坐着吃竹子, 橘猫趴在窗台上晒太阳: how it sits or lies is the pose beside a doing kept as said (吃竹子); a
    doing the vocabulary has (睡觉: sleeping) is the pose itself."""
    return pose if pose and doing and vocab.has_cjk(doing) else doing or pose


def _seated(head: str) -> tuple[str, str | None]:
    """老爷爷坐 (在河边) 钓鱼, 猫坐 (在草地上) 睡觉: how a thing sits is said before what it does; (the thing alone,
    the pose of how it sits), or (head, None) where it says none."""
    sat = re.match(r"^(?P<who>.*\S)(?P<how>[坐站躺趴蹲])着?\s*$", head)
    if sat and _KNOWN_ZH_END.search(sat.group("who")):
        return sat.group("who"), ZH_POSE_VERBS.get(sat.group("how"))
    return head, None


def action_zh(text: str) -> tuple[str, str | None, str, str] | None:
    """(thing, pose, verb, object) of a Chinese description whose place was taken out; None where none reads."""
    text = _PICTURE_OF.sub(" ", text)  # 小女孩放风筝的图片: a picture of what she does
    m = _ZH_POSE_WORD_END.match(text) or _ZH_POSE_AFTER_RE.match(text)
    if m and clean_rest(_COUNTED.sub("", m.group("head"))):
        who, sitting = _seated(m.group("head"))  # 熊猫坐着吃竹子: a doing with no pose of its own keeps how it sits
        return who, doing_beside(ZH_POSE_VERBS[m.group("verb")], sitting), "", ""
    m = _ZH_POSE_RE.match(text)
    if m and (len(clean_rest(_COUNTED.sub("", m.group("head")))) >= 2  # 车站 is a station, not a standing car
              or m.group("verb") != "站" and _KNOWN_ZH_END.search(m.group("head"))  # 一只猫坐 (在草地上)
              or clean_rest(_COUNTED.sub("", m.group("head"))) == "人"):  # 一个人站 (在雨里): a person
        return m.group("head"), ZH_POSE_VERBS[m.group("verb")], "", ""
    m = _ZH_DOING_RE.match(text) or _ZH_DOING_GLUED_RE.match(text)
    if m and clean_rest(m.group("head")):
        return m.group("head"), None, m.group("verb"), m.group("object")
    m = _ZH_ANY_DOING.match(text)  # 机器人 送外卖 (在城市里送外卖): a doing no table has, kept as said
    if m and not (vocab.lookup(vocab.NOUNS, m.group("vp")) or parse_phrase(m.group("vp")).has_subject_values()
                  or _KNOWN_ZH_END.search(m.group("vp"))):
        return m.group("head"), m.group("vp"), "", ""
    return None


# A thing or a person the vocabulary knows, ending a Chinese head: what follows it is what it does.
_KNOWN_ZH = sorted({f for t in vocab.NOUNS.values() for f in t.zh} | set(vocab.MALE_WORDS + vocab.FEMALE_WORDS
                   + vocab.PERSON_WORDS), key=len, reverse=True)
_KNOWN_ZH = [w for w in _KNOWN_ZH if vocab.has_cjk(w)]
_KNOWN_ZH_END = re.compile(rf"(?:{'|'.join(_KNOWN_ZH)})$")
_ZH_ANY_DOING = re.compile(rf"^(?P<head>.*(?:{'|'.join(_KNOWN_ZH)}))\s+(?P<vp>[\u4e00-\u9fff]{{2,4}})\s*$")
# "小女孩放风筝", "男孩踢足球": a known thing, then the verb and its object with nothing between.
_ZH_DOING_GLUED_RE = re.compile(rf"^(?P<head>.*(?:{'|'.join(_KNOWN_ZH)}))\s*(?:正在|在)?"
                                r"(?P<verb>[放玩骑拿抱吃看追读打踢弹唱画遛牵喂堆钓拉推举浇种摘洗扫写喝晒捡搭折])(?!着)"
                                r"(?P<object>[^\s的]{1,6}|[一两三几][个只条颗本张][^\s的]{0,4}的[^\s的]{1,4})\s*$")


_PICTURE_OF = re.compile(r"的(?:图片|图画|插画|照片|图|画)\s*$")
_COUNTED = re.compile(r"^.*?[一两二三四五几\d]\s*[个只条棵朵辆艘匹座张块颗位]")
POSE_KEYS = {f: t.key for t in vocab.POSES.values() for f in t.en}


# "a girl sitting under a tree reading a book": a participle after a thing that cannot do it (a tree, a bench) is
# what the thing before does. People and animals can; so can a word the vocabulary does not know.
_ACTORS = {"cat", "dog", "bird", "fish", "horse", "rabbit", "fox", "deer", "dragon", "robot", "snowman", "person",
           "man", "woman", "old man", "old woman", "girl", "boy", "child", "fisherman", "knight", "king", "queen",
           "princess", "prince", "wizard", "astronaut", "elephant", "panda", "tiger", "whale", "penguin", "duck",
           "bear", "lion", "monkey", "owl", "frog", "turtle", "butterfly", "cow", "sheep", "pig", "chicken", "mouse",
           "squirrel", "wolf", "snake", "dinosaur", "unicorn", "pirate", "witch", "mermaid", "ghost", "angel"}
# What people sit on, lean on or stand under, beyond the vocabulary's nouns: it does nothing itself.
STILL = {"bench", "rock", "stone", "boulder", "log", "stump", "stool", "couch", "bed", "swing", "step", "steps",
          "stairs", "wall", "fence", "bridge", "pumpkin", "hammock", "pier", "dock", "desk", "armchair", "lamppost",
          "streetlight", "windowsill", "cushion", "pillow", "blanket", "rug", "carpet", "oak", "willow", "pine",
          "palm", "maple", "birch", "sakura", "mushroom", "car", "truck", "bus", "train"}
_TRAILING_DOING = re.compile(r"\s+(?P<doing>(?P<verb>[a-z]{3,}ing)\s+\S.*)$", _I)
_RELATION_VERBS = {"holding", "wearing", "carrying", "riding"}


_WORN = {w.lower() for w in vocab.WORN if w.isascii()}


def cannot_act(text: str) -> bool:
    """Whether an English thing is known and is neither a person nor an animal (a tree, a bench, a sofa)."""
    said = parse_phrase(text, global_parts=False)
    name = clean_rest(said.rest).lower()
    words = [re.sub(r"(?<=[a-z]{2})s$", "", w) for w in re.findall(r"[a-z]+", name)]
    if not words:
        return bool(said.material)  # "a rock", "a stone": a material said alone is a thing made of it
    if set(words) & PEOPLE_WORDS:
        return False
    if words[-1] in STILL or words[-1] in _WORN:  # "a purple robe holding a staff": the one in the robe holds it
        return True
    term = vocab.lookup(vocab.NOUNS, name) or vocab.lookup(vocab.NOUNS, words[-1])
    return term is not None and term.key not in _ACTORS


def doing_after(text: str) -> tuple[str, str] | None:
    """(the thing, what is done) of "a big oak tree reading a book" when the thing cannot be the one doing it."""
    for m in _TRAILING_DOING.finditer(text):
        verb = m.group("verb").lower()
        if verb in ING_NOUNS - _RELATION_VERBS or not clean_rest(text[: m.start()]):
            continue
        if cannot_act(text[: m.start()]):
            return text[: m.start()], m.group("doing")
        return None
    return None
