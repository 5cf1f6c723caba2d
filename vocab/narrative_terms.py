"""The words of the quantities that only a report's text states (not a table cell): press
conferences, training sessions, gazette issues, Weibo/WeChat posts, website items, hotline calls,
policy interpretations, meetings, documents, rates, amounts …

Used by ``rag.narrative`` to find the sentence that states a number. An English question is
read into groups of Chinese words (``EN_CONCEPTS``: one English wording → the Chinese words a
report uses for it, any of which may stand in the sentence); a Chinese question is cut into
words, each widened by ``ZH_SYNONYMS``. The unit a question implies (多少场, "how many issues",
"what share") narrows the numbers that may answer it (``ZH_UNITS``, ``EN_UNITS``).
"""
from __future__ import annotations

# "govt", "gov't": "government" shortened — read as the word by the table reader and the text finder alike
GOVT_SHORT = r"\bgov(?:t\.?|['’]t)(?=[\s,.;:?!)]|$)"

# English wording (a regex, matched case-insensitively on word boundaries) → Chinese words.
# Longer, more specific wordings first: the first match of a span wins.
EN_CONCEPTS: list[tuple[str, tuple[str, ...]]] = [
    # "'other municipal government documents'" (其他文件): the text's own 其他 ("other than": no)
    (r"other(?!\s+than)(?=\s+(?:[a-z]+\s+){0,3}(?:documents?|docs?|files?|papers?|items?|matters?))|"
     # "miscellaneous municipal documents", "misc. files": the 其他文件 of the reports' lists
     r"miscellaneous|misc\.?(?=\s)|sundry", ("其他",)),
    # a foreign-language service is the international portal (国际服务门户), not a language counted
    (r"foreign[- ]language(?: (?:services?|portals?|sites?|websites?|versions?))?", ("国际服务", "国际")),
    # "the portal for international users", "a site for foreign visitors": the international portal
    # (国际服务门户); the users it serves are no quantity of their own
    (r"(?<=\bfor )(?:international|foreign|overseas|global) (?:users|visitors|audiences?|readers|residents|people)|"
     r"(?<=\bserving )(?:international|foreign|overseas|global) (?:users|visitors|audiences?|readers|residents|people)", ("国际",)),
    # "departmental normative documents the gazette carried": 部门规范性文件
    (r"department(?:al)? normative documents?|normative documents? (?:of|from|by) (?:the )?departments", ("部门规范性文件",)),
    # "by 31 December", "as of December 31": the year's last day, as the text dates its counts ("截至2024年12月31日")
    (r"(?:(?:by|on|as (?:of|at)|at|until|till) )?(?:31(?:st)? (?:of )?Dec(?:ember)?\.?|Dec(?:ember)?\.? 31(?:st)?)", ("12月31日", "年底", "年末")),
    # "out-of-date items taken down in the clean-up drive": the 过期 items the text says were 清理
    (r"clean-?up(?: drive| campaign| exercise)?|took down|take down|taken down|removed|purged|cleared out", ("清理",)),
    # "how many languages does the international portal cover": its 语种
    (r"languages?|language versions?", ("语种", "语言")),
    # "policies pushed in bulk for integrated publication": 批量推送集成式发布政策
    (r"(?:pushed|pushing|push|sent out|sending out) in bulk|bulk[- ]push(?:ed|es|ing)?|batch[- ]push(?:ed|es|ing)?|pushed in batches",
     ("批量推送",)),
    # "How many policies did STCSM push for integrated release?": pushed out (推送), not a reminder to hurry (催办)
    (r"push(?:ed|es|ing)?(?: out)? for(?= (?:the |an )?integrated)", ("推送",)),
    (r"integrated (?:policy )?(?:publication|release|publishing|distribution)", ("集成式发布", "集成式")),
    # "policy fields", "policy areas" a list spans are its 领域: "policy" names no 政策 of its own
    (r"polic(?:y|ies) (?:domains?|fields?|areas?|sectors?)", ("领域",)),
    # a briefing (新闻通气会) is not a press conference (新闻发布会): the reports count them apart
    (r"press briefings?|news briefings?|media briefings?|briefing sessions?", ("新闻通气会", "通气会")),
    (r"press conferences?|news conferences?|face(?:d)? the press|formal launch events?|launch events?|press events?|"
     # "media events", "met the press", "press meets": the 新闻发布会 in everyday words
     r"media events?|news events?|press (?:meets?|meetings?|gatherings?)|(?:meet|met|meeting) the (?:press|media)",
     ("新闻发布会", "发布会")),
    # "appointment-and-removal notices", "personnel appointment documents": the 人事任免文件
    (r"(?:personnel |staff(?:ing)? )?appointments?(?: (?:and|or|/|&) ?(?:removals?|dismissals?))? (?:notices?|documents?|decisions?|announcements?|"
     r"orders?|files?|papers?|notifications?)", ("人事任免", "任免")),
    (r"personnel (?:appointments?|changes?)(?:\s*(?:and|or|/|&)\s*(?:removals?|dismissals?))?|appointments?\s*(?:and|or|/|&)\s*(?:removals?|dismissals?)",
     ("人事任免", "任免")),
    # three reviews the reports count apart: before release (发布审查), of whether a document is to be
    # public (公开属性审查), of secrets (保密审查)
    (r"(?:disclosure|public|openness) (?:attribute|status|property) (?:reviews?|checks?|reviewed|checked)|reviews? of (?:the )?"
     r"(?:disclosure|public) (?:attribute|status)|reviewed for (?:their )?(?:disclosure|public) (?:attribute|status)|"
     r"(?:disclosure|public|openness) (?:attribute|status|property) (?:was |were |is |are |got |being |been )+(?:reviewed|checked|vetted)|"
     # "their 'should this be public' status vetted", "public-or-not status checked"
     r"(?:public|disclosure|openness|public[- ]or[- ]not)['’\"]?\s+(?:status|attribute|property|label)(?: (?:was|were|got|had been|been))? (?:reviewed|checked|vetted|assessed|screened|determined)|"
     # "(documents) vetted for whether they could be made public", "reviewed to decide whether they should be public"
     r"(?:review(?:ed|s|ing)?|vet(?:s|ted|ting)?|check(?:ed|s|ing)?|assess(?:ed|ing)?|screen(?:ed|ing)?|examin(?:e|ed|ing)) (?:[a-z]+ ){0,3}"
     r"(?:whether|if) (?:[a-z]+ ){0,3}(?:be )?(?:(?:made |go |released to the )?public|disclosed|released|opened up)|"
     # "how many official documents did it check for their disclosure status"
     r"(?:check(?:ed|s|ing)?|review(?:ed|s|ing)?|vet(?:s|ted|ting)?|examin(?:e|ed|ing)|assess(?:ed|ing)?|screen(?:ed|ing)?) "
     r"(?:them |it |each )?for (?:their |its )?(?:disclosure|public|openness) (?:status|attributes?|property)|"
     # the attribute named alone, the review said elsewhere ("how many documents' disclosure attributes did it review")
     r"(?:disclosure|openness) (?:attributes?|status(?:es)?|propert(?:y|ies))|public[- ]or[- ]not (?:attributes?|status(?:es)?|labels?)",
     ("公开属性审查", "属性审查")),
    (r"confidentiality (?:review|check)s?|security (?:review|check)s?|secrecy (?:review|check)s?", ("保密审查",)),
    (r"pre[- ]?publication (?:review|check)s?|(?:pre[- ]?)?release (?:review|check|vetting)s?(?: (?:checks?|reviews?))?|"
     r"publication (?:review|check|vetting)s?(?: (?:checks?|reviews?))?|reviews? before (?:publication|release|publishing)|"
     r"(?:vetting|checks?|reviews?) before (?:posting|going out|going online)|"
     r"(?:checked|reviewed|vetted|screened|examined) before (?:release|publication|publishing|posting|being (?:released|published|posted)|going (?:out|online|live))",
     ("发布审查", "发布前审查", "保密审查")),
    (r"integrated (?:policy )?releases?|one[- ]?stop (?:policy )?releases?|centrali[sz]ed releases?|joint releases?|bundled releases?|"
     r"(?:integrated|one[- ]?stop|centrali[sz]ed|bundled|unified) (?:policy )?(?:publishing|publication|release) (?:channels?|platforms?|windows?)",
     ("集成发布", "集成式发布", "集中发布")),
    (r"pre[- ]?(?:handling|processing|decision|answer|reply|response)|early (?=(?:talks?|contacts?|communications?|conversations?|outreach)\b)|"
     r"before (?:handling|processing|answering|replying|deciding|working on|dealing with|acting on|taking up|tackling|starting on|"
     r"getting to|responding(?: to)?)(?: (?:their|the|its|a|any) (?:requests?|applications?|cases?))?", ("办前",)),
    # the device that sends them ("the county's warning system", "countdown alarm", 倒计时报警器, 超期预警)
    (r"(?:(?:early|deadline|overdue|countdown)[- ])?(?:warning|alarm|alert)(?: (?:systems?|devices?|tools?|mechanisms?|platforms?))?|"
     r"countdown (?:systems?|devices?|clocks?|timers?)", ("报警器", "预警", "报警", "倒计时")),
    # a reminder chasing a body before a deadline ("deadline reminder nudges", 催办提示)
    (r"(?:(?:deadline|overdue|time[- ]limit|follow[- ]up) )?(?:reminders?(?: (?:notices?|nudges?|prompts?|alerts?))?|nudges?)|"
     r"prompts?|urg(?:ed|ing|es)|chas(?:ed|ing)", ("催办", "提醒", "提示", "督促")),
    # what the reminder is for ("nudges to speed up handling", "reminders to hurry replies"): the same 催办
    (r"(?:to )?(?:speed(?:ing)? up|hurry(?:ing)? up|hurry|expedit(?:e|ing)|push(?:ing)? for)(?: (?:the )?(?:handling|processing|"
     r"replies|answers|responses|cases|requests|applications|work))?", ("催办", "提醒", "提示")),
    (r"communications?|communicat(?:e|es|ed|ing)|reach(?:ed|es|ing)? out(?: to)?|(?:get|got|gets|getting|been|be|keep|kept|stay(?:ed)?) in touch|touch(?:ed)? base|talk(?:ed|ing|s)? (?:to|with)|talk(?:ed|ing|s)? (?:things |it |matters |issues )?(?:through|over)|talks(?! about\b)|conversations?|discussions?|chats?|outreach|spoke (?:to|with)|speaking (?:to|with)|contact(?:ed|ing)? (?:the )?applicants|communicat(?:ed|ing|ions?) with|called",
     ("沟通", "联系", "电话")),
    # a phone call counted is a call (电话, 来电), not any communication with applicants ("办前主动沟通49次")
    (r"(?:tele)?phone calls?|calls? (?:received|taken|answered)|hotline calls?|incoming calls?", ("电话", "来电", "热线", "接听")),
    (r"(?:complet\w*|finish\w*|handl(?:e|ed|ing)|do(?:ne)?|get|apply(?:ing)?)\s+(?:[a-z]+\s+){0,3}?directly(?:\s+online)?|"
     r"directly online|end[- ]to[- ]end online", ("直接办事", "直接")),
    (r"one[- ]?network(?: service)?|one[- ]?stop(?: online)?(?: (?:service|intake|acceptance|platform|portal)s?)?|"
     r"yi ?wang ?tong ?ban|一网通办", ("一网通办",)),
    # more of the narrative's own quantities, in the words an English reader uses
    (r"(?:graphic|image|picture)s?[- ](?:and[- ])?text (?:posts?|items?|pieces?)|illustrated (?:posts?|articles?)|"
     r"infographics?", ("图文",)),
    # explaining a policy is a 解读 (解读类信息, 解读信息): "policy" here names no 政策 of its own (the
    # piece, post or item is read apart: 信息)
    (r"polic(?:y|ies)[- ](?:explainers?|explaining|explanations?|explanatory|interpretations?|interpreting)|"
     r"(?:interpreting|explaining) (?:the |its |their |of )?polic(?:y|ies)|"
     # "explainer pieces on policy", "interpretations of policies": the 解读 again, in the other order
     r"(?:explainers?|explanations?|interpretations?|readings?)(?: (?:pieces?|items?|posts?|articles?|notes?))? (?:on|about|of|for) (?:the |its |their |new )?polic(?:y|ies)|"
     r"explanatory (?:posts?|pieces?|items?|articles?|notes?|materials?)(?: (?:on|about|of|for) (?:the |its |their |new )?polic(?:y|ies))?|"
     r"explanatory|explainers?",
     ("解读",)),
    (r"likes|like counts?|thumbs[- ]ups?", ("点赞",)),
    (r"page ?views?|pageviews|website visits?|site visits?", ("访问量", "浏览量", "访问", "浏览")),
    (r"(?:total )?(?:views?|viewings?|plays?|playbacks?|watch(?:es|ed)?|reads|readership|read counts?)(?: count)?",
     ("观看", "播放", "浏览", "阅读")),
    (r"disputes?|disagreements?|conflicts?|grievances?|quarrels?|frictions?|rows with applicants", ("争议", "纠纷")),
    # (not "reviewed to settle whether they should be disclosed": deciding, not a dispute settled)
    (r"resolv(?:e|ed|ing)(?! (?:whether|if)\b)|settl(?:e|ed|ing)(?! (?:whether|if|on whether)\b)|defus(?:e|ed|ing)", ("化解",)),
    (r"(?:badly[- ]worded|non[- ]?standard|irregular|improper|inaccurate|sloppy)(?:,? (?:or|and|/) (?:badly[- ]worded|"
     r"non[- ]?standard|irregular|improper|inaccurate|sloppy))? (?:descriptions?|wordings?|phrasings?|expressions?)|"
     r"badly[- ]worded",
     ("不规范描述", "描述")),
    (r"rectif(?:y|ied|ications?)|correct(?:ed|ions?)|fix(?:ed|es|ing)?|repair(?:ed|s)?", ("整改",)),
    (r"(?:wrong|incorrect|erroneous|false|inaccurate|mistaken|faulty) (?:(?:pieces?|bits?|items?) of )?(?:info(?:rmation)?|items?|content|entries|pieces?|posts?|data)|"
     r"errors?|mistakes?|erroneous", ("错误信息", "错误")),
    (r"(?:enterprise|business|company)[- ](?:support|friendly|benefit(?:ing)?)[- ]polic(?:y|ies)|pro[- ](?:business|enterprise)[- ]polic(?:y|ies)|"
     r"polic(?:y|ies) (?:for|benefit(?:t)?ing|supporting) (?:businesses|enterprises|companies)", ("惠企", "惠企政策")),
    (r"routine(?:ly)?|day[- ]to[- ]day|regular(?:ly)?|as a matter of routine", ("日常",)),
    (r"high[- ]frequency (?:items?|matters?|services?|affairs?)|(?:most|frequently|commonly)[- ]used (?:services?|items?|matters?)|"
     r"most[- ]frequent(?:ly used)? (?:services?|items?|matters?)|"
     # "high-demand services", "popular services", "in-demand matters": the 高频事项 in everyday words
     r"(?:high|heavy|top|in)[- ](?:demand|use|traffic|volume) (?:items?|matters?|services?|affairs?)|"
     r"(?:popular|busiest|most[- ](?:requested|popular|common)) (?:items?|matters?|services?)|"
     # "much-used services", "heavily used services", "often-requested matters"
     r"(?:much|heavily|widely|often|frequently|commonly|most)[- ](?:used|requested|sought|accessed|demanded|handled) (?:items?|matters?|services?|affairs?)",
     ("高频",)),
    # "posted answering hot public concerns" (回应公众关注热点): the answering of concerns, not of requests
    (r"(?:answering|responding to|respond(?:ed|s)? to|responses? to|replies to|replying to|addressing)"
     r"(?= (?:the )?(?:hot |public |people['’]s |social |trending |key )*(?:concerns?|topics?|issues?|hot ?spots?|questions?))",
     ("回应",)),
    (r"hot (?:public )?(?:concerns?|spots?|topics?|issues?)|hot ?(?:spots?|topics?|issues?)|(?:public|social) concerns?|"
     r"trending (?:topics?|issues?)|matters of public concern", ("热点",)),
    (r"(?:service|how[- ]to|procedural) guides?|guides? to (?:public )?services|how[- ]to[- ]get[- ]things[- ]done guides?|"
     r"(?:how[- ]to )?guides? (?:for|to) getting (?:things|services|tasks) done", ("办事服务指引", "指引")),
    (r"(?:news|dynamic)(?:[- ]type)? (?:updates?|information|items?|posts?|news)|news[- ]type|updates", ("动态",)),
    (r"plans? and programmes?|planning (?:documents?|files?)", ("规划计划", "规划")),
    (r"digital (?:gazettes?|bulletins?)|online (?:gazettes?|bulletins?)|e-?(?:gazettes?|bulletins?)", ("数字公报",)),
    (r"year[- ]on[- ]year|growth", ("同比", "增长")),
    # a change from the year before, in everyday words (申请数量较去年回落12.3%)
    (r"the (?:year|twelve months) before|(?:the )?(?:previous|prior|preceding|last) year|a year (?:earlier|before)|year earlier",
     ("上年", "去年", "同比")),
    (r"drop(?:ped|s)?|fell|fallen|fall(?:s|ing)?|(?:a |the )declines?|declin(?:e|es)(?=\s*(?:[?？.,;]|$|from\b|compared\b|on the year\b|over\b|versus\b|vs\b|year[- ]on[- ]year\b))|decreas(?:e|ed|es)|shr[au]nk|(?:go|goes|gone|went|going) down|"
     r"dipp?(?:ed|s)?|slid|slip(?:s|ped)?", ("回落", "下降", "减少", "降低")),
    # ("went up" is a post put up, not a rise)
    (r"r[oi]se|risen|grew|(?<!home )(?<!home-)(?<!self )(?<!self-)grown|increas(?:e|ed|es)|climb(?:ed)?", ("增长", "增加", "上升")),
    (r"(?:published|released|put out|made public|issued) (?:all )?(?:together|jointly|at once|at the same time|in one go|"
     r"in (?:one|a single) batch|centrally|collectively|en masse|in bulk|as a batch|in a unified way|uniformly)|in (?:one|a single) batch|all at once|jointly published|"
     r"(?:collectively|centrally|jointly|uniformly) (?:published|released|put out|made public|issued)|"
     r"(?:collective|centrali[sz]ed|joint|unified) (?:publication|release|publishing|disclosure)",
     ("集中公开", "统一发布", "集中发布", "集中")),
    (r"satisfaction(?: rate)?", ("满意度", "满意率")),
    (r"hearings?", ("听证",)),
    (r"open (?:government )?days?", ("开放日",)),
    (r"complaints?", ("投诉",)),
    (r"standard (?:catalogues?|catalogs?|directories|directory|lists?)|catalogues?|catalogs?|directories|directory",
     ("目录", "标准目录")),
    # (not the verb: "how many does the report list as breaking a million views")
    (r"itemi[sz]ed (?:disclosure )?lists?|(?:disclosure )?lists?(?!\s+(?:as|them|it|among|under)\b)", ("清单",)),
    (r"full[- ]coverage", ("全覆盖",)),
    # "swept through every disclosure column": a full-coverage check (全覆盖检查)
    (r"every(?: single)?(?=\s+(?:[a-z]+\s+)?(?:columns?|sections?|pages?|sites?|websites?|portals?|accounts?)\b)|"
     r"from (?:top to bottom|start to finish|end to end)|top to bottom|each and every|across the board", ("全覆盖",)),
    # a policy document linked to the service it concerns (阅办联动: read the policy, then apply)
    (r"polic(?:y|ies)[- ]to[- ]services?(?: links?| linking| linkage)?|polic(?:y|ies)[- ]services? link(?:s|ing|age)?|"
     r"linkage|linked handling|read[- ]and[- ]handle|read[- ]and[- ]apply(?: link(?:ing|s)?)?|"
     # reading a policy tied to applying for the service: "policy pages tied to the place where you apply",
     # "link policy reading straight to applying", "jump from the policy to the application"
     r"(?:tied|linked|connected|hooked|joined|wired)(?: up)? (?:directly |straight )?(?:to|with) (?:the )?(?:place|page|spot|point|window|service|portal)s? "
     r"(?:where|to|for) (?:you |people |users |one |businesses |applicants )?(?:can )?(?:apply|applying|handle|do it|get it done)|"
     r"link(?:s|ed|ing)? (?:[a-z]+ ){0,3}(?:straight |directly )?(?:in)?to (?:the )?(?:applying|application|applications|handling|the service)|"
     r"(?:read|reading)(?: (?:the |a )?polic(?:y|ies))? (?:and|then|to) (?:apply|applying|handle|handling)", ("联动", "阅办")),
    (r"authoritative (?:releases?|announcements?|briefings?)|official releases?|"
     # "officially announced", "announced with authority", "official announcements"
     r"official(?:ly)? (?:announc(?:ed|ements?|ing)|releas(?:ed|ing)|publish(?:ed|ing)|unveil(?:ed|ing))|"
     r"authoritative(?:ly)? (?:announc(?:ed|ing)|releas(?:ed|ing))|announc(?:ed|ing) (?:with authority|authoritatively)", ("权威发布",)),
    (r"news (?:stories|story|items?|pieces?|reports?|articles?|manuscripts?|releases?|copy|write[- ]?ups?)|press releases?",
     ("新闻稿件", "稿件", "新闻")),
    (r"(?:new[- ])?media (?:team|office|centre|center|department|staff|unit)", ("政务新媒体", "新媒体")),
    (r"(?:government )?websites? (?:checked|inspected)|checks? of (?:government )?websites?", ("政府网站", "检查")),
    (r"edited", ("编辑", "编印")),
    (r"(?:information[- ])?processing (?:fees?|charges?)|disclosure fees?|charge[sd]? applicants|charging applicants|"
     r"bill(?:ed|ing)? applicants|bill(?:ed)? (?:the )?applicants|charged? (?:\w+ ){0,4}for (?:processing|handling)|"
     r"charge[sd]? (?:to )?requesters|"
     r"for processing (?:information )?requests|"
     r"fees? (?:charged|collected) (?:from|to) applicants|disclosure charges?|"
     # "money collected from people for handling their requests", "what applicants paid for having their requests processed"
     r"(?:collect(?:ed|s|ing)?|charg(?:e|ed|es|ing)|pa(?:y|id|ys|ying)|money|payments?)(?: [a-z'’]+){0,6}? for (?:the )?"
     r"(?:handling|processing|having|dealing with|answering) (?:of )?(?:their |its |the |people['’]s |applicants['’] )?"
     r"(?:information |info |disclosure )?(?:requests?|applications?)(?: (?:processed|handled|dealt with))?|"
     # "did it charge anyone for info processing", "information-processing charges"
     r"charg(?:e|ed|es|ing)(?: (?:anyone|anybody|people|applicants|requesters))?(?: anything)? for (?:the )?(?:info|information|disclosure) processing|"
     r"(?:info|information)[- ](?:processing|handling) (?:fees?|charges?|costs?)|handling (?:fees?|charges?)|"
     # "how much money did it take in from disclosure applicants"
     r"(?:money|fees?|payments?|charges?)(?: [a-z'’]+){0,5}? (?:from|by|of) (?:the |its |their )?(?:disclosure |information )?(?:applicants?|requesters?)",
     ("信息处理费", "处理费")),
    (r"training sessions?|trainings?|trained|training courses?", ("培训",)),
    # what a gazette printed (刊登 …件): "pieces printed in the gazette", "items the gazette carried"
    (r"(?:carried|printed|ran|run|featured|appeared|published|contained|included)(?= (?:in|by) (?:the |its |their )?(?:[a-z'’-]+ ){0,3}(?:gazettes?|bulletins?))|"
     r"(?<=gazette )(?:carr(?:y|ied|ies)|print(?:s|ed)?|ran|runs?|feature[sd]?|contain(?:s|ed)?)|"
     r"(?<=gazettes )(?:carr(?:y|ied)|print(?:ed)?|ran|run|feature[sd]?|contain(?:ed)?)|"
     # "And how many documents did it print?" after the gazette's issues: what it printed
     r"(?<=\bdid it )print|(?<=\bdid they )print|(?<=\bit )printed", ("刊登", "刊发", "刊载", "登载")),
    (r"government gazettes?|gazettes?|(?:official |government |municipal )?bulletins?", ("公报",)),
    (r"weibo|microblogs?", ("微博",)),
    # (before the account's own words: "the audience following the WeChat account" looks ahead to them)
    (r"followers?|fans|fan(?=\s+(?:count|base|numbers?|total)\b)|subscribers?|"
     # "the audience following the WeChat account" (never "the following year", nor a live stream's audience)
     r"(?:(?:size of |number of )?(?:the |its )?audience )?following(?= (?:the |its |their )?(?:[a-z'’]+ ){0,4}(?:accounts?|wechat|weibo|channels?)\b)|"
     r"(?:size of (?:the |its )?)?audience(?= (?:of|on|for) (?:the |its |their )?(?:[a-z'’]+ ){0,4}(?:accounts?|wechat|weibo)\b)|"
     r"follow(?:ed|s)? by|follower (?:count|base|numbers?)|subscriber (?:count|base)|"
     r"(?:people|users|readers|accounts) (?:who )?(?:follow(?:s|ed|ing)?|subscribe[sd]?)(?: to)?", ("粉丝", "关注人数", "关注")),
    # "WeChat Channels" (微信视频号) is the video account, not the WeChat official account
    (r"wechat[- ]?channels(?: accounts?)?|(?:wechat )?video (?:channel|account)s?", ("视频号",)),  # ("its WeChat channel": the account)
    (r"wechat(?! video (?:channel|account))(?: official)?(?: accounts?)?", ("微信", "公众号")),
    (r"home[- ]?made|home[- ]?grown|in[- ]house|self[- ]?made|own[- ]made|self[- ]?produced|self[- ]?created|"
     r"self[- ]?(?:written|authored|edited|originated|shot|filmed)|(?:written|authored|produced|created|made) (?:by )?(?:itself|themselves|in[- ]house)|"
     r"(?:wr[oi]te|writes|authored|produced|made|created|shot|filmed)(?: (?:them|it|up))? (?:itself|themselves|on (?:its|their) own)|"
     r"(?:its|their) own (?=(?:[a-z]+ )?(?:articles?|posts?|pieces?|content|videos?|clips?|stories|write[- ]?ups?))|"
     r"originally (?:written|produced|created)|first[- ]hand", ("原创",)),
    (r"short videos?|short clips?|video clips?|clips?|videos?", ("短视频", "视频")),
    (r"douyin|tik ?tok", ("抖音",)),
    # "import expo (进博会) coverage": the China International Import Expo, reported on
    (r"(?:china )?(?:international )?import expo(?:sition)?s?|\bciie\b", ("进博会", "进口博览会")),
    (r"(?:news |media )?coverage", ("报道",)),
    (r"live ?streams?|live ?broadcasts?|live sessions?", ("直播",)),
    # "how many pieces of content became hits", "viral posts", "went viral"
    (r"viral (?:hits?|posts?|videos?|items?|pieces?|content)|viral|(?:became|become|becoming|were|was) (?:a |big |smash )?hits?|(?:big |smash )hits?|hit (?:posts?|videos?|items?|pieces?|content)|blockbusters?", ("爆款",)),
    # magnitudes a post's views pass (破亿, 破千万, 破百万)
    (r"(?:a |one )?hundred million|100 million", ("破亿", "亿")),
    (r"ten million|10 million", ("千万",)),
    (r"(?:a |one )?million|1 million", ("百万",)),
    (r"original (?:articles?|posts?)", ("原创",)),
    (r"originals?|self[- ]produced", ("原创",)),
    # ("how many clips did it make and post?", "to post": the verb, no article counted)
    # ("did STCSM post in 2024?": a verb after its subject, then a time or the question's end)
    (r"articles?|posts|(?<!\band )(?<!\bor )(?<!\bto )(?<!\bit )(?<!\bthey )(?<!\bthen )post\b"
     r"(?!\s+(?:in|on|during|over|via|through|for|last|this|that|them|it)\b|\s*[?？.!]|\s*$)", ("文章", "内容", "信息")),
    (r"users?", ("用户",)),
    (r"page views?|website visits?|visits?|visitors?|visitor (?:numbers?|counts?)|views?|hits", ("访问量", "浏览量", "访问", "浏览")),
    (r"hotlines?|12345", ("热线",)),
    (r"help(?:s|ing)? (?:people|the public|citizens|residents) understand(?: new)?(?: polic(?:y|ies))?|"
     r"policy interpretations?|interpretations?|interpretation items?|explanations? of polic(?:y|ies)|explainers?|"
     r"explaining (?:its |the |their )?polic(?:y|ies)|walking people through polic(?:y|ies)",
     ("解读",)),
    (r"executive meetings?|standing meetings?", ("常务会议",)),
    (r"important (?:items|topics|issues|agenda items|agenda topics|subjects)|(?:key|major) agenda topics|major (?:topics|agenda items|issues)|key (?:topics|agenda items)", ("重要议题", "议题")),
    (r"meetings?|conferences?", ("会议",)),
    (r"municipal regulations?|government regulations?|regulations?|government rules?", ("规章",)),
    (r"normative (?:documents?|docs?|papers?|files?)|rule ?books?|rule[- ]making documents?|regulatory (?:documents?|docs?)", ("规范性文件",)),
    # "municipal rules", "government rules" (规章); not "the rule of law", "as a rule"
    (r"(?:municipal |city |government |local |administrative )?rules(?! of)", ("规章",)),
    (r"policy documents?|policy papers?|policy files?", ("政策性文件", "政策文件")),
    (r"polic(?:y|ies)", ("政策",)),
    (r"newly (?:published|released|disclosed|made public|added)|new(?:ly)? added|added", ("新增公开", "新增")),
    (r"documents?|docs|doc(?=\s)|files?|paperwork", ("文件", "公文")),
    (r"public comments?|comments?|consultations?|solicit\w*|opinions?|(?:asking|asked|ask) the public for (?:feedback|views|input)|"
     r"public feedback|feedback", ("意见征集", "征集", "意见")),
    (r"people\W{0,2}s?\s+congress\s+(?:deputies\W?|delegates\W?|members\W?)?\s*(?:proposals?|suggestions?|motions?)|"
     r"(?:NPC|congress) (?:deputies['’]?|delegates['’]?) (?:proposals?|motions?)|"
     r"NPC deputies'? suggestions?|deputies'? suggestions?|NPC deputies'?|deputies'?|deputy suggestions?|NPC suggestions?",
     ("人大代表建议", "代表建议")),
    (r"(?:as )?lead(?:ing)? or co[- ]?handlers?|co[- ]?handl\w+|lead handler|as lead|lead(?:ing)? or joint|led or co[- ]?led|"
     r"(?:led|lead|took the lead) on|as (?:the )?lead(?:ing)? (?:handler|unit|body)|"
     # "(lead or co-lead)", "as lead or joint handler", "co-led": the 主办 and 合办 of proposals
     r"lead(?:ing)? (?:or|and|/) co[- ]?lead(?:ing)?|co[- ](?:lead(?:ing)?|led)|colead(?:ing)?|jointly (?:handled|led)", ("主合办", "主办", "合办")),
    (r"CPPCC|proposals?", ("政协提案", "提案")),
    # "trial sectors", "trial areas": the 试点领域 (a court's trial is no 试点); read before the areas themselves
    (r"trial(?= (?:areas?|sectors?|fields?|domains?|programmes?|programs?|schemes?|units?|sites?|basis|runs?)\b)", ("试点",)),
    (r"key (?:domains?|fields?|areas?|sectors?)|priority (?:domains?|fields?|areas?|sectors?)", ("重点领域",)),
    (r"(?:policy |subject |thematic )?(?:domains?|fields?|areas?|sectors?)", ("领域",)),
    (r"tasks?|assignments?", ("任务",)),
    # the sectors the reports list among their key areas (教育、养老服务、社会救助、就业…)
    (r"education(?:al)?|schooling|schools?", ("教育",)),
    (r"health ?care|healthcare|health|medical(?: care)?", ("医疗卫生", "卫生", "医疗")),
    (r"elderly care|elder care|old[- ]age care|aged care|care (?:for|of) the elderly|elderly services?|pensions? services?", ("养老",)),
    (r"social (?:assistance|relief|aid)", ("社会救助", "救助")),
    (r"employment|jobs", ("就业",)),
    (r"countdown (?:alarms?|alerts?|timers?|clocks?|warnings?)(?: (?:systems?|mechanisms?|tools?|devices?))?|countdowns?(?: (?:systems?|mechanisms?|tools?|devices?))?|"
     r"alarms?(?: (?:systems?|mechanisms?|tools?|devices?))?|deadline (?:alerts?|alarms?|warnings?)(?: (?:systems?|mechanisms?))?",
     ("倒计时", "报警器", "预警")),
    (r"languages?", ("语种",)),
    (r"broken links?|dead links?|invalid links?", ("失效链接",)),
    # "out-of-date items", "stale posts", "superseded information": the 过期信息 cleared
    # ("outdated items cleared": 过期信息, not the 失效链接 — broken links — of the sentence before)
    (r"outdated|out[- ]of[- ]date|obsolete|stale", ("过期", "过时", "失效废止")),
    (r"expired|superseded|no longer (?:valid|current|in force)", ("过期", "失效")),
    (r"clean(?:ed|ing)? (?:up|off|out)|clean[- ]?ups?|cleaned|cleared|remov(?:e|ed|es|ing)(?![/ ]*(?:documents?|papers?|files?))|delet(?:e|ed|ing)|taken down|took down|"
     r"purg(?:e|ed|ing)|weed(?:ed)? out|clear(?:ed|ing|s)? (?:out|away|off)|tid(?:y|ied|ying) up", ("清理",)),
    (r"matrix|matrices", ("矩阵",)),
    (r"(?:special|dedicated|themed|thematic|feature|topical) (?:columns?|sections?|series)(?:\s*(?:/|and|or)\s*(?:columns?|series|sections?))?|"
     r"special columns?", ("专栏",)),
    (r"inspections?|inspect(?:ed|ing|s)?|spot checks?|checks?|patrols?|patroll(?:ed|ing)|sweep(?:s|ing)?(?: through)?|swept(?: through)?|combed through|"
     r"full[- ]coverage (?:checks?|reviews?)", ("检查", "抽查", "巡检", "巡查")),
    (r"completion rate|closure rate|rate of completion", ("办结率",)),
    (r"wrapped up|wrap(?:ped)? up|closed out|concluded|finished|"
     # "what proportion of requests were closed by year end": the 办结率
     # (not "were closed under 'other handling'": the outcome they were closed under is asked)
     r"(?<=\bwere )closed(?! under\b)(?: (?:by|before|at) (?:the )?(?:year[- ]end|end of (?:the )?year))?|completed by (?:the )?(?:year[- ]end|end of (?:the )?year)",
     ("办结",)),
    (r"pass rate|passing rate|compliance rate", ("合格率",)),
    # the "good/bad review" system (好差评) and its ratings
    (r"good[- /]*(?:(?:and|or|vs\.?|&)[- /]*)?bad(?:[- ](?:reviews?|ratings?|evaluations?))?(?: (?:system|platform))?|"
     r"good[- ]or[- ]poor (?:reviews?|ratings?)", ("好差评",)),
    (r"negative (?:reviews?|ratings?|evaluations?)", ("差评",)),
    (r"positive (?:reviews?|ratings?|evaluations?)", ("好评",)),
    (r"negative|bad|unfavou?rable|poor", ("差评",)),
    (r"positive|favou?rable|good", ("好评",)),
    (r"on time|within the (?:legal|statutory) (?:time limit|deadline|period)|in time", ("法定期限", "按时", "及时")),
    (r"refus(?:ed|e|es|als?|ing)(?: to (?:disclose|release))?|withheld|not disclosed|denied|non[- ]?disclosure", ("不予公开",)),
    (r"cannot be provided|could not be provided|can['’]?t be provided|unable to (?:be )?provide[d]?|not able to provide|"
     r"(?:could|can|did)(?:n['’]t| not) (?:provide|supply)|cannot (?:provide|supply)|"
     # "how many requests could the office not provide": the subject between the verb and its negation
     r"\bnot provided?\b", ("无法提供",)),
    # "how many requests did it grant", "agreed to disclose" (同意公开答复, 予以公开)
    (r"(?:fully )?grant(?:ed|s|ing)?(?: in full| fully)?|agreed to (?:disclose|release)|disclosed in full|released in full",
     ("同意公开", "予以公开")),
    (r"withdrawn|withdrew|withdraw|withdrawing|withdrawals?|pull(?:ed|s)? (?:\w+ ){0,3}back|took (?:\w+ ){0,3}back|"
     r"taken (?:\w+ ){0,3}back", ("撤回",)),
    (r"accepted|took in|tak(?:e|es|en|ing) in(?= (?:requests?|applications?|cases?|the |all |on ))|on behalf|on (?:[a-z]+['’]?s? ){1,4}behalf|acceptance|intake", ("受理", "代表")),
    (r"(?<!in )(?<!with )connected|connecting|(?<!to )\bconnects?\b(?! with\b)|(?<!in )connections?(?! (?:with|to) (?:the )?(?:disclosure|requests?|applications?|its|their))|linked (?:in|up|to)|plugged in(?:to)?|hooked up|onboarded|integrated into", ("接入",)),
    (r"unified|one single|single (?:unified )?(?:platform|window)", ("统一",)),
    (r"platforms?|systems?", ("平台", "系统")),
    (r"direct(?:ly)?[- ](?:handl(?:ed|ing)[- ])?(?:services?|service items?|handling)|handled directly|directly handled|"
     r"(?:complet(?:e|ed|ing)|finish(?:ed|ing)?|handl(?:e|ed|ing)|do(?:ne)?|get) (?:[a-z]+ ){0,3}directly(?: online)?|directly online",
     ("直接办事", "直接")),
    (r"service items?|(?:administrative )?matters|services", ("事项", "服务")),
    (r"direct(?:ly)?", ("直接办事", "直接")),
    # the outcome "petitions, duplicates … not processed" (属信访、重复申请等不予处理) and requests carried
    # into the next year (转下一年度 / 结转): rows of the tables, read so that rag.narrative leaves them to
    # the table unless the question asks for the text's words
    (r"(?:not|never|weren['’]?t|wasn['’]?t) (?:been )?(?:processed|handled|dealt with|taken up)|left unprocessed|declined to (?:process|handle)",
     ("不予处理",)),
    # the outcome 其他处理 ("other processing", "handled some other way"): a row of the tables the text counts too
    (r"other (?:processing|handling|treatment|outcomes?)|(?:processed|handled|dealt with|disposed of) (?:in )?(?:some )?other(?:wise| ways?)",
     ("其他处理",)),
    (r"petitions?|petition letters?|xinfang", ("信访",)),
    (r"duplicates?|duplicated|repeat(?:ed)? (?:requests?|applications?)|repeats?", ("重复申请", "重复")),
    # (only the way into the next year: "carried over" alone may be the year before's, 上年结转)
    (r"(?:carr(?:y|ied|ies)|roll(?:ed|s)?|mov(?:e|ed|es)|push(?:ed|es)?|pass(?:ed)?|defer(?:red)?|transferr(?:ed)?|held|put) "
     r"(?:over |forward |on )?(?:in)?to (?:the )?(?:next|following|coming|new) year|carr(?:y|ied|ies|ying) forward(?= (?:in)?to\b)",
     ("转下一年度", "下一年度", "下年度", "顺延")),
    (r"(?:disclosure |information )?(?:requests?|applications?|applicants?|requesters?|requestors?)", ("申请",)),
    (r"web ?portals?|web ?sites?|websites?|portals?|sites?", ("网站", "门户")),
    (r"disclosure (?:pages?|sections?)|web ?pages?|pages?|columns?|sections?", ("页面", "栏目", "专栏")),
    (r"government (?:affairs )?information(?: items?)?|government info\b", ("政府信息", "政务信息")),
    (r"pieces of information|information items?|items of information|pieces|information|info", ("信息",)),
    (r"(?:official |government |gov )?(?:social[- ]media|social|mobile apps?|apps?|new[- ]media)(?:\s*(?:and|or|/|&)\s*(?:social[- ]media|mobile apps?|apps?|new[- ]media|mini[- ]programs?))+"
     r"(?: accounts?| channels?| platforms?)?|(?:official |government )?social (?:accounts?|channels?|platforms?)|"
     r"(?:government |gov )?new[- ]media(?: accounts?)?|government media(?: accounts?)?|(?:official |government )?social[- ]media(?: accounts?)?|"
     r"media accounts?", ("政务新媒体", "新媒体", "社交媒体")),
    # accounts kept running ("在运维政务新媒体95个"): "keeping alive", "in operation", "still active"
    (r"keep(?:s|ing)? (?:[a-z]+ ){0,2}(?:alive|running|going|active|live)|kept (?:[a-z]+ ){0,2}(?:alive|running|going|active|live)|"
     r"in operation|operational|still (?:active|running|live|operating|in use)|up and running|actively (?:run|maintained|operated)",
     ("运维", "运行", "运营")),
    (r"units|bodies|departments|agencies", ("单位", "部门", "机关")),
    # (not the report a question is asked of: "according to the office's 2025 annual report, …")
    (r"(?<!'s )(?<!’s )(?<!\d\d\d\d )(?<!\bits )(?<!\btheir )annual (?:(?:information[- ]|government[- ]information[- ])?disclosure |open[- ]government |work )?reports?|yearbooks?|year[- ]end reports?|yearly reports?",
     ("年度报告", "年报")),
    (r"disclosure items?|matters|items of disclosure|items? (?:it |they |the office |the government )?itemi[sz]ed|itemi[sz]ed items?|"
     r"how many items? did (?:the |its )?(?:office|body|government|department|agency|bureau|county|district|city) itemi[sz]e",
     ("事项",)),
    (r"pilot(?:s|ed|ing)?|trial[- ]run|experimental", ("试点",)),
    (r"grass[- ]?roots?|community[- ]level|primary[- ]level", ("基层",)),
    (r"districts", ("区",)),
    # appeals the text counts together ("review/litigation cases", 行政复议、行政诉讼案件)
    (r"(?:administrative )?reconsiderations?|(?:administrative )?reviews?(?=\s*(?:/|and|or|&)\s*(?:litigation|lawsuits?|court))",
     ("行政复议", "复议")),
    # (the cases themselves, "court cases", are read apart: 案件)
    (r"(?:administrative )?litigations?|(?:administrative |disclosure )?(?:law)?suits?|court(?:[- ](?:actions?|challenges?))?|"
     r"sued|suing", ("行政诉讼", "诉讼")),
    (r"appeal(?:s|[- ]type|[- ]like)?", ("复议", "诉讼")),
    (r"cases?", ("案件",)),
    (r"reviewed|audited|vetted|screened", ("审核", "审查")),
    (r"proactive(?:ly)?[- ]disclos\w*", ("主动公开",)),
    # put up "without anyone asking" is proactive disclosure (主动公开, 主动发布)
    (r"without (?:anyone|anybody|being|people|the public) (?:asking|asked|requesting|request(?:ed|ing)? (?:it|them))|unprompted|"
     r"unasked|of (?:its|their) own accord|on (?:its|their) own (?:accord|initiative)", ("主动",)),
    (r"proactive(?:ly)?|on (?:their|its) own initiative", ("主动",)),
    (r"releas(?:ed|e|es|ing)|put out|posted|issued", ("发布",)),
    # everyday English for the narrative's common nouns and verbs
    (r"international", ("国际",)),
    (r"departmental", ("部门",)),
    (r"(?:press |news )?briefings?", ("新闻通气会", "通气会")),
    (r"key (?:issues|agenda items|items)|important (?:issues|topics|agenda items)|major (?:issues|topics)", ("重要议题", "议题")),
    (r"agenda items?|topics?", ("议题",)),
    (r"suggestions?", ("建议",)),
    (r"sort(?:ed|ing|s)? out|sorted|sort|mapped|grouped|organi[sz]ed into", ("梳理",)),
    # "when the office itemised the information its powers and services produce": sorted out item by item (梳理细化)
    (r"itemi[sz](?:e|es|ed|ing|ation)|broke(?:n)? (?:it |them )?down item by item|went through (?:it |them )?item by item", ("梳理", "细化")),
    (r"(?:online|internet|web|social[- ]media|digital) presence", ("政务新媒体", "新媒体")),
    (r"overseas|abroad", ("海外",)),
    # "how many pieces of info did the district proactively publish online": on its website (网站), nothing that went live
    (r"(?<=publish )online|(?<=published )online|(?<=publishing )online|(?<=publishes )online|(?<=posted )online|(?<=post )online|"
     r"(?<=put )online|(?<=released )online|(?<=release )online|(?<=disclosed )online|(?<=disclose )online", ("网站", "门户")),
    (r"went online|went live|go(?:ne)? live|going live|launched online|online", ("上线",)),
    (r"in batch(?:es)?|batch(?:ed|es)?|in bulk|bulk", ("批量",)),
    (r"bundled|bundles?|packaged", ("集成式发布", "集成发布", "集成")),
    (r"appointments? (?:and|or|/) ?removals?|removals?|dismissals?", ("任免",)),
    (r"images?|pictures?|graphics?", ("图片", "图文")),
    (r"ratings?|evaluations?", ("评价",)),
    # (a total asked: the number the text states as a total, 累计/共计, over one of its parts; 累计 is weak)
    (r"cumulative(?:ly)?|in (?:the )?aggregate|in total|totals?|altogether|all told|in all", ("累计", "共计", "总计", "合计", "共", "总")),
    (r"over the (?:whole )?year|throughout the year|for the (?:whole )?year|(?:the )?whole year|all year", ("全年", "累计")),
    (r"services? guides?|guides?", ("指引", "指南")),
]

