"""What an answer says about a table cell the report prints blank.

A cell printed blank is stored with raw "" (value 0 in a filled table, as the template reads it;
no value when the whole table is printed without a number). An answer about it says that the
report leaves the cell blank — never a bare 0, never "not found" — and, where the table's own
sums settle it, what they imply (where they settle nothing, the template's reading: 0, said as such): a row's 总计 minus its other printed columns, a group's 总计
minus its other outcomes, the balance of a column (received + carried over = processed +
carried forward). Only printed, non-blank cells enter such a sum.
"""
from __future__ import annotations

from typing import Any

from stores.facts import FactReader, ReportRow
from vocab.keys import APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_GROUPS, request_rows
from vocab.labels import column_for_format, label, row_display

Number = int | float


def is_blank(fact: dict[str, Any] | None) -> bool:
    """A printed cell with nothing in it (raw "" after trimming), not a derived sum."""
    return fact is not None and not fact.get("derived") and not str(fact.get("raw") or "").strip()


def blank_sum(store: FactReader, rep: ReportRow, key: str) -> bool:
    """A derived group total (不予公开/无法提供/不予处理/其他处理 总计) whose every sub-item 总计
    cell is printed blank: the spec reads it as 0, but the report gives no total -- its applicant
    columns do (corpus 009 leaves the whole 总计 column empty)."""
    parts = key.split(".")
    if len(parts) != 3 or parts[0] != "requests" or parts[2] != "total" or parts[1] not in REQUEST_GROUPS:
        return False
    subs = [f"requests.{parts[1]}.{s}.total" for s in REQUEST_GROUPS[parts[1]]]
    rows = store.facts_for(rep.id, subs)
    return bool(rows) and all(not f.derived and not str(f.raw or "").strip() for f in rows)


def blank_fact(store: FactReader, rep: ReportRow, key: str) -> dict[str, Any] | None:
    """The stored fact of ``key`` when the report prints that cell blank, else None."""
    rows = store.facts_for(rep.id, [key])
    if not rows:
        return None
    f = rows[0]
    d = {"key": f.key, "value": f.value, "raw": f.raw, "derived": f.derived}
    return d if is_blank(d) else None


def _equations(key: str) -> list[tuple[str, list[str], list[str]]]:
    """(name, left keys, right keys) of the table's own sums that contain ``key``."""
    parts = key.split(".")
    eqs: list[tuple[str, list[str], list[str]]] = []
    if parts[0] == "requests":
        row, col = ".".join(parts[1:-1]), parts[-1]
        cells = [f"requests.{row}.{c}" for c in REQUEST_COLUMNS]
        eqs.append(("row", [cells[-1]], cells[:-1]))
        r = lambda name: f"requests.{name}.{col}"  # noqa: E731
        eqs.append(("balance", [r("received"), r("carried_over")], [r("total_processed"), r("carried_forward")]))
        for fmt in ("2021", "2019"):
            outcomes = [x for x in request_rows(fmt) if x not in ("received", "carried_over", "total_processed", "carried_forward")]
            eqs.append(("processed", [r("total_processed")], [r(x) for x in outcomes]))
    elif parts[0] == "appeals" and parts[1] in APPEAL_GROUPS:
        g = parts[1]
        eqs.append(("group", [f"appeals.{g}.total"], [f"appeals.{g}.{o}" for o in ("upheld", "corrected", "other", "pending")]))
    return [e for e in eqs if key in e[1] + e[2]]


def implied(store: FactReader, rep: ReportRow, key: str) -> list[tuple[Number, str, list[str]]]:
    """(value, how) for each of the table's sums that settles the blank cell ``key``: every
    other term of the sum is a printed, non-blank number of the report."""
    all_facts = store.facts_for(rep.id)
    facts = {f.key: f for f in all_facts if not f.derived}
    printed = {k: f.value for k, f in facts.items() if f.value is not None and str(f.raw or "").strip()}
    if blank_sum(store, rep, key):  # a group's applicant columns: sums of its printed sub-item cells
        group = key.split(".")[1]
        printed.update({f.key: f.value for f in all_facts if f.derived and f.value is not None
                        and f.key.startswith(f"requests.{group}.") and f.key.count(".") == 2
                        and f.key.rsplit(".", 1)[1] in REQUEST_COLUMNS[:-1]})
    # a blank part of a total reads 0 (the template's reading of a blank cell in a filled table)
    blank_parts = {k: 0 for k, f in facts.items() if f.value is not None and not str(f.raw or "").strip()}
    out: list[tuple[Number, str]] = []
    for name, left, right in _equations(key):
        if name in ("row", "group") and left == [key] and any(k in printed for k in right):
            terms = {k: printed.get(k, blank_parts.get(k)) for k in right}
            if all(v is not None for v in terms.values()):
                value = sum(terms.values())  # type: ignore[arg-type]
                value = round(value, 4) if isinstance(value, float) else value
                out.append((value, " + ".join(f"{_term(k, key)} {terms[k]}" for k in right if k in printed), list(right)))
            continue
        if not all(k in printed for k in left + right if k != key):
            continue
        same, other = (left, right) if key in left else (right, left)
        rest = [k for k in same if k != key]
        value = sum(printed[k] for k in other) - sum(printed[k] for k in rest)
        if isinstance(value, float):
            value = round(value, 4)
        if value < 0:
            continue  # the printed parts already exceed the total: the sums settle nothing
        how = " + ".join(f"{_term(k, key)} {printed[k]}" for k in other)
        how += "".join(f" − {_term(k, key)} {printed[k]}" for k in rest)
        out.append((value, how, other + rest))  # the value, how it is summed, the cells summed
    return out


