"""Typing slips in the words the rules know: "cirlce" is a circle, "remvoe" remove, "backgorund" background.

Only a word the rules do not know is changed, only into one they do, and only by one slip that is common when
typing fast: two letters swapped (any word of four letters or more), one letter left out or doubled (five or
more), or a vowel left out of a thing of four to six letters when what is typed has no vowel ("hrse", "brd").
A word a letter away from two known words, or a plural of a known word, is left as typed, so free-text names
("crown", "bear") pass through. English only; no dictionary beyond the rules' own words.
"""

from __future__ import annotations

import re
from functools import cache

from dialog import vocabulary as vocab

# Words of commands and everyday phrasing the rules read, besides the vocabulary's things and values. Function
# words are here so that they are never "corrected" into a near vocabulary word ("there" is not "three").
_COMMAND_WORDS = """
add insert include put place draw paint sketch create generate make render show produce illustrate design
imagine depict give remove delete erase drop eliminate ditch lose scrap change turn colour color recolour
recolor set switch move shift slide drag push nudge bring relocate position bigger smaller larger tinier
enlarge shrink background backdrop style picture image canvas scene please thanks thank could would should
instead actually again also another more less the this that these those there their they them then than
where were what when which while with without within from into onto over under above below behind beside
next near around left right middle center centre corner side top bottom upper lower want like have having
holding wearing carrying riding sitting standing lying sleeping running flying jumping smiling other same
about after before because maybe really little every each both anymore please thing things shape shapes
object objects nothing something everything anything someone everyone colour colours colors lighting light
shot angle view close wide dark bright pale deep soft photo style look looks feel mood atmosphere vibe
steps seed guidance scale size strength resolution swap swapped places meant mean said sorry wait nope
okay hello first second third last former latter bigger biggest smallest larger largest one ones make made
take taken keep kept three four five seven eight nine eleven twelve twenty hundred thousand
width height prompt negative sampler scheduler pixels render rendered quality sharper image images sampling
sit sits stand stands sleep sleeps lie lies lay run runs jump jumps fly flies smile walk swim play float
house horse hours heart heard hearts board bored boring beard bread broad brown crown grown clown cloud could crowd
think thing thank things thinks being bring brings along alone among above about abort again against ages
words world would wound round found sound wonder wander water waters later latter letter after alter
love loves loved like likes liked adore adores need needs son daughter birthday know
bedside roadside seaside riverside hillside lakeside poolside fireside wayside beachside countryside
""".split()


# Everyday things people ask to draw that the vocabulary has no row for: known here only so that a slip in one
# ("buterfly", "elefant" is not one slip) is mended; they are drawn by name as any free noun is.
_COMMON_THINGS = """
butterfly elephant giraffe dinosaur rainbow penguin monkey turtle spider dolphin octopus squirrel tiger lion
zebra unicorn parrot chicken duck goose swan frog snake whale shark bear panda koala owl eagle sheep donkey
bicycle airplane aeroplane rocket train truck tractor helicopter guitar piano violin pizza burger cake candle
clock camera mirror window bridge river island volcano waterfall lighthouse windmill tower church temple pyramid
pumpkin strawberry banana cherry lemon orange carrot mushroom cactus sunflower rose tulip daisy leaf leaves
bottle teapot basket lamp pillow blanket ladder fence bench sign computer phone television robot astronaut
lace laces buckle saddle lid strap straps handle zipper sole soles logo pocket pockets sleeve sleeves hood badge
trim wand staff crystal gem shield sword axe arrow quiver mug thermos handbag sneakers slime sprite
""".split()


@cache
def _known() -> frozenset[str]:
    words: set[str] = set(_COMMAND_WORDS) | set(_COMMON_THINGS)
    tables = (vocab.COLOURS, vocab.SHADES, vocab.SIZES, vocab.POSITIONS, vocab.SHAPES, vocab.MATERIALS, vocab.STYLES,
              vocab.POSES, vocab.NOUNS, vocab.PLACES, vocab.TIMES, vocab.LOOKS, vocab.RELATIONS)
    for table in tables:
        for term in table.values():
            for form in (term.key, *term.en):
                words.update(w for w in re.split(r"[\s-]+", form.lower()) if w.isascii() and w.isalpha())
    for group in (vocab.WORN, vocab.HAD, vocab.MALE_WORDS, vocab.FEMALE_WORDS, vocab.PERSON_WORDS):
        words.update(w.lower() for w in group if w.isascii() and w.isalpha())
    return frozenset(words)


