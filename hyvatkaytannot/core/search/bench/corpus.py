"""A synthetic but realistic Finnish corpus of case files for the benchmark.

Realism matters more than volume: Whoosh's cost grows with the vocabulary (inflected forms,
compounds) and Voikko's with the number of distinct words, so random strings would flatter
both. The sentences come from a file of real Finnish sentences given as an argument (`bench
--sentences FILE`, e.g. the UD treebank sentences kept outside the package); without it, from
the small word list below, written for this project, recombined into sentence-like word
sequences: a far smaller vocabulary, so those figures are not comparable (the bench says so
loudly).

Recycled sentences would keep the vocabulary fixed while the corpus grows, which flatters
large sizes. So each case also gets a few words of its own (NEW_WORDS_PER_CASE): compounds of
two words of the sentences and an invented proper name, as real cases bring new project
names, places and compounds: the vocabulary grows with the number of cases.

Each case is a real Markdown file with front matter that the loader accepts: real
municipalities with their regions (resources/data/municipalities.csv), themes from
themes.yaml, a status and a period, ~900 words in the six standard sections.
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from hyvatkaytannot.core.case import SECTIONS, STATUSES
from hyvatkaytannot.core.resources import resource_path

# Written last into a corpus folder: what it holds (write_corpus then keeps it).
MARKER = ".corpus.json"
# Words of its own per case (see the module docstring): the vocabulary grows with the size.
NEW_WORDS_PER_CASE = 4
NOT_COMPARABLE = (
    "WARNING: no sentence file given (--sentences FILE): the corpus is made of a "
    "{n}-word list, and its figures are NOT comparable with figures on real sentences "
    "(builds look about twice as fast, phrases several times slower)."
)

# Fallback vocabulary: inflected forms and compounds typical of municipal reports.
FALLBACK_WORDS = [
    "kunta",
    "kunnan",
    "kunnassa",
    "kuntien",
    "kunnille",
    "kuntaa",
    "kaupunki",
    "kaupungin",
    "kaupungissa",
    "kaupunkien",
    "hanke",
    "hankkeen",
    "hankkeessa",
    "hankkeet",
    "hankkeiden",
    "hankkeelle",
    "yhteistyö",
    "yhteistyön",
    "yhteistyössä",
    "yhteistyötä",
    "elinvoima",
    "elinvoiman",
    "elinvoimaa",
    "elinvoimapalvelut",
    "elinvoimapalvelujen",
    "elinkeino",
    "elinkeinojen",
    "yrittäjä",
    "yrittäjien",
    "yrittäjille",
    "yritys",
    "yritysten",
    "yrityksille",
    "asukas",
    "asukkaiden",
    "asukkaille",
    "asukkaat",
    "palvelu",
    "palvelun",
    "palvelut",
    "palveluiden",
    "palveluja",
    "hyvinvointi",
    "hyvinvoinnin",
    "hyvinvointia",
    "työhyvinvointi",
    "työhyvinvoinnin",
    "henkilöstö",
    "henkilöstön",
    "henkilöstölle",
    "johtaminen",
    "johtamisen",
    "johtamista",
    "johtoryhmä",
    "johtoryhmän",
    "kehittäminen",
    "kehittämisen",
    "kehittämistä",
    "kehittämishanke",
    "strategia",
    "strategian",
    "seutustrategia",
    "maakunta",
    "maakunnan",
    "maakunnassa",
    "seutu",
    "seudun",
    "seudulla",
    "seudullinen",
    "osallisuus",
    "osallisuuden",
    "osallistaminen",
    "osallistamisen",
    "vuorovaikutus",
    "vuorovaikutuksen",
    "nuoret",
    "nuorten",
    "nuorille",
    "koulu",
    "koulun",
    "kouluissa",
    "kirjasto",
    "kirjaston",
    "kirjastossa",
    "vesihuolto",
    "vesihuollon",
    "liikenne",
    "liikenteen",
    "joukkoliikenne",
    "matkailu",
    "matkailun",
    "matkailuyhdistys",
    "markkinointi",
    "markkinoinnin",
    "kuntamarkkinointi",
    "rahoitus",
    "rahoituksen",
    "tuki",
    "tuen",
    "tukea",
    "avustus",
    "avustuksen",
    "arviointi",
    "arvioinnin",
    "tulokset",
    "tuloksia",
    "tavoite",
    "tavoitteet",
    "tavoitteena",
    "toteutus",
    "toteutettiin",
    "toteutettu",
    "kokeilu",
    "kokeilun",
    "kokeiltiin",
    "malli",
    "mallin",
    "toimintamalli",
    "toimintamallin",
    "käytäntö",
    "käytännöt",
    "käytäntöjä",
    "hyvät",
    "hyvä",
    "uusi",
    "uuden",
    "uudet",
    "uusia",
    "pieni",
    "pienen",
    "pienessä",
    "suuri",
    "suuren",
    "yhteinen",
    "yhteisen",
    "yhteisesti",
    "vahva",
    "vahvan",
    "vahvisti",
    "kehitti",
    "laati",
    "sopi",
    "järjesti",
    "kokosi",
    "paransi",
    "lisäsi",
    "vähensi",
    "tärkeä",
    "tärkeää",
    "keskeinen",
    "keskeisenä",
    "onnistunut",
    "onnistui",
    "haaste",
    "haasteena",
    "haasteita",
    "vuonna",
    "vuoden",
    "vuosina",
    "aikana",
    "jälkeen",
    "ennen",
    "kanssa",
    "mukaan",
    "myös",
    "sekä",
    "että",
    "mutta",
    "kun",
    "jossa",
    "joka",
    "jotka",
    "oli",
    "olivat",
    "on",
    "ovat",
    "voidaan",
    "saatiin",
    "tehtiin",
    "pidettiin",
    "nähtiin",
]


@dataclass(frozen=True)
class Place:
    municipality: str
    region: str


def sentence_source(path: Path | None = None) -> tuple[list[str], str, bool]:
    """(sentences, description of the source, whether they are real sentences). A given
    path must exist: a typo must not fall back silently to the word list."""
    if path is not None:
        lines = [ln.strip() for ln in Path(path).read_text(encoding="utf-8").splitlines()]
        sentences = [ln for ln in lines if len(ln.split()) >= 4]
        if not sentences:
            raise ValueError(f"{path}: no sentences (lines of 4 words or more)")
        return sentences, f"{Path(path).name} ({len(sentences)} real sentences)", True
    rng = random.Random(7)
    made = []
    for _ in range(3000):
        words = rng.choices(FALLBACK_WORDS, k=rng.randint(6, 16))
        made.append(" ".join(words).capitalize() + ".")
    return made, f"shipped word list ({len(FALLBACK_WORDS)} words; NOT comparable)", False


_SYLLABLES = [c + v for c in "klmnprstv" for v in "aeiou"]


def _new_words(rng: random.Random, pool: list[str]) -> list[str]:
    """Words this case brings: compounds of two words of the sentences, and a name."""
    out = []
    for _ in range(NEW_WORDS_PER_CASE - 1):
        a, b = rng.choice(pool), rng.choice(pool)
        out.append(a + b)
    name = "".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))).capitalize()
    out.append(name + rng.choice(("n hanke", "n malli", " -verkosto", "n kylä")))
    return out


def _word_pool(sentences: list[str]) -> list[str]:
    words = {w.lower() for s in sentences[:20000] for w in re.findall(r"[a-zåäö]{4,10}", s)}
    return sorted(words)


def places() -> list[Place]:
    with resource_path("data", "municipalities.csv").open(encoding="utf-8") as f:
        return [Place(r["name_fi"], r["region_fi"]) for r in csv.DictReader(f)]


def theme_ids() -> list[str]:
    data = yaml.safe_load(resource_path("themes.yaml").read_text(encoding="utf-8")) or []
    return [str(t["id"]) for t in data if isinstance(t, dict) and t.get("id")]


def _title(rng: random.Random, sentences: list[str]) -> str:
    words = re.findall(r"[\wÅÄÖåäö-]+", rng.choice(sentences))
    words = [w for w in words if len(w) > 2] or ["Hanke"]
    return " ".join(words[: rng.randint(3, 7)]).capitalize()


def write_corpus(
    folder: Path,
    n: int,
    seed: int = 1,
    words_per_case: int = 900,
    sentences_path: Path | None = None,
) -> str:
    """Write n case files into folder; returns the description of the sentence source.
    A folder holding the same corpus already (its MARKER matches) is kept as it is: at
    100,000 cases writing it takes minutes."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences, source, _real = sentence_source(sentences_path)
    marker = folder / MARKER
    what = json.dumps([n, seed, words_per_case, source, NEW_WORDS_PER_CASE])
    if marker.is_file() and marker.read_text(encoding="utf-8") == what:
        return source + ", written before"
    pool = _word_pool(sentences)
    rng = random.Random(seed)
    all_places = places()
    themes = theme_ids()
    per_section = max(20, words_per_case // len(SECTIONS))
    for i in range(n):
        chosen = rng.sample(all_places, k=rng.choice((1, 1, 1, 2, 3)))
        start = rng.randint(2008, 2025)
        end = start + rng.randint(0, 4)
        status = rng.choice(STATUSES)
        front = {
            "id": f"case-{i:06d}",
            "title": _title(rng, sentences),
            "summary": " ".join(rng.sample(sentences, 2)),
            "municipalities": sorted({p.municipality for p in chosen}),
            "themes": rng.sample(themes, k=rng.randint(1, 3)),
            "status": status,
            "period": {"start": f"{start}-01-01", "end": f"{end}-12-31"},
        }
        parts = ["---", yaml.safe_dump(front, allow_unicode=True, sort_keys=False).strip(), "---"]
        for heading in SECTIONS:
            parts.append(f"\n## {heading}\n")
            count = 0
            paragraph: list[str] = []
            while count < per_section:
                s = rng.choice(sentences)
                paragraph.append(s)
                count += len(s.split())
            if heading == SECTIONS[1]:
                paragraph.append(" ".join(_new_words(rng, pool)) + ".")
            parts.append(" ".join(paragraph))
        (folder / f"case-{i:06d}.md").write_text("\n".join(parts) + "\n", encoding="utf-8")
    marker.write_text(what, encoding="utf-8")
    return source
