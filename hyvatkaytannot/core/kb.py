"""The facade: one object that the GUI, the CLI and the tests open the same way.

    with KnowledgeBase.open(data_dir=tmp) as kb:
        kb.load_cases()
        kb.sync_index()
        kb.search("kuntien elinvoima")

It holds the three kinds of data and keeps them apart: the library (Markdown files, the
source of truth), the search index (derived, rebuildable at any time) and the user store
(tags, annotations, collections: the user's irreplaceable work). Components are opened
lazily so that `hyvatkaytannot list` never pays for the index or Voikko.

Writes go through the facade's operations (below: `tag`, `annotate`, `save_case`,
`import_bundle`, …). Each writes, brings the index up to date for what changed and returns an
`Op` whose `changes` say what changed; no caller re-indexes. The GUI hands the index part to
its serial worker with `run_index_updates_with` (the one Whoosh writer); elsewhere it runs at
once.

The lazy parts (library, store, index, their lock) are in kb_parts.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from hyvatkaytannot.core.changes import Op, OpChanges
from hyvatkaytannot.core.kb_parts import IndexRunner, KnowledgeBaseParts, ProgressFn

if TYPE_CHECKING:
    from collections.abc import Callable

    from hyvatkaytannot.core.bundles import AppliedImport, ImportPreview, OnConflict
    from hyvatkaytannot.core.capture import Draft
    from hyvatkaytannot.core.case import Case
    from hyvatkaytannot.core.curate import SavedCase
    from hyvatkaytannot.core.userstore import (
        Annotation,
        Collection,
        ImportReport,
        MergePreview,
        SavedSearch,
        Tag,
    )

TAGS = OpChanges(tags=True)
NOTES = OpChanges(annotations=True)
COLLECTIONS = OpChanges(collections=True)


def _ids(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class KnowledgeBase(KnowledgeBaseParts):
    """The facade (see the module docstring)."""

    # -- the index part ------------------------------------------------------------------
    def _finish(self, value: Any, changes: OpChanges) -> Op[Any]:
        if not changes.cases or not self.paths.index_dir.exists():
            return Op(value, changes)  # nothing searchable changed, or no index yet
        ids = sorted(changes.cases)

        def work() -> None:
            for case_id in ids:
                self.reindex_case(case_id)

        if self._index_runner is not None:
            self._index_runner(work)
            return Op(value, dataclasses.replace(changes, index="scheduled"))
        try:
            work()
        except Exception as e:  # noqa: BLE001 - the index is derived; the change is saved
            return Op(value, dataclasses.replace(changes, index_error=str(e)))
        return Op(value, dataclasses.replace(changes, index="updated"))

    def anchor_text(self, case_id: str) -> str:
        """The text annotations of this case anchor to (LookupError: not in the library)."""
        from hyvatkaytannot.core.render import plain_text

        case = self.cases.get(case_id)
        if case is None:
            raise LookupError(case_id)
        known = self._anchor_cache().get(case_id)
        if known is not None and known[0] is case and known[1] == (case.body, case.summary):
            return known[2]
        text = plain_text(case)
        self.remember_anchor_text(case, text)
        return text

    def remember_anchor_text(self, case: Case, text: str) -> None:
        """Keep `plain_text(case)` made elsewhere (the reading view makes it off the GUI
        thread): for a 600 KB case it costs seconds, and each note written needs it.
        Kept only for the library's own object of that case, with the text it had."""
        if self.cases.get(case.id) is not case:
            return
        cache = self._anchor_cache()
        cache.pop(case.id, None)
        cache[case.id] = (case, (case.body, case.summary), text)
        while len(cache) > 8:
            del cache[next(iter(cache))]

    def _anchor_cache(self) -> dict[str, tuple[Case, tuple[str, str], str]]:
        cache: dict[str, tuple[Case, tuple[str, str], str]] = self.__dict__.setdefault(
            "_anchor_texts", {}
        )
        return cache

    # -- tags ----------------------------------------------------------------------------
    def tag(self, case_ids: str | Iterable[str], tags: str | Iterable[str]) -> Op[int]:
        """Every tag (created if missing) on every case; the value is the links added."""
        ids = _ids(case_ids)
        added = self.store.tag(ids, _ids(tags))
        return self._finish(added, dataclasses.replace(TAGS, cases=frozenset(ids)))

    def untag(self, case_ids: str | Iterable[str], tags: str | Iterable[str]) -> Op[int]:
        """Take the tags off the cases (the tags stay); the value is the links removed."""
        ids = _ids(case_ids)
        removed = self.store.untag(ids, _ids(tags))
        return self._finish(removed, dataclasses.replace(TAGS, cases=frozenset(ids)))

    def rename_tag(self, old: str, new: str) -> Op[Tag]:
        cases = frozenset(self.store.cases_with_tag(old))
        tag = self.store.rename_tag(old, new)
        return self._finish(tag, dataclasses.replace(TAGS, cases=cases))

    def set_tag_parent(self, path: str, parent: str | None) -> Op[Tag]:
        cases = frozenset(self.store.cases_with_tag(path))
        tag = self.store.set_tag_parent(path, parent)
        return self._finish(tag, dataclasses.replace(TAGS, cases=cases))

    def set_tag_colour(self, path: str, colour: str | None) -> Op[None]:
        self.store.set_tag_colour(path, colour)
        return Op(None, TAGS)

    def merge_tags(self, sources: Sequence[str], into: str) -> Op[MergePreview]:
        cases = frozenset(c for s in sources for c in self.store.cases_with_tag(s))
        preview = self.store.merge_tags(list(sources), into)
        return self._finish(preview, dataclasses.replace(TAGS, cases=cases))

    def delete_tag(self, path: str) -> Op[int]:
        """Delete a tag and the tags under it; the value is the number of cases changed."""
        cases = frozenset(self.store.cases_with_tag(path))
        count = self.store.delete_tag(path)
        return self._finish(count, dataclasses.replace(TAGS, cases=cases))

    # -- annotations ---------------------------------------------------------------------
    def annotate(self, case_id: str, start: int, end: int, note: str) -> Op[Annotation]:
        """Annotate the passage [start:end) of the case's anchor text."""
        a = self.store.add_annotation(case_id, self.anchor_text(case_id), start, end, note)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({case_id})))

    def annotate_quote(self, case_id: str, quote: str, note: str) -> Op[Annotation]:
        """Annotate the passage `quote` (it must occur exactly once)."""
        a = self.store.annotate_quote(case_id, self.anchor_text(case_id), quote, note)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({case_id})))

    def edit_note(self, annotation_id: str, note: str) -> Op[Annotation]:
        a = self.store.update_note(annotation_id, note)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({a.case_id})))

    def set_note_colour(self, annotation_id: str, colour: str | None) -> Op[Annotation]:
        """The highlight's colour: one of userstore.COLOURS, None for the default."""
        a = self.store.set_annotation_colour(annotation_id, colour)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({a.case_id})))

    def delete_note(self, annotation_id: str) -> Op[Annotation]:
        """Delete an annotation; the value is the annotation as it was."""
        a = self.store.annotation(annotation_id)
        self.store.delete_annotation(annotation_id)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({a.case_id})))

    def reattach_note(self, annotation_id: str, start: int, end: int) -> Op[Annotation]:
        """Attach an orphaned or changed annotation to [start:end) of its case's text."""
        case_id = self.store.annotation(annotation_id).case_id
        a = self.store.reattach(annotation_id, self.anchor_text(case_id), start, end)
        return self._finish(a, dataclasses.replace(NOTES, cases=frozenset({case_id})))

    def reanchor_notes(self, case_id: str) -> list[Annotation]:
        """The case's annotations checked against its current text (statuses are stored)."""
        from hyvatkaytannot.core.render import body_start

        try:
            text = self.anchor_text(case_id)
        except LookupError:
            return self.store.annotations(case_id)
        # Notes made before the summary joined the text move by its length (migration 0005).
        return self.store.reanchor(case_id, text, body_start(self.cases[case_id]))

    # -- collections and saved searches ----------------------------------------------------
    def create_collection(
        self, title: str, description: str = "", case_ids: Iterable[str] = ()
    ) -> Op[Collection]:
        return Op(self.store.create_collection(title, description, list(case_ids)), COLLECTIONS)

    def rename_collection(self, collection: str, title: str) -> Op[Collection]:
        c = self.store.collection(collection)
        return Op(self.store.rename_collection(c.id, title), COLLECTIONS)

    def describe_collection(self, collection: str, description: str) -> Op[Collection]:
        c = self.store.collection(collection)
        return Op(self.store.describe_collection(c.id, description), COLLECTIONS)

    def add_to_collection(
        self,
        collection: str,
        case_ids: str | Iterable[str],
        position: int | None = None,
    ) -> Op[Collection]:
        """Add cases to the collection `collection` (its id or title), at the end or before
        `position` (0-based)."""
        c = self.store.collection(collection)
        return Op(self.store.add_to_collection(c.id, _ids(case_ids), position), COLLECTIONS)

    def add_to_named_collection(self, title: str, case_ids: str | Iterable[str]) -> Op[Collection]:
        """Add to the collection with this title (any case), creating it when there is none."""
        for c in self.store.collections():
            if c.title.casefold() == title.casefold():
                return Op(self.store.add_to_collection(c.id, _ids(case_ids)), COLLECTIONS)
        return Op(self.store.create_collection(title, "", _ids(case_ids)), COLLECTIONS)

    def remove_from_collection(
        self, collection: str, case_ids: str | Iterable[str]
    ) -> Op[Collection]:
        c = self.store.collection(collection)
        return Op(self.store.remove_from_collection(c.id, _ids(case_ids)), COLLECTIONS)

    def move_in_collection(self, collection: str, case_id: str, position: int) -> Op[Collection]:
        c = self.store.collection(collection)
        return Op(self.store.move_in_collection(c.id, case_id, position), COLLECTIONS)

    def reorder_collection(self, collection: str, case_ids: list[str]) -> Op[Collection]:
        c = self.store.collection(collection)
        return Op(self.store.reorder_collection(c.id, case_ids), COLLECTIONS)

    def delete_collection(self, collection: str) -> Op[Collection]:
        """Delete a collection (the cases stay); the value is the collection as it was."""
        c = self.store.collection(collection)
        self.store.delete_collection(c.id)
        return Op(c, COLLECTIONS)

    def save_search(
        self, name: str, query: str, filters: dict[str, list[str]] | None = None
    ) -> Op[SavedSearch]:
        return Op(self.store.save_search(name, query, filters), OpChanges(saved_searches=True))

    def delete_saved_search(self, id_or_name: str) -> Op[None]:
        self.store.delete_saved_search(id_or_name)
        return Op(None, OpChanges(saved_searches=True))

    # -- interchange -----------------------------------------------------------------------
    def import_notes(self, data: dict[str, Any]) -> Op[ImportReport]:
        """Merge an export (tags, collections, saved searches, annotations) by id."""
        from hyvatkaytannot.core.userstore.w3c import case_ids_in

        report = self.store.import_data(data)
        if not report.changed:
            return Op(report)
        changes = OpChanges(
            cases=frozenset(case_ids_in(data)),
            tags=True,
            annotations=True,
            collections=True,
            saved_searches=True,
        )
        return self._finish(report, changes)

    def import_notes_file(
        self, path: Path, progress: Callable[[int, int], None] | None = None
    ) -> Op[ImportReport]:
        """Import a notes file streamed in bounded memory; progress(bytes read, file size)."""
        report = self.store.import_json(path, progress)
        if not report.changed:
            return Op(report)
        changes = OpChanges(
            cases=frozenset(report.case_ids),
            tags=True,
            annotations=True,
            collections=True,
            saved_searches=True,
        )
        return self._finish(report, changes)

    def import_bundle(
        self,
        preview: ImportPreview,
        on_conflict: OnConflict = "keep",
        with_notes: bool = True,
        choices: Mapping[str, OnConflict] | None = None,
    ) -> Op[AppliedImport]:
        """Write an accepted bundle preview, merge its notes, reload, re-index the cases."""
        from hyvatkaytannot.core.bundles import apply_into_kb

        applied = apply_into_kb(self, preview, on_conflict, with_notes, choices)
        written = frozenset(applied.result.written_ids)
        changes = OpChanges(
            cases=written,
            library=bool(written),
            tags=applied.notes is not None,
            annotations=applied.notes is not None,
            collections=applied.notes is not None,
        )
        return self._finish(applied, changes)

    # -- case files ------------------------------------------------------------------------
    def taken_ids(self, folder: Path | None = None) -> Container[str]:
        """Ids a new case may not take: in the library, or a file name in `folder`."""
        return _TakenIds(set(self.cases), Path(folder or self.paths.user_cases_dir))

    def _saved(self, saved: SavedCase, old_id: str | None = None) -> Op[SavedCase]:
        cases = frozenset({saved.case_id} | ({old_id} if old_id else set()))
        changes = OpChanges(cases=cases, library=True)
        if self._index_runner is not None:
            # The GUI: re-read the library and re-index on its serial worker, never on the
            # main thread (a reload stats every file of the library).
            def work() -> None:
                self.load_cases()
                if self.paths.index_dir.exists():
                    for case_id in sorted(cases):
                        self.reindex_case(case_id)

            self._index_runner(work)
            return Op(saved, dataclasses.replace(changes, index="scheduled"))
        self.load_cases()
        return self._finish(saved, changes)

    def save_case(self, path: Path, text: str, expected_fingerprint: str | None) -> Op[SavedCase]:
        """Save an edited case file (curate.writer's checks: read-only, conflict, invalid)."""
        from hyvatkaytannot.core.curate import CaseWriter

        old = next((c.id for c in self.cases.values() if c.path == path), None)
        saved = CaseWriter.for_kb(self).save(path, text, expected_fingerprint)
        return self._saved(saved, old)

    def save_new_case(self, text: str, folder: Path | None = None) -> Op[SavedCase]:
        """Save a case that has no file yet into `folder` (default: the user's own).

        IdTakenError when another library folder has the id; ConflictError when the file
        exists (pick the id with `taken_ids`, as `new_case_text` does)."""
        from hyvatkaytannot.core.curate import CaseWriter

        return self._saved(CaseWriter.for_kb(self).save_new(text, self.cases, folder))

    def save_case_copy(self, text: str) -> Op[SavedCase]:
        """Save a copy under a new id in the user's own folder (cases of read-only folders)."""
        from hyvatkaytannot.core.curate import CaseWriter

        return self._saved(CaseWriter.for_kb(self).save_copy(text, self.cases))

    # -- capture ---------------------------------------------------------------------------
    def capture(
        self,
        sources: Iterable[str | Path],
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

    def save_capture(self, draft: Draft) -> Op[SavedCase]:
        """Write an unreviewed draft (`review: ehdotus`) as a new case in the user's folder."""
        return self.save_new_case(draft.case_text(self.taken_ids()))


class CaptureOutcome(NamedTuple):
    path: Path
    draft: Draft | None
    error: str | None


class _TakenIds:
    """Ids in use: in the library, or as a file name in the target folder."""

    def __init__(self, ids: set[str], folder: Path) -> None:
        self.ids, self.folder = ids, folder

    def __contains__(self, case_id: object) -> bool:
        return case_id in self.ids or (self.folder / f"{case_id}.md").exists()


__all__ = ["CaptureOutcome", "IndexRunner", "KnowledgeBase", "Op", "OpChanges", "ProgressFn"]
