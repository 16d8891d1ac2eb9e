"""issue #10 surname59: a person the text names is not the book's famous namesake when a bare
surname follows the text's full name with another given name ("Barry Bennett ... Bennett
said"), nor when a first name of the long table or a unisex one stands before the book
person's surname ("Dana Pruitt"); the book person named in full keeps the code, and a modal
opening a sentence ("Will Trump win?") is no first name. Sentences written for these tests."""

from __future__ import annotations

import pytest

AIDE = (
    "Ben Carson will shake up his campaign, his campaign manager Barry Bennett said on "
    'Tuesday. "We are not going anywhere," Bennett said.'
)
TEACHER = 'Dana Pruitt, a teacher, said she was angry. "We need better schools," Pruitt said.'
MINISTER = (
    "Israeli Prime Minister Naftali Bennett spoke to reporters on Monday. "
    '"We will act," Bennett said.'
)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (AIDE, {"bennett"}),
        (TEACHER, {"pruitt"}),  # a unisex first name, of neither table's one sex
        ("Tamika McConnell, a nurse, spoke. McConnell said it was hard.", {"mcconnell"}),
        # the book's person named in full, or with his office: his own surname
        (MINISTER, set()),
        ("Barry Bennett met Naftali Bennett. Bennett said ...", set()),
        # a modal or a verb opening a sentence or a question is no first name
        ("Will Trump win the state? Trump said he would.", set()),
        ("Voters ask: Will Trump win? Trump said he would.", set()),
    ],
)
def test_others_by_surname_bare(book, text, others):
    assert book.others_by_surname(text, "2016-09-01") == others


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dana Pruitt, a teacher in Tulsa, said she was angry.", False),
        ("The nurse Tamika McConnell said the clinic had closed.", False),
        ("Scott Pruitt said the agency would act.", True),
        ("Will Trump win the state?", True),
        ("So Trump said he would win.", True),
        ("Critics wondered: Will Trump win?", True),
    ],
)
def test_long_table_first_name_before_a_book_surname(book, text, found):
    people = [m.name for _, _, m in book.find_mentions(text, "2018-03-01") if m.kind == "person"]
    assert bool(people) is found, people


def test_a_bare_surname_after_another_full_name_is_not_found(book):
    found = [AIDE[s:e] for s, e, m in book.find_mentions(AIDE, "2016-09-01") if m.kind == "person"]
    assert "Bennett" not in found, found
    found = [MINISTER[s:e] for s, e, _ in book.find_mentions(MINISTER, "2016-09-01")]
    assert "Bennett" in found, found


def test_the_long_table_name_keeps_the_persons_own_given_name(book):
    # a form of the person's own given name is his ("Joseph Biden" for Joe Biden)
    match = book.lookup("Joseph Biden", date="2016-09-01")
    assert match is not None and match.kind == "person"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "code"),
    [(AIDE, "Barry Bennett", None), (TEACHER, "Dana Pruitt", None), (MINISTER, None, "ISR")],
)
def test_quote_actor_of_the_texts_person(code_text, text, speaker, code):
    doc = code_text(text, published="2016-09-01")
    direct = [q for q in doc.quotes if q.text.startswith('"')]
    assert direct, doc.quotes
    if speaker is not None:
        assert direct[0].speaker == speaker
        assert all(
            q.actor in (None, "USA") or not q.actor.startswith(("ISR", "USAJUD"))
            for q in doc.quotes
        ), [q.actor for q in doc.quotes]
        assert not any(e.actor in ("ISR", "USAJUD") for e in doc.entities), doc.entities
    else:
        assert direct[0].actor == code


@pytest.mark.model
def test_the_kin_named_with_a_long_table_name_keeps_the_country(code_text):
    text = (
        "Over tea, the president showed Xi a video of his granddaughter Arabella Kushner "
        "singing in Mandarin, prompting Xi to compliment her performance, state media said."
    )
    doc = code_text(text, published="2017-11-09")
    praise = [e for e in doc.events if e.trigger_text == "compliment"]
    assert praise and praise[0].target_actor == "USA", doc.events


def test_a_bare_surname_before_the_others_full_name_stays_the_books(book):
    # the other is named in full only after the bare surname: no antecedent yet
    text = "Trump's wife toured a school on Friday. Melania Trump later praised the pupils."
    found = [text[s:e] for s, e, m in book.find_mentions(text, "2017-11-20") if m.kind == "person"]
    assert any(f.startswith("Trump") for f in found), found
    assert book.others_by_surname(text, "2017-11-20").at == {"trump": text.index("Melania")}
