"""The staff tables as downloads (CSV, Excel), the views behind them (several bodies compared,
check names in words, levels of bodies), the audit log written by the service, and the
original-file route (staff token, only files of reports the store holds).

One real store for the module (real parser, real fact and vector stores) over four small
reports; a stand-in embedder (hashed characters) keeps it fast: nothing here retrieves."""
from __future__ import annotations

import csv
import hashlib
import io

import openpyxl
import pytest

from tests.conftest import ROOT, SEED, make_settings

SAMPLES = ROOT / "data" / "samples"
FILES = [SEED, SAMPLES / "sample_1_2020_spaces.txt", SAMPLES / "sample_2_2023_lines.txt",
         SAMPLES / "sample_3_2023_pipes.txt"]


class HashEmbedder:
    """Deterministic 32-dimension vectors from the characters of a text."""

    model_id = "test-hash-32"

    def load(self) -> None:
        pass

    def _vec(self, text: str) -> list[float]:
        v = [0.0] * 32
        for ch in text:
            v[hashlib.blake2s(ch.encode(), digest_size=1).digest()[0] % 32] += 1.0
        n = sum(x * x for x in v) ** 0.5 or 1.0
        return [x / n for x in v]

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        return [self._vec(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vec(text)


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    from service import Nianbao

    tmp = tmp_path_factory.mktemp("exports")
    s = Nianbao(make_settings(tmp / "store"), embedder=HashEmbedder())
    results = s.add_paths(FILES, actor="test")
    assert [r.status for r in results] == ["added"] * len(FILES), [r.line() for r in results]
    s.tmp = tmp
    return s


def _xlsx_rows(data: bytes, sheet: str | None = None) -> list[dict]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb[sheet] if sheet else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


# -- the vocabulary ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, level", [
    ("淮安市人民政府", "city"), ("淮安市洪泽区人民政府", "district"), ("沭阳县人民政府", "county"),
    ("上海市人民政府办公厅", "province"), ("江苏省人民政府", "province"), ("上海市科学技术委员会", "department"),
    ("淮安市教育局", "department"), ("涧西区人民政府办公室", "district"), ("赣州市青山县人民政府", "county"),
    ("某某街道办事处", "street"), ("高沟镇人民政府", "street"), ("", None),
])
def test_body_level_from_the_name(name, level):
    from vocab.bodies import body_level

    assert body_level(name) == level


def test_every_check_the_rules_make_has_words():
    from vocab.checks import check_label, check_words, cross_year_check

    names = {"balance:natural_person", "processed_sum:total", "row_total:withheld.state_secret", "appeals:review",
             "narrative:received", "narrative:litigation", "cross_year:total"}
    names |= {c.name for c in cross_year_check({}, {}, "2020", "2021")}
    for name in names:
        zh, en = check_words(name)
        assert name not in zh and name not in en and zh != en, name
        assert zh in check_label(name) and en in check_label(name)
    assert check_words("balance:natural_person")[0].startswith("收支平衡（自然人）")
    assert "Balance (natural persons)" in check_words("balance:natural_person")[1]


def test_checks_of_a_stored_report_are_all_in_words(svc):
    from vocab.checks import check_words

    for rep in svc.facts.list_reports():
        for c in svc.facts.checks_for(rep.id):
            assert check_words(c.name)[0] != c.name, c.name


# -- the bytes -----------------------------------------------------------------------------------

def test_csv_and_xlsx_bytes():
    from service.exports import to_csv, to_xlsx

    rows = [{"单位 body": "涧西区", "件 n": 17, "note": "=HYPERLINK(\"http://x\")"}, {"单位 body": "-1", "件 n": None}]
    data = to_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese right
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed[0]["单位 body"] == "涧西区" and parsed[0]["件 n"] == "17"
    assert parsed[0]["note"].startswith("'=")  # a formula stays text
    assert parsed[1]["单位 body"] == "-1"  # a number-like text is left alone
    book = to_xlsx({"a/b:c": rows, "a/b:c ": rows})
    wb = openpyxl.load_workbook(io.BytesIO(book))
    assert len(wb.sheetnames) == 2 and all(":" not in n and "/" not in n for n in wb.sheetnames)
    assert wb.worksheets[0]["B2"].value == 17 and isinstance(wb.worksheets[0]["B2"].value, int)


