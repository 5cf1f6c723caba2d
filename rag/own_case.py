"""Is the question about one particular request or case — the asker's own, a relative's, a
neighbour's — rather than about the counts the reports print?

The annual reports count requests and appeals; they never follow one of them. "我去年申请的那件被算作
重复申请了吗", "Did my 2024 request to Huai'an get granted?", "我邻居告区政府的那个官司判了没有" name a
count's row, a body and a year, and a reader of words alone answers them with that row's number: a
confident number for a question the reports cannot answer.

The reading is structural rather than a list of wordings: an *owner* (I, my mother, a neighbour,
张三, he or she) tied to *one* request or case (申请的那件, 那个官司, my request, mine), and no word
that asks for a count, a share or a comparison. Phrases of asking ("帮我查一下", "I want to know",
"can you tell me") name the asker, not an owner, and are set aside first. A story told before a
counted question ("我去年也申请过，想问沭阳县2025年不予公开多少件") still asks a count and is read as one.
"""
from __future__ import annotations

import re

# -- who: an owner of one request or case ------------------------------------------------------
# (standing alone, a relation names someone's case only in words of two or more characters)
RELATIVES_FULL = (r"妈妈|爸爸|母亲|父亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老公|老婆|丈夫|妻子|爱人|儿子|女儿|叔叔|阿姨|舅舅|姑姑|"
                  r"伯伯|婶婶|表哥|表姐|表弟|表妹|哥哥|姐姐|弟弟|妹妹|朋友|同事|邻居|亲戚|客户|老乡|同学|家里人|家人|当事人|"
                  r"老爷子|老太太|老人家|家里老人|我家老人")
RELATIVES = RELATIVES_FULL + r"|妈|爸|哥|姐|弟|妹"
_SURNAME_PERSON = r"[张李王赵刘陈杨黄吴周孙徐胡朱高林何郭马罗梁宋郑谢韩唐冯][三四五六某](?:某)?|某某|老[张李王赵刘陈杨黄吴周孙]"
# ("我市/我区/我县" are a body speaking of itself; "我们区" a resident naming the place; "其他" is not 他)
_ZH_OWNER = (r"(?:(?<![其吉])(?:我|俺|本人|咱)(?:们)?(?!们?(?:市|区|县|省|镇|乡|街道|这(?:里|边)|那(?:里|边)|当地|本地|单位的))"
             r"(?:的|家|家里)?(?:" + RELATIVES + r")?|"
             r"(?<![其吉])(?:他|她)(?!们)(?:的|家)?(?:" + RELATIVES + r")?|(?:" + RELATIVES_FULL + r")|" + _SURNAME_PERSON + r")")

# -- what: one request or case ---------------------------------------------------------------
_ZH_ONE = (r"(?:那|这)(?:一)?(?:件|份|起|宗|单)(?:申请|官司|案子|案件|事|复议|诉讼)?|"
           r"(?:那|这)(?:一)?(?:个|次)(?:政府信息公开|信息公开|公开)?(?:申请|官司|案子|案件|复议|诉讼)")
_ZH_CASE_NOUN = r"(?:申请|官司|案子|案件|复议|诉讼|起诉|投诉|举报)"
# what became of one case: counted in a row, granted, answered, won or lost
_ZH_STATUS = (r"(?:(?:是不是|是否|有没有)?(?:被)?(?:算进|算在|算到|算作|计入|统计进|归入|归到|列入)|"
              r"批(?:了|下来|没批)|(?:回复|答复|回音|结果)(?:了)?(?:吗|没有?)|还没(?:有)?(?:回复|答复|结果|办完|消息)|"
              r"(?:那|这)(?:份|件)申请|(?:公开|给|批|办)了还是没(?:有)?(?:公开|给|批|办)|"
              r"(?:公开|给|办|处理|受理|答复|回复|批准|同意|理)(?:了)?(?:吗|没有?)|(?:公开|给|办|处理|受理)没(?:公开|给|办|处理|受理)|"
              r"(?:回|答|批|给|办|理)没(?:回|答|批|给|办|理)|"
              r"算(?:在|到|进)?哪(?:一)?(?:类|项|种|栏|行)|算作什么|归(?:到|在)?哪(?:一)?(?:类|项)|判了|判决|赢了|输了|打赢|打输|胜诉|败诉)")
