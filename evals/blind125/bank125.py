"""Question bank of blind125 (every wording new). Frozen like test.jsonl."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib125 as L  # noqa
from helpers125 import *  # noqa

# printed cells of the reports without gold: the same specs blind6 verified (copied from
# evals/blind6/text_cells.json); values are re-parsed from the report text by text_cell.
SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# (body, keys, zh question, en question)
PLAIN = [
 ("ha", "r.received.natural_person", "淮安市2024年老百姓个人自己去申请公开的新收了多少件", "How many new requests did ordinary people file with Huai'an city government in 2024?"),
 ("ha", "r.granted.total", "淮安2024年直接全给公开了的申请有几件啊", "Huaian 2024 - how many requests got the info handed over in full?"),
 ("ha", "r.unable.not_held.total", "24年淮安市政府回复说手里压根没这个信息的 多少件", "In 2024 how many times did Huai'an say 'we simply do not have that information'?"),
 ("ha", "r.not_processed.duplicate.total", "淮安市2024年同一个人反复问同样事被不予处理的有几个", "Huai'an 2024: requests dropped because someone asked the same thing again and again (重复申请)?"),
 ("ha", "a.review.upheld", "淮安市2024年被人申请复议结果政府赢了维持原决定的多少件", "For Huai'an in 2024, how many admin reviews ended with the original decision kept?"),
 ("ha", "a.review.corrected", "淮安2024复议被纠正了几次", "Huai'an 2024, reviews where the govt decision got corrected - number pls"),
 ("ha", "a.litigation_direct.total", "二〇二四年淮安市政府直接被告上法院（没先复议）的一共多少件", "How many lawsuits went straight to court without a prior review against Huai'an city government in 2024?"),
 ("ha", "r.withheld.process_info.total", "淮安市2024年因为还在讨论研究中的过程性材料没给公开的几件", "Huai'an 2024: refusals because the material was still internal draft / deliberation stuff (过程性信息)?"),
 ("ha", "r.unable.unclear.total", "淮安24年申请写得不清楚没法提供的有多少", "In 2024, Huai'an couldn't provide because the request description was too vague - how many?"),
 ("ha", "r.withheld.third_party.total", "淮安市2024年怕损害别人第三方权益所以不公开的是几件", "Huai'an 2024 refusals to protect a third party's rights, count?"),
 ("ha", "r.received.commercial", "淮安市2024年公司企业来申请的有多少", "how many request from companies (商业企业) did Huai'an get 2024"),
 ("ha", "c.normative_docs.in_force", "淮安市2024年还在生效的规范性文件有多少件", "Huai'an city 2024 - normative documents still valid at year end?"),
 ("ha", "r.carried_forward.total", "淮安市2024年年底没办完要拖到下一年的申请几件", "Huai'an 2024: requests still open at year end and rolled into next year?"),
 ("ha", "a.litigation_direct.upheld", "淮安2024年直接打官司的里面法院判政府没错维持的几件", "Huai'an 2024 direct lawsuits where the court backed the government (维持)?"),
 ("ha", "r.received.research", "淮安市2024年科研机构来申请的数量", "Research institutes filing requests with Huai'an in 2024 - how many?"),
 ("ha", "r.withheld.internal_affairs.total", "淮安2024年说是内部事务信息所以不公开的多少件", "Huai'an 2024: withheld as purely internal management info, count?"),
 ("sy", "r.received.natural_person", "沭阳县2025年个人新递交的申请（不算上一年结转过来的）有多少", "Shuyang County 2025, new requests from individuals (not counting ones carried in)?"),
 ("sy", "r.granted.total", "沭阳25年直接同意公开的有几件", "Shuyang 2025: requests fully granted?"),
 ("sy", "r.partially_granted.total", "沭阳县政府2025年只公开了一部分的申请几件", "In 2025 how many requests did Shuyang county only partly release?"),
 ("sy", "r.unable.not_held.total", "沭阳县2025年回复本机关没有这个信息的多少件呀", "Shuyang 2025 - 'we don't hold that' replies, how many?"),
 ("sy", "a.review.total", "2025年沭阳县政府被人申请行政复议一共几次", "How many times was Shuyang county government taken to administrative review in 2025?"),
 ("sy", "a.litigation_direct.total", "沭阳县2025年没经复议直接被起诉的有多少件", "Shuyang 2025: court cases filed directly, without review first?"),
 ("sy", "r.carried_forward.total", "沭阳2025年到年底还在办的结转到下年的申请多少", "Shuyang 2025 - pending requests passed on to the following year?"),
 ("sy", "r.received.other_org", "沭阳县2025年其他组织交上来的申请几件", "Shuyang 2025: new requests from 'other organisations'?"),
 ("sy", "r.not_processed.petition.total", "沭阳县2025年申请其实是信访举报投诉类的不予处理多少件", "Shuyang 2025: requests that were really complaints/petitions and so not processed - how many?"),
 ("sy", "r.unable.needs_creation.total", "沭阳2025年要政府另外加工制作才能给的所以没提供的几件", "Shuyang county 2025, could not provide because it would need new compiling or analysis?"),
 ("sy", "c.normative_docs.issued", "沭阳县2025年新发了多少件规范性文件", "How many normative documents did Shuyang county issue new in 2025?"),
 ("sy", "a.review.upheld", "沭阳县2025年复议里维持原来决定的多少", "Shuyang 2025, reviews ending with decision maintained?"),
 ("sy", "r.total_processed.total", "沭阳2025年一共答复办理了多少件申请", "Total requests Shuyang county answered in 2025?"),
 ("hz23", "r.received.natural_person", "洪泽区2023年老百姓自己申请的新收了几件", "Hongze District 2023 - new requests by private individuals?"),
 ("hz23", "r.granted.total", "洪泽2023年全部公开了的几件", "Hongze 2023: how many requests released fully?"),
 ("hz23", "r.unable.not_held.total", "洪泽区政府2023年说没有这信息的多少个", "In 2023 how many times Hongze district said the info isn't held by them?"),
 ("hz23", "r.total_processed.total", "洪泽区2023年申请办结答复总数", "Hongze district 2023 total requests dealt with?"),
 ("hz23", "c.normative_docs.issued", "洪泽区2023年新出台的规范性文件几件", "Hongze 2023 normative docs newly issued, number?"),
 ("hz23", "r.received.total", "洪泽区2023年一共新收到多少申请", "Total new information requests to Hongze District in 2023?"),
 ("sh19", "r.received.total", "上海市府办2019年收到的公开申请多少件", "Shanghai General Office 2019, new disclosure requests received?"),
 ("sh19", "r.granted.natural_person", "上海市政府办公厅2019年个人申请里直接公开的多少", "Shanghai General Office in 2019: individuals' requests answered by full release?"),
 ("sh19", "r.unable.not_held.natural_person", "上海市府办2019年个人申请说没有该信息的几件", "2019 Shanghai General Office, individuals told the office didn't hold the info?"),
 ("sh19", "c.licensing.decisions", "上海市府办19年行政许可决定有几件", "How many licensing decisions (行政许可) did Shanghai General Office make in 2019?"),
 ("sh19", "r.carried_forward.total", "上海市政府办公厅2019年结转到下一年的申请几件", "Shanghai General Office FY2019 requests carried into the next year?"),
 ("sh19", "a.review.total", "上海市府办2019年被申请行政复议共几件", "Administrative reviews against Shanghai General Office in 2019, total?"),
 ("jx", "r.received.total", "涧西区2020年一共收到几件信息公开申请", "Jianxi District 2020: how many new requests came in?", ("全年共收到依申请公开", 17)),
 ("jx", "r.granted.total", "涧西区政府办2020年全给公开的几件", "Jianxi 2020 full releases count?"),
 ("jx", "r.carried_forward.total", "涧西区2020年年底还在办没结的几件", "Jianxi District 2020, requests still being handled at year end?"),
 ("jx", "r.received.natural_person", "涧西区2020年个人申请的新收几件", "Jianxi 2020 new requests from individual citizens?"),
 ("hz24", "r.received.total", "洪泽区2024年表里新收申请多少件", "Hongze District 2024, new requests received per the table?"),
 ("hz24", "r.unable.not_held.total", "洪泽区2024年说本机关不掌握的几件", "Hongze 2024 - 'not held by this office' replies?"),
 ("hz24", "c.licensing.decisions", "洪泽2024年行政许可决定处理了多少件", "How many licensing decisions did Hongze district make in 2024?"),
 ("hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定数量", "Hongze 2024 number of administrative penalty decisions?"),
 ("kw", "r.received.total", "上海科委2024年收到多少件信息公开申请", "STCSM in 2024: how many new requests?"),
 ("kw", "r.received.commercial", "市科委2024年企业来申请的几件", "Shanghai science commission 2024 requests from businesses?"),
 ("kw", "c.punishment.decisions", "上海科委2024年行政处罚决定几件", "Shanghai science commission 2024 penalty decisions count?"),
 ("sh25", "r.received.natural_person", "上海市府办2025年个人新申请多少件", "Shanghai General Office 2025 - new requests from individuals?"),
 ("sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年重复申请不予处理的多少", "Shanghai General Office 2025 repeated requests not processed?"),
 ("sh25", "r.unable.needs_creation.total", "上海市府办2025年需要另外制作所以无法提供的几件", "In 2025 how many requests to Shanghai General Office would have needed new compiling, so couldn't be provided?"),
 ("sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的里面还没判下来的有几件", "Shanghai General Office 2025: direct lawsuits not yet decided?"),
 ("sh25", "a.review.pending", "上海市政府办公厅2025年复议还没出结果的多少件", "Shanghai General Office 2025, reviews still pending?"),
 ("sh25", "r.carried_over.legal_services", "上海市府办2025年法律服务机构上年结转过来的几件", "Shanghai General Office 2025: requests from law firms carried in from the year before?"),
 ("sh25", "r.not_processed.petition.total", "上海市府办2025年申请其实是信访投诉的不予处理几件", "Shanghai General Office 2025 requests that were actually petitions/complaints, not processed?"),
]
COMBINE = [
 ("S", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少", "Huai'an 2024: full plus partial releases together?"),
 ("S", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024年无法提供的三种情况加起来多少", "Huai'an 2024, sum of the three 'cannot provide' reasons?"),
 ("S", "sy", ["a.review.total", "a.litigation_direct.total"], "沭阳县2025年复议和直接起诉加一起几件", "Shuyang 2025 reviews plus direct lawsuits, combined?"),
 ("S", "sy", ["r.received.natural_person", "r.received.other_org"], "沭阳2025年个人和其他组织新收的申请合计", "Shuyang 2025: new requests from individuals plus other organisations?"),
 ("S", "hz23", ["r.granted.total", "r.unable.not_held.total"], "洪泽区2023年全部公开的和不掌握的加起来", "Hongze 2023 fully released plus not-held, total?"),
 ("S", "ha", ["a.review.upheld", "a.review.corrected"], "淮安市2024年复议维持和纠正加一起多少", "Huai'an 2024 reviews upheld plus corrected?"),
 ("S", "sy", ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total"], "沭阳县2025年全部公开、部分公开、不掌握三项相加", "Shuyang 2025: fully granted + partly granted + not held, sum?"),
 ("S", "ha", ["r.received.natural_person", "r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.legal_services"], "淮安2024年个人、企业、科研、公益、法律服务五类新收加一起", "Huai'an 2024: add up new requests from people, firms, research, NGOs and law firms?"),
 ("S", "sh25", ["r.received.total", "r.carried_over.total"], "上海市府办2025年新收加上年结转一共多少件", "Shanghai General Office 2025: new requests plus carried over from before?"),
 ("S", "hz24", ["a.review.total", "a.litigation_direct.total"], "洪泽区2024年复议总数加直接起诉总数", "Hongze 2024 admin reviews plus direct lawsuits, total?"),
 ("D", ("hz23", "hz24"), "r.unable.not_held.total", "洪泽区2024年比2023年不掌握的多了还是少了几件（2024减2023）", "Hongze: change in 'not held' replies from 2023 to 2024 (2024 minus 2023)?"),
 ("D", ("hz23", "hz24"), "c.normative_docs.issued", "洪泽区规范性文件制发数2024年减2023年是多少", "Hongze District normative docs issued, 2024 minus 2023?"),
 ("D", ("sh19", "sh25"), "r.received.natural_person", "上海市府办个人新申请2025年比2019年多了多少", "Shanghai General Office: individuals' new requests 2025 vs 2019, difference?"),
 ("D", ("sh19", "sh25"), "r.carried_forward.total", "上海市政府办公厅结转下年的申请2025年与2019年相差多少（25减19）", "Shanghai General Office requests carried into next year: 2025 minus 2019?"),
 ("D", ("sh19", "sh25"), "a.review.total", "上海市府办复议总数2025年减2019年", "Shanghai General Office admin reviews 2025 minus 2019?"),
 ("D", ("sh19", "sh25"), "r.received.total", "上海市府办新收申请2025年比2019年增加了多少件", "By how much did Shanghai General Office's new requests change from 2019 to 2025?"),
]
NARR2 = [
 ("hz23", "政府网站平台主动公开", 1136, "条", "洪泽区2023年在区政府网站上主动晒出来的信息有多少条", "Hongze 2023 - how many items did the district post on its website without being asked?"),
 ("hz24", "政府常务会议", 7, "期", "洪泽区2024年常务会议公开了几期", "Hongze District 2024: how many executive-meeting sessions were made public?"),
 ("hz24", "主动发布各类政府信息", 2428, "条", "洪泽24年网站上主动发了多少条政府信息", "In 2024, how many pieces did Hongze's website push out proactively?"),
 ("kw", "累计发布信息", 2139, "条", "上海科委2024年“上海科技”网站一年发了多少条信息", "STCSM 2024: how many posts did its science website run over the whole year?"),
 ("kw", "视频号共制作并发布短视频", 584, "条", "市科委2024年视频号发了多少条短视频", "Shanghai science commission 2024, number of short clips on its video channel?"),
 ("sh25", "召开市政府新闻发布会", 42, "场", "上海市府办2025年开了多少场市政府新闻发布会", "Shanghai General Office 2025 - how many press events for the city government?"),
 ("sh25", "召开市政府新闻发布会", 19, "场", "上海市政府办公厅2025年新闻通气会几场", "How many background briefings for reporters did Shanghai General Office hold in 2025?"),
 ("sh25", "语种", 10, "个", "上海市府办2025年覆盖了几个语种", "Shanghai General Office 2025: how many languages were covered?"),
 ("sh19", "权威发布共计", 38, "次", "上海市府办2019年对常务会议重要议题权威发布了几次", "Shanghai General Office 2019: how many official announcements about key executive-meeting topics?"),
 ("sh19", "正常运行状态", 70, "家", "上海市政府办公厅2019年每季度检查多少家政府网站", "Shanghai General Office 2019, how many govt websites were checked every quarter?"),
 ("ha", "信息处理费", 3940, "元", "淮安市2024年一共收了多少信息处理费", "Huai'an 2024: total information-handling fees charged, in yuan?"),
 ("ha", "栏目全覆盖", 4, "次", "淮安市2024年组织了几次信息公开栏目全覆盖检查", "How many full sweeps of disclosure webpages did Huai'an run in 2024?"),
 ("sh19", "全年共编发公报", 24, "期", "上海市府办2019年一年编了几期公报", "Shanghai General Office 2019: issues of the government gazette put out?"),
 ("hz23", "信息处理费", 0, "元", "洪泽区2023年收信息处理费了吗收了多少", "Did Hongze charge any info-processing fees in 2023, how much?"),
]

RANK = [
 (["ha", "sy", "hz23"], "r.received.natural_person", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪个个人新申请最多", "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which had the most new requests from individuals?"),
 (["ha", "sy", "jx"], "r.granted.total", "asc", "淮安2024 沭阳2025 涧西2020 全部公开最少的是哪家", "Which had the fewest full releases: Huai'an 2024, Shuyang 2025 or Jianxi 2020?"),
 (["ha", "sy", "sh19"], "a.review.total", "desc", "复议最多的是哪个：淮安市2024年、沭阳县2025年、上海市府办2019年", "Most admin reviews: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
 (["ha", "hz23", "jx", "sy"], "r.received.total", "asc", "淮安2024、洪泽2023、涧西2020、沭阳2025新收申请最少的", "Of Huai'an 2024, Hongze 2023, Jianxi 2020 and Shuyang 2025, which got the fewest new requests?"),
 (["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "个人申请回复不掌握最多的是淮安2024、沭阳2025还是上海市府办2019", "Individuals told 'not held' - highest among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
 (["ha", "sy", "hz23"], "c.normative_docs.issued", "desc", "淮安市2024、沭阳县2025、洪泽区2023哪个新发规范性文件最多", "Which issued most normative docs: Huai'an 2024, Shuyang 2025, Hongze 2023?"),
 (["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转下年最少的：淮安2024 沭阳2025 上海市府办2019", "Fewest requests rolled into the next year: Huai'an 2024, Shuyang 2025, Shanghai GO 2019?"),
]
RANK += [
 (["ha", "hz23", "sy"], "r.unable.not_held.total", "asc", "淮安2024、洪泽2023、沭阳2025三家，回复“没有这信息”最少的是谁", "Least 'we don't have it' replies: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
]
TRAP = [
 ("ha", "r.carried_over.total", "淮安市2024年从上一年转过来接着办的申请几件（不是转去下年的）", "Huai'an 2024: requests inherited from the year before (not the ones pushed to next year)?"),
 ("ha", "a.litigation_after_review.total", "淮安2024年先复议完不服再去起诉的几件", "Huai'an 2024 lawsuits filed after first going through review?"),
 ("sy", "r.partially_granted.total", "沭阳县2025年只给了一部分的，不是全给的，几件", "Shuyang 2025, only part released (not fully) - count?"),
 ("sy", "r.carried_over.total", "沭阳2025年上年结转过来的，不是结转下年的", "Shuyang 2025 carried IN from previous year (not carried forward)?"),
 ("ha", "c.normative_docs.repealed", "淮安市2024年废掉的规范性文件几件，不是新发的", "Huai'an 2024 normative docs scrapped (not newly issued)?"),
 ("ha", "r.unable.needs_creation.total", "淮安2024年要重新加工制作才能给的，不是没有的", "Huai'an 2024 needs-new-compiling cases (not the 'not held' ones)?"),
 ("ha", "a.review.other", "淮安市2024年复议其他结果的，不是纠正的", "Huai'an 2024 reviews with 'other outcome' (not corrected)?"),
]
TRAP += [
 ("sy", "a.litigation_after_review.total", "沭阳县2025年先复议后起诉的，不是直接告的", "Shuyang 2025 suits after review (not direct suits)?"),
]
UNANS = [
 ("淮安市2024年申请人里男的女的各多少", "How many of Huai'an's 2024 requesters were women?", "sex breakdown"),
 ("沭阳县2025年哪个月申请最多", "Which month of 2025 had the most requests to Shuyang?", "month breakdown"),
 ("洪泽区2022年收到多少申请", "Hongze District 2022 requests received?", "year not in corpus"),
 ("南京市2024年信息公开申请多少件", "Nanjing 2024 how many disclosure requests?", "body not in corpus"),
 ("我之前帮我妈给沭阳县政府写过申请，2025年交的那件办到哪一步了", "I filed a request to Shuyang in 2025 for my mum, what happened to our case?", "one person's own case"),
 ("淮安市2026年预计会收到多少申请", "Forecast of Huai'an's 2026 request volume?", "forecast"),
 ("你觉得上海市府办2025年信息公开做得好不好", "Do you think Shanghai General Office did a good job in 2025?", "opinion"),
 ("淮安2024年申请人平均年龄多大", "Average age of Huai'an requesters in 2024?", "age breakdown"),
 ("沭阳县2025年负责信息公开的工作人员叫什么电话多少", "Name and phone number of Shuyang's 2025 disclosure staffer?", "personal data"),
 ("涧西区2021年的申请数", "Jianxi District 2021 request numbers?", "year not in corpus"),
 ("上海科委2023年收了几件申请", "STCSM 2023 new requests?", "year not in corpus"),
 ("淮安市2024年网上申请和信函申请各几件", "Huai'an 2024: how many requests came online vs by post?", "channel breakdown"),
 ("沭阳县2025年各乡镇分别收到多少申请", "Shuyang 2025 requests per township?", "township breakdown"),
 ("宿迁市2025年信息公开年报里复议几件", "Suqian city 2025 admin reviews?", "body not in corpus"),
 ("洪泽区2023年申请里关于拆迁的有几件", "Hongze 2023, how many requests were about land demolition?", "topic breakdown"),
 ("上海市府办2019年平均答复用了几天", "Average response time of Shanghai General Office in 2019?", "response time"),
 ("浦东新区2024年依申请公开多少", "Pudong New Area 2024 disclosure requests?", "body not in corpus"),
 ("淮安市2024年信息公开工作花了多少经费", "How much did Huai'an spend on disclosure work in 2024?", "cost"),
 ("沭阳2024年收到多少申请", "Shuyang County 2024 requests received?", "year not in corpus"),
]
UNANS += [
 ("淮安市2024年申请公开的都是哪些行业的企业", "Which industries did the companies that asked Huai'an in 2024 come from?", "industry breakdown"),
 ("上海市府办2025年第三季度收了多少申请", "Shanghai General Office Q3 2025 request count?", "quarter breakdown"),
 ("清江浦区2024年信息公开申请数", "Qingjiangpu District 2024 request figures?", "body not in corpus"),
 ("上海市府办2022年被复议几次", "Shanghai General Office 2022 admin reviews?", "year not in corpus"),
 ("沭阳县2025年申请人住哪儿的多 城里还是乡下", "Shuyang 2025: were requesters more urban or rural?", "residence breakdown"),
 ("洪泽区2024年各部门分别收到多少申请", "Hongze 2024, requests per department?", "department breakdown"),
]
NARR = [
 ("sy", "主动公开政府信息4511条", 4511, "条", "沭阳县2025年门户网站上主动放出来的政府信息多少条", "Shuyang 2025: items the county website put out on its own initiative?"),
 ("sy", "开展意见征集9期", 9, "期", "沭阳县2025年搞了几期征求意见", "How many rounds of public comment did Shuyang run in 2025?"),
 ("sy", "发布信息3044条", 3044, "条", "沭阳2025年督促县直部门在公开页面发了多少条信息", "Shuyang 2025: postings county departments were pushed to put on their disclosure pages?"),
 ("sy", "专栏33个", 33, "个", "沭阳县2025年弄了多少个专栏", "How many themed columns did Shuyang's media set up in 2025?"),
 ("sy", "新闻稿件2606篇", 2606, "篇", "沭阳2025年采写新闻稿多少篇", "Shuyang 2025 news pieces written and edited, how many?"),
 ("sy", "爆款内容52条", 52, "条", "沭阳县2025年出了多少条爆款", "Shuyang 2025: number of viral hit posts?"),
 ("sy", "64家单位", 64, "家", "沭阳2025年年报集中公开涉及多少家单位", "How many county units had their 2025 annual reports published together in Shuyang?"),
 ("sy", "清理过期信息697条", 697, "条", "沭阳县2025年清理掉多少条过期信息", "Shuyang 2025: outdated items cleaned off?"),
 ("sy", "信息处理费共计380元", 380, "元", "沭阳县2025年收信息处理费一共多少钱", "Total info-processing fee collected by Shuyang in 2025, in yuan?"),
 ("jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开试点领域有几个", "Jianxi 2020: how many pilot areas for grassroots openness?"),
 ("ha", "95个", 95, "个", "淮安市2024年在运维政务新媒体共多少个", "Huai'an 2024: how many government social-media accounts were being run?"),
 ("kw", "原创文章 294篇", 294, "篇", "上海科委2024年原创文章多少篇", "STCSM 2024: number of self-written articles?"),
 ("sy", "短视频1113个", 1113, "个", "沭阳县2025年推送原创短视频多少个", "Shuyang 2025 original short videos pushed?"),
 ("jx", "601项", 601, "项", "涧西区2020年21个领域共多少项事项", "Jianxi 2020 - how many matters across the 21 areas?"),
]
FOLLOW = [
 ("zh", [("ha", "r.granted.total", "淮安市2024年全部公开的几件"), ("sy", "r.granted.total", "沭阳县2025年同一项呢")]),
 ("en", [("ha", "r.received.natural_person", "Huai'an 2024, new requests from individuals?"), ("sy", "r.received.natural_person", "and Shuyang for 2025?")]),
 ("zh", [("hz23", "r.received.total", "洪泽区2023年新收申请几件"), ("hz24", "r.received.total", "那2024年呢")]),
 ("en", [("sh19", "a.review.total", "Shanghai General Office 2019 admin reviews total?"), ("sh25", "a.review.total", "what about 2025")]),
 ("zh", [("ha", "a.review.upheld", "淮安2024年复议维持几件"), ("ha", "a.review.corrected", "纠正的呢")]),
 ("en", [("sy", "r.unable.not_held.total", "Shuyang 2025 'not held' replies?"), ("sy", "r.unable.needs_creation.total", "and the ones needing new compiling?")]),
 ("zh", [("ha", "a.litigation_direct.total", "淮安市2024年直接起诉几件"), ("ha", "a.litigation_after_review.total", "复议后再起诉的呢")]),
 ("en", [("jx", "r.received.total", "Jianxi District 2020 new requests?"), ("jx", "r.granted.total", "how many fully granted?")]),
 ("zh", [("sy", "r.received.natural_person", "沭阳县2025年个人新收多少"), ("sy", "r.received.other_org", "其他组织呢"), ("ha", "r.received.other_org", "淮安市2024年其他组织呢")]),
 ("en", [("hz23", "c.normative_docs.issued", "Hongze 2023 normative documents issued?"), ("hz24", "c.normative_docs.issued", "2024?")]),
 ("zh", [("sh19", "r.received.total", "上海市府办2019年新收多少"), ("sh25", "r.received.total", "换成2025年")]),
 ("en", [("ha", "r.carried_forward.total", "Huai'an 2024 requests pushed into the next year?"), ("sy", "r.carried_forward.total", "same for Shuyang 2025?")]),
 ("zh", [("kw", "r.received.total", "上海科委2024年新收申请"), ("kw", "r.granted.total", "其中予以公开几件")]),
 ("en", [("sy", "a.review.total", "Shuyang 2025 admin reviews?"), ("ha", "a.review.total", "Huai'an 2024 the same item?")]),
 ("zh", [("ha", "r.withheld.third_party.total", "淮安2024年第三方权益不公开几件"), ("ha", "r.withheld.process_info.total", "过程性信息的呢")]),
 ("en", [("sh25", "r.received.natural_person", "Shanghai GO 2025 new requests from people?"), ("sh25", "r.received.commercial", "from companies?")]),
 ("zh", [("hz23", "r.unable.not_held.total", "洪泽区2023年不掌握的几件"), ("hz24", "r.unable.not_held.total", "24年呢")]),
 ("en", [("ha", "c.normative_docs.in_force", "Huai'an 2024 normative docs in force?"), ("ha", "c.normative_docs.issued", "and newly issued?")]),
 ("zh", [("sy", "r.total_processed.total", "沭阳县2025年办理总数"), ("sy", "r.carried_forward.total", "结转下年几件")]),
]

FOLLOW2 = [
 ("zh", [("ha", "r.withheld.state_secret.total", "淮安市2024年因为涉及国家秘密不给公开的有几件"), ("ha", "r.withheld.prohibited_by_law.total", "那法律法规明确禁止公开的呢")]),
 ("en", [("ha", "r.withheld.security_stability.total", "Huai'an 2024: refused because releasing it could endanger safety or social stability?"), ("ha", "r.withheld.enforcement_files.total", "ok and the ones that were law-enforcement case files?")]),
 ("zh", [("ha", "r.withheld.admin_query.total", "淮安2024年被当成行政查询事项没给公开的几件"), ("sy", "r.withheld.admin_query.total", "沭阳县2025年一样的情况呢")]),
 ("en", [("sy", "r.not_processed.duplicate.total", "Shuyang 2025 - people asking the very same thing twice, how many were set aside?"), ("sy", "r.not_processed.publication.total", "and ones asking for stuff you can just buy in public publications?")]),
 ("zh", [("ha", "r.not_processed.excessive.total", "淮安市2024年申请太多太频繁被认定无正当理由的不予处理几件"), ("ha", "r.not_processed.reconfirm.total", "要求行政机关确认或者重新出具已获取信息的呢")]),
 ("en", [("ha", "r.other.total", "Huai'an 2024, requests closed by 'other handling' (其他处理)?"), ("sy", "r.other.total", "Shuyang in 2025?")]),
 ("zh", [("sy", "a.review.corrected", "沭阳县2025年复议里政府被纠正的有吗 几件"), ("sy", "a.review.other", "其他结果的呢"), ("sy", "a.review.pending", "还没审完的呢")]),
 ("en", [("ha", "a.litigation_after_review.upheld", "Huai'an 2024: suits filed after review where the court sided with the govt?"), ("ha", "a.litigation_after_review.corrected", "where the govt lost / got corrected?")]),
 ("zh", [("ha", "a.litigation_direct.pending", "淮安2024年直接起诉的案子年底还没判的几件"), ("ha", "a.litigation_direct.other", "那判成其他结果的有几件")]),
 ("en", [("ha", "r.received.public_interest", "Huai'an 2024 - requests from charities / public-interest groups?"), ("ha", "r.received.legal_services", "and from law firms?")]),
 ("zh", [("sy", "r.received.commercial", "沭阳县2025年公司老板们来申请的新收几件"), ("sy", "r.received.research", "搞科研的机构呢")]),
 ("en", [("sy", "r.received.public_interest", "Shuyang county 2025: new requests from NGOs?"), ("sy", "r.received.legal_services", "lawyers' offices?")]),
 ("zh", [("hz23", "r.granted.total", "洪泽区2023年全部公开几件"), ("hz24", "r.granted.total", "2024年呢")]),
 ("en", [("sh19", "r.received.natural_person", "Shanghai General Office 2019 - new requests from private people?"), ("sh25", "r.received.natural_person", "and in 2025?")]),
 ("zh", [("sh25", "r.unable.not_held.total", "上海市府办2025年回复不掌握的几件"), ("sh25", "r.unable.needs_creation.total", "需要另外制作的呢")]),
 ("en", [("hz24", "a.review.total", "Hongze District 2024 - how many times did people challenge it through admin review?"), ("hz24", "a.litigation_direct.total", "and straight to court?")]),
 ("zh", [("kw", "c.licensing.decisions", "上海科委2024年行政许可决定几件"), ("kw", "c.punishment.decisions", "处罚决定呢")]),
 ("en", [("jx", "r.carried_forward.total", "Jianxi 2020 requests not finished by year end?"), ("ha", "r.carried_forward.total", "Huai'an for 2024?")]),
 ("zh", [("ha", "r.unable.unclear.total", "淮安2024年申请内容写不明白没法提供的几件"), ("sy", "r.unable.unclear.total", "沭阳25年呢")]),
 ("en", [("sh19", "r.withheld.third_party.total", "Shanghai GO 2019, withheld to protect third parties?"), ("sh19", "r.withheld.enforcement_files.total", "and as law-enforcement case files?")]),
 ("zh", [("sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人交的申请里，其实是信访举报投诉、不予处理的几件"), ("sh19", "r.not_processed.duplicate.natural_person", "个人重复申请的呢")]),
 ("en", [("sy", "r.withheld.third_party.total", "shuyang 2025 how many kept back cos it would hurt someone elses rights"), ("sy", "r.withheld.process_info.total", "and kept back cos still internal drafts?")]),
 ("zh", [("ha", "r.partially_granted.total", "淮安市2024年部分公开的几件"), ("hz23", "r.partially_granted.total", "洪泽区2023年呢")]),
 ("en", [("sh25", "r.granted.total", "Shanghai General Office 2025 - requests given everything asked for?"), ("sh25", "r.total_processed.total", "total handled?")]),
 ("zh", [("sy", "c.normative_docs.in_force", "沭阳2025年现在还有效的规范性文件几件"), ("sy", "c.normative_docs.repealed", "废掉的呢")]),
 ("en", [("ha", "c.licensing.decisions", "Huai'an 2024 licensing decisions?"), ("ha", "c.punishment.decisions", "and penalties?")]),
 ("zh", [("hz23", "a.review.upheld", "洪泽区2023年复议维持几件"), ("hz23", "a.litigation_direct.upheld", "直接起诉维持的呢")]),
 ("en", [("ha", "r.received.total", "Huai'an 2024 total new requests?"), ("hz23", "r.received.total", "Hongze District 2023?"), ("jx", "r.received.total", "Jianxi 2020?")]),
 ("zh", [("sh19", "a.litigation_direct.total", "上海市府办2019年直接被起诉几件"), ("sh25", "a.litigation_direct.total", "2025年呢")]),
 ("en", [("sy", "r.withheld.internal_affairs.total", "Shuyang 2025: how many refused as internal housekeeping info?"), ("ha", "r.withheld.internal_affairs.total", "same thing for Huai'an 2024?")]),
]


ERRORS = []


class _Out(list):
    def append(self, thunk):
        try:
            list.append(self, thunk())
        except Exception as ex:  # collected and raised at the end
            ERRORS.append(repr(ex))


def CONVERSATIONS():
    out = _Out()
    for it in PLAIN:
        b, k, zq, eq = it[:4]
        alt = it[4] if len(it) > 4 else None
        out.append(lambda: V("zh", b, k, zq, "[plain] " + k, alt=alt))
        out.append(lambda: V("en", b, k, eq, "[plain] " + k, alt=alt))
    for it in COMBINE:
        if it[0] == "S":
            _, b, ks, zq, eq = it
            out.append(lambda: S("zh", b, ks, zq, "[combine] sum"))
            out.append(lambda: S("en", b, ks, eq, "[combine] sum"))
        else:
            _, (b1, b2), k, zq, eq = it
            out.append(lambda: D("zh", b1, b2, k, zq, "[combine] difference"))
            out.append(lambda: D("en", b1, b2, k, eq, "[combine] difference"))
    for bs, k, o, zq, eq in RANK:
        out.append(lambda: R("zh", bs, k, o, zq, "[rank] " + k))
        out.append(lambda: R("en", bs, k, o, eq, "[rank] " + k))
    for b, k, zq, eq in TRAP:
        out.append(lambda: T("zh", b, k, zq, "[neighbour] " + k))
        out.append(lambda: T("en", b, k, eq, "[neighbour] " + k))
    for zq, eq, why in UNANS:
        out.append(lambda: U("zh", zq, why, "[cannot] " + why))
        out.append(lambda: U("en", eq, why, "[cannot] " + why))
    for b, kw, v, u, zq, eq in NARR + NARR2:
        out.append(lambda: N("zh", b, kw, v, u, zq, "[textonly] narrative"))
        out.append(lambda: N("en", b, kw, v, u, eq, "[textonly] narrative"))
    for lang, turns in FOLLOW + FOLLOW2:
        out.append(lambda: F(lang, [(q, E(b, k)) for b, k, q in turns], "[followup] turns"))
    if ERRORS:
        raise ValueError("\n".join(ERRORS))
    return list(out)
