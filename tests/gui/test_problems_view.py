"""The problems panel counts files (not messages) and tells errors from warnings by icon."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.problems import Problem, Severity
from hyvatkaytannot.gui.icons import icon
from hyvatkaytannot.gui.problems_view import ProblemsView


def test_counts_files_and_separates_errors(qtbot: Any) -> None:
    from tests.gui.conftest import finnish_ui

    finnish_ui()
    view = ProblemsView()
    qtbot.addWidget(view)
    a, b = Path("a.md"), Path("b.md")
    view.set_problems(
        [
            Problem(a, message("case.unknown_field", field="x"), 3, Severity.WARNING, "a"),
            Problem(a, message("case.unknown_field", field="y"), 4, Severity.WARNING, "a"),
            Problem(
                a, message("case.headings_missing", headings="## Tulokset"), 9, Severity.WARNING
            ),
            Problem(b, message("case.yaml_error", reason=message("yaml.tab")), 2, Severity.ERROR),
        ]
    )
    text = view.summary.text()
    assert "2 tiedostossa ongelmia" in text and "1 tiedosto jäi lataamatta" in text, text
    warning_key = icon("warning").pixmap(16).toImage()
    error_key = icon("error").pixmap(16).toImage()
    assert warning_key != error_key
    icons = {
        view.table.topLevelItem(i).text(3): view.table.topLevelItem(i).icon(0).pixmap(16).toImage()
        for i in range(view.table.topLevelItemCount())
    }
    yaml = "YAML-virhe: sarkainmerkki sisennyksessä; käytä välilyöntejä"
    assert icons[yaml] == error_key
    assert (
        icons["Tuntematon kenttä x: se säilytetään, mutta sovellus ei käytä sitä."] == warning_key
    )
