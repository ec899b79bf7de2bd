"""The index folder on disk: version stamp, health check, build aside and swap in.

The index is derived data: when it is missing, written by another schema or analyzer version,
or damaged in any way (a segment file missing or truncated, a crash in the middle of a commit,
the folder emptied), it is rebuilt from the Markdown files. A rebuild is written into a
sibling folder and swapped in with two renames only when complete, so a crash or a
cancellation during the rebuild leaves the old index in place. A leftover sibling from a
crashed rebuild is deleted before the next one.

The stamp (`hk-stamp.json`) records the schema and analyzer versions plus a random build id;
readers compare the build id to notice that the folder under them was swapped.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as windex

from hyvatkaytannot.core.search import integrity

STAMP_NAME = "hk-stamp.json"


@dataclass(frozen=True)
class Health:
    ok: bool
    # "missing" | "version" | "damaged" | "most cases changed" (sync.py); None when ok.
    reason: str | None = None
    detail: str = ""


def expected_stamp(schema_version: str, analyzer_version: str) -> dict[str, str]:
    return {"schema": schema_version, "analyzer": analyzer_version}


def read_stamp(index_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((index_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_stamp(index_dir: Path, stamp: dict[str, str]) -> str:
    build = uuid.uuid4().hex
    tmp = index_dir / (STAMP_NAME + ".tmp")
    tmp.write_text(json.dumps({**stamp, "build": build}), encoding="utf-8")
    tmp.replace(index_dir / STAMP_NAME)
    return build


def verify_reader(ix: Any) -> None:
    """Touch every segment's files (terms, postings, stored fields, columns). Raises if any is
    missing or truncated. Cheap: a few reads per segment, no full scan."""
    with ix.reader() as reader:
        leaves = list(reader.leaf_readers()) if not reader.is_atomic() else [(reader, 0)]
        for leaf, _offset in leaves:
            n = leaf.doc_count_all()
            if n == 0:
                continue
            ids = list(leaf.lexicon("id"))
            if ids:
                # Reading a posting list and the first and last stored documents touches the
                # postings and stored-field files at both ends.
                leaf.postings("id", ids[-1]).all_ids()
                list(leaf.postings("id", ids[0]).all_ids())
            leaf.stored_fields(0)
            leaf.stored_fields(n - 1)
            for col in ("title_key", "start", "sig"):
                if leaf.has_column(col):
                    creader = leaf.column_reader(col)
                    creader[0]
                    creader[n - 1]
            for fname in ("body", "title"):
                first = next(iter(leaf.lexicon(fname)), None)
                if first is not None:
                    list(leaf.postings(fname, first).all_ids())


def check(index_dir: Path, stamp: dict[str, str]) -> Health:
    if not index_dir.is_dir() or not any(index_dir.iterdir()):
        return Health(False, "missing")
    found = read_stamp(index_dir)
    try:
        exists = windex.exists_in(str(index_dir))
    except Exception as e:  # noqa: BLE001 - any failure here means damage
        return Health(False, "damaged", f"{type(e).__name__}: {e}")
    if not exists:
        # Files but no table of contents: emptied or a crash before the first commit.
        return Health(False, "damaged", "no table of contents")
    if found is None:
        return Health(False, "damaged", "version stamp missing or unreadable")
    if any(found.get(k) != v for k, v in stamp.items()):
        return Health(False, "version", f"index {found}, app {stamp}")
    try:
        integrity.verify(index_dir)
    except integrity.IndexDamaged as e:
        return Health(False, "damaged", str(e))
    try:
        ix = windex.open_dir(str(index_dir))
        try:
            verify_reader(ix)
        finally:
            ix.close()
    except Exception as e:  # noqa: BLE001
        return Health(False, "damaged", f"{type(e).__name__}: {e}")
    return Health(True)


def aside_dir(index_dir: Path) -> Path:
    return index_dir.with_name(index_dir.name + ".new")


def prepare_aside(index_dir: Path) -> Path:
    new = aside_dir(index_dir)
    if new.exists():
        shutil.rmtree(new, ignore_errors=True)
    new.mkdir(parents=True)
    return new


def swap_in(new_dir: Path, index_dir: Path) -> None:
    """Replace index_dir by new_dir (two renames; the old folder is deleted afterwards)."""
    old = index_dir.with_name(index_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
    if index_dir.exists():
        index_dir.rename(old)
    new_dir.rename(index_dir)
    shutil.rmtree(old, ignore_errors=True)


def discard_aside(index_dir: Path) -> None:
    shutil.rmtree(aside_dir(index_dir), ignore_errors=True)
