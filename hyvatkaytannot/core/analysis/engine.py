"""The analysis engine: morphology + Snowball + the keys cache, shared per cache file.

Design decisions:
- One engine per cache path per process (`engine_for`), so every analyzer object — the
  one the index writer built, the one Whoosh unpickled from the schema, the CLI's — shares
  one memory LRU and one SQLite connection, and the transducer is loaded once.
- The module-level default engine (`default_engine`) is what the plain functions
  (`index_keys`, `query_keys`) and analyzers created without a path use; `set_cache_path`
  points it at the data directory.
- `analyses` counts real morphological analyses (cache misses): tests and benchmarks use
  it to prove the cache is reused.
"""

from __future__ import annotations

import atexit
import functools
import threading
from collections.abc import Callable
from pathlib import Path

from hyvatkaytannot.core.analysis.backend import morphology
from hyvatkaytannot.core.analysis.cache import KeyCache, Keys
from hyvatkaytannot.core.analysis.keys import analyse_word
from hyvatkaytannot.core.analysis.tokens import SOFT_HYPHEN
from hyvatkaytannot.core.analysis.version import ANALYZER_VERSION

_MAX_WORD = 80  # longer "words" (hashes, URLs glued together) are not worth a lookup
# Cache entries saying whether Finnish knows a word (Engine.known).
KNOWN_PREFIX = "\x00known\x00"
LOOKUP_MEMO = 50_000
# Words (as written) whose keys the bulk indexer keeps in a plain dict: the LRU behind
# keys() takes a lock and reorders on every hit, which showed at ten million words.
INDEX_MEMO = 400_000


def _raw_lookup(word: str) -> tuple[str, ...]:
    return tuple(morphology().analyse(word))


# Voikko's word classes that carry no topic: postpositions (d), adverbs (s), conjunctions
# (c), pronouns (r), numerals (u), the negation verb (k) and interjections (h).
_FUNCTION_CLASSES = frozenset("dscrukh")


def is_function_lemma(lemma: str) -> bool:
    """True when every reading whose lemma is `lemma` is of a function class ("kanssa",
    "kuitenkin", "tämä"); an unknown word, or one that is also a noun ("vuoksi"), is not."""
    from hyvatkaytannot.core.analysis.fst import parse

    classes: set[str] = set()
    for output in default_engine()._lookup(lemma):
        reading = parse(output)
        if reading is not None and reading.lemma == lemma:
            classes.update(part.cls for part in reading.parts[-1:])
    return bool(classes) and classes <= _FUNCTION_CLASSES


def _snowball() -> Callable[[str], str]:
    from whoosh.lang.snowball.finnish import FinnishStemmer

    return FinnishStemmer().stem


class Engine:
    def __init__(self, cache_path: Path | None) -> None:
        self.cache = KeyCache(cache_path, ANALYZER_VERSION)
        self.analyses = 0
        self._stem: Callable[[str], str] | None = None
        self._count_lock = threading.Lock()
        # Compound parts and decompounding candidates repeat across words ("palvelu",
        # "toiminta"): their raw lookups are memoised (lru_cache is thread-safe).
        self._lookup = functools.lru_cache(maxsize=LOOKUP_MEMO)(_raw_lookup)
        self._memo: dict[str, Keys] = {}

    def keys(self, word: str) -> Keys:
        """(index keys, query keys) of one word (any case)."""
        word = word.lower().replace(SOFT_HYPHEN, "")
        cached = self.cache.get(word)
        if cached is not None:
            return cached
        if self._stem is None:
            self._stem = _snowball()
        if len(word) > _MAX_WORD:
            found: Keys = ((word,), (word,))
        else:
            index, query = analyse_word(word, self._lookup, self._stem)
            found = (tuple(index), tuple(query))
        with self._count_lock:
            self.analyses += 1
        self.cache.put(word, found)
        return found

    def known(self, word: str) -> bool:
        """Whether Voikko recognises the word, remembered in the keys cache: a one-shot
        search asking it of a word seen before need not load the transducer (~1 s)."""
        word = word.lower()
        # A pseudo-word no token can be (tokens hold no NUL), so it shares the cache's
        # batching and version stamp without a table of its own.
        slot = KNOWN_PREFIX + word
        cached = self.cache.get(slot)
        if cached is not None:
            return cached[0] == ("1",)
        found = bool(self._lookup(word)) if len(word) <= _MAX_WORD else False
        self.cache.put(slot, (("1",) if found else ("0",), ()))
        return found

    def keys_memo(self, word: str) -> Keys:
        """keys() of a word as written in the text (the indexer's hot path)."""
        found = self._memo.get(word)
        if found is None:
            found = self.keys(word)
            if len(self._memo) >= INDEX_MEMO:
                self._memo.clear()  # dict assignment is atomic: no lock needed
            self._memo[word] = found
        return found

    def index_keys(self, word: str) -> list[str]:
        return list(self.keys(word)[0])

    def query_keys(self, word: str) -> list[str]:
        return list(self.keys(word)[1])

    def close(self) -> None:
        self.cache.close()


_engines: dict[Path | None, Engine] = {}
_default_path: list[Path | None] = [None]
_registry_lock = threading.Lock()


# The path as given -> its engine: default_engine() runs per word (snippets), and resolving
# the path is a system call per path component.
_by_given: dict[Path | None, Engine] = {}


def engine_for(cache_path: Path | None) -> Engine:
    engine = _by_given.get(cache_path)
    if engine is not None:
        return engine
    key = Path(cache_path).resolve() if cache_path is not None else None
    with _registry_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = Engine(key)
        _by_given[cache_path] = engine
        return engine


def default_engine() -> Engine:
    return engine_for(_default_path[0])


def set_default_path(path: Path | None) -> None:
    _default_path[0] = path


def flush_all() -> None:
    """Write every engine's new words to its cache file (a worker process before it ends)."""
    with _registry_lock:
        engines = list(_engines.values())
    for engine in engines:
        engine.cache.flush()


def close_all() -> None:
    """Flush and close every cache (also runs at process exit)."""
    with _registry_lock:
        engines = list(_engines.values())
        _engines.clear()
        _by_given.clear()
    for engine in engines:
        engine.close()


atexit.register(close_all)
