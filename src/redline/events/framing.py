"""Framing: an action announced, refused, demanded or urged is coded as the statement it is.

CAMEO codes "X will visit Y" as an intent to meet (036), "X would not provide support" as a
rejection (12x), "X said Y must return the helicopter" as a demand (10x) and "X urged Y to
release the sailors" as an appeal (02x). The table that maps an action's code to those statement
codes is data: ``data/events/framing.tsv``; the verbs that frame the action in their complement
("threatened to ...", "demanded that ...", "urged ... to ...", "refused to ...") are data too:
``data/events/governors.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from redline import datafiles

KINDS = ("intent", "refusal", "demand", "appeal")
GOVERNOR_KINDS = ("threat", "demand", "appeal", "refusal")
# A refusal verb that excludes a possibility ("ruled out talks"), itself negated or refused
# ("did not rule out strikes", "refused to rule out an attack"), leaves the act possible: a
# conflict act kept open is a threat (13x), any other act is only possible (conditional).
POSSIBILITY = "possibility"
EXCLUDING_VERBS = frozenset({"rule", "exclude"})
# When an action has no statement code of its kind, the residual code of that kind.
FALLBACK = {"threat": "130", "demand": "100", "appeal": "020"}


@datafiles.cached
def load_framing() -> dict[str, dict[str, str]]:
    """``{code prefix: {"intent": code, "refusal": code, ...}}`` (empty = none)."""
    table = {}
    for row in datafiles.records("events/framing.tsv"):
        table[row["prefix"]] = {k: (row.get(k) or "").strip() for k in KINDS}
    return table


def reframe(code: str, kind: str) -> str | None:
    """The code of ``kind`` (intent, refusal, demand, appeal) for action ``code``, or None."""
    table = load_framing()
    for size in range(len(code), 1, -1):
        row = table.get(code[:size])
        if row is not None:
            return row[kind] or None
    return None


def governed_code(code: str, kind: str) -> str | None:
    """The code for action ``code`` framed by a governor of ``kind`` (see governors.tsv).

    A threat to act keeps only threat codes (13x: "threatened to invade" -> 1384); any other
    threatened action is a threat not specified (130). A refusal with no reject code is no
    reframing (None): the action stays, flagged as negated.
    """
    if kind in ("threat", POSSIBILITY):
        # an act kept open is a threat only when it has a threat code of its own
        new = reframe(code, "intent")
        if new and new.startswith("13"):
            return new
        return FALLBACK["threat"] if kind == "threat" else None
    new = reframe(code, kind)
    return new or FALLBACK.get(kind)


@dataclass(frozen=True, slots=True)
class Governor:
    """A verb that frames the action in its complement: ``lemma`` (+ ``word`` child: "call on")."""

    lemma: str
    word: str
    kind: str
    complement: str  # xcomp ("threatened to attack"), ccomp ("demanded that ..."), or both;
    # "+object" adds a noun object ("ruled out talks")

    def takes(self, link: str) -> bool:
        """Whether the governor frames an act reached through ``link`` (xcomp, ccomp, object)."""
        links = set(self.complement.split("+"))
        if "both" in links:
            links |= {"xcomp", "ccomp"}
        return link in links


@datafiles.cached
def load_governors() -> dict[str, list[Governor]]:
    """``{lemma: [Governor, ...]}`` from ``data/events/governors.tsv`` and its user layers."""
    table: dict[str, list[Governor]] = {}
    for row in datafiles.records("events/governors.tsv"):
        lemma, _, word = row["verb"].strip().partition(" ")
        kind = row["kind"].strip()
        if kind not in GOVERNOR_KINDS:
            raise ValueError(f"governors.tsv: unknown kind {kind!r} for {row['verb']!r}")
        table.setdefault(lemma, []).append(
            Governor(lemma, word, kind, row["complement"].strip() or "xcomp")
        )
    return table
