"""Bodies asked by their English names, with the places around them written every way people
write them (issue 10).

The English words come from the blind generator's catalogue (``evals.blindgen.catalog``:
each place's English stem, each body's English name), not from ``vocab.aliases``; this file
composes them the ways users do — the parent place before ("Huai'an Hongze District Health
Bureau", "Huaian's Hongze district …") or after ("Health Bureau of Hongze District, Huai'an"),
with or without the kind word (district / county / city), pinyin written Huai'an / Huaian /
Huai-an, and everyday body words (Health Commission for a 卫生健康局, Natural Resources Bureau,
Market Supervision Administration, Sub-district Office, township government). Every question
goes through the real ``rag.understanding.understand`` with the whole pool held: the answer is
the body asked about, or an ask-back listing it — never another body. A body named with a place
that holds no such body is never answered from another place's body.
"""
from __future__ import annotations

import random
from collections import Counter

import pytest

from evals.blindgen import catalog as C
from rag.understanding import Agency, understand
from vocab import aliases as V

# everyday English for a department besides the catalogue's own words
EVERYDAY = {
    "Health Bureau": ["Health Commission", "health bureau"],
    "Administration for Market Regulation": ["Market Regulation Administration", "Market Supervision Administration",
                                             "Market Supervision and Administration Bureau"],
    "Natural Resources and Planning Bureau": ["Natural Resources Bureau"],
    "Bureau of Culture, Radio, Television and Tourism": ["Culture and Tourism Bureau"],
    "Development and Reform Bureau": ["Development and Reform Commission"],
    "Emergency Management Bureau": ["Emergency Management Bureau"],
    "Housing and Urban-Rural Development Bureau": ["Housing and Urban-Rural Development Bureau"],
    "Human Resources and Social Security Bureau": ["Human Resources and Social Security Bureau"],
    "Science and Technology Commission": ["Science and Technology Commission"],
}


def _spellings(en: str) -> list[str]:
    """Huai'an, Huaian, Huai-an (pinyin syllables joined every way)."""
    out = [en]
    if "'" in en:
        out += [en.replace("'", ""), en.replace("'", "-")]
    return out


def _dept_words(b) -> str | None:
    for tiers in C.DEPTS.values():
        for name, _sh, en, _py in tiers.values():
            if b.agency.endswith(name):
                return en
    return None


def _county_of(b):
    """(city English, county English, its kind word) of a body below a city, or None."""
    for city, cname, _py, en, kind in C.COUNTIES:
        if b.region.startswith(C.county_region(city, cname)):
            city_en = C.CITIES[city][2] if city in C.CITIES else C.MUNICIPALITIES[city][1]
            return city_en, en, C._county_kind_word(cname, kind)[1]
    return None


def _forms(b) -> list[str]:
    """English ways to name body ``b`` with its places, composed from the catalogue's words."""
    where = _county_of(b)
    if where is None:
        return []
    city, county, kw = where
    if county.endswith(" Area"):  # Pudong New Area
        county, kw = county[: -len(" New Area")], "New Area"
    out: list[str] = []
    if b.kind == "dept" and not b.agency.endswith("分局") and _dept_words(b):
        words = _dept_words(b)
        for w in [words, *EVERYDAY.get(words, [])]:
            for c in _spellings(city):
                out += [f"{c} {county} {kw} {w}", f"{c}'s {county} {kw.lower()} {w}", f"{c} City {county} {kw} {w}"]
            out += [f"{county} {kw} {w} of {city}", f"{w} of {county} {kw}, {city}", f"{county} {w}",
                    f"{county} {kw} {w}"]
    elif b.kind == "gov":
        for c in _spellings(city):
            out += [f"{c} {county} {kw}", f"{c}'s {county} {kw.lower()} government", f"{c} {county} {kw} People's Government"]
        out += [f"{county} {kw} of {city}", f"{county} {kw}, {city}", f"People's Government of {county} {kw}, {city}",
                f"{county} {kw} government of {city} city"]
    elif b.kind == "office":
        for c in _spellings(city):
            out += [f"{c} {county} {kw} government office", f"{c} {county} {kw} People's Government General Office"]
        out += [f"General Office of the {county} {kw} Government", f"{county} {kw} government office, {city}",
                f"Office of the People's Government of {county} {kw}"]
    elif b.kind == "town":
        town = b.english_aliases[1]  # "Chenwei Township", "Ninghailu Subdistrict"
        stem = town.rsplit(" ", 1)[0]
        if b.level == "street":
            out += [f"{county} {kw} {stem} Sub-district Office", f"{stem} street office, {county} {kw}",
                    f"{city} {county} {kw} {stem} Subdistrict Office", f"{stem} sub-district office"]
        else:
            word = town.rsplit(" ", 1)[1]
            out += [f"{county} {kw} {stem} {word} Government", f"{stem} {word.lower()} government of {county} {kw}",
                    f"{county} {kw} {stem} {word} People's Government", f"{stem} {word.lower()} government"]
    return out


