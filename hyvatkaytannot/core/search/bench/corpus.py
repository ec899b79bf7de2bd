"""A synthetic but realistic Finnish corpus of case files for the benchmark.

Realism matters more than volume: Whoosh's cost grows with the vocabulary (inflected forms,
compounds) and Voikko's with the number of distinct words, so random strings would flatter
both. The sentences come from fi-sentences.txt (real Finnish from the UD treebanks, CC BY-SA
4.0, not shipped in the package) when it is found; otherwise from the small word list below,
written for this project, recombined into sentence-like word sequences (a smaller vocabulary,
so figures from it are optimistic; the bench says which source it used).

Each case is a real Markdown file with front matter that the loader accepts: real
municipalities with their regions (resources/data/municipalities.csv), themes from
themes.yaml, a status and a period, ~900 words in the six standard sections.
"""

from __future__ import annotations

import csv
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from hyvatkaytannot.core.case import SECTIONS, STATUSES
from hyvatkaytannot.core.resources import resource_path

ENV_SENTENCES = "HYVATKAYTANNOT_BENCH_SENTENCES"
_REPO = Path(__file__).resolve().parents[4]
DEFAULT_SENTENCES = _REPO.parent / "shared" / "eval" / "fi-sentences.txt"

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


def sentence_source(path: Path | None = None) -> tuple[list[str], str]:
    """(sentences, description of the source)."""
    candidates = [path] if path else []
    if os.environ.get(ENV_SENTENCES):
        candidates.append(Path(os.environ[ENV_SENTENCES]))
    candidates.append(DEFAULT_SENTENCES)
    for p in candidates:
        if p is not None and p.is_file():
            lines = [ln.strip() for ln in p.read_text(encoding="utf-8").splitlines()]
            sentences = [ln for ln in lines if len(ln.split()) >= 4]
            if sentences:
                return sentences, f"{p.name} ({len(sentences)} real sentences)"
    rng = random.Random(7)
    made = []
    for _ in range(3000):
        words = rng.choices(FALLBACK_WORDS, k=rng.randint(6, 16))
        made.append(" ".join(words).capitalize() + ".")
    return made, f"shipped word list ({len(FALLBACK_WORDS)} words; optimistic figures)"


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
    """Write n case files into folder; returns the description of the sentence source."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences, source = sentence_source(sentences_path)
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
            parts.append(" ".join(paragraph))
        (folder / f"case-{i:06d}.md").write_text("\n".join(parts) + "\n", encoding="utf-8")
    return source
