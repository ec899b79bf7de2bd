"""Swedish analysis: lemmas from simplemma's Swedish lexicon, a few rules, compound parts.

Why simplemma (measured with benchmarks/swedish_eval.py on the public UD Talbanken forms;
README "Swedish search"): its lexicon ships inside the wheel (pure Python, same on Windows
and Linux) and beats Snowball Swedish by far (recall 0.90 vs 0.65). Hunspell-sv through
spylls knows more analyses but took 39 s to load and 15–150 ms a word.

Design decisions (each measured; see the benchmark):
- One whole-word key per reading, as for Finnish; the search ORs a query word's keys.
- simplemma gives one lemma per form and, for a bare noun that is also a verb stem, picks
  the verb ("orsak" → "orsaka", "växt" → "växa"): when the form is itself the lemma of
  noun forms ("orsaken", "växter"), the form is the key.
- An unchanged form ending in -s or -t whose shorter form is a lemma keys as both
  ("dags" → dags, dag; "snabbt" → snabbt, snabb): genitives and adverbs of adjectives;
  so does an inflected adjective the lexicon lists as its own lemma ("hela" → hel).
- A past participle keys as its verb ("fattade" → fatta).
- Present tense is never an agent noun: "vårdar" is vårda's, not vårdare's (agent nouns in
  -are keep -are in the plural), and a preterite passive in -des/-tes is the verb's
  ("utmärktes" → utmärka), not the participle's (a deponent's stays: "tycktes" → tyckas).
  An infinitive that its own present tense lemmatises to keeps itself ("handla", "råda":
  the lexicon gives handlägga, rå).
- `FN:s`-style genitives of abbreviations are cut at the colon.
- Compound parts (index keys only): a word of MIN_COMPOUND letters or more ending in a word
  the lexicon knows (the tail, MIN_PART letters or more as a lemma) after a head that is a
  word too, possibly with a linking -s- or a dropped final vowel ("välfärdsområdet" →
  välfärd + område, "skolhälsovården" → skola + hälsovård (+ hälsa + vård)). A word the
  lexicon does not know is keyed as its head plus the tail's lemma, so all its inflected
  forms meet; with no split it gets a Snowball stem.
- Nothing is loaded at import: the lexicon (~5 s to decode) loads on first use or
  `preload()`, which the search starts in the background once a library holds Swedish.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from hyvatkaytannot.core.analysis.swedish_verbs import irregular_forms

# The version of the Swedish keys: part of the index stamp (analysis_bridge), so a change
# rebuilds the index.
SV_VERSION = "sv-3"

MIN_PART = 4
MIN_COMPOUND = 8
# A word the lexicon knows may end in a shorter tail ("näringslivet": näring + liv): its
# lemma must end in that tail's lemma.
MIN_TAIL_KNOWN = 3
# Definite endings that show a form is a noun's: the form + ending lemmatises back to the
# form (present-tense -ar/-er would take verbs for nouns: "snabbar" is a verb's).
_NOUN_ENDINGS = ("en", "et")
_NOUN_ENDINGS_AFTER_VOWEL = ("n", "t")
_LINKING = ("s",)
# First parts that are verb particles or prefixes, not words of a compound ("förändra" is
# not föra + ändra, "undersöka" not under + söka), and tails that are derivational
# suffixes ("äktenskap", "valbarhet").
_NOT_HEADS = frozenset(
    """för före be bese bege upp uppe under över till fram in inne ut av mot mota efter
    åter sam samman genom om ner bort hem med vid sönder emot inta förse förhålla""".split()  # noqa: SIM905
)
_NOT_TAILS = frozenset("skap barhet het ande ende ning else ism ist ologisk etisk".split())  # noqa: SIM905
_RESTORED_VOWELS = ("a", "e")

_load_lock = threading.Lock()
_loaded: list[Any] = []


def _lemmatizer() -> Any:
    """simplemma's lemmatizer with the Swedish lexicon decoded (once per process)."""
    if _loaded:
        return _loaded[0]
    with _load_lock:
        if not _loaded:
            import simplemma

            simplemma.lemmatize("och", lang="sv")  # decodes the lexicon now
            _loaded.append(simplemma)
    return _loaded[0]


