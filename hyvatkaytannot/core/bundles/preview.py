"""Import, step 1: read a bundle safely and say what importing it would do. Writes nothing.

Each case in the bundle gets a status:
- new        no case with this id here: it will be added;
- unchanged  the same bytes (or the same front matter and body) are here already, possibly
             under another id from an earlier "keep both": nothing to do. This is what makes
             importing the same bundle twice a no-op;
- changed    the id is here, in a writable folder, untouched since an earlier import wrote
             it (the import log says so): the newer version replaces it (old one backed up);
- conflict   the id is here and the local copy has its own edits, or is read-only, or a
             file of that name is in the way: `on_conflict` decides (keep, theirs, both);
- invalid    the loader rejects the incoming file: it is not imported (its problems say why).

Design decisions:
- The import log (`bundle-imports.json` in the data dir: id -> sha256 of what an import
  wrote) is what separates "changed" from "conflict" without a three-way merge: a copy
  the user never touched may be updated; one they edited is never replaced silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.bundles.manifest import MANIFEST_NAME, NOTES_NAME, Manifest, ManifestError
from hyvatkaytannot.core.bundles.safety import BundleRejected, Limits, read_members
from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.curate.atomic import atomic_write_bytes, sha256_bytes
from hyvatkaytannot.core.duplicates import Similar, find_similar
from hyvatkaytannot.core.loader import parse_bytes
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity


class Status(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    CONFLICT = "conflict"
    INVALID = "invalid"


@dataclass
class ImportItem:
    case_id: str
    status: Status
    data: bytes
    sha256: str
    incoming: Case | None
    problems: list[Problem]
    # Where it goes (new) or what it would replace (changed / conflict).
    target_path: Path
    existing: Case | None = None
    # sha256 of the local file at preview time: apply refuses to replace anything else.
    existing_fingerprint: str | None = None
    existing_read_only: bool = False
    # For "unchanged": the local id that already holds this content (may differ).
    same_as: str | None = None
    similar: list[Similar] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass
class ImportPreview:
    bundle_path: Path
    manifest: Manifest
    items: list[ImportItem]
    notes: dict[str, Any] | None
    target_dir: Path

    def by_status(self, status: Status) -> list[ImportItem]:
        return [i for i in self.items if i.status is status]

    def counts(self) -> dict[str, int]:
        return {s.value: len(self.by_status(s)) for s in Status}

    @property
    def has_work(self) -> bool:
        return any(i.status not in (Status.UNCHANGED, Status.INVALID) for i in self.items)


class ImportLog:
    """id -> sha256 of the bytes an import last wrote for that id."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[str, str] = {}
        if path is not None:
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(raw, dict):
                    self.entries = {str(k): str(v) for k, v in raw.items()}
            except (OSError, ValueError):
                pass  # no log (or a damaged one): every differing case is then a conflict

    def save(self) -> None:
        if self.path is not None:
            data = json.dumps(self.entries, indent=1, sort_keys=True).encode("utf-8")
            atomic_write_bytes(self.path, data)


def _content_key(case: Case) -> str:
    """Front matter without the id, plus the body: equal keys = the same case content."""
    meta = {k: v for k, v in case.meta.items() if k != "id"}
    return json.dumps([meta, case.body.strip()], sort_keys=True, default=str, ensure_ascii=False)


