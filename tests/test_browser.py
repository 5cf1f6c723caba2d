"""The real app in headless Chromium: chat with follow-up, report browser, staff upload with and
without the token, report text that cannot inject script, and no request leaving 127.0.0.1;
then the citizens' chat on a phone (390×844) and a desktop (1280×900): the question box on
screen at load, no sideways scroll on any tab, dropdown text not cut, one source line per
answer (English with the Chinese label beside it), text contrast ≥ 4.5:1, named controls, a
copy button that copies plain text, a server error and a lost connection that keep the
conversation and the typed question and offer a retry, the sample badge.

Starts ``python app.py`` on a free port over a temporary store and data folder (the seed and
one generated sample with its manifest; ``NIANBAO_FAULT_INJECT`` makes questions with a marker
fail or answer late), drives Debian's /usr/bin/chromium with Playwright, writes
docs/screenshots/chat.png, chat_phone.png and report_browser.png."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.app_process import running_app
from tests.browser_checks import CUT_DROPDOWNS_JS, LOW_CONTRAST_JS, SIDEWAYS_JS, open_tab, tab_names
from tests.conftest import ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token"
SHOTS = ROOT / "docs" / "screenshots"
EVIL = '<script>window.__xss=1</script><img src="x-evil.png" onerror="window.__xss=2">'
SAMPLE = ROOT / "data" / "samples" / "sample_1_2020_spaces.txt"  # 洛阳市河西区 2020, generated
FAULTS = "raise:BOOM,sleep:6:SLOWQ"  # NIANBAO_FAULT_INJECT (test only)
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}

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
    samples = data / "samples"  # one generated report beside the generator's manifest
    samples.mkdir()
    shutil.copy(SAMPLE, samples / SAMPLE.name)
    shutil.copy(SAMPLE.parent / "manifest.json", samples / "manifest.json")
    log = tmp / "app.log"
    with running_app(tmp / "store", data, log, staff_token=TOKEN, fault_inject=FAULTS) as url:
        yield {"url": url, "tmp": tmp, "log": log}


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


def _open(browser, server, viewport: dict):
    """A fresh tab at ``viewport`` (clipboard allowed), every request and dialog recorded."""
    ctx = browser.new_context(viewport=viewport, locale="zh-CN")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server["url"])
    pg = ctx.new_page()
    pg.requests = []  # every URL the page asked for
    pg.dialogs = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("websocket", lambda ws: pg.requests.append(ws.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(server["url"] + "/", wait_until="load")
    pg.wait_for_selector("#question textarea", timeout=30_000)
    return pg


@pytest.fixture(scope="module")
def page(browser, server):
    pg = _open(browser, server, DESKTOP)
    yield pg
    pg.context.close()


@pytest.fixture(scope="module")
def phone(browser, server):
    pg = _open(browser, server, PHONE)
    yield pg
    pg.context.close()


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
    assert text.count("来源：") == 1, text  # one source line
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
    _pick(page, "browse-agency", "涧西区")
    page.locator("#report-view h3", has_text="涧西区").wait_for(timeout=30_000)
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


# -- the citizens' chat on a phone and a desktop (issue 13) ---------------------------------------

def _last(pg):
    return pg.locator("#chat .message-row.bot-row").last


def _wait(pg, selector: str, timeout: float = 30) -> None:
    pg.locator(selector).first.wait_for(state="visible", timeout=timeout * 1000)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_box_on_screen_no_sideways_scroll_readable_and_contrast(browser, server, viewport):
    """On load the question box and its button are on screen; on every tab the page is no wider
    than the window, no dropdown's text is cut, and every text has contrast >= 4.5:1."""
    pg = _open(browser, server, viewport)
    try:
        for sel in ("#question textarea", "#ask"):
            bb = pg.locator(sel).bounding_box()
            assert bb and 0 <= bb["y"] and bb["y"] + bb["height"] <= viewport["height"], (sel, bb)
        _pick(pg, "filter-agency", "洛阳市河西区")  # the longest body name, with its sample tag
        assert "示例" in pg.locator("#filter-agency input").input_value()
        names = tab_names(pg)
        assert len(names) >= 4, names
        for name in names:
            open_tab(pg, name)
            pg.wait_for_timeout(500)
            width, inner = pg.evaluate(SIDEWAYS_JS)
            assert width <= inner, f"{name}: the page is {width}px wide in a {inner}px window"
            assert not pg.evaluate(CUT_DROPDOWNS_JS), (name, pg.evaluate(CUT_DROPDOWNS_JS))
            assert not pg.evaluate(LOW_CONTRAST_JS, 4.5), (name, pg.evaluate(LOW_CONTRAST_JS, 4.5))
    finally:
        pg.context.close()


