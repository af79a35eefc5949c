"""The bilingual words the dialog layer knows: canonical English keys and their English / Chinese surface forms.

Both the prompt renderer (translate a canonical value into the prompt's language) and the rule enhancer (find
a value in a message, in either language) read these tables, so a word is added in exactly one place. The toy
world's words come from `toyworld.spec` and render exactly as toyworld/README.md spells them. Pure data: no torch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toyworld import spec


@dataclass(frozen=True)
class Term:
    """One known value. The first English / Chinese form is the one a prompt uses; the others are synonyms."""

    key: str  # canonical value stored in the Scene
    en: tuple[str, ...]
    zh: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return self.en + self.zh


def _terms(rows: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, Term]:
    return {key: Term(key, en, zh) for key, (en, zh) in rows.items()}


# Colours of things. The toy-world palette first, rendered with exactly the spec's words.
_TOY_COLOUR_SYNONYMS_ZH = {
    "red": ("红色", "红"), "orange": ("橙色", "橘色", "橘黄色", "橙", "橘"), "yellow": ("黄色", "黄"),
    "green": ("绿色", "绿"), "blue": ("蓝色", "蓝"), "purple": ("紫色", "紫"),
    "pink": ("粉色", "粉红色", "粉红", "粉"), "brown": ("棕色", "褐色", "咖啡色", "棕", "褐"),
}
_TOY_COLOUR_SYNONYMS_EN = {"purple": ("purple", "violet"), "gray": ("gray", "grey")}
COLOURS: dict[str, Term] = {
    key: Term(key, _TOY_COLOUR_SYNONYMS_EN.get(key, (key,)), _TOY_COLOUR_SYNONYMS_ZH[key]) for key in spec.COLOURS
}
COLOURS.update(_terms({
    "white": (("white",), ("白色", "白")),
    "black": (("black",), ("黑色", "黑")),
    "gray": (("gray", "grey"), ("灰色", "灰")),
    "sky blue": (("sky blue", "sky-blue"), ("天蓝色", "天蓝")),
    "beige": (("beige",), ("米色", "米黄色")),
    "gold": (("gold", "golden"), ("金色", "金黄色")),
    "silver": (("silver",), ("银色",)),
    "cyan": (("cyan", "turquoise"), ("青色", "青绿色")),
    "navy": (("navy", "navy blue"), ("藏青色", "藏蓝色", "海军蓝")),
    "blonde": (("blonde", "blond"), ("浅金色", "金发")),
    "teal": (("teal",), ("蓝绿色",)),
    "maroon": (("maroon", "burgundy", "wine red"), ("酒红色", "暗红色")),
    "lavender": (("lavender", "lilac"), ("淡紫色", "薰衣草色")),
    "cream": (("cream", "off-white", "ivory"), ("奶油色", "象牙白")),
}))
# "dark blue" / 深蓝色: a shade word in front of a known colour; stored as "dark blue".
SHADES: dict[str, Term] = _terms({
    "light": (("light", "pale"), ("浅", "淡")),
    "dark": (("dark", "deep"), ("深",)),
    "bright": (("bright",), ("亮",)),
})

SIZES: dict[str, Term] = _terms({
    "big": (("big", "large", "huge", "giant"), ("大的", "大大的", "大")),
    "small": (("small", "little", "tiny"), ("小的", "小小的", "小")),
})

# Positions: the toy world's 3 x 3 grid. Chinese corners render with 角 as toyworld/README.md's caption does.
POSITIONS: dict[str, Term] = _terms({
    "top left": (("top left", "top-left", "upper left", "upper-left", "left top"), ("左上角", "左上方", "左上")),
    "top": (("top", "upper side", "top middle", "top center", "top centre", "upper", "topmost", "uppermost",
             "highest"),
            ("上方", "上面", "上边", "顶部", "上部", "最上面", "最上边")),
    "top right": (("top right", "top-right", "upper right", "upper-right", "right top"), ("右上角", "右上方", "右上")),
    "left": (("left", "left side", "middle left", "center left", "centre left", "leftmost"),
             ("左边", "左侧", "左面", "左方", "左部", "最左边", "最左侧")),
    "center": (("center", "centre", "middle"), ("中间", "中央", "中心", "正中间", "正中")),
    "right": (("right", "right side", "middle right", "center right", "centre right", "rightmost"),
              ("右边", "右侧", "右面", "右方", "右部", "最右边", "最右侧")),
    "bottom left": (("bottom left", "bottom-left", "lower left", "lower-left", "left bottom"),
                    ("左下角", "左下方", "左下")),
    "bottom": (("bottom", "lower side", "bottom middle", "bottom center", "bottom centre", "lower", "bottommost",
                "lowest"),
               ("下方", "下面", "下边", "底部", "下部", "最下面", "最下边")),
    "bottom right": (("bottom right", "bottom-right", "lower right", "lower-right", "right bottom"),
                     ("右下角", "右下方", "右下")),
})
assert set(POSITIONS) == set(spec.POSITIONS)
# Each position's (column, row) in the 3 x 3 grid: relative moves and the editor's regions read it.
GRID_CELLS: dict[str, tuple[int, int]] = dict(spec.POSITIONS)

# Backgrounds of the toy world (a flat colour). Other backgrounds stay free text ("beach").
BACKGROUNDS: dict[str, Term] = {key: COLOURS[key] for key in spec.BACKGROUNDS}

SHAPES: dict[str, Term] = _terms({
    "circle": (("circle", "circles", "round", "dot", "disc", "disk"), ("圆形", "圆圈", "圆点", "圆")),
    "square": (("square", "squares", "box"), ("正方形", "方形", "方块", "正方")),
    "triangle": (("triangle", "triangles"), ("三角形", "三角")),
})

MATERIALS: dict[str, Term] = _terms({
    "wood": (("wood", "wooden"), ("木头", "木制", "木质", "木")),
    "metal": (("metal", "metallic", "steel", "iron"), ("金属", "铁", "钢")),
    "glass": (("glass",), ("玻璃",)),
    "stone": (("stone", "rock"), ("石头", "石制", "石")),
    "paper": (("paper",), ("纸", "纸质")),
    "plastic": (("plastic",), ("塑料",)),
    "clay": (("clay",), ("黏土", "粘土", "陶土")),
    "ice": (("ice",), ("冰",)),
    "fabric": (("fabric", "cloth", "wool", "woolen", "knitted"), ("布", "毛线", "布料")),
})
# How an English prompt says "made of X" in front of a noun.
MATERIAL_ADJECTIVES = {"wood": "wooden", "metal": "metal", "glass": "glass", "stone": "stone", "paper": "paper",
                       "plastic": "plastic", "clay": "clay", "ice": "ice", "fabric": "fabric"}

STYLES: dict[str, Term] = _terms({
    "watercolor": (("watercolor", "watercolour", "water colour", "water color"), ("水彩",)),
    "oil painting": (("oil painting", "oil paint", "oil"), ("油画",)),
    "pixel art": (("pixel art", "pixel", "8-bit", "8 bit"), ("像素", "像素画")),
    "cartoon": (("cartoon", "comic"), ("卡通", "漫画")),
    "anime": (("anime", "manga"), ("动漫", "二次元", "日漫")),
    "pencil sketch": (("pencil sketch", "sketch", "pencil drawing", "pencil"), ("素描", "铅笔画")),
    "photorealistic": (("photorealistic", "photo-realistic", "realistic", "photograph", "photo"),
                       ("写实", "照片", "真实")),
    "ink wash": (("ink wash", "chinese ink", "ink"), ("水墨", "国画")),
    "3d render": (("3d render", "3d", "3-d"), ("3D", "三维")),
    "flat": (("flat", "minimalist", "minimal"), ("扁平", "极简", "简约")),
    "impressionist": (("impressionist", "impressionism"), ("印象派",)),
    "negative": (("negative", "photo negative", "inverted colors", "inverted colours", "negative film"),
                 ("反色", "负片")),
})

POSES: dict[str, Term] = _terms({
    "sitting": (("sitting",), ("坐着的", "坐着")),
    "standing": (("standing",), ("站着的", "站着")),
    "sleeping": (("sleeping", "asleep"), ("睡觉的", "睡着的", "在睡觉")),
    "running": (("running",), ("奔跑的", "在跑")),
    "jumping": (("jumping",), ("跳跃的", "在跳")),
    "flying": (("flying",), ("飞翔的", "在飞")),
    "smiling": (("smiling",), ("微笑的", "在笑")),
    "walking": (("walking",), ("走路的", "在走")),
    "lying": (("lying", "lying down"), ("躺着的", "躺着")),
    "swimming": (("swimming",), ("游泳的", "在游泳")),
    "playing": (("playing",), ("玩耍的", "在玩耍")),
    "floating": (("floating",), ("漂浮的", "飘着的")),
    "parked": (("parked",), ("停着的", "停着")),
})

# Common things people draw; only used to translate a name into the prompt's language and to tell a bare noun
# ("a dog") from chatter. Anything else a person names is kept as free text and passes through untranslated.
NOUNS: dict[str, Term] = _terms({
    "cat": (("cat", "cats", "kitten", "kitty", "kitties", "kittens"), ("猫", "小猫", "猫咪")),
    "dog": (("dog", "dogs", "puppy", "puppies", "doggy", "doggo"), ("狗", "小狗", "狗狗")),
    "bird": (("bird", "birds"), ("鸟", "小鸟")),
    "fish": (("fish",), ("鱼",)),
    "ball": (("ball", "balls"), ("球",)),
    "tree": (("tree", "trees"), ("树",)),
    "flower": (("flower", "flowers"), ("花",)),
    "house": (("house", "houses"), ("房子",)),
    "car": (("car", "cars"), ("汽车", "车")),
    "boat": (("boat", "boats", "ship"), ("船",)),
    "sun": (("sun",), ("太阳",)),
    "moon": (("moon",), ("月亮",)),
    "star": (("star", "stars"), ("星星",)),
    "cloud": (("cloud", "clouds"), ("云", "云朵")),
    "mountain": (("mountain", "mountains"), ("山",)),
    "apple": (("apple", "apples"), ("苹果",)),
    "hat": (("hat", "cap", "beanie", "top hat"), ("帽子", "礼帽")),
    "horse": (("horse",), ("马",)),
    "rabbit": (("rabbit", "bunny"), ("兔子",)),
    "person": (("person",), ("人",)),
    "man": (("man",), ("男人", "男子")),
    "woman": (("woman",), ("女人", "女子")),
    "old man": (("old man",), ("老人", "老爷爷", "老头")),
    "old woman": (("old woman",), ("老奶奶", "老太太")),
    "girl": (("girl", "little girl"), ("女孩", "小女孩", "女孩子")),
    "boy": (("boy", "little boy"), ("男孩", "小男孩", "男孩子")),
    "child": (("child", "kid"), ("孩子", "小孩")),
    "fisherman": (("fisherman",), ("渔夫",)),
    "knight": (("knight",), ("骑士",)),
    "king": (("king",), ("国王",)),
    "queen": (("queen",), ("女王", "王后")),
    "princess": (("princess",), ("公主",)),
    "prince": (("prince",), ("王子",)),
    "wizard": (("wizard",), ("巫师",)),
    "astronaut": (("astronaut",), ("宇航员",)),
    "sofa": (("sofa", "couch"), ("沙发",)),
    "chair": (("chair",), ("椅子",)),
    "table": (("table",), ("桌子",)),
    "lighthouse": (("lighthouse",), ("灯塔",)),
    "castle": (("castle",), ("城堡",)),
    "cherry tree": (("cherry tree", "cherry blossom tree"), ("樱花树",)),
    "pear": (("pear",), ("梨",)),
    "balloon": (("balloon", "balloons"), ("气球",)),
    "umbrella": (("umbrella", "parasol"), ("雨伞", "伞")),
    "glasses": (("glasses", "spectacles"), ("眼镜",)),
    "sunglasses": (("sunglasses",), ("墨镜", "太阳镜")),
    "beard": (("beard",), ("胡子", "大胡子")),
    "scarf": (("scarf",), ("围巾",)),
    "dress": (("dress",), ("裙子", "连衣裙")),
    "raincoat": (("raincoat",), ("雨衣",)),
    "coat": (("coat", "jacket"), ("外套", "夹克")),
    "sword": (("sword",), ("剑", "宝剑")),
    "shield": (("shield",), ("盾牌", "盾")),
    "crown": (("crown",), ("皇冠", "王冠")),
    "collar": (("collar",), ("项圈",)),
    "apron": (("apron",), ("围裙",)),
    "bell": (("bell",), ("铃铛", "铃")),
    "bow": (("bow", "ribbon"), ("蝴蝶结", "丝带")),
    "kite": (("kite",), ("风筝",)),
    "wheels": (("wheels", "wheel"), ("轮子", "车轮")),
    "eyes": (("eyes", "eye"), ("眼睛",)),
    "hair": (("hair",), ("头发",)),
    "tail": (("tail",), ("尾巴",)),
    "wings": (("wings", "wing"), ("翅膀",)),
    "roof": (("roof",), ("屋顶",)),
    "book": (("book",), ("书",)),
    "bag": (("bag", "backpack"), ("包", "书包", "背包")),
    "robot": (("robot",), ("机器人",)),
    "dragon": (("dragon",), ("龙",)),
    "beach": (("beach",), ("海滩", "沙滩")),
    "forest": (("forest",), ("森林",)),
    "city": (("city",), ("城市",)),
    "sky": (("sky",), ("天空",)),
    "sea": (("sea", "ocean"), ("大海", "海洋", "海")),
    "desert": (("desert",), ("沙漠",)),
    "room": (("room",), ("房间",)),
    "garden": (("garden",), ("花园",)),
    "space": (("space", "outer space"), ("太空",)),
    "night sky": (("night sky",), ("夜空",)),
    "snow": (("snow",), ("雪地", "雪")),
    "fox": (("fox", "foxes"), ("狐狸",)),
    "lantern": (("lantern", "lanterns"), ("灯笼",)),
    "snowman": (("snowman",), ("雪人",)),
    "deer": (("deer",), ("鹿",)),
    "elephant": (("elephant", "elephants"), ("大象", "象")),
    "panda": (("panda", "pandas", "giant panda"), ("熊猫", "大熊猫")),
    "tiger": (("tiger", "tigers"), ("老虎", "虎")),
})
# Chinese measure word for a noun ("一只猫"); shapes and unknown things use 个 as toyworld/README.md does.
MEASURE_WORDS = {"cat": "只", "dog": "只", "bird": "只", "rabbit": "只", "fish": "条", "dragon": "条", "tree": "棵",
                 "flower": "朵", "car": "辆", "boat": "艘", "horse": "匹", "cloud": "朵", "mountain": "座",
                 "house": "座", "fox": "只", "deer": "只", "lantern": "盏", "cherry tree": "棵", "sofa": "张",
                 "chair": "把", "table": "张", "lighthouse": "座", "castle": "座", "umbrella": "把", "sword": "把",
                 "glasses": "副", "sunglasses": "副", "scarf": "条", "dress": "条", "hat": "顶", "crown": "顶",
                 "balloon": "个", "book": "本",
                 "elephant": "头", "panda": "只", "tiger": "只"}

# Who "him" / "her" / "it" can be. People are matched by any word of a subject's name ("old fisherman"), in
# English or by the end of a Chinese name ("老渔夫"); everything else is a thing or an animal ("it", 它).
MALE_WORDS = ("man", "men", "boy", "boys", "king", "prince", "fisherman", "gentleman", "grandpa", "grandfather",
              "father", "dad", "son", "brother", "husband", "monk", "wizard", "knight", "男人", "男子", "男孩", "国王",
              "王子", "渔夫", "爷爷", "爸爸", "父亲", "老爷爷", "老头", "先生", "哥哥", "弟弟", "和尚", "骑士", "老人")
FEMALE_WORDS = ("woman", "women", "girl", "girls", "lady", "queen", "princess", "grandma", "grandmother", "mother",
                "mom", "mum", "daughter", "sister", "wife", "witch", "bride", "女人", "女子", "女孩", "女王", "王后",
                "公主", "奶奶", "妈妈", "母亲", "老奶奶", "老太太", "女士", "姐姐", "妹妹", "女巫", "新娘", "小姐")
PERSON_WORDS = ("person", "people", "child", "kid", "baby", "farmer", "chef", "doctor", "soldier", "student",
                "teacher", "astronaut", "pirate", "ninja", "samurai", "warrior", "musician", "dancer", "snowman",
                "人", "孩子", "小孩", "宝宝", "农民", "厨师", "医生", "士兵", "学生", "老师", "宇航员", "海盗", "忍者",
                "武士", "战士", "雪人")

# How a part goes with its subject (Subject.parts' "relation"): "a girl holding a red umbrella" /
# "拿着红色雨伞的女孩". The first form of each is how the prompt says it.
RELATIONS: dict[str, Term] = _terms({
    "holding": (("holding", "carrying"), ("拿着", "举着", "握着", "撑着", "打着", "提着", "抱着", "捧着")),
    "wearing": (("wearing", "dressed in"), ("戴着", "穿着", "披着", "系着")),
    "riding": (("riding",), ("骑着", "骑在")),
    "with": (("with", "having"), ("有", "带着", "长着", "背着")),
    "playing with": (("playing with",), ("玩着", "在玩")),
})
# Things worn: "a girl in a red dress" wears it, "give her a hat" puts it on. Other parts are held or had.
WORN = ("hat", "cap", "dress", "shirt", "t-shirt", "coat", "raincoat", "jacket", "scarf", "sweater", "hoodie", "suit",
        "skirt", "kimono", "uniform", "armor", "armour", "cape", "cloak", "robe", "boots", "shoes", "glasses",
        "sunglasses", "helmet", "crown", "mask", "gloves", "tie", "bow tie", "necklace", "earrings", "collar", "apron",
        "bow", "ribbon", "bell", "围裙", "蝴蝶结", "丝带", "铃铛",
        "帽子", "裙子", "连衣裙", "衬衫", "T恤", "外套", "雨衣", "夹克", "围巾", "毛衣", "西装", "和服", "制服", "盔甲",
        "斗篷", "长袍", "靴子", "鞋", "眼镜", "墨镜", "头盔", "皇冠", "王冠", "面具", "手套", "领带", "领结", "项链",
        "耳环", "项圈")
# Of the things worn, those put on rather than worn on the head or face: Chinese says 穿着, not 戴着.
CLOTHES = ("dress", "shirt", "t-shirt", "coat", "raincoat", "jacket", "sweater", "hoodie", "suit", "skirt", "kimono",
           "uniform", "armor", "armour", "cape", "cloak", "robe", "boots", "shoes", "裙子", "连衣裙", "衬衫", "T恤",
           "外套", "雨衣", "夹克", "毛衣", "西装", "和服", "制服", "盔甲", "斗篷", "长袍", "靴子", "鞋")
# Things had, not held: "give him a beard" is "a fisherman with a beard", "有胡子的渔夫".
HAD = ("beard", "moustache", "mustache", "hair", "tail", "wings", "horns", "eyes", "ears", "nose", "mouth", "fur",
       "roof", "door", "window", "windows", "sail", "wheels", "spots", "stripes", "leaves", "petals",
       "shell", "mane", "beak", "claws", "paws", "fins", "scales", "antlers", "whiskers", "feathers", "spikes",
       "trunk", "tusks", "hooves", "tentacles", "stem", "外壳", "壳", "鬃毛", "爪子", "鳍", "鳞片", "鹿角", "胡须",
       "羽毛", "象鼻",
       "胡子", "大胡子", "头发", "尾巴", "翅膀", "角", "眼睛", "耳朵", "鼻子", "嘴", "毛", "屋顶", "门", "窗户", "帆",
       "轮子", "斑点", "条纹", "叶子", "花瓣")


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def lookup(table: dict[str, Term], word: str) -> Term | None:
    """The term a word (any form, either language, any case) names, or None."""
    w = word.strip().lower()
    for term in table.values():
        if w == term.key or any(w == f.lower() for f in term.forms):
            return term
    return None


def colour_word(value: str, language: str) -> str:
    """A colour value in a language: known keys and shades translate ("dark blue" -> 深蓝色), others pass."""
    term = lookup(COLOURS, value)
    if term:
        return term.en[0] if language == "en" else term.zh[0]
    shade, _, base = value.partition(" ")
    shade_term, base_term = SHADES.get(shade), lookup(COLOURS, base)
    if shade_term and base_term:
        if language == "en":
            return f"{shade_term.en[0]} {base_term.en[0]}"
        return shade_term.zh[0] + base_term.zh[0]
    return value


def translate(table: dict[str, Term], value: str, language: str) -> str:
    """A stored value in the prompt's language when the table knows it; unknown words pass through unchanged."""
    term = lookup(table, value)
    if term is None:
        return value
    return term.en[0] if language == "en" else term.zh[0]


