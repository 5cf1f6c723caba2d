"""Answers and report text as the chat shows them: Markdown and HTML that can only ever be text.

Everything that comes from a report (answers, quotes, names, check details) is escaped before
it reaches Markdown or HTML, so a report can never put markup, script or a link into the page.

One chat answer is one message: the answer, then **one** compact source line in the user's
language (an English answer names the row in English with the Chinese label beside it), a
"示例（虚构）sample, fictional" badge when a generated report answered, and a folded
"详情 Details" block for staff (row path, fact key, full citation, timing; the answer's cited
cells downloadable there as CSV / XLSX, ``web.answer_sources``). An ask-back (``clarify``)
offers its readings as buttons under the answer (Gradio's message options; picking one asks
that reading's question, ``web.ui.choose``). The copy button (``COPY_BUTTON``, handled by the
page's script) copies the message as plain text without the folded details.
"""
from __future__ import annotations

import html
import re
from typing import Any

from vocab.labels import TABLE_EN, TABLE_NO, column_for_format, format_value, label, row_display

# ':' and '@' too: a bare URL or address in report text must stay text, not become a link
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~=$^:@])")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SUM_NOTE = re.compile(r"（\d+[–-]\d+项合计）")
SAMPLE_BADGE = "<span class='nb-sample' title='生成的示例报告，单位和数字均为虚构 — a generated report: " \
               "the body and its numbers are fictional'>示例（虚构）sample, fictional</span>"
COPY_BUTTON = "<button class='nb-copy' type='button' aria-label='复制回答 Copy answer'>复制 Copy</button>"
RETRY_BUTTON = "<button class='nb-retry' type='button'>重试 Retry</button>"  # the page script resends


def md(text: Any) -> str:
    """Text that Markdown shows literally: Markdown punctuation backslashed, then HTML escaped
    (in that order, so the entities html.escape makes are not broken by a backslash)."""
    return html.escape(_MD_SPECIAL.sub(r"\\\1", str(text)), quote=True)


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def language_of(text: str) -> str:
    """"zh" when the text has Chinese characters, else "en" (for messages the engine did not write)."""
    return "zh" if _CJK.search(text or "") else "en"


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _quote_block(text: str) -> str:
    return "\n".join("> " + md(line) if line.strip() else ">" for line in text.splitlines())


def filter_line(agency: str | None, year: int | None) -> str:
    if not agency and not year:
        return ""
    parts = [md(agency) if agency else "全部单位 all bodies", str(year) if year else "全部年份 all years"]
    return "\n\n*筛选 Filter:* " + " · ".join(parts)


# -- the record's reports ---------------------------------------------------------------------------
def _reports(record: dict) -> list[dict]:
    """The reports an answer used: the record's, then any a passage names (de-duplicated)."""
    seen, out = set(), []
    for rep in list(record.get("reports") or []) + [p.get("report") or {} for p in record.get("passages") or []]:
        key = rep.get("id") or (rep.get("agency"), rep.get("year"))
        if rep and key not in seen:
            seen.add(key)
            out.append(rep)
    return out


def is_sample(record: dict) -> bool:
    return any(rep.get("sample") for rep in _reports(record))


def _report_name(rep: dict, lang: str) -> str:
    agency, year = rep.get("agency") or "?", rep.get("year") or ""
    return f"《{agency}{year}年报告》" if lang == "zh" else f"{agency} {year} report"


# -- one compact source line ------------------------------------------------------------------------
def citizen_row(row_zh: str) -> str:
    """The row as a citizen reads it: "三/（三）不予公开（1–8项合计）" → "（三）不予公开"."""
    return _SUM_NOTE.sub("", row_display(row_zh)).strip()


def _fact_where(f: dict, lang: str) -> str:
    """Table, row, column and printed cell of one fact, short."""
    lab = label(f["key"])
    col_zh = column_for_format(lab.column_zh, None)
    row_zh = citizen_row(lab.row_zh)
    if lang == "zh":
        where = f"表{TABLE_NO.get(lab.table, lab.table)} · {row_zh}" + (f" · {col_zh}" if col_zh else "")
        return where + (" · 各分项之和" if f.get("derived") else (f" · 原文“{f['raw']}”" if f.get("raw") else ""))
    zh = " / ".join(x for x in (row_zh, col_zh) if x)
    where = f"{TABLE_EN.get(lab.table, lab.table)} · {lab.en}" + (f" ({zh})" if zh else "")
    return where + (" · sum of the printed sub-items" if f.get("derived")
                    else (f" · printed “{f['raw']}”" if f.get("raw") else ""))


