"""The staff tabs of the Gradio page: reports (filtered by region and level, with their
ingestion time, source and original file), one body's years, several bodies side by side,
failed checks in words, upload and removal (removal asks for a confirmation), and the audit
log. Every table has CSV and Excel downloads.

A thin shell like ``web.ui``: the views come from ``service.views``, the downloads from
``service.exports``, HTML from ``web.html_views``. Dropdowns are only ever changed by the
user (``.input`` events) or by a handler that sets their choices and value together, so a
value is never checked against choices it does not belong to.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Iterator

import settings as _settings  # noqa: F401  (turns telemetry off before gradio is imported)

import gradio as gr  # noqa: E402
import pandas as pd  # noqa: E402

from service import exports, get_service, views  # noqa: E402
from service.nianbao import summarize  # noqa: E402
from settings import get_settings  # noqa: E402
from vocab.bodies import body_level  # noqa: E402
from vocab.labels import TREND_KEYS  # noqa: E402
from web import html_views  # noqa: E402
from web.guard import STAFF_COOKIE, token_matches  # noqa: E402
from web.metrics import observe_ingest  # noqa: E402
from web.render import SAMPLE_BADGE, esc  # noqa: E402

UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"]
ALL = ""  # the "no filter" choice of a dropdown
ACTOR = "staff (web)"
PRIVATE = {"api_visibility": "private"}  # events the page calls, never a named public API
_TOKEN_COOKIE_JS = (f"(t) => {{ document.cookie = '{STAFF_COOKIE}=' + encodeURIComponent(t || '') + "
                    "'; path=/; SameSite=Strict'; return t; }")
STAFF_CSS = """
.nb-report, #checks-view, #compare-table {max-width: 100%; overflow-x: auto;}
.nb-report .nb-table, #checks-view .nb-table, #compare-table .nb-table {overflow-x: auto; max-width: 100%;}
.nb-downloads {gap: 0.5em; flex-wrap: wrap;}
.nb-downloads button {max-width: 14em;}
#remove-confirm-row {border: 2px solid #e02424; border-radius: 8px; padding: 0.5em;}
"""


def service():
    return get_service()


def _year(year: Any) -> int | None:
    try:
        return int(year) if year not in (None, "", ALL) else None
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------
# downloads: a table → a CSV and an Excel file in Gradio's temporary folder
# ---------------------------------------------------------------------------------------------
def _export_root() -> Path:
    base = os.environ.get("GRADIO_TEMP_DIR") or tempfile.gettempdir()
    root = Path(base) / "nb_exports"
    root.mkdir(parents=True, exist_ok=True)
    return root


def _sweep(root: Path, max_age_s: float = 3600) -> None:
    now = time.time()
    for d in root.iterdir():
        try:
            if d.is_dir() and now - d.stat().st_mtime > max_age_s:
                for f in d.iterdir():
                    f.unlink(missing_ok=True)
                d.rmdir()
        except OSError:
            pass


def export_files(name: str, sheets: dict[str, list[dict]]) -> tuple[str, str]:
    """Write ``sheets`` as ``name.csv`` (the first sheet) and ``name.xlsx`` (every sheet);
    their paths."""
    root = _export_root()
    _sweep(root)
    folder = root / uuid.uuid4().hex[:16]
    folder.mkdir()
    stem = re.sub(r"[\x00-\x1f\\/:*?\"<>|\s]+", "_", name).strip("._")[:80] or "table"
    csv, xlsx = folder / f"{stem}.csv", folder / f"{stem}.xlsx"
    csv.write_bytes(exports.to_csv(next(iter(sheets.values()), [])))
    xlsx.write_bytes(exports.to_xlsx(sheets))
    return str(csv), str(xlsx)


def _downloads(name: str | None, sheets: dict[str, list[dict]] | None) -> tuple[Any, Any]:
    """Updates for a CSV and an Excel download button (disabled when there is nothing)."""
    if not name or not sheets or not any(sheets.values()):
        return gr.update(value=None, interactive=False), gr.update(value=None, interactive=False)
    csv, xlsx = export_files(name, sheets)
    return gr.update(value=csv, interactive=True), gr.update(value=xlsx, interactive=True)


def _download_row(prefix: str) -> tuple[gr.DownloadButton, gr.DownloadButton]:
    with gr.Row(elem_classes=["nb-downloads"]):
        csv = gr.DownloadButton("下载 CSV", size="sm", interactive=False, elem_id=f"{prefix}-csv", scale=0,
                                min_width=150)
        xlsx = gr.DownloadButton("下载 Excel", size="sm", interactive=False, elem_id=f"{prefix}-xlsx", scale=0,
                                 min_width=150)
    return csv, xlsx


# ---------------------------------------------------------------------------------------------
# the catalogue: bodies by region and level
# ---------------------------------------------------------------------------------------------
def bodies_in(region: str | None, level: str | None) -> list[str]:
    reps = views.primary(service().facts)
    names = {name for (name, _), rep in reps.items()
             if views.in_region(rep, region) and (not level or body_level(name) == level)}
    return sorted(names)


def years_of(agency: str | None) -> list[str]:
    years = service().facts.years_by_agency()
    if agency:
        return [str(y) for y in years.get(agency, [])]
    return [str(y) for y in sorted({y for ys in years.values() for y in ys})]


def _choices_all(label: str, values: list[str]) -> list[tuple[str, str]]:
    return [(label, ALL)] + [(v, v) for v in values]


def _keep(value: Any, allowed: list[str], fallback: Any) -> Any:
    return value if value in allowed else fallback


# ---------------------------------------------------------------------------------------------
# 报告浏览 Reports
# ---------------------------------------------------------------------------------------------
def report_html(agency: str | None, year: Any) -> str:
    return html_views.report_html(views.report_view(service().facts, agency, _year(year)))


def browse(region: str | None, level: str | None, agency: str | None, year: Any) -> tuple:
    """The report browser, consistent: bodies of the region and level, the body's years, the
    view, its downloads. Outputs: agency, year, view, csv, xlsx."""
    names = bodies_in(region, level)
    agency = _keep(agency, names, names[0] if names else None)
    years = years_of(agency) if agency else []
    year = _keep(str(year) if year not in (None, "") else None, years, years[-1] if years else None)
    view = views.report_view(service().facts, agency, _year(year))
    sheets = views.report_sheets(view) if view else None
    name = f"{view.name}_{view.report.year}" if view else None
    return (gr.update(choices=names, value=agency), gr.update(choices=years, value=year),
            html_views.report_html(view), *_downloads(name, sheets))


# ---------------------------------------------------------------------------------------------
# 年度对比 Compare years
# ---------------------------------------------------------------------------------------------
def _empty_points() -> pd.DataFrame:
    return pd.DataFrame({"bar": pd.Series(dtype="str"), "value": pd.Series(dtype="float"),
                         "measure": pd.Series(dtype="str")})


def _plot(points: list[dict]) -> Any:
    """A bar plot update that keeps the bars in the order given (the plot sorts by name)."""
    df = pd.DataFrame(points) if points else _empty_points()
    return gr.update(value=df, sort=list(dict.fromkeys(df["bar"])) or None)


def sample_reports() -> tuple[set[str], set[str], dict[str, set[int]]]:
    """The generated, fictional sample reports (badged in every view): their ids, the bodies
    whose every report is a sample, and each body's sample years (primary reports)."""
    reps = service().facts.list_reports()
    ids = {r.id for r in reps if r.sample}
    bodies = {r.name for r in reps if r.name} - {r.name for r in reps if r.name and not r.sample}
    years: dict[str, set[int]] = {}
    for (name, year), rep in views.primary(service().facts).items():
        if rep.sample:
            years.setdefault(name, set()).add(year)
    return ids, bodies, years