# English words that may name either of two things the reports count apart: said with no word that
# tells which (a gloss "(新闻通气会)", "background", "not … conferences"), both are read, so that the
# finder quotes both numbers and asks which one is meant, rather than guess.
# (pattern, the words that settle it, the other thing's Chinese words)
EN_AMBIGUOUS: list[tuple[str, str, tuple[str, ...]]] = [
    (r"\b(?:press|news|media) briefings?\b",
     r"新闻通气会|通气会|发布会|\bconferences?\b|\bbackground\b|\binformal\b|\bsmaller\b|\boff[- ]the[- ]record\b|\bnot\b",
     ("新闻发布会", "发布会")),
]

# where an English question names the quantity it asks for: the words right after these
EN_HEAD = r"\b(?:how many|how much|how often|number of|share of|percentage of|proportion of|rate of|count of)\b"
# … and a Chinese one: the words right after 多少/几 and a measure word, or right before 有多少/是多少
ZH_HEAD_AFTER = r"(?:多少|几)[场次期条件项个家篇人名份批元处类回种]?"
ZH_HEAD_BEFORE = r"(?:有|是|达到?|为)?(?:多少|几)"

# Chinese words → other words a report may use for the same thing
ZH_SYNONYMS: dict[str, tuple[str, ...]] = {
    "运营": ("运维", "运行", "运营"),
    "语言": ("语种",), "语种": ("语言",),
    # a site in foreign languages (外文网站, 外语网站, 英文网站) is the international portal (国际服务门户)
    "外文": ("国际服务", "国际", "外文", "外语"), "外语": ("国际服务", "国际", "外语", "外文"),
    "外文网站": ("国际服务", "国际"), "外语网站": ("国际服务", "国际"),
    # a reminder sent to hurry a reply (催办提醒, 催一下): the 催办提示 the text counts
    "提醒": ("提醒", "提示"), "催办提醒": ("催办", "提示"), "催促": ("催办",), "催了": ("催办",),
    "死链接": ("失效链接",), "打不开": ("失效",), "死链": ("失效链接",), "撤回去": ("主动撤回", "撤回"), "撤回了": ("主动撤回", "撤回"),
    "账号": ("账号", "新媒体", "公众号"),
    "新闻发布会": ("发布会",),
    # a press conference in the asker's words ("开了几场记者会", "记者见面会", "记者招待会")
    "记者会": ("新闻发布会", "发布会"), "记者见面会": ("新闻发布会", "发布会"), "记者招待会": ("新闻发布会", "发布会"),
    "新闻会": ("新闻发布会", "发布会"),
    "发布会": ("新闻发布会",),
    "公报": ("政府公报",), "政府公报": ("公报",), "市政府公报": ("政府公报", "公报"),
    "关注人数": ("关注", "粉丝"),
    "全面": ("全覆盖",), "全覆盖": ("全面",),
    # "办件之前主动跟申请人沟通": the 办前 (before handling) communication
    "办件": ("办前", "办理"), "办件之前": ("办前",), "办理之前": ("办前",), "办理前": ("办前",),
    "粉丝": ("关注",),
    "访问量": ("浏览量", "访问"),
    "浏览量": ("访问量", "浏览"),
    "主动公开": ("主动发布", "公开发布"),
    "主动发布": ("主动公开",),
    "政策解读": ("解读",),
    "解读": ("政策解读",),
    "撤回": ("主动撤回",),
    "政务新媒体": ("新媒体",),
    "培训": ("培训班", "培训会"),
    "主办": ("主合办", "主办理"), "合办": ("主合办", "会办"), "会办": ("主合办", "合办"),
    "网站": ("门户网站",),
    "政府网站": ("网站",),
    "门户网站": ("网站",),
    # a change from the year before, in the words reports use for it
    "上年": ("去年", "上一年", "同比"),
    "去年": ("上年", "上一年", "同比"),
    "下降": ("回落", "减少", "降低", "下滑"),
    "减少": ("回落", "下降", "降低", "下滑"),
    "增长": ("增加", "上升", "提高", "增幅"),
    "增加": ("增长", "上升", "提高", "增幅"),
    "巡检": ("巡查",), "巡查": ("巡检",), "一起": ("集中", "统一"), "费用": ("信息处理费", "处理费", "收费", "费用"), "办事前": ("办前",), "办理前": ("办前",), "答复前": ("办前",),
    "好评率": ("好评",), "差评率": ("差评",), "过时": ("过期", "失效", "过时"), "过时的": ("过期", "失效"),
    "集中统一": ("集中公开", "统一发布", "集中"), "集中发布": ("集中公开", "统一发布", "集中"), "统一发布": ("集中公开",),
    "上一年": ("上年", "去年", "同比"), "前一年": ("上年", "去年", "上一年", "同比"), "头一年": ("上年", "去年", "同比"),
    "申请量": ("申请数量", "申请"), "申请数": ("申请数量", "申请"),
    "降了": ("回落", "下降", "减少", "降低"), "少了": ("回落", "下降", "减少", "降低"), "涨了": ("增长", "增加", "上升"),
    # the colloquial words of the narrative's quantities (新闻稿, 征求意见, 政务号 …)
    "新闻稿": ("新闻稿件", "稿件"), "稿子": ("稿件", "新闻稿件"),
    "征求意见": ("意见征集", "征集意见", "征求"), "征集意见": ("意见征集", "征求意见"), "意见征集": ("征求意见", "征集意见"),
    "政务号": ("政务新媒体", "新媒体"), "新媒体号": ("政务新媒体", "新媒体"), "政务账号": ("政务新媒体", "新媒体"),
    "收钱": ("收取", "收费"), "收费": ("收取",), "收了": ("收取",),
    "全查": ("全覆盖检查", "全覆盖", "检查"), "全面检查": ("全覆盖检查", "全覆盖", "检查"), "挨个查": ("全覆盖检查", "检查"),
    "从头到尾": ("全覆盖",), "修好": ("整改",), "修复": ("整改",), "改正": ("整改",),
    "过期": ("过时", "失效"), "删掉": ("清理",), "清掉": ("清理",), "清理掉": ("清理",),
    "短片": ("短视频", "视频"), "小视频": ("短视频",),
    # what a gazette printed, in the words reports use for it (刊登 …件)
    "刊登": ("刊发", "刊载", "登载"), "刊发": ("刊登", "刊载", "登载"), "刊载": ("刊登", "刊发", "登载"), "登载": ("刊登", "刊发", "刊载"),
    # a column of a website (栏目, 专栏): read whole, never 公开栏 + 目的
    "栏目": ("专栏", "页面"), "专栏": ("栏目",), "专题专栏": ("专栏", "专题"),
    # 原创: written or made by the body itself
    "自己写": ("原创",), "自己写的": ("原创",), "自创": ("原创",), "自制": ("原创",), "原创的": ("原创",),
    # the three reviews, in the words a question uses for them (发布审查, 公开属性审查, 保密审查)
    "发布前审查": ("发布审查",), "发布前审": ("发布审查", "发布前审查"), "发布前查": ("发布审查", "发布前审查"), "发布前审核": ("发布审查", "审核"), "发布审核": ("发布审查", "审核"),
    "属性审查": ("公开属性审查",), "保密审核": ("保密审查",),
    # 错误信息: wrong content fixed
    "错误内容": ("错误信息", "错误"), "不规范": ("不规范描述", "不规范"), "表述": ("描述", "表述"), "错的": ("错误信息", "错误"), "出错": ("错误信息", "错误"),
    "差评": ("差评数",), "好评": ("好评数",),
}

