"""Question bank of the blind evaluation set (see build_blind.py).

WARNING: holds the text of every test question; frozen like test.jsonl.
"""
import blindlib as L

B = L.BODIES


def _rnd(x):
    if isinstance(x, float):
        x = round(x, 6)
        if x == int(x):
            return int(x)
    return x


def src(*bodies):
    out = []
    for b in bodies:
        g = B[b][2]
        s = g if g else "read:" + B[b][3]
        if s not in out:
            out.append(s)
    return " + ".join(out)


def _base(body):
    return {"answerable": True, "agency": B[body][0], "year": B[body][1]}


def ev(body, keys, unit=None, **extra):
    if isinstance(keys, str):
        keys = [keys]
    e = _base(body)
    e["keys"] = list(keys)
    e["value"] = _rnd(sum(L.value(body, k) for k in keys))
    if unit:
        e["unit"] = unit
    e.update(extra)
    return e


def cols(row):
    return ["requests.%s.%s" % (row, c) for c in L.COLS[:-1]]


def enar(body, value, kw, unit, frm=None, **extra):
    e = _base(body)
    e["keys"] = []
    e["value"] = value
    e["sentence"] = L.sentence(body, kw, frm)
    e["unit"] = unit
    e.update(extra)
    return e


def epas(body, contains, section, **extra):
    e = _base(body)
    e["keys"] = []
    e["value"] = None
    e["contains"] = list(contains)
    e["section"] = section
    e.update(extra)
    return e


def eun(why, **extra):
    e = {"answerable": False, "why": why}
    e.update(extra)
    return e


def ediff(b1, b2, key, unit=None):
    a1, y1 = B[b1][0], B[b1][1]
    a2, y2 = B[b2][0], B[b2][1]
    assert a1 == a2 and y2 > y1
    v1, v2 = L.value(b1, key), L.value(b2, key)
    e = {"answerable": True, "agency": a1, "years": [y1, y2], "keys": [key],
         "value": _rnd(v2 - v1), "values": {str(y1): v1, str(y2): v2}}
    if unit:
        e["unit"] = unit
    return e


def erank(bodies, key, order="desc", unit=None):
    vals = {B[b][0]: _rnd(L.value(b, key)) for b in bodies}
    best = (max if order == "desc" else min)(vals.values())
    tops = [a for a, v in vals.items() if v == best]
    assert len(tops) == 1, (key, vals)
    e = {"answerable": True, "agencies": [B[b][0] for b in bodies],
         "years": {B[b][0]: B[b][1] for b in bodies}, "keys": [key], "order": order,
         "value": tops[0], "values": vals}
    if unit:
        e["unit"] = unit
    return e


def ena(body, key, related=None, **extra):
    assert not L.applicable(body, key), (body, key)
    e = _base(body)
    e["keys"] = [key]
    e["value"] = None
    e["not_applicable"] = True
    if related:
        e["related"] = {k: L.value(body, k) for k in related}
    e.update(extra)
    return e


def C(kind, lang, q, e, note="", gs=None, **extra):
    if gs is None:
        if "agency" in e and "year" in e:
            gs = src(L.body_of(e["agency"], e["year"]))
        elif "agencies" in e:
            gs = src(*[L.body_of(a, e["years"][a]) for a in e["agencies"]])
        elif "years" in e:
            gs = src(*[L.body_of(e["agency"], y) for y in e["years"]])
        else:
            gs = "none (no report in the corpus holds this)"
    c = {"turns": [{"question": q, "expect": e}], "lang": lang, "kind": kind,
         "note": note, "gold_source": gs}
    c.update(extra)
    return c


def FU(lang, turns, note="", gs=None):
    srcs = []
    for _q, e in turns:
        if "agency" in e and "year" in e:
            s = src(L.body_of(e["agency"], e["year"]))
        elif "agencies" in e:
            s = src(*[L.body_of(x, e["years"][x]) for x in e["agencies"]])
        elif "years" in e:
            s = src(*[L.body_of(e["agency"], y) for y in e["years"]])
        else:
            s = None
        if s and s not in srcs:
            srcs.append(s)
    return {"turns": [{"question": q, "expect": e} for q, e in turns], "lang": lang,
            "kind": "followup", "note": note, "gold_source": gs or " + ".join(srcs)}


def V(q, lang, body, keys, note="", kind="value", unit=None, **extra):
    return C(kind, lang, q, ev(body, keys, unit=unit, **extra), note)


def T(q, lang, body, keys, note, unit=None, **extra):
    return C("trap", lang, q, ev(body, keys, unit=unit, **extra), note)


def N(q, lang, body, value, kw, unit, note="", frm=None, kind="narrative"):
    return C(kind, lang, q, enar(body, value, kw, unit, frm), note)


def U(q, lang, why, note=""):
    return C("unanswerable", lang, q, eun(why), note or why)


def P(q, lang, body, contains, section, note=""):
    return C("passage", lang, q, epas(body, contains, section), note)


