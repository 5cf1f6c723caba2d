"""Reading classes of the thirty-eighth session (2026-12-06): pool 31's dev parts — their wordings or the team's
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
    # views asked: the sentence counts videos that passed a mark ("1条播放量破亿"), never the views
    ["Exactly how many views did Shuyang County's most-watched short video get in 2025?"],
    ['沭阳县2025年播放量最高的那条短视频，播放量具体是多少？'],
    # who runs a thing: a person or an office, never a number of the sentence naming it
    ["Who runs the 'Shanghai Keji' WeChat account at STCSM, per the 2024 report?"],
    ['市科委2024年的“上海科技”公众号由谁运营？'],
    # a count quoted, then another body a part of it concerned
    ["How many of the 351 reconsideration cases in Huai'an's 2024 report involved Hongze District?"],
    ["How many of those 3119 requests in Huai'an's 2024 report concerned Shuyang County?"],
    # a body not held set beside one held
    ["Did Huai'an or Suzhou receive more disclosure requests in 2024?"],
    # the applicant firms' telephone numbers
    ['帮我查一下2024年向淮安市政府申请公开的那几家律师事务所的联系电话。'],
    # one item of a total by its size; a part of a table 二 count by topic; what a year added to a stock the text gives
    # only as reached; a comparison with a year before whose change the text does not state
    ['What was the largest single fee Shuyang charged in 2025?'],
    ['沭阳县2025年行政许可中，涉及建设工程的有多少件？'],
    ['STCSM 2024: how many WeChat followers were gained during the year?'],
    ['How many issues of the Shanghai gazette did the General Office publish in 2019 compared with 2018?'],
    # pool 31's tests, read after their score: whether a decision was right; withdrawals by the kind of applicant
    ['Was Hongze District right to only partly disclose those 4 requests in 2023?'],
    ['Shanghai General Office 2025: of the withdrawn requests, how many were withdrawn by companies?'],
    ['上海市府办2025年主动撤回的申请里，企业撤回的有几件？'],
    # a reason behind a ruling for the applicant: never printed
    ["How many of Shanghai's 2019 reviews were decided in the applicant's favour because of missed deadlines?"],
])
def test_not_in_the_reports_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # a sub-item named by its applicants' failing, then the group's total with a sub-item "included"
    (["In Huai'an's 2024 table, how many requests sit under the catch-all 'other' sub-item of other handling?",
      'And under the one about applicants not making corrections in time?'], ['requests.other.overdue_correction.total'], 71),
    (["Huai'an 2024: total for other handling, including the unpaid-fee sub-item?"], ['requests.other.total'], 187),
    # the two figures just given, added ("把两个加起来"), and "the two rows" in the column just given
    (['淮安2024年自然人申请里，予以公开的有多少件？', '部分公开的自然人申请单独是多少？', '把两个加起来给我个总数。'],
     ['requests.granted.natural_person', 'requests.partially_granted.natural_person'], 1735),
    (["How many Huai'an requests in 2024 were withheld because other laws or regulations prohibit disclosure?",
      'How many of those were from companies?', 'Switch to state secrets - how many?', 'And the two rows together?'],
     ['requests.withheld.prohibited_by_law.total', 'requests.withheld.state_secret.total'], 33),
    # a correction to another column of the item just given: no doubt raised by the reader reading it alone
    (['How many normative documents does the Shanghai science commission have in force, per its 2024 report?',
      'Sorry, I meant the ones issued during 2024.'], ['active.normative_docs.issued'], 13),
    # "Compare that with 2019 — what was the 2019 number?": the year's figure; then the comparison of the two
    (['How many applications did individuals file with the Shanghai General Office in 2025?',
      'Compare that with 2019 — what was the 2019 number?'], ['requests.received.natural_person'], 821),
    (['How many applications did individuals file with the Shanghai General Office in 2025?',
      'Compare that with 2019 — what was the 2019 number?', 'So how much bigger is the 2025 figure?'],
     ['requests.received.natural_person'], 438),
    (['How many applications did individuals file with the Shanghai General Office in 2025?',
      'And in 2025, what did businesses account for?'], ['requests.received.commercial'], 36),
    # "到了2024年报告里变成几件了？", then the gap of the two years
    (['洪泽区2023年现行有效的行政规范性文件几件？', '到了2024年报告里变成几件了？'], ['active.normative_docs.in_force'], 8),
    (['洪泽区2023年现行有效的行政规范性文件几件？', '到了2024年报告里变成几件了？', '这两年相差几件？'],
     ['active.normative_docs.in_force'], 3),
    # "这几件里面自然人申请的": the column of the figure just given, not the row of requests received
    (['洪泽2024年因为本机关不掌握而无法提供的有多少件？', '不对不对，我要问的是2023年的', '那这几件里面自然人申请的有几件？'],
     ['requests.unable.not_held.natural_person'], 10),
    # "Let me check 2024 as well.": the year, not a body called "Let"
    (["In 2023, how many Hongze requests got the answer that the district didn't hold the information?",
      'Let me check 2024 as well.'], ['requests.unable.not_held.total'], 31),
    (["In 2023, how many Hongze requests got the answer that the district didn't hold the information?",
      'Let me check 2024 as well.', "Which of the two years had more, and what's the gap?"], ['requests.unable.not_held.total'], 21),
    # carried forward, in words parted by what was carried
    (['Huaian 2024: how many application got pushed to be continued in 2025 (结转下年度)?'],
     ['requests.carried_forward.total'], 103),
    (['Did Hongze District carry any requests forward at the end of 2023?'], ['requests.carried_forward.total'], 0),
    (['Of these four -- Shanghai General Office 2019, Shuyang 2025, Jianxi 2020, Huaian 2024 -- who left the most '
      'requests for the next year?'], ['requests.carried_forward.total'], 103),
    # "carried ones excluded": set aside
    (['Shuyang County 2025 - new requests from individuals received in 2025 only, carried ones excluded?'],
     ['requests.received.natural_person'], 705),
    (["What's the bottom-line total of disclosure requests the Shanghai Science and Technology Commission handled in 2024?"],
     ['requests.total_processed.total'], 35),
    (["How many 'unable to provide' outcomes did Huai'an record in 2024?"], ['requests.unable.total'], 781),
    # an apology before the question is no word of it (a correction after "Sorry," still is)
    (["sorry if dumb question -- Shuyang 2025, how many applications ended up 'not processed' (不予处理) overall?"],
     ['requests.not_processed.total'], 19),
    (["How many coercion decisions did Huai'an record in 2024?", 'Sorry, wrong place - I meant Shuyang County, 2025.'],
     ['active.coercion.decisions'], 2154),
    # carried between two years named: the earlier report's 结转下年, the later one's 上年结转
    (['Did Hongze have any of its 2024 requests still pending going into 2025? How many?'],
     ['requests.carried_forward.total'], 0),
    (["How many requests did Huai'an bring into 2024 from the backlog of 2023?"], ['requests.carried_over.total'], 34),
    (['How many requests did the Shanghai General Office carry into 2019 from 2018?', 'And into 2025 from 2024?'],
     ['requests.carried_over.total'], 189),
    (['Huaian 2024 - how many requests came IN from the previous year (上年结转)? not the ones pushed to next year'],
     ['requests.carried_over.total'], 34),
    # the group's lines folded into one, named by their count
    (["Huai'an 2024 splits 'other handling' into three lines. What is the figure once you fold them back into one?"],
     ['requests.other.total'], 187),
    (["Huai'an 2024: total of the three 'other handling' items, please."],
     ['requests.other.overdue_correction.total', 'requests.other.overdue_fee.total', 'requests.other.other.total'], 187),
    (['沭阳县2025年依申请办理结果里，全部或部分得到公开的合计多少件？'],
     ['requests.granted.total', 'requests.partially_granted.total'], 395),
    # every ground of a group said at once: the group, no doubt raised
    (['Shanghai General Office 2019: refusals to private individuals, all grounds added?'],
     ['requests.withheld.natural_person'], 32),
    # the next report by its year, the report named as giving the figure
    (['洪泽区2023年行政处罚决定有多少？', '洪泽区下一份年报，也就是2024年的数字是多少？'], ['active.punishment.decisions'], 2776),
    (["What was Hongze District's administrative penalty count for 2023?", 'And the 2024 report gives what figure?'],
     ['active.punishment.decisions'], 2776),
    (["How many service items were connected to the unified 'One Netcom' intake platform per the Shanghai General Office's "
      "2019 report?", "And how many requests does the office's table show as received that year?"],
     ['requests.received.total'], 859),
    # whether it changed, asked yes or no after a year switch: the year named, the change said beside it
    (['洪泽区2023年行政处罚决定有多少？', '2024年呢，有没有减少？'], ['active.punishment.decisions'], 2776),
    (['洪泽区2023年行政强制决定多少？', '那24年的 有变化吗 是多少'], ['active.coercion.decisions'], 84),
    (['洪泽区2023年行政强制决定多少？', '2024年减少了多少？'], ['active.coercion.decisions'], -111),
    (['Hongze 2023 coercion decisions?', 'did it go down in 2024, and by how much?'], ['active.coercion.decisions'], -111),
    # won by the applicant: corrected, never upheld
    (["How many of Hongze's 2024 lawsuits were won by the applicant?"],
     ['appeals.litigation_direct.corrected', 'appeals.litigation_after_review.corrected'], 0),
    (['How many Shuyang 2025 reconsiderations were decided in favour of the applicant?'], ['appeals.review.corrected'], 10),
    # pool 31's dev parts' neighbours, the thirty-eighth session's development sets (blind295–298)
    (['淮安市2024年的表里，从2023年接续过来继续办理的申请是几件？'], ['requests.carried_over.total'], 34),
    (['上海市府办2019年新制作的规章有几件？', '新公开的呢？', '截至当年对外公开的规章总数呢？'], ['active.regulations.total_published'], 524),
    (['In 2019, how many requests to the Shanghai General Office from individuals were refused as administrative-query matters?',
      'and from companies?', "so what's the whole row across applicants?"], None, 12),
    (["How many Huai'an 2024 requests ended under 'other handling'?", "Of those, how many were the plain 'other' sub-item?",
      'And the ones dropped because the fee notice went unpaid?'], ['requests.other.overdue_fee.total'], 6),
    (['涧西区政府办2020年依申请公开的办结率是多少？', '在办的有几件？'], ['requests.carried_forward.total'], 2),
    (['How many Shuyang requests in 2025 were refused disclosure altogether?',
      'Is that including the internal-affairs exemptions? How many were those alone?'], ['requests.withheld.internal_affairs.total'], 13),
    (['Hongze District 2024: penalty decisions?', 'What had the 2023 report shown?'], ['active.punishment.decisions'], 4119),
    (['Shuyang 2025: of the reconsideration cases already decided, how many did not end with the original reply upheld?'],
     ['appeals.review.corrected', 'appeals.review.other'], 19),
    (['As of its 2019 report, how many normative documents had the Shanghai General Office published in total, all years counted?'],
     ['active.normative_docs.total_published'], 368),
    (['洪泽区现行有效的行政规范性文件，2024年底比2023年底增减了几件？'], ['active.normative_docs.in_force'], 3),
    (['淮安市2024年依申请公开里，以“其他法律、行政法规禁止公开”为由拒绝的总共多少件？'], ['requests.withheld.prohibited_by_law.total'], 31),
    (['citizen here, trying to see how open they are. huaian 2024: fully disclosed + partly disclosed, together how many?'],
     ['requests.granted.total', 'requests.partially_granted.total'], 1816),
    (["In Shuyang's 2025 report how many application were brought over from 2024 to be handled in 2025? (sorry my english)"],
     ['requests.carried_over.total'], 36),
    (['my cousin lives in Huaian and we were arguing about this lol.. how many info disclosure application did Huaian city govt '
      'receive in 2024?? thanks in advance'], ['requests.received.total'], 3119),
    (['Huaian 2024 number of 行政强制 decisions?? just the number pls, no explanation needed'], ['active.coercion.decisions'], 88283),
    # the text's count named (no number), the table's cell asked
    (['上海市政府办公厅2025年正文写了办结件数，表三里（七）总计印的是多少，两者一致吗？'], ['requests.total_processed.total'], 1191),
    (['淮安市2024年正文说了行政诉讼的件数，表四里两类起诉的总计加起来是多少？'],
     ['appeals.litigation_direct.total', 'appeals.litigation_after_review.total'], 46),
    # outcomes only in the asking sentence: of the group the sentence before names
    (['洪泽区2023年行政复议那栏总计印成了0，可是分项不为零。把维持、纠正、其他、未审结四项加起来是多少？'],
     ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.other', 'appeals.review.pending'], 11),
    (['沭阳县2025年行政规范性文件发了几件？', '淮安市2024年发了几件？'], ['active.normative_docs.issued'], 8),
    (['Did Shuyang in 2025 refuse to process any request because the applicant was really asking for a published book or '
      'gazette? How many?'], ['requests.not_processed.publication.total'], 0),
    # a group named in a question of its own after an outcome: its whole; pointed back to ("那…呢"): the outcome kept
    (['上海市府办2025年行政复议总数多少？', '还没审结的有几件？', '直接起诉的行政诉讼有多少件？'], ['appeals.litigation_direct.total'], 12),
    (['上海市府办2025年行政复议总数多少？', '还没审结的有几件？', '那直接起诉的呢？'], ['appeals.litigation_direct.pending'], 6),
    # pool 31's tests, read after their score
    (['淮安市2024年不予公开的申请总共多少件？', '属于行政执法案卷的有几件？', '跟危及“三安全一稳定”的加起来呢？'],
     ['requests.withheld.enforcement_files.total', 'requests.withheld.security_stability.total'], 14),
    (['沭阳县2025年不予公开的申请总共多少件？', '这里面因为内部事务信息的占几件？', '这些都是个人申请的吗？自然人的是几件？',
      '再看看“保护第三方合法权益”那一条，几件？'], ['requests.withheld.third_party.total'], 2),
    (['洪泽区2024年行政事业性收费金额多少？', '往前一份，2023年报告里的是多少？'], ['active.fees.amount'], 7730.28),
    (['上海市府办2025年收到的自然人申请有多少件？', '不好意思年份打错了，是2019年', '两个年份差了多少？'],
     ['requests.received.natural_person'], 438),
    (["Huai'an, 2024: how many requests were only partly disclosed?",
      'Does that number include the fully disclosed ones? If not, give me the fully disclosed count as well.',
      'So partial plus full comes to what?'], ['requests.partially_granted.total', 'requests.granted.total'], 1816),
    (['涧西2020年 复议加上诉讼（直接起诉和复议后起诉都算）一共几起'],
     ['appeals.review.total', 'appeals.litigation_direct.total', 'appeals.litigation_after_review.total'], 3),
    (['How much bigger was the Shanghai General Office backlog passed to the next year in 2025 compared with 2019?'],
     ['requests.carried_forward.total'], 221),
    (['2024年淮安市老百姓个人提的申请，最后完完整整公开给人家的有多少件？'], ['requests.granted.natural_person'], 1288),
])
def test_cells_read_session38(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    # (keys None: a total the table prints blank, its value from the row's own cells)
    assert rec["value"] == value and (keys is None or fact_keys(rec) == set(keys)), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # a remark after "。。": the question without it
    (['淮安市政府24年开了几场新闻发布会。。写作业要用'], 12),
    # a count of videos that passed a mark is still a count of videos
    (['沭阳县2025年有几条短视频播放量破千万？'], 2),
    (['沭阳2025年播放量破百万的内容有多少？'], 49),
    (["How many viral hits did Shuyang's government media produce in 2025?"], 52),
    (["In 2025 how many of Shuyang's posts passed a million views?"], 49),
    # views counted in 次
    (['上海市科委2024年视频号累计观看量是多少？'], 1924252),
    # who asks and why before the colon, everyday words for routine work, the report's round
    (['做新媒体的 想对标一下：上海科委2024年视频号直播了几场？'], 118),
    (['沭阳县2025年日常巡检中整改了多少处不规范描述？'], 22),
    (["For the 2025 round, how many units' annual disclosure reports did Shuyang County publish together?"], 64),
])
def test_text_numbers_session38(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]


def test_ranking_with_a_remark_after_it(svc):
    rec = ask_conversation(svc, 'Among Jianxi 2020, Hongze 2023, Shuyang 2025 and Huaian 2024, who got the most new disclosure '
                                'applications? just the name is ok')
    assert rec["value"] == "淮安市人民政府" or "淮安市人民政府" in rec["answer"][:120], rec["answer"][:300]
