"""A thing placed at a thing that is itself placed: "sitting on a bench under a tree", "坐在树下的长椅上". The bench
is drawn and so is the tree it stands under; the anchor was one thing called "bench under a tree" (English) or a
长椅 with the detail 树下的 (Chinese), and no tree."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

# 树下的长椅, 湖边的小屋, 桌上的花瓶: where it is, 的, then the thing
_ZH_PLACED_FIRST = re.compile(r"^(?P<x>[\u4e00-\u9fff]{1,4}?)(?P<loc>下面|下|旁边|边上|边|前面|后面|上面|上|里面|里)的"
                              r"(?P<y>[\u4e00-\u9fff]{1,6})$")


def anchor_said_plainly(anchor: str) -> str:
    """The anchor with its own place said after it (长椅在树下), so the rules that read "X在Y下" draw both; a
    place of the picture (中间的长椅) or a thing the vocabulary does not know as a thing is left as said."""
    m = _ZH_PLACED_FIRST.match(anchor.strip())
    if not m or not any(m.group("x").endswith(f) for t in vocab.NOUNS.values() for f in t.zh):
        return anchor
    return f"{m.group('y')}在{m.group('x')}{m.group('loc')}"
