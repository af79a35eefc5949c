"""Words about the app, not the picture: generation settings typed into the chat ("set steps to 1000", "seed 42",
"1024x1024", "步数改成50") and markup pasted with a message (links, images, HTML, Markdown). Neither is ever a
subject, an attribute or a note: settings get a pointer to the settings panel, markup is dropped and said so.
"""

from __future__ import annotations

import html
import re

from dialog import vocabulary as vocab
from dialog.message import detect_language
from prompt_enhancer.rules.setting_phrase import parse_looks, parse_setting

_I = re.IGNORECASE

_SCRIPT = re.compile(r"<(script|style)\b[^>]{0,300}>.{0,2000}?</\1\s*>", re.IGNORECASE | re.DOTALL)
# Words that only point at the link or picture beside them ("like this", "see here", "这样"): with the link gone
# they point at nothing, so they go with it; a link whose label only points ("[like this](url)") is dropped whole.
_POINTING = (r"(?:(?:just\s+|kind\s+of\s+|sort\s+of\s+)?(?:like|as\s+in|as|see)\s+"
             r"(?:this|that|so|here|these|this\s+one|the\s+(?:link|picture|image|pic|photo|example|reference))|here|this\s+one|example|ref(?:erence)?|"
             r"link|source|see|check(?:\s+(?:it|this))?(?:\s+out)?|look|e\.g\.|eg|像这样|这样|参考(?:一下)?|例如|比如|参考图|见"
             # "here's the topper i want ![…](…)", "Here is my muse, ![…](…)": what the picture shows, said of it
             r"|(?:here'?s|heres|here\s+is)\s+(?:another|one\s+more)(?:\s+one)?"  # "here's another one [pic](…)"
             r"|(?:here'?s|heres|here\s+is|this\s+is)\s+(?:the|my|a|an|our)\s+[a-z]+(?:\s+[a-z]+){0,2}?"
             r"(?:\s+i\s+(?:want|like|mean|love|have|made|drew))?\s*[,:\-–—]?)")
_POINTING_BEFORE = rf"(?:(?<![\w\u4e00-\u9fff])\s*[:：(（]?\s*{_POINTING}\s*[:：]?\s*)?"
_IMAGE = re.compile(rf"{_POINTING_BEFORE}!\[[^\]\n]{{0,200}}\]\([^)\n]{{0,500}}\)", _I)
# Forum markup: "[img]http://…/y.png[/img]" (what it shows is a link, dropped), "[b]red[/b]" (the words stay)
_BB_IMAGE = re.compile(r"\[(?:img|url)(?:=[^\]\n]{0,300})?\][^\[\n]{0,500}\[/(?:img|url)\]", _I)
_BB_TAG = re.compile(r"\[/?(?:b|i|u|s|quote|size|color|colour|font|center)(?:=[^\]\n]{0,40})?\]", _I)
# "[image](url)", "[图片](url)": a label that only says what the link is points at it too.
_LINK_WORD = (r"(?:(?:an?|the|my|this|that|this\s+one|my\s+own|another|one\s+more|other|new)\s+)?"
              r"(?:image|picture|pic|photo|img|screenshot|file|link)|图片|图|照片|截图|链接")
_POINTING_LINK = re.compile(rf"{_POINTING_BEFORE}\[\s*(?:{_POINTING}|{_LINK_WORD})\s*\]\((?:https?://|www\.|/)"
                            r"[^)\n]{0,500}\)", _I)
_LINK = re.compile(r"\[(?P<label>[^\]\n]{0,200})\]\((?:https?://|www\.|/)[^)\n]{0,500}\)", _I)
# "like this one: [my doodle](url)": a link pointed at is the reference, whatever its label says
_POINTED_LINK = re.compile(rf"(?<![\w\u4e00-\u9fff])\s*[:：(（]?\s*{_POINTING}\s*[:：]?\s*\[[^\]\n]{{0,200}}\]"
                           r"\((?:https?://|www\.|/)[^)\n]{0,500}\)", _I)
# "… draw a cat like in my ref panel" beside a picture: the words point at the picture, not at a thing to draw
_LIKE_THE_REF = re.compile(r"\s*\b(?:just\s+)?like\s+(?:in\s+)?(?:my|the|this|that)\s+(?:ref(?:erence)?|pic|picture|"
                           r"image|photo|drawing|sketch|doodle)(?:\s+(?:panel|one|pic|image|photo))?\b", _I)
_TAG = re.compile(r"</?[A-Za-z][\w-]{0,20}(?:\s[^<>\n]{0,300})?/?>")
# A block's tag ends a line ("<li>add a tree</li><li>make it red</li>": two requests); an inline one is a space.
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|tr|td|blockquote|pre|section|article|br|hr)"
                        r"(?:\s[^<>\n]{0,300})?/?>", _I)
