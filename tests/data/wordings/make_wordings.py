#!/usr/bin/env python3
"""Generate the blind wordings test set (wordings.jsonl).

Written blind: only the spec (shared/spec/fact_keys.tsv, shared/spec/README.md) and the
real reports with their hand-checked gold facts (shared/corpus/, shared/corpus/gold/) were
read. No project code was looked at.

Standard library only.  Deterministic (fixed random seed).

    python3 make_wordings.py [--corpus DIR] [--spec DIR] [--out FILE]

Defaults: the shared folder next to the project (../../../../../shared from this file,
i.e. /work/shared), or $NIANBAO_SHARED; output next to this script.
"""

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20201130

COLS = ["natural_person", "commercial", "research", "public_interest",
        "legal_services", "other_org", "total"]
ORG_COLS = ["commercial", "research", "public_interest", "legal_services", "other_org"]

# --------------------------------------------------------------------------------------
# Reports of the corpus whose tables we ask about.  agency_title = the name as printed in
# the report title; short = natural short forms; en = English renderings.
# --------------------------------------------------------------------------------------
REPORTS = [
    dict(rid="jianxi2020", file="seed_jianxi_2020.txt", gold="seed_jianxi_2020.json",
         title="涧西区人民政府办公室2020年政府信息公开工作年度报告",
         agency_title="涧西区人民政府办公室",
         short=["涧西区政府办公室", "涧西区政府办", "涧西区"],
         en=["the Jianxi District Government Office", "Jianxi district government office"],
         year=2020, fmt="2019", other_rows=1),
    dict(rid="huaian2024", file="001_huaian_2024_spaces.txt", gold="001_huaian_2024_spaces.json",
         title="淮安市人民政府2024年政府信息公开工作年度报告",
         agency_title="淮安市人民政府",
         short=["淮安市政府", "淮安市", "淮安"],
         en=["Huai'an Municipal People's Government", "the Huai'an city government"],
         year=2024, fmt="2021", other_rows=3),
    dict(rid="hongze2023", file="004_hongzequ_2023.txt", gold="004_hongzequ_2023.json",
         title="洪泽区人民政府2023年政府信息公开工作年度报告",
         agency_title="洪泽区人民政府",
         short=["淮安市洪泽区人民政府", "洪泽区政府", "洪泽区"],
         en=["Hongze District People's Government", "the Hongze district government"],
         year=2023, fmt="2021", other_rows=1),
    dict(rid="hongze2024", file="005_hongzequ_2024.txt", gold=None,
         title="淮安市洪泽区人民政府2024年政府信息公开工作年度报告",
         agency_title="淮安市洪泽区人民政府",
         short=["洪泽区政府", "洪泽区"],
         en=["Hongze District People's Government"],
         year=2024, fmt="2021", other_rows=1),
    dict(rid="shuyang2025", file="006_shuyangxian_2025.txt", gold="006_shuyangxian_2025.json",
         title="沐阳县人民政府2025年政府信息公开工作年度报告（OCR：沐阳=沭阳）",
         agency_title="沐阳县人民政府",
         short=["沭阳县人民政府", "沭阳县政府", "沭阳县", "沭阳"],
         en=["Shuyang County People's Government", "the Shuyang county government"],
         year=2025, fmt="2021", other_rows=3),
    dict(rid="shkewei2024", file="007_shkewei_2024.txt", gold=None,
         title="2024年上海市科委政府信息公开工作年度报告",
         agency_title="上海市科委",
         short=["上海市科学技术委员会", "市科委（上海）", "上海科委"],
         en=["the Shanghai Science and Technology Commission"],
         year=2024, fmt="2021", other_rows=3),
    dict(rid="shbgt2025", file="008_shanghai_bgt_2025.txt", gold=None,
         title="2025年上海市人民政府办公厅政府信息公开工作年度报告",
         agency_title="上海市人民政府办公厅",
         short=["上海市政府办公厅", "上海市府办公厅"],
         en=["the General Office of the Shanghai Municipal Government"],
         year=2025, fmt="2021", other_rows=3),
    dict(rid="shbgt2019", file="009_shanghai_bgt_2019.html", gold="009_shanghai_bgt_2019.json",
         title="2019年上海市人民政府办公厅政府信息公开工作年度报告",
         agency_title="上海市人民政府办公厅",
         short=["上海市政府办公厅", "上海市府办公厅"],
         en=["the General Office of the Shanghai Municipal Government",
             "Shanghai Municipal Government General Office"],
         year=2019, fmt="2019", other_rows=1),
]

# Narrative facts used by the narrative_only family (value in yuan, from the gold
# narrative_facts; 005 has no gold file and was read from its text by hand).
INFO_FEE = {"huaian2024": 3940, "hongze2023": 0, "hongze2024": 0, "shuyang2025": 380}

# --------------------------------------------------------------------------------------
# Traditional-looking variant: a one-to-one character map (good enough to look like 繁體).
# --------------------------------------------------------------------------------------
_T = dict(zip(
    "开请处复议诉讼结转办业构织务机关区县厅泽涧阳门数罚许规废发费额维纠错审总计几么还没这个们为过国护权内执询项现确补后访举报无当认获缴纳对强购万级经长员预热线电话会训满问条应该给让说题驳决绝从来里头样着继续胜败销变责违职调终与两单体团协众师学类据统栏写显录记载阅览难纳实际况间时门户网络关个义务减划营证书编区县镇乡厅局处级属乐节兴广东东这进远运还过达选边陆陈队阶际险随隐难电顺预领颁题风飞饭馆马驰驱验鱼鸟鸡麦黄齐龙们让议记讲许论设访证评识诉词译试诗该详语误说请读课谁调谈谋谢谨货质贩贵购贷费贸资赏赔赖赛赵车轨轩转轮软轻载较辅辆辈输辖边达迁过运进远违连迟适选逊递逻遗郑邓邮邻酱钢钱铁银锁锅错键锦长门闭问闲间闷闹闻阀阁阅阔队阳阴阵阶际陆陈降陕险隐隶难雇须顶项顺须预领频题颜额风飞饮饱饲饶饼馆首驱验骑骗鸣鸭鸽鹅黄齐齿龙龟",
    "開請處複議訴訟結轉辦業構織務機關區縣廳澤澗陽門數罰許規廢發費額維糾錯審總計幾麼還沒這個們為過國護權內執詢項現確補後訪舉報無當認獲繳納對強購萬級經長員預熱線電話會訓滿問條應該給讓說題駁決絕從來裡頭樣著繼續勝敗銷變責違職調終與兩單體團協眾師學類據統欄寫顯錄記載閱覽難納實際況間時門戶網絡關個義務減劃營證書編區縣鎮鄉廳局處級屬樂節興廣東東這進遠運還過達選邊陸陳隊階際險隨隱難電順預領頒題風飛飯館馬馳驅驗魚鳥雞麥黃齊龍們讓議記講許論設訪證評識訴詞譯試詩該詳語誤說請讀課誰調談謀謝謹貨質販貴購貸費貿資賞賠賴賽趙車軌軒轉輪軟輕載較輔輛輩輸轄邊達遷過運進遠違連遲適選遜遞邏遺鄭鄧郵鄰醬鋼錢鐵銀鎖鍋錯鍵錦長門閉問閒間悶鬧聞閥閣閱闊隊陽陰陣階際陸陳降陝險隱隸難雇須頂項順須預領頻題顏額風飛飲飽飼饒餅館首驅驗騎騙鳴鴨鴿鵝黃齊齒龍龜"))


_T.update(zip("号财态动产汇亿岁梦虽压厂广庆这济稳于积极", "號財態動產匯億歲夢雖壓廠廣慶這濟穩於積極"))


def to_trad(s):
    return "".join(_T.get(ch, ch) for ch in s)


ZH_DIGITS = "〇一二三四五六七八九"


def year_zh(y):
    return "".join(ZH_DIGITS[int(d)] for d in str(y))


# --------------------------------------------------------------------------------------
# Column (applicant type) names
# --------------------------------------------------------------------------------------
COL_ZH = {
    "natural_person": ["自然人", "个人", "公民个人", "普通市民个人"],
    "commercial": ["商业企业", "企业", "公司（商业企业）"],
    "research": ["科研机构", "科研院所", "研究机构"],
    "public_interest": ["社会公益组织", "公益组织", "公益性社会组织"],
    "legal_services": ["法律服务机构", "律师事务所等法律服务机构", "律所"],
    "other_org": ["其他法人或其他组织（“其他”一栏）", "其他类型的组织（法人或其他组织中的“其他”）"],
    "legal_person": ["法人或其他组织", "单位（法人或其他组织）", "各类法人和其他组织"],
}
COL_EN = {
    "natural_person": ["individuals", "natural persons", "private citizens"],
    "commercial": ["commercial enterprises", "businesses", "companies"],
    "research": ["research institutions", "research institutes"],
    "public_interest": ["public-interest organizations", "non-profit public-interest groups"],
    "legal_services": ["legal service institutions", "law firms"],
    "other_org": ["other legal persons or organizations (the 'other' column)"],
    "legal_person": ["legal persons and other organizations (all organisation columns together)",
                     "organisations (as opposed to individuals)"],
}

# --------------------------------------------------------------------------------------
# Table 三 rows.  np = noun phrase usable in generic frames; short = label that combines with
# an applicant column; sent = full colloquial / indirect sentences ({a} agency, {y} year,
# {py} previous year, {ny} next year); en_* likewise.  mn = neighbouring row prefixes a naive
# reading would pick (the same column of these rows goes into must_not_keys).
# --------------------------------------------------------------------------------------
R = "requests."
ROWS = OrderedDict()


