"""HTML (rowspan/colspan), DOCX (python-docx, merged cells, page header) and PDF (reportlab,
built-in CID font STSong-Light)."""
from __future__ import annotations

import html as _html
import io

# --------------------------------------------------------------------------- HTML


def _h(s):
    return _html.escape(s, quote=False)


def render_html(blocks, rng, style):
    out = []
    title_text = style.get("html_title", "政府信息公开工作年度报告")
    out.append("<!DOCTYPE html>")
    out.append('<html lang="zh-CN"><head><meta charset="utf-8">')
    out.append(f"<title>{_h(title_text)}</title></head><body>")
    if style.get("html_nav"):
        out.append(f'<div class="nav">您当前的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>')
    if style.get("html_meta"):
        out.append(f'<div class="info">{_h(style["html_meta"])}</div>')
    out.append('<div class="article">')
    nbsp = style.get("html_blank", "&nbsp;")
    for b in blocks:
        if b.kind == "title":
            if style.get("html_title_tag") == "h1":
                out.append("<h1>" + "<br />".join(_h(l) for l in b.lines) + "</h1>")
            else:
                for l in b.lines:
                    out.append(f"<p style='text-align: center;font-weight: bold;'>{_h(l)}</p>")
        elif b.kind == "cover":
            for l in b.lines:
                out.append(f"<p style='text-align: center'>{_h(l)}</p>")
        elif b.kind == "pagebreak":
            out.append('<p style="page-break-after: always"></p>')
        elif b.kind == "meta":
            out.append(f"<p style='text-align: center'>{_h(b.text)}</p>")
        elif b.kind in ("h1",):
            tag = style.get("html_h1_tag", "p")
            out.append(f"<{tag}>{_h(b.text)}</{tag}>")
        elif b.kind in ("h2", "p", "caption"):
            out.append(f"<p>{_h(b.text)}</p>")
        elif b.kind == "sign":
            for l in b.lines:
                out.append(f"<p style='text-align: right'>{_h(l)}</p>")
        elif b.kind == "table":
            t = b.table
            out.append('<table border="1" cellspacing="0" cellpadding="0"><tbody>')
            for r in range(t.nrows()):
                tds = []
                for c in range(t.ncols):
                    x = t.grid[r][c]
                    if x is None or isinstance(x, tuple):
                        continue
                    attrs = ""
                    if x.cs > 1:
                        attrs += f' colspan="{x.cs}"'
                    if x.rs > 1:
                        attrs += f' rowspan="{x.rs}"'
                    txt = "<br />".join(_h(p) for p in x.text.split("\n")) if x.text else nbsp
                    tds.append(f"<td{attrs}><p>{txt}</p></td>")
                out.append("<tr>" + "".join(tds) + "</tr>")
            out.append("</tbody></table>")
    out.append("</div>")
    if style.get("html_footer"):
        out.append(f'<div class="footer">{_h(style["html_footer"])}</div>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- DOCX
def render_docx(blocks, rng, style):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), style.get("docx_font", "仿宋_GB2312"))
    if style.get("docx_header"):
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = style["docx_header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style.get("docx_footer"):
        fp = doc.sections[0].footer.paragraphs[0]
        fp.text = style["docx_footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in blocks:
        if b.kind == "title":
            if style.get("docx_title_one_para"):
                p = doc.add_paragraph()
                run = p.add_run("\n".join(b.lines))
                run.bold = True
                run.font.size = Pt(18)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                for l in b.lines:
                    p = doc.add_paragraph()
                    run = p.add_run(l)
                    run.bold = True
                    run.font.size = Pt(18)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.kind == "cover":
            for _ in range(4):
                doc.add_paragraph("")
            for l in b.lines:
                p = doc.add_paragraph()
                r_ = p.add_run(l)
                r_.font.size = Pt(22)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.kind == "pagebreak":
            doc.add_page_break()
        elif b.kind == "meta":
            p = doc.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style.get("meta_center", True) else WD_ALIGN_PARAGRAPH.LEFT
        elif b.kind == "h1":
            if style.get("docx_heading_styles"):
                doc.add_heading(b.text, level=1)
            else:
                p = doc.add_paragraph()
                p.add_run(b.text).bold = True
        elif b.kind in ("h2", "caption"):
            p = doc.add_paragraph(b.text)
        elif b.kind == "p":
            p = doc.add_paragraph(b.text)
            p.paragraph_format.first_line_indent = Pt(24)
        elif b.kind == "sign":
            for l in b.lines:
                p = doc.add_paragraph(l)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b.kind == "table":
            t = b.table
            tbl = doc.add_table(rows=t.nrows(), cols=t.ncols)
            tbl.style = "Table Grid"
            snap = tbl._cells  # one snapshot: table.cell() recomputes the grid every call
            nc = t.ncols
            for cell in t.cells():
                if cell.text:
                    snap[cell.r * nc + cell.c].paragraphs[0].add_run(cell.text)
            for cell in t.cells():
                if cell.rs > 1 or cell.cs > 1:
                    a = snap[cell.r * nc + cell.c]
                    a.merge(snap[(cell.r + cell.rs - 1) * nc + cell.c + cell.cs - 1])
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


# --------------------------------------------------------------------------- PDF
_FONT_READY = False


def _font():
    global _FONT_READY
    if not _FONT_READY:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _FONT_READY = True
    return "STSong-Light"


PDF_COLW = {  # in cm
    "requests": [0.9, 1.6, 4.4] + [1.3] * 7,
    "appeals": [1.12] * 15,
    "active": [4.0, 3.8, 3.8, 3.8],
}


def render_pdf(blocks, rng, style):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _font()
    base = ParagraphStyle("b", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24)
    plain = ParagraphStyle("p", parent=base, firstLineIndent=0)
    title = ParagraphStyle("t", parent=plain, fontSize=18, leading=26, alignment=TA_CENTER)
    center = ParagraphStyle("c", parent=plain, alignment=TA_CENTER)
    right = ParagraphStyle("r", parent=plain, alignment=TA_RIGHT)
    cellst = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK", alignment=TA_CENTER)
    cellst_small = ParagraphStyle("cells", parent=cellst, fontSize=7.5, leading=9.5)
    story = []

    def P(text, st):
        return Paragraph(_h(text).replace("\n", "<br/>"), st)

    for b in blocks:
        if b.kind == "title":
            for l in b.lines:
                story.append(P(l, title))
            story.append(Spacer(1, 10))
        elif b.kind == "cover":
            story.append(Spacer(1, 6 * cm))
            for l in b.lines:
                story.append(P(l, ParagraphStyle("cv", parent=title, fontSize=22, leading=34)))
                story.append(Spacer(1, 14))
        elif b.kind == "pagebreak":
            story.append(PageBreak())
        elif b.kind == "meta":
            story.append(P(b.text, center))
        elif b.kind in ("h1", "h2", "caption"):
            story.append(P(b.text, plain if b.kind != "caption" else center))
        elif b.kind == "p":
            story.append(P(b.text, base))
        elif b.kind == "sign":
            story.append(Spacer(1, 12))
            for l in b.lines:
                story.append(P(l, right))
        elif b.kind == "table":
            t = b.table
            cst = cellst_small if t.tid == "appeals" else cellst
            data = []
            for r in range(t.nrows()):
                row = []
                for c in range(t.ncols):
                    x = t.grid[r][c]
                    row.append(P(x.text, cst) if x is not None and not isinstance(x, tuple) and x.text else "")
                data.append(row)
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), font), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            for cell in t.cells():
                if cell.rs > 1 or cell.cs > 1:
                    cmds.append(("SPAN", (cell.c, cell.r), (cell.c + cell.cs - 1, cell.r + cell.rs - 1)))
            colw = [w * cm for w in PDF_COLW[t.tid]]
            tb = Table(data, colWidths=colw, repeatRows=(t.header_rows if style.get("repeat_header") else 0))
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(Spacer(1, 8))

    page_fmt = style.get("page_fmt") or "- {n} -"
    running = style.get("running_header")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, page_fmt.format(n=doc.page))
        if running:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, running)
        canvas.restoreState()

    bio = io.BytesIO()
    doc = SimpleDocTemplate(bio, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title=style.get("pdf_title", ""), author=style.get("pdf_author", ""))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return bio.getvalue()