# ~~struck~~ words are taken back: not read at all.
_STRUCK = re.compile(r"~~(?=\S)[^\n]+?(?<=\S)~~|<(?:s|del|strike)>[^<\n]{0,300}</(?:s|del|strike)\s*>", _I)
_URL = re.compile(rf"{_POINTING_BEFORE}(?:https?://|www\.)\S+", _I)
# Block markup at the start of a line: a list's bullet or number, a code fence's own line. Each item of a list is
# a request of its own; a fence only wraps the words.
_LIST_MARK = re.compile(r"^[ \t]{0,6}(?:[-*+•·]|\d{1,2}[.)、]|[a-z][.)](?=\s))[ \t]+(?=\S)", re.MULTILINE | _I)
# "Draw a house:\n- red roof\n- blue door": a list under a line ending in a colon goes on that line, as one
# description ("Draw a house: red roof, blue door"); the reading of "X: a, b" is the engine's.
_LIST_AFTER_COLON = re.compile(r"^(?P<head>[^\n]*\S[ \t]*[:：]"
                               # "帮我画\n· 一只橘猫\n· 一只兔子": a request to draw alone on its line heads a list too
                               r"|[ \t]*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|sketch)"
                               r"|[ \t]*(?:请|帮我|给我)?画(?:一下|一张)?)[ \t]*\n(?:[ \t]*\n)*"
                               r"(?P<items>(?:[ \t]{0,6}(?:[-*+•·]|\d{1,2}[.)、])[ \t]+[^\n]*\S[^\n]*(?:\n|$))+)",
                               re.MULTILINE | _I)
_FENCE = re.compile(r"^[ \t]{0,3}(?:```|~~~)[\w+-]{0,20}[ \t]*$", re.MULTILINE)
_ONE_LINE_FENCE = re.compile(r"```[\w+-]{0,20}(?=\s)(?P<inner>[^`]{1,2000}?)```")
# A Markdown heading is a title over the request, not one: beside other lines it is dropped; alone it is read.
# "## Background\n\nthe beach": a heading that names what the lines under it set is their label, not a title
_LABEL_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<label>background|backdrop|setting|style|look|背景|风格)"
                            r"[ \t]*[:：]?[ \t]*\n(?:[ \t]*\n)*(?=[ \t]*[^\s#])", re.MULTILINE | _I)
_HEADING_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+[^\n]*(?:\n|$)", re.MULTILINE)
_DRAW_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?:(?:please\s+)?(?:draw|paint|generate|render)\s|"
                           r"(?:请|帮我)?画(?!面|风)[^\s:：])", _I)
# A heading that names a thing ("## a house", "# 房子"), over lines that only describe it ("- red roof"), is the
# thing; over a request of its own ("draw a red house", "swap the colours") it is a title
_NAMES_A_THING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?:(?:a|an|one|the)\s+[^\n]+|[\u4e00-\u9fff]{1,8})[ \t]*$",
                            _I | re.MULTILINE)
_A_REQUEST = re.compile(r"^[ \t]*(?:draw|paint|make|create|generate|render|add|give|put|show|please|pls|can|could|i|"
                        r"let'?s|a|an|one|two|three|some|the)\b"
                        r"|^[ \t]*(?:画|请|帮|给|来|把|在|一[个只条棵朵辆座张幅艘匹])"
                        # "### 修改\n- bunny 改成白色": a change said anywhere in a line
                        r"|改成|换成|变成|改为|加(?:一|个|上|只|朵|棵)|去掉|删掉|删除|移到|放到|挪到"
                        r"|\b(?:change|turn|move|remove|swap)\s", _I | re.MULTILINE)
# Markdown around words: **bold**, __bold__, ~~struck~~, `code`, *italic*, a heading's #, a quote's >.
_EMPHASIS = re.compile(r"(\*\*|__|~~|`{1,3})(?=\S)(?P<inner>[^\n]+?)(?<=\S)\1"
                       # beside Chinese too: 加一棵*仙人掌* (no space around a Chinese word)
                       r"|(?<![A-Za-z0-9_*])\*(?=\w)(?P<italic>[^*\n]+?)(?<=\w)\*(?![A-Za-z0-9_*])"
                       r"|(?<![\w_])_(?=\w)(?P<under>[^_\n]+?)(?<=\w)_(?![\w_])"
                       r"|^\s{0,3}#{1,6}\s+|^\s{0,3}>\s+", re.MULTILINE)


# "**早茶特惠** 帮我画一个叉烧包": bold words before the request, on its line, are its title (the poster's words)
_BOLD_TITLE = re.compile(r"^\s*(\*\*|__)(?=\S)[^\n*_]{1,60}?(?<=\S)\1[\s:：,，!！.。-]*(?=\S)")
_DRAW_NEXT = re.compile(r"(?:(?:can|could)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:draw|paint|sketch)\b"
                        r"|(?:请|帮我|给我)?画", _I)
