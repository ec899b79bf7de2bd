"""Approximate matching of a quote in a text (Levenshtein distance): pure functions.

Used by the re-anchoring when the quote no longer occurs exactly ("small edits inside the
quote"). Two steps, both linear in the text:
- a q-gram filter: an occurrence with at most k edits shares at least m-q+1-kq of the
  quote's q-grams on nearby diagonals, so only text regions with that many shared q-grams
  can hold one;
- Myers' bit-parallel algorithm (1999, in Hyyrö's formulation) on those regions: one pass
  over the text with a few integer operations per character, whatever the quote's length
  (Python's big integers are the bit vectors). It gives the edit distance of the best
  match ending at every text position; every local minimum within k is a candidate, so all
  candidates are seen, not just the best one. The start of a candidate comes from the same
  algorithm run backwards from its end with the start anchored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

QGRAM = 3


def _peq(pattern: str) -> dict[str, int]:
    peq: dict[str, int] = defaultdict(int)
    for i, c in enumerate(pattern):
        peq[c] |= 1 << i
    return peq


def myers_scores(pattern: str, text: str, anchored: bool = False) -> Iterator[int]:
    """Edit distance of `pattern` against text[..j+1] for every j.

    Not anchored: the best match of the whole pattern ending at j, starting anywhere
    (approximate search). Anchored: the distance between pattern and text[0:j+1].
    """
    m = len(pattern)
    if m == 0:
        yield from (j + 1 if anchored else 0 for j in range(len(text)))
        return
    peq = _peq(pattern)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = full, 0, m
    carry = 1 if anchored else 0
    for c in text:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & full) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & full
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry) & full
        mh = (mh << 1) & full
        pv = (mh | ~(xv | ph)) & full
        mv = ph & xv
        yield score


def qgram_regions(text: str, quote: str, k: int) -> list[tuple[int, int]]:
    """Ranges of possible match starts, from shared q-gram counts per diagonal."""
    m, g = len(quote), QGRAM
    need = max((m - g + 1) - k * g, 1)
    grams: dict[str, list[int]] = defaultdict(list)
    for i in range(m - g + 1):
        grams[quote[i : i + g]].append(i)
    diag: dict[int, int] = defaultdict(int)
    for j in range(len(text) - g + 1):
        offsets = grams.get(text[j : j + g])
        if offsets:
            for i in offsets:
                diag[j - i] += 1
    keys = sorted(diag)
    regions: list[tuple[int, int]] = []
    lo = total = 0
    # A sliding band of diagonals d-2k..d: an alignment with k indels stays inside it.
    for d in keys:
        total += diag[d]
        while keys[lo] < d - 2 * k:
            total -= diag[keys[lo]]
            lo += 1
        if total >= need:
            if regions and keys[lo] <= regions[-1][1] + 1:
                regions[-1] = (regions[-1][0], d)
            else:
                regions.append((keys[lo], d))
    return regions


def _ends(window: str, quote: str, k: int) -> list[tuple[int, int]]:
    """(end, distance) of each run of match ends within k: the best end of each run."""
    out: list[tuple[int, int]] = []
    run_best: tuple[int, int] | None = None  # (distance, end)
    for j, score in enumerate(myers_scores(quote, window)):
        if score <= k:
            if run_best is None or score < run_best[0]:
                run_best = (score, j + 1)
        elif run_best is not None:
            out.append((run_best[1], run_best[0]))
            run_best = None
    if run_best is not None:
        out.append((run_best[1], run_best[0]))
    return out


def _start(text: str, end: int, quote: str, k: int) -> tuple[int, int]:
    """(start, distance) of the best alignment of `quote` that ends exactly at `end`."""
    m = len(quote)
    lo = max(0, end - m - k)
    back = text[lo:end][::-1]
    best = (m + k + 1, 0)  # (distance, length)
    for j, score in enumerate(myers_scores(quote[::-1], back, anchored=True)):
        length = j + 1
        if (score, abs(length - m)) < (best[0], abs(best[1] - m)):
            best = (score, length)
    return end - best[1], best[0]


def approximate_matches(text: str, quote: str, k: int) -> list[tuple[int, int, int]]:
    """(start, end, distance) of every match of `quote` in `text` with 1..k edits."""
    m = len(quote)
    found: set[tuple[int, int, int]] = set()
    for d_lo, d_hi in qgram_regions(text, quote, k):
        w0 = max(0, d_lo - k)
        w1 = min(len(text), d_hi + m + k)
        for end, dist in _ends(text[w0:w1], quote, k):
            if dist == 0:
                continue  # exact occurrences were judged already
            start, d = _start(text, w0 + end, quote, k)
            found.add((start, w0 + end, max(dist, d)))
    return sorted(found)
