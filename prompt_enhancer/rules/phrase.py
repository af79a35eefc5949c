"""Reading one noun phrase or value ("a big red circle at the top left", "一个大的红色圆形", "bigger"), in English,
Chinese or both at once, into canonical values plus whatever text is left (kept, never dropped).

Only pattern matching over the shared vocabulary (dialog.vocabulary); no knowledge of commands or Scenes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dialog import vocabulary as vocab
from prompt_enhancer.rules.amounts import take_amount
from prompt_enhancer.rules.zh_doing import take_doing
from prompt_enhancer.rules.patterned import JOIN, join_patterns, unjoined
from prompt_enhancer.rules.patterns import WORD_L, WORD_R, alternation, index, squeeze, take
from prompt_enhancer.rules.setting_phrase import parse_looks, parse_place, parse_times

_EN_COLOURS = [f for t in vocab.COLOURS.values() for f in t.en]
_ZH_COLOURS = [f for t in vocab.COLOURS.values() for f in t.zh]
_COLOUR_INDEX, _SHADE_INDEX = index(vocab.COLOURS), index(vocab.SHADES)
# 橘子, 口红, 腮红, 小黄人, 红油火锅, 蛋白粉, 奶粉, 粉丝: things
_NOT_A_COLOUR = (r"(?!子|植|萝|板|菜|莓|薯|榈|鹭|绿灯|(?<=红绿)灯|(?<=红)[包油]|(?<=黄)瓜|(?<=[口腮]红)|(?<=小黄)人|"
                  r"(?<=蛋白)|(?<=[奶面米花白]粉)|(?<=粉)丝|(?<=金)毛)")
_COLOUR_RE = re.compile(
    rf"(?:{WORD_L}(?P<shade_en>light|pale|pastel|dark|deep|bright)[\s-]+)?(?P<en>{alternation(_EN_COLOURS)})"
    r"(?!(?:(?<=lavender)|(?<=rose)|(?<=lilac))\s+(?:fields?|farms?|gardens?|bush(?:es)?))"  # a lavender field
    rf"(?:[\s-]+colou?red{WORD_R}|\s*色(?:的)?)?"  # "pink色的": an English colour said with 色
    rf"|(?P<shade_zh>[浅淡深亮])?(?P<zh>{alternation(_ZH_COLOURS)}){_NOT_A_COLOUR}(?:的)?",
    re.IGNORECASE,
)

_SHAPE_INDEX = index(vocab.SHAPES) | {"方的": "square", "圆的": "circle"}
# "改成方的", "一个圆的": 方的 / 圆的 name a shape only right after 成, 是, 为 or a measure word (not in 地方的).
# 圆, 三角 and 正方 right before a noun say how the thing is shaped, not that it is a shape: 圆镜子, 三角旗.
_ZH_AFTER_A_SHAPE = "在的和跟与了吧呢啊呀把放移变改换要也都还就很是有被往向朝从到去一个只，。、色"
_SHAPE_RE = re.compile(re.sub(r"(?<![\u4e00-\u9fff])(圆|三角|正方)(?=\||\))",
                              lambda m: m.group(1) + rf"(?!(?![{_ZH_AFTER_A_SHAPE}])[\u4e00-\u9fff])",
                              alternation([f for t in vocab.SHAPES.values() for f in t.forms]))
                       + r"|(?:^|(?<=[成是为个\s]))(?:方的|圆的)", re.IGNORECASE)

_POSITION_INDEX = index(vocab.POSITIONS)
_EN_POSITIONS = alternation([f for t in vocab.POSITIONS.values() for f in t.en])
_ZH_POSITIONS = alternation([f for t in vocab.POSITIONS.values() for f in t.zh])
_POSITION_RE = re.compile(
    rf"(?:(?:在|到|于|放在|移到)\s*|{WORD_L}(?:off\s+)?(?:at|on|in|to|towards|into|onto|for)\s+)?(?:{WORD_L}the\s+)?(?P<en>{_EN_POSITIONS})"
    rf"(?:\s+(?:corner|(?:hand\s+)?side|part|area|edge|half){WORD_R})?"
    rf"(?:\s+(?:of|in|on)\s+the\s+(?:picture|image|canvas|screen|frame|scene|page){WORD_R})?"
    rf"|(?:[在到于]|[放摆挂]在|[放摆挂移挪]到|[放摆])?(?:画面|图片|画布|图中|图)?(?:的)?(?P<zh>{_ZH_POSITIONS})(?:的位置|位置)?(?:上|里)?",
    re.IGNORECASE,
)
_SHAPE_AND_NOUN_ZH = alternation([f for table in (vocab.SHAPES, vocab.NOUNS) for t in table.values() for f in t.zh])
_RELATIVE_RE = re.compile(
    rf"{WORD_L}(?P<en>(?:next to|beside|behind|in front of|ahead of|under|underneath|below|above|on top of|near|around|"
    rf"inside|(?:to|on) the (?:left|right) of|left of|right of)\s+(?:(?:the|a|an)\s+)?"
    rf"(?:it|him|her|them|[\w'-]+(?:\s+(?!and\b|on\b|at\b|in\b|with\b)[\w'-]+)?))(?![\w'-])"
    rf"|(?:在)?(?P<zh>(?:(?:{_SHAPE_AND_NOUN_ZH}|它们|他们|她们|它|他|她)的?"
    r"|(?<![A-Za-z])[A-Za-z][A-Za-z-]*(?:\s[A-Za-z-]+)?\s*)"
    r"(?:旁边|左边|右边|上面|下面|后面|前面|附近|边上|左侧|右侧|里面))",
    re.IGNORECASE,
)
_ORANGE_ONE = re.compile(r"[橙橘]|\bones?\b", re.I)  # 橘色的, "a big orange one": the colour, not the fruit
_DEGREE = re.compile(r"\b(?:very|really|super|extra|quite|so|rather|fairly)\s+(?=(?:big|large|huge|giant|small|little|"
                     r"tiny)\b)|(?:超级|超|很|非常|特别|巨|挺|比较|相当)(?:(?=[大小][的一点些了])|(?P<b>[大小]))", re.I)
_SIZE_INDEX = index(vocab.SIZES)
# "a bit redder", "红一点": more of a colour is that colour (a shade is the colour rules' own)
_MORE_COLOUR_OF = {"redder": "red", "bluer": "blue", "greener": "green", "yellower": "yellow", "pinker": "pink",
                   "whiter": "white", "blacker": "black", "greyer": "grey", "grayer": "grey", "purpler": "purple"}
_MORE_COLOUR = re.compile(r"\b(?:(?:a\s+(?:bit|little|lot)|much|even|slightly|way)\s+)?"
                          rf"(?P<en>{'|'.join(_MORE_COLOUR_OF)})\b|(?<=[红蓝绿黄紫粉白黑灰橙])(?:色)?(?:一点|一些)儿?(?!\w)",
                          re.IGNORECASE)
_ZH_NEXT = "".join(sorted({f[0] for table in (vocab.COLOURS, vocab.SHAPES, vocab.NOUNS, vocab.MATERIALS)
                           for t in table.values() for f in t.zh} | set("浅深淡亮")))
# 小猫, 大海, 大胡子 are things, not a size and a thing; "小孩" stays a child.
_ZH_SIZED_NOUNS = alternation([f for t in vocab.NOUNS.values() for f in t.zh if f[:1] in "大小" and len(f) > 1])
# Words that begin with 大 or 小 and say no size (大衣 is a coat, 小孩 a child).
ZH_NOT_SIZED = tuple("大衣 小说 小提琴 大提琴 小丑 大门 大楼 大厦 大街 大地 小路 大海 大桥 小溪 大炮 大厅 小麦 小吃 "
                     "大象 大熊猫 小熊猫 小孩 大蒜 大葱 大米 大虾 大闸蟹 小米 小笼包 大饼 "
                     "大爷 大妈 大叔 大婶 大娘 大姐 大哥 小伙子 小姑娘 小朋友".split())
_ZH_SIZE_WORDS = "|".join(ZH_NOT_SIZED)
_SIZE_EN = "|".join(sorted((f for f in _SIZE_INDEX if f.isascii()), key=len, reverse=True))  # the table's: "huge"
_SIZE_RE = re.compile(rf"{WORD_L}(?P<en>{_SIZE_EN}){WORD_R}"
    rf"|(?!{_ZH_SIZED_NOUNS}|{_ZH_SIZE_WORDS})(?P<zh>大大的|小小的|大的|小的|(?:(?<=[个只条棵朵辆艘匹座张块颗把顶副件])|(?<=[一两二三四五几]头))[大小]|[大小](?=[{_ZH_NEXT}])"
    rf"|[大小](?=\s+[A-Za-z])"
    # 粉色小猪, 白色大鹅: a size right after a colour, unless the two characters are one word (红色大衣)
    rf"|(?<=色)(?!{_ZH_SIZE_WORDS})[大小](?=[\u4e00-\u9fff])"
    # 红色的大南瓜, 胖胖的小鸭子: after 的, before a word of two characters or more the rules need not know
    rf"|(?<=的)(?!{_ZH_SIZE_WORDS}|大小|[大小][一点些了])[大小](?=[\u4e00-\u9fff]{{2}}|[\u4e00-\u9fff](?:$|[，,。\s在放和])))",
    re.IGNORECASE,
)
RESIZE_RE = re.compile(
    rf"{WORD_L}(?P<up>bigger|larger|enlarge|enlarged|grow|scale up|upscale|huger|greater|taller)"
    rf"(?:\s+(?:a bit|a little|slightly|still|again))?{WORD_R}"
    rf"|{WORD_L}(?P<down>smaller|tinier|shrink|shrunk|scale down|downscale|littler|shorter)"
    rf"(?:\s+(?:a bit|a little|slightly|still|again))?{WORD_R}"
    rf"|(?P<up_zh>(?:再|更)?(?:变大|放大|加大|大一点|大一些|大些|大点|更大|变高|长高)(?:一点|一些|点|些)?)"
    rf"|(?P<down_zh>(?:再|更)?(?:变小|缩小|小一点|小一些|小些|小点|更小|变矮)(?:一点|一些|点|些)?)",
    re.IGNORECASE,
)

_MATERIAL_INDEX = index(vocab.MATERIALS)
_MULTI_ZH_MATERIALS = [f for t in vocab.MATERIALS.values() for f in t.zh if len(f) > 1]
_SINGLE_ZH_MATERIALS = [f for t in vocab.MATERIALS.values() for f in t.zh if len(f) == 1]
_EN_MATERIALS = [f for t in vocab.MATERIALS.values() for f in t.en]
_MATERIAL_RE = re.compile(
    rf"(?:{WORD_L}(?:made\s+)?(?:of|from|out\s+of)\s+)?(?P<en>{alternation(_EN_MATERIALS)})"
    rf"|(?:用)?(?P<zh>{alternation(_MULTI_ZH_MATERIALS)})(?![上里下旁边])(?:做的|制成的|制的|质的|的)?"  # 石头上: where
    rf"|(?:用)?(?P<zh1>{alternation(_SINGLE_ZH_MATERIALS)})(?:做的|制成的|制的|质的)",
    re.IGNORECASE,
)

_POSE_INDEX = index(vocab.POSES)
_POSE_RE = re.compile(alternation([f for t in vocab.POSES.values() for f in t.forms]), re.IGNORECASE)

_STYLE_INDEX = index(vocab.STYLES)
# Style words that mean something else on their own ("oil", "flat", "photo") need "style" after them.
_AMBIGUOUS_STYLE = {"oil", "ink", "flat", "photo", "photograph", "realistic", "pencil", "3d", "3-d", "minimal",
                    "minimalist", "comic", "pixel", "8-bit", "8 bit", "真实", "照片"}
_STYLE_FORMS = [f for t in vocab.STYLES.values() for f in t.forms]
_STYLE_RE = re.compile(
    rf"{WORD_L}in\s+the\s+style\s+of\s+(?P<free_of>[^,.;!?，。；]+?)\s*(?=$|[,.;!?，。；]|\s+and\s|\s+with\s)"
    rf"|(?:{WORD_L}(?:in|as|like)\s+(?:(?:a|an|the)\s+)?)?(?P<known_styled>{alternation(_STYLE_FORMS)})"
    rf"\s*(?:style|styled|painting|drawing|art|render|look|风格|画风格|画的风格|画风|风|画|的风格)(?![A-Za-z])"
    rf"|(?:{WORD_L}(?:in|as|like)\s+(?:(?:a|an|the)\s+)?)?"
    rf"(?P<known>{alternation([f for f in _STYLE_FORMS if f.lower() not in _AMBIGUOUS_STYLE])})"
    r"|(?<=\ba\s)(?P<known_before>realistic)(?=\s+[a-z])"  # "a realistic tiger"; "…, realistic": a clause alone
    r"|^\s*(?P<known_alone>realistic|photo|minimal|minimalist|3d|3-d|8-bit)\s*$"
    rf"|{WORD_L}in\s+(?P<free_in>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){{0,2}})\s+style{WORD_R}"
    # "…, old school traditional style": a clause of words and "style" alone, as a tag list says a style
    r"|^\s*(?P<free_alone>(?:(?!(?:a|an|the|in|on|of|with|and|at|to|for|my|his|her)\b)[A-Za-z][\w'-]*\s+){1,4})"
    r"style\s*$"
    rf"|(?P<free_zh>[^\s,.;!?，。；的把用成在画和个只张幅一]{{1,8}})的?(?:风格|画风)"
    # "…, fantasy art", "cyberpunk", "low poly": a kind of art named by its genre, no "style" needed
    rf"|{WORD_L}(?P<genre>(?:fantasy|digital|concept|pop|line|vector|abstract|street|folk|graffiti|pixel)\s+art|"
    rf"(?:steam|cyber|diesel|solar)punk|(?:vapor|synth)wave|low[\s-]poly|isometric|ukiyo-?e|art\s+(?:nouveau|deco)|"
    rf"(?:studio\s+)?ghibli|film\s+noir|surrealism|surrealist|cubism|cubist|baroque|pixar|disney|claymation|chibi)"
    rf"(?:\s+(?:style|aesthetic|look|vibes?))?{WORD_R}",
    re.IGNORECASE,
)

_BACKGROUND_ZH_KNOWN = alternation([f for table in (vocab.COLOURS, vocab.NOUNS) for t in table.values() for f in t.zh])
# A word that may name a background; it starts only at a word boundary, so a long run of letters is scanned once.
_BG_WORD = (r"(?<![\w'-])(?!(?:draw|paint|make|add|use|put|set|change|give|with|on|in|a|an|the|and|it|its|to|me|"
            r"please|background)(?![A-Za-z]))[A-Za-z][\w'-]*")
_BACKGROUND_RE = re.compile(
    rf"(?:{WORD_L}(?:on|with|against|over|in front of)\s+)?(?:{WORD_L}(?:a|an|the)\s+)?"
    rf"(?P<en>(?:{_BG_WORD}\s+){{0,2}}?{_BG_WORD})\s+(?:background|backdrop|bg){WORD_R}"
    rf"|(?:在)?(?P<zh>(?:浅|深|淡)?{_BACKGROUND_ZH_KNOWN}|[^\s,.;!?，。；在画有个只张幅一是把成用的和]{{1,8}})的?背景(?:上|中|里|下|前)?",
    re.IGNORECASE,
)

COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5,
                "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "几": 2,
                "a couple of": 2, "a couple": 2}
_DETERMINER_RE = re.compile(
    rf"{WORD_L}(?P<en>a\s+couple(?:\s+of|(?=(?:\s+[a-z]+)?\s+[a-z]+s{WORD_R}))|a\s+few|several|a\s+handful\s+of|a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}}|"
    rf"some|one more|a pair of){WORD_R}"
    r"|(?P<zh>[一两二三四五六七八九十几]|\d{1,3})\s*(?:个|只|条|棵|朵|辆|艘|匹|座|张|块|颗|位|幅|盏|串|束|面|枝|扇|间|根|支|顶|把|件|副|双|对|本|台|架|片|口|方|列|"
    r"碗|杯|盘|瓶|篮|盆|罐|袋|碟|壶|锅|桶|盒|栋|幢|尾|轮|弯|株|道|堆|团|滴|粒|头(?![长短金黑白红棕卷秀乌]?发))"
    r"|(?<![一两二三四五六七八九十几\d])(?P<zh_bare>个|只|棵|朵|辆|匹|颗|盏|串|扇)(?=.)(?!子)"
    r"|(?:^|(?<=[放拿端来加画倒泡捧要\s]))(?:杯|盆|碗|瓶|壶)(?=[\u4e00-\u9fffA-Za-z\s])(?![子栽景地垫筷具里上中边旁前后下内外的])|(?<![大小高低长短多少深浅亮暗"
    r"快慢粗细胖瘦宽窄远近])(?:一些|好些|许多|很多|好多)(?=\s*[\u4e00-\u9fff])", re.IGNORECASE)  # 加一些白云
_ROW_OF = re.compile(r"(?<![A-Za-z])(?:(?:a|an|one)\s+)?(?:row|line|group|set|bunch|pile|stack|series|cluster|"
                     r"pair|couple)\s+of\s+(?=(?:two|three|four|five|\d{1,3})(?![A-Za-z]))|(?<=[一])排(?=[两二三四五\d])",
                     re.IGNORECASE)
_DEFINITE_RE = re.compile(r"^(?:(?:the|this|that|these|those|its|my)(?:\s+|$)|这个|那个|这只|那只|"
                          r"(?:这|那)(?:盆|棵|株|栋|座|辆|艘|盏|朵|顶|把|张|条|本|位|件)(?=[\u4e00-\u9fff])|这|那)",
                          re.IGNORECASE)
# Words that carry no content at the edges of a phrase ("please draw ... for me", "画一下...吧").
_EN_FILLER_WORDS = (
    "please|pls|plz|kindly|thanks|thank you|thx|ty|for me|me|us|also|too|as well|now|again|instead|then|just|really|"
    "very|a picture of|an image of|a drawing of|a painting of|a photo of|picture of|image of|drawing of|painting of|"
    "quite|a 3d render of|3d render of|a render of|render of|an illustration of|illustration of|"
    "of|with|and|use|using|have|let's|lets|give it|give|i want|i'd like|i would like|how about|what about|"
    "looks like|look like|looks|look|like|appear|seem|"
    "could you|can you|would you|will you|more|ok|okay|yes|so|the|a|an|to|at|on|in|into|be|is|are|there|one|"
    "some|lah|leh|lor|yaar|abeg|bro|bruh|alone|all alone|by itself|on its own|somewhere|somewhere there"
)
_EDGE_EN = re.compile(rf"^(?:(?:{_EN_FILLER_WORDS})(?![A-Za-z'])\s*)+|(?:(?<![A-Za-z'])(?:{_EN_FILLER_WORDS})\s*)+$",
                      re.IGNORECASE)
_ZH_FILLER_WORDS = ("请|帮我|给我|帮忙|麻烦|我想要|我要|想要|我想|一下|一张|一幅|的图片|的图|的画|的照片|图片|"
                    "(?<!酒)吧|呢|啊|呀|哦|嘛|呗|啦|咯|喔|吗|了|也|还|再|又|都|和|与|跟|以及|还有|然后|用|的|个|只")
# "有" / "在" / "是" start a clause ("有一只猫") but end words ("所有"), so they are stripped only in front.
_EDGE_ZH = re.compile(rf"^(?:{_ZH_FILLER_WORDS}|有|在|是)+|(?:{_ZH_FILLER_WORDS})+$")
# Emoji that say how the person feels, not what to draw ("a red triangle 🙂", "谢谢😊"); "a 🐱" stays content.
TONE = "\U0001F600-\U0001F64F\U0001F910-\U0001F92F\U0001F970-\U0001F97A\U0001F44C\U0001F44D\U0001F44F" \
        "\U0001F495-\U0001F49F\u2764\u2665\u2728\u263A\uFE0F\u200D"
_PUNCT = rf"[\s,.;:!?，。；：！？、'\"“”‘’()（）\[\]【】～~{TONE}]"
_EDGE_PUNCT = re.compile(rf"^{_PUNCT}+|{_PUNCT}+$")


def clean_rest(text: str) -> str:
    """Leftover words without punctuation and without filler words at either edge; words in the middle stay
    ("cat with a hat"). "" when nothing meaningful is left."""
    text = _join_cjk(re.sub(r"\s+", " ", text).strip())
    while True:
        cleaned = _EDGE_PUNCT.sub("", text)
        cleaned = _EDGE_ZH.sub("", _EDGE_EN.sub("", cleaned).strip()).strip()
        if cleaned == text:
            break
        text = cleaned
    if not any(ch.isalnum() or unicodedata.category(ch).startswith("S") for ch in text):
        return ""  # only punctuation left; an emoji or a symbol is content ("draw a 🐱")
    return text


def _join_cjk(text: str) -> str:
    """Chinese has no spaces: drop the ones blanking left between two CJK characters."""
    return re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", text)


# Words for "some thing" without saying which: a subject whose shape is left to the model (name "").
GENERIC_THINGS = {"shape", "object", "thing", "something", "图形", "东西", "物体"}
PRONOUNS_ONE = {"it", "its", "it's", "that", "this", "this one", "that one", "him", "her", "he", "she", "the thing",
                "the shape", "the object", "它", "他", "她", "这个", "那个", "这", "那", "它的", "这个东西", "那个东西"}
PRONOUNS_ALL = {"them", "they", "all", "everything", "both", "all of them", "both of them", "every shape",
                "all shapes", "the shapes", "everything in it", "它们", "他们", "她们", "全部", "所有", "所有的",
                "都", "两个", "两个都", "全部都", "所有东西", "一切", "them both", "them all", "all of it",
                "each of them", "they both", "both things", "both shapes", "它们俩", "他们俩", "她们俩", "两个都是",
                "它俩", "他俩"}


@dataclass
class Phrase:
    """What a piece of text says about one thing; `rest` is the words no table knew, in the person's spelling."""

    colour: str | None = None
    size: str | None = None
    resize: int = 0  # +1 bigger, -1 smaller
    material: str | None = None
    pose: str | None = None
    amount: str | None = None  # a vocab.AMOUNTS key: "a slice of" pizza
    shape: str | None = None
    position: str | None = None
    background: str | None = None
    style: str | None = None
    place: str | None = None  # a vocab.PLACES key: scene-wide, like the background it is stored in
    times: list[str] = field(default_factory=list)  # vocab.TIMES keys: scene-wide
    looks: list[str] = field(default_factory=list)  # vocab.LOOKS keys: the whole picture's
    count: int = 1
    indefinite: bool = False  # "a", "another", "一个": names a new thing rather than an existing one
    definite: bool = False  # "the", "this", "这个"
    rest: str = ""

    @property
    def modifiers(self) -> dict[str, str]:
        """The attributes this phrase sets on a subject (not size/position, which are Subject fields)."""
        out = {}
        for kind in ("colour", "material", "pose", "amount"):
            value = getattr(self, kind)
            if value:
                out[kind] = value
        return out

    def has_subject_values(self) -> bool:
        return bool(self.colour or self.size or self.resize or self.material or self.pose or self.shape
                    or self.position)


