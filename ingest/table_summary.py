"""One readable passage per parsed table, so that passage search can find a table's section.

Tables are not embedded as rows of digits: a row of "17 0 0 0 0 0 17" means nothing to an
embedding model. Instead each table becomes one sentence-style passage built from its facts
("本年新收政府信息公开申请17件；……不予公开0件……"). Numbers in answers still come from the
fact store, never from these passages.
"""
from __future__ import annotations

from typing import Any, Sequence

from vocab.labels import TABLE_PASSAGE_MARK, masked_numbers
from vocab.labels import (
    PASSAGE_ACTIVE_ITEMS as _ACTIVE_ITEMS,
    PASSAGE_ACTIVE_MEASURES as _ACTIVE_MEASURES,
    PASSAGE_APPEAL_GROUPS as _APPEAL_GROUPS,
    PASSAGE_OUTCOMES as _OUTCOMES,
    PASSAGE_REQUEST_ROWS as _REQUEST_ROWS,
)


def _fmt(v: Any) -> str:
    return "不适用" if v is None else str(v)


def table_passages(facts: list[dict[str, Any]], heading_prefix: str = "") -> list[tuple[int, str, str]]:
    """(section number, section title, passage text) for each table that has facts."""
    values = {f["key"]: f["value"] for f in facts}
    out: list[tuple[int, str, str]] = []

    active = []
    for prefix, label in _ACTIVE_ITEMS:
        parts = [
            f"{_ACTIVE_MEASURES.get(k.rsplit('.', 1)[1], k.rsplit('.', 1)[1])}{_fmt(v)}"
            for k, v in values.items()
            if k.startswith(prefix + ".")
        ]
        if parts:
            active.append(f"{label}：" + "，".join(parts))
    if active:
        title = "主动公开政府信息情况"
        out.append((2, title, f"{heading_prefix}二、{title}{TABLE_PASSAGE_MARK}。" + "；".join(active) + "。"))

    req, req_en = [], []
    for prefix, label, en in _REQUEST_ROWS:
        total = values.get(prefix + ".total")
        if prefix + ".total" in values:
            extra = ""
            natural = values.get(prefix + ".natural_person")
            legal = values.get(prefix + ".legal_person")
            if natural is not None and legal is not None:
                extra = f"（自然人{natural}件，法人或其他组织{legal}件）"
            req.append(f"{label}{_fmt(total)}件{extra}")
            req_en.append(f"{en} {_fmt(total)}")
    if req:
        title = "收到和处理政府信息公开申请情况"
        out.append((3, title, f"{heading_prefix}三、{title}{TABLE_PASSAGE_MARK}。申请数量与办理结果：" + "；".join(req) + "。"
                    + " Information disclosure applications (table 3): " + "; ".join(req_en) + "."))

    app, app_en = [], []
    for prefix, label, en in _APPEAL_GROUPS:
        parts = [f"{ol}{_fmt(values[prefix + '.' + o])}件" for o, ol in _OUTCOMES if prefix + "." + o in values]
        if parts:
            app.append(f"{label}：" + "，".join(parts))
            if prefix + ".total" in values:
                app_en.append(f"{en} {_fmt(values[prefix + '.total'])}")
    if app:
        title = "政府信息公开行政复议、行政诉讼情况"
        out.append((4, title, f"{heading_prefix}四、{title}{TABLE_PASSAGE_MARK}。" + "；".join(app) + "。"
                    + (" Appeals (table 4): " + "; ".join(app_en) + "." if app_en else "")))
    return out


def masked(text: str) -> str:
    """A table passage as the model reads it with ``table_passages_masked`` (vocab.labels)."""
    return masked_numbers(text)


def model_texts(chunks: Sequence[Any], mask_tables: bool) -> list[str]:
    """What the model reads of each chunk: its text, or a table passage's masked text."""
    return [masked(c.text) if mask_tables and c.metadata.get("kind") == "table" else c.text for c in chunks]
