"""Print one ``ReportNumbers`` as a whole report, in any of the shapes real reports arrive in.

One model of each table (a grid of cells with the template's row and column spans) feeds
the structured shapes (html, docx, pdf, pipes, markdown); the PDF-text shapes (spaces,
lines) are written the way real text extraction gives them (see the seed report and
corpus 001/002): header cells broken across lines, group labels on their own line, a
page-number line inside table 三. Variants that real reports show (bracket width, "1." or
"1、", the NA token, how money is printed, ...) are chosen from the numbers' seed.
"""
from __future__ import annotations

import html as html_lib
import random
from dataclasses import dataclass
from pathlib import Path

from generator.numbers import (
    APPEAL_GROUPS, APPEAL_OUTCOMES, COLUMNS, MONEY_KEYS, NOT_PROCESSED, OTHER_2021, UNABLE,
    WITHHELD, ReportNumbers,
)

SHAPES = ["spaces", "lines", "pipes", "markdown", "html", "docx", "pdf", "gbk", "utf16"]
SHAPE_EXT = {"spaces": ".txt", "lines": ".txt", "pipes": ".txt", "markdown": ".md",
             "html": ".html", "docx": ".docx", "pdf": ".pdf", "gbk": ".txt", "utf16": ".txt"}
# Shapes whose text extraction loses an empty cell: there a blank cell is printed "-".
_TEXT_SHAPES = {"spaces", "lines", "gbk", "utf16"}

SECTION_TITLES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                  "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                  "六、其他需要报告的事项"]
RULE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


# ---------------------------------------------------------------- style variants

@dataclass(frozen=True)
class Style:
    fullwidth: bool  # （一） or (一)
    sub_sep: str  # "1.属于国家秘密" or "1、属于国家秘密"
    six_sep: str  # the same for the （六） sub-items (real reports often differ there)
    na_token: str  # "/", "不适用" or "—"
    money: str  # "plain" 28.6230 | "trim" 28.623 | "unit" 28.6230万元
    title_split: bool  # PDF text: agency and "2020年政府信息…" on two lines
    outer_pipes: bool  # "| a | b |" or "a | b"
    vertical_label: bool  # one-cell-a-line: 三、本年度办理结果 printed one character a line
    wrap: int  # one-cell-a-line: long labels wrapped at this many characters (0 = never)
    blank_lines: bool  # spaces: an empty line between lines (pdftotext style)
    page_row: int  # table 三 data row after which a page-number line falls
    page_no: int
    break_headers: bool  # html/docx/pdf: "本年新<br>制作数量"


def style_for(numbers: ReportNumbers) -> Style:
    rng = random.Random(f"style|{numbers.seed}|{numbers.agency}|{numbers.year}|{numbers.fmt}")
    sub = rng.choices([".", "、"], weights=[4, 1])[0]
    return Style(
        fullwidth=rng.random() < 0.75,
        sub_sep=sub,
        six_sep=rng.choice([sub, "、"]),
        na_token=rng.choice(["/", "不适用", "—"]),
        money=rng.choices(["plain", "trim", "unit"], weights=[3, 2, 1])[0],
        title_split=rng.random() < 0.3,
        outer_pipes=rng.random() < 0.6,
        vertical_label=rng.random() < 0.5,
        wrap=rng.choice([0, 14, 16]),
        blank_lines=rng.random() < 0.5,
        page_row=rng.randint(4, 16),
        page_no=rng.randint(3, 4),
        break_headers=rng.random() < 0.5,
    )


def _br(text: str, style: Style) -> str:
    return text if style.fullwidth else text.replace("（", "(").replace("）", ")")


def _money_text(value: float, style: Style) -> str:
    text = f"{value:.4f}"
    if style.money == "trim":
        text = text.rstrip("0").rstrip(".")
    return text + ("万元" if style.money == "unit" else "")


def cell_text(numbers: ReportNumbers, key: str, shape: str, style: Style | None = None) -> str:
    """The printed text of one fact's cell in this shape."""
    style = style or style_for(numbers)
    value = numbers.facts[key]
    if key in numbers.blank:
        return "-" if shape in _TEXT_SHAPES else ""
    if value is None:
        return style.na_token
    if key in MONEY_KEYS and value != 0:
        return _money_text(float(value), style)
    return str(value)


