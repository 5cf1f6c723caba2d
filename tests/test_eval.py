"""The evaluation set's smoke subset against the real engine over the real corpus.

About 30 questions tagged "smoke" in evals/questions.jsonl cover every kind (value, sum,
difference, ranking, table, check, passage, unanswerable); each must pass the same scorer
``python -m evals.run`` uses: fact questions exact to the last digit and from the right report,
unanswerable ones found false with value null. Also checks the scorer itself and that the
committed question file still matches its generator.
"""
from __future__ import annotations

import json

import pytest

from evals.run import KINDS, load_questions, score, summarize, run
from evals.plain_baseline import number_after_question_words
from tests.conftest import ROOT

QUESTIONS = ROOT / "evals" / "questions.jsonl"


def test_question_file_is_well_formed_and_covers_every_kind():
    qs = load_questions([QUESTIONS])
    assert len(qs) >= 200
    assert len({q["id"] for q in qs}) == len(qs)
    kinds = {q["kind"] for q in qs}
    assert kinds == set(KINDS)
    assert {q["language"] for q in qs} == {"zh", "en"}
    for q in qs:
        e = q["expect"]
        if q["kind"] == "unanswerable":
            assert e["found"] is False and e["value"] is None, q["id"]
        if q["kind"] in ("value", "sum", "difference", "ranking"):
            assert isinstance(e["value"], (int, float)) and e.get("agency"), q["id"]
        if q["kind"] == "passage":
            assert e["section"] in range(1, 7), q["id"]
    smoke = load_questions([QUESTIONS], tag="smoke")
    assert {q["kind"] for q in smoke} == set(KINDS)


def test_committed_questions_match_the_generator(corpus):
    """evals/questions.jsonl is generated output: regenerating must give the same lines."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_questions", ROOT / "evals" / "make_questions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = [json.dumps(q, ensure_ascii=False) for q in mod.build()]
    assert built == QUESTIONS.read_text(encoding="utf-8").splitlines()


def test_scorer_rules():
    q = {"id": "v", "kind": "value", "question": "?",
         "expect": {"found": True, "value": 17, "agency": "涧西区人民政府办公室", "year": 2020}}
    rec = {"found": True, "value": 17, "reports": [{"agency": "涧西区人民政府办公室", "year": 2020}]}
    assert score(q, rec)[0]
    assert not score(q, {**rec, "value": 17.5})[0]
    assert not score(q, {**rec, "reports": [{"agency": "洛阳市河西区人民政府办公室", "year": 2020}]})[0]
    # a stored name without the city prefix still names the same body
    q2 = {**q, "expect": {**q["expect"], "agency": "淮安市洪泽区人民政府", "year": 2023}}
    assert score(q2, {**rec, "reports": [{"agency": "洪泽区人民政府", "year": 2023}]})[0]
    assert not score(q2, {**rec, "reports": [{"agency": "淮安市人民政府", "year": 2023}]})[0]
    un = {"id": "u", "kind": "unanswerable", "question": "?", "expect": {"found": False, "value": None}}
    assert score(un, {"found": False, "value": None})[0]
    assert not score(un, {"found": True, "value": None})[0]
    assert not score(un, {"found": False, "value": 3})[0]
    p = {"id": "p", "kind": "passage", "question": "?",
         "expect": {"found": True, "agency": "沭阳县人民政府", "year": 2025, "section": 5}}
    top = [{"report": {"agency": "沭阳县人民政府", "year": 2025}, "section": s, "text": ""} for s in (1, 1, 5, 5)]
    assert score(p, {"found": True, "passages": top[:3], "reports": []})[0]
    assert not score(p, {"found": True, "passages": top[:2], "reports": []})[0]


def test_baseline_value_is_the_number_after_the_question_words():
    text = "全年共收到依申请公开17件，办结15件，在办2件。"
    assert number_after_question_words("涧西区2020年收到依申请公开多少件", text) == 17
    assert number_after_question_words("GDP是多少", text) is None


@pytest.fixture(scope="module")
def smoke_results(corpus, corpus_service):
    qs = load_questions([QUESTIONS], tag="smoke")
    return qs, run(qs, lambda s: corpus_service.ask(s).record)


def _failures(results, kinds):
    return "\n".join(f"[{r['id']}] {r['question']}: {r['reason']} (expected {r['expect']}, got {r['got']})"
                     for r in results if not r["ok"] and r["kind"] in kinds)


def test_smoke_fact_questions_are_exact(smoke_results):
    _, results = smoke_results
    kinds = {"value", "sum", "difference", "ranking"}
    assert not _failures(results, kinds), "\n" + _failures(results, kinds)


def test_smoke_unanswerable_questions_give_no_number(smoke_results):
    _, results = smoke_results
    assert not _failures(results, {"unanswerable"}), "\n" + _failures(results, {"unanswerable"})


def test_smoke_tables_checks_and_passages(smoke_results):
    _, results = smoke_results
    kinds = {"table", "check", "passage"}
    assert not _failures(results, kinds), "\n" + _failures(results, kinds)
    assert summarize(results)["overall"]["n"] >= 25


def test_retrieval_eval_distractors_are_generated_reports_kept_for_a_rerun(tmp_path):
    """`evals/retrieval_eval.py --distractors N`: N more generated reports (in batches with their
    own seeds), kept in the work folder so that a re-run resumes instead of generating again."""
    from evals import retrieval_eval as mod

    files = mod.distractor_files(tmp_path, 3, batch=2)
    assert len(files) == 3 and len(set(files)) == 3 and all(f.is_file() for f in files)
    assert {f.parent.name for f in files} == {"distractors000", "distractors001"}
    stamp = (tmp_path / "distractors000" / "manifest.json").stat().st_mtime_ns
    assert mod.distractor_files(tmp_path, 3, batch=2) == files
    assert (tmp_path / "distractors000" / "manifest.json").stat().st_mtime_ns == stamp
