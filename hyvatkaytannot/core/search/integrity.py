"""Checksums of every index file, written at commit and verified before the file is used.

Whoosh reads its column files (`*.id.col`, `*.hit.col`, `_*_len.col`, …) without any check:
a truncated or bit-flipped column either raises deep inside a read (`OSError`,
`UnicodeDecodeError`) or, worse, silently changes the ranking. So after every commit the
writer records size and hash of each file the search reads (`hk-checksums.json`, written
aside and renamed in); any difference means damage, and damage means a rebuild from the
Markdown files, never an answer from a wrong index.

Speed (benchmarks/trust_bench.py prints the figures): the hash is XXH3-64 (xxhash, a C
library running at memory speed; zlib's CRC-32 ran at a third of that and was most of the
cost), fed through one reused buffer rather than a fresh copy of each file. Manifests of
version 2 (CRC-32) are still verified, so an upgrade does not force a rebuild.

Two ways to verify:
- `verify(dir)`: every file now. The writer's path (sync reads id and signature columns
  through Whoosh's own storage, which we do not hook).
- `check_file(path)`: one file, against the manifest. The search storage (mmapstore.py)
  runs it before it maps any file, so a file is never read unchecked, also one that a
  commit by another process added after the open.
- `verify(dir, lazy=None)`: the searcher's open. Up to LAZY_FROM_BYTES every file is hashed
  at open, so any damage rebuilds at once. A larger index (the open budget allows no full
  read) is checked lazily: the manifest, that it covers the current TOC, each file's
  presence and size now; each file is hashed by `check_file` before its first read, so
  stored fields and rarely used columns are paid for when a query first needs them.
  Damage in a file no query has read yet is found when one does: never an answer from it.

Whoosh never rewrites a file once written (a commit adds segment files and a new TOC), so a
commit hashes only the files it added: an entry whose size, modification time and inode are
unchanged keeps the hash recorded when the file was new. Likewise a process verifies each
file once while its stat stays the same. A commit by another process between its TOC and its
checksums is waited for briefly before it counts as damage.
"""

from __future__ import annotations

import json
import os
import threading
import time
import zlib
from pathlib import Path

import xxhash

MANIFEST = "hk-checksums.json"
VERSION = 3  # entries hold XXH3-64; version 2 held CRC-32
# Ours (the stamp, the manifest itself) and Whoosh's empty lock file are not index data.
_SKIP_PREFIXES = ("hk-",)
_SKIP_NAMES = {"MAIN_WRITELOCK"}
# Small enough to stay in the CPU cache while it is hashed, large enough for few reads.
_BUFFER = 1 << 18
# Above this size the search hashes each file when it first maps it, not all at open
# (about 30,000 cases; the open then costs a stat per file).
LAZY_FROM_BYTES = 512 * 2**20
# How long a reader waits for a concurrent writer's checksums (seconds).
STALE_WAIT = 2.0

Entry = list[int]  # [size, hash, mtime_ns, inode]


class IndexDamaged(Exception):
    """An index file does not match its checksum (or the checksums are missing)."""


class IndexNeedsRebuild(Exception):
    """A search found the index damaged and its caller rebuilds it in the background, with
    progress, answering only when that is done (the GUI; `SearchIndex.rebuild_on_damage`
    False). The CLI rebuilds inside the search instead, then answers."""


def _index_files(index_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in index_dir.iterdir()
        if p.is_file()
        and p.name not in _SKIP_NAMES
        and not p.name.startswith(_SKIP_PREFIXES)
        and not p.name.endswith(".tmp")
    )


def _digest(path: Path, version: int = VERSION) -> int:
    buf = memoryview(bytearray(_BUFFER))
    with open(path, "rb", buffering=0) as f:
        if version == 2:
            crc = 0
            while n := f.readinto(buf):
                crc = zlib.crc32(buf[:n], crc)
            return crc
        h = xxhash.xxh3_64()
        while n := f.readinto(buf):
            h.update(buf[:n])
        return int(h.intdigest())


def _stat_key(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def write_manifest(index_dir: Path) -> None:
    """Record size and hash of every index file (call after each commit, under the lock).

    Entries are [size, hash, mtime_ns, inode]: a file whose stat is unchanged since the last
    manifest keeps its recorded hash, so a one-case commit reads only its new files."""
    index_dir = Path(index_dir)
    version, old = _read_manifest(index_dir) or (0, {})
    if version != VERSION:
        old = {}  # an older hash: everything is hashed anew
    files: dict[str, Entry] = {}
    for p in _index_files(index_dir):
        st = p.stat()
        key = _stat_key(st)
        entry = old.get(p.name)
        if isinstance(entry, list) and len(entry) == 4 and tuple(entry[:1] + entry[2:]) == key:
            files[p.name] = entry
        else:
            files[p.name] = [st.st_size, _digest(p), st.st_mtime_ns, st.st_ino]
    tmp = index_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"version": VERSION, "files": files}), encoding="utf-8")
    os.replace(tmp, index_dir / MANIFEST)


