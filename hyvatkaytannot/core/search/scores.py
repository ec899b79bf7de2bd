"""Query evaluation from cached per-term scores: the matched set, the total and the ranking
in one pass of set and dict operations.

Why: Whoosh matches and scores in pure Python, one posting at a time, and a search needs
two passes (the top hits, then every match for the total and the facets). At 10,000 cases a
frequent word cost ~40 ms that way. Here each term's BM25F scores ({docnum: score}, Whoosh's
own scorer and field boosts) are computed once per index generation and kept in an LRU;
a query is then unions (Or: scores add, as in Whoosh), intersections (And), differences
(AndNot) over those dicts, and the top hits a heap selection. Typing "kunnan yhteis…"
re-scores nothing for "kunnan" on each keystroke.

Anything other than Term/Or/And/AndNot/Every/Null (phrases, a coordination-scaled Or)
is handed to Whoosh as a whole and its result dict cached the same way.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from typing import Any

from whoosh import query as wq
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F

from hyvatkaytannot.core.search import whoosh_private as wp
from hyvatkaytannot.core.search.pairs import split_pairs
from hyvatkaytannot.core.search.schema import CONTENT_FIELDS, MATCH_KINDS, PAIR_FIELDS
from hyvatkaytannot.core.search.segments import SegmentCache, leaves, posting_ids, raw_matcher

Scores = dict[int, float]

# Cache budget in postings (dict entries) rather than entries: a frequent word at 10,000
# cases is ~8,000 postings (~0.7 MB as a dict).
MAX_CACHED_POSTINGS = 1_500_000


class ScoreCache:
    def __init__(self, searcher: Any, segments: SegmentCache | None = None) -> None:
        self.searcher = searcher
        self.segments = segments or SegmentCache()
        self._cache: OrderedDict[str, Scores] = OrderedDict()
        self._size = 0
        self._all: Scores | None = None

    def _remember(self, key: str, scores: Scores) -> Scores:
        self._cache[key] = scores
        self._size += len(scores)
        while self._size > MAX_CACHED_POSTINGS and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._size -= len(old)
        return scores

    def _lengths(self, leaf: Any, field: str) -> list[int]:
        cached = self.segments.get(leaf, f"lengths:{field}")
        if cached is None:
            length_of = wp.field_length_reader(leaf, field)
            if length_of is not None:
                cached = [length_of(d) or 0 for d in range(leaf.doc_count_all())]
            else:
                n = leaf.doc_count_all()
                cached = [leaf.doc_field_length(d, field) or 0 for d in range(n)]
            self.segments.put(leaf, f"lengths:{field}", cached)
        return cached

    def _bm25(self, field: str, text: str) -> Scores | None:
        """Whoosh's BM25F scores of one term, computed a block at a time from the postings
        (the same formula, idf and average length as BM25FScorer; ~10x faster than stepping
        a matcher). None when the field or weighting is not the plain BM25F case."""
        searcher = self.searcher
        weighting = searcher.weighting
        if not isinstance(weighting, BM25F) or not searcher.schema[field].scorable:
            return None
        B = wp.bm25f_b(weighting, field)
        K1 = weighting.K1
        idf = searcher.idf(field, text)
        avgfl = searcher.avg_field_length(field) or 1
        btext = text.encode("utf-8")
        out: Scores = {}
        for leaf, offset in leaves(searcher.reader()):
            if (field, btext) not in leaf:
                continue
            m = leaf.postings(field, btext)
            deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
            if isinstance(m, FilterMatcher):
                m = m.child
            if not wp.reads_blocks(m):
                return None  # another codec: let Whoosh do it
            lengths = self._lengths(leaf, field)
            k1b, norm = K1 * (1 - B), K1 * B / avgfl
            for ids, weights in wp.block_ids_weights(m):
                for d, tf in zip(ids, weights, strict=False):
                    if d not in deleted:
                        out[d + offset] = idf * (tf * (K1 + 1)) / (tf + k1b + norm * lengths[d])
        return out

    def _whoosh(self, q: wq.Query) -> Scores:
        key = repr(q)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        results = self.searcher.search(q, limit=None, optimize=False)
        return self._remember(key, {docnum: score for score, docnum in results.top_n})

    def all_docs(self) -> Scores:
        if self._all is None:
            self._all = dict.fromkeys(self.searcher.reader().all_doc_ids(), 0.0)
        return self._all

    def evaluate(self, q: wq.Query) -> Scores:
        """{docnum: score} of every document matching q (the dict may be shared: read only)."""
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return {}
        if isinstance(q, wq.Every):
            return self.all_docs()
        key = repr(q)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if isinstance(q, wq.Term):
            scores = self._bm25(q.fieldname, q.text)
            if scores is None:
                return self._whoosh(q)
        elif isinstance(q, wq.AndNot):
            pos, neg = self.evaluate(q.a), self.evaluate(q.b)
            scores = {d: s for d, s in pos.items() if d not in neg}
        elif isinstance(q, wq.Or):
            scores = self._union([self.evaluate(sub) for sub in q.subqueries], q.scale)
        elif isinstance(q, wq.And):
            scores = self._intersection([self.evaluate(sub) for sub in q.subqueries])
        elif isinstance(q, wq.Phrase | wq.Sequence):
            scores = self._phrase(q)
        else:
            return self._whoosh(q)
        if q.boost != 1.0:
            scores = {d: s * q.boost for d, s in scores.items()}
        return self._remember(key, scores)

    @staticmethod
    def _union(parts: list[Scores], scale: float | None) -> Scores:
        """Scores add up (as in Whoosh's Or). With `scale` (the relaxed query), a document
        matching more of the parts gets a bonus, so that it ranks above one matching few."""
        parts = [p for p in parts if p]
        if not parts:
            return {}
        if not scale:
            parts.sort(key=len, reverse=True)
            out = dict(parts[0])
            for p in parts[1:]:
                for d, s in p.items():
                    out[d] = out.get(d, 0.0) + s
            return out
        total: Scores = {}
        count: dict[int, int] = {}
        for p in parts:
            for d, s in p.items():
                total[d] = total.get(d, 0.0) + s
                count[d] = count.get(d, 0) + 1
        n = len(parts)
        return {
            d: s * (1 - scale + scale * count[d] / n) * (1 + count[d]) for d, s in total.items()
        }

    @staticmethod
    def _intersection(parts: list[Scores]) -> Scores:
        parts.sort(key=len)
        if not parts or not parts[0]:
            return {}
        keys = set(parts[0])
        for p in parts[1:]:
            keys.intersection_update(p.keys())
            if not keys:
                return {}
        return {d: sum(p[d] for p in parts) for d in keys}

    def _phrase(self, q: Any) -> Scores:
        """Documents with the words at consecutive positions; the score is the sum of the
        words' scores. Candidates are the documents having every word (from the cache),
        narrowed by the common-word pairs (pairs.py); positions are decoded only for what
        the pairs cannot decide. Any other shape of phrase is left to Whoosh."""
        alternatives = _phrase_terms(q)
        if alternatives is None or q.boost != 1.0:
            return self._whoosh(q)
        field, slots = alternatives
        words = [self._slot(field, slot) for slot in slots]
        candidates = self._intersection(words)
        if not candidates:
            return {}
        pair_field = PAIR_FIELDS.get(field)
        if pair_field is None or not getattr(self.searcher.schema[pair_field], "active", False):
            return self._check_positions(field, slots, candidates)
        sure: Scores = {}
        rest_slots = slots
        for left, right in zip(slots, slots[1:], strict=False):
            split = split_pairs(left, right)
            if split is None:
                continue  # no combination with a common word: positions decide
            terms, (left_rest, right_rest) = split
            paired = self._documents(pair_field, terms)
            # Adjacent through a combination without a common word: not in the pair index.
            rest: Any = ()
            if left_rest and right_rest:
                rest = self._intersection(
                    [self._slot(field, left_rest), self._slot(field, right_rest)]
                )
            candidates = {d: s for d, s in candidates.items() if d in paired or d in rest}
            if not candidates:
                return {}
            if len(slots) == 2:
                # The pair index decides its documents; positions only for the others,
                # and only for the readings without a common word.
                sure = {d: s for d, s in candidates.items() if d in paired}
                candidates = {d: s for d, s in candidates.items() if d not in paired}
                rest_slots = [left_rest, right_rest]
        if not candidates:
            return sure
        return {**sure, **self._check_positions(field, rest_slots, candidates)}

    def _slot(self, field: str, terms: list[str]) -> Scores:
        """Documents having any of `terms` (the readings of one word), with summed scores."""
        return self._union([self.evaluate(wq.Term(field, t)) for t in terms], None)

    def _check_positions(self, field: str, slots: list[list[str]], candidates: Scores) -> Scores:
        """The candidates having the slots' terms at consecutive positions."""
        positions = [self._positions(field, slot, candidates.keys()) for slot in slots]
        found: Scores = {}
        for d, score in candidates.items():
            starts = positions[0].get(d)
            for i, pos in enumerate(positions[1:], start=1):
                here = pos.get(d)
                if not starts or not here:
                    starts = None
                    break
                # Starts p with p + i among the i-th word's positions (set operations in C).
                starts = starts.intersection(map((-i).__add__, here))
            if starts:
                found[d] = score
        return found

    def _documents(self, field: str, terms: list[str]) -> Scores:
        """The live documents having any of `terms` in `field` (cached like a term)."""
        key = f"docs:{field}:{terms!r}"
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        reader = self.searcher.reader()
        out: Scores = {}
        for leaf, offset in leaves(reader):
            deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
            for term in terms:
                btext = term.encode("utf-8")
                if (field, btext) in leaf:
                    for d in posting_ids(leaf, field, btext):
                        if d not in deleted:
                            out[d + offset] = 0.0
        return self._remember(key, out)

    def _positions(self, field: str, terms: list[str], docs: Any) -> dict[int, set[int]]:
        """docnum -> positions of any of `terms` in `field`, for the given documents only.
        Few documents against a long posting list: jump to each one (skip_to reads only the
        block headers in between); otherwise read the list block by block."""
        out: dict[int, set[int]] = {}
        reader = self.searcher.reader()
        decode = self.searcher.schema[field].format.decode_positions
        wanted = set(docs)

        def add(docnum: int, value: bytes) -> None:
            found = out.get(docnum)
            if found is None:
                out[docnum] = set(decode(value))
            else:
                found.update(decode(value))

        for leaf, offset in leaves(reader):
            end = offset + leaf.doc_count_all()
            local = sorted(d - offset for d in wanted if offset <= d < end)
            if not local:
                continue
            for term in terms:
                btext = term.encode("utf-8")
                if (field, btext) not in leaf:
                    continue
                m = raw_matcher(leaf, field, btext)
                if len(local) * 8 < leaf.doc_frequency(field, btext):
                    for d in local:
                        m.skip_to(d)
                        if not m.is_active():
                            break
                        if m.id() == d:
                            add(d + offset, m.value())
                    continue
                for ids, read_values in wp.block_ids_values(m):
                    values = None
                    for i, d in enumerate(ids):
                        if d + offset in wanted:
                            if values is None:
                                values = read_values()
                            add(d + offset, values[i])
        return out


def _phrase_terms(q: Any) -> tuple[str, list[list[str]]] | None:
    """(field, alternatives per position) of a Phrase or a Sequence of Terms/Ors of Terms."""
    if isinstance(q, wq.Phrase) and q.slop == 1:
        return q.fieldname, [[w] for w in q.words]
    if isinstance(q, wq.Sequence) and q.slop == 1 and q.ordered:
        field = None
        slots: list[list[str]] = []
        for sub in q.subqueries:
            terms: list[Any] = list(sub.subqueries) if isinstance(sub, wq.Or) else [sub]
            if not all(isinstance(t, wq.Term) and t.boost == 1.0 for t in terms):
                return None
            if field is None:
                field = terms[0].fieldname
            if any(t.fieldname != field for t in terms):
                return None
            slots.append([t.text for t in terms])
        return (field, slots) if field else None
    return None


def top(scores: Scores, allowed: set[int] | frozenset[int] | None, limit: int) -> list[int]:
    """Doc numbers of the best `limit` scores (ties: lower docnum first), within `allowed`."""
    pool = scores.keys() if allowed is None else (d for d in allowed if d in scores)
    return heapq.nsmallest(limit, pool, key=lambda d: (-scores[d], d))


def matched_in(cache: ScoreCache, docnums: list[int], terms: set[str]) -> dict[int, list[str]]:
    """Where each document matched the query's terms: "text" (title, summary, body, notes,
    organisations) and the label kinds of schema.MATCH_KINDS ("place", "theme", "tag"), so
    that a hit found only through a theme label can say so. All of a page's hits at once:
    each (field, term) is looked up once, not once per hit (20× fewer at a page of 20)."""
    out: dict[int, list[str]] = {d: [] for d in docnums}
    kinds = {"text": CONTENT_FIELDS, **MATCH_KINDS}
    ordered = sorted(terms)
    for kind, fields in kinds.items():
        left = set(docnums)
        for f in fields:
            for t in ordered:
                if not left:
                    break
                matched = left.intersection(cache.evaluate(wq.Term(f, t)))
                for d in matched:
                    out[d].append(kind)
                left -= matched
    return out
