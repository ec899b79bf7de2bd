"""JSON Schema of the notes export (`format: hyvatkaytannot-user-layer`), one per version.

Every field is typed and bounded and unknown fields are refused, so a file can never turn a
string into per-character tag links or a dict into a tag name. A later format (say, richer
highlights) adds a new version here; files of every known version keep importing.
"""

from __future__ import annotations

from typing import Any

MAX_ID = 200
MAX_TEXT = 100_000  # a note, a quote or a description
MAX_NAME = 1_000
MAX_ITEMS = 1_000_000

_id: dict[str, Any] = {"type": "string", "maxLength": MAX_ID}
_name: dict[str, Any] = {"type": "string", "maxLength": MAX_NAME}
_text: dict[str, Any] = {"type": "string", "maxLength": MAX_TEXT}
_time: dict[str, Any] = {"type": ["string", "null"], "maxLength": 64}
_ids: dict[str, Any] = {"type": "array", "items": _id, "maxItems": MAX_ITEMS}
_int: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 2**31}


def _obj(props: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": list(required),
        "additionalProperties": False,
    }


TAG = _obj(
    {
        "id": _id,
        "name": _name,
        "path": _name,
        "parent_id": {"type": ["string", "null"], "maxLength": MAX_ID},
        "colour": {"type": ["string", "null"], "maxLength": 32},
        "created": _time,
        "updated": _time,
        "cases": _ids,
    },
    ("path",),
)
COLLECTION = _obj(
    {
        "id": _id,
        "title": _name,
        "description": {"type": ["string", "null"], "maxLength": MAX_TEXT},
        "cases": _ids,
        "created": _time,
        "updated": _time,
    },
    ("title",),
)
SAVED_SEARCH = _obj(
    {
        "id": _id,
        "name": _name,
        "query": {"type": "string", "maxLength": MAX_NAME},
        "filters": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": _name, "maxItems": 1000},
        },
        "created": _time,
        "updated": _time,
    },
    ("name",),
)
_selector = {
    "type": "object",
    "properties": {
        "type": {"enum": ["TextQuoteSelector", "TextPositionSelector"]},
        "exact": _text,
        "prefix": _text,
        "suffix": _text,
        "start": _int,
        "end": _int,
    },
    "required": ["type"],
    "additionalProperties": False,
}
_body = _obj(
    {
        "type": {"const": "TextualBody"},
        "value": _text,
        "format": {"type": "string", "maxLength": 64},
        "purpose": {"type": "string", "maxLength": 64},
        "language": {"type": "string", "maxLength": 32},
    },
    ("value",),
)
_TARGET = _obj(
    {
        "source": {"type": "string", "maxLength": MAX_ID + 40},
        # anyOf stops at the first match (oneOf tries all): the common form first.
        "selector": {"anyOf": [{"type": "array", "items": _selector, "maxItems": 4}, _selector]},
    },
    ("source",),
)
ANNOTATION = _obj(
    {
        "@context": {"type": ["string", "array"], "maxLength": MAX_NAME, "maxItems": 10},
        "id": _id,
        "type": {"const": "Annotation"},
        "motivation": {"type": "string", "maxLength": 64},
        "created": _time,
        "modified": _time,
        "creator": {"type": ["string", "object"], "maxLength": MAX_NAME},
        # A plain IRI or a list is valid W3C; such targets are skipped as "not a case".
        "target": {
            "anyOf": [
                _TARGET,
                {"type": "string", "maxLength": MAX_NAME},
                {"type": "array", "items": _TARGET, "maxItems": 10},
            ]
        },
        "body": {"anyOf": [_body, {"type": "array", "items": _body, "maxItems": 10}]},
        "bodyValue": _text,
        "hyvatkaytannot:status": {"enum": ["anchored", "moved", "changed", "orphan"]},
        "hyvatkaytannot:uniqueQuote": {"type": ["boolean", "null"]},
        # A name (annotations.COLOURS); one a later version adds imports as the default.
        "hyvatkaytannot:colour": {"type": ["string", "null"], "maxLength": 32},
        "hyvatkaytannot:current": {
            "type": "object",
            "properties": {
                "exact": {"type": ["string", "null"], "maxLength": MAX_TEXT},
                "start": {"type": ["integer", "null"]},
                "end": {"type": ["integer", "null"]},
            },
            "additionalProperties": False,
        },
    },
    ("id", "target"),
)
ANNOTATION_COLLECTION = _obj(
    {
        "@context": {"type": ["string", "array"], "maxLength": MAX_NAME, "maxItems": 10},
        "id": _id,
        "type": {"const": "AnnotationCollection"},
        "label": _name,
        "total": {"type": "integer", "minimum": 0},
        "items": {"type": "array", "items": ANNOTATION, "maxItems": MAX_ITEMS},
    },
    ("items",),
)
V1 = _obj(
    {
        "format": {"const": "hyvatkaytannot-user-layer"},
        "version": {"const": 1},
        "exported": _time,
        "tags": {"type": "array", "items": TAG, "maxItems": MAX_ITEMS},
        "collections": {"type": "array", "items": COLLECTION, "maxItems": MAX_ITEMS},
        "saved_searches": {"type": "array", "items": SAVED_SEARCH, "maxItems": MAX_ITEMS},
        "annotations": ANNOTATION_COLLECTION,
    },
    ("format", "version"),
)
SCHEMAS: dict[int, dict[str, Any]] = {1: V1}
