"""Who the source and target of an event are: noun phrases from the parse, resolved to actors.

An argument is a head token in the dependency parse. Its text is the compact noun phrase (no
relative clauses or trailing prepositional phrases other than "of ..."); its actor comes from, in
order: the actor book's lookup of that phrase, an actor mention inside the phrase, an apposition,
and for pronouns and definite descriptions ("he", "the alliance") the document's most recent
compatible mention. Each step records the rule that fired.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import numpy

from redline import datafiles
from redline.actors import ActorMatch
from redline.actors.book import (
    COMPANY_NAME,
    as_date,
    courtesy_surname_of_other,
    kin_namesake,
    named_after_place,
    place_word_of_name,
    served_no_more,
)
from redline.actors.graph import KIN, RELATION_NOUNS, subject_matter
from redline.actors.tag import slogan_name
from redline.enrich.names import name_only_titles
from redline.nlp.arrays import keys_of, one_of
from redline.nlp.parse import entity_spans, parse_cache, sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# issue #9/#10 actors19: the American party words of US_POLITICS, which other countries'
# parties and bodies share (Seoul's Democratic Party, Iraq's Republican Guard)
PARTY_WORD = re.compile(r"(?:Democrats?|Democratic|Republicans?)\Z")
# Dependents that are not part of the phrase naming an actor.
DROPPED_DEPS = frozenset(
    {"relcl", "acl", "advcl", "punct", "appos", "cc", "conj", "parataxis", "prep", "ccomp",
     "npadvmod"}
)  # fmt: skip
NESTED_DROPPED = frozenset({"relcl", "acl", "punct", "appos", "cc", "conj", "npadvmod"})
# Words that place a role in U.S. politics ("Democratic Senator", "Republican lawmakers"); a
# bare "Congress" or "Senate" does not (India has a Congress party, many countries a Senate).
US_POLITICS = re.compile(  # "U.S." ends on a dot: no word boundary after it
    r"\bU\.S\.(?!\w)|\b(?:US|American|Democrats?|Democratic|Republicans?|GOP|Congressional"
    r"|Congress(?:wo)?man|House of Representatives)\b"
    r"(?!\s+Guard\b)"  # issue #9/#10 actors20: Iraq's (Syria's, Egypt's) Republican Guard
    r"|\b[Cc]ongressional delegation"  # issue #9/#10 actors10: a "codel" abroad is American
)
# Marks of a U.S. body that hold whatever the dateline (issue #9 round 2: "a special counsel" in a
# Hanoi story, "a federal judge" in a Mexico City one are American): a federal court or agent,
# the FBI, a special counsel or grand jury, a Senate or House committee, a U.S. state's name.
US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii"
    "|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
    "|Washington state|West Virginia|Wisconsin|Wyoming"
)
US_BODY = re.compile(
    r"\b(?:[Ff]ederal|FBI|[Ss]pecial [Cc]ounsel|[Gg]rand [Jj]ury|" + US_STATES + r")\b"
    r"|\b(?:Senate|House)\b(?:\s+[A-Z][\w-]*){0,3}\s+[Cc]ommittees?\b"
)
# issue #9 recall2: a committee or panel of either chamber of a legislature; actors45: its
# subject in lower case and the chamber's possessive too ("the House intelligence panel", "the
# U.S. House of Representatives’ intelligence committee", "the Senate tax-writing committee"),
# never across a determiner ("the Senate and the committee")
LEG_COMMITTEE = re.compile(
    r"\b(?:Senate|House(?: of Representatives)?)(?:['’]s?)?"
    r"(?:\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[\w-]+){0,4}\s+"
    r"(?:[Cc]ommittee|[Ss]ubcommittee|[Pp]anel)\b"
)
US_LEGISLATOR = re.compile(r"\b(?:Senator|Sen\.|Representative|Rep\.|Congress(?:wo)?man)\b")
# Titles and bodies the actor book may not know, with the sector they name: a person or body
# so titled takes the country of U.S. politics when the phrase speaks of it, else the article's
# home (dateline or main country); with neither, it stays unresolved.
# issue #9 actors23: the departments a cabinet secretary heads, as titles name them
DEPARTMENTS = (
    r"Homeland Security|Health and Human Services|Health|Treasury|Energy|Interior|Commerce"
    r"|Labor|Labour|Transportation|Transport|Agriculture|Education|Veterans Affairs"
    r"|Housing and Urban Development|Housing|Environment|Trade|Work and Pensions"
)
CABINET_TITLE = re.compile(
    r"\b(?:" + DEPARTMENTS + r") Secretary\b|\bSecretary of (?:the )?(?:" + DEPARTMENTS + r")\b"
    r"|(?<![Pp]arty )(?<![Gg]eneral )\bSecretary(?= [A-Z][a-z]+ [A-Z][a-z])(?! General)"
)
# a word each pattern of TITLE_SECTORS needs to match at all (speed53: a phrase with none of
# them, most, is not searched seven times; tests/events/test_speed53.py tries each pattern)
TITLE_WORDS = (
    "Gov", "Mayor", "Senat", "Sen.", "Representative", "Rep.", "Congress", "Speaker", "Democrat",
    "Republican", "GOP", "ounsel", "ury", "rosecutor", "ttorney", "nspector", "House", "Leader",
    "Whip", "Secretary",
)  # fmt: skip
TITLE_SECTORS: tuple[tuple[re.Pattern[str], str], ...] = (
    # issue #9 read38: a governor or mayor named with a party ("Republican Gov. Mary Fallin",
    # "Democratic Mayor Bill de Blasio") heads an executive: the title, not the party word
    (re.compile(r"\b(?:Gov\.|Governor|Lt\. Gov\.|Mayor)(?= [A-Z])"), "GOV"),
    # issue #9 read38: "Sen." and "Rep." end on a dot, where no word boundary follows
    (re.compile(r"\b(?:Senators?|Representatives?|Congress(?:wo)?m[ae]n|House Speaker"
                r"|Speaker of the House|Democrats?|Republicans?|GOP|Congressional \w+ Caucus)\b"
                r"|\b(?:Sen|Rep)\.(?=\s)"),
     "LEG"),
    (re.compile(r"\b(?:[Ss]pecial [Cc]ounsel|[Gg]rand [Jj]ury|[Pp]rosecutors?|[Aa]ttorneys? "
                r"[Gg]eneral)\b"), "JUD"),
    # issue #9 recall: an agency's own watchdog is part of the government it oversees
    (re.compile(r"\b[Ii]nspectors? [Gg]eneral\b"), "GOV"),
    # issue #9 recall2: a committee of either chamber ("The House Ethics Committee")
    (LEG_COMMITTEE, "LEG"),
    # issue #9 actors23: a chamber's party officers ("House Majority Whip Steve Scalise")
    (re.compile(r"\b(?:Majority|Minority) (?:Leader|Whip)\b|\bChief Whip\b"), "LEG"),
    # issue #9 actors23: a department's secretary the book does not know ("Acting Homeland
    # Security Secretary Elaine Duke", "Secretary of Health and Human Services Tom Price",
    # "Secretary Tom Price"); not a party's or a body's secretary ("Party Secretary", the
    # "Secretary-General"), which the book's roles place
    (CABINET_TITLE, "GOV"),
)  # fmt: skip
# issue #9 read38: "Former Florida Sen. Bob Graham", "ex-Gov. X": the title held before
FORMER_TITLE = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[A-Z][\w.]*\s+){0,3}?"
    r"(?:Gov\.|Sen\.|Rep\.|(?:Governor|Senator|Representative|Mayor)\b)"
)
# Role nouns that name no side: with no country in their own phrase, not the article's home
SIDELESS_ROLES = frozenset({"critic"})
# issue #9/#10 actors18: a person's followers ("Trump supporters", "President Donald Trump's
# supporters") are a public of the person's country, not the person (the gold codes the
# country alone); words the book has no role for (a voter is CVL there)
FOLLOWER_NOUNS = frozenset({"supporter", "backer", "loyalist", "follower", "fan", "admirer"})
# issue #9 read46: "Trump's rival", "Biden's 2008 Senate opponent", "Israel's enemies", "China's
# neighbours": someone standing against (or beside) the possessor, never the possessor itself
COUNTERPART_NOUNS = frozenset(
    {"rival", "opponent", "challenger", "enemy", "foe", "adversary", "nemesis", "neighbour",
     "neighbor", "detractor", "accuser"}
)  # fmt: skip
# issue #9/#10 actors15: bodies that lobby or campaign ("The group praised Pai's decision", "A
# lobby coalition rejected Brady's statement", "the BUILD Coalition"): one the book does not know
# is placed as an organisation it does not know by name is, in the article's home (no sector)
LOBBY_NOUNS = frozenset({"group", "coalition", "caucus", "lobby", "association"})
# Words that make such a body an armed or foreign one, never the home's by default
ARMED_OR_FOREIGN = frozenset(
    {"militant", "rebel", "armed", "insurgent", "terrorist", "extremist", "jihadist", "islamist",
     "separatist", "guerrilla", "paramilitary", "foreign", "international", "overseas", "led"}
)  # fmt: skip
# issue #9/#10 actors15: a person told again by a common noun ("Trump has endorsed the
# candidate", "The former comedian has denied ..."): the person named last before the sentence
PERSON_NOUNS = frozenset(
    {"candidate", "nominee", "comedian", "actor", "actress", "suspect", "conservative",
     "liberal", "billionaire", "tycoon", "mogul", "incumbent", "challenger", "defendant",
     "politician", "populist", "newcomer", "frontrunner", "front-runner", "hardliner",
     "moderate", "veteran", "singer", "star", "entrepreneur", "developer", "gunman",
     "attacker", "assailant", "accused"}
)  # fmt: skip
PERSON_BACK_SENTENCES = 2  # sentences before the noun's own where the person may be named
# issue #9/#10 actors20: "the two sides", "both leaders" after two actors are named: the noun
# and the kinds of actor it can stand for (split_pair), and how many sentences back they are
PEOPLE_KINDS = frozenset({"person"})
STATE_KINDS = frozenset({"country", "metonym"})
OTHER_COUNTRY_REACH = 600  # characters: "the country" is one told a sentence or two before
PAIR_NOUNS = {
    "side": PEOPLE_KINDS | STATE_KINDS | {"organisation"},
    "leader": PEOPLE_KINDS, "president": PEOPLE_KINDS, "man": PEOPLE_KINDS,
    "country": STATE_KINDS, "nation": STATE_KINDS, "government": STATE_KINDS,
    "neighbour": STATE_KINDS, "neighbor": STATE_KINDS, "ally": STATE_KINDS,
}  # fmt: skip
PAIR_BACK_SENTENCES = 2
PAIR_HOW = "<-the two"  # the route of an argument split_pair made
# issue #9/#10 actors15: the same role words named nearby with a country (same_words_near)
NEAR_BEFORE = 1500  # characters back
NEAR_DETERMINERS = re.compile(r"(?i)^(?:the|these|those|its|their|his|her)\s+")
INDEFINITE = frozenset({"a", "an", "another", "other", "some", "many", "several"})
# issue #9/#10 actors15: "some of his fellow Republicans", "nearly all of the House's 193
# Democrats": a part of a group acts as the group, its "of" object names who they are
PARTITIVES = frozenset(
    {"some", "many", "most", "all", "several", "few", "none", "both", "each", "half", "dozens",
     "scores", "hundreds", "thousands", "majority", "minority", "handful"}
)  # fmt: skip
# Bare nouns that refer back to the committee named before ("the panel opened a probe").
COMMITTEE_NOUNS = frozenset({"panel", "committee", "subcommittee"})
# issue #9/#10 actors21: bare definite nouns that point back at the body of that kind named
# before, and the words such a body's name has ("the department" after "the Justice Department")
BODY_NOUNS = {
    "department": ("Department",),
    "commission": ("Commission",),
    "committee": ("Committee",),
    "panel": ("Committee", "Commission", "Panel"),
    # issue #9 read46: "the executive" after "the Scottish Executive" (a role otherwise: BUS)
    "executive": ("Executive",),
}
# Body nouns that are also a person's role ("a business executive"): the body named before wins
BODY_OVER_ROLE = frozenset({"executive"})
# issue #9/#10 actors10: "the agency", "the regulator" point back at the agency named before
AGENCY_NOUNS = frozenset({"agency", "regulator", "bureau"})
# issue #9 recall30: "pull out of the Paris accord", "the Minsk agreements": a pact named after
# the city it was signed in is no act of that city's country
CITY_PACT_NOUNS = frozenset({"accord", "agreement", "treaty", "pact", "protocol", "convention"})
# issue #9 recall35: "the State Department" too ("Tillerson ... reorganize the State Department.
# ... blasted the agency for cuts in staff")
AGENCY_NAME = re.compile(
    r"\b(?:Agency|Administration|Bureau|Commission|Service|Authority|Department)\b"
)
AGENCY_WINDOW = 1500  # characters back
# Sectors whose bare definite role ("the court", "the police") points back at the one named
# before with its country (issue #9 precision).
BACK_SECTORS = frozenset({"JUD", "COP", "MIL", "LEG", "SPY"})
ENVOY_WORDS = frozenset({"ambassador", "embassy", "envoy", "diplomat", "delegation", "consul"})
# Where a role stands in its clause for the act's place to be its own (issue #9 recall2).
CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
# issue #9/#10 focus38: how many sentences back a role's passage may reach for the country it is
# about (ActorResolver.local_focus); past the first, never across a paragraph break
LOCAL_BACK = 4
PARAGRAPH_BREAK = re.compile(r"\n|\s{2,}")
# the links that tie an actor to the verb it is an argument of ("criticised Mexico", "talks with
# Mexico's president", "Mexican police arrested ...")
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "pobj", "agent"})
SAID_DEPS = frozenset({"ccomp", "xcomp", "acomp", "oprd", "prt", "dep"})
# the sectors of the roles that take the passage's country: the state, its politics and people
# (no firm, newspaper or school: "the firm" of a spokeswoman for a Washington company)
LOCAL_SECTORS = frozenset(
    {"GOV", "OPP", "MIL", "COP", "LEG", "JUD", "SPY", "REB", "CVL", "PTY", "ELI", "CRM", "UAF"}
)
# people a state's force acts on at home ("Mexican police arrested protesters"): the force's
ACTED_ON = frozenset({"CVL", "OPP"})
FORCES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
SCENE_SECTORS = frozenset({"", "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB"})
SCENE_PREPS = frozenset({"in", "at", "inside", "across", "throughout", "during"})
# issue #9/#10 actors22: plural heads that stand for countries ("other nations, including France")
COUNTRY_PLURALS = frozenset({"nation", "country", "government", "ally", "neighbour", "neighbor"})
# issue #9/#10 actors22: verbs whose "in"/"at" place is the subject's destination
ARRIVAL_VERBS = frozenset({"arrive", "land", "fly", "travel", "come", "head", "return"})
# issue #9 roles34: prepositions whose place in a role's own phrase is the role's country, and
# verbs whose place is a venue, not where their people are from ("officials who met in Geneva")
OWN_PLACE_PREPS = frozenset({"in", "at", "of"})
SKIP_VENUE_VERBS = frozenset(
    {"meet", "gather", "talk", "visit", "speak", "attend", "testify", "say", "tell", "announce"}
)
STAY_VERBS = frozenset({"live", "work", "serve", "study", "stay", "base", "station", "hide"})
# the sectors of people of no state, placed by where they acted ("a gunman who opened fire in")
DOER_SECTORS = frozenset({"CVL", "UAF", "CRM", "REB", "OPP"})
VENUE_NOUNS = frozenset(
    {"conference", "summit", "meeting", "forum", "event", "dinner", "ceremony", "hearing"}
)
# Prepositions whose object still describes who the actor is ("a court in Guyana").
DESCRIBING_PREPS = frozenset({"of", "in", "from", "for"})
SERVING_PREPS = frozenset({"for"})
ORIGIN_PREPS = frozenset({"from"})
SERVED_NO_MORE = " no more"  # the end of the rule of a former officer of an international body
# issue #9 recallb: the hosts of a visitor are the country the visit is in (_hosts)
HOST_NOUNS = frozenset({"host"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves", "we", "us", "our"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
AUTHOR_PREAMBLE = re.compile(
    r"\b(?:statements?|posts?|tweets?|remarks)\s+(?:were|was|are|is)\s+(?:posted|issued|"
    r"released|published|made)\s+(?:to|on|by)\s+(?:the\s+)?(?:verified\s+)?"
    r"(?:(?:\w+\s+)?accounts?\s+of\s+)?(?P<who>[A-Z][^,@\n]{2,80}?)\s*(?:,|@|(?<=[a-z])\.\s|\n|$)"
)
# issue #9/#10 actors23: a U.S. party's leaders, as a group ("Democratic leaders", "Senate
# Republican leaders")
PARTY_LEADERS = re.compile(
    r"\b(?:Democratic|Republican)\s+(?:(?:[Cc]ongressional|Senate|House|[Pp]arty)\s+)?leaders\b"
)
# issue #9 unres33: the two U.S. parties as coordinated modifiers ("Republican and Democratic
# leaders"): two sides, one argument each
US_PARTY_WORDS = frozenset({"Republican", "Democratic"})
# issue #9/#10 actors23: the time stamp closing a post in a feed of someone's posts ("[0914 EST]")
POST_ZONE = re.compile(r"EST|EDT|ET|GMT|UTC")
POST_TIME = re.compile(r"\[?[0-2]\d[0-5]\d\s+(?:EST|EDT|ET|GMT|UTC)\]?$")
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})
# Documents speak for whoever issued them: "a report released in Kigali", "a statement from the
# Russian foreign ministry". When the head names no actor, the first actor under it does.
DOCUMENT_NOUNS = frozenset(
    {"report", "statement", "study", "communique", "letter", "document", "declaration",
     "resolution", "survey", "memo", "dossier", "white paper", "paper", "ruling", "verdict"}
)  # fmt: skip
# issue #9 actors26: pieces of writing that speak for their author ("The article, which was
# authored by X, praised ..."), read as documents are for who sent them
AUTHORED_NOUNS = frozenset({"article", "piece", "op-ed", "editorial", "column", "essay"})
# issue #9 actors26: verbs by which a document is put out by its subject ("The White House
# issued statements that praised ...")
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "sign", "write", "circulate"})
# issue #9/#10: acts and decisions that are their maker's ("Robart's decision")
# A Reuters ticker's exchange suffix -> the country of the exchange ("SAN.MC": Madrid). Hong
# Kong and other hubs where foreign companies list are left out.
TICKER = re.compile(r"\([A-Z0-9]{1,7}\.[A-Z]{1,2}\)")
# issue #9/#10 actors16: "the Uzbek immigrant accused of ...", then "Sayfullo Saipov": a person
# the book does not know, whose nationality the article gives only in a definite description
DESCRIBED_PERSON = re.compile(
    r"\b[Tt]he\s+(?P<nation>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<noun>immigrant|suspect|"
    r"man|woman|national|citizen|cleric|preacher|dissident|gunman|attacker|assailant|"
    r"driver|defendant|businessman|businesswoman|student|refugee|migrant|asylum seeker)\b"
)
DESCRIBED_WINDOW = 1000  # characters from the description to the name
EXCHANGES = {
    "N": "USA", "O": "USA", "OQ": "USA", "K": "USA", "A": "USA", "P": "USA",
    "L": "GBR", "PA": "FRA", "DE": "DEU", "F": "DEU", "MC": "ESP", "MI": "ITA", "AS": "NLD",
    "BR": "BEL", "S": "CHE", "ST": "SWE", "HE": "FIN", "CO": "DNK", "OL": "NOR", "T": "JPN",
    "SS": "CHN", "SZ": "CHN", "KS": "KOR", "KQ": "KOR", "TW": "TWN", "NS": "IND", "BO": "IND",
    "TO": "CAN", "AX": "AUS", "SA": "BRA", "MX": "MEX", "JK": "IDN", "KL": "MYS", "BK": "THA",
    "IS": "TUR", "MM": "RUS", "J": "ZAF", "SE": "SAU", "TA": "ISR", "VI": "AUT", "LS": "PRT",
    "AT": "GRC", "WA": "POL", "I": "IRL", "NZ": "NZL",
}  # fmt: skip
OWNED_ACTS = frozenset(
    {"decision", "ruling", "order", "proposal", "plan", "policy", "nomination", "request",
     "remarks", "comments", "administration", "campaign", "veto", "offer", "demand",
     # issue #9/#10 actors10: "applauded Twitter's move", "opposed de Blasio's call"
     "move", "action", "call", "approach", "argument", "measure", "initiative", "effort",
     "step", "repeal", "stance", "position", "statement", "announcement", "claim"}
)  # fmt: skip
# issue #9 read19: participles that make an act ("the claims made by Michael Howard", "the plan
# put forward by Paris"); "the bill backed by Trump" names a supporter, not its maker
ACT_MAKING_VERBS = frozenset(
    {"make", "put", "propose", "table", "unveil", "draft", "introduce", "write", "sponsor",
     "issue", "announce", "level", "lodge", "file", "submit", "present", "launch", "voice"}
)  # fmt: skip
# issue #9/#10 actors15: acts whose own "by" or "in <legislature>" phrase names their maker
PHRASE_ACTS = OWNED_ACTS | frozenset({"recommendation", "bill", "legislation", "amendment"})
# Acts a country named before the noun is the topic of, not the maker ("the Russia policy",
# "the China campaign"): a country modifier makes no owner of these
TOPIC_ACTS = frozenset({"policy", "campaign", "administration", "nomination", "position"})
# a country word that names the act's maker when it modifies the act noun ("U.S. proposals");
# a country's name or capital there is the act's topic ("the Jerusalem decision")
MAKER_COUNTRY_WORDS = frozenset({"U.S.", "US", "U.N.", "UN", "EU", "E.U.", "UK", "U.K."})
# issue #9 actors: a definite act told before ("Democrats slammed the decision", "Moore denied
# the allegations") is its maker's: the one who made it by its verb ("the court ruled") or owns
# it by name ("de Blasio's plan") nearest before. Noun -> the verbs that make it. issue #9
# recall35: "the reports" after "The Washington Post reported that ...": the reporter's
ACT_MAKERS: dict[str, frozenset[str]] = {
    noun: frozenset(verbs.split())
    for noun, verbs in {
        "decision": "decide rule", "ruling": "rule decide", "verdict": "rule find",
        "judgment": "rule", "order": "order", "injunction": "order issue grant",
        "plan": "plan propose unveil announce", "proposal": "propose unveil",
        "idea": "propose suggest float", "suggestion": "suggest", "ban": "ban impose",
        "move": "move",
        "allegation": "allege accuse", "accusation": "accuse allege", "claim": "claim",
        "charge": "charge accuse", "lawsuit": "sue file", "suit": "sue file",
        "request": "request ask", "demand": "demand", "investigation": "investigate open launch",
        "probe": "probe investigate open launch", "inquiry": "investigate open launch",
        "bill": "introduce propose sponsor pass", "legislation": "introduce propose pass",
        "measure": "introduce propose pass", "nomination": "nominate",
        "step": "take", "action": "take", "report": "report",
        # issue #9 makers34: measures, made by the noun's own maker only (_measure_made_by)
        "scheme": "", "target": "", "tax": "", "law": "", "budget": "", "reform": "", "deal": "",
        "policy": "",
        # issue #9/#10 held53: a deal told by its verbs first ("Vodafone agreed to buy ...
        # The deal was thrown out"): the buyer's or seller's (DEAL_VERBS, the sentences before)
        "takeover": "", "merger": "", "acquisition": "",
        # issue #9 read47: acts told by their verb first ("Trump commuted the sentence of ...
        # The Biden campaign criticized the commutation"): whoever did the verb
        "commutation": "commute", "pardon": "pardon", "withdrawal": "withdraw",
        "dismissal": "dismiss", "firing": "fire", "expulsion": "expel", "veto": "veto",
        "invasion": "invade", "annexation": "annex", "appointment": "appoint",
        # issue #9 actors49: a rise told by its verb first ("Unveiling the latest increase,
        # Mr Blair said ... the TUC welcomed the increase"), an announcement and a
        # recommendation by theirs ("cut" too gained one right tuple and one wrong: left out)
        "increase": "raise increase unveil announce", "hike": "raise hike unveil announce",
        "announcement": "announce", "recommendation": "recommend",
        # issue #9 read51h: an offer or a bid told before ("a takeover offer from Foster's ...
        # Southcorp dismissed the offer"): whoever made it, or whom it came from
        "offer": "offer make", "bid": "bid make launch",
        # issue #9 read57: a sentence or a conviction told by its verb first ("was sentenced
        # by a revolutionary court ... RSF criticised the sentence"): the court's
        "sentence": "sentence jail imprison", "conviction": "convict",
    }.items()
}  # fmt: skip
# issue #9/#10 actors10: acts any verb may make ("Twitter banned them ... RT condemned the
# decision", "the administration revealed the new rules ... Republicans praised the move"):
# with no maker by name, the subject of the sentence before's main verb
GENERIC_ACTS = frozenset({"move", "decision", "step", "action"})
# issue #9 read51h: acts whose "from" phrase names who made them ("an offer from ...")
FROM_MADE_ACTS = frozenset({"offer", "bid"})
# The same act by another noun ("the probe" after "Mueller's investigation").
ACT_SYNONYMS = {
    "probe": "investigation", "inquiry": "investigation", "suit": "lawsuit",
    "accusation": "allegation", "charge": "allegation", "ruling": "decision",
    "verdict": "decision", "judgment": "decision", "legislation": "bill", "measure": "bill",
    "proposal": "plan", "idea": "plan",
    "takeover": "deal", "merger": "deal", "acquisition": "deal",
}  # fmt: skip
# issue #9/#10 held53: the verbs that tell a deal ("agreed to buy", "acquired"), whose doer made
# "the deal" told next
DEAL_VERBS = frozenset({"buy", "acquire", "purchase", "sell", "merge", "take"})
ACT_WINDOW = 1500  # characters back to look for the maker
# issue #9 makers34: measures judged or answered ("criticised the scheme", "welcomed the new
# targets set by the government") are their maker's: the one a participle or relative clause on
# the measure names ("announced by ministers", "which the Treasury launched"), else the one who
# made the same measure noun in the MEASURE_REACH sentences before ("The Treasury unveiled a
# savings scheme ... the scheme was a gimmick")
MEASURE_NOUNS = frozenset(
    {"plan", "scheme", "policy", "target", "tax", "bill", "law", "budget", "proposal", "reform",
     "ban", "deal"}
)  # fmt: skip
MEASURE_MAKING_VERBS = ACT_MAKING_VERBS | frozenset(
    {"set", "impose", "strike", "pass", "adopt", "levy", "agree", "approve", "bring", "send"}
)
MEASURE_REACH = 2  # sentences before the measure's own
# Nouns naming the maker of an act ("the accuser" of "the allegations").
ACT_AGENTS = {"allegation": frozenset({"accuser"}), "lawsuit": frozenset({"plaintiff"})}
# issue #9 actors: who works or speaks for someone is on their side ("Clovis' attorney", "Mueller's
# team", "his panel"): a noun the book does not know, owned by a name or a pronoun.
# issue #9 actors44: the prepositions that give a group by an example ("critics, including X")
EXAMPLE_PREPS = frozenset({"including", "like"})
OWNED_GROUPS = frozenset(
    {"attorney", "lawyer", "team", "office", "staff", "panel", "committee", "campaign", "camp",
     "counsel", "representative", "legal team", "colleague"}
)  # fmt: skip
# issue #9 unres33: "urge our colleagues to support it" in a lawmaker's statement: "our" and
# "my" are the speaker's, as "his" and "their" are the one named
OWNERS = frozenset({"his", "her", "their", "our", "my"})
# issue #9 actors48: "his supporters", "her opponents": a person's followers and rivals in a
# race named by a pronoun are of the person's country, as "Trump's supporters" (FOLLOWER_NOUNS)
# and "Trump's rival" are; not "his neighbor", "her enemies" (a first run: +1 right, +3 wrong)
PUBLIC_NOUNS = FOLLOWER_NOUNS | {"rival", "opponent", "challenger"}
# issue #9 unres33: nouns of a person put forward for a post ("the nomination of X")
NOMINEE_NOUNS = frozenset({"nomination", "confirmation", "appointment", "candidacy"})
# Definite descriptions that point back to an earlier organisation or country.
BACK_REFERENCES = {
    "alliance": ("organisation",),
    "bloc": ("organisation",),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "body": ("organisation",),
    "group": ("organisation", "role"),
    "country": ("country", "metonym"),
    "nation": ("country", "metonym"),
    "kingdom": ("country", "metonym"),
    "republic": ("country", "metonym"),
}

# issue #9/#10 actors21: how a role noun holds the name of the person it is ("businessman
# Ekim Yilmaz", "the trader, Reza Zarrab")
NAMING_DEPS = frozenset({"appos", "compound", "flat"})
# issue #9/#10 actors21: "the reclusive state", "the Jewish state": a state with a describing
# adjective is a country told before (a bare "the state" is a U.S. state's government)
STATE_NOUN = "state"
COUNTRY_NOUNS = frozenset(k for k, v in BACK_REFERENCES.items() if "country" in v)
# the dependents of a verb that are its other actors, never the country a phrase refers back to
# ("South Korea condemned the reclusive state's leader": not South Korea's)
CO_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "dative", "attr"})


@dataclass(frozen=True, slots=True)
class Argument:
    """One resolved source or target: the phrase, its offsets, its actor and how it was found."""

    text: str
    start: int
    end: int
    actor: Any | None  # redline.actors.ActorMatch
    how: str  # dependency route, e.g. "nsubj", "pobj(on)", "agent(by)"
    rule: str  # how the actor was resolved

    @property
    def code(self) -> str | None:
        return self.actor.code if self.actor is not None else None

    def describe(self) -> str:
        actor = self.rule if self.actor is not None else "unresolved"
        return f"{self.how} {self.text!r}->{actor}"


def _counterpart(head: Token) -> bool:
    """A possessed counterpart noun ("Trump's rival", "Israel's enemies"): not its possessor."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in COUNTERPART_NOUNS
        and any(c.dep_ == "poss" for c in head.children)
    )


