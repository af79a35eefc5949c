"""Input hygiene for chat messages, in one place: what a message becomes before anything reads it.

Every rejection is a `MessageRejected` with a reply for the person (in their language), so the app catches one
exception type, and a rejected message never reaches the enhancer or the Session.
"""

from __future__ import annotations

import re
import unicodedata

from dialog.hanzi import to_simplified
from dialog.texts import both, say

DEFAULT_MAX_CHARS = 2000

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_NEWLINES = re.compile(r"\n{3,}")


class MessageRejected(ValueError):
    """A message that is not processed; `reply` says why, in the person's language, and what to do."""

    def __init__(self, reason: str, reply: str) -> None:
        super().__init__(reply)
        self.reason = reason  # "empty" | "too_long": for the app's logs and tests
        self.reply = reply


def detect_language(text: str, default: str = "en") -> str:
    """"zh" or "en" by the majority of CJK characters vs Latin letters; `default` on a tie or neither."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk > latin:
        return "zh"
    if latin > cjk:
        return "en"
    return default


def clean_text(text: str) -> str:
    """Text as the dialog and the tokenizers read it: the hygiene of `clean_message`, without its refusals.

    NFKC turns full-width punctuation and letters into their ASCII forms (，becomes ,) and leaves CJK alone;
    control and format characters, lone surrogates and private-use characters are dropped (newlines stay,
    tabs become spaces); emoji stay, they are ordinary text.
    """
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n")
    kept = []
    for ch in text:
        if ch in "\n\r":
            kept.append("\n")
        elif ch == "\t":
            kept.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d":
            continue  # control, format (bidi overrides, zero-width), surrogates, private use, unassigned
        else:
            kept.append(ch)
    text = "".join(kept)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _NEWLINES.sub("\n\n", text).strip()


def clean_message(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """The message as the dialog reads it (`clean_text`), or MessageRejected: empty, not text, or too long
    (a clear reply, never a silent cut)."""
    if not isinstance(text, str):
        raise MessageRejected("empty", both("chat.empty_message"))
    text = clean_text(text)
    if not text:
        raise MessageRejected("empty", both("chat.empty_message"))
    if len(text) > max_chars:
        reply = say("chat.message_too_long", detect_language(text), length=len(text), limit=max_chars)
        raise MessageRejected("too_long", reply)
    return text


_UNDO = re.compile(r"^(?:undo|undo (?:that|it|the last (?:change|step|edit))|go back|"
                   r"撤销|撤回|撤销上一步|返回上一步|上一步)[.!。！]?$",
                   re.IGNORECASE)
_REDO = re.compile(r"^(?:redo|redo (?:that|it)|重做|恢复|下一步)[.!。！]?$", re.IGNORECASE)
_NEW = re.compile(r"^(?:new chat|start over|start again|reset|clear everything|新对话|重新开始|清空重来)[.!。！]?$",
                  re.IGNORECASE)


def session_command(text: str) -> str | None:
    """"undo" | "redo" | "new" when a whole (cleaned) message asks the Session itself to move, else None.

    These move the pointer in the turn tree rather than edit a Scene, so the app handles them like its buttons.
    """
    text = to_simplified(text.strip())  # 撤銷 is 撤销
    for name, pattern in (("undo", _UNDO), ("redo", _REDO), ("new", _NEW)):
        if pattern.match(text):
            return name
    return None
