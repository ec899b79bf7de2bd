"""One test per Whoosh private name used by core/search/whoosh_private.py: if a Whoosh
upgrade renames or reshapes one, the test for it fails here, by name."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from whoosh import fields, index
from whoosh.filedb.filestore import FileStorage
from whoosh.scoring import BM25F
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from hyvatkaytannot.core.search import whoosh_private as wp

WORDS = ["kunta", "hanke", "kylä", "tie"]


def _schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True), body=fields.TEXT(phrase=True), tag=fields.KEYWORD
    )


@pytest.fixture
def ix(tmp_path: Path) -> Any:
    """An index of 300 documents: "kunta" in every one (several blocks of postings)."""
    folder = tmp_path / "ix"
    folder.mkdir()
    idx = index.create_in(str(folder), _schema())
    with idx.writer() as w:
        for i in range(300):
            words = " ".join(WORDS[: 1 + i % len(WORDS)] * (1 + i % 3))
            w.add_document(id=str(i), body=words, tag="a b")
    yield idx
    idx.close()


def _matcher(ix: Any, term: str = "kunta") -> tuple[Any, Any]:
    reader = ix.reader()
    leaf = reader if reader.is_atomic() else reader.leaf_readers()[0][0]
    return reader, leaf.postings("body", term.encode("utf-8"))


def test_INT_SIZE_is_the_length_prefix_of_a_packed_uint() -> None:  # noqa: N802
    assert len(pack_uint(7)) == wp.INT_SIZE


def test_block_reading_names_exist(ix: Any) -> None:
    # _read_ids, _read_weights, _read_values, _next_block
    reader, m = _matcher(ix)
    assert wp.reads_blocks(m)
    reader.close()


def test_read_ids_ids_next_block(ix: Any) -> None:
    reader, m = _matcher(ix)
    blocks = list(wp.block_ids(m))
    assert len(blocks) > 1  # more than one block: _next_block moved on
    reader.close()
    reader, m = _matcher(ix)
    assert [d for ids in blocks for d in ids] == list(m.all_ids())
    reader.close()


def test_read_weights_weights(ix: Any) -> None:
    reader, m = _matcher(ix)
    pairs = [(d, w) for ids, ws in wp.block_ids_weights(m) for d, w in zip(ids, ws, strict=True)]
    reader.close()
    reader, m = _matcher(ix)
    expected = []
    while m.is_active():
        expected.append((m.id(), m.weight()))
        m.next()
    assert pairs == expected
    reader.close()


def test_read_values_values(ix: Any) -> None:
    reader, m = _matcher(ix)
    got = [(d, v) for ids, read in wp.block_ids_values(m) for d, v in zip(ids, read(), strict=True)]
    reader.close()
    reader, m = _matcher(ix)
    expected = []
    while m.is_active():
        expected.append((m.id(), m.value()))
        m.next()
    assert got == expected
    reader.close()


def test_field_B() -> None:  # noqa: N802
    weighting = BM25F(B=0.75, body_B=0.3)
    assert wp.bm25f_b(weighting, "body") == 0.3
    assert wp.bm25f_b(weighting, "title") == 0.75


def test_perdoc_field_length_reader(ix: Any) -> None:
    reader = ix.reader()
    leaf = reader if reader.is_atomic() else reader.leaf_readers()[0][0]
    read = wp.field_length_reader(leaf, "body")
    assert read is not None
    assert [read(d) for d in range(20)] == [leaf.doc_field_length(d, "body") for d in range(20)]
    reader.close()


def test_fpath(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    assert wp.storage_path(storage, "x.seg") == os.path.join(str(tmp_path), "x.seg")


def test_flush_segment_check_state_added(tmp_path: Path) -> None:
    # _flush_segment (overridden through flush_segment), _check_state, _added
    idx = index.create_in(str(tmp_path), _schema())
    flushed = []

    class Writer(wp.HookedSegmentWriter):
        def flush_segment(self) -> None:
            flushed.append(self.docnum)
            super().flush_segment()

    w = Writer(idx)
    w.check_state()
    w.mark_added()  # an add that bypassed add_document still commits a segment
    w.add_document(id="1", body="kunta hanke")
    w.commit()
    assert flushed == [1]
    with pytest.raises(Exception, match="closed"):
        w.check_state()
    with idx.searcher() as s:
        assert s.document(id="1") is not None
    idx.close()


def test_finalize_segment_close_segment_commit_toc_finish(tmp_path: Path) -> None:
    # _finalize_segment, _close_segment, _commit_toc, _finish: segments written by two
    # writers without the lock, committed together by a third that holds it.
    idx = index.create_in(str(tmp_path), _schema())
    segments = []
    for i in range(2):
        w = SegmentWriter(idx, _lk=False, compound=False)
        w.add_document(id=str(i), body=f"kunta {WORDS[i]}")
        segments.append(wp.finalize_segment(w))
    abandoned = SegmentWriter(idx, _lk=False, compound=False)
    wp.close_segment(abandoned)
    owner = SegmentWriter(idx, compound=False)
    wp.commit_segments(owner, segments)
    with idx.searcher() as s:
        assert s.doc_count() == 2
        assert {s.stored_fields(d)["id"] for d in range(2)} == {"0", "1"}
    lock = idx.lock("WRITELOCK")
    assert lock.acquire()  # _finish released the lock
    lock.release()
    idx.close()


def test_fields_are_indexed_in_name_order_and_the_memo_follows(tmp_path: Path) -> None:
    # remembered_keys relies on "body" being indexed right before "body_pairs".
    order: list[str] = []
    schema = fields.Schema(
        body_pairs=fields.TEXT(), extra=fields.TEXT(), body=fields.TEXT(), aaa=fields.TEXT()
    )
    idx = index.create_in(str(tmp_path), schema)
    w = idx.writer()
    for name in ("body_pairs", "extra", "body", "aaa"):
        field = w.schema[name]

        def recording(value: Any, _index: Any = field.index, **kwargs: Any) -> Any:
            order.append(value)
            return _index(value, **kwargs)

        field.index = recording  # on this writer's schema only; cancelled below
    w.add_document(body_pairs="4", extra="3", body="2", aaa="1")
    w.cancel()
    assert order == ["1", "2", "4", "3"]
    idx.close()

    calls: list[str] = []

    def compute(text: str) -> list[tuple[str, ...]]:
        calls.append(text)
        return [(w,) for w in text.split()]

    text = "kunta ja hanke"
    assert wp.remembered_keys(text, compute) == wp.remembered_keys(text, compute)
    assert len(calls) == 1
    same_letters = "".join(["kunta ja ", "hanke"])  # equal, but another object
    assert wp.remembered_keys(same_letters, compute) == [("kunta",), ("ja",), ("hanke",)]
    assert len(calls) == 2
