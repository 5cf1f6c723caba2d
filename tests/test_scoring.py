"""The blind-set scorer (evals/scoring.py) and the fair baseline (evals/fair_baseline.py), with a
scripted fake ``ask`` and a deterministic bigram-hash embedder: no model, no store."""
from __future__ import annotations

import json
import zlib

from evals.fair_baseline import FairBaseline, chunk_text, name_variants, nearest_number
from evals.scoring import compare, derived_keys, judge, score_file

HUAIAN = "淮安市人民政府"


def conv(cid, kind, turns, lang="zh"):
    return {"id": cid, "kind": kind, "lang": lang, "note": "", "gold_source": "test", "turns": turns}


def value_turn(q, key, value, agency=HUAIAN, year=2024, **extra):
    return {"question": q, "expect": {"answerable": True, "agency": agency, "year": year,
                                      "keys": key if isinstance(key, list) else [key], "value": value, **extra}}


def rec(value, keys=(), agency=HUAIAN, year=2024, found=True, **extra):
    r = {"answer": f"{value}", "found": found, "value": value, "operation": "value",
         "reports": [{"id": "r1", "agency": agency, "year": year}] if agency else [],
         "facts": [{"key": k, "value": value, "raw": str(value), "derived": False, "citation": "c"} for k in keys],
         "passages": []}
    r.update(extra)
    return r


class ScriptedAsk:
    """Answers from a {question: record} script; logs (question, context received)."""

    def __init__(self, script):
        self.script = script
        self.log = []

    def __call__(self, question, context):
        self.log.append((question, context))
        return self.script[question], {"after": question}


def write(tmp_path, convs):
    p = tmp_path / "set.jsonl"
    p.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in convs) + "\n", encoding="utf-8")
    return p


def test_right_value_with_wrong_key_is_confident_wrong(tmp_path):
    convs = [conv("a", "trap", [value_turn("淮安2024年全部公开的申请有多少？", "requests.granted.total", 1362)]),
             conv("b", "value", [value_turn("淮安2024年新收多少申请？", "requests.received.total", 3119)]),
             conv("c", "value", [value_turn("淮安2024年结转多少？", "requests.carried_forward.total", 103)])]
    ask = ScriptedAsk({
        "淮安2024年全部公开的申请有多少？": rec(1362, ["requests.partially_granted.total"]),  # right number, wrong key
        "淮安2024年新收多少申请？": rec(3119, ["requests.received.total"]),                      # right
        "淮安2024年结转多少？": rec(103, ["requests.carried_forward.total"], agency="淮安市洪泽区人民政府"),  # wrong report
    })
    r = score_file(write(tmp_path, convs), ask)
    v = {t.conv_id: t for t in r.turns}
    assert v["a"].verdict == "confident_wrong" and not v["a"].ok and "wrong key" in v["a"].reason
    assert v["b"].verdict == "right" and v["b"].ok
    assert v["c"].verdict == "confident_wrong" and "wrong report" in v["c"].reason
    assert r.overall["right"] == 1 and r.overall["confident_wrong"] == 2
    md = r.to_markdown()
    assert "| kind | n | right | asked back | confident-wrong | missed |" in md and "wrong key" in md
    d = json.loads(r.to_json())
    assert d["by_kind"]["trap"]["confident_wrong"] == 1 and len(d["failures"]) == 2


def test_sum_accepts_all_keys_or_the_derived_key_and_missed():
    e = {"answerable": True, "agency": "淮安市洪泽区人民政府", "year": 2023, "value": 5,
         "keys": [f"appeals.litigation_after_review.{x}" for x in ("upheld", "corrected", "other", "pending")]}
    assert derived_keys(e["keys"]) == {"appeals.litigation_after_review.total"}
    assert derived_keys([f"requests.received.{c}" for c in
                         ("commercial", "research", "public_interest", "legal_services", "other_org")]) \
        == {"requests.received.legal_person"}
    a = "淮安市洪泽区人民政府"
    assert judge(e, rec(5, e["keys"], agency=a, year=2023))[0] == "right"
    assert judge(e, rec(5, ["appeals.litigation_after_review.total"], agency=a, year=2023))[0] == "right"
    assert judge(e, rec(5, e["keys"][:2], agency=a, year=2023))[0] == "confident_wrong"
    assert judge(e, rec(None, found=False, agency=a, year=2023))[0] == "missed"


