"""Themes from the controlled vocabulary, ranked by the lemmas of the text.

Each theme has a few lemmas that signal it (its Finnish label's words plus the words
officials use for it). The text's words are analysed as the index analyses them, so
compound parts count too ("työhyvinvointia" counts for työhyvinvointi and hyvinvointi). A
theme is proposed when its lemmas occur often enough relative to the strongest theme.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from hyvatkaytannot.core import reference
from hyvatkaytannot.core.analysis import index_keys, tokenize
from hyvatkaytannot.core.capture.proposal import Proposal, snippet

SIGNALS: dict[str, tuple[str, ...]] = {
    "elinvoima": (
        "elinvoima",
        "elinkeino",
        "elinkeinoelämä",
        "yritys",
        "yrittäjä",
        "vetovoima",
        "elinvoimaisuus",
        "yrityspalvelu",
    ),
    "yhteistyo": (
        "yhteistyö",
        "kumppanuus",
        "verkosto",
        "yhteistoiminta",
        "rajat",
        "hallinnonraja",
        "kumppani",
    ),
    "seutuyhteistyo": (
        "seutu",
        "seudullinen",
        "seutukunta",
        "seutustrategia",
        "kuntien välinen",
        "seutukunnallinen",
    ),
    "johtaminen": (
        "johtaminen",
        "johtaja",
        "esihenkilö",
        "esimies",
        "johto",
        "johtoryhmä",
        "johtamisjärjestelmä",
        "johtamisosaaminen",
    ),
    "tyohyvinvointi": (
        "työhyvinvointi",
        "henkilöstö",
        "työkyky",
        "työntekijä",
        "jaksaminen",
        "työyhteisö",
        "henkilökunta",
    ),
    "osallisuus": (
        "osallisuus",
        "vuorovaikutus",
        "osallistaa",
        "osallistaminen",
        "asukas",
        "kuntalainen",
        "yhteisöllisyys",
        "osallistuminen",
    ),
    "hyvinvointi": (
        "sote",
        "sosiaalipalvelu",
        "terveydenhuolto",
        "terveyspalvelu",
        "hyvinvointipalvelu",
        "hoito",
        "hyvinvointialue",
        "hyvinvointi",
    ),
    "sivistys": (
        "sivistys",
        "koulu",
        "nuoriso",
        "kulttuuri",
        "opetus",
        "varhaiskasvatus",
        "kirjasto",
        "nuori",
    ),
    "tyollisyys": (
        "työllisyys",
        "työllisyyspalvelu",
        "työtön",
        "työttömyys",
        "työllistäminen",
        "työllistetty",
    ),
    "maankaytto": (
        "maankäyttö",
        "kaavoitus",
        "asuminen",
        "kaava",
        "asumispalvelu",
        "tontti",
        "asunto",
    ),
    "liikenne": ("liikenne", "joukkoliikenne", "kuljetus", "tie", "joukkoliikenne", "liikkuminen"),
    "viestinta": ("viestintä", "markkinointi", "tiedotus", "tiedote", "brändi", "some"),
    "matkailu": (
        "matkailu",
        "matkailija",
        "kansallispuisto",
        "luontomatkailu",
        "kulttuurimatkailu",
    ),
    "strategia": (
        "strategia",
        "kehittäminen",
        "ohjelma",
        "elinvoimaohjelma",
        "kuntastrategia",
        "seutustrategia",
        "visio",
    ),
    "palvelujen-jarjestaminen": (
        "palvelujen järjestäminen",
        "hankinta",
        "ulkoistus",
        "kilpailuttaminen",
        "palveluntuottaja",
        "järjestäjä",
        "integraattori",
        "kokonaisulkoistus",
    ),
    "tietojohtaminen": (
        "tietojohtaminen",
        "mittari",
        "mittaristo",
        "indikaattori",
        "tilasto",
        "data",
        "arviointi",
    ),
    "digitalisaatio": (
        "digitalisaatio",
        "digitaalinen",
        "sähköinen",
        "verkkopalvelu",
        "alusta",
        "tekoäly",
        "digi",
    ),
    "ymparisto": (
        "ympäristö",
        "ilmasto",
        "kestävä",
        "energia",
        "hiilineutraali",
        "kiertotalous",
        "päästö",
    ),
}
MAX_THEMES = 6
RELATIVE = 0.3
MIN_HITS = 2


@cache
def _lemma_to_themes() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    known = {t.id for t in reference.themes()}
    for theme_id, words in SIGNALS.items():
        if theme_id not in known:
            continue
        for w in words:
            out.setdefault(w.replace(" ", ""), []).append(theme_id)
    return out


def propose_themes(text: str) -> list[Proposal]:
    table = _lemma_to_themes()
    hits: Counter[str] = Counter()
    evidence: dict[str, Proposal] = {}
    for word, start, end in tokenize(text):
        keys = set(index_keys(word)) if len(word) > 2 else set()
        matched = {t for k in keys for t in table.get(k.replace("-", ""), ())}
        for theme_id in matched:
            hits[theme_id] += 1
            p = evidence.setdefault(theme_id, Proposal(theme_id))
            p.add(snippet(text, start, end, width=50))
    if not hits:
        return []
    top = hits.most_common(1)[0][1]
    ranked = [t for t, n in hits.most_common() if n >= MIN_HITS and n >= RELATIVE * top][
        :MAX_THEMES
    ]
    out = []
    for t in ranked:
        p = evidence[t]
        p.score = hits[t]
        out.append(p)
    return out
