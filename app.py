"""Nianbao's web app: a Gradio chat for citizens, staff views, and a JSON API for the help desk.

Presentation only: every answer, number, citation and check comes from ``rag`` and the stores.
Everything that comes from a report (answers, quotes, names, check details) is escaped before
it reaches Markdown or HTML, so a report can never put markup or script into the page.

    python app.py [--host 127.0.0.1] [--port 7860]

On an empty store the reports under ``settings.data_dir`` are ingested first.
"""
from __future__ import annotations

import argparse
import html
import os
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import settings as _settings  # noqa: F401  (turns telemetry off before gradio is imported)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402
from fastapi import FastAPI, HTTPException, Request  # noqa: E402
from fastapi.encoders import jsonable_encoder  # noqa: E402
from fastapi.exceptions import RequestValidationError  # noqa: E402
from fastapi.responses import HTMLResponse, JSONResponse  # noqa: E402
from pydantic import BaseModel, Field, field_validator  # noqa: E402

from settings import get_settings  # noqa: E402
from web.guard import STAFF_COOKIE, GradioGate, question_problem, token_matches  # noqa: E402

UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"]
EXAMPLES = [
    "涧西区2020年有多少申请不予公开？",
    "How many applications were received?",
    "存在哪些主要问题？",
    "哪个单位收到的申请最多？",
    "那2021年呢？",
    "What problems does the report mention?",
]
# the comparison view's measures: (fact key, label)
TREND_KEYS = [  # (fact key, legend label, short bar label)
    ("requests.received.total", "收到申请 received", "收到"),
    ("requests.granted.total", "予以公开 granted", "公开"),
    ("requests.withheld.total", "不予公开 withheld", "不予公开"),
    ("requests.carried_forward.total", "结转下年 carried forward", "结转"),
]
TABLE_KEYS = [
    ("requests.carried_over.total", "上年结转 carried over"),
    ("requests.partially_granted.total", "部分公开 partially granted"),
    ("requests.unable.total", "无法提供 unable to provide"),
    ("requests.not_processed.total", "不予处理 not processed"),
    ("requests.total_processed.total", "办理总计 total processed"),
    ("appeals.review.total", "行政复议 reviews"),
    ("appeals.litigation_direct.total", "直接起诉 lawsuits (direct)"),
    ("appeals.litigation_after_review.total", "复议后起诉 lawsuits (after review)"),
]
ALL = ""  # the "no filter" choice of a dropdown

# ---------------------------------------------------------------------------------------------
# the service: built once per process
# ---------------------------------------------------------------------------------------------


def service():
    """The process's Nianbao (stores, model, engine), built on first use."""
    from rag.service import get_service

    return get_service()


def ensure_seeded(out=sys.stderr) -> list:
    """On an empty store, ingest ``settings.data_dir`` (recursively) and print progress."""
    from ingest.loaders import iter_report_files
    from ingest.pipeline import print_progress, summarize

    svc = service()
    if svc.facts.counts()["reports"]:
        return []
    data_dir = Path(svc.settings.data_dir).resolve()
    store_dir = Path(svc.settings.store_dir).resolve()
    files = [p for p in iter_report_files([data_dir]) if not p.resolve().is_relative_to(store_dir)]
    print(f"empty store: ingesting {len(files)} report files from {data_dir}", file=out, flush=True)
    results = svc.ingester.add_paths(files, progress=print_progress)
    print(summarize(results), file=out, flush=True)
    return results


# ---------------------------------------------------------------------------------------------
# escaping: report text is text
# ---------------------------------------------------------------------------------------------
# ':' and '@' too: a bare URL or address in report text must stay text, not become a link
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~=$^:@])")


