"""One file read, parsed and chunked, in memory: what the pipeline then embeds and stores.

``prepare`` runs in a guarded child process (``ingest.guard``); it stores nothing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from settings import Settings

from ingest import chunking, loaders, metadata
from ingest.extract import extract_document
from ingest.table_summary import table_passages
from vocab.records import Chunk, Document, LoadError


def chunk_id(report_id: str, position: int, text: str) -> str:
    return hashlib.sha256(f"{report_id}\x00{position}\x00{text}".encode()).hexdigest()[:32]


@dataclass
class Prepared:
    doc: Document
    record: dict
    meta: object
    chunks: list[Chunk]
    ids: list[str]


def not_a_report(doc: Document, meta, record: dict) -> str | None:
    """Why a readable file is not an annual report (None when it is one): the ingester refuses
    it, ``python -m ingest extract`` exits non-zero with this reason."""
    if not metadata.looks_like_report(doc) and not record["facts"]:
        return "not a government information-disclosure annual report (no title, sections or tables found)"
    if meta.agency is None and meta.year is None and not any(f["value"] for f in record["facts"]):
        return "no issuing body, no year and no numbers: a blank template, not a report"
    return None


def prepare(path: Path, settings: Settings) -> Prepared:
    """Read, parse and chunk one file; raises LoadError with a clear message."""
    doc = loaders.load(path, max_bytes=settings.max_file_bytes)
    meta = metadata.read_metadata(doc)
    record = extract_document(doc, meta)
    problem = not_a_report(doc, meta, record)
    if problem:
        raise LoadError(problem)
    sections = metadata.split_sections(doc)
    chunks = chunking.chunk_report(doc, meta, sections, settings.chunk_size, settings.chunk_overlap)
    tables = table_passages(record["facts"])
    n_passages = len(chunks) + len(tables)
    if n_passages > settings.max_chunks_per_file:
        # refused before the model sees it: embedding thousands of passages takes minutes
        raise LoadError(f"this file would make {n_passages} passages, over the limit of "
                        f"{settings.max_chunks_per_file}: is it really one annual report?")
    base = {"report_id": doc.sha256, "source": doc.source}
    if meta.agency:
        base["agency"] = meta.agency
    if meta.year:
        base["year"] = int(meta.year)
    position = len(chunks)
    for section, title, text in tables:
        chunks.append(Chunk(text=text, metadata={**base, "section": section, "section_title": title,
                                                 "position": position, "kind": "table"}))
        position += 1
    ids = [chunk_id(doc.sha256, i, c.text) for i, c in enumerate(chunks)]
    return Prepared(doc, record, meta, chunks, ids)
