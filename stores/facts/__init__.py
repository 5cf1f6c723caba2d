"""The fact store: reports, agencies, exact facts, checks and chunk texts in one SQL database
(SQLite by default, PostgreSQL by URL). ``FactReader`` reads; ``FactStore`` (the ingester's)
also writes; ``schema`` holds the tables and the named migrations."""
from stores.facts.reader import FactReader
from stores.facts.rows import AgencyRow, AuditRow, CheckRow, FactRow, JournalRow, NewReport, ReportRow, text_to_value, value_to_text
from stores.facts.schema import SCHEMA_VERSION
from stores.facts.writer import FactStore

__all__ = ["FactReader", "FactStore", "AgencyRow", "AuditRow", "CheckRow", "FactRow", "JournalRow", "NewReport", "ReportRow",
           "SCHEMA_VERSION", "text_to_value", "value_to_text"]
