"""Traditional → simplified characters, once for everyone (the parser, identity, understanding).

OpenCC's tables are pure Python and take a moment to load: loaded on first use, then shared.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in simplified characters (one character for one: positions are kept)."""
    return _converter().convert(text)
