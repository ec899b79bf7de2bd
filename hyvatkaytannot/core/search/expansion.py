"""Bounded expansion of prefixes and fuzzy words into index terms.

Whoosh's own Prefix and FuzzyTerm queries expand to every matching term; at 10,000 cases a
3-letter prefix has hundreds of terms and Whoosh's binary tree of union matchers makes
scoring quadratic (4 s measured, SEARCH-NOTES.md). Here a prefix or fuzzy word becomes at most
MAX_EXPANSIONS concrete terms, the most frequent ones (summed document frequency over the
vocabulary fields), and the caller ORs them with a wide Or that preloads matches.

Listings are cached per reader generation; a longer prefix is filtered from the cached list
of a shorter one, so typing "kau", "kaup", "kaupu" scans the lexicon once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from hyvatkaytannot.core.search.schema import VOCAB_FIELDS

MAX_EXPANSIONS = 8
MIN_PREFIX = 2  # an explicit `ab*`
MIN_TYPING_PREFIX = 3  # the last word while typing: shorter ones match as whole words only
_CACHE_SIZE = 64
# And at most this many terms in all the cached listings of each kind together: at 100,000
# cases a one- or two-letter listing holds hundreds of thousands of terms, and 64 of them
# took gigabytes.
MAX_CACHED_TERMS = 1_000_000


def _trim(cache: OrderedDict[str, Any]) -> None:
    """Drop the oldest listings while the cache is over its count or its term budget (the
    newest listing always stays)."""
    total = sum(len(v) for v in cache.values())
    while len(cache) > 1 and (len(cache) > _CACHE_SIZE or total > MAX_CACHED_TERMS):
        _, old = cache.popitem(last=False)
        total -= len(old)


class Vocabulary:
    """Term listings of one reader (one index generation)."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self._prefix_cache: OrderedDict[str, list[tuple[str, int]]] = OrderedDict()
        self._words_cache: OrderedDict[str, list[str]] = OrderedDict()

    def doc_frequency(self, term: str) -> int:
        r = self.reader
        return sum(r.doc_frequency(f, term) for f in VOCAB_FIELDS)

    def terms_with_prefix(self, prefix: str) -> list[tuple[str, int]]:
        """(term, summed document frequency) of every vocabulary term starting with prefix."""
        cached = self._prefix_cache.get(prefix)
        if cached is not None:
            self._prefix_cache.move_to_end(prefix)
            return cached
        for n in range(len(prefix) - 1, 0, -1):
            shorter = self._prefix_cache.get(prefix[:n])
            if shorter is not None:
                listing = [(t, df) for t, df in shorter if t.startswith(prefix)]
                break
        else:
            totals: dict[str, int] = {}
            leaves = self._leaves()
            for leaf in leaves:
                for fname in VOCAB_FIELDS:
                    for btext, info in leaf.iter_prefix(fname, prefix):
                        term = btext.decode("utf-8")
                        totals[term] = totals.get(term, 0) + info.doc_frequency()
            listing = sorted(totals.items())
        self._prefix_cache[prefix] = listing
        _trim(self._prefix_cache)
        return listing

    def _leaves(self) -> list[Any]:
        # Per segment: a multi-segment reader merges term infos term by term, which costs
        # ~10x more than reading each segment's lexicon.
        if self.reader.is_atomic():
            return [self.reader]
        return [leaf for leaf, _ in self.reader.leaf_readers()]

    def words_with_prefix(self, prefix: str) -> list[str]:
        """Vocabulary terms starting with prefix, without their frequencies (reading only
        the term dictionary keys is several times cheaper than decoding term infos)."""
        key = "\x00" + prefix
        cached = self._words_cache.get(key)
        if cached is not None:
            return cached
        for n in range(len(prefix) - 1, 0, -1):
            shorter = self._words_cache.get("\x00" + prefix[:n])
            if shorter is not None:
                words = [t for t in shorter if t.startswith(prefix)]
                break
        else:
            found: set[str] = set()
            bprefix = prefix.encode("utf-8")
            leaves = self._leaves()
            for leaf in leaves:
                for fname in VOCAB_FIELDS:
                    for field, btext in leaf.terms_from(fname, bprefix):
                        if field != fname or not btext.startswith(bprefix):
                            break
                        found.add(btext.decode("utf-8"))
            words = sorted(found)
        self._words_cache[key] = words
        _trim(self._words_cache)
        return words

    def expand_prefix(self, prefix: str, limit: int = MAX_EXPANSIONS) -> list[str]:
        listing = self.terms_with_prefix(prefix)
        if len(listing) <= limit:
            return [t for t, _ in listing]
        best = sorted(listing, key=lambda td: (-td[1], td[0]))[:limit]
        return [t for t, _ in best]

    def expand_fuzzy(self, word: str, maxdist: int, limit: int = MAX_EXPANSIONS) -> list[str]:
        """Terms within maxdist edits, nearest first, then most frequent. The first one or two
        letters must match (typos rarely hit them, and it bounds the scan)."""
        keep = 1 if len(word) <= 4 else 2
        near = process.extract(
            word,
            self.words_with_prefix(word[:keep]),
            scorer=OSA.distance,  # Damerau-Levenshtein, optimal string alignment
            score_cutoff=maxdist,
            limit=None,
        )
        scored = sorted((d, -self.doc_frequency(term), term) for term, d, _ in near)
        return [t for _, _, t in scored[:limit]]

    def closest(self, word: str) -> str | None:
        """The best correction of a word that is not in the vocabulary, for "did you mean"."""
        maxdist = 1 if len(word) <= 5 else 2
        found = [t for t in self.expand_fuzzy(word, maxdist, limit=4) if t != word]
        return found[0] if found else None


def auto_distance(word: str) -> int:
    return 1 if len(word) < 6 else 2
