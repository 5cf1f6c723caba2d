"""Scorer for the blind question sets (``evals/blind/*.jsonl``, format in ``evals/blind/README.md``).

Self-contained on purpose: it imports nothing of the project (no ``rag``/``ingest``). The
system under test is a callable::

    ask(question: str, context) -> (record: dict, new_context)

``context`` is None at the first turn of a conversation; the context a turn returns is passed to
the next turn of the *same* conversation (a follow-up pair is one conversation).

The record is the engine's answer record: ``answer`` (text), ``found`` (bool), ``value``
(number, null, or for rankings possibly a body name), ``facts`` [{key, value, raw, derived,
citation, (report | report_id)?}], ``reports`` [{id, agency, year}], ``passages`` [{text,
report, section, ...}], optional ``clarify`` [{key, value, label, ...}] (an "ask back": found
true, value null), optional ``ranking``, ``operation``.

Verdicts per turn
-----------------
- ``right``: the value equals the gold (1e-6; narrative percentages: within the stated
  rounding; money in 万元 may also be given in 元) AND the cited fact keys include the gold
  key(s) (a sum: every summed key, or the derived key of the group) AND a cited report is the
  gold agency/year. Narrative numbers: instead of keys, the answer or a cited passage/fact must
  quote a piece (>= 8 characters, whitespace ignored) of the gold sentence. Passages: the answer
  or its passages contain every ``contains`` word, from the gold report. Unanswerable: no number
  asserted (found false, or value null and no non-year number in the answer). Not applicable:
  value null.
- ``asked_back``: value null and a non-empty ``clarify`` list. It counts as right (``ok``) for a
  question marked ``ambiguous`` when a candidate carries an acceptable key; otherwise it is
  neither right nor wrong.
- ``confident_wrong``: found true, a number (or ranking winner) given, and not right -- a right
  number from the wrong key or the wrong report included, and any number for an unanswerable or
  not-applicable question.
- ``missed``: found false / no number where one was expected (and a wrong passage answer that
  asserts no number).

``Turn.ok`` is what the "right" column counts: verdict ``right``, or an acceptable ask-back on an
ambiguous question (those are also counted in "asked back").
"""
from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

Ask = Callable[[str, Any], "tuple[dict, Any]"]

KIND_ORDER = ["value", "sum", "difference", "ranking", "narrative", "passage", "followup",
              "unanswerable", "trap", "na"]
VERDICTS = ["right", "asked_back", "confident_wrong", "missed"]

_WS = re.compile(r"\s+")
_NUM_IN_TEXT = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
_DECREASE = re.compile(r"减少|下降|少了|降低|回落|decreas|fell|fall|drop|down|lower|fewer|less", re.I)
ORG_COLUMNS = {"commercial", "research", "public_interest", "legal_services", "other_org"}
MIN_QUOTE = 8


# ----------------------------------------------------------------------------- small helpers
def _norm(s: Any) -> str:
    return _WS.sub("", str(s or "")).replace("（", "(").replace("）", ")")


