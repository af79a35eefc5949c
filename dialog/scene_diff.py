"""What changed between two Scenes, worked out once.

The rule enhancer asks whether a message changed anything drawn, the LLM's validation which subjects an answer
touched and what kind of edit it was, the editor which subjects it must keep. They all read one `SceneDiff`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialog.decision import EditKind
from dialog.scene import Scene, Subject


def drawn(subject: Subject) -> tuple:
    """What of a subject shows in a picture: equal for two Scenes means the edit did not touch it. Its parts are
    drawn with it, so a part's change (the girl's umbrella made red) is a change of the subject."""
    return subject.name, sorted(subject.attributes.items()), subject.position, subject.size, _parts(subject)


def _parts(subject: Subject) -> list[tuple[str, list[tuple[str, str]]]]:
    return sorted((name, sorted(attributes.items())) for name, attributes in subject.parts.items())


def _looks(subject: Subject) -> tuple:
    """What a subject looks like, apart from where it is and how big: its name, attributes and parts."""
    return subject.name, sorted(subject.attributes.items()), _parts(subject)


def drawn_content(scene: Scene) -> dict:
    """What is drawn: the Scene without dialog state (focus, who chose what) or the prompt language."""
    data = scene.to_dict()
    for key in ("focus", "language", "chosen"):
        data.pop(key, None)
    for subject in data["subjects"]:
        subject.pop("chosen", None)
    return data


@dataclass(frozen=True)
class SceneDiff:
    before: Scene
    after: Scene

    @property
    def added(self) -> tuple[str, ...]:
        old = {s.id for s in self.before.subjects}
        return tuple(s.id for s in self.after.subjects if s.id not in old)

    @property
    def removed(self) -> tuple[str, ...]:
        new = {s.id for s in self.after.subjects}
        return tuple(s.id for s in self.before.subjects if s.id not in new)

    @property
    def kept(self) -> tuple[str, ...]:
        """Subjects in both Scenes and drawn the same: the edit did not touch them."""
        new = {s.id: s for s in self.after.subjects}
        return tuple(s.id for s in self.before.subjects if s.id in new and drawn(s) == drawn(new[s.id]))

    @property
    def changed_subjects(self) -> tuple[str, ...]:
        """Ids of subjects added or altered (in the new Scene's order), then those removed."""
        before = {s.id: drawn(s) for s in self.before.subjects}
        return tuple(s.id for s in self.after.subjects if before.get(s.id) != drawn(s)) + self.removed

    @property
    def content_changed(self) -> bool:
        """Whether anything drawn changed (the order of subjects included; focus and language are not drawn)."""
        return drawn_content(self.before) != drawn_content(self.after)

    @property
    def background_changed(self) -> bool:
        return self.before.background != self.after.background

    @property
    def changes_everything(self) -> bool:
        """A new style, look, notes, avoid-list or time of day may touch every pixel: no region can be kept."""
        old, new = self.before, self.after
        return (old.style, old.look, old.notes, old.avoid, old.time) != (new.style, new.look, new.notes, new.avoid,
                                                                         new.time)

    def kind(self) -> EditKind:
        """The kind of an edit, read from what changed: the biggest change wins."""
        old, new = self.before, self.after
        before = {s.id: s for s in old.subjects}
        after = {s.id: s for s in new.subjects}
        if self.added:
            return EditKind.ADD
        if self.removed:
            return EditKind.REMOVE
        if any((before[i].position, before[i].size) != (after[i].position, after[i].size) for i in after) and all(
            _looks(before[i]) == _looks(after[i]) for i in after
        ):
            return EditKind.LAYOUT
        if any(drawn(before[i]) != drawn(after[i]) for i in after):
            return EditKind.ATTRIBUTE
        if old.background != new.background or old.time != new.time:
            return EditKind.BACKGROUND
        if old.style != new.style or old.look != new.look:
            return EditKind.STYLE
        return EditKind.ATTRIBUTE