def settled(store: FactReader, rep: ReportRow, key: str) -> tuple[Number, list[str]] | None:
    """The value the table's own sums settle for a blank cell, and the printed cells they use,
    when every sum that settles it agrees; else None."""
    found = _uniq(implied(store, rep, key))
    if len(found) != 1:
        return None
    return found[0][0], found[0][2]


def zero_total(store: FactReader, rep: ReportRow, key: str) -> tuple[Number, list[str]] | None:
    """A total printed as 0 whose own parts, all printed, add up to more (corpus 004 prints 0 as
    复议总计 over 11 cases): (the sum of the parts, the parts). The printed 0 is a slip of the
    report, not the count; the answer gives the parts' sum and says what is printed."""
    facts = {f.key: f for f in store.facts_for(rep.id) if not f.derived}
    f = facts.get(key)
    if f is None or f.value != 0 or not str(f.raw or "").strip():
        return None
    for name, left, right in _equations(key):
        if name not in ("row", "group") or left != [key]:
            continue
        parts = [facts.get(k) for k in right]
        if all(p is not None and p.value is not None and str(p.raw or "").strip() for p in parts):
            total = sum(p.value for p in parts)  # type: ignore[union-attr]
            if total > 0:
                return (round(total, 4) if isinstance(total, float) else total), list(right)
    return None


def zero_total_answer(rep: ReportRow, key: str, total: Number, lang: str) -> str:
    """One sentence: the printed total is 0, its parts add up to ``total``."""
    lab = label(key)
    row = row_display(lab.row_zh).split("/")[-1]
    if lang == "zh":
        return f"{rep.name}{rep.year}年报告中“{row}”的总计印为0，但其各分项之和为{total}，以{total}为准（表内合计不一致）。"
    return (f"The {rep.year} report of {rep.name} prints 0 as the total of “{lab.en}”, but its parts add up to "
            f"{total}: {total} is given (the table's own sum disagrees with the printed total).")


def _term(k: str, key: str) -> str:
    """A term of a sum as the table names it: its column when it shares the row of ``key``,
    else its row."""
    lab = label(k)
    if k.split(".")[:-1] == key.split(".")[:-1]:
        return column_for_format(lab.column_zh, None).split("/")[-1]
    return row_display(lab.row_zh).split("/")[-1]


def _uniq(found: list[tuple[Number, str, list[str]]]) -> list[tuple[Number, str, list[str]]]:
    """One entry per distinct value (the first way of summing to it)."""
    seen: dict[Number, tuple[Number, str, list[str]]] = {}
    for item in found:
        seen.setdefault(item[0], item)
    return list(seen.values())


def answer(store: FactReader, rep: ReportRow, key: str, lang: str) -> str:
    """One sentence: the report leaves the cell blank, and what the table's sums imply."""
    lab = label(key)
    row = row_display(lab.row_zh).split("/")[-1]
    col = column_for_format(lab.column_zh, rep.format).split("/")[-1]
    name = rep.name
    found = _uniq(implied(store, rep, key))
    if lang == "zh":
        s = f"{name}{rep.year}年报告中“{row}/{col}”一格留空（报告未填写数字）。"
        if len(found) == 1:
            s += f"按表内合计推算应为{found[0][0]}（{found[0][1]}）。"
        elif found:
            s += "表内各项合计推算结果不一致：" + "；".join(f"{v}（{h}）" for v, h, _ in found) + "。"
        elif read_as_zero(store, rep, key):
            s += "表内合计推算不出；按模板，已填报表格中的空白格读作0。"
        return s
    s = f"The {rep.year} report of {name} leaves the cell “{lab.en}” blank (no number printed)."
    if len(found) == 1:
        s += f" The table's own sums imply {found[0][0]} ({found[0][1]})."
    elif found:
        s += " The table's own sums disagree: " + "; ".join(f"{v} ({h})" for v, h, _ in found) + "."
    elif read_as_zero(store, rep, key):
        s += " The table's sums settle nothing; the template reads a blank cell of a filled table as 0."
    return s


def read_as_zero(store: FactReader, rep: ReportRow, key: str) -> bool:
    """A blank cell no sum of the table settles (none at all: sums that disagree settle nothing either,
    and give no 0), in a filled table (stored 0, not a table printed without numbers): the template's
    reading, 0, is the value an answer gives — said as such."""
    f = blank_fact(store, rep, key)
    return f is not None and not f.get("derived") and f.get("value") == 0 and not implied(store, rep, key)
