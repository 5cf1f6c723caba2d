"""Who issued a report, for which year, and where its six template sections start.

Why careful matching: the title is printed in many shapes (agency and year on one line or two,
year before or after the agency, spaces inside, a Markdown '#', a stray heading above it), and
numbered lines 一、二、三 appear inside sections too (sub-points of 一, row labels of table 三). So
a section heading must carry the expected title words and come in order, and the title must be
a whole line (or two or three consecutive lines) that reads "<agency><year>年…政府信息公开…报告".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from vocab import aliases as body_names
from vocab.text import to_simplified
from vocab.records import Document, ReportMeta, Section

# ----------------------------------------------------------------------------------------------
# names

# OCR slips and abbreviations seen in real titles, mapped to the body's official name. Keep this
# to names a person has checked; an unknown name is kept as printed.
KNOWN_NAMES: dict[str, str] = {
    "沐阳县人民政府": "沭阳县人民政府",  # OCR: 沐 for 沭 (006, Suqian, Jiangsu)
    "上海市科委": "上海市科学技术委员会",  # the official short name used in its own reports (007)
}

_AGENCY_SUFFIX = (
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|"
    r"科委|发改委|局|厅|委|署|院|办|中心|管委会|街道办事处|办事处|政府|公司|部|处)"
)
_AGENCY = rf"[\u4e00-\u9fff（）()]{{1,40}}?{_AGENCY_SUFFIX}"
# a year as digits or in Chinese numerals (二〇二三年, 二零二三年度)
_CN_DIGITS = "〇零○一二三四五六七八九"
_YEAR = rf"(?P<year>(?:19|20)\d{{2}}|二[〇零○][{_CN_DIGITS}]{{2}})年度?"
_TAIL = r"政府信息公开(?:工作)?(?:情况)?的?(?:年度)?(?:工作)?(?:情况)?的?(?:年度)?报告"
# "<agency><year>年…报告", "<year>年<agency>…报告", "<agency>关于<year>年度…的报告", as one
# compacted line (a title split over two or three lines is joined first)
_TITLE_PATTERNS = (
    re.compile(rf"^(?P<agency>{_AGENCY})(?:关于)?{_YEAR}{_TAIL}$"),
    re.compile(rf"^{_YEAR}(?P<agency>{_AGENCY}){_TAIL}$"),
    re.compile(rf"^(?:关于)?{_YEAR}{_TAIL}$"),
)


def year_number(text: str) -> int:
    """2023 for "2023" and for "二〇二三"."""
    if text.isdigit():
        return int(text)
    digit = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    return int("".join(str(digit[c]) for c in text))
_PERIOD_YEAR = re.compile(r"统计(?:期限|周期|时限|时间)[^。]{0,6}?((?:19|20)\d{2})年")

OPENING_LINES = 15  # the title is always among the first non-empty lines


@dataclass
class TitleSpan:
    title: str  # compacted: no spaces, no Markdown marks
    agency: str | None  # as printed
    year: int | None
    start: int  # char offsets in Document.text of the title's first and last line
    end: int


def _compact(line: str) -> str:
    line = line.strip().lstrip("#").strip().strip("*").strip()
    return re.sub(r"\s+", "", line)


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def find_title(text: str) -> TitleSpan | None:
    """The first window of 1–3 consecutive opening lines that reads as a report title."""
    lines = [item for item in _lines_with_offsets(text) if item[2].strip()][:OPENING_LINES]
    for i in range(len(lines)):
        for width in (1, 2, 3):
            window = lines[i : i + width]
            if len(window) < width or any("|" in w[2] for w in window):
                continue
            joined = "".join(_compact(w[2]) for w in window)
            if len(joined) > 80:
                break
            for pattern in _TITLE_PATTERNS:
                m = pattern.match(joined)
                if m:
                    agency = _once(m.groupdict().get("agency"))
                    if agency and re.search(r"报告|政府信息公开|\d", agency):
                        continue  # a page header and the title joined: not one name
                    return TitleSpan(joined, agency, year_number(m.group("year")), window[0][0], window[-1][1])
    return None


def _once(agency: str | None) -> str | None:
    """"桂林市秀峰区人民政府秀峰区人民政府" (a cover line, then the title naming the body again)
    → "桂林市秀峰区人民政府"."""
    if not agency:
        return agency
    for k in range(4, len(agency) - 3):
        head, tail = agency[:k], agency[k:]
        if head.endswith(tail) and re.fullmatch(_AGENCY, tail):
            return head
    return agency


def canonical_agency(printed: str) -> str:
    return KNOWN_NAMES.get(printed, printed)


def region_of(agency: str | None) -> str | None:
    """The place a body's name starts with (vocab.aliases: 洛阳市涧西区 for 洛阳市涧西区城市管理局,
    where a pattern alone read 洛阳市涧西区城市)."""
    return body_names.region_of(agency)


def read_metadata(doc: Document) -> ReportMeta:
    """Title, agency, year, region and aliases; None for what cannot be read.

    A report printed in traditional characters (澗西區人民政府辦公室…報告) is read through its
    simplified form; the body's name is then the simplified one, the printed one an alias."""
    meta = _read_metadata(doc)
    if meta.agency is None or meta.year is None or to_simplified(meta.agency) != meta.agency:
        simplified = to_simplified(doc.text)
        if simplified != doc.text:
            alt = _read_metadata(replace(doc, text=simplified))
            if alt.agency is not None:
                printed = _printed_form(alt.agency, doc.text, simplified)
                if printed and printed != alt.agency:
                    alt.aliases = [*alt.aliases, printed]
                return alt
            if meta.year is None:  # a year printed only in traditional characters (2021年度報告)
                meta.year = alt.year
    return meta


