"""Reading classes of the thirty-fourth session (2026-12-05): the kind reader refitted with pools 12–26 (the answers
its refit would have lost, kept by the veto's own structure), pool 27's dev parts and pool 26's tests (read since the
thirty-third session) — the wordings or the team's variants of them — asked of the real engine over the real corpus
reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, keys, value", [
    # a correction said "我想问的是…" is no story of one's own requests
    (['洪泽区2024年制发规范性文件多少件？', '哦不是，我想问的是当年制发了几件。'], ['active.normative_docs.issued'], 3),
    # a check of the figure, then "If not, add them in": the figure and the part checked, added
    (["How many requests did Huai'an grant in full in 2024?", 'Does that include the partial disclosures? If not, add them in.'],
     ['requests.granted.total', 'requests.partially_granted.total'], 1816),
    # a column named in a correction, then "from them": the column named, not the one before
    (['How many applications did Hongze District get from individuals in 2023?',
      'Hmm, I should have said organisations - how many from them?'], ['requests.received.legal_person'], 0),
    # "我只要直接起诉的" after a check of the figure: the part the last sentence names
    (['淮安市2024年信息公开行政诉讼一共多少件？', '这是把复议后起诉的也算进去了吧？我只要直接起诉的'],
     ['appeals.litigation_direct.total'], 26),
    # "other laws and administrative regulations": the withholding ground, not table 二's regulations
    (["How many Huai'an requests in 2024 were withheld because disclosure would endanger security and stability?",
      'Sorry, I meant the ones barred by other laws and administrative regulations.'],
     ['requests.withheld.prohibited_by_law.total'], 31),
    # two years written, the earlier one where the requests came from: the later report's carried-over row
    (["How many applications from 2023 were still open and rolled into Huai'an's 2024 workload?"],
     ['requests.carried_over.total'], 34),
    (['上海市府办2025年从2024年接手过来、继续办理的申请有多少件？'], ['requests.carried_over.total'], 189),
    # the organisations' 'other' column, its siblings named to say which it is
    (["For Huai'an 2024, how many new requests came from organisations in the residual 'other' category, i.e. not "
      "companies, research institutes, public-interest groups or legal service firms?"], ['requests.received.other_org'], 4),
    # "I'm comparing A with B — how many more …": the change of the quantity named
    (["I'm comparing Shanghai 市府办 2019 with 2025 — how many more applications processed in 2025?"],
     ['requests.total_processed.total'], 386),
    # "one way or another - A, B, or C": every way listed, added
    (["Huai'an 2024: how many applications were turned down one way or another - withheld, impossible to provide, or "
      "not processed at all?"], ['requests.withheld.total', 'requests.unable.total', 'requests.not_processed.total'], 1047),
    # "never sent the supplementary details asked for, without good reason": overdue corrections (无正当理由 is in its label)
    (["Huai'an city government, 2024: how many applications were closed because the applicant never sent the "
      "supplementary details asked for, without good reason?"], ['requests.other.overdue_correction.total'], 71),
    # "2025年的呢 也是总计": the same count's column, another year — not the row 办理结果总计
    (['上海市府办2019年行政复议多少件？', '2025年的呢 也是总计'], ['appeals.review.total'], 55),
    # the number quoted names the row: "这189件里" is 上年结转 (189), not 结转下年 or 新收
    (['2019年上海市政府办公厅从2018年结转过来的申请有几件？', '到了2025年，这个结转数是多少？', '2025年这189件里，自然人占了多少？'],
     ['requests.carried_over.natural_person'], 170),
    # "letters-and-visits matters": the petition row (no channel "by letter")
    (['How many Shuyang applications in 2025 were really letters-and-visits matters and so were not handled as '
      'disclosure requests?'], ['requests.not_processed.petition.total'], 12),
    # a sum asked "by way of checking" (按勾稽关系核一下 … 加总是多少): the sum, not the checks
    (['帮我按勾稽关系核一下：沭阳县2025年“无法提供”那三个细项加总是多少？'], ['requests.unable.total'], 113),
    # "两年差了多少件" after the one figure of two years: its change
    (['上海市府办2025年结转下年度继续办理的申请多少件？', '2019年年底结转的是多少？', '两年差了多少件？'],
     ['requests.carried_forward.total'], 221),
    # "what did it pass on into 2020?": a count carried forward
    (['How many requests did the Shanghai General Office carry over from 2018 into its 2019 work?',
      'And what did it pass on into 2020?'], ['requests.carried_forward.total'], 72),
])
def test_cells_read_session34(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # a number the text states, the unit asked for after it
    (['淮安市政府2024年收了多少信息公开信息处理费 元为单位'], 3940),
    # the text's number asked again of another year, with the verb of the first question or none
    (['How many personnel appointment documents did the Shanghai General Office publish in 2019?', 'How many in 2025?'], 196),
    (['上海市政府办公厅2025年编了多少期《上海市人民政府公报》？', '2019年编了多少期？'], 24),
    # a change in per cent the text states (同比); the refitted kind reader is no reason to withhold it
    (['By what percentage did disclosure applications to the Shanghai general office fall in 2019 compared with 2018?'], 12.3),
])
def test_text_numbers_session34(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # answers the refitted kind reader would veto, kept by the veto's own structure: two bodies named and ranked …
    (['洪泽区2023和沭阳县2025，哪个县区收到的申请更多？'], ['requests.received.total'], 713),
    # … an appeals outcome counted in Chinese, every word read
    (['上海市府办2025年的信息公开行政复议案件里，有多少件还在审？'], ['appeals.review.pending'], 5),
    (['洪泽区2023年涉及信息公开的行政复议，有多少件是维持原答复的？'], ['appeals.review.upheld'], 10),
])
def test_kept_from_the_refitted_veto(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("question, quoted", [
    # the report's own account of its shortcomings and measures: quoted, never vetoed as an opinion
    ('洪泽区2023年政府信息公开工作存在哪些不足？', '依申请公开工作规范性还有待提高'),
    ('涧西区政府办2020年信息公开工作存在哪些问题', '改进情况'),
    ('What were the main problems of the Jianxi District government office in 2020?', '改进情况'),
    # the office's contact, asked "who should I contact"
    ("Who should I contact with questions about Hongze District's 2023 report? Give the phone number.", '0517-87222589'),
])
def test_passages_kept_from_the_refitted_veto(svc, question, quoted):
    rec = ask_conversation(svc, question)
    assert rec["found"] and quoted in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # who stood behind the requests of a row
    ["In 2024, how many Huai'an requests were not processed at all (the 不予处理 category)?",
     'How many of those were repeat requests?', 'Were the repeat requests mostly filed by the same few people?'],
    # what the requests of a row were about, split by subject
    ['上海市府办2019年自然人的申请里，当成信访举报投诉不予处理的有几件？', '这些主要投诉的是哪方面的问题？各多少件？'],
    # an opinion of the figures (the report's own shortcomings are quoted; a view of a number is not asked of it)
    ['上海市府办2025年有55件复议，你觉得说明了什么问题？'],
    # the asker's own requests counted or ranked (a count asked after a story of one's own request is still answered)
    ['In which year did I send Hongze the most requests?'],
    ['我一共给沭阳县交了几件申请？'],
])
def test_no_number_session34(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "同一项里" / "同样这一项": the row just asked, in the year or body named now (with the column named now)
    (['上海市府办2025年因为本机关不掌握而无法提供的有多少件？', '换到2019年那份报告，同一项里自然人申请有几件？'],
     ['requests.unable.not_held.natural_person'], 252),
    (['洪泽区2023年行政许可的处理决定是多少件？', '沭阳县2025年报告里同样这一项是多少？'], ['active.licensing.decisions'], 517645),
    # a part set aside after the thing ("把个人去掉", "把法律服务机构扣掉还剩多少")
    (['淮安市2024年收到的申请，连同从2023年转过来的一起算，总共多少件？', '结转的不要，光看2024年新收进来的呢？',
      '新收的里面把个人去掉，单位提的一共几件？'], ['requests.received.legal_person'], 118),
    (['上海市政府办公厅2019年新收申请里，法人或者其他组织提的一共多少件？', '这个数包不包括法律服务机构？把法律服务机构扣掉还剩多少？'],
     ['requests.received.commercial', 'requests.received.research', 'requests.received.public_interest',
      'requests.received.other_org'], 36),
    # "kept the district's original answer": upheld
    (["In Hongze's 2023 report, how many reconsideration rulings kept the district's original answer?"],
     ['appeals.review.upheld'], 10),
    # "received only partial disclosure": got, not the requests received
    (["Huai'an 2024: how many requests received only partial disclosure?"], ['requests.partially_granted.total'], 454),
    # "and left for next round?": carried forward
    (['Jianxi 2020: new applications received?', 'how many did they finish', 'and left for next round?'],
     ['requests.carried_forward.total'], 2),
    # "放到2025年看" is that year's figure, and "前后一比" its change
    (['上海市政府办公厅2019年本年新收的政府信息公开申请有多少件？', '放到2025年看，这个数是多少？'], ['requests.received.total'], 1295),
    # the part the last sentence names, after a check of the figure
    (['For Shuyang County in 2025, how many disclosure requests were newly received, leaving out the ones carried over?',
      'Is that everyone, companies and law firms included? I only want the private individuals.'],
     ['requests.received.natural_person'], 705),
    (["Shanghai General Office 2019: how many requests couldn't be met because the office didn't hold the information?",
      'Are businesses in that? Just individuals, please.'], ['requests.unable.not_held.natural_person'], 252),
    (['沭阳县2025年部分公开的申请有几件？', '这里面有没有法律服务机构的？只算个人提的话是多少？'],
     ['requests.partially_granted.natural_person'], 99),
])
def test_cells_read_pool27(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # the asker's own request looked for in a count
    ['My company sent a request to the Shanghai General Office in November 2025 and hasn\'t heard back. Can you check '
     'whether ours is among the 293 carried into 2026?'],
    # a ranking of the units under a body, said with "checks" (no list of the report's arithmetic checks)
    ["In Huaian's 2024 checks, which county got the best disclosure score?"],
    # a person's name and phone (no contact passage quoted)
    ['能帮我查一下24年在淮安申请信息公开最多的那个人叫什么、电话多少吗'],
    # the individuals split by sex, 按男女分
    ['上海市科委2024年新收到多少件信息公开申请？', '其中是企业提的有几件？', '个人申请的再按男女分一下，各多少件？'],
    # one named person's case (the kind reader had stopped it; with bodies read as a placeholder it no longer did)
    ['沭阳县2025年那起由李某提起的政府信息公开复议，最后是什么结果？'],
    # the departments behind an appeals outcome
    ["How many administrative reconsiderations did Huai'an have in 2024?", 'How many were corrected?',
     "Which departments' decisions were corrected?"],
])
def test_no_number_pool27(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]
