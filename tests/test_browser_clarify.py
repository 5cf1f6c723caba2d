"""Ask-backs, answer-source downloads and sample badges, in the real app and real Chromium at
390×844 (phone) and 1280×900 (laptop); plus the ask-back through the HTTP API and the
OpenAI-compatible endpoint.

The ask-back is the engine's own: "复议诉讼案件" fits reconsiderations and both kinds of
lawsuits, so the answer lists the three readings with their values and citations; every number
the tests expect is read back from the store through the API, never written here.

One ``python app.py`` for the module over a temporary store: the seed report (涧西区 2020, real)
and a generated sample (洛阳市河西区 2020, listed in its manifest) with one cell changed so that
a check fails (the failed-checks list then holds a sample report).
"""
from __future__ import annotations

import io
import re
import shutil
import time
from pathlib import Path

import httpx
import pytest

from tests.app_process import running_app
from tests.browser_checks import SIDEWAYS_JS, open_tab
from tests.conftest import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
SAMPLE = ROOT / "data" / "samples" / "sample_1_2020_spaces.txt"  # 洛阳市河西区 2020, generated
SAMPLE2021 = ROOT / "data" / "samples" / "sample_1_2021_html.html"  # 洛阳市河西区 2021, generated
PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
ASKBACK = "涧西区2020年复议诉讼案件有多少？"  # three readings: 行政复议 / 直接起诉 / 复议后起诉

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clarify_app")
    data = tmp / "data"
    (data / "samples").mkdir(parents=True)
    shutil.copy(SEED, data / SEED.name)
    text = SAMPLE.read_text(encoding="utf-8")
    broken = text.replace("一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5", "一、本年新收政府信息公开申请数量 6 0 0 0 0 0 5")
    assert broken != text
    (data / "samples" / SAMPLE.name).write_text(broken, encoding="utf-8")  # still listed: a sample
    shutil.copy(SAMPLE2021, data / "samples" / SAMPLE2021.name)  # a second year of 河西区: a trend
    shutil.copy(SAMPLE.parent / "manifest.json", data / "samples" / "manifest.json")
    with running_app(tmp / "store", data, tmp / "app.log") as url:
        yield {"url": url, "tmp": tmp}


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(base_url=server["url"], timeout=60) as c:
        yield c


def _store_values(api: httpx.Client, report_id: str) -> dict[str, float | int | None]:
    """What the fact store holds for a report (its facts through the API)."""
    r = api.get(f"/api/v1/reports/{report_id}/facts")
    assert r.status_code == 200, r.text
    return {f["key"]: f["value"] for f in r.json()["facts"]}


# -- the HTTP API and the OpenAI-compatible endpoint ------------------------------------------------
def test_clarify_passes_through_the_api_and_a_reading_continues_the_conversation(api):
    rec = api.post("/api/v1/ask", json={"question": ASKBACK}).json()
    assert rec["found"] is True and rec["value"] is None, rec
    readings = rec["clarify"]
    assert len(readings) >= 2, rec
    for c in readings:
        assert set(c) >= {"label", "question", "key", "value", "report", "citation"}, c
        held = _store_values(api, c["report"])
        assert c["value"] == held[c["key"]], (c, held.get(c["key"]))  # the store's number
        assert str(c["value"]) in c["label"] and c["citation"].startswith("《"), c
    pick = readings[1]
    nxt = api.post("/api/v1/ask", json={"question": pick["question"], "conversation_id": rec["conversation_id"]}).json()
    assert nxt["conversation_id"] == rec["conversation_id"]
    assert nxt["value"] == pick["value"] and [f["key"] for f in nxt["facts"]] == [pick["key"]], nxt
    follow = api.post("/api/v1/ask", json={"question": "那收到多少申请？",
                                           "conversation_id": rec["conversation_id"]}).json()
    assert follow["reports"][0]["id"] == pick["report"], follow  # the conversation kept the report

    schema = api.get("/openapi.json").json()["components"]["schemas"]["Clarification"]["properties"]
    assert {"label", "question", "key", "value", "report", "citation"} <= set(schema), schema


