"""The dialog layer, the rule enhancer and the LLM answer's schema run without any model: importing them must not
import torch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_dialog_and_rules_do_not_import_torch() -> None:
    code = (
        "import sys\n"
        "import dialog.scene, dialog.scene_schema, dialog.scene_diff, dialog.decision, dialog.prompt, dialog.message\n"
        "import dialog.session, dialog.archive, dialog.vocabulary, dialog.texts\n"
        "import prompt_enhancer.base, prompt_enhancer.rules, prompt_enhancer.llm_schema\n"
        "from dialog.archive import export_session, import_session\n"
        "from dialog.scene import Scene\n"
        "from dialog.session import Session\n"
        "from prompt_enhancer.rules import RuleEnhancer\n"
        "session = Session()\n"
        "session.record('draw a red circle', RuleEnhancer().decide(Scene(), (), 'draw a red circle'))\n"
        "import_session(export_session(session))\n"
        "heavy = sorted(m for m in ('torch', 'diffusers', 'transformers', 'numpy', 'PIL') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the dialog layer imported {result.stdout.strip()}"