def _printed_form(name: str, original: str, simplified: str) -> str | None:
    """The name as printed in the original text (t2s keeps character positions here)."""
    i = simplified.find(name)
    if i < 0 or len(original) != len(simplified):
        return None
    return original[i : i + len(name)]


def _read_metadata(doc: Document) -> ReportMeta:
    span = find_title(doc.text)
    compact_text = re.sub(r"\s+", "", doc.text)
    title = span.title if span else _fallback_title(doc.text)
    year = span.year if span else None
    file_name = _compact(Path(doc.source).stem) if doc.source else ""
    if year is None:
        m = _PERIOD_YEAR.search(compact_text)
        year = int(m.group(1)) if m else None
    # the body: the title's, else the text's own statement of who wrote it (the "本报告由…编制"
    # sentence, the closing signature), else the file name's title; never the contact office
    printed = (span.agency if span else None) or _body_in_text(doc.text, compact_text) or _title_agency(file_name)
    if not printed or body_names.names_no_place(printed):
        # no body, or one named without its place (卫健局, 政府办): never a guessed body — the
        # report is stored flagged until staff set its identity (``identity_problems`` says why)
        return ReportMeta(title=title, agency=None, year=year)

    agency = canonical_agency(printed)
    aliases: list[str] = []
    if agency != printed:
        aliases.append(printed)
    # A title often omits the place above the body ("洪泽区人民政府", "城关镇人民政府") while the
    # text or the file name names it in full ("淮安市洪泽区人民政府"): the fuller printed name
    # identifies the body unambiguously.
    qualified = _qualified_name(agency, compact_text) or _qualified_name(agency, file_name)
    if qualified:
        aliases.append(agency)
        agency = qualified
    return ReportMeta(
        title=title,
        agency=agency,
        year=year,
        region=region_of(agency),
        aliases=[a for a in dict.fromkeys(aliases) if a != agency],
    )


def identity_problems(doc: Document, meta: ReportMeta) -> list[str]:
    """Why a report's identity (body, year) could not be established, for staff to read; [] when
    both are known. Such a report is stored with its facts but answers nothing until staff set
    them (python -m ingest set-identity ID --agency … --year …)."""
    out: list[str] = []
    if meta.agency is None:
        span = find_title(doc.text)
        file_name = _compact(Path(doc.source).stem) if doc.source else ""
        named = ((span.agency if span else None) or _body_in_text(doc.text, re.sub(r"\s+", "", doc.text))
                 or _title_agency(file_name))
        if named and body_names.names_no_place(named):
            out.append(f"identity: the report names its body only as “{named}”, without a place: which "
                       "body it is cannot be told")
        else:
            out.append("identity: no issuing body found (not in the title, the text's 本报告由… sentence, "
                       "a signature, nor the file name)")
    if meta.year is None:
        out.append("identity: no report year found (not in the title nor a 统计期限 sentence)")
    return out


_PLACE_END = ("省", "市", "州", "盟", "县", "区", "旗")


