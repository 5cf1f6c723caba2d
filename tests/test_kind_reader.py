"""The learned question-kind reader (rag/kind_reader.py) and its veto in the engine, on the real
examples, the real generated wordings, the real engine and the real corpus.

- Its training data is what the builder writes, and holds no question of a blind set still held out.
- Its numpy reading is scikit-learn's (the two-class case: one row of weights).
- It generalises: trained without the three pools of the twelfth session (blind103–126), it
  stops almost none of those sets' answerable questions and stops most of their look-alike
  unanswerable ones (measured, not assumed); and it stops none of the generated wordings kept
  out of its training (the odd half).
- In the engine: a question it is sure no report answers gets no number and says what the
  reports hold; a plain question is answered as before.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import make_kind_examples as M
from rag import kind_reader as KR
from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parent.parent


def _turns(name: str, parts=("dev", "test")):
    for part in parts:
        p = ROOT / "evals" / name / f"{part}.jsonl"
        if p.exists():
            for conv in map(json.loads, p.read_text(encoding="utf-8").splitlines()):
                for t in conv["turns"]:
                    yield conv, t


def test_the_examples_file_is_what_the_builder_writes():
    committed = KR.load_examples()
    assert committed == [(label, q) for label, _, q in M.examples()]
    assert sum(label == "none" for label, _ in committed) > 3000 and len(committed) > 30000


def test_no_held_out_question_is_in_the_training_data():
    trained = {q for _, q in KR.load_examples()}
    held = {" ".join(t["question"].split()) for name in M.HELD_OUT for _, t in _turns(name)}
    assert held and not (trained & held)


def test_a_body_or_year_not_held_is_not_taught_as_a_kind():
    assert M.identity_only("宿迁市2025年的行政复议件数是多少？", "")
    assert M.identity_only("洪泽区2022年行政处罚多少件", "")
    assert M.identity_only("Beijing municipal government 2024: number of disclosure requests?", "")
    assert M.identity_only("Huai'an Municipal Education Bureau, 2024: how many disclosure requests did it get?", "")
    assert not M.identity_only("沭阳2025年各个乡镇分别收到多少申请", "")
    assert not M.identity_only("其中男的有几个？", "")
    assert not M.identity_only("沭阳县2026年预计会收到多少信息公开申请", "[cannot] forecast")


def test_the_numpy_reading_is_scikit_learns():
    import numpy as np

    from rag.key_reader import _Linear, _norm, _pipeline

    examples = KR.load_examples()[::7]
    pipe = _pipeline().set_params(logisticregression__C=KR.C).fit([_norm(q) for _, q in examples],
                                                                  [label for label, _ in examples])
    served = _Linear.from_pipeline(pipe)
    qs = ["淮安2024年收到多少申请", "沭阳2025年各个乡镇分别收到多少申请", "Will Huai'an get more requests in 2026?", "zzz"]
    want = pipe.predict_proba([_norm(q) for q in qs])
    for q, w in zip(qs, want):
        assert np.abs(served.proba(_norm(q)) - w).max() < 1e-9


def test_trained_without_three_pools_it_stops_their_lookalikes_and_none_of_their_answerable_questions():
    pools = {f"blind{n}" for n in range(103, 127)}
    out_q = {" ".join(t["question"].split()) for name in pools for _, t in _turns(name)}
    reader = KR.KindReader.fit([(label, q) for label, q in KR.load_examples() if q not in out_q])
    answerable, lookalike = [], []
    for name in sorted(pools):
        for conv, t in _turns(name, ("test",)):
            q = t["question"]
            if t["expect"].get("answerable", True) is not False:
                answerable.append(q)
            elif not M.identity_only(" ".join(q.split()), conv.get("note", "")):
                lookalike.append(q)
    stopped = [q for q in answerable if reader.vetoes(q)]
    caught = sum(reader.vetoes(q) for q in lookalike)
    assert len(answerable) > 4000 and len(stopped) <= 4, stopped  # measured 1 of 4,390
    assert caught / len(lookalike) >= 0.65  # measured 585 of 799 (0.73)


def test_refitted_without_pool_26_it_stops_its_lookalikes_and_hardly_any_answerable_question():
    # the thirty-fourth session's refit (pools 12–26 as sources), trained again without pool 26 (blind249–254) and
    # read on its tests: the leave-pool-out trial the refit was kept on (README)
    pool = {f"blind{n}" for n in range(249, 255)}
    out_q = {" ".join(t["question"].split()) for name in pool for _, t in _turns(name)}
    reader = KR.KindReader.fit([(label, q) for label, q in KR.load_examples() if q not in out_q])
    answerable, lookalike = [], []
    for name in sorted(pool):
        for conv, t in _turns(name, ("test",)):
            q = t["question"]
            if t["expect"].get("answerable", True) is not False:
                answerable.append(q)
            elif not M.identity_only(" ".join(q.split()), conv.get("note", "")):
                lookalike.append(q)
    stopped = [q for q in answerable if reader.vetoes(q)]
    caught = sum(reader.vetoes(q) for q in lookalike)
    assert len(answerable) > 1300 and len(stopped) <= 3, stopped  # measured 1 of 1,349
    assert caught / len(lookalike) >= 0.8  # measured 160 of 182 (the reader fitted before the refit: 142)


def test_it_stops_no_generated_wording_it_was_not_trained_on():
    from evals import wordings as W

    r = KR.reader()
    kept_out = [x["question"] for x in W.load() if x.get("answerable", True) and int(x["id"].rsplit("-", 1)[1]) % 2]
    stopped = [q for q in kept_out if r.vetoes(q)]
    assert len(kept_out) > 1500 and len(stopped) <= 1, stopped  # measured 0 of 1,933


# -- in the engine ------------------------------------------------------------------------------------
corpus_only = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    corpus_service.model_ready_event.wait(300)
    return corpus_service


@corpus_only
@pytest.mark.parametrize("question", [
    # blind109, blind123 (read): the rules answered these with a number; the reader stops them
    "Does Shuyang 2025 deserve praise for its disclosure work?",
    "淮安市2024年申请信息公开的人里 有几个是我们村的",
    "In Shuyang 2025 there was a lawsuit about a land expropriation disclosure — who won?",
    "My lawyer sued the Shanghai General Office in 2025 over a refusal — has the court ruled?",
    # blind127's test (read after its score): a quoted number pointed at, not asked to be confirmed
    "我邻居2025年向沭阳县政府申请公开征地补偿款明细，被说信息不存在。那111件不掌握的里面有他的吗？他能不能再申请？",
])
def test_a_question_no_report_answers_gets_no_number_and_says_what_the_reports_hold(svc, question):
    import re

    rec = svc.ask(question).record
    assert rec["found"] is False and rec["value"] is None and rec["vetoed"]["none_probability"] >= KR.VETO
    assert not rec["facts"] and not rec.get("clarify")
    assert not re.search(r"\d", re.sub(r"20\d\d", "", rec["answer"]))  # no number but a year
    assert ("年报" in rec["answer"]) if rec["language"] == "zh" else ("annual reports" in rec["answer"])


@corpus_only
@pytest.mark.parametrize("question, value", [
    ("沭阳县2025年收到多少信息公开申请", 713),
    ("How many disclosure requests did Huai'an receive in 2024?", 3119),
    ("Huai'an Municipal Education Bureau, 2024: how many disclosure requests did it get?", 3),
    ("淮安市2024年行政复议是351件吗", 351),  # the asker's own number, confirmed from the table
])
def test_a_plain_question_is_answered_as_before(svc, question, value):
    rec = svc.ask(question).record
    assert rec["value"] == value and "vetoed" not in rec

