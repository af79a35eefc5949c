"""The bilingual words the dialog layer knows: canonical English keys and their English / Chinese surface forms.

Both the prompt renderer (translate a canonical value into the prompt's language) and the rule enhancer (find
a value in a message, in either language) read these tables, so a word is added in exactly one place. The toy
world's words come from `toyworld.spec` and render exactly as toyworld/README.md spells them. The picture-wide
words (looks, places, times) live in `dialog.picture_words` and are listed here with the rest. Pure data: no torch.
"""

from __future__ import annotations

import re

from dialog.picture_words import LOOK_KINDS as LOOK_KINDS
from dialog.picture_words import LOOKS as LOOKS
from dialog.picture_words import PLACES as PLACES
from dialog.picture_words import PLACES_WITHOUT_PREPOSITION as PLACES_WITHOUT_PREPOSITION
from dialog.picture_words import TIME_KINDS as TIME_KINDS
from dialog.picture_words import TIMES as TIMES
from dialog.picture_words import look_kind as look_kind
from dialog.picture_words import time_keys as time_keys
from dialog.picture_words import time_kind as time_kind
from dialog.picture_words import with_look as with_look
from dialog.picture_words import with_time as with_time
from dialog.more_nouns import MORE_NOUNS
from dialog.terms import Term as Term
from dialog.terms import terms as _terms
from toyworld import spec


# Colours of things. The toy-world palette first, rendered with exactly the spec's words.
_TOY_COLOUR_SYNONYMS_ZH = {
    "red": ("红色", "红"), "orange": ("橙色", "橘色", "橘黄色", "橙", "橘"), "yellow": ("黄色", "黄"),
    "green": ("绿色", "绿"), "blue": ("蓝色", "蓝"), "purple": ("紫色", "紫"),
    "pink": ("粉色", "粉红色", "粉红", "粉"), "brown": ("棕色", "褐色", "咖啡色", "棕", "褐"),
}
_TOY_COLOUR_SYNONYMS_EN = {"purple": ("purple", "violet"), "gray": ("gray", "grey"), "orange": ("orange", "ginger")}
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
    "light": (("light", "pale", "pastel"), ("浅", "淡")),
    "dark": (("dark", "deep"), ("深",)),
    "bright": (("bright",), ("亮",)),
})

SIZES: dict[str, Term] = _terms({
    "big": (("big", "large", "huge", "giant", "biggest", "largest", "massive", "enormous"), ("大的", "大大的", "大")),
    "small": (("small", "little", "tiny", "wee", "smallest", "tiniest"), ("小的", "小小的", "小")),
})

# Positions: the toy world's 3 x 3 grid. Chinese corners render with 角 as toyworld/README.md's caption does.
POSITIONS: dict[str, Term] = _terms({
    "top left": (("top left", "top-left", "upper left", "upper-left", "left top"), ("左上角", "左上方", "左上")),
    "top": (("top", "upper side", "top middle", "top center", "top centre", "upper", "topmost", "uppermost",
             "highest"),
            ("上方", "上面", "上边", "顶部", "上部", "最上面", "最上边", "最上方", "最顶上", "最顶部", "最顶端",
             "最上头", "上边正中间", "上面正中间", "上面中间", "上边中间", "正上方", "上方正中间")),
    "top right": (("top right", "top-right", "upper right", "upper-right", "right top"), ("右上角", "右上方", "右上")),
    "left": (("left", "left side", "middle left", "center left", "centre left", "leftmost", "far left", "far-left"),
             ("左边", "左侧", "左面", "左方", "左部", "最左边", "最左侧", "最左面")),
    "center": (("center", "centre", "middle", "centered", "centred"), ("中间", "中央", "中心", "正中间", "正中")),
    "right": (("right", "right side", "middle right", "center right", "centre right", "rightmost", "far right",
               "far-right"),
              ("右边", "右侧", "右面", "右方", "右部", "最右边", "最右侧", "最右面")),
    "bottom left": (("bottom left", "bottom-left", "lower left", "lower-left", "left bottom"),
                    ("左下角", "左下方", "左下")),
    "bottom": (("bottom", "lower side", "bottom middle", "bottom center", "bottom centre", "lower", "bottommost",
                "lowest"),
               ("下方", "下面", "下边", "底部", "下部", "最下面", "最下边", "最下方", "最底下", "最底部", "最底端",
                "最下头", "下边正中间", "下面正中间", "下面中间", "下边中间", "正下方", "下方正中间")),
    "bottom right": (("bottom right", "bottom-right", "lower right", "lower-right", "right bottom"),
                     ("右下角", "右下方", "右下")),
})
assert set(POSITIONS) == set(spec.POSITIONS)
# Each position's (column, row) in the 3 x 3 grid: relative moves and the editor's regions read it.
GRID_CELLS: dict[str, tuple[int, int]] = dict(spec.POSITIONS)


