"""Catalogue of places and of the bodies that publish reports.

Places are real (province / city / county / district / township / street names); every
number the generator prints is fictional.  Bodies are built from the places with the
naming patterns real bodies use, and some names deliberately collide (鼓楼区 exists in
Nanjing, Xuzhou, Fuzhou and Kaifeng; 新华区 in Shijiazhuang, Cangzhou and Pingdingshan;
朝阳区 in Beijing and Changchun; 城关镇 in Luanchuan and Song county; every county has an
应急管理局).
"""
from __future__ import annotations

from dataclasses import dataclass, field

# (zh, pinyin for file names, English word)
PROVINCES = {
    "江苏省": ("jiangsu", "Jiangsu"), "河南省": ("henan", "Henan"), "浙江省": ("zhejiang", "Zhejiang"),
    "四川省": ("sichuan", "Sichuan"), "湖南省": ("hunan", "Hunan"), "山东省": ("shandong", "Shandong"),
    "广东省": ("guangdong", "Guangdong"), "福建省": ("fujian", "Fujian"), "河北省": ("hebei", "Hebei"),
    "吉林省": ("jilin", "Jilin"), "云南省": ("yunnan", "Yunnan"), "甘肃省": ("gansu", "Gansu"),
    "湖北省": ("hubei", "Hubei"), "江西省": ("jiangxi", "Jiangxi"), "安徽省": ("anhui", "Anhui"),
    "黑龙江省": ("heilongjiang", "Heilongjiang"), "广西壮族自治区": ("guangxi", "Guangxi Zhuang Autonomous Region"),
}
MUNICIPALITIES = {"北京市": ("beijing", "Beijing"), "上海市": ("shanghai", "Shanghai"),
                  "重庆市": ("chongqing", "Chongqing"), "天津市": ("tianjin", "Tianjin")}

# city -> (province, pinyin, English)
CITIES = {
    "淮安市": ("江苏省", "huaian", "Huai'an"), "宿迁市": ("江苏省", "suqian", "Suqian"),
    "南京市": ("江苏省", "nanjing", "Nanjing"), "徐州市": ("江苏省", "xuzhou", "Xuzhou"),
    "苏州市": ("江苏省", "suzhou", "Suzhou"), "福州市": ("福建省", "fuzhou", "Fuzhou"),
    "洛阳市": ("河南省", "luoyang", "Luoyang"), "开封市": ("河南省", "kaifeng", "Kaifeng"),
    "平顶山市": ("河南省", "pingdingshan", "Pingdingshan"), "石家庄市": ("河北省", "shijiazhuang", "Shijiazhuang"),
    "沧州市": ("河北省", "cangzhou", "Cangzhou"), "杭州市": ("浙江省", "hangzhou", "Hangzhou"),
    "温州市": ("浙江省", "wenzhou", "Wenzhou"), "成都市": ("四川省", "chengdu", "Chengdu"),
    "绵阳市": ("四川省", "mianyang", "Mianyang"), "长沙市": ("湖南省", "changsha", "Changsha"),
    "株洲市": ("湖南省", "zhuzhou", "Zhuzhou"), "济南市": ("山东省", "jinan", "Jinan"),
    "临沂市": ("山东省", "linyi", "Linyi"), "广州市": ("广东省", "guangzhou", "Guangzhou"),
    "梅州市": ("广东省", "meizhou", "Meizhou"), "长春市": ("吉林省", "changchun", "Changchun"),
    "昆明市": ("云南省", "kunming", "Kunming"), "天水市": ("甘肃省", "tianshui", "Tianshui"),
    "宜昌市": ("湖北省", "yichang", "Yichang"), "赣州市": ("江西省", "ganzhou", "Ganzhou"),
    "阜阳市": ("安徽省", "fuyang", "Fuyang"), "哈尔滨市": ("黑龙江省", "haerbin", "Harbin"),
    "桂林市": ("广西壮族自治区", "guilin", "Guilin"),
}

