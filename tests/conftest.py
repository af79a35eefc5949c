"""Every test runs offline: nothing may reach a model hub.

Tiny models on 2 cores run fastest on one thread each (more threads only thrash, worst when the app runs in a
second process beside the test); set before torch is imported, inherited by the apps the tests start.
"""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def tiny_pipeline_dir(tmp_path_factory: pytest.TempPathFactory):
    """The tiny HunyuanDiT checkpoint (tests/tiny_pipeline.py), built once and saved in diffusers layout."""
    from tiny_pipeline import save_tiny_pipeline

    return save_tiny_pipeline(tmp_path_factory.mktemp("tiny_hunyuandit"))


@pytest.fixture
def single_torch_thread():
    """One intra-op thread for tests of tiny models: they gain nothing from threads, and on the shared 2-core
    machine two threads per process spin against other jobs (the generator tests: >15 min vs ~15 s CPU)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
