"""Reading one message: drop markup, mend typing slips, split it into clauses, hand each to the first rule that
understands it, and say what was done as one Decision; when a clause asks for something no rule can read, nothing
changes and the Decision is a question back. The rules themselves live in the *_handlers modules; this module
only orders them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dialog.natural_parts import NATURAL_PARTS
from dialog import vocabulary as vocab
from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.message import detect_language
from dialog.prompt import render_prompt
from dialog.scene import Scene
from dialog.scene_diff import SceneDiff
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.answers import answered_question, choices, same_again, which_is_meant
from prompt_enhancer.rules.app_words import read_prompt_syntax, strip_markup, strip_settings
from prompt_enhancer.rules.picture_changes import add_note, start_new_scene
from prompt_enhancer.rules.correction_handlers import correction_clause, second_thought_clause
from prompt_enhancer.rules.chat_handlers import chat_clause, retry_words, session_words
from prompt_enhancer.rules.emoji import read_emoji
from prompt_enhancer.rules.drawing_handlers import (
    add_clause,
    already_there_clause,
    bare_clause,
    beside_clause,
    draw_clause,
    each_clause,
)
from prompt_enhancer.rules.lengths import length_clause
from prompt_enhancer.rules.openers import is_chatter, read_opener
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.part_handlers import attach_clause, give_clause, wear_clause
from prompt_enhancer.rules.part_moves import move_part_clause, replace_part_clause
from prompt_enhancer.rules.particles import particle_clause
from prompt_enhancer.rules.pose_verbs import pose_clause
from prompt_enhancer.rules.parts import part_phrases
from prompt_enhancer.rules.phrase import TONE, clean_rest, parse_phrase
from prompt_enhancer.rules.removal_handlers import (
    avoid_clause,
    clear_clause,
    keep_only_clause,
    put_away_clause,
    remove_clause,
)
from prompt_enhancer.rules.replace_handlers import replace_clause, swap_clause
from prompt_enhancer.rules.setting_handlers import (
    background_clause,
    look_clause,
    mood_clause,
    setting_clause,
    sky_clause,
    style_clause,
)
from prompt_enhancer.rules.spelling import correct_typos, is_known_word as correction_known
from prompt_enhancer.rules.move_handlers import move_clause
from prompt_enhancer.rules.subject_handlers import attribute_clause, resize_clause
from prompt_enhancer.rules.uncolour_handlers import uncolour_clause

if TYPE_CHECKING:
    from PIL.Image import Image

# When one message makes several kinds of change, the decision reports the one that needs the freest
# re-render, so the consistency layer never holds the picture too close for what was asked.
_KIND_PRIORITY = (EditKind.NEW, EditKind.LAYOUT, EditKind.ADD, EditKind.REMOVE, EditKind.STYLE,
                  EditKind.BACKGROUND, EditKind.ATTRIBUTE)

# Sentences a "Drew ..." reply does not already say.
_KEPT_WHEN_DRAWING = {"note", "too_many", "avoid", "not_there", "removed_note"}

_I = re.IGNORECASE
_CLAUSE_SPLIT = re.compile(
    r"\.{2,}|…+|[.;!?\n。；！？]+(?:\s+|$)|[!?]+(?=[\u4e00-\u9fff])|[;\n。；！？]+|,\s*(?:and\s+)?then\s+|\s+and\s+then\s+|\s+then\s+|"
    r"(?:，|,)\s*|(?:然后|接着|之后|并且|同时|而且)",
    _I,
)
_VERB_AFTER_AND = re.compile(
    r"\s+(?:and|but)\s+(?=(?:make|turn|paint|colou?r|change|set|add|put|place|insert|remove|delete|erase|move|shift|"
    r"draw|give|use|switch|get rid of|take|keep)\b)",
    _I,
)
_POLITE = re.compile(
    r"^(?:(?:no(?=\s+(?:make|turn|change|move|put|paint|colou?r|set|add|draw|give|let|just|please|pls|plz|use|"
    r"switch|swap|replace|try)\b)|please|pls|plz|can you|could you|would you|will you|can u|could u|i want you to|"
    r"i'd like you to|yes|yeah|yep|yup|"
    r"i would like you to|let's|lets|let us|actually|no wait|wait|hmm+|hm+|um+|uh+|oops|sorry|nah|alright|"
    r"now|ok|okay|then|and|but|so|just|also|oh|well|hey|yo|maybe|perhaps|kindly|i think|i guess|over(?=\s+to\b)|"
    r"same(?:\s+(?:thing|picture|again))?\s+but|i would love it if|i'd love it if|it would be (?:nice|great) if|"
    r"请你|请|帮我|麻烦你|麻烦|能不能|能否|可以|你能|你可以|然后|接着|现在|好的|嗯+|哦|其实|那就|那(?![个只条棵朵辆艘匹座张块颗位幅盏串束面枝扇间根支顶把件副双些])|随便|算了|还是|要不)"
    r"(?:[\s,，]+|(?<=[\u4e00-\u9fff])))+",
    _I,
)
# A clause that only hesitates ("hmm", "no", "wait") or only says something is off ("not like that", "不对"):
# beside other clauses it is read as nothing; alone, a complaint asks what should change.
_INTERJECTION = re.compile(r"(?:no|nope|nah|wait|hmm+|hm+|um+|uh+|erm*|like|oh|oops|sorry|ok|okay|actually|well|yes|"
                           r"yeah|sure|alright|idk|i dunno|dunno|i guess|maybe|嗯+|哦|好|好的|不|唔|啊|额|呃|"
                           # a courtesy or a smiley on its own beside a request: "draw a cat, please", "(black) :)"
                           r"please|pls|plz|kindly|请|拜托|麻烦了|[:;=xX8][-^']?[)(DPp3\]\[/|oO]+|\^_*\^|<3)"
                           # courtesy around a request: "if it isn't too much trouble", "如果可以的话"
                           r"|if (?:it'?s|it is|it isn'?t|it is not) (?:not )?too much (?:trouble|to ask)|"
                           r"if you (?:don'?t|do not) mind|if (?:it'?s )?possible|if you can|no rush|"
                           r"如果可以的话|如果方便的话|可以的话|方便的话", _I)
_COMPLAINT = re.compile(r"(?:no\s+)?(?:not like that|that'?s not (?:it|right|what i (?:wanted|meant))|"
                        r"(?:that'?s |it'?s )?"
                        r"not (?:quite|right|what i (?:wanted|meant|asked for))|(?:that'?s |this is |it'?s )?(?:wrong|"
                        r"not good|bad|ugly)|i don'?t like (?:it|that|this)|"
                        r"(?:这|那|这个|那个|这样)?(?:不对|不太对|不是这样|不是这个|错了|不好|不行|不是我想要的|不是我要的|不太好|"
                        r"不好看|难看|不喜欢))(?:\s*(?:at all|though|lol|haha))?", _I)
# "new picture: a blue triangle", "换一张：一个蓝色三角形", "start over with a red circle": the rest of the message
# is a new picture, whatever verb it has or lacks.
_NEW_PICTURE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|now|and|so|then|alright)[\s,]+)?(?:(?:(?:a|an)\s+)?(?:new|another|fresh|different)\s+"
    r"(?:picture|image|drawing|painting|pic|scene|one)|start(?:ing)? over|from scratch|"
    r"换一张|来一张新的|再来一张|新的一张|新图|重新画(?:一张)?|重新来|重来)"
    r"\s*(?:[:：,，;；\-–—!！.。]+\s*|\s+(?:with|of)\s+|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff]))",
    _I,
)
# What takes back what was just said ("no", "actually", "hmm no", "其实", "不对"): a thing named after it is what the
# one in focus should be ("hmm actually 我要一只 fox", "draw a cat, no actually a fox").
_COLOUR_WORD_EARLY = "(?:" + "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len,
                                               reverse=True)) + ")"
_SECOND_THOUGHT = re.compile(r"^(?:(?:hmm+|hm+|um+|uh+|oh|ok|okay|so|wait|well)[\s,，.…]*)*"
                             r"(?:(?:no+(?:pe)?|nah)(?=\s*(?:[,，.…!！]|$)|\s+(?:actually|wait|sorry|i\s+mean)\b"
                             # "hmm no blue", "red... no blue": a colour said again instead
                             rf"|\s+(?={_COLOUR_WORD_EARLY}\s*[.!]*$))|actually|on\s+second\s+thoughts?|scratch\s+that|"
                             r"change\s+of\s+plans?|my\s+bad|my\s+mistake|"
                             r"其实|不对|不是|算了|还是|改主意了?|打错了|说错了|写错了)(?![A-Za-z])", _I)
_TONE_EDGES = re.compile(rf"^[{TONE}\s]+|[{TONE}\s]+$")
_COLOUR_WORD = "(?:" + "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len,
                                        reverse=True)) + ")"
_COLOURS_ONLY = re.compile(rf"(?:(?:and|or|&)\s+)?{_COLOUR_WORD}(?:\s*(?:,|and|&)\s*(?:and\s+)?{_COLOUR_WORD})*", _I)
_ENDS_WITH_COLOUR = re.compile(rf"\b{_COLOUR_WORD}$", _I)
_ALSO = re.compile(r"\b(?:also|too|as well|another|one more|a second|additionally)\b|^(?:再|也|还|另)", _I)


# Each takes the clause (politeness stripped) and returns True when it handled it. Order matters: the more
# specific patterns come first ("make the background blue" before "make it blue").
_HANDLERS: tuple[Callable[[MessageEdit, str], bool], ...] = (
    session_words,
    retry_words,
    clear_clause,
    keep_only_clause,
    already_there_clause,
    uncolour_clause,
    put_away_clause,
    particle_clause,
    pose_clause,
    remove_clause,
    avoid_clause,
    background_clause,
    style_clause,
    look_clause,
    sky_clause,
    mood_clause,
    setting_clause,
    second_thought_clause,
    each_clause,
    swap_clause,
    replace_part_clause,
    replace_clause,
    move_part_clause,
    attach_clause,
    beside_clause,
    move_clause,
    length_clause,
    resize_clause,
    give_clause,
    wear_clause,
    add_clause,
    correction_clause,
    attribute_clause,
    draw_clause,
    chat_clause,
    bare_clause,
)
# What a clause no rule read starts with when it is a request, not a description: it is asked about, not noted.
_COMMAND = re.compile(r"^(?:make|turn|change|move|put|place|set|give|add|remove|delete|fix|do|swap|switch|replace|"
                      r"redo|improve|adjust|tweak|edit|modify|update|use|try|let|get|bring|take|shift|paint|colou?r|"
                      r"draw|show|can|could|would|will|help|rotate|flip|mirror|tilt|spin|zoom|surprise|copy|duplicate|"
                      r"clone|repeat|continue|finish|enhance|upscale|crop|stretch|animate|save|export|download|print|"
                      r"hide|reset|restart|start|stop|cancel|forget|remember|keep|go|come|see|tell|explain|write|type|"
                      r"say|fill|darken|lighten|brighten|sharpen|blur|clean|tidy|polish|refine)\b"
                      r"|^(?:把|将|让|给|换|改|弄|搞|移|挪|加|删|去掉|调|修|变|画|帮|重新|再|旋转|翻转|镜像|复制|随便|放|缩)",
                      _I)
_KEYBOARD_RUNS = re.compile(r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|jkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|"
                            r"vbnm|[bcdfghjklmnpqrstvwxz]{5}", _I)


class RuleEnhancer:
    """Deterministic bilingual rules; see the package docstring (prompt_enhancer.rules)."""

    name = "rules"

    def decide(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None,
        *, picture: Image | None = None,  # the rules read words only: the picture is not theirs to look at
    ) -> Decision:
        """Read one message against the Scene. Never raises on any text; never edits the Scene passed in."""
        text = message if isinstance(message, str) else ""
        text, markup = strip_markup(text)
        text = correct_typos(read_emoji(read_prompt_syntax(text)))
        language = detect_language(text, default=scene.language if scene.language in ("en", "zh") else "en")
        answer = answered_question(scene, recent_turns, text, language) or same_again(scene, recent_turns, text,
                                                                                      language)
        if answer is not None:  # "the white one" after "which one do you mean?": the earlier request, about it
            decision = self._read(answer.scene, answer.message, language, markup, image)
            if decision.action is not Action.CHAT:
                return decision
        decision = self._read(scene, text, language, markup, image)
        unread = decision.action is Action.CHAT and reply.say("ask_what", language) in decision.reply
        if decision.action is Action.EDIT or unread:
            pool = which_is_meant(scene, recent_turns, text, decision.changed)
            if pool:  # "make it bigger" of one of two cats just drawn: which one, not a guess
                return Decision(Action.CHAT, reply.say("ask_which", language, names=choices(pool, language)),
                                scene.copy(), EditKind.NEW, (), "rules")
        return decision

    def _read(self, scene: Scene, text: str, language: str, markup: bool, image: Image | None) -> Decision:
        work = MessageEdit(scene=scene.copy(), language=language, started_empty=not scene.subjects, markup=markup,
                           question_mark="?" in text or "？" in text)
        text = read_opener(text)  # "picture this: …", "i'd love a picture of …", "我想要一张…的图": a drawing
        fresh = _NEW_PICTURE.match(text)
        if fresh and text[fresh.end():].strip():
            text = text[fresh.end():]
            start_new_scene(work)
        clauses = _clauses(text)
        complaints = []
        taken_back = False  # the clause before only took back what was said ("hmm no, a triangle")
        for clause in clauses:
            body = _body(clause)
            back = _SECOND_THOUGHT.match(clause)
            if back and re.match(r"^不是[^，,]+[，,]\s*(?:而)?是", clause):
                back = None  # "不是圆，是方的": what it is not and what it is, read as one correction
            # "fox instead": a thing alone, said in place of what there is ("make it a fox instead" has its own rules)
            instead = bool(re.search(r"\binstead$", body, _I)) and (not _COMMAND.match(body) or bool(
                re.match(r"^(?:go\s+with|have|use)\s", body, _I)))
            work.second_thought = taken_back or bool(back) or instead
            said = clause[back.end():].strip(" ,，.…!！") if back else clause
            taken_back = bool(back) and (not said or bool(_INTERJECTION.fullmatch(_body(said) or said)))
            if back and not taken_back:
                clause = said  # "no actually a fox": the fox is what was said
            if len(clauses) > 1 and (_INTERJECTION.fullmatch(body) or taken_back or is_chatter(body)):
                continue  # "hmm", "no wait", "he loves tigers": nothing to read beside the rest
            if _COMPLAINT.fullmatch(body):
                complaints.append(clause)
                continue
            _read_clause(work, clause)
        if complaints and not (work.understood or work.unread):
            work.clause = complaints[0]
            work.ask(reply.say("ask_wrong", language))
        if work.settings_said:
            only = not (work.understood or work.unread or work.replies or work.chat_replies)
            work.chat_replies.append(reply.say("settings_only" if only else "settings_hint", language))
        if markup:
            changed = work.understood or work.unread
            work.chat_replies.append(reply.say("markup" if changed else "markup_only", language))
        if image is not None:
            work.chat_replies.append(reply.say("no_image", language))
        return _decision(scene, work)


# "three birds on a branch: a red one, a blue one and a yellow one": a colon before a list ends the clause that
# drew the counted things; "background: blue", "steps: 30" keep theirs.
_LIST_COLON = re.compile(r"(?<=[\w\u4e00-\u9fff])(?<!\d)\s*[:：]\s*(?!\d)"
                         r"(?=[^:：\n]*(?:,|，|、|\sand\s|和|以及|还有))", _I)
_CLOCK_TIME = re.compile(r"\d\s*[:：]\s*\d")
# Only things counted before the colon are listed after it ("画：右上角一个…" draws what follows).
_COUNTED = re.compile(r"(?<![A-Za-z])(?:two|three|four|five|six|several|\d+)(?![A-Za-z])|[两二三四五六几\d]\s*"
                      r"[个只条棵朵辆艘匹座张块颗位]", _I)
_COLON_LABEL = re.compile(r"(?:\b(?:background|backdrop|bg|style|steps?|seed|guidance|size|strength|negative|"
                          r"prompt|colou?rs?|picture|image|scene|settings?)|背景|风格|颜色|步数|种子)\s*$", _I)


# "make it... orange", "make the boat… like, bigger", "把它改成……绿色": an ellipsis after a verb and its target is
# a pause before the value, not the end of a clause; the filler after the pause goes with it.
_PAUSE_AFTER_VERB = re.compile(
    r"(?P<head>(?:^|[\s,;!?，；！？])(?:make|turn|paint|colou?r|change|move|put|set|get)\s+(?:it|them|him|her|this|that|"
    r"(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:to|into))?"
    r"|(?:改成|变成|换成|涂成|改为|变为|移到|挪到|放到|调成))\s*(?:\.{2,}|…+)\s*"
    r"(?:(?:like|um+|uh+|er+|maybe|idk|hmm+|i\s+guess|kinda|sort\s+of|i\s+think|嗯+|呃+|那个)(?:[\s,，]+|$))*",
    _I,
)


# "猫 -> fox", "red → blue": an arrow says what a thing becomes.
_ARROW = re.compile(r"^(?P<a>[^\n>→⟶]{1,40}?)\s*(?:->|=>|→|⟶|➡️?|-->)\s*(?P<b>[^\n>→⟶]{1,60})$", re.MULTILINE)


# "a house: red roof, blue door" / "a house with: a red roof, a door": the things after the colon are the
# thing's parts; "draw these: a cat, a dog" draws them.
_HEAD_COLON_ITEMS = re.compile(r"^(?P<head>[^:：\n]{1,80}?)\s*[:：]\s*(?P<items>[^:：\n]+)$")
_FOLLOWING = re.compile(r"^(?:(?:please\s+|pls\s+)?(?:draw|paint|add|make|i\s+want)\s+)?(?:these|the\s+following|"
                        r"following|this|them|all\s+of\s+these)$", _I)


_COUNTED_THINGS = re.compile(r"^(?P<verb>(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:draw|paint|add|make|i\s+want|"
                             r"请|帮我|给我)?\s*(?:画|来|加|我要)?)\s*(?:(?:two|three|four|five|six|a\s+few|some|several|"
                             r"\d+)\s+(?:things|objects|items|shapes)|"
                             r"[两二三四五六几\d]\s*(?:个|样|件)\s*(?:东西|物体|物品|图形))$", _I)


_WITH_PARTS = re.compile(r"\b(?:with|holding|wearing|carrying|having)\s+\S", _I)
_KNOWN_PARTS = {w.lower() for w in (*vocab.WORN, *vocab.HAD)} | {
    w.lower() for parts in NATURAL_PARTS.values() for w in parts}


def _only_parts(clause: str) -> bool:
    """A clause that is only parts a thing wears or has ("a blue door and two windows"), no verb, no new thing."""
    if vocab.has_cjk(clause) or _COMMAND.match(clause):
        return False
    pieces = part_phrases(clause)
    if not pieces:
        return False
    for piece in pieces:
        words = re.findall(r"[a-z]+", piece.lower())
        if not words or not ({words[-1], re.sub(r"s$", "", words[-1])} & _KNOWN_PARTS):
            return False
    return True


def _colon_items(text: str) -> str:
    m = _HEAD_COLON_ITEMS.match(text.strip())
    if not m or _CLOCK_TIME.search(text):  # "a clock showing 3:30": a time, not a list
        return text
    head, items = m.group("head").strip(), m.group("items").strip()
    value = parse_phrase(items)
    if re.fullmatch(r"colou?rs?|size|position|place|where|颜色|大小|位置", head, _I) and value.has_subject_values() \
            and not clean_rest(value.rest):
        return f"make it {items}"  # "colour: red" of the one in focus
    m_things = _COUNTED_THINGS.match(head)
    if m_things:  # "two things: a red circle and a blue square", "画三个东西：猫、狗和鸟": the list is what they are
        verb = m_things.group("verb").strip()
        return f"{verb} {items}".strip() if verb else items
    if vocab.has_cjk(items) or _COLON_LABEL.search(head):
        return text
    if _FOLLOWING.match(head) or re.fullmatch(r"(?:please\s+|pls\s+)?(?:draw|paint|add|make|sketch)", head, _I):
        return ("add " if re.match(r"^add\b", head, _I) else "draw ") + items
    if (len(head.split()) <= 4 and not _COMMAND.match(head) and value.has_subject_values() and not value.shape
            and not clean_rest(value.rest) and not _COUNTED.search(head)):  # "two cats: a black one, a white one"
        return f"the {head} should be {items}" if not re.match(r"^(?:the|his|her|its|my)\s", head, _I) \
            else f"{head} should be {items}"  # "door: green": what the door should be
    bare = re.sub(r"\s+(?:with|having|that\s+has|who\s+has)$", "", head, flags=_I)
    if bare != head or part_phrases(items):
        return f"{bare} with {items}"
    return text


_TWO_VALUES = re.compile(r"(?P<verb>\b(?:make|turn|paint|colou?r|change))\s+"
                         r"(?P<first>(?:the|his|her|its)\s+[^;,\n]+?)\s+(?P<value>[\w-]+)\s+and\s+(?P<second>(?:the|his|her|its)\s+[^;,\n]+?\s+[\w-]+)(?=$|[;,.\n])",
                         _I)
_IN_A_ROW = re.compile(r"\s+(in\s+a\s+(?:row|line)|side\s+by\s+side|from\s+left\s+to\s+right)\s*$", _I)


def _two_values(m: re.Match[str]) -> str:
    """Split only where the word before "and" is a value ("black", "bigger"), so "the big cat and the dog" stays."""
    value = parse_phrase(m.group("value"), global_parts=False)
    if not (value.colour or value.size or value.resize) or clean_rest(value.rest):
        return m.group(0)
    return f"{m.group('verb')} {m.group('first')} {m.group('value')} ; {m.group('verb')} {m.group('second')}"


_TWO_MOVES = re.compile(r"(?P<first>(?P<verb>move|put|shift|place|slide)\s+[^;\n]+?\b(?:up|down|left|right|top|bottom|"
                        r"center|centre|middle|corner|higher|lower))\s+and\s+(?P<second>(?:the|his|her|its)\s+[^;\n]+)",
                        _I)


# "a house (red roof, white walls)": words in brackets say more about what comes before them.
_BRACKETS = re.compile(r"\s*\((?=[^()\n]*(?:[A-Za-z]{2}|[\u4e00-\u9fff]))(?P<inner>[^()\n]{1,160})\)")


_BUT_VALUE = re.compile(r"^(?:but\b|但是|不过|可是)\s*(?:(?:make\s+it|it'?s|in|要|是)\s*)?(?P<value>.+)$", _I)


def _thing_then_but(before: str, clause: str) -> bool:
    """A thing named alone, then "but" and only how it should differ: one description, as without the comma."""
    m = _BUT_VALUE.match(clause)
    if not m or _COMMAND.match(before):
        return False
    thing, value = parse_phrase(before), parse_phrase(m.group("value"))
    return (bool(clean_rest(thing.rest)) and not thing.has_subject_values() and value.has_subject_values()
            and not clean_rest(value.rest))


def _only_values(clause: str) -> bool:
    """"A large", "a big": an article and values, no thing yet."""
    if not re.match(r"^(?:a|an)\s+[A-Za-z][\w\s-]*$", clause.strip(), _I):
        return False
    ph = parse_phrase(clause, global_parts=False)
    return bool(ph.size or ph.colour) and not ph.shape and not clean_rest(ph.rest)


def _names_thing(clause: str) -> bool:
    ph = parse_phrase(clause, global_parts=False)
    return bool(ph.shape or clean_rest(ph.rest))


def _clauses(text: str) -> list[str]:
    text = _BRACKETS.sub(lambda m: ", " + m.group("inner").strip() + ",", text)
    text = "\n".join(_colon_items(line) for line in text.split("\n"))
    text = _ARROW.sub(lambda m: f"change {m.group('a').strip()} into "
                      + re.sub(r"^(?!(?:a|an|the|one)\s)", "a ", m.group("b").strip(), flags=_I), text)
    text = _PAUSE_AFTER_VERB.sub(lambda m: m.group("head") + " ", text)
    text = _VERB_AFTER_AND.sub(" ; ", text)
    # "make the background black and the circle white", "make the red one bigger and the blue one smaller": two
    # changes, the verb said once
    text = _TWO_VALUES.sub(_two_values, text)
    text = _IN_A_ROW.sub(lambda m: ", " + m.group(1), text)  # "three triangles in a row": the row is how they stand
    # "move the cat a bit up and the dog to the right": two moves, the verb said once
    text = _TWO_MOVES.sub(lambda m: f"{m.group('first')} ; {m.group('verb')} {m.group('second')}", text)
    colon = _LIST_COLON.search(text)
    if colon and _COUNTED.search(text[: colon.start()]) and not _COLON_LABEL.search(text[: colon.start()]):
        text = text[: colon.start()] + " ; " + text[colon.end():]
    clauses: list[str] = []
    for clause in (c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()):
        if clauses and _COLOURS_ONLY.fullmatch(clause) and _ENDS_WITH_COLOUR.search(clauses[-1]):
            clauses[-1] += ", " + clause  # "make the flag red, white and blue": one value of three colours
        elif clauses and _WITH_PARTS.search(clauses[-1]) and _only_parts(clause):
            clauses[-1] += " and " + clause  # "a house with a red roof, a blue door and two windows": one list
        elif clauses and re.match(r"^(?:而)?要(?!不)", clause) and re.match(r"^不要[^，,]+?了?$", clauses[-1]):
            # "不要猫，要狐狸": what is not wanted becomes what is
            clauses[-1] = "把" + re.sub(r"^不要|了$", "", clauses[-1]) + "换成" + re.sub(r"^(?:而)?要", "", clause)
        elif clauses and _only_values(clauses[-1]) and not _COMMAND.match(clause) and not re.match(
                r"^(?:a|an|one|two|the|and)\s", clause, _I) and _names_thing(clause):
            clauses[-1] += " " + clause  # "A large, bright red circle": one description, commas between its words
        elif clauses and _thing_then_but(clauses[-1], clause):
            clauses[-1] += ", " + clause  # "猫，但是要橙色的", "a cat, but orange": the thing, then how it differs
        elif clauses and (re.match(r"^(?:not|rather than|instead of)\s|^不是", clause, _I)
                          or (re.match(r"^(?:而)?是", clause) and clauses[-1].startswith("不是"))):
            clauses[-1] += ", " + clause  # "a square, not a circle", "不是圆形，是正方形": one correction
        else:
            clauses.append(clause)
    return clauses


# "red i guess", "bigger idk": a hedge after the value is not part of it
_HEDGE_TAIL = re.compile(r"(?:[\s,，]+(?:i\s+guess|i\s+think|tbh|to\s+be\s+honest|honestly|i\s+suppose|idk|maybe|"
                         r"perhaps|lol|haha+|or\s+something|actually|"
                         r"if\s+you\s+can|pls|plz|please|thanks|thx|ty|"
                         # "purple would be nice", "bigger is better": the value, said as a wish
                         r"would\s+(?:be|look)\s+(?:nice|great|good|better|cool|lovely|perfect|awesome|fun|cute)|"
                         r"(?:might|could)\s+(?:be|look)\s+(?:nice|good|cool|fun)|is\s+better|sounds\s+(?:good|nice))"
                         # "…就行", "…谢谢", "…好吗", "换成 fox 好了": how it is asked, not what
                         r"|(?<=[\u4e00-\u9fffA-Za-z])\s*(?:吧|呗|啊|呀)?[,，]?\s*(?:就行了?|就好了?|就可以了?|谢谢(?:你|啦)?|"
                         r"(?<![画做弄])好了|谢啦|多谢|"
                         r"好吗|行吗|可以吗|好不好|行不行|可以不))+[\s?？!！.。~]*$", _I)


def _body(clause: str) -> str:
    body = _TONE_EDGES.sub("", _POLITE.sub("", clause).strip()).rstrip("?？!！.。~").strip()
    return _HEDGE_TAIL.sub("", body) or body


def _read_clause(work: MessageEdit, clause: str) -> None:
    work.clause = clause
    said, settings = strip_settings(clause)
    work.settings_said = work.settings_said or settings
    said = read_opener(said)  # "hi! i need a drawing of a tiger": the opener after a greeting
    body = _body(said)
    if not body:
        return
    work.also = bool(_ALSO.search(clause))
    asked = len(work.unread)
    for handler in _HANDLERS:
        if handler(work, body):
            work.last = handler.__name__
            if len(work.unread) == asked and handler not in (chat_clause, session_words, retry_words):
                work.understood.append(clause)
            return
    if _INTERJECTION.fullmatch(body) or work.markup:
        return  # "hmm" alone, "check this out" beside a link: nothing to read, nothing to note
    lone_word = re.fullmatch(r"[A-Za-z]{2,14}", body.strip()) is not None and correction_known(body) is False
    if _COMMAND.match(body) or (_KEYBOARD_RUNS.search(body) and " " not in body.strip()) or lone_word:
        work.ask(reply.say("ask_what", work.language))  # a request no rule reads: ask, never guess
        return
    add_note(work, clause)
    work.last = "add_note"


def _decision(before: Scene, work: MessageEdit) -> Decision:
    if work.unread:
        return Decision(Action.CHAT, _ask_reply(work), before.copy(), EditKind.NEW, (), "rules")
    after = work.scene
    changed = SceneDiff(before, after).content_changed
    if changed:
        after.language = work.language
    if changed and (work.new_scene or before.is_empty()):
        # A new picture is announced once, as the prompt states it; only what that sentence cannot say stays.
        said = [text for key, text in work.replies if key in _KEPT_WHEN_DRAWING]
        replies = [reply.say("drew", work.language, what=reply.picture_words(render_prompt(after, work.language),
                                                                               work.language))] + said
    else:
        replies = [text for _, text in work.replies]
    replies += work.chat_replies
    if not changed:
        if not replies:
            replies = [reply.say("question", work.language)]
        kept = before.copy()
        # "make the left one green" of one already green: it is in focus now; "it" that already meant the last
        # one (no focus yet) leaves the Scene as it was, as a chat must
        unfocused = before.focus is None or before.subject(before.focus) is None
        fallback = unfocused and before.subjects and work.scene.focus == before.subjects[-1].id
        if work.scene.focus is not None and kept.subject(work.scene.focus) is not None and not fallback:
            kept.focus = work.scene.focus
        return Decision(Action.CHAT, reply.join(replies, work.language), kept, EditKind.NEW, (), "rules")
    if work.new_scene or before.is_empty():
        return Decision(Action.DRAW, reply.join(replies, work.language), after, EditKind.NEW,
                        tuple(s.id for s in after.subjects), "rules")
    kind = next(k for k in _KIND_PRIORITY if k in work.kinds) if work.kinds else EditKind.STYLE
    known = {s.id for s in before.subjects} | {s.id for s in after.subjects}  # not one added and taken out again
    changed = tuple(i for i in work.changed if i in known)
    return Decision(Action.EDIT, reply.join(replies, work.language), after, kind, changed, "rules")


def _ask_reply(work: MessageEdit) -> str:
    """What was understood, what was not, and the question: the picture stays as it was."""
    clause, question = work.unread[0]
    done = [c for c in work.understood if c != clause]
    if done:
        opening = reply.say("ask_partly", work.language, done=("; " if work.language == "en" else "；").join(done),
                            text=clause)
    else:
        opening = reply.say("ask_unread", work.language, text=clause)
    return reply.join([opening, question, *work.chat_replies], work.language)
