"""How a body's name says its level: province, city, district, county, street (街道, 乡, 镇) or a
department (局, 委, 厅, 办 … of some government). The staff views filter and compare by it.

A government's own report (…人民政府, …人民政府办公室/办公厅) takes the level of its place; any
other body named after a place is a department of that place's government.
"""
from __future__ import annotations

import re

# level id → (Chinese, English), in order from the top
LEVELS: dict[str, tuple[str, str]] = {
    "province": ("省级", "province"),
    "city": ("市级", "city"),
    "district": ("区级", "district"),
    "county": ("县级", "county"),
    "street": ("街道乡镇", "street / township"),
    "department": ("部门", "department"),
}
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_GOVERNMENT = re.compile(r"(人民政府|政府)(办公室|办公厅)?$")
_STREET = re.compile(r"(街道办事处|街道|乡|镇)$")
# the place's own unit, read from the end of the place name
_PLACE = [
    (re.compile(r"(街道办事处|街道|乡|镇)$"), "street"),
    (re.compile(r"(县|旗|县级市)$"), "county"),
    (re.compile(r"(区|新区)$"), "district"),
    (re.compile(r"(市|自治州|地区|盟)$"), "city"),
    (re.compile(r"(省|自治区|特别行政区)$"), "province"),
]
_DEPARTMENT = re.compile(r"(局|委员会|委|厅|办公室|办|署|中心|院|部|处|所|站|队|会)$")


def _place_level(place: str) -> str | None:
    if place in _MUNICIPALITIES:
        return "province"
    for pattern, level in _PLACE:
        if pattern.search(place):
            return level
    return None


def body_level(name: str | None) -> str | None:
    """The level of a body by its name (a key of ``LEVELS``), or None when the name says none:
    淮安市人民政府 → city, 淮安市洪泽区人民政府 → district, 沭阳县人民政府 → county,
    上海市人民政府办公厅 → province, 某某街道办事处 → street, 淮安市教育局 → department."""
    name = re.sub(r"\s+", "", name or "")
    if not name:
        return None
    gov = _GOVERNMENT.search(name)
    if gov:
        return _place_level(name[: gov.start()]) or None
    if _STREET.search(name):
        return "street"
    if _DEPARTMENT.search(name):
        return "department"
    return _place_level(name)


def level_label(level: str | None) -> str:
    """"区级 district"; "" for no level."""
    if not level or level not in LEVELS:
        return ""
    zh, en = LEVELS[level]
    return f"{zh} {en}"