# "a blue circle in between" (of the things on the left and on the right): the middle.
_BETWEEN = re.compile(r"(?<![\w'-])(?:in\s+)?between(?:\s+(?:them|the\s+two|both|the\s+others))?(?![\w'-])"
                      r"|(?:在)?(?:它们|两者|两个)中间", re.IGNORECASE)


_CORNER_ON = re.compile(r"(?<![\w'-])the\s+corner\s+(?:on|at|to)\s+the\s+(?P<side>left|right|top|bottom)(?![\w'-])"
                        r"(?:\s+(?:side|hand\s+side))?", re.IGNORECASE)


_HIS_SIDE = re.compile(r"\b(?P<p>on|to|at)\s+(?:his|her|its|their)\s+(?P<side>left|right)(?:\s+(?:hand\s+)?side)?\b",
                       re.IGNORECASE)


def parse_position(text: str) -> tuple[str | None, str]:
    """A canonical position key, or a free relative one ("next to the cat"), and the text without it."""
    m = _BETWEEN.search(text)
    if m and not re.match(r"\s+(?:a|an|the)\s", text[m.end():]):
        return "center", text[: m.start()] + " " + text[m.end():]
    text = _CORNER_ON.sub(lambda g: f"the {g.group('side')} corner", text)  # "the corner on the right"
    text = _HIS_SIDE.sub(lambda g: f"{g.group('p')} the {g.group('side')}", text)  # "a ball on his left side"
    matches, rest = take(_RELATIVE_RE, text)
    if matches:
        return (matches[0].group("en") or matches[0].group("zh")).strip(), rest
    matches, rest = take(_POSITION_RE, text)
    if matches:
        return _POSITION_INDEX[squeeze(matches[0].group("en") or matches[0].group("zh"))], rest
    return None, text


