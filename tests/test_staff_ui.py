"""The staff tabs in a real browser (headless Debian chromium, Playwright) over the real app:
report view with its ingestion time, source and original file (staff token); CSV and Excel
downloads checked against the fact store; several bodies compared; failed checks in words;
an upload without an error toast; a duplicate that names its report; a removal that needs a
confirmation; an identity change; the audit log listing them; no sideways scrolling on a phone.

One app for the module over four small reports (``running_app`` with a staff token)."""
from __future__ import annotations

import csv
import io
import re
import shutil
import time
from pathlib import Path

import openpyxl
import pytest

from tests.app_process import running_app
from tests.conftest import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
TOKEN = "staff-ui-token"
SAMPLES = ROOT / "data" / "samples"
DATA = [SEED, SAMPLES / "sample_1_2020_spaces.txt", SAMPLES / "sample_1_2021_html.html",
        SAMPLES / "sample_2_2023_lines.txt"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium): the browser test needs it")
    tmp = tmp_path_factory.mktemp("staff_app")
    data = tmp / "data"
    data.mkdir()
    for f in DATA:
        shutil.copy(f, data / f.name)
    with running_app(tmp / "store", data, tmp / "app.log", staff_token=TOKEN) as url:
        yield {"url": url, "tmp": tmp, "store": tmp / "store"}


