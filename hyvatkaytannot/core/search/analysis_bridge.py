"""The one place the search package touches the Finnish analysis (core/analysis, Voikko).

Everything in core/search goes through these functions, so the analysis can change without
the index, the parser or the snippets knowing. It gives lemmas and compound parts; its
ANALYZER_VERSION is stamped into the index, so a new analysis rebuilds the index once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from hyvatkaytannot.core import analysis as _fi
from hyvatkaytannot.core.analysis.tokens import WORD_RE


def analyzer_version() -> str:
    return f"fi-{_fi.ANALYZER_VERSION}"


def make_analyzer(cache_path: Path | None) -> Any:
    """The Whoosh analyzer of every text field (index mode: lemmas + compound parts)."""
    # The analyzer is pickled into the index: keep the (absolute) cache path out of it so a
    # moved data folder still works; the process-wide setting tells it where to cache.
    if cache_path is not None:
        _fi.set_cache_path(cache_path)
    return _fi.finnish_analyzer(None)


def fast_keys(analyzer: Any) -> Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] | None:
    """word -> (index keys, query keys) when `analyzer` is the Finnish one (fastfield.py),
    else None."""
    return _fi.keys_function(analyzer)


def word_pattern() -> re.Pattern[str]:
    """The tokenizer's word pattern (the same as the Finnish analyzer's)."""
    return WORD_RE


def set_cache(cache_path: Path | None) -> None:
    if cache_path is not None:
        _fi.set_cache_path(cache_path)


def flush_cache() -> None:
    """Persist newly analysed words now (a worker process is about to end)."""
    _fi.flush_all()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) in code points."""
    return list(_fi.tokenize(text))


@lru_cache(maxsize=200_000)
def index_keys(word: str) -> tuple[str, ...]:
    """Every index term a word of the text produces (lemmas and compound parts)."""
    return tuple(_fi.index_keys(word))


@lru_cache(maxsize=50_000)
def query_keys(word: str) -> tuple[str, ...]:
    """The index terms a typed word should match (its possible lemmas)."""
    return tuple(_fi.query_keys(word)) or (word.lower(),)


def umlaut_candidates(word: str) -> list[str]:
    """Spellings of a word typed with a/o for ä/ö that the analysis knows."""
    return list(_fi.umlaut_candidates(word))
