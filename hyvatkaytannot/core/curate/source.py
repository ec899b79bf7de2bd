"""Where an editor's text comes from and goes to (no widgets).

`EditTarget` is the editor's notion of "the file": its path (None for a case not saved yet),
the fingerprint the file had when the text was read (for outside-edit detection), whether
its folder is read-only, and the draft key autosave uses.

`read_case_file` reads the *current* bytes from disk rather than trusting the loaded Case:
the fingerprint then belongs to exactly the text the user starts editing, so any later
outside edit is caught on save.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hyvatkaytannot.core.curate.atomic import file_fingerprint, sha256_bytes
from hyvatkaytannot.core.loader.decoding import NotTextError, decode
from hyvatkaytannot.core.loader.safe_yaml import FrontMatterError, load_yaml, split_front_matter
from hyvatkaytannot.core.loader.validate import keeps_text


@dataclass
class EditTarget:
    path: Path | None
    fingerprint: str | None
    read_only: bool
    draft_key: str


def read_case_file(path: Path) -> tuple[str, str] | None:
    """(text, fingerprint) of the file now, or None when it cannot be read as text."""
    try:
        data = path.read_bytes()
        return decode(data).text, sha256_bytes(data)
    except (OSError, NotTextError):
        return None


def meta_and_body(text: str) -> tuple[dict[str, Any], str] | None:
    """The front matter mapping and the body, even when the case has validation errors.

    None when the text has no readable front matter (then the form cannot show it).
    """
    try:
        front = split_front_matter(text.replace("\r\n", "\n"))
        parsed = load_yaml(front.yaml_text, front.yaml_line, keeps_text)
    except FrontMatterError:
        return None
    if not isinstance(parsed.data, dict):
        return None
    return dict(parsed.data), front.body


def current_fingerprint(path: Path | None) -> str | None:
    return None if path is None else file_fingerprint(path)
