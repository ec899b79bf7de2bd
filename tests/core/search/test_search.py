"""Searching a real index of real case files: Finnish forms, fields, facets, sorting, snippets."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex


def ids(resp: Any) -> list[str]:
    return [h.id for h in resp.hits]


def test_inflected_forms_meet(synced: SearchIndex) -> None:
    # "kuntien" (genitive plural) finds a case that only says "kunnassa" (inessive).
    resp = synced.search("kuntien")
    assert "posio-yhteistyo" in ids(resp)


def test_compound_part_is_found(synced: SearchIndex) -> None:
    resp = synced.search("elinvoima")
    assert "orivesi-elinvoimapalvelut" in ids(resp)
    hit = next(h for h in resp.hits if h.id == "orivesi-elinvoimapalvelut")
    assert "<b>Elinvoimapalvelujen</b>" in hit.snippet or "<b>Elinvoimapalvelut</b>" in hit.snippet


def test_place_name_is_not_split(synced: SearchIndex) -> None:
    # "vesi" finds the water supply case but not Orivesi.
    found = ids(synced.search("vesi"))
    assert "aanekoski-vesihuolto" in found
    assert "orivesi-elinvoimapalvelut" not in found


def test_and_or_not(synced: SearchIndex) -> None:
    assert ids(synced.search("Coronaria kuntamarkkinointi")) == ["posio-yhteistyo"]
    # No case has both: the cases with either are shown, flagged as partial.
    both = synced.search("Coronaria öljyntorjuntaa")
    assert both.partial and set(ids(both)) == {"posio-yhteistyo", "porvoo-oljyntorjunta"}
    assert not synced.search("Coronaria kuntamarkkinointi").partial
    either = set(ids(synced.search("Coronaria TAI öljyntorjuntaa")))
    assert either == {"posio-yhteistyo", "porvoo-oljyntorjunta"}
    assert set(ids(synced.search("Coronaria OR öljyntorjuntaa"))) == either
    assert "posio-yhteistyo" not in ids(synced.search("yhteistyö -Coronaria"))
    assert "posio-yhteistyo" not in ids(synced.search("yhteistyö EI Coronaria"))
    assert "posio-yhteistyo" not in ids(synced.search("yhteistyö NOT Coronaria"))
    # Lower-case "ei" and "tai" are words, not operators.
    lower = synced.search("Coronaria tai")
    assert lower.partial and ids(lower) == ["posio-yhteistyo"]
    assert synced.search("Coronaria TAI").total == 1 and not synced.search("Coronaria TAI").partial


def test_phrase(synced: SearchIndex) -> None:
    assert ids(synced.search('"yrittäjien osallistaminen"')) == ["orivesi-elinvoimapalvelut"]
    assert ids(synced.search('"osallistaminen yrittäjien"')) == []


def test_fields_in_finnish_and_english(synced: SearchIndex) -> None:
    assert ids(synced.search("kunta:Posio")) == ["posio-yhteistyo"]
    assert ids(synced.search("municipality:posio")) == ["posio-yhteistyo"]
    assert set(ids(synced.search("maakunta:Pirkanmaa"))) == {
        "orivesi-elinvoimapalvelut",
        "ylojarvi-etakokoukset",
    }
    assert set(ids(synced.search("region:pirkanmaa"))) == set(
        ids(synced.search("maakunta:Pirkanmaa"))
    )
    assert set(ids(synced.search("teema:elinvoima"))) == {
        "orivesi-elinvoimapalvelut",
        "suupohja-seutustrategia",
    }
    assert set(ids(synced.search("tila:käynnissä"))) == {
        "orivesi-elinvoimapalvelut",
        "porvoo-oljyntorjunta",
    }
    assert set(ids(synced.search("status:ongoing"))) == set(ids(synced.search("tila:käynnissä")))
    assert set(ids(synced.search("vuosi:2015"))) == {"suupohja-seutustrategia"}
    assert set(ids(synced.search("year:2016-2017"))) == {
        "posio-yhteistyo",
        "suupohja-seutustrategia",
    }
    assert ids(synced.search("rahoittaja:Tekes")) == ["suupohja-seutustrategia"]
    # A field word combines with free words.
    assert ids(synced.search("kunta:Posio Coronaria")) == ["posio-yhteistyo"]
    assert ids(synced.search("kunta:Orivesi Coronaria")) == []


def test_field_values_are_analysed(synced: SearchIndex) -> None:
    assert ids(synced.search("kunta:Posiolla")) == ["posio-yhteistyo"]
    assert "orivesi-elinvoimapalvelut" in ids(synced.search("maakunta:Pirkanmaalla"))


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed phrase',
        "((kunta",
        "kunta:",
        "TAI",
        "EI",
        "-",
        "*",
        "~",
        ")))",
        "a TAI TAI b",
        "vuosi:kaksituhatta",
        "tila:outo",
        'kunta:"',
        "tuntematon:kenttä",
        "elinv*~*",
        "\x00\x1f",
        "   ",
        "ö" * 300,
    ],
)
def test_syntax_errors_fall_back(synced: SearchIndex, query: str) -> None:
    resp = synced.search(query, as_you_type=True)
    assert resp.total >= 0
    assert isinstance(resp.to_json(), str)


def test_unclosed_phrase_still_searches_its_words(synced: SearchIndex) -> None:
    assert ids(synced.search('"Coronaria')) == ["posio-yhteistyo"]
    assert ids(synced.search("(Coronaria")) == ["posio-yhteistyo"]


def test_prefix_and_as_you_type(synced: SearchIndex) -> None:
    assert "porvoo-oljyntorjunta" in ids(synced.search("öljyntorj*"))
    # While typing, the last word is a prefix...
    assert "porvoo-oljyntorjunta" in ids(synced.search("öljyntorj", as_you_type=True))
    # ...but not after a space, and not without as_you_type.
    assert synced.search("öljyntorj ", as_you_type=True).total == 0
    assert synced.search("öljyntorj").total == 0
    # A field value can be typed partly too.
    assert ids(synced.search("kunta:Pos", as_you_type=True)) == ["posio-yhteistyo"]


def test_fuzzy(synced: SearchIndex) -> None:
    assert ids(synced.search("Coronria~")) == ["posio-yhteistyo"]
    assert synced.search("Coronria").total == 0


def test_did_you_mean(synced: SearchIndex) -> None:
    resp = synced.search("Coronria")
    assert resp.total == 0
    assert resp.suggestion is not None and resp.suggestion.lower().startswith("coronar")
    assert ids(synced.search(resp.suggestion)) == ["posio-yhteistyo"]
    # A query with hits gets no suggestion.
    assert synced.search("Coronaria").suggestion is None


def test_tarkoititko_umlauts(synced: SearchIndex) -> None:
    resp = synced.search("oljyntorjuntaa")
    assert resp.total == 0 or resp.partial  # no exact hit (at most a partial one)
    assert resp.suggestion == "öljyntorjuntaa"


def test_facet_counts_and_filters(synced: SearchIndex) -> None:
    resp = synced.search("")
    assert resp.total == 6
    facets = resp.facets
    assert set(facets) == {"region", "municipality", "theme", "status", "year", "tag", "review"}
    assert facets["review"] == []  # every case here is reviewed
    assert dict(facets["region"])["Pirkanmaa"] == 2
    assert dict(facets["status"]) == {"päättynyt": 3, "käynnissä": 2, "suunnitteilla": 1}
    assert dict(facets["theme"])["yhteistyo"] == 3
    assert dict(facets["year"])["2016"] == 2  # Posio 2016–2018 and Suupohja 2014–2016
    assert facets["tag"] == []
    assert facets["region"][0] == ("Pirkanmaa", 2)  # most frequent first

    filtered = synced.search("", filters={"region": ["Pirkanmaa"]})
    assert filtered.total == 2
    # Values in one facet are ORed, facets are ANDed.
    both = synced.search("", filters={"region": ["Pirkanmaa", "Lappi"]})
    assert both.total == 3
    anded = synced.search("", filters={"region": ["Pirkanmaa", "Lappi"], "status": ["käynnissä"]})
    assert ids(anded) == ["orivesi-elinvoimapalvelut"]
    # A facet's own counts ignore its own filter (so other regions stay selectable)...
    assert dict(filtered.facets["region"])["Lappi"] == 1
    # ...but follow the other facets' filters.
    assert dict(filtered.facets["status"]) == {"päättynyt": 1, "käynnissä": 1}


def test_year_range(synced: SearchIndex) -> None:
    resp = synced.search("", year_range=(2019, 2020))
    assert set(ids(resp)) == {"orivesi-elinvoimapalvelut", "ylojarvi-etakokoukset"}


def test_sort_by_title_puts_umlauts_after_z(synced: SearchIndex) -> None:
    titles = [h.title for h in synced.search("", sort="title").hits]
    assert titles == [
        "Arjen turvaa rajat ylittävällä yhteistyöllä",
        "Elinvoimapalvelut kaupungin kehittäjänä",
        "Seutustrategialla yhteiseen suuntaan",
        "Zoomilla etäkokoukset tutuiksi",
        "Äänekosken vesihuolto",
        "Öljyntorjunnan yhteisharjoitus",
    ]


def test_sort_newest(synced: SearchIndex) -> None:
    found = ids(synced.search("", sort="newest"))
    assert found[:2] == ["porvoo-oljyntorjunta", "aanekoski-vesihuolto"]
    assert found[-1] == "suupohja-seutustrategia"


def test_relevance_title_above_body(synced: SearchIndex) -> None:
    # "vesihuolto" is in the Äänekoski title; nothing else has it.
    resp = synced.search("seutustrategia")
    assert resp.hits[0].id == "suupohja-seutustrategia"
    assert resp.hits[0].score > 0


def test_snippet_escapes_html_and_marks_matches(synced: SearchIndex) -> None:
    resp = synced.search("vesihuoltolaitokset")
    hit = resp.hits[0]
    assert "<b>Vesihuoltolaitokset</b>" in hit.snippet
    assert "<script>" not in hit.snippet
    assert "&lt; 2" in hit.snippet and "&amp;" in hit.snippet
    assert synced.search("vesihuoltolaitokset", snippets=False).hits[0].snippet == ""


def test_hit_fields_and_json(synced: SearchIndex, cases: dict[str, Case]) -> None:
    resp = synced.search("Coronaria", limit=5)
    hit = resp.hits[0]
    assert hit.municipalities == ["Posio"] and hit.regions == ["Lappi"]
    assert hit.period_start == "2016-01-01" and hit.status == "päättynyt"
    assert hit.path == str(cases["posio-yhteistyo"].path)
    data = json.loads(resp.to_json())
    assert {"query", "total", "hits", "facets", "suggestion", "took_ms"} <= set(data)
    assert {"id", "title", "score", "snippet"} <= set(data["hits"][0])
    assert resp.took_ms > 0


def test_limit_and_total(synced: SearchIndex) -> None:
    resp = synced.search("", limit=2)
    assert resp.total == 6 and len(resp.hits) == 2


def test_tags_and_notes_are_searchable(search_index: SearchIndex, cases: dict[str, Case]) -> None:
    layer = {
        "porvoo-oljyntorjunta": (["Kesäkurssi"], ["Muista kysyä harjoituksen kustannuksista"]),
    }

    def user_layer(case_id: str) -> tuple[list[str], list[str]]:
        return layer.get(case_id, ([], []))

    search_index.sync(cases, user_layer)
    assert ids(search_index.search("kesäkurssi")) == ["porvoo-oljyntorjunta"]
    assert ids(search_index.search("tunniste:Kesäkurssi")) == ["porvoo-oljyntorjunta"]
    assert ids(search_index.search("tag:kesäkurssi")) == ["porvoo-oljyntorjunta"]
    assert ids(search_index.search("kustannuksista")) == ["porvoo-oljyntorjunta"]
    assert dict(search_index.search("").facets["tag"]) == {"Kesäkurssi": 1}
    # A new note is picked up by the next sync, and only that case is re-indexed.
    layer["posio-yhteistyo"] = ([], ["Coronarian sopimus päättyy"])
    report = search_index.sync(cases, user_layer)
    assert (report.updated, report.added, report.removed) == (1, 0, 0)
    assert "posio-yhteistyo" in ids(search_index.search("sopimus"))


def test_missing_index_answers_empty(search_index: SearchIndex) -> None:
    resp = search_index.search("Coronaria")
    assert resp.total == 0 and resp.notice


def test_unknown_facet_or_sort_is_an_error(synced: SearchIndex) -> None:
    with pytest.raises(ValueError, match="unknown facet"):
        synced.search("", filters={"kunta": ["Posio"]})
    with pytest.raises(ValueError, match="unknown sort"):
        synced.search("", sort="random")


def test_snippet_limit_and_lazy_snippets(synced: SearchIndex) -> None:
    resp = synced.search("yhteistyö", snippet_limit=1)
    assert resp.total >= 2
    assert resp.hits[0].snippet and all(h.snippet == "" for h in resp.hits[1:])
    later = synced.snippets_for("yhteistyö", [h.id for h in resp.hits[1:]] + ["no-such-case"])
    assert set(later) == {h.id for h in resp.hits[1:]}
    full = {h.id: h.snippet for h in synced.search("yhteistyö").hits}
    assert later == {k: full[k] for k in later}
    assert any("<b>" in html for html in later.values())
