"""Checksums of every index file, written at commit and verified when the index is opened.

Whoosh reads its column files (`*.id.col`, `*.hit.col`, `_*_len.col`, …) without any check:
a truncated or bit-flipped column either raises deep inside a read (`OSError`,
`UnicodeDecodeError`) or, worse, silently changes the ranking. So after every commit the
writer records size and CRC-32 of each file the search reads (`hk-checksums.json`, written
aside and renamed in), and opening compares them; any difference means damage, and damage
means a rebuild from the Markdown files, never an answer from a wrong index.

CRC-32 (zlib) runs at memory speed, well inside the open budget for a 10,000-case index
(benchmarks/index_checksums.py prints the figure). A commit by another process between its
TOC and its checksums is waited for briefly before it counts as damage.
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


def write_manifest(index_dir: Path) -> None:
    """Record size and CRC-32 of every index file (call after each commit, under the lock)."""
    index_dir = Path(index_dir)
    files = {p.name: [p.stat().st_size, _crc(p)] for p in _index_files(index_dir)}
    tmp = index_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"version": 1, "files": files}), encoding="utf-8")
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
            size = path.stat().st_size
        except OSError:
            if name.endswith(".toc"):
                continue  # an older generation's TOC, deleted by a later commit
            return f"{name} missing"
        if not (isinstance(entry, list) and len(entry) == 2):
            return "checksums unreadable"
        if size != entry[0]:
            return f"{name}: size {size}, expected {entry[0]}"
        try:
            if _crc(path) != entry[1]:
                return f"{name}: checksum mismatch"
        except OSError as e:
            return f"{name}: {e}"
    return None


# The file stats of the folders verified in this process: an unchanged folder (same names,
# sizes, times, inodes) is not read again, so a sync followed by a search pays once.
_verified: dict[Path, tuple[tuple[str, int, int, int], ...]] = {}


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