# A horizontal rule ("---", "***") only separates; a task list's box ("- [x] ") is a list mark.
_RULE_LINE = re.compile(r"^[ \t]{0,3}(?:[-*_=][ \t]*){3,}$", re.MULTILINE)
_TASK_BOX = re.compile(r"^([ \t]{0,6}(?:[-*+][ \t]+)?)\[[ xX✓✔]?\][ \t]+", re.MULTILINE)
# A Markdown table: its separator row and the header above it are the table's, each other row is read as its cells
# said one after another ("| house | red |" is "house red").
_TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^[\s|:-]*-[\s|:-]*$")


def _table_rows(text: str) -> str:
    lines = text.split("\n")
    rules = [i for i, line in enumerate(lines) if _TABLE_ROW.match(line) and _TABLE_RULE.match(line)]
    for i in rules:
        lines[i] = ""
        if i > 0 and _TABLE_ROW.match(lines[i - 1]):
            lines[i - 1] = ""  # the header
    for i, line in enumerate(lines):
        m = _TABLE_ROW.match(line)
        if m:
            lines[i] = " ".join(c.strip() for c in m.group("cells").split("|") if c.strip())
    return "\n".join(lines)


# With a link or picture dropped, words elsewhere that point at it ("a fox like in this pic", "as in the reference",
# 照着这张图) point at nothing: they go too, and are not read as words of the thing.
_POINTING_ELSEWHERE = re.compile(
    r"(?<![\w'-])(?:(?:just|exactly|kind\s+of|sort\s+of)\s+)?(?:like|as|from|based\s+on)\s+(?:(?:in|on)\s+)?"
    r"(?:this|that|the|my)\s+(?:[a-z]+\s+)?(?:pic|picture|image|photo|reference|ref|link|example|screenshot)s?(?![\w'-])"
    # "based on this one", "use this as a reference"
    r"|(?<![\w'-])(?:(?:based\s+on|similar\s+to|following|(?:just\s+|exactly\s+)?like(?:\s+(?:in|on))?)\s+"
    r"(?:this|that)(?:\s+one)?"
    r"(?:\s+(?:please|pls|plz))?(?:(?=\s*(?:[,.;!?，。]|$))|\s+but(?=\s))"  # "draw a cat like this but orange"
    r"|(?:就|就是)?(?:像|跟)(?:这个|这样|这张|这幅)(?:一样)?(?:的)?"  # 画一只猫 就像这个 (the link)
    # 跟呢張 pose, 照这个风格 (the link's)
    r"|(?:跟|照|像)着?(?:这|那|呢)(?:张|幅|个)(?:\s*(?:[A-Za-z]{2,10}\s*)?(?:主图|图片?|照片|参考图))?(?:的|嘅)?\s*"
    r"(?:pose|姿势|动作|样子|风格|画风|感觉)?"  # 照着这个 listing 主图
    r"|(?:use|using)\s+(?:this|that)(?:\s+one)?\s+as\s+(?:a\s+|the\s+)?(?:ref(?:erence)?|guide|base|starting\s+point))"
    r"(?![\w'-])"
    # 参考这张, 照这个来, 按照那幅: 这/那 alone points at the picture too
    r"|(?:像|照着|按照|参考|根据|仿照|照)(?:(?:这|那)(?:张|幅|个)?(?:图片?|照片|参考图)?|(?:张|幅|个)?(?:图片?|照片|参考图))"
    r"(?:里|中|上)?(?:的)?(?:那样|一样|这样|的感觉)?(?:来画|来|画(?=\s))?", _I)  # 照这个画 一辆red的跑车


_HTML_HEADING = re.compile(r"<h[1-6](?:\s[^<>\n]{0,300})?>(?P<words>[^<\n]{0,200})</h[1-6]\s*>"
                           # "<h2>背景</h2> 换成浅黄色": a word of the sentence the line goes on with, not a title
                           r"(?P<goes_on>(?=[ \t]*[^\s<]))?", _I)


def _title_or_word(m: re.Match[str]) -> str:
    words = m.group("words").strip()
    short = len(words.split()) <= 3 and len(words) <= 24
    return f" {words} " if m.group("goes_on") is not None and short else "\n"


_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", _I)
# "make the duck <b>big</b>": a tag that only marks the person's own words as bold or italic goes, its words stay
_EMPHASIS_TAG = re.compile(r"</?(?:b|i|em|strong|u|mark)>", _I)
_INLINE_LIST = re.compile(r"^\s*1[.)]\s+[^\n]+?\s2[.)]\s+\S")