# (what became of it, asked in the same clause as the story: "我…申请了行政复议，结果是维持还是纠正" is one
# clause away and still one's own; "我也申请过，沭阳2025年复议的结果是维持还是纠正" asks of the body's reviews)
_ZH_STATUS_NEAR = r"(?:(?:维持|纠正)(?:了吗|还是)|结果(?:是|怎么样|如何))"
_ZH_CASE = re.compile(
    # "我那件", "我邻居的那个官司", "他家那份"
    _ZH_OWNER + r"(?:的)?" + _ZH_ONE + r"|"
    # "我去年在沭阳县申请的那件", "我邻居告区政府的那个官司", "我妈提交的申请"
    + _ZH_OWNER + r"[^。？?！!，,]{0,24}?(?:申请|提交|递交|递|交|写|提|告|起诉|复议|投诉)(?:了|过)?的(?:那|这)?(?:一)?(?:件|份|个|起|宗)?"
    + _ZH_CASE_NOUN + r"?(?=[^。？?！!]{0,30}?(?:吗|么|没有?|了没|没|是不是|是否|还是|哪|怎么|为什么|为啥|结果|进度|编号))|"
    # "回复我关于地铁噪音的那件申请": mine, named by what it was about
    + _ZH_OWNER + r"[^。？?！!，,]{0,16}?的(?:那|这)(?:一)?(?:件|份|个|起)(?:申请|官司|案子|案件|复议)|"
    # "我姓李", "我叫王建国": the asker names themself beside a request
    r"我(?:姓[\u4e00-\u9fff]|叫[\u4e00-\u9fff]{2,3})(?=[^。？?！!]{0,40}申请)|(?<=申请)[^。？?！!]{0,40}我(?:姓[\u4e00-\u9fff]|叫[\u4e00-\u9fff]{2,3})|"
    # "我的申请", "我妈的官司", "我上个月的申请"
    # (not "我们沭阳县2025年的申请": a place said as ours is a body, its requests all of them)
    + _ZH_OWNER + r"[^。？?！!，,的县区市镇乡省街局委办府]{0,8}?的(?:行政)?" + _ZH_CASE_NOUN + r"|"
    # a story of one's own request, then what became of it ("我2024年向淮安市政府申请公开…，到现在都没回复，
    # 是不是被算进不予公开里了", "我朋友2024年告淮安市政府败诉了吗", "我…申请了行政复议，结果是维持还是纠正")
    + _ZH_OWNER + r"[^。？?！!，,]{0,30}?(?:申请|起诉|告|复议|投诉|提交|递交|写信|要材料|要信息|要资料|要过|要了|索要|讨要)(?:了|过)?(?:[^。？?！!]{0,40}?" + _ZH_STATUS
    + r"|[^。？?！!，,]{0,30}?(?:[，,]\s*)?" + _ZH_STATUS_NEAR + r")")

_EN_OWNER = (r"(?:my|his|her|my (?:\w+ )?(?:mother|father|mom|mum|dad|parents?|wife|husband|son|daughter|brother|sister|"
             r"uncle|aunt|grandmother|grandfather|grandma|grandpa|neighbou?r|friend|colleague|client|cousin|boss)'s)")
