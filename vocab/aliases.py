"""Names as people say them: the aliases of a body, built from how Chinese administrative
bodies are named.

A body's full name is <place parts><body>: 淮安市洪泽区 + 卫生健康局, 泗洪县陈圩乡 + 人民政府,
鼓楼区宁海路街道 + 办事处. People write the body short (卫健局, 政府办, 陈圩乡政府), drop the place
above it (洪泽卫健局, 区卫健局) or all of it (卫健局), or write it in English (Hongze District
Health Bureau). ``aliases(name)`` lists those forms, each with its kind and the rule that made
it; the answer side matches a question's words against them (``rag.understanding``), and a
form shared by bodies of different places is asked back, never guessed.

Pure functions of the name: no store, no question.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# --------------------------------------------------------------------------------- places

# the administrative suffixes of a place name, longest first where one ends another
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "街道", "新区", "省", "市", "州", "盟",
                  "区", "县", "旗", "镇", "乡")
# how high a suffix stands: a place written before a body's own place of the same or a lower
# rank is another place, not its parent (长春市 before 朝阳区 of 北京市)
PLACE_RANK = {"特别行政区": 1, "自治区": 1, "省": 1, "市": 2, "自治州": 2, "州": 2, "盟": 2, "地区": 2,
              "新区": 3, "区": 3, "县": 3, "自治县": 3, "旗": 3, "镇": 4, "乡": 4, "街道": 4}
_ONE_CHAR_STEM_OK = ("县", "旗")  # 沛县, 嵩县; but 城市 (in 城市管理局) is not a place


@lru_cache(maxsize=4096)
def place_parts(text: str) -> tuple[tuple[str, str], ...] | None:
    """淮安市洪泽区 → (("淮安", "市"), ("洪泽", "区")); None when the text is not all place names.
    The first reading wins whose stems are shortest from the left (杭州市 is one part, not 杭+州)."""
    if not text:
        return ()
    for n in range(1, min(len(text), 9)):
        stem = text[:n]
        if any(ch in "，,、 的" for ch in stem):
            break
        for suffix in PLACE_SUFFIXES:
            if not text.startswith(suffix, n) or (n == 1 and suffix not in _ONE_CHAR_STEM_OK):
                continue
            rest = place_parts(text[n + len(suffix):])
            if rest is not None:
                return ((stem, suffix),) + rest
    return None


# ---------------------------------------------------------------------------------- bodies

# a government, its office, a street office: (suffix of the full name, body part, place kept)
_GOVERNMENT_BODIES = ("人民政府办公室", "人民政府办公厅", "人民政府", "政府办公室", "政府办公厅", "办事处")
GOVERNMENT_BODIES = frozenset(_GOVERNMENT_BODIES)

# the subject of a department (the name without its unit 局/委员会/厅/办公室), its usual Chinese
# short forms and its English words
SUBJECTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "卫生健康": (("卫健", "卫生健康"), ("health",)),
    "卫生和计划生育": (("卫计", "卫生计生"), ("health and family planning",)),
    "应急管理": (("应急",), ("emergency management",)),
    "文化广电和旅游": (("文广旅", "文旅", "文广旅游", "文化广电旅游"),
                  ("culture, radio, television and tourism", "culture radio television and tourism",
                   "culture and tourism")),
    "文化和旅游": (("文旅", "文化旅游"), ("culture and tourism",)),
    "文化广电旅游体育": (("文广旅体", "文旅"), ("culture, radio, television, tourism and sports", "culture and tourism")),
    "发展和改革": (("发改", "发展改革"), ("development and reform",)),
    "市场监督管理": (("市场监管", "市监"), ("market regulation", "market supervision",
                                  "market supervision and administration")),
    "住房和城乡建设": (("住建", "住房城乡建设"), ("housing and urban-rural development", "housing")),
    "人力资源和社会保障": (("人社", "人力资源社会保障"), ("human resources and social security",)),
    "自然资源和规划": (("自然资源", "自规", "资规", "自然资源规划"),
                  ("natural resources and planning", "natural resources")),
    "规划和自然资源": (("规划资源", "规资", "规划自然资源"), ("planning and natural resources",)),
    "自然资源": ((), ("natural resources",)),
    "退役军人事务": (("退役军人",), ("veterans affairs",)),
    "城市管理": (("城管",), ("urban management",)),
    "城市管理行政执法": (("城管执法", "城管"), ("urban management and law enforcement", "urban management")),
    "科学技术": (("科技",), ("science and technology", "science & technology")),
    "生态环境": (("环保", "环境"), ("ecology and environment", "environment")),
    "交通运输": (("交通",), ("transport", "transportation")),
    "教育": ((), ("education",)),
    "教育体育": (("教体",), ("education and sports", "education")),
    "公安": ((), ("public security",)),
    "财政": ((), ("finance",)),
    "民政": ((), ("civil affairs",)),
    "司法": ((), ("justice",)),
    "审计": ((), ("audit",)),
    "统计": ((), ("statistics",)),
    "商务": ((), ("commerce",)),
    "水利": ((), ("water resources",)),
    "水务": ((), ("water affairs",)),
    "农业农村": (("农业", "农委"), ("agriculture and rural affairs", "agriculture")),
    "医疗保障": (("医保",), ("healthcare security", "medical insurance")),
    "林业": ((), ("forestry",)),
    "体育": ((), ("sports",)),
    "工业和信息化": (("工信", "工业信息化"), ("industry and information technology",)),
    "政务服务管理": (("政务服务",), ("government services",)),
    "政务服务和大数据管理": (("政务服务", "大数据"), ("government services and big data",)),
    "行政审批": (("审批",), ("administrative approval",)),
    "信访": ((), ("letters and calls", "petitions")),
    "机关事务管理": (("机关事务",), ("government offices administration",)),
    "国有资产监督管理": (("国资",), ("state-owned assets supervision and administration",)),
    "民族宗教事务": (("民宗",), ("ethnic and religious affairs",)),
    "粮食和物资储备": (("粮储",), ("food and strategic reserves",)),
    "人民防空": (("人防",), ("civil air defense",)),
    "外事": ((), ("foreign affairs",)),
    "外事办": ((), ("foreign affairs",)),
}
# the unit a department's name ends with: its short Chinese forms and English patterns
UNITS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "委员会": (("委", "委员会"), ("{s} commission", "commission of {s}")),
    "局": (("局",), ("{s} bureau", "bureau of {s}")),
    "厅": (("厅",), ("department of {s}", "{s} department")),
    "办公室": (("办", "办公室"), ("{s} office", "office of {s}")),
    "分局": (("分局",), ("{s} branch", "{s} branch bureau")),
    "中心": (("中心",), ("{s} center", "{s} centre")),
}
# whole bodies with a short form of their own (beyond subject + unit)
BODY_SHORTS: dict[str, tuple[str, ...]] = {
    # "上海科技" is also what the commission calls its website and WeChat account
    "科学技术委员会": ("科委", "科技委", "科学技术委", "科技"),
    "教育委员会": ("教委",),
    "国有资产监督管理委员会": ("国资委",),
    "人民政府办公室": ("政府办公室", "政府办", "府办", "府办公室", "办公室"),
    # a municipality's or province's 办公厅 is called 府办 / 政府办 as an 办公室 is (上海市府办)
    "人民政府办公厅": ("政府办公厅", "办公厅", "政府办", "府办", "府办公厅"),
    "人民政府": ("政府",),
    "办事处": ("办",),
    "市场监督管理局": ("市场监管局", "市监局"),
    "自然资源和规划局": ("规划局",),
    "教育局": ("教体局",),  # many counties' 教育局 is an 教育体育局
}
# a government's office, as people name it: the name of the government's own report when the
# office has none of its own (the office compiles the government's report)
OFFICE_SHORTS = ("人民政府办公室", "政府办公室", "政府办", "府办", "人民政府办公厅", "政府办公厅", "府办公厅")
OFFICE_ENGLISH = ("office", "general office", "government office", "government general office", "govt office")
# English of whole bodies (the place's English goes before it)
BODY_ENGLISH: dict[str, tuple[str, ...]] = {
    "人民政府": ("government", "people's government", "govt", "gov"),
    # "Jianxi office", "the Shanghai office": a place and "office" alone name its government's office
    "人民政府办公室": ("government office", "people's government office", "general office",
                 "people's government general office",
                 "government general office", "govt office", "govt general office", "office"),
    "人民政府办公厅": ("general office", "government general office", "government office",
                 "people's government general office", "people's government office", "govt office",
                 "govt general office", "gov office", "gov general office", "office"),
    "办事处": ("office", "subdistrict office", "sub-district office", "street office"),
    "市场监督管理局": ("administration for market regulation", "market regulation administration"),
    "发展和改革委员会": ("drc",),
    "公安局": ("police",),
    # "Shanghai Science and Technology" (上海科技, the commission's website and accounts), as 科技 in Chinese
    "科学技术委员会": ("s&t commission", "science commission", "sci-tech commission", "sci commission", "scitech commission",
                "sci & tech commission", "sci and tech commission", "tech commission", "stc", "science and technology",
                "science & technology", "science and tech", "science & tech", "sci-tech", "science", "keji"),
    "科学技术局": ("science bureau",),
}
# English placed before the place: "people's government of hongze district"
BODY_ENGLISH_OF: dict[str, tuple[str, ...]] = {
    "人民政府": ("people's government of", "government of"),
    "人民政府办公室": ("office of the", "general office of the", "office of the people's government of",
                 "general office of the people's government of", "office of the government of",
                 "general office of the government of"),
    "人民政府办公厅": ("general office of the", "office of the", "general office of the people's government of",
                 "office of the people's government of", "general office of the government of"),
}
# the unit words English writers use loosely for one another (a district's 卫生健康局 called its
# "health commission"): such a name only identifies a body next to the body's own place
UNIT_LOOSE_EN: dict[str, tuple[str, ...]] = {
    "局": ("{s} commission", "{s} administration", "{s} department"),
    "委员会": ("{s} bureau", "{s} department"),
    "厅": ("{s} bureau", "{s} commission"),
}
_GOVERNMENT_OF = {"人民政府办公室": ("people's government", "government"),
                  "人民政府办公厅": ("people's government", "government")}


def _subject_unit(body: str) -> tuple[str, str] | None:
    for unit in sorted(UNITS, key=len, reverse=True):
        if body.endswith(unit) and body[: -len(unit)] in SUBJECTS:
            return body[: -len(unit)], unit
    return None


def is_known_body(body: str) -> bool:
    """A department or government body the rules of this module know (卫生健康局, 人民政府)."""
    return body in BODY_SHORTS or body in BODY_ENGLISH or _subject_unit(body) is not None


@lru_cache(maxsize=4096)
def split_name(name: str) -> tuple[str, str]:
    """(place, body) of a full name: 洛阳市涧西区城市管理局 → (洛阳市涧西区, 城市管理局),
    泗洪县陈圩乡人民政府 → (泗洪县陈圩乡, 人民政府), 鼓楼区宁海路街道办事处 → (鼓楼区宁海路街道, 办事处).
    A name whose end is not a body this module knows keeps the longest place in front."""
    name = re.sub(r"\s+", "", name or "")
    for i in range(len(name)):
        body = name[i:]
        if is_known_body(body) and place_parts(name[:i]) is not None:
            return name[:i], body
    for i in range(len(name) - 1, 0, -1):  # longest place first, at least one char of body
        if place_parts(name[:i]):
            return name[:i], name[i:]
    return "", name


def region_of(name: str | None) -> str | None:
    """The place a body's name starts with (淮安市洪泽区 for 淮安市洪泽区卫生健康局), or None."""
    return split_name(name)[0] or None if name else None