# A colour said last, after "on" / "against" ("a blue circle in the middle, on white"), or 白底 / 黑色底: the
# background, not the thing's colour.
_TRAILING_BACKGROUND_RE = re.compile(
    rf"(?:^|(?<=[\s,]))(?:(?:on|against|over)\s+)(?:(?:a|an|the)\s+)?(?:(?:plain|solid|pure|flat)\s+)?"
    rf"(?P<en>(?:(?:light|pale|pastel|dark|deep)[\s-]+)?{alternation(_EN_COLOURS)}|[浅淡深]?{alternation(_ZH_COLOURS)})"
    rf"(?:\s+(?:one|colou?r|please|pls|plz|thanks|thx|ty|too|instead)|色|的|背景|底)*\s*$"
    rf"|(?:在)?(?P<zh>(?:[浅淡深])?{alternation(_ZH_COLOURS)})色?底(?:色)?(?:上|的|子)?(?=$|[\s,，。]|[\u4e00-\u9fff])"
    rf"|(?:底色|背景(?:颜色|色)?)(?:是|为|用|要|换成|改成|换|改)?(?P<zh_after>(?:[浅淡深])?{alternation(_ZH_COLOURS)})(?:的)?"
    rf"(?=$|[\s,，。])",
    re.IGNORECASE,
)