def row(prefix, group, np, short, sent, en_np, en_short, en_sent, mn, derived=False,
        only=None, gloss=None, caveat=None):
    ROWS[prefix] = dict(group=group, np=np, short=short, sent=sent, en_np=en_np,
                        en_short=en_short, en_sent=en_sent, mn=mn, derived=derived,
                        only=only, gloss=gloss, caveat=caveat)


row(R + "received", "table1_received",
    ["本年新收政府信息公开申请数量", "本年新收的政府信息公开申请", "新收到的信息公开申请",
     "收到的依申请公开申请", "新接到的政府信息公开申请"],
    ["新提交的申请", "新收申请"],
    ["{a}{y}年一共收到了多少份信息公开申请？", "{y}年大家向{a}递交了几件政府信息公开申请？",
     "{a}{y}年新收的依申请公开件数是多少？", "{a}{y}年受理了多少件政府信息公开申请？",
     "{y}年有多少件申请找{a}要政府信息？"],
    ["new information disclosure applications received", "disclosure requests received",
     "new FOI-style requests filed"],
    ["new applications"],
    ["How many government information disclosure applications did {a} receive in {y}?",
     "How many new disclosure requests came in to {a} in {y}?",
     "{a}: new applications received in {y}?"],
    [R + "carried_over", R + "total_processed", R + "carried_forward", R + "granted"])

row(R + "carried_over", "table1_received",
    ["上年结转政府信息公开申请数量", "上年结转的申请", "上年度结转过来的申请",
     "从上一年转过来的申请", "去年没办完、转到当年的申请"],
    ["上年结转的申请"],
    ["{a}{y}年开年时手上还有多少件上一年没办完的申请？", "{a}{y}年从{py}年结转过来几件申请？",
     "{y}年{a}接手的上年结转申请有多少？", "{a}{py}年遗留到{y}年继续办的申请有几件？"],
    ["applications carried over from the previous year", "requests carried in from last year's backlog"],
    ["applications carried over from the previous year"],
    ["How many requests did {a} carry over from {py} into {y}?",
     "Backlog from the previous year at {a} in {y}?",
     "How many applications were brought forward into {y} from {py} at {a}?"],
    [R + "carried_forward", R + "received"])

row(R + "granted", "table3_outcomes",
    ["予以公开的申请", "（一）予以公开", "全部公开的申请", "同意公开的申请"],
    ["予以公开的", "全部公开的"],
    ["{a}{y}年有几件申请是全部公开的？", "{a}{y}年批准公开的申请有多少件？",
     "{y}年{a}同意公开（予以公开）的有几件？", "{a}{y}年完全满足申请人、予以公开的是多少件？"],
    ["requests granted in full", "applications where the information was disclosed",
     "fully disclosed requests"],
    ["granted in full"],
    ["How many requests did {a} grant in full in {y}?",
     "In {y}, how many applications to {a} ended with the information disclosed?"],
    [R + "partially_granted", R + "total_processed", R + "withheld"])

row(R + "partially_granted", "table3_outcomes",
    ["部分公开的申请", "（二）部分公开", "只公开了一部分的申请"],
    ["部分公开的", "只公开了一部分的"],
    ["{a}{y}年有几件申请只给公开了一部分？", "{a}{y}年部分公开是几件？",
     "{y}年{a}公开一部分、其余不公开的申请有多少？"],
    ["partially granted requests", "requests only partly disclosed"],
    ["partially granted"],
    ["How many requests did {a} grant only in part in {y}?",
     "Partial disclosures at {a} in {y} — how many?"],
    [R + "granted", R + "withheld"])

row(R + "withheld", "table3_outcomes",
    ["不予公开的申请", "（三）不予公开", "被拒绝公开的申请", "决定不公开的申请"],
    ["不予公开的", "被拒绝公开的"],
    ["{a}{y}年有几件没公开？", "{a}{y}年不予公开的申请一共有多少？",
     "{y}年{a}拒绝公开了多少件？", "{a}{y}年申请被拒、不给公开的有几件？"],
    ["requests refused (not disclosed)", "applications denied disclosure", "withheld requests"],
    ["refused disclosure"],
    ["How many requests did {a} refuse to disclose in {y}?",
     "How many applications were withheld by {a} in {y}, all reasons together?"],
    [R + "partially_granted", R + "unable", R + "not_processed", R + "withheld.state_secret",
     R + "withheld.admin_query"],
    derived=True, gloss="withheld (不予公开), all eight reasons together",
    caveat="colloquial 没公开/拒绝公开 is read as the template row （三）不予公开 (derived sum of its "
           "8 sub-items); an answer that states this reading or splits 不予公开/无法提供/不予处理 explicitly is also fine")

WITHHELD = [
    ("state_secret", ["属于国家秘密而不予公开的申请", "因涉及国家秘密不予公开的申请"],
     ["属于国家秘密不予公开的", "因涉密没公开的"],
     ["{a}{y}年有几件申请因为涉密（属于国家秘密）没公开？"],
     ["requests withheld as state secrets"], ["withheld as state secrets"],
     ["How many requests did {a} withhold as state secrets in {y}?"],
     ["security_stability", "prohibited_by_law"]),
    ("prohibited_by_law", ["因其他法律行政法规禁止公开而不予公开的申请", "其他法律行政法规禁止公开的不予公开件数"],
     ["因其他法律行政法规禁止公开而不予公开的", "因法律法规禁止公开没给的"],
     ["{a}{y}年有几件是因为别的法律法规禁止公开才没公开的？"],
     ["requests withheld because other laws or regulations prohibit disclosure"],
     ["withheld because other laws prohibit disclosure"],
     ["How many {y} requests did {a} refuse because another law or regulation forbids disclosure?"],
     ["state_secret", "security_stability"]),
    ("security_stability", ["因危及“三安全一稳定”不予公开的申请", "危及国家安全、公共安全、经济安全和社会稳定而不予公开的申请"],
     ["因危及“三安全一稳定”不予公开的", "因可能危及国家安全和社会稳定没公开的"],
     ["{a}{y}年因为公开后可能危及国家安全、公共安全、经济安全或社会稳定而没公开的有几件？"],
     ["requests withheld because disclosure would endanger security or social stability"],
     ["withheld for endangering security or stability"],
     ["How many requests did {a} withhold in {y} on 'three securities and one stability' grounds?"],
     ["state_secret", "prohibited_by_law"]),
    ("third_party", ["为保护第三方合法权益不予公开的申请", "因涉及第三方合法权益而不予公开的申请"],
     ["为保护第三方合法权益不予公开的", "因涉及他人隐私或商业秘密没公开的"],
     ["{a}{y}年有几件申请因为涉及别人的隐私、商业秘密等第三方权益没公开？"],
     ["requests withheld to protect third-party rights"], ["withheld to protect third parties"],
     ["How many requests did {a} withhold in {y} to protect third-party rights such as privacy?"],
     ["internal_affairs", "prohibited_by_law"]),
    ("internal_affairs", ["属于三类内部事务信息而不予公开的申请", "内部事务信息不予公开的件数"],
     ["属于三类内部事务信息不予公开的", "因为是机关内部事务信息没公开的"],
     ["{a}{y}年因属于人事管理、后勤管理、内部工作流程等内部事务信息而没公开的有几件？"],
     ["requests withheld as internal-affairs information"], ["withheld as internal affairs"],
     ["How many requests did {a} refuse in {y} because the information was internal affairs?"],
     ["process_info", "third_party"]),
    ("process_info", ["属于四类过程性信息而不予公开的申请", "过程性信息不予公开的件数"],
     ["属于四类过程性信息不予公开的", "因为是讨论记录、过程稿等过程性信息没公开的"],
     ["{a}{y}年有几件申请因为要的是讨论记录、请示报告之类的过程性信息而被拒绝？"],
     ["requests withheld as process (deliberative) information"], ["withheld as process information"],
     ["How many requests did {a} withhold as deliberative/process information in {y}?"],
     ["internal_affairs", "enforcement_files"]),
    ("enforcement_files", ["属于行政执法案卷而不予公开的申请", "行政执法案卷不予公开的件数"],
     ["属于行政执法案卷不予公开的", "因为是执法案卷没给公开的"],
     ["{a}{y}年因为属于行政执法案卷而没公开的申请有几件？"],
     ["requests withheld as administrative enforcement case files"], ["withheld as enforcement files"],
     ["How many requests did {a} refuse in {y} because they concerned enforcement case files?"],
     ["admin_query", "process_info"]),
    ("admin_query", ["属于行政查询事项而不予公开的申请", "行政查询事项不予公开的件数"],
     ["属于行政查询事项不予公开的", "因为属于查询类事项（应走查询渠道）没公开的"],
     ["{a}{y}年有多少件申请因为属于行政查询事项（比如查档案、查登记信息）被告知不予公开？"],
     ["requests withheld as administrative query matters"], ["withheld as administrative query matters"],
     ["How many {y} requests did {a} decline as administrative query matters?"],
     ["enforcement_files", "state_secret"]),
]
for sub, np, short, sent, en_np, en_short, en_sent, sib in WITHHELD:
    row(R + "withheld." + sub, "table3_outcomes", np, short, sent, en_np, en_short, en_sent,
        [R + "withheld"] + [R + "withheld." + s for s in sib])

