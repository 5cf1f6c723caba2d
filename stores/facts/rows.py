"""What the fact store hands out: rows as small dataclasses, and the exact text form of values."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def value_to_text(value: int | float | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() is False:
        return repr(value)
    if isinstance(value, float):
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def text_to_value(text: str | None) -> int | float | None:
    if text is None:
        return None
    if any(c in text for c in ".eE"):
        return float(text)
    return int(text)


@dataclass
class ReportRow:
    id: str
    agency: str | None
    agency_name: str | None  # the entity's full name
    region: str | None
    year: int | None
    title: str | None
    format: str
    source: str
    kind: str | None
    n_chunks: int
    n_facts: int
    warnings: list[str]
    ingested_at: str
    sample: bool = False  # a generated, fictional report (the bundled samples)
    primary_at: str | None = None  # when staff marked it primary among its body and year's reports
    # set by rag.consistency.primary_reports on the report used for a body and year: the other
    # reports of that body and year whose numbers differ ({id, source, ingested_at}), and why
    # this one is used
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    chosen_by: str | None = None  # "staff" | "later" (ingested later)

    @property
    def name(self) -> str | None:
        """The body's name: its catalogue entry's, else the report's own."""
        return self.agency_name or self.agency

    def label(self) -> str:
        return f"{self.name or '?'} {self.year or '?'}"

    @property
    def identity_flag(self) -> str | None:
        """Why this report is flagged — its body or year is not established, so it answers nothing
        until staff set them — or None. The reasons are the ingester's "identity:" warnings."""
        if self.name and self.year is not None:
            return None
        reasons = [w.split(":", 1)[1].strip() for w in self.warnings if w.startswith("identity:")]
        return "; ".join(reasons) or ("no issuing body" if not self.name else "no report year")


@dataclass
class FactRow:
    report_id: str
    key: str
    value: int | float | None
    raw: str
    derived: bool
    evidence: str


@dataclass
class CheckRow:
    report_id: str
    name: str
    status: str
    detail: str


@dataclass
class JournalRow:
    report_id: str
    state: str  # "writing" | "cleanup"
    chunk_ids: list[str]
    owner: str | None  # "host:pid:start" of the writing process; None for rows before schema 3
    at: str


@dataclass
class AgencyRow:
    id: int
    name: str
    region: str | None
    aliases: list[str] = field(default_factory=list)



@dataclass
class NewReport:
    """One report as the ingester hands it to ``FactStore.save_report``."""

    id: str
    agency: str | None
    year: int | None
    format: str
    source: str
    kind: str | None = None
    region: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)  # {key, value, raw, derived, evidence}
    checks: list[dict[str, Any]] = field(default_factory=list)  # {name, status, detail}
    chunks: list[dict[str, Any]] = field(default_factory=list)  # {id, position, section, section_title, page, text}
    warnings: list[str] = field(default_factory=list)
    sample: bool = False  # a generated, fictional report


@dataclass
class AuditRow:
    """One staff action, as recorded."""

    id: int
    at: str
    action: str
    report_id: str | None
    summary: str
    actor: str
    detail: dict[str, Any]
