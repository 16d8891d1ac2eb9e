"""scripts/placegold_agreement.py: span, role (kappa), id and kind agreement of two passes."""

from __future__ import annotations

from script_modules import load_script

agreement = load_script("placegold_agreement")


TEXT = "WASHINGTON (Reuters) - U.S. officials said Russia’s envoy denied meddling in Ohio."


def mention(text: str, role: str, gid: int | None = 6252001, kind: str = "country",
            name: str = "United States", width: int = 0) -> dict:  # fmt: skip
    start = TEXT.index(text)
    end = start + len(text) + width
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": kind,
            "geonameid": gid, "name": name, "role": role}  # fmt: skip


def test_placegold_agreement_counts_spans_roles_ids_and_kinds():
    a = {"d": [mention("WASHINGTON", "place", 4140963, "city", "Washington, D.C."),
               mention("U.S.", "actor"), mention("Russia", "actor", 2017370, name="Russia"),
               mention("Ohio", "place", 5165418, "admin1", "Ohio")]}  # fmt: skip
    # B differs in one role, one kind, and takes the possessive into the span.
    b = {"d": [mention("WASHINGTON", "place", 4140963, "city", "Washington, D.C."),
               mention("U.S.", "place"),
               mention("Russia", "actor", 2017370, "country", "Russia", width=2),
               mention("Ohio", "place", 5165418, "country", "Ohio")]}  # fmt: skip
    result = agreement.compare(a, b)
    t = result["totals"]
    assert (t["a"], t["b"], t["matched"], t["overlap"]) == (4, 4, 3, 1)
    assert (t["role"], t["place"], t["kind"]) == (2, 3, 2)
    types = sorted(d["type"] for d in result["disagreements"])
    assert types == ["boundary", "kind", "role"]


def test_placegold_agreement_kappa_discounts_chance():
    assert agreement.cohen_kappa([("actor", "actor"), ("place", "place")]) == 1.0
    # Observed 0.5 with both passes 50/50: no better than chance.
    pairs = [("actor", "actor"), ("actor", "place"), ("place", "actor"), ("place", "place")]
    assert agreement.cohen_kappa(pairs) == 0.0
    assert agreement.cohen_kappa([("actor", "actor")]) is None


def test_placegold_agreement_null_ids_agree_by_name():
    pacific = {"start": 0, "end": 11, "geonameid": None, "name": "Pacific Rim", "role": "place"}
    assert agreement.same_place(pacific, dict(pacific))
    assert not agreement.same_place(pacific, {**pacific, "name": "Asia-Pacific"})