def test_controls_have_names(phone):
    assert phone.get_by_role("textbox", name=re.compile("问题.*question", re.I)).count() == 1
    assert phone.get_by_role("button", name=re.compile("提问 Ask")).count() == 1
    assert phone.get_by_role("combobox", name="单位 Body").count() >= 1
    assert phone.get_by_role("combobox", name="年份 Year").count() >= 1
    unnamed = phone.evaluate("""() => [...document.querySelectorAll('button, textarea, input:not([type=hidden])')]
        .filter(e => e.checkVisibility())
        .filter(e => !(e.getAttribute('aria-label') || e.innerText.trim() || e.title || e.labels?.length
                       || e.getAttribute('aria-labelledby')))
        .map(e => e.outerHTML.slice(0, 120))""")
    assert not unnamed, unnamed


def test_one_source_line_details_folded_and_plain_copy(phone):
    _ask(phone, "涧西区2020年有多少申请不予公开？", r"来源")
    msg = _last(phone)
    assert msg.locator(".nb-source").count() == 1
    shown = msg.inner_text()
    assert shown.count("来源") == 1 and "表三" in shown and "0件" in shown.replace(" ", ""), shown
    for staff_only in ("三/", "项合计", "requests.", "total_ms"):
        assert staff_only not in shown, (staff_only, shown)
    assert not re.search(r"\d\s*ms\b", shown), shown
    assert msg.locator(".nb-sample").count() == 0  # the seed is a real report
    labels = phone.evaluate("[...document.querySelectorAll('#chat [aria-label]')].map(e => e.getAttribute('aria-label'))")
    assert not [x for x in labels if "<" in x or "nb-" in x or "\\" in x], labels  # no markup read aloud
    details = msg.locator("details.nb-details")
    assert details.count() == 1 and details.get_attribute("open") is None
    details.locator("summary").click()
    assert re.search(r"\d\s*ms", details.inner_text()) and "requests.withheld" in details.inner_text()
    msg.locator(".nb-copy").click()
    phone.wait_for_timeout(300)
    copied = phone.evaluate("navigator.clipboard.readText()")
    assert "涧西区" in copied and "来源" in copied and "0" in copied, copied
    for markup in ("<", "&lt;", "&gt;", "\\", "**", "复制", "ms"):
        assert markup not in copied, (markup, copied)


def test_english_answer_names_the_row_in_english_with_chinese_beside(phone):
    _ask(phone, "How many applications were received?", r"\b17\b")
    src = _last(phone).locator(".nb-source").inner_text()
    assert src.startswith("Source:"), src
    assert "new applications received this year" in src and "本年新收政府信息公开申请数量" in src, src


def test_sample_report_is_badged_in_answers_lists_and_api(phone, server):
    _ask(phone, "洛阳市河西区2020年收到多少申请？", r"来源")
    badge = _last(phone).locator(".nb-sample")
    assert badge.count() == 1 and badge.is_visible()
    assert "示例（虚构）" in badge.inner_text() and "fictional" in badge.inner_text()
    open_tab(phone, "报告浏览 Reports")  # the report browser badges it too
    _pick(phone, "browse-agency", "洛阳市河西区")
    phone.locator("#report-view h3 .nb-sample").wait_for(timeout=30_000)
    open_tab(phone, "问答 Ask")
    import httpx

    for question, sample in (("洛阳市河西区2020年收到多少申请？", True), ("涧西区2020年收到多少申请？", False)):
        rec = httpx.post(server["url"] + "/api/ask", json={"question": question}, timeout=60).json()
        reports = rec.get("reports") or (rec.get("answer") or {}).get("reports")
        assert reports and all(r["sample"] is sample for r in reports), rec


