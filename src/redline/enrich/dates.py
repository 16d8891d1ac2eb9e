"""Dates: resolve what a DATE span says against the publication date, and date each event.

News writes dates relative to the day it is published: "on Thursday" is the most recent Thursday
on or before that day, "last year" the calendar year before it, "earlier this year" the range
from 1 January to that day. :func:`resolve_date_expression` turns one such expression into a
:class:`DateValue` (start, end, granularity). Common shapes are read by rules over the words
in ``data/enrich/date_words.tsv``; only what the rules cannot read goes to ``dateparser``, and
every answer is cached, so the stage costs little per article.

:func:`resolve_dates` (the pipeline stage) writes the resolved value into each DATE entity's
``canonical`` ("2024-09-12", "2022-02", "2023", "2024-01-01/2024-09-13") and dates each event
from a DATE in its own clause, else its sentence, else the publication date; ``date_source``
says which ("sentence", "sentence-month", "sentence-range", "published", "none").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from redline import datafiles
from redline.enrich.tables import parse_number, table
from redline.model import Document, Entity

GRANULARITIES = ("day", "week", "month", "season", "year", "range")
UNIT_WORDS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
}
# Words that carry no date information of their own ("late on Thursday", "Friday night").
FILLER_WORDS = (
    "on in the of at early late mid morning afternoon evening night overnight around about by "
    "since from until till through during as recently before dawn midday noon midnight almost "
    "nearly just roughly approximately end beginning start middle"
)
FILLER = frozenset(FILLER_WORDS.split())


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date expression: the first and last day it covers and how precise it is."""

    start: date
    end: date
    granularity: str
    rule: str = ""

    @property
    def iso(self) -> str:
        """The value as ISO 8601: a day, a month ("2022-02"), a year, or an interval."""
        if self.granularity == "day":
            return self.start.isoformat()
        if self.granularity == "month":
            return self.start.isoformat()[:7]
        if self.granularity == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@datafiles.cached
def _date_words() -> tuple[dict[str, int], dict[str, int], dict[str, int], list[re.Pattern]]:
    months, weekdays, seasons, skips = {}, {}, {}, []
    for row in table("date_words.tsv"):
        kind, word = row[0], row[1]
        if kind == "month":
            months[word] = int(row[2])
        elif kind == "weekday":
            weekdays[word] = int(row[2])
        elif kind == "season":
            seasons[word] = int(row[2])
        elif kind == "skip":
            skips.append(re.compile(word))
    return months, weekdays, seasons, skips


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _period(unit: str, anchor: date, rule: str) -> DateValue:
    """The calendar period (week, month, year, decade) containing ``anchor``."""
    if unit == "day":
        return DateValue(anchor, anchor, "day", rule)
    if unit == "week":
        start = anchor - timedelta(days=anchor.weekday())
        return DateValue(start, start + timedelta(days=6), "week", rule)
    if unit == "month":
        return DateValue(
            anchor.replace(day=1), _month_end(anchor.year, anchor.month), "month", rule
        )
    if unit == "year":
        return DateValue(date(anchor.year, 1, 1), date(anchor.year, 12, 31), "year", rule)
    first = anchor.year - anchor.year % 10
    return DateValue(date(first, 1, 1), date(first + 9, 12, 31), "range", rule)


def _shift(unit: str, anchor: date, count: int) -> date:
    if unit == "day":
        return anchor + timedelta(days=count)
    if unit == "week":
        return anchor + timedelta(weeks=count)
    if unit == "month":
        return _shift_months(anchor, count)
    if unit == "year":
        return _shift_months(anchor, 12 * count)
    return _shift_months(anchor, 120 * count)


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'")
    return re.findall(r"\d+(?:st|nd|rd|th)?s?|[a-z]+(?:-[a-z]+)*", text)


def _year(word: str) -> int | None:
    if re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", word):
        return int(word)
    return None