# county-level unit -> list of (parent city or municipality, pinyin stem, English stem, kind)
# kind: district | county | county_city
COUNTIES = [
    ("淮安市", "洪泽区", "hongze", "Hongze", "district"), ("淮安市", "清江浦区", "qingjiangpu", "Qingjiangpu", "district"),
    ("淮安市", "涟水县", "lianshui", "Lianshui", "county"), ("淮安市", "盱眙县", "xuyi", "Xuyi", "county"),
    ("宿迁市", "沭阳县", "shuyang", "Shuyang", "county"), ("宿迁市", "泗阳县", "siyang", "Siyang", "county"),
    ("宿迁市", "泗洪县", "sihong", "Sihong", "county"), ("宿迁市", "宿城区", "sucheng", "Sucheng", "district"),
    ("南京市", "鼓楼区", "gulou", "Gulou", "district"), ("南京市", "玄武区", "xuanwu", "Xuanwu", "district"),
    ("南京市", "江宁区", "jiangning", "Jiangning", "district"),
    ("徐州市", "鼓楼区", "gulou", "Gulou", "district"), ("徐州市", "沛县", "peixian", "Pei", "county"),
    ("徐州市", "睢宁县", "suining", "Suining", "county"),
    ("苏州市", "昆山市", "kunshan", "Kunshan", "county_city"),
    ("福州市", "鼓楼区", "gulou", "Gulou", "district"), ("福州市", "闽侯县", "minhou", "Minhou", "county"),
    ("洛阳市", "涧西区", "jianxi", "Jianxi", "district"), ("洛阳市", "栾川县", "luanchuan", "Luanchuan", "county"),
    ("洛阳市", "嵩县", "songxian", "Song", "county"),
    ("开封市", "鼓楼区", "gulou", "Gulou", "district"), ("开封市", "兰考县", "lankao", "Lankao", "county"),
    ("平顶山市", "新华区", "xinhua", "Xinhua", "district"), ("平顶山市", "郏县", "jiaxian", "Jia", "county"),
    ("石家庄市", "新华区", "xinhua", "Xinhua", "district"), ("石家庄市", "正定县", "zhengding", "Zhengding", "county"),
    ("沧州市", "新华区", "xinhua", "Xinhua", "district"), ("沧州市", "献县", "xianxian", "Xian", "county"),
    ("杭州市", "西湖区", "xihu", "Xihu", "district"), ("杭州市", "桐庐县", "tonglu", "Tonglu", "county"),
    ("温州市", "鹿城区", "lucheng", "Lucheng", "district"), ("温州市", "永嘉县", "yongjia", "Yongjia", "county"),
    ("成都市", "武侯区", "wuhou", "Wuhou", "district"), ("成都市", "金堂县", "jintang", "Jintang", "county"),
    ("绵阳市", "涪城区", "fucheng", "Fucheng", "district"), ("绵阳市", "三台县", "santai", "Santai", "county"),
    ("长沙市", "岳麓区", "yuelu", "Yuelu", "district"), ("长沙市", "浏阳市", "liuyang", "Liuyang", "county_city"),
    ("株洲市", "攸县", "youxian", "You", "county"),
    ("济南市", "历下区", "lixia", "Lixia", "district"), ("济南市", "平阴县", "pingyin", "Pingyin", "county"),
    ("临沂市", "兰山区", "lanshan", "Lanshan", "district"), ("临沂市", "沂南县", "yinan", "Yinan", "county"),
    ("广州市", "越秀区", "yuexiu", "Yuexiu", "district"), ("广州市", "从化区", "conghua", "Conghua", "district"),
    ("梅州市", "梅县区", "meixian", "Meixian", "district"), ("梅州市", "大埔县", "dabu", "Dabu", "county"),
    ("长春市", "朝阳区", "chaoyang", "Chaoyang", "district"), ("长春市", "农安县", "nongan", "Nong'an", "county"),
    ("昆明市", "五华区", "wuhua", "Wuhua", "district"), ("昆明市", "宜良县", "yiliang", "Yiliang", "county"),
    ("天水市", "秦州区", "qinzhou", "Qinzhou", "district"), ("天水市", "甘谷县", "gangu", "Gangu", "county"),
    ("宜昌市", "西陵区", "xiling", "Xiling", "district"), ("宜昌市", "秭归县", "zigui", "Zigui", "county"),
    ("赣州市", "章贡区", "zhanggong", "Zhanggong", "district"), ("赣州市", "于都县", "yudu", "Yudu", "county"),
    ("阜阳市", "颍州区", "yingzhou", "Yingzhou", "district"), ("阜阳市", "临泉县", "linquan", "Linquan", "county"),
    ("哈尔滨市", "南岗区", "nangang", "Nangang", "district"), ("哈尔滨市", "宾县", "binxian", "Bin", "county"),
    ("桂林市", "秀峰区", "xiufeng", "Xiufeng", "district"), ("桂林市", "阳朔县", "yangshuo", "Yangshuo", "county"),
    ("北京市", "朝阳区", "chaoyang", "Chaoyang", "district"), ("北京市", "海淀区", "haidian", "Haidian", "district"),
    ("上海市", "浦东新区", "pudongxin", "Pudong New Area", "district"), ("上海市", "徐汇区", "xuhui", "Xuhui", "district"),
    ("重庆市", "万州区", "wanzhou", "Wanzhou", "district"), ("重庆市", "巫山县", "wushan", "Wushan", "county"),
    ("天津市", "和平区", "heping", "Heping", "district"), ("天津市", "蓟州区", "jizhou", "Jizhou", "district"),
]

