"""Swedish cases and Swedish place names in the search (real files, real index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core.case import Case
from hyvatkaytannot.core.search import SearchIndex
from hyvatkaytannot.core.search import analysis_bridge as fi

from .conftest import load_folder, no_user_layer, write_case

SWEDISH_BODY = """
## Utgångsläge
Välfärdsområdet och kommunen saknade en gemensam modell för hemvården av äldre.

## Mål
Äldre invånare ska kunna bo hemma längre med stöd av hemtjänsten.

## Genomförande
Kommunerna ordnade träffar där vårdarna och anhöriga planerade besöken tillsammans.

## Resultat
Besöken blev färre men längre, och invånarnas trygghet ökade.

## Lärdomar och överförbarhet
Modellen passar andra tvåspråkiga kommuner.

## Mer information
Kontakta äldreomsorgen.
"""


def ids(ix: SearchIndex, query: str) -> set[str]:
    return {h.id for h in ix.search(query, limit=50).hits}


@pytest.fixture
def bilingual(library: Path, search_index: SearchIndex) -> SearchIndex:
    write_case(
        library,
        "borga-hemvard",
        "Hemvård i samarbete med anhöriga",
        SWEDISH_BODY,
        summary="Äldre bor hemma längre när hemtjänsten och de anhöriga planerar tillsammans.",
        municipalities=["Borgå"],
        language="sv",
        period={"start": 2023},
    )
    cases = load_folder(library)
    search_index.sync(cases, no_user_layer)
    return search_index


def test_swedish_sections_map_to_the_six_sections(library: Path, cases: dict[str, Case]) -> None:
    write_case(library, "sv-case", "Titel", SWEDISH_BODY, language="sv")
    case = load_folder(library)["sv-case"]
    assert list(case.sections) == [
        "Lähtökohdat",
        "Tavoitteet",
        "Toteutus",
        "Tulokset",
        "Opit ja siirrettävyys",
        "Lisätietoja",
    ]
    assert case.municipalities == []
    assert case.language == "sv"


def test_swedish_case_found_by_inflected_forms_and_compound_parts(bilingual: SearchIndex) -> None:
    assert "borga-hemvard" in ids(bilingual, "kommun")  # text has "kommunen", "kommunerna"
    assert "borga-hemvard" in ids(bilingual, "invånarna")  # text has "invånare", "invånarnas"
    assert "borga-hemvard" in ids(bilingual, "område")  # a part of "välfärdsområdet"
    assert "borga-hemvard" in ids(bilingual, "välfärdsområden")
    assert "borga-hemvard" in ids(bilingual, "omsorg")  # a part of "äldreomsorgen"


def test_a_result_shows_its_language(bilingual: SearchIndex) -> None:
    hits = {h.id: h for h in bilingual.search("hemvården").hits}
    assert hits["borga-hemvard"].language == "sv"
    finnish = bilingual.search("öljyntorjunta").hits
    assert finnish and finnish[0].language == "fi"


def test_finnish_words_still_find_finnish_cases(bilingual: SearchIndex) -> None:
    assert ids(bilingual, "öljyntorjunnan") == {"porvoo-oljyntorjunta"}
    # Both languages: "Porvoo" finds the Finnish case and the Swedish one (stored as Porvoo).
    assert ids(bilingual, "Porvoossa") == {"porvoo-oljyntorjunta", "borga-hemvard"}


@pytest.mark.parametrize(
    ("query", "case_id"),
    [
        ("Borgå", "porvoo-oljyntorjunta"),
        ("i Borgå", "porvoo-oljyntorjunta"),
        ("Borgås", "porvoo-oljyntorjunta"),
        ("kunta:Borgå", "porvoo-oljyntorjunta"),
        ("Östermark", "suupohja-seutustrategia"),
        ("Nyland", "porvoo-oljyntorjunta"),
        ("Nylands", "porvoo-oljyntorjunta"),
        ("maakunta:Nyland", "porvoo-oljyntorjunta"),
        ("tila:pågående", "porvoo-oljyntorjunta"),
    ],
)
def test_swedish_place_names_find_finnish_cases(
    synced: SearchIndex, query: str, case_id: str
) -> None:
    assert case_id in ids(synced, query)


def test_finnish_only_library_analyses_queries_in_finnish_only(synced: SearchIndex) -> None:
    synced.search("kunta")
    assert fi.query_languages() == ("fi",)


def test_bilingual_library_analyses_queries_in_both(bilingual: SearchIndex) -> None:
    bilingual.search("kunta")
    assert fi.query_languages() == ("fi", "sv")
    assert "kommun" in fi.query_keys("kommunerna")
    assert "kunta" in fi.query_keys("kuntien")


def test_check_accepts_swedish_headings_and_names_missing_ones_in_swedish(library: Path) -> None:
    from hyvatkaytannot.core.loader.parse import parse_file

    body = SWEDISH_BODY.replace("## Resultat\n", "")
    path = write_case(library, "sv-missing", "Titel", body, language="sv")
    case, problems = parse_file(path, library)
    assert case is not None
    messages = [p.message for p in problems]
    assert messages[-1] == "Tekstistä puuttuu väliotsikko: ## Resultat."
    assert not any("Tuntematon väliotsikko" in m for m in messages)


def test_unknown_language_code_is_a_warning(library: Path) -> None:
    from hyvatkaytannot.core.loader.parse import parse_file

    path = write_case(library, "de-case", "Titel", SWEDISH_BODY, language="de")
    case, problems = parse_file(path, library)
    assert case is not None
    assert any("”de”" in p.message and not p.is_error for p in problems)


def test_new_swedish_case_and_heading_translation() -> None:
    from hyvatkaytannot.core.curate.template import new_case_text, translate_headings

    text = new_case_text("Ny modell", language="sv")
    assert "language: sv" in text and "## Utgångsläge" in text and "## Lähtökohdat" not in text
    body = "## Lähtökohdat\nText.\n\n## Oma otsikko\n\n## Lisätietoja ##\n"
    assert translate_headings(body, "sv") == (
        "## Utgångsläge\nText.\n\n## Oma otsikko\n\n## Mer information ##\n"
    )
    assert translate_headings(translate_headings(body, "sv"), "fi") == body


def test_theme_search_in_swedish(synced: SearchIndex) -> None:
    # porvoo-oljyntorjunta has the theme "yhteistyo" (sv: Samarbete över förvaltningsgränser).
    assert "porvoo-oljyntorjunta" in ids(synced, "Samarbete")
    assert "porvoo-oljyntorjunta" in ids(synced, "teema:samarbete")
    assert "porvoo-oljyntorjunta" in ids(synced, "teema:yhteistyö")


def test_theme_search_in_inflected_swedish_when_the_library_is_bilingual(
    bilingual: SearchIndex,
) -> None:
    assert "porvoo-oljyntorjunta" in ids(bilingual, "samarbetet")


@pytest.mark.parametrize(
    ("municipality", "queries"),
    [
        ("Hamina", ["Fredrikshamn", "i Fredrikshamn", "Fredrikshamns", "Haminassa"]),
        ("Turku", ["Åbo", "i Åbo", "Åbos", "Turussa", "kunta:Åbo"]),
        ("Helsinki", ["Helsingfors", "i Helsingfors", "Helsingissä"]),
        ("Teuva", ["Östermark", "Östermarks", "Teuvalla"]),
    ],
)
def test_municipalities_by_their_swedish_and_finnish_names(
    library: Path, search_index: SearchIndex, municipality: str, queries: list[str]
) -> None:
    write_case(
        library,
        "place-case",
        "Kirjastoauto kylille",
        "## Toteutus\nKirjastoauto kiersi kylissä.",
        municipalities=[municipality],
    )
    search_index.sync(load_folder(library), no_user_layer)
    for query in queries:
        assert "place-case" in ids(search_index, query), query


def _last_line_of(script: str) -> str:
    """Run `script` in a fresh interpreter from the repository root; its last output line."""
    import subprocess
    import sys

    root = Path(__file__).parents[3]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def test_a_finnish_only_library_never_loads_the_swedish_lexicon(tmp_path: Path) -> None:
    """The lexicon takes ~110 MB: only Swedish cases or a bilingual query may load it."""
    script = f"""