def md(text: Any) -> str:
    """Text that Markdown shows literally: Markdown punctuation backslashed, then HTML escaped
    (in that order, so the entities html.escape makes are not broken by a backslash)."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", str(text)), quote=True)


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _quote_block(text: str) -> str:
    return "\n".join("> " + md(line) if line.strip() else ">" for line in text.splitlines())


# ---------------------------------------------------------------------------------------------
# the store's catalogue, for the dropdowns
# ---------------------------------------------------------------------------------------------
def _primary() -> dict:
    from rag.consistency import primary_reports

    return primary_reports(service().facts.list_reports())


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
def _filter_line(agency: str | None, year: int | None) -> str:
    if not agency and not year:
        return ""
    parts = [md(agency) if agency else "全部单位 all bodies", str(year) if year else "全部年份 all years"]
    return "\n\n*筛选 Filter:* " + " · ".join(parts)


def _fact_source(f: dict, lang: str) -> str:
    from rag.citations import TABLE_EN, TABLE_NO, format_value, label

    lab = label(f["key"])
    table = f"表{TABLE_NO.get(lab.table, lab.table)}" if lang == "zh" else TABLE_EN.get(lab.table, lab.table)
    value = format_value(f["key"], f["value"], lang)
    raw = ("由各分项相加" if lang == "zh" else "sum of the printed sub-items") if f.get("derived") else \
        (f"原文 “{f['raw']}”" if lang == "zh" else f"printed “{f['raw']}”")
    row, col = ("行", "列") if lang == "zh" else ("row", "column")
    return (f"- **{md(value)}** — {md(table)} · {row} “{md(lab.row_zh)}” · {col} “{md(lab.column_zh)}” · {md(raw)}"
            f"<br><small>{md(f['citation'])}</small>")


def _passage_source(p: dict, lang: str) -> str:
    rep = p.get("report") or {}
    where = f"{rep.get('agency') or '?'} {rep.get('year') or ''}"
    sec = p.get("section_title") or p.get("section")
    page = p.get("page")
    extra = (f" · 第{page}页" if lang == "zh" else f" · page {page}") if page else ""
    return f"{_quote_block(p.get('text', ''))}\n\n— {md(where)} · {md(sec)}{md(extra)}"


def sources_message(record: dict) -> dict | None:
    """The sources under an answer: each number with its table, row, column and printed cell;
    each passage quoted with its report and section."""
    lang = record.get("language", "zh")
    facts, passages = record.get("facts") or [], record.get("passages") or []
    if not facts and not passages:
        return None
    parts = [_fact_source(f, lang) for f in facts] + [_passage_source(p, lang) for p in passages]
    n = []
    if facts:
        n.append(f"{len(facts)} 个数字 numbers")
    if passages:
        n.append(f"{len(passages)} 段原文 passages")
    total = (record.get("timings") or {}).get("total_ms")
    meta: dict[str, Any] = {"title": "来源 Sources · " + " · ".join(n)}
    if total is not None:
        meta["log"] = f"{total:.0f} ms"
    if passages and not facts:
        meta["status"] = "done"  # the answer already quotes them: folded
    return {"role": "assistant", "content": "\n\n".join(parts), "metadata": meta}


def answer_markdown(record: dict, table_html: str | None, upto: int | None = None) -> str:
    """The answer as Markdown: the engine's text escaped; a table answer shows the rebuilt table."""
    text = record.get("answer", "")
    if table_html:
        paras = text.split("\n\n")
        head = md(paras[0])
        tail = paras[-1] if len(paras) > 1 and paras[-1].lstrip()[:1] in ("（", "(") else ""
        return head + "\n\n" + table_html + ("\n\n" + md(tail) if tail else "")
    return md(text if upto is None else text[:upto])


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
    history = list(history or [])[-_settings_now().max_history_messages:]
    question = (question or "").strip() if isinstance(question, str) else ""
    if not question:
        yield history, "", history, context
        return
    problem = question_problem(question, _settings_now().max_question_chars)
    if problem:
        history.append({"role": "assistant", "content": md(problem)})
        yield history, "", history, context
        return
    agency = agency or None
    year_i = _parse_year(year)
    history.append({"role": "user", "content": md(question) + _filter_line(agency, year_i)})
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


def _settings_now():
    return get_settings()


# ---------------------------------------------------------------------------------------------
# staff views
# ---------------------------------------------------------------------------------------------
def _report_for(agency: str | None, year: Any):
    year_i = _parse_year(year)
    if not agency or year_i is None:
        return None
    return _primary().get((agency, year_i))


