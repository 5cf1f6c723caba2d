"""Tables 二, 三 and 四 rebuilt from stored facts in the template's layout, with failed
checks marked on the cells they involve. Renders to HTML (escaped), Markdown and plain text."""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Iterable

from vocab.keys import KEYS
from vocab.keys import COLUMN_ZH
from vocab.labels import COLUMNS, TABLE_NO, column_for_format

TITLES = {
    "active": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "appeals": "四、政府信息公开行政复议、行政诉讼情况",
}
REQUEST_COLUMN_LABELS = [COLUMN_ZH[c] for c in COLUMNS]
APPEAL_GROUPS = [("review", "行政复议"), ("litigation_direct", "行政诉讼·未经复议直接起诉"),
                 ("litigation_after_review", "行政诉讼·复议后起诉")]
APPEAL_OUTCOMES = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                   ("pending", "尚未审结"), ("total", "总计")]
PROCESSED_PARTS = ["granted", "partially_granted", "withheld", "unable", "not_processed", "other"]


@dataclass
class CellView:
    key: str
    value: Any
    raw: str
    present: bool
    fails: list[str] = field(default_factory=list)

    def text(self) -> str:
        if not self.present:
            return ""
        if self.value is None:  # a not-applicable mark as printed, or a cell of a table printed blank
            return self.raw if self.raw.strip() else "空白"
        return str(self.value)


@dataclass
class RowView:
    label: str
    cells: list[CellView]  # empty for a group heading row
    level: int = 0


@dataclass
class TableView:
    table: str
    title: str
    columns: list[str]
    rows: list[RowView]
    failed: list[str]  # "name: detail" of failed checks on this table
    subtables: list["TableView"] = field(default_factory=list)


def cells_of_check(name: str) -> list[str]:
    """The cells (keys) a consistency check (``vocab.checks``) adds up: ``balance:total`` → the four rows'
    totals, ``row_total:granted`` → 予以公开's six columns and its total, …"""
    kind, _, arg = name.partition(":")
    if kind == "balance":
        return [f"requests.{r}.{arg}" for r in ("received", "carried_over", "total_processed", "carried_forward")]
    if kind in ("processed", "processed_sum"):
        return [k for k in KEYS if k.startswith("requests.") and k.endswith("." + arg)
                and k.split(".")[1] in PROCESSED_PARTS + ["total_processed"]]
    if kind in ("row", "row_total"):
        return [k for k in KEYS if k.startswith(f"requests.{arg}.") and k.count(".") == arg.count(".") + 2]
    if kind == "appeals":
        return [k for k in KEYS if k.startswith(f"appeals.{arg}.")]
    return []


def _fail_map(checks: Iterable[Any]) -> dict[str, list[str]]:
    """key -> details of the failed checks that involve that cell."""
    out: dict[str, list[str]] = {}
    for c in checks:
        if getattr(c, "status", None) != "fail":
            continue
        for k in cells_of_check(c.name):
            out.setdefault(k, []).append(f"{c.name}: {c.detail}")
    return out


def _cell(key: str, facts: dict[str, Any], fails: dict[str, list[str]]) -> CellView:
    f = facts.get(key)
    if f is None:
        return CellView(key, None, "", False, fails.get(key, []))
    return CellView(key, f.value, f.raw, True, fails.get(key, []))


def build_tables(fmt: str, facts: list[Any], checks: list[Any]) -> list[TableView]:
    printed = {f.key: f for f in facts if not f.derived}
    fails = _fail_map(checks)
    failed_by_table: dict[str, list[str]] = {"active": [], "requests": [], "appeals": []}
    for c in checks:
        if c.status == "fail":
            t = "appeals" if c.name.startswith("appeals") else ("active" if c.name.startswith("active") else "requests")
            failed_by_table[t].append(f"{c.name}: {c.detail}")
    out = []
    t = _active(printed, fails, failed_by_table["active"], fmt if fmt in ("2019", "2021") else "2019")
    if t:
        out.append(t)
    t = _requests(printed, fails, failed_by_table["requests"])
    if t:
        out.append(t)
    t = _appeals(printed, fails, failed_by_table["appeals"])
    if t:
        out.append(t)
    return out


def _active(printed, fails, failed, fmt: str = "2019") -> TableView | None:
    groups: dict[str, dict[str, list[str]]] = {}  # 第二十条第（X）项 -> item label -> keys
    for k, info in KEYS.items():
        if info.table != "active" or k not in printed:
            continue
        group, _, item = info.zh_row.partition("/")
        groups.setdefault(group, {}).setdefault(item, []).append(k)
    if not groups:
        return None
    subs = []
    for group, items in groups.items():
        cols: list[str] = []
        for keys in items.values():
            for k in keys:
                col = column_for_format(KEYS[k].zh_column, fmt)
                if col not in cols:
                    cols.append(col)
        rows = []
        for item, keys in items.items():
            by_col = {column_for_format(KEYS[k].zh_column, fmt): k for k in keys}
            rows.append(RowView(item, [_cell(by_col[c], printed, fails) if c in by_col else CellView("", None, "", False)
                                       for c in cols]))
        subs.append(TableView("active", group, cols, rows, []))
    return TableView("active", TITLES["active"], [], [], failed, subtables=subs)


