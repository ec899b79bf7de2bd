"""Tokenisation of Finnish text into words with character offsets.

Design decisions:
- A word is a run of letters/digits (`\\w` without the underscore) joined by single inner
  hyphens, colons or apostrophes, so that `sote-palveluiden`, `EU:n`, `2020-luvulla` and
  `O'Brien` stay whole: the analysis decides what the parts are, not the tokenizer.
- Offsets are code points in the original text (Whoosh stores them for highlighting).
- The same pattern drives the Whoosh tokenizer (`WORD_PATTERN`), so the index and
  `tokenize()` always agree.
"""

from __future__ import annotations

import re

# [^\W_] is \w minus the underscore; the joiners are ASCII hyphen, non-breaking hyphen,
# colon (abbreviation cases: EU:n), the two apostrophes and the soft hyphen (invisible
# in text, dropped before analysis: see SOFT_HYPHEN).
WORD_PATTERN = r"[^\W_]+(?:[-\u2011:'\u2019\u00ad][^\W_]+)*"
SOFT_HYPHEN = "\u00ad"
WORD_RE = re.compile(WORD_PATTERN)

# Characters that join the pieces of one written word.
HYPHENS = ("-", "\u2011")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """The words of `text` as (word, start, end), offsets in code points of `text`."""
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def hyphen_pieces(word: str) -> list[str]:
    """The non-empty pieces of a hyphenated word (the word itself when it has no hyphen)."""
    normalised = word.replace("\u2011", "-")
    return [p for p in normalised.split("-") if p]