@cache
def _by_deletion() -> dict[str, frozenset[str]]:
    """Each known word of five letters or more under every spelling with one letter left out."""
    index: dict[str, set[str]] = {}
    for word in _known():
        if len(word) >= 5:
            for i in range(len(word)):
                index.setdefault(word[:i] + word[i + 1:], set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _short_things() -> frozenset[str]:
    """Three-letter things and colours ("cat", "dog", "red"): a slip in one is a doubled last letter ("catt") or
    two letters swapped ("dgo"), mended only into one of these."""
    words = set()
    for table in (vocab.NOUNS, vocab.SHAPES, vocab.COLOURS):
        for term in table.values():
            words.update(f.lower() for f in (term.key, *term.en) if len(f) == 3 and f.isascii() and f.isalpha())
    return frozenset(words)


@cache
def _things_by_deletion() -> dict[str, frozenset[str]]:
    """Each thing of four to six letters ("bird", "horse") under every spelling with one letter left out."""
    words = {w for w in _COMMON_THINGS if 4 <= len(w) <= 6}
    for table in (vocab.NOUNS, vocab.SHAPES, vocab.COLOURS):
        for term in table.values():
            words.update(f.lower() for f in (term.key, *term.en) if 4 <= len(f) <= 6 and f.isascii() and f.isalpha())
    index: dict[str, set[str]] = {}
    for word in words:
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1:], set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def _vowel_left_out(w: str) -> str | None:
    """"hrse", "brd": a word of three or four letters with no vowel but a final e is no English word, so a thing
    one letter away is meant ("hose" and "bid" are words, and stay as typed)."""
    if not 3 <= len(w) <= 4 or re.search(r"[aeiouy]", re.sub(r"e$", "", w)):
        return None
    found = _things_by_deletion().get(w, frozenset())
    return next(iter(found)) if len(found) == 1 else None


# The English words two swapped letters away from a three-letter thing ("act" / "cat"): typed on purpose.
_SWAPPED_WORDS = {"act"}
# English words one letter from a word of the rules, typed on purpose: never mended ("an upturned crate").
# ("a sports car" is not "a spots car"; "sorry to be a bother"; "he lost it"; "steam" is not "stream")
# The rest are the everyday words of a 4,800-word list that one slip would turn into another ("plants" / "pants").
_REAL_WORDS = {"crate", "sports", "bother", "lost", "steam", "plants", "dessert", "drier", "enter", "entered",
               "farther", "hears", "heats", "laying", "money", "nails", "panting", "paying", "pots", "sewing", "sing",
               "sorts", "spies", "starts", "tanks", "vets", "waking", "weaving",
               "tnt", "bbq", "dna", "ufo", "suv", "atm", "dvd", "lcd", "rpg", "fps", "npc", "mrt", "lrt"}  # initials


def _short_slip(w: str) -> str | None:
    things = _short_things()
    if len(w) == 4 and w[-1] == w[-2] and w[:3] in things:  # "catt", "dogg"
        return w[:3]
    if len(w) != 3 or w in _SWAPPED_WORDS:
        return None
    found = {w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(2)} & things
    return next(iter(found)) if len(found) == 1 else None


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@cache
def _keys_around(key: str) -> frozenset[str]:
    """The key itself and the keys touching it on a QWERTY keyboard (each row sits half a key right of the one
    above)."""
    row = next(r for r, keys in enumerate(_ROWS) if key in keys)
    at = _ROWS[row].index(key)
    near = {(row, at - 1), (row, at), (row, at + 1), (row - 1, at), (row - 1, at + 1), (row + 1, at - 1), (row + 1, at)}
    return frozenset(_ROWS[r][c] for r, c in near if 0 <= r < len(_ROWS) and 0 <= c < len(_ROWS[r]))


def _beside_a_neighbour(word: str, i: int) -> bool:
    """Whether the letter at `i` is the letter before or after it again, or a key touching one of them."""
    return any(word[i] in _keys_around(word[j]) for j in (i - 1, i + 1) if 0 <= j < len(word))


