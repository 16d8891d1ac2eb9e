"""issue #10 date41: a person the actor book knows but who holds no office on the article's date
is coded with his country alone ("Trump" in a 2016 article is USA, not USAGOV). A surname the
recogniser tagged as an organisation was kept a body when its code had three letters (a
country's), so every dated 2015-16 article lost "Trump said" to the organisation "Trump". A
book person's surname is a surname on any date.

Sentences written for these tests; the recogniser's labels are fixed, so the rules under test
run whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of

RALLY = (
    "Donald Trump drew a large crowd to a rally in Ohio on Monday. Speaking for almost an "
    "hour, Trump said the state would decide the election."
)
RALLY_LABELS = [("Donald Trump", 0, "PERSON"), ("Trump", 1, "ORG")]


def test_an_out_of_office_book_person_tagged_a_body_is_his_surname(nlp):
    doc = finish_labelled(nlp, RALLY, RALLY_LABELS, published="2016-05-02")
    later = [m for m in doc.mentions if m.text == "Trump"]
    assert later and later[0].type == "person"
    assert later[0].entity == mention_of(doc, "Donald Trump").entity


def test_the_surname_is_his_on_a_date_he_holds_office_too(nlp):
    doc = finish_labelled(nlp, RALLY, RALLY_LABELS, published="2018-05-02")
    later = [m for m in doc.mentions if m.text == "Trump"]
    assert later and later[0].entity == mention_of(doc, "Donald Trump").entity
