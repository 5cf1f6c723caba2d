"""Prose chunks of a report for the vector store: section-aware, sentence-aware, no table rows.

Why drop tables here: a row of digits embeds as noise and would let the retriever "answer" a
number from the wrong cell. Tables are read exactly by ingest.tables, and another module adds
one readable summary chunk per table from the parsed facts. What stays is prose, including the
real sentences some reports print inside sections 二–四.

Why normalize: PDF text breaks lines mid-sentence ("…还有一些需要加强和改进的\\n地方。") and
puts spaces around numbers ("2024 年"); joined lines read better and embed better. Every chunk
keeps the offset in Document.text where it starts, so a citation can point back to the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from vocab.records import Chunk, Document, ReportMeta, Section

TABLE_SECTIONS = {2, 3, 4}
SEPARATORS = ["\n", "。", "！", "？", "；", "，", "、", " "]  # never "": no cut inside a number

_SENTENCE_END = "。！？；"
_PARAGRAPH_END = "。！？；"
_PAGE_NUMBER = re.compile(r"^[-—–－_\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?[-—–－_\s]*$")
_ONLY_NUMBERS = re.compile(r"^[\d\s.,，、%％/\\\-—–~～()（）:：]*$")
_NUMBER_TOKEN = re.compile(r"^[-—–]?\d[\d,.]*%?$|^[-—–/]$|^不适用$")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")

# Header and row-label words of the template's tables 二, 三 and 四: a line made only of these
# (plus ordinals and numbers) is a table fragment, not prose.
TEMPLATE_LABELS = sorted(
    """
第二十条 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 本年制发件数 本年废止件数 现行有效件数
行政规范性文件 规范性文件 规章 上一年项目数量 本年增/减 本年增减 处理决定数量 本年处理决定数量 行政许可
其他对外管理服务事项 行政处罚 行政强制 行政事业性收费 本年收费金额 单位 万元 保留4位小数 采购项目数量
采购总金额 政府集中采购 本列数据的勾稽关系为 第一项加第二项之和 等于第三项加第四项之和 申请人情况 自然人
法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计 本年新收政府信息公开申请数量
上年结转政府信息公开申请数量 本年度办理结果 予以公开 部分公开 区分处理的 只计这一情形 不计其他情形
不予公开 属于国家秘密 其他法律行政法规禁止公开 危及“三安全一稳定” 危及三安全一稳定 保护第三方合法权益
属于三类内部事务信息 属于四类过程性信息 属于行政执法案卷 属于行政查询事项 无法提供 本机关不掌握相关政府信息
没有现成信息需要另行制作 补正后申请内容仍不明确 不予处理 信访举报投诉类申请 重复申请 要求提供公开出版物
无正当理由大量反复申请 要求行政机关确认或重新出具已获取信息 其他处理 申请人无正当理由逾期不补正
行政机关不再处理其政府信息公开申请 申请人逾期未按收费通知要求缴纳费用 结转下年度继续办理 行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 未经复议直接起诉 复议后起诉 维持 纠正 结果 审结 主动公开政府信息情况
收到和处理政府信息公开申请情况 政府信息公开行政复议、行政诉讼情况 表一 表二 表三 表四
""".split(),
    key=len,
    reverse=True,
)
_LABELS = re.compile("|".join(re.escape(w) for w in TEMPLATE_LABELS))
_ORDINALS = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]|第[（(]?[一二三四五六七八九十]+[）)]?项")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class _Paragraph:
    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # Document.text offset of each char

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def add(self, text: str, offset: int) -> None:
        """Append one line's text: whitespace collapsed, kept only between two ASCII letters/digits."""
        for i, ch in enumerate(text):
            if ch.isspace():
                ch = " "
                if not self.chars or self.chars[-1] == " ":
                    continue
            elif self.chars and self.chars[-1] == " ":
                prev = self.chars[-2] if len(self.chars) > 1 else ""
                if not (_ASCII_ALNUM.match(prev) and _ASCII_ALNUM.match(ch)):
                    self.chars.pop()
                    self.offsets.pop()
            self.chars.append(ch)
            self.offsets.append(offset + i)

    def strip(self) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()


# ----------------------------------------------------------------------------------------------
# which lines are prose


def _clean_line(line: str) -> str:
    """Strip Markdown heading and emphasis marks; the words stay."""
    line = line.strip()
    line = re.sub(r"^#{1,6}\s*", "", line)
    line = line.replace("**", "").replace("__", "")
    return line.strip()


