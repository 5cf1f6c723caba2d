"""Bodies named the way people name them (vocab.aliases + rag.understanding's body matching).

The names asked come from the blind generator's catalogue (``evals.blindgen.catalog``), written
without seeing these rules: each body's short names (卫健局, 区政府办, 陈圩乡政府), names without
its place, and English names. A name that fits bodies of different places is asked back with
the candidates; no question is ever answered from a body other than the one named.
"""
from __future__ import annotations

import random
import re
from collections import Counter, defaultdict

import pytest

from rag.understanding import Agency, understand
from vocab import aliases as V
from vocab.lexicon import place_pinyin

# ------------------------------------------------------------------------ the rules themselves


@pytest.mark.parametrize("name, place, body", [
    ("洛阳市涧西区城市管理局", "洛阳市涧西区", "城市管理局"),  # not 洛阳市涧西区城市 + 管理局
    ("泗洪县城市管理局", "泗洪县", "城市管理局"),
    ("南京市市场监督管理局", "南京市", "市场监督管理局"),
    ("江苏省宿迁市泗洪县陈圩乡人民政府", "江苏省宿迁市泗洪县陈圩乡", "人民政府"),
    ("徐州市鼓楼区丰财街道办事处", "徐州市鼓楼区丰财街道", "办事处"),
    ("广西壮族自治区桂林市卫生健康委员会", "广西壮族自治区桂林市", "卫生健康委员会"),
    ("沛县人民政府", "沛县", "人民政府"),
    ("杭州市人民政府办公室", "杭州市", "人民政府办公室"),
    ("上海市科学技术委员会", "上海市", "科学技术委员会"),
])
def test_split_name(name, place, body):
    assert V.split_name(name) == (place, body)
    assert V.region_of(name) == place


def _texts(name, kind=None):
    return {a.text for a in V.aliases(name, pinyin=place_pinyin) if kind is None or a.kind == kind}


@pytest.mark.parametrize("name, expected", [
    ("淮安市洪泽区卫生健康局", {"洪泽区卫健局", "洪泽卫健局", "区卫健局", "卫健局", "hongze district health bureau",
                          "health bureau"}),
    ("宿迁市泗阳县应急管理局", {"泗阳县应急局", "泗阳应急局", "县应急局", "应急局", "emergency management bureau",
                         "siyang county emergency management bureau"}),
    ("洛阳市文化广电和旅游局", {"洛阳市文广旅局", "洛阳文旅局", "市文广旅局", "文广旅局", "文旅局",
                         "luoyang culture and tourism bureau"}),
    ("淮安市发展和改革委员会", {"淮安市发改委", "淮安发展改革委", "市发改委", "发改委", "development and reform commission"}),
    ("南京市市场监督管理局", {"南京市监局", "南京市市场监管局", "市场监管局", "市监局", "administration for market regulation"}),
    ("淮安市住房和城乡建设局", {"淮安住建局", "住房城乡建设局"}),
    ("宿迁市人力资源和社会保障局", {"宿迁人社局", "人力资源社会保障局"}),
    ("淮安市自然资源和规划局", {"淮安市自然资源局", "自规局", "natural resources and planning bureau"}),
    ("淮安市退役军人事务局", {"淮安退役军人局", "veterans affairs bureau"}),
    ("涟水县人民政府办公室", {"涟水县政府办", "涟水府办", "县政府办", "政府办", "涟水县人民政府", "涟水县政府",
                         "lianshui county government office"}),
    ("泗洪县陈港乡人民政府", {"陈港乡政府", "陈港乡人民政府", "陈港乡", "陈港", "泗洪县陈港乡政府",
                         "chen gang township government"}),
    ("淮安市洪泽区高良涧街道办事处", {"高良涧街道", "高良涧街道办", "洪泽区高良涧街道", "gaoliangjian subdistrict office"}),
    ("广西壮族自治区卫生健康委员会", {"广西卫健委", "广西壮族自治区卫健委", "guangxi health commission"}),
    ("成都市公安局武侯分局", {"武侯公安分局", "武侯区公安分局", "公安分局", "wuhou public security branch"}),
])
def test_aliases_people_use(name, expected):
    got = _texts(name)
    assert expected <= got, sorted(expected - got)


def test_every_alias_has_a_kind_and_a_reason():
    for name in ("淮安市洪泽区卫生健康局", "涟水县人民政府办公室", "泗洪县陈港乡人民政府"):
        out = V.aliases(name, pinyin=place_pinyin)
        assert out[0].text == name and out[0].kind == "name"
        assert all(a.kind and a.reason for a in out)
        assert not any(a.text in ("政府", "人民政府") for a in out)  # words of every question


