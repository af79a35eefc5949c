"""Reading one message: drop markup, mend typing slips, split it into clauses, hand each to the first rule that
understands it, and say what was done as one Decision; when a clause asks for something no rule can read, nothing
changes and the Decision is a question back. The rules themselves live in the *_handlers modules; this module
only orders them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dialog.decision import Action, Decision, EditKind, Exchange
from dialog.hanzi import to_simplified, to_traditional, writes_traditional
from dialog.message import detect_language
from dialog.scene import Scene
from prompt_enhancer.rules import reply
from prompt_enhancer.rules.also_wanted import also_wanted_clause
from prompt_enhancer.rules.answers import Answer, answered_question, ask_which, same_again, same_pieces, which_is_meant
from prompt_enhancer.rules.app_words import read_prompt_syntax, strip_markup, strip_settings
from prompt_enhancer.rules.mixed_one import one_said_in_zh
from prompt_enhancer.rules.picture_changes import add_note, start_new_scene
from prompt_enhancer.rules.dictation import as_typed
from prompt_enhancer.rules.move_words import as_moved
from prompt_enhancer.rules.hedged_moves import as_plain_move
from prompt_enhancer.rules.restated import restated
from prompt_enhancer.rules.spaced_words import words_joined
from prompt_enhancer.rules.run_on import counted_ones
from prompt_enhancer.rules.both_ways import both_colours_clause, both_sizes_clause, both_ways
from prompt_enhancer.rules.correction_handlers import correction_clause, second_thought_clause
from prompt_enhancer.rules.one_too import one_said
from prompt_enhancer.rules.outcome import decision_of, joined
from prompt_enhancer.rules.same_as import said_with_values
from prompt_enhancer.rules.them_added import them_as_added
from prompt_enhancer.rules.each_side import each_side_clause, said_each_side
from prompt_enhancer.rules.chat_handlers import (app_question, asks_what_it_draws, chat_clause, leaving_clause,
                                                 mixed_chat_clause, opinion_asked, reaction_clause, retry_words,
                                                 session_words, talk_before_and)
from prompt_enhancer.rules.clause_body import clause_body
from prompt_enhancer.rules.looks_first import looks_after_things
from prompt_enhancer.rules.clauses import COLOUR_WORD, COMMAND, split_clauses
from prompt_enhancer.rules.emoji import read_emoji
from prompt_enhancer.rules.already_there import already_there_clause
from prompt_enhancer.rules.drawing_handlers import add_clause, bare_clause, draw_clause, each_clause
from prompt_enhancer.rules.last_edit import correct_last_edit
from prompt_enhancer.rules.learner_english import as_usually_said, the_one_said
from prompt_enhancer.rules.letter_frame import without_letter_frame
from prompt_enhancer.rules.each_again import each_again_clause
from prompt_enhancer.rules.lengths import length_clause
from prompt_enhancer.rules.casual import plain_words, unshouted
from prompt_enhancer.rules.mixed_verbs import mixed_verbs_said
from prompt_enhancer.rules.each_described import each_described_clause
from prompt_enhancer.rules.part_value_after import part_value_after_clause
from prompt_enhancer.rules.openers import is_chatter, laughed_off, read_opener, without_work_label
from prompt_enhancer.rules.brightness import brightness_clause
from prompt_enhancer.rules.setting_named import setting_named_clause
from prompt_enhancer.rules.setting_phrase import forget_looks_read, parse_looks
from prompt_enhancer.rules.picture_kinds import as_kind_said, kind_listed
from prompt_enhancer.rules.purpose import without_purpose
from prompt_enhancer.rules.axis_moves import axis_move_clause
from prompt_enhancer.rules.unread_talk import BACKGROUND_UNSAID, PRAISED, VAGUE_REQUEST, says_nothing, unread_talk
from prompt_enhancer.rules.unwanted_value import unwanted_colour, unwanted_value_clause
from prompt_enhancer.rules.message_edit import MessageEdit
from prompt_enhancer.rules.part_handlers import attach_clause, dress_clause, give_clause, wear_clause
from prompt_enhancer.rules.part_moves import move_part_clause, replace_part_clause
from prompt_enhancer.rules.particles import particle_clause
from prompt_enhancer.rules.pose_verbs import let_do_clause, pose_clause, put_at_clause
from prompt_enhancer.rules.background_named import background_named
from prompt_enhancer.rules.background_thing import background_thing_clause
from prompt_enhancer.rules.plural_swap import plural_swap_clause
from prompt_enhancer.rules.beside_handlers import beside_clause
from prompt_enhancer.rules.grid_steps import steps_said
from prompt_enhancer.rules.keep_handlers import keep_same_clause
from prompt_enhancer.rules.counted_list import as_count_listed, row_said_apart
from prompt_enhancer.rules.counts_set import count_clause, more_of_clause, too_many_of
from prompt_enhancer.rules.it_is import it_is_clause
from prompt_enhancer.rules.topic_said import (named_before, names_what_follows, them_as_said, them_named_after,
                                              topic_clause)
from prompt_enhancer.rules.removal_handlers import (REMOVE_AGAIN, avoid_clause, clear_clause, keep_only_clause,
                                                    put_away_clause, remove_clause)
from prompt_enhancer.rules.replace_handlers import replace_clause, swap_clause
from prompt_enhancer.rules.nothing_named import nothing_named_clause
from prompt_enhancer.rules.participle_clause import participle_clause
from prompt_enhancer.rules.place_after import place_after_clause
from prompt_enhancer.rules.described_after import described_after_clause
from prompt_enhancer.rules.described_place import described_place_clause
from prompt_enhancer.rules.rephrase import rephrase
from prompt_enhancer.rules.other_colour import colour_said_after, other_colour_clause
from prompt_enhancer.rules.self_correction import corrected_in_place
from prompt_enhancer.rules.row_band import row_band_clause
from prompt_enhancer.rules.taken_back import after_taken_back, redrawn
from prompt_enhancer.rules.interjections import COMPLAINT, DO_IT, INTERJECTION, WHY_IT_WENT
from prompt_enhancer.rules.thanked_talk import thanked_talk
from prompt_enhancer.rules.there_is import there_is
from prompt_enhancer.rules.setting_handlers import (background_clause, look_clause, mood_clause, setting_clause,
                                                    sky_clause, style_clause)
from prompt_enhancer.rules.spelling import correct_typos
from prompt_enhancer.rules.said_aside import KEYBOARD_RUNS, lone_unknown, said_aside
from prompt_enhancer.rules.spoken_zh import as_usually_said_zh
from prompt_enhancer.rules.brief_said import as_brief_said
from prompt_enhancer.rules.formal_english import as_formally_said
from prompt_enhancer.rules.precise_places import as_placed_precisely
from prompt_enhancer.rules.misspelt_names import misspelt_names
from prompt_enhancer.rules.kind_named import said_by_kind
from prompt_enhancer.rules.owner_part import owner_said
from prompt_enhancer.rules.place_first import place_first
from prompt_enhancer.rules.move_handlers import move_clause, nothing_there_yet_clause
from prompt_enhancer.rules.missing_named import missing_change_clause
from prompt_enhancer.rules.other_side import other_side_clause
from prompt_enhancer.rules.subject_handlers import attribute_clause, resize_clause
from prompt_enhancer.rules.uncolour_handlers import uncolour_clause
from prompt_enhancer.rules.quoted import kept_quotes, restored
from prompt_enhancer.rules.words_on import words_clause

if TYPE_CHECKING:
    from PIL.Image import Image


_I = re.IGNORECASE
_REMOVALS = ("remove_clause", "avoid_clause", "put_away_clause")  # after one: why it went ("its the holidays")
_TALK = ("chatter", "thanks", "reaction", "bye")  # replies that only talk: beside a change, nothing more to do
# After a change, what it is like ("make it orange, like a ginger cat"): beside it, no thing to draw or ask about
_LIKE_A = re.compile(r"(?:just\s+)?like\s+(?:(?:a|an|the|some|my|our)\s+[a-z0-9][a-z0-9' -]{1,40}|"
                     r"(?:when|how)\s+.{1,60}|in\s+(?:my|our|his|her)\s+.{1,60}|mid[\s-][a-z]+)", _I)
# "new picture: a blue triangle", "换一张：一个蓝色三角形", "start over with a red circle": the rest of the message
# is a new picture, whatever verb it has or lacks.
_NEW_PICTURE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|now|and|so|then|alright|nvm|never\s*mind|hmm+|wait)[\s,]+)?"
    r"(?:(?:(?:a|an)\s+)?(?:new|another|fresh|different|next)\s+"
    r"(?:picture|image|drawing|painting|pic|scene|one)|start(?:ing)? over|from scratch|"
    r"换一张|来一张新的|再来一张|新的一张|新图|重新画(?:一张)?|重新来|重来)"
    r"\s*(?:[:：,，;；\-–—!！.。]+\s*|\s+(?:with|of)\s+|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff]))",
    _I,
)
# What takes back what was just said ("no", "actually", "hmm no", "其实", "不对"): a thing named after it is what the
# one in focus should be ("hmm actually 我要一只 fox", "draw a cat, no actually a fox").
_SECOND_THOUGHT = re.compile(r"^(?:(?:hmm+|hm+|um+|uh+|eh+|oh|o+h+|ok|okay|so|wait|well)[\s,，.…]*)*"
                             # "ooh or a triangle??": another thing for the one just changed
                             r"(?:or(?:\s+maybe|\s+perhaps)?(?=\s+(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s*[?!.]*$)|"
                             r"(?:(?:no+(?:pe)?|nah)(?:\s+no+)*(?=\s*(?:[,，.…!！]|$)|\s+(?:actually|wait|sorry|i\s+mean)\b"
                             r"|\s+(?=[\u4e00-\u9fff])"  # "no no 改成圆形 pls"
                             # "wait no go back to a dragon": a request said again instead
                             r"|\s+(?:go\s+back|back\s+to|make\s+it|let'?s)\b"
                             # "hmm no blue", "red... no blue": a colour said again instead
                             rf"|\s+(?={COLOUR_WORD}\s*[.!]*$)|(?<=nah)\s+(?=(?:an?\s+)?[a-z]+\s*[.!]*(?:\s|$)))|actually|on\s+second\s+thoughts?|scratch\s+that|"
                             r"change\s+of\s+plans?|my\s+bad|my\s+mistake|"
                             r"其实|不对|不是|算了|还是|改主意了?|打错了|说错了|写错了))(?![A-Za-z])", _I)
# A remark, a particle or a request, then a request in English: two clauses ("背景还是白色好看点 change it to white";
# "黄色三角 move down a bit" names what moves)
_EN_REQUEST_AFTER_ZH = re.compile(r"(?<=[乱多挤啦喇了吧呀啊哦好看点些换改变成加删掉移挪要画])\s+"
                                  r"(?=(?:remove|add|make|put|change|draw|give|move|take|delete|swap|turn|paint|"
                                  r"set|switch|just|only|and)\s)", _I)
_ALSO = re.compile(r"\b(?:also|too|as well|another|one more|a second|additionally)\b|^(?:再|也|还|另)", _I)


# Each takes the clause (politeness stripped) and returns True when it handled it. Order matters: the more
# specific patterns come first ("make the background blue" before "make it blue").
_HANDLERS: tuple[Callable[[MessageEdit, str], bool], ...] = (
    session_words, retry_words, leaving_clause, nothing_there_yet_clause, topic_clause, mixed_chat_clause,
    part_value_after_clause, clear_clause, count_clause, more_of_clause, keep_only_clause, keep_same_clause,
    already_there_clause, uncolour_clause, unwanted_value_clause, other_colour_clause, put_away_clause,
    particle_clause, nothing_named_clause, participle_clause, each_side_clause, axis_move_clause, put_at_clause,
    pose_clause, words_clause, remove_clause, avoid_clause, background_clause, setting_named_clause, style_clause,
    look_clause, sky_clause, brightness_clause, mood_clause, setting_clause, second_thought_clause, dress_clause,
    each_described_clause, row_band_clause, described_place_clause, each_clause, each_again_clause, swap_clause,
    replace_part_clause, background_thing_clause, plural_swap_clause, replace_clause, move_part_clause, attach_clause,
    beside_clause, other_side_clause, move_clause, length_clause, both_sizes_clause, both_colours_clause,
    resize_clause, give_clause, wear_clause, also_wanted_clause, add_clause, reaction_clause, correction_clause,
    attribute_clause, let_do_clause, draw_clause, chat_clause, place_after_clause, it_is_clause,
    described_after_clause, missing_change_clause, bare_clause,
)
# "要清晨那种雾蒙蒙的感觉": the feel asked for is of a time, a place or a look, read by their rules ("有种忧郁的感觉"
# says what the picture has, not what to change; "加点 night 的感觉", "来点 sunset 的光 please", "那再弄点晚上的氛围")
_ZH_FEEL_OF = re.compile(r"(?:(?:那|再|就)*(?:要|想要|我要|来点|来一点|加点|弄点|整点|换成|改成)\s*)?"
                         r"(?P<what>[\u4e00-\u9fff]{2,12}?|[A-Za-z]+(?:\s[A-Za-z]+)?)\s*(?:那种|那样|的)*"
                         r"(?:感觉|氛围|气氛|意境|光)(?:\s*(?:please|pls|吧|啊|呀))?", _I)
_FELT_HANDLERS = (setting_clause, look_clause, style_clause)
# A clause whose last word is a feel ("that cozy sunday feeling", "那种心情", "的氛围") speaks of the whole picture:
# only the handlers up to the picture's setting (and chat) may read it; what none of them knows is a note.
_FEEL_TAIL = re.compile(r"(?:\b(?:feel|feeling|feelings|vibes?|mood|atmosphere|ambien[cs]e|aesthetic)"
                        r"|感觉|心情|氛围|气氛|意境|情调)\s*$", _I)
_PICTURE_HANDLERS = frozenset(_HANDLERS[: _HANDLERS.index(setting_clause) + 1]) | {chat_clause}


class RuleEnhancer:
    """Deterministic bilingual rules; see the package docstring (prompt_enhancer.rules)."""

    name = "rules"

    def decide(
        self, scene: Scene, recent_turns: Sequence[Exchange], message: str, image: Image | None = None,
        *, picture: Image | None = None,  # the rules read words only: the picture is not theirs to look at
    ) -> Decision:
        """Read one message against the Scene. Never raises on any text; never edits the Scene passed in."""
        forget_looks_read()  # what one message's clauses read again is kept for that message only
        text = message if isinstance(message, str) else ""
        # 畫一隻貓: read in Simplified like every word table here, answered in Traditional
        traditional = writes_traditional(text, [turn.message for turn in recent_turns])
        recent_turns = tuple(replace(turn, message=to_simplified(turn.message), reply=to_simplified(turn.reply))
                             for turn in recent_turns)
        text, quoted = kept_quotes(text)  # 'write "Sale! 50% off" on it': the quoted words read as one
        decision = restored(self._decide(scene, recent_turns, to_simplified(text), image), quoted)
        return replace(decision, reply=to_traditional(decision.reply)) if traditional else decision

    def _decide(self, scene: Scene, recent_turns: Sequence[Exchange], text: str, image: Image | None) -> Decision:
        text, markup = strip_markup(without_letter_frame(text))
        text = words_joined(text)  # "画 一只 猫": 画一只猫
        text = as_usually_said_zh(correct_typos(read_emoji(read_prompt_syntax(unshouted(text)))))  # 俺, 咋, 整
        text = one_said_in_zh(text)  # "small 那只改成白色": 小的那只
        text = as_plain_move(as_moved(as_typed(text)))  # "… comma …"; "shove the castle over to the left": move it
        language = detect_language(text, default=scene.language if scene.language in ("en", "zh") else "en")
        text = said_by_kind(misspelt_names(text, scene), scene)  # "the dig": the dog; "the building": the lighthouse
        text = the_one_said(owner_said(text, scene))  # "make the owl eyes yellow": the owl's eyes
        text = background_named(text, scene)  # "swap the white for a light blue background": the background
        undone = correct_last_edit(scene, recent_turns, text, language)
        if undone is not None:  # "no, the other way", "bring it back", "a bit more": the last edit, corrected
            return undone
        if (then := self._corrected_then(scene, recent_turns, text, language, markup, image)) is not None:
            return then
        answer = answered_question(scene, recent_turns, text, language) or same_again(scene, recent_turns, text,
                                                                                      language)
        if answer is None:
            then = self._same_then(scene, recent_turns, text, language, markup, image)
            if then is not None:
                return then
        if answer is not None and answer.each:  # "both" after "which one do you mean?": about each of them
            decision = self._read_each(answer, language, markup, image)
            if decision is not None:
                return decision
        elif answer is not None:  # "the white one" after "which one do you mean?": the earlier request, about it
            decision = self._read(answer.scene, answer.message, language, markup, image)
            if decision.action is not Action.CHAT:
                return decision
        text = them_as_added(text, scene, recent_turns)  # "add some palm trees" … "make them taller": the palm trees
        text = one_said(said_with_values(text, scene, recent_turns), scene)  # "the same colour", "give him one too"
        decision = self._read(scene, text, language, markup, image)
        unread = decision.action is Action.CHAT and reply.say("ask_what", language) in decision.reply
        if decision.action is Action.EDIT or unread:
            pool = which_is_meant(scene, recent_turns, text, decision.changed)
            if pool:  # "make it bigger" of one of two cats just drawn: which one, not a guess
                return Decision(Action.CHAT, ask_which(pool, language), scene.copy(), EditKind.NEW, (), "rules")
        return decision

    def _read_each(self, answer: Answer, language: str, markup: bool, image: Image | None) -> Decision | None:
        """The earlier request read about each chosen subject in turn, one Scene carried through; None unless
        every reading is an edit."""
        scene, decisions = answer.scene, []
        for subject_id in answer.each:
            scene = scene.copy()
            scene.focus = subject_id
            decision = self._read(scene, answer.message, language, markup, image)
            if decision.action is not Action.EDIT:
                return None
            decisions.append(decision)
            scene = decision.scene
        said = list(dict.fromkeys(d.reply for d in decisions))  # "Made the cat gray." twice: said once, of all
        return joined(decisions, reply.say("each_of", language, count=str(len(decisions)), said=said[0])
                       if len(said) == 1 else reply.join(said, language))

    def _corrected_then(self, scene: Scene, recent_turns: Sequence[Exchange], text: str, language: str,
                        markup: bool, image: Image | None) -> Decision | None:
        """"还是加回来吧，但要红色的", "bring it back, but make it red": the last edit corrected, then one more
        request about the picture that leaves; None unless both are read."""
        pieces = re.split(r"[，,;；]", text, maxsplit=1)
        if len(pieces) < 2 or not pieces[1].strip():
            return None
        undone = correct_last_edit(scene, recent_turns, pieces[0], language)
        return self._then_more(undone, pieces[1], language, markup, image)

    def _same_then(self, scene: Scene, recent_turns: Sequence[Exchange], text: str, language: str,
                   markup: bool, image: Image | None) -> Decision | None:
        """"lol autocorrect turned cat into car. now the sun too, and make it nighttime": talk, then the last
        change again on another thing, then more; None unless the change again is read."""
        pieces = same_pieces(text)
        while len(pieces) > 1 and is_chatter(clause_body(pieces[0]) or pieces[0]):
            pieces = pieces[1:]
        if len(pieces) < 2:
            return None
        answer = same_again(scene, recent_turns, pieces[0], language)
        if answer is None or answer.each:
            return None
        first, rest = self._read(answer.scene, answer.message, language, markup, image), ", ".join(pieces[1:])
        if REMOVE_AGAIN.fullmatch(clause_body(pieces[1])) and len(first.scene.subjects) < len(scene.subjects):
            rest = ", ".join(pieces[2:])  # "sun too tbh just delete it lmao", "the sun also.. remove it, thanks"
        return self._then_more(first, rest, language, markup, image) if rest.strip() else first

    def _then_more(self, first: Decision | None, rest: str, language: str, markup: bool,
                   image: Image | None) -> Decision | None:
        """A first edit, then the rest of the message read on the Scene it leaves; None unless both edit."""
        if first is None or first.action is not Action.EDIT:
            return None
        more = self._read(first.scene, rest, language, markup, image)
        if more.action is Action.CHAT and more.reply in {reply.say(k, language) for k in _TALK}:
            return first  # "the cart too, guests keep tripping over it haha", "lose the bucket too. cheers mate"
        if more.action is not Action.EDIT:
            return None
        return joined([first, more], reply.join([first.reply, more.reply], language))

    def _read(self, scene: Scene, text: str, language: str, markup: bool, image: Image | None) -> Decision:
        work = MessageEdit(scene=scene.copy(), language=language, started_empty=not scene.subjects, markup=markup,
                           question_mark="?" in text or "？" in text)
        # "ok cool and swap the tree…": the talk, then the request; "two lanterns on either side": a clause of its own
        text = as_placed_precisely(as_formally_said(as_brief_said(counted_ones(restated(without_work_label(text))))))
        text = plain_words(steps_said(as_usually_said(mixed_verbs_said(text))))  # "up one", "往上move一下"
        text = kind_listed(said_each_side(talk_before_and(without_purpose(as_count_listed(row_said_apart(text))))))
        text = _EN_REQUEST_AFTER_ZH.sub(", ", text)  # "好乱 remove all the flowers": talk, then the request
        app_asked = app_question(text)  # "你能画动图吗": before 能画 reads as "draw"
        kinds_asked = asks_what_it_draws(text)  # "你会画动物吗": before 会画 reads as "draw"
        if scene.subjects:  # "can i get a bigger version": the picture changed, not a new one asked for
            text = as_kind_said(text)
        text = place_first(read_opener(text))  # "picture this: …", "整一个雪人"; "a beach with a red umbrella"
        text = redrawn(text) or text  # "draw three circles... no wait, just one triangle": the triangle
        rest = after_taken_back(text)  # "make it warmer... no, never mind": only what follows is read
        if rest == "":
            work.chat_replies.append(reply.say("taken_back", language))
            return decision_of(scene, work)
        text = text if rest is None else rest
        fresh = _NEW_PICTURE.match(text)
        if fresh and text[fresh.end():].strip():
            text = text[fresh.end():]
            start_new_scene(work)
        about_app = app_asked or app_question(text) or opinion_asked(text)
        if about_app or kinds_asked:  # "能不能导出高清的？", "你会画动物吗": about the app
            work.chat_replies.append(reply.say("question" if about_app else "can_draw", language))
            return decision_of(scene, work)
        clauses = looks_after_things(split_clauses(colour_said_after(corrected_in_place(text))), not scene.subjects)
        complaints = []
        taken_back = False  # the clause before only took back what was said ("hmm no, a triangle")
        for at, clause in enumerate(clauses):
            body = clause_body(clause)
            next_body = clause_body(clauses[at + 1]) if at + 1 < len(clauses) and names_what_follows(body) else None
            swapped = them_named_after(body, next_body) if next_body is not None else None
            if swapped:  # "can you swap them, the donkey and the basket i mean"
                clause, body, clauses[at + 1], next_body = swapped, swapped, "", None
            after = named_before(work, body, next_body, clauses[at + 1]) if next_body is not None else None
            if after is not None:  # "And star, change to heart": the star is what the change is about
                clauses[at + 1] = after
                continue
            back = _SECOND_THOUGHT.match(clause)
            if back and re.match(r"^不是[^，,]+[，,]\s*(?:而)?是", clause):
                back = None  # "不是圆，是方的": what it is not and what it is, read as one correction
            # "fox instead": a thing alone, said in place of what there is ("make it a fox instead" has its own rules)
            instead = bool(re.search(r"\binstead$", body, _I)) and (not COMMAND.match(body) or bool(
                re.match(r"^(?:go\s+with|have|use)\s", body, _I)))
            work.second_thought = taken_back or bool(back) or instead
            work.corrected = work.corrected or work.second_thought
            said = clause[back.end():].strip(" ,，.…!！") if back else clause
            taken_back = bool(back) and (not said or bool(INTERJECTION.fullmatch(clause_body(said) or said)))
            if back and not taken_back:
                clause = said  # "no actually a fox": the fox is what was said
            aside = said_aside(work, body) if at == len(clauses) - 1 else None
            if len(clauses) > 1 and (INTERJECTION.fullmatch(body) or taken_back or is_chatter(body)
                                     or (says_nothing(body)  # "那个嗯，…", "I'm not sure about the colour, …"
                                         and (at < len(clauses) - 1 or bool(work.understood)))
                                     or aside == "place"
                                     or laughed_off(clause)
                                     # "…orange, like a ginger cat"
                                     or ((work.changed or work.kinds) and _LIKE_A.fullmatch(body)
                                         and not parse_looks(body)[0])  # "…, like an old sepia photo": sepia
                                     or unwanted_colour(work, body, after_change=bool(work.changed))
                                     or (work.changed and DO_IT.fullmatch(body))  # "…nicer. Could you change it?"
                                     or ((work.removed or work.last in _REMOVALS)
                                         and (REMOVE_AGAIN.fullmatch(body)  # "那狗不要了 去掉"
                                              or WHY_IT_WENT.fullmatch(body)))):
                work.topic = too_many_of(body) or work.topic  # "猫太多了，就要一只": a count of the cats
                continue  # "hmm", "no wait", "he loves tigers", "不要黄色了": nothing to read beside the rest
            if COMPLAINT.fullmatch(body):
                complaints.append(clause)
                continue
            asked = len(work.unread)
            _read_clause(work, clause)
            if aside == "sign-off":  # "make it winter…, kiitos": a word no rule read, after the request, not asked
                del work.unread[asked:]
        thanked_talk(scene, work, text)  # "Is very pretty, thank you so much": talk, not a note
        question = None if work.unread else both_ways(work, text)
        if question:  # "bigger but also smaller at the same time": which, not a guess
            work.clause = ""
            work.ask(question)
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
        return decision_of(scene, work)


# Said with a setting: the rest of the picture as it is ("same thing but seed 42", "cfg 12, otherwise same").
_SAME_OTHERWISE = re.compile(r"(?:and\s+|but\s+)?(?:(?:otherwise|everything\s+else|the\s+rest|rest)\s+"
                             r"(?:(?:stays?|is|the)\s+)*same|same\s+(?:thing|picture|image|scene|one|as\s+before)(?:\s+but)?"
                             r"|(?:keep\s+)?(?:everything\s+else|the\s+rest)\s+(?:the\s+)?same)"
                             r"(?:\s+(?:please|pls))?", _I)


def _read_clause(work: MessageEdit, clause: str) -> None:
    work.clause = clause
    said, settings = strip_settings(clause)
    work.settings_said = work.settings_said or settings
    said = read_opener(said)  # "hi! i need a drawing of a tiger": the opener after a greeting
    body = clause_body(said)
    if not body or (work.settings_said and _SAME_OTHERWISE.fullmatch(body)):
        return  # "seed 42, otherwise same": the picture as it is, with the setting the buttons own
    rephrased = rephrase(body)
    if "\n" in rephrased:  # said as two requests: each read on its own
        for piece in rephrased.split("\n"):
            _read_clause(work, piece)
        return
    body = them_as_said(work, there_is(rephrased, work.scene))
    work.also = bool(_ALSO.search(clause))
    asked = len(work.unread)
    feel = bool(_FEEL_TAIL.search(body)) and not re.search(r"\bwith\b", body, _I)  # "a cat with a happy mood"
    felt = _ZH_FEEL_OF.fullmatch(body)  # "来点 sunset 的光": a feel too
    if felt and felt.group("what") and any(h(work, felt.group("what").replace("那种", "")) for h in _FELT_HANDLERS):
        work.understood.append(clause)  # "要清晨那种雾蒙蒙的感觉": the feel of a time, a place or a look is that
        return
    if PRAISED.fullmatch(body):  # "thanks that looks epic": the picture as it is, praised
        work.chat_replies.append(reply.say("reaction", work.language))
        return
    vague = VAGUE_REQUEST.fullmatch(body) or says_nothing(body)
    unsaid = "ask_what" if vague else "ask_background" if BACKGROUND_UNSAID.fullmatch(body) else None
    if unsaid:  # "spice it up", "换个背景": which change, or which background, is not said
        work.ask(reply.say(unsaid, work.language))
        return
    for handler in _HANDLERS:
        if feel and handler not in _PICTURE_HANDLERS:
            continue  # "i want that cozy sunday feeling": a feel no look or mood rule knows, never a thing
        if handler(work, body):
            work.last = handler.__name__
            if len(work.unread) == asked and handler not in (chat_clause, session_words, retry_words, leaving_clause):
                work.understood.append(clause)
            return
    if INTERJECTION.fullmatch(body) or work.markup:
        return  # "hmm" alone, "check this out" beside a link: nothing to read, nothing to note
    lone_word = not feel and lone_unknown(body)  # "周末自驾那种感觉": a feel no rule knows is a note
    if COMMAND.match(body) or (KEYBOARD_RUNS.search(body) and " " not in body.strip()) or lone_word:
        work.ask(reply.say("ask_what", work.language))  # a request no rule reads: ask, never guess
        return
    asked_zh = re.search(r"(?:吗|呢|干嘛用的|干什么用的)\s*[?？]?$", said)  # "越大越好吗": 吗 is gone from the body
    talk = None if feel else unread_talk(said if asked_zh else body, work.question_mark or bool(asked_zh))
    if talk == "ask_what":
        work.ask(reply.say(talk, work.language))  # keys mashed: ask what was meant
        return
    if talk:
        work.chat_replies.append(reply.say(talk, work.language))  # "what did u draw exactly?", "你画得真快"
        return
    add_note(work, clause)
    work.last = "add_note"