def report_html(agency: str | None, year: Any) -> str:
    """Tables 二, 三, 四 of one report in the template's layout, failed checks marked and listed."""
    from rag.consistency import cross_year_checks
    from rag.table_layout import build_tables, render_html

    rep = _report_for(agency, year)
    if rep is None:
        return "<p class='nb-note'>请选择单位和年份。Pick a body and a year.</p>"
    store = service().facts
    facts, checks = store.facts_for(rep.id), store.checks_for(rep.id)
    name = rep.agency_name or rep.agency or "?"
    others = [r for r in store.reports_for([name], [rep.year]) if r.id != rep.id]
    n_pass = sum(c.status == "pass" for c in checks)
    n_fail = sum(c.status == "fail" for c in checks)
    n_na = sum(c.status == "not_assessable" for c in checks)
    out = [f"<div class='nb-report'><h3>{esc(name)} {esc(rep.year)}</h3>",
           f"<p class='nb-meta'>模板 format {esc(rep.format)} · 文件 file {esc(Path(rep.source).name)} · "
           f"{rep.n_facts} 个数字 facts · 核对 checks: {n_pass} 通过 pass, {n_fail} 不通过 fail, "
           f"{n_na} 无法核对 not assessable · id <code>{esc(rep.id[:12])}</code></p>"]
    if others:
        out.append("<p class='nb-meta'>同年另有文件 also held: "
                   + "、".join(esc(Path(r.source).name) for r in others) + "</p>")
    if rep.warnings:
        out.append("<details class='nb-warn'><summary>读取警告 reading warnings "
                   f"({len(rep.warnings)})</summary><ul>"
                   + "".join(f"<li>{esc(w)}</li>" for w in rep.warnings) + "</ul></details>")
    tables = build_tables(rep.format, facts, checks)
    if not tables:
        out.append("<p class='nb-note'>这份报告没有可读取的统计表。This report has no table facts.</p>")
    shown: set[str] = set()
    for t in tables:
        out.append(render_html(t))
        shown.update(t.failed)
    rest = [f"{c.name}: {c.detail}" for c in checks if c.status == "fail" and f"{c.name}: {c.detail}" not in shown]
    rest += [f"{lbl} {c.name}: {c.detail}" for lbl, c in cross_year_checks(store, name)
             if c.status == "fail" and str(rep.year) in lbl]
    if rest:
        out.append("<h4>其他未通过的核对 Other failed checks</h4><ul class='fails'>"
                   + "".join(f"<li>✗ {esc(x)}</li>" for x in rest) + "</ul>")
    out.append("</div>")
    return "".join(out)


def comparison(agency: str | None) -> tuple[str, pd.DataFrame]:
    """One body's years side by side, and the long table the chart draws."""
    from rag.citations import format_value

    empty = pd.DataFrame({"bar": pd.Series(dtype="str"), "value": pd.Series(dtype="float"),
                          "measure": pd.Series(dtype="str")})
    if not agency:
        return "<p class='nb-note'>请选择单位。Pick a body.</p>", empty
    store = service().facts
    reps = sorted(((y, r) for (name, y), r in _primary().items() if name == agency), key=lambda x: x[0])
    if not reps:
        return f"<p class='nb-note'>没有{esc(agency)}的报告。No report of this body.</p>", empty
    values = {y: store.fact_values(r.id) for y, r in reps}
    years = [y for y, _ in reps]
    rows = []
    for key, lab in [(k, lab) for k, lab, _ in TREND_KEYS] + TABLE_KEYS:
        cells = []
        for y in years:
            v = values[y].get(key, "missing")
            cells.append("<td class='num missing'>·</td>" if v == "missing"
                         else f"<td class='num'>{esc(format_value(key, v, 'zh'))}</td>")
        rows.append(f"<tr><th class='label'>{esc(lab)}</th>{''.join(cells)}</tr>")
    table = (f"<div class='nb-table'><h4>{esc(agency)}</h4><table><thead><tr><th>项目 item</th>"
             + "".join(f"<th>{y}</th>" for y in years) + "</tr></thead><tbody>" + "".join(rows)
             + "</tbody></table><p class='nb-meta'>· = 报告中没有这一项 not in the report</p></div>")
    # one bar per (year, measure), side by side: the native BarPlot would stack bars sharing an x
    points = [{"bar": f"{y} {short}", "value": float(values[y][key]), "measure": lab}
              for y in years for key, lab, short in TREND_KEYS if values[y].get(key) is not None]
    return table, (pd.DataFrame(points) if points else empty)


