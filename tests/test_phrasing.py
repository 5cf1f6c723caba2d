"""The optional chat-model phrasing keeps only replies whose every number is sourced.

No language model is needed: langchain's fake chat model stands in for the endpoint; what is
tested is our guard, which is the part that protects users from invented numbers."""
from __future__ import annotations

from langchain_core.language_models import FakeListChatModel

from rag.phrasing import chat_model, phrase
from settings import Settings

RECORD = {
    "answer": "涧西区人民政府办公室2020年不予公开：0件。来源：表三。",
    "found": True,
    "facts": [{"key": "requests.withheld.total", "value": 0, "raw": "0", "citation": "表三，行“（三）不予公开”"}],
    "passages": [],
    "reports": [{"id": "x", "agency": "涧西区人民政府办公室", "year": 2020}],
}


def test_reply_with_only_sourced_numbers_is_used():
    model = FakeListChatModel(responses=["2020年涧西区没有不予公开的申请（0件，见表三）。"])
    text, how = phrase(model, "涧西区2020年有多少申请不予公开？", RECORD)
    assert how == "chat model" and "0件" in text


def test_reply_with_an_invented_number_falls_back():
    model = FakeListChatModel(responses=["涧西区2020年不予公开3件。"])
    text, how = phrase(model, "涧西区2020年有多少申请不予公开？", RECORD)
    assert text == RECORD["answer"] and "unsourced" in how and "3" in how


def test_not_found_answers_are_never_rephrased():
    model = FakeListChatModel(responses=["42"])
    rec = dict(RECORD, found=False, answer="报告中没有这个数字。")
    assert phrase(model, "GDP?", rec) == ("报告中没有这个数字。", "deterministic: nothing found")


def test_off_by_default():
    assert chat_model(Settings()) is None