# The picture as a whole (Scene.look): lighting, camera, colour treatment, mood and film looks. One value per
# kind (LOOK_KINDS): "soft lighting" replaces "dramatic lighting"; a key in no kind accumulates.
LOOKS: dict[str, Term] = _terms({
    "dramatic lighting": (("dramatic lighting", "dramatic light", "dramatic lights", "dramatic shadows", "dramatic"),
                          ("戏剧性光线", "戏剧性的光线", "戏剧性光影", "戏剧性的光影", "戏剧性的灯光", "戏剧性灯光",
                           "戏剧化的光线", "戏剧光", "戏剧性")),
    "soft lighting": (("soft lighting", "soft light", "gentle light", "gentle lighting", "soft lights"),
                      ("柔和的光线", "柔和光线", "柔光", "光线柔和", "柔和的光")),
    "backlight": (("backlight", "backlit", "back light", "backlighting", "rim light"), ("逆光", "背光")),
    "neon lighting": (("neon lighting", "neon light", "neon lights"), ("霓虹灯光", "霓虹")),
    "studio lighting": (("studio lighting", "studio light"), ("影棚灯光", "棚拍")),
    "golden hour": (("golden hour", "golden hour light", "golden light"), ("金色时刻", "金色的光")),
    "close-up": (("close-up", "close up", "closeup", "close-up shot", "close up shot", "extreme close-up", "zoom in",
                  "zoomed in", "zoom in on it"),
                 ("特写", "特写镜头", "近景", "近距离", "拉近", "放大镜头")),
    "wide shot": (("wide shot", "wide angle", "wide-angle shot", "wide-angle", "long shot", "wide view", "zoom out",
                   "zoomed out"), ("广角", "远景", "全景", "广角镜头", "拉远")),
    "bird's-eye view": (("bird's-eye view", "bird's eye view", "birds eye view", "birds-eye view", "bird's-eye",
                         "top-down view", "top down view", "overhead view", "aerial view", "from above"),
                        ("俯视", "鸟瞰", "俯拍", "航拍", "俯视角度", "俯视视角")),
    "low angle": (("low angle", "low-angle", "low angle shot", "from below", "worm's-eye view", "worms eye view"),
                  ("仰视", "仰拍", "低角度", "仰视角度")),
    "side view": (("side view", "profile view", "from the side"), ("侧面", "侧视", "侧面视角")),
    "macro": (("macro", "macro shot", "macro photo"), ("微距",)),
    "shallow depth of field": (("shallow depth of field", "bokeh", "blurred background", "blurry background",
                                "background blur"), ("背景虚化", "浅景深", "虚化背景", "背景模糊")),
    "portrait": (("portrait", "portrait shot", "headshot"), ("肖像", "肖像画", "人像", "头像")),
    "black and white": (("black and white", "black-and-white", "b&w", "b/w", "monochrome", "grayscale",
                         "greyscale"), ("黑白", "黑白色调", "黑白照片")),
    "sepia": (("sepia", "sepia tone", "sepia-toned"), ("棕褐色调", "怀旧色调", "泛黄")),
    "vibrant colours": (("vibrant colours", "vibrant colors", "bright colours", "bright colors", "saturated colors",
                         "saturated colours"), ("色彩鲜艳", "鲜艳的色彩", "鲜艳的颜色")),
    "pastel colours": (("pastel colours", "pastel colors", "pastel tones"), ("马卡龙色", "粉彩", "柔和的色彩")),
    "muted colours": (("muted colours", "muted colors", "desaturated"), ("低饱和度", "低饱和", "淡雅")),
    "high contrast": (("high contrast", "high-contrast"), ("高对比度", "高对比")),
    "warm tones": (("warm tones", "warm colours", "warm colors", "warm tone", "warmer colours", "warmer colors",
                    "warmer tones", "warmer"), ("暖色调", "暖色", "暖一点", "温暖的色调")),
    "cool tones": (("cool tones", "cool colours", "cool colors", "cold tones", "cooler colours", "cooler colors",
                    "cooler tones"), ("冷色调", "冷色")),
    "moody": (("moody", "melancholic", "melancholy", "sombre", "somber"), ("忧郁", "阴郁", "伤感")),
    "dreamy": (("dreamy", "dreamlike", "dream-like", "ethereal"), ("梦幻", "梦幻般", "如梦似幻", "梦境般")),
    "eerie": (("eerie", "creepy", "spooky", "ominous"), ("诡异", "阴森", "恐怖")),
    "peaceful": (("peaceful", "serene", "tranquil"), ("宁静", "平静", "安宁")),
    "cheerful": (("cheerful", "joyful", "upbeat", "happy mood"), ("欢快", "欢乐")),
    "mysterious": (("mysterious",), ("神秘",)),
    "romantic": (("romantic",), ("浪漫",)),
    "gloomy": (("gloomy", "bleak"), ("阴沉", "压抑")),
    "epic": (("epic",), ("史诗感", "史诗般", "宏大")),
    "dark sky": (("dark sky", "darker sky", "dark skies"), ("昏暗的天空", "暗色的天空", "天空暗")),
    "bright sky": (("bright sky", "brighter sky", "clear sky"), ("明亮的天空", "晴朗的天空", "天空亮")),
    "cinematic": (("cinematic", "cinematic look", "cinematic shot", "film still", "movie still", "like a movie"),
                  ("电影感", "电影质感", "电影画面", "电影镜头", "电影般")),
    "vintage": (("vintage", "retro", "old-fashioned", "old fashioned", "old photo"), ("复古", "怀旧", "老照片")),
    "film grain": (("film grain", "grainy", "analog film", "35mm film"), ("胶片颗粒", "胶片感", "胶片")),
    "centered composition": (("centered composition", "centred composition"),
                             ("居中构图", "构图居中")),
    "rule of thirds": (("rule of thirds", "rule-of-thirds composition", "rule of thirds composition"),
                       ("三分法构图", "三分构图")),
    "highly detailed": (("highly detailed", "hyper detailed", "hyperdetailed", "intricate details",
                         "lots of detail", "very detailed"),
                        ("高细节", "细节丰富", "精细", "细节满满", "超细节", "超多细节")),
})
LOOK_KINDS: dict[str, tuple[str, ...]] = {
    "lighting": ("dramatic lighting", "soft lighting", "backlight", "neon lighting", "studio lighting",
                 "golden hour"),
    # how much the shot holds and where it is taken from are two choices: a close-up from a low angle
    "framing": ("close-up", "wide shot", "macro", "portrait"),
    "angle": ("bird's-eye view", "low angle", "side view"),
    "focus": ("shallow depth of field",),
    "composition": ("centered composition", "rule of thirds"),
    "colour": ("black and white", "sepia", "vibrant colours", "pastel colours", "muted colours", "warm tones",
               "cool tones"),
    "mood": ("moody", "dreamy", "eerie", "peaceful", "cheerful", "mysterious", "romantic", "gloomy", "epic"),
}


