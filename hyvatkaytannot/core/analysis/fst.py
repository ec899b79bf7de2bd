"""Reading Voikko's FST output into lemmas and compound parts.

Both backends (native libvoikko and pyvoikko) expose the raw analysis string of the Finnish
morphology (`FSTOUTPUT`, e.g. `[Ln][Xp]kunta[X]kunn[Sg][Ny]an[Bh][Bc][Lt][Xp]johtaa[X]…`),
so the keys are derived from that one string and do not depend on how each wrapper builds
its own BASEFORM (pyvoikko's compound base forms, for instance, double the hyphen of
`sote--palvelu`).

The grammar used here:
- `[Bc]` separates compound parts; a part without a class tag (`[L…]`) is not a word.
- `[L…]` is a word class; a later `[L…]` inside the same part is a derivation and the
  part takes the derived class.
- `[Xp]…[X]` is the base form of the stem; `[Xj]…[X]` a derivational ending: the lemma
  so far becomes the surface read so far plus that ending (`palvel` + `u`).
- `[Xr]…[X]` and `[Xs]…[X]` hold internal information, not text.
- `[Tn4]` is the -minen action noun: the part is a noun whose lemma is the surface stem
  read so far plus `minen` ("kehittämisen" → kehittäminen), not the verb's infinitive.
- `=` inside base forms and `[Bm]` mark morpheme boundaries inside one lexeme: dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_TOKEN_RE = re.compile(r"\[[^\]]*\]|[^\[]+")

# Word classes (Voikko's CLASS values) that are names: they are never split into parts
# ("Orivesi" must not be found by "vesi").
NAME_CLASSES = frozenset({"ep", "ee", "es", "em"})
# The -minen action noun derivation tag.
_MINEN = "Tn4"
# Participle tags: -nut (Ru), -tava (Ra), -ttu (Rt), -va (Rv), agent -ma (Rm).
_PARTICIPLES = frozenset({"Ru", "Ra", "Rt", "Rv", "Rm"})


@dataclass(frozen=True)
class Part:
    """One compound part: its surface text in the word and its lemma."""

    surface: str
    lemma: str
    cls: str
    minen: bool  # an -minen action noun (lemma already ends in "minen")
    verb: str = ""  # for a participle, the lemma of its verb ("antanut" → "antaa")
    # The stem's first base form when a derivation changed the lemma ("seudullinen" ←
    # "seutu", "osallistaminen" ← "osallistaa"); "" for an underived part.
    root: str = ""


@dataclass(frozen=True)
class Reading:
    """One analysis of a word: the compound parts in order (one part for a simple word)."""

    parts: tuple[Part, ...]

    @property
    def is_name(self) -> bool:
        return any(p.cls in NAME_CLASSES for p in self.parts)

    @property
    def lemma(self) -> str:
        return run_key(self.parts)

    @property
    def verb_lemma(self) -> str:
        """For a participle ("annettava"), the lemma of its verb ("antaa"); else ""."""
        last = self.parts[-1]
        if not last.verb:
            return ""
        return run_key((*self.parts[:-1], replace(last, lemma=last.verb)))

    @property
    def family(self) -> str:
        """The lemma of the word its last part is derived from ("seudullisen" → "seutu",
        "elinvoimaisuus" → "elinvoima"); "" when the word is not derived."""
        last = self.parts[-1]
        if not last.root or last.root == last.lemma:
            return ""
        return run_key((*self.parts[:-1], replace(last, lemma=last.root)))


def run_key(parts: tuple[Part, ...] | list[Part]) -> str:
    """The lemma of adjacent parts: earlier parts as written, the last one as its lemma.

    This is how Finnish compounds inflect (only the last part), so the key of the run
    `elin + voima` inside "elinvoimapalvelujen" is "elinvoima", the same key as the word
    "elinvoima" gets on its own.
    """
    head = "".join(p.surface for p in parts[:-1])
    return _clean(head + parts[-1].lemma)


def _clean(text: str) -> str:
    return text.replace("=", "").replace("-", "").lower()


def parse(fst_output: str) -> Reading | None:
    """One FST analysis string → a Reading (None when it holds no word)."""
    parts: list[Part] = []
    for chunk in fst_output.split("[Bc]"):
        parts.extend(_parse_part(chunk))
    return Reading(tuple(parts)) if parts else None


def _parse_part(chunk: str) -> list[Part]:
    """One [Bc]-separated chunk → its part, or its pieces when it is a lexicalised compound.

    Voikko lists some compounds as one lexeme with inner boundaries (`hyvin=vointi`,
    `maahan=muuttaja`); they are split like [Bc] compounds so that "vointi" and
    "muuttaja" find them, except in names (`Ori=vesi` stays whole).
    """
    cls = ""
    lemma = ""  # the lemma built so far
    pending = ""  # text inside the current [Xp]/[Xj] … [X]
    surface = ""  # the surface read so far
    state = ""  # "", "p" (base form), "r" (internal)
    minen = False
    verb_lemma = ""  # the lemma when the part was still a verb
    participle = False
    stem = None  # the surface before the first case tag, for parts without a base form
    root = ""  # the first base form (what later derivations are made from)
    for tok in _TOKEN_RE.findall(chunk):
        if tok.startswith("["):
            tag = tok[1:-1]
            if tag in ("Xp", "Xj"):
                # A base form or a derivation: the lemma restarts from the surface read
                # so far (empty before the first base form).
                lemma = surface
                state, pending = "p", ""
            elif tag in ("Xr", "Xs"):
                state = "r"
            elif tag == "X":
                if state == "p":
                    lemma += pending
                    root = root or lemma
                state = ""
            elif tag.startswith("L"):
                if cls == "t" and not verb_lemma:
                    verb_lemma = lemma
                cls = tag[1:]
                minen = False
            elif tag in _PARTICIPLES:
                participle = True
            elif tag == _MINEN:
                cls, minen = "n", True
                lemma = surface + "minen"
            elif tag == "Bm":
                surface += "="
            elif tag.startswith("S") and stem is None:
                stem = surface
        elif state == "p":
            pending += tok
        elif state == "":
            surface += tok
    if not cls:
        return []
    if not lemma:
        # Numerals and some abbreviations have no [Xp]: "[Lu]3[Sine][Ny]:ssa" is "3".
        lemma = surface if stem is None else stem
    verb = _clean(verb_lemma) if participle and cls != "t" else ""
    whole = Part(
        surface=_clean(surface),
        lemma=_clean(lemma),
        cls=cls,
        minen=minen,
        verb=verb,
        root=_clean(root) if "=" not in root else "",
    )
    lemma_pieces, surface_pieces = lemma.split("="), surface.split("=")
    if cls in NAME_CLASSES or len(lemma_pieces) == 1 or len(surface_pieces) != len(lemma_pieces):
        return [whole]
    if any(not p for p in lemma_pieces + surface_pieces):
        return [whole]
    # Earlier pieces are as written in the base form; the last one carries the inflection.
    pieces = [Part(_clean(p), _clean(p), cls, False) for p in lemma_pieces[:-1]]
    pieces.append(
        replace(whole, surface=_clean(surface_pieces[-1]), lemma=_clean(lemma_pieces[-1]))
    )
    return pieces
