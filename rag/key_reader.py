"""The learned key reader: a second, independent reading of which cell a question asks for.

The rule reader (``rag.understanding``) reads a question through the lexicon; where a wording is
new to it, it can pick a neighbouring cell with full confidence. This reader was trained on the
labelled wordings of ``vocab/reader_examples.tsv.gz`` (30,712 since the sixteenth session: every read
blind set's one-cell turns, written by people who never saw the engine, plus the catalogue's labels) and reads the question as a whole, in two parts:

- the *row* (``requests.granted``, ``active.normative_docs``, ``appeals.review`` …: the key
  without its last part), and
- the *column* (``requests:legal_services``, ``active:in_force``, ``appeals:corrected``: the last
  part, per table).

Each is a logistic regression over the question's character n-grams (1–3) and English words
(1–2): fitted offline with scikit-learn in about 1.5–2 minutes on 2 cores (``make model``), exported as plain arrays
and read with numpy alone in under a tenth of a millisecond (no scikit-learn, scipy or pandas on
the app's start path; a test checks the numpy reading equals scikit-learn's), with probabilities
that held up when measured leave-one-set-out on six blind sets (a row it gives ≥ 0.6 was the
gold row 98–100% of the time; the gold row got < 0.05 in 3–6% of questions).

The engine uses it four times; only the last gives a number, and only where the rules read nothing:

- ``doubt``: the rule reader's row is improbable (< ``DOUBT_RULE``) while this reader is sure of
  another (≥ ``DOUBT_TOP``): the answer asks back with both readings instead of answering;
- ``is_table_question``: a question it reads surely as a table row is not answered from a text
  sentence that only partly fits it (``rag.narrative._agreed``);
- ``nearest``: a question no table cell or sentence answers gets the rows this reader thinks
  likeliest as suggestions, with their values (the answer still says "not found");
- ``sure_key``: a question the rules read no cell of and the text states nothing of, whose cell this
  reader is sure of (row × column ≥ ``READ_ALONE``) while the kind reader is as sure the reports can
  answer it, is answered from that cell, named in full (``rag.engine.Engine._read_alone``).

The fitted arrays are cached in ``settings.cache_dir/key_reader/`` by the hash of the examples.
The engine also reports ``reading_confidence`` (``confidence``): this reader's belief in the
cells answered, informational.
"""
from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vocab.examples import read_rows

log = logging.getLogger(__name__)

EXAMPLES = Path(__file__).resolve().parent.parent / "vocab" / "reader_examples.tsv.gz"
DOUBT_TOP = 0.7  # this reader's favourite row, at least this sure …
DOUBT_RULE = 0.05  # … and the rule reader's row at most this likely: ask back
TABLE_SURE = 0.75  # a question this reader gives a row so surely is the tables', not the text's
NEAREST_MIN = 0.15  # a suggested row is at least this likely (they are offered, never answered)
READ_ALONE = 0.9  # a cell (row × column) this likely answers a question the rules read no cell of (rag.engine)
_DIGITS = re.compile(r"\d+")
_lock = threading.Lock()


def row_of(key: str) -> str:
    return key.rsplit(".", 1)[0]


def column_of(key: str) -> str:
    return key.split(".", 1)[0] + ":" + key.rsplit(".", 1)[1]


def _norm(question: str) -> str:
    return _DIGITS.sub("0", question.lower())


@dataclass
class Reading:
    rows: dict[str, float]  # row → probability
    columns: dict[str, float]  # table:column → probability

    def best_row(self) -> tuple[str, float]:
        r = max(self.rows, key=self.rows.get)
        return r, self.rows[r]

    def ranked_rows(self) -> list[tuple[str, float]]:
        return sorted(self.rows.items(), key=lambda kv: -kv[1])

    def best_column(self, table: str) -> tuple[str | None, float]:
        cols = {c: p for c, p in self.columns.items() if c.startswith(table + ":")}
        if not cols:
            return None, 0.0
        c = max(cols, key=cols.get)
        return c.split(":", 1)[1], cols[c] / (sum(cols.values()) or 1.0)


def load_examples(path: Path = EXAMPLES) -> list[tuple[str, str]]:
    return [(key, question) for key, question in read_rows(path) if key and question]


def _pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    return make_pipeline(
        make_union(TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3), sublinear_tf=True),
                   TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"[a-z]+")),
        LogisticRegression(C=10.0, max_iter=2000),
    )


_WHITE = re.compile(r"\s\s+")
_WORD = re.compile(r"[a-z]+")