_EN_CASE_NOUN = r"(?:request|application|case|lawsuit|law ?suit|suit|appeal|complaint|petition|file|claim|one|reconsideration|review|fine|penalty|ticket)"
_EN_CASE = re.compile(
    # (not "Sorry, my mistake - penalty decisions is what I wanted": the asker's slip, no case of theirs)
    r"\b" + _EN_OWNER + r"\s+(?!(?:mistake|bad|fault|error|typo|slip|apologies)\b)(?:own\s+)?(?:(?!(?:city|county|district|town|province|government|area|region|local)\b)[\w'’-]+\s+){0,4}?"
    + _EN_CASE_NOUN + r"s?\b|\bour (?:own )?(?:(?!(?:city|county|district|town|province|government|area|region|local)\b)[\w'’-]+\s+)?"
    + _EN_CASE_NOUN + r"s?\b|"
    # "How much was I supposed to pay?", "how much was she fined?": one person's own sum
    r"\bhow much (?:was|were|did|do|am|should|will|would) (?:I|we|he|she|my \w+) (?:be )?(?:supposed to |have to |asked to |told to |going to )?"
    r"(?:pay|paid|fined|charged|owe)\b|"
    # "is she counted as pending?", "was I one of the 294?": one person placed in a count
    r"\b(?:is|was|am|are|were) (?:she|he|I|we) (?:counted|one of|among|in|included|listed)\b|"
    # "Did Jianxi give my uncle his documents?": what one person was given
    r"\b(?:give|gave|send|sent|release|released|hand|handed|show|showed)\s+(?:me|us|him|her|my \w+)\s+(?:his|her|my|our|their|the)\s+"
    r"(?:documents?|files?|records?|info|information|papers?|materials?)\b|"
    r"\bmine\b(?!s| (?:safety|accidents?|sites?))|\b(?:was|is|were|did|has|am) (?:I|we)\b|\bdid (?:he|she) (?:get|win|lose|receive|obtain)\b|"
    # "I applied to Shuyang for my land records — was it granted?": one's own request, then its outcome
    r"\b(?:I|we|he|she|my \w+)\b[^?.]{0,60}\b(?:applied|asked|requested|filed|submitted|sent|lodged|sued|appealed|wrote)\b"
    r"[^?]{0,80}(?:\b(?:was|is|has|did) (?:it|that|this|mine|that one|this one)\b|\bwhat(?:'s|’s| is) (?:its|the) (?:status|progress|outcome|result)\b|"
    r"\bany (?:news|update|word)\b|\b(?:did|have|has) (?:they|he|she|the \w+) "
    r"(?:ever )?(?:say yes|say no|answer|reply|respond|get back|approve|grant|accept|agree|give|send)\b|\byes or no\b|"
    r"\bnever heard back\b|\b(?:still )?(?:no|haven'?t (?:got|had|heard)(?: an?)?) (?:answer|reply|response|word)\b)|"
    # "Did the Huai'an government answer me in 2024?": the asker's own request answered or not
    # (asked, not told: "they refused me because …, how many were refused as …" is a story before a count)
    r"\b(?:did|has|have|had|will|why did|when did|why has)\b[^.?!,;]{0,40}?\b(?:answer|repl(?:y|ied) to|respond(?:ed)? to|"
    r"get back to|ignore|approve|reject|refuse)(?:ed|d|s)? (?:me|us|mine|my (?:request|application|appeal|case))\b",
    re.I)

# -- one request named by its number, or one case asked of in detail ---------------------------
# ("what's the tracking status of request no. 2025-0317", "编号为2025-0317的申请", "洪泽区2023年那件涉及国家秘密的申请
# 具体申请的是什么内容"): one particular case, whoever's it is
_ONE_NAMED = re.compile(
    r"\b(?:request|application|case|file|appeal|lawsuit)\s*(?:no\.?|number|#|id)\s*[:：]?\s*[\w-]*\d|\btracking (?:status|number)\b|"
    r"(?:编号|受理号|案号)(?:为|是)?\s*[\w-]*\d|第\s*[\w-]*\d+\s*号(?:申请|案件|案)|"
    r"(?:那|这)(?:一)?(?:件|份|起|宗)(?!事|信息|材料|文件|报告|年报|数据)[^。？?！!，,]{0,24}?(?:具体(?:是|申请|要|内容|情况)|是什么内容|内容是什么|申请的是什么|要的是什么|"
    r"是什么(?:事|案子|信息)|(?:是)?谁(?:申请|提|起诉|告)|哪个人|哪家)|"
    r"\bwhat (?:exactly )?(?:was|is) (?:that|this|the) (?:one |single )?(?:court |legal )?(?:request|application|case|lawsuit|appeal)\b[^?]{0,60}\babout\b|"
    # "听说洪泽区2023年有个申请被拖了很久，是哪一件", "which request was it?": one particular case, by which one
    r"是哪(?:一)?(?:件|起|宗|份)(?![类种项])|(?:哪(?:一)?(?:件|起|宗))(?:申请|案子|案件)(?:是|被)|"
    r"\bwhich (?:request|application|case|lawsuit|one) (?:was|is) (?:it|that)\b|"
    # one case named by what it was about, or its plaintiff, or "the one" of a count ("the case about the Qinghe
    # school zoning", "哪一件是关于学区划分的", "the plaintiff's complaint", "the one person who paid")
    r"\bthe (?:\d{4} )?(?:case|lawsuit|suit|request|application|review|reconsideration|appeal) (?:about|over|concerning|regarding|on(?!\s+(?:time|schedule|deadline|the deadline)\b))\b|"
    r"\b(?:the )?plaintiff'?s? (?:complaint|claim|demand|request)\b|\bwhat (?:exactly )?did the (?:plaintiff|applicant|requester|person)\b|"
    r"\bwhat (?:was|is) (?:that|this|the) (?:one |single )?(?:request|application) (?:asking|about|for)\b|"
    r"\bwhat exactly (?:was|were) (?:asked|requested|wanted)\b|(?:^|[?.!—–]\s*)what (?:was|were) (?:asked|requested|wanted)\b|\bthe one (?:person|request|requester|applicant|case|lawsuit)\b|"
    r"哪一件是|(?:那|这)(?:两|2|几|一)件[^。？?！!]{0,12}?(?:办完了吗|办完没|是谁提|谁提的|结果(?:是)?(?:什么|咋样|怎么样)|"
    # ("这两件各自的答复理由": each one's reply and its grounds)
    r"(?:各自|分别|每件)(?:的)?(?:答复|回复|处理|决定)?(?:的)?(?:理由|原因|结果|依据|内容))|"
    r"(?:那|这)(?:个|条|部)[^。？?！!]{0,12}?(?:视频|文章|稿子)[^。？?！!]{0,8}?(?:讲啥|讲什么|讲的是什么|谁拍|谁写)|"
    # advice on one's own case: whether to appeal, whether one would win, where to go
    r"能不能(?:复议|起诉|告|诉讼)(?:成功|赢)|能(?:复议|起诉|告)赢吗|(?:复议|起诉|告)(?:能|会)(?:成功|赢)吗|该(?:去)?找哪(?:个|些)(?:部门|单位)|"
    r"\b(?:can|should|could) (?:i|we) (?:sue|appeal|win|complain)\b|\bwill (?:i|we) win\b|\bwhere (?:should|can|do) (?:i|we) (?:go|ask|apply|turn)\b|"
    r"\bwhat did (?:that|this|the) (?:one |single )?(?:request|application|requester|applicant)\b[^?]{0,40}\b(?:ask for|want|request)\b",
    re.I)

