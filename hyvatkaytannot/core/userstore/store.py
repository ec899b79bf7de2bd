"""`UserStore`: the user's own layer (tags, annotations, collections, saved searches).

Opening (opening.py) checks the file's health and version, sets the pragmas, backs up
before each pending migration and migrates. A store in a read-only folder or on a full disk
opens read-only (`read_only` says why) and refuses every write with that reason. Backups:
on open when the newest is a day old, after every 30 minutes of use with changes
(`maybe_backup`, the GUI calls it on a timer), and on close when anything changed. The methods are
thin: the work is in the modules named for what they hold.

One connection per store, guarded by a lock, so the GUI's main thread and its background
worker can share it; SQLite itself serializes the GUI and a CLI command (busy timeout).
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from hyvatkaytannot.core.messages import UserMessage
from hyvatkaytannot.core.userstore import annotations as _ann
from hyvatkaytannot.core.userstore import backup as _backup
from hyvatkaytannot.core.userstore import collections as _coll
from hyvatkaytannot.core.userstore import interchange as _io
from hyvatkaytannot.core.userstore import migrations as _mig
from hyvatkaytannot.core.userstore import opening as _opening
from hyvatkaytannot.core.userstore import saved_searches as _saved
from hyvatkaytannot.core.userstore import tags as _tags
from hyvatkaytannot.core.userstore.annotations import Annotation
from hyvatkaytannot.core.userstore.collections import Collection
from hyvatkaytannot.core.userstore.db import integrity_ok, translate
from hyvatkaytannot.core.userstore.errors import StoreError, StoreReadOnly, StoreWriteError
from hyvatkaytannot.core.userstore.interchange import ImportReport
from hyvatkaytannot.core.userstore.opening import restore_backup
from hyvatkaytannot.core.userstore.saved_searches import SavedSearch
from hyvatkaytannot.core.userstore.tags import MergePreview, Tag

P = ParamSpec("P")
Ids = str | Iterable[str]
R = TypeVar("R")
DAILY = dt.timedelta(hours=24)
# Anki's interval: a real corruption loses at most half an hour of notes.
BACKUP_INTERVAL = dt.timedelta(minutes=30)


def _locked(
    method: Callable[Concatenate[UserStore, P], R],
) -> Callable[Concatenate[UserStore, P], R]:
    @functools.wraps(method)
    def wrapper(self: UserStore, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            if self._db is None:
                raise StoreError("store.user_store_closed")
            before = self._db.conn.total_changes
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as e:
                if self.read_only is not None:
                    raise StoreReadOnly(self.read_only) from e
                raise translate(e) from e
            except StoreWriteError as e:
                if self.read_only is not None and not isinstance(e, StoreReadOnly):
                    raise StoreReadOnly(self.read_only) from e
                raise
            finally:
                if self._db is not None and self._db.conn.total_changes != before:
                    self._changed_since_backup = True

    return wrapper


def _ids(value: Ids) -> list[str]:
    """One id or many: a lone string is one id, never its characters."""
    return [value] if isinstance(value, str) else list(value)


class UserStore:
    def __init__(
        self,
        db: Database,
        db_path: Path,
        backups_dir: Path,
        keep_backups: int,
        read_only: UserMessage | None = None,
    ) -> None:
        self._db: Database | None = db
        # (Finnish, English) reason when the store is open read-only; None when writable.
        self.read_only = read_only
        self._changed_since_backup = False
        self._last_backup = time.monotonic()
        self.db_path = db_path
        self.backups_dir = backups_dir
        self.keep_backups = keep_backups
        self._lock = threading.RLock()
        # Set when the daily backup could not be written (the store still works).
        self.backup_error: StoreError | None = None

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def open(cls, db_path: Path, backups_dir: Path, keep_backups: int = 10) -> UserStore:
        db_path, backups_dir = Path(db_path), Path(backups_dir)
        db, read_only = _opening.open_db(db_path, backups_dir, keep_backups)
        store = cls(db, db_path, backups_dir, keep_backups, read_only)
        if read_only is None:
            try:
                store.maybe_daily_backup()
            except StoreError as e:
                store.backup_error = e
        return store

    def close(self) -> None:
        """Close; a verified backup first when anything changed since the last one."""
        with self._lock:
            if self._db is not None:
                if self._changed_since_backup and self.read_only is None:
                    try:
                        self.backup("quit")
                    except StoreError as e:
                        self.backup_error = e
                self._db.close()
                self._db = None

    def __enter__(self) -> UserStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> Database:
        """The sqlite-utils database (for tests and read-only tools; write via methods)."""
        if self._db is None:
            raise StoreError("store.user_store_closed")
        return self._db

    # -- tags ----------------------------------------------------------------------------
    @_locked
    def tags(self) -> list[Tag]:
        return _tags.list_tags(self.db)

    @_locked
    def create_tag(self, path: str, colour: str | None = None) -> Tag:
        return _tags.create(self.db, path, colour)

    @_locked
    def rename_tag(self, old: str, new: str) -> Tag:
        return _tags.rename(self.db, old, new)

    @_locked
    def set_tag_colour(self, path: str, colour: str | None) -> None:
        _tags.set_colour(self.db, path, colour)

    @_locked
    def set_tag_parent(self, path: str, parent: str | None) -> Tag:
        return _tags.set_parent(self.db, path, parent)

    @_locked
    def merge_preview(self, sources: Ids, into: str) -> MergePreview:
        """What `merge_tags` would do: how many cases change, which tags go."""
        return _tags.merge_preview(self.db, _ids(sources), into)

    @_locked
    def merge_tags(self, sources: Ids, into: str) -> MergePreview:
        return _tags.merge(self.db, _ids(sources), into)

    @_locked
    def delete_tag(self, path: str) -> int:
        return _tags.delete(self.db, path)

    @_locked
    def tag(self, case_ids: Ids, tags: Ids) -> int:
        """Bulk tag: every tag (created if missing) on every case; returns links added."""
        return _tags.tag_cases(self.db, _ids(case_ids), _ids(tags))

    @_locked
    def untag(self, case_ids: Ids, tags: Ids) -> int:
        """Bulk untag (the tags themselves stay); returns links removed."""
        return _tags.untag_cases(self.db, _ids(case_ids), _ids(tags))

    @_locked
    def tags_for_case(self, case_id: str) -> list[str]:
        return _tags.tags_for_case(self.db, case_id)

    @_locked
    def tag_counts(self) -> dict[str, int]:
        return _tags.tag_counts(self.db)

    @_locked
    def cases_with_tag(self, tag: str, include_children: bool = True) -> list[str]:
        return _tags.cases_with_tag(self.db, tag, include_children)

    # -- annotations ---------------------------------------------------------------------
    @_locked
    def add_annotation(
        self, case_id: str, text: str, start: int, end: int, note: str
    ) -> Annotation:
        return _ann.add(self.db, case_id, text, start, end, note)

    @_locked
    def annotate_quote(self, case_id: str, text: str, quote: str, note: str) -> Annotation:
        return _ann.annotate_quote(self.db, case_id, text, quote, note)

    @_locked
    def annotations(self, case_id: str | None = None) -> list[Annotation]:
        return _ann.list_annotations(self.db, case_id)

    @_locked
    def annotation(self, annotation_id: str) -> Annotation:
        return _ann.get(self.db, annotation_id)

    @_locked
    def reanchor(self, case_id: str, text: str, body_start: int = 0) -> list[Annotation]:
        return _ann.reanchor(self.db, case_id, text, body_start)

    @_locked
    def reattach(self, annotation_id: str, text: str, start: int, end: int) -> Annotation:
        return _ann.reattach(self.db, annotation_id, text, start, end)

    @_locked
    def update_note(self, annotation_id: str, note: str) -> Annotation:
        return _ann.update_note(self.db, annotation_id, note)

    @_locked
    def set_annotation_colour(self, annotation_id: str, colour: str | None) -> Annotation:
        return _ann.set_colour(self.db, annotation_id, colour)

    @_locked
    def delete_annotation(self, annotation_id: str) -> None:
        _ann.delete(self.db, annotation_id)

    @_locked
    def note_texts_for_case(self, case_id: str) -> list[str]:
        return _ann.note_texts_for_case(self.db, case_id)

    # -- collections ---------------------------------------------------------------------
    @_locked
    def collections(self) -> list[Collection]:
        return _coll.list_collections(self.db)

    @_locked
    def collection(self, id_or_title: str) -> Collection:
        return _coll.find(self.db, id_or_title)

    @_locked
    def create_collection(
        self, title: str, description: str = "", case_ids: Ids = ()
    ) -> Collection:
        return _coll.create(self.db, title, description, _ids(case_ids))

    @_locked
    def rename_collection(self, collection_id: str, title: str) -> Collection:
        return _coll.rename(self.db, collection_id, title)

    @_locked
    def describe_collection(self, collection_id: str, description: str) -> Collection:
        return _coll.describe(self.db, collection_id, description)

    @_locked
    def add_to_collection(
        self, collection_id: str, case_ids: Ids, position: int | None = None
    ) -> Collection:
        """Add one case or many (at the end, or before `position`)."""
        return _coll.add(self.db, collection_id, _ids(case_ids), position)

    @_locked
    def remove_from_collection(self, collection_id: str, case_ids: Ids) -> Collection:
        return _coll.remove(self.db, collection_id, _ids(case_ids))

    def collection_items(self, collection_id: str) -> list[str]:
        """The case ids of a collection, in order."""
        return self.collection(collection_id).case_ids

    @_locked
    def move_in_collection(self, collection_id: str, case_id: str, position: int) -> Collection:
        return _coll.move(self.db, collection_id, case_id, position)

    @_locked
    def reorder_collection(self, collection_id: str, case_ids: list[str]) -> Collection:
        return _coll.reorder(self.db, collection_id, case_ids)

    @_locked
    def delete_collection(self, collection_id: str) -> None:
        _coll.delete(self.db, collection_id)

    @_locked
    def collections_with_case(self, case_id: str) -> list[str]:
        return _coll.collections_with_case(self.db, case_id)

    # -- saved searches ------------------------------------------------------------------
    @_locked
    def saved_searches(self) -> list[SavedSearch]:
        return _saved.list_saved(self.db)

    @_locked
    def saved_search(self, id_or_name: str) -> SavedSearch:
        return _saved.get(self.db, id_or_name)

    @_locked
    def save_search(
        self, name: str, query: str, filters: dict[str, Any] | None = None
    ) -> SavedSearch:
        return _saved.save(self.db, name, query, filters)

    @_locked
    def delete_saved_search(self, id_or_name: str) -> None:
        _saved.delete(self.db, id_or_name)

    # -- interchange ---------------------------------------------------------------------
    @_locked
    def export_data(self) -> dict[str, Any]:
        return _io.export_data(self.db)

    @_locked
    def import_data(
        self, data: dict[str, Any], progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Schema-checked, then merged in one transaction (interchange.py)."""
        return _io.import_data(self.db, data, progress)

    def export_json(self, path: Path) -> None:
        _io.write_json(path, self.export_data())

    @_locked
    def import_json(
        self, path: Path, progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Streamed in bounded memory, each entry schema-checked, one transaction
        (interchange.import_file); progress(bytes read, file size)."""
        return _io.import_file(self.db, path, progress)

    # -- backups -------------------------------------------------------------------------
    @_locked
    def backup(self, reason: str = "manual") -> Path:
        """A verified backup now, through SQLite's backup API."""
        path = _backup.make_backup(self.db.conn, self.backups_dir, reason, self.keep_backups)
        self._changed_since_backup = False
        self._last_backup = time.monotonic()
        return path

    def maybe_backup(self, interval: dt.timedelta = BACKUP_INTERVAL) -> Path | None:
        """A backup when something changed and `interval` of use has passed since the last."""
        with self._lock:
            if self._db is None or self.read_only is not None or not self._changed_since_backup:
                return None
            if time.monotonic() - self._last_backup < interval.total_seconds():
                return None
            try:
                return self.backup("interval")
            except StoreError as e:
                self.backup_error = e
                return None

    def backups(self) -> list[Path]:
        """Backups, newest first."""
        return _backup.list_backups(self.backups_dir)

    @_locked
    def maybe_daily_backup(self) -> Path | None:
        """Make the daily backup if the newest one is a day old (the GUI calls this too)."""
        newest = self.backups()
        when = _backup.backup_time(newest[0]) if newest else None
        if when is not None and dt.datetime.now(dt.UTC) - when < DAILY:
            return None
        if not _mig.applied(self.db) or not _opening.has_user_data(self.db):
            return None  # nothing of the user's to protect yet
        return self.backup("daily")

    @_locked
    def integrity_check(self) -> tuple[bool, str]:
        return integrity_ok(self.db.conn)

    def restore(self, backup_file: Path) -> Path | None:
        """Replace the database with `backup_file`; return where the previous one went."""
        with self._lock:
            self.close()
            try:
                return restore_backup(
                    backup_file, self.db_path, self.backups_dir, self.keep_backups
                )
            finally:
                self._db, self.read_only = _opening.open_db(
                    self.db_path, self.backups_dir, self.keep_backups
                )
