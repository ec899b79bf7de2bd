"""What capture reports when a document cannot be read: one message naming the file."""

from __future__ import annotations

from pathlib import Path

from hyvatkaytannot.core.messages import CoreError, UserMessage


class CaptureError(CoreError):
    """A document that cannot be turned into a draft; `said` is a short coded sentence
    (core/messages_other.py). `reason` and `str()` are its text in the active language
    (the CLI's or the GUI's); `text`/`in_language` as every core error."""

    def __init__(self, path: Path | str, said: UserMessage) -> None:
        self.path = Path(path)
        self.said = said
        super().__init__("capture.error", name=self.path.name, reason=said)

    @property
    def reason(self) -> str:
        return self.said.shown()

    def __str__(self) -> str:
        return self.message.shown()