def test_openai_endpoint_puts_the_readings_in_the_text(api):
    r = api.post("/v1/chat/completions", json={"model": "nianbao", "messages": [{"role": "user", "content": ASKBACK}]})
    assert r.status_code == 200, r.text
    body = r.json()
    text, readings = body["choices"][0]["message"]["content"], body["nianbao"]["clarify"]
    assert len(readings) >= 2
    for c in readings:
        assert c["label"] in text and c["question"] in text, (c, text)


# -- the browser --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser(server):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium): the browser test needs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                               args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update"])
        yield b
        b.close()


def _open(browser, server, viewport: dict):
    ctx = browser.new_context(viewport=viewport, locale="zh-CN", accept_downloads=True)
    pg = ctx.new_page()
    pg.goto(server["url"] + "/", wait_until="load")
    pg.wait_for_selector("#question textarea", timeout=30_000)
    return pg


@pytest.fixture(scope="module")
def phone(browser, server):
    pg = _open(browser, server, PHONE)
    yield pg
    pg.context.close()


@pytest.fixture(scope="module")
def laptop(browser, server):
    pg = _open(browser, server, LAPTOP)
    yield pg
    pg.context.close()


def _bots(pg):
    return pg.locator("#chat .message-row.bot-row")


def _idle(pg) -> bool:
    tracker = pg.locator("#chat [data-testid='status-tracker']").first
    return "hide" in (tracker.get_attribute("class") or "")


def _wait_answer(pg, before: int, expect: str, timeout: float = 60) -> str:
    """Wait until a bot message after the first ``before`` matches ``expect`` and the event ended."""
    t0, idle = time.time(), 0
    while time.time() - t0 < timeout:
        texts = _bots(pg).all_inner_texts()
        new = "\n".join(texts[before:])
        idle = idle + 1 if new and _idle(pg) else 0
        if idle >= 2 and re.search(expect, new.replace(" ", "")):
            return new
        time.sleep(0.2)
    pytest.fail(f"no answer matching {expect!r}; chat shows:\n" + "\n---\n".join(_bots(pg).all_inner_texts()))


def _ask(pg, question: str, expect: str) -> str:
    before = _bots(pg).count()
    box = pg.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    return _wait_answer(pg, before, expect)


def _readings(api) -> list[dict]:
    return api.post("/api/v1/ask", json={"question": ASKBACK}).json()["clarify"]


def _check_buttons(pg, viewport: dict, readings: list[dict]):
    """The readings as buttons under the answer: labelled, on the page's width, ≥ 44 px tall."""
    group = pg.get_by_role("group", name=re.compile("Which did you mean"))
    group.wait_for(timeout=30_000)
    buttons = group.get_by_role("button")
    assert buttons.all_inner_texts() == [c["label"] for c in readings]
    for i, c in enumerate(readings):
        assert pg.get_by_role("button", name=c["label"], exact=True).count() == 1
        box = buttons.nth(i).bounding_box()
        assert box["height"] >= 44, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], box
    width, inner = pg.evaluate(SIDEWAYS_JS)
    assert width <= inner, (width, inner)
    return buttons


@pytest.mark.parametrize("device", ["phone", "laptop"])
def test_askback_buttons_ask_the_picked_reading_in_the_same_conversation(request, device, api):
    pg = request.getfixturevalue(device)
    viewport = PHONE if device == "phone" else LAPTOP
    readings = _readings(api)
    assert len(readings) >= 2
    _ask(pg, "涧西区2020年收到多少申请？", r"17")  # an earlier turn: the conversation must keep it
    text = _ask(pg, ASKBACK, r"您问的是")
    for c in readings:
        assert c["label"].replace(" ", "") in text.replace(" ", ""), (c["label"], text)
    buttons = _check_buttons(pg, viewport, readings)
    pg.screenshot(path=str(ROOT / "docs" / "screenshots" / f"clarify_{device}.png"))

    pick = readings[1]
    before, users = _bots(pg).count(), pg.locator("#chat .message-row.user-row").count()
    t0 = time.time()
    buttons.nth(1).click()
    pg.locator("#chat .message-row.user-row").nth(users).wait_for(timeout=3000)  # echoed at once
    assert time.time() - t0 < 3
    assert pg.locator("#chat .message-row.user-row").last.inner_text().strip() == pick["question"]
    row = pick["label"].rsplit(" ", 1)[0]  # "未经复议直接起诉 1件" → the reading's name
    answer = _wait_answer(pg, before, re.escape(row.replace(" ", "")))
    assert str(pick["value"]) in answer and "表四" in answer and "来源" in answer, answer
    assert "（）" not in text, text  # the readings' citations are in the source line, no empty brackets
    assert pg.locator("#chat .options .option").count() == 0  # the buttons go once one is picked
    texts = _bots(pg).all_inner_texts()
    assert any("17" in t for t in texts) and any("您问的是" in t for t in texts)  # one conversation
    follow = _ask(pg, "那收到多少申请？", r"17")  # the follow-up keeps the picked reading's report
    assert "涧西区" in follow


