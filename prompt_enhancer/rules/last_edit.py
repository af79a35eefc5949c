"""Corrections of the last edit: "no, the other way" after a move, "不对 是往左", "no, i meant smaller" after
"bigger", "no wait, not the rabbit, the cat" after the rabbit was made grey, "bring it back" / 算了 还是把树加回来
after a removal, "a bit more pls" after a move or a resize.

None of them says what to do on its own: each is the last request again, changed (its direction turned round,
another direction or thing in its place, or the same once more), read against the picture as it was before that
request. That picture is the Scene each recent turn left, which the app's session passes with the turns
(`Exchange.scene`); a caller that keeps none gets it found again by reading the recent turns once more from the
last one that drew a new picture. When neither gives back the Scene there is now, the last request is turned round
against the Scene as it is. Reads only; the Decision is new.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import replace

from dialog import texts
from dialog import vocabulary as vocab
from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.scene import Scene, Subject
from dialog.scene_diff import SceneDiff, drawn, drawn_content
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.message_edit import KIND_PRIORITY, MessageEdit
from prompt_enhancer.rules.references import name_matches, resolve

_I = re.IGNORECASE
_RECENT = 4  # the turns the app passes: a turn read again sees as many before it


def _template(key: str) -> re.Pattern[str]:
    """The opening of a rules reply in either language, up to its first field ("Drew ", "画好了：")."""
    fields = {f: "\0" for f in ("what", "name", "where", "text", "thing", "names", "done")}
    heads = [re.escape(texts.say(f"rules.{key}", lang, **fields).split("\0")[0]) for lang in texts.LANGUAGES]
    return re.compile("^(?:" + "|".join(heads) + ")")


_DREW = _template("drew")
_REMOVED = _template("removed")
_NOT_READ = (_template("ask_unread"), _template("ask_missing"), _template("ask_partly"))

# What takes back what was just said, before the correction itself.
_TAKE_BACK = (r"^(?:(?:no+(?:pe)?|nah|wait|hmm+|hm+|oh|oops|sorry|ok(?:ay)?|actually|well|um+|uh+|my\s+bad|"
              r"on\s+second\s+thoughts?|scratch\s+that|undo\s+(?:that|it)|no\s+no|啊|哦|呃|嗯|额|唉|哎|算了|不对|不是|错了|不不|不)"
              r"(?:[\s,，.。…!！]+|(?=[\u4e00-\u9fff])|$))+")
_TAKE_BACK_RE = re.compile(_TAKE_BACK, _I)
_TAIL = re.compile(r"(?:[\s,，.。…!！~]*(?:please|pls|plz|thanks|thx|lol|吧|啊|呀|哦|啦|嘛|才对|了))+[\s.。!！~]*$"
                   r"|[\s.。!！~?？]+$", _I)

# "the other way", 反了: the last move or resize turned round.
_OTHER_WAY = re.compile(r"^(?:(?:go|move\s+it|do\s+it|i\s+meant)\s+)?(?:the\s+)?(?:other|opposite|wrong)\s+"
                        r"(?:way(?:\s+(?:round|around))?|direction|side)|^(?:the\s+)?opposite$|^相反(?:的)?$|^(?:方向)?(?:弄|搞|移|挪|说)?反(?:了)?$|^(?:往|是)?反方向"
                        r"|^(?:往)?(?:另一边|相反的?方向|反的)", _I)
# "a bit more", 再多一点: the last move or resize once more.
_MORE = re.compile(r"^(?:(?:just|and|maybe)\s+)?(?:(?:a\s+)?(?:little|tiny|wee)?\s*(?:bit\s+)?(?:more|further|farther)"
                   r"(?:\s+(?:still|again|than\s+that))?|even\s+more|more\s+more|(?:do\s+it\s+|once\s+)?again|"
                   r"keep\s+going|some\s+more|go\s+on|once\s+more|one\s+more\s+time|same\s+again)$"
                   r"|^(?:再|还)?(?:多|来|往前|继续)?(?:一点|一些|点儿?|些)(?:点)?$|^再(?:来|多)(?:一点|一些|点|些)?$|^(?:再来|再)(?:一次|一遍|一下)$|^继续$",
                   _I)
# "bring it back", 把树加回来, 还是留着: what the last removal took out, put back as it was.
_BACK = re.compile(r"^(?:(?:please|pls|can\s+you|could\s+you|just)\s+)*(?:bring|put|add|get|i\s+(?:want|need|'d\s+like|"
                   r"would\s+like))\s+(?P<en>.*?)\s*back"
                   r"(?:\s+(?:in|again|please|pls))*$|^(?:undo\s+(?:the\s+)?(?:removal|delete|deleting)|"
                   r"keep\s+(?P<keep>.+?)\s+after\s+all)$"
                   r"|^(?:还是|请|帮我|再)*(?:把|将)?(?P<zh>[^，,。]*?)(?:加|放|拿|弄|画|找|搬|添)回(?:来|去)(?:吧|了)?$"
                   r"|^(?:还是)?(?:把)?(?P<keep_zh>[^，,。]*?)(?:留着|保留)(?:吧)?$", _I)
# "change it back", 换回来, 改回原来的颜色, 恢复原样: the last edit taken back (the Undo button's work, said in words).
_CHANGE_BACK = re.compile(r"^(?:(?:please|pls|can\s+you|could\s+you|just|ok(?:ay)?|now)\s+)*"
                          r"(?:change|switch|turn|make|set|flip|revert)\s+(?:it|that|this|them|everything|(?:the|that)\s+"
                          r"[a-z]+)?\s*back(?:\s+(?:again|to\s+(?:how|what|the\s+way)\s+it\s+was(?:\s+before)?|to\s+"
                          r"(?:the\s+)?(?:original|before|normal|previous(?:\s+one)?)|as\s+(?:it\s+was|before)))?$"
                          r"|^(?:还是|再|请|帮我|给我)*(?:把|将)?(?P<zh>[^，,。]{0,6}?)(?:换|改|变|弄|调)"
                          r"(?:回来|回去|回原样|回原来的(?:样子|颜色|大小|位置)?|回之前的(?:样子|颜色)?)(?:吧|了)?$"
                          r"|^(?:还是)?(?:恢复|还原)(?:原样|原来的样子|成原来的样子)?(?:吧)?$", _I)
# A direction or a size said alone after taking back: "是往左", "i meant smaller", "no, to the left".
_SAID = re.compile(r"^(?:(?:i\s+(?:meant|mean|said|wanted)|it\s+should\s+(?:go|be)|should\s+be|make\s+it|move\s+it|"
                   r"我是说|我说的是|我要的是|应该是|应该|是|要)\s*)*"
                   r"(?:(?:to|towards?)\s+(?:the\s+)?|往|向|朝|移到|放到|到)?"
                   r"(?P<w>left|right|up|down|top|bottom|higher|lower|bigger|larger|smaller|big|small|tiny|"
                   r"左|右|上|下|大|小|放大|缩小|变大|变小)(?:\s*(?:side|a\s+bit|a\s+little|边|面|方|一点|一些|点|些))*$",
                   _I)
_CANON = {"left": "left", "右": "right", "左": "left", "right": "right", "up": "up", "higher": "up", "top": "up",
          "上": "up", "down": "down", "lower": "down", "bottom": "down", "下": "down", "bigger": "big",
          "larger": "big", "big": "big", "大": "big", "放大": "big", "变大": "big", "smaller": "small",
          "small": "small", "tiny": "small", "小": "small", "缩小": "small", "变小": "small"}
_OPPOSITE = {"left": "right", "right": "left", "up": "down", "down": "up", "big": "small", "small": "big"}
# The words of a move or resize in a request, each with what it says; the Chinese ones only where they say one.
_WORDS_EN = re.compile(r"(?<![A-Za-z])(?P<w>left|right|up|down|top|bottom|higher|lower|bigger|larger|smaller|"
                       r"big|small|enlarge|shrink|grow)(?![A-Za-z])", _I)
_WORDS_ZH = re.compile(r"(?P<w>[左右])|(?<=[往向朝])(?P<v>[上下])|(?P<v2>[上下])(?=[面边方移挪])"
                       r"|(?P<s>[大小])(?=一点|一些|点|些|了|$)|(?<=[变放缩调弄再更])(?P<s2>[大小])")
_FORMS_EN = {  # how a direction or size is said in place of another, by the old word
    "top": {"up": "top", "down": "bottom"}, "bottom": {"up": "top", "down": "bottom"},
    "higher": {"up": "higher", "down": "lower"}, "lower": {"up": "higher", "down": "lower"},
    "bigger": {"big": "bigger", "small": "smaller"}, "larger": {"big": "larger", "small": "smaller"},
    "smaller": {"big": "bigger", "small": "smaller"}, "big": {"big": "big", "small": "small"},
    "small": {"big": "big", "small": "small"}, "enlarge": {"big": "enlarge", "small": "shrink"},
    "shrink": {"big": "enlarge", "small": "shrink"}, "grow": {"big": "grow", "small": "shrink"},
}
_ZH_WORD = {"left": "左", "right": "右", "up": "上", "down": "下", "big": "大", "small": "小"}
_EN_CANON = {"enlarge": "big", "grow": "big", "shrink": "small"}
_SIZES = {"big", "small"}
# "not the rabbit, the cat", "我说的是猫", "the cat, not the rabbit": another thing was meant.
_OTHER_THING = re.compile(r"^(?:not\s+(?P<old>[^,，]+?)(?:\s*[,，]\s*(?:but\s+)?|\s+but\s+)(?:i\s+meant\s+|it'?s\s+)?"
                          r"(?P<new>.+)"
                          r"|(?:i\s+(?:meant|mean|said)|i\s+was\s+talking\s+about)\s+(?P<new2>.+?)"
                          r"(?:[\s,，]+not\s+(?P<old2>.+))?"
                          r"|(?P<new3>[^,，]+?)\s*[,，]?\s+not\s+(?P<old3>.+)"
                          r"|(?:不是|不要)(?P<old_zh>[^，,\s]+?)[\s,，]*(?:而)?(?:是|我说的是|我是说)(?P<new_zh>.+)"
                          r"|(?:我说的是|我是说|我指的是|说的是)(?P<new_zh2>.+)"
                          # "no, the other one", 不对 是另一只: the other of the one the last edit changed
                          r"|(?:(?:i\s+meant|it'?s)\s+|是|我说的是|我是说|应该是)?(?P<other>(?:the\s+)?other\s+one|另(?:外)?一?[个只条棵朵辆头匹])"
                          r"|是(?P<new_zh3>[^，,\s]+)"  # 不对不对 是右边那个: that one was meant
                          r")$", _I)
# "狗还是原来的颜色", "leave the dog as it was": the wrong one put back, said beside the right one.
_AS_IT_WAS = re.compile(r"[\s,，.。!！]+(?:and\s+)?(?:leave|keep)?\s*(?P<en>[^,，.!]+?)\s+"
                        r"(?:as\s+(?:it\s+was|before)|unchanged"
                        # "the left one should stay green", "circle back to green", "the circle goes back where it was"
                        r"|(?:should\s+|can\s+)?(?:stays?|remains?)(?:\s+(?:the\s+same|[a-z]+))?"
                        r"|(?:(?:goes|go|should\s+go|can\s+go|moves?)\s+)?back(?:\s+to\s+[a-z]+|\s+(?:to\s+)?where\s+it\s+was)?)$"
                        r"|[\s,，.。!！]+(?P<zh>[^，,\s]+?)(?:还是|保持|不变|恢复|还原)"
                        r"(?:原来|原样|原来的样子|原来的颜色|之前的)?.*$", _I)
# "三角形换成紫色" after 我是说: the change said again with the thing meant
_CHANGE_SAID_AGAIN = re.compile(r"(?:换成|改成|变成|涂成|移到|放到|变|改|换|\s+(?:to|into|should|goes|go)\b).*$", _I)


def correct_last_edit(scene: Scene, recent: Sequence[Exchange], message: str, language: str) -> Decision | None:
    """The Decision for a message that only corrects the last edit, or None when it is not one."""
    if not recent:
        return None
    try:
        return _corrected(scene, recent, message, language)
    except Exception:  # noqa: BLE001 - reading the turns again must never break a message the rules can read
        return None


def _corrected(scene: Scene, recent: Sequence[Exchange], message: str, language: str) -> Decision | None:
    said = _TAIL.sub("", message.strip())
    taken_back = _TAKE_BACK_RE.match(said)
    if taken_back and re.fullmatch(r"(?:ok(?:ay)?[\s,，.。…!！]*)+", taken_back.group(0), _I):
        taken_back = None  # "ok move it to the left": going on, not taking the last one back
    body = _TAIL.sub("", said[taken_back.end():] if taken_back else said).strip(" ,，")
    if not body:
        return None
    last = recent[-1].message
    if _OTHER_WAY.search(body):
        return _again(scene, recent, _turned(last, None), language, undo=True)
    if _MORE.match(body):
        return _again(scene, recent, last, language, undo=False, only_layout=True)
    change_back = _CHANGE_BACK.match(body)
    if change_back:
        return _changed_back(scene, recent, (change_back.group("zh") or "").strip(), language)
    back = _BACK.match(body)
    if back:
        named = next((g for g in back.groups() if g is not None), "").strip()
        brought = _bring_back(scene, recent, named, language)
        if brought is None and _is_pronoun(_bare_name(named)) \
                and back.group("keep") is None and back.group("keep_zh") is None:
            # "加回来吧" with nothing taken out: said so, not a thing called 回来
            return Decision(Action.CHAT, reply.say("nothing_to_bring_back", language), scene.copy(), EditKind.NEW, (),
                            "rules")
        return brought
    if not taken_back and not re.match(r"^(?:i\s+meant|i\s+said|我是说|我说的是|应该是)", body, _I):
        return None
    direction = _SAID.match(body)
    if direction:
        wanted = _CANON[direction.group("w").lower()]
        return _again(scene, recent, _turned(last, wanted), language, undo=True)
    # "no, i meant the square", "oops no", 啊不是: the last change was made of the wrong thing
    negated = bool(taken_back and re.search(r"不是|不对|错了|\bnot\b|\bwrong\b|\bno+\b|\bnope\b|\boops\b",
                                            taken_back.group(0), _I))
    return (_other_thing(scene, recent, body, language, negated)
            or _other_thing(scene, recent, said, language, negated))


def _turned(request: str, wanted: str | None) -> str | None:
    """The request with its direction or size said the other way round (or as `wanted`); None when it has
    none."""
    found = [(m.start("w"), m.end("w"), m.group("w").lower()) for m in _WORDS_EN.finditer(request)]
    for m in _WORDS_ZH.finditer(request):
        group = next(g for g in ("w", "v", "v2", "s", "s2") if m.group(g))
        found.append((m.start(group), m.end(group), m.group(group)))
    if not found:
        return None
    start, end, word = min(found)
    old = _EN_CANON.get(word) or _CANON[word]
    new = wanted or _OPPOSITE[old]
    if (old in _SIZES) != (new in _SIZES) or new == old:
        return None  # "i meant left" after "make it bigger", "i meant bigger" after it: not a turn round
    if vocab.has_cjk(word):
        said = _ZH_WORD[new]
    else:
        said = _FORMS_EN.get(word, {}).get(new, new)
    return request[:start] + said + request[end:]


def _replayed(scene: Scene, recent: Sequence[Exchange]) -> list[Scene] | None:
    """The Scene after each recent turn from the last that drew a new picture: as the turns left them where the
    caller keeps them (the app does), else read again; None when that does not end at `scene` (what the person
    sees now)."""
    starts = [i for i, turn in enumerate(recent) if _DREW.match(turn.reply)]
    if not starts:
        return None
    now = drawn_content(scene)
    kept = [turn.scene for turn in recent[starts[-1]:]]
    if all(s is not None for s in kept):
        return kept if drawn_content(kept[-1]) == now else None  # type: ignore[arg-type, return-value]
    from prompt_enhancer.rules.engine import RuleEnhancer  # the engine calls this module: imported when used

    enhancer = RuleEnhancer()
    for start in reversed(starts):
        scenes = [Scene(language=scene.language)]
        for i in range(start, len(recent)):
            decision = enhancer.decide(scenes[-1], tuple(recent[max(0, i - _RECENT):i]), recent[i].message)
            scenes.append(decision.scene)
        if drawn_content(scenes[-1]) == now:
            return scenes[1:]
    return None


def _read(base: Scene, request: str) -> Decision | None:
    """A request read against `base` on its own, as a first message after it; None when it was not understood."""
    from prompt_enhancer.rules.engine import RuleEnhancer

    decision = RuleEnhancer().decide(base, (), request)
    if decision.action is Action.CHAT and SceneDiff(base, decision.scene).content_changed is False:
        for key in ("ask_what", "ask_where", "ask_colour"):
            if reply.say(key, "en") in decision.reply or reply.say(key, "zh") in decision.reply:
                return None
        if any(t.match(decision.reply) for t in _NOT_READ):
            return None
    return decision


def _again(scene: Scene, recent: Sequence[Exchange], request: str | None, language: str, *, undo: bool,
           only_layout: bool = False) -> Decision | None:
    """`request` read against the picture before the last edit (`undo`) or against the picture now."""
    if request is None:
        return None
    if only_layout and not _last_was_layout(scene, recent):
        return None
    base = scene
    if undo:
        scenes = _replayed(scene, recent)
        if scenes is not None:
            if len(scenes) < 2 or not _layout_only(scenes[-2], scenes[-1]):
                return None  # the last turn drew the picture, or changed more than where things are and how big
            base = scenes[-2]
        else:  # the picture before is not known: the last edit turned round first
            turned = _turned(recent[-1].message, None)
            back = _read(scene, turned) if turned and _only_layout(scene, recent[-1].message) else None
            if back is None:
                return None
            base = back.scene
    decision = _read(base, request)
    if decision is None:
        return None
    return _decided(scene, decision.scene, decision, language)


def _last_was_layout(scene: Scene, recent: Sequence[Exchange]) -> bool:
    """Whether the last request moved or resized things (or would have, had they not been at the edge)."""
    last = recent[-1].message
    scenes = _replayed(scene, recent)
    if scenes is None:
        return _only_layout(scene, last)
    return len(scenes) >= 2 and _layout_only(scenes[-2], scenes[-1]) and _turned(last, None) is not None


def _only_layout(scene: Scene, request: str) -> bool:
    """Whether a request, read once more now, only moves or resizes things: "a bit more" goes on with it."""
    decision = _read(scene, request)
    if decision is None or decision.action is not Action.EDIT:
        return False
    return SceneDiff(scene, decision.scene).content_changed and _layout_only(scene, decision.scene)


def _layout_only(before: Scene, after: Scene) -> bool:
    """Whether nothing but where things are and how big they are differs ("bigger" of one already big: nothing)."""
    old = {s.id: s for s in before.subjects}
    new = {s.id: s for s in after.subjects}
    if old.keys() != new.keys() or (before.background, before.style, before.time, before.look) != (
            after.background, after.style, after.time, after.look):
        return False
    return all(drawn(s)[:2] == drawn(new[i])[:2] and s.parts == new[i].parts for i, s in old.items())


def _bare_name(named: str) -> str:
    """What is named to bring back, without "the" / "that" / 那个."""
    return re.sub(r"^(?:the|that|this|my)\s+|^(?:那|这)(?:个|只|棵|条|朵)?", "", named, flags=_I).strip()


def _is_pronoun(named: str) -> bool:
    """Whether "bring it back" names nothing but what was taken out last."""
    return named.lower() in ("", "it", "him", "her", "them", "它", "他", "她", "它们")


def _bring_back(scene: Scene, recent: Sequence[Exchange], named: str, language: str) -> Decision | None:
    """What an earlier turn took out, put back as it was (where it was in the order of things)."""
    named = _bare_name(named)
    pronoun = _is_pronoun(named)
    scenes = _replayed(scene, recent)
    now = {s.id for s in scene.subjects}
    if scenes is not None:
        for earlier in reversed(scenes[:-1]):
            gone = [s for s in earlier.subjects if s.id not in now and (pronoun or name_matches(s.name, named))]
            if gone:
                return _restored(scene, earlier, gone[:1] if not pronoun else gone, language)
        if pronoun and len(scenes) >= 2 and _layout_only(scenes[-2], scenes[-1]):
            # "put it back" after a move: where it was before it
            return _decided(scene, scenes[-2], Decision(Action.CHAT, "", scenes[-2]), language)
        return None
    taken = _REMOVED.match(recent[-1].reply)
    if not taken or pronoun and not taken:
        return None
    name = named if not pronoun else recent[-1].reply[taken.end():].rstrip("。.").strip()
    if not name or scene.subjects and any(name_matches(s.name, name) for s in scene.subjects):
        return None
    subject = Subject(scene.next_subject_id(), name)
    return _restored(scene, Scene(subjects=[subject]), [subject], language)


def _changed_back(scene: Scene, recent: Sequence[Exchange], named: str, language: str) -> Decision | None:
    """The picture as it was before the last edit, where that edit changed `named` (or anything, unnamed)."""
    scenes = _replayed(scene, recent)
    if scenes is None or len(scenes) < 2:
        return None
    before = scenes[-2]
    named = re.sub(r"^(?:那|这)(?:个|只|棵|条|朵)?", "", named).strip()
    if named and named not in ("它", "他", "她", "它们") and not any(
            name_matches(s.name, named) for s in scene.subjects if s.id in SceneDiff(before, scene).changed_subjects):
        return None
    decided = _decided(scene, before, Decision(Action.CHAT, "", before), language)
    return replace(decided, reply=reply.say("changed_back", language)) if decided.action is Action.EDIT else None


def _restored(scene: Scene, earlier: Scene, gone: list[Subject], language: str) -> Decision:
    after = scene.copy()
    order = [s.id for s in earlier.subjects]
    back = []
    for subject in gone:
        again = copy.deepcopy(subject)
        if after.subject(again.id) is not None:
            again.id = after.next_subject_id()
        place = order.index(subject.id) if subject.id in order else len(after.subjects)
        index = sum(1 for s in after.subjects if s.id in order and order.index(s.id) < place)
        after.subjects.insert(index, again)
        after.focus = again.id
        back.append(again)
    what = ("、" if language == "zh" else ", ").join(reply.subject_phrase(s, language) for s in back)
    return Decision(Action.EDIT, reply.say("added", language, what=what), after, EditKind.ADD,
                    tuple(s.id for s in back), "rules")


def _other_thing(scene: Scene, recent: Sequence[Exchange], body: str, language: str,
                 negated: bool) -> Decision | None:
    """"not the rabbit, the cat": the last request made of the one meant, the other put back as it was. "i meant
    the cat" alone (no 不是 / not, the wrong one unnamed) may name what the change was about: asked, as before."""
    m = _AS_IT_WAS.search(body)
    kept_said = (m.group("en") or m.group("zh")) if m else None
    body = body[:m.start()] if m else body
    m = _OTHER_THING.match(body.strip(" ,，"))
    if not m:
        return None
    new_said = next(m.group(g) for g in ("new", "new2", "new3", "new_zh", "new_zh2", "other", "new_zh3")
                    if m.group(g))
    old_said = next((m.group(g) for g in ("old", "old2", "old3", "old_zh") if m.group(g)), None) or kept_said
    if (m.group("new2") or m.group("new_zh2") or m.group("new_zh3")) and not (old_said or negated):
        return None
    scenes = _replayed(scene, recent)
    if scenes is None or len(scenes) < 2:
        return None
    before, last = scenes[-2], recent[-1].message
    touched = SceneDiff(before, scenes[-1]).changed_subjects
    if len(touched) != 1 or before.subject(touched[0]) is None:
        return None
    old = before.subject(touched[0])
    work = MessageEdit(scene=before.copy(), language=language, started_empty=False)
    work.scene.focus = old.id  # "the other one": other than the one changed
    new = resolve(work, new_said.strip(" ,，"))
    if not new and _CHANGE_SAID_AGAIN.search(new_said):
        new = resolve(work, _CHANGE_SAID_AGAIN.sub("", new_said).strip(" ,，"))
    if not new or len(new) != 1 or new[0].id == old.id:
        return None
    if old_said:
        meant = resolve(work, old_said.strip(" ,，")) or resolve(work, old_said.strip(" ,，").removesuffix("的"))
        if not meant or meant[0].id != old.id:
            return None
    base = before.copy()
    base.focus = new[0].id
    decision = _read(base, _as_it(last, old, before))
    if decision is None:
        return None
    return _decided(scene, decision.scene, decision, language)