@pytest.fixture(scope="module")
def facts(server):
    """A reader of the app's fact store (the numbers downloads are compared with)."""
    from stores.facts import FactReader
    from stores.facts.schema import open_engine

    reader = FactReader(open_engine(f"sqlite:///{server['store'] / 'facts.sqlite'}"))
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                               args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def page(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN", accept_downloads=True)
    pg = ctx.new_page()
    pg.goto(server["url"] + "/", wait_until="load")
    pg.wait_for_selector("#question textarea", timeout=60_000)
    yield pg
    ctx.close()


def _tab(pg, name: str) -> None:
    """Open a tab, from the "More tabs" menu when the tab bar has no room for it."""
    tab = pg.get_by_role("tab", name=name)
    if tab.count() and tab.first.is_visible():
        tab.first.click()
        return
    pg.locator("button[aria-label='More tabs']").click()
    pg.locator(".overflow-dropdown button", has_text=name).click()


def _pick(pg, elem_id: str, option: str) -> None:
    pg.locator(f"#{elem_id} input").click()
    pg.get_by_role("option", name=option, exact=False).first.click()


def _wait_text(locator, text: str, timeout: float = 30) -> str:
    t0 = time.time()
    while time.time() - t0 < timeout:
        if locator.count() and text in locator.first.inner_text():
            return locator.first.inner_text()
        time.sleep(0.2)
    pytest.fail(f"{text!r} never shown; shows {locator.first.inner_text() if locator.count() else None!r}")


def _download(pg, elem_id: str) -> bytes:
    button = pg.locator(f"#{elem_id}")
    t0 = time.time()
    while not button.is_enabled() and time.time() - t0 < 30:
        time.sleep(0.2)
    with pg.expect_download(timeout=30_000) as dl:
        button.click()
    return Path(dl.value.path()).read_bytes()


def _xlsx(data: bytes, sheet: str | None = None) -> list[dict]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    rows = list((wb[sheet] if sheet else wb.worksheets[0]).iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _token(pg) -> None:
    _tab(pg, "上传 Upload (staff)")
    pg.locator("#staff-token input").fill(TOKEN)
    pg.locator("#staff-token input").press("Tab")  # the change event sets the staff cookie
    pg.wait_for_timeout(300)


def _no_error_toast(pg) -> None:
    toasts = pg.locator("[data-testid='toast-body']").all_inner_texts()
    assert not [t for t in toasts if "not in the list of choices" in t or "Error" in t], toasts


def test_report_view_source_and_downloads(page, facts):
    _tab(page, "报告浏览 Reports")
    _pick(page, "browse-agency", "涧西区")
    view = page.locator("#report-view")
    _wait_text(view.locator("h3"), "涧西区人民政府办公室 2020")
    meta = view.locator(".nb-source").inner_text()
    assert re.search(r"入库时间 ingested \d{4}-\d\d-\d\d \d\d:\d\d", meta), meta
    assert "数据文件夹 data folder" in meta and SEED.name in meta
    rep = next(r for r in facts.list_reports() if r.source.endswith(SEED.name))
    stored = facts.fact_values(rep.id)
    rows = _xlsx(_download(page, "report-xlsx"), "数字 facts")
    assert len(rows) > 100
    assert all(r["数值 value"] == stored[r["键 key"]] for r in rows)
    assert next(r for r in rows if r["键 key"] == "requests.received.total")["数值 value"] == 17
    lines = _csv(_download(page, "report-csv"))
    assert len(lines) == len(rows) and {ln["键 key"] for ln in lines} == {r["键 key"] for r in rows}


def test_original_file_needs_the_staff_token(page, server, facts):
    rep = next(r for r in facts.list_reports() if r.source.endswith(SEED.name))
    url = f"{server['url']}/api/reports/{rep.id}/file"
    assert page.request.get(url).status == 401  # no token typed yet
    _token(page)
    r = page.request.get(url)
    assert r.status == 200 and r.body() == SEED.read_bytes()
    assert page.request.get(f"{server['url']}/api/reports/..%2F..%2Fetc%2Fpasswd/file").status == 404


def test_compare_years_downloads(page, facts):
    _tab(page, "年度对比 Compare years")
    _pick(page, "compare-agency", "洛阳市河西区")
    _wait_text(page.locator("#compare-table h4"), "洛阳市河西区")
    rows = _xlsx(_download(page, "compare-xlsx"))
    received = next(r for r in rows if r["键 key"] == "requests.received.total")
    for rep in facts.reports_for(["洛阳市河西区人民政府办公室"], None):
        assert received[str(rep.year)] == facts.fact_values(rep.id)["requests.received.total"]


def test_several_bodies_compared(page, facts):
    _tab(page, "单位对比 Compare bodies")
    _pick(page, "bodies-year", "2020")
    table = page.locator("#bodies-table")
    t0 = time.time()
    while time.time() - t0 < 30 and ("洛阳市河西区" not in table.inner_text() or "淮安市教育局" in table.inner_text()):
        time.sleep(0.3)
    text = table.inner_text()
    assert "涧西区人民政府办公室" in text and "洛阳市河西区人民政府办公室" in text and "淮安市教育局" not in text
    assert page.locator("#bodies-plot").count() == 1
    rows = _xlsx(_download(page, "bodies-xlsx"))
    assert {r["单位 body"] for r in rows} == {"涧西区人民政府办公室", "洛阳市河西区人民政府办公室"}
    for row in rows:
        rep = facts.reports_for([row["单位 body"]], [2020])[0]
        assert row["收到申请 received"] == facts.fact_values(rep.id)["requests.received.total"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "compare_bodies.png"), full_page=True)
    # sortable: the "received" column's menu sorts the rows by it, largest first
    header = table.locator("[data-testid='header-4']")
    assert "收到申请 received" in header.inner_text()
    # the menu's first two items (in the page's language): ascending, descending
    for order, expect in ((1, max(rows, key=lambda r: r["收到申请 received"])),
                          (0, min(rows, key=lambda r: r["收到申请 received"]))):
        header.hover()
        page.wait_for_timeout(300)
        header.locator("button[aria-label='Open cell menu']").click()
        page.wait_for_timeout(300)
        page.locator("[role=menuitem]").nth(order).click()
        page.wait_for_timeout(500)
        first = table.locator("[role=row]").nth(1).inner_text().split("\n")
        assert first[0] == expect["单位 body"] and int(first[4]) == expect["收到申请 received"], (order, first)


def _upload(pg, path: Path) -> str:
    _tab(pg, "上传 Upload (staff)")
    pg.locator("#upload-files input[type=file]").set_input_files(str(path))
    pg.wait_for_timeout(500)
    results = pg.locator("#nb-results textarea")
    before = results.input_value()
    pg.locator("#upload-btn").click()
    t0 = time.time()
    while time.time() - t0 < 120:
        value = results.input_value()
        if value != before and "—" in value:
            return value
        time.sleep(0.3)
    pytest.fail(f"no upload result; shows {results.input_value()!r}")


def test_upload_without_error_toast_and_duplicate_named(page, server):
    text = SEED.read_text(encoding="utf-8").replace("涧西区", "测试区").replace(
        "一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17", "一、本年新收政府信息公开申请数量 18 0 0 0 0 0 17")
    sample = server["tmp"] / "ceshi_2020.txt"
    sample.write_text(text, encoding="utf-8")
    _tab(page, "报告浏览 Reports")
    _pick(page, "browse-agency", "淮安市教育局")  # a year (2023) the first body does not have
    page.locator("#report-view .nb-table").first.wait_for(timeout=30_000)
    added = _upload(page, sample)
    assert re.search(r"^added\s+ceshi_2020\.txt: 测试区", added, re.M), added
    page.wait_for_timeout(1500)  # the page's dropdowns refresh after the upload
    _no_error_toast(page)
    again = _upload(page, sample)
    assert re.search(r"unchanged\s+ceshi_2020\.txt.*already held as 测试区\S* 2020", again), again


def test_failed_checks_in_words_and_downloads(page, facts):
    _tab(page, "核对问题 Failed checks")
    listing = page.locator("#checks-view")
    listing.locator("table").first.wait_for(timeout=30_000)
    text = listing.inner_text()
    assert "测试区" in text and "行合计" in text and "Row total" in text and "收支平衡" in text, text
    rows = _xlsx(_download(page, "checks-xlsx"))
    mine = [r for r in rows if "测试区" in r["单位与年度 body and year"]]
    stored = [(c.name, c.detail) for rep, c in facts.failed_checks() if "测试区" in (rep.name or "")]
    assert sorted((r["检查名 check id"], r["说明 detail"]) for r in mine) == sorted(stored)
    assert all(r["核对 check"] != r["检查名 check id"] for r in mine)
    assert len(_csv(_download(page, "checks-csv"))) == len(rows)
    page.screenshot(path=str(SHOTS / "failed_checks.png"), full_page=True)


def _pick_report(pg, label: str) -> None:
    _tab(pg, "上传 Upload (staff)")
    acc = pg.locator("#manage")
    if not pg.locator("#remove-pick").is_visible():
        acc.get_by_text("删除或更正报告").click()
    _pick(pg, "remove-pick", label)


def test_identity_change_then_remove_needs_confirmation(page, facts):
    _pick_report(page, "测试区")
    rid = next(r.id for r in facts.list_reports() if "测试区" in (r.name or ""))
    page.locator("#identity-year textarea, #identity-year input").first.fill("2019")
    page.locator("#identity-btn").click()
    result = page.locator("#remove-result textarea")
    page.wait_for_function("() => document.querySelector('#remove-result textarea').value.includes('updated')",
                           timeout=30_000)
    assert "2019" in result.input_value()
    assert facts.get_report(rid).year == 2019

    _pick_report(page, "测试区")
    page.locator("#remove-btn").click()
    confirm = page.locator("#remove-confirm")
    confirm.wait_for(state="visible", timeout=30_000)
    assert "测试区" in confirm.inner_text() and "Confirm remove" in confirm.inner_text()
    page.wait_for_timeout(800)
    assert facts.get_report(rid) is not None, "one click removed the report"
    page.locator("#remove-cancel").click()
    confirm.wait_for(state="hidden", timeout=30_000)
    assert facts.get_report(rid) is not None

    page.locator("#remove-btn").click()
    confirm.wait_for(state="visible", timeout=30_000)
    confirm.click()
    page.wait_for_function("() => document.querySelector('#remove-result textarea').value.startsWith('removed')",
                           timeout=60_000)
    assert facts.get_report(rid) is None
    _no_error_toast(page)


def test_audit_log_lists_the_actions(page, facts):
    _tab(page, "操作记录 Audit log")
    table = page.locator("#audit-table")
    t0 = time.time()
    while time.time() - t0 < 30 and "删除 remove" not in table.inner_text():
        time.sleep(0.3)
    text = table.inner_text()
    for words in ("上传 upload", "更正单位年份 identity change", "删除 remove", "ceshi_2020.txt", "staff (web)"):
        assert words in text, (words, text[:2000])
    rows = _xlsx(_download(page, "audit-xlsx"))
    assert [r["操作 action"] for r in rows[:4]] == ["删除 remove", "更正单位年份 identity change", "上传 upload",
                                                   "上传 upload"]
    assert len(rows) == len(facts.audit_log(limit=1000))


def test_staff_tabs_do_not_scroll_sideways_on_a_phone(server, browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True,
                              has_touch=True)
    pg = ctx.new_page()
    try:
        pg.goto(server["url"] + "/", wait_until="load")
        pg.wait_for_selector("#question textarea", timeout=60_000)
        for name, ready in [("报告浏览 Reports", "#report-view .nb-table"), ("年度对比 Compare years", None),
                            ("单位对比 Compare bodies", "#bodies-table"), ("核对问题 Failed checks", "#checks-view p"),
                            ("上传 Upload (staff)", "#upload-btn"), ("操作记录 Audit log", "#audit-table")]:
            _tab(pg, name)
            if ready:
                pg.locator(ready).first.wait_for(timeout=30_000)
            pg.wait_for_timeout(300)
            width = pg.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert width[0] <= width[1] + 1, (name, width)
    finally:
        ctx.close()