row(R + "unable", "table3_outcomes",
    ["无法提供的申请", "（四）无法提供", "没法提供信息的申请"],
    ["无法提供的", "提供不了的"],
    ["{a}{y}年有多少件申请是给不了信息的（无法提供）？", "{y}年{a}无法提供的一共几件？"],
    ["requests where the information could not be provided", "unable-to-provide outcomes"],
    ["unable to provide"],
    ["How many requests could {a} not fulfil (unable to provide) in {y}?"],
    [R + "withheld", R + "not_processed", R + "unable.not_held"],
    derived=True, gloss="unable to provide (无法提供), sum of its 3 sub-items")

UNABLE = [
    ("not_held", ["因本机关不掌握相关政府信息而无法提供的申请", "本机关不掌握相关政府信息的件数"],
     ["因本机关不掌握相关信息而无法提供的", "因为本机关没有这个信息给不了的"],
     ["{a}{y}年有几件申请是因为{a}根本不掌握这些信息而答复无法提供？",
      "{a}{y}年回复“本机关不掌握”的申请有多少？"],
     ["requests the agency could not fulfil because it does not hold the information"],
     ["not held by the agency"],
     ["How many {y} requests to {a} failed because the agency did not hold the information?"],
     ["needs_creation", "unclear"], [R + "withheld"]),
    ("needs_creation", ["因没有现成信息需要另行制作而无法提供的申请", "没有现成信息需要另行制作的件数"],
     ["因需要另行制作而无法提供的", "因为没有现成材料、要另外加工才能给的"],
     ["{a}{y}年有几件申请因为要另外加工、汇总制作才有信息而没提供？"],
     ["requests not fulfilled because the information would have to be newly created"],
     ["would need to be newly created"],
     ["How many {y} requests did {a} decline because no ready-made information existed?"],
     ["not_held", "unclear"], []),
    ("unclear", ["因补正后申请内容仍不明确而无法提供的申请", "补正后申请内容仍不明确的件数"],
     ["补正后申请内容仍不明确而无法提供的", "补正以后还是说不清要什么的"],
     ["{a}{y}年让申请人补正后还是没说清楚要什么、最后无法提供的有几件？"],
     ["requests still unclear after the applicant corrected them"],
     ["still unclear after correction"],
     ["How many {y} requests to {a} remained unclear even after correction?"],
     ["not_held", "needs_creation"], [R + "other.overdue_correction"]),
]
for sub, np, short, sent, en_np, en_short, en_sent, sib, extra in UNABLE:
    row(R + "unable." + sub, "table3_outcomes", np, short, sent, en_np, en_short, en_sent,
        [R + "unable"] + [R + "unable." + s for s in sib] + extra)

row(R + "not_processed", "table3_outcomes",
    ["不予处理的申请", "（五）不予处理", "被决定不予处理的申请"],
    ["不予处理的"],
    ["{a}{y}年有几件申请被不予处理？", "{y}年{a}直接不予处理的申请一共多少？"],
    ["requests not processed", "applications dismissed without processing"],
    ["not processed"],
    ["How many requests did {a} decline to process in {y}?"],
    [R + "withheld", R + "unable", R + "other"],
    derived=True, gloss="not processed (不予处理), sum of its 5 sub-items")

NOTPROC = [
    ("petition", ["信访举报投诉类申请", "属于信访举报投诉类而不予处理的申请"],
     ["属于信访举报投诉类申请的", "其实是信访投诉举报的"],
     ["{a}{y}年有多少件“申请”其实是信访、举报、投诉，被不予处理？"],
     ["requests not processed because they were petitions, reports or complaints"],
     ["petitions or complaints"],
     ["How many of {a}'s {y} applications were really petitions or complaints?"],
     ["duplicate", "excessive"]),
    ("duplicate", ["重复申请", "因重复申请不予处理的件数"],
     ["重复申请的", "重复提交的"],
     ["{a}{y}年有几件是重复申请被不予处理的？"],
     ["duplicate applications not processed"], ["duplicate applications"],
     ["How many duplicate applications did {a} decline to process in {y}?"],
     ["excessive", "reconfirm"]),
    ("publication", ["要求提供公开出版物的申请", "因要求提供公开出版物而不予处理的件数"],
     ["要求提供公开出版物的", "要的是公开出版物的"],
     ["{a}{y}年有几件申请要的其实是公开出版物、因此不予处理？"],
     ["requests not processed because they asked for published materials"],
     ["asked for published materials"],
     ["How many {y} requests to {a} asked for public publications and were not processed?"],
     ["reconfirm", "duplicate"]),
    ("excessive", ["无正当理由大量反复申请", "因无正当理由大量反复申请而不予处理的件数"],
     ["无正当理由大量反复申请的", "没正当理由大量、反复申请的"],
     ["{a}{y}年有几件申请属于没有正当理由、大量反复提出的？"],
     ["excessive repeated applications without good reason"], ["excessive repeated applications"],
     ["How many {y} applications to {a} were rejected as excessive and repetitive without good reason?"],
     ["duplicate", "petition"]),
    ("reconfirm", ["要求行政机关确认或重新出具已获取信息的申请", "要求确认或重新出具已获取信息而不予处理的件数"],
     ["要求确认或重新出具已获取信息的", "要机关再确认或重开已拿到信息的"],
     ["{a}{y}年有几件申请是要求对已经拿到的信息再确认或重新出具、被不予处理的？"],
     ["requests to confirm or reissue information already obtained"], ["asked to confirm or reissue information"],
     ["How many {y} requests to {a} asked the agency to confirm or reissue information the applicant already had?"],
     ["duplicate", "publication"]),
]
for sub, np, short, sent, en_np, en_short, en_sent, sib in NOTPROC:
    row(R + "not_processed." + sub, "table3_outcomes", np, short, sent, en_np, en_short, en_sent,
        [R + "not_processed"] + [R + "not_processed." + s for s in sib])

row(R + "other", "table3_outcomes",
    ["其他处理的申请", "（六）其他处理", "以其他方式处理的申请"],
    ["其他处理的"],
    ["{a}{y}年“其他处理”的申请有几件？", "{y}年{a}作其他处理的一共多少件？"],
    ["requests with 'other handling'", "applications closed by other handling"],
    ["other handling"],
    ["How many requests ended in 'other handling' at {a} in {y}?"],
    [R + "not_processed", R + "other.other", R + "unable"],
    gloss="other handling (其他处理); a printed row in the 2019 format and in 2021 reports that keep "
          "it as one row; in 3-sub-item 2021 reports the derived sum of its sub-items")

OTHER = [
    ("overdue_correction",
     ["申请人无正当理由逾期不补正、行政机关不再处理的申请", "逾期不补正而不再处理的申请"],
     ["逾期不补正而不再处理的", "没按期补正材料被停办的"],
     ["{a}{y}年有几件申请是因为申请人逾期不补正、机关不再处理了？",
      "{a}{y}年让申请人补正但对方过期没补、最后不再处理的有几件？"],
     ["requests dropped because the applicant did not supply corrections in time"],
     ["dropped for failing to correct in time"],
     ["How many {y} requests did {a} stop handling because the applicant never supplied the requested corrections?"],
     ["overdue_fee"], [R + "unable.unclear"]),
    ("overdue_fee",
     ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理的申请", "逾期未缴费而不再处理的申请"],
     ["逾期未缴纳费用而不再处理的", "没按时交信息处理费被停办的"],
     ["{a}{y}年有几件申请因为申请人没按收费通知交钱而不再处理？"],
     ["requests dropped because the applicant did not pay the fee in time"],
     ["dropped for non-payment of the fee"],
     ["How many {y} requests did {a} drop because the applicant did not pay the processing fee?"],
     ["overdue_correction", "other"], []),
    ("other",
     ["其他处理中的“其他”情形", "（六）其他处理第3项“其他”"],
     ["其他处理中属于“3.其他”的"],
     ["{a}{y}年其他处理下面“3.其他”那一项是多少件？",
      "{a}{y}年其他处理里既不是逾期不补正、也不是逾期不缴费的“其他”有几件？"],
     ["requests in the residual 'other' sub-item of other handling"],
     ["in the residual 'other' sub-item of other handling"],
     ["How many {y} requests did {a} put under sub-item 3 'other' of 'other handling'?"],
     ["overdue_correction", "overdue_fee"], []),
]
for sub, np, short, sent, en_np, en_short, en_sent, sib, extra in OTHER:
    row(R + "other." + sub, "table3_outcomes", np, short, sent, en_np, en_short, en_sent,
        [R + "other"] + [R + "other." + s for s in sib] + extra, only="three_other_rows")

row(R + "total_processed", "table3_outcomes",
    ["本年度办理结果总计", "（七）总计（办理结果）", "办结的申请", "答复了的申请"],
    ["办理完毕的", "已答复的"],
    ["{a}{y}年一共答复了多少件信息公开申请？", "{a}{y}年办结了几件申请？",
     "{y}年{a}处理完的依申请公开件数是多少？"],
    ["requests handled (total of all outcomes)", "requests answered", "requests processed to a decision"],
    ["handled"],
    ["How many disclosure requests did {a} answer in {y}?",
     "What is the total of all handling outcomes for {a} in {y}?"],
    [R + "received", R + "carried_forward", R + "granted"])