def relative_clause_of(pronoun: Token) -> Token | None:
    """issue #9 recall20: the relative clause whose fronted "with whom / with which" (or
    another preposition) ``pronoun`` is the object of, through the verbs the clause's verb
    governs ("the counsel, with whom he continues to cooperate"), or None."""
    if pronoun.lower_ not in RELATIVE_PRONOUNS or pronoun.dep_ != "pobj":
        return None
    prep = pronoun.head
    if prep.dep_ != "prep" or prep.i > prep.head.i:
        return None
    verb = prep.head
    while verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def has_to_infinitive(token: Token) -> bool:
    """``token`` has an infinitival "to" as its auxiliary: "threatened to strike", and "agreed to
    talks", where the parser reads the noun as a "to" verb. One test for the many places that
    tell a "to" clause from a finite one."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


# issue #9 bugs23: abstract nouns a country "has" ("Argentina's energy crisis", "Britain's
# economy"): as the subject of an act they are circumstances, not the country acting
CONDITION_NOUNS = frozenset(
    {"crisis", "shortage", "economy", "recession", "slump", "downturn", "slowdown", "boom",
     "deficit", "debt", "inflation", "unemployment", "weakness", "collapse", "instability",
     "turmoil", "drought", "famine", "shortfall", "growth", "decline", "situation", "problem",
     "woe", "trouble"}
)  # fmt: skip


def _state_of_affairs(head: Token, how: str, actor: Any) -> bool:
    """Whether ``head`` is a country's condition ("Argentina's energy crisis") as a subject."""
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in CONDITION_NOUNS
        and how.split("<-")[0].split("^")[-1] == "nsubj"
        and getattr(actor, "kind", None) in STATE_KINDS
    )


def ampersand_name(head: Token) -> Token | None:
    """issue #9 bugs23: "Ernst & Young", "Marks & Spencer": two proper nouns joined by "&" are
    one firm's name, not two actors; the second noun of the name, or None."""
    if head.pos_ != "PROPN":
        return None
    amp = next((c for c in head.children if c.dep_ == "cc" and c.text == "&"), None)
    if amp is None:
        return None
    return next(
        (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > amp.i),
        None,
    )


# issue #9 read36: the nouns of one who speaks for a body named in their "for" phrase
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})


# issue #9/#10 actors24: the office nouns a portfolio of two fields is joined to ("the shadow
# work and pensions secretary", "the Health and Human Services Department")
PORTFOLIO_OFFICES = frozenset(
    {"secretary", "minister", "ministry", "department", "committee", "spokesman", "spokeswoman",
     "spokesperson", "subcommittee", "commissioner"}
)  # fmt: skip


def portfolio_conjunct(head: Token) -> Token | None:
    """issue #9/#10 actors24: the office noun a bare field is joined to by "and" in one
    portfolio ("Shadow work and pensions secretary Debbie Abrahams" parsed as "Shadow work"
    and "pensions secretary"): one office, not two actors. ``head`` has no determiner,
    possessive or number of its own, the office noun only compounds before it."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in PORTFOLIO_OFFICES:
        return None
    if any(c.dep_ in ("poss", "nummod", "amod") for c in head.lefts):
        return None
    for conj in head.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("NOUN", "PROPN") or conj.i < head.i:
            continue
        if conj.lemma_.lower() not in PORTFOLIO_OFFICES:
            return None
        between = head.doc[head.i + 1 : conj.i]
        if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in between):
            return None
        if any(t.dep_ not in ("cc", "compound") for t in between):
            return None
        return conj
    return None


# issue #9/#10 actors24: "a Chinese-owned company", "Iranian-backed militias": the parse hangs
# the country word on the participle as npadvmod (dropped with the hyphen), leaving "owned
# company" placed by the dateline. The participle keeps its hyphened modifier; an owner is
# whose the actor is, a backer or funder is not the actor
OWNER_PARTICIPLES = frozenset(
    {"owned", "controlled", "run", "based", "operated", "dominated"}
)  # not "led": "the Saudi-led coalition" has its own rule (who leads the coalition)
BACKER_PARTICIPLES = frozenset(
    {"backed", "funded", "sponsored", "supported", "armed", "trained", "allied", "aligned",
     "inspired", "linked", "affiliated", "financed"}
)  # fmt: skip
HYPHEN_OWNER = re.compile(r"(?<=[\w.])-(?:" + "|".join(sorted(OWNER_PARTICIPLES)) + r")\b")
HYPHEN_BACKER = re.compile(
    r"(?:\b[\w.]+\s)?[\w.]+-(?:" + "|".join(sorted(BACKER_PARTICIPLES)) + r")\s+"
)


def _hyphened_modifier(tok: Token) -> list[Token]:
    """The "Chinese" and "-" of "Chinese-owned" when ``tok`` is the participle."""
    if tok.dep_ != "amod" or tok.lower_ not in OWNER_PARTICIPLES | BACKER_PARTICIPLES:
        return []
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return []
    mod = doc[tok.i - 2]
    if mod.head.i != tok.i or mod.whitespace_ or mod.dep_ not in ("npadvmod", "compound", "amod"):
        return []
    if not mod.text[:1].isupper():
        return []  # "state-run", "family-owned": no one named
    return [doc[tok.i - 1], *mod.subtree]


def owners_phrase(phrase: str) -> str:
    """``phrase`` read for whose the actor is: "Chinese-owned company" -> "Chinese company",
    "Iranian-backed militias" -> "militias" (issue #9/#10 actors24)."""
    if "-" not in phrase:
        return phrase
    return HYPHEN_OWNER.sub("", HYPHEN_BACKER.sub("", phrase))


CHARGING_VERBS = frozenset({"accuse", "charge", "suspect", "convict", "acquit", "clear"})


def _charge_gerund(head: Token, prep: Token) -> bool:
    """Session 27: "accused the government of betraying workers", the parse making "betraying"
    a modifier of "workers": the "of" after an accusation's object tells the charge (a gerund
    comes first), not who the accused are."""
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return (
        after is not None
        and after.tag_ == "VBG"
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.lemma_.lower() in CHARGING_VERBS
    )


def phrase_span(head: Token, preps: frozenset[str] = frozenset({"of"})) -> tuple[int, int]:
    """Character span of the compact noun phrase headed by ``head`` (with its ``preps`` phrases)."""
    tokens = [head]
    stack = [c for c in head.children if c.dep_ not in DROPPED_DEPS]
    if (office := portfolio_conjunct(head)) is not None:  # "work and pensions secretary"
        stack += [c for c in head.children if c.dep_ == "cc" and c.i < office.i] + [office]
    if (second := ampersand_name(head)) is not None:
        stack += [c for c in head.children if c.dep_ == "cc" and c.text == "&"] + [second]
    stack += [
        c for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        # unseen NBC reading: "accused his opponents of sympathizing with North Korea": the
        # "of" of a gerund tells the charge, not who the opponents are
        and not any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        and not _charge_gerund(head, c)
    ]  # fmt: skip
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in NESTED_DROPPED)
        tokens.extend(_hyphened_modifier(tok))
    lo = min(tokens, key=lambda t: t.i)
    hi = max(tokens, key=lambda t: t.i)
    # issue #9/#10 actors24: the "and" of two fields inside the phrase ("Shadow work and
    # pensions secretary Debbie Abrahams", "work" the parse's modifier of "secretary") is part
    # of the phrase, not a gap that cuts it to "pensions secretary Debbie Abrahams"
    members = {t.i for t in tokens}
    tokens += [
        t for t in head.doc[lo.i : hi.i + 1]
        if t.i not in members and t.dep_ == "cc" and t.head.i in members
        and t.head.i != head.i and t.head.pos_ == "NOUN" and t.head.dep_ in ("nmod", "compound")
    ]  # fmt: skip
    # issue #9 read54: the hyphen inside a word ("one of Japan's best-known businessmen", "a
    # well-known Russian businessman"), the parse's punctuation, joins the words on each side
    # of it: not a gap that cuts the phrase to "one of Japan's best" or "known Russian
    # businessman" (a spaced dash still does). Only before a lower-case word: "an
    # Iranian-American businessman" keeps its last nationality and "Muammar el-Qaddafi" the
    # name the book knows, as before
    members = {t.i for t in tokens}
    tokens += [
        t for t in head.doc[lo.i + 1 : hi.i]
        if t.i not in members and t.text == "-" and not t.whitespace_
        and not head.doc[t.i - 1].whitespace_
        and t.i - 1 in members and t.i + 1 in members
        and head.doc[t.i + 1].text[:1].islower()
    ]  # fmt: skip
    # the phrase must be contiguous for offsets: fall back to the head alone when it is not
    if hi.i - lo.i + 1 != len({t.i for t in tokens}):
        lo, hi = _contiguous_around(head, {t.i for t in tokens})
    while lo.i < hi.i and (lo.is_punct or lo.dep_ == "cc"):
        lo = lo.doc[lo.i + 1]
    while hi.i > lo.i and hi.is_punct:
        hi = hi.doc[hi.i - 1]
    return lo.idx, hi.idx + len(hi.text)


DASHES = frozenset({"—", "–", "--"})


def _named_after_dash(head: Token) -> bool:
    """Whether a dash a few words after ``head`` opens a proper name ("the group behind the
    attack — Ansar al-Sharia"): the noun is named in its own sentence."""
    sent_end = head.sent.end
    for tok in head.doc[head.i + 1 : min(head.i + 7, sent_end - 1)]:
        if tok.pos_ == "VERB":
            return False
        if tok.text in DASHES:
            return head.doc[tok.i + 1].pos_ == "PROPN"
    return False


def _contiguous_around(head: Token, members: set[int]) -> tuple[Token, Token]:
    lo = hi = head.i
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    return head.doc[lo], head.doc[hi]


LISTED_NOUNS = frozenset({"country", "nation"})
NUMBER_WORDS = dict(
    zip(
        ("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
         "twenty"),
        range(3, 21),
        strict=True,
    )
)  # fmt: skip


def _count(num: Token | None) -> int | None:
    """The number a numeral modifier says ("11", "eleven"), else None."""
    if num is None:
        return None
    if num.text.isdigit():
        return int(num.text)
    return NUMBER_WORDS.get(num.lower_)


def _listed(first: Token) -> list[Token]:
    """The names of a list opening with ``first``: its conjuncts, and the appositions the parse
    makes of some ("Fiji, Tonga, Samoa and Vanuatu" with "Tonga" read as apposition)."""
    out, todo = [first], [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in ("conj", "appos") and child.pos_ == "PROPN" and child not in out:
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the nouns coordinated with it ("Biden and Starmer" -> both).

    A list the parser reads as apposition ("the US, Russia, and Switzerland") counts when the
    apposition itself carries the "and".
    """
    if head.pos_ == "ADP":  # "Barack Obama" misparsed as preposition + object
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    out = [head]
    firm = {t.i for t in (ampersand_name(c) for c in (head, *head.conjuncts)) if t is not None}
    office = portfolio_conjunct(head)
    next_verb = next_verbs_object(head)
    for tok in head.conjuncts:
        if next_verb is not None and tok.i >= next_verb:
            break  # "examined data and contacted experts": the experts are contacted
        if tok.i > head.i and opens_next_clause(tok):
            break  # "criticized Russia and China praised the deal": China acts in its own clause
        if tok.i in firm:
            continue  # "Ernst & Young": one firm's name
        if office is not None and tok.i == office.i:
            continue  # "work and pensions secretary": one office
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok not in out:
            out.append(tok)
    for named in (c for c in head.lefts if c.dep_ == "nmod" and c.ent_type_ == "PERSON"):
        # issue #9/#10 actors21: "Secretary Rex Tillerson and Foreign Minister Julie Bishop"
        # parsed with the first name hung on the second and the "and" on the first: a pair
        if any(c.dep_ == "cc" for c in named.children) and named.conjuncts:
            out.append(named)
    for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        if _appos_across_clause(head, appos):
            continue  # issue #9 read50: the parse reached across the clause, no list of it
        if any(c.dep_ == "cc" for c in appos.children) or appos.conjuncts:
            for tok in (appos, *appos.conjuncts):
                if tok.pos_ in ("NOUN", "PROPN") and tok not in out:
                    out.append(tok)
    return sorted(out, key=lambda t: t.i)


CLAUSE_OPENER_SKIPPED = frozenset({"aux", "neg", "advmod"})


def opens_next_clause(noun: Token) -> bool:
    """issue #9 taken28: "The senator criticized Russia and China praised the deal" parsed with
    China a conjunct of the object and "praised" a conjunct of "criticized" with no subject: a
    name opened by "and" or "but" that stands right before such a verb (past its auxiliaries
    and adverbs) is that verb's subject (coder._stray_subject), not another object."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i > noun.i:
        return False
    opener = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if opener is None or opener.dep_ != "cc" or opener.lower_ not in ("and", "but"):
        return False
    k = noun.i + 1
    doc = noun.doc
    while k < len(doc) and doc[k].dep_ in CLAUSE_OPENER_SKIPPED and doc[k].head.i > k:
        k += 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.i == noun.head.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


@datafiles.cached
def _participle_adjectives() -> frozenset[str]:
    """Participles news uses as adjectives ("wounded civilians"): data/events/."""
    return frozenset(datafiles.lines("events/participle_adjectives.txt", inline_comments=True))


def next_verbs_object(head: Token) -> int | None:
    """issue #9 unseen27: "Wikinews examined data and contacted experts and local
    authorities" parsed with "contacted" as a modifier of "experts", a conjunct of the object
    "data": the conjunct a bare past participle opens right after "and" is the object of that
    next verb, not of the first. The index of the first such conjunct, else None."""
    for tok in head.conjuncts:
        if tok.i < head.i:
            continue
        first = tok.left_edge
        if (
            first.dep_ == "amod"
            and first.head.i == tok.i
            and first.tag_ in ("VBD", "VBN")
            and first.i > 0
            and first.doc[first.i - 1].dep_ == "cc"
            and first.lemma_.lower() not in _participle_adjectives()
        ):
            return tok.i
    return None


def _judged_thing(head: Token) -> bool:
    """ "it was dangerous", "it is very disappointing": "it" as the subject of "be" and an
    adjective, a thing judged (an act, a result) far more often than a body."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children)
    )


def _outlet_told(doc: Doc, start: int) -> bool:
    """Whether the mention at char ``start`` is whom a reporting verb tells ("told the BBC",
    "said to Reuters", "told Reuters in an interview")."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    if tok is None:
        return False
    while tok.dep_ in ("compound", "det", "poss", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell":
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "to"
        and tok.head.head.lemma_.lower() in ("say", "speak", "talk", "tell")
    )


def _one_person(tok: Token) -> bool:
    """A person's name, or a singular noun of a person's office ("the chancellor")."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in _office_words()


def _office_words() -> frozenset[str]:
    from redline.actors.graph import _titles

    return _titles()


def dateline_end(text: str) -> int:
    """Where the dateline opening ``text`` ends ("UNITED NATIONS (Reuters) - "), 0 if none."""
    from redline.clean.header import find_dateline

    found = find_dateline(text[:200])
    return found.end if found is not None else 0


def _same_word_before(head: Token) -> list[Token]:
    """The tokens before ``head`` with its lowercase form, in order: picked from the parse's
    array of forms (uint64 hashes, compared exactly), so that the others are never built."""
    import numpy
    from spacy.strings import get_string_id

    doc = head.doc
    lowers = doc.to_array("LOWER")[: head.i]
    same = numpy.flatnonzero(lowers == numpy.uint64(get_string_id(head.lower_))).tolist()
    return [doc[j] for j in same]


def _place_in_name(mention: tuple[int, int, Any], people: list[tuple[int, int]]) -> bool:
    """A book mention of a bare place (no role added) inside, and shorter than, a person's name."""
    start, end, match = mention
    if match.kind not in ("country", "metonym") or "+ role:" in match.rule:
        return False
    return any(s <= start and end <= e and e - s > end - start for s, e in people)


def _title_before_name(
    mention: tuple[int, int, Any], people: list[tuple[int, int]], resolver: Any
) -> tuple[int, int, Any] | None:
    """issue #9/#10 actors13: "Mayor Sofia Reyes", "Governor Jordan Hale": a title whose
    mention runs into a person's name that opens with a capital or a country ("Sofia", not
    Bulgaria) is the title alone, placed like any other ("Mayor" -> ---GOV)."""
    start, end, match = mention
    if match.kind not in ("country", "metonym") or "+ role:" not in match.rule:
        return mention
    name = next(((s, e) for s, e in people if start < s < end <= e), None)
    if name is None:
        return mention
    title = resolver.text[start : name[0]].rstrip()
    found = resolver.lookup(title)
    if found is None or found.kind != "role":
        return None
    return start, start + len(title), found


def _names_members(prep: Token) -> bool:
    """Whether a preposition on a plural names some of its members: "including", and
    (issue #9/#10 actors22) "such as" ("Western countries such as France")."""
    if prep.lower_ == "including":
        return True
    return prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)


def has_country(arg: Argument) -> bool:
    """Whether ``arg`` resolved to an actor with a country (not a sector alone, "---")."""
    return arg.actor is not None and not arg.actor.code.startswith("---")


