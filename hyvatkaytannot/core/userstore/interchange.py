"""Export and import of the user's layer as JSON; annotations as W3C Web Annotations.

The file is one JSON object:
    {"format": "hyvatkaytannot-user-layer", "version": 1, "exported": ...,
     "tags": [{id, name, path, parent_id, colour, created, updated, cases: [...]}],
     "collections": [{id, title, description, cases: [...ordered], created, updated}],
     "saved_searches": [{id, name, query, filters, created, updated}],
     "annotations": {W3C AnnotationCollection with "items": [Annotation, ...]}}
Each annotation is a W3C Web Annotation (see w3c.py), so other annotation tools can read
them; a bare AnnotationCollection (from another tool) imports too.

Design decisions:
- Import merges by id in one transaction: new things are added, identical ones left alone,
  different ones are *conflicts*: reported, and the local version is kept (the user's work
  here is never overwritten by a file). Importing the same file twice changes nothing.
- A tag whose id is new but whose path exists here is the same tag (merged by path); tag
  links and collection memberships are only ever added.
- Every entry is checked against its version's JSON Schema (notes_schema.py): a wrong
  type, an unknown field, a huge string or `NaN` is an error naming the field, and nothing
  is imported. A file is streamed (`import_file`, notes_stream.py: one entry in memory at
  a time) inside the one transaction, so an error found late still leaves nothing written;
  a dict already in memory (a bundle's notes) is checked whole before writing.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from hyvatkaytannot.core import jsoncheck
from hyvatkaytannot.core.messages import UserMessage
from hyvatkaytannot.core.userstore import annotations as _ann
from hyvatkaytannot.core.userstore import collections as _coll
from hyvatkaytannot.core.userstore import notes_schema, notes_stream
from hyvatkaytannot.core.userstore import saved_searches as _saved
from hyvatkaytannot.core.userstore import tags as _tags
from hyvatkaytannot.core.userstore.db import now, write
from hyvatkaytannot.core.userstore.errors import StoreError, StoreWriteError
from hyvatkaytannot.core.userstore.w3c import (
    ANNO_CONTEXT,
    annotation_from_w3c,
    annotation_to_w3c,
    unknown_colour,
)

FORMAT = "hyvatkaytannot-user-layer"
VERSION = 1


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Cases that gained a tag link or an annotation (to re-index them).
    case_ids: set[str] = field(default_factory=set)

    @property
    def changed(self) -> bool:
        return any(self.added.values())

    def _add(self, kind: str) -> None:
        self.added[kind] = self.added.get(kind, 0) + 1

    def _same(self, kind: str) -> None:
        self.unchanged[kind] = self.unchanged.get(kind, 0) + 1


# -- export --------------------------------------------------------------------------------
def export_data(db: Database) -> dict[str, Any]:
    tags = []
    for t in _tags.list_tags(db):
        tags.append(
            {
                "id": t.id,
                "name": t.name,
                "path": t.path,
                "parent_id": t.parent_id,
                "colour": t.colour,
                "cases": _tags.cases_with_tag(db, t.path, False),
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": now(),
        "tags": tags,
        "collections": [
            {
                "id": c.id,
                "title": c.title,
                "description": c.description,
                "cases": c.case_ids,
                "created": c.created,
                "updated": c.updated,
            }
            for c in _coll.list_collections(db)
        ],
        "saved_searches": [
            {
                "id": s.id,
                "name": s.name,
                "query": s.query,
                "filters": s.filters,
                "created": s.created,
                "updated": s.updated,
            }
            for s in _saved.list_saved(db)
        ],
        "annotations": {
            "@context": ANNO_CONTEXT,
            "type": "AnnotationCollection",
            "total": 0,
            "items": [annotation_to_w3c(a) for a in _ann.list_annotations(db)],
        },
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a crash or a full disk leaves the old file (or none), never half."""
    path = Path(path)
    items = data.get("annotations", {}).get("items", [])
    data.get("annotations", {})["total"] = len(items)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreWriteError("store.could_not_write", path=path, error=e) from e


# -- import --------------------------------------------------------------------------------
# Larger files are refused before reading by `read_json` (it holds the parsed file in memory;
# `import_file` streams and needs no limit).
MAX_FILE_BYTES = 512 * 1024 * 1024
ProgressFn = Callable[[int, int], None]