def grid_position(col: int, row: int) -> str:
    """The position key of a grid cell (column, row), each 0..2."""
    return next(name for name, cell in GRID_CELLS.items() if cell == (col, row))

# Backgrounds of the toy world (a flat colour). Other backgrounds stay free text ("beach").
BACKGROUNDS: dict[str, Term] = {key: COLOURS[key] for key in spec.BACKGROUNDS}

SHAPES: dict[str, Term] = _terms({
    "circle": (("circle", "circles", "round", "dot", "disc", "disk"), ("圆形", "圆圈", "圆点", "圆")),
    "square": (("square", "squares"), ("正方形", "方形", "方块", "正方")),
    "triangle": (("triangle", "triangles"), ("三角形", "三角")),
})

MATERIALS: dict[str, Term] = _terms({
    "wood": (("wood", "wooden"), ("木头", "木制", "木质", "木")),
    "metal": (("metal", "metallic", "steel", "iron"), ("金属", "铁", "钢")),
    "glass": (("glass",), ("玻璃",)),
    "marble": (("marble",), ("大理石",)),
    "bronze": (("bronze",), ("青铜",)),
    "brass": (("brass",), ("黄铜",)),
    "copper": (("copper",), ("紫铜", "红铜")),
    "stone": (("stone", "rock"), ("石头", "石制", "石")),
    "paper": (("paper",), ("纸", "纸质")),
    "plastic": (("plastic",), ("塑料",)),
    "clay": (("clay",), ("黏土", "粘土", "陶土")),
    "ice": (("ice",), ("冰",)),
    "fabric": (("fabric", "cloth", "wool", "woolen", "knitted"), ("布", "毛线", "布料")),
})
# How an English prompt says "made of X" in front of a noun.
MATERIAL_ADJECTIVES = {"wood": "wooden", "metal": "metal", "glass": "glass", "stone": "stone", "paper": "paper",
                       "plastic": "plastic", "clay": "clay", "ice": "ice", "fabric": "fabric", "marble": "marble",
                       "bronze": "bronze", "brass": "brass", "copper": "copper"}

STYLES: dict[str, Term] = _terms({
    "watercolor": (("watercolor", "watercolour", "water colour", "water color"), ("水彩",)),
    "oil painting": (("oil painting", "oil paint", "oil"), ("油画",)),
    "pixel art": (("pixel art", "pixel", "8-bit", "8 bit"), ("像素", "像素画")),
    "cartoon": (("cartoon", "comic", "cartoony", "cartoonish", "cartoon-style"), ("卡通", "漫画")),
    "anime": (("anime", "manga"), ("动漫", "二次元", "日漫")),
    "chibi": (("chibi", "super deformed"), ("Q版", "q版")),
    "pencil sketch": (("pencil sketch", "sketch", "pencil drawing", "pencil"), ("素描", "铅笔画")),
    "photorealistic": (("photorealistic", "photo-realistic", "realistic", "photograph", "photo", "real photo",
                        "real photograph", "photographic"),
                       ("写实", "照片", "真实", "逼真", "超写实", "照片级", "真实感")),
    "ink wash": (("ink wash", "chinese ink", "ink", "shanshui"), ("水墨", "国画", "山水画")),
    "3d render": (("3d render", "3d", "3-d"), ("3D", "三维")),
    "flat": (("flat", "minimalist", "minimal", "flat design"), ("扁平", "极简", "简约", "扁平化")),
    "flat vector": (("flat vector", "vector", "vector art", "vector illustration", "flat vector illustration"),
                    ("矢量", "矢量图", "矢量插画")),
    "impressionist": (("impressionist", "impressionism"), ("印象派",)),
    "negative": (("negative", "photo negative", "inverted colors", "inverted colours", "negative film"),
                 ("反色", "负片")),
    "cyberpunk": (("cyberpunk", "cyber punk"), ("赛博朋克",)),
    "steampunk": (("steampunk", "steam punk"), ("蒸汽朋克",)),
    "still life": (("still life", "still-life"), ("静物", "静物画")),
    # 国风插画, 古风: the Chinese illustration look (not 水墨, ink wash); "a chinese style dragon" is its look too
    "chinese illustration": (("chinese illustration", "chinese style", "guofeng"), ("国风", "国风插画", "中国风",
                                                                                    "古风", "古风插画")),
})

