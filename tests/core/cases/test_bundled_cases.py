"""Checks on the six cases bundled in practices/ (five in Finnish, one in Swedish).

The loader is written in parallel, so the front matter is parsed here with PyYAML's
safe_load directly: these tests pin the case format and the content, not the loader. The
fact lists are the checklist from each seed page (shared/seeds); the own-words test makes
sure no case copies the seed's sentences, only its facts.
"""

from __future__ import annotations

import csv
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
PRACTICES = REPO / "practices"
RESOURCES = REPO / "resources"
SEEDS = REPO.parent / "shared" / "seeds"

HEADINGS = (
    "Lähtökohdat",
    "Tavoitteet",
    "Toteutus",
    "Tulokset",
    "Opit ja siirrettävyys",
    "Lisätietoja",
)
HEADINGS_SV = (
    "Utgångsläge",
    "Mål",
    "Genomförande",
    "Resultat",
    "Lärdomar och överförbarhet",
    "Mer information",
)
SWEDISH = "suupohja-livskraft-och-regional-ledning"
# Seed file prefix for each bundled case. The Swedish case is written from the same seed as
# the Finnish Suupohja case (there is no Swedish seed), in its own words.
CASES = {
    "posio-yhteistyo": "000",
    "posio-yhteisollinen-johtaminen": "001",
    "suupohja-elinvoiman-johtaminen": "002",
    "orivesi-elinvoimapalvelut": "003",
    "tyon-rikastajat-ja-rakastajat": "004",
    SWEDISH: "002",
}
LANGUAGE = {SWEDISH: "sv"}  # the others are "fi"
UPDATED = {SWEDISH: "2026-12-07"}  # the others "2026-11-23"
REQUIRED = ("id", "title", "summary", "municipalities", "themes", "sources", "language")
STATUSES = ("suunnitteilla", "käynnissä", "päättynyt")
DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")