def strip_markup(text: str) -> tuple[str, bool]:
    """The message without links, images, HTML tags and Markdown emphasis; True when something that was not
    the person's words (a link, an image, a tag) was dropped."""
    dropped = False
    if _ENTITY.search(text):  # "a house &amp; a tree", "red&nbsp;circle": pasted from a web page
        text = html.unescape(text).replace("\xa0", " ")
    text = _BB_TAG.sub("", _EMPHASIS_TAG.sub("", text))  # "<b>red</b>", "[b]red[/b]": the words stay
    if _INLINE_LIST.match(text):  # "1. move it left 2. make it red": a numbered list typed on one line
        text = re.sub(r"\s+(?=(?:[2-9]|1\d)[.)]\s)", "\n", text)
    without_titles = _HTML_HEADING.sub(_title_or_word, text)
    if _TAG.sub(" ", without_titles).strip():  # "<h1>A house</h1><p>draw ...</p>": the heading is a title
        text, dropped = without_titles, without_titles != text
    for pattern, replacement in ((_SCRIPT, " "), (_STRUCK, " "), (_BB_IMAGE, " "), (_IMAGE, " "), (_POINTING_LINK, " "),
                                 (_POINTED_LINK, " "), (_LINK, r"\g<label>"), (_BLOCK_TAG, "\n"), (_TAG, " "),
                                 (_URL, " ")):
        text, count = pattern.subn(replacement, text)
        dropped = dropped or count > 0
    text = _LIKE_THE_REF.sub("", text) if dropped else text
    text = _ONE_LINE_FENCE.sub(lambda m: m.group("inner"), _FENCE.sub("", text))
    text = _TASK_BOX.sub(r"\1", _RULE_LINE.sub("", text))
    if "|" in text:
        text = _table_rows(text)
    text = _LABEL_HEADING.sub(lambda m: m.group("label") + ": ", text)
    # "## 画一只小狗\n在公园里追…": a heading that asks to draw is the request's first line, not a title
    without_headings = _HEADING_LINE.sub(lambda m: m.group(0) if _DRAW_HEADING.match(m.group(0)) else "", text)
    if without_headings.strip() and not (_NAMES_A_THING.search(text) and not _A_REQUEST.search(
            _LIST_MARK.sub("", without_headings))):
        text = without_headings  # "# A house\ndraw a red house": a title; "## a house\n- red roof": the house
    text = _LIST_AFTER_COLON.sub(lambda m: m.group("head") + ("" if m.group("head")[-1] == "画" else " ") + ", ".join(
        _LIST_MARK.sub("", line).strip() for line in m.group("items").splitlines() if line.strip()) + "\n", text)
    text = _LIST_MARK.sub("", text)
    title = _BOLD_TITLE.match(text)  # (not "**a red apple** please", "**make it daytime** pls": the request)
    if title and _DRAW_NEXT.match(text[title.end():]) and not _A_REQUEST.search(text[: title.end()].strip("*_ ")):
        text = text[title.end():]
    if dropped:
        text = _POINTING_ELSEWHERE.sub(" ", text)
    return _EMPHASIS.sub(lambda m: m.group("inner") or m.group("italic") or m.group("under") or "", text), dropped


_SETTING_WORDS = (r"(?:sampling\s+|inference\s+|denoising\s+)?steps?|(?:random\s+)?seed|guidance(?:\s+scale)?|"
                  r"cfg(?:\s+scale)?|resolution|width|height|(?:edit\s+|denois(?:e|ing)\s+)?strength|sampler|"
                  r"scheduler|batch\s+size|(?:image|picture|canvas|output)\s+size|aspect\s+ratio|negative\s+prompt")
_NUMBER = r"-?\d+(?:\.\d+)?"
# "set the steps to a thousand", "fifty steps": a value spelt out is a value too
_NUMBER_WORD = (r"(?:(?:a|one)\s+)?(?:thousand|hundred)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|twelve|fifteen")
_SAMPLERS = (r"euler(?:\s+a(?:ncestral)?)?|dpm\+\+(?:\s*(?:2m|2s|sde|3m)(?:\s*(?:sde|a))?)?(?:\s+karras)?|ddim|ddpm|"
             r"unipc|heun|lms(?:\s+karras)?|pndm|lcm")
