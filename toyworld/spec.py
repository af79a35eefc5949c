"""The toy world's exact specification as data: canvas, palettes, sizes, grid, and the words for each value.

Pure Python (no numpy, no torch) so the dialog layer can import the vocabulary cheaply.
"""

from __future__ import annotations

CANVAS = 64  # pixels, square, RGB

# Canonical English key -> RGB. Keys are the canonical values stored everywhere else.
COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 40, 40),
    "orange": (240, 140, 30),
    "yellow": (235, 210, 40),
    "green": (40, 170, 60),
    "blue": (40, 90, 220),
    "purple": (140, 60, 180),
    "pink": (240, 130, 180),
    "brown": (120, 70, 30),
}
BACKGROUNDS: dict[str, tuple[int, int, int]] = {
    "white": (245, 245, 245),
    "black": (25, 25, 25),
    "gray": (128, 128, 128),
    "sky blue": (150, 200, 240),
    "beige": (225, 210, 170),
}
SHAPES: tuple[str, ...] = ("circle", "square", "triangle")
SIZES: dict[str, int] = {"small": 12, "big": 20}  # bounding-box side in pixels

CELL_CENTRES: tuple[int, int, int] = (11, 32, 53)
# Position key -> (column, row) in the 3 x 3 grid.
POSITIONS: dict[str, tuple[int, int]] = {
    "top left": (0, 0),
    "top": (1, 0),
    "top right": (2, 0),
    "left": (0, 1),
    "center": (1, 1),
    "right": (2, 1),
    "bottom left": (0, 2),
    "bottom": (1, 2),
    "bottom right": (2, 2),
}
MAX_OBJECTS = 2

# Chinese words, as the spec gives them. English words are the keys themselves.
ZH_COLOURS = {"red": "红色", "orange": "橙色", "yellow": "黄色", "green": "绿色", "blue": "蓝色",
              "purple": "紫色", "pink": "粉色", "brown": "棕色"}
ZH_BACKGROUNDS = {"white": "白色", "black": "黑色", "gray": "灰色", "sky blue": "天蓝色", "beige": "米色"}
ZH_SHAPES = {"circle": "圆形", "square": "正方形", "triangle": "三角形"}
ZH_SIZES = {"small": "小", "big": "大"}
ZH_POSITIONS = {"top left": "左上", "top": "上方", "top right": "右上", "left": "左边", "center": "中间",
                "right": "右边", "bottom left": "左下", "bottom": "下方", "bottom right": "右下"}


def cell_centre(position: str) -> tuple[int, int]:
    """Pixel (x, y) of a position key's cell centre."""
    col, row = POSITIONS[position]
    return CELL_CENTRES[col], CELL_CENTRES[row]


def neighbours(a: str, b: str) -> bool:
    """True when two cells share an edge or a corner (then both objects may not be big)."""
    (ca, ra), (cb, rb) = POSITIONS[a], POSITIONS[b]
    return a != b and abs(ca - cb) <= 1 and abs(ra - rb) <= 1
