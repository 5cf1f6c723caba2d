"""Narrative text, titles, dates and character-level variants (traditional characters,
ASCII punctuation)."""
from __future__ import annotations

import re

CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIGITS[int(d)] for d in str(y))


def cn_num(n):
    """1..31 as Chinese numerals (一, 十, 十八, 二十三)."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def cn_date(y, m, d):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def year_forms(y):
    return {"plain": f"{y}年", "du": f"{y}年度", "cn": f"{cn_year(y)}年", "cndu": f"{cn_year(y)}年度",
            "spaced": f"{y} 年"}


# --------------------------------------------------------------------------- traditional characters
_T_PAIRS = """
与與 专專 业業 东東 丝絲 两兩 严嚴 个個 丰豐 临臨 为為 举舉 义義 乐樂 习習 书書 买買 乱亂 争爭 于於
亏虧 云雲 产產 亲親 亿億 仅僅 从從 仓倉 们們 价價 众眾 优優 会會 伟偉 传傳 伤傷 体體 余餘 侦偵 侧側
侨僑 俭儉 债債 倾傾 储儲 儿兒 关關 兴興 养養 内內 册冊 写寫 军軍 农農 冲衝 决決 况況 冻凍 净淨 准準
减減 几幾 凭憑 击擊 创創 划劃 则則 刚剛 别別 刘劉 动動 劝勸 办辦 务務 劳勞 势勢 区區 医醫 华華 协協
单單 卖賣 卫衛 厅廳 历歷 压壓 厂廠 县縣 参參 双雙 发發 变變 叙敘 台臺 号號 叶葉 后後 听聽 启啟 员員
响響 围圍 国國 图圖 圆圓 场場 坏壞 块塊 坚堅 坛壇 报報 声聲 处處 备備 复複 头頭 夺奪 奋奮 奖獎 妇婦
娱娛 孙孫 学學 宁寧 宝寶 实實 审審 宪憲 宽寬 对對 导導 寻尋 将將 尔爾 尝嘗 层層 属屬 岁歲 岗崗 岛島
币幣 师師 带帶 帮幫 广廣 庆慶 库庫 应應 废廢 开開 异異 张張 强強 归歸 当當 录錄 彻徹 径徑 总總 恶惡
态態 惩懲 愿願 战戰 户戶 执執 扩擴 扫掃 扬揚 扰擾 护護 拟擬 择擇 担擔 拥擁 挂掛 挥揮 损損 换換 据據
携攜 摄攝 摆擺 敌敵 数數 断斷 无無 旧舊 时時 显顯 晓曉 暂暫 术術 机機 杂雜 权權 条條 来來 极極 构構
标標 样樣 档檔 桥橋 检檢 楼樓 欢歡 残殘 毕畢 气氣 汇匯 汉漢 沟溝 没沒 沪滬 泽澤 洁潔 测測 济濟 浏瀏
涛濤 润潤 涧澗 渐漸 温溫 湾灣 满滿 滨濱 灵靈 灾災 点點 热熱 爱愛 状狀 独獨 献獻 环環 现現 电電 画畫
畅暢 疗療 监監 盖蓋 盘盤 确確 礼禮 离離 种種 积積 称稱 稳穩 穷窮 竞競 笔筆 节節 范範 筹籌 签簽 简簡
类類 粮糧 紧緊 纠糾 红紅 约約 级級 纪紀 纳納 纸紙 线線 练練 组組 细細 织織 终終 经經 结結 绕繞 给給
络絡 绝絕 统統 继繼 绩績 续續 维維 综綜 绿綠 编編 缓緩 缴繳 网網 罗羅 罚罰 职職 联聯 肃肅 脑腦 舆輿
艺藝 苏蘇 荐薦 获獲 营營 蓝藍 虑慮 补補 见見 观觀 规規 视視 览覽 觉覺 计計 订訂 认認 讨討 让讓 训訓
议議 讯訊 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诉訴 诊診 词詞 译譯 试試 诚誠 话話 询詢 该該
详詳 语語 误誤 说說 请請 读讀 课課 谁誰 调調 谈談 谋謀 谓謂 谢謝 谨謹 贝貝 负負 贡貢 财財 责責 败敗
货貨 质質 贫貧 购購 贯貫 费費 贴貼 贵貴 贷貸 资資 赋賦 赔賠 赛賽 赵趙 趋趨 跃躍 践踐 车車 转轉 轮輪
软軟 轻輕 载載 较較 辅輔 辆輛 输輸 边邊 达達 过過 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選
递遞 遗遺 邮郵 邻鄰 郑鄭 释釋 鉴鑑 针針 钱錢 铁鐵 银銀 销銷 锁鎖 错錯 镇鎮 长長 门門 闭閉 问問 间間
闻聞 阅閱 队隊 阳陽 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 预預
领領 频頻 题題 风風 飞飛 馆館 马馬 驱驅 验驗 鱼魚 黄黃 龙龍 齐齊 乡鄉 仪儀 伦倫 党黨 兰蘭 凯凱 却卻
厉厲 吴吳 园園 壮壯 婴嬰 宾賓 寿壽 尽盡 岭嶺 并並 庄莊 庐廬 弃棄 忆憶 怀懷 恳懇 惊驚 惯慣 戏戲 抚撫
抢搶 挤擠 挡擋 摊攤 撑撐 栏欄 荣榮 馈饋 讼訟 筑築 码碼 锐銳 逻邏 辑輯 鲁魯 冀冀 浙浙 皖皖 赣贛 粤粵
湘湘 闽閩 渝渝 陕陝 绵綿 颍潁 郏郟 坝壩 沭沭 泗泗 盱盱 眙眙 涟漣 沧滄 邯邯 鹿鹿 沛沛 睢睢 锡錫 宁寧
厦廈 汤湯 仓倉 县縣 乌烏 龄齡 虽雖 纲綱 阵陣 钟鐘 叹嘆 韧韌 担擔 烦煩 压壓 额額 纳納 链鏈 宣宣 觅覓
帐帳 库庫 贸貿 贺賀 鸣鳴 湿濕 灯燈 烟煙 烧燒 爷爺 牵牽 犹猶 猎獵 玛瑪 琼瓊 瓯甌 疮瘡 盐鹽 着著 矫矯
硕碩 码碼 秘祕 窝窩 笼籠 粪糞 纺紡 绍紹 绘繪 绣繡 缘緣 罢罷 肤膚 胆膽 胜勝 脚腳 舰艦 艰艱 虚虛 蚀蝕
衔銜 补補 袄襖 裤褲 谊誼 谱譜 贞貞 贤賢 赏賞 赠贈 赶趕 轨軌 辩辯 迁遷 钢鋼 铺鋪 链鏈 镜鏡 闪閃 闲閒
阔闊 陷陷 隶隸 静靜 韵韻 顽頑 颁頒 颂頌 饮飲 饱飽 驻駐 骤驟 鸟鳥 麦麥 黾黽 齿齒 线線 织織 绳繩 汕汕
"""
T_MAP = {}
for tok in _T_PAIRS.split():
    if len(tok) == 2 and tok[0] != tok[1]:
        T_MAP[tok[0]] = tok[1]


def to_traditional(s):
    return "".join(T_MAP.get(ch, ch) for ch in s)


ASCII_PUNCT = {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"}


def to_ascii_punct(s):
    return "".join(ASCII_PUNCT.get(ch, ch) for ch in s)


# --------------------------------------------------------------------------- titles
def title_lines(rng, body_name, year, form, yform):
    yf = year_forms(year)[yform]
    ydu = yf if yf.endswith("年度") else yf.replace("年", "年度")
    if form == "one":
        return [f"{body_name}{yf}政府信息公开工作年度报告"]
    if form == "year_first":
        return [f"{yf}{body_name}政府信息公开工作年度报告"]
    if form == "two":
        return [body_name, f"{yf}政府信息公开工作年度报告"]
    if form == "guanyu_two":
        return [body_name, f"关于{ydu}政府信息公开工作的报告"]
    if form == "guanyu_one":
        return [f"{body_name}关于{ydu}政府信息公开工作情况的报告"]
    if form == "split":
        full = f"{yf}{body_name}政府信息公开工作年度报告" if rng.random() < 0.5 else f"{body_name}{yf}政府信息公开工作年度报告"
        cut = full.index("政府信息公开") + rng.choice([4, 6, 8])
        return [full[:cut], full[cut:]]
    if form == "generic":
        return [f"{yf}政府信息公开工作年度报告"]
    raise ValueError(form)


# --------------------------------------------------------------------------- narrative
def portal_for(body):
    if body.kind == "dept":
        return rng_choice_static([f"{body.parent_gov}门户网站“政府信息公开”专栏", "本单位门户网站", "政务公开专栏"], body.agency)
    if body.kind == "town":
        return f"{body.parent_gov}门户网站“乡镇（街道）信息公开”专栏"
    return "政府门户网站"


def rng_choice_static(xs, key):
    return xs[sum(map(ord, key)) % len(xs)]


INTRO_FORMS = [
    "本报告由{compiler}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。",
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{format_doc}要求，{compiler}编制了本报告。",
    "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。",
    "依据《中华人民共和国政府信息公开条例》和{format_doc}规定，编制本报告。",
]
FORMAT_DOCS = {"2021": "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）",
               "2019": "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"}
PERIOD_FORMS = [
    "本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
    "报告所列统计期限自{y}年1月1日至{y}年12月31日。",
    "本年度报告中所列数据统计期限为{y}年1月1日至12月31日。",
    "报告中所列数据统计期限自{y}年1月1日起至{y}年12月31日止。",
]
CONTACT_FORMS = [
    "如对本报告有疑问，请与{contact}联系（地址：{addr}，邮编：{zip}，电话：{tel}）。",
    "如对本年度报告有任何疑问，请联系{contact}，联系电话：{tel}。",
    "本年度报告电子版可在{site}下载。如对本报告有疑问，请与{contact}联系（电话：{tel}，电子邮箱：{mail}）。",
]

OVERVIEW_OPEN = [
    "{Y}，{we}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，不断提升政府信息公开工作质效。",
    "{Y}，{we}深入贯彻党的二十大精神，严格落实《条例》各项规定，紧扣中心工作和群众关切，扎实推进政务公开标准化规范化建设，切实保障人民群众知情权、参与权、表达权和监督权。",
    "{Y}，在上级政务公开主管部门的指导下，{we}围绕年度重点工作，进一步健全公开制度、规范公开流程、拓宽公开渠道，政府信息公开工作取得新成效。",
]
ACTIVE_PARAS = [
    "（一）主动公开情况。{Y}，{we}通过{portal}主动公开各类政府信息{info_n}条，其中政策文件{policy_n}件、政策解读{interp_n}篇，及时更新机构职能、财政预决算、重点项目等信息。",
    "（一）主动公开情况。{we}以政府网站为第一平台，全年共发布政府信息{info_n}条，制作图文、视频解读{interp_n}个，召开新闻发布会{press_n}场，不断提升政策知晓度。",
    "（一）主动公开情况。聚焦重大建设项目、公共资源配置、社会公益事业等重点领域，{we}全年累计公开信息{info_n}条，动态调整主动公开基本目录，确保应公开尽公开。",
]
REQUEST_PARAS = {
    "full": "（二）依申请公开情况。{Y}，{we}共收到政府信息公开申请{rec}件，上年结转{co}件，已办结{tp}件，结转下年度继续办理{cf}件，均在法定期限内予以答复。",
    "rec": "（二）依申请公开情况。进一步规范依申请公开受理、登记、办理、答复流程，{Y}共受理政府信息公开申请{rec}件，均在法定期限内予以答复。",
    "combined": "（二）依申请公开情况。{Y}，{area}共受理政府信息公开申请{recco}件（含上年结转{co}件），办结{tp}件，结转下一年度{cf}件。",
    "zero": "（二）依申请公开情况。{Y}，{we}未收到政府信息公开申请，无上年结转申请。",
    "vague": "（二）依申请公开情况。严格执行依申请公开工作制度，畅通网上申请、信函申请、当面申请等渠道，做到依法依规、规范答复。",
}
MANAGE_PARAS = [
    "（三）政府信息管理情况。严格落实信息发布“三审三校”制度，建立健全公开属性源头认定机制，全年开展公文公开属性审查{audit_n}件，及时清理过期失效信息。",
    "（三）政府信息管理情况。加强政府信息公开保密审查，坚持“先审查、后公开”“一事一审”原则，对已公开的规范性文件进行清理，确保信息准确、权威。",
]
PLATFORM_PARAS = [
    "（四）政府信息公开平台建设情况。持续优化政府网站信息公开专栏，规范栏目设置，加强政务新媒体管理，全年通过政务新媒体发布信息{media_n}条。",
    "（四）政府信息公开平台建设情况。依托政府网站、政务新媒体、政务服务中心公开查阅点等平台，构建多元化公开渠道，提升公开服务便利度。",
]
SUPERVISE_PARAS = [
    "（五）政府信息公开监督保障情况。成立政务公开工作领导小组，明确专人负责政府信息公开工作，将政务公开工作纳入年度考核，全年组织业务培训{train_n}次。",
    "（五）政府信息公开监督保障情况。强化日常监督检查，对发现的问题及时督促整改，未发生因政府信息公开工作被追责情形。",
]
PROBLEM_PARAS = [
    "{Y}，{we}政府信息公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式较为单一，解读的针对性和实效性有待提升；二是依申请公开办理的规范化水平还需提高；三是工作人员业务能力有待进一步加强。",
    "对照上级新要求和公众新期待，还存在政务公开工作人员兼职多、流动性大，主动公开的深度和广度有待拓展等问题。",
    "存在的主要问题：部分栏目信息更新不够及时，公开内容的系统性、完整性还需加强。",
]
IMPROVE_PARAS = [
    "下一步，{we}将重点做好以下工作：一是丰富政策解读形式，推出更多图解、视频等解读产品；二是规范依申请公开办理流程，提升答复质量；三是加强业务培训，打造一支高素质的政务公开工作队伍。",
    "针对上述问题，{we}将进一步加强组织领导，完善工作机制，强化平台建设，持续提升政府信息公开工作的标准化、规范化水平。",
    "改进情况：一是落实专人专岗，定期巡查栏目更新情况；二是加强与上级主管部门的沟通对接，及时学习借鉴先进经验；三是强化考核督促，推动各项任务落到实处。",
]
FEE_FORMS = [
    "{Y}，{we}严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费{fee}元。",
    "本年度{we}未收取政府信息公开信息处理费。",
    "{Y}，{we}未发生收取信息处理费的情况。",
]
OTHER_FORMS = ["本年度无其他需要报告的事项。", "无。", "无其他需要报告的事项。"]
APPEAL_SENTENCE = "全年发生政府信息公开行政复议{rv}件、行政诉讼{lt}件。"


def fill(tpl, **kw):
    class D(dict):
        def __missing__(self, k):
            return "{" + k + "}"
    return tpl.format_map(D(kw))


_WRAP_PUNCT = set("，。、；：）」』”》")


def wrap(s, width, rng=None, jitter=0):
    """Wrap a paragraph at roughly `width` characters, like PDF text extraction does."""
    out = []
    i = 0
    while i < len(s):
        w = width + (rng.randint(-jitter, jitter) if rng and jitter else 0)
        w = max(8, w)
        j = min(len(s), i + w)
        # never split a number or a Latin word across lines
        k = j
        while 0 < k < len(s) and k > i + 1 and _alnum(s[k - 1]) and _alnum(s[k]):
            k -= 1
        if k > i + 1 and k != j:
            j = k
        # avoid starting a line with closing punctuation
        if j < len(s) and s[j] in _WRAP_PUNCT:
            j += 1
        out.append(s[i:j])
        i = j
    return out or [""]


def _alnum(ch):
    return ch.isascii() and (ch.isalnum() or ch in ".%@-_")


def display_width(s):
    w = 0
    for ch in s:
        w += 2 if ord(ch) > 0x2E7F else 1
    return w


def pad(s, width):
    return s + " " * max(0, width - display_width(s))


def strip_breaks(s):
    return s.replace("\n", "")


def space_digits(s):
    """'2023年1月1日' -> '2023 年 1 月 1 日' (PDF text extraction often spaces numbers)."""
    return re.sub(r"(?<=[^\d\s.\-/])(\d+(?:\.\d+)?)(?=[^\d\s.%\-/])", r" \1 ", s)
