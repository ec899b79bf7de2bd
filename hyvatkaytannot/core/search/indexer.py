"""Writing documents: a full build into a fresh folder, and incremental changes.

Decisions (figures in docs SEARCH-NOTES.md):
- limitmb=256 was the fastest single-process setting.
- A large first build uses two processes (`procs=2, multisegment=True`, started with "spawn"
  so that it is safe inside a Qt process and on Windows). Below PARALLEL_MIN cases the cost of
  starting the workers (each loads Voikko) outweighs the gain.
- Incremental changes use one small writer and commit; Whoosh merges small segments on commit.
- Segments are written as separate files (compound=False): whoosh3 opens a compound segment
  by copying each of its sub-files into memory (BytesIO over the mmap), which made every
  searcher (re)open cost ~200 ms and the whole index size in RAM at 10,000 cases.
- Cancellation is checked between documents; a cancelled full build is thrown away by the
  caller (it was written aside), a cancelled incremental sync discards its writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search.documents import case_document

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
UserLayerFn = Callable[[str], tuple[list[str], list[str]]]

PARALLEL_MIN = 3000
LIMIT_MB = 256


class Cancelled(Exception):
    pass


def indexed_signatures(ix: Any) -> dict[str, str]:
    """case id -> signature of every live document, read from two columns (no stored fields)."""
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return {}
        ids = reader.column_reader("id")
        sigs = reader.column_reader("sig")
        return {ids[d]: sigs[d] for d in reader.all_doc_ids()}


def write_all(
    ix: Any,
    cases: Iterable[tuple[Case, tuple[list[str], list[str]]]],
    total: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> int:
    """Add every case to an empty index. Raises Cancelled (the writer is discarded)."""
    if total >= PARALLEL_MIN:
        writer = ix.writer(
            limitmb=LIMIT_MB, procs=2, multisegment=True, start_method="spawn", compound=False
        )
    else:
        writer = ix.writer(limitmb=LIMIT_MB, compound=False)
    done = 0
    step = max(1, total // 200)
    try:
        for case, (tags, notes) in cases:
            if cancel is not None and cancel():
                raise Cancelled()
            writer.add_document(**case_document(case, tags, notes))
            done += 1
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total, case.id)
        if progress is not None:
            progress(done, total, "commit")
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return done


def apply_changes(
    ix: Any,
    upserts: list[tuple[Case, tuple[list[str], list[str]]]],
    deletes: list[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> None:
    """Delete and (re)write documents in one commit."""
    if not upserts and not deletes:
        return
    writer = ix.writer(limitmb=64 if len(upserts) < 500 else LIMIT_MB, timeout=5.0, compound=False)
    total = len(upserts) + len(deletes)
    try:
        done = 0
        for case_id in deletes:
            writer.delete_by_term("id", case_id)
            done += 1
        for case, (tags, notes) in upserts:
            if cancel is not None and cancel():
                raise Cancelled()
            writer.update_document(**case_document(case, tags, notes))
            done += 1
            if progress is not None:
                progress(done, total, case.id)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
