"""Asking back: when a question fits several quantities, answer with the likeliest readings.

A reading is one primary fact key with its other-template counterparts (the same quantity as
the other template version prints it). When two or more readings are held in the report with
no reason to prefer one, the engine names each with its value and citation, and offers a
question per reading that asks for exactly that quantity (the chat shows them as buttons).
Such an answer is ``found: true, value: null`` with a non-empty ``clarify`` list.
"""
from __future__ import annotations

import re
from typing import Any

from rag.understanding import Query

CIRCLED = "①②③④⑤⑥"
MAX_READINGS = 4


def readings(q: Query) -> list[list[str]]:
    """The distinct readings of a value question, best first: [primary, *counterparts]."""
    alts = q.alternatives or {}
    out: list[list[str]] = []
    covered: set[str] = set()
    for k in q.keys:
        if k in covered:
            continue  # the other template's spelling of a reading already listed
        group = [k, *alts.get(k, [])]
        covered.update(group)
        out.append(group)
    return out


def reading_question(name: str, year: int | None, describe: str, lang: str) -> str:
    """A question that asks for one reading and nothing else."""
    when = f"{year}年" if year is not None else ""
    if lang == "zh":
        return f"{name}{when}{describe}是多少？"
    return f"{name} {year if year is not None else ''}: how many — {describe}?".replace("  ", " ")


_READING_Q = re.compile(r"^\S+?(?:19|20)\d\d年.+是多少？$|^.+ (?:19|20)\d\d: how many — .+\?$")


def is_reading_question(question: str) -> bool:
    """A question in the form ``reading_question`` writes (a button of an ask-back): the user
    picked that reading, so it is answered, never asked back again."""
    return bool(_READING_Q.match(question.strip()))


def clarify_item(fact: dict[str, Any], label: str, question: str, value_text: str) -> dict[str, Any]:
    return {
        "label": f"{label} {value_text}",
        "question": question,
        "key": fact["key"],
        "value": fact["value"],
        "report": fact.get("report_id"),
        "citation": fact.get("citation"),
    }


def ask_back_text(lang: str, items: list[dict[str, Any]], head_zh: str = "", head_en: str = "") -> str:
    """"您问的是 ① 不予公开 0件 ② 无法提供 2件 …？" with each reading's citation."""
    if lang == "zh":
        lines = [head_zh or "这个问题可以有几种理解，您问的是哪一项？"]
        lines += [f"{CIRCLED[i]} {it['label']}（来源：{it['citation']}）" for i, it in enumerate(items)]
        lines.append("请点选一项，或换个说法再问。")
    else:
        lines = [head_en or "This question can be read in several ways; which one do you mean?"]
        lines += [f"{CIRCLED[i]} {it['label']} (source: {it['citation']})" for i, it in enumerate(items)]
        lines.append("Choose one, or ask again in other words.")
    return "\n".join(lines)
