"""Bundles on the facade: what the CLI and the GUI call with an open KnowledgeBase.

    manifest = export_from_kb(kb, dest, case_ids=["posio-yhteistyo"], with_notes=True)
    preview = preview_into_kb(kb, path)          # BundleRejected if unsafe; writes nothing
    result = apply_into_kb(kb, preview, "keep")  # then the library is reloaded

Design decisions:
- Imports land in the user's own folder (`paths.user_cases_dir`) unless the caller picks
  another writable library folder; the bundled folder is never written.
- After applying, the library is reloaded so `kb.cases` shows the imported cases; updating
  the search index is left to the caller (`kb.reindex_case`, or the next sync), because the
  CLI must not need Voikko just to copy files.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hyvatkaytannot.core.bundles.apply import ImportResult, OnConflict, apply_import
from hyvatkaytannot.core.bundles.export import ExportError, export_bundle
from hyvatkaytannot.core.bundles.manifest import Manifest
from hyvatkaytannot.core.bundles.notes import collect_notes, import_notes
from hyvatkaytannot.core.bundles.preview import ImportPreview, Status, preview_import
from hyvatkaytannot.core.bundles.safety import Limits

if TYPE_CHECKING:
    from hyvatkaytannot.core.kb import KnowledgeBase

IMPORT_LOG_NAME = "bundle-imports.json"


@dataclass
class AppliedImport:
    result: ImportResult
    # The user store's report on tags and annotations (None when the bundle had none).
    notes: Any = None


def import_log_path(kb: KnowledgeBase) -> Path:
    return kb.paths.data_dir / IMPORT_LOG_NAME


def export_from_kb(
    kb: KnowledgeBase,
    dest: Path,
    case_ids: Sequence[str] | None = None,
    collection: str | None = None,
    with_notes: bool = False,
) -> Manifest:
    """Export the cases `case_ids`, or the cases of `collection` (its id or title).

    Raises ExportError for an unknown id or an empty selection; userstore.NotFound for an
    unknown collection.
    """
    if collection is not None:
        coll = kb.store.collection(collection)
        ids = list(coll.case_ids)
        collection_name: str | None = coll.title
        collection_id: str | None = coll.id
    else:
        ids = list(case_ids or [])
        collection_name = collection_id = None
    missing = [i for i in ids if i not in kb.cases]
    if missing:
        raise ExportError("bundle.no_such_case", ids=", ".join(missing))
    if not ids:
        raise ExportError("bundle.nothing_selected")
    notes = collect_notes(kb.store, ids, collection_id) if with_notes else None
    return export_bundle(
        [kb.cases[i] for i in ids], Path(dest), notes=notes, collection=collection_name
    )


def preview_into_kb(
    kb: KnowledgeBase,
    bundle_path: Path,
    target_dir: Path | None = None,
    limits: Limits | None = None,
) -> ImportPreview:
    target = Path(target_dir or kb.paths.user_cases_dir)
    writable = [os.path.abspath(f) for f, ro in kb.library_folders() if not ro]
    if os.path.abspath(target) not in writable:
        raise ValueError(f"{target} is not a writable library folder")
    return preview_import(Path(bundle_path), kb.cases, target, import_log_path(kb), limits)


def apply_into_kb(
    kb: KnowledgeBase,
    preview: ImportPreview,
    on_conflict: OnConflict = "keep",
    with_notes: bool = True,
    choices: Mapping[str, OnConflict] | None = None,
) -> AppliedImport:
    """Write the accepted preview, merge its notes, reload the library.

    `choices` (case id -> keep|theirs|both) overrides `on_conflict` per conflicting case.
    """
    result = apply_import(
        preview, on_conflict, kb.cases, kb.paths.backups_dir, import_log_path(kb), choices
    )
    report = None
    if with_notes and preview.notes:
        renamed = dict(result.renamed)
        for item in preview.by_status(Status.UNCHANGED):
            # Content an earlier "keep both" stored under another id: its notes go there.
            if item.same_as and item.same_as != item.case_id:
                renamed[item.case_id] = item.same_as
        dropped = {*result.invalid, *result.skipped_changed}
        report = import_notes(kb.store, preview.notes, renamed, dropped)
    if result.written_ids:
        kb.load_cases()
    return AppliedImport(result, report)
