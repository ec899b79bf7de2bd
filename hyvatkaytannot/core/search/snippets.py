"""Highlighted snippets: a window of the case text with the matched word forms in <b>.

Whoosh's highlighter is not used: it re-runs the whole field analyzer over the text and its
HTML escaping is left to the formatter. Here the text is tokenized, a word is highlighted when
one of its index keys (lemmas, compound parts) is among the query's positive terms, so
"kunnassa" lights up for the query "kuntien", and everything outside the tags is escaped.

Analysing every word of a long body would cost (Voikko) on a cold cache, so a cheap filter
comes first: a word can only produce a key if it contains that key's first letters (inflection
changes the end of a stem, compounding adds before and after it).
"""

from __future__ import annotations

import html
import re

from hyvatkaytannot.core.search import analysis_bridge as fi

SNIPPET_CHARS = 220


# A written word as the analysis tokenizes it: letters/digits joined by inner hyphens, colons
# or apostrophes ("sote-palveluiden", "EU:n").
_WORD_RE = re.compile(r"[^\W_]+(?:[-\u2011:'\u2019][^\W_]+)*")
_JOINERS = "-\u2011:'\u2019"
# Long texts are searched for matches in their first part only (a snippet is one window).
SCAN_CHARS = 30_000


def _probe_re(keys: set[str]) -> re.Pattern[str] | None:
    # A family key ("~seutu") is probed by its lemma's first letters ("seudullinen").
    plain = {k.lstrip("~") for k in keys}
    probes = sorted({k[:3] if len(k) >= 5 else k[:2] for k in plain if k}, key=len, reverse=True)
    if not probes:
        return None
    return re.compile("|".join(re.escape(p) for p in probes), re.IGNORECASE)


def _word_start(text: str, pos: int) -> int:
    while pos > 0:
        ch = text[pos - 1]
        if ch.isalnum() and ch != "_" or ch in _JOINERS and pos > 1 and text[pos - 2].isalnum():
            pos -= 1
        else:
            break
    return pos


def matched_spans(text: str, keys: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every word in `text` whose index keys meet `keys`.

    The probe regex finds the few places where a key's first letters occur (at C speed);
    only the words around them are analysed."""
    probe = _probe_re(keys) if text else None
    if probe is None:
        return []
    spans: list[tuple[int, int]] = []
    last_end = -1
    for m in probe.finditer(text, 0, min(len(text), SCAN_CHARS)):
        if m.start() < last_end:
            continue  # another probe inside a word already looked at
        w = _WORD_RE.match(text, _word_start(text, m.start()))
        if w is None:
            continue
        last_end = w.end()
        word = w.group()
        if word.lower() in keys or keys.intersection(fi.index_keys(word)):
            spans.append((w.start(), w.end()))
    return spans


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """The window of `width` characters holding the most matches (the first such)."""
    if not spans:
        return 0, min(len(text), width)
    best_start, best_count = spans[0][0], 0
    j = 0
    for i, (s, _) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= s + width:
            j += 1
        if j - i > best_count:
            best_start, best_count = s, j - i
    # Start a little before the first match, for context.
    start = max(0, best_start - width // 4)
    end = min(len(text), start + width)
    start = max(0, end - width)
    return start, end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    if start > 0:
        sp = text.find(" ", start, start + 20)
        if sp != -1:
            start = sp + 1
    if end < len(text):
        sp = text.rfind(" ", end - 20, end)
        if sp != -1:
            end = sp
    return start, end


def make_snippet(
    text: str,
    keys: set[str],
    width: int = SNIPPET_CHARS,
    spans: list[tuple[int, int]] | None = None,
) -> str:
    """HTML: the best window of `text`, matches in <b>, the rest escaped, ellipses at cuts.
    `text` must be whitespace-flattened when `spans` are given."""
    if spans is None:
        text = " ".join(text.split())  # newlines and Markdown spacing are noise in a snippet
        spans = matched_spans(text, keys)
    if not text:
        return ""
    start, end = _snap(text, *_window(text, spans, width))
    parts: list[str] = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        parts.append(html.escape(text[pos:s]))
        parts.append(f"<b>{html.escape(text[s:e])}</b>")
        pos = e
    parts.append(html.escape(text[pos:end]))
    parts.append("…" if end < len(text) else "")
    return "".join(parts)


def best_snippet(texts: list[str], keys: set[str], width: int = SNIPPET_CHARS) -> str:
    """The snippet of the first text with the most matches (texts in order of preference:
    a match in the summary beats one in the body)."""
    best: tuple[str, list[tuple[int, int]]] | None = None
    for raw in texts:
        if not raw:
            continue
        text = " ".join(raw.split())
        spans = matched_spans(text, keys)
        if best is None or len(spans) > len(best[1]):
            best = (text, spans)
        if len(spans) >= 2:
            break
    if best is None:
        return ""
    return make_snippet(best[0], keys, width, best[1])
