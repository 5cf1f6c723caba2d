"""Slips of a pinyin keyboard: a word typed with the wrong character of the same sound.

People on phones type Chinese by pinyin and pick a character from a list; a wrong pick keeps the
sound and changes the word: 束阳 for 沭阳, 布分公开 for 部分公开, 行政付议 for 行政复议, 收废 for 收费,
怀安市 for 淮安市. Such a word names nothing the vocabulary or the bodies held know, so the question
reads as if the row, the item or the body were not there.

``mend(text, extra)`` puts the known word back where a run of Chinese characters that no known
word contains sounds exactly like exactly one known word (toneless pinyin, character by
character) and differs from it in one character (two in a word of five or more). A run that is a
word of the dictionary itself (期中, 怀安) is left alone, and so is anything the known words
already cover. What was mended is returned too, so the answer can say how it read the question
("“束阳”按“沭阳”理解").
"""
from __future__ import annotations

import re
from functools import lru_cache

from vocab import lexicon
from vocab.narrative_terms import EN_CONCEPTS

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_MAX = 8  # the longest word looked at


@lru_cache(maxsize=1 << 14)
def _py(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(ch, style=Style.NORMAL)[0]


@lru_cache(maxsize=1)
def _vocabulary_words() -> frozenset[str]:
    words = {s for s, lang, _ in lexicon.terms() if lang == "zh"}
    for _, zh in EN_CONCEPTS:  # the words of the narrative's concepts (新闻发布会, 意见征集)
        words.update(zh)
    return frozenset(w for w in words if 2 <= len(w) <= _MAX and all("\u4e00" <= c <= "\u9fff" for c in w))


@lru_cache(maxsize=64)
def _index(extra: frozenset[str]) -> tuple[frozenset[str], dict[tuple[str, ...], tuple[str, ...]]]:
    words = _vocabulary_words() | {w for w in extra if 2 <= len(w) <= _MAX}
    by_sound: dict[tuple[str, ...], list[str]] = {}
    for w in words:
        by_sound.setdefault(tuple(_py(c) for c in w), []).append(w)
    return words, {k: tuple(v) for k, v in by_sound.items()}


@lru_cache(maxsize=1)
def _dictionary():
    """jieba's own default dictionary, the one the retriever segments with (one copy in memory, loaded once)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return jieba.dt


def _dictionary_cut(run: str) -> list[str]:
    return _dictionary().lcut(run, HMM=False)


def _is_word(w: str) -> bool:
    return _dictionary().FREQ.get(w, 0) > 0


RARE = 5  # a dictionary word this rare …
COMMON = 100  # … beside a vocabulary word at least this many times as common


def _rare_beside(w: str, known: list[str]) -> bool:
    """``w`` hardly ever used, and exactly one sound-alike of the vocabulary used far more (解度 4, 解读 607)."""
    freq = _dictionary().FREQ
    f = freq.get(w, 0)
    return 0 < f <= RARE and len(known) == 1 and freq.get(known[0], 0) >= COMMON * f and not known[0][-1] in "市县区省镇乡"


# the characters of the asking itself (几, 多少, 是, 的…): never the slip ("总共几件" is no "共计")
_ASKING = frozenset("几多少是的了有么吗呢啊吧个件条项次年月日共和与跟同在不没无这那哪啥些都也还就要把被给对从到为以及或其中里上下来去说问请您你我他她它们"
                    "一加减乘除比差得地着过市县区省镇乡")


_BODY_NEXT = frozenset("市县区省镇乡")


def _allowed(n: int) -> int:
    return 1 if n <= 4 else 2


def mend(text: str, extra: frozenset[str] = frozenset()) -> tuple[str, list[tuple[str, str]]]:
    """The text with sound-alike slips mended, and the (written, read) pairs. The dictionary (jieba, a second
    to load) is opened only when some span sounds like a known word it is not — never for an ordinary question."""
    if not _HAN_RUN.search(text):
        return text, []
    words, by_sound = _index(extra)
    mended: list[tuple[str, str]] = []

    def fix_run(m: re.Match[str]) -> str:
        run = m.group(0)
        after = text[m.end():m.end() + 1]  # what follows the run ("怀安24年": a year)
        # the spans the known words already cover are read as written
        covered = [False] * len(run)
        for i in range(len(run)):
            for n in range(min(_MAX, len(run) - i), 1, -1):
                if run[i:i + n] in words:
                    for j in range(i, i + n):
                        covered[j] = True
                    break
        sounds = [_py(c) for c in run]
        bounds: set[int] = set()

        def word_bounds() -> set[int]:
            # where the dictionary's words of the run begin and end: a slip is a word of its own ("束阳", "收废"),
            # never the end of one word and the start of the next ("总共几件": not "共几"; "申请认定": not "申请人")
            if not bounds:
                k = 0
                bounds.add(0)
                for tok in _dictionary_cut(run):
                    k += len(tok)
                    bounds.add(k)
            return bounds

        out, i = [], 0
        while i < len(run):
            done = False
            for n in range(min(_MAX, len(run) - i), 1, -1):
                w = run[i:i + n]
                if all(covered[i:i + n]) or w in words:
                    continue
                sounding = [c for c in by_sound.get(tuple(sounds[i:i + n]), ())
                            if 0 < sum(a != b for a, b in zip(c, w)) <= _allowed(n)
                            and not any(b in _ASKING for a, b in zip(c, w) if a != b)
                            # the characters that differ are the ones no known word covers
                            and all(not covered[i + j] for j, (a, b) in enumerate(zip(c, w)) if a != b)]
                if not sounding:
                    continue
                # a word of the dictionary stays, unless it sounds like a body held and stands where a body's name
                # does, before a year or a level ("那怀安24年的": 怀安 is a real county, but not one held)
                nxt = run[i + n:i + n + 1] or after
                named_here = nxt.isdigit() or nxt == "年"
                dictionary_word = _is_word(w)
                # a rare word of the dictionary sounding like a common word of the vocabulary ("政策解度": 解度 is listed,
                # hardly ever used; 解读 is everyday) is the slip — never a place's word (怀安 stays: a county of its own)
                rare = dictionary_word and _rare_beside(w, [c for c in sounding if c not in extra])
                if dictionary_word and not rare and not named_here and nxt not in _BODY_NEXT:
                    continue
                edges = word_bounds()
                aligned = i in edges and i + n in edges
                cands = [c for c in sounding
                         # (a place may run on into the body's word: "怀安市政府" is 怀安 + 市政府)
                         if (aligned or c in extra and i in edges)
                         # (a dictionary word only as a body held, before its year or its own level: "怀安24年",
                         # "怀安市" → 淮安; never "怀安县", a county of its own)
                         and (not dictionary_word or rare and c not in extra or c in extra and (named_here or c + nxt in extra))]
                if len(cands) == 1:
                    out.append(cands[0])
                    mended.append((w, cands[0]))
                    i += n
                    done = True
                    break
            if not done:
                out.append(run[i])
                i += 1
        return "".join(out)

    return _HAN_RUN.sub(fix_run, text), mended