def _num(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        s = v.strip().replace(",", "").replace("，", "").rstrip("%％")
        try:
            return float(s)
        except ValueError:
            return None
    return None


def _decimals(x: float) -> int:
    s = repr(float(x))
    if "e" in s or "." not in s:
        return 0
    frac = s.split(".", 1)[1].rstrip("0")
    return len(frac)


def num_equal(got: float, gold: float, unit: str | None = None, pct_rounding: bool = False) -> bool:
    """``got`` equals ``gold`` within 1e-6 (relative for big numbers); money stated in 万 may
    also be given in units (x 10000); a percentage may be given more precisely than stated."""
    def close(a, b):
        return abs(a - b) <= 1e-6 + 1e-9 * abs(b)

    if close(got, gold):
        return True
    if unit and str(unit).startswith("万") and close(got, gold * 10000):
        return True
    if pct_rounding:
        tol = 0.5 * 10 ** (-_decimals(gold))
        if abs(got - gold) <= tol + 1e-9:
            return True
    return False


# the sub-items a group row of table 三 adds up (spec: fact_keys.tsv; requests.<row>.<column> is their sum)
SUB_ITEMS = {
    "withheld": {"state_secret", "prohibited_by_law", "security_stability", "third_party", "internal_affairs",
                 "process_info", "enforcement_files", "admin_query"},
    "unable": {"not_held", "needs_creation", "unclear"},
    "not_processed": {"petition", "duplicate", "publication", "excessive", "reconfirm"},
    "other": {"overdue_correction", "overdue_fee", "other"},
}


APPLICANT_COLUMNS = {"natural_person"} | ORG_COLUMNS


def printed_cells(keys: Iterable[str]) -> frozenset[str]:
    """The cells of table 三 a set of keys adds up, derived keys spelled out (spec: a row's total is
    its six applicant columns, legal_person the five organisation columns, a group row's column
    the sum of its sub-items). Two key sets with the same cells ask the same quantity:
    "requests.unable.total" and its three sub-items; "requests.received.total" and its six columns."""
    out: set[str] = set()

    def add(k: str) -> None:
        p = k.split(".")
        if p[0] != "requests" or len(p) not in (3, 4):
            out.add(k)
            return
        col = p[-1]
        if col == "total" or col == "legal_person":
            for c in (APPLICANT_COLUMNS if col == "total" else ORG_COLUMNS):
                add(".".join(p[:-1] + [c]))
        elif len(p) == 3 and p[1] in SUB_ITEMS:
            for x in SUB_ITEMS[p[1]]:
                add(f"requests.{p[1]}.{x}.{col}")
        else:
            out.add(k)

    for k in keys:
        add(k)
    return frozenset(out)


def derived_keys(keys: list[str]) -> set[str]:
    """The derived key(s) a group of summed keys stands for (spec/README.md derived forms):
    the five organisation columns -> ``<row>.legal_person``; all six columns -> ``<row>.total``;
    sub-items ``<row>.<x>[.<col>]`` -> ``<row>.total``."""
    if len(keys) < 2:
        return set()
    parts = [k.split(".") for k in keys]
    prefix: list[str] = []
    for segs in zip(*parts):
        if len(set(segs)) != 1:
            break
        prefix.append(segs[0])
    if len(prefix) < 2:
        return set()
    stem = ".".join(prefix)
    rest = [tuple(p[len(prefix):]) for p in parts]
    if all(len(r) == 1 for r in rest) and {r[0] for r in rest} == ORG_COLUMNS:
        return {stem + ".legal_person"}
    if all(len(r) == 2 for r in rest) and len({r[1] for r in rest}) == 1:
        # sub-items of one column ("requests.unable.<x>.natural_person"): the row's cell of that
        # column (spec: requests.unable.<column> is the sum of its sub-items)
        return {stem + "." + rest[0][1]}
    return {stem + ".total"}


def _agency_year(rep: Any) -> tuple[str, int | None] | None:
    if isinstance(rep, dict):
        a = rep.get("agency") or rep.get("agency_name")
        y = rep.get("year")
        try:
            y = int(y) if y is not None else None
        except (TypeError, ValueError):
            y = None
        return (_norm(a), y) if a else None
    return None


def cited_reports(record: dict, with_passages: bool = False) -> set[tuple[str, int | None]]:
    """(agency, year) pairs the record cites: ``reports``, the facts' report (dict, or an id
    resolved through ``reports``), and optionally the passages' reports."""
    out: set[tuple[str, int | None]] = set()
    by_id = {}
    for r in record.get("reports") or []:
        ay = _agency_year(r)
        if ay:
            out.add(ay)
            if isinstance(r, dict) and r.get("id") is not None:
                by_id[str(r["id"])] = ay
    for f in record.get("facts") or []:
        if not isinstance(f, dict):
            continue
        rep = f.get("report")
        ay = _agency_year(rep) if isinstance(rep, dict) else None
        if ay is None:
            rid = f.get("report_id") or (rep if isinstance(rep, (str, int)) else None)
            ay = by_id.get(str(rid)) if rid is not None else None
        if ay:
            out.add(ay)
    if with_passages:
        for p in record.get("passages") or []:
            if isinstance(p, dict):
                ay = _agency_year(p.get("report"))
                if ay:
                    out.add(ay)
    return out


def cited_keys(record: dict) -> set[str]:
    return {str(f.get("key")) for f in record.get("facts") or [] if isinstance(f, dict) and f.get("key")}


def _haystack(record: dict) -> str:
    parts = [str(record.get("answer") or "")]
    for p in record.get("passages") or []:
        parts.append(str(p.get("text") or "") if isinstance(p, dict) else str(p))
    for f in record.get("facts") or []:
        if isinstance(f, dict):
            parts.append(str(f.get("raw") or ""))
            parts.append(str(f.get("citation") or ""))
    return _norm("\n".join(parts))


def quotes_sentence(record: dict, sentence: str, n: int = MIN_QUOTE) -> bool:
    """The answer, a passage or a fact citation holds a piece of ``sentence`` of >= n characters."""
    s, hay = _norm(sentence), _haystack(record)
    if not s or not hay:
        return False
    if len(s) <= n:
        return s in hay
    return any(s[i:i + n] in hay for i in range(len(s) - n + 1))


def asserted_numbers(text: str) -> list[str]:
    """Digit numbers in ``text`` that are not years (19xx/20xx)."""
    out = []
    for m in _NUM_IN_TEXT.finditer(text or ""):
        raw = m.group().replace(",", "")
        if re.fullmatch(r"(19|20)\d\d", raw):
            continue
        out.append(raw)
    return out


def turn_kind(expect: dict) -> str:
    """What one turn asks, from its ``expect`` (a follow-up's turns are of these kinds)."""
    if expect.get("answerable") is False:
        return "unanswerable"
    if expect.get("not_applicable"):
        return "na"
    if "agencies" in expect:
        return "ranking"
    if isinstance(expect.get("years"), list):
        return "difference"
    if "contains" in expect:
        return "passage"
    if "sentence" in expect:
        return "narrative"
    if len(expect.get("keys") or []) > 1:
        return "sum"
    return "value"


# ----------------------------------------------------------------------------- judging one turn
@dataclass
class Turn:
    conv_id: str
    turn: int
    kind: str            # the conversation's kind (followup, trap, value, ...)
    turn_kind: str       # what this turn asks (value, sum, narrative, unanswerable, ...)
    lang: str
    question: str
    expect: dict
    verdict: str
    ok: bool
    reason: str
    got: dict = field(default_factory=dict)
    seconds: float = 0.0
    number_right: bool | None = None  # informational: number + report right, citation not checked


def _got_summary(record: dict) -> dict:
    return {
        "found": record.get("found"),
        "value": record.get("value"),
        "keys": sorted(cited_keys(record)),
        "reports": [(r.get("agency"), r.get("year")) for r in (record.get("reports") or [])[:4] if isinstance(r, dict)],
        "clarify": [c.get("key") or c.get("label") for c in (record.get("clarify") or []) if isinstance(c, dict)][:6],
        "operation": record.get("operation"),
        "answer": str(record.get("answer") or "")[:300],
    }


def _readings(e: dict) -> list[dict]:
    """Acceptable (value, key sets, agency, year) readings of a numeric turn."""
    keys = list(e.get("keys") or [])
    base_sets = [set(keys)] + [{d} for d in derived_keys(keys)]
    out = []
    if e.get("year") is not None or not e.get("acceptable"):
        out.append({"value": e.get("value"), "keysets": base_sets, "agency": e.get("agency"), "year": e.get("year")})
    for alt in e.get("acceptable") or []:  # no year in the question: every held year is a reading
        out.append({"value": alt.get("value"), "keysets": base_sets, "agency": e.get("agency"), "year": alt.get("year")})
    alt_keys = e.get("acceptable_keys") or []
    alt_vals = e.get("acceptable_values") or []
    for i, ks in enumerate(alt_keys):
        v = alt_vals[i] if i < len(alt_vals) else e.get("value")
        out.append({"value": v, "keysets": [set(ks)] + [{d} for d in derived_keys(list(ks))],
                    "agency": e.get("agency"), "year": e.get("year")})
    for v in alt_vals[len(alt_keys):]:
        out.append({"value": v, "keysets": base_sets, "agency": e.get("agency"), "year": e.get("year")})
    return out


def _acceptable_keys(e: dict) -> set[str]:
    ks = set(e.get("keys") or []) | derived_keys(list(e.get("keys") or []))
    for alt in e.get("acceptable_keys") or []:
        ks |= set(alt) | derived_keys(list(alt))
    return ks


def _clarify_ok(e: dict, clarify: list) -> bool:
    """An ask-back is right for an ambiguous question when a candidate has an acceptable key."""
    if not e.get("ambiguous"):
        return False
    good = _acceptable_keys(e)
    for c in clarify:
        if not isinstance(c, dict):
            continue
        ck = c.get("key")
        if ck and ck in good:
            return True
        cks = c.get("keys")
        if isinstance(cks, (list, tuple, set)) and any(k in good for k in cks):
            return True
    return False


def _report_ok(cited: set, agency: str | None, year: int | None) -> bool:
    if not agency:
        return True
    a = _norm(agency)
    if year is None:
        return any(ca == a for ca, _ in cited)
    return (a, int(year)) in cited


def _ranking_winner(record: dict) -> str | None:
    r = record.get("ranking")
    if isinstance(r, str) and r:
        return r
    if isinstance(r, dict):
        for k in ("winner", "agency", "name", "first"):
            if r.get(k):
                return str(r[k]) if not isinstance(r[k], dict) else (r[k].get("agency") or r[k].get("name"))
        rows = r.get("rows") or r.get("order") or []
        r = rows
    if isinstance(r, list) and r:
        first = r[0]
        if isinstance(first, str):
            return first
        if isinstance(first, dict):
            return first.get("agency") or first.get("name") or (first.get("report") or {}).get("agency")
        if isinstance(first, (list, tuple)) and first:
            return str(first[0])
    v = record.get("value")
    if isinstance(v, str) and _num(v) is None and v.strip():
        return v.strip()
    reps = record.get("reports") or []
    if reps and isinstance(reps[0], dict):
        return reps[0].get("agency")
    return None


def judge(expect: dict, record: dict, tkind: str | None = None) -> tuple[str, bool, str]:
    """(verdict, ok, reason) of one answer record against one turn's ``expect``."""
    e = expect
    tk = tkind or turn_kind(e)
    record = record if isinstance(record, dict) else {}
    found = bool(record.get("found"))
    raw_value = record.get("value")
    value = _num(raw_value)
    clarify = [c for c in (record.get("clarify") or []) if c]
    asked_back = bool(clarify) and raw_value is None

    if asked_back:
        ok = _clarify_ok(e, clarify)
        return "asked_back", ok, "acceptable ask-back (ambiguous)" if ok else "asked back"

    if tk == "unanswerable":
        if raw_value is not None:
            return "confident_wrong", False, f"gave {raw_value!r} for an unanswerable question"
        if not found:
            return "right", True, ""
        nums = asserted_numbers(str(record.get("answer") or ""))
        if nums:
            return "confident_wrong", False, f"asserted number(s) {nums[:3]} for an unanswerable question"
        return "right", True, ""

    if tk == "na":
        if raw_value is not None:
            return "confident_wrong", False, f"gave {raw_value!r} for a measure this report's format lacks"
        return "right", True, ""

    if tk == "passage":
        words = [w for w in e.get("contains") or []]
        hay = _haystack(record)
        missing = [w for w in words if _norm(w) not in hay]
        rep_ok = _report_ok(cited_reports(record, with_passages=True), e.get("agency"), e.get("year"))
        if found and not missing and rep_ok:
            return "right", True, ""
        why = ("not found" if not found else
               f"missing words {missing}" if missing else "passage from the wrong report")
        if found and value is not None:
            return "confident_wrong", False, why + f"; asserted {raw_value!r}"
        return "missed", False, why

    if tk == "ranking":
        if not found:
            return "missed", False, "not found"
        winner = _ranking_winner(record)
        if not winner:
            return "missed", False, "no ranking winner"
        if _norm(winner) != _norm(e.get("value")):
            return "confident_wrong", False, f"winner {winner!r}, gold {e.get('value')!r}"
        keys = set(e.get("keys") or [])
        ck = cited_keys(record)
        # (the derived key the gold's cells add up to is the same quantity, as for the other kinds: the five
        # organisation columns ranked as ``<row>.legal_person``)
        if keys and not (keys <= ck or any({d} <= ck for d in derived_keys(list(keys)))):
            return "confident_wrong", False, f"right winner but keys {sorted(ck)} lack {sorted(keys - ck)}"
        gold_v = (e.get("values") or {}).get(e.get("value"))
        if value is not None and gold_v is not None and not num_equal(value, float(gold_v), e.get("unit")):
            return "confident_wrong", False, f"right winner but its value {raw_value!r} != {gold_v!r}"
        return "right", True, ""

    # numeric kinds: value, sum, difference, narrative (and trap / followup turns of those)
    if not found or value is None:
        return "missed", False, "not found" if not found else "no number given"

    if tk == "narrative":
        gold = _num(e.get("value"))
        unit = e.get("unit")
        if gold is None or not num_equal(value, gold, unit, pct_rounding=(unit in ("%", "％"))):
            return "confident_wrong", False, f"value {raw_value!r} != {e.get('value')!r}"
        if not _report_ok(cited_reports(record, with_passages=True), e.get("agency"), e.get("year")):
            return "confident_wrong", False, "right number, wrong report"
        if not quotes_sentence(record, e.get("sentence") or ""):
            return "confident_wrong", False, "right number, gold sentence not quoted/cited"
        return "right", True, ""

    ck = cited_keys(record)
    cited = cited_reports(record)
    if tk == "difference":
        gold = _num(e.get("value"))
        v_ok = gold is not None and num_equal(value, gold, e.get("unit"))
        if not v_ok and gold is not None and gold < 0 and num_equal(value, -gold, e.get("unit")) \
                and _DECREASE.search(str(record.get("answer") or "")):
            v_ok = True  # "decreased by 1343"
        if not v_ok:
            return "confident_wrong", False, f"value {raw_value!r} != {e.get('value')!r}"
        keys = set(e.get("keys") or [])
        if not (keys <= ck or any({d} <= ck for d in derived_keys(list(keys)))):
            return "confident_wrong", False, f"right number, keys {sorted(ck)} lack {sorted(keys - ck)}"
        years = e.get("years") or []
        missing = [y for y in years if not _report_ok(cited, e.get("agency"), y)]
        if missing:
            return "confident_wrong", False, f"right number, report(s) of {missing} not cited"
        return "right", True, ""

    # value / sum
    value_match = None
    for rd in _readings(e):
        gold = _num(rd["value"])
        if gold is None or not num_equal(value, gold, e.get("unit")):
            continue
        # (the same cells asked and cited: "无法提供这一大类三小项合计" answered as the sum of the three)
        if not any(ks and (ks <= ck or printed_cells(ks) == printed_cells(ck)) for ks in rd["keysets"]):
            value_match = value_match or f"right number, wrong key: cited {sorted(ck)}, gold {sorted(rd['keysets'][0])}"
            continue
        if not _report_ok(cited, rd["agency"], rd["year"]):
            value_match = f"right number and key, wrong report: cited {sorted(cited)}"
            continue
        return "right", True, ""
    if e.get("acceptable_sentence") and _text_reading_ok(e, value, record):
        return "right", True, ""
    return "confident_wrong", False, value_match or f"value {raw_value!r} != {e.get('value')!r}"


def _text_reading_ok(e: dict, value, record: dict) -> bool:
    """The report's text states another number for the same question (``acceptable_sentence``,
    blind set 2): that number is right when the answer quotes the sentence from the right report."""
    if not any(num_equal(value, _num(v), e.get("unit")) for v in e.get("acceptable_values") or [] if _num(v) is not None):
        return False
    return (_report_ok(cited_reports(record, with_passages=True), e.get("agency"), e.get("year"))
            and quotes_sentence(record, e["acceptable_sentence"]))


def number_right(expect: dict, record: dict) -> bool | None:
    """Lenient, informational: the number (ranking: the winner) and the report are right, the
    citation of keys / the gold sentence is NOT checked. None for turns that expect no number
    (passage, unanswerable, not applicable). A plain-retrieval baseline cites no fact keys, so
    this is the column on which it can be compared with the engine on table values."""
    e = expect
    tk = turn_kind(e)
    if tk in ("passage", "unanswerable", "na"):
        return None
    record = record if isinstance(record, dict) else {}
    if not record.get("found"):
        return False
    if tk == "ranking":
        w = _ranking_winner(record)
        return bool(w) and _norm(w) == _norm(e.get("value"))
    value = _num(record.get("value"))
    if value is None:
        return False
    if tk == "narrative":
        gold = _num(e.get("value"))
        unit = e.get("unit")
        return gold is not None and num_equal(value, gold, unit, pct_rounding=(unit in ("%", "％"))) and \
            _report_ok(cited_reports(record, with_passages=True), e.get("agency"), e.get("year"))
    cited = cited_reports(record, with_passages=True)
    if tk == "difference":
        gold = _num(e.get("value"))
        ok = gold is not None and (num_equal(value, gold, e.get("unit")) or (
            gold < 0 and num_equal(value, -gold, e.get("unit")) and bool(_DECREASE.search(str(record.get("answer") or "")))))
        return ok and all(_report_ok(cited, e.get("agency"), y) for y in e.get("years") or [])
    for rd in _readings(e):
        gold = _num(rd["value"])
        if gold is not None and num_equal(value, gold, e.get("unit")) and _report_ok(cited, rd["agency"], rd["year"]):
            return True
    return False


# ----------------------------------------------------------------------------- the report
def _gold_summary(e: dict) -> dict:
    keep = ("answerable", "agency", "agencies", "year", "years", "keys", "value", "values", "unit",
            "sentence", "contains", "why", "not_applicable", "ambiguous", "acceptable_keys",
            "acceptable_values", "acceptable", "acceptable_sentence", "printed", "printed_total", "order")
    return {k: e[k] for k in keep if k in e}


def _pct(a: int, n: int) -> str:
    return f"{100.0 * a / n:.1f}%" if n else "-"


@dataclass
class Report:
    turns: list[Turn]
    source: str = ""
    seconds: float = 0.0
    name: str = ""

    # -- counting --------------------------------------------------------------------------
    @staticmethod
    def _count(turns: Iterable[Turn]) -> dict:
        turns = list(turns)
        c = {"n": len(turns), "right": sum(t.ok for t in turns)}
        for v in VERDICTS[1:]:
            c[v] = sum(t.verdict == v for t in turns)
        nr = [t.number_right for t in turns if t.number_right is not None]
        c["number_n"] = len(nr)
        c["number_right"] = sum(nr)
        c["right_pct"] = round(100.0 * c["right"] / c["n"], 1) if c["n"] else None
        c["confident_wrong_pct"] = round(100.0 * c["confident_wrong"] / c["n"], 1) if c["n"] else None
        return c

    def by(self, attr: str = "kind") -> dict[str, dict]:
        groups: dict[str, list[Turn]] = {}
        for t in self.turns:
            groups.setdefault(getattr(t, attr), []).append(t)
        order = {k: i for i, k in enumerate(KIND_ORDER + ["zh", "en"])}
        return {k: self._count(groups[k]) for k in sorted(groups, key=lambda k: (order.get(k, 99), k))}

    @property
    def overall(self) -> dict:
        return self._count(self.turns)

    def conversations(self) -> dict:
        convs: dict[str, list[Turn]] = {}
        for t in self.turns:
            convs.setdefault(t.conv_id, []).append(t)
        return {"n": len(convs), "all_turns_right": sum(all(t.ok for t in ts) for ts in convs.values())}

    def failures(self) -> list[Turn]:
        return [t for t in self.turns if not t.ok]

    # -- output ----------------------------------------------------------------------------
    def to_dict(self, include_turns: bool = False) -> dict:
        d = {
            "source": self.source, "name": self.name, "seconds": round(self.seconds, 2),
            "overall": self.overall, "by_kind": self.by("kind"), "by_turn_kind": self.by("turn_kind"),
            "by_language": self.by("lang"), "conversations": self.conversations(),
            "failures": [{"id": t.conv_id, "turn": t.turn, "kind": t.kind, "turn_kind": t.turn_kind,
                          "lang": t.lang, "question": t.question, "verdict": t.verdict, "reason": t.reason,
                          "gold": _gold_summary(t.expect), "got": t.got} for t in self.failures()],
        }
        if include_turns:
            d["turns"] = [asdict(t) for t in self.turns]
        return d

    def to_json(self, include_turns: bool = False, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(include_turns), ensure_ascii=False, indent=indent, default=str)

    def _table(self, groups: dict[str, dict], head: str) -> list[str]:
        lines = [f"| {head} | n | right | asked back | confident-wrong | missed |", "|---|---|---|---|---|---|"]
        rows = list(groups.items()) + [("**overall**", self.overall)]
        for k, c in rows:
            n = c["n"]
            lines.append(f"| {k} | {n} | {c['right']} ({_pct(c['right'], n)}) | {c['asked_back']} ({_pct(c['asked_back'], n)})"
                         f" | {c['confident_wrong']} ({_pct(c['confident_wrong'], n)}) | {c['missed']} ({_pct(c['missed'], n)}) |")
        return lines

    def to_markdown(self, failures: bool = True, max_failures: int | None = None) -> str:
        o = self.overall
        conv = self.conversations()
        out = [f"# {self.name or 'Scores'}" + (f" — {self.source}" if self.source else ""), "",
               f"{o['n']} questions in {conv['n']} conversations ({conv['all_turns_right']} conversations right in "
               f"every turn); right {_pct(o['right'], o['n'])}, confident-wrong {_pct(o['confident_wrong'], o['n'])}; "
               f"{self.seconds:.1f} s.", "",
               "## By kind", ""] + self._table(self.by("kind"), "kind") + \
              ["", "## By language", ""] + self._table(self.by("lang"), "language") + \
              ["", "\"right\" includes acceptable ask-backs on ambiguous questions (also counted in \"asked back\")."] + \
              ["", "## Right number and report, citation not checked (informational)", "",
               "| kind | questions with a number | number right |", "|---|---|---|"] + \
              [f"| {k} | {c['number_n']} | {c['number_right']} ({_pct(c['number_right'], c['number_n'])}) |"
               for k, c in list(self.by("kind").items()) + [("**overall**", o)] if c["number_n"]]
        if failures:
            fs = self.failures()
            out += ["", f"## Failures ({len(fs)})", ""]
            for t in fs[:max_failures] if max_failures else fs:
                g = _gold_summary(t.expect)
                gold = {k: g[k] for k in ("agency", "agencies", "year", "years", "keys", "value", "contains", "why")
                        if k in g}
                got = {k: t.got.get(k) for k in ("found", "value", "keys", "reports", "clarify")}
                out.append(f"- **{t.conv_id}#{t.turn}** [{t.kind}/{t.turn_kind}, {t.lang}] {t.verdict}: {t.reason}  \n"
                           f"  Q: {t.question}  \n  gold: {json.dumps(gold, ensure_ascii=False)}  \n"
                           f"  got: {json.dumps(got, ensure_ascii=False, default=str)}")
        return "\n".join(out) + "\n"


def compare(reports: dict[str, Report], attr: str = "kind", out=None, numbers: bool = False) -> str:
    """Several systems side by side by kind: right % and confident-wrong % per system (with
    ``numbers``, also the informational "number right, citation not checked" %).
    Prints the table (to ``out``, default stdout) and returns it."""
    names = list(reports)
    kinds: list[str] = []
    for r in reports.values():
        for k in r.by(attr):
            if k not in kinds:
                kinds.append(k)
    order = {k: i for i, k in enumerate(KIND_ORDER + ["zh", "en"])}
    kinds.sort(key=lambda k: (order.get(k, 99), k))
    per = 3 if numbers else 2
    head = "| kind | n | " + " | ".join(f"{n} right | {n} c-wrong" + (f" | {n} number" if numbers else "")
                                       for n in names) + " |"
    lines = [head, "|" + "---|" * (2 + per * len(names))]

    def cells(c: dict | None) -> str:
        if not c or not c["n"]:
            return " | ".join(["-"] * per)
        cs = f"{_pct(c['right'], c['n'])} | {_pct(c['confident_wrong'], c['n'])}"
        return cs + (f" | {_pct(c['number_right'], c['number_n'])}" if numbers else "")

    for k in kinds + ["overall"]:
        cs = [(r.overall if k == "overall" else r.by(attr).get(k)) for r in reports.values()]
        n = max((c["n"] for c in cs if c), default=0)
        label = "**overall**" if k == "overall" else k
        lines.append(f"| {label} | {n} | " + " | ".join(cells(c) for c in cs) + " |")
    text = "\n".join(lines) + "\n"
    print(text, file=out or sys.stdout)
    return text


# ----------------------------------------------------------------------------- running
def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_conversations(convs: list[dict], ask: Ask, *, limit: int | None = None,
                        kinds: Iterable[str] | None = None, source: str = "", name: str = "",
                        progress: Callable[[Turn], None] | None = None) -> Report:
    want = set(kinds) if kinds else None
    todo = [c for c in convs if want is None or c.get("kind") in want]
    if limit is not None:
        todo = todo[:limit]
    turns: list[Turn] = []
    t_all = time.perf_counter()
    for conv in todo:
        context = None
        for i, turn in enumerate(conv.get("turns") or []):
            q, e = turn.get("question", ""), turn.get("expect") or {}
            t0 = time.perf_counter()
            try:
                out = ask(q, context)
                if isinstance(out, tuple) and len(out) == 2:
                    record, context = out
                else:  # tolerate an ask that returns the record only
                    record = out
                record = record if isinstance(record, dict) else {"answer": str(record)}
                verdict, ok, reason = judge(e, record)
                got = _got_summary(record)
                nright = number_right(e, record)
            except Exception as ex:  # noqa: BLE001 -- a crash is a miss, the run goes on
                verdict, ok, reason, got = "missed", False, f"error: {type(ex).__name__}: {ex}", {}
                nright = None if turn_kind(e) in ("passage", "unanswerable", "na") else False
            t = Turn(conv_id=str(conv.get("id")), turn=i + 1, kind=str(conv.get("kind")), turn_kind=turn_kind(e),
                     lang=str(conv.get("lang")), question=q, expect=e, verdict=verdict, ok=ok, reason=reason,
                     got=got, seconds=round(time.perf_counter() - t0, 3), number_right=nright)
            turns.append(t)
            if progress:
                progress(t)
    return Report(turns=turns, source=source, seconds=time.perf_counter() - t_all, name=name)


def score_file(path: str | Path, ask: Ask, *, limit: int | None = None,
               kinds: Iterable[str] | None = None, name: str = "",
               progress: Callable[[Turn], None] | None = None) -> Report:
    """Run every conversation of ``path`` (JSON Lines) through ``ask`` and judge each turn.
    ``limit``: the first N conversations (after the ``kinds`` filter, on conversation kind)."""
    return score_conversations(load(path), ask, limit=limit, kinds=kinds, source=str(path), name=name,
                               progress=progress)


def main(argv: list[str] | None = None) -> int:
    """``python evals/scoring.py FILE --ask package.module:factory`` -- ``factory()`` returns the
    ``ask`` callable (kept outside this file so that it imports nothing of the project)."""
    import argparse
    import importlib

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("file")
    ap.add_argument("--ask", required=True, help="module:factory returning ask(question, context)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--kind", action="append")
    ap.add_argument("--json", help="write the JSON report here")
    a = ap.parse_args(argv)
    mod, _, fn = a.ask.partition(":")
    ask = getattr(importlib.import_module(mod), fn)()
    rep = score_file(a.file, ask, limit=a.limit, kinds=a.kind, name=a.ask)
    print(rep.to_markdown())
    if a.json:
        Path(a.json).write_text(rep.to_json(include_turns=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