# --------------------------------------------------------------------------------- aliases


@dataclass(frozen=True)
class Alias:
    text: str
    # name | place+body | place+short | place+government | level+short | body | short |
    # place | english | english-body | english-body-loose | english-place | english-government |
    # place+office (a government by its office's name)
    kind: str
    reason: str


def body_shorts(body: str) -> list[tuple[str, str]]:
    """(short form, reason) of a body without its place: 卫生健康委员会 → 卫健委, 卫生健康委 …"""
    out = [(s, f"usual short name of {body}") for s in BODY_SHORTS.get(body, ())]
    su = _subject_unit(body)
    if su:
        subject, unit = su
        shorts, _ = SUBJECTS[subject]
        for s in (*shorts, subject):
            for u in UNITS[unit][0]:
                out.append((s + u, f"{subject}→{s}, {unit}→{u}"))
    if "和" in body and body not in GOVERNMENT_BODIES:
        out.append((body.replace("和", ""), "和 dropped"))
    seen: set[str] = {body}
    return [(s, r) for s, r in out if not (s in seen or seen.add(s))]


def body_english(body: str) -> list[str]:
    """English names of a body without its place: 应急管理局 → emergency management bureau …"""
    out = list(BODY_ENGLISH.get(body, ()))
    su = _subject_unit(body)
    if su:
        subject, unit = su
        for words in SUBJECTS[subject][1]:
            out += [p.format(s=words) for p in UNITS[unit][1]]
    return list(dict.fromkeys(out))


