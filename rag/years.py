"""Answers over several years of one body: a total over a range of years, the trend over every
held year, and relative years ("去年", "last year") said in the answer.

The engine (``rag.engine``) calls ``over_years`` once it knows the body, and passes itself: the
facts, citations and the answer record are the engine's (``_fact_any``, ``_candidates``,
``_describe``, ``_finish``); this module only decides what a question over several years
asks and composes the answer.

* **Total over a range** ("河西区2020到2022年收到的申请一共多少？", "from 2020 to 2022 in
  total"): every year's value with its citation, and their sum as the answer's ``value``. A
  year of the range with no report (or without the item) is named, and the total is then
  labelled as the total of the years held — never silently a smaller sum.
* **Trend** ("这几年有啥变化", "历年变化", "how has it changed over the years"): a small table
  of every held year (or every year of a range written) with the change on the year before,
  and the first → last change; operation ``"trend"``, ``value`` null, one citation per year.
* **Relative years**: they count from the newest report held of the body, not from today's
  date (the reports of year Y are published in Y+1, and a store may hold older years only):
  今年 / this year / 最新 = the newest held year, 去年 / last year = newest − 1, 前年 / the year
  before last = newest − 2, 上一年 / the year before (a follow-up) = the year discussed − 1 —
  the rule of ``rag.understanding`` (and of ``evals/questions.jsonl``). ``say_relative``
  prefixes the answer with the year taken and the newest report held ("去年 = 2021年（…最新的
  报告是2022年）"), so a citizen who meant the calendar year sees the difference at once.
"""
from __future__ import annotations

import html
import re
from typing import Any

from vocab import labels as citations
from vocab.labels import format_value
from vocab.lexicon import WHICH_YEAR, YEAR_TERMS
from rag.understanding import asking_part

# words asking for every year, not a comparison of two
_TREND_RE = re.compile(
    # ("这些年报": these annual reports, not these years)
    r"这几年(?!报)|近几年(?!报)|这些年(?!报)|近年来?|历年|逐年|每年|每一年|各年度?|多年来|几年来|年度变化|变化趋势|趋势|走势|"
    r"\bover the years\b|\bthrough the years\b|\bacross the years\b|\bover time\b|\beach year\b|\bevery year\b|"
    r"\byear[- ]by[- ]year\b|\bper year\b|\btrend|\bin recent years\b|\ball (?:the )?years\b",
    re.I,
)
# how much a quantity changed, one amount asked ("涨了多少件", "by how many")
_CHANGE_AMOUNT_RE = re.compile(r"(?:涨|增|增加|增长|多|少|降|下降|减|减少)了?(?:多少|几)|变化(?:了)?多少|差(?:了)?多少|"
                               r"\bby how (?:much|many)\b|\bhow (?:much|many)\b[^?]{0,30}?\b(?:up|rise|rose|grow|grew|increase[sd]?|"
                               r"change[sd]?|more|fewer|less|drop(?:ped)?|fall|fell)\b", re.I)
_WRITTEN_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[〇零一二三四五六七八九]{4}\s*年")
_OFFSET = {"this": 0, "last": 1, "before_last": 2}
WHICH_YEAR_RE = re.compile(WHICH_YEAR, re.I)  # the years of one body ranked (vocab.lexicon.WHICH_YEAR)
_SAYS_NEWEST = re.compile(r"最新|最近|latest|newest|most recent", re.I)


