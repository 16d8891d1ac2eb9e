"""issue #9/#10 actors14: the words of ``senses.yml`` are read as words. YAML 1.1 reads a bare
on, off, yes, no as booleans (readout13's "insisted on" was read as ``true``) and an unquoted
code with a leading zero as an octal number; the data loader reads only true/false as
booleans, and the sense rules take nothing but strings where a word or a code is meant."""

from __future__ import annotations

import pytest
import yaml

from redline import datafiles
from redline.errors import RedlineError

# the only fields of a sense rule that hold a flag; everything else holds words or codes
FLAGS = frozenset(
    {"needs_target", "keep_owned", "change_owned", "change_infinitive", "change_clause_complement",
     "unless_governed", "change_capability",  # issue #9 verbal19, verbal20
     "change_clause_forecast",  # issue #9 read21
     "change_others_clause",  # issue #9 read25
     "change_score",  # issue #9 read37
     "change_question", "change_naming",  # issue #9 wiki29
     "needs_someone",  # issue #9 prec41
     "change_never_indefinite"}  # issue #9 kinds47
)  # fmt: skip


def _strings_only(value, where: str) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            assert isinstance(key, str), f"{where}: key {key!r} is not a string"
            _strings_only(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            _strings_only(inner, f"{where}[{i}]")
    else:
        assert isinstance(value, str), f"{where}: {value!r} is not a string"


def test_every_key_and_word_of_the_senses_file_is_a_string():
    layers = datafiles.yaml_layers("events/senses.yml")
    assert layers
    for where, data in layers:
        for n, rule in enumerate(data["senses"]):
            for key, value in rule.items():
                assert isinstance(key, str), (where, n, key)
                if key in FLAGS:
                    assert isinstance(value, bool), (where, n, key, value)
                else:
                    _strings_only(value, f"{where} rule {n} ({rule.get('lemma')}) {key}")


def test_bare_on_off_yes_no_are_words_and_true_false_flags():
    text = "a: [on, off, yes, no, On, NO]\nb: true\nc: False\nd: [y, n]\n"
    data = yaml.load(text, Loader=datafiles.yaml_loader())
    assert data == {"a": ["on", "off", "yes", "no", "On", "NO"], "b": True, "c": False,
                    "d": ["y", "n"]}  # fmt: skip


def test_a_sense_rule_with_a_word_that_is_not_a_string_is_an_error():
    from redline.events.senses import _list, _pairs

    assert _list(["on", "upon"]) == ["on", "upon"]
    assert _pairs({"off": "none"}) == (("off", "none"),)
    with pytest.raises(RedlineError):
        _list(["down", 35])  # an unquoted 043
    with pytest.raises(RedlineError):
        _pairs({True: "020"})  # a bare on read as YAML 1.1's true


def test_the_insist_rule_keeps_its_on():
    from redline.events.senses import load_senses

    insist = [r for r in load_senses() if "insist" in r.lemmas]
    assert insist and "on" in insist[0].keep_clause