POSES: dict[str, Term] = _terms({
    "sitting": (("sitting", "sat"), ("坐着的", "坐着")),
    "standing": (("standing",), ("站着的", "站着")),
    "sleeping": (("sleeping", "asleep"), ("睡觉的", "睡着的", "在睡觉", "睡觉")),
    "running": (("running",), ("奔跑的", "在跑")),
    "jumping": (("jumping",), ("跳跃的", "在跳")),
    "flying": (("flying",), ("飞翔的", "在飞", "飞着")),
    "smiling": (("smiling",), ("微笑的", "在笑")),
    "walking": (("walking",), ("走路的", "在走")),
    "lying": (("lying", "lying down", "curled up"), ("躺着的", "躺着", "趴着的", "趴着")),
    "swimming": (("swimming",), ("游泳的", "在游泳")),
    "playing": (("playing",), ("玩耍的", "在玩耍")),
    "floating": (("floating",), ("漂浮的", "飘着的", "飘着", "漂着")),
    "parked": (("parked",), ("停着的", "停着")),
    "fishing": (("fishing",), ("钓鱼的", "在钓鱼")),
    "waving": (("waving",), ("挥手的", "在挥手", "挥着手", "挥挥手", "挥手")),
    "skating": (("skating", "ice skating"), ("滑冰的", "在滑冰", "溜冰的")),
    "skiing": (("skiing",), ("滑雪的", "在滑雪")),
    "surfing": (("surfing",), ("冲浪的", "在冲浪")),
    "crouching": (("crouching", "squatting"), ("蹲着的", "蹲着")),
    "hunched": (("hunched", "stooped", "stooping"), ("弓着背的", "驼着背的", "弓着背")),
    "dancing": (("dancing",), ("跳舞的", "在跳舞")),
    "fighting": (("fighting",), ("打架的", "在打架")),
})

