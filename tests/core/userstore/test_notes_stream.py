"""Issue 12: a notes file is imported as a stream (notes_stream.py): one entry in memory at a
time, each checked against its schema, one transaction, progress by bytes read. The bad-file
cases of test_import_schema.py run through this path too (`UserStore.import_json`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.userstore import StoreError, UserStore

BASE: dict[str, Any] = {"format": "hyvatkaytannot-user-layer", "version": 1}


def _annotation(i: int, case: str = "posio") -> dict[str, Any]:
    return {
        "id": f"urn:uuid:{i:032x}",
        "type": "Annotation",
        "bodyValue": f"huomio {i}",
        "target": {
            "source": f"urn:hyvatkaytannot:case:{case}",
            "selector": {"type": "TextQuoteSelector", "exact": "Posio"},
        },
    }


def _export(items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {**BASE, **extra, "annotations": {"type": "AnnotationCollection", "items": items}}


def _no_times(dump: Any) -> Any:
    """The dump without the import's own timestamps (the two imports ran moments apart)."""
    if isinstance(dump, dict):
        return {k: _no_times(v) for k, v in dump.items()}
    if isinstance(dump, list | tuple):
        return type(dump)(_no_times(v) for v in dump)
    if isinstance(dump, str) and len(dump) > 20 and dump[:2] == "20" and dump.endswith("Z"):
        return "(time)"
    return dump


def test_streamed_import_equals_the_in_memory_import(
    store: UserStore, tmp_path: Path, user_dump
) -> None:
    store.tag(["a", "b"], ["teema/x", "y"])
    store.add_annotation("a", "Posio on Lapissa.", 0, 5, "huomio")
    store.create_collection("K", "kuvaus", ["a", "b"])
    store.save_search("haku", "elinvoima", {"region": ["Lappi"]})
    out = tmp_path / "e.json"
    store.export_json(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    results = []
    for name, run in (
        ("file", lambda s: s.import_json(out)),
        ("dict", lambda s: s.import_data(data)),
    ):
        with UserStore.open(tmp_path / name / "u.db", tmp_path / name / "b") as s:
            report = run(s)
            results.append((report.added, report.unchanged, report.conflicts))
        results.append(_no_times(user_dump(tmp_path / name / "u.db")))
    assert results[0] == results[2] and results[1] == results[3]
    assert results[0][0] == {
        "tags": 3,
        "tag links": 4,
        "collections": 1,
        "saved searches": 1,
        "annotations": 1,
    }


def test_progress_by_bytes_and_the_cases_it_touched(store: UserStore, tmp_path: Path) -> None:
    path = tmp_path / "n.json"
    items = [_annotation(i, case=f"case-{i % 7}") for i in range(2500)]
    path.write_text(json.dumps(_export(items)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    report = store.import_json(path, progress=lambda done, total: seen.append((done, total)))
    size = path.stat().st_size
    assert report.added == {"annotations": 2500}
    assert report.case_ids == {f"case-{i}" for i in range(7)}
    assert len(seen) == 3 and seen[-1] == (size, size)
    assert all(0 < done <= size and total == size for done, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_error_in_the_last_entry_or_the_envelope_writes_nothing(
    store: UserStore, tmp_path: Path, user_dump
) -> None:
    store.tag("posio", "oma")
    store.close()
    before = user_dump(store.db_path)
    good = [_annotation(i) for i in range(1500)]
    files = {
        "last entry": json.dumps(_export([*good, {**_annotation(9999), "evil": 1}])),
        # An unknown field of the collection comes after its items here: found at the end.
        "envelope": json.dumps({**BASE, "annotations": {"items": good, "label": ["x"]}}),
        "truncated": json.dumps(_export(good))[:-30],
    }
    expect = {
        "last entry": "annotations.items[1500]",
        "envelope": "annotations.label",
        "truncated": "line 1",
    }
    for name, text in files.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        opened = UserStore.open(store.db_path, store.backups_dir)
        with opened as s, pytest.raises(StoreError) as err:
            s.import_json(path)
        assert expect[name] in err.value.en, (name, err.value.en)
        assert "Nothing was written" in err.value.en or "line" in err.value.en
        assert user_dump(store.db_path) == before, name


def test_version_after_the_entries_and_a_bare_collection(store: UserStore, tmp_path: Path) -> None:
    late = tmp_path / "late.json"
    late.write_text(
        json.dumps({"annotations": {"items": [_annotation(1)]}, **BASE}), encoding="utf-8"
    )
    assert store.import_json(late).added == {"annotations": 1}
    bare = tmp_path / "bare.json"
    bare.write_text(
        json.dumps({"items": [_annotation(2)], "type": "AnnotationCollection"}), encoding="utf-8"
    )
    assert store.import_json(bare).added == {"annotations": 1}
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**BASE, "version": 2, "tags": []}), encoding="utf-8")
    with pytest.raises(StoreError, match="newer"):
        store.import_json(newer)


def test_a_long_string_is_refused_while_it_is_read(store: UserStore, tmp_path: Path) -> None:
    """No string over the schema's longest text is kept, in any field (a known one too)."""
    path = tmp_path / "long.json"
    item = {**_annotation(1), "bodyValue": "x" * 300_000}
    path.write_text(json.dumps(_export([item])), encoding="utf-8")
    with pytest.raises(StoreError, match=r"annotations\.items\[0\]\.bodyValue: too long"):
        store.import_json(path)


def test_cli_import_prints_progress_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "n.json"
    path.write_text(json.dumps(_export([_annotation(i) for i in range(3000)])), encoding="utf-8")
    env_dir = tmp_path / "data"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "hyvatkaytannot",
            "--data-dir",
            str(env_dir),
            "import-notes",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HYVATKAYTANNOT_LANG": "fi", **__import__("os").environ},
    )
    assert r.returncode == 0, r.stderr
    assert "3000 annotations" in r.stdout
    assert "100 %" in r.stderr.splitlines()[-1] or "100 %" in r.stderr