def correction(word: str) -> str | None:
    """The known word a typed word is one slip away from, or None."""
    w = word.lower()
    known = _known()
    if len(w) < 3 or w in known or w in _REAL_WORDS or not w.isalpha() or not w.isascii():
        return None
    short = _short_slip(w) or _vowel_left_out(w)
    if short is not None or len(w) < 4:
        return short
    if w.endswith("s") and (w[:-1] in known or (w.endswith("es") and w[:-2] in known)):
        return None  # a plural of a known word
    doubled = {w[:i] + w[i] + w[i:] for i in range(1, len(w))} & known
    if len(doubled) == 1 and not any(_inflected(d, w) for d in doubled):
        return next(iter(doubled))  # a doubled letter typed once, the slip made most: "aple", "biger", "botom"
    candidates: set[str] = set()
    for i in range(len(w) - 1):  # two letters swapped: "cirlce"
        swapped = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if swapped != w and swapped in known:
            candidates.add(swapped)
    if len(w) >= 5:
        for i in range(1, len(w)):  # one letter too many: "rremove", "circlle"; never the first ("beagle"), and
            shorter = w[:i] + w[i + 1:]  # only a key next to one beside it ("bandana" is no slip of "banana")
            if len(shorter) >= 5 and shorter in known and _beside_a_neighbour(w, i):
                candidates.add(shorter)
        candidates.update(_by_deletion().get(w, ()))  # one letter left out: "yelow", "squre"
    # A word and its inflection differ by a letter too ("dance" / "dancer", "rain" / "rainy"): not a slip.
    candidates = {c for c in candidates if not _inflected(c, w) and not _inflected(w, c)}
    return next(iter(candidates)) if len(candidates) == 1 else None


def is_known_word(word: str) -> bool:
    """Whether the rules know a word (or its plural): "blah" alone is not a thing to draw or a note to keep."""
    w = word.lower().strip()
    known = _known()
    return w in known or w.rstrip("s") in known or (w.endswith("es") and w[:-2] in known)


def _inflected(longer: str, shorter: str) -> bool:
    return longer.startswith(shorter) and longer[len(shorter):] in ("s", "es", "r", "er", "d", "ed", "y", "n", "e")