_TARGET_EN = re.compile(r"\b(?:the|that|this)\s+[\w-]+(?:\s+[\w-]+){0,2}", _I)
_TARGET_ZH = re.compile(r"(?:(?<=[把将给让])|^(?![把将给让]))"  # 把鹿…, or the thing first: 左边那个换成黄色
                        r"(?P<t>[^，,\s]+?)(?=变|改|换|涂|染|放|移|挪|缩|调|弄|加|往|向)")


def _as_it(request: str, subject: Subject, before: Scene) -> str:
    """The request with the thing it named ("the rabbit", "the red one", 把鹿) said as "it" / 它: the one meant is
    then in focus."""
    work = MessageEdit(scene=before.copy(), language="en", started_empty=False)
    for m in _TARGET_EN.finditer(request):
        words = m.group(0).split()
        for k in range(2, len(words) + 1):  # "the red one bigger": up to the word that names it
            phrase = " ".join(words[:k])
            if words[k - 1].lower() not in ("one", "ones") and not name_matches(subject.name, words[k - 1]):
                continue
            found = resolve(work, phrase)
            if found and len(found) == 1 and found[0].id == subject.id:
                return request[:m.start()] + request[m.start():].replace(phrase, "it", 1)
    for m in _TARGET_ZH.finditer(request):
        found = resolve(work, m.group("t"))
        if found and len(found) == 1 and found[0].id == subject.id:
            return request[:m.start()] + "它" + request[m.end():]
    for m in re.finditer(r"(?:\b(?:the|that|this|his|her|its)\s+)?(?P<w>[A-Za-z][\w-]*)", request):
        if name_matches(subject.name, m.group("w")):
            return request[:m.start()] + "it" + request[m.end():]
    for name in {subject.name, reply.thing_name(subject, "zh")}:
        if name and vocab.has_cjk(name) and name in request:
            return request.replace(name, "它", 1)
    return request


