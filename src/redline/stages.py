"""Named stages: what each needs, what it sets, and the factory that builds it from the config.

A stage is a plain ``Document -> Document`` function. It is registered, as spaCy registers
components, under a name with the attributes it ``requires`` and ``assigns``; the pipeline checks
them when it is built, so a stage put before the one it depends on is an error that names both,
not a silent empty result. A factory takes the run's :class:`~redline.config.Config` and the
stage's ``[stage.NAME]`` settings and returns the stage, so every worker builds the same stages.

Register your own with :func:`stage` (or name ``module:function`` as a stage's ``factory`` in the
config), then add it by name: ``Pipeline(config).add_stage("my_stage", after="events")``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from redline.config import Config
from redline.errors import RedlineError
from redline.model import Document


def stage_failure(name: str, exc: BaseException) -> str:
    """The warning a document keeps when stage ``name`` raised (it is kept, the stage's finds
    are missing); :func:`failed_stages` reads it back."""
    return f"stage {name} failed: {type(exc).__name__}: {exc}"


def stage_failures(doc: Document) -> list[str]:
    """The warnings :func:`stage_failure` wrote on ``doc``."""
    return [w for w in doc.warnings if w.startswith("stage ") and " failed: " in w]


def failed_stages(doc: Document) -> list[str]:
    """The stages that failed on ``doc``, from the warnings :func:`stage_failure` wrote."""
    return [w.split(" ", 2)[1] for w in stage_failures(doc)]


Stage = Callable[[Document], Document]
Factory = Callable[..., Stage]

# What the parse itself provides before any stage runs.
PARSE_ASSIGNS = ("parse", "sentences", "entities")


@dataclass(frozen=True)
class StageSpec:
    """A registered stage: its name, its factory and its contract."""

    name: str
    factory: Factory
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""


REGISTRY: dict[str, StageSpec] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Factory], Factory]:
    """Register ``factory(config, **settings) -> Stage`` under ``name``."""

    def register(factory: Factory) -> Factory:
        REGISTRY[name] = StageSpec(
            name,
            factory,
            tuple(requires),
            tuple(assigns),
            (factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "",
        )
        return factory

    return register


def register_function(
    name: str, func: Stage, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> StageSpec:
    """Register a ready ``Document -> Document`` function as a stage (no settings)."""
    spec = StageSpec(
        name,
        lambda config, **_: func,
        tuple(requires),
        tuple(assigns),
        (func.__doc__ or "").strip().split("\n")[0],
    )
    REGISTRY[name] = spec
    return spec


def resolve(name: str, config: Config) -> StageSpec:
    """The spec for stage ``name``: registered, or built from the config's ``factory``."""
    factory_name = config.stage_factory(name)
    if factory_name in REGISTRY:
        spec = REGISTRY[factory_name]
        return (
            spec
            if factory_name == name
            else StageSpec(name, spec.factory, spec.requires, spec.assigns, spec.doc)
        )
    if ":" in factory_name:
        module, _, attr = factory_name.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise RedlineError(
                "E031", f"stage {name!r}: cannot import factory {factory_name!r}: {exc}"
            ) from exc
        settings = config.values.get("stage", {}).get(name, {})
        return StageSpec(
            name,
            factory,
            tuple(settings.get("requires", ())),
            tuple(settings.get("assigns", ())),
        )
    known = ", ".join(sorted(REGISTRY))
    raise RedlineError("E030", f"unknown stage {name!r}; registered stages: {known}")


def check_order(specs: list[StageSpec]) -> None:
    """Every stage's requirements are set by the parse or an earlier stage, else an error."""
    have = set(PARSE_ASSIGNS)
    setters = {a: "the parse" for a in PARSE_ASSIGNS}
    later = {a: s.name for s in specs for a in s.assigns}
    for spec in specs:
        for need in spec.requires:
            if need not in have:
                where = f"; stage {later[need]!r} sets it, put it first" if need in later else ""
                raise RedlineError(
                    "E032",
                    f"stage {spec.name!r} requires {need!r}, which no earlier stage sets" + where,
                )
        for attr in spec.assigns:
            have.add(attr)
            setters.setdefault(attr, spec.name)


