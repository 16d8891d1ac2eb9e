"""Twins made one (issue #9/#10, helper twins51): the readers' comments and the actor book ask
the speakers' one first-names loader instead of reading the files again themselves."""

from __future__ import annotations


def test_comment_signatures_read_the_speakers_first_names():
    from redline.clean import comments
    from redline.quotes.speakers import common_first_name_genders

    assert comments._first_names() is common_first_name_genders()
    assert comments.signature("Margaret, Leeds") == ("Margaret", "Leeds")


def test_the_book_reads_the_speakers_hand_list_of_first_names():
    from redline.actors import book
    from redline.quotes.speakers import first_name_genders

    assert book._first_names() is first_name_genders()
    assert "margaret" in book._first_names()
