"""Re-anchoring an annotation in a changed case text: pure functions, no database.

An annotation stores the W3C Web Annotation selectors of the passage it was made on: a
TextQuoteSelector (the exact quote with up to `CONTEXT_CHARS` of prefix and suffix) and a
TextPositionSelector (start, end), in Unicode code points of the case text.

Design decisions:
- The stored position is trusted only if the quote is still there *and* either its context
  still agrees or the quote occurs nowhere else; a look-alike passage that happens to sit at
  the old offset does not win over the real one elsewhere.
- Otherwise every exact occurrence of the quote is a candidate (not just the first), each
  scored by how well the text around it agrees with the stored prefix and suffix. The best
  one is taken only when its context supports it, or when the quote was unique when the
  annotation was made and still is: a passage that is gone leaves an orphan rather than
  jumping to a look-alike elsewhere. Ties go to the old position, then the nearest.
- No exact candidate with agreeing context: an approximate search allowing small edits
  inside the quote (up to `ERROR_RATE` of its length, Levenshtein; see fuzzy.py), every
  candidate scored with the same context rules. An edited passage in its own context wins
  over an exact copy of the old quote pasted elsewhere.
- Then a wider search, as Hypothesis does: up to half the quote's length in edits
  (`WIDE_ERROR_RATE`), so a short quote with a few words inserted ("Kunta päätti syksyllä
  2024 kokeilla …") is "changed", not an orphan. So loose a match is taken only between
  both sides of the stored context, found exactly (`WIDE_CONTEXT` characters each): a
  rewritten passage is still an orphan.
- Matching runs on a normalized copy (CRLF/CR -> LF, NFC) with a map back to the original
  code points, so a file re-saved with Windows line ends or decomposed ä (NFD, as macOS
  file names and some editors produce) keeps its notes; reported positions are always in
  the caller's text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from hyvatkaytannot.core.userstore.fuzzy import approximate_matches

CONTEXT_CHARS = 40
# Quotes shorter than this match only exactly: a fuzzy 5-letter word is a guess.
MIN_FUZZY_LEN = 8
# "Small edits inside the quote": up to a fifth of its length.
ERROR_RATE = 0.2
# The wide search (Hypothesis's limit): half the quote, accepted only with both sides.
WIDE_ERROR_RATE = 0.5
WIDE_CONTEXT = 20
# Context agreement (0..1) that confirms a candidate; or one side this good on its own.
CONTEXT_ACCEPT = 0.6
SIDE_ACCEPT = 0.8
# A quote unique then and now is trusted without context from this length on.
DISTINCTIVE_LEN = 12

ANCHORED = "anchored"
MOVED = "moved"
CHANGED = "changed"
ORPHAN = "orphan"
STATUSES = (ANCHORED, MOVED, CHANGED, ORPHAN)


@dataclass(frozen=True)
class Selector:
    """The stored passage: quote with context, position, and whether it was unique."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    unique: bool | None = None


@dataclass(frozen=True)
class Anchor:
    """Where the passage is in the current text. start/end/quote are None for an orphan."""

    status: str
    start: int | None
    end: int | None
    quote: str | None
    errors: int = 0


