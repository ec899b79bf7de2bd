#!/usr/bin/env python3
"""Build the GUI translations: .ts (from the sources) -> .qm, or check they are current.

    python scripts/build_translations.py            # lupdate the .ts files, lrelease the .qm
    python scripts/build_translations.py --release  # only lrelease (after editing a .ts)
    python scripts/build_translations.py --check    # CI: exit 1 when anything is stale

The app's strings are extracted from hyvatkaytannot/gui/*.py (this package's own modules;
sub-packages ship their own `<name>_<lang>.ts`, which --release and --check also handle).
English is the source language; Finnish and Swedish must be complete: --check fails on a
source string without a translation (numerus forms included), on a .ts that lupdate would
change, and on a .qm that differs from what lrelease makes of its .ts. Edit translations in the .ts
(Qt Linguist or a text editor), then run --release and commit both files.
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
SOURCES_DIR = ROOT / "hyvatkaytannot" / "gui"
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


def sources(ts: Path) -> list[str]:
    """gui/*.py for the app's own .ts; gui/<name>/*.py for a sub-package's <name>_<lang>.ts."""
    name = ts.stem.rsplit("_", 1)[0]
    folder = SOURCES_DIR if name == "hyvatkaytannot" else SOURCES_DIR / name
    return [str(p) for p in sorted(folder.glob("*.py"))]


def package_ts() -> list[Path]:
    """Sub-package catalogues (Finnish and Swedish: English is the source language)."""
    return [ts for ts in all_ts() if not ts.name.startswith("hyvatkaytannot_")]


def lupdate(ts: Path) -> None:
    lang = ts.stem.rsplit("_", 1)[1]
    extra = ["-pluralonly"] if lang in PLURAL_ONLY else []
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(ts), "-ts", str(ts), "-no-obsolete",
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
    return sorted(TRANSLATIONS.glob("*_*.ts"))


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        catalogues = [TRANSLATIONS / APP_TS.format(lang=lang) for lang in LANGUAGES]
        for ts in catalogues + package_ts():
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
        for ts in package_ts():
            lupdate(ts)
    for ts in all_ts():
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}")
    for ts in [TRANSLATIONS / APP_TS.format(lang=lang) for lang in COMPLETE] + package_ts():
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} strings without a translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
