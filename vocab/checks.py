"""The spec's consistency checks over one report's facts (1–5) and across years (6).

Why: real reports break their own arithmetic, and staff want to see where. A check never
changes a fact; it says pass, fail or not_assessable (an input is missing or not applicable)
with a detail a person can verify, e.g. "17 + 0 = 15 + 2".

Check names (the gold files use these):

- ``balance:<column>``          1. received + carried_over = total_processed + carried_forward
- ``processed_sum:<column>``    2. total_processed = granted + partially_granted + withheld +
                                   unable + not_processed + other
- ``row_total:<row>``           3. total = natural_person + the five organisation columns
- ``appeals:<group>``           4. total = upheld + corrected + other + pending
- ``narrative:<what>``          5. numbers quoted in the narrative agree with the tables
- ``cross_year:<column>``       6. carried_forward of year Y = carried_over of year Y+1

Check 5 is deliberately conservative: it reads only a few fixed sentence shapes (received,
processed, carried over / forward, 行政复议, 行政诉讼) and says not_assessable rather than fail
when a sentence is ambiguous.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from vocab.keys import (
    APPEAL_GROUPS,
    REQUEST_COLUMNS,
    REQUEST_GROUPS,
    request_rows,
)
from vocab.records import Check, Fact

Number = int | float

# check name prefixes (the part before ":"), as the gold files spell them
BALANCE, PROCESSED, ROW, APPEALS, NARRATIVE, CROSS_YEAR = (
    "balance", "processed_sum", "row_total", "appeals", "narrative", "cross_year",
)
_EPS = 1e-6


def _fmt(v: Number | None) -> str:
    if v is None:
        return "?"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _sum(vals: Iterable[Number]) -> Number:
    total: Number = 0
    for v in vals:
        total += v
    return round(total, 6) if isinstance(total, float) else total


def _equation(name: str, left: list[tuple[str, Number | None]], right: list[tuple[str, Number | None]]) -> Check:
    """left terms summed must equal right terms summed."""
    missing = [k for k, v in left + right if v is None]
    if missing:
        return Check(name, "not_assessable", "missing or not applicable: " + ", ".join(missing))
    lv = _sum(v for _, v in left)  # type: ignore[misc]
    rv = _sum(v for _, v in right)  # type: ignore[misc]
    ltxt = " + ".join(_fmt(v) for _, v in left)
    rtxt = " + ".join(_fmt(v) for _, v in right)
    if abs(lv - rv) <= _EPS:
        return Check(name, "pass", f"{ltxt} = {rtxt}")
    ls = f"{ltxt} = {_fmt(lv)}" if len(left) > 1 else ltxt
    rs = f"{rtxt} = {_fmt(rv)}" if len(right) > 1 else rtxt
    return Check(name, "fail", f"{ls} ≠ {rs}")


def _values(facts: Iterable[Fact] | Mapping[str, Number | None]) -> dict[str, Number | None]:
    if isinstance(facts, Mapping):
        return dict(facts)
    return {f.key: f.value for f in facts}


def _group_terms(v: dict[str, Number | None], group: str, col: str, subs: tuple[str, ...]) -> list[tuple[str, Number | None]]:
    """A group's sub-items (or the printed/derived group value when no sub-item is printed)."""
    keys = [f"requests.{group}.{s}.{col}" for s in subs]
    if any(k in v for k in keys):
        return [(k, v.get(k)) for k in keys]
    return [(f"requests.{group}.{col}", v.get(f"requests.{group}.{col}"))]


def table_checks(facts: Iterable[Fact] | Mapping[str, Number | None]) -> list[Check]:
    """Checks 1–4 on the printed facts of one report."""
    v = _values(facts)
    checks: list[Check] = []
    has_requests = any(k.startswith("requests.") for k in v)
    if has_requests:
        for col in REQUEST_COLUMNS:
            r = lambda row: (f"requests.{row}.{col}", v.get(f"requests.{row}.{col}"))  # noqa: E731
            checks.append(_equation(f"{BALANCE}:{col}", [r("received"), r("carried_over")], [r("total_processed"), r("carried_forward")]))
        for col in REQUEST_COLUMNS:
            terms = [
                (f"requests.granted.{col}", v.get(f"requests.granted.{col}")),
                (f"requests.partially_granted.{col}", v.get(f"requests.partially_granted.{col}")),
            ]
            for group in ("withheld", "unable", "not_processed"):
                terms += _group_terms(v, group, col, REQUEST_GROUPS[group])
            other_subs = [f"requests.other.{s}.{col}" for s in REQUEST_GROUPS["other"]]
            if any(k in v for k in other_subs):
                terms += [(k, v.get(k)) for k in other_subs]
            else:
                terms.append((f"requests.other.{col}", v.get(f"requests.other.{col}")))
            total = [(f"requests.total_processed.{col}", v.get(f"requests.total_processed.{col}"))]
            checks.append(_equation(f"{PROCESSED}:{col}", total, terms))
        rows = request_rows("2021") + ["other"]
        for row in rows:
            keys = [f"requests.{row}.{c}" for c in REQUEST_COLUMNS]
            if not any(k in v for k in keys):
                continue
            parts = [(k, v.get(k)) for k in keys[:-1]]
            checks.append(_equation(f"{ROW}:{row}", [(keys[-1], v.get(keys[-1]))], parts))
    for group in APPEAL_GROUPS:
        keys = [f"appeals.{group}.{o}" for o in ("upheld", "corrected", "other", "pending")]
        total = f"appeals.{group}.total"
        if not any(k in v for k in keys + [total]):
            continue
        checks.append(_equation(f"{APPEALS}:{group}", [(total, v.get(total))], [(k, v.get(k)) for k in keys]))
    return checks


