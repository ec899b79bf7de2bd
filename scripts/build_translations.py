#!/usr/bin/env python3
"""Build the GUI translations: .ts (from the sources) -> .qm, or check they are current.

    python scripts/build_translations.py            # lupdate the .ts files, lrelease the .qm
    python scripts/build_translations.py --release  # only lrelease (after editing a .ts)
    python scripts/build_translations.py --check    # CI: exit 1 when anything is stale

One catalogue per language, `hyvatkaytannot_<lang>.ts`: the strings of every GUI module
(hyvatkaytannot/gui/**/*.py) and the core's and the CLI's messages (hyvatkaytannot/core/
messages*.py, context "Messages", read without Qt by core/i18n.py). Adding a language is
adding its .ts to LANGUAGES. English is the source language; Finnish and Swedish must be
complete: --check fails on a source string without a translation (numerus forms included),
on a .ts that lupdate would change, on a .qm that differs from what lrelease makes of its
.ts, and on any other catalogue. Edit translations in the .ts (Qt Linguist or a text
editor), then run --release and commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "hyvatkaytannot"
APP_TS = "hyvatkaytannot_{lang}.ts"
# Languages whose .ts is kept up to date with the sources; "complete" ones must be finished.
# English is the source language: its .ts holds only the plural forms ("1 case", "5 cases").
LANGUAGES = ("fi", "en", "sv")
COMPLETE = ("fi", "en", "sv")
PLURAL_ONLY = ("en",)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    """Every GUI module, and the message catalogue of the core and the CLI."""
    gui = sorted((PACKAGE / "gui").rglob("*.py"))
    catalogues = sorted((PACKAGE / "core").glob("messages*.py"))
    return [str(p) for p in [*gui, *catalogues]]


def lupdate(ts: Path) -> None:
    lang = ts.stem.rsplit("_", 1)[1]
    extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete",
         "-locations", "none", "-silent", "-target-language", lang, *extra],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
        check=True,
        cwd=ROOT,
    )


def unfinished(ts: Path) -> list[str]:
    """Source strings without a usable translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(source)
            continue
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            if not forms or any(not (f.text or "").strip() for f in forms):
                missing.append(source)
        elif not (translation.text or "").strip():
            missing.append(source)
    return missing


def all_ts() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        catalogues = [TRANSLATIONS / APP_TS.format(lang=lang) for lang in LANGUAGES]
        for ts in catalogues:
            lang = ts.stem.rsplit("_", 1)[1]
            if not ts.exists():
                problems.append(f"{ts} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh)
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is not up to date with the sources: run this script")
            if lang in COMPLETE:
                for source in unfinished(fresh):
                    problems.append(f"{ts.name}: no translation for {source!r}")
        names = {c.name for c in catalogues}
        for ts in all_ts():
            if ts.name not in names:
                problems.append(f"{ts.name}: one catalogue per language (hyvatkaytannot_<lang>)")
        for ts in all_ts():
            qm = ts.with_suffix(".qm")
            built = Path(tmp) / qm.name
            lrelease(ts, built)
            if not qm.exists() or qm.read_bytes() != built.read_bytes():
                problems.append(f"{qm.name} is not built from {ts.name}: run --release")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when anything is stale")
    parser.add_argument("--release", action="store_true", help="only build .qm from .ts")
    args = parser.parse_args()
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        for lang in LANGUAGES:
            lupdate(TRANSLATIONS / APP_TS.format(lang=lang))
    for ts in all_ts():
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}")
    for ts in [TRANSLATIONS / APP_TS.format(lang=lang) for lang in COMPLETE]:
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} strings without a translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