# Facts each case must carry over from its seed (exact substrings of the case file).
FACTS: dict[str, list[str]] = {
    "posio-yhteistyo": [
        "Heli Knutars",
        "ALKE",
        "10.10.2018",
        "Helsin",
        "1926",
        "3545",
        "506",
        "3300",
        "1,30",
        "Itä-Lapin seutukun",
        "Pentik Oy",
        "Korouma",
        "Riisitunturin kansallispuisto",
        "keramiikkasymposium",
        "Eija Ahola",
        "hallintojohtaja",
        "Marjo Paloniemi",
        "hyvinvointipalvelut",
        "Kari Laurila",
        "toimintaympäristöpalvelut",
        "Veli-Matti Ruotsalainen",
        "elinkeinokoordinaattori",
        "Mauri Hiltunen",
        "henkilöstön edustaja",
        "412",
        "397",
        "141",
        "65 %",
        "36 %",
        "50,09",
        "1.6.2015",
        "135 htv",
        "232",
        "Coronaria",
        "2013",
        "hyvinvointilautakun",
        "Hyvän mielen paikka",
        "Maaseudun sivistysliito",
        "työllistämisen",
        "hyvinvointijohtamisen malli",
        "Kyläkuva",
        "4H-yhdistyk",
        "ostopalvelusopimus",
        "Kuntamarkkinointi",
        "Matkailuyhdisty",
        "Kuntastrategia",
        "BDO",
        "Lapin liitto",
        "Maaseudun Arjen palveluverkko",
        "Työterveyslaitos",
        "yrittäj",
    ],
    "posio-yhteisollinen-johtaminen": [
        "210445",
        "Posion kunta",
        "Rovaniemen Koulutuskuntayhtymä",
        "Päivi Tuppurainen",
        "paivi.tuppurainen@posio.fi",
        "1.3.2022",
        "30.11.2023",
        "31.1.2022",
        "17 605",
        "35 210",
        "16.4.2024",
        "REDU Edu Oy",
        "Ulriika Leponie",
        "2019",
        "Kollektiivinen kapasiteetti",
        "työhyvinvointi",
        "hteisöllinen johtaminen",
        "johtamisosaami",
        "asiakaslähtöisyy",
        "esihenkilö",
        "johtoryhm",
        "etätyöpaj",
        "sparrau",
        "loppuraportti",
        "2024",
        "Työsuojelurahasto",
    ],
    "suupohja-elinvoiman-johtaminen": [
        "1.1.2017",
        "31.12.2018",
        "100 000",
        "TEKES",
        "Kauhajo",
        "Teuva",
        "Isojo",
        "Karijo",
        "2016",
        "SEK",
        "seudullinen johtoryhmä",
        "dynaaminen",
        "koordinoitu",
        "sitoutunut",
        "ennakoiva",
        "Turun yliopiston kauppakorkeakoulu",
        "toimintatutkimus",
        "MUKI",
        "Kunta verkostotoimijana: strategisen muutoksen johtaminen",
        "Kuntaliito",
        "Kuntatyönantaj",
        "reflektiotyöpaj",
        "vertaisoppimi",
        "arviointityöpaj",
        "integraattori",
        "Seudullisen yhteistyön johtamisen kehittäminen",
        "Seudullisen yhteistyön käynnistäminen ja kehittäminen eri tasoilla",
        "Elinvoimamittariston luominen",
        "elinvoimamittaristo",
        "Suupohjan ammatti-instituut",
        "Suupohjan peruspalveluliikelaitoskuntayhtymä",
        "puolen vuoden välein",
        "joka toinen kuukausi",
        "ammatillisen koulutuksen",
        "Olli Forstén",
        "040 708 5515",
        "projektipäällikkö",
        "seutustrategi",
        "kilpailut",
        "tekni",
    ],
    "orivesi-elinvoimapalvelut": [
        "Oriveden kaupun",
        "2018",
        "elinvoimapalvelujen yksik",
        "maankäyttö ja kaavoitus",
        "yrityspalvelut",
        "työllisyyspalvelut",
        "asumispalvelut",
        "joukkoliikenne",
        "viestintä ja markkinointi",
        "elinvoimaohjelma",
        "2018–2021",
        "yrittäjien",
        "valtuusto",
        "kehittämistoimikunta",
        "uottamushenkilö",
        "ohjausryhmä",
        "ilman ulkopuolista rahoitusta",
        "siilo",
        "me-henki",
        "Pirkanmaan liitto",
        "Pirkanmaan Yrittäjät",
        "2019",
        "Pirkko Lindström",
        "pirkko.lindstrom@orivesi.fi",
        "Elinvoimajohtaja",
        "10.3.2020",
        "käynnissä",
        "yhdistyks",
        "kuntalais",
        "vetovoima",
        "osallisuus",
    ],
    "tyon-rikastajat-ja-rakastajat": [
        "Haminan kaupunki",
        "Järvi-Saimaan Palvelut Oy",
        "Kontiolahden kunta",
        "Sulkavan kunta",
        "pelastuslaitokset",
        "Jaana Utti",
        "Tamora Oy",
        "jaana.utti[a]tamora.fi",
        "0400 574 451",
        "Ville Mäkelä",
        "ville.makela[a]tamora.fi",
        "044 373 3638",
        "Kunteko",
        "kunteko[a]kt.fi",
        "16.5.",
        "9–13",
        "Kontiolahdella",
        "14.11.2017",
        "Joensuussa",
        "kahden ensimmäisen verkostopäivän",
        "päivähinta",
        "muutosagent",
        "Tekojen Tori",
        "maakuntiin",
        "digitalisaatio",
        "uudistumiskyky",
        "elinvoimakunta",
        "rakastami",
    ],
    SWEDISH: [
        "1.1.2017",
        "31.12.2018",
        "100 000",
        "TEKES",
        "Kauhajoki",
        "Östermark",
        "Storå",
        "Bötom",
        "2016",
        "SEK",
        "regionala ledningsgrupp",
        "regionstrategi",
        "dynamiskt",
        "koordinerat",
        "engagerat",
        "förutseende",
        "kommundirektörerna",
        "samkommun",
        "förtroendevalda",
        "näringslivet",
        "integrator",
        "tekniska tjänsterna",
        "Handelshögskolan vid Åbo universitet",
        "Turun yliopiston kauppakorkeakoulu",
        "aktionsforskning",
        "MUKI",
        "Kunta verkostotoimijana: strategisen muutoksen johtaminen",
        "Kommunförbundet",
        "Kommunarbetsgivarna",
        "reflektionsworkshoppar",
        "kamratlärande",
        "utvärderingsworkshop",
        "Att utveckla ledningen av det regionala samarbetet",
        "Att starta och utveckla regionalt samarbete på olika nivåer",
        "Att skapa livskraftsmätare",
        "livskraftsmätare",
        "Suupohjan ammatti-instituutti",
        "Suupohjan peruspalveluliikelaitoskuntayhtymä",
        "halvårs mellanrum",
        "varannan månad",
        "yrkesutbildningen",
        "Olli Forstén",
        "040 708 5515",
        "Projektchef",
        "konkurrensutsätt",
    ],
}


