"""Every use of Whoosh's private names, in one place.

The search reaches into whoosh3 (pinned exactly in pyproject.toml) where its public API is too
slow: reading posting blocks whole instead of a posting at a time (scores.py, segments.py),
BM25F's per-field B, the per-document lengths reader, the size prefix of position values
(fastfield.py), and the segment writer's steps to commit segments built by worker processes
(bulk.py). Nothing else in core/search touches a name that starts with "_" on a Whoosh object;
tests/core/search/test_whoosh_private.py has one test per name here, so an upgrade that
renames or reshapes one fails loudly there instead of quietly elsewhere.

Also here: the memo that lets the body's common-word pairs field reuse the body's analysis.
It relies on Whoosh (and BulkWriter) indexing a document's fields in sorted name order, so
"body" right before "body_pairs" (a test checks that order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from whoosh.system import _INT_SIZE
from whoosh.writing import SegmentWriter

# Bytes of the length prefix (pack_uint) of a position value.
INT_SIZE: int = _INT_SIZE


# -- posting blocks (whoosh.codec.whoosh3.W3LeafMatcher) ----------------------------------


def reads_blocks(matcher: Any) -> bool:
    """Whether the matcher is the block-reading kind the functions below understand."""
    return all(
        hasattr(matcher, name)
        for name in ("_read_ids", "_read_weights", "_read_values", "_next_block")
    )


def block_ids(matcher: Any) -> Iterator[Sequence[int]]:
    """The document numbers of each block, in order (deleted documents included)."""
    while matcher.is_active():
        matcher._read_ids()
        yield matcher._ids
        matcher._next_block()


def block_ids_weights(matcher: Any) -> Iterator[tuple[Sequence[int], Sequence[float]]]:
    """(document numbers, weights) of each block."""
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        yield matcher._ids, matcher._weights
        matcher._next_block()


def block_ids_values(
    matcher: Any,
) -> Iterator[tuple[Sequence[int], Callable[[], Sequence[bytes]]]]:
    """(document numbers, a function reading the block's values) of each block: values
    are decoded only when asked."""
    while matcher.is_active():
        matcher._read_ids()

        def values(m: Any = matcher) -> Sequence[bytes]:
            m._read_values()
            return m._values

        yield matcher._ids, values
        matcher._next_block()


# -- scoring ---------------------------------------------------------------------------


def bm25f_b(weighting: Any, field: str) -> float:
    """BM25F's B for a field (a per-field B given to the BM25F constructor, else B)."""
    return float(weighting._field_B.get(field, weighting.B))


def field_length_reader(leaf: Any, field: str) -> Callable[[int], int] | None:
    """A fast reader of a segment's field lengths by document number, or None."""
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "doc_field_length_reader"):
        return None
    reader: Callable[[int], int] = perdoc.doc_field_length_reader(field)
    return reader


# -- storage ---------------------------------------------------------------------------


def storage_path(storage: Any, name: str) -> str:
    """The file path of a file in a FileStorage."""
    return str(storage._fpath(name))


# -- the segment writer ----------------------------------------------------------------


class HookedSegmentWriter(SegmentWriter):
    """A SegmentWriter whose private steps are reached through public names: subclasses
    override `flush_segment` instead of the private `_flush_segment`."""

    def _flush_segment(self) -> None:
        self.flush_segment()

    def flush_segment(self) -> None:
        SegmentWriter._flush_segment(self)

    def check_state(self) -> None:
        """Raise if the writer is closed (what add_document checks first)."""
        self._check_state()

    def mark_added(self) -> None:
        """Record that a document was added (commit then writes a segment)."""
        self._added = True


def finalize_segment(writer: Any) -> Any:
    """Write the writer's documents as a segment without committing it; the segment."""
    return writer._finalize_segment()


def close_segment(writer: Any) -> None:
    """Close the writer's own (empty or abandoned) segment files."""
    writer._close_segment()


def commit_segments(writer: Any, segments: list[Any]) -> None:
    """Commit `segments` (finalized by other writers) as the index's whole table of
    contents, then release the writer (its lock)."""
    writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()


# -- the body's analysis, reused by its pairs field ---------------------------------------

# The last text analysed and the index keys of its words: documents.py gives the body and its
# pairs field the same string object, indexed one after the other (fields go in name order).
# One tuple, replaced whole, so a reader in another thread sees a matching pair or none; a
# miss only costs analysing the text again.
_last_text: tuple[str, list[tuple[str, ...]]] | None = None


def remembered_keys(
    text: str, compute: Callable[[str], list[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    global _last_text
    last = _last_text
    if last is not None and last[0] is text:
        return last[1]
    words = compute(text)
    _last_text = (text, words)
    return words
