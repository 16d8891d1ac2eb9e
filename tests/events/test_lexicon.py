import pytest

from redline.errors import RedlineError
from redline.events import load_cameo, load_lexicon


def test_lexicon_covers_all_roots_and_150_leaf_codes():
    lexicon = load_lexicon()
    codes = lexicon.codes()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert len({c for c in codes if len(c) > 2}) >= 150
    assert codes <= set(load_cameo())


def test_lexicon_reads_on_and_off_as_words_not_booleans():
    sanctions = [e for e in load_lexicon().verbs["impose"] if e.code == "163"]
    assert any("on" in e.preps for e in sanctions)


def test_lexicon_user_file_adds_entries_that_win_ties(tmp_path):
    extra = tmp_path / "mine.yml"
    extra.write_text(
        'entries:\n  - {code: "0871", verb: [pause], object: [fighting], target: none}\n'
        '  - {code: "111", verb: [condemn], target: dobj, pattern: "mine"}\n'
    )
    lexicon = load_lexicon(extra=[extra])
    # (ties only: the package's "paused refugee admissions from T" has a preposition more)
    tied = [e for e in lexicon.verbs["pause"] if e.specificity == 2]
    assert tied[0].code == "0871"
    condemn = [e for e in lexicon.verbs["condemn"] if not e.specificity]
    assert condemn[0].origin == "mine.yml"


def test_lexicon_rejects_unknown_cameo_code(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text('entries:\n  - {code: "999", verb: [frobnicate]}\n')
    with pytest.raises(RedlineError) as err:
        load_lexicon(extra=[bad])
    assert err.value.code == "E402"


def test_lexicon_framing_maps_announced_and_refused_actions():
    from redline.events.framing import reframe

    assert reframe("042", "intent") == "036"
    assert reframe("0841", "refusal") == "1243"
    assert reframe("084", "demand") == "1053"
    assert reframe("1823", "intent") == "1383"
    assert reframe("111", "intent") is None
