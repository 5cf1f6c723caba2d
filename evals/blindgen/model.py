"""A small document model: blocks (title, headings, paragraphs, tables ...) and table grids
with merged cells.  Every renderer (text shapes, HTML, DOCX, PDF) works from this model."""
from __future__ import annotations

from .facts import APPLICANT_COLS, COLS


class Cell:
    __slots__ = ("text", "key", "kind", "rs", "cs", "r", "c")

    def __init__(self, text, key=None, kind="data", rs=1, cs=1):
        self.text = text
        self.key = key
        self.kind = kind      # head | label | data | section | note
        self.rs = rs
        self.cs = cs
        self.r = self.c = 0

    def __repr__(self):
        return f"Cell({self.text!r},{self.key},{self.kind},{self.rs}x{self.cs})"


class Table:
    def __init__(self, tid, ncols, header_rows=0):
        self.tid = tid
        self.ncols = ncols
        self.grid = []          # rows of Cell | ("cov", Cell) | None
        self.header_rows = header_rows
        self.caption = None     # optional text printed just before (split tables)

    def ensure(self, r):
        while len(self.grid) <= r:
            self.grid.append([None] * self.ncols)

    def put(self, r, c, cell):
        self.ensure(r + cell.rs - 1)
        cell.r, cell.c = r, c
        for i in range(r, r + cell.rs):
            for j in range(c, c + cell.cs):
                self.grid[i][j] = ("cov", cell)
        self.grid[r][c] = cell
        return cell

    def nrows(self):
        return len(self.grid)

    def origin(self, r, c):
        x = self.grid[r][c]
        if x is None:
            return None
        if isinstance(x, tuple):
            return x[1]
        return x

    def is_origin(self, r, c):
        return isinstance(self.grid[r][c], Cell)

    def cells(self):
        for row in self.grid:
            for x in row:
                if isinstance(x, Cell):
                    yield x

    def map_text(self, fn):
        for cell in self.cells():
            if cell.kind != "data":
                cell.text = fn(cell.text)
            else:
                cell.text = fn(cell.text)

    def row_origin_cells(self, r):
        return [x for x in self.grid[r] if isinstance(x, Cell)]


class Block:
    __slots__ = ("kind", "text", "lines", "table", "meta")

    def __init__(self, kind, text=None, lines=None, table=None, meta=None):
        self.kind = kind      # title | h1 | h2 | p | table | sign | meta | pagebreak | cover | caption | note
        self.text = text
        self.lines = lines
        self.table = table
        self.meta = meta or {}


