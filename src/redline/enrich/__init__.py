"""enrich stage: names, dates, places and amounts, each tied back to the text and the events.

Four pipeline stages (each ``Document -> Document``), run after quotes, actors and events:

1. :func:`canonicalise_entities` - one canonical name and actor code per person/organisation;
2. :func:`extract_quantities` - amounts with value, unit, counted object and approximator, linked
   to the events in the same clause;
3. :func:`resolve_dates` - DATE expressions resolved against the publication date; event dates;
4. :func:`geocode_places` - places geocoded offline; the dateline; event places.

Entities go first so later stages see canonical names; amounts before dates and places only
because the three are independent (each reads the parse and writes its own fields).
"""

from redline.enrich.dates import DateValue, resolve_date_expression, resolve_dates
from redline.enrich.names import canonicalise_entities
from redline.enrich.places import geocode_places, lookup_place
from redline.enrich.quantities import extract_quantities, find_quantities

ENRICH_STAGES = [
    ("entities", canonicalise_entities),
    ("quantities", extract_quantities),
    ("dates", resolve_dates),
    ("places", geocode_places),
]

__all__ = [
    "ENRICH_STAGES",
    "DateValue",
    "canonicalise_entities",
    "extract_quantities",
    "find_quantities",
    "geocode_places",
    "lookup_place",
    "resolve_date_expression",
    "resolve_dates",
]