_SETTING_EN = re.compile(
    rf"(?:\b(?:with|at|using|use|set|and|in|make)\s+)?(?:\b(?:the|a|more|fewer|less|higher|lower|max|maximum)\s+)?"
    rf"(?:\b(?:(?:aspect\s+)?ratio|aspect)\s*(?:[:=]|to|of|is)?\s*\d{{1,2}}\s*:\s*\d{{1,2}}\b"
    rf"|\b(?:{_NUMBER}|{_NUMBER_WORD})\s*(?:{_SETTING_WORDS})\b"
    rf"|\b(?:{_SETTING_WORDS})\b\s*(?:[:=]|to|of|is|at|as|on|=)?\s*(?:be\s+)?(?:{_NUMBER}|\d+\s*[x×*]\s*\d+|{_NUMBER_WORD})\b"
    rf"|(?:\b(?:a|an)\s+)?\b\d{{2,5}}\s*[x×*]\s*\d{{2,5}}\b(?:\s*(?:pixels|px|resolution|size|image|canvas))?"
    rf"|\b(?:4k|8k|uhd|full\s+hd|hd|high(?:er)?\s+resolution|low(?:er)?\s+resolution|hi-?res|high\s+definition|"
    rf"(?:higher|better|high|best|top|more)\s+quality)\b"
    # "size 512", "aspect ratio 16:9": a setting with its value
    rf"|\b(?:size|aspect\s+ratio|ratio)\s*(?:[:=]|to|of|is)?\s*(?:\d{{3,4}}|\d{{1,2}}\s*:\s*\d{{1,2}})\b"
    # parameters pasted from other image tools: "--ar 16:9", "--v 6", "--q 2", an aspect ratio "16:9"
    rf"|(?<![\w-])--?(?:ar|aspect|v|version|q|quality|s|stylize|c|chaos|seed|niji|style|tile|iw|w|h)\b"
    rf"(?:\s+(?:\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)?|raw|[a-z]+\b))?"
    rf"|\b(?:1:1|2:3|3:2|3:4|4:3|4:5|5:4|9:16|16:9|16:10|21:9|9:21)\b(?!\s*(?:am|pm|o'?clock))"
    rf"|\b(?:more|fewer|less)\s+(?:sampling\s+)?steps\b"
    rf"|\b(?:keep|same)\s+(?:the\s+)?(?:same\s+)?(?:{_SETTING_WORDS}|settings)\b"  # "…, keep the steps"
    rf"|\b(?:higher|lower|bigger|smaller|stronger|weaker|larger)\s+(?:{_SETTING_WORDS})\b"
    rf"|\b\d{{3,5}}\s*(?:by|x|×)\s*\d{{3,5}}\b"
    rf"|\b(?:increase|decrease|raise|lower|reduce|bump(?:\s+up)?|up|double|halve|change|set|adjust)\s+(?:the\s+)?"
    rf"(?:number\s+of\s+)?(?:{_SETTING_WORDS})\b(?:\s+(?:up|down|a\s+bit|a\s+little))?(?:\s+(?:to|at)\s+{_NUMBER}\b)?"
    rf"|\bnegative\s+prompt\b.*$|\b(?:negative|neg)\s*[:：=].*$"
    # a sampler or scheduler by its name: "sampler euler a", "use dpm++ 2m karras", "ddim"
    rf"|\b(?:sampler|scheduler)\s*(?:[:=]|to|is|as|用|换成|改成)?\s*(?:{_SAMPLERS}|[a-z][\w+.-]*)"
    # "keep the seed", "same seed pls", "lock the seed": the panel's seed lock
    rf"|\b(?:keep|lock|fix|hold|reuse|use)\s+(?:the\s+)?(?:same\s+)?seed\b(?:\s+(?:at|to|as)\s+{_NUMBER}\b)?"
    rf"|\bsame\s+seed\b"
    rf"|(?<![\w-])(?:{_SAMPLERS})(?![\w+-])"
    rf"|\b(?:make|render|output|export|save)\s+(?:the\s+)?(?:image|picture|canvas|output|photo|file)\s+"
    rf"(?:bigger|larger|smaller|wider|taller|higher\s+res(?:olution)?|sharper))",
    _I,
)
_SETTING_ZH = re.compile(
    r"(?:采样)?步数|迭代次数|(?:随机)?种子|引导(?:系数|强度|尺度)|CFG|分辨率|图片尺寸|图像尺寸|画布尺寸|宽度|高度|重绘强度|"
    r"编辑强度|采样器|负面提示词|反向提示词|超高清|高清|超清|高画质|画质|[48][kK](?:画质|分辨率)?|"
    r"(?:画面|图片|画幅)?(?:比例|宽高比)(?=\s*[:：=]?\s*\d{1,2}\s*[:：]\s*\d{1,2})",
    _I,
)
_SETTING_ZH_CLAUSE = re.compile(
    rf"^(?:把|将|请)?(?:设置|设定|调整|修改|调|改|用)?(?:一下)?(?:{_SETTING_ZH.pattern})"
    rf"(?:改成|改为|设为|设成|设置为|设置成|调成|调到|调为|换成|用|是|为|到|成|=|:|："
    rf"|别变|不变|不要变|别换|不要换|固定|锁定|保持不变)?"  # 种子别变: the panel's seed lock
    rf"\s*(?:\d{{1,2}}\s*[:：]\s*\d{{1,2}}|{_NUMBER}|\d+\s*[x×*]\s*\d+)?(?:调|提|再)*(?:步|吧|了|一点|高一点|低一点|大一点|小一点|高些|低些|高点|低点|"
    rf"高|低)?(?:一点|一些|点|吧)?$",
    _I,
)
# A setting said in Chinese or glued to Chinese ("guidance调到7", "seed 换成 99", "种子随机一下", "金鱼 步数30",
# "cfg 6"): \b does not hold between Latin letters and Chinese, so the edges here are "no letter beside it". The
# words that could also say something of a thing (尺寸, 强度, size, 引导) count only with a number.
_ZH_SET_VERB = (r"(?:调到|调成|调为|调至|调整为|调整到|改成|改为|改到|换成|换为|换到|设成|设为|设到|调做|改做|转做|"
                r"设置为|设置成|设置到|设定为|固定成|固定为|固定在|锁定为|锁定成|锁定在|变成|用|是|为|到|成|要|设)")
