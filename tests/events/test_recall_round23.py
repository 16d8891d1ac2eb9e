"""Recall, twenty-third round (issue #9 recall23): candidates the coder made and then dropped.
A passive participle describing a noun ("fishermen abducted by North Korean agents", "the plan,
rejected by German lawmakers") has no auxiliary, so its "by" phrase was never read as the one
who acted and the event was dropped for naming no actor: the "by" object acts, the noun is acted
on (not a document put out, "a report released by ...", nor a news agency's inquiry, "officials
contacted by Reuters", nor a bill pushed, which its backers ask for, nor a mishap: "killed by
the crash"). An adverbial clause of time with a subject of its own on the sentence's own clause
("after Erdogan endorsed the proposal", "just before Macron visits Berlin") tells an act of its
own, kept beside the main clause's like a relative clause; one of cause or concession ("since
...", "although ...") or inside a relative clause still yields.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import coded_pairs, seen

pytestmark = pytest.mark.model


# (text, the code, a piece of the rule, the country pair; None: no event of that code)
CASES = {
    "abducted by agents, the noun the participle describes": (
        "SEOUL (Reuters) - Relatives of South Korean fishermen abducted by North Korean agents "
        "in the 1970s met South Korean President Moon Jae-in on Friday.",
        "181",
        "acl agent(by)",
        ("PRK", "KOR"),
    ),
    "rejected by lawmakers, between commas": (
        "BERLIN (Reuters) - The French government's pension plan, rejected by German lawmakers "
        "last month, returned to the agenda on Tuesday.",
        # attach29: the participle with its agent named takes the plan as its object, coded as
        # the active "German lawmakers rejected the French government's pension plan" is
        "127",
        "acl agent(by)",
        ("DEU", "FRA"),
    ),
    "fatally stabbed by an attacker": (
        "PARIS (Reuters) - A Belgian teacher fatally stabbed by a Syrian refugee was honoured "
        "on Wednesday in a ceremony at the Sorbonne.",
        "1823",
        "acl agent(by)",
        ("SYR", "BEL"),
    ),
    "a report released by an office is no release": (
        "LONDON (Reuters) - The cost of the program will reach 40 billion pounds, according to "
        "a report released on Monday by the National Audit Office.",
        "0841",
        "",
        None,
    ),
    "officials contacted by a news agency made no contact": (
        "MADRID (Reuters) - Spanish officials contacted by Reuters and the French government "
        "declined to comment on the talks.",
        "040",
        "",
        None,
    ),
    "killed by a crash: no one acted": (
        "KIEV (Reuters) - Dutch investigators will identify the victims killed by the airliner "
        "crash in eastern Ukraine.",
        "190",
        "",
        None,
    ),
    "after a subject of its own, beside the main event": (
        "ANKARA (Reuters) - Turkey's parliament criticized the Greek government on Tuesday, "
        "after Turkish President Tayyip Erdogan endorsed the Greek proposal on Monday.",
        "051",
        "lexicon:051",
        ("TUR", "GRC"),
    ),
    "since: a cause, not a second event": (
        "ROME (Reuters) - Italian banks praised the Italian government on Friday, since the "
        "European Central Bank had criticized Greek lenders.",
        "111",
        "",
        None,
    ),
    "although: a concession, not a second event": (
        "MADRID (Reuters) - The Spanish government praised the Catalan police on Monday, "
        "although the police had arrested hundreds of French protesters.",
        "173",
        "",
        None,
    ),
    "after inside a relative clause yields": (
        "PARIS (Reuters) - France criticized the Polish government over a treaty that was "
        "signed after Germany invaded Poland.",
        "190",
        "",
        None,
    ),
    "just before a visit": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel met business leaders in Munich on "
        "Friday, just before French President Emmanuel Macron visits Berlin for talks.",
        "042",
        "lexicon:042",
        ("FRA", "DEU"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall23(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text)
    pairs = coded_pairs(doc, code, rule)
    if pair is not None:
        assert pair in pairs, seen(doc)
    else:
        # a clause of cause or concession is no event of the sentence's own: since lead21 it
        # is left to the filter, so one that is kept carries the lower-clause mark
        from redline.events.coder import LOWER_CLAUSE_NOTE

        second = [e for e in doc.events if e.code == code and (not rule or rule in (e.rule or ""))]
        assert all(LOWER_CLAUSE_NOTE in (e.rule or "") for e in second), seen(doc)


def test_a_bill_pushed_by_its_backers_presses_no_one(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The tax bill pushed by Senate Republicans faces a vote on Thursday."
    )
    pressed = [e for e in doc.events if e.code.startswith("10") and e.target_actor]
    assert not pressed, seen(doc)
