from __future__ import annotations

from hyvatkaytannot.core.analysis import tokenize


def test_hyphenated_words_and_abbreviations_stay_whole() -> None:
    text = "Sote-palveluiden EU:n tuki, 2020-luvulla O'Brien_x."
    words = [w for w, _s, _e in tokenize(text)]
    assert words == ["Sote-palveluiden", "EU:n", "tuki", "2020-luvulla", "O'Brien", "x"]


def test_offsets_point_into_the_original_text() -> None:
    text = "  Kunnassa – Orivedellä, äänestys."
    for word, start, end in tokenize(text):
        assert text[start:end] == word
    assert tokenize(text)[0] == ("Kunnassa", 2, 10)


def test_dangling_hyphen_is_not_part_of_the_word() -> None:
    assert [w for w, _s, _e in tokenize("sote- ja terveyspalvelut")] == [
        "sote",
        "ja",
        "terveyspalvelut",
    ]


def test_soft_hyphen_does_not_split_a_word() -> None:
    from hyvatkaytannot.core.analysis import query_keys

    text = "yhteis\u00adtyössä"
    assert tokenize(text) == [(text, 0, len(text))]
    assert query_keys(text) == ["yhteistyö"]