_WORD = re.compile(r"[A-Za-z]{3,}")
# Short words typed the way people chat ("teh", "nite", "blu", "giv"): too short for the one-slip rule, so the
# common ones are listed. Each is a word of the rules, and none is an English word of its own.
_CHAT_SPELLINGS = {
    "teh": "the", "hte": "the", "nite": "night", "tonite": "tonight", "blu": "blue", "bleu": "blue", "giv": "give",
    "gimme": "give me", "thankyou": "thank you", "thanku": "thank you", "thnx": "thanks", "thnks": "thanks",
    "accross": "across", "aminal": "animal", "ment": "meant", "thru": "through", "lil": "little", "smol": "small",
    "u": "you", "ur": "your", "wat": "what", "cna": "can", "waht": "what", "uwu": "", "owo": "",
    "hes": "he's", "doon": "down", "rly": "really", "abt": "about", "pls": "please", "plz": "please", "yello": "yellow",
    "purp": "purple", "shes": "she's", "git": "get", "tq": "thanks", "tqvm": "thanks",
    "gren": "green", "grn": "green", "blk": "black", "wht": "white", "lft": "left", "rght": "right", "abit": "a bit",
    "alil": "a little", "smal": "small", "hav": "have", "shud": "should", "shd": "should", "shld": "should",
    "blak": "black", "wite": "white",
    # sound-alikes and slips a dyslexic typist makes ("a blew circle rite in the midle"): never meant as such here
    "grean": "green", "pleese": "please", "pleeze": "please", "plese": "please", "bottum": "bottom",
    # Irish and Scottish words: "would ye", "naw", "och", "aye", "braw", "tae", "the wean"
    "ye": "you", "naw": "no", "och": "oh", "aye": "yes", "braw": "great", "tae": "to", "wean": "child",
    "bottem": "bottom", "colur": "colour", "colr": "color", "acros": "across", "dosnt": "doesn't", "doesnt": "doesn't",
    "frend": "friend", "dinosor": "dinosaur", "dinasor": "dinosaur", "dinasour": "dinosaur",
    # a child's words for animals and toys (said to children too): the thing itself, so "the boaty" finds the boat
    "doggy": "dog", "doggie": "dog", "kitty cat": "cat", "kitty": "cat", "fishy": "fish", "boaty": "boat",
    "horsey": "horse", "horsie": "horse", "birdie": "bird", "piggy": "pig", "piggie": "pig", "ducky": "duck",
    "duckie": "duck", "froggy": "frog", "froggie": "frog", "moo cow": "cow", "choo choo train": "train",
    "choo choo": "train", "ofcourse": "of course", "wee bit": "little bit", "a good deal": "a lot",
    "a great deal": "a lot", "em": "them", "'em": "them",
    # a teenager's shorthand: "a dog nd a ball", "sry", and the pinyin initials of 对不起 (dbq) and 有一说一 (u1s1)
    "nd": "and", "sry": "sorry", "srry": "sorry", "dbq": "sorry", "u1s1": "",
    # "now left a tad", "a tad bigger": a bit; "big size": big ("hello~ blue circle please, big size")
    "a tad": "a bit", "a tad bit": "a bit", "big size": "big", "large size": "large", "small size": "small",
    # Japanese courtesy typed in English ("… onegaishimasu", "move sun up a bit, sumimasen"): please, sorry
    "onegaishimasu": "please", "onegai": "please", "kudasai": "please", "sumimasen": "sorry",
    "gomen": "sorry", "gomennasai": "sorry",
    # "a teeny pink star", "itty bitty": tiny; "a girl whit a yellow umbrella": with; "jajaja" (Spanish laughter)
    "teeny": "tiny", "teeny tiny": "tiny", "teensy": "tiny", "itty bitty": "tiny", "whit": "with", "jaja": "haha",
    "jajaja": "haha", "jajajaja": "haha", "biggest ever": "biggest", "smallest ever": "smallest",
    "kkk": "haha", "kkkk": "haha", "kkkkk": "haha", "kkkkkk": "haha", "rsrs": "haha", "rsrsrs": "haha",  # Brazil
    # a gamer's words: "spawn a dragon", "despawn the castle" (draw it, remove it)
    "despawn": "remove", "spawn": "add",
    # "shove it over to the right", "scooch it left": moved; Indian English "move it littlebit up"
    "shove": "push", "scooch": "scoot", "scootch": "scoot",
    "littlebit": "little bit", "alittlebit": "a little bit",
}
# "lowkey 想要 cyberpunk 的感觉", "highkey obsessed": how much, said the way teenagers say it (low-key light stays)
_LOWKEY = re.compile(r"(?<![\w-])(?:lowkey|highkey)(?![\w-])(?!\s+(?:light|lighting|lit|look|photo))\s*", re.IGNORECASE)
# The particles Hong Kong's, Singapore's and Malaysia's English ends a sentence with ("draw a red car la",
# "make it red ga", "grey lor", "take away the durian liao", "a bit 啦 thx"): the tone of it, never a word of it
_END_PARTICLE = re.compile(r"(?<=[A-Za-z0-9)])\s*(?:啦|喎|囉)(?=\s*(?:$|[,.!?，。！？~]|[A-Za-z]))"
                           r"|(?<=[\w)])\s+(?:la|lor|ga|wor|liao|meh)(?=\s*(?:$|[,.!?，。！？~;]|[^\x00-\x7f]|"
                           r"(?:thx|thanks|thank|pls|please|ok|okay)\b))", re.IGNORECASE)
# "black n white", "n put a dog next to her": chat shorthand for "and" ("the letter n" stays)
# "on the rite", "rite in the midle": right ("a rite of passage" stays)
_RITE = re.compile(r"(?<![\w'-])rite(?![\w'-])(?!\s+of\b)", re.IGNORECASE)
# "a blew cup", "make it blew": the colour (not "the wind blew it away")
_BLEW = re.compile(r"(?<![\w'-])blew(?![\w'-])(?!\s+(?:up|away|out|off|over|down|it|them|him|her|the|a|an|in|into)\b)",
                   re.IGNORECASE)
_CHAT_AND = re.compile(r"(?<![\w'-])(?<!letter )n(?=\s+[A-Za-z])(?![\w'-])")
# "a red tent in the middle an a stag on the left": "an" before an article is "and" dropping its d
_AN_AND = re.compile(r"(?<=\w)(?<!\ban)(?<!\ba)(?<!\bthe)\s+an(?=\s+(?:a|an|the|two|three|some|his|her|my)\s)"
                     # "an give her a yellow hat too": a request started with "an" ("and")
                     r"|^an(?=\s+(?:give|make|put|add|draw|move|change|turn|paint|then|now)\b)", re.IGNORECASE)