def printed_cells(numbers: ReportNumbers, shape: str) -> dict[str, str]:
    """key -> text as printed in this shape (for manifests and tests)."""
    style = style_for(numbers)
    return {k: cell_text(numbers, k, shape, style) for k in numbers.facts}


# ---------------------------------------------------------------- table model

@dataclass
class Cell:
    text: str  # "\n" marks where a header breaks when the style breaks headers
    rowspan: int = 1
    colspan: int = 1
    key: str | None = None  # the fact printed in this cell


COVERED = None  # a grid slot covered by a spanning cell


class Grid:
    """A table as the template lays it out: rows x cols slots, spans, covered slots."""

    def __init__(self, ncols: int) -> None:
        self.ncols = ncols
        self.rows: list[list[Cell | None]] = []
        self._pending: dict[tuple[int, int], bool] = {}

    def add_row(self, cells: list[Cell]) -> None:
        r = len(self.rows)
        row: list[Cell | None] = []
        it = iter(cells)
        c = 0
        while c < self.ncols:
            if self._pending.pop((r, c), False):
                row.append(COVERED)
                c += 1
                continue
            cell = next(it)
            row.append(cell)
            for dc in range(1, cell.colspan):
                row.append(COVERED)
            for dr in range(1, cell.rowspan):
                for dc in range(cell.colspan):
                    self._pending[(r + dr, c + dc)] = True
            c += cell.colspan
        rest = list(it)
        if rest:
            raise ValueError(f"row {r} has too many cells: {rest}")
        self.rows.append(row)


def _label_subs(style: Style, group: str, subs_labels: list[str], sep: str) -> list[str]:
    return [f"{i}{sep}{label}" for i, label in enumerate(subs_labels, 1)]


WITHHELD_LABELS = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”",
                   "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息",
                   "属于行政执法案卷", "属于行政查询事项"]
UNABLE_LABELS = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]
NOT_PROCESSED_LABELS = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                        "要求行政机关确认或重新出具已获取信息"]
OTHER_LABELS = ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"]
ORG_HEADERS = ["商业\n企业", "科研\n机构", "社会公益\n组织", "法律服务\n机构", "其他"]
APPEAL_HEADERS = ["结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计"]


@dataclass
class RequestRow:
    """One data row of table 三 with the labels of the groups it opens."""

    row: str  # row id, e.g. "withheld.state_secret"
    label: str
    group: str | None = None  # （三）不予公开 … when this row opens a group
    group_size: int = 0
    top: bool = False  # 一、二、四: label spans all three label columns


