"""Every query in tests/data/queries-public.tsv puts its case in the top 3 over practices/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.resources import bundled_practices_dir
from hyvatkaytannot.core.search import SearchIndex

QUERIES = Path(__file__).resolve().parents[2] / "data" / "queries-public.tsv"


def _queries() -> list[tuple[str, str]]:
    rows = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, case_id = line.split("\t")
        rows.append((query, case_id.strip()))
    return rows


@pytest.fixture(scope="module")
def practices_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    result = Library([(bundled_practices_dir(), True)]).load()
    data = tmp_path_factory.mktemp("practices-index")
    ix = SearchIndex(data / "index", data / "analysis-cache.sqlite")
    ix.sync(result.cases, lambda cid: ([], []))
    yield ix
    ix.close()


def test_the_query_file_is_bundled() -> None:
    assert len(_queries()) >= 10


@pytest.mark.parametrize(("query", "case_id"), _queries())
def test_query_ranks_its_case_in_top_3(
    practices_index: SearchIndex, query: str, case_id: str
) -> None:
    top = [h.id for h in practices_index.search(query, limit=3).hits]
    assert case_id in top, (query, top)


@pytest.mark.parametrize(("query", "case_id"), _queries())
def test_query_typed_letter_by_letter_ends_in_top_3(
    practices_index: SearchIndex, query: str, case_id: str
) -> None:
    # Search as you type, at the moment the whole query has been typed.
    top = [h.id for h in practices_index.search(query, limit=3, as_you_type=True).hits]
    assert case_id in top, (query, top)