def _t(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def is_trend(question: str) -> bool:
    """Does the question ask how a quantity went over the years (not between two years)? Read in
    the sentence that asks: a story before it ("我最近在研究这几年的年报。…") asks nothing."""
    return bool(_TREND_RE.search(asking_part(question or "")))


def over_years(eng, c, t0: float):
    """The answer to a question over several years of one body, or None when the question is
    not one (the engine then answers as before). ``eng`` is the engine, ``c`` its context."""
    q = c.q
    if len(q.agencies) != 1 or not q.keys:
        return None
    written = bool(_WRITTEN_YEAR_RE.search(c.question))
    if q.operation == "trend" and written and len(set(q.years)) < 2 and not is_trend(c.question):
        q.operation = "value"  # "那2021年呢？" after a trend: that one year's value
        return None
    if (is_trend(c.question) or q.operation == "trend") and not written and _CHANGE_AMOUNT_RE.search(asking_part(c.question)):
        # "这些年下来涨了多少件？" after 2019 and 2025 with only those two years held: the change between them, one number
        held = [y for y in eng._years.get(q.agencies[0], []) if not q.years or len(set(q.years)) < 2
                or min(q.years) <= y <= max(q.years)]
        if len(held) == 2:
            q.operation, q.years = "difference", sorted(held)
            return None
    if is_trend(c.question) or q.operation == "trend":
        return _trend(eng, c, t0)
    if q.operation == "sum" and len(set(q.years)) >= 2:
        return _range_total(eng, c, t0)
    return None


def year_ranking(eng, c, t0: float, asc: bool = False, place: int = 1):
    """"洪泽区哪一年收到的申请最多？", "2020到2022年哪年最少", "which of the two years was higher?": the
    years of one body ranked by the quantity, each year cited; None when the question is not one.
    ``asc``: the smallest first (the engine's reading of "最少"/"lowest"); ``place``: the place asked."""
    q, lang = c.q, c.lang
    if q.operation != "ranking" or len(q.agencies) != 1 or not q.keys or q.rank_sum \
            or not (WHICH_YEAR_RE.search(asking_part(c.question or ""))
                    # ("Which had more new requests: Hongze 2023 or Hongze 2024?": one body, two years — its years)
                    or len(set(q.years)) == 2 and len(q.seen) <= 1):
        return None
    if place != 1:
        return None
    name = q.agencies[0]
    held = eng._years.get(name, [])
    years = sorted(set(q.years)) if len(set(q.years)) >= 2 else list(held)
    rows, no_report, no_item = _read_years(eng, c, name, years)
    gaps = _gaps(c, name, held, no_report, no_item)
    if len(rows) < 2:
        c.reports = [r for r in (eng._primary.get((name, y)) for y in years) if r is not None]
        msg = _t(lang, f"无法比较年份：{name}只有{_years_text([r[0] for r in rows] or held, lang)}年的数字。{gaps}",
                 f"Cannot compare years: {name} has a figure for {_years_text([r[0] for r in rows] or held, lang)} only. {gaps}")
        return eng._finish(c, msg.strip(), False, t0)
    ordered = sorted(rows, key=lambda r: r[2], reverse=not asc)
    top_v = ordered[0][2]
    ties = [r[0] for r in ordered if r[2] == top_v]
    key = ordered[0][3]
    c.reports = [r[1] for r in ordered]
    c.facts = [f for r in ordered for f in r[4]]
    what = _what(eng, c, key)
    cites = [f["citation"] for r in ordered for f in r[4]]
    if lang == "zh":
        each = "；".join(f"{y}年{_num(k, v, lang)}" for y, _, v, k, _ in sorted(rows))
        msg = (f"{gaps}{name}{_years_text(sorted(r[0] for r in rows), lang)}年中，{what}{'最少' if asc else '最多'}的是"
               f"{'、'.join(map(str, ties))}年（{_num(key, top_v, lang)}）。各年：{each}。来源：{'；'.join(cites)}。")
    else:
        each = "; ".join(f"{y}: {format_value(k, v, lang)}" for y, _, v, k, _ in sorted(rows))
        msg = (f"{gaps + ' ' if gaps else ''}{name}, {what}: the {'lowest' if asc else 'highest'} of "
               f"{_years_text(sorted(r[0] for r in rows), lang)} was {' and '.join(map(str, ties))} "
               f"({format_value(key, top_v, lang)}). Each year: {each}. Sources: {'; '.join(cites)}.")
    return eng._finish(c, msg, True, t0, value=top_v)


# -- one year's value ------------------------------------------------------------------------------
def _year_value(eng, c, rep) -> tuple[Any, str | None, list[dict]]:
    """(value, the key it was read from, its facts) of one report: the asked quantity, or the sum
    of its addends for a "sum" of several keys; value None when the report lacks an item (the
    facts read so far are then taken back out of the answer's record)."""
    q = c.q
    start = len(c.facts)
    groups = [eng._candidates(q, i) for i in range(len(q.keys))] if q.operation == "sum" else [eng._candidates(q)]
    total, first_key = 0, None
    for keys in groups:
        f = eng._fact_any(c, rep, keys)
        if f is None or f["value"] is None:
            del c.facts[start:]
            return None, None, []
        total += f["value"]
        first_key = first_key or f["key"]
    if isinstance(total, float):
        total = round(total, 4)
    return total, first_key, c.facts[start:]


def _what(eng, c, key: str) -> str:
    """The quantity in words (the addends joined for a sum of several keys)."""
    if c.q.operation == "sum" and len(c.q.keys) > 1:
        return " + ".join(eng._describe(k, c.lang) for k in c.q.keys)
    return eng._describe(key, c.lang)


def _num(key: str, value: Any, lang: str) -> str:
    unit = "件" if lang == "zh" and key.startswith("requests") and key not in citations.MONEY_KEYS else ""
    return format_value(key, value, lang) + unit


def _years_text(years: list[int], lang: str) -> str:
    """2020–2022 for consecutive years, else 2020、2022 (2020, 2022)."""
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ("、" if lang == "zh" else ", ").join(map(str, years))


def _read_years(eng, c, name: str, years: list[int]) -> tuple[list[tuple], list[int], list[int]]:
    """For each year: (year, report, value, key, facts) where a value was read; the years with no
    report; the years whose report lacks the item."""
    rows, no_report, no_item = [], [], []
    for y in years:
        rep = eng._primary.get((name, y))
        if rep is None:
            no_report.append(y)
            continue
        value, key, facts = _year_value(eng, c, rep)
        if value is None:
            no_item.append(y)
            continue
        rows.append((y, rep, value, key, facts))
    return rows, no_report, no_item


def _gaps(c, name: str, held: list[int], no_report: list[int], no_item: list[int]) -> str:
    """The sentence that names the years left out, or ""."""
    lang, out = c.lang, []
    if no_report:
        out.append(_t(lang, f"没有{name}{_years_text(no_report, lang)}年的报告（现有：{'、'.join(map(str, held))}年）",
                      f"there is no report of {name} for {_years_text(no_report, lang)} (held: {', '.join(map(str, held))})"))
    if no_item:
        out.append(_t(lang, f"{_years_text(no_item, lang)}年的报告中没有这一项",
                      f"the {_years_text(no_item, lang)} report{'s' if len(no_item) > 1 else ''} do not give this item"))
    if not out:
        return ""
    en = "; ".join(out)
    return _t(lang, "；".join(out) + "。", en[:1].upper() + en[1:] + ".")


# -- a total over several years ---------------------------------------------------------------------
def _range_total(eng, c, t0: float):
    """Every year's value with its citation, and their total (over the years held, said so)."""
    q, lang = c.q, c.lang
    name = q.agencies[0]
    held = eng._years.get(name, [])
    years = sorted(set(q.years))
    rows, no_report, no_item = _read_years(eng, c, name, years)
    gaps = _gaps(c, name, held, no_report, no_item)
    if not rows:
        c.reports = [r for r in (eng._primary.get((name, y)) for y in years) if r is not None]
        if c.reports and not no_report:
            return eng._finish(c, eng._missing_fact(c, c.reports[0], q.keys[0]), False, t0)
        return eng._finish(c, gaps or _t(lang, "没有找到相应的报告。", "No matching report is held."), False, t0)
    c.reports = [r[1] for r in rows]
    total = sum(r[2] for r in rows)
    if isinstance(total, float):
        total = round(total, 4)
    key = rows[0][3]
    what, got = _what(eng, c, key), [r[0] for r in rows]
    partial = bool(no_report or no_item)
    cites = [f["citation"] for r in rows for f in r[4]]
    if partial:
        # a year asked has no report, or its report no such item: the total of the years asked is not known — each
        # year held is given with its source, never their sum as if it were that total
        if lang == "zh":
            each = "，".join(f"{y}年{_num(k, v, lang)}" for y, _, v, k, _ in rows)
            msg = (f"{gaps}所问{_years_text(years, lang)}年的{what}合计无法给出；现有年度的数字：{each}"
                   f"（只含有数字的{_years_text(got, lang)}年相加为{_num(key, total, lang)}，不是所问年度的合计）。来源：{'；'.join(cites)}。")
        else:
            each = "; ".join(f"{y}: {format_value(k, v, lang)}" for y, _, v, k, _ in rows)
            msg = (f"{gaps + ' ' if gaps else ''}The total of {what} over {_years_text(years, lang)} cannot be given; the years held "
                   f"give: {each} (only the years with a figure, {_years_text(got, lang)}, add up to {format_value(key, total, lang)} — "
                   f"not the total asked). Sources: {'; '.join(cites)}.")
        return eng._finish(c, msg, False, t0)
    if lang == "zh":
        each = "，".join(f"{y}年{_num(k, v, lang)}" for y, _, v, k, _ in rows)
        scope = f"只含有数字的{_years_text(got, lang)}年，" if partial else ""
        msg = (f"{gaps}{name}{_years_text(years, lang)}年{what}合计{_num(key, total, lang)}"
               f"（{scope}{len(rows)}个年度相加）：{each}。来源：{'；'.join(cites)}。")
    else:
        each = "; ".join(f"{y}: {format_value(k, v, lang)}" for y, _, v, k, _ in rows)
        scope = f"only the years with a figure, {_years_text(got, lang)}" if partial else f"{len(rows)} years added"
        msg = (f"{gaps + ' ' if gaps else ''}{name}, {what}, {_years_text(years, lang)}: total "
               f"{format_value(key, total, lang)} ({scope}). {each}. Sources: {'; '.join(cites)}.")
    return eng._finish(c, msg, True, t0, value=total)


# -- the trend over every year held -----------------------------------------------------------------
def _trend_years(q, held: list[int]) -> list[int]:
    """Every year of a range written (2020到2022 / 2020 to 2022), else every year held."""
    if len(set(q.years)) >= 2:
        lo, hi = min(q.years), max(q.years)
        return list(range(lo, hi + 1)) if hi - lo <= 30 else sorted(set(q.years))
    return list(held)


def _change(prev: Any, cur: Any) -> str:
    diff = cur - prev
    if isinstance(diff, float):
        diff = round(diff, 4)
    if diff == 0:
        return "0"
    text = f"{diff:+g}" if isinstance(diff, float) else f"{diff:+d}"
    if prev:
        text += f" ({diff / prev:+.0%})" if abs(diff / prev) >= 0.005 or diff == 0 else ""
    return text


def _table_rows(rows: list[tuple], years: list[int], lang: str) -> list[tuple[str, str, str]]:
    """(year, value, change on the previous year with a figure) for every year asked."""
    by_year = {r[0]: r for r in rows}
    out, prev = [], None
    for y in years:
        r = by_year.get(y)
        if r is None:
            out.append((str(y), _t(lang, "—（无数字）", "— (no figure)"), ""))
            continue
        _, _, v, k, _ = r
        change = "—"
        if prev is not None:
            change = _change(prev[2], v) + ("" if prev[0] == y - 1 else _t(lang, f"（较{prev[0]}年）", f" (on {prev[0]})"))
        out.append((str(y), format_value(k, v, lang), change))
        prev = r
    return out


def _values_by_year(rows: list[tuple], years: list[int]) -> list[Any]:
    by_year = {r[0]: r[2] for r in rows}
    return [by_year.get(y) for y in years]


def _bar(value: Any, rows: list[tuple], width: int = 12) -> str:
    """A text bar in proportion to the largest value of the trend: a chart that reads the same on
    a phone, in the copied text and through the API."""
    top = max((abs(r[2]) for r in rows if isinstance(r[2], (int, float))), default=0)
    if not isinstance(value, (int, float)) or top == 0:
        return ""
    n = round(width * abs(value) / top)
    return "█" * max(n, 1 if value else 0) or "·"


def _markdown(head: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(x.replace("|", "\\|") for x in row) + " |" for row in body]
    return "\n".join(lines)


def _html(head: tuple[str, ...], body: list[tuple[str, ...]]) -> str:
    e = html.escape
    return ("<div class='nb-table' data-table='trend'><table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in head)
            + "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in body)
            + "</tbody></table></div>")


def _trend(eng, c, t0: float):
    """A table of every year with the change on the year before, and the first → last change."""
    q, lang = c.q, c.lang
    name = q.agencies[0]
    held = eng._years.get(name, [])
    years = _trend_years(q, held)
    if sum(1 for y in years if y in held) < 2:
        return None  # one year held: the engine says a comparison needs two
    rows, no_report, no_item = _read_years(eng, c, name, years)
    q.operation = "trend"
    if len(rows) < 2:
        c.reports = [r for r in (eng._primary.get((name, y)) for y in years) if r is not None]
        return eng._finish(c, eng._missing_fact(c, c.reports[0], q.keys[0]), False, t0)
    c.reports = [r[1] for r in rows]
    key = rows[0][3]
    what = _what(eng, c, key)
    head = _t(lang, ("年度", what, "较上年", "图示"), ("Year", what, "Change on the year before", "Chart"))
    body = [row + (_bar(v, rows),) for row, v in zip(_table_rows(rows, years, lang), _values_by_year(rows, years))]
    (y0, _, v0, k0, _), (y1, _, v1, k1, _) = rows[0], rows[-1]
    first_last = _change(v0, v1)
    cites = [f["citation"] for r in rows for f in r[4]]
    gaps = _gaps(c, name, held, no_report, no_item)
    if lang == "zh":
        intro = f"{name}{_years_text(years, lang)}年各年度的{what}（{len(rows)}个年度有数字）："
        tail = (f"（{y0}年→{y1}年：{format_value(k0, v0, lang)} → {format_value(k1, v1, lang)}，变化{first_last}。"
                f"{gaps}来源：{'；'.join(cites)}。）")
    else:
        intro = f"{name}, {what}, every year {_years_text(years, lang)} ({len(rows)} years with a figure):"
        tail = (f"({y0} → {y1}: {format_value(k0, v0, lang)} → {format_value(k1, v1, lang)}, a change of {first_last}. "
                f"{gaps + ' ' if gaps else ''}Sources: {'; '.join(cites)}.)")
    ans = eng._finish(c, intro + "\n\n" + _markdown(head, body) + "\n\n" + tail, True, t0)
    ans.table_html = _html(head, body)
    return ans


# -- relative years, said -----------------------------------------------------------------------
def _relative_terms() -> list[tuple[str, str]]:
    """(surface, sense) of every relative-year word, longest first."""
    out = [(t.strip(), sense) for sense, (zh, en) in YEAR_TERMS.items() for t in (zh + "/" + en).split("/") if t.strip()]
    return sorted(out, key=lambda x: -len(x[0]))


def _relative_word(question: str, prefer: str | None = None) -> tuple[str, str] | None:
    """The relative-year word of the question and its sense, a word of the ``prefer`` sense
    first ("比去年" reads as "previous", its word is 去年)."""
    low = question.lower()
    terms = _relative_terms()
    for surface, sense in sorted(terms, key=lambda x: x[1] != prefer) if prefer else terms:
        pat = re.escape(surface) if re.search(r"[\u4e00-\u9fff]", surface) else r"\b" + re.escape(surface) + r"\b"
        m = re.search(pat, low)
        if m:
            return question[m.start():m.end()], sense
    return None


def relative_note(question: str, q, years_held: dict[str, list[int]], lang: str) -> str:
    """"去年 = 2021年（…最新的报告是2022年）" when the question said a relative year and no year
    in digits; "" otherwise (or when the year used is not the one the word means, e.g. a year
    filter was set)."""
    if q is None or not q.relative_year or _WRITTEN_YEAR_RE.search(question or ""):
        return ""
    found = _relative_word(question, q.relative_year)
    if found is None or _SAYS_NEWEST.search(found[0]):
        return ""  # 最新 / latest: the answer names that year already
    word, sense = found
    pool = [y for a in q.agencies for y in years_held.get(a, [])] or [y for ys in years_held.values() for y in ys]
    if not pool or not q.years:
        return ""
    newest = max(pool)
    whose = q.agencies[0] if len(q.agencies) == 1 else ""
    if sense == "previous":
        year = min(q.years)
        return _t(lang, f"{word} = {year}年（{year + 1}年的前一年）。",
                  f"{word} = {year} (the year before {year + 1}). ")
    if sense == "following":
        year = max(q.years)
        return _t(lang, f"{word} = {year}年（{year - 1}年的后一年）。",
                  f"{word} = {year} (the year after {year - 1}). ")
    year = newest - _OFFSET[sense]
    if year not in q.years:
        return ""
    if lang == "zh":
        return f"{word} = {year}年（相对年份按所持最新的报告推算：{whose}最新的报告是{newest}年）。"
    own = f"the newest report held of {whose} is {newest}" if whose else f"the newest report held is {newest}"
    return f"{word} = {year} (relative years count from the newest report held: {own}). "


def say_relative(ans, question: str, years_held: dict[str, list[int]]):
    """Prefix the answer with the year a relative word was taken to mean (the record is kept)."""
    note = relative_note(question, ans.query, years_held, ans.record.get("language", "zh"))
    if note:
        ans.record["answer"] = note + ans.record["answer"]
    return ans
