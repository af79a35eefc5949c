"""A change to a thing pointed at with 把 that the picture does not have ("把三角形涂成红色" with only a cat): which
thing was meant is asked. Before, a red triangle was added with the words "把涂成" as its detail."""

from __future__ import annotations

import re

from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve, resolve_parts
from prompt_enhancer.rules.subject_handlers import ask_missing

# What the whole picture has, read by the picture's own rules: "把背景涂成红色", "把画面变成黑白的"
_WHOLE = re.compile(r"背景|画面|畫面|整体|整個|整个|整张|整幅|风格|画风|色调|光线|天空|天|地面|地上|颜色|图|画|全部|"
                    r"所有|这些|那些|其他|其它|别的|都|background|bg|sky|picture|image|style|colou?rs?|everything|all",
                    re.I)
_BA_CHANGE = re.compile(r"^(?:把|将)\s*(?P<t>[^，,。把将]{1,12}?)\s*(?:涂成|变成|改成|换成|弄成|染成|刷成|画成)\s*\S")


def missing_change_clause(work: MessageEdit, body: str) -> bool:
    """"把 triangle 涂成红色" when no triangle is drawn: asked which thing, never a new one drawn."""
    m = _BA_CHANGE.match(body.strip())
    if not m or not work.scene.subjects:
        return False
    said = m.group("t").strip()
    if _WHOLE.search(said) or resolve(work, said) is not None or resolve_parts(work, said):
        return False
    return ask_missing(work, said)