def compare_years(agency: str | None) -> tuple:
    """Outputs: table html, plot, csv, xlsx."""
    cmp = views.comparison(service().facts, agency)
    sheets = {"年度对比 years": views.comparison_rows(cmp)} if cmp and cmp.years else None
    sample_years = sample_reports()[2].get(agency or "", set())
    return (html_views.comparison_html(cmp, sample_years), _plot(cmp.points if cmp else []),
            *_downloads(f"{agency}_years" if agency else None, sheets))


# ---------------------------------------------------------------------------------------------
# 单位对比 Compare bodies
# ---------------------------------------------------------------------------------------------
def _badged_bodies(rows: list[dict]) -> list[dict]:
    """The table as shown: each body's name escaped (an HTML column), a sample year's badged
    (the downloads keep the plain rows)."""
    years = sample_reports()[2]
    body, year = "单位 body", "年份 year"
    return [{**r, body: esc(r[body]) + (" " + SAMPLE_BADGE if r[year] in years.get(r[body], ()) else "")}
            for r in rows]


def _frame(columns: list[str], rows: list[dict]) -> pd.DataFrame:
    """The rows in the table's column order (whole numbers stay whole, gaps stay empty)."""
    return exports.frame(rows).reindex(columns=columns) if rows else pd.DataFrame(columns=columns)


