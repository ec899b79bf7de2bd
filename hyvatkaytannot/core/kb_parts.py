"""The facade's lazy parts: library, user store and search index, opened on first use.

`KnowledgeBase` (kb.py) is this plus the write operations; open that one.

Threads: the GUI's main thread and its two worker threads share one facade. The lazy parts
are created under `_lock` (each exactly once); the store has its own lock and the index
serialises its readers and its writer.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.messages import UserMessage, message
from hyvatkaytannot.core.paths import DataPaths
from hyvatkaytannot.core.problems import Problem
from hyvatkaytannot.core.resources import bundled_practices_dir
from hyvatkaytannot.core.settings import Settings

if TYPE_CHECKING:
    from hyvatkaytannot.core.library import Library, LoadResult
    from hyvatkaytannot.core.search import IndexReport, SearchIndex, SearchResponse
    from hyvatkaytannot.core.userstore import UserStore

ProgressFn = Callable[[int, int, str], None]
# Runs `work` (the index updates of one write) somewhere; `work` raises on failure.
IndexRunner = Callable[[Callable[[], None]], None]


class KnowledgeBaseParts:
    """The lazy parts and the reads; `KnowledgeBase` (kb.py) adds the write operations."""

    def __init__(
        self,
        paths: DataPaths,
        libraries: Iterable[str | os.PathLike[str]] = (),
        include_bundled: bool = True,
    ) -> None:
        self.paths = paths
        self.settings = Settings(paths.settings_path)
        self._extra_libraries = [Path(p).expanduser().resolve() for p in libraries]
        self._include_bundled = include_bundled
        self._library: Library | None = None
        self._result: LoadResult | None = None
        self._store: UserStore | None = None
        self._index: SearchIndex | None = None
        # Creation of the lazy parts; re-entrant (loading the cases opens the library).
        self._lock = threading.RLock()
        self._index_runner: IndexRunner | None = None
        # Where user-facing notices go: the CLI prints them, the GUI shows a banner; each in
        # its own language.
        self.notice_sink: Callable[[UserMessage], None] | None = None
        # A temporary index folder, used when the data dir's index cannot be written.
        self._temp_index_dir: Path | None = None
        # False (the GUI): a search that finds the index damaged raises IndexNeedsRebuild
        # and the caller rebuilds in the background; True (the CLI): rebuild, then answer.
        self.rebuild_damaged_in_search = True

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        libraries: Iterable[str | os.PathLike[str]] = (),
        include_bundled: bool = True,
    ) -> Self:
        paths = DataPaths.resolve(data_dir)
        paths.ensure()
        return cls(paths, libraries, include_bundled)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None
            if self._store is not None:
                self._store.close()
                self._store = None
            if self._temp_index_dir is not None:
                shutil.rmtree(self._temp_index_dir, ignore_errors=True)
                self._temp_index_dir = None

    def notify(self, said: UserMessage) -> None:
        if self.notice_sink is not None:
            self.notice_sink(said)

    # -- library -----------------------------------------------------------------------
    def library_folders(self) -> list[tuple[Path, bool]]:
        """(folder, read_only) in search order: bundled, the user's own, then extra ones."""
        folders: list[tuple[Path, bool]] = []
        if self._include_bundled:
            # A broken installation still opens the user's own cases.
            with contextlib.suppress(FileNotFoundError):
                folders.append((bundled_practices_dir(), True))
        folders.append((self.paths.user_cases_dir, False))
        extra = [Path(p) for p in self.settings.get("library_folders")] + self._extra_libraries
        for p in extra:
            p = p.expanduser().resolve()
            if all(p != f for f, _ in folders):
                folders.append((p, False))
        return folders

    @property
    def library(self) -> Library:
        with self._lock:
            if self._library is None:
                from hyvatkaytannot.core.library import Library

                self._library = Library(self.library_folders())
            return self._library

    def reload_library(self) -> None:
        """Forget the library so the next access re-reads the folders (after a settings change)."""
        with self._lock:
            self._library = None
            self._result = None

    def load_cases(self, progress: ProgressFn | None = None) -> LoadResult:
        result = self.library.load(progress=progress)
        self._result = result  # one assignment: readers see the old or the new result
        return result

    def _loaded(self) -> LoadResult:
        result = self._result
        if result is None:
            with self._lock:  # the first reader loads; the others wait for it
                result = self._result or self.load_cases()
        return result

    @property
    def cases(self) -> dict[str, Case]:
        return self._loaded().cases

    @property
    def problems(self) -> list[Problem]:
        return self._loaded().problems

    def get_case(self, case_id: str) -> Case | None:
        return self.cases.get(case_id)

    # -- user store --------------------------------------------------------------------
    @property
    def store(self) -> UserStore:
        """The user store, for reads; write through the operations (they re-index)."""
        with self._lock:
            if self._store is None:
                from hyvatkaytannot.core.userstore import UserStore

                self._store = UserStore.open(
                    self.paths.db_path,
                    backups_dir=self.paths.backups_dir,
                    keep_backups=int(self.settings.get("backups_keep")),
                )
                if self._store.read_only is not None:
                    self.notify(message("store.read_only_notice", reason=self._store.read_only))
            return self._store

    def maybe_backup(self) -> Path | None:
        """The timed backup (after 30 minutes of use with changes) when the store is open;
        never opens it: a store that could not open has nothing new to keep."""
        with self._lock:
            store = self._store
        return store.maybe_backup() if store is not None else None

    # -- search index ------------------------------------------------------------------
    @property
    def index(self) -> SearchIndex:
        with self._lock:
            if self._index is None:
                from hyvatkaytannot.core.search import SearchIndex

                self._index = SearchIndex(
                    self.paths.index_dir, cache_path=self.paths.analysis_cache_path
                )
            return self._index

    def user_layer(self, case_id: str) -> tuple[list[str], list[str]]:
        """The user's tags and annotation texts (quote and note) of one case, for the index."""
        return self.store.tags_for_case(case_id), self.store.note_texts_for_case(case_id)

    def sync_index(
        self,
        progress: ProgressFn | None = None,
        cancel: Callable[[], bool] | None = None,
        rebuild: bool = False,
    ) -> IndexReport:
        """Bring the index up to date with the library and the user layer (incremental).

        An index folder that cannot be written is searched as it is when it is sound, or
        else built in a temporary folder (the user's data dir stays untouched).
        """
        from hyvatkaytannot.core.search import IndexReadOnly
        from hyvatkaytannot.core.search import store as index_store

        try:
            return self.index.sync(
                self.cases, self.user_layer, progress=progress, cancel=cancel, rebuild=rebuild
            )
        except IndexReadOnly as e:
            index = self.index
            if not rebuild and index_store.check(index.index_dir, index.stamp).ok:
                self.notify(message("index.read_only_existing"))
                from hyvatkaytannot.core.search import IndexReport as Report

                return Report(total=index.doc_count, problems=[str(e)])
            self._use_temporary_index()
            self.notify(message("index.read_only_temporary"))
            return self.index.sync(
                self.cases, self.user_layer, progress=progress, cancel=cancel, rebuild=True
            )

    def _use_temporary_index(self) -> None:
        from hyvatkaytannot.core.search import SearchIndex

        with self._lock:
            if self._index is not None:
                self._index.close()
            self._temp_index_dir = Path(tempfile.mkdtemp(prefix="hyvatkaytannot-index-"))
            self._index = SearchIndex(self._temp_index_dir / "index", cache_path=None)

    def reindex_case(self, case_id: str) -> None:
        """Re-index just this case now (the operations call this; see `_reindex`)."""
        case = self.cases.get(case_id)
        if case is not None:
            self.index.update_case(case, self.user_layer)
        else:
            self.index.remove_case(case_id)

    def run_index_updates_with(self, runner: IndexRunner | None) -> None:
        """Hand the index part of every write to `runner` (the GUI: its serial worker, the one
        Whoosh writer); None runs it at once on the calling thread."""
        self._index_runner = runner

    def search(
        self,
        query: str,
        filters: dict[str, list[str]] | None = None,
        year_range: tuple[int, int] | None = None,
        sort: str = "relevance",
        limit: int = 20,
        as_you_type: bool = False,
        snippets: bool = True,
        facets: bool = True,
        correct: bool = True,
    ) -> SearchResponse:
        """`correct=False` searches the query as typed (no corrected reading: "Hae silti")."""
        from hyvatkaytannot.core.search import IndexReadOnly

        options: dict[str, Any] = dict(
            filters=filters,
            year_range=year_range,
            sort=sort,
            limit=limit,
            as_you_type=as_you_type,
            snippets=snippets,
            facets=facets,
            correct=correct,
        )
        try:
            index = self.index
            index.rebuild_on_damage = self.rebuild_damaged_in_search
            return index.search(query, **options)
        except IndexReadOnly:
            # Damage found while searching, and the folder cannot take the rebuild.
            self._use_temporary_index()
            self.index.sync(self.cases, self.user_layer, rebuild=True)
            return self.index.search(query, **options)

    def similar(self, case_id: str, limit: int = 10) -> SearchResponse:
        """The cases most like `case_id`, each hit with why (shared terms, themes, region)."""
        return self.index.similar(case_id, limit=limit)