def request_layout(numbers: ReportNumbers, style: Style) -> list[RequestRow]:
    """Table 三's data rows in print order, labels as the template prints them."""
    b = lambda s: _br(s, style)  # noqa: E731
    rows = [RequestRow("received", "一、本年新收政府信息公开申请数量", top=True),
            RequestRow("carried_over", "二、上年结转政府信息公开申请数量", top=True),
            RequestRow("granted", b("（一）予以公开")),
            RequestRow("partially_granted", b("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))]
    for group, ids, labels, title, sep in (
        ("withheld", WITHHELD, WITHHELD_LABELS, "（三）不予公开", style.sub_sep),
        ("unable", UNABLE, UNABLE_LABELS, "（四）无法提供", style.sub_sep),
        ("not_processed", NOT_PROCESSED, NOT_PROCESSED_LABELS, "（五）不予处理", style.sub_sep),
    ):
        for i, (rid, label) in enumerate(zip(ids, _label_subs(style, group, labels, sep))):
            rows.append(RequestRow(f"{group}.{rid}", label, b(title) if i == 0 else None, len(ids)))
    if numbers.other_rows == 1:
        rows.append(RequestRow("other", b("（六）其他处理")))
    else:
        for i, (rid, label) in enumerate(zip(OTHER_2021, _label_subs(style, "other", OTHER_LABELS,
                                                                      style.six_sep))):
            rows.append(RequestRow(f"other.{rid}", label, b("（六）其他处理") if i == 0 else None, 3))
    rows.append(RequestRow("total_processed", b("（七）总计")))
    rows.append(RequestRow("carried_forward", "四、结转下年度继续办理", top=True))
    return rows


def _active_sections(numbers: ReportNumbers, style: Style) -> list[tuple[str, list[str], list[tuple[str, list[str]]]]]:
    """Table 二 as (section title, header cells, [(row label, [keys])])."""
    b = lambda s: _br(s, style)  # noqa: E731
    if numbers.fmt == "2019":
        three = ["上一年项目数量", "本年增/减", "处理决定数量"]
        m3 = ("prev_year_items", "change", "decisions")
        return [
            (b("第二十条第（一）项"), ["信息内容", "本年新\n制作数量", "本年新\n公开数量", "对外公开\n总数量"],
             [(lab, [f"active.{item}.{m}" for m in ("made", "published", "total_published")])
              for lab, item in (("规章", "regulations"), ("规范性文件", "normative_docs"))]),
            (b("第二十条第（五）项"), ["信息内容", *three],
             [(lab, [f"active.{item}.{m}" for m in m3])
              for lab, item in (("行政许可", "licensing"), ("其他对外管理服务事项", "other_services"))]),
            (b("第二十条第（六）项"), ["信息内容", *three],
             [(lab, [f"active.{item}.{m}" for m in m3])
              for lab, item in (("行政处罚", "punishment"), ("行政强制", "coercion"))]),
            (b("第二十条第（八）项"), ["信息内容", "上一年项目数量", "本年增/减"],
             [("行政事业性收费", ["active.fees.prev_year_items", "active.fees.change"])]),
            (b("第二十条第（九）项"), ["信息内容", "采购项目数量", "采购总金额（单位：万元，保留4位小数）"],
             [("政府集中采购", ["active.procurement.projects", "active.procurement.amount"])]),
        ]
    return [
        (b("第二十条第（一）项"), ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         [(lab, [f"active.{item}.{m}" for m in ("issued", "repealed", "in_force")])
          for lab, item in (("规章", "regulations"), ("行政规范性文件", "normative_docs"))]),
        (b("第二十条第（五）项"), ["信息内容", "本年处理决定数量"],
         [("行政许可", ["active.licensing.decisions"])]),
        (b("第二十条第（六）项"), ["信息内容", "本年处理决定数量"],
         [("行政处罚", ["active.punishment.decisions"]), ("行政强制", ["active.coercion.decisions"])]),
        (b("第二十条第（八）项"), ["信息内容", "本年收费金额（单位：万元）"],
         [("行政事业性收费", ["active.fees.amount"])]),
    ]


def active_grid(numbers: ReportNumbers, shape: str, style: Style) -> Grid:
    """Table 二: 5 columns in the 2019 template (as 009 prints it), 4 in the 2021 template."""
    ncols = 5 if numbers.fmt == "2019" else 4
    spans = {5: {3: [1, 2, 1], 2: [2, 2]}, 4: {3: [1, 1, 1], 1: [3]}}[ncols]
    g = Grid(ncols)
    for title, header, rows in _active_sections(numbers, style):
        g.add_row([Cell(title, colspan=ncols)])
        widths = spans[len(header) - 1]
        g.add_row([Cell(header[0])] + [Cell(h, colspan=w) for h, w in zip(header[1:], widths)])
        for label, keys in rows:
            g.add_row([Cell(label)] + [Cell(cell_text(numbers, k, shape, style), colspan=w, key=k)
                                       for k, w in zip(keys, widths)])
    return g


def requests_grid(numbers: ReportNumbers, shape: str, style: Style) -> Grid:
    layout = request_layout(numbers, style)
    g = Grid(10)
    g.add_row([Cell(_br(RULE, style), rowspan=3, colspan=3),
               Cell("申请人情况", colspan=7)])
    g.add_row([Cell("自然人", rowspan=2), Cell("法人或其他组织", colspan=5), Cell("总计", rowspan=2)])
    g.add_row([Cell(h) for h in ORG_HEADERS])
    n_result = sum(1 for r in layout if not r.top)
    first_result = True
    for r in layout:
        values = [Cell(cell_text(numbers, f"requests.{r.row}.{c}", shape, style),
                       key=f"requests.{r.row}.{c}") for c in COLUMNS]
        labels: list[Cell] = []
        if r.top:
            labels = [Cell(r.label, colspan=3)]
        else:
            if first_result:
                labels.append(Cell("三、本年度办理结果", rowspan=n_result))
                first_result = False
            if r.group:
                labels += [Cell(r.group, rowspan=r.group_size), Cell(r.label)]
            elif "." in r.row:
                labels.append(Cell(r.label))  # a sub-item below its group's cell
            else:
                labels.append(Cell(r.label, colspan=2))
        g.add_row(labels + values)
    return g


def appeals_grid(numbers: ReportNumbers, shape: str, style: Style) -> Grid:
    g = Grid(15)
    g.add_row([Cell("行政复议", colspan=5), Cell("行政诉讼", colspan=10)])
    g.add_row([Cell(h, rowspan=2) for h in APPEAL_HEADERS]
              + [Cell("未经复议直接起诉", colspan=5), Cell("复议后起诉", colspan=5)])
    g.add_row([Cell(h) for h in APPEAL_HEADERS * 2])
    g.add_row([Cell(cell_text(numbers, f"appeals.{grp}.{o}", shape, style), key=f"appeals.{grp}.{o}")
               for grp in APPEAL_GROUPS for o in APPEAL_OUTCOMES])
    return g


def _flat(text: str) -> str:
    return text.replace("\n", "")


# ---------------------------------------------------------------- narrative prose

def _we(agency: str) -> str:
    for suffix, we in (("办公室", "我办"), ("办公厅", "我厅"), ("委员会", "我委"), ("局", "我局"),
                       ("县人民政府", "我县"), ("区人民政府", "我区"), ("市人民政府", "我市")):
        if agency.endswith(suffix):
            return we
    return "我单位"


def narrative(numbers: ReportNumbers) -> dict[int, list[str]]:
    """Section number -> paragraphs. Every number quoted here agrees with the tables."""
    rng = random.Random(f"prose|{numbers.seed}|{numbers.agency}|{numbers.year}")
    y, we = numbers.year, _we(numbers.agency)
    rt = numbers.req("received", "total")
    pt = numbers.req("total_processed", "total")
    co = numbers.req("carried_over", "total")
    cf = numbers.req("carried_forward", "total")
    review = int(numbers.facts["appeals.review.total"] or 0)
    lit = int(numbers.facts["appeals.litigation_direct.total"] or 0) + int(
        numbers.facts["appeals.litigation_after_review.total"] or 0)
    b = lambda s: s if style_for(numbers).fullwidth else s.replace("（", "(").replace("）", ")")  # noqa: E731
    pick = rng.choice

    intro = pick([
        f"{y}年，{we}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》"
        f"和上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，围绕中心工作和群众关切，"
        f"不断提升政府信息公开质量和实效。",
        f"{y}年，{we}严格落实《中华人民共和国政府信息公开条例》各项规定，紧扣经济社会发展和人民群众需求，"
        f"深化重点领域信息公开，加强政策解读和回应关切，政府信息公开工作取得新进展。",
        f"{y}年，在上级政务公开主管部门的指导下，{we}持续推进决策、执行、管理、服务、结果“五公开”，"
        f"完善公开制度规范，切实保障人民群众的知情权、参与权、表达权和监督权。",
    ])
    docs_key = "active.normative_docs.issued" if numbers.fmt == "2021" else "active.normative_docs.made"
    docs = numbers.facts.get(docs_key)
    docs_sentence = (f"全年{'制发' if numbers.fmt == '2021' else '新制作'}"
                     f"{'行政' if numbers.fmt == '2021' else ''}规范性文件{docs}件，均按规定向社会公开。"
                     if docs is not None else "")
    active = pick([
        f"{b('（一）')}主动公开情况。依托政府门户网站、政务新媒体等平台，全年主动公开政府信息{rng.randint(120, 6000)}条，"
        f"发布政策解读{rng.randint(3, 60)}篇。{docs_sentence}",
        f"{b('（一）')}主动公开情况。聚焦财政预决算、重大建设项目、公共资源配置、社会救助等重点领域，及时准确发布信息"
        f"{rng.randint(80, 3000)}条，更新政府信息公开目录和指南。{docs_sentence}",
    ])
    if rng.random() < 0.5:
        req_sentence = (f"全年共收到政府信息公开申请{rt}件，办结{pt}件"
                        + (f"，结转下年度继续办理{cf}件" if cf else "") + "，均在法定期限内予以答复。")
    else:
        req_sentence = (f"{y}年，{we}共受理政府信息公开申请{rt}件，上年结转{co}件，办结{pt}件"
                        + (f"，另有{cf}件结转下年度继续办理" if cf else "") + "。")
    requests = pick([
        f"{b('（二）')}依申请公开情况。进一步规范依申请公开受理、审查、答复等环节，加强与申请人沟通。{req_sentence}",
        f"{b('（二）')}依申请公开情况。严格按照法定程序和时限办理政府信息公开申请，规范答复文书。{req_sentence}",
    ])
    if review or lit:
        requests += (f"全年发生政府信息公开行政复议{review}件、行政诉讼{lit}件。")
    else:
        requests += "全年未发生因政府信息公开引起的行政复议和行政诉讼案件。"
    manage = pick([
        f"{b('（三）')}政府信息管理情况。严格落实公文公开属性源头认定机制，坚持“先审查、后公开”和“一事一审”原则，"
        f"规范信息发布审查程序，动态更新主动公开基本目录。",
        f"{b('（三）')}政府信息管理情况。建立健全政府信息公开保密审查制度，对拟公开信息逐条审核，"
        f"防止泄露国家秘密和个人隐私。",
    ])
    platform = pick([
        f"{b('（四）')}政府信息公开平台建设情况。优化政府网站政府信息公开专栏设置，加强政务新媒体规范管理，"
        f"做好政府公报编发工作，拓宽群众获取信息渠道。",
        f"{b('（四）')}政府信息公开平台建设情况。发挥政府网站第一平台作用，统筹网站、新媒体和线下公开查阅点，"
        f"全年开展网站巡查{rng.randint(4, 24)}次。",
    ])
    oversight = pick([
        f"{b('（五）')}监督保障情况。将政务公开工作纳入年度绩效考核，组织业务培训{rng.randint(1, 8)}次，"
        f"强化日常监督检查，及时整改发现的问题。",
        f"{b('（五）')}监督保障情况。健全政务公开工作领导机制，明确分管领导和工作人员，落实工作责任，"
        f"全年未发生因信息公开不当引发的责任追究事项。",
    ])
    problems = pick([
        "存在问题：一是政策解读形式较为单一，图解、视频等解读产品偏少；二是部分信息更新不够及时；"
        "三是工作人员业务能力有待进一步提升。",
        "对照上级要求和公众期待，工作中仍存在一些不足：主动公开的深度和广度有待拓展，"
        "依申请公开办理的规范化水平仍需提高，基层政务公开队伍力量较为薄弱。",
    ])
    improve = pick([
        f"改进情况：{y + 1}年，{we}将进一步丰富解读形式，加强信息发布审核，定期组织业务培训，"
        f"不断提升政府信息公开工作水平。",
        f"下一步，{we}将着力加强重点领域信息公开，完善依申请公开办理流程，强化队伍建设，"
        f"推动政务公开工作提质增效。",
    ])
    if numbers.fmt == "2021":
        other = pick(["本年度未收取政府信息公开信息处理费。",
                      f"{y}年，{we}严格落实《政府信息公开信息处理费管理办法》，未收取信息处理费。"])
        other += pick(["无其他需要报告的事项。", ""])
    else:
        other = pick(["无。", "无其他需要报告的事项。"])
    preface = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。报告所列数据的统计期限自"
               f"{y}年1月1日起至{y}年12月31日止。")
    return {0: [preface], 1: [intro, active, requests, manage, platform, oversight],
            5: [problems, improve], 6: [other]}


def title_of(numbers: ReportNumbers) -> str:
    return f"{numbers.agency}{numbers.year}年政府信息公开工作年度报告"


# ---------------------------------------------------------------- the document as blocks

@dataclass
class Block:
    kind: str  # "title" | "heading" | "para" | "table"
    text: str = ""
    table: str = ""  # "active" | "requests" | "appeals"


def blocks(numbers: ReportNumbers) -> list[Block]:
    """The report in reading order: title, preface, six sections with prose or a table."""
    prose = narrative(numbers)
    out = [Block("title", title_of(numbers))] + [Block("para", p) for p in prose[0]]
    tables = {2: "active", 3: "requests", 4: "appeals"}
    for n, heading in enumerate(SECTION_TITLES, 1):
        out.append(Block("heading", heading))
        if n in tables:
            out.append(Block("table", table=tables[n]))
        out += [Block("para", p) for p in prose.get(n, []) if p]
    return out


def grid_of(numbers: ReportNumbers, table: str, shape: str, style: Style) -> Grid:
    return {"active": active_grid, "requests": requests_grid, "appeals": appeals_grid}[table](
        numbers, shape, style)


def _page_line(style: Style) -> str:
    return f"- {style.page_no} -"


# ---------------------------------------------------------------- PDF-text shapes

def _wrap(text: str, width: int) -> list[str]:
    if not width or len(text) <= width:
        return [text]
    return [text[i:i + width] for i in range(0, len(text), width)]


def _spaces_table(numbers: ReportNumbers, table: str, style: Style, shape: str) -> list[str]:
    """A table as pdfplumber's extract_text gives it: one row a line, cells space-separated."""
    v = lambda k: cell_text(numbers, k, shape, style)  # noqa: E731
    out: list[str] = []
    if table == "active":
        for title, header, rows in _active_sections(numbers, style):
            out += [title, " ".join(_flat(h) for h in header)]
            out += [" ".join([label] + [v(k) for k in keys]) for label, keys in rows]
        return out
    if table == "appeals":
        heads = " ".join(_flat(h) for h in APPEAL_HEADERS)
        return ["行政复议 行政诉讼", heads, "未经复议直接起诉 复议后起诉", f"{heads} {heads}",
                " ".join(v(f"appeals.{g}.{o}") for g in APPEAL_GROUPS for o in APPEAL_OUTCOMES)]
    # requests: the header as the seed report prints it (broken header cells)
    out = [_br(RULE, style), "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业 科研机构",
           "社会公益", "组织", "法律服务", "机构", "其他"]
    first_result = True
    for i, r in enumerate(request_layout(numbers, style)):
        if not r.top and first_result:
            out.append("三、本年度办理结果")
            first_result = False
        if r.group:
            out.append(r.group)
        out.append(" ".join([r.label] + [v(f"requests.{r.row}.{c}") for c in COLUMNS]))
        if i == style.page_row:
            out.append(_page_line(style))
    return out


def _lines_table(numbers: ReportNumbers, table: str, style: Style, shape: str) -> list[str]:
    """A table as PyMuPDF gives it: one cell a line, long cells wrapped over several lines."""
    v = lambda k: cell_text(numbers, k, shape, style)  # noqa: E731
    w = style.wrap
    head = (lambda h: h.split("\n")) if w else (lambda h: [_flat(h)])  # noqa: E731
    out: list[str] = []
    if table == "active":
        for title, header, rows in _active_sections(numbers, style):
            out.append(title)
            out += [_flat(h) for h in header]
            for label, keys in rows:
                out += [label] + [v(k) for k in keys]
        return out
    if table == "appeals":
        out = ["行政复议", "行政诉讼"]
        out += [p for h in APPEAL_HEADERS for p in head(h)]
        out += ["未经复议直接起诉", "复议后起诉"]
        out += [p for h in APPEAL_HEADERS * 2 for p in head(h)]
        out += [v(f"appeals.{g}.{o}") for g in APPEAL_GROUPS for o in APPEAL_OUTCOMES]
        return out
    rule = _br(RULE, style)
    out = [rule[:22], rule[22:]] if w else [rule]
    out += ["申请人情况", "自然人", "法人或其他组织", "总计"]
    out += [p for h in ORG_HEADERS for p in head(h)]
    first_result = True
    for i, r in enumerate(request_layout(numbers, style)):
        if not r.top and first_result:
            out += ["三、", *"本年度办理结果"] if style.vertical_label else ["三、本年度办理结果"]
            first_result = False
        if r.group:
            out += _wrap(r.group, 4) if w else [r.group]
        out += [r.label] if r.top else _wrap(r.label, w)
        out += [v(f"requests.{r.row}.{c}") for c in COLUMNS]
        if i == style.page_row:
            out.append(_page_line(style))
    return out


def _text_report(numbers: ReportNumbers, shape: str) -> str:
    style = style_for(numbers)
    spaces = shape in ("spaces", "gbk")
    out: list[str] = []
    for blk in blocks(numbers):
        if blk.kind == "title":
            if spaces and style.title_split:
                out += [numbers.agency, f"{numbers.year}年政府信息公开工作年度报告"]
            else:
                out.append(blk.text)
        elif blk.kind == "table":
            out += (_spaces_table if spaces else _lines_table)(numbers, blk.table, style, shape)
        else:
            out.append(blk.text)
    sep = "\n\n" if spaces and style.blank_lines else "\n"
    return sep.join(out) + "\n"


# ---------------------------------------------------------------- pipe and Markdown shapes

def _pipe_rows(grid: Grid, outer: bool) -> list[str]:
    rows = []
    for row in grid.rows:
        cells = [_flat(c.text) if c is not COVERED else "" for c in row]
        line = " | ".join(cells)
        rows.append(f"| {line} |" if outer else line)
    return rows


def _pipes_report(numbers: ReportNumbers, shape: str) -> str:
    style = style_for(numbers)
    md = shape == "markdown"
    out: list[str] = []
    for blk in blocks(numbers):
        if blk.kind == "title":
            out.append(f"# {blk.text}" if md else blk.text)
        elif blk.kind == "heading":
            out.append(f"## {blk.text}" if md else blk.text)
        elif blk.kind == "para":
            out.append(blk.text)
        else:
            grid = grid_of(numbers, blk.table, shape, style)
            rows = _pipe_rows(grid, outer=md or style.outer_pipes)
            if md:
                rows.insert(1, "|" + "---|" * grid.ncols)
                out.append("\n".join(rows))
                continue
            if blk.table == "requests":  # a page break inside table 三, as in PDF tables
                at = 3 + style.page_row + 1
                rows.insert(at, _page_line(style))
            out.append("\n".join(rows))
    return ("\n\n" if md else "\n").join(out) + "\n"


# ---------------------------------------------------------------- HTML

def _html_cell(cell: Cell, style: Style) -> str:
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.key is None and style.break_headers:
        body = "<br />".join(html_lib.escape(p) for p in cell.text.split("\n"))
    else:
        body = html_lib.escape(_flat(cell.text)) or "&nbsp;"
    return f"<td{attrs}><p>{body}</p></td>"


def _html_report(numbers: ReportNumbers, shape: str) -> str:
    style = style_for(numbers)
    parts = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
             f"<title>{html_lib.escape(title_of(numbers))}</title></head><body>"]
    for blk in blocks(numbers):
        if blk.kind == "title":
            parts.append(f"<p style='text-align: center;font-weight: bold;'>{html_lib.escape(blk.text)}</p>")
        elif blk.kind in ("heading", "para"):
            parts.append(f"<p>{html_lib.escape(blk.text)}</p>")
        else:
            grid = grid_of(numbers, blk.table, shape, style)
            rows = ["<tr>" + "".join(_html_cell(c, style) for c in row if c is not COVERED) + "</tr>"
                    for row in grid.rows]
            parts.append('<table border="1"><tbody>\n' + "\n".join(rows) + "</tbody>\n</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- DOCX

def _write_docx(numbers: ReportNumbers, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    style = style_for(numbers)
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for blk in blocks(numbers):
        if blk.kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(blk.text).bold = True
        elif blk.kind in ("heading", "para"):
            doc.add_paragraph(blk.text)
        else:
            grid = grid_of(numbers, blk.table, "docx", style)
            table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
            table.style = "Table Grid"
            for r, row in enumerate(grid.rows):
                for c, cell in enumerate(row):
                    if cell is COVERED:
                        continue
                    target = table.cell(r, c)
                    if cell.rowspan > 1 or cell.colspan > 1:
                        target = target.merge(table.cell(r + cell.rowspan - 1, c + cell.colspan - 1))
                    target.text = cell.text if (cell.key is None and style.break_headers) else _flat(cell.text)
    doc.save(str(path))


# ---------------------------------------------------------------- PDF

_FONT = "STSong-Light"


def _write_pdf(numbers: ReportNumbers, path: Path) -> None:
    """A4 PDF with the CID font STSong-Light (no font file) and real grid tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if _FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    style = style_for(numbers)
    body = ParagraphStyle("body", fontName=_FONT, fontSize=10.5, leading=16, wordWrap="CJK",
                          firstLineIndent=21)
    head = ParagraphStyle("head", parent=body, firstLineIndent=0)
    title = ParagraphStyle("title", parent=body, fontSize=15, leading=22, alignment=1,
                           firstLineIndent=0)
    cellst = ParagraphStyle("cell", fontName=_FONT, fontSize=7.5, leading=9.5, wordWrap="CJK",
                            alignment=1)
    widths = {"active": [120] + [90] * 4, "requests": [28, 62, 120] + [40] * 7,
              "appeals": [33] * 15}
    flow: list = []
    for blk in blocks(numbers):
        if blk.kind == "title":
            flow += [Paragraph(html_lib.escape(blk.text), title), Spacer(1, 8)]
        elif blk.kind == "heading":
            flow.append(Paragraph(html_lib.escape(blk.text), head))
        elif blk.kind == "para":
            flow.append(Paragraph(html_lib.escape(blk.text), body))
        else:
            grid = grid_of(numbers, blk.table, "pdf", style)
            data, spans = [], []
            for r, row in enumerate(grid.rows):
                line = []
                for c, cell in enumerate(row):
                    if cell is COVERED:
                        line.append("")
                        continue
                    text = cell.text if (cell.key is None and style.break_headers) else _flat(cell.text)
                    line.append(Paragraph("<br/>".join(html_lib.escape(p) for p in text.split("\n")),
                                          cellst))
                    if cell.rowspan > 1 or cell.colspan > 1:
                        spans.append(("SPAN", (c, r), (c + cell.colspan - 1, r + cell.rowspan - 1)))
                data.append(line)
            ws = widths[blk.table]
            if blk.table == "active" and grid.ncols == 4:
                ws = [120, 120, 120, 120]
            table = Table(data, colWidths=ws, style=TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("FONT", (0, 0), (-1, -1), _FONT)] + spans))
            flow += [table, Spacer(1, 6)]

    def page_number(canvas, doc) -> None:  # noqa: ANN001
        canvas.setFont(_FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50,
                      bottomMargin=50, title=title_of(numbers)).build(
        flow, onFirstPage=page_number, onLaterPages=page_number)


# ---------------------------------------------------------------- entry point

def render_text(numbers: ReportNumbers, shape: str) -> str:
    """The report's text for the text shapes (spaces, lines, pipes, markdown, html, gbk, utf16)."""
    if shape in ("spaces", "lines", "gbk", "utf16"):
        return _text_report(numbers, shape)
    if shape in ("pipes", "markdown"):
        return _pipes_report(numbers, shape)
    if shape == "html":
        return _html_report(numbers, shape)
    raise ValueError(f"{shape!r} is not a text shape")


def render(numbers: ReportNumbers, shape: str, path: Path) -> Path:
    """Write the whole report in ``shape`` to ``path`` and return the path."""
    if shape not in SHAPES:
        raise ValueError(f"unknown shape {shape!r}; one of {', '.join(SHAPES)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if shape == "docx":
        _write_docx(numbers, path)
    elif shape == "pdf":
        _write_pdf(numbers, path)
    elif shape == "gbk":
        path.write_bytes(render_text(numbers, shape).encode("gb18030"))
    elif shape == "utf16":
        path.write_bytes(render_text(numbers, shape).encode("utf-16"))
    else:
        path.write_text(render_text(numbers, shape), encoding="utf-8")
    return path