_ETHNIC = re.compile(r"(?<=..)(壮族|回族|维吾尔|蒙古族|藏族|朝鲜族|土家族|苗族|彝族|侗族|瑶族|傣族|白族|哈尼族|黎族|羌族)+$")


def short_stem(stem: str) -> str:
    """广西 for 广西壮族 (广西壮族自治区), 延边 for 延边朝鲜族 (自治州): the ethnic name dropped."""
    return _ETHNIC.sub("", stem)


def place_forms(parts) -> set[str]:
    """Ways to write a place: 淮安市洪泽区, 洪泽区, 洪泽, 淮安洪泽区, … (the last part always kept);
    an autonomous region also without its people's name (广西, 广西自治区)."""
    parts = tuple(parts)
    forms = _place_forms(parts)
    shorter = tuple((short_stem(st), sf) for st, sf in parts)
    return forms | _place_forms(shorter) if shorter != parts else forms


def _place_forms(parts) -> set[str]:
    forms: set[str] = set()
    for first in range(len(parts)):
        sub = parts[first:]
        prefixes = {""}
        for stem, suffix in sub[:-1]:
            prefixes = {p + stem + s for p in prefixes for s in (suffix, "")}
        stem, suffix = sub[-1]
        for p in prefixes:
            forms.add(p + stem + suffix)
            if len(stem) >= 2:
                forms.add(p + stem)
    return {f for f in forms if len(f) >= 2}


