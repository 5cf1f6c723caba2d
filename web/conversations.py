"""The chat's conversations, kept on the server under an id that only the browser tab holds
(``sessionStorage``): when the connection drops, Gradio reloads the page once the server
answers again, and the page gets its conversation (and its follow-up context) back from here.

The browser never sends a conversation, only its id (a random 128-bit hex string, checked
here); the messages stay the server's own escaped text. Bounded: the newest ``max_conversations``
conversations are kept, each cut to the settings' ``max_history_messages``.
"""
from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict
from typing import Any

_ID = re.compile(r"^[0-9a-f]{32}$")


class Conversations:
    def __init__(self, max_conversations: int = 2000):
        self.max = max_conversations
        self._items: OrderedDict[str, tuple[list, Any]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @staticmethod
    def valid(conv_id: Any) -> bool:
        return isinstance(conv_id, str) and bool(_ID.match(conv_id))

    def get(self, conv_id: Any) -> tuple[list, Any] | None:
        if not self.valid(conv_id):
            return None
        with self._lock:
            got = self._items.get(conv_id)
            if got is not None:
                self._items.move_to_end(conv_id)
            return (list(got[0]), got[1]) if got else None

    def put(self, conv_id: Any, history: list, context: Any) -> None:
        if not self.valid(conv_id):
            return
        with self._lock:
            self._items[conv_id] = (list(history), context)
            self._items.move_to_end(conv_id)
            while len(self._items) > self.max:
                self._items.popitem(last=False)

    def forget(self, conv_id: Any) -> None:
        with self._lock:
            self._items.pop(conv_id, None)


CONVERSATIONS = Conversations()


def picked_question(history: list, index: Any) -> str | None:
    """The question of the option button ``index`` under the conversation's last message (an
    ask-back's reading, ``web.render.clarify_options``), from the server's copy of the
    conversation: a client names a button, never the text to ask. None when there is none."""
    if not history or not isinstance(index, int) or isinstance(index, bool) or index < 0:
        return None
    last = history[-1]
    options = last.get("options") if isinstance(last, dict) and last.get("role") == "assistant" else None
    if not options or index >= len(options):
        return None
    value = options[index].get("value") if isinstance(options[index], dict) else None
    return value if isinstance(value, str) and value.strip() else None
