"""Issue 12, fault 6: every imported notes file is checked against its version's schema
before anything is written; each bad file gives an error naming the field and leaves the
user's tables exactly as they were (before/after dump)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.userstore import StoreError, UserStore

BASE: dict[str, Any] = {"format": "hyvatkaytannot-user-layer", "version": 1}

BAD: dict[str, tuple[str, str]] = {
    # name: (file text, the field the error must name)
    "cases as a string": (
        json.dumps({**BASE, "tags": [{"id": "t1", "path": "a", "cases": "posio-yhteistyo"}]}),
        "tags[0].cases",
    ),
    "path as an object": (json.dumps({**BASE, "tags": [{"id": "t1", "path": {"p": 1}}]}), "path"),
    "collection items of any type": (
        json.dumps({**BASE, "collections": [{"id": "c", "title": "x", "cases": [1, None]}]}),
        "collections[0].cases[",
    ),
    "tags as a string": (json.dumps({**BASE, "tags": "abc"}), "field tags"),
    "unknown field": (
        json.dumps({**BASE, "tags": [{"id": "t1", "path": "a", "evil": 1}]}),
        "unknown fields: evil",
    ),
    "huge string": (json.dumps({**BASE, "tags": [{"path": "a" * 2_000_000}]}), "tags[0].path"),
    "NaN": (
        '{"format": "hyvatkaytannot-user-layer", "version": 1, '
        '"tags": [{"path": "a", "colour": NaN}]}',
        "NaN",
    ),
    "deep nesting": ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
    # The first item is fine: nothing of it may be written either.
    "second item bad": (
        json.dumps(
            {
                **BASE,
                "tags": [
                    {"id": "ok", "path": "hyvä", "cases": ["posio"]},
                    {"id": "bad", "path": "x", "cases": [{"a": 1}]},
                ],
            }
        ),
        "tags[1].cases[0]",
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_notes_file_names_the_field_and_writes_nothing(
    name: str, store: UserStore, tmp_path: Path, user_dump
) -> None:
    store.tag("posio", "oma")
    store.add_annotation("posio", "Posio on Lapissa.", 0, 5, "huomio")
    store.close()
    before = user_dump(store.db_path)
    text, field = BAD[name]
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with UserStore.open(store.db_path, store.backups_dir) as s:
        with pytest.raises(StoreError) as err:
            s.import_json(bad)
        assert field in err.value.en, err.value.en
        assert err.value.fi != err.value.en  # Finnish first, English too
    assert user_dump(store.db_path) == before


def test_versioned_schema_refuses_unknown_versions(store: UserStore) -> None:
    with pytest.raises(StoreError, match="newer"):
        store.import_data({**BASE, "version": 2})
    with pytest.raises(StoreError, match="newer"):
        store.import_data({**BASE, "version": True})


def test_export_always_passes_the_schema(store: UserStore, tmp_path: Path) -> None:
    store.tag(["a", "b"], ["teema/x", "y"])
    store.add_annotation("a", "Posio on Lapissa.", 0, 5, "huomio")
    store.create_collection("K", "kuvaus", ["a", "b"])
    store.save_search("haku", "elinvoima", {"region": ["Lappi"]})
    out = tmp_path / "e.json"
    store.export_json(out)
    other = UserStore.open(tmp_path / "o.db", tmp_path / "ob")
    try:
        report = other.import_json(out)
        assert report.added["annotations"] == 1 and report.added["tags"] == 3
    finally:
        other.close()


def test_many_entries_import_with_progress(store: UserStore) -> None:
    items = [
        {
            "id": f"urn:uuid:{i:032x}",
            "type": "Annotation",
            "bodyValue": f"huomio {i}",
            "target": {
                "source": "urn:hyvatkaytannot:case:posio",
                "selector": {"type": "TextQuoteSelector", "exact": "Posio"},
            },
        }
        for i in range(3000)
    ]
    seen: list[tuple[int, int]] = []
    report = store.import_data(
        {**BASE, "annotations": {"type": "AnnotationCollection", "items": items}},
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.added["annotations"] == 3000
    assert seen[0] == (1000, 3000) and seen[-1] == (3000, 3000)
