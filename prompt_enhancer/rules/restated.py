"""A request said again with words around it that only frame it: "sry i meant make it yellow", "i said make it
bigger", "i asked you to remove the tree", "right then, make it blue". The frame goes and the request is read as
said plainly (before, "i meant make it yellow" gave the dog a detail "make it", "i asked you to…" was a note and
"right, make it blue" moved the dog to the right). So do a correction said as what it is not ("not a circle, a
square": the circle becomes one; a square was added) and a thing said with "then" ("ok a square then": in place of
what there is). Only text: no Scene.
"""

from __future__ import annotations

import re

from dialog.en_words import article
from prompt_enhancer.rules.relayed import as_own_request

_I = re.IGNORECASE

# What a request starts with when it is one: a verb that changes the picture.
_DO = (r"(?:(?:now|just|pls|please)\s+)*(?:make|turn|change|move|put|place|give|add|remove|delete|erase|swap|switch|"
       r"replace|paint|colou?r|draw|shift|get\s+rid|take|lose|ditch|drop|bring|push|pull|drag|nudge|scoot|lower|"
       r"raise|resize|shrink|enlarge|flip|rotate)\b")
# "sry", "my bad", "no": said before the request said again
_SORRY = r"(?:(?:no+|sorry|sry|soz|oops|my\s+bad|ugh+|argh+|omg)[\s,.!]+)*"
# "i meant", "i said", "i asked you to", "what i meant was", "like i said": the request was said before
_SAID_BEFORE = (r"(?:i\s+(?:meant|mean|said|asked\s+(?:you\s+)?to|told\s+(?:you|u)\s+to|wanted\s+(?:you|u)\s+to)"
                r"(?:\s+to\s+say)?|what\s+i\s+(?:meant|mean|said)\s+(?:was|is)|like\s+i\s+said|as\s+i\s+said)")
_FRAME = re.compile(rf"(?:^|(?<=[.!?;]\s)|(?<=,\s)){_SORRY}{_SAID_BEFORE}[\s,:]+(?={_DO})", _I)
# "right then, make it blue", "right so move it": "right" only starts talking here, it is no place
_RIGHT_THEN = re.compile(rf"^(?:right|alright|ok(?:ay)?)(?:\s+(?:then|so))?\s*[,.!…]+\s*(?={_DO})"
                         rf"|^right\s+(?:then|so)[\s,.!…]+(?={_DO})", _I)


# "not a circle, a square": what it is not, then what it is; said as the change it asks ("make the circle a square")
# ("its not a kitty its a bunny", "wait it's not a puppy, it's a seal", "oh no she says its not a kitty its a BUNNY")
_IT_IS = r"(?:it'?s|its|it\s+is|that'?s|thats|this\s+is)"
_NOT_THIS_THAT = re.compile(r"^(?:(?:sorry|oops|oh|ah|wait|ok(?:ay)?|no+|hmm+)[\s,.]+)*"
                            r"(?:(?:he|she|they)\s+says?\s+|[他她]说\s*)?"
                            rf"(?:{_IT_IS}\s+)?not\s+(?:(?:a|an|the)\s+)?"
                            rf"(?P<old>(?!(?:that|this|it|so|really|sure|yet|now)\b)[a-z]+(?:\s+(?!{_IT_IS}\b)[a-z]+)?)"
                            rf"(?:\s*[,;.…]+\s*|\s+(?={_IT_IS}\s))(?:but\s+|i\s+meant\s+)?(?:{_IT_IS}\s+(?=(?:a|an)\s))?"
                            # "sorry not dog. cat please": a learner's, with no article
                            r"(?P<a>(?:a|an)\s+)?(?P<new>(?!(?:the|that|this|it|its|one|please|pls)\b)[a-z]+(?:\s+[a-z]+)?)"
                            r"(?:\s+(?:please|pls|plz|my\s+bad|lol|sorry))*\s*[.!]*$", _I)


# "hmm ok a square then lol same colour": in that case a square, in place of what there is
_A_THING_THEN = re.compile(r"^(?P<lead>(?:(?:hmm+|ok(?:ay)?|so|alright|well|oh+)[\s,]+)*)"
                           r"(?P<x>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+then\b", _I)


# "what is guidance? higher is better?": asked, of a setting ("bigger is better" alone is a wish, read elsewhere)
_IS_BETTER_ASKED = re.compile(r"(?<![\w-])(?P<v>higher|lower|more|less|bigger|smaller)\s+is\s+better\s*\?", _I)


def _not_this_that(m: re.Match[str]) -> str:
    new = m.group("new").lower() if m.group("new").isupper() else m.group("new")  # "its a BUNNY": shouted
    return f"make the {m.group('old')} {m.group('a') or article(new) + ' '}{new}"


def restated(text: str) -> str:
    """`text` without the words that only frame a request said again or passed on; as it was otherwise."""
    text = _IS_BETTER_ASKED.sub(r"what if \g<v> is better?", text)
    text = _A_THING_THEN.sub(r"\g<lead>\g<x> instead,", text)
    text = _NOT_THIS_THAT.sub(_not_this_that, text)
    return as_own_request(_FRAME.sub("", _RIGHT_THEN.sub("", text)))  # "chat says make it blue": the request
