"""Field types that index Finnish text without Whoosh's token pipeline.

Why: for every word Whoosh's TEXT field runs a generator chain (tokenizer, lowercase filter,
Finnish filter) that mutates one Token object per key, and the format then gathers the keys
into dicts. At ten million words that chain was the largest single cost of a full build.
With the Finnish analyzer the result is known without it: the words are the tokenizer
pattern's matches, the keys of a word come from a plain dict in front of the analysis, and
every key of a word sits at the word's position.

- FinnishText.index() computes exactly what Whoosh's TEXT field would with the same
  formats (same terms, frequencies, weights and value bytes: a test compares them); any other
  analyzer, a pre-tokenised value or another mode goes the ordinary way. Queries,
  highlighting and the stored value are untouched.
- CommonPairs indexes the common-word pairs of a text (pairs.py) for phrase search: no
  positions, no lengths, not scored; only the documents count.
"""

from __future__ import annotations

import functools
import sys
from array import array
from collections.abc import Callable, Iterator
from typing import Any

from whoosh import formats
from whoosh.fields import TEXT, FieldType
from whoosh.system import _INT_SIZE, pack_uint

from hyvatkaytannot.core.search import analysis_bridge as fi
from hyvatkaytannot.core.search.pairs import text_pairs

Posting = tuple[bytes, int, float, bytes]


class ArrayPositions(formats.Positions):
    """Positions stored as a count and the positions as 32-bit little-endian integers.

    Whoosh's Positions pickles the position deltas: decoding costs a pickle load and a
    Python loop per posting, which made phrase checks ~30 µs a candidate. This decodes in C
    (array.frombytes); multi-position values are a little larger before the block
    compression."""

    def encode(self, poslist: Any) -> bytes:
        values = array("I", poslist)
        if _BIG_ENDIAN:
            values.byteswap()
        return bytes(pack_uint(len(values))) + values.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        values = array("I")
        values.frombytes(valuestring[_INT_SIZE:])
        if _BIG_ENDIAN:
            values.byteswap()
        return values.tolist()

    def decode_position_boosts(self, valuestring: bytes) -> list[tuple[int, float]]:
        return [(pos, 1) for pos in self.decode_positions(valuestring)]

    def combine(self, vs: Any) -> bytes:
        merged: set[int] = set()
        for v in vs:
            merged.update(self.decode_positions(v))
        return self.encode(sorted(merged))


_BIG_ENDIAN = sys.byteorder == "big"


class FinnishText(TEXT):
    """TEXT with ArrayPositions and the shortcut through the analysis described above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if type(self.format) is formats.Positions:
            self.format = ArrayPositions(field_boost=self.format.field_boost)

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:  # type: ignore[override]
        keys_of = fi.fast_keys(self.analyzer)
        fmt: Any = self.format
        if (
            keys_of is None
            or not isinstance(value, str)
            or kwargs.get("mode", "index") != "index"
            or type(fmt) not in (ArrayPositions, formats.Frequency)
        ):
            return super().index(value, **kwargs)
        positions: dict[str, list[int]] = {}
        get = positions.get
        for pos, keys in enumerate(words_keys(value, keys_of)):
            for key in keys:
                found = get(key)
                if found is None:
                    positions[key] = [pos]
                else:
                    found.append(pos)
        boost = fmt.field_boost
        if type(fmt) is formats.Frequency:
            return iter(
                [
                    (key.encode("utf-8"), len(p), len(p) * boost, _frequency_value(len(p)))
                    for key, p in positions.items()
                ]
            )
        encode = fmt.encode
        return iter(
            [
                (
                    key.encode("utf-8"),
                    len(p),
                    len(p) * boost,
                    _single_position_value(p[0]) if len(p) == 1 else encode(p),
                )
                for key, p in positions.items()
            ]
        )


class CommonPairs(FieldType):
    """The common-word pairs of a Finnish text (see pairs.py). Without the Finnish analysis
    (the Snowball stand-in has no lemmas to pair) it indexes nothing and is not `active`:
    phrase search then checks positions only."""

    def __init__(self, analyzer: Any) -> None:
        super().__init__(formats.Existence(), analyzer)
        self.active = fi.fast_keys(analyzer) is not None

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:  # type: ignore[override]
        keys_of = fi.fast_keys(self.analyzer)
        if keys_of is None or not isinstance(value, str):
            return iter([])
        pairs = text_pairs(words_keys(value, keys_of))
        return iter([(term.encode("utf-8"), 1, 1.0, b"") for term in pairs])


# The last text analysed and the index keys of its words. documents.py gives the body and
# its pairs field the same string object, indexed one after the other (fields go in name
# order): the pairs field reuses the body's words instead of tokenising it again. One tuple,
# replaced whole, so a reader in another thread sees a matching pair or none.
_last_text: tuple[str, list[tuple[str, ...]]] | None = None


def words_keys(text: str, keys_of: Callable[[str], Any]) -> list[tuple[str, ...]]:
    """The index keys of each word of `text`, in order."""
    global _last_text
    last = _last_text
    if last is not None and last[0] is text:
        return last[1]
    words = fi.text_words_keys(text, keys_of)
    _last_text = (text, words)
    return words


# Most postings hold one position (or a frequency of 1): sharing those value strings instead
# of making a new bytes object per posting saves ~50 bytes a posting while a build keeps
# them in memory.
@functools.lru_cache(maxsize=100_000)
def _single_position_value(position: int) -> bytes:
    return ArrayPositions().encode([position])


@functools.lru_cache(maxsize=1024)
def _frequency_value(freq: int) -> bytes:
    return bytes(pack_uint(freq))