def look_kind(key: str) -> str:
    """The kind a look replaces ("soft lighting" replaces "dramatic lighting"); others are a kind of their own."""
    if key.endswith(" sky"):  # "dark sky", "pink sky": one sky at a time
        return "sky"
    return next((kind for kind, keys in LOOK_KINDS.items() if key in keys), key)


def with_look(looks: list[str], key: str) -> list[str]:
    """Scene.look with `key`: it replaces the look of its own kind, the others stay in the order said."""
    return [k for k in looks if look_kind(k) != look_kind(key)] + [key]


# Scene-wide settings. A place lives in Scene.background under its English phrase ("in the snow"), so an explicit
# "beach background" (stored "beach") still renders as a background and a place renders naturally. The first
# English / Chinese form is how the prompt says it; the other forms are the words a person uses for it. The sky
# is the place of a picture of one thing ("a bird in the sky"); beside other things it is where the last one is
# ("a house and a sun in the sky": the sun), read by the rules.
PLACES: dict[str, Term] = _terms({
    "in the snow": (("in the snow", "snow", "snowfield", "snowfields", "snowy field"), ("雪地里", "雪地", "雪原")),
    "on the beach": (("on the beach", "beach", "seaside", "seashore", "shore"), ("海滩上", "海滩", "沙滩", "海边")),
    "in a forest": (("in a forest", "forest", "woods"), ("森林里", "森林", "树林", "竹林")),
    "in the desert": (("in the desert", "desert"), ("沙漠里", "沙漠")),
    "in the city": (("in the city", "city", "town"), ("城市里", "城市", "城里", "都市")),
    "in space": (("in space", "outer space", "space"), ("太空中", "外太空", "太空", "宇宙")),
    "underwater": (("underwater", "under water", "under the sea", "under the ocean"), ("水下", "水底", "海底")),
    "in a garden": (("in a garden", "garden"), ("花园里", "花园")),
    "on a mountain": (("on a mountain", "mountain", "mountains", "mountaintop"), ("山上", "山顶")),
    "at sea": (("at sea", "sea", "ocean"), ("海上", "海里", "大海", "海洋")),
    "in a park": (("in a park", "park"), ("公园里", "公园")),
    "on the grass": (("on the grass", "grass", "lawn", "grassland"), ("草地上", "草地", "草坪", "草原")),
    "in a field": (("in a field", "field", "fields", "meadow", "farmland"),
                   ("田野里", "田野", "田地里", "麦田里", "麦田")),
    "in the kitchen": (("in the kitchen", "kitchen"), ("厨房里", "厨房")),
    "in a bedroom": (("in a bedroom", "bedroom"), ("卧室里", "卧室")),
    "in a living room": (("in a living room", "living room", "lounge"), ("客厅里", "客厅")),
    "in a classroom": (("in a classroom", "classroom"), ("教室里", "教室")),
    "in a library": (("in a library", "library"), ("图书馆里", "图书馆")),
    "on a farm": (("on a farm", "farm", "farmyard"), ("农场里", "农场")),
    "on a lake": (("on a lake", "lake", "pond"), ("湖上", "湖面上", "湖边", "湖里", "池塘里", "池塘")),
    "by a river": (("by a river", "river", "riverbank", "stream"), ("河边", "河上", "河里", "小溪边")),
    "in the jungle": (("in the jungle", "jungle", "rainforest"), ("丛林里", "丛林", "雨林")),
    "on the street": (("on the street", "street", "streets"), ("街上", "街道")),
    "in the sky": (("in the sky", "sky", "the sky", "midair", "mid-air"), ("天空中", "天空里", "天上", "空中")),
})
# English places said without a preposition ("underwater"); the others need one ("in the snow", "to the beach").
PLACES_WITHOUT_PREPOSITION = ("underwater", "under water", "under the sea", "under the ocean")

