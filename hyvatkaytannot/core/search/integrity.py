"""Checksums of every index file, written at commit and verified when the index is opened.

Whoosh reads its column files (`*.id.col`, `*.hit.col`, `_*_len.col`, …) without any check:
a truncated or bit-flipped column either raises deep inside a read (`OSError`,
`UnicodeDecodeError`) or, worse, silently changes the ranking. So after every commit the
writer records size and CRC-32 of each file the search reads (`hk-checksums.json`, written
aside and renamed in), and opening compares them; any difference means damage, and damage
means a rebuild from the Markdown files, never an answer from a wrong index.

CRC-32 (zlib) runs at memory speed (benchmarks/trust_bench.py prints the figure). Whoosh
never rewrites a file once written (a commit adds segment files and a new TOC), so a commit
reads only the files it added: an entry whose size, modification time and inode are unchanged
keeps the checksum recorded when the file was new. Likewise a process verifies each file once
while its stat stays the same. A commit by another process between its TOC and its
checksums is waited for briefly before it counts as damage.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

MANIFEST = "hk-checksums.json"
# Ours (the stamp, the manifest itself) and Whoosh's empty lock file are not index data.
_SKIP_PREFIXES = ("hk-",)
_SKIP_NAMES = {"MAIN_WRITELOCK"}
_CHUNK = 1 << 20
# How long a reader waits for a concurrent writer's checksums (seconds).
STALE_WAIT = 2.0


class IndexDamaged(Exception):
    """An index file does not match its checksum (or the checksums are missing)."""


def _index_files(index_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in index_dir.iterdir()
        if p.is_file()
        and p.name not in _SKIP_NAMES
        and not p.name.startswith(_SKIP_PREFIXES)
        and not p.name.endswith(".tmp")
    )


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def _stat_key(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def write_manifest(index_dir: Path) -> None:
    """Record size and CRC-32 of every index file (call after each commit, under the lock).

    Entries are [size, crc, mtime_ns, inode]: a file whose stat is unchanged since the last
    manifest keeps its recorded checksum, so a one-case commit reads only its new files."""
    index_dir = Path(index_dir)
    old = _read_manifest(index_dir) or {}
    files: dict[str, list[int]] = {}
    for p in _index_files(index_dir):
        st = p.stat()
        key = _stat_key(st)
        entry = old.get(p.name)
        if isinstance(entry, list) and len(entry) == 4 and tuple(entry[:1] + entry[2:]) == key:
            files[p.name] = entry
        else:
            files[p.name] = [st.st_size, _crc(p), st.st_mtime_ns, st.st_ino]
    tmp = index_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"version": 2, "files": files}), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)


def _read_manifest(index_dir: Path) -> dict[str, list[int]] | None:
    try:
        data = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(files, dict):
        return None
    return files


# The file stats of the folders verified in this process: an unchanged folder (same names,
# sizes, times, inodes) is not read again, so a sync followed by a search pays once.
_verified: dict[Path, tuple[tuple[str, int, int, int], ...]] = {}
# Per file: (size, mtime_ns, inode, crc) when it last matched; after a commit only the files
# it added are read again.
_verified_files: dict[Path, tuple[int, int, int, int]] = {}


def forget_verified() -> None:
    """Check every file again at the next open, as a new process would."""
    _verified.clear()
    _verified_files.clear()


def _problem(index_dir: Path) -> str | None:
    files = _read_manifest(index_dir)
    if files is None:
        return "checksums missing or unreadable"
    tocs = {p.name for p in index_dir.glob("_MAIN_*.toc")}
    if not tocs <= set(files):
        return "stale"
    for name, entry in files.items():
        path = index_dir / name
        try:
            st = path.stat()
        except OSError:
            if name.endswith(".toc"):
                continue  # an older generation's TOC, deleted by a later commit
            return f"{name} missing"
        if not (isinstance(entry, list) and len(entry) in (2, 4)):
            return "checksums unreadable"
        if st.st_size != entry[0]:
            return f"{name}: size {st.st_size}, expected {entry[0]}"
        seen = (*_stat_key(st), entry[1])
        if _verified_files.get(path) == seen:
            continue  # checked in this process against the same checksum, stat unchanged
        try:
            if _crc(path) != entry[1]:
                return f"{name}: checksum mismatch"
        except OSError as e:
            return f"{name}: {e}"
        _verified_files[path] = seen
    return None


def _fingerprint(index_dir: Path) -> tuple[tuple[str, int, int, int], ...]:
    out = []
    for p in sorted(index_dir.iterdir()):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append((p.name, st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


def verify(index_dir: Path) -> None:
    """Raise `IndexDamaged` unless every index file matches its recorded checksum."""
    index_dir = Path(index_dir)
    try:
        before = _fingerprint(index_dir)
    except OSError as e:
        raise IndexDamaged(str(e)) from e
    if _verified.get(index_dir) == before:
        return
    deadline = time.monotonic() + STALE_WAIT
    while True:
        problem = _problem(index_dir)
        if problem is None:
            _verified[index_dir] = before
            return
        # Another process may have committed and be writing its checksums: wait a moment.
        racing = problem == "stale" or problem.endswith(" missing")
        if not racing or time.monotonic() >= deadline:
            raise IndexDamaged(problem)
        time.sleep(0.05)