def read_json(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise StoreError("store.file_too_large", path=path, limit=MAX_FILE_BYTES // 2**20)
        data = jsoncheck.loads(path.read_text(encoding="utf-8"))
    except jsoncheck.JsonProblem as e:
        sep = ", " if e.field.startswith("line") else ": "  # "file.json, line 3: …"
        raise StoreError("store.json_problem", path=path, sep=sep, problem=e.said) from e
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError("store.cannot_read", path=path, error=e) from e
    if not isinstance(data, dict):
        raise StoreError("store.expected_json_object", path=path)
    return data


def validate(data: Any) -> dict[str, Any]:
    """The export in its current form, after its version's schema check; StoreError if not."""
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        data = {"format": FORMAT, "version": VERSION, "annotations": data}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError("store.not_a_notes_export", format=repr(FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise StoreError("store.export_version_newer", version=version)
    schema = notes_schema.SCHEMAS.get(version)
    if schema is None:
        raise StoreError("store.unknown_export_version", version=version)
    try:
        jsoncheck.check(data, schema)
    except jsoncheck.JsonProblem as e:
        raise StoreError("store.notes_not_imported", problem=e.said) from e
    return data


def import_data(
    db: Database, data: dict[str, Any], progress: ProgressFn | None = None
) -> ImportReport:
    """Validate all, then merge in one transaction (all of it, or nothing)."""
    data = validate(data)
    report = ImportReport()
    anns = data.get("annotations") or {}
    items = _list(anns.get("items") if isinstance(anns, dict) else anns)
    total = len(items) + sum(len(_list(data.get(k))) for k in ("tags", "collections"))
    done = 0
    with write(db):
        _import_tags(db, _list(data.get("tags")), report)
        _import_collections(db, _list(data.get("collections")), report)
        _import_saved(db, _list(data.get("saved_searches")), report)
        done = total - len(items)
        for item in items:
            _import_annotation(db, item, report)
            done += 1
            if progress is not None and done % 1000 == 0:
                progress(done, total)
    if progress is not None:
        progress(total, total)
    return report


def import_file(db: Database, path: Path, progress: ProgressFn | None = None) -> ImportReport:
    """Stream a notes file into the store (notes_stream.py): each entry is checked as it is
    read and written at once, all in one transaction, so memory holds one entry and any
    error (found at the last entry, or in the envelope at the end) leaves nothing written.
    Tags, collections and saved searches (a few hundred at most in practice) are held until
    the end: tags are added parents first. `progress(bytes read, file size)`."""
    path = Path(path)
    report = ImportReport()
    held: dict[str, list[dict[str, Any]]] = {k: [] for k in notes_stream.ARRAYS}
    try:
        size = path.stat().st_size
        with open(path, "rb") as f, write(db):
            tick = None if progress is None else (lambda done: progress(done, size))
            for section, item in notes_stream.entries(f, tick):
                if section == "annotations":
                    _import_annotation(db, item, report)
                else:
                    held[section].append(item)
            _import_tags(db, held["tags"], report)
            _import_collections(db, held["collections"], report)
            _import_saved(db, held["saved_searches"], report)
    except jsoncheck.JsonProblem as e:
        if e.field.startswith("line"):  # "file.json, line 3: …"
            raise StoreError("store.json_problem", path=path, sep=", ", problem=e.said) from e
        raise StoreError("store.notes_not_imported", problem=e.said) from e
    except notes_stream.VersionProblem as e:
        params = {"format": repr(FORMAT), "version": e.value, "path": path}
        raise StoreError(UserMessage(e.code, params)) from e
    except (FileNotFoundError, IsADirectoryError, PermissionError, UnicodeDecodeError) as e:
        raise StoreError("store.cannot_read", path=path, error=e) from e
    return report


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _import_tags(db: Database, items: list[dict[str, Any]], report: ImportReport) -> None:
    ids: dict[str, str] = {}  # file id -> local id
    for t in sorted(items, key=lambda t: str(t.get("path", "")).count("/")):
        tid, path = str(t.get("id", "")), str(t.get("path") or t.get("name") or "")
        try:
            _tags.split_path(path)
        except StoreError as e:
            report.problems.append(f"tag {tid}: {e.en}")
            continue
        local = db.execute("SELECT id FROM tags WHERE id = ?", [tid]).fetchone() if tid else None
        if local is not None:
            here = _tags.path_of(db, tid)
            if _tags.find(db, path) != tid:
                report.conflicts.append(f"tag {tid}: '{here}' here, '{path}' in the file (kept)")
            else:
                report._same("tags")
            ids[tid] = tid
        else:
            same_path = _tags.find(db, path)
            if same_path is not None:
                ids[tid] = same_path
                report._same("tags")
            else:
                parent = _tags.ensure(db, path.rsplit("/", 1)[0]) if "/" in path else None
                name = _tags.split_path(path)[-1]
                new = tid or uuid.uuid4().hex
                stamp = now()
                db.table("tags").insert(
                    {
                        "id": new,
                        "name": name,
                        "name_key": name.casefold(),
                        "parent_id": parent,
                        "colour": t.get("colour"),
                        "created": t.get("created") or stamp,
                        "updated": t.get("updated") or stamp,
                    }
                )
                ids[tid] = new
                report._add("tags")
        for case_id in t.get("cases") or []:
            cur = db.execute(
                "INSERT OR IGNORE INTO case_tags (case_id, tag_id, added) VALUES (?, ?, ?)",
                [str(case_id), ids[tid], now()],
            )
            if cur.rowcount:
                report._add("tag links")
                report.case_ids.add(str(case_id))


def _import_collections(db: Database, items: list[dict[str, Any]], report: ImportReport) -> None:
    for c in items:
        cid = str(c.get("id") or "")
        cases = [str(x) for x in c.get("cases") or []]
        if cid and db.execute("SELECT 1 FROM collections WHERE id = ?", [cid]).fetchone():
            here = _coll.get(db, cid)
            theirs = (c.get("title"), c.get("description") or "", cases)
            if (here.title, here.description, here.case_ids) != theirs:
                report.conflicts.append(f"collection {cid} '{here.title}' differs (kept)")
            else:
                report._same("collections")
            continue
        stamp = now()
        new = cid or uuid.uuid4().hex
        db.table("collections").insert(
            {
                "id": new,
                "title": str(c.get("title") or "?"),
                "description": str(c.get("description") or ""),
                "created": c.get("created") or stamp,
                "updated": c.get("updated") or stamp,
            }
        )
        for pos, case_id in enumerate(dict.fromkeys(cases)):
            db.table("collection_items").insert(
                {"collection_id": new, "case_id": case_id, "position": pos, "added": stamp}
            )
        report._add("collections")


def _import_saved(db: Database, items: list[dict[str, Any]], report: ImportReport) -> None:
    for s in items:
        sid, name = str(s.get("id") or ""), " ".join(str(s.get("name") or "").split())
        filters = s.get("filters") if isinstance(s.get("filters"), dict) else {}
        row = db.execute(
            "SELECT id FROM saved_searches WHERE id = ? OR name_key = ?", [sid, name.casefold()]
        ).fetchone()
        if row is not None:
            here = _saved.get(db, str(row[0]))
            if (here.id, here.name, here.query, here.filters) != (
                sid,
                name,
                s.get("query"),
                filters,
            ):
                report.conflicts.append(f"saved search '{here.name}' differs (kept)")
            else:
                report._same("saved searches")
            continue
        if not name:
            report.problems.append(f"saved search {sid}: no name")
            continue
        stamp = now()
        db.table("saved_searches").insert(
            {
                "id": sid or uuid.uuid4().hex,
                "name": name,
                "name_key": name.casefold(),
                "query": str(s.get("query", "")),
                "filters": json.dumps(filters, ensure_ascii=False, sort_keys=True),
                "created": s.get("created") or stamp,
                "updated": s.get("updated") or stamp,
            }
        )
        report._add("saved searches")


def _import_annotation(db: Database, item: dict[str, Any], report: ImportReport) -> None:
    try:
        a = annotation_from_w3c(item)
    except (ValueError, TypeError, KeyError) as e:
        report.problems.append(f"annotation {item.get('id', '?')}: {e}")
        return
    colour = unknown_colour(item)
    if colour is not None:
        report.problems.append(
            f"annotation {a.id}: unknown highlight colour {colour!r}, the default one is used"
        )
    if db.execute("SELECT 1 FROM annotations WHERE id = ?", [a.id]).fetchone():
        here = _ann.get(db, a.id)
        fields = ("case_id", "quote", "prefix", "suffix", "start", "end", "note", "colour")
        if any(getattr(here, f) != getattr(a, f) for f in fields):
            report.conflicts.append(f"annotation {a.id} on {a.case_id} differs (kept)")
        else:
            report._same("annotations")
        return
    _ann.insert(db, a)
    report._add("annotations")
    report.case_ids.add(a.case_id)
