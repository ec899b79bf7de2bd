"""Strict JSON for every file the user imports: standard JSON only, checked against a schema.

`loads` refuses what Python's json module accepts beyond the standard (`NaN`, `Infinity`)
and turns runaway nesting into an error instead of a RecursionError. `check` validates with
jsonschema (Draft 2020-12) and reports the first problem with the path of the field that
has it ("tags[3].cases") as a coded message (core/messages_store.py), before anything is
written.
"""

from __future__ import annotations

import json
from typing import Any

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


def check(data: Any, schema: dict[str, Any], where: str = "") -> None:
    """Raise `JsonProblem` naming the field of the first schema violation."""
    validator = _VALIDATORS.get(id(schema))
    if validator is None:
        validator = _VALIDATORS[id(schema)] = jsonschema.Draft202012Validator(schema)
    # One quick pass for a valid file; the error search (and best_match) only when not.
    if validator.is_valid(data):
        return
    err = best_match(validator.iter_errors(data))
    if err is None:
        return
    field = field_path(err.absolute_path)
    problem = _describe(err)
    if where:
        said = message("json.field_in", where=where, field=field, problem=problem)
    else:
        said = message("json.field", field=field, problem=problem)
    raise JsonProblem(said, field if isinstance(field, str) else "")
