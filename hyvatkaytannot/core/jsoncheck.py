"""Strict JSON for every file the user imports: standard JSON only, checked against a schema.

`loads` refuses what Python's json module accepts beyond the standard (`NaN`, `Infinity`)
and turns runaway nesting into an error instead of a RecursionError. `check` validates with
jsonschema (Draft 2020-12) and reports the first problem with the path of the field that
has it ("tags[3].cases"), in Finnish and English, before anything is written.

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


class JsonProblem(ValueError):
    """The file is not acceptable JSON for its kind; `fi`/`en` say where and why."""

    def __init__(self, fi: str, en: str, field: str = "") -> None:
        super().__init__(f"{fi} / {en}")
        self.fi, self.en, self.field = fi, en, field


def _no_constants(name: str) -> Any:
    raise JsonProblem(
        f"ei-standardi JSON-arvo {name} (sallittuja ovat vain tavalliset luvut)",
        f"non-standard JSON value {name} (only ordinary numbers are allowed)",
    )


def loads(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constants)
    except RecursionError as e:
        raise JsonProblem("JSON on sisäkkäin liian syvälle", "the JSON is nested too deeply") from e
    except json.JSONDecodeError as e:
        raise JsonProblem(
            f"rivi {e.lineno}: ei kelvollista JSONia ({e.msg})",
            f"line {e.lineno}: not valid JSON ({e.msg})",
            f"line {e.lineno}",
        ) from e


def field_path(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(juuri / root)"


def _describe(err: ValidationError) -> tuple[str, str]:
    kind = err.validator
    v = err.validator_value
    if kind == "type":
        return f"väärä tyyppi (odotettiin {v})", f"wrong type (expected {v})"
    if kind == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        names = ", ".join(map(str, extra))
        return f"tuntemattomat kentät: {names}", f"unknown fields: {names}"
    if kind == "maxLength":
        return f"liian pitkä (enintään {v} merkkiä)", f"too long (at most {v} characters)"
    if kind == "maxItems":
        return f"liikaa alkioita (enintään {v})", f"too many items (at most {v})"
    if kind == "required":
        return (
            f"pakollinen kenttä puuttuu ({err.message})",
            f"a required field is missing ({err.message})",
        )
    if kind in ("const", "enum"):
        return f"arvo ei kelpaa (sallittu: {v})", f"value not allowed (allowed: {v})"
    return f"ei kelpaa ({err.message[:200]})", f"not valid ({err.message[:200]})"


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
    fi, en = _describe(err)
    prefix = f"{where}: " if where else ""
    raise JsonProblem(f"{prefix}kenttä {field}: {fi}", f"{prefix}field {field}: {en}", field)