def compare_bodies(region: str | None, level: str | None, year: Any, measures: list[str] | None) -> tuple:
    """Outputs: table, plot, csv, xlsx."""
    table = views.bodies_compared(service().facts, region or None, level or None, _year(year), measures or None)
    name = "_".join(x for x in ("bodies", region or "", level or "", str(_year(year) or "")) if x)
    types = ["html", "str", "str", "number"] + ["number"] * (len(table.columns) - 4)
    return (gr.update(value=_frame(table.columns, _badged_bodies(table.rows)), datatype=types), _plot(table.points),
            *_downloads(name, {"单位对比 bodies": table.rows}))


# ---------------------------------------------------------------------------------------------
# 核对问题 Failed checks, 操作记录 Audit log
# ---------------------------------------------------------------------------------------------
def checks_view() -> tuple:
    failed = views.failed_checks(service().facts)
    ids, bodies, _ = sample_reports()
    return (html_views.checks_html(failed, ids, bodies),
            *_downloads("failed_checks", {"核对 checks": views.failed_check_rows(failed)}))


AUDIT_COLUMNS = ["时间 time (UTC)", "操作 action", "报告 report", "操作者 actor", "结果 result", "报告编号 report id"]


def audit_view(token: str | None) -> tuple:
    """The audit log, for staff (the token typed in the Upload tab). Outputs: note, table, csv, xlsx."""
    if not token_ok(token):
        note = "输入工作人员令牌（上传页）后可查看操作记录。Enter the staff token (Upload tab) to read the audit log."
        return note, pd.DataFrame(columns=AUDIT_COLUMNS), *_downloads(None, None)
    rows = views.audit_rows(service().facts)
    return (f"{len(rows)} 条记录 entries, newest first", pd.DataFrame(rows, columns=AUDIT_COLUMNS),
            *_downloads("audit_log", {"操作记录 audit": rows}))


# ---------------------------------------------------------------------------------------------
# upload, removal, identity (staff token)
# ---------------------------------------------------------------------------------------------
def token_ok(token: str | None) -> bool:
    return token_matches(token, get_settings().staff_token)


def _token_refusal(token: str | None) -> str | None:
    if not get_settings().staff_token:
        return "上传已停用：未配置工作人员令牌（NIANBAO_STAFF_TOKEN）。Uploads are disabled: no staff token is configured."
    if not token_ok(token):
        return "令牌不正确，已拒绝。Wrong or missing staff token: refused."
    return None


def _result_line(res) -> str:
    """A result line; a file already held names the report that holds it."""
    line = res.line()
    if res.status == "unchanged" and res.report_id:
        rep = service().facts.get_report(res.report_id)
        if rep is not None:
            line += f"  — 已在库中 already held as {rep.label()} · {Path(rep.source).name} · {rep.id[:8]}"
    return line


