"""The deployment as written: docker-compose.yml resolved by compose v2 with .env.example, and
each Kubernetes overlay rendered by kustomize. Missing tools fail, never skip."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import compose
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
OVERLAYS = ("dev", "prod")


def compose_config() -> dict:
    binary = Path(compose.__file__).with_name("docker-compose")
    result = subprocess.run(
        [str(binary), "--env-file", ".env.example", "-f", "docker-compose.yml", "config", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def render(kustomize_dir: Path) -> list[dict]:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is needed to render the overlays"
    result = subprocess.run([kubectl, "kustomize", str(kustomize_dir)], capture_output=True, text=True, check=True)
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


@pytest.fixture(scope="session")
def compose_services() -> dict[str, dict]:
    return compose_config()["services"]


@pytest.fixture(scope="session")
def overlays() -> dict[str, list[dict]]:
    return {name: render(ROOT / "deploy/k8s/overlays" / name) for name in OVERLAYS}


def objects(rendered: list[dict], kind: str) -> dict[str, dict]:
    return {doc["metadata"]["name"]: doc for doc in rendered if doc["kind"] == kind}


def pod_spec(workload: dict) -> dict:
    return workload["spec"]["template"]["spec"]