# Common things people draw; only used to translate a name into the prompt's language and to tell a bare noun
# ("a dog") from chatter. Anything else a person names is kept as free text and passes through untranslated.
NOUNS: dict[str, Term] = _terms({
    "cat": (("cat", "cats", "kitten", "kitty", "kitties", "kittens"), ("猫", "小猫", "猫咪")),
    "dog": (("dog", "dogs", "puppy", "puppies", "doggy", "doggo", "pup", "pups"), ("狗", "小狗", "狗狗")),
    "bird": (("bird", "birds"), ("鸟", "小鸟")),
    # a breed whose name holds a colour word: the dog, not a gold one (金毛犬 was a gold 犬)
    "golden retriever": (("golden retriever", "golden retrievers"), ("金毛犬", "金毛", "金毛寻回犬")),
    "fish": (("fish",), ("鱼",)),
    "ball": (("ball", "balls"), ("球",)),
    "tree": (("tree", "trees"), ("树",)),
    "flower": (("flower", "flowers"), ("花",)),
    "house": (("house", "houses"), ("房子",)),
    "car": (("car", "cars"), ("汽车", "车")),
    "boat": (("boat", "boats", "ship"), ("船",)),
    "sun": (("sun",), ("太阳",)),
    "moon": (("moon", "full moon"), ("月亮", "满月", "圆月")),
    "star": (("star", "stars"), ("星星",)),
    "cloud": (("cloud", "clouds"), ("云", "云朵")),
    "mountain": (("mountain", "mountains"), ("山",)),
    "apple": (("apple", "apples"), ("苹果",)),
    "ice cream": (("ice cream", "ice-cream", "ice cream cone", "ice creams"), ("冰淇淋", "冰激凌", "雪糕")),
    "hat": (("hat", "cap", "beanie", "top hat"), ("帽子", "礼帽")),
    "horse": (("horse",), ("马",)),
    "rabbit": (("rabbit", "bunny"), ("兔子",)),
    "person": (("person",), ("人",)),
    "man": (("man",), ("男人", "男子")),
    "woman": (("woman",), ("女人", "女子")),
    "old man": (("old man",), ("老人", "老爷爷", "老头")),
    "old woman": (("old woman",), ("老奶奶", "老太太")),
    "grandpa": (("grandpa", "grandfather", "granddad", "grandad"), ("爷爷", "外公", "姥爷")),
    "grandma": (("grandma", "grandmother", "granny"), ("奶奶", "外婆", "姥姥")),
    "girl": (("girl", "little girl"), ("女孩", "小女孩", "女孩子", "小丫头", "丫头", "女娃")),
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
    "umbrella": (("umbrella", "parasol", "brolly"), ("雨伞", "伞")),
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
    # things often named in both languages in one conversation ("她的 kite", "自行车 remove 掉")
    "plate": (("plate",), ("盘子",)), "taxi": (("taxi", "cab"), ("出租车",)), "truck": (("truck",), ("卡车",)),
    "key": (("key",), ("钥匙",)), "desk": (("desk",), ("书桌",)),
    "bed": (("bed",), ("床",)), "rug": (("rug", "carpet"), ("地毯",)), "pillow": (("pillow", "cushion"), ("枕头",)),
    "blanket": (("blanket",), ("毯子",)), "sweater": (("sweater", "jumper"), ("毛衣",)),
    "hoodie": (("hoodie",), ("卫衣",)),
    "shoes": (("shoes", "sneakers"), ("鞋子", "鞋")), "uniform": (("uniform",), ("制服", "校服")),
    "armor": (("armor", "armour"), ("盔甲",)), "cloak": (("cloak", "cape"), ("斗篷", "披风")),
    "helmet": (("helmet",), ("头盔",)), "crab": (("crab",), ("螃蟹",)), "shark": (("shark",), ("鲨鱼",)),
    "dolphin": (("dolphin",), ("海豚",)), "octopus": (("octopus",), ("章鱼",)),
    "seagull": (("seagull", "gull"), ("海鸥",)),
    "pizza": (("pizza",), ("披萨", "比萨")), "cherry": (("cherry", "cherries"), ("樱桃",)),
    "bread": (("bread",), ("面包",)), "donut": (("donut", "doughnut"), ("甜甜圈",)), "cookie": (("cookie",), ("饼干",)),
    "coffee": (("coffee",), ("咖啡",)), "tea": (("tea",), ("茶",)), "sandwich": (("sandwich",), ("三明治",)),
    "burger": (("burger", "hamburger"), ("汉堡",)), "fence": (("fence",), ("篱笆", "栅栏")),
    "tent": (("tent",), ("帐篷",)), "campfire": (("campfire",), ("篝火",)),
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
    # More animals, people and things people often draw, so a name said in one language finds the thing named
    # in the other ("鲸鱼变成蓝色" after "a whale").
    "whale": (("whale", "whales"), ("鲸鱼", "鲸")), "penguin": (("penguin", "penguins"), ("企鹅",)),
    "duck": (("duck", "ducks", "duckling"), ("鸭子", "鸭")), "bear": (("bear", "bears"), ("熊",)),
    "lion": (("lion", "lions"), ("狮子",)), "monkey": (("monkey", "monkeys"), ("猴子",)),
    "owl": (("owl", "owls"), ("猫头鹰",)), "frog": (("frog", "frogs"), ("青蛙",)),
    "turtle": (("turtle", "turtles", "tortoise"), ("乌龟", "海龟")), "butterfly": (("butterfly", "butterflies"),
                                                                              ("蝴蝶",)),
    "cow": (("cow", "cows"), ("奶牛", "牛")), "sheep": (("sheep", "lamb"), ("绵羊", "羊")),
    "pig": (("pig", "pigs", "piglet"), ("猪",)), "chicken": (("chicken", "hen", "chick"), ("母鸡", "鸡")),
    "mouse": (("mouse", "mice"), ("老鼠",)), "squirrel": (("squirrel", "squirrels"), ("松鼠",)),
    "wolf": (("wolf", "wolves"), ("狼",)), "snake": (("snake", "snakes"), ("蛇",)),
    "dinosaur": (("dinosaur", "dinosaurs", "dino", "dinos"), ("恐龙",)),
    "unicorn": (("unicorn", "unicorns"), ("独角兽",)),
    "bicycle": (("bicycle", "bike", "cycle"), ("自行车", "单车")), "train": (("train",), ("火车",)),
    "airplane": (("airplane", "plane", "aeroplane"), ("飞机",)), "bus": (("bus",), ("公交车", "巴士")),
    "bridge": (("bridge",), ("桥",)), "candle": (("candle", "candles"), ("蜡烛",)),
    "cup": (("cup", "mug"), ("杯子",)), "lamp": (("lamp",), ("台灯", "灯")),
    "clock": (("clock",), ("钟", "时钟")), "guitar": (("guitar",), ("吉他",)), "piano": (("piano",), ("钢琴",)),
    "cake": (("cake",), ("蛋糕",)), "banana": (("banana", "bananas"), ("香蕉",)),
    "strawberry": (("strawberry", "strawberries"), ("草莓",)), "bottle": (("bottle",), ("瓶子",)),
    "window": (("window",), ("窗户", "窗")), "door": (("door",), ("门",)), "rainbow": (("rainbow",), ("彩虹",)),
    "shirt": (("shirt", "t-shirt", "tshirt"), ("衬衫", "T恤", "上衣")),
    "boots": (("boots",), ("靴子",)), "gloves": (("gloves",), ("手套",)), "necklace": (("necklace",), ("项链",)),
    "flag": (("flag",), ("旗子", "旗帜", "旗")), "rocket": (("rocket",), ("火箭",)),
    "cactus": (("cactus",), ("仙人掌",)), "mushroom": (("mushroom", "mushrooms"), ("蘑菇",)),
    "bench": (("bench",), ("长椅",)), "teapot": (("teapot",), ("茶壶",)),
    "pirate": (("pirate",), ("海盗",)), "witch": (("witch",), ("女巫",)), "mermaid": (("mermaid",), ("美人鱼",)),
    "ghost": (("ghost",), ("幽灵", "鬼")), "angel": (("angel",), ("天使",)),
})
NOUNS.update({key: term for key, term in MORE_NOUNS.items() if key not in NOUNS})  # dialog/more_nouns.py
# Chinese measure word for a noun ("一只猫"); shapes and unknown things use 个 as toyworld/README.md does.
# The Chinese measure words a count is said with (一条狗, 两只猫, 再来辆车).
ZH_MEASURES = "条只个辆棵朵匹头张把位座块颗艘盏"
MEASURE_WORDS = {"cat": "只", "dog": "只", "bird": "只", "rabbit": "只", "fish": "条", "dragon": "条", "tree": "棵",
                 "flower": "朵", "car": "辆", "boat": "艘", "horse": "匹", "cloud": "朵", "mountain": "座",
                 "house": "座", "fox": "只", "deer": "只", "lantern": "盏", "cherry tree": "棵", "sofa": "张",
                 "chair": "把", "table": "张", "lighthouse": "座", "castle": "座", "umbrella": "把", "sword": "把",
                 "glasses": "副", "sunglasses": "副", "scarf": "条", "dress": "条", "hat": "顶", "crown": "顶",
                 "balloon": "个", "book": "本",
                 "elephant": "头", "panda": "只", "tiger": "只", "whale": "条", "penguin": "只", "duck": "只",
                 "bear": "只", "lion": "头", "monkey": "只", "owl": "只", "frog": "只", "turtle": "只",
                 "butterfly": "只", "cow": "头", "sheep": "只", "pig": "头", "chicken": "只", "mouse": "只",
                 "squirrel": "只", "wolf": "只", "snake": "条", "dinosaur": "只", "unicorn": "只", "bicycle": "辆",
                 "train": "列", "airplane": "架", "bus": "辆", "bridge": "座", "candle": "根", "cup": "个",
                 "lamp": "盏", "clock": "个", "guitar": "把", "piano": "架", "cake": "块",
                 "banana": "根", "bottle": "个", "flag": "面", "cactus": "棵", "bench": "张",
                 "windmill": "座", "hippo": "头", "camel": "头", "donkey": "头", "giraffe": "头", "zebra": "匹",
                 "dolphin": "条", "shark": "条", "octopus": "只", **dict.fromkeys(
                     ("crab", "crow", "eagle", "flamingo", "goat", "goose", "gull", "hamster", "hedgehog", "kangaroo",
                      "kitten", "koala", "lamb", "parrot", "puppy", "seagull", "swan"), "只")}