def _decided(scene: Scene, after: Scene, read: Decision, language: str) -> Decision:
    """The Decision from the Scene now to `after`, whatever the request was read against."""
    diff = SceneDiff(scene, after)
    if not diff.content_changed:
        return Decision(Action.CHAT, read.reply, scene.copy(), EditKind.NEW, (), "rules")
    before = {s.id: s for s in scene.subjects}
    kinds = set()
    for s in after.subjects:
        old = before.get(s.id)
        if old is None:
            kinds.add(EditKind.ADD)
        elif (old.position, old.size) != (s.position, s.size):
            kinds.add(EditKind.LAYOUT)
        elif drawn(old) != drawn(s):
            kinds.add(EditKind.ATTRIBUTE)
    if diff.removed:
        kinds.add(EditKind.REMOVE)
    if diff.background_changed:
        kinds.add(EditKind.BACKGROUND)
    if diff.changes_everything:
        kinds.add(EditKind.STYLE)
    kind = next((k for k in KIND_PRIORITY if k in kinds), EditKind.ATTRIBUTE)  # as the engine reports several
    text = read.reply if read.action is not Action.CHAT else _moved_reply(scene, after, language) or read.reply
    return Decision(Action.EDIT, text, after, kind, diff.changed_subjects, "rules")


def _moved_reply(scene: Scene, after: Scene, language: str) -> str | None:
    """"Moved the triangle to the left." when the request alone changed nothing but undoing the last did."""
    for s in after.subjects:
        old = scene.subject(s.id)
        if old is not None and old.position != s.position and s.position:
            where = reply.where(s.position, language)
            if language == "en" and s.position in vocab.POSITIONS:
                where = "to the " + s.position  # as the move rules say it: "Moved the kite to the left."
            return reply.say("moved", language, name=reply.thing_name(s, language), where=where)
        if old is not None and old.size != s.size:
            key = "bigger" if (s.size or "") == "big" or old.size == "small" else "smaller"
            return reply.say(key, language, name=reply.thing_name(s, language))
    return None
