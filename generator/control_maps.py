"""Control maps that need a model of their own: depth (any transformers depth estimator, e.g. DPT or Depth
Anything) and pose (ViTPose keypoints drawn as an OpenPose skeleton, what pose ControlNets were trained on), the
people's boxes it reads found by an object detector when one is given, else the whole picture as one person.

`load_control_models` builds them once from "KIND=PATH_OR_ID" specs (`--control-model`); the Generator holds
what it returns and `generator.control.control_map` calls them. Nothing here keeps a model in a global, and only
transformers, numpy and PIL are used (no OpenCV, no torchvision, no scipy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageDraw

from generator.errors import GeneratorError

MODEL_KINDS = ("depth", "pose")  # the maps a --control-model computes; "edges" and "as-is" need none
DETECTOR = "person-detector"  # --control-model person-detector=…: where the pose model looks for people
POSE_THRESHOLD = 0.3  # keypoints less confident than this are left out of the drawing, as DWPose does
PERSON_THRESHOLD = 0.5  # a detector's "person" boxes less sure than this are not read for a pose
# Depth estimators that give distance (far = large) rather than relative inverse depth (near = large, like DPT's
# and Depth Anything's relative models); their maps are inverted so near is bright either way.
METRIC_DEPTH_MODELS = ("zoedepth", "glpn", "depth_pro", "prompt_depth_anything")

# OpenPose's 18 body points drawn from COCO's 17: OpenPose point i is COCO point COCO_OF_OPENPOSE[i]; the neck
# (None) is the shoulders' midpoint.
COCO_OF_OPENPOSE = (0, None, 6, 8, 10, 5, 7, 9, 12, 14, 16, 11, 13, 15, 2, 1, 4, 3)
# OpenPose's limbs (pairs of its points) and colours, as controlnet_aux's draw_bodypose draws them.
OPENPOSE_LIMBS = ((1, 2), (1, 5), (2, 3), (3, 4), (5, 6), (6, 7), (1, 8), (8, 9), (9, 10), (1, 11), (11, 12),
                  (12, 13), (1, 0), (0, 14), (14, 16), (0, 15), (15, 17))
OPENPOSE_COLOURS = ((255, 0, 0), (255, 85, 0), (255, 170, 0), (255, 255, 0), (170, 255, 0), (85, 255, 0),
                    (0, 255, 0), (0, 255, 85), (0, 255, 170), (0, 255, 255), (0, 170, 255), (0, 85, 255),
                    (0, 0, 255), (85, 0, 255), (170, 0, 255), (255, 0, 255), (255, 0, 170), (255, 0, 85))

ControlMapper = Callable[[Image.Image], Image.Image]  # a picture in, its map (same size, RGB) out


def parse_control_model(spec: str) -> tuple[str, str]:
    """"depth=PATH_OR_ID" as ("depth", "PATH_OR_ID"), or a `GeneratorError` saying what is accepted."""
    kind, sep, source = spec.partition("=")
    kind, source = kind.strip().lower(), source.strip()
    if not sep or kind not in (*MODEL_KINDS, DETECTOR) or not source:
        raise GeneratorError(f"--control-model {spec!r}: give KIND=PATH_OR_ID with KIND one of "
                             f"{', '.join((*MODEL_KINDS, DETECTOR))} (e.g. depth=LiheYoung/depth-anything-small-hf, "
                             "pose=usyd-community/vitpose-base-simple, person-detector=PekingU/rtdetr_r50vd_coco_o365)."
                             )
    return kind, source


def load_control_models(specs: Sequence[str], device: torch.device | str = "cpu") -> dict[str, ControlMapper]:
    """Every --control-model, loaded once, by the kind of map it makes (a person detector goes to the pose model);
    a `GeneratorError` names one that cannot be loaded."""
    sources: dict[str, str] = {}
    for spec in specs:
        kind, source = parse_control_model(spec)
        if kind in sources:
            raise GeneratorError(f"--control-model {kind}= was given twice: one model per kind.")
        sources[kind] = source
    if DETECTOR in sources and "pose" not in sources:
        raise GeneratorError(f"--control-model {DETECTOR}= finds people for a pose model: give pose=PATH_OR_ID too.")
    device = torch.device(device)
    mappers: dict[str, ControlMapper] = {}
    if "depth" in sources:
        mappers["depth"] = DepthMapper.load(sources["depth"], device)
    if "pose" in sources:
        people = PersonDetector.load(sources[DETECTOR], device) if DETECTOR in sources else None
        mappers["pose"] = PoseMapper.load(sources["pose"], device, people)
    return mappers


def _from_pretrained(kind: str, source: str, auto_class: type, wanted: str) -> tuple[torch.nn.Module, object]:
    """A transformers model and its image processor (the PIL one: no torchvision), or a clear `GeneratorError`."""
    from transformers import AutoImageProcessor

    path = Path(source).expanduser()
    where = str(path) if path.exists() else source
    try:
        model, report = auto_class.from_pretrained(where, output_loading_info=True)
        processor = AutoImageProcessor.from_pretrained(where, backend="pil")
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, ImportError) as error:  # ImportError: e.g. a
        # DETR checkpoint whose backbone needs timm, which the app does not install
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise GeneratorError(f"Could not load the {kind} model {source!r}: {wanted} (with its image processor) "
                             f"is needed, as a folder or a downloaded hub id. ({first})") from error
    # transformers fills weights a checkpoint lacks with random ones (a DPT folder "loads" as a ViTPose): refused.
    lacking = len(report["missing_keys"]) + len(report["mismatched_keys"])
    if lacking:
        raise GeneratorError(f"Could not load the {kind} model {source!r}: {wanted} is needed, but {lacking} of "
                             f"its weights are not in this {model.config.model_type!r} checkpoint.")
    return model.eval(), processor


@dataclass
class DepthMapper:
    """Grey depth from a transformers depth estimator: near bright, far dark, spread over 0-255 in every map, as
    HunyuanDiT's depth ControlNet reads it."""

    model: torch.nn.Module
    processor: object
    metric: bool  # the model gives distance, not inverse depth

    @classmethod
    def load(cls, source: str, device: torch.device) -> DepthMapper:
        from transformers import AutoModelForDepthEstimation

        model, processor = _from_pretrained("depth", source, AutoModelForDepthEstimation,
                                            "a depth estimator (AutoModelForDepthEstimation: DPT, Depth Anything, …)")
        config = model.config
        metric = config.model_type in METRIC_DEPTH_MODELS or getattr(config, "depth_estimation_type", "") == "metric"
        return cls(model.to(device), processor, metric)

    @torch.no_grad()
    def __call__(self, image: Image.Image) -> Image.Image:
        device = next(self.model.parameters()).device
        inputs = self.processor(images=image.convert("RGB"), return_tensors="pt").to(device)
        depth = self.model(**inputs).predicted_depth.float()  # 1 × h × w, at the model's own resolution
        depth = torch.nn.functional.interpolate(depth[:, None], size=(image.height, image.width), mode="bicubic",
                                                align_corners=False)[0, 0]
        if self.metric:  # distance to inverse depth; the floor keeps a zero (or a bicubic dip below it) finite
            depth = 1.0 / depth.clamp_min(max(float(depth.max()) * 1e-6, 1e-12))
        low, high = depth.min(), depth.max()
        grey = (depth - low) / (high - low) * 255.0 if high > low else torch.zeros_like(depth)
        return Image.fromarray(grey.round().clamp(0, 255).to(torch.uint8).cpu().numpy()).convert("RGB")