def build(spec: StageSpec, config: Config) -> Stage:
    settings = config.stage_settings(spec.name)
    for key in ("requires", "assigns"):
        settings.pop(key, None)
    try:
        return spec.factory(config, **settings)
    except TypeError as exc:
        raise RedlineError("E033", f"stage {spec.name!r}: bad settings {settings}: {exc}") from exc


def describe() -> list[dict[str, Any]]:
    """Every registered stage with its contract (for ``redline config --stages``)."""
    _ensure_builtins()
    return [
        {"name": s.name, "requires": list(s.requires), "assigns": list(s.assigns), "doc": s.doc}
        for s in REGISTRY.values()
    ]


# -- the built-in stages ------------------------------------------------------------------------


def _book(config: Config):
    from redline.actors import load_actors

    return load_actors(extra=tuple(config.get("pipeline.actors", ()) or ()))


@stage("language", assigns=("warnings.language",))
def _language(config: Config) -> Stage:
    """One warning on a document in a language the coder does not support (English only)."""
    from redline.clean.language import warn_unsupported_language

    return warn_unsupported_language


@stage("actors", requires=("entities",), assigns=("entities.actor",))
def _actors(config: Config) -> Stage:
    """Actor codes for named entities from the actor book (countries, organisations, people)."""
    from functools import partial

    from redline.actors import tag_entity_actors

    return partial(tag_entity_actors, book=_book(config))


@stage("graph", requires=("parse", "entities.actor"), assigns=("mentions",))
def _graph(config: Config, pronoun_ranker: bool = False) -> Stage:
    """One entity graph per document: names, titles, acronyms, roles, pronouns linked."""
    from functools import partial

    from redline.actors.graph import build_entity_graph

    return partial(build_entity_graph, book=_book(config), pronoun_ranker=bool(pronoun_ranker))


@stage("quotes", requires=("parse", "sentences", "entities"), assigns=("quotes",))
def _quotes(config: Config) -> Stage:
    """Direct, mixed and indirect quotations with their speakers."""
    from redline.quotes import extract_quotes

    return extract_quotes


@stage("speakers", requires=("quotes", "mentions"), assigns=("quotes.speaker",))
def _speakers(config: Config) -> Stage:
    """Quote speakers resolved through the entity graph (pronouns, roles, the speaker's side)."""
    from redline.actors.graph import link_quote_speakers

    return link_quote_speakers


@stage("quote_actors", requires=("quotes", "entities.actor"), assigns=("quotes.actor",))
def _quote_actors(config: Config) -> Stage:
    """Actor codes for quote speakers."""
    from functools import partial

    from redline.quotes.actors import attribute_quote_actors

    return partial(attribute_quote_actors, book=_book(config))


@stage("events", requires=("parse", "entities.actor"), assigns=("events",))
def _events(config: Config, **settings: Any) -> Stage:
    """CAMEO/PLOVER events with source and target actors and the rule that fired."""
    from redline.events import make_event_coder

    return make_event_coder(book=_book(config), **settings)


@stage("event_actors", requires=("events", "mentions"), assigns=("events.actors",))
def _event_actors(config: Config) -> Stage:
    """Event actors the coder left empty or country-less, filled from the entity graph."""
    from redline.actors.graph import link_event_actors

    return link_event_actors


@stage("entities", requires=("entities",), assigns=("entities.canonical",))
def _entities(config: Config) -> Stage:
    """One canonical name and actor code per person and organisation chain."""
    from redline.enrich import canonicalise_entities

    return canonicalise_entities


@stage("quantities", requires=("parse",), assigns=("quantities", "events.quantities"))
def _quantities(config: Config) -> Stage:
    """Amounts with value, unit, counted object and approximator, linked to events."""
    from redline.enrich import extract_quantities

    return extract_quantities


@stage("dates", requires=("entities",), assigns=("entities.date", "events.date"))
def _dates(config: Config) -> Stage:
    """DATE expressions resolved against the publication date; each event's date."""
    from redline.enrich import resolve_dates

    return resolve_dates


@stage("places", requires=("entities",), assigns=("places", "events.place"))
def _places(config: Config) -> Stage:
    """Places geocoded offline; the dateline; each event's place."""
    from redline.enrich import geocode_places

    return geocode_places


def _ensure_builtins() -> None:
    """Built-ins register on import of this module; kept as a hook for plugins."""
