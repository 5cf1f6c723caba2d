"""The words people use for each fact of the annual-report tables, in Chinese and English.

A canonical key is ``table.row.column`` (see vocab/fact_keys.tsv). Citizens do not say
"requests.withheld.total"; they say 不予公开, 不公开, "refused", "denied". This module holds,
for every part of a key (request rows and their sub-items, applicant columns, appeal groups and
outcomes, proactive-disclosure items and measures), a Chinese and an English description and
the synonyms that should select it. ``rag.understanding`` matches these terms (longest match
wins, so 不予公开 is never also read as 公开) and assembles keys from the parts.

It also knows the derived keys of the spec (requests.withheld.<col>, requests.unable.<col>,
requests.not_processed.<col>, requests.other.<col>, requests.<row>.legal_person), so that every
key an answer may cite has a description (``describe``).

Nothing here loads a model; the TSV is read once, lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vocab import keys

# the numbered sub-items of each table-三 group, in the template's printed order ("第1项")
REQUEST_SUB_ITEMS: dict[str, tuple[str, ...]] = dict(keys.REQUEST_GROUPS)


@dataclass(frozen=True)
class Entry:
    """One part of a key (a row, a column, a group, an outcome, an item or a measure)."""

    value: str  # the key part, e.g. "withheld.state_secret", "natural_person"
    zh: str  # canonical Chinese label, as the template prints it
    en: str  # canonical English gloss
    zh_terms: tuple[str, ...] = ()  # further Chinese words that select it
    en_terms: tuple[str, ...] = ()  # further English words (lower case, singular)
    weak: tuple[str, ...] = ()  # terms so generic that another table's words override them


def _split(s: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in s.split("/") if t.strip())


def _e(value: str, zh: str, en: str, zh_terms: str = "", en_terms: str = "", weak: str = "") -> Entry:
    """Compact constructor: synonyms are written as '/'-separated strings for readability."""
    return Entry(value, zh, en, _split(zh_terms), _split(en_terms), _split(weak))


# ---------------------------------------------------------------- table 三: rows of requests
REQUEST_ROWS: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("received", "本年新收政府信息公开申请数量", "new applications received this year",
           "新收到的/今年收到的/新接的/新接到的/递上来的/新进来的/新进来的申请/今年新来的/"
           "新递的/新递交的/新递交/新递/"
           "新来/新来的/交来/交来的/新交来/"
           "新收/本年新收/新收申请/收到/收到的申请/受理/受理的申请/接收/接到/收到申请/申请数量/申请量/"
           "新增申请/申请件数/申请总量/提交/提出/申请了/申请过/依申请公开申请/新提/新提交/新提出/提了/递交/新申请/"
           "新交/新递交/交上来/递上来/报上来/交来/递来",
           "brand-new ones/brand new ones/brand-new requests/brand new requests/brand-new applications/brand new applications/"
           "fresh ones/fresh requests/fresh applications/requests arrived/requests that arrived/applications arrived/arrived/"
           "take on/took on/taken on/takes on/taking on/"
           "new filings/filings received/requests that came in/applications that came in/requests coming in/received during the year/newly lodged/newly submitted/were sent in/was sent in/"
           "reached/"
           "receive/received/new application/incoming/file/filed/submit/submitted/lodge/lodged/got/"
           "application received/request received/apply/applied/made/new request/new requests/new applications/"
           "actually new/newly received/newly filed/newly came in/newly come in/newly arrived/newly sent in/accepted/accept/send/sent/bring in/brought in/came in/come in/"
           "put in/turn in/turned in/hand in/handed in/new ones/the new ones/new ones only/only new ones/"
           "fresh applications/fresh requests/fresh application/fresh request/fresh ones/fresh/"
           "freshly filed/freshly submitted/freshly received/freshly lodged",
           weak="收到/受理/接收/接到/提交/提出/申请了/申请过/申请数量/申请量/申请件数/申请总量/交来/交来的/新来/新来的/"
                "receive/received/file/filed/submit/submitted/"
                "lodge/lodged/got/apply/applied/made/accepted/accept/send/sent/bring in/brought in/came in/come in/"
                "put in/turn in/turned in/hand in/handed in"),
        _e("carried_over", "上年结转政府信息公开申请数量", "applications carried over from the previous year",
           "前一年留下来/上一年留下来/留下来接着办/留下来、这年接着办/留下来/"
           "去年剩的/去年剩下的/去年留下的/上年留下的/去年没办完转过来的/去年积压/上年积压/积压下来的/去年压着的/上年压着的/"
           "从前一年转过来/前一年转过来/前一年转来/从前一年转来/转过来接着办/前一年结转/"
           "结转上年的/结转上年/上年的结转/"
           "结转来的/结转过来的/上年结转来的/从上年结转来的/上年结转过来的/从上年结转过来的/上一年结转过来的/上一年结转来的/去年结转过来的/去年结转来的/上年度结转过来的/上年结转/上年度结转/上一年结转/上一年度结转/去年结转/从上年结转/上年转入/上年遗留/上年未办结/去年没办完/上年没办完/"
           "上一年没办完/转到当年/转入当年/转到今年/从上一年转进来/上一年转进来/从上年转进来/上年转进来/从去年转进来/转进来的/转进来/"
           "从上一年转过来/上一年转过来/从上年转过来/上年转过来/从去年转过来/去年转过来/上一年转来/上年转来/上年剩下/去年剩下/"
           "从上一年接过来/上一年接过来/从去年接过来/上年接过来/接过来的/带进来/带过来/带进/上一年度没办完/上一年没办结",
           "rolled over from the previous year/rolled over from the year before/rolled over from the prior year/rolled over from last year/rolled in from the previous year/brought over from the year before/brought over from the previous year/brought over from the prior year/"
           "from earlier periods/from earlier years/from previous periods/from prior periods/unfinished from earlier periods/carried over unfinished from earlier periods/"
           "left from last year/held over from last year/unfinished from last year/still open from last year/pending from last year/pending from the previous year/unfinished from the previous year/leftovers from last year/"
           "carried in from before/carried over from before/brought in from before/"
           "carry in from the year before/carry in from the previous year/carry in from/carries in from/"
           "inherited from/inherited/carried in from/inherit from the year before/inherit from the previous year/inherit from/inherit/"
           "older requests/older applications/older ones/"
           "carried over/carried over from last year/carried over from the previous year/carried in/"
           "last year's backlog/backlog from last year/carried in from last year/backlog/backlog brought in/"
           "brought in from the year before/brought in from the previous year/brought in from last year/"
           "brought over from the year before/brought over from the previous year/still open from/"
           "still on hand from/still had on hand from/still have on hand from/still has on hand from/on hand from/"
           "brought forward/bring forward from/brings forward from/bringing forward from/bring forward/brought forward from/brought forward from last year/left over from last year/left over from/ones left over from/"
           "brought forward from the previous year/brought forward from the prior year/brought forward from the year before/"
           "carried over from the prior year/carried over from the year before/left over from the previous year/"
           "brought over/bring over/brought over from/carried into this year/rolled over/rolled over from/"
           "bring into/brings into/brought into/bringing into/pass on into/passed on into/passes on into/passing on into/"
           "carried over from the prior year/carryover/carry over/carry-over/carry over from the previous year/"
           "carry over from last year/carry over from the prior year/carried over from the year before/"
           "carry over from the year before/brought over/brought over from last year/"
           "brought over from the previous year/left over from the previous year/"
           "carried in from the previous year/carried in from the year before/carried in from the prior year/"
           "left over from the year before/left over from the prior year/left over from last year/held over from the previous year/"
           "came in from the prior year's backlog/from the prior year's backlog/prior year's backlog/previous year's backlog/last year's backlog/"
           "the year before's backlog/backlog from the prior year/backlog from the previous year/backlog from last year"),
        _e("carried_forward", "结转下年度继续办理", "carried forward to next year",
           "挪到下一年/挪到下年/挪到次年/"
           "转到下年的/转到下年/转下年/转到下一年的/"
           "年底还没办完/年底没办完/年底还在办/年底前没办完/跨年办理/留到来年/拖到来年/来年接着办/明年接着办/明年再办/明年继续办/"
           "转到下年去办/转到下年办/转下年去办/留到下年办/下年接着办/下年继续办/"
           "办不完/挪到下一年/要挪到下一年/挪到下年/挪到明年/挪到下一年接着办/下一年接着办/"
           "结转下年度/结转下年/结转下一年/结转下一年度/结转到下年/结转至下年/结转至下一年度/结转到下一年度/"
           "结转下年度继续办理/转入下年/转入下一年度/顺延到下年/顺延到下年度/顺延至下年度/下年度继续办理/"
           "继续办理/未办结/尚未办结/仍在办理/件在办/在办的/没办完/还没办完/没有办完/尚未办完/未办完/还没办结/结转到下一年/结转至下一年/结转到下一年度/结转下一年/转到下一年/"
           "延续到下一年/留待下年/下一年度继续办理/结转/办不完留到下一年/留到下一年/留到下年/留到明年/办不完的/"
           "顺延/顺延到下一年/顺延到下一年度/顺延至下一年/顺延至下一年度/拖到下一年/拖到下年/拖到明年/拖到第二年/拖到下一年度/"
           "转下一年/还剩几件转/转入下一年/"
           "留给下一年/留给下年/留给下一年度/留给明年/留给来年/留给次年/交给下一年/转给下一年/转给下年/剩给下一年/剩到下一年/留下一年办/"
           # "留到2025年继续办的", "要放到2020年接着办的", "还剩几件留到2021年办": the next year named by its number
           "留到/年接着办/年继续办/年继续办理/年接着办理",
           "pushed into next year/pushed the most requests into next year/pushed into the next year/pushed into the following year/pushed to next year/"
           "whose reply slipped into/reply slipped into/replies slipped into/slipped into next year/slipped into the next year/slipped into the following year/slipped over into/"
           "sent on to the following year/sent on to next year/sent on to the next year/passed on to the following year/passed on to next year/moved on to the following year/pushed to the following year/sent on to the following year's books/sent on into the following year/"
           "continued into next year/continued into the next year/continue into next year/continue into the next year/"
           "carry on into/carried on into/carries on into/carrying on into/carried onward into/"
           "into the next year/into next year/into the following year/passed on to the next/passed on to the next year/carried to the next year/handed on to the next year/"
           "left to be answered in/left to answer in/left to be handled in/left to be dealt with in/left to finish in/left to be finished in/left to finish/left unfinished for/finish next year/finish the next year/finish in the next year/finish them next year/"
           "not finish at year end/not finished at year end/not finish by year end/not yet finished at year end/unfinished at the end of the year/not finish/"
           "still unfinished at year end/not done by year end/not finished by year end/not finished by the end of the year/left for next year/left for the next year/left for next round/left for the next round/left for later/left over for next year/spill into next year/spilled into next year/unfinished at year end/still being worked on at year end/still on the desk at year end/open at year-end/"
           "carry-forward backlog/carry forward backlog/carried-forward backlog/carried forward backlog/"
           "year-end backlog/year end backlog/backlog at year-end/backlog at year end/backlog at the end of the year/end-of-year backlog/backlog to the following year/backlog to the next year/backlog into the following year/backlog into the next year/backlog for the following year/backlog for the next year/backlog left to/backlog left for/backlog carried into/"
           "left for the following year/left open at year end/left open at the end of the year/were left open/still open at year end/still open at the end of the year/left to finish in the following year/to finish in the following year/to finish in the next year/to be finished in the following year/to be finished in the next year/left to finish in the next year/left to finish next year/left to be finished in the following year/left to be finished the following year/left to be finished next year/left to finish the following year/left to the following year/left to the next year/left over for the following year/left over to the following year/"
           "left over for/still have open going into/still had open going into/still open going into/open going into/"
           "carried forward/carried into next year/carried to next year/pending into next year/carry-outs/carry-out/carry outs/carryouts/"
           "on hand at the end of/on hand at year end/on hand at year-end/on hand at the close of/left on hand/"
           "rolled over/rolled over into next year/rolled into next year/still pending/"
           "pending at year end/pending at the end of the year/unfinished/not yet finished/"
           "carry forward/carried/still being worked on/still being processed/still in progress/still open/"
           "will be finished next year/to be finished next year/finished next year/still being handled/"
           "open at year end/open at the end of the year/pushed into the next year/pushed into next year/"
           "postponed to the next year/postponed to next year/postponed into the next year/postponed/postpone/postpones/postponing/defer/defers/deferring/deferred to the next year/"
           "deferred to next year/deferred/pushed to the next year/pushed to next year/held over to the next year/"
           "pushed to the next year/pushed to next year/pushed over/pushed on into/pushed on to the next/pushed on to the following/deferred to next year/deferred/"
           "carry into the next year/carry into next year/carried into the next year/carry over into the next year/"
           "left over to be handled the next year/left over to be handled next year/left over for the next year/"
           "to be handled the next year/to be handled next year/moved to the next year/moved to next year/"
           "moved into the next year/push on past/pushed on past/spilled over into the next year/carry into/carried into/"
           "rolled into the next year/roll into the next year/rolled over into the next year/"
           "carries into/rolled over to be finished/to be finished the following year/to be finished next year/to be finished in the following year/to be completed the following year/to be completed next year/finished the following year"),
        _e("total_processed", "本年度办理结果总计", "total handled this year",
           "实际办理的申请总计/实际办理的/实际办理/"
           "总共办结/一共办结/办结总数/答复总数/总共答复/一共答复了/办结的总数/总共处理完/"
           "办结了/"
           "处理完毕/办理完毕/处理完毕的/办理完毕的/已处理完毕/已办理完毕/"
           "办理总数/处理总数/办理结果/本年度办理结果/办理结果总计/办结/已办结/答复/作出答复/办理了/处理了/办完了/办完/办理完/办理完的/办了/一共办了/总共办了/"
           "（七）总计/(七)总计/（七）总计行/"
           "办理/处理/已处理/已答复/回复",
           "总计 row of handling results/总计 row of the handling results/total row of handling results/total of the handling results/handling results total/total of handling results/总计 row of the outcomes/"
           "get through to completion/got through to completion/gotten through to completion/through to completion/"
           "actually get through/actually got through/actually gotten through/managed to get through/did get through/"
           "see through to a reply/saw through to a reply/seen through to a reply/saw through to a response/see through to a response/handle to completion/handled to completion/handled through to completion/handle through to completion/saw through to completion/carried through to completion/"
           "finish answering/finished answering/finished handling/finish handling/finish processing/finished processing/finishes processing/"
           "finish in the year/finished in the year/finish within the year/finished within the year/finished during the year/they finish/they finished/"
           "completed in the year/completed that year/finished that year/finish that year/"
           "did the office finish/did it finish/did they finish/"
           "brought to some result/brought to a result/brought to a conclusion/brought to a close/fully dealt with/fully handled during the period/handled during the period/applications fully handled/requests fully handled/fully handled/"
           "total of the outcomes column/the outcomes column total/outcomes column total/total of the outcome column/"
           "wrapped up overall/closed in all/handled in all/answered in all/dealt with in total/total replies/total responses/replied to in total/finished in all/"
           "bottom line of the outcomes block/bottom line of the outcomes/outcomes block/bottom line of the outcome block/"
           "wrap up/wrapped up/wrap up in total/wrapped up in total/close in total/"
           "all results together/all results/all outcomes combined/"
           "close out/closed out/close out in total/closed out in total/"
           "handled/processed/answered/responded/responded to/replied/replied to/dealt with/finished in total/"
           "finish in total/completed in total/closed in total/"
           "finished handling/finish handling/finished/all outcomes together/all outcomes/every outcome/"
           "closed/completed/work through in total/worked through in total/work through in all/worked through in all/requests concluded/applications concluded/concluded requests/concluded applications/concluded the most/concluded the fewest/concluded the least/concluded in total/concluded in all/"
           "total handled/total processed/disposed/decided/handle/process/answer/respond/complete/completes/finish/"
           "reply/deal with/dispose of/total number handled/handled by year end/processed by year end/"
           "handled by the end of the year/handled during the year/dealt with during the year/dealt with in the year/dealt with over the year/"
           "dealt with that year/handled in the year/handled over the year/processed during the year/processed in the year",
           weak="办理/处理/回复/答复/办理了/处理了/已处理/已答复/办了/一共办了/总共办了/办理完/办理完的/handled/processed/answered/responded/replied/dealt with/"
                "closed/completed/decided/disposed/handle/process/answer/respond/reply/deal with/dispose of/complete/completes/finish/"
                "close out/closed out"),
        _e("granted", "予以公开", "granted (information disclosed)",
           "给予公开/给予了公开/准予公开/直接公开了/直接予以公开/直接公开/直接给公开/"
           "给了几件/给了多少/给了几个/都给了的/给了的/"
           "完完整整公开/完完整整地公开/完整公开给/完整地公开/整件都公开了/整件都公开/整件公开/整份都公开/整份公开/整个都公开/"
           "全部照申请内容公开/照申请内容全部公开/照申请内容公开/按申请内容全部公开/按申请内容公开/全部照申请公开/全部公开出去/"
           "被完整公开/完整公开/完整地公开/完整公开给/完全满足公开/完全满足/被全部公开/"
           "全部提供/全都提供了/全部提供了/全部都给/如数提供/照单全给/一次性全给/要的都给了/要的全给了/要的信息全给了/全部满足/全部答应/"
           "要啥给啥/要什么给什么/要什么就给什么/要啥就给啥/全部给了/全都给了/都给了/全部给/全给/"
           "予以公开总数/予以公开的总数/予以公开总计/"
           "答应公开/答应公开的/同意给的/给了全部信息/给全部信息/全部信息都给了/直接给了全部信息/全部信息给了/信息全给了/"
           "予以公开/同意公开/全部公开/全部予以公开/完全公开/完全予以公开/全公开/公开了/被公开/已公开/准予公开/公开/批准公开/批准了公开/同意了公开/"
           "直接给公开/直接公开了/给公开了/全给我了/全都给了/直接全部公开/全给公开/全都公开/直接全给/直接给予公开/全部给公开/"
           "直接痛快给公开/痛快给公开/痛快公开/直接同意给公开/同意给公开/直接同意公开/痛快地公开/爽快公开/全部给了/全给了",
           "information actually being handed over/information being handed over/information actually handed over/information was actually handed over/hand over everything that was asked for/handed over everything that was asked for/hand over everything asked for/handed over everything asked for/"
           "hand over everything/handed over everything/gave everything that was asked for/gave them everything they asked for/"
           "got the information they asked for in full/got what they asked for in full/got everything they asked for/"
           "got the whole record handed over/the whole record handed over/whole record handed over/fully opened/opened in full/"
           "either released/"
           "get everything they had asked for/got everything they had asked for/got everything they asked for/everything they had asked for/everything they asked for/"
           "said yes fully/said yes in full/said a full yes/fully said yes/said yes to everything/"
           "ended with everything released/with everything released/everything released/everything disclosed/everything handed over/disclosed fully/released fully/"
           "a plain yes/plain yes/got a yes/got a plain yes/got a full yes/a straight yes/straight yes/a clean yes/"
           "hand over in full/handed over in full/handed over in full/given out in full/gave out in full/given in full/info was given out in full/released in full to/"
           "fully grant/grant in full/granted fully/granted in full/fully released/fully disclose/"
           "info was simply made public/the info was made public/information was made public/info was made public/"
           "hand over the info in full/hand over the information in full/handed over in full/"
           "handing the info over/handing over the info/handing over the information/handing the information over/handed over the info/handed the info over/whole information handed over/the whole information handed over/giving out all the information/giving out all the info/gave out all the information/"
           "fully release/fully released/fully releases/release in full/released in full/releasing the info in full/releasing the information in full/releasing it in full/"
           "fully handed over/handed over fully/info fully handed over/information fully handed over/"
           "fully met/request fully met/met in full/provided in its entirety/released in its entirety/released the whole thing/provided everything/gave it all/said yes in full/fully approved/all of it released/released all of it/"
           "fully releasing/fully releasing the info/by fully releasing/fully releasing the information/"
           "answered by disclosing the information/answered by disclosing/by disclosing the information/full 'yes, disclosed' answer/yes, disclosed/"
           "information fully given/info fully given/fully given/ended with the information fully given/given fully/"
           "handed over the info in full/handed over the information in full/gave the info in full/gave the information in full/handed over in full/handed it all over/"
           "the full info/full info/answered with the full info/the full information/"
           "full release/full releases/got full release/got a full release/released fully/full releases to/"
           "got the information in full/got the info in full/got it all/got everything/"
           "granted/grant/grant in full/granted in full/grant fully/granted fully/disclosed/disclosed in full/"
           "fully disclosed/fully granted/released/disclose in full/disclose fully/"
           "simply releasing/"
           "approved/given the information/provided in full/answered in full/released in full/fully released/"
           "information released in full/given in full/handed over in full/full disclosure/"
           "handed over the whole thing/handed over everything/handed everything over/handed over everything asked for/"
           "gave everything/gave them everything/everything asked for was released/everything was released/released everything/"
           "disclosing everything/disclosed everything/disclose everything/fully disclose/fully disclosing/fully released/"
           "released in full/got everything/got everything they asked for/everything asked for/"
           "release all of the requested information/released all of the requested information/release all the requested information/"
           "released all the requested information/releasing all of the requested information/release all of the information requested/"
           "released all of the information requested/release everything requested/released everything requested",
           weak="公开/公开了/已公开/released/disclosed"),
        _e("partially_granted", "部分公开", "partially granted",
           "给了一些/只给了一些/按区分处理只给了部分公开/按区分处理给了部分公开/按区分处理部分公开/按区分处理/区分处理后部分公开/区分处理后公开/经区分处理/区分处理的/区分处理后/删减后公开/删减后提供/遮盖后提供/打码公开/涂黑后公开/涂黑后提供/"
           "disclosed part of the record/disclosed part of/released part of/gave part of/disclosing part of/releasing part of/part of the record/"
           "给了一部分、另一部分没给/另一部分没给/一部分没给/其余没给/其余的没给/剩下的没给/另一部分不给/其余部分没给/"
           "部分给部分不给/给一部分不给一部分/一部分给一部分不给/部分给了/部分给/给一部分/给了一部分/只给一部分/只给了一部分/"
           "只给公开一部分/只给了一部分的/给了一部分/最后给了一部分/只给一部分/"
           "部分公开/部份公开/部分予以公开/部分同意公开/部分同意/部分提供/部分被公开/公开一部分/公开了一部分/一部分公开/只公开一部分/"
           "只公开了一部分/公开了部分/只给了一部分/给了一半/给一半/涂掉一部分/涂掉一部分再给/遮掉一部分/删掉一部分再给/打码后给/给了一部分",
           "partly opened/partially opened/opened in part/"
           "partial grants/partial grant/partial-grant/partial-grants/partial approvals/partial approval/"
           "handed over only some of it/handed over only some/only some of it/blacking out the rest/blacked out the rest/handed over part of it/"
           "only part was released/only part released/only part of it was released/part was released/only partly released/only some of it released/"
           "only gave part of the documents/only gave part of/gave only part of/only part of the documents/gave part of the documents/"
           "only part of what they requested/part of what they requested/only part of what they asked for/received only part/got only part/"
           "with some parts held back/only some of the info was handed over/only some of the information was handed over/some of the info was handed over/only some of the info handed over/some parts held back/with parts held back/parts held back/with some parts withheld/some parts withheld/with parts withheld/with some parts kept back/some parts kept back/with some parts removed/with some bits held back/with some of it held back/some of it held back/with part held back/part held back/with some parts blacked out/redacted/with redactions/redacted copy/blacked out/partly blacked out/some parts blacked out/partly given/partially given/half given/partly provided/partially provided/partial yes/"
           "give only part of information/given only part of information/gave only part of information/only part of information/give only part of the information/was give only part/"
           "part-disclosed/part disclosed/part-granted/part granted/part released/part-released/"
           "handed over part of it/only handed over part/handed over only part/handed over part/gave part of it/only part of it/"
           "partial release/partial releases/got partial release/got a partial release/"
           "after the exempt parts were separated out/exempt parts were separated out/exempt parts separated out/"
           "exempt parts were removed/exempt parts removed/with the exempt parts removed/with the exempt parts taken out/"
           "partially granted/partly granted/partially disclosed/partly disclosed/partial disclosure/"
           "partially released/partly released/granted in part/disclosed in part/partial/partially/partly/"
           "grant partially/grant in part/partially disclose/partly released and partly withheld/partly withheld/"
           "partially withheld/partly refused/partially refused/released in part/in part/only in part/"
           "grant only in part/granted only in part/only partly/only partially/only partly granted/"
           "partly grant/partially grant/partly grants/partially grants/partly granting/partially granting/"
           "part of the information/part of the info/only part of the information/only part of the info/"
           "only part of it/only some of the information/some of the information released/got part of/"
           "got only part of what they asked for/got only part of what they asked/part of what they asked for/"
           "only part of what they asked for/only part of what was asked/part of what was asked for/only some of what they asked for/"
           "some of what they asked for/got some of what they asked for/只给了部分/给了一部分/只给一部分"),
        _e("withheld", "不予公开", "withheld",
           "不给公开/不让公开/拒绝提供/不肯公开/不愿公开/不予提供/被拒绝公开/不给看/不让看/"
           "不予公开/不公开/不予以公开/拒绝公开/未予公开/未公开/没有公开/没公开/没被公开/没有被公开/未被公开/拒绝/不准予公开/不同意公开/被拒/驳回",
           "refuse to release/refuse to disclose/refuses to release/refuses to disclose/"
           "say no/says no/said no/saying no/they say no/they said no/told no/answered no/"
           "said no to/refused to release/decline to disclose/declining to disclose/declines to disclose/refused to disclose/would not release/won't release/wouldn't release/declined to release/declined to disclose/kept back/refused to hand over/not handed over/"
           "non-disclosure replies/non-disclosure reply/non-disclosure decisions/non-disclosure decision/non-disclosure/nondisclosure/"
           "withheld/withhold/refused/refuse/refusal/denied/deny/denial/rejected/reject/rejection/"
           "not disclosed/declined/turned down/turn down/turns down/turning down/exempt/exempted/kept secret/not released/not granted/"
           "refusing/refusals/refusing disclosure/withholding/denying/rejecting/refused disclosure/knocked back/knock back"),
        _e("withheld.state_secret", "属于国家秘密", "withheld: state secret",
           "国家机密/机密/绝密/密级/保密信息/属于保密/涉及保密/国家保密/涉密信息/"
           "国家秘密/属于国家秘密/涉密/涉及国家秘密/保密",
           "classified information/top secret/state secrets/official secret/secret documents/stamped secret/classified as secret/"
           "secrecy/secrecy grounds/on secrecy grounds/official secrecy/"
           "state secret/national secret/classified/secret"),
        _e("withheld.prohibited_by_law", "其他法律行政法规禁止公开", "withheld: prohibited by other laws or regulations",
           "违反其他法律/违反别的法律/触犯其他法律/违反其他法规/违反其他法律法规/"
           "其他法律、行政法规的禁止性规定/其他法律行政法规的禁止性规定/法律、行政法规的禁止性规定/禁止性规定/其他法律、行政法规禁止/"
           "法律不允许/法律不准公开/法律规定不能/法规不准/法律不准/依法不得公开/法律规定不得公开/"
           "法律规定不让公开/法律规定不让/法律不让公开/法规不让公开/法律法规不让公开/法律规定不能公开/"
           "法律法规明确不让公开/明确不让公开/法律法规明确禁止/明确禁止公开/法律法规明确不让/法律明确不让公开/"
           "其他法律行政法规禁止公开/法律行政法规禁止公开/法律法规禁止公开/法律法规禁止/法律禁止/禁止公开/法规禁止/"
           "法律法规明令不让公开/明令不让公开/明令禁止/法律不让公开/法规不让公开/法律法规不让公开/法律规定不能公开/法律法规不允许公开/"
           "法律法规明文不让公开/明文不让公开/明文禁止/法律明文规定不能公开/法律法规明文不让/明文不让",
           "legal or regulatory ban/legal or regulatory ban on disclosure/regulatory or legal ban/legal ban on disclosure/statutory ban/"
           "banned by law/banned by another law/banned by law or regulation/legally banned/ban on disclosure under other laws/"
           "some other law or administrative regulation bars disclosure/other law or administrative regulation bars disclosure/law or administrative regulation bars disclosure/"
           "other law or administrative regulation bars/law or administrative regulation bars/other laws or administrative regulations bar/laws or administrative regulations bar/"
           "other law or administrative regulation prohibits/law or administrative regulation prohibits/other law or regulation bars/law or regulation bars/"
           "would break some other law/would break another law/would break other laws/break some other law/breaks another law/would violate another law/would violate other laws/against some other law/forbidden by another law/"
           "break another law/breaks another law/would break another law/violate another law/would violate another law/breach another law/break other laws/violate other laws/breach other laws/"
           "legally barred/legally forbidden/statute forbids/statute prohibits/a statute bars/"
           "forbidden by other laws and regulations/forbidden by other laws/forbidden by laws and regulations/forbidden by law/prohibited by laws and regulations/prohibited by other laws and regulations/banned by law/"
           "prohibited by law/prohibited by other law/prohibited by laws or regulations/forbidden by law/"
           "some other law says/another law says/other law says/a law says/law says/other laws say/laws say/the law says/"
           "barred by law/legally prohibited/law prohibit/law or regulation bars/a law or regulation bars/"
           "law prohibited/law-prohibited/law barred/law-barred/law forbidden/law-forbidden/"
           "law bans/a law bans/laws ban/banned by a law/law banned/regulation bans/blocked by other laws/"
           "blocked by laws/blocked by law/blocked by other laws or regulations/"
           "law that bans disclosure/laws that ban disclosure/a law banning disclosure/laws banning disclosure/law that forbids disclosure/"
           "laws or regulations bar/law bars/bars disclosure/barred by a law/banned by law/law forbids/prohibited by other laws or regulations/prohibited by laws or regulations/laws or regulations prohibit/other laws or regulations prohibit/"
           "other laws prohibit/regulations prohibit/laws or regulations forbid/laws forbid/regulations forbid/"
           "other laws/other laws and regulations/other laws or regulations/other legal prohibitions/legal prohibitions/other legal prohibition/a legal prohibition/"
           "law or regulation forbids/forbid disclosure/forbids disclosure/forbidden by laws or regulations/"
           "prohibited by laws/prohibited by regulations/forbidden by laws/barred by laws/"
           "other laws and administrative regulations/laws and administrative regulations/other laws or administrative regulations/"
           "laws or administrative regulations/barred by other laws/barred by other laws and regulations"),
        _e("withheld.security_stability", "危及“三安全一稳定”", "withheld: endangers security or stability",
           "影响国家安全/危害国家安全/维稳/维稳需要/危害社会稳定/影响公共安全/危害公共安全/危及经济安全/"
           "三安一稳定/危及三安一稳定/三安全一稳/"
           "危及国家安全、公共安全、经济安全和社会稳定/可能危及国家安全、公共安全、经济安全和社会稳定/公开后可能危及国家安全、公共安全、经济安全和社会稳定/"
           "危及国家安全、公共安全、经济安全、社会稳定/国家安全、公共安全、经济安全和社会稳定/国家安全、公共安全、经济安全、社会稳定/"
           "三安全一稳定/危及三安全一稳定/危及“三安全一稳定”/危及安全/危及国家安全/公共安全/经济安全/社会稳定/危及稳定/"
           "影响安全稳定/安全稳定/影响稳定/影响社会稳定/危害安全",
           "threaten national security/endanger national security/harm national security/threaten public safety/social unrest/"
           "security or stability/security and stability/endanger security/national security/"
           "public security/social stability/stability/safety/safety or stability/safety and stability/"
           "safety reasons/stability reasons/endanger safety/threaten stability/security reasons/security"),
        _e("withheld.third_party", "保护第三方合法权益", "withheld: protects third-party rights",
           "损害别人家合法权益/损害别人合法权益/别人家合法权益/别人的合法权益/会损害别人/"
           "涉及他人隐私/涉及个人隐私/涉及商业秘密/别人的隐私/他人隐私/商业机密/涉及第三人/第三人/"
           "保护第三方合法权益/第三方合法权益/第三方权益/第三方/商业秘密/个人隐私/隐私/侵犯别人合法权益/侵犯他人合法权益/"
           "侵犯别人的合法权益/侵犯他人权益/侵害他人合法权益/损害他人合法权益/别人合法权益/他人合法权益/别人的合法权益/他人权益",
           "third person's rights/a third person's rights/third persons' rights/someone elses rights/somebody elses rights/someone elses/third person's/"
           "somebody else's trade secrets/someone else's trade secrets/somebody else's privacy/someone else's privacy/protect somebody else's trade secrets/"
           "hurt someone else's rights/would hurt someone else's rights/somebody else's lawful interests/protect somebody else's lawful interests/someone else's lawful interests/someone else's rights/third party's trade secret/"
           "hurt someone else's rights/someone else's rights/somebody else's rights/a third party's trade secret/third party's trade secret/"
           "somebody else's legitimate rights/someone else's legitimate rights/other people's legitimate rights/legitimate rights of others/legitimate rights of other people/"
           "other people's privacy/business secrets/commercially sensitive/confidential business/third parties/"
           "hurt someone else's legal rights/hurt someone else's rights/someone else's legal rights/someone else's rights/other people's rights/others' rights/harm third parties/hurt third parties/harm a third party/"
           "hurt some other person's/hurt other people's/other person's or company's/legit interests/legitimate interests/hurt someone else's interests/"
           "third party/third-party right/third party right/protect third party/privacy/trade secret/"
           "protecting a third party's rights/protect a third party's rights/protecting third-party rights/protecting third party rights/"
           "a third party's rights/third party's rights/third-party rights/third party rights/third parties' rights/protecting third parties/"
           "someone else's rights/someone else's lawful rights/somebody else's rights/somebody else's lawful rights/"
           "other people's rights/others' rights/other people's lawful rights/rights of others/lawful rights of others/"
           "commercial secret/personal privacy"),
        _e("withheld.internal_affairs", "属于三类内部事务信息", "withheld: internal affairs information",
           "机关内部事务/内部人事/后勤管理/内部流程/内部事项/内部管理事项/说是内部的事/说是内部事务/自家内部的事/"
           "三类内部事务信息/内部事务信息/内部事务/内部管理信息/内部信息/内部管理/机关内部管理/人事、后勤/人事后勤/内部自己的事/政府内部自己的事/内部的事",
           "internal stuff/staffing matters/personnel matters/inner workings/internal procedure/internal procedures/internal rules/in-house affairs/internal paperwork/"
           "internal office matters/internal matters/internal housekeeping/own internal housekeeping/internal office business/"
           "government's internal business/internal business/the government's own business/"
           "internal housekeeping/government's own internal housekeeping/own internal housekeeping/in-house housekeeping/"
           "in-house management/in-house matters/own in-house management/in-house/"
           "internal running/own internal running/office's own internal running/internal workings/internal operations/"
           "internal admin matters/internal administrative matters/purely internal/internal matters/personnel, logistics/"
           "internal administrative affairs/internal administrative affair/internal affairs/"
           "internal affair/internal affairs information/internal management/internal information/internal housekeeping/"
           "housekeeping"),
        _e("withheld.process_info", "属于四类过程性信息", "withheld: process (deliberative) information",
           "磋商信函/会议纪要/会议记录/内部研究/还没定下来/尚未定稿/没定稿/未定稿/还没拍板/没拍板/"
           "过程性/过程性的/"
           "四类过程性信息/过程性信息/过程信息/讨论记录/过程稿/草稿/内部讨论/讨论稿/征求意见稿/研究过程/研究讨论阶段/讨论研究/还在讨论/"
           "讨论中的/研究讨论/过程中的信息/过程性材料/讨论中的过程性材料/还在研究",
           "process-stage material/process stage material/process-stage materials/"
           "process-stage info/process-stage information/process stage info/process stage information/in-process information/in-process info/information still in process/"
           "in-process/in-process info/in-process information/in-process refusals/"
           "drafts and discussion papers/discussion papers/drafts still being worked on/"
           "not final yet/still a draft/only a draft/internal memos/internal memo/consultation letters/draft stage/at draft stage/pre-decisional/predecisional/meeting minutes/"
           "only at the discussion stage/at the discussion stage/discussion stage/still at the discussion stage/"
           "process information/deliberative/deliberative information/process info/drafts/draft/"
           "internal discussion/internal discussion notes/discussion notes/working drafts/"
           "preparatory information/internal deliberation/deliberation/deliberations/deliberated/being deliberated/"
           "still being deliberated/under deliberation/still under discussion/under discussion/still being discussed/"
           "not finalised/not finalized/not yet final/not yet finalised/not yet finalized/work in progress"),
        _e("withheld.enforcement_files", "属于行政执法案卷", "withheld: administrative enforcement files",
           "执法卷宗/案卷材料/卷宗/办案材料/办案卷宗/执法材料/"
           "行政执法案卷/执法案卷/案卷",
           "administrative enforcement dossiers/enforcement dossiers/case files from law enforcement/"
           "case files from law enforcement/law enforcement case files/case files from the police/"
           "enforcement records/case records/enforcement dossier/case dossier/investigation files/inspection files/enforcement paperwork/"
           "enforcement file/administrative enforcement file/law enforcement file/case file/"
           "enforcement case file/administrative enforcement case file/law enforcement case file/enforcement record/"
           "administrative enforcement record/law enforcement record/administrative law enforcement record/"
           "administrative enforcement dossier/administrative enforcement paperwork"),
        _e("withheld.admin_query", "属于行政查询事项", "withheld: administrative query matters",
           "你这是查询不是申请/查询不是申请/是查询不是申请/"
           "来问怎么办事的咨询/来问怎么办事/问怎么办事/问办事流程/办事流程咨询/咨询怎么办事/办事咨询/"
           "走查询渠道/被告知走查询渠道/"
           "查档/另有查询渠道/有专门查询渠道/走查询渠道/按查询办/不动产查询/"
           "被说是咨询/说是咨询/当成咨询/算作咨询/按咨询处理/"
           "行政查询事项/行政查询/查询事项/查询类事项/查询类/查询渠道/应走查询渠道/来咨询的/其实是咨询/其实是来咨询/属于咨询/咨询类",
           "asking how to get something done/how-to-get-it-done enquiries/procedural enquiries/"
           "query service/a query service/query services/query-service/query-service matters/a query-service matter/"
           "administrative look-ups/administrative lookups/mere administrative look-ups/look-ups/lookups/"
           "administrative look-up matters/administrative lookup matters/look-up matters/administrative look-up/"
           "lookup matters/lookup channel/query channel/records lookup/registration lookup/"
           "just asking to look up records/asking to look up records/asking to look records up/look up records/looking up records/"
           "administrative lookup/admin lookup/a lookup/lookup/"
           "administrative query/query matter/administrative inquiry/inquiry matter/admin query/admin queries/"
           "admin inquiry/admin enquiry/admin enquiries/administrative enquiry/administrative queries"),
        _e("unable", "无法提供", "unable to provide",
           "提供不出来/拿不出来/拿不出/给不出/给不出来/没法给/没办法给/无从提供/无法给出/"
           "最后没提供/没能提供/没提供/"
           "无法提供信息/不能提供信息/未能提供信息/提供不了信息/没能提供信息/没法提供信息/没提供信息/"
           "没法提供信息/没法提供/没办法提供/提供不了/给不了/"
           "无法提供/不能提供/未能提供/无法公开/无法答复",
           "couldn't hand over/could not hand over/unable to hand over/unable to give/nothing to hand over/had nothing to give/"
           "could not serve/couldn't serve/can't serve/cannot serve/unable to serve/"
           "so none was given/none was given/so none given/none given/so couldn't be provided/couldn't be provided/"
           "couldn't fulfil/could not fulfil/couldn't fulfill/could not fulfill/unable to fulfil/unable to fulfill/"
           "could not be met/couldn't be met/couldn't meet/could not meet/it could not meet/it couldn't meet/"
           "couldn't be provided/could not be provided/cannot be provided/can't be provided/"
           "unable to provide/unable/could not be provided/could not provide/couldn't provide/"
           "impossible to provide/impossible to supply/impossible to give/"
           "cannot provide/can't provide/not able to provide/not available/unavailable/no information/"
           "not provide/not be provided/couldn't be provided/unable to supply/could not supply/"
           "cannot be provided/can't be provided/can not be provided/can not provide/cannot be supplied/"
           "could not be supplied/couldn't be supplied/cannot be given/could not be given/not providable/"
           "could not be answered/couldn't be answered/cannot be answered/can't be answered"),
        _e("unable.not_held", "本机关不掌握相关政府信息", "unable: the agency does not hold the information",
           "莫得这个信息/莫得这信息/没得这个信息/政府那边莫得/"
           "手上根本没有/这个我们没有/回信说这个我们没有/这信息我们没有/这个信息我们没有/信息我们没有/我们没有这信息/我们没有这个信息/"
           "手里压根没有/压根没有/手上压根没有/"
           "手上没有/手上没/手里没有/手里没/"
           "手上没这份材料/手上没有这份材料/手里没这份材料/没这份材料/"
           "答复说没有/不归他们管/不由本机关掌握/"
           "回答不掌握/回答说不掌握/回答没有/"
           "咱这没这个信息/咱这没有/咱们这没有/我们这没有/我们这里没有/这边没有这个信息/没这个信息/"
           "本机关不掌握相关政府信息/本机关不掌握/不掌握相关政府信息/不掌握/未掌握/没有掌握/没掌握/没掌握相关信息/不存在/信息不存在/本机关没有/没有这个信息/"
           "机关没有这个信息/手里没有/没有这些信息/说自己没有/自己没有这条信息/没有这条信息/没这条信息/没有该信息/没有此信息/没有这信息/没这信息/"
           "说他们没有/说他们手里没有/说他们那里没有/说他们那没有/根本没有这份信息/自己手上根本没有这份信息/手上根本没有这份信息/自己手上根本没有/手上根本没有/手上没这个信息/手里没这个信息/说自己手上没有/说手上没有/自己手上没有/手里没有的/"
           "查无此信息/没有相关记录/没有这个记录/"
           "本来就没有/它本来就没有/压根就没有/没有这份信息/我们没有这份信息/这儿没有这份信息/这里没有这份信息/我们这儿没有/没这份信息/"
           "压根没有这份材料/根本没有这份材料/没有这份材料/没这份材料/没有这份文件/没这份文件/压根没有这份文件/那边压根没有/那边根本没有",
           "city said it simply doesn't have/simply doesn't have/said it simply does not have/"
           "does not possess/did not possess/doesn't possess/didn't possess/not possess/not in possession of/does not have the information/did not have the information/"
           "government not have this information/not have this information/does not have this information/"
           "isn't in its files/is not in its files/isn't in their files/not in its files/not in their files/"
           "doesn't have that info/doesn't have the info/does not have that info/doesn't have that information/does not have that information/"
           "not something they hold/not something they have/isn't something it holds/is not something it holds/wasn't something it held/not something it holds/not something it held/didn't it hold/did it not hold/had no record/no records of it/couldn't locate/could not locate/not their information/wrong agency/not kept by them/they never had it/no file on it/"
           "not in our possession/not in its possession/not in their possession/not in the government's possession/"
           "doesn't have the info/doesn't have the information/does not have the info/isn't in its hands/not in its hands/not in their hands/isn't in their hands/doesn't have it/"
           "not held/does not hold/did not hold/doesn't hold/not in possession/do not have/"
           "doesnt hold/doesnt have/never had/never had it/said it never had/no such record/no such records/no record of it/"
           "we have no such record/have no such record/no such information/no such info/does not have such/"
           "does not have/did not have/don't have/information not held/not exist/doesn't exist/didn't exist/did not exist/"
           "didn't have/didn't hold/did not hold the information/not hold/not holding/doesn't possess/"
           "didn't possess/no such information/information did not exist/information didn't exist/"
           "wasn't held/weren't held/was not held/were not held/isn't held/is not held/aren't held/"
           "don't hold/do not hold/we don't hold/we do not hold/doesn't hold that/don't hold that/"
           "info wasn't held/information wasn't held/didn't have the info/had no such info/no such info/"
           "dont hold/we dont hold/we dont hold this info/don't hold this info/dont hold this info/"
           "don't have it/dont have it/do not have it/they don't have it/they dont have/didn't have it/didnt have it/"
           "doesn't have it/does not have it/they don't have/said they don't have/"
           "just isn't with them/isn't with them/wasn't with them/is not with them/was not with them/isn't with it/wasn't with it/"
           "held nothing/holds nothing/hold nothing/had nothing/has nothing on it/had nothing on it/not-held/not held ones/lacked the info/lacked the information/lacks the info/lacks the information/lacking the info/lacking the information"),
        _e("unable.needs_creation", "没有现成信息需要另行制作", "unable: no ready information, would need to be created",
           "得重新做/需要重新做/重新做/汇总才有/得重新汇总/要重新汇总才有/"
           "重新整理做一份/得重新整理/重新整理才能给/"
           "手上没有现成的/手上没有现成/手里没有现成的/没有现成的/"
           "要专门汇总/得汇总加工/需要加工/"
           "重新整理制作才有/重新整理制作/整理制作才有/得重新整理/"
           "新做一份材料/新做一份/新做材料/重新做一份材料/"
           "要重新做的/要重新做/"
           "现成没有/现成没有的/"
           "重新做材料/要重新做材料/重新做材料才能给/重新制作/要重新制作/"
           "没有现成信息需要另行制作/没有现成信息/需要另行制作/另行制作/需另行制作/无现成信息/没有现成/另外加工/加工汇总/汇总制作/"
           "另外制作/要另外加工/重新加工/newly created/没现成的/要重新弄/重新弄/要另做/另做/另外整理/专门整理/专门另外整理/另外整理做一份/另外汇总/另外做一份/另做一份/重新做一份/另外做/专门做一份/专门制作/另外去做/另外再做/再另外做/另外去制作/要现做/得现做/需要现做",
           "would have had to be created/had to be created/would have to be created/have to be created/would have had to be made/"
           "needing to be created/needing to be made/needing creation/needed to be created/needs to be created/"
           "needed new information produced/needed new info produced/new information produced/new info produced/"
           "must be newly made/must be newly created/must be made new/must be created/must be newly compiled/has to be newly made/have to be newly made/"
           "need to be produced new/needs to be produced new/needed to be produced new/produced new/made new/"
           "needed newly made information/needed newly made info/needs newly made information/need newly made information/newly made information/newly made info/"
           "unanswerable without producing new material/without producing new material/producing new material/without producing new information/"
           "need-to-create/needs-to-create/need to create/needs to create/needed to create/would have had to create/would have to create/"
           "had to create/have to create/would need to create/would need to make/would have had to make/"
           "needs-new-compiling/needs new compiling/need new compiling/needed new compiling/needing new compiling/would have needed new compiling/new compiling/"
           "would have to be newly made/had to be newly made/have to be newly made/"
           "needed new information created/would have needed new information created/would have needed new information/needed new info created/needing new information created/"
           "would have to be made/would need to be made/would have had to be made/needed to be made/would need to be produced/would have to be produced/would have to be compiled/would have had to compile it/would have had to compile/would have to compile it/would have to compile/have to compile it/had to compile it/"
           "needing new documents to be created/new documents to be created/needing new documents created/needed new documents to be created/"
           "would mean compiling new information/would mean compiling new info/compiling new information/compiling new info/compile new information/"
           "would mean creating new info/would mean creating new information/mean creating new info/creating new info/creating new information/"
           "without producing brand-new material/producing brand-new material/brand-new material/would need creating/needed new info created/needs creating/need creating/"
           "couldn't meet without compiling new material/could not meet without compiling new material/without compiling new material/without creating new material/without making new documents/without compiling new information/"
           "newly put together/put together from scratch/compiling new material/compile new material/compiled new material/"
           "would have had to be put together/would have to be put together/had to be put together/have to be put together/needed to be put together/no ready-made information existed/no ready-made information/no ready-made info/"
           "needed a new document made/new document made/a new document made/needed a new document/"
           "would need new statistics/need new statistics/would need to be analysed/would need analysis/would require compiling statistics/compiling statistics/compile statistics/need to compile statistics/put together from scratch/"
           "required creating new information/required creating new info/required creating/requires creating new information/would have required creating/specially produced/need to be specially produced/would need to be specially produced/have to be specially produced/"
           "did not exist ready-made/didn't exist ready-made/not exist ready-made/exist ready-made/need new info compiled/needed new info compiled/new info compiled/need new information compiled/new information compiled/"
           "required producing new information/require producing new information/requires producing new information/producing new information/producing new info/would have required producing/"
           "needed information to be newly made/needed info to be newly made/information to be newly made/info to be newly made/to be newly made/needed info to be newly made/"
           "didn't exist in ready form/doesn't exist in ready form/did not exist in ready form/does not exist in ready form/didnt exist in ready form/doesnt exist in ready form/info didn't exist in ready form/not exist in ready form/exist in ready form/"
           "new info would have to be produced/would have to be produced/have to be produced/new information would have to be produced/compiled fresh/compile fresh/compiled from scratch/would have to be compiled fresh/"
           "would have had to be newly made/have had to be newly made/had to be newly made/create new material/created new material/new material/to create new material/"
           "needed to be newly made/needed to be created/needed creating/needed to be compiled/needs-new-document/needs new document/needs a new document/new document needed/needing a new document/need a new document/"
           "in ready form/not in ready form/doesnt exist in ready form/does not exist in ready form/would need creating/need creating/needs creating/"
           "need to be created/needs to be created/would have to be created/no ready information/"
           "no ready-made information/no ready-made info/no ready made information/no ready made info/ready-made/ready made/"
           "not ready-made/no readymade/readymade/"
           "no existing information/not readily available/would need to be compiled/need creating/"
           "new creation/compile new/newly compiled/be newly compiled/have to be newly compiled/newly created/"
           "newly produced/have to be compiled/had to be compiled/need compiling/needs compiling/"
           "making a brand new document/making a new document/make a new document/brand new document/"
           "made new/make new/be made new/made anew/newly made up/created anew/create anew/be created anew/"
           "produced anew/compiled anew/"
           "creating a new document/create a new document/producing a new document/new compilation/needing new compilation/"
           "need new compilation/needs new compilation/need new info made/would need new info made/new info made/new info to be made/"
           "need new information made/would need new information made/needs new info made/"
           "needs creation/need creation/needing creation/needs-creation/needing to be newly made/needing to be made/"
           "specially created/specially made/specially compiled/be specially created/would need to be specially created/"
           "compile something new/create something new/make something new/something new/didn't exist yet/did not exist yet/"
           "doesn't exist yet/does not exist yet/not yet exist/"
           "材料得另外新做/得另外新做/另外新做/另外新弄/"
           "would need to be newly made/need to be newly made/would have to be newly made/have to be newly made/"
           "new info to be produced/new information to be produced/info to be produced/"
           "would have to create it/have to create it/would have to create/have to create/"
           "needed to create new info/needed to create new information/need to create new info/create new info/"
           "create new information/needed to create/have needed to create/required making new info/"
           "required making new information/making new info/making new information/new information to be made/"
           "need new information/would need new information/new info to be made/needing new information/"
           "new information to be created/needing new info/new info to be created/newly made document/"
           "a newly made document/compile something new/compiling something new/would need to create the info/"
           "need to create the info/create the info/compile brand-new information/brand-new information/"
           "make the info from scratch/from scratch/produced from scratch"),
        _e("unable.unclear", "补正后申请内容仍不明确", "unable: request still unclear after correction",
           "写得看不明白/看不明白/写得不明白/写不明白/没写明白/内容写不明白/"
           "补正后申请内容还是不明确/补正后内容还是不明确/补正后还是不明确/补正后仍然不明确/补正后仍不明确/补正后还不明确/补正以后还是不明确/补正了还是不明确/"
           "没写清楚/写不清楚/没说清楚要啥/没写清楚到底要啥/"
           "补正以后内容还是说不清/补正之后内容还是说不清/补正后内容还是说不清/补正以后还是说不清/补正后还是说不清/补正了还是说不清/内容还是说不清/"
           "说不清楚要什么/没讲清楚/讲不清楚/申请内容模糊/内容模糊/模糊不清/补了还是不明确/补正了还是不清楚/补正以后内容还是不明确/补正之后内容还是不明确/补正后内容还是不明确/补正以后还是不明确/补正之后还是不明确/补正后还是不明确/补正以后仍不明确/补正之后仍不明确/补正后仍不明确/补正后内容仍不明确/补正以后内容仍不明确/"
           "写得不清不楚/不清不楚/"
           "说不清/"
           "补正之后内容依旧不明确/补正后内容依旧不明确/补正之后依旧不明确/补正后依旧不明确/补正以后依旧不明确/补正以后内容依然不明确/补正后内容依然不明确/补正以后依然不明确/补正后依然不明确/补正以后内容仍然不明确/补正后内容仍然不明确/补正后申请内容仍不明确/补正后仍不明确/仍不明确/内容不明确/不明确/申请内容不清/补正后还是没说清楚/还是没说清楚/"
           "没说清楚/补正后还是不明确/还是不明确/仍然不清楚/还是不清楚/描述不清楚/描述不清/说不清楚/没说明白/表述不清/"
           "还是说不明白/说不明白/写得稀里糊涂/稀里糊涂/写不清楚/写得不清楚/补完了还是说不清/补完还是说不清/补了还是说不清/补正后还是说不清/补完了还是不清楚/"
           "补材料补完了还是说不清/说不清要啥/说不清要什么/还是说不清/写得太含糊/太含糊/含糊/看不懂要啥/看不懂要什么/不知道要啥/写不清楚、/内容写不清楚/写得含糊",
           "never made clear what they actually wanted/never made clear what they wanted/even after being asked/never made it clear what they wanted/"
           "never said clearly what they wanted/never said clearly what they wanted after being asked to clarify/still unclear after being asked to clarify/after being asked to clarify/never clarified what they wanted/didn't say clearly what they wanted/did not make clear what they wanted/"
           "couldnt even tell what the person wanted/couldn't even tell what the person wanted/couldn't tell what the person wanted/couldnt tell what the person wanted/couldn't tell what they wanted/could not tell what the person wanted/"
           "still too vague even after the applicant was asked to fix them/too vague even after the applicant was asked to fix them/still too vague even after/too vague even after/still too vague/too vague/unclear what was asked/unclear what they were asking/request was unclear/didn't say what they wanted/did not say what they wanted/"
           "never made clear what info they wanted/made clear what info they wanted/never made clear what information they wanted/"
           "word so vaguely/worded so vaguely/so vaguely/vaguely worded/couldn't be identified/could not be identified/too vague to identify/"
           "never made clear what they wanted/never made it clear what they wanted/didn't make clear what they wanted/did not make clear what they wanted/not clear what they wanted/still unclear even after the applicant was asked to fix them/still unclear even after the applicant was asked to fix it/still unclear even after the applicant was asked to fix/still unclear after the applicant was asked to fix/still unclear even after they were asked to fix/unclear even after being asked to fix/unclear after being asked to fix/still unclear even after/even after being told to fix it/after being told to fix it/"
           "still unclear/unclear/not clear/vague/ambiguous/unclear after correction"),
        _e("not_processed", "不予处理", "not processed",
           "拒绝受理/拒绝处理/没受理/没给受理/不给受理/不给处理/不给办/置之不理/不予理会/不理会/"
           "不予处理/不处理/未予处理/不作处理/不予受理/不受理",
           "without processing them/without processing it/without being processed/without processing/turn away without processing/turned away without processing/turned away unprocessed/decline to process/declined to process/declining to process/refused to deal with/wouldn't deal with/would not deal with/wouldn't handle/would not handle/wouldn't process/would not process/won't process/won't handle/didn't accept/did not accept/not taken up/weren't taken up/refused to take up/declined to take up/"
           "set aside/were set aside/was set aside/"
           "reasons for not processing/not processing/not processed/not handled/not dealt with/dismissed/declined to process/decline to process/declines to process/declining to process/refused to process/refuse to process/would not process/wouldn't process/not accepted/threw out/throw out/thrown out/"
           "ignored/were ignored/was ignored/"
           "refused to process/refuse to process/refuse to handle/refused to handle/decline to process/declined to handle/"
           "decline to handle/left unprocessed/unprocessed"),
        _e("not_processed.petition", "信访举报投诉类申请", "not processed: petitions, reports or complaints",
           "没按公开办/没按信息公开办/没按依申请公开办/"
           "上访/信访件/信访类/投诉举报/举报投诉/投诉类/举报类/其实是投诉/其实是举报/其实是信访/"
           "信访举报投诉类申请/信访举报投诉/信访/举报/投诉",
           "complaint or report letters/report letters/complaint letters/"
           "letters-and-visits matters/letters and visits matters/letters-and-visits matter/really letters-and-visits/"
           "whistleblowing letters/whistleblowing/letters of complaint/complaint letters/"
           "handled outside the disclosure process/handled outside the disclosure system/outside the disclosure process/outside the disclosure system/"
           "complaints in disguise/grievance/grievances/petitioning/whistleblower reports/reports of wrongdoing/reporting wrongdoing/"
           "letters-and-visits complaints/letters-and-visits/letters and visits complaints/petition letters/complaints/petition letters/"
           "petition/complaint/report or complaint/letters and visits/whistleblowing/tip-offs/tip-off/tipoffs/tipoff/tip offs"),
        _e("not_processed.duplicate", "重复申请", "not processed: duplicate applications",
           "反复问同样事/反复问同样的事/反复问同一件事/反复问同一个事/反复申请同样/反复申请同一/"
           "同一件事又申请一遍/又申请一遍/再申请一遍/同一件事又申请/同一件事再申请/"
           "重复来要同样信息/重复来要/来要同样信息/"
           "又交一遍/再交一遍/重新交一遍/又交了一遍/反复来申请/反复申请/同一件事反复/"
           "同一个事情反复申请/同一个事反复申请/同一件事反复申请/同一事项反复申请/同一个事情重复申请/同一件事重复申请/同一个事情/"
           "翻来覆去申请/翻来覆去地申请/申请好几遍/翻来覆去/"
           "重复申请/重复/多次申请同一/同一件事反复申请/被认定重复申请/认定重复申请/认定为重复申请/被认定为重复申请",
           "by the same person again and again/same person again and again/filed by the same person again/"
           "same person had already asked for the same thing/already asked for the same thing/had already asked for the same/asked for the same thing again/asked for the same thing before/"
           "filed the same thing twice/asking the same thing twice/asked the same thing twice/the same thing twice/same request twice/same thing twice/"
           "asked twice/same request twice/the same request twice/duplicate/duplicates/duplicated/sent twice/identical request/identical application/same application again/resubmitted the same/re-sent the same/"
           "asked same thing again/asking same thing again/same thing again/the same thing again/had already asked the same thing/already asked the same thing/"
           "asked the same thing again/asked the very same thing again/asked the very same thing/had already asked the same thing/already asked the same thing/same person asked the same thing again/same person asked the same thing/asked for the same thing again/"
           "kept sending the same request/sending the same request again/same person asking the same thing again/asking the same thing again/asking the same again/"
           "duplicate/duplicate application/repeated application/repeat application/duplicated/"
           "repeat request/repeated request/duplicate request/repeat filing/same request again/"
           "asked the very same thing again/asked the same thing again/same thing again/the very same thing/"
           "same request sent again/the same request again/sent again/repeat ones/repeats/repeated ones/"
           "asked again for the same/asked for the same thing twice/same question again/"
           "repeated an earlier one/repeated an earlier request/repeating an earlier request/asked same thing again/"
           "repeated an earlier application/repeating an earlier application/repeated an earlier filing/repeated a previous request/"
           "repeated a previous application/repeated an earlier/repeated a previous/repeats of earlier requests/repeats of earlier applications/"
           "same person asked same thing again/same person asked the same thing again/asked the same again"),
        _e("not_processed.publication", "要求提供公开出版物", "not processed: requests for publications",
           "年鉴/出版的书/公开出版的/已经公开出版/去书店买/要求提供年鉴/杂志/期刊/"
           "要求提供公开出版物/公开出版物/出版物/已经出版/已出版/出版的/公开出版/书籍/图书",
           "asked for a book/asking for books/asked for books/yearbook/available in bookstores/buy it in a bookshop/published in a book/magazine/"
           "published book or gazette/a published book/asking for a published book/asking for a published book or gazette/asking for a gazette/asked for a gazette/"
           "publicly available anyway/already publicly available/publicly available already/already public/available publicly anyway/"
           "publication/published material/public publication/book/already on sale/already published/in print"),
        _e("not_processed.excessive", "无正当理由大量反复申请", "not processed: excessive repeated applications without good reason",
           "申请太多太频繁/太多太频繁/申请太频繁/太频繁/一个劲儿大批量申请/一个劲儿地大批量申请/大批量申请/一个劲儿申请/一个劲儿地申请/"
           "一口气申请特别多/数量明显超出合理范围/明显超出合理范围/超出合理范围/"
           "海量申请/成批申请/刷申请/恶意申请/滥用申请权/大量重复申请/过度申请/"
           "申请量过大/申请数量过大/申请量太大/申请数量太大/申请过多/申请太多/数量过大/过量申请/"
           "无正当理由大量反复申请/大量反复申请/大量反复/大量申请/反复申请/滥用申请",
           "kept filing loads of them/filing loads of them with no good reason/clearly unreasonable in number/unreasonable in number/too many / clearly unreasonable in number/unreasonably huge pile/"
           "flooding them with requests/flooding them/lots of repeated requests/"
           "flood of requests/flooded with requests/bulk requests/bulk applications/mass requests/abusive requests/abuse of the right/abuse of process/spam requests/request spam/huge number of requests/massive number of requests/unreasonably many/"
           "too many requests/way too many requests/"
           "mass repeats/mass repeat/mass repeated/mass repeat requests/mass repeated requests/"
           "excessive/excessive application/mass application/vexatious/repeated without reason/"
           "large volume of repeated/large volumes of repeated/large numbers of repeated/large volume of repeat/large number of repeat/high volume of repeated/"
           "without a legitimate reason/without legitimate reason/with no legitimate reason/no legitimate reason/"
           "large number of repeated/excessive repeated application/excessive repeated applications/"
           "excessive repeated requests/excessive repeated request/excessive repeated/excessive and repeated/"
           "for no good reason/no good reason/loads of repeat requests/repeat requests for no good reason/"
           "without good reason/without a good reason/unreasonably huge/unreasonably large/huge pile/unreasonable amount/"
           "unreasonably huge pile of info/massive amounts/an unreasonable volume/unreasonable volume"),
        _e("not_processed.reconfirm", "要求行政机关确认或重新出具已获取信息", "not processed: requests to confirm or re-issue information already obtained",
           "让再确认/要求再确认/要求盖章/要求重新盖章/重新盖章/重新出一份/"
           "再盖章确认/盖章确认/再确认一遍/确认一遍/已经拿到材料/"
           "要求行政机关确认或重新出具已获取信息/确认或重新出具/重新出具/已获取信息/要求确认/再确认/重开已拿到/已拿到的信息/已拿到信息/重新开具/"
           "重新确认一遍/重新确认/再出一份/已经拿到手/拿到手的信息/已经拿到的信息",
           "re-asking to confirm already-published info/re-asking to confirm/wanted confirmation of published info/wanted confirmation of published information/just wanted confirmation/confirmation of published info/confirmation of published information/confirmation of already-published info/asking to confirm already-published info/confirm already-published info/"
           "confirm already-published information/confirm already-public info/reconfirm already-public info/reconfirm already-published info/"
           "asked to confirm again/asking to confirm again/asked to re-confirm/"
           "confirm or re-acknowledge/re-acknowledge/re-acknowledge info already given/confirm info already given/"
           "re-stamp/restamp/stamped again/certify again/verify what they already had/confirm what they already had/confirm what they already got/asked for another copy/another copy/"
           "re-confirmed/reconfirmed/already-issued documents/already issued documents/"
           "reconfirm/re-issue/reissue/confirm or re-issue/already obtained/re-issued/reissued/confirmed or reissued/"
           "confirmed or re-issued/already had/already have/already got/already received/info they already had/"
           "re-confirm/to re-confirm/asked to re-confirm/re-confirmation/reconfirmation/confirm again/"
           "re-confirm already-published/re-confirm already published/"
           "information they already had/confirm information/issue again/issued again/certified again/"
           "confirmation requests/requests for confirmation/confirmation request"),
        _e("other", "其他处理", "other handling",
           "其他处理/其他方式处理/其他处理方式/作其他处理/不再处理/不再予以处理/终止处理/不予再处理/不再办理",
           "other handling/handled otherwise/otherwise handled/other disposition/other processing/"
           "handled in some other way/dealt with some other way/dealt with otherwise/"
           "handled some other way/handled another way/dealt with in another way/"
           "other way/handled in other ways/no longer handled/no longer processed/stopped handling/"
           "stopped processing/handling stopped/processing stopped",
           # the words of its sub-items' descriptions: a reading only when nothing else is left over
           weak="不再处理/不再予以处理/终止处理/不予再处理/不再办理/no longer handled/no longer processed/"
                "stopped handling/stopped processing/handling stopped/processing stopped"),
        _e("other.overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
           "other handling: applicant did not supply the correction in time",
           "没按时补/没按时补正/过了期限也不补正材料/也不补正材料/不补正材料/过了期限不补正材料/过了期限不补正/过了期限没补正/过了期限不补材料/过了期限也不补/期限也不补/补正材料却没按时补/"
           "补正过期不补/补正逾期不补/补正过期没补/"
           "过期不补/逾期不补/到期不补/过期没补/逾期没补/"
           "让补材料没补/叫补不补/让补不补/要补不补/补齐材料没补/"
           "被要求补正却一直没补/被要求补正却没补/被要求补正但没补/要求补正却一直没补/要求补正却没补/被要求补正一直没补/要求补正一直没补/"
           "被要求补正却一直没补、政府最后就不再处理/被要求补正却一直没补、政府就不再处理/一直没补、政府最后就不再处理/"
           "没在期限内补正/期限内没补正/没在规定期限内补正/没在期限内补/没有在期限内补正/"
           "一直没补/结果一直没补/一直没有补/"
           "拖着不补/一直不补/迟迟不补/不补了/"
           "补材料/补资料/叫申请人补材料/让申请人补材料/过期了都没补/过期都没补/过期了没补/都没补/"
           "补正却一直没补/让补正却没补/补正了却没补/要求补正没补/让补正没补/叫补正没补/补正一直没补/补正却没有补/"
           "逾期不补正/无正当理由逾期不补正/不补正/未补正/没有补正/未按期补正/逾期未补正/过期没补/没补正/逾期没补/没有按时补正/没按时补正/未按时补正/没及时补正/未及时补正/没有及时补正/补正超期/没补材料/没有补材料/过了期限也没补/过了期限没补/期限内没补/到期没补/也没补/没有补上/没补上",
           "to supplement the request/supplement the request/deadline to supplement/missed the deadline to supplement/"
           "let the deadline to supplement pass/supplementing the request in time/supplement it in time/"
           "fail to fix the application within the deadline/failed to fix the application within the deadline/fail to fix the application/failed to fix the application/didn't fix the application/did not fix the application/fail to fix the request/failed to fix the request/failed to supply corrections in time/failed to supply corrections/not making corrections in time/not making the corrections in time/did not make corrections in time/didn't make corrections in time/did not make the corrections in time/didn't make the corrections in time/not make corrections in time/no corrections made in time/corrections not made in time/didn't supply corrections in time/did not supply corrections in time/supply corrections in time/"
           "never sent the fix-ups asked for/never sent the fix-ups/fix-ups asked for/never sent the corrections asked for/"
           "never sent in the requested corrections/never sent in the corrections/sent in the requested corrections/the requested corrections/"
           "never returned the requested corrections/never made the requested corrections/"
           "missed corrections/missed correction/missed the correction deadline/correction not supplied/corrections not supplied/no correction supplied/"
           "failed to amend/fail to amend/fails to amend/didn't amend/did not amend/never amended/not amended by the deadline/amend them by the deadline/amend it by the deadline/"
           "told to fix or complete/fix or complete their request/never completed their request/never fixed their request/"
           "never completed the form/never sent back the missing documents/never sent the missing documents/didn't send the missing/correction notice/"
           "didn't fix the form in time/didn't fix the form/did not fix the form/fix the form in time/fix the form/"
           "never supplied the corrections asked for/never supplied the corrections/never sent back the corrections they were asked for/never sent back the corrections/corrections they were asked for/corrections asked for/never supplied the correction/"
           "late correction/late corrections/missed correction deadline/missed the correction deadline/missed correction deadlines/correction deadline/no-show on corrections/past correction deadline/past the correction deadline/correction not made in time/"
           "not supplementing in time/not supplementing/didn't supplement in time/did not supplement in time/failing to supplement/"
           "never sent the supplement/never supplemented/didn't send the supplement/did not send the supplement/didn't supplement/did not supplement/failed to supplement/supplement asked for/never sent the supplement asked for/"
           "did not correct/failed to correct/overdue correction/no correction/did not supplement/"
           "never sent the supplementary details/never sent the supplementary information/never supplied the supplementary details/"
           "never provided the supplementary details/never sent the supplementary materials/supplementary details asked for/"
           "supplementary information asked for/supplementary materials asked for/"
           "never sent the supplementary material/didn't send the supplementary material/supplementary material/"
           "never sent the extra details/extra details they were asked for/didn't send the extra details/"
           "extra information they were asked for/never sent the extra information/"
           "supplementary materials/never supplemented/failed to supplement/never sent the missing/"
           "never fixed/didn't fix/did not fix/never fixed their incomplete application/incomplete application/"
           "never completed their application/fix in time/fixed in time/overdue, not corrected/"
           "overdue not corrected/never came back/asked to fix/asked to complete/fix or complete the request/"
           "fix complete the request/"
           "didn't correct/didn't supplement/didn't clarify/didn't complete/did not complete/wasn't corrected/"
           "not corrected in time/not supplemented in time/didn't fix/did not fix/"
           "failed to supplement/did not clarify/failed to clarify/"
           "failing to correct/failed to correct/failure to correct/failing to fix/failed to fix/failing to supplement/"
           "not supplying the missing details/did not supply the missing/didn't supply the missing/"
           "failed to supply the missing/never sent the requested corrections/never sent the corrections/"
           "never corrected/did not correct in time/didn't correct in time/missing details/not correcting in time/"
           "lapsed for missing corrections/missing corrections/lapsed for missing correction/lapsed for no correction/lapsed without correction/"
           "failed corrections/failed correction/corrections never made/corrections not made/"
           "missed the deadline to supplement/missed the deadline to supplement them/missed the deadline to correct/missed the supplement deadline/"
           "missed the deadline to complete/missed the deadline for corrections/missed the deadline for supplementing"),
        _e("other.overdue_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
           "other handling: applicant did not pay the fee in time",
           "没在规定时间交费/规定时间交费/通知缴费过期不交/缴费过期不交/过期不交/"
           "拖着不交/一直不交费/拖着不交费/"
           "欠费/没付钱/不付钱/不肯交钱/不愿交钱/不交钱/拒交费用/没缴纳费用/没交处理费/没交信息处理费/信息处理费没交/处理费没交/"
           "让交钱不交/交钱不交/让交钱没交/叫交钱不交/通知交钱不交/"
           "一直不交/通知交信息处理费/超期不交/超期没交/超期了/信息处理费超期未缴/处理费超期未缴/超期未缴/超期未缴费/逾期未缴/逾期没缴/"
           "逾期未按收费通知要求缴纳费用/逾期未缴纳费用/未按收费通知/收费通知/未缴纳费用/未缴费/不缴费/没有缴费/逾期未缴费/未交费/"
           "没交费/没缴费/没交钱/没付费/未付费/费用没交/费用未缴/没按时交费/没按时缴费/不交费/逾期不交费/逾期不缴费/"
           "没按时交/没按时交信息处理费/未按时缴纳/没按时缴/没及时交费/没及时缴费/"
           "过了期限没交钱/过了期限没交费/过了期限没缴费/过了期限不交钱/过了期限也没交钱/"
           "逾期没交费/拒不缴费/拒绝缴费/过了期限也没交/过了期限没交/逾期没交/过期没交/到期没交/期限内没交/也没交费/没交的/"
           "通知要交信息处理费/要交信息处理费/逾期不交/逾期不交钱/逾期不交的/到期不交",
           "fail to pay the processing fee on time/failed to pay the processing fee on time/fail to pay the processing fee/failed to pay the processing fee/fail to pay the fee on time/failed to pay the fee on time/fail to pay the fee/failed to pay the fee/missed the deadline on a fee notice/missed the deadline on the fee notice/missed the fee deadline/missed the deadline to pay/"
           "missed the deadline for paying the processing fee/missed the deadline for paying the fee/missed the deadline for paying/deadline for paying the fee/"
           "missed the payment deadline/let the deadline to pay the fee pass/deadline to pay the fee/to pay the fee/paying the fee in time/"
           "fee notice went unpaid/fee notices went unpaid/the fee notice went unpaid/fee notice unpaid/unpaid fee notice/unpaid fee notices/fee went unpaid/fees went unpaid/left the fee notice unpaid/fee notice was not paid/"
           "fee notice was ignored/ignored the fee notice/ignored a fee notice/ignored fee notices/ignored the payment notice/ignored a payment notice/fee notice was ignored past the deadline/didn't pay the fee in time/did not pay the fee in time/fee not paid by the deadline/never paid the fee/"
           "processing fee not paid/fee not paid/ran out of time to pay the processing fee/ran out of time to pay the fee/ran out of time to pay/did not pay the processing fee in time/didn't pay the processing fee in time/missed the deadline to pay/"
           "would not pay/didn't pay up/never paid up/fee never paid/refused to pay/wouldn't pay/"
           "not paying/for not paying/didn't pay/did not pay/never paid/unpaid fee/unpaid fees/lapsed for unpaid fees/lapsed for unpaid fee/lapsed for non-payment/"
           "didn't pay the fee in time/did not pay the fee in time/pay the fee in time/didnt pay the fee in time/"
           "fee not paid on time/fee deadline/missed the fee deadline/missed fee deadline/fees not paid on time/fee unpaid/sent a fee notice and didn't pay/didn't pay on time/did not pay on time/"
           "did not pay/did not pay the fee/fee not paid/unpaid fee/failed to pay/overdue fee/nobody paid the fee/"
           "nobody paid/no one paid/paid the fee on time/didn't pay the fee on time/fee on time/not paid on time/"
           "not paying the fee/didn't pay/non-payment/non-payment of the fee/nonpayment/unpaid/"
           "fee wasn't paid/fee was not paid/fees weren't paid/fees were not paid/wasn't paid/weren't paid/"
           "never paid/never paid in time/not paid in time/didn't pay in time/did not pay in time/failed to pay in time/"
           "was not paid/were not paid/never paid/hadn't paid/had not paid/fee went unpaid/fees went unpaid/"
           "failed to pay the fee/failed to pay the fees/failed to pay fees/failing to pay the fee/failing to pay fees/failure to pay the fee/failure to pay fees/"
           "failed to pay the processing fee/didn't pay the fee/did not pay the fees/didn't pay the fees"),
        _e("other.other", "其他处理/其他", "other handling: other",
           "其他处理中的其他/其他处理里的其他/其他处理下的其他/其他处理里面的其他/"
           "其他处理中的其他/其他处理的其他/其他处理里的其他/其他情形/3、其他/3.其他/3．其他/第3项其他/第三项其他",
           "other handling – other/other handling - other/other handling: other/other handling — other/"
           "other other handling/other handling: other/other handling other/residual other/residual 'other'/other sub-item/residual category/"
           "other within other handling/other under other handling/other in other handling/other of other handling/"
           "other row of other handling/other item of other handling/other line of other handling/catch-all/catch all/"
           "catch-all row/catch-all other"),
    ]
}

# ------------------------------------------------------------ table 三: applicant columns
REQUEST_COLUMNS: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("natural_person", "自然人", "natural persons",
           "个人申请的/老百姓申请的/普通人/以个人身份/个人身份/市民个人/私人申请/"
           "自然人/个人/公民/群众/老百姓/市民/居民/个人申请/个人申请人/自然人申请人/私人/以个人名义/个人名义/普通市民/普通群众/普通百姓",
           "personal requests/private citizens/private citizen/private individuals/private persons/"
           "ordinary folks/regular people/ordinary residents/as an individual/private people/private applicants/individual applicants/people applying for themselves/"
           "natural person/individual/citizen/private individual/member of the public/"
           "resident/private person/private citizen/by individuals/ordinary citizen/ordinary people/ordinary person/"
           "members of the public/in a personal capacity/personal capacity/from people/by people/from ordinary people/from private people"),
        _e("legal_person", "法人或其他组织", "legal persons or other organizations (all five kinds)",
           "单位申请的/公司和组织/企业和各类组织/企业及各类组织/企业和各种组织/企业和其他各类组织/各类企业和组织/各类组织/各种组织/非个人/机构类申请人/"
           "法人或其他组织/法人或者其他组织/法人或其它组织/法人和其他组织/法人及其他组织/法人/单位/组织/法人组织/企业和组织/企事业单位/机构",
           "non-individuals/non-individual applicants/organisations of all kinds/organizations of all kinds/entities of all kinds/any kind of organisation/any kind of organization/"
           "all org columns/all org columns together/all the org columns/all organisation columns/all organization columns/all organisations combined/all organizations combined/"
           "legal-person or other-organisation/legal-person or other-organization/legal person or other organisation/"
           "five legal-person columns/five organisation columns/five organization columns/"
           "legal person/legal entity/legal persons or other organization/companies and organisation/"
           "companies and organization/organisation/organization/entity/institution/"
           "legal persons and other organization/legal persons and other organisation/legal persons or other organisation/"
           "legal person and other organisation/corporate/"
           "legal persons or other orgs/legal persons and other orgs/legal persons or other organisations/legal persons or other organizations/"
           "legal persons and other organisations/legal persons and other organizations"),
        _e("commercial", "商业企业", "commercial enterprises",
           "私企/民企/民营企业/国企/个体户/个体工商户/商铺/店铺/生意人/做生意的/开公司的/"
           "商业企业/企业/公司/商户/商家/工商企业",
           "business owners/shops/shopkeepers/private business/company applicants/commercial firms/traders/merchants/for-profit/"
           "commercial enterprise/commercial/business/company/firm/enterprise/corporation/"
           "enterprises/companies/businesses/firms/corporations/commercial enterprises/private companies/private firms"),
        _e("research", "科研机构", "research institutions",
           "科研/"
           "研究院/研究中心/高等院校/大专院校/院校/科研院校/学术机构/智库/"
           "科研机构/科研院所/研究机构/科研单位/高校/大学/研究所",
           "think tank/academic institution/academia/universities/college/colleges/research centre/research center/laboratory/"
           "research institution/research institute/research organization/research organisation/"
           "university/scientific research/research body/academic"),
        _e("public_interest", "社会公益组织", "public-interest organizations",
           "公益/"
           "公益团体/公益社团/民间组织/民办非企业/志愿组织/志愿者组织/基金会/环保组织/行业协会/协会/"
           "社会团体/社团/群团组织/"
           "社会公益组织/公益组织/社会组织/公益机构/慈善组织/非营利组织",
           "public-interest organisations/public interest organisations/public-interest organizations/public interest organizations/"
           "social-welfare organisations/social welfare organisations/social-welfare organizations/social welfare organizations/welfare organisations/"
           "civil society/civil society groups/charities/foundation/volunteer groups/advocacy groups/advocacy group/environmental groups/community groups/non-governmental organisation/non-governmental organization/"
           "social groups/social organisations/social organizations/associations/"
           "public-interest organization/public interest organization/public-interest organisation/"
           "public interest organisation/public interest/ngo/charity/non-profit/nonprofit/"
           "public welfare organization/public welfare"),
        _e("legal_services", "法律服务机构", "legal service institutions",
           "律师行/律师所/法律援助/法援/法律顾问/代理律师/法律服务所/基层法律服务所/"
           "法律服务机构/律师事务所/律所/律师/法律服务",
           "law firms and similar legal service outfits/legal service outfits/legal outfits/law outfits/"
           "solicitors/solicitor/barristers/barrister/legal practitioners/legal practitioner/legal advisers/legal advisors/legal adviser/"
           "legal service institution/legal service/law firm/lawyer/attorney/legal service provider/"
           "legal service firm/legal services firm/legal firm/law office/law practice/law firms/lawyers/"
           "legal-aid firms/legal-aid firm/legal aid firms/legal aid firm/legal-aid centres/legal-aid centers/legal aid centres/legal aid centers/"
           "law-service firms/law-service firm/law service firms/law service firm/legal-service firms/legal-service firm/legal service orgs/legal service org/legal service organisations/legal service organizations/legal aid/"
           "legal service agencies/legal service agency/legal services agencies/legal service bodies/legal service body"),
        _e("other_org", "其他", "other legal persons or organizations",
           "别的组织/别的单位/别的机构/其他的组织/其他的单位/"
           "其他组织/其他法人/其他单位/其他机构/其他类型组织/其他类组织/其他类的组织/其他类/其他法人或其他组织/其他法人或者其他组织",
           "remaining organisations/remaining organizations/other kinds of organisation/other kinds of organization/miscellaneous organisations/any other organisation/any other organization/"
           "other organization/other organisation/other legal person/other entity/other institution/"
           "other body/other org/other orgs/other organisations/other organizations/other type of organisation/"
           "other type of organization"),
        _e("total", "总计", "total",
           "总计/全部申请人/所有申请人",
           "all applicant/every applicant/all kinds of applicant"),
    ]
}
ORG_COLUMNS = ("commercial", "research", "public_interest", "legal_services", "other_org")
PRINTED_COLUMNS = ("natural_person",) + ORG_COLUMNS + ("total",)

# ----------------------------------------------------------- table 四: appeals
APPEAL_GROUPS: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("review", "行政复议", "administrative reconsideration",
           "提复议/申请了复议/去复议/走复议/复议机关/找上级复议/向上级申请复议/"
           "行政复议/复议/复议案件/申请复议/被复议",
           "asked for a review/requested a review/asked for reconsideration/sought reconsideration/sought review/appealed to a higher authority/administrative appeal/administrative appeals/"
           "reviewer/reviewers/the reviewing body/review body/"
           "administrative reconsideration/reconsideration/administrative review/review/"
           "review case/reconsideration case"),
        # not a key part: "行政诉讼" alone means both litigation groups (their sum)
        _e("litigation", "行政诉讼", "administrative litigation",
           "行政官司/诉至法院/诉到法院/起诉政府/被诉/应诉/"
           "行政诉讼/诉讼/起诉/被起诉/被告/打官司/官司/行政诉讼案件/告上法院/被告上法院/告到法院/被告到法院/告法院/上法院/闹上法院/法院/法庭/法院判决/法院判/告政府/告了政府/把政府告了/状告政府/民告官",
           "sued the government/taken to court/took them to court/took it to court/court challenge/court challenges/judicial review/went to court/court action/court actions/"
           "administrative litigation/litigation/lawsuit/suit/sued/court case/legal action/"
           "court/litigated/administrative lawsuit"),
        _e("litigation_direct", "行政诉讼/未经复议直接起诉", "administrative litigation filed directly",
           "直接去告/直接去起诉/直接就起诉/直接就去起诉/直接跑去起诉/直接起诉到法院/一上来就起诉/一上来就告/直接走诉讼/"
           "直接行政诉讼/直接提起行政诉讼/直接的行政诉讼/直接行政起诉/"
           "直接被告到法院/直接被起诉到法院/直接被告/直接被起诉/被直接起诉/被直接告/直接被诉/"
           "直接向法院起诉/直接向法院/直接到法院起诉/"
           "未经复议直接起诉/直接起诉/未经复议/直接提起行政诉讼/直接提起诉讼/直接提起/直诉/直接诉讼/直接告/没经过复议/没经复议/没有经过复议/不经复议/没先复议/没有先复议/"
           "没先申请复议/没有先申请复议/不先申请复议/未先申请复议/没申请复议就/没有申请复议就/未经行政复议/没经过行政复议/没有经过行政复议/未先复议/不先复议/没走复议/没有走复议/不走复议/没先走复议/没有先走复议/直接告到法院/直接去法院/直接打官司/直接告上法院/直接被告上法院/直接上法院/直接被起诉/直接被告",
           "went to court without review/went to court without reconsideration/sued without review/sued without reconsideration/sued right away/sued immediately/"
           "got sued directly/get sued directly/gets sued directly/was sued directly/were sued directly/been sued directly/being sued directly/taken directly to court/taken straight to court/got taken straight to court/"
           "skipped review and went straight to court/skipped review/skip review/skipping review/bypassed review/bypassing review/"
           "directly to the court/straight to the court/"
           "filed directly/directly/without reconsideration/direct lawsuit/direct litigation/"
           "direct court/direct-to-court/direct to court/direct court case/direct court cases/direct cases/direct case/"
           "direct-to-court suits/direct-to-court lawsuits/direct-to-court cases/straight-to-court/"
           "without review/sued directly/without prior reconsideration/direct suit/direct suits/directly sued/"
           "direct administrative lawsuit/direct lawsuits/direct administrative litigation/"
           "sued straight away/straight to court/went straight to court/directly to court/went to court directly/"
           "straight in court/straight into court/filed straight in court/filed straight into court/filed straight/went straight/"
           "filed straight away/straight away/brought straight away/"
           "without asking for reconsideration/without applying for reconsideration/without seeking reconsideration/"
           "without first asking for reconsideration/without first seeking reconsideration/"
           "without going through reconsideration/skipping reconsideration/skipped reconsideration"),
        _e("litigation_after_review", "行政诉讼/复议后起诉", "administrative litigation after reconsideration",
           "经过复议又起诉/经过复议后又起诉/经过复议再起诉/经复议又起诉/复议后又起诉/复议之后又起诉/复议完又起诉/复议过后又起诉/"
           "对复议不满意再去法院起诉/复议不满意再去法院起诉/对复议不满意再起诉/复议不满意再起诉/先申请复议、对复议不满意再去法院起诉/"
           "复议不服起诉/复议没成又起诉/复议输了又起诉/复议后还不服/复议后打官司/复议完打官司/复议后告到法院/"
           "经过复议之后才提起诉讼/复议之后才提起诉讼/之后才提起诉讼/复议后才提起诉讼/才提起诉讼/"
           "复议完再告/复议完再告的/复议后再告/复议完了再告/"
           "复议完了又去告/复议完又去告/复议完了又告/复议后又去告/复议之后又去告/复议完了再去告/复议完了又起诉/复议完了又去起诉/"
           "行政复议后又起诉/行政复议后起诉/行政复议后再起诉/行政复议后又去起诉/行政复议之后起诉/行政复议以后起诉/行政复议后提起诉讼/行政复议后又提起诉讼/行政复议后又去法院/"
           "复议后起诉/经复议后起诉/复议后/经复议/复议以后才去法院起诉/复议之后才去法院起诉/复议后才去法院起诉/复议以后才起诉/复议以后才去法院/以后才去法院起诉/之后才去法院起诉/后才去法院起诉/以后才去法院/之后才去法院/才去法院起诉/才去起诉/以后才起诉/之后才起诉/后才起诉/才去告/复议完又去法院打官司/复议完又去法院/复议完又起诉/复议完/复议后又/"
           "复议完了又去法院起诉/复议完了又去法院/复议完了又/复议完了再/复议完了/"
           "复议之后/复议后再/复议以后/复议过后/先复议/先复议后起诉/先复议再起诉/先申请复议再起诉/先复议后诉讼/先申请了复议/先申请了行政复议/先复议了/先走了复议/先走复议/不服又去法院/"
           "先申请复议/先申请行政复议/先去复议/先做复议/"
           "不服再去起诉/再去起诉/不服再起诉/不服又起诉/不服又去告/又去告/不服又告/再去告/不服再告/不服再去法院/不服再去法院起诉/对复议结果不服/复议结果不服/不服复议决定/不服复议/不服又去法院/再去法院起诉/又去法院起诉",
           "sued after the review/sued after review/sued after reconsideration/went to court after the review/went to court after review/went to court after reconsideration/review and then court/reconsideration and then court/lawsuit after review/court after review/"
           "went to review first and then court/review first and then court/went to review first/review first, then court/"
           "had first been through administrative review/had first been through review/first been through administrative review/first been through review/"
           "had first been through reconsideration/first been through reconsideration/been through review first/been through reconsideration first/"
           "after going through review/after going through reconsideration/after going through administrative review/"
           "first went through reconsideration/went through reconsideration first/reconsideration, then sued/reconsideration then sued/after an administrative review had concluded/after a review had concluded/after the review had concluded/review had concluded/after the reconsideration had concluded/first went through review/review first, then sued/"
           "after reconsideration/after review/following reconsideration/following review/"
           "followed an administrative review/followed a review/followed a reconsideration/followed an administrative reconsideration/"
           "following an administrative review/that followed a review/"
           "cases filed after a review/cases filed after review/filed after a review/filed after review/filed after a reconsideration/after administrative reconsideration/after a review/after a reconsideration/brought after a review/"
           "after administrative review/after an administrative review/after an administrative reconsideration/after an admin reconsideration/filed after administrative review/"
           "following administrative review/after the administrative review/"
           "after the reconsideration/after the review/post-reconsideration/post reconsideration/post-review/"
           "post-reconsideration lawsuits/post-review lawsuits/reconsideration-then-court/review-then-court/"
           "review-then-sue/review then sue/reconsideration-then-sue/reconsideration then sue/review-then-lawsuit/review-then-litigation/"
           "review-then-sue lawsuits/review-then-sue cases/reviewed-then-sued/review-and-sue"),
    ]
}
APPEAL_OUTCOMES: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("upheld", "结果维持", "upheld",
           "认定政府没做错/政府没做错/没做错/结果维时/维时/"  # (维时: a slip for 维持)
           "维持原判/驳回诉讼请求/原告败诉/申请人败诉/申请人输了/判原告输/"
           "判政府赢的/政府赢的/赢了几件/赢了多少/赢了几起/赢下/打赢了/打赢/赢的有/赢了的/赢了/"
           "判政府没问题/政府没问题/判政府没错/政府没错/法院判政府没问题/"
           "结果维持/维持/予以维持/被维持/维持原/支持政府/站在政府一边/政府赢/政府胜诉/原决定不变/维持原决定/原答复不变/"
           "站政府那边/站政府一边/站在政府那边/站在政府这边/站政府这边/判政府赢/政府赢了/支持了政府",
           "kept the original decision/keep the original decision/keeps the original decision/kept the original ruling/kept the original response/original decision kept/original decision was kept/"
           "court sided with the office/sided with the office/sided with the body/sided with the agency/sided with the bureau/kept the govt's decision/kept the government's decision/court kept the decision/kept the decision/backed the government/backed the govt/sided with the government/"
           "in the government's favour/in the government's favor/in the city's favour/in the city's favor/in the county's favour/in the county's favor/"
           "in the district's favour/in the district's favor/in huai'an's favour/in huai'an's favor/in its favour/in its favor/in the body's favour/in the body's favor/"
           "went the government's way/went the city's way/went its way/"
           "left the original response in place/left the district's original response in place/left the original decision in place/"
           "original response in place/original decision in place/left in place/kept in place/left standing/"
           "leave the original decision standing/leave the district's original decision standing/leave the county's original decision standing/"
           "leave the city's original decision standing/leave the original decision in place/leave the original decision unchanged/"
           "let the original decision stand/original decision standing/decision standing/leave it standing/"
           "leave the county's original reply standing/leave the original reply standing/left the original reply standing/original reply standing/reply standing/let the original reply stand/"
           "left the original answer standing/original answer standing/left the original decision standing/sided with the county/court sided with the county/sided with the government/court sided with the government/"
           "ruled for the government/ruled in favour of the government/ruled in favor of the government/government came out on top/agency won/plaintiff lost/decision upheld/decision affirmed/"
           "went its way/went their way/went the office's way/went the government's way/went in its favour/went in its favor/went in their favour/in the city's favour/in the city's favor/in the government's favour/in the government's favor/in its favour/in its favor/in favour of the government/in favor of the government/in the county's favour/in the county's favor/"
           "backed the office/backed the agency/court backed/backed the county government/backed the city government/"
           "kept the county's decision/kept the decision as it was/kept the decision/decision as it was/left the decision as it was/"
           "decision kept/decision was kept/decision stayed/decision remained/"
           "upheld/uphold/maintained/affirmed/sustained/confirmed/sided with the government/"
           "confirming the county's decision/confirmed the county's decision/confirming the decision/confirmed the decision/"
           "confirming the government's decision/confirmed the government's decision/confirming the city's decision/confirmed the city's decision/"
           "original decision stood/original decision was kept/original answer was kept/original answer stood/"
           "decision stood/answer stood/stood/was kept/were kept/kept in place/left in place/left standing/let stand/"
           "original decision upheld/original reply stood/original reply was kept/"
           "side with the government/sided with the agency/side with the agency/backed the government/"
           "upholding/upholds/win/won/wins/winning/backed the district/backed the county/backed the city/"
           "in favour of the government/in favor of the government/government won/government prevailed/"
           "back the government/back the govt/court back/back the county/back the city/back the district/back the agency/back the office/"
           "side with the county/side with the city/side with the district/rule for the government/rule in favour of the government/rule in favor of the government"),
        _e("corrected", "结果纠正", "corrected",
           "让政府改/要求政府改/让政府改正/让政府纠正/责令改正/"
           "做错了要改/政府做错了要改/判政府要改/说政府做错了/"
           "决定改了/把决定改了/给改了/被改了/改掉了/改判/"
           "确认违法了/判违法/被判违法/责令重新答复/责令重做/原告胜诉/原告赢了/申请人赢了/被改判/"
           "政府被纠错/政府被纠正/政府被判错/"
           "结果纠正/纠正/被纠正/予以纠正/撤销/确认违法/责令/纠错/被纠错/败诉/输了/输掉/被判败诉/要改正/判政府要改正/改正/判政府改正/判政府错/判政府错了/判政府输/政府输了/政府败诉/判政府败诉",
           "being put right/was put right/were put right/government being put right/"
           "find the city at fault/found the city at fault/find the government at fault/found the government at fault/found it at fault/at fault/"
           "got it wrong/had got it wrong/it got it wrong/the government got it wrong/"
           "did the plaintiffs win/did the plaintiff win/plaintiffs won/plaintiffs win/plaintiff wins/plaintiffs winning/won by the plaintiffs/won by the plaintiff/won by plaintiffs/won by the applicant/won by the applicants/won by applicants/won by the requester/won by the requesters/won by the citizen/won by citizens/"
           "in favour of the applicant/in favor of the applicant/in favour of the applicants/in favor of the applicants/in the applicant's favour/in the applicant's favor/"
           "ruled for the applicant/ruled for the applicants/ruled for the plaintiff/ruled for the plaintiffs/in favour of the plaintiff/in favor of the plaintiff/"
           "did the applicants win/applicants won/applicants win/applicant won/did the citizens win/citizens won/people won against/"
           "plaintiff won/ruled unlawful/ruled illegal/ordered to redo/told to redo/had to redo/decision revoked/decision overturned/decision reversed/overruled/"
           "side against the government and fix it/sided against the government/side against the government/went against the government/sided against the agency/"
           "made the govt fix it/made the government fix it/made them fix it/made it fix/"
           "corrected/correct/overturned/overturn/reversed/revoked/quashed/annulled/found unlawful/"
           "lose/lost/went against/ruled against/ended with a correction/correcting/corrects/correction/"
           "corrected the government/correcting the government/government lost/government losing/the government losing/agency losing/government lose/"
           "ruled against the government/rule against the government/fix its decision/fixed its decision/"
           "told to fix/ordered to fix/had to fix"),
        _e("other", "其他结果", "other outcome",
           "撤诉/撤回起诉/调解结案/和解结案/终止审理/"
           "其他结果/其他结论/其他方式结案/驳回起诉/终止/既不算维持也不算纠正/既不是维持也不是纠正/不属于维持也不属于纠正/"
           "不算维持也不算纠正/既非维持也非纠正/不是维持也不是纠正/维持和纠正以外/维持纠正以外/"
           "既没维持也没纠正/既没有维持也没有纠正/既没被维持也没被纠正/既没有被维持也没有被纠正/没维持也没纠正/没有维持也没有纠正/"
           "未维持也未纠正/既未维持也未纠正/既未被维持也未被纠正",
           "case withdrawn/withdrew the case/withdrew the lawsuit/settled out of court/mediated settlement/suit withdrawn/withdrew the suit/"
           "other outcome/other result/otherwise concluded/other decision/another outcome/another result/"
           "closed otherwise/some other outcome/other outcomes/other results/neither upheld nor corrected/"
           "ended some other way/some other way/ended otherwise/not upheld nor corrected/not upheld or corrected/"
           "neither upheld nor overturned/neither kept nor corrected"),
        # "pending" alone in a question about applications means carried_forward (see understanding)
        _e("pending", "尚未审结", "pending",
           "还没结/没结案/尚未结/还有几件没结/"
           "案子还没完/还没了结/还在审理中/仍在审理中/"
           "还在打/还在进行/仍在进行/还没完/"
           "尚未审节/未审节/还没审节/"
           "尚未审结/未审结/审理中/正在审理/在审/尚在审理/未结案/尚未结案/还没审结/还未审结/还在审/还没判/"
           "还没判下来/尚未判决/还在办/仍在审理/没审结/没有审结/没结案/没有结案/还没结/未结/没审完/还没审完/"
           "还没出结果/没出结果/还没有结果/没有出结果/还没结果/尚无结果/结果还没出/还悬着/悬着没判/没判/悬而未决/"
           "还没有作出决定/还没作出决定/尚未作出决定/没有作出决定/未作出决定/还没有决定/尚未决定/还没做出决定/没做出决定",
           "had no ruling/no ruling/without a ruling/had no ruling by/still without a ruling/not yet decided by the court/"
           "still had no verdict/no verdict/no verdict yet/had no verdict/no ruling yet/still had no ruling/awaiting a verdict/awaiting judgment/still undecided/"
           "case still open/cases still open/not yet over/still being decided/awaiting judgment/awaiting judgement/no verdict yet/no judgment yet/no judgement yet/verdict pending/judgment pending/still under reconsideration/"
           "still going on/still going/going on/still ongoing/still running/still in court/not over yet/not over/"
           "nobody had ruled on yet/not yet ruled on/not ruled on yet/had ruled on yet/ruled on yet/still undecided when the year closed/when the year closed/undecided at year end/"
           "pending/ongoing/not yet concluded/unresolved/undecided/still open/not concluded/"
           "in progress/under way/not finished/not finished yet/not yet finished/unfinished/not yet decided/"
           "not decided yet/not closed/not yet closed/still undecided/still under review/still being heard/"
           "still not decided/not decided/still not concluded/still not closed/still not resolved/not resolved/"
           "waiting for a ruling/awaiting a ruling/awaiting ruling/awaiting a decision/waiting for a decision/"
           "still waiting/still awaiting/no ruling yet/no decision yet/not yet ruled/not ruled yet/"
           "not yet judged/not judged yet/still not judged/yet to be judged/yet to be decided/yet to be ruled on/"
           "hadn't been decided/had not been decided/hasn't been decided/has not been decided/not been decided/"
           "hadn't been resolved/had not been resolved/hasn't been resolved/not been resolved/hadn't been concluded/had not been concluded"),
        _e("total", "总计", "total",
           "总计/总数/所有结果/各种结果/不论结果/不管结果/无论结果",
           # "And direct lawsuits, all outcomes?": the group's whole, whatever the outcome
           "all outcomes/all the outcomes/all results/all the results/every outcome/whatever the outcome/regardless of outcome/"
           "regardless of the outcome/any outcome/all outcomes combined/of all outcomes/across all outcomes"),
    ]
}

# ------------------------------------------------------- table 二: proactive disclosure
ACTIVE_ITEMS: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("regulations", "规章", "regulations",
           "地方政府规章/地方规章/"
           "规章/政府规章/市政府规章/部门规章",
           "local regulations/local government regulations/government rules/municipal rules/ordinance/"
           "regulation/government regulation/rule/government rule/municipal regulation/by-law/bylaw"),
        _e("normative_docs", "行政规范性文件", "normative documents",
           "规范性的文件/政策性规定/"
           "规范性文件/行政规范性文件/规范文件/政策性文件/政策文件/红头文件",
           "red-header documents/red-header document/red-letterhead documents/official policy documents/normative files/regulatory documents/"
           "normative document/normative doc/regulatory document/policy document/"
           "administrative normative document/normative"),
        _e("licensing", "行政许可", "administrative licensing",
           "许可证/发证/办证/审批决定/审批件/证照办理/"
           "行政许可/许可/审批/许可决定/行政审批",
           "permits issued/licences issued/licenses issued/permits granted/licences granted/licenses granted/"
           "administrative licensing/licensing/licence/license/permit/approval/permit decision/"
           "licensing decision/licences/licenses/permits/administrative licence/administrative license/"
           "administrative licences/administrative licenses/admin licence/admin license/admin licences/admin licenses/"
           "administrative permits/administrative permit/licensing decisions/permit decisions/licence decisions/license decisions"),
        _e("other_services", "其他对外管理服务事项", "other external management services",
           "其他管理服务/其他对外服务/对外服务事项/其他服务事项/"
           "其他对外管理服务事项/对外管理服务事项/对外管理服务/管理服务事项",
           "other management services/other external services/other administrative services/"
           "other external management service/external management service/other management service/"
           "external service"),
        _e("punishment", "行政处罚", "administrative penalties",
           "罚单/开罚单/处罚案件/行政处罚决定/处罚件数/"
           "行政处罚/处罚/罚款/处罚决定",
           "fines imposed/fines issued/penalised/penalized/penalties imposed/sanctioned/"
           "administrative penalty/penalty/punishment/sanction/penalty decision/fined"),
        _e("coercion", "行政强制", "administrative coercion",
           "查封/扣押/查封扣押/强制拆除/强拆/"
           "行政强制/强制/强制措施/行政强制措施/强制执行",
           "seizure/seizures/impounded/impoundment/sealed up/asset freeze/forced demolition/coercive actions/"
           "administrative coercion/coercion/coercive measure/compulsory measure/enforcement decisions/enforcement decision/"
           "enforcement measures/enforcement actions/"
           "administrative enforcement/compulsory enforcement/coercive/compulsion/administrative compulsion/"
           "compulsion decisions/compulsory measures/enforcement measures"),
        _e("fees", "行政事业性收费", "administrative fees",
           "行政收费/事业收费/规费/收费收入/"
           "行政事业性收费/事业性收费/收费/收费项目/收取费用/收费金额",
           "charges levied/fees levied/government fees/admin fees/levies/levy/government charges/official fees/"
           "administrative and institutional fees/administrative and institutional charges/institutional fees/"
           "administrative fee/fee/administrative charge/fee collected/fees charged/"
           "administrative and institutional fee/fee income/administrative fee income/administrative fees income/"
           "fee revenue/administrative and institutional charges/administrative fee revenue/administrative fees revenue/"
           "administrative fee revenues/fee revenues/administrative charges revenue"),
        _e("procurement", "政府集中采购", "centralized government procurement",
           "政府集采/集采/招标采购/"
           "政府集中采购/集中采购/政府采购/采购",
           "government buying/government purchases/government purchasing/public purchasing/tendering/public tenders/"
           "centralized government procurement/centralised government procurement/"
           "centralised procurement/centralized procurement/"
           "government procurement/procurement/purchasing/public procurement/purchase"),
    ]
}
ACTIVE_MEASURES: dict[str, Entry] = {
    e.value: e
    for e in [
        _e("issued", "本年制发件数", "issued this year",
           "新出/新出了/新出台/新发了/"
           "下发/新出台的/新下发/"
           "本年制发件数/本年制发/制发/制发件数/印发/制定/出台/发布/发文/新制定/新出台/新发/新印发/新发布",
           "rolled out/newly issued/newly enacted/newly adopted/newly put out/put out/puts out/putting out/"
           "issued/issue/enacted/adopted/promulgated/introduced/new/passed/drafted"),
        _e("made", "本年新制作数量", "made this year",
           "新做的/新起草/起草/"
           "本年新制作数量/本年新制作/新制作/制作",
           "drawn up/drew up/draw up/newly drawn up/"
           "made/produced/created/newly made/newly make/make/makes/making/newly drafted/drafted/newly draft/newly created/produce/produces/"
           "newly produced"),
        _e("published", "本年新公开数量", "newly published this year",
           "新公布/公布了/"
           "本年新公开数量/本年新公开/新公开/公布",
           "published/newly published/made public/publicly released/newly publish/newly disclosed/newly disclose/"
           "make public/makes public/making public/newly made public/newly make public"),
        _e("total_published", "对外公开总数量", "total published",
           "对外公开总数量/对外公开总数/公开总数/公开总量/累计公开/累计总数/累计公开总数/累计/总数量/对外公开的总数/对外公开的总数量",
           "published externally/externally published/made public externally/disclosed externally/released externally/"
           "total stock/the total stock/stock of/"
           "total currently public/currently public in total/total currently published/"
           "total published/published in total/cumulative/cumulatively/total publicly available/published to date/to date/"
           "cumulative number/cumulative total/cumulative count/cumulative number of/had made public in all/"
           "total published to date/publicly available in total/available in total/publicly available/"
           "available to the public/open to the public in total/all publicly available/in total available/"
           "made public in total/disclosed in total/released in total/in total as of/as of/all told/"
           "made public overall/had made public overall/disclosed overall/released overall/"
           "published overall/overall published/total number published/in all/"
           "made public so far/disclosed so far/so far/up to now/altogether made public/"
           "total publicly released/total released publicly/total made public/total publicly disclosed/total disclosed publicly/"
           "total rules publicly released/total number publicly released/total publicly published/"
           "running total/running total of/ever made public/had ever made public/ever published/ever released/ever disclosed"),
        _e("repealed", "本年废止件数", "repealed this year",
           "停止执行/不再执行/清理废止/被废/被废除/被废止/作废的/取消掉/"
           "废了/废的/作废了/废掉了/废止了/"
           "本年废止件数/本年废止/废止/废除/废止件数/失效/作废/宣布作废/宣布废止/废掉/清理掉/宣布失效/不再有效/取消了",
           "done away with/did away with/do away with/does away with/doing away with/taken off the books/struck off/no longer in force/ceased to be in force/lapsed/axed/"
           "repealed/repeal/abolished/abolish/rescinded/withdrawn/annulled regulation/scrapped/scrap/revoked/revoke/"
           "annulled/cancelled/canceled/struck down/invalidated"),
        _e("in_force", "现行有效件数", "currently in force",
           "还在执行/仍在执行/依然有效/目前有效/现在有效/正在执行/现在还有效/"
           "现行有效件数/现行有效/有效/现行/仍然有效/生效/还管用/仍然管用/还有效/管用的/还在用/仍在用",
           "still in force/still valid/still in effect/still applies/currently effective/still operative/"
           "on the books/still on the books/still have on the books/remained on the books/"
           "in force/currently in force/valid/currently valid/in effect/effective/current"),
        _e("prev_year_items", "上一年项目数量", "items in the previous year",
           "去年项目/去年的项目数/上年度项目数量/"
           "上一年项目数量/上一年项目/上年项目数量/上年项目/上年度项目/上一年的项目/上一年的",
           "last year's items/previous year's items/items last year/"
           "items in the previous year/previous year item/last year item/prior year item"),
        _e("change", "本年增/减", "change this year (signed)",
           "本年增/减/增/减/增减/增减数量/增减变化/本年增减",
           "net change/increase or decrease/change in item/items change/item change/change this year/change this year (signed)"),
        _e("decisions", "本年处理决定数量", "decisions made",
           "作出的决定/决定书/作出处理决定/"
           "本年处理决定数量/处理决定数量/处理决定/决定/作出决定/决定数/决定数量",
           "decisions issued/decisions taken/decisions handed down/rulings made/number of decisions/"
           "decision/decisions made/ruling/decided case"),
        _e("amount", "金额（万元）", "amount, in 10,000 yuan",
           "金额/总金额/收费金额/采购金额/采购总金额/多少钱/万元/钱/费用/资金/项目金额/采购项目金额/项目的金额/收费收入",
           "amount/how much money/money/total amount/value/sum of money/yuan/spent/spending/spend/"
           "expenditure/cost/collect/collected/collecting/collects/charged/charge/fees collected/fees charged/take in/took in/brought in/"
           "fee revenue/fee income/revenue from fees/income from fees/income from/revenue from/income collected/revenue collected"),
        _e("projects", "采购项目数量", "number of procurement projects",
           "采购项目数量/项目数量/项目数/采购项目/项目",
           "project/number of project/procurement project"),
    ]
}

# measures each item prints (2019 and 2021 formats together); the first is the default
ITEM_MEASURES: dict[str, tuple[str, ...]] = {
    "regulations": ("issued", "made", "published", "total_published", "repealed", "in_force"),
    "normative_docs": ("issued", "made", "published", "total_published", "repealed", "in_force"),
    "licensing": ("decisions", "prev_year_items", "change"),
    "other_services": ("decisions", "prev_year_items", "change"),
    "punishment": ("decisions", "prev_year_items", "change"),
    "coercion": ("decisions", "prev_year_items", "change"),
    "fees": ("amount", "prev_year_items", "change"),
    "procurement": ("amount", "projects"),
}
# when the asked measure is not printed by a report's format, its counterpart in the other one
MEASURE_FALLBACKS: dict[str, tuple[str, ...]] = {
    "issued": ("made",),
    "made": ("issued",),
    # not the same quantity: a template that lacks "newly published" or "in force" says so
    "published": (),
    "total_published": (),
    "in_force": (),
    "repealed": (),
    "decisions": (),
    "prev_year_items": (),
    "change": (),
    "amount": (),
    "projects": (),
}

# ------------------------------------------------ parts the tables above do not describe yet
def label_core(printed: str) -> str:
    """A printed row label without its numbering: "9.属于测试事项" → "属于测试事项"."""
    return re.sub(r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*", "", printed)


def _from_vocabulary() -> None:
    """Every part of a key in ``vocab.keys`` that the hand-written entries above do not
    describe is known by the label the TSV prints and its English gloss, so that a key added
    to the TSV is understood without an edit here (synonyms can follow later)."""
    for head, last, info in keys._parts("requests"):
        REQUEST_ROWS.setdefault(head, Entry(head, label_core(info.zh_row.split("/")[-1]), info.en.split(" — ")[0]))
        REQUEST_COLUMNS.setdefault(last, Entry(last, info.zh_column.split("/")[-1], info.en.split(" — ")[-1]))
    for group, outcome, info in keys._parts("appeals"):
        APPEAL_GROUPS.setdefault(group, Entry(group, info.zh_row.split("/")[-1], info.en.split(" — ")[0]))
        APPEAL_OUTCOMES.setdefault(outcome, Entry(outcome, info.zh_column, info.en.split(" — ")[-1]))
    for item, measure, info in keys._parts("active"):
        ACTIVE_ITEMS.setdefault(item, Entry(item, info.zh_row.split("/")[-1], info.en.split(":")[0]))
        ACTIVE_MEASURES.setdefault(measure, Entry(measure, info.zh_column, info.en.split(":")[-1].strip()))
        if measure not in ITEM_MEASURES.setdefault(item, (measure,)):
            ITEM_MEASURES[item] += (measure,)
        MEASURE_FALLBACKS.setdefault(measure, ())


_from_vocabulary()

# ------------------------------------------------------------------ hints and neutral words
# "apply": the question is about disclosure applications (table 三); a bare "how many
# applications" is the received row.
APPLY_TERMS_ZH = (
    "申请/政府信息公开申请/信息公开申请/公开申请/依申请公开/依申请/申请件/申请数/申请总数/"
    "申请情况/申请人/申请的/提出的申请/政府信息申请/"
    # "来申请公开的": applying for disclosure, not the requests granted (予以公开)
    "申请公开/来申请公开/申请信息公开/申请政府信息公开/申请公开信息"
)
APPLY_TERMS_EN = (
    "application/request/disclosure request/disclosure application/information request/"
    "foi request/foia request/freedom of information request/applicant/open government application"
)
# "active": the question is about proactive disclosure (table 二)
ACTIVE_HINT_ZH = "主动公开/主动公开政府信息/主动公开情况/主动公开信息"
ACTIVE_HINT_EN = "proactive disclosure/proactively disclosed/proactively published/proactive/active disclosure"
# "appeals": the question is about table 四 without naming a group
APPEALS_HINT_ZH = "复议诉讼/复议和诉讼/复议、诉讼/行政复议和行政诉讼/行政复议、行政诉讼/救济"
APPEALS_HINT_EN = "appeals/reconsideration and litigation/review and litigation/legal challenge"
# consumed without meaning, so that their characters select nothing else ("信息公开" is not 公开 = granted)
NEUTRAL_ZH = (
    "政府信息公开/信息公开/政务公开/公开工作/年度报告/工作年度报告/公开年报/年报/"
    "信息处理费/处理费/公开指南/公开目录/公开平台/公开内容/公开栏/公开专栏/"
    "本年度报告/报告/政府信息/"
    "哪个单位/哪些单位/哪家单位/哪个机构/哪些机构/哪个组织/各单位/各机构/本单位/本机关/机关单位/"
    "所有单位/所有的单位/全部单位/这几个单位/这些单位/各个单位/这两个单位/这三个单位/"
    # 组织 the verb ("组织了几次检查"), not the column of organisations
    "组织了/组织过/组织开展/组织召开/组织实施/组织举办/组织培训/组织专题/全年组织/共组织/累计组织/"
    # 告知 (told), not 被告 (the defendant of a lawsuit)
    "被告知/告知/被通知/通知我/"
    # the parts counted off ("复议、直接起诉、复议后起诉三类案件加总")
    "两类/三类/四类/五类/两种/三种/四种/两项/三项/四项/五项/这几类/这几项/这三类/这两类/几类/"
    # "“其他”那一小项": which line is pointed at, not a quantity
    "那一小项/这一小项/一小项/那个小项/这个小项/那一小栏/那一项/这一项/整行/一整行/这一行/那一行/整一行/"
    # "这个数包括部分公开吗？没包括的话，加上…": the check's condition, not a quantity
    "没包括的话/没有包括的话/不包括的话/如果没包括/如果不包括/没包含的话/不包含的话/没算的话/没算进去的话/"
    # "你刚才的回答里…": the assistant's reply pointed at, not the requests answered (答复)
    # "已经有结果的（维持、纠正、其他）": the decided cases, their outcomes listed
    "已经有结果的/已有结果的/已经出结果的/已出结果的/已经审结的/已审结的/"
    # "（表里两块加起来）": the two parts named, in the table
    "表里两块/两块加起来/这两块/那两块/"
    "你的回答/你刚才的回答/你刚才回答的/你上面的回答/你的答复/你刚才的答复/你给的数/你刚才给的数/你说的数"
)
NEUTRAL_EN = (
    # "How often did Shuyang refuse …": a count asked
    "how often/"
    "information disclosure/government information/open government/annual report/report/"
    "processing fee/information processing fee/disclosure/outcome table/the outcome table/outcomes table/results table/"
    "which organization/which organisation/which institution/which agency/which body/which entity/"
    "asker/askers/the asker/bucket/the bucket/"
    # "when it closed its books on 2025": the year's end, not books (publications)
    "closed its books/closed the books/closing its books/closing the books/close its books/close the books/"
    # "going back to your answer: how many of those …": the assistant's reply pointed at, not requests answered
    "your answer/your last answer/your previous answer/your reply/your last reply/the answer you gave/the number you gave/"
    "the figure you gave/the figure you just gave/the number you just gave"
)

# relative years: "this" = the newest report held; "last" = newest − 1; "before_last" = newest − 2;
# "previous" = the year before the one being discussed (the follow-up's context), else newest − 1;
# "following" = the year after the one being discussed (no such year without one)
YEAR_TERMS: dict[str, tuple[str, str]] = {
    "this": ("今年/本年/本年度/当年/最新/最新一年/最近一年/最近一期/最新一期/最新的",
             "this year/current year/latest/latest year/most recent/most recent year/newest/"
             "latest report/most recent report/newest report/past year"),
    "last": ("去年/上年/上年度/去年度", "last year/last year's"),
    "previous": ("上一年/上一年度/前一年/前一年度/再前一年/之前一年/那之前一年",
                 "previous year/prior year/the year before/year before/year before that/"
                 "preceding year/one year earlier/a year earlier"),
    "before_last": ("前年/前年度/上上年", "year before last/the year before last/two years ago/2 years ago"),
    # the year after the one being discussed ("And a year later?" after Hongze 2023: 2024); no year discussed, none
    # (not "下一年", "次年", "the following year": the words of requests carried into the next year, "转下一年")
    "following": ("后一年/后一年度",
                  "a year later/one year later/the year after that/a year on/one year on"),
}
# "哪一年最多", "in which year …", "which of the two years": the years of one body ranked, not its bodies
# (rag.understanding reads the follow-up's years by it; rag.years.year_ranking answers by it)
WHICH_YEAR = (r"哪(?:一)?(?:个)?(?:年度|年份|年)(?!龄|纪)|\b(?:which|what) (?:one of the )?years?\b(?! (?:is|was|are|were) (?:it|this|that)\b)|"
              r"\bwhich of (?:the|those|these) (?:two |three |four |2 |3 |4 )?years\b")
# "compared with the year before": a difference between the named year and the one before it
VS_PREVIOUS_ZH = (
    "比上年/比去年/较上年/较去年/比上一年/较上一年/同比/与上年相比/与去年相比/和上年相比/和去年相比/"
    "跟去年比/跟上年比/上年同期/较上年度/比上年度/与上一年相比/相比上年/相比去年/相较上年/相较去年"
)
VS_PREVIOUS_EN = (
    "compared with last year/compared to last year/than last year/over last year/"
    "compared with the previous year/compared to the previous year/than the previous year/"
    "over the previous year/from the previous year/from last year/year-on-year/year on year/"
    "year over year/vs last year/versus last year/than the year before/compared with the year before/"
    "compared to the year before/over the year before"
)


@dataclass(frozen=True)
class Sense:
    """What a matched term means: which part of a key, or which hint."""

    kind: str  # row | column | group | outcome | item | measure | apply | active | appeals | neutral | year | vs_previous
    value: str
    weak: bool = False


@lru_cache(maxsize=1)
def terms() -> tuple[tuple[str, str, Sense], ...]:
    """Every (surface, language, sense) the matcher knows. Language is "zh" or "en"."""
    out: list[tuple[str, str, Sense]] = []
    for kind, table in (
        ("row", REQUEST_ROWS),
        ("column", REQUEST_COLUMNS),
        ("group", APPEAL_GROUPS),
        ("outcome", APPEAL_OUTCOMES),
        ("item", ACTIVE_ITEMS),
        ("measure", ACTIVE_MEASURES),
    ):
        for entry in table.values():
            weak = set(entry.weak)
            zh_label = entry.zh if "/" not in entry.zh and "“" not in entry.zh else None
            for t in ((zh_label,) if zh_label else ()) + entry.zh_terms:
                out.append((t, "zh", Sense(kind, entry.value, t in weak)))
            en_label = () if entry.value == "total" else (entry.en.lower(),)
            for t in en_label + entry.en_terms:
                if t and ":" not in t and "(" not in t:
                    out.append((t.lower(), "en", Sense(kind, entry.value, t in weak)))
    for kind, zh, en in (
        ("apply", APPLY_TERMS_ZH, APPLY_TERMS_EN),
        ("active", ACTIVE_HINT_ZH, ACTIVE_HINT_EN),
        ("appeals", APPEALS_HINT_ZH, APPEALS_HINT_EN),
        ("neutral", NEUTRAL_ZH, NEUTRAL_EN),
    ):
        out += [(t, "zh", Sense(kind, kind)) for t in _split(zh)]
        out += [(t, "en", Sense(kind, kind)) for t in _split(en)]
    for rel, (zh, en) in YEAR_TERMS.items():
        out += [(t, "zh", Sense("year", rel)) for t in _split(zh)]
        out += [(t, "en", Sense("year", rel)) for t in _split(en)]
    out += [(t, "zh", Sense("vs_previous", "previous")) for t in _split(VS_PREVIOUS_ZH)]
    out += [(t, "en", Sense("vs_previous", "previous")) for t in _split(VS_PREVIOUS_EN)]
    # "其他" is the printed label of the other_org column, too generic to match alone
    return tuple((s, lang, sense) for s, lang, sense in out if s != "其他")


# -------------------------------------------------------------------------- the keys
@dataclass(frozen=True)
class KeyInfo:
    key: str
    table: str  # "active" | "requests" | "appeals"
    formats: tuple[str, ...]  # template versions that print it ("2019", "2021"); derived: both
    zh: str  # Chinese description, e.g. "不予公开（合计）— 自然人"
    en: str  # English description
    derived: bool


@lru_cache(maxsize=1)
def key_catalog() -> dict[str, KeyInfo]:
    """Every key of ``vocab.keys`` (printed and derived), described in words people use."""
    catalog: dict[str, KeyInfo] = {}
    for info in keys.KEYS.values():
        zh = f"{info.zh_row} — {info.zh_column}"
        catalog[info.key] = KeyInfo(info.key, info.table, info.formats, zh, info.en, False)
    lp = REQUEST_COLUMNS["legal_person"]
    for info in keys.DERIVED_KEYS.values():
        if info.key in catalog:  # requests.other.<col> is printed by the 2019 format
            continue
        row, col = info.key.split(".", 1)[1].rsplit(".", 1)
        entry = REQUEST_ROWS.get(row)
        if col == "legal_person":
            zh, en = f"{entry.zh if entry else row} — {lp.zh}", f"{entry.en if entry else row} — {lp.en}"
        else:
            c = REQUEST_COLUMNS[col]
            zh, en = f"{entry.zh}（合计）— {c.zh}", f"{entry.en} (all reasons) — {c.en}"
        catalog[info.key] = KeyInfo(info.key, "requests", ("2019", "2021"), zh, en, True)
    return catalog


def describe(key: str, language: str = "zh") -> str:
    """A human label for a key, for answers and for the embedding fallback."""
    info = key_catalog().get(key)
    if info is None:
        return key
    return info.zh if language == "zh" else info.en


# ------------------------------------------------------------- place names in English
# Pinyin of place names: pypinyin for any place, this table where a reading differs or
# pypinyin's default reading of a polyphonic character would be wrong.
PLACE_PINYIN: dict[str, str] = {
    "涧西": "jian xi",
    "洛阳": "luo yang",
    "淮安": "huai an",
    "洪泽": "hong ze",
    "沭阳": "shu yang",
    "宿迁": "su qian",
    "上海": "shang hai",
    "北京": "bei jing",
    "江苏": "jiang su",
    "河南": "he nan",
    "清江浦": "qing jiang pu",
    "淮阴": "huai yin",
    "淮安区": "huai an",
    "涟水": "lian shui",
    "盱眙": "xu yi",
    "金湖": "jin hu",
    # the project's generated samples (data/samples)
    "河西": "he xi",
    "青山": "qing shan",
    "赣州": "gan zhou",
    # polyphonic characters pypinyin reads otherwise, and names with a customary spelling
    "朝阳": "chao yang",
    "于都": "yu du",
    "哈尔滨": "harbin",
    "长春": "chang chun",
    "长沙": "chang sha",
    "重庆": "chong qing",
}
@lru_cache(maxsize=1 << 16)
def place_pinyin(stem: str) -> str | None:
    """'hong ze' for 洪泽: the table first, then pypinyin (toneless, space-separated)."""
    if stem in PLACE_PINYIN:
        return PLACE_PINYIN[stem]
    if not stem or not all("\u4e00" <= ch <= "\u9fff" for ch in stem):
        return None
    from pypinyin import Style, lazy_pinyin

    return " ".join(lazy_pinyin(stem, style=Style.NORMAL))


# English for the administrative suffix of a place name
PLACE_SUFFIX_EN: dict[str, tuple[str, ...]] = {
    "省": ("province", "provincial"),
    "市": ("city", "municipal", "municipality"),
    "区": ("district",),
    "县": ("county",),
    "镇": ("town",),
    "乡": ("township",),
    "街道": ("subdistrict", "street"),
    "自治区": ("autonomous region",),
}
