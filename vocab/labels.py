"""Where a fact sits in its report: table, row and column as the template prints them."""
from __future__ import annotations

import re

from dataclasses import dataclass

from vocab.keys import COLUMN_ZH, KEYS, MONEY_KEYS, ORG_COLUMNS, REQUEST_COLUMNS, REQUEST_GROUPS

TABLE_NO = {"active": "二", "requests": "三", "appeals": "四"}
TABLE_EN = {"active": "table 2 (proactive disclosure)", "requests": "table 3 (applications)",
            "appeals": "table 4 (appeals)"}
COLUMNS = list(REQUEST_COLUMNS)


def column_zh(col: str) -> str:
    """The column as the template's header path prints it: "法人或其他组织/商业企业"."""
    if col == "legal_person":
        return "法人或其他组织（五列合计）"
    return f"法人或其他组织/{COLUMN_ZH[col]}" if col in ORG_COLUMNS else COLUMN_ZH.get(col, col)


COLUMN_EN = {
    "natural_person": "natural persons", "commercial": "businesses", "research": "research institutions",
    "public_interest": "public-interest organisations", "legal_services": "legal service providers",
    "other_org": "other organisations", "total": "total",
    "legal_person": "companies and organisations (five columns)",
}
# derived rows: (Chinese row label, English label, the printed sub-rows they sum)
DERIVED_ROWS = {
    "withheld": ("三/（三）不予公开（1–8项合计）", "withheld (sum of its 8 sub-items)"),
    "unable": ("三/（四）无法提供（1–3项合计）", "unable to provide (sum of its 3 sub-items)"),
    "not_processed": ("三/（五）不予处理（1–5项合计）", "not processed (sum of its 5 sub-items)"),
    "other": ("三/（六）其他处理", "other handling"),
}


@dataclass
class KeyLabel:
    table: str
    row_zh: str
    column_zh: str
    en: str
    derived_from: list[str]


def sub_keys(key: str) -> list[str]:
    """The printed keys a derived key sums (empty for a printed key)."""
    parts = key.split(".")
    if key in KEYS or parts[0] != "requests":
        return []
    base, col = ".".join(parts[:-1]), parts[-1]
    if col == "legal_person":
        return [f"{base}.{c}" for c in ORG_COLUMNS]
    return [f"requests.{parts[1]}.{sub}.{col}" for sub in REQUEST_GROUPS.get(parts[1], ())]


def label(key: str) -> KeyLabel:
    info = KEYS.get(key)
    if info is not None:
        return KeyLabel(info.table, info.zh_row, info.zh_column, info.en, [])
    parts = key.split(".")
    if parts[0] == "requests" and len(parts) >= 3:
        col = parts[-1]
        row_key = ".".join(parts[1:-1])
        if col == "legal_person":
            # a printed key of this very row (not of one of its sub-items: "不予处理" is no "1.信访举报投诉类申请")
            any_printed = next((k for k in KEYS if k.startswith(f"requests.{row_key}.")
                                and k.count(".") == row_key.count(".") + 2), None)
            row_zh = KEYS[any_printed].zh_row if any_printed else DERIVED_ROWS.get(row_key, (row_key,))[0]
            row_en = KEYS[any_printed].en.split(" — ")[0] if any_printed else DERIVED_ROWS.get(row_key, ("", row_key))[1]
        else:
            row_zh, row_en = DERIVED_ROWS.get(row_key, (row_key, row_key))
        return KeyLabel("requests", row_zh, column_zh(col), f"{row_en} — {COLUMN_EN.get(col, col)}",
                        sub_keys(key))
    return KeyLabel(parts[0], key, "", key, [])


def format_value(key: str, value: int | float | None, lang: str) -> str:
    if value is None:
        return "不适用" if lang == "zh" else "not applicable"
    if isinstance(value, float) and value.is_integer() and key not in MONEY_KEYS:
        value = int(value)
    text = f"{value}"
    if key in MONEY_KEYS:
        return f"{text}万元" if lang == "zh" else f"{text} (10,000 yuan)"
    return text


def column_for_format(zh_column: str, fmt: str | None) -> str:
    """fact_keys.tsv spells a column that the two templates print differently as
    "处理决定数量（2019格式）/ 本年处理决定数量（2021格式）": keep the report's own spelling
    (without a format, the words both share)."""
    if "格式）" not in zh_column:
        return zh_column
    for part in zh_column.split("/"):
        part = part.strip()
        if fmt and f"（{fmt}格式）" in part:
            return part.replace(f"（{fmt}格式）", "")
    return zh_column.split("/")[0].strip().split("（")[0]


