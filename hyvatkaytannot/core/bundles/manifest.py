"""The `.hkzip` manifest: what a bundle holds, with checksums.

Layout of a bundle (a plain zip file):

    manifest.json          this manifest
    cases/<id>.md          the case files, byte for byte as they were on disk
    notes.json             optional: the sender's tags and annotations for those cases

Design decisions:
- Case files travel as their original bytes, not re-serialised: what arrives is exactly
  what the sender's library holds, and the sha256 in the manifest is the same fingerprint
  the loader computes (`Case.fingerprint`), so "unchanged" is a byte comparison.
- `format_version` is an integer that only grows when an older reader would misread a
  bundle; a bundle from a newer major version is refused with a clear message rather than
  half understood. Unknown manifest keys are ignored (additions are backwards-compatible).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from hyvatkaytannot import __version__
from hyvatkaytannot.core import jsoncheck
from hyvatkaytannot.core.case import ID_PATTERN

FORMAT = "hyvatkaytannot-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".hkzip"
MANIFEST_NAME = "manifest.json"
NOTES_NAME = "notes.json"
CASES_DIR = "cases"


class ManifestError(ValueError):
    """The manifest is missing, unreadable or inconsistent (the message says which)."""


@dataclass(frozen=True)
class ManifestEntry:
    id: str
    file: str
    sha256: str
    size: int
    # Said so the receiver knows before importing: `review: ehdotus` (captured, not yet
    # reviewed) and contacts (personal data). Older manifests lack them: False.
    unreviewed: bool = False
    personal_data: bool = False


@dataclass
class Manifest:
    cases: list[ManifestEntry]
    created: str = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    )
    created_by: str = f"hyvatkaytannot {__version__}"
    collection: str | None = None
    notes: ManifestEntry | None = None
    format_version: int = FORMAT_VERSION

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.cases]

    def to_json(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "created_by": self.created_by,
            "created": self.created,
            "collection": self.collection,
            "cases": [vars(e) for e in self.cases],
            "notes": vars(self.notes) if self.notes else None,
        }
        return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        try:
            doc = jsoncheck.loads(data.decode("utf-8"))
            # Types of the known fields are checked; unknown top-level keys stay allowed
            # (additions are backwards-compatible), unknown keys in an entry are refused.
            jsoncheck.check(doc, _SCHEMA, MANIFEST_NAME)
        except jsoncheck.JsonProblem as e:
            raise ManifestError(f"{MANIFEST_NAME}: {e.en} / {e.fi}") from e
        except (UnicodeDecodeError, ValueError) as e:
            raise ManifestError(f"{MANIFEST_NAME} is not valid JSON: {e}") from e
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ManifestError(f"{MANIFEST_NAME} does not describe a Hyvät käytännöt bundle")
        version = doc.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise ManifestError(f"{MANIFEST_NAME} has no valid format_version")
        if version > FORMAT_VERSION:
            raise ManifestError(
                f"the bundle was made by a newer version of the app (format {version}, "
                f"this app reads up to {FORMAT_VERSION}); update the app to import it"
            )
        raw_cases = doc.get("cases")
        if not isinstance(raw_cases, list):
            raise ManifestError(f"{MANIFEST_NAME} has no list of cases")
        entries = [_entry(c) for c in raw_cases]
        for entry in entries:
            if not ID_PATTERN.match(entry.id) or entry.file != f"{CASES_DIR}/{entry.id}.md":
                raise ManifestError(
                    f"{MANIFEST_NAME}: bad case entry {entry.id!r} ({entry.file!r})"
                )
        ids = [e.id for e in entries]
        if len(set(ids)) != len(ids):
            raise ManifestError(f"{MANIFEST_NAME} lists a case id twice")
        notes = _entry(doc["notes"], need_id=False) if doc.get("notes") else None
        if notes is not None and notes.file != NOTES_NAME:
            raise ManifestError(f"{MANIFEST_NAME}: notes must be in {NOTES_NAME}")
        return cls(
            cases=entries,
            created=str(doc.get("created", "")),
            created_by=str(doc.get("created_by", "")),
            collection=doc.get("collection") if isinstance(doc.get("collection"), str) else None,
            notes=notes,
            format_version=version,
        )


_ENTRY: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "maxLength": 200},
        "file": {"type": "string", "maxLength": 300},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "size": {"type": "integer", "minimum": 0},
        "unreviewed": {"type": "boolean"},
        "personal_data": {"type": "boolean"},
    },
    "required": ["file", "sha256", "size"],
    "additionalProperties": False,
}
_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "format": {"type": "string", "maxLength": 100},
        "format_version": {"type": "integer"},
        "created_by": {"type": "string", "maxLength": 200},
        "created": {"type": "string", "maxLength": 64},
        "collection": {"type": ["string", "null"], "maxLength": 1000},
        "cases": {"type": "array", "items": _ENTRY, "maxItems": 100_000},
        "notes": {"anyOf": [{"type": "null"}, _ENTRY]},
    },
    "required": ["format", "format_version", "cases"],
}


def _entry(raw: Any, need_id: bool = True) -> ManifestEntry:
    try:
        entry = ManifestEntry(
            id=str(raw["id"]) if need_id else "",
            file=str(raw["file"]),
            sha256=str(raw["sha256"]),
            size=int(raw["size"]),
            unreviewed=raw.get("unreviewed") is True,
            personal_data=raw.get("personal_data") is True,
        )
    except (TypeError, KeyError, ValueError) as e:
        raise ManifestError(f"{MANIFEST_NAME}: an entry is incomplete ({e})") from e
    return entry