def upload(files: list | None, token: str, progress=gr.Progress()) -> Iterator[str]:
    """Ingest uploaded files one by one, a result line per file as it finishes. Files are kept
    by content hash (``service().add_upload``, which records each in the audit log); the
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
            res = svc.add_upload(src, name, actor=ACTOR)  # the stores' writer lock serialises the writes
        finally:
            _forget_temp(src)
        results.append(res)
        lines.append(_result_line(res))
        yield "\n".join(lines)
    observe_ingest(results)
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
    """Remove a report (the confirmed second step of the page's two; the API and tests call
    it directly)."""
    refusal = _token_refusal(token)
    if refusal:
        return refusal
    if not report_id:
        return "请选择要删除的报告。Pick a report to remove."
    rep = service().facts.get_report(report_id)
    if rep is None:
        return f"没有这份报告 no such report: {report_id}"
    ok = service().remove(report_id, actor=ACTOR)
    return f"{'removed' if ok else 'not removed'}  {rep.label()} ({Path(rep.source).name})"


def ask_remove(report_id: str | None, token: str) -> tuple:
    """Step one: name the report and show the confirm button; nothing is removed.
    Outputs: pending id, confirm row, confirm button, result."""
    refusal = _token_refusal(token)
    rep = service().facts.get_report(report_id) if report_id and not refusal else None
    if refusal or rep is None:
        msg = refusal or "请选择要删除的报告。Pick a report to remove."
        return None, gr.update(visible=False), gr.update(), msg
    label = f"{rep.label()} · {Path(rep.source).name}"
    return (rep.id, gr.update(visible=True), gr.update(value=f"确认删除 Confirm remove {label}"),
            f"再按一次红色按钮才会删除 {label}。Press the red confirm button to remove it, or cancel.")


def confirm_remove(pending: str | None, report_id: str | None, token: str) -> tuple:
    """Step two: remove the report named in step one, if it is still the one picked.
    Outputs: pending id, confirm row, result."""
    if not pending or pending != report_id:
        return None, gr.update(visible=False), "已取消：所选报告已改变。Cancelled: the pick changed; press remove again."
    return None, gr.update(visible=False), remove(pending, token)


def cancel_remove() -> tuple:
    return None, gr.update(visible=False), "已取消 Cancelled."


def set_identity(report_id: str | None, agency: str | None, year: Any, token: str) -> str:
    """Correct a report's body and/or year (recorded in the audit log)."""
    refusal = _token_refusal(token)
    if refusal:
        return refusal
    rep = service().facts.get_report(report_id) if report_id else None
    if rep is None:
        return "请选择报告。Pick a report."
    agency = (agency or "").strip()[:200] or None
    y = _year(year)
    if year not in (None, "") and (y is None or not 1990 <= y <= 2100):
        return "年份无效。The year is not valid."
    if agency is None and y is None:
        return "请填写单位或年份。Give a body or a year."
    ok = service().set_identity(rep.id, agency=agency, year=y, actor=ACTOR)
    after = service().facts.get_report(rep.id)
    return f"{'updated' if ok else 'not updated'}  {rep.label()} → {after.label() if after else '?'}"


DUP_COLUMNS = ["单位 body", "年份 year", "答案使用 used", "依据 why", "文件 file", "入库 ingested (UTC)",
               "与所用报告不同的项 keys that differ", "报告编号 report id"]


def duplicates_view() -> tuple[str, pd.DataFrame]:
    """Bodies and years held in two reports with different numbers (a re-issue, a copy): which
    one answers use and why. Outputs: note, table."""
    pairs = service().duplicate_pairs()
    why = {"staff": "工作人员标记 marked primary", "later": "较晚入库 ingested later"}
    rows = [[p["agency"], p["year"], "✓" if r["used"] else "", why.get(p["chosen_by"], "") if r["used"] else "",
             Path(r["source"]).name, r["ingested_at"], "、".join(r["differs"][:6]), r["id"]]
            for p in pairs for r in p["reports"]]
    note = (f"{len(pairs)} 个单位年份有两份数字不同的报告 body-years held in reports with different numbers"
            if pairs else "没有数字不同的重复报告。No body and year is held in reports with different numbers.")
    return note, pd.DataFrame(rows, columns=DUP_COLUMNS)


def set_primary(report_id: str | None, token: str) -> tuple:
    """Use the picked report for its body and year (recorded in the audit log). Outputs:
    result, duplicates note, duplicates table."""
    refusal = _token_refusal(token)
    rep = service().facts.get_report(report_id) if report_id and not refusal else None
    if refusal or rep is None:
        return (refusal or "请选择报告。Pick a report."), *duplicates_view()
    ok = service().set_primary(rep.id, actor=ACTOR)
    msg = f"{'primary' if ok else 'not updated'}  {rep.label()} · {Path(rep.source).name}"
    return msg, *duplicates_view()


def report_choices() -> list[tuple[str, str]]:
    return [(f"{r.label()}{' · 示例 sample' if r.sample else ''} · {Path(r.source).name} · {r.id[:8]}", r.id)
            for r in service().facts.list_reports()]


