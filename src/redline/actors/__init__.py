"""actors stage: the actor knowledge base (countries, organisations, roles, office-holders) and
the lookup that turns a phrase into a CAMEO-style actor code with the rule that produced it."""

from redline.actors.book import ActorBook, ActorMatch, as_date, load_actors
from redline.actors.tag import tag_entity_actors

__all__ = ["ActorBook", "ActorMatch", "as_date", "load_actors", "tag_entity_actors"]
