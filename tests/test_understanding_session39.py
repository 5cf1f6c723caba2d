"""Reading classes of the thirty-ninth session (2026-12-06): pool 32's dev parts — their wordings or the team's
variants of them — asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _no_number(rec: dict) -> bool:
    """No value and no cell offered."""
    return rec["value"] is None and not rec.get("clarify")


@pytest.mark.parametrize("turns", [
    # what was held back of a partly disclosed document: never printed, only how many were partly granted
    ['How many requests did Hongze District handle in total in 2023 (table total)?', 'How many of those got partial disclosure?',
     'What was redacted in those partial disclosures?'],
    ["What information was withheld from Hongze's 4 partial disclosures in 2023?"],
    ['洪泽区2023年部分公开的有几件', '删去了哪些内容'],
    # a table 二 count split by whom it concerned
    ["How were Hongze District's 2023 administrative penalty decisions split between individuals and companies?"],
    ['洪泽区2023年的行政处罚决定，个人和企业各多少件'],
    # requests counted in words no rule reads: the text's numbers near its other words count something else
    ["Huai'an city government, 2024 — how many applicants got the documents back with some things missing?"],
    # "the following year" with no year discussed: no year is read from it
    ['How many requests did Hongze receive the following year?'],
])
def test_not_in_the_reports_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # what those procurement projects cost: the amount (a follow-up naming no procurement word)
    (['How many centralized procurement projects did the Shanghai General Office list for 2019?',
      'And what did those projects cost?'], ['active.procurement.amount'], 25.1),
    # "new regulations … publish": newly published (2019 template), "new" only its adjective
    (['How many centralized procurement projects did the Shanghai General Office list for 2019?',
      'How many new regulations did it publish that year?'], ['active.regulations.published'], 13),
    (['How many regulations did the Shanghai General Office publish in 2019?'], ['active.regulations.published'], 13),
    # "Total lawsuits" after each kind: both kinds added
    (['How many lawsuits after reconsideration did Shuyang have in 2025?', 'And lawsuits without reconsideration?',
      'Total lawsuits, then?'], ['appeals.litigation_after_review.total', 'appeals.litigation_direct.total'], 13),
    (['How many lawsuits after reconsideration did Shuyang have in 2025?', 'And total lawsuits?'],
     ['appeals.litigation_after_review.total', 'appeals.litigation_direct.total'], 13),
    # "a year later": the year after the one discussed, written out or not
    (['Hongze 2023 -- normative documents currently in force?', 'And a year later, in 2024?'], ['active.normative_docs.in_force'], 8),
    (['Hongze 2023 -- normative documents currently in force?', 'And a year later?'], ['active.normative_docs.in_force'], 8),
    (['洪泽区2023年现行有效的规范性文件几件', '后一年呢'], ['active.normative_docs.in_force'], 8),
    # the year's own figure asked, a comparison beside it: the figure, the change said with it
    (['洪泽区2023年行政处罚决定多少个', '24年的又是多少 对比一下'], ['active.punishment.decisions'], 2776),
    # documents back "with some parts held back": partly granted
    (["Huai'an city government, 2024 — how many applicants got the documents back with some parts held back?"],
     ['requests.partially_granted.total'], 454),
    # who sent the asker ("单位让我统计一下"): not the column of organisations
    (['单位让我统计一下：淮安 2024 属于信访举报投诉类的申请 有多少件 麻烦啦'], ['requests.not_processed.petition.total'], 62),
    # "all outcomes" beside a lawsuit kind: that kind's whole, not the requests handled
    (["In Hongze's 2023 report, how many reconsiderations ended with the decision corrected?",
      'How many lawsuits after reconsideration ended with the decision upheld?', 'And direct lawsuits, all outcomes?'],
     ['appeals.litigation_direct.total'], 0),
    # whether the outcomes add up, and the printed total asked by name: the count, its checks beside it
    (["Do Huai'an's 2024 reconsideration outcomes add up? What is the printed total for reconsideration cases?"],
     ['appeals.review.total'], 351),
    # "Plus … of both kinds — what's the total …?": every one named added to the figure just given
    (["How many disclosure reconsideration cases did Huai'an still have pending at the end of 2024?",
      "Plus the pending lawsuits of both kinds — what's the total pending?"],
     ['appeals.review.pending', 'appeals.litigation_direct.pending', 'appeals.litigation_after_review.pending'], 44),
    # who filed the requests just asked ("the ones filed by individuals"): that row's column, not the requests received
    (["Huai'an, 2024 — how many requests did the city not process because they were petitions or complaints?",
      'Sorry, I meant only the ones filed by individuals.'], ['requests.not_processed.petition.natural_person'], 56),
    # one carry row corrected to the other: the column just asked kept
    (['Shuyang 2025 - carried-over requests from individuals?', 'Sorry, I meant the ones carried forward into 2026.'],
     ['requests.carried_forward.natural_person'], 31),
    # pool 33's dev parts: "没先申请复议、直接去法院起诉"; decided cases (every outcome but pending)
    (['沭阳县2025年没先申请复议、直接去法院起诉的信息公开案件有几件？'], ['appeals.litigation_direct.total'], 3),
    (["How many of Shuyang's 2025 reconsiderations were already decided?"],
     ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.other'], 46),
    (['沭阳2025年信息公开行政复议一共几件？', '这包括还没审结的吗？去掉没审完的，已经出结果的有多少？'],
     ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.other'], 46),
    (["How many of Shuyang's 2025 reconsiderations were not yet decided?"], ['appeals.review.pending'], 15),
    # the figure just given with the ones named added
    (["How many new disclosure requests did Huai'an receive in 2024?",
      "Does that include the ones carried over from 2023? If not, what's the figure with them?"],
     ['requests.received.total', 'requests.carried_over.total'], 3153),
    # a correction said as what the asker "really wanted to see"
    (['沭阳县2025年行政事业性收费金额是多少？', '搞错了，我其实想看淮安市2024年的'], ['active.fees.amount'], 96171.6),
    # "the remaining 'other' line" after the two named sub-items of 其他处理
    (["Huai'an 2024: requests dropped because the applicant never supplied the corrections asked for in time?",
      "And those dropped because the fee wasn't paid on time?", "What about the remaining 'other' line?"],
     ['requests.other.other.total'], 110),
    # "wow and 2024??": a word of surprise before the year
    (['hongze 2023 licensing decisions (行政许可)?', 'wow and 2024??'], ['active.licensing.decisions'], 9487),
    # an aside on a neighbouring column after the question
    (["Huaian 2024 reconsiderations that ended with 'other result' (其他结果) — how many? the corrected ones are a different column i think"],
     ['appeals.review.other'], 178),
    # the printed total asked ("印出来的数字"), though the row's parts add up to more
    (['洪泽区2023年表四行政复议维持10件、纠正1件，但“总计”那一栏印出来的数字是多少？'], ['appeals.review.total'], 0),
    # "dealt with during the year" plus "rolled into 2020", of individuals
    (["Shanghai General Office 2019: individuals' requests dealt with during the year plus those rolled into 2020 — combined?"],
     ['requests.total_processed.natural_person', 'requests.carried_forward.natural_person'], 839),
    # four organisation columns named "and the rest": the fifth with them
    (["In 2024, how many new applications did Huai'an receive from organisations of any type — companies, research bodies, "
      "NGOs, law firms and the rest combined?"],
     ['requests.received.commercial', 'requests.received.research', 'requests.received.public_interest',
      'requests.received.legal_services', 'requests.received.other_org'], 118),
    # the figure just given checked for a part, that part counted ("of that kind", "from those alone")
    (['In 2023 how many Hongze requests were refused disclosure?', 'Does that include process information? How many of that kind?'],
     ['requests.withheld.process_info.total'], 1),
    (["Huai'an 2024: how many new requests came from organisations rather than individuals?",
      'Does that count legal service institutions? How many came from those alone?'], ['requests.received.legal_services'], 61),
    # "How many more were refused because …": others counted by their reason, not a difference between years
    (['How many requests could the Shanghai General Office not meet in 2025 because it didn\'t hold the information?',
      'Is that all of \'unable to provide\'? How many more were refused because the info would have to be newly made?'],
     ['requests.unable.needs_creation.total'], 48),
    # the thing checked added to the figure just given ("没包括的话，加上部分公开一共多少")
    (['涧西区政府办2020年予以公开的申请是多少件？', '这个数包括部分公开吗？没包括的话，加上部分公开一共多少'],
     ['requests.granted.total', 'requests.partially_granted.total'], 13),
    # the handled total "including the carried-over ones": what it holds by itself
    (['How many requests did the science commission receive in 2024?', 'How many of those came from individuals?',
      'And the total handled that year, including the carried-over ones?'], ['requests.total_processed.total'], 35),
    # "lawsuits filed after a reconsideration had already been decided": the suits after review, all outcomes — not
    # the decided ones; "of the cases already decided, how many were not upheld": the others
    (['How many lawsuits were filed against Shuyang county in 2025 after a reconsideration had already been decided'],
     ['appeals.litigation_after_review.total'], 10),
    (['Shuyang 2025: of the reconsideration cases already decided, how many did not end with the original reply upheld?'],
     ['appeals.review.corrected', 'appeals.review.other'], 19),
])
def test_cells_read_session39(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_a_year_later_is_said(svc):
    """The relative year is said in the answer ("a year later = 2024 (the year after 2023)")."""
    rec = ask_conversation(svc, 'Hongze 2023 -- normative documents currently in force?', 'And the year after that?')
    assert rec["value"] == 8 and "2024" in rec["answer"][:80], rec["answer"][:300]


def test_left_to_finish_in_the_following_year_is_carried_forward(svc):
    """"who left the fewest requests to finish in the following year": the carry row ranked, not a year."""
    rec = ask_conversation(svc, 'Of Shuyang (2025), Shanghai General Office (2019) and Jianxi District (2020), who left the '
                                'fewest requests to finish in the following year?')
    assert rec["value"] == "涧西区人民政府办公室" or "涧西区人民政府办公室" in rec["answer"][:120], rec["answer"][:300]
    assert fact_keys(rec) == {"requests.carried_forward.total"}, rec["answer"][:300]


def test_later_minus_earlier_is_the_two_years_discussed(svc):
    """"后一年减前一年": the later of the two years discussed against the earlier, not the year after them."""
    rec = ask_conversation(svc, '上海市政府办公厅2019年新收的信息公开申请有多少件', '它2025年的年报里这个数变成多少了？', '后一年减前一年，差多少件')
    assert rec["value"] == 436, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # an account named in Chinese inside an English question ("上海发布"): one name, not the words 上海 and 发布; "2nd" an
    # ordinal, no word asked
    (["During the 2nd import expo, how many short videos did 上海发布 post on Douyin? it's in the Shanghai General Office 2019 "
      "report somewhere"], 41),
])
def test_text_numbers_session39(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]
