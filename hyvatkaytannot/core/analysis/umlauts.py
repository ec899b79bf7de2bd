"""Spelling suggestions for words typed without ä/ö ("tyohyvinvointi" → "työhyvinvointi").

Design decisions:
- ä, ö and å are separate letters in Finnish: they are never folded in the index ("tuli"
  and "tuli", "sää" and "saa" are different words). Instead the search offers
  "Tarkoititko: …" with the spellings that put ä/ö back and that Voikko recognises.
- The combinations grow as 2^n in the number of a/o letters: they are tried in order of
  fewest changes and capped (MAX_TRIES analyses, MAX_POSITIONS letters considered), so a
  long word costs at most a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations

_SWAP = {"a": "ä", "o": "ö", "A": "Ä", "O": "Ö"}
MAX_POSITIONS = 12
MAX_TRIES = 256
MAX_RESULTS = 5


def _variants(word: str) -> Iterator[str]:
    positions = [i for i, ch in enumerate(word) if ch in _SWAP][:MAX_POSITIONS]
    for count in range(1, len(positions) + 1):
        for chosen in combinations(positions, count):
            chars = list(word)
            for i in chosen:
                chars[i] = _SWAP[chars[i]]
            yield "".join(chars)


def umlaut_candidates_with(word: str, known: Callable[[str], bool]) -> list[str]:
    """Variants of `word` with some a/o turned into ä/ö that `known` accepts."""
    found: list[str] = []
    for tries, variant in enumerate(_variants(word)):
        if tries >= MAX_TRIES or len(found) >= MAX_RESULTS:
            break
        if known(variant.lower()):
            found.append(variant)
    return found
