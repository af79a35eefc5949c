"""Clauses that only talk: session words ("undo", "new chat") get a hint, greetings, thanks, help and questions
get an answer. They never edit the Scene.
"""

from __future__ import annotations

import re

from dialog.message import session_command
from dialog.prompt import render_prompt
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit

_I = re.IGNORECASE


def session_words(work: MessageEdit, body: str) -> bool:
    """"undo", "new chat" typed as a message: a hint to use the buttons, never a drawing of the words."""
    command = session_command(body)
    if command is None:
        return False
    work.chat_replies.append(reply.say(f"{command}_hint", work.language))
    return True


_GREETING = re.compile(r"^(?:hi|hello|hey|yo|hiya|good (?:morning|afternoon|evening)|你好|您好|嗨|哈喽|早上好|晚上好)"
                       r"(?:\s+there)?$", _I)
_THANKS = re.compile(r"^(?:thanks|thank you|thx|ty|great|nice|cool|awesome|perfect|good|wow|lol|ok|okay|yes|no|"
                     r"yep|nope|fine|beautiful|love it|no thanks|谢谢|多谢|好的|很好|不错|太棒了|棒|好|可以|行|嗯|哈哈|"
                     r"漂亮|真好看|好看|不客气)(?:\s*[!.。！~]*)$", _I)
_HELP = re.compile(r"^(?:help|what can you do|how does this work|how do i use this|"
                   r"帮助|你能做什么|怎么用|你会什么)$", _I)
_DESCRIBE = re.compile(r"^(?:what(?:'s| is) in (?:the|this) (?:picture|image|scene)|describe (?:it|the picture|the "
                       r"scene)|what do you see|show (?:me )?the scene|"
                       r"画面里有什么|画里有什么|描述一下|现在画的是什么)$", _I)
_QUESTION = re.compile(r"^(?:what|why|how|who|where|when|which)\b|(?:吗|什么|为什么|怎么|哪|是否|呢|什么意思)$"
                       r"|^(?:为什么|怎么|什么)", _I)
# "is it done?", "do you like it?": a question only with its question mark ("do the thing" is a request).
_YES_NO = re.compile(r"^(?:is|are|do|does|did|was|were|have|has)\b", _I)


_RETRY = re.compile(r"^(?:(?:try|do it|draw it|paint it|make it|one more time|once more)\s+)?(?:again|one more time|"
                    r"once more)(?:\s+please)?$|^(?:another (?:version|take|try|attempt)|reroll|re-roll|regenerate)$|"
                    r"^(?:再来一次|再画一次|重新画一次|重画一次|重新生成|再生成一次|重来一次|换一张)$", _I)


_UNDO_WORDS = re.compile(r"^(?:undo|revert|roll\s+back|take\s+back|go\s+back\s+to)\b"
                         r"|^(?:撤销|撤回|回到上一步|返回上一步|回退)", _I)
_REDO_WORDS = re.compile(r"^redo\b(?!\s+(?:it|the)\s+(?:in|as|with))|^(?:重做|恢复刚才)", _I)


def retry_words(work: MessageEdit, body: str) -> bool:
    """"again", "再来一次": the same picture with a new seed is the Retry button's; "undo the last two changes"
    is the Undo button's."""
    if _RETRY.match(body):
        work.chat_replies.append(reply.say("retry_hint", work.language))
    elif _UNDO_WORDS.match(body):
        work.chat_replies.append(reply.say("undo_hint", work.language))
    elif _REDO_WORDS.match(body):
        work.chat_replies.append(reply.say("redo_hint", work.language))
    else:
        return False
    return True


def chat_clause(work: MessageEdit, body: str) -> bool:
    """Greetings, thanks, help, "what is in the picture" and other questions: answered, the Scene untouched."""
    if _GREETING.match(body):
        work.chat_replies.append(reply.say("hello", work.language))
    elif _THANKS.match(body):
        work.chat_replies.append(reply.say("thanks", work.language))
    elif _HELP.match(body):
        work.chat_replies.append(reply.say("help", work.language))
    elif _DESCRIBE.match(body):
        prompt = render_prompt(work.scene, work.language)
        work.chat_replies.append(reply.say("describe", work.language, what=prompt) if prompt
                                 else reply.say("empty", work.language))
    elif _QUESTION.search(body) or (_YES_NO.match(body) and work.question_mark):
        work.chat_replies.append(reply.say("question", work.language))
    else:
        return False
    return True
