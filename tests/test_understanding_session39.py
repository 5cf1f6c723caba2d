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
    # pool 32's tests, read after their score: who the experts of one review were; requests about one subject
    ['我2024年给上海市科委要过一个项目的评审意见，说是过程性信息不给。那次评审的专家都有谁？'],
    ['2024年上海市科委收到的申请中，问科研经费的有几件？'],
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
    # a check of the table's arithmetic with one cell asked ("填的是几", "what is the … total?"): that cell
    (['对一下勾稽关系：涧西区政府办2020年新收17件、上年结转0件、办结15件，表里“结转下年度继续办理”填的是几？'],
     ['requests.carried_forward.total'], 2),
    (["For the Shanghai General Office's 2025 balance check (new + carried over = handled + carried forward), what is the "
      "结转下年度继续办理 total?"], ['requests.carried_forward.total'], 293),
    # the table's own rule stated before the cell asked: its terms are not added
    (['上海市府办2025年：新收1295件加上年结转189件，应该等于办结数加结转下年度数。结转下年度那一格印的是多少？'],
     ['requests.carried_forward.total'], 293),
    # what the text states (and the asker's doubt of it) before the table's cell; table 三's rows by their order
    (['沭阳县2025年报正文写“共受理749件”，我怀疑这里面含了上年结转。表三“本年新收”那一行的总计实际印的是几？'],
     ['requests.received.total'], 713),
    (['市科委2024年正文说全年收到了若干件申请，表三第一行的总计列是多少？'], ['requests.received.total'], 34),
    # the new ones only, after a figure holding the carried-over ones
    (['沭阳县2025年一共办理了多少件申请？', '这个数里有2024年遗留下来的吧？只看2025年新收的是多少？'], ['requests.received.total'], 713),
    (['How many applications did Shuyang County take on in 2025, counting the ones carried over from 2024?',
      'That includes the carry-overs, right? Give me only the brand-new 2025 ones.'], ['requests.received.total'], 713),
    # the five organisation columns added: their own printed sum
    (['淮安2024年“法人或其他组织”名下五列的新收申请，合起来是多少？'], ['requests.received.legal_person'], 118),
    # which figure is wanted, said after the question ("the table figure pls, not the small processing fee")
    (['how much did Shuyang county bring in as administrative fees during 2025? the table figure pls, not the small processing fee'],
     ['active.fees.amount'], 4068.208),
    (['涧西区政府办2020年正文里说的“办结”件数，在表三里对应（七）总计，那一格是多少？'], ['requests.total_processed.total'], 15),
    # read sets' misses (earlier pools, read): that year's report "上写的"; "两种情况合计"; after review "经过复议又起诉";
    # the petition row's words listed; every result but full disclosure; "not simply stand - corrected plus 'other'"
    (['洪泽区2024年行政事业性收费金额是多少？', '2023年那份年报上写的是多少？'], ['active.fees.amount'], 7730.28),
    (['沭阳县2025年因为\'本机关不掌握相关政府信息\'而无法提供的有多少件？', '需要另外制作、手头没有现成信息的那种有几件？', '两种情况合计多少？'],
     ['requests.unable.not_held.total', 'requests.unable.needs_creation.total'], 113),
    (['洪泽区政府2023年经过复议又起诉的案子中，法院判结果维持的有几件？'], ['appeals.litigation_after_review.upheld'], 5),
    (['淮安市二〇二四年的信息公开申请中，被认定为信访、举报、投诉而不予处理的一共几件？'], ['requests.not_processed.petition.total'], 62),
    (['沭阳县2025年的办理结果里，凡是没有被全部公开的（部分公开也算在内）加起来有多少件？'],
     ['requests.partially_granted.total', 'requests.withheld.total', 'requests.unable.total', 'requests.not_processed.total',
      'requests.other.total'], 424),
    (["Shuyang 2025: lump together every outcome that wasn't a full release. How many requests is that?"],
     ['requests.partially_granted.total', 'requests.withheld.total', 'requests.unable.total', 'requests.not_processed.total',
      'requests.other.total'], 424),
    (["Shuyang 2025: in how many reconsideration cases did the government's decision not simply stand - corrected plus "
      "'other' outcomes?"], ['appeals.review.corrected', 'appeals.review.other'], 19),
    (['淮安2024行政复议里已经有结果的（维持、纠正、其他）加起来多少'],
     ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.other'], 314),
    (['沭阳县2025年 给了全部或部分信息的 合计几件'], ['requests.granted.total', 'requests.partially_granted.total'], 395),
    (['沭阳县2025年 各种原因没能提供信息的 加一起几件'], ['requests.unable.total'], 113),
    (['淮安2024 直接起诉的和复议后起诉的 诉讼一共多少件（表里两块加起来）'],
     ['appeals.litigation_direct.total', 'appeals.litigation_after_review.total'], 46),
    (['In 2025, how often did Shuyang refuse disclosure because the information was internal administrative affairs?'],
     ['requests.withheld.internal_affairs.total'], 13),
    (["Huai'an 2024: applications where only some of the info was handed over"], ['requests.partially_granted.total'], 454),
    (['淮安市2024年 信息处理费超期未缴的几件'], ['requests.other.overdue_fee.total'], 6),
    (['淮安市二〇二四年 有人没啥正当理由一个劲儿大批量申请 被不予处理的 几件'], ['requests.not_processed.excessive.total'], 0),
    (['做一个关于保密审查的小课题，需要洪泽区的数据：洪泽区2023年因为属于国家秘密不予公开的有几件'],
     ['requests.withheld.state_secret.total'], 1),
    (["Huai'an 2024: how many requests weren't handled because the applicant just wanted confirmation of published info?"],
     ['requests.not_processed.reconfirm.total'], 1),
    (["Huai'an 2024: number of requests from social-welfare / public-interest organisations"],
     ['requests.received.public_interest'], 0),
    # table 三's own rule, its rows by their numbers
    (['按表三左上角写的勾稽关系，淮安市2024年“第三项加第四项之和”应该是多少？'],
     ['requests.total_processed.total', 'requests.carried_forward.total'], 3153),
    (['表三左上角写着“第一项加第二项之和等于第三项加第四项之和”。淮安市2024年那个“第四项”的数字是多少？'],
     ['requests.carried_forward.total'], 103),
    (["Shuyang 2025, applying the table's own rule: row 3 total plus row 4 total comes to what?"],
     ['requests.total_processed.total', 'requests.carried_forward.total'], 749),
    (['洪泽2023年的申请里头，政府说这信息我们没有、所以提供不了的，有几件？'], ['requests.unable.not_held.total'], 10),
    (['上海市府办2019年被申请行政复议几件', '搞错年份了，我要看2025年报告里的'], ['appeals.review.total'], 55),
    (['Total requests processed by Shuyang County in 2025?',
      'Does that include the ones still open at year end? How many were left open?'], ['requests.carried_forward.total'], 31),
    # the asker's own memory of the figure, said after the question: checked, the figure given
    (['上海市府办2025年上一年结转的申请有几件？我记得好像是189？'], ['requests.carried_over.total'], 189),
    # the pause before a correction ("Hang on, I meant everyone - the total including companies.")
    (['How many new requests did individuals send the Shanghai science commission in 2024?',
      'Hang on, I meant everyone - the total including companies.'], ['requests.received.total'], 34),
    # pool 32's tests, read after their score: "后一年多了几件" (the later of the two years discussed), a check whether a
    # figure holds a part is no sum, "compare: what was it in 2023" (that year's figure), "（企业 科研 公益 律所 其他）加一块"
    (['洪泽区2023年新制发了几件行政规范性文件？', '二〇二四年呢？', '后一年多了几件'], ['active.normative_docs.issued'], 3),
    (["How many requests did Huai'an fully grant to legal service institutions in 2024?", "And to 'other' organisations?",
      "Is the 1362 full grants figure including those? What's the individuals' share of it?"], ['requests.granted.natural_person'], 1288),
    (['淮安市政府2024年新收申请里 法人或其他组织（企业 科研 公益 律所 其他）加一块是多少'],
     ['requests.received.commercial', 'requests.received.research', 'requests.received.public_interest',
      'requests.received.legal_services', 'requests.received.other_org'], 118),
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
