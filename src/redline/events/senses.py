"""Word senses: a trigger whose event depends on who acts and on what (``data/events/senses.yml``).

"Strike" is a labour strike only when workers strike ("allowed Ukraine to strike inside Russia"
is an attack); "hold" is an arrest only when someone is held ("assets the officials hold" is
not); "go to" is a visit only to somewhere an actor is ("had gone to bed" is not); a killing by a
roadside bomb is a bombing (183x), not an armed attack. The rules are data, each with example
sentences that the tests read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from redline import datafiles


@dataclass(frozen=True)
class SenseRule:
    lemmas: frozenset[str]
    codes: frozenset[str]
    keep_subject: tuple[str, ...] = ()
    change_subject: tuple[str, ...] = ()
    else_code: str | None = None
    needs_target: bool = False
    not_with_prep: frozenset[str] = frozenset()
    # the subject names what did it: the first phrase found in it gives the code
    by_subject: tuple[tuple[str, str], ...] = ()
    keep: tuple[str, ...] = ()
    change: tuple[str, ...] = ()


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@datafiles.cached
def load_senses() -> tuple[SenseRule, ...]:
    rules = []
    layers = datafiles.yaml_layers("events/senses.yml")
    for raw in (r for _, data in layers for r in ((data or {}).get("senses") or [])):
        rules.append(
            SenseRule(
                lemmas=frozenset(w.lower() for w in _list(raw.get("lemma"))),
                codes=frozenset(_list(raw.get("codes"))),
                keep_subject=tuple(w.lower() for w in _list(raw.get("keep_subject"))),
                change_subject=tuple(w.lower() for w in _list(raw.get("change_subject"))),
                else_code=str(raw["else_code"]) if raw.get("else_code") else None,
                needs_target=bool(raw.get("needs_target", False)),
                not_with_prep=frozenset(w.lower() for w in _list(raw.get("not_with_prep"))),
                by_subject=tuple(
                    (str(k).lower(), str(v)) for k, v in (raw.get("by_subject") or {}).items()
                ),
                keep=tuple(_list(raw.get("keep"))),
                change=tuple(_list(raw.get("change"))),
            )
        )
    return tuple(rules)


def check_sense(
    lemma: str,
    code: str,
    subject_text: str | None,
    target_resolved: bool,
    preps: frozenset[str] = frozenset(),
) -> tuple[str | None, str]:
    """``(code, why)``: the code to use (``code`` itself when the sense holds, another code, or
    None to drop the event) and the reason for the rule string ("" when no rule applied).

    ``preps``: the prepositions hanging off the trigger ("called *for* China to act" is no
    phone call)."""
    for rule in load_senses():
        if lemma not in rule.lemmas or code not in rule.codes:
            continue
        if rule.not_with_prep and rule.not_with_prep & preps:
            prep = sorted(rule.not_with_prep & preps)[0]
            why = f"sense: '{lemma} {prep}' is not {code}->{rule.else_code or 'none'}"
            return rule.else_code, why
        if rule.by_subject:
            words = (subject_text or "").lower()
            for phrase, new in rule.by_subject:
                if phrase in words:
                    return new, f"sense: '{lemma}' by a {phrase} {code}->{new}"
        if rule.keep_subject:
            words = (subject_text or "").lower()
            if not any(w in words for w in rule.keep_subject):
                why = f"sense: '{lemma}' with no labour subject {code}->{rule.else_code or 'none'}"
                return rule.else_code, why
        if rule.change_subject:
            words = (subject_text or "").lower()
            hit = next((w for w in rule.change_subject if w in words), None)
            if hit is not None:
                why = f"sense: '{lemma}' by a {hit} {code}->{rule.else_code or 'none'}"
                return rule.else_code, why
        if rule.needs_target and not target_resolved:
            return None, f"sense: '{lemma}' {code} needs an actor as target"
    return code, ""