# How much of a thing, said before it: "a slice of pizza" is pizza (Subject.attributes["amount"] = "slice"), said
# "a slice of" in English and with its measure word in Chinese (一片披萨).
AMOUNTS = {"slice": "片", "piece": "块", "bunch": "束", "handful": "把", "sprig": "枝", "bundle": "捆",
           "loaf": "条", "pile": "堆", "heap": "堆", "stack": "摞", "flock": "群", "herd": "群", "swarm": "群",
           "crowd": "群"}

# Who "him" / "her" / "it" can be. People are matched by any word of a subject's name ("old fisherman"), in
# English or by the end of a Chinese name ("老渔夫"); everything else is a thing or an animal ("it", 它).
MALE_WORDS = ("man", "men", "boy", "boys", "king", "prince", "fisherman", "gentleman", "grandpa", "grandfather",
              "father", "dad", "son", "brother", "husband", "monk", "wizard", "knight", "grandson", "uncle", "merman",
              "emperor", "duke", "lord", "sir", "groom", "男人", "男子", "男孩", "男生", "国王", "王子", "渔夫", "爷爷",
              "爸爸", "父亲", "老爷爷", "老头", "先生", "哥哥", "弟弟", "和尚", "骑士", "老人", "叔叔", "皇帝", "新郎")
