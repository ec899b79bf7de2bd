"""Strict JSON for every file the user imports: standard JSON only, checked against a schema.

`loads` refuses what Python's json module accepts beyond the standard (`NaN`, `Infinity`)
and turns runaway nesting into an error instead of a RecursionError. `check` validates with
jsonschema (Draft 2020-12) and reports the first problem with the path of the field that
has it ("tags[3].cases") as a coded message (core/messages_store.py), before anything is
written.

Speed: a valid entry is passed by fastjsonschema (the schema compiled to Python, ~25x
jsonschema's time per notes entry: 100,000 entries in seconds, not minutes); only what it
refuses goes to jsonschema, which decides and names the field. So fastjsonschema can only
ever make a check stricter, never let through what jsonschema would refuse... except by a
bug of its own: the schemas use only keywords both read alike (type, properties, required,
additionalProperties, items, anyOf, const, enum, maxLength, maxItems, minimum, maximum),
and the bad-file tests run through this path.
"""

from __future__ import annotations

import json
from typing import Any

import fastjsonschema
import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from hyvatkaytannot.core.messages import UserMessage, message


class JsonProblem(ValueError):
    """The file is not acceptable JSON for its kind; `said` tells where and why."""

    def __init__(self, said: UserMessage, field: str = "") -> None:
        super().__init__(said.english())
        self.said, self.field = said, field

    @property
    def fi(self) -> str:
        return self.said.in_language("fi")

    @property
    def en(self) -> str:
        return self.said.english()


def _no_constants(name: str) -> Any:
    raise JsonProblem(message("json.non_standard", name=name))


def loads(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constants)
    except RecursionError as e:
        raise JsonProblem(message("json.too_deep")) from e
    except json.JSONDecodeError as e:
        said = message("json.invalid_line", line=e.lineno, reason=e.msg)
        raise JsonProblem(said, f"line {e.lineno}") from e


def field_path(parts: Any) -> str | UserMessage:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or message("json.root")


def _describe(err: ValidationError) -> UserMessage:
    kind = err.validator
    v = err.validator_value
    if kind == "type":
        return message("json.wrong_type", expected=v)
    if kind == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return message("json.unknown_fields", names=", ".join(map(str, extra)))
    if kind == "maxLength":
        return message("json.too_long", limit=v)
    if kind == "maxItems":
        return message("json.too_many", limit=v)
    if kind == "required":
        return message("json.required", detail=err.message)
    if kind in ("const", "enum"):
        return message("json.not_allowed", allowed=v)
    return message("json.invalid", detail=err.message[:200])


# Validators of the module-level schemas (notes, settings, manifests), built once.
_VALIDATORS: dict[int, Any] = {}
_FAST: dict[int, Any] = {}
# Keywords that Draft 2020-12 (jsonschema) and Draft 7 (fastjsonschema) read alike. A schema
# with any other keyword (prefixItems, unevaluatedProperties, …: Draft 7 would ignore them
# and pass what 2020-12 refuses) gets no quick pass.
_SAME_IN_BOTH = {
    "type", "properties", "required", "additionalProperties", "items", "anyOf", "const",
    "enum", "maxLength", "maxItems", "minimum", "maximum",
}  # fmt: skip


def _keywords_alike(schema: Any) -> bool:
    if isinstance(schema, list):
        return all(_keywords_alike(s) for s in schema)
    if not isinstance(schema, dict):
        return True
    for key, value in schema.items():
        if key not in _SAME_IN_BOTH:
            return False
        if key == "properties":
            if not all(_keywords_alike(v) for v in value.values()):
                return False
        elif key in ("items", "anyOf", "additionalProperties") and not _keywords_alike(value):
            return False
    return True


def _fast_ok(data: Any, schema: dict[str, Any]) -> bool:
    if id(schema) not in _FAST:
        _FAST[id(schema)] = fastjsonschema.compile(schema) if _keywords_alike(schema) else None
    fast = _FAST[id(schema)]
    if fast is None:
        return False
    try:
        fast(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def check(
    data: Any, schema: dict[str, Any], where: str = "", base: tuple[str | int, ...] = ()
) -> None:
    """Raise `JsonProblem` naming the field of the first schema violation; `base` is where
    `data` sits in the file (one entry checked on its own, notes_stream.py)."""
    if _fast_ok(data, schema):
        return
    validator = _VALIDATORS.get(id(schema))
    if validator is None:
        validator = _VALIDATORS[id(schema)] = jsonschema.Draft202012Validator(schema)
    # The error search (and best_match) only for what the quick check refused.
    if validator.is_valid(data):
        return
    err = best_match(validator.iter_errors(data))
    if err is None:
        return
    field = field_path((*base, *err.absolute_path))
    problem = _describe(err)
    if where:
        said = message("json.field_in", where=where, field=field, problem=problem)
    else:
        said = message("json.field", field=field, problem=problem)
    raise JsonProblem(said, field if isinstance(field, str) else "")