# "against a dark blue sky", "under a pink sky": a coloured sky behind the things is the background's colour.
_COLOURED_SKY = re.compile(rf"{WORD_L}(?:against|under|beneath|in\s+front\s+of|with|on)\s+(?:a|an|the)\s+"
                           rf"(?P<c>(?:(?:light|pale|pastel|dark|deep)[\s-]+)?{alternation(_EN_COLOURS)})\s+sky{WORD_R}",
                           re.IGNORECASE)


def parse_background(text: str) -> tuple[str | None, str]:
    """The background a phrase names ("on a gray background", "海滩背景上", "..., on white", "白底"): canonical
    colour key or free text."""
    m = _COLOURED_SKY.search(text)
    if m:
        return background_value(m.group("c")), text[: m.start()] + " " + text[m.end():]
    matches, rest = take(_BACKGROUND_RE, text)
    if matches:
        said = matches[0].group("en") or matches[0].group("zh")
        colour = _COLOUR_RE.search(said) if matches[0].group("en") and len(said.split()) > 1 else None
        if colour and colour.end() == len(said.rstrip()) and colour.start() > 0 and not _COLOUR_RE.search(
                said[: colour.start()]):  # "red circle big center white bg": only "white" is the background's
            m = matches[0]
            kept = text[m.start(): m.start("en") + colour.start()]
            kept = re.sub(r"(?<![\w-])(?:plain|solid|pure|flat|simple|empty)\s*$", "", kept, flags=re.IGNORECASE)
            return background_value(colour.group(0)), text[: m.start()] + " " + kept + " " + text[m.end():]
        return background_value(said), rest
    matches, rest = take(_TRAILING_BACKGROUND_RE, text)
    if matches:
        m = matches[0]
        return background_value(m.group("en") or m.group("zh") or m.group("zh_after")), rest
    return None, text