# -- asking phrases: the asker, not an owner ---------------------------------------------------
_ASKING = re.compile(
    # (not "帮我妈…": the owner's relative; not "申请问…": an application's words)
    r"(?:帮|替|给|告诉|麻烦|(?<!申)请|让)我(?:们)?(?:查|看|找|问|说|讲|算|统计|列|对比|比较)(?:一下|下|查|看|找)?|告诉我(?:们)?|"
    r"我(?:们)?(?:想|要|需要|希望|打算|正在|在)?(?:知道|问问?|了解|查查?|看看|确认|核实|核对|请教|咨询|统计|写|做)(?:一下|下)?|"
    # "搞错了，我是问直接起诉的…", "我问的是…": what the asker meant to ask, not a case of their own
    r"我(?:们)?(?:其实)?(?:是|本来是|原本是)(?:想)?(?:问|说|查)(?:的是)?|我(?:们)?(?:想)?(?:问|说|查)的是|"
    r"我(?:看到|看了|听说|记得|发现|注意到|读到|查到|算了一下)|(?<!申)请问|(?<!申)想(?:问问?|知道|了解)(?:一下|下)?|我是[^，,。？?]{0,12}?(?:记者|学生|工作人员|律师|研究)|"
    r"\bI(?:'d| would| want to| wanna| need to)? (?:like to )?(?:know|ask|check|find out|confirm|understand|see|learn)\b|"
    r"\b(?:can|could|would) you (?:please )?(?:tell|show|give|help|check|find|look up)\s+(?:me|us)\b|"
    r"\btell (?:me|us)\b|\bhelp (?:me|us)\b|\bshow (?:me|us)\b|\bgive (?:me|us)\b|\blet (?:me|us) know\b|"
    r"\bI(?:'m| am) (?:a|an) [\w ]{0,30}?(?:student|journalist|reporter|researcher|lawyer|official|clerk|writer)\b|"
    r"\bI (?:heard|read|saw|noticed|wonder|was wondering|think|believe|need)\b|\bfor my (?:research|thesis|article|report|paper|class|homework|work|boss)\b|"
    r"\b(?:my|our) (?:question|teacher|boss|editor|professor|manager|supervisor)\b",
    re.I)

