"""A damaged index is never fatal: each kind of damage on a real index, then sync or search."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex
from hyvatkaytannot.core.search.index import NOTICE_REBUILT

from .conftest import cancel_after


def _segment_file(index_dir: Path, suffix: str) -> Path:
    # Segments are written as separate files (.trm terms, .pst postings, *.col columns).
    found = sorted(index_dir.glob(f"*{suffix}"))
    assert found, sorted(p.name for p in index_dir.iterdir())
    return found[0]


def delete_segment(index_dir: Path) -> None:
    _segment_file(index_dir, ".trm").unlink()


def delete_stored_fields(index_dir: Path) -> None:
    _segment_file(index_dir, "._stored.col").unlink()


def truncate_segment(index_dir: Path) -> None:
    pst = _segment_file(index_dir, ".pst")
    data = pst.read_bytes()
    pst.write_bytes(data[: len(data) // 2])


def truncate_toc(index_dir: Path) -> None:
    # What a power cut on a filesystem without atomic renames can leave.
    toc = sorted(index_dir.glob("_MAIN_*.toc"))[-1]
    toc.write_bytes(toc.read_bytes()[:40])


def empty_folder(index_dir: Path) -> None:
    for f in index_dir.iterdir():
        f.unlink()


def garble_segment(index_dir: Path) -> None:
    trm = _segment_file(index_dir, ".trm")
    data = bytearray(trm.read_bytes())
    for i in range(0, len(data), 7):
        data[i] = (data[i] + 101) % 256
    trm.write_bytes(bytes(data))


def delete_stamp(index_dir: Path) -> None:
    (index_dir / "hk-stamp.json").unlink()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing segment": delete_segment,
    "missing stored fields": delete_stored_fields,
    "truncated segment": truncate_segment,
    "garbled segment": garble_segment,
    "truncated table of contents": truncate_toc,
    "emptied folder": empty_folder,
    "missing stamp": delete_stamp,
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_sync_rebuilds_a_damaged_index(
    kind: str,
    synced: SearchIndex,
    index_dir: Path,
    cases: dict[str, Case],
    user_layer_none: Any,
) -> None:
    synced.close()
    DAMAGE[kind](index_dir)
    report = synced.sync(cases, user_layer_none)
    assert report.rebuilt
    # An emptied folder is indistinguishable from a missing index: rebuilt, not "recovered".
    assert report.recovered == (kind != "emptied folder")
    assert synced.search("Coronaria").total == 1
    assert synced.search("").total == 6
    # The rebuilt index is healthy: the next sync has nothing to do.
    again = synced.sync(cases, user_layer_none)
    assert not again.rebuilt and again.unchanged == 6


@pytest.mark.parametrize("kind", ["missing segment", "truncated segment", "garbled segment"])
def test_search_recovers_and_tells_the_user(
    kind: str, synced: SearchIndex, index_dir: Path
) -> None:
    synced.close()  # the next search opens the files again
    DAMAGE[kind](index_dir)
    resp = synced.search("Coronaria")
    assert resp.notice == NOTICE_REBUILT.shown()
    assert [h.id for h in resp.hits] == ["posio-yhteistyo"]
    assert synced.recovered
    assert synced.search("Coronaria").notice is None


def test_search_without_known_cases_reports_damage(
    synced: SearchIndex, index_dir: Path, tmp_path: Path
) -> None:
    fresh = SearchIndex(index_dir)  # e.g. another process that never synced
    try:
        delete_segment(index_dir)
        resp = fresh.search("Coronaria")
        assert resp.total == 0 and resp.notice and "vioittunut" in resp.notice
    finally:
        fresh.close()


CRASHING_WRITER = """
import os, sys
from pathlib import Path
from whoosh.filedb.filestore import FileStorage
sys.path.insert(0, {tests!r})
from hyvatkaytannot.core.search import SearchIndex
from hyvatkaytannot.core.loader.parse import parse_file

case, problems = parse_file(Path({path!r}))
real_rename = FileStorage.rename_file

def crash(self, old, new, safe=False):
    # Segment files are written; the table of contents is about to be swapped in.
    print("crashing", flush=True)
    os.kill(os.getpid(), 9)

FileStorage.rename_file = crash
SearchIndex(Path({index_dir!r})).update_case(case, lambda cid: (["kaatui"], []))
"""


def test_crash_mid_commit(
    synced: SearchIndex,
    index_dir: Path,
    library: Path,
    cases: dict[str, Case],
    case_files: Any,
    user_layer_none: Any,
) -> None:
    path = case_files.write(
        library, "kuopio-kirjasto", "Kirjastoauto kylille", "Kirjastoauto kiersi kylissä."
    )
    code = CRASHING_WRITER.format(
        tests=str(Path(__file__).parent), path=str(path), index_dir=str(index_dir)
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "crashing" in proc.stdout
    # Half-written segment files are left behind, but the index still answers...
    synced.close()
    assert synced.search("Coronaria").total == 1
    assert synced.search("kirjastoauto").total == 0
    # ...the lock died with the process, and the next sync adds the case.
    report = synced.sync(case_files.load_folder(library), user_layer_none)
    assert report.added == 1 and not report.rebuilt
    assert [h.id for h in synced.search("kirjastoauto").hits] == ["kuopio-kirjasto"]


def test_crash_during_rebuild_keeps_the_old_index(
    synced: SearchIndex, index_dir: Path, cases: dict[str, Case], user_layer_none: Any
) -> None:
    # A rebuild is written aside: if it dies, the old index is untouched and the leftover
    # folder is cleaned up by the next rebuild.
    aside = index_dir.with_name(index_dir.name + ".new")
    aside.mkdir()
    (aside / "_MAIN_1.toc").write_bytes(b"half")

    report = synced.sync(cases, user_layer_none, rebuild=True, cancel=cancel_after(3))
    assert report.cancelled
    assert synced.search("").total == 6
    assert not aside.exists()
    assert os.listdir(index_dir)
