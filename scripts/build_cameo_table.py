"""Regenerate ``src/redline/data/events/cameo.tsv`` from the shared ontology tables.

Why a script: the CAMEO names, Goldstein weights, QuadClass and the CAMEO→PLOVER correspondence
are facts published elsewhere; redline keeps its own flat table of them, and this script shows
exactly how it was made. Run from the repository root::

    python scripts/build_cameo_table.py [/path/to/shared/eval/events/ontology]

Goldstein: the GDELT value, or ICEWS where GDELT has none (106, 1213). QuadClass: 1 verbal
cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
conflict (14-20). PLOVER event/mode: the 2021 CAMEO→PLOVER correspondence (01 and 02 have no
PLOVER event).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ONTOLOGY = ROOT.parent / "shared/eval/events/ontology"
OUT = ROOT / "src/redline/data/events/cameo.tsv"

# Names mangled in the source file (bad encoding, two rows run together).
NAME_FIXES = {
    "044": "Meet at a 'third' location",
    "1056": "Demand de-escalation of military engagement",
    "033": "Express intent to provide material aid, not specified below",
    "2041": "Use chemical, biological, or radiological weapons",
    "106": "Demand withdrawal",
}

HEADER = """\
# CAMEO event codes for redline: one row per code (root rows have a two-digit code).
# goldstein: GDELT weight, ICEWS where GDELT has none. quad_class: 1 verbal cooperation,
# 2 material cooperation, 3 verbal conflict, 4 material conflict.
# plover_event/plover_mode: the CAMEO->PLOVER correspondence (PLOVER project, 2021); empty for
# roots 01 and 02, which PLOVER drops. Regenerate with scripts/build_cameo_table.py.
"""


def build(ontology: Path) -> list[dict[str, str]]:
    """Rows of the package table, in code order."""
    with open(ontology / "cameo_event_codes.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = []
    for r in rows:
        code = r["code"]
        goldstein = r["goldstein_gdelt"] or r["goldstein_icews"]
        name = NAME_FIXES.get(code, r["name"]).strip()
        name = " ".join(name.split())
        plover = r["plover_event"]
        if "|" in plover:  # root 08 splits; the root row keeps the first (CONCEDE)
            plover = plover.split("|")[0]
        out.append(
            {
                "code": code,
                "name": name,
                "root_code": r["root_code"],
                "quad_class": r["quad_class"],
                "goldstein": f"{float(goldstein):.1f}",
                "plover_event": plover,
                "plover_mode": r["plover_mode"],
            }
        )
    return out


def main() -> None:
    ontology = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ONTOLOGY
    rows = build(ontology)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main()