@dataclass
class PersonDetector:
    """The boxes (x, y, width, height) of the people a transformers object detector (DETR, RT-DETR, YOLOS, …)
    finds in a picture, surest first."""

    model: torch.nn.Module
    processor: object
    person: int  # the detector's label for a person
    threshold: float = PERSON_THRESHOLD

    @classmethod
    def load(cls, source: str, device: torch.device) -> PersonDetector:
        from transformers import AutoModelForObjectDetection

        model, processor = _from_pretrained(DETECTOR, source, AutoModelForObjectDetection,
                                            "an object detector (AutoModelForObjectDetection: DETR, RT-DETR, …)")
        people = [label for label, name in model.config.id2label.items() if str(name).lower() == "person"]
        if not people:
            raise GeneratorError(f"The {DETECTOR} {source!r} has no 'person' class among its labels.")
        return cls(model.to(device), processor, int(people[0]))

    @torch.no_grad()
    def __call__(self, image: Image.Image) -> list[tuple[float, float, float, float]]:
        device = next(self.model.parameters()).device
        inputs = self.processor(images=image.convert("RGB"), return_tensors="pt").to(device)
        found = self.processor.post_process_object_detection(
            self.model(**inputs), threshold=self.threshold, target_sizes=[(image.height, image.width)])[0]
        people = sorted((float(score), box.tolist()) for score, label, box in
                        zip(found["scores"], found["labels"], found["boxes"]) if int(label) == self.person)
        return [(x0, y0, x1 - x0, y1 - y0) for _, (x0, y0, x1, y1) in reversed(people)]