# --------------------------------------------------------------------------- labels
REQ_LABELS = {
    "received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld.state_secret": "1.属于国家秘密",
    "withheld.prohibited_by_law": "2.其他法律行政法规禁止公开",
    "withheld.security_stability": "3.危及“三安全一稳定”",
    "withheld.third_party": "4.保护第三方合法权益",
    "withheld.internal_affairs": "5.属于三类内部事务信息",
    "withheld.process_info": "6.属于四类过程性信息",
    "withheld.enforcement_files": "7.属于行政执法案卷",
    "withheld.admin_query": "8.属于行政查询事项",
    "unable.not_held": "1.本机关不掌握相关政府信息",
    "unable.needs_creation": "2.没有现成信息需要另行制作",
    "unable.unclear": "3.补正后申请内容仍不明确",
    "not_processed.petition": "1.信访举报投诉类申请",
    "not_processed.duplicate": "2.重复申请",
    "not_processed.publication": "3.要求提供公开出版物",
    "not_processed.excessive": "4.无正当理由大量反复申请",
    "not_processed.reconfirm": "5.要求行政机关确认或重新出具已获取信息",
    "other": "（六）其他处理",
    "other.overdue_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other.overdue_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other.other": "3.其他",
    "total_processed": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
GROUP_LABELS = {"withheld": "（三）不予公开", "unable": "（四）无法提供", "not_processed": "（五）不予处理",
                "other": "（六）其他处理"}
RESULT_LABEL = "三、本年度办理结果"
NOTE_LABEL = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
COL_LABELS = {"natural_person": "自然人", "commercial": "商业企业", "research": "科研机构",
              "public_interest": "社会公益组织", "legal_services": "法律服务机构", "other_org": "其他", "total": "总计"}
COL_LABELS_BROKEN = {"commercial": "商业\n企业", "research": "科研\n机构", "public_interest": "社会公益\n组织",
                     "legal_services": "法律服务\n机构", "other_org": "其他"}


def _numfix(label, style):
    if style.get("num_sep") and label[:1].isdigit() and label[1:2] == ".":
        return label[0] + style["num_sep"] + label[2:]
    return label


def build_requests_table(printed, other_rows, style):
    """Table 三: 3 label columns + 7 applicant columns, 3 header rows."""
    t = Table("requests", 10, header_rows=3)
    brk = style.get("header_breaks", False)
    t.put(0, 0, Cell(NOTE_LABEL, kind="head", rs=3, cs=3))
    t.put(0, 3, Cell("申请人情况", kind="head", cs=7))
    t.put(1, 3, Cell("自然人", kind="head", rs=2))
    t.put(1, 4, Cell("法人或其他组织", kind="head", cs=5))
    t.put(1, 9, Cell("总计", kind="head", rs=2))
    for j, c in enumerate(["commercial", "research", "public_interest", "legal_services", "other_org"]):
        t.put(2, 4 + j, Cell((COL_LABELS_BROKEN if brk else COL_LABELS)[c], kind="head"))
    r = 3

    def values(row, rr):
        for j, c in enumerate(COLS):
            k = f"requests.{row}.{c}"
            t.put(rr, 3 + j, Cell(printed[k], key=k, kind="data"))

    t.put(r, 0, Cell(REQ_LABELS["received"], kind="label", cs=3)); values("received", r); r += 1
    t.put(r, 0, Cell(REQ_LABELS["carried_over"], kind="label", cs=3)); values("carried_over", r); r += 1
    nres = 2 + 8 + 3 + 5 + (1 if other_rows == 1 else 3) + 1
    t.put(r, 0, Cell(RESULT_LABEL, kind="label", rs=nres))
    for row in ("granted", "partially_granted"):
        t.put(r, 1, Cell(REQ_LABELS[row], kind="label", cs=2)); values(row, r); r += 1
    groups = [("withheld", [x for x in REQ_LABELS if x.startswith("withheld.")]),
              ("unable", [x for x in REQ_LABELS if x.startswith("unable.")]),
              ("not_processed", [x for x in REQ_LABELS if x.startswith("not_processed.")])]
    if other_rows == 3:
        groups.append(("other", ["other.overdue_correction", "other.overdue_fee", "other.other"]))
    for g, rows in groups:
        t.put(r, 1, Cell(GROUP_LABELS[g], kind="label", rs=len(rows)))
        for row in rows:
            lab = REQ_LABELS[row]
            if g == "other" and style.get("other_num_sep"):
                lab = lab[0] + style["other_num_sep"] + lab[2:]
            t.put(r, 2, Cell(_numfix(lab, style), kind="label")); values(row, r); r += 1
        if g == "not_processed" and other_rows == 1:
            t.put(r, 1, Cell(REQ_LABELS["other"], kind="label", cs=2)); values("other", r); r += 1
    t.put(r, 1, Cell(REQ_LABELS["total_processed"], kind="label", cs=2)); values("total_processed", r); r += 1
    t.put(r, 0, Cell(REQ_LABELS["carried_forward"], kind="label", cs=3)); values("carried_forward", r); r += 1
    return t


def build_appeals_table(printed, style):
    t = Table("appeals", 15, header_rows=3)
    t.put(0, 0, Cell("行政复议", kind="head", cs=5))
    t.put(0, 5, Cell("行政诉讼", kind="head", cs=10))
    outs = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    brk = style.get("header_breaks", False)
    lab = (lambda s: s[:2] + "\n" + s[2:] if brk and len(s) == 4 else s)
    for j, o in enumerate(outs):
        t.put(1, j, Cell(lab(o), kind="head", rs=2))
    t.put(1, 5, Cell("未经复议直接起诉", kind="head", cs=5))
    t.put(1, 10, Cell("复议后起诉", kind="head", cs=5))
    for j in range(10):
        t.put(2, 5 + j, Cell(lab(outs[j % 5]), kind="head"))
    keys = [f"appeals.{g}.{o}" for g in ("review", "litigation_direct", "litigation_after_review")
            for o in ("upheld", "corrected", "other", "pending", "total")]
    for j, k in enumerate(keys):
        t.put(3, j, Cell(printed[k], key=k, kind="data"))
    return t


ACTIVE_SECTIONS_2021 = [
    ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force"]),
      ("行政规范性文件", ["active.normative_docs.issued", "active.normative_docs.repealed", "active.normative_docs.in_force"])]),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"],
     [("行政许可", ["active.licensing.decisions"])]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
     [("行政处罚", ["active.punishment.decisions"]), ("行政强制", ["active.coercion.decisions"])]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
     [("行政事业性收费", ["active.fees.amount"])]),
]
ACTIVE_SECTIONS_2019 = [
    ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", ["active.regulations.made", "active.regulations.published", "active.regulations.total_published"]),
      ("规范性文件", ["active.normative_docs.made", "active.normative_docs.published", "active.normative_docs.total_published"])]),
    ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", ["active.licensing.prev_year_items", "active.licensing.change", "active.licensing.decisions"]),
      ("其他对外管理服务事项", ["active.other_services.prev_year_items", "active.other_services.change", "active.other_services.decisions"])]),
    ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", ["active.punishment.prev_year_items", "active.punishment.change", "active.punishment.decisions"]),
      ("行政强制", ["active.coercion.prev_year_items", "active.coercion.change", "active.coercion.decisions"])]),
    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
     [("行政事业性收费", ["active.fees.prev_year_items", "active.fees.change"])]),
    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额（单位：万元，保留4位小数）"],
     [("政府集中采购", ["active.procurement.projects", "active.procurement.amount"])]),
]
HEADER_BREAKS_ACTIVE = {"本年新制作数量": "本年新\n制作数量", "本年新公开数量": "本年新\n公开数量",
                        "对外公开总数量": "对外公开\n总数量", "上一年项目数量": "上一年\n项目数量",
                        "本年处理决定数量": "本年处理\n决定数量", "本年制发件数": "本年制\n发件数",
                        "本年废止件数": "本年废\n止件数", "现行有效件数": "现行有\n效件数"}


