"""Municipalities and regions from names in any inflected form.

Design decisions:
- A capitalised word is looked up through Voikko's place-name readings ("Posiolla" →
  Posio, "Kauhajoen" → Kauhajoki, "Mänttä-Vilppulan" → Mänttä-Vilppula); a name Voikko does
  not know is matched by its written form plus a Finnish case ending.
- Names are compared without case, hyphens and spaces, against municipalities.csv (Finnish
  and Swedish names), regions.csv and former_municipalities.csv. A former municipality is
  proposed with a note to review it (the 2026 list does not know it), never dropped.
- Not every mention makes a case's place. A genitive that is part of an organisation's
  name ("Rovaniemen Koulutuskuntayhtymä", "Turun yliopiston") and the place of an event on
  a line of its own next to a date ("10.10.2018 / Helsinki") are evidence only; a place
  needs at least one other mention to be proposed.
- Regions: those of the proposed municipalities plus regions named outside organisation
  names ("Lapissa", "Pirkanmaan maakunnassa").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.analysis import query_keys, tokenize
from hyvatkaytannot.core.capture.proposal import Proposal, snippet
from hyvatkaytannot.core.resources import resource_path

# The head word after a genitive place name that makes the name part of an organisation.
ORGANISATION_HEADS = frozenset(
    {
        "yliopisto",
        "korkeakoulu",
        "ammattikorkeakoulu",
        "kuntayhtymä",
        "koulutuskuntayhtymä",
        "ammattiopisto",
        "opisto",
        "seurakunta",
        "sairaanhoitopiiri",
        "liitto",
        "yrittäjä",
        "kauppakamari",
        "osuuspankki",
        "säästöpankki",
        "lukio",
        "kansalaisopisto",
        "kesäyliopisto",
        "ammatti-instituutti",
        "yhdistys",
        "hiippakunta",
        "käräjäoikeus",
        "hovioikeus",
        "poliisilaitos",
        "pelastuslaitos",
        "energia",
        "vesi",
        "sanomat",
        "kehitys",
        "kehittämiskeskus",
        "tiedepuisto",
        "yritystalo",
    }
)
# After a place name these make it certainly the municipality itself.
MUNICIPAL_HEADS = frozenset({"kunta", "kaupunki"})
# Written-form fallback: Finnish case endings after a name Voikko does not know.
_ENDINGS = (
    "",
    "n",
    "ssa",
    "ssä",
    "sta",
    "stä",
    "lla",
    "llä",
    "lta",
    "ltä",
    "lle",
    "an",
    "en",
    "in",
    "on",
    "un",
    "yn",
    "än",
    "ön",
    "hin",
    "seen",
    "na",
    "nä",
    "ksi",
    "a",
    "ä",
)
_DATE_ONLY = re.compile(r"^[\s\d./,–-]*$")
_DAY = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4})?")


def _sentence(text: str, pos: int) -> str:
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return text[a : min(ends) if ends else len(text)]


@dataclass(frozen=True)
class Place:
    kind: str  # municipality, former, region
    name: str  # Finnish name as the case format writes it
    region: str | None = None
    note: str = ""


def _key(name: str) -> str:
    return re.sub(r"[\s\-\u2011]", "", name).casefold()


@cache
def _places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for m in reference.municipalities():
        place = Place("municipality", m.name_fi, m.region_fi)
        places.setdefault(_key(m.name_sv), place)
        places[_key(m.name_fi)] = place
        first = m.name_fi.split()[0]
        if " " in m.name_fi and first.endswith("n"):  # "Pedersören kunta"
            places.setdefault(_key(first[:-1]), place)
    with resource_path("data", "former_municipalities.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            year = f" vuonna {row['year']}" if row.get("year") else ""
            note = (
                f"{row['name_fi']} ei ole vuoden 2026 kuntaluettelossa: se liitettiin "
                f"kuntaan {row['merged_into']}{year}. Tarkista."
            )
            region = reference.region_for(row["merged_into"])
            places.setdefault(
                _key(row["name_fi"]),
                Place("former", row["name_fi"], region.fi if region else None, note),
            )
    for r in reference.regions():
        places.setdefault(_key(r.fi), Place("region", r.fi))
        places.setdefault(_key(r.sv), Place("region", r.fi))
    # Swedish short forms clash with Finnish words ("Ii", "Pello" are fine; these are not).
    return places


@lru_cache(maxsize=50_000)
def _analyse(word: str) -> tuple[str, ...]:
    """Voikko's raw readings of a lower-case word, memoised: one FST lookup costs ~1 ms and
    names repeat through a document."""
    from hyvatkaytannot.core.analysis.backend import morphology

    return tuple(morphology().analyse(word))


def _place_readings(word: str) -> list[tuple[str, str]]:
    """(key, case tag) of each place-name reading Voikko gives for `word`."""
    out = []
    for raw in _analyse(word.lower()):
        if "[Lep]" not in raw:
            continue
        bases = re.findall(r"\[Xp\]([^\[]*)\[X\]", raw)
        cases = re.findall(r"\[S([a-z]+)\]", raw)
        out.append((_key("".join(bases).replace("=", "")), cases[-1] if cases else ""))
    return out


def _lookup(word: str) -> tuple[Place, str] | None:
    places = _places()
    for key, case in _place_readings(word):
        if key in places:
            return places[key], case
    raw = _analyse(word.lower())
    if any("[Lep]" in r for r in raw):
        # A compound whose first part is a place ("Kemiönsaaren" = Kemiö + saari): the
        # index key keeps earlier parts as written and the last as its lemma.
        for key in query_keys(word):
            if _key(key) in places:
                return places[_key(key)], "g" if word.endswith("n") else ""
    if raw:
        return None  # a common word ("Pohjana" is not the former Pohja)
    low = _key(word)
    for ending in _ENDINGS:
        if low.endswith(ending) and low[: len(low) - len(ending)] in places:
            stem = low[: len(low) - len(ending)]
            if len(stem) >= 3 or ending == "":
                return places[stem], "g" if ending.endswith("n") else ""
    return None


def _head_lemmas(word: str) -> set[str]:
    return {k.replace("-", "") for k in query_keys(word)} | {word.lower()}


@dataclass
class Places:
    municipalities: list[Proposal]
    regions: list[Proposal]


def propose_places(text: str) -> Places:
    tokens = tokenize(text)
    strong: dict[str, Proposal] = {}
    weak: dict[str, Proposal] = {}
    kinds: dict[str, Place] = {}
    for i, (word, start, end) in enumerate(tokens):
        if not word[:1].isupper() or len(word) < 2 or word.isupper() and len(word) > 4:
            continue
        found = _lookup(word)
        if found is None:
            continue
        place, case = found
        if _sentence_initial(text, start) and _common_word(word) and not _municipal_next(tokens, i):
            continue  # "Pohjana …" starts a sentence; it is not the former Pohja
        kinds[place.name] = place
        evidence = snippet(text, start, end)
        target = strong if _is_strong(text, tokens, i, case) else weak
        target.setdefault(place.name, Proposal(place.name, note=place.note)).add(evidence)
        target[place.name].score += 1
    municipalities = [
        p for name, p in strong.items() if kinds[name].kind in ("municipality", "former")
    ]
    for p in municipalities:
        for e in weak.get(p.value, Proposal(None)).evidence:
            p.add(e)
    regions: dict[str, Proposal] = {}
    for p in municipalities:
        region = kinds[p.value].region
        if region:
            regions.setdefault(region, Proposal(region)).add(f"{p.value} → {region}")
    for name, p in strong.items():
        if kinds[name].kind == "region":
            r = regions.setdefault(name, Proposal(name))
            for e in p.evidence:
                r.add(e)
    return Places(municipalities, list(regions.values()))


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or bool(
        re.search(r"(?:[.!?:]\s+|\n[-*•]?\s*)$", "\n" + before if start < 3 else before)
    )


def _common_word(word: str) -> bool:
    """A simple common word too ("salo", "pohja"); a compound reading ("sota+kylä" for
    Sodankylä) is an artefact of Voikko's compounding, not a real ambiguity."""
    return any("[Lep]" not in raw and "[Bc]" not in raw for raw in _analyse(word.lower()))


