"""The Whoosh side: one mode-aware, picklable analyzer for every Finnish text field.

Design decisions:
- A pipeline of module-level classes, `RegexTokenizer(WORD_PATTERN) | LowercaseFilter() |
  FinnishFilter(cache_path)`, because Whoosh pickles the schema (analyzer included) into
  the index. FinnishFilter pickles only its cache path; the engine (transducer, SQLite
  connection, locks) is looked up again lazily after unpickling.
- Whoosh passes `mode="index"` or `mode="query"` to the tokenizer, which stores it on the
  token: the filter reads `token.mode`. Index mode emits every key of a word at the word's
  position (lemmas, compound parts and runs); query mode only its lemmas, also at one
  position, so a parser with `multitoken_query="or"` ORs the readings. Any other mode
  (highlighting, `analyzer(text)` by hand) is treated as index mode, which yields every
  term a query could have matched, with the word's character offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.analyzers import CompositeAnalyzer

from hyvatkaytannot.core.analysis.cache import Keys
from hyvatkaytannot.core.analysis.engine import Engine, default_engine, engine_for
from hyvatkaytannot.core.analysis.tokens import WORD_PATTERN


class FinnishFilter(Filter):
    """Replaces each lowercase word token by its Finnish keys, all at the word's position."""

    is_morph = True

    def __init__(self, cache_path: Path | str | None = None) -> None:
        self.cache_path = str(cache_path) if cache_path is not None else None
        self._engine: Engine | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"cache_path": self.cache_path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.cache_path = state.get("cache_path")
        self._engine = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FinnishFilter) and other.cache_path == self.cache_path

    def __hash__(self) -> int:
        return hash((type(self), self.cache_path))

    @property
    def engine(self) -> Engine:
        if self.cache_path is None:
            # Follows set_cache_path, even when it is called after this filter was built.
            return default_engine()
        if self._engine is None:
            self._engine = engine_for(Path(self.cache_path))
        return self._engine

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        engine = self.engine
        for t in tokens:
            index, query = engine.keys(t.text)
            for key in query if t.mode == "query" else index:
                t.text = key
                yield t


def finnish_analyzer(cache_path: Path | None = None) -> Any:
    """The analyzer of Finnish text fields (mode-aware, picklable).

    `cache_path` is the persistent word → keys cache (DataPaths.analysis_cache_path);
    None uses the process default set by `set_cache_path`.
    """
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | FinnishFilter(cache_path)


def keys_function(analyzer: Any) -> Callable[[str], Keys] | None:
    """word -> (index keys, query keys), when `analyzer` is exactly `finnish_analyzer()`'s
    pipeline (so a caller may tokenise with WORD_RE and skip the Token objects); None for
    anything else."""
    if not isinstance(analyzer, CompositeAnalyzer) or len(analyzer.items) != 3:
        return None
    tokenizer, lower, finnish = analyzer.items
    if (
        type(tokenizer) is not RegexTokenizer
        or tokenizer.expression.pattern != WORD_PATTERN
        or tokenizer.gaps
        or type(lower) is not LowercaseFilter
        or not isinstance(finnish, FinnishFilter)
    ):
        return None
    return finnish.engine.keys_memo
