"""Writing a `.hkzip` bundle: a selection of cases, a manifest, optionally notes.

Design decisions:
- The case bytes are read from disk at export time (not from the loaded `Case`), so the
  bundle holds what the file holds now; the manifest's sha256 is of those bytes.
- The zip is written to a temp file beside the destination and renamed into place: an
  interrupted export never leaves a truncated `.hkzip` that looks complete.
- Members are sorted and stamped with one time, so exporting the same cases twice in the
  same second gives the same bytes (useful for tests and for "did anything change?").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.bundles.manifest import (
    CASES_DIR,
    MANIFEST_NAME,
    NOTES_NAME,
    Manifest,
    ManifestEntry,
)
from hyvatkaytannot.core.bundles.safety import Limits
from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.curate.atomic import TEMP_PREFIX, SaveError, fsync_dir, sha256_bytes
from hyvatkaytannot.core.messages import CoreError


class ExportError(CoreError):
    """The export could not be made (a case file unreadable, too large, the disk full)."""


def export_bundle(
    cases: Iterable[Case],
    dest: Path,
    notes: Mapping[str, Any] | None = None,
    collection: str | None = None,
    limits: Limits | None = None,
) -> Manifest:
    """Write `dest` (.hkzip) with the given cases; returns the manifest written.

    `notes` is the JSON-able tags/annotations payload (see bundles.notes.collect_notes).
    Raises ExportError; an existing `dest` is only replaced by a complete bundle.
    """
    limits = limits or Limits()
    dest = Path(dest)
    members: list[tuple[str, bytes]] = []
    entries: list[ManifestEntry] = []
    seen: set[str] = set()
    for case in sorted(cases, key=lambda c: c.id):
        if case.id in seen:
            continue
        seen.add(case.id)
        try:
            data = Path(case.path).read_bytes()
        except OSError as e:
            raise ExportError("bundle.cannot_read", path=case.path, error=e.strerror or e) from e
        if len(data) > limits.max_member_size:
            raise ExportError("bundle.case_too_large", path=case.path)
        name = f"{CASES_DIR}/{case.id}.md"
        members.append((name, data))
        entries.append(
            ManifestEntry(
                case.id,
                name,
                sha256_bytes(data),
                len(data),
                unreviewed=not case.reviewed,
                personal_data=bool(case.contacts),
            )
        )
    notes_entry = None
    if notes:
        data = json.dumps(notes, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        notes_entry = ManifestEntry("", NOTES_NAME, sha256_bytes(data), len(data))
        members.append((NOTES_NAME, data))
    manifest = Manifest(cases=entries, collection=collection, notes=notes_entry)
    members.insert(0, (MANIFEST_NAME, manifest.to_json()))
    if sum(len(d) for _, d in members) > limits.max_total_size:
        raise ExportError("bundle.selection_too_large")
    _write_zip(dest, members, dt.datetime.fromisoformat(manifest.created))
    return manifest


def _write_zip(dest: Path, members: list[tuple[str, bytes]], when: dt.datetime) -> None:
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    tmp = dest.with_name(f"{TEMP_PREFIX}{dest.name}.tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name, data in members:
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    zf.writestr(info, data)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, dest)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(SaveError(dest, e).said) from e
    fsync_dir(dest.parent)
