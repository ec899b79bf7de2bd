"""The user's own layer: tags, annotations, collections and saved searches in SQLite.

What the user adds cannot be rebuilt, so it lives in its own database in the data
directory (never in the case files) and is guarded: WAL with full sync, IMMEDIATE write
transactions, named migrations with a backup before each, daily verified backups, a
damaged file kept aside, and clear errors when the disk is full or read-only.

    store = UserStore.open(db_path, backups_dir, keep_backups=10)
"""

from hyvatkaytannot.core.userstore.anchoring import ANCHORED, CHANGED, MOVED, ORPHAN
from hyvatkaytannot.core.userstore.annotations import Annotation
from hyvatkaytannot.core.userstore.collections import Collection
from hyvatkaytannot.core.userstore.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    NotFound,
    StoreError,
    StoreWriteError,
)
from hyvatkaytannot.core.userstore.interchange import ImportReport
from hyvatkaytannot.core.userstore.opening import restore_backup
from hyvatkaytannot.core.userstore.saved_searches import SavedSearch
from hyvatkaytannot.core.userstore.store import UserStore
from hyvatkaytannot.core.userstore.tags import MergePreview, Tag

__all__ = [
    "ANCHORED",
    "CHANGED",
    "MOVED",
    "ORPHAN",
    "Annotation",
    "Collection",
    "DatabaseCorrupt",
    "DatabaseTooNew",
    "ImportReport",
    "MergePreview",
    "NotFound",
    "SavedSearch",
    "StoreError",
    "StoreWriteError",
    "Tag",
    "UserStore",
    "restore_backup",
]
