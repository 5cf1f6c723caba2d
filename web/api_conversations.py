"""Conversations over HTTP, answered exactly as the chat answers them (``web.ui.respond``): each
turn is ``service().ask(question, agency, year, context)`` with the previous turn's query as
``context``. The API keeps that query per conversation id in a bounded, expiring memory; a
client that sends its previous turns instead gets their user turns replayed to rebuild it.
(The chat's own page conversations live in ``web.conversations``.)"""
from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from settings import get_settings
from web.guard import question_problem


class ConversationMemory:
    """Conversation id → the last turn's context; least recently used dropped past ``size``,
    anything unused for ``ttl_s`` seconds forgotten."""

    def __init__(self, size: int, ttl_s: float, clock: Callable[[], float] = time.monotonic):
        self.size, self.ttl_s, self.clock = max(1, int(size)), float(ttl_s), clock
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return "conv-" + secrets.token_urlsafe(16)

    def get(self, cid: str) -> tuple[bool, Any]:
        """(known, context) — unknown or expired ids are (False, None)."""
        with self._lock:
            item = self._items.get(cid)
            if item is None or self.clock() - item[0] > self.ttl_s:
                self._items.pop(cid, None)
                return False, None
            self._items.move_to_end(cid)
            return True, item[1]

    def put(self, cid: str, context: Any) -> None:
        with self._lock:
            now = self.clock()
            self._items[cid] = (now, context)
            self._items.move_to_end(cid)
            while len(self._items) > 1 and (len(self._items) > self.size
                                            or now - next(iter(self._items.values()))[0] > self.ttl_s):
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class Turn:
    record: dict[str, Any] | None  # None when the question was refused before the engine
    context: Any  # the context for the next turn


def answer_turn(ask: Callable[..., Any], question: str, agency: str | None, year: int | None, context: Any) -> Turn:
    """One turn, as ``web.ui.respond`` takes it: a refused question keeps the context; an
    answer hands on its query."""
    question = (question or "").strip() if isinstance(question, str) else ""
    if not question or question_problem(question, get_settings().max_question_chars):
        return Turn(None, context)
    ans = ask(question, agency=agency, year=year, context=context)
    return Turn(ans.record, ans.query)


def replay(ask: Callable[..., Any], questions: Iterable[str], agency: str | None, year: int | None) -> Any:
    """The context after the earlier user turns, each answered again (a failing one keeps the
    context, as the chat keeps it when a turn fails)."""
    context = None
    for q in questions:
        try:
            context = answer_turn(ask, q, agency, year, context).context
        except Exception:  # noqa: BLE001 — the chat, too, keeps the conversation after a failure
            pass
    return context


_memory: ConversationMemory | None = None
_memory_lock = threading.Lock()


def memory() -> ConversationMemory:
    """The process's conversation memory (sized by settings on first use)."""
    global _memory
    with _memory_lock:
        if _memory is None:
            s = get_settings()
            _memory = ConversationMemory(s.api_conversations, s.api_conversation_ttl_s)
        return _memory