# ---------------------------------------------------------------------------------------------
# the tabs
# ---------------------------------------------------------------------------------------------
def _reports_tab() -> tuple[list, list]:
    with gr.Tab("报告浏览 Reports", id="browser") as tab:
        with gr.Row():
            region = gr.Dropdown(label="地区 Region", choices=[("全部地区 All regions", ALL)], value=ALL, scale=2,
                                 elem_id="browse-region", min_width=140)
            level = gr.Dropdown(label="级别 Level", choices=_choices_all("全部级别 All levels", []) + [
                (lab, v) for lab, v in views.level_choices()], value=ALL, scale=1, elem_id="browse-level",
                min_width=140)
            agency = gr.Dropdown(label="单位 Body", choices=[], scale=3, elem_id="browse-agency", min_width=160)
            year = gr.Dropdown(label="年份 Year", choices=[], scale=1, elem_id="browse-year", min_width=100)
        csv, xlsx = _download_row("report")
        view = gr.HTML(elem_id="report-view")
    inputs, outputs = [region, level, agency, year], [agency, year, view, csv, xlsx]
    for ev in [c.input for c in inputs] + [tab.select]:
        ev(browse, inputs=inputs, outputs=outputs, **PRIVATE)
    return inputs, outputs


def _compare_tab() -> tuple[Any, list]:
    colors = ["#2563eb", "#16a34a", "#dc2626", "#f59e0b"]
    with gr.Tab("年度对比 Compare years", id="compare") as tab:
        agency = gr.Dropdown(label="单位 Body", choices=[], elem_id="compare-agency")
        plot = gr.BarPlot(x="bar", y="value", color="measure", title="申请办理 Applications by year",
                          x_title="年份 year", y_title="件 count", color_title="", height=320, sort=None,
                          elem_id="compare-plot",
                          color_map={lab: c for (_, lab, _), c in zip(TREND_KEYS, colors)})
        table = gr.HTML(elem_id="compare-table")
        csv, xlsx = _download_row("compare")
    outputs = [table, plot, csv, xlsx]
    for ev in (agency.input, tab.select):
        ev(compare_years, inputs=[agency], outputs=outputs, **PRIVATE)
    return agency, outputs


def _bodies_tab() -> tuple[list, list]:
    with gr.Tab("单位对比 Compare bodies", id="bodies") as tab:
        with gr.Row():
            region = gr.Dropdown(label="地区 Region", choices=[("全部地区 All regions", ALL)], value=ALL,
                                 elem_id="bodies-region", min_width=140)
            level = gr.Dropdown(label="级别 Level", choices=[("全部级别 All levels", ALL)] + views.level_choices(),
                                value=ALL, elem_id="bodies-level", min_width=140)
            year = gr.Dropdown(label="年份 Year", choices=[("全部年份 All years", ALL)], value=ALL,
                               elem_id="bodies-year", min_width=100)
        measures = gr.Dropdown(label="项目 Measures", choices=[(lab, k) for k, lab in views.MEASURES],
                               value=list(views.DEFAULT_MEASURES), multiselect=True, elem_id="bodies-measures")
        table = gr.Dataframe(interactive=False, elem_id="bodies-table", wrap=True, max_height=420,
                             label="点击表头排序 Click a header to sort")
        csv, xlsx = _download_row("bodies")
        plot = gr.BarPlot(x="bar", y="value", color="measure", title="单位对比 Bodies compared", x_title="",
                          y_title="件 count", color_title="", height=360, sort=None, elem_id="bodies-plot",
                          x_label_angle=-30)
    inputs, outputs = [region, level, year, measures], [table, plot, csv, xlsx]
    for ev in [c.input for c in inputs] + [tab.select]:
        ev(compare_bodies, inputs=inputs, outputs=outputs, **PRIVATE)
    return inputs, outputs


def _checks_tab() -> None:
    with gr.Tab("核对问题 Failed checks", id="checks") as tab:
        refresh = gr.Button("刷新 Refresh", size="sm", scale=0, min_width=120)
        csv, xlsx = _download_row("checks")
        view = gr.HTML(elem_id="checks-view")
    refresh.click(checks_view, outputs=[view, csv, xlsx], **PRIVATE)
    tab.select(checks_view, outputs=[view, csv, xlsx], **PRIVATE)


def _audit_tab(token: Any) -> None:
    with gr.Tab("操作记录 Audit log", id="audit") as tab:
        with gr.Row():
            note = gr.Markdown(elem_id="audit-note")
            refresh = gr.Button("刷新 Refresh", size="sm", scale=0, min_width=120, elem_id="audit-refresh")
        table = gr.Dataframe(interactive=False, elem_id="audit-table", wrap=True, max_height=520,
                             headers=AUDIT_COLUMNS)
        csv, xlsx = _download_row("audit")
    for ev in (refresh.click, tab.select):
        ev(audit_view, inputs=[token], outputs=[note, table, csv, xlsx], **PRIVATE)


