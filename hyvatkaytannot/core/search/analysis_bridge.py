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
        from hyvatkaytannot.core.analysis.swedish import SV_VERSION

        return f"fi-{_fi.ANALYZER_VERSION}+{SV_VERSION}"
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
    if not HAVE_FINNISH or all(lang == "fi" for _, lang in parts):
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


def set_query_languages(languages: tuple[str, ...]) -> None:
    languages = tuple(dict.fromkeys(("fi", *languages)))
    if languages != _query_languages[0]:
        _query_languages[0] = languages
        if "sv" in languages and HAVE_FINNISH:
            from hyvatkaytannot.core.analysis import swedish

            swedish.preload_in_background()


def query_languages() -> tuple[str, ...]:
    return _query_languages[0]


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


def index_keys(word: str) -> tuple[str, ...]:
    """Every index term a word of the text produces (lemmas and compound parts), in every
    language a query is analysed in (snippets of Swedish cases highlight too)."""
    keys = _index_keys(word)
    for language in _query_languages[0][1:]:
        keys = _union(keys, _other_keys(word, language)[0])
    return keys


def query_keys(word: str) -> tuple[str, ...]:
    """The index terms a typed word should match: its possible lemmas in each language the
    library holds, and the Finnish name of a place typed in Swedish ("Borgås" → porvoo)."""
    keys = _query_keys(word)
    for language in _query_languages[0][1:]:
        keys = _union(keys, _other_keys(word, language)[1])
    return _union(keys, _place_keys(word))


def _union(first: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(k for k in more if k not in first) if more else first


@lru_cache(maxsize=200_000)
def _index_keys(word: str) -> tuple[str, ...]:
    if HAVE_FINNISH:
        return tuple(_fi.index_keys(word))
    return (_stem(word.lower()),)


@lru_cache(maxsize=50_000)
def _query_keys(word: str) -> tuple[str, ...]:
    if HAVE_FINNISH:
        keys = tuple(_fi.query_keys(word))
        return keys or (word.lower(),)
    return (_stem(word.lower()),)


def _other_keys(word: str, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not HAVE_FINNISH:
        return (), ()
    from hyvatkaytannot.core.analysis.languages import keys_function

    return keys_function(language)(word)


@lru_cache(maxsize=50_000)
def _place_keys(word: str) -> tuple[str, ...]:
    from hyvatkaytannot.core.search.places import finnish_place_name

    name = finnish_place_name(word)
    return _query_keys(name) if name else ()


def umlaut_candidates(word: str) -> list[str]:
    """Spellings of a word typed with a/o for ä/ö that the analysis knows."""
    if HAVE_FINNISH:
        return list(_fi.umlaut_candidates(word))
    return []


def _stem_fn() -> Callable[[str], str]:
    from whoosh.lang.snowball.finnish import FinnishStemmer

    return FinnishStemmer().stem


_stemmer: Callable[[str], str] | None = None


def _stem(word: str) -> str:
    global _stemmer
    if _stemmer is None:
        _stemmer = _stem_fn()
    return _stemmer(word)