def _held(pool):
    return [Agency(b.agency, V.region_of(b.agency), [b.title_name] if b.title_name != b.agency else []) for b in pool]


def _ask(name: str) -> str:
    return f"How many information disclosure requests did {name} receive in 2023?"


@pytest.fixture(scope="module", params=[2, 6])
def pool(request):
    return C.build_pool(random.Random(request.param), 120)


def test_bodies_by_english_names_with_their_places(pool):
    held, years = _held(pool), {b.agency: [2023] for b in pool}
    outcome, wrong, missed = Counter(), [], []
    for b in pool:
        for form in _forms(b):
            q = understand(_ask(form), held, years)
            if q.agencies and q.agencies != [b.agency]:
                wrong.append((form, b.agency, q.agencies))
            elif q.agencies == [b.agency]:
                outcome["right"] += 1
            elif b.agency in q.agency_choices:
                outcome["asked back"] += 1
            else:
                outcome["not found"] += 1
                missed.append((form, b.agency, q.agency_mentioned))
    assert wrong == [], wrong[:10]  # never another body
    total = sum(outcome.values())
    assert total > 300, outcome
    assert outcome["asked back"] > 0 and outcome["not found"] <= 0.01 * total, (outcome, missed[:20])


def test_a_place_without_that_body_is_never_crossed(pool):
    """"Sihong County Health Bureau" when only other counties' health bureaus are held: not
    found (the answer says so), never another county's bureau."""
    held, years = _held(pool), {b.agency: [2023] for b in pool}
    counties = {(c, n): en for c, n, _py, en, _k in C.COUNTIES}
    region = {b.agency: b.region for b in pool}
    checked = 0
    for b in pool:
        words = _dept_words(b) if b.kind == "dept" and not b.agency.endswith("分局") else None
        if not words or _county_of(b) is None:
            continue
        for (city, cname), en in counties.items():
            place = C.county_region(city, cname)
            if any(o.region.startswith(place) and _dept_words(o) == words for o in pool if o.kind == "dept"):
                continue  # that county holds such a body
            kw = "District" if cname.endswith("区") else "County" if cname.endswith("县") else "City"
            for form in (f"{en} {kw} {words}", f"{en} {words}", f"{words} of {en} {kw}"):
                q = understand(_ask(form), held, years)
                assert [a for a in q.agencies if not region[a].startswith(place)] == [], (form, q.agencies)
                checked += 1
            break
    assert checked > 20


@pytest.mark.parametrize("form, expected", [
    ("Luoyang Jianxi District government office", "洛阳市涧西区人民政府办公室"),
    ("Huai'an Hongze District", "淮安市洪泽区人民政府"),
    ("Huaian's Hongze district government", "淮安市洪泽区人民政府"),
    ("Shanghai municipal government general office", "上海市人民政府办公厅"),
    ("Hongze District of Huai'an", "淮安市洪泽区人民政府"),
    ("Jianxi District, Luoyang", "洛阳市涧西区人民政府办公室"),
    ("Huai-an Hongze district health commission", "淮安市洪泽区卫生健康局"),
    ("Health Bureau of Hongze District, Huai'an", "淮安市洪泽区卫生健康局"),
    ("Sihong County Market Supervision Administration", "宿迁市泗洪县市场监督管理局"),
    ("Huai'an Natural Resources Bureau", "淮安市自然资源和规划局"),
    ("Fengcai Sub-district office", "徐州市鼓楼区丰财街道办事处"),
    ("Chen'gang township government", "泗洪县陈港乡人民政府"),
    ("Office of the People's Government of Jianxi District", "洛阳市涧西区人民政府办公室"),
    ("Hongze District Health Commission", "淮安市洪泽区卫生健康局"),
    ("Nanjing Health Commission", "南京市卫生健康委员会"),
    # a place that holds no such body: not found, never another place's body
    ("Sihong County Health Commission", None),
    ("Hongze Emergency Management Bureau", None),
    ("Luoyang Emergency Management Bureau", None),  # the city's bureau: only a district's is held
    ("Huai'an City's Health Commission", None),
])
def test_english_forms_of_a_small_store(form, expected):
    names = ["洛阳市涧西区人民政府办公室", "淮安市洪泽区人民政府", "淮安市洪泽区卫生健康局", "上海市人民政府办公厅",
             "洛阳市涧西区应急管理局", "宿迁市泗洪县市场监督管理局", "淮安市自然资源和规划局", "南京市卫生健康委员会",
             "徐州市鼓楼区丰财街道办事处", "泗洪县陈港乡人民政府"]
    held = [Agency(n, V.region_of(n), []) for n in names]
    q = understand(_ask(form), held, {n: [2023] for n in names})
    if expected:
        assert q.agencies == [expected], (q.agencies, q.agency_choices, q.agency_mentioned)
    else:
        assert q.agencies == [] and q.agency_mentioned, (q.agencies, q.agency_mentioned)
