"""The Gradio page: the chat for citizens, and the staff tabs (``web.staff_ui``: reports, years
and bodies compared, failed checks, upload, audit log). A thin shell: answers come from the
service, HTML from ``web.render``.

Every event is private to the page (no named public API), the conversation is kept on the
server (a ``gr.State``; the client's chat is display only), and every input is checked on the
server (``web.guard``). An ask-back's readings are buttons under the answer (Gradio's message
options): the button's index is looked up in the server's conversation and that reading's
question is asked as the next turn (``choose``). Each answer that cites facts keeps its
sources for the "下载来源 CSV / XLSX" links (``web.answer_sources``).
"""
from __future__ import annotations

import logging
from typing import Any, Iterator

import settings as _settings  # noqa: F401  (turns telemetry off before gradio is imported)

import gradio as gr  # noqa: E402

from service import get_service  # noqa: E402
from settings import get_settings  # noqa: E402
from web.answer_sources import ANSWER_SOURCES  # noqa: E402
from web.conversations import CONVERSATIONS, Conversations, picked_question  # noqa: E402
from web.guard import question_problem  # noqa: E402
from web.metrics import observe_answer  # noqa: E402
from web.render import chat_message, error_message, filter_line, language_of, md, pending_message  # noqa: E402

EXAMPLES = [
    "涧西区2020年有多少申请不予公开？",
    "How many applications were received?",
    "存在哪些主要问题？",
    "哪个单位收到的申请最多？",
    "那2021年呢？",
    "What problems does the report mention?",
]
ALL = ""  # the "no filter" choice of a dropdown
SAMPLE_TAG = "（示例）"  # a generated, fictional report (short: a phone shows the whole name)
log = logging.getLogger(__name__)


def service():
    """The process's Nianbao (stores, model, engine), built on first use."""
    return get_service()


# ---------------------------------------------------------------------------------------------
# the store's catalogue, for the dropdowns
# ---------------------------------------------------------------------------------------------
def _sample_agencies() -> set[str]:
    """Bodies whose every report is a generated, fictional sample."""
    flags: dict[str, bool] = {}
    for r in service().facts.list_reports():
        if r.name:
            flags[r.name] = flags.get(r.name, True) and bool(r.sample)
    return {name for name, all_sample in flags.items() if all_sample}


def agency_choices() -> list[tuple[str, str]]:
    samples = _sample_agencies()
    return [(name + (SAMPLE_TAG if name in samples else ""), name)
            for name in sorted(service().facts.years_by_agency())]


def year_choices(agency: str | None = None) -> list[int]:
    years = service().facts.years_by_agency()
    if agency:
        return list(years.get(agency, []))
    return sorted({y for ys in years.values() for y in ys})


# ---------------------------------------------------------------------------------------------
# chat
# ---------------------------------------------------------------------------------------------
def _parse_year(year: Any) -> int | None:
    try:
        return int(year) if year not in (None, "", ALL) else None
    except (TypeError, ValueError):
        return None


def respond(question: str, agency: str | None, year: Any, history: list | None, context: Any
            ) -> Iterator[tuple[list, str, list, Any]]:
    """Answer one chat turn. The conversation lives on the server (``history`` is a gr.State,
    never the client's copy of the chat), so nothing a client sends is echoed back but its
    question, as escaped text. Yields twice: the question with a working indicator at once,
    then the answer with its one source line. A failed answer keeps the conversation, puts the
    question back into the box and offers a retry, in the user's language (``remember`` then
    keeps the conversation under the tab's id, for a page reloaded after a lost connection)."""
    history = list(history or [])[-get_settings().max_history_messages:]
    question = (question or "").strip() if isinstance(question, str) else ""
    if not question:
        yield history, "", history, context
        return
    problem = question_problem(question, get_settings().max_question_chars)
    if problem:
        history.append({"role": "assistant", "content": md(problem)})
        yield history, question, history, context
        return
    agency = agency or None
    year_i = _parse_year(year)
    lang = language_of(question)
    history.append({"role": "user", "content": md(question) + filter_line(agency, year_i)})
    yield history + [pending_message(lang)], "", history, context
    try:
        ans = service().ask(question, agency=agency, year=year_i, context=context)
    except Exception as e:  # say what happened, keep the conversation and the question
        log.exception("answering %r failed", question[:80])
        failed = history + [error_message(lang, type(e).__name__)]  # the detail stays in the log
        yield failed, question, history[:-1], context  # a retry asks it again
        return
    observe_answer(ans.record)
    history.append(chat_message(ans.record, ans.table_html, ANSWER_SOURCES.put(ans.record)))
    yield history, "", history, ans.query