def _layout_row(n_vals, ncols=4):
    """Spread n_vals value cells over ncols-1 columns: returns list of colspans."""
    free = ncols - 1
    if n_vals == free:
        return [1] * n_vals
    if n_vals == 1:
        return [free]
    if n_vals == 2:
        return [1, free - 1]
    raise ValueError


def build_active_tables(printed, fmt, style):
    """Table 二, either one table with section rows or one small table per 项."""
    sections = ACTIVE_SECTIONS_2019 if fmt == "2019" else ACTIVE_SECTIONS_2021
    if style.get("amount_header_plain") and fmt == "2019":
        sections = [s if s[0] != "第二十条第（九）项" else (s[0], ["信息内容", "采购项目数量", "采购总金额"], s[2]) for s in sections]
    brk = style.get("header_breaks", False)
    split = style.get("active_split", False)
    tables = []
    t = None
    r = 0
    for title, heads, rows in sections:
        if split or t is None:
            t = Table("active", 4, header_rows=0)
            r = 0
            tables.append(t)
        if split:
            t.caption = title
            t.header_rows = 1
        else:
            t.put(r, 0, Cell(title, kind="section", cs=4)); r += 1
        spans = _layout_row(len(heads) - 1)
        t.put(r, 0, Cell(heads[0], kind="head"))
        c = 1
        for h, sp in zip(heads[1:], spans):
            t.put(r, c, Cell(HEADER_BREAKS_ACTIVE.get(h, h) if brk else h, kind="head", cs=sp)); c += sp
        r += 1
        for lab, keys in rows:
            t.put(r, 0, Cell(lab, kind="label"))
            c = 1
            for k, sp in zip(keys, spans):
                t.put(r, c, Cell(printed[k], key=k, kind="data", cs=sp)); c += sp
            r += 1
    return tables


def table_keys(tables):
    out = []
    for t in tables:
        for cell in t.cells():
            if cell.key:
                out.append(cell.key)
    return out
