"""What the staff views show, computed once below the face: the UI, the HTTP API and the CLI
each render these records their own way (HTML, JSON, text) and compute nothing themselves.

* ``failed_checks`` — every failed check in the store: within reports, and across years
  (carried_forward of year Y = carried_over of Y+1);
* ``report_view`` — one report's tables in the template's layout, with its check counts,
  warnings, other files of the same body and year, and the failures not marked in a cell;
* ``comparison`` — one body's years side by side;
* ``bodies_compared`` — several bodies (filtered by region, level, year) side by side;
* ``audit_rows`` — the staff actions, newest first;
* ``*_rows`` — each table as plain rows (dicts) for the CSV and Excel downloads
  (``service.exports``), so a download holds what the page shows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.consistency import cross_year_checks, cross_year_failures, primary_reports
from stores.facts import FactReader, ReportRow
from vocab.bodies import LEVELS, body_level, level_label
from vocab.checks import check_label
from vocab.labels import TABLE_KEYS, TABLE_NO, TREND_KEYS
from vocab.layout import TableView, build_tables

def name_of(rep: ReportRow) -> str:
    """The body's name as the catalogue holds it (its agency row, else the report's own)."""
    return rep.name or "?"


# -- failed checks ------------------------------------------------------------------------------
@dataclass
class FailedCheck:
    scope: str  # "report" | "cross_year"
    label: str  # "涧西区人民政府办公室 2020" or "… 2020→2021"
    name: str
    detail: str
    report_id: str | None = None
    agency: str | None = None
    year: int | None = None
    file: str | None = None

    @property
    def title(self) -> str:
        """The check in words, Chinese · English (``name`` stays the internal name)."""
        return check_label(self.name)


def failed_checks(facts: FactReader) -> list[FailedCheck]:
    out = [FailedCheck("report", f"{name_of(rep)} {rep.year}", c.name, c.detail, rep.id, name_of(rep), rep.year,
                       Path(rep.source).name)
           for rep, c in facts.failed_checks()]
    out += [FailedCheck("cross_year", lbl, c.name, c.detail) for lbl, c in cross_year_failures(facts)]
    return out


# -- one report ---------------------------------------------------------------------------------
@dataclass
class ReportView:
    report: ReportRow
    name: str
    tables: list[TableView]
    n_pass: int
    n_fail: int
    n_not_assessable: int
    also_held: list[str]  # file names of other reports of the same body and year
    other_failures: list[str] = field(default_factory=list)  # failed checks no cell shows
    level: str | None = None  # vocab.bodies.LEVELS

    @property
    def file_name(self) -> str:
        return Path(self.report.source).name

    @property
    def uploaded(self) -> bool:
        """Kept by content hash under ``store_dir/uploads`` (a staff upload), not a data folder."""
        return Path(self.report.source).parent.parent.name == "uploads"


def _in_words(message: str) -> str:
    """"balance:natural_person: 17 + 0 ≠ 15" → the check named in words, then its detail."""
    name, sep, detail = message.partition(": ")
    return f"{check_label(name)}{sep}{detail}"


def _words_on_tables(tables: list[TableView]) -> None:
    """The failed checks a table lists and its cells' titles name the checks in words."""
    for t in tables:
        t.failed = [_in_words(x) for x in t.failed]
        for s in t.subtables or [t]:
            for r in s.rows:
                for cell in r.cells:
                    cell.fails = [_in_words(x) for x in cell.fails]


def primary(facts: FactReader) -> dict[tuple[str, int], ReportRow]:
    return primary_reports(facts.list_reports(), facts)


def report_view(facts: FactReader, agency: str | None, year: int | None) -> ReportView | None:
    if not agency or year is None:
        return None
    rep = primary(facts).get((agency, year))
    return report_view_of(facts, rep) if rep is not None else None


def report_view_of(facts: FactReader, rep: ReportRow) -> ReportView:
    """One given report's view (any report, not only the primary one of its body and year)."""
    fs, cs = facts.facts_for(rep.id), facts.checks_for(rep.id)
    name = name_of(rep)
    tables = build_tables(rep.format, fs, cs)
    shown = {x for t in tables for x in t.failed}
    rest = [_in_words(f"{c.name}: {c.detail}") for c in cs
            if c.status == "fail" and f"{c.name}: {c.detail}" not in shown]
    rest += [f"{lbl} {check_label(c.name)}: {c.detail}" for lbl, c in cross_year_checks(facts, name)
             if c.status == "fail" and str(rep.year) in lbl]
    _words_on_tables(tables)
    return ReportView(
        report=rep, name=name, tables=tables,
        n_pass=sum(c.status == "pass" for c in cs), n_fail=sum(c.status == "fail" for c in cs),
        n_not_assessable=sum(c.status == "not_assessable" for c in cs),
        also_held=[Path(r.source).name for r in facts.reports_for([name], [rep.year]) if r.id != rep.id],
        other_failures=rest, level=body_level(name),
    )