# the one-character names of provinces and municipalities, written before a short body name
# (沪府办, 沪科委, 苏发改委); never alone (新, 宁, 青 are common characters)
PROVINCE_ABBR: dict[str, str] = {
    "北京": "京", "天津": "津", "上海": "沪", "重庆": "渝", "河北": "冀", "山西": "晋", "辽宁": "辽",
    "吉林": "吉", "黑龙江": "黑", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣",
    "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘", "广东": "粤", "海南": "琼", "四川": "川",
    "贵州": "黔", "云南": "滇", "陕西": "陕", "甘肃": "甘", "青海": "青", "内蒙古": "蒙", "广西": "桂",
    "西藏": "藏", "宁夏": "宁", "新疆": "新",
}


def chinese_aliases(name: str, printed: tuple[str, ...] = ()) -> list[Alias]:
    """Every Chinese form of a body's name (the names printed in its reports included)."""
    out = [Alias(name, "name", "full name")] + [Alias(p, "name", "printed in a report") for p in printed if p]
    for p in printed:  # a name as a report prints it (沐阳县人民政府, an OCR slip): its short forms too
        if p and p != name:
            out += [Alias(a.text, a.kind, a.reason + " (of the printed name)") for a in chinese_aliases(p)
                    if a.kind != "name"]
    place, body = split_name(name)
    parts = place_parts(place) or ()
    shorts = body_shorts(body)
    places = place_forms(parts) if parts else set()
    for pl in sorted(places):
        out.append(Alias(pl, "place", "the place alone"))
        out.append(Alias(pl + body, "place+body", "place written shorter"))
        out += [Alias(pl + s, "place+short", r) for s, r in shorts]
        if body in _GOVERNMENT_OF:
            out += [Alias(pl + g, "place+government", "an office by its government's name")
                    for g in ("人民政府", "政府")]
        if body == "人民政府":  # 洪泽区府办 when only the government's report is held: its office compiles it
            out += [Alias(pl + o, "place+office", "a government by its office's name") for o in OFFICE_SHORTS]
    abbr = PROVINCE_ABBR.get(short_stem(parts[0][0])) if len(parts) == 1 else None
    if abbr and parts[0][1] in ("省", "市", "自治区"):  # a body of the province or municipality itself
        out += [Alias(abbr + s, "place+short", f"{abbr} for {parts[0][0]}") for s, _ in shorts if len(s) >= 2]
    for level in LEVEL_WORDS.get(parts[-1][1], (parts[-1][1],)) if parts else ():
        if body in GOVERNMENT_BODIES and body != "办事处":
            # (市府办, 区府办: the level said before the office's short name)
            out += [Alias(level + s, "level+short", f"{level} for the place") for s, _ in shorts
                    if "政府" in s or s.startswith("府办")]
        elif body not in GOVERNMENT_BODIES:
            out += [Alias(level + s, "level+short", f"{level} for the place") for s, _ in shorts]
            out += [Alias(level + body, "level+short", f"{level} for the place")]
    if body not in GOVERNMENT_BODIES and body != name:
        out.append(Alias(body, "body", "place dropped"))
        out += [Alias(s, "short", r + ", place dropped") for s, r in shorts]
    elif body in _GOVERNMENT_OF:  # 政府办, 办公厅: a government's office, place dropped
        out += [Alias(s, "short", r + ", place dropped") for s, r in shorts if s != "政府"]
    return out


