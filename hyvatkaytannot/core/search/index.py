"""SearchIndex: the search facade the KnowledgeBase opens (sync, update, remove, search).

    ix = SearchIndex(index_dir, cache_path)
    report = ix.sync(cases, user_layer)            # incremental by signature; IndexReport
    resp = ix.search("kunta:Posio elinvoima", facets=True, filters={"region": ["Lappi"]})

Search options (all keywords, all optional):
- filters: dict[str, list[str]]  facet -> values (region, municipality, theme, status, year,
                                 tag); values of one facet are ORed, facets are ANDed
- year_range: (first, last)      the case's period touches one of these years
- sort: "relevance" | "newest" | "title"   (title: Finnish collation, å ä ö after z);
                                 an empty query lists every case by title
- limit: int = 20                hits returned (total counts all)
- as_you_type: bool = False      the last word (unless followed by a space) is a prefix of
                                 MIN_TYPING_PREFIX+ letters, expanded to its most frequent terms
- snippets: bool = True          an HTML snippet per hit with matched forms in <b>
- facets: bool = True            facet counts of the whole result set
- snippet_limit: int = 50        only the first hits get snippets (the rest have ""; ask
                                 snippets_for(query, ids) when they are shown)

Design: one searcher is kept open (over memory-mapped files, mmapstore.py) and reopened when
the index changes (a commit, or a rebuild swapped in by any process: the stamp's build id
tells). Whoosh parses nothing and ranks nothing here: the query language is ours (query.py,
compile.py) and a query is evaluated from cached per-term BM25F scores (scores.py), which
gives the total, the facet counts (facets.py) and the top hits (ordering.py) in one pass.
Per-generation caches are rebuilt lazily; per-segment data survives a reopen (segments.py).
Writes go through sync.py under the cross-process writer lock. A failure while searching that
turns out to be index damage triggers a rebuild from the last cases given to sync, and the
response carries a notice for the user; any other failure is a bug and is raised.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from whoosh import index as windex
from whoosh import query as wq

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.messages import message
from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search import correct as correction
from hyvatkaytannot.core.search import integrity, mmapstore, store
from hyvatkaytannot.core.search.compile import Compiled, Compiler
from hyvatkaytannot.core.search.expansion import MIN_TYPING_PREFIX, Vocabulary
from hyvatkaytannot.core.search.facets import FacetData
from hyvatkaytannot.core.search.function_words import drop_function_words
from hyvatkaytannot.core.search.indexer import CancelFn, ProgressFn, UserLayerFn
from hyvatkaytannot.core.search.ordering import SORTS, SortKeys
from hyvatkaytannot.core.search.query import Node, last_word, parse, plain_words
from hyvatkaytannot.core.search.results import Hit, IndexReport, SearchResponse
from hyvatkaytannot.core.search.schema import FACET_FIELD, SCHEMA_VERSION
from hyvatkaytannot.core.search.scores import ScoreCache, matched_in
from hyvatkaytannot.core.search.segments import SegmentCache
from hyvatkaytannot.core.search.similar import (
    MATCH_FIELDS,
    SOURCE_WEIGHTS,
    find_similar,
    why_dict,
)
from hyvatkaytannot.core.search.snippets import best_snippet
from hyvatkaytannot.core.search.suggest import suggest
from hyvatkaytannot.core.search.sync import Syncer

# Snippets cost ~0.3 ms a hit: only the first hits get one unless asked (snippets_for()
# fills in the others lazily, e.g. as the GUI scrolls).
DEFAULT_SNIPPET_LIMIT = 50
# How long a writer waits for another writer before IndexBusy (seconds).
DEFAULT_WRITE_TIMEOUT = 10.0
# Notices for the user, shown in the active language (core/i18n.py) where they are made.
NOTICE_REBUILT = message("index.rebuilt")
NOTICE_MISSING = message("index.missing")
NOTICE_DAMAGED = message("index.damaged")


class SearchIndex:
    def __init__(
        self, index_dir: Path, cache_path: Path | None = None, write_timeout: float | None = None
    ) -> None:
        if write_timeout is None:
            write_timeout = DEFAULT_WRITE_TIMEOUT
        self.index_dir = Path(index_dir)
        self.cache_path = cache_path
        self.stamp = store.expected_stamp(SCHEMA_VERSION, fi.analyzer_version())
        self._syncer = Syncer(self.index_dir, cache_path, self.stamp, write_timeout)
        self._lock = threading.RLock()
        self._ix: Any = None
        self._searcher: Any = None
        self._build: str | None = None
        self._vocab: Vocabulary | None = None
        self._languages: tuple[str, ...] | None = None
        self._facets: FacetData | None = None
        self._scores: ScoreCache | None = None
        # Data of unchanged segments, kept across searcher reopens (segments.py).
        self._segments = SegmentCache()
        self._sortkeys: SortKeys | None = None
        # What a hit shows (documents.py "hit"): a column, so that a hit without a snippet
        # does not unpickle the whole stored body.
        self._hit_column: Any = None
        # The last cases given to sync: what a damaged index is rebuilt from.
        self._cases: dict[str, Case] | None = None
        self._user_layer: UserLayerFn | None = None
        # Set when the index was found damaged and rebuilt (a flag for the GUI to show).
        self.recovered = False
        # False: a search that finds damage raises IndexNeedsRebuild instead of rebuilding
        # (the GUI rebuilds on its writer thread with progress, then searches again).
        self.rebuild_on_damage = True
        fi.set_cache(cache_path)

    # -- writing ---------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return self._syncer.lock_path

    def sync(
        self,
        cases: dict[str, Case],
        user_layer: UserLayerFn,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        rebuild: bool = False,
    ) -> IndexReport:
        """Bring the index up to date: only cases whose file, path, tags or notes changed are
        re-indexed; a version change or damage rebuilds everything. Raises IndexBusy."""
        # A copy: update_case/remove_case keep it current without touching the caller's dict.
        self._cases, self._user_layer = dict(cases), user_layer
        report = self._syncer.sync(
            cases, user_layer, progress, cancel, rebuild, before_swap=self._release
        )
        if report.recovered:
            self.recovered = True
        self._invalidate()
        if any(c.language == "sv" for c in cases.values()):
            # The first query will be analysed in Swedish too: load its lexicon now.
            fi.set_query_languages(("sv",))
        return report

    def update_case(self, case: Case, user_layer: UserLayerFn) -> None:
        """Re-index one case (after an edit, a new tag or note). Raises IndexBusy."""
        if self._cases is not None:
            self._cases[case.id] = case
        self._syncer.update(case, user_layer)
        self._invalidate()

    def remove_case(self, case_id: str) -> None:
        if self._cases is not None:
            self._cases.pop(case_id, None)
        self._syncer.remove(case_id)
        self._invalidate()

    def close(self) -> None:
        self._release()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- searcher --------------------------------------------------------------------------
    def _release(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            if self._ix is not None:
                self._ix.close()
            self._ix = self._searcher = None
            self._reset_state()
            self._build = None

    def _invalidate(self) -> None:
        """After our own write: reopen now, so that the change is visible to the next search."""
        with self._lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                self._reopen()

    def _reopen(self) -> None:
        # Not Searcher.refresh(): whoosh3's reader reuse keeps segment readers whose
        # deletions changed (a deleted or updated case stayed findable). A fresh searcher on
        # the open index costs a few milliseconds more and is always right.
        self._searcher.close()
        self._searcher = self._ix.searcher()
        self._reset_state()

    def _get_searcher(self) -> Any:
        stamp = store.read_stamp(self.index_dir)
        build = stamp.get("build") if stamp else None
        if self._searcher is not None and build != self._build:
            self._release()  # swapped by a rebuild (possibly in another process)
        if self._searcher is None:
            if build is None:
                return None
            # Checksums first (before Whoosh reads its TOC): a damaged file must rebuild,
            # never answer (integrity.py). A very large index: each file hashed when mapped.
            integrity.verify(self.index_dir, lazy=None)
            if not windex.exists_in(str(self.index_dir)):
                return None
            self._ix = mmapstore.open_index(str(self.index_dir))
            self._searcher = self._ix.searcher()
            self._build = build
        elif not self._searcher.up_to_date():
            self._reopen()
        if self._vocab is None:
            reader = self._searcher.reader()
            self._segments.prune(reader)
            self._vocab = Vocabulary(reader)
            self._facets = FacetData(reader, self._segments)
            self._scores = ScoreCache(self._searcher, self._segments)
            self._sortkeys = SortKeys(reader, self._segments)
        return self._searcher

    def _case_languages(self) -> tuple[str, ...]:
        """Case languages other than Finnish that the open index holds."""
        if self._languages is None:
            reader = self._searcher.reader()
            self._languages = tuple(
                lang for lang in ("sv",) if reader.doc_frequency("language", lang)
            )
        return self._languages

    def _reset_state(self) -> None:
        """Per-generation caches (vocabulary, facet postings, term scores, sort keys)."""
        self._languages = None
        self._vocab = self._facets = self._scores = self._sortkeys = None
        self._hit_column = None

    @property
    def doc_count(self) -> int:
        with self._lock:
            s = self._get_searcher()
            return 0 if s is None else int(s.doc_count())

    # -- searching -------------------------------------------------------------------------
    def search(self, query: str, **options: Any) -> SearchResponse:
        t0 = time.perf_counter()
        notice = None
        with self._lock:
            try:
                resp = self._search_once(query, **options)
            except Exception as exc:  # noqa: BLE001 - decide below whether it is damage
                if not self._is_damage(exc):
                    raise
                resp = self._recover_then_search(query, options)
                notice = resp.notice
        resp.notice = resp.notice or notice
        resp.took_ms = (time.perf_counter() - t0) * 1000
        return resp

    def _is_damage(self, exc: Exception) -> bool:
        if isinstance(exc, integrity.IndexDamaged):
            self._release()
            return True
        if isinstance(exc, TypeError | AttributeError | NameError):
            return False  # our own bug, not the files
        self._release()
        return not store.check(self.index_dir, self.stamp).ok

    def _recover_then_search(self, query: str, options: dict[str, Any]) -> SearchResponse:
        if not self.rebuild_on_damage:
            raise integrity.IndexNeedsRebuild(str(self.index_dir))
        if self._cases is None or self._user_layer is None:
            return SearchResponse(query, 0, [], notice=NOTICE_DAMAGED.shown())
        self.sync(self._cases, self._user_layer, rebuild=True)
        self.recovered = True
        resp = self._search_once(query, **options)
        resp.notice = NOTICE_REBUILT.shown()
        return resp

    def _search_once(
        self,
        query: str,
        filters: dict[str, list[str]] | None = None,
        year_range: tuple[int, int] | None = None,
        sort: str = "relevance",
        limit: int = 20,
        as_you_type: bool = False,
        snippets: bool = True,
        facets: bool = True,
        snippet_limit: int = DEFAULT_SNIPPET_LIMIT,
        correct: bool = True,
    ) -> SearchResponse:
        searcher = self._get_searcher()
        if searcher is None:
            return SearchResponse(query, 0, [], notice=NOTICE_MISSING.shown())
        assert self._vocab is not None and self._facets is not None
        fdata = self._facets
        node = parse(query)
        if as_you_type:
            _mark_typing_prefix(query, node)
        compiled = self._compile(node, query)

        fsets: dict[str, frozenset[int]] = {}
        selected = {k: [str(v) for v in vals] for k, vals in (filters or {}).items() if vals}
        for facet, values in selected.items():
            if facet not in FACET_FIELD:
                raise ValueError(f"unknown facet {facet!r}; facets: {', '.join(FACET_FIELD)}")
            fsets[facet] = fdata.filter_set(facet, values)
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}; sorts: {', '.join(SORTS)}")
        yr = fdata.year_range_set(*year_range) if year_range else None

        assert self._scores is not None
        scores = self._scores.evaluate(compiled.query)
        allowed = _restrict(scores.keys(), fsets, yr)
        if correct and node is not None:
            typing = as_you_type
            alt = correction.choose(
                query,
                node,
                len(allowed),
                lambda text: self._count(text, fsets, yr, typing),
                self._vocab,
            )
            if alt is not None:
                resp = self._search_once(
                    alt,
                    filters,
                    year_range,
                    sort,
                    limit,
                    as_you_type,
                    snippets,
                    facets,
                    snippet_limit,
                    correct=False,
                )
                resp.query = resp.original_query = query
                resp.corrected = True
                return resp

        partial = False
        if not allowed and node is not None:
            relaxed = Compiler(self._vocab, fdata).compile_relaxed(node)
            if relaxed is not None:
                loose = self._scores.evaluate(relaxed.query)
                loose_allowed = _restrict(loose.keys(), fsets, yr)
                if loose_allowed:
                    compiled, scores, allowed, partial = relaxed, loose, loose_allowed, True

        hits: list[Hit] = []
        if allowed and limit > 0:
            if node is None and sort == "relevance":
                sort = "title"  # no words: every score is equal; list by title
            restrict = allowed if (fsets or yr is not None) else None
            assert self._sortkeys is not None
            docnums = self._sortkeys.choose(scores, restrict, sort, limit)
            where = matched_in(self._scores, list(docnums), compiled.highlight)
            hits = [
                self._hit(
                    searcher, d, scores, sort, compiled, snippets and i < snippet_limit, node, where
                )
                for i, d in enumerate(docnums)
            ]
        resp = SearchResponse(
            query=query,
            total=len(allowed),
            hits=hits,
            partial=partial,
            ran_query=query,
            original_query=query,
        )
        if facets:
            resp.facets = fdata.count(scores.keys(), fsets, selected, extra=yr)
        if (not allowed or partial) and query.strip():
            resp.suggestion = suggest(query, node, self._count, self._vocab)
        return resp

    def similar(self, case_id: str, limit: int = 10) -> SearchResponse:
        """The cases most like `case_id` (similar.py): a response like search()'s, each hit
        with `why` (shared key terms, themes, regions). Empty when the case is not indexed."""
        t0 = time.perf_counter()
        with self._lock:
            searcher = self._get_searcher()
            if searcher is None:
                return SearchResponse(case_id, 0, [], notice=NOTICE_MISSING.shown())
            docnum = searcher.document_number(id=case_id)
            if docnum is None:
                return SearchResponse(case_id, 0, [])
            assert self._scores is not None and self._facets is not None
            stored = searcher.stored_fields(docnum)
            texts = {k: stored.get(k, "") for k in SOURCE_WEIGHTS}
            reader = searcher.reader()

            def doc_frequency(term: str) -> int:
                return max(reader.doc_frequency(f, term) for f in MATCH_FIELDS)

            found = find_similar(
                docnum,
                texts,
                self._scores,
                self._facets,
                doc_frequency,
                int(searcher.doc_count()),
                limit,
            )
            empty = Compiled(wq.NullQuery)
            hits = []
            for item in found:
                hit = self._hit(searcher, item.docnum, {}, "similar", empty, False, None)
                hit.score = round(item.score, 4)
                hit.why = why_dict(item)
                hit.matched_in = []
                hits.append(hit)
        resp = SearchResponse(case_id, len(hits), hits, ran_query=case_id, original_query=case_id)
        resp.took_ms = (time.perf_counter() - t0) * 1000
        return resp

    def snippets_for(self, query: str, case_ids: list[str]) -> dict[str, str]:
        """Snippets of the given cases for `query` (for hits beyond snippet_limit)."""
        with self._lock:
            searcher = self._get_searcher()
            if searcher is None:
                return {}
            compiled = self._compile(parse(query), query)
            out: dict[str, str] = {}
            for case_id in case_ids:
                stored = searcher.document(id=case_id)
                if stored is not None:
                    texts = [stored.get(k, "") for k in ("summary", "body", "notes")]
                    out[case_id] = best_snippet(texts, compiled.highlight)
            return out

    def _compile(self, node: Node | None, query: str) -> Compiled:
        assert self._vocab is not None and self._facets is not None
        # Analyse the query in every language the library's cases are written in.
        fi.set_query_languages(self._case_languages())
        node = drop_function_words(node)
        if node is None:
            return Compiled(wq.Every())
        try:
            compiled = Compiler(self._vocab, self._facets).compile(node)
        except Exception:  # noqa: BLE001 - a query we cannot compile searches its plain words
            fallback = plain_words(query)
            if fallback is None:
                return Compiled(wq.Every())
            compiled = Compiler(self._vocab, self._facets).compile(fallback)
        if isinstance(compiled.query, wq.Not):
            compiled.query = wq.AndNot(wq.Every(), compiled.query.query)
        return compiled

    def _count(
        self,
        query: str,
        fsets: dict[str, frozenset[int]] | None = None,
        yr: frozenset[int] | None = None,
        as_you_type: bool = False,
    ) -> int:
        searcher = self._get_searcher()
        if searcher is None:
            return 0
        node = parse(query)
        if node is None:
            return 0
        if as_you_type:
            _mark_typing_prefix(query, node)
        assert self._scores is not None
        scores = self._scores.evaluate(self._compile(node, query).query)
        return len(_restrict(scores.keys(), fsets or {}, yr))

    def _hit(
        self,
        searcher: Any,
        docnum: int,
        scores: dict[int, float],
        sort: str,
        compiled: Compiled,
        snippets: bool,
        node: Node | None,
        where: dict[int, list[str]] | None = None,
    ) -> Hit:
        if self._hit_column is None:
            self._hit_column = searcher.reader().column_reader("hit")
        info = self._hit_column[docnum]
        snippet = ""
        if snippets:
            stored = searcher.stored_fields(docnum)
            texts = [stored.get("summary", ""), stored.get("body", ""), stored.get("notes", "")]
            snippet = best_snippet(texts, compiled.highlight)
        score = scores.get(docnum, 0.0) if sort == "relevance" and node is not None else 0.0
        assert self._scores is not None
        return Hit(
            matched_in=(where or {}).get(docnum, []),
            id=info["id"],
            title=info.get("title") or info["id"],
            score=round(float(score), 4),
            snippet=snippet,
            municipalities=list(info.get("municipalities", [])),
            regions=list(info.get("regions", [])),
            period_start=info.get("period_start"),
            period_end=info.get("period_end"),
            status=info.get("status"),
            path=str(info.get("path", "")),
            language=str(info.get("language") or "fi"),
        )


def _restrict(docs: Any, fsets: dict[str, frozenset[int]], yr: frozenset[int] | None) -> set[int]:
    allowed = set(docs)
    for fset in fsets.values():
        allowed &= fset
    if yr is not None:
        allowed &= yr
    return allowed


def _mark_typing_prefix(query: str, node: Node | None) -> None:
    """While typing, the last word is unfinished unless a space, quote or ) follows it."""
    if not query or query[-1].isspace() or query[-1] in '")':
        return
    word = last_word(node)
    if word is None or word.fuzzy is not None:
        return
    if word.field is not None or len(word.text) >= MIN_TYPING_PREFIX:
        word.prefix = True
