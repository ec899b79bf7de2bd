"""Forgiving queries: run the reading the user meant, and say so.

People type without ä/ö (foreign keyboards, phones) and make one-letter typos. Asking "did you
mean" only after a search with no hits makes them stop and look, and a typed form that is
itself a word ("paastot": paasto, fasting) may have a hit or two and hide the case they
wanted. So, as web search does, a corrected reading is run instead of the typed query when

- the typed query has no hits and the reading has some, or
- the reading matches at least CORRECTION_RATIO times as many cases as the typed query.

The response then carries `corrected`, `original_query` and `ran_query`, and the caller can
offer "Hae silti: paastot" (search(original, correct=False)).

Readings tried, each only on plain words (not fields, phrases, prefixes or `~` words):
1. ä/ö restored: each word's first spelling with ä/ö found in the index vocabulary.
2. spelling: a word none of whose keys is in the vocabulary gets its nearest vocabulary term
   (edit distance 1, or 2 from 6 letters: Vocabulary.closest); a word that is in the
   vocabulary may get a term one edit away that is CORRECTION_RATIO times as frequent.
A single word with no hits and no reading falls back to fuzzy matching ("word~").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import combinations

from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.expansion import Vocabulary
from hyvatkaytannot.core.search.query import Node, Word, positive_words

# A reading is run instead of a typed query that has hits when it matches this many times as
# many cases. Chosen on the tuning queries (benchmarks/query_eval.py --sweep): at 3 or less a
# correctly typed rare word ("saanto", 1 case) was "corrected" into a neighbour ("sääntö",
# 3 cases); from 8 up "paastot" (1 case about fasting) was left uncorrected against
# "päästöt" (7 cases). 5 is the one tried value that got every tuning decision right.
CORRECTION_RATIO = 5
# Words shorter than this are never corrected when they have hits (too many neighbours).
MIN_CORRECTED = 5
# Spellings with ä/ö tried per word (fewest changes first): all of up to 5 a/o letters.
MAX_UMLAUT_TRIES = 32
# A word that is in the index is looked at for a far more frequent neighbour one edit away
# only when it is this rare: a typo that happens to be a word ("hanki" for "hanke") is rare,
# and the neighbour search (an edit-distance scan of the vocabulary) is the costly part.
MAX_NEIGHBOUR_DF = 3
# Fuzzy fallback: only for single words at least this long.
MIN_FUZZY_FALLBACK = 4


def correctable_words(node: Node | None, typing: bool = True) -> list[str]:
    """Plain words; with `typing=False` not the word being typed (a prefix): while a query
    still has hits, an unfinished word is not worth a correction on every keystroke."""
    return [
        w.text
        for w in positive_words(node)
        if isinstance(w, Word)
        and w.field is None
        and w.fuzzy is None
        and w.text.isalpha()
        and (typing or not w.prefix)
    ]


def replace_word(query: str, old: str, new: str) -> str:
    pattern = re.compile(rf"(?<![\w:]){re.escape(old)}(?![\w])", re.IGNORECASE)
    return pattern.sub(new.replace("\\", r"\\"), query, count=1)


def umlaut_reading(
    query: str, words: list[str], vocab: Vocabulary, thorough: bool = False
) -> str | None:
    """Each word with a/o put back to ä/ö where the result is in the index vocabulary.

    The spellings are checked against the vocabulary, not the analysis: a word with many
    a/o letters has hundreds of spellings and Voikko costs up to milliseconds each, while a
    vocabulary lookup costs microseconds. The typed form and its keys are tried (an
    inflected "paastojen" has the key "paasto", whose spelling "päästö" is a lemma of the
    index); the typed form gets the same letters changed when the key is its beginning."""
    alt = query
    for w in words:
        low = w.lower()
        if not any(ch in low for ch in "ao") or any(ch in low for ch in "äöå"):
            continue  # nothing to restore, or typed with ä/ö already
        found = _restored(low, fi.query_keys(w), vocab)
        if found is None and thorough:
            # The query has no hits at all: worth asking the analysis ("jaaviyden", whose
            # Snowball key "jaaviyd" has no ä/ö spelling in the index).
            found = next((c for c in fi.umlaut_candidates(w) if c.lower() != low), None)
        if found:
            alt = replace_word(alt, w, found)
    return alt if alt != query else None


def _restored(word: str, keys: tuple[str, ...], vocab: Vocabulary) -> str | None:
    for key in dict.fromkeys((word, *keys)):
        for variant, changed in _umlaut_variants(key):
            if vocab.doc_frequency(variant):
                if key == word:
                    return variant
                last = changed[-1]
                if word.startswith(key[: last + 1]):
                    # The key is the word's beginning: the same letters, and when the
                    # restored key has only front vowels the ending follows the vowel
                    # harmony ("paastoja" → "päästöjä", but "öljyntorjuntaa" keeps its a).
                    chars = list(word)
                    for i in changed:
                        chars[i] = _SWAP[chars[i]]
                    if not any(ch in "aou" for ch in variant):
                        for i in range(len(key), len(chars)):
                            chars[i] = _HARMONY.get(chars[i], chars[i])
                    return "".join(chars)
                return variant
    return None


_SWAP = {"a": "ä", "o": "ö"}
_HARMONY = {"a": "ä", "o": "ö", "u": "y"}


def _umlaut_variants(word: str) -> Iterator[tuple[str, tuple[int, ...]]]:
    """Spellings with some a/o as ä/ö, fewest changes first, at most MAX_UMLAUT_TRIES."""
    positions = [i for i, ch in enumerate(word) if ch in _SWAP][:12]
    tries = 0
    for count in range(1, len(positions) + 1):
        for chosen in combinations(positions, count):
            chars = list(word)
            for i in chosen:
                chars[i] = _SWAP[chars[i]]
            yield "".join(chars), chosen
            tries += 1
            if tries >= MAX_UMLAUT_TRIES:
                return


def spelling_reading(query: str, words: list[str], vocab: Vocabulary) -> str | None:
    alt = query
    for w in words:
        keys = fi.query_keys(w)
        known = max((vocab.doc_frequency(k) for k in keys), default=0)
        if not known:
            better = next(
                (c for c in (vocab.closest(x) for x in (w.lower(), *keys)) if c is not None),
                None,
            )
            if better is not None and not fi.known_word(better):
                # The nearest term is a stem of an unknown word ("coronar"): no word to show,
                # so the reading is the fuzzy match itself.
                better = w + "~"
        elif len(w) >= MIN_CORRECTED and known <= MAX_NEIGHBOUR_DF:
            better = _frequent_neighbour(w, keys, known, vocab)
        else:
            better = None
        if better:
            alt = replace_word(alt, w, better)
    return alt if alt != query else None


def _frequent_neighbour(
    word: str, keys: tuple[str, ...], known: int, vocab: Vocabulary
) -> str | None:
    """A vocabulary term one edit from the word or its lemma that is far more frequent."""
    best, best_df = None, known * CORRECTION_RATIO  # read at call time (the sweep sets it)
    own = {word.lower(), *keys}
    for key in own:
        for term in vocab.expand_fuzzy(key, 1, limit=3):
            if term in own or term.startswith("~"):
                continue
            df = vocab.doc_frequency(term)
            if df >= best_df:
                best, best_df = term, df
    return best


def readings(query: str, node: Node | None, vocab: Vocabulary, no_hits: bool = True) -> list[str]:
    """Corrected readings of the query, the ä/ö one first. `no_hits`: the typed query
    found nothing, so the word being typed counts and the analysis may be asked."""
    words = correctable_words(node, no_hits)
    if not words:
        return []
    found = (
        umlaut_reading(query, words, vocab, thorough=no_hits),
        spelling_reading(query, words, vocab),
    )
    out = [r for r in found if r]
    return list(dict.fromkeys(out))


def choose(
    query: str,
    node: Node | None,
    total: int,
    count: Callable[[str], int],
    vocab: Vocabulary,
    ratio: float | None = None,
) -> str | None:
    """The reading to run instead of `query` (which has `total` hits), or None."""
    ratio = CORRECTION_RATIO if ratio is None else ratio
    if total and ratio * total > _upper_bound(vocab):
        return None  # no reading can have `ratio` times as many hits
    best, best_n = None, 0
    for alt in readings(query, node, vocab, no_hits=total == 0):
        n = count(alt)
        if n > best_n:
            best, best_n = alt, n
    if best is not None and (total == 0 or best_n >= ratio * total):
        return best
    if total == 0:
        words = correctable_words(node)
        if len(words) == 1 and _only_word(query, words[0]) and len(words[0]) >= MIN_FUZZY_FALLBACK:
            fuzzy = words[0] + "~"
            if count(fuzzy) > 0:
                return fuzzy
    return None


def _only_word(query: str, word: str) -> bool:
    return query.strip().strip("*").lower() == word.lower()


def _upper_bound(vocab: Vocabulary) -> int:
    return int(vocab.reader.doc_count())
