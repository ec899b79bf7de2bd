"""The fast full build (bulk.py, fastfield.py) writes the same index as Whoosh's own writer,
in one process or in several, and a cancelled parallel build leaves nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import fields
from whoosh import index as windex
from whoosh.filedb.filestore import RamStorage
from whoosh.writing import SegmentWriter

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex, bulk, indexer, store
from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.bench import corpus as bench_corpus
from hyvatkaytannot.core.search.bench.corpus import write_corpus
from hyvatkaytannot.core.search.documents import case_document
from hyvatkaytannot.core.search.fastfield import ArrayPositions, FinnishText
from hyvatkaytannot.core.search.schema import build_schema

from .conftest import cancel_after, load_folder, no_user_layer

TEXTS = [
    "Kunnassa kehitettiin sote-palveluiden yhteistyötä EU:n tuella 2020-luvulla.",
    "Posion kunta ja Posio, POSIOSSA posiolaiset: kunta kunnan kuntien kunnassa!",
    "Elinvoimapalvelujen elinvoima — elinvoimainen kylä; kylä kylässä kylästä.",
    "O'Brien ja Aki-Pekka kävivät Kauhajoella ja Orivedellä (yhdessä), 3 kertaa.",
    "",
    "   ",
    "sana " * 40,
]


@pytest.mark.parametrize("phrase", [True, False])
@pytest.mark.parametrize("boost", [1.0, 3.0])
def test_fast_field_indexes_exactly_as_whoosh(phrase: bool, boost: float) -> None:
    analyzer = fi.make_analyzer(None)
    assert fi.fast_keys(analyzer) is not None  # the shortcut is really taken
    ours = FinnishText(analyzer=analyzer, phrase=phrase, field_boost=boost)
    theirs = fields.TEXT(analyzer=analyzer, phrase=phrase, field_boost=boost)
    if phrase:
        assert type(ours.format) is ArrayPositions
        theirs.format = ArrayPositions(field_boost=boost)
    for text in TEXTS:
        assert sorted(ours.index(text)) == sorted(theirs.index(text)), text


def test_array_positions_round_trip() -> None:
    fmt = ArrayPositions(field_boost=2.0)
    for positions in ([0], [3, 70000, 4_000_000_000], list(range(0, 5000, 7))):
        value = fmt.encode(positions)
        assert fmt.decode_positions(value) == positions
        assert fmt.decode_frequency(value) == len(positions)
        assert fmt.decode_weight(value) == 2.0 * len(positions)
    assert fmt.decode_positions(fmt.combine([fmt.encode([5, 1]), fmt.encode([3, 5])])) == [1, 3, 5]


def test_fast_field_leaves_other_analyzers_and_values_to_whoosh() -> None:
    from whoosh.analysis import StandardAnalyzer

    assert fi.fast_keys(StandardAnalyzer()) is None
    plain = FinnishText(analyzer=StandardAnalyzer())
    assert sorted(t for t, *_ in plain.index("Kunnat ja kunnassa")) == [
        b"ja",
        b"kunnassa",
        b"kunnat",
    ]
    finnish = FinnishText(analyzer=fi.make_analyzer(None))
    # A pre-tokenised value is indexed as given (Whoosh's path).
    assert [t for t, *_ in finnish.index(["valmis", "lista"])] == [b"valmis", b"lista"]


def test_compact_pool_yields_postings_sorted_even_when_added_out_of_order() -> None:
    pool = bulk.CompactPool()
    for item in [
        ("b", b"x", 5, 1.0, b"5"),
        ("a", b"z", 1, 1.0, b"1"),
        ("b", b"x", 2, 2.0, b"2"),
        ("a", b"y", 3, 1.0, b"3"),
    ]:
        pool.add(item)
    assert len(pool) == 4 and pool.fieldnames == {"a", "b"}
    assert list(pool.iter_postings()) == [
        ("a", b"y", 3, 1.0, b"3"),
        ("a", b"z", 1, 1.0, b"1"),
        ("b", b"x", 2, 2.0, b"2"),
        ("b", b"x", 5, 1.0, b"5"),
    ]
    pool.cleanup()
    assert list(pool.iter_postings()) == []


def _postings(ix: Any) -> list[tuple[Any, ...]]:
    with ix.reader() as reader:
        return list(reader.iter_postings())


def _stored(ix: Any) -> list[dict[str, Any]]:
    with ix.reader() as reader:
        return [dict(fields) for _, fields in reader.iter_docs()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    """24 cases from the shipped word list (the same everywhere; rich in compounds such as
    "kotipalvelut", which the pair tests need)."""
    folder = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(bench_corpus.ENV_SENTENCES, raising=False)
        mp.setattr(bench_corpus, "DEFAULT_SENTENCES", folder / "no-such-file.txt")
        source = write_corpus(folder, 24, words_per_case=150)
    assert source.startswith("shipped word list")
    return load_folder(folder)


def test_bulk_writer_writes_what_whoosh_writes(corpus: dict[str, Case]) -> None:
    schema = build_schema(fi.make_analyzer(None))
    # Plain strings: Whoosh's TEXT pipeline analyses everything as Finnish, while the fast
    # path keys parts marked as Swedish (place names, theme labels) in both languages.
    layer = (["oma tunniste"], ["Muistiinpano kunnasta"])
    docs = [
        {k: str(v) if isinstance(v, str) else v for k, v in case_document(c, *layer).items()}
        for c in (corpus[cid] for cid in sorted(corpus))
    ]
    # Whoosh's own writer over the plain TEXT pipeline...
    plain_schema = build_schema(fi.make_analyzer(None))
    for name in plain_schema.names():
        field = plain_schema[name]
        if isinstance(field, FinnishText):
            field.__class__ = fields.TEXT
    plain = RamStorage().create_index(plain_schema)
    writer = SegmentWriter(plain)
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    # ...and ours.
    fast = RamStorage().create_index(schema)
    bw = bulk.BulkWriter(fast)
    for doc in docs:
        bw.add_document(**doc)
    bw.commit()
    assert len(_postings(fast)) > 1000
    assert _postings(fast) == _postings(plain)
    assert _stored(fast) == _stored(plain)
    with fast.reader() as a, plain.reader() as b:
        for name in ("title", "body", "extra", "notes"):
            assert [a.doc_field_length(d, name) for d in range(len(docs))] == [
                b.doc_field_length(d, name) for d in range(len(docs))
            ]


def test_chunks_are_balanced_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    items: list[Any] = list(range(25))
    assert [len(c) for c in bulk.chunks(items, 2)] == [13, 12]
    monkeypatch.setattr(bulk, "SEGMENT_MAX", 5)
    sizes = [len(c) for c in bulk.chunks(items, 2)]
    assert sum(sizes) == 25 and max(sizes) <= 5 and len(sizes) % 2 == 0


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small enough to use worker processes and several segments per worker."""
    monkeypatch.setattr(indexer, "PARALLEL_MIN", 10)
    monkeypatch.setattr(indexer, "build_processes", lambda: 2)
    monkeypatch.setattr(bulk, "SEGMENT_MAX", 7)
    monkeypatch.setattr(bulk, "REPORT_EVERY", 2)


