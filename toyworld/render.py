"""Draw a ToyScene as the exact 64 x 64 RGB picture the spec describes (hard edges, flat palette colours).

Pure numpy; the ground truth for training images and for the checker's own tests.
"""

from __future__ import annotations

import numpy as np

from toyworld.scene import ToyObject, ToyScene
from toyworld.spec import BACKGROUNDS, CANVAS, COLOURS, SIZES, cell_centre


def object_mask(obj: ToyObject, canvas: int = CANVAS) -> np.ndarray:
    """Boolean mask of the pixels one object covers; its bounding box is size x size around the cell centre."""
    cx, cy = cell_centre(obj.position)
    side = SIZES[obj.size]
    ys, xs = np.mgrid[0:canvas, 0:canvas]
    px, py = xs + 0.5, ys + 0.5  # pixel centres
    left, top = cx - side / 2, cy - side / 2
    in_box = (px >= left) & (px < left + side) & (py >= top) & (py < top + side)
    if obj.shape == "square":
        return in_box
    if obj.shape == "circle":
        return (px - cx) ** 2 + (py - cy) ** 2 <= (side / 2) ** 2
    # triangle pointing up: apex at the top centre, base along the bottom edge
    half_width = (py - top + 0.5) / side * (side / 2)
    return in_box & (np.abs(px - cx) <= half_width)


def render(scene: ToyScene, canvas: int = CANVAS) -> np.ndarray:
    """The scene as a (canvas, canvas, 3) uint8 array."""
    image = np.empty((canvas, canvas, 3), dtype=np.uint8)
    image[:] = BACKGROUNDS[scene.background]
    for obj in scene.objects:
        image[object_mask(obj, canvas)] = COLOURS[obj.colour]
    return image
