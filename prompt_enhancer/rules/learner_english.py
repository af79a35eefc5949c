"""English as someone still learning it writes it, said as the rules read it: "Put to her a hat of straw" (give her
a straw hat), "make it more dark" (darker), "convert it in a square" (into), "Better a triangle" (make it a
triangle), "The dress I want it more dark" (make the dress darker), "with one dog in his side" (beside him), "Is
possible he smiles?" (make him smile), "sitting under cherry tree" (under the cherry tree). Each was drawn as a thing
("hat of straw", "convert it", "Better triangle") or not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialog import vocabulary as vocab
from prompt_enhancer.rules.singlish import as_singlish_said
from prompt_enhancer.rules.drawn_alone import WORN_WORDS
from prompt_enhancer.rules.picture_changes import has_global
from prompt_enhancer.rules.phrase import parse_phrase
from prompt_enhancer.rules.setting_phrase import parse_place

_I = re.IGNORECASE

# sizes are apart: "more small and black" already reads as small and black
_COMPARATIVE = {"dark": "darker", "light": "lighter", "tall": "taller", "short": "shorter", "bright": "brighter",
                "long": "longer", "thin": "thinner", "thick": "thicker", "fat": "fatter", "wide": "wider",
                "high": "higher", "low": "lower"}
# ("the fox a little more small": the size changed, not a thing called "small"; "put more big the triangle" is
# read by its own rule below, "more small and black" as small and black)
_SIZE_COMPARATIVE = {"big": "bigger", "small": "smaller", "large": "larger"}
_OBJECT = {"he": "him", "she": "her", "it": "it", "they": "them", "his": "him", "her": "her", "its": "it",
           "their": "them"}
_COLOUR_EN = "|".join(sorted({f for t in vocab.COLOURS.values() for f in t.en if " " not in f}, key=len, reverse=True))
_MATERIALS = r"(?:straw|wood|wool|glass|gold|silver|leather|paper|stone|metal|plastic|silk|cotton|ice|clay)"

_WHICH_SIZE = r"bigger|smaller|larger|biggest|smallest|largest|taller|shorter"
_MODAL = r"(?:should|must|can|will|would|could|needs?|has|have|is|are|was|were)\b"
_NOT_NAMED = (r"(?:please|pls|plz|now|then|and|so|also|just|can|could|would|will|should|you|u|i|we|it|that|"
              r"this|lets?|kindly|maybe|don'?t|do|did|to|not|never|rather|must|might|gonna|wanna|need|want|"
              r"try|or|but|if|when|first|again|the|a|an|my|his|her|its|their|pl[sz]|i'?d|bg|background)\b")
_VALUE_ONE = "|".join(sorted({f for t in (*vocab.COLOURS.values(), *vocab.SIZES.values()) for f in t.en}
                             | {"left", "right", "middle", "top", "bottom", "first", "second", "last", "other",
                                "bigger", "smaller"}, key=len, reverse=True))
# Not a thing after a preposition: a place in the picture, a pronoun, a number or a word that starts a phrase.
_NOT_BARE = frozenset("a an the this that these those my your his her its our their some any one two three four five "
                      "each every other another all both it him them me us left right top bottom middle center centre "
                      "front back background foreground corner side edge distance".split())


def _article_before(m: re.Match[str]) -> str:
    """"sitting under cherry tree", "on table": a thing named with no article, as a learner writes it, gets one
    (a place "the": "in the snow"; an object "a": "on a table"); any other words stay."""
    words = m.group("w").split()
    if words[0].lower() in _NOT_BARE or (len(words) > 1 and vocab.lookup(vocab.COLOURS, " ".join(words[:2]))):
        return m.group(0)  # "on sky blue": a colour behind it, not the sky
    for n in (2, 1):  # "cherry tree" before "cherry"
        if len(words) >= n and vocab.lookup(vocab.NOUNS, " ".join(words[:n])):
            the = f"{m.group('p')} the {m.group('w')}"
            if parse_place(the)[0]:
                return the  # "in snow": a place, as "in the snow"
            return f"{m.group('p')} {'an' if words[0][0].lower() in 'aeiou' else 'a'} {m.group('w')}"
    return m.group(0)


def _article_after_into(m: re.Match[str]) -> str:
    """"change to heart", "turn it into teapot": what it becomes, named with no article, gets one; a value ("to
    red", "into watercolor") or an adjective stays as said."""
    word = m.group("w")
    said = parse_phrase(word)
    if said.has_subject_values() or has_global(said) or said.count > 1 or word.lower() in _NOT_BARE \
            or re.search(r"(?:y|ful|ish|ous|ic|ed|al|ive|less|er|est)$", word, _I):
        return m.group(0)
    return f"{m.group('v')} {'an' if word[0].lower() in 'aeiou' else 'a'} {word}"


_INTO_BARE = re.compile(r"\b(?P<v>(?:change|turn|transform|convert|switch)(?:\s+(?:it|him|her|them|this|that|"
                        r"the\s+[a-z]+))?\s+(?:to|into))\s+(?P<w>[a-z]+)(?=\s*(?:[,.!?;]|please|pls|$))", _I)

_BARE_THING = re.compile(r"\b(?P<p>under|on|in|beside|behind|near|above|below|next\s+to|in\s+front\s+of|on\s+top\s+of|"
                         r"with|holding)\s+(?P<w>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:please|pls|plz)?\s*(?:[,.!?;]|$))", _I)

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b(?:give|put)\s+to\s+(?=(?:him|her|them|it|the\s+\w+)\b)", _I), "give "),
    # "put him also red boots": give him them (what he wears), the "also" said before the thing
    (re.compile(r"\bput\s+(?P<w>him|her|them)\s+(?:also\s+)?(?=(?:a|an|some)\s+|(?:[a-z]+\s+)?[a-z]+s\b)", _I),
     r"give \g<w> "),
    # "move the remaining ones to the right", "the ones left": all that are there now
    (re.compile(r"\bthe\s+(?:remaining|leftover)\s+(?:ones|[a-z]+s)\b|\bthe\s+ones\s+(?:left|remaining)\b", _I),
     "them"),
    # "the red one on left side and the blue one on the right": where each goes, the verb left out
    (re.compile(r"^the\s+(?P<a>[a-z]+)\s+one\s+(?:on|to|at|in)\s+(?:the\s+)?(?P<w>left|right|top|bottom|middle|"
                r"cent(?:er|re))(?:\s+side)?\s+and\s+the\s+(?=[a-z]+\s+one\s)", _I),
     r"put the \g<a> one on the \g<w> and the "),
    # "take the robot out its ugly", "hat purple plz and the staff brown": a pause the person did not type
    (re.compile(r"(?<=[a-z])\s+(?=(?:it'?s|its|they'?re|theyre|thats)\s+(?:so\s+|too\s+|really\s+|kinda\s+)?(?:ugly|weird|bad|boring|"
                r"annoying|distracting|creepy|scary|not\s+needed|unnecessary)\b)", _I), ", "),
    (re.compile(r"\s+(?:pls|plz|please)\s+(?=and\s)", _I), " "),
    (re.compile(r"\b(?P<w>one|ones)['’]s\s+(?=(?:fine|ok|okay|good|perfect|great)\b)", _I), r"\g<w> is "),
    # Indian English: "red only", "simple only", "teapot itself" (the word, stressed); "do the needful" (do it);
    # "need 2 circles" (draw them); "can u do it on yellow" (put it there)
    (re.compile(rf"\b(?P<v>(?:{_COLOUR_EN})|simple|plain|small|big|same)\s+(?:only|itself)\b", _I), r"\g<v>"),
    (re.compile(r"[\s,.]*(?:(?:pls|please|kindly)\s+)?do\s+the\s+needful[.!]*", _I), ""),
    (re.compile(r"^(?:and\s+)?only\s+(?:the\s+)?(?P<t>[a-z]+)(?:\s+itself)?(?:\s+(?:pls|please))?$", _I),
     r"keep only the \g<t>"),
    (re.compile(r"[\s,]+kindly(?=\s*[.!]*$)", _I), ""),
    (re.compile(r"\bon\s+horseback\b", _I), "riding a horse"),  # "a knight on horseback": the horse is drawn too
    # "make three of them", "i want three of them": that many of the thing there
    (re.compile(r"^(?:(?:make|draw|i\s+want|give\s+me)\s+)?(?P<n>two|three|four|five|six|[2-9])\s+of\s+"
                r"(?:them|it|those)$", _I), r"make it \g<n>"),
    # "bouquet in pink would be nicer i think": that colour, wished for
    (re.compile(rf"^(?:the\s+)?(?P<t>[a-z]+(?:\s+[a-z]+)?)\s+in\s+(?P<c>{_COLOUR_EN})\s+(?:would|will|might|could)\s+"
                r"(?:be|look)\s+(?:nicer|better|prettier|cooler|nice|good|great|cute)(?:\s+i\s+think)?", _I),
     r"make the \g<t> \g<c>"),
    (re.compile(r"^(?:i\s+)?need\s+(?=(?:a|an|one|two|three|four|five|\d+)\s)", _I), "i want "),
    (re.compile(r"\b(?P<v>do|make|draw)\s+it\s+on\s+(?=(?:a\s+)?(?:" + _COLOUR_EN + r")\b)", _I), "put it on "),
    # "I would like please a picture …", "you can take off the sun?": please and can where Spanish puts them;
    # "he is 5 years": who it is for, how old (five things called "he is year" were drawn)
    (re.compile(r"\b(?P<v>would\s+like|want|need)\s+(?:please|pls|plz)\s+(?=(?:a|an|some|the)\s)", _I), r"\g<v> "),
    (re.compile(r"^(?:and\s+)?you\s+can\s+(?=[a-z][^?]*\?\s*)", _I), "can you "),
    (re.compile(r"[\s,.;!]+(?:he|she|they)(?:'s|\s+is|\s+are|s)\s+(?:only\s+|just\s+)?\d{1,2}\s*(?:years?|yrs?|yo)?"
                r"(?:\s+old)?(?=\s*(?:[.!,;]|[^\w\s]|$))", _I), ""),
    # "the shade should be more like.. yellow? yeah yellow": yellow, thought over
    (re.compile(r"\b(?P<v>should\s+be)\s+(?:more\s+)?like\s*(?:\.{2,}|…)?\s*(?!(?:you|u|that|this|the|a|an|my)\b)(?=[a-z])",
                _I), r"\g<v> "),
    (re.compile(r"\b(?P<w>[a-z]+)\s*\?+\s*(?:yeah|yes|yep|ya|yup)[\s,]+(?P=w)\b", _I), r"\g<w>"),
    # "my dog sleeping on a rug in the living room, draw that": the description, then asked for
    (re.compile(r"(?<=\w)[\s,]+(?:(?:pls|please|can\s+(?:you|u))\s+)?(?:draw|paint)\s+(?:that|this)(?:\s+(?:for\s+me|"
                r"pls|please|plz))?\s*[?!.]*$", _I), ""),
    # ("a pile of gold coins", "a bag of gold": how much of it, or what holds it)
    (re.compile(rf"\b(?P<a>a|an|the)\s+(?!(?:{'|'.join((*vocab.AMOUNTS, *vocab.CONTAINERS))})\b)(?P<thing>[a-z]+)"
                rf"\s+of\s+(?P<m>{_MATERIALS})\b", _I),
     lambda m: f"{m.group('a')} {m.group('m')} {m.group('thing')}"),
    (re.compile(rf"\bmore\s+(?P<w>{'|'.join(_COMPARATIVE)})\b", _I), lambda m: _COMPARATIVE[m.group("w").lower()]),
    (re.compile(rf"\bmore\s+(?P<w>{'|'.join(_SIZE_COMPARATIVE)})\b(?!\s+(?:the|a|an|it|him|her|them|and)\b)", _I),
     lambda m: _SIZE_COMPARATIVE[m.group("w").lower()]),
    # "bigger square goes to the top left", "smaller one red pls": which one, by its size, then the change (it had
    # made the square bigger and called it "goes")
    (re.compile(rf"^(?P<a>(?:and\s+|now\s+|ok\s+)?)(?:the\s+)?(?P<c>{_WHICH_SIZE})\s+(?P<n>one|[a-z]+)\s+"
                r"(?:goes|go|should\s+go|moves?)\s+(?=to\s)", _I), r"\g<a>move the \g<c> \g<n> "),
    (re.compile(rf"^(?P<a>(?:and\s+|now\s+|ok\s+)?)(?:the\s+)?(?P<c>{_WHICH_SIZE})\s+(?P<n>one|[a-z]+)\s+"
                rf"(?=(?:{_COLOUR_EN})(?:\s+(?:please|pls|plz|now))?\s*[.!]*$)", _I), r"\g<a>make the \g<c> \g<n> "),
    # "and the cat also get rid of it": the thing, then what to do with it
    (re.compile(r"^(?P<a>(?:and\s+)?)(?P<t>the\s+[a-z]+)\s+(?:also|too)\s+(?=(?:get\s+rid\s+of|remove|delete|take\s+out|"
                r"lose)\s+(?:it|him|her)\b)", _I), r"\g<a>\g<t>, "),
    (re.compile(r"\b(?:convert|transform|change|turn)\s+(?P<t>it|him|her|this|that|them|the\s+\w+)\s+in\s+"
                r"(?=(?:a|an|the)\s)", _I), lambda m: f"turn {m.group('t')} into "),
    (re.compile(r"(?:^|(?<=[.!?,]\s))(?:better|rather)\s+(?=(?:a|an)\s)", _I), "make it "),
    (re.compile(r"^(?P<t>the\s+[a-z]+),?\s+i\s+(?:want|would\s+like|prefer)\s+it\s+", _I),
     lambda m: f"make {m.group('t')} "),
    # "put more big the triangle": make it bigger; "put it a hat, a blue one": give it a hat
    (re.compile(r"\bput\s+more\s+(?P<a>big|large|small|little)\s+(?P<t>the\s+[a-z]+|it|him|her|them)\b", _I),
     lambda m: f"make {m.group('t')} " + ("bigger" if m.group("a").lower() in ("big", "large") else "smaller")),
    (re.compile(r"\bput\s+(?P<o>it|him|her|them)\s+(?=(?:a|an|some)\s+(?!bit\b|little\b|tad\b|few\b))", _I),
     lambda m: f"give {m.group('o')} "),
    # "put it a little higher": moved (not a thing called "it higher")
    (re.compile(r"\bput\s+(?P<o>it|him|her|them)\s+(?=(?:a\s+(?:bit|little|tad)\s+|slightly\s+)?(?:higher|lower|further)\b)",
                _I), lambda m: f"move {m.group('o')} "),
    # "star can be bigger? like BIG big": a change asked as what it can be
    (re.compile(rf"^(?P<t>(?:the\s+)?(?!(?:this|that|which|what)\b)[a-z]+)\s+(?:can|could)\s+be\s+"
                rf"(?=(?:a\s+bit\s+|a\s+little\s+|way\s+)?(?:{_VALUE_ONE}|larger|tinier)\b)", _I),
     lambda m: "make " + ("" if re.match(r"the\s|(?:it|he|she|they)$", m.group("t"), _I) else "the ")
     + m.group("t") + " "),
    # "The more big square put it red please": the thing, then what to do to it
    (re.compile(r"^(?P<t>the\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:put|make|paint|turn)\s+(?:it|him|her)\s+"
                rf"(?=(?:more\s+)?(?:{_VALUE_ONE})\b)", _I), lambda m: f"make {m.group('t')} "),
    # "the stick make brown lah": the thing, then the verb with no "it"
    # ("clipboard change to blue", "the square go yellow": the thing said bare, the verb "go"; a bare English word
    # before "make it" is more often a word said first: "lol make it pink", "Kindly make…", "haha turn it green")
    (re.compile(r"(?:^|(?<=[,.!?;]\s))(?:(?:now|then|and|so|ok|okay)\s+)?"
                rf"(?:(?P<t>the\s+(?:(?!{_MODAL})[a-z]+\s+)?(?!{_MODAL})[a-z]+)\s+"
                r"(?:(?:make|paint|turns?|change|colou?r|becomes?)\s+(?:it\s+)?(?:to\s+|into\s+)?"
                rf"(?=(?:{_VALUE_ONE})\b)|(?:go|goes)\s+(?=(?:{_COLOUR_EN})\b))"
                r"|(?P<t_bare>(?!(?:please|pls|plz|now|then|and|so|ok|okay|also|just|can|could|would|you|u|i|we|hmm+|"
                r"um+|oh|ah|yes|no|actually|maybe|hey|it|that|this|lets?|lol|haha+|hehe+|kindly|sir|bro|dude|mate|omg|"
                r"wow|cool|nice|great|good|perfect)\b)[a-z]+)\s+(?:turns?|change|go|goes|becomes?)\s+(?:to\s+|into\s+)?"
                rf"(?=(?:{_COLOUR_EN})\b))", _I),
     lambda m: f"make {m.group('t') or 'the ' + m.group('t_bare')} "),
    # "…, simple cartoon", "cute watercolour pls": a word for the style said with it, not a thing called "simple"
    (re.compile(r"(?:^|(?<=[,.?!]\s))(?P<a>simple|cute|minimal(?:ist)?|clean|flat|bold|soft|kawaii|retro|vintage|"
                r"colou?rful|bright|moody|detailed|basic|plain|modern)\s+(?P<s>cartoon|anime|manga|watercolou?r|"
                r"pixel\s+art|line\s+art|sketch|doodle|illustration|vector|comic)"
                r"(?=\s*(?:please|pls)?\s*(?:[,.!?]|$))", _I),
     r"\g<a> \g<s> style"),
    # "shield color red pls", "the roof colour to blue": the thing's colour, said as a label
    (re.compile(rf"^(?:(?:and|now|then|ok|okay)\s+)?(?:the\s+)?(?P<t>(?!{_NOT_NAMED})[a-z]+(?:\s+[a-z]+)?)"
                rf"\s+colou?r\s+(?:to\s+|is\s+|should\s+be\s+|=\s*|:\s*)?(?=(?:{_COLOUR_EN})\b)", _I),
     r"make the \g<t> "),
    # "knight character holding a big sword": a knight (a "cartoon character" stays one)
    (re.compile(r"\b(?P<n>[a-z]+)\s+(?:character|char)\b(?!\s+(?:design|sheet|art|concept))", _I),
     lambda m: m.group("n") if _a_thing(m.group("n")) else m.group(0)),
    # "two ghosts like the pacman ones": pacman ghosts
    (re.compile(r"\b(?P<n>[a-z]+s)\s+like\s+the\s+(?P<k>[a-z]+)\s+ones\b", _I), r"\g<k> \g<n>"),
    # "ball go down to the bottom pls", "the house goes up": the thing, then where it goes
    (re.compile(rf"^(?:the\s+)?(?P<t>(?:(?!{_NOT_NAMED})[a-z]+\s+)?(?!{_NOT_NAMED})[a-z]+)\s+(?:go|goes|move|moves)\s+"
                r"(?=(?:up|down|left|right|higher|lower|over|to\s+the)\b)", _I), r"move the \g<t> "),
    # "kebaya make it purple ya", "cat make it pink": a thing named first, then the request about "it"
    (re.compile(rf"^(?P<t>(?:(?!{_NOT_NAMED})[a-z]+\s+)?(?!{_NOT_NAMED})[a-z]+)\s+"
                r"(?P<v>make|paint|turn|change|colou?r)\s+(?:it|them)\s", _I),
     lambda m: f"{m.group('v')} the {m.group('t')} " if _a_thing(m.group("t")) else m.group(0)),
    (re.compile(r"\bin\s+(?P<p>his|her|its|their)\s+side\b", _I), lambda m: f"beside {_OBJECT[m.group('p').lower()]}"),
    (re.compile(r"\bis\s+(?:it\s+)?possible\s+(?:that\s+)?(?P<who>he|she|it|they)\s+(?P<v>smile|laugh|cry|wink)s?\b",
                _I), lambda m: f"make {_OBJECT[m.group('who').lower()]} {m.group('v').lower()}"),
    (_BARE_THING, _article_before),
    (_INTO_BARE, _article_after_into),
    # "and sunglasses on him pls": given to him; "the house also gone please": removed; "put a teddy back": again
    # ("put glasses on him": the verb is not part of what is given)
    (re.compile(r"(?:^|(?<=[.!?,;]\s))(?P<a>and\s+)?(?:(?:put|place|stick|slap|pop|throw)\s+)?"
                r"(?P<x>(?:(?:a|an|some)\s+)?[a-z]+(?:\s+[a-z]+)?)\s+on\s+"
                r"(?P<w>him|her|them)"
                r"(?=(?:\s+(?:too|also|please|pls|plz))*[\s.!]*$)", _I),
     lambda m: f"{m.group('a') or ''}give {m.group('w')} {m.group('x')}"),
    (re.compile(r"(?:^|(?<=[.!?,;]\s))(?P<a>(?:ok|okay|and)[\s,]+)*(?P<x>the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                r"(?:also\s+|too\s+)?gone\b", _I),
     lambda m: f"remove {m.group('x')}"),
    (re.compile(r"\b(?:put|bring)\s+(?P<x>(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+back\s+but\s+(?:a|"
                r"an)\s+(?P<v>[a-z]+)\s+one"
                r"(?:\s+this\s+time)?", _I), lambda m: f"add a {m.group('v')} {m.group('x').split(None, 1)[1]}"),
    # "the other side o the tent": "of", as Scots write it
    (re.compile(r"\b(?P<w>side|top|front|back|middle|end|bottom)\s+o\s+(?=the\b)", _I), r"\g<w> of "),
    # "also the duck remove", "only sink stay": the verb after its thing, the article left out
    (re.compile(r"(?<![\w'])(?P<t>the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:please\s+|pls\s+)?(?:remove|delete|erase)"
                r"(?=(?:\s+(?:please|pls|plz))?\s*(?:[,.!?;]|$))", _I), r"remove \g<t>"),
    # "also house delete please", "moon delete": the thing named bare, first in the clause
    (re.compile(r"(?:^|(?<=[.!?,;]\s))(?P<a>(?:also|and|now|then|ok|okay)\s+)?(?P<t>(?!(?:please|pls|plz|can|could|"
                r"you|u|i|we|just|and|also|now|then|so|to|it|them|this|that|the)\b)[a-z]+)\s+(?:please\s+|pls\s+)?"
                r"(?:remove|delete|erase)(?=(?:\s+(?:please|pls|plz))?\s*(?:[,.!?;]|$))", _I),
     r"\g<a>remove the \g<t>"),
    (re.compile(r"\bonly\s+(?!the\b)(?P<t>[a-z]+)\s+(?:stay|stays|remain|remains)\b", _I), r"only the \g<t> stays"),
    # "now put red bucket under it": a thing named by its colour, with no article
    (re.compile(rf"\b(?P<v>put|add|draw|place)\s+(?P<w>(?:{_COLOUR_EN})\s+[a-z]+)\b", _I), r"\g<v> a \g<w>"),
    # "a old man with walking stick": a thing named by its -ing compound, with no article (before, the man walked)
    (re.compile(r"\bwith\s+(?=[a-z]{3,}ing\s+(?!(?:the|a|an|his|her|its|their|my|some|this|that)\b)[a-z]*[a-rt-z]\b"
                r"(?!\s+(?:the|a|an|his|her)\b))", _I), "with a "),
    # "and apple it should be red colour": the thing, then "it" for it again
    (re.compile(r"^(?P<a>(?:and|also|now|ok|okay|then)\s+)?(?:the\s+)?"
                r"(?P<t>(?!(?:and|also|now|ok|okay|then|so|but|or|i|you|we|h+m+|u+m+|u+h+|erm|yeah|yes|no|nah|well|"
                r"actually|maybe|wait|sorry|oh)\b)[a-z]+)\s+(?:it|he|she)\s+"
                r"(?=(?:should|must|needs?\s+to|has\s+to)\s+be\b)", _I), r"\g<a>the \g<t> "),
    # "the kite's gotta be red", "kite's gotta go": it has to (not the kite's something; "i gotta go" is leaving)
    (re.compile(r"\b(?P<t>(?!(?:i|we|you|u|ya|gotta)\b)[a-z]+)(?:'s|’s|\s+has)?\s+(?:gotta|got\s+to|has\s+got\s+to)\s+"
                r"(?P<v>be|go)\b", _I), r"\g<t> has to \g<v>"),
    # "can she be holding a flower too?": she should hold one (not "turned into a holding flower")
    (re.compile(r"\b(?:can|could|would|will)\s+(?P<w>he|she|it|they)\s+be\s+(?=(?:holding|wearing|carrying|hugging)\b)",
                _I), r"\g<w> should be "),
    # "a yellow balloon besides it": beside it
    (re.compile(r"\bbesides(?=\s+(?:it|him|her|them|the\s+[a-z]+)\s*(?:[,.!?]|$))", _I), "beside"),
    # "hard hat wants to be yellow mate": a thing that wants to be so should be (not "i want to be")
    (re.compile(r"(?<=[a-z])(?<!\bi)(?<!\bwe)(?<!\byou)\s+wants?\s+to\s+be\s+(?=[a-z])", _I), " should be "),
    # "they should both be red", "they both go on the left": both of them, as "make them both red" says
    (re.compile(r"\bthey\s+(?:should|must|need\s+to|have\s+to)\s+(?:both|all)\s+be\s+", _I), "they should be "),
    (re.compile(r"\bthey\s+(?P<q>both|all)\s+(?:go|goes|should\s+go)\s+(?=(?:on|to|in|at)\s)", _I),
     r"move them \g<q> "),
    # "can u do it bigger and purple", "now it goes all the way to the left", "drop it to the bottom edge",
    # "swap them round": as the rules say them ("make it bigger", "move it…", "to the bottom", "swap them")
    (re.compile(rf"\bdo\s+(?P<w>it|him|her|them)\s+(?=(?:a\s+bit\s+)?(?:bigger|smaller|larger|{_COLOUR_EN})\b)", _I),
     r"make \g<w> "),
    (re.compile(r"^(?P<a>(?:now|and|then|ok|okay|so)\s+)*(?P<w>it|he|she|they)\s+(?:goes|go|moves|should\s+go)\s+"
                r"(?=(?:all\s+the\s+way\s+)?(?:to|over\s+to|up|down|left|right)\b)", _I),
     lambda m: f"{m.group('a') or ''}move {_OBJECT.get(m.group('w').lower(), 'it')} "),
    (re.compile(r"\bdrop\s+(?P<w>it|him|her|them)\s+(?=(?:down\s+)?to\s)", _I), r"move \g<w> "),
    (re.compile(r"\b(?P<w>top|bottom|left|right)\s+(?:edge|side\s+of\s+the\s+(?:picture|page|frame))\b", _I), r"\g<w>"),
    (re.compile(r"\bswap\s+(?P<w>them|those|the\s+two)\s+(?:a?round|over)\b", _I), r"swap \g<w>"),
    # "give them each a red scarf": one each, as "give them red scarves" says; "a cat which is sleeping": sleeping
    (re.compile(r"\b(?P<v>give|get)\s+them\s+(?:each|both|all)\s+(?=(?:a|an|one)\s)", _I), r"\g<v> them "),
    (re.compile(r"(?<=[a-z])\s+(?:which|that|who)\s+(?:is|are|'s)\s+(?=[a-z]{3,}ing\b)", _I), " "),
    # "give her a red bow and him a cap": two given, each to their own
    (re.compile(r"\b(?P<v>give|get)\s+(?P<a>him|her|them|the\s+[a-z]+)\s+(?P<x>(?:a|an|some)\s+[a-z]+(?:\s+[a-z]+)?)\s+and\s+"
                r"(?P<b>him|her|them|the\s+[a-z]+)\s+(?=(?:a|an|some)\s)", _I),
     lambda m: f"{m.group('v')} {m.group('a')} {m.group('x')}, and {m.group('v')} {m.group('b')} "),
    # "move it little bit to left": a little bit, to the left
    (re.compile(r"(?<![\w'])(?<!\ba\s)(?<!\ba\s\s)little\s+bit\b", _I), "a little bit"),
    (re.compile(r"(?<!left\s)(?<!right\s)(?<!top\s)(?<!bottom\s)\b(?P<p>to|on|at)\s+"  # not "left to right"
                r"(?P<w>left|right)(?=\s*(?:[,.!?;]|side\b|$))", _I), r"\g<p> the \g<w>"),  # "on top" is on it
    # "I don't think I want the dog anymore": not wanted, said gently
    (re.compile(r"\b(?P<i>i|we)\s+don'?t\s+think\s+(?:i|we)\s+(?=(?:want|need|like)\b)", _I), r"\g<i> don't "),
    # "i not want it anymore", "i no like the hat": the "do" left out
    (re.compile(r"\b(?P<i>i|we)\s+(?:not|no)\s+(?=(?:want|like|need)\b)", _I), r"\g<i> don't "),
    # "i would like the balloon to be yellow and the robot silver", "i want the hat red": made so
    (re.compile(r"\b(?:i|we)(?:\s+would\s+like|'d\s+like|\s+want|\s+wish)\s+(?P<rest>the\s+[a-z]+(?:\s+[a-z]+)?\s+"
                rf"(?:to\s+be\s+)?(?:{_VALUE_ONE})\b.*)$", _I),
     lambda m: "make " + re.sub(r"\s+to\s+be\s+", " ", m.group("rest"), flags=_I)),
    # "i want that it is zebra", "i want it be red": what it should become
    (re.compile(r"\b(?:i|we|he|she|they|(?:my|our)\s+[a-z]+)\s+(?:wants?|would\s+like)\s+(?:that\s+)?"
                r"(?P<w>it|he|she|they|him|her|them)\s+(?:is|be|are|will\s+be|to\s+be)\s+"
                r"(?:(?P<a>a|an)\s+)?(?P<t>[a-z]+)\b", _I),
     lambda m: f"make {_OBJECT.get(m.group('w').lower(), m.group('w').lower())} "
               + ("" if vocab.lookup(vocab.COLOURS, m.group("t")) or vocab.lookup(vocab.SIZES, m.group("t"))
                  else (m.group("a") or ("an" if m.group("t")[0].lower() in "aeiou" else "a")) + " ") + m.group("t")),
    # "make the balloon is red color": made so; "brown colour only", "change it to a cat only": just that (Indian
    # English "only" says it is that, not that the rest goes)
    (re.compile(r"\b(?P<v>make|paint|colou?r)\s+(?P<t>it|him|her|them|the\s+[a-z]+)\s+(?:is|are|be)\s+", _I),
     r"\g<v> \g<t> "),
    (re.compile(rf"\b(?P<v>(?:{_COLOUR_EN})(?:\s+colou?r)?)\s+only\b", _I), r"\g<v>"),
    (re.compile(r"\b(?P<c>(?:change|turn|make)\s+(?:it|him|her|them|the\s+[a-z]+)\s+(?:to|into)\s+(?:a|an)\s+[a-z]+)\s+"
                r"only\b", _I), r"\g<c>"),
    # "turn the lamp on", "switch on the lights": lit, a detail of the thing (not one more lamp)
    (re.compile(r"\b(?:turn|switch|flip)\s+(?:on\s+(?P<a>the\s+[a-z]+|it|them)|(?P<b>the\s+[a-z]+|it|them)\s+on)"
                r"(?=\s*(?:please|pls)?\s*(?:[,.!?;]|$))", _I),
     lambda m: f"make {m.group('a') or m.group('b')} glowing"),
    # "make it stop raining", "stop the rain", "let the snow stop": the weather taken out, not a detail of a thing
    (re.compile(r"\b(?:make\s+it\s+|can\s+(?:it|you)\s+|let\s+it\s+)?stop\s+(?P<w>rain|snow|storm|hail)(?:ing)?\b"
                r"|\bstop\s+the\s+(?P<w2>rain|snow|storm|hail|wind)\b"
                r"|\b(?:make\s+|let\s+)?the\s+(?P<w3>rain|snow|storm|hail)\s+stop\b", _I),
     lambda m: f"no more {(m.group('w') or m.group('w2') or m.group('w3')).lower()}"),
    # "no no, a circle": no, said twice
    (re.compile(r"^(?P<n>no+|nah|nope)(?:[\s,.!]+(?:no+|nah|nope))+(?=[\s,.!])", _I), r"\g<n>"),
    # "i wanted it round", "i meant it to be blue": what it should have been, asked for now
    (re.compile(r"\b(?:i|we)\s+(?:wanted|meant|asked\s+for)\s+(?P<w>it|them)\s+(?:to\s+be\s+)?"
                rf"(?=(?:{_VALUE_ONE}|round|square|triangular)\s*(?:[,.!?]|$))", _I), r"make \g<w> "),
    # "no a top hat instead": "no, a top hat" (no article follows a "no" that keeps a thing out)
    # ("no I don't want the sun": "no, I don't…")
    (re.compile(r"^(?P<lead>(?:ah|oh|och|hmm+|um+|well)[\s,]+)?(?P<n>no+|nah|nope)\s+(?=(?:a|an)\s+[a-z]|(?:i|we)\b|"
                r"(?:just|make|remove|put|move|change|turn|draw|add|give|take|get)\b)", _I),
     lambda m: f"{m.group('lead') or ''}{m.group('n')}, "),
    # "put it all on black": everything there, on that background (not a thing called "it all")
    (re.compile(r"\b(?:put|set|place)\s+(?:it\s+all|them\s+all|everything|the\s+whole\s+thing)\s+on\s+(?:a\s+)?"
                rf"(?P<c>(?:{_COLOUR_EN})(?:\s+(?:background|bg))?)\b", _I), r"make the background \g<c>"),
    # "put the other one over their" (over there)
    (re.compile(r"\bover\s+their(?=\s*(?:[,.!?;]|$))", _I), "over there"),
    # "chuck a red triangle up the top" (Australian): put one there; "up the top", "down the bottom": at it
    (re.compile(r"(?:^|(?<=[,.;!]\s))chuck\s+(?=(?:a|an|some|another|two|three)\s)", _I), "add "),
    (re.compile(r"\b(?:up|down)\s+the\s+(?=(?:top|bottom)\b)", _I), "at the "),
    # "ok you can lose the dog": told it may go
    (re.compile(r"(?:^|(?<=[,.;!]\s)|(?<=\bok\s)|(?<=\bokay\s))you\s+can\s+(?=(?:lose|remove|delete|drop|ditch|get\s+rid|"
                r"take\s+out|bin|scrap)\b)", _I), ""),
    # "the sun must go more down" (a French speaker's): moved that way
    (re.compile(r"\b(?P<t>the\s+[a-z]+|it|he|she|they)\s+(?:must|should|has\s+to|needs?\s+to|can)\s+go\s+more\s+"
                r"(?P<w>up|down|left|right)\b", _I),
     lambda m: f"move {_OBJECT.get(m.group('t').lower(), m.group('t'))} {m.group('w')}"),
    # "make more cats": more of them added, not the cat made into cats
    (re.compile(r"(?:^|(?<=[,.;!]\s))make\s+(?P<n>(?:(?:a\s+few|two|three|some)\s+)?more)\s+(?=[a-z]+s\b)", _I),
     r"add \g<n> "),
    # "make the stick brown and glasses should be gold": a second request, about another thing
    (re.compile(r"\s+and\s+(?=(?:the\s+|his\s+|her\s+)?[a-z]+\s+(?:should|must|needs?\s+to|has\s+to)\s+be\b)", _I),
     ", and "),
    # "got moody feel" (Malaysian English): have that feel, asked for
    (re.compile(r"(?:^|(?<=[,.;!]\s))got\s+(?:a\s+|that\s+)?(?P<x>[a-z]+)\s+(?:feel|feeling|vibes?|mood)\b", _I),
     r"make it \g<x>"),
    # "a car parked out front": in front
    (re.compile(r"\bout\s+front\b", _I), "in front"),
    # "abeg make am bigger", "carry am go left" (Nigerian Pidgin): please, and "am" for it
    (re.compile(r"^(?:abeg|biko)[\s,]+|[\s,]+(?:abeg|biko)(?=\s*[.!?]*$)", _I), ""),
    (re.compile(r"\b(?P<v>make|put|move|remove|carry|take|turn|paint|colou?r|give|change|shift)\s+am\b", _I),
     r"\g<v> it"),
    # "square is not need, delete it", "the teapot not needed ya", "make please teapot green": a learner's word order
    (re.compile(r"^(?:(?:actually|so|and|ok|okay|hmm+)[\s,]+)*(?:the\s+)?(?P<t>(?!it\b|this\b|that\b)[a-z]+(?:\s+[a-z]+)?)\s+"
                r"(?:(?:is|are)\s+)?not\s+need(?:ed)?"
                r"(?:\s+(?:anymore|any\s+more|more|now))?\b", _I), r"remove the \g<t>"),
    (re.compile(r"\bmake\s+(?:please|pls|plz)\s+", _I), "please make "),
    # "make teapot green and robot silver": two things, each its colour, said with no "the"
    (re.compile(rf"\b(?P<v>make|paint|colou?r)\s+(?P<a>(?!the\b|it\b)[a-z]+)\s+(?P<c1>{_COLOUR_EN})\s+and\s+"
                rf"(?P<b>(?!the\b|it\b)[a-z]+)\s+(?P<c2>{_COLOUR_EN})\b", _I),
     lambda m: f"{m.group('v')} the {m.group('a')} {m.group('c1')} and the {m.group('b')} {m.group('c2')}"),
    # "3 balloons - red, green and yellow": each of them, said after a dash as after a colon
    (re.compile(r"\b(?P<n>(?:[2-9]|two|three|four|five|six)\s+[a-z]+s)\s+-+\s+"
                r"(?=[a-z]+(?:\s*,\s*[a-z]+)*\s*,?\s+and\s+[a-z]+\s*[.!]*\s*$)", _I),
     r"\g<n>: "),
    (re.compile(r"\b(?:is|are)\s+need(?:ed)?\s+to\s+be\b", _I), "should be"),
    # "i want it circle not triangle", "i mean vase not bottle": what it is to be, and what not
    (re.compile(r"\bi\s+want\s+it\s+(?:an?\s+)?(?P<x>(?!the\b|on\b|in\b|at\b|to\b)[a-z]+)\s+not\s+(?:an?\s+)?[a-z]+\b",
                _I),
     lambda m: f"make it {'' if re.fullmatch(_COLOUR_EN, m.group('x'), _I) else 'a '}{m.group('x')}"),
    (re.compile(r"\bi\s+mean\s+(?:an?\s+)?(?P<x>(?!the\b|this\b|that\b|it\b|him\b|her\b)[a-z]+),?\s+not\s+", _I),
     lambda m: f"i mean {'' if re.fullmatch(_COLOUR_EN, m.group('x'), _I) else 'a '}{m.group('x')}, not "),
    # "the girl umbrella change to yellow": the girl's umbrella
    (re.compile(r"\bthe\s+(?P<o>girl|boy|man|woman|lady|kid|king|queen|knight|robot|dog|cat|bear|old\s+man)\s+"
                r"(?P<p>umbrella|hat|scarf|dress|shirt|balloon|bag|sword|shield|bow|hair|crown|kite|ball|glasses|coat)\b",
                _I), r"the \g<o>'s \g<p>"),
    # "small one remove it", "the hat remove pls": what goes, said first
    (re.compile(r"^(?:the\s+)?(?P<t>(?!it\b|this\b|that\b|pls\b|please\b)[a-z]+(?:\s+one)?)\s+(?:remove|delete|erase)"
                r"(?:\s+it)?(?=\s*(?:pls|please|plz)?\s*[.!]*$)", _I), r"remove the \g<t>"),
    # "i want it on left side", "background make it yellow", "like old movie": where it goes, what is made, like what
    (re.compile(r"\bi\s+(?:want|need)\s+(?:it|him|her)\s+(?:on|at|in)\s+(?:the\s+)?(?P<s>left|right|top|bottom|middle)"
                r"(?:\s+side)?\b", _I), r"move it to the \g<s>"),
    (re.compile(r"\b(?:the\s+)?(?:background|bg)\s+(?:make|change|turn|keep|stays?|remains?)\s+(?:it\s+)?(?:to\s+|into\s+|as\s+)?"
                r"(?=[a-z\u4e00-\u9fff])", _I), "make the background "),  # "background keep black", "… change to 黄色"
    (re.compile(r"\blike\s+old\s+(?=movie|film|photo|picture|photograph|tv)", _I), "like an old "),
    # "this kind of cat", "a robot with teapot in it hand", "dog ride a skateboard": the cat, its hand, riding
    (re.compile(r"\b(?:this|that)\s+kind\s+of\s+(?=[a-z])", _I), "a "),
    (re.compile(r"\bin\s+it\s+(?=hands?\b|mouth\b|paws?\b|arms?\b)", _I), "in its "),
    (re.compile(r"^(?P<x>(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:dog|cat|boy|girl|man|woman|bear|monkey|robot|kid|panda|fox))\s+"
                r"(?P<v>ride|hold|eat|read|wear|play|fly|carry)\s+(?=(?:a|an|the)\s)", _I),
     lambda m: f"{m.group('x')} {m.group('v').lower().removesuffix('e')}ing "),
    # "one is green and other is red": one green and the other red
    (re.compile(r"\bone\s+is\s+(?P<a>[a-z]+)\s+and\s+(?:the\s+)?other\s+(?:one\s+)?is\s+(?P<b>[a-z]+)\b", _I),
     lambda m: f"one {m.group('a')} and the other {m.group('b')}"),
)

Rules = tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]


