"""The cached evaluator (scores.py) gives what Whoosh gives: same documents, same BM25F
scores, also after updates and deletions (deleted documents must not come back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core.search import SearchIndex
from hyvatkaytannot.core.search.query import parse

QUERIES = [
    "yhteistyö",
    "kunta yhteistyö",
    "Coronaria TAI öljyntorjuntaa",
    "yhteistyö -Coronaria",
    '"yrittäjien osallistaminen"',
    '"kunnan rajojen"',
    "kunta:Posio",
    "maakunta:Pirkanmaa kehittämiseen",
    "vuosi:2014-2016",
    "tila:päättynyt yhteistyö",
    "Coronria~",
    "vesi*",
]


def _check(ix: SearchIndex) -> None:
    ix.search("")  # opens the searcher and its caches
    searcher = ix._get_searcher()
    assert ix._scores is not None
    for text in QUERIES:
        compiled = ix._compile(parse(text), text)
        mine = ix._scores.evaluate(compiled.query)
        theirs = {d: s for s, d in searcher.search(compiled.query, limit=None).top_n}
        assert set(mine) == set(theirs), text
        for d, score in theirs.items():
            # Phrases are scored as the sum of their words, not by Whoosh's span scorer.
            if not text.startswith('"'):
                assert mine[d] == pytest.approx(score), (text, d)


def test_evaluator_matches_whoosh(synced: SearchIndex) -> None:
    _check(synced)


def test_evaluator_after_updates_and_deletes(
    synced: SearchIndex, library: Path, case_files: Any
) -> None:
    synced.update_case(case_files.load(library / "posio-yhteistyo.md"), lambda c: (["x"], []))
    synced.remove_case("aanekoski-vesihuolto")
    synced.update_case(case_files.load(library / "porvoo-oljyntorjunta.md"), lambda c: ([], []))
    _check(synced)
    assert synced.search("vesi").total == 0


def test_deleted_documents_stay_deleted_in_a_segment_with_deletions(
    synced: SearchIndex, library: Path, case_files: Any
) -> None:
    from whoosh import index as windex

    # Delete without merging: the segment keeps the document, marked deleted.
    ix = windex.open_dir(str(synced.index_dir))
    with ix.writer() as w:
        w.mergetype = __import__("whoosh.writing", fromlist=["NO_MERGE"]).NO_MERGE
        w.delete_by_term("id", "aanekoski-vesihuolto")
    ix.close()
    # Written past sync.py, so record the checksums as every app commit does.
    from hyvatkaytannot.core.search import integrity

    integrity.write_manifest(synced.index_dir)
    synced.search("")
    assert synced._get_searcher().reader().has_deletions()
    _check(synced)
    assert synced.search("vesi").total == 0
    assert "aanekoski-vesihuolto" not in [h.id for h in synced.search("", limit=50).hits]
