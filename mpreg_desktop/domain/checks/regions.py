"""China's administrative regions (GB/T 2260) for the filing's 省份 / 城市 / 区县: names, the
province → city → district tree, search by name or code, and which region an address names.

The table is python-stdnum's ``cn/loc.dat`` (kept with stdnum, already read for ID numbers in
``identifiers``): a province line ``44 province="广东省"`` followed by its county lines
``  0305 county="[1983-1989]南头区办事处,[1990-]南山区"``, the code continuing the province's
(440305), each name with the years it was used. Only names still in use are offered; a code is a
city when it ends in 00, a district otherwise. ``XXYY01 市辖区`` lines are statistical groupings,
not districts, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_PROVINCE = re.compile(r'^([0-9]{2}) province="([^"]*)"')
_COUNTY = re.compile(r'^  ([0-9]{4}) county="([^"]*)"')
_NAME = re.compile(r"^(?:\[(\d{4})?-(\d{4})?\])?(.+)$")
# Municipalities list one "市辖区" city (and once "县"): shown as the municipality itself.
_PLACEHOLDER_CITIES = ("市辖区", "县", "省直辖县级行政单位", "自治区直辖县级行政单位")


@dataclass(frozen=True)
class Region:
    code: str  # 6 digits
    name: str
    parent: str | None  # the province of a city, the city of a district


@dataclass(frozen=True)
class Regions:
    by_code: dict[str, Region]
    children: dict[str | None, tuple[str, ...]]  # None: the provinces

    def provinces(self) -> tuple[Region, ...]:
        return tuple(self.by_code[c] for c in self.children.get(None, ()))

    def cities(self, province: str) -> tuple[Region, ...]:
        return tuple(self.by_code[c] for c in self.children.get(province, ()))

    def districts(self, city: str) -> tuple[Region, ...]:
        return tuple(self.by_code[c] for c in self.children.get(city, ()))

    def get(self, code: str) -> Region | None:
        return self.by_code.get(code.strip())

    def level(self, code: str) -> str | None:
        """ "province", "city" or "district" for a code in use, else None."""
        region = self.get(code)
        if region is None:
            return None
        if region.parent is None:
            return "province"
        return "city" if self.by_code[region.parent].parent is None else "district"

    def path(self, district: str) -> tuple[Region, ...]:
        """The province, city and district of a district code (or fewer for a higher level)."""
        found = []
        region = self.get(district)
        while region is not None:
            found.append(region)
            region = self.by_code.get(region.parent) if region.parent else None
        return tuple(reversed(found))

    def display_name(self, code: str) -> str:
        """A city's name as people know it: a municipality's 市辖区 shows as the municipality."""
        region = self.get(code)
        if region is None:
            return code
        if region.name in _PLACEHOLDER_CITIES and region.parent:
            return f"{self.by_code[region.parent].name}（{region.name}）"
        return region.name

    def search(self, text: str, limit: int = 50) -> list[tuple[Region, ...]]:
        """Districts whose name, city, province or code contains ``text`` (e.g. 南山, 440305)."""
        text = text.strip()
        if not text:
            return []
        found = []
        for code in self.by_code:
            if self.level(code) != "district":
                continue
            path = self.path(code)
            if text in code or any(text in r.name for r in path):
                found.append(path)
                if len(found) >= limit:
                    break
        return found


def _current_name(names: str) -> str | None:
    """The name in use today, from ``[1983-1989]A,[1990-]B``; None if the code was abolished."""
    for part in reversed(names.split(",")):
        match = _NAME.match(part.strip())
        if match and match.group(2) is None:
            return match.group(3)
    return None


def parse(table: str) -> Regions:
    by_code: dict[str, Region] = {}
    children: dict[str | None, list[str]] = {None: []}
    province = ""
    for line in table.splitlines():
        if match := _PROVINCE.match(line):
            province = match.group(1)
            continue
        match = _COUNTY.match(line)
        if match is None or not province:
            continue
        code = province + match.group(1)
        name = _current_name(match.group(2))
        if name is None:
            continue
        if code.endswith("0000"):
            parent = None
        elif code.endswith("00"):
            parent = code[:2] + "0000"
        elif code.endswith("01") and name == "市辖区":
            continue
        else:
            parent = code[:4] + "00"
        if parent is not None and parent not in by_code:
            continue  # under a city or province no longer in use
        by_code[code] = Region(code, name, parent)
        children.setdefault(parent, []).append(code)
    # Provinces without any city in the table (台湾, 香港, 澳门) take no mainland ICP filing.
    children[None] = [c for c in children[None] if children.get(c)]
    kept = {c for c in by_code if by_code[c].parent is not None or c in children[None]}
    return Regions(
        {c: r for c, r in by_code.items() if c in kept},
        {k: tuple(v) for k, v in children.items()},
    )


@cache
def regions() -> Regions:
    import pkgutil  # as identifiers does: also reads from a frozen app's bundle

    table = pkgutil.get_data("stdnum", "cn/loc.dat")
    return parse(table.decode("utf-8") if table else "")


def other_districts_named(address: str, district: str) -> list[Region]:
    """Districts of the same city, other than ``district``, whose name the address contains."""
    table = regions()
    chosen = table.get(district)
    if chosen is None or chosen.parent is None:
        return []
    return [
        r
        for r in table.districts(chosen.parent)
        if r.code != chosen.code and len(r.name) >= 2 and r.name in address
    ]


def starts_with_region(address: str, codes: tuple[str, ...]) -> bool:
    """Whether the address begins with one of these regions' names (the form wants it without)."""
    table = regions()
    names = [table.get(c).name for c in codes if table.get(c) is not None]
    return any(address.strip().startswith(name) for name in names if len(name) >= 2)