_MIXED_CONNECTOR = rf"\s*(?:{_ZH_SET_VERB}|=|:|：|(?:(?:up|down)\s+to|to|at|is|of)(?![A-Za-z]))?\s*"
_MIXED_VALUE = rf"(?:{_NUMBER}(?:\s*[x×*]\s*\d+)?)(?![\d.])"
_PIXELS = r"\d{3,4}(?:\s*[x×*]\s*\d{3,4})?(?![\d.])"  # "size 10" may be a shoe's; a picture is hundreds wide
_RANDOM_VALUE = r"(?:随机(?:一下|一个|下|的)?|random(?:ize|ly)?|换一个|换个|新的|随便|随意|whatever)"  # "seed 随便"
_MORE_OR_LESS = (r"(?:调|再|稍微|稍|更)?(?:高|低|多|少|大|小)(?:一点儿?|一些|点儿?|些)"
                 r"|(?:给我)?(?:拉满|拉到最[高大满]|调到最[高大]|开到最[高大]|最高|最大)")  # 步数给我拉满
_TRAIL = r"(?:\s*(?:一下|吧|了|呗|哈|啊|的|pls|please|plz)(?![A-Za-z]))*"
_SETTING_MIXED = re.compile(
    r"(?:(?:把|将|请|帮我|麻烦)\s*)?(?:(?:设置|设定|调整|修改|调|改|换|用)\s*(?:一下)?\s*)?(?:"
    # a word that is only ever a setting: with a number, random, or more / less
    # ("--steps 30", "--cfg 7": a flag pasted from another tool goes with its dashes)
    r"(?:(?:(?<![\w-])--?|(?<![A-Za-z-]))(?:(?:sampling\s*|inference\s*)?steps?|seed|guidance(?:\s*scale)?|cfg(?:\s*scale)?)(?![A-Za-z])"
    r"|(?:采样)?步数|迭代次数|(?:随机)?种子|引导(?:系数|强度|尺度|值)|CFG值)"
    rf"{_MIXED_CONNECTOR}(?:{_MIXED_VALUE}|{_RANDOM_VALUE}|{_MORE_OR_LESS})"
    # a word that may also be a thing's: only with a number
    rf"|(?:(?<![\w-])--?|(?<![A-Za-z-]))(?:(?:(?:make|set)\s+)?(?:the\s+)?(?:image|picture|canvas|output)\s+)?"
    rf"(?:size|resolution|width|height)(?![A-Za-z]){_MIXED_CONNECTOR}{_PIXELS}"
    rf"|(?:图片|图像|画布|画面|输出|出图)?尺寸{_MIXED_CONNECTOR}{_PIXELS}|(?:分辨率|宽度|高度){_MIXED_CONNECTOR}{_PIXELS}"
    rf"|(?:(?:(?<![\w-])--?|(?<![A-Za-z-]))strength(?![A-Za-z])|(?:重绘|编辑|去噪)?强度){_MIXED_CONNECTOR}(?:0?\.\d+|[01](?:\.\d+)?)(?![\d.])"
    rf"|引导{_MIXED_CONNECTOR}{_MIXED_VALUE}"
    # another seed asked for with no number: "换个种子", "随机一个seed", "new seed pls"
    r"|(?:换|换个|换一个|换一下|来个|来一个|用个|用一个|随机(?:一个|个)?|再来个)\s*(?:新的?|随机的?|别的|不同的)?\s*"
    r"(?:种子|seed(?![A-Za-z]))|(?<![A-Za-z])(?:a\s+)?(?:new|another|different|random|fresh)\s+seed(?![A-Za-z])"
    # "need max quality", "改一下分辨率": the quality or the size asked for with no value (the settings say it)
    r"|(?<![A-Za-z])(?:max(?:imum)?|best|highest|top|ultra)\s+quality(?![A-Za-z])"
    r"|(?:改|调|换|提高|降低|加大)(?:一下)?(?:分辨率|清晰度|画质)"
    # "30步" beside a picture ("画一只猫 30步"): two or three digits, not 第3步
    rf"|(?<![\d.第])\d{{2,3}}\s*步(?![行骤伐子])"
    rf"){_TRAIL}",
    _I,
)
# What may stay of a Chinese clause once its settings are gone: courtesy and joining words, no content.
_LEFT_OVER_ZH = re.compile(r"^[\s,，、;；.。!！]*(?:(?:请|帮我|麻烦|然后|再|也|和|还有|并且|顺便|同时|一下|吧|了|呗|啊|"
                           r"嗯+|那个|哈|另外|以及|把|将)[\s,，、;；.。!！]*)*$")
