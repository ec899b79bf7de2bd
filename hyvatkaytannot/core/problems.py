"""Problems found while loading or checking cases.

A problem is plain data: the GUI lists them, the CLI prints them as `file:line: message`.
Errors make a case unusable (it is not loaded); warnings leave it loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str
    line: int | None = None
    severity: Severity = Severity.ERROR
    case_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """`file:line: severity: message`, the form editors and CI logs understand."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity.value}: {self.message}"
