"""The OpenAI-compatible endpoint (issue 14) with the ``openai`` Python client against the real
app (``python app.py`` in a subprocess over the seed report and two sample reports of one body):
three-turn conversations, streamed and not, answer exactly as the chat does (``web.ui.respond``
in this process over the same store); the answer record rides along in ``nianbao``; the stream
is OpenAI's chunk format ending with ``data: [DONE]``; ``/v1/models`` lists the model."""
from __future__ import annotations

import json

import httpx
import pytest

from tests.test_api_v1 import CONVERSATIONS, chat_records, chat_service, check_same, start_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    store, ctx = start_app(tmp_path_factory, "openai_app")
    with ctx as url:
        yield {"url": url, "store": store}


@pytest.fixture(scope="module")
def oai(app):
    from openai import OpenAI

    return OpenAI(base_url=app["url"] + "/v1", api_key="not-needed", max_retries=0, timeout=120)


@pytest.fixture(scope="module")
def chat_svc(app):
    return chat_service(app["store"])


def converse(oai, questions: list[str], stream: bool) -> list[dict]:
    """A conversation the way a chat front-end holds it: every request carries the messages so
    far (with the assistant's replies); returns each answer's record (``nianbao``)."""
    messages: list[dict] = [{"role": "system", "content": "You are a help-desk assistant."}]
    records = []
    for q in questions:
        messages.append({"role": "user", "content": q})
        if stream:
            text, record, finish = "", None, None
            for chunk in oai.chat.completions.create(model="nianbao", messages=messages, stream=True):
                assert chunk.object == "chat.completion.chunk"
                choice = chunk.choices[0]
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
                record = (chunk.model_extra or {}).get("nianbao") or record
            assert finish == "stop" and record is not None
        else:
            resp = oai.chat.completions.create(model="nianbao", messages=messages)
            assert resp.object == "chat.completion" and resp.choices[0].finish_reason == "stop"
            assert resp.choices[0].message.role == "assistant"
            text, record = resp.choices[0].message.content, resp.model_extra["nianbao"]
        assert text == record["answer"]
        records.append(record)
        messages.append({"role": "assistant", "content": text})
    return records


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
@pytest.mark.parametrize("questions", CONVERSATIONS)
def test_openai_client_conversation_answers_as_the_chat(oai, chat_svc, questions, stream, monkeypatch):
    chat = chat_records(chat_svc, questions, monkeypatch)
    check_same(converse(oai, questions, stream), chat)


def test_the_follow_up_needs_the_earlier_messages(oai):
    with_context = converse(oai, CONVERSATIONS[1][:2], stream=False)[1]
    alone = converse(oai, CONVERSATIONS[1][1:2], stream=False)[0]
    assert [r["year"] for r in with_context["reports"]] == [2021] and with_context["found"]
    assert alone["answer"] != with_context["answer"]


def test_models_lists_nianbao(oai):
    assert [m.id for m in oai.models.list().data] == ["nianbao"]


def test_content_parts_and_filters_from_extra_body(oai):
    resp = oai.chat.completions.create(
        model="nianbao", messages=[{"role": "user", "content": [{"type": "text", "text": "收到多少申请？"}]}],
        extra_body={"agency": "洛阳市河西区人民政府办公室", "year": 2021})
    rec = resp.model_extra["nianbao"]
    assert rec["found"] and rec["reports"][0]["year"] == 2021 and "河西区" in rec["reports"][0]["agency"], rec


def test_the_raw_stream_is_openai_sse_ending_with_done(app):
    body = {"model": "nianbao", "stream": True, "messages": [{"role": "user", "content": "涧西区2020年收到多少申请？"}]}
    with httpx.stream("POST", app["url"] + "/v1/chat/completions", json=body, timeout=120) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = [line[len("data: "):] for line in r.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and chunks[-1]["nianbao"]["value"] == 17
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == chunks[-1]["nianbao"]["answer"]


def test_errors_reach_the_client_as_openai_errors(oai):
    import openai

    with pytest.raises(openai.UnprocessableEntityError) as bad:
        oai.chat.completions.create(model="nianbao", messages=[])
    assert bad.value.status_code == 422 and bad.value.body["code"] == "invalid_request"
    with pytest.raises(openai.UnprocessableEntityError):
        oai.chat.completions.create(model="nianbao", messages=[{"role": "user", "content": "问" * 5000}])