row(R + "carried_forward", "table3_outcomes",
    ["结转下年度继续办理的申请", "四、结转下年度继续办理", "还没办完的申请",
     "顺延到下年度答复的申请", "年底仍在办理中的申请"],
    ["结转下年度继续办理的", "还没办完的"],
    ["{a}{y}年还有几件申请没办完？", "{a}{y}年底还没办完、要留到{ny}年的申请有多少？",
     "{y}年{a}有多少件申请结转到{ny}年继续办理？", "{a}{y}年在办（未办结）的申请是几件？"],
    ["applications carried forward to the next year", "requests still pending at year end",
     "unfinished requests rolled over"],
    ["carried forward to next year"],
    ["How many requests were still open at {a} at the end of {y}?",
     "How many applications did {a} roll over into {ny}?"],
    [R + "carried_over", R + "total_processed", "appeals.review.pending",
     "appeals.litigation_direct.pending"])

# --------------------------------------------------------------------------------------
# Table 四 (appeals)
# --------------------------------------------------------------------------------------
AP_GROUPS = OrderedDict([
    ("review", dict(
        zh=["行政复议", "因政府信息公开被申请行政复议的案件", "复议案件"],
        colloq=["被人申请复议的信息公开案子"],
        en=["administrative reconsideration cases", "administrative review cases"])),
    ("litigation_direct", dict(
        zh=["未经复议直接起诉的行政诉讼", "直接起诉的行政诉讼案件"],
        colloq=["没经过复议直接告到法院的官司"],
        en=["lawsuits filed directly without reconsideration", "direct administrative lawsuits"])),
    ("litigation_after_review", dict(
        zh=["复议后起诉的行政诉讼", "经复议后又起诉的行政诉讼案件"],
        colloq=["复议完又去法院打官司的案子"],
        en=["lawsuits filed after reconsideration", "administrative lawsuits brought after a review"])),
])
AP_OUT = OrderedDict([
    ("upheld", dict(zh=["结果维持的", "被维持的", "维持原决定的"], en=["upheld", "decided in the agency's favour (upheld)"])),
    ("corrected", dict(zh=["结果纠正的", "被纠正的", "被纠错的"], en=["corrected", "overturned or corrected"])),
    ("other", dict(zh=["其他结果的", "以其他结果结案的"], en=["closed with another outcome", "with an 'other' outcome"])),
    ("pending", dict(zh=["尚未审结的", "还没审结的", "还在审理中的"], en=["still pending", "not yet concluded"])),
    ("total", dict(zh=["总计", "一共"], en=["in total", "altogether"])),
])
AP_LIT_LOSS = ["败诉（结果纠正）的", "输了官司（被判纠正）的"]

# --------------------------------------------------------------------------------------
# Table 二 (active disclosure)
# --------------------------------------------------------------------------------------
A = "active."
ACTIVE = OrderedDict()


def act(key, fmts, np, sent, en_np, en_sent, mn, unit=None):
    ACTIVE[key] = dict(fmts=fmts, np=np, sent=sent, en_np=en_np, en_sent=en_sent, mn=mn, unit=unit)


# 2021 format
act(A + "regulations.issued", {"2021"},
    ["本年制发的规章", "规章本年制发件数", "新制定出台的规章"],
    ["{a}{y}年出台了几部规章？", "{y}年{a}新制发规章多少件？"],
    ["regulations (规章) issued this year", "new government regulations issued"],
    ["How many regulations did {a} issue in {y}?"],
    [A + "regulations.in_force", A + "normative_docs.issued", A + "regulations.repealed"])
act(A + "regulations.repealed", {"2021"},
    ["本年废止的规章", "规章本年废止件数"],
    ["{a}{y}年废止了几部规章？"],
    ["regulations repealed this year"],
    ["How many regulations did {a} repeal in {y}?"],
    [A + "regulations.issued", A + "normative_docs.repealed", A + "regulations.in_force"])
act(A + "regulations.in_force", {"2021"},
    ["现行有效的规章", "规章现行有效件数"],
    ["{a}{y}年底现行有效的规章一共几件？", "截至{y}年{a}还有效的规章有多少部？"],
    ["regulations currently in force"],
    ["How many of {a}'s regulations were in force according to its {y} report?"],
    [A + "regulations.issued", A + "normative_docs.in_force"])
act(A + "normative_docs.issued", {"2021"},
    ["本年制发的行政规范性文件", "行政规范性文件本年制发件数", "新发的规范性文件"],
    ["{a}{y}年新发了多少件行政规范性文件？", "{y}年{a}制发的规范性文件是几件？"],
    ["normative documents issued this year", "new administrative normative documents"],
    ["How many normative documents did {a} issue in {y}?"],
    [A + "normative_docs.in_force", A + "regulations.issued", A + "normative_docs.repealed"])
act(A + "normative_docs.repealed", {"2021"},
    ["本年废止的行政规范性文件", "行政规范性文件本年废止件数"],
    ["{a}{y}年废止了多少件规范性文件？", "{y}年{a}清理废止的行政规范性文件有几件？"],
    ["normative documents repealed this year"],
    ["How many normative documents did {a} repeal in {y}?"],
    [A + "normative_docs.issued", A + "normative_docs.in_force", A + "regulations.repealed"])
act(A + "normative_docs.in_force", {"2021"},
    ["现行有效的行政规范性文件", "行政规范性文件现行有效件数"],
    ["{a}{y}年现行有效的规范性文件还有多少件？"],
    ["normative documents currently in force"],
    ["How many normative documents of {a} were in force per its {y} report?"],
    [A + "normative_docs.issued", A + "regulations.in_force", A + "normative_docs.repealed"])
act(A + "licensing.decisions", {"2019", "2021"},
    ["行政许可处理决定数量", "行政许可的本年处理决定数量", "作出的行政许可决定"],
    ["{a}{y}年批了多少件行政许可？", "{y}年{a}作出了多少个行政许可决定？"],
    ["administrative licensing decisions", "licensing decisions made"],
    ["How many administrative licensing decisions did {a} make in {y}?"],
    [A + "punishment.decisions", A + "coercion.decisions", A + "licensing.prev_year_items"])
act(A + "punishment.decisions", {"2019", "2021"},
    ["行政处罚处理决定数量", "行政处罚的本年处理决定数量", "作出的行政处罚决定"],
    ["{a}{y}年罚了多少次（行政处罚决定几件）？", "{y}年{a}开出的行政处罚决定有多少？"],
    ["administrative penalty decisions", "penalty decisions issued"],
    ["How many administrative penalty decisions did {a} issue in {y}?"],
    [A + "licensing.decisions", A + "coercion.decisions", A + "punishment.prev_year_items"])
act(A + "coercion.decisions", {"2019", "2021"},
    ["行政强制处理决定数量", "行政强制的本年处理决定数量", "作出的行政强制决定"],
    ["{a}{y}年采取了多少次行政强制？", "{y}年{a}的行政强制决定有几件？"],
    ["administrative coercion decisions", "coercive-measure decisions"],
    ["How many administrative coercion decisions did {a} make in {y}?"],
    [A + "punishment.decisions", A + "licensing.decisions", A + "coercion.prev_year_items"])
act(A + "fees.amount", {"2021"},
    ["行政事业性收费本年收费金额", "行政事业性收费金额（万元）", "收取的行政事业性收费"],
    ["{a}{y}年收了多少行政事业性收费（万元）？", "{y}年{a}行政事业性收费一共多少万元？"],
    ["administrative fees collected (in 10,000 yuan)", "administrative and institutional fees collected"],
    ["How much did {a} collect in administrative fees in {y} (in 万元)?"],
    [A + "procurement.amount"], unit="万元")
# 2019 format
for thing, zh, en in (("regulations", "规章", "regulations"), ("normative_docs", "规范性文件", "normative documents")):
    act(A + thing + ".made", {"2019"},
        ["本年新制作的" + zh, zh + "本年新制作数量"],
        ["{a}{y}年新制作了几件" + zh + "？"],
        [en + " newly made this year"],
        ["How many " + en + " did {a} newly make in {y}?"],
        [A + thing + ".published", A + thing + ".total_published"])
    act(A + thing + ".published", {"2019"},
        ["本年新公开的" + zh, zh + "本年新公开数量"],
        ["{a}{y}年新公开了几件" + zh + "？"],
        [en + " newly published this year"],
        ["How many " + en + " did {a} newly publish in {y}?"],
        [A + thing + ".made", A + thing + ".total_published"])
    act(A + thing + ".total_published", {"2019"},
        ["对外公开的" + zh + "总数量", zh + "对外公开总数量"],
        ["截至{y}年{a}累计对外公开的" + zh + "一共多少件？"],
        ["total " + en + " published to date"],
        ["How many " + en + " had {a} published in total by {y}?"],
        [A + thing + ".published", A + thing + ".made"])
for thing, zh, en in (("licensing", "行政许可", "administrative licensing"),
                      ("other_services", "其他对外管理服务事项", "other external management services"),
                      ("punishment", "行政处罚", "administrative penalties"),
                      ("coercion", "行政强制", "administrative coercion"),
                      ("fees", "行政事业性收费", "administrative fees")):
    act(A + thing + ".prev_year_items", {"2019"},
        [zh + "上一年项目数量", "上一年的" + zh + "项目"],
        ["{a}{y}年报里" + zh + "上一年有多少项？"],
        [en + " items in the previous year"],
        ["How many " + en + " items did {a} have in the previous year per its {y} report?"],
        [A + thing + ".change"] + ([A + thing + ".decisions"] if thing != "fees" else []))
    act(A + thing + ".change", {"2019"},
        [zh + "本年增/减", zh + "项目本年增减数量"],
        ["{a}{y}年" + zh + "项目比上年增减了多少项？"],
        ["change in " + en + " items this year"],
        ["By how many items did {a}'s " + en + " change in {y}?"],
        [A + thing + ".prev_year_items"] + ([A + thing + ".decisions"] if thing != "fees" else []))