def test_askback_buttons_come_back_after_a_reload(phone, api):
    """The conversation (with the last answer's buttons) is the server's: a reload shows them."""
    _ask(phone, ASKBACK, r"您问的是")
    phone.reload(wait_until="load")
    phone.wait_for_selector("#question textarea", timeout=30_000)
    _check_buttons(phone, PHONE, _readings(api))


def test_a_pick_that_never_reaches_the_server_says_so_and_can_be_pressed_again(phone, api):
    """The queue request of a picked reading fails in the browser: Gradio reloads the page once
    the server answers again; the conversation and its buttons are back, with a notice saying to
    press the reading again (no retry of an older typed question), and pressing it answers."""
    readings = _readings(api)
    _ask(phone, ASKBACK, r"您问的是")
    before = _bots(phone).all_inner_texts()
    phone.route("**/gradio_api/queue/join*", lambda route: route.abort())
    _check_buttons(phone, PHONE, readings).nth(0).click()
    phone.wait_for_timeout(1000)
    phone.unroute("**/gradio_api/queue/join*")
    note = phone.locator("#nb-conn")
    note.wait_for(state="visible", timeout=60_000)
    assert "再点一次" in note.inner_text() and not note.locator(".nb-retry").is_visible()
    buttons = _check_buttons(phone, PHONE, readings)  # the conversation (and its buttons) came back
    assert _bots(phone).all_inner_texts()[-1] == before[-1]
    n = _bots(phone).count()
    buttons.nth(0).click()
    _wait_answer(phone, n, re.escape(readings[0]["label"].rsplit(" ", 1)[0].replace(" ", "")))
    assert not note.is_visible()


def _download(pg, link_class: str) -> bytes:
    msg = _bots(pg).last
    details = msg.locator("details.nb-details")
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    link = msg.locator(f"a.{link_class}")
    assert link.is_visible() and "下载来源" in msg.locator(".nb-dl").inner_text()
    with pg.expect_download(timeout=30_000) as dl:
        link.click()
    return Path(dl.value.path()).read_bytes()


def test_answer_sources_download_as_xlsx_and_csv_match_the_store(laptop, api):
    from openpyxl import load_workbook

    _ask(laptop, "涧西区2020年有多少申请不予公开？", r"0件")
    rec = api.post("/api/v1/ask", json={"question": "涧西区2020年有多少申请不予公开？"}).json()
    held = _store_values(api, rec["reports"][0]["id"])
    wb = load_workbook(io.BytesIO(_download(laptop, "nb-dl-xlsx")))
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    head, body = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
    assert "键 key" in head and "数值 value" in head, head
    assert [r["键 key"] for r in body] == [f["key"] for f in rec["facts"]] == ["requests.withheld.total"]
    for r in body:
        assert r["数值 value"] == held[r["键 key"]], (r, held[r["键 key"]])
        assert "表三" in r["出处 source"]
    csv = _download(laptop, "nb-dl-csv").decode("utf-8-sig")
    assert "requests.withheld.total" in csv and "表三" in csv

    _ask(laptop, ASKBACK, r"您问的是")  # an ask-back cites each reading's cell
    readings = _readings(api)
    rows = list(load_workbook(io.BytesIO(_download(laptop, "nb-dl-xlsx"))).worksheets[0].iter_rows(values_only=True))
    got = {r[rows[0].index("键 key")]: r[rows[0].index("数值 value")] for r in rows[1:]}
    assert got == {c["key"]: _store_values(api, c["report"])[c["key"]] for c in readings}, got