def test_sub_items_of_one_column_stand_for_that_columns_cell_both_ways():
    subs = [f"requests.unable.{x}.natural_person" for x in ("not_held", "needs_creation", "unclear")]
    assert derived_keys(subs) == {"requests.unable.natural_person"}
    a = "上海市人民政府办公厅"
    e = {"answerable": True, "agency": a, "year": 2019, "value": 321, "keys": subs}
    assert judge(e, rec(321, ["requests.unable.natural_person"], agency=a, year=2019))[0] == "right"
    assert judge(e, rec(321, ["requests.unable.total"], agency=a, year=2019))[0] == "confident_wrong"
    # the whole asked, its parts added in the answer: the same cells, the same number
    whole = {"answerable": True, "agency": a, "year": 2019, "value": 113, "keys": ["requests.unable.total"]}
    parts = [f"requests.unable.{x}.total" for x in ("not_held", "needs_creation", "unclear")]
    assert judge(whole, rec(113, parts, agency=a, year=2019))[0] == "right"
    assert judge(whole, rec(113, ["requests.withheld.total"], agency=a, year=2019))[0] == "confident_wrong"
    assert judge(whole, rec(113, parts[:2], agency=a, year=2019))[0] == "confident_wrong"  # two of three: not the whole
    # a row's total for its six applicant columns, added with another cell
    six = [f"requests.received.{c}" for c in ("natural_person", "commercial", "research", "public_interest",
                                              "legal_services", "other_org")]
    e8 = {"answerable": True, "agency": a, "year": 2019, "value": 3153, "keys": six + ["requests.carried_over.natural_person"]}
    assert judge(e8, rec(3153, ["requests.received.total", "requests.carried_over.natural_person"], agency=a, year=2019))[0] == "right"
    assert judge(e8, rec(3153, ["requests.received.total", "requests.carried_over.total"], agency=a, year=2019))[0] == "confident_wrong"


def test_number_for_unanswerable_is_confident_wrong():
    e = {"answerable": False, "why": "no 涧西区 2021 report"}
    assert judge(e, rec(17, ["requests.received.total"], agency="涧西区人民政府办公室", year=2020))[0] == "confident_wrong"
    assert judge(e, {"answer": "没有涧西区2021年的报告；现有：2020年。", "found": False, "value": None})[:2] == ("right", True)
    # found true, value null, but the text asserts a number
    assert judge(e, {"answer": "涧西区收到17件。", "found": True, "value": None})[0] == "confident_wrong"
    na = {"answerable": True, "agency": HUAIAN, "year": 2024, "keys": ["active.regulations.published"],
          "value": None, "not_applicable": True}
    assert judge(na, rec(0, ["active.regulations.issued"]))[0] == "confident_wrong"
    assert judge(na, {"answer": "本报告格式无此项。", "found": True, "value": None})[0] == "right"


def test_followup_pair_is_one_conversation(tmp_path):
    convs = [conv("f", "followup", [value_turn("淮安2024年复议有多少件？", "appeals.review.total", 351),
                                    value_turn("纠正的呢？", "appeals.review.corrected", 64)]),
             conv("g", "value", [value_turn("淮安2024年新收多少申请？", "requests.received.total", 3119)])]
    ask = ScriptedAsk({"淮安2024年复议有多少件？": rec(351, ["appeals.review.total"]),
                       "纠正的呢？": rec(64, ["appeals.review.corrected"]),
                       "淮安2024年新收多少申请？": rec(3119, ["requests.received.total"])})
    r = score_file(write(tmp_path, convs), ask)
    assert ask.log == [("淮安2024年复议有多少件？", None),
                       ("纠正的呢？", {"after": "淮安2024年复议有多少件？"}),   # turn 1's context reaches turn 2
                       ("淮安2024年新收多少申请？", None)]                     # a new conversation starts fresh
    assert [t.verdict for t in r.turns] == ["right", "right", "right"]
    assert r.by("kind")["followup"]["n"] == 2 and r.conversations() == {"n": 2, "all_turns_right": 2}
    assert score_file(write(tmp_path, convs), ask, limit=1).overall["n"] == 2
    assert score_file(write(tmp_path, convs), ask, kinds=["value"]).overall["n"] == 1


