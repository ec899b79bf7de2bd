"""From a word's Voikko readings to its index keys and query keys.

Design decisions (each measured with benchmarks/analysis_eval.py):
- Query keys are whole-word lemmas only, one per distinct reading; the search ORs them
  (they are emitted at one position) and ANDs the words.
- Index keys add, at the same position, the compound parts and every run of adjacent
  parts, each run keyed as Finnish inflects it (earlier parts as written, the last as its
  lemma), so "elinvoima" finds "elinvoimapalvelujen" and "palvelu" finds it too, while no
  arbitrary substring is indexed.
- A part Voikko knows only inside compounds ("aikuis-", "sosiaali-", "-pitoinen") also
  gets the Snowball stem a query for it would produce (a "bridge" key), so typing the
  part on its own still finds the compound.
- Names (places, first names, surnames) are never split: if any reading of a word is a
  name, no reading contributes parts ("Orivesi" is not found by "vesi").
- An -minen action noun keeps its noun lemma ("kehittäminen"), never only the verb.
  A participle ("annettava", "toiminut") keys as itself and as its verb ("antaa"):
  Finnish texts and treebanks use participles both as adjectives and as verb forms.
- Hyphenated words: the whole word (hyphens dropped, so "sote-palvelut" and
  "sotepalvelut" meet) and, in index mode, the keys of each piece.
- A derived word also gets a family key, "~" + the lemma it is derived from ("seudullisen"
  → "~seutu", "osallistaminen" → "~osallistaa"); the search ORs those in at a lower weight.
  They never equal a lemma key, so the inflection metrics do not see them.
- Words Voikko does not know get a Snowball stem, in both modes, so they still conflate
  among themselves; an unknown word that ends in a word Voikko knows ("biletyspaikka",
  "pleuranestettä") is also split there (see `_decompound`). `EU:n`-style case endings of
  unknown abbreviations are cut at the colon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from hyvatkaytannot.core.analysis.fst import Part, Reading, parse, run_key
from hyvatkaytannot.core.analysis.tokens import hyphen_pieces

Analyse = Callable[[str], Sequence[str]]

# Index keys of word families: a derived word also gets "~" + the lemma it is derived from
# ("seudullisen" → "~seutu"), so the search can find derivations at a lower weight than
# inflections. Marked, so that they never meet a lemma key; query keys never hold them.
FAMILY_MARK = "~"
Stem = Callable[[str], str]

# Runs longer than this are not indexed on their own (a 6-part compound would give 21).
MAX_RUN_PARTS = 4
# Decompounding unknown words: the shortest head and tail tried, and the word classes a
# tail may have (a compound ends in a noun, adjective or participle).
MIN_HEAD = 3
MIN_TAIL = 4
_TAIL_CLASSES = frozenset({"n", "l", "nl"})


def readings(word: str, analyse: Analyse) -> list[Reading]:
    out: list[Reading] = []
    for fst_output in analyse(word):
        reading = parse(fst_output)
        if reading is not None and reading not in out:
            out.append(reading)
    return out


def _dedupe(keys: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for key in keys:
        if key:
            seen.setdefault(key, None)
    return list(seen)


def _part_runs(parts: tuple[Part, ...]) -> list[str]:
    """Every part and run of adjacent parts except the whole word."""
    n = len(parts)
    keys: list[str] = []
    for length in range(1, min(n - 1, MAX_RUN_PARTS) + 1):
        for start in range(0, n - length + 1):
            keys.append(run_key(parts[start : start + length]))
    return keys


def _bridges(parts: tuple[Part, ...], analyse: Analyse, stem: Stem) -> list[str]:
    """Snowball keys of the parts that are not words on their own."""
    texts = [p.surface for p in parts[:-1]] + [p.lemma for p in parts]
    return [stem(t) for t in dict.fromkeys(texts) if t.isalpha() and not analyse(t)]


def _verb_of(reading: Reading, found: list[Reading]) -> str:
    """The verb of a participle reading, unless the same lemma is also a plain word.

    "toimivat" keys as "toimia" too; "voima" (also an agent participle of "voida") and
    "etsivä" (also a noun) do not drag the verb in.
    """
    if not reading.verb_lemma:
        return ""
    lemma = reading.lemma
    if any(r.lemma == lemma and not r.verb_lemma for r in found):
        return ""
    return reading.verb_lemma


def analyse_word(word: str, analyse: Analyse, stem: Stem) -> tuple[list[str], list[str]]:
    """(index keys, query keys) of one lowercase word."""
    found = readings(word, analyse)
    if found:
        query = _dedupe(k for r in found for k in (r.lemma, _verb_of(r, found)))
        index = list(query)
        index.extend(FAMILY_MARK + r.family for r in found if r.family)
        if not any(r.is_name for r in found):
            for r in found:
                if len(r.parts) > 1:
                    index.extend(_part_runs(r.parts))
                    index.extend(_bridges(r.parts, analyse, stem))
        if any(h in word for h in "-\u2011"):
            for piece in hyphen_pieces(word):
                index.extend(analyse_word(piece, analyse, stem)[0])
        return _dedupe(index), query
    pieces = hyphen_pieces(word)
    if len(pieces) > 1:
        return _hyphenated_unknown(pieces, analyse, stem)
    if ":" in word:
        # An abbreviation with a case ending Voikko does not know ("ABC:n" → "abc").
        base = word.split(":", 1)[0]
        return [base], [base]
    key = stem(word)
    split = _decompound(word, analyse, stem)
    if split is None:
        return [key], [key]
    return _dedupe([key, *split[1], *split[0]]), _dedupe([key, *split[1]])


def _decompound(word: str, analyse: Analyse, stem: Stem) -> tuple[list[str], list[str]] | None:
    """Split an unknown word into an unknown head and a known tail ("biletys" + "paikka").

    The longest known tail wins (MIN_TAIL letters or more, a nominal reading, not a name),
    preferring a head Voikko also knows. Returns (part keys, whole-word keys): the whole
    word keys as the head plus each tail lemma, so every inflected form of the unknown
    compound gets the same key; None when no split is found.
    """
    if not word.isalpha() or len(word) < MIN_HEAD + MIN_TAIL:
        return None
    fallback: tuple[str, list[Reading]] | None = None
    for cut in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        tail = [r for r in readings(word[cut:], analyse) if _is_tail(r)]
        if not tail:
            continue
        head = word[:cut]
        if analyse(head):
            return _split_keys(head, tail, analyse, stem)
        if fallback is None:
            fallback = (head, tail)
    return _split_keys(*fallback, analyse, stem) if fallback else None


def _is_tail(reading: Reading) -> bool:
    return not reading.is_name and reading.parts[-1].cls in _TAIL_CLASSES


def _split_keys(
    head: str, tail: list[Reading], analyse: Analyse, stem: Stem
) -> tuple[list[str], list[str]]:
    whole = _dedupe(head + r.lemma for r in tail)
    head_keys = [run_key(r.parts) for r in readings(head, analyse)] or [stem(head)]
    parts = _dedupe([*head_keys, *(r.lemma for r in tail)])
    for r in tail:
        parts.extend(_part_runs(r.parts) if len(r.parts) > 1 else [])
    return parts, whole


def _hyphenated_unknown(
    pieces: list[str], analyse: Analyse, stem: Stem
) -> tuple[list[str], list[str]]:
    """A hyphenated word Voikko does not know whole: analyse the pieces.

    The whole-word key is the earlier pieces as written plus the last piece's lemmas (the
    way a compound inflects); the index also gets every key of every piece.
    """
    last_index, last_query = analyse_word(pieces[-1], analyse, stem)
    head = "".join(pieces[:-1]).replace(":", "")
    query = _dedupe(head + lemma for lemma in last_query)
    index = list(query)
    for piece in pieces[:-1]:
        index.extend(analyse_word(piece, analyse, stem)[0])
    index.extend(last_index)
    return _dedupe(index), query