def _char_wb(text: str) -> list[str]:
    """scikit-learn's char_wb analyzer, n = 1..3 (the same n-grams, in the same way)."""
    out = []
    for w in _WHITE.sub(" ", text).split():
        w = " " + w + " "
        for n in (1, 2, 3):
            offset = 0
            out.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                out.append(w[offset:offset + n])
            if offset == 0:
                break
    return out


def _words(text: str) -> list[str]:
    """scikit-learn's word analyzer with token_pattern [a-z]+, n = 1..2."""
    toks = _WORD.findall(text)
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


class _Linear:
    """A fitted TF-IDF (char_wb 1–3 + words 1–2, sublinear, l2 each) + multinomial logistic
    regression, as plain arrays: read with numpy alone (no scikit-learn at serve time)."""

    def __init__(self, vocabs: list[dict[str, int]], idfs: list, coef, intercept, classes: list[str]):
        import numpy as np

        self.vocabs, self.idfs = vocabs, [np.asarray(x, dtype=np.float64) for x in idfs]
        self.coef, self.intercept = np.asarray(coef, dtype=np.float64), np.asarray(intercept, dtype=np.float64)
        self.classes = classes
        self._offsets = [0, len(vocabs[0])]

    @classmethod
    def from_pipeline(cls, pipe) -> _Linear:
        union, lr = pipe.steps[0][1], pipe.steps[-1][1]
        vecs = [t for _, t in union.transformer_list]
        return cls([{k: int(v) for k, v in v.vocabulary_.items()} for v in vecs], [v.idf_ for v in vecs],
                   lr.coef_, lr.intercept_, [str(c) for c in lr.classes_])

    def proba(self, text: str):
        import numpy as np

        parts = []
        for vocab, idf, grams in zip(self.vocabs, self.idfs, (_char_wb(text), _words(text))):
            counts: dict[int, int] = {}
            for g in grams:
                j = vocab.get(g)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            val = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[idx]
            norm = np.sqrt((val ** 2).sum())
            parts.append((idx, val / norm if norm else val))
        z = self.intercept.copy()
        for (idx, val), off in zip(parts, self._offsets):
            if len(idx):
                z += self.coef[:, idx + off] @ val
        if len(z) == 1:  # two classes: scikit-learn keeps one row, the second class's log-odds
            p = 1.0 / (1.0 + np.exp(-z[0]))
            return np.array([1.0 - p, p])
        z -= z.max()
        e = np.exp(z)
        return e / e.sum()

    def arrays(self, prefix: str) -> dict:
        import json

        import numpy as np

        return {f"{prefix}vocabs": np.frombuffer(json.dumps(self.vocabs).encode(), dtype=np.uint8),
                f"{prefix}classes": np.frombuffer(json.dumps(self.classes).encode(), dtype=np.uint8),
                f"{prefix}idf0": self.idfs[0], f"{prefix}idf1": self.idfs[1],
                f"{prefix}coef": self.coef, f"{prefix}intercept": self.intercept}

    @classmethod
    def from_arrays(cls, a, prefix: str) -> _Linear:
        import json

        return cls(json.loads(bytes(a[f"{prefix}vocabs"]).decode()), [a[f"{prefix}idf0"], a[f"{prefix}idf1"]],
                   a[f"{prefix}coef"], a[f"{prefix}intercept"], json.loads(bytes(a[f"{prefix}classes"]).decode()))