act(A + "other_services.decisions", {"2019"},
    ["其他对外管理服务事项处理决定数量"],
    ["{a}{y}年其他对外管理服务事项作出了多少处理决定？"],
    ["decisions on other external management services"],
    ["How many decisions on other external management services did {a} make in {y}?"],
    [A + "licensing.decisions", A + "other_services.prev_year_items"])
act(A + "procurement.projects", {"2019"},
    ["政府集中采购项目数量", "集中采购的项目"],
    ["{a}{y}年政府集中采购了几个项目？"],
    ["centralized government procurement projects"],
    ["How many centralized procurement projects did {a} run in {y}?"],
    [A + "procurement.amount"])
act(A + "procurement.amount", {"2019"},
    ["政府集中采购总金额", "集中采购花的钱（万元）"],
    ["{a}{y}年政府集中采购一共花了多少万元？"],
    ["centralized government procurement amount (in 10,000 yuan)"],
    ["How much did {a} spend on centralized government procurement in {y}?"],
    [A + "procurement.projects"], unit="万元")

# --------------------------------------------------------------------------------------
# Generic frames
# --------------------------------------------------------------------------------------
F_ZH = [
    "{a}{y}年{np}有多少？",
    "{a}{y}年{np}是几件？",
    "{y}年{a}{np}一共多少件？",
    "请问{a}{y}年度政府信息公开工作年度报告中，{np}的数量是多少？",
    "{a}{y}年的年报里{np}为多少件？",
    "{y}年度{a}的{np}有几件？",
    "查一下{a}{y}年{np}的数字",
    "{a} {y}年 {np} 多少",
    "想了解一下，{a}在{y}年{np}有多少件？",
    "{a}{yz}年政府信息公开年报：{np}？",
]
F_ZH_ACT = [
    "{a}{y}年{np}是多少？",
    "请问{a}{y}年度年报第二部分里，{np}有多少？",
    "{y}年{a}{np}的数字是多少？",
    "{a} {y}年 {np}",
    "{a}{yz}年主动公开情况中{np}为多少？",
]
F_EN = [
    "How many {np} did {a} report for {y}?",
    "How many {np} were there at {a} in {y}?",
    "{a}, {y}: how many {np}?",
    "What was the number of {np} in the {y} annual report of {a}?",
    "Number of {np} — {a}, {y}?",
    "In {y}, how many {np} did {a} have?",
    "{a} — {np} in {y}?",
]
F_EN_ACT = [
    "What figure does {a}'s {y} annual report give for {np}?",
    "{a}, {y}: {np}?",
    "How many {np} — {a} in {y}?",
]
# mixed Chinese/English
F_MIX = [
    "How many {zh} cases did {a} have in {y}?",
    "{a} {y}年 {en}: 多少件?",
]

# --------------------------------------------------------------------------------------
# Questions whose quantity is not in any report.  kw: if a keyword of the list occurs in a
# report within 12 characters of a digit, the question is not asked about that report.
# --------------------------------------------------------------------------------------
UNANS = [
    ("staff", ["{a}{y}年负责政府信息公开工作的人员有多少人？", "{a}{y}年信息公开专职工作人员是几个人？",
               "{y}年{a}政务公开办公室有几名工作人员？"],
     ["How many staff worked on information disclosure at {a} in {y}?",
      "Headcount of {a}'s disclosure office in {y}?"], ["人员", "人数", "编制", "工作人员"]),
    ("budget", ["{a}{y}年政府信息公开工作经费预算是多少万元？", "{y}年{a}信息公开办公室的年度预算有多少？",
                "{a}{y}年花在政务公开上的经费是多少？"],
     ["What was the budget of {a}'s information disclosure office in {y}?",
      "How much did {a} spend on information disclosure work in {y}?"], ["经费", "预算", "支出"]),
    ("visits", ["{a}{y}年政府网站信息公开专栏的访问量是多少？", "{y}年{a}门户网站被浏览了多少次？"],
     ["How many page views did {a}'s disclosure website get in {y}?"], ["访问", "浏览", "点击"]),
    ("satisfaction", ["{a}{y}年申请人对信息公开答复的满意率是多少？", "{y}年{a}依申请公开的群众满意度是百分之多少？"],
     ["What was the applicant satisfaction rate at {a} in {y}?"], ["满意"]),
    ("avg_days", ["{a}{y}年依申请公开平均多少个工作日答复？", "{y}年{a}答复一件信息公开申请平均用了几天？"],
     ["On average, how many working days did {a} take to answer a request in {y}?"], ["平均", "工作日"]),
    ("hotline", ["{a}{y}年政务公开咨询热线接听了多少个电话？", "{y}年{a}接到多少通信息公开咨询来电？"],
     ["How many disclosure hotline calls did {a} answer in {y}?"], ["热线", "来电", "接听", "咨询"]),
    ("followers", ["{a}{y}年政务微博有多少粉丝？"],
     ["How many followers did {a}'s official microblog have in {y}?"], ["粉丝", "关注"]),
    ("channel", ["{a}{y}年通过网上平台提交的信息公开申请有多少件？", "{y}年{a}收到的信函申请和当面申请各多少件？"],
     ["How many of {a}'s {y} requests were submitted online?"],
     ["网上", "在线", "信函", "当面", "邮寄", "网络"]),
    ("topic", ["{a}{y}年涉及征地拆迁的信息公开申请有多少件？"],
     ["How many {y} requests to {a} concerned land expropriation and demolition?"], ["征地", "拆迁", "征收"]),
    ("compensation", ["{a}{y}年因信息公开行政复议或诉讼赔偿了多少钱？"],
     ["How much compensation did {a} pay in disclosure-related appeals in {y}?"], ["赔偿"]),
    ("foreign", ["{a}{y}年外国人或境外机构提交了几件信息公开申请？"],
     ["How many disclosure requests did foreign nationals file with {a} in {y}?"], ["外国", "外籍", "境外"]),
    ("gender", ["{a}{y}年的信息公开申请人中女性有多少人？"],
     ["How many of {a}'s applicants in {y} were women?"], ["女性", "男性"]),
    ("training", ["{a}{y}年组织了几场政务公开业务培训？", "{y}年{a}信息公开培训覆盖了多少人次？"],
     ["How many information-disclosure training sessions did {a} hold in {y}?"], ["培训"]),
    ("copy_cost", ["{a}{y}年为申请人复印材料花了多少钱？"],
     ["How much did {a} spend on photocopying for applicants in {y}?"], ["复印", "打印"]),
    ("score", ["{a}{y}年政务公开第三方评估得了多少分？", "{y}年{a}政务公开考核排名第几？"],
     ["What score did {a} get in the {y} third-party transparency assessment?"],
     ["得分", "评估", "排名", "考核"]),
    ("meetings", ["{a}{y}年政务公开领导小组开了几次会？"],
     ["How many times did {a}'s disclosure leading group meet in {y}?"], ["领导小组", "会议", "专题会"]),
    ("appeal_days", ["{a}{y}年行政复议案件平均审理了多少天？"],
     ["How long on average did reconsideration cases against {a} take in {y}?"], ["平均", "审理期限", "天"]),
]

# Format mismatch: a quantity the template of this report does not print.
# (report formats -> list of (zh sentences, en sentences, must_not, reason))
MISMATCH = [
    ({"2019"}, ["{a}{y}年因申请人逾期未缴纳信息处理费而不再处理的申请有几件？"],
     ["How many {y} requests did {a} drop because the applicant did not pay the fee?"],
     [R + "other.total"], "2019 format: （六）其他处理 is a single row; the fee sub-item is not printed"),
    ({"2019"}, ["{a}{y}年逾期不补正、不再处理的申请有多少件？"],
     ["How many {y} requests to {a} were dropped for failure to correct in time?"],
     [R + "other.total", R + "unable.unclear.total"],
     "2019 format: （六）其他处理 is a single row; the overdue-correction sub-item is not printed"),
    ({"2019"}, ["{a}{y}年行政事业性收费金额是多少万元？", "{y}年{a}收取了多少万元行政事业性收费？"],
     ["How much did {a} collect in administrative fees (万元) in {y}?"],
     [A + "fees.prev_year_items", A + "fees.change", A + "procurement.amount"],
     "2019 format counts fee items (上一年项目数量/本年增减), not an amount"),
    ({"2019"}, ["{a}{y}年现行有效的行政规范性文件有几件？", "{a}{y}年废止了几件规范性文件？"],
     ["How many normative documents of {a} were in force in {y}?"],
     [A + "normative_docs.total_published", A + "normative_docs.made"],
     "2019 format has 本年新制作/本年新公开/对外公开总数量, not 现行有效件数 or 本年废止件数"),
    ({"2021"}, ["{a}{y}年政府集中采购项目有多少个？", "{y}年{a}政府集中采购总金额是多少万元？"],
     ["How much did {a} spend on centralized government procurement in {y}?"],
     [A + "fees.amount"], "2021 format has no 第（九）项 政府集中采购"),
    ({"2021"}, ["{a}{y}年行政许可上一年项目数量是多少？", "{a}{y}年行政处罚事项本年增减了多少项？"],
     ["How many administrative licensing items did {a} have in the year before {y}?"],
     [A + "licensing.decisions", A + "punishment.decisions"],
     "2021 format prints only 本年处理决定数量 for 第（五）（六）项"),
    ({"2021-one-other"}, ["{a}{y}年因申请人逾期未按收费通知缴费而不再处理的申请有几件？"],
     ["How many {y} requests did {a} drop for non-payment of the fee?"],
     [R + "other.total"], "this report prints （六）其他处理 as one row (no sub-items)"),
]

