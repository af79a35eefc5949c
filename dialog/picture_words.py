"""The words of the picture as a whole: its looks (lighting, camera, colour treatment, mood), its place and its
time (weather, season, time of day), each with the kind a new value replaces. `dialog.vocabulary` lists them with
the rest of the dialog's words.
"""

from __future__ import annotations

from dialog.terms import Term, terms

# The picture as a whole (Scene.look): lighting, camera, colour treatment, mood and film looks. One value per
# kind (LOOK_KINDS): "soft lighting" replaces "dramatic lighting"; a key in no kind accumulates.
LOOKS: dict[str, Term] = terms({
    "dramatic lighting": (("dramatic lighting", "dramatic light", "dramatic lights", "dramatic shadows", "dramatic",
                           "chiaroscuro"),
                          ("戏剧性光线", "戏剧性的光线", "戏剧性光影", "戏剧性的光影", "戏剧性的灯光", "戏剧性灯光",
                           "戏剧化的光线", "戏剧光", "戏剧性的光", "戏剧性", "光影效果", "光影感", "光影")),
    "soft lighting": (("soft lighting", "soft light", "gentle light", "gentle lighting", "soft lights",
                       "soft stage light", "soft stage lighting", "soft window light", "soft natural light",
                       "soft daylight", "soft studio light", "soft studio lighting"),
                      ("柔和的光线", "柔和光线", "柔光", "光线柔和", "柔和的光")),
    "warm lighting": (("warm lighting", "warm light", "warm lamp light", "warm glow"),
                      ("暖光", "温暖的光线", "暖色灯光")),
    "backlight": (("backlight", "backlit", "back light", "backlighting", "rim light"), ("逆光", "背光")),
    "neon lighting": (("neon lighting", "neon light", "neon lights"), ("霓虹灯光", "霓虹")),
    "studio lighting": (("studio lighting", "studio light"), ("影棚灯光", "棚拍")),
    "golden hour": (("golden hour", "golden hour light", "golden light"), ("金色时刻", "金色的光")),
    # "…, moonlight, dramatic lighting": how it is lit, not a thing called moonlight (in no kind: both hold)
    "moonlight": (("moonlight", "moonlit", "moon light"), ("月光",)),
    "candlelight": (("candlelight", "candlelit", "candle light", "firelight", "firelit"), ("烛光", "火光")),
    # how light the whole picture is: "too dark" / 太暗了 asks for the first, "too bright" / 太亮了 the second
    "bright lighting": (("bright lighting", "bright light", "brightly lit", "well lit", "well-lit"),
                        ("明亮的光线", "光线明亮", "画面明亮", "明亮的画面")),
    "low light": (("low light", "dim lighting", "dim light", "dimly lit", "low-key lighting"),
                  ("昏暗的光线", "光线昏暗", "画面昏暗", "暗调")),
    "close-up": (("close-up", "close up", "closeup", "close-up shot", "close up shot", "extreme close-up", "zoom in",
                  "zoomed in", "zoom in on it", "tighter crop", "tight crop", "crop in closer", "crop in tighter",
                  "crop it tighter", "crop tighter", "camera closer", "the camera closer", "camera more close",
                  "the camera more close", "closer shot", "a closer shot", "closer view", "a closer view",
                  "close up of his face", "close up of her face", "close-up of his face", "close-up of her face",
                  "close up of the face", "close-up of the face"),
                 ("特写", "特写镜头", "近景", "近距离", "拉近", "放大镜头")),
    "wide shot": (("wide shot", "wide angle", "wide-angle shot", "wide-angle", "long shot", "wide view", "zoom out",
                   "zoomed out"), ("广角", "远景", "全景", "广角镜头", "拉远")),
    "bird's-eye view": (("bird's-eye view", "bird's eye view", "birds eye view", "birds-eye view", "bird's-eye",
                         "bird's eye", "birds eye", "birds-eye", "top-down", "top down",
                         "top-down view", "top down view", "overhead view", "aerial view", "from above",
                         "top-down shot", "top down shot", "overhead shot", "flat lay", "flatlay",
                         "top view", "top-view", "view from above", "view from the top", "seen from above"),
                        ("俯视", "鸟瞰", "俯拍", "航拍", "俯视角度", "俯视视角", "顶视图", "从上往下看")),
    "low angle": (("low angle", "low-angle", "low angle shot", "lower angle", "from below", "from a low angle",
                   "from low angle", "low angle view",
                   "worm's-eye view", "worms eye view", "looking up at it", "looking up at him", "looking up at her",
                   "looking up at them", "looking up from below"),
                  ("仰视", "仰拍", "低角度", "仰视角度", "从下面往上拍", "从下往上拍", "从下面拍")),
    "side view": (("side view", "profile view", "from the side", "side profile"), ("侧面", "侧视", "侧面视角", "侧脸")),
    "front view": (("front view", "head-on view"), ("正面视角", "正视图")),
    "back view": (("back view", "rear view"), ("背面视角", "背影")),
    "macro": (("macro", "macro shot", "macro photo"), ("微距",)),
    "shallow depth of field": (("shallow depth of field", "bokeh", "blurred background", "blurry background",
                                "background blur"), ("背景虚化", "浅景深", "虚化背景", "背景模糊")),
    "portrait": (("portrait", "portrait shot", "headshot"), ("肖像", "肖像画", "人像", "头像")),
    # "a model in a long dress, full body": all of the person in the frame, head to feet
    "full body": (("full body", "full-body", "full body shot", "full length", "full-length", "head to toe"),
                  ("全身", "全身照", "全身像")),
    "black and white": (("black and white", "black-and-white", "b&w", "b/w", "monochrome", "grayscale",
                         "greyscale"), ("黑白", "黑白色调", "黑白照片")),
    "sepia": (("sepia", "sepia tone", "sepia tones", "sepia-toned"), ("棕褐色调", "怀旧色调", "泛黄")),
    "vibrant colours": (("vibrant colours", "vibrant colors", "bright colours", "bright colors", "saturated colors",
                         "saturated colours", "more saturated", "more saturation", "more vibrant"),
                        ("色彩鲜艳", "鲜艳的色彩", "鲜艳的颜色", "饱和度高一点")),
    "pastel colours": (("pastel colours", "pastel colors", "pastel tones"), ("马卡龙色", "粉彩", "柔和的色彩")),
    "muted colours": (("muted colours", "muted colors", "desaturated", "muted palette", "muted tones", "less saturated",
                       "less saturation", "less vibrant"),
                       ("低饱和度", "低饱和", "淡雅")),
    "high contrast": (("high contrast", "high-contrast"), ("高对比度", "高对比")),
    # "a logo, flat design, two colors": few colours in all, not two things called "color"
    "limited palette": (("limited palette", "limited colors", "limited colours", "two colors", "two colours",
                         "2 colors", "2 colours", "three colors", "three colours", "3 colors", "3 colours", "duotone",
                         "two-tone", "two tone", "only two colors", "only two colours", "only 2 colors",
                         "only 2 colours", "just two colors", "just two colours"),
                        ("双色", "两种颜色", "三种颜色", "配色简单")),
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
    "cozy": (("cozy", "cosy", "cozy vibe", "cozy vibes", "cozy atmosphere", "cozy feel", "cozy feeling", "hygge"),
             ("温馨", "温馨的氛围", "温馨的感觉", "温馨感")),
    "romantic": (("romantic",), ("浪漫",)),
    "festive": (("festive", "more festive", "festive vibe"), ("喜庆", "喜庆点", "喜庆一点", "喜气", "年味")),
    "gloomy": (("gloomy", "bleak"), ("阴沉", "压抑")),
    "epic": (("epic",), ("史诗感", "史诗般", "宏大")),
    "dark sky": (("dark sky", "darker sky", "dark skies"), ("昏暗的天空", "暗色的天空", "天空暗")),
    "bright sky": (("bright sky", "brighter sky", "clear sky"), ("明亮的天空", "晴朗的天空", "天空亮")),
    "starry sky": (("starry sky", "starlit sky", "starry night sky", "starry skies", "sky full of stars",
                    "a sky full of stars"),
                   ("星空", "满天星星", "繁星点点")),
    "cinematic": (("cinematic", "cinematic look", "cinematic shot", "film still", "movie still", "like a movie"),
                  ("电影感", "电影质感", "电影画面", "电影镜头", "电影般", "电影光效")),
    "vintage": (("vintage", "retro", "old-fashioned", "old fashioned", "old photo", "old vintage photo",
                 "vintage photo"), ("复古", "怀旧", "老照片")),
    "film grain": (("film grain", "grainy", "analog film", "35mm film", "film look", "film photo", "shot on film",
                    "film style"), ("胶片颗粒", "胶片感", "胶片")),
    "vignette": (("vignette", "vignetting", "dark corners", "darkened corners"), ("暗角", "晕影")),
    "centered composition": (("centered composition", "centred composition"),
                             ("居中构图", "构图居中")),
    "rule of thirds": (("rule of thirds", "rule-of-thirds composition", "rule of thirds composition"),
                       ("三分法构图", "三分构图")),
    # the picture's shape as a post asks for it ("square for the feed", "an IG story", 竖版): said in the prompt;
    # the size in pixels is Picture settings'
    "square format": (("square format", "square for the feed", "square version", "square crop", "1:1",
                       "square aspect ratio", "instagram post", "ig post"), ("方图", "正方形构图", "正方形的图")),
    "vertical format": (("vertical format", "vertical version", "portrait orientation", "portrait format",
                         "ig story", "instagram story", "story format", "9:16", "3:4", "vertical orientation"),
                        ("竖版", "竖屏", "竖图", "竖构图")),
    "wide format": (("wide format", "wide version", "website banner", "web banner", "landscape orientation",
                     "landscape format", "16:9", "4:3", "widescreen"), ("横版", "横屏", "横图", "宽屏")),
    # how it is drawn, as a tattoo artist or an illustrator says it: "clean linework", "bold lines", 线稿
    "line art": (("line art", "lineart", "linework", "line work", "clean linework", "fine linework", "bold linework",
                  "clean lines", "bold lines", "thick lines", "fine lines", "bold outlines", "thick outlines",
                  "clean outlines"), ("线稿", "线条画", "白描", "粗线条", "细线条")),
    # not "cute" alone, nor 可爱: "so cute!" praises the picture
    "cute": (("cute style", "cuter", "more cute", "kawaii style", "more adorable"),
             ("可爱风", "可爱一点", "可爱些", "可爱点", "萌一点", "cute 一点", "cute一点")),
    "simple": (("nothing fancy", "keep it simple", "simple style", "plain and simple"), ("简简单单", "简单一点就好")),
    # "add more details", "细节多一点": more detail asked of the whole picture (not a thing called "details")
    "highly detailed": (("highly detailed", "hyper detailed", "hyperdetailed", "intricate details",
                         "lots of detail", "lots of details", "very detailed", "more detailed", "more details",
                         "more detail", "extra detail", "extra details"),
                        ("高细节", "细节丰富", "精细", "细节满满", "超细节", "超多细节", "更多细节", "细节多一点",
                         "细节多一些", "多点细节", "多一些细节", "更精细", "加点细节", "加些细节", "加一些细节",
                         "多加点细节")),
})
LOOK_KINDS: dict[str, tuple[str, ...]] = {
    "lighting": ("dramatic lighting", "soft lighting", "warm lighting", "backlight", "neon lighting", "studio lighting",
                 "golden hour"),
    # how much the shot holds and where it is taken from are two choices: a close-up from a low angle
    "framing": ("close-up", "wide shot", "macro", "portrait", "full body"),
    "angle": ("bird's-eye view", "low angle", "side view", "front view", "back view"),
    "focus": ("shallow depth of field",),
    "exposure": ("bright lighting", "low light"),
    "composition": ("centered composition", "rule of thirds"),
    "format": ("square format", "vertical format", "wide format"),
    "colour": ("black and white", "sepia", "vibrant colours", "pastel colours", "muted colours", "warm tones",
               "cool tones", "limited palette"),
    "mood": ("moody", "dreamy", "eerie", "peaceful", "cheerful", "mysterious", "romantic", "gloomy", "epic",
             "cozy"),
}


