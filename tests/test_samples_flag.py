"""Generated, fictional reports are recognised at ingestion: a file listed by name in the
generator's manifest.json beside it (``ingest.samples.is_generated``)."""
from __future__ import annotations

import json
import shutil

from ingest.samples import is_generated
from tests.conftest import ROOT, SEED

SAMPLES = ROOT / "data" / "samples"


def test_bundled_samples_are_generated_and_the_seed_is_not():
    listed = [f["file"] for f in json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))["files"]]
    assert listed and all(is_generated(SAMPLES / name) for name in listed)
    assert not is_generated(SEED)


def test_only_the_generators_manifest_and_only_listed_files_count(tmp_path):
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(SEED, tmp_path / "b.txt")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"generator": "someone else", "files": [{"file": "a.txt"}]}), encoding="utf-8")
    assert not is_generated(tmp_path / "a.txt")
    manifest.write_text(json.dumps({"generator": "nianbao.generator", "files": [{"file": "a.txt"}]}), encoding="utf-8")
    assert is_generated(tmp_path / "a.txt") and not is_generated(tmp_path / "b.txt")
    manifest.write_text("{not json", encoding="utf-8")
    assert not is_generated(tmp_path / "a.txt")