def _day_number(word: str) -> int | None:
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", word)
    if match and 1 <= int(match.group(1)) <= 31:
        return int(match.group(1))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _by_rules(words: list[str], reference: date) -> DateValue | None:  # noqa: C901, PLR0911, PLR0912
    """Read the common shapes of news dates; ``None`` when no rule applies."""
    months, weekdays, seasons, _ = _date_words()
    core = [w for w in words if w not in FILLER]
    if not core:
        return None
    first = core[0]
    if core in (["today"], ["tonight"], ["this", "week", "today"]):
        return DateValue(reference, reference, "day", "today")
    if core == ["yesterday"]:
        day = reference - timedelta(days=1)
        return DateValue(day, day, "day", "yesterday")
    if core == ["tomorrow"]:
        day = reference + timedelta(days=1)
        return DateValue(day, day, "day", "tomorrow")
    # weekdays: "Thursday", "last Thursday", "next Thursday", "Thursday's"
    if len(core) <= 2 and core[-1].removesuffix("'s") in weekdays:
        target = weekdays[core[-1].removesuffix("'s")]
        modifier = core[0] if len(core) == 2 else ""
        if modifier in ("", "last", "past", "previous"):
            back = (reference.weekday() - target) % 7
            if modifier and back == 0:
                back = 7
            day = reference - timedelta(days=back)
            return DateValue(day, day, "day", f"weekday-on-or-before:{modifier or 'bare'}")
        if modifier in ("next", "coming", "this"):
            ahead = (target - reference.weekday()) % 7
            if modifier == "next" and ahead == 0:
                ahead = 7
            day = reference + timedelta(days=ahead)
            return DateValue(day, day, "day", f"weekday-after:{modifier}")
        return None
    # "N days/weeks ago"
    if len(core) == 3 and core[2] == "ago" and core[1] in UNIT_WORDS:
        count = parse_number(core[0])
        if count is not None and count == int(count):
            unit = UNIT_WORDS[core[1]]
            anchor = _shift(unit, reference, -int(count))
            granularity_unit = "day" if unit in ("day", "week") else unit
            return _period(granularity_unit, anchor, "ago")
    # "last year", "this month", "next week", "earlier this year", "later this month"
    if len(core) in (2, 3) and core[-1] in UNIT_WORDS:
        unit = UNIT_WORDS[core[-1]]
        lead = tuple(core[:-1])
        if lead in (("last",), ("past",), ("previous",), ("this", "past")):
            return _period(unit, _shift(unit, reference, -1), "last-period")
        if lead in (("this",), ("current",)):
            return _period(unit, reference, "this-period")
        if lead in (("next",), ("coming",)):
            return _period(unit, _shift(unit, reference, 1), "next-period")
        if lead in (("earlier", "this"), ("so", "far", "this")):
            start = _period(unit, reference, "").start
            return DateValue(start, reference, "range", "earlier-this-period")
        if lead in (("later", "this"),):
            end = _period(unit, reference, "").end
            return DateValue(reference, end, "range", "later-this-period")
        if lead in (("earlier", "last"), ("late", "last")):
            return _period(unit, _shift(unit, reference, -1), "last-period")
    # "the past five years", "the last two weeks"
    if len(core) == 3 and core[0] in ("past", "last") and core[2] in UNIT_WORDS:
        count = parse_number(core[1])
        if count is not None and count == int(count) and count > 0:
            start = _shift(UNIT_WORDS[core[2]], reference, -int(count))
            return DateValue(start, reference, "range", "past-n-periods")
    # "the 1990s"
    if len(core) == 1 and re.fullmatch(r"1[5-9]\d0s|20\d0s", first):
        decade = int(first[:4])
        return DateValue(date(decade, 1, 1), date(decade + 9, 12, 31), "range", "decade")
    # absolute: month/day/year in any of the usual orders
    month = next((months[w.rstrip(".")] for w in core if w.rstrip(".") in months), None)
    season = next((seasons[w] for w in core if w in seasons), None)
    years = [y for y in (_year(w) for w in core) if y is not None]
    days = [d for d in (_day_number(w) for w in core) if d is not None]
    known = {w for w in core if w in months or w in seasons or _year(w) or _day_number(w)}
    if days and month is not None:  # "Monday, Sept. 9": the weekday only repeats the date
        known |= {w for w in core if w.removesuffix("'s") in weekdays}
    rest = [w for w in core if w not in known and w not in ("this", "last", "next", "of")]
    if rest:
        return None
    if month is not None:
        prefix = [w for w in core if w in ("this", "last", "next")]
        if days and len(days) == 1:
            year = years[0] if years else reference.year
            day = _safe_date(year, month, days[0])
            if day is None:
                return None
            if not years and (day - reference).days > 183:
                day = _safe_date(year - 1, month, days[0]) or day
            return DateValue(day, day, "day", "month-day" + ("-year" if years else ""))
        if not days:
            if years:
                year = years[0]
            elif prefix == ["next"]:
                year = reference.year + (1 if month <= reference.month else 0)
            elif prefix == ["this"]:
                year = reference.year
            else:  # "in March", "last March": the most recent one on or before publication
                year = reference.year if month <= reference.month else reference.year - 1
                if prefix == ["last"] and month == reference.month:
                    year -= 1
            start = date(year, month, 1)
            return DateValue(start, _month_end(year, month), "month", "month")
        return None
    if season is not None:
        year = years[0] if years else reference.year
        if not years and date(year, season, 1) > reference:
            year -= 1
        start = date(year, season, 1)
        end_index = year * 12 + season - 1 + 2
        end = _month_end(end_index // 12, end_index % 12 + 1)
        return DateValue(start, end, "season", "season")
    if len(years) == 1 and len(core) == 1:
        return DateValue(date(years[0], 1, 1), date(years[0], 12, 31), "year", "year")
    return None


@lru_cache(maxsize=1)
def _parser():
    """One dateparser for the process (building one costs a tenth of a second)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"RETURN_TIME_AS_PERIOD": True})


@lru_cache(maxsize=4096)
def _by_dateparser(text: str) -> DateValue | None:
    """The last resort for a span naming a month and a year that the rules cannot read
    ("Jan. 6 and 7, 2020"); such a span needs no reference date."""
    try:
        data = _parser().get_date_data(text)
    except Exception:  # dateparser raises on odd input; an unreadable date is no date
        return None
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    unit = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}.get(
        data.period or "day", "day"
    )
    return _period(unit, found, "dateparser")


@lru_cache(maxsize=8192)
def resolve_date_expression(text: str, reference: date) -> DateValue | None:
    """Resolve a date expression ("on Thursday", "in February 2022", "earlier this year")
    against ``reference`` (the publication date). ``None`` when it names no point in time
    (a duration such as "three years", an age, a frequency) or cannot be read."""
    lowered = text.lower().strip()
    _, _, _, skips = _date_words()
    if not lowered or any(p.search(lowered) for p in skips):
        return None
    words = _words(lowered)
    value = _by_rules(words, reference)
    if value is not None:
        return value
    if not any(w.rstrip(".") in _date_words()[0] for w in words) or not any(
        _year(w) for w in words
    ):
        # only a span naming a month and a year is worth dateparser's time; bare numbers
        # ("0658", "45") are clock times and ages that it would misread as years
        return None
    return _by_dateparser(lowered)


def parse_published(value: str | None) -> date | None:
    """The publication date from ``Document.published`` (ISO, or anything dateparser reads)."""
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        return _safe_date(*(int(g) for g in match.groups()))
    value_found = _by_dateparser(text.lower())
    return value_found.start if value_found and value_found.granularity == "day" else None


def _published_from_text(doc: Document) -> tuple[date, Entity] | None:
    """A full date (day, month and year) in the article's first sentence or header."""
    limit = doc.sentences[0].end if doc.sentences else min(len(doc.text), 300)
    for entity in doc.entities:
        if entity.start >= limit:
            break
        if entity.label != "DATE" or not re.search(r"\b(1[5-9]|20)\d\d\b", entity.text):
            continue
        value = resolve_date_expression(entity.text, date(2000, 1, 1))
        if value is not None and value.granularity == "day":
            return value.start, entity
    return None


SOURCE_BY_GRANULARITY = {"day": "sentence", "month": "sentence-month"}


def _date_token_heads(doc: Document, entity: Entity):
    parsed = doc.parsed
    if parsed is None:
        return None
    span = parsed.char_span(entity.start, entity.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _in_subtree(token, trigger) -> bool:
    while token is not None:
        if token.i == trigger.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def resolve_dates(doc: Document) -> Document:
    """Stage: resolve DATE entities (into ``canonical``) and set each event's ``date``."""
    reference = parse_published(doc.published)
    if reference is None:
        found = _published_from_text(doc)
        if found is not None:
            reference = found[0]
            doc.published = reference.isoformat()
            doc.published_source = "text"
    if reference is None:
        doc.events = [replace(e, date=None, date_source="none") for e in doc.events]
        return doc

    resolved: list[tuple[Entity, DateValue]] = []
    entities = []
    for entity in doc.entities:
        if entity.label == "DATE":
            value = resolve_date_expression(entity.text, reference)
            if value is not None:
                resolved.append((entity, value))
                if entity.canonical is None:
                    entity = replace(entity, canonical=value.iso)
        entities.append(entity)
    doc.entities = entities

    notes = []
    events = []
    for index, event in enumerate(doc.events):
        chosen = _event_date(doc, event, resolved)
        if chosen is None:
            events.append(replace(event, date=reference.isoformat(), date_source="published"))
            continue
        entity, value = chosen
        source = SOURCE_BY_GRANULARITY.get(value.granularity, "sentence-range")
        events.append(replace(event, date=value.start.isoformat(), date_source=source))
        notes.append(
            {
                "event": index,
                "text": entity.text,
                "start": entity.start,
                "end": entity.end,
                "value": value.iso,
                "rule": value.rule,
            }
        )
    doc.events = events
    if notes:
        doc.meta["event_dates"] = notes
    return doc


def _event_date(
    doc: Document, event, resolved: list[tuple[Entity, DateValue]]
) -> tuple[Entity, DateValue] | None:
    """The DATE that dates ``event``: one in the trigger's clause first, else its sentence's."""
    inside = [(e, v) for e, v in resolved if event.start <= e.start and e.end <= event.end]
    if not inside:
        return None
    if event.trigger_start is not None and doc.parsed is not None and len(inside) > 1:
        trigger_span = doc.parsed.char_span(
            event.trigger_start, event.trigger_end, alignment_mode="expand"
        )
        if trigger_span is not None and len(trigger_span):
            trigger = trigger_span.root
            for entity, value in inside:
                head = _date_token_heads(doc, entity)
                if head is not None and _in_subtree(head, trigger):
                    return entity, value
    return inside[0]
