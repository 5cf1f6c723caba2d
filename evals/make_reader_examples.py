"""Write ``vocab/reader_examples.tsv.gz``: labelled wordings of the fact keys, the training data of
the learned key reader (``rag/key_reader.py``).

Every line is ``key<TAB>question``: a question that asks for exactly that one cell. Sources (all
written by helper sessions that never saw the engine, and all *already tuned on*, so none of them
is a held-out set any more):

- the generated wordings (``tests/data/wordings``, 3,866 answerable lines);
- the one-cell turns of every blind set read (``evals/blind`` … ``evals/blind144``, dev and test:
  their tests have been scored and read), and of ``evals/questions.jsonl`` / ``holdout.jsonl``;
- the key catalogue's own labels (Chinese row + column, English).

A blind set's test part must never be added while it is still held out (``HELD_OUT_NAMES``: the
seventeenth and eighteenth sessions' pools, blind151–162, now); a question worded exactly as one of a held-out
set's ("what about 2024", "沭阳县2025年呢" …) is dropped from the examples. Measured leave-one-set-out when blind7–11 were
added (``.cache`` script, numbers in the README): the reader trained with the other later sets
put the gold row first 1.4–5.6 points more often on each left-out set than the reader trained
on blind…blind6 alone, as precise at ≥ 0.6.

    python evals/make_reader_examples.py            # rewrites vocab/reader_examples.tsv.gz
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from vocab.examples import write_rows  # noqa: E402

OUT = ROOT / "vocab" / "reader_examples.tsv.gz"
# every blind set read (scored and tuned on): development material, dev and test parts alike
# pool 11 (blind157–162, the eighteenth session's frozen pool) is held out; pool 10 (blind151–156) was
# scored and read, but left out too: adding it swung the kind reader's probabilities on read questions
# by up to 0.7 (README, eighteenth session), so the readers stay fitted without it
HELD_OUT_NAMES = {f"blind{n}" for n in range(151, 163)}
# written after this reader was last fitted (pools 12–28, blind163–266), the thirty-fifth session's two development sets
# (blind267–268, read whole), the thirty-sixth session's frozen pool 29 (blind269–274) and its four development sets
# (blind275–278, read whole), the thirty-seventh session's frozen pool 30 (blind279–284)
# and its four development sets (blind285–288, read whole), the frozen pool 31 (blind289–294, written for the next
# session's work), the thirty-eighth session's four development sets (blind295–298, read whole), the frozen pool 32
# (blind299–304, written for the next session's work), the frozen pool 33 (blind305–310, written in the thirty-ninth
# session for the next one's work), pool 34 (blind311–316, written at the start of the fortieth), pool 35 (blind317–322, written at the start of the forty-first), pool 36 (blind323–328, written at the start of the forty-second), pool 37 (blind329–334, written at the start of the forty-third), pool 38 (blind335–340, written at the start of the forty-fourth), pool 39 (blind341–346, written at the start of the forty-fifth), pool 40 (blind347–352, written at the start of the forty-sixth): never a source. Refitted with pools 12–26 in the thirty-fourth session, its probabilities moved
# across the engine's thresholds (READ_ALONE …) and lost six read answers for one held-out gain: not kept (README).
# The kind reader (evals/make_kind_examples.py) was refitted with them.
NOT_YET_FITTED = {f"blind{n}" for n in range(163, 353)}
_NUM = re.compile(r"blind(\d*)$")


BLIND = [(d.name, ("dev", "test")) for d in sorted(
             (d for d in (ROOT / "evals").glob("blind*") if d.is_dir() and _NUM.match(d.name)),
             key=lambda d: int(_NUM.match(d.name).group(1) or 1))
         if d.name not in HELD_OUT_NAMES and d.name not in NOT_YET_FITTED]
# the held-out pool, whole (its test parts are frozen; no wording of theirs is learned)
HELD_OUT = [(name, ("dev", "test")) for name in sorted(HELD_OUT_NAMES)]


def _clean(q: str) -> str:
    return re.sub(r"\s+", " ", q).strip()


def examples() -> list[tuple[str, str]]:
    from evals import wordings as W
    from vocab.keys import _load_keys

    out: list[tuple[str, str]] = []
    for line in W.load():
        k = (line.get("expect") or {}).get("key")
        if line.get("answerable", True) and k:
            out.append((k, line["question"]))
    for name, parts in BLIND:
        for part in parts:
            p = ROOT / "evals" / name / f"{part}.jsonl"
            if not p.exists():
                continue
            for conv in map(json.loads, p.read_text(encoding="utf-8").splitlines()):
                for t in conv.get("turns") or []:
                    e = t.get("expect") or {}
                    keys = e.get("keys") or []
                    if len(keys) == 1 and e.get("answerable", True) is not False:
                        out.append((keys[0], t["question"]))
    for name in ("questions.jsonl", "holdout.jsonl"):
        for q in map(json.loads, (ROOT / "evals" / name).read_text(encoding="utf-8").splitlines()):
            if q.get("key") and q.get("kind") == "value":
                out.append((q["key"], q["question"]))
    for k, info in _load_keys().items():
        row = info.zh_row.split("/")[-1]
        out.append((k, f"{row}{info.zh_column}"))
        out.append((k, info.en))
    held_out = set()
    for name, parts in HELD_OUT:
        for part in parts:
            p = ROOT / "evals" / name / f"{part}.jsonl"
            if p.exists():
                for conv in map(json.loads, p.read_text(encoding="utf-8").splitlines()):
                    held_out.update(_clean(t["question"]) for t in conv.get("turns") or [])
    seen, uniq = set(), []
    for k, q in out:
        q = _clean(q)
        if q and (k, q) not in seen and q not in held_out:
            seen.add((k, q))
            uniq.append((k, q))
    return uniq


def main() -> int:
    rows = examples()
    write_rows(OUT, rows)
    print(f"{len(rows)} examples of {len({k for k, _ in rows})} keys -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
