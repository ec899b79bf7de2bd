"""The results model passes Qt's model tester and shows hits in the order they come."""

from __future__ import annotations

from typing import Any

from hyvatkaytannot.core.search.results import Hit
from hyvatkaytannot.gui.results_model import ResultsModel, Role, period_text


def hit(case_id: str, title: str, **kw: Any) -> Hit:
    values = dict(
        score=1.0,
        snippet="…<b>kunnan</b> <script>x</script> työ…",
        municipalities=["Posio"],
        regions=["Lappi"],
        period_start="2018-01-05",
        period_end="2019",
        status="käynnissä",
        path="",
    )
    values.update(kw)
    return Hit(id=case_id, title=title, **values)


def test_model_tester(qtmodeltester: Any) -> None:
    model = ResultsModel()
    model.set_hits([hit("a", "Öljy"), hit("b", "Aalto"), hit("c", "Zeta")])
    qtmodeltester.check(model, force_py=True)
    model.set_hits([])
    qtmodeltester.check(model, force_py=True)


def test_roles_and_safe_snippet() -> None:
    model = ResultsModel()
    model.set_hits([hit("a", "Kunnan työ")])
    index = model.index(0, 0)
    assert index.data() == "Kunnan työ"
    assert index.data(Role.Id) == "a"
    assert index.data(Role.Places) == "Posio, Lappi"
    assert index.data(Role.Period) == "5.1.2018–2019"
    assert index.data(Role.Status) == "käynnissä"
    snippet = index.data(Role.Snippet)
    assert "<b>kunnan</b>" in snippet and "<script" not in snippet
    assert model.row_of("a") == 0 and model.row_of("x") == -1


def test_rows_keep_the_order_they_come_in() -> None:
    model = ResultsModel()
    model.set_hits([hit("b", "Öljy"), hit("a", "Aalto")])
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Öljy", "Aalto"]


def test_period_text() -> None:
    assert period_text("2017", "2017") == "2017"
    assert period_text("2017-03", None) == "3/2017"
    assert period_text(None, None) == ""