class ActorResolver:
    """Resolve argument heads of one document to actors (cached mentions, date-aware).

    A dateline is never an actor: arguments and mentions inside it are left out. A person named
    again by surname ("Flynn") takes the actor of the fuller mention before ("Former U.S.
    National Security Adviser Michael Flynn"). A role the book knows without a country
    ("Senator", ``---LEG``) takes the United States when its phrase speaks of U.S. politics
    ("Democratic Senator", "Republican lawmakers")."""

    def __init__(
        self,
        book: Any | None,
        text: str,
        date: str | None,
        quotes: list | None = None,
        *,
        dateline: str | None = None,
        mentions: list | None = None,
    ) -> None:
        self.book = book
        # the document's entity graph (redline.actors.graph): who its names are, by offset
        self.graph_names = {
            m.start: m for m in mentions or () if getattr(m, "actor", None) and m.kind != "pronoun"
        }
        # issue #9/#10 nation40: the placed names by span, for a name whose parse starts inside
        # the graph's mention ("Marcel Lehel Lazar" tagged "Lehel Lazar", the graph's first name
        # before it): built once per document, read by ``_graph_name_over``
        self.graph_name_spans = sorted(
            ((m.start, m.end, m) for m in self.graph_names.values() if m.kind == "name"),
            key=lambda span: span[:2],
        )
        self.pronoun_links = {m.start: m for m in mentions or () if m.kind == "pronoun"}
        # issue #9/#10 actors24: descriptions the graph linked to a person it could not place
        # ("the secretary" after "Energy Secretary Dale Morrow"), by offset
        self.role_links = {
            m.start: m for m in mentions or ()
            if m.kind == "role" and m.type == "person" and not m.actor
        }  # fmt: skip
        # issue #9/#10 actors10: every later mention of a person the graph linked by name
        # ("The 70-year-old Moore", untagged), by offset: placed as their first full mention
        self.graph_people = {
            m.start: m for m in mentions or ()
            if m.type == "person" and m.kind in ("surname", "name") and not m.actor
        }  # fmt: skip
        # issue #9 read44: "Mr Raynsford" after "local government minister Nick Raynsford": a
        # titled surname the graph linked to a person it could not place, by offset
        self.titled_people = {
            m.start: m for m in mentions or ()
            if m.type == "person" and m.kind.startswith("title+") and not m.actor
        }  # fmt: skip
        self.first_names: dict[int, Any] = {}  # entity -> its first mention by name
        # bodies the graph names that the book does not know: "it" may be one of them
        self.org_names = sorted(
            (m for m in mentions or ()
             if m.type == "organisation" and m.kind in ("name", "acronym") and not m.actor),
            key=lambda m: m.start,
        )  # fmt: skip
        self._previous_start = -1
        # the first argument resolved on each head word (by index; not deep, not an event
        # noun's own modifier): what another argument() call on it would give
        self.resolved: dict[int, Argument] = {}
        self._act_makers: dict[int, tuple[Any, str] | None] = {}  # act noun -> its maker
        for m in sorted(mentions or (), key=lambda m: m.start):
            if m.kind == "name":
                self.first_names.setdefault(m.entity, m)
        # quotes with a resolved speaker: "I", "we", "our" inside them are the speaker's side
        self.quotes = [q for q in quotes or () if getattr(q, "actor", None)]
        # quotes whose speaker the quote stage named without an actor ("Representative Pramila
        # Jayapal"): their I and we are resolved from the speaker's own words
        self.unplaced_quotes = [
            q for q in quotes or ()
            if not getattr(q, "actor", None) and getattr(q, "speaker_start", None) is not None
        ]  # fmt: skip
        # issue #9 nominal: who an event noun was last attached to ("Mueller's investigation"),
        # for the same noun told again with no actor of its own ("the investigation into ...")
        self.event_nouns: dict[str, Any] = {}
        self.cued_quotes = [q for q in quotes or () if getattr(q, "cue_start", None) is not None]
        self._tickers: dict[str, tuple[str, str] | None] = {}  # name -> its exchange's country
        self._listed: bool | None = None  # whether the text has a ticker at all
        self._described: tuple[int, str, str] | None | bool = False  # described_person
        self.text = text
        self.date = date
        self._quoted_spans: list[tuple[int, int]] | None = None
        # the entity graph's places (towns, regions): a passage naming one of the home's
        # ("visited Texas") is at home (local_focus)
        self.graph_places = sorted(
            (m.start, m.end) for m in mentions or () if getattr(m, "type", None) == "place"
        )
        self.dateline_end = dateline_end(text)
        self.mentions: list[tuple[int, int, Any]] = []
        self._people: dict[str, tuple[Any, str] | None] = {}
        if book is not None:
            try:
                self.mentions = book.find_mentions(text, date=date)
            except Exception:  # a bad date must not stop coding: retry undated
                self.mentions = book.find_mentions(text)
                self.date = None
        self.mentions = [m for m in self.mentions if m[0] >= self.dateline_end]
        # issue #9/#10 graph22: surnames the text gives in full with another first name than
        # the book's person's ("Jack McConnell"): "Mr McConnell" is the text's man
        others_of = getattr(book, "others_by_surname", None)
        try:
            self.others_by_surname = others_of(text, self.date) if others_of else frozenset()
        except Exception:  # a bad date: as find_mentions, undated
            self.others_by_surname = others_of(text) if others_of else frozenset()
        # a country or capital inside a person's name ("Chad Wolf", "Sudesh Amman") is not that
        # place (the entity graph's person names; tag_entity_actors does the same for entities)
        people = [
            (m.start, m.end) for m in mentions or () if m.type == "person" and m.kind == "name"
        ]
        if people:
            self.mentions = [m for m in self.mentions if not _place_in_name(m, people)]
            self.mentions = [_title_before_name(m, people, self) for m in self.mentions]
            self.mentions = [m for m in self.mentions if m is not None]
        self.person_names = people
        # issue #9/#10 nameclash34: the graph's later mentions of a person whose name holds a
        # country or a capital ("German said" after "Mike German"): the person, not the place
        self.person_place_words: dict[int, Any] = {}
        if people and getattr(book, "scan", None) is not None:
            at = {
                m[0]: m
                for m in self.mentions
                if m[2].kind in ("country", "metonym") and len(m[2].code) == 3
            }
            for m in mentions or ():
                if (
                    m.type == "person"
                    and m.kind in ("surname", "title+surname")
                    and m.start in at
                    and m.canonical
                    and place_word_of_name(book, m.canonical, text[at[m.start][0] : at[m.start][1]])
                ):
                    self.person_place_words[m.start] = m
            self.mentions = [m for m in self.mentions if m[0] not in self.person_place_words]
        # every person the graph names by name or surname, by offset (person_before)
        self.person_spans = sorted(
            (m.start, m.end) for m in mentions or ()
            if m.type == "person" and m.kind in ("name", "surname")
        )  # fmt: skip
        # the country of the dateline ("WASHINGTON (Reuters) -"): where the article's own
        # lawmakers, courts and police are, when the text names no other country for them
        # The cleaner takes the dateline out of the text into ``doc.dateline``; a text that still
        # opens with one (coded without the cleaner) is read here.
        self.home: str | None = None
        # the dependent territories the book codes in parent+territory form (USAPRI, DNKGRL)
        self.territories = frozenset(
            code for code in getattr(book, "countries", None) or () if len(code) == 6
        )
        where = dateline
        if where is None and self.dateline_end:
            from redline.clean.header import find_dateline

            found = find_dateline(text[:200])
            where = found.place if found is not None else None
        place = self.lookup(where.split(",")[0]) if where else None
        if place is not None and place.country and place.kind in ("country", "metonym"):
            # "SAN JUAN (Reuters)": Puerto Rico (USAPRI), not the United States
            self.home = territory_of(place, self.territories) or place.country
        elif where:
            self.home = dateline_country(where, self.lookup)
        self.home_from = "the dateline's country"
        if self.home is not None:
            self._home_beyond_dateline()
        self.author = self._author()
        self.marks: list[tuple[int, int]] = []
        if self.author is not None:
            from redline.quotes.marks import find_marked_spans

            self.marks = [(m.start, m.end) for m in find_marked_spans(text)]
        if self.home is None:
            self.home = main_country(self.mentions)
            self.home_from = "the article's main country"
            if self.home is not None:
                self.home = main_territory(self.mentions, self.home, self.territories)
        if self.home is None:
            self.home = places_country(self.mentions, mentions or ())
            self.home_from = "the article's places and countries"
        if self.home is None:
            self.home = sole_country(self.mentions, text)
            self.home_from = "the one country the article names"
        # issue #9/#10 parties39: the country whose politics the article's words are ("MPs",
        # "the Commons", "Downing Street"), when no other country's actors and places outnumber
        # them: a BBC politics story without a dateline is at home in Britain
        self.politics_home = politics_country(self.mentions, mentions or (), text)
        if self.home is None and self.politics_home is not None:
            self.home = self.politics_home
            self.home_from = "the article's words of its politics"
        if self.home:
            # issue #9 bugs23: one the graph places as a legislator of no country ("Robert
            # Jackson, MP for Wantage", then "Mr Jackson", "he") is the home's
            for table in (self.graph_names, self.pronoun_links):
                for at, m in table.items():
                    if getattr(m, "actor", None) == "---LEG" and m.type == "person":
                        table[at] = replace(m, actor=self.home + "LEG")

    def _home_beyond_dateline(self) -> None:
        """A correspondent's bureau is not the story's home: "LONDON -" over a story of Sudan's
        rebels and civilians, "CAIRO -" over an attack in Tunis. When the text names the
        dateline's country at most a fifth as often as the country it names most (five times or
        more), that country is where its unnamed rebels, police and civilians are."""
        home = self.home
        counts = country_counts(self.mentions, firms=False)  # firms51: no firm decides it
        ranked = counts.most_common(2)
        if not ranked:
            return
        top, n = ranked[0]
        if top == home or n < 5 or counts[home] * 5 > n:
            return
        if len(ranked) > 1 and ranked[1][1] == n:
            return
        self.home = main_territory(self.mentions, top, self.territories)
        self.home_from = f"the country the article names most (its dateline's, {home}, hardly)"

    def _author(self) -> Any | None:
        """Whose statements the document is, when its opening says so ("The following
        statements were posted to the verified Twitter accounts of U.S. President Donald
        Trump"): the actor the first person speaks for outside quotations."""
        found = AUTHOR_PREAMBLE.search(self.text[:400])
        if found is None:
            return None
        match = self.lookup(found.group("who"))
        return match if match is not None and not match.code.startswith("---") else None

    def lookup(self, phrase: str) -> Any | None:
        if self.book is None or not phrase.strip():
            return None
        try:
            match = self.book.lookup(owners_phrase(phrase), date=self.date)
        except Exception:
            return None
        if match is not None and match.kind == "country" and phrase.strip() in self.firm_names:
            return None  # issue #10 actors58: "RSA has a deal" after "security firm RSA"
        return match

    @cached_property
    def firm_names(self) -> frozenset[str]:
        """The all-caps words the text names as firms ("security firm RSA")."""
        from redline.actors.book import firm_acronyms

        return firm_acronyms(self.text or "")

    def argument(self, head: Token, how: str, *, deep: bool = False) -> Argument:
        """:meth:`resolve_argument`, the first answer for each head word kept in
        ``resolved`` (issue #9 pairs14: the pair step reads the coder's answers instead of
        asking again; never read back here, so the coder's own answers do not change)."""
        found = self.resolve_argument(head, how, deep=deep)
        if not deep and how != "noun-modifier":
            self.resolved.setdefault(head.i, found)
        return found

    def resolve_argument(self, head: Token, how: str, *, deep: bool = False) -> Argument:
        """The argument headed by ``head``, with its actor resolved as far as possible.

        ``deep``: when nothing in the phrase names an actor, take the first actor mentioned
        anywhere under it ("an attack on a mall in Kenya's capital" -> Kenya).
        """
        if head.pos_ == "ADP":
            head = next((c for c in head.children if c.dep_ == "pobj"), head)
        if (part := partitive_of(head)) is not None:
            head, how = part, how + "<-partitive"
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            head = head.head.head  # "militants who attacked": the noun the clause modifies
            how += "<-relcl"
        elif (clause := relative_clause_of(head)) is not None:
            head = clause.head  # "the committee, with which he cooperated": the noun modified
            how += "<-relcl"
        start, end = phrase_span(head)
        text = self.text[start:end]
        if start < self.dateline_end:
            return Argument(text, start, end, None, how, "dateline: never an actor")
        if (
            self.author is not None
            and POST_ZONE.fullmatch(text.strip("[] ").split()[-1] if text.strip("[] ") else "")
            and len(text.split()) <= 2
            and POST_TIME.search(self.text[max(0, start - 6) : end + 1].rstrip())
        ):
            # issue #9/#10 actors23: "… a waste of time! [0914 EST] - Just spoke to President
            # Xi": the parse makes the last post's time stamp the subject of the next post, which
            # is the document's author's, as a post with no subject is
            rule = f"a post's time stamp ({text!r})->the document's author {self.author.name}"
            return Argument(text, start, end, self.author, how, rule)
        actor, rule = self.resolve(head, text, start, end)
        if (
            (actor is None or actor.code.startswith("---"))
            and how.endswith("<-relcl")
            and (described := _described_subject(head)) is not None
        ):
            # issue #9 actors46: "Trump is a serial liar and xenophobe who has pledged to ban
            # ...": who pledged is whom the noun describes, named as the clause's subject
            named = self.argument(described, how + "<-described")
            if has_country(named):
                actor = named.actor
                rule = f"{named.rule}, whom {text!r} describes"
        if actor is not None and (in_work_title(head) or _titled_work(head, start, end)):
            # issue #9 kinds42: "a new book, Brown's Britain, says": a country in a title
            actor, rule = None, f"inside the title of a work ({text!r}): no actor"
        if actor is not None and _war_places(head):
            # issue #9 readout15: "the Iraq war could be illegal", "plans for the Iraq war": a
            # war named by where it is fought is no one's act, and not that country's
            actor, rule = None, f"a war named by its place ({text!r}): no actor"
            if head.lemma_.lower() in INQUIRY_NOUNS:
                # issue #9/#10 actors20: "the Russia investigation" looks into Russia; who
                # investigates is whoever the article says opened it (act_maker)
                rule = f"an inquiry named by what it looks into ({text!r}): not its investigator"
        if actor is not None and _state_of_affairs(head, how, actor):
            # issue #9 bugs23: "Argentina's energy crisis forced Chile to ...", "Britain's
            # economy pushed rates up": a country's condition does the act, not the country
            actor, rule = None, f"a state of affairs ({text!r}): not the country acting"
        if " + described as " in rule:  # the phrase that placed it is the argument's span
            start, end = phrase_span(head, DESCRIBING_PREPS)
            text = self.text[start:end]
        guessed = actor is not None and "+ the article's main country" in rule
        if (actor is None or actor.code.startswith("---") or guessed) and not _counterpart(head):
            # "a court in Guyana", "leaders from Egypt": the describing phrase names the country
            # ("Iran's rivals in the Gulf" are not Iran); also over a role the article's main
            # country only guessed (lead's read51: "A spokesman for Reporters Without Borders,
            # which tracks press freedom" in an Iranian story)
            # over a guess, only the body one speaks or works for ("a spokesman for X")
            preps = SERVING_PREPS if guessed else DESCRIBING_PREPS
            if _unnamed_attacker(head, actor):
                # issue #9 leftovers55: "a gunman in Chicago" is no Chicagoan; "a gunman from
                # Syria" is Syria's
                preps = ORIGIN_PREPS
            w_start, w_end = phrase_span(head, preps)
            if (w_start, w_end) != (start, end):
                wider = self.lookup(_without_war_places(head, self.text, w_start, w_end))
                if wider is not None and not wider.code.startswith("---"):
                    start, end, actor = w_start, w_end, wider
                    text, rule = self.text[start:end], f"actor:{_short(wider)} with its modifiers"
        if actor is not None and actor.code.startswith("---"):
            owner = _whose_owner(head)
            if owner is not None:
                owned = self.argument(owner, how + "<-whose")
                if owned.actor is not None and owned.actor.country:
                    country = owned.actor.country
                    actor = in_country(actor, country)
                    rule = f"{rule}, whose: of {owned.text!r} -> {country}"
        if actor is not None and actor.code.startswith("---"):
            # issue #9 recall2: "his business associate", "Manafort's lawyer": a role someone
            # has is in the country of whom it belongs to
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.lower_ in PERSON_PRONOUNS or poss.pos_ == "PROPN"):
                # "Manafort and his business associate": his is the first of the pair
                pair = head.head if head.dep_ == "conj" and poss.lower_ in PERSON_PRONOUNS else None
                owned = self.argument(pair if pair is not None else poss, how + "<-poss")
                if (owned.actor is not None and owned.actor.country
                        and not owned.actor.code.startswith("---")):  # fmt: skip
                    country = owned.actor.country
                    actor = in_country(actor, country)
                    rule = f"{rule}, whose it is: {owned.text!r} -> {country}"
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in OWNED_ACTS:
            # issue #9/#10: "praised Robart's decision", "dismissed de Blasio's plan": a
            # decision is its maker's, also when the book does not know the maker
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ == "PROPN":
                owned = self.argument(poss, how + "<-poss")
                if has_country(owned):
                    actor = owned.actor
                    rule = f"{owned.rule}, whose {head.lower_} it is"
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in OWNED_ACTS:
            actor, rule = self._act_by_modifier(head, how) or (actor, rule)
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in OWNED_ACTS:
            actor, rule = self._summed_act(head, how) or (actor, rule)
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in PHRASE_ACTS:
            actor, rule = self._act_by_phrase(head, how) or (actor, rule)
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in MEASURE_NOUNS:
            actor, rule = self._measure_by_clause(head, how) or (actor, rule)
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in NOMINEE_NOUNS:
            # issue #9 unres33: "supporting the nomination of Kirstjen Nielsen": judging a
            # nomination with no nominator named judges the nominee, named or not in the book
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            nominee = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if nominee is not None and nominee.pos_ == "PROPN":
                named = self.argument(nominee, how + "<-nominee")
                if has_country(named):
                    actor, rule = named.actor, f"{named.rule}, the nominee"
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in OWNED_GROUPS:
            poss = _possessor(head)
            if poss is not None and (poss.pos_ in ("PROPN", "NOUN") or poss.lower_ in OWNERS):
                owned = self.argument(poss, how + "<-poss")
                if has_country(owned):
                    actor = owned.actor
                    rule = f"{owned.rule}, whose {head.lower_} it is"
        if actor is None and head.pos_ == "NOUN" and head.lemma_.lower() in PUBLIC_NOUNS:
            actor, rule = self._owners_public(head, how) or (actor, rule)
        if actor is None and head.pos_ in ("NOUN", "PROPN"):
            leader = _led_by(head)
            if leader is not None:
                # issue #9 actors37: "the Saudi-led coalition closed the ports", "Kurdish-led
                # fighters": a body the text names only by who leads it is the leader's
                led = self.argument(leader, how + "<-led")
                if has_country(led):
                    actor = led.actor
                    rule = f"{led.rule}, who leads the {head.lower_}"
        if actor is None and head.lemma_.lower() == "colleague" and _possessor(head) is None:
            # issue #9 recall22: "she is urging colleagues to ...", "working with colleagues":
            # whose colleagues they are is the clause's subject, their body is the subject's
            peer = _peer_subject(head)
            if peer is not None:
                owned = self.argument(peer, how + "<-colleague")
                if has_country(owned):
                    actor = owned.actor
                    rule = f"{owned.rule}, whose colleagues they are"
        if actor is None and head.tag_ == "NNS":
            actor, rule = self._group_by_example(head, how) or (actor, rule)
        if (
            actor is None
            and head.lemma_.lower() in ACT_MAKERS
            and _definite(head)
            and how != "noun-modifier"  # the event noun itself: told again, not a new event
        ):
            actor, rule = self.act_maker(head, how) or (actor, rule)
        if actor is None and head.lemma_.lower() in HOST_NOUNS:
            actor, rule = self._hosts(head, how) or (actor, rule)
        if actor is not None and actor.code.startswith("---"):
            origin = self._origin_country(head)
            if origin is not None:  # "exiled dissidents from military-ruled Myanmar"
                actor, rule = in_country(actor, origin), f"{rule}, from {origin}"
        if actor is None and head.lemma_.lower() in DOCUMENT_NOUNS | AUTHORED_NOUNS:
            actor, rule = self._document_sender(head, how) or (actor, rule)
        if actor is None and head.pos_ in ("NOUN", "PROPN"):
            actor, rule = self._report_author(head) or (actor, rule)
        if actor is None and head.lemma_.lower() in DOCUMENT_NOUNS:
            deep, how = True, how + "<-document"
        if actor is None and deep and not rule.endswith(SERVED_NO_MORE):
            lo = min(t.idx for t in head.subtree)
            hi = max(t.idx + len(t.text) for t in head.subtree)
            # issue #9 precision: not inside a relative clause ("a union leader who said ...
            # Tony Blair"): what the clause names is not who the phrase is
            clauses = [
                (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
                for t in head.subtree
                if t.dep_ == "relcl" and t.i != head.i and not has_to_infinitive(t)
            ]
            # lead's read51: nor what a content clause of the noun tells past its subject ("settle
            # charges that it manipulated its results to keep Wall Street happy")
            # (its subject may still be: "rejected rumors that Obama might ...")
            clauses += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                for t in head.children
                if t.dep_ == "acl" and _content_clause(t)
                for c in t.children
                if c.dep_ not in ("nsubj", "nsubjpass", "mark")
            ]
            # issue #9 readout15: nor the place a war is named by ("the legality of the Iraq war")
            clauses += [(p.idx, p.idx + len(p.text)) for p in _war_places(head, deep=True)]
            # nor what it is set against ("his predecessors, not China")
            clauses += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                for c in head.children
                if c.dep_ == "appos" and _contrasted(c)
            ]
            # nor the charge an "of" + gerund tells ("his opponents of sympathizing with X")
            clauses += [
                (c.idx, c.right_edge.idx + len(c.right_edge.text))
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            ]  # fmt: skip
            # nor where a participle says they go (issue #9 actors44: "a ban on Muslims
            # entering the United States": the Muslims are not the United States)
            clauses += _destinations(head)
            # nor the next conjunct and what it names (lead's read45: "talks between Middle
            # East producers and Asia's consumers - China, India, Japan": the producers are not
            # China); each conjunct is an argument of its own
            clauses += [
                (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                for c in head.children
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            ]
            # nor a work's title (issue #9 kinds42: "Smith's new book, 'Cameron's Britain'")
            clauses += work_titles(head.doc)
            # nor what a next verb's object names ("examined data and contacted experts")
            if (next_verb := next_verbs_object(head)) is not None:
                hi = min(hi, head.doc[next_verb].left_edge.idx)
            inside = [
                m
                for m in self.mentions
                if lo <= m[0] and m[1] <= hi and not any(a <= m[0] < b for a, b in clauses)
            ]
            known = [m for m in inside if not m[2].code.startswith("---")]
            if head.lemma_.lower() in CITY_PACT_NOUNS:
                # issue #9 recall30: "the Paris climate accord": the city it was signed in
                named = [(c.idx, c.right_edge.idx + len(c.right_edge.text))
                         for c in head.lefts if c.dep_ in ("compound", "nmod")]  # fmt: skip
                known = [
                    m for m in known
                    if m[2].kind != "metonym" or not any(a <= m[0] < b for a, b in named)
                ]  # fmt: skip
            if known:
                m_start, m_end, actor = known[0]
                rule = f"mention:{_short(actor)} under the phrase ({self.text[m_start:m_end]!r})"
        if actor is None and _person_noun(head):
            actor, rule = self.person_before(head, how) or (actor, rule)
        if actor is None and self.home and _lobby_body(head):
            actor = ActorMatch(self.home, self.home, None, text, "organisation", "lobby body")
            rule = (
                f"a {head.lemma_.lower()} the book does not know + {self.home_from} -> {self.home}"
            )
        return Argument(text, start, end, actor, how, rule)

    def _group_by_example(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9 actors44: a plural group the book does not place, given by the example
        it includes ("Proponents, including the United States Conference of Mayors, urged",
        "candidates like Marco Rubio have blasted Obama", "criticism from politicians like
        John Kerry"): the example's actor (a name: a person, a body, a country), which tells
        the group's country."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in EXAMPLE_PREPS:
                continue
            example = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if example is None or example.pos_ != "PROPN":
                continue
            named = self.argument(example, how + "<-example")
            if has_country(named):
                return named.actor, f"{named.rule}, the example of {head.lower_!r}"
        return None

    def _owners_public(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9 actors48: "his supporters", "her opponents", "their rivals": followers or
        counterparts owned by a pronoun for a person are of that person's country (never the
        person, who is not his own supporter or rival); a pronoun for a country or a body, or
        a person the text does not place, gives nothing."""
        poss = _possessor(head)
        if poss is None or poss.lower_ not in OWNERS:
            return None
        owned = self.argument(poss, how + "<-poss")
        found = owned.actor
        if found is None or found.kind != "person" or not found.country:
            return None
        if found.code.startswith("---"):
            return None
        country = found.country
        public = ActorMatch(country, country, None, self.text[head.idx : head.idx + len(head)],
                            "role", "followers")  # fmt: skip
        return public, f"{head.lower_} of {owned.text!r} ({owned.rule}) -> {country}"

    def _act_by_modifier(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9/#10 actors10: an act noun whose maker is named before it ("the FCC action",
        "a Collins proposal", "U.S. proposals", "one Republican proposal"): that maker. A
        person or body by name, or a nationality or party word; a country's name or capital
        is the act's topic instead ("the Jerusalem decision", "the Russia policy")."""
        for mod in head.lefts:
            if mod.dep_ not in ("compound", "amod", "nmod") or mod.i == head.i - 0:
                continue
            if mod.pos_ != "PROPN" and mod.ent_type_ not in ("NORP", "ORG"):
                continue
            owned = self.argument(mod, how + "<-modifier")
            found = owned.actor
            if found is None or found.code.startswith("---"):
                continue
            if found.kind in ("country", "metonym") and (
                head.lemma_.lower() in TOPIC_ACTS
                or (mod.ent_type_ != "NORP" and mod.text not in MAKER_COUNTRY_WORDS)
            ):
                continue
            return found, f"{owned.rule}, whose {head.lower_} it is (named before it)"
        return None

    def _summed_act(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9 actors27: an act noun set after a comma to sum up the clause before it
        ("Trump recognized Jerusalem as Israel's capital, a decision that Arab leaders
        condemned", "want stronger border enforcement, a stance Democrats reject"): the act
        of that clause's subject."""
        # (the parser may also hang it as "punct" on the verb)
        if head.dep_ not in ("npadvmod", "appos", "punct") or _possessor(head) is not None:
            return None
        verb = head.head
        if head.dep_ == "appos" and verb.lemma_.lower() in OWNED_ACTS | MEASURE_NOUNS:
            return None  # "the plan, a measure Democrats reject": another name for the plan
        for _ in range(6):  # "..., any relief for the Dreamers, a stance Democrats reject"
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or head.i < verb.i:
            return None
        before = head.doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
        if before is None or before.text not in (",", "-", "–", "—"):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in RELATIVE_PRONOUNS:
            return None
        for made in [self.argument(subject, how + "<-summed")] + [
            self.argument(c, how + "<-summed") for c in subject.conjuncts
        ]:  # "Trump and Republican leaders want ...": the first of them the book places
            if has_country(made):
                why = f"{made.rule}, whose {head.lower_} it is (the clause it sums up)"
                return made.actor, why
        return None

    def _document_sender(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9 recall35: "heartened by a letter sent on Dec. 5 by 34 House Republicans",
        "a statement issued by the ministry": a document is who sent or issued it, named by
        the "by" of a participle on it."""
        for acl in head.children:
            # issue #9 actors26: also a relative clause ("The article, which was authored by
            # Oleg Voloshyn, praised ...")
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in acl.children)
            if not (acl.dep_ == "acl" or (acl.dep_ == "relcl" and passive)):
                continue
            if acl.tag_ != "VBN":
                continue
            sender = _by_object(acl, "agent")
            if sender is None or sender.pos_ not in ("NOUN", "PROPN"):
                continue
            sent = self.argument(sender, f"{how}<-{head.lower_} {acl.lower_} by")
            if sent.actor is not None:
                return sent.actor, f"{sent.rule}, whose {head.lower_} it is ('{acl.lower_} by')"
        verb = head.head
        if "<-relcl" in how and head.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
            # issue #9 actors26: "The White House issued statements that praised the committee":
            # the statements act for whoever issued them
            issuer = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
            if issuer is not None and issuer.pos_ in ("NOUN", "PROPN"):
                sent = self.argument(issuer, f"{how}<-{verb.lower_} {head.lower_}")
                if has_country(sent):
                    return sent.actor, f"{sent.rule}, who {verb.lower_} the {head.lower_}"
        return None

    # issue #9 recall35: the coder reads a denied claim's maker by its modifier too
    act_by_modifier = _act_by_modifier

    def _act_by_phrase(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9/#10 actors15: an act noun whose own phrase names its maker ("a measure by
        the state's legislature", "recommendations by Kendall") or the legislature it is in
        ("proposals in Congress to rewrite Section 230"): that maker; not a subject's."""
        if head.dep_ == "nsubj":
            return None  # "Such a move by Trump would anger ...": the move is no target
        preps = [c for c in head.children if c.dep_ == "prep"]
        for acl in _making_participles(head):
            # issue #9 read19: "ridiculed the claims made on Monday by Michael Howard", "the
            # plan put forward by Paris": the participle's agent made it
            preps += [c for c in acl.children if c.dep_ == "agent" and c.lower_ == "by"]
        for prep in preps:
            if prep.lower_ not in ("by", "in"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            made = self.argument(obj, f"{how}<-{head.lower_} {prep.lower_}")
            found = made.actor
            if found is None or found.code.startswith("---"):
                continue
            if prep.lower_ != "by" and found.sector != "LEG":
                continue  # "a plan in Syria": where, not whose
            return found, f"{made.rule}, whose {head.lower_} it is ('{prep.lower_}' phrase)"
        return None

    def _measure_by_clause(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9 makers34: a measure whose participle or relative clause names its maker
        ("the new targets set by the government", "the tax, which the Treasury announced"):
        that maker, when it resolves to an actor. Reached through its own relative clause ("sent
        a budget to Congress that lawmakers ignored"), also the subject of the verb that made it."""
        judged = "<-relcl" in how and any(  # not "a bill that slashes taxes": the bill acts
            c.dep_ == "relcl"
            and any(g.dep_ == "nsubj" and g.lower_ not in RELATIVE_PRONOUNS for g in c.children)
            for c in head.children
        )
        maker = _measure_made_by(head, clause_only=not judged)
        if maker is None:
            return None
        made = self.argument(maker, f"{how}<-{head.lower_} made")
        if not has_country(made):
            return None
        return made.actor, f"{made.rule}, whose {head.lower_} it is (its clause names it)"

    def act_maker(self, head: Token, how: str) -> tuple[Any, str] | None:
        """Who made the act a definite noun tells again ("criticized the decision"): the subject
        of a verb that makes it ("the court ruled") or the owner of the same act named ("Trump's
        plan", "a lawsuit by ..."), nearest first within ``ACT_WINDOW`` characters before."""
        if head.i in self._act_makers:  # asked once per lexicon entry of a trigger
            return self._act_makers[head.i]
        self._act_makers[head.i] = None  # also stops a maker's own look-up from coming back
        found = self._act_maker(head, how)
        self._act_makers[head.i] = found
        return found

    def _act_maker(self, head: Token, how: str) -> tuple[Any, str] | None:
        lemma = head.lemma_.lower()
        same = ACT_SYNONYMS.get(lemma, lemma)
        verbs = ACT_MAKERS[lemma]
        # issue #9/#10 actors20: an article tells one inquiry for its whole length; its
        # investigator may be named anywhere before ("the investigation" ten paragraphs on)
        reach = head.idx if same == "investigation" else ACT_WINDOW
        near = _sentences_back(head, MEASURE_REACH)  # issue #9 makers34
        for k in range(head.i - 1, -1, -1):
            tok = head.doc[k]
            if tok.idx < head.idx - reach or tok.idx < self.dateline_end:
                break
            if not verbs and tok.idx < near:
                break  # a measure only its noun's maker makes: the sentences just before
            t_lemma = tok.lemma_.lower()
            maker = None
            if tok.pos_ == "VERB" and t_lemma in verbs:
                if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                    maker = _by_object(tok, "agent")  # "was proposed by ..."
                else:
                    maker = _doer(tok)
            elif (
                same == "deal"
                and tok.pos_ == "VERB"
                and tok.idx >= near
                and t_lemma in DEAL_VERBS
                and (
                    t_lemma != "take"
                    or any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
                )
                and not any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in tok.children)
            ):
                maker = _doer(tok)  # "Vodafone agreed to buy the operator": Vodafone's deal
            elif tok.pos_ == "NOUN" and t_lemma in ACT_AGENTS.get(same, ()):
                maker = tok  # "one of Moore's accusers": who alleges is the one named so
            elif tok.pos_ == "NOUN" and ACT_SYNONYMS.get(t_lemma, t_lemma) == same:
                maker = _possessor(tok) or _by_object(tok, "prep") or _made_by_participle(tok)
                if maker is None and same in FROM_MADE_ACTS:
                    maker = _from_object(tok)  # issue #9 read51h: "an offer from Foster's"
                if maker is None and lemma in MEASURE_NOUNS and tok.idx >= near:
                    maker = _measure_made_by(tok)  # "The Treasury unveiled a savings scheme"
            if maker is None or maker.lower_ in RELATIVE_PRONOUNS:
                continue
            made = self.argument(maker, how + "<-maker")
            if has_country(made):
                why = f"the {head.lower_} made by {made.text!r} ({tok.text!r}) before: {made.rule}"
                return made.actor, why
        if lemma in GENERIC_ACTS and _possessor(head) is None and _by_object(head, "prep") is None:
            # held53: not "the decision by acting Secretary Duke": its own maker is named
            return self._last_actor(head, how)
        return None

    def _last_actor(self, head: Token, how: str) -> tuple[Any, str] | None:
        """The subject of the main verb of the sentence before ``head``'s (not a saying verb:
        "X said" tells no act), when it names an actor: who made "the move" told next."""
        sent = head.sent
        if sent.start == 0:
            return None
        before = head.doc[sent.start - 1].sent
        root = before.root
        if root.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_.lower() in SAYING_VERBS:
            # issue #9/#10 held53: "Ford said it would close the plant. Unions criticised the
            # move": the act told is the saying verb's clause, its maker that clause's subject
            # by name, or the sayer when the clause's subject is a pronoun standing for them
            told = _told_act(root)
            if told is None:
                return None
            root, own = told
            if own is not None and own.pos_ == "NOUN" and self.lookup(own.text) is None:
                return None  # "officials said talks in Jerusalem ended": no one's act
            if own is not None:
                subject = own
        if subject is None or subject.idx < self.dateline_end:
            return None
        made = self.argument(subject, how + "<-last-act")
        if not has_country(made):
            return None
        why = f"the {head.lower_}: the last act told, {root.text!r} by {made.text!r}: {made.rule}"
        return made.actor, why

    def _hosts(self, head: Token, how: str) -> tuple[Any, str] | None:
        """'his hosts' in a story datelined abroad: the dateline's country, when the one whose
        hosts they are is of another (issue #9 recallb: "Trump thanked his hosts")."""
        if self.home is None or self.home_from != "the dateline's country":
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or not (poss.lower_ in PERSON_PRONOUNS or poss.pos_ == "PROPN"):
            return None
        guest = self.argument(poss, how + "<-poss")
        if guest.actor is None or not guest.actor.country or guest.actor.country == self.home:
            return None
        actor = ActorMatch(self.home, self.home, None, head.text, "country", "hosts")
        return actor, f"hosts of {guest.text!r} abroad: the dateline's country -> {self.home}"

    def _origin_country(self, head: Token) -> str | None:
        """The country of a "from <country>" phrase on a role noun ("dissidents from Myanmar")."""
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                p_start, p_end = phrase_span(pobj)
                found = self.lookup(self.text[p_start:p_end]) or self.lookup(pobj.text)
                if found is not None and found.kind in ("country", "metonym"):
                    return found.code[:3]
                placed = _place_modifier(pobj)  # "officers from Northamptonshire Police"
                if placed is not None:
                    return placed[0]
        return None

    def arguments(self, head: Token, how: str, *, deep: bool = False) -> list[Argument]:
        """The arguments headed by ``head`` and its conjuncts; a noun whose modifier is a list
        ("US and British activists") is one argument per modifier, all with the whole phrase."""
        out: list[Argument] = []
        for tok in conjuncts(head):
            out.extend(
                self.split_modifiers(tok, how)
                or self.split_origins(tok, how)
                or self.split_including(tok, how)
                or self.split_numbered(tok, how)
                or self.split_pair(tok, how)
                or self.split_pair_of(tok, how)
                or self.split_named_people(tok, how)
                or [self.argument(tok, how, deep=deep)]
            )
        return [a for a in out if a.start >= self.dateline_end]

    def split_named_people(self, head: Token, how: str) -> list[Argument]:
        """issue #9/#10 graph22: "Blair and Brown ... them", "Putin and Xi met in Beijing. They
        ...": a plural pronoun that no group or graph link resolves (unresolved, or only the
        last country named nearby) takes the people joined by "and" nearest before it, in its
        sentence or the one before; one argument each. Never the subject of the pronoun's own
        verb ("Blair and Brown praised them")."""
        if head.lower_ not in THEY_PRONOUNS or head.pos_ != "PRON":
            return []
        own = self.argument(head, how)
        if own.actor is not None and not own.rule.endswith(" nearby"):
            return []  # a group, a graph link: only a guess at the last country named yields
        sent = head.sent
        first = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        own_subject = {
            t.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in conjuncts(c)
        } if head.dep_ not in ("nsubj", "nsubjpass") else set()  # fmt: skip
        for tok in reversed(head.doc[first : head.i]):
            if tok.dep_ == "conj" or tok.i in own_subject or not tok.conjuncts:
                continue
            people = conjuncts(tok)
            if len(people) < 2 or not all(_one_person(p) for p in people):
                continue
            found = [self.argument(p, f"{how}<-people-joined") for p in people]
            if any(a.actor is None for a in found):
                return []
            why = f"pronoun '{head.text}'->the people joined by 'and' before"
            end = head.idx + len(head.text)
            return [
                Argument(head.text, head.idx, end, a.actor, how, f"{why}: {a.text!r} ({a.rule})")
                for a in found
            ]
        return []

    def split_origins(self, head: Token, how: str) -> list[Argument]:
        """'people from Chad, Iran and Libya': one argument per country the phrase lists."""
        if head.pos_ not in ("NOUN",):
            return []
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        for prep in list(preps):  # "categories of people from ...": one "of" further down
            for pobj in prep.children:
                if prep.lower_ == "of" and pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    preps += [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "from"]
        for prep in preps:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and not pobj.conjuncts and prep.lower_ == "from":
                counted = self.split_numbered(pobj, f"{how}<-from")  # "from 11 countries"
                if counted:
                    return counted
            if pobj is None or not pobj.conjuncts:
                continue
            found = []
            for tok in conjuncts(pobj):
                arg = self.argument(tok, f"{how}<-{prep.lower_}-list")
                if _own_origin(tok) and arg.actor is not None and arg.actor.country:
                    # issue #9 unres33: "people from North Korea and government officials
                    # from Venezuela": the parse joins the second group to the first's
                    # country; it is its own group, of its own "from" country
                    found.append(arg)
                    continue
                if arg.actor is None or arg.actor.kind not in ("country", "metonym"):
                    return []
                found.append(arg)
            return found if len(found) > 1 else []
        return []

    def split_numbered(self, head: Token, how: str) -> list[Argument]:
        """issue #9 recall17: "paused refugee admissions from 11 countries" in an article that
        lists them elsewhere ("The countries subject to the review are Egypt, Iran, ... and
        Yemen"): one argument per country of the one list of that many countries the article
        gives in a sentence about countries."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in LISTED_NOUNS or head.tag_ != "NNS":
            return []
        count = _count(next((c for c in head.children if c.dep_ == "nummod"), None))
        if count is None or count < 3:
            return []
        lists = []
        for sent in sentence_spans(head.doc):
            if head in sent:
                continue
            if count < 5 and not any(t.lemma_.lower() in LISTED_NOUNS for t in sent):
                continue  # a short list counts only in a sentence about countries
            for tok in sent:
                if tok.pos_ == "PROPN" and tok.dep_ not in ("conj", "appos") and tok.conjuncts:
                    members = _listed(tok)
                    if len(members) == count:
                        lists.append(members)
        if len(lists) != 1:
            return []
        found = []
        for tok in lists[0]:
            arg = self.argument(tok, f"{how}<-the {count} listed")
            if arg.actor is None or arg.actor.kind not in ("country", "metonym"):
                return []
            found.append(arg)
        return found

    def split_pair(self, head: Token, how: str) -> list[Argument]:
        """issue #9/#10 actors20: "the two sides", "both leaders", "the two countries": one
        argument for each of the two actors the story names just before, when the noun's own
        phrase names none and those sentences name exactly two countries of the noun's kind
        (leaders are people or governments, countries are countries or their capitals)."""
        kinds = PAIR_NOUNS.get(head.lemma_.lower())
        if kinds is None or head.tag_ != "NNS" or not counted_two(head):
            return []
        start, end = phrase_span(head)
        if start < self.dateline_end:
            return []
        own = self.lookup(self.text[start:end])
        if own is not None and not own.code.startswith("---"):
            return []  # "the two Koreas", "both U.S. senators": the phrase names them
        first = head.sent
        for _ in range(PAIR_BACK_SENTENCES):
            if first.start == 0:
                break
            first = head.doc[first.start - 1].sent
        lo = max(first.start_char, self.dateline_end)
        named: dict[str, tuple[int, int, Any]] = {}  # country -> its nearest mention
        for m_start, m_end, match in sorted(
            [*self.mentions, *self._graph_people_between(lo, start)], key=lambda m: m[0]
        ):
            if not (lo <= m_start and m_end <= start) or match.code.startswith("---"):
                continue
            if not match.country or match.kind not in kinds:
                continue
            named[match.country] = (m_start, m_end, match)
        if len(named) != 2:
            return []
        text = self.text[start:end]
        found = []
        for m_start, m_end, match in sorted(named.values(), key=lambda m: m[0]):
            named_as = self.text[m_start:m_end]
            rule = f"the two {head.lower_}: {_short(match)} named before ({named_as!r})"
            found.append(Argument(text, start, end, match, how + PAIR_HOW, rule))
        return found

    def _graph_people_between(self, lo: int, hi: int) -> list[tuple[int, int, Any]]:
        """issue #9 unres33: people the entity graph placed by name between ``lo`` and ``hi``
        that the book does not know there ("Duterte" named by surname): mentions for the pair
        counter, as the book's own are."""
        known = {m[0] for m in self.mentions}
        found = []
        for at, m in self.graph_names.items():
            if not (lo <= at < hi) or at in known or m.type != "person":
                continue
            if not m.actor or m.actor.startswith("---"):
                continue
            actor = ActorMatch(m.actor, m.actor[:3], None, m.canonical or m.text, "person", "graph")
            found.append((at, m.end, actor))
        return found

    def split_pair_of(self, head: Token, how: str) -> list[Argument]:
        """issue #9/#10 actors21: "officials from both countries", "negotiators of the two
        sides": people of a role, one argument for each of the two the pair noun stands for
        (split_pair), the role in that one's country."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() in PAIR_NOUNS:
            return []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            pair = self.split_pair(pobj, f"{how}<-{prep.lower_}") if pobj is not None else []
            if len(pair) != 2:
                continue
            start, end = phrase_span(head, frozenset({prep.lower_}))
            text = self.text[start:end]
            role = self.lookup(head.text)
            found = []
            for arg in pair:
                actor = arg.actor
                if role is not None and role.code.startswith("---") and actor.country:
                    actor = in_country(role, actor.country)
                rule = f"{head.lower_} of {arg.rule}"
                found.append(Argument(text, start, end, actor, arg.how, rule))
            return found
        return []

    def split_including(self, head: Token, how: str) -> list[Argument]:
        """issue #9 actors: "a trip to Asia - including China, South Korea and Japan": one
        argument per country the "including" list names, when the head itself is no actor."""
        preps = (c for c in head.children if c.dep_ == "prep" and _names_members(c))
        prep = next(preps, None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return []
        # issue #9/#10 actors22: "Other Western nations, including France, have accused Russia":
        # a plural of countries that names only one of them acts as that one
        single = head.tag_ == "NNS" and head.lemma_.lower() in COUNTRY_PLURALS
        if not pobj.conjuncts and not single:
            return []
        own = self.lookup(head.text)
        if own is not None and own.kind in ("country", "metonym", "organisation"):
            return []  # "the EU, including France and Germany": the body acts
        found = []
        for tok in conjuncts(pobj):
            if tok.pos_ != "PROPN":
                continue  # "... and Japan - looking for help": the parse's stray conjunct
            arg = self.argument(tok, f"{how}<-including-list")
            if arg.actor is None or arg.actor.kind not in ("country", "metonym"):
                return []
            found.append(arg)
        return found if len(found) > 1 or single else []

    def split_modifiers(self, head: Token, how: str) -> list[Argument]:
        """One argument per coordinated modifier, when each names an actor with the head noun."""
        for mod in head.lefts:
            if mod.dep_ not in ("amod", "nmod", "compound") or not mod.conjuncts:
                continue
            start, end = phrase_span(head)
            first = min((mod, *mod.conjuncts, *mod.lefts), key=lambda t: t.i)
            if first.idx < start and head.i - first.i < 8:  # the whole list, for the text
                start = first.idx
            found = []
            parts = sorted((mod, *mod.conjuncts), key=lambda t: t.i)
            both_parties = {p.text for p in parts} == US_PARTY_WORDS
            for part in parts:
                actor = self.lookup(f"{part.text} {head.text}")
                why = f"actor:{_short(actor)}" if actor is not None else ""
                route = how + PAIR_HOW if both_parties else how  # one span, two sides
                if both_parties and (actor is None or actor.code.startswith("---")):
                    # issue #9 unres33: "Republican and Democratic leaders in Congress have
                    # been haggling": each party's side, placed as its phrase alone would be
                    # ("Republican leaders" -> USALEG), so a joint act pairs the two
                    phrase = f"{part.text} {self.text[head.idx : end]}"
                    actor, why = self.resolve(head, phrase, start, end)
                if actor is None or actor.code.startswith("---"):
                    return []
                rule = f"{why} from coordinated modifier '{part.text}'"
                found.append(Argument(self.text[start:end], start, end, actor, route, rule))
            return found
        return []

    def resolve(self, head: Token, text: str, start: int, end: int) -> tuple[Any | None, str]:
        actor, rule = self._resolve(head, text, start, end)
        if actor is None and head.text == "House" and _bare_definite(head):
            # issue #9/#10 actors13: a bare "the House" is a house of the legislature (the
            # House of Representatives, of Commons), placed as the story's lawmakers are
            actor = ActorMatch("---LEG", None, "LEG", "House", "role", "the House")
            rule = "'the House': a chamber of the legislature -> ---LEG"
            if not self.home and US_POLITICS.search(self.text):
                actor, rule = _in_usa(actor), rule + " + U.S. politics in the story -> USA"
        if actor is None and head.pos_ != "PRON":
            actor, rule = self.titled(head, text, rule)
        subject = _committee_subject(head) if head.lemma_.lower() in COMMITTEE_NOUNS else None
        if actor is None and subject is not None:
            # issue #9 recall2: "the panel", "the committee": the committee named before;
            # actors45: "this committee", and "the ethics panel" after the one whose name has
            # "ethics" ("the House Ethics Committee")
            before = [
                m
                for m in LEG_COMMITTEE.finditer(self.text, max(0, start - 1500), start)
                if all(re.search(rf"(?i)\b{re.escape(w)}\b", m.group(0)) for w in subject)
            ]
            if before:
                named = before[-1].group(0)
                actor, why = self.titled(head, named, rule)
                if actor is not None:
                    rule = f"the {head.lower_} named before ({named!r}): {why}"
        if (
            (actor is None or head.lemma_.lower() in BODY_OVER_ROLE)
            and head.lemma_.lower() in BODY_NOUNS
            and _bare_definite(head)
        ):
            # issue #9/#10 actors21: "the department", "the commission", "the committee" after
            # "the Justice Department", "the FCC", "the Democratic National Committee": the body
            # of that kind the book found in the text just before
            back = self.body_before(head)
            if back is not None:
                actor = back[0]
                rule = f"the {head.lower_} named before ({back[1]!r})->{_short(back[0])}"
        if (
            actor is None
            and head.lemma_.lower() in BASED_BODY_NOUNS
            and (based := _based_in(head)) is not None
        ):
            # issue #10 actors58: "the Geneva-based group", "a London-based organisation": a
            # body with no sector word of its own is placed by the town it is based in
            actor = ActorMatch(based[0], based[0], None, head.text, "country", "based body")
            rule = f"a body '{based[1]}-based' -> {based[0]}"
        if actor is None and (head.pos_ == "PROPN" or _capitalised_noun(head)):
            actor, rule = self.short_name(head, text) or (actor, rule)
        if actor is None and head.ent_type_ in ("PERSON", "ORG"):
            actor, rule = self.unknown_name(head, text, rule)
        if actor is None and head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "ORG"):
            actor, rule = self.graph_person_in(head, rule)
        if actor is None and head.pos_ == "PROPN":
            actor, rule = self.named_again(head, rule)
        if (
            actor is None
            and head.pos_ in ("PROPN", "NOUN")
            and head.ent_type_ not in ("PERSON", "ORG")
        ):
            actor, rule = self.surname_before(head) or (actor, rule)
        if actor is None and head.pos_ == "NOUN":
            # "his former communications director Lauren Greene", "a lawyer, John Dowd": the
            # role's own name, placed like any name the book does not know (issue #9 recall)
            named = next((c for c in head.children if c.dep_ in ("appos", "compound")
                          and c.ent_type_ == "PERSON" and c.i > head.i
                          and not _appos_across_clause(head, c)), None)  # fmt: skip
            if named is not None:
                actor, rule = self.unknown_name(named, named.text, rule)
                rule = f"role named {named.text!r}: {rule}" if actor is not None else rule
        actor, rule = _us_state(actor, rule, head, text)
        actor, rule = self._party_abroad(actor, rule)
        actor, rule = self._party_at_home(actor, rule)
        if (
            actor is not None
            and actor.code == "---GOV"
            and head.lemma_.lower() == "leader"
            and PARTY_LEADERS.search(text)
            and not self._party_word_abroad(head, text)
        ):
            # issue #9/#10 actors23: "Democratic leaders", "House Republican leaders" lead a
            # party in Congress, as "Democrats" are (the document gold: LEG 116 times, GOV 13)
            actor = ActorMatch("---LEG", None, "LEG", actor.name, actor.kind, actor.rule)
            rule += " + a U.S. party's leaders: its lawmakers (LEG)"
        if actor is not None and actor.code.startswith("---"):
            if _unnamed_attacker(head, actor):
                # issue #9 leftovers55: "shot dead by a gunman in Chicago", "a loner": an
                # attacker the text gives no country keeps none (guideline §24.2, §28.8, §29.2:
                # source ""), not the place of the act, the dateline's or the article's
                rule += " (an attacker of no stated country: none)"
            elif _us_politics(head, text) and not self._party_word_abroad(head, text):
                actor, rule = _in_usa(actor), rule + " + U.S. politics in the phrase -> USA"
            elif (region := _regional(head)) is not None:
                rule += f" ('{region}': a region's, not one country's)"
            elif _from_many_countries(head):
                # lead's read52: "Investigators from 30 law enforcement agencies worldwide"
                rule += " (of many countries: not one)"
            elif (named := self.placed_name_of(head)) is not None:
                # issue #9/#10 actors21: "businessman Ekim Yilmaz" after "two Turkish
                # businessmen": the person the role names, as the entity graph places them
                actor = in_country(actor, named.actor[:3])
                rule += f" + named {named.text!r}, placed by the graph -> {named.actor[:3]}"
            elif (boss := self.speakers_own_firm(head, actor)) is not None:
                # issue #9 read57: "Filippo Bagnato, ATR's chief executive, has said that his
                # firm will ...": the firm of the speaker the possessive refers to
                actor = ActorMatch(boss[0].code, boss[0].country, boss[0].sector, actor.name,
                                   actor.kind, actor.rule)  # fmt: skip
                rule += f" + the speaker's own firm: {boss[1]!r} -> {boss[0].code}"
            elif (owner := self.owner_told_before(head)) is not None:
                # issue #9/#10 actors21: "the reclusive state's leader", "the country's
                # foreign minister": the role is of the country the possessor refers back to
                actor = in_country(actor, owner[0].country)
                rule += f" + whose: {owner[1]!r} told before -> {_short(owner[0])}"
            elif (placed := _place_modifier(head)) is not None:
                actor = in_country(actor, placed[0])
                rule += f" + place '{placed[1]}' in the phrase -> {placed[0]}"
            elif (based := _based_in(head)) is not None:
                actor = in_country(actor, based[0])
                rule += f" + '{based[1]}-based' -> {based[0]}"
            elif (wider := self._described_in(head, start, end)) is not None:
                # "a court in Guyana" in a Washington story: before the dateline's country
                actor = in_country(actor, wider[0])
                rule += f" + described as {wider[1]!r} -> {wider[0]}"
                if _role_heads(head, actor) and (sent := self._sending_body(wider[1])) is not None:
                    # issue #9 read56: "The latest delegation from the CBI", "negotiators
                    # from Microsoft": the body's own sector, not the role word's generic GOV
                    actor = ActorMatch(sent.code, sent.country, sent.sector, actor.name,
                                       actor.kind, actor.rule)  # fmt: skip
                    rule += f" + the sending body's sector -> {sent.code}"
            elif self.home == "USA" and actor.kind == "role" and _not_us_office(actor.name):
                # issue #9/#10 focus22: "a White House meeting with Prime Minister Binali
                # Yildirim": the United States has no prime minister, minister or parliament;
                # the office is the country the passage names, else of no country known
                if (abroad := self.office_abroad(head)) is not None:
                    actor = in_country(actor, abroad[0])
                    rule += f" + an office the home has not, the passage's {abroad[1]!r}"
                    rule += f" -> {abroad[0]}"
                else:
                    rule += " (an office the home has not: not the home country)"
            elif (where := self._clause_place(head)) is not None:
                # issue #9 recall2: "Police shot two protesters in Nairobi": the place where the
                # clause's act happens puts its country-less roles in that place's country
                actor = in_country(actor, where[0])
                rule += f" + the act's place {where[1]!r} -> {where[0]}"
            elif (own := self._own_phrase_place(head, actor.code[3:6])) is not None:
                # issue #9 roles34: "police in Manchester", "the victims of a gunman who
                # opened fire at a church in Texas": a place in the role's own phrase, its
                # event noun's or its clause's (any town the gazetteer knows) before the dateline
                actor = in_country(actor, own[0])
                rule += f" + {own[2]} {own[1]!r} -> {own[0]}"
            elif (back := self.same_role_before(head, actor)) is not None:
                actor = in_country(actor, back[0])
                rule += f" + the {head.lower_} named before ({back[1]!r}) -> {back[0]}"
            elif actor.sector != "GOV" and (near := self.same_words_near(head, text, start)):
                actor = in_country(actor, near[0])
                rule += f" + the same {text!r} named nearby as {near[1]!r} -> {near[0]}"
            elif head.lemma_.lower() in ENVOY_WORDS:
                # issue #9 precision: an envoy is a foreigner where the dateline is: the
                # embassy or envoy named before with its country, else no country
                back = self.envoy_before(head)
                if back is not None:
                    actor = in_country(actor, back[0])
                    rule += f" + the envoy named before ({back[1]!r}) -> {back[0]}"
                else:
                    rule += " (an envoy: not the home country)"
            elif self.home != "USA" and (found := US_BODY.search(text)):
                actor, rule = _in_usa(actor), rule + f" + U.S. body '{found.group(0)}' -> USA"
            elif (
                self.home
                and actor.kind == "role"
                and _foreign(head)
                # "the first foreign leader to meet Trump": a leader is foreign to the other
                # side, which may well be abroad; banks, investors and troops are not the home's
                and not actor.code.endswith(("GOV", "ELI"))
            ):
                # issue #9 precision8: "foreign banks", "overseas investors" are not the home's
                rule += " (foreign: not the home country)"
            elif head.lemma_.lower() in SIDELESS_ROLES:
                # issue #9 actors: "Critics have decried the reorganization": critics whose
                # side the phrase does not give have no country (guideline §10.9), not the home's
                rule += " (unnamed critics: no side, not the home country)"
            elif (
                self.home
                and actor.kind == "role"
                and actor.code[3:6] in LOCAL_SECTORS
                and (local := self.local_focus(head, actor.code[3:6]))
            ):
                # issue #9/#10 focus38: "Opposition leaders said they wanted a recount" in a
                # Washington story's passage on Honduras's election: Honduras's, not the home's
                actor = in_country(actor, local[0])
                rule += f" + the passage names only {local[1]!r} (not {self.home}) -> {local[0]}"
            elif self.home and actor.kind == "role":
                actor = in_country(actor, self.home)
                rule += f" + {self.home_from} -> {self.home}"
        return actor, rule

    def local_focus(self, token: Token, sector: str = "") -> tuple[str, str] | None:
        """issue #9/#10 focus38: the one other country the passage of ``token`` is about, where
        a role with no country of its own ("officials", "the government", "protesters") sits
        rather than the story's home. The passage is ``token``'s sentence, else the nearest
        sentence before it (``LOCAL_BACK`` at most, the one before always, further ones in the
        same paragraph) that names any country. It must name the home nowhere (no one of the
        home, no body of it) and exactly one other country, by the country, its people, its
        capital or its government (not a firm, a person or a partner "with Taiwan", "to
        Moscow"). In ``token``'s own sentence the words quoted when the role is not and the
        other actors and sayings of its own verb do not tell the passage: "officials criticised
        Mexico", "officials said Mexico would pay" are the home's, and a sentence naming a
        country only so has no passage; but people a state's force acts on are its own ("the
        Uzbek authorities are questioning her family", ``sector`` the role's)."""
        if not self.home or token.is_space:
            return None
        doc, sent = token.doc, token.sent
        lo, hi = phrase_span(token)
        quoted = self._quoted()
        in_quote = any(a <= token.idx < b for a, b in quoted)
        verbs = _clause_verbs(token)
        for hops in range(LOCAL_BACK + 1):
            named: list[tuple[str, str]] = []
            others = False
            if any(
                sent.start_char <= at < sent.end_char and str(m.actor)[:3] == self.home[:3]
                for at, m in self.graph_names.items()
            ):
                return None  # a person of the home (the graph's) is in the passage
            if self._home_place_in(sent.start_char, sent.end_char):
                return None  # "Mexico's foreign minister visited Texas": a place of the home
            for m_start, m_end, match in self.mentions:
                if m_start < sent.start_char or m_end > sent.end_char:
                    continue
                if not match.country or match.code.startswith("---"):
                    continue
                place = territory_of(match, self.territories) or match.country
                if place == self.home or place[:3] == self.home[:3]:
                    return None  # the home is in the passage too
                if hops == 0 and m_start < hi and m_end > lo:
                    continue
                if not _scene_mention(doc, m_start, m_end, match, {v.i for v in verbs}):
                    others = True
                    continue
                if hops == 0:
                    if not in_quote and any(a <= m_start < b for a, b in quoted):
                        others = True
                        continue
                    acted_on = (
                        sector in ACTED_ON
                        and token.dep_ in ("dobj", "nsubjpass")
                        and match.code[3:6] in FORCES
                    )
                    if (
                        verbs
                        and _argument_of(doc, m_start, m_end, verbs)
                        and not (acted_on and _subject_of(doc, m_start, m_end, verbs))
                    ):
                        others = True
                        continue
                named.append((place, self.text[m_start:m_end]))
            if named:
                if len({c for c, _ in named}) != 1:
                    return None
                return named[0]
            if others or sent.start == 0:
                return None
            before = doc[sent.start - 1].sent
            if hops >= 1 and PARAGRAPH_BREAK.search(self.text[before.end_char : sent.start_char]):
                return None
            sent = before
        return None

    def office_abroad(self, token: Token) -> tuple[str, str] | None:
        """issue #9/#10 focus22: the country an office the home has not ("prime minister",
        "foreign minister", "parliament") belongs to: the one country other than the home that
        ``token``'s sentence names (nearest before it when several), else the sentence before
        it (``LOCAL_BACK`` at most) that names one other country only."""
        if not self.home or token.is_space:
            return None
        doc, sent = token.doc, token.sent
        for hops in range(LOCAL_BACK + 1):
            named: list[tuple[int, str, str]] = []
            for m_start, m_end, match in self.mentions:
                if m_start < sent.start_char or m_end > sent.end_char:
                    continue
                if not match.country or match.code.startswith("---"):
                    continue
                if match.kind not in ("country", "metonym"):
                    continue
                place = territory_of(match, self.territories) or match.country
                if place[:3] == self.home[:3] or place[:3] in ("IGO", "NGO", "IMG", "MNC"):
                    continue
                named.append((m_start, place, self.text[m_start:m_end]))
            if named:
                if len({c for _, c, _ in named}) == 1:
                    return named[0][1], named[0][2]
                if hops:
                    return None
                before = [n for n in named if n[0] < token.idx]
                if not before:
                    return None
                return before[-1][1], before[-1][2]
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
        return None

    def _home_place_in(self, lo: int, hi: int) -> bool:
        """Whether the text between ``lo`` and ``hi`` names a region or big city of the home
        (the graph's places, by the gazetteer) or, at home in the United States, a state, a
        U.S. body or U.S. politics."""
        if self.home == "USA" and (
            US_BODY.search(self.text, lo, hi) or US_POLITICS.search(self.text, lo, hi)
        ):
            return True  # "Texas", "a federal judge", "the congressman", "Democrats"
        for start, end in self.graph_places:
            if lo <= start < hi and _big_place_country(self.text[start:end]) == self.home[:3]:
                return True
        return False

    def _quoted(self) -> list[tuple[int, int]]:
        if self._quoted_spans is None:
            from redline.quotes.marks import find_marked_spans

            self._quoted_spans = [(m.start, m.end) for m in find_marked_spans(self.text)]
        return self._quoted_spans

    def _party_abroad(self, actor: Any, rule: str) -> tuple[Any, str]:
        """issue #9/#10: a party word names the party of the table's country ("Republican
        leader" -> USA), but in a story at home elsewhere that never names that country it is a
        party there (a republican leader in a Northern Ireland story): the home's, no sector."""
        if actor is None or not actor.rule.startswith("party:") or not actor.country:
            return actor, rule
        if self.home is None or self.home == actor.country:
            return actor, rule
        named = any(
            m[2].country == actor.country and not m[2].rule.startswith("party:")
            for m in self.mentions
        )
        if named:
            return actor, rule
        home = ActorMatch(self.home, self.home, None, actor.name, "role", actor.rule)
        why = f"{rule} ; a {actor.country} party word in a story at home in {self.home} that "
        why += f"never names {actor.country} ({self.home_from}) -> {self.home}"
        return home, why

    def _party_word_abroad(self, head: Token, text: str) -> bool:
        """issue #9/#10 actors19: the phrase's only words of U.S. politics are American party
        words ("Democratic lawmakers", "The Republican Guard") in a story at home elsewhere
        that never names the United States: no sign of America (Seoul's Democratic Party,
        Iraq's Republican Guard)."""
        if self.home is None or self.home == "USA":
            return False
        words = [m.group(0) for m in US_POLITICS.finditer(text)]
        for child in head.children:
            if child.dep_ == "appos":
                said = head.doc[child.left_edge.i : child.right_edge.i + 1].text
                words += [m.group(0) for m in US_POLITICS.finditer(said)]
        if not words or not all(PARTY_WORD.match(w) for w in words):
            return False
        return not any(
            m[2].country == "USA" and not m[2].rule.startswith("party:") for m in self.mentions
        )

    def _party_at_home(self, actor: Any, rule: str) -> tuple[Any, str]:
        """issue #9/#10 actors14: a party named alone whose name several countries' parties
        share ("Labour": Britain and New Zealand) is the party of the story's home (dateline,
        main country) when the home is one of them, with the home's sector (PTY governing, OPP
        outside); else no one ("Conservatives" in a Washington story are no British party)."""
        if actor is None or actor.kind != "party" or not actor.code.startswith("---"):
            return actor, rule
        from redline.actors.book import party_code

        code = party_code(self.book, actor.name, self.home, self.date) if self.home else None
        where = self.home_from
        if code is None and self.politics_home not in (None, self.home):
            # issue #9/#10 parties39: "Labour" in a story whose home is elsewhere (or none)
            # but whose words are British politics ("MPs", "Westminster") and outnumber it
            code = party_code(self.book, actor.name, self.politics_home, self.date)
            where = "the article's words of its politics"
        if code is None and self.home is None:
            # issue #9 items28: a story with no home that names one of the party's countries
            # more than any other ("Boris Johnson said Britain would leave ... Labour renewed
            # its calls"): that country's party
            named = self._party_country_named(actor.name)
            code = party_code(self.book, actor.name, named, self.date) if named else None
            where = "the party's country the article names most"
        if code is None:
            return None, f"{rule} ; the story's home ({self.home}) is none of them"
        placed = ActorMatch(code, code[:3], code[3:], actor.name, "role", actor.rule)
        return placed, f"{rule} + {where} -> {code}"

    def _party_country_named(self, name: str) -> str | None:
        """The one country of the party ``name``'s countries that the article's named actors
        belong to most often, ahead of every other country; else None."""
        counts = country_counts(self.mentions)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        top = ranked[0][0]
        return top if top in dict(self.book.parties.get(name, ())) else None

    def _clause_place(self, head: Token) -> tuple[str, str] | None:
        """The country of a place named by "in" or "at" on the verb whose subject or object the
        role is ("police shot two protesters in Nairobi"): where the act happened."""
        if head.dep_ not in CLAUSE_ROLES or head.head.pos_ not in ("VERB", "AUX"):
            return None
        if head.dep_ == "nsubj" and head.head.lemma_.lower() in ARRIVAL_VERBS:
            # issue #9/#10 actors22: "bid chiefs, who arrived in London", "union chiefs flew
            # into Paris": where a traveller arrives is where they are not from
            return None
        if _whose_owner(head) is not None or any(c.dep_ == "poss" for c in head.children):
            return None  # "whose air force", "her spokesman": the owner's country comes first
        for prep in (*head.head.children, *head.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is None or (place.ent_type_ not in ("GPE", "LOC") and place.pos_ != "PROPN"):
                continue
            lo, hi = phrase_span(place)
            found = self.lookup(self.text[lo:hi])
            if found is not None and found.country and found.kind in ("country", "metonym"):
                return found.country, self.text[lo:hi]
            if found is None and (country := _big_place_country(self.text[lo:hi])):
                return country, self.text[lo:hi]
        return None

    def _own_phrase_place(self, head: Token, sector: str) -> tuple[str, str, str] | None:
        """issue #9 roles34: the one country of the places named by "in", "at" or "of" in the
        role's own phrase ("police in Manchester"; for people of no state, ``sector`` one of
        ``DOER_SECTORS``, also where they acted: "a gunman who opened fire at a church in
        Texas"), else by "in" or "at" on the event noun the role is an argument of
        ("the arrest of protesters in Lyon"), else on the clause's verb ("police arrested
        three men at a rally in Lyon"): the country, the place and which of the three."""
        if _whose_owner(head) is not None or any(c.dep_ == "poss" for c in head.children):
            return None
        scopes: list[tuple[str, list[Token]]] = []
        own = [c for c in head.children if c.dep_ == "prep" and c.lower_ in OWN_PLACE_PREPS]
        if sector in DOER_SECTORS:
            # "a gunman who opened fire at a church in Texas": where the role itself acted
            # ("the victims of a gunman who ...": the gunman's clause too)
            nouns = [head, *(o for p in own if p.lower_ == "of" for o in p.children)]
            for noun in nouns:
                for clause in noun.children:
                    if _acted_there(clause, noun):
                        own += [c for c in clause.children if c.dep_ == "prep"]
        own += _place_preps(own)
        scopes.append(("place in its own phrase", own))
        holder = head.head if head.dep_ in CLAUSE_ROLES else head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            holder = head.head.head
            if holder.pos_ in ("NOUN", "PROPN"):
                preps = [c for c in holder.children if c.dep_ == "prep" and c.i > head.i]
                scopes.append(("place of its event noun", _place_preps(preps)))
                if holder.dep_ in CLAUSE_ROLES:  # "detained dozens of protesters in Lyon"
                    holder = holder.head
        verb = holder.lemma_.lower()
        arrives = head.dep_ == "nsubj" and verb in ARRIVAL_VERBS
        if holder.pos_ in ("VERB", "AUX") and verb not in SKIP_VENUE_VERBS and not arrives:
            preps = [c for c in holder.children if c.dep_ == "prep"]
            scopes.append(("the act's place", _place_preps(preps)))
        for why, preps in scopes:
            found: dict[str, str] = {}
            for prep in preps:
                place = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if place is None:
                    continue
                country = self._place_country(place)
                if country is not None:
                    found.setdefault(country[0], country[1])
            if len(found) == 1:
                country, name = next(iter(found.items()))
                return country, name, why
            if found:
                return None
        return None

    def _place_country(self, place: Token) -> tuple[str, str] | None:
        """The country of a place noun: a country or capital the actor book knows, else any
        town or region the gazetteer knows when the parser took it for a place (GPE)."""
        if place.ent_type_ not in ("GPE", "LOC"):
            return None
        from redline.enrich.places import load_gazetteer, lookup_place, name_key

        names = [place, *(c for c in place.children if c.dep_ == "appos")]
        for tok in names:
            ent = next((e for e in entity_spans(tok.doc) if e.start <= tok.i < e.end), None)
            if ent is None or ent.label_ not in ("GPE", "LOC"):
                continue
            name = ent.text
            if name.lower().startswith("the "):
                name = name[4:]
            found = self.lookup(name)
            if found is not None:
                if found.country and found.kind in ("country", "metonym"):
                    return territory_of(found, self.territories) or found.country, name
                continue
            if ent.label_ != "GPE":
                continue
            gazetteer = load_gazetteer()
            homes = (
                gazetteer.alpha3.get(c.country or "") for c in gazetteer.candidates(name_key(name))
            )
            if self.home and self.home in homes:
                # "the Bishop of Durham" in a London story: a town the home has is the home's
                return self.home, name
            hit = lookup_place(name)
            if hit is not None and hit[0].country:
                alpha3 = gazetteer.alpha3.get(hit[0].country)
                if alpha3:
                    return alpha3, name
        return None

    def _described_in(self, head: Token, start: int, end: int) -> tuple[str, str] | None:
        """The country of the role's describing phrase ("a court in Guyana")."""
        w_start, w_end = phrase_span(head, DESCRIBING_PREPS)
        if (w_start, w_end) == (start, end):
            return None
        wider = self.lookup(self.text[w_start:w_end])
        if wider is None or not wider.country or wider.code.startswith("---"):
            return None
        # "protesters in Puerto Rico": the territory (USAPRI), not its parent country
        return territory_of(wider, self.territories) or wider.country, self.text[w_start:w_end]

    def _sending_body(self, phrase: str) -> Any | None:
        """The book's reading of a role's describing phrase when a named company or body's own
        sector beats the role word's generic GOV there ("a delegation from Microsoft":
        USABUS), else None ("a delegation from China" stays the role's)."""
        wider = self.lookup(phrase)
        if wider is None or not wider.country or wider.code.startswith("---"):
            return None
        if "beats generic GOV" not in (wider.rule or ""):
            return None
        return wider

    def envoy_before(self, head: Token) -> tuple[str, str] | None:
        """The country of the nearest embassy, ambassador or envoy named before ``head``."""
        for m_start, m_end, match in reversed(self.mentions):
            if m_start >= head.idx or m_start < head.idx - 1500:
                continue
            if not any(w in self.text[m_start:m_end].lower() for w in ENVOY_WORDS):
                continue
            if match.country and not match.code.startswith("---"):
                return match.country, self.text[m_start:m_end]
            span = head.doc.char_span(m_start, m_end, alignment_mode="expand")
            if span is not None and span.root.i != head.i:
                w_start, w_end = phrase_span(span.root, DESCRIBING_PREPS)
                wider = self.lookup(self.text[w_start:w_end])
                if wider is not None and wider.country and not wider.code.startswith("---"):
                    return wider.country, self.text[w_start:w_end]
        return None

    def same_role_before(self, head: Token, actor: Any) -> tuple[str, str] | None:
        """issue #9 precision: a bare "the court", "the police", "the army" is the one the story
        named before with its country ("Spain's Supreme Court ... the court ruled"), not the
        dateline's: the nearest earlier mention of the same sector that has a country."""
        sector = actor.code[3:]
        if sector not in BACK_SECTORS or head.pos_ not in ("NOUN", "PROPN"):
            return None
        # issue #9/#10 actors20: a unit's name is the role itself ("the Republican Guard")
        own = set((getattr(actor, "name", "") or "").lower().split())
        if head.pos_ == "PROPN" and head.lower_ not in own:
            return None
        named = own if head.pos_ == "PROPN" else set()
        if any(c.lower_ != "the" and c.lower_ not in named for c in head.lefts):
            return None
        tries = 0
        for m_start, m_end, match in reversed(self.mentions):
            if m_start >= head.idx or not match.code[3:].startswith(sector):
                continue
            if match.country and not match.code.startswith("---"):
                return match.country, self.text[m_start:m_end]
            # "Spain's Supreme Court", "a court in Guyana": the phrase around the mention
            span = head.doc.char_span(m_start, m_end, alignment_mode="expand")
            if span is not None:
                w_start, w_end = phrase_span(span.root, DESCRIBING_PREPS)
                wider = self.lookup(self.text[w_start:w_end])
                if wider is not None and wider.country and not wider.code.startswith("---"):
                    return wider.country, self.text[w_start:w_end]
            tries += 1
            if tries >= 3:
                break
        return None

    def person_before(self, head: Token, how: str) -> tuple[Any, str] | None:
        """issue #9/#10 actors15: the person a definite common noun tells again ("the
        candidate", "the former comedian"): the last person named before the noun's sentence,
        within ``PERSON_BACK_SENTENCES`` sentences, when the graph or the book places them."""
        sent = head.sent
        first = sent
        for _ in range(PERSON_BACK_SENTENCES):
            if first.start == 0:
                break
            first = head.doc[first.start - 1].sent
        if first is sent:
            return None
        named = [
            (a, b) for a, b in self.person_spans
            if first.start_char <= a and b <= sent.start_char and a >= self.dateline_end
        ]  # fmt: skip
        if not named:
            return None
        a, b = named[-1]
        span = head.doc.char_span(a, b, alignment_mode="expand")
        if span is None or not len(span):
            return None
        found = self.argument(span.root, how + "<-person-before")
        if not has_country(found):
            return None
        why = f"the {head.lower_}: the person named before, {found.text!r} ({found.rule})"
        return found.actor, why

    def same_words_near(self, head: Token, text: str, start: int) -> tuple[str, str] | None:
        """issue #9/#10 actors15: a role with no country whose very words the article gives a
        country nearby ("agreed to cooperate with prosecutors ... U.S. prosecutors said" in a
        Moscow story, "the intelligence agencies" after "U.S. intelligence agencies"): that
        country, not the dateline's. The nearest such mention before, within ``NEAR_BEFORE``
        characters, else the first in the rest of its sentence or the next one."""
        if head.pos_ != "NOUN" or any(c.lower_ in INDEFINITE for c in head.lefts):
            return None
        if head.lemma_.lower() in SIDELESS_ROLES:
            return None  # "Critics have decried ...": no side, whoever's critics were named
        core = NEAR_DETERMINERS.sub("", text).strip().lower()
        if not core or len(core) < 4:
            return None
        sent = head.sent
        after = sent.end_char
        if sent.end < len(head.doc):
            after = head.doc[sent.end].sent.end_char
        before = [m for m in self.mentions if start - NEAR_BEFORE <= m[0] and m[1] <= start]
        later = [m for m in self.mentions if start + len(text) <= m[0] and m[1] <= after]
        for m_start, m_end, match in (*reversed(before), *later):
            named = self.text[m_start:m_end]
            if not named.lower().endswith(core) or len(named) <= len(core) + 1:
                continue
            if not match.country or match.code.startswith("---"):
                continue
            if match.kind not in ("country", "metonym", "role", "organisation"):
                continue
            return territory_of(match, self.territories) or match.country, named
        return None

    def unknown_name(self, head: Token, text: str, rule: str) -> tuple[Any | None, str]:
        """A named person or organisation the book does not know: the entity graph's actor for
        the name ("Kim" after "Kim Jong Un"), else, when the text places them nowhere, the
        article's home country at country level (no guessed sector), as the annotation
        guideline places "a person the book does not know" (issue #9: actors before events)."""
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        first = head.left_edge.i if head.left_edge.ent_type_ == head.ent_type_ else head.i
        if first == head.i:
            # issue #9/#10 actors21: "Tillerson and Australian Foreign Minister Julie Bishop",
            # the pair's words on the name's left edge: the name's own first word
            while first and head.doc[first].ent_iob_ == "I":
                first -= 1
        for tok in head.doc[first : head.i + 1]:
            mention = self.graph_names.get(tok.idx)
            if mention is not None and not mention.actor.startswith("---"):
                actor = ActorMatch(mention.actor, mention.actor[:3], None,
                                   mention.canonical or text, kind, "graph")  # fmt: skip
                why = f"graph name '{mention.text}' -> {mention.canonical}{_placed_note(mention)}"
                return actor, why
            if mention is not None and (placed := _led_by_place(mention)) is not None:
                # issue #9 read50: "SAIC" after "Shanghai Automotive Industry Corp": a body
                # the text names after a big city or a region is of that place's country
                code = placed[0] + mention.actor[3:]
                actor = ActorMatch(code, placed[0], mention.actor[3:] or None,
                                   mention.canonical or text, kind, "graph")  # fmt: skip
                why = f"graph name '{mention.text}' -> {mention.canonical}, led by {placed[1]!r}"
                return actor, f"{why} -> {code}"
        mention = self._graph_name_over(head.idx)
        if mention is not None and not mention.actor.startswith("---"):
            actor = ActorMatch(mention.actor, mention.actor[:3], None,
                               mention.canonical or text, kind, "graph")  # fmt: skip
            why = f"graph name '{mention.text}' -> {mention.canonical}{_placed_note(mention)}"
            return actor, why
        listed = self.listed_company(text)
        if listed is not None:
            actor = ActorMatch(listed[0] + "BUS", listed[0], "BUS", text, "organisation", "ticker")
            return actor, f"company listed as ({listed[1]}) -> {listed[0]}BUS"
        if kind == "person":
            described = self.described_person(head)
            if described is not None:
                country, words = described
                actor = ActorMatch(country, country, None, text, kind, "described person")
                return actor, f"person the book does not know, told as {words!r} -> {country}"
            family = self.family_name(head, text)
            if family is not None:
                return family
            if head.idx in self.titled_people:
                # issue #9 read44: "Mr Raynsford" is placed as "local government minister Nick
                # Raynsford" was (GBRGOV), not as an unknown person at home (GBR)
                again, why = self.named_again(head, rule)
                if again is not None:
                    return again, why
        if not self.home:
            return None, rule
        if kind == "organisation" and COMPANY_NAME.fullmatch(_named_in_full(head, text)):
            # issue #9 actors23: "Fusion GPS LLC", "Prevezon Holdings Ltd": a name with a
            # company's legal suffix is a business, placed where an unknown body is
            actor = ActorMatch(self.home + "BUS", self.home, "BUS", text, kind, "unknown company")
            why = f"company the book does not know (legal suffix) + {self.home_from}"
            return actor, f"{why} -> {self.home}BUS"
        actor = ActorMatch(self.home, self.home, None, text, kind, f"unknown {kind}")
        return actor, f"{kind} the book does not know + {self.home_from} -> {self.home}"

    def _graph_name_over(self, char: int) -> Any | None:
        """The placed name mention of the graph whose span holds ``char``, else None."""
        spans = self.graph_name_spans
        at = bisect_right(spans, (char, float("inf"))) - 1
        if at >= 0 and spans[at][0] <= char < spans[at][1]:
            return spans[at][2]
        return None

    def placed_by_graph(self, head: Token, role: Any) -> tuple[Any, str] | None:
        """issue #9/#10 persons26: "Senator Cory Gardner" of "a U.S. congressional delegation
        led by Senator Cory Gardner": a titled name the book does not know that the entity
        graph placed by the text's own words (the body it leads, its party) is of that
        country, with the title's sector, before the title alone is given the home's."""
        first = head.left_edge.i
        for tok in head.doc[first : head.i + 1]:
            mention = self.graph_names.get(tok.idx)
            if mention is None or mention.actor.startswith("---") or not _placed_note(mention):
                continue
            code = mention.actor
            if len(code) == 3 and role.sector:
                code += role.sector
            # the title's match, placed: still the office, as "mention:role ... inside phrase"
            actor = ActorMatch(code, code[:3], code[3:] or None, role.name, role.kind, role.rule)
            why = f"mention:{_short(role)} inside phrase, graph name '{mention.text}'"
            return actor, f"{why}{_placed_note(mention)} -> {code}"
        return None

    def family_name(self, head: Token, text: str) -> tuple[Any, str] | None:
        """issue #9/#10 actors18: a lone name that is the family name the book's people give
        first ("Kim has blasted Trump" after "North Korea" in a Seoul story, never naming Kim
        Jong Un in full): when every person of that family name in office on the story's date
        holds one code, and the story names that code's country, that code, not the home's.
        No person of the article named in full with that word (a South Korean minister Kim
        Dong-yeon) and no story with no date."""
        word = text.strip()
        first_named = getattr(self.book, "people_first_named", None)  # not a stand-in book's
        if first_named is None or not word.isalpha() or not word[:1].isupper():
            return None
        day = as_date(self.date) if self.date else None
        if day is None:
            return None
        holders = [p for p in first_named(word) if any(r.covers(day) for r in p.roles)]
        codes = {self.book.person_code(p, day)[0] for p in holders}
        if len(codes) != 1:
            return None
        named = {p.name for p in holders}
        for a, b in self.person_names:  # someone else of that name named in full (not the book's)
            name = self.text[a:b]
            if word in name.split()[:-1]:
                match = self.book.lookup(name, date=day)
                if match is None or match.kind != "person" or match.name not in named:
                    return None
        code = codes.pop()
        country = code[:3]
        if not any(m[2].country == country for m in self.mentions):
            return None
        names = ", ".join(p.name for p in holders)
        actor = ActorMatch(code, country, code[3:] or None, holders[0].name, "person", "family")
        why = f"lone family name {word!r}: the book's {names} in office on {day} ({code}), "
        return actor, why + f"and the story names {country} -> {code}"

    def described_person(self, head: Token) -> tuple[str, str] | None:
        """issue #9/#10 actors16: the one person the book does not know whom the article tells
        first by a definite description with a nationality ("ALMATY - The sister of the Uzbek
        immigrant accused of killing eight people ...", then "Sayfullo Saipov, 29, was
        charged"): that nationality, not the dateline's country. The description is the
        article's first naming of a nationality so; the person is the first the book does not
        know named after it, and every later mention the entity graph links to that name."""
        if self._described is False:
            self._described = self._find_described()
        if not self._described:
            return None
        entity, country, words = self._described
        first = head.left_edge.i if head.left_edge.ent_type_ == head.ent_type_ else head.i
        if first == head.i:
            # issue #9/#10 actors21: "Tillerson and Australian Foreign Minister Julie Bishop",
            # the pair's words on the name's left edge: the name's own first word
            while first and head.doc[first].ent_iob_ == "I":
                first -= 1
        for tok in head.doc[first : head.i + 1]:
            mention = self.graph_people.get(tok.idx)
            if mention is not None and mention.entity == entity:
                return country, words
        return None

    def _find_described(self) -> tuple[int, str, str] | None:
        found = None
        for match in DESCRIBED_PERSON.finditer(self.text, self.dateline_end):
            nation = self.lookup(match.group("nation"))
            if nation is None or nation.kind != "country" or not nation.country:
                continue
            if found is not None and found[1] != nation.country:
                return None  # two nationalities told so: which is whose is not known
            if found is None:
                found = (match.end(), nation.country, match.group(0))
        if found is None or found[1] == self.home:
            return None
        after = [m for m in self.graph_people.values() if m.start >= found[0]]
        if not after:
            return None
        person = min(after, key=lambda m: m.start)
        if person.start - found[0] > DESCRIBED_WINDOW:
            return None  # not named within a few sentences of the description
        return person.entity, found[1], found[2]

    def addressee(self, head: Token) -> tuple[Any | None, str]:
        """issue #9/#10 actors10: "you" in a quotation is whom it was said to ("'We look
        forward to working with you,' the lawmakers wrote to EPA Administrator Scott Pruitt",
        "told the minister"): the object of the cue verb, or its "to" phrase, outside the quote."""
        quote = next((q for q in self.cued_quotes if q.start <= head.idx < q.end), None)
        if quote is None:
            return None, f"'{head.text}': no quotation said to anyone"
        span = head.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if span is None or not len(span):
            return None, f"'{head.text}': no cue"
        cue = span.root
        told = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
        if told is None:
            told, _ = _prep_object_of(cue, ("to",))
        inside = told is not None and quote.start <= told.idx < quote.end
        if told is None or inside or told.pos_ not in ("PROPN", "NOUN"):
            return None, f"'{head.text}': the quotation is said to no one named"
        arg = self.argument(told, "addressee")
        if arg.actor is None:
            return None, f"'{head.text}': said to {arg.text!r}, no actor"
        return arg.actor, f"'{head.text}' in a quote->said to {arg.text!r} ({arg.rule})"

    def short_name(self, head: Token, text: str) -> tuple[Any, str] | None:
        """issue #9 recall22: a body told again by the first word of its name ("Prevezon
        Holdings Ltd, a Russian-controlled company ... Prevezon disputed that", "Kaspersky Lab
        ... Kaspersky has denied"): the actor the entity graph gave its full name before, the
        nearest such name. Never a person's name: "Moore" is no "Moore Capital"."""
        name = head.text
        if len(name) < 3 or not name[0].isupper() or text.split()[-1] != name:
            return None
        if head.idx in self.graph_names:
            return None  # the entity graph placed this mention itself (unknown_name reads it)
        before = [
            m for m in self.graph_names.values()
            if m.start < head.idx and m.type == "organisation" and m.text.startswith(name + " ")
        ]  # fmt: skip
        people = [*self.graph_people.values(), *self.graph_names.values()]
        if any(m.type == "person" and name in m.text.split()[1:] for m in people):
            return None  # "Eugene Kaspersky" in the story: the name may be his
        if before:
            full = max(before, key=lambda m: m.start)
            actor = ActorMatch(full.actor, full.actor[:3], None, full.text, "organisation",
                               "graph")  # fmt: skip
            return actor, f"short name of {full.text!r} -> {full.actor}{_placed_note(full)}"
        # a body the book knows by its full name ("Kaspersky Lab"), told in full before
        fuller = re.compile(rf"\b{re.escape(name)}(?:\s+[A-Z][\w&.-]*){{1,3}}")
        upto = max(self.dateline_end, head.idx)
        for found in fuller.finditer(self.text, self.dateline_end, upto):
            match = self.lookup(found.group(0))
            if (match is not None and match.kind in ("organisation", "metonym")
                    and len(match.code) > 3 and not match.code.startswith("---")):  # fmt: skip
                return match, f"short name of {found.group(0)!r}: actor:{_short(match)}"
        return None

    def graph_person_in(self, head: Token, rule: str) -> tuple[Any | None, str]:
        """issue #10 family27: a name the parser tagged neither a person nor a body ("Trump
        Jr." a work of art, once read by the book as the father) that the entity graph placed
        as a person by its name: that person's actor."""
        for tok in head.doc[head.left_edge.i : head.i + 1]:
            m = self.graph_names.get(tok.idx)
            if m is None or m.type != "person" or m.kind != "name" or m.actor.startswith("---"):
                continue
            actor = ActorMatch(m.actor, m.actor[:3], None, m.canonical or head.text, "person",
                               "graph")  # fmt: skip
            return actor, f"graph name '{m.text}' -> {m.canonical}{_placed_note(m)}"
        return None, rule

    def named_again(self, head: Token, rule: str) -> tuple[Any | None, str]:
        """issue #9/#10 actors10: a person the graph links to an earlier full mention ("Roy
        Moore ... The 70-year-old Moore", "Moore, a controversial former judge") whom the
        parser did not tag: placed as that first mention is, as a pronoun for them would be
        (it was left unresolved while "him" took the home country)."""
        mention = self.graph_people.get(head.idx) or self.titled_people.get(head.idx)
        if mention is None:
            return None, rule
        first = self.first_names.get(mention.entity)
        if first is None or first.start >= mention.start:
            return None, rule
        span = head.doc.char_span(first.start, first.end, alignment_mode="expand")
        if span is None or span.root.i >= head.i:
            return None, rule
        arg = self.argument(span.root, "graph-first-name")
        if arg.actor is None:
            return None, rule
        return arg.actor, f"named again: {arg.text!r} ({arg.rule})"

    def surname_before(self, head: Token) -> tuple[Any, str] | None:
        """issue #9/#10 actors16: a lone surname the parser tagged as no person or body and the
        entity graph did not link ("Gulen has denied any role", "Cummings demanded ..."), after
        a person the graph names in full ("Fethullah Gulen, a Turkish cleric", "Representative
        Elijah Cummings"): placed as that full name is, the nearest before."""
        if len(head.text) < 3 or not head.text[0].isupper():
            return None
        for start, end in reversed(self.person_names):
            if end > head.idx or start < self.dateline_end:
                continue
            name = self.text[start:end]
            if " " not in name or name.rsplit(" ", 1)[1] != head.text:
                continue
            span = head.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                return None
            found = self.argument(span.root, "surname-before")
            if found.actor is None:
                return None
            return found.actor, f"surname of {found.text!r} named before ({found.rule})"
        return None

    def listed_company(self, name: str) -> tuple[str, str] | None:
        """issue #9/#10 actors10: a company the book does not know that the wire names with its
        stock ticker ("Banco Santander SA (SAN.MC)", then "Santander"): the country of the
        ticker's exchange, not the dateline's ("the Spanish bank" in a Washington story)."""
        name = name.removeprefix("the ").removeprefix("The ").strip()
        if not name or name[0].islower():
            return None
        if self._listed is None:  # one scan a document: most name no ticker at all
            self._listed = TICKER.search(self.text) is not None
        if not self._listed:
            return None
        if name not in self._tickers:
            found = re.search(
                re.escape(name) + r"(?:\s+[A-Z][\w&.\-]*){0,3}\s*\(([A-Z0-9]{1,7}\.([A-Z]{1,2}))\)",
                self.text,
            )
            country = EXCHANGES.get(found.group(2)) if found else None
            self._tickers[name] = (country, found.group(1)) if found and country else None
        return self._tickers[name]

    def titled(self, head: Token, text: str, rule: str) -> tuple[Any | None, str]:
        """A person or body the book does not know, placed by its title words ("Representative
        John Conyers", "A federal grand jury"): the sector from the title, the country from U.S.
        politics in the phrase or the article's home."""
        sectors = TITLE_SECTORS if any(w in text for w in TITLE_WORDS) else ()
        for pattern, sector in sectors:
            # "The Republican Guard" in a Baghdad story: no U.S. lawmaker; a title after such a
            # party word still counts (issue #9 read38: "Republican Rep. Linda Roe")
            found = next(
                (
                    hit
                    for hit in pattern.finditer(text)
                    if not (PARTY_WORD.match(hit.group(0)) and self._party_word_abroad(head, text))
                ),
                None,
            )
            if found is None:
                continue
            us = _us_politics(head, text) or self.home == "USA" or US_BODY.search(text)
            country = "USA" if us else self.home
            if country is None:
                return None, rule
            if FORMER_TITLE.search(text):
                sector = "ELI"  # issue #9 read38: a former office-holder (guideline §8.1)
            why = f"title '{found.group(0)}' -> {country}{sector}"
            return ActorMatch(country + sector, country, sector, text, "person", why), why
        return None, rule

    def _resolve(self, head: Token, text: str, start: int, end: int) -> tuple[Any | None, str]:
        if head.pos_ == "PRON" and head.text != "US":
            return self.antecedent(head)
        if head.pos_ == "PROPN" and any(subject_matter(t) for t in head.lefts):
            # "Veteran Russia analyst Fiona Hill": the country is what she studies
            return self.unknown_name(head, head.text, f"{head.text!r}: a name, no actor")
        match = self.lookup(text)
        if match is None and head.pos_ == "PROPN" and (kin := self._kin_refused(head)):
            return kin
        if match is not None and match.kind == "person" and _slogan_in(text):
            # names28: "The Stop Trump movement accused …": a campaign against the person (or
            # for a cause, "Vote Leave"), a body the book does not know, never that person
            return self.unknown_name(head, text, f"{text!r}: a slogan campaign, no actor")
        if (
            match is not None
            and match.kind == "person"
            and match.country
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in FOLLOWER_NOUNS
        ):
            public = ActorMatch(match.country, match.country, None, text, "role", "followers")
            return public, f"{head.lower_} of person:{match.name} -> {match.country}"
        if (
            match is not None
            and match.kind == "person"
            and match.country
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in KIN_NOUNS
            and any(c.dep_ == "poss" for c in head.children)
        ):
            # issue #9/#10 persons26: "Trump's wife toured a school": a relative of a person
            # the book knows is of that country, holding no office by it (guideline: Jared
            # Kushner called only "son-in-law" is the bare USA)
            kin = ActorMatch(match.country, match.country, None, text, "person", "relative")
            return kin, f"{head.lower_} of person:{match.name} -> {match.country}"
        if match is not None and match.kind != "role" and _counterpart(head):
            # issue #9 read46: "Trump's rival" is someone else of his country (no office by
            # it); "Israel's enemies", "Iran's rivals in the Gulf" are other countries unnamed
            if match.kind == "person" and match.country:
                country = match.country
                other = ActorMatch(country, country, None, text, "person", "counterpart")
                why = f"{head.lower_} of person:{match.name} -> {country} (not that person)"
                return other, why
            return None, f"'{text}': a {head.lower_} of {match.name}, not {match.name}"
        if (
            match is not None
            and match.kind == "metonym"
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in CITY_PACT_NOUNS
        ):
            return None, f"a pact named after a city ({match.name}), no actor"
        if match is not None and self._place_in_person(head, text, start):
            match = None  # "Chad Wolf", "Secretary Chad Wolf": a first name, not Chad
        if (
            match is not None
            and match.kind == "person"
            and courtesy_surname_of_other(self.text, start, end, self.others_by_surname)
        ):
            # issue #9/#10 graph22: "Mr McConnell" after "Jack McConnell": the man the text
            # named, placed as the graph places him, not the book's Mitch McConnell
            actor, why = self.unknown_name(head, head.text, f"{head.text!r}: a name, no actor")
            return actor, f"{why} (not {match.name}: the text names another)"
        if match is not None and match.kind == "person" and (name := self._namesake(head)):
            # issue #9 read37: "Florian Mueller", "Errol Flynn": the book's person matched by
            # surname alone under a given name not theirs is someone else, as the entity
            # graph already judges (its first-name table knows neither name); told as kin
            # ("his granddaughter Arabella Kushner"), of the person's country, holding no office
            if match.country and KIN.search(self.text, max(0, name[0] - 40), name[0]):
                kin = ActorMatch(match.country, match.country, None, text, "person", "relative")
                return kin, f"kin of person:{match.name}, another given name -> {match.country}"
            again = self.person_again(head)
            if again is not None:
                return again
            actor, why = self.unknown_name(head, head.text, f"{head.text!r}: a name, no actor")
            return actor, f"{why} (not {match.name}: another given name)"
        if match is not None and match.kind == "person" and self._someone_elses(head, text, start):
            # "former Trump campaign manager Jane Roe": Jane Roe, not Trump
            again = self.person_again(head)
            if again is not None:
                return again
            actor, why = self.unknown_name(head, head.text, f"{head.text!r}: a name, no actor")
            return actor, f"{why} (not {match.name}, named in the phrase before)"
        named = self.person_place_words.get(head.idx)
        if (
            match is not None
            and match.kind in ("country", "metonym")
            and len(match.code) == 3
            and named is not None
        ):
            # issue #9/#10 nameclash34: "German said" after "Mike German", "French praised"
            # after "Sarah French": the person the graph links it to, never the country
            if named.actor and not named.actor.startswith("---"):
                actor = ActorMatch(named.actor, named.actor[:3], None, named.canonical,
                                   "person", "graph")  # fmt: skip
                return actor, f"graph name '{named.text}' -> {named.canonical}{_placed_note(named)}"
            actor, why = self.named_again(head, "")
            if actor is not None:
                return actor, why
            return None, f"'{text}': the name of {named.canonical}, not {match.name}"
        if match is not None and match.kind in ("country", "metonym") and len(text.split()) == 1:
            # issue #9 reader: "Hague said" after "William Hague" is the man, not The Hague
            again = self.person_again(head)
            if again is not None:
                return again
        if match is not None and not match.code.startswith("---"):
            return match, f"actor:{_short(match)}"
        again = self.person_again(head)
        if again is not None:
            return again
        inside = self.mention_inside(head, start, end)
        if head.lemma_.lower() in AGENCY_NOUNS and _definite(head) and inside is None:
            back = self.agency_before(head.idx)
            if back is not None:
                return back[0], f"the {head.lower_} named before ({back[1]!r})->{_short(back[0])}"
        if _described_state(head) and (back := self.country_told_before(head)) is not None:
            return back, f"back-reference '{text}'->{_short(back)} (actors21)"
        kinds = BACK_REFERENCES.get(head.lemma_.lower())
        if kinds and head.tag_ in ("NNS", "NNPS") and not _one_of(head):
            # issue #9 readout14: "the richer countries", "the nations": several, never the one
            # country named last ("China, one of the countries that must ..." still is one)
            kinds = None
        if kinds and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts):
            # unseen Al Bawaba reading: "the Gush Etzion settlement bloc" is named in its own
            # phrase, not the bloc (the EU) told before
            kinds = None
        if kinds and _named_after_dash(head):
            # unseen Washington Post reading: "outlawed the group behind the attack — Ansar
            # al-Sharia, ...": the group is named right there, not the one told before
            kinds = None
        if inside is not None and inside.code.startswith("---") and kinds and _definite(head):
            # issue #9 precision: "the country of 26 million people" is a country named
            # before, not the people in its phrase
            back = self.previous(head.idx, kinds)
            if back is not None:
                return back, f"back-reference '{text}'->{_short(back)}"
        if (
            inside is not None
            and match is not None
            and inside.code.startswith("---")
            and match.code.startswith("---")
            and match.code != inside.code
        ):
            # issue #9/#10: "the company's president": the whole phrase (---BUS) says more
            # than the office inside it (---GOV)
            return match, f"actor:{_short(match)}"
        if inside is not None and inside.code.startswith("---") and head.ent_type_ == "PERSON":
            placed = self.placed_by_graph(head, inside)
            if placed is not None:
                return placed
        if inside is not None and (body := self.spoken_for(head)) is not None:
            # issue #9 read36: "a spokesman for UKIP", "a spokeswoman for Exxon Mobil": the
            # body spoken for, not the spokesman's office (---GOV)
            return body, f"spokesperson for:{_short(body)}"
        if inside is not None and inside.code == "---GOV" and (person := _person_spoken_for(head)):
            # issue #9 actors49: "a spokesman for West claimed ...": who speaks for a person
            # is that person's side (their country, or no one the book can place), never a
            # government of no country
            told = self.argument(person, "spokesperson-for")
            if told.actor is not None and told.actor.kind == "person":
                return told.actor, f"spokesperson for {told.text!r}: {told.rule}"
            if told.actor is None and person.ent_type_ == "PERSON":
                return None, f"'{text}': a spokesperson for {person.text!r}, who is not placed"
        if inside is not None and inside.code.startswith("---") and _cause_owner(head, inside):
            # issue #9 actors45: "a regiments' campaign group", "the prisoners' advocacy group":
            # a body that campaigns for those its owner word names, not one of them (MIL);
            # a group the book does not know, placed as such below
            return None, f"'{text}': a campaign for {_short(inside)}, not that role"
        if inside is not None and served_no_more(inside, text):
            return None, f"'{text}': served {inside.name}{SERVED_NO_MORE}"
        if inside is not None:
            return inside, f"mention:{_short(inside)} inside phrase"
        for child in head.children:
            if child.dep_ == "appos" and child.lemma_.lower() not in RELATION_NOUNS:
                # "Ms Robinson, a friend of the Tory leader": a relation to X is not X
                if subject_matter(child) or _contrasted(child) or in_work_title(child):
                    continue  # issue #9 kinds42: "Smith's new book, Cameron's Britain": a title
                if _appos_across_clause(head, child):
                    continue
                c_start, c_end = phrase_span(child)
                appos = self.lookup(self.text[c_start:c_end])
                if (
                    appos is not None
                    and appos.kind == "person"
                    and getattr(self.book, "scan", None) is not None
                    and kin_namesake(self.book, self.text, c_start, c_end)
                ):
                    continue  # issue #9 read37: "the actor Errol Flynn" is no Michael Flynn
                if appos is not None and not appos.code.startswith("---"):
                    return appos, f"appos:{_short(appos)}"
        if kinds and _definite(head):
            back = self.previous(head.idx, kinds)
            if back is not None:
                return back, f"back-reference '{text}'->{_short(back)}"
        if match is not None:
            return match, f"actor:{_short(match)}"
        described = self.described_linked(head, start, text)
        if described is not None:
            return described
        return None, "unresolved"

    def described_linked(self, head: Token, start: int, text: str) -> tuple[Any, str] | None:
        """issue #9/#10 actors24: "the secretary" the graph linked to "Energy Secretary Dale
        Morrow", a person the book does not know: the actor of that person's first mention by
        name, resolved as any argument is (its title, the story's home)."""
        link = self.role_links.get(start)
        if link is None or head.pos_ != "NOUN":
            return None
        named = self.first_names.get(link.entity)
        if named is None or named.start >= start:
            return None
        span = head.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None or span.root.i >= head.i:
            return None
        arg = self.argument(span.root, "graph-antecedent")
        if arg.actor is None:
            return None
        return arg.actor, f"description '{text}'->graph {arg.text!r} ({arg.rule})"

    def placed_name_of(self, head: Token) -> Any | None:
        """The graph's mention of the person a role phrase names ("businessman Ekim Yilmaz",
        "the trader, Reza Zarrab"), when the graph gives them a country; else None."""
        for tok in (head, *head.children):
            if tok.ent_type_ != "PERSON" or (tok.i != head.i and tok.dep_ not in NAMING_DEPS):
                continue
            first = tok.i
            while first and head.doc[first].ent_iob_ == "I":
                first -= 1
            mention = self.graph_names.get(head.doc[first].idx)
            if mention is None or mention.type != "person" or mention.actor.startswith("---"):
                continue
            return mention
        return None

    def speakers_own_firm(self, head: Token, actor: Any) -> tuple[Any, str] | None:
        """issue #9 read57: "his firm", "her company" in a clause a speaker reports is the
        speaker's own firm when the book places the speaker in business ("Filippo Bagnato,
        ATR's chief executive, has said that his firm will also work with Air Deccan": ATR's
        FRABUS, not the story's India)."""
        if not actor.code.endswith("BUS") or head.lemma_.lower() not in OWN_FIRM_NOUNS:
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("his", "her"):
            return None
        clause = head
        while clause.dep_ not in ("ccomp", "ROOT") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in OWN_FIRM_CUES:
            return None
        subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.ent_type_ != "PERSON":
            return None
        for phrase in (_phrase_text(subj), " ".join(t.text for t in subj.subtree)):
            found = self.lookup(phrase)
            if found is not None and found.country and found.code[3:6] == "BUS":
                return found, phrase
        return None

    def owner_told_before(self, head: Token) -> tuple[Any, str] | None:
        """The country a role's possessor refers back to ("the reclusive state's leader")
        and the possessor's words, else None."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        back = self.country_told_before(poss) if poss is not None else None
        return (back, _phrase_text(poss)) if back is not None else None

    def country_told_before(self, noun: Token) -> Any | None:
        """issue #9/#10 actors21: the country a definite "the country", "the nation" or "the
        reclusive state" refers back to: the last country named before it that is not another
        actor of its own verb ("South Korea condemned the reclusive state's leader")."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not _definite(noun):
            return None
        if not (noun.lemma_.lower() in COUNTRY_NOUNS or _described_state(noun)):
            return None
        others = _co_argument_spans(noun)
        for m_start, _m_end, match in reversed(self.mentions):
            if m_start >= noun.idx or m_start < self.dateline_end:
                continue
            if match.kind not in STATE_KINDS or match.code[:3] == "---" or not match.country:
                continue
            if any(lo <= m_start < hi for lo, hi in others):
                continue
            return match
        return None

    def other_country_before(self, offset: int, countries: set[str]) -> Any | None:
        """issue #9/#10 actors24: the last country named before ``offset`` (within
        OTHER_COUNTRY_REACH characters) that is none of ``countries``: what "the country" refers
        back to when the country named last is the clause's own subject's."""
        for m_start, _m_end, match in reversed(self.mentions):
            if m_start >= offset:
                continue
            if m_start < max(self.dateline_end, offset - OTHER_COUNTRY_REACH):
                break
            if match.kind not in STATE_KINDS or not match.country or match.code[:3] == "---":
                continue
            if match.country in countries:
                continue
            return match
        return None

    def agency_before(self, offset: int) -> tuple[Any, str] | None:
        """issue #9/#10 actors10: "Wall Street accuses the agency of ..." after "The CFPB":
        the nearest government agency, bureau or commission named before, within a few
        sentences (an acronym or a name with such a word; not the White House)."""
        for m_start, m_end, match in reversed(self.mentions):
            if m_start >= offset:
                continue
            if m_start < offset - AGENCY_WINDOW:
                break
            name = self.text[m_start:m_end]
            if match.code.startswith("---") or match.sector not in ("GOV", "COP", "SPY"):
                continue
            if AGENCY_NAME.search(name) or re.fullmatch(r"(?:the )?[A-Z]{3,5}", name):
                return match, name
        return None

    def body_before(self, head: Token) -> tuple[Any, str] | None:
        """issue #9/#10 actors21: the nearest body the book knows whose name has the word a bare
        "the department" / "the commission" / "the committee" stands for, named within
        ``AGENCY_WINDOW`` characters before it and in the same article ("A Justice Department
        spokeswoman said the department disagrees")."""
        words = BODY_NOUNS[head.lemma_.lower()]
        for m_start, m_end, match in reversed(self.mentions):
            if m_start >= head.idx:
                continue
            if m_start < head.idx - AGENCY_WINDOW:
                break
            name = self.text[m_start:m_end]
            if match.code.startswith("---") or not match.country:
                continue
            if any(re.search(rf"\b{w}\b", name) for w in words):
                return match, name
            if "Commission" in words and re.fullmatch(r"(?:the )?[A-Z]{2,4}C", name):
                return match, name  # "the FCC", "the FEC": a commission's acronym
        return None

    def _someone_elses(self, head: Token, text: str, start: int) -> bool:
        """issue #9/#10 actors11: the phrase's head is a person's name the book does not know,
        and the person the book found is only in a modifier before it ("former Trump campaign
        manager Paul Manafort", "Putin's spokesman Dmitry Peskov"): the role of someone else's
        name, not that person."""
        scan = getattr(self.book, "scan", None)
        if scan is None or head.ent_type_ != "PERSON" or head.pos_ != "PROPN":
            return False
        people = [h for h in scan(text) if h.entry.kind == "person"]
        if not people:
            return False
        at = head.idx - start
        if any(h.start <= at < h.end for h in people):
            return False
        last = people[-1]
        return last.end <= at and head.idx - start - last.end > 1

    def _kin_refused(self, head: Token) -> tuple[Any, str] | None:
        """issue #10 surname59: "his granddaughter Arabella Kushner", a name the book's scan
        now refuses whole (a long-table first name before the surname), told as kin: of the
        surname's person's country, holding no office (as the ``_namesake`` branch reads a
        name the scan took by its surname)."""
        name = self._namesake(head)
        if name is None or not KIN.search(self.text, max(0, name[0] - 40), name[0]):
            return None
        from redline.quotes.speakers import first_name_genders

        given = self.text[name[0] : name[1]].split()[0].lower()
        if given in first_name_genders():
            return None  # a hand-list name the scan always refused: as before ("Melania")
        for tok in head.doc:
            mention = self.graph_names.get(tok.idx) if name[0] <= tok.idx < name[1] else None
            if mention is not None and mention.actor and not mention.actor.startswith("---"):
                return None  # the entity graph places the name ("Melania Trump", his wife)
        surname = self.text[name[0] : name[1]].split()[-1].removesuffix("'s").removesuffix("’s")
        match = self.lookup(surname)
        if match is None or match.kind != "person" or not match.country:
            return None
        kin = ActorMatch(match.country, match.country, None, surname, "person", "relative")
        return kin, f"kin of person:{match.name}, another given name -> {match.country}"

    def _namesake(self, head: Token) -> tuple[int, int] | None:
        """The person's name the head belongs to has a given name before the book's person's
        surname that is not theirs (``kin_namesake``), or is that surname alone where the
        entity graph linked it to such a name before ("Mueller" after "Florian Mueller"):
        another person of that surname: the span of that full name."""
        if getattr(self.book, "scan", None) is None:
            return None
        named = next((n for n in self.person_names if n[0] <= head.idx < n[1]), None)
        if named is not None and " " in self.text[named[0] : named[1]].strip():
            return named if kin_namesake(self.book, self.text, named[0], named[1]) else None
        linked = self.graph_people.get(head.idx)
        first = self.first_names.get(linked.entity) if linked is not None else None
        if first is None or " " not in self.text[first.start : first.end].strip():
            return None
        if not kin_namesake(self.book, self.text, first.start, first.end):
            return None
        return first.start, first.end

    def _place_in_person(self, head: Token, text: str, start: int) -> bool:
        """The places the phrase names all sit inside the person's name the head belongs to,
        and that name is more than those places ("Sudesh Amman", "Jordan Peterson"; not "Sri
        Lanka" taken for a person)."""
        scan = getattr(self.book, "scan", None)  # a stand-in book may only look up
        if scan is None:
            return False
        named = next((n for n in self.person_names if n[0] <= head.idx < n[1]), None)
        if named is not None:
            name_start, name_end = named[0] - start, named[1] - start
        elif head.ent_type_ == "PERSON":
            first = last = head
            while first.i > 0 and first.ent_iob_ == "I" and first.nbor(-1).ent_type_ == "PERSON":
                first = first.nbor(-1)
            while last.i + 1 < len(head.doc) and last.nbor(1).ent_iob_ == "I":
                last = last.nbor(1)
            name_start, name_end = first.idx - start, last.idx + len(last) - start
        else:
            return False
        offset = max(0, name_start)
        return named_after_place(scan(text), text[offset:name_end], offset)

    def person_again(self, head: Token) -> tuple[Any, str] | None:
        """A person named by surname alone, resolved by their fuller mention earlier on."""
        # the parser may not tag the bare surname a person ("Franken denied ...": GPE, VERB);
        # the fuller mention before must be one
        if head.i == 0 or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN", "VERB"):
            return None
        if any(c.dep_ == "compound" for c in head.lefts):
            return None  # a full name already: the book had its chance
        key = head.lower_
        if key not in self._people:
            self._people[key] = None
            for tok in _same_word_before(head):
                if tok.lower_ != key or tok.ent_type_ != "PERSON":
                    continue
                if not any(c.dep_ == "compound" for c in tok.lefts):
                    continue
                f_start, f_end = phrase_span(tok)
                if f_start < self.dateline_end:
                    continue
                phrase = self.text[f_start:f_end]
                actor, rule = self._resolve(tok, phrase, f_start, f_end)
                sent_by = self._envoy_owner(tok)
                if sent_by is not None:
                    actor, rule = sent_by
                if actor is None and _us_politics(tok, phrase):
                    # "Representative John Conyers, a Democrat": a U.S. politician the book
                    # does not know
                    sector = "LEG" if US_LEGISLATOR.search(phrase) else None
                    actor = ActorMatch("USA" + (sector or ""), "USA", sector, phrase, "person",
                                       "U.S. politics")  # fmt: skip
                    rule = "U.S. politician"
                if actor is None and CABINET_TITLE.search(phrase):
                    # issue #9 actors23: "acting Homeland Security Secretary Elaine Duke" ...
                    # "Duke said": her office places her as it does her full name (a
                    # lawmaker's title is left to the U.S. politics above: placing "Representative
                    # Lee Zeldin" so cost a right tuple at the filter)
                    actor, rule = self.titled(tok, phrase, rule)
                if (
                    actor is None
                    and tok.ent_type_ == "PERSON"
                    # an apposition describes them ("Sirhan, an ethnic Palestinian"), an age not
                    and not any(
                        c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                        for c in head.children
                    )
                ):
                    # issue #9/#10: "Moore, 70, has denied" after "Roy Moore", whom the book
                    # does not know: placed as his full name is (his description, the home)
                    actor, rule = self.unknown_name(tok, phrase, rule)
                if actor is None:
                    continue
                if actor.code.startswith("---") and _us_politics(tok, phrase):
                    actor = _in_usa(actor)
                actor, rule = _us_state(actor, rule, tok, phrase)
                self._people[key] = (actor, f"person again: {phrase!r} ({rule})")
                break
        return self._people[key]

    def _envoy_owner(self, name: Token) -> tuple[Any, str] | None:
        """issue #9 recall35: "Russia's then-ambassador to the United States Sergei Kislyak":
        the parser hangs the name on "to", with the host country in its phrase; the envoy is of
        the country that owns the noun ("Russia's", "Russian"), not of the host."""
        prep = name.head
        if (
            name.dep_ != "pobj"
            or prep.lower_ != "to"
            or prep.head.lemma_.lower() not in ENVOY_WORDS
        ):
            return None
        envoy = prep.head
        for child in envoy.lefts:
            if child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            start, end = phrase_span(child)
            found = self.lookup(self.text[start:end].removesuffix("’s").removesuffix("'s"))
            if found is not None and found.kind in ("country", "metonym"):
                return found, f"{envoy.text} of {found.name}, sent to the country named after"
        return None

    def spoken_for(self, head: Token) -> Any | None:
        """issue #9 read36: the body a spokesperson speaks for, named in the noun's own "for"
        or "of" phrase ("a spokesman for UKIP" -> the party, "a spokeswoman for Exxon Mobil"
        -> the firm, "for the Democratic Party" -> a party, placed as any role), when it has a
        sector of its own; a bare country ("a spokesman for Greece") leaves the office to say
        which sector."""
        if head.lemma_.lower() not in SPOKES_NOUNS:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                o_start, o_end = phrase_span(obj)
                inside = [m for m in self.mentions if m[0] >= o_start and m[1] <= o_end]
                body = next((m[2] for m in inside if not m[2].code.startswith("---")), None)
                if body is not None and len(body.code) > 3 and body.kind != "person":
                    return body
                sector = next((m[2] for m in inside if m[2].code.startswith("---")), None)
                if body is None and sector is not None and sector.code != "---GOV":
                    return sector  # "a spokesman for the Democratic Party": placed later
        return None

    def mention_inside(self, head: Token, start: int, end: int) -> Any | None:
        """The actor mention inside the phrase, preferring the one on or nearest the head."""
        inside = [m for m in self.mentions if m[0] >= start and m[1] <= end]
        if not inside:
            return None
        on_head = [m for m in inside if m[0] <= head.idx < m[1]]
        if on_head:
            return on_head[0][2]
        known = [m for m in inside if not m[2].code.startswith("---")] or inside
        return min(known, key=lambda m: abs(m[0] - head.idx))[2]

    def previous(
        self,
        offset: int,
        kinds: tuple[str, ...],
        since: int = 0,
        doc: Doc | None = None,
        plural: bool = False,
    ) -> Any | None:
        """The last actor mention of ``kinds`` between ``since`` and ``offset``; with ``doc``
        (for "they"), a country named only as where something happened ("protected in India")
        is passed over: a place is no one who acts."""
        for m_start, m_end, match in reversed(self.mentions):
            if since <= m_start < offset and match.kind in kinds and match.code[:3] != "---":
                if doc is not None and match.kind == "country" and _where(doc, m_start, m_end):
                    continue
                if plural and str(match.code).endswith("MED"):
                    # issue #9 readout15: 'told BBC News: "We've long urged them to ..."': a news
                    # outlet is the channel, never "they"
                    continue
                if doc is not None and _modifier_only(doc, m_start, m_end):
                    continue
                if doc is not None and _predicate_description(doc, m_start, m_end):
                    continue
                self._previous_start = m_start
                return match
        return None

    def _report_author(self, head: Token) -> tuple[ActorMatch, str] | None:
        """issue #9/#10 reports28: "The report accused ministers of …", "Members criticised
        …" in a passage on a committee's report: the body the quote stage made the mention's
        speaker as the report's author (a Commons committee is GBRLEG)."""
        for quote in self.quotes:
            if (
                quote.speaker_start is not None
                and quote.speaker_start <= head.idx < quote.speaker_end
                and "+speaker:report->" in (quote.rule or "")
                and not str(quote.actor).startswith("---")
            ):
                actor = ActorMatch(quote.actor, quote.actor[:3], None, quote.speaker,
                                   "organisation", "report author")  # fmt: skip
                return actor, f"'{head.text}'->report author {quote.speaker} [{quote.actor}]"
        return None

    def placed_speaker(self, quote: Any, parsed: Doc) -> Argument | None:
        """issue #9/#10 actors20: a speaker the quote stage gave a role with no country
        ("---GOV" for "the secretary of state", "---LEG" for "opposition Labour lawmaker
        Stephen Doughty"): the speaker's own words resolved as any argument is (the phrase's
        country, the role named before, the story's home), when that finds a country."""
        if not str(quote.actor or "").startswith("---") or quote.speaker_start is None:
            return None
        span = parsed.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
        if span is None or not len(span) or span.root.pos_ == "PRON":
            return None
        arg = self.argument(span.root, "quote-speaker")
        if not has_country(arg) or not arg.actor.country:
            return None
        return replace(arg, rule=f"speaker {arg.text!r} placed: {arg.rule}")

    def _speakers_country(self, offset: int) -> str | None:
        """The country of the speaker of the direct quotation ``offset`` is in, if known."""
        for quote in self.quotes:
            if quote.start <= offset < quote.end and getattr(quote, "kind", "") == "direct":
                code = str(quote.actor or "")
                return code[:3] if len(code) >= 3 and not code.startswith("---") else None
        return None

    def antecedent(self, head: Token) -> tuple[Any | None, str]:
        lower = head.lower_
        if lower in SECOND_PERSON:
            return self.addressee(head)
        if lower in FIRST_PERSON:
            for quote in self.quotes:
                if quote.start <= head.idx < quote.end:
                    if (placed := self.placed_speaker(quote, head.doc)) is not None:
                        return placed.actor, f"'{head.text}' in a quote->{placed.rule}"
                    speaker = ActorMatch(quote.actor, quote.actor[:3], None, quote.speaker,
                                         "person", "quote speaker")  # fmt: skip
                    why = f"'{head.text}' in a quote->speaker {quote.speaker} [{quote.actor}]"
                    return speaker, why
            for quote in self.unplaced_quotes:
                if quote.start <= head.idx < quote.end and not (
                    quote.start <= quote.speaker_start < quote.end
                ):
                    span = head.doc.char_span(
                        quote.speaker_start, quote.speaker_end, alignment_mode="expand"
                    )
                    if span is None or not len(span):
                        break
                    arg = self.argument(span.root, "quote-speaker")
                    if has_country(arg):
                        why = f"'{head.text}' in a quote->speaker {arg.text!r} ({arg.rule})"
                        return arg.actor, why
                    break
            side = self.graph_names.get(head.idx)
            if side is not None and side.kind.startswith("quote-") and side.actor:
                actor = ActorMatch(side.actor, side.actor[:3], None, side.canonical or head.text,
                                   "person", "graph")  # fmt: skip
                return actor, f"'{head.text}' in a quote->graph speaker {side.canonical}"
            if self.author is not None and not any(a <= head.idx < b for a, b in self.marks):
                # "The following statements were posted to the Twitter accounts of X": outside
                # any quotation, I and we are the document's author
                return self.author, f"'{head.text}'->the document's author {self.author.name}"
            # issue #9/#10 (unseen Wikinews): "we call upon the UN" in a statement whose speaker
            # is not known is no guess at the last country named (it was Yemen)
            return None, f"'{head.text}': first person with no known speaker"
        if lower not in PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON:
            return None, "unresolved"  # "that", "this", "which": not a person or a country
        link = self.pronoun_links.get(head.idx) if lower in PERSON_PRONOUNS else None
        if link is None and lower in SUBJECT_PRONOUNS:
            teller = _reporting_subject(head)
            if teller is not None:
                arg = self.argument(teller, "reporting-subject")
                if arg.actor is not None:
                    why = f"pronoun '{head.text}'->who said it {arg.text!r} ({arg.rule})"
                    return arg.actor, why
                if lower == "they":
                    # issue #9 precision8: "several said they wanted the politicians to stop":
                    # they are the sayers, who have no actor, not a body named nearby
                    return None, f"pronoun '{head.text}'->who said it {teller.text!r}, no actor"
        if link is not None:
            # actors before events (issue #9): the entity graph weighed gender, subjects and
            # quotes; its antecedent, resolved by its name, beats the last person the book knows
            named = self.first_names.get(link.entity)
            actor, why = None, ""
            if link.actor and not link.actor.startswith("---"):
                actor = ActorMatch(link.actor, link.actor[:3], None, link.canonical or head.text,
                                   "person", "graph")  # fmt: skip
                why = f"{link.canonical} [{link.actor}]{_placed_note(link)}"
            elif named is not None and named.start < head.idx:
                span = head.doc.char_span(named.start, named.end, alignment_mode="expand")
                if span is not None and span.root.i < head.i:
                    arg = self.argument(span.root, "graph-antecedent")
                    actor, why = arg.actor, f"{arg.text!r} ({arg.rule})"
            if actor is not None:
                return actor, f"pronoun '{head.text}'->graph {why}"
            if named is not None and named.start < head.idx:
                # issue #9 readout14: the graph's antecedent is someone the book cannot place
                # ("Ivan Petrenko ... One of his classmates was Vladimir Putin. ... he made
                # contact"): not the last person the book knows instead
                return None, f"pronoun '{head.text}'->graph {why or 'a person'}, no actor"
        if lower in PERSON_PRONOUNS:
            kinds: tuple[str, ...] = ("person", "role")
            if self.pronoun_links or self.graph_names:
                # issue #9 precision: the entity graph found no person that agrees; the last
                # person the book knows is a guess only when it is near (this sentence or the
                # one before), not the most salient person of the whole article
                sent = head.sent
                before = head.doc[sent.start - 1].sent if sent.start > 0 else sent
                match = self.previous(head.idx, kinds, since=before.start_char)
                if match is None:
                    return None, f"pronoun '{head.text}': no person agrees nearby"
                return match, f"pronoun '{head.text}'->{_short(match)} nearby"
        elif lower in THING_PRONOUNS:
            if _news_it(head):
                # issue #9 graph22: "It comes as committees investigate ...", "It came a day
                # after ...": the news itself, never a country or body named before
                return None, f"pronoun '{head.text}': the news itself (it comes as / after ...)"
            if _expletive(head):
                told = _told_addressee(head)
                if told is not None:
                    # "Lavrov told Tillerson it was unacceptable to ...": said to the one told
                    arg = self.argument(told, "addressee")
                    # issue #9 readout14: "told BBC Radio 4's Today programme it was not fair
                    # to blame the public": a news outlet told is the channel, not whom it is
                    # about
                    if arg.actor is not None and not str(arg.actor.code).endswith("MED"):
                        why = f"pronoun '{head.text}': expletive, the one told {arg.text!r}"
                        return arg.actor, f"{why} ({arg.rule})"
                doer = _for_subject(head)
                if doer is not None:
                    # issue #9 readout15: "It is wrong for the president to have done this":
                    # what is judged is the act of the one the "for" clause names
                    arg = self.argument(doer, "for-subject")
                    if arg.actor is not None:
                        why = f"pronoun '{head.text}': expletive, the one it is for {arg.text!r}"
                        return arg.actor, f"{why} ({arg.rule})"
                return None, f"pronoun '{head.text}': expletive (it is ... if/that/to ...)"
            thing, route = _parallel_noun(head), "its clause goes on with"
            if thing is None:
                thing, route = _subject_before(head), "the sentence before is about"
            if thing is not None:
                # issue #9/#10 it29: "The decision to skip the summit was announced on Friday,
                # and observers claim it is a snub", "co-sponsored the bill, and the lobby backed
                # it", "The bill passed on Tuesday. It also bars ...": "it" goes on with the noun
                # its clause's first conjunct or the sentence before is about, not a country
                # named further back; that noun's own actor (its maker) or none
                arg = self.argument(thing, "it-noun-before")
                why = f"pronoun '{head.text}'->the noun {route} {arg.text!r}"
                return arg.actor, f"{why} ({arg.rule})" if arg.actor is not None else why
            kinds = ("country", "organisation", "metonym")
            owner = _clause_subject(head) if head.dep_ == "poss" else None
            if owner is not None:
                # issue #9 actors: "The Senate committee issued a subpoena in its investigation
                # of how Russia ...": "its" in a clause is its subject's, not a country before
                arg = self.argument(owner, "clause-subject")
                why = f"pronoun '{head.text}'->its clause's subject {arg.text!r}"
                return arg.actor, f"{why} ({arg.rule})" if arg.actor is not None else why
            # issue #9/#10: "will attend the Vietnam meeting. It will host ...": a country that
            # only modifies a noun is not what "it" is
            match = self.previous(head.idx, kinds, doc=head.doc)
            relativized = _relativized(head)
            if match is not None and relativized is not None:
                lo, hi = relativized
                if lo <= self._previous_start < hi:
                    # issue #9/#10 actors43: "change tack on North Korea, with which it fought
                    # side by side": the noun its own relative clause describes is never the
                    # clause's "it" (that is "which"); the one named before it
                    match = self.previous(lo, kinds, doc=head.doc)
                    if match is None:
                        return None, "unresolved"
            if match is None:
                return None, "unresolved"
            at = self._previous_start
            if (work := _work_before(head, at)) is not None:
                # issue #9 kinds42: "According to a new book, Brown's Britain, ... It claims":
                # "it" is the work named nearer (or the one whose title names the country)
                return None, f"pronoun '{head.text}'->the work named before {work!r}: no actor"
            if (
                str(match.code or "").endswith("MED")
                and _outlet_told(head.doc, at)
                and _judged_thing(head)
            ):
                # issue #9 unseen27: "the sheriff told the BBC ... The Air Force issued warnings,
                # saying it was dangerous": a news outlet told is the channel, never the "it"
                # spoken of after
                return None, f"pronoun '{head.text}': the outlet told is the channel"
            body = next((o for o in reversed(self.org_names) if at < o.start < head.idx), None)
            if body is not None:
                # "Prevezon Holdings Ltd, a Russian-controlled company, ... a U.S. government
                # lawsuit accusing it": a body named nearer that the book does not know
                why = f"pronoun '{head.text}': nearer body {body.text!r} has no actor"
                return None, why
            own = self._speakers_country(head.idx)
            if (
                own
                and head.dep_ in ("dobj", "pobj")
                and match.kind in ("country", "metonym")
                and str(match.code or "")[:3] == own
            ):
                # issue #9 read23: Musharraf: "We are fighting it in its immediate context", a
                # Ukrainian president: "we want to defend it by law": in a speaker's own words
                # the country is "we"; the "it" one acts on is a thing (terrorism, a business)
                return None, f"pronoun '{head.text}' in a quote: not the speaker's {own}"
            return match, f"pronoun '{head.text}'->{_short(match)}"
        else:
            kinds = ("country", "organisation", "metonym", "role", "person")
        if lower in THEY_PRONOUNS:
            # issue #9 precision: "they" too looks only near (this sentence or the one before),
            # and never at one person
            kinds = ("country", "organisation", "metonym", "role")
            sent = head.sent
            group = next(
                (
                    t for t in reversed(head.doc[sent.start : head.i])
                    if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
                    # issue #9/#10 graph22: "The unions urged them to ...": never the subject
                    # of the verb "them" is the object of
                    and not (lower == "them" and t.head.i == head.head.i)
                ),
                None,
            )  # fmt: skip
            if group is not None:
                # issue #9 precision8: "Republicans on the committee increased their criticism":
                # the plural subject before it in its own sentence, not a country named nearby
                arg = self.argument(group, "plural-subject")
                if arg.actor is not None:
                    why = f"pronoun '{head.text}'->plural subject {arg.text!r} ({arg.rule})"
                    return arg.actor, why
            before = head.doc[sent.start - 1].sent if sent.start > 0 else sent
            if group is None and head.dep_ == "nsubj" and before is not sent:
                # issue #9 actors: "U.S. business lobbies argue that ... Chinese companies
                # operate freely. They have also criticized ...": a subject "they" goes on with
                # the plural subject of the sentence before, not the last group it named
                group = _plural_main_subject(before)
                if group is not None:
                    arg = self.argument(group, "plural-subject-before")
                    if arg.actor is not None:
                        why = f"pronoun '{head.text}'->plural subject before {arg.text!r}"
                        return arg.actor, f"{why} ({arg.rule})"
            match = self.previous(
                head.idx, kinds, since=before.start_char, doc=head.doc, plural=True
            )
            if match is None:
                return None, f"pronoun '{head.text}': nothing agrees nearby"
            verb = head.head
            if lower == "them" and head.dep_ == "dobj" and verb.dep_ == "conj":
                # "extradite people accused of crimes from Hong Kong and try them": the object of
                # a second verb is the first verb's plural object, not a place named inside it
                first = next(
                    (
                        c for c in verb.head.children
                        if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and c.i < head.i
                    ),
                    None,
                )  # fmt: skip
                if first is not None:
                    arg = self.argument(first, "parallel-object")
                    why = f"pronoun '{head.text}'->the first verb's object {arg.text!r}"
                    return arg.actor, f"{why} ({arg.rule})" if arg.actor is not None else why
            own = self._speakers_country(head.idx)
            if own and match.kind in ("country", "metonym") and match.code == own:
                # issue #9 readout15: Rouhani: "... If they are truthful, they must not send
                # weapons to the region": in his own words the speaker's country is "we"
                return None, f"pronoun '{head.text}' in a quote: not the speaker's {own}"
            return match, f"pronoun '{head.text}'->{_short(match)} nearby"
        match = self.previous(head.idx, kinds)
        if match is None:
            return None, "unresolved"
        return match, f"pronoun '{head.text}'->{_short(match)}"


# issue #9 readout15: nouns of a war that the place it is fought in names ("the Iraq war", "the
# Gaza conflict"); the place is not who wages it
# issue #9/#10 actors20: an inquiry is named by its subject as a war by its place ("the Russia
# probe"): _war_places reads both
INQUIRY_NOUNS = frozenset({"investigation", "probe", "inquiry"})
WAR_NOUNS = frozenset({"war", "conflict", "invasion", "occupation", "insurgency", *INQUIRY_NOUNS})


def _content_clause(verb: Token) -> bool:
    """A finite clause that says what the noun holds ("charges that it manipulated its
    results", "reports that Iran had agreed"): its own subject and a "that" / "whether"."""
    kids = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in kids) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in kids
    )


def _war_places(head: Token, deep: bool = False) -> list[Token]:
    """The place-name modifiers of war nouns: of ``head`` itself, or (``deep``) anywhere in its
    phrase. Only a bare compound ("the Iraq war") with no place after the noun: a possessor
    ("Russia's war"), a "-led" adjective ("the US-led invasion") or a compound before "in"
    ("the US war in Afghanistan") names who wages it."""
    heads = [t for t in head.subtree] if deep else [head]
    out = []
    for noun in heads:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WAR_NOUNS:
            continue
        places_after = [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ in ("GPE", "LOC")
        ]
        if places_after and not any(
            c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i for c in noun.children
        ):
            # issue #9 read19: "opposed the war in Iraq": with no one named before the noun the
            # place after it is where the war is fought, not who is opposed
            out += places_after
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("in", "on", "against") for c in noun.children):
            continue  # "the US war in Afghanistan": the place follows, the modifier wages it
        for mod in noun.children:
            if (
                mod.dep_ == "compound"
                and mod.i < noun.i
                and mod.pos_ == "PROPN"
                and mod.ent_type_ not in ("PERSON", "ORG", "NORP")  # "the Bush war": his
            ):
                out.append(mod)
    return out


def _without_war_places(head: Token, text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the place names of wars in ``head``'s phrase blanked out."""
    chars = list(text[start:end])
    for place in _war_places(head, deep=True):
        lo, hi = place.idx - start, place.idx + len(place.text) - start
        if 0 <= lo < hi <= len(chars):
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _clause_subject(head: Token) -> Token | None:
    """The singular subject (a noun, or "it") of the clause a possessive is in, before it (or
    after it, from a phrase opening the sentence): the possessed noun must be the verb's object
    or in a phrase on the verb ("in its investigation"); a relative clause's subject is the noun
    it hangs on ("North Korea, which conducted its ...")."""
    noun = head.head
    if noun.dep_ in ("dobj", "attr", "oprd"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # it29: "With its invasions of Georgia, Russia has shown …": a phrase opening the sentence
    # before the subject is the subject's too
    fronted = noun.dep_ == "pobj" and noun.head.i == head.sent.start and verb.dep_ == "ROOT"
    for t in verb.children:
        if t.dep_ not in ("nsubj", "nsubjpass") or (t.i > head.i and not fronted):
            continue
        if t.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            t = verb.head
        if t.tag_ in ("NN", "NNP") or t.lower_ == "it":
            return t
    return None


# the dependencies a walk from an object up to its clause's subject may pass (issue #9 recall22)
PEER_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "acomp", "dative"})


def _peer_subject(head: Token) -> Token | None:
    """The subject of the clause whose object (or object of a preposition) ``head`` is, also
    up through "to ..." complements ("eager to work with colleagues": he): whose colleagues
    an unpossessed "colleagues" are (issue #9 recall22)."""
    cur = head
    for _ in range(6):
        if cur.dep_ not in PEER_PATH_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            for t in cur.children:
                if t.dep_ == "nsubj" and t.i < head.i:
                    return t
    return None


PARALLEL_CLIMB = frozenset({"ccomp", "conj"})  # it29: clauses "it" climbs out of to its conjunct


def _parallel_noun(pronoun: Token) -> Token | None:
    """issue #9/#10 it29: the singular noun an "it" goes on with, in the first conjunct of the
    clause it is in (climbing out of reported clauses): the subject for a subject ("The U.S.
    draft says …, and it calls on …"; "The decision was announced, and observers claim it is a
    snub"), the object for an object ("co-sponsored the bill, and the lobby endorsed it"). None
    when that conjunct's noun is a person's, plural or a pronoun."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    wanted = ("dobj",) if pronoun.dep_ == "dobj" else ("nsubj", "nsubjpass")
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            first = verb.head
            noun = next((c for c in first.children if c.dep_ in wanted and c.i < pronoun.i), None)
            return noun if _one_thing(noun) else None
        if verb.dep_ not in PARALLEL_CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is not None and teller.tag_ in ("NN", "NNP") and teller.ent_type_ != "PERSON":
            return None  # "the group said it …": the sayer, read before (_reporting_subject)
    return None


def _subject_before(pronoun: Token) -> Token | None:
    """issue #9/#10 it29: the singular noun subject of the sentence before, for an "it" that is
    its own sentence's main subject ("The bill passed the House on Tuesday. It also bars ...":
    the bill, not the country named in between); None for a person's, plural or pronoun subject."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if pronoun.head.dep_ != "ROOT" or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    noun = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return noun if _one_thing(noun) else None


def _one_thing(noun: Token | None) -> bool:
    """it29: a noun "it" can go on with: singular, common or proper, no pronoun, not a person's,
    not one of several ("Britain and France ...": many)."""
    if noun is None or noun.pos_ == "PRON":
        return False
    if noun.tag_ not in ("NN", "NNP") and not _plural_firm_name(noun):
        return False
    if noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_HEADS:
        return False
    return not any(c.dep_ == "conj" for c in noun.children)


def _plural_firm_name(noun: Token) -> bool:
    """issue #9 read50h: the plural-looking last word of a firm's name ("Mitsubishi Motors has
    forecast a loss. Last month, it signed ...", "Cisco Systems", "Lehman Brothers") is one
    body: a tagged-plural proper noun closing a name of two or more words the parser calls an
    organisation."""
    return (
        noun.tag_ == "NNPS"
        and noun.ent_type_ == "ORG"
        and noun.ent_iob_ == "I"
        and any(c.dep_ == "compound" and c.i < noun.i for c in noun.children)
    )


def _plural_main_subject(sent: Span) -> Token | None:
    """The plural noun subject of a sentence's main verb ("U.S. business lobbies argue ...")."""
    root = sent.root
    return next(
        (
            t for t in root.children
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
        ),
        None,
    )  # fmt: skip


def _where(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` names a place where ("arrested in Tamil Nadu,
    India", "are protected in India"): the object of a locative preposition (issue #9 reader)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("appos", "conj", "compound", "npadvmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS


# issue #9/#10 persons26: the nouns of kin that make "X's <noun>" a relative of X, not X
KIN_NOUNS = frozenset(
    {"wife", "husband", "spouse", "widow", "widower", "son", "daughter", "mother", "father",
     "brother", "sister", "son-in-law", "daughter-in-law", "stepson", "stepdaughter", "nephew",
     "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "child", "parent",
     "fiancee", "fiance"}
)  # fmt: skip


def _placed_note(mention: Any) -> str:
    """Why the graph gave an unknown name its actor ("placed-by-apposition:..."), if it did."""
    _, found, placed = (mention.rule or "").partition("+placed-by-")
    return f" (placed-by-{placed})" if found else ""


# issue #9 kinds42: works whose title may name a country ("a new book, Brown's Britain", the
# documentary "Inside North Korea"): the title is the work's, the country in it no actor
WORK_TITLE_NOUNS = frozenset(
    {"book", "memoir", "biography", "autobiography", "novel", "film", "movie", "documentary",
     "programme", "program", "report", "study", "song", "album", "play", "musical", "series",
     "show", "poem", "essay"}
)  # fmt: skip
# Words a title keeps in lower case ("The Rise and Fall of ...", "Britain in Crisis")
TITLE_SMALL_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "or", "'s", "’s",
     "from", "into", "after", "under", "over"}
)  # fmt: skip
# Verbs that give a work its title ("a report titled ...", "a film called ...")
TITLING_VERBS = frozenset({"call", "title", "entitle", "name", "dub"})
_WORK_TITLES: list = parse_cache(None)  # (the parse, its titles' character spans)


def _title_cased(tokens: list[Token]) -> bool:
    """Whether ``tokens`` read as a title: two words or more, every word capitalised but the
    small ones ("Brown's Britain", "The Russia House", "Britain in Crisis")."""
    words = [t for t in tokens if not t.is_punct]
    big = [t for t in words if t.lower_ not in TITLE_SMALL_WORDS]
    return len(big) >= 2 and all(t.text[:1].isupper() for t in big)


def _titles_of_work(noun: Token) -> list[Span]:
    """The title a work noun gives: a quoted phrase after it with a capitalised word (the
    report "Britain in Crisis"), or a title-cased apposition or name it heads ("a new book,
    Brown's Britain", "a film called The Russia House", "the film The Russia House")."""
    doc = noun.doc
    found: list[Span] = []
    j = noun.i + 1
    while (
        j < len(doc)
        and j - noun.i <= 3
        and (doc[j].text == "," or doc[j].lemma_.lower() in TITLING_VERBS)
    ):
        j += 1
    if j < len(doc) and doc[j].is_quote and doc[j].tag_ == "``":  # an opening mark
        close = next((t.i for t in doc[j + 1 : j + 16] if t.is_quote), None)
        if close is not None and any(t.text[:1].isupper() for t in doc[j + 1 : close]):
            found.append(doc[j + 1 : close])
    # an apposition right after the noun (or its comma): "a study by the Center ... at
    # California State University, San Bernardino" hangs a place on "study" from afar
    phrases = [
        c
        for c in noun.children
        if c.dep_ == "appos"
        and c.i > noun.i
        and all(t.text in (",", ":") for t in doc[noun.i + 1 : c.left_edge.i])
    ]
    phrases += [
        g
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_.lower() in TITLING_VERBS
        for g in c.children
        if g.dep_ in ("oprd", "dobj", "attr", "xcomp")
    ]
    named = [doc[p.left_edge.i : p.right_edge.i + 1] for p in phrases]
    if noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:
        named.append(doc[noun.i + 1 : noun.head.i + 1])  # "the film The Russia House" as one
    found += [span for span in named if _title_cased(list(span))]
    if (country_titled := _country_title_after(doc, j)) is not None:
        found.append(country_titled)
    # a person's name is no title ("a study by a Russian sociologist, Mikhail Dmitriyev")
    return [
        span for span in found
        if not all(t.ent_type_ == "PERSON" for t in span if not t.is_punct)
    ]  # fmt: skip


def _country_title_after(doc: Doc, j: int) -> Span | None:
    """A title-cased run of words from token ``j`` on, set off by a comma or a full stop, whose
    head (last word) is a country with a possessive or an article before it ("a new book,
    Brown's Britain, says", "the play The New Britain."): read off the words, as the small
    parser hangs such a title anywhere. "In the report, Britain's Foreign Office, ..." ends
    on no country, so it is none."""
    k = j
    while k < len(doc) and (
        doc[k].lower_ in TITLE_SMALL_WORDS or doc[k].text[:1].isupper() and doc[k].is_alpha
    ):
        k += 1
    if k == j or k >= len(doc) or doc[k].text not in (",", ".", ";", ":"):
        return None
    span = doc[j:k]
    last = span[-1]
    possessed = any(t.lower_ in ("'s", "’s") for t in span)
    if last.ent_type_ != "GPE" or not (possessed or span[0].lower_ == "the"):
        return None
    return span if _title_cased(list(span)) else None


# issue #9 lead42: the broadcast works whose title may stand before the noun ("the BBC's
# Breakfast with Frost show", "NBC's Meet the Press programme")
TITLE_BEFORE_NOUNS = frozenset({"show", "programme", "program", "series", "documentary"})


def _title_before(noun: Token) -> Span | None:
    """A title-cased run of words right before a broadcast work's noun that reads as a title:
    after a possessive (its broadcaster's) or with a small word inside ("Breakfast with
    Frost", "Meet the Press"); not a broadcaster alone ("a Channel 4 documentary"). The small
    parser often reads "show" there as a verb: then only after a possessive."""
    doc = noun.doc
    if noun.lower_ not in TITLE_BEFORE_NOUNS or noun.i == 0:
        return None
    k = noun.i
    while k > 0 and (
        doc[k - 1].text[:1].isupper()
        and doc[k - 1].is_alpha
        or doc[k - 1].lower_ in TITLE_SMALL_WORDS
        and doc[k - 1].lower_ not in ("'s", "’s")
    ):
        k -= 1
    while k < noun.i and doc[k].lower_ in TITLE_SMALL_WORDS:
        k += 1  # a run opens on a capitalised word ("the", "a" stay outside)
    if k == noun.i or k == doc[k].sent.start:
        return None
    span = doc[k : noun.i]
    possessed = doc[k - 1].lower_ in ("'s", "’s")
    inner_small = any(t.lower_ in TITLE_SMALL_WORDS for t in span[1:-1])
    if noun.pos_ != "NOUN" and not possessed:
        return None  # "Data from the Bureau of Statistics show": the verb, no title
    return span if (possessed or inner_small) and span[-1].text[:1].isupper() else None


@lru_cache(maxsize=2)
def _title_noun_keys(*words: frozenset[str]) -> numpy.ndarray:
    """The string hashes (``LOWER``) of the words of ``words`` (the title nouns' sets)."""
    from spacy.strings import hash_string

    return keys_of(hash_string(word) for group in words for word in group)


def work_titles(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the titles of works the parse names (``_titles_of_work``), once
    per parse."""
    cached = _WORK_TITLES[0]
    if cached is None or cached[0] is not doc:
        # only the tokens whose lower-cased form is one of the nouns, from the parse's LOWER
        # column: the same tokens as a walk over every one asking ``tok.lower_``
        keys = _title_noun_keys(WORK_TITLE_NOUNS, TITLE_BEFORE_NOUNS)
        picked = one_of(doc.to_array("LOWER"), keys)
        nouns = [doc[i] for i in numpy.flatnonzero(picked).tolist()]
        spans = sorted(
            {
                (title.start_char, title.end_char)
                for tok in nouns
                if tok.lower_ in WORK_TITLE_NOUNS and tok.pos_ == "NOUN" and tok.text.islower()
                for title in _titles_of_work(tok)
            }
            | {
                (title.start_char, title.end_char)
                for tok in nouns
                if tok.lower_ in TITLE_BEFORE_NOUNS
                and tok.text.islower()
                and (title := _title_before(tok)) is not None
            }
        )
        cached = _WORK_TITLES[0] = (doc, spans)
    return cached[1]


def in_work_title(tok: Token) -> bool:
    """Whether ``tok`` is inside the title of a work (``work_titles``)."""
    return tok.pos_ == "PROPN" and any(s <= tok.idx < e for s, e in work_titles(tok.doc))


def _titled_work(head: Token, start: int, end: int) -> bool:
    """Whether ``head`` is a work noun whose phrase ``start:end`` holds its title and names no
    author ("A new book, Putin's Russia, accuses ..."; not "Amnesty's report" or "a book by
    ..."): what the phrase's words resolve to is the title's."""
    if head.lower_ not in WORK_TITLE_NOUNS:
        return False
    if any(c.dep_ == "poss" or c.lower_ == "by" for c in head.children):
        return False
    right = head.right_edge
    lo, hi = min(start, head.left_edge.idx), max(end, right.idx + len(right))
    return any(lo <= s < hi for s, _ in work_titles(head.doc))


def _work_before(pronoun: Token, at: int) -> str | None:
    """issue #9 kinds42: the title of a work "it" stands for: one that holds the mention at
    ``at`` (the country "it" would resolve to) or that the text names after that mention, in
    the pronoun's sentence or the one before."""
    titles = work_titles(pronoun.doc)
    if not titles:
        return None
    sent = pronoun.sent
    since = pronoun.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for start, end in reversed(titles):
        if end <= pronoun.idx and (start <= at < end or at < start and start >= since):
            return pronoun.doc.text[start:end]
    return None


def _modifier_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` only modifies a noun that is no actor ("the Vietnam
    meeting", "Iraq war"): the antecedent of "it" or "they" is the noun's thing, not the
    country (issue #9/#10, seen on an unseen Reuters article)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        # issue #9 read19: "tear into the Tory plans": a noun the tagger read as a verb, in a
        # noun's place (an object), is modified the same
        and (tok.head.pos_ == "NOUN" or tok.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"))
        and tok.head.idx >= end
    )


COPULAS = frozenset({"be", "become", "remain"})


def _predicate_description(doc: Doc, start: int, end: int) -> bool:
    """issue #9 read53: whether the mention at ``start:end`` is a common noun that describes a
    subject named before it, as the predicate of a copula or an apposition ("Poland is a large
    EU member, so its backing ...", "Norway, a Nato member, said its ..."): the pronoun after
    it goes on with that subject, not with the body the description names. A name in that
    place ("The winner was the United States") is a referent of its own, and so is the
    description of a person or a pronoun ("he's the chief law enforcement officer of the U.S.")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "attr" and tok.head.lemma_.lower() in COPULAS:
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    elif tok.dep_ == "appos":
        subject = tok.head
    else:
        return False
    # the subject is a named country or body ("he's the chief law enforcement officer of the
    # U.S."): a person is never the "it" that goes on after, so his description is not passed
    return (
        subject is not None
        and subject.i < tok.i
        and subject.pos_ == "PROPN"
        and subject.ent_type_ != "PERSON"
    )


PLACE_PREPS = frozenset({"in", "at", "across", "throughout", "inside", "near", "around"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
THEY_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# a quantifier standing for people ("several said they ...") is a plural sayer
PLURAL_QUANTIFIERS = frozenset({"several", "many", "some", "most", "all", "few", "both", "others"})
SAYING_VERBS = frozenset(
    {"say", "announce", "state", "add", "claim", "insist", "confirm", "declare", "reiterate",
     "warn", "tell", "report", "write", "stress", "vow", "pledge", "promise", "threaten"}
)  # fmt: skip
PERSON_HEADS = frozenset(
    {"president", "minister", "leader", "spokesman", "spokeswoman", "spokesperson", "chief",
     "secretary", "chancellor", "premier", "ambassador", "envoy", "official", "governor",
     "senator", "general", "commander", "king", "queen", "prince", "mayor", "head", "chairman",
     # issue #9/#10 actors10: "A U.S. District Court judge said she would release ..."
     "judge", "justice", "prosecutor", "attorney", "lawyer", "counsel", "lawmaker",
     "congressman", "congresswoman", "representative", "diplomat", "director", "adviser",
     "advisor", "aide", "chairwoman", "executive", "candidate", "nominee", "officer"}
)  # fmt: skip


CONTROLLED = frozenset({"xcomp", "advcl", "conj"})  # clauses whose subject is their head's


# issue #9/#10 held53: the pronouns a told act's clause names its sayer by ("Ford said it
# would close ...", "the ministers announced they would ...")
SAYER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})


def _told_act(say: Token) -> tuple[Token, Token | None] | None:
    """The act a saying verb's clause tells ("said it would close the plant": close) and its
    own subject by name (None when a pronoun stands for the sayer); None when the clause is a
    saying of its own or tells no one's act ("said profits fell")."""
    clause = next(
        (c for c in say.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
    )
    if clause is None or clause.lemma_.lower() in SAYING_VERBS:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in SAYER_PRONOUNS:
        return clause, None
    if subject.pos_ not in ("PROPN", "NOUN"):
        return None
    return clause, subject


def _doer(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it completes or is coordinated with ("women came
    forward to accuse Moore", "denied the report and accused ...")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None or verb.dep_ not in CONTROLLED or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _from_object(head: Token) -> Token | None:
    """issue #9 read51h: the object of ``head``'s "from" phrase ("a takeover offer from
    Foster's Group")."""
    frm = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None


def _by_object(head: Token, dep: str) -> Token | None:
    """The object of ``head``'s "by" phrase ("a lawsuit by four couples")."""
    by = next((c for c in head.children if c.dep_ == dep and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _making_participles(head: Token) -> list[Token]:
    """The participles on ``head`` that make it ("the claims *made* by", "the plan *put*
    forward by")."""
    return [
        acl
        for acl in head.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ACT_MAKING_VERBS
    ]


def _made_by_participle(head: Token) -> Token | None:
    """issue #9 read43: the agent of a making participle on ``head`` ("new proposals announced
    by the Trade Secretary", "the plan put forward by Paris")."""
    for acl in _making_participles(head):
        found = _by_object(acl, "agent")
        if found is not None:
            return found
    return None


def _possessor(head: Token) -> Token | None:
    """Whose ``head`` is: its possessive ("Mueller's team"), or a name before an apostrophe the
    small parser reads as a modifier ("Clovis’ attorney": nmod + punct)."""
    for child in head.lefts:
        if child.dep_ == "poss":
            return child
        if (
            child.dep_ in ("nmod", "compound")
            and child.i + 1 < len(child.doc)
            and child.doc[child.i + 1].text in ("’", "'")
        ):
            return child
    return None


def counted_two(head: Token) -> bool:
    """ "the two sides", "both leaders", "both of the countries" (the parser's "both" on the
    noun, as a determiner or a pre-determiner)."""
    return any(
        (c.dep_ == "nummod" and c.lower_ == "two")
        or (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
        for c in head.lefts
    )


def _measure_made_by(noun: Token, *, clause_only: bool = False) -> Token | None:
    """issue #9 makers34: who made the measure ``noun`` by a making verb: the agent of a
    participle or passive relative clause on it ("set by the government", "which was announced
    by ministers"), the subject of an active relative clause on it ("which the Treasury
    launched"), or (not ``clause_only``) the subject of the verb it is the object of ("the
    Treasury unveiled a scheme"); None else."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in MEASURE_MAKING_VERBS:
            continue
        agent = _by_object(clause, "agent")
        if agent is not None:
            return agent
        if clause.dep_ != "relcl" or any(c.dep_ == "auxpass" for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and objects[0].lower_ not in RELATIVE_PRONOUNS:
            continue  # "a plan which sets targets": the plan does it
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
    verb = noun.head
    if clause_only or noun.dep_ != "dobj" or verb.lemma_.lower() not in MEASURE_MAKING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "has not set a target"
    subject = _doer(verb)
    return subject if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS else None


def _sentences_back(head: Token, count: int) -> int:
    """The character where the sentence ``count`` sentences before ``head``'s starts."""
    start = head.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = head.doc[start - 1].sent.start
    return head.doc[start].idx


def _definite(head: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in head.lefts)


def _whose_owner(head: Token) -> Token | None:
    """ "Russia, whose air force ... supports": the noun the "whose" clause is about."""
    while head.dep_ == "conj" and head.head.i != head.i:  # "whose air force and special forces"
        head = head.head
    if not any(c.lower_ == "whose" for c in head.children):
        return None
    cur = head
    for _ in range(4):
        if cur.dep_ == "relcl":
            return cur.head if cur.head.pos_ in ("PROPN", "NOUN") else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _one_of(noun: Token) -> bool:
    """A single one of a plural noun: "one of the countries", "each of the nations"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in ("one", "each", "either", "any", "neither")
    )


# issue #9 graph22: "It is said that ...", "it was alleged that ...": the passive of a verb of
# saying or thinking with its clause after it; "it" stands for the clause
PASSIVE_REPORTS = frozenset(
    {"say", "allege", "claim", "report", "believe", "understand", "think", "know", "expect",
     "fear", "rumour", "rumor", "suggest", "estimate", "assume", "argue", "feel", "hope"}
)  # fmt: skip


def _expletive(pronoun: Token) -> bool:
    """issue #9 precision8: "It would be an outrage if Parliament were prevented ...", "it is
    time to ...": "it" before a copula whose clause follows it points at that clause, no body."""
    verb = pronoun.head
    if pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and verb.lemma_.lower() == "take":
        # it29: "it will take a broad effort to pressure North Korea", "it took reporters to
        # persuade them": what it takes (a "to" clause on the verb or on its object) is the act
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        heads = [verb, *objects]
        if objects and any(
            c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and c.i > objects[0].i
            and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
            for h in heads
            for c in h.children
        ):
            return True
    if (
        pronoun.lower_ == "it"
        and pronoun.dep_ == "nsubjpass"
        and verb.lemma_.lower() in PASSIVE_REPORTS
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    ):
        return True  # issue #9 graph22: "It is said / alleged / understood that ..."
    if (
        pronoun.lower_ == "it"
        and pronoun.dep_ == "nsubj"
        and verb.tag_ in ("JJ", "JJR", "JJS")
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
    ):
        # "make it impossible to dismiss the feud", "made it harder for Iran to sell oil": the
        # object "it" of a small clause stands for the to-clause after the adjective
        return any(
            c.i > pronoun.i
            and c.dep_ in ("advcl", "xcomp", "ccomp")
            and any(g.lower_ == "to" and g.dep_ in ("aux", "mark") for g in c.children)
            for c in verb.children
        )
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    judged = any(a.dep_ == "acomp" for a in verb.children)
    return any(
        c.i > pronoun.i
        and (
            c.dep_ in ("ccomp", "xcomp", "csubj")
            or (
                c.dep_ == "advcl" and any(g.lower_ == "if" and g.dep_ == "mark" for g in c.children)
            )
            # issue #9 readout15: "it would be damaging to the judiciary for a judge to be
            # involved", "it would be possible to rescue ...": a to-clause parsed adverbial
            or (
                c.dep_ == "advcl"
                and any(g.lower_ == "to" and g.dep_ in ("aux", "mark") for g in c.children)
            )
            # "It's no good just exhorting people to ...", "it is pointless arguing": a gerund
            # after an adjective predicate
            or (judged and c.dep_ == "advcl" and c.tag_ == "VBG")
        )
        for t in (verb, *[a for a in verb.children if a.dep_ in ("attr", "acomp")])
        for c in t.children
    )


# issue #9 graph22: "It comes as ...", "It came a day after ...", "It follows weeks of ...":
# the words of sequence after which "it" stands for the news
NEWS_SEQUENCE_VERBS = frozenset({"come", "follow"})
NEWS_SEQUENCE_WORDS = frozenset(
    {"as", "after", "amid", "amidst", "following", "ahead", "weeks", "days", "day", "week",
     "hours", "months", "just", "shortly"}
)  # fmt: skip


def _news_it(pronoun: Token) -> bool:
    """ "It comes as committees investigate ...", "It came a day after Washington blacklisted
    ...": "it" as the subject of come / follow with a word of sequence after it is the news
    reported, no actor ("It follows a policy of neutrality" and "It came under fire" stay)."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return False
    lemma = verb.lemma_.lower()
    if lemma not in NEWS_SEQUENCE_VERBS:
        return False
    return any(
        c.i > verb.i
        and c.lower_ in NEWS_SEQUENCE_WORDS
        or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children))
        for c in verb.children
    )


def _for_subject(pronoun: Token) -> Token | None:
    """The subject of the "for X to ..." clause an expletive "it" stands for, if any."""
    verb = pronoun.head
    for t in (verb, *[a for a in verb.children if a.dep_ in ("attr", "acomp")]):
        for c in t.children:
            if c.i < pronoun.i or c.dep_ not in ("advcl", "ccomp", "xcomp"):
                continue
            if any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
                return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


TELLING_VERBS = frozenset({"tell", "warn", "inform", "assure", "remind"})


def _told_addressee(pronoun: Token) -> Token | None:
    """The one told, when the expletive's clause is what a verb of telling says to them."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in TELLING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("dobj", "dative")), None)


SECOND_PERSON = frozenset({"you", "your"})  # in a quotation: whom it was said to
FOREIGN_WORDS = frozenset({"foreign", "overseas", "international", "outside"})
# issue #9/#10 actors10: "European leaders", "Western diplomats", "Gulf carriers", "Asian
# nations": a role of a whole region is of several countries, none of them the home's
REGION_WORDS = frozenset(
    {"european", "asian", "african", "arab", "western", "gulf", "nordic", "baltic", "balkan",
     "latin", "scandinavian", "caribbean", "pacific"}
)  # fmt: skip
# "foreign minister", "foreign office": a country's own office for abroad
OWN_FOREIGN_OFFICES = frozenset(
    {"minister", "ministry", "secretary", "office", "affairs", "policy", "service", "department"}
)


def _prep_object_of(verb: Token, words: tuple[str, ...]) -> tuple[Token | None, str]:
    """The object of the first preposition among ``words`` on ``verb`` ("wrote *to* X")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj, prep.lower_
    return None, ""


def _regional(head: Token) -> str | None:
    """The region word of a role said to be of a whole region ("European leaders")."""
    return next(
        (c.text for c in head.children
         if c.dep_ in ("amod", "compound") and c.lower_ in REGION_WORDS and c.i < head.i),
        None,
    )  # fmt: skip


def partitive_of(head: Token) -> Token | None:
    """The "of" object of a quantity that heads its phrase ("some of his fellow Republicans",
    "nearly all of the House's 193 Democrats"), when it is a plural noun or a name."""
    if head.lower_ not in PARTITIVES or head.pos_ not in ("PRON", "DET", "NOUN", "ADJ", "NUM"):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or not (obj.tag_ in ("NNS", "NNPS") or obj.pos_ == "PROPN"):
        return None  # "some of the time", "all of it": not a group of actors
    return obj


def _person_noun(head: Token) -> bool:
    """A definite singular common noun for a person (:data:`PERSON_NOUNS`) with no name or
    owner of its own ("the candidate", "The former comedian"; not "his challenger")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in PERSON_NOUNS:
        return False
    lefts = list(head.lefts)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in lefts):
        return False
    return not any(
        c.dep_ in ("poss", "compound", "nmod") or c.pos_ == "PROPN" or c.ent_type_
        for c in (*lefts, *(c for c in head.children if c.dep_ == "appos"))
    )


def _lobby_body(head: Token) -> bool:
    """A group, coalition, caucus or lobby the book does not know, neither armed nor foreign
    by its own words (:data:`LOBBY_NOUNS`)."""
    if head.lemma_.lower() not in LOBBY_NOUNS or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _armed_or_foreign(head):
        return False
    # "An armed group attacked a convoy ... The group has threatened": the one named before
    before = (t for t in reversed(head.doc[: head.i]) if t.lemma_ == head.lemma_)
    earlier = next(before, None)
    return earlier is None or not _armed_or_foreign(earlier)


# issue #9 actors45: what a group before "group" / "body" does for its owner word
CAMPAIGN_WORDS = frozenset({"campaign", "advocacy", "pressure", "lobby", "lobbying", "action"})


def _cause_owner(head: Token, inside: Any) -> bool:
    """The head is a campaign body (:data:`LOBBY_NOUNS` after :data:`CAMPAIGN_WORDS`: "a
    regiments' campaign group") and the role the book found in its phrase is only its owner
    word, for whom it campaigns (``inside``: the mention's match, whose name is that word)."""
    if head.lemma_.lower() not in LOBBY_NOUNS | {"body", "organisation", "organization"}:
        return False
    if not any(c.dep_ in ("compound", "amod") and c.lower_ in CAMPAIGN_WORDS for c in head.lefts):
        return False
    owners = [c for c in head.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    name = (inside.name or "").lower()
    return any(
        o.lemma_.lower() == name or o.lower_.rstrip("s'’") == name.rstrip("s") for o in owners
    )


def _armed_or_foreign(head: Token) -> bool:
    return bool({t.lower_ for t in head.subtree if t.i <= head.i} & ARMED_OR_FOREIGN)


def _foreign(head: Token) -> bool:
    """A role said to be from abroad ("foreign banks", "overseas investors"): the article's main
    country is not where it is from."""
    if head.lemma_.lower() in OWN_FOREIGN_OFFICES:
        return False
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in FOREIGN_WORDS and c.i < head.i
        for c in head.children
    )


# lead's read52: words that put a role in many countries at once
MANY_COUNTRIES_WORDS = frozenset({"worldwide", "international", "multinational", "global"})
MANY_COUNTRIES_NOUNS = frozenset({"country", "nation", "agency", "force", "state", "government"})


def _from_many_countries(head: Token) -> bool:
    """ "Investigators from 30 law enforcement agencies worldwide", "international monitors",
    "officials from 12 countries": a role of many countries is of none of them (not the only
    foreign country the passage names, nor the home)."""
    phrase = [t for t in head.subtree if t.i - head.i < 10]
    if any(t.lower_ in MANY_COUNTRIES_WORDS for t in phrase):
        return True
    return any(
        t.dep_ == "pobj"
        and t.head.lower_ == "from"
        and t.lemma_.lower() in MANY_COUNTRIES_NOUNS
        and t.tag_ == "NNS"
        and any(c.dep_ == "nummod" for c in t.children)
        for t in phrase
    )


# issue #9 actors37: verbs that own up to or dispute one's own act ("Valero has acknowledged
# that it paid $3 million", "the bank denied it had broken the rules"): the clause's "it" is
# the subject that owns up, as after a saying verb
OWNING_VERBS = frozenset({"acknowledge", "admit", "deny", "concede", "argue", "maintain"})


RELATIVE_WORDS = frozenset({"which", "who", "whom", "that"})


def _relativized(pronoun: Token) -> tuple[int, int] | None:
    """issue #9/#10 actors43: the character span of the noun a relative clause describes when
    ``pronoun`` is an argument of that clause's own verb beside its relative word ("North
    Korea, with which it fought": "North Korea"), else None."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = pronoun.head
    if verb.dep_ != "relcl":
        return None
    relative = any(
        t.lower_ in RELATIVE_WORDS and t.tag_ in ("WDT", "WP")
        for c in verb.children
        for t in ([c] if c.dep_ != "prep" else [c, *c.children])
    )
    if not relative:
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    start = min(t.idx for t in noun.subtree if t.i <= noun.i)
    return start, noun.idx + len(noun.text)


# issue #9 actors46: nouns a relative clause hangs on that describe no one ("double the number
# who cast ballots", "a majority who ..."): a quantity of people is not the subject it follows
DESCRIBED_NOT = PARTITIVES | {"number", "share", "percent", "proportion", "third", "quarter"}


def _described_subject(noun: Token) -> Token | None:
    """issue #9 actors46: whom a noun that a "who" clause hangs on describes, when the noun only
    describes someone named in its own clause: the subject of "be" it is the complement of
    ("Smith is a veteran lawmaker and fierce critic who has pledged ...", also through the
    other conjuncts of the list and a "be" joined to an earlier verb: "Trump regularly incites
    violence and is a serial liar, rampant xenophobe ... who has pledged ..."), or the name it
    is in apposition to ("Tom Hardwick, a retired engineer who has accused ..."). Only a name or
    a personal pronoun is so described; None when the noun is no such description, a quantity
    ("double the number who ..."), denied ("he is not just a candidate who ..."), or its clause
    is a "that" / "which" one ("a trust that invests": the trust acts)."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in DESCRIBED_NOT:
        return None
    if not any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children)
        for c in noun.children
    ):
        return None
    cur = noun
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        cur = cur.head
    if cur.dep_ == "appos" and cur.head.i < cur.i:
        subject = cur.head
    elif cur.dep_ == "attr" and cur.head.lemma_.lower() == "be":
        verb = cur.head
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if subject is None or subject.i > cur.i:
        return None
    if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they"):
        return subject
    return None


def _led_by(noun: Token) -> Token | None:
    """The leader a "-led" modifier names ("the Saudi-led coalition": Saudi), if any."""
    for child in noun.lefts:
        if child.dep_ == "amod" and child.lower_ == "led":
            return next((c for c in child.lefts if c.dep_ in ("npadvmod", "compound")), None)
    return None


def _reporting_subject(pronoun: Token) -> Token | None:
    """issue #9 precision: "Farc has said it will release ...", "Rebel fighters said they will
    lay down their weapons": the subject of a clause that a saying verb governs is the sayer
    when they agree (it: one body or country; they: many; he/she: a person), the reading the
    ConfliBERT and wire annotators give. Only the sayer's own noun phrase, never a pronoun."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING_VERBS | OWNING_VERBS:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    lower = pronoun.lower_
    joined = any(c.dep_ == "conj" for c in subject.children)
    plural = (
        subject.tag_ in ("NNS", "NNPS")
        or joined
        or subject.lower_ in PLURAL_QUANTIFIERS  # "several said they wanted ..."
    )
    headed = subject.lemma_.lower() in PERSON_HEADS
    person = (
        subject.ent_type_ == "PERSON"
        or headed
        # issue #9 read50: "French Green MEP Alain Lipietz warned that ... it would be an
        # insult", the name untagged: a title before a name makes it a person's, and "it" no
        # sayer
        or (
            subject.tag_ == "NNP"
            and any(
                c.dep_ == "compound"
                and (c.lower_ in PERSON_HEADS or c.lower_ in name_only_titles())
                for c in subject.children
            )
        )
    )
    if lower == "they":
        return subject if plural else None
    if lower == "it":
        if not headed and not joined and _firm_named(subject):
            # lead's read52: "retail bank Absa has said it is still in talks": a firm's name the
            # tagger took for a person or a plural, which the text calls "it"
            return subject
        if person and not plural:
            # issue #9/#10 actors43: "A CNN spokesperson told Politico that it would not
            # attend", "a spokeswoman for YouTube said that it had policies ...": the body the
            # spokesperson speaks for, not the person
            return _spoken_for(subject)
        return subject if not plural and not person else None
    return subject if person and not plural else None


# lead's read52: nouns of a firm that may stand before its name ("retail bank Absa")
FIRM_NOUNS = frozenset(
    {"bank", "firm", "company", "group", "carrier", "airline", "insurer", "lender", "retailer",
     "carmaker", "automaker", "maker", "giant", "operator", "broker", "conglomerate", "brewer",
     "supplier", "manufacturer", "producer", "utility", "miner", "chain", "publisher"}
)  # fmt: skip


def _firm_named(subject: Token) -> bool:
    """A name with a firm's noun before it ("UK bank Barclays", "retail bank Absa", "the
    carmaker Fiat"): the writer's "it" is that body, whatever the recogniser tagged."""
    return any(
        c.dep_ in ("compound", "nmod", "amod", "appos") and c.lemma_.lower() in FIRM_NOUNS
        for c in subject.children
    )


# issue #9 actors44: participles of going somewhere: what they name is where, not who
ENTERING_VERBS = frozenset({"enter"})
GOING_VERBS = frozenset({"come", "travel", "move", "migrate", "immigrate", "go", "flee", "return"})


def _destinations(head: Token) -> list[tuple[int, int]]:
    """The character spans of where a participle on ``head`` says the group goes: the object
    of "entering" ("Muslims entering the United States"), the "to" / "into" phrase of "coming",
    "travelling", "moving", ... ("refugees coming to Germany"); not where they come from."""
    spans = []
    for verb in head.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBG":
            continue
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if (lemma in ENTERING_VERBS and child.dep_ == "dobj") or (
                lemma in GOING_VERBS and child.dep_ == "prep" and child.lower_ in ("to", "into")
            ):
                spans.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge)))
    return spans


# issue #9/#10 actors43: the nouns of one who speaks for a body, whose "it" is the body
SPEAKING_FOR_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


def _spoken_for(noun: Token) -> Token | None:
    """The body a spokesperson noun speaks for: "a CNN spokesperson", "Boeing's spokesman", "a
    spokeswoman for YouTube" (a proper noun, not a person's nor a pronoun), or None."""
    if noun.lemma_.lower() not in SPEAKING_FOR_NOUNS:
        return None
    for child in noun.children:
        body = None
        if child.dep_ in ("compound", "poss") and child.i < noun.i:
            body = child
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at") and child.i > noun.i:
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
        if body is not None and body.pos_ == "PROPN" and body.ent_type_ not in ("PERSON", "GPE"):
            return body
    return None


BODY_ENTS = frozenset({"GPE", "NORP", "ORG", "FAC"})


def _person_spoken_for(noun: Token) -> Token | None:
    """issue #9 actors49: the person a spokesperson noun speaks for ("a spokesman for West",
    "Biden's spokeswoman"): a person's name in its "for" / "of" phrase or before it, or None."""
    if noun.lemma_.lower() not in SPOKES_NOUNS:
        return None
    for child in noun.children:
        person = None
        if child.dep_ == "poss" and child.i < noun.i:
            person = child
        elif child.dep_ == "prep" and child.lower_ in ("for", "of") and child.i > noun.i:
            person = next((c for c in child.children if c.dep_ == "pobj"), None)
        if person is not None and person.pos_ == "PROPN" and person.ent_type_ not in BODY_ENTS:
            return person
    return None


# issue #9/#10 actors23: the coder reads the sayer of "they" too ("lawmakers said they had
# reached a deal": among themselves)
reporting_subject = _reporting_subject


def country_counts(mentions: list[tuple[int, int, Any]], *, firms: bool = True) -> Counter[str]:
    """How often the article's named actors of each country are mentioned (no sector roles);
    without the firms the book files as their country's business when ``firms`` is False."""
    return Counter(
        m[2].country
        for m in mentions
        if m[2].country
        and not m[2].code.startswith("---")
        and (firms or not (m[2].kind == "metonym" and m[2].sector == "BUS"))
    )


def main_country(mentions: list[tuple[int, int, Any]]) -> str | None:
    """The country most of an article's named actors belong to, when it clearly dominates (at
    least 3 mentions and half of them): where its unnamed-country roles ("the senator", "the
    court", "lawmakers") sit when no dateline says so. None when no country dominates."""
    # issue #9/#10 firms51: the firms named do not decide it when the rest does ("Ahold" ten
    # times in a story of US prosecutors and the suppliers they charged: a firm is at home where
    # its head office is, the story where its officials, courts and police are); when nothing
    # else places the story (Enron's directors settle a lawsuit), the firms' country does
    return _main_of(country_counts(mentions, firms=False)) or _main_of(country_counts(mentions))


def _main_of(counts: Counter[str]) -> str | None:
    if not counts:
        return None
    ranked = counts.most_common(2)
    country, n = ranked[0]
    if n >= 3 and n * 2 >= sum(counts.values()):
        return country
    # issue #9 precision: or twice as often as any other ("---GOV" for a presidential adviser
    # in a U.N. story about the White House)
    second = ranked[1][1] if len(ranked) > 1 else 0
    return country if n >= 4 and n >= 2 * second else None


# issue #9/#10 parties39: words that name one country's politics without naming the country
# (BBC politics copy has no dateline): its parliament, seat of government and parties that are
# no other country's ("Labour", shared with New Zealand, Israel and Norway, is none of them)
POLITICS_WORDS = {
    "GBR": re.compile(
        r"\b(?:Westminster|Downing Street|Whitehall|No(?:\.)? ?10|(?:House of )?Commons|"
        r"House of Lords|MPs?|Tor(?:y|ies)|Lib Dems?|Liberal Democrats?|[Ss]hadow (?:[\w-]+ ){0,3}?"
        r"(?:chancellor|cabinet|ministers?|secretary|spokes(?:wo)?man)|[Ss]elect [Cc]ommittee|"
        r"by-election|backbench(?:er|ers)?|frontbench(?:er|ers)?)\b"
    ),
}


# what a text must hold for a country's POLITICS_WORDS to find anything: all the words of one
# of these (speed53: looked for first; 845 of the 3,526 corpus texts hold one, and the pattern,
# tried at every word of a text, cost ten times the look)
POLITICS_NEEDS = {
    "GBR": (
        ("Westminster",), ("Downing Street",), ("Whitehall",), ("No", "10"), ("Commons",),
        ("House of Lords",), ("MP",), ("Tor",), ("Lib Dem",), ("Liberal Democrat",), ("hadow ",),
        ("elect ",), ("by-election",), ("backbench",), ("frontbench",),
    ),
}  # fmt: skip


def _cue_word(word: str) -> str:
    """One form of a politics word ("Tories" and "Tory", "MPs" and "MP" are one word)."""
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")


def politics_country(
    actors: list[tuple[int, int, Any]], mentions: Iterable[Any], text: str
) -> str | None:
    """issue #9/#10 parties39: the country whose politics an article speaks of by two words or
    more of ``POLITICS_WORDS`` ("MPs", "the Commons", "Downing Street", "the Tories"), when no
    other country's named actors and places (the entity graph's towns and regions) are more:
    "Labour" and "the Treasury Select Committee" in a BBC story with no dateline are British,
    "Labour" in a story of Netanyahu and the Knesset is not."""
    from redline.enrich.places import region_or_city_country

    cues: dict[str, int] = {}
    for country, words in POLITICS_WORDS.items():
        needs = POLITICS_NEEDS.get(country)
        if needs is not None and not any(all(w in text for w in need) for need in needs):
            continue  # (the pattern would find nothing)
        found = {_cue_word(m.group(0)) for m in words.finditer(text)}
        if found:
            cues[country] = len(found)
    if not cues:
        return None
    counts = country_counts(actors)
    seen: set[str] = set()
    for m in mentions:
        if getattr(m, "type", None) != "place" or m.text in seen:
            continue
        seen.add(m.text)
        country = region_or_city_country(m.text)
        if country:
            counts[country] += 1
    best = max(cues, key=lambda c: cues[c] + counts[c])
    evidence = cues[best] + counts[best]
    if any(n >= evidence for c, n in counts.items() if c != best):
        return None
    if cues[best] < 2 and (not counts[best] or any(n for c, n in counts.items() if c != best)):
        # issue #9 bugs23: one politics word ("Shadow home secretary David Davis said the
        # government's plans ...") makes the home only with the country named and no other
        return None
    return best


def sole_country(mentions: list[tuple[int, int, Any]], text: str) -> str | None:
    """issue #9/#10 actors14: the one country an article names, at least twice and in two
    sentences, when it names no other: "The TUC has called on the government ... the TUC
    said", a BBC story with no dateline, is at home in Britain. One sentence naming Aleppo and
    Syria is no article's home (the PETRARCH2 GSR set's "Insurgents bombarded ... Syria's
    second city Aleppo ..., Syrian state media reported": the insurgents' side is not told)."""
    placed = [m for m in mentions if m[2].country and not m[2].code.startswith("---")]
    if len({m[2].country for m in placed}) != 1 or len(placed) < 2:
        return None
    between = text[placed[0][1] : placed[-1][0]]
    return placed[0][2].country if re.search(r"[.!?][\"'”’]?\s", between) else None


def territory_of(match: Any, territories: Container[str]) -> str | None:
    """issue #9/#10 actors11: the territory code of an actor of a dependent territory the book
    writes in parent+territory form ("San Juan", "Puerto Rico's governor", its governor by
    name -> USAPRI; Nuuk -> DNKGRL), None for any other actor (a sector is no territory)."""
    code = match.code or ""
    if len(code) < 6 or code.startswith("---") or code[:6] not in territories:
        return None
    return code[:6]


def main_territory(
    mentions: list[tuple[int, int, Any]], country: str, territories: Container[str]
) -> str:
    """The article's home ``country``, or the dependent territory of it that most of its
    mentions of that country name (a story about Puerto Rico that also says "U.S. island
    territory" is at home in USAPRI, where its unnamed protesters and police are)."""
    counts: Counter[str] = Counter()
    total = 0
    for m in mentions:
        if m[2].country != country or m[2].code.startswith("---"):
            continue
        total += 1
        territory = territory_of(m[2], territories)
        if territory is not None:
            counts[territory] += 1
    if not counts:
        return country
    territory, n = counts.most_common(1)[0]
    return territory if n >= 2 and n * 2 > total else country


def dateline_country(where: str, lookup: Any) -> str | None:
    """issue #9/#10: the country of a dateline the actor book does not know ("SAN FRANCISCO",
    "KITCHANGA, Democratic Republic of Congo", "SACRAMENTO, Calif."): a country or metonym
    named after a comma, else the gazetteer's reading of the place (a dateline is a place, so
    any town it knows will do), with a U.S. state abbreviation read as the United States."""
    parts = [p.strip() for p in where.split(",") if p.strip()]
    for part in parts[1:]:
        found = lookup(part)
        if found is not None and found.country and found.kind in ("country", "metonym"):
            return found.country
        if US_STATE_ABBREVIATION.fullmatch(part) or re.fullmatch(US_STATES, part):
            return "USA"
    if not parts:
        return None
    from redline.enrich.places import load_gazetteer, lookup_place

    found = lookup_place(parts[0].title())
    if found is None:
        return None
    return load_gazetteer().alpha3.get(found[0].country or "") or None


US_STATE_ABBREVIATION = re.compile(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.[HJMCD]|N\.Y|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis"
    r"|Wyo|D\.C)\.?"
)


def places_country(actors: list[tuple[int, int, Any]], mentions: Iterable[Any]) -> str | None:
    """issue #9/#10 (unseen Wikinews, no dateline): the country of an article's places (the
    entity graph's towns and regions, by the gazetteer's admin-1 regions and big cities) and
    named actors together, when one has at least two and more than all others: "Senator
    Kennedy" in a story set in California prisons is American."""
    from redline.enrich.places import region_or_city_country

    counts = country_counts(actors)
    seen: set[str] = set()
    placed: Counter[str] = Counter()
    for m in mentions:
        if getattr(m, "type", None) != "place" or m.text in seen:
            continue
        seen.add(m.text)  # each place once: a story repeating its town is still one place
        country = region_or_city_country(m.text)
        if country:
            counts[country] += 1
            placed[country] += 1
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    # a town or region of its own among them, and three in all: one sentence naming Aleppo
    # and Syria is no article's home
    return country if n >= 3 and placed[country] and n * 2 > sum(counts.values()) else None


def _us_state(actor: Any, rule: str, head: Token, text: str) -> tuple[Any, str]:
    """ "Representative John Lewis of Georgia": the U.S. state, not the country, when the phrase
    speaks of U.S. politics (Georgia is the one state that shares its name with a country)."""
    if actor is None or not actor.code.startswith("GEO") or not _us_politics(head, text):
        return actor, rule
    usa = ActorMatch("USA" + actor.code[3:], "USA", actor.sector, actor.name, actor.kind,
                     actor.rule)  # fmt: skip
    return usa, rule + " + U.S. politics: the state of Georgia -> USA"


def _us_politics(head: Token, text: str) -> bool:
    """Whether the phrase, or an apposition to it ("X, a Democrat from Minnesota"), speaks of
    U.S. politics."""
    if US_POLITICS.search(text):
        return True
    for child in head.children:
        # the apposition's own words: Doc.text would join every token of the document
        if child.dep_ == "appos" and US_POLITICS.search(
            head.doc[child.left_edge.i : child.right_edge.i + 1].text
        ):
            return True
    return False


def _appos_across_clause(head: Token, appos: Token) -> bool:
    """issue #9 read50: "The line has the support of the Mayor of London, Ken Livingstone,
    business groups ...", the parser hanging "Ken Livingstone" on "line": an apposition follows
    its noun's own phrase; words between them that are not the noun's (its verb, the verb's
    object) mean the parse reached across the clause."""
    between = head.doc[head.i + 1 : appos.left_edge.i]
    return any(not t.is_punct and head not in t.ancestors for t in between)


def _led_by_place(mention: Any) -> tuple[str, str] | None:
    """The country of the big city or region an organisation's name starts with ("Shanghai
    Automotive Industry Corp", "Tokyo Electric Power"), the graph's sectoral code ("---BUS")
    having none; :func:`_place_modifier` reads the same in a parse."""
    from redline.enrich.places import region_or_city_country

    if mention.type != "organisation" or not mention.actor.startswith("---"):
        return None
    words = (mention.canonical or "").split()
    for k in (2, 1):
        if len(words) > k and (alpha3 := region_or_city_country(" ".join(words[:k]))):
            return alpha3, " ".join(words[:k])
    return None


def _place_modifier(head: Token) -> tuple[str, str] | None:
    """issue #9 precision: "Northamptonshire police", "Ontario police", "the Bavarian state
    court": a place named before a role noun puts the role in that place's country, whatever
    the dateline or the article's main country. English, Welsh and Scottish counties ending in
    "-shire" are British (the gazetteer has no counties); else an admin-1 region, or a city of a
    million people (small towns share names with surnames and other countries' towns)."""
    from redline.enrich.places import region_or_city_country

    for mod in head.lefts:
        if mod.dep_ not in ("compound", "nmod", "poss") or not mod.text[:1].isupper():
            continue
        first = min((t for t in mod.subtree), key=lambda t: t.i)
        name = head.doc[first.i : mod.i + 1].text
        if mod.lower_.endswith("shire"):
            return "GBR", name
        if alpha3 := region_or_city_country(name):
            return alpha3, name
    return None


# issue #10 actors58: nouns for a body that carry no sector of their own ("the Geneva-based
# group"), placed by their "-based" town alone
BASED_BODY_NOUNS = frozenset(
    {"group", "organisation", "organization", "body", "association", "network", "coalition",
     "alliance", "consortium", "federation", "society", "forum", "council", "outfit"}
)  # fmt: skip


def _based_in(head: Token) -> tuple[str, str] | None:
    """issue #9 leftovers55: "the Frankfurt-based exchange", "chief executive of the
    Geneva-based group": the country of the town a body is "-based" in, on the role's own noun
    or on the body its "of" phrase names."""
    from redline.enrich.places import town_country

    nouns = [head] + [
        g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        if g.dep_ == "pobj"
    ]  # fmt: skip
    for noun in nouns:
        for mod in noun.lefts:
            if mod.dep_ != "amod" or mod.lower_ != "based":
                continue
            town = next((c for c in mod.lefts if c.dep_ in ("npadvmod", "compound", "nmod")), None)
            if town is None or not town.text[:1].isupper():
                continue
            first = min((t for t in town.subtree), key=lambda t: t.i)
            name = head.doc[first.i : town.i + 1].text
            if alpha3 := town_country(name):
                return alpha3, name
    return None


def _described_state(noun: Token) -> bool:
    """ "the reclusive state", "the Jewish state": "state" with an adjective of its own."""
    return noun.lemma_.lower() == STATE_NOUN and any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and c.text.islower() for c in noun.lefts
    )


def _phrase_text(noun: Token) -> str:
    return " ".join(t.text for t in noun.subtree if t.dep_ != "case")


def _co_argument_spans(noun: Token) -> list[tuple[int, int]]:
    """The character spans of the other actors of the verb a noun phrase hangs on (its
    subject when the phrase is the object, and so on), the phrase's own branch left out."""
    branch = noun
    while branch.head.i != branch.i and branch.head.pos_ not in ("VERB", "AUX"):
        branch = branch.head
    verb = branch.head
    if verb.i == branch.i:
        return []
    spans = []
    for child in verb.children:
        if child.i == branch.i or child.dep_ not in CO_ARGUMENT_DEPS:
            continue
        tokens = list(child.subtree)
        spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return spans


def _capitalised_noun(head: Token) -> bool:
    """issue #9 actors23: a name the tagger read as a common noun ("Prevezon disputed that" at
    the head of a sentence): capitalised, with no lowercase use of the word in its document."""
    word = head.text
    if head.pos_ != "NOUN" or len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return False
    return word.lower() not in _forms_of(head.doc)


_FORMS: list = parse_cache(None)  # (the parse, the set of its tokens' texts)


def _forms_of(doc: Doc) -> frozenset[str]:
    """The texts of the tokens of ``doc`` (each distinct ``ORTH`` once), once per parse: a
    membership test instead of a walk over every token. One read of ``_FORMS[0]``, so that
    threads coding other parses cannot mix their words."""
    cached = _FORMS[0]
    if cached is None or cached[0] is not doc:
        strings = doc.vocab.strings
        forms = frozenset(strings[k] for k in numpy.unique(doc.to_array("ORTH")).tolist())
        cached = _FORMS[0] = (doc, forms)
    return cached[1]


def _named_in_full(head: Token, text: str) -> str:
    """The name ``head`` stands in: the parser's entity around it, else ``text`` bare of an
    article ("Prevezon Holdings Ltd", not "a lawyer for Prevezon Holdings Ltd")."""
    for ent in entity_spans(head.doc):
        if ent.start <= head.i < ent.end:
            return ent.text.removeprefix("the ").removeprefix("The ")
    return text.removeprefix("the ").removeprefix("The ")


def _committee_subject(head: Token) -> tuple[str, ...] | None:
    """issue #9 actors45: the words a definite "the" / "this" / "that" committee noun gives of
    its subject ("the ethics panel": ("ethics",); "the panel", "this committee": ()), when no
    name, owner or other determiner comes with it; else None."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].lower_ not in ("the", "this", "that") or lefts[0].dep_ != "det":
        return None
    words = lefts[1:]
    if any(
        w.dep_ not in ("amod", "compound") or w.pos_ == "PROPN" or not w.text.islower()
        for w in words
    ):
        return None
    return tuple(w.text for w in words)


def _bare_definite(head: Token) -> bool:
    """ "the panel", with no other word before the noun."""
    lefts = list(head.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the"


def _acted_there(clause: Token, antecedent: Token) -> bool:
    """Whether ``clause`` is a relative clause in the active voice whose subject is its
    antecedent ("a gunman who opened fire"), its verb no place of travel, venue or stay."""
    return (
        clause.dep_ == "relcl"
        and clause.pos_ == "VERB"
        and clause.lemma_.lower() not in (ARRIVAL_VERBS | SKIP_VENUE_VERBS | STAY_VERBS)
        and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
        and antecedent.i < clause.i
    )


def _place_preps(preps: Iterable[Token]) -> list[Token]:
    """The "in"/"at" prepositions among ``preps`` and those nested in their objects ("at a
    church in Texas")."""
    out, stack = [], [p for p in preps if p.lower_ in ("in", "at")]
    while stack:
        prep = stack.pop()
        out.append(prep)
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() not in VENUE_NOUNS:
                stack.extend(
                    c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                )
    return out


def _big_place_country(name: str) -> str | None:
    """The country of an admin-1 region or a city of a million people the gazetteer knows
    (smaller towns share names with surnames and with other countries' towns)."""
    from redline.enrich.places import load_gazetteer, lookup_place

    found = lookup_place(name)
    if found is None:
        return None
    place = found[0]
    if place.kind == "region" or (place.kind == "city" and place.population >= 1_000_000):
        return load_gazetteer().alpha3.get(place.country or "")
    return None


def _in_usa(actor: Any) -> Any:
    return in_country(actor, "USA")


# issue #9/#10 focus22: offices the United States has not: a "prime minister", a "minister" of
# any kind, a "parliament" or its members or a monarch in a U.S.-datelined story are another
# country's (a Westminster "shadow minister" is left to the parties' rules)
NOT_US_OFFICE = re.compile(
    r"\b(?:prime minister|premier|minister|ministry|parliament|member of parliament|mp|"
    r"crown prince|emir|sultan|monarch|supreme leader|emperor|empress)\b"
)


def _not_us_office(name: str | None) -> bool:
    """Whether the role ``name`` is an office the United States has not (issue #9 focus22)."""
    return bool(name) and bool(NOT_US_OFFICE.search(name.lower())) and "shadow" not in name


OWN_FIRM_NOUNS = frozenset({"firm", "company", "group", "business", "airline", "carrier", "bank"})
OWN_FIRM_CUES = frozenset(
    {"say", "tell", "add", "announce", "confirm", "state", "insist", "explain"}
)


def _role_heads(head: Token, actor: Any) -> bool:
    """issue #9 read57: the role word is the phrase's own head ("the latest delegation from the
    CBI"), not a possessor inside it ("the government's 26% stake in IPCL": the stake is the
    government's, whatever the company it is in)."""
    name = (getattr(actor, "name", "") or "").lower().split()
    return bool(name) and (head.lower_ in name or head.lemma_.lower() in name)


def _unnamed_attacker(head: Token, actor: Any) -> bool:
    """issue #9 leftovers55: the phrase's own head is an attacker's role word ("a gunman", "a
    loner", "suicide bombers") with no name of a person beside it ("the gunman, Omar Mateen",
    "bomber Tamerlan Tsarnaev" are people the graph places)."""
    if actor is None or actor.sector != "UAF" or actor.kind != "role":
        return False
    if head.lemma_.lower() not in actor.name.lower() and head.lower_ not in actor.name.lower():
        return False  # "the victims of a gunman": the role is not the phrase's head
    if head.dep_ in ("compound", "appos") and head.head.ent_type_ == "PERSON":
        return False  # "bomber Tamerlan Tsarnaev"
    return not any(
        c.ent_type_ == "PERSON" and c.dep_ in ("compound", "appos", "nmod") for c in head.children
    )


def in_country(actor: Any, country: str) -> Any:
    """A role known without a country (``---LEG``), placed in ``country``."""
    return ActorMatch(country + actor.code[3:], country, actor.sector, actor.name, actor.kind,
                      actor.rule)  # fmt: skip


def _own_origin(tok: Token) -> bool:
    """A common noun with a "from" phrase of its own ("officials from Venezuela")."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


def _contrasted(appos: Token) -> bool:
    """issue #9 unres33: "blamed his predecessors, not China": an apposition opened by "not"
    (or "rather than") is what the phrase is set against, not another name for it."""
    first = appos.left_edge
    if first.lower_ == "not" or any(c.dep_ == "neg" for c in appos.children):
        return True
    if first.i > 0 and appos.doc[first.i - 1].lower_ == "not":
        return True  # the parse hangs "not" on the phrase the apposition is set against
    before = appos.doc[first.i - 2 : first.i]
    return " ".join(t.lower_ for t in before) == "rather than"


def _short(match: Any) -> str:
    return f"{match.kind} {match.name or ''} [{match.code}]".replace("  ", " ")


def _clause_verbs(token: Token) -> list[Token]:
    """The verb whose clause ``token`` is an argument of (through prepositions and
    conjunctions) and the verbs it is joined to ("shot and killed"), none when there is none
    within a few steps."""
    cur = token
    for _ in range(4):
        if cur.dep_ in ("prep", "agent") and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head  # "charged in federal court"
            break
        if cur.dep_ in ("conj", "appos", "pobj", "prep", "agent", "compound", "poss"):
            cur = cur.head
            continue
        if cur.dep_ in ARGUMENT_DEPS and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            break
        return []
    else:
        return []
    verbs = [cur]
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and len(verbs) < 4:
        cur = cur.head
        verbs.append(cur)
    # issue #9 read26: "The army broke the ceasefire, killing nine French soldiers": a
    # participle shares the clause's subject, so those it acts on are parties, not the scene
    for verb in list(verbs):
        for child in verb.children:
            if _shared_participle(child):
                verbs.append(child)
                verbs.extend(c for c in child.children if c.dep_ == "conj" and c.tag_ == "VBG")
    return verbs


def _shared_participle(tok: Token) -> bool:
    """ "..., killing eight people": an unmarked "-ing" clause beside a verb."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)
    )


def _scene_mention(doc: Any, start: int, end: int, match: Any, within: Container[int] = ()) -> bool:
    """Whether a mention may tell where a passage is: a country, its people, its capital or
    its government (no firm, person or citizen), not a partner after "with", "to", "against"
    ("a treaty with Taiwan", "a trip to Moscow") nor in words describing someone."""
    if match.kind not in ("country", "metonym") or match.code[3:6] not in SCENE_SECTORS:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    for above in (span.root, *span.root.ancestors):
        if above.i in within:
            break  # in the role's own clause
        if above.dep_ in ("appos", "relcl", "acl"):
            return False  # "Page, a consultant with contacts in Russia": describes someone
    root = span.root
    while root.dep_ in ("compound", "amod", "poss", "case") and root.head.i != root.i:
        root = root.head
    return not (
        root.dep_ == "pobj" and root.head.lower_ not in SCENE_PREPS and root.head.lower_ != "of"
    )


def _subject_of(doc: Any, start: int, end: int, verbs: list[Token]) -> bool:
    """Whether the mention at ``start:end`` is the subject (or its owner) of one of ``verbs``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    while cur.dep_ in ("compound", "amod", "poss", "case") and cur.head.i != cur.i:
        cur = cur.head
    at = {v.i for v in verbs}
    if cur.dep_ == "pobj" and cur.head.dep_ == "agent":
        return cur.head.head.i in at  # "questioned by the Uzbek authorities"
    return cur.dep_ == "nsubj" and cur.head.i in at


def _argument_of(doc: Any, start: int, end: int, verbs: list[Token]) -> bool:
    """Whether the mention at ``start:end`` stands under one of ``verbs`` as (part of) another
    argument or what the verb says or asks: "criticised Mexico", "talks with Mexico's
    president", "Mexican police arrested", "said Moscow was ready". A place the act happens in
    ("in Honduras") and a clause beside it are the scene, not a party."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    at = {v.i for v in verbs}
    cur = span.root
    while cur.head.i != cur.i:
        if cur.head.i in at:
            if cur.dep_ == "prep":
                return cur.lower_ not in SCENE_PREPS
            return cur.dep_ in ARGUMENT_DEPS or cur.dep_ in SAID_DEPS
        cur = cur.head
    return False


def _slogan_in(text: str) -> bool:
    """names28: whether a phrase holds a slogan campaign's name ("the Stop Trump movement",
    "Never Trump Republicans"): a slogan word and the capitalised words after it."""
    words = text.split()
    for i, word in enumerate(words):
        run = [word]
        for after in words[i + 1 : i + 4]:
            if not after[:1].isupper():
                break
            run.append(after)
        if len(run) > 1 and slogan_name(" ".join(run[:2])):
            return True
    return False
