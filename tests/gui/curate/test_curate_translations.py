"""curate_fi.ts is current with the sources and complete, placeholders kept."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "translations" / "curate_fi.ts"
SOURCES = sorted((ROOT / "hyvatkaytannot" / "gui" / "curate").glob("*.py"))


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_string_has_a_finnish_translation_with_its_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 150
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            assert form.strip(), (context, source)
            placeholders = set(re.findall(r"%\d|%n", form))
            assert placeholders == set(re.findall(r"%\d|%n", source)), (context, source, form)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def test_ts_is_current_with_the_sources_and_the_qm_built_from_it(tmp_path: Path) -> None:
    fresh = tmp_path / "curate_fi.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, SOURCES),
         "-ts", str(fresh), "-no-obsolete", "-locations", "none", "-silent",
         "-target-language", "fi"],
        check=True,
    )  # fmt: skip
    assert set(_messages(fresh)) == set(_messages(TS))
    built = tmp_path / "curate_fi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-removeidentical", str(TS), "-qm", str(built)],
        check=True,
    )
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes()