def source_text(record: dict) -> str:
    """The answer's one source line as plain text (escaped by the caller), or "" when none."""
    lang = record.get("language", "zh")
    facts, reps = record.get("facts") or [], _reports(record)
    head = _t(lang, "来源：", "Source: ")
    if facts:
        names = "、".join(_report_name(r, lang) for r in reps[:3]) if lang == "zh" else \
            "; ".join(_report_name(r, lang) for r in reps[:3])
        more = _t(lang, f"等{len(reps)}份报告", f" and {len(reps) - 3} more") if len(reps) > 3 else ""
        if len(facts) == 1:
            return f"{head}{names}{more} · {_fact_where(facts[0], lang)}"
        tables = sorted({label(f['key']).table for f in facts})
        tabs = "、".join(f"表{TABLE_NO.get(t, t)}" for t in tables) if lang == "zh" else \
            ", ".join(TABLE_EN.get(t, t) for t in tables)
        return f"{head}{names}{more} · {tabs} · " + _t(lang, f"{len(facts)}个数字", f"{len(facts)} figures")
    passages = record.get("passages") or []
    if passages:
        parts = []
        for p in passages:
            sec = p.get("section_title") or p.get("section") or ""
            page = p.get("page")
            part = f"{_report_name(p.get('report') or {}, lang)} {sec}".strip()
            part += _t(lang, f" 第{page}页", f" p. {page}") if page else ""
            if part not in parts:
                parts.append(part)
        return head + ("；" if lang == "zh" else "; ").join(parts[:3])
    return ""


def strip_citations(text: str, facts: list[dict]) -> str:
    """The answer without the "来源：…。"/"Source: …." the source line already shows; only a
    sentence made of the record's own citations is removed."""
    cites = sorted({f.get("citation") for f in facts if f.get("citation")}, key=len, reverse=True)
    if not cites:
        return text
    one = "(?:" + "|".join(re.escape(c) for c in cites) + ")"
    pat = re.compile(rf"\s*(?:来源：|Sources?: |source: ){one}(?:[；;]\s*{one})*[。.]?")
    # an ask-back's "（来源：…）" per reading leaves empty brackets behind: drop them too
    return re.sub(r"\s*(?:（\s*）|\(\s*\))", "", pat.sub("", text)).strip()


# -- the fold for staff -----------------------------------------------------------------------------
def downloads_html(sources_id: str | None) -> str:
    """"下载来源 CSV / XLSX": the answer's cited cells (``web.answer_sources`` serves them)."""
    if not sources_id:
        return ""
    base = f"/api/answers/{esc(sources_id)}/sources"
    return (f"<p class='nb-dl'>下载来源 Download sources: <a class='nb-dl-csv' href='{base}.csv' download>CSV</a>"
            f" / <a class='nb-dl-xlsx' href='{base}.xlsx' download>XLSX</a></p>")


def details_html(record: dict, sources_id: str | None = None) -> str:
    """Row paths, fact keys, full citations, the readings of an ask-back, passage scores and
    timings, folded; first the sources' downloads."""
    items = []
    for f in record.get("facts") or []:
        lab = label(f["key"])
        items.append(f"{esc(f['key'])} = {esc(format_value(f['key'], f['value'], 'en'))} · "
                     f"{esc(lab.row_zh)} / {esc(lab.column_zh)} · {esc(f.get('citation', ''))}")
    for p in record.get("passages") or []:
        rep = p.get("report") or {}
        items.append(f"{esc(rep.get('agency'))} {esc(rep.get('year'))} · section {esc(p.get('section'))} · "
                     f"score {esc(round(float(p.get('score') or 0), 3))} · report {esc(str(rep.get('id', ''))[:12])}")
    cited = {f.get("key") for f in record.get("facts") or []}
    for c in clarify_of(record):
        if c.get("key") in cited:
            continue  # listed with its fact above
        items.append(f"{esc(c['label'])} · {esc(c.get('key') or '')} · {esc(c.get('citation') or '')}")
    timings = record.get("timings") or {}
    if timings:
        items.append("timings: " + ", ".join(f"{esc(k)} {float(v):.0f} ms" for k, v in timings.items()))
    if record.get("operation"):
        items.append(f"operation: {esc(record['operation'])}")
    if not items:
        return ""
    return ("<details class='nb-details'><summary>详情 Details</summary>" + downloads_html(sources_id) + "<ul>"
            + "".join(f"<li>{x}</li>" for x in items) + "</ul></details>")