# (parent city, county name, town name, pinyin, English stem, kind town|township|street)
TOWNS = [
    ("淮安市", "洪泽区", "高良涧街道", "gaoliangjian", "Gaoliangjian", "street"),
    ("淮安市", "洪泽区", "岔河镇", "chahe", "Chahe", "town"),
    ("宿迁市", "沭阳县", "韩山镇", "hanshan", "Hanshan", "town"),
    ("宿迁市", "泗洪县", "陈圩乡", "chenwei", "Chenwei", "township"),
    ("洛阳市", "栾川县", "城关镇", "chengguan", "Chengguan", "town"),
    ("洛阳市", "栾川县", "陶湾镇", "taowan", "Taowan", "town"),
    ("洛阳市", "嵩县", "城关镇", "chengguan", "Chengguan", "town"),
    ("洛阳市", "涧西区", "湖北路街道", "hubeilu", "Hubeilu", "street"),
    ("成都市", "武侯区", "浆洗街街道", "jiangxijie", "Jiangxijie", "street"),
    ("南京市", "鼓楼区", "宁海路街道", "ninghailu", "Ninghailu", "street"),
    ("北京市", "朝阳区", "三里屯街道", "sanlitun", "Sanlitun", "street"),
    ("上海市", "徐汇区", "天平路街道", "tianpinglu", "Tianpinglu", "street"),
    ("济南市", "历下区", "泉城路街道", "quanchenglu", "Quanchenglu", "street"),
    ("广州市", "越秀区", "北京街道", "beijingjie", "Beijing Road", "street"),
    ("绵阳市", "三台县", "芦溪镇", "luxi", "Luxi", "town"),
    ("梅州市", "大埔县", "湖寮镇", "huliao", "Huliao", "town"),
    ("重庆市", "巫山县", "大昌镇", "dachang", "Dachang", "town"),
    ("昆明市", "宜良县", "狗街镇", "goujie", "Goujie", "town"),
    ("赣州市", "于都县", "银坑镇", "yinkeng", "Yinkeng", "town"),
    ("阜阳市", "临泉县", "姜寨镇", "jiangzhai", "Jiangzhai", "town"),
    ("温州市", "永嘉县", "岩头镇", "yantou", "Yantou", "town"),
    ("杭州市", "桐庐县", "分水镇", "fenshui", "Fenshui", "town"),
    ("宜昌市", "秭归县", "茅坪镇", "maoping", "Maoping", "town"),
    ("天水市", "甘谷县", "大像山镇", "daxiangshan", "Daxiangshan", "town"),
    ("平顶山市", "郏县", "冢头镇", "zhongtou", "Zhongtou", "town"),
    ("淮安市", "盱眙县", "马坝镇", "maba", "Maba", "town"),
    ("淮安市", "涟水县", "高沟镇", "gaogou", "Gaogou", "town"),
    ("桂林市", "阳朔县", "白沙镇", "baisha", "Baisha", "town"),
    ("哈尔滨市", "宾县", "宾州镇", "binzhou", "Binzhou", "town"),
]