def _upload_tab(staff_enabled: bool) -> dict[str, Any]:
    with gr.Tab("上传 Upload (staff)", id="upload"):
        if not staff_enabled:
            gr.Markdown("**上传已停用**：未配置工作人员令牌（环境变量 `NIANBAO_STAFF_TOKEN`）。"
                        "**Uploads are disabled**: no staff token is configured.", elem_id="upload-disabled")
        token = gr.Textbox(label="工作人员令牌 Staff token", type="password", elem_id="staff-token",
                           interactive=staff_enabled)
        # the upload route and the original-file route only serve a browser that presents the token
        token.change(None, inputs=[token], js=_TOKEN_COOKIE_JS, **PRIVATE)
        files = gr.File(label="报告文件 Report files (txt, md, html, pdf, docx)", file_count="multiple",
                        file_types=UPLOAD_TYPES, elem_id="upload-files", interactive=staff_enabled)
        u_btn = gr.Button("上传并入库 Upload and ingest", variant="primary", elem_id="upload-btn",
                          interactive=staff_enabled)
        u_out = gr.Textbox(label="结果 Results", lines=6, interactive=False, elem_id="nb-results")
        with gr.Accordion("删除或更正报告 Remove or correct a report", open=False, elem_id="manage"):
            r_pick = gr.Dropdown(label="报告 Report", choices=[], elem_id="remove-pick")
            pending = gr.State(None)  # the report step one named; step two removes only that one
            r_btn = gr.Button("删除… Remove…", variant="secondary", elem_id="remove-btn", interactive=staff_enabled)
            with gr.Row(visible=False, elem_id="remove-confirm-row") as confirm_row:
                r_confirm = gr.Button("确认删除 Confirm remove", variant="stop", elem_id="remove-confirm")
                r_cancel = gr.Button("取消 Cancel", elem_id="remove-cancel", scale=0, min_width=120)
            r_out = gr.Textbox(label="结果 Result", interactive=False, elem_id="remove-result")
            with gr.Row():
                i_agency = gr.Textbox(label="正确的单位 Correct body", elem_id="identity-agency", max_length=200,
                                      scale=3)
                i_year = gr.Textbox(label="正确的年份 Correct year", elem_id="identity-year", max_length=4, scale=1)
                i_btn = gr.Button("更正单位年份 Correct identity", elem_id="identity-btn", scale=0, min_width=180,
                                  interactive=staff_enabled)
            with gr.Row():  # two reports of one body and year: which one answers use
                p_note = gr.Markdown(elem_id="duplicates-note")
                p_btn = gr.Button("设为主报告 Use as primary", elem_id="primary-btn", scale=0, min_width=180,
                                  interactive=staff_enabled)
            p_table = gr.Dataframe(interactive=False, elem_id="duplicates-table", wrap=True, headers=DUP_COLUMNS)
    r_btn.click(ask_remove, inputs=[r_pick, token], outputs=[pending, confirm_row, r_confirm, r_out], **PRIVATE)
    r_cancel.click(cancel_remove, outputs=[pending, confirm_row, r_out], **PRIVATE)
    r_pick.input(cancel_remove, outputs=[pending, confirm_row, r_out], **PRIVATE)
    return dict(token=token, files=files, u_btn=u_btn, u_out=u_out, r_pick=r_pick, pending=pending,
                confirm_row=confirm_row, r_confirm=r_confirm, r_out=r_out, i_agency=i_agency, i_year=i_year,
                i_btn=i_btn, p_note=p_note, p_btn=p_btn, p_table=p_table)