def is_table_line(line: str, in_table_section: bool) -> bool:
    """A line that belongs to a table (or page furniture), not to prose."""
    if "|" in line or "｜" in line:
        return True
    if _PAGE_NUMBER.match(line) or _ONLY_NUMBERS.match(line):
        return True
    if not any(p in line for p in _SENTENCE_END):
        tokens = line.split()
        trailing = 0
        for tok in reversed(tokens):
            if not _NUMBER_TOKEN.match(tok):
                break
            trailing += 1
        if trailing >= 3:  # "规章 0 0 0", "一、本年新收…数量 17 0 0 0 0 0 17"
            return True
    if in_table_section and not any(p in line for p in _SENTENCE_END):
        return len(_CJK_CHAR.findall(label_residue(line))) < 6
    return False


def label_residue(line: str) -> str:
    """What is left of a line after removing template labels, ordinals and numbers."""
    rest = _LABELS.sub("", re.sub(r"\s+", "", line))
    return _ORDINALS.sub("", rest)


def _wrap_width(text: str) -> int:
    """Typical length of a hard-wrapped line (PDF text): shorter lines end a paragraph."""
    lengths = sorted(len(re.sub(r"\s+", "", ln)) for ln in text.split("\n") if len(ln.strip()) >= 8)
    if not lengths:
        return 0
    return lengths[int(len(lengths) * 0.75)]


def section_paragraphs(doc: Document, section: Section, wrap: int | None = None) -> list[_Paragraph]:
    """The section's prose as paragraphs, hard line breaks joined, table lines dropped."""
    if wrap is None:
        wrap = _wrap_width(doc.text)
    in_tables = section.number in TABLE_SECTIONS
    paragraphs: list[_Paragraph] = []
    current = _Paragraph()

    def close() -> None:
        nonlocal current
        current.strip()
        if current.chars:
            paragraphs.append(current)
        current = _Paragraph()

    pos = section.start
    for raw in section.text.split("\n"):
        line_offset = pos
        pos += len(raw) + 1
        line = _clean_line(raw)
        if line and _PAGE_NUMBER.match(line):
            continue  # page furniture inside a sentence that runs on to the next page
        if not line or is_table_line(line, in_tables):
            close()
            continue
        start = raw.find(line)
        start = line_offset + (start if start >= 0 else len(raw) - len(raw.lstrip()))
        if current.chars and _ASCII_ALNUM.match(current.chars[-1]) and _ASCII_ALNUM.match(line[0]):
            current.add(" ", start)
        current.add(line, start)
        compact_len = len(re.sub(r"\s+", "", line))
        if line[-1] in _PARAGRAPH_END or compact_len < 0.8 * wrap:
            close()
    close()
    if in_tables:
        paragraphs = [p for p in paragraphs if any(c in _SENTENCE_END for c in p.chars)]
    return paragraphs


def section_prose(doc: Document, section: Section) -> str:
    """The text chunks of this section are cut from: its paragraphs, one a line."""
    return "\n".join(p.text for p in section_paragraphs(doc, section))


# ----------------------------------------------------------------------------------------------
# chunks


@lru_cache(maxsize=8)
def _splitter(chunk_size: int, overlap: int):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        keep_separator="end",
        chunk_size=chunk_size,
        chunk_overlap=overlap,
        strip_whitespace=True,
    )


def chunk_report(
    doc: Document,
    meta: ReportMeta,
    sections: list[Section],
    chunk_size: int = 400,
    overlap: int = 80,
) -> list[Chunk]:
    """Chunks of a few hundred characters, never across sections, never inside a number."""
    splitter = _splitter(chunk_size, overlap)
    wrap = _wrap_width(doc.text)
    chunks: list[Chunk] = []
    for section in sections:
        paragraphs = section_paragraphs(doc, section, wrap)
        if not paragraphs:
            continue
        prose = "\n".join(p.text for p in paragraphs)
        offsets: list[int] = []
        for i, p in enumerate(paragraphs):
            offsets.extend(p.offsets)
            if i + 1 < len(paragraphs):
                offsets.append(p.offsets[-1] + 1)  # the joining "\n"
        cursor = 0
        for piece in splitter.split_text(prose):
            at = prose.find(piece, cursor)
            if at < 0:
                at = prose.find(piece)
            cursor = max(at, 0) + 1
            char_start = offsets[at] if at >= 0 else section.start
            metadata: dict[str, str | int | float | bool] = {
                "report_id": doc.sha256,
                "section": section.number,
                "section_title": section.title,
                "source": doc.source,
                "position": len(chunks),
                "char_start": char_start,
                "kind": "prose",  # table summary chunks (ingest.pipeline) say "table"
            }
            if meta.agency:
                metadata["agency"] = meta.agency
            if meta.year is not None:
                metadata["year"] = meta.year
            page = doc.page_at(char_start)
            if page is not None:
                metadata["page"] = page
            chunks.append(Chunk(text=piece, metadata=metadata))
    return chunks