def sources_message(record: dict, sources_id: str | None = None) -> dict | None:
    """The sources block under an answer: the one source line (with the sample badge when a
    generated report answered) and the folded details; None when the answer has no source."""
    line = source_text(record)
    if not line and not is_sample(record):
        return None
    badge = (" " + SAMPLE_BADGE) if is_sample(record) else ""
    content = f"<p class='nb-source'>{esc(line)}{badge}</p>\n\n{details_html(record, sources_id)}"
    return {"role": "assistant", "content": content.strip()}


# -- an ask-back: the readings as buttons ------------------------------------------------------------
def clarify_of(record: dict) -> list[dict]:
    """The readings of an ask-back answer (``clarify``), or the nearest cells a "not found" answer
    suggests (``suggest``), those with a label and a question."""
    out = []
    for c in record.get("clarify") or record.get("suggest") or []:
        if isinstance(c, dict) and isinstance(c.get("label"), str) and isinstance(c.get("question"), str) \
                and c["label"].strip() and c["question"].strip():
            out.append(c)
    return out[:6]


def clarify_options(record: dict) -> list[dict]:
    """The readings as the chat's option buttons: the label shown (Gradio renders it as text),
    the question sent when it is picked (looked up on the server by the button's index)."""
    return [{"label": c["label"].strip()[:200], "value": c["question"].strip()} for c in clarify_of(record)]


def clarify_text(record: dict) -> str:
    """The readings in words, for a client without buttons (the OpenAI-compatible endpoint)."""
    readings = clarify_of(record)
    if not readings:
        return ""
    zh = record.get("language", "zh") == "zh"
    head = "可以这样问（任选其一）：" if zh else "Ask one of these:"
    return head + "\n" + "\n".join(f"- {c['label'].strip()}：{c['question'].strip()}" if zh
                                     else f"- {c['label'].strip()}: {c['question'].strip()}" for c in readings)


def answer_markdown(record: dict, table_html: str | None) -> str:
    """The answer as Markdown: the engine's text escaped, without the citation the source line
    shows; a table answer shows the rebuilt table."""
    text = strip_citations(record.get("answer", ""), record.get("facts") or [])
    text = _SUM_NOTE.sub("", text)  # "不予公开（1–8项合计）": the source line says it is a sum
    if table_html:
        paras = text.split("\n\n")
        head = md(paras[0])
        tail = paras[-1] if len(paras) > 1 and paras[-1].lstrip()[:1] in ("（", "(") else ""
        return head + "\n\n" + table_html + ("\n\n" + md(tail) if tail else "")
    return md(text)


def chat_message(record: dict, table_html: str | None, sources_id: str | None = None) -> dict:
    """One chat message: answer, source line, badge, details (with the sources' downloads when
    ``sources_id`` names them) and the copy button; an ask-back's readings as option buttons."""
    src = sources_message(record, sources_id)
    body = answer_markdown(record, table_html) + ("\n\n" + src["content"] if src else "")
    msg = {"role": "assistant", "content": body + "\n\n" + COPY_BUTTON}
    options = clarify_options(record)
    if options:
        msg["options"] = options
    return msg


def pending_message(lang: str) -> dict:
    return {"role": "assistant", "content": "<p class='nb-pending' role='status'>"
            + esc(_t(lang, "正在查找答案…", "Looking for the answer…")) + "</p>"}


def error_message(lang: str, detail: str = "") -> dict:
    """A failed answer, in the user's language: what happened and what to do."""
    text = _t(lang, "抱歉，这次没能回答：服务器出错。您的问题已保留在输入框里，可以点“重试”再试一次。",
              "Sorry, this question could not be answered: the server had an error. Your question is "
              "kept in the box; press Retry to send it again.")
    extra = f"<details class='nb-details'><summary>详情 Details</summary>{esc(detail)}</details>" if detail else ""
    return {"role": "assistant", "content": f"<p class='nb-error' role='alert'>{esc(text)}</p>{extra}\n\n"
            + RETRY_BUTTON}