QUERIES = ["kunta", "kunnan yhteistyö", "palvelu", '"ja se"', "elinvoima", "vuosi:2015", ""]


def _results(ix: SearchIndex) -> list[tuple[int, list[str], dict[str, Any]]]:
    out = []
    for q in QUERIES:
        resp = ix.search(q, limit=50, snippets=False)
        out.append((resp.total, sorted(h.id for h in resp.hits), resp.facets))
    return out


def test_parallel_build_finds_what_a_single_process_build_finds(
    tmp_path: Path, corpus: dict[str, Case], parallel: None
) -> None:
    single = SearchIndex(tmp_path / "single", tmp_path / "cache.sqlite")
    indexer_min = indexer.PARALLEL_MIN
    indexer.PARALLEL_MIN = 10**9
    try:
        single.sync(corpus, no_user_layer)
    finally:
        indexer.PARALLEL_MIN = indexer_min
    seen: list[tuple[int, int, str]] = []
    multi = SearchIndex(tmp_path / "multi", tmp_path / "cache.sqlite")
    report = multi.sync(corpus, no_user_layer, progress=lambda d, t, m: seen.append((d, t, m)))
    assert report.rebuilt and report.added == len(corpus) == 24
    # Four segments (2 workers x 2 chunks of at most 7 cases), committed together.
    ix = windex.open_dir(str(tmp_path / "multi"))
    try:
        assert len(ix._segments()) == 4
        assert ix.doc_count() == 24
    finally:
        ix.close()
    done = [d for d, _, _ in seen]
    assert done == sorted(done) and seen[-1] == (24, 24, "commit")
    assert _results(multi) == _results(single)
    # Incremental work on a parallel-built index: one edit, one delete.
    first = sorted(corpus)[0]
    multi.remove_case(first)
    assert multi.search("").total == 23
    single.close()
    multi.close()


