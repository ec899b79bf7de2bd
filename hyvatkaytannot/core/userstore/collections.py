"""Collections: ordered lists of cases with a title and a description.

A trainer's sequence or a coordinator's curated set. A case can be in many collections but
only once in each. Positions are kept dense (0..n-1) after every change, so the order is
simply `ORDER BY position`. Items are case ids: a case that is not in the library right now
(an unplugged network folder) stays in the list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from hyvatkaytannot.core.userstore.db import new_id, now, write
from hyvatkaytannot.core.userstore.errors import NotFound, StoreError


@dataclass
class Collection:
    id: str
    title: str
    description: str
    case_ids: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""


def _title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise StoreError("store.collection_title_cannot_empty")
    return title


def get(db: Database, collection_id: str) -> Collection:
    row = db.execute(
        "SELECT id, title, description, created, updated FROM collections WHERE id = ?",
        [collection_id],
    ).fetchone()
    if row is None:
        raise NotFound("store.no_such_collection_2", collection_id=collection_id)
    items = db.execute(
        "SELECT case_id FROM collection_items WHERE collection_id = ? ORDER BY position",
        [collection_id],
    ).fetchall()
    return Collection(row[0], row[1], row[2], [str(r[0]) for r in items], row[3], row[4])


def list_collections(db: Database) -> list[Collection]:
    ids = [str(r[0]) for r in db.execute("SELECT id FROM collections ORDER BY title, created")]
    return [get(db, i) for i in ids]


def find(db: Database, id_or_title: str) -> Collection:
    """By id, or by title when exactly one collection has it (for the CLI)."""
    if db.execute("SELECT 1 FROM collections WHERE id = ?", [id_or_title]).fetchone():
        return get(db, id_or_title)
    rows = db.execute(
        "SELECT id FROM collections WHERE title = ?", [" ".join(id_or_title.split())]
    ).fetchall()
    if len(rows) == 1:
        return get(db, str(rows[0][0]))
    if len(rows) > 1:
        raise StoreError(
            "store.collections_are_titled_use", count=len(rows), id_or_title=id_or_title
        )
    raise NotFound("store.no_such_collection", id_or_title=id_or_title)


def create(
    db: Database, title: str, description: str = "", case_ids: Iterable[str] = ()
) -> Collection:
    stamp = now()
    cid = new_id()
    with write(db):
        db.table("collections").insert(
            {
                "id": cid,
                "title": _title(title),
                "description": description,
                "created": stamp,
                "updated": stamp,
            }
        )
        add(db, cid, case_ids)
    return get(db, cid)


def rename(db: Database, collection_id: str, title: str) -> Collection:
    with write(db):
        get(db, collection_id)
        db.table("collections").update(collection_id, {"title": _title(title), "updated": now()})
    return get(db, collection_id)


def describe(db: Database, collection_id: str, description: str) -> Collection:
    with write(db):
        get(db, collection_id)
        db.table("collections").update(
            collection_id, {"description": description, "updated": now()}
        )
    return get(db, collection_id)


def _set_order(db: Database, collection_id: str, case_ids: list[str]) -> None:
    for pos, case_id in enumerate(case_ids):
        db.execute(
            "UPDATE collection_items SET position = ? WHERE collection_id = ? AND case_id = ?",
            [pos, collection_id, case_id],
        )
    db.table("collections").update(collection_id, {"updated": now()})


def add(
    db: Database, collection_id: str, case_ids: Iterable[str], position: int | None = None
) -> Collection:
    """Add cases (at the end, or before `position`); cases already there stay where they are."""
    with write(db):
        current = get(db, collection_id).case_ids
        new = [c for c in dict.fromkeys(case_ids) if c not in current]
        if new:
            stamp = now()
            for case_id in new:
                db.table("collection_items").insert(
                    {
                        "collection_id": collection_id,
                        "case_id": case_id,
                        "position": len(current) + 1000,
                        "added": stamp,
                    }
                )
            at = len(current) if position is None else max(0, min(position, len(current)))
            _set_order(db, collection_id, current[:at] + new + current[at:])
    return get(db, collection_id)


def remove(db: Database, collection_id: str, case_ids: Iterable[str]) -> Collection:
    with write(db):
        current = get(db, collection_id).case_ids
        gone = set(case_ids)
        missing = gone - set(current)
        if missing:
            raise NotFound("store.not_collection", cases=", ".join(sorted(missing)))
        marks = ",".join("?" * len(gone))
        db.execute(
            f"DELETE FROM collection_items WHERE collection_id = ? AND case_id IN ({marks})",
            [collection_id, *gone],
        )
        _set_order(db, collection_id, [c for c in current if c not in gone])
    return get(db, collection_id)


def move(db: Database, collection_id: str, case_id: str, position: int) -> Collection:
    """Move one case to `position` (0-based; clamped to the list)."""
    with write(db):
        current = get(db, collection_id).case_ids
        if case_id not in current:
            raise NotFound("store.not_collection_2", case_id=case_id)
        current.remove(case_id)
        current.insert(max(0, min(position, len(current))), case_id)
        _set_order(db, collection_id, current)
    return get(db, collection_id)


def reorder(db: Database, collection_id: str, case_ids: list[str]) -> Collection:
    """Set the whole order at once; the list must hold exactly the collection's cases."""
    with write(db):
        current = get(db, collection_id).case_ids
        if sorted(current) != sorted(case_ids) or len(set(case_ids)) != len(case_ids):
            raise StoreError("store.new_order_must_hold")
        _set_order(db, collection_id, case_ids)
    return get(db, collection_id)


def delete(db: Database, collection_id: str) -> None:
    with write(db):
        get(db, collection_id)
        db.table("collections").delete(collection_id)


def collections_with_case(db: Database, case_id: str) -> list[str]:
    return [
        str(r[0])
        for r in db.execute(
            "SELECT collection_id FROM collection_items WHERE case_id = ?", [case_id]
        )
    ]
