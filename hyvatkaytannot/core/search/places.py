"""Place names in both national languages for the search.

Cases store municipalities and regions by their Finnish names (the loader maps "Borgå" to
Porvoo). The index also holds each place's Swedish name (documents.py), and a query word
that is a Swedish name, also in the genitive ("Borgås", "Nylands"), gets the Finnish
name's keys (analysis_bridge.query_keys): Voikko analyses Finnish place names in any case,
but knows no Swedish ones.
"""

from __future__ import annotations

from functools import cache

from hyvatkaytannot.core import reference


@cache
def _swedish_to_finnish() -> dict[str, str]:
    names: dict[str, str] = {}
    for r in reference.regions():
        if r.sv and r.sv != r.fi:
            names[reference.normalise(r.sv)] = r.fi
    for m in reference.municipalities():
        if m.name_sv and m.name_sv != m.name_fi:
            names[reference.normalise(m.name_sv)] = m.name_fi
    for alias, name_fi in reference.ALIASES.items():
        names.setdefault(alias, name_fi)
    return names


def finnish_place_name(word: str) -> str | None:
    """The Finnish name of a place named in Swedish (any case, genitive -s too), or None."""
    key = reference.normalise(word)
    names = _swedish_to_finnish()
    found = names.get(key)
    if found is None and key.endswith("s"):
        found = names.get(key[:-1])
    # A Finnish name is one word here ("Ylä-Savo"): multi-word Finnish names would need
    # the phrase machinery, and none of the Swedish ones maps to one.
    return found


def swedish_names(finnish_names: list[str]) -> list[str]:
    """The Swedish names of municipalities or regions given by their Finnish names."""
    out: list[str] = []
    for name in finnish_names:
        m = reference.municipality(name)
        sv = m.name_sv if m is not None and m.name_fi == name else None
        if sv is None:
            r = reference.region(name)
            sv = r.sv if r is not None and r.fi == name else None
        if sv and sv != name and sv not in out:
            out.append(sv)
    return out
