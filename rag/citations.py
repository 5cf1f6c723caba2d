"""Where a fact sits in its report: table, row and column as the template prints them."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.fact_keys import COLUMN_ZH, KEYS, ORG_COLUMNS, REQUEST_COLUMNS, REQUEST_GROUPS

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
MONEY_KEYS = {"active.fees.amount", "active.procurement.amount"}


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
            any_printed = next((k for k in KEYS if k.startswith(f"requests.{row_key}.")), None)
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
            s += f"，原文“{raw}”"
        if lab.derived_from:
            s += "（由表中各分项相加）"
        return s
    s = f"{agency} {year or ''} report, {TABLE_EN.get(lab.table, lab.table)}, row “{lab.row_zh}”, column “{lab.column_zh}”"
    if raw is not None and not lab.derived_from:
        s += f", printed “{raw}”"
    if lab.derived_from:
        s += " (sum of the printed sub-items)"
    return s
