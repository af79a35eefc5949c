"""A thing the picture lacks, wanted too: "月亮也要", "moon 也要", "还要一棵树" said after another change. With the
thing already drawn ("猫也要" after a recolour) it asks for the same change again (answers.same_again); here it is
one more thing to draw, read by the adding rules.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.drawing_handlers import add_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.references import resolve

_ALSO_WANTED = re.compile(r"^(?P<t>[\u4e00-\u9fff]{1,6}?|[A-Za-z]+(?:\s[A-Za-z]+)?\s*)(?:也|还)(?:要|想要|得有|要有)"
                          r"(?P<n>[一两三几]?[个只棵朵轮盏辆条些])?(?:吧|呗|啊|哦|的)?$"
                          r"|^(?:还|也)(?:要|想要)(?P<n2>[一两三几]?[个只棵朵轮盏辆条些])(?P<t2>[\u4e00-\u9fff]{1,6}|"
                          r"\s*[A-Za-z]+(?:\s[A-Za-z]+)?)(?:吧|呗|啊|哦)?$")


def also_wanted_clause(work: MessageEdit, body: str) -> bool:
    """"月亮也要": one more thing, named by a word for a thing, that the picture does not have yet."""
    m = _ALSO_WANTED.match(body.strip())
    if not m or not work.scene.subjects:
        return False
    thing = (m.group("t") or m.group("t2")).strip()
    if vocab.lookup(vocab.NOUNS, thing) is None or resolve(work, thing if not thing.isascii() else f"the {thing}"):
        return False  # a word for no thing, or a thing there: the same change again, not one more
    count = m.group("n") or m.group("n2") or "一个"
    return add_clause(work, f"再加{count if count[0] in '一两三几' else '一' + count}{thing}")
