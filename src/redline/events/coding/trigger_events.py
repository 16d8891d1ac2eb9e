"""``_events_for``: one trigger's candidate events, actor pair by actor pair, with every drop
and repair in order (one function of about 1,200 lines; splitting it is a later step).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from redline.events.arguments import (
    FIRST_PERSON,
    ActorResolver,
    Argument,
    conjuncts,
    in_country,
    in_work_title,
    main_country,
)
from redline.events.cameo import load_cameo
from redline.events.coding.clauses import (
    _gap_object,
    _is_passive,
    _legislation,
    _of_object,
    _one_name,
    _prep_object,
    _same_side,
    _whether_clause,
)
from redline.events.coding.context import _sense_context, _sense_object, _trigger_preps
from redline.events.coding.denials import (
    _admits_no_own_act,
    _arrival_host,
    _author_argument,
    _counterfactual,
    _denied_argument,
    _denied_author,
    _enabled_by_measure,
    _handed_demand,
    _home_visit,
    _inquiry_by_title,
    _insisted_fact,
    _judicial,
    _left_unanswered,
    _litigant,
    _location_target,
    _market_demand,
    _meeting_forecast,
    _names_no_one_asked,
    _nearest,
    _negated_generic_noun,
    _on_a_motion,
    _only_able,
    _only_possible,
    _own_side_of_border,
    _party_asked,
    _press,
    _press_programme,
    _prevented,
    _quote_speaker,
    _remembered_noun,
    _ruling_content,
    _seat_host,
    _speaker_argument,
    _subjectless_post,
    _suit_accused,
    _thank_you,
    _trip_traveller,
    _unbound_targets,
    _undone,
    _visited_place,
    _voting_body,
    court_target,
)
from redline.events.coding.flags import (
    _announced_why,
    _calls_a_race,
    _cannot_assent,
    _claimed_subject,
    _claims_own_act,
    _committing,
    _done_in_saying,
    _exercise,
    _generic,
    _looking_forward,
    _no_longer,
    _performative,
    _preparing,
    _said_conditionally,
    _same_person,
    _several_countries,
    _stance_refused,
    _threat_condition,
    _time_for,
    _unsaid,
    announcement,
    is_conditional,
    is_negated,
    obligation,
    reporter,
)
from redline.events.coding.frames import _called_to_go
from redline.events.coding.guards import (
    TERROR_ATTACK_NOUNS,
    _among_themselves,
    _at_each_other,
    _at_home,
    _bill_asked_for,
    _caller_on_verb,
    _charge_listed_as_clause,
    _charge_noun,
    _charge_venue,
    _charged_party,
    _clause_allegation,
    _conference_partner,
    _each_other,
    _ethics_probed,
    _foreign_place,
    _generic_in_condition,
    _generic_plural,
    _home_business,
    _home_court,
    _home_critics,
    _home_legislature,
    _hoped_actor,
    _inside_condition,
    _leader_to_go,
    _mediated_party,
    _misread_pressure,
    _newsgatherer,
    _nominal_with_no_target,
    _own_government,
    _paid_to_settle,
    _pair_together,
    _part_taken_in,
    _participle_after_preposition,
    _participle_read_as_complement,
    _participle_subject,
    _partner_elsewhere,
    _pressed_party,
    _pressure_yielded_to,
    _reaction_drawer,
    _released_on_bail,
    _request_answerer,
    _rolled_back_rules,
    _same_preposition_again,
    _sanctioned_party,
    _side_visit,
    _signed_together,
    _status_holders,
    _terror_attack_places,
    _threat_condition_subject,
    _told_abroad,
    _told_to_act,
    _two_countries,
    _verb_in_a_name,
    _verdict_indictment,
)
from redline.events.coding.nesting import (
    _act_as_category,
    _claimed_act,
    _disowned_thought,
    _inside_claimed_content,
)
from redline.events.coding.output import _antecedent_spans, _words_of, coded_event
from redline.events.coding.partners import (
    COMPLAINED_TO_PREPS,
    COMPLAINT_CODE,
    _accepted_actor,
    _aid_purpose_object,
    _arranged_meeting,
    _arranging_verb,
    _attack_maker,
    _complained_of,
    _concern_clause_subject,
    _earlier_meeting_sides,
    _fronted_partner,
    _investigated_not_investigator,
    _investigator_named,
    _investigator_told,
    _kin,
    _meeting_attendee,
    _meeting_partner,
    _object_owner,
    _owner_arguments,
    _pact_members,
    _partner_complement,
    _poll_share,
    _prospective_noun,
    _scheduled_meeting,
    _talks_holders,
    _their_sides,
    _thing_makers,
    _tour_stops,
    _trade_partner,
)
from redline.events.coding.rescues import (
    _allowed_measure,
    _home_promisee,
    _measure_makers,
    _reaching_measure,
    _reproach,
)
from redline.events.coding.sides import (
    _agentless_participle,
    _attack_noun_attacker,
    _called_for_thing,
    _clause_candidates,
    _clause_meeting_sides,
    _clause_teller,
    _considered,
    _country_body,
    _court_of_a_suit,
    _entered_country,
    _hyphen_pair_sides,
    _let_source,
    _noun_source,
    _particle,
    _passive_authority,
    _passive_instrument,
    _passive_place_source,
    _promise_before,
    _reporting_authority,
    _stray_authority_agent,
    _striker,
    _summit_body,
    _summoning_body,
    _teller_after_quote,
    _warns_of_others,
    find_source,
    find_target,
)
from redline.events.coding.speech import (
    _act_said_undone,
    _asked_clause,
    _denied_outright,
    _hacking_alleged_by,
    _investigated_parties,
    _law_enforcer,
    _main_subject,
    _no_evidence_of,
    _own_act_denied,
    _own_side_subject,
    _political_quarrel,
    _resolution_voters,
    _speaks_for,
    _whether_conjunct,
)
from redline.events.coding.vocabulary import (
    ALLEGATION,
    ALLEGER_ROUTES,
    AMONG_HOW,
    CALL_NOUNS,
    COMMIT_ENTRY,
    COMMIT_YIELD_ENTRY,
    CONSIDER_CODE,
    COURT_ACTIONS,
    COURT_RELIEF,
    COURT_WORDS,
    CRIME_INVESTIGATION,
    CRITICISED_ENTRY,
    DEMAND_NOUNS,
    DENIAL_CODE,
    DENIAL_CODES,
    DENIED_ALLEGATION_ENTRY,
    ETHICS_PROBE_CODE,
    FORCE_ROOTS,
    INANIMATE_SOURCES,
    INSIDE_IF_CLAUSE,
    INVESTIGATE,
    INVESTIGATION_ROOT,
    INVESTIGATOR_HOW,
    JOINT_WITH_NOUNS,
    LAST_ATTACKER,
    LEFT_ABROAD,
    MEASURE_REACH,
    OBLIGATION_ENTRY,
    PASSIVE_PARTICIPLE_AGENT,
    PASSIVE_PARTICIPLE_HEAD,
    PROMISED_NOUNS,
    REFLEXIVES,
    REQUEST_CODE,
    RESIDUAL_STATEMENT,
    SELF_PRONOUNS,
    SHOULD_ENTRY,
    TIME_FOR_ENTRY,
    TOLD_ACROSS,
    UNDER_NOUNS,
    UNURGED_VERBS,
    VISIT_CODES,
    Match,
)
from redline.events.filter import IMPLIED_ATTACKER, event_features, load_filter
from redline.events.framing import FALLBACK, POSSIBILITY, governed_code, reframe
from redline.events.letters import LETTER_ROOTS, letter_parties
from redline.events.owners import ASKING_NOUNS
from redline.events.senses import check_sense
from redline.model import Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# issue #9 codes45: intent governors that promise an act to one's public ("pledged to ban
# all Muslims"): with no actor as the act's target, the act promised is the event, no threat
# issue #9 codes45: verbs whose denial rules out the act they take ("wouldn't recommend
# prosecuting her", "does not plan to charge him"); not "will not hesitate to attack"
RULING_OUT_GOVERNORS = frozenset(
    {"recommend", "seek", "plan", "intend", "want", "decide", "expect", "try", "pursue"}
)
PLEDGED = re.compile(r"governed by '(?:pledg|promis|vow|swor|swear)", re.I)
# Undirected events of these roots take the country where they happen as target.
LOCATION_TARGET_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# telling the press something by phone is a statement, not a consultation with the press
TELLING = frozenset({"tell", "inform", "assure", "brief", "warn", "urge", "ask"})
# issue #9 recall14: nor is speaking to it ("spoke to reporters", "talked to Reuters")
SPEAKING = frozenset({"speak", "talk"})
# a plea is made to the prosecuting side: the court, prosecutor or special counsel named nearest
PLEA_LEMMAS = frozenset({"plead"})
# object pronouns for people: "Kim had insulted him" never has Kim as both sides (not reflexive)
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
HALTED = re.compile(r"governed by '(?:stop|cease|halt)", re.I)


# issue #9 recall31: a feeling told by a participle the parser reads as a passive verb ("was
# disappointed with T", "were encouraged by T"): the one who feels it is the passive subject, and
# a "by" phrase names what they feel it about, not who acted
# issue #9 read24: the verbs of "S is pleased (that) T ..." (evaluative.yml, target: clause)
FEELING_VERBS = frozenset({"be", "feel", "remain"})
# issue #9 prec41: verbs of wishing whose clause names who is to act ("hopes T will act"), and
# the appeal root they are coded with
WISH_VERBS = frozenset({"hope", "wish"})
APPEAL_ROOT = "02"


WARNING_CODE, CRITICISM_CODE = "130", "111"
# the start of the conditional rule of a trigger in a whether-clause (``_asked``)
WHETHER_QUESTION = "question: 'whether'"


# One event implies another the other way round: a host's guest visits (043 -> 042), and
# security forces clashing with rioters (read 175 by the sense rules) face a riot (145).
IMPLIED_REVERSE = {("043", "043"): "042", ("145", "175"): "145"}
# "A met with B" is listed once, A -> B, as the annotation guideline and the GSR do (consultations
# are symmetric: the document scorer counts 04x either way); "A and B met" stays both ways, and
# so do talks and mediation.
ONE_WAY_MEETINGS = frozenset({"040", "041", "042", "043"})  # talks (046) stay both ways
OWN_ACT_CLAIM = "015"  # claim responsibility
# Codes CAMEO has but the annotation guideline does not list as events: confidence 0, so the
# default threshold drops them ("declined to comment", "did not respond to a request for comment")
NO_EVENT_CODES = {"011": "no event: declining to comment (guideline §1)"}


# issue #9 precision8: the generic claim entry (110 "S alleged that T ...") is an accusation only
# when the claimed clause is about another actor: "claimed to be in contact with Kushner" is a
# claim about oneself, "claimed the documents were privileged" one about a state of affairs.
CLAIM_VERBS = frozenset({"allege", "claim", "assert", "contend"})
GENERIC_CLAIM = "110"


# Intents, threats and refusals carry their own condition ("willing to withdraw if ...",
# "... if Iran strikes", "... unless ..."): the statement is made, its content is conditional.
CONDITIONED_ROOTS = frozenset({"03", "12", "13"})


SHOW_OF_FORCE, JOINT_EXERCISE = "150", "062"
# issue #9 read25: roots whose act announced as not to happen is no threat (no refusal code)
NEGATED_INTENT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


PRESSURE_CODE = "100"


# issue #9 frames26: calls on someone to step down told as the object of a verb of facing or
# resisting them ("Johnson defied calls by some legislators to step down", "faced growing calls
# from fellow Democrats to resign"): the callers appeal to that verb's subject (0241)
CALLS_TO_GO_CODE = "0241"


# issue #9 recall33: the lexicon's "go to conference with" (036): a chamber of a legislature
# agrees to reconcile a bill with the other one
CONFERENCE_WITH = "S voted to go to conference with T"


WORK_FOR_CODE = "061"
WORK_NOUNS = frozenset({"work"})
DID_WORK_FOR = "S did work for T (another country's)"  # issue #9 recall34: the verb's entry
# issue #9 recall29: "paid T $X": coded only when the one paid is named before the sum
PAID_TO = "S paid T $X (for work)"
PAID_PATTERNS = frozenset({PAID_TO, "S paid $X to T"})
# the lexicon's entries coded only with the one acted on resolved ("declined to answer T")
NAMED_TARGET_PATTERNS = frozenset({"S declined to answer T"})
QUESTION_WORDS = frozenset({"question", "questions", "query", "queries", "inquiry", "inquiries"})


# issue #9 speech9: "the tech companies need to do more", "Beijing should respect the ruling":
# what someone should or needs to do, said by another, is an appeal to them (020) even when the
# lexicon has no wording for the act; the speaker's own side ("we should") is urged by no one
UNNAMED_SUBJECTS = frozenset({"it", "this", "that", "you", "one", "no one", "nobody", "anyone"})


SHARED_POST = "S shared T's post"
ALLOWED_MEASURE = "S allowed T's measure to take effect"


# issue #9 recall14: judgements of a bill (support 05, criticism 11, rejection 12) aim at its
# makers; the nouns that name a bill, and the words that make a package or an overhaul one
BILL_JUDGING_ROOTS = frozenset({"05", "11", "12"})
# issue #9 actors27: yielding over a bill ("dropped their opposition to the measure, which
# amends a decades-old law") yields to its legislature; not a release (084: the lexicon's
# "release" of people, which a bill put out also matches)
BILL_YIELDING_CODES = frozenset({"080", "081", "082", "083"})
OWNED_TARGET_ROOTS = frozenset({"05", "11", "12"})
YIELD_ROOT = "08"  # yielding to a demand is yielding to whoever made it
LOBBYING_NOUNS = frozenset({"lobbying"})  # judging a thing judges its owner
# issue #9 recall32: the verb too ("manufacturers have lobbied heavily against it")
LOBBYING_VERBS = frozenset({"lobby"})


BILL_APPEAL_ROOTS = frozenset({"02", "10"})  # appeals, demands


# issue #9 unres33: mediation (guideline: the mediator is the source, a party the target)
MEDIATION_CODES = frozenset({"045", "039"})


# issue #9 recall34: the lexicon's rolled-back regulations (081): a government repealing,
# reversing or suspending its own rules eases what binds the country's businesses
REGULATION_ROLLBACK = "S repealed the regulations (T: the country's businesses)"


# issue #9 recall34: the lexicon's protected status told as "the program" or "it": only for a
# people's nationals ("for Honduran immigrants", "for citizens of South Sudan")
STATUS_PROGRAM = "S extended the status program for T (nationals)"
# issue #9 frames24: "Speaking in Tokyo on Monday, Trump renewed his warning": speaking in a
# foreign country's city is being there on a visit (042, as the document gold codes it)
SPOKEN_ABROAD = "Speaking in T (a foreign city), S ..."
STOPPED_ABROAD = "S stopped in T (a foreign city)"
ABROAD_PATTERNS = frozenset({SPOKEN_ABROAD, STOPPED_ABROAD, LEFT_ABROAD})


# issue #9 frames26: the lexicon's "hoped the president would remain open-minded" (020)
HOPED_ACT = "S hopes T will act"


# issue #9 reader: appeals and demands for a change in leadership ("called for the prime
# minister's resignation"): the one to go is the possessor of the resignation
LEADERSHIP_CODES = frozenset({"0241", "1041", "1241", "1411"})

# issue #9 read51h: appeals for reform (024) or a leader's going (0241) whose object's "of"
# phrase names whom the appeal is to
REFORM_APPEALS = ("024", "0241")


def _placed_as_source(target: Argument | None, source: Argument | None) -> Argument | None:
    """A target a passive's place put in that place's country ("the act's place"), put in the
    country of ``source``, one of the places joined in that phrase."""
    if target is None or source is None or target.actor is None or source.actor is None:
        return target
    country = source.actor.country
    if (
        not country
        or "the act's place" not in (target.rule or "")
        or target.actor.country == country
    ):
        return target
    return replace(
        target,
        actor=in_country(target.actor, country),
        rule=f"{target.rule} (a place joined to it: {source.text!r} -> {country})",
    )


def _events_for(
    match: Match,
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    used: set[int],
    *,
    depth: int = 0,
    features_out: dict[int, dict[str, float]] | None = None,
    note: str = "",
) -> list[Event]:
    entry, trigger = match.entry, match.trigger
    if _inside_claimed_content(trigger):
        return []  # issue #9 readout12: "rejected claims Israel had attacked Syria"
    if _disowned_thought(trigger):
        return []  # issue #9 kinds43: "we don't want people thinking that soldiers beat ..."
    if entry.pos == "verb" and _act_as_category(trigger):
        return []  # issue #9 kinds44: "insulting the president is a criminal offence"
    if entry.pos == "noun" and in_work_title(trigger):
        return []  # issue #9 lead42: "the BBC's Breakfast with Frost show" is no breakfast
    if entry.pos == "noun" and _negated_generic_noun(trigger):
        return []  # "Baume was never at meetings between them": no happening is told
    if entry.pos == "noun" and entry.code[:2] == "04" and _meeting_forecast(trigger):
        return []  # issue #9 leftovers55: "the talks could last weeks": no meeting held
    if entry.pos == "verb" and _charge_listed_as_clause(trigger):
        return []  # lead's read51: "accused X of crimes, including espionage, insulting Y"
    if entry.pos == "verb" and _verb_in_a_name(trigger):
        return []  # lead's read51: "The Committee to Protect Bloggers designated ..."
    if entry.pos == "noun":
        src_tok, src_how = _noun_source(trigger)
        if src_how == "poss" and match.prep_obj is None and _charge_noun(match):
            src_tok, src_how = None, ""  # "Manafort's indictment": the one charged (below)
        if entry.origin == ALLEGATION and src_how.split(" ")[0] not in ALLEGER_ROUTES:
            src_tok, src_how = None, ""  # only an accuser the noun's own phrase names
    else:
        src_tok, src_how = find_source(trigger)
        if src_how.startswith("advcl^") and (teller := _teller_after_quote(trigger)) is not None:
            src_tok, src_how = teller, "subject of the reporting verb (participle after the quote)"
        if entry.swap and (drawer := _reaction_drawer(trigger)) is not None:
            src_tok, src_how = drawer  # "shared the videos, drawing condemnation from Britain"
    if entry.code[:2] == SUPPORT_ROOT and _poll_share(trigger, src_tok, match.prep_obj):
        return []  # issue #9 kinds43: "43% of Ohio voters support Strickland": a poll figure
    if src_tok is not None and src_tok.pos_ == "PRON" and _gap_object(trigger) is not None:
        # issue #9 recalla: "the Treasury cut off a bank it accused of ...": the pronoun is
        # whoever the clause the noun belongs to is about, not the noun itself
        main = _main_subject(trigger.head)
        if main is not None:
            src_tok, src_how = main, f"relcl pronoun '{src_tok.text}'->main subject"
    passive_relcl = src_how.endswith("passive relcl")
    if entry.pos == "verb" and _participle_after_preposition(trigger):
        src_tok, src_how = None, ""  # lead's read51: "founded by assassinated former PM X"
    if src_tok is None and entry.pos == "verb" and _is_passive(trigger):
        stray = _stray_authority_agent(trigger, entry, resolver)
        if stray is not None:  # held53: "arrested in connection with X by Singapore police"
            src_tok, src_how = stray, "agent(by, on a noun of the verb's phrase)"
            used.add(stray.i)
        else:
            src_tok, src_how = _entered_country(trigger)
    if src_tok is None and entry.pos == "verb" and _is_passive(trigger):
        teller = _reporting_authority(trigger, entry)
        if teller is not None:
            told = resolver.argument(teller, "teller of its own act")
            if told.actor is not None and told.actor.country:
                src_tok, src_how = teller, "the authority telling of its own act"
    violent = entry.code[:2] in ("18", "19", "20")
    if src_tok is None and violent and entry.pos == "verb" and _is_passive(trigger):
        src_tok, src_how = _striker(trigger)
    if src_tok is None and entry.pos == "verb" and _is_passive(trigger):
        instrument = _passive_instrument(trigger)
        if instrument is not None and _court_of_a_suit(trigger, instrument):
            instrument = None  # issue #9 kinds44: "was sued in an Ecuadorean court"
        if instrument is not None:
            src_tok, src_how = instrument, f"instrument({instrument.head.text})"
            used.add(instrument.i)
    if src_tok is None and entry.pos == "verb" and _is_passive(trigger):
        src_tok, src_how = _passive_place_source(trigger, resolver)
    if src_tok is None and entry.pos == "verb":
        src_tok, src_how = _let_source(trigger, src_tok, src_how)
    if violent and src_tok is not None and (struck := _attack_noun_attacker(src_tok)) is not None:
        # issue #9 violent54: "killed in Tuesday's attack in Tunis": not Tunisia's act
        src_tok, src_how = struck

    if src_tok is None and _side_visit(match):
        src_tok, src_how = _participle_subject(trigger)
    if entry.code in VISIT_CODES and trigger.lemma_.lower() in TRIP_VERBS:
        traveller = _trip_traveller(trigger, src_tok)
        if traveller is None:
            return []  # "took the case to the Supreme Court": no visit
        src_tok, src_how = traveller
    tgt_tok, tgt_how = find_target(match, src_tok)
    if entry.pos == "noun" and (sides := _their_sides(trigger)) is not None:
        # issue #9 drops26: "Trump asked Putin during their talks": the two of "their"
        (src_tok, tgt_tok), src_how, tgt_how = sides, "their talks: subject", "their talks: object"
    if entry.pos == "verb" and _participle_read_as_complement(trigger):
        # "Xi told visiting U.S. President Donald Trump": Trump visits Xi's side; any other
        # event so misread is no one's act
        visitor = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        host, host_how = find_source(trigger.head)
        if entry.code not in VISIT_CODES or visitor is None or host is None:
            return []
        src_tok, src_how = visitor, "visiting (an adjective the parser read as a verb)"
        tgt_tok, tgt_how = host, f"the host: {trigger.head.lemma_}:{host_how}"
    if entry.pos == "verb" and _misread_pressure(trigger):
        # issue #9 recall17: "yielded to pressure from the FBI": the pressure is from them
        presser, _ = _prep_object(trigger, ("from",))
        src_tok, src_how, tgt_tok, tgt_how = presser, "pressure from", src_tok, "yielded to it"
    if (
        entry.pos == "noun"
        and entry.code in (PRESSURE_CODE, CRITICISM_CODE)
        and trigger.lemma_.lower() in UNDER_NOUNS
        and entry.origin == "nominals.yml"
    ):
        # issue #9 recall15: "resigned under pressure from Trump": pressure is told as an event
        # only with the one pressed ("faces pressure from S" is the verb's entry)
        pressed = _pressed_party(trigger)
        if pressed is None:
            return []
        tgt_tok, tgt_how = pressed
    if (
        entry.pos == "noun"
        and entry.code == CALLS_TO_GO_CODE
        and entry.origin == "nominals.yml"
        and trigger.lemma_.lower() in CALL_NOUNS
    ):
        called = _called_to_go(trigger)
        if called is None:
            return []  # "calls to step down" with no one facing them in the sentence
        tgt_tok, tgt_how = called
        if src_tok is None and (caller := _caller_on_verb(trigger)) is not None:
            src_tok, src_how = caller, "by (on the facing verb)"
    ethics_probe = False
    if _nominal_with_no_target(entry, ETHICS_PROBE_CODE):
        probed = _ethics_probed(trigger)
        if probed is None:
            return []  # a committee investigation no lawmaker is told facing
        tgt_tok, tgt_how = probed
        ethics_probe = True
    answered = False
    if _nominal_with_no_target(entry, REQUEST_CODE):
        answer = _request_answerer(trigger)
        if answer is None:
            return []
        tgt_tok, tgt_how = answer
        answered = True
        if src_tok is None and (maker := _of_object(trigger)) is not None:
            # issue #9 near30: "at the request of police": the "of" object made the request
            src_tok, src_how = maker, "at the request of"
    plain_claim = entry.code == GENERIC_CLAIM and trigger.lemma_.lower() in CLAIM_VERBS
    if plain_claim:
        tgt_tok, tgt_how = _claimed_subject(trigger)
        if tgt_tok is None:
            return []  # "West claimed to be in communication with ...": no one is accused
    if entry.pattern == CONFERENCE_WITH:
        # issue #9 recall33: "voted to go to conference with the Senate": the other chamber
        tgt_tok, tgt_how = _conference_partner(match), "with (go to conference)"
        if tgt_tok is None:
            return []  # "went to conference" with no one named: no talks with anyone
    sources = resolver.arguments(src_tok, src_how) if src_tok is not None else []
    if ethics_probe and not any(a.actor is not None for a in sources):
        # "pending a congressional ethics investigation": no investigator named, the
        # legislature of the article's country (its ethics committee)
        sources = [
            replace(a, how="ethics investigators", rule=a.rule.replace("a bill", "an ethics probe"))
            for a in _home_legislature(trigger, resolver)
        ] or sources
    if entry.pattern == PACT_TALKS and not src_how.startswith("their talks"):
        # issue #9 frames30b: "U.S.-China talks": the hyphenated pair before the noun talks
        sources = _hyphen_pair_sides(trigger, resolver) or _pact_members(trigger)
        if not sources and (held := _talks_holders(trigger)) is not None:
            # issue #9 recall33: "Democrats and Republicans will continue negotiations", "Lee
            # and Rubio are in negotiations": the coordinated subject talks among itself
            sources = resolver.arguments(
                held, f"talks held by the coordinated subject ({held.text})"
            )
            if len([a for a in sources if a.actor is not None]) < 2:
                sources = []
        if not sources:
            return []  # "Talks on the bill dragged on": no party the book can name
    if src_how.endswith("stray-conj-subject"):  # not the first clause's noun it hangs on
        sources = [resolver.argument(src_tok, src_how)]
    if entry.origin == MEASURE_REACH:
        src_tok = _reaching_measure(trigger)
        sources = _measure_makers(src_tok, resolver) if src_tok is not None else []
        if not sources:
            return []  # a ban whose maker the article does not name
    if violent and entry.pos == "verb" and src_tok is not None:
        sources = _attack_maker(src_tok, sources, trigger, resolver)
    if (
        src_tok is not None
        and src_tok.lemma_.lower() in INANIMATE_SOURCES
        and all(s.actor is None for s in sources)
        and (makers := _thing_makers(src_tok))
    ):
        # issue #9 drops26: "a tweet that Trump sent attacking them", "the group announced a
        # campaign targeting ...": the thing's maker acts through it
        how = f"maker of the {src_tok.lemma_.lower()}"
        sources = [a for m in makers for a in resolver.arguments(m, how) if a.actor is not None]
    if src_tok is not None and sources and not entry.swap and all(s.actor is None for s in sources):
        # issue #9 owner40: "the advocacy effort by conservative groups could convince ...": its
        # owner acts (not a swapped frame: "such a move by Trump would anger them" aims at no one)
        sources = _owner_arguments(src_tok, "source", [], resolver) or sources
    if (
        src_tok is not None
        and src_tok.lemma_.lower() in INANIMATE_SOURCES
        and all(s.actor is None for s in sources)
    ):
        return []  # "The 1799 Logan Act bars ...", "the ban violates ...": a thing acts on no one
    if src_tok is not None:
        sources = _resolution_voters(src_tok, src_how, sources, sent, resolver) or sources
    # (the phrase of a noun a passive participle describes holds the participle's own "by"
    # actor: "a view long held by U.S. diplomats" is no one's, so only the noun's own words)
    deep = tgt_how != PASSIVE_PARTICIPLE_HEAD and not _called_for_thing(entry, trigger, tgt_how)
    targets = resolver.arguments(tgt_tok, tgt_how, deep=deep) if tgt_tok is not None else []
    if tgt_tok is not None and tgt_how == f"pobj({match.prep_word})" and entry.code[:2] == "04":
        for again in _same_preposition_again(trigger, tgt_tok):
            targets += resolver.arguments(again, f"{tgt_how}<-again", deep=deep)
    if tgt_how == "pobj(in)" and entry.code[:2] in ("03", "04"):
        targets = _summit_body(trigger, resolver) or targets
    if plain_claim and tgt_tok.pos_ == "NOUN" and all(t.actor is None for t in targets):
        return []  # "claimed the documents were subject to privilege": a state of affairs
    if src_tok is None and trigger.lemma_.lower() == "thank":
        sources, targets = _thank_you(match, doc, resolver) or (sources, targets)
    if (
        src_tok is None
        and not sources
        and trigger.lemma_.lower() != "thank"  # _thank_you's to decide
        and _subjectless_post(trigger)
    ):
        # issue #9 briefs28: "Meeting with Chuck and Nancy today", "Just spoke to President
        # Xi": a post with no subject tells what its author does
        sources = [a for a in [_author_argument(trigger, resolver)] if a is not None]

    if (
        entry.code[:2] == INVESTIGATION_ROOT
        and entry.pos == "verb"
        and (asked := _whether_clause(trigger)) is not None
        and (tgt_tok is None or tgt_tok.head.i == asked.i)
    ):
        # issue #9 recall10: "is investigating whether the campaign colluded with Russia":
        # everyone the question is about (a bare "investigate" matched with no object)
        targets = _investigated_parties(asked, "whether", targets, resolver)
    elif tgt_tok is not None and entry.code[:2] == INVESTIGATION_ROOT:
        targets = _investigated_parties(tgt_tok, tgt_how, targets, resolver)
        if entry.pos == "verb" and (also := _whether_conjunct(trigger)) is not None:
            # issue #9 actors26: "is investigating Russia's role in the election and whether
            # there was collusion between Trump aides and the Kremlin": the question joined to
            # the object is investigated too (guideline §10.14: RUS, and the campaign USA)
            targets = _investigated_parties(also, "whether", targets, resolver)

    if entry.pattern == SHARED_POST:
        # issue #9 frames30b: "shared on Twitter anti-Muslim videos posted by a far-right party
        # leader": passing on someone's post endorses its maker (none named: no event)
        maker, how = _noun_source(match.obj) if match.obj is not None else (None, "")
        targets = resolver.arguments(maker, f"maker:{how}") if maker is not None else []
        targets = [t for t in targets if t.actor is not None]
        if not targets:
            return []
    if entry.pattern == ALLOWED_MEASURE:
        # issue #9 frames30b: "the Supreme Court allowed the ban to take effect": the court
        # yields to whoever made the measure (none named: no event)
        measure = _allowed_measure(match)
        targets = _measure_makers(measure, resolver) if measure is not None else []
        if not targets:
            return []
    if not targets and entry.target == "none" and entry.code[:2] in LOCATION_TARGET_ROOTS:
        targets = _location_target(match, resolver)
    if not targets and entry.code in DENIAL_CODES:
        targets = _denied_author(match, resolver)
    elif (
        not targets and entry.target == "none" and entry.code[:2] == "12" and match.obj is not None
    ):
        targets = _object_owner(match.obj, sources, resolver)
    elif (
        not targets
        and entry.target == "none"
        and entry.code in REFORM_APPEALS
        and match.obj is not None
        and (asked := _of_object(match.obj)) is not None
    ):
        # issue #9 read51h: "called for reform of the United Nations", "called for the
        # resignation of the finance minister": the appeal is to whom the reform or the
        # resignation is of (of another side than the one who calls)
        targets = [
            a
            for a in resolver.arguments(asked, f"{match.obj.lemma_.lower()} of")
            if a.actor is not None and not any(_same_side(a, s) for s in sources)
        ]
    elif (
        not targets
        and entry.target == "none"
        and entry.code[:2] == YIELD_ROOT
        and match.obj is not None
        and match.obj.pos_ == "NOUN"
        and match.obj.lemma_.lower() in ASKING_NOUNS
    ):
        # issue #9 unres50: "accepted the opposition's demands", "granted a request from three
        # senators": one yields to whoever made the demand (its owner, of another side); not
        # "reversed Obama's policy" (a predecessor's measure undone: 1 right of 4, free splits)
        targets = _owner_arguments(match.obj, "target", sources, resolver)
    elif (
        not targets
        and entry.target == "none"
        and entry.code[:2] == "07"
        and not any((s.code or "").endswith("LEG") for s in sources)
        and (helped := _aid_purpose_object(match)) is not None
    ):
        # issue #9 read43: "Britain is to give a £4m grant to help women survivors of the
        # genocide": aid given to help someone is aid to them (not a bill's provision: "the
        # bill, which would provide $81 billion to help Puerto Rico", guideline §1)
        targets = resolver.arguments(helped, f"{helped.head.lemma_.lower()}:dobj")
    elif (
        not targets
        and entry.target == "none"
        and entry.code[:3] == "057"
        and (seller := _trade_partner(match.trigger)) is not None
    ):
        # lead's read45: "India signed a $40bn deal to import gas from Iran", "agreed a
        # contract to sell jets to Qatar": who the deal's trade is with is the other party
        targets = resolver.arguments(seller, f"deal to {seller.head.head.lemma_}:pobj")
    elif not targets and entry.target == "none" and _partner_complement(match):
        # issue #9 recall14: "agreed to cooperate with prosecutors", "pledged to work with both
        # parties": the partner of the promised cooperation is its target
        partner, word = _prep_object(match.holder, ("with",))
        targets = resolver.arguments(partner, f"{match.holder.lemma_}:pobj({word})")
    elif not targets and entry.target == "none" and (fronted := _fronted_partner(match)):
        # issue #9 recall20: "the Special Counsel, with whom he continues to cooperate": the
        # noun the relative clause modifies, its "with" fronted onto the governing verb
        targets = resolver.arguments(fronted, "pobj(with)", deep=True)
    elif not targets and entry.target == "none" and (met := _meeting_partner(match)) is not None:
        # issue #9 recall17: "refused to meet with Pence", "canceled a meeting with Trump": the
        # one the meeting refused or called off was to be with
        targets = resolver.arguments(met, "meeting's partner:pobj(with)")
    elif _investigated_not_investigator(match, tgt_tok, targets):
        # issue #9 recall35: "to cooperate with an investigation into possible ties between
        # Russia and the campaign": the partner is who investigates, not who is investigated
        asked = _investigator_named(tgt_tok, resolver) or _investigator_told(
            match, sources, resolver
        )
        targets = [asked] if asked is not None else []
    elif not any(t.actor is not None for t in targets) and (
        asked := _investigator_told(match, sources, resolver)
    ):
        # issue #9 recall19: "The ethics committee said it had begun an investigation ... 'I
        # intend to fully cooperate,' said Kihuen": the one whose investigation is cooperated with
        targets = [asked]
    elif (
        not targets
        and entry.target == "none"
        and (
            told := [
                a
                for a in _earlier_meeting_sides(match, resolver)
                if sources and not any(_same_side(a, s) for s in sources)
            ]
        )
    ):
        # issue #9 recall19: "senators met with Trump ... Nine lawmakers had requested the
        # meeting": the other side of the meeting told in the sentences before
        targets = told[:1]
    elif (
        not targets
        and entry.target == "none"
        and entry.code[:2] in CONCERN_ROOTS
        and (feared := _concern_clause_subject(match, src_tok)) is not None
    ):
        # issue #9/#10 actors15: "voiced concern that the House tax bill could raise taxes":
        # the one the feared clause is about
        tgt_tok, tgt_how = feared, "concern that:nsubj"
        targets = resolver.arguments(feared, tgt_how, deep=True)
        if not any(t.actor is not None for t in targets) and _legislation(feared):
            targets = _home_legislature(feared, resolver) or targets  # "that the bill ..."
    elif not targets and entry.target == "none" and (presser := _pressure_yielded_to(trigger)):
        targets = resolver.arguments(presser, "yielded to pressure from")
    if entry.pos == "noun" and trigger.lemma_.lower() in DEMAND_NOUNS and _market_demand(trigger):
        return []  # "stronger demand from retail investors": buyers' demand, no one's demand
    if (
        entry.code[:2] in ASKED_PARTY_ROOTS
        and _names_no_one_asked(match)
        and not any(t.actor is not None for t in targets)
        and not is_negated(match)[0]
    ):
        # issue #9 recall27: "Cuba had asked for the change", "the White House is seeking
        # additional funds": no one asked is named, so the other party the story names nearest
        handed = _handed_demand(trigger) if entry.pos == "noun" else None
        if handed is not None:
            # issue #9 read44: "Yukos has been presented with a tax demand by the authorities":
            # whom it was handed to
            targets = resolver.arguments(handed, "handed the demand") or targets
        else:
            targets = _party_asked(sent, resolver, sources) or targets
    if (
        entry.code == ARRIVAL_CODE
        and entry.target == "none"
        and trigger.lemma_.lower() in ARRIVAL_VERBS
    ):
        targets = _arrival_host(trigger, resolver, sources)
        if not targets:
            return []  # "the president arrived at the venue": no one visited
    if not targets and entry.code in LEADERSHIP_CODES:
        targets = _leader_to_go(trigger, resolver)
    if (
        tgt_tok is not None
        and targets
        and not any(t.actor is not None for t in targets)
        and entry.code[:2] in OWNED_TARGET_ROOTS
        and tgt_tok.pos_ == "NOUN"
    ):
        # issue #9 recall15: "denied their request", "supporting her nomination": a thing
        # judged whose phrase names no actor is aimed at its owner, when another side
        targets = _object_owner(tgt_tok, sources, resolver) or _kin(tgt_tok, resolver) or targets
    if entry in (COMMIT_ENTRY, COMMIT_YIELD_ENTRY) and not any(
        t.actor is not None for t in targets
    ):
        # issue #9 frames21: "Trump promised to close the carried interest loophole", "Brady
        # agreed to retain the deduction": a promise about the country's own affairs whose act
        # names no actor is made to the promiser's own country (the public, its lawmakers)
        targets = _home_promisee(match, sources, resolver)
    if (
        (not any(t.actor is not None for t in targets) or src_how.startswith("acl-head"))
        and entry.code[:2] in LETTER_ROOTS
        and (letter := letter_parties(trigger)) is not None
    ):
        # issue #9 recall17: "sent a letter to members of the House urging passage", "in a
        # letter to Secretary Nielsen, raised concerns": aimed at the letter's recipient; "wrote
        # to lawmakers urging them": the parse hangs the clause on them, the writer acts
        reader, writer = letter
        targets = resolver.arguments(reader, "letter's recipient") or targets
        if writer is not None:
            sources = resolver.arguments(writer, "letter's writer") or sources
    if (
        tgt_tok is not None
        and targets
        and not any(t.actor is not None for t in targets)
        and (entry.code[:2] in BILL_JUDGING_ROOTS or entry.code[:3] in BILL_YIELDING_CODES)
        and _legislation(tgt_tok)
    ):
        # issue #9 recall14: "Democrats opposed the bill", "will support the tax package": a
        # bill whose maker the text does not name is the article's legislature's
        targets = _home_legislature(tgt_tok, resolver) or targets
    if (
        tgt_tok is not None
        and targets
        and not any(t.actor is not None for t in targets)
        and entry.code[:2] in BILL_APPEAL_ROOTS
        and (bill := _bill_asked_for(tgt_tok)) is not None
        and any(s.actor is not None and s.actor.country == resolver.home for s in sources)
        and not (src_tok is not None and _legislation(src_tok))  # "the bill calls for ..."
    ):
        # issue #9 recall17: "called for bipartisan legislation", "urged passage of the
        # compromise legislation": with no one asked named, the legislature that would pass it
        # (asked by a side of the article's country: its own legislature is the one lobbied)
        targets = _home_legislature(bill, resolver) or targets
    if entry.code == COMPLAINT_CODE and match.prep_word in COMPLAINED_TO_PREPS:
        # issue #9 leftovers55: "filed a complaint with the EEOC against Walmart", "complained
        # to the regulator about British Gas": the one complained of, not the body told
        for about in _complained_of(match):
            held = [
                a for a in resolver.arguments(about, "complained of")
                if a.actor is not None and not any(_same_side(a, s) for s in sources)
            ]  # fmt: skip
            if held:
                targets = held
                break
    if (
        entry.code in MEDIATION_CODES
        and not any(t.actor is not None for t in targets)
        and (party := _mediated_party(trigger, sources, resolver)) is not None
    ):
        # issue #9 unres33: "ceasefire deals brokered by Russia and Turkey in western Syria",
        # "tried to mediate a dispute after ... a boycott of Qatar": the one country the
        # mediating clause names is the side mediated for
        targets = [party]
    if (
        entry.code[:2] == "13"
        and entry.pos == "verb"
        and not any(t.actor is not None for t in targets)
        and (cond := _threat_condition_subject(trigger)) is not None
    ):
        # issue #9 actors27: "threatened to pull out of the pact if Canada did not lower its
        # tariffs": the one the condition asks to act is the one threatened
        held = resolver.arguments(cond, "threat condition:nsubj")
        if any(h.actor is not None and not any(_same_side(h, s) for s in sources) for h in held):
            targets = held
    if not targets and entry.pos == "noun" and trigger.lemma_.lower() in LOBBYING_NOUNS:
        # issue #9 recall15: "intense lobbying by industry groups" in a story about a bill: the
        # lobbied are the legislature of the article's country (guideline §3: the context's actor)
        targets = _home_legislature(trigger, resolver)
    elif (
        entry.pos == "verb"
        and trigger.lemma_.lower() in LOBBYING_VERBS
        and entry.code[:2] == "02"
        and tgt_tok is not None
        and not any(t.actor is not None for t in targets)
    ):
        # issue #9 recall32: "lobbied heavily against the tax": the same, the span the thing
        # lobbied against
        targets = _home_legislature(tgt_tok, resolver) or targets
    if entry.pattern == HOPED_ACT and not _hoped_actor(match, tgt_tok, targets):
        return []  # "hoped the talks would succeed", "hopes others will join him": no one asked
    if entry.pattern in ABROAD_PATTERNS and not _foreign_place(tgt_tok, sources, targets):
        return []  # "speaking in an interview", "in Chinese", "in Washington" (at home)
    if entry.pattern == LEFT_ABROAD and not any(
        s.actor is not None and s.actor.sector == "GOV" for s in sources
    ):
        return []  # "thousands left Syria", "the company left China": no visit
    if entry.pattern == STATUS_PROGRAM and not _status_holders(match):
        return []  # "extended the program for two years", "extended it for farmers"
    if entry.pattern == REGULATION_ROLLBACK:
        rules = _rolled_back_rules(match)
        if rules is None:
            return []  # "suspended implementation of the tariffs", "change the Senate rules"
        targets = _home_business(rules, resolver)
    if not any(t.actor is not None for t in targets) and _on_a_motion(match, tgt_tok):
        targets = _voting_body(sent, resolver) or targets
    if not targets and trigger.lemma_.lower() in PLEA_LEMMAS and entry.code[:2] == "01":
        targets = _nearest(sent, resolver, _judicial, "the prosecuting side") or targets
        if not targets and resolver.home:
            # a plea is entered in a court: with none named, the court of the article's country
            where, where_from = resolver.home, resolver.home_from
            pleader = next((a.actor.country for a in sources if a.actor is not None), None)
            if pleader and pleader != where and pleader == main_country(resolver.mentions):
                # issue #9 actors27: "Manafort pleaded not guilty" in a Frankfurt story about a
                # U.S. inquiry: the pleader's country, which the article is mostly about
                where, where_from = pleader, "the pleader's country, the article's main one"
            why = f"a plea is made in court: {where_from}"
            targets = [_country_body(trigger, where, "JUD", "court", "plea court", "plea", why)]
    if entry.pattern == COURT_RELIEF:
        # "seeking a restraining order against the ministry": the court is asked, not the party
        targets = (
            _nearest(sent, resolver, _judicial, "the court asked")
            or _home_court(trigger, resolver)
            or targets
        )
    agentless = entry.pos == "verb" and _agentless_participle(trigger)
    if not sources and entry.pos == "verb" and (_is_passive(trigger) or agentless):
        sources = _passive_authority(trigger, entry, resolver) or sources
        sources = sources or _summoning_body(trigger, entry, resolver)
    if answered and not any(t.actor is not None for t in targets) and COURT_WORDS.search(sent.text):
        # "a majority that declined a stay of execution request": the court answers it
        targets = court_target(sent, trigger, resolver, sources) or targets
    if entry is DENIED_ALLEGATION_ENTRY and not any(s.actor is not None for s in sources):
        return []  # issue #9 drops27: "denied allegations by former staff members": no one known
    if src_how == PASSIVE_PARTICIPLE_AGENT and not any(s.actor is not None for s in sources):
        return []  # "hackers angered by the publication of cartoons": no one named acted
    if (
        (passive_relcl or agentless)
        and not any(s.actor is not None for s in sources)
        and entry.code != ACCUSE_CODE
    ):
        # issue #9 readout13: a passive relative clause told in passing with no one named who
        # acted ("..., for which he was criticized", "who had been arrested 15 months ago");
        # issue #9 drops50: not an accusation ("Roy Moore, who had been accused of sexual
        # misconduct", "an Islamist accused of masterminding the attack"): the gold codes it
        # from no one to the accused (guideline §16.7: source "" when no accuser is named)
        return []
    if entry.code in COURT_ACTIONS:
        sources = [_litigant(s) for s in sources]
        if not any(t.actor is not None for t in targets):
            targets = (
                _suit_accused(trigger, resolver)
                or court_target(sent, trigger, resolver, sources)
                or targets
            )
    if (
        entry.code[:2] == "04"
        and trigger.lemma_.lower() in TELLING | SPEAKING
        and targets
        and (all(_press(t) for t in targets) or _press_programme(tgt_tok, resolver))
    ):
        return []  # "commanders told AFP by phone": talking to the press is no consultation
    if (
        entry.code[:2] == "04"
        and trigger.lemma_.lower() in SPEAKING
        and sources
        and all(_press(s) for s in sources)
    ):
        # issue #9 prec41: "The Huffington Post spoke with Teachout on its podcast": the press
        # speaking with someone is an interview (the document gold's §26.1), no consultation
        return []
    if entry.target == "clause" and src_tok is not None and targets:
        # skip a clause argument that is the source again ("he will consider NATO ...")
        source_codes = {s.code for s in sources}
        # a claim names its accused as the clause's subject: no other actor deeper in it
        # ("alleged Mahan had contributed ... by supporting Assad" is no claim about Assad);
        # a subject "this" looks on ("claimed this is a move by Johnson to ...")
        named = plain_claim and tgt_tok is not None and tgt_tok.pos_ in ("PROPN", "NOUN")
        if (
            trigger.lemma_.lower() in FEELING_VERBS
            and tgt_tok is not None
            and tgt_tok.lower_ in SELF_PRONOUNS
            and (
                targets[0].code in source_codes
                or tgt_tok.lower_ in ("i", "we")
                or tgt_tok.lower_ == src_tok.lower_
            )
        ):
            # issue #9 read24: "I'm delighted we have beaten the Tories", "pleased I've been
            # given the chance to finish him off": glad of one's own deed, the feeler judges no
            # one it was done to
            return []
        if (
            entry.code[:2] == APPEAL_ROOT
            and trigger.lemma_.lower() in WISH_VERBS
            and tgt_tok is not None
            and tgt_tok.lower_ in SELF_PRONOUNS
            and (targets[0].code in source_codes or tgt_tok.lower_ == src_tok.lower_)
            and not (src_tok.lower_ == "i" and tgt_tok.lower_ == "we")
        ):
            # issue #9 prec41: "officials are hoping they will win the case", "Democrats hope
            # they will gain ground": a wish for one's own deed appeals to no one ("I hope we
            # will not change the rate" speaks for a group, which may be asked: left)
            return []
        if targets[0].code in source_codes or (targets[0].actor is None and not named):
            for cand in _clause_candidates(match):
                if cand.i == src_tok.i:
                    continue
                arg = resolver.argument(cand, f"clause:{cand.dep_}")
                if arg.actor is not None and arg.code not in source_codes:
                    targets = [arg]
                    break
            else:
                # issue #9 precision: "claimed that they had attacked": no target but oneself
                if targets[0].code in source_codes and "who said it" in targets[0].rule:
                    targets = []
    if (
        not sources
        and entry.pos == "verb"
        and _released_on_bail(trigger)
        and any(t.actor is not None for t in targets)
    ):
        sources = _home_court(trigger, resolver, "released on bail with no one named", "bail")
    if (
        entry.pos == "noun"
        and entry.target == "none"
        and entry.reciprocal
        and entry.pattern != PACT_TALKS
    ):
        # issue #9 frames30b: "the U.S.-North Korea summit": the two sides are the hyphenated
        # pair before the noun (a noun with no pair names no partner: not coded)
        sides = _hyphen_pair_sides(trigger, resolver) or _clause_meeting_sides(trigger, resolver)
        if not sides:
            return []
        sources, targets = sides[:1], sides[1:]
    if _verdict_indictment(match):
        return []  # issue #9 codes49: "is an indictment of", "a damning indictment"
    if entry.pos == "noun":
        if entry.target == "none" and not sources and not _charge_noun(match):
            # "Israeli tank shelling": the actor is a modifier of the noun itself
            arg = resolver.argument(trigger, "noun-modifier")
            if arg.actor is not None:
                sources = [arg]
        if match.prep_word == "between" and len(targets) > 1:
            sources, targets = targets[:1], targets[1:]  # "a meeting between Biden and Starmer"
        if not sources and entry is CRITICISED_ENTRY and _at_home(trigger):
            sources = _home_critics(trigger, targets)
        sources = _remembered_noun(trigger, entry, sources, targets, resolver)
        if sources and not targets and _charge_noun(match):
            # issue #9 recall17: "pleaded not guilty to a 12-count indictment by a federal grand
            # jury": the noun names who charges, the verb who is charged
            party = _charged_party(trigger)
            if party is not None:
                targets = resolver.arguments(party, f"charged:{party.dep_}")
        if not sources and _charge_noun(match):
            venue = _charge_venue(trigger, resolver)
            if venue is not None:
                # issue #9 web48: "faces 18 criminal charges in the United States": the country
                # the charges are brought in is who brings them, not whom they are against
                targets = [t for t in targets if not t.how.startswith("location")]
            if not any(t.actor is not None for t in targets):
                party = _charged_party(trigger)
                if party is not None:
                    targets = resolver.arguments(party, f"charged:{party.dep_}")
            if any(t.actor is not None for t in targets):
                sources = [venue] if venue is not None else _home_court(trigger, resolver)
        if _clause_allegation(match) and not any(
            t.actor is not None and not any(_same_side(t, s) for s in sources) for t in targets
        ):
            return []  # issue #9 recall18: an allegation coded only with the accused named
        if entry.code == "163" and entry.target == "none":
            # issue #9 recall18: "Russia, which had been under U.S. sanctions": coded only with
            # the one under them
            party = _sanctioned_party(trigger)
            if party is None:
                return []
            targets = resolver.arguments(party, f"sanctioned:{party.dep_}")
        if not sources and _arranged_meeting(match) and match.prep_word == "with":
            # issue #9 recall30: "he could arrange a meeting with Putin": who arranges it
            arranger, how = find_source(_arranging_verb(trigger))
            if arranger is not None:
                sources = resolver.arguments(arranger, f"arranges the meeting: {how}")
        if (
            not sources
            and (entry.code[:2] == "04" or trigger.lemma_.lower() in JOINT_WITH_NOUNS)
            and (met := _meeting_attendee(trigger))
        ):
            # issue #9 recall17: "he raised the issue during a meeting with Suu Kyi", "as he
            # left a meeting with King Abdullah": who met is the subject of the clause
            sources = resolver.arguments(met[0], met[1])
        if (
            not sources
            and entry.origin != ALLEGATION
            and (lead := _inquiry_by_title(trigger, resolver))
        ):
            # issue #9 recall25: "a special counsel investigation into Russian meddling": the
            # title before the noun runs it; investigated is what the into/of phrase names
            # itself, not the place of the act ("in the U.S. presidential election")
            sources = [lead]
            targets = [t for t in targets if ":party " not in t.how]
        if (
            not sources
            and entry.code[:2] == "09"
            and trigger.lemma_.lower() in ("investigation", "probe", "inquiry")
            and trigger.tag_ == "NN"
            and resolver.home
            and (
                probed := [
                    t
                    for t in targets
                    if t.actor is not None
                    and t.actor.kind == "country"
                    and t.actor.sector != "BUS"
                    and t.actor.country not in (None, "", resolver.home)
                    and ":party " not in t.how
                ]
            )
        ):
            # issue #9 frames46: "pleaded guilty in the probe into alleged Russian meddling",
            # "amid an ongoing probe into Russian interference": one probe of a foreign country's
            # acts that no one is named running is the article's country's (its investigators,
            # JUD), aimed at that country only; the plural ("the various investigations into
            # ...") is several bodies' the text leaves unnamed, and a probe of a company ("into
            # the sale of a Canadian company") is no country's act
            sources = _home_court(trigger, resolver, "a probe into a foreign actor", "probed")
            targets = probed
        if not sources and (taking := _part_taken_in(match)) is not None:
            # issue #9 policy27: "took part in a protest against the decision": who took part
            taker, how = find_source(taking)
            if taker is None and taking.dep_ == "advcl":
                # "was arrested while taking part in a protest": the clause's own subject
                taker = next(
                    (c for c in taking.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                how = f"advcl^{taker.dep_}" if taker is not None else how
            if taker is not None:
                sources = resolver.arguments(taker, f"took part: {how}")
        terror = not TERROR_ATTACK_NOUNS.isdisjoint(entry.lemmas)
        if entry.target == "none" and terror:
            # issue #9 frames48: "the terrorist attacks in Paris and San Bernardino", "the Paris
            # terror attacks": one attack per place struck, the place before the noun no
            # attacker; from no one when the phrase names none (guideline §23.5, §24.2)
            places, struck = _terror_attack_places(trigger, resolver)
            if not struck:
                return []
            spans = [(p.idx, p.idx + len(p.text)) for p in places]
            sources = [
                s
                for s in sources
                if "modifier" not in s.how
                and not any(a <= s.start < b or s.start <= a < s.end for a, b in spans)
            ]
            targets = struck
        # a terror attack implies its attacker: coded from no one
        implied = terror and any(t.actor is not None for t in targets)
        if not sources and entry.origin != ALLEGATION and not implied:
            return []  # a bare noun ("the release of X") is news of an event, not an event
    denial_note = ""
    if entry.speaker and entry.target == "none":
        # issue #9 recalla: "Trump says there was no collusion": the speaker denies (016)
        speaker = _speaker_argument(match, doc, resolver)
        if speaker is None or not _denied_outright(match):
            return []
        if not (entry.objects or entry.preps) and not _own_side_subject(trigger, speaker, resolver):
            # a deed denied (no "no collusion" object): only the speaker's own ("said Germany
            # had not directed it" is no denial by the speaker)
            return []
        sources, targets = [speaker], []
    if (
        entry.code == ADMISSION
        and trigger.lemma_.lower() in ADMIT_VERBS
        and _admits_no_own_act(trigger)
    ):
        return []  # "Corker acknowledged that senators have raised questions": a remark
    if tgt_tok is not None and targets and not any(t.actor is not None for t in targets):
        # issue #9 owner40: "objected to the giant's attempts", "an inquiry into her use of a
        # server", "decried the claims made by Smith": a thing judged is aimed at its owner
        targets = _owner_arguments(tgt_tok, "target", sources, resolver) or targets
    if not sources and not any(t.actor is not None for t in targets) and trigger.dep_ != "ROOT":
        return []  # a side clause naming no actor on either side: too little to code
    if sources and targets:
        targets = _unbound_targets(sources, targets, resolver)
    if entry.speaker and entry.target != "none":
        # a speech act: the one who says it acts on the one spoken of
        if _inside_condition(trigger) or _ruling_content(trigger) or _asked_clause(trigger):
            # issue #9 read26: "troops are on standby in case they need to help evacuate
            # citizens": what someone needs to do under a condition is asked of no one; "urged
            # the judges to overturn the ruling that they had breached human rights": what a
            # ruling found is the court's say, not the one who speaks of the ruling; issue #9
            # accuse40: "called for a probe into whether X colluded": a question, no accusation
            return []
        speaker = _speaker_argument(match, doc, resolver)
        if speaker is None:
            return []
        targets = resolver.arguments(src_tok, src_how, deep=True) if src_tok is not None else []
        undone = _act_said_undone(trigger) if entry.code[:2] == "11" else ""
        own = [t for t in targets if t.actor is not None and _same_side(t, speaker)]
        spoken_for = [
            t
            for t in targets
            if undone and t.actor is not None and t not in own and _speaks_for(speaker, t)
        ]
        own += spoken_for
        targets = [t for t in targets if t.actor is not None and t not in own]
        if not targets and own and entry.code[:2] == "11" and _own_act_denied(trigger):
            # issue #9 drops26: "Russia says it did not interfere", "Trump said his campaign
            # did not collude with Russia": the speaker denies its own side's act (016)
            entry = replace(entry, code=DENIAL_CODE, target="none")
            # issue #9 negation53: "Manafort did not violate a court gag order, his defense
            # lawyer said": denied on the doer's behalf (guideline §19.2)
            whose = "for its doer" if spoken_for else "by its own side"
            denial_note = f"negation53: act denied {whose} ({undone}) -> 016"
        elif not targets and own and entry.code[:2] == "11" and _no_evidence_of(trigger):
            # issue #9 negation53: "there is no evidence that my client colluded with Russia"
            entry = replace(entry, code=DENIAL_CODE, target="none")
            denial_note = f"negation53: no evidence of its side's act ({undone}) -> 016"
        elif not targets:
            return []  # a judgement about no one the text names (or about oneself)
        elif undone:
            # issue #9 negation53: "the watchdog said Iran did not violate the deal", "there
            # was no evidence that the campaign colluded": an act said not done accuses no one
            return []
        sources = [speaker]
    if entry.swap and targets:
        sources, targets = targets, sources  # "T received weapons from S", "T faces pressure"
    if any(_denied_argument(trigger.doc, a) for a in (*sources, *targets)):
        # issue #9 modal40: "condemns Syria and Venezuela but not the Philippines": the actor
        # the text says the act is not aimed at (or not done by) is no party to it
        targets = [a for a in targets if not _denied_argument(trigger.doc, a)]
        sources = [a for a in sources if not _denied_argument(trigger.doc, a)]
        if not targets and not sources:
            return []
    pairs: list[tuple[Argument | None, Argument | None]] = []
    for s in sources or [None]:
        for t in targets or [None]:
            pairs.append((s, t))
    if src_how.startswith("place-of-passive") and len(sources) > 1:
        # lead's read52: "several people had been arrested in Argentina, Bulgaria and Canada":
        # each place holds the people arrested there, not all of them the first place's
        pairs = [(s, _placed_as_source(t, s)) for s, t in pairs]
    if (
        entry.code in VISIT_CODES
        and entry.pos == "noun"
        and targets
        and all(t.actor is None for t in targets)
        and (stops := _tour_stops(trigger))
    ):
        # issue #9 drops26: "his visit to the region, which included stops in Japan and China":
        # the countries of its stops are those visited
        targets = [a for stop in stops for a in resolver.arguments(stop, "tour stop")]
        pairs = [(s, t) for s in sources or [None] for t in targets]
    if (
        entry.code in VISIT_CODES
        and entry.pos == "noun"
        and targets
        and all(t.actor is None for t in targets)
    ):
        return []  # issue #9 nominal: "his tour of the museum" is no visit to anyone
    if (
        entry.code in VISIT_CODES
        and entry.pos != "noun"
        and targets
        and all(t.actor is None for t in targets)
        and (place := _visited_place(trigger, resolver)) is not None
    ):
        # issue #9 web48: "Netanyahu visited the Gush Etzion settlement bloc in the West Bank"
        # with the parse hanging "in the West Bank" on the verb: the place the unnamed site
        # is in is what is visited (a place at home is dropped below as a home visit)
        targets = [place]
        pairs = [(s, place) for s in sources or [None]]
    if entry.code in VISIT_CODES:
        pairs = [(s, _seat_host(t)) for s, t in pairs]
        pairs = [p for p in pairs if not _home_visit(*p)]
        pairs = [p for p in pairs if not _own_side_of_border(*p, resolver)]
        if not pairs:
            return []  # "Mattis will visit the U.S. Northern Command": no event between actors
    one_way = list(pairs)  # a threat, demand, appeal or refusal goes one way only
    if _at_each_other(match, sources, targets) or _pair_together(entry, sources, targets):
        # issue #9 read50: "Armenia and Azerbaijan accused each other"; issue #9/#10 actors20:
        # "the two sides agreed to hold talks": each the other's target
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    elif _signed_together(match, sources, targets):
        # issue #9 read36: "Turkey and Libya signed a maritime border agreement": with each other
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    elif entry.reciprocal:
        if targets and entry.code not in ONE_WAY_MEETINGS:
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
        elif len(sources) > 1 and not _partner_elsewhere(match):
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        elif _among_themselves(entry, src_tok, sources, targets):
            member = replace(sources[0], how=sources[0].how + AMONG_HOW)
            pairs = [(member, member)]
    negated, neg_rule = is_negated(match)
    if denial_note:
        # issue #9 negation53: the negation is what the denial says; the denial itself is
        # asserted (guideline §2: "a denial of responsibility is 016 asserted")
        negated, neg_rule = False, ""
    conditional, cond_rule = is_conditional(match)
    if (
        _prevented(trigger)
        or _enabled_by_measure(trigger)
        or _insisted_fact(match)
        or _counterfactual(match)
        or _only_possible(match)
        or _left_unanswered(trigger)
        or _only_able(match)
        or (entry.pos == "noun" and entry.code[:2] in UNDONE_ROOTS and _undone(trigger))
        or (
            entry.pos == "noun"
            and entry.code[:2] == "05"
            and trigger.lemma_.lower() in UNDONE_SUPPORT
            and _undone(trigger)
        )
    ):
        # issue #9 precision: "bars citizens from negotiating": an act kept from happening is
        # no event (the barring is, coded on its own verb); nor is one a measure only allows
        return []
    promised = ""
    if src_how.startswith("acl-to^") and src_how.split("^")[1] in PROMISED_NOUNS:
        # "reiterated its commitment to support": announced, not done (an intent, 03x)
        promised = f"a {src_how.split('^')[1]} to act"
    elif (vow := _promise_before(trigger)) is not None:
        # issue #9 precision11: "rattled allies with his vow to totally destroy North Korea",
        # the infinitive parsed as a purpose clause of the verb: the vow's, an intent
        promised = f"a {vow} to act"
        if cond_rule == "purpose clause":
            conditional, cond_rule = False, ""
    reported_by = _quote_speaker(doc, trigger.idx)
    in_quote = reported_by is not None
    if entry.speaker:
        reported_by = None  # the speaker's own speech act: told by no one else
    elif reported_by is None:
        rep_tok, rep_verb = reporter(match, resolver)
        if rep_tok is not None:
            rep = resolver.argument(rep_tok, "reporter")
            # the speaker by name ("Vladimir Putin" for "he"), so `--speaker Putin` finds it
            name = getattr(rep.actor, "name", None) if rep.actor is not None else None
            person = rep.actor is not None and getattr(rep.actor, "kind", "") == "person"
            reported_by = name if person and name else rep.text
    cameo = load_cameo()
    sense_code, sense = check_sense(
        trigger.lemma_.lower(),
        entry.code,
        # an implied actor with no words of its own (the court of "was charged", of charges
        # nobody is named bringing) is told by its kind
        " ".join(_words_of(a) for a in (targets if entry.swap else sources)),
        any(a.actor is not None for a in (sources if entry.swap else targets))
        # issue #9 read46: "Armenia and Azerbaijan fought a war": each side is the other's target
        or (entry.reciprocal and sum(a.actor is not None for a in sources) > 1),
        _trigger_preps(trigger),
        _sense_context(
            _sense_object(trigger, resolver),
            trigger,
            targets if entry.swap else sources,
            sources if entry.swap else targets,
            match,
        ),
    )
    if sense_code is not None and match.holder.i != trigger.i and not sense:
        # issue #9 precision: "vowed to kill the bill": the complement's verb and its object
        # carry the sense of a governed frame ("vow + to kill" is 1383 only for people)
        sense_code, sense = check_sense(
            match.holder.lemma_.lower(),
            sense_code,
            " ".join(a.text for a in (targets if entry.swap else sources)),
            any(a.actor is not None for a in (sources if entry.swap else targets)),
            _trigger_preps(match.holder),
            _sense_object(match.holder),
        )
    if sense_code is None:
        return []  # "assets the officials hold", "had gone to bed": not this event at all
    if denial_note:
        sense = f"{sense}; {denial_note}" if sense else denial_note
    if sense_code[:2] == "02" and _calls_a_race(trigger):
        return []  # "the AP called Nevada for Biden": a race called for its winner, no appeal
    code = cameo[sense_code]
    if code.root_code == "04" and _arranged_meeting(match):
        # issue #9 recall30: a meeting being arranged is an intent to meet, not one held
        verb = _arranging_verb(trigger)
        sense = (sense + "; " if sense else "") + (
            f"arranged ({verb.lemma_.lower()}): a meeting set up {code.code}->{MEET_INTENT}"
        )
        code = cameo[MEET_INTENT]
    elif code.root_code == "04" and (sched := _scheduled_meeting(trigger)) is not None:
        # issue #9 roots21: "is scheduled to meet", "is set to hold talks", "is due to meet":
        # a meeting on the calendar is an intent to meet (036), as the document gold codes it
        sense = (sense + "; " if sense else "") + (
            f"scheduled ({sched.lemma_.lower()} to): a meeting to come {code.code}->{MEET_INTENT}"
        )
        code = cameo[MEET_INTENT]
        # the intent is the subject's, toward the one to be met: one way only (the talks'
        # other way round and "A and B were scheduled to meet" read once, A -> B)
        if targets:
            pairs = one_way
        elif len(sources) > 1:
            pairs = [(sources[0], other) for other in sources[1:]]
    elif code.root_code == "04" and (coming := _prospective_noun(trigger)) is not None:
        # session 27: "Trump's planned trip to Warsaw", "the proposed summit": a meeting or
        # visit named as still to come is an intent to meet (036), as a scheduled one is
        sense = (sense + "; " if sense else "") + (
            f"{coming.lower_} {trigger.lower_}: a meeting to come {code.code}->{MEET_INTENT}"
        )
        code = cameo[MEET_INTENT]
    if code.code in GENERAL_COOPERATION and any(
        t.how.startswith(INVESTIGATOR_HOW) for t in targets
    ):
        # issue #9 recall20: "Franken said he would cooperate" after the committee was called on
        # to review: cooperation with an investigation is judicial (063; 0313 when promised)
        sense += f"; with an investigation {code.code}->{JUDICIAL_COOPERATION}"
        code = cameo[JUDICIAL_COOPERATION]
    if code.code == WARNING_CODE and "with no force words" in sense and _warns_of_others(trigger):
        # issue #9 precision11: "Corker warned that Trump might be putting the country on the
        # path to war": a warning about what someone else does is criticism, no threat
        code = cameo[CRITICISM_CODE]
        sense += f"; the warning is about others' acts {WARNING_CODE}->{CRITICISM_CODE}"
    if code.root_code == "11" and entry.target == "clause" and _claims_own_act(trigger):
        if not _claimed_act(trigger):
            # issue #9 readout12: "she claimed she had received threats", "he asserted he had
            # won the election": what one says of oneself that is no act of the lexicon is
            # neither an accusation nor a claim of responsibility
            return []
        # "the rebels claimed that they had attacked the base": a claim of one's own act
        code = cameo[OWN_ACT_CLAIM]
        sense = "own act: the claimed clause's subject is the claimant"
    if code.code == SHOW_OF_FORCE and _exercise(match) and _several_countries(sources):
        # "French and Egyptian warships launched war games": a joint exercise (062), each way
        code = cameo[JOINT_EXERCISE]
        sense = "joint: an exercise held by several countries 150->062"
        pairs = [(a, b) for a in sources for b in sources if a is not b and a.start != b.start]
        pairs = pairs or [(a, None) for a in sources]  # one phrase ("French and Egyptian ...")
    framing = ""
    if match.governor is not None and match.governor_kind == POSSIBILITY:
        # "did not rule out strikes on Iran": a conflict act kept open is a threat; any other
        # act kept open ("would not rule out talks") is only possible
        gov = match.governor
        new = governed_code(code.code, POSSIBILITY)
        negated, neg_rule = False, ""
        if new:
            framing = f"threat: '{gov.text} {_particle(gov)}' kept open {code.code}->{new}"
            code = cameo[new]
            conditional, cond_rule = False, ""
        else:
            conditional, cond_rule = True, f"possibility: not ruled out ('{gov.text}')"
    elif match.governor is not None:
        gov, kind = match.governor, match.governor_kind
        new = governed_code(code.code, kind)
        if new:
            if kind in ("demand", "appeal"):
                # "the US urged Iran to release ...": the one urging acts on the one urged
                gov_tok, gov_how = find_source(gov)
                actors = sources or targets[:1]
                letter = letter_parties(gov) if gov_how.endswith("acl-head") else None
                if letter is not None and letter[1] is not None:
                    # issue #9 read29: "wrote to all three parties urging them not to fight":
                    # the parse hangs "urging" on the recipients; the writer urges them
                    gov_tok, gov_how = letter[1], "letter's writer"
                    actors = resolver.arguments(letter[0], "letter's recipient") or actors
                speakers = (
                    [resolver.argument(t, f"{gov.lemma_}:{gov_how}") for t in conjuncts(gov_tok)]
                    if gov_tok is not None
                    else []
                )
                pairs = [(sp, a) for sp in speakers or [None] for a in actors or [None]]
            else:
                pairs = one_way
            framing = f"{kind}: governed by '{gov.text}' {code.code}->{new}"
            code = cameo[new]
            if kind == "refusal":
                negated, neg_rule = False, ""
            if cond_rule.startswith(("modal", "governed")):
                conditional, cond_rule = False, ""
    elif entry.pos == "verb" and (told := obligation(match)):
        if sources and all(_generic(s.text) or _generic_plural(s.text) for s in sources):
            # issue #9 precision9: "a state that is present must protect its citizens": a maxim
            # about any state tells no one to act
            return []
        rep_tok, _ = reporter(match, resolver)
        # issue #9 precision11: an act with no demand code of its own ("must enforce sanctions")
        # is still demanded, not done: the demand not specified (100) or the appeal (020)
        new = reframe(code.code, told) or FALLBACK.get(told)
        if code.root_code == "02":
            new = code.code  # "the EU must keep up pressure on Russia": the appeal is the act
        speaker = (
            resolver.argument(rep_tok, "speaker")
            if rep_tok is not None
            else _speaker_argument(match, doc, resolver)
        )
        if speaker is None and trigger.dep_ == "relcl":
            # issue #9 precision11: "Trump cited China as one of the countries that must enforce
            # sanctions": who names those who must is the one who demands it of them
            teller = _clause_teller(trigger)
            if teller is not None:
                arg = resolver.argument(teller, "names who must:nsubj")
                speaker = arg if arg.actor is not None else None
        if entry in (OBLIGATION_ENTRY, SHOULD_ENTRY, TIME_FOR_ENTRY):
            new = entry.code
        # "we should talk to them": the speaker's side urging itself is no appeal to anyone
        told_to = [
            s
            for s in sources
            if speaker is None or not (_same_side(s, speaker) or _own_government(speaker, s))
        ]
        if entry is SHOULD_ENTRY:
            # "we need to ...": I / we / us are the speaker's own side; "no one should", "you
            # need to", "it should be": no one named is urged
            told_to = [
                s
                for s in told_to
                if s.actor is not None
                and s.text.lower() not in FIRST_PERSON | UNNAMED_SUBJECTS
                and not _generic_plural(s.text)
                and trigger.lemma_.lower() not in UNURGED_VERBS
            ]
            if speaker is not None and speaker.actor is None:
                speaker = None  # "the new guidance says judges should ...": no one speaks
        own_side = told == "demand" and entry is not OBLIGATION_ENTRY
        if own_side:
            told_to = sources  # "we must recognize ...": a demand of one's own side counts
        if speaker is not None and new and (told_to or own_side):
            # "Russia said Sudan must return the helicopter": Russia demands, of Sudan
            pairs = [(speaker, s) for s in told_to or [None]]
            kind = "appeal" if code.root_code == "02" else told
            appeal_word = "time for" if _time_for(trigger) else "should"
            word = {"demand": "must", "appeal": appeal_word}[told]
            framing = f"{kind}: '{trigger.text}' {word} {code.code}->{new}"
            if told == "appeal" and (looked_back := _reproach(trigger)):
                new = CRITICISM_CODE
                framing = f"reproach: '{looked_back} ... {trigger.text}' {code.code}->{new}"
            code = cameo[new]
            if cond_rule.startswith("modal"):
                conditional, cond_rule = False, ""  # "should" urges: no hypothetical
    elif entry.pos == "verb" and entry.origin != MEASURE_REACH:
        # a measure "would apply to" whom it reaches: what the measure does, no one's threat
        why = announcement(match) or promised or _looking_forward(match.trigger)
        if not why and _done_in_saying(match) and _announced_why(match):
            # issue #9 recall26: "I would like to congratulate ...", "announced it would end
            # TPS": done in the saying or decided, so neither an intent nor a hypothetical
            if cond_rule.startswith(("modal", "governed")):
                conditional, cond_rule = False, ""
            kind = "performative" if _performative(match.trigger) else "announced measure"
            said = f"{kind}: '{match.trigger.head.text} ... {match.trigger.text}'"
            sense = f"{sense}; {said}" if sense else said
        new = None
        # issue #9 codes46: "prosecutors said they no longer could agree to more lenient bail
        # terms": an assent announced as ended is refused as "would not agree" is (the
        # document gold's 1241); a root with no refusal code keeps codes45's exit below
        ended = not negated and _no_longer(match.trigger) and bool(reframe(code.code, "refusal"))
        if (
            not why
            and (negated or ended)
            and (cannot := _cannot_assent(match.trigger))
            and reframe(code.code, "refusal")
        ):
            why = cannot  # issue #9 recall32: "cannot support the bill" refuses it
        elif (
            not why
            and negated
            and not conditional
            and (stance := _stance_refused(match.trigger))
            and reframe(code.code, "refusal")
        ):
            why = stance  # issue #9 codes46: "has never supported the embargo" rejects it
        if why and (negated or ended) and not HALTED.match(neg_rule):
            # "will stop supporting rebels" promises an end, refusing nothing: a negated intent
            new = reframe(code.code, "refusal")
            if new:
                framing = f"refusal: {why} + negation {code.code}->{new}"
                negated, neg_rule = False, ""
            elif (
                code.root_code in NEGATED_INTENT_ROOTS
                and neg_rule.startswith("neg ")
                and (
                    neg_rule.endswith(f" on '{match.trigger.text}'")
                    # issue #9 prec30: "he doesn't want to kill their families": the wish
                    # denied is no threat either
                    or why.startswith("governed by '")
                    and neg_rule.endswith(why[12:])
                    # issue #9 codes45: "he wouldn't recommend prosecuting her": the verb
                    # that takes the act is denied, so is the act ("will not hesitate to
                    # attack" is no such verb: the attack stays threatened)
                    or match.trigger.dep_ in ("xcomp", "ccomp")
                    and match.trigger.head.lemma_.lower() in RULING_OUT_GOVERNORS
                    and neg_rule.endswith(f" on '{match.trigger.head.text}'")
                )
            ):
                # issue #9 read25: "said they would not charge de Blasio", "Russia said it would
                # not attack Ukraine": a force or a charge ruled out is no threat of it
                return []
        if (
            why
            and not framing
            and code.root_code in NEGATED_INTENT_ROOTS
            and (_unsaid(match.trigger) or _no_longer(match.trigger))
        ):
            # issue #9 prec30: "he never said he wanted to kill their families": an intent
            # its holder denies having spoken of is no threat
            return []
        if why and not framing and entry.origin != MEASURE_REACH:
            # issue #9 precision10: "the ban would only apply to people from Iran, Libya ...":
            # what a measure reaches, under "would", is its scope, no one's intent (the gold's
            # 172; six false 132 tuples of one check4 article)
            new = reframe(code.code, "intent")
            if new and code.root_code == "15" and _committing(match.trigger):
                # "committing to send troops to Lithuania": a promise of protection, no threat
                new = "0334"
            elif new and code.root_code in FORCE_ROOTS and _preparing(match.trigger):
                # "the army prepared to resume shelling": a show of force (the codebook's 150)
                new = "150"
            elif (
                new
                and code.root_code == "17"
                and PLEDGED.match(why)
                and not any(t.actor is not None for t in targets)
            ):
                # issue #9 codes45: a pledge to ban or deport people of no country ("has
                # pledged to ban all Muslims", "promises to deport undocumented immigrants")
                # threatens no one: the sanction promised is the event (the document gold's
                # 172 / 174), while a vow against a named actor stays a threat (13x)
                new = None
                said = f"pledged to no actor: {why} keeps {code.code}"
                sense = f"{sense}; {said}" if sense else said
            if new:
                framing = f"intent: {why} {code.code}->{new}"
        if framing and targets:
            # unseen NYT reading: "Sudan will cooperate with American intelligence" is Sudan's
            # promise, and "will not cooperate with the court" its refusal: one way only
            pairs = one_way
        if framing:
            code = cameo[new]
            if cond_rule.startswith(("modal", "governed")):
                conditional, cond_rule = False, ""
    if not framing and (pondered := _considered(match)):
        # issue #9 span: "Japan is considering sending aid": CAMEO codes the considering (014,
        # consider policy option), which is asserted; the aid is not sent
        framing = f"considered: governed by '{pondered}' {code.code}->{CONSIDER_CODE}"
        code = cameo[CONSIDER_CODE]
        conditional, cond_rule = False, ""
    if entry.pattern == NOT_ACCEPTED and not _accepted_actor(trigger):
        return []  # "cannot accept the potential of increased casualties": no one's
    if entry.pattern == NOT_ACCEPTED and not framing.startswith("refusal"):
        # issue #9 frames45: "does not accept North Korea as a nuclear state" refuses as "will
        # not" does; accepting is no event of this entry ("accepted awards", "accepted his help")
        if not negated or not neg_rule.startswith("neg "):
            return []
        framing = f"refusal: negation {code.code}->{NOT_ACCEPTED_CODE}"
        code = cameo[NOT_ACCEPTED_CODE]
        negated, neg_rule = False, ""
    if entry.pattern == SIGN_PROMISED and not (
        framing.startswith(("intent", "refusal"))
        and any(c.dep_ == "aux" and c.lower_ in SIGNING_MODALS for c in trigger.children)
    ):
        # issue #9 frames46: "would sign the bill" is a president's or a candidate's promise of
        # support to its makers (032); a bill signed, wanted or expected to be signed is no
        # event the gold lists (a signing is news of a law, not of an act between two sides)
        return []
    if conditional and code.root_code in CONDITIONED_ROOTS and not _said_conditionally(match):
        # "threatened to shell the bases if Damascus did not ...", "will not release the
        # soldiers unless ...": the condition belongs to the threat, refusal or intent, which
        # is made
        conditional, cond_rule = False, ""
    verbs = (
        (match.trigger, match.trigger.head) if match.trigger.dep_ == "conj" else (match.trigger,)
    )
    if (
        negated
        and cond_rule == INSIDE_IF_CLAUSE
        and neg_rule.startswith("neg ")
        # the trigger's own negation, or its first conjunct's ("does not endorse and support")
        and any(neg_rule.endswith(f" on '{verb.text}'") for verb in verbs)
    ):
        # issue #9 prec41: "if he does not endorse me, he cannot be on the ballot", "if
        # Republicans choose not to believe him": an act denied only as a condition is told
        # neither as done nor as not done
        return []
    if cond_rule == INSIDE_IF_CLAUSE and _threat_condition(match.trigger):
        # issue #9 kinds49: "warned he would totally destroy North Korea if it threatened the
        # United States": the other side's act is the threat's condition, neither done nor said
        return []
    if entry in (OBLIGATION_ENTRY, SHOULD_ENTRY) and cond_rule.startswith(WHETHER_QUESTION):
        # issue #9 prec41: "the referendum on whether Britain should exit the EU", "whether the
        # actions of Russia should cause the U.S. to ...": what one should do, asked, is urged
        # by no one
        return []
    if entry in (OBLIGATION_ENTRY, SHOULD_ENTRY, TIME_FOR_ENTRY) and not framing:
        return []  # no one says it: "the bill must pass" is no demand of anyone
    flags = [
        f
        for f in (
            sense,
            framing,
            neg_rule and "negated:" + neg_rule,
            cond_rule and "conditional:" + cond_rule,
            note,
        )
        if f
    ]
    if pairs and all(_same_person(s, t) and not _each_other(s, t) for s, t in pairs):
        # (issue #9 recall36: not a group paired among itself, "Republicans reached a deal",
        # whose title the resolver reads as one person's name)
        # issue #9 precision9: "she is glad that she did her part", both "she" the same woman:
        # no one acts on anyone else
        return []
    events = []
    seen = set()
    model = load_filter()
    coded = [(s, t, code, "") for s, t in pairs]
    implied = None if entry.reciprocal else IMPLIED_REVERSE.get((entry.code, code.code))
    if implied is not None:
        # "S hosted T": T visited S; "police clashed with rioters": the rioters rioted
        coded += [(t, s, cameo[implied], f"implied {code.code}->{implied} the other way")
                  for s, t in pairs if s is not None and t is not None]  # fmt: skip
    for s, t, code, why in coded:
        if code.code == INVESTIGATE and _law_enforcer(s):
            # issue #9 recalla: what prosecutors, courts and police investigate is a crime
            code = cameo[CRIME_INVESTIGATION]
            why = f"investigated by law enforcement ({s.code}) 090->091"
        elif code.code == FORCE_CODE and (quarrel := _political_quarrel(s, t, sent)):
            code = cameo[CRITICISM_CODE]
            why = f"{quarrel} {FORCE_CODE}->{CRITICISM_CODE}"
        elif not negated and (alleger := _hacking_alleged_by(trigger, code.code, s, resolver)):
            # issue #9 roots30: "emails that U.S. intelligence agencies say were hacked by
            # Russia": the hacking is only said; the saying accuses the hacker (guideline §17.13)
            why = f"hacking alleged by {alleger.text!r} {code.code}->{ACCUSE_CODE}"
            code = cameo[ACCUSE_CODE]
            s, t = alleger, s
        key = (s and (s.start, s.end, s.code), t and (t.start, t.end, t.code), code.code)
        if key in seen or (
            s is not None and t is not None and s.start == t.start and not _each_other(s, t)
        ):
            continue
        if t is not None and t.text.lower() in REFLEXIVES and not t.how.endswith("nsubj"):
            # "killed 23 people as well as themselves": the source, not a second dyad (issue #9
            # drops27: not a reflexive subject, "Trump found himself trading insults with Kim":
            # the one who trades them)
            continue
        if conditional and _generic_in_condition(s, t, trigger):
            continue  # issue #9 read30: "if a party rings a person ...": a rule, no event
        if (
            s is not None
            and t is not None
            and t.text.lower() in PERSON_OBJECT_PRONOUNS
            and s.code is not None
            and s.code == t.code
            and getattr(s.actor, "kind", "") == "person"
            # issue #9/#10 actors11: two people the book places alike ("pressured Comey not
            # to investigate him", both former officials) are still two people
            and _one_name(s.actor, t.actor)
        ):
            continue  # "Kim had insulted him": "him" is never Kim himself

        if (
            (
                (entry.origin == "nominals.yml" and trigger.lemma_.lower() in WORK_NOUNS)
                or entry.pattern == DID_WORK_FOR
            )
            and entry.code == WORK_FOR_CODE
            and not _two_countries(s, t)
        ):
            continue  # issue #9 recall16: "his work for the campaign": no cooperation across
        if entry.pattern in PAID_PATTERNS and (
            (entry.pattern == PAID_TO and (t is None or not t.how.startswith("dative")))
            or _paid_to_settle(trigger)
        ):
            continue  # "paid $5 million in fines": no one paid; "to settle the suit": a deal
        if entry.pattern in NAMED_TARGET_PATTERNS and (
            t is None or t.actor is None or QUESTION_WORDS & set(t.text.lower().split())
        ):
            continue  # issue #9 recall29: "declined to answer questions": no one asked named
        if entry.pattern == TOLD_ACROSS and (not _told_abroad(s, t) or _told_to_act(trigger)):
            continue  # issue #9 recall24: "told reporters", "told the president": no consult
        if t is None and code.code == RESIDUAL_STATEMENT:
            continue  # "made his remarks": a statement about no one
        if code.root_code == "04" and _newsgatherer(s, doc):
            continue  # "the protesters Wikinews interviewed": reporting the news, no event
        if code.root_code == "04" and _newsgatherer(t, doc, named=True):
            # issue #9/#10 actors13: "discussed his campaign with Wikinews", "two sources who
            # discussed the drill with Reuters": talking to the newsroom is how the story was
            # reported, no consultation ("met reporters" is left to the other rules)
            continue
        seen.add(key)
        if entry.origin == "proposer":
            rule = f"proposer:{entry.code[:2]} p={entry.note}; frame:{entry.pattern}"
        else:
            rule = f"lexicon:{entry.code} {entry.describe()}"
        if entry.origin not in ("lexicon.yml", "proposer"):
            rule += f" ({entry.origin})"
        rule += f"; source:{s.describe()}" if s else "; source:none"
        rule += f"; target:{t.describe()}" if t else "; target:none"
        if flags or why:
            rule += "; " + "; ".join([*flags, why] if why else flags)
        features = event_features(
            trigger, entry, code.code, s, t, negated=negated, conditional=conditional,
            framing=framing, in_quote=in_quote, reported=reported_by is not None, depth=depth,
        )  # fmt: skip
        if (
            s is None
            and t is not None
            and t.actor is not None
            and t.how == "place struck"
            and not _made_by_a_subject(trigger)
        ):
            features[IMPLIED_ATTACKER] = 1.0  # issue #9 violent54 (filter.IMPLIED_ATTACKER)
        confidence = model.confidence(features) if model is not None else None
        if code.code in NO_EVENT_CODES:
            # the annotation guideline lists no event for it: kept for the CAMEO sentence sets
            # (scored with no threshold), never emitted at the default one
            confidence = 0.0
            rule += "; " + NO_EVENT_CODES[code.code]
        events.append(
            coded_event(
                sent,
                doc,
                code,
                s,
                t,
                trigger.idx,
                trigger.idx + len(trigger.text),
                negated=negated,
                conditional=conditional,
                reported_by=reported_by,
                rule=rule,
                confidence=confidence,
            )  # fmt: skip
        )
        events[-1] = _antecedent_spans(events[-1], s, t, sent, resolver)
        if features_out is not None:
            features_out[id(events[-1])] = features
        if s is not None and s.actor is not None and code.root_code in VIOLENT_ROOTS:
            resolver.event_nouns[LAST_ATTACKER] = (s, trigger.idx)
    return events


VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def _made_by_a_subject(noun: Token) -> bool:
    """issue #9 violent54: an attack noun that is the object of a verb with a subject ("the
    group that has carried out attacks in Kenya"): its maker is named there, so no attacker is
    left implied, even when that subject is not resolved."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "has carried out hundreds of terrorist attacks"
    return noun.dep_ == "dobj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children)


