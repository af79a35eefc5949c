"""The render backend's settings: flags and variables, Serve's deployment options, and no Ray needed for local."""

from __future__ import annotations

import sys

import pytest

from server.config import parse_config
from serving.options import ReplicaOptions


def test_local_is_the_default_and_has_one_lane():
    config = parse_config([], {})
    assert config.render_backend == "local" and config.render_lanes == 1


def test_ray_flags_and_variables():
    config = parse_config(["--render-backend", "ray", "--ray-address", "auto", "--ray-replicas", "3",
                           "--ray-max-replicas", "6"], {"DRAWCHAT_RAY_GPUS_PER_REPLICA": "1",
                                                        "DRAWCHAT_RAY_MAX_QUEUED": "40"})
    assert (config.render_backend, config.ray_address, config.ray_replicas, config.ray_max_replicas,
            config.ray_gpus_per_replica, config.ray_max_queued, config.render_lanes) == ("ray", "auto", 3, 6, 1.0,
                                                                                          40, 6)
    with pytest.raises(SystemExit):
        parse_config(["--render-backend", "ray", "--ray-replicas", "3", "--ray-max-replicas", "2"], {})


def test_replica_options_become_serve_deployment_options(tmp_path):
    fixed = ReplicaOptions(replicas=2, max_queued=16).deployment_options(tmp_path)
    assert fixed["num_replicas"] == 2 and fixed["max_queued_requests"] == 16
    assert fixed["ray_actor_options"]["num_cpus"] == 1 and fixed["ray_actor_options"]["num_gpus"] == 0
    assert fixed["ray_actor_options"]["runtime_env"]["env_vars"]["PYTHONPATH"] == str(tmp_path)
    scaled = ReplicaOptions(replicas=1, max_replicas=4, gpus=1).deployment_options(tmp_path)
    assert "num_replicas" not in scaled
    assert scaled["autoscaling_config"]["max_replicas"] == 4 and scaled["ray_actor_options"]["num_gpus"] == 1
    with pytest.raises(ValueError):
        ReplicaOptions(replicas=0)


def test_replicas_take_the_front_ends_hub_settings_not_a_forced_offline(tmp_path):
    """A hub id not yet cached must download on a replica as it does locally: only the front end's own
    HF_HUB_OFFLINE (and where its cache is) reach the replicas."""
    online = ReplicaOptions().deployment_options(tmp_path, environ={"PATH": "/bin"})
    assert "HF_HUB_OFFLINE" not in online["ray_actor_options"]["runtime_env"]["env_vars"]
    offline = ReplicaOptions().deployment_options(tmp_path, environ={"HF_HUB_OFFLINE": "1", "HF_HOME": "/models"})
    env = offline["ray_actor_options"]["runtime_env"]["env_vars"]
    assert (env["HF_HUB_OFFLINE"], env["HF_HOME"]) == ("1", "/models")


def test_asking_for_ray_without_it_installed_says_how_to_install(monkeypatch):
    from server.factory import remote_generator

    monkeypatch.setitem(sys.modules, "serving.ray_backend", None)  # as if ray were not installed
    with pytest.raises(SystemExit, match="requirements-ray.txt"):
        remote_generator(parse_config(["--render-backend", "ray"], {}), "model")


def test_the_serving_room_imports_no_ray_until_asked():
    import subprocess

    code = ("import sys, serving.codec, serving.remote, serving.worker, serving.options, server.factory; "
            "print('ray' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