# words the question's tokenizer must keep whole even against a longer dictionary word beside them
# ("信息公开栏目的": 公开 + 栏目 + 的, never 公开栏 + 目的)
ZH_KEEP_WHOLE: tuple[str, ...] = ("栏目", "专栏", "页面", "人大代表建议", "政协提案")

# Chinese measure words a question asks in ("多少场", "几期") → the units a sentence's number may carry
ZH_UNITS: dict[str, tuple[str, ...]] = {
    "回": ("次", "场", "期"),
    "场": ("场", "次", "期"), "次": ("次", "场", "期"), "期": ("期", "次", "场"), "条": ("条", "篇", "则", "件"),
    "件": ("件", "条", "份", "个", "项"), "项": ("项", "个", "件"), "个": ("个", "项", "家", "件", "处"), "家": ("家", "个"),
    "篇": ("篇", "条", "件"), "人": ("人", "名", "万"), "名": ("名", "人"), "份": ("份", "件"), "批": ("批",),
    "元": ("元", "万元", "万"), "万元": ("万元", "元", "万"), "处": ("处", "个"), "类": ("类",), "期数": ("期",), "种": ("种", "个", "类"),
}

# English wordings of a unit → the units a sentence's number may carry (first match wins)
# the units of views, plays and visits ("观看量1924252次", "浏览量为536万", "累计访问量达1.2亿")
VIEW_UNITS: tuple[str, ...] = ("次", "万", "亿", "人", "万人")
# the Chinese words of views asked with no measure word ("播放量有多少")
ZH_VIEWS = r"播放量|浏览量|观看量|阅读量|点击量|访问量|播放次数|浏览次数|观看次数|阅读次数"

