"""Turn a citizen's question into what the answerer must look up.

``understand`` reads a Chinese or English question and says which agency (or agencies), which
year(s), which fact keys, and which operation it asks for. It is rule-based on purpose: the
number a citizen gets must come from the key they meant, and a rule can be read, tested and
fixed. Words come from ``vocab.lexicon``; matching is longest-match-wins over the question, so
不予公开 is read as "withheld" and never also as 公开 = "granted".

Operations: "value" (one number), "sum" (``keys`` are the addends; also several years or
agencies), "difference" (``years`` is [earlier, later], or two agencies), "ranking" (across the
agencies held, or those named), "table" (``table`` says which), "check" (the report's
arithmetic), "passage" (text; ``wants_number`` says whether a number is still wanted, e.g. one
that only the narrative states).

Keys: for every operation but "sum", ``keys`` lists candidates best first, including the
counterparts of a key in the other template version (the 2019 format prints "本年新制作数量"
where the 2021 format prints "本年制发件数"); for "sum" they are the addends and
``alternatives[key]`` holds each addend's counterparts.
"""
from __future__ import annotations

import re
import sys
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rag import homophones
from vocab import aliases as aliases_vocab
from vocab import lexicon
from vocab.text import to_simplified
from vocab.lexicon import Sense
from vocab.narrative_terms import BREAKDOWNS, CHANNEL, GOVT_SHORT, MONEY_ASKED, NOT_ASKED_ASIDE, REPORT_SECTION_EN

# ----------------------------------------------------------------------------- records


@dataclass
class Agency:
    """What the store knows about a body."""

    name: str  # full name as in the report title, e.g. 涧西区人民政府办公室
    region: str | None  # e.g. 涧西区, 淮安市洪泽区
    aliases: list[str] = field(default_factory=list)  # other printed names


@dataclass
class Query:
    language: str  # "zh" | "en"
    agencies: list[str]  # resolved full names; [] = not named (or ranking over all)
    agency_mentioned: str | None  # words naming a body we do not hold
    years: list[int]  # resolved years; [] = not named
    relative_year: str | None  # "this" | "last" | "previous" | "before_last", before resolution
    keys: list[str]  # candidate fact keys, best first (addends for "sum")
    operation: str  # value | sum | difference | ranking | rank_columns | table | check | passage
    table: str | None  # for "table": active | requests | appeals
    wants_number: bool  # the user asks for a quantity
    alternatives: dict[str, list[str]] = field(default_factory=dict)  # key → other-format keys
    # a year written right beside a body ("涧西2020、淮安2024", "Hongze 2023 or Jianxi 2020"):
    # that body's report, when a question compares bodies of different years
    agency_years: dict[str, int] = field(default_factory=dict)
    # a name that fits bodies of different places (鼓楼区卫健局: Nanjing's and Fuzhou's): the
    # candidates, to be asked back; ``agencies`` is then empty (never a guessed body)
    agency_choices: list[str] = field(default_factory=list)
    # content words of the question that no term, body, year or cue explains: when a reading
    # leaves such words over, the answer is not sure of it (the engine asks back)
    unexplained: list[str] = field(default_factory=list)
    # the bodies (and their years) the conversation has asked about so far: "哪个多？" after
    # "沭阳2025年…" and "淮安市2024年呢？" ranks those two
    seen: dict[str, int | None] = field(default_factory=dict)
    # the item was not named, only a measure ("published in 2019"): the documents item is a guess,
    # so its readings are asked back even when they hold the same number
    guessed_item: bool = False
    # a number only the text states: the question whose words name it (rag.narrative reads them);
    # a bare follow-up ("那2024年呢？") keeps the previous turn's words
    narrative_question: str | None = None
    # an addition asked ("new ones plus those carried over", "'not held' plus …") of which only one
    # part was read, words left over: the part is offered back, never given as the total
    partial_sum: bool = False
    # a ranking of a sum ("纠正加其他结果合起来算，…哪家最多"): ``keys`` are the addends, each body's
    # total of them is ranked
    rank_sum: bool = False
    # a difference of two cells of one report ("办理总数比不予公开多多少", "of those answered, how many
    # were not refused"): ``keys`` are the minuend and the subtrahend, not two years of one key
    cell_difference: bool = False
    # the quantity is the previous turn's ("那2024年呢？"), not read from this question's words
    inherited_keys: bool = False
    # the readings the answer to this turn offered to choose from (set by the engine when it asks
    # back); a bare follow-up ("Huai'an 2024?") carries them, so it asks back again, never picks one
    offered: list[str] = field(default_factory=list)
    # the single cell the turn before this one asked for ("自然人" then "商业企业呢" then "这两个加起来":
    # the first of the two pointed back to)
    previous_keys: list[str] = field(default_factory=list)
    # the keys of the turn before that one ("自然人…" → "法律服务机构的呢" → "企业的呢？" → "三类加起来是多少")
    earlier_keys: list[str] = field(default_factory=list)
    # the year(s) the turn before this one asked of the same body ("2019年自然人…" → "2025年呢" →
    # "增加了多少": the change between the two years asked)
    previous_years: list[int] = field(default_factory=list)
    # a column asked as a part of what the turn before counted ("其中企业的", "里面企业的有多少"): the
    # next turn naming another row asks that row whole ("上年结转过来的呢"), not that column of it
    part_of_previous: bool = False
    # "Does that number include companies?" after a column's figure: the figure just given again, and the
    # cell of the column asked about (said apart, never given as the answer)
    checked_part: str | None = None
    # "表里结转下年度的写了几件？对得上吗？": one count asked, and whether the table's arithmetic around it holds —
    # the count given, then the consistency checks of its row and column
    check_too: bool = False
    # rows the asker stated with their numbers, not asked ("34 new and 2 inherited requests, … what does the
    # (七)总计 row show?"), or named as what the count asked includes ("handled, including those carried over"):
    # the learned reader's doubt toward one of them is no reason to ask back
    stated: list[str] = field(default_factory=list)
    # the quantity named is split in a way no table splits it ("coercion decisions against businesses"): no
    # cell holds it, and no learned reader is asked for one
    no_cell: bool = False
    # cells the rules read and set aside as the whole of a part asked in words no term reads ("不掌握的申请里，有多少
    # 是因为信息属于其他机关": not 不掌握 itself): a learned reader landing on one of them is no answer either
    not_the_whole: list[str] = field(default_factory=list)
    # sound-alike slips of a pinyin keyboard read as the word they sound like ("束阳" → "沭阳"):
    # (written, read) pairs, said in the answer
    mended: list[tuple[str, str]] = field(default_factory=list)
    # the turn's number was the text's own sentence, asked so ("年报里说无法提供的有几件？"): set by the engine, and
    # read by the next turn ("那其他处理的呢？" asks the same sentence again)
    from_text: bool = False
    # the cells the rules read before "per the narrative" set them aside for the text's own figure: the tables hold
    # the quantity, so an answer from the text never says they do not
    table_read: list[str] = field(default_factory=list)
    # the number the turn gave (set by the engine): "How many of them failed?" after the text's 70 sites inspected —
    # the same 70 again is the whole, not the part asked
    given_value: float | None = None
    # the single cells the conversation's answers gave, oldest first (key, value; set by the engine): "那17件里有企业提交的吗"
    # two turns after the 17 new requests points at that row, not the one just given
    values_given: list[tuple[str, float]] = field(default_factory=list)
    # the bodies the turn ranked, in order, each with its year and value (set by the engine when a ranking names its
    # winner): "最少的那家当年予以公开了几件" asks the next quantity of the body at that end, never a new ranking
    ranked: list[tuple[str, int | None, float]] = field(default_factory=list)


# ------------------------------------------------------------------------ phrase matching

_CJK = re.compile(r"[\u3400-\u9fff]")
_EN_TOKEN = re.compile(r"[A-Za-z0-9&]+")


@lru_cache(maxsize=1 << 16)
def _norm_token(tok: str) -> str:
    """Lower case and a crude singular, applied alike to questions and to lexicon phrases."""
    t = tok.lower()
    if len(t) > 4 and t.endswith("ies"):
        return t[:-3] + "y"
    if len(t) > 4 and t.endswith(("ses", "xes", "ches", "shes")):
        return t[:-2]
    if len(t) > 3 and t.endswith("s") and not t.endswith(("ss", "us", "is")):
        return t[:-1]
    return t


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(_norm_token(m.group()), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]


@dataclass
class Hit:
    start: int
    end: int
    surface: str
    payloads: list[Any]
    rank: int  # lower wins a tie in length: 0 agency, 1 term, 2 neutral


class PhraseMatcher:
    """Find every occurrence of known phrases: Chinese by characters, English by whole words."""

    def __init__(self, entries: Iterable[tuple[str, Any, int]]):
        # phrases by their whole text; per first character / token, the lengths to try
        self._zh: dict[str, list[tuple[Any, int]]] = {}
        self._zh_lens: dict[str, list[int]] = {}
        self._en: dict[tuple[str, ...], list[tuple[Any, int]]] = {}
        self._en_lens: dict[str, list[int]] = {}
        for surface, payload, rank in entries:
            self.add(_surface_key(surface), payload, rank)

    def add(self, key: tuple[str, Any] | None, payload: Any, rank: int) -> None:
        """Add one phrase by its key (``_surface_key``): the characters, or the English tokens."""
        if key is None:
            return
        kind, k = key
        table, lengths = (self._zh, self._zh_lens) if kind == "zh" else (self._en, self._en_lens)
        table.setdefault(k, []).append((payload, rank))
        lens = lengths.setdefault(k[0], [])
        if len(k) not in lens:
            lens.append(len(k))

    def find(self, text: str) -> list[Hit]:
        """Every occurrence: a dictionary lookup per start and phrase length (fast with
        thousands of body names)."""
        hits: list[Hit] = []
        for i, ch in enumerate(text):
            for n in self._zh_lens.get(ch, ()):
                # (a phrase longer than the text left: its slice would be cut short and could equal a shorter
                # phrase, recorded with the longer length)
                items = self._zh.get(text[i : i + n]) if i + n <= len(text) else None
                if items:
                    hits.append(Hit(i, i + n, text[i : i + n], [p for p, _ in items], min(r for _, r in items)))
        toks = _tokens(text)
        words = [t for t, _, _ in toks]
        tails: dict[int, list[tuple[int, list[_Tail]]]] = {}  # by first token: (end token, tails)
        ends: list[tuple[int, int, list[Any]]] = []  # (first token, end token, payloads)
        for i, tok in enumerate(words):
            for n in self._en_lens.get(tok, ()):
                items = self._en.get(tuple(words[i : i + n])) if i + n <= len(words) else None
                if not items:
                    continue
                payloads = [p for p, _ in items if not isinstance(p, _Tail)]
                tail = [p for p, _ in items if isinstance(p, _Tail)]
                if tail:
                    tails.setdefault(i, []).append((i + n, tail))
                if payloads:
                    ends.append((i, i + n, payloads))
                    start, end = toks[i][1], toks[i + n - 1][2]
                    hits.append(Hit(start, end, text[start:end], payloads,
                                    min(r for p, r in items if not isinstance(p, _Tail))))
        # a body in English is its place followed by its English name ("hong ze district" +
        # "education bureau"): the two are looked up apart and joined here, not listed as every
        # pair (which made 144 phrases a body and minutes of building at 25,000 bodies)
        for i, j, payloads in ends if tails else ():
            places = {p.name for p in payloads if isinstance(p, _AgencyRef) and p.bare_place and p.name}
            # "Shanghai's general office": the tail may follow the place's "'s"
            possessive = j < len(words) and words[j] == "s" and text[toks[j - 1][2]:toks[j][1]] in ("'", "’")
            after = tails.get(j, []) + (tails.get(j + 1, []) if possessive else [])
            for k, tail in after if places else ():
                refs = [t.ref for t in tail if t.ref.name in places]
                if refs:
                    start, end = toks[i][1], toks[k - 1][2]
                    same = next((h for h in hits if h.start == start and h.end == end), None)
                    if same is None:
                        hits.append(Hit(start, end, text[start:end], refs, 0))
                    else:  # one phrase, as when the pair was listed: its readings side by side
                        same.payloads.extend(r for r in refs if r not in same.payloads)
                        same.rank = 0
        # "Huai'an, Hongze or Shuyang": a phrase across a comma that a list goes on after ("or",
        # "and") is two items of the list, not one place ("Bureau of Bin County, Harbin" stays one)
        return [h for h in hits if not ("," in h.surface and not _CJK.search(h.surface)
                                        and _LIST_GOES_ON.match(text, h.end))]


_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:or|and|&)\s+[A-Za-z]", re.I)


def _surface_key(surface: str) -> tuple[str, Any] | None:
    """How a phrase is looked up: Chinese by its characters, English by its normalised tokens."""
    if not surface:
        return None
    if _CJK.search(surface):
        return ("zh", surface)
    toks = tuple(map(_norm_token, _EN_TOKEN.findall(surface)))  # as _tokens, without the offsets
    return ("en", toks) if toks else None


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest match wins; the chosen hits do not overlap. Returned in text order."""
    chosen: list[Hit] = []
    taken = bytearray(max((h.end for h in hits), default=0))
    lost: list[Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        if any(taken[h.start : h.end]):
            lost.append(h)
            continue
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
        chosen.append(h)
    # "对复议结果不服再去法院起诉": 对复议结果不服 lost to the longer 不服再去法院起诉, which means the same;
    # the 复议 left inside it is part of that meaning, not a quantity of its own
    absorbed = set()
    for c in lost:
        meaning = {(p.kind, p.value) for p in c.payloads if isinstance(p, Sense)}
        if not meaning or not any(w.start < c.end and c.start < w.end and w.start >= c.start - 12
                                  and {(p.kind, p.value) for p in w.payloads if isinstance(p, Sense)} == meaning
                                  for w in chosen):
            continue
        kinds = {k for k, _ in meaning}
        absorbed |= {id(h) for h in chosen if c.start <= h.start and h.end <= c.end and h.end - h.start < c.end - c.start
                     and {(p.kind, p.value) for p in h.payloads if isinstance(p, Sense)} - meaning
                     # (only a rival of the same kind: 处罚决定's 决定 still names the measure)
                     and {p.kind for p in h.payloads if isinstance(p, Sense)} == kinds and kinds <= _KEY_KINDS}
    return sorted((h for h in chosen if id(h) not in absorbed), key=lambda h: h.start)


@lru_cache(maxsize=1)
def _term_entries() -> tuple[tuple[str, Sense, int], ...]:
    return tuple((s, sense, 2 if sense.kind == "neutral" else 1) for s, _lang, sense in lexicon.terms())


# ------------------------------------------------------------------------ agency aliases


@dataclass(frozen=True)
class _AgencyRef:
    name: str | None  # None for a parent place of a held body (e.g. 淮安 when only 洪泽区 is held)
    score: float  # 3 full name, 2 place + short body, 1.5 place + 政府 for an office, 1 bare place
    is_government: bool
    bare_place: bool
    body_only: bool = False  # 科委, 市科委: no place written, so a place before it may be another one
    child: str | None = None  # for a parent place: the held body inside it
    place: str = ""  # the body's own place (淮安市洪泽区): two bodies of one place are one family
    # "health commission" for a 卫生健康局: names the body only right next to the body's own place
    loose: bool = False


@dataclass(frozen=True)
class _Tail:
    """A body's English name (without its place) that names the body only right after one of
    its own places in English: ``ref`` is then the full name's reference (PhraseMatcher.find)."""
    ref: _AgencyRef

    @property
    def name(self) -> str | None:
        return self.ref.name


# how each kind of alias (vocab.aliases) identifies its body: (score, bare place, body only)
_ALIAS_REFS: dict[str, tuple[float, bool, bool]] = {
    "name": (3, False, False), "place+body": (3, False, False), "english": (3, False, False),
    "place+short": (2, False, False), "place+government": (1.5, False, False), "place+office": (1.5, False, False),
    "english-government": (1.5, False, False), "place": (1, True, False), "english-place": (1, True, False),
    "level+short": (2, False, True), "body": (2, False, True), "short": (2, False, True),
    "english-body": (2, False, True), "english-body-loose": (1, False, True),
}


def _region_parts(region: str | None) -> list[tuple[str, str]]:
    return list(aliases_vocab.place_parts(region or "") or ())


def _agency_place(agency: Agency) -> str:
    return _place_of(agency.name, agency.region or "")


@lru_cache(maxsize=4096)
def _place_of(name: str, region: str) -> str:
    """The body's place as its name says it; the stored region when that only adds the places
    above it (江苏省淮安市洪泽区 for 淮安市洪泽区人民政府)."""
    place = aliases_vocab.split_name(name)[0]
    if place and region != place and region.endswith(place) and aliases_vocab.place_parts(region):
        return region
    return place


def _agency_entries(agency: Agency) -> list[tuple[str, _AgencyRef]]:
    place = _agency_place(agency)
    body = aliases_vocab.split_name(agency.name)[1]
    is_gov = body in aliases_vocab.GOVERNMENT_BODIES or not place
    printed = tuple(a for a in agency.aliases if a)
    out: list[tuple[str, _AgencyRef]] = []
    name = agency.name
    forms = aliases_vocab.aliases(place + body, printed, pinyin=lexicon.place_pinyin)
    if place + body != name:
        out.append((name, _AgencyRef(name, 3, is_gov, False, place=place)))
    for a in forms:
        if a.kind == "english" and a.reason == aliases_vocab.PLACE_BODY_EN:
            continue  # joined from its place and its name when matched (_Tail)
        score, bare, body_only = _ALIAS_REFS[a.kind]
        out.append((a.text, _AgencyRef(name, score, is_gov, bare, body_only, place=place,
                                       loose=a.kind.endswith("-loose"))))
    if any(a.kind == "english-place" for a in forms):
        full = _AgencyRef(name, _ALIAS_REFS["english"][0], is_gov, False, False, place=place)
        out += [(e, _Tail(full)) for e in aliases_vocab.body_english(body)]
        if body == "人民政府":  # "Hongze office": the government's report, unless its office has one
            office = _AgencyRef(name, _ALIAS_REFS["place+office"][0], is_gov, False, False, place=place)
            out += [(e, _Tail(office)) for e in aliases_vocab.OFFICE_ENGLISH]
    # parent places (淮安 for 淮安市洪泽区): known places, but not this body
    parts = _region_parts(place)
    for k in range(1, len(parts)):
        for pl in aliases_vocab.place_forms(parts[:k]) | aliases_vocab.english_place_forms(parts[:k], lexicon.place_pinyin):
            out.append((pl, _AgencyRef(None, 0.5, False, True, child=name,
                                        place="".join(st + sf for st, sf in parts[:k]))))
    return out


@lru_cache(maxsize=1 << 18)
def _keyed_agency_entries(name: str, region: str | None, aliases: tuple[str, ...]) -> tuple:
    """One body's phrases with their lookup keys, kept per body: when the store changes, only
    the bodies that are new are read again (a store of tens of thousands of bodies rebuilds
    its matcher in seconds, not minutes)."""
    return tuple((_surface_key(s), ref) for s, ref in _agency_entries(Agency(name, region, list(aliases))))


@lru_cache(maxsize=2)
def _matcher_for(agency_key: tuple[tuple[str, str | None, tuple[str, ...]], ...]) -> PhraseMatcher:
    matcher = PhraseMatcher(_term_entries())
    for name, region, aliases in agency_key:
        for key, ref in _keyed_agency_entries(name, region, aliases):
            matcher.add(key, ref, 0)
    return matcher


# --------------------------------------------------------------------------- cue words

_LIST_CUE_RE = re.compile(r"列出|列一下|整张|全表|那张表|这张表|表格形式|完整的表|给我看|看看|看一下|显示|展示|调出|打开|情况表|统计表|表[？?。]?\s*$|"
                          # ("what fee income does its table show?": a figure the table shows, not the table)
                          # (nor "What does the table's new-requests row show in the natural-person column?": a cell)
                          r"(?<!table )(?<!tables )(?<!report )(?<!table's )(?<!row )\bshow\b(?!\s+(?:in|under|for) (?:the|its) [^?]{0,30}\bcolumn\b)|\blist\b|\bdisplay\b|\bprint\b|"
                          r"\b(?:whole|full|entire|complete) table\b|\bthe table itself\b", re.I)
# "What does the table row for carrying over into next year actually show?": a cell shows its number, no table asked
_CELL_SHOWS_RE = re.compile(r"\bwhat (?:does|do|did) (?:the |its |that )?(?:table(?:'s|’s)? )?(?:[\w'’-]+ ){0,3}?(?:row|line|cell|entry)\b"
                            r"[^?]{0,80}?\bshows?\b", re.I)
_TABLE_NO_RE = re.compile(r"表\s*([二三四234])|\btable\s*([234])\b", re.I)
_TABLE_BY_NO = {"二": "active", "2": "active", "三": "requests", "3": "requests", "四": "appeals", "4": "appeals"}
# the number asked as the report's text states it ("per the narrative", "according to its write-up", "正文里说")
_FROM_THE_TEXT_RE = re.compile(r"\b(?:per|according to|in|from|by|as stated in|as told in)\s+(?:its\s+|the\s+|their\s+)?(?:(?:19|20)\d\d\s+)?"
                               r"(?:(?:report'?s?\s+)?narrative|write-?up|prose|(?:report'?s?\s+)?(?:main\s+)?text)\b(?!\s+(?:and|or)\s+(?:the\s+)?tables?\b)|"
                               # "going by the overview section", "according to the overview section of the report"
                               r"\b(?:going by|per|according to|in|from|as stated in)\s+" + REPORT_SECTION_EN + r"|"
                               # "the overview gives one combined number of …"
                               r"\b(?:the|its|their) overview(?: section| part)? "
                               r"(?:gives|states|says|mentions|reports|cites|puts|quotes|offers)\b|"
                               r"(?:按|据|根据)?(?:报告)?(?:正文|文字部分|文字叙述|叙述部分|总体情况(?:部分|一节|那一?节|那段)?|概述(?:部分)?|开头(?:部分|那段)?)(?:里|中|上)?(?:的)?"
                               r"(?:说|写|提到|所说|说的|讲|表述|的说法)", re.I)
# the table named as where the number is NOT to come from ("by the write-up rather than the table")
_NOT_THE_TABLE_RE = re.compile(r"(?:\bnot\b|\brather than\b|\binstead of\b|\bnot from\b|\bnot in\b)\s+(?:from\s+|in\s+)?(?:the\s+)?"
                               r"(?:statistical\s+)?(?:tables?|table figures?)\b|(?:而)?不是(?:看)?(?:表格|表里|表中)|不看表(?:格)?|不按表(?:格)?", re.I)
_TABLE_RE = re.compile(r"表\s*[二三四234]|\btable\s*[234]\b|表格|情况表|统计表|列表|整张表|全表|那张表|这张表|列出|表$|表[？?。]|\btables?\b|\blist (?:all|every)", re.I)
_CHECK_RE = re.compile(
    r"一致|勾稽|核对|校验|对得上|对不上|吻合|相符|矛盾|有误|有没有错|是否正确|正确吗|准确吗|平衡|检查|核实|加起来对|"
    r"\bconsisten|\binconsisten|\badd(?:s)? up\b(?!\s*(?:to\b|for\b|[:'\"‘“]))(?!\s{2,}\S|\s+(?:the|all|both|every|each|these|those|their|its|together|altogether|[a-z]+-type|[a-z]+s)\b)|\breconcil|\bverif|\bsanity\b|\bchecks?\b|\bbalance[sd]?\b|"
    r"\berrors?\b|\bcorrect\?|\bmistakes?\b",
    re.I,
)
# inspections being counted ("组织了几次…检查", "how many spot checks"): a narrative number, not a check
_COUNTED_CHECKS_RE = re.compile(r"\berrors?\b[^?？]{0,30}\b(?:fixed|corrected|rectified)\b|\b(?:fixed|corrected|rectified)\b[^?？]{0,30}\berrors?\b|错误信息|"
                                r"(?:几|多少)(?:次|场|轮|批|回)[^，。？?]{0,20}(?:检查|抽查)|(?:检查|抽查|巡查)[^，。？?]{0,6}(?:几|多少)(?:次|场|轮|批|回)|\bhow many\b[^?？]{0,60}\bcheck(?:s|ed)?\b|"
                                r"\bhow many (?:\w+ )?(?:inspections|checks|spot[- ]checks)\b|"
                                # errors fixed on a website being counted ("how many error items did Shuyang fix")
                                r"\bhow many (?:\w+ )?(?:errors?|mistakes?)\b|\b(?:errors?|mistakes?) (?:items?|entries|pieces)\b|"
                                r"(?:几|多少)(?:处|条|个)?[^，。？?]{0,10}错误|错误[^，。？?]{0,8}(?:多少|几)", re.I)
# "they check gov websites every quarter - how many sites": the checking is what was counted; only
# a word of the arithmetic (一致, add up, fail…) or no quantity asked makes a question a check
_CHECK_WEAK_RE = re.compile(r"检查|核实|核对|对一下|\bcheck(?:s|ed|ing)?\b|\bverif(?:y|ied|ies)\b|\b(?:double|cross)-?check", re.I)


# verifying one number ("想核实洪泽区2024年…案件总数", "核对一下：…予以公开的申请是9件吗？"): that number, not the checks
_VERIFY_VALUE_RE = re.compile(r"(?:核实|核对|核一下)[^。？?]{0,60}?的(?:申请|案件|件数|个数)\s*$|"
                              r"(?:核实|核对|核一下|核个数|核下数|求证|\bverify(?:ing)?\b|\bconfirm(?:ing)?\b)[^。？?]{0,60}?"
                              r"(?:总数|总计|多少|几[件个项起]|数量|数目|是\d+[件个项起]?吗|\bhow many\b|\bis it \d+\b)|"
                              r"\bquick check\b|\bcheck(?:ing)? (?:a|one|the|this) (?:cell|number|figure)\b", re.I)
_CONSISTENCY_WORDS_RE = re.compile(r"一致|勾稽|对得上|对不上|吻合|相符|矛盾|有误|有没有错|平衡|加起来对|\bconsisten|\binconsisten|"
                                   r"\badd(?:s)? up\b|\breconcil|\bbalance", re.I)
_CHECK_OUTCOME_RE = re.compile(r"(?:核对|校验|检查)\S{0,6}(?:不通过|通过|失败)|\bchecks?\b.{0,30}\b(?:fail|pass)", re.I)


_ASKS_COUNT_RE = re.compile(r"多少|(?<!哪)几(?:件|个|项|次|场|家|条|份|起|篇|期|人|成|类|宗)|是几|\bhow many\b|\bhow much\b|"
                            r"\bnumber of\b|\bminus\b|\bchange in\b|减去", re.I)


def _counted_checking(masked: str, senses: list[Sense] | None = None) -> bool:
    """Only a word of checking ("核对", "to check", "verify") beside a quantity asked of a named
    cell: the user checks a figure by asking it, the report's arithmetic is not asked."""
    if _CHECK_RE.search(_CHECK_WEAK_RE.sub(" ", masked)):
        return False
    named = any(s.kind in ("row", "item", "group", "column", "outcome", "measure") for s in senses or ())
    return bool(_ASKS_COUNT_RE.search(masked)) or (named and bool(_QUANTITY_RE.search(masked)))


_RANK_ZH = re.compile(r"(哪(?:个|些|家|一个|一家|级|里|一)?[^，。？?]{0,20}?(最多|最少|最高|最低|最大|最小|多|少|第一|靠前))|"
                      r"(谁[^，。？?]{0,20}?(最多|最少|最高|最低|最大|最小|更多|更少|第一))|谁(?:的)?(?:更)?(?:多|少|高|低)(?:一些|一点|些)?(?=[？?。，,]|\s*$)|"
                      # "淮安2024年和沭阳2025年，谁的行政诉讼多？": whose count is larger, the thing named between
                      r"谁(?:的|家的)[^，。？?吗]{1,12}?(?:更)?(?:多|少|高|低)(?:一些|一点|些)?(?=[？?。，,]|\s*$)|"
                      r"((最多|最少|最高|最低|最大|最小)的?(?:是|为|属)(?:哪|谁|[？?]|\s*$))|排名|排行|排序|排个序|第[二三四2-4](?:名|位)|排(?:在)?第[二三四2-4]|第[二三四2-4](?:多|高|大|少|低)|排一下序|排下序|排一排|第一(?:名)?(?:是|为|属)(?:谁|哪)|垫底|倒数第一|排(?:在|名)?第一|排(?:在)?最前|排首位|第一名|排(?:在)?最后|最后一名|倒数|前三(?![项类种]|个(?:理由|原因|小项))|前五(?![项类种]|个(?:理由|原因|小项))|前十(?![项类种])|名列|"
                      # "上年结转最多的一家：淮安24年、沭阳25年…": a superlative over a list of bodies
                      r"(最多|最少|最高|最低|最大|最小)的(?:一家|一个|单位|那家|那个)")
_SUPERLATIVE_RE = re.compile(r"最多|最少|最高|最低|最大|最小|\b(?:most|fewest|least|lowest|highest|largest|smallest|biggest)\b", re.I)
_RANK_EN = re.compile(r"\b(?:which|who|whose)\b.*\b(most|least|highest|lowest|fewest|largest|smallest|biggest|bigger|larger|higher|greater|smaller|lower|more|fewer|less|tops?|"
                      r"comes? (?:out )?(?:on )?top|comes? first|comes? last|ranks? first|ranks? last)\b|\brank|\btop \d|\bleaderboard\b|"
                      r"\btop (?:body|one|agency|office|government|place|spot)\b|"
                      # "Smallest carry-over … — Huaian 2024, Shuyang 2025, …?": a superlative heading a list
                      r"^\W*(?:the\s+)?(?:most|least|highest|lowest|fewest|largest|smallest|biggest)\b|"
                      # "A vs B vs C — smallest number of …": a superlative after a list of bodies
                      r"[—–:-]\s*(?:the\s+)?(?:most|least|highest|lowest|fewest|largest|smallest|biggest)\b(?=[^?]*\?)|"
                      r"\b(?:top|bottom) one\b|\brunner-?up\b|\b(?:second|third)(?: place\b|[- ](?:most|highest|largest|biggest|fewest|lowest)\b|\?)|\b(?:came|comes|was|is|ranks?|ranked|finished) (?:second|third)\b|\b(?:smallest|largest|biggest|lowest|highest|fewest|most|least) first\b|\bwho(?:'s| is) (?:top|first|highest|lowest|last)\b|\b(?:who|which)(?:'s| is| was| one is| comes?| ends? up)? at the (?:bottom|top)\b", re.I)
_DIFF_RE = re.compile(
    r"\bby how (?:many|much)\b|\b(?:went|go|goes|gone) up or down\b|\bup or down\b|"
    r"增加|减少|增长|下降|变化|变动|相比|对比|比较|增幅|降幅|多了|(?<!多)少了|差额(?!应该|就是|是不是|可能是|大概是|估计是|应是)|相差|差多少|差几|差了|差距|涨|降了|翻了|增减|"
    # "哪一年多？多多少？": how many more (never 最多多少, at most how many)
    r"(?<![最至])多多少(?!少)|多出(?:了|来)?(?:多少|几)|(?<=[，,、\s])(?:多|少)(?:了)?几(?:件|个|项|起)|"
    r"较(?:19|20)\d{2}\s*年?|较上年|较去年|\bby how much\b|\bwent (?:up|down) by\b|"
    # "what is the gap between 2019 and 2025": the difference of the two years
    r"\bgap between\b|\b(?:what|how big|how large|how wide)(?:'s| is| was)? the gap\b|"
    # "how much higher was that number in 2024": a difference with the year before asked
    # (not "How many more were refused because the info would have to be newly made?": others, counted by their reason)
    r"\bhow (?:much|many) (?:higher|lower|more(?!\s+(?:\w+\s+)?(?:were|was|got|had been)\s+(?:\w+\s+){0,2}(?:by\s[^?]{1,60}?)?(?:because|for|due to|on the grounds?|as)\b)|fewer|less|bigger|smaller|larger)\b|"
    # "2019 -> 2025 how much up?", "2019→2025涨了多少": an arrow from one year to another, a change
    r"\bhow (?:much|many|far) (?:up|down)\b|(?:19|20)\d\d\s*(?:->|→|=>|⟶)\s*(?:19|20)\d\d|"
    r"\bchange[sd]?\b|\bincreas|\bdecreas|\bgr[eo]w|\bgrowth\b|\brise\b|\brose\b|\bfell\b(?!\s+(?:through|short|apart|into|under|within)\b)|\bfall\b(?!\s+(?:under|into|within|through|short|apart|in\b(?!\s+(?:19|20)\d\d)))|"
    r"\bdrop(?:ped|s)?\s+(?:by|from|to)\b|\ba drop\b|"
    # "How much did that number drop (between the two years)?", "so how much did it drop?"
    r"\bhow much did (?:it|they|that|this|(?:the|that|this) (?:number|figure|count|total))\s+(?:drop|decline|dip|go (?:up|down)|climb|jump|shrink)\b|"
    # "How big was the drop?", "how large was the jump": the change between the two figures just given
    r"\bhow (?:big|large|steep|sharp|great|much) (?:was|is|were) (?:the|that|this) (?:drop|dip|decline|fall|jump|rise|increase|decrease|climb|change|gap)\b|"
    r"\bdifferen|\bcompar\w*|\bexceed(?:ed|s)?\b|\bmove[sd]? between\b|\bmove[sd]? from (?:19|20)\d\d\b|\bversus\b|\bvs\b|\bup from\b|\bdown from\b|\b(?:more|fewer|less|bigger|smaller|larger|higher|lower)\b.{0,80}\bthan\b|"
    r"比(?!例|重|率)[^，。？?]{0,12}?(?:多|少)|"
    # "the 2024 figure minus the 2023 figure", "2024年减去2023年"
    # ("new requests in 2025 minus new requests in 2019": the quantity said again on each side)
    r"(?:19|20)\d\d\D{0,12}(?:\bminus\b|减去|减掉)\D{0,32}(?:19|20)\d\d",
    re.I,
)
_SUM_RE = re.compile(r"\bput (?:them |these |those |it |all |both )?together\b|\blump(?:ed|ing|s)?\b[^?.]{0,60}?\btogether\b|\ball told\b|(?<=\S)\s*\+\s*(?=\S)|[（(]\s*(?:含|包括|包含|连同)(?![了有])|(?<=[\u4e00-\u9fff\s])(?<![增参追更再附施添叠])加(?=[\u4e00-\u9fff\s])(?![强快大以工班入上速重深紧急剧])|加一起|合一起|相加|加一块|加在一块|合在一块|算在一起|放一起|\badd(?:ing)? up\b|\badd\s*:|\bsum up\b|\btally\b|\btot(?:al)? up\b|一共|总共|共计|合计|加起来|加在一起|(?<![一总])共(?:办理|办了|受理|处理|几)|\bacross\b|\bboth kinds\b|合在一起|加到一起|一起算|之和|总和|合起来|加总|共有|共多少|加上|\bplus\b|\bcombine\b|\bsumm(?:ing|ed)\b|(?:不管|无论|不论)(?:是)?[^，。？?、]{1,20}?还是(?![^，。？?]{0,6}(?:19|20)\d\d)|\bin total\b|\bin all\b(?! (?:of|the|its|their)\b)|\bcount(?:ing)? both\b|\btotal of\b|\btotal\b(?=[^?？]{3,60},[^?？]{3,40}\b(?:and|plus|&)\b)|\bcombined\b|\baltogether\b|\bsum\b|\btogether\b|\badded\b|"
                     # "how many were not processed either because they duplicated … or because they asked …": the
                     # requests of either kind, counted together
                     r"\beither because\b[^?]{3,160}?\bor because\b|\bfor either (?:of )?(?:these|those|the|the two|two) (?:reasons|grounds)\b|"
                     # "add the 'not held' requests and the …", "add them", "…, total?", "in all"
                     r"\badd (?:them|these|those|the|both|all|it)\b|\bsummed\b|\bin all\b|"
                     # "For Huai'an 2024 add petitions-type, repeat requests and the 'asked to confirm again' ones"
                     r"\badd(?:ing)?\b(?=[^?？]{2,80}(?:,|\band\b|\bplus\b|&))|"
                     # "total disclosure disputes, counting reviews and lawsuits?"
                     r"\bcounting\b(?=[^?？]{2,60}(?:,|\band\b|\bplus\b|&))|"
                     r"(?:[,.;:—–-]\s*|^)total\s*[?？.!]?\s*$|"
                     # "Total those three upheld counts.", "total up these"
                     r"^\W*(?:(?:please|now|ok|okay|so|and)[,\s]+)*total\s+(?:up\s+)?(?:those|these|them|all|both|the (?:two|three|four))\b", re.I)
_QUANTITY_RE = re.compile(
    r"多少|(?<!哪)几(?!乎)|数量|总数|件数|数目|个数|[条次场篇家项期份]数(?!据|字)|金额|总额|比例|占比|百分|数字|数据|"  # 哪几份: which, a list
    r"\bhow many\b|\bhow much\b|\bhow often\b|\bnumber\b|\bnumbers\b|\bcount\b|\btotal\b|\bamount\b|\bfigures?\b|\bpercentage\b|\bshare\b|\bproportion\b|\bsum\b|"
    r"\bwhat did\b[^?？]{0,40}\b(?:collect|charge|take in|bring in|spend)\b|\bwhat did\b[^?？]{0,80}\bcost\b|"
    # "And what did its administrative fees come to that year?": an amount
    r"\bwhat (?:did|do|does)\b[^?？]{0,50}\b(?:come to|amount to|add up to|total)\b|\b(?:10k|10,000|ten thousand) yuan\b|\byuan\b|万元|"
    # "What satisfaction rating did users give the website?": a rating or a rate is a number
    r"\bwhat (?:\w+ )?(?:rating|score|rate|percent)\b",
    re.I,
)
_PASSAGE_RE = re.compile(
    r"问题|不足|改进|措施|做法|如何|怎么|怎样|为什么|原因|哪些方面|举措|经验|亮点|成效|计划|打算|下一步|概况|总体情况|介绍|"
    r"说明|内容|主要|工作|方面|情况怎样|什么|推进|推动|加强|提升|做了|开展|"
    r"\bproblems?\b|\bissues?\b|\bimprov|\bmeasures?\b|\bsteps?\b|\bhow (?:did|do|does|is|are|was|were|has|have)\b|"
    r"\bwhy\b|\bwhat did\b|\bdescrib|\bsummar|\bexplain|\bplans?\b|\bapproach|\befforts?\b|\bpromot|\binitiative|"
    r"\bwhat was done\b|\bwhat (?:are|were) the\b|\bwhat kind\b|\bshortcoming|\bweakness|\bchalleng|\btell me about\b",
    re.I,
)
# breakdowns the tables never make (applicants by sex, requests by channel or month) and
# forecasts (vocab.narrative_terms): only the text could state them, never the table's total
_BREAKDOWN_RE = re.compile("|".join(f"(?:{p})" for p, _ in BREAKDOWNS), re.I)
# quantities the tables do not hold (averages, durations, ratios): the narrative may state them
_NOT_IN_TABLES_RE = re.compile(
    r"平均|天数|时长|多久|多长时间|(?:用|花|过|等|拖)了?(?:几|多少)天|(?:几|多少)天(?:才|后才|之后才|就)|比例|占比|百分比|百分之|百分数|几成|比率|[\u4e00-\u9fff]率|%|％|"
    # a count of bodies or units ("多少家单位"): the tables count requests and cases, never bodies
    r"(?<![哪这那])(?:多少|几)\s*家(?!次|\s*[（(/／]\s*件)|"
    r"\bper[- ]capita\b|人均|\bper (?:person|resident|head|inhabitant)\b|\baverage\b|\bmedian\b|中位数|\bmean(?= (?:number|value|time|count|figure|of|days|processing|response|duration)\b)|\bthe mean\b|\bon mean\b|\bdays\b|\bhow long\b|\bpercentage\b|\bproportion\b|\bratio\b|\bshare of\b|\brate\b|"
    r"\bper ?cent\b|\bwhat (?:share|fraction|part)\b|\bfraction of\b|"
    # a ratio of two counts ("是2023年的几倍", "How many times more …"): a multiple, not the difference
    r"几倍|多少倍|\bhow many times (?:more|as many|as much|higher|larger|bigger|greater|over)\b|\bby what factor\b|"
    # quantities of government at large that these reports do not tabulate
    r"财政收入|财政支出|一般公共预算|预算|GDP|生产总值|人口|工资|薪酬|编制|工作人员|员工|职工|"
    r"\bgdp\b|(?<!\bfee )(?<!\bfees )\brevenues?\b|(?<!\bfee )(?<!\bfees )\bincome\b|\bbudgets?\b|\bspending\b|\bexpenditures?\b|\bpopulation\b|"

    r"\bsalar(?:y|ies)\b|\bwages?\b|\bstaff\b|\bemployees?\b|\bheadcount\b|\bworkforce\b",
    re.I,
)
_RATE_RE = re.compile(r"[\u4e00-\u9fff]率(?!先)|"
                      # per head of population ("Per 10,000 residents", "每万人"): a rate no table prints
                      r"\bper (?:10,?000|100,?000|1,?000|ten thousand|hundred thousand|thousand|million|capita|head|resident|person|inhabitant)s?\b|"
                      r"每(?:万|十万|千|百万)(?:个)?(?:人|居民|人口|常住人口)|人均|万人(?:均|平均)", re.I)
# quantities only the narrative may state, read on the whole question (their words may contain a
# term: 信息处理费 holds 处理): the information-processing fee, scores, ranks, compensation
NARRATIVE_ONLY_RE = re.compile(
    r"信息处理费|处理费|排名第|第几名|考核|评估得|得分|多少分|评分|赔偿|主动撤回|"
    # the departments' own normative documents a gazette carried (部门规范性文件: no item of table 二, which counts
    # the government's 行政规范性文件)
    r"部门规范性文件|\bdepartment(?:al)? normative documents?\b|\bnormative documents? (?:of|from|by) (?:the )?departments\b|"
    # the clean-up of information already published ("清理掉的过期政府信息", "out-of-date items taken down")
    r"过期(?:的)?(?:政府)?信息|过时(?:的)?(?:政府)?信息|\bout-of-date (?:items|information|info|content|posts)\b|"
    r"\b(?:outdated|expired|obsolete) (?:items|information|info|content|posts)\b|"
    r"\bwithdrawn by (?:the )?(?:applicants?|requesters?)(?: themselves)?\b|\bpulled (?:their|the|its) (?:requests?|applications?) back\b|"
    r"\bdisclosure fees?\b|\bprocessing fees?\b|\b(?:info(?:rmation)?[- ])?handling (?:fees?|charges?)\b|\bscored?\b|\bassessment\b|\bcompensation\b|\bdamages\b|"
    # a review of documents before they are released is not an administrative review (行政复议)
    r"\b(?:release|publication|pre-?release|pre-?publication|pre-?publishing|content|confidentiality|secrecy|"
    r"legality|fair competition|compliance|attribute|status|property|document) (?:reviews?|checks?|vetting)\b|发布前审查|保密审查|合法性审查|公平竞争审查|公开属性|属性审查|"
    # "went through a review of their disclosure attribute": the attribute review, said the long way
    r"\b(?:reviews?|reviewed|checks?|checked|vetting|vetted|screening|screened) (?:of|for) (?:their|its|the|each|every) (?:disclosure |publication |release |openness )?"
    r"(?:attributes?|status|classification|category)\b|"
    # "its 2020 power-and-service review" (梳理权力运行和政务服务): a sorting of the work, not a reconsideration
    r"\bpower[- ](?:and[- ]service|operations?|service|running|exercise)[- ](?:reviews?|sorting|mapping|inventory|lists?)\b|"
    # the channels and events of the narrative (rag.narrative reads their numbers), never a table cell
    r"公报|新闻发布会|发布会|微博|微信|公众号|培训|访问量|浏览量|热线|直播|\bnew-media\b|"
    # (not "asking for a published book or gazette": the 不予处理 ground of requests for publications)
    r"(?<!book or )(?<!books or )(?<!published )\bgazettes?\b|\bpress (?:conferences?|briefings?)\b|\bweibo\b|\bwechat\b|\btraining\b|\bpage views?\b|"
    r"\bhotlines?\b|\blive ?streams?\b", re.I)
# the words that ask for a cause, in every form ("what made/motivated …", "how come", "哪里做错了")
_WHY_WORDS = (r"为什么|为何|为啥|什么原因|\bwhy\b|\bwhat (?:caused|explains|made|led (?:to|them)|motivated|drove|prompted)\b|"
              r"\bwhat (?:held|kept|slowed) (?:them|it|those|these|things|the \w+) (?:up|back|down)\b|\bwhat held up\b|什么耽误了|被什么耽误|卡在哪|"
              r"\bon what (?:grounds?|basis)\b|\bfor what reasons?\b|\bhow come\b|哪里做错|错在哪|做错了什么|\bwhat (?:went|did (?:they|it|[A-Z][\w'’]+) do|was done) wrong\b")
WHY_RE = re.compile(_WHY_WORDS + r"|原因是|原因有|"
                    # "the reasons for …", but not "every reason added up", "all three reasons"
                    r"(?<!\ball )(?<!\bevery )(?<!\beach )(?<!\bthree )(?<!\btwo )(?<!\beight )(?<!\bfive )(?<!\bsame )"
                    r"(?<!\bwhatever the )(?<!\bwhatever )(?<!\bmatter the )(?<!\bmatter what )(?<!\bregardless of the )(?<!\bwhatever their )"
                    # ("without good reason": the printed label of 无正当理由大量反复申请 / 逾期不补正)
                    r"(?<!\bgood )(?<!\bproper )(?<!\bvalid )(?<!\bjustified )(?<!\bjustifiable )(?<!\blegitimate )"
                    r"(?<!\bfor )(?<!/)(?<!\bsecurity )(?<!\bstability )(?<!\bsafety )(?<!\bsecrecy )(?<!\bprivacy )(?<!party )(?<!\bsame )(?<!other' )(?<!other’ )(?<!other )(?<!other\" )"
                    r"\breasons?\b(?!\s+(?:added|together|combined|in total|in all|summed))", re.I)
# (not "for security reasons", "for safety/stability reasons": a row of requests withheld, named by its ground)
# "which rule / 哪个单位编制": a thing named in the text, not a count (unless a quantity is asked too)
_WHICH_THING_RE = re.compile(
    r"\b(?:which|what)\s+(?:rules?|regulations?|documents?|laws?|policy|policies|platforms?|websites?|channels?|"
    r"office|department|unit|organi[sz]ation|agency|bureau)\b(?!\s+(?:had|has|received|got|handled|made|published|"
    r"issued|saw|reported|was the (?:most|least)))|"
    r"哪(?:个|项|部|些|一)?(?:规定|文件|办法|规章|条例|制度|平台|网站|渠道|单位|部门|机构)(?![^，。？?]{0,20}?(?:最多|最少|最高|最低))",
    re.I)
# who wrote the report and how to reach them: front matter, quoted as written
_CONTACT_RE = re.compile(r"联系电话|电话|联系方式|联系地址|通讯地址|邮编|邮政编码|电子邮箱|邮箱|传真|联系人|由哪个单位编制|编制单位|"
                         r"\bphone\b|\btelephone\b|\bcontact\b|\baddress\b|\be-?mail\b|\bpostcode\b|\bfax\b", re.I)
# "how many came by email / 电话申请多少件": a count of requests by channel, not a contact detail
_COUNTED_RE = re.compile(r"\bhow many\b|\bnumber of\b|件|几个|多少个|多少次|\bnumbers\b|"
                         # "requests submitted by email vs by post": requests by channel, not a contact detail
                         r"\b(?:came|come|arrived|received|submitted|sent|filed|made|applied|asked|requests?|applications?)\s+(?:in\s+)?(?:by|via|through|over)\s+(?:e-?mail|fax|phone|post)\b|"
                         r"\b(?:e-?mail|post|fax|phone)\s+(?:vs\.?|versus|or)\s+(?:by\s+)?(?:e-?mail|post|fax|phone|letter|online)\b", re.I)


def _asks_contact(text: str) -> bool:
    return bool(_CONTACT_RE.search(text)) and not _COUNTED_RE.search(text)


_YES_NO_RE = re.compile(r"^(?:did|does|do|has|have|was|were|is)\b|吗\s*[?？]?\s*$", re.I)
# an English question that is only a noun phrase ("Shuyang 2025 broken links fixed?", "STCSM 2024
# live streams?"): on its own (not a follow-up) it asks how many, as "how many … ?" would
_NOT_TERSE_RE = re.compile(r"\b(?:what|why|how|which|who|whom|where|when|tell|describe|explain|summari[sz]e|list|show|"
                           r"give|anything|something)\b|^\W*(?:and|also|then|same|now|ok|okay)\b", re.I)


def _terse_count(text: str, language: str, body_spans: Iterable[tuple[int, int]] = ()) -> bool:
    # (the words of the body's name are not the question's: "Shanghai Science and Technology Commission 2024: replies to
    # CPPCC proposals they handled as lead or co-handler?" asks in ten words)
    named = list(text)
    for a, b in body_spans:
        named[a:b] = " " * (b - a)
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", "".join(named))
    # (a noun phrase typed on a phone asks with or without its "?", never with a full stop; "Shuyang 2025 reminders
    # sent?" is three words with its body's)
    return (language == "en" and 3 <= len(re.findall(r"[A-Za-z][A-Za-z'-]*", text)) and len(words) <= 14 and not text.rstrip().endswith((".", "!", "。", "！"))
            and not _NOT_TERSE_RE.search(text) and not _YES_NO_RE.search(text.strip())
            and not re.search(r"\b(?:can|could|would|should|will|are|is|am)\b", text.split()[0] if text.split() else "", re.I))
# "这类申请人里予以公开的几件", "of those applicants": the applicants of the turn before (its column)
_BODY_SUBJECT_RE = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:it|they|the (?:office|commission|county|city|district|government|bureau)|"
                              # "and how many did Shuyang carry into 2026?": the body named as the subject
                              r"(?-i:[A-Z][\w'’]+)(?:\s+(?-i:[A-Z][\w'’]+)){0,2})\s+"
                              r"(?!\w+\s+(?:from|for|to|of)\s+(?:them|those|these|individuals|people|persons|companies|firms))", re.I)
_POINTS_BACK_RE = re.compile(r"(?:这|那|该|此)(?:类|些|种|一类|部分|几类)(?:的)?(?:申请人|申请者|申请主体|申请)|"
                             # "那个数是所有申请人的吧？只算自然人是多少？": the figure just given, another column
                             r"^\W*(?:这|那)个(?:总)?数(?:字)?(?:是|里|中|包括|含)|"
                             # "淮安2024年同一项（全部申请人）呢": the same row, another body or column
                             r"同一(?:项|个|栏|格|行|类)|同样(?:的)?(?:那)?(?:一)?(?:项|栏|格|类)|"
                             # "那企业申请的这一类呢", "自然人这一格呢": the row asked before, another column
                             r"申请的?(?:这|那)(?:一)?(?:类|种|项|格|栏)|(?:这|那)一?(?:格|栏)(?:呢|的)|"
                             # "律所申请的里面这种有几件": the row asked before, among another applicant's requests
                             r"申请的?(?:里面|里|中|当中)[，,]?\s*(?:这|那)(?:种|类|样的?)(?:情况)?(?:的)?(?:有|是)?(?:几|多少)|"
                             # "企业申请的呢": the same row, asked of another applicant
                             r"^\s*(?:那|那么)?[\u4e00-\u9fff]{1,8}?(?:提的|提交的|递的|递交的)?申请的?呢\s*[？?]?\s*$|"
                             # "其中企业申请的（有几个）": a part of the row asked before, by who applied
                             r"^\s*(?:那|那么)?其中[\u4e00-\u9fff]{1,8}?(?:提的|提交的|递的|递交的)?申请的|"
                             r"\b(?:these|those|such|that kind of|this kind of|the same) (?:applicants?|requesters?|requestors?)\b|"
                             # "法律服务机构申请的也算在里面吗？有几件", "Does that include law firms? How many were theirs?",
                             # "Is that counting requests from companies too?": the figure just given, checked for an
                             # applicant, then that applicant's part of it
                             r"申请的?(?:也|都)?(?:算在|算|包括在|包含在|计入|在)(?:里面|里头|里边|其中|内|里)|"
                             r"\b(?:does|did|do|is|was) (?:that|it|this)(?: figure| number| count| total)? (?:include|count|cover|counting|including)\b",
                             re.I)
_FOLLOW_UP_RE = re.compile(r"^(那|那么|还有|再|又|和|与|以及)|呢[？?]?$|^(and|what about|how about|also|then)\b", re.I)

_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:年度?)?\s*(?:到|至|-|–|—|~|～|\bto\b|\bthrough\b|\buntil\b|\bthru\b)\s*((?:19|20)\d\d)(?!\d)", re.I)
_ZH_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_ZH_YEAR_RE = re.compile(r"([〇零一二三四五六七八九]{4})\s*年")

# unknown bodies: a place name (2–4 characters before an administrative suffix), and a body after it
_PLACE_SUFFIX_RE = re.compile(r"自治区|街道|[省市区县州旗镇乡]")
_STOP_CHARS = set("的在和与及跟同比对是了呢吗请问查看那么给我你们全本该各每哪这其此年度月日个、，。？！：；于从向被把让由为就也都还说")
_NOT_PLACE_ENDS = set("地社辖园景小郊片街分专城超上省都校")
# (never across a question word: "上海有几个区上线了…" counts districts, it names none)
_BODY_AFTER_RE = re.compile(r"^(?:(?:(?!几|哪|多少)[\u4e00-\u9fff]){0,8}?(?:管委会|委员会|办公室|办公厅|局|委|厅|署|中心|公司|法院|检察院)"
                            r"|(?:(?!几|哪|多少)[\u4e00-\u9fff]){2,6}?(?:区|县|镇|乡|街道)(?![直级域内属辖]))")  # (县直部门: the county's own departments)
_BODY_ONLY_RE = re.compile(r"(?:管委会|委员会|局|厅)")
_EN_BODY_AFTER_RE = re.compile(r"^\s*(?:(?!(?:were|was|is|are|be|been|told|said|asked|did|does|do|has|have|had|not|to|that|what|which|who|how|"
                                r"when|the|by|from|with)\b)[a-z&]+\s+){0,4}?(?:bureau|commission|department|committee|administration|agency|court|branch|office)\b", re.I)
_EN_PLACE_RE = re.compile(r"\b([A-Z][a-z]+(?:['’\-][A-Za-z]+)?)\s+(?i:district|county|city|province|municipality|municipal|prefecture|town|government|bureau|commission)\b")
_EN_CAPITAL_RE = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,}(?:['’\-][A-Za-z]+)?)\b")
_EN_NOT_NAMES = {
    "General", "Municipal", "Main", "China", "Chinese", "English", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "What", "Which", "How", "Who", "When", "Where", "Why",
    "Please", "Show", "Tell", "And", "Are", "The", "Did", "Does", "Was", "Were", "Can", "Could", "Would",
    "Table", "Section", "Article", "Regulations", "Government", "Office", "District", "County", "City",
    "State", "Council", "People", "Open", "Information", "Disclosure", "Annual", "Report",
}


# --------------------------------------------------------------------------- helpers


_YEAR_AS_DISTANCE_RE = re.compile(
    r"(?<=(?:19|20)\d\d)(?:\s*(?:report|年报|年度?)?)\s*[,，(（]?\s*(?:i\.e\.\s*|that is\s*)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:before|after|earlier than|later than|prior to)\s+(?:19|20)\d\d"
    r"|比\s*(?:19|20)\d\d\s*年?\s*(?:早|晚)\s*[一二两三四五六七八九十\d]{1,2}\s*年|(?:19|20)\d\d\s*年?\s*(?:之前|以前|之后|以后)的?\s*[一二两三四五六七八九十\d]{1,2}\s*年)"
    r"\s*[)）]?", re.I)


def _normalize(question: str, rewrite: bool = True) -> str:
    """Full-width to half-width, traditional to simplified, one line (and the phrasings of
    ``_REWRITES`` rewritten, unless ``rewrite`` is False)."""
    text = unicodedata.normalize("NFKC", question).strip()
    if _CJK.search(text):
        text = _t2s(text)
    text = re.sub(r"\s+", " ", text)
    # "洪 泽24年", "沭阳 县": a lone Chinese character split off by a space is the word's own
    text = re.sub(r"(^|[^\u4e00-\u9fff])([\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", r"\1\2", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])", r"\1", text)
    text = _spelling(text)
    text = _ZH_YEAR_RE.sub(lambda m: "".join(_ZH_DIGITS[c] for c in m.group(1)) + "年", text)  # 二〇二四年
    text = _short_years(text)
    text = _self_corrected(text)
    text = _story_years_dropped(text)
    text = _first_of_comparison(text)
    # "the 2019 report, six years before 2025", "2019年（比2025年早六年）": a year said again as its
    # distance from another; the other year is not asked
    text = _YEAR_AS_DISTANCE_RE.sub(" ", text)
    # "2023 -> 2024": from the one year to the other
    text = re.sub(r"((?:19|20)\d\d)\s*(?:->|→|=>|-->|—>|~>)\s*((?:19|20)\d\d)", r"from \1 to \2", text)
    if len(set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))) >= 2:
        # "from 2023 to 2024, how much did it drop": the difference of the two years
        text = re.sub(r"\bhow much did (?:it|they|that|this|the (?:number|count|figure|total)) (?:drop|fall|rise|grow|increase|decrease|"
                      r"go (?:up|down)|change)\b", "difference", text, flags=re.I)
        # "从2023年到2024年变化了多少": the difference between the two years, not the 本年增/减 column
        text = re.sub(r"变化了?多少|变了多少|变动了?多少|增减了?多少|增减(?:情况|数)?是?多少", "相差多少", text)
        # "2024年底比2023年底增减了几件": the same, counted in pieces
        text = re.sub(r"(?:变化|变动|增减)了?几(?=件|个|项|条)", "相差几", text)
        # "从23年到24年增加了几件", "2023年到2024年减少了多少": the 增/减 of the two years, not the column's
        text = re.sub(r"(?:增加|减少|下降|增长|上升|降低|提高)了?(?=多少|几)", "相差", text)
        # "drop between 2023 and 2024", "go up between 2019 and 2025", "how much did 2025 differ from 2019"
        text = re.sub(r"\b(?:drop(?:ped)?|f[ae]ll(?:en)?|r[io]se|risen|(?:go|goes|went|gone) (?:up|down)|gr[eo]wn?|grow|"
                      r"shr[aiu]nk|shrink|climb(?:ed)?|jump(?:ed)?|differ(?:ed)?|increase[sd]?|decrease[sd]?)\b"
                      r"(?=[^.?!]*\b(?:from|between)\b)", "change", text, flags=re.I)
        if re.search(r"\b(?:between|from) (?:19|20)\d\d (?:and|to) (?:19|20)\d\d\b", text, re.I) and re.search(r"\bhow much\b", text, re.I):
            # "Between 2019 and 2025, how much did the number of requests … go up?": the two years said first
            text = re.sub(r"\b(?:(?:go|goes|went|gone) (?:up|down)|r[io]se|risen|f[ae]ll(?:en)?|gr[eo]wn?|grow|climb(?:ed)?|jump(?:ed)?|"
                          r"increase[sd]?|decrease[sd]?|drop(?:ped)?)\b(?=\s*[?？.!]?\s*$)", "change", text, flags=re.I)
        # "（2024减2023）", "(24减23)": the later year minus the earlier, the difference's own order
        text = re.sub(r"[（(]\s*((?:19|20)?\d\d)\s*年?\s*(?:减去?|-|−|minus)\s*((?:19|20)?\d\d)\s*年?\s*[)）]",
                      lambda m: " " if int(m.group(1)[-2:]) > int(m.group(2)[-2:]) else m.group(0), text)
        # "2024年减2023年是多少": the later year minus the earlier, asked unbracketed
        text = re.sub(r"((?:19|20)\d\d)\s*年?(?:的)?\s*(?:减去?|减掉)\s*((?:19|20)\d\d)\s*年?(?:的)?",
                      lambda m: f"{m.group(1)}年与{m.group(2)}年相差" if int(m.group(1)) > int(m.group(2)) else m.group(0), text)
        text = re.sub(r"\b(?:the\s+)?change\b(?=[^.?!]*\b(?:from|between)\b)|\bchanged\b(?=[^.?!]*\b(?:from|between)\b)",
                      "difference", text, flags=re.I)
    text = _TABLE_REMARK_RE.sub(" ", text)
    # "正文写不予公开35件，表里只看自然人那一列，…合计是多少": what the text states, said before the table's cell asked
    text = re.sub(r"(?:报告)?(?:正文|文字部分|文中|总体情况)(?:里|中|部分)?(?:写|写的是|写着|说|提到|讲)(?:的是)?[^，,。；;？?]{0,16}?\d+\s*件"
                  r"[，,；;]\s*(?=(?:但|可|而|不过|但是|可是)?(?:表里|表中|表格里|表格中|表格|表上|表三|表内))", " ", text)
    # "正文写了办结件数，表三里（七）总计印的是多少", "正文说了行政诉讼的件数，表四里两类起诉的总计加起来是多少": the text's
    # count named (no number), the table's cell asked
    text = re.sub(r"(?:报告)?(?:正文|文字部分|文中|总体情况)(?:里|中|部分)?(?:写了|说了|提到了|讲了|写明了|给了|给出了)[^，,。；;？?\d]{0,16}?"
                  r"[，,；;]\s*(?=(?:但|可|而|不过|但是|可是)?(?:在)?(?:表里|表中|表格里|表格中|表格|表上|表[二三四]|表内))", " ", text)
    if _APPEALS_WORDS_RE.search(text):
        # "行政复议 总计几件（含上年度结转的那种）": the appeals' total, cases carried over from before said to be in it —
        # never the requests carried over (another table) added to it
        text = re.sub(r"[（(]\s*(?:含|包含|包括|连同|including|incl\.?)\s*[^）)]{0,16}?(?:结转|carried[- ]over|pending from)[^）)]{0,10}[）)]", " ", text, flags=re.I)
    # "办理结果（六）其他处理 里第3小项「其他」": the path down to the line asked, not the results' total
    text = re.sub(r"办理结果\s*(?:里|中|的|下|栏|部分)?\s*(?=[（(][一二三四五六七][)）]|(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)"
                  r"[^。？?，,]{0,12}?(?:第\s*[1-8一二三四五六七八]\s*(?:小)?项|[1-8][.、．]|“|「|'|\"))", "", text)
    # "申请办理结果表中，予以公开的": the table of outcomes named as where the row is (not row 七's total)
    text = re.sub(r"(?:申请)?办理(?:结果|情况)(?:统计)?(?=(?:表|那张表|这张表|表格)(?:中|里|里面|上|内))", "", text)
    text = _TABLE_AS_SOURCE.sub(" ", text)
    if re.search(r"\b(?:reviews?|reconsiderations?|lawsuits?|litigations?|suits?)\b", text, re.I):
        # "Adding reviews, direct lawsuits and post-review lawsuits, how many disclosure disputes…":
        # the appeals named are the disputes counted
        text = re.sub(r"\b(?:(?:information[- ])?disclosure )?disputes?\b", " ", text, flags=re.I)
        # "reconsideration applications … about information disclosure": the table counts only those
        text = re.sub(r"\b(?:that|which)?\s*(?:were|was|are|is)?\s*(?:about|over|concerning|regarding|related to|relating to|to do with)\s+"
                      r"(?:government\s+)?(?:information[- ]disclosure|info(?:rmation)? disclosure|disclosure(?: of (?:government )?information)?|"
                      r"open government information)\b", " ", text, flags=re.I)
    # "carried into 2024 from the year before" came in: "carried over from 2023"
    text = _INTO_FROM_PREVIOUS.sub(lambda m: f"carried over from {int(m.group(1)) - 1}", text)
    # "2025年 从2024年转入、接着办的申请": what came over from the year before (the later year's 上年结转)
    text = re.sub(r"(?:从|由|自)\s*((?:19|20)\d\d)\s*年(?:度)?\s*(?:转入|转过来|结转过来|转来|带过来|转进来|接过来)(?:的)?",
                  lambda m: "上年结转的" if str(int(m.group(1)) + 1) in text else f"{int(m.group(1)) + 1}年上年结转的", text)
    text = _FROM_INTO_NEXT.sub(lambda m: f"{m.group(1)} over from {m.group(2)} into {m.group(3)}"
                               if int(m.group(3)) == int(m.group(2)) + 1 else m.group(0), text)
    # "How many came over unfinished from the prior year?": carried over from it
    text = _CAME_OVER_RE.sub("carried over from", text)
    # "carry forward to be finished after 2025": carried forward (their finishing is next year's, not this year's results)
    text = _FORWARD_TO_FINISH_RE.sub(r"\1 to next year", text)
    if "表三" in text or "table 3" in text.lower() or re.search(r"第\s*[（(][一二三四五六七][)）]\s*项", text):
        text = _REQUEST_GROUP_NO_RE.sub(lambda m: _REQUEST_GROUP_NO[m.group(1)], text)
        # "三（六）3 其他": the group's sub-item printed 3
        text = re.sub(r"(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)\s*([1-8])(?![\d件个条项%.])"
                      r"(?!\s*(?:到|至|~|～|–|-|、|，|,)\s*[1-8])", r"\1第\2项", text)
    return _rewritten(text, _REWRITES) if rewrite else text


# a correction in mid-question ("… 'info unclear' type? no — 'needs creation' ones", "2024... sorry 2025",
# "采购？不对，是规范性文件"): what follows the marker replaces what came just before it
_CORRECTION_RE = re.compile(r"(?:[?？,，.…;；:：]|\s)\s*(?:no|nope|sorry|oops|I mean\b|actually|scratch that|wait|"
                            r"不对不对|不对|不是不是|说错了|打错了|更正一下|口误)\s*(?:[—–\-,，:：…]+|\.{2,}|(?=(?:19|20)\d\d(?!\d)))\s*(?:是|I mean\b|make (?:that|it)\s+)?", re.I)
_CLAUSE_START_RE = re.compile(r"[:：;；]|(?:19|20)\d\d\s*年?\s*(?:report\s*)?[:：,，]?")


def _self_corrected(text: str) -> str:
    """The question with a mid-question correction applied: the year, or the words of the clause,
    the asker took back are dropped."""
    m = None
    for c in _CORRECTION_RE.finditer(text):
        if re.fullmatch(r"\W*(?:no|nope|wait|actually)\s*", c.group(), re.I):
            continue  # "Is there no 2025 report?": no correction without a mark after the word
        m = c
    if m is None or not text[m.end():].strip():
        return text
    before, after = text[: m.start()], text[m.end():]
    if re.match(r"\s*(?:19|20)\d\d(?!\d)", after):  # "Shuyang 2024... sorry 2025": the year taken back
        y = list(re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?", before))
        if y:
            return before[: y[-1].start()] + after.strip() + " " + before[y[-1].end():].strip(" .…")
        return before + " " + after
    if re.match(r"\s*[^，,。？?\d]{0,8}?(?:19|20)\d\d(?!\d)", after):
        # "沭阳24年…不对，沭阳县2025年，…": the body said again with the year meant — the year taken back
        y = list(re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?", before))
        if y:
            return before[: y[-1].start()] + " " + after.strip() + " " + before[y[-1].end():].strip(" .…")
    starts = [c.end() for c in _CLAUSE_START_RE.finditer(before)]
    cut = starts[-1] if starts else 0
    # "…呢，也是2024年吗？不对，我要的是…": a question taken back whole, from the comma before it
    seps = [x.end() for x in re.finditer(r"[，,。；;]", before)]
    if seps and re.search(r"[吗吧嘛]\s*$", before) and len(before) - seps[-1] <= 20:
        cut = seps[-1]
    return before[:cut] + " " + after


# "我2024年底帮我妈给沭阳县政府写过申请，想问下2025年沭阳…": the asker's own story before the question
# proper; its year is when the story happened, not the report asked for (when the question names one)
_ASK_MARK_RE = re.compile(r"(?:想|我想|就想)?问(?:一)?下|想问问|想问|请问|我想知道|想知道|想了解(?:一)?下?|想查(?:一)?下|"
                          # "…写过申请，所以好奇：2025年…": the curiosity said, the question after it
                          r"(?:所以|就|有点|挺|很)?好奇(?:一下)?(?=\s*[：:，,])|"
                          r"\b(?:I(?:'d| would) like to know|I want to know|my question is|(?:can|could) you tell me)\b", re.I)
_STORY_RE = re.compile(r"我|俺|\b(?:I|my|me|we|our)\b", re.I)
_STORY_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?(?:底|初|末|年底|年初|年中|上半年|下半年|的时候|那会儿?)?")


# "我想对比洪泽区2023年和2024年…的申请数，先说2023年有几件", "I want to compare 2023 and 2024 … — first, 2023?": a
# comparison announced, one year asked first (its count, not the change)
_FIRST_MARK_RE = re.compile(r"(?:先说|先看|先问|先查|先讲|先告诉我|先给我(?:说|讲|看)?)(?:一下)?|"
                            r"\b(?:first(?:ly)?|first of all|to (?:start|begin)(?: with)?|start(?:ing)? with|let'?s start with|begin(?:ning)? with)\b", re.I)
_COMPARE_PLAN_RE = re.compile(r"(?:我)?(?:想|要|打算|准备)?(?:对比|比较|比一比|比一下|做个对比|做对比)(?:一下)?|"
                              r"\b(?:I(?:'d| would)? (?:like|want|need|am going|'m going) to |let me |I'll )?compar(?:e|ing)\b|\bversus\b|\bvs\.?(?=\s)", re.I)
_YEAR4_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_APPEALS_WORDS_RE = re.compile(r"复议|诉讼|起诉|官司|\b(?:reviews?|reconsiderations?|lawsuits?|litigations?|suits?|appeals?|courts?)\b", re.I)


def _first_of_comparison(text: str) -> str:
    """"我想对比洪泽区2023年和2024年…，先说2023年有几件", "Hongze 2023 versus 2024: first, how many … in 2023?": a
    comparison announced, one year asked first — that year's count, not the change (the other year is next)."""
    for m in _FIRST_MARK_RE.finditer(text):
        before, after = text[:m.start()], text[m.end():]
        if not _COMPARE_PLAN_RE.search(before) or len(set(_YEAR4_RE.findall(before))) < 2 \
                or len(set(_YEAR4_RE.findall(after))) != 1:
            continue
        before = re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)\s*年?\s*(?:和|与|跟|及|、|and|with|to|vs\.?|versus)?\s*", " ", before, flags=re.I)
        return _COMPARE_PLAN_RE.sub(" ", before) + " " + after
    return text


def _story_years_dropped(text: str) -> str:
    m = _ASK_MARK_RE.search(text)
    if m is None or m.start() == 0:
        return text
    before, after = text[: m.start()], text[m.end():]
    if not (_STORY_RE.search(before) and _STORY_YEAR_RE.search(before) and _STORY_YEAR_RE.search(after)):
        return text
    return _STORY_YEAR_RE.sub("", before) + text[m.start():]


def _rewritten(text: str, rewrites: list) -> str:
    """``text`` through ``rewrites`` until nothing changes (at most three rounds): openings one after
    another ("您好，记者想对比一下：…", "Hi, I'm a student… Caller asks: …")."""
    for _ in range(3):
        before = text
        for pattern, replacement in rewrites:
            text = pattern.sub(replacement, text)
        if text == before:
            break
    return text


# a row of table 三 named by its printed number: "第（三）项" is 不予公开 (not after "第二十条", whose
# （一）…（八） are items of table 二)
_REQUEST_GROUP_NO = {"一": "予以公开", "二": "部分公开", "三": "不予公开", "四": "无法提供", "五": "不予处理", "六": "其他处理",
                     "七": "办理结果总计"}
# table 三's top rows by their printed number ("一、本年新收…", "二、上年结转…", "四、结转下年度继续办理")
_TOP_ROW = {"一": "本年新收政府信息公开申请数量", "二": "上年结转政府信息公开申请数量", "四": "结转下年度继续办理"}
_TOP_ROW_EN = {"一": "new requests received", "二": "requests carried over from the previous year",
               "四": "requests carried forward to the next year"}
for _rows in (_TOP_ROW, _TOP_ROW_EN):  # (written with digits too: "row 2 of table 3")
    _rows.update({d: _rows[c] for d, c in (("1", "一"), ("2", "二"), ("4", "四"))})
_REQUEST_GROUP_NO_RE = re.compile(r"(?<!条)(?<!条第)第?\s*[（(]([一二三四五六七])[)）]\s*项?")
_INTO_FROM_PREVIOUS = re.compile(r"\b(?:carr(?:y|ied|ies)|br(?:ing|ought)|roll(?:ed)?|mov(?:e|ed))\s+(?:over\s+|forward\s+)?in(?:to)?\s+"
                                 r"((?:19|20)\d{2})\s+from\s+(?:the\s+)?(?:year before|previous year|prior year|"
                                 r"preceding year|last year|year earlier)\b", re.I)
_FROM_INTO_NEXT = re.compile(r"\b(carr(?:y|ied|ies)|br(?:ing|ought)|roll(?:ed)?)\s+from\s+((?:19|20)\d{2})\s+into\s+((?:19|20)\d{2})\b", re.I)
_CAME_OVER_RE = re.compile(r"\b(?:came|come|comes|coming|rolled|spilled|spilt)\s+(?:over\s+)?(?:still\s+)?(?:unfinished\s+|pending\s+|open\s+|unresolved\s+)?"
                           r"from(?=\s+(?:the\s+)?(?:year before|previous year|prior year|preceding year|last year|(?:19|20)\d{2})\b)", re.I)
_FORWARD_TO_FINISH_RE = re.compile(r"\b(carr(?:y|ied|ies|ying)\s+(?:them\s+|it\s+)?(?:forward|over))\s+(?:from\s+(?:19|20)\d\d\s+)?(?:to be|for being|so as to be)\s+"
                                   r"(?:finished|completed|handled|processed|dealt with|closed|concluded|resolved)\b"
                                   r"(?:\s+(?:after|in|into|during|next|the following|the next)\s*(?:(?:19|20)\d{2}|year|the next year|the following year)?|\s+later)?", re.I)
# the table named as where a number is read, not asked for ("per the table", "表格里的"): a value
_TABLE_AS_SOURCE = re.compile(r"[,，]?\s*\b(?:per|according to|in|from|on|as in|as per)\s+(?:the\s+)?(?:report'?s?\s+)?tables?\b(?:\s*(?:[234]|three|two|four)\b)?|"
                              r"\btable (?:figures?|numbers?|values?|counts?)\b|\b(?:the\s+)?table'?s (?:figures?|numbers?)\b|"
                              r"(?:根据|按照?|按)?(?:年报)?(?:表格|表)(?:里|中|上)(?:的|填的|写的)?|"
                              r"[（(]?\s*(?:按|据|照|看)(?:年报)?(?:表格|表)(?![一二三四五六七八九\d])(?:的)?(?:数|数字|口径|来)?\s*[）)]?", re.I)
# a remark in brackets on what the table notes ("2025年的年报里是多少？（那张表注明含上年度结转）", "(the table notes it
# includes cases carried over)"): how the table counts, not the quantity asked
_TABLE_REMARK_RE = re.compile(r"[（(]\s*(?:那张|这张|该|此|那个|这个)?(?:表格?|年报|报告)(?:上|里|中|里面)?(?:有)?(?:注明|写明|标注|标明|备注|注了|注|说明|写着|写了|写的是)"
                              r"[^（）()]{0,40}[）)]|"
                              r"\(\s*(?:the |that |this )?(?:table|report)(?:'s footnote)? (?:notes?|says|states|marks|footnotes?|mentions)\b[^()]{0,80}\)", re.I)
_MONEY_Q = re.compile(MONEY_ASKED, re.I)
# a year written with two digits, as people write it ("19年", "23年度", "'19", "FY23"): the
# reports' years run from 2008 (the regulation) on, so 08–39 are 20xx; "近10年", "10年来" and
# "过去15年" are spans of years, not years
_SHORT_YEAR_ZH = re.compile(r"(?<![\d.%－\-/:：近过这前后多每第满半数几共约达用历经])(?<!过去)(?<!除去)(?<!减去)(?<![^办市县区府委局厅镇乡]在)(?<!^在)(0[89]|[1-3]\d)\s*(年度?)(?!来|间|内|以来|之久|多(?!了|少|出|多|几件|几个|几项|几条|几起)|左右|前|后)"
                            # "10年里" is a span; "上海市府办19年里谁最少" is a body's year
                            r"(?:(?<=年)(?=里)(?<=[办市县区府委局厅镇乡][0-9][0-9]年)|(?!里))")
_SHORT_YEAR_EN = re.compile(r"(?:(?<=\s)|^)(?:['’‘]|FY\s?)(0[89]|[1-3]\d)\b", re.I)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Every English word of the vocabulary (its terms and the narrative's words): what a
    misspelt word of a question is corrected to."""
    from vocab.narrative_terms import EN_FILLER

    words = {w for term, lang, _ in lexicon.terms() if lang != "zh" for w in re.findall(r"[a-z]+", term.lower())}
    return frozenset(w for w in words | set(EN_FILLER) if len(w) >= 4)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS})


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every English word the reader knows anywhere (its cues — "fewest", "newest" — its terms,
    its names): never "corrected"."""
    import vocab.aliases
    import vocab.narrative_terms

    src = "".join(open(m.__file__, encoding="utf-8").read() for m in (sys.modules[__name__], lexicon, vocab.narrative_terms,
                                                                       vocab.aliases))
    return frozenset(re.findall(r"[a-z]{4,}", src.lower())) | _english_words() | _EVERYDAY_EN


# everyday words of what an answer is wanted for, never a slip of a word of the vocabulary ("a trend slide" is not a side)
_EVERYDAY_EN = frozenset("slide chart graph table sheet spreadsheet memo brief briefing email letter story piece column "
                         "lecture poster video podcast survey quiz exam "
                         # ("how many new requests landed on its desk": never "handed")
                         "landed landing lands".split())


def _spelling(text: str) -> str:
    """A lower-case English word of five letters or more that the vocabulary lacks, one edit from
    exactly one word it has, is that word (a letter dropped, doubled, swapped or mistyped).
    Capitalised words (names of bodies and places) are left alone."""
    vocab, known = _english_words(), _known_words()

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in known or any(w.endswith(x) and w[: -len(x)] in vocab for x in ("s", "es", "ed", "d", "ing", "ly")):
            return w  # a word of the vocabulary, or an inflection of one
        near = _one_edit(w) & vocab
        return next(iter(near)) if len(near) == 1 else w

    return re.sub(r"(?<![A-Za-z'’])[a-z]{5,}(?![A-Za-z'’])", fix, text)


# "hongze district in 23, how many …": a two-digit year after "in", with nothing counted after it
_SHORT_YEAR_IN_EN = re.compile(r"\b(in|for|during)\s+(1[5-9]|2\d)(?=\s*(?:[,?.;:!]|$|\s+(?:report|annual|and|vs\.?|versus|or|compared)\b))", re.I)


def _short_years(text: str) -> str:
    text = _SHORT_YEAR_ZH.sub(lambda m: f"20{m.group(1)}{m.group(2)}", text)
    if not _CJK.search(text) or re.search(r"[A-Za-z]{3,}", text):
        text = _SHORT_YEAR_IN_EN.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)
    return _SHORT_YEAR_EN.sub(lambda m: f"20{m.group(1)}", text)


# phrasings that name two rows of the table at once: spelled out as the sum they mean
_ROLES_EN = (r"reporter|journalist|student|researcher|lawyer|attorney|operator|call[- ]?cent(?:er|re) (?:agent|operator)|"
             r"volunteer|resident|teacher|professor|citizen|analyst|consultant|official|civil servant|staff member|clerk|"
             r"blogger|writer|local|businessman|business owner|entrepreneur|retiree|parent|villager")


def _names_only(m: re.Match[str]) -> str:
    """A self-introduction dropped, the names in it kept ("…research about Jiangsu." → "Jiangsu")."""
    # (with the lower-case words of a body's name after it: "the Shanghai science commission", "Hongze district government")
    names = [w for w in re.findall(r"\b[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z][A-Za-z'’-]+|science|technology|sci-tech|commission|committee|general|"
                                   r"office|government|govt|district|county|city|municipal|bureau|department))*", m.group(0))
             if w not in ("I", "I'm", "I’m", "Hello", "Hi", "Hey", "Dear")]
    return " ".join(names) + (" " if names else "")


# who the asker is ("Hello, I am student doing research about Jiangsu.", "I'm a reporter working on a
# piece about business transparency:", "您好，我是12345热线的话务员，"): not the quantity asked
_SELF_INTRO_EN = re.compile(r"(?:^|(?<=[。！？!?；;])|(?<=\.\s))\s*(?:(?:hello|hi|hey|good (?:morning|afternoon|evening))\s*[,!.]?\s*)?"
                            r"(?:I(?:'m|’m| am)|im|this is|we(?:'re| are))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:" + _ROLES_EN + r")s?\b"
                            r"[^.:;!?\d]{0,100}?[.:;!]\s*(?=\S)", re.I)
_SELF_INTRO_ZH = re.compile(r"(?:^|(?<=[。！？!?；;])|(?<=\.\s))\s*(?:(?:您好|你好|老师好|领导好)[，,!！\s]*)?(?:(?:我是|本人是|我们是|作为|这里是|这边是)[^，,。：:？?]{0,20}?"
                            r"(?:话务员|接线员|坐席|客服|热线|记者|学生|研究生|研究人员|老师|律师|工作人员|员工|志愿者|居民|市民|村民|网友|公务员|小编|编辑|通讯员|运营)"
                            r"(?:的?[^，,。：:？?]{0,6})?[，,。：:])+\s*")
_ACK = (r"(?:好的|好吧|好|嗯+|哦+|噢|行|明白了?|知道了|收到|了解了?|谢谢(?:您|你|啦)?|多谢|感谢|"
        r"(?:ok(?:ay)?|thanks?(?: you)?|thx|got it|great|cool|alright|all right|perfect|nice)(?![A-Za-z]))")
# who asks, how, and thanks: the question's framing (also dropped for the narrative, _unframed)
# read before the framings: a course's assignment, a check's purpose, why the asker needs the figure
# (kept out of _FRAME_REWRITES, whose patterns the kind reader's features are fitted on)
# "与总计", "和表里的合计": the total named as what a count is checked against ("…与总计对得上吗？"); the rewrites drop it, the
# engine's doubt guard (rag.engine._TOTAL_AS_CHECK) reads it in the raw question
TOTAL_CHECKED_AGAINST_ZH = r"(?:与|和|跟|同)(?:表中|表里|表内)?(?:的)?(?:总计|合计|总数)(?:数|栏|列)?"


# "第（三）项最后一小项", "不予处理的最后一项"; "the last sub-item under withheld": a group's last numbered line, said so (the
# rewrites number it; the engine lets the learned reader's doubt yield to it as to a numbered sub-item)
LAST_LINE_ZH_RE = re.compile(r"((?:第)?[（(](?:三|四|五|六)[)）](?:项)?|不予公开|无法提供|不予处理|其他处理)(?:里|中|下|里面|下面|当中)?(?:的)?\s*"
                             r"(?:最后|最末|末尾)(?:的)?(?:一|那一?)?(?:个)?(?:小项|项|行|栏|格|子项|分项)")
LAST_LINE_EN_RE = re.compile(r"\b(?:the\s+)?(?:very\s+)?last\s+(?:numbered\s+)?(?:sub-?items?|sub-?rows?|sub-?lines?|lines?|items?|rows?)\s+"
                             r"(under|of|in|within|beneath|below)\s+(?:the\s+)?(?:(?:row|item|group|heading)\s*)?"
                             r"(\((?:iii|iv|v|vi|3|4|5|6|三|四|五|六)\)|withheld|withholding|not disclosed|unable to provide|could ?n[o']t provide|"
                             r"not processed|other handling|不予公开|无法提供|不予处理|其他处理)", re.I)


def asks_last_line(question: str) -> bool:
    """The question names a group's last numbered line ("第（三）项最后一小项", "the last sub-item of row (四)")."""
    return bool(LAST_LINE_ZH_RE.search(question) or LAST_LINE_EN_RE.search(question))


def _last_sub_item_en(m: re.Match) -> str:
    """"the last sub-item under withheld" → "sub-item 8 under withheld" (the group's own word kept)"""
    n = _LAST_SUB_ITEM.get(m.group(2).lower().replace("’", "'"))
    return f"sub-item {n} {m.group(1)} {m.group(2)}" if n else m.group(0)


# the groups of table 三 that hold numbered lines, by the names and numbers a question gives them (their line counts
# are the lexicon's, REQUEST_SUB_ITEMS: "the last sub-item of …" is the group's last line)
_GROUP_NAMED = {"三": "withheld", "四": "unable", "五": "not_processed", "六": "other",
                "不予公开": "withheld", "无法提供": "unable", "不予处理": "not_processed", "其他处理": "other",
                "(iii)": "withheld", "(3)": "withheld", "(三)": "withheld", "withheld": "withheld", "withholding": "withheld",
                "not disclosed": "withheld", "(iv)": "unable", "(4)": "unable", "(四)": "unable", "unable to provide": "unable",
                "could not provide": "unable", "couldn't provide": "unable", "couldnt provide": "unable", "(v)": "not_processed",
                "(5)": "not_processed", "(五)": "not_processed", "not processed": "not_processed", "(vi)": "other", "(6)": "other",
                "(六)": "other", "other handling": "other"}
_LAST_SUB_ITEM = {name: len(lexicon.REQUEST_SUB_ITEMS[group]) for name, group in _GROUP_NAMED.items()}


_PRE_FRAME = [
    # "行政诉讼里除了复议后起诉的，还有几件？": the rest of the whole once that part is set aside (nothing else named after
    # 还有 — not "除了新闻发布会，还开了多少场通气会")
    (re.compile(r"除了?(?:去)?([^，,。？?]{1,15}?)(?:以外|之外)?(?:的)?[，,]\s*(?=还(?:有|剩|剩下)?(?:多少|几)(?:件|个|项|起)?(?:呢)?\s*[？?]?\s*$)"), r"\1以外的，"),
    # "My uncle runs a small law firm in Huai'an and he's curious — in 2024 how many …": the story ends where the
    # curiosity is said (the body it names kept, as a sentence before the question)
    (re.compile(r"(?<=[A-Za-z'’)])\s*[,，]?\s*(?:and\s+|so\s+)?(?:he|she|they|I|we)(?:'s|’s| is| are|'re|’re|'m|’m| am| was| were)\s+"
                r"(?:just\s+|really\s+|a bit\s+|kind of\s+)?(?:curious|wondering)\s*[—–:：-]+\s*(?=[A-Za-z\d])", re.I), ". "),
    # "I run social media for a small lab, curious: STCSM 2024 — how many followers …": who asks, then the question
    (re.compile(r"^\W*I\b(?:'m|’m| am| run| work| manage| handle| look after| do| help)\b[^:：?？]{0,80}?[,，]?\s*(?:just\s+|so\s+|and\s+)?(?:curious|wondering)\s*[:：—–-]+\s*", re.I),
     # (a story naming a body stays: "I work at a law firm in Huaian, curious: how many …")
     lambda m: m.group(0) if re.search(r"huai'?an|shuyang|hongze|jianxi|shanghai|stcsm|luoyang|hexi|淮安|沭阳|洪泽|涧西|上海|洛阳", m.group(0), re.I) else ""),
    # "cases where the request was still unclear after correction": 无法提供 › 补正后申请内容仍不明确
    (re.compile(r"\b(requests?|applications?) that (?:still )?(?:weren'?t|were not|was not|wasn'?t|remained un|stayed un)\s*clear (?:even )?after "
                r"(?:correction|being corrected|amendment|supplementing|a correction)\b", re.I), "requests still unclear after correction"),
    (re.compile(r"\b(?:cases|ones|requests|applications) (?:where|in which|when) (?:the )?(?:request|application)s? (?:(?:was|were|remained|stayed|is|are) )?"
                r"still (?:unclear|vague|not clear) after (?:correction|being corrected|amendment|being amended|supplementing|a correction)\b", re.I),
     "requests still unclear after correction"),
    # "沭阳县2025年呢？按统计表的新收数，不含结转。": the table's cell named by its source, no table asked
    (re.compile(r"(?:按|按照|根据|以)(?:统计表|表格|表三|表里|表中|表)(?:里|中|上)?的(?=[^，。？?]{1,10}(?:数|件|几|多少|[，,。]|$))"), ""),
    # "How many requests did Huai'an end up handling in 2024?": handled
    (re.compile(r"\b(?:end|ended) up (handl|process|answer|deal)(?:ing)?(?= |$)", re.I), lambda m: {"handl": "handle"}.get(m.group(1).lower(), m.group(1))),
    # "How many requests did the Shanghai General Office roll over at the end of 2019?": carried into the next year
    (re.compile(r"\broll(?:ed)? over at the end of\b", re.I), "carry forward into the next year at the end of"),
    # "what number of requests received a partial disclosure?": partly granted (the verb, not the received row)
    (re.compile(r"\b(?:received|got|were given|obtained)\s+(?:a\s+)?partial disclosures?\b", re.I), "were partially granted"),
    (re.compile(r"\b(?:received|got|were given|obtained)\s+(?:a\s+)?full disclosures?\b", re.I), "were granted in full"),
    # "how many times did the court rule against the city": the court's verb (corrected), no rule, no regulation
    (re.compile(r"\brul(?:e|es|ing) (?=against\b)", re.I), "ruled "),
    # "…由上年转入的申请是几件？不要结转到下一年的那个数": what is not asked, said after the question — an aside
    (re.compile(r"([？?])\s*(?:不要|不是|而不是|并非)(?!吗)([^？?。！!]{2,24}?)\s*[。！!]?\s*$"), r"（不是\2）\1"),
    # "I'm a local reporter, just checking background — how many press conferences …?": who asks, before a dash
    (re.compile(r"^\W*(?:hi|hello)?[,!\s]*(?:I'?m|I am|we'?re|we are)\s+(?:a|an)\s+(?:local\s+|freelance\s+|student\s+|junior\s+|retired\s+)?"
                r"(?:journalist|reporter|student|researcher|teacher|lawyer|resident|citizen|blogger|clerk|volunteer|official)"
                r"(?:\s*,\s*(?:just\s+)?(?:checking|curious|wondering|asking|looking into)\b[^—–?？.:]{0,30}?)?\s*[—–]+\s*", re.I), ""),
    # "the (7) total in the requests table": row (七) 总计 by its printed number
    (re.compile(r"(?<!row )(?<!line )\(\s*(?:7|vii)\s*\)\s+(?=(?:grand\s+)?total\b)", re.I), "row (7) "),
    # "…how many info disclosure applications came in? doing a school project on Luoyang", "…? it's for a school
    # project", "…？在写课程论文": what the asker is working on, said after the question (never table 二's projects)
    (re.compile(r"(?<=[?？])\s*(?:it'?s|this is|(?:i'?m|i am|we'?re|we are)(?: (?:just|currently|now))?|am|just|(?:i'?m |i am )?(?:doing|working on|writing))"
                r"\b[^?？]{0,40}?\b(?:school|class|course|uni|university|college|homework|assignment|thesis|dissertation|paper|essay|article|"
                r"research|study|seminar)\b[^?？]*$", re.I), ""),
    (re.compile(r"(?<=[?？])\s*(?:我)?(?:在|正在|是为了|为了|用来)?(?:做|写|交)[^？?]{0,16}?(?:作业|论文|课题|课程|报告|调研|研究|文章)[^？?]*$"), ""),
    # "…是多少件？按勾稽关系，它加上结转下年度应等于新收加上年结转。": the table's rule said after the question (its terms are
    # not asked)
    (re.compile(r"(?<=[？?])\s*(?:(?:按|根据|按照)(?:表三左上角写的)?勾稽关系[，,]?\s*)?[^。？?]*?(?:应该|应当|应|正好|刚好)(?:等于|=)[^。？?]*[。.!！]?\s*$"), ""),
    # "Hang on, I meant the total.": the pause before a correction
    (re.compile(r"^\W*(?:hang on|hold on|one sec(?:ond)?|just a sec(?:ond)?)\s*[,!.—–-]+\s*(?=I (?:meant|mean)\b)", re.I), ""),
    # "…有几件？我记得好像是189？": the asker's own figure to confirm, said after the question
    (re.compile(r"(?:有)?(?:几件|多少件?|几个|多少)\s*[？?]\s*我(?:记得|印象中|印象里|好像记得)(?:好像|似乎|大概)?(?:是)?(\d+)(?:件|个)?\s*[？?吧吗]*\s*$"), r"是\1件吗？"),
    # "Hang on, I meant everyone - the total including companies.": the total column
    (re.compile(r"\bI meant everyone\b\s*[-—–,:]*\s*(?:the )?total(?: including [\w' ]+?)?(?=\s*[.?!]|$)", re.I), "I meant the total"),
    # "搞错年份了，我要看2025年报告里的": a correction, the year meant
    (re.compile(r"(?<=[，,。\s])我(?:要|想)看(?=\s*(?:19|20)\d\d)"), "我要的是"),
    (re.compile(r"(?<=年)(?:的)?(?:报告|年报)(?:里|中|上)的(?=\s*[。？?！!]?\s*$)"), "的"),
    # table 三's own rule, its rows by their numbers ("第一项加第二项之和等于第三项加第四项之和"): 一 new, 二 carried over, 三 the
    # results' total, 四 carried forward ("淮安市2024年那个“第四项”的数字", "“第三项加第四项之和”应该是多少")
    (re.compile(r"^[^。？?]*?[“\"]第一项加第二项之和(?:等于|=)第三项加第四项之和[”\"][。，,；;]?\s*"), ""),
    (re.compile(r"[“\"]?第三项加第四项(?:之和)?[”\"]?(?=[^。？?]{0,12}(?:多少|几))"), "办理结果总计加结转下年度继续办理"),
    (re.compile(r"[“\"]?第一项加第二项(?:之和)?[”\"]?(?=[^。？?]{0,12}(?:多少|几))"), "本年新收加上年结转"),
    (re.compile(r"(?:那个)?[“\"]第四项[”\"](?:的数字|的数)?(?=[^。？?]{0,6}(?:多少|几))"), "结转下年度继续办理"),
    (re.compile(r"(?:按|根据|按照)(?:表三左上角写的)?勾稽关系[，,：:]\s*"), ""),
    (re.compile(r"\brow 3(?: total)? plus row 4(?: total)?\b", re.I), "total handled plus carried forward to next year"),
    (re.compile(r"\brow 1(?: total)? plus row 2(?: total)?\b", re.I), "new requests received plus carried over"),
    # "做一个关于保密审查的小课题，需要洪泽区的数据：…": what the asker is working on, before the colon
    (re.compile(r"^\W*(?:我)?(?:在|正在)?做(?:一个|个|一篇|篇)?(?:关于)?[^：:，,。？?]{1,14}?(?:的)?(?:小)?(?:课题|研究|论文|作业|报告|调研|文章)[，,]?\s*"
                r"(?:需要|要用|想要|想找)?[^：:？?]{0,14}?[：:]\s*"), ""),
    # "social-welfare / public-interest organisations": one column, said twice
    (re.compile(r"\bsocial[- ]welfare\s*/\s*(?=public[- ]interest)", re.I), ""),
    # "给了全部或部分信息的": granted in full or in part, both rows
    (re.compile(r"(?:给了?|提供了?|公开了?)?全部或者?部分(?:信息|公开)?(?:的)?(?=[^。？?]{0,8}(?:合计|一共|总共|加起来|加一起|共|多少|几))"), "予以公开和部分公开的"),
    # "2023年那份年报上写的是多少？": that year's report, its figure
    (re.compile(r"(?<=年)(?:的)?(?:那份|这份|那一份)?(?:年报|报告)(?:上|里|中)(?:写|印|填|列)(?:的|着)(?=是|有)"), "的"),
    # "被认定为信访、举报、投诉而不予处理的": the petition row's own words, listed — one row, not parts added
    (re.compile(r"信访[、，,/和及]\s*举报[、，,/和及]\s*投诉"), "信访举报投诉"),
    # "部分公开的先别算，完完整整公开的有几件？": what is set aside first, then the count asked
    (re.compile(r"(?:^|(?<=[，,。？?]))\s*[^，,。？?]{1,12}?(?:先别算|别算|先不算|先不管|别管|先放一边)(?:了)?[，,]\s*"), ""),
    # "凡是没有被全部公开的（部分公开也算在内）加起来", "every outcome that wasn't a full release": every result but 予以公开
    (re.compile(r"(?:凡是)?(?:没有|没|未)(?:被)?(?:全部|完全|全)(?:予以)?公开(?:的)?(?:\s*[（(][^）)]{0,14}[）)])?"), "部分公开、不予公开、无法提供、不予处理和其他处理"),
    # "Lump together …. How many requests is that?": the sum the sentence before asks for
    (re.compile(r"(\b(?:lump(?:ed|ing)?|add(?:ed|ing)?|put|combin(?:e|ed|ing))\b[^.?]{0,200})\.\s*(?:so\s+)?how many(?: requests| applications| cases)? "
                r"(?:is|are|was|were) (?:that|those|this|these)(?: in total| altogether)?\s*\?", re.I), r"\1, how many in total?"),
    (re.compile(r"\b(?:every|each|all(?: the)?) (?:outcome|result|request|case)s? that (?:wasn['’]t|was not|weren['’]t|were not) (?:a )?full(?:y)? "
                r"(?:release|disclosure|grant|granted|disclosed|released)s?\b", re.I),
     "partially granted plus withheld plus unable to provide plus not processed plus other handling"),
    # "Give me only the brand-new 2025 ones" (after a count holding the carried-over ones): the newly received
    (re.compile(r"\bbrand[- ]new\b(?:\s+((?:19|20)\d\d))?\s+ones\b", re.I), r"newly received \1 ones"),
    # "Only the new 2025 ones?": the new ones, of that year (never a year between "new" and what is new)
    (re.compile(r"\b(new|newly received|fresh)\s+((?:19|20)\d\d)\s+(ones|requests|applications)\b", re.I), r"\1 \3 of \2"),
    # "…加起来是多少？正文说法人或其他组织8件，我想对一下。": why it is asked, said after the question
    (re.compile(r"(?<=[？?])\s*(?:报告)?正文(?:里|中)?(?:说|写|提到|称)[^。？?]{0,30}?[，,]?\s*我想(?:对|核|核对|比对|对照)(?:一下|下)?[。.!！]?\s*$"), ""),
    # "年报正文写“共受理749件”，我怀疑这里面含了上年结转。表三“本年新收”那一行…", "正文说全年收到了若干件申请，表三第一行…": what
    # the text states (and the asker's doubt of it), said before the table's cell asked
    (re.compile(r"(?:报告|年报|报)?正文(?:里|中)?(?:写|说|称|提到)(?:的是|了)?“?[^。？?”]{0,20}?(?:\d+|若干)\s*件(?:申请)?”?[，,。]\s*"
                r"(?:我(?:怀疑|猜|觉得|估计|想)[^。？?]{0,30}[。，,]\s*)?(?=表[一二三四])"), ""),
    # "表三第一行的总计列": the rows of table 三 by their order (一 new, 二 carried over, 四 carried forward)
    (re.compile(r"(表三)(?:的|里|中)?第(?:一|1)行"), r"\1本年新收那一行"),
    (re.compile(r"(表三)(?:的|里|中)?第(?:二|2)行"), r"\1上年结转那一行"),
    (re.compile(r"(表三)(?:的|里|中)?第(?:四|4)行"), r"\1结转下年度继续办理那一行"),
    # "上海市府办2025年：新收1295件加上年结转189件，应该等于办结数加结转下年度数。结转下年度那一格印的是多少？": the table's
    # own rule stated before the cell asked (its terms are not added)
    (re.compile(r"(?<=[:：])\s*[^。？?:：]*?(?:应该|应当|应|正好|刚好)?(?:等于|=)[^。？?]*[。；;]\s*(?=[^。？?]*(?:多少|几))"), ""),
    # "…during 2025? the table figure pls, not the small processing fee": which figure is wanted, said after the question
    # (its "the table figure" may be cut already: "the   pls, not the small processing fee")
    (re.compile(r"(?<=[?？])\s*(?:(?:the|just the)\s+(?:table(?:'s)?\s+(?:figure|number|cell|one)\s*)?)?(?:(?:pls|please|plz)\s*)?[,，]?\s*"
                r"(?:not|rather than) (?:the )?(?:small |tiny |little )?(?:information[- ])?processing fees?(?: one)?\s*[.!]?\s*$", re.I), ""),
    # "正文里说的“办结”件数，在表三里对应（七）总计，那一格是多少？": the text's count named, the table's cell asked
    (re.compile(r"(?:报告)?正文(?:里|中)?(?:说|写|提到)的[^，,。？?]{1,14}?[，,]\s*在?(表[一二三四])(?:里|中)?对应"), r"\1里"),
    # "And the total handled that year, including the carried-over ones?": what the handled total holds by itself
    # (the carried-over requests handled are in it), not a sum asked
    (re.compile(r"(\b(?:handled|processed|answered|dealt with|completed|concluded)\b[^?,]{0,30}?)\s*,?\s*(?:including|counting|incl\.?|with) "
                r"(?:the )?carried[- ]over (?:ones|requests|applications|cases)(?: too| as well)?(?=\s*[?？.!]?\s*$)", re.I), r"\1"),
    # "搞错了，我其实想看淮安市2024年的": a correction, the body and year meant said after it
    (re.compile(r"(?<=[，,。\s])我(?:其实|本来|原本)(?:是)?(?:想看|想查|想问|想要|要看|要查|要问)(?:的是)?"), "我要的是"),
    # "wow and 2024??", "ok cool, and Shuyang?": a word of surprise or thanks before a follow-up
    (re.compile(r"^\W*(?:wow|whoa|woah|huh|hmm+|oh|ah|ok(?:ay)?|cool|nice|great|interesting|thanks|thank you|thx|got it)\b[\s,!.~]*"
                r"(?=(?:and|what about|how about|then|so)\b|(?:19|20)\d\d\b)", re.I), ""),
    # "… — how many? the corrected ones are a different column i think": the asker's aside on a neighbouring column,
    # after the question
    (re.compile(r"(?<=[?？])\s*(?:(?:and|but)\s+)?(?:the\s+)?[\w'‘’\"“” -]{1,30}?\s+(?:ones?\s+)?(?:are|is)\s+(?:a\s+|in\s+a\s+)?"
                r"(?:different|another|separate|other)\s+(?:column|row|line|item|cell)s?\b(?:[,\s]*(?:i think|i believe|right|i guess|no\?))?\s*[.!?]*\s*$", re.I), ""),
    # "What about the remaining 'other' line?" after the two named sub-items of 其他处理: the 'other' line itself
    (re.compile(r"\bthe remaining (?=['‘\"“]?other['’\"”]?\s+(?:line|sub-?item|one|row|item|category)\b)", re.I), "the "),
    # "单位让我统计一下：…", "领导叫我查下，…": who sent the asker, before what is asked (the asker's employer, not the
    # column of organisations)
    (re.compile(r"^\W*(?:我们|我)?(?:单位|公司|领导|老板|科室|处里|科里|部门|上级)(?:里)?(?:让|叫|要|要求|安排)我(?:帮忙|来)?(?:统计|查|查查|问|问问|核实|核对|整理|汇总|了解|找)"
                r"(?:一下|下)?\s*[：:，,。\s]\s*"), ""),
    # "And a year later, in 2024?", "2024 (one year on)?": the year written out; "a year later" only says how it stands
    # to the year before (never dropped without a year written: "And a year later?" is the year after, not this one)
    (re.compile(r"\b(?:a|one|1) year (?:later|on|afterwards?|after that)\b\s*[,，]?\s*(?=(?:in |for |so |i\.e\. |that is )?[^?？]{0,30}?(?<!\d)(?:19|20)\d\d(?!\d))|"
                r"(?<=(?:19|20)\d\d)\s*[(（]\s*(?:a|one|1) year (?:later|on|afterwards?)\s*[)）]", re.I), ""),
    # "…decisions?? just the number pls, no explanation needed", "…? just the name is ok": how the asker wants it
    (re.compile(r"(?<=[?？])\s*(?:(?:just|only)\s+)?(?:the\s+)?(?:number|figure|name|count|answer)s?(?:\s+only)?(?:\s+(?:is|are)\s+(?:ok|okay|fine|enough))?"
                r"(?:\s+(?:pls|plz|please))?(?:\s*[,，]?\s*no (?:explanation|details|context)s? (?:needed|necessary|required|please|pls))?\s*[.!]?\s*$", re.I), ""),
    # "citizen here, trying to see how open they are. huaian 2024: …", "Company clerk here, filling a form for my boss. …": who
    # asks and why, a sentence of its own before the one that asks (it judges nothing, names nothing asked)
    # (never a sentence naming a place or body: "Reporter here, doing a short piece on Huai'an.")
    (re.compile(r"^\W*(?:(?:just\s+)?(?:a|an)\s+)?(?:[a-z]+\s+)?(?:citizen|student|clerk|reporter|journalist|researcher|resident|teacher|"
                r"lawyer|worker|volunteer|retiree)\s+here\s*[,，]\s*(?![^.!?]*\b(?:how many|how much|what)\b)[^.!?A-Z\u4e00-\u9fff]{3,80}[.!]+\s+", re.I), ""),
    # "For the 2025 round, how many …": the year's report, its round named
    (re.compile(r"^\W*(?:for|in) the ((?:19|20)\d\d) (?:round|cycle|batch|reporting (?:round|cycle|period))\s*[,:：]\s*", re.I), r"In \1, "),
    # "日常巡检中整改了多少处": everyday ("常态化") work, said in the asker's word — the work itself is what the text names
    (re.compile(r"日常(?=(?:巡检|巡查|检查|监测|维护|更新|管理|工作))"), ""),
    # "sorry if dumb question -- Shuyang 2025, …": an apology before the question (not "Sorry, wrong place - I meant
    # Shuyang": a correction, read by the rewrites that follow)
    (re.compile(r"^\W*(?:sorry|apologies|excuse me|pardon)(?:,)?(?: if (?:this is |it'?s |it is )?(?:a |an )?(?:dumb|stupid|silly|basic|naive|newbie|obvious) "
                r"(?:question|q)| for (?:the |a |this )?(?:dumb|stupid|silly|basic|naive|newbie) (?:question|q))\s*(?:--+|[—–:,.!~]+)\s*", re.I), ""),
    # "做新媒体的 想对标一下：…": who asks and why, before the colon
    (re.compile(r"^\s*(?:我是)?(?:做|搞|干)[\u4e00-\u9fff]{1,6}的\s*[，,\s]?\s*(?:想|要)?(?:对标|对比|比较|参考|了解|学习|借鉴)(?:一下|下)?\s*[:：，,]\s*"), ""),
    # "For a consistency check on Shuyang County 2025: what do the three … sub-rows come to?": why it is asked;
    # a quantity is asked (not the checks)
    (re.compile(r"^\W*(?:for|as part of|doing|i'?m doing|running) (?:a |an |my |our )?(?:consistency|sanity|cross)[- ]?check(?:s|ing)?\s*(?:on|of|for)?\s*"
                r"(?=[^:：?]{0,60}[:：,]\s*(?:what|how many|how much|which)\b)", re.I), ""),
    # "… ? need it for the company report tomorrow": why the asker needs it, after the question
    (re.compile(r"(?<=[?？])\s*(?:I\s+|we\s+)?(?:need|needed|want|using|use) (?:it|this|that|them|the (?:number|figure|numbers|figures)) "
                r"for (?:a|an|my|our|the|his|her)\b[^?？]{0,60}$", re.I), ""),
    # "I'm a clerk at a small trading company in Huaian, we sent one …": the place told of the asker stays
    # (the framings drop who asks, and with it the place)
    (re.compile(r"^\W*I(?:'m|’m| am) (?:a|an) [^,.?!]{2,60}? (?:in|from|at) ([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s*(?=(?:we|I|our|my)\b)"),
     r"\1: "),
    # "… according to its 2025 report. can you check? thx": asking to look it up, not the report's checks
    (re.compile(r"(?<=[.?!。？])\s*(?:can|could|would) you (?:please )?(?:check|confirm|look(?: it)? up|verify|find out)(?: (?:it|that|this|for me))?"
                r"\s*[?？.]?\s*(?:(?:thx|thanks|thank you|pls|please|ty)[.!]?\s*)?$", re.I), ""),
    # "working for a consulting firm, need this: …": where the asker works, not a column of applicants
    # (never "Working at a small firm in Huaian, …": the place said there is the body asked about)
    (re.compile(r"^\W*(?:i'?m\s+|i am\s+)?working (?:for|at|in|with) (?:a|an|the|my) (?![^,:.?]*\b(?:in|from|of) [A-Z])[^,:.?]{2,40}?\s*[,:：]\s*(?:(?:i )?need (?:this|it|to know)\s*[:：,]\s*)?", re.I), ""),
    # "我在写新闻学作业：", "我在做公共管理课论文，": a course's assignment named before the question
    (re.compile(r"^\s*我(?:正)?在(?:写|做|准备)[\u4e00-\u9fff]{0,4}?(?:学|课|专业|课程|期末|期中|毕业|小组|寒假|暑假)(?:的)?(?:论文|报道|文章|稿子|课题|作业|调研)\s*[：:，,]\s*"), ""),
    # "my friend lives in Hongze, she asks: how many …": who relays the question (the place said kept as its own sentence)
    (re.compile(r"^(\W*my (?:friend|neighbou?r|mum|mom|mother|dad|father|sister|brother|aunt|uncle|cousin|colleague|grandma|grandpa|wife|husband)\b[^:：?]{0,60}?)"
                r"[,，]\s*(?:and\s+)?(?:she|he|they)\s+(?:asks|asked|wants to know|wonders|is asking|is wondering)\s*[:：,—–-]\s*", re.I), r"\1. "),
    # "Reporter asking: how many press conferences …", "Student here —": who asks, said first (no column of applicants)
    (re.compile(r"^\W*(?:(?:a|I'?m a|I am a|this is a|from a|just a)\s+)?(?:local\s+)?(?:reporter|journalist|student|researcher|teacher|"
                r"lawyer|volunteer|blogger|clerk)(?:\s+here)?(?:\s+(?:asking|writing|with a question|question))?\s*[:：—–-]+\s*", re.I), ""),
    # "Doing a comparison for my class — in the … report, how many …": what the answer is for, said first (no comparison asked)
    (re.compile(r"^\W*(?:I'?m\s+|I am\s+|we'?re\s+)?doing (?:a |some |my )?(?:comparison|comparisons|comparative (?:study|piece|exercise)|compare exercise)"
                r"(?: piece| project| table| chart)? (?:for|in|as part of) (?:my |our |a |the )?(?:class|course|school|homework|assignment|project|seminar|"
                r"paper|thesis|article|story|newsletter|boss|work|team)\s*[—–,:;.-]+\s*", re.I), ""),
    # "my friend follows 上海科技 online — STCSM 2024, how many live streams …": who the asker asks for, told before a dash
    # (its words — "online" — are none of the question's)
    (re.compile(r"^\W*(?:my|our) (?:friend|mum|mom|mother|dad|father|colleague|neighbou?r|boss|teacher|sister|brother|cousin|classmate|"
                r"roommate|flatmate|wife|husband|partner|son|daughter|uncle|aunt)\b(?![^—–?]{0,60}?\b(?:applied|asked for|requested|sued|filed|"
                r"submitted|appealed)\b)(?![^—–?:]{0,60}?\b(?:in|at|from|of|for|with)\s+(?-i:[A-Z]))[^—–?:.!;\d]{1,60}?\s+[—–]\s*(?=\S)", re.I), ""),
    # "Staff query: STCSM 2024, table 3 row (二) …", "工作人员查询：…": who asks and what kind of asking, said first
    (re.compile(r"^\W*(?:(?:staff|internal|office|desk|help[- ]?desk|audit|team|admin|data|colleague['’]?s?)\s+"
                r"(?:query|question|check|request|enquiry|inquiry|note)|(?:工作人员|内部|科室|办公室|窗口|同事)(?:查询|核对|核查|咨询|问询|提问))"
                r"\s*[:：—–-]+\s*", re.I), ""),
    # "…直播搞了多少场 哈哈 好奇", "…? thanks!": chatter after the question, none of its words
    (re.compile(r"(?:[\s，,。！!~～]*(?:哈哈+|嘿嘿+|呵呵+|嘻嘻+|纯属好奇|就是好奇|有点好奇|好奇(?:一下|而已)?|随便问问|问问而已|谢谢(?:啦|了|你)?|多谢))+"
                r"[\s。！!~～]*$"), ""),
    # "我们公司想了解下 涧西区2020年…": who asks and that they want to know (not the companies' column of a table)
    (re.compile(r"^\W*(?:我们|我)(?:公司|单位|企业|律所|机构|学校|团队|社区)(?:这边)?(?:想|要|需要|希望)?(?:了解|问问?|查查?|知道|咨询)(?:一)?下?[，,:：\s]*(?=\S)"), ""),
]

_FRAME_REWRITES = [
    # "Reporter from a local paper here: how many …": who asks, said without "I am"
    (re.compile(r"^\W*(?:an?\s+)?(?:reporter|journalist|student|researcher|lawyer|resident|citizen|civil servant|volunteer)s?\b"
                r"(?:\s+(?:from|at|with|of|for)\s+[^:?.!]{1,40}?)?(?:\s+here)?\s*[:—–-]+\s*(?=\S)", re.I), ""),
    # "…, the number in the table and not the summary one pls (summary mixes in the carried ones)": the text's figure set
    # aside, with what it mixes in — no row asked
    (re.compile(r"[,，]?\s*(?:and\s+|but\s+)?not the\s+(?:[\w'’]+\s+){0,5}?(?:summary|overview|narrative|text|write-?up)(?:['’]s)?\b[^?？]*?(?=[?？]|$)", re.I), ""),
    # "I'm comparing admin fee income across a few places. Huaian 2024 first?": the asker's purpose, one body asked at a
    # time — no difference asked
    (re.compile(r"\b(I'?m|I’m|Im|I am|we'?re|we’re|we are) comparing\b(?=[^.?!]*\b(?:across|between|among|for)\s+(?:a few|several|some|the|"
                r"these|those|different|various|\w+)\s+(?:places|bodies|districts|counties|cities|offices|governments|agencies|departments|areas)\b"
                r"[^.?!]*[.!:]\s*\S)", re.I), r"\1 looking at"),
    # "Sorry, I got that wrong: how many did it repeal in 2023?": the apology before the question asked again
    (re.compile(r"^\W*(?:(?:sorry|oops|whoops|my bad|my mistake|apologies)[\s,!.;:—–-]*)?(?:I (?:got|had) (?:that|it|this) (?:wrong|mixed up)|"
                r"I was wrong|I made a mistake|I mixed (?:it|that|them|those) up|I misspoke|I mis-?typed)\s*[:,.;!—–-]+\s*(?=\S)", re.I), ""),
    # "（七）总计是多少？我想跟本年新收数对一对。": why the number is wanted, said after the question — the cell it is to be
    # held against is not asked (unless a figure of the comparison is: "…对一对，差多少？")
    (re.compile(r"(?<=[?？])\s*(?:我|我们)?(?:想|要|打算|准备|好)(?:拿它|用它|把它|拿这个数|把这个数)?(?:跟|和|与|同)[^？?。！!]{1,20}?"
                r"(?:对一对|对一下|对对|核对(?:一下)?|比对(?:一下)?|对照(?:一下)?|对比(?:一下)?)[。.！!]?\s*$|"
                r"(?<=[?？])\s*(?:I(?:'m| am)? (?:want|need|would like|'d like|am trying|trying|try|have) to|so I can|to) (?:square|check|compare|verify|"
                r"reconcile|cross-check|match|tally) (?:it|this|that|them|the figure|the number)? ?(?:with|against|to) [^?？]*?[.!]?\s*$", re.I), ""),
    # "Oh wait, I meant 2023, sorry.": the apology said after the correction
    (re.compile(r"(?<=[\w'’])\s*[,，]?\s*(?:sorry|my bad|apologies)\s*[.!。！?？]*\s*$", re.I), ""),
    # "…newly received in the year? please leave out the ones carried over from 2024": the carried-over row ruled out
    # (its year is the origin of the carry, not a year asked)
    (re.compile(r"(?<=[?？.,，])\s*(?:please\s+|pls\s+|and\s+)?(?:leave out|exclude|excluding|not counting|don'?t count|without)\s+"
                r"(?:the\s+)?(?:ones?|those|requests|applications)\s+(?:that were\s+|which were\s+)?(?:carried|brought|rolled) (?:over|forward)"
                r"(?:\s+from\s+(?:19|20)\d\d)?\s*[.!]?\s*$", re.I), " (don't count the carried-over ones)"),
    # "What's the increase from the first year to the second?", "from the earlier year to the later one": the two
    # years of the conversation
    (re.compile(r"\bfrom the (?:first|earlier|former|older) (?:year|one) to the (?:second|later|latter|newer|more recent)(?: (?:year|one))?\b|"
                r"\bbetween the (?:first|earlier) (?:year|one) and the (?:second|later|latter)(?: (?:year|one))?\b", re.I),
     "between the two years"),
    # "hm zero? how bout 2024 then", "才3件？那2024年呢": the number just given, echoed in surprise before the question
    (re.compile(r"^\W*(?:(?:hm+|huh|oh+|wow|whoa|wait|really)\b[\s,.!]*)*(?:zero|none|nothing|only\s+\d+|just\s+\d+|(?!(?:19|20)\d\d\b)\d+)"
                r"\s*[?？!！]+\s*(?=\S)", re.I), ""),
    (re.compile(r"^\s*(?:(?:嗯+|哦+|啊|咦|诶|哇)[，,\s]*)*(?:零|才\d+|只有\d+|就\d+|(?!(?:19|20)\d\d)\d+)(?:件|个|起|项)?(?:啊|呀|吗)?[？?！!]+\s*(?=\S)"), ""),
    # "What did that number look like in 2024?": that number in 2024
    (re.compile(r"\bwhat\s+(?:did|does|do)\s+(that|this|the|those|these)\s+(number|figure|count|total|numbers|figures)\s+look\s+like\b", re.I),
     r"what was \1 \2"),
    # "Counting the 'not held' ones too, what is the whole 'unable to provide' row?": the whole row, its part said inside it
    (re.compile(r"^\W*(?:and\s+)?counting (?:the\s+)?['‘\"“]?[^,'’\"”?]{1,40}['’\"”]?(?:\s+ones?)?\s+(?:too|as well|also),\s*"
                r"(?=(?:what|how)\b[^?]{0,30}\b(?:whole|entire|full|overall|complete)\b)", re.I), ""),
    # "…WeChat account have? exact number if possible": how precise, not what
    (re.compile(r"(?<=[?？.!])\s*(?:an?\s+|the\s+)?(?:exact|precise)\s+(?:number|figure|count)s?(?:\s+(?:if|where)\s+possible|\s+please|\s+pls)?[.!]*\s*$", re.I), ""),
    # "…came in altogether? thx a lot": thanks at the end
    (re.compile(r"(?<=[?？.!])[\s,]*\b(?:thx|thanks|thank you|ty|cheers|many thanks|much appreciated)(?:\s+(?:a lot|so much|very much|in advance|heaps|again))?[\s.!]*$", re.I), ""),
    # "…'info not held by this agency'? my friend got one of those letters": a remark after the question, asking nothing
    (re.compile(r"(?<=[?？])\s*(?:my|i(?!\s+mean)|i'm|i’m|we|our|btw|lol|haha|fyi)\b(?![^?？]*\b(?:how many|how much|what|which|who|when|where|why|only|just|meant?)\b)"
                r"[^?？]*$", re.I), ""),
    # "I'm doing social media for a county office and want to compare — how many …": who asks and why
    (re.compile(r"^\s*I(?:'m|’m| am)\s+[^—–?:]{3,80}?\s+and\s+(?:want|need|would like|wanted)\s+to\s+(?:compare|know|check|see)\s*[—–:-]+\s*", re.I), ""),
    # "Hongze District (Huai'an), 2023": the district, its city in brackets
    (re.compile(r"\b((?:[A-Z][\w'’-]+\s+)(?:District|County|New Area))\s*[（(]\s*[A-Z][a-z]+(?:['’-][A-Za-z]+)?(?:\s+City)?\s*[)）]"), r"\1"),
    # "- not just the new ones?": the stock, said twice
    (re.compile(r"\s*[-–—,]\s*not (?:just|only) (?:the )?(?:new|newly (?:issued|made|published)) (?:ones?|documents?|items?)(?=\s*[?.!]|\s*$)", re.I), ""),
    # "my boss asks me (company clerk):", "my friend wants to know:": who asks, not what
    (re.compile(r"^\W*(?:my|our)\s+(?:(?:company|firm|office|department|dept|team|organi[sz]ation|school|university)(?:['’]s\s+[\w\s]{1,20}?)?|boss|manager|supervisor|colleague|co-?worker|teacher|professor|client|friend|mum|mom|dad|"
                r"father|mother|neighbou?r|editor|lecturer)\s+(?:asks?|asked|wants to know|wanted to know|wonders|is asking)"
                r"(?:\s+me)?\s*(?:[（(][^（）()]{0,40}[）)])?\s*[:：,，—–-]+\s*", re.I), ""),
    # "(I know the note says it includes carried-over ones, that's fine)", "I know the table includes carry-overs.":
    # how the table counts, granted by the asker — not the quantity asked
    (re.compile(r"\s*[（(]\s*I(?:'m| am)?\s+(?:know|aware|understand|realise|realize|get)\b[^（）()]{0,100}[）)]|"
                r"(?:(?<=[?.!])|^)\s*I(?:'m| am)?\s+(?:know|aware|understand|realise|realize)\s+(?:that\s+)?(?:the|its|this|that)\s+"
                r"(?:table|note|footnote|report|figure|number|count)\b[^?.!]{0,80}[.!]?\s*$", re.I), " "),
    # "（我知道表里含上年结转）": the same remark in Chinese
    (re.compile(r"\s*[（(]\s*(?:我)?(?:知道|明白|了解)[^（）()]{0,40}[）)]"), " "),
    # "add 'info not held' and 'would need to be newly made' together pls (both are 无法提供)": the group the parts
    # belong to, said in brackets — the parts are added, not the group's total
    (re.compile(r"\s*[（(]\s*(?:(?:both|all(?: three| two| four| of them| of these)?|each|they|these|those)\s+(?:(?:are|is|being|sit|fall|come|belong)\b\s*"
                r"(?:under|in|of|to|part of|within|types? of|kinds? of)?|under|part of|within)\b|(?:两者|二者|两项|三项|它们|这些|这几项|这两项)?(?:都|均|全)(?:是|属于|在|为|归))"
                r"[^（）()]{0,30}[）)]", re.I), " "),
    # "…in force at the end of 2024, counting all of them and not only that year's new ones?": which figure, said
    # twice (the stock, not the year's new ones), no sum
    (re.compile(r",?\s*\b(?:counting|including|i\.e\.|meaning) (?:all of them|them all|every one(?: of them)?|the whole stock)"
                r"(?:,?\s*(?:and )?not (?:only|just) [^,?.!]{0,50})?(?=[?.!]|\s*$)", re.I), ""),
    # "… how many requests from enterprises? I'm asking for a startup incubator": who the asker asks for, after the question
    (re.compile(r"(?<=[?？.!])\s*I(?:'m|’m| am) asking (?:for|on behalf of) (?:a|an|my|our|the) [\w'’ -]{2,40}[.!]?\s*$", re.I), ""),
    # "（正文的741件含结转，我要的是表格数）": what the text says, set aside for the table's cell the question names
    (re.compile(r"\s*[（(][^（）()]*(?:正文|原文|\bnarrative\b|\btext\b)[^（）()]*(?:表格|表里|表中|表上|\btable\b)[^（）()]*[）)]", re.I), " "),
    # "(need it for a report due tomorrow, sorry for the rush)", "（急用，谢谢）": a remark in brackets, not asked
    (re.compile(r"\s*[（(][^（）()]*?(?:\bsorry\b|\bthanks\b|\bthank you\b|\bpls\b|\burgent(?:ly)?\b|\brush\b|\bdeadline\b|"
                r"\bdue (?:tomorrow|today|tonight|this week|next week|(?:on |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bneed (?:it|this) (?:for|by|asap)\b|\basap\b|"
                r"\bwriting (?:an? |my )?(?:essay|paper|thesis|term paper|report|article|assignment)\b|\blol\b|\bhomework\b|\bassignment\b|"
                r"谢谢|多谢|急用|赶时间|拜托|着急)[^（）()]*[）)]", re.I), " "),
    # "— careful, the column next to it is law firms, I don't want that one": the neighbour ruled out
    (re.compile(r"\s*[,;—–-]*\s*(?:careful|note|mind you|watch out|be careful)[,:!]?\s+[^?]{0,80}?\bI (?:don'?t|do not) want "
                r"(?:that|this|those) (?:one|column|row|line|figure)s?\b[.!]?", re.I), " "),
    # "其他处理中，申请人撤回的有多少件": requests withdrawn, which only the text counts (其他处理 is where the
    # table puts them, not what is asked)
    (re.compile(r"(?:在)?[“\"]?其他处理[”\"]?(?:的)?(?:那些|这些)?(?:申请)?(?:这一?项|一项)?(?:中|里|里面|当中)[，,]?\s*(?=[^？?]*撤回)"), ""),
    # "淮安市2024年报正文说政府信息公开行政复议351件，表四复议一栏的总计是多少": what the text says, told
    # before a question about the table (the table's cell is asked)
    (re.compile(r"(?:(?:年报|报告|报)(?:正文)?|正文)(?:里|中|部分)?(?:只)?(?:说|写|写的是|称|提到|讲)(?:了)?[^。？?]{0,40}?\d+\s*[件条个项场篇]?[^。？?，,]{0,12}?[。，,；;]\s*"
                r"(?:(?:跟|和|与)表格?(?:里|中)?(?:的)?(?:数)?对不上[。，,；;]\s*)?(?=[^。？?]{0,30}?(?:表|table))"), " "),
    # "Sorry, Huai'an in 2024 is the one I'm after.": a correction naming the report meant
    (re.compile(r"\b(?:is|was|are) (?:the one|the report|what|who) I(?:'m|’m| am| was) (?:after|asking about|interested in|looking for|"
                r"asking for|talking about)\b|\bthe one I(?:'m|’m| am) (?:after|asking about|looking for)\b", re.I), " "),
    # "Shuyang's 2025 report text says 31 requests rolled over …. What number is in the … row of the table?": what
    # the text says, told before a question about the table (the body and year kept)
    (re.compile(r"(\b(?:narrative|report text|text|report|annual report)(?: itself| only)?) (?:says|said|speaks of|mentions|mentioned|"
                r"states|stated|gives|reports|puts it at|claims)\b[^.?;]*?\d+[^.?;]*?[.;]\s*(?=[^?]*\btable\b)", re.I), r"\1. "),
    # "Reporter again — how many …": who asks, not what is asked
    (re.compile(r"^\s*(?:(?:a|the|your) )?(?:reporter|journalist|caller|student|researcher|staffer|clerk|help-?desk)(?: again| here)?\s*[—–:]+\s*", re.I), ""),
    # "朋友在淮安做媒体的 让我问下 …": who the asking is relayed for
    (re.compile(r"^[^，,。？?]{0,20}?(?:让|叫|托)我(?:帮(?:他|她|忙))?(?:问下|问一下|问问|打听一下|打听下|查一下|查下)[，,。：:\s]*"), ""),
    # "除了新闻发布会，还开了多少场新闻通气会？": what is set aside, not asked
    (re.compile(r"除了?[^，,。？?]{1,15}?(?:以外|之外)?[，,]\s*(?=还)"), ""),
    # "The note says carried-over cases are included — how many direct lawsuits were there?": what a note
    # says, told before the question (not asked)
    (re.compile(r"^\s*(?:the|a|its) (?:note|footnote|notes) (?:says|said|states|stated|notes|mentions)\b[^—–?]{0,80}?\s[—–]+\s*", re.I), ""),
    # "不好意思，我问的是予以公开那一行的": a correction of the row or column just asked, said politely
    (re.compile(r"^\s*(?:不好意思|抱歉|对不起|哎呀|sorry)[，,。!！\s]*(?=(?:我)?(?:问的|想问的|要问的|说的|要的)是)", re.I), ""),
    # "…有多少条啊，听说有播放量破亿的": a remark after the question, what the asker heard — not what is asked
    (re.compile(r"(?<=[啊呀呢吗？?])\s*[，,]?\s*(?:我)?听(?:说|人说|朋友说)[^。？?！!]*[。！!]?\s*$"), ""),
    (_SELF_INTRO_EN, _names_only),
    (_SELF_INTRO_ZH, ""),
    # asking for someone else ("上礼拜帮一个人问，", "替我朋友问一下："): not the natural-person column
    (re.compile(r"(?:^|(?<=[。！？!?；;，,\s]))\s*(?:(?:上礼拜|上周|上个月|昨天|前几天|前两天|刚才|今天)[，,]?)?(?:我)?(?:是)?(?:帮|替|代)(?:我)?(?:的)?"
                r"(?:一个|一位|个|位)?(?:人|朋友|亲戚|邻居|客户|当事人|同事|家人|老人|熟人|群众|市民|居民|村民)(?:的)?(?:问|问问|打听|咨询|查|查查|查一下)(?:一下|的)?\s*[，,。：:]\s*"), ""),
    # where the asker works ("我在12345热线上班，", "本人在街道办工作。"): not the quantity asked
    # ("在洛阳上班 顺便问下 …": the 我 left out, an aside "by the way" after it)
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:(?:您好|你好)[，,!！\s]*)?(?:(?:我|本人)(?:现在|目前)?(?:在|是在)|^\s*(?=在)在)[^，,。：:？?\d]{0,4}\d*[^，,。：:？?]{1,14}?"
                r"(?:上班|工作|实习|值班|打工)(?:的)?(?:[，,。：:]|\s+)\s*(?:顺便|顺带|随便)?(?:问(?:一?下|个事|一句|问)?)?[，,。：:\s]*|"
                r"(?:^|(?<=[。！？!?；;]))\s*(?:(?:您好|你好)[，,!！\s]*)?(?:我|本人)(?:是)?(?:做|搞|从事|干)[^，,。：:？?\d]{1,14}?的[，,。：:]\s*"), ""),
    # who is asking and how ("来电群众问：", "记者想对比一下：", "Caller asks:", "journalist q:", "pls tell me"):
    # not the quantity (群众 is not the natural-person column, 对比 not a comparison of one number)
    (re.compile(r"(?:^|(?<=[。！？!?；;])|(?<=\.\s))\s*(?:帮|替|代)?(?:有)?(?:一位|一个|位|个|名)?(?:(?:来电|來電)(?:的)?(?:群众|市民|人|者)?(?:又|还|再)?(?:问|問|咨询|諮詢)(?:了|说|道)?|"
                r"(?:来电人|来电者)(?:想知道|想了解|想问|问)|"
                r"(?:有)?(?:位|个|一位|一个|名)?(?:群众|市民|居民|网友|记者|記者|同事|领导|領導|企业主|老板|当事人|申请人|学生|大学生|研究生|律师|老师)(?:又|还|再)?(?:想)?"
                r"(?:打电话|打來電話|来电|来信|留言)?(?:来)?(?:说)?(?:想)?(?:提问|发问|问|問|咨询|对比一下|對比一下|了解一下|了解|打听|求证|核实|确认)(?:一下)?(?:说)?|"
                r"请问|請問|你好|您好|麻烦问一下|麻烦|(?:我)?想(?:问|问问|了解|打听|咨询)(?:一下)?|问一下|"
                r"(?:12345)?(?:热线)?转接|(?:12345|热线)(?:热线)?转(?:来|过来)?(?:的)?(?:来电|电话|工单)?(?=\s*[：:])|12345这边|热线这边|(?:我)?听(?:人)?说(?:了)?|据说|"
                r"[^，,。：:？?]{0,10}?(?:同事|朋友|家人|老师|领导|同学|邻居)(?:很|有点|都)?(?:好奇|想知道|想问|问我)(?=\s*[：:，,])|我(?:正)?在(?:写|做|准备)(?:论文|报道|文章|稿子|课题|作业|研究|调研|报告)(?:[^，,。：:？?\s\d]{0,8}(?=[，,。：:\s]))?|"
                r"(?:学生|同学|大学生|研究生)?(?:课堂|课程|小组|寒假|暑假|毕业)?(?:作业|论文|调研|课题)(?=\s*[：:]))\s*[：:，,]?\s*"), ""),
    (re.compile(r"(?:^|(?<=[。！？!?；;])|(?<=\.\s))\s*(?:(?:a |the )?(?:caller|citizen|journalist|reporter|colleague|user|someone)"
                r"(?:\s+on the (?:phone|line))?(?:\s+(?:asks?|asked|wants to know|q|question|compare|comparing|here)|(?=\s*:))|"
                r"hello|hi|hey|pls|please|plz|quick q(?:uestion)?|q)(?![A-Za-z'’])\s*[:,\-–—]?\s*"
                r"(?:(?:pls|please|plz)\s+)?(?:(?:tell|give|show) me\s+)?", re.I), ""),
    (re.compile(r"^\s*now\s+(?=\S)", re.I), ""),
    # a hotline relay ("12345坐席转来电：", "12345转来一位市民的问题：", "12345这边转一个来电："), then who asks
    # ("市民问", "他想知道"): not the quantity (市民 is not the natural-person column)
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:12345|热线|坐席|接线员|话务员)[^：:。？?\d]{0,12}[：:]\s*"), ""),
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:(?:您好|你好)[，,\s]*)?(?:我|我们)(?:这边|这里)?(?:是|在)?\s*(?:12345|热线)[^，,。：:？?\d]{0,10}[，,：:]\s*"
                r"(?:有位|有个|一位)?(?:来电人|来电者|来电群众|来电的群众|来电市民|群众|市民)(?:问|想知道|想问|咨询)(?:一下)?\s*[:：，,]?\s*"), ""),
    (re.compile(r"(?:^|(?<=[。！？!?；;：:]))\s*(?:一位|有位|有个|这位)?(?:市民|群众|居民|网友|来电人|来电者|他|她)(?:想知道|想问问?|问|想了解|咨询)(?:一下)?\s*[:：，,]?\s*"), ""),
    # who asks, then a colon ("记者想核一下：", "学生写论文：", "记者算账："): the asker and their errand
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:我是)?(?:一名|一个|一位|位|个|名)?(?:记者|記者|学生|大学生|研究生|研究人员|老师|律师|市民|群众|"
                r"网友|居民|同事|领导|话务员|接线员|客服)[^，,。：:？?\d]{0,8}[：:]\s*"), ""),
    # "我是学生写论文 …", "我是研究生，做课题，…": the asker and their errand, without a colon
    (re.compile(r"^\s*我是(?:一名|一个|个|名)?(?:学生|大学生|研究生|记者|老师|律师|研究人员)(?:[，,\s]*(?:在|正在)?(?:写论文|写稿|写报道|写文章|做调研|做课题|做作业|做研究))?[，,：:\s]+"), ""),
    # "As a reporter I need …", "I'm a student looking at …": the asker, not the quantity
    (re.compile(r"(?:^|(?<=[.;:!?]\s))\s*as an? (?:[\w-]+\s+){0,2}?(?:" + _ROLES_EN + r")\s*,?\s*(?:I|we)\s+(?:need|want|would like|'d like|’d like)"
                r"(?: to (?:know|check|confirm|verify|see))?\s*|"
                r"\bI(?:'m|’m| am) an? (?:[\w-]+\s+){0,2}?(?:" + _ROLES_EN + r")\s+(?:looking at|reading|checking|working on|studying|writing about|"
                r"going through)\s+", re.I), ""),
    # an acknowledgement before a follow-up ("好的谢谢，那2024年呢？", "ok thanks, and 2024?")
    (re.compile(r"^\s*" + _ACK + r"(?:[\s，,。.!！~～]*" + _ACK + r")*[\s，,。.!！~～]+", re.I), ""),
    # thanks and urgency at the end ("…有几件？急用，谢谢", "… thanks in advance"): not the quantity
    (re.compile(r"(?:[\s，,。.!！~～]*(?:谢谢(?:您|你|啦|了|哈)?|多谢|感谢(?:您|你)?|辛苦(?:了|啦)?|麻烦(?:了|您了|你了)|拜托(?:了|啦)?|"
                r"急用|很急|着急|在线等|急|\bthanks?(?: you)?(?: (?:so much|very much|a lot|in advance))?|\bthx\b|\bty\b|"
                r"\bcheers\b|\bmuch appreciated\b|\bappreciate it\b|\basap\b|\burgent(?:ly)?\b))+[\s，,。.!！~～]*$", re.I), ""),
    # "(the report says it includes older ones)", "(the table says it includes carried-over ones)": what the count
    # asked holds, said aside — not a second quantity
    (re.compile(r"\s*[（(]\s*(?:(?:the|its) (?:report|table|note|text) (?:says|said|notes|states)\s+)?(?:that\s+)?(?:it|this|that|they|the (?:figure|number|count|total))\s+"
                r"(?:includes?|included|counts?|covers?|contains?)\s+(?:the\s+)?(?:older|earlier|previous|old|pending|open|carried[- ]over|ones carried over|cases carried over)"
                r"[^()（）]{0,30}[)）]", re.I), " "),
    # who sent the asker, said before the question ("My teacher wants to know: …", "Our editor asked: …")
    (re.compile(r"^\s*(?:my|our) (?:teacher|professor|tutor|lecturer|boss|editor|supervisor|manager|colleague|friend|dad|mum|mom|father|mother|"
                r"client|classmate)s? (?:wants?|needs?|would like|asked|asks|is asking|was asking|wondered|wonders)(?: (?:me|us))?"
                r"(?: to (?:know|find out|check|look up|ask))?\s*[:,\-–—]\s*", re.I), ""),
    # who sent the asker, said after the question ("…开了几场新闻发布会啊，老师让我们查的", "… my teacher asked us to find this")
    (re.compile(r"(?<=[\u4e00-\u9fff？?])[啊呀哈呢吧]?(?:[\s，,。.!！~～]+|(?<=[？?]))(?:是)?(?:我们)?(?:老师|领导|老板|同事|朋友|家人|导师|主任|科长)"
                r"(?:让|叫|要|要求|布置)(?:我|我们|咱们)?[^，,。？?]{0,6}?(?:查|问|找|看|写|统计|核对)(?:一下|下)?(?:的)?[\s。.!！~～]*$|"
                r"[\s,.;!-]+(?:my|our) (?:teacher|boss|professor|supervisor|manager|editor) (?:asked|told|wants|needs) (?:me|us)(?: to)? "
                r"(?:find|check|look up|get)(?: (?:this|it|that|out))?[\s.!]*$", re.I), ""),
    # what the asker will do with the answer, said after the question ("…一共多少件？我想算个公开率", "…did they
    # get? writing a short news piece"): not the quantity (a rate they will work out is not one asked of us)
    (re.compile(r"(?<=[？?])\s*(?:我|我们)?(?:想|要|打算|准备|是想|是要)?(?:用来|拿来|自己)?(?:算|计算|算一下|算算|写|做|比较|对比)(?:个|一下|一个)?"
                r"[^。？?]{0,12}(?:率|比例|占比|报道|稿子|文章|作业|论文|报告|课题)[。！!~～.\s]*$|"
                r"(?<=[?])\s*(?:(?:I(?:'m|’m| am)|we(?:'re|’re| are))\s+)?(?:writing|working on|doing|preparing|putting together)\s+(?:a|an|my|our|the)\s+"
                r"[\w\s-]{0,30}?(?:piece|article|story|report|essay|paper|assignment|homework|project|post)[.!\s]*$|"
                r"(?<=[?])\s*(?:I|we)\s+(?:want|need|would like|'d like|’d like)\s+to\s+(?:work out|calculate|compute|figure out)\s+[\w\s-]{0,30}[.!\s]*$", re.I), ""),
    # "收了多少信息处理费 元为单位", "（以元为单位）": the unit the answer is wanted in, not a word of the quantity
    (re.compile(r"[，,（(\s]*(?:请)?(?:以|按|用)?(元|万元)(?:为|作)单位[）)]?(?=\s*[？?。]?\s*$)"), ""),
]
_REWRITES = _PRE_FRAME + _FRAME_REWRITES + [
    # "reconsideration rulings kept the district's original answer": upheld
    (re.compile(r"\b(?:kept|keep|keeps|left|upheld|let stand|stood by)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?original\s+"
                r"(?:answer|decision|reply|response|ruling)s?\b", re.I), "upheld"),
    # "decisions that kept the government's answer as it was", "left the county's reply unchanged"
    (re.compile(r"\b(?:kept|keep|keeps|left|leave|leaves)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:original\s+)?"
                r"(?:answer|decision|reply|response|ruling)s?\s+(?:just\s+)?(?:as (?:it|they) (?:was|were|stood)|unchanged|untouched|intact)\b", re.I), "upheld"),
    # "how many requests received only partial disclosure": got (not the requests received)
    (re.compile(r"\b(requests?|applications?|ones)\s+(?:that\s+)?received\s+(only\s+)?(partial|full|complete)\s+(disclosure|release)\b", re.I),
     r"\1 that got \2\3 \4"),
    # "I meant the reason about endangering security and social stability": that reason's count, no why asked
    (re.compile(r"\b(I meant|I mean|I wanted|I was asking about)\s+the\s+(?:reason|ground)\s+(?:about|of|for|concerning|that)\s+", re.I), r"\1 "),
    # "And what did it pass on into 2020?": how many it carried into that year (a count, not a passage)
    (re.compile(r"\bwhat (did|does|do|will) (it|they|the (?:office|body|government|county|district|city)) "
                r"(pass(?:ed)? on|carr(?:y|ied) (?:over|forward)|roll(?:ed)? over|push(?:ed)?|move[d]?|bring|brought) (into|to) ((?:19|20)\d\d)\b", re.I),
     r"how many requests \1 \2 \3 \4 \5"),
    # "帮我按勾稽关系核一下：沭阳县2025年“无法提供”那三个细项加总是多少？": the sum asked, by way of checking (not the checks)
    (re.compile(r"(?:帮我|请|麻烦)?(?:按|根据|按照|用)勾稽关系(?:来)?(?:核(?:对|算)?|算|验算|对)(?:一下)?[：:，,\s]*"
                r"(?=[^？?]*(?:加总|加起来|合计|一共|总共|之和|相加)[^？?]*(?:多少|几))"), ""),
    # "2025年的呢 也是总计" after a count: that count's year changed, its column (总计) the same — not the row 办理结果总计
    (re.compile(r"(呢|吗)\s*[，,]?\s*(?:也|还|同样|一样)(?:是|要|看)?(?:总计|总数|合计)(?:数|那一?栏|那一?列)?\s*([？?]?)\s*$"), r"\1\2"),
    # "turned down one way or another - withheld, impossible to provide, or not processed at all": every way listed, added
    (re.compile(r"\b(?:one way or (?:another|the other)|in (?:any|one) of (?:these|those|the following|three|several) ways|(?:for )?whatever reason)\s*[-–—:,]+\s*(?=\S)", re.I),
     "in total: "),
    # "organisations in the residual 'other' category": the column 其他 of the organisations
    (re.compile(r"\borgani[sz]ations?\s+in\s+the\s+(?:residual\s+|catch-all\s+|leftover\s+|remaining\s+)?(['‘\"“]?others?['’\"”]?)\s+(?:category|column|group|bucket|class)\b", re.I),
     r"\1 organisations"),
    # "'other' organisations, i.e. not companies, research institutes, public-interest groups or legal service firms":
    # the columns the 'other' column is not, named to say which it is (none of them asked)
    (re.compile(r"(['‘\"“]?others?['’\"”]?\s+(?:organi[sz]ations?|orgs?|category|column|bodies|entities)\b[^?,;]{0,30}?)\s*[,;(（]?\s*"
                r"(?:i\.?e\.?,?|that is,?|meaning|namely)?\s*(?:not|excluding|other than|apart from|besides)\s+(?:the\s+)?"
                r"(?:companies|businesses|firms|enterprises|commercial enterprises)\b[^?)）]{0,120}[)）]?", re.I), r"\1"),
    # "What about the third-party-rights reason?" after a reason's count: that reason's count, no why asked
    (re.compile(r"^(\W*(?:and\s+)?(?:what|how) about (?:the\s+)?[\w'’ -]{3,40}?)\s+(?:reason|ground)s?(\s*\??\s*)$", re.I), r"\1\2"),
    # "…是多少件？按勾稽关系，它加上结转下年度应等于新收加上年结转。": the asker's own note of how the cells relate,
    # after the question — not a sum asked
    (re.compile(r"(?<=[？?])\s*(?:按|按照|根据|依)(?:表内|表格)?(?:的)?勾稽关系[，,]?[^？?]*?(?:应|应该|应当)?(?:等于|相等)[^？?]*$"), ""),
    # "把自然人、企业等各类申请人加起来": every kind of applicant, the first few named as examples
    (re.compile(r"(?:自然人|个人|企业|商业企业|公司|法人|科研机构|社会公益组织|公益组织|法律服务机构|其他组织)"
                r"(?:[、，,和及与](?:自然人|个人|企业|商业企业|公司|法人|科研机构|社会公益组织|公益组织|法律服务机构|其他组织|其他)){0,5}"
                r"等(?:各类|各种|所有|全部|各个类型的|各种类型的)(?:的)?(?:申请人|申请主体)"), "各类申请人"),
    # "上海 市府办 25年…": a place and its body's short name, typed apart
    (re.compile(r"(?<![\u4e00-\u9fff])(上海|淮安|沭阳|洪泽|涧西)\s+(?=(?:市府办|市政府|市科委|科委|县政府|区政府|县府办|区府办|市人民政府|县人民政府|区人民政府)(?![\u4e00-\u9fff]{0,1}年))"), r"\1"),
    # "先复议、后来又去法院起诉的案子": a suit after a reconsideration (not the two counted apart)
    (re.compile(r"先(?:申请|走|提起|打)?(?:了)?(?:行政)?复议(?:了)?[、，,]?\s*(?:后来|之后|然后|再|接着|随后)(?:又)?(?:去)?(?:法院)?(?:起诉|打官司|告到法院|上法院)"), "复议后起诉"),
    # "the total on line 一 of table 3", "表三第二项“上年结转”": table 三's top rows by their printed number
    (re.compile(r"\b(?:line|row|item)\s+(?:no\.?\s*)?([一二四124])(?:、)?\s+(?:of|in)\s+(?:the\s+)?table\s*(?:3|三|III)\b|"
                r"表\s*(?:格)?\s*三(?:的|里|中)?\s*第\s*([一二四124])\s*(?:项|行|大项)(?!\s*第)", re.I),
     lambda m: _TOP_ROW_EN.get(m.group(1), m.group(0)) if m.group(1) else "表三" + _TOP_ROW.get(m.group(2), m.group(0))),
    # "被告上法庭的案子，不管之前有没有复议，一共几件": lawsuits of both kinds; the review is no quantity asked
    (re.compile(r"[，,]?\s*(?:不管|无论|不论)(?:之前|此前|事先|先前|起诉前)?(?:有没有|是否|有无)(?:经过|先|先经过|走过)?(?:行政)?复议(?:过)?(?:的)?(?=[，,]|\s*(?:一共|总共|共|合计|都|加起来))"), ""),
    (re.compile(r"[,，]?\s*(?:regardless of whether|whether or not|with or without)\s+(?:there was\s+|they went through\s+|it went through\s+)?"
                r"(?:a |an |any )?(?:prior |earlier )?(?:administrative )?(?:review|reconsideration)(?: first| beforehand| came first| was sought first)?(?=[,，?]|\s+(?:in total|altogether|combined))", re.I), ""),
    # "… how many info requests came in? just a number is fine": how the answer should look, not what is asked
    (re.compile(r"(?<=[?？])\s*(?:just |only )?(?:a |the )?(?:number|figure) (?:is |would be )?(?:fine|enough|ok|okay|is all I need)\W*$|"
                r"(?<=[?？])\s*(?:number|figure) only(?:,? please| pls)?\W*$", re.I), ""),
    # "有多少申请要转到2025年再继续办": carried into the next year (the year after is no year asked)
    # (only where the year gone to follows the year asked: "2023年没办完、转到2024年继续办理的" in the 2024 report is
    # carried over into it)
    (re.compile(r"(?:要|需要|得)?(?:转到|转入|结转到|留到|拖到)((?:19|20)\d\d)\s*年度?(?:再|去)?(?:继续)?(?:办理?|处理)"),
     lambda m: "结转下年度继续办理" if str(int(m.group(1)) - 1) in (ys := re.findall(r"(?:19|20)\d\d", m.string))
     and ys.count(m.group(1)) == 1 else m.group(0)),
    # "the ones that came in from 2024 and had to be dealt with in 2025": carried over into the later year
    # ("inherit from 2018 that still had to be answered in 2019", "had come over from 2024 and were still to be handled in 2025")
    (re.compile(r"\b(?:(?:had\s+)?(?:came|come|coming|carried|brought|rolled)\s+(?:in\s+|over\s+)?|inherit(?:ed|s)?\s+)from\s+((?:19|20)\d\d)\s+"
                r"(?:and|that|which)\s+(?:(?:still|then|were|was|had|needed|got|have|has|are|is)\s+)*(?:to\s+be\s+)?"
                r"(?:dealt with|handled|processed|finished|worked on|answered)\s+(?:in|during)\s+((?:19|20)\d\d)\b", re.I),
     r"carried over from \1 into \2"),
    # "how many are going into 2026 unfinished?": carried forward into the year after
    (re.compile(r"\b(?:going|heading|headed|rolling|moving|carried|carrying)\s+(?:on\s+)?into\s+((?:19|20)\d\d)\s+(?:still\s+)?"
                r"(?:unfinished|unresolved|open|pending|undone|incomplete|not (?:yet )?(?:finished|done|resolved))\b", re.I),
     r"carried forward into \1"),
    # "still open at the end of 2024, to be answered in 2025": carried forward; the later year is no year asked
    # (not "brought over from 2024 to be handled in 2025": what came into the later year, the report's)
    (re.compile(r"[,，]?\s*to be (?:answered|handled|dealt with|finished|processed|completed|resolved|closed)(?: off)? (?:in|during) (?:19|20)\d\d\b", re.I),
     lambda m: " in that year" if re.search(r"\bfrom\s+(?:the\s+)?(?:(?:19|20)\d\d|(?:previous|prior|last|preceding) year)\b",
                                             m.string[:m.start()], re.I) else " carried forward to the next year"),
    # "Same for the Shanghai General Office in 2019 (into 2020)?": where the carried-forward ones went, said aside
    (re.compile(r"\s*[（(]\s*(?:carried |going |rolled )?(?:into|to)\s+(?:19|20)\d\d\s*[)）]|\s*[（(]\s*(?:转入|转到|结转到|结转至)(?:19|20)\d\d\s*年?度?\s*[)）]", re.I), ""),
    # "2024年那份怎么样？": the same quantity in that year's report
    (re.compile(r"^\s*((?:19|20)\d\d\s*年度?)的?(?:那份|那一份|那年|那个|那边)?(?:报告|年报)?(?:怎么样|如何|咋样|呢怎么样)\s*[？?]?\s*$"), r"\1呢？"),
    # "total requests dealt with, carry-over included?": the requests handled hold those carried over already
    # (the row (七) total), said aside — not a second quantity
    (re.compile(r"\b((?:dealt with|handled|processed|concluded|closed|finished))\s*[,，]?\s*(?:with\s+)?(?:the\s+)?"
                r"carr(?:y|ied)[- ]?overs?(?: ones| cases| requests)? (?:included|counted|too)\b", re.I), r"\1"),
    # slips of one character for a row ("直接予已公开", "不分公开"): the row meant
    (re.compile(r"予已公开"), "予以公开"),
    (re.compile(r"(?<![区划])不分公开(?![和与及、])"), "部分公开"),
    # "… full disclosure? Im writing a report for my NGO": why the asker asks, not a column (NGO)
    (re.compile(r"(?<=[?？])\s*(?:I['’]?m|Im|I am|we['’]?re|we are)\s+(?:writing|doing|preparing|working on|putting together|drafting)\b[^?？]*$", re.I), ""),
    # "行政事业性收费一年收了多少 单位应该是万元吧": a remark on the unit, not the applicant column 单位
    (re.compile(r"[，,\s]*(?:计量)?单位(?:应该|应当|大概|可能|估计)?(?:是|为|用)?\s*(万元|亿元|元)(?:吧|吗|嘛|对吧|对吗|是吧)?(?=[？?。！!\s]|$)"), r"（\1）"),
    # "算在“法人或其他组织—其他”那一栏的": the head and its column joined by a dash or slash
    (re.compile(r"[“\"「]?(?:法人或其他组织|法人或者其他组织)\s*[—\-－–/／·>›]+\s*(?:其他|其它)(?:组织)?[”\"」]?"), "其他组织"),
    # "“法人或其他组织”下面最后一列“其他”是多少": the last column under that head, other organisations
    (re.compile(r"(法人或其他组织[”\"」]?[^，,。？?]{0,12}?)[“\"「]其他[”\"」](?!组织|单位|机构)"), r"\1“其他组织”"),
    # "the catch-all 'other' organisation column": the column of other organisations, not 其他处理's 其他
    (re.compile(r"\bcatch[- ]?all\s+(?=['‘\"“]?other['’\"”]?\s+(?:org|organi[sz]ation|legal|entit|bod|institution|applicant))", re.I), ""),
    # "How does Shuyang compare for 2025 - what's its number?": the same quantity of another body, asked (no comparison)
    (re.compile(r"\bhow (?:does|do|did) (.{2,40}?) compare\b(?=[^?]{0,30}?[-–—,:]\s*what(?:'s| is| was) (?:its|their|the) (?:number|figure|count|total)\b)", re.I),
     r"and \1"),
    # "requests that came in late 2023 and were carried INTO 2024": carried over from 2023 into 2024
    (re.compile(r"\b(?:that |which )?came in (?:late |early |during |in )*((?:19|20)\d\d) and (?:were|was|got) (?:then )?carried (?:over )?into\b", re.I),
     r"carried over from \1 into"),
    # "换个地方，淮安市政府2024年年报里这个数字是多少？": a new body for the same quantity (no quantity of its own)
    (re.compile(r"^\W*(?:那|那么)?(?:我们|咱们)?(?:换个|换一个|换一家|换到)(?:地方|单位|地区|城市|县|区)(?:看看|问问)?[，,、：:\s]*"), ""),
    # "2023年底的时候是几件？": at the end of that year (its report's in-force count)
    (re.compile(r"(?<=年底|年末|年初)(?:的)?时候"), ""),
    # "沭阳县2025年同一个理由的是多少？": the same reason (sub-item) as the turn before
    (re.compile(r"(?:同一个|同一|同样的?|一样的)(?:理由|原因|情形|情况)(?:的)?(?=\s*(?:是|呢|有|多少|几|[？?]))"), "同样的"),
    # "淮安2024年这个理由的有几件？": the reason just asked, for another body
    (re.compile(r"(?:这个|这一|这种|该)(?:理由|原因)(?:的)?(?=\s*(?:是|呢|有|多少|几|[？?]))"), "同样的"),
    # "换看2024年的报告，这个数是多少？": the same figure in another year's report
    (re.compile(r"^\W*(?:那|那么)?(?:换看|换成看|改看|换到)(?=\s*(?:19|20)\d\d)"), ""),
    # "洪泽区收到的申请，因为信访举报投诉类被不予处理的有几件": the requests received as the pool, the outcome counted
    (re.compile(r"((?:收到|新收|受理)的(?:申请|件)?)[，,]\s*(?=(?:因为|由于|以|因)[^，。？?]{2,30}(?:被|而)?(?:不予处理|不予公开|无法提供|不处理|不公开))"), r"\1中，"),
    # "因为申请人自己逾期（不补正或者不交费）而被终止处理的": both overdue lines, added
    (re.compile(r"逾期[（(]\s*(?:不补正|未补正|没补正)(?:或者|或是|或|和|、|/)(?:不交费|未交费|不缴费|没交费|未缴费)\s*[)）]"), "逾期不补正和逾期不交费加起来"),
    # "every request …, whether not held, needing to be created, or still unclear after correction?": all of them, added
    (re.compile(r"\bwhether ([^,?;]{2,40}),\s*([^,?;]{2,40}),?\s+or ([^,?;]{2,40})(?=\s*[?.]|$)", re.I), r"\1 + \2 + \3 combined"),
    # "最后或多或少拿到了信息的": granted in full or in part
    (re.compile(r"(?:最后|最终)?(?:或多或少|多多少少|多少)(?:都)?(?:拿到|得到|获得|要到)了?(?:一些|一部分|部分)?(?:信息|材料|内容|东西)?的?"), "予以公开和部分公开加起来的"),
    # "八种不予公开的情形加起来": the group's N kinds, said after the group
    (re.compile(r"([两二三四五六七八])(种|类|项)(不予公开|不予处理|无法提供|其他处理)的?(情形|情况|理由|原因)"), r"\3的\1\2\4"),
    # "requests the county declined to process at all, whatever the reason given?": every reason, the group whole
    (re.compile(r"[,，]?\s*\b(?:whatever|whichever|no matter what) (?:the )?reasons? (?:was |were )?(?:given|cited|stated)?\b", re.I), " "),
    # "the 2025 caseload if you add new requests to those carried over": the two added
    (re.compile(r"\bif (?:you|we|i) add ([^?.,]{2,40}?) to ((?:those|the|these|all) [^?.,]{2,40}?)(?=\s*[?.,]|$)", re.I), r"\1 plus \2"),
    # "How many applications did it carry from 2023 into its 2024 caseload?": carried over
    (re.compile(r"\b(carr(?:y|ied|ies|ying))\s+(?=from\s+(?:19|20)\d\d\b)", re.I), r"\1 over "),
    # "lawsuits filed AFTER the person already went through admin review": the suits after reconsideration
    (re.compile(r"\bafter (?:the (?:person|applicant|requester|requestor|people|applicants)|they|he|she|someone|people|applicants) (?:had )?(?:already )?"
                r"(?:went|gone|go|goes|been|going|was|were) through (?:an? |the )?(?:administrative |admin )?(?:review|reconsideration)s?\b", re.I),
     "after administrative reconsideration"),
    # "What approval rating did users give the website?": how satisfied people were, not licensing approvals
    (re.compile(r"\bapproval rat(?:ing|e)s?\b", re.I), "satisfaction rating"),
    # "new requests from organisations — add up the five org columns": the five organisation columns, each
    (re.compile(r"\b(add(?:ing)? up|sum(?:ming)?(?: up)?|total(?:ling)?|combin(?:e|ing))\s+(?:the\s+)?(?:five|5)\s+(?:org(?:anisation|anization)?s?|organi[sz]ational|legal[- ]person|applicant)\s+"
                r"(?:columns?|categories|types|kinds)\b", re.I),
     r"\1 companies, research institutions, public-interest organisations, legal service institutions and other organisations"),
    # "(the five organisation columns)" said of a count: the organisations' column, the five of it together
    (re.compile(r"\b(?:the\s+)?(?:five|5)\s+(?:org(?:anisation|anization)?s?|organi[sz]ational|legal[- ]person)\s+(?:columns?|categories|types|kinds)\b", re.I),
     "legal persons and other organisations"),
    (re.compile(r"(?:这|那)?(?:五|5)(?:类|种|个|栏|列)(?:法人或其他组织|法人组织|法人|组织)(?:的?(?:栏|列))?"), "商业企业、科研机构、社会公益组织、法律服务机构和其他组织"),
    # "法人或其他组织那五列加在一块儿": the same five columns, named before their number
    (re.compile(r"(?:法人或其他组织|法人组织)(?:的|下面的|下的)?(?:这|那)(?:五|5)(?:类|种|个|栏|列)"), "商业企业、科研机构、社会公益组织、法律服务机构和其他组织"),
    # "企业、科研、公益、法律服务、其他这几类法人组织": the organisation columns by their short names, listed
    # "除去自然人，企业和其他组织一共几件": everyone but individuals, the organisations' column (法人或其他组织)
    (re.compile(r"((?:除去|除了|不算|去掉|扣除|排除)自然人(?:以外|之外|外)?[，,、]?\s*(?:剩下的?|其余的?)?)(?:的)?(?:企业|单位|法人)(?:和|与|及|或)(?:其他)?组织"),
     r"\1法人或其他组织"),
    # ("企业和其他组织一共": 其他组织 is one column's own name, not 其他 before a word of organisations)
    (re.compile(r"(?:(?:商业企业|企业|科研机构|科研|公益组织|公益|法律服务机构|法律服务|其他组织|其他)(?:、|，|,|和|及|与))+(?:商业企业|企业|科研机构|科研|公益组织|公益|法律服务机构|法律服务|其他组织|其他(?!组织))"
                r"(?=\s*(?:这|那)?(?:几|五|四|三|两|各)?(?:类|种|个)?(?:法人|组织))"),
     lambda m: re.sub(r"科研(?!机构)|公益(?!组织)|法律服务(?!机构)|其他(?!组织)", lambda w: {"科研": "科研机构", "公益": "社会公益组织", "法律服务": "法律服务机构",
                                                                        "其他": "其他组织"}[w.group()], m.group())),
    # "除了予以公开的，其他结果一共多少": the other outcomes of the request (not table 四's "其他结果")
    (re.compile(r"((?:除了?|除去)[^，,。？?]{0,8}予以公开[^，,。？?]{0,6}[，,]\s*)(?:其余|其他|剩下|剩余)的?(?:各种|各类|所有)?(?:办理)?结果"), r"\1其余"),
    # "2025年报告里这一项呢？": the same item in that year's report, not its text
    (re.compile(r"(?:年报|报告)(?:里|中|上)(?:的)?(?=(?:这|那|同)(?:一)?(?:项|个数|栏|格|行))"), ""),
    # "Add Hongze 2023 to the comparison - which of the three…": one more body, ranked with those before
    (re.compile(r"\b(?:to|into|in)\s+(?:the|this|that)\s+comparison\b", re.I), " "),
    # "How does Huai'an's 2024 figure compare - what is it?": the figure of the body named, asked
    (re.compile(r"\bhow (?:does|do|did) ([^?]{2,50}?)\s+compare\s*[-–—,:]+\s*(?=what(?:'s| is| was) (?:it|that|the (?:figure|number|count))\b)", re.I), r"\1: "),
    # "'其他处理'下面那个'3.其他'", "其他处理里的3、其他": the group's numbered line, a path down to one cell
    (re.compile(r"[“\"'‘「]?(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)[”\"'’」]?\s*(?:下面|下边|底下|里面|里的|里|中的|下的|下)?(?:的)?"
                r"(?:那个|那一项|那项|那一个)?\s*[“\"'‘「]([1-8])\s*[.、．]\s*"), r"\1第\2项"),
    # "表四“行政复议—总计”那一格": the one cell of the table, named by its path — not the table shown
    (re.compile(r"表\s*[二三四234]\s*(?:里|中|的)?\s*(?=[“\"「‘'][^”\"」’']{1,30}[”\"」’']\s*(?:那|这)?(?:一)?(?:格|栏|项|行|列|个数))"), ""),
    (re.compile(r"(?<=[\u4e00-\u9fff])\s*[—–-]{1,2}\s*(?=(?:总计|合计|结果维持|结果纠正|其他结果|尚未审结)[”\"」’'])"), ""),
    # "And on the court side, cases filed after a review?": the lawsuits
    (re.compile(r"\bon the (?:court|courts|litigation|lawsuits?|judicial) side\b,?\s*(?=[^?.]*\b(?:filed|lawsuits?|suits?|sued|direct(?:ly)?|after)\b)", re.I), " "),
    (re.compile(r"\bon the (?:court|courts|litigation|lawsuits?|judicial) side\b", re.I), "lawsuits"),
    (re.compile(r"\bon the (?:review|reconsideration|administrative review) side\b", re.I), "reconsiderations"),
    # "filed over Hongze District's disclosure work": the disclosure, the word "work" says nothing of which figure
    (re.compile(r"\b(disclosure|open[- ]government|information[- ]disclosure)\s+work\b", re.I), r"\1"),
    # "How does the 2025 report put it?": the same figure, another year
    (re.compile(r"^\W*(?:(?:and|so|ok|okay)[,\s]+)?(?:how|what) (?:does|did|do) (?:the|its|their) ((?:19|20)\d\d) report (?:put|say|give|show|have|state)"
                r"(?: (?:it|that|this|for (?:it|that|this)))?\s*\??\s*$", re.I), r"And in \1?"),
    # "new applications from the 'other' category of legal persons and organisations": the other-organisation column
    (re.compile(r"\b(?:the\s+)?['‘\"“]?other['’\"”]?\s+(?:category|type|kind|class|column|group)\s+(?:of|among|under|within)\s+(?:the\s+)?"
                r"(?:legal persons?(?:\s+(?:and|or|&)\s+(?:other\s+)?organi[sz]ations?)?|organi[sz]ations?|legal entities)\b", re.I),
     "other organisations"),
    # "这两类加起来是多少？正文说不予处理80件，怎么对不上？": the text's figure quoted in a doubt, not a part asked
    (re.compile(r"[，,。]?\s*(?:但|可是|而|可)?(?:正文|文字部分|报告里|原文|文中)(?:里|中)?(?:说|写着?|写的是|提到)[^，,。？?]{0,20}?\d+(?:\.\d+)?\s*(?:件|个|条|项)?"
                r"[，,]?\s*(?:怎么|为什么|为啥|咋)?(?:对不上|不一致|不符|矛盾|不一样)[^。？?]*[？?]?"), " "),
    # "自然人企业什么的全加上", "各类申请人全都算上": every column of the row, added — its total
    (re.compile(r"(?:(?:自然人|个人|老百姓|企业|商业企业|公司|法人|组织|科研机构|公益组织|律所|律师事务所|法律服务机构|其他)[、和及与跟,，\s]*)*"
                r"(?:什么的|之类的|等等|这些)\s*(?:全|都|全都|全部|统统)(?:加上|加起来|算上|算进去|加在一起)"), "各类申请人总计"),
    # "不论全部还是部分公开", "全部或部分公开的": granted in full and in part, both (not 部分公开 alone)
    (re.compile(r"(?:全部|全)(?:公开)?(?:还是|或者?|或是|和|与|及|加)(?:部分|一部分)(?:公开)"), "予以公开加部分公开"),
    # "Hang on, I meant everyone - the total including companies.": the row's total, companies among the rest
    (re.compile(r"\b(?:everyone|everybody|all of them|all applicants)\s*[-–—,:]+\s*(?=(?:the\s+)?(?:overall\s+|grand\s+)?total\b)", re.I), ""),
    (re.compile(r"\b(?:the\s+)?(?:overall\s+|grand\s+)?total,?\s+(?:including|incl\.?|with)\s+(?:the\s+)?(?:companies|businesses|firms|"
                r"organi[sz]ations|individuals|everyone|everybody|all of them)\b", re.I), "the total"),
    # "requests from organisations - companies, legal service bodies and 'other' - all together": the column 其他
    (re.compile(r"((?:companies|businesses|firms|law firms|legal service (?:bodies|institutions|organi[sz]ations)|research (?:bodies|institutions)|"
                r"NGOs|public[- ]interest (?:bodies|organi[sz]ations))[^?]{0,40}?(?:\band\b|\bplus\b|,)\s+)['‘\"“]others?['’\"”]", re.I),
     r"\1other organisations"),
    # "inherited some requests from 2024", "did it inherit from 2023": the year they came in from, next to the verb
    (re.compile(r"\binherit(?:ed|s|ing)?\s+((?:[\w'’-]+\s+){1,4}?)from\s+((?:19|20)\d{2})\b", re.I), r"inherited from \2 \1"),
    # "想算下淮安2024年的公开率，予以公开加上部分公开 一共多少件": the rate is what the asker will compute; the sum is asked
    (re.compile(r"(?:的)?(?:公开率|比例|比率)(?=\s*[，,][^？?]*(?:加上|加|一共|合计|之和|总共))"), ""),
    # "ended up not being processed at all": how it ended is the row's own word
    (re.compile(r"\bended up\s+(?:being\s+)?", re.I), ""),
    # "requests … not being processed at all": the row 不予处理, not the requests less those handled
    (re.compile(r"\bnot (?:being |been |be )processed(?: at all)?\b|\bnot processed at all\b", re.I), "not processed"),
    # phone spellings: "going thru reconsideration", "its 3 sub items"
    (re.compile(r"\bthru\b", re.I), "through"),
    (re.compile(r"\bsub (items?|rows?|categor(?:y|ies)|groups?)\b", re.I), r"sub-\1"),
    # "how many full sweeps … were carried out?", "did Huai'an carry out": done, not carried into the next year
    (re.compile(r"\bcarr(?:y|ied|ies|ying) out\b(?!\s+(?:to|into|in|for|past|over)\b)", re.I), "conduct"),
    # "how many requests were either released or answered as 'not held'": requests released are requests granted
    # (not "interpretation items were released": what was published)
    (re.compile(r"\b(requests?|applications?)\s+((?:were|was|got)\s+)?(either\s+)?released\b(?!\s+(?:in part|partly|partially))", re.I),
     r"\1 \2\3granted"),
    # "the five legal-person/other-organisation columns": 法人或其他组织 written with a slash, all five columns
    (re.compile(r"\blegal[- ]persons?\s*/\s*other[- ]organi[sz]ations?\b", re.I), "legal-person or other-organisation"),
    # "organisations filed under 'other'": the column of other organisations, not all organisations
    (re.compile(r"\b(?:organi[sz]ations?|bodies|entities|applicants?)\s+(?:filed|listed|counted|classed|classified|grouped|recorded|put)\s+"
                r"(?:under|as)\s+(?:the\s+)?['\"‘“]?other['\"’”]?(?!\s+(?:handling|processing|outcome|result|reason))", re.I),
     "other organisations"),
    # "from organisations in the 'other' category", "in the catch-all 'other' column for legal persons and organisations"
    (re.compile(r"\b(?:(?:from\s+)?(?:organi[sz]ations?|bodies|entities|applicants?)\s+(?:in|under|of)\s+(?:the\s+)?(?:catch-?all\s+)?"
                r"['\"‘“]other['\"’”]\s+(?:category|column|group|type|class|bucket|box)|(?:in|under|of)\s+(?:the\s+)?catch-?all\s+"
                r"['\"‘“]other['\"’”]\s+column)(?:\s+(?:for|of)\s+(?:legal persons?|organi[sz]ations?)"
                r"(?:\s+(?:and|or)\s+(?:other\s+)?organi[sz]ations?)?)?", re.I),
     " from other organisations "),
    # "policy documents … put out for public comment": a consultation, not documents issued
    (re.compile(r"\bput (?:them |it |these |those )?out for (?:public )?(?:comments?|consultation|feedback|opinions?)\b", re.I),
     "opened for public comment"),
    # "… (no correction supplied, fee not paid, and other). How many in all?": a sentence asking the sum of
    # what the one before listed, not the cumulative "total published" of table 二
    (re.compile(r"(?<=[.?!)）])\s*how many in all\s*\?\s*$", re.I), " How many altogether?"),
    # "lawsuits following a reconsideration", "lawsuits … from people who had already been through administrative
    # reconsideration", "filed by people who had first tried administrative reconsideration": suits after review
    (re.compile(r"\b(?:following|after|had (?:already |first )?(?:been through|gone through|tried|used|sought|applied for)|"
                r"(?:already|first) (?:been through|gone through|tried|sought)|"
                # ("lawsuits people filed after they already did admin review")
                r"after (?:they|people|applicants|the applicants|he|she) (?:had )?(?:already |first )?(?:did|done|went through|gone through|"
                r"tried|had|used|sought|applied for))\s+(?:an?\s+|the\s+)?(?:admin(?:istrative)?\s+)?"
                r"(?:review|reconsideration)s?\b", re.I),
     lambda m: "after reconsideration" if re.search(r"\b(?:law)?suits?\b|\bsued\b|\blitigation\b|\bcourt\b",
                                                     m.string[max(0, m.start() - 90):m.start()], re.I) else m.group(0)),
    # "Huai'an 2024, individuals again?": that column once more, not requests made again (duplicates)
    (re.compile(r"\b(individuals?|companies|company|businesses|enterprises|firms|law firms|organi[sz]ations?|natural persons|persons|"
                r"research institutions|the total|total)\s+again\b(?=\s*[?？.。!]*\s*$)", re.I), r"\1"),
    # "你说的这个数里", "你刚才那个数", "你刚说的那个总数里": the answer just given
    (re.compile(r"你(?:刚才|刚刚|刚|前面|上面)?(?:说|讲|给|答|回答|报)(?:的|出来的|出的)?\s*(?=(?:这个|那个)(?:总)?数)|你(?:刚才|刚刚|刚|前面|上面)(?=(?:这个|那个)(?:总)?数)"), ""),
    (re.compile(r"(?<=[这那]个)总数(?=里|中|当中)"), "数"),
    # "说错了，我看的应该是2024年的报告": the year corrected, the rest asked the same
    (re.compile(r"^\W*(?:(?:说错了|搞错了|弄错了|看错了|写错了|不对|不好意思|抱歉)[，,。!！\s]*)*(?:我)?(?:看|查|说|问|要|想问|想看|想查|要问|要看|要查)"
                r"的(?:应该|其实|本来)?是\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:报告|年报|数据|数)?(?:才对)?\W*$"), r"那\1年的呢？"),
    # "抱歉打错了，应该是2019年。": a follow-up taking back the year just asked, the rest asked the same
    (re.compile(r"^\W*(?:(?:抱歉|不好意思|对不起|哎呀|哦)[，,。!！\s]*)?(?:我)?(?:年份|年度)?(?:打错了|写错了|说错了|搞错了|弄错了|输错了|记错了|输入错了)[，,。!！\s]*"
                r"(?:(?:应该|应|其实|本来)(?:是|为)|是)\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:才对)?\W*$"), r"那\1年的呢？"),
    # "Sorry, typo - should be 2019.", "My typo: 2019, not 2025.": the same, said in English
    (re.compile(r"^\W*(?:(?:sorry|oops|whoops|my bad|apologies)[\s,!.;:—–-]*)?(?:(?:a |my |the )?typo|(?:I )?mis-?typed(?: the year)?|"
                r"(?:I )?(?:typed|wrote|put) the wrong year|wrong year)[\s,!.;:—–-]*(?:(?:it |that )?should (?:be|have been|read|say)|(?:I )?meant|it'?s|is)?\s*"
                r"((?:19|20)\d\d)(?:\s*,?\s*not (?:19|20)\d\d)?\s*[.!?]*\s*$", re.I), r"what about \1?"),
    # "算上企业那些 总计呢" after one column of a row: the row's total, every column counted (not the two added)
    (re.compile(r"^\W*(?:那)?(?:算上|加上|连同|包括|含上)[^，,。？?]{1,12}?(?:那些|这些|那部分|这部分)?[，,\s]*(?:的)?(?=(?:总计|总数|合计)(?:呢|是多少|多少|是几|几件)?\W*$)"), ""),
    # "这两类单位的加一块是多少？": the two columns just asked, named by their kind (单位 is no third column)
    (re.compile(r"(这|那)(两|二|三|几)(类|种|个|家)(?:单位|机构|组织|申请人|申请主体)(?:的)?"), r"\1\2\3"),
    # "对比一下2025年的数": the other year's figure shown to set beside the one just given (its number, not the change)
    (re.compile(r"^\W*(?:那|那么)?(?:再)?(?:对比|比较|比对)(?:一下)?\s*((?:19|20)\d{2})\s*年度?(?:的)?(?:数|数字|数据|情况|数量)?\s*[？?。.!！]?\s*$"),
     r"\1年的呢？"),
    # "2019年的时候呢？": that year
    (re.compile(r"((?:19|20)\d{2}\s*年度?)(?:的)?(?:时候|那会儿?|那时候?|那阵子?)"), r"\1"),
    # "Oops, wrong office — I meant the Shanghai General Office in 2019.": a follow-up correcting the body or year
    # "Correction: I wanted the Shanghai science commission's figure for 2024.": the same quantity, another body
    (re.compile(r"^\W*(?:correction|to correct myself|let me correct (?:that|myself)|actually)\s*[:：,，.]?\s*(?:I|i) (?:meant|mean|wanted|want|was asking about|was after)\s+", re.I),
     "what about "),
    # "Oops, wrong year: 2023 is the one I need.": the year or body corrected, the rest asked the same
    (re.compile(r"^\W*(?:(?:oh|ah|oops|whoops|sorry|wait|no|nope|my bad|my mistake)\b[\s,!.;:—–-]*)+(?:(?:wrong|not that|not the) (?:office|body|one|year|"
                r"department|agency|place|city|county|district)\b[\s,!.;:—–-]*)((?:19|20)\d{2}|'\d{2}|[^.?!]{2,50}?)\s+(?:is|was) (?:the one|the year|the (?:office|body|one)) "
                r"(?:I|i) (?:need|needed|want|wanted|meant|was after|am after)\b", re.I), r"what about \1"),
    (re.compile(r"^\W*(?:(?:oh|ah|oops|whoops|sorry|wait|no|nope|my bad|my mistake)\b[\s,!.;:—–-]*)+(?:(?:wrong|not that|not the) (?:office|body|one|year|"
                r"department|agency|place|city|county|district|column|row|line|figure|cell|category|group|type)\b[\s,!.;:—–-]*)?(?:I|i) (?:meant|mean|wanted|want|need|needed|was asking about|was after)\s+", re.I), "what about "),
    # "No wait, I was after administrative normative documents." (its "no wait" taken off as a correction): the
    # thing meant, asked as the turn before asked
    (re.compile(r"^\W*(?:I|i) (?:was after|was asking about|was asking for|was looking for|am after|'m after|was interested in)\s+(?=\S)"), "what about "),
    # "how many ended with an outcome the table files under 'other'?": the 其他结果 column
    (re.compile(r"\b(?:ended|end|ending|closed|wound up)(?: up)? (?:with|in) (?:an? |the )?(?:outcome|result|ending)s? (?:that )?(?:the table |the report |it )?"
                r"(?:files?|filed|class(?:es|ed)?|classifie[sd]|lists?|listed|counts?|counted|puts?|records?|recorded|groups?|grouped|lumps?|lumped)"
                r"(?: them| it)? (?:under|as|in(?:to)?) (?:the )?['‘\"“]?other['’\"”]?(?: column| category| bucket)?", re.I), "had an 'other' outcome"),
    # "（表四注明含上年度结转）": what the table notes about itself, said aside — not a row asked
    (re.compile(r"[（(]\s*(?:表[一二三四1-4]|表格|统计表|报告|表)(?:里|中|上|下)?(?:注明|标注|写明|注|说明|备注)(?:了)?(?:是)?(?:含|包含|包括)[^（）()]{0,14}[)）]"), " "),
    # "Bring in Shuyang for 2025 - which of the three has the fewest?", "再加上洪泽区2023年，三个里面谁最少？": one more
    # body joins the ones asked, the same figure ranked (not a carry-over "brought in", not a sum)
    (re.compile(r"^\W*(?:(?:now|ok(?:ay)?|then|and)[\s,]+)?(?:bring|throw|add|put|toss|pull|include)\s+in\s+(?=[^?]{2,40}?[-—–,:;]\s*which\b[^?]*\b(?:most|least|fewest|highest|lowest|largest|smallest|more|fewer|less|top|bottom)\b)", re.I),
     "and "),
    (re.compile(r"^\s*(?:再|那|那么)?(?:加上|算上|加入|带上|放进来|再算上)(?=[^，,。？?]{2,20}[，,][^？?]{0,12}(?:谁|哪(?:个|家|一个|一家))[^？?]{0,4}(?:最|更))"), "那"),
    # "Put Shuyang 2025 alongside them - which of the three had the fewest?": the same
    (re.compile(r"^\W*(?:(?:now|ok(?:ay)?|then|and)[\s,]+)?(?:put|set|place|line up|stack)\s+([^?]{2,40}?)\s+(?:alongside|next to|beside|against|with)\s+"
                r"(?:them|those|these|the others|the two|both)\s*(?=[-—–,:;]\s*which\b)", re.I), r"and \1 "),
    # "for the legal-person side only": that column (the "side" of the table's applicants)
    (re.compile(r"\b(legal[- ]persons?|natural[- ]persons?|individuals?|organi[sz]ations?|compan(?:y|ies)|corporate|business(?:es)?|institutional|personal)"
                r"[- ](?:side|half|part)(?= only\b|\b\s*(?:[,(（—–-]|of\b|\)))", re.I), r"\1"),
    # "申请人过了期限也没补正材料、政府于是不再处理的": table 三's sub-item 逾期不补正、不再处理, told as a story (its
    # "、" one line's, not two parts added)
    (re.compile(r"(?:过了期限|超过期限|超过了期限|超期|过期|逾期)(?:了)?(?:也|都|还)?(?:没有?|未|不)(?:补正|补交|补充|补)(?:材料|资料)?[、，,]\s*"
                r"(?:政府|机关|行政机关|他们|对方|单位)?(?:于是|就|便|所以|因此|也就)?(?:不再|没再|不予|没有再)(?:处理|办理|受理)"), "逾期不补正不再处理"),
    # "…how many admin licensing decisions? working on a county comparison, ty": what the asker is doing, said after
    # the question (not a comparison asked)
    (re.compile(r"(?<=[?？])\s*(?:(?:I'm|I am|im|am|we're|we are)\s+)?(?:working on|doing|writing|making|putting together|preparing|building)\s+"
                r"(?:a|an|the|my|our|some)\b[^?]{0,60}$", re.I), ""),
    # "How many requests did Huai'an release fully or partly?", "grant in full or in part": granted and partially
    # granted, both (as "fully or partly disclosed" reads)
    (re.compile(r"\b(?:release[sd]?|releasing|grant(?:ed|s|ing)?|disclose[sd]?|disclosing|give|gave|given|provide[sd]?|providing|open(?:ed)?|answer(?:ed)?)\s+"
                r"(?:(?:fully|in full|wholly|completely)\s+or\s+(?:partly|partially|in part)|(?:partly|partially|in part)\s+or\s+(?:fully|in full|wholly|completely))\b", re.I),
     "fully or partly disclosed"),
    # "Is 2025 bigger, and if so by how much?" after two years were asked: the two years compared
    (re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s*)?(?:is|was)\s+(?:19|20)\d\d\s+(?:the\s+)?(bigger|higher|larger|greater|lower|smaller|more|less|fewer)(?:\s+one)?\b(?!\s+than)"
                r"\s*[,?]*\s*(?:and\s+)?(?:if so\s*,?\s*)?(?:by\s+)?how much(?:\s+(?:bigger|higher|larger|more|lower|less|smaller))?\s*\??\s*$", re.I),
     r"which year is \1, and by how much?"),
    # "So what was the combined caseload for 2019?", "how many did they have on their plate in 2024 altogether?" after
    # two figures of one report: the two just given, added
    (re.compile(r"^\W*(?:(?:so|and|then|ok(?:ay)?)\s*,?\s+)*(?:what (?:was|is) (?:the|their|its) (?:combined|total|overall|whole|entire) (?:caseload|workload|load|pile)|"
                r"how many did (?:they|it) have (?:on (?:their|its) plate|to (?:handle|deal with|process|work through)))"
                r"(?:\s+(?:for|in)\s+(?:19|20)\d\d)?(?:\s+(?:altogether|in total|in all|combined|then))?\W*$", re.I), "put together"),
    # "the Huaian 2024 report talks about government new-media accounts still being run. how many are there?": the
    # things the sentence before names, counted
    (re.compile(r"\b(report|text)\s+(?:talks|speaks|writes|mentions|says something|tells(?: us)?)\s+(?:about\s+)?([^.?!]{3,80}?)\s*[.,;:!]+\s*"
                r"how many (?:are|were|is|was) (?:there|they|those|these)(?:\s+(?:in total|altogether|exactly))?\s*[?？]?\s*$", re.I), r"\1: how many \2?"),
    # "…, per item (9) of table 2": as the table's item has it (no rate "per" anything)
    (re.compile(r"\bper (?=(?:the )?(?:item|row|line|section|table|column|report|template)\b)", re.I), "according to "),
    # "normative documents published to the public in total": the measure 对外公开总数量 (no parts to add)
    (re.compile(r"\b(?:published|released)(?: to the public| publicly)?\s+(?:in total|altogether|in all)\b", re.I), "total published"),
    # "- only the new ones, not the whole in-force stock": which measure is meant, said after the question
    (re.compile(r"\s*[-—–,;(（]\s*(?:only|just) the new(?:ly issued)? ones?(?:\s*[,;]\s*not [^?()（）]{0,60})?\s*[)）]?(?=\s*[?？.]?\s*$)", re.I), ""),
    # ", i.e. not companies, research bodies, NGOs or legal-service firms?": what the column is not, said aside
    (re.compile(r"\s*[,;(（]\s*(?:i\.?\s?e\.?|that is|meaning|namely)\s*,?\s+not\s+[^?()（）]{3,80}?[)）]?(?=\s*[?？]|\s*$)", re.I), ""),
    # "部分公开的先别算，完完整整公开的有几件": a row ruled out before the one asked
    (re.compile(r"^\W*(?:那|那么)?[^，,。？?]{2,12}?的?(?:先|就)?(?:别算|不算|不要算|不用算|先不算|除外|去掉|不管)[了]?[，,]\s*(?=\S)"), ""),
    (re.compile(r"(?:完完整整|完完全全|完整地?)公开"), "予以公开"),
    # "requests the city couldn't answer because the wording was still unclear even after the applicant had been asked to
    # fix it": 补正后申请内容仍不明确 (not those who never corrected)
    (re.compile(r"\b(?:still|remained|was still|were still|stayed)\s+(?:unclear|vague|ambiguous)\s+(?:even\s+)?after\b[^.?]{0,60}?"
                r"(?:fix|correct|clarif|amend|supplement|revis)\w*(?:\s+(?:it|them|the request|their request|the application))?", re.I),
     "still unclear after correction"),
    # "actually finish handling in 2024, counting the ones it inherited from 2023 as well": the requests closed, which
    # count the inherited ones anyway (not a sum with them)
    (re.compile(r"\b((?:finish(?:ed)? handling|handled|processed|closed|completed|dealt with|resolved|answered)\b[^?,]{0,30}?)"
                r",?\s*(?:counting|including) (?:the ones?|those|the requests?|the cases?)\s+(?:it|they)\s+(?:inherited|carried over|brought over|took over)"
                r"\s+from\s+(?:19|20)\d\d(?:\s+(?:as well|too))?", re.I), r"\1"),
    # "表四的复议总计印成了0，我想核一下：复议“结果维持”那一栏印的是几": the printed slip told before the cell asked
    (re.compile(r"^(.*?(?:19|20)\d\d\s*年?度?)[^，,。：:？?]{0,24}?(?:印成了|印的是|写成了|填成了|填的是)\s*\d+\s*[，,]\s*(?:我|我们)?(?:想|要)?(?:核|核对|核实|确认|查)(?:一)?下?\s*[：:，,]\s*"), r"\1"),
    # "因为信访、重复申请之类原因不予处理的": the grounds named, not a reason asked
    (re.compile(r"(?:因为|因)([^，,。？?]{2,20}?(?:之类|等|这类|一类))(?:的)?原因"), r"\1"),
    # "行政复议“总计”那格印的是0。把维持、纠正…四格加起来": the printed total told before the cells asked added
    (re.compile(r"[“\"']?总计[”\"']?(?:那格|那一格|一栏|那栏|栏|那一栏|一格)?(?:印的是|印成了|写的是|填的是|是)\s*\d+\s*[。；;，,]\s*(?=(?:那么?)?(?:把|将))"), ""),
    # "“予以公开”那一行总计栏是空的，按六类申请人逐列相加，这一行应该是多少": the row's columns added
    (re.compile(r"(?:那一?行)?(?:的)?总计(?:栏|一栏|那栏|那格|一格)?(?:是空的|空着|是空白的?|没填|没有填|留空|空白)[，,]\s*"), ""),
    (re.compile(r"按(六|五|七|6|5|7)(?:类|种|列)申请人(?:逐列|分别|一列一列)?(?:相加|加起来|加总)[，,]?\s*(?:这一?行|这一?栏)?(?:应该|应当|一共)?是?多少"), r"\1类申请人加起来是多少"),
    # "(coming in, not going out to 2026)": the direction not asked, its year no report asked
    (re.compile(r"[,;，；]?\s*not (?:the ones? )?(?:going|carried|moving|moved|rolled|pushed|sent|passed)(?: out| on| forward| over)?\s+(?:in)?to\s+(?:19|20)\d\d\b", re.I), ""),
    # "How much higher was the later year?" after two years were asked: the two compared
    (re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s*)?how (?:much|many) (higher|bigger|larger|greater|lower|smaller|more|less|fewer) (?:was|is) the "
                r"(?:later|latter|second|newer|more recent|earlier|first|older|former) (?:year|one)\s*\??\s*$", re.I), r"which year is \1, and by how much?"),
    # "How many more requests did the office get through in 2025 than in 2019?": handled
    (re.compile(r"\b(?:get|got|gotten|getting) through\b(?=[^?]{0,40}\b(?:19|20)\d\d\b)", re.I), "handle"),
    # "(表里那个含结转的数就行)": the table's printed number is fine, said aside (not a sum with the carried-over)
    (re.compile(r"[（(]\s*(?:表(?:里|上|中)?)?\s*(?:那个|的)?(?<!不)含[^（）()]{0,8}结转(?:的)?(?:那个)?数(?:字)?(?:就行|即可|就可以|就好)[^（）()]{0,4}[)）]"), " "),
    # "当年对外公开的规范性文件总数是多少": the 2019 template's 对外公开总数量
    (re.compile(r"对外公开的((?:行政)?规范性文件|规章)(?:的)?总数"), r"\1对外公开总数量"),
    # "How many of those documents are in force now?" after the documents issued: the kind of document named, its count in
    # force (not "still in force", a part of the year's issued ones no table counts)
    (re.compile(r"\bhow many of (?:those|these|the) ((?:normative |administrative normative )?(?:documents|docs|regulations|rules))\s+"
                r"(?:are|is)\s+(?:in force|valid|in effect|effective|current)(?:\s+(?:now|today|currently))?\b", re.I), r"how many \1 are in force now"),
    # "…“（七）总计”那一格是多少？我在核对新收加结转是否等于办结加转下年。": what the asker is checking, said after the
    # question (not a sum asked)
    (re.compile(r"(?<=[？?])\s*(?:我|我们)(?:在|正在|是在|想|要|得)(?:核对|核实|对一下|对账|检查|验证|核一下|算一下)[^？?]*[。.!！]?\s*$"), ""),
    # "the five columns taken together": together (not an action taken)
    (re.compile(r"\btaken together\b", re.I), "together"),
    # "handled total for all organisational applicants": the organisations' columns (法人或其他组织), not every applicant
    (re.compile(r"\b(?:all (?:the )?)?organi[sz]ational (?:applicants|requesters|requestors|filers|requesting parties)\b", re.I),
     "legal persons and other organisations"),
    # "requests closed during the year plus those still open at year end": handled in the year (table 三's 总计)
    (re.compile(r"\b(requests?|applications?|ones|cases) (?:were |was )?closed (during|in|over|within|by the end of) the year\b", re.I),
     r"\1 handled \2 the year"),
    # "how many requests resulted in at least some information being released?": granted in full or in part (予以公开 plus
    # 部分公开)
    (re.compile(r"\b(?:resulted in|ended (?:with|in|up with)|led to|got|received|obtained|yielded|saw) at least (?:some|part|a part|partial|a bit)"
                r"(?: of (?:the|what was|what they))?(?: (?:information|info|data|disclosure|release)s?)?(?: (?:being |getting |was |were )?"
                r"(?:released|disclosed|provided|made public|handed over|asked for|requested))?(?=\W|$)", re.I), "were granted in full or in part"),
    (re.compile(r"\b(?:were|was|got|been) (?:at least )?(?:partly|partially|in part) or (?:fully|wholly|in full|entirely) (?:released|disclosed|granted|answered)\b|"
                r"\b(?:were|was|got|been) at least (?:partly|partially|in part) (?:released|disclosed|granted|answered)\b", re.I),
     "were granted in full or in part"),
    # "…or couldn't make sense of the request": the request unclear (无法提供 › 申请内容不明确)
    (re.compile(r"\b(?:could ?n[o']t|could not|was unable to|were unable to|didn'?t|did not) (?:make sense of|understand|work out|figure out) "
                r"(?:the|their|what the|what) (?:request|application|applicant|requester)s?(?: (?:wanted|asked for|meant))?\b", re.I),
     "the request content was unclear"),
    # "Of the finished ones, how many were granted?": the outcomes are parts of the finished ones (no second row named)
    (re.compile(r"\b(?:and )?(?:out )?of (?:the|those|these|all the|all those) (?:finished|completed|handled|closed|processed|concluded|decided|"
                r"answered) (?:ones|requests|applications|cases)\s*,?\s*(?=how many (?:were|got|ended|had)\b(?! (?:from|by|filed|made|sent|submitted)\b))", re.I), ""),
    # "哦不好意思，我要的其实是2023年那份报告里的": the same thing of another year's report, asked again
    (re.compile(r"^\W*(?:哦|噢|喔|啊|呃|额|嗯)?\W*(?:不好意思|抱歉|对不起|sorry)?\W*(?:我|俺)?(?:要的|想要的|问的|想问的|要问的|说的|要查的|想查的)"
                r"(?:其实|实际上|本来)?(?:是|应该是)\s*((?:19|20)\d\d)\s*年?(?:度)?(?:那份|这份|那一份|的)?(?:报告|年报)?(?:里|中|上)?(?:的)?"
                r"(?:数据|数字|那个|数)?\W*$"), r"\1年的呢？"),
    # "办理结果“其他处理”下面第3小项": the outcome group named under the heading of the outcomes (not the outcomes' total)
    (re.compile(r"办理结果(?:中|里|下|里面|当中|部分|一栏|那栏)?(?:的)?(?=\s*[“\"'‘「]?(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理))"), ""),
    # "requests … that couldn't be answered without creating new information": would need to be newly made (无法提供 ›
    # 需要另行制作), not a part set aside ("without")
    (re.compile(r"\b(?:could ?n[o']t|could not|can'?t|cannot|were not|weren'?t|was not|wasn'?t) (?:be )?(?:answered|provided|given|met|fulfilled|"
                r"satisfied|supplied|released|disclosed) without (?:first )?(?:creating|making|producing|compiling|generating|preparing|putting together) "
                r"(?:new |fresh |some new |brand-new )?(?:information|info|data|documents?|records?|material)\b", re.I),
     "would need to be newly created"),
    # "手上没办完、要留到2025年继续办的申请": what is still on hand is the row itself (结转下年度), not a part
    (re.compile(r"(?:手上|手里|手头)(?=(?:还)?(?:没办完|没有办完|未办完|没办结|没有办结|未办结))"), ""),
    # "现在还有效的一共多少件？" after one kind of document: its stock in force, not every kind's together
    (re.compile(r"((?:现在|目前|如今|当前|眼下)(?:还|仍然|仍)?(?:有效|现行有效|在用|生效)的?)(?:一共|总共|共|总共有|一共有)(?=\s*(?:有)?(?:多少|几))"),
     lambda m: m.group(0) if re.search(r"[和及与、]", m.string[:m.start()]) else m.group(1)),
    # "Jump to 2025 - same figure?": the same thing in another year (no body named "Jump")
    (re.compile(r"^\W*(?:(?:now|ok|okay|and|then|so|right)[,\s]+)?(?:let'?s\s+)?(?:jump|skip|switch|move|go|fast[- ]forward|flip|hop)(?:ing)?\s+"
                r"(?:ahead\s+|forward\s+|over\s+|on\s+|back\s+)?to\s+((?:19|20)\d\d)\b", re.I), r"And in \1"),
    # "两者之差是多少？", "相减呢": the two just given, one less the other
    (re.compile(r"(两者|二者|它们|这俩|两个数|这两个数)(?:之间)?(?:的)?(?:之差|的差|差额|的差额)(?:是|为|等于)?(?:多少|几)?"), r"\1相差多少"),
    (re.compile(r"^\W*(?:那|那么)?(?:两者|二者|两个)?(?:相减|一减|减一下|作差|减一减)(?:呢|是多少|得多少|等于多少|多少|得几)?\W*$"), "两者相差多少？"),
    # "everything except the granted ones — how many requests?": the requests handled, less the part set aside
    (re.compile(r"(?<!\bin )(?<!\bwith )\b(?:everything|all (?:the )?(?:rest|others|other ones)|all of them) (?:except|but|other than|apart from|besides|excluding) "
                r"(?:for )?", re.I), "requests handled except "),
    # "requests that were neither granted nor partly granted": both set aside (never the second read as the one asked)
    (re.compile(r"\b(?:were|was|got|been) neither ((?:fully |wholly )?(?:granted|released|disclosed)(?: in full| fully)?) nor "
                r"((?:partly|partially|part-|in part )\s*(?:granted|released|disclosed))\b", re.I),
     r"were handled, except the \1 and \2 ones"),
    # "占新收申请的多少？": a share of another count, asked as its proportion (not "自然人占了多少", a count of its part)
    (re.compile(r"占(了)?([^，,。？?]{1,12}?)的(?:多少|几)(?![件个项条起次])"), r"占\1\2的比例"),
    # "how many requests did not get any information?": neither granted nor partly granted (never every request)
    (re.compile(r"\b(?:did not|didn'?t|never|failed to|did not manage to) (?:get|receive|obtain) (?:any|the|a single piece of) (?:of the )?"
                r"(?:information|info|data|documents?)(?: (?:at all|they (?:asked|wanted|requested)(?: for)?))?\b", re.I),
     "were handled, except the granted and partially granted ones"),
    # "… sorry if my question is unclear": an apology after the question (no row of requests unclear)
    (re.compile(r"[\s,.;!?—–-]*\b(?:sorry|apologies|excuse me)\b[, ]*(?:if|that|for|in case)? ?(?:my|the|this) (?:question|wording|english|phrasing|"
                r"chinese|typing|message)(?: is| was| sounds| seems)? ?(?:unclear|confusing|weird|awkward|odd|vague|bad|clumsy|not clear|"
                r"a bit off|messy)?[.!]*\s*$", re.I), "?"),
    (re.compile(r"[，,。\s]*(?:不好意思|抱歉|对不起)[，,]?(?:我)?(?:问得|说得|表达得|写得)(?:不太|不够|不)?(?:清楚|明白|准确|规范)[^？?]{0,6}$"), ""),
    # "How many unfinished requests did Shuyang County bring with it into 2025 from 2024?": carried over into that year
    (re.compile(r"\b(?:bring|brought|carry|carried|take|took)(?: them| it)?(?: with (?:it|them))? (?:over )?into (20\d\d) from (20\d\d)\b", re.I),
     r"carry over from \2 into \1"),
    # "申请人要的东西全都拿到手的": granted in full (予以公开)
    (re.compile(r"(?:申请人)?(?:要的|申请的|想要的|申请要的)(?:东西|信息|材料|内容|资料)?(?:全都|全部|都|统统)(?:拿到|得到|获得|要到)(?:手|了)?(?:了)?(?:的)?"), "予以公开的"),
    # "先申请了行政复议、对结果不服再去打官司的": lawsuits after a reconsideration (复议后起诉)
    (re.compile(r"先(?:申请了?|提起了?|走了?|做了?|去)?(?:行政)?复议(?:了)?[、，,]?\s*(?:对(?:复议)?结果不服|不服|之后|以后|后)?[、，,]?\s*(?:再|又|才)?(?:去)?"
                r"(?:打(?:了)?官司|起诉|告到法院|上法院|去法院)"), "复议后起诉"),
    # "只给了部分信息（区分处理）的申请": partly granted (部分公开)
    (re.compile(r"只(?:给了?|提供了?|公开了?|拿到了?)(?:一)?部分(?:信息|内容|材料|资料)?"), "部分公开"),
    # "部分公开（区分处理）的": the table's own gloss of partly granted, said in brackets
    (re.compile(r"(部分公开|部分提供|部分给予)\s*[（(]\s*(?:经|按|做了?|进行了?)?区分处理(?:的|后)?\s*[）)]"), r"\1"),
    # "我记错年份了，应该是2024年": the same thing of the year corrected
    (re.compile(r"^\W*(?:哦|噢|啊|呃)?\W*(?:我)?(?:记错|说错|搞错|写错|弄错|看错)(?:了)?(?:年份|年度|年)(?:了)?[，,。\s]*(?:应该|其实|实际)(?:上)?(?:是)?\s*"
                r"((?:19|20)\d\d)\s*年?(?:的)?\W*$"), r"\1年的呢？"),
    # "Hmm, wrong place - I wanted the Shanghai General Office in 2019.": the same thing of the body (and year) corrected
    (re.compile(r"^\W*(?:(?:hmm+|oh|oops|sorry|wait|ah|ugh)[,.!\s]*)*(?:wrong (?:place|body|office|one|agency|government|report)|my mistake|"
                r"I mixed (?:them|it) up)\s*[-—–,.:;!]*\s*I (?:wanted|meant|was after|needed|need|want) (?=\S)", re.I), "What about "),
    # "…多几件？我在写个小报道": what the asker is doing, said after the question
    (re.compile(r"(?<=[？?])\s*(?:我)?(?:在|正在|要)(?:写|做|准备|赶)(?:个|一个|一篇|篇)?(?:小)?[^？?。]{0,8}(?:报道|稿子|文章|材料|论文|作业|报告|新闻)[^？?]{0,6}$"), ""),
    # "counting only the year's new ones and not carried-over ones": new requests, the carried-over ones left out
    (re.compile(r"\b(?:counting|including|taking) only (?:the )?(?:(?:year|this year|that year)'s )?new ones,? (?:and )?(?:not|leaving out|without) "
                r"(?:the )?(?:carried[- ]over|brought[- ]forward) ones\b", re.I), "not counting carried-over ones"),
    # "…put out [本年制发]? for a comparison table, thanks": what the answer is for, said after the question (no comparison asked)
    (re.compile(r"(?<=[?？])\s*(?:(?:it'?s|this is|that'?s|I need (?:it|this)|need (?:it|this)|just|all) )?for (?:a |my |our |the |an )?"
                r"(?:comparison|comparative|compare|cross-?body|side-by-side) (?:table|chart|sheet|spreadsheet|slide|grid|piece|column)s?\b[^?？]*$", re.I), ""),
    (re.compile(r"(?<=[？?])\s*(?:我)?(?:要|想|在)?(?:做|画|填|整理)(?:个|一个|一张|张)?(?:对比|比较)(?:表|图|表格)(?:用)?[^？?]{0,8}$"), ""),
    # "lawsuits brought after 复议": an English question glossing the review in Chinese
    (re.compile(r"\b(after|following|post|without|before|skipping)\s*(?:an? |the )?(?:行政)?复议(?:程序)?(?=[\s,.;:?!)\-—–]|$)", re.I), r"\1 reconsideration"),
    # "who left the fewest requests to the next year?": requests carried forward to the next year
    (re.compile(r"\b(?:left|leave|leaves|leaving) (?:the )?((?:most|fewest|least|more|fewer|highest number of|lowest number of|smallest number of|"
                r"largest number of) )?((?:unfinished |pending |open |unresolved )?(?:requests|applications|cases) )?(?:over |behind |pending |open |unfinished )?"
                r"(?:to|for|into) (?:the )?(?:next|following|coming) year\b", re.I), r"carried \1\2forward to next year"),
    # "Same column for normative documents?": the column just asked, of another row
    (re.compile(r"^(\W*(?:and |so |ok,? |okay,? )?(?:what about |how about )?(?:the )?)same (?:column|measure|cell|heading|header)s? (?=(?:for|of) )", re.I),
     r"\1same "),
    # "organisations outside the four named types": the applicant column of other organisations
    (re.compile(r"\b(?:organi[sz]ations?|bodies|entities|legal persons|institutions)\s+(?:that (?:are|were|fall) )?(?:outside|beyond|not (?:in|of|among|one of)|other than|besides|"
                r"apart from|falling outside)\s+(?:the\s+)?(?:four|4)\s+(?:named|listed|specific|specified|given|set|standard)?\s*"
                r"(?:types?|kinds?|categories|columns|groups|classes)(?: of (?:organi[sz]ations?|applicants?|legal persons))?\b", re.I), "other organisations"),
    # "…under other handling — all applicants together?": the row's total column, not a sum asked of other things
    (re.compile(r"\s*[,—–-]+\s*(?:for |across )?all (?:the )?(?:applicants?|applicant (?:types|kinds|columns|categories)|kinds of applicants?|columns) "
                r"(?:together|combined|added together|put together|in total|taken together)\s*(?=[?？.]*\s*$)", re.I), ""),
    # "And how many such replies went to individuals?": the answer just given, of another column (not the replies of every row)
    (re.compile(r"\bhow many (?:such|those|these|of (?:those|these|the same)|of such|the same) (?:kinds? of |sorts? of )?(?:replies|answers|responses|decisions|notices|letters|outcomes)\b", re.I),
     "how many of those"),
    # "淮安2024年企业和律所之类的法律服务机构": an everyday name glossing the column named after it
    (re.compile(r"(?:律所|律师事务所|律师所|律师|公司|企业|学校|高校|研究所|大学|协会|基金会|慈善组织)(?:之类|这类|一类|这些|等)的?(?=(?:法律服务机构|商业企业|科研机构|社会公益组织))"), ""),
    # "Counting carried-over cases too, how many requests did … receive in 2024?": the aside said first, read after the question
    (re.compile(r"^\W*((?:counting|including|with) (?:the )?(?:carried[- ]over|brought[- ]forward) (?:ones|cases|requests|applications)(?: too| as well| also)?)"
                r"\s*[,:;—–-]+\s*(how many\b[^?？]*?)\s*([?？]*)\s*$", re.I), r"\2, \1?"),
    # "direct lawsuits + after-review lawsuits": the lawsuits filed after a review, named before their noun
    # (not "direct and post-review suits", whose noun is the direct ones' too)
    (re.compile(r"(?<!\band )(?<!\bor )(?<!& )(?<!/)\b(?:after|post)[- ](?:review|reconsideration)\s+(lawsuits|suits|litigation|cases|court cases)\b", re.I),
     r"\1 after review"),
    # "沭阳25年被告了几次（不算复议后起诉的）", "行政诉讼几件，不算直接起诉的": the lawsuits of the other kind alone
    (re.compile(r"(?:行政诉讼|诉讼|官司|被告了?|被起诉了?)([^，。？?（(]{0,8}?)\s*(?:[（(]\s*|[，,]\s*)(?:不算|不含|不包括|除去|除了|不计)(?:经过)?复议(?:后|之后)(?:再|又)?起诉(?:的)?"
                r"(?:在内)?\s*(?:[）)]|(?=\s*[？?。]?\s*$))"), r"未经复议直接起诉\1"),
    (re.compile(r"(?:行政诉讼|诉讼|官司|被告了?|被起诉了?)([^，。？?（(]{0,8}?)\s*(?:[（(]\s*|[，,]\s*)(?:不算|不含|不包括|除去|除了|不计)(?:未经复议)?直接(?:起诉|诉讼|去法院)(?:的)?"
                r"(?:在内)?\s*(?:[）)]|(?=\s*[？?。]?\s*$))"), r"复议后起诉\1"),
    # "从2024年滚过来还没办完的申请" (in 2025's report): carried over from the year named
    (re.compile(r"从((?:19|20)\d\d)\s*年度?(?:滚|拖|带|挪|遗留|压)(?:过来|进来|下来)(?:的)?(?:还)?(?:没办完|未办完|没办结|未办结|没有办完)?(?:的)?"), r"从\1年结转过来的"),
    # "only the new ones, please don't add the ones carried in from 2024": the new requests, the carried-over ones left out
    (re.compile(r"[,，—–-]*\s*(?:only the new ones,?\s*)?(?:please\s+)?(?:don'?t|do not|without|and not)\s+(?:add(?:ing)?|count(?:ing)?|includ(?:e|ing)|lump(?:ing)? in)\s+"
                r"(?:in\s+)?(?:the\s+)?(?:ones|requests|applications|cases)?\s*(?:that\s+(?:were|had been)\s+)?(?:carried|brought|rolled)[\s-]+(?:in|over|forward)"
                r"(?:\s+(?:from|since)\s+(?:(?:19|20)\d\d|the (?:previous|prior) year|last year))?", re.I), " not counting carried-over ones"),
    # "the one simply labelled \"3. other\"" under other handling: its third item
    (re.compile(r"(?:the one\s+)?(?:simply\s+)?(?:labell?ed|called|named|marked|headed)?\s*[\"“'‘]\s*3\s*[.、]\s*other\s*[\"”'’]", re.I), " 3、其他 "),
    # "set aside … because the same thing had already been asked": duplicate applications
    (re.compile(r"\bbecause (?:the same (?:thing|information|info|request)|it|they) had (?:already )?been (?:asked|requested|asked for|applied for)(?: (?:before|already))?\b", re.I),
     "as duplicate applications"),
    # "Does that 1191 include the backlog from 2024? How big was the backlog?": the requests carried over
    (re.compile(r"\bthe backlog (?:inherited |carried over |brought over )?from ((?:19|20)\d\d)\b", re.I), r"requests carried over from \1"),
    (re.compile(r"\bhow (?:big|large) was (?:the|that) backlog\b", re.I), "how many were carried over"),
    # "how many … reconsideration cases had not yet been decided?": still pending
    (re.compile(r"\b(?:had|have|has) not (?:yet )?been (?:decided|concluded|closed|settled|resolved|ruled on)\b", re.I), "were still pending"),
    # "requests passed on to 2026, not the ones from 2024": the year named to set the other row aside
    (re.compile(r"[,，]?\s*not (?:the ones|those) (?:from|of|carried (?:in|over) from) (?:19|20)\d\d\b", re.I), ""),
    # "从2023年接手、转到本年度继续办的申请": carried over from the year before
    (re.compile(r"从((?:19|20)\d\d)\s*年度?(?:接手|接过来|接过)(?:了)?(?:的)?[、，,]?\s*(?:(?:再)?(?:转到|转入|带到|放到)(?:本年度|本年|今年)?)?(?:继续办|接着办|继续办理)?(?:的)?"),
     r"从\1年结转过来的"),
    # "抱歉年份搞错了，应该是2019年那份。"
    (re.compile(r"^\W*(?:抱歉|不好意思|对不起|哦|噢|啊)?\W*(?:我)?(?:把)?(?:年份|年度)(?:搞错|记错|说错|写错|弄错|看错)了?[，,。\s]*(?:应该|其实|实际)(?:上)?(?:是)?\s*((?:19|20)\d\d)\s*年?"
                r"(?:的|那份|那一份|那年)?(?:报告|年报)?\W*$"), r"\1年的呢？"),
    # "Oops, wrong year. 2023 please.": the year or body corrected in a sentence of its own, the same quantity asked
    (re.compile(r"^\W*(?:(?:oh|ah|oops|whoops|sorry|wait|no|nope|hmm|my bad|my mistake)\b[\s,!.;:—–-]*)+(?:(?:that'?s |it'?s )?(?:the )?wrong "
                r"(?:year|body|office|agency|place|one|district|county|city|department|report)\b)[\s,!.;:—–-]*(?=(?:19|20)\d\d|'\d\d|[A-Z])", re.I), "what about "),
    # "Wait, wrong row - normative documents, not regulations.": another row, the column asked the same
    (re.compile(r"^\W*(?:(?:oh|ah|oops|whoops|sorry|wait|no|nope|hmm|my bad|my mistake)\b[\s,!.;:—–-]*)+(?:(?:that'?s |it'?s )?(?:the )?wrong "
                r"(?:row|line|item|category|type)\b)[\s,!.;:—–-]*(?:(?:I|i) (?:meant|mean|wanted|want|need)\s+)?([^,.?!;]{2,60}?)\s*"
                r"(?:[,，;]\s*(?:and\s+)?not\s+(?:the\s+)?[^,.?!;]{2,40})?\W*$", re.I), r"what about \1"),
    # "一年里净增了几件？": the change between the two years just asked
    (re.compile(r"(?:这|那)?一年(?:里|中|间|下来|内|当中)[，,]?(?=(?:净|一共|总共|共)?(?:增|减|多|少))"), ""),
    (re.compile(r"净(?:增加|增长|增)了?(?=多少|几)"), "增加了"),
    (re.compile(r"净(?:减少|下降|减)了?(?=多少|几)"), "减少了"),
    (re.compile(r"\bnet (?=(?:increase|gain|growth|rise|change|decrease|drop|fall|loss|reduction)\b)", re.I), ""),
    # "表下面注明含上年度结转的，那这里面…": what the table notes about itself, said before the question — not a row asked
    (re.compile(r"^\W*(?:表|表格|统计表|表四|表三)(?:下面|下方|底下|后面|里|上|中)?(?:注明|标注|写明|注|说明|备注)(?:了)?(?:是)?(?:含|包含|包括)[^，,。？?]{0,14}[，,]\s*(?:那|那么)?"), ""),
    # "所有没有被全部公开的办理结果（部分公开、不予公开、…）加起来": the outcomes listed, not the words that gather them
    (re.compile(r"(?:所有|全部|凡是)?(?:没有|没|未)(?:被|能|得到|获得)?(?:全部|完全|全额|全)公开的(?:办理结果|结果|情形|申请|情况)?\s*[（(]([^（）()]{4,60}?、[^（）()]{2,30}?)[)）]"), r"\1"),
    # "…部分公开、不予公开…和其他处理办理结果（部分公开、不予公开、…）": a list in brackets that only repeats the items
    # said before it (an earlier rewrite spelt them out): said once
    (re.compile(r"[（(]([^（）()]{2,60}?、[^（）()]{2,60}?)[)）]"),
     lambda m: "" if all(p.strip() and p.strip() in m.string[:m.start()] for p in re.split(r"、|和|及|以及", m.group(1))) else m.group(0)),
    # "部分公开、不予公开…和其他处理办理结果加起来": the outcomes listed, "办理结果" the kind they are (not row 七's total)
    (re.compile(r"((?:部分公开|不予公开|无法提供|不予处理|其他处理|予以公开)(?:[、和及]|以及)[^，,。？?]{0,40}?(?:部分公开|不予公开|无法提供|不予处理|其他处理|予以公开))"
                r"(?:这些|这几类|这几种|等)?(?:的)?(?:办理结果|结果)(?!总计|合计|总数)"), r"\1"),
    # "govt information", "gov't": the word shortened
    (re.compile(GOVT_SHORT, re.I), "government"),
    # "…一共收了多少钱？按报告里的单位说。": the unit to answer in, not the applicant column 单位
    (re.compile(r"[，,。]?\s*(?:请)?(?:就)?(?:按|用|以|照)(?:着)?(?:报告|年报|表格?|原文)(?:里|中|上)?(?:的|写的|用的)?(?:计量)?单位(?:来)?(?:说|讲|回答|答|给|表示|写)?(?:吧|就行|即可)?[。.！!]?"), "。"),
    # "What did Huai'an's city government report in table 2 as administrative … fees collected in 2024?": the cell
    # that table prints, asked
    (re.compile(r"^\W*what (did|does|do) (.{2,60}?) (report|list|give|record|state|print)(?=[^?]{0,30}\bas\b[^?]{0,60}\b(?:fees?|charges?|amounts?|money|yuan)\b)", re.I),
     r"how much \1 \2 \3"),
    (re.compile(r"^\W*what (did|does|do) (.{2,60}?) (report|list|give|record|state|print)(?= (?:in|on) (?:the )?table\s*(?:[234]|two|three|four)\b[^?]{0,30}\bas\b)", re.I),
     r"how many \1 \2 \3"),
    # "smallest number of 行政强制 decisions": the Chinese row inside the English measure, read apart from it
    (re.compile(r"\b(number of|count of|total of|numbers of)\s+([\u4e00-\u9fff“”\"'‘’]{2,14})\s+(decisions?|cases|requests|applications|items|documents)\b", re.I),
     r"\1 \3 for \2"),
    # "第三个小项（就叫“其他”的那行）": the numbered row's printed name, said again in brackets — not a second row
    (re.compile(r"(?<=项)\s*[（(]\s*(?:就|也)?(?:叫|是|即|名为|写着|写的是|标着)(?:做)?[“\"「‘']?[^”\"」’'）)]{1,10}[”\"」’']?(?:的)?(?:那|这)?(?:一)?(?:行|项|栏|个)?\s*[)）]"), ""),
    # "the information wasn't in its possession": not held
    (re.compile(r"\b(?:was ?n['’]?t|is ?n['’]?t|was not|is not|were not|were ?n['’]?t|not)\s+in\s+(?:its|their|the office['’]s|the body['’]s|the agency['’]s|"
                r"the government['’]s|the department['’]s)\s+possession\b", re.I), "was not held by them"),
    # "individuals who got the info fully or partly — combined": granted in full and in part
    (re.compile(r"\b(?:got|received|obtained|were given|was given)\s+(?:the\s+)?(?:info(?:rmation)?|documents?|files?|data|it|what they asked for)\s+"
                r"(?:either\s+)?(?:fully|in full|completely|wholly)\s+or\s+(?:partly|partially|in part)\b", re.I),
     "were granted in full or partially granted"),
    # "洪泽区政府收到的申请，有几件只公开了一部分？": the requests named as the whole of the part asked, not the new requests
    (re.compile(r"(?:收到|受理|接到|接收)的(?=(?:信息公开|政府信息公开)?申请[，,]\s*(?:其中)?(?:有)?(?:几|多少)件)"), ""),
    # "answer by releasing everything requested": granted in full
    (re.compile(r"\b(?:by\s+)?(?:releas(?:ing|ed|e)|disclos(?:ing|ed|e)|giv(?:ing|e)|gave|hand(?:ing|ed)? over) (?:out )?everything "
                r"(?:requested|asked for|they asked for|that was requested|that was asked for|the applicants? asked for)\b", re.I), "granted in full"),
    # "which was more common?", "the least frequent outcome": more, fewest — a count ranked
    (re.compile(r"\b(more|most|less|least)\s+(?:common|frequent|usual|prevalent|often seen)\b", re.I), r"\1"),
    (re.compile(r"\b(?:more|most) often\b(?=\s*[?？.]|\s*$)", re.I), "most"),
    # "and how many went into 2025?" after the requests carried over into 2024: carried forward into the year after
    (re.compile(r"\b(?:went|go|goes|gone|going|moved|rolled|passed|spilled|spilt)\s+(?:over\s+|on\s+|forward\s+)?into\s+((?:19|20)\d\d)\b", re.I),
     r"were carried forward into \1"),
    # "…三个小项加起来一共多少？我拿来核对（七）总计。": what the answer is for, said after the question — not an addend
    (re.compile(r"(?<=[？?。])\s*(?:我)?(?:是)?(?:拿来|要拿来|想拿来|用来|要|想|准备)?(?:跟|和|与|同)?(?:核对|对照|比对|对一下|核一下|验证|校对)[^。？?]{0,16}[。.!！]?\s*$"), ""),
    # "(petition-type, repeat applications and the rest)": examples of the group asked, the whole group asked
    (re.compile(r"\s*[（(][^()（）]{2,80}?\b(?:and|&) (?:the rest|the others|all the rest|so on|others)\s*[)）]", re.I), ""),
    # "weren't handled at all": not processed
    (re.compile(r"\b(?:were ?n['’]?t|were not|was ?n['’]?t|was not|not) (?:handled|dealt with|processed) at all\b", re.I), "were not processed"),
    # "of the decided ones, how many went against the city?": the review's or suit's outcome corrected
    (re.compile(r"\b(?:went|gone|ruled|decided|came down|found) against (?:the )?(?:city|county|district|government|office|body|commission|"
                r"department|agency|bureau)(?: government)?\b", re.I), "were corrected"),
    (re.compile(r"^\W*(?:and\s+)?of the (?:decided|concluded|closed|finished|settled) ones,?\s*", re.I), ""),
    # "淮安那些里面企业申请的占几件": a part of the count just given, by who applied (the body named again before it)
    (re.compile(r"(?:那些|这些)(?:申请)?(?:里面|里头|里|中|当中|之中)[，,]?\s*(?=[\u4e00-\u9fff]{1,8}?(?:提的|提交的|递的|递交的)?申请的)"), "其中"),
    # "new requests from individuals plus their ones carried over": the same applicants' column of the other row
    (re.compile(r"\b(?P<who>(?:private )?individuals|natural persons|citizens|companies|businesses|enterprises|firms|"
                r"research (?:institutions|institutes|bodies)|legal service (?:providers|institutions|firms|agencies)|"
                r"(?:public[- ]interest|social|non-?profit) (?:organi[sz]ations|groups|bodies))\b(?P<mid>[^?.;]{0,60}?\b(?:plus|and|together with|along with|\+)\s+)"
                r"their(?: own)?(?: ones| requests| applications| cases)?\b(?=\s+(?:carried|brought|rolled|left|inherited|still|pending|that were carried))", re.I),
     r"\g<who>\g<mid>\g<who>'s requests"),
    # "how many new info requests landed on its desk?": received
    (re.compile(r"\b(?:landed|arrived|turned up|showed up|ended up|came in)\s+(?:on|at)\s+(?:its|their|the office['’]s|the body['’]s|the)\s+desks?\b", re.I),
     "were received"),
    # "how many requests were handed on to 2025?": carried over into that year
    (re.compile(r"\b(?:handed|passed) on\s+(?=(?:un(?:finished|resolved)\s+)?(?:to|into)\s+(?:(?:19|20)\d\d|the next year|next year|the following year)\b)", re.I),
     "carried over "),
    # "besides rules and normative docs, how many 'other' municipal government documents …": the other documents the text
    # counts apart, the kinds set aside named only to say so
    (re.compile(r"\b(?:besides|apart from|aside from|other than|excluding|not counting)\s+(?=[^,?;—–]{0,40}\b(?:rules|regulations|normative)\b)"
                r"[^,?;—–]{2,60}?[,，—–]\s*(?=[^?]*['‘\"“]?\bother\b)", re.I), ""),
    # "纠正的是几件，与总计对得上吗？": the total named only as what the count is checked against (the check asked)
    (re.compile(TOTAL_CHECKED_AGAINST_ZH + r"(?=(?:是否|能否|能不能)?(?:对得上|对上|一致|相符|吻合))"), ""),
    # "new info requests": information, shortened
    (re.compile(r"\binfo\b(?=\s+(?:requests?|applications?|disclosure|releases?|items?)\b)", re.I), "information"),
    # "第（三）项最后一小项", "不予处理的最后一项", "the last sub-item under withheld": the group's last numbered line (the
    # template's groups hold 8, 3, 5 and 3 lines), not the group's total
    (LAST_LINE_ZH_RE,
     lambda m: m.group(1) + "第" + str(_LAST_SUB_ITEM[re.sub(r"[第项（()）]", "", m.group(1))]) + "小项"),
    (LAST_LINE_EN_RE, _last_sub_item_en),
    # "how many requests did Huai'an still have on its plate at the start of 2024?": carried over into that year; "… on its
    # plate at the end of 2024": carried forward out of it
    (re.compile(r"\b(?:did|does|do)\s+([^?]{2,40}?)\s+(?:still\s+)?(?:have|had)\s+(?:still\s+)?(?:left\s+)?on (?:its|their|the) (?:plate|desk|books|hands)\s+"
                r"at the (?:start|beginning|outset) of\s+((?:19|20)\d\d)\b", re.I), r"did \1 carry over into \2"),
    (re.compile(r"\b(?:did|does|do)\s+([^?]{2,40}?)\s+(?:still\s+)?(?:have|had)\s+(?:still\s+)?(?:left\s+)?on (?:its|their|the) (?:plate|desk|books|hands)\s+"
                r"at the (?:end|close) of\s+((?:19|20)\d\d)\b", re.I), r"did \1 carry forward at the end of \2"),
    # "the backlog inherited from 2024 and the new arrivals": the requests newly received
    (re.compile(r"\bnew(?:ly)? arrivals?\b|\bfresh arrivals?\b", re.I), "new requests"),
    # "Is that only individuals? What's the count for companies?": a check on the figure given, then the question asked
    # (not "Were those all from individuals? How many were?": the check names what the bare question counts)
    (re.compile(r"^\W*(?:is|was|are|were) (?:that|this|it|those|these) (?:only|just|solely|all) [^?]{2,30}\?\s*(?=(?:what|how|and)\b[^?]*\b(?:for|from|by|of)\b)", re.I), ""),
    # "people who first did reconsideration and THEN sued": lawsuits filed after a reconsideration
    (re.compile(r"\b(?:(?:people|those|applicants|ones|folks|persons|cases) (?:who|that) )?(?:first )?(?:did|went through|went for|applied for|filed(?: for)?|sought|"
                r"asked for|had|requested|tried) (?:a |an )?(?:administrative )?(?:reconsideration|review)s? (?:first )?and (?:then|only then|afterwards|"
                r"after that|later|next)\s+(?:sued|went to court|filed (?:a )?(?:lawsuit|suit|case)s?|took (?:it|them|the case) to court)\b", re.I),
     "lawsuits after reconsideration"),
    # "想确认下淮安2024年一共办理了多少件": the asking said as confirming (a number still asked)
    (re.compile(r"(?:我)?(?:想|要|就想|只想)(?:再)?(?:确认|核实|求证)(?:一)?下(?![一个年])|(?<![想要])确认下(?![一个年])"), "确认一下"),
    # "一共办理（答复）了多少件": the same verb said twice, the second in brackets
    (re.compile(r"(办理|答复|处理|办结)\s*[（(]\s*(?:或|即|也就是|亦即)?\s*(?:办理|答复|处理|办结)\s*[)）]"), r"\1"),
    # "how many are valid now in total": the documents in force, "in total" said of them (no parts to add)
    (re.compile(r"\b((?:still |currently |now )?(?:valid|in force|in effect|effective)(?: now| currently| today| still)?)\s+(?:in total|altogether|in all|overall)\b", re.I),
     r"\1"),
    # "（上年结转的别算进来）", "(don't count the carried-over ones)": a remark ruling a row out, not a row asked
    (re.compile(r"[（(][^（）()]*?(?:别|不要|不用|无需|不必|勿)(?:把[^（）()]{0,10}?)?(?:算|加|计|统计)(?:进来|进去|在内|上|入)?[^（）()]*[)）]|"
                r"[（(]\s*(?:please\s+)?(?:don['’]t|do not|not|without|excluding)\s+(?:count(?:ing)?|includ(?:e|ing)|add(?:ing)?)\b[^()]*[)）]", re.I), " "),
    # "淮安2024年“未经复议直接起诉”四种结果相加应等于总计，这个总计是几？": the row's own total, its parts named to say
    # which total (the rule below would drop the row with the left side)
    (re.compile(r"([^，,。；;？?：:]{2,40}?)(?:的)?(?:[一二三四五六七八九十两\d]+\s*(?:种|个|项))?(?:结果|分项|小项|子项|细项)?(?:各项)?"
                r"(?:相加|加起来|加总|之和)(?:应当|应该|理应|应)(?:要)?等于(?:它的|其|该项)?(?:总计|合计|总数)(?=[，,])"), r"\1的总计"),
    # "（一）到（六）加起来应当等于（七）总计，表上这个总计印的是多少？", "received plus carried-over should equal processed plus
    # carried-forward. What does the processed + carried-forward side come to?": the rule stated, its right side asked
    # (never "…should add up to what?", "应当等于多少": the rule's sum itself asked)
    # (a body and year the clause opens with stay: "沭阳2025年办理结果各项相加应该等于（七）总计，…")
    (re.compile(r"(?:^|(?<=[，,：:。；;]))(?:([^，,。；;？?：:]*?(?:19|20)\d{2}\s*年度?)|)[^，,。；;？?：:]*?(?:应当|应该|理应|应)(?:要)?等于(?!\s*(?:多少|几|啥|什么))"), r"\1"),
    # "…received plus brought-forward ought to equal handled plus carried-forward. Which number does row (七)总计 show?":
    # the rule, whole, stated before a sentence asking one row's cell — neither side of it asked
    (re.compile(r"(?:^|(?<=[,:;.]))[^,.;?:]*?\b(?:should|must|ought to|is supposed to|are supposed to)\s+(?:equal|match|add up to|be equal to)\s+"
                # ("What does the table print as the natural-person 'total handled' figure?": one cell named)
                r"[^.?]*\.\s*(?=(?:so\s+|and\s+|now\s+)?(?:which|what)\b[^?]*\b(?:row|line|cell|print(?:s|ed)? as)\b)", re.I), " "),
    (re.compile(r"(?:^|(?<=[,:;.]))[^,.;?:]*?\b(?:should|must|ought to|is supposed to|are supposed to)\s+(?:equal|match|add up to|be equal to)\s+"
                r"(?!(?:what|how much|how many|which)\b)", re.I), " "),
    # "What does the processed + carried-forward side come to?": the side of the rule is its parts
    (re.compile(r"(?<=[\w-])\s+side\b(?=\s+(?:come|comes|add|adds|amount|amounts|total|totals|sum|sums)\b)", re.I), ""),
    # "既没公开、也没说拿不到，而是被归为不予处理或者其他处理的": the rows ruled out, then the ones asked
    (re.compile(r"既(?:没有?|不是|非|未)[^，,。？?]*?[、，,]\s*也(?:没有?|不是|非|未)[^，,。？?]*?[，,]\s*而是"), ""),
    # "2023年的情况又怎样？": that year, the quantity kept
    (re.compile(r"((?:19|20)\d{2}\s*年度?)(?:的)?情况(?:又|是|又是)?(?:怎样|怎么样|如何)"), r"\1呢"),
    # "洪泽还是那个区": the body named again, said to be the same one
    (re.compile(r"(?:还是|仍是|也是|就是)(?:那个|这个|同一个)(?:区|县|市|单位|部门|机关|办公厅|委员会)(?:的)?"), " "),
    # "and that sub-item's total?", "adding up the applicant columns": the total column of the row asked
    (re.compile(r"\b(?:that|this|the) (?:sub-?item|sub-?row|line|row)(?:'s|’s) total\b", re.I), "the total"),
    (re.compile(r"\b(?:adding|add|summing|sum) up (?:all )?(?:the |its )?(?:six |6 )?(?:applicant|applicants'?) columns\b", re.I), "total"),
    # "the 'not held' cells across all six applicant columns add up to": the row's total
    (re.compile(r"\bcells?\s+(?:across|over|in|of)\s+(?:all\s+)?(?:the\s+)?(?:six|6)\s+(?:applicant\s+|applicants'?\s+)?columns\b", re.I), "total"),
    # "这61件里有没有还没审结的？有的话几件": how many of them, asked in two sentences
    (re.compile(r"有没有([^。？?！!]{1,12}?)(?:的)?\s*[？?]\s*(?:如果)?有的话[，,]?\s*(?:是|有)?\s*(多少|几)"), r"\1的有\2"),
    # "复议那栏总计印的是0，可维持、纠正、其他结果、尚未审结四格实际加起来是多少": the printed total said, then its cells added
    (re.compile(r"(?:那栏|那一栏|这栏|这一栏|一栏|栏)?(?:的)?总计(?:那格|一格)?(?:印|写|填)(?:的|着)?(?:是|为|成)?\s*\d+(?:件)?\s*[，,]\s*(?:可是?|但是?|然而|不过)?"), "，"),
    # (after a list of appeals outcomes only: never "这两项加一起", "那这几项加起来呢" — the items just given — nor
    # "自然人、商业企业、法律服务机构、其他四格加起来", where 其他 is a column)
    (re.compile(r"(?:(?<=审结)|(?<=维持)|(?<=纠正)|(?<=其他结果))(?:[两三四五六]格|这几格|这几项)(?:实际(?:上)?)?(?=加|合|相加|一共|总共)"), ""),
    # "表三第一行": the first row of table 三 is the requests received
    (re.compile(r"表\s*(?:三|3)\s*(?:的)?第一行"), "表三本年新收"),
    # "拿到了全部或者部分信息的": granted in full or in part
    (re.compile(r"(?:拿到|获得|得到|取得)(?:了)?全部或(?:者)?部分(?:的)?(?:信息|政府信息)?"), "予以公开和部分公开合计"),
    # "哪年高？高了多少万元？": which year is higher (of an amount), by how much — as "哪年多？多了多少"
    (re.compile(r"(哪(?:一)?(?:个)?(?:年度|年份|年))(?:的)?(?:更)?高(?:一些|些)?"), r"\1多"),
    (re.compile(r"(哪(?:一)?(?:个)?(?:年度|年份|年))(?:的)?(?:更)?低(?:一些|些)?"), r"\1少"),
    (re.compile(r"(?<=年多[？?])\s*(?:那)?(?:高了|高出|高)(?=多少|几)"), "多了"),
    (re.compile(r"(?<=年少[？?])\s*(?:那)?(?:低了|低)(?=多少|几)"), "少了"),
    # "商业企业、科研机构、社会公益组织、法律服务机构和其他这五列": the organisations' 'other' column, last of their list
    (re.compile(r"(?<=机构|组织|企业)(和|、|及|以及)(?:其他|其它)(?=\s*(?:这|那)?\s*(?:[五四三两几]\s*(?:列|栏|类|项|个)|加|合计|一共|共|[，,。？?]|$))"), r"\1其他组织"),
    # "administrative review cases …, all outcomes together": the group's whole
    (re.compile(r"\ball (?:the )?outcomes? (?:together|combined|included|added up)\b", re.I), "in total"),
    # "Actually, make that 2023.", "No - make it Hongze.": the same quantity, another year or body
    (re.compile(r"^\W*(?:(?:actually|no|nope|sorry|wait|oops|hmm|ok|okay)\b[\s,!.;:—–-]*)*make (?:that|it) (?=(?:for |in )?"
                r"(?:(?:19|20)\d\d|'\d\d|the |[A-Z]))", re.I), "what about "),
    # "不好意思，我说的是沭阳县，2025年的", "搞错了，我要的是2024年洪泽的", "哦我看错了，应该是2025年那份报告": a correction
    (re.compile(r"^\W*(?:(?:不好意思|对不起|抱歉|sorry|哦|噢|喔|啊|呃|额|哎呀|哎哟|哎|唉|诶|欸|嗨)[，,。！!\s]*)*(?:我)?(?:搞错了|弄错了|说错了|看错了|问错了|写错了|不对|"
                # ("哦不是淮安，我问的是沭阳县2025年的": the body or year set aside, then the one meant)
                r"不是[\u4e00-\u9fff\w'’]{1,12}?(?:的)?(?=[，,。！!\s])|不是|错了|不(?=[，,。！!\s]))?[，,。！!\s]*"
                r"(?:我)?(?:说的是|要的是|问的是|要问的是|想问的是|想要的是|指的是|应该是|是问|其实想问的是|本来想问的是|真正想问的是|要看的是|想看的是|要查的是|想查的是|是想问|是想问的是|是要问|想问)(?:那个)?\s*", re.I), "那"),
    # "What was the equivalent figure for Shuyang County in 2025?", "Hongze 2023 for comparison?": the same quantity,
    # another body or year
    (re.compile(r"^\W*(?:and\s+|so\s+)?what (?:was|is|were|are) the (?:equivalent|corresponding|comparable|matching) (?:figure|number|count|total)s?\s+(?=for\b|in\b|at\b)", re.I),
     "what about "),
    (re.compile(r"^(?=\W*(?:and\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?\s+(?:19|20)\d\d\s+for comparison\W*$)\W*(?:and\s+)?", re.I), "what about "),
    (re.compile(r"\s+for comparison(?=\W*$)", re.I), ""),
    # "My mistake - companies, please.", "My mistake - I need the 2019 report, not 2025.": a correction, not a check for mistakes
    (re.compile(r"[,，]\s*(?:and\s+)?not\s+(?:in\s+|the\s+|for\s+)?(?:19|20)\d\d(?:['’]s)?(?:\s+(?:one|report|figure|version))?(?=\W*$)", re.I), ""),
    (re.compile(r"^\W*(?:my (?:mistake|bad|error)|whoops|oops)\b[\s,!.;:—–-]*(?:(?:I|i) (?:need|want|wanted|meant|mean)(?: the)?\s+)?", re.I), "what about "),
    # "同样的问题，上海市政府办公厅2025年是多少件": the same quantity, for the body and year named
    (re.compile(r"^\W*(?:那)?(?:按|按照|用|照)?(?:同样|一样|同一个|同一|相同)的?(?:问题|问法|口径|统计口径)[，,。：:\s]*(?:换成|问|看|查)?"), "那"),
    # "the grand total of handled requests (item 七)", "row (七) 总计", "表三第（七）项": table 三's row （七）总计, the
    # requests handled (no other table numbers a row 七)
    (re.compile(r"\b(?:item|row|line)\s*[（(]?\s*(?:七|7|vii)\s*[)）]?(?:\s*总计)?(?![\w.])", re.I), " total handled "),
    (re.compile(r"(?<!二十条)第?[（(]七[)）](?:项|行)?(?:\s*总计)?|(?<!二十条)第七(?:项|行)"), "办理结果总计"),
    # typing slips of a row's name ("行政复义", "行政处发", "撤会")
    (re.compile(r"复义"), "复议"), (re.compile(r"(?<=行政)处(?:发|法|伐)(?!规)"), "处罚"), (re.compile(r"(?<=主动)撤会|(?<=自己)撤会"), "撤回"),
    # "made public altogether, old and new", "新的旧的都算": every one so far, the cumulative total
    (re.compile(r"[,，]?\s*\b(?:both )?(?:old and new|new and old|old or new|new or old)(?: ones)?\b", re.I), " in total"),
    (re.compile(r"新(?:的)?旧(?:的)?(?:都算|全算|加一起)?|旧(?:的)?新(?:的)?都算"), "累计"),
    # "brand-new information requests that came in": requests newly received, not information that
    # would have had to be newly made
    (re.compile(r"\bbrand[- ]new (?:(?:information|info|disclosure|open[- ]government) )?(?=requests?\b|applications?\b)", re.I), "new "),
    # "沭阳县政府办理完的申请": the government handling (办理), not its office (政府办)
    (re.compile(r"(?<=政府)办(?=理|结|完)"), " 办"),
    # "信息公开相关的行政复议": disclosure-related, the reports' own subject
    (re.compile(r"(信息公开|政务公开)(?:相关|有关)的?"), r"\1"),
    # "信息公开引发的复议": the appeals over disclosure, which are all the table counts
    (re.compile(r"(信息公开|政务公开)(?:工作)?(?:引发|引起|导致|产生|带来)的?"), r"\1"),
    # "公司单位这些法人或其他组织", "律所、企业等法人": the examples before the class they are of — the class
    (re.compile(r"(?:公司|企业|单位|律所|律师事务所|社会组织|科研机构|高校)(?:[、和及与]?(?:公司|企业|单位|律所|律师事务所|社会组织|科研机构|高校))*"
                r"(?:这些|这类|这种|等|之类的?)(?=法人或其他组织|法人或者其他组织|法人)"), ""),
    # "how many got nothing?": nothing given (no one cell: granted is the opposite, received is not it)
    (re.compile(r"\b(?:got|get|received|were given|was given)\s+(?:nothing|no (?:info|information|answer|reply|response))\b", re.I),
     "nothing given"),
    # "new individual requests", "new company applications": the new requests, from individuals / companies
    (re.compile(r"\bnew\s+((?:individual|personal|private|company|business|corporate|law[- ]firm|lawyer|organi[sz]ation|research)s?)\s+"
                r"(requests?|applications?)\b", re.I), r"new \2 from \1"),
    (re.compile(r"\bnew\s+((?:19|20)\d\d)\s+(requests?|applications?)\b", re.I), r"new \2 in \1"),
    # "Direct disclosure lawsuits": the lawsuits filed directly (disclosure is the reports' own subject)
    (re.compile(r"\bdirect\s+(?:(?:information|info|government information)[- ])?(?:disclosure|FOI|open[- ]government)\s+"
                r"(lawsuits?|suits?|litigation|court cases?|cases? in court)\b", re.I), r"direct \1"),
    # "整份直接给了申请人的": the whole document handed over — granted in full
    (re.compile(r"整份(?:地)?(?:都)?(?:直接)?(?:给了?|提供了?|交给了?|公开了?)(?:给)?(?:申请人)?"), "全部给了"),
    # "从上一年接手的积压申请": the requests carried over from the year before
    (re.compile(r"从(?:上一?|前一|去)年(?:度)?(?:接手|接过来|接下|转过来|带过来|带下来|结转过来|留下来)的?(?:积压|遗留|没办完)?的?"), "上年结转的"),
    # "我们村有人去申请信息公开被拒了，…": a story's opening clause (whose refusal is not the count asked)
    (re.compile(r"^\s*(?:我|我们|我家|我们家|我们村|村里|我们小区|小区里|邻居|朋友|亲戚|同事)(?:有人|有个人|的人|家里人|的)?"
                r"[^，,。？?；;]{0,24}?(?:被拒|被驳回|没给|不给|没批|没公开|不公开)了?[，,]\s*(?=[^。？?]{6,})"), ""),
    # "我们村有人…被拒了，想对比一下，沭阳县2025年…有多少": a stated intention, one count asked (no comparison)
    (re.compile(r"(?:我|我们)?(?:就)?(?:想|要|打算)(?:拿来)?(?:对比|比较|比对)(?:一下|下)?[，,]\s*(?=[^，,。？?]*(?:多少|几))"), ""),
    # "这个数没算错吧？洪泽区政府2024那一项到底多少": the same item again, for the body or year named
    (re.compile(r"^\s*(?:那|那么)?(?:这个|那个|你说的这个|你说的那个)数(?:字)?(?:没(?:算|写|报)?错吧|对吗|对不对|没问题吧)[？?，,]\s*"
                r"([^？?。]{0,30}?)(?:的)?(?:那|这)一?(?:项|个数|个)(?:到底|究竟)?(?:是)?(?:多少|几件)\s*[？?]?\s*$"), r"\1同一项呢"),
    # "how many requests fell under 'not held' plus …": classed under, not a fall (no difference asked)
    (re.compile(r"\b(?:fell|fall|falls|falling)\s+(?:under|into|within)\b(?!\s+(?:19|20)\d\d)", re.I), "were in"),
    # "这些里面自然人申请的几件": the part of the count just given made by natural persons (申请 here is no
    # new-requests row)
    (re.compile(r"^(\s*(?:那)?(?:这些|这其中|其中|这里面|里面|当中|这当中|那些)(?:里面|里|中|当中)?[^。？?]{0,6}?"
                r"(?:自然人|法人|企业|公民|个人|律所|律师事务所|科研机构|社会公益组织|其他组织|商业企业|法律服务机构))"
                r"(?:提出|提交|递交)?(?:的)?申请(?:的)?(?=(?:有)?(?:几|多少))"), r"\1的"),
    # "ppl", "how many requests did they say no to": everyday English
    (re.compile(r"\bppl\b", re.I), "people"),
    (re.compile(r"\b(?:did|do|does) (they|it|the [\w'’]+(?: [\w'’]+)?) say no to\b", re.I), r"\1 said no to"),
    # "没给公开的", "没有给公开": not disclosed, as "没公开" (never the granted "给公开")
    (re.compile(r"(?:没有?|未)(?:给|给予|同意)(?=公开)"), "没"),
    (re.compile(r"不给(?=公开)"), "不"),
    # "被当成行政查询事项、没按信息公开办": one row said twice (属于行政查询事项), not a second row
    (re.compile(r"(?:被)?(?:当成|当作|算作|认定为|认定成)(?:是)?行政查询事项[、，,]?\s*(?:而)?没(?:有)?(?:按|按照|当)(?:照)?(?:政府)?信息公开(?:申请)?(?:来)?(?:办|处理|办理)(?:的)?"),
     "属于行政查询事项的"),
    # "set aside either as complaints/petitions or as duplicates": either of two rows, so both, added
    (re.compile(r"\beither\s+(as\s+|for\s+|because\s+)?([^?]{3,60}?)\s+or\s+(?:as\s+|for\s+|because\s+)?(?=[^?]{3,60}\?\s*$)", re.I),
     r"\1\2 plus "),
    # 沪 for 上海 ("沪市府办", "沪市政府办公厅")
    (re.compile(r"沪(?=市府办|市政府|市人民政府|府办|市科委)"), "上海"),
    # 术阳 for 沭阳 (both shù yáng), the county's name as people type it
    (re.compile(r"术阳"), "沭阳"),
    # "（后减前）", "(later minus earlier)": the difference's own order
    (re.compile(r"[（(]\s*(?:后减前|后一年减前一年|later minus earlier)\s*[)）]", re.I), " "),
    # "公开了的加上回复说没有的": answered "we do not hold it" (not "没有现成的信息", which needs creation)
    (re.compile(r"(?:回复|答复)(?:说)?(?:咱这|我们这|这边)?没有(?=的|[，,。？?]|$)"), "答复本机关不掌握"),
    # "直接把淮安市政府告上法院": the direct lawsuit, its body named in between
    (re.compile(r"直接把([^，,。？?]{2,14}?)(告上法院|告到法院|告上法庭|告了|起诉了?)"), r"把\1直接\2"),
    # "(direct + post-reconsideration)", "direct and post-review together": both kinds of lawsuit
    (re.compile(r"\bdirect\s*(?:\+|and|plus|&)\s*(?:post[- ]?(?:reconsideration|review)|after[- ]?(?:review|reconsideration))(?:\s+(?:ones|suits|lawsuits|cases))?\b", re.I),
     "lawsuits filed directly plus lawsuits after reconsideration"),
    # "其他处理 中的 其他": a sub-item named inside its group, spaced out
    (re.compile(r"(?<=[\u4e00-\u9fff”\"'’])\s+(中的|里的|里面的|下的|当中的|之中的)\s+(?=[\u4e00-\u9fff“\"'‘])"), r"\1"),
    # "review and both lawsuit types": the two kinds of lawsuit named
    # (a Chinese gloss after it, "both kinds of lawsuits (行政诉讼)", names the same two: dropped)
    (re.compile(r"(?:\bboth (?:lawsuit|litigation|court case|suit)s? (?:types|kinds)\b|\bboth (?:types|kinds) of (?:lawsuits?|litigation|court cases?|suits?)\b)"
                r"(?:\s*[（(]\s*(?:行政)?诉讼\s*[)）])?", re.I),
     "direct lawsuits plus lawsuits after reconsideration"),
    # "“没有”和“要另做”这两种无法提供的": the not-held line of 无法提供, quoted by its gist
    (re.compile(r"[“\"'‘]没有[”\"'’](?=[^。？?]{0,24}无法提供)"), "不掌握"),
    # "结果是“其他”的": the outcome column 其他结果, not a row named 其他
    (re.compile(r"结果(?:是|为|属于|算|算是)?\s*[“\"'‘]?其他[”\"'’]?(?!处理)"), "其他结果"),
    # "复议后维持的", "复议后被纠正的": the review's own outcome, when no lawsuit is named anywhere
    (re.compile(r"^(?![^。？?]*(?:诉讼|起诉|法院|官司|告到|去告|再告|又告))([^。？?]*?)(?:行政)?复议后(?:的)?(?=(?:被|又|结果|结果是)?\s*"
                r"(?:维持|纠正|纠错|撤销|改正|确认违法|其他结果|尚未审结|未审结|没审完|还没审完|没有审结|还没结))"), r"\1行政复议结果"),
    # "no review first": without one; "direct ones", "the ones after review" (of lawsuits)
    (re.compile(r"(?<![（(])\bno (?:prior )?(review|reconsideration)(?: first)?\b", re.I), r"without \1"),
    (re.compile(r"\bdirect ones\b", re.I), "direct lawsuits"),
    (re.compile(r"\bthe ones (?:filed |brought )?after (?:a |the )?(review|reconsideration)\b", re.I), r"lawsuits after \1"),
    # "closed with an 'other' outcome": the row 其他处理 of table 三 (not an appeal's 其他结果 when
    # a review or lawsuit is named anywhere in the question)
    (re.compile(r"\b(?:an? )?['‘\"“]other['’\"”]\s+(?:outcome|result|category|disposition)s?\b", re.I),
     lambda m: m.group() if re.search(r"\b(?:reviews?|reconsiderations?|lawsuits?|litigation|court|appeals?|sued|suits?)\b|复议|诉讼",
                                      m.string, re.I) or not re.search(r"\b(?:requests?|applications?|closed|handled|processed)\b",
                                                                       m.string, re.I) else "other handling"),
    # "the plain 'other' line only, not the two overdue lines": the sub-item 其他 of 其他处理
    (re.compile(r"\b(?:plain|bare|just the|the)\s+['‘\"“]?other['’\"”]?\s+(?:line|row|item|sub-?item)\b", re.I), "3、其他"),
    # "total normative documents public", "total regulations published": the measure 对外公开总数量
    (re.compile(r"\btotal (normative documents?|regulations?|rules|(?:normative |policy )?docs)\s+(?:public|published|made public|publicly available|open to the public)\b", re.I),
     r"\1 total published"),
    # "got processed in total": the total handled, not a sum of received and handled
    (re.compile(r"\b(?:got |were |was )?(processed|handled|dealt with|answered) in total\b", re.I), r"total \1"),
    # "other-reason handling (其他)": the row 其他处理 ("other handling")
    (re.compile(r"\bother[- ]reasons?\s+(?=handling\b|handled\b)", re.I), "other "),
    # "先复议、对复议不服再去起诉的": the suits after a review, one quantity (its 复议 names their kind)
    (re.compile(r"(?:先(?:申请|去|走|提起|做)?(?:了)?(?:行政)?复议[、，,]?\s*(?:然后|之后|后)?\s*)?对(?:行政)?复议(?:结果|决定)?(?:还)?不服(?:的|后|之后)?[，,]?\s*"
                r"(?:再|又|才|然后|就)?(?:去|到|向)?(?:法院)?(?:起诉|打官司|告)"), "复议后起诉"),
    # "…规范性文件总数是多少？不是本年新制作的数", "…, not the new made ones": what is not asked, said after the question
    (re.compile(r"(?<=[？?。])\s*(?:但|可)?(?:不是|而不是|并非|别给我)[^。？?！!，,]{1,20}?(?:的数|的那个数|那个数|的那个|的)?[。？?！!]?\s*$"), ""),
    (re.compile(r"[,;，；]\s*(?:but\s+)?not (?:the |those |that )?(?:new(?:ly)? )?(?:made|produced|issued|drafted|published|released) ones?\s*[?.!]?\s*$", re.I), "?"),
    # "(the line just before process information)", "（过程性信息前面那一行）": where the line is, not a second line asked
    (re.compile(r"[(（]\s*(?:the |that )?(?:line|row|item|one|entry)\s+(?:just |right |immediately |directly )?(?:before|after|above|below|under|preceding|following)\s+[^)）]{1,50}[)）]", re.I), " "),
    (re.compile(r"[（(][^（()）]{1,20}?(?:前面|后面|上面|下面|之前|之后|上一|下一)(?:的)?(?:那|这)?(?:一)?(?:行|项|栏|格|个)[）)]"), " "),
    # "在写公众号文章，涧西2020…多少次": what the asker is doing (its 文章 no WeChat articles counted)
    (re.compile(r"^\s*(?:我)?(?:正|现在|最近)?(?:在)?写(?:一篇|篇)?(?:公众号|微信|自媒体|新闻|报道|调研|毕业)?(?:文章|稿子|稿件|报道|论文|材料|报告)[，,。：:；;]\s*"), ""),
    (re.compile(r"^\s*(?:(?:hi|hello|hey)[,!.]?\s*)?(?:i'?m|i’m|i am|im)\s+(?:an?\s+)?(?:" + _ROLES_EN + r")s?\b[^,.;:!?]{0,80}[,.;:!]\s*", re.I), ""),
    # "其他处理里的“其他”一栏": the 其他 sub-item of 其他处理, not the 其他组织 column
    (re.compile(r"其他处理(?:里|中|下|里面)?(?:的|面的)?\s*[“\"'‘「]?其他[”\"'’」]?\s*(?:那|这)?(?:一)?(?:栏|项|小项|格|行)"), "其他处理的其他小项"),
    # "做个对比表，先问淮安2024年行政许可多少": the asker's plan (a comparison later), this turn asks one value
    (re.compile(r"(?:我想|我要|想|要|帮我)?(?:做|列|弄|搞)(?:个|一个|张|一张)?(?:对比|比较)(?:表|表格)?[，,。；;]?\s*(?:先问|先查|先看|先说)?"), ""),
    # "how many documents did the Shanghai General Office review to decide whether they should be made public?":
    # a verb of checking documents, not 行政复议
    (re.compile(r"\b((?:did|does|has|had|have|do) (?:the |its |it |they )?(?:(?-i:[A-Z])[\w'’]*\s+){0,5})review(?:ed)?\b(?=\s+(?:to decide|to determine|to check|for|whether|before))|"
                r"\breview(?:ed|ing)?\b(?=\s+(?:them |it |each |the documents? |documents? )?(?:to decide|to determine|to check whether|whether|for (?:their )?(?:disclosure|release|openness)))", re.I),
     lambda m: (m.group(1) or "") + "examine"),
    # "And how much money did they add up to?" after the procurement projects: their amount, one cell
    (re.compile(r"\bhow much (?:money )?(?:did|do|does|would) (?:they|these|those|it|that|the projects|these projects|those projects) "
                r"(?:add up|amount|come|total|sum up)(?: up)? to\b", re.I), "how much money was the amount"),
    # "洪泽区2023年复议总计印成了0，那把维持、纠正…这四格加起来": the printed total told (not asked), then its parts
    (re.compile(r"总计(?:格|栏|一格|那格)?(?:被)?(?:印成|印的是|印作|写成|写的是|写作|填成|填的是|填了|显示为|显示的是|是)了?\s*\d+(?:件)?(?=[，,；;。]\s*(?:那|那么|所以|可是|但)?(?:把|将))"), ""),
    # "… appeals table prints 0 as the total for lawsuits after reconsideration. What does the 'upheld' cell in that
    # same group say?": the printed total told, one of its parts asked of the group it names
    (re.compile(r"\s*(?:table\s+)?(?:prints|printed|shows|showed|lists|listed|gives|gave|has|had)\s+(?:a\s+)?\d+\s+as\s+(?:the|its)\s+total\s+"
                r"(?:for|of)\s+([^.?]{3,60}?)\s*[.;]\s*((?:what|how)\b[^?]*?)\s+(?:in|of|for)\s+(?:that|the|this)\s+same\s+(?:group|row|line|category)\b", re.I),
     r" \2 for \1"),
    # "…那一组的总计印成了0，可分项里“结果维持”填的是多少？": the printed total told, one of its parts asked
    (re.compile(r"(?:的)?总计(?:格|栏|一格|那格)?(?:被)?(?:印成|印的是|印作|写成|写的是|写作|填成|填的是|填了|显示为|显示的是)了?\s*\d+(?:件)?"
                r"[，,；;。]\s*(?:那|那么|所以|可是|但|可|而)?(?=[^。？?]{0,6}(?:分项|小项|子项|各项|里面|其中))"), "里，"),
    # "because the applicant, without a valid reason, never sent in the corrections": the row's own 无正当理由, no why asked
    # (set off by commas: "again and again without good reason" is the 大量、反复 row's own label)
    (re.compile(r"[,，]\s*\bwithout (?:a |any )?(?:valid|good|proper|justifiable|justified|legitimate|acceptable) (?:reason|excuse|cause)s?\b\s*[,，]|"
                r"(?:(?<=supplement)|(?<=correct)|(?<=\bfix)|(?<=complete))(?:ed)?(?: them| it| the requests?| their requests?)?\s+without (?:a |any )?(?:valid|good|proper|justifiable|justified|legitimate|acceptable) (?:reason|excuse|cause)s?\b", re.I), " "),
    # "every individual ground for refusing": each ground, not the column of individuals
    (re.compile(r"\b(every|each|all the|all) (?:individual|single|separate) (grounds?|reasons?|items?|sub-?items?|rows?|lines?|categor(?:y|ies))\b", re.I),
     r"\1 \2"),
    # "…, out of interest?", "just out of curiosity,": why the asker asks, not a part asked
    (re.compile(r"[,，]?\s*\b(?:just\s+)?out of (?:interest|curiosity)\b[,，]?", re.I), " "),
    # "my boss ask: in 2024 how many …": who wants to know, not the quantity
    (re.compile(r"\b(?:my|our) (?:boss|manager|supervisor|editor|teacher|professor|client|colleague|friend|neighbou?r|dad|mum|mom|father|mother|wife|husband)"
                r"\s+(?:ask|asks|asked|wants? to know|wanted to know|want(?:s|ed)? me to (?:ask|check|find out))(?: me)?(?: to)?"
                r"(?: (?:check|find out|look up|look at|see))?\b\s*[:：,，]?\s*", re.I), ""),
    # "被认定为机关内部事务信息而不公开": 而 joins the reason to the outcome
    (re.compile(r"(?<=[\u4e00-\u9fff])而(?=(?:被)?(?:不予?公开|无法提供|不予处理|没有?公开|未公开|没给|不给))"), ""),
    # "再确认一下数值", "再确认一下淮安2024年的收费金额": the asker's request to check (not 要求确认 of 不予处理)
    (re.compile(r"(?:请|麻烦)?(?:再|帮我|帮忙)(?:确认|核实|核对)一下(?!申请|信息|内容|已获取|已经获取)"), ""),
    # "这是许可决定数不是处罚吧？市科委2024年再确认一下。": the asker's request to check, not the 确认 of 不予处理
    (re.compile(r"(?:请|麻烦)?(?:再|帮我|帮忙)?(?:确认|核实|核对)一下[。.！!]?\s*$"), ""),
    # "被认定为信访举报投诉、没作信息公开处理的": the gloss of 不予处理 after its sub-item, not a second addend
    (re.compile(r"(?<=[\u4e00-\u9fff])[、，,]\s*(?:而|所以|因此)?(?:没|未|不)(?:有)?(?:作|做|按|当作|当成|作为)(?:为)?(?:政府)?信息公开(?:申请)?(?:来)?(?:处理|办理)(?=的)"), ""),
    # "经过行政复议之后才提起的行政诉讼总数": the suits after a review, one quantity (not reviews plus suits)
    (re.compile(r"(?:经过?|走完|打完)(?:了)?(?:行政)?复议(?:程序)?(?:之后|以后|后)(?:才|再|又|还)?(?:去|向法院|到法院)?(?:提起|提出|打)?(?:了)?(?:的)?(?:行政)?(?:诉讼|官司|起诉)"),
     "复议后起诉"),
    # "先经过行政复议、之后又告到法院的", "先走复议，然后又去法院告的": the suits after a review, one quantity
    (re.compile(r"先(?:经过?|走|申请|提起|做|打)?(?:了)?(?:行政)?复议(?:程序)?[、，,]?\s*(?:(?:之后|以后|后|然后)[、，,]?(?:才|再|又|还)?|再|又|才)"
                r"(?:去|到|向)?(?:法院)?(?:被)?(?:提起|提出|打)?(?:了)?(?:行政)?(?:诉讼|官司|起诉|告到法院|告上法院|告状|告)(?:到法院|上法院)?"),
     "复议后起诉"),
    # "people who first went to reconsideration and then, unhappy with it, sued": suits after reconsideration
    (re.compile(r"\b(?:first\s+)?(?:went|go|goes|going|gone|applied|asked)\s+(?:to|through|for)\s+(?:an?\s+|the\s+)?(?:administrative\s+)?"
                r"(?:review|reconsideration)(?:\s+first)?,?\s+(?:and\s+)?(?:then|later|afterwards|after that)\b,?"
                r"(?:\s+[^,.?]{1,30},)?\s+(?:sued|went to court|took (?:it|them|the case) to court|filed (?:a\s+)?(?:law)?suits?)", re.I),
     "sued after reconsideration"),
    # "fully released only, the table figure — not 'released and partly released' lumped together?",
    # "…and only then sued — total? not the direct ones": what is set aside after the question, not asked
    (re.compile(r"\s*(?:\s[—–]+|\s-{1,2}\s|[?？;；])\s*(?:and |but )?(?:not (?=the |a |an |['‘\x22“])|rather than\b|as opposed to\b|instead of\b)"
                r"[^?.!。？,，:：]{1,80}[?.!？]?\s*$", re.I), "?"),
    # "lawsuits where the person first tried admin review and only then sued": the suits after a review
    (re.compile(r"\b(?:first )?(?:tried|went (?:to|through)|applied for|sought|asked for|filed for)\s+(?:an? )?(?:admin(?:istrative)?\.? )?"
                r"(?:review|reconsideration)\s*(?:,\s*)?(?:and|but)?\s*(?:(?:only|just) )?(?:then|later|after that|afterwards)\s+"
                r"(?:sued|went to court|filed (?:a )?(?:suit|lawsuit)|took (?:it|them) to court)\b", re.I), "lawsuits after review"),
    # "lawsuits that skipped reconsideration": the direct ones
    (re.compile(r"\b(?:skipped|skipping|skip|bypassed|bypassing|went around)\s+(?:the\s+|an?\s+)?(?:admin(?:istrative)?\.?\s+)?"
                r"(?:review|reconsideration)(?:\s+(?:stage|step))?\b", re.I), "were filed directly"),
    # "Huai'an's 2024 report and Shuyang's 2025 report": each year beside its body
    (re.compile(r"(?<=[A-Za-z])['’]s\s+(?=(?:19|20)\d\d\b)"), " "),
    # "requests from businesses like mine", "people like us": the column, whoever else is in it
    (re.compile(r"\b(businesses|companies|firms|enterprises|people|individuals|applicants|organi[sz]ations|orgs|citizens|residents)"
                r"\s+like\s+(?:mine|ours|me|us|him|her|them|my (?:own|firm|company|business))\b", re.I), r"\1"),
    # "同一项（全部申请人）呢", "所有申请人的呢": the total column said alone (not applications, the row received)
    (re.compile(r"[（(]\s*(?:全部|所有|全体)(?:的)?申请人(?:合计|一起|加起来)?\s*[)）]|(?:全部|所有|全体)(?:的)?申请人(?:的)?(?:合计|一共|加起来|加在一起|加一起|合在一起|合起来|总共|总计|加总)?"
                r"(?:(?:是|有|共)?(?:多少件?|几件))?(?=呢|\s*$|\s*[?？])"), "总计"),
    # "新收六类申请人": every applicant column (the row's total)
    (re.compile(r"(?:六类|六种|6类|六个类别的?|各类|所有的?|全部)申请人"), "申请人"),
    # "有几家企业来申请（按件数）": counted by requests, as the tables count them
    (re.compile(r"几家(?=[^。？?]{0,24}?(?:按件数|按件算|按申请(?:件)?数|按申请算|按件计))"), "多少件"),
    (re.compile(r"[（(]\s*(?:按件数|按件算|按申请(?:件)?数|按申请算|按件计)(?:算|统计|计算)?\s*[)）]"), ""),
    # "(the last applicant column before total)": where the column is printed, not a quantity
    (re.compile(r"[（(]\s*(?:the\s+)?(?:last|first|second|third|fourth|fifth|sixth|final)\s+(?:applicant\s+)?column\b[^)）]{0,40}[)）]", re.I), ""),
    # "'not held' refusals": the reason quoted names the row; "refusals" is only its noun
    (re.compile(r"(?<=['’\x22”])\s+(?:refusals|rejections|denials|turn-?downs)\b", re.I), " requests"),
    # "lawsuits filed once reconsideration was over": the suits after a review
    (re.compile(r"\b(?:lawsuits?|suits?|court cases?|cases?)\s+(?:filed|brought|lodged)\s+(?:once|after)\s+(?:the\s+)?"
                r"(?:admin(?:istrative)?\s+)?(?:reconsideration|review)\s+(?:was|had been|were|had)\s+(?:over|done|finished|decided|completed)\b",
                re.I), "lawsuits after review"),
    # "the 'other' type of organisation (not companies, not law firms)", "表上“其他”那类法人或组织": the column 其他
    (re.compile(r"\borgani[sz]ations?\s+of\s+the\s+['‘\x22“]?other['’\x22”]?\s+(?:type|kind|category|sort)\b", re.I), "other organisations"),
    (re.compile(r"[“\x22'‘]其他[”\x22'’](?:那|这)?(?:一)?(?:类|种|栏)?(?:的)?(?:法人或(?:其他)?组织|法人组织|组织|单位|机构)"), "其他组织"),
    # "upheld + corrected + other": the outcome "other result" in a list of outcomes
    (re.compile(r"(\b(?:upheld|corrected)\b[^?.]{0,30}?(?:\+|\band\b|\bplus\b|,)\s*)other\b"
                r"(?!\s+(?:organi[sz]ations?|orgs?|handling|reasons?|results?|outcomes?))", re.I), r"\1other outcome"),
    # "the govt got corrected in how many?": a passive "got", not requests the body got
    (re.compile(r"\bgot (?=(?:corrected|overturned|upheld|reversed|rejected|refused|withdrawn|dismissed|struck down|set aside)\b)",
                re.I), ""),
    # "times they reached out to applicants": contacting them, not requests that reached the body
    (re.compile(r"\breach(?:ed|es|ing)? out(?= to\b)", re.I), "contacted"),
    # "full or partial disclosure": granted in full plus in part
    (re.compile(r"\b(?:got |received |given )?(?:full or partial|partial or full) (?:disclosure|release)s?\b", re.I),
     "granted plus partially granted"),
    # "and the court ones, direct?": the direct lawsuits
    (re.compile(r"\b(?:court|lawsuit|suit)s?(?: ones)?,?\s+(?:the\s+)?direct(?:ly filed)?(?: ones)?\b", re.I), "direct lawsuits"),
    # "同一个人重复申请": the same applicant again, not the column of natural persons
    (re.compile(r"同一个(?:人|申请人)"), "同一申请人"),
    # "公开了的加上…": granted, an addend (公开了 alone is a weak word)
    (re.compile(r"公开了的(?=\s*(?:加上|加|和|与|跟|以及))"), "予以公开的"),
    # "公开的和部分公开的加一起", "全公开加部分公开", "部分公开加上全公开的": the plain 公开 beside
    # 部分公开 is the other row (granted in full), an addend, not a word the longer 部分公开 swallows
    (re.compile(r"(?<![予以不未没非])(?<!部分)(?:全部?|完全|全都)?公开(?:了)?(?=的?\s*(?:加上|加|和|与|跟|以及|及|\+|、)\s*部分公开)"),
     "予以公开"),
    (re.compile(r"(部分公开的?\s*(?:加上|加|和|与|跟|以及|及|\+|、)\s*)(?:全部?|完全|全都)?(?<!予以)公开(?=的|了|$|[，。？?\s]|一共|总共|加起来|加一起|合计|共)"),
     r"\1予以公开"),
    # "这里面企业申请的", "其中企业申请的" in a follow-up: a column of the row asked before
    (re.compile(r"^\s*(?:那|那么)?(?:这里面|这其中|这当中|里面|其中)\s*"), "其中"),
    # "收到申请以后直接全部公开的": when it was received, not the row of requests received
    (re.compile(r"收到(?:申请|之后|以后)(?:以后|后|之后)?(?=[^。？?]{0,8}(?:公开|答复|处理|给))"), ""),
    # "逾期不补正、逾期未缴费、其他" listed: the third line of 其他处理
    (re.compile(r"((?:逾期不补正|逾期未缴费|逾期未缴纳费用|不补正|未缴费|没交费)[^。？?]{0,24}?[、，,和及])\s*其他(?=\s*(?:[）)、，,。？?]|$))"),
     r"\1 3、其他"),
    # "overdue correction + overdue fee + other", "(no correction in time, fee not paid, other)": the third line of 其他处理
    (re.compile(r"((?:overdue correction|no correction(?: sent)?|no fee paid|no fees? paid|no correction in time|not corrected in time|did not correct in time|failed to correct|"
                r"overdue fees?|fees? not paid|unpaid fees?|did not pay(?: the fee)?|fee overdue)[^?.。？]{0,40}?(?:\+|,|\band\b|\bplus\b|、)\s*)"
                r"(?:the\s+)?['‘\x22“]?other['’\x22”]?(?!\s*(?:handling|organi|orgs?\b|outcomes?|results?|bod))", re.I), r"\1 3、其他"),
    # "里面“其他”那一小项": a sub-item named 其他 — only 其他处理 has one (its third line)
    (re.compile(r"[“\x22'‘]其他[”\x22'’]\s*(?:那|这)?一?(?:个)?小项"), "其他处理中的3、其他"),
    # "表里“其他”那一行（逾期不补正、收费之外的其他）": the third line of 其他处理, its siblings set aside
    (re.compile(r"[“\x22'‘]其他[”\x22'’](?:那一?|这一?)?(?:行|项|栏|小项)?\s*[（(][^）)]{0,30}?(?:补正|缴费|收费|交费)[^）)]{0,16}?(?:之外|以外|除外)[^）)]{0,8}[）)]"),
     "其他处理中的3、其他"),
    # "Sorry, …", "OK, …": an interjection before the question
    (re.compile(r"^\s*(?:sorry|oops|ok(?:ay)?|hmm+|ah|oh|well|thanks|thank you|got it)\s*[,，!.！]\s*", re.I), ""),
    # "刚才那个数是全部申请人的吧？自然人单独是多少": the number just given, checked aside; the part asked follows
    (re.compile(r"^\s*(?:那|那么)?(?:刚才|刚刚|上面|你说的|你刚才说的)(?:那个|这个)(?:数|数字|数据)?(?:是|指|说的是)[^？?。]{0,16}?(?:吧|吗|对吧|是吧|对不对)\s*[？?]\s*"), ""),
    # "how many requests did the office close in 2025?": closed, handled (not a sub-item of any outcome)
    (re.compile(r"\b(did|has|have)\b([^?.]{1,60}?)\bclose\b(?!\s+(?:as|with|under|to)\b)", re.I), r"\1\2 handle"),
    # "requests pushed on to be finished in 2026": carried forward to the next year
    (re.compile(r"\b(?:pushed|passed|moved|carried|rolled|put)\s+(?:on|over|forward|back)?\s*(?:to|into)\s+(?:be\s+)?(?:finished|handled|completed|processed|dealt with|closed)\s+in\b", re.I),
     "carried forward to"),
    # "suits reached court against the county": brought to court, not requests received
    (re.compile(r"\breach(?:ed|es)?\s+(?:the\s+)?court\b", re.I), "went to court"),
    # "How many requests did Jianxi District disclose in 2020?": the requests granted (in full)
    (re.compile(r"(\bhow many (?:requests|applications)\b[^?]{0,20}?\bdid\b(?:(?!refus|partl|partial|declin|withh|fail|\bnot\b|n't|\bto\b)[^?]){1,60}?)"
                r"\bdisclose\b(?!\s+(?:partially|in part|partly|only)\b)", re.I),
     r"\1grant in full"),
    # "my boss ask me check Huaian city report in 2024: …": the errand told, not the report's checks asked
    (re.compile(r"\b(asks?|asked|wants?|wanted|told|tells?|needs?)\s+me\s+(?:to\s+)?(?:check|verify|double[- ]?check)\b"
                r"(?=\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?[A-Za-z'’\u4e00-\u9fff]+(?:\s+\w+)?\s+(?:city\s+|county\s+|district\s+)?(?:report|annual report|figures?|numbers?|data|stats)\b)", re.I),
     r"\1 me to look at"),
    # "reconsiderations with an outcome other than upheld or corrected": the outcome column 其他结果
    (re.compile(r"\b(?:had |with |got |received |ended (?:with|in) )?(?:an? )?(?:outcomes?|results?) other than (?:being )?"
                r"(?:upheld|maintained|sustained)(?:,? (?:or|and|nor) (?:being )?(?:corrected|overturned|reversed)|,? (?:or|and|nor) (?:being )?corrected)\b", re.I),
     "with other outcome"),
    (re.compile(r"\b(?:had |with |got |received |ended (?:with|in) )?(?:an? )?(?:outcomes?|results?) other than (?:being )?"
                r"(?:corrected|overturned|reversed),? (?:or|and|nor) (?:being )?(?:upheld|maintained|sustained)\b", re.I),
     "with other outcome"),
    # "(not the 'we dont hold it' ones)": a quantity set aside in brackets, not asked
    (re.compile(r"\s*[(（]\s*(?:but\s+)?not\s+(?:the\s+|those\s+)?[^()（）]{1,60}?(?:ones?|cases?|requests?|kind|type)?\s*[)）]", re.I), " "),
    # "not held + needs creation, add up": the parts listed, added (no check of the report's arithmetic)
    (re.compile(r"(?<=\S)(?=[^?？]*(?:\+|＋|\bplus\b|\band\b))(?P<all>[^?？]*?)[,，;；]?\s*(?:please\s+)?add(?:ed)?\s+(?:them\s+|these\s+|those\s+|it\s+|both\s+)?up\s*[.?!？]*\s*$", re.I),
     r"\g<all>, total?"),
    # "“其他”处理方式的申请": the line quoted as 其他 inside 其他处理 (its third line), not the whole group
    (re.compile(r"[“\x22'‘「]其他[”\x22'’」]\s*(?:的)?(?:(?:这种|这类|那种|那类)?(?:处理方式|处理办法)|(?:这种|这类|那种|那类)处理)"), "其他处理中的3、其他"),
    # "复议维持+纠正+其他+未审结": 其他 in a list of outcomes is the outcome column 其他结果
    (re.compile(r"(维持|纠正|未审结|审结)(\s*[+＋、，,和及与]\s*|\s*加上?\s*)[“\x22'‘]?其他[”\x22'’]?(?!处理|结果|的处理|情形)"), r"\1\2其他结果"),
    (re.compile(r"(?<![处理])[“\x22'‘]?其他[”\x22'’]?(\s*[+＋、，,和及与]\s*|\s*加上?\s*)(?=(?:尚)?未审结|维持|纠正)"), r"其他结果\1"),
    # "（涧西区属于洛阳）": where a place belongs, said aside — the body asked is the one outside the brackets
    (re.compile(r"\s*[（(][^（）()]{1,12}?(?:属于|隶属于?|归属于?|是[^（）()]{1,6}?(?:下辖|下属|管辖)的?)[^（）()]{1,12}?[)）]"), " "),
    # "legal persons and other organisations, all five kinds put together": the five columns' own sum (one cell)
    (re.compile(r"[,，]?\s*(?:counting\s+|with\s+)?all five (?:kinds|types|columns|categories|sorts)(?:\s+of\s+(?=legal|organi[sz]ations?|them\b))?"
                r"(?:\s+(?:put|added|taken|counted|lumped))?(?:\s+together)?(?=\s|[,?，？]|$)(?![^?（(]{0,30}[(（])", re.I), " all organisations combined "),
    # "Now give me 2024.", "ok, show me 2019 then": the same quantity for the year named alone
    (re.compile(r"^\s*(?:(?:then|and|now|ok(?:ay)?|so|right)[,.]?\s*)*(?:please\s+)?(?:give|show|tell|get) me\s+((?:19|20)\d\d)"
                r"(?:\s+(?:then|too|instead|please|now))?\s*[.?!]*\s*$", re.I), r"what about \1?"),
    # "Then give me the 2020 figure.": the same quantity for the year named
    (re.compile(r"^\s*(?:then|and|now|ok(?:ay)?)?,?\s*(?:please\s+)?(?:give|show|tell|get) me\s+(?=the\s+(?:(?:19|20)\d\d\s+)?(?:figure|number|count|one)\b)", re.I), ""),
    # "其他处理里剩下那一类": the third line of 其他处理 (after its two overdue lines)
    (re.compile(r"其他处理[”\x22'’]?\s*(?:里|中|当中|里面)?(?:的)?\s*(?:剩下|余下|最后|剩余)(?:的)?(?:那|这)?(?:一)?(?:类|项|个|行|种)(?!\s*[“\x22'‘]?(?:3、)?其他)"), "其他处理中的3、其他"),
    # "部分公开、部分不公开的": the row 部分公开 described, not two rows
    (re.compile(r"部分公开[、，,]?\s*(?:部分|一部分)不(?:予)?公开"), "部分公开"),
    # "公开年报中普通个人…": where the figure is printed (the published report), not a quantity
    # (not the 上 of "年报上年结转的": the year before)
    (re.compile(r"(?:在)?(?:公开|公布|发布)?(?:的)?(?:年报|年度报告)(?:中|里|里面|上(?!一?个?年))(?![^。？?]{0,3}(?:说|写|提|讲|称|表述|披露|介绍))(?=[^。？?]{2,})"), ""),
    # "Can you give me the number of …": the quantity named after it
    (re.compile(r"^\s*(?:please\s+)?(?:can|could|would) you (?:please\s+)?(?:give|tell|show|get) me\s+(?=the (?:number|count|figure|total)\b)", re.I), ""),
    # "Just to confirm - that number is from Hongze's 2024 report? Say it again?": the number just given, again
    (re.compile(r"^\s*(?:just\s+)?to confirm\s*[-–—,:]?\s*(?:that|this|the) (?:number|figure)\s+(?:is|was|comes?)\s+(?:from|in)\s+([^?]{1,80}?)\s*\?\s*(?:say|tell me|give me|repeat) it again\s*\??\s*$", re.I),
     r"same figure for \1?"),
    (re.compile(r"^\s*(?:ok(?:ay)?,?\s*|so,?\s*)?(?:say|tell me|give me|repeat) (?:it|that) again\s*\??\s*$", re.I), "same figure?"),
    # "结果归为“其他”的": the outcome column 其他结果
    (re.compile(r"^(?=[^。？?]*(?:复议|诉讼|起诉|官司|法院))([^。？?]*?)结果(?:被)?(?:归为|归入|归到|列为|算作|记为)\s*[“\x22'‘]?其他[”\x22'’]?(?!处理)"), r"\1其他结果"),
    # "results in the 'other' column", "in that column" (after one): the outcome column 其他结果
    (re.compile(r"\b(?:with\s+)?(?:results?|outcomes?)\s+(?:in|under)\s+the\s+['‘\x22“]?other['’\x22”]?\s+column\b", re.I), "with other outcome"),
    # "洪泽区2023年不掌握的几件？不要加上需另行制作的": what is not to be added, set aside
    (re.compile(r"[，,。；;？?]\s*(?:不要|别|不用|不必|无需)(?:再)?(?:加上|加|算上|算进|算|包括|含)[^。？?]{1,20}[。？?]?\s*$"), "？"),
    # "What did Shuyang put down for requests …?", "What figure did STCSM record for …": the count it printed
    (re.compile(r"\bwhat(?: (?:figure|number|count|total|value))? (?:did|does|do) (.{2,80}?) (?:put down|record|enter|write down|log|print|report|list|give|show)"
                r"(?: in (?:the|its) (?:table|report|annual report))? (?:for|as|under)\b", re.I), r"how many did \1 have for"),
    # "What did it carry over into 2025 from 2024 …?", "What did Huai'an refuse in 2024?": a count asked
    (re.compile(r"^\s*(?:and |so |ok,? )?what (?:did|does) (it|they|the [\w'’-]+(?: [\w'’-]+){0,3}?|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) "
                r"(carr(?:y|ied) (?:over|forward)|roll(?:ed)? over|receive|get|handle|process|refuse|withhold|grant|release|disclose|collect|"
                r"issue|publish|make|produce|take in)\b", re.I), r"how many did \1 \2"),
    # "and the year after that - 2024?": the year written is the year asked
    (re.compile(r"\b(?:the )?(?:year|one) (?:after|before) (?:that|this|it)\s*[-–—:,]?\s*(?=(?:in )?(?:19|20)\d\d\b)", re.I), ""),
    # "requests to be continued in the following year": carried forward
    (re.compile(r"\bto be continued (?:in|into) the (?:following|next) year\b|\bcontinued (?:in|into) the (?:following|next) year\b", re.I),
     "carried forward to the next year"),
    # "full disclosure number": granted in full
    (re.compile(r"(?<!\bnot )(?<!\bno )\bfull[- ]disclosures?\s+(?:number|count|figure|total)\b|\bnumber of full[- ]disclosures?\b", re.I), "granted"),
    # "requests passed on to next year (结转下年度), not carried in from the previous year?": the row set aside
    # after the one asked (the words before the comma name it)
    (re.compile(r"(?<=.{12})\s*[,，;；]\s*(?:but\s+|and\s+)?not\s+(?:the\s+)?(?:ones?\s+|requests?\s+|those\s+|cases?\s+)?"
                r"(?=[^?]*\b(?:carried|brought|received|filed|counted|from|in|into|over)\b)"
                r"(?![^?]*\b(?:did|do|does|have|has|had|was|were|is|are)\b)[^?,()（）\d]{3,60}\?\s*$", re.I), "?"),
    # "with 'other' results — not corrected ones": the outcome asked, the one set aside after it
    (re.compile(r"\s*[—–-]+\s*not (?:the )?(?:corrected|upheld|pending|overturned)(?: ones| cases)?\s*[?.]?\s*$", re.I), "?"),
    # "新收申请中来自商业企业的": the column named after 中
    (re.compile(r"(?<=[中里])来自(?=[\u4e00-\u9fff])"), ""),
    # "research institutes filing requests with Huai'an": requests to the body
    (re.compile(r"\bfil(?:ing|ed|e)\s+(requests?|applications?)\s+with\b", re.I), r"\1 to"),
    # "其他处理（不含逾期补正和逾期缴费）": its two overdue lines set aside, the third line 其他
    (re.compile(r"其他处理\s*[（(]\s*(?:不含|不包括|不算|除去|除了|去掉|扣除|不是)[^）)]{0,24}?(?:补正|缴费|交费|收费)[^）)]{0,24}[）)]"), "其他处理中的3、其他"),
    # "（别拿商业企业的）": a column set aside in brackets, not asked
    (re.compile(r"\s*[（(]\s*(?:别拿|别算|不要拿|不要算|不算|不含|不包括|不是)(?![^）)]{0,20}(?:补正|缴费|交费|收费|逾期))[^）)]{1,20}[）)]"), ""),
    # "Let me check 2024 as well.", "Let's see 2023 too": the same quantity for the year named (not a body "Let")
    (re.compile(r"^\s*(?:ok,?\s+|now\s+|and\s+)?(?:let me|let's|lemme|i'd like to|i want to|i'll)\s+(?:also\s+)?(?:check|see|look at|try|get|have|do)\s+"
                r"((?:19|20)\d\d)(?:\s+(?:too|as well|also))?\s*[.?!]?\s*$", re.I), r"what about \1?"),
    # "Compare that with 2019 — what was the 2019 number?": the year's figure asked (the comparison comes next)
    (re.compile(r"^\s*(?:and\s+|now\s+)?compare (?:that|this|it) (?:with|to|against) ((?:19|20)\d\d)\s*[—–:;,.-]+\s*what (?:was|is|were) "
                r"(?:the|its|their) \1 (?:number|figure|count|one|total)\s*\??\s*$", re.I), r"what about \1?"),
    # "Compare: how many did it carry forward at the end of 2019?": the other year's figure asked, to set beside the one
    # given (its number, not the change)
    (re.compile(r"^\s*(?:and\s+|now\s+)?(?:compare|for comparison|to compare|comparison)\s*[:：—–,，-]+\s*(?=how (?:many|much)\b(?![^?]*\b(?:more|fewer|less|higher|lower|change|differ)))", re.I), ""),
    # "requests from organisations - companies, institutions and the like, not individuals - …": the organisations'
    # group, its kinds named between dashes only to say what it covers (not "organisations - companies, legal service bodies
    # and 'other' - all together?": the kinds listed are the ones added; nor "— i.e. not a company, …": the catch-all kind)
    (re.compile(r"\b(organi[sz]ations?|entities|legal persons)(?:\s+[-–—]+\s+|\s*[–—]+\s*)(?!i\.e\.|not\b)([^?–—]{3,100}?)(?:\s+[-–—]+\s+|\s*[–—]+\s*)", re.I),
     lambda m: m.group(1) + " " if re.search(r"\b(?:compan|business|enterprise|institution|firm|NGO|non-?profit|association|societ)", m.group(2), re.I)
     and re.search(r"\b(?:and the like|and so on|etc\b|and such|and others like|or the like|not individuals|not people|not private|e\.g\.|such as)", m.group(2), re.I)
     else m.group(0)),
    # "from organisations... companies, law firms, all the ones that are not a private person, add up together": every
    # kind of organisation (the group), its kinds named only on the way to saying so
    (re.compile(r"\b(organi[sz]ations?)\b[.…\s,:—–-]*(?:[\w' -]{2,40},\s*){1,4}?(?:and\s+)?all (?:the )?(?:ones|those|kinds|types|others) "
                r"(?:that|who|which)? ?(?:are|is|were)? ?not (?:a |an )?(?:private (?:persons?|individuals?|citizens?)|individuals?|natural persons?|people)\b", re.I),
     r"\1"),
    # "rejected as unreasonably numerous, repeated applications": the excessive repeated ones
    (re.compile(r"\bunreasonabl[ey] numerous\b", re.I), "unreasonably many"),
    # "What was the comparable 2019 figure?" after a figure: that year's own figure (not the change)
    (re.compile(r"\b(?:the )?comparable ((?:19|20)\d\d) (figure|number|count|total|value)\b", re.I), r"the \1 \2"),
    (re.compile(r"\b(?:the )?comparable (figure|number|count|total|value) (for|in) ((?:19|20)\d\d)\b", re.I), r"the \1 \2 \3"),
    # "Of everything Shuyang County handled in 2025, how many requests came from organisations …": of the requests handled
    (re.compile(r"^\W*(?:of|out of|among) (?:everything|all (?:the )?(?:requests|applications|cases))\s+([^,?]{2,40}?)\s+(?:handled|dealt with|processed)\s+"
                r"in ((?:19|20)\d\d)\s*,\s*how many (?:requests |applications )?(?=came from|were from|were filed by)", re.I),
     r"how many requests handled by \1 in \2 "),
    # "answered by simply handing over all the info": granted in full
    (re.compile(r"\b(?:answered|handled|met|resolved|settled) by (?:simply |just )?(?:handing|giving|passing|turning) over (?:all (?:of )?)?the (?:info|information|documents)\b"
                r"(?:\s+(?:asked for|requested|they asked for|wanted))?", re.I), "granted in full"),
    # "因为市政府这边压根没有那份信息而没法给的": the body does not hold it (本机关不掌握)
    # (the words before it — "因为市政府" — left in place: never a body's name taken with them)
    (re.compile(r"(?:这边|那边|手里|手上)?(?:压根|根本|本来就|就)?(?:没有|没)(?:那份|这份|相关的?|那个|这个|那些|这些)(?:信息|资料|材料)"
                r"(?:而|所以|，)?(?:没法|无法|不能|给不了|提供不了)(?:给|提供)?"), "不掌握相关政府信息而无法提供"),
    # "would have had to be freshly produced": newly produced
    (re.compile(r"\bfreshly (?=(?:produced|made|created|compiled|drawn up|generated)\b)", re.I), "newly "),
    # "And in 2025, what did businesses account for?": how many came from them
    (re.compile(r"\bwhat (?:did|do|does) ([\w'’ -]{3,40}?) account for\b", re.I), r"how many came from \1"),
    # "到了2024年报告里变成几件了？": the same quantity in the year named
    (re.compile(r"^\W*(?:那|那么)?(?:到了?|在)?((?:19|20)\d\d)年(?:的)?(?:报告|年报)?(?:里|中|上)?(?:变成|变为|成了|增加到|减少到|是)(?:了)?(?:多少|几)(?:件|个|条|项)?了?\W*$"),
     r"\1年呢？"),
    # "那这几件里面自然人申请的有几件？": the column of the figure just given (自然人 filed them), not the row of
    # requests received
    (re.compile(r"((?:这|那)(?:几件|几个|几项|些|部分)?(?:里面|里头|里|中|当中|之中)[^，。？?]{0,4}?)(自然人|法人|商业企业|科研机构|社会公益组织|法律服务机构)"
                r"(?:提出的?|提交的?|递交的?)?申请的"), r"\1\2的"),
    # "Total for other handling, including the unpaid-fee sub-item?": the group's total (its sub-items all in it)
    (re.compile(r"\b(total (?:for|of) (?:the\s+)?[\w'’ -]{3,40}?)\s*,?\s*(?:including|incl\.?|counting|with) (?:the\s+)?[\w'’ -]{2,40}?"
                r"(?:sub-?items?|sub-?rows?|sub-?lines?|sub-?categor(?:y|ies)|lines?)(?: too| as well)?(?=\s*[?.!]|\s*$)", re.I), r"\1"),
    # "Did Hongze carry any requests forward at the end of 2023?", "who left the most requests for the next year":
    # the requests carried forward (the words parted by what was carried)
    (re.compile(r"\b(carr(?:y|ied|ies|ying)|roll(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+((?:any|some|the|its|their|how many|those|these|more|the most|fewer|"
                r"the fewest|many)\s+)?((?:of\s+(?:its|their|the)\s+)?(?:disclosure\s+|information\s+)?(?:requests?|applications?|cases?)\s+)"
                r"(forward|over)\b(?!\s+(?:from|out of))", re.I), r"\1 \4 \2\3"),
    (re.compile(r"\bleft\s+((?:any|some|the most|more|fewer|the fewest|how many|many)\s+)?((?:disclosure\s+|information\s+)?(?:requests?|applications?|cases?)\s+)"
                r"(?:unfinished\s+|open\s+|pending\s+)?for\s+(the\s+)?(next|following)\s+year\b", re.I), r"left for \3\4 year \1\2"),
    # "got pushed to be continued in 2025": carried forward into that year
    (re.compile(r"\b(?:pushed|moved|sent|passed) (?:on )?to be (?:continued|handled|finished|processed) in\b", re.I), "carried forward into"),
    # "the bottom-line total of disclosure requests handled": the total
    (re.compile(r"\bbottom[- ]line (total|figure|number)\b", re.I), r"\1"),
    # "Total of the three 'other handling' items": the group's sub-items, named by their count
    (re.compile(r"\b(the (?:two|three|four|five|six|eight|[2-8]) ['‘\"“][^'’\"”]{3,30}['’\"”]) (?:items|lines|rows|parts|categories|pieces|entries)\b", re.I),
     r"\1 sub-items"),
    # "What is the figure once you fold them back into one?": the lines added into one total
    (re.compile(r"\b(?:once|if|when) (?:you |we |i )?(?:fold|merge|combine|put|add|roll|lump) (?:them|those|these|it|the (?:three|two|lines|items|rows)) "
                r"(?:back )?(?:into one(?: figure| number| line)?|together)\b", re.I), "in total"),
    # "全部或部分得到公开的": granted in full or in part, the two rows
    (re.compile(r"全部或(?:者)?部分(?:得到|获得|予以|被)?公开"), "全部公开或部分公开"),
    # "洪泽区下一份年报，也就是2024年的数字是多少？": the same quantity in the year named
    (re.compile(r"(?:下一份|下一个|下份|后一份|后一年的|上一份|上一个|前一份|前一年的|往前一份|往后一份|再往前一份)(?:年报|报告|年度报告)?[，,]?\s*(?:也就是|即|就是)?\s*((?:19|20)\d\d)\s*年度?"
                r"(?:的)?(?:报告|年报)?(?:里|中)?(?:的)?(?:数字|数|数据)?(?:是)?(?:多少|几)\W*$"), r"\1年呢？"),
    # "And the 2024 report gives what figure?", "What figure does the 2024 report give?": the same quantity that year
    (re.compile(r"^\W*(?:and\s+|so\s+)?(?:the|its|their) ((?:19|20)\d\d) (?:report|one|table|edition)(?: of [\w'’ ]{2,30}?)? (?:gives?|shows?|says?|has|have|states?|prints?|lists?)"
                r"(?: as)? what (?:figure|number|count|value|total)\W*$", re.I), r"what about \1?"),
    (re.compile(r"^\W*(?:and\s+|so\s+)?what (?:figure|number|count|value|total) (?:does|did) (?:the|its|their) ((?:19|20)\d\d) (?:report|one|table|edition) "
                r"(?:give|show|say|state|print|list|have)\W*$", re.I), r"what about \1?"),
    # "how many requests does the office's table show as received that year?": the requests received
    # ("did Hongze's table record as 'information not held'": the body named stays, "per Hongze's report")
    (re.compile(r"\b(?:does|do|did) (?:the\s+)?(?:([\w'’]+['’]s)\s+|its\s+|their\s+)?(?:table|tables|report)\s+(?:show|list|give|record|print)\s+as\s+", re.I),
     lambda m: "were " if not m.group(1) or re.match(r"(?:office|county|city|district|body|government|bureau|commission|agency|department)['’]s$", m.group(1), re.I)
     else f"were (per {m.group(1)} report) "),
    # "截至当年对外公开的规章总数呢": the column of everything made public to date (对外公开总数量)
    (re.compile(r"(?:截至|截止|到)(?:当年|那年|该年|年底|年末|((?:19|20)\d\d年)(?:底|末)?)?(?:为止)?(?:累计)?对外公开(?:的)?([\u4e00-\u9fff]{2,8}?)(?:的)?总数(?:量)?"),
     lambda m: (m.group(1) or "") + m.group(2) + "对外公开总数量"),
    # "so what's the whole row across applicants?": the row's total, every applicant column in it
    (re.compile(r"\b((?:whole|entire|full) (?:row|line)) across (?:all )?(?:the )?(?:applicants?|applicant (?:types|columns|kinds)|kinds of applicants|"
                r"(?:the )?columns)\b", re.I), r"\1 for everyone"),
    # "What had the 2023 report shown?", "What did the 2023 report show?": the same quantity that year
    (re.compile(r"^\W*(?:and\s+|so\s+)?what (?:had|did|does|has) (?:the|its|their) ((?:19|20)\d\d) (?:report|one|table|edition) (?:shown|show|said|say|given|give)\W*$", re.I),
     r"what about \1?"),
    # "how many did not end with the original reply upheld?": not upheld (the negation's reach kept short)
    (re.compile(r"\b(?:did|do|does) not (?:end|finish|conclude|close)(?: up)? (?:with|in) (?:the )?(?:original (?:reply|answer|decision|ruling) )?(?:being )?(upheld|kept|maintained)\b", re.I),
     r"were not \1"),
    # "…published in total, all years counted?": the running total (not a trend over the years)
    (re.compile(r"\s*,?\s*(?:with |counting )?all (?:the )?years (?:counted|included|combined|together|added)\b", re.I), ""),
    # "the figure in the 'increase/decrease' column": the item's net change (本年增/减)
    (re.compile(r"(?:the\s+)?['‘\"“]?increase\s*/\s*decrease['’\"”]?(?:\s+column)?", re.I), "net change"),
    # "以“其他法律、行政法规禁止公开”为由": one ground, its words listed in its own name
    (re.compile(r"其他法律、行政法规"), "其他法律行政法规"),
    # "requests from the '其他' kind of organisation (not businesses, not law firms)": the other organisations' column
    (re.compile(r"\bthe ['‘\"“]其他['’\"”] (?:kind|type|category|sort) of (?:organi[sz]ations?|orgs?|applicants?|legal persons?)\b", re.I),
     "other organisations"),
    # "rolled-over-to-next-year requests": the words hyphenated into one
    (re.compile(r"\b(rolled|carried|pushed|moved|passed)-(over|forward|on)-(to|into)-(?:the-)?(next|following)-year\b", re.I), r"\1 \2 \3 the \4 year"),
    # "行政规范性文件发了几件": issued (发布), the verb cut short
    (re.compile(r"(?<![收开打出])发了(?=多少|几)"), "发布了"),
    # "The overview gives one figure for full and partial disclosure together. What is it?": that figure of the text asked
    (re.compile(r"^\W*(?:the\s+)?(overview|summary|narrative|report text|text)(?:\s+section)?\s+(?:gives|states|has|mentions|quotes|reports)\s+"
                r"(?:one|a|a single|its own)\s+(?:figure|number|count)\s+for\s+([^.?]{3,80}?)\.\s*what is it\s*\??\s*$", re.I),
     r"According to the \1, how many were \2?"),
    # "不好意思年份打错了，是2019年": the year corrected, the same quantity
    (re.compile(r"^\W*(?:不好意思|抱歉|对不起|sorry)?[，,\s]*(?:年份|年)(?:打错了|写错了|说错了|弄错了|错了)[，,\s]*(?:是|应该是|应为)\s*((?:19|20)\d\d)\s*年?(?:的)?\W*$", re.I),
     r"\1年呢？"),
    # "复议加上诉讼": reviews and lawsuits (not 上诉, an appeal)
    (re.compile(r"加上诉讼"), "和诉讼"),
    # "hongze 2023 too": the same quantity for the body and year named
    (re.compile(r"^\s*(?:and\s+)?([^?.]{2,40}?)\s+(?:too|as well|also)\s*\??\s*$", re.I), r"what about \1?"),
    # "你刚才说的这个数，是涧西2020年报告表格里的吧？再确认一下是多少", "2025年沭阳县政府那个数再说一遍？": the number
    # just given, asked again (not the row of requests to re-confirm published information)
    (re.compile(r"^\s*(?:那|那么)?(?:你)?(?:刚才|刚刚|上面)?(?:说|给|报)的(?:这个|那个)数(?:字)?[，,]?\s*(?:是)?([^？?。]{0,30}?)(?:的)?(?:年度报告|报告|年报)?(?:的)?(?:表格|表)?(?:里|中|上)?的?(?:吧|吗|对吧|是吧)\s*[？?]\s*"
                r"(?:再)?(?:确认|核对|核实|说)(?:一下|一遍|一次)?(?:是)?多少\s*[？?]?\s*$"), r"\1同一项呢"),
    (re.compile(r"(?:那个|这个)数(?:字)?(?:再说一遍|再说一次|再报一遍|再讲一遍|是多少来着)"), "同一项呢"),
    # "can you repeat that number for 2025?", "Sorry, repeat the 2024 figure for Hongze?": the same quantity
    # again (for the year or body named), not the row of repeated requests
    (re.compile(r"(?:\b(?:can|could|would) you (?:please )?|^\s*(?:please\s+)?|\b)repeat (?:that|this|the same|the) "
                r"(?:(?:19|20)\d\d\s+)?(?:number|figure|count|one|question)\b\s*", re.I), "same figure "),
    # "你说的这个数，其中自然人…": the number just given, pointed at (its part follows)
    (re.compile(r"^\s*(?:那|那么)?你(?:刚才|刚刚|上面)?(?:说|给|报)的(?:这个|那个)(?:数|数字|数据)?[，,\s]*(?=其中|里面|这里面|当中)"), ""),
    # "全部或部分给了信息的": granted in full plus in part
    (re.compile(r"(?:全部|全|完全)(?:或|或者|和|及|以及|加)(?:部分|一部分)(?:地)?(?:给了|给|公开了|公开|提供了|提供)(?:信息|材料)?"), "予以公开加部分公开"),
    # "“其他处理”里除逾期补正、收费外的那一项": the third line of 其他处理, its siblings set aside
    (re.compile(r"其他处理[”\x22'’]?\s*(?:里|中|当中|里面|之中)?(?:的)?\s*(?:除了?|除去|排除)[^。？?]{0,20}?(?:外|之外|以外)(?:的)?(?:那一?|剩下的?|另外的?)?(?:项|个|行|类|部分)?"),
     "其他处理中的3、其他"),
    # "(neither overdue corrections nor unpaid fees)": what is set aside, not asked
    (re.compile(r"\s*[（(]\s*neither\b(?=[^)）]{0,80}\b(?:fees?|overdue|late|unpaid)\b)[^)）]{1,80}?\bnor\b[^)）]{1,60}[)）]", re.I), ""),
    # "review + lawsuit + lawsuit after review": the bare lawsuit beside the one after review is the direct one
    (re.compile(r"(?<!direct )(?<!directly filed )\b(lawsuits?|suits?|litigation)\s*(\+|,|and|plus)\s*(?=(?:lawsuits?|suits?|litigation) after)", re.I),
     r"direct \1 \2 "),
    # "admin reconsideration", "w/o reconsideration"
    (re.compile(r"\badmin\.?\s+(?=reconsideration|review|licen|penalt|punish|coercion|enforcement)", re.I), "administrative "),
    (re.compile(r"\bw/o\b", re.I), "without"),
    # ", leave partial ones out": what is not asked, as an aside
    (re.compile(r"[,，]\s*(?:and\s+)?leave (?:the )?([^,?.]{2,30}?) out\b", re.I), r" (not \1)"),
    # "the 'other' type of organisation", "companies, legal services, other)": the column of other organisations
    (re.compile(r"(?:the\s+)?['‘\"“]?other['’\"”]?\s+(?:type|kind|sort)s?\s+of\s+organi[sz]ations?", re.I), "other organisations"),
    (re.compile(r"((?:compan(?:y|ies)|businesses|firms|legal services?|law firms?|research|public[- ]interest)[^?.]{0,40}?,\s*(?:and\s+)?)"
                r"others?(?=\s*[),?]|\s*$)", re.I), r"\1other organisations"),
    # "有没有公开的": whether any were disclosed — not 没有公开 (withheld)
    (re.compile(r"有没有(?=(?:被|予以)?公开)"), "是否有"),
    # "表二第（六）项": an item of table 二 pointed at, not the row （六） of table 三
    (re.compile(r"(表\s*[二2]\s*(?:的)?)第\s*[（(]\s*[一二三四五六七八九十]+\s*[)）]\s*项(?:那个|那一项|那项)?"), r"\1"),
    # "got all or some of what they asked": granted in full or in part, added
    (re.compile(r"\b(?:got|received|were given|was given|given) (?:all or (?:some|part)|some or all) of what (?:they|he|she|I|we) "
                r"(?:had )?asked(?: for)?\b", re.I), "granted plus partially granted"),
    # "A plus B refusals, combined": the noun after the parts names them both, it is not one more part
    (re.compile(r"(\bplus\b[^,?]{3,60}?)\s+(?:refusals|rejections|denials|cases|requests)(?=\s*[,?]|\s+combined)", re.I), r"\1"),
    # contractions typed without the apostrophe ("didnt", "dont", "wasnt")
    (re.compile(r"\b(did|does|do|was|were|is|are|could|would|should|has|have|had)nt\b", re.I), r"\1n't"),
    (re.compile(r"\bcant\b", re.I), "can't"), (re.compile(r"\bwont\b", re.I), "won't"),
    # "我是做课题的学生 想问…", "I'm a journalist": who asks, not a split of the applicants by occupation
    (re.compile(r"(?:我是|本人是|我们是|咱是)[^，,。？?\s]{0,10}?(?:学生|大学生|研究生|记者|老师|教师|律师|研究人员)|"
                r"\b(?:I'm|I am|we're|we are|as) an? (?:(?:grad|graduate|university|college|law) )?(?:student|journalist|reporter|teacher|lawyer|researcher)\b", re.I), " "),
    # "the cumulative total … — not just the ones made in 2019": what is not the whole answer, left out
    (re.compile(r"\s*[—–-]*\s*\bnot just (?:the |those )?(?:ones?|those|documents?|docs?)\b[^?.;,]{0,40}", re.I), " "),
    # "requests rejected as petitions and those rejected as duplicates": the verb says they were refused, the
    # sub-items say which; the group of refusals (不予公开) is not one more addend
    (re.compile(r"\b(?:rejected|refused|turned down|declined|dismissed|thrown out)\s+(?:as|for being)\s+", re.I), "as "),
    # "new ones issued in 2024" (after documents): the measure issued, not the requests received
    (re.compile(r"(?<![-\w])new ones? (issued|published|released|adopted|passed)\b", re.I), r"\1"),
    # "how many person-applicant got …" (not "natural-person applicants"): the individuals' column
    (re.compile(r"(?<![-\w])person-applicants?\b", re.I), "individuals"),
    # "how many got some other result?", "ended with some other outcome": the outcome 其他结果
    (re.compile(r"\b(?:got|had|received|ended (?:in|with)|with|saw) (?:some |an? |any )?other (?:results?|outcomes?|endings?|decisions?)\b", re.I),
     "other outcome"),
    # "那企业申请人呢" after a row: the column of that applicant, not the row of requests received
    (re.compile(r"^\W*(那|那么)?\s*(个人|自然人|企业|公司|商业企业|法人|科研机构|公益组织|社会公益组织|律所|法律服务机构|其他组织)申请人(?:的|那栏|那一栏)?(呢|嘞)\W*$"),
     r"\1\2的\3"),
    # "我们单位在做…汇总", "他们单位": the asker's (or the body's own) office, not the column of legal persons
    (re.compile(r"(?:我们|咱们|他们|她们|我|帮|替)单位"), "  "),
    # "别加上一年结转的", "不要加上年结转": what is left out, never an addition
    (re.compile(r"(?:别|不要|不用|无需|不必|不能|勿)(?:再)?加(?:上)?(?=上?一?年(?:度)?(?:的)?结转|上年|去年|结转)"), "不含"),
    # "new requests from people plus from companies": "people" beside the organisations' columns is the individuals' column
    (re.compile(r"\bpeople\b(?=\s*(?:plus|and|\+|,|&|vs\.?|versus)\s*(?:from\s+)?(?:the\s+)?(?:companies|businesses|enterprises|firms|law firms|organi[sz]ations))", re.I),
     "individuals"),
    (re.compile(r"((?:companies|businesses|enterprises|firms|organi[sz]ations)\s*(?:plus|and|\+|,|&|vs\.?|versus)\s*(?:from\s+)?(?:the\s+)?)people\b", re.I),
     r"\1individuals"),
    # "其他处理-其他", "其他处理>其他": the sub-item 3、其他 of 其他处理
    (re.compile(r"其他处理\s*[-－—–·>›/、]\s*其他(?!处理|组织|法人|结果)"), "其他处理 3、其他"),
    # "其他" listed among the organisations' columns: the column of other organisations
    (re.compile(r"((?:商业企业|科研机构|社会公益组织|法律服务机构)[^。？?]{0,30}?[、，,和及])\s*其他(?=\s*(?:[）)、，,。？?]|$|[两三四五六]?(?:栏|列|项|类|个|格)))"),
     r"\1其他组织"),
    # "(commercial + legal services + other columns)": "other" closing a list of organisations' columns
    (re.compile(r"(\b(?:commercial|compan(?:y|ies)|business(?:es)?|enterprises?|corporate|research|public[- ]interest|"
                r"legal[- ]services?|law firms?)\b[^.?;]{0,40}?(?:,|\+|&|\band\b|\bplus\b))\s*(?:the\s+)?other(?:s|\s+ones?)?"
                r"(?:\s+(?:organi[sz]ations?|columns?|bodies|groups|applicants?))?(?=\s*(?:[),.?;]|$|\b(?:combined|together|added)\b))", re.I),
     r"\1 other organisations"),
    # "(commercial, research, public-interest …)": "research" listed with the organisations' columns
    (re.compile(r"(\b(?:commercial|compan(?:y|ies)|business(?:es)?|enterprises?|corporate|public[- ]interest|"
                r"legal[- ]services?|law firms?)\b[^.?;]{0,40}?(?:,|\+|&|\band\b|\bplus\b|、))\s*research\b(?!\s+(?:institut|organi[sz]|bod|cent|unit))", re.I),
     r"\1 research institutions"),
    # the column of other organisations pointed at by its printed head ("“其他”那一列", "the '其他' column"):
    # not the rows named 其他 (of 其他处理, 不予处理 …)
    (re.compile(r"[“\"'‘「]?其他[”\"'’」]?\s*(?=(?:那|这)?(?:一|个)?(?:列|栏))"), "其他组织"),
    (re.compile(r"[“\"'‘「](?:其他|other)[”\"'’」]\s*(?:applicant\s+|requester\s+)?(?=columns?\b)", re.I), "other organisations "),
    # "the last org column, the one just labelled 其他": the column of other organisations
    (re.compile(r"\b(?:org(?:anisation|anization)?s?\s+)?columns?\b[^?。？]{0,30}?\blabell?ed\s+[“\"'‘「]?(?:其他|other)[”\"'’」]?", re.I), "other organisations"),
    # "same question for Shuyang, 2025": a follow-up that keeps the quantity
    (re.compile(r"^\W*(?:and\s+)?(?:the\s+)?same(?:\s+(?:question|thing|figure|number|one|measure|count|metric|quantity))?\s+(?:but\s+)?(?:for|about|of|in)\b", re.I), "what about"),
    # "normative docs, same column?", "Shuyang — same figure?": the thing named, asked as the turn before asked
    (re.compile(r"^\W*(?:(?:and|ok(?:ay)?|now|so|then|for|in|with)\b[\s,]*)*(?!(?:what|how) about\b|is it\b|(?:is|was) that\b|it\b)([^?,，—–]{2,40}?)\s*(?:[,，—–-]+\s*|\s+)(?:the\s+)?same\s+(?:column|measure|figure|cell|one|thing|question|number)\s*"
                r"(?:please|too|again)?\s*[?？.]?\s*$", re.I), r"what about \1?"),
    # "How did 2025 look?", "What did 2019 look like?": the same quantity in the year named
    (re.compile(r"^\W*(?:and\s+|so\s+)?(?:how did|what did|how does|what does)\s+((?:19|20)\d\d)\s+look(?:\s+like)?\W*$", re.I), r"what about \1?"),
    # "What did Hongze report a year earlier, in 2023?", "what did Shuyang show for 2024?": the same quantity,
    # the body and year named (no quantity of its own)
    (re.compile(r"^\W*(?:and\s+|so\s+)?what (?:did|does|do)\s+(?!it\b|they\b|that\b|this\b)([^?.,]{2,40}?)\s+(?:report|print|show|record|give|list|have)\b"
                r"((?:\s*,?\s*(?:a|one|the)\s+year\s+(?:earlier|before|later|after))?\s*,?\s*(?:(?:in|for)\s+)?(?:19|20)\d\d)\W*$", re.I),
     r"what about \1 \2?"),
    # "Plus reconsiderations themselves - how many?": another quantity asked after the ones before, not added to
    # them (unless a total is asked: "plus the direct ones — how many altogether?")
    (re.compile(r"^\W*(?:plus|also)\s+(?=[^?]*\bhow many\b)(?![^?]*\b(?:altogether|in total|in all|combined|together|total|sum)\b)", re.I), "what about "),
    # "Plus the plain 'other' sub-row?" after two sub-items: that one asked next, not added to the last
    # ("Plus the 'other' sub-item of other handling?": its sub-item already written as the table numbers it, "3、其他")
    (re.compile(r"^\W*plus\s+(?=(?:the\b|[1-9]、)[^?]{0,40}\?\s*$)(?![^?]*\b(?:altogether|in total|in all|combined|together|total|sum|all)\b)", re.I), "what about "),
    # "How much of that total does the table attribute to natural persons?": the cell the table prints for them
    (re.compile(r"\b(?:does|did|do) (?:the |its )?(?:table|report|row|column)(?:\s+(?:[1-4一二三四]|iii|iv|ii|three|four|two))? (?:attribute|assign|allocate|credit)\s+to\b", re.I), "comes from"),
    # "复议结束后又提起行政诉讼的": lawsuits filed after a reconsideration
    (re.compile(r"(?:行政)?复议(?:结束|完|办完|结案|之)后(?:又|再|才)?(?:提起|提出|打)?(?:了)?(?:的)?(?:行政)?(?:诉讼|官司|起诉)"), "复议后起诉"),
    # "复议结束后申请人不服又去起诉的": the same, who sued and why said between
    (re.compile(r"(?:行政)?复议(?:结束|完|办完|结案|之)后(?:申请人|当事人|群众|对方)?(?:仍然|还是|仍)?(?:不服|不满意?)?(?:又|再|才)(?:去|到法院)?(?:提起|提出|打)?(?:了)?(?:的)?(?:行政)?(?:诉讼|官司|起诉)"), "复议后起诉"),
    # "(我只找到24年的)", "（我这边只有2023年的）": what the asker has, said aside — not a year asked
    (re.compile(r"\s*[（(]\s*(?:我|我们)(?:这边|手上|手里)?(?:只)?(?:找到|看到|有|查到|拿到)(?:了)?[^（）()]{0,16}[)）]"), " "),
    # "群众要的东西手头没有现成的": what people asked for, said in passing — not the column of natural persons
    (re.compile(r"(?:群众|老百姓|市民|居民|人家|别人)(?=(?:想)?要的(?:东西|信息|材料|资料|文件))"), "申请人"),
    # "老百姓把信访投诉当成信息公开申请交上去、结果不予处理的": who files such things, said in passing — not the column of
    # natural persons
    (re.compile(r"(?:老百姓|群众|市民|居民|有人|人们)(?=把[^，。？?]{2,16}(?:当成|当作|当做|作为)[^，。？?]{0,10}(?:申请|提交|交上去|递交))"), ""),
    # "2025年涨到多少了？", "降到了几件": the value it reached, not the change
    (re.compile(r"(?:涨|增|增加|增长|升|上升|降|下降|减少|减|跌|掉|变)(?:到|至|成)(?:了)?(?=多少|几)"), "是"),
    # "废之了几件" (a slip of 废止)
    (re.compile(r"(?<=[\u4e00-\u9fff\s])废之(?=了|的|几|多少)"), "废止"),
    # "What did it look like in 2025?", "How did it look in 2019?": the same quantity in the year named
    (re.compile(r"^\W*(?:and\s+|so\s+)?(?:what did|how did) (?:it|that|this|things|the figure|the number) look(?: like)?\s+(?=(?:(?:in|by|for)\s+)?(?:19|20)\d\d\W*$)", re.I),
     "what about "),
    # "What did that climb or drop to in 2024?": the same quantity's value in the year named (not the change)
    (re.compile(r"^\W*(?:and\s+|so\s+)?what (?:did|does|has|had) (?:that|it|this|the (?:figure|number|count|total))\s+(?:\w+\s+or\s+)?"
                r"(?:climb|rise|drop|fall|go|grow|jump|increase|decrease|change|move|shift|come)(?:\s+(?:up|down))?\s+to\b(?=\s+(?:in\s+)?(?:19|20)\d\d\W*$)", re.I),
     "what about"),
    # "after going through reconsideration": after reconsideration
    (re.compile(r"\bafter\s+(?:first\s+)?(?:going|having gone|they went|it went|they had gone|it had gone)\s+through\b", re.I), "after"),
    # requests moving on into a later year ("pushed into 2020", "rolling into 2026", "left over into the
    # next year"), said with any verb of moving: carried forward (the year names the report after it)
    (re.compile(r"\b(?:roll(?:ed|ing|s)?|push(?:ed|ing|es)?|mov(?:ed|ing|es)|spill(?:ed|ing|s)?|slip(?:ped|ping|s)?|"
                r"slid(?:e|ing|es)?|left|leftover|remain(?:ed|ing|s)?|stay(?:ed|ing|s)?|spill(?:ed|ing)?|kick(?:ed|ing)?|"
                r"bump(?:ed|ing)?|shift(?:ed|ing)?|punt(?:ed|ing)?)(?:\s+(?:over|on|forward|across))?\s+(?:in)?to\s+"
                r"(?=(?:19|20)\d{2}\b|(?:the\s+)?(?:next|following|coming)\s+year\b)", re.I), "carried forward into "),
    # "…the table's new-requests row, not the narrative figure that includes carry-overs?": the figure not asked,
    # with what it includes, set aside
    (re.compile(r"\s*[,;—–-]?\s*(?:but |and )?not the (?:[\w'’-]+ ){0,3}(?:figure|number|count|total|one)s?\s+(?:that|which)\s+"
                r"(?:includes?|counts?|adds?|has|contains?)\b[^?.]*", re.I), " "),
    # "这些机构的申请里，…" after the law firms' requests: the applicants just named, pointed back at (not every organisation)
    (re.compile(r"(这些|那些|这几家|那几家|这类|那类)(?:机构|单位|组织)(?=的|提|申请|里|中|当中)"), r"\1"),
    # "两项合起来要处理的一共多少件": the two added, the workload they make (not the row of requests handled)
    (re.compile(r"(合起来|加起来|加一起|合一起|加在一起)((?:总共|一共)?)(?:要|需要|待|得)(?:处理|办理|办)的"), r"\1\2"),
    # "…how many companies filed info requests with 上海科委 in 2024. is that in their report?": whether the report
    # holds it, said after the question — no question of its own
    (re.compile(r"(?<=[.?!。？])\s*(?:and\s+)?(?:is|was|would) (?:that|it|this)(?: (?:number|figure))? (?:be )?(?:in|stated in|given in|listed in|"
                r"covered (?:in|by)|shown in|somewhere in) (?:the|their|its|that) (?:annual )?(?:report|table)s?\s*[?？]?\s*$", re.I), ""),
    (re.compile(r"(?<=[。？?])\s*(?:这个|这)?(?:年报|报告)(?:里|中)(?:有|能查到|查得到)(?:吗|没有|么)\s*[？?]?\s*$"), ""),
    # "How many requests did the office still have open at the end of 2025?": still open (then)
    (re.compile(r"\bstill (?:have|had|has|having|keep|kept|hold|held)\s+(?=(?:open|pending|unfinished|outstanding|unresolved)\b)", re.I), "still "),
    # "how many of the 143 were filed by individuals?": who made the ones just counted (not the requests received)
    (re.compile(r"(\bof (?:those|them|these|the \d[\d,]*|(?:that|this|the) (?:group|lot|bunch|batch|category|kind|figure|number))\b[^?]{0,40}?)\b(?:were|was)\s+(?:filed|submitted|lodged|made|sent|brought|put in|handed in)\s+by\b", re.I),
     r"\1came from"),
    # "直接起诉的诉讼又有几件？" after an outcome's count: the cases of that kind, all of them (not the outcome again)
    (re.compile(r"((?:未经复议)?直接起诉|复议后(?:再)?起诉|经复议(?:后)?(?:再)?起诉|行政复议|行政诉讼)的(?:诉讼|案件|案子|官司|复议)((?:又|还|一共|总共)?(?:有|是)?(?:几|多少)件?)"
                r"(?![^。？?]{0,8}(?:审结|结案|维持|纠正|其他|判|结果|撤销|驳回))"),
     r"\1总计\2"),
    # "市政府新闻发布会": a press conference the city government holds (not a body named)
    (re.compile(r"(?:市|县|区)政府新闻发布会"), "新闻发布会"),
    # "公司文员一枚，领导让查…": who the asker is, not the column of companies
    (re.compile(r"(?:我是|我在)?(?:一家|一个)?(?:公司|企业|单位)(?:的|里的?)?(?:文员|职员|员工|小职员|行政|助理|实习生|会计|打工人)(?:一枚|一个|一名)?[，,]?"), " "),
    # "applying the table's own rule (new + carried in = …)", "the table's balance rule": an arithmetic rule of the
    # table, not its regulations (规章)
    (re.compile(r"\b(?:applying |using |by |under |per |following )?(?:the )?(?:table(?:'s|’s)? )?(?:own |balance |consistency |arithmetic(?:al)? |"
                r"accounting |balancing |checking )rule\b|\bthe table(?:'s|’s) rule\b", re.I), " "),
    # "(new + carried in = handled + carried forward), what's the carried-forward figure?": the rule, stated in brackets
    # before the cell asked (not its terms asked)
    (re.compile(r"[（(][^()（）?？]{3,80}(?:=|＝|等于)[^()（）?？]{3,80}[)）](?=[^?？]*(?:\bwhat|\bhow|多少|几))", re.I), " "),
    # "the left-hand side of the balance rule, i.e. item one plus item two": table 三's items 一 and 二
    (re.compile(r"\bitems? (?:one|1|I)\b(?=[^?]{0,30}\bitem (?:two|2|II)\b)", re.I), "new requests"),
    (re.compile(r"(?<=plus )\bitem (?:two|2|II)\b|(?<=and )\bitem (?:two|2|II)\b", re.I), "carried over from the year before"),
    # "Student project: Huai'an 2024, …": what the asker needs it for (not procurement projects)
    (re.compile(r"^\W*(?:(?:a|my|our|for (?:a|my|our))\s+)?(?:student|school|class|course|research|uni(?:versity)?|college|group)\s+project\s*[:：,，-]", re.I), " "),
    # "Which of those two years came out ahead, and by what margin?": which was higher
    (re.compile(r"\b(?:came|come|comes|coming) out (?:ahead|on top|in front|higher)\b|\b(?:was|is) ahead\b", re.I), "was higher"),
    # "the 总计 of the handling results in table 3", "handling results total": row （七）总计 of table 三
    (re.compile(r"\b(?:the\s+)?(?:总计|合计|total|grand total|sum)\s+(?:of|for|across)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:handling|processing|processed)\s+)?"
                r"(?:results|outcomes)\b|\b(?:handling|processing)\s+(?:results|outcomes)(?:'|’)?\s+(?:总计|合计|total|grand total)\b", re.I),
     # (not the outcomes of reviews or lawsuits: table 四's total)
     lambda m: m.group(0) if _APPEALS_WORDS_RE.search(m.string) else "total handled"),
    # "how many did the county bring in from 2024?" (its 2025 report), "brought over from the year before": carried over
    (re.compile(r"\b(?:bring|brought|bringing|brings|inherit(?:ed|s)?|pick(?:ed)? up)\s+(?:in|over|forward|across|up)?\s*from\s+"
                r"(?=(?:19|20)\d{2}\b|(?:the\s+)?(?:previous|prior|last|preceding)\s+year\b|(?:the\s+)?year before\b)", re.I), "carried over from "),
    # "roll over to be handled in 2026", "pushed on to be dealt with the following year": carried forward
    (re.compile(r"\b(?:roll(?:ed|ing|s)?|push(?:ed|ing|es)?|mov(?:ed|ing|es)|pass(?:ed|ing|es)?|hand(?:ed|ing|s)?|kick(?:ed|ing)?|"
                r"carr(?:y|ied|ying|ies)|left|leave|leaving)(?:\s+(?:over|on|forward|across))?\s+(?:for|to be)\s+"
                r"(?:further\s+|continued\s+)?(?:handl(?:ed|ing)|process(?:ed|ing)|dealt with|finish(?:ed|ing))\s+(?:in(?:to)?\s+)?"
                r"(?=(?:19|20)\d{2}\b|(?:the\s+)?(?:next|following|coming)\s+year\b)", re.I), "carried forward into "),
    # "carried forward into the next year for further handling": the row's own gloss (继续办理), not a part
    (re.compile(r"(?<=carried forward into )((?:the\s+)?(?:next|following|coming)\s+year|(?:19|20)\d{2})\s+(?:for|to be)\s+"
                r"(?:further|continued|more)\s+(?:handling|processing|handled|processed|work)\b", re.I), r"\1"),
    # "still being worked on into 2021", "still pending into the next year": carried forward
    (re.compile(r"\bstill (?:being )?(?:worked on|handled|processed|dealt with|pending|open|unfinished|under way|underway|in progress)\s+"
                r"(?:in)?to\s+(?=(?:19|20)\d{2}\b|(?:the\s+)?(?:next|following|coming)\s+year\b)", re.I), "carried forward into "),
    # "prohibited by laws/regulations": one ground, not regulations (规章) as an item
    (re.compile(r"\b(laws?)\s*/\s*(regulations?)\b", re.I), r"\1 or \2"),
    # the fee not paid and the correction not made, however worded ("逾期没交信息处理费", "没按通知交钱",
    # "补正材料超时了"): the rows' own words
    (re.compile(r"(?:逾期|超期|过期|到期)?(?:没有?|未|不)(?:按时|按期|及时|按通知|按要求|按收费通知)?(?:去)?(?:交|缴|缴纳|支付|付)(?:了)?"
                r"(?:信息处理费|处理费|费用|钱|费)"), "逾期未缴纳费用"),
    (re.compile(r"(?:没交|未交|不交|没缴|未缴)(?:信息处理费|处理费)"), "逾期未缴纳费用"),
    (re.compile(r"补正(?:材料)?(?:超时|超期|逾期|过期)了?|(?:逾期|超期|超时|过期)(?:没有?|未|不)?补(?:正|齐|交)?(?:材料)?|"
                r"(?:没有?|未|不)(?:按时|按期|及时|按要求)补(?:正|齐|交)(?:材料)?"), "逾期不补正"),
    # "didnt", "dont": the apostrophe people skip on phones
    (re.compile(r"\b(did|do|does|was|were|is|are|could|would|should|ca|wo|has|have|had)nt\b", re.I), r"\1n't"),
    # "full + partial disclosure": both rows granted
    (re.compile(r"\bfull\s*(?:\+|plus|and|&)\s*partial(?:ly)?\b(?:\s+(?:disclosure|release|grants?))?", re.I),
     "granted plus partially granted"),
    # "new plus carried over": the new requests (received), not a bare adjective
    (re.compile(r"\bnew(?=\s*(?:plus|\+|and|&)\s*(?:those\s+|the\s+ones\s+)?carried)", re.I), "new requests"),
    # "after the applicant had already been through reconsideration": after reconsideration
    # ("lawsuits … where the plaintiff had first been through administrative review")
    (re.compile(r"\b(?:where|in which|whose|when) (?:the |an? )?(?:applicants?|plaintiffs?|requesters?)\s+(?=after reconsideration\b)", re.I), ""),
    (re.compile(r"\b(?:where|in which|whose|when) (?:the |an? )?(?:applicants?|plaintiffs?|requesters?|people|they|he|she)\s*(?:had |has |have )?"
                r"(?:already |first )?(?:been|gone|went) through (?:an? |the )?(?:administrative )?(?:review|reconsideration)(?: first)?\b", re.I),
     "after reconsideration"),
    (re.compile(r"\bafter (?:the |an? )?(?:applicants?|plaintiffs?|requesters?|people|they|he|she)?\s*(?:had |has |have )?"
                r"(?:already |first )?(?:been|gone|went) through (?:an? |the )?(?:administrative )?(?:review|reconsideration)"
                r"(?: first)?\b", re.I),
     "after reconsideration"),
    # "Jianxi 2020 same item?": the previous turn's quantity, named as such
    (re.compile(r"(?<!asked for the )(?<!asking for the )(?<!asked for )(?<!asking for )(?<!ask for )(?<!asked )(?<!asked the )(?<!asking )(?<!asking the )(?<!very )\b(?:the |that )?same (?:item|thing|one|figure|number|measure|quantity|cell|row|column|metric)\b(?!\s+(?:again|twice|over again)\b)|"
                r"同一项|同一格|同一栏|同一行|同一个(?:数|数字|指标|格子?)|同样的(?:项目|指标)|same cell", re.I), " "),
    # "几件公开申请", "递了多少份公开申请": the noun (a disclosure request), not the outcome 予以公开
    (re.compile(r"(?<=[件份个条起宗笔的收交递提])(?:信息)?公开申请"), "申请"),
    # "因为申请人自己逾期（逾期不补正、逾期不缴费）而不再处理的": the class spelled out by its members, their sum
    (re.compile(r"(?<=[\u4e00-\u9fff])[（(]((?![^（）()]*?(?:含|包括|包含|例如|比如|譬如|如|即|等|或|还是|\d))[^（）()、]{2,24}(?:、[^（）()、]{2,24}){1,3})[）)]"
                r"(?=\s*(?:而|被|才|的|导致))"), r"（\1合计）"),
    # "and the year after, 2024", "the previous year (2023)": the year named outright says which
    # (a follow-up opening so, never "requests carried into the next year, 2025 vs 2019")
    (re.compile(r"^\W*(and\s+|so\s+|then\s+)?(?:for\s+|in\s+)?(?:the\s+)?(?:(?:year|one)\s+(?:after|before)|(?:following|next|previous|prior)\s+(?:year|one))\s*[,，:]\s*"
                r"(?=(?:19|20)\d\d\W*$)", re.I), r"\1"),
    # "backlog at the end of 2019 and at the end of 2025": what each year left at its end (结转下年度)
    (re.compile(r"\bbacklog (?:at|by|as of) (?:the )?end of ((?:19|20)\d\d)\b", re.I), r"backlog at year-end in \1"),
    (re.compile(r"(?<=year-end in (?:19|20)\d\d) and (?:at|by|as of) (?:the )?end of ((?:19|20)\d\d)\b", re.I), r" and \1"),
    # "Was it any different in 2023?": the same figure, another year (its value; the turn before gave the other)
    (re.compile(r"^\W*(?:and\s+|so\s+)?(?:was|is|were) (?:it|that|this|the (?:number|figure|count)) (?:any )?different in ((?:19|20)\d\d)\W*$", re.I),
     r"what about \1?"),
    # "一共要处理多少件申请？连上年结转的一起算。": the year's workload, what came over counted in
    (re.compile(r"(?:一共|总共|总计)?(?:要|需要|得)(?:处理|办理|办)(?:的)?(?:多少|几)件(?:申请)?\s*[？?]?\s*[，,]?\s*(?:连|把|加上|算上|包括)(?:同)?\s*"
                r"(?:上一?年度?|去年|上年)(?:结转|转过来|转来|遗留|没办完)(?:过来)?(?:的)?(?:也|都)?(?:一起|一块|一并)?(?:算|算上|算进去|计入)?(?:的话)?[。.！!？?]?\s*$"),
     "本年新收加上年结转的申请一共多少件？"),
    # "requests refused processing as petitions", "did Huai'an decline to process": not processed (不予处理), no
    # refusal to disclose (不予公开)
    (re.compile(r"\b(?:were |was |get |got |be )?(?:refus(?:ed|e|es|ing)|declin(?:ed|e|es|ing))\s+(?:to\s+)?(?:process(?:ing)?|handl(?:e|ing)|deal(?:ing)? with)\b", re.I),
     " not processed "),
    # "how many requests came over into 2025 from the year before": carried over into that year
    # "how many requests came IN from the previous year": carried over (not a comparison with the year before)
    (re.compile(r"\b(?:c(?:ame|ome|omes|oming)|brought|rolled) (?:in|over) from (?:the )?(?:year before|previous year|prior year|year prior|preceding year)\b", re.I),
     "were carried over from the previous year"),
    (re.compile(r"\bc(?:ame|ome|omes|oming) (?:over )?into ((?:19|20)\d\d) from (?:the )?(?:year before|previous year|prior year|year prior)\b", re.I),
     r"were carried over from the previous year into \1"),
    # "And how many went on into 2026?" (after what came into 2025): what that year carried forward
    (re.compile(r"\b(?:went|go|goes|going|were carried|was carried|got carried|passed|moved|rolled) on (?:into|to) ((?:19|20)\d\d)\b", re.I),
     r"were carried forward into \1"),
    # "And at the end of 2025, into 2026?": what 2025 carried forward
    (re.compile(r"^\W*(?:and\s+|so\s+)?(?:what about\s+)?(?:at|by) the end of ((?:19|20)\d\d)\s*[,，]?\s*(?:carried\s+|pushed\s+|rolled\s+)?into (?:19|20)\d\d\W*$", re.I),
     r"what about \1?"),
    # "how many new requests, carried-over ones excluded, …": the part named as left out
    (re.compile(r"\s*[,，]?\s*(?:with\s+)?(?:the\s+)?(?:carried[- ]over|carry[- ]overs?|brought[- ]forward)(?:\s+(?:ones|requests|applications))?\s+"
                r"(?:excluded|not included|not counted|left out|set aside)\s*[,，]?", re.I), " "),
    # "How many normative documents did Hongze issue in 2024 (new ones only)?": this year's, as the verb says
    (re.compile(r"\s*[（(]\s*(?:the\s+)?new(?:ly (?:issued|made|published))?(?: ones?)? only\s*[)）]", re.I), " "),
    # "…，and so couldn't provide it": the consequence of the ground named before it (无法提供 › 需另行制作), no part added
    (re.compile(r"\s*[,，]?\s*and so (?:it )?(?:couldn'?t|could not|can'?t|cannot|was unable to|were unable to) (?:provide|supply|give)(?: (?:it|them|the information))?(?=\s*[?.]|\s*$)", re.I), ""),
    # "申请人类型属于“其他”法人或组织": the column 其他组织 of the organisations
    (re.compile(r"(?:类型)?(?:属于|是|为)?\s*[“\"'‘]其他[”\"'’]\s*(?:的)?法人或(?:其他)?组织"), "其他组织"),
    (re.compile(r"申请人(?:的)?(?:类型|类别|身份)(?:属于|是|为)(?=\s*(?:其他组织|商业企业|科研机构|社会公益组织|法律服务机构|自然人))"), ""),
    # "政府就不再处里的": a slip of 处理
    (re.compile(r"(?<=不再)处里|(?<=不予)处里"), "处理"),
    # "the line 'other handling - 3. other'", "'其他处理'下面'其他'那一小项": the third line of 其他处理
    (re.compile(r"(?:被)?(?:归进|归入|列入|算进|算在)?\s*[“\"'‘]?(?:其他处理|other handling|other processing)[”\"'’]?\s*(?:[-–—›>/]|下面|下|里面|里|中|under)\s*(?:的)?\s*"
                r"[“\"'‘]?(?:3[.、]?\s*)?(?:其他|other)[”\"'’]\s*(?:那)?(?:一)?(?:小项|项|类|栏|行)?", re.I), "其他处理中的3、其他"),
    (re.compile(r"(?:被)?(?:归进|归入|列入|算进|算在)?\s*[“\"'‘]?其他处理[”\"'’]?\s*(?:下面|下|里面|里|中)(?:的)?\s*(?=其他处理中的3、其他)"), ""),
    # "lapsed because the applicant didn't do their part - failing to supplement in time or to pay the fee?": the
    # class spelled out by its two members, their sum
    (re.compile(r"\s[-—–:]\s*(?:by\s+)?(failing|not managing|neglecting|forgetting) to ([^?]{3,40}?) or (?:to )?([^?]{3,40}?)\s*\?\s*$", re.I),
     r" - \1 to \2 plus \1 to \3 combined?"),
    # "政府说自己压根没这个信息": an intensifier before a negation
    (re.compile(r"(?:自己)?压根儿?(?:就)?(?=没|不)"), ""),
    # "办理完的申请数量": the count of those, not the row 申请数量 (received) beside them
    (re.compile(r"(?<=的)申请(?:数量|数|量|件数|总数)"), "申请"),
    (re.compile(r"^\s*(?:帮我|帮忙|麻烦你?)(?:查|看|找)(?:一)?下?(?:看)?\s*[：:，,]?\s*"), ""),
    # asking for one's employer or family ("我帮单位查下，"): not the organisations' column
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:我)?(?:帮|替|给)(?:我们)?(?:单位|公司|领导|同事|朋友|家里|家人|老板)(?:的人)?(?:查|问|看)(?:一)?下?\s*[：:，,]\s*"), ""),
    # English abbreviations as people type them ("Shanghai Gen Office", "govt", "dept", "reqs")
    (re.compile(r"\bgen(?:\.|'l)?(?=\s+off)", re.I), "General"),
    # "How many requests did the Jianxi District government office finish in 2020?": handled (办理总计)
    (re.compile(r"(\bhow many (?:requests|applications) did\b[^?]{1,80}?)\bfinish\b(?!\s+(?:handling|answering|by|at|next))", re.I),
     r"\1finish handling"),
    # "复议后原决定被维持的": the reconsideration's outcome (the decision under review upheld), not a lawsuit after it
    (re.compile(r"复议后(?=(?:原|原来的?)(?:决定|行政行为|处理)?(?:被|得到|获得)?维持|(?:被|得到)维持)"), "复议"),
    # "SH municipal gov general office", "SH sci & tech commission": Shanghai, as people abbreviate it
    (re.compile(r"\bSH(?=\s+(?:municipal|city|gov|govt|government|general|sci|science|S&T|STC))"), "Shanghai"),
    # ("open gov. Huaian 2024 …": the sentence's full stop stays, so the story before it stays a story)
    (re.compile(r"\bgov\.(?=\s+[A-Z])"), "government."),
    (re.compile(r"\bgov(?:'t|t|\.)?(?=\s|$|[,.?;:!)])", re.I), "government"),
    (re.compile(r"\bdept(?:\.|s)?(?=\s|$|[,.?;:!)])", re.I), "department"),
    (re.compile(r"\bdist(?:\.|r\.?)?(?=\s+(?:gov|off|adm))", re.I), "district"),
    (re.compile(r"\bsci[- ]?tech\b|\bsci(?:ence)?\s*(?:&|and)\s*tech(?:nology)?\b", re.I), "science and technology"),
    (re.compile(r"\bmunic(?:\.|ipal)?(?=\s)", re.I), "municipal"),
    (re.compile(r"\breqs?\b\.?", re.I), "requests"),
    (re.compile(r"\bapps\b", re.I), "applications"),
    (re.compile(r"\bno\.\s*of\b|#\s*of\b", re.I), "number of"),
    (re.compile(r"全部或部分公开|全部公开或部分公开|全部或者部分公开|公开或部分公开"), "予以公开加上部分公开"),
    (re.compile(r"\b(?:fully or partially|fully or partly|in full or in part|wholly or partly|wholly or partially) "
                r"(granted|disclosed|released|grant|disclose|release|gave|give)\b", re.I),
     r"granted plus partially granted"),
    (re.compile(r"\b(granted|disclosed) (?:fully or partially|in full or in part|wholly or partly)\b", re.I),
     r"granted plus partially granted"),
    # one word shared by two rows, said once ("fully plus partly granted", "全部和部分公开",
    # "direct and after-review lawsuits"): spelled out as the sum of both
    (re.compile(r"\b(?:fully|wholly|completely|in full)\s*(?:and|plus|&|\+)\s*(?:partly|partially|in part)\s+"
                r"(?:granted|disclosed|released)\b", re.I), r"granted plus partially granted"),
    (re.compile(r"全部(?:和|与|及|加上|加|、|跟)部分公开|予以公开(?:和|与|及|加上|加|、|跟)部分(?=的|$|[，。？?])"),
     "予以公开加上部分公开"),
    (re.compile(r"\bdirect(?:ly filed)?\s*(?:and|plus|&|\+)\s*(?:after[- ](?:a )?(?:review|reconsideration)|post-review)\s+"
                r"(?:lawsuits?|suits?|litigation|court cases?|cases)\b", re.I),
     r"lawsuits filed directly plus lawsuits after reconsideration"),
    (re.compile(r"\b(?:lawsuits?|suits?|litigation|court cases?)\s+direct(?:ly filed)?\s*(?:and|plus|&|\+)\s*"
                r"after[- ](?:a )?(?:review|reconsideration)\b", re.I),
     r"lawsuits filed directly plus lawsuits after reconsideration"),
    (re.compile(r"\bdirect(?:ly)?\s*(?:and|plus|&|\+)\s*after[- ](?:a |an )?(?:administrative )?(?:review|reconsideration)\b", re.I),
     r"lawsuits filed directly plus lawsuits after reconsideration"),
    # "granted the most requests in part": partly granted, the words apart
    (re.compile(r"\b(?:grant(?:ed|s)?|disclos(?:ed|es)|releas(?:ed|es))\b((?:\s+(?:the\s+)?(?:most|fewest|more|fewer|least|many|much|any))?"
                r"(?:\s+(?:requests?|applications?|of them|them))?)\s+(?:only\s+)?(?:in part|partly|partially)\b", re.I),
     r"partially granted\1"),
    # "people plus companies", "companies and people": people set beside organisations are individuals
    (re.compile(r"\bpeople\b(?=\s*(?:plus|and|&|\+|vs\.?|versus|or|,)\s*(?:the\s+)?(?:companies|firms|businesses|enterprises|"
                r"organi[sz]ations|orgs|law firms|institutions)\b)", re.I), "individuals"),
    (re.compile(r"\b(companies|businesses|enterprises|organizations|organisations)(\s*(?:plus|and|&|\+|vs\.?|versus|or|,)\s*)people\b", re.I),
     r"\1\2individuals"),
    # "the direct ones that ended 'other'": the outcome 其他结果 of an appeal, not a row of requests
    (re.compile(r"\b((?:lawsuits?|suits?|cases?|reviews?|reconsiderations?|ones)\b[^.?;]{0,30}?)\b(?:ended|ending|end|concluded|resolved|"
                r"finished|disposed of)\s+(?:as\s+|with\s+|in\s+|up\s+as\s+)?(?:an?\s+)?"
                r"['\"‘“]other['\"’”](?!\s*(?:handling|processing|rows?|reasons?))", re.I), r"\1with other outcome"),
    # "同一个单位2019年的": the same body, not the 单位 (legal persons) column
    (re.compile(r"(?:同一个?|同一家|这个|该|那个|这家|那家|本)单位(?!那?一?[栏列格])|单位(?=内部)"), " "),
    # "Huai'an 2024, same outcome?": the same quantity as before
    (re.compile(r"\bsame (?:outcome|result|category|row|cell|item|figure|number|line|thing)s?\b(?!\s+(?:again|twice|over again)\b)", re.I),
     lambda m: m.group(0) if re.search(r"\bask(?:ed|ing|s)?\s+(?:for\s+)?(?:the\s+|that\s+)?(?:very\s+)?$",
                                      m.string[max(0, m.start() - 24):m.start()], re.I) else "same"),
    # "（单位：万元）", "单位万元": the unit of a money figure, not the 单位 (legal persons) column
    (re.compile(r"[（(]?\s*单位\s*[:：是为]?\s*(万元|元)\s*[）)]?"), r" \1 "),
    # "别看成商业企业", "别给我内部事务的": what the asker does not want
    (re.compile(r"[，,\s]*别(?:看成|当成|弄成|算成|搞成|给我)[^，。？?！!]{1,14}?(?:的|了)?(?=[，。？?！!]|\s|$)"), " "),
    # ", NOT the ones after a reconsideration": the other kind of lawsuit, not asked
    (re.compile(r"[,，;；—–-]?\s*\b(?:not|NOT)\s+(?:the\s+)?(?:ones?\s+|(?:law)?suits?\s+|cases?\s+)?(?:filed\s+|brought\s+)?(?:after|following)\s+(?:an?\s+|the\s+)?"
                r"(?:administrative\s+)?(?:review|reconsideration)s?\b", re.I), " "),
    (re.compile(r"[,，;；—–-]?\s*\bnot\s+(?:the\s+)?(?:direct|straight)(?:[- ]to[- ]court)?\s+(?:ones?|suits?|lawsuits?)\b", re.I), " "),
    # "对比一下 淮安市2024年这一项是多少", "…, to compare": the asker compares later, this turn asks one value
    (re.compile(r"^\s*(?:对比一下|比较一下|对照一下)[，,:：\s]*(?=[^。？?]*(?:是多少|有多少|多少件|几件))"), ""),
    (re.compile(r"[,，]\s*(?:to compare|for comparison|for compar(?:ison|ing))\s*(?=[?？.]?\s*$)", re.I), ""),
    # "review upheld, corrected, other, pending": "other" listed with appeal outcomes is the outcome 其他结果
    (re.compile(r"\b(upheld|corrected|overturned|pending|reversed)(\s*,\s*(?:and\s+)?|\s+and\s+)other\b(?!\s+(?:outcome|result|handling|processing|"
                r"organi[sz]ations?|orgs?|reasons?|bodies|applicants?|rows?))", re.I), r"\1\2other outcome"),
    (re.compile(r"\bother\b(?=(\s*,\s*(?:and\s+)?|\s+and\s+)(?:upheld|corrected|pending)\b)(?!\s+outcome)", re.I), "other outcome"),
    # "the info did not exist and would need to be created": the needs-creation line, not 'not held'
    (re.compile(r"\b(?:the info |the information |it )?(?:did ?n[o']t|does ?n[o']t|not yet) exist(?: yet)?\s*,?\s*(?:and|so)\s+"
                r"(?=(?:would|will|had to|has to|have to|needs?|needed)\b)", re.I), ""),
    # "reviews where the result was 'other'": the outcome 其他结果
    (re.compile(r"\b(?:result|outcome)s? (?:was|is|were|came out|ended up)(?: as)? ['\"‘“]?other['\"’”]?", re.I), "other outcome"),
    # "“其他处理”里面最后那个“其他”一栏": the sub-item 其他 of 其他处理, not the column 其他组织
    (re.compile(r"(其他处理[”\"'’]?[^。？?]{0,8}?最后(?:那个|一个|的)?)\s*(?:[“\"'‘]其他[”\"'’]|其他组织)\s*(?:一栏|那栏|这栏|一格|那格|一项)|"
                r"(其他处理[”\"'’]?[^。？?]{0,8}?(?:那个|一个))\s*(?:[“\"'‘]其他[”\"'’]|其他组织)\s*(?:一栏|那栏|这栏|一格|那格|一项)"),
     lambda m: (m.group(1) or m.group(2)) + "“其他”小项"),
    # "（内部事务那行别看错）", "直接起诉的不要": what is ruled out is not asked
    (re.compile(r"[（(][^（）()，,。？?]{1,14}?别看错[）)]|[，,。\s]*[^，,。？?\s]{1,10}?的不要(?=[，,。？?\s]|$)"), " "),
    # "carry-in" (hyphenated, as a noun): requests carried over; "carry in 2025" is a verb of something else
    (re.compile(r"\bcarr(?:y|ied)-ins?\b", re.I), "carried over"),
    # "全部公开的别算进来", "企业的不算": what is left out is not asked
    (re.compile(r"[，,\s]*[^，,。？?\s]{1,10}?的?(?:别算进来|别算进去|不算在内|别算|不要算|(?<=的)不算|(?<=那些)不算|(?<=的)(?:先|暂且|暂时|暂)不算|"
                r"(?:先)?(?:别|不要|不用|甭)(?:给我)?加(?:进来|进去|上|在一起)?)[哈啊呀吧哦喔]*(?=[，,。？?！!\s]|$)"), " "),
    # "诉讼（含复议后起诉）": a kind of lawsuit the word lawsuits already includes — it does not narrow
    # it (other inclusions, "收到的申请（含上年结转）", add a part: read as parts named, see _glossed)
    (re.compile(r"(诉讼|官司|起诉)\s*[（(]\s*(?:含|包括|包含)[^（）()]{0,12}?(?:起诉|诉讼|官司)[^（）()]{0,6}[）)]"), r"\1"),
    # "不予公开（含国家秘密）": a group with one of its own sub-items included is the group
    (re.compile(r"(不予公开|无法提供|不予处理|其他处理)\s*[（(]\s*(?:含|包括|包含)[^（）()]{1,20}[）)]"), r"\1"),
    # "（逾期不补正、不交费以外的其他）": the sub-item 其他 of 其他处理, the two others ruled out
    (re.compile(r"[（(]?\s*(?:逾期)?(?:不补正|未补正|没补正)[、和与及]?(?:逾期)?(?:不交费|未缴费|不缴费|没交费|未缴纳费用|不缴纳费用)?(?:以外|之外)的其他\s*[）)]?"),
     "（其他处理的“其他”小项）"),
    # "我们是一家企业，…": who the asker is, not the column asked
    (re.compile(r"(?:^|(?<=[。！？!?；;]))\s*(?:我们|我)是(?:一家|一个|个)?(?:企业|公司|律所|律师事务所|社会组织|公益组织|科研机构)[，,。]\s*"), ""),
    # "at least some information released (full or partial)": granted and partly granted, added
    (re.compile(r"\bat least (?:some|part)(?: of)?(?: (?:the )?(?:information|info|of it))?\s*(?:released|disclosed|given|granted)?\s*"
                r"[（(]\s*(?:full|fully)\s*(?:or|and|\+|/)\s*(?:partial|partly|partially)\s*[）)]", re.I),
     "fully granted plus partially granted"),
    # "被人绕过复议、直接告上法院的": lawsuits brought without a reconsideration first
    (re.compile(r"(?:绕过|绕开|跳过|不经过?|没经过?|没有经过)(?:行政)?复议[、，,]?\s*(?:就)?(?:直接)?"), "未经复议直接"),
    # "within 'other handling', how many did the applicants themselves withdraw?": requests withdrawn, which
    # only the text counts (其他处理 is where the table puts them, not what is asked)
    (re.compile(r"\b(?:within|under|in|among|of) (?:the )?['‘\"“]?other handling['’\"”]?(?: (?:category|row|line|group))?,?\s*(?=[^?]*\bwithdr[ae]w)", re.I), ""),
    # "cases not concluded when the books closed": at the year's end (no publication, no books asked for)
    (re.compile(r"\b(?:when|before|by the time) the books (?:closed|were closed|close)\b|\bat the close of the books\b", re.I),
     "at year end"),
    # "“（一）予以公开”那行的总计格是空的，把…加起来": the row named, its blank total told (not asked)
    (re.compile(r"(?:那|这)?行的?总计(?:格|栏|一格|那格)?(?:是)?(?:空的|空白的?|没填|留空了?)[，,。]\s*"), "行"),
    (re.compile(r"\bthe (\S+) row has an? (?:empty|blank) total(?: cell)?[.;,]\s*(?:so )?if I add up\b", re.I), r"if I add up the \1 row's"),
    # "把自然人到其他这六列加起来", "individuals and all the organisation columns": the six applicant columns named
    (re.compile(r"自然人(?:一列|那列|列)?(?:到|至|一直到)(?:最后的?)?[“\"]?其他(?:组织)?[”\"]?(?:这|那)?(?:六|6)(?:列|栏)|"
                r"(?:这|那)?(?:六|6)(?:列|栏)(?:申请人)?(?=(?:全部|都)?(?:加起来|加在一起|相加|合计))"),
     "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织各列"),
    (re.compile(r"\b(?:the )?individuals?(?: column)? (?:and|plus) (?:all|each|every one) (?:of )?the (?:five )?organi[sz]ation(?:al)? columns\b|"
                r"\ball six (?:applicant )?columns\b", re.I),
     "individuals, commercial enterprises, research institutions, public-interest organisations, legal service institutions "
     "and other organisations"),
    # homophone typos of a phone keyboard ("间西", "述阳", "行政强治"): the names meant
    (re.compile(r"间西(?=区|20|\s|政府|$)"), "涧西"),
    (re.compile(r"述阳(?=县|20|\s|政府|$)"), "沭阳"),
    (re.compile(r"沐阳(?=县|20|\s|政府|$)"), "沭阳"), (re.compile(r"淮按(?=市|20|\s|政府|$)"), "淮安"),
    (re.compile(r"(?:洪则|红泽|宏泽|洪择)(?=区|20|\s|政府|$)"), "洪泽"), (re.compile(r"涧溪(?=区|20|\s|政府|$)"), "涧西"),
    (re.compile(r"部份(?=公开)"), "部分"),
    (re.compile(r"强治(?=决定|措施|$)"), "强制"),
    # "哪年更忙？忙了多少？": which year had more, and how many more
    (re.compile(r"(?<=[年个家])(?:更|比较)忙"), "更多"),
    (re.compile(r"忙了(?=多少|几)"), "多了"),
    # "the three sub-lines under 'other handling'": its sub-items
    (re.compile(r"\bsub-?(?:lines|rows|entries|headings|categories)\b", re.I), "sub-items"),
    (re.compile(r"\bsub-?(?:line|row|entry|heading|category)\b", re.I), "sub-item"),
    # "how many got repealed": the passive (not "got" of requests received)
    (re.compile(r"\bgot (?=(?:repealed|scrapped|abolished|revoked|rescinded|annulled|issued|published|withdrawn|"
                r"corrected|upheld|overturned|dismissed)\b)", re.I), "were "),
    # "walked away with at least some of what they had asked for": granted in full or in part, added
    (re.compile(r"\b(?:(?:walk(?:ed|s)?|came|come|comes) away with|got|gets?|getting|received?|receives|receiving|obtain(?:ed|s|ing)?|left with|"
                r"(?:end(?:ed|s)?|wound|wind|winds) up with)\s+at least (?:some|part|a part)"
                r"(?: of)?(?: what (?:they|he|she) (?:had )?(?:asked|applied|requested|wanted)(?: for)?| of it| (?:of )?the (?:information|info))?",
                re.I), "fully granted plus partially granted"),
    # "公开了的申请（部分公开也算上）": the part in brackets added to what it follows
    (re.compile(r"\s*[（(]\s*((?:部分公开|予以公开|全部公开|不予公开|无法提供|不予处理|其他处理|上年结转|结转|复议后起诉|直接起诉|行政复议)"
                r"[^（）()，,]{0,4}?)的?(?:也)?(?:算上|算进去|算在内|算进来|包括在内|计入)\s*[）)]"), r"加上\1"),
    # "公开了的申请加上部分公开": the requests disclosed in full (the rewrite just above writes 加上)
    (re.compile(r"(?:已经|已)?(?:被)?公开了?的(?:申请|件)?(?=加上部分公开)"), "予以公开"),
    # "申请人至少拿到了一部分信息的", "起码得到部分信息的": granted in full or in part, both outcomes added
    (re.compile(r"(?:至少|起码|最少|多少)(?:都)?(?:拿到|得到|获得|要到|收到|拿着)(?:了)?(?:一)?部分(?:信息|材料|内容|政府信息)?"), "予以公开加上部分公开"),
    # '"其他"组织': the column 其他组织 with its first word quoted
    (re.compile(r"[“\"'‘]\s*其他\s*[”\"'’]\s*(组织|单位|机构)"), r"其他\1"),
    # "维持、纠正、其他三个加起来": 其他 listed with the outcomes of an appeal is the outcome 其他结果
    (re.compile(r"((?:维持|纠正)(?:[、，,和及与跟]|加上?)+(?:(?:纠正|维持)(?:[、，,和及与跟]|加上?)+)?)其他(?!结果|处理|组织|单位|法人|情形)"),
     r"\1其他结果"),
    # "lawsuits (direct)", "suits (after review)": the kind of lawsuit glossed in brackets
    (re.compile(r"\b(lawsuits?|suits?|litigation|court cases?)\s*\(\s*(direct(?:ly filed)?|after (?:an? )?(?:administrative )?"
                r"(?:review|reconsideration))\s*\)", re.I), r"\2 \1"),
    # "不是自然人提交的", "other than individuals": the 法人或其他组织 columns
    (re.compile(r"不是自然人|非自然人|除(?:了)?自然人(?:以外|之外)?|自然人(?:以外|之外)的?|不是个人|非个人"), "法人或其他组织"),
    (re.compile(r"\b(?:not (?:from |by )?(?:natural persons|individuals|private individuals|private persons)|"
                r"other than (?:natural persons|individuals)|non-individuals?|non-natural persons?)\b", re.I),
     "legal persons and other organisations"),
    # "直接全部给公开的": an adverb (straight away), not the lawsuits filed directly
    # "依申请直接公开的", "申请直接公开了": granted (予以公开), not the requests for disclosure (申请公开)
    (re.compile(r"直接(?=公开(?:了|的))"), "予以"),
    (re.compile(r"直接(?=(?:就|都|全部|全都|全额|完整|全)?(?:给|予以|公开))"), ""),
    # "律所的申请公开了多少件": the requests disclosed (的 makes 申请 a noun), not requests for disclosure
    (re.compile(r"(?<=的)申请(?=(?:都|被|已|已经)?公开了)"), "申请予以"),
    (re.compile(r"直接(?:起诉)?(?:和|与|及|加上|加|、|跟)复议后(?:起诉|诉讼)|复议后(?:起诉)?(?:和|与|及|加上|加|、|跟)直接(?:起诉|诉讼)"),
     "直接起诉加上复议后起诉"),
    # "the third sub-item 其他", "its last sub-item '其他'": the numbered item 3、其他
    (re.compile(r"\b(?:the )?(?:third|3rd|last|final) (?:sub-?items?|sub-?rows?|items?|rows?|lines?)(?: of it)?,?\s*(?:called |named |labell?ed )?[“\"'‘]?其他[”\"'’]?"), "3、其他"),
    # an item of a numbered list named with its number ("'3. 其他' under other handling")
    (re.compile(r"(?<![\d.])(\d)\s*[、.．]\s*其他"), r"\1、其他"),
    (re.compile(r"[“\"]其他[”\"]\s*类"), "其他类"),
    (re.compile(r"[“\"]其他[”\"]\s*(?:一栏|栏|列|一列)"), "其他组织"),
    # "法人或其他组织里“其他”这一类": the fifth 法人 column, not the legal-person total
    (re.compile(r"((?:法人或其他组织|法人或者其他组织|法人|单位)[^，。？?“\"]{0,6})[“\"]其他[”\"]\s*(?:这一?|那一?)?(?:类|栏|列|项|种)?"),
     r"\1其他组织"),
    # table 二's "上一年项目数量" asked in English around the body's name
    (re.compile(r"\b(items?)\b(.{0,80}?)\b(?:in|for|during) the (?:previous|prior|preceding) year\b", re.I),
     r"items in the previous year \2"),
    (re.compile(r"\b(items?)\b(.{0,80}?)\b(?:in|for) the year before\b", re.I), r"items in the previous year \2 in"),
    (re.compile(r"(其他处理.*?)[“\"]其他[”\"]"), r"\g<1>3、其他"),  # "其他处理里…的“其他”": its item 3
    (re.compile(r"第\s*(?:3|三)\s*项\s*[“\"]?其他[”\"]?|[“\"]其他[”\"]\s*(?:情形|项|子项)"), "3、其他"),
    # "ok never mind. businesses then?" after a question declined: the next question, the last one let go
    (re.compile(r"^\W*(?:(?:ok|okay|oh|ah|fine|right|alright)[,.!\s]+)?(?:never\s?mind|forget (?:it|that)|no worries)\b[,.!;\s]*", re.I), ""),
    (re.compile(r"^\W*(?:好吧|行吧|那)?[，,]?\s*(?:算了算了|算了|不问了)(?!的话|吗|没|进)[，,。！!\s]*(?=\S)"), ""),
    # "process in 2024, including those from the previous year": the ones carried over, named as included
    (re.compile(r"\b(including|incl\.?|counting)\s+(?:the\s+)?(?:ones|those|requests|applications|cases)\s+(?:left\s+over\s+|carried\s+over\s+)?"
                r"from\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+year\b", re.I), r"\1 the ones carried over"),
    # "how many did it receive in 2024, including the ones carried over?", "收到多少申请，包括上年结转的": the new
    # requests and the carried-over ones added (never the carried-over row alone)
    (re.compile(r"\b(receiv(?:e|ed|es)|took in|take in|got in|get in)\b((?:(?!\bnot\b|n't\b|\bwithout\b|\bexcept\b|\bexcluding\b)[^?.;]){0,60}?),?\s*"
                r"(?<!\bnot )(?<!n't )(?:including|incl\.?|counting)\s+(?:the\s+)?"
                r"(?:ones\s+|those\s+|requests\s+|applications\s+)?(?:that\s+(?:were|had been)\s+)?(?:carried|brought|rolled)[- ](?:over|in)\b(?:\s+ones\b)?"
                r"(?!\s+(?:too|as well|also)\b)", re.I),
     r"\1\2 as new requests plus the ones carried over"),
    (re.compile(r"(收到|收了|接到|受理)([^，,。？?]{0,12}?)[，,]?\s*(?:包括|包含|含|连同|算上)(?:了)?(?:从)?(?:上一?年度?|去年)(?:结转|转过来|转来|遗留)(?:过来)?(?:的)?"
                r"(?![^，,。？?]{0,6}(?:吗|么|没有|了没|不))"), r"新收\2，加上上年结转的"),
    # "- not the commercial companies, those are a different column right?": the column set aside, said to be
    # another one (no change between years)
    (re.compile(r",?\s*(?:those|that|they|it|which)(?:'re|’re| are| is|'s|’s| being)\s+(?:a\s+)?(?:different|separate|another|other)\s+"
                r"(?:columns?|rows?|categor(?:y|ies)|lines?|cells?|items?)(?:,?\s*(?:right|no|yes|correct))?\s*(?=[?？.]|$)", re.I), ""),
    (re.compile(r"[，,]?\s*(?:那|它|它们|那个|那些)?(?:是|属于)(?:另一|另外一|另|不同的?)(?:个|类)?(?:列|栏|行|类|项)(?:吧|吗|对吧|对不对)?\s*(?=[？?。]|$)"), ""),
    # "every lawsuit (direct or after reconsideration)": both kinds of lawsuit, glossed
    (re.compile(r"\b(lawsuits?|suits?|litigation(?: cases?)?|court cases?)\s*[（(,，]\s*(?:whether\s+)?(?:both\s+|either\s+)?"
                r"(?:direct(?:ly filed)?|filed directly|straight to court)\s+(?:or|and|/)\s+(?:after|following|post-?)\s*(?:an?\s+|the\s+)?"
                r"(?:administrative\s+)?(?:review|reconsideration)s?\s*[)）]?", re.I), r"\1 of both kinds"),
    (re.compile(r"\b(lawsuits?|suits?|litigation(?: cases?)?|court cases?)\s*[（(,，]\s*(?:whether\s+)?(?:both\s+|either\s+)?"
                r"(?:after|following)\s+(?:an?\s+|the\s+)?(?:administrative\s+)?(?:review|reconsideration)s?\s+(?:or|and|/)\s+"
                r"(?:direct(?:ly filed)?|filed directly|straight to court)\s*[)）]?", re.I), r"\1 of both kinds"),
    # "经过行政复议后又被起诉的案子": suits after a reconsideration (not the reconsiderations and the suits)
    (re.compile(r"(?:经过|经|走完|打完)(?:了)?(?:行政)?复议(?:之后|以后|后)(?:申请人|当事人)?(?:又|再|还)?(?:去)?(?:法院)?(?:被)?(?:起诉|告上法庭|告到法院|打官司|提起诉讼|诉讼)"), "复议后起诉"),
    # "Which number sits in the grand-total column of row (七)?": what is printed there
    (re.compile(r"\bwhich (?:number|figure|value) (?:sits|appears|shows|stands|is (?:printed|written|shown)) (?=in\b)", re.I), "what is the number "),
    # "(just need the number for a class presentation)": what the number is for, said aside
    (re.compile(r"\s*[（(]\s*(?:i\s+|we\s+)?(?:just\s+|only\s+)?(?:need(?:ed)?|want(?:ed)?|asking|it'?s|this is|for)\b[^()（）]{0,60}?"
                r"\b(?:presentation|homework|assignment|class|essay|article|slides?|project|paper|thesis|meeting|boss|teacher|course|seminar)\b[^()（）]{0,20}[)）]", re.I), ""),
    # a follow-up that corrects the body or year just asked ("Actually, I was thinking of Shuyang, 2025.", "Sorry,
    # wrong year, I need 2019.", "哦，我记错了，应该是2025年的。", "说错单位了，应该是上海市政府办公厅"): the same
    # question of the body or year meant
    (re.compile(r"^\W*(?:(?:hmm+|umm*|uh+|er+m*|oh+|ah+)\b[,.!\s]*)+(?=\S)", re.I), ""),
    (re.compile(r"^\W*(?:(?:sorry|oops|my bad|actually|no|wait|whoops)\b[,.!\s]*)+(?:(?:that'?s |it'?s )?(?:the )?wrong (?:year|body|office|agency|"
                r"place|one|district|county|city|department|report)\b[,.!;\s]*)?(?:I (?:was thinking of|was thinking about|meant|mean|need(?:ed)?|want(?:ed)?(?!\s+to\b)"
                r"|was asking about|was after)|(?:it |that )?should (?:be|have been)|make (?:that|it))\s+(?=\S)", re.I), "what about "),
    (re.compile(r"^\W*I (?:was thinking of|was thinking about|meant|was asking about)\s+(?=\S)", re.I), "what about "),
    (re.compile(r"^\W*(?:(?:sorry|oops|my bad)\b[,.!\s]*)*(?:(?:that'?s |it'?s )?(?:the )?wrong (?:year|body|office|agency|district|county|city)\b[,.!;\s]*)"
                r"(?:I (?:need(?:ed)?|meant|mean|want(?:ed)?(?!\s+to\b)|was thinking of|was after)\s+)?(?=\S)", re.I), "what about "),
    (re.compile(r"^\W*(?:哦|噢|啊|呃|嗯|唉)?[，,]?\s*(?:不好意思|抱歉|对不起|sorry)?[，,]?\s*(?:我)?(?:刚才)?(?:记错了|说错了|搞错了|弄错了|看错了|问错了|"
                r"(?:说|搞|弄|写|打|问|看|记)错(?:单位|年份|地方|年|机关|部门)了)[，,。!！\s]*(?:应该是|应是|是|我要的是|我想问的是|我问的是|我要问的是)?\s*(?=\S)", re.I), "那"),
    # "剩下那些里面，涉及国家秘密的有几件？" after a group and one sub-item: another sub-item of the group
    (re.compile(r"^\W*(?:那)?(?:剩下|剩余|其余)(?:的|那些|这些)(?:里面|里|中|当中)[，,]?\s*"), "其中"),
    # "还剩几件在办的？": those still being handled
    (re.compile(r"还剩(?=(?:几|多少)件?(?:在办|没办完|未办结))"), "还有"),
    (re.compile(r"^\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:student|reporter|journalist|researcher|lawyer|teacher|resident|citizen|clerk|staffer|official)\s+here\b"
                r"[,.:;!—–-]*\s*(?:(?:just\s+)?(?:looking at|checking|asking about|researching|curious about)\s+)?", re.I), ""),
    # "…数量是多少，看着数字特别大是真的吗": a remark on the size, not another question
    (re.compile(r"[，,]\s*(?:看着|感觉|觉得)?(?:这个)?数字?(?:特别|非常|好|很|有点)?(?:大|多|高|少|小)[^，,。？?]{0,4}?(?:是真的吗|真的假的|对吗|没错吧|是不是印错了)\s*[？?]?\s*$"), "？"),
    # "What did Huai'an report collecting in administrative fees for 2024?": how much it collected
    (re.compile(r"\bwhat (did|does) ([^?]{1,40}?) report (?:collecting|charging|taking in|bringing in)\b", re.I), r"how much \1 \2 collect"),
    # "行政复议里还没审结的，加上未经复议直接起诉里还没审结的": the direct suits, after the reconsiderations named
    (re.compile(r"(行政复议[^。？?]{0,14}?(?:加上|再加上|和|与|以及|、|跟)\s*)未经(?:行政)?复议(?:的)?直接(?=起诉|诉讼)"), r"\1直接"),
    # "my uncle lost an appeal in Shuyang... anyway, in 2025 how many …": a story let go, then the question
    (re.compile(r"^[^?？]{0,100}?(?:\.{2,}|…+|—|[,.;])\s*anyway[,.;:!]?\s+(?=\S)", re.I), _names_only),
    # "…, in units of 10,000 yuan?": the unit the amount is printed in (万元), not a number of the question
    (re.compile(r",?\s*\(?(?:in|as|using) (?:units of |the unit of )?(?:10,?000|ten thousand) yuan\)?", re.I), " in 万元"),
    # "closed because applicants missed a deadline, either to amend their request or to pay the fee": both overdue sub-items
    (re.compile(r"\bmissed (?:a|the) deadline,?\s*(?:either\s+)?to (?:amend|correct|fix|supplement) (?:their|the|its|his|her) (?:requests?|applications?)\s+(?:or|plus|and)\s+to pay (?:the |a |their )?fees?\b", re.I),
     "failed to supply corrections in time plus failed to pay the fee on time"),
    # "applications held over from the prior year": carried over
    (re.compile(r"\bheld over from (?:the )?(?:prior|previous|preceding|last) year\b", re.I), "carried over from the previous year"),
    # "Add them together, what's the workload?": the sum asked, then named by a word of its own
    (re.compile(r"\b(together|up|combined)\s*[,，;]\s*what(?:'s|’s| is| would be| does that make| do they make)\s+(?:the|that|our|their|its)\s+"
                r"(?!difference\b|change\b|gap\b)(?:total\s+|combined\s+|overall\s+)?[a-z][\w-]*\s*(?=\?|$)", re.I), r"\1"),
    # "And the individuals' share of them?": how many of them were the individuals' (the count, not a rate)
    (re.compile(r"\b(?:the\s+)?(individuals|persons|people|citizens|companies|businesses|enterprises|firms|law firms|organi[sz]ations|"
                r"research institutions|institutes|non-?profits|charities)['’]s?\s+share\s+of\s+(them|those|these|that|it)\b", re.I),
     r"\1 of \2"),
    # "the total caseload on the Shanghai General Office's books": in its records (no publication asked)
    (re.compile(r"\bon (?:its|their|his|her) books\b"), " "),
    (re.compile(r"\bon ((?:the )?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3})['’]s books\b"), r"of \1"),
    # "And how many went forward into 2024?": carried forward into that year
    (re.compile(r"\b(?:went|go|goes|gone|going|moved)\s+forward\s+(?=(?:into|to)\s+(?:19|20)\d\d\b)", re.I), "carried forward "),
    # "How many requests did the Shanghai General Office bring with it from 2024 into 2025?": carried over from one
    # year into the next
    (re.compile(r"\b(?:bring|brings|brought|bringing|carry|carries|carried|carrying|take|takes|took)\s+(?:with (?:it|them|itself|themselves)\s+|along\s+)"
                r"(?=from (?:19|20)\d\d\s+(?:into|to|over to|on to)\s+(?:19|20)\d\d\b)", re.I), "carried over "),
    # "post-review lawsuits decided in the office's favour": the decision upheld
    (re.compile(r"\b(?:decided|ruled|resolved|found|settled|went|ended(?: up)?)\s+in\s+(?:the\s+)?(?:(?:office|body|government|city|county|district|"
                r"agency|commission|bureau|department)['’]s|its|their|the government['’]s|the authorities['’])\s+favou?r\b", re.I), "with the result upheld"),
    # "How many requests could Huai'an not fulfil", "requests it couldn't meet because …": unable to provide
    (re.compile(r"\b(?:could|can|did)(?:n['’]t|\s+not)\s+(?:fulfil|fulfill|meet|satisfy)\b", re.I),
     "were unable to provide"),
    (re.compile(r"\b(?:could|can|did)\s+((?:[\w'’]+\s+){1,3}?)not\s+(?:fulfil|fulfill|meet|satisfy)\b", re.I), r"\1was unable to provide"),
    # "… or would have had to produce it": information to be newly created
    (re.compile(r"\b(?:would|'d)\s+(?:have\s+)?(?:had|have|need(?:ed)?)\s+to\s+(?:produce|create|compile|make|generate|put together|draw up)\s+"
                r"(?:it|them|the information|that information|new information|the data|new data)\b", re.I), "would need to be newly created"),
    # "add up every request it withheld, whatever the legal ground": every ground, none set apart
    (re.compile(r"[,，]?\s*(?:whatever|whichever|regardless of|no matter) (?:the |its |their )?(?:legal )?(?:grounds?|reasons?|basis|bases)\b", re.I), ""),
    # "requests left open at the end of 2019 versus the end of 2025": carried forward (each year's own report)
    (re.compile(r"^(?![^?]*\b(?:reviews?|reconsiderations?|lawsuits?|suits?|litigations?|appeals?|cases?)\b)(.*?\b(?:requests|applications)\s+)"
                r"(?:that were\s+|which were\s+)?(?:left|still|remaining|kept)\s+(?:open|pending|unfinished|outstanding|unanswered|unresolved)\s+"
                r"at (?:the )?end of\s+(?=(?:19|20)\d\d\b)", re.I), r"\1carried forward to the next year in "),
    (re.compile(r"\b(versus|vs\.?) the end of (?=(?:19|20)\d\d\b)", re.I), r"\1 "),
    # "how many requests did Jianxi's government office leave unfinished for the next year?": carried forward
    (re.compile(r"\b(?:leave|leaves|left|leaving)\s+(?:(?:them|those|it)\s+)?(?:unfinished|pending|open|undone|unresolved|unanswered|"
                r"outstanding|unprocessed|unhandled)\s+(?:for|into|to|until|till)\s+(?:the\s+)?(?:next|following|coming)\s+year\b", re.I),
     "carried forward to the next year"),
    # "Did Hongze carry any requests over into 2023?": carried over, the requests said in between
    # ("Which body brought the most requests over from the prior year": brought over, the requests said in between)
    (re.compile(r"\b(carr(?:y|ied|ies)|br(?:ing|ings|ought))\s+((?:any|some|many|the|those|its|their|the most|the fewest|the least|most|fewest|"
                r"more|fewer|the largest number of|the smallest number of)\s+)?(requests|applications|cases)\s+over\b", re.I), r"\1 over \2\3"),
    # "still not finished by 31 Dec": at the year's end (no body named Dec)
    (re.compile(r"\b(?:by|on|at|as of)\s+(?:31(?:st)?\s+Dec(?:ember)?\.?|Dec(?:ember)?\.?\s+31(?:st)?)\b", re.I), "by the end of the year"),
    # "Im comparing small districts": why the asker asks, after the question
    (re.compile(r"(?<=[?？.!])\s*(?:I'?m|I’m|Im|I am|we'?re|we are)\s+(?:comparing|looking at|researching|studying|writing about|checking|doing)\b[^?？]*$", re.I), ""),
    # "Together, that makes how many?": a sum's words, not the measure "made"
    (re.compile(r"\b(that|this|it|which) makes (?=how many\b|what\b)", re.I), r"\1 is "),
]


_QUOTED = re.compile(r"[(（][^()（）]*[)）]|[“\"'‘「『][^”\"'’」』]*[”\"'’」』]")


def _language(text: str) -> str:
    """zh when Chinese is written outside brackets and quotes: an English question that quotes a
    Chinese label ("refused (不予公开)") is English."""
    if not _CJK.search(text):
        return "en"
    bare = _QUOTED.sub(" ", text)
    words = len(re.findall(r"[A-Za-z]{2,}", bare))
    cjk = len(_CJK.findall(bare))
    if cjk:
        # an English sentence that names something by its short Chinese name ("the 上海科技 WeChat
        # account") is English; a Chinese one with an English word or two ("PDF", "how many") is not
        return "en" if words >= 5 and cjk <= words else "zh"
    return "en" if words >= 3 else "zh"


def _t2s(text: str) -> str:
    converted = to_simplified(text)
    return converted if len(converted) == len(text) else text


def _mask(text: str, hits: Iterable[Hit]) -> str:
    chars = list(text)
    for h in hits:
        chars[h.start : h.end] = " " * (h.end - h.start)
    return "".join(chars)


def _unique(seq: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ------------------------------------------------------------------------ agencies


def _listed(text: str, h: Hit, h2: Hit, names: list) -> bool:
    """Two bodies side by side with a comma are items of a list when a third body follows them,
    joined by "or"/"and" ("Huai'an, Hongze or Shuyang"; not "Bureau of Bin County, Harbin")."""
    end = max(h.end, h2.end)
    return any(h3.start >= end and re.fullmatch(r"\s*,?\s*(?:or|and|&)\s*", text[end:h3.start], re.I)
               for _, h3, _ in names)


def _best_ref(held: list[_AgencyRef]) -> tuple[_AgencyRef, list[str]]:
    """The body a mention names, and the candidates when it names bodies of different places
    equally well (鼓楼区卫健局 of Nanjing and of Fuzhou): those are asked back, never guessed.
    Bodies of one place (洪泽区 → its government rather than its office) are one family."""
    rank = max((r.score, r.is_government) for r in held)
    top = [r for r in held if (r.score, r.is_government) == rank]
    best = min(top, key=lambda r: len(r.name or ""))
    if len({r.place for r in top}) > 1:
        return best, _unique(r.name for r in sorted(top, key=lambda r: r.name or ""))
    return best, []


@lru_cache(maxsize=4096)
def _place_forms_of(place: str) -> frozenset[str]:
    return frozenset(aliases_vocab.place_forms(_region_parts(place)))


def _other_place_before(before: str, ref: _AgencyRef) -> str | None:
    """A place written right before a body's mention that is not the body's own nor above it
    (长春市 before 朝阳区 of 北京市; 泗洪县 before 涧西区's 城市管理局): the question names another place."""
    stem = _place_before(before)
    parts = _region_parts(ref.place)
    if not stem or not parts:
        return None
    for i in range(len(stem) - 1):
        written = aliases_vocab.place_parts(stem[i:])
        if written and len(stem) - i >= 2:
            if stem[i:] in _place_forms_of(ref.place):
                return None
            own = aliases_vocab.PLACE_RANK.get(parts[0][1], 9)
            level = aliases_vocab.PLACE_RANK.get(written[-1][1], 0)
            # 苏州市昆山市: a city before a lone city may be its parent
            return stem[i:] if level > own or (level == own and len(parts) > 1) else None
    return None


def _locates(h: Hit, ref: _AgencyRef, h2: Hit, ref2: _AgencyRef, text: str) -> bool:
    """河北省 right before 石家庄市人民政府, 长沙市 right before 浏阳市: a bare place written
    directly before another body's place, at its level or above it, only locates that body."""
    english = not _CJK.search(h.surface) and not _CJK.search(h2.surface)
    if not english and (h.end != h2.start or not _CJK.search(h.surface)):
        return False
    if english and not re.fullmatch(r"\s*(?:['’]s)?\s*" if h.start < h2.start else r"\s*(?:,|of|in)\s*",
                                    text[min(h.end, h2.end) : max(h.start, h2.start)], re.I):
        return False  # English: "Changsha('s) Liuyang City", "Liuyang City, Changsha" / "of Changsha"
    mine, theirs = _region_parts(ref.place), _region_parts(ref2.place)
    if not mine or not theirs or (english and len(theirs) > 1):  # Siyang County …, Suqian
        return False
    rank = aliases_vocab.PLACE_RANK
    return rank.get(mine[-1][1], 9) <= rank.get(theirs[0][1], 0)


def _unmask_bodies(masked: str, text: str, hits: list[Hit]) -> str:
    """The masked question with the bodies named without a place shown again: a place written
    before one (Guangxi … Department of Culture and Tourism) names that body's place."""
    out = masked
    for h in hits:
        refs = [p for p in h.payloads if isinstance(p, _AgencyRef)]
        if refs and all(r.body_only for r in refs):
            out = out[: h.start] + text[h.start : h.end] + out[h.end :]
    return out


_PAIR_GAP_BEFORE = re.compile(r"[\s,，]*(?:['’]s)?\s*|的", re.I)  # Hongze('s) Health Commission, 洪泽区的卫健局
_PAIR_GAP_AFTER = re.compile(r"\s*[,，]?\s*(?:(?:of|in)\s+(?:the\s+)?)?", re.I)  # Health Bureau of Hongze District


def _place_named(h: Hit) -> set[str] | None:
    """The places a mention of bare places names (its bodies' places, parent places), or None."""
    refs = [p for p in h.payloads if isinstance(p, _AgencyRef)]
    if not refs or not all(r.bare_place for r in refs):
        return None
    return {r.place for r in refs if r.place}


def _same_place(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or a.endswith(b) or b.endswith(a))  # 宿迁市泗洪县 and 泗洪县


def _place_body_pairs(hits: list[Hit], text: str) -> dict[int, tuple[int, list[_AgencyRef] | None]]:
    """A body named without its place (卫健委, Health Commission) written right next to a bare
    place (洪泽区, Hongze District): index of the body's hit → (the place's index, the bodies of
    that name in that place — maybe none; None: the body's own name stands). The place then
    only locates the body."""
    agency = [i for i, h in enumerate(hits) if any(isinstance(p, _AgencyRef) for p in h.payloads)]
    out: dict[int, tuple[int, list[_AgencyRef] | None]] = {}
    for a, b in zip(agency, agency[1:]):
        for pi, bi, gap_re in ((a, b, _PAIR_GAP_BEFORE), (b, a, _PAIR_GAP_AFTER)):
            place, body = hits[pi], hits[bi]
            places = _place_named(place)
            refs = [r for r in body.payloads if isinstance(r, _AgencyRef) and r.name]
            if (places is None or bi in out or not refs or not all(r.body_only for r in refs)
                    or (pi > bi and _CJK.search(body.surface))):  # Chinese writes the place first
                continue
            if gap_re.fullmatch(text[min(place.end, body.end) : max(place.start, body.start)]):
                out[bi] = (pi, [r for r in refs if any(_same_place(r.place, p) for p in places)])
        _english_parent_before(hits, a, b, text, out)
    return out


def _parents_locating(hits: list[Hit], text: str) -> set[int]:
    """A place that is the parent of a body named right next to it ("Ninghailu street office,
    Gulou District"; "Haidian District, Beijing" where Beijing is also a street's name): it only
    locates that body. The indexes of such place hits."""
    agency = [i for i, h in enumerate(hits) if any(isinstance(p, _AgencyRef) for p in h.payloads)]
    out: set[int] = set()
    for a, b in zip(agency, agency[1:]):
        gap = text[hits[a].end : hits[b].start]
        for pi, bi, pattern in ((a, b, r"\s*(?:['’]s)?\s*"), (b, a, r"[\s,，]*(?:of|in)?[\s,，]*")):
            children = {r.child for r in hits[pi].payloads if isinstance(r, _AgencyRef) and r.child}
            named = {r.name for r in hits[bi].payloads if isinstance(r, _AgencyRef) and r.name}
            if children & named and re.fullmatch(pattern, gap, re.I) and not (
                    "," in gap and _LIST_GOES_ON.match(text, hits[max(a, b)].end)):  # "Hongze, Huai'an or Shuyang"
                out.add(pi)
    return out


def _english_parent_before(hits: list[Hit], pi: int, bi: int, text: str, out: dict) -> None:
    """"Suqian Siyang County …", "Luoyang's Jianxi District …": an English place right before a
    body named with its own place locates it when it is that place's parent (or may be: a county
    named alone); another place there (Changchun before Beijing's Chaoyang District) names a
    body not held."""
    place, body = hits[pi], hits[bi]
    places = _place_named(place)
    refs = [r for r in body.payloads if isinstance(r, _AgencyRef) and r.name and not r.loose]
    if (bi in out or places is None or not refs or _CJK.search(body.surface) or _CJK.search(place.surface)
            or any(r.bare_place or r.body_only for r in refs)
            or not re.fullmatch(r"\s*(?:['’]s)?\s*", text[place.end : body.start])):
        return
    rank = aliases_vocab.PLACE_RANK

    def located(r: _AgencyRef) -> bool:
        parts = _region_parts(r.place)
        if any(_same_place(r.place, p) or r.place.startswith(p) for p in places):
            return True
        return len(parts) == 1 and all(rank.get((_region_parts(p) or [("", "")])[-1][1], 9) <= rank.get(parts[0][1], 0)
                                       for p in places)
    if any(located(r) for r in refs):
        out[bi] = (pi, None)
        return
    # "Chahe Town | Government of Hongze District": the government of the place before, in that parent
    def inside(r: _AgencyRef, b: _AgencyRef) -> bool:  # r's place lies in b's (or may: a county alone)
        own = _region_parts(r.place)
        return r.place != b.place and (
            r.place.startswith(b.place) or any(b.place.endswith(r.place[:k]) for k in range(2, len(r.place)))
            or (len(own) == 1 and rank.get((_region_parts(b.place) or [("", "")])[-1][1], 9) <= rank.get(own[0][1], 0)))
    govs = [r for r in place.payloads if isinstance(r, _AgencyRef) and r.name and r.is_government
            and any(inside(r, b) for b in refs)]
    out[bi] = (pi, govs)


def _paired(h: Hit, place_hit: Hit, of_place: list[_AgencyRef], text: str):
    """A body named next to a place: (the name entry or None, the words naming a body not
    held or None, the candidates to ask back)."""
    start, end = min(place_hit.start, h.start), max(place_hit.end, h.end)
    if not of_place:  # the place holds no such body: never another place's one
        return None, text[start:end], []
    best, candidates = _best_ref(of_place)
    if candidates:
        return None, None, candidates
    # the mention spans the place: a parent place next to it only locates it
    return (best.name or "", Hit(start, end, text[start:end], h.payloads, h.rank), best), None, []


def _resolve_agencies(
    hits: list[Hit], text: str, masked: str, regions: dict[str, str]
) -> tuple[list[str], str | None, bool, list[str]]:
    """Names held, the words naming a body not held, whether a body was named at all, and
    the candidates of a mention that names bodies of different places (to be asked back)."""
    names: list[tuple[str, Hit, _AgencyRef]] = []
    mentioned: str | None = None
    named = False
    parents: list[tuple[Hit, set[str]]] = []
    choices: list[str] = []
    loose_choices: list[str] = []  # of a body's name without its place
    shown = _unmask_bodies(masked, text, hits)
    pairs = _place_body_pairs(hits, text)
    consumed = {pi for pi, _ in pairs.values()} | _parents_locating(hits, text)
    mention_end = -1  # a place right after a body not held only locates that body
    for i, h in enumerate(hits):
        refs = [p for p in h.payloads if isinstance(p, _AgencyRef)]
        if not refs:
            continue
        named = True
        if i in consumed:  # a place that only locates the body named next to it
            continue
        if i in pairs and pairs[i][1] is not None:  # 洪泽区 + 卫健委, Hongze + Health Commission
            entry, unheld, candidates = _paired(h, hits[pairs[i][0]], pairs[i][1], text)
            if unheld:
                mentioned, mention_end = mentioned or unheld, max(hits[pairs[i][0]].end, h.end)
            choices += [c for c in candidates if c not in choices]
            names += [entry] if entry else []
            continue
        held = [r for r in refs if r.name and not r.loose]
        if not held and any(r.loose for r in refs):  # "health commission" alone of a 卫生健康局
            mentioned = mentioned or h.surface
            continue
        if not held:  # a parent place only (淮安 when 淮安市人民政府 is not held)
            parents.append((h, {r.child for r in refs if r.child}))
            continue
        best, candidates = _best_ref(held)
        if not best.body_only and _CJK.search(h.surface):
            other = _other_place_before(masked[: h.start], best)
            if other:  # 长春市朝阳区 when only 北京市朝阳区 is held: another place's body
                mentioned = mentioned or other + h.surface
                continue
        if best.bare_place and mention_end >= 0 and re.fullmatch(r"[\s,，]*(?:of|in)?[\s,，]*",
                                                                 text[mention_end : h.start], re.I):
            continue
        if best.bare_place:
            after = shown[h.end :]
            body = _BODY_AFTER_RE.match(after) if _CJK.search(h.surface) else _EN_BODY_AFTER_RE.match(after)
            sub = re.match(r"^(?:区|县|新区)(?![委政府办])|^\s+(?:District|County|New Area)\b", after) \
                if best.place.endswith(("市", "省")) else None
            if sub:  # 淮安区, "Huai'an District": a district named after the city, not the city
                mentioned = mentioned or (h.surface + sub.group()).strip()
                mention_end = h.end + len(sub.group())
                continue
            if body:  # 上海市教委: a place we know, a body we do not hold
                mentioned = mentioned or (h.surface + body.group()).strip()
                mention_end = h.end + len(body.group())
                continue
        if best.body_only:
            before = _place_before(masked[: h.start]) if _CJK.search(h.surface) else _EN_PLACE_BEFORE_RE.search(masked[: h.start])
            if before:  # 北京市科委: the body we hold is in another place
                word = before if isinstance(before, str) else before.group(1)
                mentioned = mentioned or word + ("" if isinstance(before, str) else " ") + h.surface
                continue
        if candidates and any(h.surface in h2.surface and h2.surface != h.surface for _, h2, _ in names):
            continue  # "上海市府办…，市府办说…": the short form again, of the body just named
        if candidates and best.body_only:  # "（市府办年报）" beside "上海市政府": settled below
            loose_choices += [c for c in candidates if c not in loose_choices]
            continue
        if candidates:  # one name, bodies of several places: ask which
            choices += [c for c in candidates if c not in choices]
            continue
        sub_place = _SUB_PLACE_NAMED_RE.match(text[h.end:])
        if sub_place and not best.body_only and (sub_place.group(1) or sub_place.group(2)) not in _NOT_SUB_PLACES:
            # "沭阳县钱集镇", "Shuyang County Qianji Town": a town of the county, whose figures its report does not give
            mentioned = mentioned or (h.surface + sub_place.group()).strip()
            continue
        names.append((best.name or "", h, best))
    # "上海市府办公厅 … 市政府公文": a body written without its place ("市政府") beside a body
    # named with one is that place's, not a body of some other place that happens to be held
    # (a place written alone counts too: "淮安市…市政府办" is 淮安's office, not 上海's 市政府办)
    placed = {ref.place for _, _, ref in names if not ref.body_only}
    if not names:  # a body's short name alone (市府办) that fits bodies of several places: ask which
        choices += [c for c in loose_choices if c not in choices]
    if placed:
        names = [(n, h, ref) for n, h, ref in names
                 if not (ref.body_only and h.surface[:1] in "省市区县州镇乡") or ref.place in placed]
    # "洪泽区, 淮安市" / "Hongze district of Huai'an": a bare parent next to its child is one body
    keep: list[str] = []
    bodies_placed = {ref.place for _, _, ref in names if not ref.bare_place and ref.place}
    for i, (name, h, ref) in enumerate(names):
        drop = False
        if ref.bare_place and any(_same_place(ref.place, p) for p in bodies_placed) and \
                not re.search(r"\b(?:vs\.?|versus|compared?|and|or)\b|和|与|跟|对比|比较", text, re.I):
            continue  # "Shanghai science commission … on the Shanghai Keji website": the place again, not its government
        for j, (other, h2, ref2) in enumerate(names):
            if i == j or other == name or not ref.bare_place:
                continue
            gap = text[min(h.end, h2.end) : max(h.start, h2.start)]
            if "," in gap and _listed(text, h, h2, names):
                continue  # "Huai'an, Hongze or Shuyang": items of a list, not a district and its city
            if (re.fullmatch(r"[\s,，的]*(?:['’]s)?[\s,，]*(?:of|in)?[\s,，]*", gap, re.I) or re.fullmatch(
                    # "Hongze (the district under Huai'an city)", "淮安市下面的洪泽区"
                    r"[\s,，(（]*(?:the\s+|a\s+)?(?:district|county|town)?\s*(?:under|of|in|within|belonging to|part of)\s*"
                    r"|(?:市|区|县)?(?:下面的|下边的|下辖的?|下属的?|所辖的?|辖下的|管辖的|里的)", gap, re.I)) and (
                    _is_parent(regions.get(name), regions.get(other)) or _locates(h, ref, h2, ref2, text)):
                drop = True
        if not drop:
            keep.append(name)
    for h, children in parents:  # "Luoyang Hexi district": the parent only locates the child
        if not children & set(keep):
            mentioned = mentioned or h.surface
    if mentioned is None and not choices:
        mentioned = _unknown_mention(text, masked)
        named = named or mentioned is not None
    return _unique(keep), mentioned, named, [c for c in choices if c not in keep]


# the year right after a body's name, also past one short word of its name ("Shanghai GO 2019")
_YEAR_AFTER_RE = re.compile(r"^\s*(?:[A-Za-z]{1,3}\s+)?(?:(?:at|in|for|as of)\s+)?(?:(?:the\s+)?end[- ](?:of\s+)?|FY\s*)?[（(]?\s*((?:19|20)\d{2})(?!\d)")
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?度?(?:的)?\s*$")


def _agency_years(hits: list[Hit], text: str, names: list[str]) -> dict[str, int]:
    """The year written right after (or else right before) each named body's mention."""
    out: dict[str, int] = {}
    for h in hits:
        held = [r for r in h.payloads if isinstance(r, _AgencyRef) and r.name in names]
        if not held:
            continue
        name = max(held, key=lambda r: (r.score, r.is_government, -len(r.name or ""))).name
        after = _YEAR_AFTER_RE.match(text[h.end : h.end + 24])
        before = _YEAR_BEFORE_RE.search(text[max(0, h.start - 10) : h.start])
        m = after or before
        if m and name not in out:
            out[name] = int(m.group(1))
    return out or _respectively(text, names)


_RESPECTIVELY_RE = re.compile(r"分别|\brespectively\b|依次", re.I)


def _respectively(text: str, names: list[str]) -> dict[str, int]:
    """"淮安、洪泽、沭阳（分别是2024、2023、2025年报）": as many years as bodies, in order."""
    if not _RESPECTIVELY_RE.search(text):
        return {}
    written = [int(m.group(1)) for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)]
    return dict(zip(names, written)) if len(written) == len(names) > 1 else {}


# (a capitalised word that is no place: "The science commission's 2024 report", "Which office…")
_EN_PLACE_BEFORE_RE = re.compile(r"\b(?!(?:The|A|An|This|That|These|Those|Our|Their|Its|His|Her|My|Your|Which|What|Whose|"
                                 r"How|Why|When|Where|Did|Does|Do|Is|Was|Were|Are|Has|Have|Had|In|For|Of|From|At|By|To|"
                                 r"And|Or|But|So|Then|Also|Each|Every|Both|Either|Neither|Any|All|Same|Other|Another)\b)"
                                 r"([A-Z][a-z]+(?:['’\-][A-Za-z]+)?)\s*$")


def _place_before(before: str) -> str | None:
    """The 2+ characters written right before a body's name, when they look like a place."""
    stem = ""
    j = len(before)
    while j > 0 and len(stem) < 6 and _CJK.match(before[j - 1]) and before[j - 1] not in _STOP_CHARS:
        stem = before[j - 1] + stem
        j -= 1
    stem = _ASKING_PREFIX_RE.sub("", stem)  # ("想知道市科委…": the asking, then 市科委 — no place 想知道市)
    return stem if len(stem) >= 2 else None


# the asking words a question may open with, glued to a body's name ("想知道市科委", "请问洪泽区")
_ASKING_PREFIX_RE = re.compile(r"^(?:我)?(?:想知道|想问问?|想了解|想查查?|请问|问一?下|帮我查查?|帮忙查|查一?下|麻烦)")


def _is_parent(parent_region: str | None, child_region: str | None) -> bool:
    return bool(parent_region and child_region and child_region != parent_region and child_region.startswith(parent_region))


# a town, township, street or village named right after a county's or district's name
_SUB_PLACE_NAMED_RE = re.compile(r"^\s*(?:的)?([\u4e00-\u9fff]{1,4}?(?:镇|乡|街道|村|社区))(?!政府信息|信息)|"
                                 r"^\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+(?i:town|township|village|subdistrict|sub-district)\b")
_NOT_SUB_PLACES = {"城乡", "乡镇", "各乡镇", "各镇", "全镇", "本镇", "所辖乡镇", "下属乡镇", "农村", "城镇"}
_SUB_PLACE_END_RE = re.compile(r"(?:区|县|镇|乡|街道|村)(?:人民)?(?:政府|政府办公室|政府办)?$|"
                               r"\b(?:district|county|town|township|new area|area|street|subdistrict|village)"
                               r"(?:\s+(?:government|office|people's government))?$", re.I)  # ("Pudong New Area government")
_SUB_PLACE_AFTER_RE = re.compile(r"^\s*(?:new area|district|county|town|township|subdistrict|street|village)\b", re.I)


def _names_sub_place(mentioned: str, text: str) -> bool:
    """Whether the words naming a body not held name a district, county, town or street (a
    place with its own report), not a body such as a bureau."""
    at = text.find(mentioned)
    if re.match(r"(?:代表|所在|本|全|该|各|原|这个|那个|我们|我|你们)", mentioned):
        return False  # "代表区政府受理", "所在区": the body's own level, not another place
    if at >= 0 and re.match(r"[直级域内里属辖]", text[at + len(mentioned):]):
        return False  # "督促县直部门", "市级", "区域": a level or an area, not a place's name
    if _SUB_PLACE_END_RE.search(mentioned.strip()):
        return True
    return at >= 0 and bool(_SUB_PLACE_AFTER_RE.match(text[at + len(mentioned):]))


def _unknown_mention(text: str, masked: str) -> str | None:
    """Words that name a place or body the store does not hold (for the answer to say so)."""
    for m in _PLACE_SUFFIX_RE.finditer(masked):
        j = m.start()
        stem = ""
        while j > 0 and len(stem) < 4 and _CJK.match(masked[j - 1]) and masked[j - 1] not in _STOP_CHARS:
            stem = masked[j - 1] + stem
            j -= 1
        stem = _ASKING_PREFIX_RE.sub("", stem)  # ("想知道县里…": the county asked about, no place's name)
        if len(stem) < 2 or stem[-1] in _NOT_PLACE_ENDS or masked[m.end():m.end() + 1] in ("直", "级", "域", "内", "属", "辖") \
                or re.search(r"[几哪]|多少", stem) or stem[0] in "些按各每逐" or masked[j - 1:j] == "哪":
            continue  # (县直部门, 市级, 区域: a level or an area; "有几个区": a count of places; "按乡镇分": a
            # breakdown by place — not a place's name)
        body = _BODY_AFTER_RE.match(masked[m.end() :])
        return stem + m.group() + (body.group() if body else "")
    for m in _BODY_ONLY_RE.finditer(masked):
        j = m.start()
        stem = ""
        while j > 0 and len(stem) < 8 and _CJK.match(masked[j - 1]) and masked[j - 1] not in _STOP_CHARS:
            stem = masked[j - 1] + stem
            j -= 1
        stem = _ASKING_PREFIX_RE.sub("", stem)
        if len(stem) >= 2:
            return stem + m.group()
    m = _EN_PLACE_RE.search(masked)
    if m and m.group(1) not in _EN_NOT_NAMES:
        start = m.start()
        for _ in range(3):  # "Pudong New Area government": the capitalised words of the name before it
            before = re.search(r"\b([A-Z][a-z]+)\s+$", text[:start])
            if before is None or before.group(1) in _EN_NOT_NAMES or len(text) != len(masked):
                break
            start = before.start()
        return (text if start < m.start() else masked)[start:m.end()].strip()
    for m in _EN_CAPITAL_RE.finditer(masked):
        if m.group(1) not in _EN_NOT_NAMES and masked[: m.start()].strip():
            return m.group(1)
    return None


# ---------------------------------------------------------------------------- years


def _explicit_years(masked: str, ranges_expand: bool) -> tuple[list[int], bool]:
    """Years written out, in order; True when they were written as a range (2021到2024)."""
    text = _ZH_YEAR_RE.sub(lambda m: "".join(_ZH_DIGITS[c] for c in m.group(1)) + "年", masked)
    r = _YEAR_RANGE_RE.search(text)
    if r:
        a, b = sorted((int(r.group(1)), int(r.group(2))))
        years = list(range(a, b + 1)) if ranges_expand and b - a <= 30 else [a, b]
        others = [int(y) for y in _YEAR_RE.findall(text[: r.start()] + " " + text[r.end() :])]
        return _unique(years + others), True
    return _unique(int(y) for y in _YEAR_RE.findall(text)), False


def _newest(agencies: list[str], years_held: dict[str, list[int]]) -> int | None:
    pool = [y for a in agencies for y in years_held.get(a, [])] if agencies else []
    if not pool:
        pool = [y for ys in years_held.values() for y in ys]
    return max(pool) if pool else None


# ------------------------------------------------------------------------------ keys


@dataclass
class _Parts:
    text: str = ""  # the question, normalised
    masked: str = ""  # … with its terms, bodies and the body not held blanked
    conj_text: str = ""  # the question with a list of bodies blanked ("rank A, B and C by …"): its "and" adds no parts
    same_question: bool = False  # "Same question for suits filed after a review": the quantity before, every part of it
    corrected: bool = False  # "Sorry, I meant …", "搞错了，…": the turn corrects the one before
    rows: list[tuple[str, bool]] = field(default_factory=list)  # (row path, weak)
    columns: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    apply: bool = False
    column_applied: bool = False  # a column said with 申请 ("个人申请了多少件"): its requests received, unless a row is inherited
    active_hint: bool = False
    appeals_hint: bool = False
    first_pos: dict[str, int] = field(default_factory=dict)  # table → first mention
    # where each group and outcome of table 四 is named ("复议的维持、纠正…，再加上直接起诉里维持的")
    group_at: list[tuple[int, str]] = field(default_factory=list)
    outcome_at: list[tuple[int, str]] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    # where each row and applicant column of table 三 is named (start, end, value): a column said
    # with one row of a sum ("新收的个人、企业…，加上自然人的上年结转") is that row's alone
    row_at: list[tuple[int, int, str]] = field(default_factory=list)
    column_at: list[tuple[int, int, str]] = field(default_factory=list)
    default_measure: bool = False  # an item of table 二 asked without a measure
    guessed_item: bool = False  # a measure asked without an item: the documents item assumed
    guessed_row: bool = False  # a column asked without a row or a word of applying: readings, not addends
    # content words nothing explains: a default row, column, outcome or measure would be a guess
    unexplained: list[str] = field(default_factory=list)
    # a part taken from another group's whole ("不予公开的申请里…去信访"): no cell, no default, nothing inherited
    foreign_part: bool = False


_TABLE_OF_KIND = {"row": "requests", "column": "requests", "apply": "requests", "group": "appeals",
                  "outcome": "appeals", "appeals": "appeals", "item": "active", "measure": "active", "active": "active"}


# Words that carry no quantity of their own: question words, particles, units, time words. What
# is left of a question once these, the matched terms, bodies and years are taken out is
# "unexplained": a meaning the reading has not understood.
_FILLER_ZH = tuple(sorted(set(
    "多出来/少出来/出来/实际印出来的/实际印出来/印出来的/印出来/实际印的/申请人类型是/申请人类型/类型是/类型算在/算在/"
    "方面的/行政/相关/算下/算一下/算算/帮我算/麻烦算/帮忙算/它们/只要/只看/以外/之外/一列/一栏/这一列/这一栏/两列/两栏/两格/三列/三栏/三格/这两列/这两栏/这三列/这三栏/一共/总共/合计/累计/总数/数量/数字/件数/个数/多少/几件/几个/几起/几项/几家/几份/几次/是多少/有多少/"
    "学生/写论文/想算/下面的/下面/帮同事/同事/核个数/核下数/那格写的/格写的/变成了/变成/请问/请告诉我/告诉我/想知道/知道/查一下/查询/看看/帮我/情况/方面/当年/全年/一年/那年/那一年/今年/"
    "查下/查查/帮忙/麻烦/问下/问一下/想问/我想问/说说/说一下/看一下/瞧瞧/能不能/可不可以/可以/给我/我想/想了解/了解/"
    "案子/案件/一块/一起/一块儿/截至/截止/年底/年末/为止/算上/都算上/算进去/包括在内/被认定为/认定为/认定/搞混/弄混/别跟/注意/"
    "说的是/也就是/就是/的话/才能/才可以/才会/才给/要政府/让政府/请政府/那部分/这部分/那一部分/这一部分/整体/整个/"
    "搞错了/搞错/弄错了/弄错/问错了/问错/写错了/写错/打错了/打错/才办/再办/才办理/才处理/才答复/全市/全县/全区/全省/接着办/接着/政府被判/被判/不服/经过/才去/然后/又去/上级/只看/只算/光看/光算/仅看/不管啥原因/不管什么原因/不管/"
    "三样/两样/四样/几样/同一种/同一类/同样的/"
    "我就想要个合计/就想要个合计/想要个合计/要个合计/我就想要/就想要/"
    "在写公众号文章/写公众号文章/公众号文章/在写文章/写文章/在写稿子/写稿子/写稿/公众号/"
    "兜底/兜底的/一年下来/下来/同样这个指标/这个指标/同一指标/同一个指标/指标/朋友/上班/问我/同学/亲戚/邻居/帮邻居/查资料/他要看/她要看/要看/告诉下/麻烦告诉下/告诉一下/机关手里/手里/手上/同一年的/同一年/同年的/同一个年份/三者比/三者/三家比/两者/四者/其实/实际上/所以/因此/因属/因系/由于属于/因为属于/原样/原封不动/告知/麻烦告知/之类/一类/等等/当成/当作/视为/算作/记者求证/求证/核实一下/确认一下/"
    "像这样/像我这样/这样的/这种情况/这种/想问问/问问/"
    "按元算/按万元算/以元计/按元计/单位是元/单位元/记者/"
    "相比之下/对比之下/相较之下/比较起来/对比起来/相比而言/相对而言/之下/这两行/那两行/两行/这三行/那三行/三行/"
    # what the asker wants it for ("我要的是…", "我准备也去申请一个", "我写稿需要：")
    "我要的是/我要/我需要/需要/我准备/准备/写稿/写论文/论文/小课题/课题/做一个/引用/全部/剩下的/剩下/余下的/余下/两组/三组/这两组/"
    "至少拿到了一部分信息/至少拿到一部分信息/至少拿到了一部分/"
    "人家要的材料/要的材料/已经审结的/已经审结/已审结的/那种/那类/那样的/一样的问题/一样的那个数/一样的那个/一样的/一样/这一格/那一格/一格/"
    "处理结果/办理结果/复议结果/结果/那边/这边/那里/这里/"
    # who said it and how the asker checks it ("政府说“本机关不掌握”的", "想核一下")
    "政府说/政府回复说/政府答复说/回复说/答复说/告知说/跟我说/对我说/告诉我说/说是/想核一下/核一下/核对一下/想核实/核实/想核对/"
    # the body spoken of as "the government", "they" ("政府就不再处理了", "他们手上没有"); the asker's trade
    "同样口径/同一口径/同样的口径/一样的口径/同一个口径/格子印的是/格子里印的/格子里/格子/印的是/印着/印的/搞错地方了/搞错地方/弄错地方了/弄错地方/问错地方了/问错地方/想问的是/不论/不管/无论/最终拿到了/最终拿到/最后拿到了/最后拿到/只能/说下/也说下/讲下/讲一下/讲讲/机关就/过了期限/政府就/政府/我们单位/他们单位/他们/她们/根本/先说/就要/跑新闻的/跑新闻/老师让我们查/老师让我/我们/"
    "来电市民/来电人/来电/热线/市民/来继续办/继续办/宿迁市/宿迁/江苏省/江苏/河南省/河南/"
    "不满意再/不满意/前阵子托我/前阵子/托我/顺便/我妈/我爸/东西/"
    "本年/该年/年内/年度/年份/里面/其中/当中/之中/统计/数据/报告里/报告中/一下/这个/那个/这些/那些/"
    "判决/具体/到底/究竟/大概/一些/有没有/是否/有无/共计/为/共有/分别/各自/各/都/又/也/还是/或者/以及/和/与/加上/加/"
    "最多/最少/最高/最低/更多/更少/比较/相比/对比/变化/之间/增加/减少/增减/相差/排名/排第/前/后/"
    "换成/换做/换为/改成/改为/同一年/同年/年报里/年报中/年报/那就看/就看/看看/看一下/看下/查一下/查查/就查/改问/换问/再问问/"
    "哦/噢/喔/嗯/及/跟/同/比/对/在/于/从/到/向/由/被/把/给/让/的/了/吗/呢/吧/啊/呀/么/着/过/有/是/个/件/起/项/份/"
    "家/次/条/位/人/数/量/共/总/计/中/里/内/年/月/日/号/啥/什么/哪/几/多/少/其/该/本/这/那/此/第".split("/")
), key=len, reverse=True))
_FILLER_EN = set("""says said states stated among amongst busier busiest quieter heavier rest remainder outcome outcomes sub-item sub-items subitem subitems story ground grounds one two three four five six seven eight nine ten ones look looking looked lookup calendar counting here quoting line lines went outright full prior checking cell cells ask asks asking back desk about came come comes coming sent theirs ours how many much did does do was were is are be been being the a an in of for to by its their
because simply just actually really basically usually row column end reported reporting stated states say said going
lot lots right
it what which number numbers total totals year years report reports annual there any all and or with on
at from that this those these as per according had has have get got please tell me show give find out
count counts overall whole altogether combined sum during within across between than more less over under
same such some each every still so far figure figures amount amounts data statistic statistics value
values case cases application applications request requests applicant applicants information people person
persons type types kind kinds where could would should can cannot not no yes together plus also both then
into they them we our you your government governments office offices general municipal people's city county
district bureau commission department province town provided filed made other others most least highest
big steep sharp against too lowest largest smallest biggest fewest bottom last more fewer less greater higher lower top rank ranked ranking compare
compared comparison change changed changes difference differ increase increased decrease decreased rise rose
fall fell grew grow drop dropped instead switch grounds told tell tells stuff times can't couldn't since met meet
info only itself themselves careful carefully whats what's exactly precisely roughly approximately
she he her him wants want wanted also need needs needed again but ok okay list lists listed everyone everybody appear appears appeared appearing
hello thanks thank kindly pls plz workload caseload caseloads reason reasons group groups pile they'd grand results who very already
related one curious curiosity wondering whose alone meant hang section sections subtotal subtotals sub-total sub-totals
sub-row sub-rows subrow subrows filled fill fills filling unfilled margin rows columns bout hm hmm print prints
record recorded logged tallied up down exemption exemptions""".split())


# a quantity named only to be excluded: "not refuse to disclose", "without going through
# reconsideration", "（新制作的不算）", "不包括复议" -- it is not a reading of the question
_NEG_BEFORE = re.compile(r"(?:"
                         # "…how many combined? no individuals": a fragment after the question ruling a column out
                         r"(?:(?<=[?.!,;:—–])\s*|^\s*)\bno\b(?=\s+(?:individuals?|natural persons?|private (?:individuals?|citizens?|persons?)|"
                         r"citizens?|people|persons?|companies|businesses|firms|enterprises|organi[sz]ations?|law firms|lawyers)\b)|"
                         r"\bnot\b|\bneither\b|\bwithout\b|\bexcluding\b|\bexcept\b|\bother than\b|\brather than\b|"
                         # "Leave law firms out - what's left?", "take the companies off": the thing between, set aside
                         r"\b(?:leave|leaving|take|taking|drop|dropping|knock|knocking)\b(?=\s+(?:the\s+)?[A-Za-z'’ -]{2,40}?\s+(?:out|off|away)\b)|"
                         r"\bapart from\b|\bleaving out\b|\bleave out\b|\bleaving aside\b|\bsetting aside\b|\bputting aside\b|\bleave aside\b|\bset aside\b|\bdon'?t count\b|\bnot counting\b|"
                         r"\bnot to be confused with\b|\bdon'?t (?:mix (?:it |them )?up|confuse (?:it |them )?)with\b|"
                         r"\bnot the same as\b|\bas opposed to\b|"
                         r"\bskipping\b|\bbypassing\b|"
                         r"\b(?:were|was|are|is)n'?t\b|"
                         r"不算|不含|不包括|不包含|除了|除去|而不是|而非|并非|不是|别算|不要算|别把|别包括|不要包括|不要|排除|去掉|扣除|撇开|撇除|"
                         r"(?<!有)没有?被|未被|(?<![有尚])(?:没|未)(?=维持|纠正)|"  # ("有没有被当作信访…": a yes-or-no question, nothing ruled out)
                         r"没有?先走|没有?走|没有?经过|未经|也不属于|(?<!属)不属于|"  # ("属不属于…": a yes-or-no question)
                         # "别跟不掌握的搞混": the quantity named is the one not meant
                         r"别跟|别和|别与|不要跟|不要和|不要与|区别于|有别于|"
                         # "（别看内部事务那行）", "不问新发的", "I don't mean fully disclosed"
                         r"别看|不看|不问|不是问|\bI (?:don'?t|do not) (?:mean|want)\b|\bnot asking (?:about|for)\b)", re.I)
# negators that set a list aside ("apart from X and Y"): every part joined by "and" is set aside
_SET_ASIDE_RE = re.compile(r"apart from|except|excluding|other than|leaving out|leave out|not counting|除了|除去|不包括|不含|不包含|不算|排除|去掉|扣除",
                           re.I)
_NEG_AFTER = re.compile(r"^\s*(?:的)?\s*(?:不算|除外|不计|不包括在内|不计在内|以外|之外|我(?:已经)?知道了|(?:先)?(?:别|不要|不用)(?:算|计|加))|"
                        # "把个人去掉", "把法律服务机构扣掉" (the 把 before the thing is checked by the caller's text)
                        r"^\s*(?:的)?\s*(?:去掉|扣掉|拿掉|除掉|减掉|剔除|排除)(?!了?(?:多少|几))|"
                        # "carried ones excluded": the thing named, then set aside
                        r"^\s*(?:(?:ones?|cases|requests|applications|figures?)\s+)?(?:excluded|not included|not counted|left out)\b", re.I)
_NEG_REACH = 28  # characters between the negator and the quantity it excludes


def _negated(hits: list[Hit], text: str) -> set[int]:
    """Indexes of term hits that the question excludes (a negator right before, or 不算 after)."""
    out: set[int] = set()
    spans = [(h.start, h.end) for h in hits]
    for m in _NEG_BEFORE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue  # the negator is part of a term (不予公开, not disclosed)
        if m.group(0) == "不算" and text[max(0, m.start() - 1):m.start()] == "算":
            continue  # "算不算律所这种法律服务机构": a question whether it counts (A不A), nothing set aside
        for i, h in enumerate(hits):
            if re.search(r"(?:以外|之外|除外)$", h.surface):
                continue  # "除了维持和纠正以外": the term holds the setting-aside itself (the other outcome)
            # ("未被维持": the term 被维持 begins inside the negator 未被)
            if (h.start >= m.end() or (m.start() < h.start and h.end > m.end())) and h.start - m.end() <= _NEG_REACH and any(
                    isinstance(p, Sense) and p.kind not in ("year", "neutral") for p in h.payloads):
                # ("不是当年新制作的": the year word in between is not what is ruled out)
                # (nor past the end of an English sentence: "…rows without totals. In the natural-person column, …")
                # (nor the reason given for a negated verb: "requests not met because the information wasn't held")
                # (nor past a dash opening what is counted: "did the decision not simply stand - corrected plus 'other'")
                if not re.search(r"[,，;；、。?？()（）—–]|\s-+\s|(?<=[A-Za-z])(?<!incl)(?<!excl)(?<!\bvs)(?<!etc)(?<!\bno)\.\s|\bbut\b|\bor\b|\band\b|而是|但|"
                                 r"(?<=[a-z]) (?:because|due to|owing to|since|as)\b",
                                 text[m.end():h.start], re.I):
                    out.add(i)
                    # "not commercial firms": the words right after it that name the same thing
                    j = i + 1
                    # ("律所那种法律服务机构", "law firms, i.e. legal service providers": one thing named twice)
                    while j < len(hits) and re.fullmatch(r"\s*(?:那种|这种|那类|这类|之类的?|这样的|那样的|一类的?|[(（])?\s*",
                                                          text[hits[j - 1].end:hits[j].start]) and \
                            {getattr(p, "value", None) for p in hits[j].payloads} & {getattr(p, "value", None) for p in h.payloads}:
                        out.add(j)
                        j += 1
                    # "not the ones issued or still valid", "不是A或B": the alternatives joined to it are ruled out too
                    # ("apart from rules and normative docs", "除了规章和规范性文件": a list set aside, every part of it)
                    joined = r"or|nor|/|、|或|或者" + (r"|and|和|与|及|以及" if _SET_ASIDE_RE.fullmatch(m.group(0)) else "")
                    while j < len(hits) and re.fullmatch(r"\s*(?:" + joined + r")\s*(?:the\s+)?(?:ones?\s+)?(?:still\s+)?",
                                                          text[hits[j - 1].end:hits[j].start], re.I) \
                            and any(isinstance(p, Sense) for p in hits[j].payloads):
                        out.add(j)
                        j += 1
                break
    asides = [(m.start(), m.end()) for m in _NOT_ASKED_ASIDE.finditer(text)]
    for i, h in enumerate(hits):
        if any(a < h.start and h.end < b for a, b in asides) and any(isinstance(p, Sense) for p in h.payloads):
            out.add(i)  # "(no reconsideration first)", "（问的不是当年制发数）": named as what is not asked
        elif _NEG_AFTER.match(text[h.end:]) and any(isinstance(p, Sense) for p in h.payloads):
            out.add(i)
        # a quantity the question states itself ("including the 18 carried over", "包括结转的18件")
        # is given, not asked
        elif any(isinstance(p, Sense) for p in h.payloads) and (
                _GIVEN_BEFORE.search(text[max(0, h.start - 30):h.start])
                or (_GIVEN_AFTER.match(text[h.end:]) and re.search(r"包括|包含|含|加上", text[max(0, h.start - 12):h.start]))):
            out.add(i)
    return out


_GIVEN_BEFORE = re.compile(r"(?:\bincluding|\bplus|\bbesides|\bon top of|包括|包含|加上)\s*(?:the\s+)?(?<![\d.])"
                           r"(?!(?:19|20)\d{2}\b)\d+\s*(?:件|个|项)?\s*(?:的)?\s*$", re.I)
_GIVEN_AFTER = re.compile(r"^\s*的?\s*\d+\s*(?:件|个|项)")


_SUB_ITEM_RE = re.compile(r"第\s*([1-9一二三四五六七八])\s*(?:个\s*)?(?:小|子|细)?项|\b(?:sub-?item|item|point)\s*(?:no\.?\s*)?([1-8])\b", re.I)
_CN_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八")}


# a year named as where a carry-over comes from or goes to is the year before or after the report's
_CARRIED_FROM_RE = re.compile(
    r"(?:carr(?:y|ied|ies)[\s-]*overs?|carried\s+in|carr(?:y|ied|ies)(?=\s+from\b)|carr(?:y|ied|ies)(?=\s+into\s+(?:(?:its|their|the)\s+)?(?:19|20)\d{2}\b)|c(?:ame|omes?|oming)\s+(?:in|over)|br(?:ought|ing|ings)\s+(?:forward|over|in)|br(?:ought|ing|ings)(?=\s+into\s+(?:19|20)\d{2}\b)|left\s+over|held\s+over|rolled\s+over|inherit(?:ed|s|ing)?|pending|still\s+open|open|结转|遗留)(?:\s+into\s+(?:that|this|the)\s+year|\s+into\s+(?:(?:its|their|the)\s+)?(?:19|20)\d{2}\b[^,，。?？]{0,40}?(?=\bfrom\b))?[^,，。?？]{0,12}?(?:\bfrom\b|自|从)\s*(?:the\s+)?(?:(?:backlog|pile|queue|leftovers?|caseload|workload)\s+(?:of|from|in)\s+)?((?:19|20)\d{2})|"
    r"(?:(?:\bfrom\b|自|从)\s*|(?<![\d从自])(?=(?:19|20)\d{2}\s*年度?\s*(?:(?:没办完|未办完|没办结|未办结)[、，,]?\s*)?(?:转过来|转来|接过来|接续过来|带过来|结转过来|(?:转进|转入|转到|转至|留到|拖到)(?=\s*(?:19|20)\d{2}))))((?:19|20)\d{2})\s*年?度?\s*(?:(?:没办完|未办完|没办结|未办结)[、，,]?\s*(?:接着)?)?(?:结转|遗留|转入|转进|转过来|转来|接过来|接续过来|带过来|留下来|剩下来|拖过来|压过来|carried|brought|(?:转到|转至|转进|转入|留到|拖到)(?=\s*(?:19|20)\d{2})|放到(?=\s*(?:19|20)\d{2}\s*年?度?\s*(?:接着|继续|再|才)?(?:办|处理)))", re.I)
_CARRIED_INTO_RE = re.compile(
    r"(?:carr(?:y|ied|ies)\s+forward|carr(?:y|ied|ies)\s+over(?!\s+from)|defer(?:red|s|ring)?|postpon(?:ed|es|ing)|carr(?:y|ied|ies|ying)(?=\s+(?:into|to|on\s+to|on\s+into|onward\s+to|onward\s+into|over\s+into)\b)|roll(?:ed|s)?(?:\s+over)?|push(?:ed|es)?|mov(?:ed|es|ing)|move(?=\s+(?:on|over|forward|ahead)\b)|spill(?:ed|s)?|pass(?:ed|es)?\s+on|pass(?:ed|es)?(?=\s+into\b)|left(?:\s+over)?(?=\s+for\b)|left(?=\s+to\s+(?:finish|complete|handle|process|answer|deal with)\b)|left(?=\s+to\s+be\s+(?:answered|handled|processed|dealt with|decided|finished|completed|closed)\b)|(?:(?<=open )|(?<=pending )|(?<=unfinished )|(?<=outstanding )|(?<=unresolved ))going(?=\s+into\b)|"
    # ("放到2019年是多少件？": the same figure asked of 2019, not what was put off into it)
    r"结转|转入|转|留|顺延|延|(?:挪|放)(?!到\s*(?:19|20)\d{2}\s*年?度?\s*(?:是|呢|的话|来看|会|又|看))|推|拖|带)[^,，。?？:：;；]{0,12}?(?:\binto\b(?:\s+(?:its|their)\b(?=\s+(?:19|20)\d{2}\s+(?:workload|caseload|books|docket|pile|queue)))?|\bto\b|\bfor\b|到|至|入|"
    r"\bto be (?:answered|handled|processed|dealt with|decided|finished|completed|closed)(?: (?:in|during))?|"
    r"\bto (?:finish|complete|handle|process|answer|deal with)(?: (?:them|it))?(?: (?:in|during))?)\s*((?:19|20)\d{2})", re.I)


_NOT_ASKED_ASIDE = re.compile(NOT_ASKED_ASIDE, re.I)


# carried in from the year before, no year written ("上一年度没办完、带进来的", "从上一年接过来的")
_CAME_IN_RE = re.compile(r"(?<![到至入])结转(?:过来|进来)(?!到|至)|(?:上一?个?年度?|去年|前一年)[^，。?？]{0,8}?(?:没办完|未办完|没办结|未办结|结转|转过来|带过来|带进|接过来|遗留|剩下|留下来|留下的|压过来|拖过来|办过来|接着办)|"
                         r"\b(?:from|of) (?:the )?(?:year before|previous year|prior year|last year|prior reporting year|"
                         r"previous reporting year)\b|\binto (?:(?:the|this|that) year|(?:19|20)\d\d) from (?:before|earlier(?: years?)?|the past|prior years?|previous years?)\b|"
                         r"\bfrom (?:before|earlier(?: years?)?)\s*\??$|"
                         # "Unfinished requests inherited from earlier years … which inherited the most?"
                         r"\binherit(?:ed|s|ing)?\b(?:[^?]{0,30}?\bfrom (?:earlier|previous|prior|past) (?:years?|periods?))?", re.I)


# carried out into the year after, no year written ("carried over to the next year", "结转到下一年")
_GOES_OUT_RE = re.compile(r"(?:carr(?:y|ied|ies)\s+over|carried|carr(?:y|ies|ying)|roll(?:ed|s)?(?:\s+over)?|push(?:ed|es)?|mov(?:ed|es)|pass(?:ed|es)?|"
                          r"left\s+over|spill(?:ed|s)?(?:\s+over)?|结转|转)[^,，。?？:：]{0,24}?"
                          r"(?:\b(?:to|into|until|for)\s+(?:the\s+)?(?:next|following|coming)\s+year\b|到下一?年|至下一?年|入下一?年|到次年|至次年)",
                          re.I)


# requests that came over from the year before, said with a verb of moving ("从2023年转过来的"), and
# not named as what is left out ("别把上一年结转的算进去")
_CAME_VERB_RE = re.compile(r"(?<!别把)(?<!不含)(?<!不算)(?<!不是)(?<!不要把)(?:(?:从|自)\s*(?:(?:19|20)\d{2}\s*年?度?|上一?年度?|去年|前一年)|(?<!\d)(?:19|20)\d{2}\s*年度?|上一年度?|前一年)"
                           r"\s*(?:(?:没办完|未办完|没办结|未办结)[、，,]?\s*)?(?:剩下|留下)?(?:的)?(?:转过来|转来|接过来|接续过来|接手过来|接手|带过来|留下来|剩下来|拖过来|压过来|延过来|顺延过来|接着办(?:过来)?|办过来|接着办理|(?:转到|转至|转入|转进)(?=\s*(?:19|20)\d{2}))|"
                           # "applications from 2023 were still open and rolled into Huai'an's 2024 workload"
                           r"\bfrom (?:19|20)\d{2}\b[^?]{0,30}?\b(?:still open|unfinished|pending|(?:rolled|carried|brought|moved) (?:over )?into)\b|"
                           r"\b(?:came (?:in|over)|(?:brought|carried|rolled|taken) (?:\w+ ){0,3}?(?:over|in)|carried) from (?:the )?"
                           r"(?:year before|previous year|prior year|last year|(?:19|20)\d{2})\b", re.I)


def _total_with_its_parts(keys: list[str]) -> bool:
    """A row's total among keys that also hold columns of that row ("新收多少" → "其中自然人" → "企业呢" →
    "三类加一起"): added, the parts would be counted twice."""
    totals = {k.rsplit(".", 1)[0] for k in keys if k.endswith(".total")}
    # (and a group's total among its own sub-items: "其他处理一共" → "逾期不补正的" → "逾期不交费的呢" → "三个小项加起来")
    return any(not k.endswith(".total") and k.rsplit(".", 1)[0] in totals for k in keys) or any(
        k.rsplit(".", 1)[0] != g and k.startswith(g + ".") for k in keys for g in totals)


def _carry_direction(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """A bare 结转 with a direction: "从2018年结转" came in (上年结转), "结转到2020年" goes out
    (a direction named in an aside of what is not asked, "（不是转到2025年的）", is not the one)."""
    heads = {g[0].split(".")[1] for g in key_groups if g and g[0].startswith("requests.")}
    if len(key_groups) > 1 and {"carried_over", "carried_forward"} <= heads and re.search(
            r"加起来|加在一起|加上|相加|之和|总和|合计|一共|总共|共计|\+|＋|\bplus\b|\bboth\b|\bcombined\b|\btogether\b|\bsum\b|\badd(?:ed)?\b|\bin total\b", text, re.I):
        return key_groups  # "从上一年接手的和留给下一年的，两个数加起来": both directions, each an addend
    text = _NOT_ASKED_ASIDE.sub(" ", text)
    # "new requests …, not counting ones carried over from 2024": the direction ruled out is not the one asked
    text = _EXCLUDED_CLAUSE_EN_RE.sub(" ", text)
    out_bare = bool(_GOES_OUT_RE.search(text))
    into = bool(_CARRIED_INTO_RE.search(text)) or out_bare
    came = bool(_CARRIED_FROM_RE.search(text) or _CAME_IN_RE.search(text) or _CAME_VERB_RE.search(text))
    m_from, m_into = _CARRIED_FROM_RE.search(text), _CARRIED_INTO_RE.search(text)
    if into and came and m_from and m_into and int(m_into.group(1)) == int(m_from.group(1) or m_from.group(2)) + 1:
        into, out_bare = False, False  # "从2024年结转到2025年来办的": what came into the year the from names next (上年结转)
    if into == came:
        return key_groups
    if into and not came and _CARRIED_INTO_RE.search(text) and not any(".carried_forward." in k for g in key_groups for k in g):
        # "requests carried over into 2026" of the 2025 report: 上年结转's words, 结转下年's direction
        key_groups = [[k.replace(".carried_over.", ".carried_forward.") for k in g] for g in key_groups]
        if all(g[0].startswith("requests.received.") for g in key_groups) and len(key_groups) == 1:
            # "洪泽区2023年有多少申请转到2024年": the requests moved into that year, not those received
            key_groups = [[re.sub(r"^requests\.received\.", "requests.carried_forward.", k) for k in g] for g in key_groups]
    if came and not into and not any(".carried_over." in k for g in key_groups for k in g):
        # "applications pending from 2023", "still open from 2024": what came in from that year
        key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in g] for g in key_groups]
    if came and not into and _CAME_VERB_RE.search(text) and not any(".carried_over." in k for g in key_groups for k in g):
        # "从2023年转过来、接着办的申请": what came in, not what was received (unless both are named:
        # "当年新收的加上2024年转过来的": the two rows added)
        came_in = [[re.sub(r"^requests\.received\.", "requests.carried_over.", k) for k in g] for g in key_groups]
        if len(key_groups) == 1 and key_groups[0][0].startswith("requests.received.") and re.search(r"加上|加起来|\+|＋", text):
            key_groups = key_groups + came_in
        else:
            key_groups = came_in
    if out_bare and not came:  # "carried over to the next year": 上年结转's words, 结转下年's direction
        # ("pushed the most requests into the next year": the requests pushed, not those received)
        key_groups = [[re.sub(r"^requests\.(?:carried_over|received)\.", "requests.carried_forward.", k) for k in g]
                      for g in key_groups]
    drop, keep = (".carried_over.", ".carried_forward.") if into else (".carried_forward.", ".carried_over.")
    out = []
    for g in key_groups:
        if any(keep in k for k in g) and any(drop in k for k in g):
            g = [k for k in g if drop not in k]
        out.append(g)
    if any(keep in g[0] for g in out):  # "rolled over to be answered in 2025": the other direction's reading goes
        out = [g for g in out if drop not in g[0]]
    return out


_CARRY_WORDS_RE = re.compile(r"结转|接手|接过来|转过来|带过来|继续办理|接着办|遗留|没办完|未办结|\bcarr(?:y|ied|ies)\b|\brolled\b|\bstill open\b|"
                             r"\binherit|\bbrought (?:forward|over|in)\b|\bleft over\b|\bunfinished\b|\bpending\b", re.I)


# "2024年没办完留下来的" asked beside the 2025 report: left unfinished in 2024, carried into 2025
_LEFT_UNFINISHED_FROM_RE = re.compile(r"((?:19|20)\d\d)\s*年度?\s*(?:没办完|未办完|没办结|未办结|没处理完|没有办完)[、，,]?\s*"
                                      r"(?:留下来|剩下来|遗留下来|遗留|留下|剩下|转过来|带过来)")


def _carry_years(text: str, written: set[int]) -> set[int]:
    """"carried over from 2023" in a 2024 question, "结转到2020年" of the 2019 report: the year
    of the report is the one after (before) the year the carry-over names."""
    out = set(written)
    named_from = set()
    if len(written) == 2 and max(written) - min(written) > 1 and re.search(
            r"(?:从|自)\s*(?:19|20)\d\d\s*年?度?\s*(?:到|至)\s*(?:19|20)\d\d\s*年?度?[^。？?]{0,12}?(?:增加|减少|增长|下降|变化|变了|多了|少了|相差|差了|多几|少几|多多少|少多少)|"
            r"\b(?:from|between) (?:19|20)\d\d (?:to|and) (?:19|20)\d\d\b", text, re.I):
        # "结转下年度的申请 从2019年到2025年 增加了多少": two reports' years compared, years apart — no year a carry names
        return written
    if _GOES_OUT_RE.search(_NOT_ASKED_ASIDE.sub(" ", text)) and not _CARRIED_INTO_RE.search(text):
        # "Shuyang requests from 2025 rolled over into the next year": the year is the report's, the
        # carry-over goes out of it (not "carried over from 2025" into the 2026 report)
        return written
    for m in _CARRIED_FROM_RE.finditer(text):
        y = int(m.group(1) or m.group(2))
        named_from.add(y + 1)
        out.discard(y)
        out.add(y + 1)
    for m in _CARRIED_INTO_RE.finditer(text):
        y = int(m.group(1))
        if y in named_from:
            continue  # "carried over into 2025 from 2024": the from already named the report's year
        if y - 1 in written or y - 1 in out or len(written) == 1:
            out.discard(y)
            out.add(y - 1)
    # both ("from 2024 into its 2025 workload"): the report year the "from" names wins
    if out == written and len(written) == 2 and max(written) - min(written) == 1 \
            and re.search(rf"(?:\bfrom\b|从|自)\s*{min(written)}(?!\d)", text) and _CARRY_WORDS_RE.search(text):
        # "applications from 2023 still open and rolled into Huai'an's 2024 workload", "2025年从2024年接手过来、继续
        # 办理的": the year before, where they came from; the report is the later year's
        return {max(written)}
    return out if out else written


def _spanned_sub_items(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"国家秘密到内部事务": two sub-items of one group joined by 到/至/through stand for every
    sub-item from the one to the other, in the template's printed order."""
    if len(key_groups) != 2 or not re.search(r"到|至|\bthrough\b|\bthru\b|…|\.{3}", text):
        return key_groups
    a, b = (g[0].split(".") for g in key_groups)
    if a[0] != "requests" or len(a) != 4 or len(b) != 4 or a[1] != b[1] or a[3] != b[3]:
        return key_groups
    subs = lexicon.REQUEST_SUB_ITEMS.get(a[1]) or []
    if a[2] not in subs or b[2] not in subs:
        return key_groups
    i, j = sorted((subs.index(a[2]), subs.index(b[2])))
    return [[f"requests.{a[1]}.{x}.{a[3]}"] for x in subs[i:j + 1]]


_N_KINDS_RE = re.compile(r"(?<![第前\d–—\-~～到至])([两二三四五六七八2-8])\s*(?:(?:种|类|项|个)\s*(?:情况|情形|理由|原因|小项|子项|分项)|(?:小项|子项|分项)|"
                         # "其他处理三项一共是多少": the group's N items, added
                         # (项 only: "三类一共" after three applicant columns counts the columns, not a group's items)
                         r"项(?=\s*(?:的)?(?:数)?(?:一共|总共|合计|加起来|加在一起|合起来|相加|之和|共计|总和)))|"
                         r"\b(two|three|four|five|six|seven|eight|[2-8]) (?:[\w'‘’-]+ ){0,4}?(?:kinds|types|reasons|grounds|cases|"
                         r"situations|sub-?categories|sub-?items|sub-?rows|rows|lines)\b",
                         re.I)
# (the parts added, not the whole's total: "the category's total, all three sub-items together" is its total row)
_ADDED_RE = re.compile(r"加总|(?:都|全|全部)加上(?!\s*(?:19|20)?\d)|加起来|加在一起|加一起|合一起|加一块|加在一块|合在一块|算在一起|放一起|合在一起|加到一起|一起算|合起来|"
                       r"相加|总和|之和|合计|一共|总共|共计|\bput (?:them |these |those |it |all |both )?together\b|\btaken (?:all )?together\b|\btotal of (?:the |all |its )?(?:two|three|four|five|six|seven|eight|[2-8])\b|\btotal (?:up )?(?:the|all|these|those|its) (?:two|three|four|five|six|seven|eight|[2-8])\b|\badd (?:the|all|these|those)\b|\badd(?:ed|ing)? (?:up|together)\b|\bsum(?:med|ming)?\b|\bcombined\b|"
                       # "Combine the two for me", "Add them up for me", "add those last two up"
                       r"\bcombine\b|\badd (?:them|these|those|both|the last two|those last two|these last two)(?: two)? (?:up|together)\b|"
                       # "Sum those three up.", "Total for those two reasons?"
                       r"\bsum (?:them|these|those|the|all)(?: (?:two|three|four))?(?: \w+)? up\b|\btotal for (?:those|these|both|all)\b|\btotal of (?:those|these|both)\b", re.I)


# "add up every reason under 不予公开 (…)", "所有理由加起来": all the sub-items of the group named
_EVERY_SUB_RE = re.compile(r"\b(?:every|each|all(?: the)?|all of the) (?:[a-z-]+ )?(?:reasons?|grounds?|sub-?items?|sub-?rows?|sub-?lines?|categories|kinds) "
                           r"(?:under|of|in|beneath|below|listed under|for)\b|(?:所有|全部|各个?|每个?)(?:的)?(?:理由|原因|小项|分项|子项|情形)|"
                           # "add up every request it withheld": every ground of the group, none set apart
                           r"\b(?:add(?:ing)?(?: up)?|sum(?:ming)?(?: up)?|total(?:ling)?(?: up)?)\s+(?:every|each|all(?: the)?|all of the) "
                           r"(?:requests?|applications?) (?:it|they|that (?:were|was)|which (?:were|was))?\s*(?:withheld|refused|turned down)\b|"
                           # "add up every withholding ground": the group said before its grounds
                           r"\b(?:add(?:ing)?(?: up)?|sum(?:ming)?(?: up)?|total(?:ling)?(?: up)?)\s+(?:every|each|all(?: the)?|all of the) "
                           r"(?:withholding|refusal|non-?disclosure|not[- ]processed|non-?processing|unable|other[- ]handling) "
                           r"(?:reasons?|grounds?|sub-?items?|categories)\b", re.I)


def _completes_group(keys: list[str]) -> bool:
    """Every sub-item of one group of table 3, each once, of one column."""
    split = [k.split(".") for k in keys]
    if not all(len(x) == 4 and x[0] == "requests" for x in split) or len({(x[1], x[3]) for x in split}) != 1:
        return False
    subs = lexicon.REQUEST_SUB_ITEMS.get(split[0][1]) or ()
    return len(keys) == len(set(keys)) and {x[2] for x in split} == set(subs)


def _every_sub_item_added(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"无法提供的三种情况加总", "the three kinds of 'cannot be provided' added up": a group whose
    sub-items number exactly as many as stated, asked added, is the sum of its sub-items (the
    same number as its total, read as the asker reads it). "add up every reason under 不予公开
    (state secret, other laws, …)" with some of the list read: every sub-item of that group."""
    split = [g[0].split(".") for g in key_groups]
    if len(key_groups) == 1 and len(split[0]) == 3 and split[0][0] == "requests" and _EVERY_SUB_RE.search(text) \
            and _ADDED_RE.search(text) and lexicon.REQUEST_SUB_ITEMS.get(split[0][1]):
        # "add up every individual ground for refusing disclosure that the table lists": the group's sub-items
        return [[f"requests.{split[0][1]}.{x}.{split[0][2]}"] for x in lexicon.REQUEST_SUB_ITEMS[split[0][1]]
                if f"requests.{split[0][1]}.{x}.{split[0][2]}" in lexicon.key_catalog()]
    if len(key_groups) >= 2 and _EVERY_SUB_RE.search(text) and (_ADDED_RE.search(text) or re.search(r"\btogether\b|\btotal\b", text, re.I)) \
            and all(len(x) == 4 and x[0] == "requests" for x in split) and len({(x[1], x[3]) for x in split}) == 1:
        subs = lexicon.REQUEST_SUB_ITEMS.get(split[0][1]) or []
        if {x[2] for x in split} <= set(subs):
            return [[f"requests.{split[0][1]}.{x}.{split[0][3]}"] for x in subs]
    m = _N_KINDS_RE.search(text)
    if not key_groups or not m or not _ADDED_RE.search(text):
        return key_groups
    d = m.group(1) or m.group(2)
    n = _CN_DIGIT.get(d.replace("两", "二")) or _EN_NUMBERS.get(d.lower()) or (int(d) if d.isdigit() else 0)
    # the one group (among the parts added) whose sub-items number as many as stated
    fits = [i for i, g in enumerate(key_groups) if len(g[0].split(".")) == 3 and g[0].startswith("requests.")
            and len(lexicon.REQUEST_SUB_ITEMS.get(g[0].split(".")[1]) or []) == n]
    if not fits:
        # "the three 'other handling' sub-rows (overdue correction, overdue fee, other)": some of one
        # group's sub-items read, the stated number that of all its sub-items: all of them
        split = [g[0].split(".") for g in key_groups]
        if all(len(x) == 4 and x[0] == "requests" for x in split) and len({(x[1], x[3]) for x in split}) == 1:
            subs = lexicon.REQUEST_SUB_ITEMS.get(split[0][1]) or []
            if len(subs) == n and {x[2] for x in split} <= set(subs):
                return [[f"requests.{split[0][1]}.{x}.{split[0][3]}"] for x in subs]
        return key_groups
    if len(fits) != 1:
        return key_groups
    i = fits[0]
    parts = key_groups[i][0].split(".")
    subs = lexicon.REQUEST_SUB_ITEMS[parts[1]]
    return key_groups[:i] + [[f"requests.{parts[1]}.{x}.{parts[2]}"] for x in subs] + key_groups[i + 1:]


def _row_in_columns(key_groups: list[list[str]], stated: int) -> bool:
    """One row of table 三 in two or more columns, the number said that of the row's sub-items ("all three 'unable
    to provide' reasons, individuals and organisations together"): the parts are the columns, all of them read."""
    split = [g[0].split(".") for g in key_groups if len(g) == 1]
    return len(split) == len(key_groups) >= 2 and all(len(x) == 3 and x[0] == "requests" for x in split) \
        and len({x[1] for x in split}) == 1 and len({x[2] for x in split}) == len(split) \
        and len(lexicon.REQUEST_SUB_ITEMS.get(split[0][1]) or []) == stated


def _numbered_sub_item(masked: str, key_groups: list[list[str]], text: str = "") -> list[list[str]]:
    """"“其他处理”里第1项": the group's numbered sub-item, in the template's printed order; "（三）1、6、7
    三项加起来", "（三）1到8": those sub-items."""
    listed = _listed_sub_items(masked, text)
    m = _SUB_ITEM_RE.search(masked) or _SUB_ITEM_PAIR_RE.search(masked) or listed
    if not m or not key_groups:
        return _spanned_sub_items(text, key_groups)
    parts = key_groups[0][0].split(".")
    if parts[0] != "requests" or len(parts) not in (3, 4) or len({g[0].rsplit(".", 1)[0].split(".")[1] for g in key_groups}) != 1:
        return key_groups
    numbers = _unique(_sub_item_number(x) for x in _SUB_ITEM_RE.finditer(masked))
    numbers += [n for n in _unique(_CN_DIGIT.get(d) or int(d) for pair in _SUB_ITEM_PAIR_RE.findall(masked) for d in pair)
                if n not in numbers]  # "第1、2项", "第1和第2项"
    numbers += [n for n in listed if n not in numbers]
    subs = lexicon.REQUEST_SUB_ITEMS.get(parts[1])
    if not subs or any(n > len(subs) for n in numbers) or (len(key_groups) != 1 and len(numbers) < 2):
        return key_groups
    if len(numbers) == 1 and len(parts) == 4:
        return key_groups  # already that sub-item
    if sorted(numbers) == list(range(1, len(subs) + 1)) and len(parts) == 3 and len(key_groups) == 1 \
            and not re.search(r"逐项|逐个|每一?项|分项|\badd(?:ing)? up\b|\bsum\b|\bevery\b|\beach\b|\bone by one\b", text, re.I):
        return key_groups  # "the category's total, all three sub-items together": the group's own total
    cols = _unique(g[0].split(".")[-1] for g in key_groups if len(g[0].split(".")) == 3)
    if len(cols) > 1 and len(cols) == len(key_groups):
        # "all three 'unable to provide' reasons, individuals and organisations together": the row in each
        # column named (all its sub-items: the row itself), or the sub-items named in each column — never one
        # column's alone
        if sorted(numbers) == list(range(1, len(subs) + 1)):
            return key_groups
        return [[f"requests.{parts[1]}.{subs[n - 1]}.{col}"] for col in cols for n in numbers]
    return [[f"requests.{parts[1]}.{subs[n - 1]}.{parts[-1]}"] for n in numbers]


# "'other handling' → the last sub-item 'other'", "“其他”那一小项（不是逾期那两项）": the sub-item
# 其他 of the row 其他处理, not the row's total
_OTHER_SUB_RE = re.compile(r"(?:小项|子项|分项|最后一项|\bsub-?items?\b|\blast (?:sub-?)?item\b|\blast line\b)"
                           r"[^。？?]{0,12}?(?:[“\"'‘(（]\s*(?:其他|other)\s*[”\"'’)）])|"
                           r"[“\"'‘]\s*(?:其他|other)\s*[”\"'’][^。？?，,]{0,6}?(?:那一?|这一?)?(?:小项|子项|分项|\bsub-?items?\b)|"
                           # "其他处理里面最后一格", "其他处理最后那个": the last cell of the group is its 其他
                           r"其他处理[^。？?，,]{0,6}?最后(?:(?:一|那一?)(?:小)?(?:格|栏|项|行|个)|那个|的那个)|"
                           # "被归到'其他'处理了", "'other' handling", "closed as 'other' (其他)": the quoted
                           # word is the sub-item printed 其他, not the heading 其他处理 (nor 其他结果, other orgs)
                           r"[“\"'‘(（]\s*(?:其他|other)\s*[”\"'’)）](?!\s*(?:结果|outcomes?|组织|单位|法人|org|organi[sz]ations?|bodies|applicants?))|"
                           # "'other' outcomes under other handling (其他处理)": the quoted word placed inside the group
                           r"[“\"'‘]\s*(?:其他|other)\s*[”\"'’][^。？?]{0,24}?(?:\b(?:under|in|within|inside|of|from)\s+(?:the\s+)?['‘\"“]?other[- ]handling|其他处理)", re.I)


# "'other' handling, all three sub-items together", "“其他”处理三个小项加起来": the group's whole, the
# quoted word naming the heading
_ALL_SUB_ITEMS_RE = re.compile(r"\ball (?:the |its |of the |of its )?(?:three |3 )?sub[- ]?items?\b|\ball three\b|"
                               r"(?:三|3)\s*(?:个|项)?\s*(?:小项|子项|分项)|(?:所有|全部)的?(?:小项|子项|分项)|"
                               r"(?:小项|子项|分项)(?:都|全部)?(?:加起来|加在一起|合计|合起来|一起)", re.I)


def _other_sub_item(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    if not _OTHER_SUB_RE.search(text):
        return key_groups
    if not any(k.startswith("requests.other.") for g in key_groups for k in g):
        # "申请处理结果里“其他”那一小项": 处理 names the outcomes' heading; the sub-item 其他 is 其他处理's
        # (and "依申请公开结果里…": the requests' outcomes, not the row received)
        moved = r"^requests\.(?:total_processed|received)\." if re.search(r"结果|处理|outcome|handl", text, re.I) else r"^requests\.total_processed\."
        key_groups = [[re.sub(moved, "requests.other.", k) for k in g] for g in key_groups]
    if _ALL_SUB_ITEMS_RE.search(text):
        return key_groups
    return [[k.replace("requests.other.", "requests.other.other.", 1)
             if k.startswith("requests.other.") and k.count(".") == 2 else k for k in g] for g in key_groups]


_SUB_ITEM_LIST_RE = re.compile(r"(?<![\d.])([1-8](?:\s*[、，,]\s*[1-8]){1,7})(?![\d.年])")
_FIRST_N_RE = re.compile(r"前\s*([两二三四五六七2-7])\s*(?:项|类|种|个(?:理由|原因|小项)|小项)|"
                         r"(?:全部|所有)\s*([两二三四五六七八2-8])\s*(?:个|项|类|种)\s*(?:理由|原因|小项|情形)|"
                         r"\ball (?:the |its )?(two|three|four|five|six|seven|eight|[2-8]) (?:[\w'‘’-]+ ){0,3}?"
                         r"(?:rows|reasons|sub-?items|categories|grounds|lines)\b",
                         re.I)
_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# (not "不予公开（1–8项合计）", the group's own total as our readings name it)
_SUB_ITEM_RANGE_RE = re.compile(r"(?<![\d.])([1-8])\s*(?:到|至|~|～|–|-)\s*([1-8])(?![\d.年])(?!\s*项合计)")


def _listed_sub_items(masked: str, text: str = "") -> list[int]:
    """The printed numbers of sub-items listed ("1、6、7"), spanned ("1到8") or counted from the
    first ("前五项")."""
    m = _FIRST_N_RE.search(text or masked)  # "不予公开前五项": its sub-items 1 to 5; "all eight rows": 1 to 8
    if m:
        d = next(g for g in m.groups() if g)
        n = _CN_DIGIT.get(d.replace("两", "二")) or _EN_NUMBERS.get(d.lower()) or int(d)
        return list(range(1, n + 1))
    m = _SUB_ITEM_RANGE_RE.search(masked)
    if m and int(m.group(1)) < int(m.group(2)):
        return list(range(int(m.group(1)), int(m.group(2)) + 1))
    m = _SUB_ITEM_LIST_RE.search(masked)
    return _unique(int(d) for d in re.findall(r"[1-8]", m.group(1))) if m else []


_SUB_ITEM_PAIR_RE = re.compile(r"第?\s*([1-8一二三四五六七八])\s*(?:项)?\s*(?:和|与|及|、|,|，|加|跟)\s*第?\s*([1-8一二三四五六七八])\s*小?项")


def _sub_item_number(m: re.Match[str]) -> int:
    return int(m.group(2)) if m.group(2) else _CN_DIGIT.get(m.group(1)) or int(m.group(1))


# qualifiers that take a quantity out of every table whatever row it names: courts above the
# first instance, requests handled on behalf of another body
_ETC_RE = re.compile(r"等(?!法律服务机构|法律服务单位|法律服务组织|科研机构|公益组织)(?:等|各类|几类|类|情形|情况)?|之类|\band so on\b|\betc\b|\band the like\b|\band (?:the )?others?\b(?!\s+(?:organi[sz]ations?|orgs?|bodies|entities|institutions|units|types?|kinds?))|\bamong others\b", re.I)
_SUB_ITEM_KEY = re.compile(r"^requests\.(withheld|unable|not_processed|other)\.[a-z_]+\.([a-z_]+)$")


def _examples_of_group(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """Sub-items of one group listed as examples ("信访、重复申请等", "petitions, duplicates and so
    on"): the group they stand for, not the sum of the examples."""
    # one sub-item with 等 is that sub-item described ("隐私、商业秘密等第三方权益"): two or more are examples
    if len(key_groups) < 2 or not _ETC_RE.search(text):
        return key_groups
    found = {_SUB_ITEM_KEY.match(g[0]).groups() if _SUB_ITEM_KEY.match(g[0]) else None for g in key_groups}
    if len(found) != 1 or None in found:
        return key_groups
    group, col = found.pop()
    return [[f"requests.{group}.{col}"]]


_ALL_ORGS_RE = re.compile(r"\ball (?:the |kinds of )?(?:organi[sz]ations|legal persons|entities|institutions)\b|\bothers\b|"
                          r"所有(?:的)?(?:法人|单位|组织|机构)|全部(?:的)?(?:法人|单位|组织|机构)|各类(?:法人|单位|组织|机构)|"
                          # "企业、律所这些法人或其他组织": examples of the whole column named after them
                          r"(?:这些|这类|这种|之类的?|那些)(?:法人或(?:者)?其[他它]组织|法人和其他组织|法人)", re.I)
# "companies and other orgs combined", "企业和其他组织": the printed head 法人或其他组织, not its 其他
# column alone (when these two are all that is named)
_COMPANIES_AND_OTHERS_RE = re.compile(
    r"\b(?:compan(?:y|ies)|businesses|enterprises|corporations)\s*(?:and|&|or|plus)\s*(?:all\s+)?other\s+"
    r"(?:organi[sz]ations|orgs|entities|bodies|institutions)\b|(?:企业|公司)(?:和|及|或|与|以及|跟)(?:其他|其它)(?:组织|单位|机构)", re.I)


def _examples_of_organisations(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"all organisations (companies, law firms, others)": examples of the 法人或其他组织 columns,
    standing for all five of them, not the sum of the two named."""
    cols = {g[0].rsplit(".", 1)[1] for g in key_groups}
    rows = {g[0].rsplit(".", 1)[0] for g in key_groups}
    if len(key_groups) < 2 or len(rows) != 1 or not cols <= set(lexicon.ORG_COLUMNS) \
            or not (_ALL_ORGS_RE.search(text) or _ETC_RE.search(text)
                    or (cols == {"commercial", "other_org"} and _COMPANIES_AND_OTHERS_RE.search(text))):
        return key_groups
    return [[f"{rows.pop()}.legal_person"]]


# "宿迁市政府作为复议机关办了几件": which body decided the reviews; "how many came from one and the same law firm?": requests
# by who sent them — no table counts either (not "dropped because the same person asked the same thing again": a duplicate
# request, a row of its own)
_WHO_DECIDED_OR_SENT = (r"作为复议机关|复议机关(?:是|为)|\bas (?:the )?(?:reconsideration|review) (?:body|authority|organ)\b|"
                        r"\b(?:came|come|coming|sent|filed|submitted|lodged) (?:in )?(?:from|by) (?:one and the same|the same|a single|one single|"
                        r"one particular)\s+(?:law firm|firm|lawyer|applicant|person|company|requester|individual|organi[sz]ation)\b|"
                        r"来自同一(?:家|个)(?:律所|律师事务所|公司|企业|单位)|同一(?:家)(?:律所|律师事务所)")
_WHO_DECIDED_OR_SENT_RE = re.compile(_WHO_DECIDED_OR_SENT, re.I)
_QUALIFIED_OUT_RE = re.compile(r"二审|上诉|再审|终审|\bsecond appeal\b|\bhigher court\b|\bappellate\b|\bsecond[- ]instance\b|\bat (?:the )?appeal stage\b|"
                               + _WHO_DECIDED_OR_SENT + r"|"
                               # "予以公开的50件里面，涉及拆迁征收的占几件": a part by topic, which no cell holds
                               r"(?:里面|里头|之中|当中)[，,\s]*(?:涉及|关于|有关)[^，。？?]{1,12}?的?(?:占|有)?(?:几|多少)|"
                               r"\b(?:of|among) (?:those|these|them|the (?!(?:19|20)\d\d\b)\d+)\b[^?]{0,30}\b(?:about|concerning|relating to|on the topic of)\b|"
                               r"\bappeals? court\b|代表[市区县]?(?:人民)?政府|代为受理|\bon behalf of\b", re.I)


# "on the same ground", "for that reason", "因为这个理由", "同样理由": the ground (sub-item) asked before
_SAME_GROUND_RE = re.compile(r"\b(?:on|for|with|under|citing|by) (?:the |that |this )?(?:same|that|this) (?:grounds?|reasons?|basis|exemption)\b|"
                             r"(?:同样|同一|相同|这个|这一|该|此|那个|上述)(?:的)?(?:个)?(?:理由|原因|情形|依据)", re.I)


def _same_ground(text: str, key_groups: list[list[str]], context: "Query | None") -> list[list[str]]:
    """"Process information … individuals: 3" → "And companies refused on the same ground?", "淮安…以属于行政
    查询事项不予公开的" → "沭阳县2025年因为这个理由没公开的": the sub-item asked before, in the column (or
    of the body) asked now — not the whole outcome the verb names."""
    if context is None or len(context.keys) != 1 or not _SAME_GROUND_RE.search(text):
        return key_groups
    prev = context.keys[0].split(".")
    if len(prev) != 4 or prev[0] != "requests":
        return key_groups
    group, sub = prev[1], prev[2]
    if not key_groups:
        return key_groups
    if len(key_groups) != 1 or not all(k.startswith(f"requests.{group}.") and k.count(".") == 2 for k in key_groups[0]):
        return key_groups
    out = [f"requests.{group}.{sub}.{k.rsplit('.', 1)[1]}" for k in key_groups[0]]
    out = [k for k in out if k in lexicon.key_catalog()]
    return [out] if out else key_groups


_CUMULATIVE_RE = re.compile(r"\bcumulative(?:ly)?\b|\brunning total\b|\bto date\b|\bso far\b|\bin force\b|累计|截至目前|截止目前|至今|总数量|公开总数", re.I)


# "And for 'other' reasons?", "其他原因的呢": a follow-up naming only the sub-item 其他
_OTHER_SIBLING_RE = re.compile(r"^\W*(?:and|what about|how about)?\s*(?:for|on|with)?\s*(?:the\s+)?(?:some\s+|any\s+)?(?:plain\s+|last\s+|third\s+)?['‘\"“]?other['’\"”]?"
                               r"(?:\s+['‘\"“]?(?:reasons?|grounds|causes|ones|cases|sub-?rows?|sub-?items?|rows?|lines?)['’\"”]?)?\W*$|"
                               r"^\W*(?:那|那么)?(?:因为)?(?:其他|其它)(?:原因|情形|情况|理由)?(?:的)?(?:呢|有几件|有多少|多少|几件)\W*$", re.I)

# "How many were 'other'?", "And 'other'?" after an organisation column: the column 其他 of the same row
_ORG_COLUMNS = frozenset(("commercial", "research", "public_interest", "legal_services"))
_OTHER_COLUMN_RE = re.compile(r"^\W*(?:and|what about|how about)?\s*(?:how many (?:were|was|are|came from|from)\s+)?(?:the\s+)?"
                              r"['‘\"“]other['’\"”]\W*$|^\W*(?:and|what about|how about)\s+['‘\"“]?others?['’\"”]?\W*$|"
                              r"^\W*(?:那|那么)?(?:其他|其它)(?:的)?(?:呢|有几件|有多少|多少|几件)\W*$", re.I)
_REMAINING_OTHER_RE = re.compile(r"(?:剩下|剩余|余下|最后)(?:的)?(?:那)?(?:一)?(?:项)?\s*[“\"'‘「]?(?:其他|其它)[”\"'’」]?|"
                                 r"\b(?:the )?(?:remaining|leftover|last|third) ['‘\"“]?other['’\"”]?(?! (?:organi[sz]ations?|orgs?|columns?|bodies|applicants?))", re.I)


# "counting only requests from individuals", "just the applications by companies": a column named by who applied
_REQUESTS_FROM_RE = re.compile(r"\b(?:requests?|applications?|ones?)\s+(?:from|by|of)\s+(?:the\s+)?(?:individuals?|natural persons?|citizens?|people|"
                               r"private (?:citizens|individuals)|compan(?:y|ies)|firms?|businesses|enterprises|legal persons?|"
                               r"research institutions?|law firms?|legal service|non-?profits?|social (?:organi[sz]ations?|welfare)|"
                               r"other (?:organi[sz]ations?|bodies))|"
                               # "这个数含法律服务机构的申请吗？": the column said with 申请
                               r"(?:自然人|个人|商业企业|企业|公司|科研机构|社会公益组织|法律服务机构|律所|其他组织|法人或其他组织)(?:提出|提交|递交|提)?的申请", re.I)


def _requests_from_column(text: str, key_groups: list[list[str]], context: "Query | None") -> list[list[str]]:
    """"…answered 'not held' in 2025?" → "And in its 2019 report, counting only requests from individuals?":
    the row asked before, in the column named — 'requests' is how the column is said, not the row of
    requests received."""
    if context is None or len(context.keys) != 1 or len(key_groups) != 1 or len(key_groups[0]) != 1:
        return key_groups
    prev, new = context.keys[0], key_groups[0][0]
    if not (prev.startswith("requests.") and new.startswith("requests.received.")) or prev.startswith("requests.received.") \
            or not _REQUESTS_FROM_RE.search(text) or _RECEIVED_SAID_RE.search(_REQUESTS_FROM_RE.sub(" ", text)):
        return key_groups
    key = f"{prev.rsplit('.', 1)[0]}.{new.rsplit('.', 1)[1]}"
    return [[key]] if key in lexicon.key_catalog() and key != prev else key_groups


# "维持、纠正、其他、未审结后面的“总计”格子", "the 'total' cell after the four outcomes": the printed total of the
# parts listed, which the question names by its cell
_TOTAL_CELL_RE = re.compile(r"(?:后面|后边|之后|旁边|最后)的?\s*[“\"‘'「]总计[”\"’'」]|[“\"‘'「]总计[”\"’'」]\s*(?:那)?(?:一)?(?:格|栏|列|格子)|"
                            r"总计(?:那)?(?:一)?(?:格子|格)|\bthe ['‘\"“]total['’\"”] (?:cell|column|box)\b|"
                            # "if I add up the four reconsideration outcomes (…), what total should the table print?"
                            r"\bwhat total (?:should|does|would|will|did) (?:the |its |that )?(?:table|report|row|form) (?:print|show|give|list)\b|"
                            r"\bwhat (?:should|does) the (?:table|report) (?:print|show) (?:as|for) (?:the |its )?total\b|\b(?:the )?printed total\b", re.I)


# "under 'other handling', the line simply called 其他", "其他处理下面叫“其他”的那一行": the sub-item printed 其他
_NAMED_OTHER_LINE_RE = re.compile(r"['‘\"“]3\.?\s*others?['’\"”]?\s+(?:line|row|sub-?row|item|sub-?item|entry)\b|"
                                  r"第\s*[3三]\s*(?:小|子|分)?项\s*[“\"‘'「]?(?:其他|其它)|"
                                  r"\b(?:line|row|sub-?row|item|sub-?item|entry)\s+(?:that is\s+|that's\s+)?(?:simply\s+|just\s+|plainly\s+)?"
                                  r"(?:called|named|labell?ed|marked|headed)\s+['‘\"“]?(?:其他|其它|other)\b|"
                                  r"(?:叫|名为|写着|标着)[“\"‘'「]?(?:其他|其它)[”\"’'」]?的?(?:那)?(?:一)?(?:行|项|栏|小项)", re.I)


# "How many requests from that group were granted in full?" after a column's figure: that column of the row named now
_SAME_COLUMN_RE = re.compile(r"\b(?:from|of|in|by) (?:that|this|the same|those|these) (?:group|column|category|type|kind|sort)\b|"
                             r"(?:这|那)(?:一)?(?:类|栏|列)(?:申请人|单位|组织)?(?:的|里|中)", re.I)


def _same_column_group(text: str, key_groups: list[list[str]], context: "Query | None") -> list[list[str]]:
    if context is None or len(context.keys) != 1 or len(key_groups) != 1 or not _SAME_COLUMN_RE.search(text):
        return key_groups
    before = context.keys[0].split(".")
    if before[0] != "requests" or before[-1] == "total" or len(before) < 3:
        return key_groups
    out = [f"{k.rsplit('.', 1)[0]}.{before[-1]}" for k in key_groups[0] if k.startswith("requests.") and k.endswith(".total")]
    out = [k for k in out if k in lexicon.key_catalog()]
    return [out] if out else key_groups


def _named_other_line(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    if not _NAMED_OTHER_LINE_RE.search(text):
        return key_groups
    out = []
    for g in key_groups:
        sub = [k for k in g if k.startswith("requests.other.other.")] or [
            f"requests.other.other.{k.split('.')[2]}" for k in g if k.count(".") == 2 and k.startswith("requests.other.")]
        out.append([k for k in sub if k in lexicon.key_catalog()] or g)
    return out


def _named_total_cell(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """The parts of one row or group listed, then the cell printed after them named as its total: that total."""
    # (not an aside about the total cell: "…四格加起来是多少？（总计格是空的）")
    unbracketed = re.sub(r"[（(][^（）()]*[）)]", " ", text)
    m = _TOTAL_CELL_RE.search(unbracketed)
    if len(key_groups) < 2 or not m or re.match(r"[^，,。？?]{0,3}(?:是空|空白|没填|未填|为空|空着)|\s*(?:is|was) (?:blank|empty)",
                                                 unbracketed[m.end():], re.I):
        return key_groups
    heads = {g[0].rsplit(".", 1)[0] for g in key_groups}
    if len(heads) != 1 or not all(len(g[0].split(".")) == 3 for g in key_groups):
        return key_groups
    total = f"{heads.pop()}.total"
    return [[total]] if total in lexicon.key_catalog() else key_groups


def _other_sibling(text: str, key_groups: list[list[str]], context: "Query | None") -> list[list[str]]:
    """"…missed the deadline to supplement?" → "And for 'other' reasons?": beside an overdue sub-item of
    其他处理, its third sub-item (printed 其他), in the column asked."""
    if context is not None and len(context.keys) == 1 and context.keys[0].startswith("requests.other.") \
            and _REMAINING_OTHER_RE.search(text) and len(key_groups) == 1 \
            and all(k.startswith("requests.other.") for k in key_groups[0]):
        # "剩下“其他”那一项里，商业企业有几件？": the sub-item 其他, in the column named now
        key = f"requests.other.other.{key_groups[0][0].rsplit('.', 1)[1]}"
        return [[key]] if key in lexicon.key_catalog() else key_groups
    if context is not None and len(context.keys) == 1 and not key_groups and context.keys[0].startswith("requests.other.") \
            and (_NAMED_OTHER_LINE_RE.search(text) or re.search(r"(?:那|这)?[“\"‘'「](?:其他|其它)[”\"’'」](?:那)?(?:一)?(?:小)?项", text)):
        # "淮安2024年其他处理一共多少" → "那“其他”那一项呢", "其中第3小项“其他”是多少": the group's sub-item 其他
        key = f"requests.other.other.{context.keys[0].rsplit('.', 1)[1]}"
        return [[key]] if key in lexicon.key_catalog() else key_groups
    if context is not None and len(context.keys) == 1 and not key_groups and context.keys[0].startswith("requests.") \
            and context.keys[0].rsplit(".", 1)[1] in _ORG_COLUMNS and _OTHER_COLUMN_RE.search(text):
        # "Huai'an 2024: new requests from businesses?" → "How many were 'other'?": the same row's column of
        # other organisations (其他), beside the organisation column just asked
        key = f"{context.keys[0].rsplit('.', 1)[0]}.other_org"
        return [[key]] if key in lexicon.key_catalog() else key_groups
    if context is None or len(context.keys) != 1 or not context.keys[0].startswith("requests.other.overdue_") \
            or not _OTHER_SIBLING_RE.search(text):
        return key_groups
    key = f"requests.other.other.{context.keys[0].rsplit('.', 1)[1]}"
    return [[key]] if key in lexicon.key_catalog() else key_groups


# "Leave them out then — how many organisation requests are left?", "剩下的呢": what is left of a whole once
# the part just given is taken out
_LEFT_OUT_RE = re.compile(r"\bleav(?:e|ing) (?:them|those|these|it|that) out\b|\bleav(?:e|ing) (?:the )?[\w'’ -]{2,30}? out\b|\b(?:are|is|were|was) left\b|\bleft over\b|"
                          r"\bremain(?:s|ing|der)?\b|\bthe rest\b|\b(?:excluding|without|minus) (?:them|those|these|that|it)\b|"
                          r"剩下|剩余|其余|余下|(?:去掉|除去|扣除|减去|不算)(?:这些|它们|他们|那些|这部分|这个|这一块)", re.I)


def _rest_of_whole(text: str, key_groups: list[list[str]], context: "Query | None") -> tuple[list[list[str]], bool]:
    """After a whole of table 三 (a row's total or its five organisation columns) and then one of its
    applicant columns, "how many are left?" asks the whole's other columns, added — the rest named
    by the whole again or by nothing (a column named now is asked itself: "剩下的是自然人吧？")."""
    if context is None or len(context.keys) != 1 or len(context.previous_keys) != 1 or not _LEFT_OUT_RE.search(text):
        return key_groups, False
    whole, part = context.previous_keys[0], context.keys[0]
    if not (whole.startswith("requests.") and part.startswith("requests.")):
        return key_groups, False
    (w_row, w_col), (p_row, p_col) = whole.rsplit(".", 1), part.rsplit(".", 1)
    within = {"total": ("natural_person",) + lexicon.ORG_COLUMNS, "legal_person": lexicon.ORG_COLUMNS}.get(w_col, ())
    taken = set(lexicon.ORG_COLUMNS) if p_col == "legal_person" else {p_col}
    if w_row != p_row or not taken < set(within) or (key_groups and not (
            len(key_groups) == 1 and key_groups[0][0] in (whole, part))):
        return key_groups, False
    cat = lexicon.key_catalog()
    rest = [[f"{w_row}.{c}"] for c in within if c not in taken and f"{w_row}.{c}" in cat]
    return (rest, True) if rest else (key_groups, False)


# "…from legal service institutions?" → "how many requests from such institutions did it carry over?": the
# applicants just asked about, pointed back at (not every organisation, nor every applicant)
_SAME_APPLICANTS_RE = re.compile(r"\b(?:such|those|these|the same) (?:institutions?|firms?|bodies|organi[sz]ations?|applicants?|"
                                 r"entities|requesters|filers)\b|\bfrom (?:them|those|these)\b|\btheir (?:requests|applications)\b", re.I)


_APPLICANTS_NAMED_EN = re.compile(r"\b(?:organi[sz]ations?|companies|businesses|firms|enterprises|individuals|natural persons|citizens|"
                                  r"research (?:bodies|institutes|institutions)|public[- ]interest (?:bodies|groups|organi[sz]ations)|"
                                  r"legal[- ]service (?:bodies|firms|institutions|organi[sz]ations)|law firms|NGOs)\b", re.I)


def _applicants_pointed_back(text: str, key_groups: list[list[str]], context: "Query | None") -> list[list[str]]:
    """A row asked of the applicants the turn before counted ("such institutions", "their requests"): that
    applicant column, in place of the row's total or its five organisation columns."""
    m = _SAME_APPLICANTS_RE.search(text)
    if context is None or len(context.keys) != 1 or not key_groups or not m:
        return key_groups
    if _APPLICANTS_NAMED_EN.search(text[:m.start()]):
        return key_groups  # "I should have said organisations - how many from them?": the applicants just named
    col = context.keys[0].rsplit(".", 1)[1]
    if not context.keys[0].startswith("requests.") or col in ("total", "legal_person"):
        return key_groups
    cat = lexicon.key_catalog()
    return [_unique(f"{k.rsplit('.', 1)[0]}.{col}" if k.startswith("requests.") and k.rsplit(".", 1)[1] in ("total", "legal_person")
                    and f"{k.rsplit('.', 1)[0]}.{col}" in cat else k for k in g) for g in key_groups]


# "…close out in 2024 in total, including ones carried in from before?", "一共办结多少件，包括上年结转的": the
# requests handled, which hold the carried-over ones already (the carried-over row is what they include)
_INCLUDING_CARRIED_RE = re.compile(r"\b(?:including|incl\.?|counting)\s+(?:the\s+)?(?:ones|those|requests|cases|applications)?\s*"
                                   r"(?:that\s+(?:were|had been)\s+)?(?:carried|brought|rolled)[\s-]+(?:in|over|forward)\b|"
                                   r"(?<![不没])(?:包括|包含|含|连同|算上)(?:了)?(?:从)?(?:上一?年度?|去年|往年|以前|之前)?(?:结转|转过来|转来|遗留)(?![^，,。？?]{0,12}(?:吗|么|没有|了没))|"
                                   # "…办结了多少申请，上年结转的也算上？"
                                   r"(?:上一?年度?|去年|往年)(?:结转|转过来|转来|遗留)(?:过来)?的(?:也|都)(?:算上|算进去|算在内|包括在内|计入)(?:的话)?\s*[？?。]?\s*$", re.I)
_HANDLED_VERB_RE = re.compile(r"\bclos(?:e|ed|ing) (?:out|off)\b|\bwrap(?:ped|ping|s)? up\b|\bfinish(?:ed|ing)?\b|\bdispos(?:e|ed) of\b|\bhandl(?:e|ed|ing)\b|\bprocess(?:ed|ing)?\b|\bdealt with\b|"
                              r"\bdeal with\b|\bresolv(?:e|ed)\b|\bconclud(?:e|ed)\b|办结|办理|处理|答复", re.I)


def _handled_including_carried(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """The requests handled "including those carried over": the handled total (表三（七）总计), which
    counts the carried-over ones with the new — never the carried-over row alone, nor the two added."""
    m = _INCLUDING_CARRIED_RE.search(text)
    flat = [k for g in key_groups for k in g]
    if not m or not flat or not (_HANDLED_VERB_RE.search(text[:m.start()]) or any(".total_processed." in k for k in flat)) \
            or not all(k.startswith(("requests.carried_over.", "requests.total_processed.")) for k in flat):
        return key_groups
    cols = {k.rsplit(".", 1)[1] for k in flat}
    key = f"requests.total_processed.{cols.pop()}" if len(cols) == 1 else None
    return [[key]] if key in lexicon.key_catalog() else key_groups


def _cumulative_of_published(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"the cumulative number of normative documents … had made public", "Cumulatively, how many regulations
    had it made public — the running total, not the new ones?": 'made public' is the verb of the total
    published, not a second measure beside it (a sum or a change still reads both)."""
    flat = [k for g in key_groups for k in g]
    tot = [k for k in flat if k.endswith(".total_published")]
    items = {k.rsplit(".", 1)[0] for k in flat}
    if len(tot) >= 2 and len(tot) == len(items) and _CUMULATIVE_RE.search(text) and _SUM_RE.search(text) \
            and not _DIFF_RE.search(text) and not re.search(r"\bnew(?:ly)?\b|\bthis year\b|\bplus\b|本年|当年|新", text, re.I) \
            and all(k.rsplit(".", 1)[1] in ("total_published", "published") for k in flat):
        # "cumulative published totals of regulations and normative documents, combined": each item's total, added
        return [[k] for k in tot]
    # ("the running total of regulations": the total published named, no sum asked)
    summed = _SUM_RE.search(re.sub(r"\b(?:running|cumulative) total(?: number)?(?: of)?\b", " ", text, flags=re.I))
    if len(tot) != 1 or not _CUMULATIVE_RE.search(text) or summed or _DIFF_RE.search(text):
        return key_groups
    item = tot[0].rsplit(".", 1)[0]
    # ("Cumulatively, how many … had it put out to the public": a verb of issuing, the running total named outright)
    verbs = ("total_published", "published") + (
        ("issued", "made") if re.search(r"\bcumulative(?:ly)?\b|\brunning total\b|累计", text, re.I)
        and not re.search(r"\bnew(?:ly)?\b|\bthis year\b|\bthat year\b|\bin the year\b|本年|当年|新", text, re.I) else ())
    if not all(k.rsplit(".", 1)[0] == item and k.rsplit(".", 1)[1] in verbs for k in flat):
        return key_groups
    return [[tot[0]]]


_REFUSAL_WORD_RE = re.compile(r"\bturn(?:ed|s|ing)? down\b|\brefus\w*|\breject\w*|\bden(?:y|ied|ies)\b|\bdeclin\w*|\bknock(?:ed)? back\b|"
                              r"拒绝|被拒|拒了|驳回|没给|不给", re.I)


def _sub_item_over_refusal_word(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"how many requests did it turn down because the applicant had already asked the same thing?": a
    sub-item of one group (不予处理 › 重复申请) named beside a word of refusing that alone reads as another
    group's whole (不予公开): the sub-item is the reason given, the refusal only how it ended."""
    flat = [k for g in key_groups for k in g]
    if len(flat) != 2 or _SUM_RE.search(text) or not _REFUSAL_WORD_RE.search(text):
        return key_groups
    whole = [k for k in flat if k.startswith("requests.") and k.count(".") == 2]
    part = [k for k in flat if k.startswith("requests.") and k.count(".") == 3]
    if len(whole) != 1 or len(part) != 1 or whole[0].split(".")[1] == part[0].split(".")[1] \
            or whole[0].split(".")[1] not in ("withheld", "not_processed") \
            or whole[0].rsplit(".", 1)[1] != part[0].rsplit(".", 1)[1]:
        return key_groups
    return [[part[0]]]


def _stock_in_force(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"stock of valid normative documents", "现行有效的存量": the documents in force, not the total
    published ('stock' names the count of what stands, 'valid' which)."""
    flat = [k for g in key_groups for k in g]
    items = {k.rsplit(".", 1)[0] for k in flat}
    if len(items) != 1 or {k.rsplit(".", 1)[1] for k in flat} != {"total_published", "in_force"} \
            or not re.search(r"\bvalid\b|\bin force\b|\bcurrently (?:valid|effective|in effect)\b|\bstill (?:valid|effective|in effect)\b|现行有效|仍然有效|有效", text, re.I) \
            or _SUM_RE.search(text) or _DIFF_RE.search(text):
        return key_groups
    return [[k for k in g if not k.endswith(".total_published")] for g in key_groups if any(not k.endswith(".total_published") for k in g)]


def _qualified_out(text: str, hits: list[Hit], offset: int = 0) -> bool:
    """A part no cell holds (a second-instance appeal, a topic, a body acting for another) — but not
    "of those, how many were about protecting a third party's rights?", whose topic is a ground the
    table prints as a row of its own."""
    m = _QUALIFIED_OUT_RE.search(text)
    if not m:
        return False
    if re.match(r"\b(?:of|among)\b", m.group(0), re.I) and any(
            m.end() <= h.start - offset <= m.end() + 30 and any(isinstance(x, Sense) and x.kind == "row" and "." in x.value
                                                       for x in h.payloads) for h in hits):
        return False
    return True


# "受理的申请中，申请人主动撤回的": a quantity narrowed to a part of itself
# "不掌握的申请里，有多少是因为…": the reason of a part of the row asked
# (or the way a part came: "自然人申请有多少是用手机提交的", "…有几件是通过网站…")
_REASON_OF_PART_RE = re.compile(r"(?:(?:其中|当中|之中|中|里面|里)[，,]?\s*(?:有)?|申请有)(?:多少|几)(?:件|个|起|项)?(?:是)?(?:因为|由于|出于|用|通过|经由|借助)")
# the grounds of a partial disclosure: "部分公开的申请里，是因为…才部分公开的", "of the partly granted ones, how many were
# partial because of privacy?"
_PARTIAL_BY_REASON_RE = re.compile(
    r"部分公开的?(?:申请|件|那些|案件)?(?:里|中|当中|之中|其中|里面)[，,]?[^？?。]{0,12}?(?:因为|由于|出于|基于|是因|涉及)[^？?。]{1,24}?(?:才|而)?(?:被)?部分公开|"
    r"\b(?:of|among) (?:the |those |these )?(?:\d+ )?(?:partly|partially|part-)\s*(?:disclosed|granted|released|opened)[^?]{0,80}?"
    r"\b(?:partial|partly|partially)\b[^?]{0,20}?\b(?:because of|due to|on (?:the )?grounds? of|for reasons? of|owing to)\b", re.I)
_PARTITIVE_GAP = re.compile(r"的?\s*(?:申请|案件|事项)?\s*(?:(?:其中|当中|之中|中|里面|里)[，,、：:\s]*(?:申请人|由|有|被)?|"
                            # ("自然人申请有多少是用手机提交的": no 中, the count then 是)
                            r"[，,]?\s*有(?=(?:多少|几)(?:件|个|起|项|宗)?(?:是|为)))"
                            # ("予以公开的申请中，有多少是当天就答复的", "纠错的案件中，有几件是因为程序违法")
                            r"(?:(?:多少|几)(?:件|个|起|项|宗)?(?:是|为|属于)?(?:因为|由于|出于)?(?:被)?)?"
                            # ("不掌握的里面，有几件是因为信息已经销毁": the thing the part is about, then its words)
                            r"(?:(?:相关)?(?:政府)?(?:信息|材料|文件|档案))?")


# words too common to tell one part of a whole from another
_PART_WORDS_GENERIC = frozenset(
    "reason reasons information info request requests application applications other others total case cases all "
    "together ones them they their were was been have has had with from that this these those about because would "
    "could should they'd someone somebody people person government agency office court against went category "
    "categories told ever true going still over running city's county's favour favor".split())


@lru_cache(maxsize=1)
def _part_vocab() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each whole with parts (a row of table 三 with sub-items, an appeals group with its
    outcomes): the Chinese two-character pieces and the English words of its parts' terms."""
    zh: dict[str, set[str]] = {}
    en: dict[str, set[str]] = {}
    for t, lang, sense in lexicon.terms():
        if sense.kind == "row" and "." in sense.value:
            whole = sense.value.split(".")[0]
        elif sense.kind == "outcome" and sense.value != "total":
            whole = "appeals"
        else:
            continue
        if lang == "zh":
            zh.setdefault(whole, set()).update(t[i:i + 2] for i in range(len(t) - 1) if _CJK.fullmatch(t[i]) and _CJK.fullmatch(t[i + 1]))
        else:
            en.setdefault(whole, set()).update(_norm_token(w) for w in re.findall(r"[a-z']+", t)
                                               if len(w) >= 4 and w not in _PART_WORDS_GENERIC)
    return {w: (frozenset(zh.get(w, ())), frozenset(en.get(w, ()))) for w in set(zh) | set(en)}


# words that count or name a whole: left over beside a group's total they ask for the whole itself
_WHOLE_WORDS_RE = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|all|every|each|everything|whole|entire|total|overall|"
    r"categor(?:y|ies)|groups?|blocks?|reasons?|grounds?|kinds?|types?|sub-?items?|sub-?rows?|rows?|lines?|parts?|"
    r"together|combined|counting|count|ended|outright|like|own|mine|such|similar|thesis|table|section|"
    r"outcomes?|results?|processing|handling|cases?|applications?|requests?|figures?|numbers?|report(?:ed)?)|"
    r"信息|来自|申请|数字|数量|情况|"
    r"[一二三四五六七八两几各]?(?:大类|小类|小项|大项|类|项|种理?)|我一|八小|五小|三小", re.I)
_WHOLE_CUE_RE = re.compile(r"\b(?:total|all|every|whole|entire|sum|add(?:ed)?|together|combined|altogether|overall)\b|"
                           r"合计|一共|总共|共计|总数|总计|全部|所有|加起来|加一起|加在一起|大类|各种", re.I)


def _group_total_with_words_left(key_groups: list[list[str]], unexplained: list[str], text: str) -> bool:
    """A group of table 三 read whole (不予处理, 不予公开 …) while words no term reads are left and
    nothing asks for the whole ("一口气申请特别多、数量明显超出合理范围被不予处理的", "refused because the
    asker filed the same thing twice"): the words name one of its parts, in words the reading does
    not know; the group's total is not the answer."""
    if len(key_groups) != 1 or not unexplained or _WHOLE_CUE_RE.search(text):
        return False
    p = key_groups[0][0].split(".")
    if not (p[0] == "requests" and len(p) == 3 and lexicon.REQUEST_SUB_ITEMS.get(p[1])):
        return False
    # (two words or more: one stray word — "processing", "来自", "信息", "outcomes" — is how people talk)
    return sum(not _WHOLE_WORDS_RE.fullmatch(w) for w in unexplained if w.lower() not in ("ones", "one")) >= 2


def _unexplained_names_a_part(key_groups: list[list[str]], unexplained: list[str]) -> bool:
    """One whole read (不予公开, 行政复议 …) while words nothing explains share a piece with one of
    its parts' terms ("会影响安全稳定" ~ 社会稳定, "stood" ~ …): the part was meant, in words the
    reading does not know, so the whole's cell is not the answer."""
    if len(key_groups) != 1 or not unexplained:
        return False
    p = key_groups[0][0].split(".")
    if p[0] == "requests" and len(p) == 3:
        whole = p[1]
    elif p[0] == "appeals" and p[-1] == "total":
        whole = "appeals"
    else:
        return False
    zh, en = _part_vocab().get(whole, (frozenset(), frozenset()))
    for w in unexplained:
        if _CJK.search(w):
            if any(w[i:i + 2] in zh for i in range(len(w) - 1)):
                return True
        elif _norm_token(w.lower()) in en and w.lower() not in _PART_WORDS_GENERIC:
            return True
    return False


# a ranking follow-up that sets new bodies beside the one asked before ("跟洪泽、沭阳比，三家里谁最多",
# "compared with Hongze and Shuyang, which of the three…")
_WITH_PREVIOUS_RE = re.compile(r"^\W*(?:那|那么)?(?:跟|和|与|同)[^，,。？?]{2,40}?(?:比|相比|比较|对比)|(?:三|四|五)家里|(?:三|四|五)个(?:单位|地方)里|"
                               # "三个里面谁最少", "这三家当中": the bodies asked so far, counted
                               r"(?:三|四|五)(?:个|家)(?:单位|地方)?(?:里面|里头|之中|当中|中间|中)|"
                               # "把淮安2024、沭阳2025也算上，三家谁新收最少？": bodies added to the one just asked
                               r"^\W*(?:那|那么)?(?:再)?把[^，,。？?]{2,40}?(?:也|都)?(?:算上|加上|加进来|算进来|放进来|一起算|算进去|加进去)|(?:三|四|五)家(?=谁|哪)|"
                               # "拿这个数跟沭阳2025年、上海市府办2019年比": the figure just given, held against others
                               r"^\W*(?:那|那么)?(?:拿|把|用)(?:这个|那个|这|它)(?:数|数字|数据|结果)?(?:去)?(?:跟|和|与|同)[^，,。？?]{2,40}?(?:比|相比|比较|对比)|"
                               r"\bcompared? (?:with|to)\b|\bagainst\b|\b(?:of|among) (?:the|all) (?:three|four|five)\b|\ball three\b|"
                               # "Put that next to Hongze District 2023 and …", "Set it beside …", "Line it up with …"
                               r"\b(?:put|set|place|line|stack) (?:that|this|it|them|those)(?: up)? (?:next to|beside|alongside|with|against)\b", re.I)
# the two things the last two turns asked for, pointed back to ("这两个加起来", "两组加起来", "add those two")
def _given_key(context: "Query") -> bool:
    """The turn before answered one cell: one key, or one key with the other reading of its words beside it
    ("结转的" read 上年结转, 结转下年 its alternative)."""
    return len(context.keys) == 1 or bool(
        context.keys and context.alternatives and set(context.keys[1:]) <= set(context.alternatives.get(context.keys[0]) or []))


def _one_cell(keys: list[str]) -> bool:
    """One cell asked: a single key, or one row or item read in each format's own label (its keys
    differ only in their last part: 制作/印发 of the normative documents)."""
    return len(keys) == 1 or (len(keys) > 1 and len({k.rsplit(".", 1)[0] for k in keys}) == 1
                              and not keys[0].startswith("requests."))


# which of the applicant columns of a row is largest ("Which single type of organization sent the most?", "哪一类组织申请最多")
# (not "哪类单位", "which kind of bodies": the bodies held, ranked)
_WHICH_COLUMN_RE = re.compile(r"\bwhich (?:single |one |particular )?(?:type|kind|category|sort|class) of (?:organi[sz]ations?|orgs?|applicants?|requesters?|"
                              r"legal persons?|senders?)\b|哪(?:一)?(?:类|种)(?:法人|组织|申请人)", re.I)
# "两样合起来", "二者加起来一共", "both of them together": two things added, the one just given and the one named now
# a bare ask to add the two figures just given ("合计多少", "Put together?")
_BARE_BOTH_RE = re.compile(r"\W*(?:那|那么|so|and|ok)?\s*(?:两个|两项|这两个|这两项|那两项|那两个|两类|这两类|那两类|二者|两者)?"
                           r"(?:合计|加起来|加在一起|合起来|加一起|一共|总共|合到一起|合在一起|凑一起|凑到一起|凑在一起|放一起|放到一起)"
                           r"(?:是|有)?(?:多少|几件)?(?:件)?(?:呢)?\W*|"
                           # "把两个加起来给我个总数。": the two figures just given, added
                           r"\W*(?:那|那么)?(?:你)?(?:帮我|给我)?(?:把)?(?:这|那)?(?:两个|两项|俩|两个数|两样)(?:数)?(?:加起来|加在一起|合起来|加一起|相加)[，,\s]*"
                           r"(?:(?:给我|告诉我|帮我)?(?:算|报|说)?(?:一下|个|一个)?(?:总数|合计|总共多少|一共多少|是多少|多少))?\W*|"
                           # "So partial plus full comes to what?": the two just given, named
                           r"\W*(?:and\s+|so\s+|ok,?\s+)?(?:the\s+)?[a-z' -]{2,25}? plus (?:the\s+)?[a-z' -]{2,25}? (?:comes? to|makes?|is|adds? up to|totals?) what\W*|"
                           r"\W*(?:and\s+|so\s+|ok,?\s+)?(?:(?:both|the two|them) )?(?:put together|added together|added up|combined|together|"
                           r"add them up|add them together)\W*", re.I)
_ROWS_ADDED_RE = re.compile(r"\b(?:the|these|those|both) (?:two )?rows\b|(?:这|那)?两行", re.I)
_BOTH_ADDED_RE = re.compile(r"(?:两样|两者|二者|两项|两个|这俩|两类)(?:的)?(?:数)?(?:合起来|加起来|加在一起|合在一起|合计|相加|一共|总共|共)|"
                            # "这个数包括部分公开吗？没包括的话，加上部分公开一共多少": the thing checked added to the figure
                            r"(?:^|[，,\s])(?:再)?(?:加上|算上|连上)[^，。？?]{1,12}?(?:以后|之后|的话)?[，,\s]*(?:总共|一共|合计|总计|共)|"
                            # "713里有没有算上年结转的？连那部分也算上，总共多少件"
                            r"(?:连|把)?(?:那|这)(?:部分|些|几件|一部分)(?:也|都)?(?:算上|加上|算进去|加进去|算进来|加进来|计入)[，,\s]*(?:总共|一共|合计|总计|加起来|一起)|"
                            r"\bboth (?:of them |together |combined )?(?:together|combined|added)\b|\b(?:the two|both) (?:added|combined|together)\b|"
                            r"\b(?:add|combine|sum) (?:the two|both)\b|"
                            # "Does that include the ones carried over from 2018? If not, what do the two add up to?"
                            r"\b(?:the two|both)(?: of them)? (?:add up to|come to|make|total)\b|"
                            # "If not, give me the total with them included.": the figure just given and the part named
                            r"\btotal (?:with|including) (?:them|those|these|it)(?: (?:included|in|added|counted))?\b|"
                            r"\bwith (?:them|those|these) (?:included|added|counted|thrown in)\b|"
                            # "Does that include the partial disclosures? If not, add them in."
                            r"\b(?:add|put|throw|count) (?:them|those|these|it) in\b|"
                            # "What's the total if you add them?", "what's the total once partial ones are included?"
                            r"\btotal if (?:you|we|i) (?:add|include|count) (?:them|those|these|it)\b|"
                            r"\btotal once (?:the )?[\w' -]{0,30}? (?:are|is) (?:included|added|counted|in)\b", re.I)
# "Lawsuits after reconsideration?" → "And lawsuits filed directly?" → "Add those to the reconsideration cases":
# the cells the last two turns gave (a plural pointing back, added to a new cell)
_ADD_THOSE_TO_RE = re.compile(r"\b(?:add|adding)\s+(?:those|these|them)\s+(?:to|onto)\b|\b(?:those|these)\s+plus\b", re.I)
_TWO_BACK_RE = re.compile(r"^\W*(?:这|那)?(?:两|二)种(?:情况|情形|原因)|这(?:两|二)(?:个|项|类|种|组|格|栏|列|样|行)|(?:后|最后|后面|最后面)(?:这|那)?(?:两|二)(?:个|项|类|种|组|格|栏|列|样|行)|那(?:两|二)(?:个|项|类|种|组|格|栏|列|样|行)|^\W*两(?:个|项|组|类|格|栏|列|样|行)|^\W*(?:这|那)?俩|"
                          r"\b(?:these|those|the) two\b|\bboth\b|\b(?:these|those|the) last two\b|"
                          # "What does that add up to?": the two cells just given
                          r"^\W*what (?:does|do) (?:that|those|these|they|it|this) (?:all )?add up to\W*$|"
                          # "Add them up for me.", "Combine them, please": the two cells just given
                          r"^\W*(?:(?:please|pls|plz|now|ok|okay|then|so|and|can you|could you)[,\s]+)*(?:add|sum|total|combine)\s+(?:them|these|those)(?:\s+(?:up|together))?(?:\s+for me)?(?:,?\s+(?:please|pls|plz))?\W*$|"
                          # a bare "Together?", "加起来呢？" after two cells (not "total?": the row's total)
                          r"^\W*(?:and\s+)?(?:together|combined|added (?:up|together))\W*$|"
                          # "Add them together.", "Now sum them up", "把它们加起来": the two cells just given
                          r"^\W*(?:(?:please|now|ok|okay|then|so|and)[,\s]+)*(?:add|sum|total)\s+(?:them|these|those|both|the two)(?:\s+(?:up|together))?(?:,?\s+please)?\W*$|"
                          # ("两者合计是多少件", "两者加一起呢": a measure word after it, the other verbs of adding)
                          r"^\W*(?:那|那么)?(?:把)?(?:它们|他们|这俩|这两个|这两项|两者|二者|两项|两个)(?:加起来|加一下|合起来|加在一起|加一起|合一起|加一块儿?|合一块儿?|加到一块儿?|相加|之和|合计|一共|总共|共计|加总)"
                          r"(?:呢|是多少|多少|有多少|是几|有几|几)?(?:件|个|项|条)?(?:呢)?\W*$|"
                          r"^\W*(?:and\s+)?(?:the\s+)?sum of (?:both|the two|them|these|those)(?: two)?\W*$|"
                          r"^\W*(?:and\s+|so\s+)?what(?:'s|’s| is| was) the combined (?:number|figure|total|count)\W*$|^\W*(?:combined|together|added up)[,\s]+how many\b[^?]{0,40}\b(?:is|are) (?:that|those|these|they)\W*$|"
                          r"^\W*(?:那|那么)?(?:加起来|合起来|加在一起|加一起|放一起|加一块儿?|合一块儿?)(?:呢|是多少|多少|有多少|是几件|几件)?(?:件|个)?(?:呢)?\W*$|"
                          # "Together, that's how many?", "So together that makes how many?", "How many is that together?"
                          r"^\W*(?:(?:and|so|ok|okay|then)[,\s]+)*(?:together|combined|altogether|added up)[,\s]+(?:(?:that|this|it)(?:'s|’s| is| makes| comes to| would be| gives)\s+)?how many(?: (?:is|are) (?:that|those|these|they))?(?: then)?\W*$|"
                          r"^\W*(?:(?:and|so|ok|okay)[,\s]+)*how many (?:is|are|does) (?:that|those|these|they)(?: make| come to)? (?:together|combined|altogether|added up|in all)(?: then)?\W*$|"
                          r"^\W*(?:(?:and|so|ok|okay)[,\s]+)*together[,\s]+(?:that|this|it) (?:makes|comes to|gives)(?: (?:how many|what))?\W*$", re.I)
# "三类加起来", "这三项", "those three", "all three": the cells of the last three turns (or a new one and the last two)
# (not "all three sub-items together", "三个小项": the parts of a row named now)
_THREE_BACK_RE = re.compile(r"(?:这|那)?三(?:个|项|类|种|组|格|栏|列|样|行)(?!小项|子项|细项|分项)|"
                            r"\b(?:these|those|the|all) three\b(?!\s+(?:of\s+(?:its|the|their)\s+)?(?:sub-?items?|sub-?categories|sub-?rows?|sub-?lines?|sub-?types?))", re.I)
# verbs of handing a request in: how it came in, not the row of requests received beside an outcome row
_SUBMITTED_RE = re.compile(r"(?:递上来|递交|交上来|提交|递上去|交上去|提上来|送上来|交来|递来|提|交|递)(?:了)?(?:的)?|申请了|"
                           r"submitted|filed|sent in|handed in|lodged", re.I)
# a follow-up asking for the whole row again ("整个的这一项呢", "and for everyone?")
_WHOLE_ROW_RE = re.compile(r"(?:^|[,，;；]\s*)\W*(?:and\s+|what about\s+|how about\s+)?(?:the\s+)?(?:whole\s+)?(?:row\s+)?total(?:\s+(?:back\s+)?(?:in|for|of)\s+(?:19|20)\d\d)?\W*$|"
                           r"整个|整体|整行|一整行|全部(?:申请人)?的|所有申请人|不分(?:申请人|类型)|合计|总计|总数|总的(?!来说|来看|说来)|\bfor everyone\b|\ball applicants\b|\boverall\b|"
                           r"(?:这|那)(?:一)?行(?:的)?(?:总共|一共|总数|合起来|加起来|全部)|"
                           # "再看看“保护第三方合法权益”那一条，几件？": the line named, whole
                           r"[”」』\"'’](?:那|这)(?:一)?(?:条|行)|"
                           r"\bin total\b|\b(?:the )?whole (?:row|line)\b|"
                           r"\btotal (?:of|for) (?:that|this|the|these|those|the whole) (?:group|row|line|category|kind|type)s?\b", re.I)


# a follow-up asking only "how many in all" ("一共多少", "总共几件呢", "how many altogether?")
_BARE_TOTAL_RE = re.compile(r"\W*(?:那|那么|and|so)?\s*(?:一共|总共|共计|合计|加起来|全部)(?:是|有)?(?:多少|几件|几个)?(?:件|个)?(?:呢|啊)?\W*|"
                            r"\W*(?:and|so)?\s*how many (?:altogether|in all|all together)\W*", re.I)


# words of what happened to requests that no term reads alone ("拒了几件", "没给的呢", "and dropped?",
# "how many got nothing?"): a follow-up made of them asks for another quantity, never the same cell again
_OUTCOME_CHARS = set("拒给驳退撤批准理废告输赢罚绝没未无删改")
# (not the verbs of applying — came, sent, filed, got — which say the requests received)
_OUTCOME_WORDS_EN = {"dropped", "drop", "gave", "give", "given", "provided", "refused", "rejected", "denied", "lost",
                     "won", "closed", "nothing", "none"}


_APPEAL_OUTCOME_CHARS = set("改驳撤输赢")  # (not 告 or 没: "没经过复议直接去法院告的" names the suits)


def _names_an_outcome(masked: str, chars: set[str] = _OUTCOME_CHARS) -> bool:
    rest = re.sub(r"(?:19|20)\d{2}\s*年?度?|\d+|有没有|是不是|有无", " ", masked)
    # "By how much did it drop?", "How big was the drop?": the change of the figure, not requests dropped
    rest = re.sub(r"\b(?:did|has|had|have|does|do|would)\s+(?:it|that|this|they|these|those|(?:the|that|this) (?:figure|number|count|total))\s+"
                  r"(?:drop|fall|go down|decline)\b|\b(?:the|that|this) drop\b|"
                  # "Give me those two combined": the asker's request, not requests given
                  r"\b(?:please\s+|pls\s+|can you\s+|could you\s+|just\s+)?give (?:me|us)\b", " ", rest, flags=re.I)
    if any(ch in chars for ch in _unfilled_cjk(rest)):
        return True
    return any(w.lower() in _OUTCOME_WORDS_EN for w in re.findall(r"[A-Za-z]+", rest))


def _narrowed_by_unexplained(text: str, hits: list[Hit], unexplained: list[str]) -> bool:
    """A term, then 中/其中, then words nothing explains: the question asks for a part of the
    term's quantity that the reader does not know, so the term's own cell is not the answer."""
    for w in unexplained:
        cjk = bool(_CJK.search(w))
        pos = text.find(w) if cjk else next((m.start() for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)), -1)
        if pos < 0:
            continue
        if w in ("来自", "来源于") and any(h.start >= pos + len(w) and re.fullmatch(r"(?:各类|各种|各|所有|全部)?", text[pos + len(w):h.start])
                       and any(isinstance(p, Sense) and p.kind == "column" for p in h.payloads) for h in hits):
            continue  # "不予处理的申请中，来自法人或其他组织的": the word leads to the column read, which is the part
        gap = _PARTITIVE_GAP if cjk else _GROUNDS_GAP  # "withhold for security reasons": a ground not known
        if not cjk and any(isinstance(x, Sense) and x.kind == "row" and "." in x.value for h in hits for x in h.payloads):
            continue  # the ground is read ("because they concerned administrative queries"): its own row
        for h in hits:
            if h.end <= pos and any(isinstance(p, Sense) and p.kind == "row" or cjk and isinstance(p, Sense)
                                    for p in h.payloads) and gap.fullmatch(text[h.end:pos]):
                return True
    return False


# "里面，有几件是", "其中多少为", "结果纠正的，有几件是因为…": a part of the quantity just named is asked
# (里, 中 after 的 or the cases' own noun — not "区里", "表里"; a bare "…的，" only before "有几件是")
_PART_CUE_ZH = re.compile(r"(?:(?:的|案件|案子|官司|复议|诉讼|申请)(?:里面|里头|里|当中|之中|中)|其中)[，,：:\s]*([^。？?]{0,12}?)(?:多少|几)(?:件|个|起|宗|项|家|位)?([^。？?]*)|"
                          r"的[，,]\s*()有(?:多少|几)(?:件|个|起|宗)?(?:是|为|属于)([^。？?]+)")
_PART_FILLER_ZH = re.compile(r"一共|总共|共计|合计|总计|总数|全部|加起来|合起来|加在一起|分别|各自|到底|究竟|大概|一下|[有共是为的了呢吗啊呀么件个起宗项家位都还又，,\s]")
_APPEAL_OUTCOMES = tuple(o for o in lexicon.APPEAL_OUTCOMES if o != "total")  # (upheld, corrected, other, pending)


# "How many of Shuyang's 'not held' replies were because the records had been destroyed?", "Of the 5 lawsuits Huai'an
# lost in 2024, how many were appealed?": a whole named, then what a part of it did or was
_PART_VERBS_EN = r"(?:were|was|did|had|have|has|got|are|is|concerned|concerning|involved|involving|came|went|ended)"
_HOW_MANY_OF_EN = re.compile(r"\bhow many of\s+(?P<whole>[^?]{3,90}?)\s+" + _PART_VERBS_EN + r"\b(?P<rest>[^?]*)", re.I)
_OF_THEN_HOW_MANY_EN = re.compile(r"^\W*(?:(?:and|so|ok|okay|now)[,\s]+)?of\s+(?P<whole>[^,?]{3,90}?),\s*how many\s+(?:of (?:them|those|these)\s+)?"
                                  + _PART_VERBS_EN + r"?\b(?P<rest>[^?]*)", re.I)


def _part_of_named_en(text: str, hits: list[Hit], unexplained: list[str]) -> bool:
    """A quantity named as a whole ("how many of <whole> were …", "of <whole>, how many …") and the part asked
    in words no term reads, with no term of another cell among them ("…were because the records had been
    destroyed", "…were appealed", "…concerned land requisition", "…were granted on the same day"): no cell
    holds the part."""
    low = {w.lower() for w in unexplained if not _CJK.search(w) and w.lower() not in _PART_WORDS_GENERIC}
    if not low:
        return False
    for rx in (_HOW_MANY_OF_EN, _OF_THEN_HOW_MANY_EN):
        m = rx.search(text)
        if not m:
            continue
        (ws, we), (rs, re_) = m.span("whole"), m.span("rest")
        def senses(a: int, b: int) -> set:
            return {(x.kind, x.value) for h in hits if h.start >= a and h.end <= b
                    for x in h.payloads if isinstance(x, Sense) and x.kind in _KEY_KINDS}
        # (the verbs of any request — "filed", "decided", "handled" — name no part: "were decided in the applicant's
        # favour because of missed deadlines")
        whole, rest = senses(ws, we), senses(rs, re_) - {("row", "received"), ("row", "total_processed")}
        if not whole or rest - whole:
            continue  # nothing read in the whole, or a cell named in the part ("how many of them were from companies")
        words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text[rs:re_])}
        if words & low:
            return True
    return False


def _part_of_an_outcome(text: str, hits: list[Hit], key_groups: list[list[str]]) -> bool:
    """Reviews or lawsuits of one outcome (维持, 纠正 …), then a part of them asked ("复议维持的里面，有几件是
    市政府自己作出的决定", "纠错的案件中有几件涉及征收", "维持的案件中，涉及的行政机关有几个"): table 四 splits appeals
    by outcome and no further, so no cell holds the part — unless the words after the cue name a cell themselves
    (one of several groups asked: "诉讼维持的里面，有几件是复议后起诉的"), or ask for the whole ("中，一共有多少件")."""
    if not key_groups or not all(k.startswith("appeals.") and k.rsplit(".", 1)[1] in _APPEAL_OUTCOMES for g in key_groups for k in g):
        return False
    outcome_ends = [h.end for h in hits if any(isinstance(x, Sense) and x.kind == "outcome" for x in h.payloads)]
    if not outcome_ends:
        return False
    m = _PART_CUE_ZH.search(text, min(outcome_ends))
    if not m or m.start() - min(outcome_ends) > 12:
        return False
    named = _PART_FILLER_ZH.sub("", "".join(g or "" for g in m.groups()))
    if not re.search(r"[\u4e00-\u9fff]|\d", named):
        return False  # "纠正的案件中，一共有多少件": the whole asked again
    groups_asked = {k.split(".")[1] for g in key_groups for k in g}
    for h in hits:
        if h.start >= m.start():
            for x in h.payloads:
                # (a request's row or an applicant's column is no part of an appeal: "有几件是因为超期答复")
                if isinstance(x, Sense) and (x.kind == "outcome" or x.kind == "group" and x.value in groups_asked):
                    return False  # the group asked, the part named ("…维持的里面，有几件是复议后起诉的")
    return True


# "how many full sweeps of the disclosure columns were carried out?": the thing counted, before its verb
_COUNTED_NOUN_RE = re.compile(r"\bhow many\s+((?:[A-Za-z'’-]+\s+){0,5}?[A-Za-z'’-]+?)\s+(?:were|was|are|is|did|do|does|have|has|had|got|"
                              r"get|came|come|went|ended|remained|took|take)\b", re.I)


_COUNTED_NOUN_ZH_RE = re.compile(r"(?:多少|几)(?:份|封|个|件|条|次|场|篇|位|名)([\u4e00-\u9fff]{2,8}?)\s*(?:呢|啊|呀)?\s*[？?。!！]*\s*$")


_COUNTED_PLAIN_RE = re.compile(r"(?:request|requester|requestor|applicant|application|people|person|individual|case|suit|"
                               r"lawsuit|appeal|review|reconsideration|compan(?:y|ie)|firm|organi[sz]ation|bod(?:y|ie)|time|one|item|"
                               r"document|decision|citizen|resident)s?", re.I)


# "…issued 3,985,758 penalty decisions in 2024. How many of them were traffic fines?": a part of a figure the
# asker states, named by words no term reads
_PART_OF_THEM_RE = re.compile(r"\bhow many of (?:them|those|these|that|this)\b\s*([^?.!]{1,60})|"
                              r"(?:其中|这些(?:里面|里|中|当中)?|里面|当中)(?:有)?(?:多少|几)(?:件|个|条|起|项)?(?:是)?([^，。？?！!]{2,16})", re.I)
_STATED_NUMBER_RE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?![\d,]))\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d{2,}(?![\d年])")


def _part_of_stated(text: str, hits: list[Hit], unexplained: list[str]) -> bool:
    """A part of a number the asker states, named by words left unread: no cell holds it."""
    m = _PART_OF_THEM_RE.search(text)
    if not m or not _STATED_NUMBER_RE.search(text[:m.start()]):
        return False
    start, end = m.span(1) if m.group(1) is not None else m.span(2)
    rest = text[start:end]
    if any(h.start < end and h.end > start and any(isinstance(x, Sense) and x.kind in _KEY_KINDS for x in h.payloads)
           for h in hits):
        return False  # the part is a cell ("how many of them were from companies")
    return any(w in rest or w.lower() in rest.lower() for w in unexplained)


def _counted_noun_unknown_zh(text: str, hits: list[Hit], unexplained: list[str]) -> bool:
    """The noun after 多少份, 几封 … — the question's last words — ends in words no term reads ("一共收到多少份群众
    来信？"): what is counted is no quantity of the tables, whatever else the question reads."""
    for w in (w for w in unexplained if _CJK.search(w)):
        for m in _COUNTED_NOUN_ZH_RE.finditer(text):
            # (an applicant's column may be read inside it — 群众来信 — but no other term: "多少件申请拿到了信息")
            if m.group(1).endswith(w) and not any(
                    h.start < m.end(1) and h.end > m.start(1) and any(isinstance(x, Sense) and x.kind != "column" for x in h.payloads)
                    for h in hits):
                return True
    return False


def _counted_thing_unknown(text: str, hits: list[Hit], unexplained: list[str]) -> bool:
    """The noun a "how many" counts is one no term reads ("how many inspections were carried out",
    "how many full sweeps … were done"): the cells read elsewhere in the question (a verb "carried")
    are not what it counts."""
    low = {w.lower() for w in unexplained if not _CJK.search(w)}
    if not low:
        return False
    for m in _COUNTED_NOUN_RE.finditer(text):
        words = re.findall(r"[A-Za-z'’-]+", m.group(1))
        if words[-1].lower() not in low or _COUNTED_PLAIN_RE.fullmatch(words[-1]) or not words[-1].lower().endswith("s"):
            continue  # the head of the counted words is read, or is what the tables count
        if any(h.start < m.end(1) and h.end > m.start(1) and any(isinstance(x, Sense) and x.kind in _KEY_KINDS - {"column"}
                                                                 for x in h.payloads)
               for h in hits):
            continue  # a term is read inside the counted words ("how many corrected reviews were …")
            # (an applicant's column is not: "how many business-support policies were sent in")
        return True
    return False


_GROUNDS_GAP = re.compile(r"\s*(?:the\s+)?(?:requests?|applications?|ones?|them|it)?\s*(?:(?:in|of)\s+\d{4}\s+)?"
                          r"(?:for|because(?: of)?|due to|on (?:the )?grounds? of|citing|since)\s+"
                          r"(?:(?:the|a|an|its|their|info|information|it|they|data|document|would|will|needed|needs?|to|be)\s+){0,6}", re.I)


_KEY_KINDS = frozenset({"row", "column", "group", "outcome", "item", "measure"})
# a number said right before or after a quantity's words ("34 new and 2 inherited requests", "收到17件、办结15件"): a
# figure the asker states, not one asked
_NUMBER_BEFORE_RE = re.compile(r"(?<![\d.])(\d+)\s*(?:件|个)?\s*(?:of them\s+|were\s+|was\s+)?$")
# a number naming a row, an item or a table, not a count ("row 7 total", "表3", "第3项")
_NUMBER_NAMES_RE = re.compile(r"(?:\b(?:rows?|items?|lines?|parts?|steps?|groups?|tables?|sections?|no\.?|number)|[（(第表])\s*$", re.I)
_NUMBER_AFTER_RE = re.compile(r"^\s*(?:了|有|共|为|是|达)?\s*\d+\s*(?:件|个)(?![^，,。；;？?]{0,6}(?:里|中|当中|里面|之中))")


def _stated_dropped(hits: list[Hit], text: str) -> tuple[list[Hit], list[str]]:
    """The hits of quantities the asker states with their numbers, dropped when the rest still names a row
    of its own ("STCSM 2024: 34 new and 2 inherited requests, 1 moved on to the following year - what does
    the (七)总计 row show?", "收到17件、办结15件，那结转下年度的写了几件？"); never when only a column or nothing
    is left ("收到的17件里自然人几件": the whole quoted, a part of it asked)."""
    def keyed(h: Hit) -> set[str]:
        return {x.kind for x in h.payloads if isinstance(x, Sense) and x.kind in _KEY_KINDS}

    stated: set[int] = set()
    for i, h in enumerate(hits):
        if not keyed(h):
            continue
        before = _NUMBER_BEFORE_RE.search(text[:h.start])
        if before and (re.fullmatch(r"(?:19|20)\d\d", before.group(1)) or _NUMBER_NAMES_RE.search(text[:before.start()])):
            before = None  # a year, or a number naming a row or table
        if before or _NUMBER_AFTER_RE.match(text[h.end:h.end + 12]):
            stated.add(i)
        elif i - 1 in stated and not text[hits[i - 1].end:h.start].strip():
            stated.add(i)  # "1 carried forward into the following year": the same phrase
    if not stated:
        return hits, []
    rest = [h for i, h in enumerate(hits) if i not in stated]
    if not any(k in ("row", "group", "item") for h in rest for k in keyed(h)):
        return hits, []
    return rest, _unique([str(x.value) for i in sorted(stated) for x in hits[i].payloads
                          if isinstance(x, Sense) and x.kind in ("row", "group", "item")])

# the asking sentence points back into the story ("on that ground", "像这样", "这种情况"): the story's
# words are part of the quantity asked
_BACK_REF_RE = re.compile(r"\b(?:next to|beside|alongside) (?:it|that|this|them)\b|\b(?:of|in) (?:that|this) (?:total|figure|number|count)\b|(?:它|那格|那一格|这格)(?:的)?旁边|"
                          r"\b(?:that|this|such|those|these|the same|that same|this same)\s+(?:grounds?|reasons?|kinds?|types?|cases?|ways?|"
                          r"situations?|answers?|replies|reply|outcomes?|categor(?:y|ies)|requests?|applications?|suits?|lawsuits?|"
                          r"court cases?|reviews?|reconsiderations?|appeals?)\b|\b(?:of|in) (?:those|these|them)\b|"
                          # "the narrative lumps legal persons and other organisations together. What is that combined figure …?"
                          r"\b(?:that|this|their|the) (?:combined|lumped|joint|merged) (?:figure|number|total|count)\b|"
                          # "…lawsuits after reconsideration is printed as 0. What number sits in that group's 'upheld' cell?"
                          r"\b(?:that|this|the same) (?:group|row|line|block|category)'s\b|\b(?:of|in) (?:that|this|the same) (?:group|row|line|block)\b|该组|这一组|那一组|这组|那组|这些官司|这些案件|这些案子|这些诉讼|这些复议|"
                          r"\blike (?:mine|that|this|it)\b|它们|这种|这样|这类|这么(?:处理|办|答复|回复)|这个(?:理由|原因|情况|结果)|同样|类似|"
                          # "…refused because it concerned internal affairs, so I wonder: … how many were refused for that?"
                          r"\b(?:for|on|over) (?:that|this)(?: (?:reason|ground|basis))?\s*\?", re.I)
# the asking sentence counts applicants like the story's ("people like me", "像他这样的个人")
_LIKE_ME_RE = re.compile(r"\b(?:people|applicants|requesters|individuals|companies|firms|businesses|ones) like (?:me|us|him|her|them|mine)\b|"
                         r"\blike (?:me|us|him|her)\b|像(?:我|我们|他|她|他们)(?:这样|一样)|(?:这样|这类|这种)的?(?:人|个人|企业|公司|单位|申请人)", re.I)
# a department of a local government, named in English (its own report is never the government's)
_EN_DEPARTMENT_RE = re.compile(
    r"(?<!\bour )(?<!\bmy )(?<!\bwe're the )(?<!\bwe are the )\b(civil affairs|education|health|public security|finance|housing(?: and urban[- ]rural development)?|transport(?:ation)?|"
    r"ecology and environment|environment(?:al protection)?|natural resources|human resources(?: and social security)?|"
    r"market (?:regulation|supervision)|agriculture(?: and rural affairs)?|water (?:resources|conservancy)|"
    r"emergency management|taxation|tax|justice|culture(?: and tourism)?|commerce|statistics|audit|veterans affairs|police)"
    r"\s+(?:bureau|department)\b", re.I)
# a department of a local government, named in Chinese ("淮安市2024年住建局收到了几件申请"); a held body's
# own name is masked before this is looked for (淮安市教育局 is held)
_ZH_DEPARTMENT_RE = re.compile(
    # (not the asker: "区司法局让我们核一下…", "我是区民政局的")
    r"(?<![\u4e00-\u9fff]{2}的)(?<!我是)(?<!我在)(?<!我们是)(?<!我们)(?:住建|住房和城乡建设|住房城乡建设|公安|民政|财政|教育|卫健|卫生健康|人社|人力资源和社会保障|自然资源|自然资源和规划|"
    r"生态环境|环保|交通运输|交通|农业农村|农业|水利|水务|应急管理|应急|市场监管|市场监督管理|司法|文旅|文化和旅游|文广旅|商务|统计|审计|"
    r"退役军人事务|税务|城管|城市管理|综合行政执法|发改|发展和改革|发展改革|工信|工业和信息化|医保|医疗保障|体育|林业|信访|大数据|数据|"
    r"行政审批|住保|房管|房产管理|规划|国资|粮食和物资储备)(?:分局|局|委员会|委|厅)(?![\u4e00-\u9fff]{0,2}(?:公开|提供|答复))"
    r"(?!的?(?:同事|同志|工作人员)?(?:让|要|叫|请|委托|安排|托)(?:我|我们|咱))")
# the outcomes of table 三 that part the requests handled (a part ruled out of them leaves the rest)
_HANDLING_OUTCOMES = frozenset({"granted", "partially_granted", "withheld", "unable", "not_processed", "other"})
# every outcome short of 予以公开 ("没有得到全部公开的", "凡是没落到“予以公开”那一档的", "fell short of full disclosure",
# "everything that was not granted in full"): the five other outcome groups
_SHORT_OF_FULL_RE = re.compile(
    r"没(?:有|能)?(?:得到|获得|拿到|被)?(?:全部|完全|全)公开|没(?:有)?落(?:到|在|进)?[“\"‘']?予以公开|未(?:能|被)?(?:全部|完全)公开|"
    r"(?:除了?|除去)[“\"‘']?(?:全部予以|全部|予以)公开[”\"’']?(?:的)?(?:以外|之外|外)|[“\"‘']?予以公开[”\"’']?以外的|"
    r"(?:除了?|除去)[“\"‘']?(?:全部予以|全部|予以)公开[”\"’']?(?:的)?[，,]?\s*(?:其余|其他|剩下|剩余)|"
    # "count every request that did NOT end in full disclosure - partial, refused, …": every outcome short of it
    r"\b(?:did not|didn'?t|does not|doesn'?t|failed to|never) (?:end|result|finish|close|wind) (?:up )?(?:in|with|as) (?:a )?full "
    r"(?:disclosure|release|grant)\b|\bother than (?:a )?full (?:disclosure|release|grant)\b|"
    r"\bfell short of (?:a )?full (?:disclosure|release|grant)|\bshort of (?:a )?full (?:disclosure|release)\b|"
    r"\b(?:not|weren'?t|wasn'?t|were not|was not|never) (?:granted|released|disclosed|given|answered) (?:in full|fully|in their entirety)\b|"
    r"\banything (?:less|other) than (?:a )?full (?:disclosure|grant|release)\b", re.I)
_CARRY_SET_ASIDE_RE = re.compile(
    r"\b(?:without|not counting|excluding|not including|leaving out|leave out|leaving aside|leave aside|setting aside|set aside|"
    r"ignoring|ignore|minus)\s+(?:the\s+|any\s+)?(?:leftovers?|carry-?overs?|backlog|"
    r"(?:requests|applications|ones?) (?:carried|brought|rolled) (?:over|forward|in)|carried[- ]over (?:ones|requests|applications))"
    r"[^,.;?()—–]*|(?:不含|不包括|不算)(?:从)?(?:(?:19|20)\d\d年?)?(?:的)?(?:上年)?(?:度)?结转(?:过来)?(?:的)?", re.I)
_EXCLUDED_CLAUSE_EN_RE = re.compile(r"\b(?:not counting|excluding|except(?: for)?|leaving out|leave out|leaving aside|leave aside|other than|not including|"
                                    r"but not|rather than|not the ones?|not those)\b[^,.;?()—–]*", re.I)
# a question headed by its body and year ("Huaian 2024: …"): what follows is the question, not a story
_HEADED_RE = re.compile(r"^\s*[\w'’.\u4e00-\u9fff]+(?:\s+[\w'’.\u4e00-\u9fff]+){0,4}\s*(?:19|20)\d{2}\s*(?:年)?\s*[:：]")
_LABEL_AFTER_THIS_YEAR_RE = re.compile(r"\s*(?:新|制|发|收|结转|废止|增|减|办|公开|受理|现行|共)")
_BODY_WORD_EN = re.compile(r"\b(?:government|office|district|city|county|bureau|commission|province|provincial|town|"
                           r"township|municipal|municipality|department|committee|administration)\b", re.I)
# a story told in sentences of its own (not in clauses of the asking sentence, whose words may
# still name the quantity: "…第二部分最后有一项政府集中采购，想问采购总金额是多少万元")
# (… or by the comma before the clause that asks: "我是做法律援助的，…，想知道…", "…, so I wonder: …")
_STORY_ENDED_RE = re.compile(r"[。！？!?；;.，,]\s*$")
# the asking sentence counts the applicants the story named ("…企业、机构这些法人或其他组织的吗？它们合起来有几件",
# "the narrative lumps legal persons and other organisations together. What is that combined figure …?")
_STORY_THINGS_RE = re.compile(r"它们|这些(?:组织|单位|机构|法人|企业)|\b(?:that|this|their|the) (?:combined|lumped|joint|merged) "
                              r"(?:figure|number|total|count)\b|\bthose (?:groups|columns|organi[sz]ations)\b", re.I)
# the words that open the asking clause of a one-sentence story (after a comma)
_ASKING_CLAUSE_RE = re.compile(r"[，,]\s*((?:所以|就|我)?(?:想知道|想问一下|想问问|想问|想了解一下|想了解|想查一下|想查查|想确认一下|"
                               r"请问|问一下|问下|麻烦问一下|麻烦问下|帮我查一下|帮忙查一下|能不能告诉我)|"
                               # "Our firm once had a request refused for third-party reasons, so I wonder: in Huaian 2024 how many …"
                               r"(?:so |and )?(?:I (?:wonder|was wondering|am wondering|'m wondering|am curious|'m curious)|I'd like to know)\s*[:,]\s*)", re.I)
_SENTENCE_CUT = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+(?=[A-Z])|"
                           # a phone-typed sentence opening in lower case after a long story ("…rights. shuyang 2025 …")
                           # (or after a year: "…for some papers in 2025. just curious, how many …")
                           r"(?<=[a-z0-9\u4e00-\u9fff)）\]'\"”’]{3}\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bno\.)\s+(?=[a-z])|"
                           # "…arguing about this lol.. how many …": a trailing-off mark ends a sentence too
                           r"(?<=[a-z]\.\.)\s+(?=[a-z])|(?<=[a-z]\.\.\.)\s+(?=[a-z])")


_STATED_PARTS_RE = re.compile(
    r"\b(two|three|four|five|six|seven|eight)\s+(?:[\w'’-]+\s+){0,3}?(?:sub-?rows|rows|sub-?items|items|parts|kinds(?! of (?:internal|process))|types(?! of (?:internal|process))|"
    r"categories|reasons|cells|grounds|figures|numbers|lines|columns)\b|"
    # (not the sub-item's own name, "三类内部事务信息", "three kinds of internal affairs")
    r"(?<![第前\d–\-~～到至])([两二三四五六七八2-8])\s*(?:项|类(?!内部事务|过程性)|种|样|格|栏|个(?:理由|原因|小项|数|情形|(?=加起来|加一起|加在一起|合计|相加|之和|一共|总共)))|"
    # "…, for not paying the fee, and for other reasons — sum of the three?": the count alone
    r"\b(?:sum|total|add(?:ing)?(?: up)?|combin(?:e|ing)|all)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|all\s+)?"
    r"(two|three|four|five|six|seven|eight)\b(?=\s*(?:[?？.,;]|$|combined|together|added))", re.I)


def _stated_parts(text: str) -> int:
    """How many parts an addition says it adds ("the three sub-rows", "这两种", "四格"); 0 if none."""
    m = _STATED_PARTS_RE.search(text)
    if not m:
        return 0
    d = next(g for g in m.groups() if g)
    if d.isdigit():
        return int(d)
    return _EN_NUMBERS.get(d.lower()) or _CN_DIGIT.get(d.replace("两", "二"), 0)


# an addition's parts listed one by one: "sum of petition, duplicate, overdue-fee and 'other' rows",
# "维持、纠正、其他加起来" (how many the list names; a sum of fewer cells is not their total)
_LISTED_SUM_EN_RE = re.compile(r"(?:\b(?:sum|total)\s+of\s+|\badd(?:ing|s)?(?:\s+up)?\s+|\bcombin(?:e|ing)\s+)(?:the\s+)?"
                               r"([^?;:.()（）]+?)(?=,\s*(?:what|whats|what['’]s|how|which|in total|total|combined|altogether|please|pls|give me|tell me)\b|[?;:.()（）]|$)", re.I)
# "add these appeal cells: review upheld, corrected, …": the list after the colon
_LISTED_AFTER_COLON_RE = re.compile(r"\b(?:add|sum|total|count (?:every|all|each))\b[^:：?]{0,60}[:：]\s*([^?;.]+)", re.I)
# "new requests: commercial, research and other combined": the list before the word that adds
_LISTED_BEFORE_EN_RE = re.compile(r"(?:[:：(（]|\bfrom\b|\bof\b)\s*((?:(?!\bfrom\b|\bof\b)[^?;:.()（）])+?)\s+(?:combined|together|added(?:\s+(?:up|together))?)\b", re.I)
_LISTED_SUM_ZH_RE = re.compile(r"([^，,。？?；;：:（(]+?)(?:这些|几项|这几项|几个)?(?:加起来|加一起|加在一起|相加|之和|合计|一共|总共)")


_PLUS_RUN_RE = re.compile(r"[^，,。？?；;：:+＋]+(?:[+＋][^，,。？?；;：:+＋]+)+")


def _split_en_list(listed: str, also: str = "") -> list[str]:
    """An English list's items: split at its commas, and at "and" only in its last item ("secrets, other laws, security
    and stability, third parties": 'security and stability' is one ground; "A, B and C": three)."""
    seps = "," + ("|" + also if also else "")
    items = re.split(seps, listed)
    if len(items) >= 3:
        return items[:-1] + re.split(r"\band\b", items[-1])
    return [y for x in items for y in re.split(r"\band\b", x)]


def _listed_parts(text: str) -> int:
    """How many parts an addition lists, each set off by a comma, 、 or and; 0 when no list."""
    best = 0
    # ("各类法人、组织": the organisations' one name, said with a 、)
    text = re.sub(r"法人[、和及与或]\s*(?:其他)?组织", "法人或其他组织", text)
    for m in _LISTED_BEFORE_EN_RE.finditer(text):  # a plain list of short names only: "A, B and C combined"
        items = [x.strip() for x in _split_en_list(m.group(1)) if x.strip()]
        if items and re.search(r"\b(?:requests?|applications?)\s+(?:from|by)\s*$", text[:m.start(1)], re.I):
            items = items[1:]  # "requests from individuals, fresh ones and carried-over ones": whose, then the parts
        if len(items) >= 3 and all(len(x.split()) <= 3 for x in items) and not re.search(
                r"\b(?:all|both|each|every|how|what|which|them|kinds?|types?)\b|\+|\bplus\b", m.group(1), re.I):
            best = max(best, len(items))
    for m in list(_LISTED_SUM_EN_RE.finditer(text)) + list(_LISTED_AFTER_COLON_RE.finditer(text)):
        items = [x for x in _split_en_list(m.group(1), r"\bplus\b|\+") if x.strip()
                 # "…, over all applicant columns": where the parts are read, not a part
                 and not re.match(r"\s*(?:over|across|for|in|among|within)\s+(?:all|every|each|the)\b", x, re.I)]
        best = max(best, len(items) if len(items) >= 3 else 0)
    for m in _LISTED_SUM_ZH_RE.finditer(text):
        items = [x for x in re.split(r"、|和|加上|\+|＋", m.group(1)) if re.sub(r"[\s\d.．)）]", "", x)]
        g = m.group(1)
        best = max(best, len(items) if (len(items) >= 3 and "、" in g) or (len(items) >= 2 and re.search(r"[+＋]", g)) else 0)
    for m in _PLUS_RUN_RE.finditer(text):  # "复议维持+纠正+其他+未审结，再加上直接起诉维持的，一共": every term written
        items = [x for x in re.split(r"[+＋]", m.group(0)) if re.sub(r"[\s\d.．)）]", "", x)]
        if len(items) >= 2:
            rest = text[:m.start()] + text[m.end():]
            best = max(best, len(items) + len(re.findall(r"(?:再|还要|还得|另)?加上|再加", rest)))
    return best


_YEAR_WRITTEN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d\d\s*年|[〇零一二三四五六七八九]{4}\s*年")


# a sentence that asks only for "the total" or "the number" of what the sentence before it named
_BARE_ASK_RE = re.compile(r"\W*(?:so|and|ok|okay)?[,\s]*(?:what(?:'?s| is| was| would be)|give me|tell me)?\s*(?:the\s+)?"
                          r"(?:total|sum|answer|figure|number|result|grand total)(?:\s+(?:then|please|pls))?\W*|"
                          # "rank by licensing decisions: huaian 2024, hongze 2023, shuyang 2025. which is first?": the ranking before it
                          r"\W*(?:so|and|ok|okay)?[,\s]*(?:which|who)(?:'s|’s| is| was| one is| one was| comes| came| ranks?| ranked)?\s*(?:the\s+)?"
                          r"(?:first|top|highest|lowest|last|biggest|smallest|largest|most|least|fewest)(?: one)?\W*|"
                          # "… sorting government information into fields and items. How many items in all?": the sentence
                          # before says which items
                          r"\W*(?:so|and|ok|okay)?[,\s]*how many (?:items|ones|of them|things|in all)(?: in all| in total| altogether| all told)?\W*|"
                          # "add up the three sub-items …. What do you get?", "… combined. What does that come to?"
                          r"\W*(?:so|and|ok|okay)?[,\s]*what (?:do|would|will|did) (?:you|I|we) get(?: then)?\W*|"
                          r"\W*(?:so|and|ok|okay)?[,\s]*what (?:does|do|would|will) (?:that|this|it|they|those|these) (?:come to|add up to|give(?: you| me)?|make)\W*|"
                          r"\W*(?:那|那么)?(?:一共|总共|合计|总数|结果)?(?:是)?多少(?:件)?(?:呢|啊)?\W*", re.I)


# a Chinese label in brackets inside an English sentence ("how many such cases (复议后起诉)")
_CJK_LABEL_RE = re.compile(r"[（(]\s*([\u4e00-\u9fff]{2,14})\s*[)）]")


def _row_label_bracketed(text: str, hits: list, start: int) -> bool:
    """A bracketed Chinese label after ``start`` that the matcher reads as a row or group, not as an applicant column
    ("(商业企业)" says who, and "that same answer" still points back to the story's row)."""
    return any(any(m.start() <= h.start and h.end <= m.end() and any(
                       isinstance(x, Sense) and x.kind in _KEY_KINDS and x.kind != "column" for x in h.payloads) for h in hits)
               for m in _CJK_LABEL_RE.finditer(text, start))
# "How many was it?", "how many in total?": a sentence that asks for the number the sentence before describes
_BARE_HOW_MANY_RE = re.compile(r"\W*(?:so|and|then)?\W*how many(?:\s+(?:was|were|is|are)\s+(?:it|that|there|they|those|these))?"
                               r"(?:\s+(?:in total|altogether|in all|exactly|then|please|pls))?\W*", re.I)


def _question_start(text: str) -> int:
    """Where the sentence that asks begins, when a story comes before it: the last sentence with
    a quantity asked (or a question mark) that is not the first one; 0 when the text is one
    sentence or the first sentence asks."""
    starts, pos = [], 0
    for piece in _SENTENCE_CUT.split(text):
        if piece.strip() and re.search(r"\w", piece):  # ("is that normal??": a doubled mark is no sentence)
            starts.append((text.find(piece, pos), piece))
        pos += len(piece)
    asking = [(at, piece) for at, piece in starts if _ASKS_COUNT_RE.search(piece) or piece.rstrip().endswith(("?", "？"))]
    if len(starts) >= 2 and starts[-1] not in asking and _YEAR_WRITTEN_RE.search(starts[-1][1]) \
            and not any(_YEAR_WRITTEN_RE.search(p) for _, p in starts[:-1]) \
            and not any(p.rstrip().endswith(("?", "？")) for _, p in asking):
        # "I helped my dad with a request last month and never heard back. Huaian 2024 total requests
        # handled": a terse last sentence that names the year asks, after a story that names none
        return starts[-1][0]
    if len(starts) < 2:
        # one sentence, its story in clauses before the words that ask ("我是做法律援助的，上礼拜帮一个
        # 当事人查材料，想知道淮安市2024年…多少件"): the clause that opens with them asks
        m = None
        for m in _ASKING_CLAUSE_RE.finditer(text):
            pass
        if m is not None and _ASKS_COUNT_RE.search(text[m.end():]) \
                and len(_CJK.findall(text[:m.start()])) + len(re.findall(r"[A-Za-z]+", text[:m.start()])) >= 6:
            return m.start(1)
        return 0
    if len(asking) > 1 and asking[-1][1].rstrip().endswith(("?", "？")) \
            and not any(p.rstrip().endswith(("?", "？")) for _, p in asking[:-1]):
        # "…, so I'm curious how many others tried. Shuyang County 2025 total disclosure reviews?":
        # the statements before the question are its story
        asking = asking[-1:]
    if len(asking) == 2 and len(starts) == 2 and (re.search(r"(?:了吗|吗|么|没有|没)\s*[?？]\s*$", asking[0][1])
                                                  or re.match(r"\W*(?:那|那么)?(?:有没有|有无|是否有)", asking[0][1])) \
            and _ASKS_COUNT_RE.search(asking[1][1]) and len(_CJK.findall(asking[1][1])) >= 6:
        # "洪泽区2023年的申请全部办完了吗？结转下年的有几件？": a yes-or-no the count then answers; the
        # count's sentence, with words of its own, is what is asked (the story's words count only
        # when it names no quantity of its own)
        asking = asking[1:]
    if len(asking) == 2 and len(starts) == 2 and not _ASKS_COUNT_RE.search(asking[0][1]) and _ASKS_COUNT_RE.search(asking[1][1]) \
            and _YEAR_WRITTEN_RE.search(asking[1][1]) and not _YEAR_WRITTEN_RE.search(asking[0][1]) \
            and len(re.findall(r"[A-Za-z]+", asking[1][1])) + len(_CJK.findall(asking[1][1])) >= 6:
        # "my dad … got told 本机关不掌握, is that common?? like in Huaian 2024 how many requests got this answer in
        # total": a story's yes-or-no, then the count asked of a body and year — that sentence asks
        asking = asking[1:]
    # only a story that asks nothing: two questions ("Did Hongze collect fees? How much?") are read whole
    if len(asking) != 1 or asking[0][0] <= starts[0][0]:
        return 0
    if len(re.findall(r"[A-Za-z]+", asking[0][1])) < 3 and len(_CJK.findall(asking[0][1])) < 4:
        return 0  # "…, both not processed; total?": a word after a semicolon is no sentence of its own
    if _BARE_ASK_RE.fullmatch(asking[0][1]):
        return 0  # "add up every reason under 不予公开 (…). whats the total?": the sentence before says what is asked
    return asking[0][0]


# "I'm a reporter covering local media in Jiangsu. per Huaian's 2024 report, how many …?": a sentence of its own
# introducing the asker, before the sentence that asks (the narrative reads no word of it)
_INTRO_SENTENCE_RE = re.compile(r"^\W*I(?:'m|’m| am) (?:a|an|the) [^.?!]{2,80}?[.!]\s+(?=[^?]*\?)", re.I)


def _asked_unframed(question: str) -> str:
    """``_unframed``, and a sentence introducing the asker before the one that asks dropped too (the words the
    text is searched with; the rules read the whole, whose intro may name the body)."""
    return _unframed(_rewritten(_INTRO_SENTENCE_RE.sub("", question.strip()), _PRE_FRAME)) or _unframed(question)


def _unframed(question: str) -> str:
    """The question as written, without its framing: greetings, self-introductions, relays and
    thanks dropped (the narrative reads these words; nothing else of the writing is changed)."""
    return _rewritten(question.strip(), _FRAME_REWRITES).strip() or question


def remark_cut(question: str) -> str | None:
    """The question without a remark said after it ("淮安市24年开了几场新闻发布会？写稿要用 谢了", "…? I saw a figure in its
    report."), when the remark names no year and asks nothing of its own (no split, no list, no second question);
    None when there is no such remark."""
    # ("几篇？？ 想学习下…", "几场新闻发布会。。写作业要用")
    m = re.match(r"^(.*?(?:多少|几|\bhow (?:many|much)\b)[^？?。！!]*(?:[？?。！!]+|\.+(?=\s)))\s*(\S.*)$", question, re.I)
    if not m or _YEAR_RE.search(m.group(2)) or re.search(r"[？?]\s*\S", m.group(2)) or re.search(
            r"按|分一下|分别|细分|拆分|列出|列一下|哪|各|\bby\b|\bsplit|\bbreak|\blist|\bwhich\b|\beach\b|\bper\b", m.group(2), re.I):
        return None
    return m.group(1)


def asking_part(question: str) -> str:
    """The sentence of ``question`` that asks, when a story comes before it; else the whole."""
    text = _normalize(question)
    return text[_question_start(text):]


def _unexplained(masked: str) -> list[str]:
    """The content words of a question that no term, body, year or operation cue explains."""
    rest = masked
    for cue in (_TABLE_RE, _CHECK_RE, _RANK_ZH, _RANK_EN, _DIFF_RE, _SUM_RE, _QUANTITY_RE, _PASSAGE_RE,
                _FOLLOW_UP_RE, _NEG_BEFORE, _NEG_AFTER):  # a negator is read by _negated
        rest = cue.sub(" ", rest)
    rest = re.sub(r"(?:19|20)\d{2}\s*年?度?|\d+", " ", rest)
    rest = re.sub(r"\bhow (?:big|large|steep|sharp|great) (?:was|is|were)\b", " ", rest, flags=re.I)  # "how large was the fall"
    words = [w.strip("'’-") for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", rest)]
    # capitalised words are names (of places and bodies: the agency reading's business), not quantities
    words = [w for w in words if w.lower() not in _FILLER_EN and len(w) > 2 and not w[0].isupper()]
    words += [w for w in _unfilled_cjk(rest).split() if len(w) >= 2]
    return words


def _unfilled_cjk(text: str) -> str:
    """The Chinese characters of ``text`` without the filler words (the rest blanked)."""
    cjk = re.sub(r"[^\u4e00-\u9fff]+", " ", text)
    for f in _FILLER_ZH:
        cjk = cjk.replace(f, " ")
    return cjk


# several parts named ("X和Y", "A plus B", "分别", "X + Y"): an addition or a list of readings, so
# neither a specific reading nor an absorbing row may drop one of them
_PARTS_NAMED_RE = re.compile(r"和|与|及|以及|或|、|加(?!起|在|总|到|一块)|分别|\+|\band\b|\bor\b|\bplus\b|\beach\b|\brespectively\b", re.I)
# a row of table 三 that speaks of a fee or of enforcement files ("dropped because the fee was
# not paid", "refused as enforcement case files") holds that word: not an item of table 二
_WHOLE_THEN_PART = re.compile(r"(?:收到|新收|受理|办理|处理|答复|办结|递交|提交|提出|交来|送来)的?(?:政府信息公开|信息公开|公开)?申请(?:中|里|里面|当中|之中|中间)|"
                              # "收到的公开申请，最后全部公开给申请人的": what became of the requests received
                              r"(?:收到|新收|受理|递交|提交|提出)的?(?:政府信息公开|信息公开|公开)?申请[，,]\s*(?:最后|最终|结果|后来)|"
                              r"办理结果[”\"]?\s*(?:里面|里|中|当中|下面|下的)|"
                              r"(?:所有|全部)?申请(?:中|里|里面|当中|之中)[，,]|其中", re.I)
_ROW_ABSORBS = {"other.overdue_fee": ("fees",), "withheld.enforcement_files": ("coercion", "punishment", "licensing"),
                "withheld.prohibited_by_law": ("regulations", "normative_docs")}  # "a law or regulation bars it"


def _specific_rows(row_paths: list[str], text: str) -> list[str] | None:
    """A sub-item names its own group: "rejected for being repeat requests" is 重复申请 (不予处理),
    not 不予公开 — unless both are asked ("不予公开和重复申请一共")."""
    subs = [r for r in row_paths if r.count(".") == 1]
    if not subs or len(row_paths) < 2 or _SUM_RE.search(text) or _PARTS_NAMED_RE.search(text):
        return row_paths
    groups_of_subs = {r.split(".")[0] for r in subs}
    kept = [r for r in row_paths if "." in r or r in groups_of_subs or r not in lexicon.REQUEST_SUB_ITEMS]
    if not _PART_OF_RE.search(text):
        # "told it was an administrative inquiry matter. How many such refusals": the group's own
        # sub-item, named with its group's word, is the sub-item (a part named after its whole is read below)
        kept = [r for r in kept if r not in groups_of_subs]
    if len(kept) < len(row_paths) and _PART_OF_RE.search(text):
        return None  # "不予公开的申请里，有几个人后来又去信访了": a part no cell of that group holds
    return kept


# a lawsuit brought without a review first (not "lawsuits other than reviews", which is all lawsuits)
_SKIPPED_REVIEW_RE = re.compile(r"\bwithout\b[^,.?;]{0,30}\b(?:review|reconsideration)|\bno (?:prior )?(?:administrative )?(?:review|reconsideration)\b|"
                                r"(?:没|未|不)(?:有)?先?(?:经|经过|走|申请|做)?(?:过)?(?:行政)?复议", re.I)
_NOT_WORD = (r"(?:other than|except(?: for)?|excluding|apart from|aside from|besides|but not|not counting|leaving out|not|n['’]t|"
             r"rather than|instead of)\s+(?:those |the ones |ones |the |any )?(?:that |which )?(?:were |was |are |got |had been )?"
             r"(?:(?:filed|brought|lodged|taken|launched|started)\s+)?")
_DIRECT_SET_ASIDE_RE = re.compile(_NOT_WORD + r"(?:directly\b|direct(?:ly)?\s+(?:to court|suits?|lawsuits?|ones|cases)\b|straight to court\b)|"
                                  r"(?:不是|并非|非|除了?|除去|不算|不含|不包括)(?:未经复议)?(?:的)?直接(?:起诉|诉讼|去法院)|"
                                  r"(?:未经复议)?直接起诉(?:的)?(?:以外|之外|除外|不算|不计)", re.I)
_AFTER_REVIEW_SET_ASIDE_RE = re.compile(_NOT_WORD + r"after (?:a |an |the )?(?:administrative )?(?:review|reconsideration)\b|"
                                        r"(?:不是|并非|非|除了?|除去|不算|不含|不包括)(?:经过)?复议(?:后|之后)(?:再|又)?起诉|"
                                        r"复议(?:后|之后)(?:再|又)?起诉(?:的)?(?:以外|之外|除外|不算|不计)", re.I)


def same_outcome_of_groups(keys: list[str], groups: set[str]) -> bool:
    """``keys`` are one outcome column of exactly ``groups`` of table 四 ("appeals.litigation_direct.total" and
    "appeals.litigation_after_review.total": lawsuits, both kinds)."""
    return {k.rsplit(".", 1)[0] for k in keys} == {f"appeals.{g}" for g in groups} and len({k.rsplit(".", 1)[1] for k in keys}) == 1


LAWSUIT_KINDS = {"litigation_direct", "litigation_after_review"}


def _lawsuit_kind_set_aside(text: str) -> str | None:
    """The kind of lawsuit a question about lawsuits sets aside ("other than those filed directly", "除了复议后起诉的"):
    its group, when one kind alone is set aside."""
    direct, after = bool(_DIRECT_SET_ASIDE_RE.search(text)), bool(_AFTER_REVIEW_SET_ASIDE_RE.search(text))
    if direct == after:
        return None
    return "litigation_direct" if direct else "litigation_after_review"


# every year of one body ("三年来", "这两年", "over its two reports", "across all its reports") and words that add them
_ALL_YEARS_RE = re.compile(r"(?:这|近|过去|最近)([两二三四五])(?:个)?年(?!度?报告|前)|([两二三四五])(?:个)?年(?:来|里|中|间|以来)|(?:历年|各年度?|每年)(?=[^，。？?]{0,6}(?:加起来|合计|一共|总共|累计))|"
                           r"\b(?:over|across) (?:all )?(?:its|their|the) (?:(two|three|four|2|3|4) )?(?:reports|years|annual reports)\b|"
                           r"\b(?:the )?(?:last|past) (two|three|four|2|3|4) years\b", re.I)
_ALL_YEARS_SUM_RE = re.compile(r"一共|总共|合计|加起来|加在一起|累计|共计|总数|\bin total\b|\btotal\b|\bcombined\b|\baltogether\b|\bin all\b|"
                               r"\badded (?:up|together)\b|\bsum\b|\bover (?:its|their|the)\b|\bacross (?:all )?(?:its|their|the)\b", re.I)
_YEAR_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


# a group named as the whole a part is taken from ("…的申请里", "其中")
_PART_OF_RE = re.compile(r"(?:的)?(?:申请|案件|事项)?(?:里面|里|当中|之中|中)[，,、\s]|其中")


def _outcomes_of_each_group(p: _Parts, groups: list[str]) -> dict[str, list[str]] | None:
    """Each group of table 四 with the outcomes named after it and before the next group, when
    every group has its own; None when the outcomes are shared ("复议和诉讼维持的加起来")."""
    named = sorted({(at, g) for at, g in p.group_at if g in groups})  # (a term read twice is named once)
    after_at = [at for at, g in named if g == "litigation_after_review"]
    # ("after-review suit": the review inside the lawsuit's own name is no group of its own)
    named = [(at, g) for at, g in named if not (g == "review" and any(-2 <= at - a <= 16 for a in after_at))]
    if len({g for _, g in named}) != len(groups) or not p.outcome_at:
        return None
    own: dict[str, list[str]] = {}
    for i, (at, g) in enumerate(named):
        end = named[i + 1][0] if i + 1 < len(named) else 10 ** 9
        outs = _unique(o for pos, o in p.outcome_at if at < pos < end)
        if not outs and i and own and (re.search(r"^.{0,24}?(?:\btotals?\b|\ball\b|总计|总数|全部|所有)", p.text[at:end], re.I | re.S)
                                       or re.search(r"(?:\ball(?: of)?(?: the)?|全部|所有)\s*$", p.text[max(0, at - 12):at], re.I)) \
                and not re.search(r"\bsame\b|\bthose\b|同样|一样|也", p.text[named[i - 1][0]:end], re.I):
            # "the review outcomes (upheld, corrected, …) plus direct lawsuits total": a group after one
            # with its own outcomes, said with its total
            outs = ["total"]
        if not outs:
            return None
        own.setdefault(g, []).extend(o for o in outs if o not in own.get(g, []))
    return own


# rows named one after the other ("新收和结转的", "received and carried over"): they share what follows
_ROWS_JOINED_RE = re.compile(r"[\s'‘’\x22“”「」]*(?:和|与|及|以及|跟|、|,|，|/|\band\b|\bplus\b|\bor\b)?[\s'‘’\x22“”「」]*(?:的|申请|\bthe\b|\bstill\b)?[\s'‘’\x22“”「」]*", re.I)


def _columns_of_each_row(p: _Parts, row_paths: list[str]) -> dict[str, list[str]] | None:
    """A sum over several rows of table 三 whose applicant columns are said with one row each
    ("新收申请的自然人、商业企业…其他四栏，加上自然人的上年结转"; "new requests from companies and from law
    firms, plus the ones carried in"): each row with its own columns, a row said with none its
    total. None when the columns are shared (all said before the rows, or after rows named
    together: "个人的新收和结转", "新收和结转中自然人的") — every row then takes every column."""
    text = p.text
    rows = sorted({(a, b, r) for a, b, r in p.row_at if r in row_paths})
    cols = sorted(p.column_at)
    if len({r for _, _, r in rows}) != len(row_paths) or not cols or len(rows) != len(row_paths):
        return None
    # rows named together form one group
    groups: list[list[tuple[int, int, str]]] = []
    for m in rows:
        if groups and _ROWS_JOINED_RE.fullmatch(text[groups[-1][-1][1]:m[0]]):
            groups[-1].append(m)
        else:
            groups.append([m])
    if len(groups) < 2:
        return None
    bound: list[list[str]] = [[] for _ in groups]
    prefix: list[str] = []
    for a, b, c in cols:
        if b <= groups[0][0][0]:
            prefix.append(c)  # said before every row: shared, unless a later row has its own
            continue
        # a column said right before a group ("自然人的上年结转") is that group's
        nxt = next((i for i, g in enumerate(groups) if g[0][0] >= b and re.fullmatch(r"\s*(?:['’]s?)?\s*(?:的|之|那?一?栏的?|申请人的?|ones?|requests?|applications?)?\s*", text[b:g[0][0]], re.I)), None)
        if nxt is not None:
            bound[nxt].append(c)
            continue
        before = [i for i, g in enumerate(groups) if g[0][0] <= a]
        bound[before[-1] if before else 0].append(c)
    if not any(bound):
        return None  # columns said only before every row: every row takes every column
    bound[0] = prefix + bound[0]
    out: dict[str, list[str]] = {}
    for g, cs in zip(groups, bound):
        cs = _unique(cs) or ["total"]
        if len(cs) > 1 and "total" in cs:
            cs.remove("total")
        if "legal_person" in cs and any(c in lexicon.ORG_COLUMNS for c in cs):
            cs.remove("legal_person")
        for _, _, r in g:
            out[r] = cs
    if len({tuple(v) for v in out.values()}) < 2:
        return None  # every row with the same columns: the plain product
    return out


def _remaining_sub_item(hits: list[Hit], negated: set[int], key_groups: list[list[str]]) -> list[list[str]]:
    """A group asked with all its sub-items but one ruled out ("不属于逾期不补正、也不属于逾期不缴费的那种
    其他处理"): the one sub-item left."""
    if len(key_groups) != 1 or not negated:
        return key_groups
    p = key_groups[0][0].split(".")
    if p[0] != "requests" or len(p) != 3 or p[1] not in lexicon.REQUEST_SUB_ITEMS:
        return key_groups
    subs = lexicon.REQUEST_SUB_ITEMS[p[1]]
    out = {x.value.split(".", 1)[1] for i in negated for x in hits[i].payloads
           if isinstance(x, Sense) and x.kind == "row" and x.value.startswith(p[1] + ".")}
    left = [s for s in subs if s not in out]
    if len(subs) > 1 and len(left) == 1 and len(out) == len(subs) - 1:
        return [[f"requests.{p[1]}.{left[0]}.{p[2]}"]]
    return key_groups


_EXCLUDED_BEFORE_RE = re.compile(r"(?<!是)(?:除去|除了|不算|不含|不包括|不包含|扣除|去掉|排除|刨去|减去|减掉|扣掉)[^，。？?,;；]{0,20}$|"
                                 r"(?<!\bnot )(?<!\bnot just )\b(?:excluding|except(?: for)?|apart from|aside from|not counting|leaving out|"
                                 r"leave out|other than|minus|without)\b[^,.?;]{0,30}$", re.I)


def _set_aside(hits: list[Hit], negated: set[int], text: str) -> set[int]:
    """The negated hits set aside in so many words ("除去", "不算…的话", "X以外", "excluding") — not "是不是就是“3、其他”
    那一行", nor "the whole group, not just 'not held'"."""
    return {i for i in negated if _EXCLUDED_BEFORE_RE.search(text[max(0, hits[i].start - 28):hits[i].start])
            or re.match(r"\s*(?:的)?\s*(?:以外|之外|除外|不算|不计)", text[hits[i].end:])
            or re.search(r"\b(?:leave|leaving|take|taking|drop|dropping|knock|knocking)\s+(?:the\s+)?$", text[max(0, hits[i].start - 20):hits[i].start], re.I)
            and re.match(r"\s*(?:out|off|away)\b", text[hits[i].end:], re.I)}


_WHATS_LEFT_RE = re.compile(r"\bwhat(?:'s| is) left\b|\bhow many (?:are |were )?left\b|\b(?:the )?rest\b|\bremain(?:s|ing|der)?\b|"
                            r"剩下|还剩|剩余|其余", re.I)


def _columns_less(hits: list[Hit], negated: set[int], key_groups: list[list[str]],
                  context: Query | None, text: str) -> list[list[str]] | None:
    """A whole of table 三 — a row's total or its organisations (法人或其他组织) — with applicant columns set aside in so
    many words ("沭阳县2025年新收申请中，除了企业以外的有多少件？", "How many new requests …, excluding law firms?", "So
    without the legal service providers, what's left?" after the organisations' figure): the whole's other columns,
    added (the organisations' five when every one of them is left: their own cell) — never the whole as if nothing
    were set aside, nor the part set aside."""
    set_aside: set[str] = set()
    for i in _set_aside(hits, negated, text):
        for x in hits[i].payloads:
            if isinstance(x, Sense) and x.kind == "column":
                if x.value == "legal_person":
                    set_aside |= set(lexicon.ORG_COLUMNS)
                elif x.value == "natural_person" or x.value in lexicon.ORG_COLUMNS:
                    set_aside.add(x.value)
    outcomes = ("upheld", "corrected", "other", "pending")
    aside_outcomes = {x.value for i in _set_aside(hits, negated, text) for x in hits[i].payloads
                      if isinstance(x, Sense) and x.kind in ("column", "outcome") and x.value in outcomes}
    if aside_outcomes and not set_aside:
        # "淮安市2024年行政复议除了维持的还有多少件？", "去掉维持的还剩多少？" after the reviews' total: the row's other
        # outcomes, added (the total less those set aside)
        rows = {g[0].rsplit(".", 1)[0] for g in key_groups if g[0].startswith("appeals.")}
        if len(key_groups) > 1 or key_groups and not key_groups[0][0].endswith(".total"):
            return None  # (the whole named, or nothing: "维持和纠正以外" of outcomes already read is the rules')
        if not key_groups and context is not None and len(context.keys) == 1 and context.keys[0].startswith("appeals."):
            rows = {context.keys[0].rsplit(".", 1)[0]}
        if len(rows) != 1 or any(not g[0].startswith("appeals.") for g in key_groups) \
                or not (_WHATS_LEFT_RE.search(text) or re.search(r"还有|其余|其他的", text)):
            return None
        row = next(iter(rows))
        keys = [f"{row}.{c}" for c in outcomes if c not in aside_outcomes]
        return [[k] for k in keys] if all(k in lexicon.key_catalog() for k in keys) else None
    pointed_whole = None
    if not set_aside and context is not None and len(context.keys) == 1 and len(context.previous_keys) == 1 \
            and (_POINTER_SET_ASIDE_EN.search(text) or re.search(r"(?:除去|除了|去掉|不算|扣除|刨去|减去)(?:这些|那些|这部分|那部分|它们)", text)):
        # "How many from organisations?" → "How many came from law firms?" → "Leaving those out, how many from the other
        # organisations?": the column just given, set aside from the whole given before it
        row, col = context.keys[0].rsplit(".", 1)
        prev_row, prev_col = context.previous_keys[0].rsplit(".", 1)
        if context.keys[0].startswith("requests.") and row == prev_row and prev_col in ("legal_person", "total") \
                and (col in lexicon.ORG_COLUMNS or col == "natural_person" and prev_col == "total") \
                and (not key_groups or key_groups == [[f"{row}.other_org"]] and re.search(
                    r"\bother (?:organi[sz]ations|ones|groups|kinds|types)\b|其他(?:的)?(?:组织|单位|机构)?", text, re.I)):
            set_aside, pointed_whole = {col}, context.previous_keys[0]
    if not set_aside:
        return None
    whole = pointed_whole
    if whole is not None:
        pass
    elif len(key_groups) == 1 and re.fullmatch(r"requests\.[a-z_.]+\.(?:legal_person|total)", key_groups[0][0]):
        whole = key_groups[0][0]
    elif not key_groups and context is not None:
        # "Excluding law firms, what's left?", "去掉企业还有多少？": the whole just given
        whole = next((k for ks in (context.keys, context.previous_keys) if len(ks) == 1 for k in ks
                      if re.fullmatch(r"requests\.[a-z_.]+\.(?:legal_person|total)", k)), None)
    if whole is None:
        return None
    row, col = whole.rsplit(".", 1)
    within = lexicon.ORG_COLUMNS if col == "legal_person" else ("natural_person",) + tuple(lexicon.ORG_COLUMNS)
    if not set_aside < set(within):
        return None
    left = [c for c in within if c not in set_aside]
    if set(left) == set(lexicon.ORG_COLUMNS) and f"{row}.legal_person" in lexicon.key_catalog():
        return [[f"{row}.legal_person"]]
    keys = [f"{row}.{c}" for c in left]
    return [[k] for k in keys] if all(k in lexicon.key_catalog() for k in keys) else None


def _group_less_sub_items(hits: list[Hit], negated: set[int], key_groups: list[list[str]],
                          context: Query | None, text: str) -> list[list[str]] | None:
    """A group of table 三 with some of its sub-items ruled out ("不予公开的，除去行政查询事项是多少", "不予公开一共多少？"
    → "不算行政查询事项的话呢"): the sub-items left, added — never the ruled-out one's own cell (nor the whole's)."""
    out = {x.value for i in _set_aside(hits, negated, text) for x in hits[i].payloads
           if isinstance(x, Sense) and x.kind == "row" and x.value.count(".") == 1}
    groups = {v.split(".")[0] for v in out}
    if len(groups) != 1:
        return None
    group = next(iter(groups))
    subs = lexicon.REQUEST_SUB_ITEMS.get(group) or ()
    if not subs or not {v.split(".")[1] for v in out} <= set(subs):
        return None
    whole = None
    if len(key_groups) == 1 and re.fullmatch(rf"requests\.{group}\.[a-z_]+", key_groups[0][0]):
        whole = key_groups[0][0]
    elif not key_groups and context is not None and len(context.keys) == 1 and context.operation == "value" \
            and re.fullmatch(rf"requests\.{group}\.[a-z_]+", context.keys[0]):
        whole = context.keys[0]  # "不予公开一共多少？" → "不算行政查询事项的话呢": the figure just given, less that part
    if whole is None:
        return None
    col = whole.rsplit(".", 1)[1]
    left = [f"requests.{group}.{sub}.{col}" for sub in subs if f"{group}.{sub}" not in out]
    if not left or not all(k in lexicon.key_catalog() for k in left):
        return None
    return [[k] for k in left]


# "一共几件，是不是都维持了？": a yes-or-no asked beside the count, nothing ruled out
_YES_NO_BESIDE_RE = re.compile(r"是不是|是否|有没有|\bwhether\b|\b(?:were|was|are|is) (?:they |these |those |it )?all\b", re.I)
_REPORT_YEAR_RE = re.compile(r"\b(?:per|in|from|according to|by|of) (?:its|the|their|that) ((?:19|20)\d\d) (?:annual |disclosure )?report\b|"
                             r"(?:据|按|根据|按照)?((?:19|20)\d\d)\s*年度?的?(?:年报|年度报告)(?:里|中|上|显示|说|来看)", re.I)
_RECEIVED_SAID_RE = re.compile(r"\b(?:receiv\w*|got|get|gets|came in|come in|coming in|new|fresh|filed|submitted|lodged|made)\b|"
                               r"收到|新收|受理|收了|接到|提出|申请数|申请量", re.I)
_DECIDED_RE = re.compile(r"(?:已经?|已)(?:审结|结案|办结|有结果|有了结果)|(?<![未没])审结了|有(?:了)?结果的|"
                         r"\b(?:decided|concluded|resolved|closed|finished|settled)\b|\bhad an? (?:result|outcome|ruling|decision)\b", re.I)


_OTHER_REASONS_RE = re.compile(r"\b(?:for |on )?(?:some |any )?other (?:reasons?|grounds|causes|cases)\b|其他(?:原因|情形|情况|理由)|"
                               r"\band (?:all )?the (?:rest|remainder)\b|\band everything else\b|(?:和|及|以及|还有)(?:其余|剩下|剩余)的?", re.I)


def _third_other_sub_item(text: str, key_groups: list[list[str]]) -> list[list[str]]:
    """"closed for failing to correct, for not paying the fee, and for other reasons": beside the two
    overdue sub-items of 其他处理, "other reasons" is its third, printed 其他."""
    firsts = [g[0] for g in key_groups]
    cols = {k.rsplit(".", 1)[1] for k in firsts if k.startswith("requests.other.overdue_")}
    if len(cols) != 1 or not _OTHER_REASONS_RE.search(text):
        return key_groups
    col = next(iter(cols))
    need = [f"requests.other.overdue_correction.{col}", f"requests.other.overdue_fee.{col}"]
    third = f"requests.other.other.{col}"
    if all(k in firsts for k in need) and third not in firsts:
        return key_groups + [[third]]
    return key_groups


def _other_outcomes(hits: list[Hit], negated: set[int], parts: _Parts, key_groups: list[list[str]]) -> list[list[str]]:
    """"沭阳县2025年行政复议没被维持的有几件", "reviews that were not upheld": an outcome named only as
    the one ruled out, no other named — the other outcomes of that appeal are the readings, asked
    back each with its value (corrected? other? still pending?), never the appeal's total nor the
    outcome ruled out."""
    ruled_out = {x.value for i in negated for x in hits[i].payloads if isinstance(x, Sense) and x.kind == "outcome"}
    if not ruled_out or parts.outcomes or len(key_groups) != 1 or _YES_NO_BESIDE_RE.search(parts.text) \
            or not all(re.fullmatch(r"appeals\.\w+\.total", k) for k in key_groups[0]):
        return key_groups
    if {"upheld", "corrected"} <= ruled_out:  # "not upheld and not corrected": the other outcome (pending has none yet)
        return [[f"{k.rsplit('.', 1)[0]}.other" for k in key_groups[0]]]
    rest = [o for o in ("corrected", "other", "pending", "upheld") if o not in ruled_out
            and not (o == "pending" and _DECIDED_RE.search(parts.text))]  # "也已经审结的", "decided but not upheld"
    return [[f"{k.rsplit('.', 1)[0]}.{o}" for k in key_groups[0]] for o in rest]


# decided cases asked as such ("已经审结的", "已经出结果的", "already decided"): every outcome but pending — narrower than
# _DECIDED_RE (no bare "decided"/"closed"/"finished", which elsewhere name requests handled): here it alone makes the sum
_DECIDED_ASKED_RE = re.compile(r"(?:已经?|已)(?:审结|结案|有结果|有了结果|出结果|出了结果)|(?<![未没])(?:审结了的|出了?结果的)|"
                               r"\balready (?:been )?(?:decided|concluded|resolved|closed|ruled on|settled)\b|"
                               r"\b(?:were|had been|have been|was) (?:already )?(?:decided|concluded|ruled on)\b", re.I)


def _decided_asked(text: str) -> bool:
    """Decided cases asked as such — not a review decided before a lawsuit ("lawsuits filed after a reconsideration
    had already been decided": the suits after review), nor an outcome ruled out ("of the cases already decided, how
    many were not upheld": the others, ``_decided_not_upheld``)."""
    text = re.sub(r"\b(?:after|once|when|where)\s+(?:(?:a|an|the|its|their)\s+)?(?:administrative\s+)?(?:review|reconsideration)s?\b[^?,]{0,30}?"
                  r"\b(?:decided|concluded|ruled on|settled|closed)\b|复议(?:决定)?(?:已经?)?(?:作出|审结|结束|有结果)(?:了)?(?:以后|之后|后)", " ", text, flags=re.I)
    if re.search(r"\b(?:not|n['’]t|never)\b[^?]{0,30}\b(?:upheld|corrected|overturned|reversed|affirmed|maintained)\b|"
                 r"(?:没有|没|未|不是|不予)(?:被)?(?:维持|纠正|纠错|撤销)", text, re.I):
        return False
    return bool(_DECIDED_ASKED_RE.search(text))


def _decided_not_upheld(hits: list[Hit], negated: set[int], text: str, key_groups: list[list[str]]) -> bool:
    """"of the reconsideration cases already decided, how many were not upheld": the decided outcomes
    other than the one ruled out, added (the pending ones set aside by "decided", nothing left to ask back)."""
    ruled_out = {x.value for i in negated for x in hits[i].payloads if isinstance(x, Sense) and x.kind == "outcome"}
    return bool(ruled_out) and len(key_groups) > 1 and bool(_DECIDED_RE.search(text)) \
        and all(len(g) == 1 and re.fullmatch(r"appeals\.\w+\.(?:corrected|other|upheld)", g[0]) for g in key_groups)


def _parts(hits: list[Hit], text: str = "") -> _Parts:
    p = _Parts()
    for h in hits:
        for s in h.payloads:
            if not isinstance(s, Sense):
                continue
            if s.kind in _TABLE_OF_KIND and not s.weak:
                p.first_pos.setdefault(_TABLE_OF_KIND[s.kind], h.start)
            if s.kind == "row":
                p.rows.append((s.value, s.weak))
                p.surfaces.append(h.surface)
                p.row_at.append((h.start, h.end, s.value))
            elif s.kind == "column":
                p.columns.append(s.value)
                p.column_at.append((h.start, h.end, s.value))
                if h.surface.endswith("申请"):  # "个人申请了多少件": the column's requests, applied for
                    p.column_applied = True
            elif s.kind == "group":
                p.groups.append(s.value)
                p.group_at.append((h.start, s.value))
            elif s.kind == "outcome":
                p.outcomes.append(s.value)
                p.outcome_at.append((h.start, s.value))
            elif s.kind == "item":
                p.items.append(s.value)
                if re.search(r"decision|决定", h.surface, re.I):  # "licensing decisions": the item and its measure
                    p.measures.append("decisions")
            elif s.kind == "measure":
                p.measures.append(s.value)
            elif s.kind == "apply":
                if p.column_at and re.fullmatch(r"[\s)）\]】」』'\x22”’]{1,3}", text[p.column_at[-1][1]:h.start]):
                    p.column_applied = True  # "企业（商业企业）申请的": the column's requests, as "企业申请的"
                else:
                    p.apply = True
            elif s.kind == "active":
                p.active_hint = True
            elif s.kind == "appeals":
                p.appeals_hint = True
    # "just the ones filed by companies?": the requests a column brought in, said with a verb — the
    # column's part of what was asked before, as "企业申请的" (not the requests received)
    if text and p.rows and p.column_at and all(w for _, w in p.rows) and {r for r, _ in p.rows} <= {"received"} \
            and all(re.fullmatch(r"filed|submitted|lodged|sent in|brought|made", sf, re.I) for sf in p.surfaces) \
            and re.search(r"\b(?:the )?ones\b|\bthose\b|\bthem\b", text, re.I) \
            and all(re.fullmatch(r"\s+by\s+(?:the\s+)?", text[b:next((a2 for a2, _, _ in p.column_at if a2 >= b), b)] or "x")
                    for _, b, _ in p.row_at):
        p.rows, p.surfaces, p.row_at = [], [], []
        p.column_applied = True
    # "其中自然人提出的多少？" after the requests answered 'not held': the part of that row the column
    # brought in (提出 said of the column), not the column's requests received
    if text and p.rows and p.column_at and all(w for _, w in p.rows) and {r for r, _ in p.rows} <= {"received"} \
            and all(re.fullmatch(r"(?:提出|提交|递交|提|交|递|申请)(?:了)?(?:的)?", sf) for sf in p.surfaces) \
            and _OF_THOSE_RE.search(text) \
            and all(any(0 <= at[0] - b2 <= 1 for _, b2, _ in p.column_at) for at in p.row_at):
        p.rows, p.surfaces, p.row_at = [], [], []
        p.column_applied = True
    # "add the not-held and the needs-creation refusals": the generic word for refused closes a list of
    # sub-items of another group (无法提供, 不予处理) — their head noun, not 不予公开 added
    if text and len(p.rows) >= 2:
        keep = []
        for i, ((v, w), sf, at) in enumerate(zip(p.rows, p.surfaces, p.row_at)):
            prev = next((p.row_at[j] for j in range(i - 1, -1, -1) if p.row_at[j][2] != v), None)
            if v == "withheld" and prev is not None and re.fullmatch(r"refusals?|refused|rejections?|denials?", sf, re.I) \
                    and prev[2].startswith(("unable.", "not_processed.")) \
                    and re.fullmatch(r"\s{0,2}", text[prev[1]:at[0]]):
                continue
            if v == "withheld" and prev is not None and re.fullmatch(r"declined|refused|rejected|turned down|denied", sf, re.I) \
                    and re.search(r"(?:\bboth|\ball|\beach|\ball of them|\bwhich were|\bthat were|\bboth of them)\s*$|(?:都|均|全都|全部)(?:被)?$", text[:at[0]], re.I):
                continue  # "petition-type requests plus duplicate requests, both declined": what befell them, not a row added
            nxt = next((p.row_at[j] for j in range(i + 1, len(p.rows)) if p.row_at[j][2] != v), None)
            if v == "withheld" and nxt is not None and re.fullmatch(r"refusals?|refused|rejections?|rejected|denials?|denied|turned down|declined|declines?", sf, re.I) \
                    and nxt[2].startswith(("unable.", "not_processed.", "withheld.")) \
                    and re.fullmatch(r"\s+(?:because|since|as|due to|on the grounds? (?:that|of))\b[^,.?;]{0,60}", text[at[1]:nxt[0]], re.I):
                continue  # "refused because the material would have to be newly compiled": the reason's row
            keep.append(i)
        if len(keep) < len(p.rows):
            p.rows = [p.rows[i] for i in keep]
            p.surfaces = [p.surfaces[i] for i in keep]
            p.row_at = [p.row_at[i] for i in keep]
    # "how many new ones were issued" after documents: "new ones" is the measure's newness (a
    # measure of table 二 is named), not the requests newly received
    if p.measures and p.rows and all(re.fullmatch(r"new(?: ones)?|新的?", sf, re.I) for sf in p.surfaces):
        p.rows, p.surfaces, p.row_at = [], [], []
    # a measure named by the column's own printed label ("本年新公开数量") is the one meant; other
    # measure words of the question ("new" documents) do not add readings
    printed = [m for h in hits for s in h.payloads if isinstance(s, Sense) and s.kind == "measure"
               for m in [s.value] if (e := lexicon.ACTIVE_MEASURES.get(m)) is not None and h.surface == e.zh]
    if printed:
        p.measures = _unique(printed)
    return p


# a part of what was just counted ("how many of those were fully granted?", "这些里面予以公开的"):
# the previous turn's column stays, even when that turn only offered its reading to confirm
_OF_THOSE_RE = re.compile(r"\b(?:of|among) (?:those|these|them|theirs|that number)\b|\b(?:of|among|out of) the (?!(?:19|20)\d\d\b)\d+\b|这些(?:申请)?(?:里面|里|中|当中)|(?:这|那)\s*\d+\s*(?:件|个|项)(?:申请)?(?:里面|里|中|当中)|其中|这里面|那里面|(?:这|那)个(?:总)?数(?:字)?(?:里面|里|中|当中)|^\W*(?:那|那么)?(?:里面|里头|当中)", re.I)


_CHANNEL_RE = re.compile(CHANNEL, re.I)
# a pronoun pointing back at the channel just named ("how many followers it has?", "它有多少粉丝")
_POINTS_AT_CHANNEL_RE = re.compile(r"\b(?:it|its|it's|that account|this account|the account)\b|(?:它|其|该号|这个号|那个号|这个账号|该账号)", re.I)
_PART_OF_PREVIOUS_RE = re.compile(_OF_THOSE_RE.pattern + r"|里面|里头|当中", re.I)
# "Is that all from individuals? How many came from companies?", "这些都是自然人交的吗？": the figure just given checked
# by who made them — a column of it asked next (a row asked after that is asked whole)
_ALL_FROM_Q_RE = re.compile(r"\b(?:is|are|was|were) (?:that|those|these|they|it|them)(?: all)? (?:from|by|filed by|made by)\b|"
                            r"(?:这些|那些|这|那)?(?:都|全)是[^。？?]{0,10}?(?:吗|么)\s*[？?]", re.I)


def _context_parts(context: Query | None, text: str = "") -> dict[str, list[str]]:
    """The key parts of the previous question, per table."""
    out: dict[str, list[str]] = {"rows": [], "columns": [], "groups": [], "outcomes": [], "items": [], "measures": []}
    if context is None:
        return out
    cat = lexicon.key_catalog()
    for key in context.keys:
        info = cat.get(key)
        if info is None:
            continue
        head, _, last = key.partition(".")[2].rpartition(".")
        if info.table == "requests":
            out["rows"].append(head)
            out["columns"].append(last)
        elif info.table == "appeals":
            out["groups"].append(head)
            out["outcomes"].append(last)
        else:
            out["items"].append(head)
            out["measures"].append(last)
    if len(context.offered) == 1 and not (_OF_THOSE_RE.search(text) and len(context.keys) == 1):
        # the previous answer only offered its reading to confirm (doubted, not given): a follow-up
        # naming another part ("and lawsuits straight to court?") keeps none of its narrower parts
        out["columns"], out["outcomes"], out["measures"] = [], [], []
    return {k: _unique(v) for k, v in out.items()}


_ADDED_BETWEEN_RE = re.compile(r"[\s,，、'‘’\x22“”]*(?:(?:the\s+)?(?:requests?|applications?|ones)\s*)?(?:的)?[\s,，、]*"
                               r"(?:plus|and|&|\+|加上?|和|与|跟|以及|再加上?|[（(]\s*(?:含|包括|包含|连同)|\bincluding\b|\bincl\.?)[\s,，、]*(?:说|被说|回复说|答复说|称)?(?:the\s+)?(?:(?:requests?|applications?|ones)\s+)?"
                               r"(?:(?:where|that were|that|in which)\s+)?(?:the\s+)?[\s'‘’\x22“”]*", re.I)


def _weak_rows_added(p: _Parts) -> set[str]:
    """The generic word for granted ("released", "disclosed", 公开) joined by "plus"/"and"/加 to a specific row:
    an addend of their own, not a word the specific row makes redundant."""
    # (only the word for granted is such an addend: "in-process … refusals" holds a generic "process")
    # (and the requests received or processed beside a row of the table's balance: "processed plus carried-forward",
    # "received plus carried-over")
    weak = [(a, b, v) for (a, b, v), (_, w) in zip(p.row_at, p.rows) if w and v == "granted" or w and v in ("received", "total_processed")
            and any(v2 in ("carried_over", "carried_forward") for (_, _, v2), (_, w2) in zip(p.row_at, p.rows) if not w2)]
    strong = [(a, b, v) for (a, b, v), (_, w) in zip(p.row_at, p.rows) if not w]
    out = set()
    for a, b, v in weak:
        if any(re.fullmatch(r"[\s说是为称了]*", p.text[b:a2]) for a2, _, _ in strong if a2 >= b) \
                or any(re.fullmatch(r"[\s的]*", p.text[b2:a]) for _, b2, _ in strong if b2 <= a):
            continue  # "答复本机关不掌握的": the generic word says how the specific row was reached
        for a2, b2, v2 in strong:
            if v2 != v and b <= a2 and re.search(r"[（(]\s*(?:含|包括|包含|连同)\s*$", p.text[b:a2]):
                out.add(v)  # "公开了多少件（含部分公开）": the part named as included is added to the whole
                continue
            if v2 != v and ((b <= a2 and _ADDED_BETWEEN_RE.fullmatch(p.text, b, a2))
                            or (b2 <= a and _ADDED_BETWEEN_RE.fullmatch(p.text, b2, a))):
                out.add(v)
    return out


# "businesses included", "企业也算在内": a part named as held within the whole asked
_PART_INCLUDED_RE = re.compile(r"\b(?:included|inclusive)\b|\bas well\b|(?:也|都)?(?:算|包括|包含)在内|也算(?:上|进去)?|都算(?:上|进去)?", re.I)


def _compose(p: _Parts, context: Query | None) -> tuple[list[list[str]], bool]:
    """Candidate keys grouped per addend (each group: primary first, then its other-format
    counterparts), and whether the quantity asked is by definition a sum (行政诉讼 = both kinds)."""
    cat = lexicon.key_catalog()
    ctx = _context_parts(context, p.text)
    # ("这些里面自然人申请的占几件？" after the requests granted: their individuals, not the individuals' requests received)
    inherit = context is not None and (not p.apply or bool(_POINTS_BACK_RE.search(p.text))
                                       or bool(_OF_THOSE_RE.search(p.text)) and bool(p.columns) and not p.rows)
    groups_out: list[tuple[int, list[list[str]]]] = []
    forced_sum = False

    if "projects" in p.measures and "procurement" not in p.items and (
            not p.items or "采购" in p.text or "procurement" in p.text.lower()):
        p.items = p.items + ["procurement"]  # "采购项目数": procurement's measure, whatever else is named
    if "amount" in p.measures and not p.items and re.search(r"采购|\bprocurement\b|\bpurchas", p.text, re.I):
        p.items = ["procurement"]  # "采购金额是多少万元": the procurement's amount
    if set(p.items) == {"procurement"} and not p.measures:
        # "集中采购花了多少？", "How much did its procurement come to?": the money; "几个采购项目": the projects
        if re.search(r"花了|花费|多少钱|金额|费用|开支|支出|\bhow much\b|\bcost\b|\bspen[dt]\b|\bspending\b|\bcome to\b|\bcame to\b|"
                     r"\bamount\b|\bvalue\b|\byuan\b|\bmoney\b|万元|元", p.text, re.I):
            p.measures = ["amount"]
        elif re.search(r"几个|多少个|几项|多少项|项目数|\bhow many\b|\bnumber of (?:projects|procurements)\b", p.text, re.I):
            p.measures = ["projects"]
    if p.groups and set(p.groups) <= {"litigation_direct"} and not re.search(
            r"起诉|诉讼|官司|法院|告|\bcourt\b|\bsu(?:e|ed|es|ing|it|its)\b|\blawsuits?\b|\blitigat", p.text, re.I):
        p.groups = []  # "complete the task directly online": an adverb, not a lawsuit filed directly
    has_active = bool(p.items) or (p.active_hint and bool(p.measures))
    outcomes = list(p.outcomes)
    rows = list(p.rows)
    if "pending" in outcomes and not p.groups and not p.appeals_hint and (rows or p.apply or (
            # "还在办的有几件？" after the requests handled: the requests still open, not an appeal's pending
            context is not None and context.keys and all(k.startswith("requests.") for k in context.keys))):
        outcomes.remove("pending")  # "still pending" applications are carried forward
        rows.append(("carried_forward", False))
    # an outcome alone ("corrected") is of table 四 — unless words nothing explains say it is of something
    # else ("badly worded descriptions corrected on its websites") and no earlier turn was about appeals
    has_appeals = bool(p.groups) or p.appeals_hint or (
        bool(outcomes) and not rows and not p.apply and not p.columns
        and not (p.unexplained and not (context is not None and ctx["groups"]))
        # "行政许可、处罚、强制三类处理决定总数": 总数 of table 二's items, not an outcome column of table 四
        and not (has_active and set(outcomes) <= {"total"})
        # "总数呢" after a question about requests or documents: that quantity's total, not table 四's
        and not (set(outcomes) <= {"total"} and context is not None and bool(context.keys)
                 and not any(k.startswith("appeals.") for k in context.keys))) or (
        # "去掉没审完的，已经出结果的有多少？" after the reviews' total: the decided ones of the group just asked
        context is not None and bool(ctx["groups"]) and not rows and not p.apply and not p.items
        and _decided_asked(p.text))
    appeals_named = bool(p.groups) or (inherit and bool(ctx["groups"]) and not p.apply and not p.items)
    if appeals_named and rows and {r for r, _ in rows} <= {"carried_over"} and re.search(
            r"\b(?:counting|including|incl\.?|with|plus)\s+(?:the\s+)?(?:ones?\s+|cases?\s+)?carried[- ]over\b|"
            r"\bcarried[- ]over (?:ones|cases) (?:included|too|counted)\b|(?:含|包括|包含|连同)(?:上年)?结转", p.text, re.I):
        rows = []  # "reconsideration cases, counting carried-over ones": what the appeals' total holds, not 上年结转 requests
    if appeals_named and rows:  # "litigation after reconsideration, still pending": the outcome, not 结转
        pend = [r for r in rows if r[0] == "carried_forward"]
        if pend and any(re.search(r"pending|未审结|未结|审结|undecided|unresolved|still open|open at|year[- ]end|end of (?:the )?year|年底|年末|"
                                            r"还没判|没判|not yet (?:judged|ruled|decided)", s_, re.I) for s_ in p.surfaces):
            rows = [r for r in rows if r[0] != "carried_forward"]
            outcomes.append("pending")
            has_appeals = True
            # (where each was said: "reviews still pending, all direct suits and the after-review suits still pending")
            p.outcome_at = sorted(p.outcome_at + [(a, "pending") for a, _, v in p.row_at if v == "carried_forward"])
    # a bare "总计"/"total" beside an appeals or active-disclosure quantity is that table's total
    cols_generic = bool(p.columns) and set(p.columns) <= {"total"}
    if has_active or has_appeals:
        rows = [r for r in rows if not r[1]]
    if has_appeals and p.groups and outcomes and rows and {r for r, _ in rows} <= {"total_processed"} and all(
            re.fullmatch(r"finish(?:ed|es)?|ended|conclu(?:ded|des)|办结|结案|审结|(?:all|every) (?:the )?(?:outcomes?|results?)(?: together| combined)?",
                         sf, re.I) for (r, _), sf in zip(p.rows, p.surfaces)
            if r == "total_processed"):
        rows = []  # "lawsuits … how many finished with result upheld": how the case ended, not requests handled
    if rows and {r for r, _ in rows} <= {"received"} and p.columns and context is not None and context.keys \
            and all(k.startswith("requests.") and not k.startswith("requests.received.") for k in context.keys) \
            and all(re.fullmatch(r"(?:filed|submitted|lodged|made|sent|put in|handed in|brought)", sf, re.I)
                    for (r, _), sf in zip(p.rows, p.surfaces) if r == "received") \
            and re.search(r"\b(?:filed|submitted|lodged|made|sent|put in|handed in|brought) by\b", p.text, re.I):
        # "Sorry, I meant only the ones filed by individuals." after the petitions not processed: who filed the requests
        # just asked, not the requests received
        rows = []
    if {"other.overdue_correction", "not_processed.excessive"} <= {r for r, _ in rows} and all(
            re.fullmatch(r"(?:without (?:a |any )?|(?:with |for )?no )(?:good|proper|valid|justifiable|legitimate) reasons?|无正当理由", sf, re.I)
            for (r, _), sf in zip(p.rows, p.surfaces) if r == "not_processed.excessive"):
        # "didn't supplement or correct them in time without a good reason": both printed labels say 无正当理由;
        # beside the overdue correction it is that row's, not the excessive repeated requests
        rows = [r for r in rows if r[0] != "not_processed.excessive"]
    if rows and {r for r, _ in rows} <= {"unable.needs_creation"} and set(p.items) & {"normative_docs", "regulations"} \
            and all(re.search(r"newly|新制作|新制发|新(?:出|发)", sf, re.I) for (r, _), sf in zip(p.rows, p.surfaces)
                    if r == "unable.needs_creation"):
        rows = []  # "newly produced normative documents": the documents made, not information to be newly created
    # measures alone ("制发了多少件"): the documents item
    if not has_active and not rows and not p.columns and not p.apply and not has_appeals \
            and inherit and ctx["items"] and [m for m in p.measures if m != "change"]:  # 减少了多少: a difference
        has_active = True  # "几个项目？" after the procurement amount: the same item, this measure
        p.items = list(ctx["items"])
    if not has_active and not rows and not p.columns and not p.apply and not has_appeals:
        doc_measures = [m for m in p.measures if m in ("issued", "made", "repealed", "in_force", "total_published")]
        if doc_measures and not p.unexplained:  # "发布了多少件政府信息" is not about normative documents
            has_active = True
            p.items = ctx["items"] if inherit and ctx["items"] else ["normative_docs"]
            p.guessed_item = not (inherit and ctx["items"])

    if rows and {r for r, _ in rows} <= {"granted"} and set(p.items) & {"licensing"} and not p.columns and not p.apply \
            and re.search(r"licen[cs]es?|permits?|许可", p.text, re.I) and not _SUM_RE.search(p.text):
        rows = []  # "licences granted", "permits granted (行政许可)": licensing decisions, not requests granted
    if rows and {r for r, _ in rows} <= {"withheld.process_info"} and set(p.items) & {"normative_docs", "regulations"} \
            and all(re.fullmatch(r"draft(?:ed|ing|s)?|起草(?:了|的)?", sf, re.I) for sf in p.surfaces):
        rows = []  # "how many normative documents did it draft and make": the documents made, not drafts withheld
    absorbed = {i for r, _ in rows for i in _ROW_ABSORBS.get(r, ())}
    if absorbed and p.items and not (_SUM_RE.search(p.text) or _PARTS_NAMED_RE.search(p.text)):
        p.items = [i for i in p.items if i not in absorbed]
        has_active = bool(p.items) or (has_active and not absorbed)

    # ---- table 三
    # "被老百姓直接起诉到法院": the people who sued, said in passing — not a column of applicants
    # asked ("filed by companies rather than individuals" asks a split the tables do not make)
    cols_in_passing = bool(p.groups) and not p.apply and bool(re.search(
        r"老百姓|群众|市民|居民|公民|\bpeople\b|\bcitizens?\b|\bresidents?\b", p.text, re.I)) and not re.search(
        r"自然人|个人|企业|公司|律所|法律服务|科研|公益|其他组织|法人|\bindividuals?\b|compan|\bfirms?\b|business|enterprise|"
        r"\blaw\b|\blegal\b|organi[sz]ation", p.text, re.I)
    if rows or (p.columns and not ((cols_generic or cols_in_passing) and (has_active or has_appeals))) or \
            (p.apply and not has_active and not has_appeals):
        if any(not weak for _, weak in rows):  # "answered 'not held'": the specific row, not "answered"
            # (unless the generic word is an addend joined to the specific one: "released requests plus
            # 'not held' ones, total?", "disclosed plus not held, combined")
            # (never amid words nothing explains: "'not held' plus 'sent to the wrong office'" names no second row)
            added = _weak_rows_added(p) if _SUM_RE.search(p.text) and not p.unexplained else set()
            rows = [r for r in rows if not r[1] or r[0] in added]
        elif p.unexplained:  # only a generic word (公开, handled) amid words nothing explains: no reading
            rows = []
        row_paths = _unique(r for r, _ in rows)
        # "不予公开多少件（含国家秘密）": a sub-item said to be included in its group — the group's whole
        inside = {v for a, _, v in p.row_at if re.search(r"[（(]\s*(?:含|包括|包含)\s*$", p.text[:a])}
        if inside and any(any(v.startswith(r + ".") for v in inside) for r in row_paths if r not in inside):
            row_paths = [r for r in row_paths if r not in inside or not any(r.startswith(o + ".") for o in row_paths)]
        row_paths = [r for r in row_paths if not any(o.startswith(r + ".") for o in row_paths)]
        row_paths = _specific_rows(row_paths, p.conj_text or p.text)
        if row_paths is None:  # a part of a group taken from another group's whole: no cell, no default
            row_paths, p.foreign_part = [], True
        if len(row_paths) > 1 and "received" in row_paths and not _SUM_RE.search(p.text) and any(
                r not in ("received", "total_processed", "carried_over", "carried_forward") for r in row_paths) and all(
                _SUBMITTED_RE.fullmatch(sf) for (r, _), sf in zip(p.rows, p.surfaces) if r == "received"):
            # "把信访举报投诉当申请递上来、最后不予处理的", "个人递交、被认定为信访…": how the request came in,
            # not the row of requests received
            row_paths = [r for r in row_paths if r != "received"]
        if len(row_paths) > 1 and _WHOLE_THEN_PART.search(p.text) and not (_SUM_RE.search(p.text) and all(
                r in ("received", "total_processed", "carried_over", "carried_forward") for r in row_paths)):
            # (not "新收申请中自然人的，加上上年结转的": rows added, a column said inside the first)
            # "收到的申请里，被认定为信访类的": the part named after the whole it is a part of
            row_paths = [r for r in row_paths if r not in ("received", "total_processed")] or row_paths
        if not row_paths:
            # a column alone: with a word of applying ("自然人申请了多少") the applications received;
            # without one ("法人那一栏合计") the column has many rows: received and handled, asked back
            row_paths = ctx["rows"] if inherit and ctx["rows"] and not p.foreign_part else (
                # (never received by default when words of what happened are left: "有多少申请最后没给")
                # (nor after appeals, when nothing of requests is named: "how many got some other result?")
                # (nor when it points back to a quantity the turn before never read: "个人申请里这种的多少")
                [] if p.unexplained or p.foreign_part or _names_an_outcome(p.masked) or (ctx["groups"] and not p.columns)
                or (context is not None and _POINTS_BACK_RE.search(p.text))
                else ["received"] if p.apply or p.column_applied or not p.columns
                else ["received", "total_processed"])
            p.guessed_row = len(row_paths) > 1
        # "ok and the total again but for partial": the total column, not the column asked before
        total_again = bool(_WHOLE_ROW_RE.search(p.text) or re.search(r"\btotal\b|\baltogether\b|\bin all\b|总共|一共|共计", p.text, re.I)
                           # ("收到几件？" → "有没有单位来申请的？法人提了几件？" → "最后予以公开的是几件？": how the requests ended)
                           or re.match(r"\W*(?:那|那么)?(?:最后|最终|到最后)(?:(?:一共|总共)?有)?(?:予以公开|全部公开|部分公开|不予公开|无法提供|不予处理)", p.text))
        # "and how many did it fully grant?" after individuals' requests: "it" is the body, a new row asked
        # of all its applicants, not of the column before ("and how many of those were granted?" keeps it)
        body_subject = bool(_BODY_SUBJECT_RE.search(p.text)) and not _OF_THOSE_RE.search(p.text)
        # ("其中企业的" then "上年结转过来的呢": the part was of the row before; a new row is asked whole)
        part_before = context is not None and context.part_of_previous and bool(p.rows) \
            and not _PART_OF_PREVIOUS_RE.search(p.text)
        # ("STCSM 2024 requests from individuals?" then "how many carried over from 2023?": the stock carried
        # between years is asked whole, unless pointed back to — "of those", "theirs")
        # (people read it both ways: the whole row and the column before are both offered, never one guessed)
        # ("Shuyang 2025 - carried-over requests from individuals?" → "Sorry, I meant the ones carried forward into 2026.":
        # one carry row for the other, of the column just asked — the column kept)
        carry_swapped = p.corrected and context is not None and len(context.keys) == 1 and bool(p.rows) and not context.keys[0].endswith(".total") \
            and context.keys[0].startswith(("requests.carried_over.", "requests.carried_forward.")) \
            and len({r for r, _ in p.rows}) == 1 and {r for r, _ in p.rows} <= {"carried_over", "carried_forward"} \
            and context.keys[0].split(".")[1] not in {r for r, _ in p.rows}
        carry_unsure = not part_before and not carry_swapped and bool(p.rows) and {r for r, _ in p.rows} <= {"carried_over", "carried_forward"} \
            and not _OF_THOSE_RE.search(p.text) and not re.search(r"\b(?:their|theirs|them|they)\b|他们|她们|这些人|其中|"
                                                               # "What was that same carry-over figure in 2019?": the one before
                                                               r"\b(?:that|the|this) same\b|同样的|同一个|"
                                                               # "I meant the ones carried over …, not new ones": the row
                                                               # corrected, the column kept
                                                               r"\bnot (?:the )?new(?:ly received)? (?:ones|requests|applications)\b|"
                                                               r"(?:而)?不是(?:本年)?新收", p.text, re.I)
        cols = _unique(p.columns) or (ctx["columns"] if inherit and ctx["columns"] and not total_again
                                      and not (body_subject and p.rows) and not part_before else ["total"])
        # ("予以公开多少" → "部分公开的单独有几件" → "部分公开里企业提的有几件" → "那全部公开和部分公开加在一块是多少件？":
        # rows named anew and added, no column said, each row's total asked earlier in the conversation — their totals)
        named_rows = {r for r, _ in p.rows}
        asked_before = set(context.keys + context.previous_keys + context.earlier_keys) if context is not None else set()
        if not p.columns and len(named_rows) >= 2 and _SUM_RE.search(p.text) and not _OF_THOSE_RE.search(p.text) \
                and not re.search(r"\b(?:their|theirs|them|they|those|these)\b|他们|她们|这些|那些|其中|里面", p.text, re.I) \
                and all(f"requests.{r}.total" in asked_before for r in named_rows):
            cols = ["total"]
        if carry_unsure and not p.columns and cols != ["total"] and len(cols) == 1:
            cols = ["total", cols[0]]
            both_readings = True
        else:
            both_readings = False
        if len(set(p.columns)) == 1 and not both_readings and _PART_INCLUDED_RE.search(p.text) and not re.search(
                # (not "个人申请人的…无法提供的（三个分项都算）一共": the row's sub-items included, the column kept)
                r"(?:分项|子项|小项|各项|[两三四五六七八九\d]项|[两三四五六七八九\d]种(?:情形|情况|原因|理由)?|[两三四五六七八九\d]个(?:分项|小项|原因|理由|情形))(?:都|也|全)?(?:算|包括|包含|加)",
                p.text) and re.search(
                r"\btotal\b|\boverall\b|\bin all\b|\baltogether\b|总数|总计|合计|一共|总共|全部", p.text, re.I):
            cols = ["total"]  # "And overall, businesses included?", "总数（企业也算在内）": the whole, that part in it
        if len(cols) > 1 and "total" in cols and not both_readings:
            cols.remove("total")
        if len(set(cols) & set(lexicon.ORG_COLUMNS)) >= 3 and "other_org" not in cols and re.search(
                r"\band (?:all )?the rest\b|\band (?:all )?others\b|\band the others\b|\band other (?:organi[sz]ations|orgs|bodies|groups|types|kinds)\b|"
                r"\b(?:of )?(?:any|every|all) (?:type|kind)s?\b|及其他|和其他|以及其他|等其他|其余|剩下的|[\s、，,]其他(?:的)?\s*[）)]", p.text, re.I):
            # "organisations of any type — companies, research bodies, NGOs, law firms and the rest combined": the four named
            # and the "other" organisations column with them
            cols = cols + ["other_org"]
        if "other_org" in cols and len(cols) > 1 and re.search(
                r"不是|除了?|以外|之外|\bnot\b|\bneither\b|\bnor\b|\bother than\b|\bexcept\b|\bbesides\b", p.text, re.I) \
                and re.search(r"其他(?:组织|单位|机构)|\bother (?:organi[sz]ations?|orgs?|bodies|entities|institutions)\b", p.text, re.I):
            cols = ["other_org"]  # "既不是个人也不是企业、律所的“其他”组织": the columns named are the ones ruled out
        if "legal_person" in cols and any(c in lexicon.ORG_COLUMNS for c in cols) and re.search(
                r"(?:这些|这类|等|之类的?)(?:的)?法人(?![^。？?，,]{0,8}?(?:里|中|当中|之中)(?!心))|\b(?:such|these|those) legal persons\b(?!\s*,?\s*how many)", p.text, re.I):
            # (not "这些法人里商业企业是几件": a column of the organisations just given)
            cols = ["legal_person"]  # "企业、机构这些法人或其他组织": examples of the printed head, the head itself
        if len(set(cols)) >= 2 and set(cols) <= set(lexicon.ORG_COLUMNS) and re.search(
                r"[、和与及][^。？?，,]{1,8}?(?:这些|等)(?:的)?(?:单位|组织|机构)(?!里|中|当中)", p.text):
            cols = ["legal_person"]  # "企业、律所这些单位加在一起": examples of the organisations, all five columns
        if "legal_person" in cols and any(c in lexicon.ORG_COLUMNS for c in cols):
            cols.remove("legal_person")
        own = _columns_of_each_row(p, row_paths) if len(row_paths) > 1 and p.columns and _SUM_RE.search(p.text) else None
        if own is not None:
            keys = [[f"requests.{r}.{c}"] for r in row_paths for c in own[r] if f"requests.{r}.{c}" in cat]
        else:
            keys = [[f"requests.{r}.{c}"] for r in row_paths for c in cols if f"requests.{r}.{c}" in cat]
        if "结转" in p.surfaces or "carried" in p.surfaces:  # bare 结转: forward first, over second
            keys = [k + [k[0].replace(".carried_forward.", ".carried_over.")] if ".carried_forward." in k[0] else k for k in keys]
            if inherit and ctx["rows"] == ["carried_over"] and not re.search(
                    r"下年|下一年|明年|来年|转出|\bnext\b|\bforward\b|\bout\b|\bfollowing\b", p.text, re.I):
                # "其中自然人结转的呢" after 上年结转: the same direction (not "and carried out to the next?")
                keys = [[k[1], k[0]] if len(k) == 2 and ".carried_forward." in k[0] else k for k in keys]
        groups_out.append((p.first_pos.get("requests", 0), keys))

    # ---- table 四
    if has_appeals:
        groups = _unique(p.groups)
        if "litigation" in groups and any(g.startswith("litigation_") for g in groups):
            groups.remove("litigation")
        if "review" in groups and "litigation_direct" in groups and _SKIPPED_REVIEW_RE.search(p.text) \
                and not (_SUM_RE.search(p.text) and re.search(r"复议(?:和|与|及|、|加)|\breviews? (?:and|plus)\b", p.text, re.I)):
            groups.remove("review")  # "没复议直接告到法院": the review named as skipped, not asked
        if p.appeals_hint and groups and "review" not in groups and _SUM_RE.search(p.text) and re.search(
                r"复议(?:和|与|及|、|加)?(?:行政)?诉讼|\b(?:reconsiderations?|reviews?) (?:and|plus|\+) (?:litigation|lawsuits?|suits|court cases)\b",
                p.text, re.I):
            groups = ["review"] + groups  # "复议和诉讼案件（直接起诉加复议后起诉）一共": the reviews, then the suits glossed

        sub = [g for g in ctx["groups"] if g.startswith("litigation_")] if inherit else []
        own_text = re.sub(r"^\s*(?:and|also|then|so|那么?|还有|再|和)\s*", "", p.text, flags=re.I)  # a follow-up's "and"
        if groups == ["litigation"] and len(sub) == 1 and not (_SUM_RE.search(own_text) or _PARTS_NAMED_RE.search(own_text)) \
                and not re.search(r"^\W*(?:so|and|ok|okay|then)?[,\s]*(?:the )?(?:total|overall|all)\s+(?:number of\s+)?(?:lawsuits|suits|court cases|litigation)\b|"
                                  r"\ball (?:the )?(?:lawsuits|suits|court cases)\b|(?:所有|全部)(?:的)?(?:行政)?诉讼", own_text, re.I):
            groups = sub  # "ones where the court corrected it?" after direct lawsuits: those lawsuits
        if "litigation_after_review" in groups and "review" in groups and not (
                _SUM_RE.search(p.text) or _PARTS_NAMED_RE.search(p.text)):
            groups.remove("review")  # "先申请复议、复议后再起诉的官司": the review names the suits' kind
        both_named = p.appeals_hint and re.search(  # "那全县一共办理复议诉讼案件多少件": both named, whatever came before
            r"复议(?:和|与|及|、|加)?(?:行政)?诉讼|\b(?:reconsiderations?|reviews?) (?:and|plus|\+|or) (?:litigation|lawsuits?|suits|court cases)\b",
            p.text, re.I)
        if not groups:
            if inherit and ctx["groups"] and not both_named:
                groups = ctx["groups"]
                # "how many did the county lose?" after "how many lawsuits" (both kinds added): both kinds again
                forced_sum = forced_sum or (context is not None and context.operation == "sum"
                                            and sorted(groups) == ["litigation_after_review", "litigation_direct"])
            elif p.appeals_hint:  # "复议诉讼案件": three readings, not their sum
                groups = ["review", "litigation_direct", "litigation_after_review"]
        unexplained_zh = any(_CJK.search(w) for w in p.unexplained)
        total_named = bool(re.search(r"\btotal\b|\boverall\b|\baltogether\b|\bin all\b|总计|总数|合计|一共|总共|全部|所有|"
                                     # "How many disclosure reconsiderations were there in 2019?": the group whole
                                     r"\bhow many\b[^?]{0,60}\bwere there\b", p.text, re.I))
        outs = _unique(outcomes) or (
            ["total"] if total_named and inherit and ctx["outcomes"] and not unexplained_zh
            # "and the total of direct lawsuits": not the outcome asked before
            else ctx["outcomes"] if inherit and ctx["outcomes"] and p.groups and not (
                context is not None and context.part_of_previous and not p.same_question)
            # ("还没审结的有几件？" → "直接起诉的行政诉讼有多少件？": a question of its own naming the group and its count, not
            # pointing back — the group's whole)
            and not (re.search(r"(?:行政诉讼|诉讼案件|行政复议|复议案件)(?:案件)?(?:一共|总共|共)?有(?:多少|几)件", p.text)
                     and not re.search(r"^\W*(?:那|那么|还有|再)|呢\s*[？?]?\s*$|其中|这些|那些|同样|也", p.text))
            # ("维持了几件？" → "直接起诉的行政诉讼呢？": the other group named whole, its own noun last — not "…里维持的呢")
            and not re.search(r"^\W*(?:那|那么)?(?:未经复议|没经过复议)?(?:直接起诉|复议后(?:再|又)?起诉|复议之后(?:再|又)?起诉)的"
                              r"(?:行政诉讼|诉讼案件|官司)\s*呢\s*[？?]?\s*$", p.text)
            # (never the group's total when words of what happened are left: "复议把县政府的决定改了的")
            else ([] if unexplained_zh or _names_an_outcome(p.masked, _APPEAL_OUTCOME_CHARS) else ["total"]))
        if not _unique(outcomes) and p.groups and inherit and outs == ctx["outcomes"] and "total" not in outs \
                and context is not None and (said := {int(y) for y in _YEAR_RE.findall(p.text)}) and not said & set(context.years) \
                and any(k.startswith("appeals.") and k.endswith(".total") for k in context.previous_keys):
            # "复议后起诉几件？(2024)" → "2023年复议后起诉维持的有几件？" → "2024年的行政复议呢？": back to the year the
            # group's total was asked in, a new group — its total or the outcome just asked, both offered
            outs = ["total"] + outs
        if groups and _decided_asked(p.text) and set(_unique(outcomes)) <= {"pending", "total"} \
                and not _SUM_RE.search(p.text):
            # "How many of Shuyang's 2025 reconsiderations were already decided?", "去掉没审完的，已经出结果的有多少？":
            # the decided outcomes added (upheld, corrected, other), the pending set aside — never the group's total
            outs = ["upheld", "corrected", "other"]
            forced_sum = True
        keys = []
        if not groups:  # an outcome alone: reconsideration or either lawsuit -- three readings
            for o in outs:
                keys.extend([f"appeals.{g}.{o}"] for g in ("review", "litigation_direct", "litigation_after_review"))
        own = _outcomes_of_each_group(p, groups) if len(groups) > 1 and _SUM_RE.search(p.text) else None
        for g, g_outs in (own or {}).items():  # "复议的维持、纠正…，再加上直接起诉里维持的": each its own
            keys.extend([f"appeals.{g}.{o}"] for o in g_outs)
        for g in groups if own is None else ():
            expanded = ["litigation_direct", "litigation_after_review"] if g == "litigation" else [g]
            kind_left = _lawsuit_kind_set_aside(p.text) if g in ("litigation", "litigation_direct", "litigation_after_review") else None
            if kind_left and g == kind_left and "litigation" in groups:
                continue  # "被告了几次（不算复议后起诉的）": the kind set aside is named only to be left out of the lawsuits
            if kind_left and (g == "litigation" or g == kind_left and len(groups) == 1 and re.search(
                    r"诉讼|官司|\blawsuits?\b|\bsuits\b|\blitigation\b|\bcourt cases\b", p.text, re.I)):
                # "lawsuits other than those filed directly", "行政诉讼里除了复议后起诉的，还有几件": the other kind alone
                expanded = ["litigation_after_review" if kind_left == "litigation_direct" else "litigation_direct"]
            forced_sum = forced_sum or (len(expanded) > 1 and len(groups) == 1)  # 行政诉讼 alone: both kinds
            for e in expanded:
                for o in outs:
                    keys.append([f"appeals.{e}.{o}"])
        keys = [[k for k in grp if k in cat] for grp in keys]
        groups_out.append((p.first_pos.get("appeals", 0), [g for g in keys if g]))

    # ---- table 二
    if has_active:
        items = _unique(p.items) or (ctx["items"] if inherit and ctx["items"] else [])
        keys = []
        for item in items:
            valid = lexicon.ITEM_MEASURES[item]
            measures = [m for m in _unique(p.measures) if m in valid]
            if "amount" in measures and "projects" in measures and re.search(r"金额|多少钱|万元|花了|花费|费用|\bamount\b|\bhow much\b|\bspen[dt]\b|\bcosts?\b|\bcame to\b|\bcome to\b|\bvalue\b", p.text, re.I) \
                    and not re.search(r"项目(?:数|个数|数量)|几个项目|多少个项目|\bnumber of projects\b|\bhow many projects\b", p.text, re.I):
                measures.remove("projects")  # "采购项目的总金额": the amount of the projects, not their number
            if item in ("regulations", "normative_docs") and set(measures) <= {"issued", "made"} \
                    and re.search(r"\bpublish(?:es|ing)?\b", p.text, re.I) \
                    and not [w for w in p.unexplained if not re.fullmatch(r"publish(?:es|ing)?", w, re.I)] and not re.search(r"制作|制发|印发|出台|制定|起草|发文|\b(?:issu|enact|adopt|produc|creat|draft|promulgat|introduc)\w*|"
                                      r"\b(?:made|make|making|drawn|drew|draw|rolled out|put out|passed)\b", p.text, re.I):
                # "How many new regulations did it publish that year?": newly published, "new" only its adjective
                measures = ["published"]
            if "total_published" in valid and measures != ["total_published"] \
                    and re.search(r"对外公开|公开的|\bpublicly\b|\bpublished\b|\breleased\b|\bmade public\b|\bdisclosed\b", p.text, re.I) \
                    and re.search(r"总数|总量|总共|一共|共有|累计|截至|截止|到[^，。？?]{0,8}年底|\btotal\b|\bin all\b|\baltogether\b|"
                                  r"\bas of\b|\bby the end of\b", p.text, re.I) \
                    and not re.search(r"本年|当年|今年|(?<!不是)(?<!不只是)(?<!不光是)(?<!旧)新(?!旧)|(?<!\bnot )(?<!\bnot just )(?<!\bnot only )(?<!\bold and )(?<!\bold or )"
                                      r"\bnew(?:ly)?\b(?!\s+(?:and|or|&)\s+old\b)|"
                                      r"\bthis year\b|\bthat year\b|\bin the year\b", p.text, re.I):
                measures = ["total_published"]  # "对外公开的规章总数": the total published, not this year's
            if not measures:
                # a follow-up naming another item only ("行政规范性文件呢？" after 规章现行有效): the same measure
                prev = [m for m in ctx["measures"] if m in valid] \
                    if inherit and (not p.items or _FOLLOW_UP_RE.search(p.text)) else []
                # no measure named: every measure of the item is a reading (asked back), none by default
                measures = prev or list(valid)
                p.default_measure = p.default_measure or not prev
            for m in measures:
                cands = [f"active.{item}.{x}" for x in (m,) + lexicon.MEASURE_FALLBACKS[m]]
                cands = [c for c in cands if c in cat]
                if cands:
                    keys.append(cands)
        groups_out.append((p.first_pos.get("active", 0), keys))

    groups_out.sort(key=lambda g: g[0])
    return [grp for _, gs in groups_out for grp in gs], forced_sum


@dataclass
class _Cues:
    table: bool
    check: bool
    ranking: bool
    difference: bool
    vs_previous: bool
    sum: bool
    quantity: bool
    passage: bool
    not_in_tables: bool
    follow_up_shape: bool
    why: bool = False
    list_cue: bool = False  # "列出", "show the table": the table itself, even with a row named
    asks_amount: bool = False  # "是多少", "how many": an amount asked in so many words
    consistency: bool = False  # "对得上吗", "add up?": the table's arithmetic asked about (not only 核对/check)
    printed_asked: bool = False  # "the printed total", "表上印的总数": the cell as printed asked by name

    @property
    def any_operation(self) -> bool:
        return self.table or self.check or self.ranking or self.difference or self.sum


def _count_and_check(c: _Cues, n_addends: int, has_keys: bool) -> bool:
    """One count asked in so many words and whether the table squares with it ("结转下年度的写了几件？对得上吗？"):
    the count, its checks said after it (not the report's checks alone, no number)."""
    # ("Do the outcomes add up? What is the printed total?": "add up" both the check's word and a sum's — one count named)
    return c.check and c.consistency and c.asks_amount and has_keys and n_addends == 1 and not c.table and (
        not c.sum or c.printed_asked)


def _choose_operation(c: _Cues, n_addends: int, has_keys: bool, inherited_keys: bool, context: Query | None) -> str:
    """The first operation whose cue is present; a bare follow-up repeats the previous one."""
    # "of the five reports with full tables, which…", "how did … change between the reports (table figures)"
    # "表三第（四）项第1小项自然人一栏是多少": a cell named by its table, asked for its number
    if c.why and not c.quantity and not c.sum:
        # "21 in 2023 but 95 in 2024 per its table — what caused the jump?": the table named as the source
        # of what is known, the cause asked
        return "passage"
    if c.table and not (c.ranking and n_addends > 1) and not (c.difference and has_keys) \
            and not (has_keys and (c.quantity or not c.list_cue)):
        return "table"
    if c.check and not (c.sum and c.asks_amount and has_keys and n_addends > 1) and not _count_and_check(c, n_addends, has_keys):
        # ("三个小项加起来是多少，跟总数对得上吗？": the sum asked, a number, before the check of it)
        return "check"
    if c.why and not c.quantity and not c.sum:
        return "passage"  # "why did many cases arise": the report's explanation, not a count
    if c.not_in_tables:
        return "passage"  # averages, durations, ratios: only the narrative may state them
    if c.ranking:
        return "ranking"
    if c.difference and (has_keys or c.quantity or c.vs_previous):
        return "difference"
    if c.sum and (has_keys or c.quantity):
        return "sum" if n_addends > 1 else "value"
    if inherited_keys and not c.quantity and not c.any_operation and context is not None:
        return context.operation  # "那2021年呢？"
    if c.passage and not c.quantity:
        return "passage"
    if c.not_in_tables:
        return "passage"  # averages, durations, ratios: only the narrative may state them
    if not has_keys:
        return "passage"
    # "那不予公开的呢？" after a comparison: the same operation on the new quantity
    if (
        context is not None
        and context.operation in ("sum", "difference", "ranking", "trend")  # trend: rag.years
        and not c.any_operation
        and (inherited_keys or (c.follow_up_shape and not c.quantity))
    ):
        return context.operation
    return "value"


# words pointing back at what was just counted ("them", "those", "这些", "其中")
_POINTS_AT_PREVIOUS_RE = re.compile(r"\b(?:them|those|these|they|that|it)\b|这些|那些|其中|这里面|那里面|它们|他们|"
                                    # "上海那边的采购总金额": the body just asked about, there
                                    r"(?<=[\u4e00-\u9fff])(?:那边|那儿|那里)(?:的)|"
                                    r"(?:这|那)(?:几|两|三|\d+)\s*(?:件|个|起|项|宗)|"
                                    # "洪泽那年复议结果被纠正的有几件": the year being discussed
                                    r"那(?:一)?年(?!度报告)|这一?年(?!度报告|以来|来|头)|当年|\bthat (?:same )?year\b|\bthis same year\b|"
                                    # "And how many of Shanghai's were still pending?": the body's cases just given
                                    r"\bhow many of (?-i:[A-Z])[\w'’-]+['’]s?\s+(?:were|was|are|is)\b", re.I)
# "那两年加起来", "these two years combined": the two years of the last two turns
_BOTH_YEARS_RE = re.compile(r"(?:这|那)?(?:两|俩)(?:个)?(?:年度|年)(?!前|后|以前|以后|来|半)|"
                            r"\b(?:both|the two|these two|those two|the 2|these 2|those 2) years\b|\bboth (?:of )?(?:those|these|the) years\b", re.I)
# "哪一年", "which year": the years of one body ranked (the answer: rag.years.year_ranking)
_WHICH_YEAR_RE = re.compile(lexicon.WHICH_YEAR, re.I)
# "Which was higher?", "哪个多？": which of the figures just given, no year or body named
_WHICH_BARE_RE = re.compile(r"^\s*(?:(?:and|so|ok(?:ay)?|then)\s*,?\s*)?which(?:\s+(?:one|figure|number|count|of the two|of them))?\s+"
                            r"(?:was|is|were|are)\s+(?:the\s+)?(?:higher|bigger|larger|greater|more|lower|smaller|fewer|less)\b|"
                            r"^\s*(?:那|那么)?(?:这两个|两个|哪个)(?:数)?(?:里)?(?:哪个)?(?:更)?(?:多|高|大|少|低)", re.I)
# "how much of that went to …", "其中有多少给了…": a share of the figure just given, by who got it
_SHARE_TO_BODY_RE = re.compile(
    r"\bhow (?:much|many) of (?:that|those|it|this|them|the (?:money|total|amount|figure|fees?))\b[^?？]{0,30}?"
    r"\b(?:went|go|goes|gone|was paid|were paid|was given|were given|was sent|were sent|belong(?:ed|s)?|was allocated|were allocated) to\b|"
    r"(?:这|那)(?:些|笔|个)?(?:钱|费用|收费|数|数字|金额)?(?:里面?|中|当中)有?多少(?:是|钱)?(?:给了?|归|流向|分给了?|交给了?|划给了?)|"
    r"其中有?多少(?:钱)?(?:是)?(?:给了?|归|流向|分给了?|划给了?)", re.I)
# "后一年减前一年", "the later year minus the earlier one": the two years of the last two turns, not the year before
_LATER_VS_EARLIER_RE = re.compile(
    r"(?:后|后面|后来|晚|新)(?:的)?(?:一|那|一个)?年(?:的)?[^，。？?]{0,4}?(?:减去?|比|相比|对比|较|-|－)(?:的)?(?:前|前面|早|先)(?:的)?(?:一|那|一个)?年|"
    r"(?:前|前面|早|先)(?:的)?(?:一|那|一个)?年(?:的)?[^，。？?]{0,4}?(?:和|跟|与|到|比)(?:后|后面|后来|晚)(?:的)?(?:一|那|一个)?年|"
    r"\b(?:the )?(?:later|latter|second|newer|more recent) (?:year|one)(?:'s)? (?:minus|less|compared (?:with|to)|vs\.?|versus|over) (?:the )?(?:earlier|former|first|older) (?:year|one)\b",
    re.I)


def _writes_a_year(text: str) -> bool:
    """A year written in the question (2024, 二〇二四年, 24年, FY24), by the readers' own year patterns."""
    return any(rx.search(text) for rx in (_YEAR_RE, _ZH_YEAR_RE, _SHORT_YEAR_ZH, _SHORT_YEAR_EN))
# "How does that compare with 2023?", "how did it compare": the figure just given set against another year,
# not a request for the report's account of something (its "how does" is no passage cue here)
_COMPARE_BACK_RE = re.compile(r"\bhow (?:does|did|do|would|has) (?:that|it|this|the (?:figure|number|count|total))(?: one)?"
                              r"(?: (?:figure|number))? (?:compare|change|changed|move|moved|difference)\b", re.I)
_SAME_YEAR_RE = re.compile(r"同一年|同一年度|同年|\b(?:the|that) same year\b|\bsame year\b", re.I)


def _resolve_years(
    written: list[int],
    year_sense: str | None,
    vs_previous: bool,
    operation: str,
    agency_names: list[str],
    years_held: dict[str, list[int]],
    context: Query | None,
) -> list[int]:
    """Years written out, else a relative year resolved, else the follow-up's, else the only one held.

    "last"/"this"/"before_last" count from the newest report held for the agency (or held at
    all); "previous" counts from the year being discussed when there is one. A difference
    spans [earlier, later]; one year given means that year and the one before.
    """
    newest = _newest(agency_names, years_held)
    years = list(written)
    if not years and year_sense is not None:
        base = newest
        if year_sense == "previous" and context is not None and context.years:
            base = min(context.years)
        if year_sense == "following":
            # (none discussed: the year after the newest held, which no report holds — never the newest itself)
            base = max(context.years) + 2 if context is not None and context.years else (newest + 2 if newest else None)
        offset = {"this": 0, "last": 1, "previous": 1, "before_last": 2, "following": 1}[year_sense]
        years = [base - offset] if base is not None else []
    if not years and year_sense is None and context is not None and len(agency_names) == 1 \
            and len(years_held.get(agency_names[0], [])) > 1 \
            and (seen_year := (dict(context.agency_years).get(agency_names[0]) if context.operation == "ranking" else None)
                 or dict(context.seen).get(agency_names[0])) in years_held.get(agency_names[0], []) \
            and (context.operation == "ranking" and agency_names[0] in context.agencies
                 or agency_names[0] not in context.agencies
                 and not (context.years and all(y in years_held.get(agency_names[0], []) for y in context.years))):
        # ("Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 …" → "And how many did Hongze process?": its year in the ranking)
        # "洪泽2023…" → "沭阳2025呢？" → "洪泽呢？": a body asked before, in the year the conversation asked it
        years = [seen_year]
    if not years and year_sense is None:
        if context is not None and context.years:
            # same body, a comparison, or a year the new body also holds: keep the year(s)
            same_body = agency_names == list(context.agencies)
            held = all(y in years_held.get(a, []) for a in agency_names for y in context.years)
            if same_body or held or len(context.years) > 1:
                years = list(context.years)
                held_here = set(years_held.get(agency_names[0], [])) if len(agency_names) == 1 else set()
                if len(years) > 1 and held_here and held_here & set(years) and set(years) - held_here:
                    # "行政强制呢？" after "2025年会比这个多吗？" (a year not held, declined): the years held
                    years = [y for y in years if y in held_here]
        if not years and len(agency_names) == 1 and len(set(years_held.get(agency_names[0], []))) == 1:
            years = sorted(set(years_held[agency_names[0]]))
        if not years and vs_previous and newest is not None and agency_names:
            years = [newest]
    if (operation == "difference" and not written and year_sense is None and context is not None
            and len(context.years) == 1 and len(context.previous_years) == 1 and context.previous_years != context.years
            and list(context.keys) == list(context.previous_keys) and agency_names == list(context.agencies)):
        years = sorted(context.previous_years + context.years)  # "2019年…" → "2025年呢" → "增加了多少"
    if (operation == "difference" and len(years) == 1 and written and year_sense is None and context is not None
            and len(context.years) == 1 and context.years[0] != years[0]):
        # "How many in 2024?" → "Is that more than in 2023?": the year written against the one being discussed
        years = sorted([years[0], context.years[0]])
    elif (operation == "difference" and len(years) == 1 and written and year_sense is None and context is not None
            and context.years == years and len(context.previous_years) == 1 and context.previous_years != years
            and list(context.keys) == list(context.previous_keys) and agency_names == list(context.agencies)):
        # "2019年…" → "Same thing for 2025?" → "How many more came in 2025?": the year just given against the
        # one before it in the conversation
        years = sorted(context.previous_years + years)
    if operation == "difference":
        if len(years) == 1 and (vs_previous or len(agency_names) < 2):
            years = [years[0] - 1, years[0]]
        elif len(years) >= 2:
            years = [min(years), max(years)]
    return years


# ------------------------------------------------------------------------- understand


@dataclass
class _Reading:
    """The operation cues of one question (what it asks to do, not what about)."""

    is_table: bool
    is_check: bool
    is_ranking: bool
    vs_previous: bool
    is_diff: bool
    is_sum: bool
    quantity: bool
    passage_cue: bool
    not_in_tables: bool
    follow_up_cue: bool


_ABOUT_RE = re.compile(r"^(?:were|was|requests?|applications?)\s+(?:about|on|concerning|related to|regarding)\b", re.I)


_ABOUT_FILLER = {"the", "a", "an", "in", "of", "on", "to", "by", "for", "and", "government's", "governments", "own", "its", "their", "things", "thing", "stuff", "matters",
                 "info", "information", "that", "which", "were", "was", "already", "city's", "county's", "office's"}


def _breakdown_asked(text: str, masked: str, senses: list[Sense]) -> bool:
    """A split the tables never make (by month, by topic …). "were about X" is not one when X is
    read whole as a sub-item of table 三 ("requests … about the government's own internal
    housekeeping", "… about things already published in books"): the sub-item names what the
    requests were ("about housing security (住房保障)" is a topic: "housing" is left over)."""
    subs = any(s.kind == "row" and "." in s.value for s in senses)
    for m in _BREAKDOWN_RE.finditer(text):
        if subs and _ABOUT_RE.match(m.group()) and len(masked) == len(text):
            after = re.split(r"[?？.。,，;；]", masked[m.start() + len(_ABOUT_RE.match(m.group()).group()):], 1)[0]
            if all(w.lower() in _ABOUT_FILLER for w in re.findall(r"[A-Za-z'’]+|[\u4e00-\u9fff]+", after)):
                continue
        return True
    return False


_QUOTED_SPAN_RE = re.compile(r"[“「\"]([^”」\"]{2,30})[”」\"]")


_STATED_PART_RE = re.compile(r"(?:(?<=[、，,年])|^)[\u4e00-\u9fff]{2,10}?\d+(?:\.\d+)?\s*(?:件|个|条|项|起)(?=\s*[、，,])")


def _stated_beside_quoted(text: str) -> str:
    """"…新收17件、上年结转0件、办结15件，那表里“结转下年度继续办理”填的是多少？": the rows the asker states with their
    numbers are known already; the row quoted is the one asked (the stated ones are blanked)."""
    quoted = [m.span() for m in _QUOTED_SPAN_RE.finditer(text)]
    if not quoted:
        return text
    def blanked(m: re.Match[str]) -> str:
        if any(a < m.end() and m.start() < b for a, b in quoted):
            return m.group()
        # ("行政复议维持10件、纠正1件，可“总计”那格…": the group named before its stated outcome stays)
        g = m.group()
        out = [" "] * len(g)
        for w in re.finditer(r"行政复议|行政诉讼|复议后起诉|直接起诉|复议|诉讼|表[二三四]", g):
            out[w.start():w.end()] = list(w.group())
        return "".join(out)

    return _STATED_PART_RE.sub(blanked, text)


def _drop_carried_from_previous(text: str, hits: list[Hit]) -> list[Hit]:
    """"requests inherited from the previous year", "上年结转过来": where the carried-over
    requests came from, not a comparison with the year before."""
    out: list[Hit] = []
    for i, h in enumerate(hits):
        if any(isinstance(s, Sense) and s.kind == "vs_previous" for s in h.payloads) and i and any(
                isinstance(s, Sense) and s.kind == "row" and s.value == "carried_over" for s in hits[i - 1].payloads) \
                and re.fullmatch(r"\s{0,2}", text[hits[i - 1].end:h.start]) and re.match(r"\s*from\b", h.surface, re.I):
            continue

        out.append(h)
    return out


_SAME_YEAR_AFTER_RE = re.compile(r"^\s*(?:的)?(?:同一年|同年|同一个年份|一样的年份|那一年)")


def _as_neutral(hits: list[Hit], drop: set[int]) -> list[Hit]:
    """``hits`` with the bodies in ``drop`` (by id) read as a neutral word: set aside, yet not a word nothing explains."""
    return [Hit(h.start, h.end, h.surface, [Sense("neutral", "neutral")], 2) if id(h) in drop else h for h in hits]


def _drop_year_reference_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    """"Hongze, same year as Huai'an?", "洪泽，跟淮安同一年的呢": the second body only names the
    year (the one asked of it before); the first is the body asked."""
    bodies = [h for h in hits if any(not isinstance(x, Sense) for x in h.payloads)]
    if len(bodies) < 2:
        return hits
    drop = set()
    for h in bodies[1:]:
        before = text[max(0, h.start - 30):h.start]
        if re.search(r"\bsame (?:year|period|time|report(?:ing)? year) as\s*(?:the\s+)?$|\bthe year of\s*$", before, re.I) \
                or (re.search(r"(?:和|跟|与|同)\s*$", before) and _SAME_YEAR_AFTER_RE.match(text[h.end:])):
            drop.add(id(h))
    if not drop or len(drop) >= len(bodies):
        return hits
    # (the name stays read — a neutral word — so it is not taken for a word nothing explains)
    return _as_neutral(hits, drop)


_NOT_THIS_BODY_BEFORE_RE = re.compile(r"(?:不是|并非|而不是|而非|不要|别看)\s*$|\b(?:not|rather than|instead of)\s+(?:the\s+)?$", re.I)


def _drop_negated_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    """"哦不是淮安，我问的是沭阳县2025年的", "not Huai'an — Shuyang, 2025": the body named only to be set
    aside, another named beside it; the other is the body asked."""
    bodies = [h for h in hits if any(not isinstance(x, Sense) for x in h.payloads)]
    if len(bodies) < 2:
        return hits
    drop = {id(h) for h in bodies if _NOT_THIS_BODY_BEFORE_RE.search(text[max(0, h.start - 12):h.start])}
    if not drop or len(drop) >= len(bodies):
        return hits
    return _as_neutral(hits, drop)


def _read_cues(text: str, masked: str, senses: list[Sense], hits: list[Hit] = (), offset: int = 0) -> _Reading:
    # ("每个月收到几件？请按月列出": a split the tables never make, listed — not the table asked for)
    unsourced = _NOT_THE_TABLE_RE.sub(" ", masked)
    if re.search(r"\bhow many\b", masked, re.I):
        # "How many new requests did Shuyang log in 2025 according to its table?": where one count is read, not the tables shown
        unsourced = re.sub(r"\b(?:according to|per|going by|as per|as shown in|as stated in)\s+(?:its|the|their)\s+(?:(?:statistical|stats|data|own)\s+)?"
                           r"tables?\b", " ", unsourced, flags=re.I)
    is_table = bool(_TABLE_RE.search(unsourced)) and not _breakdown_asked(text, masked, senses)
    vs_previous = any(s.kind == "vs_previous" for s in senses)
    return _Reading(
        is_table=is_table,
        # (a rate the checks gave — "pass rate in the provincial spot checks" — is the text's number, not our checks)
        is_check=not is_table and bool(_CHECK_RE.search(masked)) and not _NOT_IN_TABLES_RE.search(masked) and not (
            _VERIFY_VALUE_RE.search(text) and not _CONSISTENCY_WORDS_RE.search(text)) and (
            _CHECK_OUTCOME_RE.search(masked) is not None
            or (not _COUNTED_CHECKS_RE.search(masked) and not _counted_checking(masked, senses))),
        is_ranking=bool(_RANK_ZH.search(text) or _RANK_EN.search(text)),
        vs_previous=vs_previous,
        # "增加了多少" holds 增, the 增/减 column's word: without an item of table 二 it is a difference
        is_diff=vs_previous or bool(_DIFF_RE.search(masked)) or (
            bool(_DIFF_RE.search(text)) and any(s.kind == "measure" and s.value == "change" for s in senses)
            and not any(s.kind == "item" for s in senses)),
        # ("全县共办理复议诉讼相关案件多少件": 办理 is a term, masked; its 共 still adds)
        is_sum=bool(_SUM_RE.search(masked) or re.search(r"(?<![一总])共(?:办理|办了|受理|处理)|\bin all\b(?! (?:of|the|its|their)\b)", text, re.I)),
        quantity=bool(_QUANTITY_RE.search(text)),
        passage_cue=bool(_PASSAGE_RE.search(masked)),
        # a rate ("办结率", "公开率") is never a table cell, whatever word the rate is of
        # (the fee named by the row of requests dropped for not paying it is that row's, not the text's)
        # (a median, 中位数, is a statistic no table holds)
        not_in_tables=bool(_NOT_IN_TABLES_RE.search(masked) or _RATE_RE.search(text) or re.search(r"\bmedian\b|中位数", text, re.I)
                           or (NARRATIVE_ONLY_RE.search(_NOT_ASKED_ASIDE.sub(" ", text))  # "（不是信息处理费那个）": not asked
                               and not any(s.kind == "row" and s.value.endswith("overdue_fee")
                                                                          for s in senses))
                           or _breakdown_asked(text, masked, senses) or _qualified_out(text, hits, offset)),
        follow_up_cue=bool(_FOLLOW_UP_RE.search(text)),
    )


_REGIONS: dict[int, tuple[list[Agency], dict[str, str]]] = {}


def _regions(agencies: list[Agency]) -> dict[str, str]:
    """name → place of every body held, kept while the engine keeps the same list of bodies."""
    got = _REGIONS.get(id(agencies))
    if got is None or got[0] is not agencies or len(got[1]) != len({a.name for a in agencies}):
        got = (agencies, {a.name: _agency_place(a) for a in agencies})
        _REGIONS.clear()
        _REGIONS[id(agencies)] = got
    return got[1]


_KEYS: dict[int, tuple[list[Agency], int, tuple]] = {}


def _agency_key(agencies: list[Agency]) -> tuple:
    """The bodies as a hashable key for the matcher cache, built once per list of bodies."""
    got = _KEYS.get(id(agencies))
    if got is None or got[0] is not agencies or got[1] != len(agencies):
        got = (agencies, len(agencies), tuple((a.name, a.region, tuple(a.aliases)) for a in agencies))
        _KEYS.clear()
        _KEYS[id(agencies)] = got
    return got[2]


# a body named only by its level ("区政府办", "县政府"), no place before it
_GENERIC_BODY_RE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[说在的里是问]))([区县市])(?:人民)?政府(?:办公室|办)?")


def _which_agencies(hits, text: str, masked: str, agencies: list[Agency], context: Query | None,
                    is_ranking: bool) -> tuple[list[str], str | None, bool, list[str]]:
    """(agency names, the words naming a body not held, whether it is a follow-up, the
    candidates to ask back when a name fits bodies of different places — then no name)."""
    regions = _regions(agencies)
    named, mentioned, body_named, choices = _resolve_agencies(hits, text, masked, regions)
    follow_up = context is not None and not body_named
    if choices and context is not None and len(context.agencies) == 1 and context.agencies[0] in choices:
        # "上海市府办2019年采购项目是几个？" → "上海那边的采购总金额是多少？": of the bodies the name fits, the one
        # the conversation is about
        return list(context.agencies), context.agency_mentioned, True, []
    if choices and context is not None and len(context.agencies) == 1:
        m = _GENERIC_BODY_RE.search(text)
        if m and m.group(1) in context.agencies[0] and not any(regions.get(c) and regions[c] in text for c in choices):
            # "洪泽区2024…" → "正文里说区政府办代表区政府受理了几件？": the district's own office, the body discussed
            return list(context.agencies), context.agency_mentioned, True, []
    if choices:
        return [], None, follow_up, choices
    if body_named:
        return named, mentioned, follow_up, []
    if follow_up and not is_ranking:
        return list(context.agencies), context.agency_mentioned, follow_up, list(context.agency_choices)  # type: ignore[union-attr]
    if len(agencies) == 1 and not is_ranking:
        return [agencies[0].name], mentioned, follow_up, []
    return [], mentioned, follow_up, []


def _which_table(question: str, senses: list[Sense], key_groups: list[list[str]]) -> str:
    """The table a "table" question asks for: named (表三), or by its words, or by its keys."""
    kinds = {s.kind for s in senses}
    named = _TABLE_NO_RE.search(question)
    if named:
        return _TABLE_BY_NO[(named.group(1) or named.group(2))]
    if kinds & {"item", "measure", "active"}:
        return "active"
    if kinds & {"group", "outcome", "appeals"}:
        return "appeals"
    if key_groups:
        return lexicon.key_catalog()[key_groups[0][0]].table
    return "requests"


_BARE_FOLLOW_UP_ZH = re.compile(r"(?:这个|这一|那个|这|该)(?:数字|数)|(?:报告|年报)?(?:里|中)|报告|年报|几(?:期|场|次|条|篇|项|份)|那么|那|呢|吗|还有|再|又|的|年度|年|是|有|多少|几件|几个|几|怎么样|如何|情况|就|看看|看一下|看下|看|查查|查一下|查|改问|换问|改成|换成")
_BARE_FOLLOW_UP_EN = {"and", "what", "about", "how", "then", "in", "for", "the", "of", "year", "same", "also", "that",
                      "one", "ones", "report", "it", "its", "there", "was", "is", "were", "number", "figure"}


# a question that asks for the answer just given again: to check it, to hear it again, or where it is
_ASKED_AGAIN_RE = re.compile(
    r"确定|确认|真的|没错|对吗|对不对|是不是|再说|再讲|再报|再给|重复|再问|核对|核实|没听清|没看清|来着|哪一?[行栏列格张表]|出处|来源|原文|"
    r"同样|一样|\b(?:sure|again|repeat|really|confirm|double[- ]?check|correct|right\?|source|cite|citation|same|which (?:row|column|cell|table))\b",
    re.I)


# a follow-up that first doubts or checks the answer just given, then asks a count ("Why is that higher than
# its new requests? How many were carried over?", "这个数比新收的还多？新收是多少件", "等一下，这个是转到下一年的，对吧？
# 那从上一年转进来的是几件"): the count asked is the last sentence's
_DOUBT_SENTENCE_RE = re.compile(r"\bwhy\b|\bhow come\b|\bis (?:that|this|it)\b|\bdoes (?:that|this|it)\b|\bright\b|为什么|为啥|怎么会|"
                                r"\b(?:were|are|was) (?:those|these|they|them|that|it) (?:all|only|just|mostly|entirely)\b|"
                                r"对吧|对吗|对不对|是不是|是吗|还多|还少|比[^。？?]{0,10}(?:多|少|高|低)|对不上|不对|"
                                r"你说的是|你刚才说的是|\b(?:you|did you) mean\b|\bwas that\b|"
                                # "那是只算商业企业吧？", "这是许可决定数不是处罚吧？": a check of the answer just given
                                r"[\u4e00-\u9fff]吧\s*[？?]?\s*$|[\u4e00-\u9fff]吧\s*[？?]\s*(?=\S)|\bdid (?:the |that |this |your )?(?:number|figure|answer|count|total)\b|"
                                # "So none from companies or organizations?", "企业一个都没有？": a zero checked
                                r"^\W*(?:(?:so|and|then)[,\s]+)?(?:none|nothing|no one|nobody|zero|not (?:a single )?one) (?:at all )?(?:from|of|by|for)\b|"
                                r"(?:一个|一件|一份)?都没有(?:吗|么|啊)?\s*[？?]\s*$", re.I)
_COUNT_ASKED_RE = re.compile(r"多少|几[件个项起次]?|\bhow many\b|\bhow much\b|\bnumber of\b|\bwhat (?:was|is) the (?:count|number|figure|total)\b|"
                             # "What's the figure without them?", "Leave them out - what's left?": the figure less a part
                             r"\bwhat(?:'s|’s) the (?:count|number|figure|total) (?=without|excluding|minus|not counting)|\bwhat(?:'s|’s| is) left\b|"
                             r"\b(?:give|tell|show) me the [\w\s'’-]{0,30}?(?:count|number|figure|total)\b", re.I)


_NAMED_CARRY_AGAIN_RE = re.compile(r"(上年结转|结转下年度?|结转到下一?年|转入下一?年)([^。？?]{0,6}?(?:吧|吗|么)\s*[？?]\s*(?:那)?)结转(?!下|到|至|入)")


def _asking_sentence(question: str) -> str:
    """The last sentence when the ones before it only doubt or check the answer just given and ask no
    count, and name no year of their own; else the question as written."""
    # "差出来的那部分是上年结转的吧？结转了几件？": the bare 结转 of the next sentence is the one just named
    question = _NAMED_CARRY_AGAIN_RE.sub(r"\1\2\1", question)
    # "这个数含不含法律服务机构的申请？它们有几件？": the A-not-A check asked as "含…吗"
    question = re.sub(r"(?:(含|包括|包含)不\1|包不包括|包不包含)([^，。？?]{2,20}?)\s*([？?])",
                      lambda m: f"{m.group(1) or '包括'}{m.group(2)}吗{m.group(3)}", question)
    parts = [p for p in re.split(r"(?<=[?？])\s*", question.strip()) if p.strip()]
    if len(parts) == 2 and parts[0].rstrip().endswith(("?", "？")) and not re.search(r"[?？]\s*$", parts[-1]) \
            and re.search(r"[\u4e00-\u9fff](?:吧|啊|呀|哈|嘛)[。!！\s]*$", parts[-1]) and not _COUNT_ASKED_RE.search(parts[-1]) \
            and len(_CJK.findall(parts[-1])) <= 8:
        return parts[0]  # "25年呢？涨了不少吧": the question, then a guess at its answer
    if len(parts) >= 2 and _WHICH_YEAR_RE.search(" ".join(parts[:-1])) \
            and re.match(r"^\W*(?:那)?(?:多|少|高|低|差|相差|多了|少了|高了|低了|差了|高出|多出)(?:了)?(?:几|多少)", parts[-1]):
        return question  # "比一比，哪年多？多几件？": which year, then by how much — one question
    if len(parts) == 2 and (any_of := re.match(r"^\W*(?:那|那么)?([\u4e00-\u9fff]{2,12}?)(?:的)?(?:有没有|有吗|有没|有么)\s*[？?]\s*$", parts[0])) \
            and _COUNT_ASKED_RE.search(parts[-1]) and not _YEAR_RE.search(parts[0]) and not re.match(r"^\W*(?:这|那|其中|里面)", any_of.group(1)) \
            and not re.search(r"(?:这|那|其中|里面|它们|他们)", parts[-1]):
        # "规章有没有？新制作了几件？": the thing whose being there is asked, then counted
        return any_of.group(1) + parts[-1]
    if len(parts) >= 2 and not _COUNT_ASKED_RE.search(parts[-1]) and _ONLY_THESE_RE.search(parts[-1]) \
            and (_DOUBT_SENTENCE_RE.search(" ".join(parts[:-1])) or _INCLUDES_Q_RE.search(" ".join(parts[:-1]))) \
            and not _YEAR_RE.search(" ".join(parts[:-1])):
        return parts[-1]  # "Did the number you gave include organisations? Individuals only, please."
    if len(parts) >= 2 and re.match(r"^\W*(?:那)?(?:只看|只算|单看|光看|仅看|仅算|只要)", parts[-1]) and _COUNT_ASKED_RE.search(parts[-1]) \
            and (_DOUBT_SENTENCE_RE.search(" ".join(parts[:-1])) or _INCLUDES_Q_RE.search(" ".join(parts[:-1]))) \
            and (not _YEAR_RE.search(" ".join(parts[:-1])) or _YEAR_RE.search(parts[-1])):
        # ("这个数里有2024年遗留下来的吧？只看2025年新收的是多少？": the year the last sentence asks of, written in it)
        return parts[-1]  # "这46件包括复议后再起诉的吗？只看未经复议直接起诉的是多少？": the part the last sentence names
    if len(parts) >= 2 and _COUNT_ASKED_RE.search(parts[-1]) and not _COUNT_ASKED_RE.search(" ".join(parts[:-1])) \
            and re.search(r"[\u4e00-\u9fff](?:了|的)?还是[\u4e00-\u9fff]|\b(?:was|were|is|are) (?:it|they|that|those)\b[^?]{1,40}\bor\b", parts[-2], re.I) \
            and not _YEAR_RE.search(" ".join(parts[:-1])):
        # "那件诉讼是维持了还是被纠正了？维持的有几件？": which way it went, then the count of one way asked
        return parts[-1]
    if len(parts) == 2 and re.match(r"^\W*(?:and\s+|so\s+)?(?:were|was|are|is) (?:there )?any\b", parts[0], re.I) \
            and re.match(r"^\W*(?:and\s+|so\s+|then\s+)?how many\s+\w+\s+\w+", parts[-1], re.I) \
            and not re.search(r"\b(?:there|them|those|these|they|it|that|so|such|any)\b", parts[-1], re.I) and not _YEAR_RE.search(parts[0]):
        return parts[-1]  # "Were any from organisations? How many came from individuals?": the count the last sentence asks
    any_asked = len(parts) >= 2 and re.search(r"有没有\s*[？?]?\s*$|有吗\s*[？?]?\s*$", parts[-1])
    if len(parts) < 2 or not (_COUNT_ASKED_RE.search(parts[-1]) or any_asked):
        return question
    before = " ".join(parts[:-1])
    included = _INCLUDED_THING_RE.search(before)
    thing = _checked_thing(before, included)
    if not thing and len(parts) == 2 and not _YEAR_RE.search(before) and (
            named := re.match(r"^\W*(?:is|was) (?:that|this|it) (?:the |an? )?([A-Za-z][\w'’-]*(?: [\w'’-]+){0,4}?)\s*\?\s*$", before.strip(), re.I)):
        # "Is that the information-processing fee? How much of that fee did it collect?": the thing the check
        # names, pointed at by its own noun
        noun = named.group(1).split()[-1]
        if (pointer := re.search(rf"\b(?:that|this|the same) {re.escape(noun)}\b", parts[-1], re.I)):
            return parts[-1][:pointer.start()] + "the " + named.group(1) + parts[-1][pointer.end():]
    if thing and not _CJK.search(thing) and _BARE_COUNT_RE.search(parts[-1]) and not _YEAR_RE.search(before):
        # "Does that 189 include requests from law firms? How many?": the thing the check names, counted
        return "how many of those were " + re.sub(r"^(?:any|some)\s+", "", thing) + "?"
    if thing and not _CJK.search(thing) and not _YEAR_RE.search(before) and (aside := _POINTER_SET_ASIDE_EN.search(parts[-1])):
        # "Is that including organisations? What's the figure without them?", "Are law firms in there? Leave them
        # out - what's left?": the figure less the thing the check names, set aside by the word pointing at it
        return parts[-1][:aside.start(1)] + re.sub(r"^(?:any|some)\s+", "", thing) + parts[-1][aside.end(1):]
    if thing and _POINTS_AT_CHECKED_RE.search(parts[-1]) and not _YEAR_RE.search(before):
        # "这个数里包含“补正后仍不明确”的吗？那一项单独是几件？", "Does that include reconsideration cases? If not,
        # how many of those were there?": the thing the check names, counted by the sentence pointing at it
        last = _POINTS_AT_CHECKED_RE.sub(" ", parts[-1])
        last = re.sub(r"^\W*(?:if not|if so|if yes|otherwise|and|then)[,\s]+", "", last, flags=re.I)
        if _CJK.search(thing) and (neg := re.match(r"^\W*(?:那|那么)?(不算|不含|不包括|除去|除了|去掉|扣除|排除)\s*", last)):
            # "这里面把行政查询事项也算进去了吗？不算那一类的话是多少？": the figure less the thing checked
            return f"{neg.group(1)}{thing}{last[neg.end():].strip()}"
        return f"{thing}，{last.strip()}" if _CJK.search(thing) else f"{thing}: {last.strip()}"
    if _BOTH_ADDED_RE.search(parts[-1]):
        return question  # "这个数含部分公开吗？不含的话两者加起来多少": the thing checked is one of the two added
    # ("这些都是自然人提的吗？商业企业的有没有？": whether any of another column, after a check of the figure)
    if not _COUNT_ASKED_RE.search(before) and not _YEAR_RE.search(before) and not _DOUBT_SENTENCE_RE.search(before) \
            and not any_asked and included:
        # "这个数字把部分公开的也算进去了吗？部分公开的单独是多少？", "这个数包括上年结转过来的吗？结转的单独有几件？": the
        # thing the check names, asked alone (named again, in part, by the sentence that asks)
        thing = (included.group(1) or included.group(2))
        if re.search(r"(?:去掉|扣掉|拿掉|除掉|减掉|剔除|排除|不算|除了|除去|不含|不包括)", parts[-1]):
            return parts[-1]  # "…包不包括法律服务机构？把法律服务机构扣掉还剩多少？": the figure less the thing checked
        if any(thing[i:i + 2] in parts[-1] for i in range(len(thing) - 1) if _CJK.match(thing[i]) and _CJK.match(thing[i + 1])) \
                or _BARE_COUNT_RE.search(parts[-1]):  # ("这里面包括法律服务机构的吗？有几件？": the thing checked, counted)
            # ("这一类里有企业申请的吗？有几件": the row just given, pointed at in the check, stays the row counted)
            pre = "其中" if re.search(r"这一?(?:类|项|种)(?:里|中|当中)|这里面|这里头|这其中|其中|(?:这些|那些)(?:里|中)|里面", before) else ""
            return pre + thing + "，" + parts[-1]
        return parts[-1]
    if _COUNT_ASKED_RE.search(before) or not (_DOUBT_SENTENCE_RE.search(before) or any_asked and _INCLUDES_Q_RE.search(before)) \
            or _YEAR_RE.search(before):
        return question
    if _INCLUDES_Q_RE.search(before) and re.search(r"\b(?:theirs|their|them)\b|他们的|它们的|她们的", parts[-1], re.I):
        return question  # "Does that count the legal-service firms? How many were theirs?": whose part, named before
    if (_REST_GUESSED_RE.search(before) or _ALL_OF_THEM_RE.search(before)) and _BARE_COUNT_RE.search(parts[-1]):
        return question  # "剩下的是自然人吧？几件？": the rest guessed to be a part, and that part counted
    if len(parts) >= 3 and _GUESSED_PART_RE.search(parts[-2]) and _BARE_COUNT_RE.search(parts[-1]):
        # "剩下那两件是什么原因没提供的？是不是都属于需要另行制作？有几件？": the part the sentence before the
        # count guesses is the one counted (not the reason asked first, nor the figure just given)
        return _GUESS_WORDS_RE.sub("", parts[-2]) + parts[-1]
    if _ENDS_WITH_BA_RE.search(before) and not re.search(r"[\u4e00-\u9fff]吧\s*[？?]?\s*$", re.sub(_ENDS_WITH_BA_RE, "", before)) \
            and _PREVIOUS_FIGURE_RE.search(before):
        return question  # "这个数没算错吧？…那一项到底多少": the figure just given asked again, whole
    return parts[-1]


# "against businesses", "issued to companies", "针对企业的", "对个人作出的": an applicant column as whom a
# decision concerned (not the asker's own story: "我是小企业主…", "asking for my uncle who runs a shop")
_AGAINST_BEFORE_RE = re.compile(r"(?:\b(?:against|on|to|for|toward|towards|targeting|involving|concerning)\s+(?:the\s+)?"
                                r"(?:(?!(?:my|our|his|her|their|its|your|a|an)\b)[\w-]+\s+){0,2}|"  # ("went to high-tech enterprises")
                                r"针对|对于|对|给|向|发给|办给|涉及)\s*$", re.I)


def _whom_against(text: str, parts: "_Parts") -> bool:
    """An applicant column named as whom the decisions counted were against or issued to."""
    return any(col in (*lexicon.ORG_COLUMNS, "legal_person", "natural_person")
               and _AGAINST_BEFORE_RE.search(text[max(0, a - 24):a]) for a, _, col in parts.column_at)


# words of requests or applicants: a column named beside them is table 三's, whatever else is named
_ASKED_OF_REQUESTS_RE = re.compile(r"申请|\brequest|\bapplica|\bfiled\b|\bsubmitted\b|\basked for\b", re.I)
# "剩下的是自然人吧？", "The rest were individuals, right?": the remainder of the figure just given guessed
# to be one part; "几件？", "How many?" after it counts that part
_REST_GUESSED_RE = re.compile(r"(?:剩下|剩余|其余|余下)的?(?:都|全)?是[^。？?]{1,12}吧\s*[？?]?\s*$|"
                              r"\b(?:the )?(?:rest|remainder|remaining ones|others) (?:were|are) (?:all )?[\w' -]{2,30}?,? right\s*\?\s*$", re.I)
# "是不是都属于需要另行制作？", "都是不掌握的吗？": a guess naming the part the figure belongs to
_GUESS_WORDS_RE = re.compile(r"^\W*(?:是不是|是否)?(?:都|全|全部)?(?:属于|是|算)|(?:吗|么)(?=\s*[？?]\s*$)")
_GUESSED_PART_RE = re.compile(r"(?:是不是|是否)(?:都|全|全部)?(?:属于|是|算)[^。？?]{2,16}[？?]\s*$|(?:都|全|全部)(?:属于|是|算)[^。？?]{2,16}(?:吗|么)\s*[？?]\s*$")
# "Were they all from individuals?": a check naming a part, counted by a bare "How many were?" after it
_ALL_OF_THEM_RE = re.compile(r"\b(?:were|are|was) (?:those|these|they|them|that|it) (?:all|only|just|mostly|entirely)\b", re.I)
_BARE_COUNT_RE = re.compile(r"^\W*(?:(?:如果)?(?:有|包括|包含|含|算)(?:的话)[，,]?\s*)?(?:那|那么)?(?:一共|总共)?(?:是|有)?(?:几件|几个|几项|多少件?|多少个)(?:呢)?\W*$|"
                            r"^\W*(?:(?:if so|if yes|if they do|if it does|and|so)[,\s]+)?how many(?: (?:then|exactly|of them|were there|are there|were|are|was|did|were they|are they))?\W*$", re.I)
# the thing a check of the figure just given names ("这个数里包含“补正后仍不明确”的吗", "Does that include
# reconsideration cases?", "Is that counting requests from law firms too?")
_CHECKED_THING_EN_RE = re.compile(
    r"\b(?:does|did|do) (?:that|this|it|the (?:number|figure|count|total)|that (?:number|figure|count|total)|(?:that|this|the|your) \d[\d,.]*) (?:also )?(?:include|count|cover)s?\s+"
    r"(?:the\s+)?([\w'’ -]{3,70}?)(?:\s+(?:too|as well|also|in it))?\s*\?\s*$|"
    r"\b(?:is|was) (?:that|this|it|the (?:number|figure|count|total)) (?:also )?(?:counting|including|covering)\s+(?:the\s+)?([\w'’ -]{3,50}?)"
    r"(?:\s+(?:too|as well|also))?\s*\?\s*$|"
    # "Are law firms in there?", "Are businesses included in that?"
    r"^\W*(?:and\s+)?are (?:the\s+)?(?!(?:those|these|they|them)\b)([\w'’ -]{3,40}?) (?:also )?(?:in|included in|counted in) (?:that|this|there|it)(?:\s+(?:too|as well))?\s*\?\s*$", re.I)


def _checked_thing(before: str, included: "re.Match[str] | None") -> str:
    """The thing a check names: the Chinese match already made (``included``), else the English wording's."""
    if included:
        return (included.group(1) or included.group(2)).strip("“”\"'「」 ")
    m = _CHECKED_THING_EN_RE.search(before)
    return (m.group(1) or m.group(2) or m.group(3)).strip() if m else ""


# the sentence after such a check pointing at the thing it names ("那一项单独是几件", "那部分有多少件", "how many
# of those were there?")
_POINTER_SET_ASIDE_EN = re.compile(r"\b(?:without|excluding|except(?: for)?|minus|other than|apart from|not counting|leaving out|"
                                   r"leave out|take out|taking out|leave|leaving|take|taking|drop|dropping)\s+(them|those|these|those ones|it)\b", re.I)
_POINTS_AT_CHECKED_RE = re.compile(r"(?:那|这)(?:一)?(?:项|部分|块|类|种)|\bof (?:those|them|these)\b|\bthose ones\b|\bthat part\b|"
                                   # "Does that include process information? How many of that kind?", "Does that count legal
                                   # service institutions? How many came from those alone?"
                                   r"\bof (?:that|this) (?:kind|type|sort|category)\b|\bfrom (?:those|them|these)(?: ones)?(?: alone| only)?\b|\b(?:those|them) alone\b|"
                                   # "Does that include legal service institutions? How many were those?"
                                   r"\bhow many (?:were|are|was|is) (?:those|these|they|them|there)\b|(?:那些|这些|它们|他们)(?=(?:单独|自己|本身)?(?:有|是|占)?(?:多少|几))", re.I)
# "Individuals only, please.", "只要自然人的": the part asked after a check of the figure just given
_ONLY_THESE_RE = re.compile(r"^\W*(?:just |only )?[\w'’ -]{2,40}? only\b|^\W*(?:我|那|那我)?(?:只要|只算|只看|光看|单看|就看|仅看|仅要|就要|只想要|只问)[\u4e00-\u9fff]{1,12}|"
                            # "I only want the private individuals.", "Just individuals, please."
                            r"^\W*I (?:only|just) (?:want|need)\b(?!\s+(?:those|these|them|that|it|this)\b)|"
                            r"^\W*(?:just|only) (?!(?:those|these|them|that|it|this)\b)[\w'’ -]{2,40}?(?:,?\s*please)?\s*[.!]?\s*$", re.I)
# "这个数包括企业吗？", "Did the number you gave include organisations?": what the figure just given holds
_INCLUDES_Q_RE = re.compile(r"(?:包括|包含|含|算上|算进)[^。？?]{0,10}(?:吗|没有|了没|吧(?=\s*[？?]))\s*[？?]?\s*$|"
                            # "这里面企业的也算进去了？": the check asked without 吗
                            r"(?:也|都)(?:算进去|算进来|算在内|包括在内|包含在内|计入)了?\s*[？?]\s*$|"
                            # "这里面有没有法律服务机构的？", "Is that everyone, companies and law firms included?", "Are businesses in that?"
                            r"(?:这|那)(?:里面|里头|里|当中|中间)有没有[^。？?]{1,14}\s*[？?]?\s*$|\b(?:is|was) (?:that|this|it)\b[^?]{0,60}\b(?:included|counted in)\s*\?\s*$|"
                            r"\bare [\w'’ -]{2,30}? (?:in|included in) (?:that|this|there)\s*\?\s*$|"
                            r"(?:这|那)些?(?:都|全)?是[^。？?]{0,8}(?:提的|申请的|的)(?:吗|么)|"
                            r"\b(?:are|is) (?:there )?(?:any )?[\w'’ -]{2,30}? (?:in|included in|counted in|part of) (?:that|this|the) (?:number|figure|count|total)\b|"
                            r"\b(?:does|did|do) (?:it|that|this|the \w+|your \w+|that \w+|this \w+) (?:include|count|cover)\b|"
                            r"\b(?:is|was) (?:it|that|this|the \w+|that \w+|this \w+) (?:counting|including|covering)\b", re.I)
# "这个数包括上年结转过来的吗", "把部分公开的也算进去了吗": the thing a check of the figure names
_INCLUDED_THING_RE = re.compile(r"(?:包括|包含|含|算上|算进|把)\s*([^，。？?吗]{2,14}?)的?\s*(?:也)?(?:算进去|算进来|算在内|在内|加进去)?"
                                r"(?:了)?\s*(?:吗|么|没有|没|吧(?=\s*[？?]))\s*[？?]?\s*$|"
                                # "这里面企业的也算进去了？": the check asked without 吗
                                r"(?:这|那)(?:里面|里头|里|个数里|个数)\s*([^，。？?吗]{2,14}?)的?\s*(?:也|都)(?:算进去|算进来|算在内|包括在内|计入)了?\s*[？?]\s*$")
_ENDS_WITH_BA_RE = re.compile(r"[\u4e00-\u9fff]吧\s*[？?]?\s*$")


# a follow-up adding a quantity to the figure just given ("加上直接起诉的一共多少", "plus the direct ones?")
_ADD_TO_PREVIOUS_RE = re.compile(r"^\s*(?:那|那么|再)?(?:再)?(?:加上|加|算上|再算上)(?!起来|在一起|到一起)|"
                                 # "再把信访举报投诉类的加进去，一共多少", "要是把部分公开也算进去，一共多少"
                                 r"(?:^|[，,。？?；;]\s*)(?:那|那么)?(?:要是|如果|若|假如)?(?:再)?把[^，。？?]{1,24}?(?:也)?(?:加进去|加上|算进去|算上|加进来|算进来|计入)"
                                 r"(?!了?\s*(?:吗|么|没有|没|没\b))|"
                                 # "直接起诉的也加进来，一共多少": one more, named first
                                 r"^\s*(?:那|那么|再)?[^，。？?\d]{1,16}?的?也(?:加进来|加进去|加上|算上|算进来|算进去)|"
                                 r"^\s*(?:and\s+|now\s+|ok,?\s+)?(?:plus|add(?:ing)?(?! up\b)(?: in)?|together with|along with)\b|"
                                 # "Does that include the ones carried over? If not, what's the figure with them?": the figure
                                 # just given with the ones named added
                                 # (not "Is the 1362 full grants figure including those?": whether it holds them, a check)
                                 r"\b(?:what(?:'s|’s| is| was| would be)|give me|tell me)\s+(?:the\s+)?(?:figure|number|total|count|sum)\s+"
                                 r"(?:with|including|counting)\s+(?:them|those|these)(?:\s+ones)?\b|"
                                 r"(?:加上|算上|算进|加进)(?:它们|这些|那些|这部分)(?:的话)?(?:以后|之后)?[，,]?(?:是|一共|总共|共)?(?:多少|几)|"
                                 r"[，,。？?；;]\s*(?:那|那么)?(?:再)?(?:加上|算上)(?!起来|在一起|到一起)[^，。？?]{1,16}?(?:一共|总共|合计|共)(?:是)?(?:多少|几)|"
                                 # "跟危及“三安全一稳定”的加起来呢？": one more, added to the figure just given
                                 r"^\s*(?:那|那么|再)?(?:跟|和|与|同)[^，。？?\d]{1,30}?(?:的)?(?:加起来|加在一起|合起来|合在一起|相加)(?:呢|是多少|一共多少|多少)?\s*[？?]?\s*$|"
                                 # "Counting the direct lawsuits too, what's the total number of cases?"
                                 r"^\s*(?:and\s+|now\s+|so\s+|ok,?\s+)?(?:counting|including|throwing in|with)\s+(?:the\s+)?[^,?]{1,40}?\s+(?:too|as well|also)\b", re.I)


# "add X and Y to that": to the figure just given
_TO_THAT_RE = re.compile(r"\bto (?:that|it|this|those|these|the (?:last|previous|earlier) (?:one|figure|number|answer))\b|"
                         r"加到(?:刚才|上面|这个|那个)|加进(?:刚才|上面|这个|那个)", re.I)
# "那17件里", "of those 17": a count the conversation gave, quoted to point back at its row
_QUOTED_BACK_RE = re.compile(r"(?:那|这)\s*(\d+)\s*(?:件|个|份)(?:申请)?(?:里|中|里面|当中|之中|里头)|\b(?:of|among|out of|from) (?:those|these|the) (\d+)\b", re.I)
# "minus those granted in full?", "减去予以公开的": the figure just given, less the one named
# (not "不算结转的，本年新收的有多少？", "Without the carried-over ones, how many new?": a part set aside, then the count asked —
# the clause after a comma only asks what is left)
_SUBTRACT_FROM_PREVIOUS_RE = re.compile(r"^\W*(?:(?:and|then|now|ok|okay|so)[,\s]+)?(?:minus|less|subtract(?:ing)?|take away|taking away|deduct(?:ing)?|"
                                        r"after removing)\b|"
                                        r"^\W*(?:那|那么|再|然后)?(?:减去|减掉|减(?![少了小幅])|扣除|扣掉|扣去|刨去|刨除)"
                                        r"(?=[^，,；;]*(?:$|[，,；;]\s*(?:那|那么)?(?:还|就)?(?:剩|余下|是多少|等于)|[，,；;]\s*what(?:'s|’s| is) left|"
                                        r"[，,；;]\s*(?:how many|what) (?:are |is )?(?:left|remain)))", re.I)
# "Together with suits filed after review, how many cases is that in all?": every figure asked so far, and the one named
_IN_ALL_RE = re.compile(r"\bin all\b|\baltogether\b|\ball told\b|\ball (?:of )?(?:them|those|these) together\b|一共|总共|总计|全部加", re.I)
# "加起来一共几件没审结？", "Together, how many are pending?": the turn opens with the adding, of what was just given
# the two bodies just asked named as a pair ("两家一共多少", "Both together?", "the two offices combined")
_TWO_BODIES_RE = re.compile(r"两家|两个(?:单位|部门|机关|机构|地方|政府)|两地|二者|两者|\bboth\b|\bthe two\b|\btwo (?:bodies|offices|places|governments|"
                            r"departments|agencies)\b|\bcombined\b|\btogether\b", re.I)
_BARE_ADD_START_RE = re.compile(r"^\W*(?:那|那么|所以)?(?:加起来|合起来|加在一起|加一起|合在一起|放一起|一共|总共)(?![^，。？?]{0,12}?(?:加上|再加|算上))|"
                                r"^\W*(?:so\s+|and\s+)?(?:together|combined|altogether|all together|in total|all told)\s*[,，:?]", re.I)
# "把行政复议也加上", "add the reviews too": one more added to what was asked so far
_ALSO_RE = re.compile(r"也(?:加|算)|\btoo\b|\bas well\b|\balso\b", re.I)


# a reference to the answer just given ("that number", "the figure you just gave", "你刚才说的这个数")
_PREVIOUS_FIGURE_RE = re.compile(
    r"\b(?:that|this|the|your|same)\s+(?:last\s+|previous\s+|earlier\s+|same\s+)?(?:number|figure|value|count|answer|result|amount|"
    r"stat|statistic|data)s?\b|\bwhat you (?:just )?(?:said|gave|told me|quoted)\b|\b(?:say|give|tell|read) (?:it|that)\b|"
    r"\brepeat (?:it|that)\b|\brepeat the (?:(?:19|20)\d\d |same )?(?:amount|figure|number|value|count|total)\b|"
    r"(?:这个|那个|该|此|上面的?|刚才的?|刚刚的?|你说的|你给的|你报的)(?:数|数字|数据|数值|结果|答案|值)|刚才(?:说|给|报)的|"
    r"再(?:说|讲|报)一(?:遍|次|下)|重复一(?:遍|次|下)", re.I)
# what such a question may hold besides the reference, the body and the year: asking it again
_ASKED_AGAIN_FILLER_EN = set(
    "wait what was is were the a an number figure value count answer result you u just gave given said say give it to me again "
    "please pls plz are sure about that this double check double-check recheck re-check can could would confirm verify once more "
    "for printed table tables from in of report report's really sorry repeat tell one time exactly correct right ok okay so and then "
    "hmm hm i want need quickly let let's us make mentioned quoted cited told earlier before previous last did do still same yes "
    "thanks thank actually be wrong not show state read out back cell that's it's go over look how many much there figures numbers "
    "value values official precise precisely exact which was it's what's whats one more time check sure? cell's source got get "
    "have had your my mine we our only yuan wan unit units in".split())
_ASKED_AGAIN_FILLER_ZH = re.compile("|".join(sorted(set(
    "你 您 刚才 刚刚 上面 前面 说 讲 报 给 的 这个 那个 这 那 数字 数据 数值 数 值 结果 答案 再 确认 核对 核实 核查 检查 一下 一遍 一次 "
    "是 多少 几 吗 吧 呢 对 没错 错 真的 确定 准确 请 帮我 帮忙 麻烦 重复 表格 表 里 中 上 报告 年报 年度 原文 印 写 来着 "
    "啊 呀 哦 嗯 好 那么 等等 等一下 稍等 遍 次 个 一 下 能 可以 不 会 有 没有 我 看 看看 问 再问 清楚 听清 没听清 没看清 "
    "多 少 年 否 还 又 也 就 到底 究竟 准 对吧 是吧 行 呗 了 年报告 年度报告 表格里 "
    "还是 正文 文字 把 只算 只 算 不含 不包括 里面 、 ， 肯定 定".split()), key=len, reverse=True)))


def _asked_again(text: str, hits: list[Hit], context: "Query | None") -> str:
    """A question that only asks for the figure just given again — to hear it, to check it, to see
    it is the printed one ("Wait, what was the number you just gave?", "Are you sure about that
    number? Please double-check it.", "Can you confirm that figure once more for Jianxi District
    2020?", "那个数再核对一下"): the same quantity, for the body or year it names. Its words
    ("confirm", "repeat", "check") name no row or check of their own."""
    if context is None or not context.keys or context.operation not in ("value", "sum", "difference") \
            or not _PREVIOUS_FIGURE_RE.search(text):
        return text
    bodies = [h for h in hits if any(isinstance(p, _AgencyRef) for p in h.payloads)]
    rest = list(text)
    for h in bodies:
        rest[h.start:h.end] = " " * (h.end - h.start)
    # "这个数是不是只算本年新收、不含上年结转？再报一下": the row of the figure given, named to check
    # it, and a row said to be left out — no quantity of their own
    ctx_rows = {k.split(".")[1] for k in context.keys if k.startswith("requests.")}
    for h in hits:
        rows = {x.value for x in h.payloads if isinstance(x, Sense) and x.kind == "row"}
        if re.fullmatch(r"repeat(?:ed)?", h.surface, re.I):  # "please repeat it": asked again, not 重复申请
            rest[h.start:h.end] = " " * (h.end - h.start)
            continue
        if rows and (rows <= ctx_rows or re.search(r"(?:不含|不包括|不包含|不算|没算|除了|除去|不是|not counting|excluding|not)\s*$",
                                                   text[max(0, h.start - 14):h.start], re.I)):
            rest[h.start:h.end] = " " * (h.end - h.start)
    for m in re.finditer(r"\brepeat the (?:(?:19|20)\d\d |same )?(?:amount|figure|number|value|count|total)\b", text, re.I):
        rest[m.start():m.end()] = " " * (m.end() - m.start())  # "Repeat the 2020 amount": the figure given, again
    rest = _YEAR_RE.sub(" ", "".join(rest))
    if _CJK.search(rest) and _CJK.search(_ASKED_AGAIN_FILLER_ZH.sub("", rest)):
        return text
    if any(w.lower() not in _ASKED_AGAIN_FILLER_EN for w in re.findall(r"[A-Za-z][A-Za-z'-]*", rest)):
        return text
    named = " ".join([text[h.start:h.end] for h in bodies] + _YEAR_RE.findall(text))
    if _CJK.search(text):
        return f"{named}同一项呢？" if named else "同一项呢？"
    return f"same figure for {named}?" if named else "same figure?"


def _own_words(masked: str, previous: str | None = None) -> bool:
    """Words of a follow-up beyond the body, the year and its connectives ("那2024年呢？", "And
    Shuyang in 2025?" have none; "还有几件在办？" has 在办) — and beyond the words of the question it
    follows (``previous``: "2019年编了多少期？" after "…2025年编了多少期《公报》？" repeats 编)."""
    rest = _BARE_FOLLOW_UP_ZH.sub(" ", _YEAR_RE.sub(" ", masked))
    for run in re.findall(r"[\u3400-\u9fff]+", rest):
        run = re.sub(r"[了过着]", "", run)
        if run and not (previous and run in previous):
            return True
    bare = _BARE_FOLLOW_UP_EN | ({"many", "much"} if previous else set())  # ("How many in 2025?" after the text's number)
    return any(w.lower() not in bare for w in re.findall(r"[A-Za-z]+", rest))


_AFTER_REVIEW_RE = re.compile(r"\b(?:filed |brought )?after (?:an? |the )?(?:administrative )?(?:review|reconsideration)s?\b|"
                              r"(?<!行政)复议后(?!起诉|诉讼)|经过复议(?:的|后)?(?!起诉|诉讼)", re.I)
_DIRECT_RE = re.compile(r"\bdirect(?:ly)?(?: filed| to court)?\b(?!\s+(?:lawsuits?|suits?|litigation))|直接(?!起诉|诉讼)", re.I)
_LITIGATION_WORD_RE = re.compile(r"诉讼|起诉|官司|\blawsuits?\b|\bsuits?\b|\blitigation\b|\bcourt\b|\bsued\b", re.I)


_SUB_ITEM_GROUP_ZH = {"withheld": "不予公开", "unable": "无法提供", "not_processed": "不予处理", "other": "其他处理"}


def _numbered_follow_up(text: str, context: Query | None) -> str:
    """"（二）呢？" after a question about table 三's rows: that row, by its printed number."""
    if context is None or not any(k.startswith("requests.") for k in context.keys):
        return text
    groups = {k.split(".")[1] for k in context.keys if k.startswith("requests.") and len(k.split(".")) == 4}
    if len(groups) == 1 and (zh := _SUB_ITEM_GROUP_ZH.get(next(iter(groups)))) and zh not in text:
        # "第三小项“其他”呢？" after a sub-item of 其他处理: that group's third sub-item
        text = re.sub(r"^\s*(?:那|那么)?(?=第\s*[1-8一二三四五六七八]\s*(?:个)?(?:小项|子项|分项)|"
                      r"(?:and |what about )?(?:the )?(?:sub-?item|item) (?:no\.? ?)?[1-8]\b)", zh, text, count=1, flags=re.I)
    return re.sub(r"^\s*第?\s*[（(]([一二三四五六七])[)）]\s*项?(?=\s*(?:呢|的|那|是|$|[？?]))",
                  lambda m: _REQUEST_GROUP_NO[m.group(1)], text)


# "the firms' requests", "those firms" after a figure of the legal-service firms: those firms, not
# the commercial enterprises the bare word "firms" names
_THE_FIRMS_RE = re.compile(r"\b(?:the|those|these|that|such)\s+firms?(?:['’]s?)?(?=\W|$)", re.I)


def _pointing_back_follow_up(text: str, context: "Query | None") -> str:
    """Words of a follow-up that point back at what was just counted, said as the cell they mean: "got
    that answer" (the outcome just given), "the firms'" after the law firms' figure (those firms)."""
    if context is not None and len(context.keys) == 1 and context.keys[0].startswith("requests.") \
            and context.keys[0].split(".")[1] not in ("received", "carried_over", "total_processed", "carried_forward"):
        # "How many companies got that answer?": the outcome just given, of another column
        text = _SAME_ANSWER_RE.sub(" ", text)
    if context is None or not context.keys or not all(k.endswith(".legal_services") for k in context.keys):
        return text
    return _THE_FIRMS_RE.sub("the legal service firms'", text)


_SAME_ANSWER_RE = re.compile(r"\b(?:got|received|were given|had|were sent|got back)\s+(?:that|the same|this|such an?)\s+"
                             r"(?:answer|reply|response|outcome|result|treatment|decision)\b|"
                             r"(?:得到|收到|拿到|也是)(?:了)?(?:同样|这样|这种|一样)的?(?:答复|结果|回复|处理)", re.I)


# after reviews were counted, how many of them then went to court ("How many of those went on to court?",
# "其中多少后来又起诉了"): the lawsuits after reconsideration — not every lawsuit
_REVIEWS_TO_COURT_RE = re.compile(
    r"\bhow many of (?:those|these|them|the reviews|the reconsiderations)\b[^?]{0,20}?\b(?:went|go|were taken|got taken|ended up|moved|proceeded)"
    r"(?: on)? (?:to|in|into|before) (?:a |the )?(?:court|courts|litigation|lawsuits?)\b|"
    r"\bhow many of (?:those|these|them)\b[^?]{0,20}?\b(?:then |later |subsequently )?(?:sued|led to (?:a )?(?:lawsuits?|court cases?|suits?))\b|"
    r"(?:其中|这些|那些)(?:复议|案件|案子)?(?:里|中|当中)?(?:有)?(?:多少|几)(?:件|个)?(?:后来|之后|随后)?(?:又|再)?(?:去)?(?:起诉|打官司|告到法院|上法院|进入诉讼)(?:了)?", re.I)


def _litigation_follow_up(text: str, context: Query | None) -> str:
    """After a question about lawsuits, "and after administrative review?" / "复议后的呢？" asks for
    the lawsuits filed after reconsideration (and "直接的呢" for the direct ones), not for the
    reconsideration cases themselves."""
    if context is not None and context.keys and all(k.startswith("appeals.review.") for k in context.keys) \
            and _REVIEWS_TO_COURT_RE.search(text):
        zh = bool(_CJK.search(text))
        return _REVIEWS_TO_COURT_RE.sub("复议后起诉的有几件" if zh else "how many lawsuits after reconsideration", text, count=1)
    if context is None or not any(k.startswith("appeals.litigation") for k in context.keys) \
            or _LITIGATION_WORD_RE.search(text):
        return text
    zh = bool(_CJK.search(text))
    if _AFTER_REVIEW_RE.search(text):
        return _AFTER_REVIEW_RE.sub("复议后起诉" if zh else "lawsuits after reconsideration", text, count=1)
    if _DIRECT_RE.search(text):
        return _DIRECT_RE.sub("直接起诉" if zh else "lawsuits filed directly", text, count=1)
    return text


# after an outcome column of 复议/诉讼 ("corrected?"), a bare "other?" / "其他的呢" is the outcome
# column 其他结果, not the 其他 of another table
_BARE_OTHER_RE = re.compile(r"^\W*(?:and\s+|what about\s+|how about\s+)?(?:the\s+)?(?:remaining\s+|last\s+)?other(?:s|\s+ones?)?(?:\s*[（(]\s*(?:其他|其它)\s*[)）])?\W*$|"
                            r"^\W*(?:那|那么)?(?:剩下|余下|剩余|最后)?(?:的)?(?:那个|那一个|那项|那一项)?[“\"'「『]?(?:其他|其它)[”\"'」』]?(?:的|那些|那个|那项)?(?:呢|嘞|咧)?\W*$", re.I)


def _outcome_other_follow_up(text: str, context: Query | None) -> str:
    if context is None or not context.keys or not _BARE_OTHER_RE.search(text):
        return text
    if all(k.startswith("appeals.") and k.rsplit(".", 1)[1] in ("upheld", "corrected", "pending", "other")
           for k in context.keys):
        return "其他结果" if _CJK.search(text) else "other outcome"
    if all(k.startswith("requests.other.") and k.count(".") == 3 for k in context.keys):
        # "补正超期没补的" → "不交费的呢" → "剩下那个其他呢": the group's own sub-item 其他
        return "其他处理中的其他" if _CJK.search(text) else "other handling – other"
    cols = {k.rsplit(".", 1)[1] for k in context.keys if k.startswith("requests.")}
    if cols and len(cols) == 1 and cols <= set(lexicon.ORG_COLUMNS) | {"natural_person", "legal_person"} \
            and all(k.startswith("requests.") for k in context.keys):
        # "companies?" → "other?": the applicant column 其他 (other organisations)
        return "其他组织呢" if _CJK.search(text) else "other organisations?"
    return text


def warm(agencies: list[Agency]) -> None:
    """Build the phrase matcher of these bodies now (the app's warm-up), not on the first
    question: at 25,000 bodies it takes a minute on these machines."""
    _matcher(agencies)


_MATCHER_LOCK = threading.Lock()


def _matcher(agencies: list[Agency]) -> PhraseMatcher:
    """The bodies' matcher; one build at a time (a question asked while the warm-up builds it
    waits for that build instead of making a second one beside it)."""
    with _MATCHER_LOCK:
        return _matcher_for(_agency_key(agencies))


# a Chinese label in brackets after English words ("companies and other organisations (法人或其他组织)"):
# the asker's pointer to the printed label, which the English words only paraphrase
_GLOSS_RE = re.compile(r"[（(]\s*([^()（）]{2,24}?)\s*[)）]")
_CLAUSE_END_RE = re.compile(r"[,，;；:：?？.。!！()（）]")


def _glossed(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the English words a bracketed Chinese label right after them glosses: where
    the label names a column (or a row, an item…), the English words' own reading of that kind
    yields to it."""
    drop: set[int] = set()
    for m in _GLOSS_RE.finditer(text):
        if not _CJK.search(m.group(1)) or re.search(r"[+＋、和与及/,，;；]|加上?|\bplus\b|\band\b", m.group(1)) \
                or re.match(r"\s*(?:含|包括|包含|连同|including|incl\.?)", m.group(1), re.I):
            continue  # (a list in brackets, "纠正+其他", is parts named, not one label)
        inside = {x.kind for h in hits if m.start() <= h.start and h.end <= m.end()
                  for x in h.payloads if isinstance(x, Sense) and x.kind in _KEY_KINDS}
        if not inside:
            continue
        in_rows = {x.value for h in hits if m.start() <= h.start and h.end <= m.end()
                   for x in h.payloads if isinstance(x, Sense) and x.kind == "row"}
        before_rows = {x.value for h in hits if h.end <= m.start() and m.start() - h.end <= 12
                       for x in h.payloads if isinstance(x, Sense) and x.kind == "row"}
        if inside == {"row"} and in_rows and all("." not in r for r in in_rows) and any(
                r.split(".")[0] in in_rows for r in before_rows if "." in r):
            # "信访举报投诉类申请（不予处理）", "petition-type requests (不予处理)": the group a sub-item
            # belongs to, named in brackets after it: the sub-item is asked, its group only says where
            drop.update(i for i, h in enumerate(hits) if m.start() <= h.start and h.end <= m.end())
            continue
        ends = [e.end() for e in _CLAUSE_END_RE.finditer(text, 0, m.start())]
        clause_from = ends[-1] if ends else 0
        if _CJK.search(text[clause_from:m.start()]):
            # Chinese words before the brackets ("企业和各类组织（法人或其他组织）"): the words right before,
            # glossed by a column's or a row's printed label only (not "（24减23）", "（两类诉讼）")
            if re.search(r"\d", m.group(1)) or not (inside & {"column", "row"}) or len(_CJK.findall(m.group(1))) < 4:
                continue
            clause_from = max(clause_from, m.start() - 10)
            # ("企业和律所（法律服务机构）": the label glosses the word after the last 和, not the list before it)
            in_columns = {x.value for h in hits if m.start() <= h.start and h.end <= m.end()
                          for x in h.payloads if isinstance(x, Sense) and x.kind == "column"}
            conj = list(re.finditer(r"[和与及、,，]|加上?", text[clause_from:m.start()]))
            if conj and in_columns and "legal_person" not in in_columns:  # (法人或其他组织 glosses the whole list)
                clause_from += conj[-1].end()
        else:
            # ("petition-type plus repeat applications (重复申请)": the label glosses the words after the last
            # plus/and, not the list before it)
            conj = list(re.finditer(r"\bplus\b|\band\b|,|\+|&", text[clause_from:m.start()], re.I))
            if conj and not re.search(r"法人或其他组织", m.group(1)):
                clause_from += conj[-1].end()
        full_label = bool(inside & {"row", "group"})  # a row's own label glosses all the words right before it
        if full_label and in_rows and in_rows <= {x.value for h in hits if clause_from <= h.start and h.end <= m.start()
                                                  for x in h.payloads if isinstance(x, Sense) and x.kind == "row"}:
            full_label = False  # "new requests from individuals (table row 本年新收)": the row is read already, the column stays
        for i, h in enumerate(hits):
            kinds = {x.kind for x in h.payloads if isinstance(x, Sense) and x.kind in _KEY_KINDS}
            if clause_from <= h.start and h.end <= m.start() and kinds and (
                    kinds <= inside or (full_label and m.start() - h.end <= 3 and not _CJK.search(h.surface))):
                drop.add(i)  # ("fees collected (万元)": the unit glosses the measure, not the item)
    return [h for i, h in enumerate(hits) if i not in drop] if drop else hits


def understand(
    question: str,
    agencies: list[Agency],
    years_held: dict[str, list[int]],
    context: Query | None = None,
) -> Query:
    """Read one question (Chinese or English) against the bodies and years the store holds.

    A turn that read no quantity (declined, a breakdown the reports do not print, a year the words
    mislaid) does not end the conversation's topic: when the turn after it is read better against
    the quantity asked before that turn, so it is read — "淮安2024年新收多少" → "其中女性多少？" (no
    cell) → "那自然人一共多少？" is the new requests' individuals column, not a choice among rows;
    "…closed out in total?" → (a turn that read none) → "how much higher was 2025 than 2019?" is
    that total's change. Only one reading of several is picked so, or a quantity taken over by a
    turn that names none, and never past a number the text stated (the figure may be that one)."""
    question, mended = homophones.mend(question, _place_words(_agency_key(agencies)))
    x = _understand_turn(question, agencies, years_held, context)
    x.mended = mended
    return x


@lru_cache(maxsize=8)
def _place_words(agency_key: tuple) -> frozenset[str]:
    """The places of the bodies held (``_agency_key``), with and without their level (淮安市, 淮安):
    words a sound-alike slip of the keyboard is mended to."""
    out: set[str] = set()
    for name, region, aliases in agency_key:
        for m in re.finditer(r"([\u4e00-\u9fff]{2,}?)(市|县|区)", (region or "") + " " + name):
            out.update((m.group(1) + m.group(2), m.group(1)))
        # and the bodies' own short names ("上海科委", "市府办"): "上海科维" is a slip of one
        # (the matcher's own entries of the body, already built and cached)
        out.update(key[1] for key, _ in _keyed_agency_entries(name, region, aliases) if key and key[0] == "zh")
    return frozenset(w for w in out if 2 <= len(w) <= 8 and all("\u4e00" <= c <= "\u9fff" for c in w))


def _understand_turn(
    question: str,
    agencies: list[Agency],
    years_held: dict[str, list[int]],
    context: Query | None = None,
) -> Query:
    x = _understand(question, agencies, years_held, context)
    if context is None or context.keys or len(context.previous_keys) != 1 or context.offered:
        return x
    def held(q: Query, ys) -> bool:
        return bool(q.agencies) and bool(ys) and all(y in years_held.get(a, []) for a in q.agencies for y in ys)

    # (a declined turn about a year not held — "2025年会不会比这个还多？" — leaves the year asked before it)
    years_back = list(context.previous_years) if not any(held(context, [y]) for y in context.years) \
        and held(context, context.previous_years) else list(context.years)
    recovered = replace(context, keys=list(context.previous_keys), operation="value", previous_keys=[], years=years_back,
                        narrative_question=None, inherited_keys=False, part_of_previous=False)
    y = _understand(question, agencies, years_held, recovered)
    if x.keys and y.keys == x.keys and x.years != y.years and years_back != list(context.years) \
            and not held(x, x.years) and held(y, y.years) and not _writes_a_year(question):
        return y  # "那行政强制呢？" after the declined forecast: the year the conversation was about
    if y.keys and len(y.keys) < len(x.keys) and set(y.keys) <= set(x.keys):
        return y  # one of the readings the question left open, the one the conversation was about
    if not x.keys and y.keys and y.inherited_keys and not context.narrative_question \
            and x.operation in ("difference", "value", "passage") and y.operation == "difference":
        return y
    if not x.keys and y.keys and y.inherited_keys and not y.unexplained and y.operation == "value" \
            and (not context.narrative_question or context.unexplained or _BREAKDOWN_RE.search(context.narrative_question)) \
            and _SAME_ITEM_RE.search(question):
        # "…新收多少" → "其中哪个乡镇最多？" (declined) → "那淮安2024年的这一项呢？": the item answered before
        return y
    if x.keys and y.keys and not x.inherited_keys and not y.unexplained and not x.unexplained and len(y.keys) == 1 \
            and x.keys != y.keys and context.previous_keys[0].startswith(("appeals.",)) \
            and y.keys[0].rsplit(".", 1)[0] == context.previous_keys[0].rsplit(".", 1)[0] \
            and not any(k.startswith("appeals.") for k in x.keys) and x.agencies == y.agencies and x.years == y.years:
        # "淮安2024年行政复议多少" → "平均用了多久？" (declined) → "How many were still pending?": the
        # reconsiderations' pending column, not the requests carried over
        return y
    return x


# the words of a ranking of bodies or years ("which body", "哪家", "哪一年"), not of the cells just given
_BODY_RANK_WORDS = (r"\b(?:bod(?:y|ies)|offices?|governments?|count(?:y|ies)|districts?|cit(?:y|ies)|departments?|agenc(?:y|ies)|"
                    r"commissions?|reports?|years?)\b|单位|机关|部门|政府|哪(?:个|家)?(?:区|县|市)|哪家|哪一?年|年份")
# each body's own newest report ("in their latest report", "各自最新一年的年报"): a ranking of every body in its own year
_EACH_LATEST_RE = re.compile(r"\b(?:their|its|each(?: body| one| office)?['’]s|every body['’]s)\s+(?:own\s+)?(?:latest|newest|most recent|last)\b|"
                             r"\b(?:latest|newest|most recent) (?:report|year|figures?) (?:of|for|from) each\b|"
                             r"\beach (?:in|on|by|from) (?:its|their) (?:own )?(?:latest|newest|most recent)\b|"
                             r"各自(?:的)?(?:最新|最近)|每(?:个|家|一个|一家)(?:单位|机关|部门)?(?:的)?(?:最新|最近)(?:一年|一份|一期)?", re.I)


# a pointer to the body at one end of the ranking just answered ("最少的那家", "排第一的那个", "the one with the most",
# "the top one", "the winner"): its next quantity asked, not a new ranking
_WINNER_POINTER_RE = re.compile(
    r"(?:(?P<zl>最少|最低|最小|垫底|倒数第一|排(?:在)?最后)|(?P<zh>最多|最高|最大|排(?:名)?第一|第一名|排(?:在)?最前))的那(?:一)?(?:家|个|位)|"
    r"那(?:一)?(?:家|个)(?:(?P<zl2>最少|最低|最小)|(?P<zh2>最多|最高|最大))的|"
    r"\b(?:the|that) (?:one|body|office|government|place|department|district|county|report)s? "
    r"(?:with|that had|which had|that got|having|that came out with) the (?:(?P<el>fewest|least|lowest|smallest)|(?P<eh>most|highest|largest|biggest))\b|"
    r"\bthe (?:(?P<el2>lowest|bottom|last-placed|smallest)|(?P<eh2>top|highest|biggest|largest|first-placed))(?:-ranked)? (?:one|body|office|place)\b|"
    r"\bthe (?P<ew>winner|leader)\b", re.I)
# (words asking which body: a new ranking, not a pointer)
_ASKS_WHICH_BODY_RE = re.compile(r"哪(?:家|个|一|位|些)|谁|\bwhich\b|\bwho\b|\brank", re.I)


def _winner_pointed(text: str, context: "Query | None") -> tuple[str, int | None] | None:
    """The body (and year) at the end of the previous turn's ranking the question points to ("最少的那家…"), when
    that end is one body (a tie at it points at none)."""
    if context is None or len(context.ranked) < 2:
        return None
    m = _WINNER_POINTER_RE.search(text)
    if m is None or _ASKS_WHICH_BODY_RE.search(text[:m.start()] + text[m.end():]):
        return None
    values = [v for _, _, v in context.ranked]
    if m.group("ew"):
        end = context.ranked[0][2]  # the winner: the first of the ranking as it was asked
    elif any(m.group(g) for g in ("zl", "zl2", "el", "el2")):
        end = min(values)
    else:
        end = max(values)
    at_end = [(n, y) for n, y, v in context.ranked if v == end]
    return at_end[0] if len(at_end) == 1 else None


def _one_body_so_far(context: "Query") -> bool:
    """The conversation has asked of one body only (its quantities, not bodies, are what a bare "哪个多？" sets apart)."""
    return len([n for n, y in context.seen.items() if y is not None]) <= 1


def _row_total_of_both(key: str, a: str, b: str) -> bool:
    """``key`` is the total column of the row ``a`` and ``b`` are two other columns of."""
    row = key.rsplit(".", 1)[0]
    return key.endswith(".total") and a != b and not a.endswith(".total") and not b.endswith(".total") \
        and a.rsplit(".", 1)[0] == row == b.rsplit(".", 1)[0]


def _group_of_both(key: str, a: str, b: str) -> bool:
    """``key`` is the group of table 三 both ``a`` and ``b`` are parts of, in the same column
    (requests.unable.total of requests.unable.not_held.total and requests.unable.needs_creation.total)."""
    p = key.split(".")
    if len(p) != 3 or p[0] != "requests" or not lexicon.REQUEST_SUB_ITEMS.get(p[1]):
        return False
    return all(len(q := k.split(".")) == 4 and q[0] == "requests" and q[1] == p[1] and q[3] == p[2] for k in (a, b)) and a != b


# "这一项", "这个数", "the same line": the item the conversation was about, pointed at
# "Same question for suits filed after a review.", "同样的问题，复议后起诉的呢": the quantity asked before, its
# outcome too (an outcome asked "of those" is otherwise left behind when the next group is named)
_SAME_QUESTION_RE = re.compile(r"^\W*(?:(?:and|now|ok|okay|so|then)[\s,]+)*(?:the\s+)?same\s+(?:question|thing|figure|count|outcome|result)\b|"
                               r"^\W*(?:(?:and|now|ok|okay|so|then)[\s,]+)*same\s+for\b|"
                               r"^\W*(?:那|好的?|嗯|现在)?[，,\s]*(?:同样|一样|同一个|相同)的?(?:问题|问法|口径|结果)", re.I)
# "同一项里", "同样这一项", "the same item/line": the item the turn before asked, pointed at
_COUNT_WORD = {**{w: i for i, w in enumerate("零一两三四五六七八")}, **{str(i): i for i in range(10)}}  # "三项", "3项"
# "这三类里", "all three": table 四's three rows (reconsideration, lawsuits direct and after it), after they were asked
_THREE_APPEALS_RE = re.compile(r"(?:这|那)(?:三|3)\s*(?:类|种|个|项|样)|\ball three\b|\b(?:each of )?the three (?:of them|kinds|types|rows|routes|channels|categories)\b", re.I)
_SAME_ITEM_POINT_RE = re.compile(r"同一(?:项|个项目|栏|行)|同样(?:的)?(?:这|那)?(?:一)?项|(?:这|那)同一项|"
                                 # "淮安这一项里法律服务机构申请的占几件？": within the item just asked, a column of it
                                 r"(?:这|那|该)(?:一)?(?:项|行|类|种)(?=里|中|当中|下面|下)|"
                                 r"\b(?:the|that) same (?:line|row|item|cell|figure)\b", re.I)
_SAME_ITEM_RE = re.compile(r"(?:这|那|该|此|同)(?:一)?(?:项|个数|个数字|数字|个指标|一行|行|栏)|同样的(?:数|项)|"
                           r"\b(?:the|that|this) same (?:line|row|figure|item|number|count|cell|one|thing)\b|"
                           r"\b(?:that|this) (?:line|row|figure|item|cell)\b", re.I)


# a typo of a word the text uses, mended before anything reads the question (the text's words are searched too)
_TYPOS = {"信息处里费": "信息处理费", "清里了": "清理了", "清里过期": "清理过期"}
_TYPO_RE = re.compile("|".join(map(re.escape, _TYPOS)))


# who the asking is for and what it is for, before the question ("帮老师整理材料：", "我是沭阳县里一个单位的办事员，" —
# then "领导让我查下" is the framing's own)
_ERRAND_RE = re.compile(r"^\s*(?:帮|替|给)(?:老师|领导|同事|朋友|家人|孩子|导师|单位)(?:整理|准备|查|做|写)[^，,。：:？?]{0,8}[：:，,]\s*|"
                        # "my teacher asked us to check Shuyang 2025: how many …": who sent the asker, and to do what
                        r"^\W*(?:my|our)\s+(?:teacher|professor|lecturer|tutor|boss|editor|supervisor|manager)\s+(?:asked|told|wants|wanted|needs)\s+"
                        r"(?:me|us)\s+to\s+(?:(?:double|re|cross)[- ]?check|check|find(?:\s+out)?|look\s+up|confirm|verify)\s+(?=[^:：?]{2,40}[:：])|"
                        r"^\s*(?:我是|本人是)[^，,。？?]{0,20}?(?:办事员|科员|职员|干部|文员|秘书|助理|实习生)[，,。]\s*")


# "正文说信息公开类行政复议7件“均获维持”，那表格里…一栏填的是几？": the text's figure quoted before the table's cell
# is asked — its number and its quoted words set aside, what it names kept
_TEXT_SAID_THEN_TABLE_RE = re.compile(r"(?:正文|原文|文字部分)(?:里|中)?(?:说|写|提到|称)(?:的)?(?:是)?([^，,；;。？?]{1,40}?)([，,；;。])\s*"
                                      r"(?:那|那么|可|但|要是|如果)?\s*(?=[^，,；;。？?]{0,8}(?:表格|表中|表上|表里))")


def _mended(question: str) -> str:
    """The question before anything reads it (the text's words are searched with it too): a typo of a word
    the text uses mended, an errand said before it dropped, the text's figure quoted before a table's cell set aside."""
    question = _TEXT_SAID_THEN_TABLE_RE.sub(
        lambda m: re.sub(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:件|个|项|条)?|“[^”]*”|\"[^\"]*\"", "", m.group(1)) + m.group(2), question)
    return _ERRAND_RE.sub("", _TYPO_RE.sub(lambda m: _TYPOS[m.group(0)], question))


# a part of a count asked ("how many of those …", "其中有几件是…", "里有多少是…")
_PART_ASKED_RE = re.compile(r"\bhow many of (?:the|those|these|them|its|their|that|all)\b|\b(?:of|among) (?:those|these|them|that group)\b[^?]{0,12}?\bhow many\b|"
                            r"其中(?:有)?(?:多少|几)|(?:里|中|当中|里面|里头)[，,]?\s*(?:有)?(?:多少|几)(?:件|个)?是|有(?:多少|几)(?:件|个)?是", re.I)
_PART_FILLER = {"exactly", "actually", "really", "just", "only", "then", "now", "still", "again", "please", "roughly", "total", "in", "all"}


# "这个包括不予处理的吗？不包括的话不予处理有几件？": the check, then the part named asked on its own
_NOT_INCLUDED_THEN_RE = re.compile(r"(?:(?<=[？?])|^)\s*(?:如果|要是)?(?:不|没)(?:包括|包含|含|算)(?:进去)?(?:的话[，,]?|[，,])\s*(?=[^，。？?]{2,16}?(?:有|是)?(?:几|多少))")


def _set_aside_said(question: str) -> str:
    """A part set aside before "what is left", in the words that set it aside ("不算X的话，还剩多少"): "把X去掉，还剩",
    "除去X，还剩" (not "除了X，还开了多少场Y": besides X, how many of another thing), "X也算进去了吗？去掉它们还剩多少"."""
    question = re.sub(r"把?([^，,。？?把]{1,16}?)(?:也|都)?(?:算进去|算在内|包括在内|包含在内|计入|算上)了?(?:吗|么|没有|没)\s*[？?]\s*(?:那)?(?:就)?"
                      r"(?:去掉|扣掉|减掉|除去|刨掉|拿掉|不算)(?:它们|他们|这些|这部分|它|这块)(?:的话)?[，,]?\s*(?=(?:那|就)?(?:还剩|剩下|剩余))",
                      r"不算\1的话，", question)
    question = re.sub(r"把([^，,。？?把]{1,16}?)(?:都|也)?(?:去掉|拿掉|扣掉|刨掉|减掉|排除掉?|剔除|除掉)(?:的话)?[，,]?\s*(?=(?:那|就)?(?:还剩|剩下|剩余))",
                      r"不算\1的话，", question)
    return re.sub(r"除(?:去|了|掉)?([^，,。？?]{2,15}?)(?:的话|的)?(?:以外|之外)?[，,]\s*(?=(?:那|就)?(?:还剩|剩下|剩余)(?:的)?(?:还有)?(?:多少|几))",
                  r"不算\1的话，", question)


def _understand(
    question: str,
    agencies: list[Agency],
    years_held: dict[str, list[int]],
    context: Query | None = None,
) -> Query:
    question = _set_aside_said(_mended(question))
    whole_question = question  # (every sentence: "Is that all from individuals? How many came from companies?")
    if context is not None and context.keys:
        question = _asking_sentence(question)
        if re.search(r"[A-Za-z]\.\s*$", question) and not re.search(r"[?？]", question) and len(question) <= 80:
            # "Hang on, I meant the total.": a short English follow-up ending in a full stop asks all the same
            question = re.sub(r"\.\s*$", "?", question)
        if re.fullmatch(r"\s*(?:the\s+)?[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}\s*\?\s*", question) \
                and not re.match(r"\s*(?:and|what|how|why|who|which|when|where|is|are|was|were|do|does|did|any|total|sum|both|so|then)\b",
                                 question, re.I):
            # "regulations?" after normative documents newly made: a bare noun, the same measure of another item
            question = "and " + question.strip()
    if context is not None and context.keys and all(k.startswith("requests.") for k in context.keys):
        # "不予公开多少？" → "除去属于三类内部事务信息的，还有多少？": the part set aside (not a framing to drop)
        question = re.sub(r"^\W*(?:那|那么)?除(?:去|了|掉)?([^，,。？?]{2,15}?)(?:的)?(?:以外|之外)?[，,]\s*(?=还(?:有|剩|余)?(?:多少|几))",
                          r"\1以外的，", question)
        # "这个包括不予处理的吗？不包括的话不予处理有几件？": the check, then the part named asked on its own
        question = _NOT_INCLUDED_THEN_RE.sub("", question)
    text = _numbered_follow_up(_litigation_follow_up(_outcome_other_follow_up(_normalize(question), context), context), context)
    text = _pointing_back_follow_up(text, context)
    text = _stated_beside_quoted(text)
    hits = _select(_matcher(agencies).find(text))
    if context is not None and context.keys:
        # (read before the rewrites, which turn some of these wordings into others)
        plain = _normalize(question, rewrite=False)
        again = _asked_again(plain, _select(_matcher(agencies).find(plain)), context)
        if again != plain:
            text = _normalize(again)
            hits = _select(_matcher(agencies).find(text))
    hits = _drop_carried_from_previous(text, hits)
    hits = _drop_year_reference_bodies(text, hits)
    hits = _drop_negated_bodies(text, hits)
    language = _language(text)
    masked = _mask(text, hits)
    senses = [s for h in hits for s in h.payloads if isinstance(s, Sense)]
    # a story before the question: what it asks (and how) is read from the sentence that asks
    asked_from = _question_start(text)
    cues = _read_cues(text[asked_from:], masked[asked_from:], senses, hits, asked_from)
    # "这些申请哪个月最多？", "Which township did most of them come from?": a split of the body
    # asked before (declined), not a ranking of the bodies held — the body of the context stays
    ranks_bodies = cues.is_ranking and not (context is not None and _BREAKDOWN_RE.search(text[asked_from:]))
    agency_names, mentioned, follow_up, choices = _which_agencies(hits, text, masked, agencies, context,
                                                                  ranks_bodies)
    if asked_from:  # "我在南京读研…淮安的我已经有了。南京市政府2024年收到多少": the body the question names
        blank = " " * asked_from
        asked = _which_agencies([h for h in hits if h.start >= asked_from], blank + text[asked_from:],
                                blank + masked[asked_from:], agencies, None, cues.is_ranking)
        named_unheld = asked[1] if asked[1] and (_CJK.search(asked[1]) or _BODY_WORD_EN.search(asked[1])) else None
        if asked[3] and not asked[0] and len(agency_names) == 1 and agency_names[0] in asked[3]:
            pass  # "我是沭阳本地人，想知道…县政府…": the story names which of the 县政府 is meant
        elif asked[0] or named_unheld or asked[3]:  # ("after adding Italian" names no body)
            agency_names, mentioned, choices = asked[0], named_unheld, asked[3]
    if not agency_names and len(choices) > 1:
        # "我是沭阳本地的大学生 写课程作业要用，县政府2025年…": the place told of the asker says which 县政府 is meant
        by_name = {a.name: a for a in agencies}
        told = [n for n in choices if by_name.get(n) is not None and by_name[n].region
                and len(by_name[n].region.rstrip("市县区")) >= 2 and by_name[n].region.rstrip("市县区") in question]
        if len(told) == 1:
            agency_names, choices = told, []
    own_level = re.search(r"(区|县|镇|乡)(?:人民)?政府(?:办公室|办)?$", mentioned or "")
    if agency_names and mentioned and _names_sub_place(mentioned, text) and not (
            own_level and any(re.search(own_level.group(1) + r"人民政府", n) for n in agency_names)):
        # ("沭阳县…通过县政府门户网站", "洪泽区…法院支持区政府": the body's own 县政府/区政府, not another place)
        # "淮安2024年清江浦区那边的申请", "Shanghai's Pudong New Area", "Hongze District's Jiangba town":
        # a district, town or street inside the body held is its own body, whose report is not held
        agency_names = []

    # (only the bodies' names masked: a term inside a department's name — the "security" of "the city public
    # security bureau" — leaves the department named)
    bodies_masked = _mask(text, [h for h in hits if any(isinstance(p, _AgencyRef) for p in h.payloads)])
    dept = _EN_DEPARTMENT_RE.search(bodies_masked) or _ZH_DEPARTMENT_RE.search(masked)
    if agency_names and dept:  # (a held body's own English name is masked: "Huai'an Education Bureau" is not found here)
        # "Shuyang 2025, how many requests did the county civil affairs bureau (民政局) itself receive?":
        # a department inside the body held publishes its own report, which is not held
        agency_names, mentioned = [], dept.group().strip()

    # ---- keys
    negated = _negated(hits, text)
    kept = _glossed(text, [h for i, h in enumerate(hits) if i not in negated] if negated else hits)
    if asked_from and _STORY_ENDED_RE.search(text[:asked_from]) \
            and (not _BACK_REF_RE.search(text[asked_from:]) or _row_label_bracketed(text, kept, asked_from)) and any(
            isinstance(x, Sense) and x.kind in _KEY_KINDS for h in kept if h.start >= asked_from for x in h.payloads):
        # ("… after his admin review was rejected. how many such cases (复议后起诉) …": the label in brackets names what
        # "such cases" points back to)
        # the asking sentence names its quantity: the story's words ("被告知" is no 被告) name none —
        # unless it names only a column after a yes-or-no about a row ("这些不予公开的都是自然人提的吗？自然人有
        # 几件"): that row stays, the story's columns go
        asked_kinds = {x.kind for h in kept if h.start >= asked_from for x in h.payloads
                       if isinstance(x, Sense) and x.kind in _KEY_KINDS}
        only_column = (asked_kinds == {"column"} or asked_kinds <= {"column", "outcome"} and bool(
            # "表四里行政复议维持10件、纠正1件，可“总计”那格实际印的是几？": the cell of the row named before
            re.search(r"(?:那|这)(?:一)?(?:格|栏)", text[asked_from:]))) \
            and (re.search(r"(?:这些|那些|这类|这个|那个)[^，。？?]{0,12}(?:吗|么)\s*[？?]\s*$", text[:asked_from])
                 # "…row (7) is filled in for individuals. What does it say in the natural-person column?": the row
                 # the sentence before names, pointed back at
                 or re.search(r"^\W*what (?:does|did) (?:it|that row|this row|that line|this line) (?:say|show|read|print|give)\b",
                              text[asked_from:], re.I)
                 or re.search(r"(?:那|这)(?:一)?(?:格|栏)", text[asked_from:]))
        # ("洪泽区2023年行政复议那栏总计印成了0，…。把维持、纠正、其他、未审结四项加起来是多少？": outcomes only, of the
        # appeals group the sentence before names — that group stays)
        only_outcomes = asked_kinds == {"outcome"}
        kept = [h for h in kept if h.start >= asked_from or not any(
            isinstance(x, Sense) and (x.kind == "column" if only_column else x.kind in _KEY_KINDS and x.kind != "group" if only_outcomes
                                      else x.kind in _KEY_KINDS) for x in h.payloads)]
    elif asked_from and _STORY_ENDED_RE.search(text[:asked_from]) and not _BACK_REF_RE.search(text[asked_from:]) \
            and (m_noun := re.match(r"\W*how many ([a-z][a-z-]+s)\b", text[asked_from:], re.I)) \
            and m_noun.group(1).lower() in {w.lower() for w in _unexplained(masked[asked_from:])}:
        # "I read Shuyang solved some disputes by talking to applicants first. How many disputes in 2025?": the asking
        # sentence counts a thing no term names — the story's words (applicants) do not name it either
        kept = [h for h in kept if h.start >= asked_from or not any(
            isinstance(x, Sense) and (x.kind in _KEY_KINDS or x.kind == "apply") for x in h.payloads)]
    elif asked_from and _STORY_ENDED_RE.search(text[:asked_from]) and not _LIKE_ME_RE.search(text[asked_from:]) \
            and not _STORY_THINGS_RE.search(text[asked_from:]) \
            and not (cues.is_ranking and not _ASKS_COUNT_RE.search(text[asked_from:])) \
            and not _HEADED_RE.match(text) \
            and not (_BARE_HOW_MANY_RE.fullmatch(text[asked_from:]) and not _STORY_RE.search(text[:asked_from])):
        # ("Huaian 2024: private citizens asked for … . how many times?": no story; "Huaian 2024, requests from legal
        # service firms that were disclosed in full. How many was it?": the sentence before names the cell, no story)
        # ("Individuals told 'not held' — rank A, B; who's top?": a bare ranking tail asks of the
        # quantity before it, column and all)
        # "A lawyer I work with was told it is part of an enforcement case file. How many did Huai'an
        # refuse for that reason?": the story gives the reason asked back to, not who applied
        kept = [h for h in kept if h.start >= asked_from or not any(
            isinstance(x, Sense) and x.kind == "column" for x in h.payloads)]
    kept, stated_rows = _stated_dropped(kept, text)
    parts = _parts(kept, text)
    if negated and "litigation" in parts.groups and _SKIPPED_REVIEW_RE.search(text) and any(
            isinstance(x, Sense) and x.kind == "group" and x.value == "review" for i in negated for x in hits[i].payloads):
        # "lawsuits filed WITHOUT going to review first": the suits not after a review are the direct ones
        parts.groups = ["litigation_direct" if g == "litigation" else g for g in parts.groups]
    # a body we do not hold is explained too: the answer says it is not held
    at = text.find(mentioned) if mentioned else -1
    unheld = masked if at < 0 else masked[:at] + " " * len(mentioned) + masked[at + len(mentioned):]
    for m in _NOT_ASKED_ASIDE.finditer(unheld):  # "（不是逾期那两项）", "(not counting carried-over ones)":
        unheld = unheld[:m.start()] + " " * (m.end() - m.start()) + unheld[m.end():]  # what is not asked
    parts.unexplained = _unexplained(unheld)
    if asked_from:  # the story before the question ("我们是一家做工程的公司，…。淮安24年商业企业…有多少"):
        # its words tell what happened, they do not narrow the quantity asked
        parts.unexplained = [w for w in parts.unexplained if text.find(w) < 0 or text.find(w) >= asked_from]
    parts.text = text
    parts.masked = unheld
    parts.same_question = bool(_SAME_QUESTION_RE.search(question))
    parts.corrected = bool(re.match(r"^\W*(?:sorry|my (?:mistake|bad|error)|oops|whoops|no|nope|wait)\b[^?]{0,24}?\bI (?:meant|mean)\b|"
                                    r"^\W*(?:不好意思|抱歉|对不起|说错了|搞错了|问错了)", question, re.I))
    body_spans = [(h.start, h.end) for h in hits if any(not isinstance(x, Sense) for x in h.payloads)]
    conj_text = text
    if len(body_spans) > 1 and cues.is_ranking:
        lo, hi = min(a for a, _ in body_spans), max(b for _, b in body_spans)
        conj_text = conj_text[:lo] + " " * (hi - lo) + conj_text[hi:]
    column_hits = [h for h in kept if any(isinstance(x, Sense) and x.kind == "column" for x in h.payloads)]
    for a, b in zip(column_hits, column_hits[1:]):  # "people plus companies": columns added, not rows
        if re.fullmatch(r"[\s,，、]*(?:plus|and|&|\+|和|与|及|加上?|加上了)?[\s,，、]*", text[a.end:b.start], re.I):
            conj_text = conj_text[:a.end] + " " * (b.start - a.end) + conj_text[b.start:]
    parts.conj_text = conj_text if conj_text != text else ""
    key_groups, forced_sum = _compose(parts, context)
    key_groups = _every_sub_item_added(text, _other_sub_item(text, _numbered_sub_item(masked, key_groups, text)))
    key_groups = _carry_direction(text, key_groups)
    key_groups = _applicants_pointed_back(text, key_groups, context)
    if (handled := _handled_including_carried(text, key_groups)) != key_groups:
        key_groups = handled  # ("including": what the handled total holds, explained; the carried-over row is
        stated_rows = [*stated_rows, "carried_over"]  # named as a part of it, not asked)
        parts.unexplained = [w for w in parts.unexplained if w.lower() not in ("including", "incl", "counting", "包括", "包含", "含", "连同", "算上")]
    key_groups = _examples_of_group(text, key_groups)
    key_groups = _examples_of_organisations(text, key_groups)
    if len(key_groups) == len(lexicon.ORG_COLUMNS) and len({g[0].rsplit(".", 1)[0] for g in key_groups}) == 1 \
            and {g[0].rsplit(".", 1)[1] for g in key_groups} == set(lexicon.ORG_COLUMNS):
        forced_sum = True  # "from organisations of any kind - companies, research bodies, NGOs, law firms, others?": all five, added
    key_groups = _remaining_sub_item(hits, negated, key_groups)
    if (less := _group_less_sub_items(hits, negated, key_groups, context, text)) is not None:
        key_groups, forced_sum = less, True
    elif (less := _columns_less(hits, negated, key_groups, context, text)) is not None:
        key_groups, forced_sum = less, True
        parts.unexplained = [w for w in parts.unexplained if w.lower() not in ("left", "remain", "remaining", "rest")]
    key_groups = _other_outcomes(hits, negated, parts, key_groups)
    forced_sum = forced_sum or _decided_not_upheld(hits, negated, text, key_groups)
    key_groups = _third_other_sub_item(text, key_groups)
    key_groups = _same_ground(text, key_groups, context)
    key_groups = _named_total_cell(text, key_groups)
    key_groups = _named_other_line(text, key_groups)
    key_groups = _same_column_group(text, key_groups, context)
    key_groups = _other_sibling(text, key_groups, context)
    key_groups = _requests_from_column(text, key_groups, context)
    key_groups = _cumulative_of_published(text, key_groups)
    if any(g and g[0].startswith("appeals.") for g in key_groups) and any(
            g and re.match(r"requests\.carried_(?:over|forward)\.", g[0]) for g in key_groups) \
            and re.search(r"[（(][^（）()]{0,30}(?:carr(?:y|ied)[- ]?(?:overs?|forward)|pending|结转|未审结)[^（）()]{0,30}(?:included|incl\.?|in|counted|含|在内)[^（）()]{0,10}[）)]|"
                          r"[（(]\s*(?:including|incl\.?|with|含|包括)\s*(?:the\s+)?(?:carr(?:y|ied)[- ]?(?:overs?|forward)|pending|结转|未审结)", text, re.I):
        # "reconsideration cases plus both kinds of lawsuit, as printed (carry-overs included)": the appeals' own
        # cases still open, said of the appeals asked — not table 三's requests carried over
        key_groups = [g for g in key_groups if not (g and re.match(r"requests\.carried_(?:over|forward)\.", g[0]))]
    key_groups = _stock_in_force(text, key_groups)
    key_groups = _sub_item_over_refusal_word(text, key_groups)
    key_groups, rest_added = _rest_of_whole(text, key_groups, context)
    forced_sum = forced_sum or rest_added
    if negated and len(key_groups) == 1 and all(k.startswith("requests.received.") for k in key_groups[0]) \
            and not _RECEIVED_SAID_RE.search(text) and any(
                isinstance(x, Sense) and (x.kind == "outcome" or x.kind == "row" and x.value.split(".")[0] not in (
                    "carried_over", "carried_forward", "received", "total_processed"))
                for i in negated for x in hits[i].payloads):
        # "requests not corrected by the applicant": the requests less a part named only as ruled out —
        # no cell; never the requests received whole
        key_groups = []
    no_cell = False
    if key_groups and set(parts.columns) & {*lexicon.ORG_COLUMNS, "legal_person"} \
            and all(k.startswith("appeals.") for g in key_groups for k in g):
        key_groups = []  # "lawsuits brought by companies rather than individuals": table 四 has no applicant columns
    if key_groups and parts.items and _whom_against(text, parts) \
            and not (parts.rows or parts.groups or parts.outcomes) and not _ASKED_OF_REQUESTS_RE.search(text) \
            and any(k.startswith("active.") for g in key_groups for k in g):
        # "How many of those coercion decisions were against businesses versus individuals?": table 二 counts
        # decisions, not whom they were against — the applicant columns are table 三's, never asked of it
        key_groups, no_cell = [], True
    elif key_groups and context is not None and context.keys and all(k.startswith("active.") for k in context.keys) \
            and _whom_against(text, parts) \
            and not (parts.rows or parts.groups or parts.outcomes or parts.items) and not _ASKED_OF_REQUESTS_RE.search(text):
        # "Hongze 2024 coercion decisions?" → "How many of those were against companies?": the same, of the
        # decisions just given
        key_groups, no_cell = [], True
    elif key_groups and context is not None and context.keys and all(k.startswith("appeals.") for k in context.keys) \
            and _OF_THOSE_RE.search(text) and all(k.startswith("requests.") for g in key_groups for k in g) \
            and not _ASKED_OF_REQUESTS_RE.search(text):
        # "复议后起诉的诉讼总共多少件？" → "这22件里有多少是上一年结转过来的？": table 四 splits lawsuits by outcome only;
        # the requests' rows (carried over, received …) are no part of them
        key_groups, no_cell = [], True
    not_the_whole: list[str] = []
    if key_groups and (_unexplained_names_a_part(key_groups, parts.unexplained)
                       or _group_total_with_words_left(key_groups, parts.unexplained, text)):
        key_groups = []  # "因为会侵犯别人…所以不公开的": words of one of the whole's parts, not the whole
    if key_groups and (_part_of_an_outcome(text, hits, key_groups) or _part_of_named_en(text, hits, parts.unexplained)) \
            or not key_groups and _counted_noun_unknown_zh(text, hits, parts.unexplained):
        key_groups, no_cell = [], True  # "复议维持的里面，有几件是市政府自己作出的决定": finer than any cell
    if key_groups and (_narrowed_by_unexplained(text, hits, parts.unexplained) or _qualified_out(text, hits)
                       or _counted_thing_unknown(text, hits, parts.unexplained)
                       or _part_of_stated(text, hits, parts.unexplained)):
        if _REASON_OF_PART_RE.search(text) and _narrowed_by_unexplained(text, hits, parts.unexplained):
            not_the_whole = [k for g in key_groups for k in g]  # a reason of a part ("…里，有多少是因为…"): never the row
        key_groups = []  # "受理的申请中，主动撤回的": a part of the row no cell holds; the text may state it
        # ("…how many came from one and the same law firm?", "…作为复议机关办了几件": nor does the learned reader's cell — the
        # whole, quoted)
        no_cell = no_cell or bool(_WHO_DECIDED_OR_SENT_RE.search(text))
    if key_groups and _PARTIAL_BY_REASON_RE.search(text) \
            and any(k.startswith("requests.partially_granted.") for g in key_groups for k in g):
        # "那454件部分公开的申请里，是因为涉及个人隐私才部分公开的有多少件": table 三 gives the grounds of the
        # requests withheld in full, never of the partly granted ones
        not_the_whole = [k for g in key_groups for k in g]
        key_groups, no_cell = [], True
    # "of the requests it answered, how many were not refused?", "办理的申请里没有被不予公开的": the
    # requests handled less the outcome ruled out (a difference of two cells of one report)
    complement = False
    neg_rows = {x.value for i in negated for x in hits[i].payloads if isinstance(x, Sense) and x.kind == "row"}
    if len(key_groups) == 1 and len(neg_rows) == 1 and (m_tp := re.fullmatch(r"requests\.total_processed\.(\w+)", key_groups[0][0])) \
            and next(iter(neg_rows)).split(".")[0] in _HANDLING_OUTCOMES \
            and not re.search(r"\bnot (?:only|just|merely|simply)\b|(?:不只|不仅|不光|不单)(?:是)?", text, re.I):
        # ("I meant the total it handled, not only the granted ones": the whole, its part named as less than it)
        part = f"requests.{next(iter(neg_rows))}.{m_tp.group(1)}"
        if part in lexicon.key_catalog():
            key_groups, complement = [key_groups[0], [part]], True
    short_of_full = bool(_SHORT_OF_FULL_RE.search(text)) and not WHY_RE.search(text) \
        and not _DIFF_RE.search(_SHORT_OF_FULL_RE.sub(" ", text)) \
        and not any(g[0].startswith(("appeals.", "active.")) for g in key_groups)
    if short_of_full:
        # "凡是没落到“予以公开”那一档的，合计多少", "count every handled request whose outcome fell short of full
        # disclosure": every outcome group but 予以公开, added (the list in brackets, if any, is the same five)
        cols = [c for c in _unique(parts.columns) if f"requests.other.{c}" in lexicon.key_catalog()]
        col = cols[0] if len(cols) == 1 else "total"
        key_groups = [[f"requests.{g}.{col}"] for g in ("partially_granted", "withheld", "unable", "not_processed", "other")
                      if f"requests.{g}.{col}" in lexicon.key_catalog()]
        complement = False
    inherited_keys = False
    # a follow-up inherits the quantity only when it names none of its own: words nothing
    # explains mean a new quantity the reader does not know, not the previous one
    if not key_groups and not no_cell and context is not None and context.keys and not (cues.passage_cue and not (
                cues.is_diff and _COMPARE_BACK_RE.search(text))) and not parts.unexplained \
            and not parts.foreign_part and not _BARE_OTHER_RE.search(text) and not _names_an_outcome(unheld):
        # (a bare "其他的呢" the context gives no 其他 of asks for something else, never the same cell again)
        key_groups = [[k] for k in context.keys] if context.operation == "sum" else [list(context.keys)]
        if _WHOLE_ROW_RE.search(text) or (context.operation == "value" and _BARE_TOTAL_RE.fullmatch(text)):
            # "2025年整个的这一项呢", "一共多少" after one column's cell: the row's total, not the column asked before
            key_groups = [_unique(re.sub(r"^((?:requests|appeals)\.[a-z_.]+)\.(?!total$)[a-z_]+$", r"\1.total", k) for k in g)
                          for g in key_groups]
        inherited_keys = True
        if len(key_groups) == 1 and _N_KINDS_RE.search(text) and _ADDED_RE.search(text):
            # "逾期不补正的" → "逾期不交费的呢？" → "三个小项加起来是多少": every sub-item of the group asked
            # about, added (the stated number that of the group's sub-items)
            every = _every_sub_item_added(text, [[k] for k in key_groups[0][:1]])
            if len(every) > 1:
                key_groups, forced_sum = every, True
    years_written, _ = _explicit_years(masked, ranges_expand=not cues.is_diff)
    aside_blank = _NOT_ASKED_ASIDE.sub(lambda m: " " * len(m.group()), masked)
    # ("new applications received during 2025 only, without the leftovers from 2024": the carry-over set aside, its year too)
    aside_blank = _CARRY_SET_ASIDE_RE.sub(lambda m: " " * len(m.group()), aside_blank)
    if aside_blank != masked and (kept_years := _explicit_years(aside_blank, ranges_expand=not cues.is_diff)[0]):
        years_written = kept_years  # "从2023年拖过来的（注意不是拖到2025的）": the year set aside is not asked
    as_written = list(years_written)
    years_written = sorted(_carry_years(text, set(years_written)))
    m_left = _LEFT_UNFINISHED_FROM_RE.search(text)
    if m_left and key_groups and all(g[0].startswith("requests.") and g[0].split(".")[1] in ("carried_over", "carried_forward")
                                     for g in key_groups):
        y = int(m_left.group(1))
        if sorted(as_written) == [y, y + 1] or (as_written == [y] and context is not None and list(context.years) == [y + 1]):
            # "沭阳县2025年" → "713里有没有算2024年没办完留下来的？": what 2024 left unfinished came into 2025, its 上年结转
            years_written = [y + 1]
            key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in key_groups[0]]]
    if len(as_written) == 1 and years_written == [as_written[0] + 1] and len(agency_names) == 1 \
            and as_written[0] in years_held.get(agency_names[0], []) and years_written[0] not in years_held.get(agency_names[0], []) \
            and key_groups and all(".carried_over." in g[0] for g in key_groups):
        # "2025年结转过来的有多少" with the 2025 report held (not 2026's): what came into 2025, its 上年结转 row
        years_written = list(as_written)
    if (len(years_written) == 1 and len(agency_names) == 1 and len(key_groups) == 1 and len(as_written) == 2
            and key_groups[0][0].split(".")[1] in ("carried_over", "carried_forward") and key_groups[0][0].startswith("requests.")):
        # "沭阳县2025年没办完转到2026年的" with only the 2025 report held: what the 2025 report carried forward
        # (the same requests the 2026 report would carry over), and the other way round
        held_here, y, row = years_held.get(agency_names[0], []), years_written[0], key_groups[0][0].split(".")[1]
        if row == "carried_over" and y not in held_here and y - 1 in held_here and y - 1 in as_written:
            key_groups = [[k.replace(".carried_over.", ".carried_forward.") for k in key_groups[0]]]
            years_written = [y - 1]
        elif row == "carried_forward" and y not in held_here and y + 1 in held_here and y + 1 in as_written:
            key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in key_groups[0]]]
            years_written = [y + 1]
    carry_rows = {g[0].split(".")[1] for g in key_groups if g and g[0].startswith("requests.")} if key_groups else set()
    if (len(years_written) == 2 and years_written[1] - years_written[0] == 1 and not cues.is_diff and not cues.is_ranking
            and len(carry_rows) == 1 and carry_rows <= {"carried_over", "carried_forward"} and len(agency_names) <= 1
            and all(g and g[0].startswith("requests.") for g in key_groups) and not _REPORT_YEAR_RE.search(text)
            # (not "brought forward from 2024 (coming in, not going out to 2026)": a year named only to be set aside)
            and not re.search(r"\b(?:not|never)\b[^()（）?？]{0,30}?(?:19|20)\d\d|(?:不是|不算|而非|别算)[^，。？?（）()]{0,12}?(?:19|20)\d\d", text, re.I)):
        # "still pending going into 2025" of 2024, "And into 2025 from 2024?" after a carry-over: requests moving from one
        # year into the next are the earlier report's 结转下年 and the later report's 上年结转 — the row read sets which
        row = next(iter(carry_rows))
        y = years_written[1] if row == "carried_over" else years_written[0]
        held_here = years_held.get(agency_names[0], []) if agency_names else \
            (years_held.get(context.agencies[0], []) if context is not None and len(context.agencies) == 1 else [])
        other_y, other_row = (years_written[0], "carried_forward") if row == "carried_over" else (years_written[1], "carried_over")
        if held_here and y not in held_here and other_y in held_here:
            key_groups = [[k.replace(f".{row}.", f".{other_row}.") for k in g] for g in key_groups]
            y = other_y
        years_written = [y]
    m_report = _REPORT_YEAR_RE.search(text)
    if m_report and len(years_written) == 2 and not cues.is_diff and not cues.is_ranking:
        # "handed on unfinished to 2020, per its 2019 report": the report named is the one read; the
        # other year only says where the requests went
        report_year = int(m_report.group(1) or m_report.group(2))
        other = [y for y in years_written if y != report_year]
        if other and key_groups and all(g and g[0].startswith("requests.") for g in key_groups):
            # "Did Hongze carry any requests over into 2025? How many, per its 2024 report?": requests moving from
            # the report's year into the next are its 结转下年 (and from the year before into it, its 上年结转)
            if other[0] == report_year + 1 and all(".carried_over." in g[0] for g in key_groups):
                key_groups = [[k.replace(".carried_over.", ".carried_forward.") for k in g] for g in key_groups]
            elif other[0] == report_year - 1 and all(".carried_forward." in g[0] for g in key_groups):
                key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in g] for g in key_groups]
        years_written = [report_year]

    # ---- operation
    # "why did the number of requests jump? what caused it?": the report's explanation, not a count
    why_asked = bool(re.search(_WHY_WORDS + r"|原因是什么|原因有哪些|有哪些原因|\bon what (?:grounds?|basis)\b|\bfor what reasons?\b|"
                               r"以什么理由|基于什么理由|依据什么理由|理由是什么|"
                               r"\bwhat (?:reasons?|explanations?|causes?)\b(?! (?:for|of) "
                               r"(?:withholding|refusing|refusal|not processing|non-disclosure|being unable))|"
                               r"\b(?:reasons?|explanations?) (?:does|did|do) [^?]{0,60}? (?:give|offer|cite)\b", text[asked_from:], re.I)) \
        and not re.search(
        r"\bhow many\b|\bhow much\b|多少|几[件个项次场家条份起]", text, re.I)
    op_cues = _Cues(cues.is_table, cues.is_check, cues.is_ranking, cues.is_diff, cues.vs_previous,
                    # ("Why were Huai'an's lawsuits corrected?": both kinds of lawsuit read as a sum do not make
                    # the why a count)
                    (cues.is_sum and not why_asked) or (forced_sum and not why_asked), cues.quantity and not why_asked, cues.passage_cue, cues.not_in_tables,
                    cues.follow_up_cue, bool(why_asked or WHY_RE.search(text) or _WHICH_THING_RE.search(text)),
                    bool(_LIST_CUE_RE.search(_CELL_SHOWS_RE.sub(" ", text))),
                    # ("What is the printed total for reconsideration cases?": a count asked, the word "total" its name)
                    # ("表里“结转下年度继续办理”填的是几？", "what is the 结转下年度继续办理 total?": one cell's number)
                    bool(re.search(r"多少|(?<!哪)几(?:件|个|项)|(?:填|印|写)(?:的|着)?是几|是几\s*[？?]|\bhow (?:many|much)\b|"
                                   r"\bwhat(?:'s|’s| is| was) the (?:printed |stated |reported )?(?:total|number|figure|count)\b|"
                                   r"\bwhat(?:'s|’s| is| was) the [^?,]{1,30}? (?:total|number|figure|count)\s*\?", text[asked_from:], re.I)),
                    bool(_CONSISTENCY_WORDS_RE.search(text)),
                    bool(re.search(r"\b(?:printed|stated|reported) (?:total|number|figure|count)\b|(?:印|写|填)(?:的|着)(?:的)?(?:总数|总计|合计)", text, re.I)))
    n_addends = max(len(key_groups), len(years_written), len(agency_names))
    operation = _choose_operation(
        op_cues,
        n_addends=n_addends,
        has_keys=bool(key_groups),
        inherited_keys=inherited_keys,
        context=context,
    )
    if operation == "passage" and context is not None and context.operation == "value" and key_groups == [[f"requests.other.other.{k.rsplit('.', 1)[1]}" for k in context.keys[:1]]] \
            and _OTHER_SIBLING_RE.search(text):
        operation = "value"  # "逾期不补正的有几件" → "其他原因的呢": the sub-item 其他's count, not a why
    if operation == "difference" and context is not None and context.operation == "difference" and not cues.is_diff \
            and not cues.vs_previous and not years_written and context.agencies and any(
                y not in years_held.get(a, []) for a in context.agencies for y in context.years):
        # "行政强制呢？" after "2025年会比这个多吗？" (a year not held: no comparison was made): the value asked,
        # not the failed comparison repeated
        operation = "value"
    if operation == "difference" and context is not None and context.operation == "difference" and not cues.is_diff \
            and not cues.vs_previous and len(set(years_written)) == 1 and years_written[0] in context.years \
            and len(set(context.years)) == 2 and not complement:
        # "…2019 vs 2025, which was higher?" → "And companies in 2025?": one of the two years named, its figure
        operation = "value"

    if complement:
        operation = "difference"
    if short_of_full and key_groups:
        operation = "sum"  # ("fell short of full disclosure": no fall, no difference)
    if (operation == "ranking" and cues.is_diff and context is not None and not years_written and (
            # ("哪一年结转下去的更多，相差几件？": the quantity just given, named again)
            inherited_keys or len(key_groups) == 1 and bool(context.keys) and key_groups[0][0] == context.keys[0])
            and len(context.years) == 1 and len(context.previous_years) == 1 and context.previous_years != context.years
            and list(context.keys) == list(context.previous_keys) and len(context.agencies) == 1
            and list(agency_names) in ([], list(context.agencies)) and _WHICH_YEAR_RE.search(text)):
        # "Which year had more, and by how many?" after one figure of two years: their difference
        operation, agency_names = "difference", list(context.agencies)
    if operation == "difference" and len(agency_names) >= 3 and (_SUPERLATIVE_RE.search(text) or re.search(r"\b(?:top|bottom)\b", text, re.I)):
        operation = "ranking"  # "Reviews upheld: A vs B vs C, smallest?": three bodies compared for the extreme
    if operation in ("value", "sum") and len(agency_names) >= 2 and _SUPERLATIVE_RE.search(text) and not cues.is_diff:
        operation = "ranking"  # "部分公开最少：淮安24年、沭阳25年、洪泽23年 哪家？", "lowest among A, B and C"
    if operation == "difference" and key_groups and all(g[0].endswith(".change") for g in key_groups) \
            and len(set(years_written)) == 2 and len(key_groups) == 1:
        # "洪泽2024年行政处罚比2023年增加还是减少了，变化多少？": two years' decisions set against each other,
        # not the 本年增/减 column (which the 2021 format does not print)
        item = key_groups[0][0].rsplit(".", 1)[0]
        main = next((f"{item}.{m}" for m in ("decisions", "amount") if f"{item}.{m}" in lexicon.key_catalog()), None)
        if main:
            key_groups = [[main]]
    if operation == "difference" and key_groups and all(g[0].endswith(".change") for g in key_groups):
        operation = "value"  # "较上年增减多少" of an item: its 本年增/减 column is the difference
    if operation == "sum" and parts.default_measure and not parts.guessed_row and all(
            g[0].startswith("active.") and g[0].rsplit(".", 1)[1] in ("decisions", "prev_year_items", "change")
            for g in key_groups) and sum(g[0].endswith(".decisions") for g in key_groups) > 1:
        # "行政许可、行政处罚、行政强制三项加起来": decisions, the quantity these items count (their other
        # columns, 上一年项目数量 and 本年增/减 of the 2019 format, count items, not decisions)
        key_groups = [g for g in key_groups if g[0].endswith(".decisions")]
    elif operation == "sum" and (parts.default_measure or parts.guessed_row):
        operation = "value"  # "规章一共多少", "法人一栏合计": which measure, which row? asked back, never their sum
    # ---- years
    year_sense = next((s.value for h in hits for s in h.payloads if isinstance(s, Sense) and s.kind == "year"
                       # "规范性文件本年制作的呢": 本年 of a printed column label (本年新制作数量), not a year
                       and not (h.surface in ("本年", "本年度") and _LABEL_AFTER_THIS_YEAR_RE.match(text, h.end))), None)
    if year_sense == "this" and follow_up and context is not None and context.years and any(
            h.surface in ("当年", "当年度", "同年", "同一年") for h in hits
            for s in h.payloads if isinstance(s, Sense) and s.kind == "year"):
        year_sense = None  # "那当年宣布作废的呢": the year being discussed, not the newest held
    if year_sense == "following" and (_LATER_VS_EARLIER_RE.search(text) or re.search(r"后一年(?:的)?(?:比|较|多|少|差|增|减|高|低)", text)):
        year_sense = None  # "后一年减前一年", "后一年多了几件": the two years being discussed, the later against the earlier
    if year_sense in ("previous", "last") and follow_up and context is not None and len(context.years) == 1 \
            and len(context.previous_years) == 1 and context.previous_years != context.years and _LATER_VS_EARLIER_RE.search(text):
        year_sense = None  # "后一年减前一年": the two years just given, the later against the earlier
    relative = year_sense or ("previous" if cues.vs_previous else None)
    years = _resolve_years(
        years_written, year_sense, cues.vs_previous, operation, agency_names, years_held,
        # "And Hongze?" after a 2023 question (answered or not: its body may not be held): a new body,
        # the same quantity and year being discussed, when that body holds it
        # ("Did Hongze win them?" after Hongze's 2023 lawsuits: the same body named again, pointing back)
        # ("and the amount for Shanghai, 万元" after Shanghai's 2019 projects: the body named again, the turn opening
        # as a follow-up — its year stays)
        context if follow_up or inherited_keys or (
            context is not None and agency_names and list(agency_names) == list(context.agencies)
            and (_POINTS_AT_PREVIOUS_RE.search(text) or _FOLLOW_UP_RE.search(text))) or (
            # "Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 …" → "And how many did Hongze make?": one of the bodies
            # ranked, in its year there
            context is not None and context.operation == "ranking" and len(agency_names) == 1
            and agency_names[0] in context.agency_years and not years_written) else None,
    )
    if not years_written and year_sense is None and context is not None and context.years and _SAME_YEAR_RE.search(text):
        # "What about the same year for Shanghai's general office?": that year, held or not (never the newest instead)
        years = list(context.years)
    if len(as_written) == 1 and years == [as_written[0] - 1] and len(agency_names) == 1 \
            and as_written[0] in years_held.get(agency_names[0], []) \
            and years[0] not in years_held.get(agency_names[0], []) \
            and key_groups and any(".carried_" in k for g in key_groups for k in g[:1]):
        # "carried over into 2025" when only the 2025 report is held: its 上年结转 row holds them ("new ones plus
        # those carried over into 2019": the other addend stays)
        years = [as_written[0]]
        key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in g] for g in key_groups]
    elif len(as_written) == 2 and sorted(years) == sorted(as_written) and len(agency_names) == 1 and operation == "difference" \
            and all(y in years_held.get(agency_names[0], []) and y - 1 not in years_held.get(agency_names[0], []) for y in as_written) \
            and key_groups and all(k.startswith("requests.carried_forward.") for g in key_groups for k in g[:1]) \
            and len(_CARRIED_INTO_RE.findall(text)) + len(re.findall(r"\binto (?:19|20)\d\d\b", text, re.I)) >= 2:
        # "carried over into 2025 than into 2019": what came into each year, each held year's 上年结转 row (the
        # years before them, whose 结转下年 rows would hold them, are not held)
        key_groups = [[k.replace(".carried_forward.", ".carried_over.") for k in g] for g in key_groups]
    table = _which_table(question, senses, key_groups) if operation == "table" else None
    seen = dict(context.seen) if context is not None else {}
    pairs = _agency_years(hits, text, agency_names) if len(agency_names) > 1 else {}
    if not pairs and follow_up and context is not None and context.agency_years and not years_written \
            and set(agency_names) == set(context.agencies):
        pairs = dict(context.agency_years)  # "那最少的呢" after "淮安2024、沭阳2025、上海2019哪家最多": each body in its year
    if not pairs and operation == "ranking" and context is not None and not years_written and len(agency_names) > 1 \
            and all(context.seen.get(n) is not None for n in agency_names):
        # "Shuyang in 2025?" → "And Huai'an in 2024?" → "Hongze in 2023?" → "Among Shuyang, Huai'an and Hongze, who had
        # the fewest?": each body in the year the conversation asked it
        pairs = {n: context.seen[n] for n in agency_names}
    if operation == "ranking" and not agency_names and not years_written and _EACH_LATEST_RE.search(text):
        # "Which of the bodies held had the most reconsiderations in their latest report?": every body in its own
        # newest year (never only the bodies that have the newest year of all)
        agency_names = [a.name for a in agencies if years_held.get(a.name)]
        pairs = {n: max(years_held[n]) for n in agency_names}
        years = sorted(set(pairs.values()))
    for name in agency_names:
        seen.pop(name, None)
        seen[name] = pairs.get(name) or (years[0] if len(years) == 1 else None)
    if operation in ("ranking", "value") and not years_written and not any(isinstance(x, _AgencyRef) for h in hits for x in h.payloads) \
            and (winner := _winner_pointed(text, context)):
        # "哪家收到的申请最少" → "最少的那家当年予以公开了几件": the body the ranking put at that end, in its year
        operation = "value"
        agency_names, years, pairs = [winner[0]], ([winner[1]] if winner[1] is not None else years), {}
        seen.pop(winner[0], None)
        seen[winner[0]] = winner[1]
    if operation == "ranking" and context is not None and context.operation == "ranking" and not cues.is_ranking \
            and len(agency_names) == 1 and len(context.agencies) > 1 and agency_names[0] in context.agencies:
        # "三家行政强制谁最多？" → "沭阳是多少？": one of the bodies ranked, its own figure in its year
        operation = "value"
        y = dict(context.agency_years).get(agency_names[0]) or context.seen.get(agency_names[0])
        if y is not None and not years_written:
            years = [y]
    if operation == "ranking" and follow_up and not agency_names and len(seen) > 1:
        agency_names = list(seen)  # "哪个多？": the bodies asked about so far, each in its year
        pairs = {n: y for n, y in seen.items() if y is not None}
    elif (operation == "ranking" and context is not None and context.agencies and agency_names
          and _WITH_PREVIOUS_RE.search(text) and not set(context.agencies) <= set(agency_names)):
        # "跟洪泽2023、沭阳2025比，三家里谁…最多" after a question about 淮安2024: that body too, in its year
        before = [n for n in context.agencies if n not in agency_names]
        m_n = re.search(r"\b(?:the|all|these|those)\s+(three|four|five)\b|(三|四|五)(?:家|个)", text, re.I)
        want = {"three": 3, "four": 4, "five": 5, "三": 3, "四": 4, "五": 5}.get((m_n.group(1) or m_n.group(2)).lower()) if m_n else 0
        for n in reversed(list(seen)):
            # "…Huai'an?" → "And Shuyang?" → "Add Hongze 2023 — which of the three has the fewest?": every body asked so far
            if len(before) + len(agency_names) >= want:
                break
            if n not in before and n not in agency_names:
                before.insert(0, n)
        pairs = dict(pairs) or {n: y for n, y in seen.items() if n in agency_names and y is not None}
        for n in before:
            y = context.agency_years.get(n) or seen.get(n) or (context.years[0] if len(context.years) == 1 else None)
            if y is not None:
                pairs[n] = y
        agency_names = before + agency_names

    # ---- flatten
    if any(k.startswith("appeals.") and k.endswith(".pending") for g in key_groups for k in g) \
            and any(k.startswith("requests.carried_forward.") for g in key_groups for k in g) \
            and re.search(r"复议|诉讼|起诉|官司|\breviews?\b|\breconsiderations?\b|\blawsuits?\b|\blitigation\b|\bsuits?\b|\bappeals?\b", text, re.I) \
            and not re.search(r"申请|\brequests?\b|\bapplications?\b", text, re.I):
        # "unfinished review cases": the reviews still pending, not the requests carried into next year
        key_groups = [g2 for g2 in ([k for k in g if not k.startswith("requests.carried_forward.")] for g in key_groups) if g2]
    if operation == "passage" and cues.not_in_tables:
        key_groups = []  # a count must not stand in for an average or a ratio
    unnegated = text
    for i in negated:  # "项目数量（个数，不是金额）": money named as what is not asked
        unnegated = unnegated[:hits[i].start] + " " * (hits[i].end - hits[i].start) + unnegated[hits[i].end:]
    if key_groups and _MONEY_Q.search(unnegated) and not any(k.endswith(".amount") for g in key_groups for k in g):
        # money asked ("how much did it charge applicants"): a count of requests is never the answer
        key_groups, operation = [], "passage"
    alternatives = {g[0]: g[1:] for g in key_groups if len(g) > 1}
    rank_sum = operation == "ranking" and len(key_groups) > 1 and bool(cues.is_sum or re.search(
        r"合起来|加起来|加在一起|都算|都算上|都包括|都计入|\bcombined\b|\btogether\b|\bboth count\b|\bboth included\b", text, re.I)
        # "Which had the most lawsuits: …", "哪家行政诉讼最多": both kinds of lawsuit, added for each body (never the
        # first kind alone)
        or len(key_groups) == 2 and same_outcome_of_groups([g[0] for g in key_groups], LAWSUIT_KINDS)
        and not re.search(r"直接|复议后|复议之后|未经复议|\bdirect(?:ly)?\b|\bafter (?:a |an |the )?(?:administrative )?(?:review|reconsideration)|"
                          r"\bwithout (?:a |an )?(?:review|reconsideration)|\bor\b[^?]{0,30}\b(?:direct|after)", text, re.I)
        # "Which had more appeals of all kinds …", "复议和诉讼加起来": the three groups, added for each body
        or len(key_groups) == 3 and same_outcome_of_groups([g[0] for g in key_groups], {"review", *LAWSUIT_KINDS})
        and bool(re.search(r"\ball (?:kinds|sorts|types)\b|\bof every (?:kind|sort|type)\b|\bappeals\b|复议(?:和|与|及|、|加)(?:行政)?诉讼|"
                           r"\b(?:reconsiderations?|reviews?) (?:and|plus|\+) (?:lawsuits?|litigation|suits|court cases)\b", text, re.I)))
    cell_difference = operation == "difference" and len(key_groups) == 2 and len(set(years_written)) <= 1 \
        and not cues.vs_previous and len(agency_names) <= 1 and (complement or not inherited_keys)
    if cell_difference:  # one report: the year written, not it and the year before
        years = sorted(set(years_written))[-1:] or years[-1:]
    if operation == "sum" or rank_sum or cell_difference:
        keys = [g[0] for g in key_groups]
    else:
        keys = _unique(k for g in key_groups for k in g)
    if _asks_contact(text) and not key_groups:
        operation = "passage"  # a telephone number or an address is quoted, never counted
    table_read: list[str] = []
    wants_number = operation in ("value", "sum", "difference", "ranking") or (
        operation == "passage" and not _asks_contact(text)
        and (cues.quantity or (cues.not_in_tables and not WHY_RE.search(text)
                               and (not _YES_NO_RE.search(text) or _BREAKDOWN_RE.search(text)))
             or (not cues.passage_cue and _terse_count(text, language, [(h.start, h.end) for h in hits
                                                                         if any(isinstance(p, _AgencyRef) for p in h.payloads)])))
    )
    if _FROM_THE_TEXT_RE.search(text) and operation in ("value", "sum") and len(agency_names) <= 1 and len(years) <= 1 \
            and not re.search(r"还是[^。？?]{0,8}(?:正文|文字)|(?:正文|文字)[^。？?]{0,8}还是|\bor (?:in )?the (?:text|narrative)\b|"
                              # "表三第二项的总计跟正文说的一样吗？": the table's cell held against the text, asked
                              r"(?:跟|和|与|同)(?:报告)?(?:正文|文字)[^。？?]{0,8}(?:一样|相同|一致|对得上|吻合|相符)|"
                              r"\b(?:text|narrative) or\b", text, re.I):  # ("是表格里的还是正文里写的？": where a figure is from)
        # "how many … did the county handle in all, per the narrative?": the number the text states,
        # not the table's cells (nor their sum)
        table_read = list(keys)
        operation, keys, key_groups, wants_number = "passage", [], [], True
    # (the question without its framing: thanks, greetings and relays say nothing of the number)
    narrative_question = _asked_unframed(question) if operation == "passage" and wants_number and not keys else None
    if narrative_question and asked_from:  # the sentence that asks first (the engine falls back to the whole)
        narrative_question = narrative_question[_question_start(narrative_question):].strip() or narrative_question
    named_twice = len(set(parts.items)) >= 2  # two items of table 二 (rows and groups absorb each other)
    # (steps of one story, "让申请人补正了、可申请内容还是说不清楚", and examples of the group read, "信访投诉、重复申请
    # 之类的原因…（不予处理）", name no second part)
    # ("过了期限也不补正材料、政府干脆不再处理的": the step that follows, the one sub-item 逾期不补正 told as a story)
    parts_said = re.sub(r"了、|、(?=(?:最后|然后|结果|可是?|但是?|还是|又|再|于是|就|才|"
                        r"(?:政府|机关|行政机关|单位|他们|对方)?(?:就|也就|干脆|只好|只能|便)?(?:不再|没再|不予|不)(?:处理|受理|办理|答复)))", "，", text[asked_from:])
    if len(key_groups) == 1 and key_groups[0][0].count(".") == 2 and lexicon.REQUEST_SUB_ITEMS.get(key_groups[0][0].split(".")[1]):
        parts_said = re.sub(r"[^，,。？?（(]*(?:之类|等等|这类|这些|等)(?:的)?(?:原因|情形|情况|理由)?", "", parts_said)
    partial_sum = (operation == "value" and len(key_groups) == 1 and bool(cues.is_sum)
                   # (a story before the asking sentence — "my dad asked … and got told 本机关不掌握" — names no part)
                   and ((bool(parts.unexplained) and bool(_PARTS_NAMED_RE.search(parts_said)))
                        # "采购项目数和新制作规章数加一起": two items named, one cell read
                        or named_twice))
    five_columns = len(key_groups) == 1 and key_groups[0][0].endswith(".legal_person") and bool(re.search(
            r"(?:法人|组织|单位)[^，,。？?]{0,6}(?:加起来|加在一起|合起来|合计|一共|总共|算在一起)|"
            r"\b(?:organi[sz]ations|legal persons|entities)\b[^,?]{0,20}\b(?:together|combined|in total|added up)\b|"
            # "companies and other organisations (法人或其他组织), all the org types together"
            r"\ball (?:the |five |5 )?(?:org(?:ani[sz]ation)?s? )?(?:types|kinds|columns|categories)\b[^,?]{0,10}\b(?:together|combined|in total|added up)\b|"
            # "…, the five columns taken together?"
            r"\b(?:all |the |those |these )?(?:five|5) (?:org(?:ani[sz]ation)?s? )?(?:columns|categories|kinds|types)\b[^,?]{0,12}\b(?:together|combined|in total|added up|summed)\b|"
            # "法人或其他组织那五列的本年新收加起来", "“法人或其他组织”名下五列的新收申请，合起来", "the new requests of all five kinds of
            # organisation applicants added up"
            r"(?:五|5)(?:列|栏|类|种)[^，,。？?]{0,12}?(?:[，,]\s*)?(?:加起来|合起来|合计|一共|总共|加在一起|相加)|"
            r"\b(?:all )?(?:five|5) (?:kinds|types|columns|categories) of (?:organi[sz]ation|org)",
            text, re.I))
    if partial_sum and five_columns:
        partial_sum = False  # "各类法人和其他组织加起来提出的…": the five columns' own sum, the one cell read
    # "'other handling', all three sub-items together", "不予处理五个小项加起来": a group of table 三 named whole, its
    # parts counted — the group's total, the one cell read
    whole_by_parts = len(key_groups) == 1 and len(key_groups[0]) == 1 and key_groups[0][0].count(".") == 2 \
        and bool(lexicon.REQUEST_SUB_ITEMS.get(key_groups[0][0].split(".")[1])) and bool(re.search(
            r"\ball (?:the )?(?:three|four|five|eight|[2-9]) (?:of (?:its|the|their) )?(?:sub-?items?|sub-?categories|sub-?rows?|sub-?lines?|parts|items)\b|"
            r"(?:全部|所有|这|那)?(?:三|四|五|八|[2-9])(?:个|项)?(?:小项|子项|细项|分项|小类)", text, re.I))
    if whole_by_parts:
        partial_sum = False
    if operation == "value" and len(key_groups) == 1 and cues.is_sum and len(agency_names) <= 1 \
            and len(re.findall(r"['\"‘“][^'\"‘’“”]{2,40}['\"’”]", text)) >= 2 and _PARTS_NAMED_RE.search(text):
        partial_sum = True  # "'not held' plus 'would need new info made' — combined?" with one of the two read
    listed = _listed_parts(text)
    stated_n = _stated_parts(text)
    stated = stated_n or listed
    n_slashed = max((len(m.group(0).split("/")) for m in re.finditer(r"[\u4e00-\u9fffA-Za-z'’ -]{1,16}(?:/[\u4e00-\u9fffA-Za-z'’ -]{1,16}){1,7}", text)), default=0)
    if (operation == "value" and len(key_groups) >= 2 and all(len(g) == 1 for g in key_groups)
            and len({g[0] for g in key_groups}) == len(key_groups)
            and (all(g[0].startswith(("requests.", "appeals.")) for g in key_groups)
                 # "行政许可、行政处罚、行政强制三类决定总数": items of table 二 in one measure
                 or (all(g[0].startswith("active.") for g in key_groups) and len({g[0].rsplit(".", 1)[1] for g in key_groups}) == 1
                     and stated_n == len(key_groups)))
            and (len(key_groups) in (listed, stated_n, n_slashed)
                 # "how many reconsiderations and lawsuits in all ended … upheld": lawsuits are both kinds
                 or ({g[0].rsplit(".", 1)[0] for g in key_groups} == {"appeals.review", "appeals.litigation_direct",
                                                                       "appeals.litigation_after_review"}
                     and len({g[0].rsplit(".", 1)[1] for g in key_groups}) == 1
                     and bool(re.search(r"复议|\breviews?\b|\breconsiderations?\b", text, re.I))
                     and bool(re.search(r"诉讼|起诉|官司|\blawsuits?\b|\blitigation\b|\bsuits?\b|\bcourt\b", text, re.I))))
            and len(agency_names) <= 1 and len(years) <= 1
            and re.search(r"\btotal\b|\bin all\b|\ball\b|\bevery\b|\bcombined\b|总数|总计|合计|一共|总共|共计|全部|加总|总和", text, re.I)):
        # "total requests not processed as petitions, duplicates or re-confirmation requests (信访/重复/要求确认)",
        # "count every case … upheld: reviews, direct suits and suits after review": each listed part read, their total
        operation = "sum"
    whole_of_stated = len(key_groups) == 1 and key_groups[0][0].count(".") == 2 and key_groups[0][0].startswith("requests.") \
        and len(lexicon.REQUEST_SUB_ITEMS.get(key_groups[0][0].split(".")[1]) or []) == stated  # "all three sub-items together"
    # (a value asked of a list: only a list written out counts — "五类加总", "三类内部事务" name one cell)
    demonstrated = bool(re.search(r"这(?:两|二|三|四|五|几)(?:项|个|类|种)", text))  # "这两项加一起": the parts pointed back to
    if ((inherited_keys or key_groups == [[context.keys[0]]] if context is not None and context.keys else False)
            and context is not None and len(context.keys) == 1 and list(context.previous_keys) == list(context.keys)
            and len(context.years) == 1 and len(context.previous_years) == 1 and context.previous_years != context.years
            and context.operation == "value" and not years_written and year_sense is None
            and list(agency_names) == list(context.agencies) and len(agency_names) == 1
            and _BOTH_YEARS_RE.search(text)
            and not cues.is_diff  # "两个年份比，增加了多少件？": 增加 is a change, not an addition
            and (cues.is_sum or _ADDED_RE.search(text) or re.search(r"\btotal\b|\baltogether\b|\bin all\b|总计|总数|加", text, re.I))):
        # "洪泽2023年收到多少" → "那2024年呢" → "那两年加起来呢": the one figure of the two years just given, added
        key_groups, keys = [[context.keys[0]]], [context.keys[0]]
        years = sorted(context.previous_years + context.years)
        operation, inherited_keys, partial_sum, stated, listed = "sum", False, False, 0, 0
    if (context is not None and not inherited_keys and key_groups == [["requests.received.total"]] and context.keys
            and list(context.keys) == list(context.previous_keys) and _one_cell(context.keys)
            and context.keys[0].startswith("requests.") and context.keys[0] != "requests.received.total"
            and len(context.years) == 1 and len(context.previous_years) == 1 and context.previous_years != context.years
            and not years_written and (cues.is_diff or operation == "ranking")
            and (_BOTH_YEARS_RE.search(text) or _WHICH_YEAR_RE.search(text))
            and all(re.fullmatch(r"requests?|applications?|申请", h.surface, re.I) for h in hits
                    if any(isinstance(p_, Sense) for p_ in h.payloads))):
        # ("…finish handling in 2019?" → "2025?" → "Which of the two years was busier, and by how many requests?":
        # "requests" the unit of the figure just given twice, not the row of those received)
        key_groups, keys, inherited_keys = [[context.keys[0]]], [context.keys[0]], True
    if (context is not None and cues.is_diff and len(context.years) == 1 and len(context.previous_years) == 1
            and context.previous_years != context.years and not years_written
            and context.keys and context.previous_keys and (context.keys[0] == context.previous_keys[0] and (inherited_keys or not key_groups)
                # "洪泽2024年行政许可" → "行政处罚呢" → "2023年的行政许可呢" → "这两年许可相差多少": the quantity named again,
                # asked in both years (the turn between asked another of the first year)
                or key_groups and key_groups[0][0] == context.keys[0] and {g[0] for g in key_groups} <= set(context.keys)
                and context.earlier_keys[:1] == context.keys[:1])
            and context.operation == "value"
            and (list(agency_names) == list(context.agencies) or not agency_names) and len(context.agencies) == 1
            and _BOTH_YEARS_RE.search(text)):
        # "…2025年结转下年度多少" → "2019年年底结转的是多少？" → "两年差了多少件？": the one figure of the two years
        # just given, set against each other
        key_groups, keys = [[context.keys[0]]], [context.keys[0]]
        years = sorted(context.previous_years + context.years)
        agency_names = list(context.agencies)
        operation, inherited_keys = "difference", False
    if (operation == "ranking" and context is not None and len(context.years) == 1 and len(context.previous_years) == 1
            and context.previous_years != context.years and year_sense is None
            # ("Which year had more? What's 2024 minus 2023?": the same two years, written again)
            and (not years_written or sorted(set(years_written)) == sorted(set(context.previous_years + context.years)))
            and (list(agency_names) == list(context.agencies) or not agency_names) and len(context.agencies) == 1
            and (_BOTH_YEARS_RE.search(text) or (inherited_keys and list(context.keys) == list(context.previous_keys)))
            and (_WHICH_YEAR_RE.search(text)
                 # "…in 2019?" → "And in 2025?" → "Which was higher, and by how much?": no other body asked so far
                 or _WHICH_BARE_RE.search(text) and len(seen) <= 1 and inherited_keys
                 and list(context.keys) == list(context.previous_keys))):
        # "洪泽2023年…" → "那2024年呢" → "那两年哪年多？" / "Which year had more?": the two years just given of the
        # one body, set against each other — which is higher, and by how much (the answer names the higher year)
        years = sorted(context.previous_years + context.years)
        agency_names = list(context.agencies)
        operation = "difference"
        pairs = {}
    if ((inherited_keys or not key_groups or (context is not None and len(key_groups) == 1 and context.keys and context.previous_keys
                            and (key_groups[0][0] in (context.keys[0], context.previous_keys[0])
                                 # "…not held" → "…need newly produced" → "how many couldn't be provided for those two
                                 # reasons?": the group of the two parts just given, named again — the two
                                 or _group_of_both(key_groups[0][0], context.keys[0], context.previous_keys[0])
                                 # "…individuals' petitions" → "business requests the same?" → "Total for those two
                                 # applicant types?": the row's total named, its two columns just given meant
                                 or _row_total_of_both(key_groups[0][0], context.keys[0], context.previous_keys[0]))
                            and (re.search(r"两|\btwo\b|\bboth\b", text, re.I)
                                 # ("加起来一共几件没审结？": the column the two share named, not their group's whole —
                                 # "Combined, how many couldn't be provided?" asks the group's own total)
                                 or _BARE_ADD_START_RE.search(text) and not context.earlier_keys and not inherited_keys
                                 and key_groups[0][0] in (context.keys[0], context.previous_keys[0]))))
            and context is not None and _one_cell(context.keys) and _one_cell(context.previous_keys) and not context.offered
            and context.previous_keys[0] != context.keys[0] and context.operation == "value"
            and (cues.is_sum or _ADDED_RE.search(text))
            # ("…行政复议尚未审结几件" → "直接起诉的呢" → "加起来一共几件没审结？": the two just given, the turn opening
            # with the adding — only two turns asked so far)
            and (_TWO_BACK_RE.search(text) or _BARE_ADD_START_RE.search(text) and not context.earlier_keys and not inherited_keys)
            and not _total_with_its_parts([context.previous_keys[0], context.keys[0]])
            and all(k.rsplit(".", 1)[0].split(".")[0] == context.keys[0].split(".")[0] for k in context.previous_keys)):
        # "自然人…" → "商业企业呢" → "这两个加起来": the cells of the last two turns, added (each with the
        # other formats' labels of its cell: "规章新制作" → "规范性文件新制作多少件" → "两个一共多少件")
        key_groups = [list(context.previous_keys), list(context.keys)]
        before, now = context.previous_keys[0].rsplit(".", 1), context.keys[0].rsplit(".", 1)
        if _ROWS_ADDED_RE.search(text) and before[1] != now[1] and f"{before[0]}.{now[1]}" in lexicon.key_catalog():
            # "…prohibited by law?" → "How many of those were from companies?" → "Switch to state secrets" → "And
            # the two rows together?": the rows added, each in the column just given
            key_groups = [[f"{before[0]}.{now[1]}"], list(context.keys)]
        keys, alternatives = [g[0] for g in key_groups], {g[0]: g[1:] for g in key_groups if len(g) > 1}
        operation, inherited_keys, partial_sum, stated, listed = "sum", False, False, 0, 0
    elif ((inherited_keys or not key_groups
           # ("Put all three pending figures together?": the column of the three just given, named again)
           or len(key_groups) == 1 and context is not None and context.keys and key_groups[0][0] == context.keys[0])
            and context is not None and _one_cell(context.keys) and not context.offered
            and _one_cell(context.previous_keys) and _one_cell(context.earlier_keys)
            and len({context.keys[0], context.previous_keys[0], context.earlier_keys[0]}) == 3
            and context.operation == "value" and not years_written and _THREE_BACK_RE.search(text)
            and (cues.is_sum or _ADDED_RE.search(text))
            and not _total_with_its_parts([context.earlier_keys[0], context.previous_keys[0], context.keys[0]])
            and len({k.split(".")[0] for k in (context.keys[0], context.previous_keys[0], context.earlier_keys[0])}) == 1):
        # "自然人…" → "法律服务机构的呢" → "企业的呢？" → "三类加起来是多少", "Add up those three for me": the cells of
        # the last three turns (each asked of the body and year being discussed), added
        key_groups = [list(context.earlier_keys), list(context.previous_keys), list(context.keys)]
        keys, alternatives = [g[0] for g in key_groups], {g[0]: g[1:] for g in key_groups if len(g) > 1}
        operation, inherited_keys, partial_sum, stated, listed = "sum", False, False, 0, 0
    elif (not inherited_keys and context is not None and len(context.keys) == 1 and len(context.previous_keys) == 1
            and len(key_groups) == 1 and len(key_groups[0]) == 1
            and len({key_groups[0][0], context.keys[0], context.previous_keys[0]}) == 3
            and context.operation == "value" and len(years) <= 1 and len(agency_names) <= 1
            and (cues.is_sum or _ADDED_RE.search(text))
            and (_TWO_BACK_RE.search(text) or _THREE_BACK_RE.search(text) or _ADD_THOSE_TO_RE.search(text))
            and key_groups[0][0].split(".")[0] == context.keys[0].split(".")[0] == context.previous_keys[0].split(".")[0]):
        # "直接起诉的结果纠正" → "复议后起诉的呢" → "行政复议的结果纠正加上这两个": a new cell and the last two turns'
        new_key = key_groups[0][0]
        row_before = {k.rsplit(".", 1)[0] for k in (context.keys[0], context.previous_keys[0])}
        if new_key.startswith("requests.received.") and len(row_before) == 1 and not _RECEIVED_SAID_RE.search(text) \
                and f"{next(iter(row_before))}.{new_key.rsplit('.', 1)[1]}" in lexicon.key_catalog():
            # "自然人…" → "商业企业的呢" → "再加上法律服务机构，三类申请人一共多少": the new column of the same row
            new_key = f"{next(iter(row_before))}.{new_key.rsplit('.', 1)[1]}"
        row_new, col_new = new_key.rsplit(".", 1)
        cols_before = {k.rsplit(".", 1)[1] for k in (context.keys[0], context.previous_keys[0])}
        if row_new in row_before and len(row_before) == 2 and len(cols_before) == 1 and col_new not in cols_before \
                and all(f"{r}.{col_new}" in lexicon.key_catalog() for r in row_before) and _TWO_BACK_RE.search(text):
            # "直接起诉几件" → "复议后起诉呢" → "Across both, how many were upheld?": that column of the two rows just
            # given (the row read beside it is only the last turn's), never the column added to the two totals
            key_groups = [[f"{context.previous_keys[0].rsplit('.', 1)[0]}.{col_new}"], [f"{context.keys[0].rsplit('.', 1)[0]}.{col_new}"]]
        elif _row_total_of_both(new_key, context.keys[0], context.previous_keys[0]):
            # "…individuals' petitions" → "business requests the same?" → "Total for those two applicant types?": the
            # row's total named, its two columns just given meant (the total with them would count them twice)
            key_groups = [[context.previous_keys[0]], [context.keys[0]]]
        else:
            key_groups = [[new_key], [context.previous_keys[0]], [context.keys[0]]]
        keys = [g[0] for g in key_groups]
        operation, partial_sum, stated, listed = "sum", False, 0, 0
    if (not key_groups or inherited_keys) and context is not None and context.operation == "sum" and not context.offered \
            and (len(context.keys) == 3 and _THREE_BACK_RE.search(text) or len(context.keys) == 2 and _TWO_BACK_RE.search(text)) \
            and (cues.is_sum or _ADDED_RE.search(text)) and not years_written and list(agency_names) in ([], list(context.agencies)):
        # "… → Plus the 'other' sub-item? (the three added) → Total of those three?": the same three, added again
        key_groups = [[k] for k in context.keys]
        keys, alternatives = list(context.keys), {}
        operation, inherited_keys, partial_sum, stated, listed = "sum", False, False, 0, 0
        agency_names, years = list(context.agencies), list(context.years)
    if ((not key_groups or inherited_keys or [g[0] for g in key_groups] == list(context.keys if context else []))
            and context is not None and context.operation == "value" and _one_cell(context.keys) and not context.offered
            and list(context.previous_keys) == list(context.keys) and not context.previous_years and not years_written
            and (cues.is_sum or _ADDED_RE.search(text)) and _TWO_BODIES_RE.search(text) and len(seen) >= 2
            and set(agency_names) <= set(list(seen)[-2:]) and len(context.values_given) >= 2
            and all(k == context.keys[0] for k, _ in context.values_given[-2:])
            and all(y is not None for y in list(seen.values())[-2:])):
        # "上海科委2024年收到多少申请" → "上海市政府办公厅2025年呢" → "两家一共多少": the one quantity of the two bodies just
        # asked, each in its year, added (the turn before named another body: it kept no year of the same one)
        pairs = dict(list(seen.items())[-2:])
        agency_names, years = list(pairs), sorted(set(pairs.values()))
        key_groups = [[context.keys[0]] + list(context.alternatives.get(context.keys[0], []))]
        keys, alternatives = [context.keys[0]], {g[0]: g[1:] for g in key_groups if len(g) > 1}
        operation, inherited_keys, partial_sum, stated, listed = "sum", False, False, 0, 0
    # "Plus the pending lawsuits of both kinds — what's the total pending?": every one named, added to the figure given
    plus_all = bool(re.match(r"^\W*(?:and\s+|now\s+|ok,?\s+)?(?:plus|add)\b", text, re.I)
                    and re.search(r"\btotal\b|\baltogether\b|\ball together\b|\bin all\b|\bcombined\b|一共|总共|合计", text, re.I))
    if (context is not None and context.keys and context.operation in ("value", "sum") and not inherited_keys
            and key_groups and _ADD_TO_PREVIOUS_RE.search(text) and len(agency_names) <= 1 and len(years) <= 1
            and (len(key_groups) == 1 or all(len(g) == 1 for g in key_groups) and (_TO_THAT_RE.search(text) or plus_all))
            and list(agency_names) == list(context.agencies) and not any(g[0] in context.keys for g in key_groups)):
        # "淮安2024年复议后起诉的总计多少" → "加上直接起诉的一共多少": the figure just given plus the one named;
        # "Now add the upheld outcomes of both kinds of lawsuits to that": plus the ones named
        before = [[k] for k in context.keys] if context.operation == "sum" else [[context.keys[0]]]
        if (context.operation == "value" and len(context.previous_keys) == 1 and context.previous_keys[0] not in context.keys
                and len(key_groups) == 1 and (_ALSO_RE.search(text) or _IN_ALL_RE.search(text)) and cues.is_sum
                and len({k.split(".")[0] for k in (context.previous_keys[0], context.keys[0], key_groups[0][0])}) == 1
                and len({k.rsplit(".", 1)[1] for k in (context.previous_keys[0], context.keys[0], key_groups[0][0])}) == 1
                and context.previous_keys[0] != key_groups[0][0]):
            # "直接起诉的几件" → "复议以后再起诉的呢？" → "把行政复议也加上，一共涉及多少件": the two figures
            # just given (one column of one table) and the one named, all three
            before = [[context.previous_keys[0]]] + before
        elif (context.operation == "value" and len(context.previous_keys) == 1 and len(key_groups) == 1
              and _completes_group([context.previous_keys[0], context.keys[0], key_groups[0][0]])):
            # "…didn't supplement in time?" → "And those dropped for unpaid fees?" → "Together with plain 'other',
            # how many sit in the 'other handling' category?": the two sub-items just given and the last one named
            before = [[context.previous_keys[0]]] + before
        if len(key_groups) == 1 and len(key_groups[0]) > 1 and _TO_THAT_RE.search(text) \
                and re.search(r"\bboth\b|两(?:种|类|个|项)", text, re.I):
            key_groups = [[k] for k in key_groups[0]]  # "the upheld outcomes of both kinds of lawsuits … to that"
        key_groups = before + (key_groups if _TO_THAT_RE.search(text) or plus_all else [key_groups[0]])
        keys = [g[0] for g in key_groups]
        operation, partial_sum = "sum", False
    if (context is not None and context.operation == "sum" and len(context.keys) >= 2 and key_groups
            and all(k.startswith("requests.") for k in context.keys) and len(agency_names) <= 1 and len(years) <= 1
            and re.search(r"这(?:两|二|三|几)(?:项|个|类|种)|那(?:两|二|三|几)(?:项|个|类|种)|\b(?:these|those) (?:two|three)\b|\bboth\b", text, re.I)
            and len({g[0].rsplit(".", 1)[1] for g in key_groups}) == 1
            and (col := key_groups[0][0].rsplit(".", 1)[1]) != "total" and col in lexicon.PRINTED_COLUMNS + ("legal_person",)
            and all(f"{k.rsplit('.', 1)[0]}.{col}" in lexicon.key_catalog() for k in context.keys)):
        # "予以公开加部分公开一共多少" → "只看自然人的话，这两项合计是多少？": the same addends, in the column named
        keys = [f"{k.rsplit('.', 1)[0]}.{col}" for k in context.keys]
        key_groups = [[k] for k in keys]
        operation, inherited_keys, partial_sum = "sum", False, False
    if operation == "sum" and len(key_groups) == 2 and {g[0].rsplit(".", 1)[1] for g in key_groups} == {"published", "total_published"} \
            and len({g[0].rsplit(".", 1)[0] for g in key_groups}) == 1 and not re.search(r"加上|\bplus\b|\+|\band\b|和", text, re.I):
        # "the cumulative total of normative documents publicly released": the cumulative measure, not it plus the year's
        key_groups = [g for g in key_groups if g[0].endswith(".total_published")]
        keys = [g[0] for g in key_groups]
        operation = "value"
    if (operation == "sum" and len(key_groups) == 1 or operation == "value" and len(key_groups) == 1 and len(key_groups[0]) == 1
            and re.search(r"加上|\bplus\b", text)) and len(years) <= 1 and len(agency_names) <= 1 \
            and re.search(r"加上|\+|＋|\bplus\b", text) and not five_columns and not whole_by_parts:
        # "X加上Y一共" with one part read: that part is offered, never given as the total ("把法人或其他组织五列都加上": the
        # five columns' own sum, the one cell read)
        operation, partial_sum = "value", True
    if (operation == "sum" or (operation == "value" and cues.is_sum and (listed or demonstrated) and not whole_of_stated)) and stated \
            and (len(key_groups) < stated or (listed and operation == "sum" and len(key_groups) > listed >= 3
                                              and len(key_groups) != stated)) \
            and len(years) <= 1 and len(agency_names) <= 1 and not five_columns and not whole_by_parts \
            and not _row_in_columns(key_groups, stated):
        # "add up the three sub-rows (…)" with two of them read: no total of two given as the three's
        operation, partial_sum = "value", True
    if (context is not None and inherited_keys and keys and list(keys) == list(context.keys) and operation == context.operation
            and operation in ("value", "sum") and not context.offered
            and list(agency_names) == list(context.agencies) and list(years) == list(context.years)
            and _own_words(masked) and not _ASKED_AGAIN_RE.search(text) and not _ASKED_AGAIN_RE.search(question)
            and not _BARE_TOTAL_RE.fullmatch(text)):
        # nothing read of its own, so the same cell of the same report as the turn before, and the
        # question does not ask for it again ("剩下那个“其他”呢" after two sub-items, a new question
        # whose words no term reads): it asks for something this reading does not see; never the
        # same number again
        keys, key_groups, inherited_keys, alternatives = [], [], False, {}
    if (context is not None and not inherited_keys and keys and list(keys) == list(context.keys) and operation == context.operation == "value"
            and list(agency_names) == list(context.agencies) and list(years) == list(context.years) and parts.unexplained
            and not years_written and not _ASKED_AGAIN_RE.search(text) and not _ASKED_AGAIN_RE.search(question)):
        # "and the 总计 of the <words no term reads>" after 予以公开's total: the same cell read again from part of
        # the words, the rest unread — it asks something else; never the same number again
        keys, key_groups, alternatives = [], [], {}
    if (context is not None and not follow_up and operation == "difference" and not cell_difference and len(agency_names) == 1
            and context.agencies and list(agency_names) != list(context.agencies) and len(set(years_written)) <= 1 and keys
            and context.operation == "value"):
        # "How many … in force at Shuyang at the end of 2025?" → "Compare: at Huai'an at the end of 2024?":
        # the other body's figure, to set beside the one just given (no change of one body between years)
        operation = "value"
        years = _unique(years_written) or list(context.years)
    if (context is not None and context.agencies and context.keys and len(agency_names) == 1
            and agency_names[0] not in context.agencies and not years_written and _SHARE_TO_BODY_RE.search(text)):
        # "洪泽2024年收费多少万元" → "How much of that went to the education bureau?": a share of the
        # figure just given, split among bodies or departments (no table makes that split), not the
        # other body's own figure in its own report
        keys, key_groups, alternatives, inherited_keys = [], [], {}, False
        agency_names, operation, wants_number = list(context.agencies), "passage", True
    if (context is not None and context.narrative_question and not keys and not parts.unexplained
            and operation in ("passage", "value") and not any(x.kind not in ("year", "neutral") for x in senses)
            and not _own_words(masked, context.narrative_question)):
        # "那2024年呢？" after a number the text states: the same words, the new year or body
        operation, wants_number, narrative_question = "passage", True, context.narrative_question
    elif (context is not None and context.narrative_question and not keys and operation == "passage" and not wants_number
          and follow_up and _FOLLOW_UP_RE.search(text) and not WHY_RE.search(text)
          and len(_CJK.findall(text)) <= 12 and len(re.findall(r"[A-Za-z]+", text)) <= 10):
        # "通气会呢？", "And by the county departments on their pages?" after a number the text stated: the
        # text's number of the other thing named, same body and year
        wants_number, narrative_question = True, _asked_unframed(question)
    if (inherited_keys and context is not None and len(keys) == 1 and keys[0].startswith("requests.") and not keys[0].endswith(".total")
            and re.search(r"\bsame (?:grand )?total\b|\bthat (?:same )?(?:grand )?total\b|同样的总数|同一个总数|那个总数|这个总数", text, re.I)
            and keys[0].rsplit(".", 1)[0] + ".total" in context.previous_keys):
        # "What's the total … carried forward?" → "Any of those from companies?" → "And the same total for Shuyang?":
        # the total asked before the column, for the body named now
        keys = [keys[0].rsplit(".", 1)[0] + ".total"]
        key_groups = [keys]
    money = [k for k in keys if k.startswith("active.") and k.endswith(".amount")]
    if operation == "sum" and len(money) == 1 and len(keys) == 2 and _MONEY_Q.search(text) \
            and all(k.rsplit(".", 1)[0] == money[0].rsplit(".", 1)[0] for k in keys):
        # "这几个项目加起来金额是多少万元？" after the procurement projects: the amount of those projects, never a
        # count of projects added to money
        keys, key_groups, operation = money, [money], "value"
    if (context is not None and context.narrative_question and narrative_question and not keys
            and _POINTS_AT_CHANNEL_RE.search(text) and not _CHANNEL_RE.search(narrative_question)
            and _CHANNEL_RE.search(context.narrative_question)):
        # "how many articles on the 上海科技 WeChat account?" → "how many followers it has?": the account
        # the turn before named
        narrative_question = f"{narrative_question} ({_CHANNEL_RE.search(context.narrative_question).group(0)})"
    if rank_sum and len(keys) >= 2 and all(k.startswith("requests.") and len(k.split(".")) == 4 for k in keys) \
            and len({k.split(".")[1] for k in keys}) == 1 and len({k.split(".")[3] for k in keys}) == 1:
        group, col = keys[0].split(".")[1], keys[0].split(".")[3]
        if set(lexicon.REQUEST_SUB_ITEMS.get(group, ())) == {k.split(".")[2] for k in keys} \
                and f"requests.{group}.{col}" in lexicon.key_catalog():
            # "“无法提供”的（三个小项合计）…哪家最多": every sub-item of a group added is the group's own figure
            keys, key_groups, rank_sum = [f"requests.{group}.{col}"], [[f"requests.{group}.{col}"]], False
    if (context is not None and operation == "difference" and _one_cell(context.keys) and _one_cell(context.previous_keys)
            and context.previous_keys[0] != context.keys[0] and context.operation == "value" and not years_written
            and list(agency_names) in ([], list(context.agencies)) and len(context.years) == 1
            and (_TWO_BACK_RE.search(text) or re.search(r"两者|二者|\bbetween (?:the two|them|those)\b", text, re.I)
                 # "制发了几件" → "废止了几件" → "相差几件？", "Net change?": two columns of one row just given, of one year —
                 # the one against the other (never the last one's change from a year the conversation never named)
                 or (context.previous_keys[0].rsplit(".", 1)[0] == context.keys[0].rsplit(".", 1)[0]
                     and list(context.previous_years) == list(context.years) and not cues.vs_previous
                     and not re.search(r"去年|上年|上一年|前一年|比上|同比|较上|往年|\b(?:previous|prior|last) years?\b|\byear before\b|"
                                       r"\ba year (?:earlier|before|ago)\b|\bfrom (?:the )?(?:year|(?:19|20)\d\d)\b", text, re.I)))
            and context.previous_keys[0].split(".")[0] == context.keys[0].split(".")[0]
            and (not keys or set(keys) <= {context.keys[0], context.previous_keys[0]})):
        # "自然人多少" → "那法人或其他组织呢" → "两者差多少": the two cells just given, one from the other
        key_groups = [[context.previous_keys[0]], [context.keys[0]]]
        keys = [context.previous_keys[0], context.keys[0]]
        cell_difference, inherited_keys, alternatives = True, False, {}
        agency_names, years = list(context.agencies), list(context.years)
    if (context is not None and context.operation == "value" and _one_cell(context.keys) and not context.offered
            and _SUBTRACT_FROM_PREVIOUS_RE.search(text) and len(key_groups) == 1 and key_groups[0][0] != context.keys[0]
            and key_groups[0][0].split(".")[0] == context.keys[0].split(".")[0] and not years_written
            and list(agency_names) in ([], list(context.agencies)) and len(context.years) == 1 and len(context.agencies) == 1):
        # "Huai'an 2024 total handled" → "minus those granted in full?", "减去予以公开的还剩多少": the figure just given
        # less the one named — never the one named alone
        key_groups = [[context.keys[0]], list(key_groups[0])]
        keys = [context.keys[0], key_groups[1][0]]
        operation, cell_difference, inherited_keys, alternatives = "difference", True, False, {}
        agency_names, years = list(context.agencies), list(context.years)
    prev_body = next((n for n in reversed(list(context.seen)) if n not in context.agencies), None) \
        if context is not None and len(context.agencies) == 1 else None
    if (context is not None and operation == "difference" and not cell_difference and prev_body is not None
            and context.seen.get(prev_body) is not None and len(context.keys) == 1 and context.operation == "value"
            and len(context.years) == 1 and list(context.previous_keys) == list(context.keys)
            and not years_written and not mentioned and list(agency_names) in ([], list(context.agencies))
            and (not keys or list(keys) == list(context.keys)) and not cues.vs_previous
            and not re.search(r"两年|二年|两个年度|年份|\b(?:both|two) years\b|\bthe years\b", text, re.I)
            and not re.search(r"去年|上年|上一年|前一年|比上|同比|增长|增加|减少|下降|上升|变化|变动|涨|降|"
                              r"\b(?:previous|prior|last|year before|a year|change[ds]?|grow|grew|growth|ris(?:e|en)|rose|fell|fall(?:en)?|"
                              r"drop(?:ped)?|went (?:up|down)|increase[ds]?|decrease[ds]?|declin(?:e|ed))\b", text, re.I)):
        # "淮安2024年新收多少" → "洪泽区2024年呢？" → "两者相差多少？": the two bodies just asked, one against the other
        # (not the last body's change from its year before)
        agency_names = [prev_body, context.agencies[0]]
        pairs = {prev_body: context.seen[prev_body], context.agencies[0]: context.years[0]}
        years = sorted(set(pairs.values()))
        keys, key_groups, inherited_keys, alternatives = list(context.keys), [list(context.keys)], False, {}
    if (operation == "ranking" and cues.is_diff and len(agency_names) == 2 and len(keys) == 1 and not rank_sum
            and re.search(r"\bby how (?:many|much)\b|多多少|多几|差多少|差几|相差|\bhow many more\b|\bthe gap\b|\bdifference\b", text, re.I)):
        # "which of the two is higher and by how much?" after one figure of two bodies: their difference
        operation = "difference"
        if pairs:
            years = sorted(set(pairs.values()))
    if (context is not None and operation == "value" and len(keys) == 1 and len(context.keys) == 1 and context.operation == "value"
            and keys[0] != context.keys[0] and keys[0].split(".")[0] == context.keys[0].split(".")[0]
            and _one_cell(context.keys) and not _total_with_its_parts([context.keys[0], keys[0]])
            and _BOTH_ADDED_RE.search(text)):
        # "淮安2024年予以公开多少" → "这1362件里有没有算上部分公开的？没算的话，两样合起来是多少？": the cell just given
        # and the one this turn names, added
        key_groups, keys = [[context.keys[0]], [keys[0]]], [context.keys[0], keys[0]]
        operation, inherited_keys, alternatives = "sum", False, {}
        agency_names, years = agency_names or list(context.agencies), years or list(context.years)
    elif (context is not None and _BARE_BOTH_RE.fullmatch(text.strip()) and _given_key(context)
          and len(context.previous_keys) == 1 and context.keys[0] != context.previous_keys[0] and context.operation == "value"
          and context.keys[0].split(".")[0] == context.previous_keys[0].split(".")[0] and context.previous_years
          and context.previous_years == context.years and not _total_with_its_parts([context.previous_keys[0], context.keys[0]])
          # (two columns of one row: "合计" is the row's total — "自然人是多少" → "法律服务机构的呢" → "合计"; unless the two
          # are pointed at: "这俩加起来是多少")
          and (context.keys[0].rsplit(".", 1)[0] != context.previous_keys[0].rsplit(".", 1)[0]
               or re.search(r"俩|两个|两项|两样|两类|两者|二者|\bboth\b|\bthe two\b|\bthose two\b|\bthem\b|\bput together\b|\badded together\b", text, re.I))):
        # "不掌握的有几件" → "需另行制作的呢" → "合计多少": the two figures just given, one report's, added
        key_groups, keys = [[context.previous_keys[0]], [context.keys[0]]], [context.previous_keys[0], context.keys[0]]
        operation, inherited_keys, alternatives = "sum", False, {}
        agency_names, years = list(context.agencies), list(context.years)
    if (operation == "ranking" and context is not None and context.operation == "value" and not years_written
            and _one_cell(context.keys) and _one_cell(context.previous_keys) and context.keys[0] != context.previous_keys[0]
            and list(context.previous_years) == list(context.years) and len(context.years) == 1 and len(context.agencies) == 1
            and list(agency_names) in ([], list(context.agencies)) and (not keys or inherited_keys)
            and _one_body_so_far(context)
            and not re.search(_BODY_RANK_WORDS, text, re.I)):
        # "…行政处罚决定多少？" → "行政许可呢？" → "哪个多？", "individuals?" → "companies?" → "Which is higher?": the two
        # cells just given, set against each other — never every body ranked by the last one
        keys = [context.previous_keys[0], context.keys[0]]
        # (the cells are the conversation's: its words lean on the turns before)
        key_groups, operation, inherited_keys, alternatives = [[k] for k in keys], "rank_columns", True, {}
        agency_names, years = list(context.agencies), list(context.years)
    elif (operation == "ranking" and context is not None and context.operation == "sum" and not years_written
            and len(set(context.keys)) >= 2 and len(context.years) == 1 and len(context.agencies) == 1
            and set(context.previous_keys) <= set(context.keys) and all(k.split(".")[0] == context.keys[0].split(".")[0] for k in context.keys)
            and list(agency_names) in ([], list(context.agencies)) and (not keys or inherited_keys)
            and _one_body_so_far(context)
            and not re.search(_BODY_RANK_WORDS, text, re.I)):
        # "…行政许可" → "行政处罚的呢" → "行政强制的呢" → "三个加起来多少？" → "哪个最多？": the cells just added, ranked
        keys = list(dict.fromkeys(context.keys))
        key_groups, operation, inherited_keys, alternatives = [[k] for k in keys], "rank_columns", True, {}
        agency_names, years = list(context.agencies), list(context.years)
    elif (operation == "ranking" and context is not None and follow_up and not agency_names and not years_written
            and (not keys or inherited_keys) and len(context.agencies) == 1
            and _one_body_so_far(context)
            and context.previous_keys and set(context.previous_keys) != set(context.keys)
            and not re.search(_BODY_RANK_WORDS, text, re.I)):
        # "行政复议多少件" → "行政诉讼呢" (both kinds added) → "哪个多？": two quantities of one body set against each other
        # that are not two cells — never every body ranked by the last one
        key_groups, keys, operation, wants_number = [], [], "passage", False
        agency_names, years = list(context.agencies), list(context.years)
    elif (operation == "ranking" and len(agency_names) == 1 and len(set(years)) == 1 and len(key_groups) >= 2 and not rank_sum
            and len({g[0] for g in key_groups}) == len(key_groups)
            # (each a row of its own, or columns of one row: never the three columns of each of two rows of the 2019 table)
            and len({g[0].rsplit(".", 1)[0] for g in key_groups}) in (1, len(key_groups))
            and all(g[0].split(".")[0] == key_groups[0][0].split(".")[0] for g in key_groups)
            and not re.search(_BODY_RANK_WORDS, text, re.I)):
        # "涧西区2020年行政处罚和行政许可哪个多？": the cells named of the one report, ranked
        keys = [g[0] for g in key_groups]
        key_groups, operation, inherited_keys, alternatives = [[k] for k in keys], "rank_columns", False, {}
    m_col = _WHICH_COLUMN_RE.search(text)
    named = {x.kind for h in hits for x in h.payloads if isinstance(x, Sense)}
    # the row is one this turn names, or the one asked just before — never one guessed from a column word, and
    # never beside an item of table 二 ("规范性文件中…哪一类组织": no row of applicants asked)
    row_keys = keys if "row" in named else (list(context.keys) if context is not None and not keys else [])
    row_key = next((k for k in row_keys if k.startswith("requests.") and len(k.split(".")) == 3), None) \
        if m_col and "item" not in named else None
    if row_key and len(agency_names) <= 1 and (agency_names or (context is not None and len(context.agencies) == 1)):
        # "Which single type of organization sent the most, and how many?": the columns of the row asked about,
        # ranked within the one report — not the bodies ranked by the row's organisations' column
        row = row_key.rsplit(".", 1)[0]
        cols = lexicon.ORG_COLUMNS if re.search(r"organi[sz]|\borgs?\b|legal|法人|组织", m_col.group(), re.I) \
            else ("natural_person",) + lexicon.ORG_COLUMNS
        keys = [f"{row}.{col}" for col in cols if f"{row}.{col}" in lexicon.key_catalog()]
        key_groups, operation, inherited_keys, alternatives = [[k] for k in keys], "rank_columns", False, {}
        agency_names = agency_names or list(context.agencies)
        years = years or (list(context.years) if context is not None else [])
    if (context is not None and context.operation == "sum" and len(context.keys) == 2 and len(context.previous_keys) == 1
            and context.previous_keys[0] not in context.keys and not years_written
            and context.previous_keys[0].split(".")[0] == context.keys[0].split(".")[0]
            and list(agency_names) in ([], list(context.agencies)) and _THREE_BACK_RE.search(text)
            and (cues.is_sum or _ADDED_RE.search(text) or re.search(r"\btotal\b|一共|总共|合计", text, re.I))
            and (not keys or set(keys) <= set(context.keys) | set(context.previous_keys))):
        # "reconsiderations?" → "And lawsuits of both kinds combined?" → "Total of all three, then?": the one
        # figure and the two just added, all three
        key_groups = [[context.previous_keys[0]]] + [[k] for k in context.keys]
        keys = [g[0] for g in key_groups]
        operation, inherited_keys, partial_sum, alternatives = "sum", False, False, {}
        agency_names, years = list(context.agencies), list(context.years)
    if operation == "sum" and len(keys) >= 2 and all(k.startswith("appeals.") and not k.endswith(".total") for k in keys) \
            and len({k.split(".")[1] for k in keys}) > 1 and len(keys) > len({k.split(".")[1] for k in keys}) \
            and not (context is not None and set(keys) & set(context.keys)):
        # "…appeals table prints 0 as the reconsideration total. What do its four outcome cells (upheld, corrected,
        # other, pending) add up to?": the outcomes of the one group the question names, not of every group
        named_groups = {x.value for h in hits for x in h.payloads if isinstance(x, Sense) and x.kind == "group"}
        if len(named_groups) == 1 and any(k.split(".")[1] in named_groups for k in keys):
            key_groups = [g for g in key_groups if g[0].split(".")[1] in named_groups]
            keys = [g[0] for g in key_groups]
    if keys and operation == "value" and parts.unexplained and (m_part := _PART_ASKED_RE.search(text, asked_from)):
        # "How many of the 'not held' replies pointed people to the housing administration?", "这些许可里有多少是…":
        # a part of a count, told apart by words nothing here reads — never the whole count (nor a cell read
        # from part of the words) given as that part
        rest = text[m_part.end():]
        read_after = any(h.start >= m_part.end() and any(isinstance(x, Sense) and x.kind not in ("year", "neutral", "apply") for x in h.payloads)
                         for h in hits)
        whole_again = context is not None and list(keys) == list(context.keys)
        if (not read_after or whole_again) and any(len(w) >= 2 and w in rest and w.lower() not in _PART_FILLER for w in parts.unexplained):
            keys, key_groups, alternatives = [], [], {}
    checked_part = None
    if keys and operation == "value" and _MONEY_Q.search(unnegated) and not any(k.endswith(".amount") for k in keys) \
            and not any(k.startswith("active.fees") for k in keys):
        # "the total value of fines behind the penalty decisions": money asked, never the count of decisions
        keys, key_groups, alternatives, operation = [], [], {}, "passage"
    if not keys and operation == "passage" and _MONEY_Q.search(unnegated) and not _asks_contact(text):
        # an amount of money asked: the text's number, or none said to be stated (never a quoted passage)
        wants_number, narrative_question = True, narrative_question or _asked_unframed(question)
    asked_about = next((k for k in keys if k not in context.keys), None) if context is not None and len(keys) <= 2 else None
    if (context is not None and len(context.keys) == 1 and context.operation == "value" and asked_about
            and asked_about.split(".")[0] == context.keys[0].split(".")[0] and asked_about.split(".")[0] in ("requests", "appeals")
            and _INCLUDES_Q_RE.search(question) and not _COUNT_ASKED_RE.search(question)
            and len([p for p in re.split(r"[?？]", question) if p.strip()]) == 1
            and list(agency_names) in ([], list(context.agencies)) and list(years) in ([], list(context.years))):
        # "In 2019, how many individuals …?" → "Does that number include companies?": the figure just
        # given (individuals only), the companies' cell said apart; "Does that include the requests carried
        # over from 2023?" after the new requests: the new requests again, the carried-over row said apart
        checked_part, keys, key_groups = asked_about, list(context.keys), [list(context.keys)]
        agency_names, years, inherited_keys = list(context.agencies), list(context.years), False
        operation, alternatives = "value", {}
    if no_cell and not keys and operation in ("difference", "sum"):
        operation = "passage"  # ("…against businesses versus individuals?": no cell to compare either)
    if (context is not None and len(context.keys) >= 1 and _SAME_ITEM_POINT_RE.search(question) and not no_cell
            and operation in ("value", "passage") and not parts.unexplained
            and (not keys or all(k.startswith("requests.received.") for k in keys))):
        # "换到2019年那份报告，同一项里自然人申请有几件？", "沭阳县2025年报告里同样这一项是多少？": the item just asked
        # (its row), in the year or body named now — with the column named now, if any
        before = context.keys[0]
        col = keys[0].rsplit(".", 1)[1] if keys else None
        same = f"{before.rsplit('.', 1)[0]}.{col}" if col and before.startswith("requests.") else before
        if same in lexicon.key_catalog():
            keys, operation, alternatives, wants_number, narrative_question = [same], "value", {}, True, None
    if operation == "sum" and len(keys) >= 2:
        # "其他处理三项合在一起呢？" after two of its sub-items: the group's sub-items, every one, added — never the group's
        # own total added to some of its parts
        totals = [k for k in keys if k.startswith("requests.") and k.count(".") == 2 and k.endswith(".total")]
        group = totals[0].rsplit(".", 1)[0] if len(totals) == 1 else ""
        subs = lexicon.REQUEST_SUB_ITEMS.get(group.split(".")[1] if group else "") or ()
        n_said = re.search(r"([两三四五六七八2-8])\s*(?:个)?(?:小项|子项|细项|项)", question)
        if subs and n_said and _COUNT_WORD.get(n_said.group(1)) == len(subs) \
                and all(k == totals[0] or (k.startswith(group + ".") and k.count(".") == 3 and k.endswith(".total")) for k in keys):
            keys = [f"{group}.{sub}.total" for sub in subs if f"{group}.{sub}.total" in lexicon.key_catalog()]
            key_groups, alternatives = [[k] for k in keys], {}
    if (context is not None and context.keys and all(k.startswith("appeals.") for k in context.keys) and keys
            and all(k.startswith("requests.") and k.rsplit(".", 1)[1] in ("natural_person", "legal_person", *lexicon.ORG_COLUMNS)
                    for k in keys)
            and re.search(r"\bof (?:[A-Z][\w'’-]*['’]s|those|them|these|the cases|the lawsuits)\b|其中|这些|那些|里面|当中", question)
            and not re.search(r"申请|\brequests?\b|\bapplications?\b", question, re.I)):
        # "How many of Shanghai's were filed by lawyers?" after its lawsuits: table 四 never counts appeals by who
        # brought them (the applicant columns are the requests table's)
        keys, key_groups, operation, alternatives, no_cell = [], [], "passage", {}, True
    if (context is not None and context.keys and all(k.startswith("appeals.") for k in context.keys + context.previous_keys)
            and _THREE_APPEALS_RE.search(question) and keys and (cues.is_sum or _ADDED_RE.search(question))
            and len({k.rsplit(".", 1)[1] for k in keys} - {"total"}) == 1 and all(k.startswith("appeals.") for k in keys)):
        # "复议" → "直接起诉的呢" → "复议完了又起诉的" → "这三类里结果被纠正的合计几件？": the outcome named, in each of
        # table 四's three rows, added
        col = next(iter({k.rsplit(".", 1)[1] for k in keys} - {"total"}))
        three = [f"appeals.{row}.{col}" for row in ("review", "litigation_direct", "litigation_after_review")]
        if all(k in lexicon.key_catalog() for k in three):
            keys, key_groups, operation, alternatives = three, [[k] for k in three], "sum", {}
    if (len(agency_names) == 1 and not years_written and len(keys) == 1 and operation in ("value", "sum")
            and (m_all := _ALL_YEARS_RE.search(text)) and (_ALL_YEARS_SUM_RE.search(text) or m_all.group(1) or m_all.group(4)
                                                           or re.search(r"多少|几|\bhow many\b", text, re.I))):
        # "河西区三年来一共收到多少申请？", "How many requests did Hongze receive over its two reports?": the body's
        # held years added (the last N when N is said), never its newest year alone
        held = sorted(years_held.get(agency_names[0], []))
        said = next((g for g in m_all.groups() if g), None)
        n = _YEAR_COUNT.get(said.lower(), 0) if said else len(held)
        if n >= 2 and held:
            # (more years said than are held: the years said, so the answer names the reports missing — never the held
            # ones added as if they were all)
            years = held[-n:] if n <= len(held) else list(range(held[-1] - n + 1, held[-1] + 1))
            operation = "value" if re.search(r"各|分别|每年|\beach\b|\brespectively\b|\bper year\b|\byear by year\b", text, re.I) else "sum"
    if context is not None and len(keys) == 1 and keys[0].startswith("requests.") and keys[0].count(".") == 2 \
            and (m_back := _QUOTED_BACK_RE.search(text)) and list(agency_names) in ([], list(context.agencies)):
        # "收到多少(17)" → "其中予以公开几件(13)" → "那17件里有企业提交的吗？几件？": the row whose count is quoted, in the column asked
        n_back = float(next(g for g in m_back.groups() if g))
        row_now, col_now = keys[0].rsplit(".", 1)
        # (a column of the row quoted — "有企业提交的吗" — not another row: "这718件里…上年结转的有多少件" asks that row whole)
        for k_back, v_back in (reversed(context.values_given) if col_now != "total" else ()):
            if v_back == n_back and k_back.startswith("requests.") and k_back.count(".") == 2:
                row_back = k_back.rsplit(".", 1)[0]
                if row_back != row_now and f"{row_back}.{col_now}" in lexicon.key_catalog():
                    keys, key_groups, alternatives = [f"{row_back}.{col_now}"], [[f"{row_back}.{col_now}"]], {}
                break
    return Query(
        checked_part=checked_part,
        check_too=operation == "value" and _count_and_check(op_cues, n_addends, bool(keys)),
        stated=stated_rows,
        no_cell=no_cell and not keys,
        not_the_whole=not_the_whole if not keys else [],
        language=language,
        agencies=agency_names,
        agency_mentioned=mentioned,
        years=years,
        relative_year=relative,
        keys=keys,
        operation=operation,
        table=table,
        wants_number=wants_number,
        alternatives=alternatives,
        agency_years=pairs,
        seen=seen,
        guessed_item=parts.guessed_item,
        agency_choices=choices,
        unexplained=list(parts.unexplained),
        narrative_question=narrative_question,
        table_read=table_read,
        partial_sum=partial_sum,
        rank_sum=rank_sum,
        cell_difference=cell_difference,
        inherited_keys=inherited_keys,
        offered=list(context.offered) if inherited_keys and context is not None else [],
        ranked=list(context.ranked) if context is not None else [],  # (until the engine ranks again)
        values_given=list(context.values_given) if context is not None else [],
        previous_keys=list(context.keys) if context is not None else [],
        earlier_keys=list(context.previous_keys) if context is not None else [],
        previous_years=list(context.years) if context is not None and list(context.agencies) == list(agency_names) else [],
        # (only a column this turn named itself, the row being the one before: "其中企业的"; not "of those,
        # how many were granted", which names a row and keeps the column before)
        part_of_previous=context is not None and (bool(_PART_OF_PREVIOUS_RE.search(text)) or bool(_ALL_FROM_Q_RE.search(whole_question))) and (
            bool(parts.columns) and not parts.rows and any(k.startswith("requests.") and not k.endswith(".total") for k in keys)
            # "直接起诉几件" → "其中维持的": an outcome of the group before ("沭阳的直接起诉呢" then asks that group whole)
            or bool(parts.outcomes) and not parts.groups and bool(keys)
            and all(k.startswith("appeals.") and not k.endswith(".total") for k in keys)),
    )