# Times of day, weather and seasons: Scene.time holds their keys, one per kind, in TIME_KINDS order.
TIMES: dict[str, Term] = _terms({
    "day": (("during the day", "day", "daytime", "day time", "daylight", "broad daylight", "noon", "midday"),
            ("白天", "白昼", "中午", "正午")),
    "night": (("at night", "night", "nighttime", "night time", "night-time", "midnight", "night scene"),
              ("夜晚", "晚上", "夜里", "夜间", "深夜", "半夜", "黑夜", "夜景", "夜色", "天黑")),
    "sunset": (("at sunset", "sunset", "sundown", "dusk", "twilight", "evening"),
               ("日落时", "日落", "黄昏", "傍晚", "夕阳下", "夕阳")),
    "dawn": (("at dawn", "dawn", "sunrise", "daybreak", "morning", "early morning"),
             ("黎明时", "黎明", "日出时", "日出", "清晨", "早晨", "早上")),
    "rain": (("in the rain", "rain", "rainy", "raining", "rainy day", "rainfall"),
             ("雨中", "下雨天", "下雨", "雨天", "雨里")),
    "snowfall": (("in falling snow", "snowing", "snowy", "snowfall", "snowstorm", "blizzard", "snowy day"),
                 ("下雪时", "下雪天", "下雪", "雪天", "大雪", "飘雪")),
    "fog": (("in the fog", "fog", "foggy", "mist", "misty"), ("雾中", "大雾", "雾天", "起雾")),
    "storm": (("in a storm", "storm", "stormy", "thunderstorm", "lightning"), ("暴风雨中", "暴风雨", "雷雨中", "雷雨")),
    "sunny": (("on a sunny day", "sunny", "sunny day", "sunshine", "sunlight"), ("阳光下", "晴天", "阳光明媚")),
    "windy": (("on a windy day", "windy", "windy day", "breezy"), ("刮风天", "刮大风", "刮风", "大风天", "有风")),
    "spring": (("in spring", "spring", "springtime"), ("春天", "春季")),
    "summer": (("in summer", "summer", "summertime"), ("夏天", "夏季")),
    "autumn": (("in autumn", "autumn", "fall"), ("秋天", "秋季")),
    "winter": (("in winter", "winter", "wintertime"), ("冬天", "冬季")),
})
TIME_KINDS: dict[str, tuple[str, ...]] = {
    "weather": ("rain", "snowfall", "fog", "storm", "sunny", "windy"),
    "season": ("spring", "summer", "autumn", "winter"),
    "time of day": ("day", "night", "sunset", "dawn"),
}


def time_kind(key: str) -> str:
    """The kind a time key replaces ("night" replaces "day"); free text is a kind of its own."""
    return next((kind for kind, keys in TIME_KINDS.items() if key in keys), key)


def time_keys(value: str | None) -> list[str]:
    """Scene.time as its list of keys (or free-text parts)."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def with_time(value: str | None, key: str) -> str:
    """Scene.time with `key` set: it replaces a value of its own kind, the others stay, in TIME_KINDS order."""
    kept = [k for k in time_keys(value) if time_kind(k) != time_kind(key)] + [key]
    order = [k for keys in TIME_KINDS.values() for k in keys]
    kept.sort(key=lambda k: order.index(k) if k in order else len(order))
    return ", ".join(kept)