def refresh_all(chat_refresh, chat_agency, chat_year, b_region, b_level, b_agency, b_year, c_agency,
                d_region, d_level, d_year, d_measures) -> tuple:
    """After a load, an upload, a removal or a correction: every dropdown's choices and value
    set together, and every staff view redrawn (``chat_refresh`` gives the chat's filters).
    Outputs in the order ``build_staff_tabs`` wires them."""
    names = sorted(service().facts.years_by_agency())
    all_years = years_of(None)
    regions = views.region_choices(service().facts)
    chat = chat_refresh(chat_agency, chat_year)
    region_update = gr.update(choices=_choices_all("全部地区 All regions", regions),
                              value=_keep(b_region, regions, ALL))
    browser = browse(_keep(b_region, regions, ALL), b_level, b_agency, b_year)
    c_agency = _keep(c_agency, names, names[0] if names else None)
    bodies_region = _keep(d_region, regions, ALL)
    bodies = (gr.update(choices=_choices_all("全部地区 All regions", regions), value=bodies_region),
              gr.update(choices=_choices_all("全部年份 All years", all_years), value=_keep(d_year, all_years, ALL)))
    return (*chat, region_update, *browser, gr.update(choices=names, value=c_agency), *compare_years(c_agency),
            *bodies, *compare_bodies(bodies_region, d_level, _keep(d_year, all_years, ALL), d_measures),
            gr.update(choices=report_choices(), value=None))


def load_choices(chat_refresh, chat_agency, chat_year, b_region, b_level, b_agency, b_year, c_agency,
                 d_region, d_year) -> tuple:
    """When a page opens: the dropdowns' choices and values only (cheap: the staff views are
    drawn when their tab is opened, not for every citizen who opens the chat)."""
    names = sorted(service().facts.years_by_agency())
    all_years = years_of(None)
    regions = views.region_choices(service().facts)
    region = _keep(b_region, regions, ALL)
    bodies = bodies_in(region, b_level)
    agency = _keep(b_agency, bodies, bodies[0] if bodies else None)
    years = years_of(agency) if agency else []
    return (*chat_refresh(chat_agency, chat_year),
            gr.update(choices=_choices_all("全部地区 All regions", regions), value=region),
            gr.update(choices=bodies, value=agency),
            gr.update(choices=years, value=_keep(b_year, years, years[-1] if years else None)),
            gr.update(choices=names, value=_keep(c_agency, names, names[0] if names else None)),
            gr.update(choices=_choices_all("全部地区 All regions", regions), value=_keep(d_region, regions, ALL)),
            gr.update(choices=_choices_all("全部年份 All years", all_years), value=_keep(d_year, all_years, ALL)),
            gr.update(choices=report_choices(), value=None))


def build_staff_tabs(demo: gr.Blocks, chat_filters: list, staff_enabled: bool, chat_refresh) -> None:
    """The staff tabs, inside the page's ``gr.Tabs``. ``chat_filters`` (the chat's body and
    year dropdowns) are refreshed with the rest by ``chat_refresh(agency, year)`` → two updates."""
    b_in, b_out = _reports_tab()
    c_agency, c_out = _compare_tab()
    d_in, d_out = _bodies_tab()
    _checks_tab()
    up = _upload_tab(staff_enabled)
    _audit_tab(up["token"])
    region, level, agency, year = b_in
    d_region, d_level, d_year, d_measures = d_in
    inputs = list(chat_filters) + [region, level, agency, year, c_agency, d_region, d_level, d_year, d_measures]
    outputs = (list(chat_filters) + [region] + b_out + [c_agency] + c_out + [d_region, d_year] + d_out
               + [up["r_pick"]])
    def refresh_page(*values):
        return refresh_all(chat_refresh, *values)

    refresh = dict(fn=refresh_page, inputs=inputs, outputs=outputs, **PRIVATE)
    up["u_btn"].click(upload, inputs=[up["files"], up["token"]], outputs=[up["u_out"]], **PRIVATE).then(**refresh)
    up["r_confirm"].click(confirm_remove, inputs=[up["pending"], up["r_pick"], up["token"]],
                          outputs=[up["pending"], up["confirm_row"], up["r_out"]], **PRIVATE).then(**refresh)
    up["i_btn"].click(set_identity, inputs=[up["r_pick"], up["i_agency"], up["i_year"], up["token"]],
                      outputs=[up["r_out"]], **PRIVATE).then(**refresh)
    up["p_btn"].click(set_primary, inputs=[up["r_pick"], up["token"]],
                      outputs=[up["r_out"], up["p_note"], up["p_table"]], **PRIVATE).then(**refresh)
    demo.load(duplicates_view, outputs=[up["p_note"], up["p_table"]], **PRIVATE)

    def choices_on_load(*values):
        return load_choices(chat_refresh, *values)

    demo.load(choices_on_load, inputs=list(chat_filters) + [region, level, agency, year, c_agency, d_region, d_year],
              outputs=list(chat_filters) + [region, agency, year, c_agency, d_region, d_year, up["r_pick"]], **PRIVATE)