# the word for "this place's" in a short name (区卫健局, 县政府办), by the place's suffix
LEVEL_WORDS: dict[str, tuple[str, ...]] = {"新区": ("新区", "区"), "自治州": ("州",), "自治县": ("县",),
                                           "自治区": ("自治区", "省"), "街道": ()}


PLACE_BODY_EN = "place in pinyin + body in English"  # the matcher joins these from their parts


def english_aliases(name: str, pinyin) -> list[Alias]:
    """English forms: ``pinyin(stem)`` gives a place stem's pinyin ('hong ze'), or None."""
    place, body = split_name(name)
    parts = place_parts(place) or ()
    places = english_place_forms(parts, pinyin) if parts else set()
    ens = body_english(body)
    out = [Alias(p, "english-place", "place in pinyin") for p in sorted(places)]
    for p in sorted(places):
        out += [Alias(f"{p} {e}", "english", PLACE_BODY_EN) for e in ens]
        out += [Alias(f"{of} {p}", "english", "body of the place") for of in BODY_ENGLISH_OF.get(body, ())]
        if body in _GOVERNMENT_OF:
            out += [Alias(f"{p} {g}", "english-government", "an office by its government's name")
                    for g in _GOVERNMENT_OF[body]]
    out += [Alias(a, "english", "initials of the body's English name and its place")
            for a in sorted(_acronyms(ens, places) if len(parts) == 1 else ())]
    if body not in GOVERNMENT_BODIES:
        out += [Alias(e, "english-body", "English name, place dropped") for e in ens]
        out += [Alias(e, "english-body-loose", "English name with another unit word, place dropped")
                for e in body_english_loose(body) if e not in ens]
    return out


