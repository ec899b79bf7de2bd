"""The languages of case texts and how each is analysed: one keys function per language.

Finnish (the default) goes through the Voikko engine (engine.py); Swedish through
swedish.py. Both give (index keys, query keys) of one word, so the index writer and the
query side can pick a language per text or per query without knowing how it is analysed.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from hyvatkaytannot.core.analysis.cache import Keys
from hyvatkaytannot.core.analysis.engine import default_engine
from hyvatkaytannot.core.analysis.tokens import SOFT_HYPHEN

DEFAULT_LANGUAGE = "fi"
# Case languages the analysis knows; any other code is analysed as Finnish.
LANGUAGES: tuple[str, ...] = ("fi", "sv")

_MAX_WORD = 80


@functools.lru_cache(maxsize=200_000)
def swedish_keys(word: str) -> Keys:
    """(index keys, query keys) of one Swedish word (any case)."""
    from hyvatkaytannot.core.analysis import swedish

    word = word.lower().replace(SOFT_HYPHEN, "")
    if len(word) > _MAX_WORD:
        return ((word,), (word,))
    index, query = swedish.analyse_word(word)
    return tuple(index), tuple(query)


def finnish_keys(word: str) -> Keys:
    return default_engine().keys(word)


def keys_function(language: str) -> Callable[[str], Keys]:
    return swedish_keys if language == "sv" else finnish_keys


def index_keys(word: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    return list(keys_function(language)(word)[0])


def query_keys(word: str, language: str = DEFAULT_LANGUAGE) -> list[str]:
    return list(keys_function(language)(word)[1])


def preload(language: str) -> None:
    if language == "sv":
        from hyvatkaytannot.core.analysis import swedish

        swedish.preload()
