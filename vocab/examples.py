"""The learned readers' labelled examples (``rag.key_reader``, ``rag.kind_reader``): one
``label<TAB>question`` line each, kept gzip-compressed (``vocab/*_examples.tsv.gz``, about a sixth of
the 3 MB of text). Written by ``evals/make_reader_examples.py`` and ``evals/make_kind_examples.py``
(no timestamp in the header, so the same rows give the same bytes), read by the readers and their tests.
"""
from __future__ import annotations

import gzip
from pathlib import Path
from typing import Iterable


def read_rows(path: Path) -> list[tuple[str, str]]:
    """The (label, question) pairs of an examples file, in order (lines without a tab are skipped)."""
    out = []
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        label, tab, question = line.partition("\t")
        if tab:
            out.append((label, question))
    return out


def write_rows(path: Path, rows: Iterable[tuple[str, str]]) -> None:
    """Write (label, question) pairs as an examples file."""
    text = "".join(f"{a}\t{b}\n" for a, b in rows)
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
