"""Words for bundles: why a bundle was rejected, what importing a case will do.

The core gives stable reason codes (`BundleRejected.reason`, `Status`); the words are here,
through Qt's translation, so the user reads Finnish while logs and the CLI stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from hyvatkaytannot.core.bundles import BundleRejected


class BundleText(QObject):
    """Holds the strings (a QObject so that lupdate and tr() share the context)."""

    def rejection_reason(self, code: str) -> str:
        reasons = {
            "not-a-zip": self.tr("it is not a bundle file (not a zip archive)"),
            "damaged": self.tr("the file is damaged"),
            "no-manifest": self.tr("its list of contents (manifest.json) is missing"),
            "manifest": self.tr("its list of contents (manifest.json) is invalid"),
            "unlisted": self.tr("it holds a file that is not in its list of contents"),
            "missing": self.tr("a file listed in its contents is missing"),
            "checksum": self.tr(
                "a file does not match its checksum (changed or damaged on the way)"
            ),
            "notes": self.tr("its tags and notes (notes.json) cannot be read"),
            "too-many-members": self.tr("it holds too many files"),
            "absolute-path": self.tr("a file in it has an absolute path"),
            "dotdot": self.tr("a file in it points outside its folder (..)"),
            "bad-name": self.tr("a file in it has an unsafe name"),
            "symlink": self.tr("it contains a symbolic link"),
            "duplicate": self.tr("a file appears in it twice"),
            "unexpected-member": self.tr("it contains a file that does not belong in a bundle"),
            "encrypted": self.tr("it is encrypted"),
            "compression": self.tr("it uses an unsupported compression method"),
            "member-too-large": self.tr("a file in it is too large"),
            "total-too-large": self.tr("it is too large"),
            "ratio": self.tr("it unpacks to far more than its size (a zip bomb?)"),
            "size-mismatch": self.tr("a file in it is not the size its header says"),
        }
        return reasons.get(code, self.tr("it failed a safety check"))

    def rejection_message(self, exc: BundleRejected) -> str:
        """'The bundle X was rejected: <reason> (member). Nothing was imported.'"""
        text = self.tr("The bundle %1 was rejected: %2.").replace("%1", exc.path.name)
        text = text.replace("%2", self.rejection_reason(exc.reason))
        if exc.member:
            text += " " + self.tr("File: %1.").replace("%1", exc.member)
        return text + " " + self.tr("Nothing was imported.")

    def status_label(self, status: str) -> str:
        return {
            "new": self.tr("New"),
            "unchanged": self.tr("Already here"),
            "changed": self.tr("Updated version"),
            "conflict": self.tr("Conflict"),
            "invalid": self.tr("Has errors"),
        }.get(status, status)

    def choice_label(self, choice: str) -> str:
        return {
            "keep": self.tr("Keep mine"),
            "theirs": self.tr("Take theirs"),
            "both": self.tr("Keep both"),
        }.get(choice, choice)


def rejection_message(exc: BundleRejected) -> str:
    return BundleText().rejection_message(exc)


def status_label(status: str) -> str:
    return BundleText().status_label(status)


def choice_label(choice: str) -> str:
    return BundleText().choice_label(choice)