# -- the views' rows against the store --------------------------------------------------------------

def test_report_download_holds_the_stored_numbers(svc):
    from service import views
    from service.exports import to_csv, to_xlsx

    view = views.report_view(svc.facts, "涧西区人民政府办公室", 2020)
    sheets = views.report_sheets(view)
    stored = svc.facts.fact_values(view.report.id)
    facts = _xlsx_rows(to_xlsx(sheets), "数字 facts")
    assert len(facts) > 100
    for row in facts:
        assert row["数值 value"] == stored[row["键 key"]], row
    assert {r["表 table"] for r in facts} == {"表二", "表三", "表四"}
    received = next(r for r in facts if r["键 key"] == "requests.received.total")
    assert received["数值 value"] == 17 and received["列 column"] == "总计"
    table3 = _xlsx_rows(to_xlsx(sheets), "表三")
    assert table3[0]["项目 item"].startswith("一、本年新收") and table3[0]["总计"] == 17
    lines = list(csv.DictReader(io.StringIO(to_csv(sheets["数字 facts"]).decode("utf-8-sig"))))
    assert len(lines) == len(facts)


def test_bodies_compared_by_year_region_and_level(svc):
    from service import views

    t = views.bodies_compared(svc.facts, year=2020)
    assert {r["单位 body"] for r in t.rows} == {"涧西区人民政府办公室", "洛阳市河西区人民政府办公室"}
    for row in t.rows:
        rep = views.primary(svc.facts)[(row["单位 body"], 2020)]
        values = svc.facts.fact_values(rep.id)
        assert row["收到申请 received"] == values["requests.received.total"]
        assert row["不予公开 withheld"] == values["requests.withheld.total"]
        appealed = sum(values[f"appeals.{g}.total"] for g in ("review", "litigation_direct", "litigation_after_review"))
        assert row["复议诉讼合计 appealed (reviews + lawsuits)"] == appealed
    assert {p["bar"] for p in t.points} == {f"{b} · {m}" for b in ("涧西区", "洛阳市河西区")
                                            for m in ("收到申请", "不予公开", "复议诉讼合计")}
    assert [r["单位 body"] for r in views.bodies_compared(svc.facts, region="洛阳市").rows] == ["洛阳市河西区人民政府办公室"]
    assert [r["单位 body"] for r in views.bodies_compared(svc.facts, level="department").rows] == ["淮安市教育局"]
    assert len(views.bodies_compared(svc.facts, level="county").rows) == 1
    assert "洛阳市" in views.region_choices(svc.facts) and "洛阳市河西区" in views.region_choices(svc.facts)


def test_failed_checks_rows_name_checks_in_words(svc, tmp_path):
    from service import views

    bad = tmp_path / "ceshi_2020.txt"
    text = SEED.read_text(encoding="utf-8").replace("涧西区", "测试区")
    bad.write_text(text.replace("一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17",
                                "一、本年新收政府信息公开申请数量 18 0 0 0 0 0 17"), encoding="utf-8")
    res = svc.add_upload(bad, bad.name, actor="test-staff")
    try:
        rows = views.failed_check_rows(views.failed_checks(svc.facts))
        mine = [r for r in rows if "测试区" in r["单位与年度 body and year"]]
        assert mine and all(r["核对 check"] != r["检查名 check id"] for r in mine)
        assert any(r["核对 check"].startswith("行合计") for r in mine), mine
        html = views.report_view(svc.facts, "测试区人民政府办公室", 2020)
        assert html is not None and not any("row_total:" in f for t in html.tables for f in t.failed)
    finally:
        svc.remove(res.report_id, actor="test-staff")


# -- the audit log ------------------------------------------------------------------------------------