def _requests(printed, fails, failed) -> TableView | None:
    row_keys: list[str] = []
    for k, info in KEYS.items():
        if info.table != "requests":
            continue
        base = k.rsplit(".", 1)[0]
        if base not in row_keys and any(f"{base}.{c}" in printed for c in COLUMNS):
            row_keys.append(base)
    if not row_keys:
        return None
    rows: list[RowView] = []
    seen_groups: set[str] = set()
    for base in row_keys:
        zh_row = KEYS[f"{base}.total"].zh_row
        parts = zh_row.split("/")
        if parts[0] == "三":
            if "三" not in seen_groups:
                rows.append(RowView("三、本年度办理结果", [], 0))
                seen_groups.add("三")
            if len(parts) == 3:
                if parts[1] not in seen_groups:
                    rows.append(RowView(parts[1], [], 1))
                    seen_groups.add(parts[1])
                label, level = parts[2], 2
            else:
                label, level = parts[1], 1
        else:
            label, level = parts[0], 0
        rows.append(RowView(label, [_cell(f"{base}.{c}", printed, fails) for c in COLUMNS], level))
    return TableView("requests", TITLES["requests"], REQUEST_COLUMN_LABELS, rows, failed)


def _appeals(printed, fails, failed) -> TableView | None:
    if not any(k.startswith("appeals.") for k in printed):
        return None
    rows = [RowView(label, [_cell(f"appeals.{g}.{o}", printed, fails) for o, _ in APPEAL_OUTCOMES])
            for g, label in APPEAL_GROUPS]
    return TableView("appeals", TITLES["appeals"], [o for _, o in APPEAL_OUTCOMES], rows, failed)


# -- rendering ------------------------------------------------------------------------------

def _td(cell: CellView) -> str:
    text = html.escape(cell.text()) if cell.present else "<span class='missing' title='not printed'>·</span>"
    if cell.fails:
        title = html.escape("；".join(cell.fails), quote=True)
        return f"<td class='num fail' title='{title}'>{text}</td>"
    return f"<td class='num'>{text}</td>"


def render_html(t: TableView) -> str:
    e = html.escape
    parts = [f"<div class='nb-table' data-table='{t.table}'><h4>{e(t.title)}</h4>"]
    if t.subtables:
        for s in t.subtables:
            parts.append(f"<table><caption>{e(s.title)}</caption><thead><tr><th>信息内容</th>"
                         + "".join(f"<th>{e(c)}</th>" for c in s.columns) + "</tr></thead><tbody>")
            for r in s.rows:
                parts.append(f"<tr><th class='label'>{e(r.label)}</th>" + "".join(_td(c) for c in r.cells) + "</tr>")
            parts.append("</tbody></table>")
    elif t.table == "requests":
        parts.append("<table><thead><tr><th rowspan='2' colspan='1'>申请人情况</th><th rowspan='2'>自然人</th>"
                     "<th colspan='5'>法人或其他组织</th><th rowspan='2'>总计</th></tr><tr>"
                     + "".join(f"<th>{e(c)}</th>" for c in t.columns[1:6]) + "</tr></thead><tbody>")
        for r in t.rows:
            if not r.cells:
                parts.append(f"<tr class='group'><th class='label level{r.level}' colspan='8'>{e(r.label)}</th></tr>")
            else:
                parts.append(f"<tr><th class='label level{r.level}'>{e(r.label)}</th>"
                             + "".join(_td(c) for c in r.cells) + "</tr>")
        parts.append("</tbody></table>")
    else:  # appeals: the template prints one row of 15 numbers under grouped headers
        parts.append("<table><thead><tr>" + "".join(f"<th colspan='5'>{e(r.label)}</th>" for r in t.rows)
                     + "</tr><tr>" + "".join(f"<th>{e(c)}</th>" for _ in t.rows for c in t.columns)
                     + "</tr></thead><tbody><tr>"
                     + "".join(_td(c) for r in t.rows for c in r.cells) + "</tr></tbody></table>")
    if t.failed:
        parts.append("<ul class='fails'>" + "".join(f"<li>✗ {e(f)}</li>" for f in t.failed) + "</ul>")
    parts.append("</div>")
    return "".join(parts)


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(t: TableView) -> str:
    lines = [f"**{_md_escape(t.title)}**", ""]
    tables = t.subtables or [t]
    for s in tables:
        if t.subtables:
            lines += [f"*{_md_escape(s.title)}*", ""]
        cols = ["信息内容" if t.subtables else "", *s.columns]
        lines.append("| " + " | ".join(_md_escape(c) for c in cols) + " |")
        lines.append("|" + "---|" * len(cols))
        for r in s.rows:
            label = "　" * r.level + r.label
            cells = [(c.text() + (" ✗" if c.fails else "")) if c.present else "" for c in r.cells] or [""] * len(s.columns)
            lines.append("| " + " | ".join(_md_escape(x) for x in [label, *cells]) + " |")
        lines.append("")
    for f in t.failed:
        lines.append(f"- ✗ {_md_escape(f)}")
    return "\n".join(lines).strip()


def render_text_tables(fmt: str, facts: list[Any], checks: list[Any]) -> str:
    """Plain text for the CLI: each table, cells of failed checks marked with ✗."""
    out = []
    for t in build_tables(fmt, facts, checks):
        out.append(f"表{TABLE_NO[t.table]} {t.title}")
        for s in (t.subtables or [t]):
            if t.subtables:
                out.append(f"  {s.title}: " + " / ".join(s.columns))
            else:
                out.append("  " + " / ".join(s.columns))
            for r in s.rows:
                cells = "  ".join(f"{(c.text() or '·') if c.present else '·':>6}{'✗' if c.fails else ''}" for c in r.cells)
                out.append(f"  {'  ' * r.level}{r.label[:28]:<28} {cells}")
        for f in t.failed:
            out.append(f"  ✗ {f}")
        out.append("")
    if not out:
        return "(no table facts)"
    return "\n".join(out)
