"""Prose chunks: section-aware, never inside a number, sized, with metadata, without table rows."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import chunk_report, is_table_line, section_prose
from ingest.loaders import load
from ingest.metadata import read_metadata, split_sections
from vocab.records import Chunk, Document, ReportMeta, Section
from tests.conftest import SEED

CHROMA_TYPES = (str, int, float, bool)
REQUIRED = {"report_id", "section", "section_title", "source", "position", "char_start", "kind"}


def _chunks(doc: Document, **kwargs) -> list[Chunk]:
    return chunk_report(doc, read_metadata(doc), split_sections(doc), **kwargs)


def _corpus_docs(corpus: Path) -> list[Document]:
    names = sorted(p for p in corpus.iterdir() if p.suffix in {".txt", ".pdf", ".html", ".docx"})
    return [load(p) for p in names]


def _assert_boundaries_clean(chunks: list[Chunk], doc: Document, sections: list[Section]) -> None:
    """Every chunk is a piece of its own section's prose, cut between characters that are not
    both digits (or digit and decimal point)."""
    prose = {s.number: section_prose(doc, s) for s in sections}
    for c in chunks:
        text = prose[c.metadata["section"]]
        at = text.find(c.text)
        assert at >= 0, c.text[:40]
        before = text[at - 1] if at > 0 else ""
        after = text[at + len(c.text)] if at + len(c.text) < len(text) else ""
        assert not (before.isdigit() and c.text[0] in "0123456789."), c.text[:20]
        assert not (c.text[-1] in "0123456789." and after.isdigit()), c.text[-20:]


def test_seed_chunks_metadata_and_prose() -> None:
    doc = load(SEED)
    meta = read_metadata(doc)
    sections = split_sections(doc)
    chunks = chunk_report(doc, meta, sections)
    assert len(chunks) >= 5
    assert [c.metadata["position"] for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        md = c.metadata
        assert REQUIRED <= md.keys()
        assert all(isinstance(v, CHROMA_TYPES) for v in md.values()), md
        assert md["report_id"] == doc.sha256 and md["source"] == doc.source
        assert md["agency"] == "涧西区人民政府办公室" and md["year"] == 2020
        assert "page" not in md  # a text file has no pages; None is never stored
        section = next(s for s in sections if s.number == md["section"])
        assert md["section_title"] == section.title
        assert section.start <= md["char_start"] < section.start + len(section.text)
        # the chunk starts where char_start points (modulo whitespace)
        head = re.sub(r"\s+", "", doc.text[md["char_start"] : md["char_start"] + 40])
        assert head.startswith(re.sub(r"\s+", "", c.text)[:8])
    everything = "\n".join(c.text for c in chunks)
    assert "全年共收到依申请公开17件，办结15件，在办2件，办结率88.2%。" in everything
    assert "二、积极推进重点领域信息公开" in everything
    _assert_boundaries_clean(chunks, doc, sections)


def test_table_rows_and_labels_are_dropped() -> None:
    doc = load(SEED)
    everything = "\n".join(c.text for c in _chunks(doc))
    for fragment in (
        "17 0 0 0 0 0 17",
        "规范性文件 2 2 2",
        "1.属于国家秘密",
        "信息内容",
        "本年新制作数量",
        "结果维持",
        "商业企业",
        "勾稽关系",
        "政府集中采购",
        "1 0 0 0 1",
    ):
        assert fragment not in everything, fragment
    assert {c.metadata["section"] for c in _chunks(doc)} == {0, 1, 5, 6}


@pytest.mark.parametrize(
    "line, in_table_section, expected",
    [
        ("| 规章 | 0 | 0 | 0 |", False, True),
        ("|---|---|", False, True),
        ("规章 0 0 0", False, True),
        ("一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17", False, True),
        ("3119", False, True),
        ("- 4 -", False, True),
        ("— 7 —", False, True),
        ("（三）不予公开", True, True),
        ("社会公益", True, True),
        ("法人或其他组织", True, True),
        ("（三）不予公开", False, False),  # outside tables 二–四 a short line is prose
        ("报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。", False, False),
        ("注：行政复议、行政诉讼数量含上年度结转数量。", True, False),
        ("2024 年市科委有 1 件涉及政府信息公开工作的行政复", True, False),
    ],
)
def test_is_table_line(line: str, in_table_section: bool, expected: bool) -> None:
    assert is_table_line(line, in_table_section) is expected


def test_corpus_chunks(corpus: Path) -> None:
    for doc in _corpus_docs(corpus):
        meta = read_metadata(doc)
        sections = split_sections(doc)
        chunks = chunk_report(doc, meta, sections)
        assert chunks, doc.source
        for c in chunks:
            assert len(c.text) <= 400 + 20, (doc.source, len(c.text))
            assert "|" not in c.text, (doc.source, c.text[:60])
            assert all(isinstance(v, CHROMA_TYPES) for v in c.metadata.values())
            assert not re.search(r"(?m)^\s*[-—]\s*\d+\s*[-—]\s*$", c.text)  # page numbers
            for line in c.text.splitlines():
                assert not is_table_line(line, c.metadata["section"] in {2, 3, 4}), (doc.source, line)
        _assert_boundaries_clean(chunks, doc, sections)


def test_pdf_chunks_carry_pages_and_joined_lines(corpus: Path) -> None:
    doc = load(corpus / "001_huaian_2024.pdf")
    chunks = _chunks(doc)
    assert all(1 <= c.metadata["page"] <= 6 for c in chunks)
    fee = next(c for c in chunks if "3940元" in c.text)
    assert fee.metadata["page"] == 6 and fee.metadata["section"] == 6
    everything = "\n".join(c.text for c in chunks)
    # a sentence broken over a page ("一流\n- 1 -\n营商环境") is joined, spaces around numbers gone
    assert "“建设‘四最’一流营商环境高质量推进产业发展”" in everything
    assert "全市共受理政府信息公开申请3119件，答复3050件" in everything
    assert "还有一些需要加强和改进的地方。" in everything
    assert "0517-83605210" in everything and "hazwgkc@163.com" in everything


def test_prose_inside_table_sections_is_kept(corpus: Path) -> None:
    doc = load(corpus / "008_shanghai_bgt_2025.txt")
    chunks = _chunks(doc)
    four = "\n".join(c.text for c in chunks if c.metadata["section"] == 4)
    assert "注：行政复议、行政诉讼数量含上年度结转数量。" in four
    assert "1259" not in four and "维持纠正结果审结" not in four
    # the lost heading 五: the problems text after table 四 is section 五
    five = "\n".join(c.text for c in chunks if c.metadata["section"] == 5)
    assert "针对2024年工作中存在的主要问题，重点采取如下改进措施。" in five


def test_chunks_never_span_sections(corpus: Path) -> None:
    doc = load(corpus / "009_shanghai_bgt_2019.html")
    sections = split_sections(doc)
    chunks = _chunks(doc)
    bounds = {s.number: (s.start, s.start + len(s.text)) for s in sections}
    for c in chunks:
        lo, hi = bounds[c.metadata["section"]]
        assert lo <= c.metadata["char_start"] < hi
    titles = {c.metadata["section"]: c.metadata["section_title"] for c in chunks}
    assert titles[5] == "政府信息公开工作存在的主要问题及改进情况"


def test_overlap_and_size_parameters() -> None:
    doc = load(SEED)
    small = _chunks(doc, chunk_size=120, overlap=30)
    assert max(len(c.text) for c in small) <= 120 + 10
    assert len(small) > len(_chunks(doc))
    # consecutive chunks of one section share text (overlap)
    shared = 0
    for a, b in zip(small, small[1:]):
        if a.metadata["section"] == b.metadata["section"] and b.metadata["char_start"] < a.metadata["char_start"] + len(a.text):
            shared += 1
    assert shared > 0


def test_report_without_agency_or_pages_omits_keys() -> None:
    doc = Document(source="x.txt", sha256="f" * 64, kind="txt", text="随便一段话。\n" * 3)
    chunks = chunk_report(doc, ReportMeta(title=None, agency=None, year=None), split_sections(doc))
    assert chunks and "agency" not in chunks[0].metadata and "year" not in chunks[0].metadata
    assert "page" not in chunks[0].metadata


_sentence = st.builds(
    lambda words, num, unit: f"{words}{num}{unit}",
    st.text(alphabet="政府信息公开申请办理答复全年共收到件", min_size=1, max_size=30),
    st.one_of(st.integers(0, 10**9).map(str), st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.4f}")),
    st.sampled_from(["件，", "条。", "万元；", "人、", "个 ", "次"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=60), st.integers(30, 120))
def test_numbers_are_never_split(sentences: list[str], size: int) -> None:
    text = "一、总体情况\n" + "".join(sentences) + "\n"
    doc = Document(source="h.txt", sha256="a" * 64, kind="txt", text=text)
    sections = split_sections(doc)
    chunks = chunk_report(doc, ReportMeta(None, None, None), sections, chunk_size=size, overlap=size // 4)
    numbers_in_text = set(re.findall(r"\d+(?:\.\d+)?", text))
    for c in chunks:
        for n in re.findall(r"\d+(?:\.\d+)?", c.text):
            assert n in numbers_in_text
    _assert_boundaries_clean(chunks, doc, sections)