_LEFT_OVER = re.compile(r"^(?:(?:set|use|make|change|put|switch|it|its|the|to|please|pls|and|with|at|now|then|"
                        r"can|could|you|i|we|want|need|would|like|be|of|for|me|render|draw|generate|output|again|this|that|"
                        r"picture|image|a|an|in|try|also|too|should|higher|lower|more|less|same|bump|raise|increase|"
                        r"up|decrease|reduce|crank|turn|ok|okay|oh|hmm+|um+|so|alright|right|also|just|maybe|lets|"
                        # "ok set steps to 40", "do like 50 steps": the setting, said after "ok" or "like"
                        r"let's|pls|plz|do|like|around|about|"
                        r"abeg|kindly|thanks|thx|lah|o|lock|keep|fix|hold|ah|there|only|take|lol+|lmao|haha+|pl[sz]|"
                        # "settings: steps=40, guidance=7.5": the settings' own label
                        r"settings?|params|parameters|config|gen\s+settings)\b[\s,.!:]*)*$", _I)  # "…cfg 7 abeg"


# "btw what guidance scale r u using lol", "what seed did you use", "seed 用的多少": asked about a setting, which
# Picture settings shows (before: "I can only draw and change the picture", or a note)
_SETTING_ASKED = re.compile(r"^(?:(?:btw|so|and|hey|also|oh|ok|quick\s+question)[\s,]+)*(?:what|which|how\s+many|"
                            r"how\s+much|what'?s)\b[^,.;!?]{0,30}?\b(?:seed|steps?|guidance(?:\s+scale)?|cfg|sampler|"
                            r"scheduler)\b[^,.;!?]*[?？]*$"
                            r"|^(?:btw\s*)?(?:seed|种子|步数|guidance|cfg)\s*(?:是|用的|用了)?(?:多少|几|啥|什么)[^，,。]*$",
                            re.IGNORECASE)


def strip_settings(text: str) -> tuple[str, bool]:
    """A clause without the generation settings it names ("draw a cat, 20 steps" keeps "draw a cat"); True when
    it named one. A clause that was only settings comes back empty."""
    if _SETTING_ZH_CLAUSE.match(text.strip()) or _SETTING_ASKED.match(text.strip()):
        return "", True
    text, mixed = _SETTING_MIXED.subn(" ", text)
    rest, count = _SETTING_EN.subn(" ", text)
    if not count + mixed:
        return text, False
    rest = " ".join(rest.split())
    return ("" if _LEFT_OVER.match(rest) or _LEFT_OVER_ZH.match(rest) else rest), True


# Prompt syntax pasted from other image tools: weights "(red hat:1.2)", "((a cat))", LoRA tags "<lora:x:0.8>",
# "--no dogs", "|" between pieces, and quality tags ("masterpiece, best quality"), which say only "detailed".
# (not "(steps: 20)": a setting said in brackets, read by the settings rules)
_WEIGHTED = re.compile(r"\((?!\s*(?:steps?|seed|cfg(?:\s+scale)?|guidance(?:\s+scale)?|strength|denoise|width|height|"
                       r"sampler|scheduler|batch(?:\s+size)?)\s*:)(?P<inner>[^():\n]{1,80}):\s*\d+(?:\.\d+)?\)", re.I)
_DOUBLED = re.compile(r"\({2,}(?P<inner>[^()\n]{1,80}?)\){2,}")
_MODEL_TAG = re.compile(r"<(?:lora|lyco|hypernet|embedding|ti):[^<>\n]{1,100}>", _I)
_NO_FLAG = re.compile(r"(?<!\S)--no\s+(?P<what>[^\n]+?)(?=\s+--|$)", _I | re.MULTILINE)
# (up to a request said after it: "negative prompt: blurry, extra legs. also make the sunglasses pink",
# "…, 然后把鸟改成红色")
_NEGATIVE_LABEL = re.compile(r"(?:\b(?:negative(?:\s+prompt)?|neg)|反向提示词|负面提示词|负向提示词|反向词)"
                             r"\s*[:：=][^\n]*?(?=[.;。；!！]\s+\S|\s*[,，]?\s*(?:然后|接着|再把|另外|(?:and\s+)?(?:also|then)\s)|$)",
                             _I | re.MULTILINE)
# "prompt: a lighthouse at sunset", "Prompt：一只橘猫", "提示词：…": a label pasted before the request, no word of it.
_PROMPT_LABEL = re.compile(r"^[ \t]*[\[【](?:设置|参数|settings?|params?|prompt|提示词)[\]】][ \t]*"
                           r"|^[ \t]*(?:(?:positive\s+|image\s+)?prompt|request|description|caption|正向提示词|提示词|"
                           r"描述)[ \t]*[:：][ \t]*"
                           # "Round 1, question 1: draw …": a numbered label, not a thing
                           r"|^[ \t]*(?:(?:round|question|q|task|step|part|level|day|panel|page|frame|slide)\s*\d{1,3}"
                           r"[ \t]*[,.]?[ \t]*){1,2}"
                           r"[:：–—][ \t]*",
                           _I | re.MULTILINE)