def make_selector(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Selector:
    """The selectors for the passage text[start:end] (code points)."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"bad passage {start}..{end} in a text of {len(text)} characters")
    quote = text[start:end]
    return Selector(
        quote=quote,
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
        unique=len(find_all(text, quote)) == 1,
    )


# -- normalization -------------------------------------------------------------------------
class _Norm:
    """A normalized copy of a text and the map from its indices to the original's."""

    def __init__(self, text: str) -> None:
        self.original_length = len(text)
        if "\r" not in text and unicodedata.is_normalized("NFC", text):
            self.text = text
            self._map: list[int] | None = None
            return
        out: list[str] = []
        idx: list[int] = []
        i, n = 0, len(text)
        while i < n:
            c = text[i]
            if c == "\r":
                out.append("\n")
                idx.append(i)
                i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
                continue
            # A base character and the combining marks after it compose as one unit.
            j = i + 1
            while j < n and unicodedata.combining(text[j]):
                j += 1
            for ch in unicodedata.normalize("NFC", text[i:j]):
                out.append(ch)
                idx.append(i)
            i = j
        idx.append(n)
        self.text = "".join(out)
        self._map = idx

    def orig(self, pos: int) -> int:
        """Original index of normalized index `pos` (0..len(text))."""
        if self._map is None:
            return pos
        return self._map[pos]

    def norm(self, orig_pos: int) -> int:
        """The normalized index at or after original index `orig_pos` (for the hint)."""
        if self._map is None:
            return min(orig_pos, len(self.text))
        lo, hi = 0, len(self._map) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self._map[mid] < orig_pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


def normalize(s: str) -> str:
    return _Norm(s).text


# -- exact search --------------------------------------------------------------------------
def find_all(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence (overlapping too) of `quote` in `text`, as original (start, end)."""
    nt = _Norm(text)
    return [(nt.orig(s), nt.orig(e)) for s, e in _find_norm(nt.text, normalize(quote))]


def _find_norm(text: str, quote: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if not quote:
        return found
    i = text.find(quote)
    while i != -1:
        found.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return found


# -- scoring -------------------------------------------------------------------------------
def _side(expected: str, actual: str) -> float:
    if not expected:
        return 1.0 if not actual else 0.5
    return SequenceMatcher(None, expected, actual, autojunk=False).ratio()


def _context(text: str, start: int, end: int, prefix: str, suffix: str) -> tuple[float, float]:
    """(mean, best side) agreement of the stored context with the text around start..end."""
    before = (
        text[max(0, start - len(prefix)) : start] if prefix else text[max(0, start - 1) : start]
    )
    after = text[end : end + len(suffix)] if suffix else text[end : end + 1]
    sides = [_side(prefix, before), _side(suffix, after)]
    return sum(sides) / 2, max(sides)


def _supported(mean: float, best_side: float) -> bool:
    return mean >= CONTEXT_ACCEPT or best_side >= SIDE_ACCEPT


@dataclass(frozen=True)
class _Candidate:
    start: int  # normalized text
    end: int
    errors: int
    context: float
    best_side: float
    at_stored: bool
    distance: int

    def rank(self) -> tuple[float, int, bool, int]:
        # Context decides; fewer errors next; then the old position; then the nearest.
        return (round(self.context, 2), -self.errors, self.at_stored, -self.distance)


# -- approximate search --------------------------------------------------------------------
def _max_errors(m: int) -> int:
    return int(m * ERROR_RATE) if m >= MIN_FUZZY_LEN else 0


def _wide_candidate(
    text: str,
    quote: str,
    prefix: str,
    suffix: str,
    candidate: Callable[[int, int, int], _Candidate],
) -> _Candidate | None:
    """The passage between the stored context's two sides, if it is within half the
    quote's length of edits. The ends come from the context (its nearest 20 characters,
    exactly), not from the alignment: with this many edits allowed, the cheapest alignment
    would drop the inserted words and the start of the quote with them."""
    m = len(quote)
    if m < MIN_FUZZY_LEN or not prefix.strip() or not suffix.strip():
        return None
    k = int(m * WIDE_ERROR_RATE)
    before, after = prefix[-WIDE_CONTEXT:], suffix[:WIDE_CONTEXT]
    best: _Candidate | None = None
    for _s, p in _find_norm(text, before):
        for q, _e in _find_norm(text[p : p + m + k + len(after)], after):
            between = text[p : p + q]
            lead = len(between) - len(between.lstrip())
            a, b = p + lead, p + len(between.rstrip())
            if a >= b:
                continue
            errors = Levenshtein.distance(quote, text[a:b], score_cutoff=k)
            if errors > k:
                continue
            c = candidate(a, b, errors)
            if best is None or c.rank() > best.rank():
                best = c
    return best


# -- the algorithm -------------------------------------------------------------------------
def anchor(text: str, sel: Selector, hint: int | None = None) -> Anchor:
    """Find the passage of `sel` in `text`; `hint` is where it was last seen (original)."""
    nt = _Norm(text)
    quote = normalize(sel.quote)
    prefix = normalize(sel.prefix)
    suffix = normalize(sel.suffix)
    stored = (nt.norm(sel.start), nt.norm(sel.end)) if sel.end <= len(text) else (-1, -1)
    near = nt.norm(min(hint if hint is not None else sel.start, len(text)))

    def candidate(s: int, e: int, errors: int) -> _Candidate:
        mean, best_side = _context(nt.text, s, e, prefix, suffix)
        return _Candidate(s, e, errors, mean, best_side, (s, e) == stored, abs(s - near))

    def found(c: _Candidate, status: str) -> Anchor:
        s, e = nt.orig(c.start), nt.orig(c.end)
        if status == MOVED and (s, e) == (sel.start, sel.end):
            status = ANCHORED
        return Anchor(status, s, e, text[s:e], c.errors)

    # 1. An exact occurrence whose context agrees.
    exact = [candidate(s, e, 0) for s, e in _find_norm(nt.text, quote)]
    best_exact = max(exact, key=_Candidate.rank) if exact else None
    if best_exact and _supported(best_exact.context, best_exact.best_side):
        return found(best_exact, MOVED)
    # 2. A slightly edited passage whose context agrees beats an exact look-alike elsewhere.
    k = _max_errors(len(quote))
    fuzzy = (
        [candidate(s, e, err) for s, e, err in approximate_matches(nt.text, quote, k)] if k else []
    )
    best_fuzzy = max(fuzzy, key=_Candidate.rank) if fuzzy else None
    if best_fuzzy and _supported(best_fuzzy.context, best_fuzzy.best_side):
        return found(best_fuzzy, CHANGED)
    # 2b. Wider edits (words inserted into a short quote), only where both sides agree.
    wide = _wide_candidate(nt.text, quote, prefix, suffix, candidate)
    if wide is not None:
        return found(wide, CHANGED)
    # 3. No context support: only a quote that cannot be anything else.
    if (
        best_exact is not None
        and len(exact) == 1
        and (
            best_exact.at_stored
            or (sel.unique and len(quote) >= DISTINCTIVE_LEN)
            # A selector from another tool may carry no context: nothing contradicts it.
            or (not prefix and not suffix)
        )
    ):
        return found(best_exact, MOVED)
    long_unique = bool(sel.unique) and len(quote) >= 2 * DISTINCTIVE_LEN
    if best_fuzzy is not None and len(fuzzy) == 1 and not exact and long_unique:
        return found(best_fuzzy, CHANGED)
    return Anchor(ORPHAN, None, None, None)
