"""Light said with where it shines ("warm light in the windows", "sunlight coming through the window"): how the
picture is lit, not a thing called "windows" drawn beside the others, nor a part of the thing it is said with."""

from __future__ import annotations

import re

_LIGHT = (r"(?:(?:warm|soft|golden|bright|dim|cozy|cosy|yellow|orange|blue|gentle|faint)\s+)*"
          r"(?:light|lights|lighting|glow|sunlight|moonlight|lamplight|candlelight|firelight|sunbeams?|rays)\s+"
          r"(?:(?:glowing|shining|coming|spilling|pouring|streaming|falling|filtering)\s+)?"
          r"(?:in|through|from|on|behind|inside|out\s+of)\s+(?:the|its|a|an|his|her|their)\s+\S")
LIGHT_AT = re.compile(rf"^{_LIGHT}.*$", re.IGNORECASE)
# "a house with warm light in the windows": the light is said after the thing, as a clause of its own
WITH_LIGHT = re.compile(rf"\s+with\s+(?={_LIGHT})", re.IGNORECASE)
