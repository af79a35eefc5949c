"""How often the rule enhancer reads free phrasing right: the conversations of benchmarks/phrasing/ driven through
the ChatEngine the app uses (the embedded model, the RuleEnhancer), every turn judged by phrasing/facts.py.

Run from the repository root: `python benchmarks/bench_phrasing.py --split tuning` (or `--split held-out`: that
split is written by someone else and is not looked at while the rules are tuned; run it once, at the end).
Prints the accuracy per class and overall and ends with one JSON line. `--show-misses` lists the wrong turns
(tuning splits only: the held-out split's turns are not shown).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHRASING = ROOT / "benchmarks" / "phrasing"
# data: each {"about": ..., "conversations": [...]}
SPLITS = {"tuning": "tuning.json", "tuning-2": "tuning_2.json", "tuning-3": "tuning_3.json",
          "tuning-4": "tuning_4.json", "tuning-5": "tuning_5.json", "tuning-6": "tuning_6.json",
          "tuning-7": "tuning_7.json", "tuning-8": "tuning_8.json", "tuning-9": "tuning_9.json",
          "tuning-10": "tuning_10.json", "tuning-11": "tuning_11.json", "tuning-12": "tuning_12.json",
          "tuning-13": "tuning_13.json", "tuning-14": "tuning_14.json", "tuning-15": "tuning_15.json",
          "tuning-16": "tuning_16.json", "tuning-17": "tuning_17.json", "tuning-18": "tuning_18.json",
          "tuning-19": "tuning_19.json", "tuning-20": "tuning_20.json", "tuning-21": "tuning_21.json",
          "tuning-22": "tuning_22.json", "tuning-23": "tuning_23.json", "tuning-24": "tuning_24.json",
          "tuning-25": "tuning_25.json", "tuning-26": "tuning_26.json", "tuning-27": "tuning_27.json",
          "tuning-28": "tuning_28.json", "tuning-29": "tuning_29.json", "tuning-30": "tuning_30.json",
          "tuning-31": "tuning_31.json", "tuning-32": "tuning_32.json", "tuning-33": "tuning_33.json",
          "tuning-34": "tuning_34.json",
          "tuning-35": "tuning_35.json", "tuning-36": "tuning_36.json",
          "tuning-37": "tuning_37.json", "tuning-38": "tuning_38.json", "tuning-39": "tuning_39.json",
          "tuning-40": "tuning_40.json", "tuning-41": "tuning_41.json",
          "tuning-42": "tuning_42.json",
          "tuning-43": "tuning_43.json",
          "tuning-44": "tuning_44.json",
          "tuning-45": "tuning_45.json",
          "tuning-46": "tuning_46.json",
          "tuning-47": "tuning_47.json", "tuning-48": "tuning_48.json",
          "tuning-49": "tuning_49.json", "tuning-50": "tuning_50.json",
          "tuning-51": "tuning_51.json", "tuning-52": "tuning_52.json",
          "tuning-53": "tuning_53.json", "tuning-54": "tuning_54.json",
          "tuning-55": "tuning_55.json", "tuning-56": "tuning_56.json",
          "tuning-57": "tuning_57.json", "tuning-58": "tuning_58.json",
          "tuning-59": "tuning_59.json", "tuning-60": "tuning_60.json",
          "tuning-61": "tuning_61.json", "tuning-62": "tuning_62.json",
          "tuning-63": "tuning_63.json", "tuning-64": "tuning_64.json", "tuning-65": "tuning_65.json",
          "tuning-66": "tuning_66.json", "tuning-67": "tuning_67.json", "tuning-68": "tuning_68.json",
          "tuning-69": "tuning_69.json", "tuning-70": "tuning_70.json",
          "tuning-71": "tuning_71.json", "tuning-72": "tuning_72.json", "tuning-73": "tuning_73.json",
          "tuning-74": "tuning_74.json", "tuning-75": "tuning_75.json", "tuning-76": "tuning_76.json",
          "tuning-77": "tuning_77.json", "tuning-78": "tuning_78.json",
          "tuning-79": "tuning_79.json", "tuning-80": "tuning_80.json", "tuning-81": "tuning_81.json",
          "tuning-82": "tuning_82.json", "tuning-83": "tuning_83.json", "tuning-84": "tuning_84.json",
          "tuning-85": "tuning_85.json", "tuning-86": "tuning_86.json",
          "tuning-87": "tuning_87.json", "tuning-88": "tuning_88.json", "tuning-89": "tuning_89.json",
          "tuning-90": "tuning_90.json",
          "tuning-91": "tuning_91.json", "tuning-92": "tuning_92.json", "tuning-93": "tuning_93.json",
          "tuning-94": "tuning_94.json", "tuning-95": "tuning_95.json", "tuning-96": "tuning_96.json",
          "tuning-97": "tuning_97.json", "tuning-98": "tuning_98.json", "tuning-99": "tuning_99.json",
          "tuning-100": "tuning_100.json", "tuning-101": "tuning_101.json", "tuning-102": "tuning_102.json",
          "tuning-103": "tuning_103.json", "tuning-104": "tuning_104.json", "tuning-105": "tuning_105.json",
          "tuning-106": "tuning_106.json", "tuning-107": "tuning_107.json", "tuning-108": "tuning_108.json",
          "tuning-109": "tuning_109.json", "tuning-110": "tuning_110.json", "tuning-111": "tuning_111.json",
          "tuning-112": "tuning_112.json", "tuning-113": "tuning_113.json", "tuning-114": "tuning_114.json",
          "tuning-115": "tuning_115.json", "tuning-116": "tuning_116.json", "tuning-117": "tuning_117.json",
          "tuning-118": "tuning_118.json", "tuning-119": "tuning_119.json", "tuning-120": "tuning_120.json",
          "tuning-121": "tuning_121.json", "tuning-122": "tuning_122.json", "tuning-123": "tuning_123.json",
          "tuning-124": "tuning_124.json", "tuning-125": "tuning_125.json", "tuning-126": "tuning_126.json",
          "tuning-127": "tuning_127.json", "tuning-128": "tuning_128.json",
          "tuning-129": "tuning_129.json", "tuning-130": "tuning_130.json", "tuning-131": "tuning_131.json",
          "tuning-132": "tuning_132.json", "tuning-133": "tuning_133.json", "tuning-134": "tuning_134.json",
          "tuning-135": "tuning_135.json", "tuning-136": "tuning_136.json",
          "tuning-137": "tuning_137.json", "tuning-138": "tuning_138.json", "tuning-139": "tuning_139.json",
          "tuning-140": "tuning_140.json", "tuning-141": "tuning_141.json", "tuning-142": "tuning_142.json",
          "tuning-143": "tuning_143.json", "tuning-144": "tuning_144.json",
          "tuning-145": "tuning_145.json", "tuning-146": "tuning_146.json", "tuning-147": "tuning_147.json",
          "tuning-148": "tuning_148.json", "tuning-149": "tuning_149.json", "tuning-150": "tuning_150.json",
          "tuning-151": "tuning_151.json", "tuning-152": "tuning_152.json",
          "tuning-153": "tuning_153.json", "tuning-154": "tuning_154.json", "tuning-155": "tuning_155.json",
          "tuning-156": "tuning_156.json", "tuning-157": "tuning_157.json", "tuning-158": "tuning_158.json",
          "tuning-159": "tuning_159.json", "tuning-160": "tuning_160.json",
          "tuning-161": "tuning_161.json", "tuning-162": "tuning_162.json", "tuning-163": "tuning_163.json",
          "tuning-164": "tuning_164.json", "tuning-165": "tuning_165.json", "tuning-166": "tuning_166.json",
          "tuning-167": "tuning_167.json", "tuning-168": "tuning_168.json",
          "tuning-169": "tuning_169.json", "tuning-170": "tuning_170.json",
          "tuning-171": "tuning_171.json", "tuning-172": "tuning_172.json",
          "tuning-173": "tuning_173.json", "tuning-174": "tuning_174.json",
          "tuning-175": "tuning_175.json", "tuning-176": "tuning_176.json",
          "tuning-177": "tuning_177.json", "tuning-178": "tuning_178.json",
          "tuning-179": "tuning_179.json", "tuning-180": "tuning_180.json",
          "tuning-181": "tuning_181.json", "tuning-182": "tuning_182.json",
          "tuning-183": "tuning_183.json", "tuning-184": "tuning_184.json",
          "tuning-185": "tuning_185.json", "tuning-186": "tuning_186.json",
          "tuning-187": "tuning_187.json", "tuning-188": "tuning_188.json",
          "tuning-189": "tuning_189.json", "tuning-190": "tuning_190.json",
          "tuning-191": "tuning_191.json", "tuning-192": "tuning_192.json",
          "tuning-193": "tuning_193.json", "tuning-194": "tuning_194.json",
          "tuning-195": "tuning_195.json", "tuning-196": "tuning_196.json",
          "tuning-197": "tuning_197.json", "tuning-198": "tuning_198.json",
          "tuning-199": "tuning_199.json", "tuning-200": "tuning_200.json",
          "tuning-201": "tuning_201.json", "tuning-202": "tuning_202.json",
          "tuning-203": "tuning_203.json", "tuning-204": "tuning_204.json",
          "tuning-205": "tuning_205.json", "tuning-206": "tuning_206.json",
          "tuning-207": "tuning_207.json", "tuning-208": "tuning_208.json",
          "tuning-209": "tuning_209.json", "tuning-210": "tuning_210.json",
          "tuning-211": "tuning_211.json", "tuning-212": "tuning_212.json",
          "tuning-213": "tuning_213.json", "tuning-214": "tuning_214.json",
          "tuning-215": "tuning_215.json", "tuning-216": "tuning_216.json",
          "tuning-217": "tuning_217.json", "tuning-218": "tuning_218.json",
          "tuning-219": "tuning_219.json", "tuning-220": "tuning_220.json",
          "tuning-221": "tuning_221.json", "tuning-222": "tuning_222.json",
          "tuning-223": "tuning_223.json", "tuning-224": "tuning_224.json",
          "held-out": "held_out.json"}
# The pictures are not what this measures: one step, no previews.
STEPS = 1


def load_module(path: Path) -> ModuleType:
    """A phrasing file by its path, so loading one split never runs another."""
    name = f"phrasing_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def conversations(split: str) -> list[dict[str, Any]]:
    """A split's conversations; each turn is [message, expected facts]."""
    return json.loads((PHRASING / SPLITS[split]).read_text(encoding="utf-8"))["conversations"]