# "draw three 只猫", "再加 two 只", "three 串 grapes": an English number before a Chinese measure word is that number
_EN_NUMBER_ZH = {"one": "一", "two": "两", "three": "三", "four": "四", "five": "五", "six": "六", "seven": "七",
                 "eight": "八", "nine": "九", "ten": "十"}
_EN_NUMBER_MEASURE = re.compile(rf"(?:(?<=[\u4e00-\u9fff])\s+)?\b(?P<n>{'|'.join(_EN_NUMBER_ZH)})\s*"
                                rf"(?=[{vocab.ZH_MEASURES}串双对盆杯碗瓶盘])", re.IGNORECASE)
# "get rid of one of them cows": "them" before a plural is "the"
_THEM_PLURAL = re.compile(r"(?<=\bof\s)them\s+(?=[a-z]{2,}s\b)", re.IGNORECASE)
# "could ya draw me…", "thank ya": "ya" after a verb that asks is "you" ("ya" alone may be a yes)
_YA = re.compile(r"\b(?P<verb>could|can|would|will|do|did|thank|if|are)\s+ya(?![\w'-])", re.IGNORECASE)
# "w/ film grain", "a dog w/o a collar": chat shorthand for with and without.
_WITH_SHORT = re.compile(r"(?<![\w/])w/(?=\s*[A-Za-z\u4e00-\u9fff])(?!o(?![A-Za-z]))\s*", re.IGNORECASE)
# "a man w an umbrella", "grey w white paws", "a close up w soft lighting": a lone w between two words is with too
# (not the letter: "a w", "the letter w")
_WITH_LONE_W = re.compile(r"(?<=[A-Za-z]\s)(?<!\ba\s)(?<!the\s)(?<!letter\s)w(?=\s+(?:a\s|[A-Za-z]{2,}))",
                          re.IGNORECASE)
_WITHOUT_SHORT = re.compile(r"(?<![\w/])w/o(?![\w/])", re.IGNORECASE)
# Phrases of texting and of other Englishes, said the usual way: Nigerian Pidgin "make am grey" (it), "change d hat"
# (the), "shift am small to the left" (a little); Indian English "do one thing, make it…" (here is what to do)
_CHAT_PHRASES = ((re.compile(r"\b(?P<v>make|shift|move|put|remove|change|turn|paint|push|take|carry)\s+am\b", re.I),
            r"\g<v> it"),
           (re.compile(r"\b(?P<w>change|make|remove|move|put|on|in|at|to|of|for|and|is)\s+d\s+(?=[a-z]{2,})", re.I),
            r"\g<w> the "),
           (re.compile(r"\b(?P<v>move|shift|push|slide)\s+(?P<t>it|him|her|them)\s+small\s+(?=(?:to|up|down)\b)", re.I),
            r"\g<v> \g<t> a little "),
           (re.compile(r"^(?:(?:ok(?:ay)?|so|now)[\s,]+)?do\s+one\s+thing\s*[,:;.-]*\s*", re.I), ""),
           # "…, kindly remove it and do the needful": do what was asked (said alone, nothing was: asked about)
           (re.compile(r"(?<=\S)(?<!kindly)(?<!please)(?<!pls)[\s,]+(?:and\s+)?(?:kindly\s+|please\s+)?"
                       r"do\s+the\s+needful\b", re.I), ""),
           # "change d hat to red o": the particle o; "and bit to the right also": a bit
           (re.compile(r"(?<=[a-z])(?<!letter)\s+o(?=\s*(?:$|[,.!?]))", re.I), ""),
           (re.compile(r"(?:^|(?<=\band\s))bit\s+(?=(?:to|more|up|down|left|right|higher|lower)\b)", re.I), "a bit "),
           # "make the hole picture black and white": the whole; "can draw … or not": asked, as "can?" is
           (re.compile(r"\bhole(?=\s+(?:picture|image|scene|thing|drawing)\b)", re.I), "whole"),
           (re.compile(r"\s+or\s+not(?=\s*(?:$|[,.!?]))", re.I), ""),
           # "add a white moon top left on the same bg": the background as it is, no new one
           (re.compile(r"\s*,?\s*(?:on|with|in|against)\s+the\s+same\s+(?:bg|background|backdrop)\b", re.I), ""),
           (re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:lah|leh|lor)(?![A-Za-z])", re.I), ""),
           # "give him a white cap too while ur at it", "ok hear me out...", "up a bti": talk around the request
           (re.compile(r"\s*,?\s*while\s+(?:ur|you'?re|your|youre|u\s+r|you\s+are)\s+at\s+it\b", re.I), ""),
           (re.compile(r"(?:^|(?<=[\s,.!]))(?:ok(?:ay)?\s+|so\s+)?hear\s+me\s+out\b[\s,.!…]*", re.I), ""),
           (re.compile(r"\ba\s+bti\b", re.I), "a bit"),
           # "can u do 一只小黑猫 at the bottom": draw; "jetpack gone, …": take it out
           (re.compile(r"\b(?:can|could)\s+(?:u|you)\s+do\s+(?=[一两三几\u4e00-\u9fff])", re.I), "画"),
           (re.compile(r"^(?P<x>(?!(?:all|it|everything|that|this|they|its|it'?s)\b)(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+"
                       r"(?:is\s+|are\s+)?gone(?=\s*(?:[,.!]|$))", re.I), r"remove \g<x>"),
           # "hiii sorry im new at this 😅 could you sketch…": about them, before the request
           (re.compile(r"^(?:(?:hi+|hey+|hello|ok(?:ay)?)[\s,!.]+)?(?:sorry\s+)?(?:i'?m|im|i\s+am)\s+(?:new|a\s+newbie)\s+"
                       r"(?:at|to|here|with)\b(?:\s+(?:this|it))?[\s,.!…]*", re.I), ""),
           # "lose the moth lol its giving halloween": how it comes across, in slang, after the request
           (re.compile(r"(?<=\S)[\s,.!]+(?:lol\s+|haha\s+)?(?:it'?s|its|that'?s|thats)\s+giving\s+[a-z\s'-]{1,30}$",
                       re.I), ""))
