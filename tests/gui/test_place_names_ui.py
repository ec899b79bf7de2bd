"""Place names, themes and case languages in the UI's language (list, facets, map)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from hyvatkaytannot.core.search.results import Hit
from hyvatkaytannot.gui.mainwindow import facet_value_label
from hyvatkaytannot.gui.map.shapes import map_shapes
from hyvatkaytannot.gui.results_model import ResultsModel, Role


@pytest.fixture
def ui_language(qapp: Any) -> Iterator[Any]:
    before = QLocale()

    def use(code: str) -> None:
        QLocale.setDefault(QLocale(code))

    yield use
    QLocale.setDefault(before)


def hit(language: str) -> Hit:
    return Hit(
        id="a",
        title="T",
        score=1.0,
        snippet="",
        municipalities=["Porvoo"],
        regions=["Uusimaa"],
        period_start=None,
        period_end=None,
        status=None,
        path="",
        language=language,
    )


def test_swedish_ui_shows_swedish_place_names_and_finnish_cases_language(ui_language: Any) -> None:
    ui_language("sv")
    model = ResultsModel()
    model.set_hits([hit("fi")])
    index = model.index(0, 0)
    assert index.data(Role.Places) == "Borgå, Nyland"
    assert index.data(Role.Language)  # a Finnish case is marked in a Swedish UI
    assert facet_value_label("municipality", "Hamina") == "Fredrikshamn"
    assert facet_value_label("region", "Pohjanmaa") == "Österbotten"
    assert facet_value_label("theme", "johtaminen") == "Ledarskap"
    assert facet_value_label("year", "2020") == "2020"
    assert facet_value_label("status", "käynnissä") == "pågående"
    porvoo = map_shapes().municipality_by_name("Porvoo")
    assert porvoo is not None and porvoo.shown_name("sv") == "Borgå"
    assert porvoo.name == "Porvoo"  # what a click filters by


def test_finnish_ui_keeps_finnish_names_and_marks_swedish_cases(ui_language: Any) -> None:
    ui_language("fi")
    model = ResultsModel()
    model.set_hits([hit("sv"), hit("fi")])
    assert model.index(0, 0).data(Role.Places) == "Porvoo, Uusimaa"
    assert model.index(0, 0).data(Role.Language)
    assert model.index(1, 0).data(Role.Language) == ""
    assert facet_value_label("municipality", "Hamina") == "Hamina"
    assert facet_value_label("theme", "johtaminen") == "Johtaminen"
    assert facet_value_label("status", "käynnissä") == "käynnissä"


def test_ui_language_from_the_settings_or_the_system(qapp: Any) -> None:
    from hyvatkaytannot.gui.i18n import available_languages, startup_language

    assert "sv" in available_languages()
    assert startup_language("sv", "fi_FI") == "sv"  # the user's choice wins
    assert startup_language("", "sv_FI") == "sv"  # else the system's language
    assert startup_language(None, "en_GB") == "en"
    assert startup_language("", "de_DE") == "fi"  # one the app does not speak: Finnish
    assert startup_language("xx", "C") == "fi"
