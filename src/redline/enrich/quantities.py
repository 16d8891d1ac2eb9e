"""Amounts: value, unit, counted object and approximator, tied to the events they belong to.

A left-to-right scan over the parsed tokens reads one amount at a time::

    [approximator] [currency symbol] number [scale...] [unit] [or more] [of] [counted object]

"more than 100 ATACMS", "up to 300 kilometres", "$ 2 billion", "31 million dollars", "about 20
per cent", "hundreds of ballistic missiles", "tens of thousands of people", "26 countries",
"the 32-member alliance". The words come from data files (``number_words.tsv``, ``units.tsv``,
``count_units.tsv``, ``approximators.txt``) that users can extend.

Conventions:

- ``value`` is a float. A vague count is its lower bound: "hundreds of" → 100, "tens of
  thousands of" → 10,000, "dozens of" → 12; the phrase itself is kept as ``approx``.
- ``unit`` is an ISO 4217 code for money ("USD"), "%" for shares, a symbol for measures ("km",
  "t"), or "people"/"troops" when the counted object is people or soldiers (``count_units.tsv``).
- ``object`` is the counted noun phrase as written ("ballistic missiles", "countries").
- An amount with neither unit, object nor approximator (a bare "52") is not recorded, nor are
  years, ages, times, ordinals, or numbers inside names ("F-16", "COVID-19").

Each amount's ``rule`` field says which pattern read it.
An event's ``quantity_ids`` are the amounts inside its trigger's clause (the trigger's subtree),
or, with no trigger, inside its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from redline import datafiles
from redline.enrich.tables import lines, number_words, table
from redline.model import Document, Quantity
from redline.nlp.arrays import keys_of, one_of
from redline.nlp.parse import entity_spans

# Entity labels whose tokens are never read as amounts (a date, a time, an ordinal, a name).
BLOCKED_LABELS = frozenset(
    {
        "DATE",
        "TIME",
        "ORDINAL",
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "FAC",
        "LAW",
        "EVENT",
        "WORK_OF_ART",
        "PRODUCT",
        "LANGUAGE",
    }  # fmt: skip
)
NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z%]+)?$", re.IGNORECASE)
OBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ"})
OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})
# Words before a number that make it a label, not an amount ("Article 5", "Flight 17").
LABEL_WORDS_TEXT = (
    "no no. number article section resolution flight route highway room page chapter paragraph "
    "item channel district level phase grade category"
)
LABEL_WORDS = frozenset(LABEL_WORDS_TEXT.split())
MAX_OBJECT_TOKENS = 4


@dataclass(frozen=True)
class Units:
    prefixes: dict[str, str]
    after: dict[tuple[str, ...], tuple[str, str]]
    longest: int
    approximators: tuple[tuple[str, ...], ...]
    trailing: tuple[tuple[str, ...], ...]
    counted: dict[str, str]


@datafiles.cached
def load_units() -> Units:
    """The unit, currency and approximator tables, read once."""
    prefixes, after = {}, {}
    for words, unit, kind in table("units.tsv"):
        if kind == "prefix":
            prefixes[words] = unit
        elif kind != "prefix-word":
            after[tuple(words.split())] = (unit, kind)
    approximators, trailing = [], []
    for line in lines("approximators.txt"):
        line = line.lower()
        if line.startswith("+ "):
            trailing.append(tuple(line[2:].split()))
        else:
            approximators.append(tuple(line.split()))
    approximators.sort(key=len, reverse=True)
    trailing.sort(key=len, reverse=True)
    counted = {row[0]: row[1] for row in table("count_units.tsv")}
    return Units(
        prefixes=prefixes,
        after=after,
        longest=max(len(k) for k in after),
        approximators=tuple(approximators),
        trailing=tuple(trailing),
        counted=counted,
    )


@dataclass
class Reading:
    """One amount being read: token positions and what has been found so far."""

    start: int
    end: int  # exclusive token index
    value: float
    unit: str | None = None
    approx: str | None = None
    object_start: int | None = None
    object_end: int | None = None
    object_via_of: bool = False
    rule: str = ""


def _number_at(tokens, i: int) -> tuple[float, int, str | None, str | None] | None:
    """A number starting at token ``i``: (value, next index, unit from a suffix, vague phrase)."""
    words = number_words()
    text = tokens[i].lower_
    match = DIGITS.match(text)
    if match:
        whole, fraction, suffix = match.groups()
        value = float(whole.replace(",", "") + (fraction or ""))
        suffix_unit = None
        if suffix:
            if words.get(suffix, (0, ""))[1] == "scale":
                value *= words[suffix][0]
            elif (suffix,) in load_units().after:
                suffix_unit = load_units().after[(suffix,)][0]
            elif suffix not in ("s",):
                return None
        return value, i + 1, suffix_unit, None
    entry = words.get(text)
    if entry is None:
        return None
    value, kind = entry
    if kind == "vague":
        # "tens of thousands of", "hundreds of", "thousands"
        j = i + 1
        phrase = [tokens[i].text]
        while (
            j + 1 < len(tokens)
            and tokens[j].lower_ == "of"
            and words.get(tokens[j + 1].lower_, (0, ""))[1] == "vague"
        ):
            value *= words[tokens[j + 1].lower_][0]
            phrase += [tokens[j].text, tokens[j + 1].text]
            j += 2
        return value, j, None, " ".join(phrase).lower()
    if kind == "article":
        nxt = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if words.get(nxt, (0, ""))[1] != "scale" or nxt in ("m", "b", "k", "bn", "mn"):
            return None
        return value, i + 1, None, None
    if kind == "scale":
        return None
    # spelled units: "twenty", "twenty-five", "twenty five"
    j = i + 1
    if (
        value >= 20
        and j + 1 < len(tokens)
        and tokens[j].text == "-"
        and words.get(tokens[j + 1].lower_, (0, ""))[1] == "unit"
        and words[tokens[j + 1].lower_][0] < 10
    ):
        value += words[tokens[j + 1].lower_][0]
        j += 2
    return value, j, None, None


def _match_words(tokens, i: int, phrases) -> int:
    """Length of the longest phrase in ``phrases`` that starts at token ``i`` (0 if none)."""
    for phrase in phrases:
        n = len(phrase)
        if i + n <= len(tokens) and all(tokens[i + k].lower_ == phrase[k] for k in range(n)):
            return n
    return 0


def _approximator_before(tokens, i: int, floor: int) -> int:
    """Start of an approximator that ends just before token ``i`` (``i`` when there is none)."""
    phrases = load_units().approximators
    # the words before ``i`` read once, not once per phrase
    lo = max(floor, i - max(map(len, phrases), default=0))
    before = tuple(tokens[j].lower_ for j in range(lo, i))
    for phrase in phrases:
        s = i - len(phrase)
        if s >= floor and before[s - lo :] == phrase:
            return s
    return i


def _read(tokens, i: int, blocked: list[bool]) -> Reading | None:  # noqa: C901, PLR0912
    """Read one amount whose number starts at token ``i`` (after any currency symbol)."""
    units = load_units()
    words = number_words()
    start = i
    currency = None
    rules = []
    if tokens[i].lower_ in units.prefixes:
        currency = units.prefixes[tokens[i].lower_]
        if i > 0 and tokens[i - 1].lower_ == "us" and not tokens[i - 1].whitespace_:
            start = i - 1
        i += 1
        if i >= len(tokens):
            return None
        rules.append("currency-symbol")
    if blocked[i]:
        return None
    number = _number_at(tokens, i)
    if number is None:
        return None
    value, j, suffix_unit, vague = number
    if vague is None and currency is None and _is_label_number(tokens, i, value):
        return None
    reading = Reading(start=start, end=j, value=value, unit=currency or suffix_unit)
    if vague:
        reading.approx = vague
        rules.append("vague-count")
    # scales: "2 billion", "two dozen", "5 m" (m only for money)
    while j < len(tokens) and words.get(tokens[j].lower_, (0, ""))[1] == "scale":
        scale = tokens[j].lower_
        if scale in ("m", "b", "k") and currency is None:
            break
        reading.value *= words[scale][0]
        j += 1
        rules.append("scale")
    reading.end = j
    # unit after the number: "dollars", "per cent", "kilometres", "300-km"
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" and not tokens[j - 1].whitespace_ else j
    for n in range(min(units.longest, len(tokens) - k), 0, -1):
        key = tuple(t.lower_ for t in tokens[k : k + n])
        if key in units.after:
            unit, kind = units.after[key]
            if key in (("pounds",), ("pound",)) and reading.value < 1_000_000:
                unit, kind = "lb", "measure"
            if kind == "currency" and currency and unit != currency:
                break
            reading.unit = unit
            reading.end = j = k + n
            rules.append(f"unit-{kind}")
            break
    # trailing approximator: "100 or more"
    n = _match_words(tokens, j, units.trailing)
    if n:
        reading.approx = " ".join(t.lower_ for t in tokens[j : j + n])
        reading.end = j = j + n
        rules.append("trailing-approximator")
    # leading approximator: "more than", "up to", "about"
    s = _approximator_before(tokens, reading.start, 0)
    if s < reading.start and reading.approx is None:
        reading.approx = " ".join(t.lower_ for t in tokens[s : reading.start])
        reading.start = s
        rules.append("approximator")
    elif s < reading.start:
        reading.approx = (
            " ".join(t.lower_ for t in tokens[s : reading.start]) + " " + reading.approx
        )
        reading.start = s
    _read_object(tokens, reading, blocked)
    if reading.object_start is not None:
        rules.append("object")
        if vague and reading.object_via_of and reading.approx and reading.approx.endswith(vague):
            reading.approx += " of"  # "hundreds of": the vague count is read with its "of"
        head = tokens[reading.object_end - 1]
        currency = units.after.get((head.lower_,))
        if reading.unit is None and currency and currency[1] == "currency":
            # "billions of dollars": the counted thing is the currency itself
            reading.unit, reading.object_start, reading.object_end = currency[0], None, None
            rules[-1] = "unit-currency"
        elif reading.unit is None and head.lemma_.lower() in units.counted:
            reading.unit = units.counted[head.lemma_.lower()]
        elif reading.unit is None and head.lower_ in units.counted:
            reading.unit = units.counted[head.lower_]
    if reading.unit is None and reading.approx is None and reading.object_start is None:
        return None
    if reading.unit is None and reading.object_start is None and _looks_like_year(tokens[i]):
        return None
    reading.rule = "+".join(rules) or "number"
    return reading


def _looks_like_year(token) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", token.text))


def _is_label_number(tokens, i: int, value: float) -> bool:
    """Numbers that name rather than count: "Article 5", "F-16", "10:30", a year, "No. 3"."""
    token = tokens[i]
    if ":" in token.text:
        return True
    if i > 0:
        before = tokens[i - 1]
        if before.lower_ in LABEL_WORDS:
            return True
        if before.text == "-" and not before.whitespace_ and i > 1 and tokens[i - 2].is_alpha:
            return True  # "F-16", "Su-25"
    if i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].lower_ in (
        "year", "month", "week", "day"
    ):  # fmt: skip
        return True  # "a 62-year-old", "a 10-year plan"
    return _looks_like_year(token) and (i + 1 >= len(tokens) or tokens[i + 1].pos_ != "NOUN")


def _read_object(tokens, reading: Reading, blocked: list[bool]) -> None:
    """The counted noun phrase after the amount: "26 countries", "hundreds of ballistic
    missiles", "the 32-member alliance" (object "member")."""
    j = reading.end
    hyphen = j + 1 < len(tokens) and tokens[j].text == "-" and not tokens[j].whitespace_
    if hyphen and tokens[j + 1].pos_ in ("NOUN", "PROPN") and not blocked[j + 1]:
        reading.object_start, reading.object_end = j + 1, j + 2
        reading.end = j + 2
        return
    money_or_share = reading.unit in ("%", "pp") or bool(reading.unit and reading.unit.isupper())
    if money_or_share and not (j < len(tokens) and tokens[j].lower_ == "of"):
        return
    via_of = False
    if j < len(tokens) and tokens[j].lower_ == "of":
        via_of = True
        j += 1
        if j < len(tokens) and tokens[j].lower_ in OBJECT_DETERMINERS:
            j += 1
    end = j
    while (
        end < len(tokens)
        and end - j < MAX_OBJECT_TOKENS
        and tokens[end].pos_ in OBJECT_POS
        and not blocked[end]
        and tokens[end].lower_ not in number_words()
    ):
        end += 1
    while end > j and tokens[end - 1].pos_ == "ADJ":
        end -= 1
    if end == j:
        return
    head = tokens[end - 1]
    number_tokens = range(reading.start, reading.end)
    attached = via_of or any(tokens[t].head.i == head.i for t in number_tokens)
    attached = attached or any(tokens[t].head.i in range(j, end) for t in number_tokens)
    if not attached:
        return
    reading.object_start, reading.object_end = j, end
    reading.object_via_of = via_of
    reading.end = end