_MINOR_WORDS = frozenset({"and", "of", "the", "for", "&"})


def _acronyms(ens: list[str], places) -> set[str]:
    """STCSM for 上海市科学技术委员会: the initials of "science and technology commission" and of
    "shanghai municipality" (a place written as one word per stem, with its level word). Four
    letters at least, so that no short English word is taken for a body."""
    out = set()
    for p in places:
        words = p.split()
        if len(words) != 2 or words[-1] not in _LEVEL_WORDS_EN:  # "shanghai municipality"
            continue
        for e in ens:
            initials = "".join(w[0] for w in e.split() if w not in _MINOR_WORDS)
            if len(initials) >= 2:
                acronym = initials + "".join(w[0] for w in words)
                if len(acronym) >= 4:
                    out.add(acronym)
    return out


def body_english_loose(body: str) -> list[str]:
    """English names of a body with another unit word: 卫生健康局 → health commission …"""
    su = _subject_unit(body)
    if not su:
        return []
    subject, unit = su
    return list(dict.fromkeys(p.format(s=w) for w in SUBJECTS[subject][1] for p in UNIT_LOOSE_EN.get(unit, ())))


PLACE_SUFFIX_EN: dict[str, tuple[str, ...]] = {
    # the level words in pinyin too ("hongze qu", "shuyang xian"), as people type them
    "省": ("province", "provincial", "sheng"), "市": ("city", "municipal", "municipality", "shi"),
    "区": ("district", "qu"), "新区": ("new area", "district", "xinqu"), "县": ("county", "xian"),
    "旗": ("banner",), "镇": ("town", "township", "zhen"),
    "乡": ("township", "xiang"), "街道": ("subdistrict", "sub-district", "street", "jiedao"), "自治区": ("autonomous region",),
    "州": ("prefecture",), "自治州": ("autonomous prefecture",), "盟": ("league",),
}


_LEVEL_WORDS_EN = frozenset(w for ws in PLACE_SUFFIX_EN.values() for w in ws if " " not in w)


def _one_place_en(stem: str, suffix: str, pinyin) -> set[str]:
    py = pinyin(stem)
    if not py:
        return set()
    names = {py, py.replace(" ", "")}
    return names | {f"{n} {s}" for n in names for s in PLACE_SUFFIX_EN.get(suffix, ())}


_ETHNIC_EN = {"壮族": "zhuang", "回族": "hui", "维吾尔": "uygur", "藏族": "tibetan", "朝鲜族": "korean"}


# the two-letter forms people type for the two municipalities ("SH gov general office", "BJ 2024"),
# no other place's: 苏州 and 深圳 are both "SZ"
PLACE_LETTERS_EN: dict[str, tuple[str, ...]] = {"上海": ("sh",), "北京": ("bj",)}


def _place_en(stem: str, suffix: str, pinyin) -> set[str]:
    """A place in English: its pinyin with the suffix's words; 广西壮族自治区 also as guangxi
    (zhuang) autonomous region."""
    forms = _one_place_en(stem, suffix, pinyin)
    forms |= set(PLACE_LETTERS_EN.get(stem, ()))
    short = short_stem(stem)
    if short != stem:
        forms |= _one_place_en(short, suffix, pinyin)
        people = _ETHNIC_EN.get(stem[len(short):])
        for py in _one_place_en(short, "", pinyin) if people else ():
            forms |= {f"{py} {people} {s}" for s in PLACE_SUFFIX_EN.get(suffix, ())}
    return forms


