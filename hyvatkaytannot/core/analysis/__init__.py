"""Finnish analysis for the search: lemmas, compound parts and names via Voikko.

Swedish cases have their own analysis (swedish.py, simplemma's lexicon with rules and
compound parts); languages.py gives the keys function of a case language.

Public API (the search package codes against these names only):

- `ANALYZER_VERSION` – stamp of the keys; the index and the cache rebuild when it changes.
- `finnish_analyzer(cache_path=None)` – the Whoosh analyzer (mode-aware, picklable).
- `index_keys(word)`, `query_keys(word)` – the keys of one word (CLI, tests, evaluation).
- `tokenize(text)` – words with code-point offsets, as the analyzer sees them.
- `umlaut_candidates(word)` – ä/ö spellings of a word typed with a/o that Voikko knows.
- `known_word(word)` – whether Voikko recognises the word.
- `preload()` – load the morphology now (the GUI calls it from a worker thread).
- `set_cache_path(path)` – where the persistent word → keys cache lives.

Nothing is loaded at import: the transducer is read on the first analysis or `preload()`.
The modules: tokens (tokenizer), fst (Voikko's FST output → parts and lemmas), backend
(native libvoikko or pyvoikko), keys (the rules that make keys), cache (LRU + SQLite),
engine (ties them together per cache file), whoosh_analyzer, umlauts, evaluation (the
metrics of benchmarks/analysis_eval.py and the regression test).
"""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.analysis.backend import morphology
from hyvatkaytannot.core.analysis.engine import default_engine, flush_all, set_default_path
from hyvatkaytannot.core.analysis.tokens import tokenize
from hyvatkaytannot.core.analysis.umlauts import umlaut_candidates_with
from hyvatkaytannot.core.analysis.version import ANALYZER_VERSION
from hyvatkaytannot.core.analysis.whoosh_analyzer import (
    FinnishFilter,
    finnish_analyzer,
    keys_function,
)

__all__ = [
    "ANALYZER_VERSION",
    "FinnishFilter",
    "finnish_analyzer",
    "flush_all",
    "keys_function",
    "known_word",
    "index_keys",
    "preload",
    "query_keys",
    "set_cache_path",
    "tokenize",
    "umlaut_candidates",
]


def index_keys(word: str) -> list[str]:
    """Every index term of one word of text: lemmas, compound parts and runs, or a stem."""
    return default_engine().index_keys(word)


def query_keys(word: str) -> list[str]:
    """The index terms a typed word matches (its lemmas, ORed by the search)."""
    return default_engine().query_keys(word)


def umlaut_candidates(word: str) -> list[str]:
    """Spellings of `word` with a/o put back to ä/ö that Voikko recognises (at most 5)."""
    analyse = morphology().analyse
    return umlaut_candidates_with(word, lambda w: bool(analyse(w)))


def known_word(word: str) -> bool:
    """Whether Voikko recognises the word (a lemma the search can show as a correction)."""
    return default_engine().known(word)


def preload() -> None:
    """Load the Finnish morphology now (slow: ~1 s); safe to call from any thread."""
    morphology().load()


def set_cache_path(path: Path | None) -> None:
    """Use `path` (DataPaths.analysis_cache_path) as the persistent cache of the defaults."""
    set_default_path(Path(path) if path is not None else None)