def choose(agency: str | None, year: Any, history: list | None, context: Any, draft: str | None,
           evt: gr.SelectData) -> Iterator[tuple[list, str, list, Any]]:
    """A reading of an ask-back picked (an option button under the last answer): its question,
    looked up in the server's copy of the conversation by the button's index, is asked as the
    next turn, echoed at once like a typed one. What the user was typing stays in the box; a
    failed answer puts the picked question there for the retry."""
    history = list(history or [])
    question = picked_question(history, getattr(evt, "index", None))
    draft = draft if isinstance(draft, str) else ""
    if not question:
        yield history, draft, history, context
        return
    for shown, box, hist, ctx in respond(question, agency, year, history, context):
        yield shown, (box if box == question else draft), hist, ctx


def remember(conv: str | None, history: list | None, context: Any) -> None:
    """After each turn: the conversation under this browser tab's id (``web.conversations``)."""
    CONVERSATIONS.put(conv, list(history or [])[-get_settings().max_history_messages:], context)


def restore(conv: str | None):
    """Page load: the conversation this browser tab had (Gradio reloads the page after a lost
    connection), else a new conversation id."""
    got = CONVERSATIONS.get(conv)
    if got is None:
        return Conversations.new_id(), [], [], None
    history, context = got
    return conv, history, history, context


def new_chat(conv: str | None):
    CONVERSATIONS.forget(conv)
    return [], "", [], None


# ---------------------------------------------------------------------------------------------
# staff views: web.staff_ui (re-exported here for the callers that know them from this module)
# ---------------------------------------------------------------------------------------------
from web.staff_ui import build_staff_tabs, remove, report_choices, report_html, token_ok, upload  # noqa: E402,F401


