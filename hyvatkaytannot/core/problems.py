"""Problems found while loading or checking cases.

A problem is plain data: the GUI lists them, the CLI prints them as `file:line: message`.
Errors make a case unusable (it is not loaded); warnings leave it loaded.

The message is a `UserMessage` (a code and its parameters, core/messages.py), so it is shown
in the language of whoever reads it: `message` is its text in the process's active language
(core/i18n.py: the CLI's or the GUI's language, Finnish by default), `in_language` any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from hyvatkaytannot.core.messages import UserMessage


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    said: UserMessage = field(hash=False)
    line: int | None = None
    severity: Severity = Severity.ERROR
    case_id: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def message(self) -> str:
        """The text in the active language (the CLI's or the GUI's)."""
        return self.said.shown()

    def in_language(self, language: str) -> str:
        return self.said.in_language(language)

    def format(self) -> str:
        """`file:line: severity: message`, the form editors and CI logs understand."""
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity.value}: {self.message}"
