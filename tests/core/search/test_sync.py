"""Incremental indexing: only what changed is written; versions; one writer at a time."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import IndexBusy, SearchIndex
from hyvatkaytannot.core.search.indexer import indexed_signatures
from hyvatkaytannot.core.search.locking import WriterLock
from hyvatkaytannot.core.search.store import STAMP_NAME


def ids(resp: Any) -> list[str]:
    return [h.id for h in resp.hits]


def signatures(index_dir: Path) -> dict[str, str]:
    from whoosh import index as windex

    ix = windex.open_dir(str(index_dir))
    try:
        return indexed_signatures(ix)
    finally:
        ix.close()


def test_first_sync_builds_then_nothing_to_do(
    search_index: SearchIndex, cases: dict[str, Case], user_layer_none: Any
) -> None:
    first = search_index.sync(cases, user_layer_none)
    assert first.rebuilt and first.rebuilt_reason == "missing" and first.added == 6
    second = search_index.sync(cases, user_layer_none)
    assert not second.rebuilt
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 6)


def test_edit_reindexes_only_that_case(
    synced: SearchIndex, library: Path, index_dir: Path, case_files: Any, user_layer_none: Any
) -> None:
    before = signatures(index_dir)
    path = library / "porvoo-oljyntorjunta.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("saaristossa", "saaristossa ja Pellingissä"),
        encoding="utf-8",
    )
    cases = case_files.load_folder(library)
    report = synced.sync(cases, user_layer_none)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 5)
    after = signatures(index_dir)
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {"porvoo-oljyntorjunta"}
    assert ids(synced.search("Pellingissä")) == ["porvoo-oljyntorjunta"]


def test_add_rename_delete(
    synced: SearchIndex, library: Path, case_files: Any, user_layer_none: Any
) -> None:
    # Add
    case_files.write(
        library,
        "kuopio-kirjasto",
        "Kirjastoauto kylille",
        "## Toteutus\nKirjastoauto kiersi kylissä.",
        municipalities=["Kuopio"],
    )
    report = synced.sync(case_files.load_folder(library), user_layer_none)
    assert (report.added, report.updated, report.removed) == (1, 0, 0)
    assert ids(synced.search("kirjastoauto")) == ["kuopio-kirjasto"]

    # Rename the file (same id, new path): re-written so hits point at the new path.
    old = library / "kuopio-kirjasto.md"
    new = library / "kuopio-kirjastoauto.md"
    old.rename(new)
    report = synced.sync(case_files.load_folder(library), user_layer_none)
    assert (report.added, report.updated, report.removed) == (0, 1, 0)
    assert synced.search("kirjastoauto").hits[0].path == str(new)

    # Change the id: the old document goes, the new one comes.
    new.write_text(
        new.read_text(encoding="utf-8").replace("id: kuopio-kirjasto", "id: kuopio-kirjastoauto"),
        encoding="utf-8",
    )
    report = synced.sync(case_files.load_folder(library), user_layer_none)
    assert (report.added, report.updated, report.removed) == (1, 0, 1)
    assert ids(synced.search("kirjastoauto")) == ["kuopio-kirjastoauto"]

    # Delete
    new.unlink()
    report = synced.sync(case_files.load_folder(library), user_layer_none)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 1, 6)
    assert synced.search("kirjastoauto").total == 0


def test_update_case_and_remove_case(
    synced: SearchIndex, library: Path, index_dir: Path, case_files: Any
) -> None:
    before = signatures(index_dir)
    case = case_files.load(library / "posio-yhteistyo.md")
    synced.update_case(case, lambda cid: (["Tärkeä"], ["soita kunnanjohtajalle"]))
    after = signatures(index_dir)
    assert {k for k in after if after[k] != before[k]} == {"posio-yhteistyo"}
    assert ids(synced.search("kunnanjohtajalle")) == ["posio-yhteistyo"]
    assert ids(synced.search("tunniste:tärkeä")) == ["posio-yhteistyo"]

    synced.remove_case("posio-yhteistyo")
    assert synced.search("Coronaria").total == 0
    assert set(signatures(index_dir)) == set(before) - {"posio-yhteistyo"}


def test_version_change_rebuilds(
    synced: SearchIndex, index_dir: Path, cases: dict[str, Case], user_layer_none: Any
) -> None:
    stamp_file = index_dir / STAMP_NAME
    stamp = json.loads(stamp_file.read_text())
    stamp["analyzer"] = "fi-0-old"
    stamp_file.write_text(json.dumps(stamp))
    report = synced.sync(cases, user_layer_none)
    assert report.rebuilt and report.rebuilt_reason and report.rebuilt_reason.startswith("version")
    assert not report.recovered
    assert json.loads(stamp_file.read_text())["analyzer"] == synced.stamp["analyzer"]
    assert synced.search("Coronaria").total == 1


def test_forced_rebuild(synced: SearchIndex, cases: dict[str, Case], user_layer_none: Any) -> None:
    report = synced.sync(cases, user_layer_none, rebuild=True)
    assert report.rebuilt and report.added == 6
    assert synced.search("").total == 6


def test_progress_and_cancel(
    search_index: SearchIndex, index_dir: Path, cases: dict[str, Case], user_layer_none: Any
) -> None:
    seen: list[tuple[int, int]] = []
    report = search_index.sync(
        cases, user_layer_none, progress=lambda d, t, _m: seen.append((d, t)), cancel=lambda: True
    )
    assert report.cancelled
    # A cancelled first build leaves no half index behind.
    assert search_index.search("").total == 0
    report = search_index.sync(
        cases, user_layer_none, progress=lambda d, t, _m: seen.append((d, t))
    )
    assert not report.cancelled and seen and seen[-1] == (6, 6)


def test_second_writer_in_this_process_gets_busy(
    synced: SearchIndex, index_dir: Path, cases: dict[str, Case], user_layer_none: Any
) -> None:
    other = SearchIndex(index_dir, write_timeout=0.2)
    try:
        with WriterLock(synced.lock_path):
            with pytest.raises(IndexBusy, match="busy"):
                other.sync(cases, user_layer_none)
            # From another thread too.
            errors: list[BaseException] = []

            def write() -> None:
                try:
                    other.remove_case("posio-yhteistyo")
                except BaseException as e:  # noqa: BLE001
                    errors.append(e)

            t = threading.Thread(target=write)
            t.start()
            t.join()
            assert errors and isinstance(errors[0], IndexBusy)
        # Once the lock is free the writer goes through.
        other.remove_case("posio-yhteistyo")
        assert synced.search("Coronaria").total == 0
    finally:
        other.close()


def test_second_writer_in_another_process_gets_busy(synced: SearchIndex, index_dir: Path) -> None:
    code = f"""
