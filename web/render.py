"""Answers and report text as the chat shows them: Markdown and HTML that can only ever be text.

Everything that comes from a report (answers, quotes, names, check details) is escaped before
it reaches Markdown or HTML, so a report can never put markup, script or a link into the page.
"""
from __future__ import annotations

import html
import re
from typing import Any

from vocab.labels import TABLE_EN, TABLE_NO, format_value, label

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


def filter_line(agency: str | None, year: int | None) -> str:
    if not agency and not year:
        return ""
    parts = [md(agency) if agency else "全部单位 all bodies", str(year) if year else "全部年份 all years"]
    return "\n\n*筛选 Filter:* " + " · ".join(parts)


def _fact_source(f: dict, lang: str) -> str:
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


def answer_markdown(record: dict, table_html: str | None) -> str:
    """The answer as Markdown: the engine's text escaped; a table answer shows the rebuilt table."""
    text = record.get("answer", "")
    if table_html:
        paras = text.split("\n\n")
        head = md(paras[0])
        tail = paras[-1] if len(paras) > 1 and paras[-1].lstrip()[:1] in ("（", "(") else ""
        return head + "\n\n" + table_html + ("\n\n" + md(tail) if tail else "")
    return md(text)
