"""The facade: one object that the GUI, the CLI and the tests open the same way.

    with KnowledgeBase.open(data_dir=tmp) as kb:
        kb.load_cases()
        kb.sync_index()
        kb.search("kuntien elinvoima")

It holds the three kinds of data and keeps them apart: the library (Markdown files, the
source of truth), the search index (derived, rebuildable at any time) and the user store
(tags, annotations, collections: the user's irreplaceable work). Components are opened
lazily so that `hyvatkaytannot list` never pays for the index or Voikko.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.paths import DataPaths
from hyvatkaytannot.core.problems import Problem
from hyvatkaytannot.core.resources import bundled_practices_dir
from hyvatkaytannot.core.settings import Settings

if TYPE_CHECKING:
    from hyvatkaytannot.core.capture import Draft
    from hyvatkaytannot.core.curate.writer import SavedCase
    from hyvatkaytannot.core.library import Library, LoadResult
    from hyvatkaytannot.core.search import SearchIndex
    from hyvatkaytannot.core.userstore import UserStore

ProgressFn = Callable[[int, int, str], None]


class KnowledgeBase:
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

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        libraries: Iterable[str | os.PathLike[str]] = (),
        include_bundled: bool = True,
    ) -> KnowledgeBase:
        paths = DataPaths.resolve(data_dir)
        paths.ensure()
        return cls(paths, libraries, include_bundled)

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._store is not None:
            self._store.close()
            self._store = None

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
        if self._library is None:
            from hyvatkaytannot.core.library import Library

            self._library = Library(self.library_folders())
        return self._library

    def reload_library(self) -> None:
        """Forget the library so the next access re-reads the folders (after a settings change)."""
        self._library = None
        self._result = None

    def load_cases(self, progress: ProgressFn | None = None) -> LoadResult:
        self._result = self.library.load(progress=progress)
        return self._result

    @property
    def cases(self) -> dict[str, Case]:
        if self._result is None:
            self.load_cases()
        assert self._result is not None
        return self._result.cases

    @property
    def problems(self) -> list[Problem]:
        if self._result is None:
            self.load_cases()
        assert self._result is not None
        return self._result.problems

    def get_case(self, case_id: str) -> Case | None:
        return self.cases.get(case_id)

    # -- user store --------------------------------------------------------------------
    @property
    def store(self) -> UserStore:
        if self._store is None:
            from hyvatkaytannot.core.userstore import UserStore

            self._store = UserStore.open(
                self.paths.db_path,
                backups_dir=self.paths.backups_dir,
                keep_backups=int(self.settings.get("backups_keep")),
            )
        return self._store

    # -- search index ------------------------------------------------------------------
    @property
    def index(self) -> SearchIndex:
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
    ) -> Any:
        """Bring the index up to date with the library and the user layer (incremental)."""
        return self.index.sync(
            self.cases, self.user_layer, progress=progress, cancel=cancel, rebuild=rebuild
        )

    def reindex_case(self, case_id: str) -> None:
        """After a tag, an annotation or an edit: re-index just this case."""
        case = self.cases.get(case_id)
        if case is not None:
            self.index.update_case(case, self.user_layer)

    def unindex_case(self, case_id: str) -> None:
        """After a case file was deleted or its id changed."""
        self.index.remove_case(case_id)

    def search(self, query: str, **options: Any) -> Any:
        return self.index.search(query, **options)

    # -- capture -----------------------------------------------------------------------
    def capture(
        self,
        sources: Iterable[str | os.PathLike[str]],
        progress: ProgressFn | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> list[CaptureOutcome]:
        """Drafts from documents (files, or folders of them); one outcome per file.

        A file that cannot be read gets its Finnish reason in `error` and the rest go on.
        Nothing is written: `save_capture` does that after review.
        """
        from hyvatkaytannot.core.analysis import set_cache_path
        from hyvatkaytannot.core.capture import CaptureError, capture_file, expand_paths

        # The words the index has already analysed (and the next capture's) come from the
        # persistent cache: a cold Voikko lookup costs about a millisecond per word.
        set_cache_path(self.paths.analysis_cache_path)
        files = list(expand_paths(Path(s) for s in sources))
        outcomes: list[CaptureOutcome] = []
        for i, f in enumerate(files):
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(i, len(files), f.name)
            try:
                outcomes.append(CaptureOutcome(f, capture_file(f), None))
            except CaptureError as e:
                outcomes.append(CaptureOutcome(f, None, str(e)))
            except MemoryError:
                outcomes.append(CaptureOutcome(f, None, f"{f.name}: muisti loppui kesken."))
        if progress is not None:
            progress(len(files), len(files), "")
        return outcomes

    def capture_text(self, text: str, name: str = "leikepöytä") -> Draft:
        """A draft from pasted text (CaptureError when there is none)."""
        from hyvatkaytannot.core.capture import capture_text

        return capture_text(text, name)

    def save_capture(self, draft: Draft) -> SavedCase:
        """Write an unreviewed draft as a new case in the user's cases folder."""
        from hyvatkaytannot.core.curate.writer import CaseWriter

        writer = CaseWriter.for_kb(self)
        taken = set(self.cases) | {p.stem for p in self.paths.user_cases_dir.glob("*.md")}
        saved = writer.save_new(draft.case_text(taken), taken)
        self.reload_library()
        return saved


class CaptureOutcome(NamedTuple):
    path: Path
    draft: Draft | None
    error: str | None
