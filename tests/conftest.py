"""Shared test setup: offline, no telemetry, and the path of the shared corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
GOLD = CORPUS / "gold"
SEED = ROOT / "data" / "seed_jianxi_2020.txt"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus is absent ({CORPUS}): the real-report tests need it")
    return CORPUS