# Departments: code -> per level (name, short alias list, English, file-name pinyin)
# level keys: prov (province / municipality), city, county
DEPTS = {
    "health": {
        "prov": ("卫生健康委员会", ["卫健委", "卫生健康委"], "Health Commission", "weijianwei"),
        "city": ("卫生健康委员会", ["卫健委", "卫生健康委"], "Health Commission", "weijianwei"),
        "county": ("卫生健康局", ["卫健局", "卫生健康局"], "Health Bureau", "weijianju"),
        "district_big": ("卫生健康委员会", ["卫健委"], "Health Commission", "weijianwei"),
    },
    "emergency": {
        "prov": ("应急管理厅", ["应急厅", "应急管理厅"], "Department of Emergency Management", "yingjiting"),
        "muni": ("应急管理局", ["应急局"], "Emergency Management Bureau", "yingjiju"),
        "city": ("应急管理局", ["应急局", "应急管理局"], "Emergency Management Bureau", "yingjiju"),
        "county": ("应急管理局", ["应急局", "应急管理局"], "Emergency Management Bureau", "yingjiju"),
    },
    "culture": {
        "prov": ("文化和旅游厅", ["文旅厅", "文化和旅游厅"], "Department of Culture and Tourism", "wenlvting"),
        "muni": ("文化和旅游局", ["文旅局"], "Culture and Tourism Bureau", "wenlvju"),
        "city": ("文化广电和旅游局", ["文广旅局", "文旅局", "文广旅游局"], "Bureau of Culture, Radio, Television and Tourism", "wenguanglvju"),
        "county": ("文化广电和旅游局", ["文广旅局", "文旅局"], "Bureau of Culture, Radio, Television and Tourism", "wenguanglvju"),
    },
    "ndrc": {
        "prov": ("发展和改革委员会", ["发改委", "发展改革委"], "Development and Reform Commission", "fagaiwei"),
        "city": ("发展和改革委员会", ["发改委", "发展改革委"], "Development and Reform Commission", "fagaiwei"),
        "county": ("发展和改革局", ["发改局", "发展改革局"], "Development and Reform Bureau", "fagaiju"),
    },
    "market": {
        "prov": ("市场监督管理局", ["市场监管局", "市监局"], "Administration for Market Regulation", "shichangjianguanju"),
        "city": ("市场监督管理局", ["市场监管局", "市监局"], "Administration for Market Regulation", "shijianju"),
        "county": ("市场监督管理局", ["市场监管局", "市监局"], "Administration for Market Regulation", "shijianju"),
    },
    "housing": {
        "prov": ("住房和城乡建设厅", ["住建厅", "住房城乡建设厅"], "Department of Housing and Urban-Rural Development", "zhujianting"),
        "muni": ("住房和城乡建设委员会", ["住建委"], "Housing and Urban-Rural Development Commission", "zhujianwei"),
        "city": ("住房和城乡建设局", ["住建局", "住房城乡建设局"], "Housing and Urban-Rural Development Bureau", "zhujianju"),
        "county": ("住房和城乡建设局", ["住建局"], "Housing and Urban-Rural Development Bureau", "zhujianju"),
    },
    "hrss": {
        "prov": ("人力资源和社会保障厅", ["人社厅", "人力资源社会保障厅"], "Department of Human Resources and Social Security", "renshetting"),
        "muni": ("人力资源和社会保障局", ["人社局"], "Human Resources and Social Security Bureau", "rensheju"),
        "city": ("人力资源和社会保障局", ["人社局", "人力资源社会保障局"], "Human Resources and Social Security Bureau", "rensheju"),
        "county": ("人力资源和社会保障局", ["人社局"], "Human Resources and Social Security Bureau", "rensheju"),
    },
    "land": {
        "prov": ("自然资源厅", ["自然资源厅"], "Department of Natural Resources", "zirantting"),
        "muni": ("规划和自然资源局", ["规划资源局", "规资局"], "Planning and Natural Resources Bureau", "guihuaziranju"),
        "city": ("自然资源和规划局", ["资规局", "自然资源局", "自然资源规划局"], "Natural Resources and Planning Bureau", "zirangui"),
        "county": ("自然资源和规划局", ["资规局", "自然资源局"], "Natural Resources and Planning Bureau", "zirangui"),
    },
    "veterans": {
        "prov": ("退役军人事务厅", ["退役军人厅"], "Department of Veterans Affairs", "tuiyijunrenting"),
        "muni": ("退役军人事务局", ["退役军人局"], "Veterans Affairs Bureau", "tuiyijunrenju"),
        "city": ("退役军人事务局", ["退役军人局", "退役军人事务局"], "Veterans Affairs Bureau", "tuiyijunrenju"),
        "county": ("退役军人事务局", ["退役军人局"], "Veterans Affairs Bureau", "tuiyijunrenju"),
    },
    "urban": {
        "city": ("城市管理局", ["城管局", "城市管理局"], "Urban Management Bureau", "chengguanju"),
        "county": ("城市管理局", ["城管局"], "Urban Management Bureau", "chengguanju"),
    },
    "education": {
        "prov": ("教育厅", ["教育厅"], "Department of Education", "jiaoyuting"),
        "muni": ("教育委员会", ["教委", "市教委"], "Education Commission", "jiaowei"),
        "city": ("教育局", ["教育局"], "Education Bureau", "jiaoyuju"),
        "county": ("教育局", ["教育局", "教体局"], "Education Bureau", "jiaoyuju"),
    },
    "police": {
        "prov": ("公安厅", ["公安厅"], "Department of Public Security", "gonganting"),
        "city": ("公安局", ["公安局"], "Public Security Bureau", "gonganju"),
        "county": ("公安局", ["公安局"], "Public Security Bureau", "gonganju"),
    },
    "ecology": {
        "prov": ("生态环境厅", ["生态环境厅", "环保厅"], "Department of Ecology and Environment", "shengtaihuanjingting"),
        "muni": ("生态环境局", ["生态环境局", "环保局"], "Ecology and Environment Bureau", "shengtaihuanjingju"),
        "city": ("生态环境局", ["生态环境局", "环保局"], "Ecology and Environment Bureau", "shengtaihuanjingju"),
        "county": ("生态环境局", ["生态环境局", "环保局"], "Ecology and Environment Bureau", "shengtaihuanjingju"),
    },
    "science": {
        "muni": ("科学技术委员会", ["科委", "市科委"], "Science and Technology Commission", "kewei"),
        "prov": ("科学技术厅", ["科技厅"], "Department of Science and Technology", "kejiting"),
        "city": ("科学技术局", ["科技局"], "Science and Technology Bureau", "kejiju"),
    },
}