EN_UNITS: list[tuple[str, tuple[str, ...]]] = [
    (r"\b(?:rate|share|percentage|percent|proportion|ratio)\b|%", ("%", "％")),
    # issues of a gazette or a bulletin; not "key issues of executive meetings", "hot issues"
    # (not "how many documents did those issues carry": the issues carry what is counted)
    (r"(?<!key )(?<!hot )(?<!important )(?<!major )(?<!public )(?<!those )(?<!these )\bissues\b(?!\s+of\s+(?:the\s+)?(?:executive|meetings?|public|concern))(?!\s+carr)|"
     r"\beditions?\b|\bnumbers? (?:were|was) (?:published|printed|put out|issued)\b", ("期",)),
    # how long a thing took is counted in days, never by a count of requests
    (r"\bhow long\b|\bhow many (?:working |work |business |calendar )?days\b|\baverage (?:time|days?|duration)\b|"
     r"\bon average\b|\bturnaround\b|\btime taken\b|\bhow (?:quickly|fast|promptly|soon)\b|\bresponse (?:times?|speed)\b",
     ("天", "日", "个工作日", "工作日")),
    # views, plays, visits are counted in 次/万/亿 ("观看量1924252次", "浏览量为536万"): never a count of the
    # videos that reached them ("1条播放量破亿": one video, not its views)
    # (not "viral hits" — 爆款 posts — nor "how many posts passed a million views": the posts are counted)
    (r"\b(?:how many|number of|count of)\s+(?:[a-z'’-]+\s+){0,2}?(?:views|plays|visits|page ?views)\b|"
     r"\b(?:view|play|visit)(?:ing)? (?:counts?|figures?|numbers?|totals?)\b|"
     r"\bhow many (?:times\s+)?(?:was|were|did|has|had)\b[^?？]{0,60}\b(?:viewed|watched|played|visited|clicked)\b|"
     r"\b(?:views|plays)\b(?= did\b| does\b| has\b| had\b| were\b| was\b)", VIEW_UNITS),
    (r"\bsessions?\b|\btimes\b|\brounds?\b|\bhow often\b", ("场", "次", "期")),
    (r"\blive ?streams?\b", ("场", "次")),
    (r"\b(?:yuan|rmb|fees?|how much money|amount|income|collect(?:s|ed|ing|ions?)?|budgets?|spen[dt]|spending|costs?|"
     r"expenditures?|prices?|paid|pay)\b", ("元", "万元", "万")),
    # (not "people's congress", "walking people through policies": people counted only when asked so)
    # (followers counted, not "on how many platforms does it have followers": the platforms are counted)
    (r"\b(?:how many|number of|count of)\s+(?:[a-z'’-]+\s+)?(?:people|persons|participants)\b(?!['’])|"
     r"\b(?:how many|number of|count of)\s+(?:[a-z'’-]+\s+){0,3}?(?:followers?|fans|users?|subscribers?|attendees)\b|"
     r"\b(?:followers?|fans|users?|subscribers?)\s+(?:count|number|total|base)\b|"
     r"\b(?:followers?|fans|users?|subscribers?)\s*(?:[?？]|$)", ("人", "名", "万")),
    (r"\blinks?\b", ("处", "个", "条")),
    # pages are counted in 页 or 张, never by a count of checks ("全年组织4次…检查")
    (r"\bhow many (?:[a-z'’-]+\s+)?pages\b|\bpage counts?\b|\bnumber of pages\b", ("页", "张")),
    # things counted ("how many items", "pieces", "posts"): never a count of times or sessions (解读7次)
    (r"\b(?:how many|number of|count of)\s+(?:[a-z'’-]+\s+){0,3}?(?:items?|pieces?|posts?|articles?|entries|documents?|"
     r"files?|papers?)\b|"
     # a terse question that opens with the things counted ("Shanghai 2019: items carried in the gazette?")
     r"^\s*(?:[^:：—–?？]{0,60}?(?:19|20)\d\d\s*[:：—–-]\s*)?(?:the\s+)?(?:items|pieces|posts|articles|entries|documents)\s+"
     r"(?:carried|printed|published|released|posted|listed|put)\b", ("条", "件", "项", "个", "篇", "份", "则", "家", "类", "处")),
]