_CHAT_WORD = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(_CHAT_SPELLINGS, key=len, reverse=True)) + r")(?![\w'-])",
                        re.IGNORECASE)
# Chinese typed by sound: the input method offers a character that sounds the same. Each is mended only where the
# slip is unmistakable: 蓝涩 (色) after a colour, 做边 (左边), 园 (圆) after a measure word or 的 and not in 花园,
# 够 (狗) after a measure word, a size or a colour, 带 (戴) before a hat or glasses, 右下脚 (角), 三角行 (形), 兰色
# (蓝色), 在 (再) starting a request, and the sound-alikes of a pinyin keyboard below.
_ZH_SLIPS = (
    (re.compile(r"(?<=[红橙黄绿蓝紫粉棕褐白黑灰青金银])涩"), "色"),
    (re.compile(r"(?<=[红橙黄绿蓝紫粉棕褐白黑灰青金银]色)得(?=$|[\s，,。！!吧哦啊~])"), "的"),  # 伞改成黄色得
    (re.compile(r"做(?=边|面|侧|上角|下角|上方|下方)"), "左"),
    (re.compile(r"(?<=[往向到在朝])又(?=边|面|侧|上角|下角)"), "右"),
    (re.compile(r"(?<=[个的色])园(?![子林区艺丁])|(?<=[个的色])元(?=形|圈)|园(?=形)"), "圆"),
    (re.compile(r"(?<=[只条小大黄白黑棕花])够(?![了吗吧啊呀不用])"), "狗"),
    # 脚 (角) after a corner's two sides, 行/型 (形) after a shape's name: 右下脚, 三角行, 正方型
    (re.compile(r"(?<=[左右][上下])(?:脚|jiao)"), "角"),
    (re.compile(r"(?:(?<=三角)|(?<=[方圆]))(?:行|型)(?![李业动为人])"), "形"),
    (re.compile(r"带(?=(?:上|着)?(?:[一两]?\s*[顶副条个只])?[^，,。]{0,4}?(?:帽|眼镜|墨镜|围巾|项链|耳环|手套|面具|头盔|"
                r"皇冠|王冠|领结|蝴蝶结|口罩))"), "戴"),
    # 兰 (蓝) before 色 or after a shade: 兰色, 深兰, 天兰色 (木兰, 兰花 stay)
    (re.compile(r"(?<![木玉])兰(?=色)|(?<=[深浅淡天湖宝])兰"), "蓝"),
    # 在 (再) where a request starts: 在给他围条围巾, 在加一个 (在加州 stays)
    (re.compile(r"(?:^|(?<=[，,。.！!？?~～\s]))在(?=给|来[一个只条张颗朵把]|加(?!州|拿大|油|班))"), "再"),
    # a colour typed by its sound before 色: 篮色 (蓝), 洪色 (红), 皇色 (黄), 录色 (绿); 篮球, 洪水, 皇冠 stay
    (re.compile(r"篮(?=色)"), "蓝"), (re.compile(r"洪(?=色)"), "红"), (re.compile(r"皇(?=色)"), "黄"),
    (re.compile(r"录(?=色)"), "绿"),
    # 山 (删) before 掉 or 除: 山掉; 多 (朵) counting flowers and clouds: 一多红玫瑰, 几多云
    (re.compile(r"山(?=掉|除)"), "删"),
    # 眼睛 (眼镜) put on: 给她戴一副眼睛
    (re.compile(r"(?<=戴)((?:上)?(?:一)?副?)眼睛"), r"\1眼镜"),
    (re.compile(r"(?<=[一两几三四五])多(?=[红白黄粉蓝紫乌]?色?的?(?:花|云|玫瑰|郁金香|向日葵|莲花|荷花|白云|乌云))"),
     "朵"),
    # 花 (画) as the verb, where a request starts, before a count: 麻烦您花一只猫, 再花一个太阳 (一朵花 stays)
    (re.compile(r"(?:^|(?<=[你您再请帮我烦，,。\s]))花(?=[一两三几]?\s*[个只条棵朵辆张幅匹头位])"), "画"),
    # by voice: 该成 (改成) after a thing or 画 (应该成 stays); 做 (坐) before 在 and a thing's top: 做在石头上
    (re.compile(r"(?<![应])该(?=成)"), "改"),
    (re.compile(r"(?<=[孩人猫狗熊鸟娃奶爷妈爸])做(?=在[^，,。]{1,6}?上)"), "坐"),
    # 您, the polite "you", read as 你: 麻烦您画, 请您把
    (re.compile(r"您"), "你"),
    # pinyin slips: 手里那着 (拿着), 传着红裙子 (穿着), 被景 (背景), 效过 (效果), 往左诺 (挪), 画各 / 那各 (个),
    # 就型 (就行), 放再左边 (放在)
    (re.compile(r"(?<=[手里他她它孩人])那(?=着)"), "拿"),
    (re.compile(r"传(?=着[^，,。]{0,6}?(?:裙|衣|裤|鞋|袍|服|外套|衫|T恤))"), "穿"),
    (re.compile(r"被景"), "背景"), (re.compile(r"效过"), "效果"), (re.compile(r"(?<=[往向朝][左右上下])诺"), "挪"),
    (re.compile(r"(?<=[画那这一两几])各(?![种位自样个])"), "个"), (re.compile(r"就型(?=$|[了吧啊\s，,。！!])"), "就行"),
    (re.compile(r"(?<=[放摆挪移画])再(?=[左右上下中底顶正])"), "在"),
)
# "cherry red", "forest green", "hot pink", "baby blue": a shade said by what has it, the colour the rules know (not a
# cherry, a forest: "make the car forest green" turned it into a forest). Only where a colour is set or before a
# thing's name: elsewhere the word is the thing ("make the lemon yellow", "cherry red and the cupcake pink"); "snow
# white" and "rose red" may be names, left.
_SHADES = {"cherry": "", "blood": "", "ruby": "", "tomato": "", "fire engine": "", "candy apple": "", "brick": "dark ",
           "neon": "", "bubblegum": "", "baby": "light ", "powder": "light ", "ice": "light ", "pastel": "light ",
           "forest": "dark ", "hunter": "dark ", "emerald": "dark ", "kelly": "", "lime": "light ", "mint": "light ",
           "sage": "", "jade": "", "olive": "dark ", "royal": "", "cobalt": "", "electric": "", "midnight": "dark ",
           "steel": "", "jet": "", "pitch": "", "coal": "", "pearl": "", "chocolate": "dark ", "coffee": "dark ",
           "mustard": "dark ", "lemon": "", "canary": ""}
