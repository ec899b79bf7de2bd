"""Fixtures for the curate tests: a rich case text and folders laid out like a library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

RICH_CASE = """\
---
id: oulu-kotihoito
title: "Oulun ikäihmisten kotihoito: NO-malli"
summary: Kotihoitoa kehitettiin yhdessä asukkaiden kanssa.
municipalities: [Oulu]
regions: [Pohjois-Pohjanmaa]
organisations:
  owner: Oulun kaupunki
  partners: [Oulun yliopisto, "1.10"]
themes: [hyvinvointi]
period:
  start: "2019"
  end: "2020-06-30"
status: päättynyt
funding:
  total_cost: 120000
  funders:
    - funder: Sosiaali- ja terveysministeriö
      amount: 80000.5
      decided: "2019-01-15"
contacts:
  - name: Matti Meikäläinen
    role: projektipäällikkö
    email: matti@example.fi
    phone: "0401234567"
sources:
  - title: Hankkeen loppuraportti
    url: https://example.fi/raportti.pdf
    published: "2020-08"
language: fi
updated: "2024-01-01"
x-oma-kenttä: "yes"
---

## Lähtökohdat

Kotihoidon asiakkaita oli paljon.

## Tavoitteet

Parempi arki.

## Toteutus

Tehtiin.

## Tulokset

Hyviä.

## Opit ja siirrettävyys

Siirrettävissä.

## Lisätietoja

Katso lähteet.
"""


def write_case(folder: Path, text: str, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    case_id = next(
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("id:")
    )
    path = folder / (name or f"{case_id}.md")
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture(name="write_case")
def write_case_fixture() -> Callable[..., Path]:
    return write_case


@pytest.fixture
def rich_text() -> str:
    return RICH_CASE


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    """A read-only library folder, the user's folder and a drafts folder (all empty)."""
    d = {
        "readonly": tmp_path / "bundled",
        "user": tmp_path / "data" / "tapaukset",
        "drafts": tmp_path / "data" / "drafts",
    }
    for p in d.values():
        p.mkdir(parents=True)
    return d