def test_ask_back_on_ambiguous_question(tmp_path):
    amb = value_turn("淮安2024年有几件申请没公开？", "requests.withheld.total", 178, ambiguous=True,
                     acceptable_keys=[["requests.withheld.total"],
                                      ["requests.withheld.total", "requests.unable.total",
                                       "requests.not_processed.total", "requests.other.total"]],
                     acceptable_values=[178, 1234])
    plain = value_turn("淮安2024年新收多少申请？", "requests.received.total", 3119)
    clar = [{"key": "requests.withheld.total", "value": 178, "label": "不予公开"},
            {"key": "requests.unable.total", "value": 900, "label": "无法提供"}]
    ask = ScriptedAsk({amb["question"]: rec(None, clarify=clar), plain["question"]: rec(None, clarify=clar)})
    r = score_file(write(tmp_path, [conv("a", "trap", [amb]), conv("b", "value", [plain])]), ask)
    a, b = r.turns
    assert a.verdict == "asked_back" and a.ok          # acceptable reading offered: counts as right
    assert b.verdict == "asked_back" and not b.ok      # not right, not wrong
    assert r.overall["asked_back"] == 2 and r.overall["right"] == 1 and r.overall["confident_wrong"] == 0
    # giving the other reading with its keys is right too
    keys2 = ["requests.withheld.total", "requests.unable.total", "requests.not_processed.total", "requests.other.total"]
    assert judge(amb["expect"], rec(1234, keys2))[0] == "right"


def test_narrative_passage_ranking_difference():
    sent = "全年共收到依申请公开17件，办结15件，在办2件，办结率88.2%。"
    e = {"answerable": True, "agency": "涧西区人民政府办公室", "year": 2020, "keys": [], "value": 88.2,
         "sentence": sent, "unit": "%"}
    good = rec(88.2, agency="涧西区人民政府办公室", year=2020,
               passages=[{"text": "……在办2件，办结率88.2%。", "report": {"agency": "涧西区人民政府办公室", "year": 2020}}])
    assert judge(e, good)[0] == "right"
    assert judge(e, dict(good, value=88.24))[0] == "right"                       # within the stated rounding
    assert judge(e, dict(good, passages=[]))[0] == "confident_wrong"             # number not supported by a quote
    p = {"answerable": True, "agency": "沭阳县人民政府", "year": 2025, "keys": [], "value": None,
         "contains": ["政策解读多样性", "联系群众工作"], "section": 5}
    ans = {"answer": "存在政策解读 多样性不足、联系群众工作不够等问题", "found": True, "value": None,
           "reports": [{"agency": "沭阳县人民政府", "year": 2025}], "passages": []}
    assert judge(p, ans)[0] == "right"
    assert judge(p, dict(ans, answer="存在问题"))[0] == "missed"
    rk = {"answerable": True, "agencies": ["A", "B"], "years": {"A": 2024, "B": 2025}, "keys": ["k"],
          "order": "desc", "value": "B", "values": {"A": 1, "B": 2}}
    ranked = {"found": True, "value": 2, "facts": [{"key": "k"}, {"key": "k"}],
              "reports": [{"agency": "B", "year": 2025}, {"agency": "A", "year": 2024}]}
    assert judge(rk, ranked)[0] == "right"
    assert judge(rk, dict(ranked, reports=ranked["reports"][::-1]))[0] == "confident_wrong"
    # the five organisation columns ranked as their derived key (spec: legal_person is their sum); a column
    # of them alone is not
    orgs = [f"requests.received.{c}" for c in ("commercial", "research", "public_interest", "legal_services", "other_org")]
    rk5 = dict(rk, keys=orgs)
    assert judge(rk5, dict(ranked, facts=[{"key": "requests.received.legal_person"}] * 2))[0] == "right"
    assert judge(rk5, dict(ranked, facts=[{"key": "requests.received.commercial"}] * 2))[0] == "confident_wrong"
    d = {"answerable": True, "agency": "H", "years": [2023, 2024], "keys": ["x"], "value": -1343}
    drec = {"found": True, "value": -1343, "facts": [{"key": "x"}],
            "reports": [{"agency": "H", "year": 2023}, {"agency": "H", "year": 2024}]}
    assert judge(d, drec)[0] == "right"
    assert judge(d, dict(drec, reports=drec["reports"][:1]))[0] == "confident_wrong"


