"""A plain-chunks RAG baseline, so that the gain of the fact store is a measured number.

What it does is what a simple "chunk, embed, retrieve" chatbot would do over the same store:
vector search over the reports' prose chunks (the readable table passages that ingestion
builds *from the fact store* are left out: they would smuggle the fact store in), no agency or
year filter, no question understanding. The answer is the best chunk; its "value" is the
number in that chunk that follows the question's words most closely (the first such number;
years, list markers and numbers with no question word before them are skipped), or null.

It answers with the same record shape as ``rag.engine`` (found, value, reports, passages), so
``evals.run`` scores both with one scorer.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from rag.retrieval import tokenize
from stores.vectors import VectorReader

NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
ASKS_NUMBER = re.compile(r"多少|几件|几个|几项|几名|几所|几次|数量|总数|金额|how many|how much|number of|what was the|amount", re.I)
WINDOW = 40  # characters before a number in which the question's words are looked for


def number_after_question_words(question: str, text: str) -> float | int | None:
    """The first number of ``text`` with the most distinct question words in the WINDOW
    characters before it; None when no number follows any question word."""
    words = {w for w in tokenize(question) if len(w) >= 2 and not w.isdigit()}
    if not words:
        return None
    best, best_score = None, 0
    for m in NUMBER.finditer(text):
        after = text[m.end(): m.end() + 1]
        raw = m.group()
        if after == "年" or (len(raw) == 4 and raw.startswith(("19", "20")) and "." not in raw):
            continue  # a year, not an answer
        if after in "、." and len(raw) <= 2:
            continue  # a list marker "1、"
        before = text[max(0, m.start() - WINDOW): m.start()].lower()
        score = sum(1 for w in words if w in before)
        if score > best_score:
            best, best_score = raw, score
    if best is None:
        return None
    return float(best) if "." in best else int(best)


class PlainBaseline:
    """``ask(question) -> {"record": …}``-shaped answers from vector search alone."""

    def __init__(self, vectors: VectorReader, embed_query: Callable[[str], list[float]],
                 report_names: dict[str, tuple[str | None, int | None]], k: int = 3, fetch: int = 30):
        self.vectors = vectors
        self.embed_query = embed_query
        self.report_names = report_names  # report id -> (agency, year), for the record only
        self.k = k
        self.fetch = fetch

    def ask(self, question: str) -> dict[str, Any]:
        hits = self.vectors.query(self.embed_query(question), k=self.fetch)
        hits = [h for h in hits if h.metadata.get("kind") != "table"][: self.k]
        passages, reports = [], []
        for h in hits:
            rid = h.metadata.get("report_id", "")
            agency, year = self.report_names.get(rid, (h.metadata.get("agency"), h.metadata.get("year")))
            rep = {"id": rid, "agency": agency, "year": year}
            passages.append({"text": h.text, "report": rep, "section": int(h.metadata.get("section", 0) or 0),
                             "section_title": h.metadata.get("section_title"), "page": h.metadata.get("page"),
                             "score": h.score})
            if not reports:
                reports.append(rep)
        best = hits[0].text if hits else ""
        value = number_after_question_words(question, best) if hits else None
        found = bool(hits) and (value is not None or not ASKS_NUMBER.search(question))
        return {"answer": best, "language": "zh", "found": found, "value": value if found else None,
                "operation": "plain", "reports": reports, "facts": [], "passages": passages, "timings": {}}
