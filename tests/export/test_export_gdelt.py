"""GDELT 2.0 export: 61-column event rows and 16-column mention rows, read back from the files."""

from __future__ import annotations

import csv

from redline.enrich.happenings import write_happenings
from redline.export import EVENT_COLUMNS, MENTION_COLUMNS, export_store
from redline.export.gdelt import split_actor_code, timestamp
from redline.store import Store


def _read(path, columns):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        assert len(row) == len(columns)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _export(store_path, out):
    paths = export_store(store_path, "gdelt", out)
    assert [p.name for p in paths] == ["events.export.CSV", "mentions.CSV"]
    return _read(paths[0], EVENT_COLUMNS), _read(paths[1], MENTION_COLUMNS)


def test_export_gdelt_column_layouts_match_the_codebook():
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    assert EVENT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert EVENT_COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert EVENT_COLUMNS[51] == "ActionGeo_Type" and EVENT_COLUMNS[-2:] == (
        "DATEADDED",
        "SOURCEURL",
    )


def test_export_gdelt_one_row_per_event_without_happenings(store_path, tmp_path):
    events, mentions = _export(store_path, tmp_path / "out")
    # two in the wire, two in its repost, one aid pledge; the negated event is left out
    assert sorted(r["EventCode"] for r in events) == ["071", "122", "122", "190", "190"]
    assert len(mentions) == 5
    aid = next(r for r in events if r["EventCode"] == "071")
    assert aid["Day"] == "20240503" and aid["MonthYear"] == "202405" and aid["Year"] == "2024"
    assert 2024.33 < float(aid["FractionDate"]) < 2024.34
    assert (aid["Actor1Code"], aid["Actor1Name"], aid["Actor1CountryCode"]) == (
        "DEU",
        "GERMANY",
        "DEU",
    )
    assert (aid["Actor2Code"], aid["Actor2CountryCode"]) == ("JOR", "JOR")
    assert (aid["EventBaseCode"], aid["EventRootCode"], aid["QuadClass"]) == ("071", "07", "2")
    assert float(aid["GoldsteinScale"]) == 7.4
    assert (aid["NumMentions"], aid["NumSources"], aid["NumArticles"]) == ("1", "1", "1")
    assert aid["ActionGeo_Type"] == "1" and aid["ActionGeo_FullName"] == "Germany"
    # a country-level place: FIPS 10-4 country, the same code as ADM1 and as feature id
    assert (aid["ActionGeo_CountryCode"], aid["ActionGeo_ADM1Code"]) == ("GM", "GM")
    assert aid["ActionGeo_FeatureID"] == "GM"
    assert aid["DATEADDED"] == "20240503000000"
    assert aid["SOURCEURL"] == "https://example.org/aid"
    ids = [int(r["GlobalEventID"]) for r in events]
    assert ids == sorted(set(ids))
    assert {m["GlobalEventID"] for m in mentions} == {r["GlobalEventID"] for r in events}


def test_export_gdelt_happenings_give_counts_and_mentions(store_path, tmp_path):
    with Store(store_path) as store:
        write_happenings(store)
    events, mentions = _export(store_path, tmp_path / "out")
    assert sorted(r["EventCode"] for r in events) == ["071", "122", "190"]
    assert len(mentions) == 5
    raid = next(r for r in events if r["EventCode"] == "190")
    assert (raid["NumMentions"], raid["NumSources"], raid["NumArticles"]) == ("2", "2", "1")
    assert (raid["Actor1CountryCode"], raid["Actor1Type1Code"]) == ("ISR", "MIL")
    assert (raid["Actor2CountryCode"], raid["Actor2Type1Code"]) == ("PSE", "REF")
    assert raid["IsRootEvent"] == "1"
    assert raid["ActionGeo_FullName"] == "Jenin" and raid["ActionGeo_Type"] == "4"
    assert float(raid["ActionGeo_Lat"]) == 32.46 and raid["ActionGeo_CountryCode"] == "WE"
    assert raid["DATEADDED"] == "20240501122000"  # the wire's 14:20 +02:00, in UTC
    assert raid["SOURCEURL"] == "https://example.com/jenin"

    condemn = next(r for r in events if r["EventCode"] == "122")
    assert condemn["IsRootEvent"] == "0"  # second paragraph
    assert condemn["Actor2Code"] == "" and condemn["Actor2Name"] == "THE RAID"

    raid_mentions = [m for m in mentions if m["GlobalEventID"] == raid["GlobalEventID"]]
    assert sorted(m["MentionSourceName"] for m in raid_mentions) == [
        "middleeasttoday.example",
        "reuters",
    ]
    for m in raid_mentions:
        assert m["EventTimeDate"] == raid["DATEADDED"]
        assert m["SentenceID"] == "1"
        assert (m["InRawText"], m["Confidence"], m["MentionType"]) == ("1", "100", "1")
    repost = next(m for m in raid_mentions if m["MentionSourceName"] != "reuters")
    assert repost["Actor1CharOffset"] == str(len("Middle East Today - "))
    assert repost["MentionTimeDate"] == "20240502000000"
    assert "<REDLINE_RULE>verb:raid</REDLINE_RULE>" in repost["Extras"]
    condemn_mention = next(m for m in mentions if m["GlobalEventID"] == condemn["GlobalEventID"])
    assert condemn_mention["Actor2CharOffset"] != "-1"
    assert condemn_mention["SentenceID"] == "2"
    assert condemn_mention["Confidence"] == "75"  # one actor without a code


def test_export_gdelt_split_actor_code_reads_countries_types_groups():
    fields = split_actor_code("PSEREBHMS")
    assert (fields["CountryCode"], fields["Type1Code"], fields["KnownGroupCode"]) == (
        "PSE",
        "REB",
        "HMS",
    )
    fields = split_actor_code("IGOUNOMIL")
    assert fields["CountryCode"] == ""
    assert (fields["Type1Code"], fields["Type2Code"], fields["Type3Code"]) == ("IGO", "UNO", "MIL")
    assert split_actor_code("---CVL")["Type1Code"] == "CVL"
    assert split_actor_code("IRNMOS")["Religion1Code"] == "MOS"


def test_export_gdelt_timestamp_reads_iso_forms():
    assert timestamp("2024-05-01") == "20240501000000"
    assert timestamp("2024-05-01T23:30:00-01:00") == "20240502003000"
    assert timestamp("2024-05") == "20240501000000"
    assert timestamp("soon") == ""
