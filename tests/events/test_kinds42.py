"""Wrong kinds of event the lead saw reading unseen BBC articles (issue #9, helper kinds42):
a passive clause lending another clause's subject, "called X a 'Y'" read as a telephone
call, a book's title read as a country through "It". The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, events

from hand_parse import hand_parsed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL (Reuters) - The envoy was furious and Park was summoned to the ministry on "
        "Monday, a source said.",
        "MOSCOW (Reuters) - Russia protested on Monday and the Polish ambassador was summoned "
        "to the foreign ministry.",
        "KABUL (Reuters) - Gunmen opened fire on the checkpoint at dawn, and three Afghan "
        "policemen were killed, officials said.",
    ],
)
def test_a_passive_conjunct_borrows_no_subject(code_all, text):
    # the subject of the clause joined to a passive one with no "by" phrase did not act in it
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text in ("summoned", "killed")]
    assert found, events(doc)
    assert all(e.source_actor is None for e in found), events(doc)


def test_a_passive_conjunct_keeps_its_by_phrase(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russia protested on Monday and the Polish ambassador was summoned "
        "by Foreign Minister Sergei Lavrov."
    )
    found = by_trigger(doc, "summoned")
    assert found and found[0].source_actor and found[0].source_actor.startswith("RUS"), events(doc)


def test_an_active_conjunct_still_shares_its_subject(code_all):
    doc = code_all("MOSCOW (Reuters) - Russia protested on Monday and summoned the Polish envoy.")
    found = by_trigger(doc, "summoned")
    assert found and found[0].source_actor == "RUS", events(doc)


def test_a_feeling_is_the_shared_subject_s(code_all):
    # "X ... and was dismayed to learn": the feeler is the subject the clauses share
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Jane Morton returned to Washington on Monday and was "
        "dismayed to learn that the Pentagon had cut the program."
    )
    found = by_trigger(doc, "dismayed")
    assert found and found[0].source_actor is not None, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Reuters) - The Chinese ambassador was summoned on Monday, Japan's foreign "
        "minister said.",
        "TOKYO (Reuters) - Japan's foreign minister said the Chinese ambassador had been "
        "summoned over the incursion.",
    ],
)
def test_the_reporting_speaker_is_no_agent_of_a_passive(code_all, text):
    doc = code_all(text)
    found = by_trigger(doc, "summoned")
    assert found and all(e.source_actor is None for e in found), events(doc)


def test_what_should_be_done_is_still_the_speaker_s_demand(code_all):
    # the text says so: a passive under "should" is what the speaker asks for
    doc = code_all(
        "WASHINGTON (Reuters) - The mayor should be investigated by the Justice Department, "
        "Senator Jane Morton said on Monday."
    )
    found = [e for e in doc.events if e.trigger_text == "investigated" and e.source_actor]
    assert found and found[0].code.startswith("10"), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Senator Elizabeth Warren called the use of executive orders "
        '"quite dangerous."',
        'WASHINGTON (Reuters) - Health care reform, or "the big fix," as Republicans often '
        "call it, will top the agenda next year.",
    ],
)
def test_a_name_given_is_no_telephone_call(code_all, text):
    # the name given sits inside the object's own phrase (quoted), or "as they call it"
    doc = code_all(text)
    calls = [e for e in doc.events if e.trigger_text in ("called", "call") and e.code == "041"]
    assert not calls, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (Reuters) - Macron called his counterpart Olaf Scholz on Friday.",
        "WASHINGTON (Reuters) - The president called the 'Gang of Eight' senators on Sunday to "
        "brief them on the strike.",
    ],
)
def test_a_person_called_is_still_a_telephone_call(code_all, text):
    doc = code_all(text)
    assert any(e.trigger_text == "called" and e.code == "041" for e in doc.events), events(doc)


def _parsed(nlp, words, heads, deps, tags):
    """A sentence with the parse the small parser gives it inside a longer article (alone it
    may parse it otherwise), so the test reads the shape that was misread."""
    lemmas = ["call" if w == "called" else w.lower() for w in words]
    return hand_parsed(words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas)


def test_a_quoted_name_in_an_apposition_is_a_name_given(nlp):
    from redline.events.coder import _is_naming, _names_its_object

    # "Ms. Hale called Mrs. Drury an ''Aunt Tom.''": the name hung on the object as apposition
    words = ["Ms.", "Hale", "called", "Mrs.", "Drury", "an", "''", "Aunt", "Tom", ".", "''"]
    heads = [1, 2, 2, 4, 2, 8, 8, 8, 4, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "compound", "dobj", "det", "punct", "compound",
            "appos", "punct", "punct"]  # fmt: skip
    tags = ["NNP", "NNP", "VBD", "NNP", "NNP", "DT", "``", "NNP", "NNP", ".", "''"]
    doc = _parsed(nlp, words, heads, deps, tags)
    assert _is_naming(doc[2]) and _names_its_object(doc[2])


def test_a_quoted_name_before_the_noun_it_names(nlp):
    from redline.events.coder import _is_naming

    # "Jacobs called Merkel “The Quiet Woman of Europe.”": the one named parsed as a modifier
    words = ["Jacobs", "called", "Merkel", "“", "The", "Quiet", "Woman", "of", "Europe", ".",
             "”"]  # fmt: skip
    heads = [1, 1, 6, 6, 6, 6, 1, 6, 7, 1, 1]
    deps = ["nsubj", "ROOT", "nmod", "punct", "det", "amod", "dobj", "prep", "pobj", "punct",
            "punct"]  # fmt: skip
    tags = ["NNP", "VBD", "NNP", "``", "DT", "JJ", "NNP", "IN", "NNP", ".", "''"]
    assert _is_naming(_parsed(nlp, words, heads, deps, tags)[1])


def test_a_quoted_verdict_inside_the_object_s_phrase(nlp):
    from redline.events.coder import _is_naming

    # "He called her handling of the files “grossly negligent.”": the verdict parsed as a
    # modifier of "files"
    words = ["He", "called", "her", "handling", "of", "the", "files", "“", "grossly",
             "negligent", ".", "”"]  # fmt: skip
    heads = [1, 1, 3, 1, 3, 6, 4, 9, 9, 6, 1, 1]
    deps = ["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj", "punct", "advmod", "amod",
            "punct", "punct"]  # fmt: skip
    tags = ["PRP", "VBD", "PRP$", "NN", "IN", "DT", "NNS", "``", "RB", "JJ", ".", "''"]
    assert _is_naming(_parsed(nlp, words, heads, deps, tags)[1])


def test_a_quotation_in_a_clause_of_the_object_names_nothing(nlp):
    from redline.events.coder import _is_naming

    # "Trump called Lee, who said it was “unacceptable.”": Lee's own words, Lee phoned
    words = ["Trump", "called", "Lee", ",", "who", "said", "it", "was", "“", "unacceptable",
             ".", "”"]  # fmt: skip
    heads = [1, 1, 1, 2, 5, 2, 7, 5, 7, 7, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "nsubj", "ccomp", "punct",
            "acomp", "punct", "punct"]  # fmt: skip
    tags = ["NNP", "VBD", "NNP", ",", "WP", "VBD", "PRP", "VBD", "``", "JJ", ".", "''"]
    assert not _is_naming(_parsed(nlp, words, heads, deps, tags)[1])


def test_it_after_a_book_s_title_is_the_book_not_the_country(code_all):
    doc = code_all(
        "BERLIN (Reuters) - According to a new book, Schroeder's Germany, the chancellor broke "
        "a promise to his deputy. It claims the chancellor told his deputy he would quit "
        "before the election."
    )
    found = by_trigger(doc, "claims")
    assert found and all(e.source_actor is None for e in found), events(doc)


def test_a_country_in_a_book_s_title_does_not_act(code_all):
    doc = code_all(
        "LONDON (Reuters) - A new book, Putin's Russia, accuses the Kremlin of hiding the "
        "death toll."
    )
    found = by_trigger(doc, "accuses")
    assert found and all(e.source_actor is None for e in found), events(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "LONDON (Reuters) - In its report, Britain's Foreign Office, which oversees the "
            "embassies, accused Russia of spying.",
            "GBR",
        ),
        (
            "LONDON (Reuters) - Amnesty International's new report, \"Syria's Shame\", "
            "accuses the Syrian government of torture.",
            "NGO",
        ),
    ],
)
def test_a_body_beside_a_work_still_acts(code_all, text, source):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text in ("accused", "accuses")]
    assert found and (found[0].source_actor or "").startswith(source), events(doc)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The BBC aired a documentary, “Inside North Korea”, on Sunday.", "Inside North Korea"),
        ("A new book, Putin's Russia, went on sale on Monday.", "Putin's Russia"),
        ("Critics praised the film The Russia House on Friday.", "The Russia House"),
    ],
)
def test_the_titles_of_works(nlp, text, title):
    from redline.events.arguments import work_titles

    doc = nlp(text)
    assert [doc.text[s:e] for s, e in work_titles(doc)] == [title]


def test_a_name_beside_a_work_is_no_title(nlp):
    from redline.events.arguments import work_titles

    doc = nlp("The study's author, Mitchell Zuckoff, spoke to the senators on Monday.")
    assert work_titles(doc) == []


@pytest.mark.parametrize(
    ("words", "source"),
    [
        # "A court gave approval for an aide to be extradited": a "to be ..." clause the
        # parser joined to "gave" is its complement: the court's act, as before
        (["A", "court", "gave", "approval", "for", "an", "aide", "to", "be", "extradited"],
         "court"),
        # "A court ruled and an aide was extradited": a passive clause of its own
        (["A", "court", "ruled", "and", "an", "aide", "was", "extradited"], None),
    ],
)  # fmt: skip
def test_a_joined_to_be_clause_is_no_passive_clause_of_its_own(nlp, words, source):
    from redline.events.coder import find_source

    if "for" in words:
        heads = [1, 2, 2, 2, 3, 6, 4, 9, 9, 2]
        deps = ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "aux", "auxpass", "conj"]
        tags = ["DT", "NN", "VBD", "NN", "IN", "DT", "NN", "TO", "VB", "VBN"]
    else:
        heads = [1, 2, 2, 2, 5, 7, 7, 2]
        deps = ["det", "nsubj", "ROOT", "cc", "det", "nsubjpass", "auxpass", "conj"]
        tags = ["DT", "NN", "VBD", "CC", "DT", "NN", "VBD", "VBN"]
    doc = _parsed(nlp, words, heads, deps, tags)
    found, _ = find_source(doc[len(words) - 1])
    assert (found.text if found is not None else None) == source


@pytest.mark.parametrize("title", ['"Putin\'s Russia"', "Putin's Russia"])
def test_a_praised_book_is_not_the_country_of_its_title(code_all, title):
    doc = code_all(
        f"WASHINGTON (Reuters) - Republican senators praised Smith's new book, {title}, on Tuesday."
    )
    found = by_trigger(doc, "praised")
    assert found and not (found[0].target_actor or "").startswith("RUS"), events(doc)
