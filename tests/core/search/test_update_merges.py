"""An update folds small segments into its own and never merges a full build's segments
(Whoosh's default policy turned a one-case update at 100,000 cases into a merge of 85,000
documents)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index as windex

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex, indexer

from .conftest import no_user_layer


def _segments(index_dir: Path) -> list[tuple[str, int]]:
    ix = windex.open_dir(str(index_dir))
    with ix.reader() as reader:
        leaves = [r for r, _ in reader.leaf_readers()] if not reader.is_atomic() else [reader]
        return [(leaf.segment().segment_id(), leaf.doc_count_all()) for leaf in leaves]


def test_updates_keep_large_segments_and_fold_small_ones(
    synced: SearchIndex,
    cases: dict[str, Case],
    index_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _segments(index_dir)
    assert len(built) == 1 and built[0][1] == len(cases)
    # The built segment counts as large: updates must leave it as it is.
    monkeypatch.setattr(indexer, "SMALL_SEGMENT", len(cases))
    case = next(iter(cases.values()))
    for _ in range(6):
        synced.update_case(case, no_user_layer)
        segments = _segments(index_dir)
        assert built[0][0] in [seg_id for seg_id, _ in segments]
        assert len(segments) <= 3  # the build's and at most two small ones
    hits = synced.search(case.title).hits
    assert [h.id for h in hits].count(case.id) == 1
