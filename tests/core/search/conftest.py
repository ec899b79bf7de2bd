"""Fixtures for the search tests: real Markdown case files, loaded by the real loader, and a
real Whoosh index in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.loader.parse import parse_file
from hyvatkaytannot.core.search import SearchIndex

UserLayer = Callable[[str], tuple[list[str], list[str]]]


def no_user_layer(case_id: str) -> tuple[list[str], list[str]]:
    return [], []


def cancel_after(calls: int) -> Callable[[], bool]:
    """A cancel callback that says "cancel" from its (calls + 1)-th call on."""
    seen = [0]

    def cancel() -> bool:
        seen[0] += 1
        return seen[0] > calls

    return cancel


def write_case(folder: Path, case_id: str, title: str, body: str, **meta: Any) -> Path:
    front = {"id": case_id, "title": title, **meta}
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n"
    path = folder / f"{case_id}.md"
    path.write_text(text + body.strip() + "\n", encoding="utf-8")
    return path


def load_case(path: Path) -> Case:
    case, problems = parse_file(path, path.parent)
    assert case is not None, [p.format() for p in problems]
    return case


def load_folder(folder: Path) -> dict[str, Case]:
    cases = [load_case(p) for p in sorted(folder.glob("*.md"))]
    return {c.id: c for c in cases}


# Six small cases with the inflections, compounds, places and titles the tests need.
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "posio-yhteistyo",
        "Arjen turvaa rajat ylittävällä yhteistyöllä",
        """
## Lähtökohdat
Pienessä kunnassa toimijat tuntevat toisensa ja yhteistyö on luontevaa.

## Toteutus
Sosiaali- ja terveyspalvelut ulkoistettiin, palveluntuottajana Coronaria-ryhmittymä.
Kuntamarkkinointi tehtiin yhdessä matkailuyhdistyksen kanssa.
""",
        {
            "summary": "Posio teki hallinnonrajat ylittävää yhteistyötä pienen kunnan voimin.",
            "municipalities": ["Posio"],
            "themes": ["yhteistyo"],
            "status": "päättynyt",
            "period": {"start": "2016-01-01", "end": "2018-12-31"},
        },
    ),
    (
        "orivesi-elinvoimapalvelut",
        "Elinvoimapalvelut kaupungin kehittäjänä",
        """
## Tavoitteet
Elinvoimapalvelujen tehtävänä on yrittäjien osallistaminen kaupungin kehittämiseen.

## Tulokset
Yritysneuvonta ja markkinointi koottiin yhteen tiimiin.
""",
        {
            "summary": "Orivesi kokosi elinkeinot ja markkinoinnin yhteen.",
            "municipalities": ["Orivesi"],
            "themes": ["elinvoima"],
            "status": "käynnissä",
            "period": {"start": "2019-01-01"},
        },
    ),
    (
        "suupohja-seutustrategia",
        "Seutustrategialla yhteiseen suuntaan",
        """
## Lähtökohdat
Suupohjan kunnat laativat yhteisen seutustrategian.

## Toteutus
Hanke oli TEKES-rahoitteinen, ja kuntien johtajat tapasivat kuukausittain.
""",
        {
            "summary": "Neljä kuntaa sopi yhteisestä suunnasta.",
            "municipalities": ["Kauhajoki", "Teuva"],
            "themes": ["elinvoima", "seutuyhteistyo"],
            "status": "päättynyt",
            "period": {"start": "2014-01-01", "end": "2016-06-30"},
            "funding": {"funders": [{"funder": "Tekes", "amount": 50000}]},
        },
    ),
    (
        "aanekoski-vesihuolto",
        "Äänekosken vesihuolto",
        """
## Lähtökohdat
Vesi ja jätevesi kulkevat kunnan rajojen yli.

## Toteutus
Vesihuoltolaitokset yhdistettiin <script>alert(1)</script> & hinnaksi sovittiin < 2 €/m3.
""",
        {
            "summary": "Vesihuollon yhteistyö naapurikuntien kanssa.",
            "municipalities": ["Äänekoski"],
            "themes": ["yhteistyo"],
            "status": "suunnitteilla",
            "period": {"start": "2021-03-01"},
        },
    ),
    (
        "ylojarvi-etakokoukset",
        "Zoomilla etäkokoukset tutuiksi",
        """
## Toteutus
Johtoryhmä siirtyi etäkokouksiin, ja työhyvinvointia seurattiin kyselyillä.
""",
        {
            "summary": "Etäjohtamisen kokeilu.",
            "municipalities": ["Ylöjärvi"],
            "themes": ["johtaminen", "tyohyvinvointi"],
            "status": "päättynyt",
            "period": {"start": "2020-03-01", "end": "2020-12-31"},
        },
    ),
    (
        "porvoo-oljyntorjunta",
        "Öljyntorjunnan yhteisharjoitus",
        """
## Toteutus
Pelastuslaitos ja vapaaehtoiset harjoittelivat öljyntorjuntaa saaristossa.
""",
        {
            "summary": "Harjoitus rannikon kunnissa.",
            "municipalities": ["Porvoo"],
            "themes": ["yhteistyo"],
            "status": "käynnissä",
            "period": {"start": "2022-05-01"},
        },
    ),
]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    for case_id, title, body, meta in CASES:
        write_case(folder, case_id, title, body, **meta)
    return folder


@pytest.fixture
def cases(library: Path) -> dict[str, Case]:
    return load_folder(library)


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "index"


@pytest.fixture
def search_index(tmp_path: Path, index_dir: Path) -> Iterator[SearchIndex]:
    ix = SearchIndex(index_dir, tmp_path / "data" / "analysis-cache.sqlite")
    yield ix
    ix.close()


@pytest.fixture
def synced(search_index: SearchIndex, cases: dict[str, Case]) -> SearchIndex:
    search_index.sync(cases, no_user_layer)
    return search_index


@pytest.fixture
def user_layer_none() -> UserLayer:
    return no_user_layer


@pytest.fixture
def case_files() -> Any:
    """Helpers for tests that edit, add and load case files: write(folder, id, title, body,
    **meta), load(path), load_folder(folder), and CASES."""

    class CaseFiles:
        write = staticmethod(write_case)
        load = staticmethod(load_case)
        load_folder = staticmethod(load_folder)
        cases = CASES

    return CaseFiles
