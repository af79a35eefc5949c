"""Words no rule read, said beside thanks or praise, are talk ("Is very pretty, thank you so much", "ok back to work
lol thx", "谢谢您，辛苦了", "好可爱，谢谢！女儿肯定喜欢", "Perfect, 客户会喜欢的。Thanks!"). Kept as a note they went
into the prompt and changed the picture; answered, the picture stays. A clause that asks for something ("thanks,
and more contrast", "谢谢 再加点光", "Perfect. three glorbs beside it") is not talk and stays a note. Words about
the person or their own things ("he loves tigers", "my real board is all scratched up") are talk without thanks too.
"""

from __future__ import annotations

import re

from dialog.scene_diff import SceneDiff
from dialog.scene import Scene
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.openers import is_chatter

_I = re.IGNORECASE

# Thanks or praise anywhere in the message ("lol thx", "ty", "谢谢您啦", "辛苦了", "费心了").
_THANKED = re.compile(r"\b(?:thanks|thank\s+(?:you|u)|thx|thnx|ty|tysm|ta|cheers|gracias)\b|谢谢|多谢|感谢|辛苦|费心|"
                      r"麻烦您了", _I)
# Words that ask for a change: then an unread clause is a request, not talk.
_ASKS = re.compile(r"\b(?:make|add|draw|put|give|change|turn|move|remove|want|need|should|could|can|would|more|"
                   r"less|bigger|smaller|please|pls|plz|try|use|keep|style|vibes?|mood|look|beside|behind|next\s+to|"
                   r"above|below|under|on\s+the\s+(?:left|right|top|bottom))\b"
                   r"|要|想|请|帮|给|把|让|改|换|加|再|画|变|弄|一点|一些|应该|得更|风格|感觉"
                   r"|旁边|左边|右边|上面|下面", _I)
# What the picture is for, said as talk ("这张我要拿来当头像", "gonna use it as my wallpaper"): no request in it.
_USE_AS = re.compile(r"(?:我|我要|要)?(?:拿来|用来|拿去|用作|设成|设为)(?:当|做|作)?(?:头像|壁纸|封面|屏保|表情包|海报)"
                     r"|\b(?:gonna|going\s+to|will|'ll)\s+use\s+(?:it|this)\s+(?:as|for)\s+(?:my\s+)?\w+", _I)
_WISH = re.compile(r"^(?:i|we)\s+(?:really\s+)?(?:want|need|wanna|would\s+like|'d\s+like)\b", _I)
_TALK_KEYS = ("thanks", "reaction", "bye", "hello", "chatter")


def thanked_talk(before: Scene, work: MessageEdit, text: str) -> None:
    """Turn this message's notes back into talk when it thanked or praised, said nothing asking for a change in
    them, and changed nothing else."""
    notes = [said for key, said in work.replies if key == "note"]
    talked = {reply.say(key, work.language) for key in _TALK_KEYS}
    added = [n for n in work.scene.notes if n not in before.notes]
    # "my real board is all faded blue now haha"; not "i want that cozy sunday feeling", a wish for the picture
    chatter = bool(added) and all(is_chatter(n) and not _WISH.match(n) for n in added)
    if not notes or work.unread or not (_THANKED.search(text) or talked & set(work.chat_replies) or chatter):
        return
    if not added or (not chatter and any(_ASKS.search(_USE_AS.sub("", n)) for n in added)):
        return
    kept = work.scene.copy()
    kept.notes = list(before.notes)
    if SceneDiff(before, kept).content_changed:
        return  # something was drawn or changed beside it: the note may belong to that
    work.scene = kept
    work.replies = [(key, said) for key, said in work.replies if key != "note"]
    if not work.chat_replies:  # "ok back to work lol thx": one answer, to the thanks if there were thanks
        key = "thanks" if _THANKED.search(text) else "chatter" if chatter else "reaction"
        work.chat_replies.append(reply.say(key, work.language))
