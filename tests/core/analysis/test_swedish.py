"""Swedish analysis: lemmas, the rules on top of simplemma, compound parts, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from hyvatkaytannot.cli import main
from hyvatkaytannot.core.analysis import swedish
from hyvatkaytannot.core.analysis.languages import index_keys, query_keys, swedish_keys

COMPOUNDS = Path(__file__).parents[3] / "benchmarks" / "data" / "swedish-compounds.tsv"


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("kommunerna", "kommun"),
        ("kommunens", "kommun"),
        ("områdena", "område"),
        ("hölls", "hålla"),
        ("orsaken", "orsak"),
        ("orsak", "orsak"),  # not the verb "orsaka": the bare noun keeps itself
        ("FN:s", "fn"),
    ],
)
def test_inflected_forms_meet_at_the_lemma(form: str, key: str) -> None:
    assert key in query_keys(form, "sv")


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("bröt", "bryta"),
        ("hållits", "hålla"),
        ("hölls", "hålla"),
        ("kan", "kunna"),
        ("satt", "sitta"),
        ("satt", "sätta"),
        ("andra", "annan"),
        ("inga", "ingen"),
        ("fattade", "fatta"),  # a past participle keys as its verb
        ("hela", "hel"),  # an inflected adjective the lexicon lists as a lemma
        ("osäkra", "osäker"),
    ],
)
def test_irregular_forms(form: str, key: str) -> None:
    assert key in query_keys(form, "sv")


def test_homographs_keep_both_readings() -> None:
    assert {"stiga", "steg"} <= set(query_keys("steg", "sv"))
    assert set(query_keys("steg", "sv")) & set(query_keys("steget", "sv"))


def test_verb_forms_the_lexicon_gives_to_another_word() -> None:
    # From the public file's misses: present tense is not an agent noun, a preterite
    # passive is not a participle (but a deponent stays itself), an infinitive whose own
    # present tense points back to it is not another verb.
    q = lambda w: swedish_keys(w)[1]  # noqa: E731
    assert "vårda" in q("vårdar") and "vårdare" not in q("vårdar")
    assert "utmärka" in q("utmärktes")
    assert q("tycktes") == ("tyckas",)  # the lexicon says so; not tycka
    assert "handla" in q("handla") and "handla" in q("handlar")
    assert "råda" in q("råda") and "råda" in q("råder")
    # Adjectives' -a forms keep their base: not verbs that happen to exist.
    assert "hel" in q("hela") and "stor" in q("stora")


def test_genitive_and_adverb_key_as_both() -> None:
    assert {"dags", "dag"} <= set(query_keys("dags", "sv"))
    assert set(query_keys("dag", "sv")) & set(index_keys("dags", "sv"))


def test_compound_parts_are_index_keys_only() -> None:
    index, query = swedish_keys("välfärdsområdet")
    assert {"välfärd", "område"} <= set(index)
    assert query == ("välfärdsområde",)
    # Every inflected form of the compound has the same whole-word key.
    assert swedish_keys("välfärdsområdena")[1] == query


def test_verb_prefixes_and_inflection_are_not_compounds() -> None:
    assert swedish.split_compound("förändringen") is None
    assert swedish.split_compound("undersökningen") is None
    assert swedish.split_compound("kommunerna") is None
    assert swedish.split_compound("regeringen") is None


def test_unknown_word_gets_a_stem_shared_by_its_forms() -> None:
    first = set(query_keys("xyzqvistarna", "sv"))
    assert first and first == set(query_keys("xyzqvistar", "sv"))


def test_hyphenated_word_indexes_its_pieces() -> None:
    index = set(index_keys("EU-stödet", "sv"))
    assert "eustöd" in index and "stöd" in index
    assert query_keys("u-länderna", "sv") == query_keys("u-land", "sv") == ["uland"]


def test_compound_list_parts_found_and_plain_words_not_split() -> None:
    """The small compound set of the benchmark: every part finds its compound."""
    for line in COMPOUNDS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _, parts = line.partition("\t")
        keys = set(index_keys(form, "sv"))
        for part in filter(None, parts.strip().split("+")):
            assert keys & set(query_keys(part, "sv")), (form, part, keys)
        if not parts.strip():
            assert swedish.split_compound(form) is None, form


def test_finnish_stays_the_default() -> None:
    assert query_keys("kuntien") == ["kunta"]


def test_analyze_lang_sv(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path), "analyze", "--lang", "sv", "välfärdsområdet"]
    )
    assert result.exit_code == 0, result.output
    word, keys = result.output.splitlines()[0].split("\t")
    assert word == "välfärdsområdet"
    assert {"välfärdsområde", "välfärd", "område"} <= set(keys.split(" "))
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(tmp_path), "analyze", "--lang", "sv", "--mode", "query", "-"],
        input="kommunerna\n",
    )
    assert result.output.splitlines() == ["kommunerna\tkommun"]
