"""Plain-text shapes: PDF-text with spaces, column-aligned layout, one cell per line,
pipes (with or without a Markdown separator row, or '|' alone on a line), tab-separated."""
from __future__ import annotations

from . import text as T

# column widths (in characters) used to wrap cell text, per table kind
WIDTHS = {
    "requests": [3, 5, 14, 4, 4, 4, 4, 4, 4, 4],
    "appeals": [2] * 15,
    "active": [8, 5, 5, 6],
}


def _cell_lines(text, width, break_hints=True):
    parts = text.split("\n") if break_hints else [text.replace("\n", "")]
    out = []
    for p in parts:
        if not p:
            continue
        if T.display_width(p) <= width * 2 + 1:
            out.append(p)
        else:
            out.extend(T.wrap(p, width))
    return out


def table_row_lines(table, rng, opts):
    """Lines for a table in the 'spaces' / 'layout' shapes.

    Returns list of (line, is_header) where line is a list of (col, text) pieces so the
    caller can join with spaces or pad to columns."""
    widths = list(opts.get("widths") or WIDTHS[table.tid])
    if len(widths) != table.ncols:
        widths = [max(3, 24 // table.ncols)] * table.ncols
    span_mode = opts.get("span_mode", "middle")      # middle | first | vertical
    out = []
    nrows = table.nrows()
    # pre-compute where each rowspan label is printed
    pending_vertical = {}
    for r in range(nrows):
        row_cells = []  # (col, lines, cell)
        pre_lines = []
        for c in range(table.ncols):
            x = table.grid[r][c]
            if x is None:
                continue
            cell = x[1] if isinstance(x, tuple) else x
            if cell.c != c:
                continue  # covered horizontally
            w = sum(widths[cell.c: cell.c + cell.cs]) + (cell.cs - 1)
            if cell.rs > 1 and cell.kind == "label":
                mid = cell.r + (cell.rs - 1) // 2
                if span_mode == "first":
                    if r == cell.r:
                        pre_lines.append([(c, cell.text.replace("\n", ""))])
                    continue
                if span_mode == "vertical" and len(cell.text) <= cell.rs + 2 and cell.c == 0:
                    chars = _vertical_chunks(cell.text)
                    start = cell.r + max(0, (cell.rs - len(chars)) // 2)
                    idx = r - start
                    if 0 <= idx < len(chars):
                        pre_lines.append([(c, chars[idx])])
                    continue
                if r != mid:
                    continue
                row_cells.append((c, _cell_lines(cell.text, w), cell))
                continue
            if cell.rs > 1:  # header rowspans: print in the middle row
                mid = cell.r + (cell.rs - 1) // 2
                if r != mid:
                    continue
            elif cell.r != r:
                continue
            row_cells.append((c, _cell_lines(cell.text, w) if cell.text else [], cell))
        is_header = r < table.header_rows
        for pl in pre_lines:
            out.append((pl, is_header))
        if not row_cells:
            continue
        H = max(len(ls) for _, ls, _ in row_cells) or 1
        rows = [[] for _ in range(H)]
        for c, ls, cell in row_cells:
            if not ls:
                continue
            if cell.kind == "data" or cell.kind == "head":
                off = (H - len(ls)) // 2 if opts.get("center", True) else 0
            else:
                off = 0
            for i, l in enumerate(ls):
                rows[off + i].append((c, l))
        for rl in rows:
            if rl:
                out.append((rl, is_header))
    return out


def _vertical_chunks(s):
    s = s.replace("\n", "")
    if s[:2] in ("三、",):
        return [s[:2]] + list(s[2:])
    return list(s)


def join_spaces(pieces, sep=" "):
    return sep.join(t for _, t in pieces)


def join_layout(pieces, colx):
    line = ""
    for c, t in pieces:
        x = colx[c]
        cur = T.display_width(line)
        if cur < x:
            line += " " * (x - cur)
        elif line:
            line += " "
        line += t
    return line


# --------------------------------------------------------------------------- whole documents
class Stream:
    """Lines with tags so the paginator knows where tables and their headers are."""

    def __init__(self):
        self.items = []   # (line, dict)

    def add(self, line, **info):
        self.items.append((line, info))


def paginate(stream, rng, style):
    """Insert page-number lines; repeat table headers after page breaks when asked."""
    fmt = style.get("page_fmt", "- {n} -")
    if not fmt:
        return [l for l, _ in stream.items]
    page_len = style.get("page_len", 38)
    top = style.get("page_pos") == "top"
    repeat = style.get("repeat_header", False)
    out = []
    n = 1
    count = 0
    headers = {}
    if top:
        out.append(fmt.format(n=n))
    items = stream.items
    prev_rowkey = None
    for i, (line, info) in enumerate(items):
        if info.get("pagebreak"):
            count = page_len  # force a break
            continue
        tid = info.get("tid")
        if tid is not None and info.get("header"):
            headers.setdefault(tid, []).append(line)
        rowkey = info.get("rowkey")
        same_row = rowkey is not None and rowkey == prev_rowkey
        prev_rowkey = rowkey
        if count >= page_len and not same_row:
            if not top:
                out.append(fmt.format(n=n))
                if style.get("blank_after_page"):
                    out.append("")
            n += 1
            if top:
                out.append(fmt.format(n=n))
            if style.get("running_header"):
                out.append(style["running_header"])
            count = 0
            if repeat and tid is not None and not info.get("header") and tid in headers and info.get("tid_repeat"):
                for h in headers[tid]:
                    out.append(h)
                    count += 1
        out.append(line)
        count += 1
    if not top:
        out.append(fmt.format(n=n))
    return out


def render_blocks(blocks, rng, style, table_fn):
    """Common document walk; table_fn(stream, table) adds a table's lines."""
    st = Stream()
    width = style.get("wrap", 0)
    indent = style.get("indent", "")
    spaced = False  # spaced digits are applied to the blocks by the generator
    tcount = 0
    for b in blocks:
        if b.kind == "pagebreak":
            st.add("", pagebreak=True)
        elif b.kind in ("title", "cover", "sign"):
            for l in b.lines:
                l2 = T.space_digits(l) if spaced and b.kind == "title" else l
                st.add((style.get("center_pad", "") if b.kind != "sign" else style.get("sign_pad", "")) + l2)
            if b.kind != "sign" and style.get("blank_lines"):
                st.add("")
        elif b.kind in ("p", "meta"):
            s = T.space_digits(b.text) if spaced else b.text
            if width and b.kind == "p":
                for l in T.wrap(s, width):
                    st.add(l)
                # first line indent
                if indent:
                    k = len(st.items) - len(T.wrap(s, width))
                    st.items[k] = (indent + st.items[k][0], st.items[k][1])
            else:
                st.add((indent if b.kind == "p" else "") + s)
            if style.get("blank_lines"):
                st.add("")
        elif b.kind in ("h1", "h2", "caption"):
            pre = style.get("heading_prefix", {}).get(b.kind, "")
            st.add(pre + (indent if b.kind != "caption" else style.get("caption_pad", "")) + b.text)
            if style.get("blank_lines"):
                st.add("")
        elif b.kind == "table":
            tcount += 1
            table_fn(st, b.table)
            if style.get("blank_lines"):
                st.add("")
    return st


def render_spaces(blocks, rng, style):
    """PDF text extracted with spaces between cells (pdfplumber-like)."""
    layout = style.get("layout", False)

    def tfn(st, table):
        opts = {"span_mode": style.get("span_mode", "middle"), "widths": _jitter_widths(rng, table.tid, style)}
        lines = table_row_lines(table, rng, opts)
        colx = None
        if layout:
            w = opts["widths"]
            scale = style.get("col_scale", 2)
            colx, x = [], style.get("table_indent", 0)
            for c in range(table.ncols):
                colx.append(x)
                x += w[c] * scale + 2
        for pieces, is_header in lines:
            line = join_layout(pieces, colx) if layout else join_spaces(pieces)
            st.add(line, tid=table.tid, header=is_header, tid_repeat=(table.tid == "requests"))
            if style.get("blank_lines_in_tables") and not layout:
                st.add("", tid=table.tid, tid_repeat=False)
    st = render_blocks(blocks, rng, style, tfn)
    return "\n".join(paginate(st, rng, style)) + "\n"


def _jitter_widths(rng, tid, style):
    base = list(WIDTHS[tid])
    if style.get("width_jitter"):
        base = [max(2, w + rng.choice([-1, 0, 0, 1])) for w in base]
    return base


def render_lines(blocks, rng, style):
    """One cell per line (PyMuPDF-like)."""
    def tfn(st, table):
        widths = _jitter_widths(rng, table.tid, style)
        for r in range(table.nrows()):
            is_header = r < table.header_rows
            for c in range(table.ncols):
                x = table.grid[r][c]
                if not (x is not None and not isinstance(x, tuple)):
                    continue
                cell = x
                if not cell.text:
                    continue
                rk = (id(table), r)
                if cell.rs > 2 and cell.kind == "label" and cell.c == 0 and style.get("vertical_chars", True):
                    for ch in _vertical_chunks(cell.text):
                        st.add(ch, tid=table.tid, header=is_header, rowkey=rk)
                    continue
                w = sum(widths[cell.c: cell.c + cell.cs]) + cell.cs - 1
                for l in _cell_lines(cell.text, w if cell.kind != "data" else 99):
                    st.add(l, tid=table.tid, header=is_header, rowkey=rk)
    st = render_blocks(blocks, rng, style, tfn)
    return "\n".join(paginate(st, rng, style)) + "\n"


def _flat(s):
    return s.replace("\n", "")


def grid_rows(table, covered_h="", covered_v=""):
    rows = []
    for r in range(table.nrows()):
        row = []
        for c in range(table.ncols):
            x = table.grid[r][c]
            if x is None:
                row.append("")
            elif isinstance(x, tuple):
                cell = x[1]
                row.append(covered_v if cell.r != r else covered_h)
            else:
                row.append(_flat(x.text))
        rows.append(row)
    return rows


def render_pipes(blocks, rng, style):
    """Cells separated by ' | ' (pdfplumber tables); merged cells as empty cells.
    Variants: markdown separator row after the first row; '|' alone on a line between cells."""
    md = style.get("md_separator", False)
    lone = style.get("lone_pipe", False)
    outer = style.get("outer_pipes", md)

    def tfn(st, table):
        rows = grid_rows(table)
        trim = style.get("trim_empty_tail", False)
        for i, row in enumerate(rows):
            if trim:
                while len(row) > 2 and row[-1] == "" and row[-2] == "":
                    row = row[:-1]
            is_header = i < table.header_rows
            if lone:
                # closing pipe alone on the next line (seen in converted PDFs)
                st.add("| " + " | ".join(row), tid=table.tid, header=is_header, rowkey=(id(table), i))
                st.add("|", tid=table.tid, header=is_header, rowkey=(id(table), i))
                continue
            line = " | ".join(row)
            if outer:
                line = "| " + line + " |"
            st.add(line, tid=table.tid, header=is_header)
            if md and i == 0:
                st.add("|" + "|".join(["---"] * len(row)) + "|", tid=table.tid, header=True)
    st = render_blocks(blocks, rng, style, tfn)
    return "\n".join(paginate(st, rng, style)) + "\n"


def render_markdown(blocks, rng, style):
    """Markdown converted from a PDF: '#' headings, pipe tables with separator rows; table 三
    optionally flattened to one header row or chunked per group (as converters do)."""
    mode = style.get("md_table_mode", "keep")   # keep | flat | chunks

    def row_md(row):
        return "| " + " | ".join(row) + " |"

    def tfn(st, table):
        rows = grid_rows(table)
        if table.tid == "requests" and mode in ("flat", "chunks"):
            head = ["项目", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
            body = rows[table.header_rows:]
            if mode == "flat":
                st.add(row_md(head)); st.add("|" + "---|" * len(head))
                for row in body:
                    st.add(row_md(row))
                return
            # chunks: one table per group, label columns collapsed into one
            head2 = ["类别"] + head[3:]
            cur = None
            for r, row in enumerate(body, start=table.header_rows):
                lab = [x for x in row[:3] if x]
                group = _group_of(table, r)
                if group != cur:
                    cur = group
                    st.add("")
                    st.add("### " + group)
                    st.add(row_md(head2)); st.add("|" + "---|" * len(head2))
                st.add(row_md([lab[-1] if lab else ""] + row[3:]))
            return
        for i, row in enumerate(rows):
            st.add(row_md(row))
            if i == 0:
                st.add("|" + "---|" * len(row))
    hp = {"h1": "## ", "h2": "### ", "caption": "#### "}
    style = dict(style)
    style["heading_prefix"] = hp
    blocks2 = []
    for b in blocks:
        if b.kind == "title":
            from .model import Block
            blocks2.append(Block("title", lines=["# " + " ".join(b.lines)] if style.get("md_title_join") else ["# " + b.lines[0]] + b.lines[1:]))
        else:
            blocks2.append(b)
    st = render_blocks(blocks2, rng, style, tfn)
    return "\n".join(l for l, _ in st.items) + "\n"


def _group_of(table, r):
    """Name of the row group a requests-table row belongs to (for chunked Markdown)."""
    # the nearest label in column 1 with a rowspan covering r, or the row's own label
    x = table.grid[r][1]
    cell = x[1] if isinstance(x, tuple) else x
    if cell is not None and cell.c == 1 and cell.rs > 1:
        return _flat(cell.text)
    x0 = table.grid[r][0]
    c0 = x0[1] if isinstance(x0, tuple) else x0
    if c0 is not None and c0.rs > 1:
        lab = _flat(cell.text) if cell is not None else ""
        return lab
    return _flat(c0.text) if c0 is not None else ""


def render_tabs(blocks, rng, style):
    """Text copied out of Word: cells separated by tabs; horizontally merged cells appear
    once, vertically merged ones leave an empty field."""
    def tfn(st, table):
        for r in range(table.nrows()):
            fields = []
            for c in range(table.ncols):
                x = table.grid[r][c]
                if isinstance(x, tuple):
                    cell = x[1]
                    if cell.r != r and cell.c == c:
                        fields.append("")
                    continue
                fields.append("" if x is None else _flat(x.text))
            st.add("\t".join(fields), tid=table.tid, header=r < table.header_rows)
    st = render_blocks(blocks, rng, style, tfn)
    return "\n".join(paginate(st, rng, style)) + "\n"
