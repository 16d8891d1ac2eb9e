"""The JSON Schema of a JSON Lines record, generated from the data model so the two cannot drift.

The published copy is ``document.schema.json`` beside this file; a test checks it equals
:func:`document_schema`, and ``redline schema`` prints it.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import fields
from importlib import resources
from typing import Any

from redline.model import ANNOTATION_TYPES, Document

DESCRIPTIONS = {
    "id": "Stable id: a hash of the cleaned article text.",
    "source": "Where the document came from: a path, path:line for JSON Lines, or a URL.",
    "text": "The article text only; every offset points into this string.",
    "commentary": "Remarks around the article (e.g. a forwarder's own words), kept, not coded.",
    "removed": "Lines dropped as not-article (blog chrome, image names, comment forms).",
    "published": "Publication date, ISO 8601 (YYYY-MM-DD).",
    "published_source": "Where the date came from: container, html-metadata, text, argument.",
    "dateline": "The dateline place, in normal case.",
    "warnings": "Problems met while coding this document that did not stop it.",
    "duplicate_of": "Id of an earlier document this one repeats, if any.",
    "sentences": "Sentence spans.",
    "entities": "Named entities, with canonical name and actor code where resolved.",
    "quotes": "Quotations and reported speech with their speakers.",
    "events": "Coded events, one per source-target pair; start/end span the sentence.",
    "quantities": "Amounts: value, unit, counted object and approximator.",
    "places": "Places named in the text, geocoded.",
    "mentions": "The entity graph: every mention (name, acronym, role, pronoun) with its entity.",
}

ITEM_TYPES = ANNOTATION_TYPES


def _json_type(annotation: Any) -> dict[str, Any]:
    args = typing.get_args(annotation)
    nullable = isinstance(annotation, types.UnionType) and type(None) in args
    base = next((a for a in args if a is not type(None)), annotation) if nullable else annotation
    origin = typing.get_origin(base)
    if origin is tuple:
        schema: dict[str, Any] = {"type": "array", "items": {"type": "integer"}}
    elif origin is dict:
        schema = {"type": "object"}
    elif origin is list:
        schema = {"type": "array", "items": {"type": "string"}}
    else:
        name = {int: "integer", float: "number", bool: "boolean", str: "string"}[base]
        schema = {"type": name}
    if nullable:
        schema["type"] = [schema["type"], "null"]
    return schema


def _object_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {f.name: _json_type(hints[f.name]) for f in fields(cls)}
    return {
        "type": "object",
        "required": [f.name for f in fields(cls)],
        "properties": props,
        "additionalProperties": False,
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record written by ``redline code --jsonl``."""
    hints = typing.get_type_hints(Document)
    props: dict[str, Any] = {}
    required = []
    for f in fields(Document):
        if f.name == "parsed":
            continue
        if f.name in ITEM_TYPES:
            schema = {"type": "array", "items": {"$ref": f"#/$defs/{ITEM_TYPES[f.name].__name__}"}}
        else:
            schema = _json_type(hints[f.name])
        if f.name in DESCRIPTIONS:
            schema["description"] = DESCRIPTIONS[f.name]
        props[f.name] = schema
        required.append(f.name)
    defs = {cls.__name__: _object_schema(cls) for cls in ITEM_TYPES.values()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:redline:schema:document:1",
        "title": "redline document record",
        "description": "One coded news document: the article text and every annotation, each "
        "with start/end character offsets into text such that text[start:end] == item text.",
        "type": "object",
        "required": required,
        "properties": props,
        "$defs": defs,
        "additionalProperties": False,
    }


def published_schema() -> dict[str, Any]:
    """The schema file shipped with the package."""
    text = resources.files("redline.schema").joinpath("document.schema.json").read_text("utf-8")
    return json.loads(text)
