"""Curate test fixtures: a controller over a real KnowledgeBase, case files in tmp_path.

The controller is given a plain host object holding the KnowledgeBase (the editor needs
nothing else from a window); one test installs the hook into the real main window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hyvatkaytannot.core import KnowledgeBase

CASE_TEMPLATE = """---
id: {id}
title: "{title}"
summary: "{summary}"
municipalities: [{municipality}]
themes: [hyvinvointi]
status: käynnissä
period:
  start: "2021"
language: fi
---

## Lähtökohdat

Lähtötilanne kuvataan tässä.

## Tavoitteet

Tavoitteet.

## Toteutus

Toteutus.

## Tulokset

Tulokset.

## Opit ja siirrettävyys

Opit.

## Lisätietoja

Lisätietoja.
"""


@pytest.fixture(autouse=True)
def finnish(qapp: Any) -> Iterator[None]:
    """The app's default language: these tests see (and check) the Finnish strings."""
    from PySide6.QtCore import QLocale

    from hyvatkaytannot.gui.i18n import install_translators, remove_translators

    locale = QLocale()
    translators = install_translators(qapp, "fi")
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(locale)


class Host:
    """What the curate controller needs from a window: the KnowledgeBase."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.messages: list[str] = []

    def show_message(self, text: str) -> None:
        self.messages.append(text)


def write_case(
    folder: Path,
    case_id: str,
    title: str = "Kotihoidon etäkäynnit",
    municipality: str = "Tampere",
    summary: str = "Hoitajat käyvät kotona videon välityksellä.",
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case_id}.md"
    text = CASE_TEMPLATE.format(id=case_id, title=title, municipality=municipality, summary=summary)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def user_kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A data dir with one case in the user's own folder (bundled cases included)."""
    kb = KnowledgeBase.open(data_dir=tmp_path / "data")
    write_case(kb.paths.user_cases_dir, "tampere-etakaynnit")
    kb.load_cases()
    yield kb
    kb.close()


@pytest.fixture
def controller(qtbot: Any, user_kb: KnowledgeBase) -> Iterator[Any]:
    from hyvatkaytannot.gui.curate.controller import CurateController

    c = CurateController(Host(user_kb))
    yield c
    for editor in list(c.editors):
        editor._closing_ok = True
        editor.close()


@pytest.fixture
def edit(controller: Any, user_kb: KnowledgeBase, qtbot: Any) -> Any:
    """`edit(case_id)` opens an editor on a loaded case."""

    def open_editor(case_id: str = "tampere-etakaynnit") -> Any:
        editor = controller.edit_case(case_id)
        assert editor is not None
        return editor

    return open_editor


@pytest.fixture
def case_writer() -> Any:
    """`case_writer(folder, id, title=…, municipality=…, summary=…)` writes a case file."""
    return write_case


@pytest.fixture
def retype(qtbot: Any, typer: Any) -> Any:
    """`retype(line_edit, text)`: select all and type `text` over it, as a user would."""

    def run(widget: Any, text: str) -> None:
        widget.setFocus()
        widget.selectAll()
        if text:
            typer(widget, text)
        else:
            widget.del_()

    return run