FEMALE_WORDS = ("woman", "women", "girl", "girls", "lady", "queen", "princess", "grandma", "grandmother", "mother",
                "mom", "mum", "daughter", "sister", "wife", "witch", "bride", "mermaid", "granddaughter", "aunt",
                "goddess", "actress", "waitress", "empress", "duchess", "ballerina", "nun", "maiden", "heroine",
                "sorceress", "女人", "女子", "女孩", "女王", "王后", "公主", "奶奶", "妈妈", "母亲", "老奶奶", "老太太",
                "女士", "姐姐", "妹妹", "女巫", "新娘", "小姐", "美人鱼", "阿姨", "女神", "芭蕾舞女", "女生")
PERSON_WORDS = ("person", "people", "child", "kid", "baby", "farmer", "chef", "doctor", "soldier", "student",
                "teacher", "astronaut", "pirate", "ninja", "samurai", "warrior", "musician", "dancer", "snowman",
                "人", "孩子", "小孩", "宝宝", "农民", "厨师", "医生", "士兵", "学生", "老师", "宇航员", "海盗", "忍者",
                "武士", "战士", "雪人",
                # people by what they do: "it" never means one of them
                "firefighter", "nurse", "pilot", "artist", "painter", "scientist", "detective", "explorer", "hiker",
                "surfer", "skier", "athlete", "clown", "officer", "cyclist", "runner", "worker", "gardener",
                "photographer", "singer", "guitarist", "climber", "diver", "swimmer", "skater", "player", "driver",
                "消防员", "护士", "飞行员", "画家", "科学家", "警察", "侦探", "运动员", "歌手", "司机", "工人", "园丁",
                "摄影师", "小丑")

