"""Issue 12, fault 4: every file of the index is checksummed at commit and verified at open;
any single-file damage (zero length, one flipped bit, truncation) rebuilds the index and the
answers are the same as before the damage, in the same order with the same scores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex, integrity

from .conftest import no_user_layer

QUERIES = ["kunta", "elinvoima", "yhteistyö", "kirjasto OR nuoret", ""]


def _answers(ix: SearchIndex) -> list[list[tuple[str, float]]]:
    out = []
    for q in QUERIES:
        resp = ix.search(q, limit=50, snippets=False, facets=False)
        out.append([(h.id, h.score) for h in resp.hits])
    return out


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-1])


DAMAGES = {"zero-length": _zero, "bit flip": _flip, "truncated": _truncate}


def _index_files(index_dir: Path) -> list[str]:
    return [p.name for p in integrity._index_files(index_dir) if p.stat().st_size > 0]


def test_every_single_file_damage_is_caught_and_rebuilt(
    synced: SearchIndex, cases: dict[str, Case], index_dir: Path
) -> None:
    expected = _answers(synced)
    assert any(expected)
    names = _index_files(index_dir)
    assert any(n.endswith(".id.col") for n in names)
    assert any(n.endswith("_body_len.col") for n in names)
    tried = 0
    for name in names:
        for kind, damage in DAMAGES.items():
            target = next(index_dir.glob(f"*{name.split('.', 1)[1]}"), None)
            if target is None or target.stat().st_size == 0:
                continue
            damage(target)
            # The CLI's path: sync (incremental) first, then search.
            report = synced.sync(cases, no_user_layer)
            assert report.recovered, (name, kind, report)
            assert _answers(synced) == expected, (name, kind)
            tried += 1
    assert tried >= 2 * len(names)


def test_damage_found_at_open_rebuilds_before_answering(
    synced: SearchIndex, cases: dict[str, Case], index_dir: Path
) -> None:
    expected = _answers(synced)
    synced.close()
    _flip(next(index_dir.glob("*._body_len.col")))
    integrity.forget_verified()  # a new process would not have verified this folder yet
    resp = synced.search("kunta", limit=50, snippets=False, facets=False)
    assert resp.notice and "rakennettiin uudelleen" in resp.notice
    assert _answers(synced) == expected


def test_zero_length_id_column_via_the_cli(tmp_path: Path) -> None:
    """The acceptance case: a zero-length `*.id.col` gives the same results as before."""
    data = tmp_path / "data"
    env = {**os.environ, "HYVATKAYTANNOT_DATA_DIR": str(data)}

    def search() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "hyvatkaytannot", "search", "--json", "--limit", "50", "kunta"],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )

    before = search()
    assert before.returncode == 0, before.stderr
    col = next((data / "index").glob("*.id.col"))
    col.write_bytes(b"")
    after = search()
    assert after.returncode == 0 and "Traceback" not in after.stderr, after.stderr
    # Rebuilt before the answer, and the user is told so (in Finnish, the default).
    assert "rakennettiin uudelleen tapauskuvauksista ennen vastausta" in after.stderr
    assert "rakennettiin" not in before.stderr
    import json

    def hits(out: str) -> list[tuple[str, float]]:
        return [(h["id"], h["score"]) for h in json.loads(out)["hits"]]

    assert hits(after.stdout) == hits(before.stdout)
    assert next((data / "index").glob("*.id.col")).stat().st_size > 0


def test_checksums_are_written_at_every_commit(
    synced: SearchIndex, cases: dict[str, Case], index_dir: Path
) -> None:
    integrity.verify(index_dir)
    some = next(iter(cases.values()))
    synced.update_case(some, no_user_layer)
    integrity.forget_verified()
    integrity.verify(index_dir)  # the commit rewrote the checksums
    synced.remove_case(some.id)
    integrity.forget_verified()
    integrity.verify(index_dir)


def test_missing_checksums_count_as_damage(synced: SearchIndex, index_dir: Path) -> None:
    (index_dir / integrity.MANIFEST).unlink()
    integrity.forget_verified()
    with pytest.raises(integrity.IndexDamaged):
        integrity.verify(index_dir)


def test_a_commit_reads_only_new_files_and_silent_damage_is_still_caught(
    synced: SearchIndex, index_dir: Path
) -> None:
    """Whoosh never rewrites a file: a commit keeps the recorded checksum of every file whose
    stat is unchanged. A bit flip that leaves size, time and inode as they were (damage on the
    disk itself) keeps the old, right checksum, so the next process still finds it."""
    import json

    manifest = index_dir / integrity.MANIFEST
    before = json.loads(manifest.read_text())["files"]
    victim = next(p for p in integrity._index_files(index_dir) if p.name.endswith(".id.col"))
    st = victim.stat()
    with open(victim, "r+b") as f:  # same inode, same size
        data = bytearray(f.read())
        data[len(data) // 2] ^= 0x10
        f.seek(0)
        f.write(bytes(data))
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    integrity.write_manifest(index_dir)  # the next commit
    after = json.loads(manifest.read_text())["files"]
    assert after[victim.name] == before[victim.name]  # carried over, not re-read
    integrity.forget_verified()
    with pytest.raises(integrity.IndexDamaged, match="checksum mismatch"):
        integrity.verify(index_dir)


def test_lazy_open_hashes_each_file_before_its_first_read(
    synced: SearchIndex,
    cases: dict[str, Case],
    index_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A very large index is checked file by file as the search first maps each one: damage
    in every kind of file, found by a fresh reader (a new process), never gives a different
    answer, and a damaged file that the query reads rebuilds the index first."""
    expected = _answers(synced)
    synced.close()
    monkeypatch.setattr(integrity, "LAZY_FROM_BYTES", 0)
    names = _index_files(index_dir)
    rebuilt = set()
    for name in names:
        suffix = name.split(".", 1)[1]
        for kind, damage in DAMAGES.items():
            target = next(index_dir.glob(f"*{suffix}"), None)
            if target is None or target.stat().st_size == 0:
                continue
            damage(target)
            integrity.forget_verified()
            fresh = SearchIndex(index_dir, tmp_path / "data" / "analysis-cache.sqlite")
            fresh._cases, fresh._user_layer = cases, no_user_layer
            try:
                assert _answers(fresh) == expected, (name, kind)
                if fresh.recovered:
                    rebuilt.add(suffix)
            finally:
                fresh.close()
            if not fresh.recovered:
                # Not read by these queries: the next full check (a sync) finds it.
                with pytest.raises(integrity.IndexDamaged):
                    integrity.verify(index_dir)
                SearchIndex(index_dir, tmp_path / "x.sqlite").sync(cases, no_user_layer)
    # The files every query reads are hashed before use and their damage rebuilds.
    assert {"trm", "pst", "_body_len.col", "id.col"} <= rebuilt, rebuilt


