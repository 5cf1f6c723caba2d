"""The real app in headless Chromium: chat with follow-up, report browser, staff upload with and
without the token, report text that cannot inject script, and no request leaving 127.0.0.1.

Starts ``python app.py`` on a free port over a temporary store and data folder, drives Debian's
/usr/bin/chromium with Playwright, writes docs/screenshots/chat.png and report_browser.png."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.app_process import running_app
from tests.conftest import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token"
SHOTS = ROOT / "docs" / "screenshots"
EVIL = '<script>window.__xss=1</script><img src="x-evil.png" onerror="window.__xss=2">'

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``python app.py --port P`` on a temporary store; stopped by its pid, also on failure."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium): the browser test needs it")
    tmp = tmp_path_factory.mktemp("app")
    data = tmp / "data"
    data.mkdir()
    shutil.copy(SEED, data / SEED.name)
    log = tmp / "app.log"
    with running_app(tmp / "store", data, log, staff_token=TOKEN) as url:
        yield {"url": url, "tmp": tmp, "log": log}


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        pg = ctx.new_page()
        pg.requests = []  # every URL the page asked for
        pg.dialogs = []
        pg.on("request", lambda r: pg.requests.append(r.url))
        pg.on("websocket", lambda ws: pg.requests.append(ws.url))
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
        pg.goto(server["url"] + "/", wait_until="load")
        pg.wait_for_selector("#question textarea", timeout=30_000)
        yield pg
        browser.close()


def _bot_texts(pg) -> list[str]:
    return pg.locator("#chat .message-row.bot-row").all_inner_texts()


def _idle(pg) -> bool:
    """Gradio hides the chatbot's status tracker when the event (the whole stream) has ended."""
    tracker = pg.locator("#chat [data-testid='status-tracker']").first
    return "hide" in (tracker.get_attribute("class") or "")


def _ask(pg, question: str, expect: str, timeout: float = 60) -> str:
    """Type a question, send it, wait until a bot message matches ``expect`` (regex); that text."""
    before = len(_bot_texts(pg))
    box = pg.locator("#question textarea")
    box.fill(question)
    t0 = time.time()
    box.press("Enter")
    idle_polls = 0
    while time.time() - t0 < timeout:
        texts = _bot_texts(pg)
        new = "\n".join(texts[before:]) if len(texts) > before else ""
        idle_polls = idle_polls + 1 if new and _idle(pg) else 0
        if idle_polls >= 2 and re.search(expect, new):
            print(f"\n{question!r} answered in the browser in {time.time() - t0:.2f}s")
            return new
        time.sleep(0.2)
    pytest.fail(f"no answer matching {expect!r} to {question!r}; chat shows:\n" + "\n---\n".join(_bot_texts(pg)))


def _tab(pg, name: str) -> None:
    pg.get_by_role("tab", name=name).click()


def test_chat_answers_with_sources_and_follow_up(page):
    text = _ask(page, "涧西区2020年有多少申请不予公开？", r"表三")
    assert re.search(r"[：:]\s*0\s*件", text), text
    assert "来源 Sources" in text
    text = _ask(page, "How many applications were received?", r"\b17\b")
    assert "17" in text and ("table 3" in text or "表三" in text), text
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(800)  # let the sources panel finish opening
    page.screenshot(path=str(SHOTS / "chat.png"), full_page=True)


def test_chat_shows_a_rebuilt_table(page):
    _ask(page, "列出涧西区2020年的申请情况表", r"三、收到和处理政府信息公开申请情况")
    row = page.locator("#chat .nb-table table tbody tr").first  # the sanitizer drops data-* attributes
    assert row.locator("td").all_inner_texts()[-1].strip() == "17"


def test_report_browser_shows_table_three(page):
    _tab(page, "报告浏览 Reports")
    first_row = page.locator("#report-view .nb-table[data-table='requests'] tbody tr").first
    first_row.wait_for(timeout=30_000)
    cells = first_row.locator("td").all_inner_texts()
    assert cells[-1].strip() == "17", cells
    assert "本年新收" in first_row.inner_text()
    page.screenshot(path=str(SHOTS / "report_browser.png"), full_page=True)