def preload() -> None:
    """Decode the Swedish lexicon now (a few seconds; safe from any thread)."""
    _lemmatizer()


def preload_in_background() -> None:
    if not _loaded:
        threading.Thread(target=preload, name="swedish-preload", daemon=True).start()


@functools.lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    return bool(_lemmatizer().is_known(word, lang="sv"))


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return str(_lemmatizer().lemmatize(word, lang="sv")).lower()


@functools.lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    import snowballstemmer

    return snowballstemmer.stemmer("swedish").stemWord


def name_keys(word: str) -> list[str]:
    """Keys of a word in a name or label given in its base form ("Borgå", "Samarbete över
    förvaltningsgränser"): the word and its Snowball stem, without the lexicon, so that a
    Finnish-only library never loads it (110 MB) for the Swedish names of its places and
    themes, while a Swedish query's lemma still meets them."""
    word = word.lower()
    return _dedupe([word, _stemmer()(word)])


def _is_noun_lemma(word: str) -> bool:
    if word.endswith("a"):
        endings: tuple[str, ...] = ("n",)  # -at would be a verb's supine ("snabbat")
    elif word[-1:] in "eiouyåäö":
        endings = _NOUN_ENDINGS_AFTER_VOWEL
    else:
        endings = _NOUN_ENDINGS
    return any(known(word + e) and lemma(word + e) == word for e in endings)


def _is_lemma(word: str) -> bool:
    return len(word) > 1 and known(word) and lemma(word) == word


def lemma_keys(word: str) -> list[str]:
    """The whole-word keys of a lowercase word the lexicon knows (empty if it does not)."""
    verbs = irregular_forms().get(word)
    if verbs:
        # The lexicon's reading too: "steg" is also a noun, "satt" also sätta's.
        return _dedupe([*verbs, *_lexicon_keys(word)])
    return _lexicon_keys(word)


def _lexicon_keys(word: str) -> list[str]:
    if not known(word):
        return []
    found = _verb_reading(word, lemma(word))
    if found != word and _is_noun_lemma(word):
        # Also an adjective's inflected form ("hela": the whole one, and helan's noun).
        return [word, found] if _adjective_base(word) == found else [word]
    # A past participle keys as its verb ("fattade", "ordnad" → fatta, ordna), as Finnish
    # participles do: texts use them both as adjectives and as verb forms.
    if found.endswith("ad") and _is_lemma(found[:-1]):
        found = found[:-1]
    keys = [found]
    if found == word:
        base = _adjective_base(word)
        if base:
            keys.append(base)
        elif word.endswith(("s", "t")) and _is_lemma(word[:-1]):
            keys.append(word[:-1])
    return keys


def _verb_reading(word: str, found: str) -> str:
    """The verb a present tense, preterite passive or infinitive belongs to where the
    lexicon's one lemma is another word's (see the module docstring), else `found`."""
    if word.endswith("ar") and found == word + "e" and _is_lemma(word[:-1]):
        return word[:-1]  # vårdar → vårda, not vårdare
    if word.endswith(("des", "tes")):
        stem = word[:-3]  # ordna-des, utmärk-tes
        verb = stem if stem.endswith("a") else stem + "a"
        # Only over a participle's lemma: "tycktes" stays the deponent tyckas's.
        if found.endswith(("d", "t")) and len(verb) > 3 and _is_lemma(verb):
            return verb  # utmärktes → utmärka
    if (
        word.endswith("a")
        and found != word
        and found != word[:-1]  # an adjective's -a form ("stora", "hela")
        and _adjective_base(word) is None
        and any(known(f) and lemma(f) == word for f in (word + "r", word[:-1] + "er"))
    ):
        return word  # handla (handlar), råda (råder)
    return found


def _adjective_base(word: str) -> str | None:
    """The base form of an inflected adjective the lexicon lists as a lemma of its own
    ("snabba", "amerikanske" → snabb, amerikansk; "osäkra" → osäker): the base is a lemma
    whose neuter (base + t) lemmatises back to it."""
    if len(word) < 4 or not word.endswith(("a", "e")):
        return None
    stem = word[:-1]
    candidates = [stem]
    if stem[-1] in "lnr" and stem[-2] not in "aeiouyåäö":
        candidates.append(stem[:-1] + "e" + stem[-1])  # osäkr-a → osäker
    for base in candidates:
        if _is_lemma(base) and (base.endswith("isk") or lemma(base + "t") == base):
            return base
    return None


def _head_key(head: str) -> str | None:
    """A compound's first part as a word: as written if the lexicon knows it, else without
    a linking -s-, with its dropped final vowel back ("skol" → skola) or -o for -a
    ("hälso" → hälsa)."""
    candidates = [head[:-1] + "a"] if head.endswith("o") else []
    candidates.append(head)
    if head.endswith(_LINKING) and len(head) > MIN_PART:
        candidates.append(head[:-1])
    candidates += [head + v for v in _RESTORED_VOWELS]
    candidates = [c for c in candidates if len(c) >= MIN_PART]
    for candidate in candidates:
        if _is_lemma(candidate):
            return candidate
    for candidate in candidates:
        if known(candidate):
            found = lemma(candidate)
            # Not a suppletive lemma ("äldre" stays, not "gammal").
            return found if found[:3] == candidate[:3] else candidate
    return None


def split_compound(word: str, depth: int = 0) -> tuple[list[str], str] | None:
    """(part keys, whole-word key) of a compound, or None.

    The longest known tail with a known head wins. Part keys are the head's lemma (and its
    own parts), the tail's lemma and, for a tail that is itself a compound, its parts."""
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return None
    # A word the lexicon knows is split only where its own lemma ends in the tail's
    # ("kommunerna" is not kom + erna, "regeringen" not regera + ingen).
    whole = lemma(word) if known(word) else None
    for cut in range(MIN_PART - 1, len(word) - MIN_TAIL_KNOWN + 1):
        tail = word[cut:]
        if not known(tail):
            continue
        tail_lemma = lemma(tail)
        if (
            len(tail_lemma) < (MIN_PART if whole is None else MIN_TAIL_KNOWN)
            or tail_lemma in _NOT_TAILS
            or (whole is not None and not whole.endswith(tail_lemma))
        ):
            continue
        head = word[:cut]
        head_lemma = _head_key(head)
        if head_lemma is None or head in _NOT_HEADS or head_lemma in _NOT_HEADS:
            continue
        parts = [head_lemma, *lemma_keys(head_lemma)]
        if depth == 0:
            inner = split_compound(head_lemma, depth + 1)
            if inner:
                parts += inner[0]
            tail_split = split_compound(tail_lemma, depth + 1)
            if tail_split:
                parts += tail_split[0]
        parts.append(tail_lemma)
        return _dedupe(parts), head + tail_lemma
    return None


def _dedupe(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(k for k in keys if k))


def analyse_word(word: str) -> tuple[list[str], list[str]]:
    """(index keys, query keys) of one lowercase word."""
    if ":" in word:
        base = word.split(":", 1)[0]
        return [base], [base]
    pieces = [p for p in word.replace("\u2011", "-").split("-") if p]
    if len(pieces) > 1:
        # "EU-stödet", "u-länderna": inflected like a compound (the earlier pieces as
        # written, the last one's lemmas); the index also gets every piece's keys.
        head = "".join(pieces[:-1])
        query = _dedupe([head + k for k in analyse_word(pieces[-1])[1]])
        index = list(query)
        for piece in pieces:
            index += analyse_word(piece)[0]
        return _dedupe(index), query
    query = lemma_keys(word)
    if not query and word.endswith("s") and known(word[:-1]):
        query = lemma_keys(word[:-1])  # a genitive the lexicon does not list ("ländernas")
    split = split_compound(word)
    if not query:
        query = [split[1]] if split else [_stemmer()(word)]
    index = list(query)
    if split:
        index += split[0]
    return _dedupe(index), query