ABSENT_YEAR = [("huaian2024", 2022), ("huaian2024", 2019), ("shuyang2025", 2023), ("jianxi2020", 2021),
               ("shkewei2024", 2020), ("hongze2023", 2021), ("shbgt2019", 2022)]


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def load_spec(spec_dir):
    keys = OrderedDict()
    with open(os.path.join(spec_dir, "fact_keys.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            d = dict(zip(header, line.rstrip("\n").split("\t")))
            d["formats"] = set(d["formats"].split(","))
            keys[d["key"]] = d
    return keys


def derived_keys(spec):
    """Derived keys the spec README defines but fact_keys.tsv does not list."""
    out = {}
    rows = set()
    for k in spec:
        if k.startswith("requests."):
            rows.add(k.rsplit(".", 1)[0])
    for grp in ("withheld", "unable", "not_processed", "other"):
        for c in COLS:
            k = "requests.%s.%s" % (grp, c)
            if k not in spec:
                out[k] = "sum of the %s sub-items — %s" % (grp, c)
    for r in sorted(rows | {"requests.withheld", "requests.unable", "requests.not_processed"}):
        out[r + ".legal_person"] = "sum of the five 法人或其他组织 columns"
    return out


def compute_facts(gold, spec):
    facts = dict(gold["facts"])
    subs = {g: sorted({k.split(".")[2] for k in spec if k.startswith("requests.%s." % g)
                       and len(k.split(".")) == 4}) for g in ("withheld", "unable", "not_processed", "other")}
    for g, ss in subs.items():
        for c in COLS:
            k = "requests.%s.%s" % (g, c)
            if k in facts:
                continue  # printed (e.g. 2019 other)
            parts = ["requests.%s.%s.%s" % (g, s, c) for s in ss]
            vals = [facts[p] for p in parts if p in facts]
            if vals and all(v is not None for v in vals):
                facts[k] = sum(vals)
    rows = {k.rsplit(".", 1)[0] for k in facts if k.startswith("requests.")}
    for r in rows:
        vals = [facts.get(r + "." + c) for c in ORG_COLS]
        if all(v is not None for v in vals):
            facts[r + ".legal_person"] = sum(vals)
    return facts


def near_digit(text, kws, width=12):
    for kw in kws:
        for m in re.finditer(re.escape(kw), text):
            win = text[max(0, m.start() - width): m.end() + width]
            if re.search(r"[0-9０-９]", win):
                return True
    return False


def fmt_q(t, a, y):
    return t.format(a=a, y=y, py=y - 1, ny=y + 1, yz=year_zh(y), np="{np}", zh="{zh}", en="{en}")


class Out:
    def __init__(self):
        self.lines = []
        self.seen = set()

    def add(self, **kw):
        q = kw["question"].replace("的的", "的")
        kw["question"] = q
        if q in self.seen:
            return False
        self.seen.add(q)
        self.lines.append(kw)
        return True


# --------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    shared = os.environ.get("NIANBAO_SHARED") or os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
    ap.add_argument("--corpus", default=os.path.join(shared, "corpus"))
    ap.add_argument("--spec", default=os.path.join(shared, "spec"))
    ap.add_argument("--out", default=os.path.join(HERE, "wordings.jsonl"))
    args = ap.parse_args()
    if not os.path.isdir(args.corpus) or not os.path.isdir(args.spec):
        sys.exit("shared corpus/spec not found (%s, %s); set NIANBAO_SHARED" % (args.corpus, args.spec))

    spec = load_spec(args.spec)
    dkeys = derived_keys(spec)
    allkeys = set(spec) | set(dkeys)
    rng = random.Random(SEED)
    out = Out()

    reps = []
    for r in REPORTS:
        r = dict(r)
        path = os.path.join(args.corpus, r["file"])
        with open(path, encoding="utf-8", errors="replace") as f:
            r["text"] = f.read()
        r["facts"] = None
        if r["gold"]:
            with open(os.path.join(args.corpus, "gold", r["gold"]), encoding="utf-8") as f:
                g = json.load(f)
            assert g["year"] == r["year"], r
            r["gold_json"] = g
            r["facts"] = compute_facts(g, spec)
        reps.append(r)
    byid = {r["rid"]: r for r in reps}

    def key_ok(r, k):
        """Is key k printed (or derivable) for report r?"""
        parts = k.split(".")
        if k.startswith("requests.other.") and len(parts) == 3:
            return True  # printed single row (2019 / one-row 2021) or derived from 3 sub-items
        if k in spec:
            fm = spec[k]["formats"]
            if r["fmt"] not in fm:
                return False
            if k.startswith("requests.other.") and len(k.split(".")) == 4 and r["other_rows"] == 1:
                return False
            return True
        if k in dkeys:
            parts = k.split(".")
            if parts[1] == "other" and len(parts) == 3:  # requests.other.<col> for 2021
                return True
            if len(parts) == 5 and parts[1] == "other" and r["other_rows"] == 1:
                return False
            return True
        return False

    def key_ok_mn(r, k):
        # a neighbour key is meaningful if the report prints it or it is derived
        if k.startswith("requests.other.") and len(k.split(".")) == 3:
            return True
        return key_ok(r, k)

    def value_info(r, key):
        """(value, caveat, accept_also)"""
        if r["facts"] is None:
            return None, None, []
        v = r["facts"].get(key)
        cav, alt = None, []
        parts = key.split(".")
        if key.startswith("requests.") and parts[-1] == "total":
            rowp = ".".join(parts[:-1])
            cs = [r["facts"].get(rowp + "." + c) for c in COLS[:-1]]
            if v is not None and all(x is not None for x in cs) and sum(cs) != v:
                if key in dkeys:
                    cav = ("report's own inconsistency: the 总计 column of the sub-items sums to %s "
                           "but the applicant columns sum to %s" % (v, sum(cs)))
                elif key in r["gold_json"].get("blank_cells", []):
                    cav = ("report's own inconsistency: the 总计 cell is printed blank (reads as %s) "
                           "but the applicant columns sum to %s" % (v, sum(cs)))
                else:
                    cav = ("report's own inconsistency: printed 总计 is %s but the applicant columns sum to %s"
                           % (v, sum(cs)))
                alt = [sum(cs)]
        if key.startswith("appeals.") and parts[-1] == "total":
            g = ".".join(parts[:-1])
            s = sum(r["facts"].get(g + "." + o) or 0 for o in ("upheld", "corrected", "other", "pending"))
            if s != v:
                cav = ("report's own inconsistency: printed 总计 is %s but the outcomes sum to %s" % (v, s))
                alt = [s]
        return v, cav, alt

    def agencies(r, lang):
        if lang == "en":
            return [r["agency_title"]] + r["en"]
        return [r["agency_title"]] + r["short"]

    def emit(r, family, group, key, q, lang, a, mn, gloss, caveat=None, accept=None, unit=None):
        if key is not None:
            assert key in allkeys, key
        mn = [m for m in OrderedDict.fromkeys(mn) if m != key and m in allkeys and key_ok_mn(r, m)]
        v, cav, alt = value_info(r, key) if key else (None, None, [])
        if accept:
            alt = alt + accept
        cav = "; ".join(x for x in (caveat, cav) if x) or None
        exp = OrderedDict([("key", key), ("value", v),
                           ("report_hint", "%s | %s" % (r["file"], r["title"]))])
        if unit:
            exp["unit"] = unit
        if key in dkeys or (key and key.startswith("requests.other.") and len(key.split(".")) == 3
                            and r["other_rows"] == 3):
            exp["derived"] = True
        if alt:
            exp["accept_also"] = alt
        rec = OrderedDict([("id", None), ("family", family), ("group", group), ("question", q),
                           ("lang", lang), ("agency_hint", a), ("year", r["year"]),
                           ("format", r["fmt"]), ("answerable", key is not None),
                           ("expect", exp), ("must_not_keys", mn), ("meaning", gloss)])
        if cav:
            rec["caveat"] = cav
        return out.add(**rec)

    def gloss_of(key):
        if key in spec:
            return spec[key]["en"]
        return dkeys.get(key)

    def sample(cands, n):
        cands = list(OrderedDict.fromkeys(cands))
        rng.shuffle(cands)
        return cands[:n]

    # ---------------- table 三 and 一 rows ----------------
    for prefix, rw in ROWS.items():
        fam = prefix
        for r in reps:
            if rw["only"] == "three_other_rows" and r["other_rows"] != 3:
                continue
            col_list = COLS + ["legal_person"]
            for col in col_list:
                key = prefix + "." + col
                if not key_ok(r, key):
                    continue
                # budget of wordings per (row, col, report)
                if rw["group"] == "table1_received":
                    n = {"total": 12, "natural_person": 5, "legal_person": 3}.get(col, 2)
                else:
                    n = {"total": 7, "natural_person": 2, "legal_person": 1}.get(col, 0)
                    if col in ORG_COLS:
                        fv = (r["facts"] or {}).get(key)
                        n = 2 if fv else (1 if rng.random() < 0.12 else 0)
                if r["facts"] is None:
                    n = max(1, n // 3) if col in ("total", "natural_person") else 0
                if n == 0:
                    continue
                mn = [m + "." + col for m in rw["mn"]]
                if col == "total":
                    mn.append(prefix + ".natural_person")
                else:
                    mn.append(prefix + ".total")
                    if col == "legal_person":
                        mn.append(prefix + ".natural_person")
                    elif col != "natural_person":
                        mn.append(prefix + ".natural_person")
                gl = gloss_of(key) or ""
                if rw.get("gloss") and (key in dkeys or (prefix == R + "other" and r["other_rows"] == 3)):
                    gl = rw["gloss"] + (" — " + col if col != "total" else " — total")
                cands = []  # (q, lang, agency)
                for lang in ("zh", "en"):
                    for a in agencies(r, lang):
                        if col == "total":
                            if lang == "zh":
                                for np in rw["np"]:
                                    for fr in F_ZH:
                                        cands.append((fmt_q(fr, a, r["year"]).format(np=np), "zh", a))
                                for s in rw["sent"]:
                                    cands.append((fmt_q(s, a, r["year"]), "zh", a))
                            else:
                                for np in rw["en_np"]:
                                    for fr in F_EN:
                                        cands.append((fmt_q(fr, a, r["year"]).format(np=np), "en", a))
                                for s in rw["en_sent"]:
                                    cands.append((fmt_q(s, a, r["year"]), "en", a))
                        else:
                            if lang == "zh":
                                for c in COL_ZH[col]:
                                    for sh in rw["short"]:
                                        nps = ["%s申请中%s" % (c, sh), "%s提出的申请里%s" % (c, sh)]
                                        if len(sh) <= 10:
                                            nps.append("来自%s的%s申请" % (c, sh.rstrip("的")))
                                        if prefix.endswith("received") or prefix.endswith("carried_over"):
                                            nps = ["%s%s" % (c, sh), "%s提交的%s" % (c, sh),
                                                   "%s中来自%s的" % (sh, c)]
                                        for npx in nps:
                                            for fr in F_ZH[:7]:
                                                cands.append((fmt_q(fr, a, r["year"]).format(np=npx), "zh", a))
                            else:
                                for c in COL_EN[col]:
                                    for sh in rw["en_short"]:
                                        npx = "%s from %s" % (sh if sh.startswith(("new", "app")) else
                                                              "requests " + sh, c)
                                        for fr in F_EN[:5]:
                                            cands.append((fmt_q(fr, a, r["year"]).format(np=npx), "en", a))
                zh_c = [c for c in cands if c[1] == "zh"]
                en_c = [c for c in cands if c[1] == "en"]
                n_en = max(1, n // 3) if n >= 2 else 0
                picks = sample(zh_c, n - n_en) + sample(en_c, n_en)
                # sentence-style wordings always get a chance for totals
                if col == "total" and r["facts"] is not None:
                    for s in rw["sent"][:2]:
                        a = rng.choice(agencies(r, "zh"))
                        picks.append((fmt_q(s, a, r["year"]), "zh", a))
                for q, lang, a in picks:
                    cav = rw["caveat"] if key in dkeys or col == "total" else None
                    accept = None
                    if r["rid"] == "shuyang2025" and prefix == R + "received" and "受理" in q and col == "total":
                        cav = ("narrative '共受理政府信息公开申请 749 件' counts received 713 + carried over 36; "
                               "table value 713")
                        accept = [749]
                    emit(r, fam, rw["group"], key, q, lang, a, mn, gl, caveat=cav, accept=accept)
                # traditional-looking + mixed variants for totals / natural persons of gold reports
                if r["facts"] is not None and col in ("total", "natural_person") and zh_c:
                    q, _, a = rng.choice(zh_c)
                    emit(r, fam, rw["group"], key, to_trad(q), "zh-Hant", to_trad(a), mn, gl,
                         caveat=rw["caveat"] if key in dkeys else None)
                    if col == "total":
                        zhlab = rng.choice([x for x in rw["np"] if "件数" not in x and "数量" not in x]
                                           or rw["short"]).replace("的申请", "")
                        fr = rng.choice(F_MIX)
                        a = rng.choice(agencies(r, "zh"))
                        q = fmt_q(fr, a, r["year"]).replace("{zh}", zhlab).replace("{en}", rw["en_np"][0])
                        emit(r, fam, rw["group"], key, q, "mixed", a, mn, gl,
                             caveat=rw["caveat"] if key in dkeys else None)

    # ---------------- table 四 ----------------
    for g, gd in AP_GROUPS.items():
        for o, od in AP_OUT.items():
            key = "appeals.%s.%s" % (g, o)
            fam = "appeals.%s" % g
            mn = ["appeals.%s.%s" % (g2, o) for g2 in AP_GROUPS if g2 != g]
            if o != "total":
                mn.append("appeals.%s.total" % g)
                mn += ["appeals.%s.%s" % (g, o2) for o2 in ("upheld", "corrected") if o2 != o]
            else:
                mn.append("appeals.%s.upheld" % g)
            if o == "pending":
                mn.append(R + "carried_forward.total")
            for r in reps:
                n = 9 if r["facts"] is not None else 2
                cands = []
                for a in agencies(r, "zh"):
                    for gz in gd["zh"] + gd["colloq"]:
                        for oz in od["zh"] + (AP_LIT_LOSS if (o == "corrected" and g != "review") else []):
                            if o == "total":
                                nps = ["%s总计" % gz, "%s的总数" % gz]
                                sents = ["{a}{y}年%s一共有几件？" % gz, "{a}{y}年%s总共多少？" % gz]
                            else:
                                nps = ["%s中%s" % (gz, oz), "%s里%s案件" % (gz, oz)]
                                sents = ["{a}{y}年%s中%s有几件？" % (gz, oz),
                                         "{y}年{a}的%s，%s是多少件？" % (gz, oz)]
                            for npx in nps:
                                for fr in F_ZH[:7]:
                                    cands.append((fmt_q(fr, a, r["year"]).format(np=npx), "zh", a))
                            for s in sents:
                                cands.append((fmt_q(s, a, r["year"]), "zh", a))
                en_c = []
                for a in agencies(r, "en"):
                    for ge in gd["en"]:
                        for oe in od["en"]:
                            if o == "total":
                                en_c.append(("How many %s did {a} face in {y} in total?" % ge, a))
                                en_c.append(("Total number of %s for {a} in {y}?" % ge, a))
                            else:
                                en_c.append(("How many %s against {a} were %s in {y}?" % (ge, oe), a))
                                en_c.append(("{a}, {y}: %s %s — how many?" % (ge, oe), a))
                                en_c.append(("Of {a}'s %s in {y}, how many were %s?" % (ge, oe), a))
                en_c = [(fmt_q(t, a, r["year"]), "en", a) for t, a in en_c]
                n_en = max(1, n // 3)
                picks = sample(cands, n - n_en) + sample(en_c, n_en)
                for q, lang, a in picks:
                    emit(r, fam, "table4_appeals", key, q, lang, a, mn, gloss_of(key))
                if r["facts"] is not None:
                    q, _, a = rng.choice(cands)
                    emit(r, fam, "table4_appeals", key, to_trad(q), "zh-Hant", to_trad(a), mn, gloss_of(key))

    # combined litigation total (no single key): value = direct.total + after_review.total
    for r in reps:
        if r["facts"] is None:
            continue
        f = r["facts"]
        v = f["appeals.litigation_direct.total"] + f["appeals.litigation_after_review.total"]
        s = sum(f["appeals.%s.%s" % (g, o)] or 0 for g in ("litigation_direct", "litigation_after_review")
                for o in ("upheld", "corrected", "other", "pending"))
        templ = ["{a}{y}年行政诉讼一共有多少件？", "{y}年{a}因信息公开被起诉（行政诉讼）的案件总共几件？",
                 "{a}{y}年打了几场信息公开官司？", "How many administrative lawsuits in total did {a} face in {y}?",
                 "{a}{y}年行政複議以外的行政訴訟總數是多少？"]
        for t in templ:
            a = rng.choice(agencies(r, "en" if t.startswith("How") else "zh"))
            if "複" in t:
                a = to_trad(a)
            lang = "en" if t.startswith("How") else ("zh-Hant" if "複" in t else "zh")
            rec = OrderedDict([
                ("id", None), ("family", "appeals.litigation_combined"), ("group", "table4_appeals"),
                ("question", fmt_q(t, a, r["year"])), ("lang", lang), ("agency_hint", a),
                ("year", r["year"]), ("format", r["fmt"]), ("answerable", True),
                ("expect", OrderedDict([("key", None), ("value", v),
                                        ("report_hint", "%s | %s" % (r["file"], r["title"])),
                                        ("sum_of", ["appeals.litigation_direct.total",
                                                    "appeals.litigation_after_review.total"])])),
                ("must_not_keys", ["appeals.litigation_direct.total", "appeals.litigation_after_review.total",
                                   "appeals.review.total"]),
                ("meaning", "all administrative litigation (direct + after reconsideration); no single key")])
            if s != v:
                rec["expect"]["accept_also"] = [s]
                rec["caveat"] = ("report's own inconsistency: printed litigation totals sum to %s, outcome cells to %s"
                                 % (v, s))
            if v == f["appeals.litigation_direct.total"] or v == f["appeals.litigation_after_review.total"]:
                # a single group's total equals the sum (other group is 0): not a discriminating neighbour
                rec["must_not_keys"] = ["appeals.review.total"]
            out.add(**rec)

    # ---------------- table 二 ----------------
    for key, ad in ACTIVE.items():
        fam = key.rsplit(".", 1)[0]
        for r in reps:
            if r["fmt"] not in ad["fmts"] or not key_ok(r, key):
                continue
            n = (6 if r["fmt"] == "2021" else 3) if r["facts"] is not None else 2
            if r["fmt"] == "2019" and key.split(".")[-1] in ("prev_year_items", "change"):
                n = 2
            cands = []
            for a in agencies(r, "zh"):
                for np in ad["np"]:
                    for fr in F_ZH_ACT:
                        cands.append((fmt_q(fr, a, r["year"]).format(np=np), "zh", a))
                for s in ad["sent"]:
                    cands.append((fmt_q(s, a, r["year"]), "zh", a))
            en_c = []
            for a in agencies(r, "en"):
                for np in ad["en_np"]:
                    for fr in (F_EN_ACT[:2] + ["How much was {np} — {a} in {y}?"] if ad["unit"] else F_EN_ACT):
                        en_c.append((fmt_q(fr, a, r["year"]).format(np=np), "en", a))
                for s in ad["en_sent"]:
                    en_c.append((fmt_q(s, a, r["year"]), "en", a))
            n_en = max(1, n // 3)
            picks = sample(cands, n - n_en) + sample(en_c, n_en)
            if r["facts"] is not None and r["fmt"] == "2021":
                q, _, a = rng.choice(cands)
                picks.append((to_trad(q), "zh-Hant", to_trad(a)))
            cav = None
            if key == A + "fees.amount":
                cav = ("行政事业性收费 (table 二, 万元) is not the 信息处理费 charged to applicants "
                       "(narrative section 六, in 元)")
            for q, lang, a in picks:
                emit(r, fam, "table2_active", key, q, lang, a, ad["mn"], gloss_of(key),
                     caveat=cav, unit=ad["unit"])

    # ---------------- narrative only: 信息处理费 ----------------
    fee_t = ["{a}{y}年收了多少信息处理费？", "{a}{y}年政府信息公开信息处理费收了多少钱？",
             "{y}年{a}向申请人收取的信息处理费是多少元？", "{a}{y}年依申请公开收费（信息处理费）多少？",
             "How much did {a} charge applicants in information processing fees in {y}?",
             "{a}, {y}: disclosure processing fees collected?"]
    for rid, v in INFO_FEE.items():
        r = byid[rid]
        for t in fee_t:
            lang = "en" if re.match(r"[A-Z{]", t) and "How" in t or t.endswith("collected?") else "zh"
            a = rng.choice(agencies(r, lang))
            rec = OrderedDict([
                ("id", None), ("family", "narrative.info_processing_fee"), ("group", "narrative_only"),
                ("question", fmt_q(t, a, r["year"])), ("lang", lang), ("agency_hint", a),
                ("year", r["year"]), ("format", r["fmt"]), ("answerable", True),
                ("expect", OrderedDict([("key", None), ("value", v), ("unit", "元"),
                                        ("report_hint", "%s | %s (section 六 narrative)" % (r["file"], r["title"]))])),
                ("must_not_keys", [A + "fees.amount"]),
                ("meaning", "information processing fee charged to applicants (narrative only, not a table key)"),
                ("caveat", "must not answer with active.fees.amount (行政事业性收费, 万元)")])
            if r["gold"] is None:
                rec["caveat"] += "; value read by hand from the report text (no gold file)"
            out.add(**rec)

    # ---------------- format mismatch ----------------
    for fmts, zh_t, en_t, mn, reason in MISMATCH:
        for r in reps:
            tag = r["fmt"]
            if "2021-one-other" in fmts:
                if not (r["fmt"] == "2021" and r["other_rows"] == 1):
                    continue
            elif tag not in fmts:
                continue
            for t in zh_t + en_t:
                lang = "en" if t in en_t else "zh"
                for a in sample(agencies(r, lang), 2 if lang == "zh" else 1):
                    rec = OrderedDict([
                        ("id", None), ("family", "unanswerable.format_mismatch"), ("group", "unanswerable"),
                        ("question", fmt_q(t, a, r["year"])), ("lang", lang), ("agency_hint", a),
                        ("year", r["year"]), ("format", r["fmt"]), ("answerable", False),
                        ("expect", OrderedDict([("key", None), ("value", None),
                                                ("report_hint", "%s | %s" % (r["file"], r["title"]))])),
                        ("must_not_keys", [m for m in mn if m in allkeys and key_ok_mn(r, m)]),
                        ("meaning", "not printed in this report's template"),
                        ("reason", reason)])
                    out.add(**rec)

    # ---------------- not in any report ----------------
    for topic, zh_t, en_t, kws in UNANS:
        for r in reps:
            if near_digit(r["text"], kws):
                continue
            for t in zh_t:
                a = rng.choice(agencies(r, "zh"))
                for lang, q, ah in (("zh", fmt_q(t, a, r["year"]), a),):
                    out.add(**OrderedDict([
                        ("id", None), ("family", "unanswerable." + topic), ("group", "unanswerable"),
                        ("question", q), ("lang", lang), ("agency_hint", ah), ("year", r["year"]),
                        ("format", r["fmt"]), ("answerable", False),
                        ("expect", OrderedDict([("key", None), ("value", None),
                                                ("report_hint", "%s | %s" % (r["file"], r["title"]))])),
                        ("must_not_keys", []), ("meaning", "quantity not reported (%s)" % topic),
                        ("reason", "the report gives no number for this")]))
            t = rng.choice(en_t)
            a = rng.choice(agencies(r, "en"))
            out.add(**OrderedDict([
                ("id", None), ("family", "unanswerable." + topic), ("group", "unanswerable"),
                ("question", fmt_q(t, a, r["year"])), ("lang", "en"), ("agency_hint", a), ("year", r["year"]),
                ("format", r["fmt"]), ("answerable", False),
                ("expect", OrderedDict([("key", None), ("value", None),
                                        ("report_hint", "%s | %s" % (r["file"], r["title"]))])),
                ("must_not_keys", []), ("meaning", "quantity not reported (%s)" % topic),
                ("reason", "the report gives no number for this")]))
            if rng.random() < 0.35:
                t = rng.choice(zh_t)
                a = rng.choice(agencies(r, "zh"))
                out.add(**OrderedDict([
                    ("id", None), ("family", "unanswerable." + topic), ("group", "unanswerable"),
                    ("question", to_trad(fmt_q(t, a, r["year"]))), ("lang", "zh-Hant"), ("agency_hint", to_trad(a)),
                    ("year", r["year"]), ("format", r["fmt"]), ("answerable", False),
                    ("expect", OrderedDict([("key", None), ("value", None),
                                            ("report_hint", "%s | %s" % (r["file"], r["title"]))])),
                    ("must_not_keys", []), ("meaning", "quantity not reported (%s)" % topic),
                    ("reason", "the report gives no number for this")]))

    # ---------------- agency-year absent from the corpus ----------------
    ay_t = ["{a}{y}年新收了多少件政府信息公开申请？", "{a}{y}年予以公开的申请有几件？",
            "How many disclosure requests did {a} receive in {y}?"]
    for rid, y in ABSENT_YEAR:
        r = byid[rid]
        for t in ay_t:
            lang = "en" if t.startswith("How") else "zh"
            a = rng.choice(agencies(r, lang))
            wrong = ["requests.received.total"] if "收" in t or "receive" in t else ["requests.granted.total"]
            out.add(**OrderedDict([
                ("id", None), ("family", "unanswerable.absent_year"), ("group", "absent_year"),
                ("question", t.format(a=a, y=y)), ("lang", lang), ("agency_hint", a), ("year", y),
                ("format", None), ("answerable", False),
                ("expect", OrderedDict([("key", None), ("value", None),
                                        ("report_hint", "no %s report for %d in shared/corpus (the corpus has %s)"
                                         % (r["agency_title"], y, ", ".join(str(x["year"]) for x in reps
                                                                           if x["agency_title"] == r["agency_title"]
                                                                           or x["rid"][:5] == r["rid"][:5])))])),
                ("must_not_keys", wrong),
                ("meaning", "agency-year not in the corpus; must not answer with another year's figure"),
                ("reason", "absent agency-year (skip if the engine holds other reports of this agency)")]))

    # ---------------- ids, checks, write ----------------
    for i, rec in enumerate(out.lines, 1):
        rec["id"] = "wd-%05d" % i
        k = rec["expect"]["key"]
        assert k is None or k in allkeys, k
        for m in rec["must_not_keys"]:
            assert m in allkeys, m
        assert k not in rec["must_not_keys"]
        assert "{" not in rec["question"] and "}" not in rec["question"], rec["question"]
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in out.lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    grp = Counter(r["group"] for r in out.lines)
    fam = Counter(r["family"] for r in out.lines)
    print("wrote %d lines to %s" % (len(out.lines), args.out))
    for g, c in sorted(grp.items()):
        print("group  %-20s %5d" % (g, c))
    for g, c in sorted(fam.items()):
        print("family %-45s %5d" % (g, c))
    langs = Counter(r["lang"] for r in out.lines)
    print("langs", dict(langs))
    na = sum(1 for r in out.lines if not r["answerable"])
    print("unanswerable (no number expected): %d (%.1f%%)" % (na, 100.0 * na / len(out.lines)))


if __name__ == "__main__":
    main()
