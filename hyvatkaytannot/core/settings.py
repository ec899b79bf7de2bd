"""Every user setting declared once, with its default and help text.

Settings are a small JSON file in the data directory, shared by the GUI and the CLI. An
unreadable file falls back to defaults (and is kept aside) rather than stopping the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("library_folders", [], "Extra library folders (for example a shared network drive)."),
    Setting(
        "ui_language",
        "",
        "User interface language: fi, sv or en; empty follows the system's language "
        "(Finnish when the app does not speak it).",
    ),
    Setting("font_size", 0, "Reading font size in points; 0 follows the system."),
    Setting("backups_keep", 10, "How many automatic backups of the user database to keep."),
    Setting("show_notes_in_presentation", False, "Show personal notes in presentation mode."),
)
_DEFAULTS = {s.name: s.default for s in SETTINGS}
# Each value's schema: a wrong type (backups_keep: "abc") falls back to the default and is
# reported in `Settings.problems` instead of failing later where the value is used.
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "library_folders": {
            "type": "array",
            "items": {"type": "string", "maxLength": 4096},
            "maxItems": 100,
        },
        "ui_language": {"type": "string", "maxLength": 16},
        "font_size": {"type": "integer", "minimum": 0, "maximum": 200},
        "backups_keep": {"type": "integer", "minimum": 1, "maximum": 10_000},
        "show_notes_in_presentation": {"type": "boolean"},
    },
}


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        from hyvatkaytannot.core import jsoncheck

        self._values = {}
        self.problems: list[str] = []
        try:
            raw = jsoncheck.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            # Keep the broken file for the user to inspect; run on defaults.
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return
        if isinstance(raw, dict):
            for k, v in raw.items():
                if k not in _DEFAULTS:
                    continue
                try:
                    jsoncheck.check({k: v}, SCHEMA, str(self.path))
                except jsoncheck.JsonProblem as e:
                    self.problems.append(f"{e.fi} / {e.en}")
                    continue
                self._values[k] = v

    def get(self, name: str) -> Any:
        if name not in _DEFAULTS:
            raise KeyError(name)
        value = self._values.get(name, _DEFAULTS[name])
        return list(value) if isinstance(value, list) else value

    def chosen(self, name: str) -> Any:
        """The value the user set, or None when the default applies."""
        return self._values.get(name)

    def set(self, name: str, value: Any) -> None:
        if name not in _DEFAULTS:
            raise KeyError(name)
        self._values[name] = value
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)
