"""Reference data: municipalities, regions (maakunnat) and the theme vocabulary.

Read once from `resources/` through importlib.resources and cached for the process (the
files ship with the app and never change while it runs). Name look-ups are forgiving about
case and extra spaces, and accept Finnish and Swedish names plus a few aliases: a case may
say "Mariehamn" or "maarianhamina". A name the list does not know is not an error for the
caller to raise (municipalities merge): look-ups return None and the validator warns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

import yaml

from hyvatkaytannot.core.resources import resource_path

# Names people use that are neither name_fi nor name_sv in the classification.
ALIASES: dict[str, str] = {
    "mariehamn": "Maarianhamina",
    "helsingfors": "Helsinki",
}


@dataclass(frozen=True)
class Region:
    code: str  # "01".."19", "21" (Åland)
    fi: str
    sv: str


@dataclass(frozen=True)
class Municipality:
    code: str  # three digits, as text
    name_fi: str
    name_sv: str
    region_code: str
    region_fi: str
    region_sv: str
    wellbeing_county_fi: str


@dataclass(frozen=True)
class Theme:
    id: str
    fi: str
    en: str
    sv: str = ""

    def label(self, language: str) -> str:
        """The label in a UI language (Finnish when the vocabulary has none in it)."""
        if language == "en":
            return self.en
        if language == "sv" and self.sv:
            return self.sv
        return self.fi


def normalise(name: str) -> str:
    """The key names are compared by: case-folded, whitespace collapsed."""
    return " ".join(str(name).split()).casefold()


def municipalities() -> list[Municipality]:
    return list(_municipalities())


@cache
def _municipalities() -> tuple[Municipality, ...]:
    with resource_path("data", "municipalities.csv").open(encoding="utf-8", newline="") as f:
        return tuple(
            Municipality(
                code=row["code"],
                name_fi=row["name_fi"],
                name_sv=row["name_sv"],
                region_code=row["region_code"],
                region_fi=row["region_fi"],
                region_sv=row["region_sv"],
                wellbeing_county_fi=row.get("wellbeing_county_fi", ""),
            )
            for row in csv.DictReader(f)
        )


def regions() -> list[Region]:
    return list(_regions())


@cache
def _regions() -> tuple[Region, ...]:
    with resource_path("data", "regions.csv").open(encoding="utf-8", newline="") as f:
        return tuple(
            Region(row["region_code"], row["region_fi"], row["region_sv"])
            for row in csv.DictReader(f)
        )


def themes() -> list[Theme]:
    return list(_themes())


@cache
def _themes() -> tuple[Theme, ...]:
    raw = yaml.safe_load(resource_path("themes.yaml").read_text(encoding="utf-8")) or []
    return tuple(
        Theme(str(t["id"]), str(t["fi"]), str(t.get("en", t["fi"])), str(t.get("sv") or ""))
        for t in raw
    )


@cache
def _municipality_index() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for m in _municipalities():
        index.setdefault(normalise(m.name_sv), m)
    for m in _municipalities():  # Finnish names win over a Swedish name that is the same
        index[normalise(m.name_fi)] = m
    by_fi = {m.name_fi: m for m in _municipalities()}
    for alias, name_fi in ALIASES.items():
        if name_fi in by_fi:
            index.setdefault(alias, by_fi[name_fi])
    return index


@cache
def _region_index() -> dict[str, Region]:
    index: dict[str, Region] = {}
    for r in _regions():
        index[normalise(r.code)] = r
        index[normalise(r.sv)] = r
    for r in _regions():
        index[normalise(r.fi)] = r
    return index


def municipality(name: str) -> Municipality | None:
    """A municipality by its Finnish or Swedish name, an alias, or its code ("005")."""
    found = _municipality_index().get(normalise(name))
    if found is None and str(name).strip().isdigit():
        code = str(name).strip().zfill(3)
        found = next((m for m in _municipalities() if m.code == code), None)
    return found


# A case's status is stored as a Finnish word; how other UI languages show it.
STATUS_LABELS: dict[str, dict[str, str]] = {
    "suunnitteilla": {"sv": "planerad", "en": "planned"},
    "käynnissä": {"sv": "pågående", "en": "ongoing"},
    "päättynyt": {"sv": "avslutad", "en": "ended"},
}


def status_label(status: str, language: str) -> str:
    """A status value in a UI language (as stored for Finnish and for unknown values)."""
    return STATUS_LABELS.get(status, {}).get(language, status)


def place_label(name: str, language: str) -> str:
    """A municipality or region (by its Finnish name, as cases store them) in a UI
    language: "Porvoo" is "Borgå" in Swedish; unknown names and other languages as given."""
    if language != "sv":
        return name
    m = municipality(name)
    if m is not None and m.name_fi == name:
        return m.name_sv or name
    r = region(name)
    if r is not None and r.fi == name:
        return r.sv or name
    return name


def region(name: str) -> Region | None:
    """A region (maakunta) by its Finnish or Swedish name or its code ("19")."""
    key = normalise(name)
    found = _region_index().get(key)
    if found is None and key.isdigit():
        found = _region_index().get(key.zfill(2))
    return found


def region_for(name: str) -> Region | None:
    """The region a municipality (by name) belongs to."""
    m = municipality(name)
    if m is None:
        return None
    return region(m.region_code) or Region(m.region_code, m.region_fi, m.region_sv)


def theme(theme_id: str) -> Theme | None:
    return _theme_index().get(str(theme_id).strip())


@cache
def _theme_index() -> dict[str, Theme]:
    return {t.id: t for t in _themes()}
