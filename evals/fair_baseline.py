"""A fair plain-retrieval baseline: what a typical "chat with your reports" bot does.

It sees the same report texts as the engine (table rows included, as printed), chunks them,
embeds the chunks once and answers by retrieval alone -- no fact store, no question
understanding beyond finding a body name and a year in the question:

1. report: the body whose name -- or the name with 人民政府/办公室/办公厅 and a trailing 区/县/市
   stripped, or its last administrative unit (洪泽区 / 洪泽 of 淮安市洪泽区人民政府) -- occurs in
   the question (the longest match wins); the 4-digit year of the question, else that body's
   newest report. English names are not mapped (no pinyin). In a conversation the previous
   turn's body/year carry over when the question names none. No body: every report (of the
   question's year, when one is named and held).
2. retrieval: the chunks of that report ranked by cosine similarity of the embeddings fused
   (reciprocal rank) with a character-bigram overlap score (the question's bigrams, body names
   and years left out).
3. value: in the best chunk, the number nearest (in characters) to the longest piece of the
   question (>= 2 characters, with a letter or a Chinese character; body names, 政府/办公厅 …
   and years taken out of the question first) that the chunk contains; years (19xx/20xx, or a
   number followed by 年) are skipped. found = a number was found (no piece of the question in
   the chunk: no anchor, so no number and found false).

The record has the engine's shape (``facts`` empty), so ``evals.scoring`` scores both alike.
Nothing of the project is imported: the embedder is passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

Embed = Callable[[list[str]], list[list[float]]]

CHUNK = 300
OVERLAP = 80
RRF_K = 60
TOP_K = 3

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
_SENT_END = re.compile(r"(?<=[。；！？;!?])")
_STRIP_SUFFIXES = ("人民政府办公室", "人民政府办公厅", "办公室", "办公厅", "人民政府")
# words that name a body, not a quantity: removed (with body names and years) before the
# question's longest piece is looked for in the chunk
_GENERIC_BODY = ("人民政府办公室", "人民政府办公厅", "人民政府", "政府办公厅", "政府办公室", "政府办", "办公厅",
                 "办公室", "市政府", "区政府", "县政府")
_UNIT = re.compile(r"[^省市区县]+?[省市区县]")


def is_table_line(line: str) -> bool:
    """A printed table row: several numbers separated by blanks/tabs/pipes."""
    s = line.strip()
    if "|" in s or "\t" in s:
        return True
    cells = [c for c in re.split(r"\s{1,}", s) if c]
    nums = sum(1 for c in cells if re.fullmatch(r"[\d.,%-]+", c))
    return nums >= 3 and nums >= len(cells) / 3


def chunk_text(text: str, size: int = CHUNK, overlap: int = OVERLAP) -> list[str]:
    """~``size``-character chunks with ~``overlap`` characters carried over; table lines are
    never cut (a longer table line is a chunk of its own), prose lines are cut at sentence ends
    (or hard, for a sentence longer than ``size``)."""
    units: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= size or is_table_line(line):
            units.append(line)
            continue
        for sent in _SENT_END.split(line):
            while len(sent) > size:
                units.append(sent[:size])
                sent = sent[size - overlap:]
            if sent:
                units.append(sent)
    chunks: list[str] = []
    cur: list[str] = []
    for u in units:
        if cur and sum(len(x) + 1 for x in cur) + len(u) > size:
            chunks.append("\n".join(cur))
            carry: list[str] = []
            for x in reversed(cur):  # overlap: the previous chunk's last lines, up to `overlap` chars
                if sum(len(y) for y in carry) + len(x) > overlap:
                    break
                carry.insert(0, x)
            cur = carry
        cur.append(u)
    if cur:
        chunks.append("\n".join(cur))
    return chunks


def bigrams(s: str) -> set[str]:
    s = re.sub(r"\s+", "", s.lower())
    return {s[i:i + 2] for i in range(len(s) - 1)}


def name_variants(agency: str) -> set[str]:
    """Ways a question may name a body: the full name, without 人民政府/办公室/办公厅, without a
    trailing 区/县/市, and its last administrative unit (with and without 区/县/市)."""
    out = {agency}
    core = agency
    changed = True
    while changed:
        changed = False
        for suf in _STRIP_SUFFIXES:
            if core.endswith(suf) and len(core) > len(suf):
                core = core[: -len(suf)]
                out.add(core)
                changed = True
    units = _UNIT.findall(core)
    if units and "".join(units) == core:
        last = units[-1]
        out |= {core, last}
        if len(last) > 2:
            out.add(last[:-1])
        if len(core) > 2:
            out.add(core[:-1])
    return {v for v in out if len(v) >= 2}


def _value(raw: str) -> int | float:
    s = raw.replace(",", "")
    return float(s) if "." in s else int(s)


def longest_common_piece(question: str, text: str, min_len: int = 2) -> str | None:
    """The longest substring of ``question`` (>= min_len, not only digits/blanks/punctuation)
    that occurs in ``text``."""
    q = question.strip()
    low = text.lower()
    for n in range(len(q), min_len - 1, -1):
        for i in range(len(q) - n + 1):
            piece = q[i:i + n]
            if not re.search(r"[A-Za-z\u4e00-\u9fff]", piece) or piece != piece.strip():
                continue
            if piece.lower() in low:
                return piece
    return None


def nearest_number(question: str, text: str) -> tuple[int | float | None, str | None]:
    """(the number of ``text`` nearest to the question's longest matched piece, that piece)."""
    nums = []
    for m in _NUMBER.finditer(text):
        raw = m.group()
        after = text[m.end(): m.end() + 1]
        if after == "年" or (_YEAR.fullmatch(raw) and "." not in raw):
            continue
        nums.append(m)
    if not nums:
        return None, None
    piece = longest_common_piece(question, text)
    if piece is None:
        return None, None  # nothing of the question in the chunk: no anchor, no number
    low, p = text.lower(), piece.lower()
    spans = []
    start = low.find(p)
    while start >= 0:
        spans.append((start, start + len(p)))
        start = low.find(p, start + 1)
    best, best_d = None, None
    for m in nums:
        for s, e in spans:
            if m.start() >= e:
                d = m.start() - e
            elif m.end() <= s:
                d = s - m.end() + 0.5  # a number after the words wins a tie
            else:
                continue  # inside the matched words
            if best_d is None or d < best_d:
                best, best_d = m, d
    if best is None:
        return None, piece
    return _value(best.group()), piece


@dataclass
class _Report:
    id: str
    agency: str
    year: int
    chunks: list[str]
    start: int  # index of its first chunk in the matrix


class FairBaseline:
    """``FairBaseline(reports, embed_query, embed_passages)``; ``ask(question, context) ->
    (record, context)``. ``reports``: (report_id, agency, year, full text incl. table rows)."""

    def __init__(self, reports: Sequence[tuple[str, str, int, str]], embed_query: Embed,
                 embed_passages: Embed, *, chunk_size: int = CHUNK, overlap: int = OVERLAP,
                 k: int = TOP_K, batch: int = 64):
        self.embed_query = embed_query
        self.k = k
        self.reports: list[_Report] = []
        texts: list[str] = []
        for rid, agency, year, text in reports:
            ch = chunk_text(text or "", chunk_size, overlap)
            self.reports.append(_Report(str(rid), agency, int(year), ch, len(texts)))
            texts.extend(ch)
        self.chunks = texts
        self.owner = np.zeros(len(texts), dtype=int)
        for i, r in enumerate(self.reports):
            self.owner[r.start:r.start + len(r.chunks)] = i
        vecs: list[list[float]] = []
        for i in range(0, len(texts), batch):
            vecs.extend(embed_passages(texts[i:i + batch]))
        self.matrix = _normalise(np.asarray(vecs, dtype=float).reshape(len(texts), -1)) if texts else np.zeros((0, 1))
        self.grams = [bigrams(t) for t in texts]
        self.variants = {r.agency: name_variants(r.agency) for r in self.reports}
        self._strip = sorted({v for vs in self.variants.values() for v in vs} | set(_GENERIC_BODY), key=len, reverse=True)

    # -- report resolution --------------------------------------------------------------------
    def resolve_agency(self, question: str) -> str | None:
        best, best_len = None, 0
        for agency, vs in self.variants.items():
            for v in vs:
                if v in question and len(v) > best_len:
                    best, best_len = agency, len(v)
        return best

    def resolve(self, question: str, context: dict | None = None) -> tuple[list[int], str | None, int | None]:
        """(candidate report indexes, agency, year)."""
        agency = self.resolve_agency(question)
        years = [int(y) for y in _YEAR.findall(question)]
        if agency is None and context:
            agency = context.get("agency")
        if not years and context and context.get("year") and (agency is None or agency == context.get("agency")):
            years = [int(context["year"])]
        if agency is not None:
            held = [i for i, r in enumerate(self.reports) if r.agency == agency]
            for y in years:
                hit = [i for i in held if self.reports[i].year == y]
                if hit:
                    return hit[:1], agency, y
            if years:  # the year is not held: search all of that body's reports
                return held, agency, None
            newest = max(held, key=lambda i: self.reports[i].year)
            return [newest], agency, self.reports[newest].year
        for y in years:
            hit = [i for i, r in enumerate(self.reports) if r.year == y]
            if hit:
                return hit, None, y
        return list(range(len(self.reports))), None, None

    # -- retrieval -------------------------------------------------------------------------------
    def retrieve(self, question: str, report_idx: list[int], k: int | None = None) -> list[tuple[int, float]]:
        k = k or self.k
        rows = [j for i in report_idx for j in range(self.reports[i].start, self.reports[i].start + len(self.reports[i].chunks))]
        if not rows:
            return []
        q = _normalise(np.asarray(self.embed_query([question]), dtype=float).reshape(1, -1))[0]
        cos = self.matrix[rows] @ q
        qg = bigrams(self._strip_names(question)) or bigrams(question)
        lex = np.array([len(qg & self.grams[j]) / (len(qg) or 1) for j in rows])
        rank_c = np.empty(len(rows)); rank_c[np.argsort(-cos, kind="stable")] = np.arange(len(rows))
        rank_l = np.empty(len(rows)); rank_l[np.argsort(-lex, kind="stable")] = np.arange(len(rows))
        fused = 1.0 / (RRF_K + rank_c + 1) + 1.0 / (RRF_K + rank_l + 1)
        order = np.argsort(-fused, kind="stable")[:k]
        return [(rows[i], float(fused[i])) for i in order]

    def _strip_names(self, question: str) -> str:
        """The question without body names and years (they name the report, not the quantity)."""
        q = _YEAR.sub(" ", question)
        for v in self._strip:
            q = q.replace(v, " ")
        return q

    # -- answering ------------------------------------------------------------------------------
    def ask(self, question: str, context: Any = None) -> tuple[dict, dict]:
        ctx = context if isinstance(context, dict) else None
        idx, agency, year = self.resolve(question or "", ctx)
        hits = self.retrieve(question or "", idx)
        passages = []
        for j, score in hits:
            r = self.reports[int(self.owner[j])]
            rep = {"id": r.id, "agency": r.agency, "year": r.year}
            passages.append({"text": self.chunks[j], "report": rep, "section": None, "score": round(score, 5)})
        reports = [passages[0]["report"]] if passages else []  # the resolved report (its best chunk's)
        value, piece = (None, None)
        if hits:
            value, piece = nearest_number(self._strip_names(question or ""), self.chunks[hits[0][0]])
        found = value is not None
        if hits:
            r0 = passages[0]["report"]
            head = f"{r0['agency']} {r0['year']}: " + (f"{value}" if found else "")
            answer = head + "\n“" + passages[0]["text"] + "”"
        else:
            answer = "No matching text."
        record = {"answer": answer, "found": found, "value": value, "operation": "plain",
                  "reports": reports, "facts": [], "passages": passages,
                  "matched": piece}
        new_ctx = {"agency": agency or (reports[0]["agency"] if reports else None),
                   "year": year or (reports[0]["year"] if reports else None)}
        return record, new_ctx


def _normalise(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return m / n
