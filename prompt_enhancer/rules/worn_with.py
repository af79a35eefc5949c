""""a knight in silver armor with a red cape", "a girl in a yellow raincoat with red boots": after a worn thing,
"with a …" is another thing the person has, as if "and" were said; a garment's own piece ("a dress with a lace
collar", "armor with gold trim") stays the garment's. The cape was read as the armor's ("armor with cape").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A garment's own pieces: what a dress, coat or armor is made with, never a thing the person holds or wears.
_GARMENT_PIECES = (r"trim|collar|hood|sleeves?|pockets?|buttons?|zipper|lace|frills?|ruffles?|dots|polka\s+dots|"
                   r"stripes|spots|pattern|print|embroidery|sequins|fur|lining|belt|buckle|logo|badge|patch(?:es)?|"
                   r"neckline|hem|train|slit|bow")
_WITH_ANOTHER = re.compile(rf"(?<![,\s])\s+with\s+(?=(?:a|an|his|her|their)\s+(?!(?:[\w-]+\s+){{0,2}}"
                           rf"(?:{_GARMENT_PIECES})\b)"
                           # "a yellow raincoat with red boots": things said in the plural, no article
                           rf"|(?:[a-z-]+\s+){{0,2}}(?!(?:{_GARMENT_PIECES})\b)[a-z]{{2,}}s(?:\s*$|\s*[,.]|\s+and\b))",
                           _I)


def with_as_and(worn: str) -> str:
    """What follows a worn word ("silver armor with a red cape") with "with a …" said as another item."""
    return _WITH_ANOTHER.sub(" and with ", worn)
