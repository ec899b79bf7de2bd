"""Schema of the user database, as named sqlite-utils `Migrations`.

Design decisions:
- The migrations are the only schema: a fresh database is built by running all of them,
  an old one by running the pending ones. There is no second, hand-kept `CREATE` script.
- Each migration runs in its own `BEGIN IMMEDIATE` transaction together with the record of
  it having run, so a failure leaves the database at the previous step; `PRAGMA
  user_version` is set to the number of applied migrations in the same transaction (for
  outside tools; the names in `_sqlite_migrations` are what we trust).
- A database that has a migration this app does not know was written by a newer version:
  it is refused before anything is written (`DatabaseTooNew`).
- Never edit a released migration; add a new one at the end.
- Ids are text (uuid4 hex) so that the user's layer exported on one machine merges into
  another by id without clashes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database, Migrations
from sqlite_utils.db import ForeignKey

from hyvatkaytannot.core.userstore.db import translate
from hyvatkaytannot.core.userstore.errors import DatabaseTooNew

MIGRATION_SET = "hyvatkaytannot-user"
MIGRATIONS = Migrations(MIGRATION_SET)


def _fk(table: str, column: str, other: str) -> ForeignKey:
    return ForeignKey(
        table=table, column=column, other_table=other, other_column="id", on_delete="CASCADE"
    )


@MIGRATIONS(name="0001_tags")
def _tags(db: Database) -> None:
    db.table("tags").create(
        {
            "id": str,
            "name": str,
            # casefolded NFC name: "Kestävyys" and "kestävyys" are one tag
            "name_key": str,
            "parent_id": str,
            "colour": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        not_null=["name", "name_key", "created", "updated"],
        foreign_keys=[_fk("tags", "parent_id", "tags")],
    )
    # One name per level; roots have a NULL parent, which a plain UNIQUE would not compare.
    db.execute("CREATE UNIQUE INDEX tags_unique_name ON tags (COALESCE(parent_id, ''), name_key)")
    db.table("case_tags").create(
        {"case_id": str, "tag_id": str, "added": str},
        pk=("case_id", "tag_id"),
        not_null=["case_id", "tag_id"],
        foreign_keys=[_fk("case_tags", "tag_id", "tags")],
    )
    db.table("case_tags").create_index(["tag_id"])


@MIGRATIONS(name="0002_annotations")
def _annotations(db: Database) -> None:
    db.table("annotations").create(
        {
            "id": str,
            "case_id": str,
            # W3C TextQuoteSelector + TextPositionSelector, code points of the case text
            "quote": str,
            "prefix": str,
            "suffix": str,
            "start": int,
            "end": int,
            "note": str,
            "status": str,
            # where the passage is now, when it moved or changed
            "current_quote": str,
            "current_start": int,
            "current_end": int,
            "created": str,
            "updated": str,
            # 1 if the quote occurred once in the text it was made on (re-anchoring trusts
            # a lone exact match without context only then); NULL when not known (imports)
            "unique_quote": int,
        },
        pk="id",
        not_null=["case_id", "quote", "prefix", "suffix", "start", "end", "note", "status"],
        defaults={"status": "anchored", "note": "", "prefix": "", "suffix": ""},
    )
    db.table("annotations").create_index(["case_id"])


@MIGRATIONS(name="0003_collections")
def _collections(db: Database) -> None:
    db.table("collections").create(
        {"id": str, "title": str, "description": str, "created": str, "updated": str},
        pk="id",
        not_null=["title", "description"],
        defaults={"description": ""},
    )
    db.table("collection_items").create(
        {"collection_id": str, "case_id": str, "position": int, "added": str},
        pk=("collection_id", "case_id"),
        not_null=["collection_id", "case_id", "position"],
        foreign_keys=[_fk("collection_items", "collection_id", "collections")],
    )
    db.table("collection_items").create_index(["case_id"])


@MIGRATIONS(name="0004_saved_searches")
def _saved_searches(db: Database) -> None:
    db.table("saved_searches").create(
        {
            "id": str,
            "name": str,
            "name_key": str,
            "query": str,
            # JSON object of the filters (facet selections, sort)
            "filters": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        not_null=["name", "name_key", "query", "filters"],
        defaults={"filters": "{}"},
    )
    db.table("saved_searches").create_index(["name_key"], unique=True)


@MIGRATIONS(name="0005_summary_in_text")
def _summary_in_text(db: Database) -> None:
    # From this version the text notes anchor to starts with the case summary (render.
    # plain_text), so every stored position is behind by the summary's length. Positions
    # cannot be moved here: the cases are not in the database. The notes made before are
    # listed, and `annotations.reanchor` moves each by its case's body start and re-makes
    # its selector the first time the case is shown, then drops it from the list.
    db.table("legacy_body_anchors").create({"annotation_id": str}, pk="annotation_id")
    db.execute("INSERT INTO legacy_body_anchors (annotation_id) SELECT id FROM annotations")


@MIGRATIONS(name="0006_highlight_colour")
def _highlight_colour(db: Database) -> None:
    # A highlight's colour (annotations.COLOURS); NULL is the default colour.
    db.table("annotations").add_column("colour", str)


def names(migrations: Migrations = MIGRATIONS) -> list[str]:
    return [m.name for m in migrations._migrations]


def applied(db: Database, migrations: Migrations = MIGRATIONS) -> list[str]:
    """Names already applied (read-only)."""
    return [m.name for m in migrations.applied(db)]


def pending(db: Database, migrations: Migrations = MIGRATIONS) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def refuse_if_too_new(db: Database, path: Path, migrations: Migrations = MIGRATIONS) -> None:
    """Raise `DatabaseTooNew` if the database has migrations this app does not know."""
    known = set(names(migrations))
    unknown = [n for n in applied(db, migrations) if n not in known]
    if unknown:
        raise DatabaseTooNew(path, unknown)


def apply(
    db: Database,
    before_each: Callable[[str], None] | None = None,
    migrations: Migrations = MIGRATIONS,
) -> list[str]:
    """Run the pending migrations, each in its own IMMEDIATE transaction; return their names.

    `before_each(name)` runs before each one outside any transaction (the backup hook).
    """
    todo = pending(db, migrations)
    done: list[str] = []
    for i, name in enumerate(todo):
        if before_each is not None:
            before_each(name)
        conn = db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            # Migrations.apply nests its own atomic() as a savepoint inside our transaction;
            # stop_before keeps it to this one migration.
            migrations.apply(db, stop_before=todo[i + 1 :] or None)
            count = len(applied(db, migrations))
            conn.execute(f"PRAGMA user_version={count}")
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise translate(e) from e
            raise
        done.append(name)
    return done
