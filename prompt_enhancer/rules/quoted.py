"""Words quoted to be written ('write "Sale! 50% off" on it', 上面写“生日快乐 小米”): every rule reads them as one
mark, and the scene and the reply get them back verbatim. Before, their commas and spaces split the message into
clauses ("50% off" became a note) and the spelling rules could change them."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from dialog.decision import Decision
from dialog.scene import Scene

# A quote after a word of writing ("says", "text", 写着, 文字): words to write, not a request quoted whole
_QUOTE = re.compile(r"(?:\b(?:writes?|writing|wrote|says?|saying|reads?|reading|text|words?|caption|title|slogan|"
                    r"tagline|message|lettering|label|print)\b|写着?|上|印着?|文字|字|标题|标语)[\s:：,，]*(?:to\s+|[改换]?成\s*)?"
                    r"[\"“「『](?P<inner>[^\"”「」『』\\\n⟦⟧]{1,80})[\"”」』]", re.IGNORECASE)
_BREAKS = re.compile(r"[\s,，.。!！?？;；:：、]")  # what the rules split or rewrite at
_MARK = re.compile(r"⟦(\d+)⟧")


def kept_quotes(text: str) -> tuple[str, list[str]]:
    """The text with each quoted run that holds a break replaced by a numbered mark, and the runs in order."""
    quoted: list[str] = []

    def keep(m: re.Match[str]) -> str:
        if not _BREAKS.search(m.group("inner").strip()):
            return m.group(0)  # one word: read as said
        quoted.append(m.group("inner"))
        start, end = m.span("inner")
        return f"{m.string[m.start():start]}⟦{len(quoted) - 1}⟧{m.string[end:m.end()]}"

    return _QUOTE.sub(keep, text), quoted


def restored(decision: Decision, quoted: list[str]) -> Decision:
    """The decision with each mark given back as the words it stands for."""
    if not quoted:
        return decision

    def put(text: str) -> str:
        return _MARK.sub(lambda m: quoted[int(m.group(1))] if int(m.group(1)) < len(quoted) else m.group(0), text)

    scene = Scene.from_dict(json.loads(put(json.dumps(decision.scene.to_dict(), ensure_ascii=False))))
    return replace(decision, reply=put(decision.reply), scene=scene)
