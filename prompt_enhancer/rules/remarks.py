"""A remark after a drawing is asked for, not a thing to draw: "draw a dog and a cat. groundbreaking, i know",
"a star in the top right. my creativity knows no bounds", "a swallow, chest piece", "…, for my lookbook". Read only
after something was drawn in the same message, and only when no colour, size or place is in it and no known name
(a likeness, "soft as the first snow", may name one: it says how the thing looks, and is not drawn)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.openers import PRAISE
from prompt_enhancer.rules.phrase import Phrase

_I = re.IGNORECASE

_REMARK = re.compile(
    # why, for what, or how it is to go: "for my lookbook", "for a back piece", "if you can manage", "try not to
    # mess it up", "like my paycheck"
    r"^(?:for|if|like|try|not\s+to|since|because|cause|cuz|so|unless|hopefully|hope|going\s+for)\b"
    # an aside in brackets: "a big circle and a small circle (tokens)"
    r"|^\([^()]+\)$"
    # the person or the reader in it: "i know", "my creativity knows no bounds", "you know the one"
    r"|\b(?:i|i'?m|im|my|me|you|your|you'?re|we|our|us)\b"
    # where the work goes, in a tattoo artist's or a maker's words: "wrist piece", "flash sheet"
    r"|^[a-z]+\s+(?:piece|sheet|page)$"
    # "…, nothing else": only what was asked; "plain composition": how it is laid out, said of the whole
    r"|^(?:and\s+)?(?:nothing|none)\s+else$"
    # "…, sprinkles optional": left to the picture, not asked for
    r"|^[a-z]+(?:\s+[a-z]+)?\s+(?:(?:is|are)\s+)?optional$"
    r"|^(?:plain|simple|clean|minimal|balanced|cent(?:er|re)d)\s+(?:composition|layout|framing|arrangement)$"
    # "…, classic hoard stuff", "…, cute cute one" (Singlish: a cute one), "…, draw that": said of it, or asked again
    r"|^(?:classic|typical|standard|usual)\s+[a-z\s]{1,30}\s+(?:stuff|things?)$|^([a-z]+)\s+\1\s+one$"
    r"|^(?:draw|paint|make)\s+(?:that|this|it)(?:\s+(?:for\s+me|pls|please|plz))?$"
    # "…, would be so cute", "ta very much": how it will be, said of the request
    r"|^(?:(?:it|that|this)\s+)?would\s+(?:be|look)\s+(?:so\s+|really\s+|super\s+)?[a-z]+$"
    r"|^ta(?:\s+very\s+much)?$", _I)
# what the person says of themselves or the moment, in Chinese: 冲冲冲, 狠狠爱了, 好家伙可爱死了, 留白才有意境嘛
_REMARK_ZH = re.compile(r"^(?:准备[^，,]{1,10}的?|随便画画?|试试好不好用|(?:先)?(?:测试|测|试)一下|安全第一|"
                        r"跟[^，,]{1,12}一样|"
                        r"(?:很|有点|比较|超)?急(?:用)?|加急|在线等|在吗|感觉?(?:不太|不大|不)对(?:劲)?|"
                        r"我们(?:是|家是)?[做卖][^，,]{1,8}的|(?:做|当)\s*[^，,]{1,12}?(?:草稿|图|素材|样图|demo)|"
                        r"阿弥陀佛|呸+|不吉利|.*太[慢卡]了?|.{1,8}才(?:有|好看|对)[^，,]{0,5}[嘛吧啊呀]?|"
                        r"冲+|狠狠爱了?|爱了+|好家伙.*|.*可爱死了?|.*[困累饿]死了?|快点.*|.*要睡了?|家人们|绝绝子|"
                        r"yyds|救命|(?:哈|呵|嘿|嘻)+|太[好棒美]了?|好[棒美]|[绝牛]了?|666+|"
                        # 看到好挤哦, 看着有点乱: how it looks to them, why they asked
                        r"看(?:到|着|起来)?(?:好|太|有点|很)?(?:[挤乱丑怪]|乱糟糟)了?的?[哦啊呀]?|"
                        # Taiwanese (Hokkien) praise: 要水水的喔, 足古锥的那种, 金水
                        r"要?水水的?(?:喔|哦)?|(?:足|很|超)?古[锥椎](?:的那种)?|金水|"
                        # what it is for: 做汇报配图用, 给PPT用的
                        r"(?:做|给|当)[^，,]{1,8}用的?|[^，,]{1,12}(?:要用的?|(?<!不)用的?)|"  # 过年用的, 表情包用
                        # "my sister's baby shower 要用", 当花童 (as the page boy)
                        r"[A-Za-z'\s]{2,40}要用的?|当(?:花童|伴娘|伴郎|主角|封面|头像|壁纸|背景)|"
                        r"做[^，,]{1,10}?的?(?:banner|海报|PPT|ppt|封面|配图|头像|壁纸|logo)|"  # 做春季活动的banner
                        # 娃要的, 像我外婆那样, 代表 idea, 姐妹们求画: who wants it, what it is like or stands for
                        r"(?:我|我家|我们家)?(?:娃|孩子|女儿|儿子|宝宝|闺女|老板|领导|客户)(?:要|想要|喜欢)的?|"
                        r"(?:就是|就|好)?像[^，,]{1,10}(?:那样|一样|似的)?|代表\s*[^，,]{1,10}|"
                        r"(?:[\u4e00-\u9fff]{1,4}们)?求画)$", _I)
# "just a rough concept for now", "my kid drew it", "she wants all white everything": about the work or who wants it
_ABOUT_IT = re.compile(r"^(?:just\s+)?(?:a\s+)?(?:rough|quick|first|early)\s+(?:concept|sketch|draft|idea|pass|"
                       r"mock-?up)(?:\s+for\s+now)?$|^(?:my|our|his|her|the)\s+[a-z]+\s+(?:drew|made|painted|wants?|loves?|likes?|"
                       r"said)\b|^(?:he|she|they|i|we)\s+(?:wants?|loves?|likes?|hates?|said|drew|made)\b"
                       # "ill turn it into something later", "i'll colour it in myself": what they will do with it
                       r"|^(?:i'?ll|ill|i\s+will|i'?m\s+gonna|im\s+gonna|i'?m\s+going\s+to)\s+(?:turn|change|fix|colou?r|"
                       r"finish|decide|edit|paint|print|use|frame)\s+(?:it|that|this|them)\b[a-z\s']{0,40}$"
                       # "thats gonna be my herb bed", "this will be the pond"
                       # "…, nothing too elaborate", "nothing more for the present": how much is asked for
                       r"|^(?:but\s+)?nothing\s+(?:too\s+|very\s+|overly\s+)?(?:fancy|elaborate|complicated|detailed|"
                       r"much|more|special)\b[a-z\s]{0,24}$"
                       r"|^(?:(?:that|this|it|he|she)\s+(?:is\s+)?(?:gonna|going\s+to|will|'?ll)\s+be|that'?ll\s+be|"
                       r"that'?s\s+(?:gonna|going\s+to)\s+be|thats\s+(?:gonna|going\s+to)\s+be)\s+(?:the|my|our)\s+"
                       r"[a-z]+(?:\s+[a-z]+){0,6}$"
                       # "small green triangle top right, thats the campsite marker", "hes the quest giver": what it
                       # stands for in the person's own work
                       r"|^(?:that'?s|thats|this\s+is|it'?s|its|he'?s|hes|she'?s|shes|he\s+is|she\s+is)\s+(?:the|my|our)\s+"
                       r"[a-z]+(?:\s+[a-z]+){0,6}$"
                       # "the boys in my class are obsessed": who is keen on it
                       r"|^[a-z\s]{0,40}\b(?:are|is|'re)\s+(?:so\s+|totally\s+|really\s+)?(?:obsessed|crazy\s+about|into\s+"
                       r"(?:it|them|this))\b", _I)
# how the person wants the whole to feel, said as words of a brief: "clean and modern, very approachable", "minimal
# and premium", 整体要有高级感, 要那种学霸感的, "vibe要fresh一点": kept as a note for the picture, never a thing
_STYLE_WORD = (r"(?:clean|modern|minimal|minimalist|premium|approachable|friendly|elegant|luxurious|luxury|fresh|sleek|"
               r"simple|bold|playful|professional|corporate|trendy|edgy|sophisticated|classy|high-end|upscale|timeless|"
               r"vibrant|energetic|polished|cozy|cosy|warm|welcoming|inviting|on-brand|on\s+brand|artisanal|authentic|"
               r"aggressive|dynamic|intense|sporty|fierce|menacing|heroic|flat\s+colou?rs?|no\s+shading|flat\s+shading|"
               r"cel[\s-]shaded|no\s+outlines?|thick\s+outlines?|"
               r"(?:gen\s*z\s+)?coded|bauhaus|aesthetic)(?:\s+vibes?)?")
_STYLE_TALK = re.compile(rf"^(?:(?:very|v|super|really|so|more|and|but|also)\s+)*{_STYLE_WORD}(?:\s*(?:,|and|&|but)?\s*"
                         rf"(?:(?:very|v|super|really|so|more)\s+)*{_STYLE_WORD})*$"
                         r"|^more\s+[a-z\s]{3,30}\s+energy$|^nice\s+and\s+[a-z]+$"  # "more … energy", "nice and calm"
                         # "the way kids draw it", "like a child would draw": how it is drawn, kept as said
                         r"|^(?:(?:just\s+)?like\s+|the\s+way\s+|how\s+)(?:a\s+)?(?:kids?|children|child|toddlers?|"
                         r"(?:my|our)\s+[a-z]+)\s+(?:would\s+|might\s+)?draws?(?:\s+(?:it|them))?$"
                         r"|^(?:(?:very|super|so|v)\s+[a-z]+\s*){2,3}$"  # "very doom very heavy"
                         r"|^[a-z]+(?:\s+[a-z]+)?\s+(?:vibes?|energy)$"  # "…, ranger vibes"
                         # "…, like mama and pup", "like Vogue in the 60s": a likeness, kept
                         r"|^(?:just\s+)?like\s+[a-z][a-z\s'-]{2,40}$|^(?:just\s+)?like\s+[A-Z][\w\s'-]{2,40}$"
                         r"|^(?:整体|整个|画面)?(?:要|要有|要那种|有)[^，,]{0,12}感(?:的|一点|觉)?$|^vibe\s*要.+$"
                         # 要治愈系的, 氛围感拉满, 更有冲击力一点, 主体要突出
                         r"|^要?(?:很|超)?[\u4e00-\u9fff]{1,3}系的?$|^[\u4e00-\u9fff]{1,4}感(?:拉满|满满|十足|爆棚|一点|一些)$"
                         r"|^要(?:好|很|超|非常|特别)[\u4e00-\u9fff]{1,3}(?:的?那种|的)?$"  # 要好可爱嗰种: very cute
                         r"|^更有?[\u4e00-\u9fff]{1,4}(?:一点|一些|点)?$|^再[\u4e00-\u9fff]{1,3}(?:一点|一些|点)$"
                         r"|^主体要?(?:突出|明显|清楚)(?:一点|一些)?$"
                         r"|^要?(?:对称|居中|整齐|简洁|干净)(?:的|一点|一些)?[哦啊呀哈]?$"  # 要对称的哦
                         # 要可爱的那种, 要blingbling那种, 安安静静的那种, 我们村里那种, 要看着就很有食欲的那种: the
                         # kind of picture (not 要红色的那种, 大的那种, 两只的那种: a colour, a size, a count)
                         r"|^(?![^，,]*(?:[红橙黄绿蓝紫粉棕白黑灰金银]色|[一两二三四五六七八九十几]\s*[个只条棵朵张辆头匹]))"
                         r"(?![^，,]*[穿戴拿抱背骑举牵])(?!有|要?(?:很|超|特别)?(?:大|小|圆|方)的?那种)要?[\u4e00-\u9fffA-Za-z\s]{1,14}?的?那种(?:感觉)?[！!~]*$"
                         # 整体要ins风, 要日系风: the style; 粉粉嫩嫩的vibe; 表情要贱贱的: how it looks
                         r"|^(?:整体|整个|画面)?要?[A-Za-z\u4e00-\u9fff]{1,6}风的?$|^[\u4e00-\u9fff]{2,6}的?\s*vibes?$"
                         r"|^(?:表情|眼神|神情|样子)要?[\u4e00-\u9fff]{1,6}(?:的|一点|一些)?$"
                         # 要有禅意, 要有天涯明月刀那味儿, 要帅一点, 仙气飘飘的, 要清清爽爽的, 寓意好: the feel
                         r"|^要有?[\u4e00-\u9fffA-Za-z]{1,10}?(?:意|那?味儿?|范儿?|气质)$|^要(?![大小高矮胖瘦])[\u4e00-\u9fff]{1,2}"
                         r"(?:一点|一些|点)$|^要?[\u4e00-\u9fff]{1,2}(?:(\S)\1|(\S)\2(\S)\3)的?$"
                         r"|^寓意(?:很|超)?(?:好|佳|吉祥|不错)$",
                         _I)
# a likeness said after it: "soft as the first snow", "curled like a comma"
_LIKENESS = re.compile(r"^[a-z]+(?:\s+[a-z]+)?\s+(?:as|like)\s+(?:(?:a|an|the)\s+)?[a-z]+(?:\s+[a-z]+){0,2}$", _I)
# a sentence said of something, not a thing named: "consistency is key"
_SAID_OF = re.compile(r"^(?P<w>[a-z]+)\s+(?:is|are|was|were|knows|has)\s+(?:[a-z]+\s*){1,3}$", _I)
# "the pinnacle of art", "the bare minimum": "the", then no name of a thing that is drawn or known
_THE = re.compile(r"^the\s+(?P<rest>[a-z][a-z\s]*)$", _I)


def style_talk(body: str) -> bool:
    """True for words of a brief about how the whole should feel ("clean and modern", 整体要有高级感)."""
    return bool(_STYLE_TALK.match(body.strip()))


def is_remark(body: str, ph: Phrase, names: list[str]) -> bool:
    """True for a clause that names nothing to draw and says something of the person or the request, so it is
    not drawn as a thing called "i know". `names` are the names of the things now in the picture."""
    if _REMARK_ZH.match(body.strip()) or _ABOUT_IT.match(body.strip()):
        return True  # 冲冲冲, "just a rough concept for now", "my kid drew it"
    if re.fullmatch(r"(?:kids|children|boys|girls|teenagers|toddlers|men|parents)(?:\s+these\s+days)?[.!]*",
                    body.strip(), _I):
        return True  # "he dont want the kitten anymore.. kids": said of them, with a sigh
    if ph.colour or ph.size or ph.position or ph.material or ph.count > 1 or re.match(
            r"(?:a|an|one|another|some|two|three)\s", body.strip(), _I):
        return False  # "a hedgehog": one more thing
    if _LIKENESS.match(body.strip()) and not re.match(r"(?:such|the\s+same|as)\b", body.strip(), _I):
        return True  # "…, soft as the first snow": how it looks, said the poet's way
    said_of = _SAID_OF.match(body.strip())
    if said_of and not vocab.lookup(vocab.NOUNS, said_of.group("w")) and not any(
            said_of.group("w").lower() in n.lower().split() for n in names):
        return True  # "consistency is key" ("the cat is orange" is read before this)
    words = re.findall(r"[a-z]+", body.lower())
    if any(vocab.lookup(vocab.NOUNS, w) or vocab.lookup(vocab.NOUNS, w.rstrip("s")) for w in words):
        return False
    if _REMARK.search(body.strip()) or PRAISE.fullmatch(body.strip()):  # "groundbreaking", "riveting stuff"
        return True
    m = _THE.match(body.strip())
    return bool(m) and not any(w in n.lower().split() for n in names for w in words)


_THAT_KIND = re.compile(r"(?:^|(?<=[，,。.!！\s]))(?P<said>[^，,。.!！\s]+的?那种)(?:吧|呀|哦|啊)?(?=$|[，,。.!！\s])")
_COUNTED = re.compile(r"[一两二三四五六七八九十几]\s*[个只条棵朵辆艘匹座张头把盏]")
_DEGREE_FIRST = re.compile(r"^(?:倍儿|老|超|很|特|贼|巨|非常|特别|好)")


def kinds_kept(text: str) -> str:
    """要可爱的那种 after three things, 安安静静的那种, 要blingbling那种: the kind of picture wanted, said as its
    feel ("…那种感觉", a clause of its own) so no rule draws a thing called 要可爱 once "的那种" is read away;
    after one thing, 要可爱的那种 is how it looks (很可爱的那种, its detail). 戴着红围巾的那种, 倍儿精神的那种
    stay as they were."""
    def kept(m: re.Match[str]) -> str:
        said = m.group("said")
        core = re.sub(r"^要|的?那种$", "", said)
        if not style_talk(said) or _names_a_thing(said) or _DEGREE_FIRST.match(core):
            return m.group(0)
        if len(_COUNTED.findall(text[: m.start()])) < 2 and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", core):
            return m.group(0).replace(said, f"很{core}的那种", 1) if said.startswith("要") else m.group(0)
        return ("，" if m.start() else "") + m.group(0) + "感觉"
    return _THAT_KIND.sub(kept, text)


def _names_a_thing(said: str) -> bool:
    """白鹭那种, 兔子要小小的那种, 站着不动的那种: a thing of that kind, a thing said with how it should be, or how
    it stands (not a feel)."""
    core = re.sub(r"^要|的?那种$", "", said)
    return "要" in core or bool(re.search("[站坐躺飞跑走趴蹲游跳爬睡]", core)) or any(
        vocab.lookup(vocab.NOUNS, core[i:j]) for i in range(len(core)) for j in range(i + 1, len(core) + 1)
        if not core[i:j].isascii())