class KeyReader:
    def __init__(self, rows_model: _Linear, columns_model: _Linear):
        self._rows = rows_model
        self._columns = columns_model
        self._seen: dict[str, Reading] = {}  # the engine asks about one question several times

    @classmethod
    def fit(cls, examples: list[tuple[str, str]]) -> KeyReader:
        """Fit with scikit-learn (offline: ``make model`` or the first use); read with numpy."""
        texts = [_norm(q) for _, q in examples]
        rows = _pipeline().fit(texts, [row_of(k) for k, _ in examples])
        columns = _pipeline().fit(texts, [column_of(k) for k, _ in examples])
        return cls(_Linear.from_pipeline(rows), _Linear.from_pipeline(columns))

    def save(self, path: Path) -> None:
        import numpy as np

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez(tmp, **self._rows.arrays("r_"), **self._columns.arrays("c_"))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> KeyReader:
        import numpy as np

        with np.load(path) as a:
            return cls(_Linear.from_arrays(a, "r_"), _Linear.from_arrays(a, "c_"))

    def read(self, question: str) -> Reading:
        got = self._seen.get(question)
        if got is None:
            t = _norm(question)
            got = Reading(dict(zip(self._rows.classes, map(float, self._rows.proba(t)))),
                          dict(zip(self._columns.classes, map(float, self._columns.proba(t)))))
            if len(self._seen) >= 1024:
                self._seen.clear()
            self._seen[question] = got
        return got

    def own_key(self, question: str, key: str) -> str:
        """``key`` with this reader's likeliest row in place of its own (the column kept)."""
        return f"{self.read(question).best_row()[0]}.{key.rsplit('.', 1)[1]}"

    def doubt(self, question: str, key: str) -> str | None:
        """The row this reader is sure of, when it is not the rule reader's (whose row it finds
        improbable): the key with that row and the rule reader's column, else None."""
        r = self.read(question)
        best, p = r.best_row()
        mine = row_of(key)
        if best == mine or p < DOUBT_TOP or r.rows.get(mine, 0.0) >= DOUBT_RULE:
            return None
        return self.own_key(question, key)

    def confidence(self, question: str, keys: list[str]) -> float:
        """How sure this reader is that ``question`` asks for ``keys``: for each key its row's
        probability times its column's (within its table), the least of them."""
        r = self.read(question)
        out = 1.0
        for key in keys:
            table = key.split(".", 1)[0]
            cols = {c: p for c, p in r.columns.items() if c.startswith(table + ":")}
            col = cols.get(column_of(key), 0.0) / (sum(cols.values()) or 1.0)
            out = min(out, r.rows.get(row_of(key), 0.0) * col)
        return out

    def is_table_question(self, question: str) -> bool:
        """This reader is sure (≥ ``TABLE_SURE``) the question asks for a row of tables 三 or 四
        (requests and appeals, which the text restates only in part; the items of table 二 —
        regulations, fees, licences — the text often states in its own words)."""
        row, p = self.read(question).best_row()
        return p >= TABLE_SURE and not row.startswith("active.")

    def sure_key(self, question: str) -> str | None:
        """The one cell this reader is sure of (its row's probability times its column's within the
        row's table at least ``READ_ALONE``), else None."""
        r = self.read(question)
        row, p = r.best_row()
        col, pc = r.best_column(row.split(".", 1)[0])
        return f"{row}.{col}" if col and p * pc >= READ_ALONE else None

    def nearest(self, question: str, n: int = 3) -> list[str]:
        """The likeliest keys (row + its likeliest column), at least ``NEAREST_MIN`` likely."""
        r = self.read(question)
        out = []
        for row, p in r.ranked_rows()[:n]:
            if p < NEAREST_MIN:
                break
            col, _ = r.best_column(row.split(".", 1)[0])
            out.append(f"{row}.{col or 'total'}")
        return out


def _cache_file(path: Path) -> Path:
    from settings import get_settings

    h = hashlib.sha256(path.read_bytes() + b"char_wb13+words12,C10,v2").hexdigest()[:16]
    return Path(get_settings().cache_dir) / "key_reader" / f"{h}.npz"


def load_or_fit(cls, path: Path, cache_file, examples, name: str):
    """A learned reader (``cls`` with ``fit``/``save``/``load``) from its cache (numpy only; ``make
    model`` writes it), else fitted from ``examples(path)`` with scikit-learn and cached. None when the
    examples are missing (the engine then answers from its rules alone). Shared by the key reader
    and the question-kind reader (``rag.kind_reader``)."""
    try:
        cache = cache_file(path)
    except OSError as e:
        log.warning("%s unavailable: %s", name, e)
        return None
    if cache.exists():
        try:
            return cls.load(cache)
        except Exception as e:  # noqa: BLE001 -- a stale or broken cache is rebuilt
            log.warning("%s cache %s unreadable (%s); refitting", name, cache, e)
    r = cls.fit(examples(path))
    try:
        r.save(cache)
    except OSError as e:
        log.warning("%s cache not written: %s", name, e)
    return r


@lru_cache(maxsize=2)
def reader(path: Path = EXAMPLES) -> KeyReader | None:
    """The fitted reader (``load_or_fit``: milliseconds from the cache, about 6 s to fit)."""
    with _lock:
        return load_or_fit(KeyReader, path, _cache_file, load_examples, "key reader")


if __name__ == "__main__":  # make model: fit and cache the reader (so the app's start path never fits it)
    import time

    t0 = time.perf_counter()
    got = reader()
    print(f"key reader ready at {_cache_file(EXAMPLES)} ({time.perf_counter() - t0:.1f}s)")
