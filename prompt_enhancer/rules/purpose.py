"""What a picture is for, said around what to draw: "For my class worksheet, please: a red apple…", "For a counting
worksheet: two circles…", "need a character sprite: knight in silver armor…", "asset: tiny old treasure chest…",
"cute blue slime for a platformer, 64x64". Why tells a person what the picture is for; what follows is the picture.
Each was drawn as a thing ("For my class worksheet", "asset", "character sprite: knight"); here the purpose goes.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE
# What people make pictures for: the last word of "my class worksheet", "a platformer", "our school newsletter".
_USE = (r"worksheets?|class|classroom|lessons?|games?|platformer|project|posters?|cards?|presentation|slides?|"
        r"website|blog|book|story|stories|flyers?|newsletter|homework|party|birthday|level|menu|app|shop|store|"
        r"wall|room|print|students|pupils|kids|children|channel|stream|thumbnail|campaign|ad|advert|deck|listings?|"
        r"catalog(?:ue)?|etsy|ebay|portfolio|signs?|signage|boards?|window|display|labels?|packaging|mural|"
        r"banners?|logo|brochures?|leaflets?|salon|bakery|cafe|restaurant|business|"
        # a maker's own words: "for my lookbook", "for a calf piece", "for the flash sheet"
        r"lookbook|mood\s*board|collection|zine|comic|commission|client|piece|sheet|tattoo|sleeve|units?|"
        r"assignment|report|campaign|pitch|"
        # a crafter's: "for my cushion cover", "for a tea cosy pattern", "for my winter flashcards"
        r"flash\s*cards?|covers?|patterns?|notes|charts?|designs?|mock-?ups?|jumpers?|sweaters?|quilts?|blankets?|"
        r"cosy|cozy|embroidery|cross[\s-]?stitch|scrapbook|journal|planner|calendar|album|invitations?|invites?|"
        r"wedding|shirts?|t-?shirts?|mugs?|tote(?:\s+bag)?|stationery|topics?|album\s+covers?|ep|single|"
        r"record|mixtape|playlist|shower|save[\s-]the[\s-]dates?|reception|ceremony|"
        # a game master's: "for my tavern scene", "for tonight's session", "for the one-shot"
        r"scenes?|sessions?|adventures?|one-?shots?|quests?|"
        # a phone's: "for my bakery insta post", "for good morning msg", "for whatsapp status"
        r"posts?|insta|instagram|msg|message|status|grp|group|whatsapp|reels?|"
        # a volunteer's: "for the coffee morning", "for the pet food drive", "for sunday school", "for the bake sale"
        r"morning|drive|sales?|fair|fete|services?|sign-?ups?|school|club|meetings?|events?|fundraiser|bazaar|"
        r"concerts?|festival|screens?|camp|retreat|assembly|ministry|outreach|open\s+day|bulletin|worship\s+night")
# "for my lesson on sizes", "a tea cosy pattern im making for my sister": what the use is of, or who makes it
_USE_TAIL = (r"(?:\s+(?:on|about|of)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
             r"(?:\s+(?:i'?m|im|i\s+am|we'?re)\s+(?:making|doing|knitting|sewing|working\s+on|designing)"
             r"(?:\s+for\s+(?:my|our)\s+[\w'-]+)?)?")
_DET = r"(?:a|an|my|our|the|his|her|their|some|this|that)"
# "For my class worksheet, please: …", "For a counting worksheet: …", "for a maths worksheet, please draw …"
_LEAD = re.compile(rf"^(?:(?:ok(?:ay)?|so|alright|right)[\s,]+)*(?:(?:this\s+is|it'?s)\s+)?"
                   rf"for\s+{_DET}\s+(?:[\w'-]+\s+){{0,3}}?(?:{_USE}){_USE_TAIL}"
                   r"(?:\s*[,:：]\s*(?:(?:please|pls)\s*[,:：]?\s*)?|\s+(?:please|pls)\s*[,:：]?\s*"
                   # "For my bakery sign can you do a small house": the request right after
                   r"|\s+(?=(?:can|could|would)\s+(?:you|u)\s|i\s+(?:need|want|would\s+like)\s))"
                   r"(?P<rest>\S.*)$", _I | re.DOTALL)
# What a designer calls the thing wanted, as a label: "asset: …", "need a character sprite: …", "icon - …".
_ASSET = (r"sprites?|assets?|icons?|logos?|mascots?|avatars?|stickers?|emojis?|emotes?(?:\s+base)?|thumbnails?|"
          r"banners?|wallpapers?|"
          r"(?:hero\s+|key\s+)?visuals?|graphics?|"
          r"props?|items?|tiles?|characters?|portraits?|illustrations?|concept(?:\s+art)?|character\s+sprites?|"
          r"game\s+assets?|pfp|profile\s+pic(?:ture)?|(?:product\s+)?(?:pic|picture|photo|shot|image)s?|"
          # "Quick massing sketch: …" (not "pencil sketch: …", a style)
          r"(?:quick|rough|massing|concept|thumbnail)\s+(?:[\w-]+\s+)?(?:sketch|draft|mock-?up|layout|wireframe|study)|"
          # a game master's: "token for the boss fight: …", "handout: …"
          r"tokens?(?:\s+for\s+(?:the|my|our|a|an)\s+[\w'-]+(?:\s+[\w'-]+)?)?|handouts?|minis?|miniatures?")
# "birthday card for my nephew: a birthday cake with candles…": what it is and who it is for, then what to draw
_MADE_FOR = re.compile(r"^(?:(?:a|an|my|our)\s+)?(?:[\w'-]+\s+){0,2}(?:card|poster|invitation|invite|gift|present|"
                       r"sign|banner|sticker|print)(?:\s+for\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s*[:：]\s*"
                       r"(?P<rest>\S.*)$", _I | re.DOTALL)
_LABEL = re.compile(rf"^(?:(?:ok(?:ay)?|so|alright|right|well|hello|hi|hey)[\s,!]+)*"
                    rf"(?:(?:i\s+|my\s+[a-z]+\s+|we\s+)?(?:needs?|wants?)\s+)?"
                    rf"(?:(?:a|an|one|the|new|my|our)\s+)*(?:[\w'-]+\s+)?(?:{_ASSET})(?:\s+placeholders?)?"
                    # "an item icon for the shop screen.", "need a pic for my business card. lightbulb, …"
                    r"(?P<for>\s+for\s+(?:(?:the|my|our|a|an|his|her)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
                    r"(?:\s+(?:asap|pls|please|quick(?:ly)?|rn|today))?\s*(?:[:：\-–—]+"
                    r"|[!.]+(?=\s*(?:a|an|one|two|some)\s|(?(for)\s*[a-z]|(?!)))"
                    # "i need a thumbnail, a creeper…" (not "product shot, a red sneaker": a kind of picture, a style)
                    r"|,(?<!(?:shot|hots|hoto|otos|ture|ures|mage|ages| pic|pics|tion|ions|rait|aits|sual|uals|phic|"
                    r"hics| art|etch|raft|afts|yout|outs|tudy),)"
                    r"(?=\s*(?:a|an|one|two|some|big|small|little|tiny)\s))\s*(?P<rest>(?:\S+\s+)+\S.*)$",
                    _I | re.DOTALL)
# "… for a platformer", "… for my class", "… for valentines": why, at the end of what is drawn (before a comma, a stop
# or the end)
_OCCASION = (r"valentines?(?:'s)?(?:\s+day)?|christmas|xmas|easter|halloween|thanksgiving|new\s+year(?:'s)?|"
             r"mother'?s\s+day|father'?s\s+day|(?:chinese|lunar)\s+new\s+year|diwali|eid|hanukkah")
# ("for grandpa's birthday card": whose, said by name)
# ("for my next amigurumi set"; not "ready for school")
_TAIL = re.compile(rf"(?<!\bready)[\s,]+for\s+(?:(?:my|our)\s+(?:[\w'-]+\s+){{0,3}}[\w'-]+(?<!\bown)"
                   rf"|(?:{_DET}|[a-z]+'s)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_USE}){_USE_TAIL}"
                   # "for class 2 chart", "for good morning msg for family grp" (not "a for sale sign")
                   rf"|(?!(?:sale|rent|hire|free|now|real|fun|example|instance)\b)(?:[\w'-]+\s+){{0,3}}?(?:{_USE})"
                   r"(?:\s+for\s+(?:my\s+|our\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
                   rf"|(?:{_OCCASION})(?:\s+(?:{_USE}))?"
                   rf"|[\u4e00-\u9fff]{{1,8}}\s*(?:{_USE}))"  # "for 生日祝福slide"
                   r"\b"
                   r"(?=\s*(?:(?:please|pls|plz|thanks|thx|ty|lol|haha|hehe|lmao)\b)?"
                   r"\s*(?:[,，.。!！;；?？(（]|$))", _I)
# "…, placeholder asset for now", "(just a placeholder)": what the picture is for, as a game maker says it
_PLACEHOLDER = re.compile(r"[\s,，(]+(?:(?:it'?s|its|this\s+is)\s+)?(?:just\s+)?(?:an?\s+)?(?:[a-z]+\s+)?placeholder"
                          r"(?:\s+(?:asset|art|sprite|graphic|image|pic))?(?:\s+for\s+now)?\s*\)?(?=\s*[.!]*\s*$)"
                          # "two swallows facing each other, chest piece": where the finished piece goes
                          r"|\s*,\s*(?:[a-z]+\s+){1,2}piece(?=\s*[.!]*\s*$)"
                          r"|\s+all\s+(?:on|in)\s+(?:one|the\s+same)\s+(?:page|sheet|picture|image|canvas)"
                          r"(?=\s*(?:please|pls)?\s*[.!]*\s*$)", _I)  # "…a rose and a dagger all on one page"
# 给我孙女看的, 给孙子看, 我水果店用: who or what the picture is for, said as its own clause; 给我的menu画…: before
_ZH_WHO = (r"(?:小|大)?(?:孙女|孙子|外孙女?|女儿|儿子|孩子|小孩|宝宝|闺女|学生|朋友|老婆|老公|妈妈|爸爸|奶奶|爷爷|"
           r"客人|顾客|客户|娃|娃娃|宝儿|崽)(?:们)?")
_ZH_USE = (r"(?:[\u4e00-\u9fff]{0,4}?|[\u4e00-\u9fff]{0,3}[A-Za-z][A-Za-z\s]{0,15}?的?)"  # 我们worship night的海报
           r"(?:店|铺|班|课|公司|学校|菜单|海报|传单|招牌|标志|牌子|封面|头像|壁纸)|menu|logo|poster|flyer|"
           r"过年|春节|新年|圣诞|中秋|端午|情人节|生日")  # 过年用的: the occasion
_ZH_FOR = re.compile(rf"[，,。\s]+(?:这是|是)?(?:给(?:我(?:的|家)?|咱(?:家)?)?{_ZH_WHO}(?:睡前|晚上|平时)?"
                     r"(?:看|玩|用|画)?的?"
                     rf"|(?:我|我们|咱)?的?(?:{_ZH_USE})(?:里)?(?:用|要用)的?)(?:哦|呀|啊|吧|哈)?"
                     r"(?=\s*[，,。！!]*\s*$)", _I)
# 教宝宝认形状, 给宝宝做贴纸, 给儿子讲熊的故事, 给女儿的绘本, 宝宝房间的海报, 儿子绘本里的故事, 我女儿最爱佩奇,
# 儿子说要去月球: what the picture is for or whom it pleases, said at the end (not 我女儿最喜欢粉色: a colour asked for)
_ZH_AUDIENCE = re.compile(rf"[，,。\s]+(?:这是|是|要)?(?:(?:教|陪){_ZH_WHO}[\u4e00-\u9fff]{{1,8}}"
                          # 做封面, 极简封面: the cover it is made as
                          r"|(?:做|当)(?:个|一个|成)?(?:封面|头像|壁纸)|[\u4e00-\u9fff]{0,3}封面"
                          rf"|给(?:我(?:的|家)?)?{_ZH_WHO}(?:做|讲|当|打印|准备)[\u4e00-\u9fff]{{1,8}}"
                          rf"|(?:给)?(?:我(?:的|家)?)?{_ZH_WHO}(?:房间|床头|卧室)?(?:里)?的?[\u4e00-\u9fff]{{0,4}}?"
                          r"(?:绘本|故事书|故事|贴纸|海报|卡片|画册)(?:里)?(?:的)?(?:故事|插图|用)?"
                          rf"|(?:我)?{_ZH_WHO}(?:最爱|最喜欢|超爱|说|是)(?![^，,。]*[红橙黄绿蓝紫粉棕白黑灰]色)[^，,。\s]{{1,10}})"
                          r"(?:哦|呀|啊|吧|哈|的|啦)?(?=[^\u4e00-\u9fffA-Za-z0-9]*$)")
_ZH_FOR_LEAD = re.compile(rf"^(?:帮我)?给(?:我的?|我们的?)?(?:{_ZH_USE}|{_ZH_WHO})(?=画)"
                          r"|^[A-Za-z][A-Za-z\s]{2,30}?\s*用的?\s*[，,]\s*(?=\S)"  # "floor plan legend 用的, 画…"
                          # 帮我画个封面 一碗热腾腾的牛肉面: the cover, then what is on it
                          r"|(?:(?<=^画)|(?<=^帮我画))(?:一)?(?:个|张)[\u4e00-\u9fff]{0,4}?\s*(?:封面|头像|壁纸|海报|banner|"
                          r"poster|cover|thumbnail)"
                          r"[，,\s:：]+(?=\S)"
                          # 店里要做个标志，画…: what is being made, then the picture
                          rf"|^(?:我的?|我们的?)?(?:{_ZH_USE})里?(?:要|想|需要)(?:做|弄)(?:个|一个|张|一张)"
                          r"[\u4e00-\u9fff]{0,4}?(?:标志|logo|海报|招牌|传单|菜单|牌子)[，,]\s*", _I)


# "shoot it from below so he looks more heroic", "take the colour out, so the children can colour it in": why
_SO_THAT = re.compile(r"(?<!\bok)(?<!\bokay)(?<!\band)(?<!\bwell)(?<!\balright)[\s,]+so\s+(?:that\s+)?"
                      r"(?:he|she|it|they|we|i|you|the\s+[a-z]+|my\s+[a-z]+|our\s+[a-z]+|people|kids|children|everyone)"
                      r"(?:'s|'re|\s+(?:can|could|"  # "…on her so she's safe"
                      r"will|would|looks?|feels?|seems?|is|are|fits?|stands?|shows?|see|get|(?:really\s+|just\s+)?"
                      r"(?:pops?|shines?|stands?\s+out)))\b[^.!?;。！？]*", _I)
# "also yellow to match the coat": why that colour, not a thing
_TO_MATCH = re.compile(r"\s+(?:so\s+(?:it|they)\s+)?(?:to\s+)?match(?:es|ing)?\s+(?:the|her|his|its|their|my)\s+[a-z]+"
                       r"(?:\s+[a-z]+)?(?=\s*(?:[,.!?]|$))", _I)
# "big red heart on pink ❤️ valentines page": the page of a journal it is for, said after it
_PAGE = re.compile(r"\s+(?:for\s+(?:my|the|a|our)\s+(?:[a-z']+\s+)?|(?:valentines?|summer|winter|spring|autumn|fall|"
                   r"christmas|xmas|birthday|halloween|easter|holiday|travel|cover|title|monthly|weekly|gratitude|"
                   r"habit|mood|memory|memories)\s+)(?:page|spread)\s*[!.]*$", _I)
# "move it over to the left so theres room for my number": what the change makes room for
_ROOM_FOR = re.compile(r"[\s,]+so\s+(?:that\s+)?there(?:'?s|\s+is|\s+will\s+be)\s+(?:more\s+|some\s+)?(?:room|space)\b"
                       r"[^.!?;。！？]*", _I)
# "…, i want to feel how small it is", "i want people to feel the cold": what the picture should make one feel
_TO_FEEL = re.compile(r"(?:^|[\s,]+)(?:(?:i|we)\s+(?:want|need|would\s+like)\s+(?:(?:people|them|you|viewers)\s+)?to\s+"
                      r"(?:feel|sense|see)\s+(?:how|the|that|what)\b[^.!?;。！？]*)", _I)

# "green leaf in the middle on grey, its for a logo", "a red fox, it's for my daughter": what it is for, said after
# (a learner's "is for my girlfriend", "(for a kids worksheet)" in brackets, "placeholder for a ui button")
_IT_IS_FOR = re.compile(r"(?<!\bsays)(?<!\bsay)(?<!\breads)(?<!\bsaying)[\s,，.;!\-–—]+"
                        r"(?:(?:it|this|that)(?:'s|’s|\s+is|\s+will\s+be|\s+was)|its|thats|is|placeholder)\s+"
                        r"(?:(?:gonna|going\s+to)\s+be\s+|just\s+|all\s+)?for\s+"
                        r"(?:(?:a|an|my|our|the|his|her|their|me|him|them|someone|some)\b[^.!?;。！？]*"
                        r"|(?:[\w'-]+\s*){1,4}(?<!\s))[.!?]*$", _I)  # "- its for opposites", "its for circle time"


# "a 32x32 sprite of a cat", "an icon of a house": the thing, drawn (the sprite is what it is for)
_ASSET_OF = re.compile(r"\b(?:an?\s+)?(?:\d+\s*[x×]\s*\d+\s+)?(?:pixel(?:\s+art)?\s+)?(?:sprites?|icons?|stickers?|"
                       r"emojis?|avatars?|assets?|thumbnails?)\s+of\s+"  # not "a portrait of": a picture's kind
                       r"(?=(?:a|an|the|some|two|three|my)\s)", _I)
# "a coffee cup icon, brown, top right": the cup, drawn (an icon is what it is for; not "an app icon")
_THING_ICON = re.compile(r"\b(?P<a>an?)\s+(?P<x>(?!app\b|item\b|ui\b|menu\b|shop\b)(?:[a-z]+\s+){0,2}[a-z]+)\s+"
                         r"(?:icon|emoji|sticker|clipart)s?\b"
                         r"(?!\s+(?:style|of)\b)", _I)
_BRACKETED_FOR = re.compile(r"\s*\(\s*(?:it'?s\s+|this\s+is\s+)?for\s+[^()]{1,60}\)", _I)
# "a big circle and a small circle (tokens)": what they are to the person, in brackets at the end (not "(black)")
_BRACKETED_END = re.compile(r"\s*\((?P<x>[a-z][a-z0-9\s'’-]{0,30})\)\s*$", _I)  # "(client's current photo)"


def _aside(m: re.Match[str]) -> str:
    """An aside in brackets goes; a value or a thing in them ("(black)", "(sitting)") stays to be read."""
    said = m.group("x").strip()
    if re.search(r"\w['’]s\b", said):
        return ""  # "(client's current photo)": whose it is, an aside
    values = (vocab.COLOURS, vocab.SIZES, vocab.POSITIONS, vocab.STYLES, vocab.NOUNS, vocab.SHAPES, vocab.POSES)
    return m.group(0) if any(vocab.lookup(t, said) or vocab.lookup(t, said.split()[-1]) for t in values) else ""


# "draw my oc like this, a fox girl holding a lantern": whose it is, then what it is (the fox girl is drawn)
_MY_OC = re.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:oc|ocs|original\s+character|persona|fursona|sona|mascot)"
                    r"(?:\s+like\s+(?:this|that))?\s*[,:]\s*(?=(?:a|an)\s)", _I)
# "a picture of my dog, hes a golden retriever, playing…": whose it is, then what it is (a golden retriever)
_MY_PET = re.compile(r"\b(?:my|our)\s+[a-z]+\s*,\s*(?:he|she|it)(?:'?s|\s+is)\s+(?=(?:a|an)\s+[a-z])", _I)
# "my dog Argo sitting on the grass": the pet's own name, said after what it is (not drawn, nor part of its name)
_PET_NAMED = re.compile(r"\b(?P<a>(?:my|our)\s+(?:[a-z]+\s+)?(?:dog|cat|puppy|kitten|pet|horse|pony|rabbit|bunny|"
                        r"parrot|hamster|bird|goldfish|fish|goat|tortoise|turtle|guinea\s+pig|corgi|beagle|pug))"
                        r"\s+(?!I\b)[A-Z][a-z]+\b")
# 跟我家大黄一样, 我新买的: whose it is, or what at home it is like, said beside it
_ZH_MINE = re.compile(r"[，,。\s]*(?:就)?(?:跟|和|像)(?:我|我们|咱)家(?:的|里的)?[\u4e00-\u9fff]{1,4}?"
                      r"(?:一样|似的|那样)(?:的)?(?:哦|呀|啊|哈|吧)?(?=\s*(?:[，,。！!]|$))"
                      r"|[，,。\s]+(?:要|是)?(?:做|给)[\u4e00-\u9fff]{0,6}?(?:ppt|PPT|汇报|课件|报告|论文|幻灯片)(?:用的?)?"
                      r"(?=\s*(?:[，,。！!]|$))"  # 要做组会ppt: what it is for
                      r"|[，,。\s]+(?:是)?(?:我|我们)(?:新|刚|刚刚|昨天|今天|前几天|自己)(?:买|做|钓|拍|养|种|织|缝|烤|画)的"
                      r"(?:哦|呀|啊|哈)?(?=\s*(?:[，,。！!]|$))")
# "…，想做我们店的 logo", "做菜单用": what the picture is to become, said after it
_ZH_MADE_AS = re.compile(r"[，,。\s]+(?:我|我们)?(?:想|要|打算|准备)?(?:拿来|用来)?(?:做|当|作为)(?:成|个|一个)?"
                         r"(?:我们|我|咱们?)?[\u4e00-\u9fff]{0,4}?(?:里)?的?\s*"
                         r"(?:logo|LOGO|Logo|标志|头像|封面|壁纸|海报|招牌|菜单|menu|Menu|贴纸|表情包|吉祥物)(?:用的?)?"
                         r"(?=\s*(?:[，,。！!~]|$))")
# "make the left one green for a bit of contrast": what the change is for, not a thing
_FOR_EFFECT = re.compile(r"\s+for\s+(?:a\s+(?:bit|little|touch)\s+of\s+|some\s+|more\s+|extra\s+|a\s+)?"
                         r"(?:contrast|variety|balance|fun|emphasis|interest|drama|depth|pop|colou?r|symmetry|harmony)"
                         r"(?=\s*[.!]*\s*$)", _I)
# "… on the right. teaching my son left and right haha": what the picture is used for, said after it
_TEACHING = re.compile(r"[\s,.;!]+(?:(?:i'?m|im|we'?re)\s+)?(?:teaching|showing|helping)\s+(?:my|our)\s+[a-z]+\s+"
                       r"[^.!?]{1,40}$", _I)
# "two small silver cups for 2nd and 3rd": the places they stand for, not things
_RANKS = re.compile(r"\s+for\s+(?:the\s+)?(?:1st|2nd|3rd|first|second|third|runners?[\s-]up)(?:\s+place)?"
                    r"(?:\s*(?:,|and|&)\s*(?:1st|2nd|3rd|first|second|third)(?:\s+place)?)*(?=\s*[.!]*\s*$)", _I)
# "a strawberry cake i baked today", "the scarf my nan knitted": whose it is, said after it
_MADE_BY = re.compile(r"\s+(?:that\s+|which\s+)?(?:i|we|my\s+[a-z]+)\s+(?:just\s+)?(?:baked|made|bought|grew|knitted|"
                      r"knit|sewed|sewn|painted|saw|took|found|caught|cooked|built|got)"
                      r"(?:\s+(?:today|yesterday|last\s+[a-z]+|this\s+(?:morning|week|weekend)|recently))?"
                      r"(?=\s*(?:[,.!?~^]|$))", _I)


def without_purpose(text: str) -> str:
    """The message with what the picture is for left out; as typed when it says no purpose."""
    stripped = text.strip()
    m = _LEAD.match(stripped)
    if m:
        stripped = re.sub(r"^i\s+(?:need|want|would\s+like)\s+", "", m.group("rest").strip(), flags=_I)
        if not re.match(r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?"
                        r"(?:draw|make|paint|create|give|show|do|generate)\b", stripped, _I):
            stripped = "draw " + stripped
    m = _LABEL.match(stripped) or _MADE_FOR.match(stripped)
    if m:  # ("i need an icon: draw a cat": the request said again)
        stripped = re.sub(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:draw|make|paint)\s+", "",
                          m.group("rest").strip(), flags=_I)
        stripped = "draw " + stripped
    stripped = _ASSET_OF.sub("", _BRACKETED_END.sub(_aside, _BRACKETED_FOR.sub("", stripped)))
    stripped = _THING_ICON.sub(lambda m: f"{m.group('a')} {m.group('x')}", stripped)
    stripped = _PET_NAMED.sub(r"\g<a>", stripped)
    stripped = _ZH_MADE_AS.sub("", _ZH_MINE.sub("", _MY_OC.sub("", _MY_PET.sub("", stripped))))  # whose it is
    stripped = _ZH_AUDIENCE.sub("", _ZH_FOR.sub("", _PLACEHOLDER.sub("", stripped)))
    stripped = _ZH_FOR_LEAD.sub(lambda m: "：" if m.string[: m.start()].endswith("画") else "", stripped)
    stripped = _TEACHING.sub("", _RANKS.sub("", _FOR_EFFECT.sub("", stripped)))
    stripped = _PAGE.sub("", _TO_MATCH.sub("", _ROOM_FOR.sub("", stripped)))
    cut = _TO_FEEL.sub("", _SO_THAT.sub("", _TAIL.sub("", _IT_IS_FOR.sub("", _MADE_BY.sub("", stripped)))))
    return cut if cut.strip() else text
