"""The query language: a forgiving parser from the search box text to a small syntax tree.

Language (Finnish and English keywords alike):
- `sana sana`         all words must match (AND)
- `a TAI b`, `a OR b` either; binds tighter than the implicit AND, as in web search:
                      `yhteistyö kunta TAI kaupunki` = yhteistyö AND (kunta OR kaupunki)
- `EI a`, `NOT a`, `-a` exclude
- `"a b"`             phrase (word forms analysed, so "työn rakastaminen" finds inflections)
- `elinv*`            prefix (bounded expansion, see expansion.py)
- `elinvoma~`         fuzzy (edit distance 1, or 2 for words of 6+ letters; `~1`/`~2` explicit)
- `kunta:Posiolla`    a field; values are analysed where that makes sense. Field names are in
                      schema.FIELD_ALIASES (kunta/municipality, maakunta/region, teema/theme,
                      tila/status, vuosi/year (also `vuosi:2015-2018`), tunniste/tag, …).
- `( … )`             grouping
Operators are recognised only in capitals (TAI, OR, EI, NOT, JA, AND) because "tai" and "ei"
are ordinary Finnish words. Unknown `x:y` is a plain word.

The parser never raises on user input: unbalanced quotes and parentheses are closed, stray
operators are dropped. Anything it still cannot make sense of falls back to plain words
(`plain_words`), which the index module uses when compiling a tree fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hyvatkaytannot.core.search.schema import FIELD_ALIASES

OR_WORDS = frozenset({"TAI", "OR"})
NOT_WORDS = frozenset({"EI", "NOT"})
AND_WORDS = frozenset({"JA", "AND"})


@dataclass
class Word:
    text: str
    field: str | None = None
    prefix: bool = False
    fuzzy: int | None = None  # None: exact; 0: automatic distance; 1 or 2: explicit


@dataclass
class Phrase:
    text: str
    field: str | None = None


@dataclass
class AndNode:
    items: list[Node] = field(default_factory=list)


@dataclass
class OrNode:
    items: list[Node] = field(default_factory=list)


@dataclass
class NotNode:
    item: Node


Node = Word | Phrase | AndNode | OrNode | NotNode

# Lexer tokens: ("(",), (")",), ("op", "OR"|"NOT"|"AND"), ("neg",), ("phrase", text, field),
# ("word", text, field)
_Token = tuple[str, ...]
_FIELD_RE = re.compile(r"^([A-Za-zÅÄÖåäö_]+):(.*)$", re.S)


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append((ch,))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            end = n if end < 0 else end
            tokens.append(("phrase", text[i + 1 : end], ""))
            i = end + 1
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            tokens.append(("neg",))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in '()"':
                j += 1
            raw = text[i:j]
            i = j
            m = _FIELD_RE.match(raw)
            if m and m.group(1).lower() in FIELD_ALIASES:
                fname = FIELD_ALIASES[m.group(1).lower()]
                value = m.group(2)
                if not value and i < n and text[i] == '"':
                    end = text.find('"', i + 1)
                    end = n if end < 0 else end
                    tokens.append(("phrase", text[i + 1 : end], fname))
                    i = end + 1
                elif value:
                    tokens.append(("word", value, fname))
                continue
            if raw in OR_WORDS:
                tokens.append(("op", "OR"))
            elif raw in NOT_WORDS:
                tokens.append(("op", "NOT"))
            elif raw in AND_WORDS:
                tokens.append(("op", "AND"))
            else:
                tokens.append(("word", raw, ""))
    return tokens


def _word_node(raw: str, fname: str) -> Word | None:
    prefix = False
    fuzzy: int | None = None
    m = re.match(r"^(.*?)~([12])?$", raw, re.S)
    if m and m.group(1):
        raw = m.group(1)
        fuzzy = int(m.group(2)) if m.group(2) else 0
    if raw.endswith("*"):
        raw = raw.rstrip("*")
        prefix = True
    raw = raw.strip("*~")
    if not raw:
        return None
    return Word(raw, fname or None, prefix, fuzzy)


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse_seq(self, depth: int) -> Node | None:
        items: list[Node] = []
        while (tok := self.peek()) is not None:
            if tok[0] == ")":
                if depth > 0:
                    break
                self.take()  # a stray ")" is dropped
                continue
            if tok == ("op", "AND") or tok == ("op", "OR"):
                self.take()  # AND is implicit; an OR with nothing before it is dropped
                continue
            node = self.parse_or(depth)
            if node is not None:
                items.append(node)
        if not items:
            return None
        return items[0] if len(items) == 1 else AndNode(items)

    def parse_or(self, depth: int) -> Node | None:
        first = self.parse_unary(depth)
        items = [first] if first is not None else []
        while self.peek() == ("op", "OR"):
            self.take()
            nxt = self.parse_unary(depth)
            if nxt is not None:
                items.append(nxt)
        if not items:
            return None
        return items[0] if len(items) == 1 else OrNode(items)

    def parse_unary(self, depth: int) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        if tok[0] == "neg" or tok == ("op", "NOT"):
            self.take()
            inner = self.parse_unary(depth)
            return NotNode(inner) if inner is not None else None
        return self.parse_atom(depth)

    def parse_atom(self, depth: int) -> Node | None:
        tok = self.take()
        kind = tok[0]
        if kind == "(":
            inner = self.parse_seq(depth + 1)
            if self.peek() == (")",):
                self.take()
            return inner
        if kind == "phrase":
            text = tok[1].strip()
            return Phrase(text, tok[2] or None) if text else None
        if kind == "word":
            return _word_node(tok[1], tok[2])
        # An operator where a word should be ("a TAI TAI b", "EI" at the end): skip it.
        return None


def parse(text: str) -> Node | None:
    """The syntax tree of a query, or None for an empty query. Never raises on input text."""
    try:
        return _Parser(_lex(text)).parse_seq(0)
    except Exception:  # noqa: BLE001 - a parser bug must not break the search box
        return plain_words(text)


def plain_words(text: str) -> Node | None:
    """The fallback: every run of letters and digits is a word, all of them required."""
    words = [Word(w) for w in re.findall(r"\w+", text)]
    if not words:
        return None
    return words[0] if len(words) == 1 else AndNode(list(words))


def last_word(node: Node | None) -> Word | None:
    """The last plain word of the query (the one being typed, for search as you type)."""
    if isinstance(node, Word):
        return node
    if isinstance(node, AndNode | OrNode) and node.items:
        return last_word(node.items[-1])
    return None


def positive_words(node: Node | None) -> list[Word | Phrase]:
    """Words and phrases that are not negated (what snippets highlight and suggestions fix)."""
    out: list[Word | Phrase] = []
    if isinstance(node, Word | Phrase):
        out.append(node)
    elif isinstance(node, AndNode | OrNode):
        for item in node.items:
            out.extend(positive_words(item))
    return out
