"""The Gradio page: the chat for citizens, and the staff views (reports, years compared, failed
checks, upload). A thin shell: answers come from the service, views from ``service.views``,
HTML from ``web.html_views`` and ``web.render``.

Every event is private to the page (no named public API), the conversation is kept on the
server (a ``gr.State``; the client's chat is display only), and every input is checked on the
server (``web.guard``).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

import settings as _settings  # noqa: F401  (turns telemetry off before gradio is imported)

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402

from service import get_service  # noqa: E402
from service import views  # noqa: E402
from service.nianbao import summarize  # noqa: E402
from settings import get_settings  # noqa: E402
from vocab.labels import TREND_KEYS  # noqa: E402
from web import html_views  # noqa: E402
from web.guard import STAFF_COOKIE, question_problem, token_matches  # noqa: E402
from web.render import answer_markdown, filter_line, md, sources_message  # noqa: E402

UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"]
EXAMPLES = [
    "涧西区2020年有多少申请不予公开？",
    "How many applications were received?",
    "存在哪些主要问题？",
    "哪个单位收到的申请最多？",
    "那2021年呢？",
    "What problems does the report mention?",
]
ALL = ""  # the "no filter" choice of a dropdown


def service():
    """The process's Nianbao (stores, model, engine), built on first use."""
    return get_service()


# ---------------------------------------------------------------------------------------------
# the store's catalogue, for the dropdowns
# ---------------------------------------------------------------------------------------------
def agency_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(service().facts.years_by_agency())]


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
    then the answer and its sources."""
    history = list(history or [])[-get_settings().max_history_messages:]
    question = (question or "").strip() if isinstance(question, str) else ""
    if not question:
        yield history, "", history, context
        return
    problem = question_problem(question, get_settings().max_question_chars)
    if problem:
        history.append({"role": "assistant", "content": md(problem)})
        yield history, "", history, context
        return
    agency = agency or None
    year_i = _parse_year(year)
    history.append({"role": "user", "content": md(question) + filter_line(agency, year_i)})
    history.append({"role": "assistant", "content": "…"})
    yield history, "", history, context
    try:
        ans = service().ask(question, agency=agency, year=year_i, context=context)
    except Exception as e:  # show the failure, keep the conversation usable
        history[-1] = {"role": "assistant", "content": md(f"出错了 / Something went wrong: {type(e).__name__}: {e}")}
        yield history, "", history, context
        return
    record = ans.record
    history[-1] = {"role": "assistant", "content": answer_markdown(record, ans.table_html)}
    src = sources_message(record)
    if src:
        history.append(src)
    yield history, "", history, ans.query


# ---------------------------------------------------------------------------------------------
# staff views
# ---------------------------------------------------------------------------------------------
def report_html(agency: str | None, year: Any) -> str:
    return html_views.report_html(views.report_view(service().facts, agency, _parse_year(year)))


def _empty_points() -> pd.DataFrame:
    return pd.DataFrame({"bar": pd.Series(dtype="str"), "value": pd.Series(dtype="float"),
                         "measure": pd.Series(dtype="str")})


def _comparison_view(agency: str | None):
    """The comparison for the UI: bars kept in year-then-measure order (the plot sorts by name)."""
    cmp = views.comparison(service().facts, agency)
    points = pd.DataFrame(cmp.points) if cmp and cmp.points else _empty_points()
    return html_views.comparison_html(cmp), gr.update(value=points, sort=list(points["bar"]) or None)


def checks_html() -> str:
    return html_views.checks_html(views.failed_checks(service().facts))


# ---------------------------------------------------------------------------------------------
# upload and removal (staff token)
# ---------------------------------------------------------------------------------------------
def token_ok(token: str | None) -> bool:
    return token_matches(token, get_settings().staff_token)


def _token_refusal(token: str | None) -> str | None:
    if not get_settings().staff_token:
        return "上传已停用：未配置工作人员令牌（NIANBAO_STAFF_TOKEN）。Uploads are disabled: no staff token is configured."
    if not token_ok(token):
        return "令牌不正确，已拒绝。Wrong or missing staff token: refused."
    return None


def upload(files: list | None, token: str, progress=gr.Progress()) -> Iterator[str]:
    """Ingest uploaded files one by one, a result line per file as it finishes. Files are kept
    by content hash (``service().add_upload``): one name never replaces another's report; the
    temporary copy Gradio made is deleted afterwards."""
    refusal = _token_refusal(token)
    if refusal:
        yield refusal
        return
    items = [f if isinstance(f, str) else getattr(f, "name", f) for f in (files or [])]
    if not items:
        yield "请先选择文件。Choose files first."
        return
    limit = get_settings().max_upload_files
    if len(items) > limit:
        yield f"一次最多上传 {limit} 个文件。At most {limit} files per upload."
        return
    svc = service()
    results: list = []
    lines: list[str] = []
    for n, item in enumerate(items, 1):
        src = Path(str(item))
        name = getattr(files[n - 1], "orig_name", None) or src.name
        progress((n - 1, len(items)), desc=name)
        try:
            res = svc.add_upload(src, name)  # the stores' writer lock serialises the writes
        finally:
            _forget_temp(src)
        results.append(res)
        lines.append(res.line())
        yield "\n".join(lines)
    yield "\n".join(lines + ["— " + summarize(results)])


def _forget_temp(path: Path) -> None:
    """Delete Gradio's temporary copy of an upload (only ever inside its upload folder)."""
    try:
        root = Path(os.environ.get("GRADIO_TEMP_DIR", "")).resolve()
        if str(root) not in ("", "/") and path.resolve().is_relative_to(root):
            path.unlink(missing_ok=True)
    except OSError:
        pass


