"""Clauses that correct what a thing is: "I meant a circle", "a square, not a circle", "应该是正方形", "i'd rather
have a fox than the cat", and a thing named after taking back what was said ("hmm no, a triangle", "actually
我要一只 fox"). They change the subject in focus (or the one named as what it is not), never add one.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.names import name_matches
from prompt_enhancer.rules.phrase import PRONOUNS_ALL, PRONOUNS_ONE, clean_rest, parse_phrase
from prompt_enhancer.rules.picture_changes import has_global
from prompt_enhancer.rules.references import resolve, resolve_parts
from prompt_enhancer.rules.subject_changes import add_parts, apply_value, read_value
from prompt_enhancer.rules.subject_handlers import attribute_clause, has_value

_I = re.IGNORECASE


_CORRECTION_EN = re.compile(
    r"^(?:no,?\s+)?(?:i\s+want(?:ed)?\s+(?:it|that|this)\s+to\s+be|"  # "no, i wanted it to be a triangle"
    r"i\s+meant|i\s+mean|meant|i\s+said|i\s+wanted|i\s+asked\s+for|it\s+should\s+(?:have\s+been|be)|"
    r"i\s+(?:would\s+)?(?:rather\s+)?prefer|i'?d\s+prefer|"
    r"it\s+was\s+supposed\s+to\s+be|it'?s\s+(?:supposed|meant)\s+to\s+be|(?:can|could)\s+(?:it|that|you\s+make\s+it)\s+"
    r"be|should\s+be|make\s+that|rather)\s+(?P<v>.+)$", _I)
_CORRECTION_ZH = re.compile(r"^(?:不是|不对)?"
                            r"(?:我是说|我说的是|我要的是|我想要的是|我想要|应该是|应该为|其实是|要的是|是|"
                            # "要三角的": the one it should be, no count ("要一个三角形" adds one)
                            r"要(?![一两二三四五几\d]\s*[个只条棵朵辆匹座张块颗]|[个只再也还不]))"
                            r"(?P<v>.+?)(?:[，,\s]*(?:而)?不是[^，,]{1,8}?)?(?:才对|啊|吧|呀|哦)?$")  # …是小鸡不是鸭子


_NOT_THAT = re.compile(r"^(?:(?:(?:it'?s|its|it\s+is)\s+(?:supposed|meant)\s+to\s+be|it'?s|it\s+is|that'?s|that\s+is|"
                       r"i\s+(?:said|meant|mean|want(?:ed)?)|"
                       r"(?:(?:it|that|this|he|she)\s+)?should\s+(?:be|have\s+been)"
                       # "the pumpkin should be white, not orange": the thing named is the one meant
                       r"|(?P<who>(?:the|his|her|its|my)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:should\s+(?:be|have\s+been)|"
                       r"must\s+be|needs?\s+to\s+be|has\s+to\s+be|is))\s+)?(?P<v>.+?)[,，]?\s*(?:,\s*)?"
                       r"(?:not|rather than|"
                       r"instead of)\s+(?:an?\s+|the\s+)?(?P<old>[\w\s-]+?)$"
                       # "i'd rather have a fox than the cat": what is rather wanted, then what it replaces
                       r"|^(?:i'?d|i\s+would)\s+(?:much\s+)?(?:rather|prefer\s+to)\s+(?:have|get|see|draw)\s+"
                       r"(?P<v_en2>.+?)\s+than\s+(?:an?\s+|the\s+)?(?P<old_en2>[\w\s-]+?)$"
                       r"|^(?:不是|不要)(?P<old_zh>.+?)[,，]?(?:而)?是(?P<v_zh>.+)$"
                       # "我想要狐狸不要猫", "要狐狸，不要猫": what is wanted, then what it replaces
                       r"|^(?:我想要|我要|想要|要|换成)(?P<v_zh3>[^不]+?)[,，]?(?:不要|而不是|不是)(?P<old_zh3>.+?)(?:了)?$"
                       r"|^(?:应该是|应该为|其实是|我说的是|我是说|是)?\s*(?P<v_zh2>.+?)[,，\s]*不是\s*(?P<old_zh2>.+)$"
                       # "a circle would suit better than a triangle": what would be better, than what it is
                       r"|^(?P<v_en3>(?:an?|the)\s+[\w\s-]+?)\s+(?:would|will|might)\s+(?:suit|look|work|be|fit|do)\s+"
                       r"(?:much\s+|a\s+lot\s+|far\s+)?better(?:\s+than\s+(?:an?\s+|the\s+)?(?P<old_en3>[\w\s-]+?))?$",
                       _I)


def _another_thing_there(work: MessageEdit, value: str) -> bool:
    """"no, the cat" / "i meant the cat" with the dog in focus and a cat there: which thing was meant, not a new name
    for the dog. The change meant for it cannot be moved without the picture before it, so it is asked about."""
    said = value.strip()
    if not re.match(r"^(?:the|that|this|那只|那个|这只|这个)\s*\S", said, _I):
        return False
    focus = work.focus()
    found = resolve(work, said)
    if not found or len(found) != 1 or found[0] is focus:
        return False
    work.scene.focus = found[0].id
    work.ask(reply.say("ask_what", work.language))
    return True


def correction_clause(work: MessageEdit, body: str) -> bool:
    """"I meant a circle", "can it be a triangle instead?", "a square, not a circle", "应该是正方形": what the
    subject in focus (or the one named as what it is not) should be."""
    body = re.sub(r"^(?:我说的是|我是说|我要的是|我想要的是)(?=[^，,]+不是)", "", body)  # 我说的是小鸡不是鸭子
    body = re.sub(r"^(?:我家)?(?:娃|孩子|宝宝|女儿|儿子|老板|客户|领导|他|她)说(?=要|是|应该)", "", body)  # 娃说要小狗
    body = re.sub(r"[啊呀吧呢哦]+(?=[，,\s]*(?:而)?不是)", "", body)  # 我要的是圆形啊 不是三角
    m = _NOT_THAT.match(body)
    if m and work.scene.subjects:
        old = (m.group("old") or m.group("old_en2") or m.group("old_zh") or m.group("old_zh2") or m.group("old_zh3")
               or m.group("old_en3") or "it")
        value = (m.group("v") or m.group("v_en2") or m.group("v_zh") or m.group("v_zh2") or m.group("v_zh3")
                 or m.group("v_en3"))
        # "please the chair red, not the bear": a learner's order, the verb left out; "make her dress pink": hers
        own = re.match(r"(?:(?:please|pls)\s+)?(?:(?:make|turn|paint|colou?r|change)\s+)?(?:the|his|her|its)\s+"
                       r"(?P<t>(?!(?:a|an|the|one|into|to)\b)[a-z]+)\s+(?=\S)", value, _I)
        # "make it a fox instead of a cat": the verb and "it" are how it is asked, the fox what
        value = re.sub(r"^(?:make|turn|change|switch)\s+(?:it|this|that|him|her)\s+(?:into\s+|to\s+)?", "", value,
                       flags=_I)
        if own and not re.search(rf"\b{re.escape(own.group('t'))}\b", old, _I):
            return attribute_clause(work, own.string)  # "make the kite red, not the kid": the kid is left as it is
        own = re.match(r"^(?P<t>[A-Za-z][A-Za-z ]*?|(?![^要]*[我你想其实就还])[\u4e00-\u9fff]{1,4}?)\s*要"
                       r"(?P<c>[^，,]+?)(?:\s*(?:please|pls))?$", value.strip())
        if own and own.group("t").strip().lower() not in old.lower():
            return attribute_clause(work, f"{own.group('t').strip()}要{own.group('c')}")  # "bamboo 要绿色的, 不是熊猫"
        named = resolve(work, m.group("who")) if m.group("who") else None
        if m.group("who") and named is None and any(r.exists for r in resolve_parts(work, m.group("who")) or []):
            # "the umbrella should be yellow, not that muddy color": the woman's umbrella, whatever it was before
            return attribute_clause(work, f"{m.group('who')} should be {value}")
        targets = named or resolve(work, ("the " if old.isascii() else "") + old) or [work.focus()]
        said = re.sub(r"^(?:我说的是|我是说|我要的是|我想要的是|的是|是)", "", value.strip(" ,，"))  # 我要的是天幕
        ph, rename, rest = read_value(said)
        if not (ph.has_subject_values() or rename) and vocab.has_cjk(rest) and re.fullmatch(r"[\u4e00-\u9fff]+", said):
            value = "一个" + said  # "不是帐篷，是天幕": a thing the vocabulary need not know, named as what it is
        if targets[0] is not None and has_value(value, True):
            return apply_value(work, targets, value)
    # "it's a fox now", "now it's a fox": what it is from now on
    if re.match(r"^\s*(?:ok(?:ay)?[\s,]+)?now\b", work.clause, _I) and re.match(r"^(?:it'?s|it\s+is)\s", body, _I):
        body = f"{body} now"  # "now" was read off as a filler: here it says "from now on"
    body = re.sub(r"^(?:it'?s|it\s+is)\s+(?P<v>.+?)\s+now$", lambda g: "it should be " + g.group("v"), body,
                  flags=_I)
    m = _CORRECTION_EN.match(body) or _CORRECTION_ZH.match(body)
    focus = work.focus()
    if not m or focus is None:
        return False
    if _another_thing_there(work, m.group("v")):
        return True
    value = m.group("v")
    ph, rename, rest = read_value(value)
    if m.re is _CORRECTION_ZH and not (ph.has_subject_values() or rename) and vocab.has_cjk(rest) and re.match(
            r"^(?:不是|不对)?(?:我说的是|我要的是|我想要的是|其实是)", body):
        value = "一个" + value  # 其实我想要的是落地灯: a thing the vocabulary need not know, named as what it is
        ph, rename, rest = read_value(value)
    if not (ph.has_subject_values() or rename or has_global(ph)):
        return False
    return apply_value(work, [focus], value)


# After "no" / "actually" / "其实": a thing named alone, or as what is wanted, is what the one in focus becomes.
_WANTED = re.compile(r"^(?:(?:i\s+(?:want|need|meant|mean|would\s+like|'d\s+like)|i'?d\s+(?:like|prefer|rather\s+have)|"
                     r"(?:let'?s|lets)\s+(?:do|have|go\s+with)|go\s+with|have|use|give\s+me|make\s+it|it\s+should\s+be|"
                     r"我要的是|我是说|应该是|其实是|我要|我想要|我想|想要|要|给我来|给我|来|换成|改成|画成)\s*)?"
                     r"(?P<v>.+)$", _I)
_NOT_A_THING = re.compile(r"^(?:draw|paint|add|put|place|make|remove|delete|move|give)\b|"
                          r"^(?:画|加|添|删|去掉|移|挪|放)|"
                          # "she should hold a balloon instead": what someone does, not what they are
                          r"^(?:he|she|they|it|i|we)\s+(?:should|must|can|could|will|would|needs?|wants?|has|have|is|"
                          r"are)\b|"
                          # "the cat should be a fox instead": a thing named and what it should be, read elsewhere
                          r"\b(?:should|must|has\s+to|needs?\s+to)\s+be\b|"
                          r"^(?:can|could|would|will|should|may|it|is|are|be|let|how|what|why)\b|"
                          r"\b(?:too|also|as well|another|one more)\b|^(?:再|也|还|另)", _I)


def second_thought_clause(work: MessageEdit, body: str) -> bool:
    """"hmm no, a triangle", "actually 我要一只 fox", "draw a cat, no actually a fox": said after taking back what
    was said, a thing alone is what the subject in focus should be, not one more beside it."""
    focus = work.focus()
    if not work.second_thought or focus is None:
        return False
    if re.match(r"(?:turn|change|transform|convert|swap|replace|switch)\b|(?:把|将)[^，,]*?(?:变成|改成|换成|弄成)",
                body, _I):  # "actually turn the vase into a teapot", 把它变成一只 dog: the change says which, read by
        return False  # the change rules
    if _NOT_THAT.match(body) and re.search(r"\bnot\b|\brather\s+than\b|\binstead\s+of\b|不是|不要", body, _I):
        return False  # "no wait, that should be a wolf not a dog": what it is not names which, read by the rule above
    m = _WANTED.match(body)
    value = m.group("v").strip() if m else body
    if _another_thing_there(work, value):
        return True
    value = re.sub(r"\s+instead$|^instead[\s,]+", "", value, flags=_I)  # "fox instead": the fox
    if _NOT_A_THING.search(value):
        return False
    ph = parse_phrase(value)
    if ph.count > 1 or not (ph.shape or (ph.rest and (ph.indefinite or vocab.lookup(vocab.NOUNS, ph.rest)))):
        return False
    if ph.shape and clean_rest(ph.rest):
        return False  # words beside the shape no rule here reads: left to the correction rules
    if ph.rest.lower() in PRONOUNS_ONE | PRONOUNS_ALL:
        return False
    if (ph.colour or ph.size or ph.material) and not ph.indefinite and any(
            name_matches(s.name, ph.rest) or any(name_matches(p, ph.rest) for p in s.parts)
            for s in work.scene.subjects):
        return False  # "balloon pink instead": the balloon there, another colour, read by the rules that change things
    last_part, words = next(reversed(focus.parts), None), ph.rest.lower().split()
    worn = {w.lower() for w in vocab.WORN}
    if last_part and words and words[-1] in worn and last_part.lower().split()[-1] in worn \
            and not name_matches(last_part, ph.rest):
        # "give it a bow tie" … "no, a top hat instead": the thing worn just given, another one instead
        relation = focus.parts.pop(last_part).get("relation", "wearing")
        return add_parts(work, [focus], [(relation, value)])
    if not ph.indefinite and not ph.shape and not re.match(r"^(?:an?|one)\s", value, _I):
        value = ("a " if value.isascii() else "一个") + value
    return apply_value(work, [focus], value)