def test_file_added_after_open_is_checked_before_it_is_mapped(
    synced: SearchIndex, cases: dict[str, Case], index_dir: Path
) -> None:
    """A commit after the searcher opened adds segment files; the reopened searcher checks
    them against the new manifest before reading (a damaged one raises, never answers)."""
    synced.search("kunta")
    some = next(iter(cases.values()))
    synced.update_case(some, no_user_layer)  # a new segment, checked as it is mapped
    assert synced.search("kunta").hits
    newest = max(integrity._index_files(index_dir), key=lambda p: p.stat().st_mtime_ns)
    _flip(newest)
    with pytest.raises(integrity.IndexDamaged):
        integrity.check_file(newest)
    unknown = index_dir / ("MAIN_unknown" + newest.name.split(".", 1)[0][-1:] + ".pst")
    unknown.write_bytes(b"x")
    monkeypatch_wait = integrity.STALE_WAIT
    integrity.STALE_WAIT = 0.1
    try:
        with pytest.raises(integrity.IndexDamaged, match="no checksum recorded"):
            integrity.check_file(unknown)
    finally:
        integrity.STALE_WAIT = monkeypatch_wait


def test_a_crc32_manifest_of_an_older_version_still_verifies(
    synced: SearchIndex, index_dir: Path
) -> None:
    """Manifests written by the previous release (version 2, CRC-32) are verified as they
    are, so an upgrade does not rebuild the index; damage is still found."""
    import json
    import zlib

    files = {}
    for p in integrity._index_files(index_dir):
        st = p.stat()
        files[p.name] = [st.st_size, zlib.crc32(p.read_bytes()), st.st_mtime_ns, st.st_ino]
    (index_dir / integrity.MANIFEST).write_text(json.dumps({"version": 2, "files": files}))
    integrity.forget_verified()
    integrity.verify(index_dir)
    victim = next(index_dir.glob("*.id.col"))
    _flip(victim)
    integrity.forget_verified()
    with pytest.raises(integrity.IndexDamaged):
        integrity.verify(index_dir)
    # The next commit writes the current version, hashing every file anew.
    victim.unlink()
    integrity.write_manifest(index_dir)
    assert json.loads((index_dir / integrity.MANIFEST).read_text())["version"] == 3
