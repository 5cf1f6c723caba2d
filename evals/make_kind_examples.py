"""Write ``vocab/kind_examples.tsv.gz``: questions labelled by what they ask, the training data of the
learned question-kind reader (``rag/kind_reader.py``).

Every line is ``label<TAB>question`` (``examples()`` also gives the set each comes from) with label

- ``table`` — a turn the reports answer (a cell, a sum, a difference, a ranking, a number the text
  states, a passage), or
- ``none`` — a turn that looks like one but that no report can answer *whatever reports are held*:
  one person's own request or case, named people, breakdowns the tables do not print (by month,
  sex, township, topic, channel …), quantities the reports do not state (response days, staff,
  cost), reasons, forecasts, opinions.

Turns unanswerable only because the body or the year is not held (``宿迁市2025年…``,
``洪泽区2022年…``) are left out: their wording is a table question's, and whether a report is held is
the identity reader's business, not this reader's (a new report must make them answerable).
They are recognised from the set's note (``body`` / ``year`` / ``place inside``) or, where the note
is silent, from the question naming a year the bodies it names are not held for, a place and no
held body (``HELD`` below: the corpus's reports, the only bodies the blind sets ask about), or a
body of the generated samples in ``data/`` (held by the app, not by the corpus the sets know).

Sources: every blind set whose test has been scored and read (``evals/blind*``, dev and test), the
answerable generated wordings with an even id (``tests/data/wordings``; the odd half is kept to
check the reader, ``tests/test_kind_reader.py``), plain counts the team wrote (``plain_questions``:
the bare shape every look-alike shares, under neutral framings), and ``evals/questions.jsonl``; sets still held
out (``HELD_OUT``) are never read.

    python evals/make_kind_examples.py            # rewrites vocab/kind_examples.tsv.gz
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from vocab.examples import write_rows  # noqa: E402

OUT = ROOT / "vocab" / "kind_examples.tsv.gz"
# pool 11 (blind157–162, the eighteenth session's frozen pool) is held out; pool 10 (blind151–156) was
# scored and read, but left out too: adding it swung the kind reader's probabilities on read questions
# by up to 0.7 (README, eighteenth session), so the readers stay fitted without it
HELD_OUT = {f"blind{n}" for n in range(151, 163)}
# never a source: pool 35 (blind317–322, written at the start of the forty-first session), the frozen pool 33
# (blind305–310, written in the thirty-ninth session for the next one's work), the pool 34 (blind311–316, written at the start of the fortieth session), pool 33 (blind305–310, written in the
# thirty-ninth for the fortieth's work), frozen pool 32 (blind299–304, written in the thirty-eighth session for the next one's work), pool 31
# (blind289–294, written in the thirty-seventh for the thirty-eighth's work), pool 30
# (blind279–284, scored in the thirty-seventh, read since) and its four development sets
# (blind285–288, read whole), the thirty-eighth session's four development sets (blind295–298, read whole), pool 29 (blind269–274, scored in the
# thirty-sixth, read since) and its four development sets (blind275–278, read whole), pool 28 (blind261–266, scored in the
# thirty-fifth, read since) and its two development sets (blind267–268, read whole), and pool 27 (blind255–260, scored in the
# thirty-fourth, read since), pool 36 (blind323–328, written at the start of the forty-second session), pool 37 (blind329–334, written at the start of the forty-third), pool 38 (blind335–340, written at the start of the forty-fourth), pool 39 (blind341–346, written at the start of the forty-fifth), pool 40 (blind347–352, written at the start of the forty-sixth) until a refit is measured. Pools 12–26 (blind163–254), written after the readers were
# fitted in the eighteenth session, became sources in the thirty-fourth, after a leave-pool-out trial on pool 26
# (README, thirty-fourth session)
NOT_YET_FITTED = {f"blind{n}" for n in range(255, 353)}
HELD = [(re.compile(r"涧西|jianxi", re.I), {2020}), (re.compile(r"洪泽|hongze", re.I), {2023, 2024}),
        (re.compile(r"科委|科学技术|科技|science|stcsm", re.I), {2024}), (re.compile(r"淮安|huai", re.I), {2024}),
        (re.compile(r"上海|shanghai", re.I), {2019, 2025}), (re.compile(r"沭阳|shuyang", re.I), {2025})]
_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:省|市|区|县|镇|街道|乡)|\b(?:city|district|county|province|town)\b", re.I)
_YEAR = re.compile(r"20\d\d")
# the generated sample reports of data/ (淮安市教育局, 河西区, 青山县): held by the app, unknown to the
# blind sets, which call questions about them unanswerable for want of the body
_SAMPLES = re.compile(r"教育局|education bureau|河西|hexi|青山|qingshan", re.I)
# a capitalised English name before a kind of body ("Beijing municipal government"): case matters here
_NAMED = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*'?s? (?:municipal|city|district|county|province|provincial|government)")
_ID_NOTE = re.compile(r"body|year|place inside")
_KIND_NOTE = re.compile(r"forecast|opinion|plan|predict|estimate")


def identity_only(question: str, note: str) -> bool:
    """The turn is unanswerable because its body or year is not held (see the module doc)."""
    n = note.lower()
    if _KIND_NOTE.search(n):
        return False
    if _ID_NOTE.search(n) or _SAMPLES.search(question):
        return True
    years = {int(y) for y in _YEAR.findall(question)}
    held = [ys for pat, ys in HELD if pat.search(question)]
    if not held:  # no held body named: a body not held ("Beijing municipal government 2024: …"), unless a bare follow-up
        return bool(years or _PLACE.search(question) or _NAMED.search(question))
    return bool(years - set().union(*held))


# -- plain questions the team wrote: the bare shape of a count, which the look-alikes share ----------------
# ("沭阳县2025年第三季度收到多少申请" is "沭阳县2025年收到多少申请" and three characters): without them the
# reader learns the shared words as signs of the look-alike; with them, only the extra words count.
_BODIES_ZH = [("淮安市", 2024), ("淮安", 2024), ("淮安市政府", 2024), ("淮安市人民政府", 2024), ("沭阳县", 2025),
              ("沭阳", 2025), ("沭阳县政府", 2025), ("洪泽区", 2023), ("洪泽", 2024), ("洪泽区政府", 2024),
              ("涧西区", 2020), ("涧西区政府办", 2020), ("上海市府办", 2019), ("上海市政府办公厅", 2025),
              ("上海市科委", 2024), ("上海科委", 2024)]
_BODIES_EN = [("Huai'an", 2024), ("Huai'an city", 2024), ("Shuyang", 2025), ("Shuyang County", 2025),
              ("Hongze", 2023), ("Hongze District", 2024), ("Jianxi", 2020), ("the Jianxi District office", 2020),
              ("the Shanghai General Office", 2019), ("Shanghai General Office", 2025), ("STCSM", 2024),
              ("the Shanghai science commission", 2024)]
_ROWS_ZH = ["收到多少申请", "新收多少件申请", "收到几件信息公开申请", "予以公开多少件", "全部公开的有几件", "部分公开几件",
            "不予公开多少件", "无法提供多少件", "不予处理几件", "本机关不掌握的有多少件", "办结多少件", "结转下年多少件",
            "上年结转几件", "行政复议多少件", "行政诉讼几件", "复议维持几件", "复议被纠正的有几件", "主动公开规范性文件多少件",
            "行政许可多少件", "行政处罚多少件", "收取信息处理费多少", "自然人申请多少件", "企业申请几件",
            "法人或其他组织申请多少件", "直接起诉几件", "复议后起诉几件", "复议尚未审结几件", "收到的申请里企业提交的有多少",
            "申请人是律师事务所的有几件", "公民个人提出的申请有多少件", "非自然人申请人提出的申请有多少件", "向申请人收了多少费用"]
_ROWS_EN = ["how many requests did {b} receive in {y}", "{b} {y}: requests received", "how many requests were granted in full by {b} in {y}",
            "{b} {y}, partly granted requests", "how many requests did {b} refuse in {y}", "{b} {y}: requests answered 'not held'",
            "how many requests were not processed by {b} in {y}", "{b} {y}: requests carried over to the next year",
            "how many administrative reviews did {b} face in {y}", "{b} {y}: lawsuits", "how many reviews upheld {b}'s decision in {y}",
            "{b} {y}: reviews that corrected the decision", "how many licences did {b} grant in {y}",
            "{b} {y}: penalty decisions", "what fees did {b} collect in {y}", "how many requests from individuals did {b} get in {y}",
            "{b} {y}: requests from companies", "how many of {b}'s {y} requests were filed by companies",
            "how many of {b}'s {y} requests came from individuals", "{b} {y}: requests filed by law firms",
            "how many of the requests {b} got in {y} were from research institutes",
            "how many of {b}'s {y} new requests came from applicants other than individuals",
            "how much did {b} charge applicants in {y}"]
_FRAMES_ZH = ["", "请问", "你好，", "我是记者，想问", "本人在街道办工作。", "我是本地居民，想问一下", "12345转来：市民想知道",
              "帮我查一下", "麻烦问下，"]
_FRAMES_EN = ["", "Hi, ", "Quick question: ", "I'm a journalist. ", "I'm a student writing a paper. ",
              "A caller to the hotline wants to know: ", "Please tell me "]


# a part of a count the asker quotes, which the tables split ("那351件复议里，被纠正的有多少件")
_PARTS_ZH = ["那{n}件复议里，被纠正的有多少件", "{n}件申请里，不予公开的有几件", "收到的{n}件申请中，自然人提的有多少",
             "那{n}件行政诉讼里，维持的有几件", "{n}件申请里面全部公开的有多少件", "办结的{n}件当中，无法提供的有几件"]
_PARTS_EN = ["of the {n} reviews {b} faced in {y}, how many were corrected", "{b} {y}: of its {n} requests, how many were refused",
             "how many of the {n} lawsuits against {b} in {y} were upheld", "out of the {n} requests {b} received in {y}, how many came from companies"]


def plain_questions() -> list[str]:
    out = []
    for i, (b, y) in enumerate(_BODIES_ZH):
        for j, part in enumerate(_PARTS_ZH):
            out.append(f"{b}{y}年" + part.format(n=17 + 31 * i + 7 * j))
    for i, (b, y) in enumerate(_BODIES_EN):
        for j, part in enumerate(_PARTS_EN):
            q = part.format(b=b, y=y, n=23 + 29 * i + 5 * j)
            out.append(q[0].upper() + q[1:] + "?")
    for i, (b, y) in enumerate(_BODIES_ZH):
        for j, row in enumerate(_ROWS_ZH):
            frame = _FRAMES_ZH[(i + j) % len(_FRAMES_ZH)]
            out.append(f"{frame}{b}{y}年{row}")
    for i, (b, y) in enumerate(_BODIES_EN):
        for j, row in enumerate(_ROWS_EN):
            q = row.format(b=b, y=y)
            frame = _FRAMES_EN[(i + j) % len(_FRAMES_EN)]
            q = frame + (q[0].lower() + q[1:] if frame else q[0].upper() + q[1:])
            out.append(q + ("?" if q[0].islower() or q.lower().startswith(("how", "what")) or frame else ""))
    return out


def _clean(q: str) -> str:
    return re.sub(r"\s+", " ", q).strip()


def examples() -> list[tuple[str, str, str]]:
    out = []
    for d in sorted((ROOT / "evals").glob("blind*/")):
        if d.name in HELD_OUT or d.name in NOT_YET_FITTED or not d.is_dir():
            continue
        for part in ("dev", "test"):
            p = d / f"{part}.jsonl"
            if not p.exists():
                continue
            for conv in map(json.loads, p.read_text(encoding="utf-8").splitlines()):
                for t in conv.get("turns") or []:
                    e, q = t.get("expect") or {}, _clean(t.get("question", ""))
                    if not q or e.get("not_applicable"):
                        continue
                    if e.get("answerable", True) is False:
                        if not identity_only(q, conv.get("note", "")):
                            out.append(("none", d.name, q))
                    else:
                        out.append(("table", d.name, q))
    from evals import wordings as W

    for line in W.load():  # half of the generated wordings (even ids); the other half checks the reader (tests)
        if line.get("answerable", True) and int(line["id"].rsplit("-", 1)[1]) % 2 == 0:
            out.append(("table", "wordings", _clean(line["question"])))
    out.extend(("table", "plain", q) for q in plain_questions())
    for q in map(json.loads, (ROOT / "evals" / "questions.jsonl").read_text(encoding="utf-8").splitlines()):
        if q.get("kind") != "unanswerable":
            out.append(("table", "questions", _clean(q["question"])))
    seen, uniq = set(), []
    for label, src, q in out:
        if (label, q) not in seen:
            seen.add((label, q))
            uniq.append((label, src, q))
    both = {q for label, _, q in uniq if label == "none"} & {q for label, _, q in uniq if label == "table"}
    held = held_out_questions()  # a wording a held-out set also has ("2025?", "其他组织呢") is not learned
    return [x for x in uniq if x[2] not in both and x[2] not in held]  # (labelled both ways: teaches nothing)


def held_out_questions() -> set[str]:
    out = set()
    for name in HELD_OUT:
        for part in ("dev", "test"):
            p = ROOT / "evals" / name / f"{part}.jsonl"
            if p.exists():
                for conv in map(json.loads, p.read_text(encoding="utf-8").splitlines()):
                    out.update(_clean(t.get("question", "")) for t in conv.get("turns") or [])
    return out


def main() -> int:
    ex = examples()
    write_rows(OUT, [(a, c) for a, _, c in ex])  # (the set: examples())
    n = sum(a == "none" for a, _, _ in ex)
    print(f"{len(ex)} examples ({n} none, {len(ex) - n} table) → {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