# words of a Chinese question that say nothing about which quantity is asked
ZH_GENERIC: frozenset[str] = frozenset(
    "多少 几 几个 几次 几场 几期 几件 几项 几条 是 有 了 的 在 共 一共 总共 共计 合计 全年 本年 当年 今年 年度 年 年报 报告 正文 总体情况 总体 情况 概述 "
    "内部 以后 之后 那个 这个 那些 这些 那年 这年 同年 该年 那一年 这一年 同一年 同一 "
    "里 中 呢 吗 么 啊 数 数量 总数 多少次 多少场 多少期 多少条 多少件 多少项 多少个 是多少 有多少 达到 达 到 做 做了 搞 搞了 "
    "举办 举行 组织 开展 进行 完成 实现 通过 累计 一年 全市 全县 全区 政府 人民政府 办公室 办公厅 市 县 区 市政府 县政府 区政府 "
    "根据 按照 截至 年底 年末 目前 上线 后 对 和 及 与 或 被 给 让 其中 所 这 那 该 其 各 各类 "
    # (the share asked for, 占比 / 百分之几, is stripped before by rag.narrative's _SHARE_ASKED)
    "占 还有 还 仍 仍有 尚有 自己 自行 本人 "
    "几家 多少家 几位 几名 几人 多少人 多少名 几份 几篇 几批 几处 几类 多少份 多少篇 多少批 "
    # the asker's own words around the question (想问一下…到底…, 按年报说的)
    "到底 究竟 现在 如今 请问 想问 问问 问一下 问下 一下 知道 告诉 大概 大约 左右 会不会 不会 能不能 可以 "
    "说 说的 报说 写 写的 提到 提到的 讲 讲的 按 看 看看 那些 这些 全部 整个 呀 吧 哦 嘛 呗 咋 怎么 "
    "不少 很多 好多 许多 挺多 一些 出了 自己 听说 据说 听人说 "
    # "报告的文字部分说", "报告说出了", "挂出来": the report's words and the asker's verbs, not the quantity
    "几回 多少回 涉及 说出 说到 提及 写到 写了 文字 部分 文字部分 出来 提问 说法 "
    # the asker's colloquial fillers ("之前…后来好像修好了", "新媒体那边", "年报里说的", "那档", "块钱")
    "因为 由于 之前 后来 好像 似乎 那边 这边 那里 这里 报里 年报里 里说 好几个 一遍 进去 点进去 点开 那档 只算 块钱 几块 他们 它们 我们 "
    "核对 核对下 核对一下 核实 核实下 确认 确认下 确认一下 对一下 对下 查一下 查下 "
    "上发 上发了 上发的 上挂 数是 几种 多少种 那种 这种 还在 一共有 总共有 都是 都有 具体 分别 大家 网上 上面 里面 平时 "
    # the unit the asker wants it in ("按元算"), who the asker is ("记者 想核实一下")
    "按元算 按万元算 以元计 按元计 记者 好奇 好奇问问 以经 已经 找了半天 没找到".split())

# Chinese words that only join a question's words: never weighed as the quantity's own words
ZH_WEAK: frozenset[str] = frozenset("公开 信息 政府 政府信息 主动 主动公开 发布 工作 情况 相关 累计 全年 办理 共 申请 申请人 收到 "
                                   # the asker's verbs of extent and a word of any content: not the quantity's own
                                   "覆盖 涵盖 包括 内容 支持".split())

# English words that say nothing about which quantity is asked (with the bodies' English names):
# an English question is read only when most of its other words are in EN_CONCEPTS
EN_FILLER: frozenset[str] = frozenset("""
saw seen see noticed notice mentioned mention somewhere remember recall curious wondering friend friends asking
officials mentions smaller background informal across via gov govt yuan channel channels together set up opened created official completed city write wrote written writing accounts account themselves says said few came went
now currently presently nowadays
how many much what which who whom whose when where why was were is are be been being did does do done has have had post posted posting
times time once twice each every per quarter quarterly items item send sent push pushed pushing put submit submitted run ran running operate operated operating
organise organised organize organized conduct conducted carry out carried
the a an of in on for to by its it their they them his her from with and or as at this that these those there than
according report reports text narrative year years annual total number numbers share percentage rate figure figures count
publish published publishing release released put out make made produce produced hold held run ran get got give gave
posted posting uploaded
say said state stated mention mentioned carry carried handle handled organise organised organize organized issue issued
all any each every some more most also only just up into over under about after before during between through per
new newly whole entire overall altogether including include included s
yearly transparency thanks runs proportion
collect collected collects charge charged disclose disclosed disclosing disclosure disclosures proactive proactively
item items issues forward answer answered answers reply replied respond responded pieces china
open opens opening responsible passed topped exceeded crossed surpassed hit hits finally openness work kind kinds
type types level own single main staff giving often ones formal fully whether could should would decide public issuing
ask asked asking let you your things getting done team gather gathered gathering individual itself cover covers covered covering
launch launched launching start started starting introduce introduced build built manage managed maintain maintained
keep kept record recorded note noted achieve achieved deliver delivered take took taken offer offered host hosted hosting
stage staged convene convened arrange arranged roll rolled prepare prepared draft drafted go goes going
gives provides provided one deal dealt replies compile compiled compiling print printed printing compared compare comparison jointly push pushes standard standards standardised standardized standardisation standardization came come comes worth ended end ending thing seek sought
reporters journalists brief briefed briefing reporter journalist press media outlets
shanghai huai an huaian hongze shuyang jianxi luoyang sci tech science technology commission office general municipal
government city county district people peoples bureau committee province provincial town township
""".split())

# a Chinese question about money (多少钱, 金额, 预算): only amounts in 元 / 万元 / 亿元 answer it
ZH_MONEY = r"多少钱|多少块|块钱|金额|费用|经费|预算|资金|收入|支出|多少元|多少万元"
MONEY_UNITS: tuple[str, ...] = ("元", "万元", "亿元", "万", "亿")
# a question that asks for money (either language): never answered with a count of requests
# (rag.understanding); narrower than ZH_MONEY, whose 费用 also names 逾期未缴纳费用 requests
MONEY_ASKED = (r"多少钱|收了多少(?:钱|费)|收费多少|花了多少|金额|多少元|多少万元|\bhow much\b[^?？]{0,60}\b(?:charge[sd]?|fees?|"
               r"cost|spen[dt]|pa(?:y|id)|collect(?:ed)?|money|yuan|budget)\b|\bhow much money\b|\bin yuan\b|"
               # "the total fine amount behind those penalties", "罚款总额": the money of the decisions counted
               r"\b(?:fine|fines|penalty|monetary|cash|money)\s+(?:amounts?|totals?|sums?)\b|\bamount of (?:the )?(?:fines?|money|penalt)|"
               r"\bfines? (?:collected|imposed|levied|totall?ing)\b|罚款(?:金额|总额|数额|多少)|罚没(?:款|金额|收入)|"
               # "the total value of fines behind the penalty decisions"
               r"\b(?:total |combined )?(?:value|sum|size) of (?:the |all )?(?:fines?|penalt(?:y|ies) (?:imposed|paid)|money)\b")

# rows of the tables' request outcomes and appeals: a count of these is the table's to give (the
# narrative restates or rounds it), unless the question asks for the text's own words
TABLE_ROW_WORDS: tuple[str, ...] = ("无法提供", "不予公开", "不予处理", "其他处理", "予以公开", "部分公开", "结转",
                                    "不掌握", "行政复议", "行政诉讼",
                                    # (the requests carried into the next year: the table's 结转下年度继续办理)
                                    "转下一年度", "下一年度")
