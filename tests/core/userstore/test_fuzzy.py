"""The approximate matcher against a plain dynamic-programming reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hyvatkaytannot.core.userstore.fuzzy import approximate_matches, myers_scores


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j - 1] + (ca != cb), prev[j] + 1, cur[j - 1] + 1))
        prev = cur
    return prev[-1]


def _search_dp(pattern: str, text: str) -> list[int]:
    """Best distance of pattern ending at each text position, start free (Sellers)."""
    m = len(pattern)
    col = list(range(m + 1))
    out = []
    for c in text:
        new = [0]
        for i in range(1, m + 1):
            new.append(min(col[i - 1] + (pattern[i - 1] != c), col[i] + 1, new[i - 1] + 1))
        col = new
        out.append(col[m])
    return out


_S = st.text(alphabet="abcä ", max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcä ", min_size=1, max_size=70), _S)
def test_myers_search_equals_the_dp(pattern: str, text: str) -> None:
    assert list(myers_scores(pattern, text)) == _search_dp(pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcä ", min_size=1, max_size=70), _S)
def test_myers_anchored_equals_levenshtein(pattern: str, text: str) -> None:
    scores = list(myers_scores(pattern, text, anchored=True))
    assert scores == [_levenshtein(pattern, text[: j + 1]) for j in range(len(text))]


def test_every_approximate_match_is_found_with_its_span() -> None:
    quote = "kirjasto avattiin uudelleen"
    text = "alku kirjasto avatiin uudelleen keski kirjastot avattiin uudelleen loppu"
    found = approximate_matches(text, quote, 5)
    spans = [(text[s:e], d) for s, e, d in found]
    assert spans == [("kirjasto avatiin uudelleen", 1), ("kirjastot avattiin uudelleen", 1)]
    for s, e, d in found:
        assert _levenshtein(quote, text[s:e]) == d