import sys, time
from pathlib import Path
from hyvatkaytannot.core.search.locking import WriterLock
with WriterLock(Path({str(synced.lock_path)!r})):
    print("locked", flush=True)
    sys.stdin.readline()
"""
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        busy = SearchIndex(index_dir, write_timeout=0.2)
        with pytest.raises(IndexBusy):
            busy.remove_case("posio-yhteistyo")
        busy.close()
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=30)
    # The lock died with the process: writing works again. Searching never needed it.
    synced.remove_case("posio-yhteistyo")
    assert synced.search("Coronaria").total == 0


def test_writer_waits_for_a_short_lock(
    synced: SearchIndex, cases: dict[str, Case], user_layer_none: Any
) -> None:
    lock = WriterLock(synced.lock_path)
    lock.__enter__()
    timer = threading.Timer(0.3, lock.__exit__, args=(None, None, None))
    timer.start()
    report = synced.sync(cases, user_layer_none)  # default timeout: waits
    timer.join()
    assert report.unchanged == 6


def test_user_layer_failure_is_reported_not_fatal(
    search_index: SearchIndex, cases: dict[str, Case]
) -> None:
    def broken(case_id: str) -> tuple[list[str], list[str]]:
        raise RuntimeError("database is locked")

    report = search_index.sync(cases, broken)
    assert report.added == 6 and len(report.problems) == 6
    assert "database is locked" in report.problems[0]


def test_facets_and_sorting_stay_right_across_segments(
    synced: SearchIndex, library: Path, case_files: Any
) -> None:
    before = synced.search("", sort="title")
    # Each change adds a segment (or merges); cached per-segment data must stay consistent.
    synced.update_case(case_files.load(library / "posio-yhteistyo.md"), lambda c: (["A"], []))
    synced.remove_case("aanekoski-vesihuolto")
    synced.update_case(case_files.load(library / "ylojarvi-etakokoukset.md"), lambda c: (["A"], []))
    after = synced.search("", sort="title")
    assert [h.id for h in after.hits] == [
        h.id for h in before.hits if h.id != "aanekoski-vesihuolto"
    ]
    assert dict(after.facets["tag"]) == {"A": 2}
    assert dict(after.facets["region"]) == {
        "Pirkanmaa": 2,
        "Lappi": 1,
        "Etelä-Pohjanmaa": 1,
        "Uusimaa": 1,
    }
    newest = [h.id for h in synced.search("", sort="newest").hits]
    assert newest[0] == "porvoo-oljyntorjunta" and newest[-1] == "suupohja-seutustrategia"
