"""The dialog layer and the rule enhancer run without any model: importing them must not import torch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_dialog_and_rules_do_not_import_torch() -> None:
    code = (
        "import sys\n"
        "import dialog.scene, dialog.decision, dialog.prompt, dialog.message, dialog.session, dialog.vocabulary\n"
        "import prompt_enhancer.base, prompt_enhancer.rules\n"
        "from dialog.session import Session\n"
        "from prompt_enhancer.rules import RuleEnhancer\n"
        "Session().apply('draw a red circle', RuleEnhancer())\n"
        "heavy = sorted(m for m in ('torch', 'diffusers', 'transformers', 'numpy', 'PIL') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the dialog layer imported {result.stdout.strip()}"
