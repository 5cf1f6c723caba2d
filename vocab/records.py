"""The records that pass between loading, metadata, table parsing, chunking and the stores.

Contract:
- a loader turns a file into a ``Document``: the whole text in reading order. Tables that the
  file holds as structure (HTML, DOCX, PDF) are rendered into that text as pipe rows
  ("| a | b | c |"), one table row a line, merged cells repeated as empty cells, so that one
  table parser (ingest.tables) reads every format;
- ingest.metadata reads a ``ReportMeta`` and ``Section``s from a Document;
- ingest.tables turns a Document's text into ``Fact``s and warnings;
- vocab.checks turns facts (and the narrative) into ``Check``s.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


class LoadError(Exception):
    """A file that cannot be read as a report; the message is one clear line for the user."""


@dataclass
class Document:
    source: str  # path as given
    sha256: str  # of the file's bytes: the report id
    kind: str  # "txt" | "md" | "html" | "pdf" | "docx"
    text: str
    # char offset in ``text`` where page i+1 starts (PDF only); empty elsewhere
    page_offsets: list[int] = field(default_factory=list)
    encoding: str | None = None

    def page_at(self, offset: int) -> int | None:
        if not self.page_offsets:
            return None
        page = 1
        for i, start in enumerate(self.page_offsets):
            if offset >= start:
                page = i + 1
        return page


@dataclass
class Section:
    number: int  # 1..6 for 一..六; 0 for the text before 一
    title: str
    text: str  # the section's text without its heading line
    start: int  # char offset in Document.text


@dataclass
class ReportMeta:
    title: str | None
    agency: str | None  # issuing body as printed in the title, e.g. 涧西区人民政府办公室
    year: int | None
    region: str | None = None  # e.g. 涧西区, 淮安市洪泽区
    aliases: list[str] = field(default_factory=list)  # other names of the body printed in the text


@dataclass
class Fact:
    key: str  # canonical key of spec/fact_keys.tsv
    value: int | float | None  # None = not applicable
    raw: str  # the cell as printed
    derived: bool = False
    evidence: str = ""  # the line or row the cell came from

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "value": self.value,
            "raw": self.raw,
            "derived": self.derived,
            "evidence": self.evidence,
        }


@dataclass
class Check:
    name: str  # e.g. "balance:total", "processed:natural_person", "row:granted", "appeals:review"
    status: str  # "pass" | "fail" | "not_assessable"
    detail: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TableExtraction:
    format: str  # "2019" | "2021" | "unknown"
    facts: list[Fact]
    warnings: list[str]


@dataclass
class Chunk:
    text: str
    metadata: dict[str, Any]