def test_compare_prints_side_by_side(tmp_path, capsys):
    convs = [conv("b", "value", [value_turn("淮安2024年新收多少申请？", "requests.received.total", 3119)])]
    good = score_file(write(tmp_path, convs), ScriptedAsk({"淮安2024年新收多少申请？": rec(3119, ["requests.received.total"])}))
    bad = score_file(write(tmp_path, convs), ScriptedAsk({"淮安2024年新收多少申请？": rec(3001)}))
    out = compare({"engine": good, "baseline": bad})
    assert "engine right" in out and "baseline c-wrong" in out and "| value | 1 | 100.0% | 0.0% | 0.0% | 100.0% |" in out
    assert "engine right" in capsys.readouterr().out


# ----------------------------------------------------------------------------- fair baseline
def bigram_embed(texts):
    out = []
    for t in texts:
        v = [0.0] * 64
        s = "".join(t.split())
        for i in range(len(s) - 1):
            v[zlib.crc32(s[i:i + 2].encode("utf-8")) % 64] += 1.0
        out.append(v)
    return out


REPORT_A = """涧西区人民政府办公室2020年政府信息公开工作年度报告
一、总体情况
2020年，涧西区梳理政务公开事项，共21个领域601项事项。全年共收到依申请公开17件，办结15件，办结率88.2%。
三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请数量 17 17 0 0 0 0 0
上年结转政府信息公开申请数量 0 0 0 0 0 0 0
予以公开 13 13 0 0 0 0 0
"""

REPORT_B = """淮安市人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，市政府网站主动公开各类政府信息5500余条，全年组织4次政府信息公开栏目全覆盖检查。
三、收到和处理政府信息公开申请情况
本年新收政府信息公开申请数量 3119 3001 53 0 0 65 0
上年结转政府信息公开申请数量 34 33 1 0 0 0 0
予以公开 1362 1300 21 0 0 41 0
"""


def test_fair_baseline_picks_the_report_and_the_nearest_number():
    calls = []

    def embed_passages(texts):
        calls.append(len(texts))
        return bigram_embed(texts)

    fb = FairBaseline([("a", "涧西区人民政府办公室", 2020, REPORT_A), ("b", HUAIAN, 2024, REPORT_B)],
                      bigram_embed, embed_passages)
    assert sum(calls) == len(fb.chunks)  # embedded once
    assert {"涧西区", "涧西"} <= name_variants("涧西区人民政府办公室")
    assert {"洪泽区", "洪泽"} <= name_variants("淮安市洪泽区人民政府")

    r, ctx = fb.ask("淮安2024年上年结转政府信息公开申请数量是多少？", None)
    assert r["reports"][0]["agency"] == HUAIAN and r["found"] and r["value"] == 34
    assert r["facts"] == [] and r["passages"] and r["passages"][0]["report"]["id"] == "b"
    r, _ = fb.ask("涧西区本年新收政府信息公开申请数量？", None)       # no year: the body's newest
    assert r["reports"][0]["year"] == 2020 and r["value"] == 17
    r, _ = fb.ask("予以公开呢？", ctx)                                # the context keeps the body
    assert r["reports"][0]["agency"] == HUAIAN and r["value"] == 1362
    r, _ = fb.ask("涧西区梳理了多少项事项？", None)
    assert r["value"] == 601
    r, _ = fb.ask("How many requests did Jianxi receive?", None)   # no Chinese piece to anchor on
    assert r["found"] is False and r["value"] is None and r["passages"]

    for c in chunk_text(REPORT_B + ("很长的一段文字。" * 80) + "\n", size=120, overlap=30):
        assert len(c) <= 130 or "\n" not in c  # prose is cut, table lines are never split
    assert any("本年新收政府信息公开申请数量 3119 3001 53 0 0 65 0" in c for c in chunk_text(REPORT_B, 60, 20))
    assert nearest_number("上年结转多少", "本年新收 3119 上年结转 34 予以公开 1362") == (34, "上年结转")


def test_the_scorers_own_sub_item_lists_agree_with_the_key_vocabulary():
    """The scorer imports nothing of the project on purpose; its copy of the groups' sub-items must not drift."""
    from evals.scoring import SUB_ITEMS
    from vocab.keys import REQUEST_GROUPS

    assert {g: set(s) for g, s in REQUEST_GROUPS.items()} == SUB_ITEMS
