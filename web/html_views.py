"""The staff views as HTML: the records of ``service.views`` rendered, escaped, nothing computed.
A generated, fictional sample report carries the "示例（虚构）sample, fictional" badge wherever it
appears (report, years compared, failed checks)."""
from __future__ import annotations


from service.views import Comparison, FailedCheck, ReportView
from vocab.bodies import level_label
from vocab.labels import format_value
from vocab.layout import render_html
from web.render import SAMPLE_BADGE, esc


def report_html(view: ReportView | None) -> str:
    """Tables 二, 三, 四 of one report in the template's layout, failed checks marked and listed."""
    if view is None:
        return "<p class='nb-note'>请选择单位和年份。Pick a body and a year.</p>"
    rep = view.report
    level = level_label(view.level)
    badge = (" " + SAMPLE_BADGE) if getattr(rep, "sample", False) else ""  # a generated, fictional report
    out = [f"<div class='nb-report'><h3>{esc(view.name)} {esc(rep.year)}{badge}</h3>",
           f"<p class='nb-meta'>{esc(level) + ' · ' if level else ''}模板 format {esc(rep.format)} · "
           f"{rep.n_facts} 个数字 facts · 核对 checks: {view.n_pass} 通过 pass, {view.n_fail} 不通过 fail, "
           f"{view.n_not_assessable} 无法核对 not assessable · id <code>{esc(rep.id[:12])}</code></p>",
           _source_line(view)]
    if view.also_held:
        out.append("<p class='nb-meta'>同年另有文件 also held: " + "、".join(esc(n) for n in view.also_held) + "</p>")
    if rep.warnings:
        out.append("<details class='nb-warn'><summary>读取警告 reading warnings "
                   f"({len(rep.warnings)})</summary><ul>"
                   + "".join(f"<li>{esc(w)}</li>" for w in rep.warnings) + "</ul></details>")
    if not view.tables:
        out.append("<p class='nb-note'>这份报告没有可读取的统计表。This report has no table facts.</p>")
    out += [render_html(t) for t in view.tables]
    if view.other_failures:
        out.append("<h4>其他未通过的核对 Other failed checks</h4><ul class='fails'>"
                   + "".join(f"<li>✗ {esc(x)}</li>" for x in view.other_failures) + "</ul>")
    out.append("</div>")
    return "".join(out)


def _source_line(view: ReportView) -> str:
    """When and from where the report came in, and the original file (staff token checked by
    the route, ``web.api``)."""
    rep = view.report
    at = (rep.ingested_at or "").replace("T", " ")[:19]
    origin = "工作人员上传 uploaded by staff" if view.uploaded else "数据文件夹 data folder"
    return (f"<p class='nb-meta nb-source'>入库时间 ingested {esc(at)} UTC · 来源 source: {origin} · "
            f"文件 file {esc(view.file_name)} · <a href='/api/reports/{esc(rep.id)}/file' target='_blank' "
            f"rel='noopener' class='nb-original'>下载原文件 original file</a> (工作人员 staff token)</p>")


def _badge(sample: bool) -> str:
    return (" " + SAMPLE_BADGE) if sample else ""


def comparison_html(cmp: Comparison | None, sample_years: set[int] | frozenset = frozenset()) -> str:
    """One body's years side by side ("·" where a report does not print the item); the years
    whose report is a generated sample (``sample_years``) are badged, and the body when all are."""
    if cmp is None:
        return "<p class='nb-note'>请选择单位。Pick a body.</p>"
    if not cmp.years:
        return f"<p class='nb-note'>没有{esc(cmp.agency)}的报告。No report of this body.</p>"
    rows = []
    for key, lab, values in cmp.rows:
        cells = ["<td class='num missing'>·</td>" if v == "missing"
                 else f"<td class='num'>{esc(format_value(key, v, 'zh'))}</td>" for v in values]
        rows.append(f"<tr><th class='label'>{esc(lab)}</th>{''.join(cells)}</tr>")
    every = bool(cmp.years) and all(y in sample_years for y in cmp.years)
    return (f"<div class='nb-table'><h4>{esc(cmp.agency)}{_badge(every)}</h4><table><thead><tr><th>项目 item</th>"
            + "".join(f"<th>{y}{_badge(y in sample_years and not every)}</th>" for y in cmp.years)
            + "</tr></thead><tbody>" + "".join(rows)
            + "</tbody></table><p class='nb-meta'>· = 报告中没有这一项 not in the report</p></div>")


def _check_cell(f: FailedCheck) -> str:
    """The check in words, its internal name small beneath (the gold files and the CLI use it)."""
    return f"{esc(f.title)}<br><small class='nb-meta'><code>{esc(f.name)}</code></small>"


def checks_html(failed: list[FailedCheck], sample_ids: set[str] | frozenset = frozenset(),
                sample_bodies: set[str] | frozenset = frozenset()) -> str:
    """Every failed check in the store: per report, then across years; a generated sample
    report (its id in ``sample_ids``, its body in ``sample_bodies`` for the checks across
    years) badged."""
    per = [f for f in failed if f.scope == "report"]
    cross = [f for f in failed if f.scope == "cross_year"]
    out = [f"<p class='nb-meta'>{len(per)} 项报告内核对不通过 failed checks within reports · "
           f"{len(cross)} 项跨年度核对不通过 failed cross-year checks</p>"]
    if per:
        out.append("<div class='nb-table'><table><thead><tr><th>单位 body</th><th>年份 year</th>"
                   "<th>核对 check</th><th>说明 detail</th><th>文件 file</th></tr></thead><tbody>")
        for f in per:
            out.append(f"<tr><td>{esc(f.agency or '?')}{_badge(f.report_id in sample_ids)}</td><td>{esc(f.year)}</td>"
                       f"<td>{_check_cell(f)}</td><td>{esc(f.detail)}</td><td>{esc(f.file)}</td></tr>")
        out.append("</tbody></table></div>")
    if cross:
        out.append("<div class='nb-table'><h4>跨年度 Across years (结转下年 = 次年上年结转)</h4><table><thead><tr>"
                   "<th>单位与年度 body and years</th><th>核对 check</th><th>说明 detail</th></tr></thead><tbody>")
        for f in cross:
            sample = any(f.label.startswith(name + " ") for name in sample_bodies)
            out.append(f"<tr><td>{esc(f.label)}{_badge(sample)}</td><td>{_check_cell(f)}</td><td>{esc(f.detail)}</td></tr>")
        out.append("</tbody></table></div>")
    if not per and not cross:
        out.append("<p class='nb-note'>所有核对均通过。Every check passes.</p>")
    return "".join(out)