def test_an_unknown_sources_id_is_404(api):
    assert api.get("/api/answers/" + "0" * 32 + "/sources.xlsx").status_code == 404
    assert api.get("/api/answers/../../etc/passwd/sources.csv").status_code == 404


def _pick(pg, elem_id: str, option: str) -> None:
    """Type into a dropdown (it filters its choices by what the box holds) and pick the option."""
    box = pg.locator(f"#{elem_id} input")
    box.click()
    box.fill(option)
    pg.get_by_role("option", name=option, exact=False).first.click()


def test_sample_badge_in_failed_checks_and_comparisons(laptop):
    open_tab(laptop, "核对问题 Failed checks")
    row = laptop.locator("#checks-view tr", has_text="洛阳市河西区")
    row.first.wait_for(timeout=30_000)
    assert row.first.locator(".nb-sample").count() == 1
    assert "示例（虚构）" in row.first.locator(".nb-sample").inner_text()
    assert laptop.locator("#checks-view tr", has_text="涧西区").locator(".nb-sample").count() == 0

    open_tab(laptop, "年度对比 Compare years")
    _pick(laptop, "compare-agency", "洛阳市河西区")
    laptop.locator("#compare-table h4", has_text="洛阳市河西区").locator(".nb-sample").wait_for(timeout=30_000)
    _pick(laptop, "compare-agency", "涧西区")
    laptop.locator("#compare-table h4", has_text="涧西区").wait_for(timeout=30_000)
    assert laptop.locator("#compare-table .nb-sample").count() == 0

    open_tab(laptop, "单位对比 Compare bodies")
    cells = "#bodies-table .body-cell.first-column"  # the body column of Gradio's table
    cell = laptop.locator(cells, has_text="洛阳市河西区人民政府")
    cell.first.wait_for(timeout=30_000)
    assert cell.first.locator(".nb-sample").count() == 1 and cell.first.locator(".nb-sample").is_visible()
    assert laptop.locator(cells, has_text="涧西区人民政府").first.locator(".nb-sample").count() == 0
    open_tab(laptop, "问答 Ask")


def test_trend_over_the_held_years_is_a_table_on_a_phone(phone, api):
    """"这几年有啥变化": every held year in a table (value, change, a text bar) that fits a phone,
    each number the store's."""
    q = "河西区收到的申请这几年有啥变化"
    rec = api.post("/api/v1/ask", json={"question": q}).json()
    assert rec["operation"] == "trend" and rec["value"] is None, rec["answer"]
    values = [f["value"] for f in rec["facts"]]
    assert len(values) == 2
    for f, r in zip(rec["facts"], rec["reports"]):
        assert _store_values(api, r["id"])[f["key"]] == f["value"]
    _ask(phone, q, r"2020.*2021")
    table = _bots(phone).last.locator("table")
    rows = table.locator("tbody tr")
    assert rows.count() == 2
    for i, (year, v) in enumerate(zip((2020, 2021), values)):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert cells[0] == str(year) and cells[1] == str(v), cells
        assert "█" in cells[3] or v == 0, cells
    width, inner = phone.evaluate(SIDEWAYS_JS)
    assert width <= inner, (width, inner)


def test_range_total_and_relative_year_are_said_on_a_phone(phone, api):
    """A total over a range of years gives each year and the total; "去年" says which year it took."""
    q = "河西区2020到2021年收到的申请一共多少？"
    rec = api.post("/api/v1/ask", json={"question": q}).json()
    per_year = [f["value"] for f in rec["facts"]]
    assert rec["operation"] == "sum" and len(per_year) == 2 and rec["value"] == sum(per_year), rec["answer"]
    text = _ask(phone, q, rf"{rec['value']}")
    assert all(str(v) in text for v in per_year) and "2020" in text and "2021" in text, text
    last = api.post("/api/v1/ask", json={"question": "河西区去年收到多少申请？"}).json()
    assert last["answer"].startswith("去年 = 2020年"), last["answer"]  # the newest held is 2021
    text = _ask(phone, "河西区去年收到多少申请？", r"去年=2020年")
    assert "2021" in text, text
    width, inner = phone.evaluate(SIDEWAYS_JS)
    assert width <= inner, (width, inner)