# =====================================================================================
def CONVERSATIONS():
    out = []
    a = out.append

    # ------------------------------------------------------------------ value: 涧西 2020
    a(V("涧西区2020年一共新收了多少件政府信息公开申请？", "zh", "jx", "requests.received.total"))
    a(V("How many new information-disclosure requests did the Jianxi District government office receive in 2020?", "en", "jx", "requests.received.total"))
    a(V("涧西区政府办2020年予以公开的有几件？", "zh", "jx", "requests.granted.total"))
    a(V("涧西2020年因为本机关不掌握相关信息、没法提供的申请有多少？", "zh", "jx", "requests.unable.not_held.total"))
    a(V("In its 2020 report, how many applications did Jianxi carry forward into 2021?", "en", "jx", "requests.carried_forward.total"))
    a(V("涧西区2020年政府集中采购项目有几个？", "zh", "jx", "active.procurement.projects"))
    a(V("What was the total amount of centralised government procurement reported by the Jianxi District office for 2020?", "en", "jx", "active.procurement.amount", unit="万元", note="header says 单位：万元，保留4位小数"))
    a(V("涧西区2020年规范性文件本年新制作了几件？", "zh", "jx", "active.normative_docs.made"))
    a(V("洛阳涧西区政府办公室2020年规范性文件对外公开总数量是多少？", "zh", "jx", "active.normative_docs.total_published"))
    a(V("涧西2020年政府信息公开行政复议结果维持的有几件？", "zh", "jx", "appeals.review.upheld"))
    a(V("How many lawsuits were filed directly against Jianxi (without going through reconsideration first) in 2020?", "en", "jx", "appeals.litigation_direct.total"))
    a(V("涧西区2020年复议后起诉的行政诉讼一共几件？", "zh", "jx", "appeals.litigation_after_review.total"))
    a(V("Jianxi 2020: how many requests from private individuals were handled in total that year?", "en", "jx", "requests.total_processed.natural_person"))
    a(V("涧西区2020年有没有上年结转过来的申请？有几件？", "zh", "jx", "requests.carried_over.total"))
    a(V("涧西区2020年行政处罚的处理决定数量是多少？", "zh", "jx", "active.punishment.decisions"))
    a(V("Did Jianxi refuse to process any duplicate applications in 2020? How many?", "en", "jx", "requests.not_processed.duplicate.total"))
    a(V("涧西2020年不予公开的申请一共多少件？", "zh", "jx", "requests.withheld.total", note="derived: sum of the 8 不予公开 sub-items"))
    a(V("涧西区2020年无法提供的申请总共几件？", "zh", "jx", "requests.unable.total", note="derived: sum of 3 无法提供 sub-items"))

    # ------------------------------------------------------------------ value: 淮安 2024
    a(V("淮安市政府2024年本年新收政府信息公开申请多少件？", "zh", "ha", "requests.received.total"))
    a(V("How many disclosure requests did Huai'an's municipal government receive from natural persons in 2024?", "en", "ha", "requests.received.natural_person"))
    a(V("淮安2024年商业企业提交了多少件信息公开申请？", "zh", "ha", "requests.received.commercial"))
    a(V("淮安市2024年法律服务机构（律所这类）新提交了几件申请？", "zh", "ha", "requests.received.legal_services"))
    a(V("Huai'an 2024: how many requests were granted in full (予以公开)?", "en", "ha", "requests.granted.total"))
    a(V("淮安市人民政府2024年部分公开的申请有几件？", "zh", "ha", "requests.partially_granted.total"))
    a(V("淮安2024年因为属于国家秘密而不予公开的有几件？", "zh", "ha", "requests.withheld.state_secret.total"))
    a(V("How many of Huai'an's 2024 requests were withheld because they concerned administrative query matters (行政查询事项)?", "en", "ha", "requests.withheld.admin_query.total"))
    a(V("淮安市2024年以“其他法律行政法规禁止公开”为由不予公开的有多少件？", "zh", "ha", "requests.withheld.prohibited_by_law.total"))
    a(V("淮安2024年为保护第三方合法权益而不公开的申请有几件？", "zh", "ha", "requests.withheld.third_party.total"))
    a(V("Huai'an 2024: how many requests were refused because the information was deliberative / process information (四类过程性信息)?", "en", "ha", "requests.withheld.process_info.total"))
    a(V("淮安2024年属于行政执法案卷、不予公开的有几件？", "zh", "ha", "requests.withheld.enforcement_files.total"))
    a(V("淮安2024年属于三类内部事务信息的不予公开件数？", "zh", "ha", "requests.withheld.internal_affairs.total"))
    a(V("淮安市政府2024年“没有现成信息需要另行制作”的有几件？", "zh", "ha", "requests.unable.needs_creation.total"))
    a(V("In 2024, how many Huai'an requests were still unclear even after the applicant was asked to correct them?", "en", "ha", "requests.unable.unclear.total"))
    a(V("How many requests did Huai'an treat as petitions/complaints (信访举报投诉类) and therefore not process in 2024?", "en", "ha", "requests.not_processed.petition.total"))
    a(V("淮安2024年重复申请有多少件？", "zh", "ha", "requests.not_processed.duplicate.total"))
    a(V("淮安市2024年申请人无正当理由逾期不补正、行政机关不再处理的有几件？", "zh", "ha", "requests.other.overdue_correction.total"))
    a(V("Huai'an 2024: how many applications lapsed because the applicant did not pay the fee on time?", "en", "ha", "requests.other.overdue_fee.total"))
    a(V("淮安2024年“（六）其他处理”下面“3、其他”那一行总计是多少？", "zh", "ha", "requests.other.other.total"))
    a(V("淮安市2024年办理结果总计多少件？", "zh", "ha", "requests.total_processed.total"))
    a(V("淮安市政府2024年行政许可的处理决定数量是多少？", "zh", "ha", "active.licensing.decisions", note="city-wide count, very large but as printed"))
    a(V("What number of administrative penalty decisions did Huai'an report for 2024?", "en", "ha", "active.punishment.decisions"))
    a(V("淮安2024年行政强制决定有多少？", "zh", "ha", "active.coercion.decisions"))
    a(V("淮安2024年行政事业性收费金额是多少万元？", "zh", "ha", "active.fees.amount", unit="万元"))
    a(V("淮安市截至2024年现行有效的行政规范性文件有几件？", "zh", "ha", "active.normative_docs.in_force"))
    a(V("How many normative documents did Huai'an repeal in 2024?", "en", "ha", "active.normative_docs.repealed"))
    a(V("淮安2024年制发了几件规章？", "zh", "ha", "active.regulations.issued"))
    a(V("According to Huai'an's 2024 report, how many municipal regulations are currently in force?", "en", "ha", "active.regulations.in_force"))
    a(V("淮安2024年政府信息公开方面的行政复议总计多少件？", "zh", "ha", "appeals.review.total"))
    a(V("Huai'an 2024: how many reconsideration cases were still undecided at year end?", "en", "ha", "appeals.review.pending"))
    a(V("淮安2024年行政复议“其他结果”的有多少件？", "zh", "ha", "appeals.review.other"))
    a(V("淮安2024年未经复议直接起诉的行政诉讼总计？", "zh", "ha", "appeals.litigation_direct.total"))
    a(V("In Huai'an's 2024 report, how many lawsuits filed after reconsideration ended with the decision upheld?", "en", "ha", "appeals.litigation_after_review.upheld"))
    a(V("淮安2024年复议后起诉、还没判下来的有几件？", "zh", "ha", "appeals.litigation_after_review.pending"))
    a(V("淮安2024年未经复议直接起诉的案件里，结果纠正的有几件？", "zh", "ha", "appeals.litigation_direct.corrected"))
    a(V("淮安2024年自然人申请中部分公开的有多少？", "zh", "ha", "requests.partially_granted.natural_person"))
    a(V("Huai'an 2024: how many of the fully granted requests came from legal service institutions?", "en", "ha", "requests.granted.legal_services"))
    a(V("淮安2024年商业企业的申请里，因本机关不掌握而无法提供的有几件？", "zh", "ha", "requests.unable.not_held.commercial"))
    a(V("淮安2024年社会公益组织提交了多少件申请？", "zh", "ha", "requests.received.public_interest"))
    a(V("How many requests did research institutions file with Huai'an in 2024?", "en", "ha", "requests.received.research"))
    a(V("淮安2024年“其他”类法人或其他组织的新收申请有几件？", "zh", "ha", "requests.received.other_org"))
    a(V("淮安2024年要求行政机关确认或重新出具已获取信息的有几件？", "zh", "ha", "requests.not_processed.reconfirm.total"))
    a(V("淮安2024年因要求提供公开出版物而不予处理的有几件？", "zh", "ha", "requests.not_processed.publication.total"))
    a(V("淮安市政府2024年不予公开的一共多少件？", "zh", "ha", "requests.withheld.total", note="derived: sum of the 8 sub-items"))
    a(V("Huai'an 2024: total number of requests in the 'unable to provide' (无法提供) category?", "en", "ha", "requests.unable.total", note="derived: 769+11+1"))
    a(V("淮安2024年不予处理的申请合计多少？", "zh", "ha", "requests.not_processed.total", note="derived: sum of 5 sub-items"))
    a(V("What is the total of the 'other handling' (其他处理) category for Huai'an in 2024, all three sub-items together?", "en", "ha", "requests.other.total", note="derived in the 2021 format: 71+6+110"))
    a(V("淮安2024年法人或其他组织一共新提交了多少件申请？", "zh", "ha", "requests.received.legal_person", note="derived: sum of the five organisation columns 53+0+0+61+4"))
    a(V("How many requests from legal persons and other organisations did Huai'an fully grant in 2024?", "en", "ha", "requests.granted.legal_person", note="derived: 21+0+0+50+3"))
    a(V("淮安2024年自然人申请被不予公开的总数？", "zh", "ha", "requests.withheld.natural_person", note="derived: natural-person column of the 8 不予公开 sub-items"))
    a(V("淮安2024年法人组织申请办结总计多少件？", "zh", "ha", "requests.total_processed.legal_person", note="derived: 53+61+4"))
    a(V("Huai'an 2024: how many requests were carried over from 2023?", "en", "ha", "requests.carried_over.total"))

    # ------------------------------------------------------------------ value: 洪泽 2023
    a(V("洪泽区2023年收到几件政府信息公开申请？", "zh", "hz23", "requests.received.total"))
    a(V("Hongze District 2023: how many requests were partially granted?", "en", "hz23", "requests.partially_granted.total"))
    a(V("洪泽2023年予以公开的有多少件？", "zh", "hz23", "requests.granted.total", note="answer is 0 — a right answer says none were granted in full"))
    a(V("洪泽区2023年本机关不掌握相关信息、无法提供的有几件？", "zh", "hz23", "requests.unable.not_held.total"))
    a(V("洪泽2023年没有现成信息需要另行制作的申请有几件？", "zh", "hz23", "requests.unable.needs_creation.total"))
    a(V("Hongze 2023: how many requests were refused as state secrets?", "en", "hz23", "requests.withheld.state_secret.total"))
    a(V("洪泽区2023年属于四类过程性信息而不予公开的有几件？", "zh", "hz23", "requests.withheld.process_info.total"))
    a(V("How many Hongze requests in 2023 were refused because they asked for administrative enforcement files?", "en", "hz23", "requests.withheld.enforcement_files.total"))
    a(V("洪泽2023年信访举报投诉类不予处理的有几件？", "zh", "hz23", "requests.not_processed.petition.total"))
    a(V("洪泽区政府2023年行政许可处理决定数量？", "zh", "hz23", "active.licensing.decisions"))
    a(V("How many administrative penalty decisions did Hongze District report for 2023?", "en", "hz23", "active.punishment.decisions"))
    a(V("洪泽2023年行政强制的处理决定有多少？", "zh", "hz23", "active.coercion.decisions"))
    a(V("洪泽区2023年行政事业性收费金额是多少？", "zh", "hz23", "active.fees.amount", unit="万元"))
    a(V("洪泽2023年废止了几件行政规范性文件？", "zh", "hz23", "active.normative_docs.repealed"))
    a(V("Hongze 2023: how many normative documents were in force at the end of the year?", "en", "hz23", "active.normative_docs.in_force"))
    a(V("洪泽区2023年政府信息公开行政复议结果维持的有几件？", "zh", "hz23", "appeals.review.upheld"))
    a(V("Hongze 2023: in how many reconsideration cases was the government's decision corrected?", "en", "hz23", "appeals.review.corrected"))
    a(V("洪泽2023年复议后起诉、结果维持的有几件？", "zh", "hz23", "appeals.litigation_after_review.upheld"))
    a(V("洪泽区2023年结转到下一年继续办理的申请有几件？", "zh", "hz23", "requests.carried_forward.total"))
    a(V("洪泽2023年“其他处理”有几件？", "zh", "hz23", "requests.other.total", note="004 prints （六）其他处理 as one row (2019-style) — stored under requests.other.total"))
    a(V("How many requests did Hongze District withhold (不予公开) in 2023 in total?", "en", "hz23", "requests.withheld.total", note="derived: 1+1+1"))
    a(V("洪泽区2023年无法提供的一共多少件？", "zh", "hz23", "requests.unable.total", note="derived: 10+3+0"))

    # ------------------------------------------------------------------ value: 沭阳 2025
    a(V("沭阳县2025年本年新收政府信息公开申请数量是多少？", "zh", "sy", "requests.received.total"))
    a(V("How many requests did Shuyang County carry over from 2024 into its 2025 workload?", "en", "sy", "requests.carried_over.total"))
    a(V("沭阳2025年予以公开多少件？", "zh", "sy", "requests.granted.total"))
    a(V("Shuyang 2025: number of partially granted requests?", "en", "sy", "requests.partially_granted.total"))
    a(V("沭阳县2025年属于三类内部事务信息不予公开的有几件？", "zh", "sy", "requests.withheld.internal_affairs.total"))
    a(V("沭阳2025年属于行政查询事项的不予公开有几件？", "zh", "sy", "requests.withheld.admin_query.total"))
    a(V("沭阳2025年以危及“三安全一稳定”为由不公开的有几件？", "zh", "sy", "requests.withheld.security_stability.total"))
    a(V("Shuyang 2025: in how many cases did the agency not hold the requested information?", "en", "sy", "requests.unable.not_held.total"))
    a(V("沭阳2025年重复申请不予处理的有几件？", "zh", "sy", "requests.not_processed.duplicate.total"))
    a(V("沭阳2025年信访举报投诉类申请有几件？", "zh", "sy", "requests.not_processed.petition.total"))
    a(V("Shuyang 2025: what is the total in the row '3. 其他' under other handling?", "en", "sy", "requests.other.other.total", note="row sits under a wrong header in the Markdown; 142+1=143"))
    a(V("沭阳县2025年申请人逾期未按收费通知缴费、不再处理的有几件？", "zh", "sy", "requests.other.overdue_fee.total", note="row sits under a wrong header in the source"))
    a(V("沭阳2025年申请人逾期不补正的有几件？", "zh", "sy", "requests.other.overdue_correction.total"))
    a(V("沭阳2025年办理结果总计是多少件？", "zh", "sy", "requests.total_processed.total"))
    a(V("沭阳2025年结转下年度继续办理的有几件？", "zh", "sy", "requests.carried_forward.total"))
    a(V("沭阳县2025年行政许可处理决定数量是多少？", "zh", "sy", "active.licensing.decisions"))
    a(V("Shuyang 2025: how many administrative penalty decisions?", "en", "sy", "active.punishment.decisions"))
    a(V("沭阳2025年行政强制处理决定多少？", "zh", "sy", "active.coercion.decisions"))
    a(V("沭阳县2025年行政事业性收费金额？", "zh", "sy", "active.fees.amount", unit="万元"))
    a(V("沭阳2025年行政规范性文件本年制发几件？", "zh", "sy", "active.normative_docs.issued"))
    a(V("Shuyang: how many normative documents were in force at the end of 2025?", "en", "sy", "active.normative_docs.in_force"))
    a(V("沭阳2025年废止了几件行政规范性文件？", "zh", "sy", "active.normative_docs.repealed"))
    a(V("沭阳2025年政府信息公开行政复议总计多少件？", "zh", "sy", "appeals.review.total"))
    a(V("Shuyang 2025: in how many reconsideration cases was the county's decision corrected?", "en", "sy", "appeals.review.corrected"))
    a(V("沭阳2025年行政复议尚未审结的有几件？", "zh", "sy", "appeals.review.pending"))
    a(V("沭阳2025年复议后起诉的行政诉讼总计？", "zh", "sy", "appeals.litigation_after_review.total"))
    a(V("How many lawsuits were filed directly (without prior reconsideration) against Shuyang in 2025?", "en", "sy", "appeals.litigation_direct.total"))
    a(V("沭阳2025年法律服务机构新收申请几件？", "zh", "sy", "requests.received.legal_services"))
    a(V("沭阳2025年法律服务机构的申请里部分公开的有几件？", "zh", "sy", "requests.partially_granted.legal_services"))
    a(V("Shuyang 2025: how many requests from individuals were granted in full?", "en", "sy", "requests.granted.natural_person"))
    a(V("沭阳县2025年不予公开合计多少件？", "zh", "sy", "requests.withheld.total", note="derived: 0+0+2+2+13+2+4+9"))
    a(V("Shuyang 2025: total 'not processed' (不予处理) requests?", "en", "sy", "requests.not_processed.total", note="derived: 12+7"))
    a(V("沭阳2025年其他处理三项加起来是多少？", "zh", "sy", "requests.other.total", note="derived 2021: 9+7+143"))
    a(V("沭阳2025年无法提供的总数？", "zh", "sy", "requests.unable.total", note="derived: 111+2+0"))
    a(V("沭阳2025年法人或其他组织的申请办结了多少件？", "zh", "sy", "requests.total_processed.legal_person", note="derived: 3+5"))

    # ------------------------------------------------------------------ value: 上海办公厅 2019
    a(V("上海市政府办公厅2019年本年新收申请多少件？", "zh", "sh19", "requests.received.total"))
    a(V("How many applications did the General Office of the Shanghai Municipal Government carry over from 2018, according to its 2019 report?", "en", "sh19", "requests.carried_over.total"))
    a(V("上海市府办公厅2019年办理结果总计多少件？", "zh", "sh19", "requests.total_processed.total"))
    a(V("上海市政府办公厅2019年结转到2020年继续办理的有多少件？", "zh", "sh19", "requests.carried_forward.total"))
    a(V("2019年上海市政府办公厅自然人新收申请有多少？", "zh", "sh19", "requests.received.natural_person"))
    a(V("Shanghai municipal general office, 2019: new requests from commercial enterprises?", "en", "sh19", "requests.received.commercial"))
    a(V("上海市政府办公厅2019年自然人申请予以公开的有几件？", "zh", "sh19", "requests.granted.natural_person"))
    a(V("2019年上海市政府办公厅，自然人申请因属于国家秘密不予公开的有几件？", "zh", "sh19", "requests.withheld.state_secret.natural_person"))
    a(V("上海市政府办公厅2019年规章本年新制作数量是多少？", "zh", "sh19", "active.regulations.made"))
    a(V("上海市政府办公厅2019年规范性文件对外公开总数量是多少？", "zh", "sh19", "active.normative_docs.total_published"))
    a(V("上海市政府办公厅2019年政府集中采购项目数量？", "zh", "sh19", "active.procurement.projects"))
    a(V("How much did the Shanghai General Office spend on centralised government procurement in 2019?", "en", "sh19", "active.procurement.amount", unit="万元", note="printed '251000元' = 25.1 万元; either unit is right if converted correctly"))
    a(V("上海市政府办公厅2019年行政复议结果维持几件？", "zh", "sh19", "appeals.review.upheld"))
    a(V("Shanghai General Office 2019: how many reconsideration cases were still pending?", "en", "sh19", "appeals.review.pending"))
    a(V("上海市政府办公厅2019年未经复议直接起诉的行政诉讼总计几件？", "zh", "sh19", "appeals.litigation_direct.total"))
    a(V("市府办公厅（上海）2019年直接起诉的官司里结果维持的有几件？", "zh", "sh19", "appeals.litigation_direct.upheld"))
    a(V("上海市政府办公厅2019年自然人申请中“本机关不掌握相关政府信息”的有多少？", "zh", "sh19", "requests.unable.not_held.natural_person"))
    a(V("Shanghai General Office 2019: how many natural-person requests were still unclear after correction?", "en", "sh19", "requests.unable.unclear.natural_person"))
    a(V("上海市政府办公厅2019年自然人的信访举报投诉类申请不予处理了多少件？", "zh", "sh19", "requests.not_processed.petition.natural_person"))
    a(V("Shanghai General Office 2019: duplicate applications from commercial enterprises?", "en", "sh19", "requests.not_processed.duplicate.commercial"))
    a(V("上海市政府办公厅2019年法律服务机构新收申请几件？", "zh", "sh19", "requests.received.legal_services"))
    a(V("上海市政府办公厅2019年自然人申请一共被不予公开多少件？", "zh", "sh19", "requests.withheld.natural_person", note="derived natural-person column: 14+5+3+10"))
    a(V("Shanghai General Office 2019: how many requests from legal persons / organisations were received?", "en", "sh19", "requests.received.legal_person", note="derived: 35+0+0+2+1 (two blank cells read as 0)"))
    a(V("上海市政府办公厅2019年自然人申请里无法提供的合计多少？", "zh", "sh19", "requests.unable.natural_person", note="derived: 252+44+25"))

    # ------------------------------------------------------------------ sums
    S = lambda q, lang, body, keys, note="", unit=None: V(q, lang, body, keys, note, kind="sum", unit=unit)
    a(S("淮安2024年予以公开和部分公开加起来一共多少件？", "zh", "ha", ["requests.granted.total", "requests.partially_granted.total"]))
    a(S("How many information-disclosure lawsuits did Huai'an face in 2024 in total, direct suits and suits after reconsideration together?", "en", "ha", ["appeals.litigation_direct.total", "appeals.litigation_after_review.total"], note="narrative also says 46"))
    a(S("沭阳2025年行政诉讼一共多少件（直接起诉加复议后起诉）？", "zh", "sy", ["appeals.litigation_direct.total", "appeals.litigation_after_review.total"]))
    a(S("沭阳县2025年行政复议和行政诉讼合计多少件？", "zh", "sy", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], note="narrative '共办理相关案件 74 件' agrees"))
    a(S("Huai'an 2024: new requests plus requests carried over from the previous year — what's the combined number?", "en", "ha", ["requests.received.total", "requests.carried_over.total"]))
    a(S("沭阳2025年本年新收加上年结转一共多少件？", "zh", "sy", ["requests.received.total", "requests.carried_over.total"], note="equals the narrative 749"))
    a(S("涧西区2020年行政复议和行政诉讼加在一起有几件？", "zh", "jx", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"]))
    a(S("Shanghai General Office 2019: reconsideration cases plus lawsuits (both kinds) — total?", "en", "sh19", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], note="复议后起诉 cells are blank = 0; 7+9+0"))
    a(S("淮安2024年“本机关不掌握”和“需要另行制作”两种无法提供情形合计多少？", "zh", "ha", ["requests.unable.not_held.total", "requests.unable.needs_creation.total"]))
    a(S("淮安2024年信访类和重复申请两类不予处理加起来多少？", "zh", "ha", ["requests.not_processed.petition.total", "requests.not_processed.duplicate.total"]))
    a(S("洪泽区2023年行政处罚和行政强制的决定数量合计？", "zh", "hz23", ["active.punishment.decisions", "active.coercion.decisions"]))
    a(S("Huai'an 2024: penalty decisions plus coercive-measure decisions combined?", "en", "ha", ["active.punishment.decisions", "active.coercion.decisions"]))
    a(S("沭阳2025年行政许可、行政处罚、行政强制三项决定数量加起来是多少？", "zh", "sy", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"]))
    a(S("上海市政府办公厅2019年规章和规范性文件本年新公开数量合计？", "zh", "sh19", ["active.regulations.published", "active.normative_docs.published"]))
    a(S("How many regulations and normative documents together were in force in Huai'an according to the 2024 report?", "en", "ha", ["active.regulations.in_force", "active.normative_docs.in_force"]))
    a(S("沭阳2025年自然人申请中予以公开和部分公开合计？", "zh", "sy", ["requests.granted.natural_person", "requests.partially_granted.natural_person"]))
    a(S("淮安2024年商业企业和法律服务机构一共新提交多少件申请？", "zh", "ha", ["requests.received.commercial", "requests.received.legal_services"]))
    a(S("洪泽2023年部分公开和无法提供的申请一共多少？", "zh", "hz23", ["requests.partially_granted.total", "requests.unable.total"]))
    a(S("Across reconsideration and both kinds of litigation, in how many Huai'an cases in 2024 was the outcome 'corrected'?", "en", "ha", ["appeals.review.corrected", "appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"]))
    a(S("沭阳2025年复议维持和诉讼维持（两类诉讼）一共多少件？", "zh", "sy", ["appeals.review.upheld", "appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"]))
    a(S("淮安2024年国家秘密和其他法律法规禁止公开这两类不予公开合计？", "zh", "ha", ["requests.withheld.state_secret.total", "requests.withheld.prohibited_by_law.total"]))
    a(S("Jianxi 2020: granted requests plus 'unable to provide' requests — how many?", "en", "jx", ["requests.granted.total", "requests.unable.total"]))
    a(S("淮安2024年两类行政诉讼中尚未审结的加起来几件？", "zh", "ha", ["appeals.litigation_direct.pending", "appeals.litigation_after_review.pending"], note="narrative '尚未审结 7 件' agrees"))
    a(S("淮安2024年逾期不补正和逾期未缴费这两种不再处理的情形合计？", "zh", "ha", ["requests.other.overdue_correction.total", "requests.other.overdue_fee.total"]))
    a(S("Shuyang 2025: third-party-rights refusals plus internal-affairs refusals, combined?", "en", "sy", ["requests.withheld.third_party.total", "requests.withheld.internal_affairs.total"]))
    a(S("洪泽2023年行政复议里维持和纠正加起来几件？", "zh", "hz23", ["appeals.review.upheld", "appeals.review.corrected"], note="11 — the report itself prints 0 as 行政复议总计 (known check failure)"))
    a(S("上海市政府办公厅2019年自然人申请中本机关不掌握和需另行制作的加起来是多少？", "zh", "sh19", ["requests.unable.not_held.natural_person", "requests.unable.needs_creation.natural_person"]))
    a(S("Huai'an 2024: how many lawsuits in total ended with the decision upheld (direct suits and suits after reconsideration)?", "en", "ha", ["appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"], note="narrative 结果维持 25 件 agrees"))
    a(S("沭阳2025年新收申请中自然人和法律服务机构合计？", "zh", "sy", ["requests.received.natural_person", "requests.received.legal_services"]))
    a(S("淮安2024年规章和行政规范性文件本年一共制发多少件？", "zh", "ha", ["active.regulations.issued", "active.normative_docs.issued"]))
    a(S("Hongze 2023: licensing decisions and penalty decisions added together?", "en", "hz23", ["active.licensing.decisions", "active.punishment.decisions"]))
    a(S("沭阳2025年不予公开和不予处理合计多少件？", "zh", "sy", ["requests.withheld.total", "requests.not_processed.total"]))
    a(S("淮安2024年行政复议中结果维持和结果纠正合计？", "zh", "ha", ["appeals.review.upheld", "appeals.review.corrected"]))
    a(S("Jianxi 2020: reconsideration cases plus lawsuits filed directly — how many altogether?", "en", "jx", ["appeals.review.total", "appeals.litigation_direct.total"]))

    # ------------------------------------------------------------------ differences
    D = lambda q, lang, b1, b2, key, note="", unit=None: C("difference", lang, q, ediff(b1, b2, key, unit), note or "later minus earlier")
    a(D("洪泽区2024年的行政许可决定比2023年多了多少？", "zh", "hz23", "hz24", "active.licensing.decisions", "2024 (read from 005) minus 2023 (gold): 9487-550"))
    a(D("How did Hongze's number of administrative penalty decisions change from 2023 to 2024?", "en", "hz23", "hz24", "active.punishment.decisions", "2024 minus 2023 = 2776-4119 = -1343 (a decrease)"))
    a(D("洪泽2024年行政强制决定数和2023年比变化了多少？", "zh", "hz23", "hz24", "active.coercion.decisions", "84-195 = -111 (decrease)"))
    a(D("洪泽区行政事业性收费金额2024年比2023年增加还是减少了？差多少万元？", "zh", "hz23", "hz24", "active.fees.amount", "7545-7730.28 = -185.28 万元 (decrease)", unit="万元"))
    a(D("Hongze: how many more normative documents were in force at the end of 2024 than at the end of 2023?", "en", "hz23", "hz24", "active.normative_docs.in_force", "8-5 = +3"))
    a(D("洪泽区2024年予以公开的申请比2023年多几件？", "zh", "hz23", "hz24", "requests.granted.total", "50-0 = +50"))
    a(D("洪泽2023到2024年，因本机关不掌握而无法提供的申请增加了多少？", "zh", "hz23", "hz24", "requests.unable.not_held.total", "31-10 = +21"))
    a(D("Hongze: change in reconsideration cases with the decision upheld, 2023 vs 2024?", "en", "hz23", "hz24", "appeals.review.upheld", "1-10 = -9"))
    a(D("洪泽区2024年规范性文件本年制发件数比2023年多几件？", "zh", "hz23", "hz24", "active.normative_docs.issued", "3-0 = +3"))
    a(D("上海市政府办公厅2025年新收的申请比2019年多了多少件？", "zh", "sh19", "sh25", "requests.received.total", "1295 (read from 008) - 859 (gold) = +436"))
    a(D("By how much did the Shanghai General Office's carried-over caseload (上年结转) grow between the 2019 and 2025 reports?", "en", "sh19", "sh25", "requests.carried_over.total", "189-18 = +171"))
    a(D("上海市府办公厅2025年办结总数和2019年相比差多少？", "zh", "sh19", "sh25", "requests.total_processed.total", "1191-805 = +386"))
    a(D("Shanghai General Office: how many more applications were carried forward at the end of 2025 than at the end of 2019?", "en", "sh19", "sh25", "requests.carried_forward.total", "293-72 = +221"))
    a(D("上海市政府办公厅自然人新收申请，2025年比2019年增加多少？", "zh", "sh19", "sh25", "requests.received.natural_person", "1259-821 = +438"))
    a(D("上海市政府办公厅行政复议总数从2019年到2025年增加了多少件？", "zh", "sh19", "sh25", "appeals.review.total", "55-7 = +48 (2025 counts include cases carried over, per the report's note)"))
    a(D("Shanghai General Office: change in reconsideration cases upheld, 2019 → 2025?", "en", "sh19", "sh25", "appeals.review.upheld", "40-5 = +35"))
    a(D("上海市政府办公厅未经复议直接起诉的案件，2025年比2019年多几件？", "zh", "sh19", "sh25", "appeals.litigation_direct.total", "12-9 = +3"))
    a(D("上海市政府办公厅自然人申请予以公开的件数，2025年跟2019年比变了多少？", "zh", "sh19", "sh25", "requests.granted.natural_person", "201-258 = -57 (decrease)"))
    a(D("How did the number of 'information not held by this agency' (本机关不掌握) answers change at the Shanghai General Office between 2019 and 2025, counting natural persons only?", "en", "sh19", "sh25", "requests.unable.not_held.natural_person", "484-252 = +232"))
    a(D("上海市政府办公厅商业企业新收申请2025年较2019年增减多少？", "zh", "sh19", "sh25", "requests.received.commercial", "36-35 = +1"))
    a(D("Hongze District: how did total requests handled change between the 2023 and 2024 reports (table figures)?", "en", "hz23", "hz24", "requests.total_processed.total", "95-21 = +74 (table 三 （七）总计); note the 2024 narrative says the office itself accepted 17"))

    # ------------------------------------------------------------------ rankings
    ALL5 = ["jx", "ha", "hz23", "sy", "sh19"]
    R = lambda q, lang, bodies, key, order="desc", note="", unit=None: C("ranking", lang, q, erank(bodies, key, order, unit), note)
    a(R("涧西区(2020)、淮安市(2024)、洪泽区(2023)、沭阳县(2025)、上海市政府办公厅(2019)这几份年报里，哪家新收的信息公开申请最多？", "zh", ALL5, "requests.received.total"))
    a(R("Of the five reports with full tables (Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019), which body received the fewest new requests?", "en", ALL5, "requests.received.total", "asc"))
    a(R("这五家（涧西2020、淮安2024、洪泽2023、沭阳2025、上海办公厅2019）里谁结转到下一年的申请最多？", "zh", ALL5, "requests.carried_forward.total"))
    a(R("Which of these had the largest number of administrative licensing decisions: Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019?", "en", ALL5, "active.licensing.decisions", note="沭阳 517645 > 淮安 447228 — not the city"))
    a(R("淮安2024、洪泽2023、沭阳2025三家，哪家行政处罚决定最多？", "zh", ["ha", "hz23", "sy"], "active.punishment.decisions"))
    a(R("Huai'an 2024, Hongze 2023, Shuyang 2025: who reported the highest administrative fee income (行政事业性收费)?", "en", ["ha", "hz23", "sy"], "active.fees.amount", unit="万元"))
    a(R("淮安2024、洪泽2023、沭阳2025中，行政事业性收费金额最少的是哪家？", "zh", ["ha", "hz23", "sy"], "active.fees.amount", "asc", unit="万元", note="沭阳 4068.208 < 洪泽 7730.28"))
    a(R("涧西2020、淮安2024、沭阳2025、上海办公厅2019，哪家政府信息公开行政复议总数最多？", "zh", ["jx", "ha", "sy", "sh19"], "appeals.review.total", note="洪泽2023 left out: its printed 复议总计 is 0 (report inconsistency)"))
    a(R("Among Jianxi 2020, Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which had the fewest reconsideration cases?", "en", ["jx", "ha", "sy", "sh19"], "appeals.review.total", "asc"))
    a(R("五份年报（涧西、淮安、洪泽、沭阳、上海办公厅2019）里，行政复议被纠正最多的是哪家？", "zh", ALL5, "appeals.review.corrected"))
    a(R("Which of the five bodies had the most lawsuits filed directly without reconsideration (Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai GO 2019)?", "en", ALL5, "appeals.litigation_direct.total"))
    a(R("淮安2024、洪泽2023、沭阳2025哪家现行有效的行政规范性文件最多？", "zh", ["ha", "hz23", "sy"], "active.normative_docs.in_force"))
    a(R("淮安、洪泽、沭阳（分别是2024、2023、2025年报）谁不予公开的申请最多？", "zh", ["ha", "hz23", "sy"], "requests.withheld.total"))
    a(R("洪泽区2023和沭阳县2025，哪个县区收到的申请更多？", "zh", ["hz23", "sy"], "requests.received.total"))
    a(R("Hongze 2023 or Jianxi 2020 — which received more new requests?", "en", ["hz23", "jx"], "requests.received.total"))
    a(R("淮安2024、沭阳2025、上海市政府办公厅2019，哪家上年结转过来的申请最多？", "zh", ["ha", "sy", "sh19"], "requests.carried_over.total", note="沭阳 36 > 淮安 34 — easy to assume the city"))
    a(R("Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019: which body fully granted the most requests from individuals (予以公开, natural-person column)?", "en", ALL5, "requests.granted.natural_person", note="five = Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai GO 2019"))
    a(R("沭阳2025和上海市政府办公厅2019，哪家自然人申请予以公开的更多？", "zh", ["sy", "sh19"], "requests.granted.natural_person", note="290 vs 258"))
    a(R("淮安2024、沭阳2025、上海办公厅2019中，哪家自然人信访举报投诉类申请被不予处理得最多？", "zh", ["ha", "sy", "sh19"], "requests.not_processed.petition.natural_person", note="上海 148 > 淮安 56; natural-person column used because 009 leaves the total column blank"))
    a(R("Which of Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019 had the most natural-person requests that stayed unclear after correction?", "en", ["ha", "sy", "sh19"], "requests.unable.unclear.natural_person"))
    a(R("五家里面，哪家商业企业提的申请最多？（涧西2020、淮安2024、洪泽2023、沭阳2025、上海办公厅2019）", "zh", ALL5, "requests.received.commercial"))
    a(R("Comparing Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, which had the most reconsideration cases still pending (尚未审结)?", "en", ALL5, "appeals.review.pending", note="five = Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai GO 2019"))
    a(R("淮安2024、沭阳2025、上海办公厅2019，谁的办理结果总计最少？", "zh", ["ha", "sy", "sh19"], "requests.total_processed.total", "asc"))
    a(R("Among Huai'an 2024, Hongze 2023 and Shuyang 2025, which issued the most normative documents in the year?", "en", ["ha", "hz23", "sy"], "active.normative_docs.issued"))
    a(R("淮安2024、洪泽2023、沭阳2025三家中，行政强制决定最少的是？", "zh", ["ha", "hz23", "sy"], "active.coercion.decisions", "asc"))
    a(R("涧西2020和上海市政府办公厅2019，哪家政府集中采购的项目多？", "zh", ["jx", "sh19"], "active.procurement.projects"))
    a(R("Jianxi 2020 vs Shanghai General Office 2019: which spent more on centralised procurement?", "en", ["jx", "sh19"], "active.procurement.amount", unit="万元", note="涧西 28.6232 万元 > 上海 25.1 万元 — the district, not the province-level office"))

    # ------------------------------------------------------------------ narrative (numbers only in the text)
    a(N("涧西区政府办2020年依申请公开的办结率是多少？", "zh", "jx", 88.2, "办结率", "%", frm="全年共收到"))
    a(N("What completion rate for disclosure requests did the Jianxi office report for 2020?", "en", "jx", 88.2, "办结率", "%", frm="全年共收到"))
    a(N("涧西区梳理了多少项政务公开事项？", "zh", "jx", 601, "601项", "项", frm="梳理细化"))
    a(N("涧西区2020年推进的基层政务公开标准化规范化试点领域有多少个？", "zh", "jx", 26, "对照省、市各部门", "个", frm="对照省、市各部门"))
    a(N("Into how many domains (领域) did Jianxi organise its 601 disclosure items?", "en", "jx", 21, "601项", "个", frm="梳理细化"))
    a(N("淮安市政府网站2024年主动公开了多少条政府信息？", "zh", "ha", 5500, "5500", "条", note="report says 5500 余条 (more than 5500)"))
    a(N("How many press conferences did Huai'an hold in 2024 according to its disclosure report?", "en", "ha", 12, "新闻发布会", "场"))
    a(N("淮安2024年制作了几期《淮安市人民政府公报》？", "zh", "ha", 6, "5500", "期"))
    a(N("淮安2024年做了多少个政策解读？", "zh", "ha", 21, "5500", "个"))
    a(N("截至2024年底淮安全市在运维的政务新媒体有多少个？", "zh", "ha", 95, "在运维政务新媒体", "个"))
    a(N("What pass rate did Huai'an's government new-media accounts get in the provincial quarterly checks of 2024?", "en", "ha", 100, "合格率", "%"))
    a(N("淮安2024年组织了几次政府信息公开栏目全覆盖检查？", "zh", "ha", 4, "全覆盖检查", "次"))
    a(N("淮安市政府2024年收了多少政府信息公开信息处理费？", "zh", "ha", 3940, "3940", "元", frm="2024 年，市政府"))
    a(N("洪泽区2023年在政府网站上主动公开了多少条信息？", "zh", "hz23", 1136, "1136", "条"))
    a(N("How much information-processing fee did Hongze District collect in 2023?", "en", "hz23", 0, "信息处理费 0 元", "元", frm="2023 年，区政府"))
    a(N("洪泽区2024年在政府网站平台主动发布了多少条政府信息？", "zh", "hz24", 2428, "2428", "条"))
    a(N("洪泽2024年公开了几期政府常务会议？", "zh", "hz24", 7, "2428", "期"))
    a(N("According to Hongze's 2024 report text, how many disclosure requests did the district government office accept on behalf of the district government?", "en", "hz24", 17, "区政府办代表区政府", "件", note="narrative only; the table 三 of the same report shows 95 new requests"))
    a(N("沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", "zh", "sy", 4511, "4511", "条", frm="全年通过"))
    a(N("沭阳2025年开展了几期意见征集？", "zh", "sy", 9, "4511", "期", frm="全年通过"))
    a(N("How many pieces of information did Shuyang's county departments publish on their disclosure pages in 2025?", "en", "sy", 3044, "3044", "条"))
    a(N("沭阳2025年政务新媒体开设了多少个专栏？", "zh", "sy", 33, "专栏33个", "个", frm="深化政务新媒体"))
    a(N("沭阳2025年推送了多少个原创短视频？", "zh", "sy", 1113, "专栏33个", "个", frm="深化政务新媒体"))
    a(N("How many viral ('爆款') posts did Shuyang's government media produce in 2025?", "en", "sy", 52, "爆款", "条"))
    a(N("沭阳2025年有几条内容播放量破百万？", "zh", "sy", 49, "爆款", "条"))
    a(N("沭阳县完成了多少家单位的政府信息公开年度报告集中公开？", "zh", "sy", 64, "64家", "家", frm="扎实推进"))
    a(N("沭阳2025年全年发布解读类信息多少条？", "zh", "sy", 21, "解读类信息", "条"))
    a(N("How many times did Shuyang's 'countdown alarm' system send reminders to responsible units in 2025?", "en", "sy", 84, "84 次", "次"))
    a(N("沭阳2025年开展了多少次办前主动沟通？", "zh", "sy", 49, "49 次", "次", frm="2025 年，累计"))
    a(N("沭阳2025年通过办前沟通成功化解了多少件争议纠纷？", "zh", "sy", 33, "49 次", "件", frm="2025 年，累计"))
    a(N("How many broken links did Shuyang fix on its website in 2025?", "en", "sy", 43, "22处", "处", frm="强化网站发布"))
    a(N("沭阳2025年累计清理了多少条过期信息？", "zh", "sy", 697, "697", "条", frm="组织开展"))
    a(N("沭阳全县2025年收取信息处理费共计多少钱？", "zh", "sy", 380, "380元", "元", frm="全县行政机关"))
    a(N("Which Shuyang department collected the information-processing fee in 2025, and how much?", "en", "sy", 380, "380元", "元", frm="全县行政机关", note="民政局 (civil affairs bureau), 1 case, 380 元"))
    a(N("沭阳县2025年全县共办理复议诉讼相关案件多少件？", "zh", "sy", 74, "74 件", "件"))
    a(N("上海市政府办公厅2019年的申请数量比上一年回落了多少？", "zh", "sh19", 12.3, "回落", "%", frm="市政府办公厅代表"))
    a(N("What was the proactive-disclosure rate of municipal government documents reviewed by the Shanghai disclosure office in 2019?", "en", "sh19", 90.2, "90.2%", "%"))
    a(N("上海“好差评”系统上线后差评占比是多少？", "zh", "sh19", 0.34, "0.34%", "%", frm="政务服务"))
    a(N("上海“一网通办”统一受理平台2019年接入了多少项事项？", "zh", "sh19", 2261, "2261", "项", frm="围绕"))
    a(N("How many policy interpretations did the Shanghai General Office publish on 'China Shanghai' in 2019?", "en", "sh19", 132, "132件", "件", frm="严格落实"))
    a(N("2019年上海市政府常务会议重要议题权威发布共计多少次？", "zh", "sh19", 38, "38次", "次"))
    a(N("上海市政府办公厅2019年主动公开了多少件人事任免文件？", "zh", "sh19", 141, "规章13件", "件", frm="2019年，通过"))
    a(N("How many issues of the Shanghai Municipal Government Gazette were published in 2019?", "en", "sh19", 24, "公报24期", "期"))
    a(N("2019年“上海发布”微信公众号用户突破了多少？", "zh", "sh19", 550, "550万", "万"))
    a(N("上海2019年每季度检查多少家政府网站？", "zh", "sh19", 70, "70家", "家", frm="每季度"))
    a(N("上海市政府办公厅2025年主动公开了多少件人事任免文件？", "zh", "sh25", 196, "196 件", "件", frm="全年主动公开"))
    a(N("How many municipal government press conferences did Shanghai hold in 2025?", "en", "sh25", 42, "42 场", "场"))
    a(N("2025年上海开了几场新闻通气会？", "zh", "sh25", 19, "42 场", "场"))
    a(N("2025年上海市政府办公厅予以公开及部分公开的比例是多少？", "zh", "sh25", 17.46, "17.46%", "%", frm="其中，予以公开"))
    a(N("What share of the Shanghai General Office's 2025 answers were 'unable to provide' (无法提供)?", "en", "sh25", 47.36, "17.46%", "%", frm="其中，予以公开"))
    a(N("上海市政府办公厅2025年完成了多少件公文公开属性审查？", "zh", "sh25", 166, "166 件", "件", frm="全年完成"))
    a(N("2025年上海“国际服务门户”覆盖了多少个语种？", "zh", "sh25", 10, "10 个语种", "个", frm="“上海国际服务门户”"))
    a(N("How many followers does the 'Shanghai Release' (上海发布) WeChat account have according to the 2025 report?", "en", "sh25", 1360, "3170", "万", frm="政务新媒体影响力"))
    a(N("全市有多少个政策文件实现了“阅办联动”（上海2025年报）？", "zh", "sh25", 1400, "1400", "个", frm="深化", note="report says 近 1400 (nearly 1400)"))
    a(N("2025年上海市政府公报刊登了多少件文件？", "zh", "sh25", 243, "24 期", "件", frm="编辑"))
    a(N("上海市科委2024年通过部门网站发布了多少件政府信息？", "zh", "kw", 393, "393 件", "件", frm="截至"))
    a(N("How many NPC deputies' suggestions did the Shanghai Science and Technology Commission handle (as lead or co-handler) in 2024?", "en", "kw", 50, "393 件", "件", frm="截至"))
    a(N("上海科委2024年主合办的政协提案有多少件？", "zh", "kw", 85, "393 件", "件", frm="截至"))
    a(N("市科委2024年全年收到多少件政府信息公开申请？", "zh", "kw", 34, "34 件", "件", frm="全年收到"))
    a(N("How many requests did the Shanghai sci-tech commission carry forward into 2025?", "en", "kw", 1, "同意公开", "件", frm="所有办结"))
    a(N("上海科委2024年同意公开答复的申请有几件？", "zh", "kw", 9, "同意公开", "件", frm="所有办结"))
    a(N("“上海科技”微信公众号2024年关注人数达到多少？", "zh", "kw", 1016823, "1016823", "人", frm="“上海科技”微信公众号"))
    a(N("How many livestreams did the Shanghai sci-tech commission's video channel run in 2024?", "en", "kw", 118, "1016823", "场", frm="“上海科技”微信公众号"))
    a(N("上海科委2024年累计批量推送集成式发布政策多少条？", "zh", "kw", 121, "121 条", "条"))
    a(N("“上海科技”网站2024年全年累计发布信息多少条？", "zh", "kw", 2139, "2139", "条"))
    a(N("上海科委2024年涉及政府信息公开的行政复议有几件？", "zh", "kw", 1, "1 件涉及", "件"))

    # ------------------------------------------------------------------ passages
    a(P("涧西区政府办2020年报告里说存在哪些主要问题？", "zh", "jx", ["主观重视不够", "人员队伍薄弱", "业务水平不熟练"], 5))
    a(P("What improvements did the Jianxi office promise in its 2020 report?", "en", "jx", ["提高思想认识", "加强公开力度", "强化交流互动"], 5))
    a(P("淮安市政府2024年报告中提到的主要问题是什么？", "zh", "ha", ["政策解读质量仍需提升", "政务公开队伍建设"], 5))
    a(P("What will Huai'an do about the staffing problems named in its 2024 report?", "en", "ha", ["传帮带"], 5, note="a right answer mentions the 传帮带 mentoring mechanism / 面对面、手把手 guidance and training"))
    a(P("洪泽区2023年政府信息公开工作存在哪些不足？", "zh", "hz23", ["依申请公开工作规范性还有待提高", "政务公开队伍建设有待加强"], 5))
    a(P("洪泽区2024年年报里说存在什么问题？", "zh", "hz24", ["研判能力不足", "答复文书规范性有待提升"], 5))
    a(P("How does Hongze plan to make its answers to disclosure requests more consistent (2024 report)?", "en", "hz24", ["答复书模板"], 5))
    a(P("沭阳县2025年报告认为存在哪些短板？", "zh", "sy", ["政策解读多样性", "依申请办件质量", "联系群众工作"], 5))
    a(P("What new forms of policy interpretation does Shuyang plan to add, according to its 2025 report?", "en", "sy", ["视频解读", "动漫解读"], 5))
    a(P("沭阳县用什么办法防止依申请件超期答复？", "zh", "sy", ["倒计时报警器"], 1))
    a(P("上海市科委2024年报告说的主要问题是什么？", "zh", "kw", ["机构改革"], 5))
    a(P("What did the Shanghai sci-tech commission do to fix its website problems in 2024?", "en", "kw", ["张江高新区"], 5))
    a(P("上海市政府办公厅2025年工作中存在哪些主要问题？", "zh", "sh25", ["政策信息分散于多个平台", "用户体验", "服务意识"], 5))
    a(P("What did the Shanghai General Office do in 2025 to fix the problems found in 2024?", "en", "sh25", ["政策公开讲", "阅办联动"], 5))
    a(P("上海市政府办公厅2019年年报列出了哪些问题？", "zh", "sh19", ["决策公开仍需进一步加强", "政策解读方式不够多元"], 5))
    a(P("Which rule did the Shanghai General Office say in its 2019 report it would revise to implement the new Regulations?", "en", "sh19", ["上海市政府信息公开规定"], 5))
    a(P("涧西区2020年报告“其他需要报告的事项”写了什么？", "zh", "jx", ["无"], 6))
    a(P("淮安市政府2024年年报是由哪个单位编制的？联系电话是多少？", "zh", "ha", ["淮安市人民政府办公室", "0517-83605210"], 0))
    a(P("Who should I contact with questions about Hongze District's 2023 report? Give the phone number.", "en", "hz23", ["0517-87222589"], 0))
    a(P("洪泽区2024年报告的联系电话是多少？", "zh", "hz24", ["0517-87290606"], 0, note="differs from the 2023 report's number"))
    a(P("沭阳县2025年政府信息公开年报的落款日期是哪天？", "zh", "sy", ["2026年1月23日"], 0))
    a(P("When was the Shanghai General Office's 2019 annual report published?", "en", "sh19", ["2020-01-31"], 0))
    a(P("上海市政府办公厅2025年收取信息公开处理费了吗？", "zh", "sh25", ["未收取信息公开处理费"], 6))
    a(P("Did the Shanghai Science and Technology Commission charge any disclosure fees in 2024?", "en", "kw", ["未发生政府信息公开收费事项"], 6))
    a(P("上海市科委的政府信息依申请公开办理流程包括哪些环节？", "zh", "kw", ["形式审查", "会商答复意见", "告知书复核"], 2))
    a(P("What did the 2024 Huai'an report say about how information is reviewed before publication?", "en", "ha", ["先审查、后公开", "一事一审"], 1))
    a(P("沭阳县2025年更新了哪几份政务公开标准目录？", "zh", "sy", ["政府信息主动公开标准目录", "基层政务公开标准目录"], 1))

    # ------------------------------------------------------------------ unanswerable
    a(U("涧西区2021年收到多少件政府信息公开申请？", "zh", "no 涧西区 2021 report in the corpus (only 2020)"))
    a(U("How many disclosure requests did Huai'an receive in 2023?", "en", "no 淮安市人民政府 2023 report in the corpus (only 2024)"))
    a(U("沭阳县2024年行政复议有多少件？", "zh", "no 沭阳县 2024 report (only 2025)"))
    a(U("南京市人民政府2024年收到了多少信息公开申请？", "zh", "南京市 is not in the corpus"))
    a(U("洪泽区2022年予以公开了多少件？", "zh", "no 洪泽区 2022 report (only 2023 and 2024)"))
    a(U("What did the Shanghai General Office report for new requests in 2021?", "en", "上海市人民政府办公厅 only has 2019 and 2025 reports in the corpus"))
    a(U("上海市科委2023年的政府信息公开申请有多少？", "zh", "no 上海市科学技术委员会 2023 report (only 2024)"))
    a(U("淮安市政府办公室有多少名工作人员负责信息公开？", "zh", "staff numbers are not in the report"))
    a(U("What was Huai'an's fiscal revenue in 2024?", "en", "revenue is not in a disclosure report"))
    a(U("洪泽区2024年的GDP是多少？", "zh", "GDP is not in a disclosure report"))
    a(U("淮安市2024年政府集中采购的金额是多少？", "zh", "第（九）项 政府集中采购 exists only in the 2019 format; the 2024 Huai'an report (2021 format) has no procurement row"))
    a(U("How many centralised procurement projects did Shuyang report for 2025?", "en", "2019-only row (第（九）项 政府集中采购) asked of a 2021-format report"))
    a(U("沭阳县2026年收到多少信息公开申请？", "zh", "future year; the 2025 report was signed on 2026-01-23 but covers 2025 only"))
    a(U("How many FOI requests will Huai'an get in 2030?", "en", "future year / forecast"))
    a(U("淮安2024年信息公开申请平均多少天答复？", "zh", "average response time is not reported (only '均在法定期限内')"))
    a(U("涧西区2020年网站访问量是多少？", "zh", "website traffic is not reported"))
    a(U("How many FOI requests did the Beijing municipal government receive in 2024?", "en", "北京市 is not in the corpus"))
    a(U("洪泽区2025年的年报数据是多少？收到几件申请？", "zh", "no 洪泽区 2025 report"))
    a(U("上海市政府办公厅2018年受理了多少件申请？", "zh", "2018 not in corpus; the 2019 report only gives a percentage decline (回落12.3%), not the 2018 count"))
    a(U("What share of Huai'an's 2024 applicants were women?", "en", "applicant gender is not reported"))
    a(U("淮安市哪个部门收到的信息公开申请最多？", "zh", "the report has no per-department breakdown"))
    a(U("How many of Hongze's 2023 requests were filed online versus by letter?", "en", "channel breakdown not reported"))
    a(U("上海市科委2024年的部门预算是多少钱？", "zh", "the report says the budget was published but gives no amount"))
    a(U("沭阳县2025年政府信息公开工作花了多少经费？", "zh", "spending on disclosure work is not reported"))
    a(U("Which district in Shanghai received the most FOI requests in 2025?", "en", "no district breakdown in the corpus"))
    a(U("江苏省人民政府2024年行政复议有多少件？", "zh", "江苏省人民政府 not in corpus"))
    a(U("淮安市清江浦区2024年收到多少申请？", "zh", "清江浦区 not in corpus (only 淮安市 and 洪泽区)"))
    a(U("涧西区2019年的政府集中采购金额是多少？", "zh", "no 涧西区 2019 report (only 2020)"))
    a(U("How many staff does the Shanghai Science and Technology Commission have?", "en", "staff numbers not in the report"))
    a(U("上海市政府办公厅2022年的行政诉讼有几件？", "zh", "no 2022 report for 上海市人民政府办公厅"))
    a(U("Huai'an 2024: how many requests concerned land expropriation?", "en", "requests are not broken down by subject"))
    a(U("沭阳2025年申请人满意度是多少？", "zh", "satisfaction rate not reported"))
    a(U("涧西区政府办2020年收取了多少信息处理费？", "zh", "the 2020 Jianxi report (2019 format) does not report processing fees; section 六 says only '无'"))
    a(U("What was the Shanghai General Office's 2019 disclosure budget?", "en", "no budget figure in the report"))
    a(U("洪泽区2023年政府网站有多少访问量？", "zh", "not reported"))
    a(U("淮安市2024年其他对外管理服务事项的处理决定数量是多少？", "zh", "其他对外管理服务事项 is a 2019-format row; the 2021-format Huai'an report has no such row"))
    a(U("How many requests did Lianshui County (涟水县) receive in 2024?", "en", "涟水县 not in corpus"))
    a(U("宿迁市2025年收到多少政府信息公开申请？", "zh", "宿迁市 not in corpus (沭阳县 is a county of 宿迁, but its report covers only the county)"))

    # ------------------------------------------------------------------ traps
    a(T("淮安2024年部分公开（不是全部公开）的申请多少件？", "zh", "ha", "requests.partially_granted.total", "trap: 部分公开 454, not 予以公开 1362"))
    a(T("淮安市2024年全部公开的申请有多少？", "zh", "ha", "requests.granted.total", "trap: 全部公开 = 予以公开 1362, not 部分公开"))
    a(T("Huai'an 2024: in how many reconsideration cases did the reviewing body overturn or correct the government (复议被纠错)?", "en", "ha", "appeals.review.corrected", "trap: corrected 64, not the reconsideration total 351"))
    a(T("沭阳县2025年行政复议被纠错的有几件？", "zh", "sy", "appeals.review.corrected", "trap: 被纠错 = 结果纠正 10, not 总计 61"))
    a(C("trap", "zh", "淮安2024年行政复议被驳回的有多少件？", ev("ha", "appeals.review.other", ambiguous=True, acceptable_keys=[["appeals.review.other"]]),
        "trap: the table has no 驳回 column; 驳回 is not 结果维持 (72). 驳回/终止 are normally counted under 其他结果 (178). A right answer explains this (asking back is fine) and must not give 72 as the number of 驳回."))
    a(T("淮安2024年还没办完、要转到明年继续办的申请有多少？", "zh", "ha", "requests.carried_forward.total", "trap: 还没办完 = 结转下年度继续办理 103, not 上年结转 34"))
    a(T("沭阳2025年到年底还没办完的申请有几件？", "zh", "sy", "requests.carried_forward.total", "trap: carried_forward 31, not carried_over 36"))
    a(T("How many of the Shanghai General Office's 2019 applications were still open at year end and rolled into 2020?", "en", "sh19", "requests.carried_forward.total", "trap: 72 carried forward, not 18 carried over"))
    a(T("淮安2024年行政复议还没审结的有几件？", "zh", "ha", "appeals.review.pending", "trap: 尚未审结 37, not 总计 351"))
    a(T("How many requests did Huai'an turn down in 2024?", "en", "ha", "requests.withheld.total", "trap: 'turn down' = 不予公开 (withheld) total 178, derived; not 无法提供 781 nor 不予处理 88"))
    a(T("How many disclosure requests did Shuyang turn down in 2025?", "en", "sy", "requests.withheld.total", "trap: turn down = withheld 32 (derived)"))
    a(T("淮安2024年不予处理的申请有多少件？", "zh", "ha", "requests.not_processed.total", "trap: 不予处理 88, not 不予公开 178"))
    a(T("沭阳2025年有几件申请被“不予处理”？", "zh", "sy", "requests.not_processed.total", "trap: 不予处理 19 vs 不予公开 32"))
    a(T("淮安2024年上一年结转过来的申请有几件？", "zh", "ha", "requests.carried_over.total", "trap: 上年结转 34 vs 结转下年度 103"))
    a(T("沭阳2025年本年新收的申请是多少件（不算上年结转）？", "zh", "sy", "requests.received.total", "trap: 713; the narrative 749 includes 36 carried over"))
    a(T("沭阳县2025年自然人本年新提交的申请有多少件？", "zh", "sy", "requests.received.natural_person", "trap: 705; the narrative's '自然人申请 741 件' = 705 + 36 carried over"))
    a(T("淮安2024年有多少申请人撤回了申请？", "zh", "ha", "requests.other.other.total", "trap: there is no 撤回 row; withdrawals are counted under （六）其他处理 / 3、其他 = 110 (which may also hold other cases). Not 逾期不补正 71."))
    a(N("上海市政府办公厅2025年有多少件申请是申请人主动撤回的？", "zh", "sh25", 157, "17.46%", "件", frm="其中，予以公开", kind="trap",
        note="trap: 157 withdrawn (narrative); not 其他处理 319 and not the 3.其他 row 276"))
    a(T("上海市政府办公厅2019年对外公开的规章累计总数是多少？", "zh", "sh19", "active.regulations.total_published", "trap: 对外公开总数量 524, not 本年新公开 13"))
    a(T("How many new normative documents did the Shanghai General Office publish in 2019 (本年新公开数量)?", "en", "sh19", "active.normative_docs.published", "trap: 60 published this year, not the cumulative 368"))
    a(T("淮安2024年法人或其他组织提交的申请有多少？", "zh", "ha", "requests.received.legal_person", "trap: legal persons = sum of 5 organisation columns 118, not only 商业企业 53"))
    a(T("淮安2024年打行政官司，政府赢了（结果维持）几件？", "zh", "ha", ["appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"], "trap: litigation only (13+12=25), not reconsideration upheld 72"))
    a(T("沭阳2025年先复议、复议完又去法院起诉的有几件？", "zh", "sy", "appeals.litigation_after_review.total", "trap: 复议后起诉 10, not 直接起诉 3"))
    a(T("Huai'an 2024: how many people went straight to court without asking for reconsideration first?", "en", "ha", "appeals.litigation_direct.total", "trap: direct suits 26, not after-review 20"))
    a(T("涧西区2020年一共打了几场信息公开官司？", "zh", "jx", ["appeals.litigation_direct.total", "appeals.litigation_after_review.total"], "trap: 官司 = litigation 1+1 = 2; reconsideration (1) is not a lawsuit"))
    a(T("淮安2024年自然人的申请一共办结多少件？", "zh", "ha", "requests.total_processed.natural_person", "trap: 办结 = （七）总计 2932, not 新收 3001"))
    a(T("淮安2024年因为信息不存在、政府手里没有而无法提供的有几件？", "zh", "ha", "requests.unable.not_held.total", "synonym: 信息不存在/手里没有 = 本机关不掌握 769"))
    a(T("Hongze 2023: how many requests were turned away because the government simply didn't have the information?", "en", "hz23", "requests.unable.not_held.total", "unusual wording: = 本机关不掌握 10 (无法提供), not withheld"))
    a(T("How many Shuyang requests in 2025 were dropped because the applicant never sent the requested corrections?", "en", "sy", "requests.other.overdue_correction.total", "unusual wording: 逾期不补正 9"))
    a(T("淮安2024年被当成信访件没处理的申请有几件？", "zh", "ha", "requests.not_processed.petition.total", "colloquial: 信访举报投诉类 62"))
    a(T("沭阳县2025年法人申请多少件？", "zh", "sy", "requests.received.legal_person", "abbreviation 法人 = 法人或其他组织: 3+5 = 8 (narrative also 8)"))
    a(T("淮安2024年无正当理由大量反复申请的有几件？", "zh", "ha", "requests.not_processed.excessive.total", "trap: 0 — not 重复申请 25"))
    a(T("沭阳2025年属于国家秘密不予公开的有几件？", "zh", "sy", "requests.withheld.state_secret.total", "0; neighbouring rows are non-zero"))
    a(N("淮安市政府2024年因为信息公开收了多少费用？", "zh", "ha", 3940, "3940", "元", frm="2024 年，市政府", kind="trap",
        note="trap: information-processing fee 3940 元 (section 六), not 行政事业性收费 96171.6 万元"))
    a(N("洪泽区2023年收了多少信息公开处理费？", "zh", "hz23", 0, "信息处理费 0 元", "元", frm="2023 年，区政府", kind="trap",
        note="trap: 0 元 processing fee, not 行政事业性收费 7730.28 万元"))
    a(N("How much did Shuyang County charge applicants for information disclosure in 2025?", "en", "sy", 380, "380元", "元", frm="全县行政机关", kind="trap",
        note="trap: processing fee 380 元, not administrative fees 4068.208 万元"))
    a(T("淮安2024年企业申请被部分公开的有几件？", "zh", "ha", "requests.partially_granted.commercial", "企业 = 商业企业 7"))
    a(T("In 2024, how many requests did Huai'an's government actually answer?", "en", "ha", "requests.total_processed.total", "trap: answered = （七）总计 3050 (narrative 答复 3050), not received 3119"))
    a(T("淮安2024年顺延到下年度答复的申请有几件？", "zh", "ha", "requests.carried_forward.total", "synonym 顺延到下年度 = 结转下年度继续办理 103"))
    a(T("上海市政府办公厅2019年答复了多少件申请？", "zh", "sh19", "requests.total_processed.total", "trap: 805 answered (（七）总计), not 859 received"))
    a(T("涧西区2020年办结了几件？", "zh", "jx", "requests.total_processed.total", "办结 = （七）总计 15, not 17 received"))
    a(T("淮安2024年行政复议和行政诉讼都算，被纠正的一共多少？", "zh", "ha", ["appeals.review.corrected", "appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "64+4+1 = 69; not 351"))
    a(T("淮安2024年“其他处理”里第1项有多少？", "zh", "ha", "requests.other.overdue_correction.total", "（六）1 = 逾期不补正 71, not the 3.其他 110"))
    a(T("Shuyang 2025: how many requests were answered 'we don't have that information'?", "en", "sy", "requests.unable.not_held.total", "unusual wording = 本机关不掌握 111"))
    a(T("洪泽2023年有没有申请被全部公开的？", "zh", "hz23", "requests.granted.total", "0 granted in full; 4 partially — do not answer 4"))
    a(T("上海市政府办公厅2019年自然人申请“部分公开”几件？", "zh", "sh19", "requests.partially_granted.natural_person", "3, not 258 予以公开"))
    a(T("上海市政府办公厅2019年的信息公开行政复议是不是全都维持了？维持了几件？", "zh", "sh19", "appeals.review.upheld", "trap: the narrative says 7 复议 均获维持, but the table shows 5 upheld + 2 尚未审结; answer 5 (and mention the 2 pending)"))
    a(T("In 2019, how many reconsideration cases against the Shanghai General Office were actually decided in its favour (upheld)?", "en", "sh19", "appeals.review.upheld", "trap: 5 upheld; the narrative says all 7 'upheld' but the table shows 2 still pending"))
    a(T("涧西区2020年规范性文件新公开几件？（新制作的不算）", "zh", "jx", "active.normative_docs.published", "2019-format measure 本年新公开数量 = 2"))
    a(T("How many regulations did Huai'an make in 2024 (本年新制作数量)?", "en", "ha", "active.regulations.issued", "2019-format measure name asked of a 2021 report: the 2021 equivalent is 本年制发件数 = 1; a right answer may note the different label"))
    a(T("淮安2024年行政许可有多少件？", "zh", "ha", "active.licensing.decisions", "447228 is 本年处理决定数量 (city-wide), not a count of licensing items"))
    a(T("沭阳2025年来自企业的申请新收几件？", "zh", "sy", "requests.received.commercial", "企业 = 商业企业 3; not 法人 total 8"))
    a(T("How many applications from companies (commercial enterprises) did Huai'an fully grant in 2024?", "en", "ha", "requests.granted.commercial", "21, not the legal_person sum 74"))
    a(T("上海市政府办公厅2019年商业企业的申请里，属于行政查询事项不予公开的有几件？", "zh", "sh19", "requests.withheld.admin_query.commercial", "commercial column 2, not natural-person 10"))
    a(T("淮安2024年律所类（法律服务机构）申请因本机关不掌握而无法提供的有几件？", "zh", "ha", "requests.unable.not_held.legal_services", "legal_services column 10, not commercial 12"))
    a(T("Jianxi 2020: how many reconsideration cases ended with a correction?", "en", "jx", "appeals.review.corrected", "0; the single case was upheld"))
    a(T("沭阳2025年行政诉讼里面“其他结果”的有几件？", "zh", "sy", ["appeals.litigation_direct.other", "appeals.litigation_after_review.other"], "litigation other = 0 + 1 = 1; not reconsideration 其他结果 9"))
    a(T("淮安2024年行政复议结果维持的是多少件？", "zh", "ha", "appeals.review.upheld", "72 (reconsideration), not litigation upheld 25"))
    a(T("洪泽区2023年不予公开的申请一共有几件？", "zh", "hz23", "requests.withheld.total", "derived 3 (1+1+1); not 无法提供 13"))
    a(T("淮安市2024年“三安全一稳定”那一项有多少？", "zh", "ha", "requests.withheld.security_stability.total", "5"))
    a(T("How many of Huai'an's 2024 refusals were because releasing the info would hurt a third party?", "en", "ha", "requests.withheld.third_party.total", "unusual wording: 保护第三方合法权益 6"))
    a(T("沭阳2025年“其他处理”第3项“其他”中，商业企业有几件？", "zh", "sy", "requests.other.other.commercial", "1; the row sits under a wrong header 上年结转件数 in the Markdown"))
    a(T("沭阳县2025年（七）总计中法律服务机构一列是多少？", "zh", "sy", "requests.total_processed.legal_services", "5; printed under a wrong header '部分公开'"))
    a(C("trap", "zh", "洪泽区2023年政府信息公开行政复议总计多少件？",
        ev("hz23", ["appeals.review.upheld", "appeals.review.corrected", "appeals.review.other", "appeals.review.pending"], printed_total=0),
        "trap/report inconsistency: the printed 总计 is 0 but 维持 10 + 纠正 1 = 11. A right answer gives 11 and notes the printed total 0 (or reports both)."))
    a(C("trap", "en", "How many disclosure requests did Hongze District receive in 2024?",
        {"answerable": True, "agency": "淮安市洪泽区人民政府", "year": 2024, "keys": ["requests.received.total"], "value": 95,
         "ambiguous": True, "acceptable_values": [95, 17], "acceptable_keys": [["requests.received.total"]]},
        "report inconsistency: table 三 shows 95 new requests; the narrative says the district government office accepted 17 on behalf of the district government. Best answer gives 95 (table) and mentions 17.",
        gs="read:005_hongzequ_2024.txt"))
    a(C("trap", "zh", "上海市政府办公厅2019年予以公开及部分公开一共多少件？",
        ev("sh19", cols("granted") + cols("partially_granted"), ambiguous=True, acceptable_values=[275, 258]),
        "trap/report inconsistency: table columns give 272 + 3 = 275 (总计 cells printed blank); the narrative says 258 (which is only the natural-person 予以公开 cell). Best answer 275 with the discrepancy noted."))
    a(C("trap", "en", "How many requests could the Shanghai General Office not provide (无法提供) in 2019, all reasons together?",
        ev("sh19", cols("unable.not_held") + cols("unable.needs_creation") + cols("unable.unclear")),
        "trap: 337 from the table (252+12+1 + 44+3 + 25; 总计 cells blank). The narrative's 265 counts only 本机关不掌握."))
    a(C("trap", "zh", "上海市政府办公厅2019年不予公开共多少件？",
        ev("sh19", cols("withheld.state_secret") + cols("withheld.internal_affairs") + cols("withheld.process_info") + cols("withheld.admin_query")),
        "total column printed blank; sum of the printed cells = 35 (narrative 35 agrees). Derived withheld.total from blank totals would wrongly give 0."))
    a(C("trap", "zh", "淮安2024年有几件申请没公开？",
        ev("ha", "requests.withheld.total", ambiguous=True,
           acceptable_keys=[["requests.withheld.total"], ["requests.withheld.total", "requests.unable.total", "requests.not_processed.total", "requests.other.total"]],
           acceptable_values=[178, 1234]),
        "ambiguous negation: 没公开 may mean 不予公开 (178) or every outcome other than 予以公开/部分公开 (178+781+88+187 = 1234). Asking back or giving both is right."))
    a(C("trap", "zh", "上海市政府办公厅收到了多少件信息公开申请？",
        {"answerable": True, "agency": "上海市人民政府办公厅", "year": None, "keys": ["requests.received.total"], "value": None,
         "ambiguous": True, "acceptable_values": [859, 1295], "acceptable": [{"year": 2019, "value": 859}, {"year": 2025, "value": 1295}]},
        "no year: the corpus holds the 2019 (859) and 2025 (1295, read) reports; asking back or giving both years is right",
        gs="gold/009_shanghai_bgt_2019.json + read:008_shanghai_bgt_2025.txt"))
    a(C("trap", "en", "What's the number of licensing decisions Hongze reported?",
        {"answerable": True, "agency": "淮安市洪泽区人民政府", "year": None, "keys": ["active.licensing.decisions"], "value": None,
         "ambiguous": True, "acceptable_values": [550, 9487], "acceptable": [{"year": 2023, "value": 550}, {"year": 2024, "value": 9487}]},
        "no year: 2023 = 550 (gold), 2024 = 9487 (read); asking back or giving both is right",
        gs="gold/004_hongzequ_2023.json + read:005_hongzequ_2024.txt"))
    a(T("沐阳县2025年予以公开多少件？", "zh", "sy", "requests.granted.total", "OCR spelling 沐阳 (as printed in the report) for 沭阳; 294"))
    a(T("Shuyang 2025: applications that were partly released and partly withheld?", "en", "sy", "requests.partially_granted.total", "unusual wording for 部分公开 = 101"))
    a(T("淮安2024年自然人申请里，要另外制作才能提供所以没给的有几件？", "zh", "ha", "requests.unable.needs_creation.natural_person", "11"))
    a(T("上海市政府办公厅2019年复议后又起诉的行政诉讼有几件？", "zh", "sh19", "appeals.litigation_after_review.total", "0 (cells printed blank, read as 0); not the direct suits 9"))
    a(T("涧西区2020年主动公开的规章有几件？", "zh", "jx", "active.regulations.published", "0; not 规范性文件 2"))
    a(T("洪泽区2023年复议后起诉的官司总共几件？", "zh", "hz23", ["appeals.litigation_after_review.upheld", "appeals.litigation_after_review.corrected", "appeals.litigation_after_review.other", "appeals.litigation_after_review.pending"],
        "report inconsistency: printed 总计 0 but 结果维持 5; right answer 5 (noting the printed 0)", printed_total=0))
    a(T("沭阳2025年“无法提供”中“补正后申请内容仍不明确”的有几件？", "zh", "sy", "requests.unable.unclear.total", "0"))
    a(T("How many requests did Huai'an decline to handle because the applicant wanted a published book or gazette (公开出版物)?", "en", "ha", "requests.not_processed.publication.total", "0"))

    # ------------------------------------------------------------------ not applicable / printed blank
    NA = lambda q, lang, body, key, note, related=None: C("na", lang, q, ena(body, key, related), note)
    a(NA("涧西区2020年行政事业性收费金额是多少万元？", "zh", "jx", "active.fees.amount",
         "2019 format: 第（八）项 counts fee items (上一年项目数量 0, 本年增/减 0); no money amount is printed", ["active.fees.prev_year_items", "active.fees.change"]))
    a(NA("How many normative documents did Jianxi repeal in 2020?", "en", "jx", "active.normative_docs.repealed",
         "2019 format has no 本年废止件数 column (only 新制作/新公开/对外公开总数量)", ["active.normative_docs.made", "active.normative_docs.total_published"]))
    a(NA("涧西区2020年现行有效的规范性文件有几件？", "zh", "jx", "active.normative_docs.in_force",
         "2019 format has no 现行有效件数; the nearest printed measure is 对外公开总数量 (2)", ["active.normative_docs.total_published"]))
    a(NA("涧西2020年申请人逾期不补正、不再处理的有几件？", "zh", "jx", "requests.other.overdue_correction.total",
         "2019 format: （六）其他处理 is one row (0), no sub-items", ["requests.other.total"]))
    a(NA("上海市政府办公厅2019年现行有效的规章有多少件？", "zh", "sh19", "active.regulations.in_force",
         "2019 format has no 现行有效件数; 对外公开总数量 524 is a different measure", ["active.regulations.total_published"]))
    a(NA("What was the Shanghai General Office's administrative fee income (行政事业性收费金额) in 2019?", "en", "sh19", "active.fees.amount",
         "2019 format counts fee items only (0 / 0); no amount", ["active.fees.prev_year_items", "active.fees.change"]))
    a(NA("上海市政府办公厅2019年有多少申请是因为逾期未缴费不再处理的？", "zh", "sh19", "requests.other.overdue_fee.total",
         "2019 format: （六）其他处理 is one row (blank = 0); no sub-items", ["requests.other.total"]))
    a(NA("淮安2024年行政许可的上一年项目数量是多少？", "zh", "ha", "active.licensing.prev_year_items",
         "2021 format prints only 本年处理决定数量 for 第（五）项", ["active.licensing.decisions"]))
    a(NA("By how much did the number of administrative penalty items change in Huai'an in 2024 (本年增/减)?", "en", "ha", "active.punishment.change",
         "2021 format has no 本年增/减 column", ["active.punishment.decisions"]))
    a(NA("沭阳2025年规范性文件本年新公开数量是多少？", "zh", "sy", "active.normative_docs.published",
         "2019-format measure 本年新公开数量 is not in the 2021 table; a right answer says so and may point to 本年制发件数 = 6", ["active.normative_docs.issued"]))
    a(NA("洪泽区2023年“其他处理”里申请人逾期不补正的有几件？", "zh", "hz23", "requests.other.overdue_correction.total",
         "004 prints （六）其他处理 as a single row (0) without the three 2021 sub-items; a right answer says the sub-item is not reported and the whole row is 0", ["requests.other.total"]))
    a(NA("Hongze 2023: how many requests fell under 'other handling — other' (（六）3.其他)?", "en", "hz23", "requests.other.other.total",
         "sub-item not printed in 004 (single （六） row = 0)", ["requests.other.total"]))
    a(NA("涧西区2020年规章本年废止了几件？", "zh", "jx", "active.regulations.repealed",
         "2021 measure 本年废止件数 does not exist in the 2019-format table (新制作 0 / 新公开 0 / 对外公开总数量 0)", ["active.regulations.made", "active.regulations.total_published"]))
    # printed blank cells (read as 0 / total column left blank)
    a(C("na", "zh", "上海市政府办公厅2019年科研机构新提交的申请有几件？", ev("sh19", "requests.received.research", printed="blank"),
        "cell printed blank (&nbsp;) — blank reads as 0"))
    a(C("na", "en", "Shanghai General Office 2019: what does the report give as the total (总计) of fully granted requests?",
        ev("sh19", cols("granted"), printed_total="blank"),
        "the 总计 cell of （一）予以公开 is printed blank; the applicant columns add to 258+12+1+1 = 272. A right answer says the total cell is blank and gives 272 as the column sum (not 0)."))
    a(C("na", "zh", "上海市政府办公厅2019年部分公开的总计是多少？", ev("sh19", cols("partially_granted"), printed_total="blank"),
        "总计 cell blank; columns give 3 (natural persons)"))
    a(C("na", "zh", "上海市政府办公厅2019年其他处理有几件？", ev("sh19", "requests.other.total", printed="blank"),
        "row printed blank = 0; narrative '其他处理0件' agrees"))
    a(C("na", "en", "How many requests from public-interest organisations did the Shanghai General Office carry over from 2018?", ev("sh19", "requests.carried_over.public_interest", printed="blank"),
        "blank cell = 0"))
    a(C("na", "zh", "上海市政府办公厅2019年不予处理的总计栏是多少？", ev("sh19", cols("not_processed.petition") + cols("not_processed.duplicate"), printed_total="blank"),
        "总计 cells blank; columns give 148+1+5+4 = 158 (narrative 158 agrees)"))

    # ------------------------------------------------------------------ follow-ups
    a(FU("zh", [("淮安市政府2024年新收了多少件申请？", ev("ha", "requests.received.total")),
                ("其中自然人呢？", ev("ha", "requests.received.natural_person")),
                ("法人或者其他组织呢？", ev("ha", "requests.received.legal_person"))],
         "turn 3 derived legal_person 118"))
    a(FU("en", [("How many reconsideration cases did Shuyang County have in 2025?", ev("sy", "appeals.review.total")),
                ("And how many of them were corrected?", ev("sy", "appeals.review.corrected"))]))
    a(FU("zh", [("洪泽区2023年行政许可决定数量是多少？", ev("hz23", "active.licensing.decisions")),
                ("那2024年呢？", {**_base("hz24"), "keys": ["active.licensing.decisions"], "value": L.value("hz24", "active.licensing.decisions")})],
         "turn 2 read from 005 (no gold)"))
    a(FU("zh", [("上海市政府办公厅2019年新收了多少申请？", ev("sh19", "requests.received.total")),
                ("2025年呢？", {**_base("sh25"), "keys": ["requests.received.total"], "value": L.value("sh25", "requests.received.total")})],
         "turn 2 read from 008"))
    a(FU("zh", [("涧西2020年予以公开几件？", ev("jx", "requests.granted.total")),
                ("那部分公开呢？", ev("jx", "requests.partially_granted.total"))]))
    a(FU("zh", [("沭阳2025年不予公开总共多少件？", ev("sy", "requests.withheld.total")),
                ("其中属于三类内部事务信息的呢？", ev("sy", "requests.withheld.internal_affairs.total"))]))
    a(FU("zh", [("淮安2024年政府信息公开行政复议有多少件？", ev("ha", "appeals.review.total")),
                ("那行政诉讼呢？", ev("ha", ["appeals.litigation_direct.total", "appeals.litigation_after_review.total"]))],
         "turn 2: both kinds of litigation 26+20 = 46"))
    a(FU("en", [("What administrative fee income did Huai'an report for 2024?", ev("ha", "active.fees.amount", unit="万元")),
                ("And the information-processing fees it collected for disclosure requests?", enar("ha", 3940, "3940", "元", frm="2024 年，市政府"))],
         "turn 2 narrative (section 六)"))
    a(FU("zh", [("洪泽2023年收到多少申请？", ev("hz23", "requests.received.total")),
                ("那2022年呢？", eun("no 洪泽区 2022 report in the corpus"))]))
    a(FU("zh", [("上海市科委2024年收到多少件信息公开申请？", enar("kw", 34, "34 件", "件", frm="全年收到")),
                ("2023年呢？", eun("no 上海市科学技术委员会 2023 report"))], gs="read:007_shkewei_2024.txt"))
    a(FU("zh", [("沭阳2025年结转到下一年的申请有多少件？", ev("sy", "requests.carried_forward.total")),
                ("上一年结转过来的呢？", ev("sy", "requests.carried_over.total"))]))
    a(FU("zh", [("涧西区2020年依申请公开的办结率是多少？", enar("jx", 88.2, "办结率", "%", frm="全年共收到")),
                ("还有几件在办？", ev("jx", "requests.carried_forward.total"))],
         "turn 2: 在办2件 = carried_forward 2"))
    a(FU("en", [("How many requests did Huai'an fully grant in 2024?", ev("ha", "requests.granted.total")),
                ("What about the natural persons only?", ev("ha", "requests.granted.natural_person"))]))
    a(FU("en", [("How many requests did the Shanghai General Office carry forward at the end of 2019?", ev("sh19", "requests.carried_forward.total")),
                ("And in 2025?", {**_base("sh25"), "keys": ["requests.carried_forward.total"], "value": L.value("sh25", "requests.carried_forward.total")})],
         "turn 2 read from 008"))
    a(FU("zh", [("淮安2024年行政处罚决定多少？", ev("ha", "active.punishment.decisions")),
                ("行政强制呢？", ev("ha", "active.coercion.decisions"))]))
    a(FU("zh", [("沭阳2025年行政复议尚未审结的有几件？", ev("sy", "appeals.review.pending")),
                ("诉讼那边呢，两类加起来？", ev("sy", ["appeals.litigation_direct.pending", "appeals.litigation_after_review.pending"]))],
         "0 + 1 = 1"))
    a(FU("en", [("Hongze District 2023: how many requests were partially granted?", ev("hz23", "requests.partially_granted.total")),
                ("And fully granted?", ev("hz23", "requests.granted.total"))], "turn 2 is 0"))
    a(FU("zh", [("淮安2024年本机关不掌握的申请有多少？", ev("ha", "requests.unable.not_held.total")),
                ("其中商业企业的呢？", ev("ha", "requests.unable.not_held.commercial")),
                ("法律服务机构呢？", ev("ha", "requests.unable.not_held.legal_services"))]))
    a(FU("zh", [("上海市政府办公厅2019年规章本年新制作几件？", ev("sh19", "active.regulations.made")),
                ("对外公开总数量呢？", ev("sh19", "active.regulations.total_published"))]))
    a(FU("en", [("Shuyang 2025: how many normative documents were issued?", ev("sy", "active.normative_docs.issued")),
                ("And how many are in force?", ev("sy", "active.normative_docs.in_force"))]))
    a(FU("zh", [("淮安2024年重复申请有多少件？", ev("ha", "requests.not_processed.duplicate.total")),
                ("沭阳2025年呢？", ev("sy", "requests.not_processed.duplicate.total"))], "turn 2 switches body, keeps the quantity"))
    a(FU("zh", [("洪泽2023年行政处罚决定有多少？", ev("hz23", "active.punishment.decisions")),
                ("第二年（2024年）呢？", {**_base("hz24"), "keys": ["active.punishment.decisions"], "value": L.value("hz24", "active.punishment.decisions")}),
                ("减少了多少？", ediff("hz23", "hz24", "active.punishment.decisions"))],
         "turn 3 difference 2776-4119 = -1343 (a decrease of 1343)"))
    a(FU("en", [("How many new requests did Jianxi receive in 2020?", ev("jx", "requests.received.total")),
                ("And in 2021?", eun("no 涧西区 2021 report"))]))
    a(FU("zh", [("沭阳2025年行政许可决定数量？", ev("sy", "active.licensing.decisions")),
                ("淮安市2024年呢？", ev("ha", "active.licensing.decisions")),
                ("哪个多？", erank(["sy", "ha"], "active.licensing.decisions"))],
         "turn 3 ranking: 沭阳 517645 > 淮安 447228"))
    a(FU("en", [("What was the centralised procurement amount reported by the Shanghai General Office for 2019?", ev("sh19", "active.procurement.amount", unit="万元")),
                ("How many projects was that?", ev("sh19", "active.procurement.projects"))]))
    a(FU("zh", [("淮安2024年行政复议结果维持的有几件？", ev("ha", "appeals.review.upheld")),
                ("纠正的呢？", ev("ha", "appeals.review.corrected"))]))
    a(FU("zh", [("上海市政府办公厅2025年申请人主动撤回了多少件？", enar("sh25", 157, "17.46%", "件", frm="其中，予以公开")),
                ("其他处理一共多少？", enar("sh25", 319, "17.46%", "件", frm="其中，予以公开"))], gs="read:008_shanghai_bgt_2025.txt"))
    a(FU("en", [("Huai'an 2024: how many requests were withheld as state secrets?", ev("ha", "requests.withheld.state_secret.total")),
                ("And as administrative query matters?", ev("ha", "requests.withheld.admin_query.total"))]))
    a(FU("zh", [("沭阳县2025年商业企业新收几件申请？", ev("sy", "requests.received.commercial")),
                ("自然人呢？", ev("sy", "requests.received.natural_person"))]))
    a(FU("en", [("How many lawsuits were filed directly against Huai'an in 2024?", ev("ha", "appeals.litigation_direct.total")),
                ("How many of those are still pending?", ev("ha", "appeals.litigation_direct.pending"))]))
    a(FU("zh", [("涧西区2020年政府集中采购金额多少？", ev("jx", "active.procurement.amount", unit="万元")),
                ("几个项目？", ev("jx", "active.procurement.projects"))]))
    a(FU("zh", [("淮安2024年不予处理一共多少件？", ev("ha", "requests.not_processed.total")),
                ("那不予公开呢？", ev("ha", "requests.withheld.total"))], "neighbour categories in sequence"))
    a(FU("en", [("How many press conferences did the Shanghai municipal government hold in 2025?", enar("sh25", 42, "42 场", "场")),
                ("And briefings (新闻通气会)?", enar("sh25", 19, "42 场", "场"))], gs="read:008_shanghai_bgt_2025.txt"))
    a(FU("zh", [("洪泽区2023年现行有效的行政规范性文件有几件？", ev("hz23", "active.normative_docs.in_force")),
                ("2024年呢？", {**_base("hz24"), "keys": ["active.normative_docs.in_force"], "value": L.value("hz24", "active.normative_docs.in_force")})],
         "turn 2 read from 005"))
    a(FU("en", [("Shuyang 2025: how many requests from natural persons did it fully grant?", ev("sy", "requests.granted.natural_person")),
                ("And partially?", ev("sy", "requests.partially_granted.natural_person"))]))
    a(FU("zh", [("上海市政府办公厅2019年直接起诉的行政诉讼有几件？", ev("sh19", "appeals.litigation_direct.total")),
                ("2025年的呢？", {**_base("sh25"), "keys": ["appeals.litigation_direct.total"], "value": L.value("sh25", "appeals.litigation_direct.total")})],
         "turn 2 read from 008"))
    a(FU("zh", [("淮安2024年商业企业提交了几件申请？", ev("ha", "requests.received.commercial")),
                ("部分公开了几件给他们？", ev("ha", "requests.partially_granted.commercial"))]))
    a(FU("en", [("What was Hongze's administrative fee amount in 2023?", ev("hz23", "active.fees.amount", unit="万元")),
                ("And in 2024?", {**_base("hz24"), "keys": ["active.fees.amount"], "value": L.value("hz24", "active.fees.amount"), "unit": "万元"})],
         "turn 2 read from 005"))
    a(FU("zh", [("沭阳2025年复议后起诉的有几件？", ev("sy", "appeals.litigation_after_review.total")),
                ("其中维持的呢？", ev("sy", "appeals.litigation_after_review.upheld"))]))
    a(FU("zh", [("淮安市政府2024年年报里政务新媒体有多少个？", enar("ha", 95, "在运维政务新媒体", "个")),
                ("检查合格率呢？", enar("ha", 100, "合格率", "%"))]))

    # ------------------------------------------------------------------ more values / traps in English and odd wordings
    a(V("Jianxi 2020: how many requests were carried over from 2019?", "en", "jx", "requests.carried_over.total"))
    a(V("Huai'an 2024 — number of requests filed by 'other' organisations that were fully granted?", "en", "ha", "requests.granted.other_org"))
    a(V("How many requests did the Huai'an government end up handling from commercial enterprises in 2024 (total processed)?", "en", "ha", "requests.total_processed.commercial"))
    a(V("Shuyang 2025: how many requests did it carry forward from natural persons?", "en", "sy", "requests.carried_forward.natural_person"))
    a(V("Hongze 2023: how many requests came from natural persons?", "en", "hz23", "requests.received.natural_person"))
    a(V("Shuyang 2025: reconsideration cases with 'other outcome'?", "en", "sy", "appeals.review.other"))
    a(V("Huai'an 2024: how many reconsideration cases were upheld?", "en", "ha", "appeals.review.upheld"))
    a(V("How many duplicate-application refusals came from natural persons in Shuyang in 2025?", "en", "sy", "requests.not_processed.duplicate.natural_person"))
    a(V("Shanghai GO 2019: how many natural-person requests needed information to be newly created (so couldn't be provided)?", "en", "sh19", "requests.unable.needs_creation.natural_person"))
    a(V("Shanghai General Office 2019: commercial enterprises whose requests were fully granted?", "en", "sh19", "requests.granted.commercial"))
    a(V("How many requests did the Shanghai General Office handle in total from natural persons in 2019?", "en", "sh19", "requests.total_processed.natural_person"))
    a(V("Huai'an 2024: the number of natural-person requests treated as petitions?", "en", "ha", "requests.not_processed.petition.natural_person"))
    a(V("Shuyang 2025: administrative litigation after reconsideration — how many still pending?", "en", "sy", "appeals.litigation_after_review.pending"))
    a(V("Jianxi 2020: how many requests did natural persons file?", "en", "jx", "requests.received.natural_person"))
    a(V("What was Huai'an's 2024 count of requests withheld as internal-affairs information from natural persons?", "en", "ha", "requests.withheld.internal_affairs.natural_person"))
    a(V("Hongze 2023 — administrative regulations (规章) in force?", "en", "hz23", "active.regulations.in_force"))
    a(V("Shuyang 2025: how many requests from legal service institutions were fully granted?", "en", "sy", "requests.granted.legal_services"))
    a(V("Huai'an 2024: lawsuits after reconsideration that were corrected?", "en", "ha", "appeals.litigation_after_review.corrected"))
    a(V("淮安24年自然人新收的申请几件？", "zh", "ha", "requests.received.natural_person"))
    a(V("淮安2024年（七）总计里商业企业那一栏是多少？", "zh", "ha", "requests.total_processed.commercial"))
    a(V("沭阳25年结转下年度的法人组织申请几件？", "zh", "sy", "requests.carried_forward.legal_person", note="derived 0"))
    a(V("洪泽2023年复议后起诉里有没有被纠正的？", "zh", "hz23", "appeals.litigation_after_review.corrected"))
    a(V("涧西区政府办2020年行政强制的处理决定数量？", "zh", "jx", "active.coercion.decisions"))
    a(V("涧西区2020年行政许可上一年项目数量是多少？", "zh", "jx", "active.licensing.prev_year_items"))
    a(V("上海市政府办公厅2019年行政事业性收费上一年项目数量？", "zh", "sh19", "active.fees.prev_year_items"))
    a(V("上海市政府办公厅2019年规章本年新公开数量？", "zh", "sh19", "active.regulations.published"))
    a(V("上海市政府办公厅2019年自然人属于三类内部事务信息不予公开的有几件？", "zh", "sh19", "requests.withheld.internal_affairs.natural_person"))
    a(V("上海市政府办公厅2019年商业企业的申请中“本机关不掌握”的有几件？", "zh", "sh19", "requests.unable.not_held.commercial"))
    a(V("上海市政府办公厅2019年“其他”类组织新收几件？", "zh", "sh19", "requests.received.other_org"))
    a(V("淮安2024年商业企业申请因其他法律行政法规禁止而不公开的有几件？", "zh", "ha", "requests.withheld.prohibited_by_law.commercial"))
    a(V("淮安2024年信访举报投诉类申请里商业企业的有几件？", "zh", "ha", "requests.not_processed.petition.commercial"))
    a(V("淮安2024年“3、其他”里面法人组织有几件？", "zh", "ha", "requests.other.other.legal_person", note="derived: 2+0+0+0+0"))
    a(V("沭阳2025年自然人申请中属于行政执法案卷不予公开的有几件？", "zh", "sy", "requests.withheld.enforcement_files.natural_person"))
    a(V("沭阳2025年上年结转的自然人申请有几件？", "zh", "sy", "requests.carried_over.natural_person"))
    a(V("淮安2024年复议后起诉的行政诉讼总计多少件？", "zh", "ha", "appeals.litigation_after_review.total"))
    a(V("淮安2024年复议后起诉“其他结果”的有几件？", "zh", "ha", "appeals.litigation_after_review.other"))
    a(V("淮安2024年直接起诉“其他结果”的有几件？", "zh", "ha", "appeals.litigation_direct.other"))
    a(V("淮安2024年直接起诉结果维持的有几件？", "zh", "ha", "appeals.litigation_direct.upheld"))
    a(V("涧西2020年复议后起诉结果维持几件？", "zh", "jx", "appeals.litigation_after_review.upheld"))

    # ------------------------------------------------------------------ second batch: English traps / unusual wordings
    a(T("Huai'an 2024: how many requests were only partly disclosed?", "en", "ha", "requests.partially_granted.total", "trap: partly = 部分公开 454, not 予以公开 1362"))
    a(T("For Shuyang in 2025, how many reconsideration rulings went against the county?", "en", "sy", "appeals.review.corrected", "went against = 结果纠正 10"))
    a(T("How many of Huai'an's 2024 applications are still being worked on and will be finished next year?", "en", "ha", "requests.carried_forward.total", "= 结转下年度继续办理 103, not 上年结转 34"))
    a(T("Hongze 2023: how many requests did the district refuse to process (不予处理) — not refuse to disclose?", "en", "hz23", "requests.not_processed.total", "不予处理 1 vs 不予公开 3"))
    a(T("Shanghai General Office 2019: how many natural-person applications were not processed (petitions, duplicates and the like)?", "en", "sh19", "requests.not_processed.natural_person", "derived natural-person column 148+5 = 153 (the 158 in the narrative includes 5 commercial)"))
    a(T("Huai'an 2024: how many new requests came in this year, not counting last year's backlog?", "en", "ha", "requests.received.total", "3119, not 3119+34"))
    a(T("Shuyang's 2025 report says 749 applications were accepted. How many of those were actually new in 2025?", "en", "sy", "requests.received.total", "713 new; 749 = 713 + 36 carried over"))
    a(T("How many applicants in Huai'an let their request lapse in 2024 by not supplying the missing details in time?", "en", "ha", "requests.other.overdue_correction.total", "逾期不补正 71"))
    a(T("Huai'an 2024: in how many reconsideration cases did the review body side with the government?", "en", "ha", "appeals.review.upheld", "sided with the government = 结果维持 72"))
    a(T("In Huai'an 2024, how many direct lawsuits ended with the court correcting the government?", "en", "ha", "appeals.litigation_direct.corrected", "4 (direct only), not 5 (both kinds) nor 64 (reconsideration)"))
    a(T("How many of Shuyang's 2025 information-disclosure lawsuits were still undecided at year end?", "en", "sy", ["appeals.litigation_direct.pending", "appeals.litigation_after_review.pending"], "lawsuits only: 0 + 1 = 1; not reconsideration pending 15"))
    a(T("Jianxi 2020: how many requests were refused outright (不予公开)?", "en", "jx", "requests.withheld.total", "0 withheld; the 2 'not held' are 无法提供, not a refusal"))
    a(T("Shanghai General Office 2019: in how many reconsideration cases was the office corrected?", "en", "sh19", "appeals.review.corrected", "0 (printed blank)"))
    a(T("In the Shanghai General Office's 2019 report, how many new regulations were made in the year — not the cumulative total?", "en", "sh19", "active.regulations.made", "13 made this year vs 524 对外公开总数量"))
    a(T("Huai'an 2024: how many regulations (规章) were repealed?", "en", "ha", "active.regulations.repealed", "0 — the 26 repealed are normative documents"))
    a(T("Huai'an 2024: how many normative documents were issued during the year (not the number in force)?", "en", "ha", "active.normative_docs.issued", "8 issued vs 66 in force"))
    a(T("Shuyang 2025: how many requests got the answer that the information would have to be newly compiled?", "en", "sy", "requests.unable.needs_creation.total", "没有现成信息需要另行制作 2"))
    a(T("Huai'an 2024: how many requests from law firms were handled in total?", "en", "ha", "requests.total_processed.legal_services", "law firms ~ 法律服务机构; total processed 61"))
    a(T("How many requests did Hongze District treat as complaints or petitions in 2023?", "en", "hz23", "requests.not_processed.petition.total", "信访举报投诉类 1"))
    a(T("Huai'an 2024: how many individuals' requests were withheld as administrative query matters?", "en", "ha", "requests.withheld.admin_query.natural_person", "105"))
    a(T("Shuyang 2025: how many applications were dropped because the applicant didn't pay?", "en", "sy", "requests.other.overdue_fee.total", "逾期未缴费 7"))
    a(T("Huai'an 2024: how many requests fall under 'other' within other handling — the row where withdrawals usually go?", "en", "ha", "requests.other.other.total", "（六）3、其他 110"))
    a(T("Shanghai General Office 2019: how many individuals' requests were fully or partly granted?", "en", "sh19", ["requests.granted.natural_person", "requests.partially_granted.natural_person"], "258 + 3 = 261; the narrative's 258 is only the 予以公开 cell"))
    a(T("Huai'an 2024: how many reconsideration cases had an 'other outcome' (e.g. withdrawn or terminated)?", "en", "ha", "appeals.review.other", "178"))
    a(T("Shuyang 2025: requests refused because disclosure would endanger security or stability?", "en", "sy", "requests.withheld.security_stability.total", "危及“三安全一稳定” 2"))
    a(T("Huai'an 2024: how many companies' requests were refused as internal-affairs information?", "en", "ha", "requests.withheld.internal_affairs.commercial", "1"))
    a(T("Shanghai General Office 2019: how many information-disclosure lawsuits did the office lose?", "en", "sh19", ["appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "lose = 结果纠正 in litigation: 0 (narrative: 零败诉)"))
    a(T("How many information-disclosure lawsuits did Huai'an lose in 2024?", "en", "ha", ["appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "4 + 1 = 5 (narrative 结果纠正 5 件)"))
    a(T("Did Shuyang lose any disclosure lawsuits in 2025? How many?", "en", "sy", ["appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "0"))
    a(T("How many reconsideration cases did Huai'an lose in 2024?", "en", "ha", "appeals.review.corrected", "lost = corrected 64"))
    a(T("Shanghai General Office 2019: how many normative documents were newly made in the year?", "en", "sh19", "active.normative_docs.made", "60, not 368"))
    a(T("Jianxi 2020: how many requests did the office decline to handle at all (不予处理)?", "en", "jx", "requests.not_processed.total", "0"))
    a(T("Hongze 2023: did the district issue any regulations (规章)? How many?", "en", "hz23", "active.regulations.issued", "0"))
    a(T("Shuyang 2025: how many cases were carried over from 2024 from legal persons or other organisations?", "en", "sy", "requests.carried_over.legal_person", "derived 0; all 36 carried over were natural persons"))
    a(T("Huai'an 2024: for organisations (not individuals), how many requests were still open at year end?", "en", "ha", "requests.carried_forward.legal_person", "derived 0; all 103 are natural persons"))
    a(T("淮安2024年行政诉讼输了几件？", "zh", "ha", ["appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "输 = 结果纠正: 4+1 = 5"))
    a(T("沭阳2025年行政复议输了几件？", "zh", "sy", "appeals.review.corrected", "输 = 纠正 10"))
    a(T("上海市政府办公厅2019年信息公开官司输了几件？", "zh", "sh19", ["appeals.litigation_direct.corrected", "appeals.litigation_after_review.corrected"], "0 (零败诉)"))
    a(T("淮安2024年规章废止了几件？", "zh", "ha", "active.regulations.repealed", "0 — not 行政规范性文件 26"))
    a(T("洪泽2023年法人或其他组织提交了几件申请？", "zh", "hz23", "requests.received.legal_person", "derived 0; all 21 from natural persons"))
    a(T("淮安2024年科研机构的申请被部分公开了几件？", "zh", "ha", "requests.partially_granted.research", "0"))
    a(T("沭阳2025年还在办的行政复议案件有几件？", "zh", "sy", "appeals.review.pending", "在办 = 尚未审结 15"))
    a(T("淮安2024年“其他处理”一共多少件？是不是就是“3、其他”那一行？", "zh", "ha", "requests.other.total", "derived 2021 total 71+6+110 = 187, not the 3、其他 row 110"))
    a(T("淮安2024年本年新收的申请里面自然人占了多少件？", "zh", "ha", "requests.received.natural_person", "3001 (received), not total_processed 2932"))
    a(T("涧西2020年本机关不掌握的申请，是不予公开吗？有几件？", "zh", "jx", "requests.unable.not_held.total", "2, under 无法提供 (not 不予公开)"))

    # not applicable (English)
    a(NA("Huai'an 2024: how many regulations were newly published this year (本年新公开数量)?", "en", "ha", "active.regulations.published",
         "2019-format measure 本年新公开数量 is not in the 2021 table; a right answer says so and may point to 本年制发件数 = 1 (issued), without calling it 'newly published'", ["active.regulations.issued"]))
    a(NA("Shuyang 2025: administrative licensing — number of items in the previous year (上一年项目数量)?", "en", "sy", "active.licensing.prev_year_items",
         "2021 format has only 本年处理决定数量", ["active.licensing.decisions"]))
    a(NA("Jianxi 2020: how many requests lapsed because the applicant did not pay the fee?", "en", "jx", "requests.other.overdue_fee.total",
         "2019 format has a single （六）其他处理 row (0)", ["requests.other.total"]))
    a(NA("Shanghai General Office 2019: how many regulations were repealed in the year?", "en", "sh19", "active.regulations.repealed",
         "2019 format has no 本年废止件数", ["active.regulations.made"]))
    a(NA("Hongze 2023: what was the change this year (本年增/减) in administrative penalty items?", "en", "hz23", "active.punishment.change",
         "2021 columns in table 二 of 004: only 本年处理决定数量", ["active.punishment.decisions"]))

    # unanswerable (English)
    a(U("How many requests did Jianxi District receive in 2022?", "en", "no 涧西区 2022 report"))
    a(U("How many requests did Shuyang grant in 2023?", "en", "no 沭阳县 2023 report"))
    a(U("How many FOI requests did the Shanghai Science and Technology Commission get in 2025?", "en", "no 上海市科学技术委员会 2025 report"))
    a(U("Huai'an 2024: how many requests were about housing?", "en", "requests are not broken down by subject"))
    a(U("What will Hongze's administrative fee income be in 2025?", "en", "future year / forecast"))
    a(U("What is the population of Hongze District?", "en", "not in a disclosure report"))
    a(U("How many centralised procurement projects did Huai'an report for 2024?", "en", "第（九）项 政府集中采购 is a 2019-format row; the 2021-format Huai'an report has none"))
    a(U("How many employees work in the Shanghai Municipal Government General Office?", "en", "staff numbers are not reported"))
    a(U("Which Huai'an county received the most disclosure requests in 2024?", "en", "no county breakdown in the city report"))

    # narrative (English)
    a(N("How many municipal regulations did Shanghai proactively disclose in 2025 according to the report text?", "en", "sh25", 22, "196 件", "件", frm="全年主动公开"))
    a(N("Shanghai 2019: what percentage of 'good/bad review' evaluations were positive?", "en", "sh19", 99.58, "0.34%", "%", frm="政务服务"))
    a(N("How many policy documents did Shuyang put out for public comment in 2025 (with the results published)?", "en", "sy", 3, "政策文件4件", "件"))
    a(N("How many original articles did the Shanghai sci-tech commission's WeChat account publish in 2024?", "en", "kw", 294, "1016823", "篇", frm="“上海科技”微信公众号"))
    a(N("How many interpretation items did the 'Shanghai Science and Technology' website publish in 2024?", "en", "kw", 21, "2139", "条"))
    a(N("Hongze 2024: how many policy interpretation items were published?", "en", "hz24", 7, "2428", "条"))
    a(N("How many page views did Shanghai's international services portal have according to the 2025 report?", "en", "sh25", 536, "10 个语种", "万", frm="“上海国际服务门户”"))
    a(N("How many departments were connected to Shanghai's 'one-stop' (一网通办) acceptance platform in 2019?", "en", "sh19", 53, "2261", "个", frm="围绕"))
    a(N("How many municipal regulations did Huai'an newly disclose in 2024 according to the narrative?", "en", "ha", 1, "5500", "件"))
    a(N("What share of the Shanghai General Office's 2025 handled requests were refused (不予公开)?", "en", "sh25", 1.68, "17.46%", "%", frm="其中，予以公开"))
    a(N("In 2019, how many requests did the Shanghai General Office say it answered, including the 18 carried over?", "en", "sh19", 805, "回落", "件", frm="市政府办公厅代表"))

    # follow-ups (English)
    a(FU("en", [("How many requests did Hongze receive in 2023?", ev("hz23", "requests.received.total")),
                ("And how many were handled by year end?", ev("hz23", "requests.total_processed.total"))]))
    a(FU("en", [("Shuyang 2025: how many requests were withheld as administrative query matters?", ev("sy", "requests.withheld.admin_query.total")),
                ("And as process information?", ev("sy", "requests.withheld.process_info.total"))]))
    a(FU("en", [("Shanghai General Office 2019: how many reconsideration cases?", ev("sh19", "appeals.review.total")),
                ("And lawsuits filed directly?", ev("sh19", "appeals.litigation_direct.total")),
                ("How many of those were upheld?", ev("sh19", "appeals.litigation_direct.upheld"))]))
    a(FU("en", [("Huai'an 2024: how many requests came from commercial enterprises?", ev("ha", "requests.received.commercial")),
                ("And how many of theirs were fully granted?", ev("ha", "requests.granted.commercial"))]))
    a(FU("en", [("How many reconsideration cases did Jianxi have in 2020?", ev("jx", "appeals.review.total")),
                ("And in 2019?", eun("no 涧西区 2019 report"))]))
    a(FU("en", [("What was Shuyang's administrative fee income in 2025?", ev("sy", "active.fees.amount", unit="万元")),
                ("And Huai'an's in 2024?", ev("ha", "active.fees.amount", unit="万元"))], "turn 2 switches body"))

    # passages (English)
    a(P("What problems did Hongze list in its 2023 report?", "en", "hz23", ["依申请公开工作规范性还有待提高", "政务公开内容的深度和广度"], 5))
    a(P("How does Shuyang plan to bring disclosure services closer to residents (2025 report)?", "en", "sy", ["最后一公里", "政务公开服务点"], 5))
    a(P("According to the Jianxi 2020 report, why did many reconsideration and litigation cases arise?", "en", "jx", ["该不该公开认识不清"], 5))

    return out