@dataclass
class PoseMapper:
    """The COCO body keypoints of each person, drawn as an OpenPose skeleton on black. ViTPose is top-down: it reads
    one person's box at a time, from `people` (a detector) when given, else the whole picture as one person."""

    model: torch.nn.Module
    processor: object
    people: PersonDetector | None = None
    threshold: float = POSE_THRESHOLD

    @classmethod
    def load(cls, source: str, device: torch.device, people: PersonDetector | None = None) -> PoseMapper:
        from transformers import VitPoseForPoseEstimation

        model, processor = _from_pretrained("pose", source, VitPoseForPoseEstimation,
                                            "a ViTPose keypoint model (VitPoseForPoseEstimation)")
        if model.config.num_labels < 17:
            raise GeneratorError(f"The pose model {source!r} finds {model.config.num_labels} keypoints; the COCO "
                                 "body's 17 are needed.")
        return cls(model.to(device), processor, people)

    def __call__(self, image: Image.Image) -> Image.Image:
        """The skeletons on black; with a detector that finds nobody, black: nothing to follow (and the map shown
        beside the picture says so)."""
        boxes = self.people(image) if self.people is not None else [(0.0, 0.0, float(image.width),
                                                                     float(image.height))]
        if not boxes:
            return Image.new("RGB", image.size)
        found = [self.keypoints(image, box) for box in boxes]
        return draw_pose(image.size, np.stack([k for k, _ in found]), np.stack([s for _, s in found]), self.threshold)

    @torch.no_grad()
    def keypoints(self, image: Image.Image, box: tuple[float, float, float, float]) -> tuple[np.ndarray, np.ndarray]:
        """The 17 COCO keypoints (x, y in the picture's pixels) and their confidences for the person in `box`
        (x, y, width, height), as transformers' VitPose processor finds them but without scipy, which the app does
        not install: the box, widened to the model's aspect and padded by 1.25, is cut out and resized (pixel
        centres at both ends, ViTPose's unbiased "UDP" mapping); each heatmap's peak, moved a quarter cell towards
        its higher neighbour (where transformers refines it with DARK's Gaussian fit), is mapped back."""
        size = self.processor.size
        in_w, in_h = size["width"], size["height"]
        x, y, w, h = box
        if w > h * in_w / in_h:
            h = w * in_h / in_w
        else:
            w = h * in_w / in_h
        w, h = w * 1.25, h * 1.25
        left, top = x + box[2] / 2 - w / 2, y + box[3] / 2 - h / 2
        step_x, step_y = w / (in_w - 1), h / (in_h - 1)  # picture pixels per input pixel, corner centre to centre
        crop = image.convert("RGB").transform(
            (in_w, in_h), Image.Transform.AFFINE,  # PIL samples at pixel centres: +0.5 on either side
            (step_x, 0, left + 0.5 - 0.5 * step_x, 0, step_y, top + 0.5 - 0.5 * step_y), Image.Resampling.BILINEAR)
        pixels = np.asarray(crop, dtype=np.float32) / 255.0
        pixels = (pixels - np.array(self.processor.image_mean)) / np.array(self.processor.image_std)
        device = next(self.model.parameters()).device
        inputs = {"pixel_values": torch.from_numpy(pixels.transpose(2, 0, 1)[None]).float().to(device)}
        if getattr(self.model.config.backbone_config, "num_experts", 1) > 1:  # ViTPose+: COCO is its first dataset
            inputs["dataset_index"] = torch.zeros(1, dtype=torch.long, device=device)
        heatmaps = self.model(**inputs).heatmaps[0, :17].float().cpu().numpy()
        rows, cols = heatmaps.shape[1:]
        flat = heatmaps.reshape(17, -1)
        peak, scores = flat.argmax(axis=1), flat.max(axis=1)
        px, py = (peak % cols).astype(np.float32), (peak // cols).astype(np.float32)
        for k in range(17):
            i, j = int(py[k]), int(px[k])
            if 0 < j < cols - 1:
                px[k] += 0.25 * np.sign(heatmaps[k, i, j + 1] - heatmaps[k, i, j - 1])
            if 0 < i < rows - 1:
                py[k] += 0.25 * np.sign(heatmaps[k, i + 1, j] - heatmaps[k, i - 1, j])
        keypoints = np.stack([left + px * w / (cols - 1), top + py * h / (rows - 1)], axis=1)
        return keypoints, scores


def draw_pose(size: tuple[int, int], keypoints: np.ndarray, scores: np.ndarray,
              threshold: float = POSE_THRESHOLD) -> Image.Image:
    """People's COCO-17 keypoints (people × 17 × xy, in pixels) as OpenPose draws a body on black: each limb a line
    in its colour at 60 %, then each point a dot in its full colour; a point under `threshold`, and every limb
    that touches it, is left out (the neck needs both shoulders)."""
    canvas = Image.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    width = max(1, round(4 * min(size) / 512))  # OpenPose's stick width at 512 pixels
    radius = width
    for person, confidence in zip(keypoints, scores):
        points: list[tuple[float, float] | None] = []
        for coco in COCO_OF_OPENPOSE:
            pair = (5, 6) if coco is None else (coco, coco)
            if min(confidence[pair[0]], confidence[pair[1]]) < threshold:
                points.append(None)
            else:
                x, y = (person[pair[0]] + person[pair[1]]) / 2
                points.append((float(x), float(y)))
        for (a, b), colour in zip(OPENPOSE_LIMBS, OPENPOSE_COLOURS):
            if points[a] is not None and points[b] is not None:
                draw.line((points[a], points[b]), fill=tuple(int(c * 0.6) for c in colour), width=width)
        for point, colour in zip(points, OPENPOSE_COLOURS):
            if point is not None:
                x, y = point
                draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    return canvas