# -- a count, a share or a comparison asked: the reports' own kind of answer -------------------
_COUNT_ASKED = re.compile(
    r"多少|(?<![这那])几(?:件|个|起|宗|份|次|项|条|家|人|成|位)|数量|数目|总数|总量|合计|一共|总共|共有|共计|比例|占比|百分|比率|"
    r"排名|排第|最多|最少|最高|最低|多于|少于|增加|减少|增长|下降|变化|相比|对比|比(?:去年|上年|前一年|\d{4})|"
    r"\bhow (?:many|much|often)\b|\bnumbers?\b|\bcount(?:ed)? of\b|\btotal\b|\bsum\b|\bshare\b|\bper ?cent|%|\bproportion\b|\brate\b|"
    r"\bratio\b|\bmany\b|\brank|\bmost\b|\bfewest\b|\bleast\b|\bmore\b|\bfewer\b|\bincrease|\bdecrease|\bchange[ds]?\b|\bcompare|\bdifference\b|"
    r"\bany (?:requests|applications|cases|lawsuits|appeals)\b",
    re.I)
# a count asked in so many words ("多少", "几件", "how many", "number of"): what a case named by its number
# or asked about in detail never asks (rag.engine reads the last asking sentence with it too)
ASKS_A_COUNT = re.compile(r"多少|几(?:件|个|起|宗|项|次)|\bhow (?:many|much)\b|\bnumber of\b", re.I)
# a class of requests the asker's own belongs to ("requests like my own", "像我这样的申请"): a count
# over it is a table's count, whatever the personal words around it
LIKE_MINE = re.compile(r"像我(?:这样|这种|一样)|跟我(?:一样|类似)|和我(?:一样|类似)|与我(?:一样|类似)|"
                       r"\blike (?:my own|mine|ours|me)\b|\bsuch as mine\b|\bsimilar to mine\b", re.I)
# an identifier of one request ("申请编号是多少", "my tracking number"): one person's data whatever the words
_ID_ASKED = re.compile(r"编号|受理号|回执号|流水号|案号|受理单号|查询码|"
                       r"\b(?:tracking|reference|case|application|file|receipt|registration) (?:number|no\.?|id|code)\b", re.I)


# a sentence that asks back about what the story before it told ("Is that counted as 'not held'?",
# "Did they say yes?", "那件批了吗")
_POINTS_BACK = re.compile(
    r"^\W*(?:so |and |but |then )?(?:is|was|were|did|has|have|am|are|will|does|do|would|could)\b[^?]{0,20}?"
    r"\b(?:it|that|this|mine|they|them|he|she|I|we)\b|^\W*(?:what|why|how|when)\b[^?]{0,30}?\b(?:it|mine|that one|"
    r"my (?:request|application|case|appeal|lawsuit))\b|\b(?:for|to|against) (?:us|me|him|her)\b|(?:那|这)(?:件|份|个)|它|"
    r"^\W*(?:结果|进度)(?:呢|怎么样|如何)",
    re.I)
# what one reply held or hid ("被遮掉的是哪几页？", "which parts were redacted?"): asked after a story, one case's content
_CONTENT_ASKED = re.compile(r"哪几页|哪些页|哪一页|哪(?:几|些|一)?(?:部分|段|处)|哪些内容|被(?:遮|涂黑|删|隐去|打码|抹)|"
                            r"\bwhich (?:pages?|parts?|sections?|paragraphs?|lines?)\b|\bredacted\b|\bblacked[- ]out\b", re.I)
# a story of one's own request ("My mum applied to Huai'an in 2024.", "我上个月帮家里人递过一份申请")
_STORY = re.compile(
    r"\b(?:I|we|my \w+|he|she)\b[^.?!]{0,40}?\b(?:applied|asked|requested|filed|submitted|sent|lodged|sued|appealed|wrote|"
    r"put in)\b|" + _ZH_OWNER + r"[^。？?！!]{0,30}?(?:申请|起诉|告|复议|投诉|提交|递交|递|交|写信|要材料|要信息)", re.I)
# sentence ends: 。！？ and a full stop before a space (not the point of "1.68" or "No.3")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|(?<=\.)(?<![Nn]o\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bvs\.)(?=\s)")


# "我在沭阳交了信息处理费 能退吗 交了多少来着": the fee one paid, and whether it comes back
_PAID_FEE = re.compile(_ZH_OWNER + r"[^。？?！!，,]{0,12}?交(?:了|过)?(?:的)?(?:信息)?(?:处理)?费|\b(?:I|we) (?:paid|was charged|were charged)\b", re.I)


def _named_case(q: str) -> bool:
    """One case named by its number or asked about in detail, and no count asked."""
    return bool(_ONE_NAMED.search(q)) and not ASKS_A_COUNT.search(q)


