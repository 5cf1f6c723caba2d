"""Writes evals/questions.jsonl: the evaluation questions with their gold answers.

Why a generator: the value, sum, difference and ranking questions are many, and their gold
must come from the hand-checked facts (../shared/corpus/gold/*.json and
data/samples/manifest.json), never from the system under test. Writing them by hand would
invite copying slips; generating them from the gold keeps every expected number traceable
(each question names its ``source``). The question wording is varied on purpose (templates,
zh and en, loose agency names) so that the set measures understanding, not one phrasing.

Three reports have no gold file (005 洪泽区 2024, 007 上海市科委 2024, 008 上海市政府办公厅
2025). A few of their numbers are needed (differences across years, rankings of a year), so
``HAND_READ`` holds those cells, read by hand from the report text and re-added where the
report's own arithmetic allows; questions using them say ``"source": "hand-read: …"``.

The table, check, passage and unanswerable questions are written by hand below.

Run: ``python evals/make_questions.py`` (deterministic; the output is committed).
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared")).resolve()
GOLD = SHARED / "corpus" / "gold"
MANIFEST = ROOT / "data" / "samples" / "manifest.json"
OUT = ROOT / "evals" / "questions.jsonl"

ORG = ("commercial", "research", "public_interest", "legal_services", "other_org")
COLS = ("natural_person",) + ORG + ("total",)
WITHHELD = ("state_secret", "prohibited_by_law", "security_stability", "third_party",
            "internal_affairs", "process_info", "enforcement_files", "admin_query")
UNABLE = ("not_held", "needs_creation", "unclear")
NOT_PROCESSED = ("petition", "duplicate", "publication", "excessive", "reconfirm")
OTHER = ("overdue_correction", "overdue_fee", "other")


# -- the reports, their names as people write them ----------------------------------------------
REPORTS: list[dict[str, Any]] = [
    {"id": "jianxi2020", "gold": "seed_jianxi_2020.json", "agency": "涧西区人民政府办公室", "year": 2020,
     "zh": ["涧西区", "涧西区政府办", "涧西区人民政府办公室", "洛阳市涧西区"],
     "en": ["Jianxi District", "the Jianxi District government office", "Jianxi"]},
    {"id": "huaian2024", "gold": "001_huaian_2024_spaces.json", "agency": "淮安市人民政府", "year": 2024,
     "zh": ["淮安市政府", "淮安市人民政府", "淮安市政府"],
     "en": ["the Huai'an municipal government", "Huai'an city government", "Huai'an Municipal People's Government"]},
    {"id": "hongze2023", "gold": "004_hongzequ_2023.json", "agency": "淮安市洪泽区人民政府", "year": 2023,
     "zh": ["洪泽区", "洪泽", "洪泽区政府", "淮安市洪泽区人民政府"],
     "en": ["Hongze District", "Hongze", "the Hongze district government"]},
    {"id": "shuyang2025", "gold": "006_shuyangxian_2025.json", "agency": "沭阳县人民政府", "year": 2025,
     "zh": ["沭阳县", "沭阳县政府", "沭阳县人民政府"],
     "en": ["Shuyang County", "Shuyang", "the Shuyang county government"]},
    {"id": "shbgt2019", "gold": "009_shanghai_bgt_2019.json", "agency": "上海市人民政府办公厅", "year": 2019,
     "zh": ["上海市政府办公厅", "上海市人民政府办公厅", "上海市政府办公厅"],
     "en": ["the General Office of the Shanghai Municipal Government", "the Shanghai government general office"]},
    {"id": "hongze2024", "hand": "005_hongzequ_2024.txt", "agency": "淮安市洪泽区人民政府", "year": 2024,
     "zh": ["洪泽区", "洪泽", "洪泽区人民政府"], "en": ["Hongze District", "Hongze"]},
    {"id": "shkewei2024", "hand": "007_shkewei_2024.txt", "agency": "上海市科学技术委员会", "year": 2024,
     "zh": ["上海市科委", "上海市科学技术委员会"], "en": ["the Shanghai Science and Technology Commission"]},
    {"id": "shbgt2025", "hand": "008_shanghai_bgt_2025.txt", "agency": "上海市人民政府办公厅", "year": 2025,
     "zh": ["上海市政府办公厅", "上海市人民政府办公厅"],
     "en": ["the General Office of the Shanghai Municipal Government", "the Shanghai government general office"]},
]
SAMPLE_NAMES = {
    "洛阳市河西区人民政府办公室": (["河西区", "洛阳市河西区政府办", "河西区人民政府办公室"],
                        ["Hexi District", "the Hexi District government office (Luoyang)"]),
    "淮安市教育局": (["淮安市教育局", "淮安教育局"], ["the Huai'an Education Bureau", "Huai'an education bureau"]),
    "赣州市青山县人民政府": (["青山县", "赣州市青山县", "青山县人民政府"], ["Qingshan County", "Qingshan county government"]),
}

# Cells of the reports without a gold file, read by hand from the text (see module docstring).
HAND_READ: dict[str, dict[str, float | int]] = {
    # 005: table 三 rows balance (95 = 50+9+3+32+1+0); appeals row "1 1 0 0 2 1 0 0 0 1 2 0 1 0 3"
    "hongze2024": {
        "requests.received.total": 95, "requests.received.natural_person": 95, "requests.carried_over.total": 0,
        "requests.granted.total": 50, "requests.partially_granted.total": 9,
        "requests.unable.not_held.total": 31, "requests.total_processed.total": 95,
        "requests.carried_forward.total": 0,
        "appeals.review.total": 2, "appeals.litigation_direct.total": 1, "appeals.litigation_after_review.total": 3,
        "active.licensing.decisions": 9487, "active.punishment.decisions": 2776, "active.coercion.decisions": 84,
        "active.fees.amount": 7545, "active.normative_docs.issued": 3, "active.normative_docs.in_force": 8,
    },
    # 007: table rows "一、… 32 2 0 0 0 0 34", "二、… 2 0 0 0 0 0 2", "（一）予以公开 9 … 9"; appeals "1 0 0 0 1 | 0…"
    "shkewei2024": {
        "requests.received.total": 34, "requests.carried_over.total": 2, "requests.granted.total": 9,
        "appeals.review.total": 1, "active.licensing.decisions": 97,
    },
    # 008: "一、… 1259 36 0 0 0 0 1295", "二、… 170 15 0 0 4 0 189", "（一）予以公开 201 5 … 206";
    # appeals "40 0 10 5 55 | 2 0 4 6 12 | 6 0 9 7 22"
    "shbgt2025": {
        "requests.received.total": 1295, "requests.received.natural_person": 1259, "requests.carried_over.total": 189,
        "requests.granted.total": 206, "appeals.review.total": 55, "appeals.litigation_direct.total": 12,
        "appeals.litigation_after_review.total": 22,
    },
}

# -- how people name the quantities -------------------------------------------------------------
# key -> (zh phrasings, en phrasings, "count" | "amount")
LABELS: dict[str, tuple[list[str], list[str], str]] = {
    "requests.received.total": (["收到的政府信息公开申请", "新收政府信息公开申请", "本年新收的申请"],
                                ["information-disclosure applications received", "new disclosure requests received"], "count"),
    "requests.carried_over.total": (["上年结转的申请", "从上年结转过来的申请"],
                                    ["applications carried over from the previous year"], "count"),
    "requests.granted.total": (["予以公开的申请", "予以公开的件数"], ["applications granted in full"], "count"),
    "requests.partially_granted.total": (["部分公开的申请"], ["applications partially granted"], "count"),
    "requests.withheld.total": (["不予公开的申请总数", "不予公开的件数合计"],
                                ["applications refused (withheld) in total"], "count"),
    "requests.withheld.state_secret.total": (["因属于国家秘密不予公开的申请"], ["applications withheld as state secrets"], "count"),
    "requests.withheld.process_info.total": (["因属于四类过程性信息不予公开的申请"],
                                             ["applications withheld as process information"], "count"),
    "requests.withheld.admin_query.total": (["属于行政查询事项不予公开的申请"],
                                            ["applications withheld as administrative query matters"], "count"),
    "requests.unable.total": (["无法提供的申请总数"], ["applications where the information could not be provided"], "count"),
    "requests.unable.not_held.total": (["因本机关不掌握相关政府信息而无法提供的申请"],
                                       ["applications answered 'information not held'"], "count"),
    "requests.not_processed.total": (["不予处理的申请总数"], ["applications not processed"], "count"),
    "requests.not_processed.petition.total": (["作为信访举报投诉类申请不予处理的件数"],
                                              ["petition-type applications not processed"], "count"),
    "requests.other.total": (["其他处理的申请"], ["applications handled in other ways"], "count"),
    "requests.total_processed.total": (["办理结果总计", "办结的申请总数"], ["applications processed in total"], "count"),
    "requests.carried_forward.total": (["结转下年度继续办理的申请"], ["applications carried forward to the next year"], "count"),
    "requests.received.natural_person": (["自然人提出的申请", "自然人申请"], ["applications from natural persons"], "count"),
    "requests.received.legal_person": (["法人或其他组织提出的申请"],
                                       ["applications from legal persons and other organizations"], "count"),
    "requests.received.commercial": (["商业企业提出的申请"], ["applications from commercial enterprises"], "count"),
    "requests.received.legal_services": (["法律服务机构提出的申请"], ["applications from legal service institutions"], "count"),
    "requests.granted.natural_person": (["自然人申请中予以公开的件数"], ["natural-person applications granted in full"], "count"),
    "requests.unable.not_held.natural_person": (["自然人申请中因本机关不掌握而无法提供的件数"],
                                                ["natural-person applications answered 'not held'"], "count"),
    "requests.withheld.legal_person": (["法人或其他组织的申请中不予公开的件数"],
                                       ["applications from organizations that were withheld"], "count"),
    "appeals.review.total": (["行政复议案件总数", "政府信息公开行政复议总计"],
                             ["administrative reconsideration cases", "reconsideration cases in total"], "count"),
    "appeals.review.upheld": (["行政复议结果维持的案件"], ["reconsideration cases upheld"], "count"),
    "appeals.review.corrected": (["行政复议结果纠正的案件"], ["reconsideration cases where the decision was corrected"], "count"),
    "appeals.litigation_direct.total": (["未经复议直接起诉的行政诉讼"], ["lawsuits filed directly without reconsideration"], "count"),
    "appeals.litigation_after_review.total": (["复议后起诉的行政诉讼"], ["lawsuits filed after reconsideration"], "count"),
    "active.licensing.decisions": (["行政许可处理决定", "行政许可决定"], ["administrative licensing decisions"], "count"),
    "active.punishment.decisions": (["行政处罚决定"], ["administrative penalty decisions"], "count"),
    "active.coercion.decisions": (["行政强制决定"], ["administrative coercion decisions"], "count"),
    "active.normative_docs.in_force": (["现行有效的行政规范性文件"], ["normative documents currently in force"], "count"),
    "active.normative_docs.issued": (["本年制发的行政规范性文件"], ["normative documents issued this year"], "count"),
    "active.normative_docs.made": (["本年新制作的规范性文件"], ["normative documents made this year"], "count"),
    "active.regulations.published": (["本年新公开的规章"], ["regulations newly published this year"], "count"),
    "active.fees.amount": (["行政事业性收费金额", "行政事业性收费的金额（万元）"],
                           ["amount of administrative fees collected (in 10,000 yuan)"], "amount"),
    "active.procurement.amount": (["政府集中采购总金额", "政府集中采购金额（万元）"],
                                  ["centralized government procurement amount (in 10,000 yuan)"], "amount"),
    "active.procurement.projects": (["政府集中采购项目"], ["centralized procurement projects"], "count"),
}

ZH_COUNT = ["{a}{y}年{l}有多少件？", "{y}年{a}{l}是多少？", "请问{a}在{y}年度{l}有几件？",
            "{a}{y}年度报告里，{l}是多少", "{y}年度，{a}的{l}数量为多少？"]
ZH_AMOUNT = ["{a}{y}年{l}是多少？", "{y}年{a}的{l}为多少万元？", "请问{a}{y}年度{l}是多少"]
EN_COUNT = ["How many {l} did {a} report in {y}?", "In {y}, how many {l} were there at {a}?",
            "{a}, {y}: number of {l}?", "What was the number of {l} for {a} in {y}?"]
EN_AMOUNT = ["What was the {l} of {a} in {y}?", "{a}, {y}: {l}?"]


# -- gold values ----------------------------------------------------------------------------------
class Gold:
    """One report's printed facts plus the spec's derived sums; None when not knowable."""

    def __init__(self, facts: dict[str, Any], blank: list[str] | None = None):
        self.facts = facts
        self.blank = set(blank or [])

    def get(self, key: str) -> float | int | None:
        if key in self.facts:
            v = self.facts[key]
            return None if key in self.blank else v
        parts = key.split(".")
        if len(parts) == 3 and parts[0] == "requests":
            _, row, col = parts
            if col == "legal_person":
                vals = [self.get(f"requests.{row}.{c}") for c in ORG]
                return None if None in vals else sum(vals)
            subs = {"withheld": WITHHELD, "unable": UNABLE, "not_processed": NOT_PROCESSED, "other": OTHER}.get(row)
            if subs:
                vals = [self.get(f"requests.{row}.{s}.{col}") for s in subs]
                return None if None in vals else sum(vals)
        if len(parts) == 4 and parts[3] == "legal_person":
            vals = [self.get(".".join(parts[:3] + [c])) for c in ORG]
            return None if None in vals else sum(vals)
        return None


def load_reports() -> list[dict[str, Any]]:
    """Every report we hold gold for: dicts with agency, year, names, gold, source."""
    out = []
    for r in REPORTS:
        r = dict(r)
        if "gold" in r:
            g = json.loads((GOLD / r["gold"]).read_text(encoding="utf-8"))
            r["g"] = Gold(g["facts"], g.get("blank_cells"))
            r["source"] = f"gold/{r['gold']}"
        else:
            r["g"] = Gold(HAND_READ[r["id"]])
            r["source"] = f"hand-read: {r['hand']}"
        out.append(r)
    for f in json.loads(MANIFEST.read_text(encoding="utf-8"))["files"]:
        zh, en = SAMPLE_NAMES[f["agency"]]
        out.append({"id": f["file"].rsplit(".", 1)[0], "agency": f["agency"], "year": f["year"], "zh": zh, "en": en,
                    "g": Gold(f["facts"], f.get("blank_cells")), "source": f"data/samples/manifest.json:{f['file']}"})
    return out


# -- generation --------------------------------------------------------------------------------
class Builder:
    def __init__(self, seed: int = 20260501):
        self.rnd = random.Random(seed)
        self.items: list[dict[str, Any]] = []
        self.count: dict[str, int] = {}

    def add(self, kind: str, question: str, language: str, expect: dict[str, Any], **extra: Any) -> None:
        n = self.count[kind] = self.count.get(kind, 0) + 1
        exp = {"found": expect.pop("found"), "value": expect.pop("value", None)}
        exp.update({k: v for k, v in expect.items() if v is not None})
        self.items.append({"id": f"{kind}-{n:03d}", "question": question, "language": language,
                           "kind": kind, "expect": exp, **extra})

    def pick(self, seq):
        return self.rnd.choice(seq)

    def lang(self, p_zh: float = 0.6) -> str:
        return "zh" if self.rnd.random() < p_zh else "en"


def value_question(b: Builder, rep: dict, key: str, lang: str, year_text: str | None = None) -> str:
    zh, en, kind = LABELS[key]
    y = year_text if year_text is not None else str(rep["year"])
    if lang == "zh":
        return b.pick(ZH_AMOUNT if kind == "amount" else ZH_COUNT).format(a=b.pick(rep["zh"]), y=y, l=b.pick(zh))
    return b.pick(EN_AMOUNT if kind == "amount" else EN_COUNT).format(a=b.pick(rep["en"]), y=y, l=b.pick(en))


def gen_values(b: Builder, reports: list[dict]) -> None:
    for rep in reports:
        keys = [k for k in LABELS if rep["g"].get(k) is not None]
        n = 6 if rep["source"].startswith("hand-read") else 12
        for key in b.rnd.sample(keys, min(n, len(keys))):
            lang = b.lang()
            b.add("value", value_question(b, rep, key, lang), lang,
                  {"found": True, "value": rep["g"].get(key), "agency": rep["agency"], "year": rep["year"]},
                  key=key, source=rep["source"])


SUMS = [
    (("requests.granted.total", "requests.partially_granted.total"),
     ["{a}{y}年予以公开和部分公开的申请一共多少件？", "{y}年{a}予以公开加上部分公开合计多少件"],
     ["How many applications did {a} grant fully or partially in {y}, in total?"]),
    (("requests.received.total", "requests.carried_over.total"),
     ["{a}{y}年新收申请和上年结转申请合计多少件？"],
     ["In {y}, what is the sum of new applications and applications carried over at {a}?"]),
    (("appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"),
     ["{a}{y}年行政复议和行政诉讼案件加起来一共多少件？"],
     ["How many reconsideration and litigation cases did {a} have altogether in {y}?"]),
    (("active.licensing.decisions", "active.punishment.decisions"),
     ["{a}{y}年行政许可和行政处罚决定合计多少？"],
     ["Total of administrative licensing and penalty decisions at {a} in {y}?"]),
    (("requests.received.natural_person", "requests.received.commercial"),
     ["{a}{y}年自然人和商业企业提出的申请合计多少件？"],
     ["{a}, {y}: applications from natural persons plus commercial enterprises?"]),
]


def gen_sums(b: Builder, reports: list[dict]) -> None:
    for keys, zh, en in SUMS:
        for rep in reports:
            vals = [rep["g"].get(k) for k in keys]
            if None in vals or b.rnd.random() < 0.45:
                continue
            lang = b.lang(0.55)
            tpl = b.pick(zh if lang == "zh" else en)
            a = b.pick(rep["zh"] if lang == "zh" else rep["en"])
            b.add("sum", tpl.format(a=a, y=rep["year"]), lang,
                  {"found": True, "value": round(sum(vals), 4), "agency": rep["agency"], "year": rep["year"]},
                  keys=list(keys), source=rep["source"])


DIFF_KEYS = ["requests.received.total", "requests.granted.total", "requests.carried_over.total",
             "appeals.review.total", "active.licensing.decisions", "requests.unable.not_held.total",
             "requests.total_processed.total"]
DIFF_ZH = ["{a}{y2}年{l}比{y1}年增加了多少？", "{a}从{y1}年到{y2}年{l}变化了多少件？",
           "{y2}年与{y1}年相比，{a}的{l}相差多少？"]
DIFF_EN = ["By how much did {a}'s {l} change from {y1} to {y2}?",
           "What is the change in {l} at {a} between {y1} and {y2}?"]
DIFF_PREV_ZH = ["{a}{y2}年{l}比上年增加了多少？", "{a}{y2}年{l}同比变化多少？"]
DIFF_PREV_EN = ["How did {a}'s {l} in {y2} compare with the previous year (change)?"]


def gen_differences(b: Builder, reports: list[dict]) -> None:
    by_agency: dict[str, list[dict]] = {}
    for r in reports:
        by_agency.setdefault(r["agency"], []).append(r)
    for agency, reps in by_agency.items():
        reps.sort(key=lambda r: r["year"])
        for r1, r2 in zip(reps, reps[1:]):
            keys = [k for k in DIFF_KEYS if r1["g"].get(k) is not None and r2["g"].get(k) is not None]
            for key in b.rnd.sample(keys, min(3, len(keys))):
                lang = b.lang(0.6)
                zh, en, _ = LABELS[key]
                consecutive = r2["year"] == r1["year"] + 1
                if lang == "zh":
                    tpl = b.pick(DIFF_PREV_ZH if consecutive and b.rnd.random() < 0.35 else DIFF_ZH)
                    q = tpl.format(a=b.pick(r2["zh"]), y1=r1["year"], y2=r2["year"], l=b.pick(zh))
                else:
                    tpl = b.pick(DIFF_PREV_EN if consecutive and b.rnd.random() < 0.3 else DIFF_EN)
                    q = tpl.format(a=b.pick(r2["en"]), y1=r1["year"], y2=r2["year"], l=b.pick(en))
                diff = r2["g"].get(key) - r1["g"].get(key)
                b.add("difference", q, lang,
                      {"found": True, "value": round(diff, 4), "agency": agency, "year": [r1["year"], r2["year"]]},
                      key=key, source=f"{r1['source']} ; {r2['source']}",
                      note="value = later year minus earlier year")


RANK_ZH = {
    "max": ["哪个单位{y}年{l}最多？", "{y}年哪家机关{l}最多？"],
    "min": ["{y}年哪个单位{l}最少？"],
}
RANK_EN = {
    "max": ["Which body had the most {l} in {y}?", "In {y}, which agency reported the highest number of {l}?"],
    "min": ["Which agency had the fewest {l} in {y}?"],
}


def gen_rankings(b: Builder, reports: list[dict]) -> None:
    """Gold: the extreme over the primary facts of every report held for that year (all
    reports of a year must have the value, else the question is skipped; ties are skipped)."""
    years = sorted({r["year"] for r in reports})
    for year in years:
        reps = [r for r in reports if r["year"] == year]
        if len(reps) < 2:
            continue
        for key in ["requests.received.total", "requests.granted.total", "appeals.review.total",
                    "requests.carried_over.total"]:
            vals = [(r["g"].get(key), r) for r in reps]
            if any(v is None for v, _ in vals):
                continue
            for mode in ("max", "min"):
                best = (max if mode == "max" else min)(v for v, _ in vals)
                winners = [r for v, r in vals if v == best]
                if len(winners) > 1:
                    continue
                if mode == "min" and key != "requests.received.total":
                    continue
                lang = b.lang(0.6)
                zh, en, _ = LABELS[key]
                tpl = b.pick((RANK_ZH if lang == "zh" else RANK_EN)[mode])
                q = tpl.format(y=year, l=b.pick(zh if lang == "zh" else en))
                b.add("ranking", q, lang,
                      {"found": True, "value": best, "agency": winners[0]["agency"], "year": year},
                      key=key, source="; ".join(sorted({r["source"] for r in reps})),
                      note=f"over {len(reps)} reports of {year}: "
                      + ", ".join(f"{r['agency']}={v}" for v, r in sorted(vals, key=lambda x: -x[0])))


def gen_relative(b: Builder, reports: list[dict]) -> None:
    """Relative years: 今年/最新 = the newest report of that agency, 去年 = newest − 1,
    前年 = newest − 2 (vocab/lexicon.py YEAR_TERMS); no year at all = the newest report."""
    by_agency: dict[str, dict[int, dict]] = {}
    for r in reports:
        by_agency.setdefault(r["agency"], {})[r["year"]] = r
    plans = [
        ("淮安市洪泽区人民政府", -1, "requests.received.total", "zh", "{a}去年收到多少政府信息公开申请？"),
        ("淮安市洪泽区人民政府", 0, "requests.received.total", "zh", "{a}最新一年收到多少申请？"),
        ("淮安市洪泽区人民政府", None, "requests.granted.total", "zh", "{a}予以公开了多少件申请？"),
        ("淮安市洪泽区人民政府", -1, "appeals.review.upheld", "en", "How many reconsideration cases were upheld at Hongze last year?"),
        ("洛阳市河西区人民政府办公室", -1, "requests.received.total", "zh", "河西区去年收到多少件申请？"),
        ("洛阳市河西区人民政府办公室", -2, "requests.received.total", "zh", "河西区前年新收了多少申请？"),
        ("洛阳市河西区人民政府办公室", 0, "requests.granted.total", "en", "How many applications did Hexi District grant in full in its latest report?"),
        ("淮安市教育局", -1, "requests.received.total", "en", "How many applications did the Huai'an Education Bureau receive last year?"),
        ("淮安市教育局", None, "requests.received.total", "zh", "淮安市教育局收到了多少申请？"),
        ("赣州市青山县人民政府", -1, "requests.received.total", "zh", "青山县去年收到了几件政府信息公开申请？"),
        ("上海市人民政府办公厅", 0, "requests.received.total", "zh", "上海市政府办公厅最新一年受理了多少申请？"),
        ("上海市人民政府办公厅", None, "requests.carried_over.total", "en", "How many applications did the Shanghai government general office carry over from the previous year?"),
    ]
    for agency, offset, key, lang, q in plans:
        held = by_agency[agency]
        newest = max(held)
        year = newest if offset is None else newest + offset
        rep = held[year]
        v = rep["g"].get(key)
        assert v is not None, (agency, year, key)
        if "{a}" in q:
            q = q.format(a=b.pick(rep["zh"] if lang == "zh" else rep["en"]))
        b.add("value", q, lang, {"found": True, "value": v, "agency": agency, "year": year},
              key=key, source=rep["source"], note="relative year" if offset is not None else "no year: newest report")


# -- hand-written questions -----------------------------------------------------------------------
def E(found: bool, agency: str | None = None, year: int | None = None, **kw) -> dict[str, Any]:
    return {"found": found, "value": None, "agency": agency, "year": year, **kw}


JX, HA, HZ, SY = "涧西区人民政府办公室", "淮安市人民政府", "淮安市洪泽区人民政府", "沭阳县人民政府"
SH, KW, HX, JY, QS = "上海市人民政府办公厅", "上海市科学技术委员会", "洛阳市河西区人民政府办公室", "淮安市教育局", "赣州市青山县人民政府"

TABLES = [
    ("show 涧西区's application table", "en", E(True, JX, 2020)),
    ("给我看涧西区2020年收到和处理政府信息公开申请情况表", "zh", E(True, JX, 2020)),
    ("淮安市政府2024年的依申请公开统计表", "zh", E(True, HA, 2024)),
    ("Show the proactive disclosure table of the Huai'an municipal government for 2024", "en", E(True, HA, 2024)),
    ("列出洪泽区2023年行政复议、行政诉讼情况表", "zh", E(True, HZ, 2023)),
    ("Show me Hongze's 2024 application table", "en", E(True, HZ, 2024)),
    ("沭阳县2025年年报的表格", "zh", E(True, SY, 2025)),
    ("上海市政府办公厅2019年的主动公开政府信息情况表", "zh", E(True, SH, 2019)),
    ("显示淮安市教育局2023年的申请情况表", "zh", E(True, JY, 2023)),
    ("Show the tables of Qingshan County's 2024 report", "en", E(True, QS, 2024)),
    ("河西区2021年政府信息公开申请表", "zh", E(True, HX, 2021)),
]

NO_FAIL = ["不通过：", "failed:"]
CHECKS = [
    ("淮安2024年的数据是否一致", "zh", E(True, HA, 2024, not_contains=NO_FAIL)),
    ("Are the figures of the Huai'an municipal government's 2024 report consistent?", "en", E(True, HA, 2024, not_contains=NO_FAIL)),
    ("洪泽区2023年报告的数字核对得上吗？", "zh", E(True, HZ, 2023, contains=["appeals:review", "appeals:litigation_after_review"])),
    ("Do the numbers in Hongze's 2023 report add up?", "en", E(True, HZ, 2023, contains=["appeals:review"])),
    ("上海市政府办公厅2019年报表有没有不一致的地方？", "zh", E(True, SH, 2019, contains=["granted"])),
    ("Check the 2019 report of the Shanghai government general office for inconsistencies", "en", E(True, SH, 2019, contains=["granted"])),
    ("涧西区2020年的数据是否一致？", "zh", E(True, JX, 2020, not_contains=NO_FAIL)),
    ("沭阳县2025年报告的数据有没有矛盾", "zh", E(True, SY, 2025, not_contains=NO_FAIL)),
    ("Is Shuyang County's 2025 report internally consistent?", "en", E(True, SY, 2025, not_contains=NO_FAIL)),
    ("核对一下洪泽区2024年的数据", "zh", E(True, HZ, 2024)),
    ("淮安市教育局2024年的数据是否一致", "zh", E(True, JY, 2024)),
]

PASSAGES = [
    ("涧西区存在哪些主要问题？", "zh", E(True, JX, 2020, section=5)),
    ("2020年涧西区如何推进重点领域信息公开", "zh", E(True, JX, 2020, section=1)),
    ("涧西区2020年在政策解读方面做了什么？", "zh", E(True, JX, 2020, section=1)),
    ("What were the main problems of the Jianxi District government office in 2020?", "en", E(True, JX, 2020, section=5)),
    ("How did Jianxi District promote disclosure in key areas in 2020?", "en", E(True, JX, 2020, section=1)),
    ("淮安市政府2024年工作中存在哪些不足？", "zh", E(True, HA, 2024, section=5)),
    ("淮安市政府下一步如何加强政务公开队伍建设？", "zh", E(True, HA, 2024, section=5)),
    ("淮安市政府2024年政府信息管理情况如何", "zh", E(True, HA, 2024, section=1)),
    ("淮安市政府2024年收取了多少信息处理费？", "zh", E(True, HA, 2024, section=6, contains=["3940"])),
    ("What problems did the Huai'an municipal government identify in its 2024 report?", "en", E(True, HA, 2024, section=5)),
    ("洪泽区2023年政务公开存在哪些不足？", "zh", E(True, HZ, 2023, section=5)),
    ("洪泽区2024年存在的主要问题及改进措施", "zh", E(True, HZ, 2024, section=5)),
    ("洪泽区2024年如何加强政务新媒体管理？", "zh", E(True, HZ, 2024, section=1)),
    ("What shortcomings did Hongze District report for 2023?", "en", E(True, HZ, 2023, section=5)),
    ("沭阳县存在哪些主要问题，如何改进？", "zh", E(True, SY, 2025, section=5)),
    ("沭阳县2025年收取了多少信息处理费", "zh", E(True, SY, 2025, section=6, contains=["380"])),
    ("沭阳县如何建设政务公开平台？", "zh", E(True, SY, 2025, section=1)),
    ("What problems did Shuyang County report?", "en", E(True, SY, 2025, section=5)),
    ("上海市政府办公厅2019年存在的主要问题", "zh", E(True, SH, 2019, section=5)),
    ("上海市政府办公厅2019年的改进措施有哪些？", "zh", E(True, SH, 2019, section=5)),
    ("上海市政府办公厅2025年存在哪些主要问题？", "zh", E(True, SH, 2025, section=5),),
    ("How did the Shanghai government general office build its disclosure platforms in 2025?", "en", E(True, SH, 2025, section=1)),
    ("青山县2023年存在哪些不足？", "zh", E(True, QS, 2023, section=5)),
    ("淮安市教育局2024年存在的主要问题是什么", "zh", E(True, JY, 2024, section=5)),
    ("河西区2021年主要问题及改进情况", "zh", E(True, HX, 2021, section=5)),
]
PASSAGE_NOTES = {
    "上海市政府办公厅2025年存在哪些主要问题？":
        "008 prints no '五、' heading: its section 五 starts at '（一）2024 年工作中存在问题的改进情况'",
}

UNANSWERABLE = [
    # agencies not held
    ("北京市人民政府2024年收到多少政府信息公开申请？", "zh", "agency not held"),
    ("南京市鼓楼区2023年予以公开多少件？", "zh", "agency not held"),
    ("How many applications did the Hangzhou municipal government receive in 2024?", "en", "agency not held"),
    ("杭州市西湖区去年的行政复议案件有多少？", "zh", "agency not held"),
    ("What was the number of lawsuits at the Guangdong provincial government in 2023?", "en", "agency not held"),
    ("洛阳市人民政府2020年收到多少申请", "zh", "agency not held (only 涧西区/河西区 offices of 洛阳)"),
    # years not held
    ("涧西区2021年收到多少政府信息公开申请？", "zh", "year not held (涧西区: 2020)"),
    ("淮安市政府2019年予以公开了多少件？", "zh", "year not held (淮安市人民政府: 2024)"),
    ("How many applications did Hongze District receive in 2022?", "en", "year not held (洪泽区: 2023, 2024)"),
    ("沭阳县2024年行政复议案件总数是多少？", "zh", "year not held (沭阳县: 2025)"),
    ("上海市政府办公厅2022年收到多少申请？", "zh", "year not held (上海办公厅: 2019, 2025)"),
    ("What were Qingshan County's administrative licensing decisions in 2021?", "en", "year not held (青山县: 2023, 2024)"),
    ("淮安市教育局2021年不予公开多少件？", "zh", "year not held (教育局: 2022–2024)"),
    ("涧西区去年收到多少申请？", "zh", "relative year not held (涧西区 newest 2020, 去年 = 2019)"),
    ("洪泽区2023年与2022年相比收到的申请增加了多少？", "zh", "difference with a year not held"),
    # quantities no report has
    ("淮安市2024年GDP是多少？", "zh", "quantity not in the reports"),
    ("涧西区有多少名政务公开工作人员？", "zh", "quantity not in the reports"),
    ("What was Shuyang County's fiscal revenue in 2025?", "en", "quantity not in the reports"),
    ("沭阳县2025年常住人口有多少？", "zh", "quantity not in the reports"),
    ("How many staff work on information disclosure at the Huai'an municipal government?", "en", "quantity not in the reports"),
    ("洪泽区2024年政务公开工作经费是多少万元？", "zh", "quantity not in the reports"),
    ("上海市政府办公厅2019年的财政预算是多少？", "zh", "quantity not in the reports"),
    ("How many civil servants did Hongze District employ in 2023?", "en", "quantity not in the reports"),
    ("青山县2024年的平均答复天数是多少？", "zh", "quantity not in the reports"),
    ("淮安市教育局2023年有多少所学校？", "zh", "quantity not in the reports"),
]

SMOKE = {
    "value": 10, "sum": 2, "difference": 3, "ranking": 3, "table": 2, "check": 3, "passage": 3, "unanswerable": 6,
}


def gen_handwritten(b: Builder) -> None:
    for q, lang, exp in TABLES:
        b.add("table", q, lang, dict(exp), expect_operation="table")
    for q, lang, exp in CHECKS:
        b.add("check", q, lang, dict(exp), expect_operation="check")
    for q, lang, exp in PASSAGES:
        extra = {"note": PASSAGE_NOTES[q]} if q in PASSAGE_NOTES else {}
        b.add("passage", q, lang, dict(exp), **extra)
    for q, lang, why in UNANSWERABLE:
        b.add("unanswerable", q, lang, {"found": False, "value": None}, note=why)


def mark_smoke(items: list[dict]) -> None:
    """A small subset covering every kind, for tests/test_eval.py: questions whose gold comes
    from a gold file or the samples' manifest (never hand-read), spread over the reports."""
    rnd = random.Random(7)
    for kind, n in SMOKE.items():
        pool = [q for q in items if q["kind"] == kind and "hand-read" not in str(q.get("source", ""))
                and not (kind == "passage" and "note" in q)]
        for q in rnd.sample(pool, min(n, len(pool))):
            q["tags"] = ["smoke"]


def build() -> list[dict[str, Any]]:
    b = Builder()
    reports = load_reports()
    gen_values(b, reports)
    gen_relative(b, reports)
    gen_sums(b, reports)
    gen_differences(b, reports)
    gen_rankings(b, reports)
    gen_handwritten(b)
    mark_smoke(b.items)
    return b.items


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as f:
        for q in items:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for q in items:
        counts[q["kind"]] = counts.get(q["kind"], 0) + 1
    langs = sum(q["language"] == "zh" for q in items)
    print(f"wrote {len(items)} questions to {OUT.relative_to(ROOT)}: {counts}; zh {langs}, en {len(items) - langs}; "
          f"smoke {sum('smoke' in q.get('tags', []) for q in items)}")


if __name__ == "__main__":
    main()
