"""What capture reports when a document cannot be read: one Finnish message naming the file."""

from __future__ import annotations

from pathlib import Path


class CaptureError(Exception):
    """A document that cannot be turned into a draft; `reason` is a short Finnish sentence."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"
