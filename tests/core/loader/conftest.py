"""Shared helpers for the loader tests: a valid case text and a way to write case files."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core.library import Library, LoadResult

BODY = """
## Lähtökohdat

Kunta halusi tehdä yhteistyötä.

## Tavoitteet

Tavoitteena oli parempi palvelu.

## Toteutus

### Ensimmäinen vaihe

Toteutus alkoi 2018.

## Tulokset

Hyviä tuloksia.

## Opit ja siirrettävyys

Sopii muillekin.

## Lisätietoja

Kunnanjohtaja.
"""


def case_text(case_id: str = "posio-yhteistyo", extra: str = "", body: str = BODY) -> str:
    """A valid case; `extra` front matter lines are appended (they may override nothing:
    duplicate keys are errors)."""
    return (
        "---\n"
        f"id: {case_id}\n"
        'title: "Posion yhteistyö"\n'
        'summary: "Posio tekee yhteistyötä. Se toimii hyvin."\n'
        "municipalities: [Posio]\n"
        "themes: [yhteistyo, elinvoima]\n"
        "period: {start: 2018, end: 2019-06-30}\n"
        "status: päättynyt\n"
        f"{extra}"
        "---\n"
        f"{body}"
    )


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def load(folder: Path, read_only: bool = False) -> LoadResult:
    return Library([(folder, read_only)]).load()


def messages(result: LoadResult | list, path: Path | None = None) -> list[str]:
    problems = result.problems if isinstance(result, LoadResult) else result
    return [p.message for p in problems if path is None or p.path == path]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    d = tmp_path / "lib"
    d.mkdir()
    return d


class Helpers:
    """The helpers above as a fixture (with --import-mode=importlib, conftest is no module)."""

    BODY = BODY
    case_text = staticmethod(case_text)
    write = staticmethod(write)
    load = staticmethod(load)
    messages = staticmethod(messages)


@pytest.fixture
def h() -> type[Helpers]:
    return Helpers
