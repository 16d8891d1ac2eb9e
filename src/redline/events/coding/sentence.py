"""One sentence coded: ``code_sentence`` (the nesting policy over its candidates), the
proposer's events, and the confidence an event must clear.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from redline.events.arguments import ActorResolver
from redline.events.coding.frames import best_match
from redline.events.coding.guards import (
    _abroad,
    _across,
    _allegations,
    _answered_by_accused,
    _answered_request,
    _argument_of,
    _background_kept,
    _bare_told,
    _charges_acted_on,
    _clause_allegation,
    _contact_noun,
    _contacts_with_a_country,
    _crime_probe,
    _ethics_probe,
    _inside_condition,
    _own_actor,
    _owned_object,
    _probe_noun,
    _question_content,
    _sanction_held,
    _side_visit,
    _trigger_tokens,
    _waiting_nouns,
    one_per_tuple,
)
from redline.events.coding.nesting import (
    _clause_tokens,
    _force_participle,
    _kept_background,
    _participle_force,
    _placed,
    _refusing_verb,
    background_depth,
    framing_governor,
)
from redline.events.coding.partners import _arranged_meeting
from redline.events.coding.rescues import (
    _conjoined_measures,
    _measure_reaches,
    _unmatched_agreements,
    _unmatched_commitments,
    _unmatched_considered,
    _unmatched_obligations,
    _unmatched_own_denials,
    _unmatched_time_for,
    _unmatched_wants,
)
from redline.events.coding.sides import _clause_meeting
from redline.events.coding.speech import _evaluations, _resolution_clause, _retaliations
from redline.events.coding.trigger_events import _events_for
from redline.events.coding.vocabulary import (
    COOPERATION_ROOTS,
    COURT_RELIEF,
    DENIAL_CODES,
    RESIDUAL_STATEMENT,
    Match,
)
from redline.events.filter import load_filter
from redline.events.framing import POSSIBILITY, governed_code
from redline.events.lexicon import Lexicon
from redline.events.proposer import ProposerModel, in_quote, proposals, proposed_entry, reported
from redline.model import Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Span


# Claims and accusations: what their clause says is what is claimed, not another event.
CLAIM_ROOTS = ("01", "11")


def code_sentence(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    *,
    features_out: dict[int, dict[str, float]] | None = None,
    proposer: ProposerModel | None = None,
) -> list[Event]:
    """The events of one sentence, under one policy for events inside other events:

    1. an action framed by a governor ("threatened to attack") is coded as the threat, demand,
       appeal or refusal, and the governor's own generic event is dropped;
    2. an action inside the clause of a claim or accusation ("X claimed that Y attacked Z") is
       what is claimed, not a separate event (a warning's clause is kept: "warned that it would
       strike if ..." codes the threat and the conditional strike);
    3. only the events of the least subordinate clauses are kept: an event in a relative,
       participle, temporal or purpose clause ("..., killing eight people", "after rebels
       kidnapped ...", "the group that seized ...") is background when the sentence has an event
       in a higher clause. Events inside an if-clause are kept, flagged conditional;
    4. a plain statement (010) is coded only when nothing more specific is ("issued a declaration
       demanding reforms" is the demand), as the CAMEO codebook says.
    """
    matches = [
        m
        for m in (best_match(tok, lexicon) for tok in _trigger_tokens(sent, lexicon))
        if m is not None
    ]
    # relief sought in court keeps the noun's own event ("seek a preliminary injunction against
    # Mulvaney": the court is asked, and the injunction sought is against Mulvaney)
    consumed = set().union(*(m.consumed for m in matches if m.entry.pattern != COURT_RELIEF))
    tried = {m.trigger.i for m in matches} | {m.holder.i for m in matches}
    # issue #9 recall16: "rejected the government's request": the answer's object is also
    # the requester's appeal (_answered_request)
    # issue #9 recall30: "agreed to cooperate with Mueller's investigation into Russian
    # meddling": the investigation cooperated with is an event of its own (kept across borders)
    cooperated = set().union(
        *(m.consumed for m in matches if m.entry.code[:2] in COOPERATION_ROOTS)
    )
    matches = _traced(
        matches,
        [
            m
            for m in matches
            if m.trigger.i not in consumed
            or _answered_request(m)
            or (m.trigger.i in cooperated and (_probe_noun(m) or _ethics_probe(m)))
            or _owned_object(m, matches)
        ],
        "consumed by another entry's frame",
    )
    by_trigger = {m.trigger.i: m for m in matches}
    framed_governors: set[int] = set()
    content: set[int] = _question_content(sent)
    for match in matches:
        if match.entry.pos != "verb" and match.trigger.dep_ != "dobj":
            continue  # a noun is framed only as the object of its governor ("ruled out talks")
        gov, kind = framing_governor(match.trigger)
        if gov is None:
            continue
        own = by_trigger.get(gov.i)
        # (a call's clause says how they spoke, "told T by phone that ...": what was said is
        # an event of its own)
        if own is not None and (own.entry.clause or own.entry.xcomp) and own.entry.code[:2] != "04":
            content.add(match.trigger.i)  # the governor's own entry already says it all
            continue
        if kind == POSSIBILITY:
            # "refused to rule out an attack": neither the ruling out nor the refusal is an act
            framed_governors.add(gov.i)
            if (refusing := _refusing_verb(gov)) is not None:
                framed_governors.add(refusing.i)
            match.governor, match.governor_kind = gov, kind
            continue
        if governed_code(match.entry.code, kind) is None:
            continue
        match.governor, match.governor_kind = gov, kind
        framed_governors.add(gov.i)
    matches = _traced(
        matches,
        [m for m in matches if m.trigger.i not in framed_governors | content],
        "framing governor, or content of a question or of a clause entry",
    )
    for match in matches:
        if match.entry.code.startswith(CLAIM_ROOTS) and (
            match.entry.target == "clause" or match.entry.clause
        ):
            content |= _clause_tokens(match) - {match.trigger.i}
    matches = _traced(
        matches, [m for m in matches if m.trigger.i not in content], "content of a claim's clause"
    )
    matches += _unmatched_obligations(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_time_for(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_wants(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_own_denials(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_considered(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_agreements(sent, matches, consumed | content | framed_governors)
    matches += _unmatched_commitments(sent, matches, consumed | content | framed_governors)
    # issue #9: a commitment whose act an entry matched waits for that act's event (below)
    waiting_commitments = _unmatched_commitments(
        sent, matches, consumed | content | framed_governors, deferred=True
    )
    matches += _conjoined_measures(matches, lexicon)
    matches = _traced(matches, _measure_reaches(sent, matches, resolver.text), "measure reaches")
    # a noun event that is an argument of a verbal event ("complained over Israeli air raids",
    # "ready to host a meeting between ...") is what that event is about, not another event
    # ; one in a relative, participle or adverbial clause is background to the sentence
    # ; a noun under a speech act ("X said the militia was responsible for the massacre") is
    # what the speaker alleges, so it waits: coded only if no speaker is found for the act
    # (issue #9 recall24: not the bare "S told T that ...", which its gate mostly drops: a noun
    # event it governs, "told a joint news conference with Trump", is coded as before)
    verbal = {m.trigger.i for m in matches if m.entry.pos == "verb" and not _bare_told(m)}
    speech = {m.trigger.i for m in matches if m.entry.pos == "verb" and m.entry.speaker}
    nouns = [m for m in matches if m.entry.pos == "noun"]
    background = {
        m.trigger.i
        for m in nouns
        if m.entry.origin == "nominals.yml" and background_depth(m.trigger) > 0
    }
    alleged = [
        m
        for m in nouns
        if m.trigger.i not in background
        and _argument_of(m.trigger, speech)
        and not _argument_of(m.trigger, verbal - speech)
    ]
    # issue #9 recall9: a noun event in a verb's argument waits (see _waiting_nouns below)
    waiting = [
        m
        for m in nouns
        if m.trigger.i not in background
        and m not in alleged
        and _argument_of(m.trigger, verbal - speech)
        and not _side_visit(m)
        and not _answered_request(m)
        and not _clause_meeting(m)
    ]
    # issue #9 recall9: a background noun event ("Comey, who was leading a probe into ...")
    # that names its own actor stays a candidate like a background verb: coded only when the
    # sentence has nothing less subordinate
    deep_nouns = {
        m.trigger.i
        for m in nouns
        if m.trigger.i in background
        and not _background_kept(m.trigger)
        and not _side_visit(m)
        and not _argument_of(m.trigger, verbal)
        and _own_actor(m, resolver)
    }

    # issue #9 recall2: a background noun event stays a candidate like a background verb
    # ("there are concerns that U.S. strikes against North Korea could ..."): the least
    # subordinate events win below, so it is coded only when the sentence has nothing higher
    def dropped(m: Match) -> bool:
        return (
            m.trigger.i in background
            and not _background_kept(m.trigger)
            and not _side_visit(m)
            and m.trigger.i not in deep_nouns
        ) or (_argument_of(m.trigger, verbal) and not _side_visit(m) and not _clause_meeting(m))

    # issue #9 recall15: a background contact naming its partner ("lied to the FBI about his
    # contacts with the Russian ambassador") stays a candidate, kept below when across borders
    contacts = {
        m.trigger.i for m in nouns if m.trigger.i in background and _contact_noun(m) and dropped(m)
    }
    # issue #9 recall16: a request the verb answers ("the court granted the administration's
    # request") is the requester's appeal, told beside the answer
    contacts |= {m.trigger.i for m in nouns if _answered_request(m) and dropped(m)}
    # issue #9 recall17: "pleaded guilty in Mueller's probe into Russian meddling": an
    # investigation told in passing of another country's doings is an event of its own
    contacts |= {m.trigger.i for m in nouns if _probe_noun(m) and dropped(m)}
    contacts |= {m.trigger.i for m in nouns if _clause_allegation(m) and dropped(m)}
    contacts |= {m.trigger.i for m in nouns if _sanction_held(m) and dropped(m)}
    # issue #9 recall30: "lied about his efforts to arrange a meeting between Trump and Putin":
    # a meeting arranged across borders is an event of its own, however deep
    contacts |= {m.trigger.i for m in nouns if _arranged_meeting(m) and dropped(m)}
    # issue #9 recall30: "after misleading Pence about his conversations with a Russian
    # diplomat": a background contact naming its own maker too (a deep noun, a candidate by
    # depth) is kept beside the main clause's events when across borders, like those above
    deep_contacts = {m.trigger.i for m in nouns if m.trigger.i in deep_nouns and _contact_noun(m)}
    # issue #9 drops21: a background noun event with no own actor ("prompting another round of
    # U.N. sanctions", "the investigation that has led to charges against Manafort", "talks
    # with Mexico during a visit to the country") was dropped whatever it named; it is now left
    # to the learned filter like a lower clause's event (marked so, kept only at
    # LOWER_CLAUSE_FLOOR or above, never the sentence's own event). Not an agreement or
    # cooperation (05x, 06x): told in passing these are standing ties, not happenings ("his
    # political work for Ukraine", "leaving the pact between world powers and Tehran intact")
    left_to_filter = {
        m.trigger.i
        for m in nouns
        if m.trigger.i in background
        and m.trigger.i not in contacts
        and dropped(m)
        and m.entry.code[:2] not in STANDING_TIE_ROOTS
    }
    matches = _traced(
        matches,
        [
            m
            for m in matches
            if m.entry.pos != "noun"
            or m.trigger.i in contacts
            or m.trigger.i in left_to_filter
            or not dropped(m)
        ],
        "noun: background, or argument of a verbal event (waiting or alleged)",
    )
    ranked: list[tuple[int, Match]] = []
    for match in matches:
        anchor = match.governor if match.governor is not None else match.trigger
        # an action inside an if-clause is the condition or the consequence of a threat: kept,
        # flagged conditional, whatever its depth
        depth = -1 if _inside_condition(anchor) else background_depth(anchor)
        if depth > 0 and _resolution_clause(anchor):
            depth = 0  # issue #9 recalla: what a resolution calls for is the body's own act
        ranked.append((depth, match))
    # main clause first: asserted events of the least subordinate clause, in text order, then
    # the conditional ones. Not by tree depth (issue #9): "is willing to withdraw" is deeper than
    # "if it was asked", and a noun event in the subject ("the summit between ... failed") than
    # its verb, so the sentence's own event would come second
    ranked.sort(key=lambda pair: (pair[0] < 0, pair[0], pair[1].trigger.i))
    coded: list[tuple[int, Event]] = []
    used_instruments: set[int] = set()
    spoken = False
    side: set[int] = set()  # kept whatever their depth: side visits, kept background (below)
    acted: set[int] = set()  # the triggers whose matches gave an event
    for depth, match in ranked:
        if match.trigger.i in used_instruments:
            _traced([match], [], "instrument of another event")
            continue
        anchor = match.governor if match.governor is not None else match.trigger
        note = "background noun with its own actor" if match.trigger.i in deep_nouns else ""
        events = _events_for(
            match, sent, doc, resolver, used_instruments, depth=depth,
            features_out=features_out, note=note,
        )  # fmt: skip
        if match.trigger.i in contacts:
            made = events
            # issue #9 recall15: "lied to the FBI about his contacts with the Russian
            # ambassador": contacts with another country's side are events of their own, however
            # deep (those within one country were right 0 of 5 times on the free splits)
            events = [
                e
                for e in events
                if _across(e)
                or _answered_request(match)
                or (
                    (
                        _probe_noun(match)
                        or _clause_allegation(match)
                        or _sanction_held(match)
                        or _arranged_meeting(match)
                    )
                    and _abroad(e)
                )
                or (_probe_noun(match) and _crime_probe(e, match, resolver))
                or (_contact_noun(match) and _contacts_with_a_country(e))
            ]
            _traced(made, events, "background contact not across borders", _start)
        if _clause_allegation(match):
            # "France condemned allegations by Rwanda that it had ...": the accused's answer
            # is the event told (its denial or rejection), not the allegation again
            answered = [e for e in events if not _answered_by_accused(match.trigger, e, coded)]
            events = _traced(events, answered, "allegation answered by the accused", _start)
        spoken = spoken or bool(events and match.trigger.i in speech)
        if events:
            acted.add(match.trigger.i)
        coded.extend((depth, event) for event in events)
        if depth > 0 and _kept_background(anchor):
            # a denial names no one it answers ("something Moscow denies"): its denier suffices
            side.update(
                id(e) for e in events
                if _placed(e.source_actor) and (_placed(e.target_actor) or e.code in DENIAL_CODES)
            )  # fmt: skip
        if depth > 0 and _side_visit(match):
            side.update(id(event) for event in events)
        if depth > 0 and _force_participle(anchor):
            # issue #9 violence26: "..., killing nine French peacekeepers": an act of force told
            # in a participle is the subject's own further act, kept beside the main clause's
            side.update(
                id(e) for e in events
                if _participle_force(e.code) and _placed(e.source_actor) and _placed(e.target_actor)
            )  # fmt: skip
        if match.trigger.i in contacts:
            side.update(id(e) for e in events)
        if match.trigger.i in deep_contacts:
            side.update(id(e) for e in events if _across(e))

    def code_late(match: Match, depth: int, note: str = "") -> None:
        """Code a match the main pass left (a commitment, a waiting noun, an allegation) at
        clause ``depth``, its events kept as the main pass keeps its own."""
        events = _events_for(
            match, sent, doc, resolver, used_instruments, depth=depth,
            features_out=features_out, note=note,
        )  # fmt: skip
        coded.extend((depth, event) for event in events)

    for match in waiting_commitments:
        if match.holder.i in acted:
            _traced([match], [], "commitment told by its act's event")
            continue  # "agreed to extradite him": the act's own event tells it
        # "agreed to fight the opioid epidemic": a sense or a drop check dropped the act's
        # event, the commitment is still made
        depth = -1 if _inside_condition(match.trigger) else background_depth(match.trigger)
        code_late(match, depth)
    waited = _waiting_nouns(waiting, resolver)
    _traced(waiting, [m for m, _ in waited], "waiting noun: not coded (_waiting_nouns)")
    acted_codes = {m.trigger.i: m.entry.code for m in matches if m.trigger.i in acted}
    for match, note in waited:
        if match.trigger.i in used_instruments:
            _traced([match], [], "waiting noun: instrument of another event")
            continue  # "were killed in an air strike by ...": the strike is that act's source
        ground = _charges_acted_on(match)
        if ground is not None and acted_codes.get(ground.i, "")[:2] == match.entry.code[:2]:
            # issue #9 leftovers55: "was arrested on charges of fraud": one act, its event coded
            _traced([match], [], "waiting noun: the charges an arrest's event is made on")
            continue
        code_late(match, background_depth(match.trigger), note)
    for match in _allegations(sent, {e.trigger_start for _, e in coded}, resolver.text):
        code_late(match, background_depth(match.trigger))
    _traced(alleged if spoken else [], [], "alleged noun: its speech act was coded")
    if alleged and not spoken:
        for match in alleged:  # the speech act found no speaker: the noun is the event
            code_late(match, background_depth(match.trigger))
    coded += _evaluations(sent, doc, resolver, [e for _, e in coded], features_out)
    coded = _retaliations(sent, doc, resolver, coded, features_out)
    if any(e.code != RESIDUAL_STATEMENT for _, e in coded):
        _traced(
            [e for _, e in coded if e.code == RESIDUAL_STATEMENT],
            [],
            "plain statement (010) beside a more specific event",
            _start,
        )
        coded = [(depth, e) for depth, e in coded if e.code != RESIDUAL_STATEMENT]
    left_starts = {sent.doc[i].idx for i in left_to_filter}
    left_ids = {id(e) for _, e in coded if e.trigger_start in left_starts}
    least = min((depth for depth, e in coded if depth >= 0 and id(e) not in left_ids), default=-1)
    main = [
        event
        for depth, event in coded
        if (depth in (least, -1) or id(event) in side) and id(event) not in left_ids
    ]
    # issue #9 lead21: an event of a lower clause than the sentence's own ("..., calling it a
    # witch hunt", "after rebels seized ...") was dropped whatever it was; it is now left to the
    # learned filter, marked so (a feature, and a note in its rule), and kept only at
    # LOWER_CLAUSE_FLOOR or above: the sentence sets, where each sentence has one gold event,
    # count every extra event wrong (section "Lower clauses left to the filter")
    main_ids = {id(event) for event in main}
    lower: list[Event] = []
    for _, event in coded:
        if id(event) in main_ids:
            continue
        marked = replace(event, rule=(event.rule or "") + LOWER_CLAUSE_NOTE)
        if features_out is not None and id(event) in features_out:
            features = features_out.pop(id(event))
            features["lower_clause"] = 1.0
            features[f"lower_clause|root={event.code[:2]}"] = 1.0
            if id(event) in left_ids:
                features["background_noun"] = 1.0  # issue #9 drops21 (above)
            if (model := load_filter()) is not None and event.confidence:
                # session 27 (filter27's finding): the confidence is the model's score of the
                # features the event ends with, those the filter was trained on (an event
                # with a no-event code keeps its 0)
                marked = replace(marked, confidence=model.confidence(features))
            features_out[id(marked)] = features
        lower.append(marked)
        if POLICY_TRACE is not None and not clears(marked, 0.0):
            _traced([marked], [], "lower clause, under LOWER_CLAUSE_FLOOR", _start)
    kept = _traced(main + lower, one_per_tuple(main + lower), "one per tuple", _start)
    if proposer is not None:
        taken = tried | consumed | content | framed_governors | used_instruments
        taken |= {m.trigger.i for m in matches} | {m.holder.i for m in matches}
        # and never at a word an event already coded stands on (the evaluative rules' too)
        spans = [(e.trigger_start, e.trigger_end) for e in kept if e.trigger_start is not None]
        kept += _proposed_events(
            sent, doc, resolver, lexicon, proposer, taken, spans, verbal, least, kept,
            features_out=features_out,
        )  # fmt: skip
    return kept


# issue #9 drops50: when a tool sets this to a dict (scripts/docgold_misses.py), the policy step
# that removed each candidate, by its trigger's character offset (first reason only); None, the
# default, records nothing
POLICY_TRACE: dict[int, str] | None = None


def _traced(before: list, after: list, reason: str, start=None) -> list:
    """``after``, with the candidates of ``before`` it lacks recorded in ``POLICY_TRACE`` under
    ``reason`` (matches by trigger; events with ``start=_start``)."""
    if POLICY_TRACE is not None:
        kept = {id(x) for x in after}
        for x in before:
            if id(x) not in kept:
                at = start(x) if start is not None else x.trigger.idx
                POLICY_TRACE.setdefault(at, reason)
    return after


def _start(event: Event) -> int | None:
    return event.trigger_start


# issue #9 lead21: a lower clause's event (``code_sentence``) is kept from this confidence up,
# above the filter's own threshold: cross-validated on the free docgold, lower clauses at the
# plain threshold gave recall +0.008 and precision -0.006 but took the GSR sentence set's F1
# from 0.764 to 0.710; at 0.6, recall +0.005, precision -0.003, GSR 0.759. Session 27: that
# was with the lower-clause flags left out of the score (filter27); scored on them, 0.6 gives
# the free docgold of 0.7 before (2,554 / 479 against 2,555 / 481) and GSR 0.764; 0.5 gives
# +11 / +7 and GSR 0.755
LOWER_CLAUSE_FLOOR = 0.6
# issue #9 drops21: agreements and cooperation (a background noun of these is left to no filter)
STANDING_TIE_ROOTS = ("05", "06")
LOWER_CLAUSE_NOTE = "; lower clause: left to the filter"


def required_confidence(event: Event, threshold: float, *, floor: bool = True) -> float:
    """The confidence ``event`` needs at ``threshold``: the threshold and, for a lower clause's
    event, ``LOWER_CLAUSE_FLOOR`` too (unless ``floor`` is off: the filter's own examples are
    every candidate)."""
    if floor and event.rule and LOWER_CLAUSE_NOTE in event.rule:
        return max(threshold, LOWER_CLAUSE_FLOOR)
    return threshold


def clears(event: Event, threshold: float, *, floor: bool = True) -> bool:
    """Whether ``event`` is kept at ``threshold`` (:func:`required_confidence`)."""
    if event.confidence is None:
        return True
    return event.confidence >= required_confidence(event, threshold, floor=floor)


def _proposed_events(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    model: ProposerModel,
    taken: set[int],
    spans: list[tuple[int, int]],
    verbal: set[int],
    least: int,
    kept: list[Event],
    *,
    features_out: dict[int, dict[str, float]] | None = None,
) -> list[Event]:
    """Events at the tokens the learned proposer suggests (issue #9 proposer), through its
    generic frame, under the sentence's policy: never at a token a lexicon entry tried, never
    a noun that is an argument of a verbal event, never in a clause below the sentence's own
    events; a plain statement (010) only when nothing more specific is coded."""
    found: list[tuple[int, Event]] = []
    used: set[int] = set()
    for tok, root, p in proposals(sent, doc, resolver, lexicon, model, taken, spans):
        if tok.pos_ == "NOUN" and _argument_of(tok, verbal):
            continue
        depth = -1 if _inside_condition(tok) else background_depth(tok)
        if kept and least >= 0 and depth > least:
            continue
        speech = in_quote(doc, tok.idx) or reported(tok)
        entry, (obj, word) = proposed_entry(tok, root, p, speech)
        match = Match(entry=entry, score=0, trigger=tok, holder=tok, prep_obj=obj, prep_word=word)
        for event in _events_for(
            match, sent, doc, resolver, used, depth=depth, features_out=features_out
        ):
            found.append((depth, event))
    if any(e.code != RESIDUAL_STATEMENT for e in kept) or any(
        e.code != RESIDUAL_STATEMENT for _, e in found
    ):
        found = [(d, e) for d, e in found if e.code != RESIDUAL_STATEMENT]
    if not kept and found:
        least = min((d for d, _ in found if d >= 0), default=-1)
        found = [(d, e) for d, e in found if d in (least, -1)]
    return one_per_tuple([e for _, e in found])
