"""A thing turned into another is still where the others were put against it: "a dog under an oak tree", then
"swap the tree for a phone booth", left the dog "under the oak tree" in the prompt beside a phone booth; "a cat on
a sofa", then "change the sofa to a chair", left the cat "on the sofa". Their places now name the new thing."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene, Subject


def rename_places(scene: Scene, renamed: Subject, old: str) -> None:
    """Every other subject's place said against the renamed one ("under the oak tree", 沙发上), said anew."""
    for other in scene.subjects:
        if other is renamed or not other.position or other.position in vocab.POSITIONS:
            continue
        if vocab.has_cjk(old) and other.position.startswith(old):
            other.position = renamed.name + other.position[len(old):]
        else:
            other.position = re.sub(rf"\bthe\s+{re.escape(old)}\b", f"the {renamed.name}", other.position,
                                    flags=re.IGNORECASE)
