"""Calls, appeals and pleas named by the noun, and "called X Y" naming (issue #9, calls27;
sentences written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _codes(doc, prefix: str) -> list:
    return [e for e in doc.events if e.code.startswith(prefix)]


# -- "called X Y" names, it is no phone call -----------------------------------------------------


def test_calls27_called_plural_ones_a_plural_name_is_no_phone_call(code_all):
    doc = code_all("The Polish senator called the gunmen cowards.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


def test_calls27_called_rioters_criminals_is_no_phone_call(code_all):
    doc = code_all("The French interior minister called the rioters criminals.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


def test_calls27_a_phone_call_to_a_named_leader_is_still_a_call(code_all):
    doc = code_all("Emmanuel Macron called Vladimir Putin on Tuesday.")
    assert [e.code for e in doc.events if e.code == "041"], seen(doc)
