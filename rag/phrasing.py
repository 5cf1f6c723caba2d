"""Optional: let a chat model phrase the answer, from the retrieved facts and passages only.

Off by default and never needed by tests: set ``NIANBAO_CHAT_MODEL`` and
``NIANBAO_CHAT_BASE_URL`` (any OpenAI-compatible endpoint, e.g. Ollama or vLLM) to turn it on.
Every number in the model's reply must be found in the facts, the passages or the
deterministic answer; a reply with any other number is thrown away and the deterministic
answer is kept. The model never sees anything but the question and the material we retrieved.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from settings import Settings

if TYPE_CHECKING:  # langchain is imported only when a chat endpoint is configured (issue 15: start)
    from langchain_core.language_models import BaseChatModel

_NUMBER = re.compile(r"(?<![0-9.])\d+(?:[.,]\d+)*(?![0-9])")

SYSTEM = (
    "You rephrase answers about Chinese government information-disclosure annual reports. "
    "Use only the material given. Keep every number exactly as given; add no number. "
    "Answer in the language of the question, briefly, and keep the sources."
)


def chat_model(settings: Settings) -> BaseChatModel | None:
    if not (settings.chat_model and settings.chat_base_url):
        return None
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=settings.chat_model, base_url=settings.chat_base_url,
                      api_key=settings.chat_api_key, temperature=0, timeout=30, max_retries=1)


def numbers_in(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def allowed_numbers(record: dict[str, Any], question: str) -> set[str]:
    allowed = numbers_in(record["answer"]) | numbers_in(question)
    for f in record["facts"]:
        allowed |= numbers_in(str(f["value"])) | numbers_in(f.get("raw") or "") | numbers_in(f.get("citation", ""))
    for p in record["passages"]:
        allowed |= numbers_in(p["text"])
    for r in record["reports"]:
        allowed |= numbers_in(str(r.get("year")))
    return allowed


def phrase(model: BaseChatModel, question: str, record: dict[str, Any]) -> tuple[str, str]:
    """(answer text, how): the model's reply when every number in it is sourced, else the
    deterministic answer with the reason."""
    if not record.get("found"):
        return record["answer"], "deterministic: nothing found"
    material = record["answer"]
    from langchain_core.messages import HumanMessage, SystemMessage

    try:
        reply = model.invoke([SystemMessage(SYSTEM), HumanMessage(f"Question: {question}\n\nMaterial:\n{material}")])
        text = str(reply.content).strip()
    except Exception as e:  # the endpoint is optional: never fail an answer because of it
        return record["answer"], f"deterministic: chat model failed ({type(e).__name__})"
    stray = numbers_in(text) - allowed_numbers(record, question)
    if not text or stray:
        return record["answer"], f"deterministic: reply had unsourced numbers {sorted(stray)}"
    return text, "chat model"
