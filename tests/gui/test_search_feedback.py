"""The result list says what ran and what to try: the corrected-reading line with the typed
words as a link, and an empty state naming the query with tips and a clear-filters link."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tests.gui.test_main_window import results, run_query


def test_empty_result_shows_what_to_try(qtbot: Any, window: Any, typer: Any) -> None:
    run_query(qtbot, window, typer, "qwzxv ")
    feedback = window.feedback
    assert results(window) == []
    assert feedback.empty.isVisible() and not window.results_view.isVisible()
    text = feedback.empty.text()
    assert "“qwzxv”" in text and "Kokeile" in text and "perusmuoto" in text
    # Something found again: the list is back.
    run_query(qtbot, window, typer, "yöpartio")
    assert results(window) and window.results_view.isVisible()
    assert not feedback.empty.isVisible()


def test_empty_state_offers_to_clear_the_filters(qtbot: Any, window: Any, typer: Any) -> None:
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        window.set_filter("region", ["Lappi"])
    run_query(qtbot, window, typer, "yöpartio")
    assert results(window) == []
    text = window.feedback.empty.text()
    assert "1 rajaus käytössä" in text and 'href="clear"' in text
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        window.feedback.empty.linkActivated.emit("clear")
    qtbot.waitUntil(lambda: not window.search.busy())
    assert window.search.filters == {}
    assert results(window) == ["tampere-yopartio"]


def _corrected(response: Any, ran: str, original: str) -> Any:
    fields = {f.name for f in dataclasses.fields(response)}
    if "corrected" not in fields:
        pytest.skip("this engine does not report corrected readings yet")
    return dataclasses.replace(response, corrected=True, ran_query=ran, original_query=original)


def test_corrected_reading_is_shown_with_the_typed_words(
    qtbot: Any, window: Any, typer: Any
) -> None:
    run_query(qtbot, window, typer, "yopartio")
    response = window.last_response
    if not getattr(response, "corrected", False):
        response = _corrected(response, "yöpartio", "yopartio")
        window.feedback.update(response)
    line = window.feedback.correction
    assert line.isVisible()
    assert "Näytetään tulokset haulle <b>yöpartio</b>" in line.text()
    assert 'Hae silti: <a href="exact">yopartio</a>' in line.text()
    with qtbot.waitSignal(window.searchFinished, timeout=20000):
        line.linkActivated.emit("exact")
    qtbot.waitUntil(lambda: not window.search.busy())
    assert window.search.exact_query == "yopartio"
    assert window.search_bar.text() == "yopartio"
    assert not getattr(window.last_response, "corrected", False)
    assert not line.isVisible()
    # Typing something else forgets "as typed".
    run_query(qtbot, window, typer, "kirjasto")
    assert window.search.exact_query is None
