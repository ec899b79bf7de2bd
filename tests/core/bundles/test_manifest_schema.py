"""Issue 12: a bundle manifest is strict JSON checked against a schema; a wrong type, an
unknown entry field or NaN is refused naming the field."""

from __future__ import annotations

import json

import pytest

from hyvatkaytannot.core.bundles.manifest import Manifest, ManifestError

SHA = "0" * 64


def _doc(**entry: object) -> bytes:
    base = {"id": "posio", "file": "cases/posio.md", "sha256": SHA, "size": 10, **entry}
    doc = {"format": "hyvatkaytannot-bundle", "format_version": 1, "cases": [base]}
    return json.dumps(doc).encode()


def test_a_good_manifest_reads() -> None:
    good = Manifest.from_json(_doc())
    data = good.to_json()
    assert Manifest.from_json(data).ids == ["posio"]


@pytest.mark.parametrize(
    ("entry", "field"),
    [({"size": "10"}, "cases[0].size"), ({"evil": 1}, "unknown fields: evil"),
     ({"sha256": "x"}, "cases[0].sha256")],
)  # fmt: skip
def test_bad_entries_name_the_field(entry: dict, field: str) -> None:
    with pytest.raises(ManifestError, match=field.replace("[", r"\[").replace("]", r"\]")):
        Manifest.from_json(_doc(**entry))


def test_nan_is_refused() -> None:
    with pytest.raises(ManifestError, match="NaN"):
        Manifest.from_json(_doc().replace(b'"size": 10', b'"size": NaN'))
