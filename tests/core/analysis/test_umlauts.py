from __future__ import annotations

from hyvatkaytannot.core.analysis import umlaut_candidates
from hyvatkaytannot.core.analysis.umlauts import MAX_TRIES, umlaut_candidates_with


def test_candidates_put_umlauts_back() -> None:
    assert umlaut_candidates("tyohyvinvointi") == ["työhyvinvointi"]
    assert "elinkeinopäällikkö" in umlaut_candidates("elinkeinopaallikko")
    assert umlaut_candidates("Paivakoti") == ["Päiväkoti"]


def test_no_candidates_for_nonsense() -> None:
    assert umlaut_candidates("qwxqwx") == []


def test_combinations_are_capped() -> None:
    tried: list[str] = []

    def known(word: str) -> bool:
        tried.append(word)
        return False

    assert umlaut_candidates_with("a" * 30, known) == []
    assert len(tried) == MAX_TRIES