def _read_manifest(index_dir: Path) -> tuple[int, dict[str, Entry]] | None:
    try:
        data = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
        files, version = data["files"], data["version"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(files, dict) or version not in (2, VERSION):
        return None
    return version, files


# The file stats of the folders verified in this process: an unchanged folder (same names,
# sizes, times, inodes) is not looked at again, so a sync followed by a search pays once.
# The value says whether that check was lazy (files left to `check_file`).
_verified: dict[Path, tuple[tuple[tuple[str, int, int, int], ...], bool]] = {}
# Per file: (size, mtime_ns, inode, hash) when it last matched; after a commit only the files
# it added are read again.
_verified_files: dict[Path, tuple[int, int, int, int]] = {}
# Per folder: the manifest the lazy checks compare against, with the stat it was read at.
_manifests: dict[Path, tuple[tuple[int, int, int], int, dict[str, Entry]]] = {}
_lock = threading.Lock()


def forget_verified() -> None:
    """Check every file again at the next open, as a new process would."""
    with _lock:
        _verified.clear()
        _verified_files.clear()
        _manifests.clear()


def _check_one(path: Path, entry: object, version: int, hash_it: bool) -> str | None:
    name = path.name
    try:
        st = path.stat()
    except OSError:
        if name.endswith(".toc"):
            return None  # an older generation's TOC, deleted by a later commit
        return f"{name} missing"
    if not (isinstance(entry, list) and len(entry) in (2, 4)):
        return "checksums unreadable"
    if st.st_size != entry[0]:
        return f"{name}: size {st.st_size}, expected {entry[0]}"
    if not hash_it:
        return None
    seen = (*_stat_key(st), entry[1])
    if _verified_files.get(path) == seen:
        return None  # checked in this process against the same hash, stat unchanged
    try:
        if _digest(path, version) != entry[1]:
            return f"{name}: checksum mismatch"
    except OSError as e:
        return f"{name}: {e}"
    _verified_files[path] = seen
    return None


def _problem(index_dir: Path, lazy: bool) -> str | None:
    manifest = _read_manifest(index_dir)
    if manifest is None:
        return "checksums missing or unreadable"
    version, files = manifest
    tocs = {p.name for p in index_dir.glob("_MAIN_*.toc")}
    if not tocs <= set(files):
        return "stale"
    for name, entry in files.items():
        # The TOC is read at open, before any storage hook: always hashed.
        problem = _check_one(index_dir / name, entry, version, not lazy or name.endswith(".toc"))
        if problem:
            return problem
    try:
        _manifests[index_dir] = (_stat_key((index_dir / MANIFEST).stat()), version, files)
    except OSError:
        _manifests.pop(index_dir, None)  # replaced meanwhile: `check_file` reads it again
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


def verify(index_dir: Path, lazy: bool | None = False) -> None:
    """Raise `IndexDamaged` unless every index file matches its recorded checksum.

    lazy=True: check sizes now and leave the hashing of each file to `check_file`, which the
    caller must run before it reads the file (the search storage does). lazy=None: lazy only
    for an index larger than LAZY_FROM_BYTES."""
    index_dir = Path(index_dir)
    with _lock:
        try:
            before = _fingerprint(index_dir)
        except OSError as e:
            raise IndexDamaged(str(e)) from e
        if lazy is None:
            lazy = sum(size for _name, size, _t, _i in before) > LAZY_FROM_BYTES
        done = _verified.get(index_dir)
        if done is not None and done[0] == before and (lazy or not done[1]):
            return
        deadline = time.monotonic() + STALE_WAIT
        while True:
            problem = _problem(index_dir, lazy)
            if problem is None:
                _verified[index_dir] = (before, lazy)
                return
            # Another process may have committed and be writing its checksums: wait a moment.
            racing = problem == "stale" or problem.endswith(" missing")
            if not racing or time.monotonic() >= deadline:
                raise IndexDamaged(problem)
            time.sleep(0.05)


def check_file(path: Path) -> None:
    """Raise `IndexDamaged` unless this index file matches the manifest read by the last
    `verify` of its folder (lazy or not). Run before the first read of each file."""
    path = Path(path)
    if path.name in _SKIP_NAMES or path.name.startswith(_SKIP_PREFIXES):
        return
    deadline = time.monotonic() + STALE_WAIT
    while True:
        with _lock:
            problem = _check_file(path)
        # A file newer than the manifest: another process's commit whose checksums are on
        # their way. Wait a moment, as `verify` does.
        if problem is None:
            return
        if not problem.endswith("no checksum recorded") or time.monotonic() >= deadline:
            raise IndexDamaged(problem)
        time.sleep(0.05)


def _check_file(path: Path) -> str | None:
    index_dir = path.parent
    known = _manifests.get(index_dir)
    try:
        current = _stat_key((index_dir / MANIFEST).stat())
    except OSError as e:
        return f"{MANIFEST}: {e}"
    if known is None or known[0] != current:
        # A commit since the last verify (ours or another process's): read it again.
        manifest = _read_manifest(index_dir)
        if manifest is None:
            return "checksums missing or unreadable"
        known = (current, *manifest)
        _manifests[index_dir] = known
    _stat, version, files = known
    entry = files.get(path.name)
    if entry is None:
        return f"{path.name}: no checksum recorded"
    return _check_one(path, entry, version, True)
