"""`python -m ingest add ../shared/corpus`: every real report stored with the right agency and
year, re-adding changes nothing, and an English question finds a Chinese table-三 passage."""
from __future__ import annotations

import csv

import pytest

from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.slow


def _manifest():
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_corpus_report_has_its_agency_and_year(corpus, corpus_service):
    by_name = {r.path.split("/")[-1]: r for r in corpus_service.ingest_results}
    for row in _manifest():
        res = by_name[row["file"]]
        if row["agency"] == "-":  # the blank template is not a report
            assert res.status == "failed" and "template" in res.message
            continue
        assert res.status in ("added", "unchanged"), res.line()
        assert (res.agency, res.year) == (row["agency"], int(row["year"])), row["file"]


def test_adding_again_changes_nothing(corpus, corpus_service):
    before = (corpus_service.facts.counts(), corpus_service.stores.vectors.count())
    again = corpus_service.ingester.add_paths([ROOT / "data", CORPUS])
    assert {r.status for r in again} <= {"unchanged", "failed"}
    # the corpus README and the blank template are refused, each with its reason
    failed = {r.path.split("/")[-1]: r.message for r in again if r.status == "failed"}
    assert set(failed) == {"README.md", "template_2021_blank.docx"}, failed
    assert "not a government" in failed["README.md"] and "template" in failed["template_2021_blank.docx"]
    assert (corpus_service.facts.counts(), corpus_service.stores.vectors.count()) == before


def test_english_question_finds_a_chinese_section_three_chunk(corpus, corpus_service):
    svc = corpus_service
    hits = svc.stores.vectors.query(svc.stores.embed_query("how many applications were withheld"), k=5)
    assert any(h.metadata.get("section") == 3 for h in hits), [(h.metadata, h.text[:40]) for h in hits]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in h.text) for h in hits)
