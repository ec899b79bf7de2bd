"""Tags: a hierarchy of names (`teema/alateema`) attached to cases by case id.

Design decisions:
- A tag row holds one level (name + parent); the full path is derived with a recursive
  query, so renaming or moving a parent renames every tag below it in one row update.
- Names compare case-insensitively after NFC (`name_key`), so "Kestävyys" and
  "kestävyys" are one tag; the spelling first given is shown. "/" separates levels and
  cannot be part of a name.
- Links live in `case_tags` keyed by case id (never a path: a moved file keeps its tags)
  and go away with the tag (ON DELETE CASCADE). Links to cases that are not in the library
  right now stay: the folder may just be unplugged.
- Merging moves links and children into the target (children with the same name merge
  recursively) and deletes the sources; `merge_preview` tells how many cases change first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from hyvatkaytannot.core.userstore.db import new_id, now, write
from hyvatkaytannot.core.userstore.errors import NotFound, StoreError

SEP = "/"
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

# Every tag with its full path.
TAG_PATHS = """
WITH RECURSIVE tag_paths(id, path) AS (
    SELECT id, name FROM tags WHERE parent_id IS NULL
    UNION ALL
    SELECT t.id, tp.path || '/' || t.name FROM tags t JOIN tag_paths tp ON t.parent_id = tp.id
)
"""


@dataclass
class Tag:
    id: str
    name: str
    path: str
    parent_id: str | None
    colour: str | None
    count: int


@dataclass
class MergePreview:
    """What a merge does: `cases_changed` cases lose a source tag, of which
    `cases_gaining` did not have the target yet; `tags_removed` are the source paths."""

    into: str
    tags_removed: list[str]
    cases_changed: int
    cases_gaining: int


def clean_name(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if not name:
        raise StoreError("store.tag_name_cannot_empty")
    if SEP in name:
        raise StoreError("store.tag_name_cannot_contain", sep=SEP, name=name)
    return name


def split_path(path: str) -> list[str]:
    return [clean_name(p) for p in path.strip().strip(SEP).split(SEP)]


def _key(name: str) -> str:
    return name.casefold()


def _child(db: Database, parent_id: str | None, name: str) -> str | None:
    row = db.execute(
        "SELECT id FROM tags WHERE COALESCE(parent_id, '') = ? AND name_key = ?",
        [parent_id or "", _key(clean_name(name))],
    ).fetchone()
    return str(row[0]) if row else None


def find(db: Database, path: str) -> str | None:
    """The id of the tag at `path`, or None."""
    parent: str | None = None
    for name in split_path(path):
        parent = _child(db, parent, name)
        if parent is None:
            return None
    return parent


def require(db: Database, path: str) -> str:
    tag_id = find(db, path)
    if tag_id is None:
        raise NotFound("store.no_such_tag_2", path=path)
    return tag_id


def ensure(db: Database, path: str) -> str:
    """The id of the tag at `path`, creating it and any missing parents."""
    with write(db):
        parent: str | None = None
        for name in split_path(path):
            found = _child(db, parent, name)
            if found is None:
                found = new_id()
                stamp = now()
                db.table("tags").insert(
                    {
                        "id": found,
                        "name": name,
                        "name_key": _key(name),
                        "parent_id": parent,
                        "colour": None,
                        "created": stamp,
                        "updated": stamp,
                    }
                )
            parent = found
    assert parent is not None
    return parent


def path_of(db: Database, tag_id: str) -> str:
    row = db.execute(TAG_PATHS + "SELECT path FROM tag_paths WHERE id = ?", [tag_id]).fetchone()
    if row is None:
        raise NotFound("store.no_such_tag", tag_id=tag_id)
    return str(row[0])


def _descendants(db: Database, tag_id: str) -> list[str]:
    rows = db.execute(
        """WITH RECURSIVE sub(id) AS (
               SELECT ? UNION ALL SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id)
           SELECT id FROM sub""",
        [tag_id],
    ).fetchall()
    return [str(r[0]) for r in rows]


def list_tags(db: Database) -> list[Tag]:
    rows = db.execute(
        TAG_PATHS
        + """SELECT t.id, t.name, tp.path, t.parent_id, t.colour,
                    (SELECT COUNT(*) FROM case_tags ct WHERE ct.tag_id = t.id)
             FROM tags t JOIN tag_paths tp ON tp.id = t.id ORDER BY tp.path"""
    ).fetchall()
    return [Tag(*r) for r in rows]


def create(db: Database, path: str, colour: str | None = None) -> Tag:
    if find(db, path) is not None:
        raise StoreError("store.tag_already_exists", path=path)
    with write(db):
        tag_id = ensure(db, path)
        if colour is not None:
            set_colour(db, path, colour)
    return get(db, tag_id)


def get(db: Database, tag_id: str) -> Tag:
    for tag in list_tags(db):
        if tag.id == tag_id:
            return tag
    raise NotFound("store.no_such_tag", tag_id=tag_id)


def set_colour(db: Database, path: str, colour: str | None) -> None:
    if colour is not None and not _COLOUR.match(colour):
        raise StoreError("store.colour_must_look_like", colour=colour)
    with write(db):
        db.table("tags").update(require(db, path), {"colour": colour, "updated": now()})


def rename(db: Database, old: str, new: str) -> Tag:
    """Rename or move a tag (and everything under it); `new` is a full path."""
    with write(db):
        tag_id = require(db, old)
        parts = split_path(new)
        existing = find(db, new)
        if existing is not None and existing != tag_id:
            raise StoreError("store.tag_already_exists_merge", new=new)
        parent = ensure(db, SEP.join(parts[:-1])) if len(parts) > 1 else None
        if parent is not None and parent in _descendants(db, tag_id):
            raise StoreError("store.tag_cannot_moved_under", old=old, new=new)
        db.table("tags").update(
            tag_id,
            {"name": parts[-1], "name_key": _key(parts[-1]), "parent_id": parent, "updated": now()},
        )
    return get(db, tag_id)


def set_parent(db: Database, path: str, parent: str | None) -> Tag:
    name = split_path(path)[-1]
    return rename(db, path, f"{parent}{SEP}{name}" if parent else name)


def merge_preview(db: Database, sources: Iterable[str], into: str) -> MergePreview:
    source_ids = _merge_sources(db, sources, into)
    into_id = find(db, into)
    # Cases tagged below a source change too: their tag moves under the target.
    subtree = [d for s in source_ids for d in _descendants(db, s)]
    changed = _cases_of(db, subtree)
    direct = _cases_of(db, source_ids)
    having: set[str] = set()
    if into_id is not None:
        having = {
            str(r[0])
            for r in db.execute("SELECT case_id FROM case_tags WHERE tag_id = ?", [into_id])
        }
    return MergePreview(
        into=into,
        tags_removed=[path_of(db, s) for s in source_ids],
        cases_changed=len(changed),
        cases_gaining=len(direct - having),
    )


def _cases_of(db: Database, tag_ids: list[str]) -> set[str]:
    marks = ",".join("?" * len(tag_ids))
    rows = db.execute(f"SELECT case_id FROM case_tags WHERE tag_id IN ({marks})", tag_ids)
    return {str(r[0]) for r in rows}


def _merge_sources(db: Database, sources: Iterable[str], into: str) -> list[str]:
    source_ids = list(dict.fromkeys(require(db, s) for s in sources))
    if not source_ids:
        raise StoreError("store.no_tags_to_merge")
    into_id = find(db, into)
    if into_id is not None:
        for s in source_ids:
            if into_id in _descendants(db, s):
                raise StoreError("store.cannot_merge_into_itself", tag=path_of(db, s), into=into)
    return source_ids


def merge(db: Database, sources: Iterable[str], into: str) -> MergePreview:
    """Merge the source tags into `into` (created if missing); return what changed."""
    sources = list(sources)
    with write(db):
        preview = merge_preview(db, sources, into)
        source_ids = _merge_sources(db, sources, into)
        into_id = ensure(db, into)
        for s in source_ids:
            _merge_one(db, s, into_id)
    return preview


def _merge_one(db: Database, source: str, into: str) -> None:
    db.execute(
        """INSERT OR IGNORE INTO case_tags (case_id, tag_id, added)
           SELECT case_id, ?, added FROM case_tags WHERE tag_id = ?""",
        [into, source],
    )
    for child_id, name in db.execute(
        "SELECT id, name FROM tags WHERE parent_id = ?", [source]
    ).fetchall():
        same = _child(db, into, name)
        if same is None:
            db.table("tags").update(child_id, {"parent_id": into, "updated": now()})
        else:
            _merge_one(db, child_id, same)
    db.table("tags").delete(source)


def delete(db: Database, path: str) -> int:
    """Delete a tag and the tags under it; return how many cases lost a tag."""
    with write(db):
        ids = _descendants(db, require(db, path))
        marks = ",".join("?" * len(ids))
        count = db.execute(
            f"SELECT COUNT(DISTINCT case_id) FROM case_tags WHERE tag_id IN ({marks})", ids
        ).fetchone()[0]
        db.table("tags").delete(ids[0])  # children and links follow by ON DELETE CASCADE
    return int(count)


def tag_cases(db: Database, case_ids: Iterable[str], paths: Iterable[str]) -> int:
    """Attach every tag in `paths` (created if missing) to every case; return links added."""
    case_ids, paths = list(case_ids), list(paths)
    added = 0
    with write(db):
        stamp = now()
        for path in paths:
            tag_id = ensure(db, path)
            for case_id in case_ids:
                cur = db.execute(
                    "INSERT OR IGNORE INTO case_tags (case_id, tag_id, added) VALUES (?, ?, ?)",
                    [case_id, tag_id, stamp],
                )
                added += cur.rowcount
    return added


def untag_cases(db: Database, case_ids: Iterable[str], paths: Iterable[str]) -> int:
    """Detach the tags from the cases (the tags stay); return links removed."""
    case_ids, paths = list(case_ids), list(paths)
    removed = 0
    with write(db):
        for path in paths:
            tag_id = require(db, path)
            for case_id in case_ids:
                cur = db.execute(
                    "DELETE FROM case_tags WHERE case_id = ? AND tag_id = ?", [case_id, tag_id]
                )
                removed += cur.rowcount
    return removed


def tags_for_case(db: Database, case_id: str) -> list[str]:
    rows = db.execute(
        TAG_PATHS
        + """SELECT tp.path FROM case_tags ct JOIN tag_paths tp ON tp.id = ct.tag_id
             WHERE ct.case_id = ? ORDER BY tp.path""",
        [case_id],
    ).fetchall()
    return [str(r[0]) for r in rows]


def tag_counts(db: Database) -> dict[str, int]:
    """Every tag path with the number of cases tagged with exactly that tag."""
    return {t.path: t.count for t in list_tags(db)}


def cases_with_tag(db: Database, path: str, include_children: bool = True) -> list[str]:
    tag_id = find(db, path)
    if tag_id is None:
        return []
    ids = _descendants(db, tag_id) if include_children else [tag_id]
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT DISTINCT case_id FROM case_tags WHERE tag_id IN ({marks}) ORDER BY case_id", ids
    ).fetchall()
    return [str(r[0]) for r in rows]
