"""resources/case.schema.json and the Python rules (loader/validate.py) say the same thing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.case import ID_PATTERN, STATUSES
from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.loader import validate
from hyvatkaytannot.core.loader.safe_yaml import load_yaml, split_front_matter
from hyvatkaytannot.core.resources import resource_path


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(resource_path("case.schema.json").read_text(encoding="utf-8"))


def test_schema_names_the_same_fields_and_rules(schema: dict[str, Any]) -> None:
    props = schema["properties"]
    assert tuple(props) == validate.KNOWN_FIELDS
    assert tuple(schema["required"]) == validate.REQUIRED_FIELDS
    assert props["id"]["pattern"] == ID_PATTERN.pattern
    assert [s for s in props["status"]["enum"] if s] == list(STATUSES)
    assert tuple(props["organisations"]["properties"]) == validate.ORGANISATION_FIELDS
    assert tuple(props["period"]["properties"]) == validate.PERIOD_FIELDS
    assert tuple(props["funding"]["properties"]) == validate.FUNDING_FIELDS
    funders = props["funding"]["properties"]["funders"]["items"]["properties"]
    assert tuple(funders) == validate.FUNDER_FIELDS
    assert tuple(props["contacts"]["items"]["properties"]) == validate.CONTACT_FIELDS
    assert tuple(props["sources"]["items"]["properties"]) == validate.SOURCE_FIELDS
    assert (
        schema["$defs"]["date"]["pattern"]
        == "^(?:\\s*|" + validate.DATE_PATTERN.pattern[1:-1] + ")$"
    )


# Front matter additions that Python must accept or reject just like the schema.
SAMPLES = [
    "",
    "status: valmis",
    "period: {start: 10.10.2018}",
    "period: 2018",
    "municipalities: Posio",
    "themes: {a: 1}",
    "title2: x",
    "funding: {total_cost: 25 000}",
    "funding: {total_cost: -5}",
    "funding: {total_cost: 5, funders: [{amount: 5}]}",
    "funding: {funders: [{funder: EU, amount: paljon}]}",
    "funding: {funders: [{funder: EU, amount: true}]}",
    "funding: {funders: [{funder: EU, decided: eilen}]}",
    "funding: {funders: [{funder: EU, amount: 12.5, decided: 2018-05}]}",
    "contacts: [{role: johtaja}]",
    "contacts: [{name: [a, b]}]",
    "contacts: [{name: A, email: 'a[at]b.fi', phone: 0401234567}]",
    "contacts: [null]",
    "sources: [{title: Lähde, url: 'javascript:alert(1)'}]",
    "sources: [{title: Lähde, url: HTTPS://x.fi/a}]",
    "sources: [{url: 'https://x.fi'}]",
    "sources: ['https://x.fi']",
    "organisations: [a, b]",
    "organisations: {owner: [a]}",
    "organisations: {owner: A, implementer: [B, C], partners: [D], other: E}",
    "organisations: {implementer: B}",
    "language: Finnish",
    "language: sv",
    "updated: 23.11.2026",
    "updated: 2026-11-23",
    "regions: [Narnia]",
    "summary: [a]",
    "title: '  '",
    "id: ' a'",
    "period:",
    "funding:",
    "review: ehdotus",
    "review: valmis",
    "review:",
]


@pytest.mark.parametrize("extra", SAMPLES)
def test_python_and_json_schema_agree(h: Any, tmp_path: Path, extra: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resource_path("case.schema.json").read_text(encoding="utf-8"))
    base = [f"{k}: {v}" for k, v in (("id", "a"), ("title", "t"), ("summary", "s"))]
    lines = [ln for ln in base if not extra.startswith(ln.split(":")[0] + ":")]
    text = "---\n" + "\n".join([*lines, extra]) + "\n---\n" + h.BODY
    front = split_front_matter(text)
    data = load_yaml(front.yaml_text, front.yaml_line, validate.keeps_text).data
    schema_ok = jsonschema.Draft202012Validator(schema).is_valid(data)
    case, problems = Library([]).parse_text(text, tmp_path / "a.md")
    assert (case is not None) == schema_ok, (data, problems)
