"""What a write on the facade changed, so callers refresh from it instead of guessing.

In the spirit of Anki's `OpChanges`: every write operation of `KnowledgeBase` returns an
`Op[T]` — the value the caller asked for (the new annotation, the collection, the number of
links removed) and an `OpChanges` saying which kinds of data changed and which cases had
their index entries brought up to date. The GUI refreshes exactly those parts; the CLI
prints the value and, when the index could not be updated, `changes.index_error`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    # Cases whose searchable content changed (user layer or file): reindexed by the facade.
    cases: frozenset[str] = frozenset()
    tags: bool = False
    annotations: bool = False
    collections: bool = False
    saved_searches: bool = False
    # Case files were written and the library reloaded (`kb.cases` shows them).
    library: bool = False
    # How the index took the change: "updated" (done now), "scheduled" (handed to the
    # index runner, e.g. the GUI's serial worker), "none" (no index yet: the next sync
    # includes the change; or nothing searchable changed).
    index: str = "none"
    # The index update failed; the saved change stands (the index is derived).
    index_error: str | None = None

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            cases=self.cases | other.cases,
            tags=self.tags or other.tags,
            annotations=self.annotations or other.annotations,
            collections=self.collections or other.collections,
            saved_searches=self.saved_searches or other.saved_searches,
            library=self.library or other.library,
            index=other.index if other.index != "none" else self.index,
            index_error=self.index_error or other.index_error,
        )


@dataclass(frozen=True)
class Op(Generic[T]):
    """The result of a write: what the caller asked for, and what changed."""

    value: T
    changes: OpChanges = field(default_factory=OpChanges)
