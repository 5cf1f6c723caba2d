"""Reports whose body or year cannot be established: stored flagged with the reason, listed by
``python -m ingest list``, never used for an answer, and answerable once staff set body and
year (``python -m ingest set-identity`` / ``ingest add --agency --year``), with an audit entry.

The reports come from the blind generator (``evals.blindgen``), which designs some reports
whose body is named nowhere in the file; a few generated files of one seed are ingested.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_settings
from tests.test_exports import HashEmbedder  # stand-in vectors: identity is not about the model

SEED, N = 3, 40
KNOWN = ("gulouqu_weijianju_2021.txt", "gulouqu_weijianju_2023.txt")  # 鼓楼区卫健局 of Nanjing and of Fuzhou


def cli(store: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    p = subprocess.run([sys.executable, "-m", "ingest", *args], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=600)
    if check:
        assert p.returncode == 0, p.stderr[-2000:]
    return p


def cli_here(world: dict, monkeypatch, capsys, *args: str) -> tuple[int, str]:
    """``python -m ingest …`` run in this process on the module's service (one model load)."""
    import ingest.__main__ as ingest_cli

    monkeypatch.setattr(ingest_cli, "_service", lambda load_model=True: world["svc"])
    capsys.readouterr()
    code = ingest_cli.main(list(args))
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A store holding two flagged reports (no body named anywhere) and two known ones."""
    from evals.blindgen.generate import generate
    from service import Nianbao

    root = tmp_path_factory.mktemp("identity")
    manifest = {m["file"]: m for m in generate(str(root / "gen"), N, SEED)}
    flagged = sorted(f for f, m in manifest.items() if m["identity_expected"] == "flag" and f.endswith(".txt"))
    assert len(flagged) >= 2, "the generator's seed no longer designs two unidentifiable text reports"
    inbox = root / "in"
    inbox.mkdir()
    one_each: dict[str, str] = {}  # one text report of every other body (for the names test)
    for f, m in sorted(manifest.items()):
        if m["identity_expected"] == "known" and f.endswith(".txt") and f not in KNOWN:
            one_each.setdefault(m["agency"], f)
    one_each.pop(manifest[KNOWN[0]]["agency"], None)
    one_each.pop(manifest[KNOWN[1]]["agency"], None)
    for f in [flagged[0], *KNOWN, *one_each.values()]:
        shutil.copy(root / "gen" / f, inbox / f)
    store = root / "store"
    svc = Nianbao(make_settings(store), embedder=HashEmbedder())
    results = svc.add_paths([inbox])
    assert all(r.status == "added" for r in results), [r.line() for r in results]
    yield {"svc": svc, "store": store, "root": root, "manifest": manifest, "flagged": flagged,
           "results": {Path(r.path).name: r for r in results}}


def _fact_question(m: dict, agency: str) -> str:
    return f"{agency}{m['year']}年本年新收政府信息公开申请多少件？"


def test_unidentifiable_report_is_stored_flagged_with_its_facts(world):
    svc, name = world["svc"], world["flagged"][0]
    res = world["results"][name]
    assert res.agency is None and "FLAGGED" in res.line()
    rep = svc.facts.get_report(res.report_id)
    assert rep.name is None and rep.n_facts > 0  # the facts are kept
    assert rep.identity_flag and "no issuing body" in rep.identity_flag
    known = [svc.facts.get_report(world["results"][f].report_id) for f in KNOWN]
    assert all(r.identity_flag is None for r in known)


def test_ingest_list_shows_flagged_reports_and_why(world, monkeypatch, capsys):
    res = world["results"][world["flagged"][0]]
    out = cli_here(world, monkeypatch, capsys, "list")[1]
    assert "1 flagged" in out and "set-identity" in out
    line = next(ln for ln in out.splitlines() if ln.startswith(res.report_id[:12]) and "no issuing body" in ln)
    assert world["flagged"][0] in line  # which file
    rows = json.loads(cli(world["store"], "list", "--json").stdout)  # the real command, in its own process
    flags = {r["id"]: r["flagged"] for r in rows}
    assert "no issuing body" in flags[res.report_id]
    assert sum(1 for v in flags.values() if v) == 1


def test_every_body_answers_to_the_names_people_use(world):
    """Each stored body asked by three of the names the generator gives it (short Chinese names,
    names without the place, English): its own report, or asked back when the name is also
    another stored body's — never another body's report."""
    svc, manifest = world["svc"], world["manifest"]
    stored = {r.name: r for r in svc.facts.list_reports() if r.name}
    owners: dict[str, set[str]] = {}
    bodies = {m["agency"]: m for m in manifest.values() if m["agency"] in stored}
    for name, m in bodies.items():
        for a in [name, *m["aliases"], *m.get("generic_aliases", [])]:
            owners.setdefault(a, set()).add(name)
    assert len(bodies) >= 10
    for name, m in bodies.items():
        zh = [a for a in m["aliases"] if re.search(r"[\u4e00-\u9fff]", a)]
        en = [a for a in m["aliases"] if not re.search(r"[\u4e00-\u9fff]", a)]
        asked = [zh[0], zh[-1], en[0]] + m.get("generic_aliases", [])[:1]
        year = stored[name].year
        for alias in asked:
            q = (f"{alias}{year}年本年新收政府信息公开申请多少件？" if alias in zh or alias not in en
                 else f"How many new information disclosure requests did {alias} receive in {year}?")
            ans = svc.ask(q)
            got = {r["agency"] for r in ans.record["reports"]}
            if len(owners[alias]) == 1:
                assert got == {name}, (alias, ans.record["answer"])  # its report (the number may be absent)
            else:
                assert got <= owners[alias], (alias, got)
                assert not ans.record["found"] or got == {name}, (alias, ans.record["answer"])


def test_flagged_report_never_answers(world):
    svc, name = world["svc"], world["flagged"][0]
    m, res = world["manifest"][name], world["results"][name]
    true_body = m["true_agency_not_in_file"]
    for q in (_fact_question(m, true_body), f"{m['year']}年收到多少政府信息公开申请？",
              "哪个单位收到的政府信息公开申请最多？"):
        rec = svc.ask(q).record
        assert res.report_id not in {r["id"] for r in rec["reports"]}, (q, rec["answer"])
        assert res.report_id not in json.dumps(rec["facts"], ensure_ascii=False)


def test_set_identity_makes_it_answer_and_is_audited(world, monkeypatch, capsys):
    svc, name = world["svc"], world["flagged"][0]
    m, res = world["manifest"][name], world["results"][name]
    true_body = m["true_agency_not_in_file"]
    assert cli_here(world, monkeypatch, capsys, "set-identity", res.report_id[:10])[0] == 2  # nothing to set
    code, out = cli_here(world, monkeypatch, capsys, "set-identity", res.report_id[:10], "--agency", true_body,
                         "--year", str(m["year"]))
    assert code == 0 and true_body in out and "still flagged" not in out
    rep = svc.facts.get_report(res.report_id)
    assert (rep.name, rep.year, rep.identity_flag) == (true_body, m["year"], None)
    rec = svc.ask(_fact_question(m, true_body)).record
    assert rec["found"] and [r["id"] for r in rec["reports"]] == [res.report_id], rec["answer"]
    fact = rec["facts"][0]
    assert fact["value"] == m["facts"][fact["key"]]  # the number printed in that report
    entry = next(a for a in svc.facts.audit_log() if a.action == "identity" and a.report_id == res.report_id)
    assert entry.actor == "cli" and entry.detail["to"] == {"agency": true_body, "year": m["year"]}
    assert "not used for answers" not in cli_here(world, monkeypatch, capsys, "list")[1]  # none flagged now
    # the same file stored again (its vectors lost): the identity staff set is kept
    svc.stores.vectors.delete_ids(svc.facts.chunk_ids(res.report_id))
    again = svc.add_paths([world["root"] / "in" / name])
    assert [r.status for r in again] == ["reindexed"]
    assert svc.facts.get_report(res.report_id).label() == f"{true_body} {m['year']}"


def test_add_with_agency_and_year_sets_identity(world, monkeypatch, capsys):
    svc, name = world["svc"], world["flagged"][1]
    m = world["manifest"][name]
    path = world["root"] / "gen" / name
    code, out = cli_here(world, monkeypatch, capsys, "add", str(path), "--agency", m["true_agency_not_in_file"],
                         "--year", str(m["year"]))
    assert code == 0 and "1 added" in out
    rep = next(r for r in svc.facts.list_reports() if Path(r.source).name == name)
    assert (rep.name, rep.year, rep.identity_flag) == (m["true_agency_not_in_file"], m["year"], None)
    assert any(a.action == "identity" and a.report_id == rep.id for a in svc.facts.audit_log())
    rec = svc.ask(_fact_question(m, m["true_agency_not_in_file"])).record
    assert rec["found"] and rec["reports"][0]["id"] == rep.id, rec["answer"]


def test_a_name_of_two_places_is_asked_back(world):
    """鼓楼区卫健局 is Nanjing's and Fuzhou's: the answer asks which, and cites neither."""
    rec = world["svc"].ask("鼓楼区卫健局2023年收到多少政府信息公开申请？").record
    q = world["svc"].engine.ask("鼓楼区卫健局2023年收到多少政府信息公开申请？").query
    assert q.agencies == [] and set(q.agency_choices) == {"南京市鼓楼区卫生健康局", "福州市鼓楼区卫生健康局"}
    assert not rec["found"] and rec["facts"] == [] and rec["reports"] == []
    assert "南京市鼓楼区卫生健康局" in rec["answer"] and "福州市鼓楼区卫生健康局" in rec["answer"]  # asked which
    assert "嵩县" not in rec["answer"]  # only the candidates are offered
    passage = world["svc"].ask("鼓楼区卫健局存在哪些主要问题？").record
    assert passage["reports"] == [] and passage["passages"] == []  # no body's text quoted for it either
    one = world["svc"].ask("福州鼓楼区卫健局2023年收到多少政府信息公开申请？").record
    assert one["found"] and one["reports"][0]["agency"] == "福州市鼓楼区卫生健康局", one["answer"]
