"""The HTTP API's types: what each route takes and returns (pydantic), so that ``/openapi.json``
describes every body and a client can generate code from it. The answer record is the one of
``python -m rag ask --json``; every error, whatever its status, is an ``ErrorEnvelope``."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from settings import get_settings
from web.guard import question_problem


# -- errors ---------------------------------------------------------------------------------------
class ErrorBody(BaseModel):
    status: int = Field(description="the HTTP status, repeated")
    code: str = Field(description="not_found, method_not_allowed, invalid_request, unauthorized, forbidden, "
                      "too_large, rate_limited, conversation_not_found, internal_error …")
    message: str = Field(description="what went wrong, for people")
    detail: list[dict[str, Any]] | None = Field(None, description="per-field problems (422)")


class ErrorEnvelope(BaseModel):
    """Every error response: 4xx and 5xx alike."""
    error: ErrorBody
    message: str = Field(description="the same as error.message (kept for clients of the first API)")


# -- the answer record ----------------------------------------------------------------------------
class Open(BaseModel):
    """Part of the answer record: the fields below are described; a field the engine adds later
    is passed through (routes answer with ``exclude_unset``, so the record arrives as made)."""
    model_config = ConfigDict(extra="allow")


class ReportRef(Open):
    id: str
    agency: str | None
    year: int | None
    sample: bool | None = Field(None, description="a generated, fictional sample report")
    duplicates: list[str] | None = Field(None, description="other reports of this body and year whose numbers "
                                         "differ (ids); this one is used")
    chosen_by: str | None = Field(None, description='with duplicates: why this one is used, "staff" (marked '
                                  'primary) or "later" (ingested later)')


class AnswerFact(Open):
    key: str = Field(description="the fact key (vocab/fact_keys.tsv)")
    value: int | float | None
    raw: str = Field(description="the cell as printed")
    derived: bool = Field(description="computed from other cells, not printed")
    citation: str = Field(description="report, table, row and column")


class Passage(Open):
    text: str
    report: ReportRef
    section: int | None = None
    section_title: str | None = None
    page: int | None = None
    score: float | None = None


class Clarification(Open):
    """One reading of an ambiguous question (an ask-back: ``found`` true, ``value`` null); send
    its ``question`` as the next turn of the conversation to take that reading."""
    label: str = Field(description="one reading of an ambiguous question, in the user's language, with its value")
    question: str = Field(description="the question to ask for that reading")
    key: str | None = Field(None, description="the fact key of that reading (vocab/fact_keys.tsv)")
    value: int | float | None = Field(None, description="that reading's number")
    report: str | None = Field(None, description="the id of the report the number comes from")
    citation: str | None = Field(None, description="report, table, row and column of that number")


class AnswerRecord(Open):
    answer: str
    language: str = Field(description="zh or en")
    found: bool = Field(description="false when the reports do not hold the answer")
    value: int | float | None = Field(None, description="the number, when the answer is one number")
    operation: str | None = Field(None, description="value / sum / difference / ranking / rank_columns (the columns of one row ranked) / table / check / passage")
    reports: list[ReportRef] = []
    facts: list[AnswerFact] = []
    passages: list[Passage] = []
    timings: dict[str, float] = Field(default_factory=dict, description="milliseconds per step")
    phrased_by: str | None = Field(None, description="set when a chat model phrased the answer")
    clarify: list[Clarification] | None = Field(None, description="the likeliest readings, when the question is "
                                                "ambiguous: the answer asks back (found true, value null)")
    reading_confidence: float | None = Field(None, description="the learned key reader's belief (0–1) that the "
                                              "question asks for the cells answered; informational, not calibrated")
    suggest: list[Clarification] | None = Field(None, description="a quantity the reports do not state (found false): "
                                                "the nearest cells the tables hold, each with its value and citation")
    vetoed: dict | None = Field(None, description="set when the learned question-kind reader judged that no report "
                                "holds the answer (one person's case, an unprinted breakdown, a reason, a forecast, an "
                                "opinion) and the answer says so instead of giving a number: {by, none_probability}")


class Answer(AnswerRecord):
    conversation_id: str = Field(description="send it back with the next question to continue the conversation")


# -- asking -----------------------------------------------------------------------------------------
def _check_question(v: str) -> str:
    v = v.strip()
    problem = question_problem(v, get_settings().max_question_chars)
    if problem:
        raise ValueError(problem)
    return v


def _check_encodable(v: str | None) -> str | None:
    if v is not None:
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("contains invalid characters") from None
    return v


class Turn(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str = Field(max_length=20_000)

    _encodable = field_validator("content")(classmethod(lambda cls, v: _check_encodable(v)))


class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, description="the question, Chinese or English (at most "
                          "settings.max_question_chars characters)")
    agency: str | None = Field(None, max_length=200, description="pin one body (its name as stored)")
    year: int | None = Field(None, ge=1990, le=2100, description="pin one report year")
    conversation_id: str | None = Field(None, max_length=64, description="continue this conversation (returned by "
                                        "the previous answer); follow-ups like '那2021年呢？' then keep its report")
    history: list[Turn] | None = Field(None, description="or: the previous turns, oldest first; the user turns are "
                                       "replayed to rebuild the conversation (use instead of conversation_id)")

    _agency = field_validator("agency")(classmethod(lambda cls, v: _check_encodable(v)))
    _question = field_validator("question")(classmethod(lambda cls, v: _check_question(v)))

    @field_validator("history")
    @classmethod
    def _short_history(cls, v: list[Turn] | None) -> list[Turn] | None:
        limit = get_settings().max_history_messages
        if v is not None and len(v) > limit:
            raise ValueError(f"at most {limit} history messages")
        return v


# -- reports, facts, checks ---------------------------------------------------------------------
class Report(BaseModel):
    id: str = Field(description="sha256 of the file")
    agency: str | None = Field(description="the body's name")
    region: str | None
    year: int | None
    title: str | None
    format: str = Field(description="the template the tables follow (2019 or 2021 …)")
    file: str = Field(description="the file's name (no folder)")
    kind: str | None
    facts: int = Field(description="facts printed in the tables")
    chunks: int = Field(description="passages indexed")
    warnings: list[str]
    ingested_at: str
    sample: bool = Field(False, description="a generated, fictional sample report")


class ReportPage(BaseModel):
    items: list[Report]
    total: int = Field(description="reports matching the filters")
    limit: int
    offset: int


class Fact(BaseModel):
    key: str
    value: int | float | None
    raw: str
    derived: bool
    evidence: str = Field(description="the row as printed")


class Check(BaseModel):
    name: str
    status: str = Field(description="pass, fail or not_assessable")
    detail: str


class ReportFacts(BaseModel):
    report: Report
    facts: list[Fact]
    checks: list[Check]


class FailedCheck(BaseModel):
    report_id: str
    agency: str | None
    year: int | None
    name: str
    detail: str


class CrossYearCheck(BaseModel):
    label: str
    name: str
    status: str
    detail: str


class Checks(BaseModel):
    failed: list[FailedCheck] = Field(description="failed checks inside one report")
    cross_year: list[CrossYearCheck] = Field(description="failed checks across one body's years")


class Health(BaseModel):
    model_config = ConfigDict(extra="allow")
    status: Literal["ok"]
    ui: Literal["loading", "ready", "failed"] = Field("ready", description="the Gradio page: mounted yet? "
                                                      "(until then / serves a plain chat; web.startup)")
    reports: int
    facts: int
    chunks: int
    agencies: int


# -- staff ----------------------------------------------------------------------------------------
class UploadResult(BaseModel):
    file: str = Field(description="the name the file was sent with")
    status: str = Field(description="added / replaced / unchanged / failed")
    message: str = ""
    report: Report | None = None


class UploadResults(BaseModel):
    results: list[UploadResult]
    summary: str


class Removed(BaseModel):
    removed: bool
    report: Report


class IdentityChange(BaseModel):
    agency: str | None = Field(None, min_length=1, max_length=200, description="the body's name")
    year: int | None = Field(None, ge=1990, le=2100)

    _agency = field_validator("agency")(classmethod(lambda cls, v: _check_encodable(v)))


# -- two reports of one body and year (staff) ------------------------------------------------------
class PairMember(BaseModel):
    id: str
    source: str = Field(description="the stored file")
    ingested_at: str
    used: bool = Field(description="answers use this report")
    primary_at: str | None = Field(None, description="when staff marked it primary")
    differs: list[str] = Field(default_factory=list, description="keys whose values differ from the used report")


class Pair(BaseModel):
    agency: str
    year: int
    chosen_by: str | None = Field(None, description='"staff" (marked primary) or "later" (ingested later)')
    reports: list[PairMember]


class Pairs(BaseModel):
    items: list[Pair]
    total: int