def _split(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    assert m, f"{path.name}: no front matter block"
    meta = yaml.safe_load(m.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, m.group(2)


def _case_path(case_id: str) -> Path:
    return PRACTICES / f"{case_id}.md"


def _names(file: Path, column: str) -> set[str]:
    with file.open(encoding="utf-8", newline="") as f:
        return {row[column] for row in csv.DictReader(f)}


def _theme_ids() -> set[str]:
    data = yaml.safe_load((RESOURCES / "themes.yaml").read_text(encoding="utf-8"))
    return {entry["id"] for entry in data}


def _words(text: str) -> list[str | None]:
    """Lowercased whitespace-separated words with punctuation stripped from their edges.

    Data tokens (anything with a digit, an e-mail address, an obfuscated [a] address)
    become None: they are facts that must be carried over verbatim, so they break a run
    instead of counting as copied wording.
    """
    punct = string.punctuation + "–—”“’‘•→«»…"
    out: list[str | None] = []
    for raw in text.lower().split():
        word = raw.strip(punct)
        if not word:
            continue
        is_data = any(c.isdigit() for c in word) or "@" in word or "[a]" in word
        out.append(None if is_data else word)
    return out


def _runs(words: list[str | None], n: int) -> list[tuple[str, ...]]:
    runs = []
    for i in range(len(words) - n + 1):
        window = words[i : i + n]
        if None not in window:
            runs.append(tuple(w for w in window if w is not None))
    return runs


def test_each_id_exactly_once_and_matches_file_name() -> None:
    files = sorted(p for p in PRACTICES.glob("*.md") if p.name != "README.md")
    ids = [_split(p)[0]["id"] for p in files]
    assert sorted(ids) == sorted(CASES), ids
    for path in files:
        assert _split(path)[0]["id"] == path.stem


@pytest.mark.parametrize("case_id", CASES)
def test_front_matter_fields(case_id: str) -> None:
    meta, _ = _split(_case_path(case_id))
    for key in REQUIRED:
        assert meta.get(key), f"{case_id}: {key} missing or empty"
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", meta["id"])
    assert meta["language"] == LANGUAGE.get(case_id, "fi")
    assert meta["updated"] == UPDATED.get(case_id, "2026-11-23")
    assert isinstance(meta["updated"], str)
    assert "url" not in meta and all("url" not in s for s in meta["sources"])
    assert all(s.get("title") for s in meta["sources"])
    if "status" in meta:
        assert meta["status"] in STATUSES
    for key in ("start", "end"):
        value = meta.get("period", {}).get(key)
        if value is not None:
            # Quoted strings: YAML would turn a bare date into datetime.date.
            assert isinstance(value, str) and DATE.match(value), (case_id, key, value)
    funding = meta.get("funding", {})
    if "total_cost" in funding:
        assert isinstance(funding["total_cost"], int | float)
    for funder in funding.get("funders", []):
        assert funder["funder"]
        if "amount" in funder:
            assert isinstance(funder["amount"], int | float)
    for contact in meta.get("contacts", []):
        assert contact["name"]
        if "phone" in contact:
            assert isinstance(contact["phone"], str)


@pytest.mark.parametrize("case_id", CASES)
def test_six_headings_in_order(case_id: str) -> None:
    _, body = _split(_case_path(case_id))
    found = re.findall(r"^## (?!#)(.+?)\s*$", body, re.M)
    assert tuple(found) == (HEADINGS_SV if LANGUAGE.get(case_id) == "sv" else HEADINGS)


@pytest.mark.parametrize("case_id", CASES)
def test_municipalities_regions_and_themes_are_known(case_id: str) -> None:
    meta, _ = _split(_case_path(case_id))
    # A Swedish case names places in Swedish where a Swedish name exists.
    lang = LANGUAGE.get(case_id, "fi")
    csv_path = RESOURCES / "data" / "municipalities.csv"
    municipalities = _names(csv_path, f"name_{lang}")
    assert set(meta["municipalities"]) <= municipalities
    with csv_path.open(encoding="utf-8", newline="") as f:
        region_of = {row[f"name_{lang}"]: row[f"region_{lang}"] for row in csv.DictReader(f)}
    if "regions" in meta:
        assert set(meta["regions"]) == {region_of[m] for m in meta["municipalities"]}
    themes = meta["themes"]
    assert len(themes) == len(set(themes))
    assert set(themes) <= _theme_ids()


@pytest.mark.parametrize(
    ("case_id", "fact"), [(case_id, fact) for case_id, facts in FACTS.items() for fact in facts]
)
def test_key_fact_present(case_id: str, fact: str) -> None:
    assert fact in _case_path(case_id).read_text(encoding="utf-8")


def test_every_case_has_at_least_ten_facts_listed() -> None:
    assert set(FACTS) == set(CASES)
    assert all(len(facts) >= 10 for facts in FACTS.values())


@pytest.mark.parametrize("case_id", CASES)
def test_written_in_own_words(case_id: str) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed pages not available at {SEEDS}")
    (seed,) = SEEDS.glob(f"{CASES[case_id]}_*.txt")
    n = 7
    seed_runs = set(_runs(_words(seed.read_text(encoding="utf-8")), n))
    case_runs = _runs(_words(_case_path(case_id).read_text(encoding="utf-8")), n)
    copied = [" ".join(run) for run in case_runs if run in seed_runs]
    assert not copied, f"{case_id} copies seed text: {copied}"


def test_the_swedish_case_is_not_the_finnish_one_translated() -> None:
    # Same seed, same facts, own text: no long run of words in common with the Finnish case
    # beyond names (a sentence-by-sentence translation would share its proper-noun runs).
    finnish = _runs(_words(_split(_case_path("suupohja-elinvoiman-johtaminen"))[1]), 4)
    swedish = _runs(_words(_split(_case_path(SWEDISH))[1]), 4)
    shared = sorted({" ".join(r) for r in swedish} & {" ".join(r) for r in finnish})
    assert len(shared) <= 3, shared  # the MUKI application's title, kept in Finnish


def test_readme_documents_every_theme_and_a_valid_minimal_example() -> None:
    readme = (PRACTICES / "README.md").read_text(encoding="utf-8")
    for theme in _theme_ids():
        assert f"`{theme}`" in readme, theme
    example = re.search(r"```markdown\n(.*?)```", readme, re.S)
    assert example, "README has no minimal example"
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", example.group(1), re.S)
    assert m, "the README example has no front matter block"
    meta = yaml.safe_load(m.group(1))
    assert meta["id"] and meta["title"]
    assert re.findall(r"^## (.+?)\s*$", m.group(2), re.M) == list(HEADINGS)
    assert set(meta["themes"]) <= _theme_ids()
