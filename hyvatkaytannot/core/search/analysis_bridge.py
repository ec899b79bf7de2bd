"""The one place the search package touches the Finnish analysis.

Everything in core/search goes through these functions, so the analysis can change (or be
missing while it is being written) without the index, the parser or the snippets knowing.
The Finnish analysis (core/analysis, Voikko) gives lemmas and compound parts; when it cannot
be imported, a Snowball stemmer stands in so that the index still works, with a different
ANALYZER_VERSION so that the index is rebuilt once the real analysis is back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)

try:  # pragma: no cover - which branch runs depends on the installation
    from hyvatkaytannot.core import analysis as _fi

    # While the package is being written its folder may exist without the API (a namespace
    # package): treat that as missing.
    HAVE_FINNISH = hasattr(_fi, "finnish_analyzer") and hasattr(_fi, "ANALYZER_VERSION")
except ImportError:  # pragma: no cover
    _fi = None  # type: ignore[assignment]
    HAVE_FINNISH = False


def analyzer_version() -> str:
    if HAVE_FINNISH:
        return f"fi-{_fi.ANALYZER_VERSION}"
    return "standin-snowball-1"


def make_analyzer(cache_path: Path | None) -> Any:
    """The Whoosh analyzer of every text field (index mode: lemmas + compound parts)."""
    if HAVE_FINNISH:
        # The analyzer is pickled into the index: keep the (absolute) cache path out of it so
        # a moved data folder still works; the process-wide setting tells it where to cache.
        if cache_path is not None:
            _fi.set_cache_path(cache_path)
        return _fi.finnish_analyzer(None)
    from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemFilter
    from whoosh.lang.snowball.finnish import FinnishStemmer

    return RegexTokenizer(_WORD) | LowercaseFilter() | StemFilter(FinnishStemmer().stem)


def fast_keys(analyzer: Any) -> Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] | None:
    """word -> (index keys, query keys) when `analyzer` is the Finnish one (fastfield.py),
    else None."""
    if HAVE_FINNISH:
        return _fi.keys_function(analyzer)
    return None


def word_pattern() -> re.Pattern[str]:
    """The tokenizer's word pattern (the same as the Finnish analyzer's)."""
    if HAVE_FINNISH:
        from hyvatkaytannot.core.analysis.tokens import WORD_RE

        return WORD_RE
    return _WORD


def set_cache(cache_path: Path | None) -> None:
    if HAVE_FINNISH and cache_path is not None:
        _fi.set_cache_path(cache_path)


def flush_cache() -> None:
    """Persist newly analysed words now (a worker process is about to end)."""
    if HAVE_FINNISH:
        _fi.flush_all()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) in code points."""
    if HAVE_FINNISH:
        return list(_fi.tokenize(text))
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=200_000)
def index_keys(word: str) -> tuple[str, ...]:
    """Every index term a word of the text produces (lemmas and compound parts)."""
    if HAVE_FINNISH:
        return tuple(_fi.index_keys(word))
    return (_stem(word.lower()),)


@lru_cache(maxsize=50_000)
def query_keys(word: str) -> tuple[str, ...]:
    """The index terms a typed word should match (its possible lemmas)."""
    if HAVE_FINNISH:
        keys = tuple(_fi.query_keys(word))
        return keys or (word.lower(),)
    return (_stem(word.lower()),)


def umlaut_candidates(word: str) -> list[str]:
    """Spellings of a word typed with a/o for ä/ö that the analysis knows."""
    if HAVE_FINNISH:
        return list(_fi.umlaut_candidates(word))
    return []


def known_word(word: str) -> bool:
    """Whether the analysis recognises the word (Snowball recognises nothing)."""
    return HAVE_FINNISH and bool(_fi.known_word(word))


def _stem_fn() -> Callable[[str], str]:
    from whoosh.lang.snowball.finnish import FinnishStemmer

    return FinnishStemmer().stem


_stemmer: Callable[[str], str] | None = None


def _stem(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        _stemmer = _stem_fn()
    return _stemmer(word)
