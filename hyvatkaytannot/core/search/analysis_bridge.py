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
    from hyvatkaytannot.core.analysis.swedish import SV_VERSION

    return f"fi-{_fi.ANALYZER_VERSION}+{SV_VERSION}"


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


class LanguageText(str):
    """Text (or parts of a text) not in Finnish: the index analyses each word with the
    keys of its part's language (fastfield.FinnishText). `spans` are (start offset,
    language) in order; "fi+sv" gives a word its Finnish keys and its Swedish name keys
    (Swedish place names and theme labels: a Finnish-only query finds them as written, a
    Swedish one in any form, and no Swedish lexicon is loaded for them). Pickles as a
    plain str, so a stored value is an ordinary string."""

    spans: tuple[tuple[int, str], ...] = ((0, "fi"),)

    def __new__(cls, text: str, spans: tuple[tuple[int, str], ...]) -> LanguageText:
        obj = super().__new__(cls, text)
        obj.spans = spans
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (str, (str(self),))


def text_in(text: str, language: str) -> str:
    """`text` marked as written in `language` (plain text for Finnish)."""
    return joined([(text, language)])


def joined(parts: list[tuple[str, str]], sep: str = "\n") -> str:
    """The texts of (text, language) parts joined with `sep`, each analysed in its own
    language; a plain str when every part is Finnish."""
    text = sep.join(t for t, _ in parts)
    if all(lang == "fi" for _, lang in parts):
        return text
    spans: list[tuple[int, str]] = []
    offset = 0
    for part, lang in parts:
        if not spans or spans[-1][1] != lang:
            spans.append((offset, lang))
        offset += len(part) + len(sep)
    return LanguageText(text, tuple(spans))


def text_words_keys(text: str, keys_of: Callable[[str], Any]) -> list[tuple[str, ...]]:
    """The index keys of each word of `text`, each in its part's language."""
    spans = getattr(text, "spans", None)
    pattern = word_pattern()
    if spans is None:
        return [keys_of(m.group())[0] for m in pattern.finditer(text)]
    from hyvatkaytannot.core.analysis.languages import keys_function

    functions = {
        lang: keys_of if lang == "fi" else _both if lang == "fi+sv" else keys_function(lang)
        for _, lang in spans
    }
    starts = [start for start, _ in spans]
    out: list[tuple[str, ...]] = []
    span = 0
    for m in pattern.finditer(text):
        while span + 1 < len(starts) and m.start() >= starts[span + 1]:
            span += 1
        out.append(functions[spans[span][1]](m.group())[0])
    return out


def _both(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A Swedish name or label in a case: its Finnish keys and its Swedish name keys."""
    from hyvatkaytannot.core.analysis.swedish import name_keys

    return _union(_index_keys(word), tuple(name_keys(word))), ()


# The languages a query is analysed in: Finnish, plus Swedish while the searched library
# holds Swedish cases (SearchIndex sets it before compiling a query).
_query_languages: list[tuple[str, ...]] = [("fi",)]
# Whether a long-running process (the desktop app) decodes another language's lexicon in
# the background as soon as the library holds such cases; a one-shot CLI search loads it
# only when a query word needs it (it costs seconds and 110 MB for Swedish).
_background_preload = [False]


def set_background_preload(enabled: bool) -> None:
    _background_preload[0] = enabled
    if enabled and "sv" in _query_languages[0]:
        from hyvatkaytannot.core.analysis import swedish

        swedish.preload_in_background()


def set_query_languages(languages: tuple[str, ...]) -> None:
    languages = tuple(dict.fromkeys(("fi", *languages)))
    if languages != _query_languages[0]:
        _query_languages[0] = languages
        if "sv" in languages and _background_preload[0]:
            from hyvatkaytannot.core.analysis import swedish

            swedish.preload_in_background()


def query_languages() -> tuple[str, ...]:
    return _query_languages[0]


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


def index_keys(word: str) -> tuple[str, ...]:
    """Every index term a word of the text produces (lemmas and compound parts), in every
    language a query is analysed in (snippets of Swedish cases highlight too)."""
    keys = _index_keys(word)
    if len(_query_languages[0]) > 1 and _maybe_swedish(word):
        for language in _query_languages[0][1:]:
            keys = _union(keys, _other_keys(word, language)[0])
    return keys


def query_keys(word: str) -> tuple[str, ...]:
    """The index terms a typed word should match: its possible lemmas in each language the
    library holds, and the Finnish name of a place typed in Swedish ("Borgås" → porvoo)."""
    keys = _query_keys(word)
    if len(_query_languages[0]) > 1 and _maybe_swedish(word):
        for language in _query_languages[0][1:]:
            keys = _union(keys, _other_keys(word, language)[1])
    return _union(keys, _place_keys(word))


@lru_cache(maxsize=50_000)
def _maybe_swedish(word: str) -> bool:
    """Whether a query word may be Swedish: it has an å, or Finnish does not know it.
    Nearly every Swedish content word is unknown to Voikko ("samarbete", "äldreomsorgen",
    "livskraftsmätarna"), while the Finnish words of a query ("Orivedellä") then never wait
    for the Swedish lexicon. The price: a Swedish word that is also a Finnish one ("alla",
    "sata") finds its Finnish meaning only."""
    return "å" in word.lower() or not _fi.known_word(word)


def _union(first: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(k for k in more if k not in first) if more else first


@lru_cache(maxsize=200_000)
def _index_keys(word: str) -> tuple[str, ...]:
    return tuple(_fi.index_keys(word))


@lru_cache(maxsize=50_000)
def _query_keys(word: str) -> tuple[str, ...]:
    return tuple(_fi.query_keys(word)) or (word.lower(),)


def _other_keys(word: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from hyvatkaytannot.core.analysis.languages import keys_function

    return keys_function(language)(word)


@lru_cache(maxsize=50_000)
def _place_keys(word: str) -> tuple[str, ...]:
    from hyvatkaytannot.core.search.places import finnish_place_name

    name = finnish_place_name(word)
    return _query_keys(name) if name else ()


def umlaut_candidates(word: str) -> list[str]:
    """Spellings of a word typed with a/o for ä/ö that the analysis knows."""
    return list(_fi.umlaut_candidates(word))


def known_word(word: str) -> bool:
    """Whether the analysis recognises the word."""
    return bool(_fi.known_word(word))
