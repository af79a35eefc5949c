"""One chat turn end to end, without Gradio: clean the message, decide, plan the sampling, render, record.

`ChatEngine` is built once (it holds the Generator and the Enhancer); `ChatState` is one browser session's
data. Every action returns an `ActionResult` whose message a person can read; the session changes only when an
action succeeds, so a failed or cancelled render leaves the chat exactly as it was.
Unlike the rest of `dialog/`, this module drives the generator, so it imports torch (through `generator`).
"""

from __future__ import annotations

import io
import logging
import random
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image

from dialog.decision import Action, Decision, EditKind
from dialog.message import MessageRejected, clean_message, detect_language, session_command
from dialog.prompt import render_negative, render_prompt
from dialog.scene import Scene
from dialog.session import Session, SessionImportError, Turn
from generator.consistency import (
    Confined, Locator, Overrides, SamplingPlan, Strategy, confine_edit, new_seed, plan_sampling,
)
from generator.errors import GeneratorError, RenderCancelled
from generator.metadata import png_bytes
from generator.rough_edit import Palette, rough_in
from generator.request import RenderRequest, RenderResult, StepProgress

log = logging.getLogger(__name__)

RECENT_TURNS = 4  # exchanges the enhancer sees besides the Scene: bounded context however long the chat
KEEP_LATENTS = 64  # per session: latents of this many recent pictures stay in memory for edits
VARIATION_STRENGTH = 0.55
# What an empty Scene draws (the last subject removed, no background named): the embedded model's own words for it.
EMPTY_PICTURE = {"en": "an empty picture", "zh": "一张空白的图"}


@dataclass(frozen=True)
class ChatLimits:
    max_message_chars: int = 2000
    max_image_pixels: int = 4096 * 4096
    max_import_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True)
class TurnSettings:
    """What the UI's settings panel says for one action; None means the model's default."""

    width: int | None = None
    height: int | None = None
    steps: int | None = None
    guidance: float | None = None
    seed: int | None = None  # set only when the user locked the seed
    enhance: bool = True
    negative_prompt: str | None = None
    strength: float | None = None  # None: the strategy chooses
    preview_every: int | None = None  # None: about five previews per picture


@dataclass(frozen=True)
class ActionResult:
    ok: bool
    message: str


@dataclass(frozen=True)
class ChatEntry:
    role: str  # "user" | "assistant"
    text: str
    image_path: Path | None = None
    caption: str = ""


@dataclass(frozen=True)
class Snapshot:
    """What the page shows for a session, derived from the session alone."""

    entries: list[ChatEntry]
    image_path: Path | None
    scene: dict[str, Any]
    scene_card: str
    can_undo: bool
    can_redo: bool


@dataclass
class Picture:
    """A rendered picture's tensors, kept in memory (not exported) so later edits can start from them."""

    latents: Any
    initial_noise: Any
    seed: int


class ChatState:
    """One browser session: its turn tree, its pictures' files and tensors, its cancel flag."""

    def __init__(self, folder: Path, seed: int | None = None) -> None:
        self.session = Session()
        self.folder = folder
        self.rng = random.Random(seed)
        self.pictures: dict[str, Picture] = {}
        self.cancel = threading.Event()
        self.busy = threading.Lock()  # one action at a time per session (a double click, an API client)

    def files(self) -> Path:
        """The session's folder, made on the first file it keeps: a page opened and left without drawing leaves
        no empty folder behind until its time to live runs out."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    def close(self) -> None:
        """Drop the session's tensors and files (tab closed, idle timeout, or shutdown)."""
        self.pictures.clear()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __deepcopy__(self, memo: dict) -> ChatState:  # gr.State may copy values; a session is never shared
        return self

    def image_path(self, turn: Turn) -> Path | None:
        name = (turn.render or {}).get("image")
        path = self.folder / name if name else None
        return path if path is not None and path.is_file() else None


def _text(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~$&])")


