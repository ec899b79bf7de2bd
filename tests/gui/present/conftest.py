from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core.case import Case

BODY = """## Lähtökohdat

Pienessä kunnassa kaikki tuntevat toisensa, ja yhteistyö on luontevaa.

## Tavoitteet

- Yhteinen hyöty
- Nopea tiedonkulku

## Toteutus

{toteutus}

## Tulokset

Toimintamallit otettiin käyttöön.

## Opit ja siirrettävyys

Malli sopii muillekin kunnille.

## Lisätietoja

Kysy kunnanjohtajalta.
"""


def make_case(case_id: str = "posio-testi", toteutus: str = "Työpajoja pidettiin.") -> Case:
    return Case(
        id=case_id,
        title="Yhteistyö Posiolla – hyvän mielen paikka",
        path=Path(f"{case_id}.md"),
        meta={},
        body=BODY.format(toteutus=toteutus),
        summary="Posio tekee yhteistyötä yli hallinnonrajojen.",
        municipalities=["Posio"],
        regions=["Lappi"],
        period_start="2018-10-10",
        contacts=[{"name": "Heli Knutars", "role": "kunnanjohtaja"}],
        sources=[{"title": "ALKE-päivien esitys", "url": "https://example.fi/alke"}],
    )


@pytest.fixture
def case() -> Case:
    return make_case()


@pytest.fixture
def long_case() -> Case:
    items = "\n".join(f"- Vaihe {i}: " + "työpajoja ja sparrausta " * 25 for i in range(20))
    return make_case("pitka", items)
