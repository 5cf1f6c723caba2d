"""Builders for the question bank of blind set 347 (copied from evals/blind6/helpers6.py, import renamed).

Every number a builder puts into an `expect` is computed here: table values from
corpus/gold/*.json (blindlib2.value, derived keys by spec/README.md), cells of reports without
gold from their printed text line (blindlib2.text_cell), narrative sentences cut from the text
(blindlib2.sentence). The bank only names keys, bodies, keywords and the question wording.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib347 as L  # noqa: E402

COLS6 = L.COLS[:-1]


def K(s):
    """Key shorthand: r.x -> requests.x, a.x -> appeals.x, c.x -> active.x."""
    pre = {"r": "requests.", "a": "appeals.", "c": "active."}
    if s[:2] in ("r.", "a.", "c."):
        return pre[s[0]] + s[2:]
    return s


def KS(keys):
    if isinstance(keys, str):
        keys = [keys]
    return [K(k) for k in keys]


def cols(row):
    """The six applicant-column keys of a requests row (for rows whose 总计 is printed blank)."""
    return ["requests.%s.%s" % (row, c) for c in COLS6]


def agency(b):
    return L.BODIES[b][0]


def year(b):
    return L.BODIES[b][1]


def val(b, keys):
    v = sum(L.value(b, k) for k in KS(keys))
    return round(v, 6) if isinstance(v, float) else v


def check_blank_totals(b, keys):
    """Refuse a printed-blank 总计 key whose row is not blank (use cols() instead)."""
    g = L.gold(b)
    if g is None:
        return
    for k in keys:
        p = k.split(".")
        if p[0] == "requests" and p[-1] == "total":
            stem = ".".join(p[:-1])
            subs = [x for x in g["facts"] if x.startswith(stem + ".")]
            if k in g.get("blank_cells", []) or (k not in g["facts"] and subs):
                colsum = sum(L.value(b, stem + "." + c) for c in COLS6)
                if colsum != L.value(b, k):
                    raise ValueError("%s: %s printed blank; ask by columns" % (b, k))


def E(b, keys, alt=None, **kw):
    """expect of a table value (value / trap / sum turn)."""
    keys = KS(keys)
    check_blank_totals(b, keys)
    e = {"answerable": True, "agency": agency(b), "year": year(b), "keys": keys,
         "value": val(b, keys)}
    if "printed_total" in kw:
        e["printed_total"] = val(b, kw.pop("printed_total"))
    if "acceptable_keys" in kw:
        alts = [keys] + [KS(a) for a in kw.pop("acceptable_keys") if KS(a) != keys]
        e["acceptable_keys"] = alts
        e["acceptable_values"] = [val(b, a) for a in alts]
        e["ambiguous"] = True
    if alt is not None:
        add_text_alternative(e, b, alt, e["value"], lambda n: n)
    e.update(kw)
    return e


def add_text_alternative(e, b, alt, value, to_value):
    """The text of report b states another number for the same question (keyword, number):
    the question is marked ambiguous and both readings are acceptable."""
    keyword, number = alt
    s = L.sentence(b, keyword)
    if str(number) not in s:
        raise ValueError("%s: %s not in %r" % (b, number, s))
    e["ambiguous"] = True
    e["acceptable_values"] = [value, to_value(number)]
    e["acceptable_sentence"] = s


def EN(b, keyword, value, unit, frm=None):
    """expect of a number stated only in the text; the sentence is cut from the report."""
    s = L.sentence(b, keyword, frm)
    num = ("%g" % value) if isinstance(value, float) else str(value)
    if num not in s:
        raise ValueError("%s: %s not in %r" % (b, num, s))
    # added for blind347: the number stands as a whole number, not an 约/近/余/万 figure
    if not re.search(r"(?<![\d.约近])%s(?![\d.]*\d)(?!\s*[余万多])" % re.escape(num), s):
        raise ValueError("%s: %s is not a plain whole number in %r" % (b, num, s))
    return {"answerable": True, "agency": agency(b), "year": year(b), "keys": [],
            "value": value, "sentence": s, "unit": unit}


def EP(b, contains, section):
    for w in contains:
        if not L.in_text(b, w):
            raise ValueError("%s: %r not in text" % (b, w))
    return {"answerable": True, "agency": agency(b), "year": year(b), "keys": [],
            "value": None, "contains": contains, "section": section}


def EU(why):
    return {"answerable": False, "why": why}


def ENA(b, keys, related=()):
    keys = KS(keys)
    for k in keys:
        if L.applicable(b, k):
            raise ValueError("%s: %s is printed" % (b, k))
    return {"answerable": True, "agency": agency(b), "year": year(b), "keys": keys,
            "value": None, "not_applicable": True,
            "related": {K(k): val(b, k) for k in related}}


def ED(b1, b2, keys, alt=None, **kw):
    keys = KS(keys)
    v1, v2 = val(b1, keys), val(b2, keys)
    assert agency(b1) == agency(b2) and year(b1) < year(b2)
    d = v2 - v1
    e = {"answerable": True, "agency": agency(b1), "years": [year(b1), year(b2)], "keys": keys,
         "value": round(d, 6) if isinstance(d, float) else d,
         "values": {str(year(b1)): v1, str(year(b2)): v2}}
    if alt is not None:  # alternative number stated in the later year's text
        add_text_alternative(e, b2, alt, e["value"], lambda n: n - v1)
    e.update(kw)
    return e


def ER(bodies, keys, order, **kw):
    keys = KS(keys)
    for b in bodies:  # added for blind347: no printed-blank 总计 in rankings either
        if L.gold(b) is None:
            raise ValueError("ranking over a body without gold: %s" % b)
        check_blank_totals(b, keys)
    vals = {agency(b): val(b, keys) for b in bodies}
    best = (max if order == "desc" else min)(vals.values())
    tops = [a for a, v in vals.items() if v == best]
    if len(tops) != 1:
        raise ValueError("ranking tie %s" % vals)
    e = {"answerable": True, "agencies": [agency(b) for b in bodies],
         "years": {agency(b): year(b) for b in bodies}, "keys": keys, "order": order,
         "value": tops[0], "values": vals}
    e.update(kw)
    return e


def C(kind, lang, turns, note):
    """A conversation: turns = [(question, expect), ...]."""
    return {"turns": [{"question": q, "expect": e} for q, e in turns], "lang": lang,
            "kind": kind, "note": note}


# one-turn shorthands -------------------------------------------------------------
def V(lang, b, keys, q, note="", kind="value", **kw):
    return C(kind, lang, [(q, E(b, keys, **kw))], note or "table value from gold")


def T(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, note, kind="trap", **kw)


def S(lang, b, keys, q, note="sum of the listed cells", **kw):
    if len(KS(keys)) < 2:  # added for blind347
        raise ValueError("a sum lists at least two keys")
    return V(lang, b, keys, q, note, kind="sum", **kw)


def N(lang, b, keyword, value, unit, q, note="number stated only in the report text",
      frm=None, kind="narrative"):
    return C(kind, lang, [(q, EN(b, keyword, value, unit, frm))], note)


def P(lang, b, contains, section, q, note="passage: answer must quote or paraphrase"):
    return C("passage", lang, [(q, EP(b, contains, section))], note)


def U(lang, q, why, note="not in the corpus"):
    return C("unanswerable", lang, [(q, EU(why))], note)


def NA(lang, b, keys, q, related=(), note="not printed in this template version"):
    return C("na", lang, [(q, ENA(b, keys, related))], note)


def D(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], note)


def R(lang, bodies, keys, order, q, note="ranking over bodies with gold"):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], note)


def F(lang, turns, note):
    return C("followup", lang, turns, note)
