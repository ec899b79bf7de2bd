"""The analyzer inside a real Whoosh index: positions, modes, pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

from whoosh import fields, index, qparser

from hyvatkaytannot.core.analysis import FinnishFilter, finnish_analyzer

TEXT = "Elinvoimapalvelujen kehittäminen Orivedellä ja EU:n tuki"


def test_index_mode_emits_all_keys_at_the_word_position(cache_path: Path) -> None:
    analyzer = finnish_analyzer(cache_path)
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar)
        for t in analyzer(TEXT, positions=True, chars=True, mode="index")
    ]
    first = [t for t in tokens if t[1] == 0]
    assert {t[0] for t in first} >= {"elinvoimapalvelu", "elinvoima", "palvelu"}
    assert all((s, e) == (0, 19) for _k, _p, s, e in first)
    assert ("orivesi", 2, 33, 43) in tokens
    assert ("eu", 4, 47, 51) in tokens


def test_query_mode_emits_lemmas_only(cache_path: Path) -> None:
    analyzer = finnish_analyzer(cache_path)
    tokens = [
        (t.text, t.pos)
        for t in analyzer("elinvoimapalvelut toimivat", positions=True, mode="query")
    ]
    assert tokens[0] == ("elinvoimapalvelu", 0)
    assert {k for k, p in tokens if p == 1} == {"toimia", "toimiva"}
    assert "palvelu" not in [k for k, _p in tokens]


def test_pickle_round_trip_drops_the_engine(cache_path: Path) -> None:
    analyzer = finnish_analyzer(cache_path)
    before = [t.text for t in analyzer(TEXT, mode="index")]  # loads the engine
    data = pickle.dumps(analyzer)
    assert b"sqlite3" not in data and b"Lock" not in data
    restored = pickle.loads(data)
    assert restored == analyzer
    assert [t.text for t in restored(TEXT, mode="index")] == before
    flt = restored.items[-1]
    assert isinstance(flt, FinnishFilter) and flt.cache_path == str(cache_path)


def test_search_in_a_real_index(tmp_path: Path, cache_path: Path) -> None:
    schema = fields.Schema(
        id=fields.ID(stored=True),
        body=fields.TEXT(analyzer=finnish_analyzer(cache_path), phrase=True, multitoken_query="or"),
    )
    (tmp_path / "ix").mkdir()
    ix = index.create_in(str(tmp_path / "ix"), schema)
    with ix.writer() as w:
        w.add_document(id="1", body=TEXT)
        w.add_document(id="2", body="Vesi ja joki kunnassa")
        w.add_document(id="3", body="Kauhajoella kehitettiin työhyvinvointia")
    ix = index.open_dir(str(tmp_path / "ix"))  # the schema (analyzer) is unpickled here
    parser = qparser.QueryParser("body", ix.schema, group=qparser.AndGroup)

    def ids(q: str) -> list[str]:
        with ix.searcher() as s:
            return sorted(h["id"] for h in s.search(parser.parse(q)))

    assert ids("elinvoima") == ["1"]
    assert ids("Orivesi") == ["1"]
    assert ids("vesi") == ["2"]
    assert ids("joki") == ["2"]
    assert ids("kuntien") == ["2"]
    assert ids("Kauhajoki") == ["3"]
    assert ids("hyvinvointi") == ["3"]
    assert ids("kehittämistä elinvoimapalvelut") == ["1"]
    assert ids('"elinvoimapalvelut kehittäminen"') == ["1"]


def test_no_morph_gives_surface_words_for_spelling(cache_path: Path) -> None:
    analyzer = finnish_analyzer(cache_path)
    words = [t.text for t in analyzer("Kunnassa EU:n sote-palveluiden", no_morph=True)]
    assert words == ["kunnassa", "eu:n", "sote-palveluiden"]
