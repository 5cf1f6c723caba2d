"""Plans N reports (bodies, years, templates, numbers, styles), renders them and writes the
manifest."""
from __future__ import annotations

import json
import os
import random
import re

from . import text as T
from .catalog import build_pool
from .compose import build_document, fmt_num
from .facts import (APPEAL_GROUPS, APPLICANT_COLS, COLS, all_keys, failed_checks, gen_active, gen_appeals,
                    gen_requests, outcome_rows, request_rows)
from .render_rich import render_docx, render_html, render_pdf
from .render_text import render_lines, render_markdown, render_pipes, render_spaces, render_tabs

SHAPES = ["pdf-text-spaces", "pdf-text-layout", "one-cell-per-line", "pipes", "markdown", "html", "docx", "pdf",
          "gbk-text", "utf16-text"]
DELIMITED = {"html", "docx", "pdf", "pipes", "markdown", "gbk-text:tabs", "utf16-text:tabs"}
PAGE_FMTS = ["- {n} -", "-{n}-", "— {n} —", "—{n}—", "第{n}页", "{n}", "- {n} -"]
GENERIC_NAMES = ["年报", "report", "{y}年报", "附件", "download", "政府信息公开工作年度报告", "nianbao", "附件1", "index",
                 "content", "{y}年度报告", "年度报告"]
EXT = {"pdf-text-spaces": ".txt", "pdf-text-layout": ".txt", "one-cell-per-line": ".txt", "pipes": ".txt",
       "markdown": ".md", "html": ".html", "docx": ".docx", "pdf": ".pdf", "gbk-text": ".txt", "utf16-text": ".txt"}
SLIPS = [("行政法规禁止公开", "行政止公开"), ("补正后申请内容仍不明确", "补正后申请内容仍不明碗"),
         ("属于三类内部事务信息", "属于三类内部事务信己"), ("要求提供公开出版物", "要求提供公开出版勿"),
         ("本年新收政府信息公开申请数量", "本年新收政府信息公开中请数量"), ("结转下年度继续办理", "结转下年度继绩办理")]


def _template(rng, year):
    """Returns (fmt, other_rows, note)."""
    if year <= 2020:
        return "2019", 1, ""
    x = rng.random()
    if x < 0.09:
        return "2019", 1, f"{year} report still printed in the 2019 template (headers 本年新制作数量 …, 第（九）项 present)"
    if x < 0.13:
        return "2021", 1, ("MIXED TEMPLATE: table 二 in the 2021 format but table 三 has the 2019-style single row "
                           "（六）其他处理; its cells are under the 2019 keys requests.other.<col>")
    return "2021", 3, ""


def plan_series(rng, n, pool):
    """Assign (body, year) to n reports: each body gets a run of consecutive years."""
    out = []
    i = 0
    bodies = list(pool)
    # collision bodies first (they come first in the pool), the rest shuffled
    forced = [b for b in bodies if b.collision]
    rest = [b for b in bodies if not b.collision]
    rng.shuffle(rest)
    order = forced + rest
    while len(out) < n:
        b = order[i % len(order)]
        i += 1
        length = rng.choice([1, 1, 2, 2, 2, 3, 4])
        length = min(length, n - len(out))
        start = rng.randint(2019, 2026 - length)
        taken = {y for bb, y in out if bb is b}
        for y in range(start, start + length):
            if y not in taken:
                out.append((b, y))
    return out[:n]


