"""Export/import of the user's layer: W3C Web Annotation JSON, merge by id, conflicts
reported with the local version kept, and importing the same file twice changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hyvatkaytannot.core.userstore import StoreError, UserStore

TEXT = "Alku. Kirjasto avattiin uudelleen ja nuoret palasivat. Loppu tässä."


def _fill(store: UserStore) -> None:
    store.tag(["a", "b"], ["teema/alateema", "kestävyys"])
    store.create_tag("väri", colour="#336699")
    store.create_collection("Koulutus", "Järjestys", ["b", "a", "c"])
    store.save_search("Kirjastot", "kirjasto", {"maakunta": ["Lappi"]})
    store.annotate_quote("a", TEXT, "Kirjasto avattiin", "Hyvä **idea**")
    store.annotate_quote("b", TEXT, "nuoret", "")


def _state(store: UserStore) -> dict[str, object]:
    return {
        "tags": [(t.path, t.colour, store.cases_with_tag(t.path, False)) for t in store.tags()],
        "collections": [(c.id, c.title, c.description, c.case_ids) for c in store.collections()],
        "saved": [(s.id, s.name, s.query, s.filters) for s in store.saved_searches()],
        "annotations": [
            (a.id, a.case_id, a.quote, a.prefix, a.suffix, a.start, a.end, a.note, a.status)
            for a in store.annotations()
        ],
    }


@pytest.fixture
def other(tmp_path: Path) -> UserStore:
    s = UserStore.open(tmp_path / "other" / "user.db", tmp_path / "other" / "backups")
    yield s  # type: ignore[misc]
    s.close()


def test_annotations_are_w3c_web_annotations(store: UserStore, tmp_path: Path) -> None:
    _fill(store)
    path = tmp_path / "notes.json"
    store.export_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "hyvatkaytannot-user-layer" and data["version"] == 1
    coll = data["annotations"]
    assert coll["type"] == "AnnotationCollection" and coll["total"] == 2
    first = next(a for a in coll["items"] if a.get("body"))
    assert first["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert first["type"] == "Annotation" and first["id"].startswith("urn:uuid:")
    assert first["body"] == {
        "type": "TextualBody",
        "value": "Hyvä **idea**",
        "format": "text/markdown",
        "purpose": "commenting",
    }
    assert first["target"]["source"] == "urn:hyvatkaytannot:case:a"
    quote, position = first["target"]["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "Kirjasto avattiin",
        "prefix": "Alku. ",
        "suffix": " uudelleen ja nuoret palasivat. Loppu tä",
    }
    assert position == {"type": "TextPositionSelector", "start": 6, "end": 23}
    highlight = next(a for a in coll["items"] if not a.get("body"))
    assert highlight["motivation"] == "highlighting"


def test_round_trip_into_an_empty_store(store: UserStore, other: UserStore) -> None:
    _fill(store)
    report = other.import_data(store.export_data())
    assert report.added["annotations"] == 2 and report.conflicts == []
    assert _state(other) == _state(store)


def test_importing_twice_changes_nothing(store: UserStore, other: UserStore) -> None:
    _fill(store)
    data = store.export_data()
    other.import_data(data)
    dump = list(other.db.conn.iterdump())
    again = other.import_data(data)
    assert not again.changed and again.conflicts == []
    assert list(other.db.conn.iterdump()) == dump
    # Importing one's own export is a no-op too.
    assert not store.import_data(data).changed


def test_conflicts_are_reported_and_local_kept(store: UserStore, other: UserStore) -> None:
    _fill(store)
    data = store.export_data()
    other.import_data(data)
    a = other.annotations("a")[0]
    other.update_note(a.id, "Muokattu täällä")
    coll = other.collections()[0]
    other.move_in_collection(coll.id, "c", 0)
    report = other.import_data(data)
    assert len(report.conflicts) == 2
    assert any(a.id in c for c in report.conflicts)
    assert other.annotation(a.id).note == "Muokattu täällä"
    assert other.collection(coll.id).case_ids == ["c", "b", "a"]


def test_tags_merge_by_path_and_links_are_added(store: UserStore, other: UserStore) -> None:
    other.tag("z", "teema/alateema")  # same path, different id
    store.tag(["a"], ["teema/alateema"])
    other.import_data(store.export_data())
    assert other.tag_counts() == {"teema": 0, "teema/alateema": 2}


def test_a_bare_annotation_collection_from_another_tool(store: UserStore) -> None:
    data = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "items": [
            {
                "id": "urn:uuid:6a9f1d3e-1c2b-4d5e-8f70-123456789abc",
                "type": "Annotation",
                "bodyValue": "Toisen työkalun huomautus",
                "target": {
                    "source": "urn:hyvatkaytannot:case:posio",
                    "selector": {"type": "TextQuoteSelector", "exact": "Kirjasto"},
                },
            },
            {"id": "x", "type": "Annotation", "target": "http://example.org/page"},
        ],
    }
    report = store.import_data(data)
    assert report.added == {"annotations": 1} and len(report.problems) == 1
    [a] = store.annotations("posio")
    note = "Toisen työkalun huomautus"
    assert (a.id, a.note, a.quote) == ("6a9f1d3e1c2b4d5e8f70123456789abc", note, "Kirjasto")
    [r] = store.reanchor("posio", TEXT)
    assert r.status == "moved" and TEXT[r.current_start : r.current_end] == "Kirjasto"  # type: ignore[misc]


def test_bad_files_are_refused_with_a_clear_message(store: UserStore, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "format": "hyvatkaytannot-user-layer",\n  oops\n}', encoding="utf-8")
    with pytest.raises(StoreError, match="broken.json, line 3"):
        store.import_json(broken)
    with pytest.raises(StoreError, match="format"):
        store.import_data({"format": "something-else"})
    with pytest.raises(StoreError, match="newer"):
        store.import_data({"format": "hyvatkaytannot-user-layer", "version": 99})
    assert store.tags() == []


def test_import_is_all_or_nothing(store: UserStore) -> None:
    store.db.execute("PRAGMA query_only=1")
    with pytest.raises(StoreError):
        store.import_data(
            {
                "format": "hyvatkaytannot-user-layer",
                "version": 1,
                "tags": [{"id": "t", "path": "x"}],
            }
        )
    store.db.execute("PRAGMA query_only=0")
    assert store.tags() == []


def test_highlight_colours_go_out_and_come_back(
    store: UserStore, other: UserStore, tmp_path: Path
) -> None:
    _fill(store)
    green, plain = store.annotations()
    store.set_annotation_colour(green.id, "green")
    path = tmp_path / "notes.json"
    store.export_json(path)
    items = json.loads(path.read_text(encoding="utf-8"))["annotations"]["items"]
    by_id = {item["id"].removeprefix("urn:uuid:").replace("-", ""): item for item in items}
    assert by_id[green.id]["hyvatkaytannot:colour"] == "green"
    assert "hyvatkaytannot:colour" not in by_id[plain.id]  # the default highlight
    report = other.import_json(path)  # the file, schema-checked
    assert report.added["annotations"] == 2 and not report.problems
    assert {a.id: a.colour for a in other.annotations()} == {green.id: "green", plain.id: None}
    assert other.import_json(path).changed is False  # twice: nothing new, no conflict


def test_a_different_colour_is_a_conflict_and_the_local_one_is_kept(
    store: UserStore, other: UserStore
) -> None:
    _fill(store)
    first = store.annotations()[0]
    other.import_data(store.export_data())
    other.set_annotation_colour(first.id, "pink")
    store.set_annotation_colour(first.id, "blue")
    report = other.import_data(store.export_data())
    assert any(first.id in c for c in report.conflicts)
    assert {a.id: a.colour for a in other.annotations()}[first.id] == "pink"


def test_a_colour_this_version_lacks_imports_as_the_default_and_says_so(
    store: UserStore, other: UserStore
) -> None:
    _fill(store)
    data = store.export_data()
    item = data["annotations"]["items"][0]
    item["hyvatkaytannot:colour"] = "violet"  # a later version's colour
    report = other.import_data(data)
    assert report.added["annotations"] == 2
    assert any("violet" in p for p in report.problems), report.problems
    assert all(a.colour is None for a in other.annotations())