import sys
from pathlib import Path
from tests.core.search.conftest import write_case, load_folder, no_user_layer
from hyvatkaytannot.core.search import SearchIndex
folder = Path({str(tmp_path)!r}) / "cases"
folder.mkdir()
write_case(folder, "a", "Kirjasto", "## Toteutus\\nKirjastoauto.", municipalities=["Porvoo"],
           themes=["yhteistyo"])
ix = SearchIndex(Path({str(tmp_path)!r}) / "index", None)
ix.sync(load_folder(folder), no_user_layer)
hits = [h.id for h in ix.search("Borgå samarbete").hits]
print(hits, "simplemma" in sys.modules)
"""
    assert _last_line_of(script) == "['a'] False"


def test_a_finnish_query_in_a_bilingual_library_does_not_wait_for_the_lexicon(
    tmp_path: Path,
) -> None:
    """A one-shot search of Finnish words (the CLI's, on an index built before) never
    loads the Swedish lexicon, though the library holds a Swedish case; a Swedish word
    then loads it and finds its case."""
    setup = f"""
from pathlib import Path
from tests.core.search.conftest import write_case, load_folder, no_user_layer
from hyvatkaytannot.core.search import SearchIndex
folder = Path({str(tmp_path)!r}) / "cases"
folder.mkdir()
write_case(folder, "a", "Kirjasto", "## Toteutus\\nKirjastoauto kiersi kylissä.")
write_case(folder, "b", "Bibliotek", "## Genomförande\\nBokbussen körde i byarna.",
           language="sv")
ix = SearchIndex(Path({str(tmp_path)!r}) / "index", None)
ix.sync(load_folder(folder), no_user_layer)
ix.close()
"""
    search = f"""
import sys
from pathlib import Path
from tests.core.search.conftest import load_folder, no_user_layer
from hyvatkaytannot.core.search import SearchIndex
ix = SearchIndex(Path({str(tmp_path)!r}) / "index", None)
ix.sync(load_folder(Path({str(tmp_path)!r}) / "cases"), no_user_layer)
finnish = [h.id for h in ix.search("kirjastoautolla kylissä").hits]
loaded_after_finnish = "simplemma" in sys.modules
swedish = [h.id for h in ix.search("bokbussarna").hits]
print(finnish, loaded_after_finnish, swedish)
"""
    _last_line_of(setup)
    assert _last_line_of(search) == "['a'] False ['b']"
