"""The word → keys cache: an LRU in memory in front of a small SQLite file.

Design decisions:
- Re-indexing the same library analyses no word twice: the keys of every analysed word
  are kept in `analysis-cache.sqlite` in the data directory (DataPaths.analysis_cache_path).
- The file is stamped with ANALYZER_VERSION; a different stamp empties it (keys from an
  older analysis must not leak into a new index).
- The file is a disposable accelerator: a corrupt or unreadable file is deleted and
  recreated, and if even that fails the cache runs in memory only. Nothing here may stop
  indexing or searching.
- Writes are batched (one transaction per FLUSH_EVERY new words, and on `flush()` /
  `close()` / process exit): one transaction per word would make indexing disk-bound.
- One lock guards the memory LRU and the connection (check_same_thread=False): the GUI
  analyses queries in one thread while the index writer analyses documents in another.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path

log = logging.getLogger(__name__)

Keys = tuple[tuple[str, ...], tuple[str, ...]]  # (index keys, query keys)

FLUSH_EVERY = 500
MEMORY_WORDS = 100_000
_SEP = " "  # keys never contain spaces (they come from tokens)


class KeyCache:
    def __init__(self, path: Path | None, version: str, memory_words: int = MEMORY_WORDS) -> None:
        self.path = path
        self.version = version
        self.memory_words = memory_words
        self._lock = threading.RLock()
        self._memory: OrderedDict[str, Keys] = OrderedDict()
        self._pending: dict[str, Keys] = {}
        self._db: sqlite3.Connection | None = None
        self._opened = False

    # -- public -------------------------------------------------------------------------

    def get(self, word: str) -> Keys | None:
        with self._lock:
            keys = self._memory.get(word)
            if keys is not None:
                self._memory.move_to_end(word)
                return keys
            keys = self._pending.get(word) or self._read(word)
            if keys is not None:
                self._remember(word, keys)
            return keys

    def put(self, word: str, keys: Keys) -> None:
        with self._lock:
            self._remember(word, keys)
            if self.path is not None:
                self._pending[word] = keys
                if len(self._pending) >= FLUSH_EVERY:
                    self.flush()

    def flush(self) -> None:
        with self._lock:
            if not self._pending:
                return
            db = self._connection()
            rows = [(w, _SEP.join(i), _SEP.join(q)) for w, (i, q) in self._pending.items()]
            self._pending.clear()
            if db is None:
                return
            try:
                with db:
                    db.executemany("INSERT OR REPLACE INTO keys VALUES (?, ?, ?)", rows)
            except sqlite3.Error as exc:
                self._give_up(exc)

    def close(self) -> None:
        with self._lock:
            self.flush()
            if self._db is not None:
                self._db.close()
                self._db = None

    def __len__(self) -> int:
        return len(self._memory)

    # -- internals ----------------------------------------------------------------------

    def _remember(self, word: str, keys: Keys) -> None:
        self._memory[word] = keys
        if len(self._memory) > self.memory_words:
            self._memory.popitem(last=False)

    def _read(self, word: str) -> Keys | None:
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT ikeys, qkeys FROM keys WHERE word = ?", (word,)).fetchone()
        except sqlite3.Error as exc:
            self._give_up(exc)
            return None
        if row is None:
            return None
        return tuple(row[0].split()), tuple(row[1].split())

    def _connection(self) -> sqlite3.Connection | None:
        if self._opened:
            return self._db
        self._opened = True
        if self.path is None:
            return None
        try:
            self._db = self._open()
        except (sqlite3.Error, OSError) as exc:
            log.warning("analysis cache %s unusable (%s); recreating it", self.path, exc)
            self._discard_file()
            try:
                self._db = self._open()
            except (sqlite3.Error, OSError) as exc2:
                log.warning("analysis cache %s disabled: %s", self.path, exc2)
                self._db = None
        return self._db

    def _open(self) -> sqlite3.Connection:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=2.0, check_same_thread=False)
        try:
            # Reading the schema is what fails on a file that is not a database.
            db.execute("PRAGMA journal_mode=WAL")
            # A lost last batch after a power cut only costs re-analysis: no fsync per batch.
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != self.version:
                with db:
                    db.execute("DROP TABLE IF EXISTS keys")
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
            db.execute(
                "CREATE TABLE IF NOT EXISTS keys "
                "(word TEXT PRIMARY KEY, ikeys TEXT NOT NULL, qkeys TEXT NOT NULL)"
            )
            db.execute("SELECT count(*) FROM keys").fetchone()
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _discard_file(self) -> None:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("cannot remove %s%s: %s", self.path, suffix, exc)

    def _give_up(self, exc: Exception) -> None:
        """A database error after opening: continue in memory only."""
        log.warning("analysis cache %s failed (%s); continuing without it", self.path, exc)
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None
