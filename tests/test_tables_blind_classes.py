"""The last classes of cells the blind generator's reports left missing (issue 10), read by the
real parser (``ingest.tables``) from the text those reports print — and, next to each, the
neighbouring case that must stay a warning (a cell that cannot be read is never a number).
"""
from __future__ import annotations

from ingest import tables as T

APPEALS_HEAD = """| 行政复议 |  |  |  |  | 行政诉讼 |
|
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |
|
|  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
|
"""


def _appeals(row: str) -> T._Out:
    out = T._Out()
    T._parse_appeals(T.split_lines(APPEALS_HEAD + row + "\n|\n"), out)
    return out


def test_table_four_row_with_its_empty_last_cells_cut_off():
    """Converted PDFs drop a row's empty trailing cells: "|  |  |  | 1 | 1 | |" is the one row of
    table 四 with 6 of its 15 cells; read from the left its groups add up (0+0+0+1 = 1)."""
    out = _appeals("|  |  |  | 1 | 1 | ")
    got = {k: (f.raw, f.value) for k, f in out.facts.items()}
    assert got["appeals.review.pending"] == ("1", 1) and got["appeals.review.total"] == ("1", 1)
    assert got["appeals.review.upheld"] == ("", 0)
    assert all(got[k] == ("", 0) for k in T.appeal_keys()[5:])  # cut off: blank, never a number
    assert len(got) == 15 and any("cut off" in w for w in out.warnings)


def test_table_four_short_row_that_does_not_add_up_is_not_read():
    out = _appeals("| 1 | 1 | 1 | 1 | 1 | 1 | 1")  # from the left 1+1+1+1 ≠ 1: columns unknown
    assert out.facts == {} and any("does not fit" in w for w in out.warnings)
    out = _appeals("|  |  |  | 1 | 1 | \n|\n| 0 | 0 | 0 | 0 | 0")  # not the table's only row
    assert "appeals.litigation_direct.total" not in out.facts


def test_label_printed_with_one_character_slipped():
    assert T.request_row_of(T.norm("3.要求提供公开出版勿")) == "not_processed.publication"
    assert T.request_row_of(T.norm("1.本机关不掌据相关政府信息")) == "unable.not_held"
    assert T.request_row_of(T.norm("3.要求提供公开岀版勿")) is None  # two slips: not this row
    assert T.request_row_of(T.norm("3.其他情况说明")) is None


def test_note_wrapped_across_a_page_footer():
    text = ("  行政规范性文件    4（其中修订3件） 1（含自然失效1 5\n—1—\n\n                                件）\n")
    joined = T._join_cut_notes(text.splitlines())
    assert "1（含自然失效1件）" in joined[0] and joined[3].strip() == ""
    # a footer and then an ordinary line: nothing is joined
    assert T._join_cut_notes(["规章 1（含自然失效1 5", "—1—", "第二十条"])[0] == "规章 1（含自然失效1 5"


ACTIVE_BLANK_2019 = """第二十条第（一）项
信息内容 本年新制作数量 本年新公开数量 对外公开总数量
规章
规范性文件
第二十条第（五）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政许可
其他对外管理服务事项
第二十条第（六）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政处罚
行政强制
{lone}
第二十条第（八）项
信息内容 上一年项目数量 本年增/减
行政事业性收费
"""


def test_blank_table_two_with_a_lone_number_among_its_rows():
    """Every row blank but the one right before the lone "1" (a page number, or that row's one
    value in a column nobody can tell): that row stays a warning."""
    out = T._Out()
    assert not T._active_readable(T.split_lines(ACTIVE_BLANK_2019.format(lone="1")), "2019", out)
    got = {k: f.raw for k, f in out.facts.items()}
    assert got["active.regulations.made"] == "" and got["active.fees.change"] == "" and got["active.punishment.decisions"] == ""
    assert not any(k.startswith("active.coercion.") for k in got)
    assert any("行政强制" in w and "not read" in w for w in out.warnings)
    # two lone numbers, or a number with its label: the table is read as printed, not blank
    for lone in ("1\n2", "行政强制 1 2 3"):
        out = T._Out()
        assert T._active_readable(T.split_lines(ACTIVE_BLANK_2019.format(lone=lone)), "2019", out)


def _requests_text(rows_zh: list[str]) -> str:
    return "三、收到和处理政府信息公开申请情况\n" + "\n".join(rows_zh) + "\n"


def test_blank_table_three_with_labels_wrapped_over_lines():
    """Table 三 printed without a number (PDF text drops blank cells), its long （六） labels
    wrapped over three lines: still every template row is printed, so every cell is blank —
    and a table with one row of values is not taken for blank."""
    from vocab.keys import REQUEST_COLUMNS, request_rows, row_zh

    labels = [row_zh(r) for r in request_rows("2021")]
    wrapped = []
    for lab in labels:
        if len(lab) > 20:  # "1、申请人无正当理由逾期不" / "补正、行政机关…" / "府信息公开申请"
            wrapped += [lab[:12], lab[12:24], lab[24:]]
        else:
            wrapped.append(lab)
    out = T._Out()
    T._parse_requests(T.split_lines(_requests_text(wrapped)), out)
    got = {k: f.raw for k, f in out.facts.items()}
    assert len(got) == len(labels) * len(REQUEST_COLUMNS) and set(got.values()) == {""}
    assert any("printed without any number" in w for w in out.warnings)
    with_values = list(wrapped)
    with_values[0] += " 1 2 3 4 5 6 21"
    out = T._Out()
    T._parse_requests(T.split_lines(_requests_text(with_values)), out)
    assert not any("printed without any number" in w for w in out.warnings)


def test_pipe_rows_trimmed_blank_without_their_outer_pipe():
    """A blank row rendered as "一、本年新收… | " beside rows with a leading empty cell: with no
    number on it, its cells are blank; a row with a number and the same odd shape stays a warning."""
    head = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 | \n"
            " |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计\n")
    out = T._Out()
    T._parse_requests(T.split_lines(head + "一、本年新收政府信息公开申请数量 | \n"
                                    " | （一）予以公开 | \n"), out)
    assert out.facts["requests.received.total"].raw == "" and out.facts["requests.granted.natural_person"].raw == ""
    out = T._Out()
    T._parse_requests(T.split_lines(head + "一、本年新收政府信息公开申请数量 | 5 | \n"
                                    " | （一）予以公开 | \n"), out)
    assert "requests.received.total" not in out.facts


def test_blank_table_four_followed_by_its_summary_sentence():
    """Table 四 printed as headers only, then the sentence "全年发生…行政复议 0 件、行政诉讼 0 件。":
    the sentence is prose (counted in 件), so the table is blank; a row of values is not prose."""
    head = ("行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
            "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n")
    assert T._headers_only(T.split_lines(head + "全年发生政府信息公开行政复议 0 件、行政诉讼 0 \n件。\n"))
    assert not T._headers_only(T.split_lines(head + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"))
