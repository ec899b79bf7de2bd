"""What the keys must do for search: inflection, compounds, names, hyphens, unknown words."""

from __future__ import annotations

import pytest

from hyvatkaytannot.core.analysis.engine import Engine


def finds(engine: Engine, query_word: str, text_word: str) -> bool:
    return bool(set(engine.query_keys(query_word)) & set(engine.index_keys(text_word)))


def test_inflected_forms_of_kunta_share_a_key(engine: Engine) -> None:
    assert finds(engine, "kuntien", "kunnassa")
    assert finds(engine, "kunnassa", "kuntien")
    assert engine.query_keys("kunnassa") == ["kunta"]


def test_compound_found_by_its_parts_and_runs(engine: Engine) -> None:
    index = set(engine.index_keys("elinvoimapalvelujen"))
    assert set(engine.query_keys("elinvoima")) <= index
    assert {"elinvoimapalvelu", "elin", "voima", "palvelu", "voimapalvelu"} <= index
    assert finds(engine, "palveluiden", "elinvoimapalvelujen")


def test_query_mode_has_no_compound_parts(engine: Engine) -> None:
    assert engine.query_keys("elinvoimapalvelujen") == ["elinvoimapalvelu"]


@pytest.mark.parametrize(
    ("place", "part"), [("Orivesi", "vesi"), ("Kauhajoki", "joki"), ("Orivedellä", "vesi")]
)
def test_place_names_are_not_split(engine: Engine, place: str, part: str) -> None:
    assert not finds(engine, part, place)
    assert part not in engine.index_keys(place)


@pytest.mark.parametrize(
    ("inflected", "base"),
    [
        ("Orivedellä", "Orivesi"),
        ("Oriveden", "Orivesi"),
        ("Posiolla", "Posio"),
        ("Kauhajoella", "Kauhajoki"),
    ],
)
def test_inflected_place_names_found_by_base(engine: Engine, inflected: str, base: str) -> None:
    assert finds(engine, base, inflected)
    assert finds(engine, inflected, base)


def test_hyphenated_word_kept_whole_and_split(engine: Engine) -> None:
    index = engine.index_keys("sote-palveluiden")
    assert index[0] == "sotepalvelu"
    assert {"sote", "palvelu"} <= set(index)
    assert finds(engine, "sote-palvelut", "sote-palveluiden")
    assert finds(engine, "palvelu", "sote-palveluiden")
    assert finds(engine, "sote", "sote-palveluiden")


def test_abbreviation_with_case_ending(engine: Engine) -> None:
    assert engine.query_keys("EU:n") == ["eu"]
    assert finds(engine, "EU", "EU:ssa")
    # Not in Voikko's lexicon: the colon ending is cut.
    assert engine.query_keys("XYZ:n") == ["xyz"]


def test_minen_noun_keeps_its_noun_lemma(engine: Engine) -> None:
    assert "kehittäminen" in engine.index_keys("kehittäminen")
    assert engine.query_keys("kehittämisen") == ["kehittäminen"]
    assert "kehittäminen" in engine.index_keys("kehittämistyö")


def test_participle_keys_as_itself_and_its_verb(engine: Engine) -> None:
    keys = engine.query_keys("annettava")
    assert "annettava" in keys and "antaa" in keys


def test_umlauts_are_letters_not_accents(engine: Engine) -> None:
    assert engine.query_keys("työ") == ["työ"]
    assert engine.query_keys("Päijät-Häme") == ["päijäthäme"]
    assert not finds(engine, "saa", "sää")
    assert not finds(engine, "tyo", "työ")


def test_unknown_word_gets_snowball_stem(engine: Engine) -> None:
    from whoosh.lang.snowball.finnish import FinnishStemmer

    stem = FinnishStemmer().stem("xyzzyillä")
    assert engine.query_keys("xyzzyillä") == [stem]
    assert stem != "xyzzyillä"
    assert finds(engine, "xyzzyillä", "xyzzyillä")


def test_unknown_compound_split_at_a_known_tail(engine: Engine) -> None:
    index = engine.index_keys("biletyspaikkoja")
    assert "paikka" in index
    assert finds(engine, "biletyspaikka", "biletyspaikkoja")


def test_lexicalised_compound_split_but_whole_kept(engine: Engine) -> None:
    assert finds(engine, "vointi", "hyvinvoinnin")
    assert engine.query_keys("hyvinvoinnin") == ["hyvinvointi"]


def test_keys_are_lowercase_without_spaces(engine: Engine) -> None:
    for word in ("Helsingissä", "EU:n", "Etelä-Pohjanmaalla", "2020-luvulla"):
        for key in engine.index_keys(word):
            assert key == key.lower() and " " not in key