def _comparison_view(agency: str | None):
    """The comparison for the UI: bars kept in year-then-measure order (the plot sorts by name)."""
    table, points = comparison(agency)
    return table, gr.update(value=points, sort=list(points["bar"]) or None)


def checks_html() -> str:
    """Every failed check in the store: per report, then across years."""
    from rag.consistency import cross_year_failures

    store = service().facts
    per = store.failed_checks()
    cross = cross_year_failures(store)
    out = [f"<p class='nb-meta'>{len(per)} 项报告内核对不通过 failed checks within reports · "
           f"{len(cross)} 项跨年度核对不通过 failed cross-year checks</p>"]
    if per:
        out.append("<div class='nb-table'><table><thead><tr><th>单位 body</th><th>年份 year</th>"
                   "<th>核对 check</th><th>说明 detail</th><th>文件 file</th></tr></thead><tbody>")
        for rep, c in per:
            out.append(f"<tr><td>{esc(rep.agency_name or rep.agency or '?')}</td><td>{esc(rep.year)}</td>"
                       f"<td>{esc(c.name)}</td><td>{esc(c.detail)}</td><td>{esc(Path(rep.source).name)}</td></tr>")
        out.append("</tbody></table></div>")
    if cross:
        out.append("<div class='nb-table'><h4>跨年度 Across years (结转下年 = 次年上年结转)</h4><table><thead><tr>"
                   "<th>单位与年度 body and years</th><th>核对 check</th><th>说明 detail</th></tr></thead><tbody>")
        for lbl, c in cross:
            out.append(f"<tr><td>{esc(lbl)}</td><td>{esc(c.name)}</td><td>{esc(c.detail)}</td></tr>")
        out.append("</tbody></table></div>")
    if not per and not cross:
        out.append("<p class='nb-note'>所有核对均通过。Every check passes.</p>")
    return "".join(out)


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
    from ingest.pipeline import summarize

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
    ok = service().ingester.remove(report_id)
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


