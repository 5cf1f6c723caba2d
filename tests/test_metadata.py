"""Agency, year, region and sections of every real report."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.loaders import load
from ingest.metadata import find_title, looks_like_report, read_metadata, split_sections
from vocab.records import Document
from tests.conftest import CORPUS, SEED

TEMPLATE_TITLES = [
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
]


def _manifest() -> list[dict[str, str]]:
    path = CORPUS / "manifest.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _doc(text: str) -> Document:
    return Document(source="mem", sha256="0" * 64, kind="txt", text=text)


@pytest.mark.parametrize("row", _manifest(), ids=lambda r: r["file"])
def test_agency_and_year_of_every_corpus_file(corpus: Path, row: dict[str, str]) -> None:
    doc = load(corpus / row["file"])
    meta = read_metadata(doc)
    expected_agency = None if row["agency"] == "-" else row["agency"]
    expected_year = None if row["year"] == "-" else int(row["year"])
    assert (meta.agency, meta.year) == (expected_agency, expected_year)
    assert looks_like_report(doc)


def test_manifest_covers_pdf_and_html(corpus: Path) -> None:
    files = {r["file"] for r in _manifest()}
    assert {"001_huaian_2024.pdf", "009_shanghai_bgt_2019.html", "seed_jianxi_2020.txt"} <= files


def test_gold_agency_agrees(corpus: Path) -> None:
    import json

    for gold in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(gold.read_text("utf-8"))
        for name in [g["file"], *g.get("also_valid_for", [])]:
            meta = read_metadata(load(corpus / name))
            assert (meta.agency, meta.year) == (g["agency"], g["year"]), name


@pytest.mark.parametrize(
    "name, region, aliases, title",
    [
        ("seed_jianxi_2020.txt", "涧西区", [], "涧西区人民政府办公室2020年政府信息公开工作年度报告"),
        ("004_hongzequ_2023.txt", "淮安市洪泽区", ["洪泽区人民政府"], "洪泽区人民政府2023年政府信息公开工作年度报告"),
        ("005_hongzequ_2024.txt", "淮安市洪泽区", [], None),
        ("006_shuyangxian_2025.txt", "沭阳县", ["沐阳县人民政府"], "沐阳县人民政府2025年政府信息公开工作年度报告"),
        ("001_huaian_2024.pdf", "淮安市", [], "淮安市人民政府2024年政府信息公开工作年度报告"),
        ("007_shkewei_2024.txt", "上海市", ["上海市科委"], "2024年上海市科委政府信息公开工作年度报告"),
        ("009_shanghai_bgt_2019.html", "上海市", [], None),
    ],
)
def test_region_aliases_title(corpus: Path, name: str, region: str, aliases: list[str], title: str | None) -> None:
    meta = read_metadata(load(corpus / name))
    assert meta.region == region
    assert meta.aliases == aliases
    if title:
        assert meta.title == title
    compact = "".join(load(corpus / name).text.split())
    for alias in meta.aliases:
        assert alias in compact  # only names really printed


def test_title_agency_wins_over_compiling_office(corpus: Path) -> None:
    """001 is compiled by 淮安市人民政府办公室 for 淮安市人民政府: the title's agency is kept."""
    doc = load(corpus / "001_huaian_2024_spaces.txt")
    assert "本报告由淮安市人民政府办公室" in doc.text
    assert read_metadata(doc).agency == "淮安市人民政府"


def test_title_shapes() -> None:
    assert find_title("# 某某县人民政府 2025 年 政府信息公开工作年度报告\n").agency == "某某县人民政府"
    span = find_title("正文\n2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n正文。")
    assert (span.agency, span.year) == ("上海市人民政府办公厅", 2025)
    assert find_title("一、总体情况\n\n某区人民政府2020年政府信息公开工作年度报告\n").agency == "某区人民政府"
    assert find_title("2020年，区政府信息公开工作坚持以党的十九大会议精神为指引。\n") is None


def test_unknown_agency_and_year_are_none() -> None:
    meta = read_metadata(_doc("会议纪要\n今天讨论了三件事。\n"))
    assert (meta.agency, meta.year, meta.region, meta.aliases) == (None, None, None, [])
    assert not looks_like_report(_doc("会议纪要\n今天讨论了三件事。\n一、总体情况\n很好。\n"))