# --- check 5: the narrative -------------------------------------------------------------------

_N = r"(\d[\d,]*)"
_RECEIVED_RE = re.compile(
    r"(?:受理|收到|新收|接收)(?:了|到)?(?:各类)?(?:政府信息公开申请|信息公开申请|依申请公开申请|依申请公开|公开申请|申请)"
    r"(?:共计|共|合计)?" + _N + r"件"
)
_PROCESSED_RE = re.compile(
    r"(?<!公开)(?<!部分)(?:办结|答复)(?:了)?(?:政府信息公开申请|信息公开申请|申请)?(?:共计|共)?" + _N + r"件"
)
_CARRIED_OVER_RE = re.compile(r"上年度?结转(?:政府信息公开|信息公开)?(?:申请)?" + _N + r"件")
_FORWARD_RES = (
    re.compile(r"结转(?:至|到)?下一?年度?(?:继续办理)?" + _N + r"件"),
    re.compile(r"另有" + _N + r"件[^，。；,;]{0,16}?顺延"),
)
_REVIEW_RE = re.compile(r"行政复议(?:案件)?(?:共)?" + _N + r"件")
_LITIGATION_RE = re.compile(r"(?<!复议)(?:行政)?诉讼(?:案件)?(?:共)?" + _N + r"件")


def _compact(text: str) -> str:
    """Narrative text without line breaks and spaces (PDF text breaks sentences anywhere)."""
    return re.sub(r"\s+", "", text)


def _found(pattern: re.Pattern[str], text: str) -> list[int]:
    return [int(m.group(1).replace(",", "")) for m in pattern.finditer(text)]


def _narrative_check(name: str, quoted: list[int], options: list[tuple[str, Number | None]], what: str) -> Check | None:
    """``options``: table readings the sentence may mean (label, value); pass if any agrees."""
    if not quoted:
        return None
    distinct = sorted(set(quoted))
    if len(distinct) > 1:
        return Check(name, "not_assessable", f"narrative quotes several numbers for {what}: {distinct}")
    n = distinct[0]
    known = [(lab, val) for lab, val in options if val is not None]
    if not known:
        return Check(name, "not_assessable", f"narrative says {n} {what}; table value missing")
    for lab, val in known:
        if abs(val - n) <= _EPS:
            return Check(name, "pass", f"narrative says {n} {what}, table {lab} = {_fmt(val)}")
    lab, val = known[0]
    return Check(name, "fail", f"narrative says {n} {what}, table says {_fmt(val)} ({lab})")


def narrative_checks(facts: Iterable[Fact] | Mapping[str, Number | None], narrative: str) -> list[Check]:
    """Check 5: received / processed / carried over / carried forward, 行政复议, 行政诉讼."""
    v = _values(facts)
    text = _compact(narrative)
    if not text:
        return []
    g = v.get
    received, carried = g("requests.received.total"), g("requests.carried_over.total")
    both = None if received is None or carried is None else received + carried
    lit = [g("appeals.litigation_direct.total"), g("appeals.litigation_after_review.total")]
    lit_sum = None if None in lit else _sum(lit)  # type: ignore[arg-type]
    forward: list[int] = []
    for pat in _FORWARD_RES:
        forward += _found(pat, text)
    candidates = [
        _narrative_check(
            "narrative:received", _found(_RECEIVED_RE, text),
            [("received.total", received), ("received + carried_over", both)], "applications received",
        ),
        _narrative_check(
            "narrative:processed", _found(_PROCESSED_RE, text),
            [("total_processed.total", g("requests.total_processed.total"))], "applications processed",
        ),
        _narrative_check(
            "narrative:carried_over", _found(_CARRIED_OVER_RE, text),
            [("carried_over.total", carried)], "carried over from last year",
        ),
        _narrative_check(
            "narrative:carried_forward", forward,
            [("carried_forward.total", g("requests.carried_forward.total"))], "carried forward to next year",
        ),
        _narrative_check(
            "narrative:review", _found(_REVIEW_RE, text),
            [("appeals.review.total", g("appeals.review.total"))], "行政复议 cases",
        ),
        _narrative_check(
            "narrative:litigation", _found(_LITIGATION_RE, text),
            [("litigation_direct.total + litigation_after_review.total", lit_sum)], "行政诉讼 cases",
        ),
    ]
    has_tables = any(k.startswith(("requests.", "appeals.")) for k in v)
    return [c for c in candidates if c is not None and (has_tables or c.status != "fail")]