# a stock the tables keep (规章、规范性文件 "对外公开总数量", "现行有效件数"): asked so, never a sentence's
# count of the year's new ones
STOCK_ASKED = (r"\b(?:to date|in force|still (?:valid|in force|effective)|currently (?:valid|in force|effective)|"
               r"remain(?:s|ing)? (?:valid|in force)|available to the public|published to date|on the books)\b|"
               r"现行有效|还有效|仍有效|对外公开总数|公开总数量")
TEXT_CUE = (r"正文|原文|文字部分|文中|(?:年报|报告)(?:里|中)(?:说|提到|讲)(?:的)?|(?:总体情况|概述|开头)(?:部分|一节|那一?节|那段)?(?:里|中)?(?:的)?(?:说|写|提到|讲)|report(?:'s)? text|the text|narrative|in words|according to the (?:report )?text|"
            r"\bwrite-?\s?up\b|\bprose\b|\bwritten part\b|"
            r"\b(?:county|city|district|office|commission|government|body)['’]s text\b|\btext (?:says?|said|states?|stated)\b|"
            r"\breport (?:says|said|states|stated)\b|\b(?:county|city|district|office)['’]s report says\b|"
            # "the overview gives one combined number of …": the report's opening section, its own words
            r"\b(?:the|its|their) overview(?: section| part)?\b")


# an aside naming what is not asked ("(not full press conferences)", "(no reconsideration first)",
# "（问的不是当年制发数）"): the understanding excludes what it names, the narrative finder skips it
NOT_ASKED_ASIDE = (r"[（(][^)）]{0,4}?(?:\bnot\b|\bno\b|\bexcluding\b|\bexcept\b|\brather than\b|\bwithout\b|\bbesides\b|\bapart from\b|\baside from\b|\bother than\b|"
                   r"不是|不含|不包括|而非|并非|不算|别算|不要算|不用算|除外)[^)）]*[)）]|"
                   # "（复议后再起诉的别算）": what is left out named first
                   r"[（(][^)）]{1,20}?(?:(?:别算|不算|不要算|不用算)(?:进去|在内|进来)?|除外|不计|不包括在内)\s*[)）]|"
                   # "别跟转到下一年的搞混了": what not to confuse it with
                   r"[，,\s]*(?:别|不要|不能)(?:跟|和|与|同)[^，。？?]{1,20}?(?:搞混|弄混|混淆|混为一谈|搞错)(?:了)?")

# a forecast or an estimate of years to come (the reports state past years only; the engine
# declines such a question before reading it)
# a section of the report named in English ("the overview section of the report", "its summary part"): where the
# asker read a number — the text asked (rag.understanding), and no word of the quantity (rag.narrative)
REPORT_SECTION_EN = (r"(?:the\s+|its\s+|that\s+|their\s+)?(?:report(?:'s|’s)?\s+)?(?:overview|overall situation|overall|general|summary|"
                     r"opening|introductory)\s+(?:section|part|chapter|paragraph)s?\b")
# the channel a narrative number is counted on (an account, a site, a hotline): a follow-up pointing back at
# it ("how many followers it has?") keeps it (rag.understanding)
CHANNEL = (r"wechat[- ]?channels?(?: accounts?)?|(?:wechat )?video (?:channel|account)s?|wechat(?: official)?(?: accounts?)?|weibo(?: accounts?)?|"
           r"douyin(?: accounts?)?|tik ?tok(?: accounts?)?|(?:government |official )?(?:websites?|portals?)|hotlines?|"
           r"微信公众号|公众号|视频号|微信|微博|抖音|头条号|政府网站|门户网站|网站|热线")
FORECAST = (r"预计|预测|预估|(?:你|您)?估计[^。？?]{0,30}?(?:会|将)|"
            # "这些没审结的案子估计什么时候能有结果？", "When will the pending cases be decided?": when the open ones close
            r"(?:估计|大概|大约|预计)?(?:什么时候|何时|多久)(?:才)?(?:能|会|可以)?(?:有结果|出结果|审结|结案|判决|判下来|办结|办完|结束)|"
            r"\bwhen (?:will|would|might|could) (?:they|these|those|the (?:pending |open |remaining )?(?:cases|suits|lawsuits|reviews|requests))\s+"
            r"(?:be )?(?:decided|resolved|closed|concluded|finished|settled|ruled on|judged)\b|会不会[^。？?]{0,12}?(?:比|超过|多于|少于)|"
            r"(?:明年|后年|下一年|将来|未来)(?:会|将|能|可能|大概|估计)|\bforecast|\bpredict|"
            r"\bestimate\b|\bprojection\b|\bexpected(?: to)?\b|\bwill\b[^?.。？]{0,40}\b(?:rise|grow|increase|fall|"
            r"drop|decline|go up|go down|receive|get)\b|"
            # "Guess how many admin reviews Shuyang will have in 2026", "a ballpark figure is fine"
            r"\bguess (?:how|what)\b|\bhow many\b[^?.。？]{0,60}\bwill\b[^?.。？]{0,30}\b(?:have|see|handle|face)\b|"
            r"\b(?:ballpark|rough) (?:guess|estimate)\b|"
            # "按这个趋势，2025年会有多少", "Will Shuyang charge more fees in 2026 than in 2025?"
            r"(?:按|照)(?:这个|这样的?|目前的?|现在的?)?(?:趋势|速度|势头)|"
            # "照2023到2024年的趋势，2026年会有多少": a trend of named years carried on
            r"(?:按|照|根据|依照|顺着)[^。？?，,]{0,16}?(?:的)?(?:趋势|势头|增速|降速|变化)[^。？?]{0,30}?(?:会|将)|会不会[^。？?]{0,16}?(?:继续)?(?:上涨|增加|减少|下降|增长|上升)|"
            r"明年(?:打算|计划|准备)|(?:打算|计划|准备)(?:增加|减少|新增)|\bat this rate\b|\bif (?:the|this) trend\b|"
            r"\bwill\b[^?.。？]{0,50}\b(?:more|less|fewer|higher|lower)\b[^?.。？]{0,30}\bthan\b")

# breakdowns the tables never make, and forecasts: a number for them must come from a sentence
# that names the breakdown itself ("信函申请12件"), never from the sentence of the whole count.
# (pattern over the question, words one of which the sentence must hold)
# a count said to be divided among places, units or periods ("divided among the city departments", "各部门之间
#怎么分布"): the tables never make that split (a BREAKDOWNS pattern; the engine's learned-reader guard too)
SPLIT_AMONG = (
    r"\b(?:split|broken down|divided|distributed|spread|shared|allocated|apportioned)\s+(?:up\s+)?(?:between|among|across|over|by)\s+"
    r"(?:the\s+|its\s+|their\s+|different\s+|various\s+|each\s+)?(?:city\s+|county\s+|district\s+|municipal\s+|local\s+|government\s+)?"
    r"(?:townships?|towns?|streets?|districts?|counties|sub-?districts?|departments?|units?|bureaus?|agencies|offices|months?|quarters?|"
    r"topics?|channels?|sex|gender|age)\b|"
    r"(?:在|按)?各(?:个)?(?:部门|单位|乡镇|街道|月份?|季度)(?:之间)?(?:怎么|如何)?(?:分布|分配|划分|分摊)")

# one industry or size of the companies that applied ("制造业企业提了多少件", "外贸企业的申请"): the tables
# count commercial enterprises (商业企业) as one column (a BREAKDOWNS pattern; the engine's learned-reader
# guard too). (Ownership words — 民营企业, 国企, 民企 — are everyday names of that column: vocab.lexicon.)
COMPANY_KIND = (r"(?:制造|建筑|房地产|餐饮|金融|物流|零售|批发|化工|能源|外贸|电商|互联网|中小|小微|上市|科技型|高新技术)"
                r"业?(?:类)?的?(?:企业|公司)(?:一共|总共|共|都|们)?(?:提|申请|提出|递交|交|发起|的申请|的信息公开申请|申请人)")

# a part of a count passed on somewhere ("how many of them were passed on to the petitions bureau", "其中多少转交信访部门")
PASSED_ON = (r"\bhow many of (?:the |its |their |these |those |them)?[^?]{0,60}?\b(?:were|was|got) (?:then )?(?:passed on|forwarded|transferred|referred|handed over|sent on|redirected) to\b|"
             # (not "其中多少件转到下一年继续办": carried forward to the next year)
             r"(?:其中|这些|那些)[^，。？?]{0,8}?(?:有)?多少(?:件|个)?(?:被)?(?:转交|转给|转到|移交|转办|移送)(?:给|到)?"
             r"(?!\s*(?:下一?年|下年度|下一年度|明年|来年|次年|(?:19|20)\d\d))")
# who the followers, readers or users counted are ("how many of them are based in Shanghai", "关注者里，有多少是搞科研的")
WHO_THEY_ARE = (r"\bhow many of (?:them|those|these|the (?:followers|subscribers|fans|readers|users|viewers))\b[^?]{0,20}?\b(?:are|were|is|live|lived) "
                r"(?:based |living |located |resident |registered )?in\b|"
                r"(?:里|中|当中|里面)[，,\s]*[^，。？?]{0,4}?(?:有)?多少(?:个|人|位)?(?:是)?(?:搞|做|从事|干)[^，。？?]{1,8}?的")
# parts of a printed count no table splits out: the engine's learned-reader guard reads them too (a
# cell the learned reader is sure of is never the answer to them)
PARTS_NOT_PRINTED = "|".join(f"(?:{p})" for p in (COMPANY_KIND, PASSED_ON, WHO_THEY_ARE))

# a kind of coercion or penalty within the item ("这些行政强制里查封扣押的有多少个", "of the penalties, how many
# were fines"): table 二 prints each item's decisions whole
KIND_OF_ITEM = (r"(?:行政强制|强制措施|强制|行政处罚|处罚)(?:决定)?(?:里|中|当中|里面|之中|中间)(?:的)?[，,]?\s*(?:属于|是|有)?"
                r"(?:查封|扣押|冻结|强制拆除|强拆|强制执行|罚款|没收|警告|吊销|拘留|责令)|"
                r"\b(?:of|among) (?:those|these|the|its|them)(?: \d+)?(?: administrative)? (?:coercion|coercive|penalty|penalties|enforcement)"
                r"(?: decisions| measures| actions| cases)?,? how many (?:were|involved|concerned) "
                r"(?:seizures?|fines?|impoundments?|asset freezes?|demolitions?|warnings?)\b|"
                # "这些许可里面办给企业的和办给个人的各是多少": licences, penalties … split by who received them
                r"(?:许可|处罚|强制)(?:决定)?(?:里面|里|中|当中)?[^。？?]{0,8}?(?:办给|发给|给|针对|对|作出给)(?:企业|个人|公司|法人|自然人|群众)|"
                r"\b(?:licen[cs]es?|permits?|penalt(?:y|ies)|fines|coercion decisions)\b[^?]{0,30}\b(?:granted|issued|given|imposed) (?:to|on) "
                r"(?:companies|businesses|firms|individuals|people|persons)\b")
# firms by size ("how many large companies applied", "中小企业申请了几件"): the column counts every business
# (not the asker's own firm: "I do admin at a small company", "我们是一家科技型中小企业")
FIRM_SIZE = (r"(?<!\bat a )(?<!\bfor a )(?<!\bin a )(?<!\bwith a )(?<!\bown a )(?<!\brun a )(?<!\bI'm a )(?<!\bwe're a )"
             r"\b(?:big|large|larger|small|smaller|medium|medium-sized|mid-sized|small-and-medium|small and medium(?:-sized)?)\s+"
             r"(?:compan(?:y|ies)|firms?|businesses|enterprises|corporations)\b|\bSMEs\b|"
             r"(?<![\u4e00-\u9fff])(?:大|小|中小|大型|中型|小型|小微)(?:企业|公司)|(?<![家型是])(?:中小企业|小微企业|大型企业|规模以上企业)")

