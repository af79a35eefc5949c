"""Ways of asking that say a change without its usual verb, rewritten into the words the change rules read:
"the cat is too big" (make the cat smaller), 树太大了 (把树变小一点), "red looks better for the dragon" (make the dragon
red), "no wait, go back to black" (make it black), "光线改成柔光" (柔光), "give it a scarf to wear", "add some fog"
(make it foggy), "the left one can be blue" (the left one blue), "something totally different: a penguin" (draw a
penguin), 两个换一下位置, 中间偏左画一只羊, "cinematic close-up of a knight" (the knight, then each look), 再换回正方形
(换成正方形), "draw her at night" (at night), "balloons held by an old lady" (an old lady holding balloons),
"balloons all pink" (make the balloons pink), "photographed from above" (from above), 背景就是黄昏 (黄昏),
背景来个 black (背景换成black), 放大一点点 (放大一点). Only words: nothing here reads the Scene."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.en_words import article
from prompt_enhancer.rules.casual import BARE_REMOVE_ZH
from prompt_enhancer.rules.doing_said import as_doing_said
from prompt_enhancer.rules.shade_said import as_shade_said
from prompt_enhancer.rules.drawn_alone import MORE_WORN
from prompt_enhancer.rules.phrase import clean_rest, parse_phrase, parse_style
from prompt_enhancer.rules.setting_phrase import bare_landscape, parse_looks, parse_setting, parse_times

_I = re.IGNORECASE

# "the cat is too big", "mouse way too big", "why is the horse so tiny", "the cow looks so small": a complaint
_TOO_EN = re.compile(r"^(?P<t>.+?)(?:\s+(?:is|are|looks?|seems?)|\s*['’]s)\s+"
                     r"(?:way\s+|much\s+|a\s+bit\s+|a\s+little\s+|kinda\s+|"
                     r"a\s+little\s+bit\s+)?too\s+(?P<w>big|large|huge|small|tiny|little)$"
                     r"|^(?P<t2>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:way|much|kinda|far)\s+too\s+"
                     r"(?P<w2>big|large|huge|small|tiny|little)$"
                     r"|^(?:why\s+(?:is|are)\s+|(?:omg\s+)?)(?P<t3>(?:the|this|that|my|her|his|its)\s+[a-z]+(?:\s+[a-z]+)?)"
                     r"(?:\s+(?:is|are|looks?|seems?))?\s+(?:so|sooo+|really|super)\s+"
                     r"(?P<w3>big|large|huge|small|tiny|little)$", _I)
_TOO_ZH = re.compile(r"^(?P<t>.*?)(?:有点|有些|实在|怎么这么|为什么这么|为啥这么|咋这么|这么)?太?(?<=太|么)(?P<w>大|小)"
                     r"(?:了|啊|呢|呀)?(?:吧|啦|呀)?$")
_BETTER = re.compile(r"^(?P<v>[a-z]+(?:\s+[a-z]+)?)\s+(?:looks?|would\s+look|is|seems?|might\s+look)\s+"
                     r"(?:a\s+lot\s+|much\s+)?better\s+(?:for|on)\s+(?P<t>.+)$", _I)
# "they are on the beach playing together", "playing together", "both are sleeping": each of them
_TOGETHER = re.compile(r"(?:and\s+)?(?:(?:they(?:'re|\s+are)|both(?:\s+are)?)\s+(?P<where>(?:on|in|at)\s+(?:the|a)\s+"
                       r"[a-z]+\s+)?(?P<v>[a-z]+ing)(?:\s+together)?|(?P<v2>[a-z]+ing)\s+together)", _I)
_UNDO_LOOK = re.compile(r"^(?:no\s+)?(?:undo|revert)\s+(?:the\s+)?(?P<x>.+)$", _I)
_GO_LIGHTER = re.compile(r"^(?:can|could)\s+(?P<t>the\s+[a-z]+(?:\s+[a-z]+)?|it|they|them)\s+(?:go|get|be)\s+"
                         r"(?:a\s+(?:touch|bit|little|tad)\s+|slightly\s+|much\s+)?(?P<v>lighter|darker|brighter|paler|bigger|smaller|larger)$",
                         _I)
_FLY_TO = re.compile(r"^(?:can|could)\s+(?P<t>the\s+[a-z]+|it|he|she)\s+(?:now\s+)?"
                     r"(?:fly|hop|jump|walk|run|swim|climb)\s+(?:across|over|down|up|away)?\s*(?:and\s+)?(?:settle|land|perch|sit|stand|rest)\s+"
                     r"(?P<w>(?:on|in|at|by|beside|next\s+to)\s+.+)$", _I)
_LOOKED_BETTER = re.compile(r"^(?:the\s+)?(?P<v>[a-z][a-z &-]+?)\s+(?:looked|was|looks)\s+"
                            r"(?:a\s+lot\s+|much\s+|way\s+)?better$", _I)
_WOULD_BE_NICE = re.compile(r"^(?P<v>[a-z][a-z &'-]{1,30}?)\s+(?:would|could|might)\s+(?:be|look)\s+(?:so\s+|really\s+|"
                            r"kinda\s+|pretty\s+)?(?:cool|nice|great|good|awesome|fun|neat|lovely|interesting)"
                            r"(?:\s+(?:too|as\s+well|also))?$", _I)
# ("no, back to the heart": what it was, said with "the")
_BACK_TO = re.compile(r"^(?:(?:go|change\s+it|switch\s+it|turn\s+it|put\s+it|make\s+it)\s+)?back\s+to\s+(?P<v>.+)$", _I)
_BACK_TO_ZH = re.compile(r"^(?P<pre>.*?)(?P<v>换|改|变|画)回(?:成|到)?(?P<x>(?!来|去|原|之前|以前|刚才)[^，,]+)$")
_LIGHT_ZH = re.compile(r"^(?:把)?(?:光线|灯光|光照)(?:改成|换成|变成|调成|要)(?P<x>.+)$")
_LOOK_FIRST_ZH = re.compile(r"^(?:整体)?(?:色调|画面|风格|画风|整体|光线|氛围)(?:再|更|要)?(?P<x>[\u4e00-\u9fff]{2,5}?)"
                            r"(?:一点|一些|点|些)?(?:吧|啦)?$")
_LIGHT_EN = re.compile(r"^(?:make|turn|change|set)\s+the\s+(?:lighting|light|lights)\s+(?:to\s+|into\s+)?(?P<x>.+)$",
                       _I)
_TO_WEAR = re.compile(r"\s+to\s+(?:wear|put\s+on|hold|carry)$", _I)
_WEATHER_EN = re.compile(r"^(?:add|put|throw\s+in|bring\s+in|let\s+there\s+be)\s+"
                         r"(?:some\s+|a\s+bit\s+of\s+|a\s+little\s+|more\s+|light\s+|thick\s+)?"
                         r"(?P<w>fog|mist|rain|snow)\b.*$", _I)
# "make it rain harder", "make the snow heavier", "heavier rain": the weather (one rain, however hard)
_WEATHER_MORE = re.compile(r"^(?:(?:make|let)\s+it\s+)?(?P<w>rain|snow)\s+(?:harder|heavier|heavily|more|a\s+lot)"
                           r"(?:\s+(?:please|pls|plz))?$|^(?:make\s+)?the\s+(?P<w2>rain|snow)\s+(?:heavier|harder|"
                           r"stronger|thicker)$|^(?:add\s+)?(?:heavier|harder|thicker)\s+(?P<w3>rain|snow)$",
                           _I)
# "i want only the tram": that one kept, the others out (not a new picture of "only the tram")
_ONLY_WANTED = re.compile(r"^(?:i\s+(?:just\s+|only\s+)?(?:want|need)|i'?d\s+like)\s+(?=(?:only|just)\s+the\s)", _I)
# "can i see the same on black?" (read as "draw the same on black"): the picture again, on black
_SAME_ON = re.compile(r"^(?:(?:can|could)\s+(?:i|we|you|u)\s+(?:see|get|have|do|make)|show\s+me|let\s+me\s+see|"
                      r"draw|paint|do)\s+(?:the\s+)?same(?:\s+(?:one|thing|picture|pic|image))?\s+(?:but\s+)?"
                      r"(?=on\s|in\s|with\s)", _I)
# "add sun rays from above": where the rays come from, not a camera looking down
_LIGHT_FROM_ABOVE = re.compile(r"(?P<l>\b(?:rays|light|lights|sunlight|beams?|glow|shining|coming|falling|pouring|"
                               r"streaming|lit))\s+from\s+above\b", re.IGNORECASE)
# "ink it in black and white", "render it in watercolor": the look or style it is done in
_DONE_IN = re.compile(r"^(?:ink|render|draw|paint|do|shade|colou?r|redo|shoot)\s+(?:it|this|them|everything|"
                      r"the\s+whole\s+(?:thing|picture))\s+in\s+(?P<x>.+)$", _I)
# "swap the low angle for a close-up on his face": one look for another
_LOOK_SWAP = re.compile(r"^(?:swap|switch|change|replace|trade)\s+(?:the\s+)?(?P<a>.+?)\s+(?:for|to|with)\s+"
                        r"(?:a\s+|an\s+)?(?P<b>.+)$", _I)
_WEATHER_ZH = re.compile(r"^(?:再)?加(?:点|一点|些)?(?P<w>雾|雨|雪)(?:吧)?$")
_CAN_BE = re.compile(r"\s+(?:can|could)\s+be\s+(?=\S)", _I)  # "should be" has rules of its own


# "draw her at night", "show it in the snow": the picture's setting changed, said as drawing the thing there
_DRAW_IT_THERE = re.compile(r"^(?:draw|show|paint|put|render)\s+(?:it|her|him|them|this)\s+"
                            r"(?P<x>(?:at|in|on|during|under|by)\s+.+)$", _I)
# "a bunch of balloons held by an old lady who's standing by a bus stop": the holder first, as it is usually said
_HELD_BY = re.compile(r"^(?P<x>(?:a|an|the|some|two|three)\s+.+?)\s+(?P<v>held|carried|worn|hugged)\s+by\s+"
                      r"(?P<y>(?:a|an|the|some)\s+[\w\s-]+?)(?:\s*,?\s+(?:who(?:'s|\s+is)|that(?:'s|\s+is)|"
                      r"which\s+is)\s+(?P<rest>.+))?$", _I)
_BACKGROUND_WANTED = re.compile(r"^(?:背景|底色)(?:就|也|再)?(?:来个|来一个|来点|要个|要一个|用个|\s+(?=[A-Za-z]))"
                                r"(?P<x>.+)$")
_BACKGROUND_TO = re.compile(r"^(?:warm|cool|tone|bring|brighten|darken|lighten|soften)\s+(?:the\s+)?(?:background|"
                            r"backdrop|bg)\s+(?:(?:up|down|over)\s+)?(?:to|into)\s+(?:a\s+)?(?P<x>.+)$", _I)
_BACKGROUND_IS_TIME = re.compile(r"^(?:背景|天色|天空)(?:就|也)?(?:是|为|用|改成|换成|变成)?(?P<x>.+)$")
_SEEN_AS = re.compile(r"^(?:photographed|shot|seen|viewed|captured|taken|framed|drawn|painted|rendered|filmed)\s+"
                      r"(?P<x>.+)$", _I)
# "balloons all pink pls": the things named, made that
_ALL_VALUE = re.compile(r"^(?!(?:make|turn|paint|colou?r|change|set|let|get|them|they|it|we|i)\b)(?:the\s+)?"
                        r"(?P<t>[a-z][\w\s-]*?)\s+(?:all|both)\s+(?P<v>[a-z]+(?:\s+[a-z]+)?)$", _I)
_HELD_VERB = {"held": "holding", "carried": "carrying", "worn": "wearing", "hugged": "hugging"}
_OUTSIDE_WEATHER = re.compile(r"^(?:外面|窗外|外边|外头)(?P<w>(?:正在|在)?下.*?[雨雪].*?)(?:的(?:感觉|氛围|样子))?$")


# "city street behind her", "a forest in the background": where the picture is, said behind its things
_BEHIND_THEM = re.compile(r"^(?:and\s+|with\s+)?(?:there'?s\s+|there\s+is\s+)?(?:a\s+|an\s+|the\s+)?"
                          r"(?P<v>[a-z][a-z\s]+?)\s+"
                          r"(?:behind|in\s+the\s+background(?:\s+behind)?)(?:\s+(?:her|him|them|it|everything|everyone))?$",
                          _I)
_AS_BACKGROUND = re.compile(r"^(?:(?:and|with|use|using)\s+)?(?:a\s+|an\s+|the\s+)?(?P<v>[a-z][a-z\s-]{1,30}?)\s+as\s+"
                            r"(?:the\s+|a\s+)?(?:background|backdrop|bg)$", _I)
_SHOT_OF = re.compile(r"给(?:他|她|它|他们|[\u4e00-\u9fff]{1,4}?)的?[\u4e00-\u9fff]{1,6}(?:来)?(?:一个|个)?"
                      r"(?P<shot>特写|近景|远景)(?:镜头)?"
                      r"|(?:a\s+|an\s+)?(?P<shot_en>close-?up|extreme\s+close-?up|wide\s+shot)\s+(?:of|on)\s+"
                      r"(?:his|her|its|their|the)\s+[a-z]+(?:\s+and\s+(?:his\s+|her\s+)?[a-z]+)?", _I)
_GROUND_COLOUR = re.compile(r"(?:背景|底色)(?:换成|改成|变成|弄成|搞成|整成|调成|做成|用|要)?"
                            r"(?P<c>[黑白灰红蓝绿黄粉紫橙棕])底"
                            r"(?:吧|啊|哈)?")
_FEEL_OF = re.compile(r"(?:整体|整个画面|画面|整张)?(?:(?:我)?想要|要|来点|弄成|做成)\s*(?P<x>.+?)\s*的?"
                      r"(?:感觉|风格|味道|feel|vibe)")
_VIBE = re.compile(r"(?P<a>.+?)(?:\s*(?:那种|那样的?)\s*(?:vibes?|feel(?:ing)?|mood|感觉|氛围)|"
                   r"\s+(?:vibes?|feel(?:ing)?|mood))(?:\s+(?:please|pls|plz))?", _I)
_FOR_ALL = re.compile(r"^(?P<a>.+?)\s+for\s+(?:both|all|each|everyone|everybody|them)(?:\s+of\s+them)?$", _I)
# "dramatic lighting and a stormy sky": a look of the whole picture, then another request
_LOOK_AND = re.compile(r"^(?P<a>[a-z][a-z\s-]+?)\s+(?:and|with|plus|&)\s+(?P<b>\S.*)$", _I)


# "(give him a blue bonnet,) and the dog a wee red collar": "give" said once, for both
_AND_THE_X_A = re.compile(r"^(?:and\s+)?(?P<t>(?:the|his|her|its)\s+[a-z]+"
                          r"(?:\s+(?!(?:got|has|have|had|is|was|wears|gets|needs|wants)\b)[a-z]+)?)\s+"
                          r"(?P<x>(?:a|an|some)\s+(?:[a-z]+\s+){0,3}(?P<w>[a-z]+))$", _I)
_GIVEN = {w.lower() for w in (*vocab.WORN, *vocab.HAD) if w.isascii()} | MORE_WORN


# "can we try it as a circle instead?", "let it be not a rabbit but a fox": what the thing becomes
_TRY_AS = re.compile(r"^(?:(?:can|could|shall)\s+(?:we|you)\s+|let'?s\s+|maybe\s+)?(?:try\s+)?(?P<x>it|him|her|them|"
                     r"the\s+[a-z]+)\s+as\s+(?P<y>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+instead)?\s*[?.!]*$", _I)
_NOT_BUT = re.compile(r"^(?:let\s+(?:it|him|her)\s+be\s+|make\s+it\s+|(?:it|he|she)\s+should\s+be\s+)?not\s+"
                      r"(?:a|an|the)\s+(?P<x>[a-z]+)\s*,?\s+but\s+(?P<y>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s*[.!]*$", _I)


# "dog is also not required", "the mug isn't needed anymore": not wanted, so it goes
_NOT_NEEDED = re.compile(r"^(?P<t>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:is|are|isn'?t|aren'?t)\s+(?:also\s+)?"
                         r"(?:not\s+)?(?:required|needed|necessary|wanted)(?:\s+(?:any\s*more|now|either|too))*$", _I)
# "draw a cat but orange", "a cake but in pink": the thing, then how it differs from what one pictures
_DRAWN_BUT = re.compile(r"^(?P<a>(?:(?:draw|paint|sketch|add)\s+(?:me\s+)?)?(?:a|an|one)\s+[a-z][a-z ]*?)\s+but\s+"
                        r"(?:(?:in|make\s+it|it'?s)\s+)?(?P<v>[a-z][a-z ]*)$", _I)


# "with a dreamy wistful mood", "a cozy feel": the look of the picture, not a thing held
_MOOD_OF = re.compile(r"^(?:with\s+)?(?:a|an)\s+(?P<l>[a-z]+)(?:\s+[a-z]+)?\s+(?:mood|atmosphere|feel|feeling|vibe|"
                      r"ambien[ct]e)$", _I)


def rephrase(body: str) -> str:
    """The clause in the words the change rules read, or as it was; lines apart are requests read one by one."""
    text = as_shade_said(as_doing_said(body.strip()))  # "a cat that sleeps on a pillow": sleeping
    text = _SAME_ON.sub("", _ONLY_WANTED.sub("", text))
    if BARE_REMOVE_ZH.match(text):
        return "把它删掉"  # "鲨鱼还是有点凶啊。。。删了吧": the one just spoken of
    text = _LIGHT_FROM_ABOVE.sub(r"\g<l>", text)
    m = _NOT_NEEDED.match(text)
    if m and re.search(r"\bnot\b|n'?t\b", text, _I) and m.group("t").lower() not in ("it", "that", "this"):
        return f"remove {m.group('t') if m.group('t').lower().startswith('the ') else 'the ' + m.group('t')}"
    m = _DRAWN_BUT.match(text)
    said = parse_phrase(m.group("v")) if m else None
    if said and (said.colour or said.size or said.material) and not clean_rest(said.rest):
        return f"{m.group('a')}\n{m.group('v')}"
    m = _MOOD_OF.match(text)
    if m and parse_looks(m.group("l"))[0]:  # "with a dreamy wistful mood": the look
        return m.group("l")
    m = _TRY_AS.match(text) or _NOT_BUT.match(text)
    if m:
        x = m.group("x") if m.re is _TRY_AS else f"the {m.group('x')}"
        return f"turn {x} into {m.group('y')}"
    m = _AND_THE_X_A.match(text)
    if m and (m.group("w").lower() in _GIVEN or m.group("w").lower().rstrip("s") in _GIVEN):
        return f"give {m.group('t')} {m.group('x')}"
    m = _BEHIND_THEM.match(text)
    place, _, rest = parse_setting(m.group("v")) if m else (None, [], "")
    if place and not clean_rest(rest):
        return place  # "city street behind her": where the picture is
    landscape = bare_landscape(m.group("v")) if m else None
    if landscape:
        return f"in a {landscape}"  # "hospital hallway behind her": a setting kept as said
    m = _AS_BACKGROUND.match(text)
    if m:  # "chessboard as the background": whatever is named so is the background
        return f"{m.group('v')} background"
    if re.fullmatch(r"(?:the\s+)?(?:afternoon|midday|noon|daytime)\s+(?:sun|sunlight|sunshine|light)", text, _I):
        return "during the day"  # "…, golden sand desert, afternoon sun": the time of day, no sun drawn as a thing
    m = _GROUND_COLOUR.fullmatch(text)
    if m:  # "背景换成黑底": the background black
        return f"背景换成{m.group('c')}色"
    m = _FEEL_OF.fullmatch(text)
    if m and (parse_looks(m.group("x"))[0] or parse_style(m.group("x"))[0]):
        return m.group("x")  # "整体要 ink wash 的感觉": that style
    m = _TOGETHER.fullmatch(text)
    if m:  # "they are on the beach playing together": where, then each of them doing it
        return (f"{m.group('where').strip()}\n" if m.group("where") else "") + f"both {m.group('v') or m.group('v2')}"
    if re.fullmatch(r"(?:baby|little|tiny)\s+ones", text, _I):
        return "small"  # "add two more elephant please, baby ones": small
    m = _SHOT_OF.fullmatch(text)
    if m:  # "给他的脸和手一个特写", "a close-up of his face and hands": the shot, on what it shows
        return m.group("shot") or m.group("shot_en")
    m = _VIBE.fullmatch(text)
    if m and (parse_times(m.group("a"), bare=True)[0] or parse_looks(m.group("a"))[0]):
        return m.group("a")  # "sunset 那种 vibe", "cozy vibes": that time or look
    m = _FOR_ALL.match(text)
    if m and parse_times(re.sub(r"^make\s+it\s+", "", m.group("a"), flags=_I), bare=True)[0]:
        return m.group("a")  # "make it night for both of them": the picture's time is everyone's
    m = _LOOK_AND.match(text)
    looks, rest = parse_looks(m.group("a")) if m else ([], "")
    if looks and not clean_rest(rest):
        return f"{m.group('a')}\n{m.group('b')}"
    text = text.replace("一点点", "一点")  # 放大一点点: a little
    m = _BACKGROUND_TO.match(text)
    if m:  # "warm the background up to a soft beige": that background
        return f"make the background {m.group('x')}"
    m = _BACKGROUND_WANTED.match(text)
    if m:  # "背景来个 black": the background that colour
        return f"背景换成{m.group('x').strip()}"
    m = _BACKGROUND_IS_TIME.match(text)
    if m and parse_times(m.group("x"))[0] and not clean_rest(parse_times(m.group("x"))[1]):
        return m.group("x")  # "背景就是黄昏": the time of day
    m = _SEEN_AS.match(text)
    if m and parse_looks(m.group("x"))[0]:  # "photographed from above": the look, no thing
        return m.group("x")
    m = _ALL_VALUE.match(text)
    if m and _is_value(m.group("v")) and not _is_value(m.group("t")):
        if re.match(r"(?:a|an|one|two|three|four|some)\s", m.group("t"), _I):  # "a big circle and a small circle
            return f"{m.group('t')}\nboth {m.group('v')}"  # both green": drawn, then each green
        return f"make the {m.group('t')} {m.group('v')}"
    m = _HELD_BY.match(text)
    if m:
        rest = f"\n{m.group('rest')}" if m.group("rest") else ""  # what the holder does: read after it
        return f"{m.group('y')} {_HELD_VERB[m.group('v').lower()]} {m.group('x')}{rest}"
    m = _DRAW_IT_THERE.match(text)
    if m:  # "by the beach" is on it ("a cabin by a river" stays beside one: a place of the picture)
        there = re.sub(r"^by\s+(?:the\s+)?(?=(?:beach|seaside|shore)\b)", "on the ", m.group("x"), flags=_I)
        if _is_setting(there):
            return there
        zh = re.fullmatch(r"(?:at|in|on|into)\s+(?:(?:a|an|the)\s+)?(?P<zh>[\u4e00-\u9fff]{2,8})", there, _I)
        if zh and (bare_landscape(zh.group("zh")) or parse_setting(zh.group("zh"))[0]):
            return f"在{zh.group('zh')}里"  # "put it in a 竹林 please": the place, said in Chinese
    m = _OUTSIDE_WEATHER.match(text)
    if m:  # "外面下着雨的感觉": the weather of the picture
        return m.group("w")
    m = _TOO_EN.match(text)
    if m:
        said, what = next((m.group(f"w{i}"), m.group(f"t{i}")) for i in ("", "2", "3") if m.group(f"w{i}"))
        return f"make {what} {'smaller' if said.lower() in ('big', 'large', 'huge') else 'bigger'}"
    m = _TOO_ZH.match(text)
    if m and (not m.group("t") or parse_phrase(m.group("t")).rest):
        return f"把{m.group('t') or '它'}变{'小' if m.group('w') == '大' else '大'}一点"
    m = _BETTER.match(text)
    if m and _is_value(m.group("v")):
        return f"make {m.group('t')} {m.group('v')}"
    m = _UNDO_LOOK.match(text)
    looks, rest = parse_looks(m.group("x")) if m else ([], "")
    if looks and not clean_rest(rest):  # "undo the b&w": that look taken off, not the last turn undone
        return f"remove the {m.group('x')}"
    text = re.sub(r"^(?:and\s+|but\s+)?leaving\s+(?=\S)", "leave ", text, flags=_I)  # "…, leaving the house as it is"
    m = _GO_LIGHTER.match(text)
    if m:  # "Can the petals go a touch lighter?": make them so
        return f"make {m.group('t')} {m.group('v')}"
    m = _FLY_TO.match(text)
    if m:  # "could the bird now fly across and settle on the top of the tree": move it there
        return f"move {m.group('t')} {m.group('w')}"
    m = _LOOKED_BETTER.match(text)
    if m and _look_only(m.group("v")):  # "the oil painting looked better": that
        return m.group("v")
    m = _WOULD_BE_NICE.match(text)
    if m and _look_only(m.group("v")):  # "black and white would be cool too"
        return m.group("v")
    if m and _is_value(m.group("v")):  # "red would be nice": make it red
        return f"make it {m.group('v')}"
    m = _BACK_TO.match(text)
    if m and (_is_value(m.group("v")) or re.match(r"(?:a|an)\s+[a-z]+$", m.group("v"), _I)):
        return f"make it {m.group('v')}"  # "go back to red", "go back to a dragon"
    thing = re.match(r"the\s+(?P<x>[a-z]+)$", m.group("v"), _I) if m else None
    if thing and vocab.lookup(vocab.NOUNS, thing.group("x")) or thing and vocab.lookup(vocab.SHAPES, thing.group("x")):
        return f"make it {article(thing.group('x'))} {thing.group('x')}"  # "no, back to the heart"
    m = _BACK_TO_ZH.match(text)
    if m:  # "再换回正方形", "把它改回红色": back to a value said again is a change to it
        return f"{re.sub(r'^(?:再|还是|那就|就)', '', m.group('pre'))}{m.group('v')}成{m.group('x')}"
    m = _LOOK_FIRST_ZH.match(text)
    if m and parse_looks(m.group("x"))[0]:  # "色调复古一点": the look, said after what it is of
        return m.group("x")
    m = _LIGHT_ZH.match(text) or _LIGHT_EN.match(text)
    if m:  # "把灯光改成紫色", "make the lighting purple": the light's colour; "光线改成柔光": the look said
        said = parse_phrase(m.group("x"))
        return f"{said.colour} lighting" if said.colour and not clean_rest(said.rest) else m.group("x")
    m = _DONE_IN.match(text)
    if m and _look_only(m.group("x")):  # "ink it in black and white"
        return m.group("x")
    m = _LOOK_SWAP.match(text)
    before, rest = parse_looks(m.group("a")) if m else ([], "")
    if before and not clean_rest(rest) and parse_looks(m.group("b"))[0]:
        return f"remove the {m.group('a')}\n{m.group('b')}"
    m = _WEATHER_EN.match(text)
    if m:
        return "make it " + {"fog": "foggy", "mist": "misty", "rain": "rainy", "snow": "snowing"}[m.group("w").lower()]
    m = _WEATHER_MORE.match(text)
    if m:
        weather = next(w for w in m.group("w", "w2", "w3") if w).lower()
        return "make it " + {"rain": "rainy", "snow": "snowing"}[weather]
    m = _WEATHER_ZH.match(text)
    if m:
        return {"雾": "起雾", "雨": "下雨", "雪": "下雪"}[m.group("w")]
    text = _LEANING_ZH.sub(lambda p: {"左": "左边", "右": "右边"}[p.group("w") or p.group("w2")], text)
    m = _LOOK_OF.match(text)
    looks = re.split(r"[\s,]+", m.group("look").strip(" ,")) if m else []
    if m and all(parse_looks(w)[0] for w in looks):  # "cinematic close-up of a knight": the thing, then each look
        thing = [] if re.fullmatch(r"(?:it|them|him|her|this|that)\W*", m.group("x"), _I) else [m.group("x")]
        return "\n".join([*thing, *looks, m.group("shot")])
    m = _ANOTHER_PICTURE.match(text)
    if m:  # "now something totally different: a penguin": a new picture
        return "draw " + m.group("x")
    m = _SHOULD_GO.match(text)
    if m:  # "the one at the bottom should go to the left"
        return f"move {m.group('t')} {m.group('w')}"
    m = _ALSO_VALUE_ZH.match(text)
    said = (m.group("v") or m.group("more")) if m else ""
    if m and m.group("v") and _is_value(said):  # "正方形也要大的"
        return f"把{m.group('t').strip()}变成{said}"
    if m and parse_phrase(said.removesuffix("的")).resize:
        return f"{m.group('t').strip()}{said.removesuffix('的')}"  # "狗要小一点": as "狗小一点" says it
    if _SWAP_ZH.match(text):
        return "把它们交换位置"
    m = _CAN_THE_X_BE.match(text)
    if m:  # "can the background be pink instead?": make it so
        what, value = m.group("t"), m.group("v")
        background = re.fullmatch(r"background|bg|backdrop", what, _I)
        return f"{value} background" if background else f"make the {what} {value}"
    m = _NO_MORE.match(text)
    if m:  # "there should be no tree either just the house by itself": the tree goes
        return f"remove the {m.group('t')}"
    m = _CAN_IT_HAVE.match(text)
    if m:  # "can it have a blue collar": give it one
        return f"give {_HAVER[m.group('who').lower()]} {m.group('x')}"
    m = _FOR_HIM.match(text)
    if m and clean_rest(parse_phrase(m.group("x")).rest):  # "round glasses for her": give her those
        return f"give {m.group('who')} {m.group('x')}"
    m = _TIME_WITH.match(text)
    if m and _is_time(m.group("t")):  # "make it night with lots of stars": the time, then the stars
        more = re.sub(r"^(?:(?:lots|loads|plenty)\s+of|a\s+lot\s+of|many)\s+", "some ", m.group("w") or "", flags=_I)
        return f"make it {m.group('t')}" + (f"\nadd {more}" if more else "")
    text = _TO_WEAR.sub("", text)
    if re.match(r"^(?:and\s+)?(?:the|that|this)\s", text, _I):
        text = _CAN_BE.sub(" ", text)  # "the left one can be blue"
    return text


# "中间偏左画一只羊", "靠右放一个水桶": where a thing is drawn (a move "靠右一点" is the move rules')
_LEANING_ZH = re.compile(r"(?:中间|中央|正中)偏(?P<w>左|右)(?:边|侧)?"
                         r"|^(?:偏|靠)(?P<w2>左|右)(?:边|侧)?(?=[画放摆有]|[一两](?!点))")
_LOOK_OF = re.compile(r"^(?P<look>(?:[a-z]+[\s,]+){1,2}?)(?P<shot>close-?up|wide\s+shot)\s+of\s+(?P<x>\S.*)$", _I)
_ANOTHER_PICTURE = re.compile(r"^(?:now\s+|ok\s+|okay\s+)*(?:something|smth)\s+(?:(?:totally|completely|entirely|"
                              r"very)\s+)?(?:different|else|new)\s*[:：,\-–—]\s*(?P<x>\S.*)$", _I)
_SHOULD_GO = re.compile(r"^(?P<t>(?:the|that|this)\s.+?)\s+(?:should|can|could|needs?\s+to|has\s+to)\s+(?:go|move|be\s+"
                        r"moved)\s+(?P<w>(?:to|towards|up|down|left|right|higher|lower)\b.*)$", _I)
# "正方形也要大的", "dog 要小的", "狗要小一点": what a thing there should be, wanted
_ALSO_VALUE_ZH = re.compile(r"^(?P<t>[\u4e00-\u9fff]{1,6}?|[A-Za-z]+(?:\s[A-Za-z]+)?\s*)(?:也|还|就)?要"
                            r"(?:(?P<v>[^\s，,]{1,4}的)|(?P<more>[^\s，,]{1,3}?(?:一点|一些|点)儿?)(?:的)?)$")
_SWAP_ZH = re.compile(r"^(?:帮|给|把)?(?:这|那)?(?:两个|俩|它们|它们俩)(?:的)?(?:换一下|互换|交换|对调|调换|换)"
                      r"(?:一下)?位置(?:吧|呗)?$"
                      r"|^(?:这|那)?(?:两个|俩|它们)(?:的)?位置(?:换一下|互换|交换|对调)(?:一下)?(?:吧|呗)?$")



# "Actually can the background be pink instead?", "could the sky be a bit darker"
_CAN_THE_X_BE = re.compile(r"^(?:actually\s+)?(?:can|could)\s+the\s+(?P<t>[a-z]+(?:\s+[a-z]+)?)\s+be\s+"
                           r"(?P<v>(?!a\s|an\s|the\s)[a-z][a-z -]*?)(?:\s+instead)?(?:\s+(?:please|pls))?$", _I)
# "there should be no tree either just the house by itself", "there shouldn't be a tree"
_NO_MORE = re.compile(r"^(?:and\s+)?there\s+(?:should\s+be\s+no|shouldn'?t\s+be\s+(?:a|any))\s+(?P<t>[a-z]+?)s?"
                      r"(?:\s+(?:either|too|at\s+all|anymore))?(?:\s*,?\s+just\s+.*)?$", _I)
# "can it have a blue collar", "could she have a hat"
_CAN_IT_HAVE = re.compile(r"^(?:and\s+)?(?:can|could)\s+(?P<who>it|he|she|they)\s+have\s+(?P<x>(?:a|an|some|two)\s.+)$",
                          _I)
_HAVER = {"it": "it", "he": "him", "she": "her", "they": "them"}
# "and round glasses for her", "a red scarf for him too": give it to them ("want to save it for her": no thing)
_FOR_HIM = re.compile(r"^(?:and\s+|also\s+|plus\s+|oh\s+and\s+)?(?!(?:the\s+)?same\b|(?:give|make|turn|draw|add|put|"
                      r"paint|change|move|get|buy|thanks?|do|is|it'?s|that'?s|one|want|wanna|need|"
                      r"i|we|to)\b)(?P<x>[a-z][a-z\s-]{1,40}?)\s+for\s+"
                      r"(?P<who>him|her|them)(?:\s+(?:too|as\s+well|please|pls))?$", _I)
# "make it night with lots of stars", "can it be sunset instead of night": the time of day, said with more
_TIME_WITH = re.compile(r"^(?:(?:make|turn|set)\s+it|(?:can|could)\s+it\s+be|(?:can|could)\s+you\s+make\s+it)\s+"
                        r"(?P<t>[a-z][a-z -]*?)(?:\s+instead(?:\s+of\s+[a-z ]+)?|\s+with\s+(?P<w>\S.*))?$", _I)


def _is_time(text: str) -> bool:
    times, rest = parse_times(text, bare=True)
    return bool(times) and not clean_rest(rest)


def _is_setting(text: str) -> bool:
    ph = parse_phrase(text)
    return bool(ph.place or ph.times) and not (clean_rest(ph.rest) or ph.position)


def _look_only(said: str) -> bool:
    """Whether the words are a look or a style of the whole picture and nothing else."""
    return any(found and not clean_rest(rest) for found, rest in (parse_looks(said), parse_style(said)))


def _is_value(said: str) -> bool:
    ph = parse_phrase(said)
    return bool(ph.colour or ph.size or ph.material) and not ph.rest.strip()
