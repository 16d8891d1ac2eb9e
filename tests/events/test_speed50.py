"""The stages made cheaper with the same output (issue #9 speed50): each shortcut finds the
same tokens, texts and answers as the walk it replaces, on news-like sentences written for
it, and the per-parse caches never carry one document's state into another's."""

from __future__ import annotations

import json

import pytest

TEXT = (
    "Russian President Vladimir Putin met Turkish leader Recep Tayyip Erdogan in Sochi on "
    "Tuesday, and the two men said they would go ahead with the pipeline deal. "
    "“Our thoughts are with the families of the victims,” the mayor said after the blast. "
    "Officials warned that Ankara would strike back at anyone who attacked its troops. "
    "He’d previously endorsed the plan, which critics hoped would be dropped. "
    "The Fake News is working overtime, the president wrote, as the documentary Inside "
    "North Korea aired on the BBC show Panorama. "
    "Prevezon disputed that, and the company's lawyers said prevezon was a small firm. "
    "Novak Djokovic thanked Dinesh Karthik and called on the European Union to act."
)

OTHER = (
    "Ukraine accused Moscow of shelling the Zaporizhzhia plant on Monday. "
    "The minister said the strikes would go on until the talks resumed, and Kyiv pulled out "
    "of the meeting. The book Brown's Britain was published in London."
)


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


@pytest.fixture(scope="module")
def other(nlp):
    return nlp(OTHER)


def test_string_positions_find_what_a_walk_finds(parsed, other):
    from redline.nlp.arrays import string_positions

    lemmas = {"be", "go", "strike", "say"}
    for doc in (parsed, other):
        assert string_positions(doc, "LEMMA", lambda w: w.lower() in lemmas) == [
            t.i for t in doc if t.lemma_.lower() in lemmas
        ]
        forms = {"the", "fake", "with", "ukraine"}
        assert string_positions(doc, "LOWER", forms.__contains__) == [
            t.i for t in doc if t.lower_ in forms
        ]
        assert string_positions(doc, "LOWER", lambda w: False) == []


def test_sentence_tokens_where_per_sentence_and_per_parse(parsed, other):
    from redline.events.coding.clauses import _sentence_tokens_where

    def keep(lemma: str) -> bool:
        return lemma.lower() in ("be", "go")

    for doc in (parsed, other, parsed):  # a parse after another is read afresh
        for sent in doc.sents:
            found = _sentence_tokens_where(sent, "test be/go", "LEMMA", keep)
            assert [t.i for t in found] == [t.i for t in sent if keep(t.lemma_)]


def test_parse_text_is_the_parse_text_of_each_parse(parsed, other):
    from redline.nlp.parse import forget_parse, parse_text

    assert parse_text(parsed) == parsed.text
    assert parse_text(other) == other.text  # another parse: not the one kept before
    assert parse_text(parsed) == parsed.text
    forget_parse()
    assert parse_text(other) == other.text


def test_forms_of_a_parse_are_its_token_texts(parsed, other):
    from redline.events.arguments import _capitalised_noun, _forms_of

    for doc in (parsed, other, parsed):
        assert _forms_of(doc) == {t.text for t in doc}
        for tok in doc:
            walked = (
                tok.pos_ == "NOUN"
                and len(tok.text) >= 3
                and tok.text[0].isupper()
                and tok.text[1:].islower()
                and not any(t.text == tok.text.lower() for t in doc)
            )
            assert _capitalised_noun(tok) == walked, tok.text


def test_prep_object_memo_answers_as_the_rule(parsed, other):
    from redline.events.coding.clauses import _first_prep_object, _prep_object

    for doc in (parsed, other):
        for tok in doc:
            for preps in (("with",), ("at", "against"), ("of", "out"), ("on", "to")):
                assert _prep_object(tok, preps) == _first_prep_object(tok, preps)
                assert _prep_object(tok, preps) == _first_prep_object(tok, preps)  # memo
            assert _prep_object(tok, ["with"]) == _first_prep_object(tok, ("with",))