# weights: how often each department kind shows up
DEPT_WEIGHTS = {"health": 5, "emergency": 5, "culture": 4, "ndrc": 3, "market": 4, "housing": 3,
                "hrss": 3, "land": 3, "veterans": 3, "urban": 3, "education": 3, "police": 2,
                "ecology": 3, "science": 1}


@dataclass
class Body:
    agency: str            # full official name
    level: str             # province|city|county|district|township|street|department
    region: str            # e.g. 江苏省淮安市洪泽区
    kind: str              # gov|office|dept|town
    title_name: str        # name as usually printed in the title (may drop the city prefix)
    short_names: list      # Chinese names people use (aliases, without the full name)
    english: str
    english_aliases: list
    pinyin: str            # file-name stem
    we: str                # how the body refers to itself: 我局 / 我区 / 我办 ...
    area_word: str         # 全区 / 全县 / 全市 / 全省 / 全镇 ...
    compiler: str          # body that compiles the report (office for governments)
    contact: str           # body named in the contact sentence
    host_site: str         # whose web site publishes the report (for HTML page furniture)
    gov_level: str         # prov|city|county|town: administrative tier of the region
    dept_code: str = ""
    collision: str = ""    # short form shared with another body, if any
    parent_gov: str = ""   # the government the body belongs to
    extra: dict = field(default_factory=dict)

    @property
    def aliases(self):
        out = []
        for a in self.short_names + self.english_aliases:
            if a and a != self.agency and a not in out and not is_generic(a):
                out.append(a)
        return out

    @property
    def generic_aliases(self):
        """Short forms without any place name (卫健局, 区政府办, 应急局): ambiguous by nature."""
        out = []
        for a in self.short_names + self.extra.get("bare", []):
            if a and is_generic(a) and a not in out and not a.startswith("市市"):
                out.append(a)
        return out


GENERIC = {"办公厅", "政府办", "生态环境分局", "公安分局"}


def is_generic(a):
    return a in GENERIC or a[:1] in ("区", "县", "市", "省") or a in _BARE


_BARE = set()


def _strip_suffix(name):
    for suf in ("壮族自治区", "自治区", "新区", "省", "市", "区", "县", "镇", "乡", "街道"):
        if name.endswith(suf) and len(name) > len(suf) + (0 if suf in ("新区",) else 1) - 1:
            stem = name[: -len(suf)]
            if len(stem) >= 1:
                return stem
    return name


def _county_kind_word(cname, kind):
    if kind == "district":
        return "区", "District"
    if kind == "county_city":
        return "市", "City"
    return "县", "County"


def county_region(city, cname):
    if city in MUNICIPALITIES:
        return city + cname
    return CITIES[city][0] + city + cname


