"""An OpenAI-compatible face: ``POST /v1/chat/completions`` and ``GET /v1/models``, so any chat
front-end that speaks the OpenAI API can use Nianbao. The messages are a conversation: the
earlier user turns are replayed through the engine (as in ``web.api_conversations``), the last one
is answered; the answer text is the assistant message (an ask-back adds its readings, each with
the question to send) and the whole answer record rides along in ``nianbao``. ``stream: true`` answers as server-sent events in OpenAI's chunk format, ending
with ``data: [DONE]``. Nothing here calls a language model."""
from __future__ import annotations

import json
import time
import uuid
from typing import Any, Iterator, Literal

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from service import get_service
from settings import get_settings
from web.api_errors import ApiError
from web.api_models import AnswerRecord, ErrorEnvelope
from web.api_conversations import answer_turn, replay
from web.metrics import observe_answer
from web.render import clarify_text

MODEL = "nianbao"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p.text or "" for p in self.content if p.type in ("text", "input_text"))
        return self.content or ""


class ChatRequest(BaseModel):
    """OpenAI's chat request; sampling options are accepted and ignored (the answers are exact).
    Nianbao's own options: ``agency`` and ``year`` pin a report (``extra_body`` in the client)."""
    model_config = ConfigDict(extra="allow")
    model: str = MODEL
    messages: list[ChatMessage] = Field(..., min_length=1)
    stream: bool = False
    agency: str | None = Field(None, max_length=200)
    year: int | None = Field(None, ge=1990, le=2100)

    @field_validator("messages")
    @classmethod
    def _bounded(cls, v: list[ChatMessage]) -> list[ChatMessage]:
        limit = get_settings().max_history_messages
        if len(v) > limit:
            raise ValueError(f"at most {limit} messages")
        return v


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage = Usage()
    nianbao: AnswerRecord = Field(description="the whole answer record: sources, facts, passages")


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "nianbao"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


def _answer(req: ChatRequest) -> dict[str, Any]:
    users = [m.text() for m in req.messages if m.role == "user"]
    if not users or not users[-1].strip():
        raise ApiError(422, "invalid_request", "the last user message is empty")
    svc = get_service()
    context = replay(svc.ask, users[:-1], req.agency, req.year)
    turn = answer_turn(svc.ask, users[-1], req.agency, req.year, context)
    if turn.record is not None:
        observe_answer(turn.record)
    if turn.record is None:
        raise ApiError(422, "invalid_request", "the question is too long or not valid text "
                       f"(at most {get_settings().max_question_chars} characters)")
    return turn.record


def message_text(record: dict[str, Any]) -> str:
    """The assistant message: the answer; an ask-back adds its readings with the question to
    send for each (a chat client has no buttons; ``nianbao.clarify`` holds them as data)."""
    extra = clarify_text(record)
    return record["answer"] + ("\n\n" + extra if extra else "")


def _chunks(cid: str, created: int, model: str, record: dict[str, Any]) -> Iterator[str]:
    """The answer as OpenAI stream chunks: the role, the text in pieces, then the stop (with
    the record in ``nianbao``), then ``[DONE]``."""
    def event(delta: dict, finish: str | None = None, extra: dict | None = None) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **(extra or {})}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield event({"role": "assistant", "content": ""})
    text = message_text(record)
    for i in range(0, len(text), 64):
        yield event({"content": text[i:i + 64]})
    yield event({}, "stop", {"nianbao": AnswerRecord(**record).model_dump(exclude_unset=True)})
    yield "data: [DONE]\n\n"


def openai_router() -> APIRouter:
    r = APIRouter(prefix="/v1", tags=["OpenAI-compatible"],
                  responses={s: {"model": ErrorEnvelope} for s in (404, 405, 422, 500)})

    @r.get("/models", response_model=ModelList, summary="The one model: nianbao")
    def models() -> ModelList:
        return ModelList(data=[ModelCard(id=MODEL)])

    @r.post("/chat/completions", response_model=ChatCompletion,
            summary="OpenAI-compatible chat: the messages in, the answer as the assistant message",
            responses={200: {"content": {"text/event-stream": {}},
                             "description": "a chat.completion, or with stream: true server-sent chunks"}})
    async def chat_completions(req: ChatRequest):
        record = await run_in_threadpool(_answer, req)
        cid, created, model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), req.model or MODEL
        if req.stream:
            return StreamingResponse(_chunks(cid, created, model, record), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        nianbao = AnswerRecord(**record)
        body = ChatCompletion(id=cid, created=created, model=model, nianbao=nianbao,
                              choices=[Choice(message=AssistantMessage(content=message_text(record)))]).model_dump()
        body["nianbao"] = nianbao.model_dump(exclude_unset=True)  # the record as the engine made it
        return JSONResponse(body)

    return r
