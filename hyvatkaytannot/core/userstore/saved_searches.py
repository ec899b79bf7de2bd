"""Saved searches: a name, a query string and its filters (facet selections, sort).

Names are unique case-insensitively (saving under an existing name replaces that search,
as a "save" button does). Filters are stored as a JSON object so the search engineer can
add filter kinds without a migration.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from hyvatkaytannot.core.userstore.db import new_id, now, write
from hyvatkaytannot.core.userstore.errors import NotFound, StoreError


@dataclass
class SavedSearch:
    id: str
    name: str
    query: str
    filters: dict[str, Any] = field(default_factory=dict)
    created: str = ""
    updated: str = ""


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _from_row(row: tuple[Any, ...]) -> SavedSearch:
    try:
        filters = json.loads(row[3] or "{}")
    except ValueError:
        filters = {}
    return SavedSearch(
        row[0], row[1], row[2], filters if isinstance(filters, dict) else {}, row[4], row[5]
    )


_COLUMNS = "id, name, query, filters, created, updated"


def list_saved(db: Database) -> list[SavedSearch]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM saved_searches ORDER BY name_key").fetchall()
    return [_from_row(r) for r in rows]


def get(db: Database, id_or_name: str) -> SavedSearch:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM saved_searches WHERE id = ? OR name_key = ?",
        [id_or_name, _key(id_or_name)],
    ).fetchone()
    if row is None:
        raise NotFound("store.no_saved_search", id_or_name=id_or_name)
    return _from_row(row)


def save(db: Database, name: str, query: str, filters: dict[str, Any] | None = None) -> SavedSearch:
    """Save (or replace, by name) a search."""
    clean = " ".join(name.split())
    if not clean:
        raise StoreError("store.saved_search_needs_name")
    payload = json.dumps(filters or {}, ensure_ascii=False, sort_keys=True)
    stamp = now()
    with write(db):
        row = db.execute(
            "SELECT id FROM saved_searches WHERE name_key = ?", [_key(clean)]
        ).fetchone()
        if row is None:
            sid = new_id()
            db.table("saved_searches").insert(
                {
                    "id": sid,
                    "name": clean,
                    "name_key": _key(clean),
                    "query": query,
                    "filters": payload,
                    "created": stamp,
                    "updated": stamp,
                }
            )
        else:
            sid = str(row[0])
            db.table("saved_searches").update(
                sid, {"name": clean, "query": query, "filters": payload, "updated": stamp}
            )
    return get(db, sid)


def delete(db: Database, id_or_name: str) -> None:
    with write(db):
        found = get(db, id_or_name)
        db.table("saved_searches").delete(found.id)
