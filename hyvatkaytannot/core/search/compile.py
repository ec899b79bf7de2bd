"""From the query syntax tree (query.py) to a Whoosh query.

A plain word becomes an OR over every text field (BM25F: each field's boost is in the schema)
and over every reading the Finnish analysis gives the word (query_keys: several lemmas at one
position). A word the analysis splits (e.g. "TEKES-rahoitteinen") needs all its parts.
Prefix and fuzzy words expand to a bounded set of concrete terms (expansion.py) joined with
`WideOr`, whose low clause threshold makes Whoosh preload the matches instead of building
the binary matcher tree that goes quadratic on large segments.

The compiler also collects the positive terms (not under a NOT) for snippet highlighting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq

from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.expansion import (
    MIN_PREFIX,
    Vocabulary,
    auto_distance,
)
from hyvatkaytannot.core.search.facets import FacetData
from hyvatkaytannot.core.search.query import AndNode, Node, NotNode, OrNode, Phrase, Word
from hyvatkaytannot.core.search.schema import DEFAULT_FIELDS, QUERY_FIELDS, VOCAB_FIELDS

# Fields that hold running text (phrases are searched in these).
# Fuzzy words expand to at most this many terms (each is scored in every text field).
MAX_FUZZY = 5

PHRASE_FIELDS: tuple[str, ...] = ("title", "summary", "body", "extra")

# Status values as people type them, English and Swedish included.
_STATUS_ALIASES = {
    "suunnitteilla": "suunnitteilla",
    "suunniteltu": "suunnitteilla",
    "planned": "suunnitteilla",
    "kaynnissa": "käynnissä",
    "käynnissä": "käynnissä",
    "ongoing": "käynnissä",
    "active": "käynnissä",
    "paattynyt": "päättynyt",
    "päättynyt": "päättynyt",
    "ended": "päättynyt",
    "finished": "päättynyt",
    "completed": "päättynyt",
    "planerad": "suunnitteilla",
    "planerat": "suunnitteilla",
    "pågående": "käynnissä",
    "pågår": "käynnissä",
    "avslutad": "päättynyt",
    "avslutat": "päättynyt",
}


class WideOr(wq.Or):
    """An Or that preloads its matches once it has more than a handful of clauses."""

    TOO_MANY_CLAUSES = 16


@dataclass
class Compiled:
    query: wq.Query
    # Positive index terms (any field) for highlighting; empty for field-only queries.
    highlight: set[str] = field(default_factory=set)


class Compiler:
    def __init__(self, vocab: Vocabulary, facets: FacetData) -> None:
        self.vocab = vocab
        self.facets = facets
        self.highlight: set[str] = set()

    def compile(self, node: Node) -> Compiled:
        q = self._node(node, positive=True)
        return Compiled(q, self.highlight)

    def compile_relaxed(self, node: Node) -> Compiled | None:
        """The fallback when every word is required and nothing matched: any free word may
        match, documents matching more of them rank first (a coordination bonus), and a
        compound word also matches its parts at half weight ("TEKES-rahoitteinen" finds
        "TEKESin"). Field words, phrases and fuzzy words stay required. Only for queries of
        positive words; None when there is nothing to relax."""
        items = node.items if isinstance(node, AndNode) else [node]
        if not all(isinstance(i, Word | Phrase) for i in items):
            return None
        required: list[wq.Query] = []
        loose: list[wq.Query] = []
        has_parts = False
        for item in items:
            if not isinstance(item, Word) or item.field is not None or item.fuzzy is not None:
                required.append(self._node(item, positive=True))
                continue
            word_q = self._word(item, positive=True)
            parts = {
                k
                for tok, _, _ in fi.tokenize(item.text)
                for k in fi.index_keys(tok)
                if k not in fi.query_keys(tok)
            }
            if parts:
                has_parts = True
                self.highlight |= parts
                part_q = WideOr([wq.Term(f, k) for f in DEFAULT_FIELDS for k in sorted(parts)])
                word_q = wq.Or([word_q, part_q.with_boost(0.5)])
            loose.append(word_q)
        if len(loose) < 2 and not has_parts:
            return None
        either = wq.Or(loose, scale=0.9) if len(loose) > 1 else loose[0]
        return Compiled(wq.And([*required, either]) if required else either, self.highlight)

    # -- tree ------------------------------------------------------------------------------
    def _node(self, node: Node, positive: bool) -> wq.Query:
        if isinstance(node, Word):
            return self._word(node, positive)
        if isinstance(node, Phrase):
            return self._phrase(node, positive)
        if isinstance(node, NotNode):
            return wq.Not(self._node(node.item, positive=False))
        if isinstance(node, OrNode):
            return wq.Or([self._node(i, positive) for i in node.items])
        if isinstance(node, AndNode):
            parts = [self._node(i, positive) for i in node.items]
            pos = [p for p in parts if not isinstance(p, wq.Not)]
            neg = [p.query for p in parts if isinstance(p, wq.Not)]
            if not pos:
                pos = [wq.Every()]
            base = pos[0] if len(pos) == 1 else wq.And(pos)
            if neg:
                return wq.AndNot(base, neg[0] if len(neg) == 1 else wq.Or(neg))
            return base
        raise TypeError(f"unknown node {node!r}")

    # -- words -----------------------------------------------------------------------------
    def _word(self, w: Word, positive: bool) -> wq.Query:
        if w.field is not None:
            return self._field_word(w, positive)
        return self._text_word(w.text, DEFAULT_FIELDS, w.prefix, w.fuzzy, positive)

    def _text_word(
        self,
        text: str,
        fields: tuple[str, ...],
        prefix: bool,
        fuzzy: int | None,
        positive: bool,
    ) -> wq.Query:
        tokens = [t for t, _, _ in fi.tokenize(text)] or [text]
        parts: list[wq.Query] = []
        for i, tok in enumerate(tokens):
            last = i == len(tokens) - 1
            terms = set(fi.query_keys(tok))
            expanded: set[str] = set()
            if prefix and last and len(tok) >= MIN_PREFIX:
                expanded |= set(self.vocab.expand_prefix(tok.lower()))
            if fuzzy is not None:
                dist = fuzzy or auto_distance(tok)
                # The typed form and its readings may each have near terms; together they
                # stay within one expansion budget (nearest first).
                near: list[str] = []
                for key in sorted({tok.lower(), *terms}):
                    near += [t for t in self.vocab.expand_fuzzy(key, dist) if t not in near]
                expanded |= set(near[:MAX_FUZZY])
            if positive:
                self.highlight |= terms | expanded
            subs: list[wq.Query] = [wq.Term(f, t) for f in fields for t in sorted(terms)]
            vocab_fields = [f for f in fields if f in VOCAB_FIELDS] or list(fields)
            more = [wq.Term(f, t) for f in vocab_fields for t in sorted(expanded - terms)]
            if more:
                # Expansions: many clauses, so a preloading Or (see WideOr).
                subs.append(WideOr(more) if len(more) > 1 else more[0])
            # The word itself: a plain Or (a union tree) keeps Whoosh's block-quality
            # skipping for the top hits.
            parts.append(wq.Or(subs) if len(subs) > 1 else subs[0])
        return parts[0] if len(parts) == 1 else wq.And(parts)

    def _phrase(self, p: Phrase, positive: bool) -> wq.Query:
        if p.field is not None:
            return self._field_word(Word(p.text, p.field), positive)
        tokens = [t for t, _, _ in fi.tokenize(p.text)]
        if not tokens:
            return wq.NullQuery
        if len(tokens) == 1:
            return self._text_word(tokens[0], DEFAULT_FIELDS, False, None, positive)
        keys = [sorted(set(fi.query_keys(t))) for t in tokens]
        if positive:
            for k in keys:
                self.highlight |= set(k)
        per_field: list[wq.Query] = []
        for f in PHRASE_FIELDS:
            if all(len(k) == 1 for k in keys):
                per_field.append(wq.Phrase(f, [k[0] for k in keys]))
            else:
                seq: list[wq.Query] = [
                    wq.Or([wq.Term(f, t) for t in k]) if len(k) > 1 else wq.Term(f, k[0])
                    for k in keys
                ]
                per_field.append(wq.Sequence(seq))
        return wq.Or(per_field)

    # -- fields ----------------------------------------------------------------------------
    def _field_word(self, w: Word, positive: bool) -> wq.Query:
        assert w.field is not None
        text_field, facet_field = QUERY_FIELDS[w.field]
        value = w.text.strip()
        subs: list[wq.Query] = []
        if w.field == "year":
            return self._years(value)
        if w.field == "status":
            return self._status(value)
        if w.field == "id":
            return wq.Term("id", value.lower())
        if facet_field is not None:
            found = (
                self.facets.lookup_prefix(w.field, value)[:50]
                if w.prefix
                else self.facets.lookup(w.field, value)
            )
            subs += [wq.Term(facet_field, v) for v in found]
        if text_field is not None:
            subs.append(self._text_word(value, (text_field,), w.prefix, w.fuzzy, positive))
        if not subs:
            return wq.NullQuery
        return subs[0] if len(subs) == 1 else wq.Or(subs)

    def _years(self, value: str) -> wq.Query:
        m = re.match(r"^(\d{4})\s*(?:-|–|\.\.)\s*(\d{4})$", value)
        if m:
            lo, hi = sorted((int(m.group(1)), int(m.group(2))))
            years = [str(y) for y in range(lo, hi + 1)]
        elif re.match(r"^\d{4}$", value):
            years = [value]
        else:
            return wq.NullQuery
        terms = [wq.Term("year", y) for y in years]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def _status(self, value: str) -> wq.Query:
        folded = value.casefold()
        plain = folded.replace("ä", "a").replace("ö", "o")
        status = _STATUS_ALIASES.get(folded) or _STATUS_ALIASES.get(plain)
        if status is None:
            # A prefix or an inflected form: "käynnis", "päättyneet".
            for alias, canonical in _STATUS_ALIASES.items():
                if alias.startswith(plain[:5]) or alias.startswith(folded[:5]):
                    status = canonical
                    break
        found = self.facets.lookup("status", status or value)
        if not found:
            return wq.NullQuery
        return (
            wq.Or([wq.Term("status", v) for v in found])
            if len(found) > 1
            else wq.Term("status", found[0])
        )