def remove(report_id: str | None, token: str) -> str:
    refusal = _token_refusal(token)
    if refusal:
        return refusal
    if not report_id:
        return "请选择要删除的报告。Pick a report to remove."
    rep = service().facts.get_report(report_id)
    if rep is None:
        return f"没有这份报告 no such report: {report_id}"
    ok = service().remove(report_id)
    return f"{'removed' if ok else 'not removed'}  {rep.label()} ({Path(rep.source).name})"


def report_choices() -> list[tuple[str, str]]:
    return [(f"{r.label()} · {Path(r.source).name} · {r.id[:8]}", r.id) for r in service().facts.list_reports()]
# ---------------------------------------------------------------------------------------------
# the Gradio app
# ---------------------------------------------------------------------------------------------
THEME = gr.themes.Default(
    primary_hue="red",
    neutral_hue="slate",
    font=["system-ui", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
          "Source Han Sans SC", "WenQuanYi Micro Hei", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
)
CSS = """
.gradio-container {max-width: 1200px !important; margin: 0 auto;}
#nb-header h1 {margin-bottom: 0; font-size: 1.6em;}
#nb-header p {margin-top: 0.2em; color: var(--body-text-color-subdued);}
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
.message small {color: var(--body-text-color-subdued);}
#nb-results textarea {font-family: var(--font-mono); font-size: 0.85em;}
"""


def _dropdown_updates():
    agencies = [("全部单位 All bodies", ALL)] + agency_choices()
    years = [("全部年份 All years", ALL)] + [(str(y), str(y)) for y in year_choices()]
    names = agency_choices()
    first = names[0][1] if names else None
    first_years = [str(y) for y in year_choices(first)] if first else []
    return (gr.update(choices=agencies), gr.update(choices=years),
            gr.update(choices=names, value=first), gr.update(choices=first_years, value=first_years[-1] if first_years else None),
            gr.update(choices=names, value=first), gr.update(choices=report_choices(), value=None))


def _years_for_browser(agency: str | None, year: str | None):
    years = [str(y) for y in year_choices(agency)] if agency else []
    return gr.update(choices=years, value=year if year in years else (years[-1] if years else None))


# every event is internal to the page: callable by the page (fn_index), not a named public API
PRIVATE = {"api_visibility": "private"}
_TOKEN_COOKIE_JS = (f"(t) => {{ document.cookie = '{STAFF_COOKIE}=' + encodeURIComponent(t || '') + "
                    "'; path=/; SameSite=Strict'; return t; }")


def build_ui() -> gr.Blocks:
    staff_enabled = bool(get_settings().staff_token)
    with gr.Blocks(title="年报问答 Nianbao") as demo:
        gr.Markdown("# 年报问答 · Nianbao\n政府信息公开工作年度报告问答：数字取自报告表格，并注明出处。"
                    "Questions on government information-disclosure annual reports: every number comes from a "
                    "report's table, with its source.",
                    elem_id="nb-header")
        context = gr.State(None)
        hist = gr.State([])  # the conversation, kept on the server: the client's chat is display only
        with gr.Tabs():
            with gr.Tab("问答 Ask", id="chat"):
                with gr.Row():
                    f_agency = gr.Dropdown(label="单位 Body", choices=[("全部单位 All bodies", ALL)], value=ALL,
                                           scale=3, elem_id="filter-agency")
                    f_year = gr.Dropdown(label="年份 Year", choices=[("全部年份 All years", ALL)], value=ALL,
                                         scale=1, elem_id="filter-year")
                chat = gr.Chatbot(label="对话 Conversation", height=580, elem_id="chat", buttons=["copy"],
                                  feedback_options=None, placeholder="请提问，例如：涧西区2020年有多少申请不予公开？<br>"
                                  "Ask, e.g.: How many applications were received?")
                with gr.Row():
                    box = gr.Textbox(placeholder="输入问题 Type a question…", show_label=False, scale=6,
                                     elem_id="question", autofocus=True, max_length=1000)
                    send = gr.Button("提问 Ask", variant="primary", scale=0, min_width=110, elem_id="ask")
                    clear = gr.Button("新对话 New chat", scale=0, min_width=190, elem_id="new-chat")
                gr.Examples(EXAMPLES, inputs=[box], label="示例问题 Example questions")
                turn = dict(fn=respond, inputs=[box, f_agency, f_year, hist, context],
                            outputs=[chat, box, hist, context], **PRIVATE)
                box.submit(**turn)
                send.click(**turn)
                clear.click(lambda: ([], "", [], None), outputs=[chat, box, hist, context], **PRIVATE)

            with gr.Tab("报告浏览 Reports", id="browser"):
                with gr.Row():
                    b_agency = gr.Dropdown(label="单位 Body", choices=[], scale=3, elem_id="browse-agency")
                    b_year = gr.Dropdown(label="年份 Year", choices=[], scale=1, elem_id="browse-year")
                b_view = gr.HTML(elem_id="report-view")
                # a new body keeps the year when it has a report of it, else takes its newest
                b_agency.change(_years_for_browser, inputs=[b_agency, b_year], outputs=[b_year], **PRIVATE).then(
                    report_html, inputs=[b_agency, b_year], outputs=[b_view], **PRIVATE)
                b_year.change(report_html, inputs=[b_agency, b_year], outputs=[b_view], **PRIVATE)

            with gr.Tab("年度对比 Compare years", id="compare"):
                c_agency = gr.Dropdown(label="单位 Body", choices=[], elem_id="compare-agency")
                c_plot = gr.BarPlot(x="bar", y="value", color="measure", title="申请办理 Applications by year",
                                    x_title="年份 year", y_title="件 count", color_title="", height=320,
                                    sort=None, elem_id="compare-plot",
                                    color_map={lab: c for (_, lab, _), c in
                                               zip(TREND_KEYS, ["#2563eb", "#16a34a", "#dc2626", "#f59e0b"])})
                c_table = gr.HTML(elem_id="compare-table")
                c_agency.change(_comparison_view, inputs=[c_agency], outputs=[c_table, c_plot], **PRIVATE)

            with gr.Tab("核对问题 Failed checks", id="checks") as t_checks:
                with gr.Row():
                    k_refresh = gr.Button("刷新 Refresh", size="sm", scale=0, min_width=120)
                k_view = gr.HTML(elem_id="checks-view")
                k_refresh.click(checks_html, outputs=[k_view], **PRIVATE)
                t_checks.select(checks_html, outputs=[k_view], **PRIVATE)

            with gr.Tab("上传 Upload (staff)", id="upload"):
                if not staff_enabled:
                    gr.Markdown("**上传已停用**：未配置工作人员令牌（环境变量 `NIANBAO_STAFF_TOKEN`）。"
                                "**Uploads are disabled**: no staff token is configured.", elem_id="upload-disabled")
                token = gr.Textbox(label="工作人员令牌 Staff token", type="password", elem_id="staff-token",
                                   interactive=staff_enabled)
                # the upload route only takes files from a browser that presents the token (web.guard)
                token.change(None, inputs=[token], js=_TOKEN_COOKIE_JS, **PRIVATE)
                files = gr.File(label="报告文件 Report files (txt, md, html, pdf, docx)", file_count="multiple",
                                file_types=UPLOAD_TYPES, elem_id="upload-files", interactive=staff_enabled)
                u_btn = gr.Button("上传并入库 Upload and ingest", variant="primary", elem_id="upload-btn",
                                  interactive=staff_enabled)
                u_out = gr.Textbox(label="结果 Results", lines=6, interactive=False, elem_id="nb-results")
                with gr.Accordion("删除报告 Remove a report", open=False):
                    r_pick = gr.Dropdown(label="报告 Report", choices=[], elem_id="remove-pick")
                    r_btn = gr.Button("删除 Remove", variant="stop", elem_id="remove-btn", interactive=staff_enabled)
                    r_out = gr.Textbox(label="结果 Result", interactive=False, elem_id="remove-result")

        refresh_targets = [f_agency, f_year, b_agency, b_year, c_agency, r_pick]
        u_btn.click(upload, inputs=[files, token], outputs=[u_out], **PRIVATE).then(
            _dropdown_updates, outputs=refresh_targets, **PRIVATE)
        r_btn.click(remove, inputs=[r_pick, token], outputs=[r_out], **PRIVATE).then(
            _dropdown_updates, outputs=refresh_targets, **PRIVATE)
        demo.load(_dropdown_updates, outputs=refresh_targets, **PRIVATE)
    # answers take milliseconds: a few at once keep one slow question from holding up everyone
    demo.queue(default_concurrency_limit=get_settings().chat_concurrency, max_size=256)
    return demo
