"""Reading classes of the thirty-third session (2026-12-05): the team's own probes of the unanswerable kinds (written
before pool 26 was read, none from a blind set) and pool 26's dev parts, asked of the real engine over the real corpus
reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, keys, value", [
    # 年报上年结转: the 上 of 上年, not "in the report"
    (['沭阳2025年报 从2024年 结转过来 的申请 是几件？（不是结转到下一年的那个）'], ['requests.carried_over.total'], 36),
    # "all three sub-items together" of a group named: the group's total, not the last three turns added
    (['Shuyang County, 2025: how many applications were processed in total?', 'Of those, how many were granted in full?',
      "And how many ended under 'other handling', all three sub-items together?"], ['requests.other.total'], 159),
    # …but "all three kinds" after three turns: the three cells
    (["In Huai'an's 2024 report, how many administrative reviews were still pending?", 'How about direct lawsuits?',
      'And suits brought after a review?', 'Put together, how many cases of all three kinds were still open?'],
     ['appeals.review.pending', 'appeals.litigation_direct.pending', 'appeals.litigation_after_review.pending'], 44),
    # the group of the two parts just given, "for those two reasons": the two
    (["In 2023, how many of Hongze's requests were turned away because the district didn't hold the information?",
      'And because the information would need to be newly produced?',
      "So in total, how many couldn't be provided for those two reasons?"],
     ['requests.unable.not_held.total', 'requests.unable.needs_creation.total'], 13),
    # "either because … or because …": the two added
    (["Huai'an 2024: how many requests were not processed either because they duplicated an earlier one or because "
      "they asked the agency to re-confirm or re-issue information already obtained?"],
     ['requests.not_processed.duplicate.total', 'requests.not_processed.reconfirm.total'], 26),
    # "administrative look-up matters"
    (["How many disclosure requests did Huai'an's city government turn down in 2024 on the ground that they were "
      "really administrative look-up matters?"], ['requests.withheld.admin_query.total'], 105),
    # a part of the lawsuits upheld that is a cell of its own (the group after the cue)
    (['淮安2024年行政诉讼维持的里面，有几件是复议后起诉的？'], ['appeals.litigation_after_review.upheld'], 12),
    # the whole asked again after the cue
    (['淮安2024年行政复议纠正的案件中，一共有多少件？'], ['appeals.review.corrected'], 64),
    # "ended with the government losing": corrected (it once gave all 46 lawsuits)
    (["How many of the 2024 Huai'an lawsuits ended with the government losing?"],
     ['appeals.litigation_direct.corrected', 'appeals.litigation_after_review.corrected'], 5),
    # answerable parts after "how many of" / "of …, how many": the cells named
    (["How many of Huai'an's 2024 withheld requests were withheld because disclosure would endanger security and stability?"],
     ['requests.withheld.security_stability.total'], 5),
    (["Of the reconsiderations Huai'an had in 2024, how many were still pending at year end?"], ['appeals.review.pending'], 37),
    (['淮安2024年收到的申请有多少是自然人提出的？'], ['requests.received.natural_person'], 3001),
])
def test_cells_read_session33(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_narrative_hit_posts_listed(svc):
    # "hit posts" are 爆款; "does the report list as" is a verb, not a list (清单)
    rec = ask_conversation(svc, "Of Shuyang's 2025 hit posts, how many does the report list as breaking one million views?")
    assert rec["value"] == 49 and "49条破百万" in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # a part of the reviews corrected, by a reason table 四 never gives (the learned reader is not asked either)
    ['淮安市2024年被行政复议纠错的案件中，有几件是因为程序违法？'],
    # a part of the reviews upheld, by who decided
    ['淮安2024年复议维持的里面，有几件是市政府自己作出的决定？'],
    # how many bodies, within the reviews upheld
    ['淮安市2024年行政复议被维持的案件中，涉及的行政机关有几个？'],
    # the pending lawsuits split by the year they were brought
    ['沭阳县2025年行政诉讼尚未审结的里面，有几件是2024年起诉的？'],
    # the corrected reviews by a reason, after "的，"
    ['上海市政府办公厅2025年行政复议结果纠正的，有几件是因为超期答复？'],
    # a part of the granted requests by how fast they were answered
    ['沭阳县2025年予以公开的申请中，有多少是当天就答复的？'],
    # dissatisfied applicants
    ['上海科委2024年申请人对答复不满意的有几件？'],
    # letters from the public: no quantity of the tables
    ['淮安2024年一共收到多少份群众来信？'],
    # withdrawn, then filed again
    ['涧西区2020年有多少件申请被申请人撤回后又重新提交？'],
    # complaints about the body itself
    ['洪泽区2023年被投诉举报了几次？'],
    # firms' addresses
    ['Can you give me the addresses of the 5 legal service firms that applied to Shuyang in 2025?'],
    # who the other person was
    ["In 2020 I asked the Jianxi district office for the contract behind our neighbourhood renovation and was told they "
     "don't hold it. Can you tell me who the other person was who got that same answer?"],
    # where the plaintiff is from
    ['涧西区2020年行政诉讼多少件？', '起诉涧西区政府办的那个人是哪里人？'],
    # English: a whole named, then what a part of it did, in words no term reads
    ["How many of Shuyang's 2025 'information not held' replies were because the records had been destroyed?"],
    ["Of Hongze's 2024 upheld reconsiderations, how many concerned land requisition?"],
    ["Of the requests Huai'an granted in 2024, how many were granted on the same day?"],
    ["Of the 5 lawsuits Huai'an lost in 2024, how many were appealed?"],
    ["How many of Shanghai's 2019 reviews were decided in the applicant's favour because of missed deadlines?"],
    # the persons behind a count
    ["How many of Shuyang's 2025 duplicate applications were filed by the same person?"],
    # where the individuals live
    ['洪泽区2024年自然人申请里，本区居民有几件？'],
    # the reason of a part of a row no table splits (the learned reader's same cell is no answer either)
    ['淮安2024年本机关不掌握的申请里，有多少是因为信息属于其他机关？'],
    ['沭阳2025年本机关不掌握的里面，有几件是因为信息已经销毁？'],
    # a part of a column by how it was sent, no 中 before the count
    ['沭阳2025年收到的申请中，自然人申请有多少是用手机提交的？'],
])
def test_no_number_session33(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]
    assert not rec.get("clarify"), rec["answer"][:300]