def make_gov(tier, city=None, cname=None, kind=None, prov=None):
    """Government (人民政府) of a province/municipality, city or county/district."""
    if tier == "prov":
        py, en = (PROVINCES.get(prov) or MUNICIPALITIES[prov])
        muni = prov in MUNICIPALITIES
        stem = _strip_suffix(prov)
        agency = prov + "人民政府"
        ename = f"{en} Municipal People's Government" if muni else f"People's Government of {en} Province" if "自治区" not in prov else f"People's Government of {en}"
        short = [f"{prov}政府", prov, stem, f"{stem}省政府" if not muni and "自治区" not in prov else f"{stem}市政府"]
        eal = [f"{en} Government", f"{en} Provincial Government" if not muni else f"{en} Municipal Government", en]
        return Body(agency, "province", prov, "gov", agency, _uniq(short), ename, eal, py + ("shi" if muni else "sheng"),
                    "我市" if muni else "我省", "全市" if muni else "全省", prov + "人民政府办公厅",
                    prov + "人民政府办公厅", prov + "人民政府", "prov", parent_gov=agency)
    if tier == "city":
        prov_ = CITIES[city][0]
        py, en = CITIES[city][1], CITIES[city][2]
        stem = _strip_suffix(city)
        agency = city + "人民政府"
        short = [f"{city}政府", city, stem, f"{stem}市政府", f"{prov_}{city}人民政府"]
        eal = [f"{en} Municipal Government", f"{en} City Government", f"{en} City", en]
        return Body(agency, "city", prov_ + city, "gov", agency, _uniq(short), f"{en} Municipal People's Government", eal,
                    py + "shi", "我市", "全市", city + "人民政府办公室", city + "人民政府办公室", agency, "city",
                    parent_gov=agency)
    # county / district
    kw, ekw = _county_kind_word(cname, kind)
    region = county_region(city, cname)
    py, en = kind_py_en(city, cname)
    stem = _strip_suffix(cname)
    if kind == "district":
        agency = city + cname + "人民政府"
        title_name = cname + "人民政府"
    else:
        agency = cname + "人民政府"
        title_name = agency
    short = [cname + "人民政府", f"{cname}政府", cname, stem if len(stem) >= 2 else cname, f"{city}{cname}人民政府", f"{city}{cname}"]
    city_en = CITIES[city][2] if city in CITIES else MUNICIPALITIES[city][1]
    eal = [f"{en} {ekw} Government", f"{en} {ekw}", en]
    level = "district" if kind == "district" else "county"
    return Body(agency, level, region, "gov", title_name, _uniq([s for s in short if s != agency]),
                f"People's Government of {en} {ekw}, {city_en}", eal, _py_suffix(py, kind),
                "我" + kw, "全" + kw, (city + cname if kind == "district" else cname) + "人民政府办公室",
                (city + cname if kind == "district" else cname) + "人民政府办公室", agency, "county", parent_gov=agency)


def _py_suffix(py, kind):
    suf = {"district": "qu", "county": "xian", "county_city": "shi"}[kind]
    return py if py.endswith(suf) else py + suf


def kind_py_en(city, cname):
    for c, n, py, en, k in COUNTIES:
        if c == city and n == cname:
            return py, en
    raise KeyError(cname)


def make_office(gov: Body):
    """人民政府办公厅 / 办公室 of a government."""
    if gov.level == "province":
        agency = gov.agency + "办公厅"
        short = [gov.agency.replace("人民政府", "政府") + "办公厅", gov.region + "政府办公厅", "办公厅"]
        en = f"General Office of the {gov.english}"
        eal = [gov.english_aliases[0] + " General Office"]
        we = "我厅" if gov.region not in MUNICIPALITIES else "市政府办公厅"
    else:
        agency = gov.agency + "办公室"
        place = gov.title_name.replace("人民政府", "")
        short = [gov.title_name + "办公室", f"{place}政府办", f"{place}政府办公室",
                 f"{place[-1]}政府办", "政府办"]
        en = f"Office of the {gov.english}"
        eal = [gov.english_aliases[0] + " Office", gov.english_aliases[-1] + " Government Office"]
        we = "我办"
    return Body(agency, gov.level, gov.region, "office", agency if gov.level != "district" else gov.title_name + "办公室",
                _uniq([s for s in short if s != agency]), en, eal, gov.pinyin + "_zhengfuban", we,
                gov.area_word, agency, agency, gov.agency, gov.gov_level, parent_gov=gov.agency)


