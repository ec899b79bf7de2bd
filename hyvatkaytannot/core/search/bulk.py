"""Writing many documents fast: a lean posting pool, and whole segments built in parallel.

Why (measured on 10,000 cases of ~1,000 words, SEARCH-NOTES.md and `hyvatkaytannot bench`):
- Whoosh's PostingPool keeps every posting as a 5-tuple (~230 bytes) and spills sorted runs
  to disk through pickle once it passes `limitmb`; at 2,000 cases the spills tripled the
  build time, and keeping 5,000 cases in memory took over 1 GB. `CompactPool` keeps one
  packed buffer per (field, term) (documents arrive in order, so nothing needs sorting but
  the terms): a tenth of the memory, no spills.
- Whoosh's writer reads every posting's field length back through the column reader
  (a call per posting); `_Lengths` reads each field's lengths once into a list.
- `procs=2` in Whoosh's MpWriter builds documents in the parent and pickles them to the
  workers, so the parent competes with them for the two cores. Here each worker gets the
  cases, builds the documents itself and writes whole segments (`build_segment`); the
  parent only waits, reports progress and commits one table of contents with them all.
  Workers are started with "spawn": safe in a Qt process and the same on Windows.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import struct
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh.writing import SegmentWriter

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search import whoosh_private as wp
from hyvatkaytannot.core.search.documents import case_document

Item = tuple[Case, tuple[list[str], list[str]]]
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

# Cases in one segment at most: bounds a worker's memory (~60 MB per 1,000 cases with a
# growing vocabulary, besides the ~230 MB of the Finnish transducer).
SEGMENT_MAX = 4000
# How often a worker tells the parent how far it is (cases).
REPORT_EVERY = 25


class Cancelled(Exception):
    pass


# One posting in a term's record buffer: document number, weight, length of the value.
_HEAD = struct.Struct("<IdI")


class CompactPool:
    """Stands in for whoosh.writing.PostingPool inside BulkWriter (same duck interface)."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        # field -> term -> its postings packed into one bytearray (_HEAD + value each).
        # A growing vocabulary makes most terms rare (a new compound, a word pair): per
        # term, one buffer costs ~140 bytes where typed arrays and a value list cost ~400,
        # which was most of a worker's memory.
        self._fields: dict[str, dict[bytes, bytearray]] = {}
        self._postings = 0
        # Terms that got postings through add() (merges), which may come out of order.
        self._merged: set[tuple[str, bytes]] = set()

    def add(self, item: tuple[str, bytes, int, float, bytes]) -> None:
        fieldname, btext, docnum, weight, value = item
        self._merged.add((fieldname, btext))
        self.add_document_postings(fieldname, docnum, [(btext, 0, weight, value)])

    def add_document_postings(
        self, fieldname: str, docnum: int, postings: Iterable[tuple[bytes, int, float, bytes]]
    ) -> int:
        """Add one field's postings of one document; returns the summed frequency."""
        terms = self._fields.get(fieldname)
        if terms is None:
            self.fieldnames.add(fieldname)
            terms = self._fields[fieldname] = {}
        get = terms.get
        pack = _HEAD.pack
        length = 0
        count = 0
        for btext, freq, weight, value in postings:
            length += freq
            count += 1
            record = pack(docnum, weight, len(value or b"")) + (value or b"")
            entry = get(btext)
            if entry is None:
                terms[btext] = bytearray(record)
            else:
                entry += record
        self._postings += count
        return length

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        unpack = _HEAD.unpack_from
        size = _HEAD.size
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for btext in sorted(terms):
                buf = terms[btext]
                rows = []
                offset, end = 0, len(buf)
                while offset < end:
                    docnum, weight, vlen = unpack(buf, offset)
                    offset += size
                    rows.append((docnum, weight, bytes(buf[offset : offset + vlen])))
                    offset += vlen
                # Documents arrive in order, except through add() (merges): sort those.
                if (fieldname, btext) in self._merged:
                    rows.sort(key=lambda row: row[0])
                for docnum, weight, value in rows:
                    yield fieldname, btext, docnum, weight, value
            terms.clear()  # written: its memory goes back before the next field's

    def cleanup(self) -> None:
        self._fields.clear()
        self._merged.clear()
        self._postings = 0

    def __len__(self) -> int:
        return self._postings


class _Lengths:
    """Field lengths for the posting writer, each field read once into a list."""

    def __init__(self, pdr: Any, doc_count: int) -> None:
        self.pdr = pdr
        self.doc_count = doc_count

    def doc_field_length_reader(self, fieldname: str) -> Callable[[int], int]:
        read = self.pdr.doc_field_length_reader(fieldname)
        return [read(d) for d in range(self.doc_count)].__getitem__

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        return int(self.pdr.doc_field_length(docnum, fieldname, default))


