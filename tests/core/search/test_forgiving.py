"""Forgiving search: corrected readings run and are reported, fuzzy fallback, label matches
below text matches, word families at a lower weight (cases: tests/data/forgiving)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core.library import Library
from hyvatkaytannot.core.search import SearchIndex

DATA = Path(__file__).resolve().parents[2] / "data" / "forgiving"
sys.path.insert(0, str(DATA))
from forgiving_cases import write_corpus  # noqa: E402

EMISSIONS = {
    "ilmasto-lahti",
    "jatevesi-kuopio",
    "joukkoliikenne-tampere",
    "maatalous-seinajoki",
    "rakennukset-espoo",
    "hankinnat-turku",
    "ruokapalvelu-oulu",
}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    tmp = tmp_path_factory.mktemp("forgiving")
    cases = Library([(write_corpus(tmp / "cases"), True)]).load().cases
    index = SearchIndex(tmp / "index", tmp / "cache.sqlite")
    index.sync(cases, lambda cid: ([], []))
    yield index
    index.close()


def ids(resp: object) -> list[str]:
    return [h.id for h in resp.hits]  # type: ignore[attr-defined]


def test_a_word_that_is_itself_a_word_is_corrected_when_the_reading_has_many_more(
    ix: SearchIndex,
) -> None:
    typed = ix.search("paastot", correct=False)
    assert ids(typed) == ["paasto-seurakunta"]  # "paasto" (fasting) is a Finnish word
    resp = ix.search("paastot")
    assert resp.corrected and resp.ran_query == "päästöt" and resp.original_query == "paastot"
    assert set(ids(resp)) <= EMISSIONS and len(ids(resp)) >= 5
    data = resp.to_dict()
    assert data["corrected"] is True and data["ran_query"] == "päästöt"
    assert data["original_query"] == "paastot"


def test_a_rare_word_typed_right_is_not_corrected(ix: SearchIndex) -> None:
    # "saanto" (1 case) is one ä/ö away from "sääntö" (3 cases): under the ratio.
    resp = ix.search("saanto")
    assert not resp.corrected and ids(resp) == ["marjat-posio"]
    assert resp.ran_query == "saanto"


@pytest.mark.parametrize(
    ("typed", "ran", "case_id"),
    [
        ("jaaviys", "jääviys", "jaaviys-vantaa"),
        ("Ohjamo", "ohjaamo", "ohjaamo-kajaani"),
        ("kylaohjelma", "kyläohjelma", "kylaohjelma-suomussalmi"),
    ],
)
def test_no_hits_runs_the_corrected_reading(
    ix: SearchIndex, typed: str, ran: str, case_id: str
) -> None:
    assert ix.search(typed, correct=False).total == 0 or typed == "kylaohjelma"
    resp = ix.search(typed)
    assert resp.corrected and resp.ran_query.lower() == ran
    assert ids(resp)[0] == case_id


def test_corrections_while_typing(ix: SearchIndex) -> None:
    resp = ix.search("jaaviys", as_you_type=True)
    assert resp.corrected and resp.ran_query == "jääviys"
    assert ids(resp)[0] == "jaaviys-vantaa"


def test_two_words_one_without_umlauts(ix: SearchIndex) -> None:
    resp = ix.search("paastojen seuranta")
    assert resp.corrected and ids(resp)[0] == "ilmasto-lahti"


def test_single_word_typo_runs_the_nearest_word(ix: SearchIndex) -> None:
    # (A typo of a word the analysis does not know runs as `word~`: test_search.test_fuzzy.)
    resp = ix.search("kirjastoatuo")
    assert resp.corrected and resp.ran_query == "kirjastoauto"
    assert ids(resp)[0] == "teemaonly-kouvola"


def test_village_programme_over_an_unrelated_programme(ix: SearchIndex) -> None:
    top = ids(ix.search("kylaohjelma"))
    assert top[0] == "kylaohjelma-suomussalmi"
    assert "liikenneturvallisuus-kotka" not in top[:1]


def test_theme_ids_are_not_words(ix: SearchIndex) -> None:
    # "yhteistyo" is the id of the theme "Hallinnonrajat ylittävä yhteistyö": not searched.
    resp = ix.search("yhteistyo", correct=False)
    assert resp.total == 0
    # ...but `teema:` still finds the id.
    assert "teemaonly-kouvola" in ids(ix.search("teema:yhteistyo", limit=30))


def test_label_matches_rank_below_text_matches_and_say_so(ix: SearchIndex) -> None:
    resp = ix.search("yhteistyö", limit=30)
    top = resp.hits
    assert top[0].id == "yhteistyo-raahe" and "text" in top[0].matched_in
    label_only = [h for h in top if "text" not in h.matched_in]
    assert any(h.id == "teemaonly-kouvola" and "theme" in h.matched_in for h in label_only)
    # Every text match ranks above every label-only match.
    kinds = ["text" in h.matched_in for h in top]
    assert kinds == sorted(kinds, reverse=True)


def test_a_place_match_is_reported(ix: SearchIndex) -> None:
    hit = ix.search("Kouvola").hits[0]
    assert hit.id == "teemaonly-kouvola" and hit.matched_in == ["place"]


@pytest.mark.parametrize(
    ("query", "inflected", "derived"),
    [
        ("seutu", "seutu-jyvaskyla", "seudullinen-jatehuolto"),
        ("elinvoima", "elinvoima-kemi", "elinvoimaisuus-iisalmi"),
        ("osallistaminen", "osallistaminen-hameenlinna", "osallistamalla-porvoo"),
    ],
)
def test_word_families_below_inflections(
    ix: SearchIndex, query: str, inflected: str, derived: str
) -> None:
    resp = ix.search(query, limit=10)
    got = ids(resp)
    assert derived in got, got
    assert got.index(inflected) < got.index(derived)


def test_family_derivations_are_highlighted(ix: SearchIndex) -> None:
    hits = {h.id: h for h in ix.search("seutu", limit=10).hits}
    assert "<b>Seudullisen</b>" in hits["seudullinen-jatehuolto"].snippet


def test_similar_cases_with_why(ix: SearchIndex) -> None:
    resp = ix.similar("ilmasto-lahti", limit=5)
    got = ids(resp)
    assert "ilmasto-lahti" not in got and len(got) == 5
    # The other emission cases share the key term and the theme.
    assert set(got[:3]) <= EMISSIONS, got
    why = resp.hits[0].why
    assert why is not None and "päästö" in why["terms"] and why["themes"] == ["ymparisto"]
    assert resp.to_dict()["hits"][0]["why"] == why


def test_similar_prefers_shared_region_and_says_so(ix: SearchIndex) -> None:
    resp = ix.similar("ohjaamo-kajaani", limit=10)
    kainuu = [h for h in resp.hits if "Kainuu" in (h.why or {}).get("regions", [])]
    assert kainuu and all(h.regions == ["Kainuu"] for h in kainuu)


def test_similar_of_an_unknown_case_is_empty(ix: SearchIndex) -> None:
    resp = ix.similar("no-such-case")
    assert resp.total == 0 and resp.hits == []