def _qualified_name(agency: str, compact_text: str) -> str | None:
    """'<place><agency>' printed in the text for a body whose printed name leaves out the place
    above it: a district or county without its city, a township or street without its county.

    Where the place name starts is a word-segmentation question ("本报告由淮安市洪泽区…"):
    jieba's dictionary knows place names, so the word just before the body is the place.
    """
    county = re.match(r"^([\u4e00-\u9fff]{1,7}?)(?:区|县|旗)", agency)
    township = re.match(r"^[\u4e00-\u9fff]{1,8}?(?:乡|镇|街道)", agency) is not None and not county
    if township:
        ends: tuple[str, ...] = ("县", "区", "市", "旗")
    elif county and not re.search(r"省|市|盟|自治州", county.group(1)):
        ends = ("市", "州", "盟")  # a district or county without its city ("秦州区" is one name)
    else:
        return None  # already carries its place (or is a city, province or department)
    found: list[str] = []
    for m in re.finditer(rf"(?<=[{''.join(ends)}]){re.escape(agency)}", compact_text):
        before = compact_text[max(0, m.start() - 12) : m.start()]
        place = _place_before(before)
        if place and len(place) >= 2 and place.endswith(ends) and place not in agency:
            found.append(place)
    if not found:
        return None
    # every mention votes; a longer place holds the votes of its own endings ("由于都县" reads
    # "由于/都县", "通过于都县" reads "于都县": 于都县 wins)
    best = max(set(found), key=lambda p: (sum(1 for q in found if p.endswith(q)), len(p)))
    return best + agency


_STATED_BY = re.compile(rf"本报告(?:由|是)?(?P<agency>{_AGENCY})(?:根据|依据|按照|依照)")
_DATE_LINE = re.compile(rf"^(?:(?:19|20)\d{{2}}|二[〇零○][{_CN_DIGITS}]{{2}})年[\d{_CN_DIGITS}十]{{1,2}}月[\d{_CN_DIGITS}十]{{1,3}}日$")


def _body_in_text(text: str, compact_text: str) -> str | None:
    """The body as the report states it: "本报告由<body>根据…编制", or the closing signature (a
    line that is only a body's name, followed by a date line)."""
    m = _STATED_BY.search(compact_text)
    if m and not m.group("agency").endswith(("办公室", "办公厅")):
        return m.group("agency")  # an office compiles its government's report: not evidence
    lines = [_compact(raw) for raw in text.splitlines() if raw.strip()]
    # at the end (the signature), or at the top (a cover or a Word page header, then the date)
    pairs = list(zip(lines[-15:], lines[-14:])) + list(zip(lines[:6], lines[1:7]))
    for name, nxt in pairs:
        if _DATE_LINE.match(nxt) and re.fullmatch(_AGENCY, name):
            return name
    return None


def _title_agency(name: str) -> str | None:
    """The body a file name states as a title ("泗洪县陈圩乡人民政府2020年度…报告", "…年报")."""
    name = re.sub(r"年报$", "年度报告", re.sub(r"政府信息公开年报$", "政府信息公开工作年度报告", name))
    for pattern in _TITLE_PATTERNS[:2]:
        m = pattern.match(name)
        if m:
            return m.group("agency")
    return None


def _place_before(text: str) -> str | None:
    """The place name that ends ``text``: jieba's last word, with a lone 区/县/市 joined to the
    word before it (jieba splits less common names: "洪泽" "区")."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    words = jieba.lcut(text, HMM=False)
    if len(words) >= 2 and words[-1] in _PLACE_END and re.fullmatch(r"[\u4e00-\u9fff]+", words[-2]):
        return words[-2] + words[-1]
    return words[-1] if words else None


def _fallback_title(text: str) -> str | None:
    for _, _, raw in _lines_with_offsets(text)[: OPENING_LINES * 3]:
        line = _compact(raw)
        if "|" not in line and ("年度报告" in line or "工作报告" in line) and len(line) <= 60:
            return line
    return None


# ----------------------------------------------------------------------------------------------
# sections


@dataclass(frozen=True)
class SectionSpec:
    number: int
    numeral: str
    canonical: str
    words: re.Pattern[str]


SECTION_SPECS = (
    SectionSpec(1, "一", "总体情况", re.compile(r"总体情况|基本情况|总体概述")),
    SectionSpec(2, "二", "主动公开政府信息情况", re.compile(r"主动公开政府信息")),
    SectionSpec(3, "三", "收到和处理政府信息公开申请情况", re.compile(r"收到和处理|处理政府信息公开申请")),
    SectionSpec(4, "四", "政府信息公开行政复议、行政诉讼情况", re.compile(r"行政复议|行政诉讼")),
    SectionSpec(5, "五", "存在的主要问题及改进情况", re.compile(r"存在的?主要问题|改进情况")),
    SectionSpec(6, "六", "其他需要报告的事项", re.compile(r"其他需要报告")),
)
_HEADING = re.compile(r"^(?P<numeral>[一二三四五六七八九十]{1,2})\s*[、.．，,]\s*(?P<title>\S.*)$")
_MAX_HEADING_CHARS = 40


@dataclass
class _Heading:
    number: int
    title: str
    line_start: int
    body_start: int  # first char after the heading line


def _find_headings(text: str) -> list[_Heading]:
    """Section headings in order; a numbered line counts only with its section's title words."""
    found: list[_Heading] = []
    last = 0
    for start, end, raw in _lines_with_offsets(text):
        line = raw.strip().lstrip("#").strip().strip("*").strip()
        if not line or "|" in line:
            continue
        m = _HEADING.match(line)
        if not m:
            continue
        title = re.sub(r"\s+", "", m.group("title")).rstrip("：:。")
        if len(title) > _MAX_HEADING_CHARS or re.search(r"\d\s*$", title):
            continue  # a table row label followed by numbers, or a sentence
        for spec in SECTION_SPECS[last:]:
            if spec.words.search(title):
                found.append(_Heading(spec.number, title, start, min(end + 1, len(text))))
                last = spec.number
                break
    return found