_SHADE = re.compile(r"\b(?P<s>" + "|".join(s.replace(" ", r"\s+") for s in _SHADES) + r"|hot(?=[\s-]+pink))[\s-]+"
                    r"(?P<c>red|pink|green|blue|black|white|brown|yellow|gold)\b(?P<after>\s+[a-z]+)?", re.IGNORECASE)
# where a colour is set: "make it …", "paint the car …", "… is", "in …"
_COLOUR_SET = re.compile(r"(?:\b(?:make|paint|turn|colou?r|dye)\s+(?:it|them|him|her|(?:the|his|her|its|my|their)\s+"
                         r"[a-z]+(?:\s+[a-z]+)?)|\b(?:it|them|be|is|are|in|into|to))\s+$", re.IGNORECASE)


def _shade(m: re.Match[str]) -> str:
    after = (m.group("after") or "").strip().lower()
    if not _COLOUR_SET.search(m.string, 0, m.start()) and not (after and after not in ("and", "or", "too", "please",
                                                                                       "pls", "plz", "instead")):
        return m.group(0)  # "make the lemon yellow", "cherry red and the cupcake pink": the cherry, the lemon
    return _SHADES.get(re.sub(r"\s+", " ", m.group("s").lower()), "") + m.group("c") + (m.group("after") or "")