# ---------------------------------------------------------------------------------------------
# the HTTP API
# ---------------------------------------------------------------------------------------------
class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, description="the question, Chinese or English (at most "
                          "settings.max_question_chars characters)")
    agency: str | None = Field(None, max_length=200, description="pin one body (its name as stored)")
    year: int | None = Field(None, ge=1990, le=2100, description="pin one report year")

    @field_validator("agency")
    @classmethod
    def _encodable_agency(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("agency contains invalid characters") from None
        return v

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        v = v.strip()
        problem = question_problem(v, get_settings().max_question_chars)
        if problem:
            raise ValueError(problem)
        return v


def _report_json(r) -> dict[str, Any]:
    return {"id": r.id, "agency": r.agency_name or r.agency, "region": r.region, "year": r.year,
            "title": r.title, "format": r.format, "file": Path(r.source).name, "kind": r.kind,
            "facts": r.n_facts, "chunks": r.n_chunks, "warnings": r.warnings, "ingested_at": r.ingested_at}


def _docs_page(schema: dict) -> str:
    """/docs without a CDN: the OpenAPI schema's operations as a plain page."""
    rows = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            rows.append(f"<h3><code>{esc(method.upper())} {esc(path)}</code></h3><p>{esc(op.get('summary', ''))}</p>"
                        f"<p>{esc(op.get('description', ''))}</p>")
    return ("<!doctype html><meta charset='utf-8'><title>Nianbao API</title>"
            "<body style='font-family:system-ui,sans-serif;max-width:50em;margin:2em auto'>"
            "<h1>Nianbao API</h1><p>Machine-readable schema: <a href='/openapi.json'>/openapi.json</a></p>"
            + "".join(rows) + "</body>")


def _encodable(obj: Any) -> Any:
    """``obj`` with every string made UTF-8 encodable (lone surrogates replaced)."""
    if isinstance(obj, str):
        return obj.encode("utf-8", "replace").decode("utf-8")
    if isinstance(obj, dict):
        return {_encodable(k): _encodable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_encodable(v) for v in obj]
    return obj


def create_api() -> FastAPI:
    """The help-desk JSON API (without the UI)."""
    api = FastAPI(title="Nianbao API", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Answers about government information-disclosure annual reports, with sources.")

    @api.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # the client's input is not echoed back: it may not even be encodable (a lone surrogate)
        errors = [{"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": e.get("type")}
                  for e in exc.errors()]
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'body'}: {e['msg']}" for e in errors)
        content = jsonable_encoder({"message": msg, "detail": errors})
        return JSONResponse(status_code=422, content=_encodable(content))

    @api.post("/api/ask", summary="Answer a question; returns the answer record with its sources")
    def ask(req: AskRequest) -> dict[str, Any]:
        return service().ask(req.question, agency=req.agency, year=req.year).record

    @api.get("/api/reports", summary="The reports held")
    def reports() -> list[dict[str, Any]]:
        return [_report_json(r) for r in service().facts.list_reports()]

    @api.get("/api/reports/{report_id}/facts", summary="One report's facts and checks (id or unique id prefix)")
    def report_facts(report_id: str) -> dict[str, Any]:
        store = service().facts
        rep = store.get_report(report_id)
        if rep is None and len(report_id) >= 6:
            found = store.find_reports(report_id)
            rep = found[0] if len(found) == 1 else None
        if rep is None:
            raise HTTPException(status_code=404, detail=f"no report with id '{report_id}'")
        return {"report": _report_json(rep),
                "facts": [{"key": f.key, "value": f.value, "raw": f.raw, "derived": f.derived, "evidence": f.evidence}
                          for f in store.facts_for(rep.id)],
                "checks": [{"name": c.name, "status": c.status, "detail": c.detail} for c in store.checks_for(rep.id)]}

    @api.get("/api/checks", summary="Every failed check: per report and across years")
    def checks() -> dict[str, Any]:
        from rag.consistency import cross_year_failures

        store = service().facts
        return {"failed": [{"report_id": rep.id, "agency": rep.agency_name or rep.agency, "year": rep.year,
                            "name": c.name, "detail": c.detail} for rep, c in store.failed_checks()],
                "cross_year": [{"label": lbl, "name": c.name, "status": c.status, "detail": c.detail}
                               for lbl, c in cross_year_failures(store)]}

    @api.get("/healthz", summary="Liveness and store counts")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", **service().facts.counts()}

    @api.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> str:
        return _docs_page(api.openapi())

    return api


def create_app() -> FastAPI:
    """The API with the Gradio UI mounted at "/" (the API routes are matched first).

    Mounted so that Gradio's own path checks apply (``has_launched``): an event's file input
    must be a file this server received through its upload route, never a server path a client
    names. Gradio's upload folder is ours (``store_dir/gradio_tmp``), swept of old files, and the
    upload route is behind ``web.guard.GradioGate`` (staff token, bytes per hour)."""
    s = get_settings()
    upload_dir = (Path(s.store_dir) / "gradio_tmp").resolve()
    upload_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(upload_dir)
    api = create_api()
    demo = build_ui()
    store = Path(s.store_dir).resolve()
    blocked = [str(p) for p in (store / "uploads", store / "facts.sqlite", Path("/proc"), Path("/sys"),
                                Path("/dev"), Path("/etc"), Path("/root"))]
    blocked += [str(p) for p in store.iterdir() if p.resolve() != upload_dir] if store.is_dir() else []
    app = gr.mount_gradio_app(api, demo, path="/", theme=THEME, css=CSS, ssr_mode=False,
                              footer_links=["settings"], show_error=False, pwa=False, mcp_server=False,
                              max_file_size=s.max_file_bytes, blocked_paths=blocked, run_history=False)
    demo.has_launched = True  # mount_gradio_app leaves this False, which switches Gradio's path checks off
    app.add_middleware(GradioGate, token=lambda: get_settings().staff_token, upload_dir=upload_dir,
                       budget_bytes=s.upload_bytes_per_hour)
    return app


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Serve Nianbao: the chat, the staff views and the JSON API.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    args = p.parse_args(argv)
    import uvicorn

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("warning: running as root; run the app as an unprivileged user (docs/deployment.md)",
              file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    svc = service()
    print(f"store: {svc.settings.store_dir} (model {svc.stores.model_id}), opened in "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    ensure_seeded()
    c = svc.facts.counts()
    print(f"serving {c['reports']} reports on http://{args.host}:{args.port}/  (API: /api/ask, /openapi.json)",
          file=sys.stderr, flush=True)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
