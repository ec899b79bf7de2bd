"""Import, step 2: write what the accepted preview said, crash-safely.

Design decisions:
- Stage, then swap: every file to be written is first written and fsynced into a hidden
  staging folder beside its target (same file system, so the final os.replace is atomic).
  A full disk during staging aborts with nothing imported. Then old versions are copied to
  `backups/cases/`, and each staged file is os.replaced into place. A crash in that last
  phase can leave some cases imported and others not, but never a half-written case file.
  Leftover staging folders (from a crash) are removed on the next import.
- Before replacing a local file we check it still has the fingerprint the preview saw: if
  someone edited it between preview and accept, that case is skipped and reported, never
  overwritten.
- `theirs` for a read-only local case (the bundled library) cannot replace it; the
  incoming case is then kept beside it under a new id, as `both` does, and reported so.
- The import log records what we wrote, so the next import of a newer bundle can tell an
  untouched copy (update it) from one the user edited (a conflict).
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import time
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from hyvatkaytannot.core.bundles.preview import ImportItem, ImportLog, ImportPreview, Status
from hyvatkaytannot.core.curate.atomic import (
    SaveError,
    atomic_write_bytes,
    file_fingerprint,
    fsync_dir,
    write_temp,
)
from hyvatkaytannot.core.curate.serialise import case_bytes
from hyvatkaytannot.core.curate.template import unique_id

OnConflict = Literal["keep", "theirs", "both"]
ON_CONFLICT: tuple[str, ...] = ("keep", "theirs", "both")
STAGING_PREFIX = ".hk-import-"
STALE_STAGING_SECONDS = 3600


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    # incoming id -> the new id it was saved under ("both", or "theirs" on a read-only case)
    renamed: dict[str, str] = field(default_factory=dict)
    kept_mine: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    # Local file changed between preview and accept: left alone.
    skipped_changed: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    written_paths: list[Path] = field(default_factory=list)

    @property
    def written_ids(self) -> list[str]:
        return [*self.added, *self.replaced, *self.renamed.values()]


@dataclass
class _Write:
    case_id: str
    path: Path
    data: bytes
    backup_of: Path | None = None
    expect: str | None = None  # fingerprint the target must still have (None: must not exist)


class _Taken:
    def __init__(self, ids: Container[str], folder: Path, planned: set[str]) -> None:
        self.ids, self.folder, self.planned = ids, folder, planned

    def __contains__(self, case_id: object) -> bool:
        return (
            case_id in self.ids
            or case_id in self.planned
            or (self.folder / f"{case_id}.md").exists()
        )


def apply_import(
    preview: ImportPreview,
    on_conflict: OnConflict,
    existing_ids: Container[str],
    backups_dir: Path,
    log_path: Path | None = None,
    choices: Mapping[str, OnConflict] | None = None,
) -> ImportResult:
    """Write the previewed import. Raises SaveError (nothing imported) if staging fails.

    `on_conflict` applies to every conflict; `choices` (case id -> keep|theirs|both)
    overrides it per case, for a dialog that asks case by case.
    """
    choices = dict(choices or {})
    for choice in (on_conflict, *choices.values()):
        if choice not in ON_CONFLICT:
            raise ValueError(f"on_conflict must be one of {', '.join(ON_CONFLICT)}")
    result = ImportResult()
    planned: set[str] = set()
    writes: list[_Write] = []
    for item in preview.items:
        mode = choices.get(item.case_id, on_conflict)
        w = _plan(item, mode, existing_ids, preview.target_dir, planned, result)
        if w is not None:
            planned.add(w.case_id)
            writes.append(w)
    writes = [w for w in writes if _still_as_seen(w, result)]
    if not writes:
        return result
    staged = _stage(writes)
    try:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        for w in writes:
            if w.backup_of is not None:
                backup = backups_dir / "cases" / f"{w.case_id}-{stamp}.md"
                atomic_write_bytes(backup, w.backup_of.read_bytes())
                result.backups.append(backup)
        for w, tmp in zip(writes, staged, strict=True):
            tmp.replace(w.path)
            result.written_paths.append(w.path)
        for folder in {w.path.parent for w in writes}:
            fsync_dir(folder)
    finally:
        for tmp in staged:
            tmp.unlink(missing_ok=True)
        for folder in {t.parent for t in staged}:
            shutil.rmtree(folder, ignore_errors=True)
    log = ImportLog(log_path)
    for w in writes:
        log.entries[w.case_id] = file_fingerprint(w.path) or ""
    log.save()
    return result


def _plan(
    item: ImportItem,
    on_conflict: OnConflict,
    existing_ids: Container[str],
    target_dir: Path,
    planned: set[str],
    result: ImportResult,
) -> _Write | None:
    if item.status is Status.INVALID:
        result.invalid.append(item.case_id)
        return None
    if item.status is Status.UNCHANGED:
        result.unchanged.append(item.case_id)
        return None
    if item.status is Status.NEW:
        result.added.append(item.case_id)
        return _Write(item.case_id, item.target_path, item.data)
    if item.status is Status.CHANGED or (on_conflict == "theirs" and not item.existing_read_only):
        result.replaced.append(item.case_id)
        path = item.target_path
        return _Write(item.case_id, path, item.data, path, item.existing_fingerprint)
    if on_conflict == "keep":
        result.kept_mine.append(item.case_id)
        return None
    # "both" (or "theirs" over a read-only case): the incoming case under a new id.
    assert item.incoming is not None
    new_id = unique_id(item.case_id, _Taken(existing_ids, target_dir, planned))
    meta = dict(item.incoming.meta)
    meta["id"] = new_id
    result.renamed[item.case_id] = new_id
    return _Write(new_id, target_dir / f"{new_id}.md", case_bytes(meta, item.incoming.body))


def _still_as_seen(w: _Write, result: ImportResult) -> bool:
    """The target is as the preview saw it; otherwise skip it (an outside edit wins)."""
    if file_fingerprint(w.path) == w.expect:
        return True
    result.skipped_changed.append(w.case_id)
    for bucket in (result.added, result.replaced):
        if w.case_id in bucket:
            bucket.remove(w.case_id)
    for src, dst in list(result.renamed.items()):
        if dst == w.case_id:
            del result.renamed[src]
    return False


def _stage(writes: list[_Write]) -> list[Path]:
    """Write every file into a staging folder beside its target; all or nothing."""
    staged: list[Path] = []
    folders: dict[Path, Path] = {}
    try:
        for w in writes:
            parent = w.path.parent
            if parent not in folders:
                parent.mkdir(parents=True, exist_ok=True)
                _remove_stale_staging(parent)
                folders[parent] = parent / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
                folders[parent].mkdir()
            staged.append(write_temp(folders[parent], w.data, f"{w.case_id}."))
    except OSError as e:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
        target = writes[len(staged)].path if len(staged) < len(writes) else writes[-1].path
        raise SaveError(target, e) from e
    return staged


def _remove_stale_staging(folder: Path) -> None:
    # Only old ones: a second app instance may be importing into the same shared folder.
    cutoff = time.time() - STALE_STAGING_SECONDS
    for old in folder.glob(f"{STAGING_PREFIX}*"):
        try:
            if old.is_dir() and old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