def make_dept(code, tier, prov=None, city=None, cname=None, kind=None):
    d = DEPTS[code]
    if tier == "prov":
        muni = prov in MUNICIPALITIES
        key = "muni" if muni and "muni" in d else "prov"
        if key not in d:
            return None
        name, sh, en, py = d[key]
        agency = prov + name
        pstem = _strip_suffix(prov)
        pen = (PROVINCES.get(prov) or MUNICIPALITIES[prov])[1]
        short = [pstem + s for s in sh] + [("市" if muni else "省") + s for s in sh]
        eal = [f"{pen} {en}", f"{pen} Provincial {en}" if not muni else f"{pen} Municipal {en}"]
        region, gov_level, parent = prov, "prov", prov + "人民政府"
        ppy = (PROVINCES.get(prov) or MUNICIPALITIES[prov])[0]
        title_name = agency
        ename = f"{pen} {en}"
    elif tier == "city":
        if "city" not in d:
            return None
        name, sh, en, py = d["city"]
        agency = city + name
        cstem = _strip_suffix(city)
        cen = CITIES[city][2]
        short = [cstem + "市" + s for s in sh] + [cstem + s for s in sh] + ["市" + s for s in sh]
        eal = [f"{cen} {en}", f"{cen} Municipal {en}"]
        region, gov_level, parent = CITIES[city][0] + city, "city", city + "人民政府"
        ppy = CITIES[city][1]
        title_name = agency
        ename = f"{cen} Municipal {en}"
    else:
        key = "county"
        if kind == "district" and code == "health" and city in MUNICIPALITIES:
            key = "district_big"
        if key not in d:
            return None
        name, sh, en, py = d[key]
        cpy, cen = kind_py_en(city, cname)
        kw, ekw = _county_kind_word(cname, kind)
        cstem = _strip_suffix(cname)
        full_place = (city + cname) if kind == "district" else cname
        if code == "ecology":
            # county ecology offices are branches of the city bureau: 淮安市生态环境局洪泽分局
            cityname = city
            agency = f"{cityname}生态环境局{cstem}分局"
            title_name = agency
            short = [f"{cstem}生态环境局", f"{cname}生态环境局", f"{cstem}环保局", f"{cname}环保局", "生态环境分局"]
            eal = [f"{cen} Ecology and Environment Branch", f"{cen} {ekw} Ecology and Environment Bureau"]
            ename = f"{cen} Branch of the {CITIES[city][2] if city in CITIES else MUNICIPALITIES[city][1]} Ecology and Environment Bureau"
        elif code == "police" and kind == "district":
            agency = f"{city}公安局{cstem}分局"
            title_name = agency
            short = [f"{cstem}公安分局", f"{cname}公安分局", f"{cname}公安局", "公安分局"]
            eal = [f"{cen} Public Security Branch"]
            ename = f"{cen} Branch of the {CITIES[city][2] if city in CITIES else MUNICIPALITIES[city][1]} Public Security Bureau"
        else:
            agency = full_place + name
            title_name = cname + name
            short = [cname + name] + [cname + s for s in sh] + [cstem + s for s in sh if len(cstem) >= 2] + [kw + s for s in sh]
            eal = [f"{cen} {ekw} {en}", f"{cen} {en}"]
            ename = f"{en} of {cen} {ekw}"
        region = county_region(city, cname)
        gov_level, parent = "county", ((city + cname) if kind == "district" else cname) + "人民政府"
        ppy = _py_suffix(cpy, kind)
    if name.endswith("委员会"):
        we = "我委"
    elif name.endswith("厅"):
        we = "我厅"
    else:
        we = "我局"
    if agency.endswith("分局"):
        we = "我分局" if code != "police" else "我局"
    if tier == "city":
        area = "全市"
    elif tier == "prov":
        area = "全市" if prov in MUNICIPALITIES else "全省"
    else:
        area = "全" + _county_kind_word(cname, kind)[0]
    b = Body(agency, "department", region, "dept", title_name, _uniq([s for s in short if s != agency]), ename, eal,
             ppy + "_" + py, we, area, agency, agency, parent, gov_level, dept_code=code, parent_gov=parent)
    b.extra["bare"] = list(sh)
    _BARE.update(sh)
    return b


def make_town(city, cname, tname, py, en, kind):
    ck = [k for c, n, p, e, k in COUNTIES if c == city and n == cname][0]
    cpy, cen = kind_py_en(city, cname)
    region = county_region(city, cname) + tname
    tstem = tname[:-2] if tname.endswith("街道") else tname[:-1]
    if kind == "street":
        prefix = (city + cname) if ck == "district" else cname
        agency = prefix + tname + "办事处"
        title_name = cname + tname + "办事处"
        short = [tname + "办事处", tname, tname + "办", cname + tname, f"{tstem}街道"]
        eal = [f"{en} Subdistrict Office", f"{en} Subdistrict", f"{en} Street Office"]
        ename = f"{en} Subdistrict Office, {cen} {_county_kind_word(cname, ck)[1]}"
        level, we, area = "street", "本街道", "辖区"
    else:
        word = "镇" if kind == "town" else "乡"
        agency = cname + tname + "人民政府"
        title_name = tname + "人民政府"
        short = [tname + "人民政府", tname + "政府", tname, cname + tname, cname + tname + "政府"]
        ekw = "Town" if kind == "town" else "Township"
        eal = [f"{en} {ekw} Government", f"{en} {ekw}", f"People's Government of {en} {ekw}"]
        ename = f"People's Government of {en} {ekw}, {cen} {_county_kind_word(cname, ck)[1]}"
        level, we, area = "township", "我" + word, "全" + word
    b = Body(agency, level, region, "town", title_name, _uniq([s for s in short if s != agency]), ename, eal,
             cpy + "_" + py, we, area, agency + ("党政办公室" if kind != "street" else "党政办"), agency,
             ((city + cname) if ck == "district" else cname) + "人民政府", "town", parent_gov=agency)
    b.compiler = agency
    return b


