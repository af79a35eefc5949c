"""What things have by nature: their parts, so a part said alone finds its owner, and, for some, their colours,
so a thing turned into one of them does not keep the old thing's colour. The rule enhancer reads them."""

from __future__ import annotations

# Parts a thing has without being given them: "make the roof green" of a house with no roof said yet is its roof.
# NOUNS key -> the part names, English and Chinese.
NATURAL_PARTS: dict[str, tuple[str, ...]] = {
    "house": ("roof", "door", "window", "windows", "chimney", "walls",
              "屋顶", "房顶", "门", "窗户", "窗", "烟囱", "墙"),
    "castle": ("roof", "door", "gate", "windows", "towers", "tower", "walls",
               "屋顶", "门", "大门", "窗户", "塔", "城墙"),
    "lighthouse": ("roof", "door", "light", "windows", "屋顶", "门", "灯", "窗户"),
    "car": ("wheels", "wheel", "door", "doors", "windows", "roof", "轮子", "车轮", "车门", "车窗", "车顶"),
    "boat": ("sail", "sails", "mast", "帆", "船帆", "桅杆"),
    "tree": ("leaves", "trunk", "branches", "叶子", "树叶", "树干", "树枝"),
    "flower": ("petals", "stem", "leaves", "花瓣", "花茎", "叶子"),
    "cat": ("eyes", "tail", "ears", "fur", "nose", "paws", "whiskers", "眼睛", "尾巴", "耳朵", "毛", "鼻子", "爪子",
            "胡须"),
    "dog": ("eyes", "tail", "ears", "fur", "nose", "paws", "眼睛", "尾巴", "耳朵", "毛", "鼻子", "爪子"),
    "fox": ("eyes", "tail", "ears", "fur", "眼睛", "尾巴", "耳朵", "毛"),
    "rabbit": ("eyes", "tail", "ears", "fur", "眼睛", "尾巴", "耳朵", "毛"),
    "horse": ("eyes", "tail", "mane", "眼睛", "尾巴", "鬃毛"),
    "unicorn": ("eyes", "tail", "mane", "horn", "眼睛", "尾巴", "鬃毛", "角"),
    "lion": ("eyes", "tail", "mane", "paws", "fur", "眼睛", "尾巴", "鬃毛", "爪子", "毛"),
    "tiger": ("eyes", "tail", "stripes", "paws", "fur", "眼睛", "尾巴", "条纹", "爪子", "毛"),
    "wolf": ("eyes", "tail", "ears", "fur", "眼睛", "尾巴", "耳朵", "毛"),
    "bear": ("eyes", "ears", "fur", "paws", "眼睛", "耳朵", "毛", "爪子"),
    "elephant": ("trunk", "ears", "tusks", "eyes", "象鼻", "鼻子", "耳朵", "象牙", "眼睛"),
    "deer": ("antlers", "eyes", "tail", "鹿角", "眼睛", "尾巴"),
    "butterfly": ("wings", "翅膀"),
    "peacock": ("tail", "feathers", "eyes", "尾巴", "羽毛", "眼睛"),
    "bird": ("wings", "tail", "beak", "feathers", "eyes", "翅膀", "尾巴", "嘴", "羽毛", "眼睛"),
    "fish": ("fins", "tail", "scales", "eyes", "鳍", "尾巴", "鳞片", "眼睛"),
    "dragon": ("wings", "tail", "eyes", "horns", "scales", "翅膀", "尾巴", "眼睛", "角", "鳞片"),
    "robot": ("eyes", "arms", "head", "antenna", "眼睛", "手臂", "头", "天线"),
    "owl": ("eyes", "wings", "feathers", "beak", "眼睛", "翅膀", "羽毛", "嘴"),
    "cake": ("icing", "frosting", "candles", "cream", "糖霜", "奶油", "蜡烛"),
    "person": ("hair", "eyes", "头发", "眼睛"),
}
# People have hair and eyes whatever they are called.
PERSON_PARTS = NATURAL_PARTS["person"]

# Things whose colours are what they are ("a zebra" is black and white): a brown horse turned into a zebra is not a
# brown zebra. English and Chinese names.
NATURAL_COLOURS: frozenset[str] = frozenset({
    "zebra", "panda", "tiger", "penguin", "ladybug", "ladybird", "flamingo", "dalmatian", "polar bear", "skunk",
    "raccoon", "giraffe", "leopard", "cheetah", "koala", "orca", "killer whale", "crow", "raven", "swan", "frog",
    "斑马", "熊猫", "大熊猫", "老虎", "企鹅", "瓢虫", "火烈鸟", "斑点狗", "北极熊", "臭鼬", "浣熊", "长颈鹿",
    "豹子", "猎豹", "考拉", "虎鲸", "乌鸦", "天鹅", "青蛙",
})
