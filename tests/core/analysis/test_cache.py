"""The word → keys cache: persistence, reuse, versioning and damaged files."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from hyvatkaytannot.core.analysis import ANALYZER_VERSION
from hyvatkaytannot.core.analysis.cache import KeyCache
from hyvatkaytannot.core.analysis.engine import Engine

WORDS = ["kuntien", "kunnassa", "elinvoimapalvelujen", "Orivedellä", "xyzzyillä"]


def test_memory_cache_analyses_a_word_once(engine: Engine) -> None:
    first = [engine.index_keys(w) for w in WORDS]
    assert engine.analyses == len(WORDS)
    assert [engine.index_keys(w) for w in WORDS] == first
    engine.query_keys("KUNTIEN")  # case does not matter
    assert engine.analyses == len(WORDS)


def test_cache_persists_across_instances(cache_path: Path) -> None:
    first = Engine(cache_path)
    keys = [first.keys(w) for w in WORDS]
    first.close()
    assert cache_path.exists()

    second = Engine(cache_path)
    assert [second.keys(w) for w in WORDS] == keys
    assert second.analyses == 0
    second.keys("kaupunginhallitus")
    assert second.analyses == 1
    second.close()


def test_version_change_empties_the_cache(cache_path: Path) -> None:
    old = KeyCache(cache_path, "old-version")
    old.put("kunta", (("stale",), ("stale",)))
    old.close()
    assert KeyCache(cache_path, "old-version").get("kunta") == (("stale",), ("stale",))

    engine = Engine(cache_path)
    assert engine.query_keys("kunta") == ["kunta"]
    assert engine.analyses == 1
    engine.close()
    with sqlite3.connect(cache_path) as db:
        assert db.execute("SELECT value FROM meta WHERE key='version'").fetchone() == (
            ANALYZER_VERSION,
        )


def test_corrupt_cache_file_is_replaced(cache_path: Path) -> None:
    cache_path.parent.mkdir(parents=True)
    cache_path.write_bytes(b"this is not a database" * 100)
    engine = Engine(cache_path)
    assert engine.query_keys("kuntien") == ["kunta"]
    engine.close()
    with sqlite3.connect(cache_path) as db:
        assert db.execute("SELECT qkeys FROM keys WHERE word='kuntien'").fetchone() == ("kunta",)


def test_unwritable_cache_location_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    engine = Engine(blocker / "sub" / "cache.sqlite")  # parent is a file: cannot be created
    assert engine.query_keys("kuntien") == ["kunta"]
    assert engine.query_keys("kuntien") == ["kunta"]
    assert engine.analyses == 1
    engine.close()


def test_threads_get_the_same_keys(engine: Engine) -> None:
    words = WORDS * 20 + [f"kunta{i}" for i in range(50)]
    expected = {w: Engine(None).keys(w) for w in set(words)}
    errors: list[str] = []

    def work() -> None:
        for w in words:
            if engine.keys(w) != expected[w]:
                errors.append(w)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine.close()
    assert Engine(engine.cache.path).keys("kunta1") == expected["kunta1"]


def test_set_cache_path_moves_the_default_cache(tmp_path: Path) -> None:
    from hyvatkaytannot.core.analysis import finnish_analyzer, index_keys, set_cache_path
    from hyvatkaytannot.core.analysis.engine import close_all

    path = tmp_path / "default-cache.sqlite"
    set_cache_path(path)
    try:
        assert index_keys("kuntien") == ["kunta"]
        assert [t.text for t in finnish_analyzer()("kunnassa", mode="query")] == ["kunta"]
        close_all()  # flushes
        with sqlite3.connect(path) as db:
            words = {r[0] for r in db.execute("SELECT word FROM keys")}
        assert {"kuntien", "kunnassa"} <= words
    finally:
        set_cache_path(None)