def row_display(row_zh: str) -> str:
    """"三/（三）不予公开/1.属于国家秘密" → "（三）不予公开 › 1.属于国家秘密"."""
    parts = [p for p in row_zh.split("/") if p]
    if len(parts) > 1 and parts[0] == "三":
        parts = parts[1:]
    return " › ".join(parts)


def cite(key: str, agency: str, year: int | None, raw: str | None, lang: str, fmt: str | None = None) -> str:
    lab = label(key)
    lab = KeyLabel(lab.table, row_display(lab.row_zh), column_for_format(lab.column_zh, fmt), lab.en,
                   lab.derived_from)
    t = TABLE_NO.get(lab.table, lab.table)
    if lang == "zh":
        s = f"《{agency}{year or ''}年政府信息公开工作年度报告》表{t}，行“{lab.row_zh}”，列“{lab.column_zh}”"
        if raw is not None and not lab.derived_from:
            s += f"，原文“{raw}”" if raw.strip() else "，原文空白（未填）"
        if lab.derived_from:
            s += "（由表中各分项相加）"
        return s
    s = f"{agency} {year or ''} report, {TABLE_EN.get(lab.table, lab.table)}, row “{lab.row_zh}”, column “{lab.column_zh}”"
    if raw is not None and not lab.derived_from:
        s += f", printed “{raw}”" if raw.strip() else ", printed blank"
    if lab.derived_from:
        s += " (sum of the printed sub-items)"
    return s


# -- the words of the table passages (ingest.table_summary): what an embedded table says ---------
# (row key prefix, Chinese label) for the totals of table 三, in template order
PASSAGE_REQUEST_ROWS = [
    ("requests.received", "本年新收政府信息公开申请", "applications received"),
    ("requests.carried_over", "上年结转政府信息公开申请", "carried over from last year"),
    ("requests.granted", "予以公开", "granted"),
    ("requests.partially_granted", "部分公开", "partially granted"),
    ("requests.withheld", "不予公开", "withheld (not disclosed)"),
    ("requests.unable", "无法提供", "unable to provide"),
    ("requests.not_processed", "不予处理", "not processed"),
    ("requests.other", "其他处理", "other handling"),
    ("requests.total_processed", "本年度办理结果总计", "total processed"),
    ("requests.carried_forward", "结转下年度继续办理", "carried forward to next year"),
]

PASSAGE_APPEAL_GROUPS = [
    ("appeals.review", "行政复议", "administrative reconsideration"),
    ("appeals.litigation_direct", "行政诉讼（未经复议直接起诉）", "lawsuits filed directly"),
    ("appeals.litigation_after_review", "行政诉讼（复议后起诉）", "lawsuits after reconsideration"),
]
PASSAGE_OUTCOMES = [("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
             ("pending", "尚未审结"), ("total", "总计")]

PASSAGE_ACTIVE_ITEMS = [
    ("active.regulations", "规章"),
    ("active.normative_docs", "规范性文件"),
    ("active.licensing", "行政许可"),
    ("active.other_services", "其他对外管理服务事项"),
    ("active.punishment", "行政处罚"),
    ("active.coercion", "行政强制"),
    ("active.fees", "行政事业性收费"),
    ("active.procurement", "政府集中采购"),
]
PASSAGE_ACTIVE_MEASURES = {
    "made": "本年新制作", "published": "本年新公开", "total_published": "对外公开总数",
    "issued": "本年制发", "repealed": "本年废止", "in_force": "现行有效",
    "prev_year_items": "上一年项目数", "change": "本年增/减", "decisions": "处理决定",
    "amount": "金额（万元）", "projects": "采购项目数",
}


# -- the staff comparison of one body's years (service.views, the UI's chart) ---------------------
# the comparison's measures: (fact key, legend label, short bar label); the first four are charted
TREND_KEYS = [
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


# -- the table summary passages (ingest/table_summary.py writes them, rag and stores read them) --
TABLE_PASSAGE_MARK = "（表格）"  # in the heading of every table summary passage ("三、…情况（表格）。")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def is_table_passage(text: str) -> bool:
    """A passage the ingester rendered from a table's facts, not the report's own words."""
    return TABLE_PASSAGE_MARK in text[:60]


def masked_numbers(text: str) -> str:
    """A table passage as the model reads it (``table_passages_masked``): every number 0, so the
    passages of reports of one template are one text (one vector, stores/reuse.py)."""
    return _NUMBER.sub("0", text)


def model_text(text: str, mask_tables: bool) -> str:
    """What the embedding model reads of a passage: its text, or a table passage masked."""
    return masked_numbers(text) if mask_tables and is_table_passage(text) else text