# -- one body's years ---------------------------------------------------------------------------
@dataclass
class Comparison:
    agency: str
    years: list[int]
    # (key, label, one value per year: a number, None for not applicable, "missing" when absent)
    rows: list[tuple[str, str, list[Any]]]
    points: list[dict[str, Any]]  # the chart: {bar, value, measure}, year then measure


def comparison(facts: FactReader, agency: str | None) -> Comparison | None:
    if not agency:
        return None
    reps = sorted(((y, r) for (name, y), r in primary(facts).items() if name == agency), key=lambda x: x[0])
    if not reps:
        return Comparison(agency, [], [], [])
    values = {y: facts.fact_values(r.id) for y, r in reps}
    years = [y for y, _ in reps]
    rows = [(key, lab, [values[y].get(key, "missing") for y in years])
            for key, lab in [(k, lab) for k, lab, _ in TREND_KEYS] + TABLE_KEYS]
    points = [{"bar": f"{y} {short}", "value": float(values[y][key]), "measure": lab}
              for y in years for key, lab, short in TREND_KEYS if values[y].get(key) is not None]
    return Comparison(agency, years, rows, points)


# -- several bodies side by side ------------------------------------------------------------------
APPEALED = "appeals.all.total"  # not a stored key: reviews + both kinds of lawsuit
MEASURES: list[tuple[str, str]] = ([(k, lab) for k, lab, _ in TREND_KEYS] + TABLE_KEYS
                                   + [(APPEALED, "复议诉讼合计 appealed (reviews + lawsuits)")])
DEFAULT_MEASURES = ["requests.received.total", "requests.withheld.total", APPEALED]
_APPEAL_PARTS = ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"]


@dataclass
class BodiesTable:
    columns: list[str]
    rows: list[dict[str, Any]]  # one per report: body, region, level, year, then one value per measure
    points: list[dict[str, Any]]  # the chart: {bar, value, measure}


def _measure(values: dict[str, Any], key: str) -> Any:
    if key == APPEALED:
        parts = [values.get(k) for k in _APPEAL_PARTS]
        return None if any(p is None for p in parts) else sum(parts)
    return values.get(key)


def in_region(rep: ReportRow, region: str | None) -> bool:
    """A report is in ``region`` when its region (or its body's name) starts with it:
    淮安市 holds 淮安市洪泽区."""
    if not region:
        return True
    return (rep.region or "").startswith(region) or (rep.name or "").startswith(region)


_PLACE_END = re.compile(r"(省|自治区|市|自治州|地区|盟)")


def region_choices(facts: FactReader) -> list[str]:
    """Every region held, and the cities and provinces they lie in (淮安市洪泽区 → 淮安市 too)."""
    out: set[str] = set()
    for rep in facts.list_reports():
        region = rep.region or ""
        if region:
            out.add(region)
        out.update(region[: m.end()] for m in _PLACE_END.finditer(region))
    return sorted(out)


_GOVERNMENT_SUFFIX = re.compile(r"人民政府(办公室|办公厅)?$")


def short_name(name: str) -> str:
    """A chart label: "洛阳市河西区人民政府办公室" → "洛阳市河西区"."""
    return _GOVERNMENT_SUFFIX.sub("", name) or name


def bodies_compared(facts: FactReader, region: str | None = None, level: str | None = None,
                    year: int | None = None, keys: list[str] | None = None) -> BodiesTable:
    """Every body's report (the primary one per body and year) that matches the filters, with
    the chosen measures: "all bodies of 淮安市 in 2024: received, withheld, appealed"."""
    labels = dict(MEASURES)
    keys = [k for k in (keys or DEFAULT_MEASURES) if k in labels]
    reps = [(name, y, r) for (name, y), r in sorted(primary(facts).items(), key=lambda x: (x[0][0], x[0][1]))
            if in_region(r, region) and (year is None or y == year)
            and (not level or body_level(name) == level)]
    columns = ["单位 body", "地区 region", "级别 level", "年份 year"] + [labels[k] for k in keys]
    rows, points = [], []
    several_years = len({y for _, y, _ in reps}) > 1
    for name, y, rep in reps:
        values = facts.fact_values(rep.id)
        row = {"单位 body": name, "地区 region": rep.region or "", "级别 level": level_label(body_level(name)),
               "年份 year": y}
        for k in keys:
            v = _measure(values, k)
            row[labels[k]] = v
            if isinstance(v, (int, float)):
                bar = f"{short_name(name)} {y}" if several_years else short_name(name)
                points.append({"bar": f"{bar} · {labels[k].split(' ')[0]}", "value": float(v),
                               "measure": labels[k]})
        rows.append(row)
    return BodiesTable(columns, rows, points)


