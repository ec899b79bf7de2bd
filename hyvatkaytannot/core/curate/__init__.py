"""Curating cases without Qt: serialise, atomic save with conflict detection, drafts, new cases.

The Qt editor calls only what is exported here:

    writer = CaseWriter.for_kb(kb)
    saved = writer.save(case.path, text, expected_fingerprint=case.fingerprint)
    # ConflictError(mine, theirs) / ReadOnlyError / InvalidCaseError / SaveError
    writer.save_copy(text, existing_ids=kb.cases)        # "Tallenna kopiona"
    drafts = DraftStore(kb.paths.drafts_dir); drafts.save_draft(case.id, text, ...)
"""

from hyvatkaytannot.core.curate.atomic import SaveError, atomic_write_bytes, file_fingerprint
from hyvatkaytannot.core.curate.drafts import Draft, DraftStore, new_draft_key
from hyvatkaytannot.core.curate.serialise import FIELD_ORDER, case_bytes, case_text, needs_quotes
from hyvatkaytannot.core.curate.template import (
    new_case_body,
    new_case_meta,
    new_case_text,
    slugify,
    unique_id,
)
from hyvatkaytannot.core.curate.writer import (
    CaseWriter,
    ConflictError,
    InvalidCaseError,
    ReadOnlyError,
    SavedCase,
)

__all__ = [
    "FIELD_ORDER",
    "CaseWriter",
    "ConflictError",
    "Draft",
    "DraftStore",
    "InvalidCaseError",
    "ReadOnlyError",
    "SaveError",
    "SavedCase",
    "atomic_write_bytes",
    "case_bytes",
    "case_text",
    "file_fingerprint",
    "needs_quotes",
    "new_case_body",
    "new_case_meta",
    "new_case_text",
    "new_draft_key",
    "slugify",
    "unique_id",
]