def _municipal_next(tokens: Sequence[tuple[str, int, int]], i: int) -> bool:
    return i + 1 < len(tokens) and bool(_head_lemmas(tokens[i + 1][0]) & MUNICIPAL_HEADS)


def _is_strong(text: str, tokens: Sequence[tuple[str, int, int]], i: int, case: str) -> bool:
    word, start, end = tokens[i]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # "10.10.2018 / Helsinki": the venue of a talk, not the case's place.
    rest = line.replace(word, "", 1)
    if re.search(r"\d", rest) and _DATE_ONLY.match(rest):
        return False
    # "jatkaa 14.11.2017 Joensuussa": where a meeting is held is not where the case is.
    if case in ("ine", "ade") and _DAY.search(_sentence(text, start)):
        return False
    if i + 1 >= len(tokens):
        return True
    nxt, n_start, _ = tokens[i + 1]
    between = text[end:n_start]
    if between.strip() or "\n" in between:
        return True  # a comma or line end: a list of places, not an organisation name
    heads = _head_lemmas(nxt)
    if heads & MUNICIPAL_HEADS:
        return True
    genitive = case == "g" or word.endswith("n")
    if genitive and heads & ORGANISATION_HEADS:
        return False
    if genitive and nxt[:1].isupper() and _lookup(nxt) is None:
        return False  # "Rovaniemen Koulutuskuntayhtymä", "Järvi-Saimaan Palvelut"
    return not (genitive and any(h.endswith(tuple(ORGANISATION_HEADS)) for h in heads))