def split_sections(doc: Document) -> list[Section]:
    """Section 0 (before 一, omitted when blank) and the template sections found, in order.

    A report whose heading 一 stands above its title (the seed prints "一、总体情况", then the
    title twice) gets the title block as section 0 and section 1 starting after the title.
    """
    text = doc.text
    headings = _find_headings(text)
    if not headings:
        return [Section(number=0, title="", text=text, start=0)]
    sections: list[Section] = []
    first = headings[0]
    body_start_1 = first.body_start
    span = find_title(text)
    if (
        first.number == 1
        and span is not None
        and span.start >= first.line_start
        and not text[: first.line_start].strip()
        and not text[first.body_start : span.start].strip()
    ):
        title_end = min(span.end + 1, len(text))
        # the second printing of the title ("…工作报告") belongs to the title block as well
        after = find_title(text[title_end:])
        if after is not None and not text[title_end : title_end + after.start].strip():
            title_end = min(title_end + after.end + 1, len(text))
        sections.append(Section(0, "", text[first.body_start : title_end], first.body_start))
        body_start_1 = title_end
    elif text[: first.line_start].strip():
        sections.append(Section(0, "", text[: first.line_start], 0))
    for i, h in enumerate(headings):
        body_start = body_start_1 if i == 0 else h.body_start
        end = headings[i + 1].line_start if i + 1 < len(headings) else len(text)
        sections.append(Section(h.number, h.title, text[body_start:end], body_start))
    return _recover_lost_section_five(sections)


# a prose line about problems and improvements: the start of a section 五 whose heading was lost
_PROBLEMS_LINE = re.compile(r"^[^|\n]{0,20}(存在的主要问题|存在问题|主要问题|改进情况)[^|\n]*$", re.M)
_FIVE_TITLE = "存在的主要问题及改进情况"


def _recover_lost_section_five(sections: list[Section]) -> list[Section]:
    """Some text extractions lose the heading 五 (corpus 008): its text then trails section
    四's table. Where 五 is missing, 四 is followed directly by 六 (or ends the text), and a
    prose line after 四's last table row speaks of problems and improvements, section 五
    starts at that line."""
    numbers = [s.number for s in sections]
    if 5 in numbers or 4 not in numbers:
        return sections
    i = numbers.index(4)
    four = sections[i]
    lines = four.text.splitlines(keepends=True)
    last_table, offset = -1, 0
    starts = []
    for n, line in enumerate(lines):
        starts.append(offset)
        offset += len(line)
        if line.lstrip().startswith("|") or re.search(r"\d+\s+\d+\s+\d+", line):
            last_table = n
    for n in range(last_table + 1, len(lines)):
        if _PROBLEMS_LINE.match(lines[n].strip()):
            cut = starts[n]
            head = Section(4, four.title, four.text[:cut], four.start)
            five = Section(5, _FIVE_TITLE, four.text[cut:], four.start + cut)
            return sections[:i] + [head, five] + sections[i + 1 :]
    return sections


# ----------------------------------------------------------------------------------------------
# is it a report at all?

_TABLE_MARKERS = re.compile(
    r"本年新收政府信息公开申请数量|第二十条第[（(][一五六八][）)]项|上年结转政府信息公开申请数量"
)


def looks_like_report(doc: Document) -> bool:
    """True when the text has the annual-report title words or the template's headings/tables."""
    if find_title(doc.text) is not None:
        return True
    compact = re.sub(r"\s+", "", doc.text)
    if _TABLE_MARKERS.search(compact):
        return True
    numbers = {h.number for h in _find_headings(doc.text)}
    return len(numbers) >= 3 and "政府信息公开" in compact