def conversation_class(conversation: dict[str, Any]) -> str:
    """A conversation's class: its "class" key, else its name up to the first ":" ("parts: a girl's umbrella")."""
    if conversation.get("class"):
        return str(conversation["class"])
    return str(conversation["name"]).split(":")[0].strip()


@dataclass
class TurnResult:
    conversation: str
    klass: str
    index: int
    message: str
    problems: list[str]
    reply: str


def run_conversations(engine: Any, items: Iterable[dict[str, Any]]) -> list[TurnResult]:
    """Every turn of every conversation through `engine.send`, judged by facts.check on the Scene after it."""
    from chat.state import TurnSettings
    from dialog.decision import Action, Decision

    check: Callable[..., list[str]] = load_module(PHRASING / "facts.py").check
    settings = TurnSettings(steps=STEPS, preview_every=0)
    results = []
    for conversation in items:
        state = engine.new_state()
        for index, (message, expected) in enumerate(conversation["turns"]):
            before = state.session.current_scene.copy()
            turn_before = state.session.current
            result = engine.send(state, message, None, settings)
            turn = state.session.current
            if turn is not None and turn is not turn_before:
                decision = turn.decision
            else:  # nothing recorded (a refused message, a session word): the person was only answered
                decision = Decision(Action.CHAT, result.message, before.copy())
            scene_after = state.session.current_scene
            problems = check(before, decision, scene_after, expected)
            if not result.ok and expected["action"] in ("draw", "edit"):
                problems.append(f"the turn failed: {result.message}")
            results.append(TurnResult(conversation["name"], conversation_class(conversation), index, message,
                                      problems, decision.reply))
    return results


