"""Reading classes of the sixth session (2026-12-01, evening): general repairs read from the
misses and confident-wrong answers of the scored blind16–19 tests (retired into development
material) and of the blind20/21 dev parts. Each is asked of the real engine over the real corpus
reports; the cell cited (or the sentence quoted, or the absence of any number) is checked, not only
the number."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _quoted(rec: dict, words: str) -> bool:
    return any(words in p["text"].replace(" ", "") for p in rec.get("passages") or [])


# -- English narrative questions ------------------------------------------------------------------
@pytest.mark.parametrize("question, value, words", [
    # an acronym (STCSM) is the body's name, not an unknown word of the quantity
    ("STCSM 2024: how many followers does the 上海科技 WeChat account have?", 1016823, "关注人数达1016823人"),
    # an English sentence naming an account by its short Chinese name is English
    ("how many original articles did the Shanghai Science & Tech wechat account post in 2024", 294, "原创文章294篇"),
    # everyday English for the narrative's nouns and verbs
    ("Shuyang 2025: outdated items cleaned off the government site?", 697, "清理过期信息697条"),
    ("How many special columns did Shuyang's new-media matrix set up in 2025?", 33, "专栏33个"),
    ("Shanghai science commission 2024, number of pro-business policies it routinely submitted?", 83, "惠企政策83条"),
    ("STCSM's website: how many government information items did it publish in 2024?", 393, "政府信息393件"),
    # a Chinese term glossed in English brackets explains the question with its own words
    ("STCSM 2024: how many high-frequency service matters were given 阅办联动 (read-and-apply) links?", 5, "5个高频事项"),
])
def test_english_narrative_questions_find_their_sentence(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value
    assert _quoted(rec, words)


@pytest.mark.parametrize("question, value", [
    # the count asked only at the end: the noun phrase's first word is what is counted
    ("shuyang 2025 disputes resolved through talking to applicants before handling — number?", 33),
    ("Shuyang County 2025 — disputes resolved thanks to talking to applicants early, how many?", 33),
])
def test_a_count_asked_at_the_end_counts_the_first_noun(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value
    assert _quoted(rec, "化解各类争议纠纷33件")


# -- bodies --------------------------------------------------------------------------------------
def test_science_and_tech_with_an_ampersand_names_the_commission(svc):
    rec = _ask(svc, "Shanghai Sci & Tech Commission 2024 requests received?")
    assert rec["value"] == 34 and _keys(rec) == {"requests.received.total"}
    assert "上海市科学技术委员会" in rec["answer"]


def test_a_city_named_alone_keeps_its_short_office_name(svc):
    # "淮安市…市政府办": 淮安's office (its government's report), never 上海's 市政府办
    rec = _ask(svc, "淮安市2024年市政府办收到多少申请")
    assert rec["value"] == 3119 and "淮安市人民政府" in rec["answer"]
    rec = _ask(svc, "按淮安市2024年报正文的说法，新增公开的市政府及市政府办政策性文件有几件")
    assert rec["value"] == 11 and _quoted(rec, "政策性文件11件")
    assert _ask(svc, "上海2025年市政府办收到多少申请")["value"] == 1295


# -- framing --------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, key, value", [
    ("我在12345热线上班，有市民问：沭阳县2025年有多少申请因为属于行政查询事项没公开？",
     "requests.withheld.admin_query.total", 9),
    ("本人在街道办工作。淮安市政府2024年收到多少申请", "requests.received.total", 3119),
    ("学生作业：沭阳县2025年表四“复议后起诉”的总计是多少？", "appeals.litigation_after_review.total", 10),
    # asking for someone else is not the natural-person column
    ("替我朋友问一下：淮安2024年自然人申请有多少", "requests.received.natural_person", 3001),
])
def test_who_asks_and_where_they_work_is_framing(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_a_story_of_what_the_asker_does_is_not_a_row(svc):
    # "我是做县里信访工作的": 信访 is who asks, not the 信访举报投诉类 row (12)
    rec = _ask(svc, "我是做县里信访工作的，听说沭阳2025年办理依申请之前会主动跟申请人沟通，一共沟通了几次？")
    assert rec["value"] in (None, 49)
    assert "requests.not_processed.petition.total" not in _keys(rec) or rec["value"] is None


# -- table rows in other words ---------------------------------------------------------------------
@pytest.mark.parametrize("question, key, value", [
    ("洪泽23年 个人申请里要政府另外去做一份才能给的 几件", "requests.unable.needs_creation.natural_person", 3),
    ("淮安2024年 申请里直接全部给公开的有几件", "requests.granted.total", 1362),
    ("淮安市政府2024年复议后再起诉的案件里法院维持了几件", "appeals.litigation_after_review.upheld", 12),
    ("Huai'an 2024, businesses that got only part of what they asked for - number?",
     "requests.partially_granted.commercial", 7),
    ("Shuyang 2025: lawsuits filed AFTER going through reconsideration — total?",
     "appeals.litigation_after_review.total", 10),
])
def test_rows_named_in_everyday_words(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_the_other_organisations_column_by_its_printed_head(svc):
    rec = _ask(svc, "淮安2024年自然人提的申请里予以公开的几件", "商业企业的呢", "再问下“其他”那一列的")
    assert rec["value"] == 3 and _keys(rec) == {"requests.granted.other_org"}
    rec = _ask(svc, "Huaian 2024 - new applications from organisations under the '其他' column?")
    assert rec["value"] == 4 and _keys(rec) == {"requests.received.other_org"}
    # the row named 其他 of 其他处理 stays that row
    rec = _ask(svc, "沭阳县2025年其他处理里“其他”那一项有几件")
    assert rec["value"] == 143 and _keys(rec) == {"requests.other.other.total"}


# -- carried forward, said with any verb of moving ---------------------------------------------------
@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office, 2019: requests pushed into 2020 for a reply?", 72),
    ("shanghai general office 2025 requests rolling into 2026?", 293),
    ("did hongze district have any requests left over into the next year at end of 2024? how many", 0),
])
def test_requests_moving_on_into_a_later_year_are_carried_forward(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {"requests.carried_forward.total"}


def test_carried_into_the_next_year_in_a_follow_up_keeps_the_report_year(svc):
    rec = _ask(svc, "Huai'an 2024: new requests in total?", "and carried into 2025?")
    assert rec["value"] == 103 and _keys(rec) == {"requests.carried_forward.total"}


def test_brought_over_from_the_year_before_not_the_ones_pushed_on(svc):
    rec = _ask(svc, "Shanghai General Office 2025: requests brought over FROM 2024, not the ones pushed on to 2026")
    assert rec["value"] == 189 and _keys(rec) == {"requests.carried_over.total"}


def test_carried_into_a_year_whose_year_before_is_not_held_gives_no_number(svc):
    # "carried into 2024" of a body holding only 2024: into 2024 from 2023 or on from 2023's report —
    # never a number read in the other direction
    rec = _ask(svc, "Huai'an: requests carried into 2024?")
    assert rec["value"] in (None, 34)
    if rec["value"] == 34:
        assert _keys(rec) == {"requests.carried_over.total"}


def test_no_new_reading_gives_a_number_to_an_unanswerable_question(svc):
    for q in ("STCSM 2024: how many followers does the 上海科技 Weibo account have?",
              "Shuyang 2025: how many outdated items were cleaned off in March?"):
        rec = _ask(svc, q)
        assert rec["value"] is None and rec["found"] is False, q  # at most the nearest sentence, quoted


# -- the narrative: a sentence's subject, the names it quotes, and the template that lacks a cell ------
@pytest.mark.parametrize("question, value, words", [
    # "“上海国际服务门户”新增意大利语网站，目前已覆盖10个语种，共发布各类信息13528条": the clauses going
    # on from the subject are the subject's counts
    ("How many items has Shanghai's international services portal published?", 13528, "信息13528条"),
    ("上海国际服务门户2025年一共发了多少条信息", 13528, "信息13528条"),
    ("上海国际服务门户到2025年覆盖多少种语言", 10, "覆盖10个语种"),
])
def test_clauses_going_on_from_the_subject_are_its_counts(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value and _quoted(rec, words)


@pytest.mark.parametrize("question", [
    "STCSM 2024: total items published on the 'Shanghai Science and Technology' website?",
    "Shanghai science commission, 2024 — total items posted on the Shanghai Keji website?",
    "Shanghai science commission 2024: items released on the 上海科技 website?",
])
def test_a_site_named_as_the_text_quotes_it_is_that_site(svc, question):
    # “上海科技”网站 (2139 items), not the department's own site (393 government items)
    rec = _ask(svc, question)
    assert rec["value"] == 2139 and _quoted(rec, "发布信息2139条")


def test_the_body_named_in_english_is_not_a_quoted_name(svc):
    # "Shanghai Science and Technology Commission … its website": both sites stay readings
    rec = _ask(svc, "Shanghai Science and Technology Commission 2024: how many items did its website publish?")
    assert rec["value"] is None


def test_a_view_count_is_not_the_subjects_count(svc):
    # "…视频号共制作并发布短视频584条，累计观看量1924252次…；直播118场": views are not live streams
    rec = _ask(svc, "我关注了“上海科技”视频号，经常刷到他们的直播，想知道一年到底播了多少场。上海科委2024年视频号直播了多少场")
    assert rec["value"] == 118


@pytest.mark.parametrize("question, value, words", [
    # a 2021-template report has no "newly published" cell; its text says 新增公开 … 11件
    ("How many policy documents of the city government and its office did Huai'an newly publish in 2024?", 11,
     "政策性文件11件"),
    # words the table reading left unexplained: the text's one clear number
    ("沭阳县2025年开设了多少个专栏（项目进行时那些）", 33, "专栏33个"),
])
def test_a_cell_the_template_lacks_is_read_from_the_text(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value and _quoted(rec, words)


@pytest.mark.parametrize("question", [
    # the printed label names the table's cell: the template has none, whatever the text says
    "Huai'an 2024: how many regulations were newly published this year (本年新公开数量)?",
    "淮安2024年规章对外公开总数量是多少",
    # the text's 规章13件 counts regulations published, not repealed
    "Shanghai General Office 2019: how many regulations were repealed in the year?",
])
def test_a_cell_the_template_lacks_is_not_taken_from_another_count(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec.get("passages")


@pytest.mark.parametrize("question, key, value", [
    ("How many requests did Shuyang County partly grant in 2025?", "requests.partially_granted.total", 101),
    ("Shanghai General Office 2025 - requests answered 'no ready-made info, would need to be produced'?",
     "requests.unable.needs_creation.total", 48),
    ("淮安市政府二〇二四年，申请人让补正却一直没补、最后不再处理的有多少件", "requests.other.overdue_correction.total", 71),
    # who is curious, and a relay written "12345转：市民问", are framing (市民 is not the natural-person column)
    ("做律所的同事好奇：2024年淮安市政府收到律师事务所这类法律服务机构提的申请有多少", "requests.received.legal_services", 61),
    ("12345转：市民问沭阳县政府2025年答复“本机关不掌握”的申请有多少件", "requests.unable.not_held.total", 111),
    # a contraction typed without its apostrophe
    ("huaian 2024 requests where the info didnt exist - how many", "requests.unable.not_held.total", 769),
])
def test_more_everyday_wordings_of_rows(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_two_rows_of_one_group_said_together_are_asked_back_not_added(svc):
    # (seventh session: "didn't exist and would have to be made" describes the needs-creation line —
    # the blind sets' writers gold it so — and is read as that line; two rows named apart still ask back)
    rec = _ask(svc, "huaian 2024 requests where the info didnt exist and would have had to be newly made - how many")
    assert rec["value"] == 11 and _keys(rec) == {"requests.unable.needs_creation.total"}
    rec = _ask(svc, "huaian 2024 requests: info not held, or would have had to be newly made - how many")
    assert rec["value"] is None


@pytest.mark.parametrize("question, value, words", [
    ("听说沭阳县2025年政务新媒体出了不少爆款，一共多少条", 52, "爆款内容52条"),
    ("2025年上海市政府办公厅收到的申请里，申请人自己主动撤回的有多少件", 157, "主动撤回157件"),
])
def test_hearsay_and_the_whole_a_part_is_taken_from_do_not_dilute_the_text_number(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value and _quoted(rec, words)


def test_whether_ones_own_request_was_dealt_with_gets_no_number(svc):
    rec = _ask(svc, "2025年春天我帮我妈给沭阳县政府写过一份申请，一直没回音，想问下我妈那件到底办了没有")
    assert rec["found"] is False and rec["value"] is None and not rec["passages"]


@pytest.mark.parametrize("question, value, words", [
    # the count the question quotes ("the 601 items") marks the clause asked about
    ("Jianxi 2020: across how many fields (领域) were the 601 items sorted?", 21, "21个领域601项事项"),
    # the words of the number's own part of the sentence (between semicolons) describe it
    ("STCSM video channel followers in 2024?", 54373, "粉丝数54373"),
    # the noun right before "count?" is what is counted
    ("shanghai GO 2019 gazette policy interpretations count?", 83, "解读"),
    # a clause holding all the best one's words and more is the one asked
    ("Shuyang County 2025 how many policy interpretation items were released?", 21, "解读类信息21条"),
    # what was resolved is counted, not the means it was resolved through
    ("Shuyang County 2025 - disputes resolved through that early communication?", 33, "争议纠纷33件"),
    ("How many page views did Shanghai's international services portal have according to the 2025 report?", 536,
     "总浏览量为536万"),
    ("How many government new-media accounts was Huai'an running at the time of its 2024 report?", 95, "政务新媒体共计95"),
])
def test_which_number_of_a_sentence_the_english_asks_for(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value and _quoted(rec, words)


# -- outcomes and sub-items in everyday words (read from blind24/25, development material) ----------
@pytest.mark.parametrize("question, key, value", [
    ("Shuyang 2025 - reconsideration cases where the original decision stood?", "appeals.review.upheld", 27),
    ("Jianxi 2020: reconsiderations where the original answer was kept", "appeals.review.upheld", 1),
    ("Shuyang 2025: court cases after reconsideration still waiting for a ruling",
     "appeals.litigation_after_review.pending", 1),
    ("2024年淮安市 没走复议直接上法院的案子里 结果既不算维持也不算纠正的 有多少件", "appeals.litigation_direct.other", 8),
    ("沭阳县2025年 复议完又去打官司 法院最后支持政府的 有几件", "appeals.litigation_after_review.upheld", 8),
    ("沭阳25年的信息公开复议 到年底还没出结果的 有几个", "appeals.review.pending", 15),
    ("淮安2024年 怕公开了会影响安全稳定所以就不公开的 有几件啊", "requests.withheld.security_stability.total", 5),
    ("淮安市2024年 因为会侵犯别人合法权益所以不公开的 有几件", "requests.withheld.third_party.total", 6),
    ("24年淮安 法律法规明令不让公开的那种 拒了多少件", "requests.withheld.prohibited_by_law.total", 31),
    ("Huai'an 2024: how many requests got refused because the stuff was still drafts / internal discussion notes?",
     "requests.withheld.process_info.total", 12),
    ("2024年淮安 申请人写得稀里糊涂、让补正了还是说不明白 最后没法提供的 几件", "requests.unable.unclear.total", 1),
    ("沭阳 2025 其他处理-其他 总计", "requests.other.other.total", 143),
])
def test_outcomes_and_sub_items_in_everyday_words(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_follow_ups_keep_the_outcome_read_before(svc):
    rec = _ask(svc, "Shuyang 2025 - reconsideration cases where the original decision stood?",
               "what about in court after a reconsideration?")
    assert rec["value"] == 8 and _keys(rec) == {"appeals.litigation_after_review.upheld"}


@pytest.mark.parametrize("question, whole", [
    # words nothing explains that share a piece with one of the whole's parts: the part was meant
    ("淮安2024年 因为怕影响社会安定所以不公开的 有几件", 178),
    ("Shuyang 2025: reconsiderations whose original ruling survived?", 61),
])
def test_a_whole_is_not_answered_for_words_naming_one_of_its_parts(svc, question, whole):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["value"] != whole


def test_other_listed_with_the_organisations_is_their_other_column(svc):
    rec = _ask(svc, "淮安2024年法人或其他组织那五列的新收申请加起来多少（商业企业、科研机构、社会公益组织、法律服务机构、其他）")
    assert rec["value"] == 118
    assert _keys(rec) == {f"requests.received.{c}" for c in
                          ("commercial", "research", "public_interest", "legal_services", "other_org")}


@pytest.mark.parametrize("question", [
    "帮我查一下给洪泽区政府写申请的张建国的电话和住址",
    "Huai'an 2024: how many disclosure requests came from people over 65?",
    "上海市府办2025年收到的申请里，涉及房屋征收的有多少件",
    "淮安2024年复议里被纠正的那些 具体都是因为啥被纠正的 各多少件",
    "My neighbour sent Hongze District a request in 2023 about his farmland lease - was his one approved?",
])
def test_what_the_reports_never_hold_gets_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["found"] is False


def test_a_topic_word_that_is_a_rows_own_is_still_that_row(svc):
    # "涉及第三方合法权益" is the 不予公开 ground, not a topic the tables never split by
    rec = _ask(svc, "淮安市政府2024年因为涉及第三方合法权益不公开的有几件？")
    assert rec["value"] == 6 and _keys(rec) == {"requests.withheld.third_party.total"}


def test_backlog_from_the_year_before_is_carried_over(svc):
    rec = _ask(svc, "Backlog brought in from the year before: Huai'an (2024), Shuyang (2025), "
                    "Shanghai General Office (2019) - largest?")
    assert rec["value"] == 36 and "requests.carried_over.total" in _keys(rec)


def test_disclosed_alone_beside_unknown_nouns_is_not_the_granted_row(svc):
    # "personnel appointment documents disclosed": 人事任免文件141件 of the text, not 予以公开 (272)
    rec = _ask(svc, "Shanghai General Office 2019 personnel appointment documents disclosed")
    assert rec["value"] == 141 and _quoted(rec, "人事任免文件141件")
    rec = _ask(svc, "How many requests did Shuyang fully or partially disclose in 2025, combined?")
    assert rec["value"] == 395


@pytest.mark.parametrize("question, key, value", [
    ("STCSM 2024 - applications pending from 2023", "requests.carried_over.total", 2),  # what came in, not carried forward
    ("沭阳县2025年先复议、对复议结果不服再去起诉的，有几件", "appeals.litigation_after_review.total", 10),
    ("淮安2024年因为信息公开被人直接告上法院（没先复议）的案子几件", "appeals.litigation_direct.total", 26),
    ("帮我查下 淮安市 2024 叫申请人补材料 人家过期了都没补的 几个", "requests.other.overdue_correction.total", 71),
    ("淮安2024年 通知要交信息处理费 结果申请人过了期限也没交的 有多少", "requests.other.overdue_fee.total", 6),
    ("淮安市2024年 先复议后起诉的那部分行政诉讼 总共几件", "appeals.litigation_after_review.total", 20),
    ("您好这边是12345热线，来电人想知道沭阳县2025年有多少申请其实是信访、投诉、举报，所以按不予处理办的",
     "requests.not_processed.petition.total", 12),
    ("沭阳2025年 律所新交的申请几件 别跟企业的搞混了", "requests.received.legal_services", 5),
    ("上海科委2024年 企业交上来的公开申请有几件", "requests.received.commercial", 2),
    ("我想知道淮安2024年的申请有没有公开的", "requests.granted.total", 1362),
])
def test_still_more_everyday_wordings(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value
    if value is not None:
        assert _keys(rec) == {key}
    else:
        assert "requests.carried_forward.total" not in {c["key"] for c in rec.get("clarify") or []}


@pytest.mark.parametrize("question, keys, value", [
    ("Huai'an 2024: requests where people got all or some of what they asked, added up",
     {"requests.granted.total", "requests.partially_granted.total"}, 1816),
    # "refusals" after the parts names them both: not a third part
    ("Shanghai General Office 2025: not-held plus would-need-to-be-created refusals, combined",
     {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}, 561),
])
def test_sums_in_everyday_words(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys


def test_a_follow_up_asking_for_the_whole_row_takes_its_total(svc):
    rec = _ask(svc, "上海市政府办公厅2019年 个人申请里信访投诉类不予处理的 几件", "2025年整个的这一项呢")
    assert rec["value"] == 62 and _keys(rec) == {"requests.not_processed.petition.total"}
    rec = _ask(svc, "淮安2024年自然人申请有多少", "整体呢")
    assert rec["value"] == 3119 and _keys(rec) == {"requests.received.total"}


def test_a_difference_said_as_bigger_than(svc):
    rec = _ask(svc, "Shanghai General Office: how much bigger was the backlog carried into the next year in 2025 than in 2019?")
    assert rec["value"] == 221 and _keys(rec) == {"requests.carried_forward.total"}


@pytest.mark.parametrize("question, value, words", [
    ("How many home-made short clips did Shuyang's social accounts put out in 2025?", 1113, "原创短视频1113个"),
    ("Shuyang 2025: number of original short videos pushed on its new-media accounts?", 1113, "原创短视频1113个"),
])
def test_more_english_narrative(svc, question, value, words):
    rec = _ask(svc, question)
    assert rec["value"] == value and _quoted(rec, words)


def test_whether_ones_mothers_request_was_granted_is_declined(svc):
    rec = _ask(svc, "我妈2024年给淮安市政府写过一个申请 问拆迁补偿标准的 到底给没给公开 你帮我查查")
    assert rec["found"] is False and rec["value"] is None


def test_who_tops_it_is_a_ranking(svc):
    rec = _ask(svc, "state-secret refusals to private persons - huaian 2024, hongze 2023, shanghai general office 2019, "
                    "who tops it")
    assert rec["value"] == 14 and "上海市人民政府办公厅" in rec["answer"]


def test_turned_away_as_a_sub_item_is_that_sub_item(svc):
    rec = _ask(svc, "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which turned away the most "
                    "individual requests as administrative inquiries?")
    assert _keys(rec) <= {"requests.withheld.admin_query.natural_person"} and rec["value"] == 105


@pytest.mark.parametrize("question, key, value", [
    ("淮安2024年行政事业性收费金额是多少万元（不是信息处理费那个）", "active.fees.amount", 96171.6),
    ("Shuyang 2025: requests granted in full, just the 予以公开 row, leave partial ones out", "requests.granted.total", 294),
    ("沭阳2025年 先申请了复议、不服又去告的官司总共几件", "appeals.litigation_after_review.total", 10),
    ("淮安24年没先走复议、直接去法院告政府的信息公开官司里，法院判政府要改正的有几件", "appeals.litigation_direct.corrected", 4),
    ("沭阳县二〇二五年 复议后又起诉的官司到年底还悬着没判的有几件", "appeals.litigation_after_review.pending", 1),
    ("淮安市2024年 有人把已经拿到手的信息又让政府重新确认一遍、再出一份的，这种被不予处理的有几件？",
     "requests.not_processed.reconfirm.total", 1),
])
def test_wordings_of_the_sixth_sessions_last_sets(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_asking_for_ones_employer_is_not_the_organisations_column(svc):
    rec = _ask(svc, "我帮单位查下，沭阳县2025年因为申请人逾期不补正、就不再处理的有多少件", "那淮安2024年同一项呢")
    assert rec["value"] == 71 and _keys(rec) == {"requests.other.overdue_correction.total"}


@pytest.mark.parametrize("question", [
    "huai'an 2024 new requests from companies, law firms and other orgs added together?",
    "Huai'an 2024: new requests from organisations (companies, legal services, other), summed",
])
def test_other_listed_with_companies_is_the_other_organisations_column(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] == 118
    assert _keys(rec) == {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}


@pytest.mark.parametrize("question", [
    "上海市府办2019年的申请按区分，浦东、徐汇这些各提了多少",
    "洪泽区2024年申请数量为啥那么少，原因是什么，报告里给了数字吗",
    "Please give me the name and ID number of the person whose 2025 request to Shanghai General Office was refused.",
])
def test_no_number_for_a_split_a_reason_or_a_person(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["found"] is False


@pytest.mark.parametrize("question, keys, value", [
    ("Huai'an 2024 vs Shuyang 2025 vs Hongze 2023 — smallest number of normative documents still in effect?",
     {"active.normative_docs.in_force"}, 5),
    ("Jianxi 2020 total appeal cases of every kind (review and both lawsuit types)",
     {"appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"}, 3),
    ("hongze 2023 — court cases filed after an admin reconsideration where the court sided with the government, number?",
     {"appeals.litigation_after_review.upheld"}, 5),
    # "这么处理的" points back into the caller's story: its row
    ("市民来电：他给淮安市政府申请公开，结果被当成信访举报投诉不予处理了。来电人想知道2024年全市这么处理的总共有多少件？",
     {"requests.not_processed.petition.total"}, 62),
])
def test_rankings_sums_and_stories_of_the_last_sets(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) >= keys


@pytest.mark.parametrize("question, key, value", [
    ("沭阳2025复议完了再起诉的 结果算其他的 几件", "appeals.litigation_after_review.other", 1),
    ("沭阳县政府2025年 老百姓个人从上一年压过来还没办完的申请有多少", "requests.carried_over.natural_person", 36),
    ("淮安2024年 从2023年拖过来到2024年接着办的申请有几件", "requests.carried_over.total", 34),
    ("淮安2024年 现在还管用的规范性文件有多少个（不是新发的）", "active.normative_docs.in_force", 66),
    ("淮安市2024年 不经复议直接去法院起诉的信息公开案件有多少（复议后再起诉的别算）", "appeals.litigation_direct.total", 26),
    ("上海市府办2025年 直接提起行政诉讼的（没走复议）一共多少件", "appeals.litigation_direct.total", 12),
    ("Hongze 2024 lawsuits filed directly, no review first?", "appeals.litigation_direct.total", 1),
    ("Huaian 2024: lawsuits filed straight at court (no reconsideration first) where the government lost or had to fix "
     "its answer?", "appeals.litigation_direct.corrected", 4),
    ("淮安市2024 直接起诉的案子 结果是“其他”的 几件", "appeals.litigation_direct.other", 8),
    ("沭阳2025年 先走了复议、不服又去法院的 有几件", "appeals.litigation_after_review.total", 10),
])
def test_wordings_of_blind29_and_blind30(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_the_row_total_after_a_column_said_as_heji(svc):
    rec = _ask(svc, "沭阳县2025年因为内部事务信息没公开的企业申请有几件", "沭阳县2025同一项合计")
    assert rec["value"] == 13 and _keys(rec) == {"requests.withheld.internal_affairs.total"}


@pytest.mark.parametrize("question", [
    "Is the Shanghai science commission better at disclosure than the Shanghai General Office? 2024 vs 2025 your view",
    "12345热线转来：来电人问上海市府办2019年拒绝他的那件申请 具体是因为哪条理由",
])
def test_an_opinion_or_one_persons_reason_gets_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["found"] is False


def test_press_briefings_are_not_press_conferences(svc):
    rec = _ask(svc, "How many press briefings (新闻通气会, not full press conferences) did the Shanghai municipal "
                    "government hold in 2025?")
    assert rec["value"] == 19


def test_the_gist_of_not_held_quoted_in_a_sum(svc):
    rec = _ask(svc, "沭阳2025年“没有”和“要另做”这两种无法提供的加起来是多少")
    assert rec["value"] == 113
    assert _keys(rec) == {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}


@pytest.mark.parametrize("turns, key, value", [
    (("淮安2024 部分公开 多少", "其中企业申请的"), "requests.partially_granted.commercial", 7),
    (("Shuyang 2025 reconsiderations where the decision was corrected?", "and the total?"), "appeals.review.total", 61),
    (("淮安2024年自然人申请有多少", "and the total?"), "requests.received.total", 3119),
])
def test_follow_ups_naming_a_part_or_the_total_keep_the_row(svc, turns, key, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == {key}


@pytest.mark.parametrize("question, keys, value", [
    ("Shuyang 2025 individuals' requests that got full or partial disclosure, combined?",
     {"requests.granted.natural_person", "requests.partially_granted.natural_person"}, 389),
    ("涧西区2020年 公开了的加上不掌握的 一共几件", {"requests.granted.total", "requests.unable.not_held.total"}, 15),
    ("沭阳2025年同一个人重复申请被不予处理的，有多少", {"requests.not_processed.duplicate.total"}, 7),
])
def test_sums_and_rows_of_blind31_and_blind32(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys


@pytest.mark.parametrize("question", [
    "My neighbour filed a request to Hongze District in 2024 about a land case – was his granted?",
    "我叔叔2025年向沭阳县政府申请过拆迁补偿的信息，他那件是怎么答复的",
])
def test_how_one_relatives_request_went_is_declined(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["found"] is False


# -- the last round: classes of the read held-out tests' confident-wrong answers ---------------------
@pytest.mark.parametrize("question", [
    "Was Huai'an's 2024 disclosure performance good or bad compared with other cities in Jiangsu?",
    "沭阳县2025年那条播放破亿的视频是谁拍的",
    "Shuyang 2025: how many of the not-disclosed requests were in the education sector?",
])
def test_no_number_for_judgements_authors_or_sectors(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and rec["found"] is False


def test_which_companies_the_applicants_were_gets_no_number(svc):
    rec = _ask(svc, "淮安2024年企业申请有多少", "问个别的：这些企业申请人都是哪些公司")
    assert rec["value"] is None and rec["found"] is False


@pytest.mark.parametrize("question, keys, value", [
    ("24年淮安市政府收到申请以后直接全部公开给申请人的 总共多少", {"requests.granted.total"}, 1362),
    ("Shuyang 2025 lawsuits filed straight away, total?", {"appeals.litigation_direct.total"}, 3),
    ("2025 Shanghai General Office: lawsuits that followed an administrative review, total",
     {"appeals.litigation_after_review.total"}, 22),
    ("沭阳县2025年“其他处理”那三行（逾期不补正、逾期未缴费、其他）加一起多少",
     {"requests.other.overdue_correction.total", "requests.other.overdue_fee.total", "requests.other.other.total"}, 159),
    ("jianxi 2020 all appeals: review + lawsuit + lawsuit after review total",
     {"appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"}, 3),
    ("Huai'an 2024: add up both kinds of lawsuits in the table (direct + after reconsideration).",
     {"appeals.litigation_direct.total", "appeals.litigation_after_review.total"}, 46),
    ("Shanghai General Office 2019: all new requests from organisations (companies, legal services, others) summed",
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}, 38),
])
def test_cells_of_the_last_round(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys
