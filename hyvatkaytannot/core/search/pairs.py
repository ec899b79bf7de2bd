"""Common-word pairs: phrase search without reading positions for the frequent words.

A phrase with a frequent word ("joka on", "kunnan palvelut") has thousands of candidate
cases, and checking positions costs a decode per candidate (~30 µs): 270 ms at 10,000 cases.
Like Lucene's CommonGrams, the body field's adjacent words are also indexed as pairs
(`body_pairs`), but only where one of the two is a common lemma, which keeps the extra
postings to a few hundred a case. A two-word phrase with a common word is then one lookup
(positions are checked only for readings without a common word, "kuin" vs "kuu"); a longer
one narrows its candidates by its pairs before positions are checked.

Pairs are made of index keys, what a phrase's positions match, so the pair lookup gives the
same documents as the position check (a test compares them). The list below is part of the
index format: changing it needs a SCHEMA_VERSION bump (schema.py).
"""

from __future__ import annotations

# The most frequent Finnish lemmas (function words and verbs: in general text they make up
# about a third of the words) and the domain's own everyday words, as the analysis gives
# them (query keys, lowercase). Each word added costs index size: "olla" and "ja" alone
# give a quarter of the pairs.
COMMON_LEMMAS: frozenset[str] = frozenset(
    """
    olla ja se ei joka että hän tämä mikä kun tai mutta kuin myös niin jo jos sekä kaikki
    ne he me voida tulla saada tehdä pitää vuosi aika mukaan kanssa muu nyt vain sitten
    hyvä uusi oma
    kunta palvelu hanke toiminta kehittäminen yhteistyö alue asukas käytäntö
    """.split()  # noqa: SIM905 - a word list reads better than quoted strings
)

PAIR_SEP = " "  # keys never contain spaces
# Family keys (core/analysis/keys.py) are never in a phrase: not paired.
FAMILY_MARK = "~"


def is_common(keys: tuple[str, ...] | list[str]) -> bool:
    return any(k in COMMON_LEMMAS for k in keys)


def split_pairs(
    left: list[str], right: list[str]
) -> tuple[list[str], tuple[list[str], list[str]]] | None:
    """For two adjacent words of a phrase (their readings): the pair terms the index holds
    (the combinations with a common lemma), and the readings of each word that are not
    common (combinations of those are not indexed: positions must decide them). None when
    no combination is indexed."""
    terms = [
        a + PAIR_SEP + b for a in left for b in right if a in COMMON_LEMMAS or b in COMMON_LEMMAS
    ]
    if not terms:
        return None
    left_rest = [a for a in left if a not in COMMON_LEMMAS]
    right_rest = [b for b in right if b not in COMMON_LEMMAS]
    return terms, (left_rest, right_rest)


def text_pairs(words: list[tuple[str, ...]]) -> set[str]:
    """Every pair term of a text, given the index keys of its words in order: each
    combination of adjacent keys of which at least one is common. Index keys (lemmas and
    compound parts), because a phrase's positions match those too: "kunnan palvelut" also
    finds "kunnan kotipalvelut" whichever way it is answered."""
    common = [is_common(keys) for keys in words]
    out: set[str] = set()
    for i in range(len(words) - 1):
        if common[i] or common[i + 1]:
            out.update(
                [
                    a + PAIR_SEP + b
                    for a in words[i]
                    for b in words[i + 1]
                    if (a in COMMON_LEMMAS or b in COMMON_LEMMAS)
                    and a[0] != FAMILY_MARK
                    and b[0] != FAMILY_MARK
                ]
            )
    return out
