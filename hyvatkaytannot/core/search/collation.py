"""Finnish alphabetical order as a plain key function (no Qt, no locale).

Finnish sorts å, ä, ö after z (… x y z å ä ö), treats w as v's neighbour after it, and ignores
other accents (é sorts as e, ü as y). The system locale cannot be trusted (a Finnish user may
run an English Windows), so the order is spelled out here. The key is a str so that it can
also live in a sortable Whoosh column.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Characters just after "z" in ASCII keep the key a plain string that compares correctly.
_AFTER_Z = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}
_FOLD = {"ü": "y", "ß": "ss"}


# Facet lists sort the same few hundred values on every search: remember their keys.
@lru_cache(maxsize=8192)
def finnish_sort_key(text: str) -> str:
    """Key for sorting Finnish titles: `sorted(titles, key=finnish_sort_key)`."""
    out: list[str] = []
    for ch in text.casefold().strip():
        if ch in _AFTER_Z:
            out.append(_AFTER_Z[ch])
        elif ch in _FOLD:
            out.append(_FOLD[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            # Drop other diacritics: é -> e, š -> s.
            base = unicodedata.normalize("NFD", ch)[0]
            out.append(base)
    return "".join(out)
