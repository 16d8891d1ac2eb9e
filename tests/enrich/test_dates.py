"""Date expressions resolved against the publication date; events dated from their sentence."""

from __future__ import annotations

from datetime import date

import pytest

from redline.enrich import resolve_date_expression, resolve_dates
from redline.model import check_offsets

FRIDAY = date(2024, 9, 13)
THURSDAY = date(2024, 9, 12)


@pytest.mark.parametrize(
    ("expression", "reference", "iso", "granularity"),
    [
        ("Thursday", FRIDAY, "2024-09-12", "day"),
        ("on Thursday", THURSDAY, "2024-09-12", "day"),  # on or before publication
        ("late on Monday", FRIDAY, "2024-09-09", "day"),
        ("last Friday", FRIDAY, "2024-09-06", "day"),
        ("yesterday", FRIDAY, "2024-09-12", "day"),
        ("in February 2022", FRIDAY, "2022-02", "month"),
        ("last year", FRIDAY, "2023", "year"),
        ("earlier this year", FRIDAY, "2024-01-01/2024-09-13", "range"),
        ("last month", date(2024, 1, 10), "2023-12", "month"),
        ("March", FRIDAY, "2024-03", "month"),
        ("November", FRIDAY, "2023-11", "month"),  # the most recent November
        ("Sept. 9", FRIDAY, "2024-09-09", "day"),
        ("Monday, Sept. 9", FRIDAY, "2024-09-09", "day"),
        ("13 August 2023", FRIDAY, "2023-08-13", "day"),
        ("Dec. 28", date(2025, 1, 3), "2024-12-28", "day"),  # just before a new year
        ("three days ago", FRIDAY, "2024-09-10", "day"),
        ("the past five years", FRIDAY, "2019-09-13/2024-09-13", "range"),
        ("the 1990s", FRIDAY, "1990-01-01/1999-12-31", "range"),
        ("2022", FRIDAY, "2022", "year"),
    ],
)
def test_dates_resolve_expression(expression, reference, iso, granularity):
    value = resolve_date_expression(expression, reference)
    assert value is not None
    assert (value.iso, value.granularity) == (iso, granularity)


@pytest.mark.parametrize("expression", ["three years", "a 62-year-old", "annual", "every week"])
def test_dates_durations_ages_and_frequencies_are_not_dates(expression):
    assert resolve_date_expression(expression, FRIDAY) is None


def test_dates_resolve_dates_sets_event_date_from_its_sentence(parse, sentence_event):
    doc = parse(
        "Russian forces shelled the port of Odesa on Thursday. "
        "The governor said repairs would take weeks."
    )
    doc.events = [sentence_event(doc, 0, "shelled"), sentence_event(doc, 1, "said")]
    doc = resolve_dates(doc)
    first, second = doc.events
    assert (first.date, first.date_source) == ("2024-09-12", "sentence")
    assert (second.date, second.date_source) == ("2024-09-13", "published")
    assert doc.meta["event_dates"][0]["text"] == "Thursday"
    assert check_offsets(doc) == []


def test_dates_month_and_range_are_flagged(parse, sentence_event):
    doc = parse(
        "The army first crossed the border in February 2022. "
        "Earlier this year, the ministry ordered new drones."
    )
    doc.events = [sentence_event(doc, 0, "crossed"), sentence_event(doc, 1, "ordered")]
    doc = resolve_dates(doc)
    assert (doc.events[0].date, doc.events[0].date_source) == ("2022-02-01", "sentence-month")
    assert (doc.events[1].date, doc.events[1].date_source) == ("2024-01-01", "sentence-range")


def test_dates_date_entities_get_their_resolved_value(parse):
    doc = parse("The talks collapsed yesterday after the envoys met last year.")
    doc = resolve_dates(doc)
    values = {e.text: e.canonical for e in doc.entities if e.label == "DATE"}
    assert values.get("yesterday") == "2024-09-12"
    assert values.get("last year") == "2023"


def test_dates_publication_date_found_in_the_text(parse, sentence_event):
    doc = parse(
        "Published March 4, 2023. Police in Lagos arrested 40 protesters on Friday.",
        published=None,
    )
    doc.events = [sentence_event(doc, 1, "arrested")]
    doc = resolve_dates(doc)
    assert (doc.published, doc.published_source) == ("2023-03-04", "text")
    assert doc.events[0].date == "2023-03-03"


def test_dates_no_publication_date_leaves_events_undated(parse, sentence_event):
    doc = parse("Troops fired on the crowd.", published=None)
    doc.events = [sentence_event(doc, 0, "fired")]
    doc = resolve_dates(doc)
    assert (doc.events[0].date, doc.events[0].date_source) == (None, "none")