def test_cancelled_parallel_build_keeps_the_old_index(
    tmp_path: Path, corpus: dict[str, Case], parallel: None
) -> None:
    ix = SearchIndex(tmp_path / "index", tmp_path / "cache.sqlite")
    few = dict(list(corpus.items())[:5])  # below PARALLEL_MIN: built in this process
    ix.sync(few, no_user_layer)
    assert ix.search("").total == 5
    report = ix.sync(corpus, no_user_layer, cancel=cancel_after(1), rebuild=True)
    assert report.cancelled
    assert ix.search("").total == 5  # the old index is still there, whole
    assert not store.aside_dir(tmp_path / "index").exists()
    ix.close()


def test_common_word_pairs_find_what_positions_find(
    tmp_path: Path, corpus: dict[str, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hyvatkaytannot.core.search import scores
    from hyvatkaytannot.core.search.pairs import COMMON_LEMMAS

    ix = SearchIndex(tmp_path / "index", tmp_path / "cache.sqlite")
    ix.sync(corpus, no_user_layer)
    # Phrases of 2-3 adjacent words from the texts, with and without a common word, and a
    # few made-up ones (common words in an order that does not occur).
    phrases: list[str] = [
        '"ja ja"',
        '"on joka"',
        '"kunnan palvelut"',
        '"hyvät käytännöt"',
        '"kuin kunnan"',  # kuin: kuin or kuu, only one reading common
        '"siksi palvelut"',
    ]
    for case in list(corpus.values())[:8]:
        words = [w for w, _, _ in fi.tokenize(case.body)]
        for i in range(0, len(words) - 3, 9):
            phrases.append(f'"{words[i]} {words[i + 1]}"')
            phrases.append(f'"{words[i]} {words[i + 1]} {words[i + 2]}"')
    with_common = [
        p
        for p in phrases
        if any(k in COMMON_LEMMAS for w in p.strip('"').split() for k in fi.query_keys(w))
    ]
    assert len(with_common) >= 10  # the pair path is really exercised

    def found() -> list[list[str]]:
        return [sorted(h.id for h in ix.search(p, limit=100, snippets=False).hits) for p in phrases]

    by_pairs = found()
    assert sum(1 for ids in by_pairs if ids) >= len(phrases) // 2
    ix.close()
    monkeypatch.setattr(scores, "PAIR_FIELDS", {})  # positions only
    ix = SearchIndex(tmp_path / "index", tmp_path / "cache.sqlite")
    assert found() == by_pairs
    ix.close()


def test_without_worker_processes_the_build_runs_in_this_process(
    tmp_path: Path, corpus: dict[str, Case], parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    class NoProcesses:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise BrokenProcessPool("cannot start a process here")

    monkeypatch.setattr(bulk, "ProcessPoolExecutor", NoProcesses)
    ix = SearchIndex(tmp_path / "index", tmp_path / "cache.sqlite")
    report = ix.sync(corpus, no_user_layer)
    assert report.rebuilt and not report.cancelled and report.added == 24
    assert ix.search("").total == 24
    ix.close()


def test_when_most_cases_changed_the_index_is_built_afresh(
    tmp_path: Path, corpus: dict[str, Case], parallel: None
) -> None:
    import shutil

    ix = SearchIndex(tmp_path / "index", tmp_path / "cache.sqlite")
    ix.sync(corpus, no_user_layer)
    # The library folder moved: every path (part of each signature) is new.
    moved = tmp_path / "moved"
    shutil.copytree(next(iter(corpus.values())).path.parent, moved)
    report = ix.sync(load_folder(moved), no_user_layer)
    assert report.rebuilt and report.rebuilt_reason == "most cases changed"
    assert not report.recovered and report.added == 24
    assert {h.path for h in ix.search("", limit=100).hits} == {
        str(moved / f"{cid}.md") for cid in corpus
    }
    # A fresh build, not 24 deletions and 24 additions.
    w = windex.open_dir(str(tmp_path / "index"))
    try:
        assert w.doc_count_all() == w.doc_count() == 24
    finally:
        w.close()
    ix.close()