def _mend_by_walk(parsed) -> None:
    """mend_lemmas as a walk over every token (the code before speed50)."""
    from redline.events.coder import _lemma_slips

    slips = _lemma_slips()
    for tok in parsed:
        rows = slips.get(tok.lower_)
        if rows is None:
            continue
        right = next((lemma for lemma, tag in reversed(rows) if not tag or tag == tok.tag_), None)
        if right is not None and tok.lemma_ != right:
            tok.lemma_ = right
    for tok in parsed:
        if tok.lower_ not in ("'d", "’d") or tok.dep_ != "aux":
            continue
        head = tok.head
        if (
            head.tag_ in ("VBN", "VBD")
            and head.lower_ != head.lemma_.lower()
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in head.children)
        ):
            tok.lemma_ = "have"


def test_mend_lemmas_mends_the_tokens_a_walk_mends(nlp):
    from redline.events.coder import mend_lemmas

    text = TEXT + " We’ll see, he’s said; she'd been named and they hoped it'd work."
    walked, picked = nlp(text), nlp(text)
    _mend_by_walk(walked)
    mend_lemmas(picked)
    assert [t.lemma_ for t in picked] == [t.lemma_ for t in walked]


def test_work_titles_as_a_walk_finds_them(parsed, other):
    from redline.events.arguments import (
        TITLE_BEFORE_NOUNS,
        WORK_TITLE_NOUNS,
        _title_before,
        _titles_of_work,
        work_titles,
    )

    for doc in (parsed, other, parsed):
        walked = sorted(
            {
                (title.start_char, title.end_char)
                for tok in doc
                if tok.lower_ in WORK_TITLE_NOUNS and tok.pos_ == "NOUN" and tok.text.islower()
                for title in _titles_of_work(tok)
            }
            | {
                (title.start_char, title.end_char)
                for tok in doc
                if tok.lower_ in TITLE_BEFORE_NOUNS
                and tok.text.islower()
                and (title := _title_before(tok)) is not None
            }
        )
        assert work_titles(doc) == walked


def test_rule_gate_agrees_with_each_rule():
    from redline.clean.rules import _line_gate, line_patterns, matching_rule

    lines = [
        "Photo: Reuters",
        "(AP Photo/Evan Vucci)",
        "Share this article",
        "Sign up for our newsletter",
        "Reporting by Jane Doe; Editing by John Roe",
        "The minister said the talks would resume on Monday.",
        "Follow us on Twitter",
        "Read more:",
        "Comments",
        "",
    ]
    for name in ("boilerplate.txt", "article_end.txt", "comments_intro.txt"):
        assert _line_gate(name) is not None
        for line in lines:
            first = next(
                (rule for rule, p in line_patterns(name) if p.fullmatch(line.strip())), None
            )
            assert matching_rule(line, name) == first, (name, line)


def test_rules_that_refer_to_their_groups_are_not_joined():
    from redline.clean.rules import _refers_to_groups

    assert _refers_to_groups(r"(\w+) \1")
    assert _refers_to_groups(r"(?P<word>\w+) (?P=word)")
    assert _refers_to_groups(r"(<)?\w+(?(1)>)")
    assert not _refers_to_groups(r"\(?(photo|image)( credit)?\s*:.{0,120}")
    assert not _refers_to_groups(r"a\\1")  # an escaped backslash, then a digit


def test_guess_language_still_tells_scripts():
    from redline.clean.language import guess_language

    assert (
        guess_language("Президент России заявил, что переговоры продолжатся в понедельник.") == "ru"
    )
    assert (
        guess_language("Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν τη Δευτέρα.") == "el"
    )
    assert guess_language(TEXT) == "en"


def test_two_documents_coded_in_one_process_as_each_alone(code_all):
    """The per-parse caches (the parse's text, forms, memo of sentence tokens, prepositions'
    objects) are keyed by the parse: coding one document after another gives each what coding
    it alone gives."""
    from redline.nlp.parse import forget_parse

    def dump(doc) -> str:
        return json.dumps(doc.to_dict(), sort_keys=True, default=str)

    forget_parse()
    alone_first = dump(code_all(TEXT))
    forget_parse()
    alone_other = dump(code_all(OTHER))
    forget_parse()
    assert dump(code_all(TEXT)) == alone_first
    assert dump(code_all(OTHER)) == alone_other  # right after the first, nothing forgotten
    assert dump(code_all(TEXT)) == alone_first