# "inthe park", "onthe left": a space left out before "the"
_GLUED_THE = re.compile(r"\b(?P<p>in|on|at|to|of|by|from|into|onto|near)the\b", re.IGNORECASE)


# A letter held down for emphasis: "allll the way", "sooo cute", "biggerrr", "pleeease".
_STRETCHED = re.compile(r"\b[A-Za-z]*([A-Za-z])\1{2,}[A-Za-z]*\b")
# Everyday words with a doubled letter that the rules' own words lack: "alll" is "all", not "al".
_DOUBLED = {"all", "well", "still", "will", "too", "see", "good", "cool", "soon", "feel", "free", "tree", "green",
            "pretty", "little", "small", "tall", "ball", "full", "off", "less", "yellow", "moon", "door", "wall",
            "hello", "sorry", "happy", "funny", "need", "keep", "sleep", "sweet", "wood", "book", "room", "roof"}


def _unstretched(m: re.Match[str]) -> str:
    word = m.group(0)
    if len(set(word.lower())) < 2 or re.fullmatch(r"e+m{3,}", word, re.IGNORECASE):
        return word  # "zzz", "www": not a word stretched; "emmm" a hesitation, never "em" (them)
    twice = re.sub(r"([A-Za-z])\1{2,}", r"\1\1", word)
    once = re.sub(r"([A-Za-z])\1{2,}", r"\1", word)
    return twice if twice.lower() in _DOUBLED or (is_known_word(twice) and not is_known_word(once)) else once


def correct_typos(text: str) -> str:
    """The text with each word one slip away from a known word spelled as the rules know it, common chat
    spellings written out, and Chinese sound-alike slips mended."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = correction(word)
        if fixed is None:
            return word
        return fixed.capitalize() if word[:1].isupper() and word[1:].islower() else fixed

    text = _RITE.sub("right", _BLEW.sub("blue", _STRETCHED.sub(_unstretched, _GLUED_THE.sub(r"\g<p> the", text))))
    text = _SHADE.sub(_shade, text)
    text = _CHAT_WORD.sub(lambda m: _CHAT_SPELLINGS[m.group(0).lower()], text)
    text = _END_PARTICLE.sub("", _LOWKEY.sub("", text))
    text = _THEM_PLURAL.sub("the ", text)
    text = _EN_NUMBER_MEASURE.sub(lambda m: _EN_NUMBER_ZH[m.group("n").lower()], text)
    text = _YA.sub(r"\g<verb> you", _AN_AND.sub(lambda m: " and" if m.group(0)[0].isspace() else "and",
                                              _CHAT_AND.sub("and", text)))
    text = _WITHOUT_SHORT.sub("without", _WITH_LONE_W.sub("with", _WITH_SHORT.sub("with ", text)))
    for pattern, said in _CHAT_PHRASES:
        text = pattern.sub(said, text)
    for pattern, right in _ZH_SLIPS:
        text = pattern.sub(right, text)
    return _WORD.sub(fix, text)
