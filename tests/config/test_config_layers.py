"""The config: defaults, a user's file over them, and data files layered over the package's."""

from __future__ import annotations

import pytest

from redline import datafiles
from redline.config import Config
from redline.errors import RedlineError


@pytest.fixture(autouse=True)
def _restore_default_config():
    yield
    datafiles.activate(Config.load())


def test_config_defaults_name_the_stages_and_thresholds():
    config = Config.load()
    assert config.pipeline["stages"][:4] == ["language", "actors", "graph", "quotes"]
    assert config.get("stage.dedupe.threshold") == 0.8
    assert config.data_layers("quotes/reporting_verbs.txt") == ["pkg:quotes/reporting_verbs.txt"]


def test_config_user_file_overrides_only_what_it_sets(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("[pipeline]\nworkers = 3\n[stage.dedupe]\nthreshold = 0.9\n", "utf-8")
    config = Config.load(path)
    assert config.pipeline["workers"] == 3
    assert config.get("stage.dedupe.threshold") == 0.9
    assert "events" in config.pipeline["stages"]  # untouched keys keep their defaults


def test_config_rejects_unknown_sections_and_bad_toml(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[pipelin]\nworkers = 2\n", "utf-8")
    with pytest.raises(RedlineError, match="unknown sections"):
        Config.load(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("[pipeline\n", "utf-8")
    with pytest.raises(RedlineError, match="not valid TOML"):
        Config.load(broken)


def test_datafiles_user_layer_adds_to_the_packaged_word_list(tmp_path):
    words = tmp_path / "verbs.txt"
    words.write_text("# my own\nharrumphed\n", "utf-8")
    (tmp_path / "c.toml").write_text(
        '[data]\n"quotes/reporting_verbs.txt" = ["pkg:quotes/reporting_verbs.txt", "verbs.txt"]\n',
        "utf-8",
    )
    packaged = datafiles.lines("quotes/reporting_verbs.txt", inline_comments=True)
    datafiles.activate(Config.load(tmp_path / "c.toml"))
    layered = datafiles.lines("quotes/reporting_verbs.txt", inline_comments=True)
    assert layered[: len(packaged)] == packaged
    assert layered[-1] == "harrumphed"
    assert [layer.packaged for layer in datafiles.layers("quotes/reporting_verbs.txt")] == [
        True,
        False,
    ]


def test_datafiles_missing_user_file_names_it(tmp_path):
    (tmp_path / "c.toml").write_text('[data]\n"clean/boilerplate.txt" = ["nope.txt"]\n', "utf-8")
    datafiles.activate(Config.load(tmp_path / "c.toml"))
    with pytest.raises(RedlineError, match="nope.txt"):
        datafiles.lines("clean/boilerplate.txt")


def test_datafiles_cached_builders_are_rebuilt_for_another_config(tmp_path):
    calls = []

    @datafiles.cached
    def vocabulary() -> frozenset[str]:
        calls.append(1)
        return frozenset(datafiles.lines("quotes/reporting_verbs.txt", inline_comments=True))

    before = vocabulary()
    assert vocabulary() is before and len(calls) == 1
    (tmp_path / "v.txt").write_text("harrumphed\n", "utf-8")
    (tmp_path / "c.toml").write_text(
        '[data]\n"quotes/reporting_verbs.txt" = ["pkg:quotes/reporting_verbs.txt", "v.txt"]\n',
        "utf-8",
    )
    datafiles.activate(Config.load(tmp_path / "c.toml"))
    assert "harrumphed" in vocabulary() and len(calls) == 2


def test_config_to_toml_lists_every_packaged_data_file():
    text = Config.load().to_toml()
    for key in ("events/lexicon.yml", "actors/people.yml", "clean/boilerplate.txt"):
        assert f'"{key}" = [' in text


def _activate_people_layer(tmp_path):
    """Activate a config whose people layer, over the package's, adds Amara Okonkwo (NGAGOV)."""
    (tmp_path / "people.yml").write_text(
        "people:\n  - name: Amara Okonkwo\n    aliases: [Okonkwo]\n"
        "    roles: [[NGAGOV, 2023-06-01, null, finance minister]]\n",
        "utf-8",
    )
    (tmp_path / "c.toml").write_text(
        '[data]\n"actors/people.yml" = ["pkg:actors/people.yml", "people.yml"]\n', "utf-8"
    )
    datafiles.activate(Config.load(tmp_path / "c.toml"))


def test_config_actor_layer_adds_a_person_the_package_does_not_know(tmp_path):
    from redline.actors import load_actors

    assert load_actors().lookup("Amara Okonkwo", date="2024-05-01") is None
    _activate_people_layer(tmp_path)
    match = load_actors().lookup("Amara Okonkwo", date="2024-05-01")
    assert match is not None and match.code == "NGAGOV"
    # The packaged people are still there under the user's layer.
    assert load_actors().lookup("Dmitry Peskov", date="2024-09-13").code.startswith("RUS")


@pytest.mark.model
def test_config_reporting_verb_layer_reaches_the_quote_finder(tmp_path):
    from redline.pipeline import Pipeline, code_text

    # the cue before the quotation: a verb after it is found without any list (quote-then-verb)
    text = 'Officials met on Monday. The minister grumbled, "We will not back down."'
    (tmp_path / "verbs.txt").write_text("grumble\n", "utf-8")
    (tmp_path / "c.toml").write_text(
        '[data]\n"quotes/reporting_verbs.txt" = ["pkg:quotes/reporting_verbs.txt", "verbs.txt"]\n'
        '"quotes/quote_verbs.txt" = ["pkg:quotes/quote_verbs.txt", "verbs.txt"]\n',
        "utf-8",
    )
    plain = code_text(text, pipeline=Pipeline(workers=1))
    layered = code_text(text, pipeline=Pipeline(tmp_path / "c.toml", workers=1))
    cue = [q.cue for q in layered.quotes]
    assert "grumbled" in cue, cue
    assert "grumbled" not in [q.cue for q in plain.quotes]


def test_config_actor_layer_reaches_the_event_coders_default_book(tmp_path):
    """``make_event_coder()`` and ``code_events`` use the active config's actor book: a person a
    user's layer adds is known to them once that config is activated, in the same process."""
    from redline.actors import load_actors
    from redline.events import coder

    assert coder._default_book().lookup("Amara Okonkwo", date="2024-05-01") is None
    _activate_people_layer(tmp_path)
    assert coder._default_book() is load_actors()
    assert coder._default_book().lookup("Amara Okonkwo", date="2024-05-01").code == "NGAGOV"
