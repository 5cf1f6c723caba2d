"""The vocabulary is written once: a key added to a copy of ``vocab/fact_keys.tsv`` (and nowhere
else) is parsed from a report, understood in a question and cited, with no other edit.

Runs in a subprocess whose settings name the copy (``NIANBAO_FACT_KEYS_TSV``), so that every
module reads the extended vocabulary at import, as a real deployment would."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEED

COLUMNS = [("natural_person", "自然人"), ("commercial", "法人或其他组织/商业企业"),
           ("research", "法人或其他组织/科研机构"), ("public_interest", "法人或其他组织/社会公益组织"),
           ("legal_services", "法人或其他组织/法律服务机构"), ("other_org", "法人或其他组织/其他"), ("total", "总计")]

PROBE = r'''
import json, sys
from pathlib import Path
from ingest.extract import extract_file
from rag.understanding import Agency, understand
from vocab.labels import cite
from vocab import keys

rec = extract_file(sys.argv[1])
facts = {f["key"]: f["value"] for f in rec["facts"]}
q = understand("涧西区2020年属于测试事项的申请有几件？", [Agency("涧西区人民政府办公室", "涧西区", [])],
               {"涧西区人民政府办公室": [2020]})
print(json.dumps({
    "rows": keys.request_rows("2019"),
    "fact": facts.get("requests.withheld.test_matter.total"),
    "natural": facts.get("requests.withheld.test_matter.natural_person"),
    "withheld_total": facts.get("requests.withheld.total"),
    "warnings": rec["warnings"],
    "keys": q.keys,
    "citation": cite("requests.withheld.test_matter.total", "涧西区人民政府办公室", 2020, "3", "zh", "2019"),
}, ensure_ascii=False))
'''


def test_a_key_added_to_the_vocabulary_reaches_parsing_understanding_and_citation(tmp_path):
    src = (ROOT / "vocab" / "fact_keys.tsv").read_text(encoding="utf-8").splitlines()
    at = max(i for i, line in enumerate(src) if line.startswith("requests.withheld.admin_query."))
    new = [f"requests.withheld.test_matter.{col}\trequests\t2019,2021\t三/（三）不予公开/9.属于测试事项\t{zh}\t"
           f"withheld: test matters — {col}" for col, zh in COLUMNS]
    tsv = tmp_path / "fact_keys.tsv"
    tsv.write_text("\n".join(src[: at + 1] + new + src[at + 1:]) + "\n", encoding="utf-8")

    text = SEED.read_text(encoding="utf-8")
    line = "8.属于行政查询事项 0 0 0 0 0 0 0"
    assert line in text
    report = tmp_path / "jianxi_2020.txt"
    report.write_text(text.replace(line, line + "\n9.属于测试事项 3 0 0 0 0 0 3"), encoding="utf-8")

    env = {**os.environ, "NIANBAO_FACT_KEYS_TSV": str(tsv)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(report)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert "withheld.test_matter" in got["rows"]
    assert got["fact"] == 3 and got["natural"] == 3, got
    assert got["withheld_total"] == 3, got  # the derived sum takes the new sub-item in
    assert got["keys"] == ["requests.withheld.test_matter.total"], got
    assert "9.属于测试事项" in got["citation"], got


def test_the_vocabulary_copy_matches_the_spec():
    """vocab/fact_keys.tsv is the spec's list (a copy, so the project runs without ../shared)."""
    from tests.conftest import SHARED

    spec = SHARED / "spec" / "fact_keys.tsv"
    if not spec.exists():
        import pytest

        pytest.skip(f"{spec} is absent")
    assert (ROOT / "vocab" / "fact_keys.tsv").read_text(encoding="utf-8") == spec.read_text(encoding="utf-8")