def _uniq(xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def county_entry(city, cname):
    for c, n, py, en, k in COUNTIES:
        if c == city and n == cname:
            return (c, n, py, en, k)
    raise KeyError((city, cname))


def build_pool(rng, n_bodies):
    """A pool of bodies with a realistic mix of levels and forced name collisions."""
    pool = []
    seen = set()

    def add(b, collision=""):
        if b is None or b.agency in seen:
            return
        if collision:
            b.collision = collision
        seen.add(b.agency)
        pool.append(b)

    # forced collisions
    for city in ("南京市", "福州市"):
        add(make_dept("health", "county", city=city, cname="鼓楼区", kind="district"), "鼓楼区卫健委/卫健局")
    for cname in ("泗阳县", "沭阳县"):
        add(make_dept("emergency", "county", city="宿迁市", cname=cname, kind="county"), "应急局 (Suqian counties)")
    for cname in ("栾川县", "嵩县"):
        add(make_town("洛阳市", cname, "城关镇", "chengguan", "Chengguan", "town"), "城关镇人民政府")
    for city in ("北京市", "长春市"):
        add(make_gov("county", city=city, cname="朝阳区", kind="district"), "朝阳区人民政府")
    for city in ("石家庄市", "沧州市"):
        add(make_dept("market", "county", city=city, cname="新华区", kind="district"), "新华区市场监督管理局")
    add(make_gov("county", city="淮安市", cname="洪泽区", kind="district"))
    add(make_gov("county", city="宿迁市", cname="沭阳县", kind="county"))
    add(make_town("宿迁市", "泗洪县", "陈圩乡", "chenwei", "Chenwei", "township"))
    add(make_office(make_gov("county", city="洛阳市", cname="涧西区", kind="district")))
    add(make_town("南京市", "鼓楼区", "宁海路街道", "ninghailu", "Ninghailu", "street"))
    add(make_town("淮安市", "洪泽区", "高良涧街道", "gaoliangjian", "Gaoliangjian", "street"))
    add(make_town("上海市", "徐汇区", "天平路街道", "tianpinglu", "Tianpinglu", "street"))
    add(make_gov("prov", prov="江苏省"))
    add(make_office(make_gov("prov", prov="上海市")))
    add(make_dept("science", "prov", prov="上海市"))

    provs = list(PROVINCES) + list(MUNICIPALITIES)
    codes = list(DEPT_WEIGHTS)
    weights = [DEPT_WEIGHTS[c] for c in codes]
    # categories with target shares; always fill the one furthest below its share
    targets = {"prov": 0.07, "prov_dept": 0.05, "city": 0.11, "city_dept": 0.12, "county": 0.22,
               "county_dept": 0.23, "town": 0.20}
    made = {k: 0 for k in targets}
    tries = 0
    while len(pool) < n_bodies and tries < n_bodies * 50:
        tries += 1
        tot = sum(made.values()) + 1
        cat = min(targets, key=lambda k: (made[k] / tot - targets[k], rng.random()))
        before = len(pool)
        if cat == "prov":
            p = rng.choice(provs)
            g = make_gov("prov", prov=p)
            add(g if rng.random() < 0.6 else make_office(g))
        elif cat == "prov_dept":
            p = rng.choice(provs)
            add(make_dept(rng.choices(codes, weights)[0], "prov", prov=p))
        elif cat == "city":
            c = rng.choice(list(CITIES))
            g = make_gov("city", city=c)
            add(g if rng.random() < 0.65 else make_office(g))
        elif cat == "city_dept":
            c = rng.choice(list(CITIES))
            add(make_dept(rng.choices(codes, weights)[0], "city", city=c))
        elif cat == "county":
            city, cname, py, en, k = rng.choice(COUNTIES)
            g = make_gov("county", city=city, cname=cname, kind=k)
            add(g if rng.random() < 0.75 else make_office(g))
        elif cat == "county_dept":
            city, cname, py, en, k = rng.choice(COUNTIES)
            add(make_dept(rng.choices(codes, weights)[0], "county", city=city, cname=cname, kind=k))
        else:
            streets = [t for t in TOWNS if t[5] == "street"]
            t = rng.choice(streets if rng.random() < 0.4 else TOWNS)
            add(make_town(*t))
        if len(pool) > before:
            made[cat] += 1
    return pool