def english_place_forms(parts, pinyin) -> frozenset[str]:
    """hongze, hong ze district, huaian hongze district, … (``pinyin`` of each stem)."""
    return _english_place_forms(tuple(parts), pinyin)


@lru_cache(maxsize=1 << 15)  # the bodies of one place share its forms
def _english_place_forms(parts: tuple, pinyin) -> frozenset[str]:
    forms = _place_en(*parts[-1], pinyin)
    for stem, suffix in reversed(parts[:-1]):
        parent = _place_en(stem, suffix, pinyin)
        forms |= {f"{p} {f}" for p in parent for f in forms}
    return frozenset(forms)


_BRANCH = re.compile(r"^(?P<parent>.+?局)(?P<stem>[\u4e00-\u9fff]{1,4}?)分局$")


def branch_aliases(name: str, pinyin=None) -> list[Alias]:
    """A city bureau's branch in a district (成都市公安局武侯分局): named by its district —
    武侯公安分局, 武侯区公安局, 公安分局, Wuhou Public Security Branch."""
    m = _BRANCH.match(split_name(name)[1])
    if not m:
        return []
    parent, stem = m.group("parent"), m.group("stem")
    core = parent[:-1]
    shorts = [parent] + [s for s, _ in body_shorts(parent) if s.endswith("局")]
    out = [Alias(core + "分局", "short", "branch, place dropped")]
    out += [Alias(s, "short", "the bureau's name, place dropped") for s in shorts]
    for p in (stem, stem + "区", stem + "县") if len(stem) >= 2 else (stem + "区", stem + "县"):
        out.append(Alias(p + core + "分局", "place+short", "branch by its district"))
        out += [Alias(p + s, "place+short", "branch by its district") for s in shorts]
    py = pinyin(stem) if pinyin else None
    su = _subject_unit(parent)
    if py and su:
        for p in {py, py.replace(" ", "")}:
            for words in SUBJECTS[su[0]][1]:
                out += [Alias(f"{p} {words} branch", "english", "branch by its district")]
                out += [Alias(f"{p} {kind} {words} bureau", "english", "branch by its district")
                        for kind in ("district", "county")]
    return out


def aliases(name: str, printed: tuple[str, ...] = (), pinyin=None) -> list[Alias]:
    """All forms of a body's name, Chinese and (with ``pinyin``) English, each with its kind
    and reason; the full name first."""
    out = chinese_aliases(name, printed) + (english_aliases(name, pinyin) if pinyin else [])
    out += branch_aliases(name, pinyin)
    seen: set[tuple[str, str]] = set()
    return [a for a in out if not ((a.text, a.kind) in seen or seen.add((a.text, a.kind)))]


# ------------------------------------------------------------------------ names without a place

_LEVEL_CHARS = "省市区县州镇乡"


@lru_cache(maxsize=1)
def _generic_bodies() -> frozenset[str]:
    """Every body name this module knows, written without a place: 卫生健康局, 卫健局, 政府办 …"""
    out: set[str] = set(BODY_SHORTS) | {s for v in BODY_SHORTS.values() for s in v}
    for subject in SUBJECTS:
        for unit in UNITS:
            out.add(subject + unit)
            out |= {s for s, _ in body_shorts(subject + unit)}
    return frozenset(out | {"办公室", "办公厅", "街道办事处", "街道办"})


def names_no_place(name: str | None) -> bool:
    """True for a name that says what kind of body, but not of which place: 卫健局, 区政府办,
    人民政府办公室, 县应急管理局. Such a name cannot identify a report's body."""
    name = re.sub(r"\s+", "", name or "")
    if not name:
        return False
    bare = name[1:] if name[0] in _LEVEL_CHARS else name
    return name in _generic_bodies() or bare in _generic_bodies() or bare in {"政府", "人民政府"}
