"""Autosave drafts: unsaved editor text that survives a crash.

Design decisions:
- One JSON file per draft in `paths.drafts_dir`, written atomically, so a crash during
  autosave leaves the previous draft whole. JSON rather than a .md copy because the draft
  must remember what it was a draft *of* (path and the fingerprint the file had when the
  editor opened it): on restore, the editor can tell whether the file moved on meanwhile.
- The key is the case id for an existing case, or "new-<random>" for a case not yet saved.
  A key is reduced to a safe file name; the original key is kept inside the JSON.
- Unreadable draft files are skipped by `list_drafts` but never deleted: they may hold the
  only copy of someone's afternoon of writing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from hyvatkaytannot.core.curate.atomic import atomic_write_bytes

DRAFT_SUFFIX = ".draft.json"


@dataclass(frozen=True)
class Draft:
    key: str
    text: str
    # The case file this is a draft of (None for a case never saved) and its fingerprint
    # when the editor opened it.
    path: str | None
    base_fingerprint: str | None
    case_id: str | None
    saved_at: str


def new_draft_key() -> str:
    return f"new-{secrets.token_hex(4)}"


class DraftStore:
    def __init__(self, drafts_dir: Path) -> None:
        self.dir = Path(drafts_dir)

    def _file(self, key: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9_-]+", "_", key)[:100] or "_"
        return self.dir / f"{safe}{DRAFT_SUFFIX}"

    def save_draft(
        self,
        key: str,
        text: str,
        path: Path | None = None,
        base_fingerprint: str | None = None,
        case_id: str | None = None,
    ) -> Draft:
        """Store (or replace) the draft under `key`. Raises SaveError if the disk is full."""
        draft = Draft(
            key=key,
            text=text,
            path=str(path) if path is not None else None,
            base_fingerprint=base_fingerprint,
            case_id=case_id,
            saved_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        data = json.dumps(asdict(draft), ensure_ascii=False, indent=1).encode("utf-8")
        atomic_write_bytes(self._file(key), data)
        return draft

    def load_draft(self, key: str) -> Draft | None:
        return _read(self._file(key))

    def list_drafts(self) -> list[Draft]:
        """Every readable draft, newest first (what the app offers to restore on start)."""
        if not self.dir.is_dir():
            return []
        drafts = [d for f in self.dir.glob(f"*{DRAFT_SUFFIX}") if (d := _read(f)) is not None]
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def discard_draft(self, key: str) -> bool:
        """Remove the draft (after a successful save, or when the user declines it)."""
        f = self._file(key)
        existed = f.exists()
        f.unlink(missing_ok=True)
        return existed


def _read(f: Path) -> Draft | None:
    try:
        raw = json.loads(f.read_text(encoding="utf-8"))
        return Draft(
            key=str(raw["key"]),
            text=str(raw["text"]),
            path=raw.get("path"),
            base_fingerprint=raw.get("base_fingerprint"),
            case_id=raw.get("case_id"),
            saved_at=str(raw.get("saved_at", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
