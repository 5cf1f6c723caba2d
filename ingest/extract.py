"""One report in, one extraction record out (the spec's JSON object).

Why a module: the store, the CLI and the tests all need exactly the same record, built the
same way — tables parsed from the whole text, checks run on the printed facts and on the
narrative (the text outside the tables).

Record: {source, sha256, agency, year, format, facts: [{key, value, raw, derived, evidence}],
checks: [{name, status, detail}], warnings: [str]}.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from vocab.checks import run_checks
from vocab.records import Document, ReportMeta
from ingest.tables import narrative_text, parse_tables

FIRST_TEMPLATE_YEAR = 2019


def extract_document(doc: Document, meta: ReportMeta) -> dict[str, Any]:
    """The extraction record of a loaded document with its metadata."""
    tables = parse_tables(doc.text)
    checks = run_checks(tables.facts, narrative_text(doc.text))
    warnings = list(tables.warnings)
    printed = [f for f in tables.facts if not f.derived]
    if not printed and meta.year is not None and meta.year >= FIRST_TEMPLATE_YEAR:
        warnings.append(
            f"no table facts found in a {meta.year} report (the template tables exist since "
            f"{FIRST_TEMPLATE_YEAR}); its numbers are only in the text"
        )
    return {
        "source": doc.source,
        "sha256": doc.sha256,
        "agency": meta.agency,
        "year": meta.year,
        "format": tables.format,
        "facts": [f.to_json() for f in tables.facts],
        "checks": [c.to_json() for c in checks],
        "warnings": warnings,
    }


def extract_file(path: str | Path) -> dict[str, Any]:
    """Load, read metadata, extract. Raises ``LoadError`` for files that cannot be read."""
    from ingest.loaders import load
    from ingest.metadata import read_metadata

    doc = load(path)
    return extract_document(doc, read_metadata(doc))
