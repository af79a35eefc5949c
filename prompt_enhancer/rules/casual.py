"""Casual ways of saying what the rules read said plainly, rewritten before the message is split: a relative
clause for what someone holds or wears ("an old man who hold a umbrella"), a dropped g ("chillin"), a lens
("35mm photo"), an aside between dashes ("three balloons - red, yellow and blue - tied to a bench"), a picture
"of" something with a word about it first ("aesthetic pic of a girl", "cozy photo of a cat"), who the picture is for
("my kids want a picture of our dog", 我女儿想要一个公主), and Chinese colloquial verbs and tails (整一个雪人,
帮我搞一只小狗, 戴着红围巾的那种). Nothing here knows a thing's name.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.said_loosely import OBJECT_OF, said_loosely
from prompt_enhancer.rules.instead_of import disliked_swapped
from prompt_enhancer.rules.chat_shortcuts import said_in_full
from prompt_enhancer.rules.looks_said import looks_said_plainly
from prompt_enhancer.rules.patterns import alternation
from prompt_enhancer.rules.run_on import WAY_ZH
from prompt_enhancer.rules.places_said import places_said_plainly
from prompt_enhancer.rules.setting_phrase import parse_looks
from prompt_enhancer.rules.zh_coloured_part import coloured_parts
from prompt_enhancer.rules.pose_at_zh import pose_after_place
from prompt_enhancer.rules.remarks import kinds_kept

_I = re.IGNORECASE

# "who hold a umbrella", "that is wearing a hat", "which has a red roof": what the thing before has
_WHO = re.compile(r"[\s,]*\b(?:who|that|which)\s+(?:is\s+|are\s+|'s\s+)?(?P<verb>holds?|holding|wears?|wearing|"
                  r"carry|carries|carrying|has|have|having|sits?|sitting|stands?|standing)\b", _I)
_AS_ING = {"hold": "holding", "holds": "holding", "wear": "wearing", "wears": "wearing", "carry": "carrying",
           "carries": "carrying", "has": "with", "have": "with", "having": "with", "sit": "sitting", "sits": "sitting",
           "stand": "standing", "stands": "standing"}
# "chillin", "sittin'", "holdin": a dropped g, for verbs of what a thing is doing
_DROPPED_G = re.compile(r"\b(?P<stem>chill|sitt|stand|hold|runn|sleep|play|walk|fly|jump|swimm|read|eat|ly|smil|"
                        r"danc|sing|wear|rid|carry|look|chas|hang|lay|wait|stay|relax|nap|napp|cuddl|snuggl|do|fish|"
                        r"cook|paint|draw|knitt|kick|skat|surf|climb|sail|float|perch|lean|peek|watch|drink|smok)"
                        r"in'?(?![\w'])", _I)
# "再来条狗", "来只猫": one more, as 再加一条狗 says it
_ZH_SPOKEN_ADD = re.compile(rf"(?P<b>^|[，,。.!！\s]|[左右上下前后旁]边)(?P<again>再|还)?(?:来|摆|搁)(?:一)?"
                            rf"(?=[{vocab.ZH_MEASURES}盆杯碗瓶])"  # 摆一盆盆栽
                            r"(?![张幅个](?:图|画|照片))")  # "来张图": a picture asked for, read as such
# "旁边站个男人", "左边坐只猫": one more there, doing that
_ZH_STANDS_THERE = re.compile(r"(?:^|(?<=[，,。\s]))(?P<w>旁边|左边|右边|前面|后面|边上)(?P<v>站|坐|躺|趴|蹲|停)着?"
                              rf"(?:一)?(?P<m>[{vocab.ZH_MEASURES}])")
# "就留个车得了", "只留个房子就行": that one only
_ZH_KEEP_JUST = re.compile(rf"(?:^|(?<=[，,。\s]))(?:就|只)留(?:下|着)?(?:一)?[{vocab.ZH_MEASURES}]?"
                           rf"(?P<x>(?![{vocab.ZH_MEASURES}](?:$|[，,。!！\s]))[\u4e00-\u9fff]{{1,4}}?)"
                           r"(?:就?得了|就行了?|就好了?|就可以了?|吧)?(?=$|[，,。!！\s])")
_WORN_EN = alternation([w for w in vocab.WORN if w.isascii()])
_HELD_IN_WORN = re.compile(r"\b(?P<v>holding|carrying|hugging|clutching)\s+(?P<x>(?:a|an|the|some)\s+[^,.;]+?)\s+in\s+"
                           rf"(?P<w>(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}{_WORN_EN})\b", _I)
# "35mm photo", "85 mm lens": a lens, not three things
_LENS = re.compile(r"\b\d{2,3}\s?mm\b(?:\s+(?:lens|film|shot|photo|photograph))?", _I)
# " - red, yellow and blue - ": an aside, as brackets say it
_DASHED = re.compile(r"\s+[-–—]\s+(?P<inner>[^-–—\n]{1,60}?)\s+[-–—]\s+")
# "aesthetic pic of a girl", "cozy photo of a ginger cat": at the start, the picture is what it is of
_KIND_OF_PICTURE = re.compile(r"^(?P<lead>(?:(?:ok(?:ay)?|so|hi|hey|yo)[\s,!]+)*)(?:an?\s+)?"
                              r"(?P<words>(?:[a-z-]+\s+){0,2})"  # ("a photo of a cat": a photo, its style)
                              r"(?P<kind>pic|picture|photo|image|shot|drawing|painting|illustration|render)\s+of\s+(?=\S)",
                              _I)
_NOT_A_KIND = re.compile(r"^(?:draw|paint|make|create|generate|give|show|get|need|want|like|take|do|a|an|the|me|us|"
                         r"please|pls|can|could|you|u|i|i'd|new|another|nice|cute|quick|little|simple|cool|"
                         r"pretty)$", _I)
# "my kids want a picture of our family dog, a brown puppy": who wants it says nothing of it
_WHO_WANTS = re.compile(r"^(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|kid|kids|child|children|boy|girl|niece|nephew|"
                        r"little\s+one|grandson|granddaughter)\s+(?:wants?|would\s+like|asked\s+for|loves?|needs?)\s+"
                        r"(?:(?:a|an)\s+(?:picture|pic|drawing|image)\s+of\s+)?(?:(?:our|my|his|her|their)\s+"
                        r"(?:family\s+|pet\s+)?\w+\s*,\s*(?=(?:a|an)\s))?", _I)
_FOR_WHOM = re.compile(r"(?:\s*,?\s+(?:it'?s|its|it\s+is|this\s+is|that'?s|thats))?"  # "…, it's for my daughter"
                       r"\s+for\s+(?:my|our)\s+(?:little\s+)?(?:son|daughter|kid|kids|child|children|niece|nephew|"
                       r"grandson|granddaughter)\b[^,.;!?:：]*(?:[,.;!?]\s*(?:(?:he|she)(?:'s|\s+is)\s+\d+"
                       r"(?:\s+years?\s+old)?|(?:he|she|they)\s+(?:loves?|likes?)\s+[^,.;!?]+)[.!]?)?", _I)
# 我女儿想要一个公主, 我儿子喜欢恐龙 帮他画一只: who wants it, said in Chinese
_WHO_WANTS_ZH = re.compile(r"^(?:(?:我|我们)(?:家)?(?:的)?(?:女儿|儿子|孩子|宝宝|小孩|闺女|娃)|奶奶|爷爷|姥姥|外婆)"
                           r"(?:想要|要|想看|喜欢|说想要)(?=一|[两三四五]|个)")
# 整一个, 搞一只, 弄个, 安排一个, 再整条狗: draw, said casually (整条 after 再 is no "whole")
_CASUAL_DRAW_ZH = re.compile(r"(?:^|(?<=帮我)|(?<=给我)|(?<=[，,\s边面再]))"
                             r"(?:(?:整|搞|弄|安排)(?=一[个只条棵朵辆张幅座块])|(?:搞|弄)(?=[个只条棵朵辆座块])|(?<=再)整(?=[只条棵朵辆座块]))")
# 戴着红围巾的那种, 晚上的那种: "the kind that…" is the thing said again
_THAT_KIND_ZH = re.compile(r"(?<!着)的那种(?:吧|呀|哦|啊)?(?=$|[，,。.!！\s])")


# "a dinosaur. a friendly green one": the one just named, described after it
_THE_ONE_AFTER = re.compile(r"\b(?P<art>an?)\s+(?P<noun>[a-z]+)\s*[,.;]\s*(?:an?)\s+(?P<words>(?:[a-z-]+\s+){1,3})one"
                            r"(?=\s*(?:$|[,.;!?]))", _I)
# 一个公主 穿粉色裙子的: what it wears, said after it as a description
_WEARS_AFTER_ZH = re.compile(r"(?<=[\u4e00-\u9fff])[\s，,]+"
                             r"(?P<verb>穿|戴|披|背(?!景)|拿|举|抱)着?(?P<what>[^，,。\s]{1,10})的(?=$|[，,。\s])")


# "two knights facing each other": how they stand, not a third thing
_EACH_OTHER = re.compile(r"(?<=\w)\s+each\s+other\b|(?<=\w)\s+one\s+another\b", _I)


# Slang: "hella purple" (very), "yeet the couch" (remove it), "all of em" (them)
_VERY = re.compile(r"\b(?:hella|hecka)\s+(?=[a-z])", _I)  # not "mad" or "wicked": a mad scientist, a wicked witch
_YEET = re.compile(r"\b(?:yeet|nuke)\b(?=\s+(?:the|that|this|those|these|it|him|her|them)\b)", _I)
_EM = re.compile(r"\b(?P<verb>of|all|make|give|turn|paint|move|put|get)\s+'?em\b", _I)
# "she says it has to be pink", "my youngest says add a cake", 她说还要一只小猫: what someone asked, passed on
# (not what is so somewhere else: "my aunt says the church in her town is yellow")
_SAYS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:(?:oh|and|also|ok|okay|aigo+|aiyo+)[\s,]+)*"
                   r"(?:she|he|they|my\s+(?:\w+\s+)?\w+)\s+(?:says?|said|wants?\s+to\s+know\s+if)\s+(?:that\s+)?(?=\S)"
                   r"(?!(?:[a-z]+\s+){1,2}(?:is|are)\s+(?:only\s+)?for\s)"  # "he say bear is for baby": what they think
                   r"(?![^.!?,]*\b(?:in|at)\s+(?:her|his|their|our|my)\s+"
                   r"(?:village|town|city|house|home|garden|country|school|street|church|place)\b)", _I)
_SAYS_ZH = re.compile(r"(?:^|(?<=[，,。\s]))(?:我的?)?(?:她|他|孩子|女儿|儿子|宝宝|老师|妈妈|妈|爸爸|爸|老板|朋友|"
                      r"同事|老婆|老公|客户|奶奶|爷爷|孙女|孙子)说(?:还)?(?=要(?!去)|想(?!去)|加|把|让|给|再|画)")
# "can he wear a birthday hat?", "could she hold a lantern": a thing given, asked as a question
_CAN_HE_WEAR = re.compile(r"^(?:can|could|may)\s+(?P<who>he|she|it|they)\s+(?:wear|have|hold|get)\s+"
                          r"(?P<what>(?:a|an|some|the)\s+[^?.!]+)", _I)
_OBJECT = {"he": "him", "she": "her", "it": "it", "they": "them"}
# "the grandma is needing a red scarf", "the dog needs a hat": give it one
_NEEDS = re.compile(r"^(?:(?:lol|haha+|ok|okay|oh|and|also|hmm+|yeah|so|aw+|ngl|tbh|fr|bruh)[\s,!]+)*"
                    r"(?!(?:the\s+)?(?:picture|scene|image|background|sky|whole)\b)"
                    r"(?P<who>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?|he|she|it|they)\s+"
                    r"(?:is\s+needing|needs|is\s+missing|could\s+use|should\s+have)\s+"
                    r"(?P<what>(?:a|an|some)\s+\S.*)$", _I)
# "put it all on a dark blue bg", "put him on a plain white background": the background; "nah plain white bg is
# cleaner": the background, preferred
_ALL_ON_BG = re.compile(r"(?:\s*,?\s*\band\s+|\s*,\s*)?\b(?:put|set|place|stick)\s+"
                        r"(?:it\s+all|everything|them\s+all|the\s+whole\s+thing|it|them|him|her|"
                        r"(?:the|my|this|that)\s+[a-z]+(?:\s+[a-z]+)?)\s+"  # "put him / the dog on a white bg"
                        r"(?:on|against|over|in\s+front\s+of)\s+(?=(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,3}?"
                        r"(?:bg|background|backdrop)\b)", _I)
_BG_PREFERRED = re.compile(r"^(?:(?:nah|no|hmm+|actually|ok|okay|i\s+think|maybe)[\s,]+)*(?:(?:a|the)\s+)?"
                           r"(?P<bg>(?:[a-z]+\s+){1,3}?(?:bg|background|backdrop))\s+(?:is|looks|would\s+(?:be|look)|"
                           r"might\s+(?:be|look))\s+(?:(?:a\s+(?:lot|bit)|much|way)\s+)?(?:cleaner|better|nicer|prettier|"
                           r"cooler)\b[^.!?]*[.!?]*$", _I)
# "swap the grey cloak for a dark blue one": the same thing, another colour
_SWAP_FOR_ONE = re.compile(r"\b(?:swap|switch|trade|exchange)\s+(?P<x>(?:the|his|her|its)\s+[\w\s-]+?)\s+for\s+"
                           r"(?:a|an)\s+(?P<v>[\w\s-]+?)\s+one\b", _I)


# "猫 change 成 black 的", "把马 remove 掉", "move 到 right": an English verb inside a Chinese sentence
_MIXED_VERBS = ((re.compile(r"\s*\b(?:change|turn|switch|make)\s*(?=成)", _I), "改"),
                (re.compile(r"\s*\b(?:remove|delete|erase|drop)\s*掉", _I), "去掉"),
                (re.compile(r"\s*\b(?:move|put|shift)\s*(?=到)", _I), "移"))


# 旁边一双筷子: beside it, one more thing (旁边有…); "sunset 的时候": at sunset
_BESIDE_COUNT_ZH = re.compile(r"(?:^|(?<=[，,\s]))(?:在)?旁边(?:是|放着?|摆着?)?\s*"
                              r"(?=[一两三四五几]\s*[个只条棵朵辆双把张块颗位盏碗杯本支根片])")
_WHEN_ZH = re.compile(r"(?<=[A-Za-z])\s*的?时候")
# 一个cute的green dinosaur: an English word said as a Chinese adjective (after the measure word; knight的helmet is his)
_EN_DE_EN = re.compile(r"(?<=[个只条棵朵辆匹座张块颗位把盏])(?P<w>\s*[A-Za-z]+)\s*的\s*(?=[A-Za-z])")


def unshouted(text: str) -> str:
    """A message typed in capitals ("A RED FOX IN THE SNOW PLS") as the same words in small letters: names
    and values are kept in small letters; a message with any small letter keeps its capitals ("make it BIG")."""
    if len(re.findall(r"[A-Z]{2,}", text)) >= 2 and not re.search(r"[a-z]", text):
        return text.lower()
    return text


# "make it night pls 'cause it's way too bright", "换成晚上吧，因为太亮了": why, said after what; not a request
_REASON = re.compile(r"\s*[,，]?\s*(?:(?<![\w'’])(?:because|['’]?cause|cuz|coz|obviously|ofc)\s+"
                     r"(?:it|its|it['’]s|this|that|the|i|i['’]m|he['’]?s|she['’]?s)(?![\w'’])[^.!?\n]*"
                     # "the dog 拿走, too messy", "lose the moon, too bright lol": why, after a pause
                     r"|(?<=[,，])\s*(?:(?:it'?s|its)\s+)?(?:way\s+|kinda\s+|a\s+bit\s+|just\s+)?(?:too|so)\s+"
                     r"(?:messy|busy|crowded|cluttered|much|bright|dark|distracting|plain|boring|weird|loud)"
                     r"(?:\s+(?:lol|tbh|now|rn|haha))?(?=\s*[.!?]*\s*$)"
                     r"|(?:因为|因為)(?:太|有点|它|这|画面|现在)[^。！？\n]*"
                     # "he needs a beanie too its cold out there", "…too since its cold": the weather, said after
                     # ("… and its snowing": the picture's weather, read)
                     r"|(?<=\w)(?<!\band)\s+(?:(?:since|as)\s+)?(?:its|it['’]s)\s+(?:(?:so|too|really|very|kinda|pretty|super|way\s+too)\s+)?"
                     r"(?:cold|freezing|chilly|hot|warm|windy|rainy|raining|snowing|sunny|late|early)"
                     r"(?:\s+(?:out\s+there|outside|out|in\s+there|today|tonight))?(?=\s*[.!?]*\s*$)"
                     # "soft light pls its a bit harsh rn": how it is now, said after the request's "please"
                     r"|(?:(?<=\bpls)|(?<=\bplease)|(?<=\bplz)|(?<=\btoo)|(?<=\blol))\s*,?\s+(?:its|it['’]s)\s+"
                     r"(?:(?:so|too|really|very|kinda|pretty|super|way\s+too|a\s+bit|a\s+little|kind\s+of)\s+)?[a-z]+"
                     r"(?:\s+(?:rn|right\s+now|now|atm|tbh|lol))?(?=\s*[.!?]*\s*$))", re.IGNORECASE)


# "小鸟不要黄色，变成蓝色", "不要红色，要绿色的": the colour it should not be, then the one it should: that one
_NOT_THEN_COLOUR = re.compile(r"(?P<x>[^，,。；;]*?)(?:不想要|不要|别要|不是)"
                              r"(?:[\u4e00-\u9fff]{1,3}色|[红橙黄绿蓝紫黑白灰粉棕])的?(?:了|吧)?\s*[，,]\s*(?:而是|要|变成|换成|改成|转成|用)(?P<c>[^，,。；;]+)")


# "我不要红色，要蓝色", "其实我不想要…": the one who speaks, not a thing
_SPEAKER = re.compile(r"^\s*(?:其实|还是|嗯+|那)?\s*(?:我们|我)?\s*(?:其实|还是)?\s*$")
# "把圆形 move to the bottom right", "小的那个 turn it into a star": the thing said in Chinese, the request in English
_ZH_THING_EN_VERB = re.compile(r"^(?:把\s*(?P<x>[^\s，,A-Za-z]{1,8})"
                               r"|(?P<ref>[^\s，,A-Za-z]{1,8}(?:那个|那只|那条|那辆|的)))\s+"
                               r"(?P<v>move|make|turn|put|change|paint|colou?r|shift)(?:\s+(?:it|him|her|them))?(?=\s[^\u4e00-\u9fff]*$)",
                               re.IGNORECASE)
# 他眼镜弄成黑色的: his glasses (a pronoun before a thing that is changed, without 的)
_HIS_THING_ZH = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[把将]))(?P<p>他|她|它)"
                           r"(?=(?![戴拿穿坐站躺抱背提举牵骑看吃喝玩跑走在是有也再还要想会能变换改往向移挪放加去删的们])[\u4e00-\u9fff]{1,3}(?:弄成|变成|改成|换成|涂成|染成|刷成|调成))")
_ALL_OF_THEM = re.compile(r"(?<=它们|他们|她们)(?:全部|全都|统统|通通)都?")
# "堆一个雪人": a snowman is built, and drawn
_BUILD_SNOWMAN = re.compile(r"堆(?=(?:一|两|几)?[个座]?雪人)")


# "its too small": "it's" typed without its apostrophe (the possessive "its hat" is followed by a thing)
_ITS_IS = re.compile(r"\bits(?=\s+(?:too|so|way|really|very|kinda|kind\s+of|a\s+bit|a\s+little|not|still|now|perfect|"
                     r"great|fine|ok|okay|good|nice|wrong|bigger|smaller|huge|tiny)\b)", re.IGNORECASE)


# "把猫换掉 换成一只兔子": what goes, then what it becomes, is one change (换掉 named the rabbit 掉)
_SWAP_OUT_THEN = re.compile(r"(?<=[\u4e00-\u9fff])换掉(?:吧)?[，,\s]*(?=换成|改成)")
# "换个背景 海边吧", "换个颜色，红的": the kind of change, then the value
_CHANGE_A = re.compile(r"^(?:再)?换(?:个|一个|一下)(?P<x>背景|风格|颜色)(?:吧)?[，,\s]+(?P<y>\S.*)$")
# "一棵挂满苹果的树", "开满花的树": full of them, said as what it has (有苹果的树)
_FULL_OF = re.compile(r"(?:挂|结|长|开|堆|摆|铺|落)满了?(?=[\u4e00-\u9fff]{1,6}的)")
# "删了吧", "去掉吧" said alone: the thing in focus, as "它不要了"
BARE_REMOVE_ZH = re.compile(r"^(?:删了|删掉|去掉|删除|拿掉|去了)(?:吧|呗|啊|吧谢谢)?$")


# "the dog's got a blue collar", "she has got long hair": has
_HAS_GOT = re.compile(r"(?<=[a-z])(?:'s|’s|\s+has)\s+got(?:ten)?\s+(?=[a-z\d])", _I)
# "房子刷成黄色", "车喷成红色": painted, said as 涂成 as every table of changes knows it
_PAINTED_ZH = re.compile(r"(?<=[\u4e00-\u9fff])(?:刷|喷|漆|涂抹)成")
# "the boat n the fog", "swap em around", "no dog after all", "a scarf too lol he looks cold": "and", "them",
# nothing, and a pause before what is said of him
_LOOSE_WORDS = re.compile(r"(?<=[a-z])\s+n\s+(?=(?:the|a|an|his|her)\s)|\b'?em\b(?=\s+(?:around|round|over|back|up|"
                          r"out)\b|\s*$)|\s+after\s+all\b|\s+lol\s+(?=(?:he|she|it|they|that|this)(?:'s)?\s)"
                          # "draw 3 balloons lol red green and blue": a laugh inside, a pause
                          r"|(?<=[a-z])\s+(?:lol|lmao|lmfao|rofl)\s+(?=[a-z])|\s+(?:h{3,}|xswl|yyds|哈哈+)\s+(?=\S)|(?<=too)\s+(?:tbh|ngl)\s+"
                          r"|(?<=[a-z])\s+sorry(?=\s*(?:[,.!?;]|$))|\s+but\s+also(?=\s+(?:an?|some)\s)", _I)
_LOOSE_SAID = {"n": " and ", "em": "them", "'em": "them", "after all": "", "sorry": "", "but also": " and"}
_WORN_EN_MANY = alternation([w + "s" for w in vocab.WORN if w.isascii() and not w.endswith("s")])
_SHE_IS_IN = re.compile(r"(?<![\w'])(?P<p>she|he|they)(?:'s|’s|\s+is|\s+are|'re|’re)\s+(?:in|wearing|dressed\s+in)\s+"
                        rf"(?=(?:(?:a|an|the|some|her|his|their)\s+)?(?:[a-z-]+\s+){{0,3}}?"
                        rf"(?:{_WORN_EN}|{_WORN_EN_MANY}))", _I)
_WORN_ZH = alternation([w for w in vocab.WORN if vocab.has_cjk(w)])
# "雪人加一条红围巾", "女孩也戴一顶帽子": the one said first is who wears it (给雪人加…)
_TOPIC_WEARS_ZH = re.compile(r"^(?P<x>(?![给把帮请再让将也还在画来有是要我一])(?:(?![着的])[\u4e00-\u9fff]){1,4}?"
                             r"(?<![上里边下中个只条顶件位])|[A-Za-z]+)\s*"
                             rf"(?P<adv>再|也|还)?(?P<v>加|添|戴|围|系)(?:上)?(?!着)"
                             rf"(?=(?:一)?[条顶个只件副双把]?[\u4e00-\u9fff]{{0,4}}?(?:{_WORN_ZH}))")
# 向右平移, 往右边放放, 往下沉一点, 靠左放: moved (a doubled verb is a little)
_SLID_ZH = re.compile(r"(?<=[左右上下边])(?:平移|平推|横移|放放|挪挪|移移|推推|摆摆|沉|飘|漂|升|降|滚"
                     r"|滑(?![冰雪板梯翔]))"  # 冰面上滑冰: skating, no move
                     r"|(?<=[左右上下])放(?=[一点些]*$)")


def _slid(m: re.Match[str]) -> str:
    said = m.group(0)
    return "移一点" if len(said) == 2 and said[0] == said[1] else "移"  # 挪挪, 放放: a little, one step


_RIGHT_ABOVE_ZH = re.compile(r"正(?=[上下左右前后](?:方|面|边))")  # 正上方: 上方 (right above: above)
# "right under the circle", "directly above it": under, above ("right" was read as the right of the picture)
_RIGHT_UNDER = re.compile(r"\b(?:right|directly|just|straight)\s+(?=(?:under|underneath|below|above|over|beside|"
                          r"next\s+to|behind|in\s+front\s+of|on\s+top\s+of)\s+(?:the|it|him|her|them)\b)", _I)
# "get rid of the mug its too busy", "make the son bigger its too small": why, run on with no comma
_WHY_RUN_ON = re.compile(r"^(?P<asked>.*\b(?:get\s+rid|remove|delete|lose|take|make|move|put|add|change|turn)\b.*?"
                         r"[a-z])\s+(?=(?:it'?s|its|it\s+is)\s+(?:way\s+)?(?:too|so)\s+[a-z]+\s*[.!]*$)", _I)
# "the top write corner", "to the write": a homophone of right, as dictation types it
_WRITE_FOR_RIGHT = re.compile(r"(?<=\btop\s)write\b|(?<=\bbottom\s)write\b|(?<=\bthe\s)write(?=\s+(?:corner|side|"
                              r"edge)\b|\s*$|\s*[,.!])", _I)
_MOVED_TO_ZH = re.compile(r"(?:挪|移|放|摆|搬)(?:到|在)[^，,。\s]{1,8}$")
_SIDE_FANG_ZH = re.compile(r"(?<![左右])(?P<w>[上下前后])方(?!向|法|式|形|块)")  # 房子的上方: 房子的上面 (not 左上方)
_CHANGED_TO_SPACE = re.compile(r"(?<=[改换变涂弄刷染调])成\s+(?=[\u4e00-\u9fff])")  # bunny 改成 白色: 改成白色
_NEW_ONE_FOR_ZH = re.compile(r"(?<=给[他她它])换(?:上|一)?(?=[条件顶双个副只把身])")  # 给她换条红裙子: 给她加条红裙子
_BACKGROUND_STILL_ZH = re.compile(r"(?<=背景)(?:还是|就|也|再|都)(?=换|改|变|弄|调|用|涂|刷)")  # 背景还是换回白的
# 放top right, 放它下面, 放左边: 放在 (put, said without 在)
_PUT_AT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z，,])\s*放(?=\s*(?:top|bottom|left|right|middle|center|centre|upper|"
                     r"lower)\b)|(?<=[\u4e00-\u9fffA-Za-z])\s*放(?=(?:最)?(?:左边|右边|中间|正中间|左上角|右上角|左下角|"
                     r"右下角|底部|顶部)|"
                     r"(?:它|他|她)的?(?:下面|上面|旁边|左边|右边|前面|后面|下边|上边))", _I)
# 往右移 移到头: 往右移到头
_TO_THE_END_ZH = re.compile(r"(?<=[左右上下边])(?P<v>移|挪)[\s，,]+(?:一直)?(?:移|挪)?(?=到(?:头|底|尽头)\s*$)")
# "猫 move straight up 到最上面": an English move before a Chinese place, said in Chinese (往上移到最上面)
_EN_MOVE_ZH_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])\s*\b(?:move|shift|push|slide|go|put)\s+(?:it\s+)?"
                               r"(?:(?P<w>up|down|left|right)\s*)?(?=到|至)", _I)
# "the black cat goes on the right", "the sun should go top right": a move ("goes back" is same_as's)
_GOES = r"(?:goes|go|should\s+go|can\s+go|needs\s+to\s+go|has\s+to\s+go|should\s+(?:sit|stand|be))"
_GOES_TO = re.compile(r"^(?P<lead>(?:(?:ok|okay|and|now|then|so|actually|hmm+|thx|thanks|cool|nice|great)[\s,]+)*)"
                      r"(?:(?:could|can|would)\s+|(?:please\s+)?(?:make|let|have)\s+)?"
                      r"(?P<x>(?:the|that|this|his|her)\s+[a-z][a-z ]*?|it|he|she|they)\s+" + _GOES
                      + r"\s+(?:(?:on|to|in|at|into|over\s+to|up\s+to|down\s+to|up\s+in|up\s+into|down\s+in)\s+)?"
                      r"(?P<p>(?:the\s+)?[a-z][a-z ]*?)(?:\s+(?:please|pls|instead))*\s*[.!?]*$", _I)
_SIZE_SAID = re.compile(r"\bsize\s*[:=]\s*(?=(?:big|small|large|tiny|huge|bigger|smaller)\b)", _I)  # "size: big"
_UP_TOP = re.compile(r"\bup\s+top(?P<mid>\s+in\s+the\s+(?:middle|center|centre))?\b", _I)  # "put it up top"
_STRAIGHT = re.compile(r"\bstraight\s+(?=(?:up|down|left|right|over|across)\b)", _I)  # "move it straight up"
# "画一只 橘色 的猫" (its bold taken off): one description, spaced
_SPACED_ZH = re.compile(r"(?<=[一两二三四五几\d][个只条棵朵辆匹座张块颗位把盏])[ \t]+(?=[\u4e00-\u9fff])"
                        r"|(?<=[\u4e00-\u9fff])[ \t]+(?=的[\u4e00-\u9fff])")
# "照这个画一只猫", "参考这张图画…": after a picture shown, which the rules cannot see; the request is what is drawn
_AFTER_THIS = re.compile(r"^\s*(?:请)?(?:照着?|按照?着?|参考|根据|仿照)"
                         r"(?:这个|这张(?:图|图片)?|这幅(?:图|画)?|上面的?图?)\s*(?=画)")
# "make it kinda big", "looks sorta tiny": a hedge before a word changes nothing to draw ("kinda" alone is talk);
# "a boat out at sea": where it is
_HEDGE = re.compile(r"\b(?:kinda|sorta)\s+(?=[a-z])|(?<=[a-z])\s+out(?=\s+(?:at|in|on)\s)"
                    # "red boots to match": what they go with is the thing in focus
                    r"|\s+to\s+(?:match|go\s+with\s+(?:it|her|him|them))(?=\s*(?:pls|please)?\s*[.!]*\s*$)", _I)


# ", if it is no trouble?", ", if you don't mind": courtesy after the request, no word of it
_COURTESY_TAIL = re.compile(r"[\s,]+(?:if\s+(?:it'?s|it\s+is)\s+(?:no|not\s+too\s+much)\s+trouble|if\s+you\s+"
                            r"(?:don'?t|do\s+not)\s+mind|if\s+that'?s\s+(?:ok|okay|alright|all\s+right|fine)|if\s+you\s+(?:would|could|"
                            r"please))\s*(?=[?.!]*\s*$)", _I)


# "would you mind giving him a stick": the request, said plainly
_MIND_DOING = re.compile(r"\bwould\s+you\s+mind\s+(?P<v>giving|making|moving|putting|adding|removing|changing|turning|"
                         r"drawing|taking|painting|colou?ring|placing|shifting)\b", _I)
_DOING_AS_ASKED = {"giving": "give", "making": "make", "moving": "move", "putting": "put", "adding": "add",
                   "removing": "remove", "changing": "change", "turning": "turn", "drawing": "draw", "taking": "take",
                   "painting": "paint", "colouring": "colour", "coloring": "color", "placing": "place",
                   "shifting": "shift"}


# "on blue sea", "in a green field", "across white snow": the place's own colour, not the thing's (a plain colour
# word: "a lavender field" is a field of lavender)
_ON_COLOURED_PLACE = re.compile(r"\b(?P<p>on|in|at|across|over)\s+(?:the\s+|a\s+|an\s+)?"
                                r"(?:(?:dark|light|deep|bright)\s+)?(?:red|orange|yellow|green|blue|purple|pink|white|black|gr[ae]y|brown)\s+"
                                r"(?P<place>sea|ocean|water|lake|river|field|fields|meadow|grass|snow|sand|desert|"
                                r"forest|hills?)\b(?!\s+(?:background|backdrop))", _I)


_ISH = re.compile(r"\b(?P<w>[a-z]{3,})-ish\b", _I)
_TRY_BACKGROUND = re.compile(r"\b(?:try|go\s+with|let'?s\s+(?:try|do))\s+(?=(?:a|an)\s+(?:[a-z]+\s+){1,2}background\b)",
                             _I)
_LIGHT_FROM_ABOVE = re.compile(r"\b(?P<l>light(?:ing)?|lit|light\s+coming)\s+from\s+above\b", _I)
_ANYWAY_THEN = re.compile(r"\s+anyway[\s,]+(?=(?:make|add|put|draw|change|give|remove|turn|move|can|could|please|pls)"
                          r"\b)", _I)


def plain_words(text: str) -> str:
    """The message with casual forms said as the rules read them."""
    text = re.sub(r"么子|啥子", "什么", text)  # "用么子模型画的" (Hunan), "画啥子" (Sichuan): 什么
    text = re.sub(r"\b(?P<a>a|one)\s+single\s+(?=[a-z])", r"\g<a> ", text, flags=_I)  # "a single red sneaker": one
    text = _ZH_SPOKEN_ADD.sub(r"\g<b>\g<again>加一", text)  # "再来条狗": 再加一条狗
    text = _ZH_STANDS_THERE.sub(r"\g<w>加一\g<m>\g<v>着的", text)  # "旁边站个男人": 旁边加一个站着的男人
    text = re.sub(r"(?<=[\u4e00-\u9fff])底下", "下面", text)  # "树底下": 树下面
    # "男的也删了吧": the man
    text = re.sub(r"(?<![\u4e00-\u9fff])(?P<s>[男女])的(?=[也都就还再]|不要|删|去掉)", r"\g<s>人", text)
    text = _ZH_KEEP_JUST.sub(r"只留下\g<x>", text)  # "就留个车得了": only the car stays
    # "a woman holding a pink rose in a green apron": the apron is hers, worn, not where the rose is
    text = _HELD_IN_WORN.sub(lambda m: f"{m.group('v')} {m.group('x')}, wearing {m.group('w')}", text)
    # "settle on the top of the tree": on top of it ("to the top of the picture" is a place in the picture)
    text = re.sub(r"\b(?:on|onto|to)\s+the\s+top\s+of\s+(?=(?:the|a|an|his|her|its)\s+"
                  r"(?!(?:picture|image|canvas|frame|page|screen|drawing|scene)\b))", "on top of ", text, flags=_I)
    text = said_in_full(text)  # "balloon should be red", "猫本身要orange的", 背景还是白色好看点
    low = text.lower()
    if "-ish" in low:  # "sepia-ish", "blue-ish": that, softly
        text = _ISH.sub(r"\g<w>", text)
    text = _ON_COLOURED_PLACE.sub(r"\g<p> the \g<place>", text)  # "a cargo ship on blue sea": at sea, not a blue ship
    if "background" in low:  # "nah try a black background": the background asked for
        text = _TRY_BACKGROUND.sub("", text)
    if "above" in low:  # "dramatic lighting from above": where the light comes from, not a camera looking down
        text = _LIGHT_FROM_ABOVE.sub(r"\g<l>", text)
    if "anyway" in low:  # "check my stuff here 🙏 anyway make the dagger gold": talk, then the request
        text = _ANYWAY_THEN.sub(". ", text)
    # "its ears should be black tho", "sepia even": a word that only leans on what was said
    text = re.sub(r"(?<=[a-z])\s+(?:tho|though|even)(?=\s*(?:[,.!?;]|$))", "", text, flags=_I)
    text = _LOOSE_WORDS.sub(lambda m: _LOOSE_SAID.get(m.group(0).lower().strip(), ", "), text)
    # "…, she's in a red dress": what she wears, said as where she is
    text = _SHE_IS_IN.sub(lambda m: f"{m.group('p')} {'wear' if m.group('p').lower() == 'they' else 'wears'} ", text)
    text = places_said_plainly(text)  # "in the middle of the pic", "far away", 两边各一个
    # "make it vintage lookin": the look ("a cat looking up at me" keeps its looking)
    text = re.sub(r"(?<=[a-z])[\s-]+look(?:ing|in'?)(?=\s*(?:[,.!?;]|$))", "", text, flags=_I)
    # "a giraffe and a zebra next to each other": how they stand together, no place and no thing of its own
    text = re.sub(r"(?:(?<=[a-z])\s+|\s*,\s*)(?:next\s+to|beside|near|close\s+to)\s+each\s+other\b", "", text, flags=_I)
    # "soft light over everything": the whole picture's, as a look always is
    text = re.sub(r"(?<=[a-z])\s+(?:over|on|across)\s+(?:everything|it\s+all|the\s+whole\s+(?:thing|picture|scene))\b",
                  "", text, flags=_I)
    # "in the corner up to the right": the top right corner
    text = re.sub(r"\bin\s+the\s+corner\s+(?P<v>up|down)\s+(?:to|on|at)\s+the\s+(?P<h>left|right)\b",
                  lambda m: f"in the {'top' if m.group('v').lower() == 'up' else 'bottom'} {m.group('h')} corner",
                  text, flags=_I)
    text = _MIND_DOING.sub(lambda m: _DOING_AS_ASKED[m.group("v").lower()], _COURTESY_TAIL.sub("", text))
    text = re.sub(r"^那(?=给|把|就|再)", "", text.strip())  # 那给它加个蝴蝶结吧: "then", not "that"
    # "draw 一个 red ball 和一个 blue ball": 画, or "draw" is drawn as a thing
    text = re.sub(r"^(?:draw|paint)\s+(?=[一两三四五几][个只条棵朵辆]|[\u4e00-\u9fff])", "画", text, flags=_I)
    text = disliked_swapped(looks_said_plainly(_AFTER_THIS.sub("", _SPACED_ZH.sub("", text))))
    text = _TO_THE_END_ZH.sub(lambda m: m.group("v"), _SLID_ZH.sub(_slid, _RIGHT_ABOVE_ZH.sub("", text)))
    text = _WHY_RUN_ON.sub(lambda m: m.group("asked") + ", ", _WRITE_FOR_RIGHT.sub("right", _RIGHT_UNDER.sub("", text)))
    text = re.sub(r"^靠(?=[左右上下]边?移)", "往", text.strip())  # 靠左放: 往左移
    text = _NEW_ONE_FOR_ZH.sub("加", text)
    text = _PUT_AT.sub("放在", _BACKGROUND_STILL_ZH.sub("", _CHANGED_TO_SPACE.sub("成", text)))
    text = pose_after_place(text)  # 白猫坐在右边: 白猫在右边坐着
    # "挪到高铁上方": above it, where the move rule reads 上方 as the cell above (上面 may be on it)
    text = _SIDE_FANG_ZH.sub(lambda m: m.group(0) if m.group("w") in "上下" and _MOVED_TO_ZH.search(
        m.string, 0, m.start()) else m.group("w") + "面", text)
    text = _TOPIC_WEARS_ZH.sub(lambda m: m.group(0) if vocab.lookup(vocab.POSITIONS, m.group("x")) else
                               f"{m.group('adv') or ''}给{m.group('x')}{m.group('v')}", text)
    goes = _GOES_TO.match(text.strip())
    where = re.sub(r"^the\s+|\s+(?:corner|side|edge)$", "", goes.group("p"), flags=_I) if goes else ""
    if goes and vocab.lookup(vocab.POSITIONS, where):
        who = OBJECT_OF.get(goes.group("x").lower(), goes.group("x"))
        text = f"{goes.group('lead')}move {who} to {goes.group('p')}"
    text = _SIZE_SAID.sub("", text)
    text = _UP_TOP.sub(lambda m: "at the top middle" if m.group("mid") else "at the top", text)
    text = _PAINTED_ZH.sub("涂成", _HEDGE.sub("", _HAS_GOT.sub(" has ", _STRAIGHT.sub("", text))))
    text = _EN_MOVE_ZH_PLACE.sub(lambda m: f"往{WAY_ZH[m.group('w').lower()]}移" if m.group("w") else "移", text)
    text = coloured_parts(_SWAP_OUT_THEN.sub("", _ITS_IS.sub("it's", text)))  # 红门的房子: the door is red
    text = _FULL_OF.sub("有", text)
    change = _CHANGE_A.match(text.strip())
    if change:
        text = ("换成" if change.group("x") == "颜色" else change.group("x") + "换成") + change.group("y")
    text = "把它删掉" if BARE_REMOVE_ZH.match(text.strip()) else text
    text = _HIS_THING_ZH.sub(lambda m: m.group("p") + "的", text)
    text = _ALL_OF_THEM.sub("都", _BUILD_SNOWMAN.sub("画", text))
    text = _ZH_THING_EN_VERB.sub(lambda m: f"{m.group('v')} {m.group('x') or m.group('ref')}", text)
    text = _NOT_THEN_COLOUR.sub(lambda m: (_SPEAKER.sub("", m.group("x")).strip() or "把它") + "变成" + m.group("c"),
                                _REASON.sub("", text))
    text = _WHO.sub(lambda m: " " + _AS_ING[m.group("verb").lower()] if m.group("verb").lower() in _AS_ING
                    else " " + m.group("verb"), text)
    text = _DROPPED_G.sub(lambda m: m.group("stem") + "ing", text)
    text = _EACH_OTHER.sub("", _LENS.sub(" ", text))
    text = _EM.sub(lambda m: m.group("verb") + " them", _YEET.sub("remove", _VERY.sub("", text)))
    text = _SAYS_ZH.sub("", _SAYS.sub("", text))
    text = _BG_PREFERRED.sub(lambda m: m.group("bg"), _ALL_ON_BG.sub(lambda m: ", " if m.start() else "", text))
    text = _SWAP_FOR_ONE.sub(lambda m: f"make {m.group('x')} {m.group('v')}", text)
    m = _CAN_HE_WEAR.match(text.strip())
    if m:
        text = f"give {_OBJECT[m.group('who').lower()]} {m.group('what')}" + text.strip()[m.end():]
    m = _NEEDS.match(text.strip())
    if m:
        who = m.group("who")
        text = f"give {_OBJECT.get(who.lower(), who)} {m.group('what')}"
    text = _DASHED.sub(lambda m: ", " + m.group("inner").strip() + ", ", text)
    kind = _KIND_OF_PICTURE.match(text)
    if kind and not any(_NOT_A_KIND.match(w) for w in kind.group("words").split()):
        looks, _ = parse_looks(kind.group("words"))  # "moody photo of": a look; "aesthetic pic of": nothing to draw
        style = vocab.lookup(vocab.STYLES, kind.group("words").strip())  # "a watercolor painting of": its style
        said = ", " + (style.key if style else kind.group("words").strip()) if looks or style else (
            ", photo" if not kind.group("words").strip() and kind.group("kind").lower() == "photo" else "")
        text = kind.group("lead") + "draw " + text[kind.end():] + said
    wants = _WHO_WANTS.match(text)
    text = "draw " + text[wants.end():] if wants else text
    text = _FOR_WHOM.sub(lambda m: ", " if m.group(0).rstrip()[-1:] in ".!" else "", text)
    wants = _WHO_WANTS_ZH.match(text)
    text = "画" + text[wants.end():] if wants else text
    text = _THE_ONE_AFTER.sub(lambda m: f"{'an' if m.group('words')[0] in 'aeiou' else 'a'} {m.group('words')}"
                              f"{m.group('noun')}", text)
    text = _WEARS_AFTER_ZH.sub(lambda m: f"{m.group('verb')}着{m.group('what')}", text)
    text = re.sub(r"(?<=[画加添])(?=[条只头匹棵朵辆座块顶][\u4e00-\u9fff])", "一", _CASUAL_DRAW_ZH.sub("画", text))
    text = _EN_DE_EN.sub(lambda m: m.group("w") + " ", _WHEN_ZH.sub(" ", _BESIDE_COUNT_ZH.sub("旁边有", text)))
    text = re.sub(r"(?:看|望着|看着)\s*(?=(?:the\s+)?(?:sunrise|sunset)\b)", " at ", text, flags=_I)  # 看 sunrise
    text = re.sub(r"(?<=[\u4e00-\u9fff])和(?:他|她|它)(?:的)?(?=[\u4e00-\u9fff])", "和", text)  # 男孩和他妈妈
    for pattern, said in _MIXED_VERBS:
        text = pattern.sub(said, text)
    text = _A_BIT_ZH_AFTER_EN.sub(" a bit", _LOOK_A_BIT_ZH.sub(_more_of_the_look, _CAMERA_ZH.sub("", text)))
    text = _A_BIT_EN_AFTER_ZH.sub("一点", _EN_MOVE_ZH_WAY.sub("", text))
    text = _DRAWN_BIGGER_ZH.sub("变", _OF_THE_PICTURE_ZH.sub("", text))
    text = said_loosely(_NEW_THING_PUT_ZH.sub(lambda m: m.group("head") + "在", text))
    text = _ZH_COLOUR_EN_BACKGROUND.sub(r"\g<colour>背景", _ZH_ANGLE_EN_WORD.sub(r"\g<angle>", text))
    text = _THAT_EN_THING_ZH.sub("the ", text)  # "那个 box 换成 black": the box
    # "眼睛要 blue 的": a colour said in English inside a Chinese wish, as 眼睛要蓝色的
    text = _EN_COLOUR_WANTED_ZH.sub(lambda m: m.group("v") + vocab.translate(vocab.COLOURS, m.group("c").lower(), "zh")
                                    + "的", text)
    return _THAT_KIND_ZH.sub("", _PARTICLE_AFTER_EN.sub("", kinds_kept(text)))


# A Chinese particle closing English words ("move it left a bit 哈", "no more raincoat 哈") only softens them;
# 一点 after English words is "a bit" ("shift it to the left 一点").
_PARTICLE_AFTER_EN = re.compile(r"(?<=[A-Za-z.!?)])\s*[哈吧啦呀哦嘛呗]+\s*(?=[.!?。！？~～]*\s*$)", re.MULTILINE)
_A_BIT_ZH_AFTER_EN = re.compile(r"(?<=[A-Za-z])\s*一点(?:点|儿)?(?=\s*[哈吧啦呀]*\s*[.!?。！？~～]*\s*$)", re.MULTILINE)
_THAT_EN_THING_ZH = re.compile(r"(?:^|(?<=[\s，,]))[那这][个只条件张把辆台双]\s*"
                               r"(?=[A-Za-z][A-Za-z ]*?\s*(?:[换改变涂弄]成|[去删拿]掉|往|移|挪|放[到在]|变|改|换))")
# "cute 一点", "moody 一点": more of a look, said the Chinese way
# ("可以再 moody 一点吗": asked, and a request all the same)
_LOOK_A_BIT_ZH = re.compile(r"(?<![A-Za-z])(?P<w>[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){0,2})\s*一点(?:点|儿)?(?:吗|嘛|呢)?")


def _more_of_the_look(m: re.Match[str]) -> str:
    words = m.group("w").lower().split()
    for n in range(len(words), 0, -1):  # "high contrast 一点": the look of the last words said
        said = " ".join(words[-n:])
        for look in (said, f"more {said}"):
            if parse_looks(look)[0] and not parse_looks(look)[1].strip():
                return " ".join([*words[:-n], look])
    return m.group(0)


# "往左移 a bit": a bit after a Chinese move is 一点; "move it 往右一点": the move is the Chinese one
_A_BIT_EN_AFTER_ZH = re.compile(r"(?<=[移挪左右上下边])\s*\b(?:a\s+(?:little\s+)?bit|a\s+little|a\s+tad|slightly)\b",
                                re.I)
_EN_MOVE_ZH_WAY = re.compile(r"\b(?:move|shift|push|nudge|slide|scoot)\s+(?:it|them|him|her)?\s*"
                             r"(?=(?:往|向)[左右上下])", re.I)
# 放在画面中间, 画面的左上角: a place in the picture is the place (画面 is no thing)
_OF_THE_PICTURE_ZH = re.compile(r"(?:画面|画布|图片|整张图|整个画面)(?:的)?"
                                r"(?=正?中间|正?中央|中心|[左右][上下]?[角边方侧]|[上下][面边方]|最[上下左右])")
# 画一个红苹果放在左边, 再加一个星星，放到右上角: the new thing is drawn there (放在 was dropped after a draw)
_NEW_THING_PUT_ZH = re.compile(r"^(?P<head>(?:再|请|帮我|麻烦)?(?:画|加|添|来)上?(?:[一两三几]\s*)?"
                               r"[个只条棵朵辆匹座张块颗位把盏艘根支顶件]?[^，,。把将放]{1,12}?)[，,]?\s*(?:然后|再)?放(?:在|到)"
                               r"(?=[^，,。]{0,6}?(?:左|右|上|下|中|角|边|间|央|心))", re.MULTILINE)
# 小狗画大一点, 把它们都画小些: drawn bigger is made bigger (画大一点的猫 draws one)
_DRAWN_BIGGER_ZH = re.compile(r"(?<=[\u4e00-\u9fff])画(?=得?更?[大小](?:一)?[点些](?:儿)?(?![^，,。]*的))")
# "镜头俯视一下", "从上面俯视", "镜头拉近点": the camera's angle, said with the lens or where it looks from.
_CAMERA_ZH = re.compile(r"(?:镜头|从上面|从上方|从高处|从下面|从下方)\s*(?=俯视|仰视|俯拍|仰拍|特写)"
                        r"|(?<=俯视|仰视|俯拍|仰拍|特写|逆光)(?:一下|一点)")
_EN_COLOUR_WANTED_ZH = re.compile(r"(?<=[\u4e00-\u9fff])(?P<v>要|是)\s*(?P<c>"
                                  + alternation([f for t in vocab.COLOURS.values() for f in t.en if " " not in f])
                                  + r")\s*的", re.I)
# "白色 background", "俯视 view": a Chinese value with the English word for what it is.
_ZH_COLOUR_EN_BACKGROUND = re.compile(r"(?P<colour>[\u4e00-\u9fff]{0,2}色)\s*(?:background|backdrop|bg)\b",
                                      re.IGNORECASE)
_ZH_ANGLE_EN_WORD = re.compile(r"(?P<angle>俯视|仰视|俯拍|仰拍|特写|逆光|侧面|正面)\s*"
                               r"(?:view|shot|angle|lighting|light)\b", re.IGNORECASE)
