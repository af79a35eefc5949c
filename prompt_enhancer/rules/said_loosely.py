"""Requests said loosely, rewritten as the rules read them (issue 20, from the blind splits tuning-27 ... 29). Each
rewrite is one way people type a request the rules already read said plainly: "get those clouds outta there"
(remove them), "the bird too, dont need it", "get rid of the bench, just him" (he stays: it removed him too),
"next to his horse" (the horse was dropped), "up some", 脸部特写 (a close-up, not a thing called 脸部), 春天的感觉,
"ok now 把它…", "cfg 调成 7.5 就行", 一左一右, 大的在上面 (made the small one big), "emm 还是圆形好了", "take the hat
off again", "put a red bow on its head" (a thing called bow), "再来一个一样的 at the bottom", "one square to the
left", "in top right corner", "right in the middle", "she should also wear…", "around its neck", ", orange color",
"make them 都 黑色", "the sun please move down", "swap the coat to red", "make the square a circle too".
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import parse_place
from prompt_enhancer.rules.worn_refs import WHO_BY_PART_ZH

_I = re.IGNORECASE
_THAT = r"(?:the|that|those|these|this)"

_OUT_OF_THERE = re.compile(rf"\bget\s+(?P<x>{_THAT}\s+[a-z][a-z ]*?)\s+(?:outta|out\s+of)\s+"
                           r"(?:there|here|the\s+(?:picture|pic|image|scene))\b", _I)
_NOT_NEEDED = re.compile(rf"^(?P<x>{_THAT}\s+[a-z][a-z ]*?)(?:\s+too|\s+as\s+well)?[\s,]+(?:i\s+)?"
                         r"(?:don'?t|dont|do\s+not)\s+(?:need|want)\s+(?:it|them|that|those)"
                         r"(?:\s+(?:anymore|either|too|now))?\s*[.!]*$", _I)
_JUST_THE_REST = re.compile(r"^(?P<r>(?:get\s+rid\s+of|remove|delete|lose|take\s+(?:away|out))\s+.+?)[,\s]+"
                            r"(?:just|only)\s+(?:him|her|them|it|the\s+[a-z]+)(?:\s+(?:left|alone|then|"
                            r"on\s+(?:his|her|its|their)\s+own|by\s+(?:him|her|it)self))?\s*[.!]*$", _I)
# "hmm lose the pine, i want the crane on its own": only the crane is kept (it was taken out, "want" read as not)
_ON_ITS_OWN = re.compile(r"(?:(?<=[,.;!]\s)|^)(?:i\s+(?:just\s+|only\s+)?(?:want|need)|just|only)\s+"
                         r"(?P<x>the\s+[a-z][a-z -]{0,30}?)\s+(?:on\s+(?:its|his|her|their)\s+own|"
                         r"by\s+(?:it|him|her)self|alone)\s*[.!]*$", _I)
# "draw my granddaughter, a little girl with braids": who she is, then how she looks: one girl (it drew two people).
# "draw my dog, a cat and a bird" is a list ("and"); "draw my house, a tree" names no one.
_MY_WHO_A = re.compile(r"^(?P<v>(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|sketch)\s+(?:me\s+)?)"
                       r"(?:my|our)\s+(?P<who>[a-z]+),\s+(?=(?:a|an)\s(?![^,]*(?:\band\b|&|\+)))", _I)
_RELATIVES = {"granddaughter", "grandson", "son", "daughter", "mum", "mom", "dad", "wife", "husband", "sister",
              "brother", "kid", "baby", "boyfriend", "girlfriend", "friend", "grandma", "grandpa", "nephew", "niece",
              "dog", "cat", "puppy", "kitten", "pet", "boss", "teacher", "neighbour", "neighbor", "cousin"}
# "…, like at my shags farm": where the person has seen it, said last; no thing or place of the picture
_LIKE_AT_MINE = re.compile(r",\s*(?:just\s+)?like\s+(?:at|on|in)\s+(?:my|our|his|her)\s+[^,.!?]{1,40}[.!]*$", _I)
# "move the salmon over to the right side so its under the eagle": where it goes is said, then why (the place
# after "so" was read as a second place, and the move not at all)
_MOVED_SO = re.compile(r"\b(?P<m>(?:move|put|shift|slide)\s+[^,.;]+?\b(?:to|towards|up|down|left|right|over)\b[^,.;]*?)"
                       r"\s+so\s+(?:that\s+)?(?:it'?s|its|it\s+is|they'?re|they\s+are|it\s+sits|it\s+will\s+be)\s+"
                       r"[^,.;!?]+", _I)
# "move the surfboard so its on the right of the tower": where it goes, when "so" says it
_SO_ITS_THERE = re.compile(r"\b(?P<v>move|put|shift|place|slide)\s+(?P<t>[^,.;]+?)\s+so\s+(?:that\s+)?(?:it'?s|its|"
                           r"it\s+is|they'?re|they\s+are|he'?s|she'?s)\s+(?=on|in|at|to|by|near|next|beside|behind|"
                           r"under|over|above|below|left|right|top|bottom|cent|middle)", _I)
# "barn owl sitting on a branch holding a mouse": the owl holds it (the branch did), as when a comma is said
_PERCHED_THEN_HOLDING = re.compile(r"\b(?P<a>(?:sitting|standing|perched|lying|sleeping|resting|leaning)\s+(?:on|in|at|"
                                   r"by|under|against)\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?=(?:holding|carrying|"
                                   r"wearing|eating|reading|clutching)\s)", _I)
# "take the sun out its supposed to be overcast": out, then why ("its" was read as part of the thing)
_TAKE_OUT_WHY = re.compile(r"\btake\s+(?P<x>(?:the|that|this|those|these|his|her)\s+[a-z][a-z ]{0,30}?)\s+out\s+"
                           r"(?=(?:its|it'?s|it\s+is|cause|because|cuz|coz|since|as|they'?re)\s)", _I)
# "here's the one from the rehab center can u draw a kestrel like this": the request, after what was said before it
_REQUEST_RUN_ON = re.compile(r"^(?P<lead>(?:here'?s|this\s+is|that'?s)\s[^.?!,]*?[a-z])\s+(?=(?:can|could|would)\s+"
                             r"(?:u|you)\s+(?:pls\s+|please\s+)?(?:draw|paint|sketch)\s+(?:me\s+)?(?:a|an|the|some)\s)",
                             _I)
# "put it perched top right": where it goes, and how it sits there
_PUT_POSED = re.compile(r"\b(?P<p>put|move|place)\s+(?P<t>it|him|her|them)\s+(?:perched|sitting|standing|lying)\s+"
                        r"(?=(?:at\s+|in\s+|on\s+|to\s+)?(?:the\s+)?(?:top|bottom|left|right|middle|cent(?:er|re)|"
                        r"corner))", _I)
# "a teddy bear having a tea party", "a family having a picnic", "two friends having lunch": what they do (it was
# read as something they have, "with tea party")
_HAVING_DONE = re.compile(r"\bhaving\s+(?:(?P<at>(?:a|an)\s+(?:[a-z]+\s+)?(?:party|picnic|barbecue|bbq|feast|"
                          r"celebration))"
                          r"|(?P<eat>lunch|dinner|breakfast|brunch|a\s+meal|a\s+snack|a\s+picnic\s+lunch)"
                          r"|(?P<drink>tea|coffee|a\s+drink|a\s+cup\s+of\s+\w+)|(?P<take>a\s+(?:bath|nap|rest|break)))\b",
                          _I)
# "a steampunk airship captain, goggles and all": with them (it drew "a goggles and")
_AND_ALL = re.compile(r",\s*(?P<x>[a-z]+(?:\s+[a-z]+)?)\s+and\s+all\b", _I)
# "luna + usagi vibes": one feel, named by two things (it drew a thing called luna)
_PLUS_VIBES = re.compile(r"\b(?P<a>[a-z]+)\s*\+\s*(?P<b>[a-z]+)\s+(?=(?:vibes?|energy|aesthetic)\b)", _I)
# "take the backpack off her": off whom it comes, said after it
_TAKE_OFF_WHOM = re.compile(r"\btake\s+(?P<x>(?:the|his|her|its|their)\s+[a-z][a-z ]{0,30}?)\s+off\s+(?:of\s+)?"
                            r"(?:him|her|it|them)\b", _I)
# "a deer and a fox in the forest, like the ones we saw on the ridge trail": an aside (it drew "ones we saw")
_LIKE_THE_ONES = re.compile(r",\s*(?:just\s+)?like\s+the\s+ones?\s+(?:we|i|you|they|he|she|my\s+\w+)\s+[^,.!?]{1,60}"
                            r"[.!]*$", _I)
# next to his horse: a horse beside him (his / her / their before a thing beside one is a thing of the picture)
_BESIDE_HIS = re.compile(r"\b(?P<p>next\s+to|beside|behind|near|in\s+front\s+of)\s+(?:his|her|their|its)\s+"
                         r"(?=[a-z])", _I)
# "画一个男孩 and his puppy": in a drawing asked for, his puppy is a second thing ("and his sword silver" is his part)
# "a full moon hanging in the upper right of the sky": the corner of the picture
_CORNER_OF = re.compile(r"\b(?P<c>(?:upper|lower|top|bottom)\s(?:left|right))\s+(?:of|in)\s+the\s+(?:sky|picture|frame|"
                        r"image|canvas|scene|pic|page)\b", _I)
# "at the bottom of the picture, in the middle": the bottom, in the middle of it
_EDGE_MIDDLE = re.compile(r"\b(?P<p>at\s+the\s+(?:top|bottom))(?:\s+of\s+the\s+(?:picture|image|frame|canvas|page|"
                          r"scene))?\s*,?\s+in\s+the\s+(?:middle|centre|center)\b", _I)
# "portrait of an old fisherman, weathered face": how the one drawn looks, said after
# ("…, wrinkled face, kind eyes pls": each)
_FEATURE_WORDS = r"face|eyes|hair|skin|smile|beard|hands|cheeks|nose"
_FEATURE = rf"(?:[a-z]+\s+){{1,2}}(?:{_FEATURE_WORDS})"
_FEATURE_AFTER = re.compile(rf"(?<=[a-z])(?P<items>(?:\s*,\s*{_FEATURE})+)(?P<tail>\s+(?:pls|please|plz))?"
                            r"(?=\s*[.!]*\s*$)", _I)
_ITEM_BEFORE = re.compile(rf",\s*(?:[a-z]+\s+){{1,2}}(?:{_FEATURE_WORDS}|dress|shirt|coat|hat|jacket|skirt|scarf|boots|"
                          r"shoes|glasses)$", _I)


def _features_had(m: re.Match[str]) -> str:
    """", wrinkled face, kind eyes" -> " with a wrinkled face and kind eyes" (" and …" after a list of hers: "a girl,
    blue eyes, long hair")."""
    said = [f.strip() for f in re.findall(rf",\s*({_FEATURE})", m.group("items"), _I)]
    joined = " and ".join(("" if f.endswith("s") else "a ") + f for f in said)
    return (" and " if _ITEM_BEFORE.search(m.string[: m.start()]) else " with ") + joined + (m.group("tail") or "")


# "the front of a victorian terraced house", "exterior of a red brick house", "front elevation of a georgian
# townhouse": the house, seen from the front (or as it is); not a thing called "front of …"
_SIDE_OF_IT = re.compile(r"(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bto\s)(?<!\bby\s)(?<!\bthe\s)"  # (not "in front of")
                         r"\b(?:the\s+)?(?P<side>front(?:\s+elevation|\s+facade|\s+façade)?|facade|façade|exterior|"
                         r"outside|back|rear(?:\s+elevation)?)\s+of\s+(?=(?:a|an|the|our|my|his|her|their)\s)", _I)
# "a realtor holding a SOLD sign, smiling, business casual", "a man in formal wear": an outfit worn, not a thing
_DRESS_CODE = re.compile(r"(?:\s*,\s*|\s+in\s+(?:a\s+)?)(?:dressed\s+in\s+|wearing\s+)?(?P<k>business\s+casual|"
                         r"smart\s+casual|formal\s+wear|casual\s+wear|business\s+attire|black\s+tie|business\s+suit)"
                         r"(?:\s+(?:outfit|clothes|attire|look))?\b", _I)
# "a dragon with fire in its mouth", "…, a bone in its mouth": held there (not a thing "with a mouth")
_IN_ITS_MOUTH = re.compile(r"(?:\s*,\s*|\s+with\s+)(?=(?:(?:a|an|some)\s+)?[a-z]+(?:\s+[a-z]+)?\s+in\s+"
                           r"(?:its|his|her|their)\s+(?:mouth|beak|jaws|paws|hands|claws|arms)\b)", _I)
# "an elderly priest reading from a bible": reading it, held (not a bible of its own, "from" where he is)
_FROM_HELD = re.compile(r"\b(?P<v>reading|(?:drinking|sipping)(?=\s+from\s+\S+\s+(?:[a-z]+\s+)?"
                        r"(?:cup|mug|glass|bottle|can|bowl|teacup)\b))\s+from\s+(?=(?:a|an|the|his|her|their)\s)", _I)
# ("a hummingbird drinking from a flower": the flower stands on its own)
# "draw a cat, not a dog", "画一只猫，不是狗": what the drawing is not, said after it
# ("not too big", 不是很大的 say how it is)
_NOT_THIS_ONE = re.compile(r"\s*[,，]\s*(?:not\s+(?:a|an|the)\s+|(?:而)?不是(?![很太那么特别一])\s*)"
                           r"[^,，。.!！?？]{1,20}?\s*[.!。！]*$", _I)
# "give a cat a hat": a new one, drawn with it (before, a cat and a hat side by side)
_GIVE_A_NEW_ONE = re.compile(r"^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?give\s+(?P<x>(?:a|an|one)\s+[a-z]+"
                             r"(?:\s+[a-z]+)?)\s+(?P<y>(?:a|an|some|two|three)\s+\S.*)$", _I)
# "a young woman in her living room": a place of hers is the place (not "in her hand")
_IN_HERS = re.compile(r"\b(?P<p>in|at)\s+(?:her|his|their|its)\s+(?=(?P<w>[a-z]+(?:\s+[a-z]+)?))", _I)
_AND_HIS = re.compile(r"(?<=[a-z\u4e00-\u9fff])\s+and\s+(?:his|her|their)\s+(?=[a-z])", _I)
_DRAWING = re.compile(r"^(?:draw|paint|sketch|画|(?:an?|one)\s)", _I)
_SOME = re.compile(r"\b(?P<w>up|down|left|right|over)\s+some\b(?=\s*(?:please|pls)?\s*[.!]*$)", _I)
_FACE_CLOSE_UP = re.compile(r"(?:脸部|面部|脸|头部)(?:的)?特写|\bclose[\s-]?up\s*在(?:他|她|它)的?脸上", _I)
_FEEL_OF_TIME = re.compile(r"(?:^|(?<=[\s,，。]))(?P<t>春天|夏天|秋天|冬天|夜晚|黄昏|清晨|雨天|雪天)的"
                           r"(?:感觉|氛围|气息|味道)")
_NOW_BEFORE_ZH = re.compile(r"^(?:(?:ok(?:ay)?|so|alright|and|cool)\s+)?now\s+(?=[\u4e00-\u9fff])", _I)
_NO_NUMBER_ZH = re.compile(r"(?<=[来加])(?=[颗朵棵匹辆艘盏][\u4e00-\u9fff])")  # 再来颗星星: 再来一颗星星
# 一左一右 / 一上一下 after two things: one on each side
_ONE_EACH_WAY_ZH = re.compile(r"[，,\s]*一(?P<a>[左上])一(?P<b>[右下])(?:地|的)?(?:摆着|放着|放)?(?=$|[\s，,。！!])")
_WAY_ZH = {"左": "左边", "右": "右边", "上": "上面", "下": "下面"}
# 大的在上面 小的在下面: the big one goes to the top (it read: made big, and moved)
_DESCRIBED_AT_ZH = re.compile(r"(?:^|(?<=[\s,，。]))"
                              r"(?P<d>(?![一两三画加再来])[\u4e00-\u9fff]{1,3}的(?:那[个只条棵朵])?)在(?=(?:最)?(?:上面|下面|左边|右边|中间|上方|下方|[左右][上下]角))")
# "emm 还是圆形好了", "hmm 把它…": a sound before Chinese is nothing to read
_SOUND_BEFORE_ZH = re.compile(r"^(?:e+m+|h+m+|u+m+|u+h+|e+r+m*)[\s,，.。]+(?=[\u4e00-\u9fff])", _I)
_OFF_AGAIN = re.compile(r"\b(?P<w>off|away|out)\s+again\b", _I)  # "take the hat off again"
# "put a red bow on its head": given to it, worn
_ON_ITS_HEAD = re.compile(r"^(?P<v>put|place|stick|add)\s+(?P<x>(?:a|an|some|one)\s+.+?)\s+on\s+"
                          r"(?P<who>his|her|its|their|the\s+[a-z]+'s)\s+(?:head|neck|nose|face|back|ears?|tail|wrist|"
                          r"shoulders?|"
                          r"collar)\b(?P<rest>.*)$", _I)
_OBJECT = {"his": "him", "her": "her", "its": "it", "their": "them"}
# "and red rain boots on her pls", "also a blue hat on him": worn by them, given
_ON_HIM = re.compile(r"^(?P<lead>(?:(?:and|also|now|ok|okay|plus)[\s,]+)*)"
                     r"(?P<x>(?!(?:put|place|add|stick)\b)(?:(?:a|an|some)\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)"
                     r"\s+on\s+(?P<who>him|her|them)(?P<rest>(?:\s+(?:too|please|pls|as\s+well))*\s*[.!]*)$", _I)
# 再来一个一样的 at the bottom: an English place after Chinese, said in Chinese
_EN_PLACE_AFTER_ZH = re.compile(r"(?<=[\u4e00-\u9fff])\s*\b(?:at|on|in)\s+the\s+(?P<p>top\s+left|top\s+right|"
                                r"bottom\s+left|bottom\s+right|top|bottom|left|right|middle|center|centre)"
                                r"(?:\s+(?:corner|side))?\b", _I)
_SAID_AS = {"middle": "center", "centre": "center"}
# "shift it one square to the left", "move down one step", "再向右移一格": one step of the grid is a bit that way
_ONE_STEP = re.compile(r"\b(?:by\s+)?one\s+(?:square|step|space|cell|spot|notch|place)\b", _I)
_ONE_STEP_ZH = re.compile(r"(?<=[移挪动走])一(?:格|步)|一(?:格|步)(?=$|[\s，,。!！])")
# "put the sun in top right corner": the corner, said without "the"
_NO_THE = re.compile(r"\b(?P<p>in|at|to|on)\s+(?=(?:top|bottom|upper|lower)(?:\s+|-)(?:left|right)\b)", _I)
# "a pink square right in the middle": right is how exactly, not a side
_RIGHT_IN = re.compile(r"\bright\s+(?=(?:in|at)\s+the\s+(?:middle|center|centre|top|bottom|corner)\b)", _I)
# "she should also wear round glasses", "can the horse have a pink saddle": given to them
_SHOULD_WEAR = re.compile(r"^(?:(?:she|he|they)(?:'s|\s+is|\s+are)\s+asking\s+)?(?:(?P<who>he|she|they|the\s+[a-z]+)"
                          r"\s+(?:should|could|can|must|needs\s+to)\s+(?:also\s+)?(?:wear|have|get|hold)|(?:can|could)\s+"
                          r"(?P<who2>he|she|they|it|the\s+[a-z]+(?:\s+one)?)\s+(?:also\s+)?(?:have|get|wear))\s+"
                          r"(?=[a-z])", _I)
# "put the sun top right, orange color": the colour of the thing just named
_COLOUR_SAID_AFTER = re.compile(r"(?<=[a-z])\s*[,，]\s*(?P<c>[a-z]+(?:\s+[a-z]+)?)\s+colou?r\s*[.!]*$", _I)
OBJECT_OF = {"it": "it", "he": "him", "she": "her", "they": "them"}  # "she should wear…": give her…
# "give it a gold bell around its neck": what it wears, where it wears it said too
_AROUND_ITS = re.compile(r"^(?P<g>give\s+(?:it|him|her|them|the\s+[a-z]+)\s+.+?)\s+(?:around|round|on)\s+"
                         r"(?:its|his|her|their)\s+(?:neck|head|wrist|tail)\b", _I)
_THEM_ALL_ZH = re.compile(r"\b(?P<w>them|they)\s*都\s*", _I)  # "make them 都 黑色": them all
# "the sun please move down one step": please said after the thing
_PLEASE_AFTER = re.compile(r"^(?P<x>(?:the|that|this)\s+[a-z]+)\s+(?:please|pls|plz)\s+(?=move|make|put|turn|go)", _I)
# British "stood on a ladder", "parked up": standing there, parked
_STOOD = re.compile(r"\b(?P<v>stood|knelt)(?=\s+(?:on|in|at|by|next\s+to|under|beside|near|behind|outside|inside|"
                    r"against|in\s+front\s+of|on\s+top\s+of)\b)|\bparked\s+up\b", _I)
# "draw a white boiler, combi one": the kind of the one thing said after it (a combi boiler)
_KIND_ONE = re.compile(r"(?<=\s)(?P<n>(?!(?:pls|please|plz|more|too|also|thanks|then|now)\b)[a-z]+)"
                       r"\s*,\s*(?:a\s+)?(?P<k>(?!(?:the|this|that|another|new|same|other|each|"
                       r"every|no|any|which|last|first|next|one|only|just)\b)[a-z]+)\s+one"
                       r"\s*(?:pls|please)?\s*[.!]*$", _I)
# "a dog like him but cartoon", "green like mine": like the one the person has (not in the picture)
# (not "…, purple one", "…, simple one": a value the other rules read)
_A_VALUE = re.compile(r"^(?:simple|plain|basic|cute|nice|pretty|realistic|cartoon|little|tiny|huge|large|long|short|"
                      r"tall|old|new|young|bright|dark|light|pale)$|^(?:" + "|".join(
                          f for t in (*vocab.COLOURS.values(), *vocab.SIZES.values()) for f in t.en) + ")$", _I)
_LIKE_MINE = re.compile(r"(?<=[a-z])(?<!\bnot)(?<!\blook)(?<!\blooks)(?<!\bbe)(?<!\bis)(?<!\bit)"
                        r"\s+like\s+(?:him|her|them|mine|ours|his|hers|this|that|"
                        r"the\s+(?:photo|picture|pic|image))"
                        r"(?=\s*(?:but\b|[,.!?]|$))", _I)
_BUT_STYLE = re.compile(r"(?<=[a-z])\s+but\s+(?=(?:cartoon|anime|realistic|pixel|watercolou?r|sketch|3d|chibi|cute)\b)",
                        _I)
# "i want her on plain paper kind of": on a plain background
_ON_PAPER = re.compile(r"\b(?:on|onto)\s+(?:a\s+)?(?P<c>plain|blank|white|bare)\s+"
                       r"(?:paper|page|sheet(?:\s+of\s+paper)?)"
                       r"(?:\s*,?\s+kind\s+of|\s+kinda|\s+sort\s+of)?(?=\s*[,.!?]|\s*$)", _I)
# "给他一把扇子 in his hand", "give her a flower in her hand": held, said where
_IN_HIS_HAND = re.compile(r"\s+in\s+(?:his|her|its|their|the)\s+(?:hand|hands|paw|paws)\b(?=\s*[.!,]*\s*$)", _I)
# "a knight on horseback riding through…", "on a white horse riding": riding it
_ON_HORSEBACK = re.compile(r"\bon\s+(?:(?:a|an|his|her)\s+(?P<c>[a-z]+\s+)?horse(?=\s+riding\b)|horseback)"
                           r"(?:\s+riding\b)?", _I)
# "two cats, one black and one white, sleeping on a sofa": what both do, said after which is which
_EACH_THEN_BOTH = re.compile(r"^(?P<lead>.*?\b(?:two|three|2|3)\s+[a-z]+s)\s*,\s*(?P<each>one\s+[a-z]+(?:\s+[a-z]+)?\s+"
                             r"and\s+(?:one|the\s+other)\s+[a-z]+(?:\s+[a-z]+)?)\s*,\s*(?P<tail>[a-z]+ing\b.*)$", _I)
# "a kid riding a bike with a dog running behind": another one, doing its own thing beside the first
_WITH_ANOTHER_DOING = re.compile(r"\s+with\s+(?P<y>(?:a|an|his|her|their)\s+[a-z]+)\s+(?P<v>[a-z]{3,}ing)\s+"
                                 r"(?P<p>behind|beside|after|alongside|next\s+to)(?:\s+(?:him|her|them|it))?"
                                 r"(?=\s*(?:[,.!?]|$))", _I)
# "a man walking a dog on a leash": the leash is the walk's
_ON_A_LEASH = re.compile(r"(?<=\bdog)\s+on\s+(?:a|its|his|her)\s+(?:leash|lead)\b", _I)
# "make the colors more vibrant", "crop closer": how the whole picture looks
_COLOURS_MORE = re.compile(r"\bmake\s+(?:the\s+|all\s+the\s+)?colou?rs\s+(?:(?:a\s+bit\s+|a\s+lot\s+)?more\s+)?"
                           r"(?:vibrant|vivid|saturated|bright|brighter|bold|bolder|pop)\b", _I)
_CROP_CLOSER = re.compile(r"\bcrop\s+(?:it\s+|in\s+)?(?:a\s+bit\s+)?(?:closer|tighter|in)\b", _I)
# "an old marathon runner, like 70 yrs old but still going": an age, no count of things
_AGE_SAID = re.compile(r"[\s,]+(?:like\s+|about\s+|around\s+|maybe\s+)?\d{1,3}\s*(?:yrs?|years?|y/?o)(?:\s+old)?"
                       r"(?:\s+but\s+still\s+[a-z]+)?(?=\s*(?:[,.!?]|$))", _I)
_SWAP_TO = re.compile(r"^swap\s+(?=(?:the|his|her|its|their)\s+.+?\s+to\s+)", _I)  # "swap the coat to red"
# "make the square a circle too": the change of what it is, as was made of another
_RETYPE_TOO = re.compile(r"^(?P<h>(?:make|turn)\s+(?:(?:the|that|this)\s+[a-z]+|it)\s+(?:into\s+)?an?\s+[a-z]+)\s+"
                         r"(?:too|as\s+well)\s*[.!]*$", _I)
_DONE_AFTER_NUMBER = re.compile(r"(?<=\d)\s*(?:就行了?|就好了?|就可以了?|即可)(?=\s*[。.!！]*\s*$)")


# "The cap ought to be dark blue, not brown": the new value said, the old one only denied
_SHOULD_NOT = re.compile(r"(?P<a>\b(?:the|his|her|its|their)\s+[a-z][a-z ]*?\s+(?:should|must)\s+be\s+[^,.;!?]+?)"
                         r",?\s+not\s+(?:the\s+)?[a-z]+(?=\s*(?:[.!;]|$))", _I)


# "the one i added last", "the last one you drew": the last one; "刚才那只猫", "刚才加的那只": 那只猫
_ADDED_WHEN = re.compile(r"\bthe\s+one\s+(?:i|you|we)\s+(?:just\s+)?(?:added|drew|made|put(?:\s+in)?)\s+"
                         r"(?P<o>last|first)\b|\bthe\s+(?P<o2>last|first|latest|newest)\s+one\s+(?:i|you|we)\s+(?:just\s+)?"
                         r"(?:added|drew|made|put(?:\s+in)?)\b", _I)
_JUST_NOW_ZH = re.compile(r"刚才(?:加|画|放|添)?的?(?=[那这])")
# "and a blue one too" after a thing was added: another one, blue
_ONE_TOO = re.compile(r"^(?P<lead>(?:(?:and|oh|also|plus)\s+)*)(?:a|an)\s+(?P<v>[a-z]+(?:\s+[a-z]+)?)\s+one\s+"
                      r"(?:too|as\s+well|also)\s*[.!]*$", _I)


# 让它们在公园里玩: where they are, the picture's place (跑, 飘 are poses, read by the rules for 让它在草地上跑)
_LET_THEM_BE_ZH = re.compile(r"^(?:让|叫)(?:它们|他们|她们|它|他|她)(?:都|俩)?(?:在|去)(?P<p>[\u4e00-\u9fff]{1,6}?)"
                             r"(?:里|上|中|边)?(?:玩|玩耍|待着|呆着|休息)(?:吧|呀|啊|哦)?$")
# 她也要一把 umbrella: one for her too, given; 它也要紫色的: the colour too
_WANTS_ONE_ZH = re.compile(r"^(?P<w>他|她|它)(?:也|还)?要(?P<x>一[把顶个只条件副双根支朵]\s*\S.*)$")
# 肚子上再加两颗纽扣: on its body, its part
_ON_ITS_BODY_ZH = re.compile(r"^(?:在)?(?:它|他|她)?的?(?:肚子|肚皮|胸前|胸口|身上|头上|脖子|背上|手上|脸上|脚上)"
                             r"上?(?=(?:再|也|还)?(?:加|画|添|戴|放|挂))")


# 戴帽子的那个穿上红色的衣服: the one with the hat is given the red clothes
_WHO_THEN_WEARS_ZH = re.compile(rf"^(?P<d>{WHO_BY_PART_ZH}[\u4e00-\u9fff]{{0,3}}?)"
                                r"(?=(?:再|也)?(?:穿上|戴上|拿上|加上|加个|加一|拿着|穿|戴))")


# "the short guy gets an axe and a red beard", "she gets a crown": given to them
_GETS = re.compile(r"^(?P<x>(?:the|that|this)\s+[a-z][a-z ]*?|he|she|they)\s+(?:gets|should\s+get|can\s+get|"
                   r"will\s+get)\s+(?P<y>(?:a|an|some|two|three)\s+(?!one\b).+)$", _I)


_WHERE_NEXT_LINE_ZH = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*\n[ \t]*(?=在[^，,。\n]{1,6}?(?:里|上|中|边|下)"
                                 r"(?![^\n]*[画加添放])[\u4e00-\u9fff])")


def said_loosely(text: str) -> str:
    """The message with each loose way of saying a request said as the rules read it; the rest as it was."""
    text = _OUT_OF_THERE.sub(lambda m: "remove " + m.group("x"), text)
    text = _NOT_NEEDED.sub(lambda m: "remove " + m.group("x") + " too", text.strip())
    text = _ON_ITS_OWN.sub(lambda m: "keep only " + m.group("x"), _JUST_THE_REST.sub(lambda m: m.group("r"), text))
    text = _LIKE_AT_MINE.sub("", _BESIDE_HIS.sub(lambda m: m.group("p") + " a ", text))
    text = _LIKE_THE_ONES.sub("", _MOVED_SO.sub(lambda m: m.group("m"), text))
    text = _REQUEST_RUN_ON.sub(r"\g<lead>. ", _SO_ITS_THERE.sub(lambda m: f"{m.group('v')} {m.group('t')} ", text))
    text = _AND_ALL.sub(r" with \g<x>", _PUT_POSED.sub(lambda m: f"{m.group('p')} {m.group('t')} ", text))
    text = _TAKE_OFF_WHOM.sub(r"take off \g<x>", _PLUS_VIBES.sub(r"\g<a> \g<b> ", text))
    text = _HAVING_DONE.sub(lambda m: f"at {m.group('at')}" if m.group("at") else f"eating {m.group('eat')}" if m.group(
        "eat") else f"drinking {m.group('drink')}" if m.group("drink") else f"taking {m.group('take')}", text)
    text = _TAKE_OUT_WHY.sub(lambda m: f"take out {m.group('x')}, ", _PERCHED_THEN_HOLDING.sub(r"\g<a>, ", text))
    text = _MY_WHO_A.sub(lambda m: m.group("v") if m.group("who").lower() in _RELATIVES else m.group(0), text)
    text = _EDGE_MIDDLE.sub(lambda m: m.group("p"), _CORNER_OF.sub(lambda m: m.group("c"), text))
    if re.match(r"(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|sketch)\b|(?:请|帮我)?画", text, _I):
        text = _NOT_THIS_ONE.sub("", text)  # (not "a star, not a circle": a correction of the one drawn)
    text = _IN_ITS_MOUTH.sub(" holding ", text)
    text = _DRESS_CODE.sub(lambda m: f" in a {m.group('k')} outfit", text)
    side = _SIDE_OF_IT.search(text)
    if side:
        view = {"front": "front view", "facade": "front view", "façade": "front view", "back": "back view",
                "rear": "back view"}.get(side.group("side").split()[0].lower())
        text = text[: side.start()] + text[side.end():] + (f", {view}" if view else "")
    text = _FROM_HELD.sub(r"\g<v> ", text)
    text = _GIVE_A_NEW_ONE.sub(lambda m: f"{m.group('x')} with {m.group('y')}", text)
    if _DRAWING.match(text) or re.match(r"(?:portrait|close[\s-]?up|picture|photo)\s+of\b", text, _I):
        text = _FEATURE_AFTER.sub(_features_had, text)
    text = _IN_HERS.sub(lambda m: m.group(0) if not (parse_place(f"{m.group('p')} the {m.group('w')}")[0]
                                                     or parse_place(f"{m.group('p')} the {m.group('w').split()[0]}")[0])
                        else f"{m.group('p')} the ", text)
    if _DRAWING.match(text):
        text = _AND_HIS.sub(" and a ", text)
    text = _SOME.sub(lambda m: m.group("w") + " a bit", text)
    text = _FACE_CLOSE_UP.sub(lambda m: "close-up" if m.group(0)[:1].isascii() else "特写", text)
    text = _FEEL_OF_TIME.sub(lambda m: m.group("t"), text)
    text = _NOW_BEFORE_ZH.sub("", text)
    text = _ONE_EACH_WAY_ZH.sub(lambda m: f"，一个在{_WAY_ZH[m.group('a')]}，一个在{_WAY_ZH[m.group('b')]}", text)
    text = _DESCRIBED_AT_ZH.sub(lambda m: m.group("d") + "放在", _SOUND_BEFORE_ZH.sub("", text))
    text = _OFF_AGAIN.sub(lambda m: m.group("w"), text)
    worn = _ON_ITS_HEAD.match(text)
    if worn and worn.group("x").split()[-1].lower() in vocab.WORN:  # a crow on its head is no part of it
        who = worn.group("who").lower()  # ("the cat's head": the cat)
        who = _OBJECT.get(who) or who.removesuffix("'s")
        text = f"give {who} {worn.group('x')}{worn.group('rest')}"
    worn = _ON_HIM.match(text)
    if worn and worn.group("x").split()[-1].lower() in vocab.WORN:
        text = f"{worn.group('lead')}give {worn.group('who')} {worn.group('x')}{worn.group('rest')}"
    text = _EN_PLACE_AFTER_ZH.sub(lambda m: "在" + _place_zh(m.group("p")), text)
    text = _ONE_STEP_ZH.sub("一点", _ONE_STEP.sub("a bit", text))
    text = _RIGHT_IN.sub("", _NO_THE.sub(lambda m: m.group("p") + " the ", text))
    text = _SHOULD_WEAR.sub(lambda m: "give " + OBJECT_OF.get((m.group("who") or m.group("who2")).lower(),
                                                           m.group("who") or m.group("who2")) + " ", text)
    text = _AROUND_ITS.sub(lambda m: m.group("g"), text)
    said = _COLOUR_SAID_AFTER.search(text)
    if said and vocab.lookup(vocab.COLOURS, said.group("c")):
        text = text[:said.start()] + ", make it " + said.group("c")
    text = _THEM_ALL_ZH.sub(lambda m: m.group("w") + " all ", text)
    text = _STOOD.sub(lambda m: {"stood": "standing", "knelt": "kneeling"}.get((m.group("v") or "").lower(), "parked"),
                      text)
    if re.match(r"(?:(?:can|could)\s+(?:you|u)\s+)?(?:draw|paint|sketch|an?\s)", text, _I):
        text = _KIND_ONE.sub(lambda m: m.group(0) if _A_VALUE.search(m.group("k"))
                             else f"{m.group('k')} {m.group('n')}", text)
    if re.match(r"(?:give|给)", text, _I):  # ("a red rose in her hand" alone: held, read by the part rules)
        text = _IN_HIS_HAND.sub("", text)
    text = _BUT_STYLE.sub(", ", _LIKE_MINE.sub("", text))
    text = _ON_A_LEASH.sub("", _WITH_ANOTHER_DOING.sub(lambda m: f" and {m.group('y')} {m.group('v')} {m.group('p')} "
                                                       + _OBJECT.get(m.group("y").split()[0].lower(), "him"), text))
    text = _AGE_SAID.sub("", text)
    text = _CROP_CLOSER.sub("zoom in", _COLOURS_MORE.sub("more vibrant colors", text))
    text = _EACH_THEN_BOTH.sub(lambda m: f"{m.group('lead')} {m.group('tail')}, {m.group('each')}", text)
    text = _ON_HORSEBACK.sub(lambda m: f"riding a {m.group('c') or ''}horse", text)
    text = re.sub(r"\b(riding\s+an?\s+(?:[a-z]+\s+)?horse)\s+riding\b", r"\1", text, flags=_I)
    text = _ON_PAPER.sub(lambda m: "on a " + ("white" if m.group("c").lower() == "white" else "plain") + " background",
                         text)
    text = _PLEASE_AFTER.sub(lambda m: m.group("x") + " ", _SWAP_TO.sub("change ", text))
    text = re.sub(r"\bought\s+to\s+be\b", "should be", _RETYPE_TOO.sub(lambda m: m.group("h"), text), flags=_I)
    text = _SHOULD_NOT.sub(lambda m: m.group("a"), _JUST_NOW_ZH.sub("", text))
    text = _ADDED_WHEN.sub(lambda m: "the " + ("first" if (m.group("o") or m.group("o2")).lower() == "first"
                                               else "last") + " one", text)
    text = _ONE_TOO.sub(lambda m: f"add another {m.group('v')} one", text.strip())
    text = _LET_THEM_BE_ZH.sub(lambda m: f"背景换成{m.group('p')}", text)
    text = _WANTS_ONE_ZH.sub(lambda m: f"给{m.group('w')}{m.group('x')}", _ON_ITS_BODY_ZH.sub("给它", text))
    text = re.sub(r"改(?=[大小](?:一点|点|些)?(?:$|[，,。！!\s]))", "变", text)  # 然后改小: smaller
    text = _WHO_THEN_WEARS_ZH.sub(lambda m: "给" + m.group("d"), text)
    text = _WHERE_NEXT_LINE_ZH.sub("", text)  # "画一只小狗\n在公园里追…": what it does, on the next line
    text = _GETS.sub(lambda m: f"give {_as_one(OBJECT_OF.get(m.group('x').lower(), m.group('x')))} {m.group('y')}",
                     text)
    text = re.sub(r"(?P<v>[站坐躺靠挤蹲])在一起", r"\g<v>着", text)  # 两个男孩站在一起: standing, side by side
    # "on black 背景", "sky blue 背景": an English colour for the background
    text = re.sub(r"(?<=[A-Za-z])\s*(?:背景|底色)(?:色)?(?=$|[\s，,。!！])", " background", text)
    return _NO_NUMBER_ZH.sub("一", _DONE_AFTER_NUMBER.sub("", text))


def _as_one(who: str) -> str:
    """"the short guy" -> "the short one": a word for anyone, so what is said of them tells which."""
    return re.sub(r"\s+(?:guy|dude|fella|lady|kid|person)$", " one", who, flags=_I)


def _place_zh(said: str) -> str:
    """"top left" -> 左上角, "bottom" -> 下方: the vocabulary's own Chinese for a place in the picture."""
    key = " ".join(said.lower().split())
    return vocab.POSITIONS[_SAID_AS.get(key, key)].zh[0]
