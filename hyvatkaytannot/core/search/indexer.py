"""Writing documents: a full build into a fresh folder, and incremental changes.

Decisions (figures in SEARCH-NOTES.md and the closing notes of `hyvatkaytannot bench`):
- A full build goes through bulk.py: a compact posting pool (no sorted runs spilled to disk)
  and, from PARALLEL_MIN cases on, one worker process per core each writing whole segments.
  Below PARALLEL_MIN the cost of starting the workers (each loads Voikko) outweighs the gain.
- Incremental changes use one small writer and commit; Whoosh merges small segments on commit.
- Segments are written as separate files (compound=False): whoosh3 opens a compound segment
  by copying each of its sub-files into memory (BytesIO over the mmap), which made every
  searcher (re)open cost ~200 ms and the whole index size in RAM at 10,000 cases.
- Cancellation is checked between documents; a cancelled full build is thrown away by the
  caller (it was written aside), a cancelled incremental sync discards its writer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search.bulk import BulkWriter, Cancelled, build_parallel, write_documents

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
UserLayerFn = Callable[[str], tuple[list[str], list[str]]]

# At 1,000 cases two workers took 5.2 s against 9.7 s in one process (warm analysis cache);
# each worker costs ~1 s to start (imports, the transducer).
PARALLEL_MIN = 1000

__all__ = ["Cancelled", "apply_changes", "indexed_signatures", "write_all"]


def build_processes() -> int:
    """Worker processes for a large full build: one per core, at most 4 (memory)."""
    return max(1, min(4, os.cpu_count() or 1))


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
    index_dir: Path,
    cases: Iterable[tuple[Case, tuple[list[str], list[str]]]],
    total: int,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
    cache_path: Path | None = None,
) -> int:
    """Add every case to an empty index. Raises Cancelled (nothing is committed)."""
    procs = build_processes()
    if total >= PARALLEL_MIN and procs > 1:
        items = list(cases)
        try:
            return build_parallel(ix, index_dir, items, procs, cache_path, progress, cancel)
        except (BrokenProcessPool, OSError) as exc:
            # No worker processes here (a sandbox, a frozen build, no memory for them): the
            # same build in this process is slower but complete. Nothing was committed.
            log.warning("parallel indexing failed (%s); indexing in one process", exc)
            cases = items
    writer = BulkWriter(ix, compound=False)
    step = max(1, total // 200)
    done = 0

    def on_case(case_id: str) -> None:
        nonlocal done
        done += 1
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total, case_id)

    try:
        write_documents(writer, cases, on_case, cancel)
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
    writer = BulkWriter(ix, timeout=5.0, compound=False)
    total = len(upserts) + len(deletes)
    done = 0

    def on_case(case_id: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, case_id)

    try:
        for case_id in deletes:
            writer.delete_by_term("id", case_id)
            done += 1
        write_documents(writer, upserts, on_case, cancel, replace=True)
        writer.commit(mergetype=merge_small_only)
    except BaseException:
        writer.cancel()
        raise


# Segments with fewer documents than this are merged into an update's new segment.
SMALL_SEGMENT = 2000


def merge_small_only(writer: Any, segments: list[Any]) -> list[Any]:
    """The merge policy of an update: fold the small segments earlier updates left into the
    new one, never touch the large segments of a full build. Whoosh's default (MERGE_SMALL)
    merges by a Fibonacci rule that, at 100,000 cases in 26 segments of ~3,850, chose 22 of
    them: a one-case update became a merge of 85,000 documents in pure Python (minutes and
    gigabytes)."""
    from whoosh.reading import SegmentReader

    small = [seg for seg in segments if seg.doc_count_all() < SMALL_SEGMENT]
    if len(small) < 2:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [seg for seg in segments if seg not in small]