def look_kind(key: str) -> str:
    """The kind a look replaces ("soft lighting" replaces "dramatic lighting"); others are a kind of their own."""
    if key.endswith(" sky"):  # "dark sky", "pink sky": one sky at a time
        return "sky"
    if key.endswith(" lighting") and key not in LOOKS:  # "purple lighting": the light's colour, one light
        return "lighting"
    if key.endswith(" tint"):  # "purple tint": the colour the picture leans to, in place of warm or cool tones
        return "colour"
    return next((kind for kind, keys in LOOK_KINDS.items() if key in keys), key)


def with_look(looks: list[str], key: str) -> list[str]:
    """Scene.look with `key`: it replaces the look of its own kind, the others stay in the order said."""
    return [k for k in looks if look_kind(k) != look_kind(key)] + [key]


# Scene-wide settings. A place lives in Scene.background under its English phrase ("in the snow"), so an explicit
# "beach background" (stored "beach") still renders as a background and a place renders naturally. The first
# English / Chinese form is how the prompt says it; the other forms are the words a person uses for it. The sky
# is the place of a picture of one thing ("a bird in the sky"); beside other things it is where the last one is
# ("a house and a sun in the sky": the sun), read by the rules.
PLACES: dict[str, Term] = terms({
    "in the snow": (("in the snow", "snow", "snowfield", "snowfields", "snowy field"), ("雪地里", "雪地", "雪原")),
    "on the beach": (("on the beach", "beach", "seaside", "seashore", "shore"), ("海滩上", "海滩", "沙滩", "海边")),
    "in a forest": (("in a forest", "forest", "woods"), ("森林里", "森林", "树林")),
    "in the desert": (("in the desert", "desert"), ("沙漠里", "沙漠")),
    "in the city": (("in the city", "city", "town"), ("城市里", "城市", "城里", "都市")),
    "on a city street": (("on a city street", "city street", "city streets"),
                         ("城市街道上", "城市街道", "城市的街道", "城市街头", "都市街头")),
    "in space": (("in space", "outer space", "space"), ("太空中", "外太空", "太空", "宇宙")),
    "underwater": (("underwater", "under water", "under the sea", "under the ocean"), ("水下", "水底", "海底")),
    "in a garden": (("in a garden", "garden"), ("花园里", "花园")),
    "on a mountain": (("on a mountain", "mountain", "mountains", "mountaintop"), ("山上", "山顶")),
    "at sea": (("at sea", "sea", "ocean", "seas", "the seas", "high seas", "open sea", "open ocean"),
               ("海上", "海里", "大海", "海洋", "海面上", "海面", "大海上")),
    "at the foot of a mountain": (("at the foot of a mountain", "at the foot of the mountain", "foot of the mountain",
                                   "foot of a mountain"), ("山脚下", "山脚", "山脚边")),
    "on the water": (("on the water", "on the water surface"), ("水面上", "水面", "水上")),
    "in a park": (("in a park", "park"), ("公园里", "公园")),
    "on the grass": (("on the grass", "grass", "lawn", "grassy field", "grassy fields", "grassy meadow",
                      "grass field"), ("草地上", "草地", "草坪")),
    # a wide open country of grass, not a lawn: "two horses on the grassland", 草原上的马
    "on the grassland": (("on the grassland", "grassland", "grasslands", "steppe", "prairie"), ("草原上", "草原")),
    "in a field": (("in a field", "field", "fields", "meadow", "farmland"),
                   ("田野里", "田野", "田地里", "麦田里", "麦田")),
    "in the kitchen": (("in the kitchen", "kitchen"), ("厨房里", "厨房")),
    "in a bedroom": (("in a bedroom", "bedroom"), ("卧室里", "卧室")),
    "in a living room": (("in a living room", "living room", "lounge"), ("客厅里", "客厅")),
    "in a classroom": (("in a classroom", "classroom"), ("教室里", "教室")),
    "in a library": (("in a library", "library"), ("图书馆里", "图书馆")),
    "on a farm": (("on a farm", "farm", "farmyard"), ("农场里", "农场")),
    "on a lake": (("on a lake", "lake"), ("湖上", "湖面上", "湖边", "湖里")),
    "by a river": (("by a river", "river", "riverbank", "stream"),
                   ("河边", "河上", "河里", "小溪边", "江边", "江上", "江面上", "江里")),
    "in the jungle": (("in the jungle", "jungle", "rainforest"), ("丛林里", "丛林", "雨林")),
    "on the street": (("on the street", "street", "streets"), ("街上", "街道")),
    "on the ice": (("on the ice", "ice", "ice floe", "sea ice"), ("冰面上", "冰面", "冰上", "冰原")),
    "in a room": (("in a room", "room"), ("房间里", "房间", "屋子里", "屋里")),
    "in a yard": (("in a yard", "yard"), ("院子里", "院子", "庭院里", "庭院")),
    "in a backyard": (("in a backyard", "backyard", "back yard"), ("后院里", "后院")),
    "in the sky": (("in the sky", "sky", "the sky", "midair", "mid-air"), ("天空中", "天空里", "天上", "空中")),
})
# English places said without a preposition ("underwater"); the others need one ("in the snow", "to the beach").
PLACES_WITHOUT_PREPOSITION = ("underwater", "under water", "under the sea", "under the ocean")

