"""Parsing: the spaCy pipeline that gives sentences, tokens, the dependency parse and entities."""

from redline.nlp.parse import annotate_parsed, load_model, resolve_model_name

__all__ = ["annotate_parsed", "load_model", "resolve_model_name"]
