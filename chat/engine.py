"""One chat turn end to end, without Gradio: clean the message, decide, plan the edit, render, record.

`ChatEngine` is built once (it holds the Generator, the Enhancer and the Editor); `ChatState` is one browser
session's data. Every action returns an `ActionResult` whose message a person can read; the session changes
only when an action succeeds, so a failed or cancelled render leaves the chat exactly as it was.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PIL import Image

from chat.checks import SettingsRejected, checked_settings
from chat.state import ActionResult, ChatLimits, ChatState, TurnSettings
from chat.upload import for_upload, read_upload, sees_images, start_from_upload
from chat.verification import Verdict, Verifier, describe_problems
from chat.view import Snapshot, snapshot
from dialog.decision import Action, Decision, EditKind
from dialog.message import MessageRejected, clean_message, detect_language, session_command
from dialog.prompt import render_negative, render_prompt
from dialog.scene import Scene
from dialog import vocabulary as vocab
from dialog.archive import ImportLimits, SessionImportError, export_session, import_session
from dialog.session import Turn
from dialog.texts import both, say
from editing.editor import Edit, Editor, Picture, Pictures
from editing.plan import Overrides, Strategy, new_seed
from generator.errors import GeneratorError, RenderCancelled
from generator.metadata import png_bytes
from generator.request import RenderRequest, RenderResult, StepProgress
from prompt_enhancer.decide_enriched import enrich_decision
from prompt_enhancer.profile import ModelProfile

log = logging.getLogger(__name__)

RECENT_TURNS = 4  # exchanges the enhancer sees besides the Scene: bounded context however long the chat
KEEP_LATENTS = 64  # per session: latents of this many recent pictures stay in memory for edits
VARIATION_STRENGTH = 0.55


class ChatEngine:
    """Turns, undo/redo/retry/variations, export/import. Built once; holds no per-user data."""

    def __init__(
        self,
        generator: Any,
        enhancer: Any,
        editor: Editor | None = None,
        limits: ChatLimits = ChatLimits(),
        notice: str = "",
        root: Path | None = None,
        render_wrapper: Callable[[Callable], Callable] | None = None,
        safety_checker: Callable[[Image.Image], str | None] | None = None,
        profile: ModelProfile | None = None,
        verifier: Verifier | None = None,
        verify_tries: int = 2,
        counts: bool | None = None,
    ) -> None:
        self.generator = generator
        self.enhancer = enhancer
        self.editor = editor or Editor()
        # What the loaded model can draw: the dialog manager fills what a message leaves open from it and refuses
        # what lies outside it (`prompt_enhancer.enrich`, `.drawable`). None: the Scene is drawn as decided.
        self.profile = profile
        # Whether the model reads a count ("two cats"); None: as the profile says (a model with none reads one).
        # Given apart from the profile where the profile is not used to fill in words (bench_consistency).
        self.counts = counts if counts is not None else (profile is None or profile.counts)
        # Reads each picture against the Scene; a miss is redrawn with the next seed, up to `verify_tries` more
        # times unless the turn's settings say otherwise (`chat.verification`). None: nothing is checked.
        self.verifier = verifier
        self.verify_tries = verify_tries
        # Optional (e.g. on a public Space): picture -> None when fine, else a short reason. A flagged picture is
        # never saved or shown, and step previews are off so nothing unchecked reaches the page.
        self.safety_checker = safety_checker
        self.limits = limits
        self._imports = threading.BoundedSemaphore(limits.max_concurrent_imports)
        self.notice = notice
        self.root = root or Path(tempfile.mkdtemp(prefix="drawchat-sessions-"))
        # The ZeroGPU decorator on Spaces wraps the render once, here; elsewhere there is no wrapper.
        self._render = render_wrapper(self._render_on_generator) if render_wrapper else self._render_on_generator

    # ----------------------------------------------------------------------------------------------- facts
    @property
    def strategy(self) -> Strategy:
        return self.editor.strategy

    @property
    def defaults(self):
        return self.generator.defaults

    @property
    def size_presets(self) -> list[tuple[int, int]]:
        return list(self.generator.size_presets)

    def describe(self) -> str:
        return f"{self.generator.describe()} · enhancer: {getattr(self.enhancer, 'name', 'rules')}"

    def new_state(self) -> ChatState:
        return ChatState(self.root / uuid.uuid4().hex)  # unguessable; one folder per browser session

    # ------------------------------------------------------------------------------------------ the turn
    def send(
        self,
        state: ChatState,
        text: str,
        upload: str | Path | None,
        settings: TurnSettings,
        on_step: Callable[[StepProgress], None] | None = None,
    ) -> ActionResult:
        with state.one_action() as free:
            return self._send(state, text, upload, settings, on_step) if free else ActionResult(
                False, both("chat.still_working"))

    def _send(self, state, text, upload, settings, on_step) -> ActionResult:
        try:
            message = clean_message(text, max_chars=self.limits.max_message_chars)
        except MessageRejected as rejected:
            return ActionResult(False, rejected.reply)
        lang = detect_language(message, default=state.session.current_scene.language)
        try:
            settings = checked_settings(settings, self.limits.max_message_chars, lang)
        except SettingsRejected as rejected:
            return ActionResult(False, str(rejected))
        command = session_command(message)
        if command is not None:
            return {"undo": self._undo, "redo": self._redo, "new": self._new_chat}[command](state, lang)
        try:
            image = read_upload(upload, self.limits.max_image_pixels, lang) if upload else None
        except GeneratorError as error:
            return ActionResult(False, str(error))

        before = state.session.current_scene
        if settings.enhance:
            decision = self._decide(state, before, message, image)
            if decision is None:
                return ActionResult(False, say("chat.not_understood", lang))
        else:
            decision = self._literal_decision(state, message, lang)
        if image is not None:  # a picture to start from; an enhancer that cannot see it must not draw "picture"
            decision = for_upload(decision, before, message, lang, sees_images(self.enhancer))

        if decision.action == Action.CHAT:
            state.session.record(message, decision, render=None)
            return ActionResult(True, decision.reply)

        kind = EditKind.NEW if decision.action == Action.DRAW else decision.edit_kind
        current = state.session.shown
        fresh = kind == EditKind.NEW or current is None
        # Drawn before the plan, so the dialog manager's choices for a new scene come from the scene's own seed.
        seed = settings.seed if settings.seed is not None else (
            new_seed(state.rng) if fresh else int(current.render["seed"]))
        if settings.enhance and self.profile is not None:
            decision = enrich_decision(decision, before, fresh, seed, self.profile, lang,
                                       getattr(self.generator, "check_prompt", None))
            if decision.action == Action.CHAT:  # out of the model's reach: said so, nothing drawn
                state.session.record(message, decision, render=None)
                return ActionResult(True, decision.reply)
        drawn = seed if fresh and settings.seed is None else None
        pictures, base = self._pictures(state, kind), self._base_request(decision.scene, settings)
        base = self._with_control(base, settings, state, image)

        def plan(overrides: Overrides) -> Edit:
            edit = self.editor.plan(before, decision.scene, kind, pictures, overrides, base, state.rng,
                                    self._latent_size(settings))
            if image is not None and base.control_image is not image:  # drawn from the upload (img2img), unless
                # the upload is the layout a ControlNet follows: then the picture is drawn anew along its edges
                size = (settings.width or self.defaults.width, settings.height or self.defaults.height)
                edit = start_from_upload(edit, image, size, settings.strength,
                                         described=bool(decision.scene.subjects))
            return edit

        def redraw(next_seed: int) -> Edit:
            return plan(Overrides(None, settings.strength, next_seed,
                                  "redrawn with the next seed: the last picture did not show the Scene"))

        edit = plan(Overrides(settings.seed, settings.strength, drawn, "new scene: new seed"))
        tries = 0 if settings.seed is not None else (
            settings.verify_tries if settings.verify_tries is not None else self.verify_tries)
        return self._render_and_record(state, message, decision, edit, on_step, lang, redraw=redraw, tries=tries)

    def _decide(self, state: ChatState, scene: Scene, message: str, image: Image.Image | None) -> Decision | None:
        """The enhancer's Decision, or None when it raised or answered something else (logged, never shown).

        A multimodal enhancer sees the current picture with the Scene (`picture`), an upload as `image`; for one
        that reads words only, the picture is not opened."""
        current = state.session.shown
        picture = None
        if sees_images(self.enhancer) and current is not None and (path := state.image_path(current)) is not None:
            with Image.open(path) as file:
                picture = file.convert("RGB")
        try:
            decision = self.enhancer.decide(scene, state.session.recent_exchanges(RECENT_TURNS), message, image,
                                            picture=picture)
        except Exception:  # an enhancer must not raise; if one does, the chat still must not break
            log.exception("enhancer failed")
            return None
        if not isinstance(decision, Decision) or not isinstance(decision.scene, Scene):
            log.error("the enhancer answered a %s, not a Decision", type(decision).__name__)
            return None
        return decision

    def retry(self, state: ChatState, settings: TurnSettings, on_step=None) -> ActionResult:
        """The same decision again with a new seed, as a sibling of the current turn."""
        return self._again(state, settings, on_step, variation=False)

    def variation(self, state: ChatState, settings: TurnSettings, on_step=None) -> ActionResult:
        """A close variant of the current picture: its latents re-noised part way with a new seed."""
        return self._again(state, settings, on_step, variation=True)

    def _again(self, state: ChatState, settings: TurnSettings, on_step, variation: bool) -> ActionResult:
        with state.one_action() as free:
            if not free:
                return ActionResult(False, both("chat.still_working"))
            turn = state.session.shown  # the picture shown, even after a chat turn ("thanks!")
            lang = state.session.current_scene.language
            try:
                settings = checked_settings(settings, self.limits.max_message_chars, lang)
            except SettingsRejected as rejected:
                return ActionResult(False, str(rejected))
            if turn is None or not turn.render:
                return ActionResult(False, say("chat.nothing_to_redo", lang))
            if not variation and settings.seed is not None:  # a retry is a new seed; a locked one draws the same
                return ActionResult(False, say("chat.retry_seed_locked", lang, seed=settings.seed))
            seed = settings.seed if settings.seed is not None else new_seed(state.rng)
            picture = state.pictures.get(turn.id)
            if variation and picture is None:
                return ActionResult(False, say("chat.variation_gone", lang))
            base, latent_size = self._base_request(turn.decision.scene, settings), self._latent_size(settings)
            if variation:
                strength = settings.strength if settings.strength is not None else VARIATION_STRENGTH
                edit = self.editor.variation(base, picture, seed, strength, latent_size)
                reply = say("chat.variation", lang, seed=seed)
            else:
                edit = self.editor.retry(base, seed, latent_size)
                reply = say("chat.retried", lang, seed=seed)
            return self._render_and_record(state, turn.message, turn.decision, edit, on_step, lang,
                                           sibling_of=turn, reply=reply)

    def _pictures(self, state: ChatState, kind: EditKind) -> Pictures:
        """What the edit can build on: the scene's anchor, the shown picture's tensors and (if read) pixels."""
        current = state.session.shown
        if kind == EditKind.NEW or current is None:
            return Pictures()
        image = None
        if self.editor.reads_pictures and (path := state.image_path(current)) is not None:
            with Image.open(path) as file:
                image = file.convert("RGB")
        return Pictures(anchor=self._anchor(state, current), current=state.pictures.get(current.id), image=image)

    def _anchor(self, state: ChatState, turn: Turn) -> Picture:
        """The current scene's anchor: the first picture on the path drawn with the current seed.

        Edits keep the seed, so the anchor is where that seed first drew the scene from pure noise (or the
        variation that introduced it); a strength below 1 on `same-seed` starts from its latents.
        """
        seed = turn.render["seed"]
        for candidate in state.session.path():
            if candidate.render and candidate.render.get("seed") == seed and candidate.id in state.pictures:
                return state.pictures[candidate.id]
        return Picture(None, None, int(seed))

    def _base_request(self, scene: Scene, settings: TurnSettings) -> RenderRequest:
        """What to draw, from the Scene and the settings; the editor adds the seed and where to start."""
        prompt = render_prompt(scene, count_alike=self.counts) or say("chat.empty_picture", scene.language)
        # What the Scene avoids adds to the model's own negative prompt (HunyuanDiT's default), not replaces it.
        own = settings.negative_prompt if settings.negative_prompt is not None else self.defaults.negative_prompt
        negative = ", ".join(p.strip().rstrip(",，") for p in (own, render_negative(scene)) if p)
        steps = settings.steps or self.defaults.steps
        return RenderRequest(
            prompt=prompt,
            negative_prompt=negative if settings.negative_prompt is not None or negative else None,
            width=settings.width,
            height=settings.height,
            steps=settings.steps,
            guidance=settings.guidance,
            preview_every=0 if self.safety_checker is not None else (
                settings.preview_every if settings.preview_every is not None else max(1, steps // 5)),
            lora_scale=settings.lora_scale,
            control_scale=settings.control_scale if settings.control_scale is not None else 1.0,
        )

    def _with_control(self, request: RenderRequest, settings: TurnSettings, state: ChatState,
                      upload: Image.Image | None) -> RenderRequest:
        """The control image the settings ask for (issue 24): the upload, or the picture shown now (its edges keep
        the composition through a style edit); unchanged without a ControlNet or with nothing to follow."""
        if settings.control == "off" or getattr(self.generator, "controlnet", None) is None:
            return request
        image = upload
        if settings.control == "previous":
            path = state.image_path(state.session.shown) if state.session.shown is not None else None
            image = None
            if path is not None:
                with Image.open(path) as shown:
                    image = shown.convert("RGB")
        return request if image is None else replace(request, control_image=image, control_kind=settings.control_kind)

    def _render_and_record(self, state: ChatState, message: str, decision: Decision, edit: Edit, on_step,
                           lang: str, sibling_of: Turn | None = None, reply: str = "",
                           redraw: Callable[[int], Edit] | None = None, tries: int = 0) -> ActionResult:
        """Render, check what was drawn (redrawing with the next seed while `tries` are left), then record."""
        started, drawn = time.monotonic(), 0
        while True:
            drawn += 1
            try:
                result: RenderResult = self._render(edit.request, on_step, state.cancel)
            except RenderCancelled:
                return ActionResult(False, say("chat.stopped", lang))
            except GeneratorError as error:
                return ActionResult(False, str(error))
            except Exception:  # never a stack trace in the chat; the log has it
                log.exception("render failed")
                return ActionResult(False, say("chat.render_failed", lang))
            finished = edit.finish(result)
            verdict = self._verify(finished.result.image, decision.scene)
            if verdict is None or verdict.ok or redraw is None or drawn > tries:
                break
            edit = redraw(new_seed(state.rng))
        result = finished.result
        if (flagged := self._safety_flag(result.image)) is not None:
            return ActionResult(False, say("chat.withheld", lang, reason=flagged))
        name = f"{uuid.uuid4().hex}.png"
        (state.files() / name).write_bytes(png_bytes(result.image, result.metadata))
        control_map = getattr(result, "control_map", None)  # what a ControlNet followed, kept beside the picture
        map_name = f"control-{result.settings.get('control_kind', 'edges')}-{name}"  # named for its kind of map
        if control_map is not None:
            control_map.save(state.files() / map_name)
        record = {
            "image": name,
            "prompt": edit.request.prompt,
            "negative_prompt": result.settings.get("negative_prompt", edit.request.negative_prompt or ""),
            "seed": result.seed,
            "plan": edit.plan.to_dict(),
            "settings": result.settings,
            "model_id": result.model_id,
            "seconds": round(time.monotonic() - started, 3),
            "tries": drawn,
        }
        if control_map is not None:
            record["control_map"] = map_name
        if finished.region is not None:
            record["region"] = finished.region
        if verdict is not None:
            record["verified"] = verdict.ok
            record["problems"] = [describe_problems(Verdict((p,)), decision.scene, lang) for p in verdict.problems]
        turn = state.session.record(message, decision, render=record, sibling_of=sibling_of)
        state.pictures[turn.id] = Picture(result.latents, result.initial_noise, result.seed)
        while len(state.pictures) > KEEP_LATENTS:
            state.pictures.pop(next(iter(state.pictures)))
        notes = [reply or decision.reply, self._adapter_style_note(result, decision.scene, lang)]
        if verdict is not None and not verdict.ok:
            notes.append(say("verify.mismatch", lang, tries=drawn, problems=describe_problems(
                verdict, decision.scene, lang)))
        elif drawn > 1:
            notes.append(say("verify.matched_after", lang, tries=drawn))
        if not result.prompt_report.fits:
            notes.append(result.prompt_report.summary())
        notes.extend(result.warnings)
        return ActionResult(True, ("" if lang == "zh" else " ").join(n for n in notes if n))

    def _adapter_style_note(self, result: RenderResult, scene: Scene, lang: str) -> str:
        """What an always-on style LoRA did that the reply (read from the Scene) does not say; "" otherwise."""
        styles = self.profile.adapter_styles if self.profile is not None else ()
        in_effect = [item.rpartition(":")[2] for item in str(result.settings.get("lora") or "").split(", ") if item]
        if not styles or scene.style in styles or all(scale in ("0", "-0") for scale in in_effect):
            return ""
        terms = [vocab.STYLES.get(style) for style in styles]
        names = [(term.zh[0] if lang == "zh" else term.en[0]) if term else style for term, style in zip(terms, styles)]
        return say("chat.adapter_style", lang, styles=say("list.separator", lang).join(names))

    def _verify(self, image: Image.Image, scene: Scene) -> Verdict | None:
        """The verifier's reading of a picture; None when there is none, it cannot read it, or it failed."""
        if self.verifier is None:
            return None
        try:
            found = self.verifier.check(image, scene)
        except Exception:  # a broken check must not cost the person their picture
            log.exception("the verifier failed")
            return None
        return None if found is None else Verdict.of(found)

    def _safety_flag(self, image: Image.Image) -> str | None:
        """The checker's reason to withhold a picture; a checker that fails withholds it too (fail closed)."""
        if self.safety_checker is None:
            return None
        try:
            flagged = self.safety_checker(image)
        except Exception:
            log.exception("the safety checker failed")
            return "the check could not run"
        return str(flagged) if flagged else None

    def _render_on_generator(self, request: RenderRequest, on_step, cancel) -> RenderResult:
        return self.generator.render(request, on_step, cancel)  # looked up per call: the generator can be swapped

    def _latent_size(self, settings: TurnSettings) -> tuple[int, int]:
        factor = self.generator.pipeline.vae_scale_factor
        return ((settings.height or self.defaults.height) // factor, (settings.width or self.defaults.width) // factor)

    def _literal_decision(self, state: ChatState, message: str, lang: str) -> Decision:
        """Enhancement off: the message is the prompt, as written; the picture keeps its seed."""
        has_picture = state.session.current is not None and bool(state.session.current.render)
        return Decision(
            action=Action.EDIT if has_picture else Action.DRAW,
            reply=say("chat.literal", lang),
            scene=Scene(notes=[message], language=lang),
            edit_kind=EditKind.STYLE if has_picture else EditKind.NEW,
            source="literal",
        )

    # --------------------------------------------------------------------------------- moves in the tree
    def undo(self, state: ChatState) -> ActionResult:
        return self._move(state, self._undo)

    def redo(self, state: ChatState) -> ActionResult:
        return self._move(state, self._redo)

    def new_chat(self, state: ChatState) -> ActionResult:
        return self._move(state, self._new_chat)

    def _move(self, state: ChatState, move: Callable[[ChatState, str], ActionResult]) -> ActionResult:
        with state.one_action() as free:
            return move(state, state.session.current_scene.language) if free else ActionResult(
                False, both("chat.wait_for_picture"))

    def _undo(self, state: ChatState, lang: str) -> ActionResult:
        if not state.session.can_undo:
            return ActionResult(False, say("chat.nothing_to_undo", lang))
        state.session.undo()
        return ActionResult(True, say("chat.undone", lang))

    def _redo(self, state: ChatState, lang: str) -> ActionResult:
        if not state.session.can_redo:
            return ActionResult(False, say("chat.nothing_to_redo_move", lang))
        state.session.redo()
        return ActionResult(True, say("chat.redone", lang))

    def _new_chat(self, state: ChatState, lang: str) -> ActionResult:
        state.session.new_chat()
        state.pictures.clear()
        return ActionResult(True, say("chat.new_chat", lang))

    # ------------------------------------------------------------------------------------ export, import
    def export_zip(self, state: ChatState) -> Path | None:
        if state.session.current is None and not state.session.turns:
            return None
        images = {turn.id: path.read_bytes() for turn in state.session.turns.values()
                  if (path := state.image_path(turn)) is not None}
        target = state.files() / f"drawing-chat-{uuid.uuid4().hex[:8]}.zip"
        target.write_bytes(export_session(state.session, images))
        return target

    def import_zip(self, state: ChatState, upload: str | Path | None) -> ActionResult:
        lang = state.session.current_scene.language
        if not upload:
            return ActionResult(False, say("chat.choose_archive", lang))
        with state.one_action() as free:
            if not free:
                return ActionResult(False, both("chat.wait_for_picture"))
            if not self._imports.acquire(blocking=False):  # a few at a time: each may unpack a lot
                return ActionResult(False, say("chat.imports_busy", lang))
            try:
                return self._import(state, Path(upload), lang)
            finally:
                self._imports.release()

    def _import(self, state: ChatState, path: Path, lang: str) -> ActionResult:
        if path.stat().st_size > self.limits.max_import_bytes:
            return ActionResult(False, say("chat.archive_too_large", lang))
        try:
            session, images = import_session(path.read_bytes(), ImportLimits(
                max_message_chars=self.limits.max_message_chars))
        except SessionImportError as error:
            return ActionResult(False, str(error))
        for turn_id, data in images.items():
            turn = session.turns.get(turn_id)
            if turn is not None and turn.render:
                name = f"{uuid.uuid4().hex}.png"
                (state.files() / name).write_bytes(data)
                turn.render = {**turn.render, "image": name}
        state.session = session
        state.pictures.clear()
        return ActionResult(True, say("chat.imported", lang))

    # ------------------------------------------------------------------------------------------- viewing
    def snapshot(self, state: ChatState, lang: str = "en") -> Snapshot:
        return snapshot(state, lang)
