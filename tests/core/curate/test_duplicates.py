"""Duplicate warnings: same municipality and a similar title or summary."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.duplicates import describe_reason, find_similar, similarity, token_set


def _case(case_id: str, title: str, munis: list[str], summary: str = "") -> Case:
    return Case(id=case_id, title=title, path=Path(f"{case_id}.md"), meta={}, body="",
                summary=summary, municipalities=munis)  # fmt: skip


LIBRARY = [
    _case("oulu-kotihoito", "Oulun ikäihmisten kotihoidon kehittäminen", ["Oulu"],
          "Kotihoidon asiakkaille kehitettiin etäpalveluja."),
    _case("kemi-kotihoito", "Kemin ikäihmisten kotihoidon kehittäminen", ["Kemi"]),
    _case("oulu-kirjasto", "Oulun kirjastoauto kylille", ["Oulu"],
          "Kirjastoauto kiertää kylissä."),
    _case("nimeton", "Ikäihmisten kotihoito Oulussa", []),
]  # fmt: skip


def test_same_municipality_similar_title_is_found() -> None:
    new = _case("uusi", "Ikäihmisten kotihoito Oulussa", ["Oulu"])
    found = find_similar(new, LIBRARY)
    ids = [f.case_id for f in found]
    assert ids[0] == "nimeton"  # identical title: always a candidate, score 1
    assert found[0].score == 1.0 and found[0].reason == "same-title"
    assert "oulu-kotihoito" in ids
    hit = next(f for f in found if f.case_id == "oulu-kotihoito")
    assert "title" in hit.reason and 0.5 <= hit.score < 1
    assert "kemi-kotihoito" not in ids  # another town's project is not a duplicate
    assert "oulu-kirjasto" not in ids


def test_similar_summary_counts_too() -> None:
    new = _case("uusi", "Etäpalvelut vanhuksille", ["oulu"],
                "Kotihoidon asiakkaille kehitettiin etäpalveluja ja etähoitoa.")  # fmt: skip
    found = {f.case_id: f for f in find_similar(new, {c.id: c for c in LIBRARY})}
    assert found["oulu-kotihoito"].reason == "summary"
    assert describe_reason("summary").startswith("a similar summary")


def test_itself_and_unrelated_are_not_reported() -> None:
    same_id = _case("oulu-kotihoito", "Oulun ikäihmisten kotihoidon kehittäminen", ["Oulu"])
    assert all(f.case_id != "oulu-kotihoito" for f in find_similar(same_id, LIBRARY))
    other = _case("uusi", "Nuorten työpajat", ["Oulu"], "Työpajoja nuorille.")
    assert find_similar(other, LIBRARY) == []


def test_similarity_measure() -> None:
    a = token_set("Kotihoidon kehittäminen Oulussa")
    assert similarity(a, a) == 1.0
    assert similarity(a, frozenset()) == 0.0
    assert token_set("Kotihoito ja kotihoidon") == frozenset({"kotih"})