# How a part goes with its subject (Subject.parts' "relation"): "a girl holding a red umbrella" /
# "拿着红色雨伞的女孩". The first form of each is how the prompt says it.
RELATIONS: dict[str, Term] = _terms({
    "holding": (("holding", "carrying"), ("拿着", "举着", "握着", "撑着", "打着", "提着", "抱着", "捧着")),
    "wearing": (("wearing", "dressed in"), ("戴着", "穿着", "披着", "系着")),
    "riding": (("riding",), ("骑着", "骑在")),
    "with": (("with", "having"), ("有", "带着", "长着", "留着", "背着")),
    "playing with": (("playing with",), ("玩着", "在玩")),
    # an instrument played: "弹着吉他", "拉着小提琴", "吹着笛子"
    "playing": (("playing",), ("弹着", "拉着", "吹着", "在弹", "在拉", "在吹", "弹")),
    # what hangs on a thing (a lantern on a tree): drawn with it, but its own thing when the tree is taken out
    "hung with": (("hung with",), ("挂着",)),
})
# Things worn: "a girl in a red dress" wears it, "give her a hat" puts it on. Other parts are held or had.
WORN = ("hat", "cap", "dress", "shirt", "t-shirt", "coat", "raincoat", "jacket", "scarf", "sweater", "hoodie", "suit",
        "skirt", "kimono", "uniform", "armor", "armour", "cape", "cloak", "robe", "boots", "shoes", "glasses",
        "sunglasses", "helmet", "crown", "mask", "gloves", "tie", "bow tie", "necklace", "earrings", "collar", "apron",
        "bow", "ribbon", "bell", "headphones", "earphones", "backpack", "headband", "bracelet", "watch",
        "tutu", "gown", "costume", "outfit", "pajamas", "pyjamas", "overalls", "tuxedo", "swimsuit", "vest",
        "blazer", "jeans", "trousers", "pants", "shorts", "cardigan", "parka", "poncho", "overcoat", "sneakers",
        "sandals", "heels", "beanie", "bandana", "veil", "tiara", "shawl", "turban", "kilt",
        "sundress", "sweatshirt", "tracksuit", "jumpsuit", "nightgown", "leggings", "jumper", "blouse", "windbreaker",
        "trench coat", "bikini", "dungarees", "sari", "qipao", "cheongsam", "hanfu", "tank top", "crop top",
        "frock", "tunic", "waistcoat", "smock", "mittens", "wellies", "wellington boots",
        "围裙", "蝴蝶结", "丝带", "铃铛", "耳机", "背包", "书包", "发箍", "手镯",
        "帽子", "裙子", "连衣裙", "衬衫", "T恤", "外套", "雨衣", "夹克", "围巾", "毛衣", "西装", "和服", "制服", "盔甲",
        "斗篷", "长袍", "靴子", "鞋", "眼镜", "墨镜", "头盔", "皇冠", "王冠", "面具", "手套", "领带", "领结", "项链",
        "耳环", "项圈")
# Of the things worn, those put on rather than worn on the head or face: Chinese says 穿着, not 戴着.
CLOTHES = ("dress", "shirt", "t-shirt", "coat", "raincoat", "jacket", "sweater", "hoodie", "suit", "skirt", "kimono",
           "blazer", "jeans", "trousers", "pants", "shorts", "cardigan", "parka", "poncho", "overcoat", "sneakers",
           "sandals", "heels", "shawl", "kilt", "sundress", "sweatshirt", "tracksuit", "jumpsuit", "nightgown",
           "leggings", "jumper", "blouse", "windbreaker", "trench coat", "bikini", "dungarees", "sari", "qipao",
           "cheongsam", "hanfu", "tank top", "crop top", "frock", "tunic", "waistcoat", "smock",
           "uniform", "armor", "armour", "cape", "cloak", "robe", "boots", "shoes", "裙子", "连衣裙", "衬衫", "T恤",
           "外套", "雨衣", "夹克", "毛衣", "西装", "和服", "制服", "盔甲", "斗篷", "长袍", "靴子", "鞋", "汉服", "旗袍",
           "校服", "睡衣", "泳衣", "婚纱", "礼服", "卫衣", "羽绒服", "大衣", "风衣", "裤子", "短裤", "牛仔裤", "背心")
# What holds what is drawn ("a bowl of ramen"; "a glass of milk", no milk of glass), and its measure word (一碗拉面)
CONTAINERS = {"bowl": "碗", "cup": "杯", "mug": "杯", "plate": "盘", "glass": "杯", "jar": "罐", "basket": "篮",
              "bottle": "瓶", "pot": "壶", "bucket": "桶", "vase": "瓶", "box": "盒", "tray": "盘", "bag": "袋",
              "can": "罐", "teacup": "杯"}
