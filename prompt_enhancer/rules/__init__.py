"""The rule-based enhancer: deterministic English / Chinese (and mixed) patterns that edit the Scene.

It is the offline default and the LLM's safety net, so it must never raise on any text and never guess: a
description no rule understands becomes a note on the Scene, and the reply says so; a request no rule can read
("make it better", "move it", "make the dragon blue" with no dragon) changes nothing, and the reply says what was
understood and asks. One message may hold several clauses ("make it blue, then add a square on the left"); each is
read in order against the Scene as the previous clauses left it. No torch, no model.

engine reads a message clause by clause (clauses cuts it and trims courtesy off each) through the *_handlers
(one per kind of clause, tried in a fixed order); they find subjects and their parts with references and edit the
Scene through changes; phrase reads noun phrases and values (setting_phrase the whole picture's looks, place and
times; patterns holds the building blocks of both), parts splits a description into a thing, its parts and the
things it is placed at (doing reads what a thing does, drawn_alone which things are never held), app_words takes
out settings and markup, spelling mends typing slips in known words, reply words what was done.
"""

from prompt_enhancer.rules.subject_changes import MAX_SUBJECTS
from prompt_enhancer.rules.engine import RuleEnhancer

__all__ = ["MAX_SUBJECTS", "RuleEnhancer"]