def background_value(text: str) -> str | None:
    """Canonical colour key when the words are one known colour ("grey" -> "gray"), else the words as said."""
    text = re.sub(r"^(?:(?:a|an|the|to|into|be)\s+)+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"(?:\s*(?:background|backdrop|背景|的))+$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:(?:plain|solid|pure|flat|simple|empty)\s+|纯色的?|纯|空白的?)", "", text, flags=re.IGNORECASE)
    text = clean_rest(text) if not _COLOUR_RE.fullmatch(text) else text
    if not text:
        return None
    m = _COLOUR_RE.fullmatch(text)
    if m:
        return _colour_of(m)
    return text


def parse_style(text: str) -> tuple[str | None, str]:
    matches, rest = take(_STYLE_RE, text)
    if not matches:
        return None, text
    m = matches[0]
    known = m.group("known_styled") or m.group("known") or m.group("known_alone") or m.group("known_before")
    if known:
        return _STYLE_INDEX.get(squeeze(known), known), rest
    free = (m.group("free_of") or m.group("free_in") or m.group("free_alone") or m.group("free_zh")
            or m.group("genre") or "").strip()
    if not free:
        return None, text
    return _STYLE_INDEX.get(squeeze(free), free), rest


def _colour_of(m: re.Match[str]) -> str:
    word = m.group("en") or m.group("zh")
    key = _COLOUR_INDEX[squeeze(word.rstrip("的"))]
    shade = m.group("shade_en") or m.group("shade_zh")
    # "bright red", 亮红色: only saying the colour strongly (as "really" does), the colour itself.
    if shade and key != "sky blue" and _SHADE_INDEX[squeeze(shade)] != "bright":
        return f"{_SHADE_INDEX[squeeze(shade)]} {key}"
    return key


