"""Applying an import with a choice per conflict, on top of the core's one-choice apply.

The core's `apply_import(preview, on_conflict)` takes one choice for every conflict. The
dialog lets the user choose per case, so the accepted preview is split by choice into at
most two core applies ("theirs" carries every non-conflict item too; "both" only its
conflicts; "keep" writes nothing), then the bundle's notes are merged once with the
combined renames. Each core apply is crash-safe on its own; the second sees the first's
files (its unique ids check the folder), so "keep both" never picks a taken id.

(If the core grows a per-case `choices` argument, this module shrinks to one call.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from hyvatkaytannot.core.bundles import ImportPreview, ImportResult, Status, apply_import
from hyvatkaytannot.core.bundles.notes import import_notes
from hyvatkaytannot.core.bundles.service import AppliedImport, import_log_path


def _merge(into: ImportResult, part: ImportResult) -> None:
    for name in ("added", "replaced", "kept_mine", "unchanged", "invalid", "skipped_changed",
                 "backups", "written_paths"):  # fmt: skip
        getattr(into, name).extend(x for x in getattr(part, name) if x not in getattr(into, name))
    into.renamed.update(part.renamed)


def apply_with_choices(
    kb: Any, preview: ImportPreview, choices: Mapping[str, str], with_notes: bool = True
) -> AppliedImport:
    """`choices`: conflict case id -> keep | theirs | both (missing ids: keep)."""
    conflicts = {i.case_id for i in preview.by_status(Status.CONFLICT)}
    groups: dict[str, list[Any]] = {"theirs": [], "both": []}
    result = ImportResult()
    for item in preview.items:
        if item.case_id in conflicts:
            choice = choices.get(item.case_id, "keep")
            if choice == "keep":
                result.kept_mine.append(item.case_id)
                continue
            groups[choice].append(item)
        else:
            groups["theirs"].append(item)
    existing = set(kb.cases)
    for choice in ("theirs", "both"):
        if not groups[choice]:
            continue
        part = apply_import(
            replace(preview, items=groups[choice]),
            choice,  # type: ignore[arg-type]
            existing,
            kb.paths.backups_dir,
            import_log_path(kb),
        )
        _merge(result, part)
        existing |= set(part.written_ids)
    report = None
    if with_notes and preview.notes:
        renamed = dict(result.renamed)
        for item in preview.by_status(Status.UNCHANGED):
            if item.same_as and item.same_as != item.case_id:
                renamed[item.case_id] = item.same_as
        dropped = {*result.invalid, *result.skipped_changed}
        report = import_notes(kb.store, preview.notes, renamed, dropped)
    if result.written_ids:
        kb.load_cases()
    return AppliedImport(result, report)
