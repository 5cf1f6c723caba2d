"""Turns one planned report (body, year, template, numbers, style) into the document model,
and records what is printed where (facts, blank cells, raw values, title ...)."""
from __future__ import annotations

from . import text as T
from .facts import (APPEAL_GROUPS, APPLICANT_COLS, COLS, all_keys, failed_checks, outcome_rows,
                    request_rows)
from .model import Block, build_active_tables, build_appeals_table, build_requests_table

MONEY_KEYS = {"active.fees.amount", "active.procurement.amount"}
SIGNED_KEYS = {k for k in ("active.licensing.change", "active.other_services.change", "active.punishment.change",
                           "active.coercion.change", "active.fees.change")}


def fmt_num(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return f"{v:.4f}".rstrip("0").rstrip(".")
    return str(v)


class Printed:
    """Printed strings of all data cells, plus what the manifest must say about them."""

    def __init__(self):
        self.s = {}
        self.blank = []
        self.raw = {}


def print_cells(rng, values, style):
    p = Printed()
    null_marks = style["null_marks"]
    for k, v in values.items():
        table = k.split(".")[0]
        zmode = style["zero_mode"].get(table, "0")
        if style["blank_table"].get(table):
            p.s[k] = ""
            p.blank.append(k)
            continue
        if k in style.get("blank_keys", ()):
            p.s[k] = ""
            p.blank.append(k)
            continue
        if v is None:
            mark = rng.choice(null_marks)
            p.s[k] = mark
            p.raw[k] = mark
            continue
        if v == 0 and zmode != "0" and k not in MONEY_KEYS:
            if zmode == "blank":
                p.s[k] = ""
                p.blank.append(k)
                continue
            if zmode == "dash":
                p.s[k] = "-"
                p.raw[k] = "-"
                continue
        if k in MONEY_KEYS:
            mf = style["money_fmt"]
            if v and mf == "yuan":
                s = f"{int(round(v * 10000))}元"
            elif v and mf == "wanyuan":
                s = f"{fmt_num(v)}万元"
            elif mf == "fixed4":
                s = f"{v:.4f}"
            else:
                s = fmt_num(v)
            p.s[k] = s
            if s != fmt_num(v):
                p.raw[k] = s
            continue
        if k in SIGNED_KEYS and v > 0 and style["plus_sign"]:
            p.s[k] = f"+{v}"
            p.raw[k] = p.s[k]
            continue
        p.s[k] = fmt_num(v)
    # notes appended to numbers in table 二
    for k, note in style.get("cell_notes", {}).items():
        if k in p.s and p.s[k] not in ("",) and k in values and values[k]:
            p.s[k] = p.s[k] + note
            p.raw[k] = p.s[k]
    return p


def build_document(rng, plan):
    """plan: dict with body, year, fmt, other_rows, values, style, narrative settings.
    Returns dict(blocks, printed, title, narrative_facts, notes, variants)."""
    body, year, fmt, style = plan["body"], plan["year"], plan["fmt"], plan["style"]
    values = plan["values"]
    ident = style["identity"]            # normal | generic_title | header_only | flag
    notes, variants = plan["notes"], plan["variants"]
    printed = print_cells(rng, values, style)

    anon = ident in ("header_only", "flag")
    name_title = {"full": body.agency, "title": body.title_name}[style["title_name"]]
    Yf = T.year_forms(year)
    Y = Yf[style["narr_yform"]]
    we = body.we if not (anon and "政府" in body.we) else "本机关"
    portal = T.portal_for(body) if not anon else "本单位门户网站"
    compiler = body.compiler if not anon else "本机关"
    contact = body.contact if not anon else ("本机关办公室" if body.kind != "dept" else we.replace("我", "本") + "办公室")
    sign_date = plan["sign_date"]
    blocks = []

    # ---------------------------------------------------------------- front matter
    if style.get("meta_first"):
        for line in style["meta_first"]:
            blocks.append(Block("meta", line))
    if style.get("cover"):
        cover_lines = [body.agency if not anon else "", T.year_forms(year)["plain"] + "政府信息公开工作年度报告" if style["cover"] == "full" else "",
                       T.cn_date(*sign_date) if style.get("cn_date") else f"{sign_date[0]}年{sign_date[1]}月"]
        blocks.append(Block("cover", lines=[x for x in cover_lines if x]))
        blocks.append(Block("pagebreak"))
        variants.append("cover-page")
    if ident in ("generic_title", "header_only", "flag"):
        tl = T.title_lines(rng, "", year, "generic", style["title_yform"])
    else:
        tl = T.title_lines(rng, name_title, year, style["title_form"], style["title_yform"])
    blocks.append(Block("title", lines=tl))
    if style.get("date_under_title"):
        blocks.append(Block("meta", f"（{sign_date[0]}年{sign_date[1]}月{sign_date[2]}日）"))

    fmt_doc = T.FORMAT_DOCS["2021" if (year >= 2021 and rng.random() < 0.85) else "2019"]
    if fmt == "2019" and year >= 2021:
        notes.append(f"cites {'国办公开办函〔2021〕30号' if '2021' in fmt_doc else '国办公开办函〔2019〕60号'} in the intro but prints the 2019 table template")
    intro = T.fill(T.INTRO_FORMS[style["intro_form"]], compiler=compiler, format_doc=fmt_doc)
    if anon and style["intro_form"] == 1:
        intro = intro.replace("本机关编制了本报告", "编制本报告")
    period = T.fill(T.PERIOD_FORMS[style["period_form"]], y=year)
    c_sentence = T.fill(T.CONTACT_FORMS[style["contact_form"]], contact=contact, addr=plan["addr"], zip=plan["zip"],
                        tel=plan["tel"], mail=plan["mail"], site=(body.host_site + "门户网站" if not anon else "本单位门户网站"))
    if anon:
        c_sentence = T.fill(T.CONTACT_FORMS[1], contact=contact, tel=plan["tel"])
    lead = intro + period + (c_sentence if style["contact_pos"] == "front" else "")
    blocks.append(Block("p", lead))

    # ---------------------------------------------------------------- 一、总体情况
    blocks.append(Block("h1", "一、总体情况"))
    nf = []
    kw = dict(Y=Y, we=we, area=body.area_word, portal=portal, info_n=plan["misc"]["info_n"],
              policy_n=plan["misc"]["policy_n"], interp_n=plan["misc"]["interp_n"], press_n=plan["misc"]["press_n"],
              audit_n=plan["misc"]["audit_n"], media_n=plan["misc"]["media_n"], train_n=plan["misc"]["train_n"])
    blocks.append(Block("p", T.fill(rng.choice(T.OVERVIEW_OPEN), **kw)))
    if style.get("numbered_subpoints"):
        # sub-points numbered 一、二、三 inside section 一 (they look like section headings)
        variants.append("subpoints-look-like-sections")
    ap = T.fill(rng.choice(T.ACTIVE_PARAS), **kw)
    doc_key = "active.normative_docs.issued" if fmt == "2021" else "active.normative_docs.made"
    nd = values.get(doc_key)
    if nd is not None and rng.random() < 0.6:
        s = f"全年制发{'行政' if fmt == '2021' else ''}规范性文件{nd}件。"
        ap += s
        nf.append({"sentence": s, "key": doc_key, "value": nd})
    rq = values
    rec, co = rq["requests.received.total"], rq["requests.carried_over.total"]
    tp, cf = rq["requests.total_processed.total"], rq["requests.carried_forward.total"]
    mode = style["request_para"]
    if rec == 0 and co == 0 and mode != "vague":
        mode = "zero"
    shown_rec = rec + style.get("narrative_offset", 0)
    rp = T.fill(T.REQUEST_PARAS[mode], Y=Y, we=we, area=body.area_word, rec=shown_rec, co=co, tp=tp, cf=cf, recco=rec + co)
    if mode == "full":
        nf += [{"sentence": rp, "key": "requests.received.total", "value": shown_rec},
               {"sentence": rp, "key": "requests.carried_over.total", "value": co},
               {"sentence": rp, "key": "requests.total_processed.total", "value": tp},
               {"sentence": rp, "key": "requests.carried_forward.total", "value": cf}]
    elif mode == "rec":
        nf.append({"sentence": rp, "key": "requests.received.total", "value": shown_rec})
    elif mode == "combined":
        nf += [{"sentence": rp, "key": "requests.received.total+requests.carried_over.total", "value": rec + co},
               {"sentence": rp, "key": "requests.total_processed.total", "value": tp},
               {"sentence": rp, "key": "requests.carried_forward.total", "value": cf}]
        notes.append(f"narrative '受理{rec + co}件' counts received + carried over ({rec} + {co}), not requests.received.total")
    elif mode == "zero":
        nf.append({"sentence": rp, "key": "requests.received.total", "value": 0})
    paras = [ap, rp, T.fill(rng.choice(T.MANAGE_PARAS), **kw), T.fill(rng.choice(T.PLATFORM_PARAS), **kw),
             T.fill(rng.choice(T.SUPERVISE_PARAS), **kw)]
    if style.get("numbered_subpoints"):
        cn = "一二三四五"
        paras = [cn[i] + "、" + p.split("。", 1)[0].split("）", 1)[1] + "\n" + p.split("。", 1)[1] if p.split("。", 1)[1] else p
                 for i, p in enumerate(paras)]
    for p in paras:
        if "\n" in p:
            a, b = p.split("\n", 1)
            blocks.append(Block("h2", a))
            if b:
                blocks.append(Block("p", b))
        elif style.get("sub_as_heading") and p.startswith("（"):
            head, rest = p.split("。", 1)
            blocks.append(Block("h2", head + "。" if style["sub_as_heading"] == 2 else head))
            if rest:
                blocks.append(Block("p", rest))
        else:
            blocks.append(Block("p", p))

    # ---------------------------------------------------------------- tables
    blocks.append(Block("h1", "二、主动公开政府信息情况"))
    for t in build_active_tables(printed.s, fmt, style):
        if t.caption:
            blocks.append(Block("caption", t.caption))
        blocks.append(Block("table", table=t))
    blocks.append(Block("h1", "三、收到和处理政府信息公开申请情况"))
    blocks.append(Block("table", table=build_requests_table(printed.s, plan["other_rows"], style)))
    blocks.append(Block("h1", style["h4_text"]))
    blocks.append(Block("table", table=build_appeals_table(printed.s, style)))
    if style.get("appeal_sentence"):
        rv = values["appeals.review.total"] or 0
        lt = (values["appeals.litigation_direct.total"] or 0) + (values["appeals.litigation_after_review.total"] or 0)
        s = T.fill(T.APPEAL_SENTENCE, rv=rv, lt=lt)
        blocks.append(Block("p", s))
        nf.append({"sentence": s, "key": "appeals.review.total", "value": rv})
        nf.append({"sentence": s, "key": "appeals.litigation_direct.total+appeals.litigation_after_review.total", "value": lt})

    # ---------------------------------------------------------------- 五、六
    blocks.append(Block("h1", style["h5_text"]))
    blocks.append(Block("p", T.fill(rng.choice(T.PROBLEM_PARAS), **kw)))
    blocks.append(Block("p", T.fill(rng.choice(T.IMPROVE_PARAS), **kw)))
    blocks.append(Block("h1", "六、其他需要报告的事项"))
    if fmt == "2021" or year >= 2021:
        fee = plan["misc"]["fee_yuan"]
        ff = T.FEE_FORMS[0] if fee else rng.choice(T.FEE_FORMS)
        blocks.append(Block("p", T.fill(ff, Y=Y, we=we, fee=fee)))
    blocks.append(Block("p", rng.choice(T.OTHER_FORMS)))
    if style["contact_pos"] == "end":
        blocks.append(Block("p", c_sentence))
    if style["signature"]:
        date_s = T.cn_date(*sign_date) if style.get("cn_date") else f"{sign_date[0]}年{sign_date[1]}月{sign_date[2]}日"
        lines = ([body.agency if style["signature"] == "full" else body.title_name] if not anon else []) + [date_s]
        blocks.append(Block("sign", lines=lines))

    return dict(blocks=blocks, printed=printed, title_lines=tl, narrative_facts=nf)
