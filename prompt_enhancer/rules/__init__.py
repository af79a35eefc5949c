"""The rule-based enhancer: deterministic English / Chinese (and mixed) patterns that edit the Scene.

It is the offline default and the LLM's safety net, so it must never raise on any text and never drop what a
person said: a clause no rule understands becomes a note on the Scene, and the reply says so. One message may
hold several clauses ("make it blue, then add a square on the left"); each is read in order against the Scene
as the previous clauses left it. No torch, no model.

engine reads a message clause by clause through the *_handlers (one per kind of clause, tried in a fixed order);
they find subjects with references and edit the Scene through changes; phrase reads noun phrases and values,
reply words what was done.
"""

from prompt_enhancer.rules.changes import MAX_SUBJECTS
from prompt_enhancer.rules.engine import RuleEnhancer

__all__ = ["MAX_SUBJECTS", "RuleEnhancer"]