CONCERN_ROOTS = frozenset({"01", "11"})  # 012 pessimism, 111 criticism voiced as concern


# issue #9 recall28: talks that name a pact and no party are among the pact's members
PACT_TALKS = "talks on a pact (its members)"
# issue #9 frames45: the lexicon's negated "accept" (S will not accept T): a rejection, never
# an acceptance
NOT_ACCEPTED = "S will not accept T"
NOT_ACCEPTED_CODE = "120"
# issue #9 frames46: the lexicon's "sign a bill" (057) is coded only as said with "would" or
# "will": the intent to sign it (032) or the refusal (127)
SIGN_PROMISED = "S would sign T's bill"
SIGNING_MODALS = frozenset({"would", "will", "'ll", "wo"})


# issue #9 kinds43: support told as a poll's figure, not as anyone's act (the document gold's
# §12.19: opinion polls are not events): a share of a group backs someone ("43% of Ohio voters
# support Strickland", "is backed by 34 percent of GOP voters", "has support from 52 percent of
# primary voters", "more than half of the students polled support Sanders"), or by a margin
# ("women back him by almost 20 points", "backed Trump, 57 percent to 22 percent")
SUPPORT_ROOT = "05"
MEET_INTENT = "036"
# issue #9 recall20: general cooperation whose partner is an investigator told (see
# _investigator_told) is judicial cooperation
GENERAL_COOPERATION = frozenset({"050", "060"})
JUDICIAL_COOPERATION = "063"
UNDONE_ROOTS = frozenset({"16", "17"})  # sanctions, bans, charges, warrants
# issue #9 recall32: support withdrawn ("withdrew his endorsement of Moore") is no support
UNDONE_SUPPORT = frozenset({"support", "endorsement", "backing"})


