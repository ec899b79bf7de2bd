"""A proposed value and the words of the text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SNIPPET_CHARS = 70


@dataclass
class Proposal:
    value: Any
    evidence: list[str] = field(default_factory=list)
    note: str = ""  # why a coordinator should look twice (a former municipality …)
    score: float = 0.0

    def add(self, snippet: str) -> None:
        if snippet and snippet not in self.evidence and len(self.evidence) < 3:
            self.evidence.append(snippet)


def snippet(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> str:
    """The words around text[start:end], cut at word boundaries, on one line."""
    a = max(0, start - width // 2)
    b = min(len(text), end + width // 2)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    piece = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + piece + ("…" if b < len(text) else "")