@pytest.mark.parametrize("name, no_place", [
    ("卫健局", True), ("区政府办", True), ("人民政府办公室", True), ("县应急管理局", True), ("办公厅", True),
    ("洪泽区卫健局", False), ("上海市科委", False), ("城关镇人民政府", False), ("国家电网公司", False),
])
def test_names_without_a_place(name, no_place):
    assert V.names_no_place(name) is no_place


# ----------------------------------------------------------- asked by the names people use


def _ask_about(alias: str) -> str:
    if re.search(r"[\u4e00-\u9fff]", alias):
        return f"{alias}2023年收到多少政府信息公开申请？"
    return f"How many information disclosure requests did {alias} receive in 2023?"


@pytest.mark.parametrize("seed, n", [(1, 120), (4, 160)])
def test_generated_bodies_by_the_names_people_use(seed, n):
    """Every body of a generated pool, asked by each of its names: its own body, or asked back
    when the name is another body's too — never another body."""
    from evals.blindgen.catalog import build_pool

    pool = build_pool(random.Random(seed), n)
    held = [Agency(b.agency, V.region_of(b.agency), [b.title_name] if b.title_name != b.agency else []) for b in pool]
    years = {b.agency: [2023] for b in pool}
    owners = defaultdict(set)
    for b in pool:
        for a in [b.agency, b.title_name, *b.aliases, *b.generic_aliases]:
            owners[a].add(b.agency)
    outcome, ok_by_body, english_ok = Counter(), Counter(), Counter()
    wrong = []
    for b in pool:
        for alias in [*b.aliases, *b.generic_aliases]:
            q = understand(_ask_about(alias), held, years)
            if q.agencies and not set(q.agencies) <= owners[alias]:
                wrong.append((alias, q.agencies, b.agency))
            elif q.agencies == [b.agency] or (not q.agencies and b.agency in q.agency_choices):
                outcome["right" if q.agencies else "asked back"] += 1
                ok_by_body[b.agency] += 1
                english_ok[b.agency] += not re.search(r"[\u4e00-\u9fff]", alias)
            else:
                outcome["not found"] += 1
    assert wrong == [], wrong[:10]  # never answered from another body
    assert outcome["asked back"] > 0 and outcome["not found"] <= 0.01 * sum(outcome.values()), outcome
    assert [b.agency for b in pool if ok_by_body[b.agency] < 3] == []
    assert [b.agency for b in pool if b.english_aliases and not english_ok[b.agency]] == []


def _held(*names):
    return [Agency(n, V.region_of(n), []) for n in names], {n: [2023] for n in names}


def test_a_name_of_two_places_is_asked_back():
    held, years = _held("南京市鼓楼区卫生健康局", "福州市鼓楼区卫生健康局", "淮安市洪泽区人民政府")
    q = understand("鼓楼区卫健局2023年收到多少申请？", held, years)
    assert q.agencies == [] and set(q.agency_choices) == {"南京市鼓楼区卫生健康局", "福州市鼓楼区卫生健康局"}
    assert understand("福州鼓楼区卫健局2023年收到多少申请？", held, years).agencies == ["福州市鼓楼区卫生健康局"]
    q = understand("Gulou District Health Bureau: how many requests in 2023?", held, years)
    assert q.agencies == [] and len(q.agency_choices) == 2


def test_a_region_the_question_names_is_never_crossed():
    held, years = _held("洛阳市涧西区城市管理局", "北京市朝阳区人民政府")
    for question, mentioned in [("泗洪县城市管理局2023年收到多少申请？", "泗洪县"),
                                ("长春市朝阳区人民政府2023年收到多少申请？", "长春市")]:
        q = understand(question, held, years)
        assert q.agencies == [] and q.agency_mentioned and mentioned in q.agency_mentioned, question
    q = understand("涧西区城管局2023年收到多少申请？", held, years)
    assert q.agencies == ["洛阳市涧西区城市管理局"]
    q = understand("城管局2023年收到多少申请？", held, years)  # the only one held: the place may be dropped
    assert q.agencies == ["洛阳市涧西区城市管理局"]
    q = understand("北京朝阳区政府2023年收到多少申请？", held, years)
    assert q.agencies == ["北京市朝阳区人民政府"]


def test_township_without_its_county_and_street_without_office():
    held, years = _held("泗洪县陈港乡人民政府", "南京市鼓楼区宁海路街道办事处", "泗洪县人民政府")
    assert understand("陈港乡政府2023年收到多少申请？", held, years).agencies == ["泗洪县陈港乡人民政府"]
    assert understand("宁海路街道2023年收到多少申请？", held, years).agencies == ["南京市鼓楼区宁海路街道办事处"]
    assert understand("泗洪县政府2023年收到多少申请？", held, years).agencies == ["泗洪县人民政府"]
