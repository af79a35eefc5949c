"""The picture said as a kind of picture, not as a thing in it: "make it look like a painting", "make it in a
children's book illustration style", "painting style", "show me a green version", "来个黑白版本", "我想要一个夜晚的
版本". Each was read as a thing ("Turned the fox into a painting style", a subject called 版本); here it is said
again the way the style and change rules read it: "in the style of a painting", "make it green", "改成夜晚".
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import parse_looks

_I = re.IGNORECASE
# What a kind of picture is called: the last word of "an old movie poster", "a children's book illustration".
_KIND = (r"painting|drawing|illustration|sketch|poster|photo|photograph|render|artwork|print|comic|cartoon|"
         r"movie\s+still|still|postcard|mural|woodcut|engraving|storybook|picture\s+book|book\s+cover|album\s+cover|"
         r"polaroid|snapshot|selfie|sticker|tattoo|logo|icon|blueprint|stained\s+glass(?:\s+window)?|mosaic|collage|"
         r"screenshot|storyboard|meme|magazine\s+cover|greeting\s+card|postage\s+stamp|stamp|film\s+still|"
         r"tapestry|embroidery|linocut|etching|lithograph|infographic|diagram|map|movie|film|animation|video\s+game")
_LOOK_LIKE = re.compile(
    r"^(?:make|turn|do|draw|paint|render)\s+(?:it|this|that|everything|the\s+(?:picture|image|whole\s+thing|scene))\s+"
    rf"(?:look\s+like|look\s+as\s+if\s+it\s+were|like|as|into|in)\s+(?P<x>(?:a|an|the|some)\s+(?:[\w'-]+\s+){{0,4}}?"
    rf"(?:{_KIND}))(?:\s+style)?$", _I)
_STYLE_SAID = re.compile(r"^(?:(?:make|turn|do|draw|paint|render)\s+(?:it|this|everything)\s+)?(?:in\s+|into\s+)?"
                         r"(?:a|an|the)?\s*(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+style$", _I)
# "show me a green version", "a night version please", "can i get a black and white version"
_VERSION_EN = re.compile(r"^(?:(?:show|give|make)\s+(?:me|us)\s+|(?:can|could)\s+i\s+(?:see|get|have)\s+|how\s+about\s+"
                         r"|i\s+(?:want|need|'d\s+like)\s+|let'?s\s+(?:see|try|do)\s+)?(?:a|an|the)\s+"
                         r"(?P<x>[\w' -]+?)\s+version(?:\s+(?:of\s+it|too|instead|please|pls))*$", _I)
# "go full grayscale on it", "let's go noir": a look gone for, said as a change
_GO_FULL = re.compile(r"^(?:let'?s\s+)?go\s+(?:(?:full|all|totally|fully|for)\s+)?(?:(?:a|an|the)\s+)?(?P<x>[\w' -]+?)"
                      r"(?:\s+(?:look|style|vibe|feel))?(?:\s+(?:on|with)\s+(?:it|this|that|the\s+\w+))?$", _I)
_VERSION_ZH = re.compile(r"^(?:来|来个|来一个|来一张|给我|给我来个|我想要|想要|要|换)?(?:一个|个|一张|张)?"
                         # 竖版, 横版: the picture's shape, a look of its own
                         r"(?P<x>(?![竖横]版)[\u4e00-\u9fffA-Za-z ]{1,8}?)的?版(?:本)?(?:吧|呗|试试|看看)?$")


def as_kind_said(body: str) -> str:
    """The clause with a kind of picture said as a style or a change; as said otherwise."""
    said, body = body, body.strip().rstrip("?？!！.。~ ")
    m = _LOOK_LIKE.match(body)
    if m and vocab.lookup(vocab.STYLES, re.sub(r"^(?:a|an|the|some)\s+", "", m.group("x"), flags=_I)) is None:
        return f"in the style of {m.group('x')}"
    m = _STYLE_SAID.match(body)
    if m and vocab.lookup(vocab.STYLES, m.group("x")) is None and re.search(rf"(?:{_KIND})$", m.group("x"), _I):
        return f"in the style of {m.group('x')}"  # "painting style", "make it a painting style"
    m = _GO_FULL.match(body)
    if m and (parse_looks(m.group("x"))[0] or vocab.lookup(vocab.STYLES, m.group("x"))):
        return f"make it {m.group('x')}"  # "go full grayscale on it": grayscale
    m = _VERSION_EN.match(body)
    if m:
        return f"make it {m.group('x').strip()}"
    m = _VERSION_ZH.match(body)
    if m and m.group("x").strip():
        return f"改成{m.group('x').strip()}"
    return said


# "product shot, a single red sneaker, …", "editorial illustration, a young woman …": a prompt's list names the
# kind of picture in a bare piece of its own (no a / the); drawn as a thing called "product shot" before.
_LISTED_KIND = re.compile(r"(?:^|(?<=[,，]))(?P<pad>\s*)"
                          r"(?P<x>(?![aA]n?\s|[tT]he\s|(?:[jJ]ust\s+)?[lL]ike\s|[aA]s\s)[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,2}?\s+"
                          r"(?:shot|photo|photograph|photography|illustration|render|artwork|poster|painting|drawing|"
                          r"sketch|pic|picture|image|look|aesthetic))(?=\s*(?:[,，]|$))", _I)


# "make a poster, a rocket in the middle", "design a logo, a coffee cup": what is made, then what it shows
_MADE_KIND = re.compile(r"^(?P<pad>\s*)(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:make|create|design|draw|do)\s+"
                        rf"(?:me\s+|us\s+)?(?:a|an)\s+(?P<x>(?:[\w'-]+\s+){{0,2}}?(?:{_KIND}|flyer|banner|card))"
                        r"(?=\s*[,，:：])", _I)


def kind_listed(text: str) -> str:
    """The message with a kind of picture listed among its pieces said as a style ("in the style of product shot")."""
    if "," not in text and "，" not in text:
        return text
    text = _MADE_KIND.sub(lambda m: f"{m.group('pad')}in the style of {m.group('x')}", text, count=1)

    def said(m: re.Match[str]) -> str:
        words = m.group("x").split()[:-1]
        tables = (vocab.TIMES, vocab.COLOURS, vocab.NOUNS, vocab.STYLES)
        if vocab.lookup(vocab.STYLES, m.group("x")) or any(vocab.lookup(t, w) for w in words for t in tables):
            return m.group(0)  # "sunset photo", "watercolor painting": what it shows or a style, for the other rules
        return f"{m.group('pad')}in the style of {m.group('x')}"

    return _LISTED_KIND.sub(said, text)
