"""The query parser on its own: operators, fields, forgiveness; and the Finnish sort key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hyvatkaytannot.core.search.collation import finnish_sort_key
from hyvatkaytannot.core.search.query import (
    AndNode,
    NotNode,
    OrNode,
    Phrase,
    Word,
    last_word,
    parse,
    positive_words,
)


def test_words_are_anded() -> None:
    assert parse("kunta yhteistyö") == AndNode([Word("kunta"), Word("yhteistyö")])


def test_or_binds_tighter_than_and() -> None:
    assert parse("yhteistyö kunta TAI kaupunki") == AndNode(
        [Word("yhteistyö"), OrNode([Word("kunta"), Word("kaupunki")])]
    )
    assert parse("a OR b") == OrNode([Word("a"), Word("b")])


def test_not_forms() -> None:
    expected = AndNode([Word("a"), NotNode(Word("b"))])
    assert parse("a -b") == expected
    assert parse("a EI b") == expected
    assert parse("a NOT b") == expected
    # A hyphen inside a word is not a NOT.
    assert parse("TEKES-rahoitteinen") == Word("TEKES-rahoitteinen")


def test_lower_case_operators_are_words() -> None:
    assert parse("a tai b ei c") == AndNode(
        [Word("a"), Word("tai"), Word("b"), Word("ei"), Word("c")]
    )


def test_phrases_prefix_fuzzy() -> None:
    assert parse('"työn rakastaminen"') == Phrase("työn rakastaminen")
    assert parse("elinv*") == Word("elinv", prefix=True)
    assert parse("elinvoma~") == Word("elinvoma", fuzzy=0)
    assert parse("elinvoma~1") == Word("elinvoma", fuzzy=1)


def test_fields_with_aliases() -> None:
    assert parse("kunta:Posio") == Word("Posio", field="municipality")
    assert parse("municipality:Posio") == Word("Posio", field="municipality")
    assert parse("maakunta:Lappi") == Word("Lappi", field="region")
    assert parse("teema:elinvoima") == Word("elinvoima", field="theme")
    assert parse("tila:käynnissä") == Word("käynnissä", field="status")
    assert parse("vuosi:2018") == Word("2018", field="year")
    assert parse("tunniste:tärkeä") == Word("tärkeä", field="tag")
    assert parse('maakunta:"Etelä-Pohjanmaa"') == Phrase("Etelä-Pohjanmaa", field="region")
    # Unknown field names are plain words.
    assert parse("klo:12") == Word("klo:12")


def test_forgiveness() -> None:
    assert parse('"avoin lainaus') == Phrase("avoin lainaus")
    assert parse("((kunta") == Word("kunta")
    assert parse("kunta))") == Word("kunta")
    assert parse("TAI kunta TAI") == Word("kunta")
    assert parse("EI") is None
    assert parse("") is None
    assert parse("   ") is None


def test_last_and_positive_words() -> None:
    node = parse("a -b TAI c")
    assert last_word(node) == Word("c")
    assert [w.text for w in positive_words(parse('a -b "c d"'))] == ["a", "c d"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='abcäö ()"*~:-TAIEORNkunt', max_size=40))
def test_parser_never_raises(text: str) -> None:
    parse(text)


def test_finnish_sort_key() -> None:
    words = ["Öljy", "zeta", "Åland", "ääni", "Aalto", "Ylä", "Väli", "Wilho", "élan"]
    assert sorted(words, key=finnish_sort_key) == [
        "Aalto",
        "élan",
        "Väli",
        "Wilho",
        "Ylä",
        "zeta",
        "Åland",
        "ääni",
        "Öljy",
    ]