# Times of day, weather and seasons: Scene.time holds their keys, one per kind, in TIME_KINDS order.
TIMES: dict[str, Term] = terms({
    "day": (("during the day", "day", "daytime", "day time", "daylight", "broad daylight", "noon", "midday"),
            ("白天", "白昼", "中午", "正午")),
    "night": (("at night", "night", "nighttime", "night time", "night-time", "midnight", "night scene"),
              ("夜晚", "晚上", "夜里", "夜间", "深夜", "半夜", "黑夜", "夜景", "夜色", "天黑")),
    "sunset": (("at sunset", "sunset", "sundown", "dusk", "twilight", "evening"),
               ("日落时", "日落", "黄昏", "傍晚", "夕阳下", "夕阳")),
    "dawn": (("at dawn", "dawn", "sunrise", "daybreak", "morning", "early morning"),
             ("黎明时", "黎明", "日出时", "日出", "清晨", "早晨", "早上")),
    "rain": (("in the rain", "rain", "rainy", "raining", "rainy day", "rainfall"),
             ("雨中", "下雨天", "下雨", "雨天", "雨里面", "雨里头", "雨里")),
    "snowfall": (("in falling snow", "snowing", "snowy", "snowfall", "snowstorm", "blizzard", "snowy day",
                  "snow falling", "falling snow", "snow coming down"),
                 ("下雪时", "下雪天", "下雪", "雪天", "大雪", "飘雪")),
    "fog": (("in the fog", "fog", "foggy", "mist", "misty"), ("雾中", "大雾", "雾天", "起雾", "雾蒙蒙", "雾气")),
    "storm": (("in a storm", "storm", "stormy", "thunderstorm", "lightning"), ("暴风雨中", "暴风雨", "雷雨中", "雷雨")),
    "cloudy": (("on a cloudy day", "cloudy", "cloudy day", "overcast", "cloudy sky", "overcast sky", "grey sky",
                "gray sky"), ("阴天", "多云", "阴云密布", "乌云密布")),
    "sunny": (("on a sunny day", "sunny", "sunny day", "sunshine", "sunlight"), ("阳光下", "晴天", "阳光明媚")),
    "windy": (("on a windy day", "windy", "windy day", "breezy"), ("刮风天", "刮大风", "刮风", "大风天", "有风")),
    "spring": (("in spring", "spring", "springtime"), ("春天", "春季", "春日")),
    "summer": (("in summer", "summer", "summertime"), ("夏天", "夏季", "夏日")),
    "autumn": (("in autumn", "autumn", "fall"), ("秋天", "秋季", "秋日")),
    "winter": (("in winter", "winter", "wintertime"), ("冬天", "冬季", "冬日")),
})
TIME_KINDS: dict[str, tuple[str, ...]] = {
    "weather": ("rain", "snowfall", "fog", "storm", "cloudy", "sunny", "windy"),
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