def _a_thing(said: str) -> bool:
    """Whether a word said before "make it" names a thing ("kebaya", "cat"), not a sound ("mmm", "oya")."""
    last = said.lower().split()[-1]
    return bool(vocab.lookup(vocab.NOUNS, last) or vocab.lookup(vocab.NOUNS, last.rstrip("s")) or last in WORN_WORDS)


def rewritten(text: str, rules: Rules) -> str:
    """English `text` with each rule's phrasing said as the rules read it (shared with formal_english.py)."""
    if not text.isascii():
        return text
    for pattern, said in rules:
        text = pattern.sub(said, text)
    return text


# "and yellow one, please remove it", "and small one go to bottom right": the one said by its value, no article
_VALUE_ONE_BARE = re.compile(rf"^(?P<a>(?:and|also|now|ok|okay|then)\s+)?(?P<v>{_VALUE_ONE})\s+one\b(?=\s*[,.:;-]|\s+"
                             r"(?:go|goes|should|must|needs?|has|is|move|moves|gets?|stays?)\b"
                             # "left one green", "red one bigger pls": the one, then only its new value
                             rf"|\s+(?:{_VALUE_ONE}|bigger|smaller|larger)(?:\s+(?:please|pls|plz|now))?\s*[.!]*$)", _I)


def the_one_said(text: str) -> str:
    """`text` with "yellow one, …" said as "the yellow one, …" (read before the rules that look back, as they are)."""
    return _VALUE_ONE_BARE.sub(lambda m: f"{m.group('a') or ''}the {m.group('v')} one", text)


def as_usually_said(text: str) -> str:
    """The text with a learner's phrasings said as the rules read them; other text as it was."""
    return rewritten(as_singlish_said(text), _RULES)