# Things named with a pose word before them: a walking stick, running shoes, a sleeping bag, a rocking chair.
_POSE_COMPOUND = re.compile(r"\b(?:walking\s+(?:stick|cane|boots|shoes)|running\s+(?:shoes|track)|"
                            r"sleeping\s+(?:bag|mask)|rocking\s+(?:chair|horse)|swimming\s+(?:pool|suit|cap|goggles)|flying\s+(?:saucer|carpet)|"
                            r"dancing\s+shoes|standing\s+(?:lamp|desk)|fishing\s+(?:rod|pole|boat|net|line|hut|village)|"
                            r"jumping\s+rope|swimming\s+trunks|playing\s+cards)\b", re.IGNORECASE)
# "on a rock", "in a glass", "behind the wood": a material word after a preposition and an article names a thing or a
# place the thing is at, not what it is made of ("a stone lion", "made of glass" are); so does a magnifying glass.
_AT_A = re.compile(r"(?<![\w'-])(?:on|in|into|onto|under|behind|beside|against|by|near|from|inside|atop|over|at)\s+"
                   r"(?:a|an|the|some)\s+$|(?<![\w'-])(?:magnifying|looking|wine|shot|beer)\s+$", re.IGNORECASE)
ROCK_WORDS = ("rock", "stone", "boulder", "石头")  # a material's word that is also a thing of its own
_THE_ROCK = re.compile(r"(?:(?<![\w'-])(?:the|this|that|a|an|one|big|small|little|grey|gray)\s+|"
                       r"^\s*|[块个把那这的大小]|(?<![\w'-])(?:make|turn|move|put|paint)\s+)$", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s*(?:(?!(?:red|and|big|but|too|now)\b)[a-z]{3,}\b|[狮像雕墙桥凳桌路房屋])", re.I)


def _take_material(text: str) -> tuple[list[re.Match[str]], str]:
    for m in _MATERIAL_RE.finditer(text):
        if m.group("en") and _AT_A.search(text[: m.start()]) and not re.match(r"\s*(?:made\s+)?(?:of|from)\b",
                                                                                m.group(0), re.IGNORECASE):
            continue
        # "the rock red", "石头变成深灰色": the rock, a thing (a stone lion is of stone)
        if m.group(0).lower() in ROCK_WORDS and _THE_ROCK.search(text[: m.start()]) and \
                not _NAMED_AFTER.match(text, m.end()):
            continue
        return [m], text[: m.start()] + " " + text[m.end():]
    return [], text


# 圆圆的 before another thing says it is round, not that it is a circle; 中等大小 is no size.
_ROUND_ZH = re.compile(r"圆圆的?(?=[^圆形，,。]*[\u4e00-\u9fff])(?![^，,。]*?圆)")
_THAT_IS = re.compile(r"(?<![\w'-])(?:(?:that|which)\s+(?:is|are)|that'?s|thats)(?=\s+(?:(?:very|really|quite|so|kinda|"
                      r"pretty)\s+)?(?:big|small|large|tiny|huge|little|light|dark|pale|deep|bright|"
                      + "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len,
                                        reverse=True)) + r")\b)", re.IGNORECASE)
