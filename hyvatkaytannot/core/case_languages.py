"""The languages a case may be written in, and their section headings.

A case says `language: fi` (the default) or `language: sv`. The six body sections have a
heading in each language; the loader maps both to the same section (the Finnish name is
the key code uses), so a Swedish case reads, presents and indexes like a Finnish one.
"""

from __future__ import annotations

import re

# The fixed body sections, in order, by their Finnish headings (the keys code uses; case.py
# re-exports them as SECTIONS). Headings are level-2 Markdown headings.
SECTIONS: tuple[str, ...] = (
    "Lähtökohdat",
    "Tavoitteet",
    "Toteutus",
    "Tulokset",
    "Opit ja siirrettävyys",
    "Lisätietoja",
)

CASE_LANGUAGES: tuple[str, ...] = ("fi", "sv")

SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "fi": SECTIONS,
    "sv": (
        "Utgångsläge",
        "Mål",
        "Genomförande",
        "Resultat",
        "Lärdomar och överförbarhet",
        "Mer information",
    ),
}

# Any heading, case-folded -> the section's key (its Finnish name).
_CANONICAL: dict[str, str] = {
    heading.casefold(): SECTIONS[i]
    for headings in SECTION_HEADINGS.values()
    for i, heading in enumerate(headings)
}


def canonical_section(heading: str) -> str | None:
    """The section key of a heading in any case language, or None for another heading."""
    return _CANONICAL.get(heading.strip().casefold())


def headings_for(language: str) -> tuple[str, ...]:
    return SECTION_HEADINGS.get(language, SECTIONS)


# Frequent words of running text that belong to one language only: enough to tell a
# Swedish document from a Finnish one (capture), without loading either lexicon.
_MARKERS: dict[str, frozenset[str]] = {
    "sv": frozenset(
        {
            "och",
            "att",
            "som",
            "det",
            "för",
            "på",
            "med",
            "av",
            "är",
            "ett",
            "till",
            "inte",
            "har",
            "var",
            "om",
            "från",
            "kommunen",
            "eller",
            "också",
            "vid",
            "de",
            "sig",
            "ska",
            "kan",
        }
    ),
    "fi": frozenset(
        {
            "ja",
            "on",
            "että",
            "ei",
            "se",
            "joka",
            "myös",
            "kun",
            "ovat",
            "oli",
            "tai",
            "kunnan",
            "mutta",
            "sekä",
            "ole",
            "olisi",
            "jotka",
            "tämä",
            "kuin",
            "voi",
        }
    ),
}


def guess_language(text: str) -> str:
    """The language of a text: sv when its Swedish marker words clearly outnumber the
    Finnish ones, else fi."""
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    sv = sum(w in _MARKERS["sv"] for w in words)
    fi = sum(w in _MARKERS["fi"] for w in words)
    return "sv" if sv >= 5 and sv > 2 * fi else "fi"
