"""Whose accusation a document's later sentences conclude: ``concluded_accusers``,
``denial_targets`` and ``target_from``; whom a refusal answers (``reply_targets``) and an appeal
for restraint addresses (``calming_targets``), told in the sentences before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from redline.events.arguments import ActorResolver, Argument
from redline.events.coding.context import _around, _misconduct_story
from redline.events.coding.output import sentence_numbers
from redline.events.coding.speech import (
    _accuses_the_denier,
    _denied_by_its_doer,
    _investigates_allegations,
)
from redline.events.coding.vocabulary import CONCLUDING_VERBS, DENIAL_CODES, SEXUAL_MISCONDUCT
from redline.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Token


# Acts a denial can answer: accusations and criticism (11), charges (17), and investigations
# (09) only of allegations against the denier by name. issue #9 precision10: "Russia denies
# meddling" after "Mueller is investigating ..." answers no one who investigates (the
# guideline's accuser alleges; the gold gives such denials no target 21 times in 26 on the free
# docgold splits); "investigating allegations of harassment against Representative John
# Conyers" is answered by Conyers's denial
ACCUSING_ROOTS = frozenset({"11", "09", "17"})
INVESTIGATING_ROOT = "09"
ACCUSING_COERCION = frozenset({"173"})  # arrest, detain or charge with legal action
DENIAL_WINDOW = 3  # sentences back (the denial's own one included) to look for the accuser


def target_from(event: Event, other: Event, side: str, why: str) -> Event:
    """``event`` with ``other``'s source or target (``side``) as its target, the rule saying
    why: a denial aimed at the accuser before it, a claim judged grave at its accused."""
    return replace(
        event,
        target_text=getattr(other, f"{side}_text"),
        target_start=getattr(other, f"{side}_start"),
        target_end=getattr(other, f"{side}_end"),
        target_actor=getattr(other, f"{side}_actor"),
        rule=(event.rule or "").replace(
            "; target:none", f"; target:{why} ({other.code} {other.trigger_text!r})", 1
        ),
    )


def _rescored_with_target(
    event: Event,
    new: Event,
    features: dict[int, dict[str, float]],
    model: Any | None,
    extra: dict[str, float],
    how: str = "accuser",
) -> Event:
    """``new``, ``event`` given a target told elsewhere (a denial's accuser; the act a refusal
    answers, a side of a clash: ``how``), with ``event``'s filter features read again (no "no
    target" or "one actor" any more, the target's route and ``extra``), kept for it in
    ``features`` and scored by ``model``; ``new`` as it is when ``event`` has no features."""
    feats = dict(features.get(id(event), {}))
    if not feats:
        return new
    feats.pop("tgt:none", None)
    feats.pop("one_actor", None)
    feats[f"tgt:how={how}"] = 1.0
    feats.update(extra)
    if model is not None:
        new = replace(new, confidence=model.confidence(feats))
    features[id(new)] = feats
    return new


def _target_side_features(target: str, source: str) -> dict[str, float]:
    """The filter features a target told elsewhere adds: of the source's own country, and
    placed with a sector."""
    extra = {}
    if target[:3] == source[:3]:
        extra["same_country"] = 1.0
    if len(target) > 3 and not target.startswith("---"):
        extra["tgt:sector"] = 1.0
    return extra


CONCLUSION_NOUNS = frozenset(
    {"allegation", "conclusion", "assessment", "finding", "accusation", "charge", "claim"}
)


def concluded_accusers(
    events: list[Event],
    features: dict[int, dict[str, float]],
    model: Any | None,
    parsed: Any,
    resolver: ActorResolver,
) -> list[Event]:
    """issue #9 recall35: a denial still without a target ("Russia has repeatedly denied the
    allegations") after "U.S. intelligence agencies concluded Russia carried out a campaign":
    its accuser is who concluded, said or alleged something of the denier's country in the
    denial's sentence or the ``DENIAL_WINDOW - 1`` before (``_concluded_by``), when no
    accusation event was coded there (``denial_targets`` ran first)."""
    out = list(events)
    for i, event in enumerate(events):
        if event.code not in DENIAL_CODES or event.target_actor or not event.source_actor:
            continue
        denier = event.source_actor
        if len(denier) < 3 or denier.startswith("---") or event.trigger_start is None:
            continue
        if event.target_text is not None:
            continue  # "Putin's denial of the accusations": a target phrase of its own
        found = _concluded_by(parsed, event.trigger_start, denier[:3], resolver)
        if found is None:
            continue
        new = replace(
            event,
            target_text=found.text,
            target_start=found.start,
            target_end=found.end,
            target_actor=found.code,
            rule=(event.rule or "").replace(
                "; target:none", f"; target:{found.describe()} (who held it of the denier)", 1
            ),
        )
        sector = {"tgt:sector": 1.0} if len(found.code or "") > 3 else {}
        out[i] = _rescored_with_target(event, new, features, model, sector)
    return out


def _concluded_by(
    parsed: Any, offset: int, country: str, resolver: ActorResolver
) -> Argument | None:
    """Who concluded, said or alleged a thing of ``country`` nearest before the denial at
    ``offset`` (its own sentence, then the ``DENIAL_WINDOW - 1`` before): the subject of a
    concluding verb whose clause names the country, or the maker of a conclusion noun whose
    phrase does ("U.S. intelligence agency allegations that Russia ..."). None unless that
    one is a body or officials of another country, with a sector (not a person by name)."""
    trigger = parsed.char_span(offset, offset + 1, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return None
    denial = trigger[0]
    sent = denial.sent
    first = sent.start
    for _ in range(DENIAL_WINDOW - 1):
        if first == 0:
            break
        first = parsed[first - 1].sent.start
    named = [(a, b) for a, b, actor in resolver.mentions if (actor.country or "")[:3] == country]

    def names_country(tok: Token) -> bool:
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        return any(lo <= a and b <= hi for a, b in named)

    for k in range(sent.end - 1, first - 1, -1):
        tok = parsed[k]
        lemma = tok.lemma_.lower()
        maker = None
        if tok.pos_ == "VERB" and lemma in CONCLUDING_VERBS:
            said = [c for c in tok.children if c.dep_ in ("ccomp", "dobj")]
            # "denied what U.S. intelligence agencies say was meddling": said in the very
            # thing denied, of the denier
            denied = denial.i < k <= denial.right_edge.i
            if denied or any(names_country(c) for c in said):
                maker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        elif tok.pos_ == "NOUN" and lemma in CONCLUSION_NOUNS and names_country(tok):
            maker = next((c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")), None)
        if maker is None or maker.pos_ == "PRON":
            continue
        arg = resolver.argument(maker, "who held it")
        code = arg.code or ""
        if (
            arg.actor is not None
            and not code.startswith("---")
            and code[:3] != country
            # a body or its officials, not a person speaking ("Trump has said Russia's
            # meddling did not sway the vote" is no accusation) nor a bare country
            and len(code) > 3
            and getattr(arg.actor, "kind", "") != "person"
        ):
            return arg
    return None


def denial_targets(
    events: list[Event], features: dict[int, dict[str, float]], model: Any | None
) -> list[Event]:
    """A denial that names no one answers the accusation before it ("Russia has repeatedly
    denied meddling", after "U.S. intelligence agencies concluded Russia ..."): its target is
    the source of the nearest accusation, criticism or charge against the
    denier's country, in its own sentence or the ``DENIAL_WINDOW - 1`` before. One pass with
    a short look-back: linear in the events."""
    starts = sentence_numbers(events)
    out = list(events)
    for i, event in enumerate(events):
        if event.code not in DENIAL_CODES or event.target_actor or not event.source_actor:
            continue
        here = starts[event.start]
        denier = event.source_actor
        accuser = None
        for other in _around(events, i):
            if here - starts[other.start] >= DENIAL_WINDOW:
                break
            if (
                other.root_code in ACCUSING_ROOTS
                # lead's read51: of the coercive acts only an arrest or a charge accuses; a
                # ban ("a US judge banned Gazprom from the auction") is no claim denied
                and (other.root_code != "17" or other.code in ACCUSING_COERCION)
                and other.source_actor
                and other.target_actor
                and other.source_actor != denier
                and other.target_actor[:3] == denier[:3]
                and not other.conditional
                and other.source_text  # issue #9 recall9: an implied prosecutor is no accuser named
                and _accuses_the_denier(
                    other, event, features.get(id(other), {}).get("role:tgt=person", 0.0) > 0
                )
                and not _denied_by_its_doer(other, events)
                and (
                    other.root_code != INVESTIGATING_ROOT or _investigates_allegations(other, event)
                )
            ):
                accuser = other
                break
        if (
            accuser is None
            and len(denier) >= 3
            and (
                SEXUAL_MISCONDUCT.search(event.text) or _misconduct_story(events, i, starts, event)
            )
        ):
            # issue #9/#10 actors10: "Moore has denied the misconduct allegations": who alleges
            # sexual misconduct are the women and staff who say they suffered it, civilians of
            # the accused's country (guideline §8.13: "the women who accused him -> USACVL"),
            # also when no sentence near names them as accusers
            accusers = denier[:3] + "CVL"
            new = replace(
                event,
                target_actor=accusers,
                rule=(event.rule or "").replace(
                    "; target:none", f"; target:accusers of sexual misconduct -> {accusers}", 1
                ),
            )
        elif accuser is None:
            continue
        else:
            new = target_from(event, accuser, "source", "accuser of the denial")
        extra = _target_side_features(new.target_actor or "", denier)
        out[i] = _rescored_with_target(event, new, features, model, extra)
    return out


# issue #9 xsent51: a refusal whose frame names no one ("Moore has refused to withdraw from the
# race") answers the act aimed at the refuser just before it ("McConnell urged Moore to quit"):
# the refusal's verbs, by word form (a rejection code of one of these verbs, not "opposed",
# "pushed back" or "vowed"; not "deny", whose 12 codes withhold a thing from someone: "deny the
# right", "deny them permits", and whose 016 denials the gold leaves without a target)
REFUSAL_FORMS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("refus", ("e", "ed", "es", "ing")),
        ("declin", ("e", "ed", "es", "ing")),
        ("reject", ("", "ed", "s", "ing")),
        ("rebuff", ("", "ed", "s", "ing")),
        ("resist", ("", "ed", "s", "ing")),
    )
    for end in ends
)
REPLY_WINDOW = 1  # sentences back (with events) to look for the act a refusal answers
# what a refusal answers: an appeal (02), a demand or pressure (10), a lawsuit (115), not any act
# aimed at the refuser (criticism, a meeting: "Kabila refused to step down" after "she is due to
# meet Kabila" answers no meeting)
ASKING_ROOTS = frozenset({"02", "10"})
ASKING_CODES = frozenset({"115"})


def reply_targets(
    events: list[Event], features: dict[int, dict[str, float]], model: Any | None
) -> list[Event]:
    """issue #9 xsent51: a refusal (root 12, a refusing verb) with no target slot answers the
    nearest earlier appeal, demand or lawsuit aimed at the refuser's country, in its own
    sentence (before it) or the ``REPLY_WINDOW`` sentences before: that act's source, a named
    actor other than the refuser, becomes the refusal's target ("Republican senators called
    for Moore to drop out ... if he refuses to withdraw" -> the urger). Not a conditional act,
    and not an act told in another speaker's words."""
    starts = sentence_numbers(events)
    out = list(events)
    for i, event in enumerate(events):
        if (
            event.root_code != "12"
            or event.target_actor
            or event.target_text is not None
            or not event.source_actor
            or not (event.trigger_text or "").split()
            or event.trigger_text.split()[0].lower() not in REFUSAL_FORMS
        ):
            continue
        here = starts[event.start]
        refuser = event.source_actor
        answered = None
        for k in range(i - 1, -1, -1):
            other = events[k]
            if here - starts[other.start] > REPLY_WINDOW:
                break
            if (
                (other.root_code in ASKING_ROOTS or other.code in ASKING_CODES)
                and other.source_actor
                and other.target_actor
                and other.source_text
                and other.source_actor != refuser
                and other.target_actor[:3] == refuser[:3]
                and not other.conditional
                and (other.reported_by is None or other.reported_by == event.reported_by)
            ):
                answered = other
                break
        if answered is None:
            continue
        new = target_from(event, answered, "source", "who the refusal answers")
        extra = _target_side_features(new.target_actor or "", refuser)
        out[i] = _rescored_with_target(event, new, features, model, extra, how="reply")
    return out


# issue #9 xsent51: an appeal for restraint or calm that names no one ("China called for
# restraint") is made to the two sides of the clash the article tells just before it
CALMING_WORDS = re.compile(
    r"\b(?:restraint|calm|ceasefire|cease-fire|truce|de-?escalat\w*)\b", re.IGNORECASE
)
CLASH_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
CALMING_WINDOW = 3  # sentences back (with events) to look for the clash


def calming_targets(
    events: list[Event], features: dict[int, dict[str, float]], model: Any | None
) -> list[Event]:
    """issue #9 xsent51: an appeal (root 02) with no target whose words after its trigger ask
    for restraint, calm, a ceasefire or de-escalation is aimed at both sides of the nearest
    earlier conflict act (roots 11-20) between two other countries, in its own sentence or the
    ``CALMING_WINDOW`` sentences before: one appeal to each side, as a pair is coded."""
    starts = sentence_numbers(events)
    out: list[Event] = []
    for i, event in enumerate(events):
        if (
            event.root_code != "02"
            or event.target_actor
            or event.target_text is not None
            or not event.source_actor
            or event.trigger_end is None
            or not CALMING_WORDS.search(event.text[event.trigger_end - event.start :])
        ):
            out.append(event)
            continue
        here = starts[event.start]
        appealer = event.source_actor[:3]
        clash = None
        for k in range(i - 1, -1, -1):
            other = events[k]
            if here - starts[other.start] > CALMING_WINDOW:
                break
            sides = (other.source_actor or "", other.target_actor or "")
            if (
                other.root_code in CLASH_ROOTS
                and all(len(s) >= 3 and not s.startswith("---") for s in sides)
                and sides[0][:3] != sides[1][:3]
                and appealer not in (sides[0][:3], sides[1][:3])
                and other.source_text
                and other.target_text
                and not other.conditional
            ):
                clash = other
                break
        if clash is None:
            out.append(event)
            continue
        for side in ("source", "target"):
            new = target_from(event, clash, side, f"a side of the clash ({side})")
            sector = {"tgt:sector": 1.0} if len(new.target_actor or "") > 3 else {}
            out.append(_rescored_with_target(event, new, features, model, sector, how="clash side"))
    return out
