"""Depth and pose maps for a ControlNet (--control-model): tiny transformers models built from configs with random
weights, saved and loaded back through the app's loader; the pose skeleton's drawing pixel by pixel; one render of
the embedded model with the shipped ControlNet following a depth map, through the chat and the page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from generator.control import control_map
from generator.control_maps import OPENPOSE_COLOURS, DepthMapper, draw_pose, load_control_models
from generator.errors import GeneratorError

ROOT = Path(__file__).resolve().parents[1]


def tiny_dpt(folder: Path) -> Path:
    """A two-stage DPT depth estimator (relative inverse depth, like Intel/dpt-large) with its PIL processor."""
    from transformers import DPTConfig, DPTForDepthEstimation, DPTImageProcessorPil

    torch.manual_seed(0)
    config = DPTConfig(image_size=32, patch_size=8, hidden_size=16, num_hidden_layers=4, num_attention_heads=2,
                       intermediate_size=32, backbone_out_indices=[0, 1, 2, 3], neck_hidden_sizes=[8, 8, 8, 8],
                       reassemble_factors=[4, 2, 1, 0.5], fusion_hidden_size=8, head_in_index=-1,
                       initializer_range=0.5)  # depths of a visible size, not 1e-10
    DPTForDepthEstimation(config).save_pretrained(folder)
    DPTImageProcessorPil(size={"height": 32, "width": 32}).save_pretrained(folder)
    return folder


def tiny_metric_depth_anything(folder: Path) -> Path:
    """A Depth Anything that gives distances (depth_estimation_type "metric"), on a four-layer DINOv2."""
    from transformers import DepthAnythingConfig, DepthAnythingForDepthEstimation, Dinov2Config, DPTImageProcessorPil

    torch.manual_seed(0)
    backbone = Dinov2Config(image_size=28, patch_size=14, hidden_size=16, num_hidden_layers=4, num_attention_heads=2,
                            intermediate_size=32, out_features=["stage1", "stage2", "stage3", "stage4"],
                            reshape_hidden_states=False)
    config = DepthAnythingConfig(backbone_config=backbone, reassemble_hidden_size=16, neck_hidden_sizes=[8, 8, 8, 8],
                                 fusion_hidden_size=8, head_hidden_size=8, patch_size=14,
                                 depth_estimation_type="metric", initializer_range=0.5)
    DepthAnythingForDepthEstimation(config).save_pretrained(folder)
    DPTImageProcessorPil(size={"height": 28, "width": 28}, ensure_multiple_of=14).save_pretrained(folder)
    return folder


def tiny_vitpose(folder: Path) -> Path:
    """A two-layer ViTPose for the 17 COCO keypoints (32 × 24 input, 8 × 6 heatmaps) with its PIL processor."""
    from transformers import VitPoseBackboneConfig, VitPoseConfig, VitPoseForPoseEstimation, VitPoseImageProcessorPil

    torch.manual_seed(0)
    backbone = VitPoseBackboneConfig(image_size=[32, 24], patch_size=[8, 8], hidden_size=16, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=32, out_indices=[2])
    VitPoseForPoseEstimation(VitPoseConfig(backbone_config=backbone, scale_factor=2, num_labels=17)
                             ).save_pretrained(folder)
    VitPoseImageProcessorPil(size={"height": 32, "width": 24}).save_pretrained(folder)
    return folder


def tiny_yolos(folder: Path, labels: tuple[str, ...] = ("person", "cat")) -> Path:
    """A two-layer YOLOS detector whose heads are set to find, with each of its 4 detection tokens, the first label
    in the box centred at (0.25, 0.5) of the picture, half its width and three quarters of its height."""
    from transformers import YolosConfig, YolosForObjectDetection, YolosImageProcessorPil

    torch.manual_seed(0)
    config = YolosConfig(image_size=[32, 32], patch_size=8, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                         intermediate_size=32, num_detection_tokens=4, id2label=dict(enumerate(labels)),
                         label2id={name: i for i, name in enumerate(labels)})
    model = YolosForObjectDetection(config)
    with torch.no_grad():
        classes, boxes = model.class_labels_classifier.layers[-1], model.bbox_predictor.layers[-1]
        classes.weight.zero_(), boxes.weight.zero_()
        classes.bias.copy_(torch.tensor([4.0] + [0.0] * len(labels)))  # the first label, surely (p = 0.96)
        boxes.bias.copy_(torch.logit(torch.tensor([0.25, 0.5, 0.5, 0.75])))  # centre x, y, width, height
    model.save_pretrained(folder)
    YolosImageProcessorPil(size={"shortest_edge": 32, "longest_edge": 32}).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def model_dirs(tmp_path_factory) -> dict[str, Path]:
    torch.set_num_threads(1)
    return {"depth": tiny_dpt(tmp_path_factory.mktemp("dpt")),
            "metric": tiny_metric_depth_anything(tmp_path_factory.mktemp("depth-anything")),
            "pose": tiny_vitpose(tmp_path_factory.mktemp("vitpose")),
            "people": tiny_yolos(tmp_path_factory.mktemp("yolos")),
            "cats": tiny_yolos(tmp_path_factory.mktemp("yolos-cats"), ("cat", "person")),  # it sees only cats
            "pets": tiny_yolos(tmp_path_factory.mktemp("yolos-pets"), ("cat", "dog"))}


@pytest.fixture(scope="module")
def mappers(model_dirs):
    return load_control_models([f"depth={model_dirs['depth']}", f"pose={model_dirs['pose']}"])


def scene(size: tuple[int, int] = (80, 48)) -> Image.Image:
    image = Image.new("RGB", size, (90, 120, 200))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, 40, 40), fill=(220, 30, 30))
    draw.rectangle((50, 20, 74, 44), fill=(250, 230, 40))
    return image


def test_the_depth_map_is_grey_at_the_pictures_size_spread_over_0_to_255_near_bright(mappers, model_dirs):
    from transformers import AutoImageProcessor, AutoModelForDepthEstimation

    picture = scene()
    drawn = mappers["depth"](picture)
    grey = np.asarray(drawn)
    assert drawn.size == picture.size and drawn.mode == "RGB" and grey.dtype == np.uint8
    assert (grey[..., 0] == grey[..., 1]).all() and (grey[..., 0] == grey[..., 2]).all()
    assert grey.min() == 0 and grey.max() == 255
    # transformers' own post-processing of the same model: the map is its depth, stretched; larger (nearer for a
    # relative model like DPT) is brighter.
    model = AutoModelForDepthEstimation.from_pretrained(model_dirs["depth"]).eval()
    processor = AutoImageProcessor.from_pretrained(model_dirs["depth"], backend="pil")
    with torch.no_grad():
        outputs = model(**processor(images=picture, return_tensors="pt"))
    depth = processor.post_process_depth_estimation(outputs, target_sizes=[(48, 80)])[0]["predicted_depth"].numpy()
    expected = np.round((depth - depth.min()) / (depth.max() - depth.min()) * 255)
    assert np.abs(grey[..., 0].astype(float) - expected).max() <= 1


def test_a_model_that_gives_distances_is_inverted_so_near_stays_bright(model_dirs):
    relative, metric = (load_control_models([f"depth={model_dirs[kind]}"])["depth"] for kind in ("depth", "metric"))
    assert relative.metric is False and metric.metric is True
    as_distance = DepthMapper(relative.model, relative.processor, metric=True)
    near = np.asarray(relative(scene()))[..., 0]
    far = np.asarray(as_distance(scene()))[..., 0]
    assert (far[near == 255] == 0).all() and (far[near == near.min()] == 255).all()
    shown = np.asarray(metric(scene((56, 56))))
    assert shown.shape == (56, 56, 3) and shown.min() == 0 and shown.max() == 255


def test_the_pose_drawing_joins_confident_keypoints_only():
    keypoints = np.zeros((1, 17, 2))
    scores = np.zeros((1, 17))
    for coco, point in {5: (40, 20), 6: (20, 20), 8: (20, 40), 7: (40, 40)}.items():  # shoulders, elbows
        keypoints[0, coco] = point
        scores[0, coco] = 0.9
    scores[0, 7] = 0.1  # the left elbow is not sure
    canvas = np.asarray(draw_pose((64, 64), keypoints, scores, threshold=0.3))
    dim = [tuple(int(c * 0.6) for c in colour) for colour in OPENPOSE_COLOURS]
    assert tuple(canvas[20, 25]) == dim[0]  # neck - right shoulder, OpenPose's first limb
    assert tuple(canvas[20, 35]) == dim[1]  # neck - left shoulder
    assert tuple(canvas[30, 20]) == dim[2]  # right shoulder - right elbow
    assert tuple(canvas[20, 30]) == OPENPOSE_COLOURS[1]  # the neck, between the shoulders, in its own colour
    assert tuple(canvas[40, 20]) == OPENPOSE_COLOURS[3]  # the right elbow
    assert not canvas[25:64, 30:64].any()  # no left elbow and no limb to it
    assert not canvas[:15].any() and not canvas[45:].any()  # no other point was sure
    alone = scores.copy()
    alone[0, 5] = 0.0  # without the left shoulder there is no neck: only the right arm is left
    one_arm = np.asarray(draw_pose((64, 64), keypoints, alone, threshold=0.3))
    assert not one_arm[:, 22:].any() and tuple(one_arm[30, 20]) == dim[2]


def test_the_pose_map_draws_the_tiny_vitposes_keypoints(mappers):
    pose = mappers["pose"]
    picture = scene()
    every = replace(pose, threshold=-np.inf)(picture)
    none = replace(pose, threshold=np.inf)(picture)
    assert every.size == none.size == picture.size and every.mode == "RGB"
    assert not np.asarray(none).any()
    colours = {tuple(int(v) for v in c) for c in np.asarray(every).reshape(-1, 3)} - {(0, 0, 0)}
    palette = set(OPENPOSE_COLOURS) | {tuple(int(c * 0.6) for c in colour) for colour in OPENPOSE_COLOURS}
    assert colours and colours <= palette and OPENPOSE_COLOURS[1] in colours  # the neck's dot, at least


def test_a_person_detector_chooses_the_boxes_the_pose_model_reads(mappers, model_dirs):
    pose = load_control_models([f"pose={model_dirs['pose']}", f"person-detector={model_dirs['people']}"])["pose"]
    picture = scene()
    boxes = pose.people(picture)
    assert len(boxes) == 4 and np.allclose(boxes, [(0, 6, 40, 36)] * 4, atol=0.01)  # x, y, width, height
    keypoints, scores = pose.keypoints(picture, boxes[0])
    expected = draw_pose(picture.size, np.stack([keypoints] * 4), np.stack([scores] * 4), threshold=-np.inf)
    drawn = replace(pose, threshold=-np.inf)(picture)
    assert np.array_equal(np.asarray(drawn), np.asarray(expected))
    assert not np.array_equal(np.asarray(drawn), np.asarray(replace(mappers["pose"], threshold=-np.inf)(picture)))
    nobody = replace(pose, people=replace(pose.people, threshold=0.99))  # the boxes are 96 % sure
    assert nobody.people(picture) == [] and not np.asarray(nobody(picture)).any()
    cats = load_control_models([f"pose={model_dirs['pose']}", f"person-detector={model_dirs['cats']}"])["pose"]
    assert cats.people.person == 1 and cats.people(picture) == []  # boxes of other things are not people


def test_the_keypoints_are_where_transformers_own_processor_puts_them(mappers, model_dirs):
    """transformers' VitPose processor (its cut-out needs scipy, which the app does not install) and its peak and
    box arithmetic find the same points; it then refines them with DARK's Gaussian fit, which on a random model's
    heatmaps wanders anywhere, where we move a quarter cell: so the points agree to within a quarter cell."""
    pytest.importorskip("scipy")
    from transformers import VitPoseForPoseEstimation, VitPoseImageProcessorPil
    from transformers.models.vitpose import image_processing_pil_vitpose as reference

    picture = scene()
    box = (0.0, 0.0, float(picture.width), float(picture.height))
    keypoints, scores = mappers["pose"].keypoints(picture, box)
    processor = VitPoseImageProcessorPil.from_pretrained(model_dirs["pose"])
    model = VitPoseForPoseEstimation.from_pretrained(model_dirs["pose"]).eval()
    with torch.no_grad():
        heatmaps = model(**processor(picture, boxes=[[list(box)]], return_tensors="pt")).heatmaps.numpy()
    center, scale = reference.box_to_center_and_scale(box, image_width=24, image_height=32)
    peaks, peak_scores = reference.get_keypoint_predictions(heatmaps)
    expected = reference.transform_preds(peaks[0], center=center, scale=scale, output_size=[8, 6])
    assert np.allclose(scores, peak_scores[0, :, 0], atol=1e-3)  # PIL rounds the cut-out to bytes, scipy does not
    cell = scale * 200 / np.array([5, 7])  # a heatmap cell (6 x 8 of them, centre to centre), in picture pixels
    found = scores > 0  # transformers puts a point whose peak is not above 0 at (-1, -1), off the heatmap
    assert found.sum() >= 12
    assert (np.abs(keypoints - expected)[found] <= cell / 4 + 1e-3).all()
    assert (np.abs(keypoints - expected)[found] > 1).any()  # and the quarter-cell moves happened


def test_a_bad_spec_or_a_folder_that_is_not_such_a_model_is_a_clear_error(model_dirs, tmp_path):
    for spec, says in (("normals=x", "KIND=PATH_OR_ID"), ("depth", "KIND=PATH_OR_ID"), ("pose=", "KIND=PATH_OR_ID"),
                       (f"depth={tmp_path}", "Could not load the depth model"),
                       (f"depth={model_dirs['pose']}", "Could not load the depth model"),
                       (f"pose={model_dirs['depth']}", "Could not load the pose model")):
        with pytest.raises(GeneratorError, match=says):
            load_control_models([spec])
    with pytest.raises(GeneratorError, match="no 'person' class"):
        load_control_models([f"pose={model_dirs['pose']}", f"person-detector={model_dirs['pets']}"])
    with pytest.raises(GeneratorError, match="give pose=PATH_OR_ID too"):
        load_control_models([f"person-detector={model_dirs['people']}"])
    with pytest.raises(GeneratorError, match="twice"):
        load_control_models([f"depth={model_dirs['depth']}", f"depth={model_dirs['metric']}"])
    with pytest.raises(GeneratorError, match="--control-model pose=PATH_OR_ID"):
        control_map(scene(), "pose", (64, 64), {})
    with pytest.raises(GeneratorError, match="control kind must be one of"):
        control_map(scene(), "normals", (64, 64), {})


def test_the_option_and_its_checks(capsys):
    from server.config import parse_config

    config = parse_config(["--controlnet", "c", "--control-model", "depth=a", "--control-model", "pose=b"], {})
    assert config.control_model == ("depth=a", "pose=b")
    assert parse_config(["--controlnet", "c"], {"DRAWCHAT_CONTROL_MODEL": "depth=a, pose=b"}).control_model == (
        "depth=a", "pose=b")
    with pytest.raises(SystemExit):
        parse_config(["--control-model", "depth=a"], {})
    assert "--controlnet" in capsys.readouterr().err
    on_ray = parse_config(["--controlnet", "c", "--control-model", "depth=a", "--render-backend", "ray"], {})
    assert on_ray.control_model == ("depth=a",)  # the replicas load them too (tests/test_serving_adapters.py)
    with pytest.raises(SystemExit):
        parse_config(["--help"], {})
    assert "--control-model KIND=PATH_OR_ID" in capsys.readouterr().out


def test_a_model_that_cannot_be_loaded_stops_the_app_with_what_to_do(tmp_path, monkeypatch):
    from app import main
    from toyworld.adapter_stages import CONTROLNET_NAME

    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    with pytest.raises(SystemExit, match="could not start: Could not load the depth model .* depth estimator"):
        main(["--no-browser", "--controlnet", str(ROOT / "assets" / "adapters" / CONTROLNET_NAME),
              "--control-model", f"depth={tmp_path}"])


@pytest.fixture(scope="module")
def embedded(model_dirs):
    """The embedded model with the shipped edges ControlNet and both map models (it was trained on edges: these
    tests follow the path a depth map takes, not how well an edges ControlNet draws from one)."""
    from generator.generator import Generator
    from toyworld.adapter_stages import CONTROLNET_NAME

    return Generator.load(str(ROOT / "assets" / "embedded"), device="cpu",
                          controlnet=str(ROOT / "assets" / "adapters" / CONTROLNET_NAME),
                          control_models=[f"depth={model_dirs['depth']}", f"pose={model_dirs['pose']}"])


def test_the_embedded_model_renders_following_a_depth_map(embedded):
    from generator.request import RenderRequest

    assert list(embedded.map_models) == ["depth", "pose"] and "depth maps + pose maps" in embedded.describe()
    request = RenderRequest(prompt="a big red circle at the center on a white background", seed=3, steps=4,
                            control_image=scene(), control_kind="depth")
    result = embedded.render(request)
    assert result.settings["control_kind"] == "depth"
    expected = embedded.map_models["depth"](scene().resize(result.image.size, Image.Resampling.BICUBIC))
    assert np.array_equal(np.asarray(result.control_map), np.asarray(expected))
    edges = embedded.render(replace(request, control_kind="edges"))
    plain = embedded.render(replace(request, control_scale=0.0))
    assert (result.latents - plain.latents).abs().max() > 1e-3 and (result.latents - edges.latents).abs().max() > 1e-3


def test_the_chat_keeps_and_shows_the_depth_map_it_followed(embedded, tmp_path):
    from chat.engine import ChatEngine
    from chat.state import TurnSettings
    from chat.view import snapshot
    from prompt_enhancer.rules import RuleEnhancer

    engine = ChatEngine(embedded, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, TurnSettings(steps=2)).ok
    follow = TurnSettings(steps=2, control="previous", control_kind="depth")
    assert engine.send(state, "make it blue", None, follow).ok
    render = state.session.current.render
    assert render["control_map"].startswith("control-depth-") and (state.folder / render["control_map"]).is_file()
    assert render["settings"]["control_kind"] == "depth"
    followed = snapshot(state, "en").entries[-1]
    assert followed.image_path.name == render["control_map"] and "(depth map, control strength 1)" in followed.text
    assert "深度图" in snapshot(state, "zh").entries[-1].text


def test_the_chat_keeps_and_shows_the_sketch_it_followed(embedded, tmp_path):
    """A sketch needs no model: the chat follows it, keeps it beside the picture and names it in both languages."""
    from chat.engine import ChatEngine
    from chat.state import TurnSettings
    from chat.view import snapshot
    from prompt_enhancer.rules import RuleEnhancer

    engine = ChatEngine(embedded, RuleEnhancer(), root=tmp_path)
    state = engine.new_state()
    assert engine.send(state, "draw a big red circle on a gray background", None, TurnSettings(steps=2)).ok
    assert engine.send(state, "make it blue", None, TurnSettings(steps=2, control="previous", control_kind="sketch")).ok
    render = state.session.current.render
    assert render["control_map"].startswith("control-sketch-") and render["settings"]["control_kind"] == "sketch"
    assert "(sketch (edges over a colour wash), control strength 1)" in snapshot(state, "en").entries[-1].text
    assert "草图" in snapshot(state, "zh").entries[-1].text


def test_the_page_offers_the_kinds_of_map_a_model_was_given_for(embedded, tmp_path):
    import gradio as gr

    from chat.engine import ChatEngine
    from generator.generator import Generator
    from prompt_enhancer.rules import RuleEnhancer
    from server.config import AppConfig
    from server.ui import build_ui
    from toyworld.adapter_stages import CONTROLNET_NAMES

    def offered(generator) -> tuple[str, bool, list[str], str]:
        """The source radio's label, and whether the kind radio shows, what it offers and what it picks first."""
        page = build_ui(ChatEngine(generator, RuleEnhancer(), root=tmp_path), AppConfig(open_browser=False))
        radios = {b.label: b for b in page.blocks.values() if isinstance(b, gr.Radio)}
        kinds = radios["Layout read as"]
        (source,) = [label for label in radios if label.startswith("Follow the")]
        return source, kinds.visible, [value for _, value in kinds.choices], kinds.value

    assert offered(embedded) == ("Follow the layout of", True, ["edges", "sketch", "depth", "pose"], "edges")
    edges_only = Generator.load(str(ROOT / "assets" / "embedded"), device="cpu",
                                controlnet=str(ROOT / "assets" / "adapters" / CONTROLNET_NAMES["edges"]))
    assert offered(edges_only) == ("Follow the layout of", True, ["edges", "sketch"], "edges")
    sketch = Generator.load(str(ROOT / "assets" / "embedded"), device="cpu",
                            controlnet=str(ROOT / "assets" / "adapters" / CONTROLNET_NAMES["sketch"]) + ":2")
    assert offered(sketch) == ("Follow the layout of", True, ["edges", "sketch"], "sketch")  # what it was trained on