# ---------------------------------------------------------------------------------------------
# the Gradio app
# ---------------------------------------------------------------------------------------------
THEME = gr.themes.Default(
    primary_hue="red",
    neutral_hue="slate",
    font=["system-ui", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
          "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
).set(
    # every text colour at least 4.5:1 on its background (WCAG AA), in light and dark mode
    body_text_color_subdued="#475569", body_text_color_subdued_dark="#cbd5e1",
    block_info_text_color="#475569", block_info_text_color_dark="#cbd5e1",
    input_placeholder_color="#52607a", input_placeholder_color_dark="#aab4c3",
    block_label_text_color="#334155", block_label_text_color_dark="#e2e8f0",
    button_primary_background_fill="#b91c1c", button_primary_background_fill_hover="#991b1b",
    button_primary_text_color="#ffffff",
    color_accent="#b91c1c",  # the selected tab's text: red-500 was 3.8:1 on white
)
CSS = """
.gradio-container {max-width: 1200px !important; margin: 0 auto;}
#nb-header h1 {margin-bottom: 0; font-size: 1.6em;}
#nb-header p {margin-top: 0.2em; color: var(--body-text-color-subdued);}
/* phone first: no part of the page may be wider than the screen */
html, body {overflow-x: hidden;}
.gradio-container, .gradio-container .tabs, .gradio-container .tabitem {max-width: 100vw; min-width: 0;}
.nb-table {max-width: 100%; overflow-x: auto;}
#report-view, #compare-table, #checks-view {max-width: 100%; overflow-x: auto;}
#report-view table, #compare-table table, #checks-view table {max-width: none;}
.nb-table table {border-collapse: collapse; margin: 0.4em 0 0.8em; font-size: 0.92em; width: auto;}
.nb-table th, .nb-table td {border: 1px solid var(--border-color-primary); padding: 3px 8px;}
.nb-table thead th {background: var(--background-fill-secondary); font-weight: 600; text-align: center;}
.nb-table caption {text-align: left; font-weight: 600; padding: 4px 0;}
.nb-table td.num {text-align: right; font-variant-numeric: tabular-nums;}
.nb-table th.label {text-align: left; font-weight: normal;}
.nb-table th.level1 {padding-left: 1.4em;} .nb-table th.level2 {padding-left: 2.6em;}
.nb-table tr.group th {background: var(--background-fill-secondary); font-weight: 600;}
.nb-table td.fail {background: #fde2e1; color: #9b1c1c; font-weight: 700; outline: 2px solid #e02424;}
ul.fails {color: #9b1c1c; margin: 0.2em 0 1em;}
.nb-meta {color: var(--body-text-color-subdued); font-size: 0.9em;}
.nb-note {color: var(--body-text-color-subdued); padding: 1em 0;}
.nb-report h3 {margin: 0.2em 0;}
#nb-results textarea {font-family: var(--font-mono); font-size: 0.85em;}
/* the chat: one source line, a sample badge, a fold for staff, a copy button */
#chat .message {max-width: 100%; overflow-wrap: anywhere;}
#chat .message .nb-table {overflow-x: auto;}
.nb-source {font-size: 0.9em; color: var(--body-text-color-subdued); margin: 0.5em 0 0.2em;}
.nb-sample {display: inline-block; margin-left: 0.4em; padding: 0 0.45em; border-radius: 4px; font-size: 0.85em;
            background: #fef3c7; color: #78350f; border: 1px solid #b45309; white-space: nowrap;}
.nb-details {font-size: 0.85em; color: var(--body-text-color-subdued); margin-top: 0.3em;}
.nb-details summary {cursor: pointer;}
.nb-details ul {margin: 0.2em 0; padding-left: 1.2em;}
.nb-copy, .nb-retry {font-size: 0.85em; margin-top: 0.4em; padding: 2px 10px; border-radius: 6px; cursor: pointer;
                     border: 1px solid var(--border-color-primary); background: var(--background-fill-secondary);
                     color: var(--body-text-color);}
.nb-retry {background: #b91c1c; color: #ffffff; border-color: #991b1b;}
.nb-copying details, .nb-copying .nb-copy, .nb-copying .nb-retry, .nb-copying .nb-dl {display: none !important;}
.nb-error {color: #9b1c1c; font-weight: 600;}
.nb-dl {margin: 0.2em 0 0.4em;}
.nb-dl a {display: inline-block; min-height: 44px; line-height: 44px; padding: 0 0.6em; color: #1d4ed8;}
/* an ask-back's readings: Gradio's option buttons, wrapped, full width on a phone, 44 px tap targets */
#chat .options {display: flex !important; flex-wrap: wrap; gap: 8px; padding: 8px 4px; margin: 0; max-width: 100%;
                justify-content: flex-start;}
#chat .options .option {flex: 0 1 auto; width: auto; max-width: 100%; min-width: 0; min-height: 44px;
                        padding: 8px 12px; white-space: normal; overflow-wrap: anywhere; text-align: left;
                        align-items: flex-start; border: 1px solid #b91c1c; color: var(--body-text-color);
                        background: var(--background-fill-primary); font-size: 0.95em; line-height: 1.35;}
#chat .options .option:hover, #chat .options .option:focus-visible {background: #fef2f2; color: #7f1d1d;}
.nb-pending {color: var(--body-text-color-subdued);}
.nb-pending::after {content: " ⏳";}
#nb-conn {margin: 0.3em 0; padding: 0.5em 0.8em; border: 1px solid #b91c1c; border-radius: 6px; color: #7f1d1d;
          background: #fef2f2;}
#nb-conn[hidden] {display: none;}
#ask-row {flex-wrap: nowrap; gap: 6px; align-items: stretch;}
#ask-row > * {min-width: 0;}
#filters {gap: 8px;}
#nb-conn-box:has(#nb-conn[hidden]) {display: none;}
/* a dropdown is wide enough for its longest words; on a phone each takes the whole line */
.gradio-container .block:has(input[role=combobox]) {min-width: min(100%, 190px) !important;}
.gradio-container .form:has(input[role=combobox]) {flex-wrap: wrap;}
#ask {white-space: nowrap;}
.gradio-container > .main {padding-left: clamp(6px, 3vw, 32px) !important; padding-right: clamp(6px, 3vw, 32px) !important;}
/* (Gradio puts ".gradio-container .contain" before every selector inside @media) */
@media (max-width: 640px) {
  #nb-header h1 {font-size: 1.2em;}
  #nb-header p {font-size: 0.8em; line-height: 1.3;}
  #ask {min-width: 84px !important; padding: 0 8px;}
  .block:has(input[role=combobox]) {min-width: 100% !important;}
}
"""


def _chat_filter_updates(agency: str | None, year: Any):
    """The chat's body and year filters after the store changed: new choices, the value kept
    while it is still held."""
    agencies = [("全部单位 All bodies", ALL)] + agency_choices()
    years = [("全部年份 All years", ALL)] + [(str(y), str(y)) for y in year_choices()]
    keep = lambda v, ch: v if v in [c[1] for c in ch] else ALL  # noqa: E731
    return gr.update(choices=agencies, value=keep(agency, agencies)), gr.update(choices=years, value=keep(year, years))


# every event is internal to the page: callable by the page (fn_index), not a named public API
PRIVATE = {"api_visibility": "private"}

# the page's own script, installed once on load: the copy buttons copy the message as plain text
# (without the folded details); "重试 Retry" sends the kept question again; a question that
# never reached the server (connection lost, queue refused) is put back into the box with a notice
PAGE_JS = r"""() => {
  if (window.__nbInstalled) return; window.__nbInstalled = true;
  // Gradio labels each message with its raw Markdown/HTML source: a screen reader would read
  // the markup; without the label it reads the message itself
  const unlabel = () => { document.querySelectorAll('#chat [data-testid=bot][aria-label], #chat [data-testid=user][aria-label]')
    .forEach(e => e.removeAttribute('aria-label'));
    // an ask-back's readings: a named group of buttons
    document.querySelectorAll('#chat .options:not([role])').forEach(e => { e.setAttribute('role', 'group');
      e.setAttribute('aria-label', '您问的是哪一项？ Which did you mean?'); }); };
  // Gradio's own error toasts speak its internals ("Could not parse server response: SyntaxError…")
  const plainToasts = () => document.querySelectorAll('.toast-wrap *').forEach(e => {
    if (e.children.length) return; const t = e.textContent || '';
    if (/Could not parse server response|SyntaxError|Connection to the server was lost/.test(t))
      e.textContent = /Connection/.test(t) ? '连接中断，正在重新连接… The connection was lost; reconnecting…'
                                           : '服务器没有正常回应。The server did not answer properly.';
  });
  new MutationObserver(() => { unlabel(); plainToasts(); }).observe(document.body, {childList: true, subtree: true});
  const box = () => document.querySelector('#question textarea');
  const setBox = (q) => { const t = box(); if (!t) return; t.value = q;
                          t.dispatchEvent(new Event('input', {bubbles: true})); };
  const plain = (el) => { el.classList.add('nb-copying'); const t = el.innerText; el.classList.remove('nb-copying');
                          return t.replace(/\n{3,}/g, '\n\n').trim(); };
  async function copy(btn) {
    const msg = btn.closest('.message') || btn.closest('.message-row') || btn.parentElement;
    const text = plain(msg); window.__nbCopied = text;
    try { await navigator.clipboard.writeText(text); } catch (e) {
      const ta = document.createElement('textarea'); ta.value = text; document.body.appendChild(ta);
      ta.select(); try { document.execCommand('copy'); } catch (e2) {} ta.remove(); }
    btn.textContent = '已复制 Copied'; setTimeout(() => { btn.textContent = '复制 Copy'; }, 1500);
  }
  window.__nbRetry = () => {
    const q = (box() && box().value.trim()) || window.__nbLast || '';
    const note = document.querySelector('#nb-conn'); if (note) note.hidden = true;
    if (!q) return; setBox(q); setTimeout(() => document.querySelector('#ask').click(), 50);
  };
  window.__nbLost = () => {
    const q = window.__nbLast || ''; const zh = /[\u3400-\u9fff]/.test(q) || !q;
    const t = box(); if (t && !t.value.trim() && q) setBox(q);
    const n = document.querySelector('#nb-conn'); if (!n) return;
    n.querySelector('.nb-conn-text').textContent = zh
      ? '这个问题没有得到回答（连接中断或服务器没有回应）。问题已放回输入框，之前的对话还在；请点“重试”再发一次。'
      : 'This question was not answered (the connection was lost or the server did not respond). It is back in the box '
        + 'and the conversation is kept; press Retry to send it again.';
    n.querySelector('.nb-retry').hidden = false; n.hidden = false;
  };
  // a picked reading of an ask-back that never reached the server: the buttons are still there
  window.__nbPickLost = () => {
    const n = document.querySelector('#nb-conn'); if (!n) return;
    n.querySelector('.nb-conn-text').textContent = '这个选择没有得到回答（连接中断或服务器没有回应）。之前的对话还在，请再点一次您要的那一项。'
      + ' The choice was not answered (the connection was lost or the server did not respond); the conversation is kept: press it again.';
    n.querySelector('.nb-retry').hidden = true; n.hidden = false;
  };
  document.addEventListener('input', (ev) => {
    if (ev.target.matches && ev.target.matches('#question textarea')) sessionStorage.setItem('nb_draft', ev.target.value);
  });
  document.addEventListener('click', (ev) => {
    const c = ev.target.closest('.nb-copy'); if (c) { ev.preventDefault(); copy(c); return; }
    const r = ev.target.closest('.nb-retry'); if (r) { ev.preventDefault(); window.__nbRetry(); }
  });
  // (capture: the option button is gone from the page before the click bubbles up)
  document.addEventListener('click', (ev) => {
    if (!ev.target.closest || !ev.target.closest('#chat .options .option')) return;
    sessionStorage.setItem('nb_pick', '1'); const n = document.querySelector('#nb-conn'); if (n) n.hidden = true;
  }, true);
}"""
# the question sent (kept in the tab until its answer arrives: a reload after a lost connection
# puts it back into the box with the notice)
_STASH_JS = """(q) => { q = (q || '').trim(); if (q) { window.__nbLast = q; sessionStorage.setItem('nb_pending', q); }
  sessionStorage.removeItem('nb_pick'); const n = document.querySelector('#nb-conn'); if (n) n.hidden = true; }"""
_ANSWERED_JS = "() => { sessionStorage.removeItem('nb_pending'); sessionStorage.removeItem('nb_draft'); }"
_LOST_JS = "() => { window.__nbLost && window.__nbLost(); }"
# an ask-back's reading picked: answered, or lost (the page says so, also after Gradio's reload)
_PICKED_JS = "() => { sessionStorage.removeItem('nb_pick'); }"
_PICK_LOST_JS = "() => { window.__nbPickLost && window.__nbPickLost(); }"
# page load: install the page script, then hand the server this tab's conversation id
_LOAD_JS = "() => { (" + PAGE_JS + ")(); return sessionStorage.getItem('nb_conv') || ''; }"
_LOADED_JS = r"""(c) => { if (c) sessionStorage.setItem('nb_conv', c);
  const q = sessionStorage.getItem('nb_pending'), d = sessionStorage.getItem('nb_draft');
  if (q) { window.__nbLast = q; window.__nbLost(); }
  else if (sessionStorage.getItem('nb_pick')) window.__nbPickLost();
  if (!q && d) { const t = document.querySelector('#question textarea');
    if (t && !t.value) { t.value = d; t.dispatchEvent(new Event('input', {bubbles: true})); } } }"""
_CONN_HTML = ("<div id='nb-conn' role='alert' hidden><span class='nb-conn-text'></span> "
              "<button class='nb-retry' type='button'>重试 Retry</button></div>")


def chat_tab(demo: gr.Blocks) -> tuple[gr.Dropdown, gr.Dropdown]:
    """The citizens' chat, phone first: the conversation, then the question box (on screen at
    load on a 390×844 phone), then the filters and the example questions. Returns the filter
    dropdowns (the page refreshes their choices after an upload)."""
    context = gr.State(None)
    hist = gr.State([])  # the conversation, kept on the server: the client's chat is display only
    conv = gr.Textbox(visible=False, elem_id="nb-conv")  # this tab's conversation id (web.conversations)
    chat = gr.Chatbot(label="对话 Conversation", elem_id="chat", buttons=[], feedback_options=None,
                      height="clamp(240px, calc(100dvh - 330px), 620px)", autoscroll=True,
                      placeholder="请提问，例如：涧西区2020年有多少申请不予公开？<br>"
                      "Ask, e.g.: How many applications were received?")
    gr.HTML(_CONN_HTML, elem_id="nb-conn-box", padding=False)
    with gr.Row(elem_id="ask-row"):
        box = gr.Textbox(label="问题 Your question", placeholder="输入问题 Type a question…", show_label=False,
                         scale=6, min_width=120, elem_id="question", autofocus=True, max_length=1000,
                         container=False, html_attributes=gr.InputHTMLAttributes(enterkeyhint="send"))
        send = gr.Button("提问 Ask", variant="primary", scale=0, min_width=84, elem_id="ask")
    with gr.Row(elem_id="filters"):
        f_agency = gr.Dropdown(label="单位 Body", choices=[("全部单位 All bodies", ALL)], value=ALL,
                               scale=3, min_width=240, elem_id="filter-agency")
        f_year = gr.Dropdown(label="年份 Year", choices=[("全部年份 All years", ALL)], value=ALL,
                             scale=1, min_width=150, elem_id="filter-year")
    with gr.Row():
        clear = gr.Button("新对话 New chat", size="sm", scale=0, min_width=120, elem_id="new-chat")
    gr.Examples(EXAMPLES, inputs=[box], label="示例问题 Example questions")
    turn = dict(fn=respond, inputs=[box, f_agency, f_year, hist, context],
                outputs=[chat, box, hist, context], **PRIVATE)
    for trigger in (box.submit, send.click):
        trigger(None, inputs=[box], js=_STASH_JS, **PRIVATE)
        ev = trigger(**turn)
        ev.success(None, js=_ANSWERED_JS, **PRIVATE)
        ev.then(remember, inputs=[conv, hist, context], **PRIVATE)
        ev.failure(None, js=_LOST_JS, **PRIVATE)
    # an ask-back's readings are option buttons under the last answer: picking one asks its question
    picked = chat.option_select(choose, inputs=[f_agency, f_year, hist, context, box],
                                outputs=[chat, box, hist, context], **PRIVATE)
    picked.success(None, js=_PICKED_JS, **PRIVATE)
    picked.then(remember, inputs=[conv, hist, context], **PRIVATE)
    picked.failure(None, js=_PICK_LOST_JS, **PRIVATE)
    clear.click(new_chat, inputs=[conv], outputs=[chat, box, hist, context], **PRIVATE)
    demo.load(restore, inputs=[conv], outputs=[conv, chat, hist, context], js=_LOAD_JS, **PRIVATE).then(
        None, inputs=[conv], js=_LOADED_JS, **PRIVATE)
    chat.clear(lambda c: new_chat(c)[2:], inputs=[conv], outputs=[hist, context], **PRIVATE)  # its own clear icon
    return f_agency, f_year


def build_ui() -> gr.Blocks:
    staff_enabled = bool(get_settings().staff_token)
    with gr.Blocks(title="年报问答 Nianbao") as demo:
        gr.Markdown("# 年报问答 · Nianbao\n政府信息公开工作年度报告问答：数字取自报告表格，并注明出处。"
                    "Questions on government information-disclosure annual reports: every number comes from a "
                    "report's table, with its source.",
                    elem_id="nb-header")
        with gr.Tabs():
            with gr.Tab("问答 Ask", id="chat"):
                f_agency, f_year = chat_tab(demo)
            # the staff tabs: reports, years, bodies, failed checks, upload, audit log (web.staff_ui)
            build_staff_tabs(demo, [f_agency, f_year], staff_enabled, chat_refresh=_chat_filter_updates)
    # answers take milliseconds: a few at once keep one slow question from holding up everyone
    demo.queue(default_concurrency_limit=get_settings().chat_concurrency, max_size=256)
    return demo