# Things had, not held: "give him a beard" is "a fisherman with a beard", "有胡子的渔夫".
HAD = ("beard", "moustache", "mustache", "hair", "tail", "wings", "horns", "eyes", "ears", "nose", "mouth", "fur",
       "roof", "door", "window", "windows", "sail", "wheels", "spots", "stripes", "leaves", "petals",
       "shell", "mane", "beak", "claws", "paws", "fins", "scales", "antlers", "whiskers", "feathers", "spikes",
       "trunk", "tusks", "hooves", "tentacles", "stem", "icing", "frosting",
       "pigtails", "braids", "braid", "ponytail", "ponytails", "bangs", "freckles", "curls", "dreadlocks",
       "辫子", "马尾", "雀斑", "长发", "短发", "卷发",
       "外壳", "壳", "鬃毛", "爪子", "鳍", "鳞片", "鹿角", "胡须", "羽毛", "象鼻",
       "胡子", "大胡子", "头发", "尾巴", "翅膀", "角", "眼睛", "耳朵", "鼻子", "嘴", "毛", "屋顶", "门", "窗户", "帆",
       "轮子", "斑点", "条纹", "叶子", "花瓣")


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def lookup(table: dict[str, Term], word: str) -> Term | None:
    """The term a word (any form, either language, any case) names, or None."""
    return _index(table).get(word.strip().lower())


def measure_word(name: str) -> str:
    """The Chinese measure word a thing is counted with (一辆跑车, 一面国旗): its own, else that of the known thing its
    name ends with (跑车 is a kind of 车, "sports car" a car; Chinese and English names end with what they name)."""
    said = [name, *name.strip().split()[-1:], *(name[i:] for i in range(1, len(name)) if has_cjk(name))]
    terms = (lookup(NOUNS, words) for words in said)
    known = next((MEASURE_WORDS[term.key] for term in terms if term and term.key in MEASURE_WORDS), None)
    return known or next((m for ends, m in _ZH_ENDS_MEASURE if name.strip().endswith(tuple(ends))), "个")


# A Chinese name no row has, counted by the kind its last character names: 金毛犬, 仙鹤, 鸽子 are animals (只)
_ZH_ENDS_MEASURE = (("犬鹤鸽雀鹅鹰鸦燕猴蝶蜂鸟鸭", "只"), ("鱼鲸鲨鲤", "条"), ("马", "匹"), ("牛", "头"),
                    (("鸽子", "燕子", "猴子", "兔子", "柯基", "哈士奇", "金毛"), "只"))


# Each table's forms -> term, built once per table (the rules look words up thousands of times a message). The
# first term in the table's order wins, as a scan would find it; a table that grew since is indexed again.
_INDEXES: dict[int, tuple[dict[str, Term], int, dict[str, Term]]] = {}


def _index(table: dict[str, Term]) -> dict[str, Term]:
    cached = _INDEXES.get(id(table))
    if cached is not None and cached[0] is table and cached[1] == len(table):
        return cached[2]
    index: dict[str, Term] = {}
    for term in table.values():
        index.setdefault(term.key, term)
        for form in term.forms:
            index.setdefault(form.lower(), term)
    _INDEXES[id(table)] = (table, len(table), index)
    return index


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
    mixed = value.split(" and ")
    if language == "zh" and len(mixed) > 1 and all(lookup(COLOURS, c) for c in mixed):  # 黑白相间, 红黄蓝
        return "黑白" if mixed == ["black", "white"] else "和".join(colour_word(c, language) for c in mixed)
    return value


def translate(table: dict[str, Term], value: str, language: str) -> str:
    """A stored value in the prompt's language when the table knows it; unknown words pass through unchanged."""
    term = lookup(table, value)
    if term is None:
        return value
    return term.en[0] if language == "en" else term.zh[0]


def look_said(key: str, language: str) -> str:
    """A look as said in `language`: "dramatic lighting" / "戏剧性光线"; a coloured sky or light said with its
    colour ("pink sky" / "粉色的天空", "purple lighting" / "紫色的灯光", "purple tint" / "偏紫色的色调")."""
    for tail, zh in ((" sky", "天空"), (" lighting", "灯光"), (" tint", "色调")):
        colour = lookup(COLOURS, key[: -len(tail)]) if key.endswith(tail) and key not in LOOKS else None
        if colour is not None:
            return f"{colour.en[0]}{tail}" if language == "en" else f"{'偏' * (tail == ' tint')}{colour.zh[0]}的{zh}"
    return translate(LOOKS, key, language)