# one person's own sum: "how much was I supposed to pay?", "how much was her fine?"
_OWN_AMOUNT = re.compile(
    r"\bhow much (?:was|were|did|do|am|should|will|would) (?:I|we|he|she|my \w+) (?:be )?(?:supposed to |have to |asked to |told to |going to )?"
    r"(?:pay|paid|fined|charged|owe)\b|\bhow much (?:was|is) (?:my|her|his|our) (?:own )?(?:fine|penalty|fee|bill|charge)\b|"
    r"(?:我|我家|我爸|我妈|她|他)(?:被罚|交|付|缴)了?多少(?:钱|元|块)|(?:我|她|他)的罚款(?:是)?多少", re.I)


def _one(q: str) -> bool:
    if _named_case(q):
        return True
    if _PAID_FEE.search(q) or _OWN_AMOUNT.search(q):
        return True
    if not (_ZH_CASE.search(q) or _EN_CASE.search(q)):
        return False
    return bool(_ID_ASKED.search(q)) or not _COUNT_ASKED.search(q)


def one_case(question: str) -> bool:
    """True when the question asks about one particular request or case (the asker's own, a
    relative's, a named person's) rather than a count the reports print.

    A story in sentences of its own ("I helped my dad with a request last month and never heard
    back. Shanghai 2025, requests fully granted?") only frames the sentence that asks; it makes that
    sentence one person's case only when the sentence points back at it ("Is that counted as …?")."""
    q = _ASKING.sub(" ", question or "").strip()
    if _named_case(q):
        return True  # "… was it among the upheld ones? case no. HZ-2023-07": one case by its number
    parts = [p for p in _SENTENCE_END.split(q) if p.strip()]
    if len(parts) <= 1:
        return _one(q)
    asking = [p for p in parts if re.search(r"[?？]", p)]
    asked = (asking or parts)[-1]
    if _one(asked):
        return True
    story = q[: q.rfind(asked)]
    return bool((_ZH_CASE.search(story) or _EN_CASE.search(story) or _STORY.search(story))
                and (_POINTS_BACK.search(asked.strip()) or _CONTENT_ASKED.search(asked)) and not _COUNT_ASKED.search(asked))


# "In which year did I send Hongze the most requests?", "我一共给沭阳县交了几件申请": the asker's own requests counted
# (the asker as the one who filed; a story before a count — "I filed one last year; how many did …" — is not this)
_ASKER_FILED = re.compile(r"\b(?:did|have|had|do) (?:I|we) (?:ever )?(?:send|file|submit|make|lodge|mail)\b[^?]{0,60}\b(?:most|more|fewest|"
                            r"least|requests|applications)\b|"
                            r"(?<![其吉])(?:我|俺)(?:们)?(?:一共|总共|总计|共)?(?:给|向|对)?[^，。？?\d想问查知看说的是]{0,8}?(?:提交|递交|交|寄)(?:了|过)?(?:多少|几)(?:件|个|份|次)|"
                            r"哪(?:一)?年(?:我|俺)(?:们)?[^，。？?]{0,10}?(?:提交|递交|交|提|申请|发)(?:的|得)?(?:最多|最少)", re.I)
# "Can you check whether ours is among the 293 carried into 2026?": the asker's own request looked for in a count
_OURS_AMONG = re.compile(r"\b(?:whether|if|is|was) (?:ours|mine|my (?:request|application|case)|our (?:request|application|case))\s+"
                           r"(?:is |was |are |were )?(?:among|in|one of|counted|included|part of)\b|"
                           r"(?:我|我们|俺)(?:的|家的|公司的)(?:那件|那个|申请)?(?:是不是|在不在|算不算|有没有)(?:在)?(?:这|那)?\s*\d+\s*件?(?:里|中|之中|当中|里面)", re.I)
# "沭阳县2025年那起由李某提起的政府信息公开复议，最后是什么结果？": one named person's case
_NAMED_PERSONS_CASE = re.compile(r"(?:由|是)?(?:[张李王赵刘陈杨黄吴周孙徐胡朱高林何郭马罗梁宋郑谢韩唐冯]某某?|某某)(?:提起|提出|申请|起诉|递交)的", re.I)


def own_requests(question: str) -> bool:
    """The asker's own requests counted or ranked ("In which year did I send Hongze the most requests?"), the asker's
    own request looked for in a count ("whether ours is among the 293 carried into 2026"), or one named person's case
    ("那起由李某提起的…复议"): no count of the reports answers them."""
    return bool(_ASKER_FILED.search(question) or _OURS_AMONG.search(question) or _NAMED_PERSONS_CASE.search(question))