def _blocked_tokens(parsed) -> list[bool]:
    blocked = [False] * len(parsed)
    for ent in entity_spans(parsed):
        if ent.label_ in BLOCKED_LABELS:
            for t in range(ent.start, ent.end):
                blocked[t] = True
    return blocked


def _start_candidates(parsed) -> list[int]:
    """Indices of tokens an amount can start at (numbers, currency symbols, "a", "hundreds"),
    read from the Doc's arrays so that other tokens are never built as Python objects."""
    import numpy
    from spacy.attrs import LIKE_NUM, LOWER

    rows = parsed.to_array([LIKE_NUM, LOWER])
    picked = (rows[:, 0] != 0) | one_of(rows[:, 1], _start_hashes())
    return numpy.flatnonzero(picked).tolist()


@datafiles.cached
def _start_hashes() -> Any:
    """The hashes of the words an amount can start at (currency symbols, "a", "an", vague and
    unit number words), made once per config's tables instead of once per document."""
    starts = set(load_units().prefixes) | {"a", "an"}
    starts |= {w for w, (_, kind) in number_words().items() if kind in ("vague", "unit")}
    return _hashes(frozenset(starts))


@lru_cache(maxsize=8)
def _hashes(words: frozenset[str]):
    """The string hashes of ``words`` as a uint64 array (compared exactly), made once."""
    from spacy.strings import hash_string

    return keys_of(hash_string(w) for w in words)