_TAG_COUNT = re.compile(r"\b([1-6])(girls?|boys?)\b", _I)  # "1girl", "2boys": a girl, two boys
_PIPE = re.compile(r"[ \t]+\|[ \t]+")
_QUALITY = re.compile(r"(?<![\w-])(?:masterpiece|best\s+quality|high(?:est)?\s+quality|ultra[\s-](?:detailed|hd)|"
                      r"extremely\s+detailed|absurdres|highres|[48]k|u?hd)(?![\w-])"
                      r"|(?:超高清|高清|超清|高画质|高质量|画质高一?点|[48][kK]|杰作|大师(?:之|级)作品?|"
                      r"最(?:佳|高|好的?)(?:质量|画质)|超精细|极其精细)(?:一点|一些|点)?", _I)  # 高清一点
_NO_CONTENT_TAG = re.compile(r"(?<![\w-])(?:trending\s+on\s+artstation|award[\s-]winning|featured\s+on\s+\w+|"
                             r"solo(?=\s*,))"
                             r"(?![\w-])"
                             # "#seascape", "#标签", "@someone": tags and mentions
                             r"|(?<!\S)[#@](?P<tag>[\w\u4e00-\u9fff]+)", _I)


def _tag_said(m: re.Match[str]) -> str:
    """"#夜晚", "#watercolor": a tag that names a time, a look or a style is said; any other goes ("#space" after
    "black background" is what the post is about, not where the picture is)."""
    said = (m.group("tag") or "").replace("_", " ")
    place, times, rest = parse_setting(said)
    looks, after = parse_looks(said)
    named = times and not place and not rest.strip() or looks and not after.strip() or vocab.lookup(vocab.STYLES, said)
    return f", {said}," if m.group(0).startswith("#") and named else " "


# A request pasted in quotes, the whole line ("\"make the cat blue\" please", 「把猫变成蓝色」): the quotes are not
# words of it. Quotes inside a line ("a sign that says \"OPEN\"") are what a thing says, and stay.
_QUOTED_LINE = re.compile(r"^(?P<pre>[ \t]*)(?:\"(?P<a>[^\"\n]{2,500})\"|“(?P<b>[^”\n]{2,500})”|"
                          r"「(?P<c>[^」\n]{2,500})」|『(?P<d>[^』\n]{2,500})』|‘(?P<e>[^’\n]{2,500})’|'(?P<f>[^'\n]{2,500})')"
                          r"(?P<post>(?:[ \t,，!！.。~]|please|pls|plz|thanks|thx|谢谢|吧)*)$", re.MULTILINE | _I)


def read_prompt_syntax(text: str) -> str:
    """The message with other tools' prompt syntax read as plain words (a weight is dropped, "--no dogs" is
    "no dogs", a quality tag is "highly detailed", quotes around a whole line are dropped); text without such
    syntax comes back as it was."""
    text = _QUOTED_LINE.sub(lambda m: m.group("pre") + next(g for g in m.group("a", "b", "c", "d", "e", "f") if g)
                            + m.group("post"), text)
    if not re.search(r"[(<|:：=–—]|--no\b|masterpiece|quality|artstation|award|absurdres|highres|detailed"
                     r"|\d(?:girl|boy)|\b[48]k\b|\bu?hd\b|高清|超清|画质|质量|杰作|大师|精细|(?<!\S)[#@]\w", text, _I):
        return text
    text = _PROMPT_LABEL.sub("", text)
    text = _MODEL_TAG.sub(" ", text)
    text = _WEIGHTED.sub(lambda m: m.group("inner"), text)
    text = _DOUBLED.sub(lambda m: m.group("inner"), text)
    # "--no people, cars": each of them kept out
    text = _NO_FLAG.sub(lambda m: ", no " + re.sub(r"\s*,\s*(?:and\s+)?", ", no ", m.group("what").strip()), text)
    text = _NEGATIVE_LABEL.sub(" negative prompt", text)  # the panel has it: the words after it are not drawn
    text = _TAG_COUNT.sub(lambda m: ("a " if m.group(1) == "1" else m.group(1) + " ") + m.group(2), text)
    text = _PIPE.sub(", ", text)
    text = _NO_CONTENT_TAG.sub(_tag_said, text)
    said = list(_QUALITY.finditer(text))
    if said:  # one "highly detailed" for all of them
        text = _QUALITY.sub(" ", text)
        chinese = detect_language(text) == "zh"
        text = text.rstrip() + ("，细节丰富" if chinese else ", highly detailed")  # in the words of the message
    return re.sub(r"(?:\s*，\s*){2,}", "，", re.sub(r"(?:\s*,\s*){2,}", ", ", text)).strip(" ,，")