def choose_style(rng, shape, body, year, fmt, ident):
    inner = None
    if shape == "gbk-text":
        inner = rng.choice(["tabs", "tabs", "spaces"])
    elif shape == "utf16-text":
        inner = rng.choice(["tabs", "spaces", "lines"])
    delim = shape in DELIMITED or f"{shape}:{inner}" in DELIMITED
    st = {
        "shape": shape, "inner": inner, "delimited": delim, "identity": ident,
        "title_form": rng.choice(["one", "one", "one", "two", "two", "guanyu_two", "guanyu_one", "split", "year_first"]),
        "title_yform": rng.choice(["plain", "plain", "plain", "du", "cn", "cndu"]),
        "title_name": rng.choice(["full", "title", "title"]),
        "narr_yform": rng.choice(["plain", "plain", "plain", "cn"]),
        "intro_form": rng.randrange(len(T.INTRO_FORMS)),
        "period_form": rng.randrange(len(T.PERIOD_FORMS)),
        "contact_form": rng.randrange(len(T.CONTACT_FORMS)),
        "contact_pos": rng.choice(["front", "front", "end"]),
        "signature": rng.choice(["full", "full", "title", None]),
        "cn_date": rng.random() < 0.2,
        "date_under_title": rng.random() < 0.08,
        "request_para": rng.choice(["full", "full", "rec", "rec", "combined", "vague"]),
        "appeal_sentence": rng.random() < 0.25,
        "numbered_subpoints": rng.random() < 0.1,
        "sub_as_heading": rng.choice([0, 0, 0, 1, 2]),
        "h4_text": rng.choice(["四、政府信息公开行政复议、行政诉讼情况"] * 4 + ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"]),
        "h5_text": rng.choice(["五、存在的主要问题及改进情况"] * 3 + ["五、政府信息公开工作存在的主要问题及改进情况"]),
        "header_breaks": rng.random() < (0.7 if shape in ("pdf-text-spaces", "pdf-text-layout", "one-cell-per-line", "html") else 0.2),
        "active_split": rng.random() < 0.4,
        "num_sep": "、" if rng.random() < 0.18 else "",
        "other_num_sep": rng.choice(["", "", "、"]),
        "zero_mode": {}, "blank_table": {}, "null_marks": rng.choice([["/"], ["—"], ["不适用"], ["/", "—"]]),
        "money_fmt": rng.choice(["plain", "plain", "plain", "yuan", "wanyuan", "fixed4"]),
        "plus_sign": rng.random() < 0.3,
        "amount_header_plain": rng.random() < 0.3,
        "cover": None, "meta_first": None,
    }
    if st["title_form"] in ("two", "guanyu_two", "split"):
        pass
    if rng.random() < 0.07:
        st["cover"] = rng.choice(["full", "name"])
    for t in ("active", "requests", "appeals"):
        x = rng.random()
        if delim and x < 0.1:
            st["zero_mode"][t] = "blank"
        elif x < 0.16:
            st["zero_mode"][t] = "dash"
        else:
            st["zero_mode"][t] = "0"
    return st


def text_style(rng, shape, inner, st):
    """Options for the text renderers."""
    o = {}
    kind = inner or shape
    if kind in ("pdf-text-spaces", "spaces"):
        o.update(wrap=rng.randint(26, 34), page_fmt=rng.choice(PAGE_FMTS), page_len=rng.randint(30, 44),
                 span_mode=rng.choice(["middle", "middle", "first", "vertical"]), repeat_header=rng.random() < 0.5,
                 spaced_digits=rng.random() < 0.5, blank_lines=rng.random() < 0.25, width_jitter=True)
        o["blank_lines_in_tables"] = o["blank_lines"]
    elif kind == "pdf-text-layout":
        o.update(wrap=rng.randint(28, 32), page_fmt=rng.choice(["-{n}-", "- {n} -", "—{n}—"]), page_len=rng.randint(34, 48),
                 span_mode=rng.choice(["middle", "vertical"]), layout=True, indent="   ", center_pad=" " * rng.randint(6, 16),
                 sign_pad=" " * 30, spaced_digits=True, repeat_header=rng.random() < 0.4, col_scale=2,
                 table_indent=rng.choice([0, 2, 4]), width_jitter=True, blank_after_page=True)
    elif kind in ("one-cell-per-line", "lines"):
        o.update(wrap=rng.randint(28, 34), page_fmt=rng.choice(PAGE_FMTS), page_len=rng.randint(70, 140),
                 page_pos=rng.choice(["top", "bottom"]), vertical_chars=rng.random() < 0.7)
    elif kind == "pipes":
        o.update(wrap=rng.randint(28, 34), page_fmt=rng.choice(PAGE_FMTS), page_len=rng.randint(36, 50),
                 lone_pipe=rng.random() < 0.3, outer_pipes=rng.random() < 0.3, trim_empty_tail=rng.random() < 0.3)
    elif kind == "markdown":
        o.update(md_table_mode=rng.choice(["keep", "flat", "chunks"]), blank_lines=True,
                 md_title_join=rng.random() < 0.5)
    elif kind == "tabs":
        o.update(page_fmt=None, blank_lines=rng.random() < 0.5, indent=rng.choice(["", "　　"]))
    return o


def _apply_to_blocks(blocks, fn, skip_title=False):
    for b in blocks:
        if b.text is not None:
            b.text = fn(b.text)
        if b.lines is not None and not (skip_title and b.kind == "title"):
            b.lines = [fn(x) for x in b.lines]
        if b.table is not None:
            for cell in b.table.cells():
                cell.text = fn(cell.text)
            if b.table.caption:
                b.table.caption = fn(b.table.caption)


def _unique_name(name, used):
    base, ext = os.path.splitext(name)
    cand = name
    k = 2
    while cand.lower() in used:
        cand = f"{base}({k}){ext}" if re.search(r"[\u4e00-\u9fff]", base) else f"{base}_{k}{ext}"
        k += 1
    used.add(cand.lower())
    return cand


def _addr_region(region):
    for suf in ("壮族自治区", "省"):
        if suf in region:
            return region.split(suf, 1)[1]
    return region


def doc_number(rng, body, year):
    stem = body.title_name[:1]
    if body.kind in ("gov", "office"):
        pre = stem + "政办"
    elif body.kind == "town":
        pre = body.title_name[:2] + "政"
    else:
        pre = stem + {"health": "卫健", "emergency": "应急", "culture": "文旅", "ndrc": "发改", "market": "市监",
                      "housing": "建", "hrss": "人社", "land": "资规", "veterans": "退役军人", "urban": "城管",
                      "education": "教", "police": "公", "ecology": "环", "science": "科"}.get(body.dept_code, "")
    return f"{pre}〔{year + 1}〕{rng.randint(1, 40)}号"


def generate(out_dir, n_reports, seed):
    rng = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    pool = build_pool(rng, max(24, int(n_reports * 0.42)))
    plan = plan_series(rng, n_reports, pool)

    # shapes: balanced, shuffled
    shapes = (SHAPES * (n_reports // len(SHAPES) + 1))[:n_reports]
    rng.shuffle(shapes)
    # identity: ~4% flag
    n_flag = max(1, round(n_reports * 0.04)) if n_reports >= 10 else 0
    idx = list(range(n_reports))
    rng.shuffle(idx)
    flag_idx = set(idx[:n_flag])
    docx_idx = [i for i in idx[n_flag:] if shapes[i] == "docx"]
    trad_ok = [i for i in idx if shapes[i] in ("pdf-text-spaces", "one-cell-per-line", "pipes", "markdown", "html",
                                               "docx", "gbk-text", "utf16-text")]
    trad_idx = set(trad_ok[-max(2, round(n_reports * 0.035)):]) if n_reports >= 20 else set()
    header_only_idx = set(docx_idx[: max(1, len(docx_idx) // 7)] if docx_idx else [])

    # numbers per body, year by year (so carried_over(Y+1) = carried_forward(Y))
    by_body = {}
    for i, (b, y) in enumerate(plan):
        by_body.setdefault(id(b), []).append((y, i))
    reports = [None] * n_reports
    carry_breaks = set()
    for lst in by_body.values():
        lst.sort()
        prev = None
        prev_year = None
        break_here = len(lst) >= 2 and rng.random() < 0.1
        for k, (y, i) in enumerate(lst):
            b = plan[i][0]
            r = random.Random(seed * 1000003 + i)
            fmt, other_rows, tnote = _template(r, y)
            carried_in = None
            if prev is not None and prev_year == y - 1:
                carried_in = {c: prev["carried_forward"][c] for c in APPLICANT_COLS}
            req = gen_requests(r, b, other_rows, carried_in)
            notes = []
            cross = None
            if carried_in is not None and break_here and k == len(lst) - 1:
                # deliberate break of check 6: this report's carried_over differs from last year's carried_forward
                req["carried_over"]["natural_person"] += 1
                req["carried_over"]["total"] += 1
                req["total_processed"]["natural_person"] += 1
                req["total_processed"]["total"] += 1
                req["granted"]["natural_person"] += 1
                req["granted"]["total"] += 1
                cross = (f"DELIBERATE: carried_over.natural_person ({req['carried_over']['natural_person']}) is 1 more than "
                         f"the {y - 1} report's carried_forward.natural_person; every check inside this report passes")
                carry_breaks.add(i)
            app = gen_appeals(r, b, req["received"]["total"])
            act = gen_active(r, b, fmt)
            reports[i] = dict(body=b, year=y, fmt=fmt, other_rows=other_rows, req=req, app=app, act=act, rng=r,
                              notes=([tnote] if tnote else []) + ([cross] if cross else []))
            prev, prev_year = req, y

    used = set()
    manifest = []
    for i in range(n_reports):
        rep = reports[i]
        r = rep["rng"]
        b, y, fmt, other_rows = rep["body"], rep["year"], rep["fmt"], rep["other_rows"]
        shape = shapes[i]
        ident = "flag" if i in flag_idx else ("header_only" if i in header_only_idx else
                                              ("generic_title" if r.random() < 0.08 else "normal"))
        st = choose_style(r, shape, b, y, fmt, ident)
        if ident == "generic_title":
            st["signature"] = "full"
            st["intro_form"] = r.choice([0, 1])
        notes = list(rep["notes"])
        variants = []
        values = {}
        for k, v in rep["act"].items():
            values[k] = v
        for row in request_rows(other_rows):
            for c in COLS:
                values[f"requests.{row}.{c}"] = rep["req"][row][c]
        for g in APPEAL_GROUPS:
            for o in ("upheld", "corrected", "other", "pending", "total"):
                values[f"appeals.{g}.{o}"] = rep["app"][g][o]

        # not-applicable cells elsewhere than table 二
        if b.level in ("township", "street") and r.random() < 0.25 and all(
                values[f"appeals.{g}.{o}"] == 0 for g in APPEAL_GROUPS[1:] for o in ("upheld", "corrected", "other", "pending", "total")):
            for g in APPEAL_GROUPS[1:]:
                for o in ("upheld", "corrected", "other", "pending", "total"):
                    values[f"appeals.{g}.{o}"] = None
            notes.append("行政诉讼 cells printed as not-applicable marks (null), not 0")
        if r.random() < 0.03 and all(values[f"requests.{row}.research"] == 0 for row in request_rows(other_rows)):
            for row in request_rows(other_rows):
                values[f"requests.{row}.research"] = None
            notes.append("科研机构 column printed with not-applicable marks (null)")

        # tables printed with every cell blank
        req_zero = all(not values[k] for k in values if k.startswith("requests."))
        if r.random() < 0.05 or (req_zero and r.random() < 0.35):
            cands = []
            if req_zero:
                cands += ["requests", "requests"]
            if all(not values[k] for k in values if k.startswith("appeals.")):
                cands.append("appeals")
            if b.level in ("township", "street") or r.random() < 0.3:
                cands.append("active")
            if cands:
                t = r.choice(cands)
                for k in values:
                    if k.startswith(t + "."):
                        values[k] = 0 if not isinstance(values[k], float) else 0.0
                st["blank_table"][t] = True
                variants.append(f"blank-table:{t}")
                notes.append(f"table {'二' if t == 'active' else '三' if t == 'requests' else '四'} printed with every "
                             f"cell blank; facts record 0 and every cell is in blank_cells")

        # deliberate inconsistencies (~9%)
        deliberate = []
        if ident != "flag" and r.random() < 0.09:
            kinds = ["appeals_total_zero", "row_total_off", "balance_off", "processed_off", "narrative"]
            if st["delimited"]:
                kinds.append("blank_totals")
            if req_zero:
                kinds = [k for k in kinds if k not in ("blank_totals", "narrative")]
            kind = r.choice(kinds)
            if kind == "appeals_total_zero" and not st["blank_table"].get("appeals"):
                g = r.choice(APPEAL_GROUPS)
                if values[f"appeals.{g}.upheld"] in (0, None):
                    values[f"appeals.{g}.upheld"] = r.randint(1, 6)
                    values[f"appeals.{g}.total"] = 0
                else:
                    values[f"appeals.{g}.total"] = 0
                for o in ("corrected", "other", "pending"):
                    if values[f"appeals.{g}.{o}"] is None:
                        values[f"appeals.{g}.{o}"] = 0
                deliberate.append(f"DELIBERATE: appeals {g} 总计 printed 0 although its parts are not all 0")
            elif kind == "row_total_off" and not st["blank_table"].get("requests"):
                row = r.choice(["granted", "unable.not_held", "received", "partially_granted"])
                values[f"requests.{row}.total"] += r.choice([1, 2, -1, 10])
                if values[f"requests.{row}.total"] < 0:
                    values[f"requests.{row}.total"] = 1
                deliberate.append(f"DELIBERATE: requests {row} 总计 does not equal the sum of its row")
            elif kind == "balance_off" and not st["blank_table"].get("requests"):
                values["requests.received.natural_person"] += 1
                values["requests.received.total"] += 1
                deliberate.append("DELIBERATE: received.natural_person (and its total) printed 1 too high: "
                                  "balance fails for natural_person and total")
            elif kind == "processed_off" and not st["blank_table"].get("requests"):
                tp0 = values["requests.total_processed.total"]
                values["requests.total_processed.total"] = tp0 + (r.choice([1, 3, -1]) if tp0 > 0 else r.choice([1, 3]))
                deliberate.append("DELIBERATE: （七）总计 / 总计 cell differs from the sum of the outcome rows")
            elif kind == "narrative":
                st["narrative_offset"] = r.choice([1, 2, 5, -1])
                st["request_para"] = r.choice(["full", "rec"])
                deliberate.append("DELIBERATE: the narrative's number of received applications differs from "
                                  "requests.received.total")
            elif kind == "blank_totals" and not st["blank_table"].get("requests"):
                bk = []
                for row in outcome_rows(other_rows):
                    k = f"requests.{row}.total"
                    values[k] = 0
                    bk.append(k)
                st["blank_keys"] = set(bk)
                deliberate.append("DELIBERATE: every 总计 cell of the outcome rows （一）…（六） is printed blank (as in "
                                  "a real 2019 report); blank reads as 0, so row totals and processed_sum:total fail")
        notes += deliberate

        cell_notes = {}
        if r.random() < 0.1:
            ikey = "active.regulations.issued" if fmt == "2021" else "active.regulations.made"
            nkey = "active.normative_docs.issued" if fmt == "2021" else "active.normative_docs.made"
            rkey = "active.normative_docs.repealed" if fmt == "2021" else None
            for k in (ikey, nkey):
                if values.get(k):
                    cell_notes[k] = f"（其中修订{r.randint(0, values[k])}件）"
            if rkey and values.get(rkey):
                cell_notes[rkey] = f"（含自然失效{r.randint(0, values[rkey])}件）"
            if cell_notes:
                variants.append("notes-in-cells")
        st["cell_notes"] = cell_notes

        sign_date = (y + 1, r.randint(1, 3), r.randint(1, 28))
        misc = dict(info_n=r.randint(40, 6000), policy_n=r.randint(0, 60), interp_n=r.randint(0, 40),
                    press_n=r.randint(0, 30), audit_n=r.randint(5, 400), media_n=r.randint(20, 3000),
                    train_n=r.randint(1, 12), fee_yuan=r.choice([0, 0, 0, 0, 40, 380, 1200, 3940]))
        if ident not in ("flag", "header_only") and r.random() < 0.12:
            st["meta_first"] = [r.choice([doc_number(r, b, y), f"发布日期：{sign_date[0]}-{sign_date[1]:02d}-{sign_date[2]:02d}",
                                          f"索引号：{r.randint(10**10, 10**11 - 1)}/{y + 1}-{r.randint(1, 999):05d}"])]
            variants.append("meta-line-before-title")
        elif ident == "header_only":
            st["meta_first"] = [f"{sign_date[0]}年{sign_date[1]}月{sign_date[2]}日"]
            variants.append("meta-line-before-title")
        plan_d = dict(body=b, year=y, fmt=fmt, other_rows=other_rows, values=values, style=st, notes=notes,
                      variants=variants, sign_date=sign_date, misc=misc,
                      addr=f"{_addr_region(b.region)}{r.choice(['人民路', '政府路', '行政中心', '建设大道', '府前街'])}{r.randint(1, 200)}号",
                      zip=f"{r.randint(100000, 860000)}", tel=f"0{r.randint(10, 999)}-{r.randint(2000000, 89999999)}",
                      mail=f"gk{r.randint(100, 999)}@{r.choice(['163.com', '126.com', 'qq.com'])}")
        doc = build_document(r, plan_d)
        blocks = doc["blocks"]

        # label slips (OCR-like)
        if r.random() < 0.04:
            a, z = r.choice(SLIPS)
            for bl in blocks:
                if bl.table is not None:
                    for cell in bl.table.cells():
                        if cell.kind == "label" and a in cell.text:
                            cell.text = cell.text.replace(a, z)
            notes.append(f"label typo in table 三: '{z}' for '{a}'")
            variants.append("label-typo")
        # notes appended to row labels of table 二 (e.g. 行政规范性文件（其中修订3件）)
        if r.random() < 0.05:
            for bl in blocks:
                if bl.table is not None and bl.table.tid == "active":
                    for cell in bl.table.cells():
                        if cell.kind == "label" and cell.text in ("规章", "行政规范性文件", "规范性文件"):
                            cell.text += r.choice(["（其中修订{}件）".format(r.randint(0, 9)), "（含修订）", "（含部门规范性文件）"])
            variants.append("notes-in-labels")
        # character-level variants
        if r.random() < 0.12:
            _apply_to_blocks(blocks, T.to_ascii_punct, skip_title=True)
            variants.append("ascii-punctuation")
        trad = i in trad_idx
        if trad:
            _apply_to_blocks(blocks, T.to_traditional)
            variants.append("traditional")
        if st["num_sep"]:
            variants.append("numbering-1、")
        if st["header_breaks"]:
            variants.append("header-breaks")
        if st["active_split"]:
            variants.append("active-split-tables")

        # record printed cells from the final tables
        facts, blank, raw = {}, [], {}
        for bl in blocks:
            if bl.table is None:
                continue
            for cell in bl.table.cells():
                if cell.key:
                    v = values[cell.key]
                    facts[cell.key] = v
                    if cell.text == "":
                        blank.append(cell.key)
                    elif cell.text != fmt_num(v):
                        raw[cell.key] = cell.text
        # rendering options (spaced digits are applied here so the manifest's title is what is printed)
        tst = text_style(r, shape, st["inner"], st)
        if tst.pop("spaced_digits", False):
            for bl in blocks:
                if bl.kind in ("p", "meta") and bl.text:
                    bl.text = T.space_digits(bl.text)
                elif bl.kind == "title":
                    bl.lines = [T.space_digits(x) for x in bl.lines]
            variants.append("spaced-digits")
        title_block = [bl for bl in blocks if bl.kind == "title"][0]
        title = "\n".join(title_block.lines)
        page_fmt = tst.get("page_fmt")
        if shape == "pdf":
            tst["page_fmt"] = r.choice(["- {n} -", "—{n}—", "第{n}页"])
            tst["repeat_header"] = r.random() < 0.6
            if ident == "normal" and r.random() < 0.2:
                tst["running_header"] = b.agency
                variants.append("running-header")
            tst["pdf_title"] = title.replace("\n", "") if ident not in ("flag", "header_only") else ""
        if ident == "normal" and shape in ("pdf-text-spaces", "one-cell-per-line") and r.random() < 0.1:
            tst["running_header"] = b.title_name + "政府信息公开工作年度报告"
            variants.append("running-header")
        host = b.host_site
        if shape == "html":
            tst.update(html_title=(title.replace("\n", "") if ident != "flag" else "政府信息公开年报"),
                       html_nav=r.random() < 0.6, html_title_tag=r.choice(["p", "p", "h1"]),
                       html_h1_tag=r.choice(["p", "p", "h2", "h3"]), html_blank=r.choice(["&nbsp;", "&nbsp;", ""]))
            if ident != "flag":
                tst["html_meta"] = f"发布日期：{sign_date[0]}-{sign_date[1]:02d}-{sign_date[2]:02d}　来源：{b.agency if r.random() < 0.7 else host}"
                if r.random() < 0.6:
                    tst["html_footer"] = f"主办单位：{host}办公室　版权所有　地址：{plan_d['addr']}"
                    if host + "办公室" != b.agency:
                        notes.append(f"HTML page footer names the host site's body ({host}办公室), not the report's body")
                        variants.append("host-footer")
            else:
                tst["html_meta"] = f"发布日期：{sign_date[0]}-{sign_date[1]:02d}-{sign_date[2]:02d}"
        if shape == "docx":
            if ident == "header_only":
                tst["docx_header"] = b.agency
                variants.append("body-only-in-page-header")
                notes.append("the body's name appears only in the Word page header (title is generic, text says 本机关/我局)")
            elif ident == "normal" and r.random() < 0.3:
                tst["docx_header"] = b.agency + ("政府信息公开工作年度报告" if r.random() < 0.5 else "")
                variants.append("page-header")
            tst["docx_title_one_para"] = r.random() < 0.3
            tst["docx_heading_styles"] = r.random() < 0.3

        if shape in ("pdf-text-spaces", "pdf-text-layout") or (st["inner"] == "spaces"):
            data = render_spaces(blocks, r, tst)
        elif shape == "one-cell-per-line" or st["inner"] == "lines":
            data = render_lines(blocks, r, tst)
        elif shape == "pipes":
            data = render_pipes(blocks, r, tst)
            if tst.get("lone_pipe"):
                variants.append("lone-pipe")
        elif shape == "markdown":
            data = render_markdown(blocks, r, tst)
            variants.append("md-" + tst["md_table_mode"])
        elif st["inner"] == "tabs":
            data = render_tabs(blocks, r, tst)
        elif shape == "html":
            data = render_html(blocks, r, tst)
        elif shape == "docx":
            data = render_docx(blocks, r, tst)
        elif shape == "pdf":
            data = render_pdf(blocks, r, tst)
        else:
            raise ValueError(shape)
        if tst.get("repeat_header") and shape in ("pdf-text-spaces", "pdf-text-layout", "pdf"):
            variants.append("repeat-header-after-page-break")

        encoding = None
        if isinstance(data, str):
            if shape == "gbk-text":
                try:
                    payload = data.encode("gbk")
                except UnicodeEncodeError:
                    payload = data.encode("gbk", errors="replace")
                    notes.append("some characters could not be encoded in GBK and were replaced by '?'")
                encoding = "gbk"
            elif shape == "utf16-text":
                payload = data.encode("utf-16")
                encoding = "utf-16"
            else:
                payload = data.encode("utf-8")
                encoding = "utf-8"
        else:
            payload = data
        if st["inner"]:
            variants.append("inner-" + st["inner"])

        # file name
        ext = EXT[shape]
        if shape == "html" and r.random() < 0.3:
            ext = ".htm"
        if shape == "markdown" and r.random() < 0.3:
            ext = ".txt"
        x = r.random()
        if ident in ("flag", "header_only") or x < 0.14:
            stem = r.choice(GENERIC_NAMES).format(y=y)
            generic_name = True
        elif x < 0.42:
            stem = r.choice([f"{b.title_name}{y}年政府信息公开工作年度报告", f"{b.agency}{y}年度政府信息公开工作年度报告",
                             f"{y}年{b.title_name}政府信息公开年报"])
            generic_name = False
        else:
            stem = r.choice([f"{b.pinyin}_{y}", f"{y}_{b.pinyin}_nianbao", f"{b.pinyin}-{y}-zfxxgk"])
            generic_name = False
        fname = _unique_name(stem + ext, used)
        with open(os.path.join(out_dir, fname), "wb") as fh:
            fh.write(payload)

        # checks the report fails (must be exactly the deliberate ones)
        fails = failed_checks(facts, other_rows)
        nf = doc["narrative_facts"]
        for item in nf:
            k = item["key"]
            if "+" in k:
                val = sum((facts.get(x) or 0) for x in k.split("+"))
            else:
                val = facts.get(k) or 0
            if val != item["value"]:
                fails.append("narrative:" + k)
        fails = sorted(set(fails))
        if i in carry_breaks:
            fails.append("carry:previous_year")

        rec = {
            "file": fname,
            "shape": shape,
            "agency": b.agency if ident != "flag" else None,
            "year": y,
            "format": fmt,
            "level": b.level,
            "region": b.region if ident != "flag" else None,
            "aliases": b.aliases if ident != "flag" else [],
            "english": b.english if ident != "flag" else None,
            "identity_expected": "flag" if ident == "flag" else "known",
            "facts": facts,
            "blank_cells": blank,
            "title": title,
            "notes": "; ".join(notes),
            # extra fields
            "requests_other_rows": other_rows,
            "raw_values": raw,
            "known_check_failures": fails,
            "narrative_facts": nf,
            "variants": sorted(set(variants)),
            "identity_mode": ident,
            "generic_file_name": generic_name,
            "generic_aliases": b.generic_aliases if ident != "flag" else [],
            "name_collision": b.collision or None,
            "agency_in_title": (b.agency if st["title_name"] == "full" else b.title_name) if ident == "normal" else None,
            "encoding": encoding,
            "true_agency_not_in_file": b.agency if ident == "flag" else None,
        }
        if ident == "flag":
            rec["notes"] = ("identity not establishable: no body name in title, text, header or file name; "
                            + rec["notes"]).rstrip("; ")
        manifest.append(rec)

    with open(os.path.join(out_dir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for rec in manifest:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return manifest
