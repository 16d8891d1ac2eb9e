"""Words and records the coder's stages share: every constant two or more stages read, and
``Match`` (a trigger and the lexicon entry whose frame it matched).

A constant one stage reads lives in that stage's module, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from redline.events.lexicon import LexiconEntry

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJECT_DEPS = ("nsubj", "csubj")
# Verbs whose object is the subject of their "to ..." complement ("urged Israel to release").
OBJECT_CONTROL = frozenset(
    {
        "ask", "urge", "allow", "want", "tell", "order", "force", "help", "persuade", "invite",
        "encourage", "permit", "pressure", "press", "call", "need", "expect", "compel", "require",
        "enable", "let", "authorize", "authorise", "instruct", "warn", "advise",
        # issue #9 recall: causatives ("the attack led Trump to launch air strikes")
        "lead", "prompt", "cause", "push", "drive", "convince", "spur", "provoke", "induce",
        "prod", "inspire", "move",
        # issue #9 read25: "challenged Mr Brown to deny reports": the one dared or begged acts
        "challenge", "dare", "implore", "beg", "exhort",
    }
)  # fmt: skip
# Governors that make what they govern hypothetical or merely intended.
INTENT_GOVERNORS = frozenset(
    {
        "want", "plan", "intend", "hope", "seek", "try", "attempt", "aim", "consider", "expect",
        "prepare", "threaten", "propose", "offer", "wish", "mean", "plot", "vow", "pledge",
        "promise", "agree", "allow", "ask", "urge",
        # lead's read45: "Mr Howard is likely to defend his party's handling of the bill": a
        # forecast of an act, not the act
        "likely", "unlikely",
    }
)  # fmt: skip
# Governors and modals that announce an action rather than report it.
# Modal sets are matched on the lemma: "wo", "'ll", "'d" and their curly-apostrophe forms
# ("We’ll", mended by :func:`mend_lemmas`) are "will" and "would".
FUTURE_AUX = frozenset({"will", "would", "shall"})
RESIDUAL_STATEMENT = "010"
# A denial answers an accusation: with no one named, its target is the accuser (issue #9).
DENIAL_CODES = frozenset({"016"})
# issue #9 recall: a resolution or motion is put to a body; acts on it ("vetoed the resolution",
# "withdrew the text from a council vote", "put it forward again") are aimed at that body
VOTED_NOUNS = frozenset(
    {"resolution", "draft", "motion", "vote", "amendment", "renewal", "mandate", "extension"}
)
# "X has been critical of Y", "X was unhappy with Y": the subject judges, by adjective
COPULAS = frozenset({"be", "become", "remain", "grow", "seem", "appear", "stay"})
PRESS_WORDS = frozenset(
    {"reporter", "reporters", "journalist", "journalists", "press", "media", "newspaper",
     "agency", "correspondent", "correspondents", "interviewer", "television", "radio",
     # issue #9 prec41: a show's host, anchor or moderator, and a podcast ("told radio host
     # Howard Stern", "spoke on the podcast")
     "host", "hosts", "anchor", "anchors", "moderator", "moderators", "podcast"}
)  # fmt: skip
NEWS_AGENCIES = frozenset({"AFP", "Reuters", "AP", "Xinhua", "Interfax", "TASS", "RIA", "Tass"})
# issue #9/#10 actors10: a denial of these allegations answers the people who say they
# suffered them (civilians), whether or not a sentence near names them as accusers
SEXUAL_MISCONDUCT = re.compile(r"(?i)\b(?:sexual(?:ly)?|harass\w*|misconduct|grop(?:ed|ing))\b")
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves"})
NEGATING_GOVERNORS = frozenset({"fail", "refuse", "decline", "stop", "cease", "halt"})
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "report", "announce", "state", "add", "claim", "insist", "note",
        "confirm", "declare", "reveal", "write", "explain", "argue", "believe", "think",
        "suggest", "assert", "tweet", "quote", "reiterate", "stress", "emphasize", "emphasise",
        "conclude",
    }
)  # fmt: skip


@dataclass
class Match:
    """One lexicon entry matched at one trigger token."""

    entry: LexiconEntry
    score: int
    trigger: Token
    holder: Token  # the verb the frame hangs on: the trigger, or its "to ..." complement
    xcomp: Token | None = None
    obj: Token | None = None
    prep_obj: Token | None = None
    prep_word: str | None = None
    consumed: set[int] = field(default_factory=set)
    governor: Token | None = None  # the verb framing this action ("threatened to ...")
    governor_kind: str = ""  # threat | demand | appeal | refusal (governors.tsv)


# issue #9 graph22: "rejects a suggestion that he had told ...", "rejected the idea (that) the
# forum would be aimed at ...": a suggestion, idea or notion with the clause it holds is a
# claim, and rejecting it a denial (016, as the document gold codes it, alt 120); without such
# a clause ("rejected the idea of a ceasefire", "a suggestion from France to delay") it is a
# proposal turned down (the 12 entries)
DENIAL_CODE = "016"


# issue #9 unres30: verbs that hand a thing over, and the records and papers they hand: the
# target of refusing or agreeing to hand them is whom they go to ("to the committee")
HANDING_VERBS = frozenset({"hand", "turn", "give", "send", "provide", "deliver", "submit"})


COMPLEMENT_DEPS = ("xcomp", "ccomp", "advcl")
FEELING_PARTICIPLES = frozenset({"disappoint", "frustrate", "dismay", "encourage", "hearten"})


PASSIVE_PARTICIPLE_HEAD = "acl-head(passive)"
PASSIVE_PARTICIPLE_AGENT = "acl agent(by)"


# the tags of a finite verb, past or present ("urged", "urges", "urge"), not a past participle
# ("was arrested and charged": "charged" is passive too)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PROMISED_NOUNS = frozenset(
    {"commitment", "pledge", "promise", "plan", "intention", "readiness", "willingness",
     "determination", "resolve", "vow"}
)  # fmt: skip


CLOSING_QUOTES = frozenset({"”", '"', "''"})


CONSIDER_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "ponder"})
CONSIDER_CODE = "014"
APPEAL_LIGHT_VERBS = frozenset({"renew", "repeat", "reiterate", "echo", "voice", "join"})


TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation", "dialogue"})
MEETING_VERBS = frozenset({"meet", "talk", "discuss", "confer", "consult"})


QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "csubj", "xcomp", "pcomp", "pobj"})
WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "why", "how", "when", "where"})


# the conditional rule of a trigger inside an if-clause ("if he does not endorse me, ...")
INSIDE_IF_CLAUSE = "inside if-clause"
SELF_PRONOUNS = frozenset({"they", "we", "he", "she", "it", "i"})
# Verbs whose object noun is the event and whose subject is its actor ("Turkey began an
# offensive", "Iran issued arrest warrants"); other verbs ("oversee a ceasefire") are not.
LIGHT_VERBS = frozenset(
    {
        "launch", "begin", "start", "mount", "conduct", "carry", "stage", "hold", "have",
        "impose", "issue", "announce", "sign", "reach", "make", "give", "provide", "extend",
        "approve", "continue", "resume", "order", "declare", "agree", "seek", "step", "expand",
        "intensify", "escalate", "pay", "send", "deliver", "offer", "pledge", "unveil",
        # issue #9 recall9: "Comey, who was leading a probe into ...", "wrapping up a round of
        # talks", "waged a campaign against ...", "pursued talks with ..."
        "lead", "head", "undertake", "pursue", "wage", "wrap", "conclude", "complete",
        "oversee", "initiate", "lodge", "file", "bring", "secure", "obtain", "win",
        # issue #9 recall30: "U.S. lawmakers proposed targeted sanctions on ...", "business
        # groups are preparing legal challenges", "drafted new sanctions"
        "propose", "prepare", "draft",
        # issue #9 nomsrc22: "the administration authorized new sanctions against Russia",
        # "the Democrats pressed demands on ...", "have gone around Tillerson to develop
        # contacts with Mattis"
        "authorize", "press", "develop",
    }
)  # fmt: skip


FORCE_ROOTS = frozenset({"18", "19", "20"})


GENERIC_DETERMINERS = ("a ", "an ", "any ", "every ", "each ")


# issue #9 read21: "the institute said Mr Brown would need to raise taxes", "the firm will need
# to cut jobs": a need foreseen under "would" / "will" / "may" is a forecast, no appeal
FORECAST_MODALS = frozenset({"would", "will", "might", "may", "could"})


# issue #9 recall35: verbs and nouns by which someone holds that another did a thing ("U.S.
# intelligence agencies concluded Russia carried out a campaign", "U.S. intelligence agency
# allegations that Russia tried to help", "what U.S. intelligence agencies say was meddling")
CONCLUDING_VERBS = frozenset({"conclude", "find", "assess", "determine", "allege", "say"})


RELATIVE_SUBJECTS = frozenset({"that", "which", "who", "whom"})


# issue #9 readout12: nouns whose clause is what someone alleges, not what happened
CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "insinuation"}
)


# issue #9 verbal19: "the agency has been under attack by Trump", "companies are under attack
# from lawmakers": whoever is under the attack is its target, as whoever acts under pressure
UNDER_NOUNS = frozenset({"pressure", "attack"})


# issue #9 recall16: a request told as the object of its answer ("the court granted the
# administration's request", "the GSA rebuffed three requests from committee Democrats"): the
# requester appeals to whoever answers it (020); a request no one answers in the sentence is
# news of it, not coded by this entry
REQUEST_CODE = "020"
CALL_NOUNS = frozenset({"call"})


# issue #9 frames26: an ethics investigation told by the lawmaker who faces or cooperates with
# it ("said he would cooperate with a House Ethics Committee investigation", "could face a
# Senate ethics probe"): the committee investigates that lawmaker (091)
ETHICS_PROBE_CODE = "091"
# issue #9 recall24: the lexicon's bare "S told T that ..." (040), kept only between two
# countries, the one told a part of its state (a leader, a diplomat, a government), no newsroom
TOLD_ACROSS = "S told T (of another country) that ..."


# Wire services and newsrooms whose interviews, calls and contacts are how the story was
# reported, not consultations between actors (with the document's own outlet).
NEWSROOMS = frozenset(
    {"wikinews", "reuters", "associated press", "the associated press", "ap", "afp",
     "agence france-presse", "bbc", "bbc news", "cnn", "bloomberg", "politico", "axios",
     "the new york times", "the washington post", "the guardian", "this newspaper",
     "this reporter", "a reporter", "reporters", "journalists"}
)  # fmt: skip


# "Russia said Ukraine must end its attacks": what someone must do, said by another, is a demand
# of them even when the lexicon has no wording for the act itself (sentence sets / conflibert).
OBLIGATION_ENTRY = LexiconEntry(
    code="100",
    pos="verb",
    lemmas=("must",),
    target="none",
    pattern="(speaker:) T must ... (a demand, the act not in the lexicon)",
    origin="obligation",
)
SHOULD_ENTRY = LexiconEntry(
    code="020",
    pos="verb",
    lemmas=("should|need to",),
    target="none",
    pattern="(speaker:) T should / needs to ... (an appeal, the act not in the lexicon)",
    origin="obligation: should",
)


# issue #9 precision10: "Democrats need to win the popular vote by 10 points to do so": what
# someone needs to win, get or have is a condition of an outcome, no act anyone is urged to
# ("China should understand ..." is an appeal: the gold lists it)
UNURGED_VERBS = frozenset({"be", "win", "lose", "get", "have", "become", "reach", "gain"})


# issue #9 recallb: "It is time for China to act", "the time has come for the U.S. to take the
# lead": the speaker urges the one it is time for (an appeal, 020), whatever the act
TIME_FOR_ENTRY = LexiconEntry(
    code="020",
    pos="verb",
    lemmas=("time for",),
    target="none",
    pattern="(speaker:) it is time for T to ... (an appeal, the act not in the lexicon)",
    origin="time-for",
)
MEASURE_REACH = "measure reach"


# issue #9 frames21: "pledged to close the loophole", "agreed to retain the deduction", "offered
# to limit his travel": a promise to do something the lexicon has no entry for (its "to"
# complement coded nothing) is still an intent to cooperate (030), the one whose promise it is
# the source and the one acted on in the complement the target (as "agreed to extradite T")
COMMIT_ENTRY = LexiconEntry(
    code="030",
    pos="verb",
    lemmas=("agree|pledge|promise|offer to",),
    target="xcomp",
    pattern="S pledged to <act on> T (a commitment, the act not in the lexicon)",
    origin="commitment to act",
)
# issue #9 lex24: agreeing to change, keep or drop something the other side wanted ("Republican
# leaders agreed to change a provision", "Brady agreed to retain the deduction", "agreed to
# withdraw a subpoena") gives in to them: the document gold codes it 0832 (080 allowed), not 030
COMMIT_YIELD_ENTRY = LexiconEntry(
    code="0832",
    pos="verb",
    lemmas=("agree to change|retain|drop",),
    target="xcomp",
    pattern="S agreed to change / retain / drop ... (gives in; the act not in the lexicon)",
    origin="commitment to act",
)


# issue #9 recall29: the route of a plural group's members paired among themselves
AMONG_HOW = " <-among themselves"
# issue #9 policy27: the partner of testimony is whom it is given to ("In testimony to the
# Senate Judiciary Committee, Sessions denied ...": the witness consulted the committee)
SETTING_PARTNER_PREPS = {"testimony": ("to", "before")}
# issue #9 frames30a: relief sought in court ("seeking a temporary restraining order", "seeking
# to suppress evidence") is asked of the court: one named near, else the home judiciary
COURT_RELIEF = "S sought an injunction (T: the court)"


# issue #9 recall10: allegations and accusations someone faces ("Moore, who is facing sexual
# misconduct allegations", "Trump, who last year faced allegations of ...") accuse that person
# (112); the accuser only when the noun's own phrase names one ("allegations by women"), else
# none (the document gold's "-" source). Allegations "of Russian meddling", "against X" or
# "that X did" anywhere else were right 20 of 48 times: the gold lists them only when new.
ALLEGATION = "allegation"
ALLEGATION_NOUNS = frozenset({"allegation", "accusation"})
ALLEGER_ROUTES = ("by", "poss", "modifier", "acl-by", "light-verb", "from")
ALLEGED_ENTRY = LexiconEntry(
    code="112",
    pos="noun",
    lemmas=tuple(sorted(ALLEGATION_NOUNS)),
    preps=("faced by",),
    target="prep",
    pattern="T faces allegations (of misconduct): accused by whoever the phrase names, else none",
    origin=ALLEGATION,
)
DENIED_ALLEGATION_ENTRY = replace(
    ALLEGED_ENTRY,
    preps=("denied by",),
    pattern="T denies allegations (of ...): accused by whoever the phrase names, else none",
)


# issue #9 nouns31: criticism someone faces, draws or comes under ("Myanmar's government has
# faced heavy international criticism", "the House package has drawn criticism", "came under
# criticism after ...") criticises that one (111), its critic only as the noun's own phrase
# names one ("criticism from Democrats"), else none (the document gold's "-" source)
CRITICISM_NOUNS = frozenset({"criticism"})
CRITICISED_ENTRY = replace(
    ALLEGED_ENTRY,
    code="111",
    lemmas=tuple(sorted(CRITICISM_NOUNS)),
    pattern="T faces criticism (for ...): criticised by whoever the phrase names, else none",
)
LAST_ATTACKER = "violent:*"
# issue #9 drops21: "following a three-day exercise with the Reagan", "after negotiations with
# Ottawa", "after a phone call with Abe": held with a "with" partner like a meeting
JOINT_WITH_NOUNS = frozenset(
    {"exercise", "drill", "negotiation", "conversation", "call", "discussion", "hearing"}
)


# issue #9 recall19: cooperating with an investigation told in the sentence or those before
COOPERATION_ROOTS = frozenset({"03", "05", "06"})
INVESTIGATOR_HOW = "investigator of"
VISIT_CODES = frozenset({"042", "043"})
# issue #9 precision: things named as a clause's subject, which act on no one ("the law bars",
# "the ban violates", "the plan would restore"); documents that speak for an issuer (a report, a
# statement) are not among them
INANIMATE_SOURCES = frozenset(
    {"act", "law", "bill", "ban", "agreement", "lawsuit", "suit", "plan", "alert", "record",
     "program", "programme", "measure", "policy", "rule", "regulation", "deal", "proposal",
     "legislation", "provision", "clause", "amendment", "order", "tax", "tariff", "scheme",
     "system", "process", "effort", "move", "decision", "case", "investigation", "probe",
     "comment", "remark", "tweet", "video", "ad", "advertisement", "campaign", "town", "city"}
)  # fmt: skip
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# issue #9 nominal: legal action with no party named ("sued to stop the ban", "has appealed",
# "filed a motion", "a lawsuit filed by X") is brought before a court: the court named in the
# sentence, else the courts of the article's country (guideline §9.6: appeals go to the court)
COURT_ACTIONS = frozenset({"115"})
COURT_WORDS = re.compile(r"(?i)\b(?:court|judge|justices|tribunal)\b")


# issue #9 recall27: asking for something with no one asked named ("asked for the change",
# "are seeking more help for families", "will demand protections"): appeals and demands
ASK_FOR_VERBS = frozenset({"ask"})
DEMAND_NOUNS = frozenset({"demand"})  # "Republican demands that ...", "U.S. demands"


INVESTIGATION_ROOT = "09"


INVESTIGATE, CRIME_INVESTIGATION = "090", "091"


# issue #9 frames47: "Trump left Beijing on Friday for the summit in Vietnam": a government's
# people leaving a foreign city or country were visiting it (042); the entry matches only a
# place the parser names as one ("urged Congress to leave the program intact" is no trip)
LEFT_ABROAD = "S left T (a foreign city)"