class BulkWriter(wp.HookedSegmentWriter):
    """A SegmentWriter with the compact pool and the list-backed field lengths."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.compact_pool = CompactPool()
        self.pool = self.compact_pool  # type: ignore[assignment]  # same duck interface

    def add_document(self, **fields: Any) -> None:
        """Whoosh's add_document for the documents documents.py makes (no boosts, spelling
        or term vectors: anything else goes Whoosh's way), handing each field's postings
        to the pool in one call instead of one call per posting."""
        schema = self.schema
        if any(
            name.startswith("_")
            or name not in schema
            or schema[name].separate_spelling()
            or schema[name].vector
            for name in fields
        ):
            super().add_document(**fields)
            return
        self.check_state()
        docnum = self.docnum
        pdw = self.perdocwriter
        pdw.start_doc(docnum)
        try:
            for fieldname in sorted(fields):
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    freq_sum = self.compact_pool.add_document_postings(
                        fieldname, docnum, field.index(value)
                    )
                    if field.scorable:
                        length = freq_sum
                pdw.add_field(fieldname, field, value if field.stored else None, length)
                if field.column_type:
                    pdw.add_column_value(fieldname, field.column_type, field.to_column_value(value))
        except ValueError:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self.mark_added()
        self.docnum += 1

    def flush_segment(self) -> None:
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        lengths = _Lengths(pdr, self.docnum) if pdr is not None else None
        self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
        self.fieldwriter.close()
        if pdr is not None:
            pdr.close()


def write_documents(
    writer: Any,
    items: Iterable[Item],
    on_case: Callable[[str], None] | None = None,
    cancel: CancelFn | None = None,
    replace: bool = False,
) -> int:
    """Add (or with `replace`, update by id) each case; cancel is asked between cases."""
    write = writer.update_document if replace else writer.add_document
    done = 0
    for case, (tags, notes) in items:
        if cancel is not None and cancel():
            raise Cancelled()
        write(**case_document(case, tags, notes))
        done += 1
        if on_case is not None:
            on_case(case.id)
    return done


# -- worker side ---------------------------------------------------------------------------

_progress: Any = None
_stop: Any = None


def _init_worker(progress: Any, stop: Any, cache_path: str | None) -> None:
    global _progress, _stop
    _progress, _stop = progress, stop
    fi.set_cache(Path(cache_path) if cache_path else None)


def build_segment(index_dir: str, items: list[Item]) -> Any:
    """In a worker: write `items` as one new segment of the index (not committed)."""
    ix = windex.open_dir(index_dir)
    writer = BulkWriter(ix, _lk=False, compound=False)
    pending = 0

    def on_case(case_id: str) -> None:
        nonlocal pending
        pending += 1
        if pending >= REPORT_EVERY and _progress is not None:
            _progress.put((pending, case_id))
            pending = 0

    def cancelled() -> bool:
        return _stop is not None and _stop.is_set()

    try:
        write_documents(writer, items, on_case, cancelled)
        segment = wp.finalize_segment(writer)
    except BaseException:
        with contextlib.suppress(Exception):
            wp.close_segment(writer)
        raise
    finally:
        fi.flush_cache()
    if _progress is not None and pending:
        _progress.put((pending, items[-1][0].id))
    return segment


# -- parent side ---------------------------------------------------------------------------


def chunks(items: list[Item], procs: int) -> list[list[Item]]:
    """Slices differing by one case at most, a multiple of `procs` of them (so that the
    workers finish together), none over SEGMENT_MAX cases."""
    if not items:
        return []
    n = procs
    while -(-len(items) // n) > SEGMENT_MAX:
        n += procs
    n = min(n, len(items))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def build_parallel(
    ix: Any,
    index_dir: Path,
    items: list[Item],
    procs: int,
    cache_path: Path | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> int:
    """Write every item into the empty index `ix` with `procs` worker processes, then commit
    their segments together. Raises Cancelled (nothing committed)."""
    total = len(items)
    ctx = multiprocessing.get_context("spawn")
    updates: Any = ctx.Queue()
    stop = ctx.Event()
    writer = SegmentWriter(ix, compound=False)  # holds the index lock and writes the TOC
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=procs,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(updates, stop, str(cache_path) if cache_path else None),
        ) as pool:
            futures: list[Future[Any]] = [
                pool.submit(build_segment, str(index_dir), chunk) for chunk in chunks(items, procs)
            ]
            while not all(f.done() for f in futures):
                if cancel is not None and cancel():
                    stop.set()
                done += _drain(updates, total, done, progress)
            done += _drain(updates, total, done, progress, wait=0.0)
            if stop.is_set():
                raise Cancelled()
            segments = [f.result() for f in futures]  # a worker's error is raised here
        if progress is not None:
            progress(total, total, "commit")
        wp.commit_segments(writer, segments)
    except BaseException:
        with contextlib.suppress(Exception):
            writer.cancel()
        raise
    finally:
        updates.close()
    return total


def _drain(
    updates: Any, total: int, done: int, progress: ProgressFn | None, wait: float = 0.1
) -> int:
    """Progress reports that arrived (waiting up to `wait` seconds for the first)."""
    added = 0
    try:
        count, case_id = updates.get(timeout=wait) if wait else updates.get_nowait()
        while True:
            added += count
            if progress is not None:
                progress(min(total, done + added), total, case_id)
            count, case_id = updates.get_nowait()
    except queue.Empty:
        return added