_NO_SIZE = re.compile(r"中等大小的?|中等个头的?|不大不小的?|中号的?"
                        # "一个中等的蓝色圆", "变成中等的" (中等难度的迷宫 is no size)
                        r"|中等的(?=[\u4e00-\u9fff])|中等(?=[红橙黄绿青蓝紫黑白灰粉棕])|(?:^|(?<=[成是]))中等的?$"
                        # "a medium one", "a mid-sized circle", "normal size": no size said either
                        r"|\bmedium(?:[\s-]?sized?)?\b\s*|\b(?:mid|normal|regular|average)[\s-]?sized?\b\s*", re.I)
# "又大又红", "又小又圆": two values of one thing, each said after 又.
_BOTH_ZH = re.compile(r"又([^\s又的，,。]{1,3})又([^\s又的，,。]{1,3})的?")


def _both_zh(m: re.Match[str]) -> str:
    """又大又红 -> 大的红的; 圆 / 方 said so of a thing named after them is how it looks
    (又小又圆的气球), not a shape."""
    named_after = bool(re.search(r"[\u4e00-\u9fff]", m.string[m.end():])) and "圆" not in m.string[m.end():]
    return "".join(f"{v}的" for v in m.groups() if not (v in ("圆", "方") and named_after))


# Things whose name is made of value words ("ice cream" is not cream-coloured ice, a "top hat" is no hat at the top):
# read as one word, then restored
_VALUE_WORDS = {w.lower() for table in (vocab.COLOURS, vocab.MATERIALS, vocab.POSITIONS) for t in table.values()
                for w in t.en}