def read_bundle(
    bundle_path: Path, limits: Limits | None = None
) -> tuple[Manifest, dict[str, bytes], dict[str, Any] | None]:
    """The manifest, the case bytes by id and the notes payload; raises BundleRejected."""
    members = read_members(bundle_path, limits)
    if MANIFEST_NAME not in members:
        raise BundleRejected(bundle_path, "no-manifest", f"{MANIFEST_NAME} is missing")
    try:
        manifest = Manifest.from_json(members[MANIFEST_NAME])
    except ManifestError as e:
        raise BundleRejected(bundle_path, "manifest", str(e)) from e
    listed = {e.file for e in manifest.cases} | {MANIFEST_NAME}
    if manifest.notes:
        listed.add(NOTES_NAME)
    extra = sorted(set(members) - listed)
    if extra:
        raise BundleRejected(bundle_path, "unlisted", "not in the manifest", extra[0])
    cases: dict[str, bytes] = {}
    for entry in [*manifest.cases, *([manifest.notes] if manifest.notes else [])]:
        data = members.get(entry.file)
        if data is None:
            raise BundleRejected(bundle_path, "missing", "listed but missing", entry.file)
        if sha256_bytes(data) != entry.sha256 or len(data) != entry.size:
            raise BundleRejected(bundle_path, "checksum", "checksum does not match", entry.file)
        if entry.id:
            cases[entry.id] = data
    notes = None
    if manifest.notes:
        try:
            notes = json.loads(members[NOTES_NAME].decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise BundleRejected(bundle_path, "notes", f"unreadable ({e})", NOTES_NAME) from e
        if not isinstance(notes, dict):
            raise BundleRejected(bundle_path, "notes", "not a JSON object", NOTES_NAME)
    return manifest, cases, notes


def preview_import(
    bundle_path: Path,
    cases: Mapping[str, Case],
    target_dir: Path,
    log_path: Path | None = None,
    limits: Limits | None = None,
) -> ImportPreview:
    """What importing `bundle_path` into `target_dir` would do, given the loaded `cases`."""
    bundle_path = Path(bundle_path)
    target_dir = Path(target_dir).resolve()
    manifest, data_by_id, notes = read_bundle(bundle_path, limits)
    log = ImportLog(log_path)
    by_content: dict[str, str] = {}
    for c in sorted(cases.values(), key=lambda c: c.id):
        by_content.setdefault(_content_key(c), c.id)
    items = [
        _classify(bundle_path, case_id, data, cases, target_dir, log, by_content)
        for case_id, data in data_by_id.items()
    ]
    return ImportPreview(bundle_path, manifest, items, notes, target_dir)


def _classify(
    bundle_path: Path,
    case_id: str,
    data: bytes,
    cases: Mapping[str, Case],
    target_dir: Path,
    log: ImportLog,
    by_content: dict[str, str],
) -> ImportItem:
    digest = sha256_bytes(data)
    # Problems name the member inside the bundle: "/tmp/jako.hkzip/cases/x.md:3: …".
    member = bundle_path / "cases" / f"{case_id}.md"
    target = target_dir / f"{case_id}.md"
    # The loader's own bytes path: the same decoding (BOM, Windows-1252) as a library file.
    incoming, problems = parse_bytes(data, member)
    item = ImportItem(case_id, Status.INVALID, data, digest, incoming, problems, target)
    if incoming is None:
        return item
    if incoming.id != case_id:
        item.incoming = None
        item.problems.append(
            Problem(
                member,
                message("bundle.id_mismatch", file_id=incoming.id, listed_id=case_id),
                severity=Severity.ERROR,
            )
        )
        return item
    existing = cases.get(case_id)
    same = by_content.get(_content_key(incoming))
    if existing is not None and (existing.fingerprint == digest or same == case_id):
        return _set(item, Status.UNCHANGED, existing, same_as=case_id)
    if same is not None:
        # An earlier "keep both" import stored this content under another id.
        return _set(item, Status.UNCHANGED, cases.get(same), same_as=same)
    if existing is None:
        if target.exists():
            # A file is in the way (not loaded: broken, or an id that differs from its name).
            item.status = Status.CONFLICT
            item.existing_fingerprint = sha256_bytes(target.read_bytes())
            return item
        item.status = Status.NEW
        item.similar = find_similar(incoming, cases)
        return item
    item.target_path = Path(existing.path).resolve()
    untouched = log.entries.get(case_id) == existing.fingerprint
    status = Status.CHANGED if untouched and not existing.read_only else Status.CONFLICT
    return _set(item, status, existing)


def _set(
    item: ImportItem, status: Status, existing: Case | None, same_as: str | None = None
) -> ImportItem:
    item.status = status
    item.existing = existing
    item.same_as = same_as
    if existing is not None:
        item.existing_fingerprint = existing.fingerprint
        item.existing_read_only = existing.read_only
    return item