def test_year_from_statistics_period_when_title_lacks_it() -> None:
    meta = read_metadata(_doc("政府信息公开工作年度报告\n本报告所列数据统计期限从2025年1月1日至2025年12月31日止。\n"))
    assert meta.year == 2025 and meta.agency is None


def test_looks_like_report_from_tables_only() -> None:
    text = "数据\n一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17\n"
    assert looks_like_report(_doc(text))


# ----------------------------------------------------------------------------------------------
# sections


def test_seed_has_exactly_six_sections_with_template_titles() -> None:
    doc = load(SEED)
    sections = split_sections(doc)
    numbered = [s for s in sections if s.number > 0]
    assert [s.number for s in numbered] == [1, 2, 3, 4, 5, 6]
    assert [s.title for s in numbered] == TEMPLATE_TITLES
    # the stray '一、总体情况' above the title: the title block is section 0, not section 1
    assert sections[0].number == 0 and "年度报告" in sections[0].text
    assert "年度报告" not in numbered[0].text and "工作报告" not in numbered[0].text
    # sub-points of 一 and row labels of table 三 do not start sections
    assert "二、积极推进重点领域信息公开" in numbered[0].text
    assert "三、加强政策解读，持续注重信息公开实效" in numbered[0].text
    assert "一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17" in numbered[2].text
    assert "四、结转下年度继续办理 2 0 0 0 0 0 2" in numbered[2].text
    assert numbered[5].text.strip() == "无"
    for s in sections:
        assert doc.text[s.start : s.start + len(s.text)] == s.text


@pytest.mark.parametrize(
    "name, numbers",
    [
        ("001_huaian_2024.pdf", [0, 1, 2, 3, 4, 5, 6]),
        ("001_huaian_2024_spaces.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("002_huaian_2024_lines.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("003_huaian_2024_pipes.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("004_hongzequ_2023.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("005_hongzequ_2024.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("006_shuyangxian_2025.txt", [0, 1, 2, 3, 4, 5, 6]),  # Markdown headings
        # free-form narrative, tables as appendix: its problems text after table 四 becomes 五
        ("007_shkewei_2024.txt", [0, 1, 2, 3, 4, 5, 6]),
        # heading 五 lost in conversion: recovered from the problems line after table 四
        ("008_shanghai_bgt_2025.txt", [0, 1, 2, 3, 4, 5, 6]),
        ("009_shanghai_bgt_2019.html", [0, 1, 2, 3, 4, 5, 6]),
        ("template_2021_blank.docx", [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_sections_of_corpus(corpus: Path, name: str, numbers: list[int]) -> None:
    doc = load(corpus / name)
    sections = split_sections(doc)
    assert [s.number for s in sections] == numbers
    starts = [s.start for s in sections]
    assert starts == sorted(starts)
    for s in sections:
        assert doc.text[s.start : s.start + len(s.text)] == s.text
    by_number = {s.number: s for s in sections}
    assert "总体情况" in by_number[1].title
    if 3 in by_number:
        assert "申请" in by_number[3].title
    if 4 in by_number:
        assert "行政复议" in by_number[4].title or "行政诉讼" in by_number[4].title


def test_section_4_title_variant() -> None:
    text = (
        "一、总体情况\n正文。\n二、主动公开政府信息情况\n表。\n三、收到和处理政府信息公开申请情况\n表。\n"
        "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n表。\n"
        "五、政府信息公开工作存在的主要问题及改进情况\n问题。\n六、其他需要报告的事项\n无。\n"
    )
    sections = split_sections(_doc(text))
    assert [s.number for s in sections] == [1, 2, 3, 4, 5, 6]
    assert sections[3].title == "因政府信息公开工作被申请行政复议和提起行政诉讼情况"


def test_markdown_and_pipe_lines_do_not_confuse_sections() -> None:
    text = (
        "# 某县人民政府2024年政府信息公开工作年度报告\n## 一、总体情况\n正文。\n"
        "| 二、主动公开政府信息情况 | 1 |\n"
        "## 二、主动公开政府信息情况\n| 规章 | 0 |\n"
        "### 三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | 3 |\n"
    )
    sections = split_sections(_doc(text))
    assert [s.number for s in sections] == [0, 1, 2, 3]
    assert sections[2].text.startswith("| 规章")


def test_no_headings_gives_one_section() -> None:
    sections = split_sections(_doc("一段没有标题的文字。\n第二行。\n"))
    assert [(s.number, s.start) for s in sections] == [(0, 0)]
