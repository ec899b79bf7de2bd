"""The bundled Swedish case (practices/, `language: sv`) is found by Swedish word forms and
compound parts over the real bundled library, shows its language, and leaves the Finnish
searches of the Finnish cases as they were."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.resources import bundled_practices_dir
from hyvatkaytannot.core.search import SearchIndex

SV = "suupohja-livskraft-och-regional-ledning"
FI = "suupohja-elinvoiman-johtaminen"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    result = Library([(bundled_practices_dir(), True)]).load()
    assert result.cases[SV].language == "sv"
    data = tmp_path_factory.mktemp("bundled-sv")
    ix = SearchIndex(data / "index", data / "analysis-cache.sqlite")
    ix.sync(result.cases, lambda cid: ([], []))
    yield ix
    ix.close()


def top(ix: SearchIndex, query: str, n: int = 3) -> list[str]:
    return [h.id for h in ix.search(query, limit=n).hits]


@pytest.mark.parametrize(
    "query",
    [
        "kommunernas",  # text: kommunerna, kommuner, kommunens...
        "kommundirektör",  # text: kommundirektörerna
        "ledningsgrupperna",  # text: ledningsgruppen
        "samkommun",  # text: samkommunerna
        "livskraften",  # text: livskraft, livskraften
        "förtroendevald",  # text: förtroendevalda
        "forskare",  # text: forskarna
        "workshop",  # text: workshoppar, workshopparna
        "utvecklades",  # text: utveckla, utvecklar
        "regionstrategier",  # text: regionstrategi, regionstrategin
        "näringsliv",  # text: näringslivet
    ],
)
def test_swedish_inflected_forms_find_the_swedish_case(bundled: SearchIndex, query: str) -> None:
    assert top(bundled, query)[:1] == [SV], query


@pytest.mark.parametrize(
    ("query", "compound"),
    [
        ("mätare", "livskraftsmätare"),
        ("mätarna", "livskraftsmätarna"),
        ("strategin", "regionstrategin"),
        ("utbildning", "yrkesutbildningen"),
        ("forskning", "aktionsforskning"),
        ("kultur", "verksamhetskultur"),
        ("ansökan", "projektansökan"),
    ],
)
def test_compound_parts_find_the_swedish_case(
    bundled: SearchIndex, query: str, compound: str
) -> None:
    assert SV in top(bundled, query), (query, compound)


@pytest.mark.parametrize(
    "query", ["Östermark", "i Storå", "Bötoms", "Teuva", "Teuvalla", "Isojoella"]
)
def test_place_names_in_either_language_find_both_suupohja_cases(
    bundled: SearchIndex, query: str
) -> None:
    assert set(top(bundled, query, 10)) == {SV, FI}, query


def test_the_swedish_hit_says_its_language(bundled: SearchIndex) -> None:
    hits = {h.id: h for h in bundled.search("livskraftsmätarna").hits}
    assert hits[SV].language == "sv"
    finnish = bundled.search("elinvoimamittaristo").hits
    assert finnish[0].id == FI and finnish[0].language == "fi"


def test_finnish_queries_still_rank_the_finnish_case_first(bundled: SearchIndex) -> None:
    for query in ("elinvoimamittariston", "seutustrategia", "Suupohjan elinvoima"):
        assert top(bundled, query)[0] == FI, query