BREAKDOWNS: list[tuple[str, tuple[str, ...]]] = [
    # the companies by ownership ("其中外资企业占几件？"): the tables count 商业企业 whole, never by who owns them
    # (民营企业, 私营企业 are everyday names of 商业企业 itself: vocab/lexicon)
    (r"外资企业|外商投资企业|外商独资|中外合资|合资企业|外企|国有企业|国企|"
     r"\bforeign(?:-invested|-funded| invested| funded|-owned| owned)? (?:companies|firms|enterprises|businesses)\b|"
     r"\bstate-owned (?:companies|firms|enterprises|businesses)\b|\bSOEs\b|\bjoint ventures?\b",
     ("外资", "国有", "外企")),
    (r"男的|女的|男性|女性|性别|男士|女士|是男是女|男还是女|男女比例|男女各|(?:按|分)男女|男女(?:分|拆|各|分别|比|人数)|\bmale\b|\bfemale\b|\bmen\b|\bwomen\b|\bgender\b|\bsex\b", ("男", "女", "性别")),
    (r"年龄|岁以[上下]|多大年纪|老年人|年轻人|\bage groups?\b|\bby age\b|\bage (?:profile|range|bracket|distribution|breakdown|split)s?\b|"
     r"\bhow old\b|\bages\b|\belderly\b(?!\s+(?:care|services?|support))|\bretirees?\b|\byoung people\b|\b(?:over|under|above|below|older than|younger than|aged) "
     r"\d{2}\b|\b\d{2}\s*(?:\+|and (?:over|older|above))|\bseniors?\b|\bsenior citizens?\b|\bpensioners?\b|\d{2}\s*岁",
     ("岁", "年龄", "老年")),
    (KIND_OF_ITEM, ("查封", "扣押", "罚款")),
    # the fields or topics the requests concentrate in ("主要集中在哪些领域？各领域多少件？"): never split so
    (r"(?:集中|分布)(?:在)?(?:哪些|哪个|哪几个|什么)(?:领域|方面|行业|类别)|各(?:个)?(?:领域|行业|方面)(?:分别)?(?:各)?(?:有)?(?:多少|几)|"
     r"\b(?:which|what) (?:fields|areas|sectors|policy areas) (?:were|are|did) (?:the |these |those )?(?:requests|applications)\b",
     ("领域分布",)),
    # a nationality ("How many visitors … were American?", "美国人有多少"): the text counts visits, never by country
    (r"\b(?:were|are|was) (?:American|British|Japanese|Korean|German|French|Russian|Italian|Canadian|Australian|Indian)s?\b|"
     r"\b(?:Americans|Brits|Germans|Russians|Italians|Canadians|Australians|Indians)\b|\bnationalit(?:y|ies)\b|\bby country\b|"
     r"\bwhich countries\b|\bfrom (?:the US|the USA|the United States|America|Japan|Korea|Germany|France|Britain|the UK)\b|"
     r"美国人|日本人|韩国人|英国人|德国人|法国人|国籍|哪个国家|哪些国家|来自(?:美国|日本|韩国|英国|德国|法国)",
     ("美国", "日本", "韩国", "英国", "德国", "法国", "国籍", "国家")),
    (FIRM_SIZE, ("大型企业", "中小企业", "小微企业")),
    # a month named ("in January 2020", "2020年3月"): the tables count whole years
    # (not the year's last day: "still open on 31 December", "pending as of Dec 31", "at the end of December")
    (r"\b(?:January|February|March|April|June|July|August|September|October|November)\b|"
     r"(?<!31\s)(?<!31st\s)(?<!end of\s)\bDecember\b(?!\s+31(?:st)?\b)|"
     r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:19|20)\d\d\b|"
     r"(?<![\d月日])(?:[一二三四五六七八九]|十[一二]?|[1-9]|1[0-2])\s*月份?(?![\d日底末初])(?!\s*\d+\s*日)",
     ("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "月份")),
    # which month, topic or subject was most common ("What month of 2019 saw the most requests", "what topics
    # were the most common, with counts"): the tables count whole years and do not split by topic
    (r"\bspread (?:out )?(?:over|across|through(?:out)?) the (?:year|months)\b|\bacross the months\b|\bseasonal(?:ly)?\b|\bby season\b|"
     r"\b(?:what|which) months?\b|\bby month\b|\bper month\b|\bmonthly\b|\bmonth by month\b|哪个月|哪几个月|每个?月|按月|逐月|"
     r"\b(?:what|which) (?:topics?|subjects?|themes?)\b|\btopics?\b[^?]{0,30}\bmost (?:common|frequent|asked)\b|"
     # "那些…无法提供的申请，大多是在问哪方面的信息？": what the requests were about, which no table splits by
     r"(?:大多|主要|多半|大部分|多数|都)(?:是)?(?:在)?(?:问|申请|要|涉及|关于)[^，。？?]{0,4}?(?:哪方面|哪些方面|什么方面|哪类|哪一类|什么类型|什么内容|哪些内容|什么主题|哪些领域|什么领域)|"
     r"(?:申请|请求)[^，。？?]{0,10}?(?:涉及|关于)(?:的)?(?:是)?(?:哪方面|哪些方面|哪些领域|什么领域)",
     ("月份", "每月", "主题", "内容")),
    # a half or a quarter of the year ("second half of the year", "上半年", "第三季度"): the tables count whole years
    (r"上半年|下半年|[一二三四1-4]季度|第[一二三四1-4]季|\b(?:first|second|1st|2nd) half\b|\bH[12]\b|\bQ[1-4]\b|"
     r"\b(?:first|second|third|fourth|last) quarter\b|\bquarterly\b|\bper quarter\b|\bby quarter\b",
     ("上半年", "下半年", "季度")),
    # how the requests came in ("by email or by post", "网上还是信函"): the tables do not split them so
    # "收到的申请里，有多少是写信寄过来的？": by letter, one channel of the whole
    (r"(?:有多少|多少件|几件)(?:是)?[^，。？?]{0,4}?(?:写信|来信|寄过来|寄来|邮寄过来|当面递交|当面交|现场递交|在网上|网上提交|网上申请)|"
     r"\bby (?:e-?mail|post|mail|letter|fax|phone|hand)\b|\b(?:e-?mail|post|postal|online|in person|in-person) (?:vs\.?|versus|or) "
     r"(?:e-?mail|post|postal|online|in person|letter)\b|\bsubmitted (?:by|via|through) (?:e-?mail|post|mail|letter|fax|the website)\b|"
     r"(?:通过|用|以)(?:电子邮件|邮件|信函|邮寄|传真|网上|当面)(?:方式)?(?:提交|申请|提出)|"
     # "有多少申请是通过12345转过来的": a channel or a referral, which the tables do not split by
     r"(?:多少|几件|几个)[^，。？?]{0,6}?(?:是)?(?:通过|经由|经过|从)[^，。？?]{0,8}?(?:12345|热线|网站|网上|信函|邮寄|邮件|传真|当面|窗口|"
     r"来信|来访|信箱|微信|平台|小程序|APP|app)[^，。？?]{0,6}?(?:转过来|转来|转办|转交|提交|递交|过来|进来|申请|来)的?|(?:网上|信函|当面|邮寄|传真)(?:申请)?(?:和|还是|与|跟|vs)(?:网上|信函|当面|邮寄|传真)|"
     # "申请 是网上交的多 还是 线下交的多": online against on paper or at the counter
     r"(?:网上|线上|在线|网络)[^，。？?]{0,6}?(?:还是|和|与|跟|vs)\s*(?:线下|现场|窗口|当面|信函|邮寄|纸质)|(?:线下|现场|窗口|当面|信函|邮寄|纸质)[^，。？?]{0,6}?(?:还是|和|与|跟|vs)\s*(?:网上|线上|在线|网络)",
     ("信函", "邮寄", "网上申请", "当面", "电子邮件", "传真")),
    # where the applicants live ("申请人都住哪个区", "where do the applicants live")
    (r"住(?:在)?哪(?:个|些|里|儿)|(?:来自|是)哪(?:个|些)(?:区|县|镇|乡|街道|省|市)的|户籍|\bwhere (?:do|did|does) (?:the |these |those )?"
     r"(?:applicants?|requesters?|people|they) (?:live|come from|reside)\b|\bhome (?:district|town|address)e?s?\b|"
     r"\bwhich (?:[\w'’]+ ){0,2}(?:districts?|count(?:y|ies)|towns?|townships?|cit(?:y|ies)|provinces?|neighbou?rhoods?|areas?) "
     r"(?:the |these |those )?(?:applicants?|requesters?|people|they) (?:live|lives|lived|come from|comes from|came from|reside|resides|resided)\b",
     ("户籍", "居住", "来自")),
    # by township, street, district or unit under the body ("各乡镇分别", "each township")
    # (not "给各单位发了多少次催办提示": what was sent to all of them, counted once)
    (r"(?<![给向对为替帮])各个?(?:乡镇|街道|镇|乡|县区|区县|区|县|市|部门|单位|科室|委办局|委办|局|委|办|处室)(?:分别|各自|都)?|每个(?:乡镇|街道|部门|单位|区|县|委办局|局|处室)|"
     r"哪(?:几|一)?(?:个|些)?(?:乡镇|街道|区县|村|社区|镇|乡)|"
     # "其中哪个区的最多": a split of the figure just given by district (not a ranking of the bodies held)
     r"(?:其中|这些(?:里面|里|中|当中)?|里面|当中)(?:的)?哪(?:几|一)?(?:个|些)?(?:区|县|市|部门|单位|处室|科室)|"
     # "这些重复申请大多集中在哪个区", "mostly concentrated in which district": where they cluster, by place
     r"(?:集中|分布|扎堆)(?:在|于)?哪(?:几|一)?(?:个|些)?(?:区|县|市|乡镇|街道|镇|乡|部门|单位)|"
     r"\b(?:concentrated|clustered|centred|centered) in which (?:districts?|count(?:y|ies)|towns?|townships?|streets?|departments?|areas?)\b|"
     # ("posted by county departments" names who posted, not a split by county)
     # (not "Per Shuyang County's 2025 narrative": the body named, after "per")
     r"\b(?:each|every)\s+(?:[A-Z][\w'’-]+\s+)?(?:township|town|street|district|county|sub-?district|department|unit)s?\b(?!['’])|"
     r"\bper\s+(?:township|town|street|district|county|sub-?district|department|unit)\b|"
     r"\b(?:split|broken down|divided|grouped|sorted) by (?:which |what |the )?(?:city |urban |rural )?(?:township|town|street|district|county|"
     r"sub-?district|department|unit|area|region|place|neighbou?rhood)s?\b|"
     + SPLIT_AMONG + r"|"
     r"\bby (?:city |urban |rural )?(?:township|town|street|district|county|sub-?district|department|unit)s?\b"
     r"(?!\s+(?:departments?|agenc(?:y|ies)|bodies|governments?|offices?|units|level|organs?)\b)|"
     r"\bwhich (?:townships?|towns?|villages?|streets?|sub-?districts?|communities|neighbou?rhoods?)\b|"
     # "which city departments did they come from, with counts?", "来自哪些部门" (not "哪个部门收到的最多":
     # a ranking of the bodies held)
     r"\bwhich (?:of (?:its|the) )?(?:city |county |district |municipal |government )?(?:departments?|bureaus?|units|agencies) "
     r"(?:did|do|were|are) (?:they|these|those|the [\w'’-]+(?: [\w'’-]+)?) (?:come|came|coming) from\b|"
     r"\bfrom which (?:city |county |district |municipal |government )?(?:departments?|bureaus?|units|agencies)\b|"
     r"(?:来自|出自|分布在)哪(?:几|一)?(?:个|些)部门",
     ("乡镇", "街道", "各区", "各县", "各部门", "各单位")),
    # split by a unit the tables never use ("按乡镇分，各有多少"); which of a count were for a reason
    (r"按(?:乡镇|街道|区县|县区|部门|单位|科室|月份?|季度|渠道|性别|年龄|地区|领域|区|县|市)(?:来)?分(?!处理)|各区|各县|哪些是因为|哪些是由于|分别是因为|"
     r"(?:因为|由于)(?:啥|什么|哪些)(?:原因|理由)?[^。？?]{0,16}?(?:各|分别)(?:有)?(?:多少|几)|(?:什么|啥|哪些)原因[^。？?]{0,12}?(?:各|分别)(?:有)?(?:多少|几)|"
     r"\bfor (?:what|which) reasons?\b[^?]{0,30}\beach\b|\bbroken down by reason\b|\bby reason\b",
     ("乡镇", "街道", "部门", "月", "季度", "原因")),
    # by what the requests were about
    (r"什么(?:内容|主题|领域|事项)的申请(?:最多|多)|(?:申请|申请量)[^，。？?]{0,12}?(?:主要)?(?:是|在|集中在)?(?:哪些|哪个|哪几个|什么)(?:领域|方面|主题|事项)|申请(?:的)?(?:内容|主题)(?:主要)?(?:是|有)什么|哪(?:类|方面|个领域)(?:的)?申请最多|"
     r"\b(?:most (?:asked|requested|common)|top) (?:topics?|subjects?|themes?)\b|\btopics? of (?:the )?requests\b|"
     r"\bwhat (?:were|are) (?:the |most )?requests about\b|\bby (?:topic|subject)\b|"
     r"\bin the [a-z]+(?: [a-z]+)? (?:sector|field|domain)\b|"
     # "how many of the requests were about research funding", "关于征地的申请有多少"
     # "淮安2024年申请公开拆迁信息的人多不多", "disclosure requests about housing"
     r"申请公开[^，。？?的]{2,10}(?:信息|文件|材料|资料)的|关于[^，。？?的]{2,10}的(?:占|有)(?:多少|几)|(?:都是)?关于什么(?:事情|事|内容|方面)|"
     r"\b(?:were )?in English\b|英文(?:的)?申请|用英文(?:写|提)|\brepeat applicants\b|\bsame family\b|"
     r"\b(?:requests?|applications?) (?:about|concerning|regarding|related to) (?!(?:the )?(?:same|previous|it|that|this|them|those|things|information|info|stuff|materials?|documents?|files?|what|"
     r"matters|something|stuff)\b)[a-z]|"
     # "How many of STCSM's requests concerned research grants?": the verb, not the preposition
     r"\b(?:requests?|applications?) (?:that |which )?(?:concerned|concerns|concern|involved|dealt with|touched on|sought info(?:rmation)? on) "
     # (not "requests dealt with during the year", "dealt with in 2019", "dealt with plus those rolled into 2020": when, not what)
     r"(?!(?:the )?(?:same|previous|it|that|this|them|those|information|info|disclosure)\b)"
     r"(?!(?:during|in|over|within|throughout|by|at|before|after|until|till|when|while|and|or|but|plus|last|each|every|so far)\b)[a-z]|"
     r"\b(?:were|was) (?:about|on(?! (?:the|its|their|a|an|this|that|his|her|our|your) )|concerning|related to|regarding) "
     r"(?!the (?:same|previous))[a-z]|关于[^，。？?的]{2,10}的(?:信息公开)?申请|"
     r"(?:涉及|有关|关于)(?![^，。？?的]*?(?:公开|秘密|权益|隐私|处理|提供|稳定|安全|内部|过程|执法|查询|出版|信访|重复|补正|费))"
     r"[^，。？?的]{2,10}的(?:信息公开)?(?:申请)?(?:有|是)?(?:多少|几)|"
     # "收到的申请里有几件是关于征地的": the count first, the topic after it
     r"(?:多少|几)(?:件|个|份|起)?(?:是)?(?:关于|涉及|有关)"
     r"(?![^，。？?]*?(?:公开|秘密|权益|隐私|处理|提供|稳定|安全|内部|过程|执法|查询|出版|信访|重复|补正|费))[^，。？?]{2,10}",
     ("主题", "内容", "领域", "涉及")),
    # by the applicants' industry or trade
    (r"行业|哪些产业|\bindustr(?:y|ies)\b|\btrades?\b|\blines? of business\b|"
     # "What sectors were those businesses in?" (a sector of the companies, not a policy field)
     r"\b(?:compan(?:y|ies)|firms?|businesses|enterprises)\b[^?？.]{0,30}\b(?:sectors?|fields?)\b|"
     r"\b(?:sectors?|fields?)\b[^?？.]{0,30}\b(?:compan(?:y|ies)|firms?|businesses|enterprises)\b|"
     r"\bwhat (?:kinds?|types?|sorts?) of (?:companies|firms|businesses|enterprises)\b|(?:什么|哪些|哪种|哪类)(?:类型|样|种类)?的?(?:企业|公司)(?!\s*(?:申请|提出))|"
     + COMPANY_KIND,
     ("行业", "产业")),
    # by week or day of the week
    (r"每周|每星期|哪一?周|哪个星期|周末|工作日|星期[一二三四五六日天]|\bweeks?\b|\bweekly\b|\bweekends?\b|\bweekdays?\b|"
     r"\bwhich day of the week\b|\bper day\b|\bdaily\b|每天|每日", ("周", "星期", "每天", "每日")),
    # by the department or unit a case or request concerned
    # (a ranking of departments, "哪个部门收到的申请最多", is read as a ranking and answered so)
    (r"各部门分别|分别是哪|分别来自哪|分别属于哪|是哪些部门的|是哪个部门的|(?:都|分别)?是哪(?:个|些|几个)(?:局|委|办|部门|单位)的?|\bwhich departments? (?:were|was) (?:they|these|those|it)\b|"
     # "Which department lost the lawsuits?", "被告是哪个部门": the cases split by the unit they concerned
     # "Which department collected most of it?" after a figure of one body: its split among departments
     r"\bwhich (?:departments?|bureaus?|units?|agenc(?:y|ies)|offices?|divisions?)\b[^?]{0,30}?\b(?:most|much|more|the bulk|the largest share|the biggest share) of "
     r"(?:it|them|that|those|these|the money|the fees?|the total)\b|"
     r"\bwhich (?:departments?|bureaus?|units?|agenc(?:y|ies)|offices?) (?:lost|won|was sued|were sued|got sued|"
     r"(?:was|were) (?:the )?defendants?|(?:was|were) corrected)\b|被告(?:是|都是|分别是)哪(?:个|些|几个)(?:部门|单位|局|委|办)|"
     r"哪(?:个|些|几个)(?:部门|单位)(?:输了|败诉|被告|被起诉|被纠正|被复议)|"
     r"\bwhich (?:[\w'’]+ ){0,2}departments? (?:were|was) (?:those|these|they|the)\b|\b(?:replies|answers|requests) (?:came )?from which\b|"
     r"\beach (?:municipal |county |city |district )?(?:bureau|agency|department|office|unit)\b|\bdid each one\b|"
     r"\bwhich (?:department|bureau|office|unit|division) (?:at|in|of|within|inside)\b|涉及哪(?:个|些)(?:委办局|部门|单位)|"
     r"\bby department\b|\bper department\b|\beach department\b|\b(?:broken down|split|divided) by (?:which )?"
     r"(?:departments?|agenc(?:y|ies)|units?|offices?)\b|\bwhich departments? handled\b|"
     # a unit inside one body ("which department of the Shanghai General Office", "市府办哪个处室")
     r"\bwhich (?:departments?|divisions?|sections?|units?) (?:of|in|within|inside|under)\b|"
     r"(?:内部|下属|里面?|内)的?哪(?:个|些|一个)(?:部门|处室|科室|单位)|哪(?:个|些|一个)(?:处室|科室)", ("部门", "单位")),
    # by where the applicant lives or comes from
    # who the applicants were, one by one: the same person again and again, their trade ("有多少是同一个人反复提的",
    # "申请人里有几个是律师"); the tables count requests by kind of applicant, not people
    # (not "the same person asking the same thing again": the row of duplicate requests)
    (r"^(?!.*(?:重复|再|又|不予处理|没处理|不处理|同一(?:个)?(?:东西|事|件事|信息|内容)|\bagain\b|\bduplicat|\brepeat|"
     r"\bsame (?:thing|request|information|info|question|matter)|\bnot processed\b|\brefus|\bdeclin|\bdropped\b|\bignored\b))"
     r".*?(?:同一(?:个)?(?:人|申请人|家)|\bsame (?:person|applicant|people|requester|individual|firm|company|law firm|organi[sz]ation|business)s?\b)|"
     # (reviews and lawsuits have no row of duplicates: "351 reviews — how many by the same person again and again?")
     r"(?:复议|诉讼|官司|\breviews?\b|\breconsiderations?\b|\blawsuits?\b|\bsuits\b|\bappeals?\b)[^?。？]*?"
     r"(?:同一(?:个)?(?:人|申请人)|\bsame (?:person|applicant|people|requester|individual)s?\b)|"
     r"申请人(?:里|中|当中|里面)(?:有)?(?:几个|多少人|多少个|几位|多少位)(?:是)?(?:律师(?!事务所|所)|记者|学生|老师|教师|医生|农民|退休|公务员)|"
     r"\bhow many (?:of (?:the |those |these |them )?)?(?:applicants|requesters|people|individuals|persons|natural persons)?\s*were "
     r"(?:lawyers|journalists|students|teachers|farmers|retirees|civil servants|researchers|scientists|academics|professors|doctors|officials)\b|"
     r"\bcomplaints? (?:about|against|over) (?:the |its |their )?(?:[\w'’]+ )?(?:website|portal|site|web ?page|platform|hotline|staff|service|attitude)\b|"
     r"(?:网站|平台|热线|服务态度|工作人员)(?:的)?投诉|投诉(?:网站|平台|热线|服务态度|工作人员)", ("同一", "律师", "投诉")),
    (r"申请人(?:都是|是不是|主要是|大多是|多是)[^，。？?]{0,6}?(?:本地|当地|外地|本市|本省|外省)|外地|外省|外市|外县|本地人|(?:本地|本市|本省|当地)(?:的)?(?:用户|粉丝|读者|关注者|订阅者|网民|市民|居民|访客)|本市户籍|户籍|外籍|外国人|外国籍|境外|港澳台|\boutside (?:the )?(?!the\b)(?!(?:disclosure|information|normal|usual|formal|regular|ordinary|legal|statutory)\b)[A-Z]?[a-z]+\b(?!\s+(?:process|procedure|system|channel|track|route|framework)s?\b)|\bfrom (?:other|another) "
     r"(?:provinces?|cities|city|regions?|countries|country)\b|\blocals?\b|\blocal residents?\b|(?<!asking for a )(?<!for a )(?<!my )\bforeign(?:ers)?\b(?![- ]language)(?! (?:friend|colleague|student|visitor)s?\b)|"
     r"\bnon-?residents?\b|\bout-of-(?:town|province|state)\b|\bhometowns?\b", ("外地", "外省", "本地", "户籍", "境外")),
    # by the applicant's occupation
    # (not the reporters a press event briefs: "press events to brief reporters", "记者会", "记者见面会")
    # (nor the asker saying who they are: "记者 想核实一下…", "记者问：")
    (r"记者(?!会|见面会|招待会|通气会|发布会|\s*(?:想|问|提问|请问|咨询|核实|核对|要|朋友|身份|一枚|我))|媒体人|学生|教师|农民|"
     r"(?<!brief )(?<!briefing )(?<!briefed )(?<!inform )(?<!informing )(?<!meet )(?<!meeting )(?<!met )(?<!face )(?<!facing )(?<!update )\bjournalists?\b|"
     r"(?<!brief )(?<!briefing )(?<!briefed )(?<!inform )(?<!informing )(?<!meet )(?<!meeting )(?<!met )(?<!face )(?<!facing )(?<!update )\breporters?\b|\bstudents?\b|"
     r"\bteachers?\b|\bfarmers?\b|\bprofessions?\b|\boccupations?\b", ("记者", "学生", "职业")),
    # ("complaint letters", "whistleblowing letters": what the requests were, not how they came in)
    (r"信函|邮寄|\bby (?:post|mail|letter)\b|(?<!complaint )(?<!report )(?<!petition )(?<!whistleblowing )(?<!complaint or report )\bletters?\b(?![- ]and[- ]visits?\b)",
     ("信函", "邮寄", "来信")),
    (r"电子邮件|(?<!电子)邮件|\bemails?\b|\be-mail\b", ("电子邮件", "邮件", "邮箱")),
    (r"当面|\bin person\b", ("当面", "现场")),
    (r"网上申请|网络申请|在线申请|线上申请|(?:通过|经|从|在)(?:网上|网络|在线|线上|互联网)(?:平台|渠道|系统)?(?:提交|提出|递交|申请)|"
     r"\bonline (?:requests?|applications?)\b|\b(?:applied|submitted|filed|came) online\b|"
     r"\b(?:via|through|on) (?:the )?(?:online|web|internet) (?:platform|portal|channel|system)\b",
     ("网上", "网络", "在线", "线上", "平台")),
    (r"电话申请|传真|\bby (?:phone|fax)\b", ("电话", "传真")),
    (r"每个?月|逐月|各月|按月|月度|哪个月|哪几个月|几月份|季度|上半年|下半年|\bmonthly\b|\b(?:per|each|every|by|which) "
     r"months?\b|\bmonth by month\b|\bbusiest months?\b|\bquarters?\b|\bquarterly\b|\bQ[1-4]\b|"
     r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last) quarter\b",
     ("月", "季度", "上半年", "下半年")),
    (FORECAST, ("预计", "预测")),
    # who won the procurement contracts, the biggest single one ("哪家供应商中的标", "the biggest single contract")
    (r"供应商|中标|承包商|承建商|\bsuppliers?\b|\bvendors?\b|\bcontractors?\b|\bwon the (?:bids?|contracts?|tenders?)\b|"
     r"\b(?:biggest|largest|smallest|highest|most expensive|cheapest) (?:single |individual )?(?:(?:centrali[sz]ed|government|public) )?"
     r"(?:(?:procurement|purchasing) )?(?:contract|purchase|project|deal|item|tender)s?\b|"
     r"\bsingle (?:biggest|largest|smallest|most expensive) (?:(?:centrali[sz]ed|government|public) )?(?:(?:procurement|purchasing) )?"
     r"(?:contract|purchase|project|deal|item|tender)s?\b|"
     r"单笔|最大(?:的)?一(?:笔|个项目|单)|哪一笔", ("供应商", "中标", "单笔")),
    (PASSED_ON, ("转交", "移交", "转办", "移送")),
    (WHO_THEY_ARE, ("职业", "本地", "所在地")),
]