def run_checks(facts: list[Fact], narrative: str = "") -> list[Check]:
    """Checks 1–5 of one report. Derived facts are ignored: the checks read what is printed."""
    printed = [f for f in facts if not f.derived]
    return table_checks(printed) + narrative_checks(printed, narrative)


# --- check 6: across years --------------------------------------------------------------------


def cross_year_check(
    prev_facts: Mapping[str, Number | None],
    next_facts: Mapping[str, Number | None],
    prev_label: str,
    next_label: str,
) -> list[Check]:
    """Check 6: carried_forward of the earlier report = carried_over of the next one, per column.

    ``prev_facts`` / ``next_facts`` map keys to values (e.g. from the fact store); the labels
    name the two reports in the detail, e.g. "2023" and "2024".
    """
    checks: list[Check] = []
    for col in REQUEST_COLUMNS:
        a = prev_facts.get(f"requests.carried_forward.{col}")
        b = next_facts.get(f"requests.carried_over.{col}")
        name = f"{CROSS_YEAR}:{col}"
        if a is None or b is None:
            checks.append(Check(name, "not_assessable", f"{prev_label} carried_forward {_fmt(a)}, {next_label} carried_over {_fmt(b)}"))
            continue
        ok = abs(a - b) <= _EPS
        detail = f"{prev_label} carried_forward {_fmt(a)} {'=' if ok else '≠'} {next_label} carried_over {_fmt(b)}"
        checks.append(Check(name, "pass" if ok else "fail", detail))
    return checks


__all__ = [
    "run_checks", "table_checks", "narrative_checks", "cross_year_check",
    "BALANCE", "PROCESSED", "ROW", "APPEALS", "NARRATIVE", "CROSS_YEAR", "check_words", "check_label",
]


# --- check names in words (the UI, the API and the CLI show these, never the internal names) ---

_NARRATIVE_WORDS = {
    "received": ("收到申请数", "applications received"),
    "processed": ("办结申请数", "applications processed"),
    "carried_over": ("上年结转数", "carried over from last year"),
    "carried_forward": ("结转下年数", "carried forward to next year"),
    "review": ("行政复议案件数", "administrative reconsideration cases"),
    "litigation": ("行政诉讼案件数", "administrative lawsuits"),
}
_APPEAL_WORDS = {
    "review": ("行政复议", "administrative reconsideration"),
    "litigation_direct": ("未经复议直接起诉", "lawsuits filed directly"),
    "litigation_after_review": ("复议后起诉", "lawsuits after reconsideration"),
}


def _column_words(col: str) -> tuple[str, str]:
    from vocab.labels import COLUMN_EN, column_zh

    return column_zh(col), COLUMN_EN.get(col, col.replace("_", " "))


def _row_words(row: str) -> tuple[str, str]:
    from vocab.keys import KEYS

    info = KEYS.get(f"requests.{row}.total")
    if info is None:
        return row, row.replace("_", " ")
    zh = info.zh_row[2:] if info.zh_row.startswith("三/") else info.zh_row
    return zh, info.en.split(" — ")[0]


def check_words(name: str) -> tuple[str, str]:
    """A check's name in words, (Chinese, English): ``balance:natural_person`` →
    ("收支平衡（自然人）：新收 + 上年结转 = 办理总计 + 结转下年", "Balance (natural persons): …")."""
    kind, _, arg = name.partition(":")
    if kind == BALANCE:
        zh, en = _column_words(arg)
        return (f"收支平衡（{zh}）：新收 + 上年结转 = 办理总计 + 结转下年",
                f"Balance ({en}): received + carried over = processed + carried forward")
    if kind == PROCESSED:
        zh, en = _column_words(arg)
        return (f"办理结果合计（{zh}）：办理总计 = 各项办理结果之和",
                f"Outcomes add up ({en}): total processed = sum of the outcomes")
    if kind == ROW:
        zh, en = _row_words(arg)
        return f"行合计：{zh}（总计 = 自然人 + 法人或其他组织）", f"Row total: {en} (total = the six columns)"
    if kind == APPEALS:
        zh, en = _APPEAL_WORDS.get(arg, (arg, arg.replace("_", " ")))
        return f"{zh}合计 = 各项结果之和", f"{en}: total = sum of the outcomes"
    if kind == NARRATIVE:
        zh, en = _NARRATIVE_WORDS.get(arg, (arg, arg.replace("_", " ")))
        return f"正文与表格一致：{zh}", f"Text agrees with the table: {en}"
    if kind == CROSS_YEAR:
        zh, en = _column_words(arg)
        return (f"跨年度衔接（{zh}）：结转下年 = 次年上年结转",
                f"Across years ({en}): carried forward = next year's carried over")
    return name, name


def check_label(name: str) -> str:
    """The check in both languages, one line: "收支平衡（自然人）… · Balance (natural persons) …"."""
    zh, en = check_words(name)
    return zh if zh == en else f"{zh} · {en}"