def _upload(pg, path: Path | None, token: str) -> str:
    """Type the token, add ``path`` to the file box (None: keep what it holds), press upload."""
    _tab(pg, "上传 Upload (staff)")
    pg.locator("#staff-token input").fill(token)
    pg.locator("#staff-token input").press("Tab")  # the change event puts the token into the upload cookie
    pg.wait_for_timeout(300)
    if path is not None:
        pg.locator("#upload-files input[type=file]").set_input_files(str(path))
        pg.wait_for_timeout(500)
    results = pg.locator("#nb-results textarea")
    before = results.input_value()
    pg.locator("#upload-btn").click()
    t0 = time.time()
    while time.time() - t0 < 120:
        value = results.input_value()
        if value != before and ("refused" in value or "disabled" in value or "—" in value):
            print(f"\nupload result after {time.time() - t0:.2f}s: {value!r}")
            return value
        time.sleep(0.3)
    pytest.fail(f"no upload result; shows {results.input_value()!r}")


def _pick(pg, elem_id: str, option: str) -> None:
    pg.locator(f"#{elem_id} input").click()
    pg.get_by_role("option", name=option, exact=False).first.click()


def test_upload_needs_the_token_then_adds_and_escapes(page, server):
    """A copy of the seed under another body's name, with markup in its section 五 and one
    natural-person cell changed so that its checks fail."""
    text = SEED.read_text(encoding="utf-8").replace("涧西区", "测试区")
    text = text.replace("存在问题：", "存在问题：" + EVIL + " 详见 http://3325256711/x 。", 1)
    text = text.replace("一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17", "一、本年新收政府信息公开申请数量 18 0 0 0 0 0 17")
    assert EVIL in text and " 18 0 0 0 0 0 17" in text
    sample = server["tmp"] / "ceshi_2020.txt"
    sample.write_text(text, encoding="utf-8")

    refused = _upload(page, sample, "wrong-token")  # the upload route refuses the file too
    assert "refused" in refused and "added" not in refused
    added = _upload(page, sample, TOKEN)
    assert re.search(r"^added\s+ceshi_2020\.txt: 测试区", added, re.M), added
    assert added.count("ceshi_2020.txt") == 1, added

    _tab(page, "问答 Ask")
    answer = _ask(page, "测试区2020年存在哪些主要问题？", r"主观重视不够")
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None
    assert not page.dialogs
    assert "<script>" in answer or "<script>" in page.locator("#chat").inner_text(), answer
    assert page.locator("#chat script, #chat img[onerror]").count() == 0
    assert page.locator("#chat a[href*='3325256711']").count() == 0  # a URL in report text stays text


def test_failed_checks_are_marked_and_listed(page):
    _tab(page, "报告浏览 Reports")
    _pick(page, "browse-agency", "测试区")
    failed = page.locator("#report-view .nb-table[data-table='requests'] td.fail")
    failed.first.wait_for(timeout=30_000)
    assert "18" in failed.all_inner_texts()
    assert failed.first.get_attribute("title"), "a failed cell carries the check's detail"
    assert page.locator("#report-view ul.fails li").count() >= 1
    page.screenshot(path=str(SHOTS / "report_browser_failed_checks.png"), full_page=True)
    _tab(page, "核对问题 Failed checks")
    page.locator("#checks-view table").first.wait_for(timeout=30_000)
    listing = page.locator("#checks-view").inner_text()
    assert "测试区" in listing and "涧西区" not in listing, listing


def test_no_request_left_127_0_0_1(page):
    assert page.requests, "no request recorded"
    outside = [u for u in page.requests
               if urlparse(u).scheme not in ("data", "blob") and urlparse(u).hostname != "127.0.0.1"]
    assert not outside, outside
    assert not [u for u in page.requests if "x-evil.png" in u]
