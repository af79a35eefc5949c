"""How many render replicas, how big, how they scale and how much may wait: plain settings, turned into Ray
Serve's deployment options here so they can be checked without Ray installed."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The front end's hub settings a replica needs to find (or fetch) the same model: its own, never forced. A token
# stays in HF_HOME's files rather than in Ray's runtime_env, which its dashboard shows.
HUB_VARIABLES = ("HF_HUB_OFFLINE", "HF_HOME", "HF_HUB_CACHE", "HF_ENDPOINT")


@dataclass(frozen=True)
class ReplicaOptions:
    replicas: int = 2  # replicas to start with (and keep, unless max_replicas is above it)
    max_replicas: int = 0  # above `replicas`: Serve adds replicas while requests wait, up to this many
    max_ongoing: int = 2  # calls one replica takes at once: one render drawing, one small call (prompt check)
    max_queued: int = 16  # renders waiting for a replica before callers are told "busy" (back-pressure)
    gpus: float = 0.0  # per replica: 1 on a GPU machine, so each replica holds one GPU and one pipeline
    cpus: float = 1.0  # per replica; its torch threads follow it

    def __post_init__(self) -> None:
        if self.replicas < 1:
            raise ValueError(f"at least one render replica is needed, got {self.replicas}")
        if self.max_replicas and self.max_replicas < self.replicas:
            raise ValueError(f"max replicas ({self.max_replicas}) is below the replicas to start ({self.replicas})")
        if self.max_ongoing < 1:
            raise ValueError(f"a replica must take at least one call at once, got {self.max_ongoing}")

    @property
    def autoscaling(self) -> bool:
        return self.max_replicas > self.replicas

    @property
    def threads(self) -> int:
        return max(1, int(self.cpus))

    def deployment_options(self, code_root: Path, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
        """`serve.deployment(...).options(**these)`: replicas or autoscaling, limits, resources, the code's path.
        `environ` (the front end's environment by default) gives the replicas its hub settings."""
        scale: dict[str, Any] = {"num_replicas": self.replicas}
        if self.autoscaling:  # one render in flight per replica is the target: more waiting means more replicas
            scale = {"autoscaling_config": {"min_replicas": self.replicas, "initial_replicas": self.replicas,
                                            "max_replicas": self.max_replicas, "target_ongoing_requests": 1}}
        threads = str(self.threads)
        environ = os.environ if environ is None else environ
        hub = {name: environ[name] for name in HUB_VARIABLES if name in environ}
        return {
            **scale,
            "max_ongoing_requests": self.max_ongoing,
            "max_queued_requests": self.max_queued,
            "ray_actor_options": {
                "num_cpus": self.cpus,
                "num_gpus": self.gpus,
                # The replicas import this repository's code: on one machine from its folder; on a cluster every
                # node needs the same code at the same path (a shared image), see the README.
                "runtime_env": {"env_vars": {"PYTHONPATH": str(code_root), "OMP_NUM_THREADS": threads,
                                             "MKL_NUM_THREADS": threads, **hub}},
            },
        }

    def describe(self) -> str:
        count = f"{self.replicas}-{self.max_replicas} replicas (autoscaling)" if self.autoscaling else (
            f"{self.replicas} replica{'s' if self.replicas != 1 else ''}")
        unit = f"{self.gpus:g} GPU" if self.gpus else f"{self.cpus:g} CPU"
        return f"{count}, {unit} each, up to {self.max_queued} waiting"
