"""Lists made from loaded cases (collections, browsing before the first index)."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.browse import case_hits
from hyvatkaytannot.core.case import Case


def _case(case_id: str, title: str) -> Case:
    return Case(id=case_id, title=title, path=Path(f"/lib/{case_id}.md"), meta={}, body="")


def test_title_order_puts_a_umlauts_after_z() -> None:
    titles = ["Öljy", "Äänekoski", "Åbo", "Zeta", "Aalto", "Vaasa", "Wasa"]
    hits = case_hits([_case(str(i), t) for i, t in enumerate(titles)], by_title=True)
    assert [h.title for h in hits] == ["Aalto", "Vaasa", "Wasa", "Zeta", "Åbo", "Äänekoski", "Öljy"]


def test_given_order_is_kept_and_rows_carry_the_case_fields() -> None:
    hits = case_hits([_case("b", "Öljy"), _case("a", "Aalto")])
    assert [h.id for h in hits] == ["b", "a"]
    assert hits[0].path == "/lib/b.md" and hits[0].snippet == "" and hits[0].score == 0.0
