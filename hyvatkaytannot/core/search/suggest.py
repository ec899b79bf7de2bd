"""'Did you mean' / 'Tarkoititko' for a query with no hits.

Two tries, each kept only if the corrected query actually has hits:
1. Umlauts: people type a/o for ä/ö on foreign keyboards ("tyohyvinvointi"). Each word is
   replaced by the first spelling the Finnish analysis knows (umlaut_candidates).
2. Spelling: a word none of whose readings is in the index vocabulary is replaced by the
   nearest vocabulary term (edit distance, then frequency; expansion.Vocabulary.closest).
Only plain words are touched; operators, fields and phrases stay as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.expansion import Vocabulary
from hyvatkaytannot.core.search.query import Node, Word, positive_words


def _replace_word(query: str, old: str, new: str) -> str:
    pattern = re.compile(rf"(?<![\w:]){re.escape(old)}(?!\w)", re.IGNORECASE)
    return pattern.sub(new, query, count=1)


def _plain_words(node: Node | None) -> list[str]:
    return [
        w.text
        for w in positive_words(node)
        if isinstance(w, Word) and w.field is None and w.fuzzy is None and not w.prefix
    ]


def suggest(
    query: str,
    node: Node | None,
    count: Callable[[str], int],
    vocab: Vocabulary | None = None,
) -> str | None:
    words = _plain_words(node)
    if not words:
        return None
    alt = query
    for w in words:
        candidates = [c for c in fi.umlaut_candidates(w) if c.lower() != w.lower()]
        if candidates:
            alt = _replace_word(alt, w, candidates[0])
    if alt != query and count(alt) > 0:
        return alt
    if vocab is None:
        return None
    alt = query
    for w in words:
        keys = fi.query_keys(w)
        if any(vocab.doc_frequency(k) for k in keys):
            continue
        better = next(
            (c for c in (vocab.closest(x) for x in (w.lower(), *keys)) if c is not None), None
        )
        if better:
            alt = _replace_word(alt, w, better)
    if alt != query and count(alt) > 0:
        return alt
    return None