def level_choices() -> list[tuple[str, str]]:
    return [(f"{zh} {en}", lvl) for lvl, (zh, en) in LEVELS.items()]


# -- the staff actions ----------------------------------------------------------------------------
ACTION_WORDS = {"upload": "上传 upload", "add": "入库 add", "replace": "替换 replace", "remove": "删除 remove",
                "identity": "更正单位年份 identity change"}


def audit_rows(facts: FactReader, limit: int = 500) -> list[dict[str, Any]]:
    """The audit log as the staff tab and its downloads show it, newest first."""
    return [{"时间 time (UTC)": a.at.replace("T", " ")[:19], "操作 action": ACTION_WORDS.get(a.action, a.action),
             "报告 report": a.summary, "操作者 actor": a.actor, "结果 result": a.detail.get("status", ""),
             "报告编号 report id": (a.report_id or "")[:12]}
            for a in facts.audit_log(limit=limit)]


# -- the tables as rows, for the downloads --------------------------------------------------------
def _plain(value: Any) -> Any:
    return "不适用 n/a" if value is None else value


def report_fact_rows(view: ReportView) -> list[dict[str, Any]]:
    """Every cell the report view shows, one row each: table, row, column, value, printed text."""
    out = []
    for t in view.tables:
        for s in t.subtables or [t]:
            for r in s.rows:
                for col, cell in zip(s.columns, r.cells):
                    if not cell.present:
                        continue
                    row_label = f"{s.title}/{r.label}" if t.subtables else r.label
                    out.append({"表 table": f"表{TABLE_NO.get(t.table, t.table)}", "行 row": row_label,
                                "列 column": col, "数值 value": cell.value, "原文 printed": cell.raw,
                                "键 key": cell.key, "未通过的核对 failed checks": "；".join(cell.fails)})
    return out


def report_sheets(view: ReportView) -> dict[str, list[dict[str, Any]]]:
    """The report's download: every cell in one sheet, then each table in its printed layout."""
    sheets: dict[str, list[dict[str, Any]]] = {"数字 facts": report_fact_rows(view)}
    for t in view.tables:
        rows = []
        for s in t.subtables or [t]:
            for r in s.rows:
                item = f"{s.title}/{r.label}" if t.subtables else r.label
                rows.append({"项目 item": item, **{c: (_plain(x.value) if x.present else None)
                                                   for c, x in zip(s.columns, r.cells)}})
        sheets[f"表{TABLE_NO.get(t.table, t.table)}"] = rows
    return sheets


def comparison_rows(cmp: Comparison) -> list[dict[str, Any]]:
    return [{"项目 item": lab, "键 key": key,
             **{str(y): (None if v == "missing" else _plain(v)) for y, v in zip(cmp.years, values)}}
            for key, lab, values in cmp.rows]


def failed_check_rows(failed: list[FailedCheck]) -> list[dict[str, Any]]:
    return [{"范围 scope": "报告内 within report" if f.scope == "report" else "跨年度 across years",
             "单位与年度 body and year": f.label, "核对 check": f.title, "说明 detail": f.detail,
             "文件 file": f.file or "", "检查名 check id": f.name, "报告编号 report id": (f.report_id or "")[:12]}
            for f in failed]


def answer_source_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """An answer's numbers and passages (the record of ``Nianbao.ask``) as rows."""
    rows = [{"类型 kind": "数字 number", "数值 value": f.get("value"), "原文 printed": f.get("raw"),
             "出处 source": f.get("citation"), "键 key": f.get("key")} for f in record.get("facts") or []]
    for p in record.get("passages") or []:
        rep = p.get("report") or {}
        rows.append({"类型 kind": "原文 passage", "数值 value": None, "原文 printed": p.get("text"),
                     "出处 source": f"{rep.get('agency') or '?'} {rep.get('year') or ''} · {p.get('section_title') or ''}",
                     "键 key": None})
    return rows