def test_server_error_keeps_the_conversation_and_the_question(phone):
    before = _bot_texts(phone)
    box = phone.locator("#question textarea")
    question = "BOOM 涧西区2020年收到多少申请？"
    box.fill(question)
    box.press("Enter")
    _wait(phone, "#chat .nb-error")
    assert "服务器出错" in _last(phone).inner_text()
    assert box.input_value() == question  # the typed question is kept
    assert _bot_texts(phone)[: len(before)] == before  # and the conversation
    _last(phone).locator(".nb-retry").click()  # resends it: it fails again, asked once in the chat
    phone.wait_for_timeout(1500)
    _wait(phone, "#chat .nb-error")
    assert phone.locator("#chat .message-row.user-row", has_text="BOOM").count() == 1
    assert box.input_value() == question
    box.fill("BOOM How many applications were received?")
    box.press("Enter")
    phone.wait_for_timeout(1500)
    _wait(phone, "#chat .nb-error")
    assert "server had an error" in _last(phone).inner_text()  # in the user's language
    box.fill("涧西区2020年收到多少申请？")
    phone.locator("#chat .nb-retry").last.click()  # the retry sends what the box now holds
    _ask_wait = time.time()
    while time.time() - _ask_wait < 30 and "17" not in _last(phone).inner_text():
        time.sleep(0.2)
    assert "17" in _last(phone).inner_text() and phone.locator("#chat .nb-error").count() == 0


def test_slow_answer_echoes_the_question_at_once(phone):
    box = phone.locator("#question textarea")
    box.fill("SLOWQ 涧西区2020年有多少申请予以公开？")
    t0 = time.time()
    box.press("Enter")
    phone.locator("#chat .message-row.user-row", has_text="SLOWQ").wait_for(timeout=3000)
    _wait(phone, "#chat .nb-pending", timeout=3)
    assert time.time() - t0 < 3
    phone.locator("#chat .nb-pending").wait_for(state="detached", timeout=30_000)
    assert "来源" in _last(phone).inner_text()


def test_bad_gateway_keeps_the_conversation_and_offers_retry(phone):
    """A proxy answers the queue request with an HTML error page: no reload; the conversation
    stays, the question goes back into the box with the notice, the toast says it plainly."""
    before = _bot_texts(phone)
    box = phone.locator("#question textarea")
    question = "涧西区2020年有多少申请不予处理？"
    phone.route("**/gradio_api/queue/join*",
                lambda route: route.fulfill(status=502, body="<html>Bad gateway</html>", content_type="text/html"))
    box.fill(question)
    box.press("Enter")
    _wait(phone, "#nb-conn", timeout=30)
    phone.unroute("**/gradio_api/queue/join*")
    assert box.input_value() == question and _bot_texts(phone) == before
    toasts = " ".join(phone.locator(".toast-wrap").all_inner_texts())
    assert "SyntaxError" not in toasts and "parse" not in toasts, toasts
    phone.locator("#nb-conn .nb-retry").click()
    t0 = time.time()
    while time.time() - t0 < 30 and "不予处理" not in _last(phone).inner_text():
        time.sleep(0.2)
    assert "不予处理" in _last(phone).inner_text() and box.input_value() == ""


def test_lost_connection_keeps_the_conversation_and_offers_retry(phone):
    """The queue request fails in the browser: Gradio reloads the page once the server answers
    again; the page gets its conversation back, the question returns to the box with a notice
    in the user's language, and Retry answers it."""
    earlier = [t for t in _bot_texts(phone) if "17" in t]
    assert earlier
    box = phone.locator("#question textarea")
    question = "涧西区2020年予以公开多少？"
    phone.route("**/gradio_api/queue/join*", lambda route: route.abort())
    box.fill(question)
    box.press("Enter")
    phone.wait_for_timeout(1000)
    phone.unroute("**/gradio_api/queue/join*")
    _wait(phone, "#nb-conn", timeout=60)
    assert "连接中断" in phone.locator("#nb-conn").inner_text()
    assert phone.locator("#question textarea").input_value() == question
    phone.wait_for_function("() => document.querySelectorAll('#chat .message-row.bot-row').length > 0",
                            timeout=30_000)
    assert any("17" in t for t in _bot_texts(phone)), _bot_texts(phone)  # the conversation is back
    phone.locator("#nb-conn .nb-retry").click()
    t0 = time.time()
    while time.time() - t0 < 30 and "予以公开" not in _last(phone).inner_text():
        time.sleep(0.2)
    assert "予以公开" in _last(phone).inner_text() and "来源" in _last(phone).inner_text()
    assert not phone.locator("#nb-conn").is_visible()


def test_phone_screenshot_shows_the_box_and_the_last_answer(phone):
    _ask(phone, "How many applications were received?", r"\b17\b")
    phone.wait_for_timeout(500)
    vh = PHONE["height"]
    box, answer = phone.locator("#question textarea").bounding_box(), _last(phone).bounding_box()
    assert box["y"] + box["height"] <= vh and answer["y"] < vh and answer["y"] + answer["height"] > 0
    assert phone.evaluate(SIDEWAYS_JS)[0] <= PHONE["width"]
    phone.screenshot(path=str(SHOTS / "chat_phone.png"))