# issue #9 precision11: an admission (015) is of one's own act or fault; acknowledging what
# others did, or how things are, is a remark (guideline §1: bare statements are no event)
ADMISSION = "015"
ADMIT_VERBS = frozenset({"acknowledge", "admit", "concede", "confess"})


# issue #9 recallb: "a tour that took him to Japan and China", "a trip that will also take him
# to Vienna": the visit is by whom the trip takes, and only a trip takes someone on a visit
TRIP_VERBS = frozenset({"take", "bring"})
ASKED_PARTY_ROOTS = frozenset({"02", "10"})


# issue #9 recall10: leaders arriving with no place named ("arrived one by one for a gala
# dinner") visit the country of the article's foreign dateline (guideline §13.8: each to the
# host); a home actor arriving is no visit, nor is anyone in an article with no dateline
ARRIVAL_CODE = "042"
ARRIVAL_VERBS = frozenset({"arrive"})
# issue #9/#10 actors13: "stepped up his attacks on Labour", "Senator Cole attacked the
# president over the economy": one politician's attack on another of the same country is
# criticism (111), not armed force (190), unless the sentence tells of weapons or wounds
FORCE_CODE = "190"


# issue #9 roots30: hacking told as what someone said, concluded or determined is an accusation
# of hacking (guideline §17.13: stolen data is a leak, "accusations of hacking are" listed, 112)
ACCUSE_CODE = "112"