# the words of BREAKDOWNS' splits by time (quarter, half-year, month, week): a year's cell is never a
# part of them, whatever cell the engine's learned reader is sure of (the other splits' patterns also
# catch everyday wordings of cells — "a student from Vietnam", "trade secrets" — and are left to the kind reader)
TIME_SPLIT_WORDS = frozenset({"季度", "上半年", "下半年", "月份", "每月", "周", "星期"})
# the applicants split by sex, age or nationality, or the requests by field: no table cell is their answer either
PERSON_SPLIT_WORDS = frozenset({"性别", "年龄", "国籍", "领域分布"})


# English for the words of the names the reports quote (“上海科技”网站, “上海国际服务门户”, “中国上海”):
# a question that names the site, account or column in English ("the 'Shanghai Science and
# Technology' website", "Shanghai Keji") names that one (rag.narrative reads pinyin too)
NAME_WORDS_EN: dict[str, str] = {
    "上海": r"shanghai", "中国": r"china", "科技": r"(?:science\s*(?:and|&)\s*technology|sci[- ]?tech|keji|science(?!\s*(?:and|&)\s*tech))",
    "国际": r"international", "服务": r"services?", "门户": r"portal", "发布": r"releases?", "政务": r"(?:government|gov)",
    "新闻": r"news", "政府": r"government", "公报": r"gazette", "网": r"(?:net|online)", "在线": r"online",
    "热线": r"hotline", "市民": r"citizens?", "城市": r"city", "数字": r"digital", "法治": r"rule of law",
}
