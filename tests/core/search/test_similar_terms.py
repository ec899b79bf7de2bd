"""Similar cases' key terms: topics, not function words ("kanssa" is no reason why)."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.analysis.engine import is_function_lemma
from hyvatkaytannot.core.search.similar import key_terms


@pytest.mark.parametrize("lemma", ["kanssa", "kuitenkin", "etenkin", "tämä", "joka"])
def test_function_lemmas(lemma: str) -> None:
    assert is_function_lemma(lemma)


@pytest.mark.parametrize("lemma", ["hoitaja", "seudullinen", "kehittäminen", "vuoksi", "xyzzyq"])
def test_content_and_unknown_lemmas(lemma: str) -> None:
    assert not is_function_lemma(lemma)


def test_key_terms_leave_out_function_words() -> None:
    text = "Kanssa kanssa kanssa kuitenkin kuitenkin. Kotihoitajat ja kotihoitaja. Ikäihmiset."
    terms = [t for t, _ in key_terms({"body": text}, lambda term: 3, 100)]
    assert "kanssa" not in terms and "kuitenkin" not in terms
    assert "kotihoitaja" in terms
    assert "ikäihminen" in terms


def test_swedish_function_words_are_left_out() -> None:
    text = "Genom genom genom samarbete samarbetet."
    terms = [t for t, _ in key_terms({"body": text}, lambda term: 3, 100)]
    assert "genom" not in terms
    assert any(t.startswith("samarbet") for t in terms)