_COMPOUND_NAMES = {f.lower(): f.lower().replace(" ", JOIN) for t in vocab.NOUNS.values() for f in t.en
                   if " " in f and set(f.lower().split()) & _VALUE_WORDS}
_COMPOUND_RE = re.compile(rf"{WORD_L}(?:{'|'.join(map(re.escape, _COMPOUND_NAMES))}){WORD_R}", re.IGNORECASE)


def parse_phrase(text: str, *, global_parts: bool = True) -> Phrase:
    """Everything known in `text`; `global_parts` also reads a background and a style out of it."""
    joined = join_patterns(_COMPOUND_RE.sub(lambda m: _COMPOUND_NAMES[m.group(0).lower()], text))
    if joined != text:  # "ice cream", "with white polka dots": one word while the values are read
        p = parse_phrase(joined, global_parts=global_parts)
        p.rest = unjoined(p.rest)
        return p
    p = Phrase()
    said = text
    p.amount, amount_size, text, amount_of = take_amount(text)  # "a slice of pizza": pizza, a slice of it
    text = _BOTH_ZH.sub(_both_zh, text)  # 又大又红的苹果: big and red
    text = _ROUND_ZH.sub("", re.sub(r"的、", "的", text))  # 大大的、圆圆的、红红的苹果: an apple, not a circle
    text = _NO_SIZE.sub("", text)  # 中等大小的正方形: no size said
    text = _THAT_IS.sub(" ", text)  # "a circle that is red and big": red and big
    if global_parts:
        p.looks, text = parse_looks(text)
        p.background, text = parse_background(text)
        p.style, text = parse_style(text)
        p.place, text = parse_place(text)
        p.times, text = parse_times(text)
    p.position, text = parse_position(text)
    text = _DEGREE.sub(lambda m: m.group("b") + "的" if m.group("b") else "", text)  # "very big", "很大"
    text = _MORE_COLOUR.sub(lambda m: _MORE_COLOUR_OF.get((m.group("en") or "").lower(), ""), text)
    matches, text = take(RESIZE_RE, text)
    if matches:
        m = matches[0]
        p.resize = 1 if (m.group("up") or m.group("up_zh")) else -1
    # The size before the shape and the colour: 大 in 紫色大三角形 is a size only while 三角形 still follows it.
    matches, text = take(_SIZE_RE, text)
    if matches:
        p.size = _SIZE_INDEX[squeeze(matches[0].group("en") or matches[0].group("zh"))]
    matches, text = _take_material(text)
    if matches:
        m = matches[0]
        p.material = _MATERIAL_INDEX[squeeze(m.group("en") or m.group("zh") or m.group("zh1"))]
    matches, text = take(_SHAPE_RE, text)
    if matches and matches[0].group(0).lower() == "round" and clean_rest(text):
        text, matches = text[: matches[0].start()] + "round" + text[matches[0].start() + 1:], []  # "round eyes"
    if matches:
        p.shape = _SHAPE_INDEX[squeeze(matches[0].group(0))]
        if re.search(rf"{WORD_L}(?:circles|squares|triangles){WORD_R}", matches[0].group(0), re.IGNORECASE):
            p.count = 2
    matches, text = take(_COLOUR_RE, text, first_only=False)
    if matches:
        p.colour = " and ".join(dict.fromkeys(_colour_of(m) for m in matches))
        text = re.sub(r"(?:^|(?<=\s))相间(?:的)?", "", text, count=1)  # 黑白相间的, 绿白相间: the colours in turn
    p.pose, text = take_doing(text)  # "女孩在跑步": the whole verb, before 在跑 is read as "running" in it
    if p.pose is None and not _POSE_COMPOUND.search(text):  # "a walking stick" is a stick, not a walking thing
        matches, text = take(_POSE_RE, text, first_only=False)  # "curled up asleep": the first, no name word
        if matches:
            p.pose = _POSE_INDEX[squeeze(matches[0].group(0))]
    text = text.strip()
    if _DEFINITE_RE.search(text):
        p.definite = True
        text = _DEFINITE_RE.sub(" ", text)
    text = _ROW_OF.sub(" ", text)  # "a row of three balloons": three balloons
    matches, text = take(_DETERMINER_RE, text)
    if matches:
        m = matches[0]
        p.indefinite = True
        word = (m.group("en") or m.group("zh") or "").lower()
        p.count = int(word) if word.isdigit() else COUNT_WORDS.get(word, p.count)
    p.rest = clean_rest(text)
    p.size = p.size or amount_size
    if p.amount and not p.rest and not p.shape:
        p.colour, p.rest = None, amount_of  # "a bunch of lavender": the flower, not its colour
    if not p.rest and not p.shape and p.indefinite and p.colour == "orange" and not _ORANGE_ONE.search(said):
        # "draw an orange": the fruit; 一只橘色的 and "a big orange one" are orange ones
        p.colour, p.rest = None, "orange"
    return p