def find_quantities(parsed) -> list[tuple[Quantity, str, int]]:
    """Every amount in a spaCy ``Doc``: (Quantity, rule, first token index)."""
    if not len(parsed):
        return []
    blocked = _blocked_tokens(parsed)
    found = []
    resume = 0
    for i in _start_candidates(parsed):
        if i < resume or blocked[i]:
            continue
        reading = _read(parsed, i, blocked)
        if reading is None:
            continue
        span = parsed[reading.start : reading.end]
        obj = None
        if reading.object_start is not None:
            obj = parsed[reading.object_start : reading.object_end].text
        quantity = Quantity(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=reading.value,
            unit=reading.unit,
            object=obj,
            approx=reading.approx,
        )
        found.append((quantity, reading.rule, reading.start))
        resume = reading.end
    return found


def extract_quantities(doc: Document) -> Document:
    """Stage: fill ``doc.quantities`` and link each event to the amounts in its clause."""
    parsed = doc.parsed
    if parsed is None:
        return doc
    found = find_quantities(parsed)
    doc.quantities = [replace(q, rule=rule) for q, rule, _ in found]
    if not found or not doc.events:
        return doc
    first_tokens = [t for _, _, t in found]
    events = []
    for event in doc.events:
        ids = _quantities_of_event(parsed, event, doc.quantities, first_tokens)
        events.append(replace(event, quantity_ids=ids) if ids != event.quantity_ids else event)
    doc.events = events
    return doc


def _quantities_of_event(parsed, event, quantities, first_tokens) -> tuple[int, ...]:
    """Indices of amounts in the event's clause (trigger subtree), else in its sentence."""
    in_sentence = [
        k for k, q in enumerate(quantities) if event.start <= q.start and q.end <= event.end
    ]
    if not in_sentence or event.trigger_start is None:
        return tuple(in_sentence)
    trigger = parsed.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return tuple(in_sentence)
    root = trigger.root
    left, right = root.left_edge.i, root.right_edge.i
    return tuple(k for k in in_sentence if left <= first_tokens[k] <= right)
