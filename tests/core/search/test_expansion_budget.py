"""The vocabulary's cached listings stay within their term budget (memory at 10⁵ cases)."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.search import expansion
from hyvatkaytannot.core.search.expansion import Vocabulary


def test_listings_are_dropped_oldest_first_over_the_term_budget(
    synced: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = synced._get_searcher().reader()  # type: ignore[attr-defined]
    vocab = Vocabulary(reader)
    everything = vocab.words_with_prefix("k")
    assert len(everything) > 3
    monkeypatch.setattr(expansion, "MAX_CACHED_TERMS", len(everything))
    vocab = Vocabulary(reader)
    vocab.words_with_prefix("k")
    vocab.words_with_prefix("p")  # over the budget together: "k" goes
    assert list(vocab._words_cache) == ["\x00p"]
    vocab.terms_with_prefix("k")
    assert list(vocab._prefix_cache) == ["k"]
    # Results are the same whether cached or read again.
    assert vocab.words_with_prefix("k") == everything