def test_service_records_every_staff_action(svc, tmp_path):
    from service import views

    copy = tmp_path / "fuzhi_2020.txt"
    copy.write_text(SEED.read_text(encoding="utf-8").replace("涧西区", "复制区"), encoding="utf-8")
    added = svc.add_upload(copy, copy.name, actor="alice")
    again = svc.add_upload(copy, "renamed.txt", actor="alice")
    assert again.status == "unchanged" and again.report_id == added.report_id
    bad = tmp_path / "notes.txt"
    bad.write_text("没有表格的文字。", encoding="utf-8")
    failed = svc.add_upload(bad, bad.name, actor="alice")
    assert failed.status == "failed"
    uploads = svc.settings.store_dir / "uploads"
    assert not any(p.name == "notes.txt" for p in uploads.rglob("*")), "a failed upload leaves nothing"
    assert svc.set_identity(added.report_id, agency="复制区人民政府", year=2021, actor="bob")
    assert svc.remove(added.report_id, actor="carol")
    log = svc.facts.audit_log(limit=10)
    actions = [(a.action, a.actor, a.report_id) for a in log[:5]]
    assert actions == [("remove", "carol", added.report_id), ("identity", "bob", added.report_id),
                       ("upload", "alice", None), ("upload", "alice", added.report_id),
                       ("upload", "alice", added.report_id)], actions
    assert log[2].detail["status"] == "failed" and log[3].detail["status"] == "unchanged"
    assert "复制区人民政府 2021" in log[1].summary
    rows = views.audit_rows(svc.facts)
    assert rows[0]["操作 action"] == "删除 remove" and rows[1]["操作 action"].startswith("更正")
    assert any(a.action == "add" and a.actor == "test" for a in svc.facts.audit_log(limit=200))


# -- the original file ------------------------------------------------------------------------------

@pytest.fixture()
def client(svc, monkeypatch):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    import web.exports as web_exports

    monkeypatch.setattr(web_exports, "get_service", lambda: svc)
    api = FastAPI()
    web_exports.add_download_routes(api, token=lambda: "tok")
    return TestClient(api)


def test_original_file_for_staff_only(svc, client, tmp_path):
    rep = next(r for r in svc.facts.list_reports() if r.source.endswith(SEED.name))
    url = f"/api/reports/{rep.id}/file"
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"X-Staff-Token": "wrong"}).status_code == 401
    r = client.get(url, headers={"X-Staff-Token": "tok"})
    assert r.status_code == 200 and r.content == SEED.read_bytes()
    assert r.headers["content-disposition"].startswith("attachment")
    assert r.headers["x-content-type-options"] == "nosniff"
    client.cookies.set("nb_staff", "tok")
    assert client.get(url).status_code == 200
    client.cookies.clear()
    assert client.get(url, headers={"Authorization": "Bearer tok"}).status_code == 200
    for bad in ("..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", rep.id[:12], "0" * 64):
        assert client.get(f"/api/reports/{bad}/file", headers={"X-Staff-Token": "tok"}).status_code == 404, bad


def test_original_file_that_changed_is_not_served(svc, client, tmp_path):
    src = tmp_path / "changing_2020.txt"
    src.write_text(SEED.read_text(encoding="utf-8").replace("涧西区", "变更区"), encoding="utf-8")
    res = svc.add_paths([src], actor="test")[0]
    try:
        src.write_text("something else", encoding="utf-8")
        r = client.get(f"/api/reports/{res.report_id}/file", headers={"X-Staff-Token": "tok"})
        assert r.status_code == 410
    finally:
        svc.remove(res.report_id)


def test_tables_over_http(svc, client):
    rep = next(r for r in svc.facts.list_reports() if r.source.endswith(SEED.name))
    r = client.get(f"/api/reports/{rep.id}/tables.xlsx")
    assert r.status_code == 200
    facts = {row["键 key"]: row["数值 value"] for row in _xlsx_rows(r.content, "数字 facts")}
    assert facts["requests.received.total"] == 17
    r = client.get("/api/checks.csv")
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
    assert client.get(f"/api/reports/{rep.id}/tables.exe").status_code == 404