def build_engine(model: str, root: Path) -> Any:
    from chat.engine import ChatEngine
    from generator.generator import Generator
    from prompt_enhancer.rules import RuleEnhancer

    return ChatEngine(Generator.load(model), RuleEnhancer(), root=root)


def summarise(results: list[TurnResult]) -> dict[str, tuple[int, int]]:
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        per_class[r.klass][0] += not r.problems
        per_class[r.klass][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(per_class.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="tuning")
    parser.add_argument("--model", default=str(ROOT / "assets" / "embedded"))
    parser.add_argument("--show-misses", action="store_true", help="list the wrong turns (tuning splits only)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-phrasing-") as root:
        engine = build_engine(args.model, Path(root))
        results = run_conversations(engine, conversations(args.split))
    right = sum(not r.problems for r in results)
    print(f"{args.split}: {len(results)} turns")
    print(f"{'class':<22} {'right':>7} {'turns':>6} {'accuracy':>9}")
    for klass, (good, total) in summarise(results).items():
        print(f"{klass:<22} {good:>7} {total:>6} {good / total:>9.1%}")
    print(f"{'overall':<22} {right:>7} {len(results):>6} {right / max(1, len(results)):>9.1%}")
    if args.show_misses and args.split != "held-out":
        for r in results:
            if r.problems:
                print(f"- [{r.conversation} #{r.index + 1}] {r.message!r}: {'; '.join(r.problems)} "
                      f"(reply: {r.reply!r})")
    print(json.dumps({"split": args.split, "turns": len(results),
                      "right": round(right / max(1, len(results)), 4)}))


if __name__ == "__main__":
    main()