def inert_markdown(text: str) -> str:
    """User (or LLM) text as Markdown that renders as itself: no HTML, link, image or code span can come of it.

    The page renders chat messages and the Scene card as Markdown, so `![x](http://…)` typed by a person (or
    carried in an imported session) would make the browser fetch a remote URL; escaped, it is just text.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


class ChatEngine:
    """Turns, undo/redo/retry/variations, export/import. Built once; holds no per-user data."""

    def __init__(
        self,
        generator: Any,
        enhancer: Any,
        limits: ChatLimits = ChatLimits(),
        strategy: Strategy = Strategy.SAME_SEED,
        notice: str = "",
        root: Path | None = None,
        locator: Locator | None = None,
        palette: Palette | None = None,
        render_wrapper: Callable[[Callable], Callable] | None = None,
        safety_checker: Callable[[Image.Image], str | None] | None = None,
    ) -> None:
        self.generator = generator
        # Optional (e.g. on a public Space): picture -> None when fine, else a short reason. A flagged picture is
        # never saved or shown, and step previews are off so nothing unchecked reaches the page.
        self.safety_checker = safety_checker
        self.locator = locator  # finds the Scene's subjects in a picture, so `ours` can keep what an edit did not name
        self.palette = palette  # the model's colours by name: with the locator, `ours` roughs edits in before drawing
        self.enhancer = enhancer
        self.limits = limits
        self.strategy = strategy
        self.notice = notice
        self.root = root or Path(tempfile.mkdtemp(prefix="drawchat-sessions-"))
        # The ZeroGPU decorator on Spaces wraps the render once, here; elsewhere there is no wrapper.
        self._render = render_wrapper(self._render_on_generator) if render_wrapper else self._render_on_generator

    # ----------------------------------------------------------------------------------------------- facts
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
        if not state.busy.acquire(blocking=False):
            return ActionResult(False, "Still working on the last message. / 上一条消息还在处理中。")
        try:
            return self._send(state, text, upload, settings, on_step)
        finally:
            state.busy.release()

    def _send(self, state, text, upload, settings, on_step) -> ActionResult:
        try:
            message = clean_message(text, max_chars=self.limits.max_message_chars)
        except MessageRejected as rejected:
            return ActionResult(False, rejected.reply)
        lang = detect_language(message, default=state.session.current_scene.language)
        if (problem := self._settings_problem(settings, lang)) is not None:
            return ActionResult(False, problem)
        command = session_command(message)
        if command is not None:
            return {"undo": self._undo, "redo": self._redo, "new": self._new_chat}[command](state, lang)
        try:
            image = self._read_upload(upload, lang) if upload else None
        except GeneratorError as error:
            return ActionResult(False, str(error))

        scene = state.session.current_scene
        if settings.enhance:
            try:
                decision = self.enhancer.decide(scene, state.session.recent_exchanges(RECENT_TURNS), message, image)
            except Exception:  # an enhancer must not raise; if one does, the chat still must not break
                log.exception("enhancer failed")
                decision = None
            if not isinstance(decision, Decision) or not isinstance(decision.scene, Scene):
                if decision is not None:
                    log.error("the enhancer answered a %s, not a Decision", type(decision).__name__)
                return ActionResult(False, _text(lang, "Sorry, I could not read that message; nothing changed.",
                                                 "抱歉，我没能理解这条消息；什么都没有改变。"))
        else:
            decision = self._literal_decision(state, message, lang)

        if decision.action == Action.CHAT:
            state.session.record(message, decision, render=None)
            return ActionResult(True, decision.reply)

        kind = EditKind.NEW if decision.action == Action.DRAW else decision.edit_kind
        anchor = self._anchor(state, state.session.current) if kind != EditKind.NEW else None
        roughed = self._rough_in(state, decision.scene) if anchor and self.strategy == Strategy.OURS else None
        plan = plan_sampling(
            kind,
            anchor_seed=anchor[1].seed if anchor else None,
            rng=state.rng,
            strategy=self.strategy,
            overrides=Overrides(seed=settings.seed, strength=settings.strength),
            roughed=roughed is not None,
        )
        if plan.start_from in ("current", "roughed"):  # ours builds on the picture being edited, not the first
            current = state.session.current
            picture = state.pictures.get(current.id) if current else None
            anchor = (current.id, picture) if picture is not None else None
        start_image = roughed if plan.start_from == "roughed" and anchor else None
        return self._render_and_record(state, message, decision, plan, anchor, settings, on_step, lang,
                                       start_image=start_image)

    def retry(self, state: ChatState, settings: TurnSettings, on_step=None) -> ActionResult:
        """The same decision again with a new seed, as a sibling of the current turn."""
        return self._again(state, settings, on_step, variation=False)

    def variation(self, state: ChatState, settings: TurnSettings, on_step=None) -> ActionResult:
        """A close variant of the current picture: its latents re-noised part way with a new seed."""
        return self._again(state, settings, on_step, variation=True)

    def _again(self, state: ChatState, settings: TurnSettings, on_step, variation: bool) -> ActionResult:
        if not state.busy.acquire(blocking=False):
            return ActionResult(False, "Still working on the last message. / 上一条消息还在处理中。")
        try:
            turn = state.session.current
            lang = state.session.current_scene.language
            if (problem := self._settings_problem(settings, lang)) is not None:
                return ActionResult(False, problem)
            if turn is None or not turn.render:
                return ActionResult(False, _text(lang, "There is no picture to redo yet: describe one first.",
                                                 "还没有可以重画的图片：请先描述一幅画。"))
            seed = settings.seed if settings.seed is not None else new_seed(state.rng)
            picture = state.pictures.get(turn.id)
            if variation and picture is None:
                return ActionResult(False, _text(lang, "This picture's data is no longer in memory; use Retry.",
                                                 "这张图片的数据已不在内存中；请用“重画”。"))
            if variation:
                strength = settings.strength if settings.strength is not None else VARIATION_STRENGTH
                plan = SamplingPlan(self.strategy.value, seed, strength, "current", "variation of the current picture")
                anchor = (turn.id, picture)
                reply = _text(lang, f"A variation of this picture (seed {seed}).", f"这张图片的一个变体（种子 {seed}）。")
            else:
                plan = SamplingPlan(self.strategy.value, seed, 1.0, None, "retry: same scene, new seed")
                anchor = None
                reply = _text(lang, f"Drew the same scene again with a new seed ({seed}).",
                              f"用新的种子（{seed}）重画了同一个场景。")
            return self._render_and_record(
                state, turn.message, turn.decision, plan, anchor, settings, on_step, lang, sibling_of=turn, reply=reply
            )
        finally:
            state.busy.release()

    def _render_and_record(
        self,
        state: ChatState,
        message: str,
        decision: Decision,
        plan: SamplingPlan,
        anchor: tuple[str, Picture] | None,
        settings: TurnSettings,
        on_step,
        lang: str,
        sibling_of: Turn | None = None,
        reply: str = "",
        start_image: Image.Image | None = None,
    ) -> ActionResult:
        prompt = render_prompt(decision.scene) or EMPTY_PICTURE.get(decision.scene.language, EMPTY_PICTURE["en"])
        negative = ", ".join(p for p in (settings.negative_prompt, render_negative(decision.scene)) if p)
        steps = settings.steps or self.defaults.steps
        if anchor and anchor[1].latents is not None and tuple(anchor[1].latents.shape[-2:]) != self._latent_size(settings):
            anchor = None  # the size changed: start from the seed's noise rather than from latents of another size
            start_image = None
        request = RenderRequest(
            prompt=prompt,
            negative_prompt=negative if settings.negative_prompt is not None or negative else None,
            width=settings.width,
            height=settings.height,
            steps=settings.steps,
            guidance=settings.guidance,
            seed=plan.seed,
            init_latents=anchor[1].latents if plan.start_from and anchor and start_image is None else None,
            init_image=start_image,
            strength=plan.strength if plan.start_from and anchor else 1.0,
            restore_unchanged=plan.restore_unchanged,  # used only with a start picture
            preview_every=0 if self.safety_checker is not None else (
                settings.preview_every if settings.preview_every is not None else max(1, steps // 5)),
        )
        try:
            result: RenderResult = self._render(request, on_step, state.cancel)
        except RenderCancelled:
            return ActionResult(False, _text(lang, "Stopped. The chat is as it was before this message.",
                                             "已停止。对话保持发送这条消息之前的样子。"))
        except GeneratorError as error:
            return ActionResult(False, str(error))
        except Exception:  # never a stack trace in the chat; the log has it
            log.exception("render failed")
            return ActionResult(False, _text(lang, "Drawing failed unexpectedly; the chat is unchanged. Try again.",
                                             "绘制意外失败；对话没有改变。请再试一次。"))

        confined = self._confine(state, decision, plan, result)
        if confined is not None:
            result = replace(result, image=confined.image, latents=confined.latents)
        if (flagged := self._safety_flag(result.image)) is not None:
            return ActionResult(False, _text(lang, f"The safety check withheld this picture ({flagged}); the chat is "
                                                   "unchanged.", f"安全检查拦下了这张图片（{flagged}）；对话没有改变。"))
        name = f"{uuid.uuid4().hex}.png"
        (state.files() / name).write_bytes(png_bytes(result.image, result.metadata))
        record = {
            "image": name,
            "prompt": prompt,
            "negative_prompt": result.settings.get("negative_prompt", negative),
            "seed": result.seed,
            "plan": plan.to_dict(),
            "settings": result.settings,
            "model_id": result.model_id,
            "seconds": round(result.timings.get("total_s", 0.0), 3),
        }
        if plan.keep_outside:
            record["region"] = confined.note if confined else "whole picture re-rendered (edit region unknown)"
        turn = state.session.record(message, decision, render=record, sibling_of=sibling_of)
        state.pictures[turn.id] = Picture(result.latents, result.initial_noise, result.seed)
        while len(state.pictures) > KEEP_LATENTS:
            state.pictures.pop(next(iter(state.pictures)))
        notes = [reply or decision.reply]
        if not result.prompt_report.fits:
            notes.append(result.prompt_report.summary())
        notes.extend(result.warnings)
        return ActionResult(True, " ".join(n for n in notes if n))

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

    def _confine(self, state: ChatState, decision: Decision, plan: SamplingPlan, result: RenderResult
                 ) -> Confined | None:
        """`ours`: keep the edited picture's pixels outside what the edit changed (None: keep the render whole)."""
        current = state.session.current
        path = state.image_path(current) if current is not None else None
        if not plan.keep_outside or self.locator is None or path is None:
            return None
        picture = state.pictures.get(current.id)
        with Image.open(path) as edited:
            return confine_edit(result.image, result.latents, edited.convert("RGB"),
                                picture.latents if picture else None, state.session.current_scene, decision.scene,
                                self.locator)

    def _rough_in(self, state: ChatState, after: Scene) -> Image.Image | None:
        """`ours`: the picture being edited with the edit roughly painted in (None: no locator or palette, no
        picture, or an edit that cannot be painted)."""
        current = state.session.current
        path = state.image_path(current) if current is not None else None
        if self.locator is None or self.palette is None or path is None or current.id not in state.pictures:
            return None
        before = state.session.current_scene
        with Image.open(path) as file:
            picture = file.convert("RGB")
        return rough_in(picture, before, after, self.locator(picture, before), self.palette)

    def _render_on_generator(self, request: RenderRequest, on_step, cancel) -> RenderResult:
        return self.generator.render(request, on_step, cancel)  # looked up per call: the generator can be swapped

    def _anchor(self, state: ChatState, turn: Turn | None) -> tuple[str, Picture] | None:
        """The current scene's anchor: the first picture on the path drawn with the current seed.

        Edits keep the seed, so the anchor is where that seed first drew the scene from pure noise (or the
        variation that introduced it); `ours` starts edits from its latents.
        """
        if turn is None or not turn.render:
            return None
        seed = turn.render["seed"]
        for candidate in state.session.path():
            if candidate.render and candidate.render.get("seed") == seed and candidate.id in state.pictures:
                return candidate.id, state.pictures[candidate.id]
        return turn.id, Picture(None, None, int(seed))

    def _latent_size(self, settings: TurnSettings) -> tuple[int, int]:
        factor = self.generator.pipeline.vae_scale_factor
        return ((settings.height or self.defaults.height) // factor, (settings.width or self.defaults.width) // factor)

    def _literal_decision(self, state: ChatState, message: str, lang: str) -> Decision:
        """Enhancement off: the message is the prompt, as written; the picture keeps its seed."""
        has_picture = state.session.current is not None and bool(state.session.current.render)
        return Decision(
            action=Action.EDIT if has_picture else Action.DRAW,
            reply=_text(lang, "Drew your message as written (enhancer off).", "按原文绘制了你的消息（增强器已关闭）。"),
            scene=Scene(notes=[message], language=lang),
            edit_kind=EditKind.STYLE if has_picture else EditKind.NEW,
            source="literal",
        )

    def _settings_problem(self, settings: TurnSettings, lang: str) -> str | None:
        """Free text in the settings panel is capped here too: the browser's limit does not bind an API client."""
        negative = settings.negative_prompt or ""
        limit = self.limits.max_message_chars
        if len(negative) > limit:
            return _text(lang, f"The negative prompt is too long ({len(negative)} characters; the limit is {limit}).",
                         f"反向提示词太长了（{len(negative)} 个字符，最多 {limit} 个）。")
        return None

    def _read_upload(self, upload: str | Path, lang: str) -> Image.Image:
        """Open an uploaded picture safely: size checked before decoding, then re-encoded as plain RGB."""

        def too_large(size: str) -> GeneratorError:
            limit = self.limits.max_image_pixels
            return GeneratorError(_text(lang, f"That picture is too large ({size}); the limit is {limit:,} pixels.",
                                        f"图片太大（{size}）；上限是 {limit:,} 像素。"))

        try:
            with Image.open(upload) as probe:
                width, height = probe.size
                if width * height > self.limits.max_image_pixels:
                    raise too_large(f"{width}×{height}")
                probe.load()
                image = probe.convert("RGB")
        except GeneratorError:
            raise
        except Image.DecompressionBombError as error:  # Pillow refuses huge headers before we can read the size
            raise too_large("over Pillow's safety limit") from error
        except Exception as error:  # not an image, truncated, a decompression bomb...
            raise GeneratorError(_text(lang, "That file is not a picture I can read.",
                                       "这个文件不是我能读取的图片。")) from error
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")  # re-encoded: nothing of the original file travels further
        buffer.seek(0)
        return Image.open(buffer)

    # --------------------------------------------------------------------------------- moves in the tree
    def undo(self, state: ChatState) -> ActionResult:
        return self._locked(state, self._undo)

    def redo(self, state: ChatState) -> ActionResult:
        return self._locked(state, self._redo)

    def new_chat(self, state: ChatState) -> ActionResult:
        return self._locked(state, self._new_chat)

    def _locked(self, state: ChatState, move) -> ActionResult:
        if not state.busy.acquire(blocking=False):
            return ActionResult(False, "Wait for the picture to finish, or stop it. / 请等图片画完，或先停止。")
        try:
            return move(state, state.session.current_scene.language)
        finally:
            state.busy.release()

    def _undo(self, state: ChatState, lang: str) -> ActionResult:
        if not state.session.can_undo:
            return ActionResult(False, _text(lang, "Nothing to undo.", "没有可以撤销的。"))
        state.session.undo()
        return ActionResult(True, _text(lang, "Undone.", "已撤销。"))

    def _redo(self, state: ChatState, lang: str) -> ActionResult:
        if not state.session.can_redo:
            return ActionResult(False, _text(lang, "Nothing to redo.", "没有可以重做的。"))
        state.session.redo()
        return ActionResult(True, _text(lang, "Redone.", "已重做。"))

    def _new_chat(self, state: ChatState, lang: str) -> ActionResult:
        state.session.new_chat()
        state.pictures.clear()
        return ActionResult(True, _text(lang, "New chat: describe a picture.", "新对话：请描述一幅画。"))

    # ------------------------------------------------------------------------------------ export, import
    def export_zip(self, state: ChatState) -> Path | None:
        if state.session.current is None and not state.session.turns:
            return None
        images = {turn.id: path.read_bytes() for turn in state.session.turns.values()
                  if (path := state.image_path(turn)) is not None}
        target = state.files() / f"drawing-chat-{uuid.uuid4().hex[:8]}.zip"
        target.write_bytes(state.session.export_zip(images))
        return target

    def import_zip(self, state: ChatState, upload: str | Path | None) -> ActionResult:
        lang = state.session.current_scene.language
        if not upload:
            return ActionResult(False, _text(lang, "Choose a session archive (.zip) to import.", "请选择要导入的会话存档（.zip）。"))
        if not state.busy.acquire(blocking=False):
            return ActionResult(False, "Wait for the picture to finish, or stop it. / 请等图片画完，或先停止。")
        try:
            path = Path(upload)
            if path.stat().st_size > self.limits.max_import_bytes:
                return ActionResult(False, _text(lang, "That archive is too large to import.", "这个存档太大，无法导入。"))
            try:
                session, images = Session.import_zip(path.read_bytes())
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
            return ActionResult(True, _text(lang, "Session imported.", "会话已导入。"))
        finally:
            state.busy.release()

    # ------------------------------------------------------------------------------------------- viewing
    def snapshot(self, state: ChatState, lang: str = "en") -> Snapshot:
        entries: list[ChatEntry] = []
        image_path = None
        for turn in state.session.path():
            entries.append(ChatEntry("user", inert_markdown(turn.message)))
            path = state.image_path(turn)
            caption = ""
            if turn.render:
                prompt = str(turn.render.get("prompt", "")).replace("`", "'")  # a code span shows it verbatim
                caption = f"`{prompt}` · seed {turn.render.get('seed')}"
                image_path = path or image_path
            entries.append(ChatEntry("assistant", inert_markdown(turn.decision.reply), path, caption))
        scene = state.session.current_scene
        return Snapshot(
            entries=entries,
            image_path=image_path,
            scene=scene.to_dict(),
            scene_card=scene_card(scene, lang),
            can_undo=state.session.can_undo,
            can_redo=state.session.can_redo,
        )

    def save_preview(self, state: ChatState, image: Image.Image) -> str:
        """Step previews go to one file per session, overwritten: they are never part of the record."""
        path = state.files() / "preview.png"
        image.save(path, format="PNG")
        return str(path)


def scene_card(scene: Scene, lang: str = "en") -> str:
    """A short Markdown card of what the app believes the picture contains."""
    if scene.is_empty():
        return _text(lang, "*Nothing drawn yet.*", "*还没有画任何东西。*")
    lines = [_text(lang, "**What the picture should contain**", "**画面应包含**")]
    md = inert_markdown  # every value below came from a person or an LLM
    for subject in scene.subjects:
        details = [md(v) for v in subject.attributes.values()] + [md(v) for v in (subject.size, subject.position) if v]
        lines.append(f"- `{subject.id.replace('`', '')}` **{md(subject.name)}**" + (f" — {', '.join(details)}" if details else ""))
    if scene.background:
        lines.append(_text(lang, f"- background: {md(scene.background)}", f"- 背景：{md(scene.background)}"))
    if scene.time:
        lines.append(_text(lang, f"- time, weather: {md(scene.time)}", f"- 时间、天气：{md(scene.time)}"))
    if scene.style:
        lines.append(_text(lang, f"- style: {md(scene.style)}", f"- 风格：{md(scene.style)}"))
    if scene.avoid:
        avoid = [md(a) for a in scene.avoid]
        lines.append(_text(lang, f"- avoid: {', '.join(avoid)}", f"- 避免：{'，'.join(avoid)}"))
    for note in scene.notes:
        lines.append(_text(lang, f"- note: {md(note)}", f"- 备注：{md(note)}"))
    return "\n".join(lines)
