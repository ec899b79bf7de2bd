#!/usr/bin/env python3
"""Build the Debian package from the frozen folder: dist/hyvatkaytannot_<version>_amd64.deb.

    python3 scripts/build_deb.py [--version V] [--lintian]

Needs dist/hyvatkaytannot/ (scripts/build_app.py) and Debian's dpkg-deb; lintian and
appstreamcli check the result when installed. What goes where:

    /usr/lib/hyvatkaytannot/                 the frozen folder
    /usr/bin/hyvatkaytannot                  -> ../lib/hyvatkaytannot/hyvatkaytannot
    /usr/share/applications/<id>.desktop     menu entry; opens .hkzip files (MimeType)
    /usr/share/mime/packages/hyvatkaytannot.xml     the .hkzip MIME type
    /usr/share/icons/hicolor/*/apps/hyvatkaytannot.(png|svg)
    /usr/share/metainfo/<id>.metainfo.xml    AppStream (software centres)
    /usr/share/man/man1/hyvatkaytannot.1.gz, /usr/share/doc/hyvatkaytannot/

Compressed with xz at level 1: what Debian's tools accept (lintian rejects zstd members),
about 30 s of CPU; level 6 saved 10% and took minutes on the CI machine.
Depends is worked out from the frozen folder
itself: every shared library its programs and Qt plugins load from the system (by ldd),
mapped to the Debian package that holds it (by dpkg -S), plus fontconfig's configuration
and a font. Menus, MIME and icon caches are refreshed by dpkg's own triggers.
Each user's data dir (~/.local/share/hyvatkaytannot) is never touched: an upgrade keeps it
(the app migrates it on its next start, after a backup), and removal leaves it and says so.

`--version` sets the package version (a second package for the upgrade test).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "hyvatkaytannot"
APP_ID = "fi.hyvatkaytannot.hyvatkaytannot"
LINUX = ROOT / "packaging" / "linux"
# Debian's usual DEBFULLNAME/DEBEMAIL set the maintainer; the project has no mail address yet.
MAINTAINER = "{} <{}>".format(
    os.environ.get("DEBFULLNAME", "Hyvät käytännöt developers"),
    os.environ.get("DEBEMAIL", "hyvatkaytannot@example.org"),
)
# The bundled fontconfig reads the system's /etc/fonts (fontconfig-config) and needs a font.
FONT_DEPENDS = "fontconfig-config, fonts-dejavu-core | fonts-noto-core | fonts-liberation2"
DESCRIPTION = """\
Description: offline knowledge base of good practices of Finnish municipalities
 Hyvät käytännöt lets municipal officials search case studies offline in
 Finnish (any inflected form, compound parts, typos), network coordinators
 write, check and share cases as .hkzip bundles, and trainers present cases
 full screen and print handouts. Tags and notes stay on the user's own
 computer.
 .
 This package holds the app frozen with its own Python and Qt."""


def app_version() -> str:
    text = (ROOT / "hyvatkaytannot" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found
    return found.group(1)


def build_date() -> tuple[str, float]:
    """The commit's date (reproducible), or now outside git; SOURCE_DATE_EPOCH wins."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True
        )
        epoch = out.stdout.strip() or str(int(time.time()))
    seconds = float(epoch)
    return time.strftime("%Y-%m-%d", time.gmtime(seconds)), seconds


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def system_libraries(folder: Path) -> tuple[set[str], list[str]]:
    """Libraries resolved outside `folder` for every ELF file in it, and what is missing."""
    found: set[str] = set()
    missing: list[str] = []
    # Bundled libraries first, as the bootloader and Qt's rpath would find them.
    lib_dirs = {str(p.parent) for p in folder.rglob("*.so*") if p.is_file()}
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(sorted(lib_dirs)))
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            if "not found" in where:
                missing.append(f"{path.relative_to(folder)}: {name}")
            elif where.startswith("/") and not where.startswith(str(folder)):
                found.add(where.split(" (")[0])
    return found, missing


def owning_packages(libraries: set[str]) -> set[str]:
    packages: set[str] = set()
    for lib in sorted(libraries):
        candidates = {lib, os.path.realpath(lib)}
        candidates |= {c.removeprefix("/usr") for c in list(candidates)}
        for candidate in candidates:
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if out.returncode == 0:
                packages.add(out.stdout.split(":")[0].strip())
                break
        else:
            sys.exit(f"no Debian package holds {lib}: cannot declare the dependency")
    return packages


def write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def gzip_to(path: Path, data: bytes, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=int(mtime), filename="") as gz,
    ):
        gz.write(data)
    path.chmod(0o644)


def stage(root: Path, version: str, date: str, epoch: float) -> None:
    lib = root / "usr" / "lib" / "hyvatkaytannot"
    shutil.copytree(FROZEN, lib, symlinks=True)
    for path in lib.rglob("*"):  # dpkg keeps modes: no group/other write, no stray exec bits
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = is_elf(path) and (path.name == "hyvatkaytannot" or ".so" not in path.name)
            path.chmod(0o755 if executable else 0o644)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "hyvatkaytannot").symlink_to("../lib/hyvatkaytannot/hyvatkaytannot")

    share = root / "usr" / "share"
    write(
        share / "applications" / f"{APP_ID}.desktop",
        (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8"),
    )
    write(
        share / "mime" / "packages" / "hyvatkaytannot.xml",
        (LINUX / "hyvatkaytannot-mime.xml").read_text(encoding="utf-8"),
    )
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", version).replace("@DATE@", date)
    write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    icons = ROOT / "build" / "icons" / "hicolor"
    if not icons.is_dir():
        sys.exit(f"{icons} is missing: run scripts/build_app.py first")
    shutil.copytree(icons, share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", scalable / "hyvatkaytannot.svg")
    gzip_to(
        share / "man" / "man1" / "hyvatkaytannot.1.gz",
        (LINUX / "hyvatkaytannot.1").read_bytes(),
        epoch,
    )

    doc = share / "doc" / "hyvatkaytannot"
    write(doc / "copyright", copyright_text())
    changelog = (
        f"hyvatkaytannot ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}.\n\n"
        f" -- {MAINTAINER}  {formatdate(epoch, localtime=False)}\n"
    ).replace("GMT", "+0000")
    # A native package (the version has no Debian revision): changelog.gz, not .Debian.gz.
    gzip_to(doc / "changelog.gz", changelog.encode(), epoch)
    overrides = (LINUX / "lintian-overrides").read_text(encoding="utf-8")
    write(share / "lintian" / "overrides" / "hyvatkaytannot", overrides)
    for path in share.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)


def copyright_text() -> str:
    return """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: hyvatkaytannot
Comment: The app is frozen with PyInstaller: its folder also holds CPython (PSF-2.0),
 Qt 6 and PySide6 (LGPL-3.0), Voikko's Finnish dictionary via pyvoikko (GPL-3.0) and
 kfst-rs (LGPL-3.0), and the Python libraries listed in requirements/app.txt, each
 under its own licence. Municipality data and map outlines: Lähde: Tilastokeskus,
 Maanmittauslaitos (CC BY 4.0) / Source: Statistics Finland, National Land Survey of
 Finland (CC BY 4.0); municipal division 1:4.5M, modified.

Files: *
Copyright: 2026 Hyvät käytännöt developers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3 can
 be found in the file `/usr/share/common-licenses/GPL-3'.
"""


def control(version: str, depends: set[str], installed_kb: int) -> str:
    deps = ", ".join([*sorted(depends), FONT_DEPENDS])
    return (
        "Package: hyvatkaytannot\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {deps}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"{DESCRIPTION}\n"
    )


POSTRM = """\
#!/bin/sh
# Each user's data (own cases, tags and notes, backups) is theirs: it is never removed.
set -e
case "$1" in
  remove|purge)
    echo "hyvatkaytannot: each user's data is kept in ~/.local/share/hyvatkaytannot" \\
         "(or \\$HYVATKAYTANNOT_DATA_DIR); remove it by hand if it is no longer needed."
    ;;
esac
exit 0
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="package version (default: the app's)")
    parser.add_argument("--lintian", action="store_true", help="run lintian on the result")
    args = parser.parse_args()
    if not (FROZEN / "hyvatkaytannot").is_file():
        sys.exit(f"{FROZEN} is missing: run scripts/build_app.py first")
    version = args.version or app_version()
    date, epoch = build_date()

    root = ROOT / "build" / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    root.mkdir(parents=True)
    stage(root, version, date, epoch)

    libraries, missing = system_libraries(root / "usr" / "lib" / "hyvatkaytannot")
    if missing:
        sys.exit("libraries missing on the build machine:\n  " + "\n  ".join(missing))
    depends = owning_packages(libraries)
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    size_kb = sum(p.stat().st_size for p in files) // 1024
    write(root / "DEBIAN" / "control", control(version, depends, size_kb))
    write(root / "DEBIAN" / "postrm", POSTRM, 0o755)

    out = ROOT / "dist" / f"hyvatkaytannot_{version}_amd64.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(epoch)))
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root), str(out)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    print(f"{out}: {out.stat().st_size / 1e6:.0f} MB, installed {size_kb / 1024:.0f} MB")
    print("Depends:", ", ".join(sorted(depends)))

    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    checks = [
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        ["desktop-file-validate", str(root / "usr/share/applications" / f"{APP_ID}.desktop")],
    ]
    if args.lintian:
        checks.append(["lintian", "--fail-on", "error,warning", str(out)])
    failed = 0
    for cmd in checks:
        if shutil.which(cmd[0]) is None:
            print(f"({cmd[0]} is not installed: not checked)")
            continue
        result = subprocess.run(cmd)
        print(f"{cmd[0]}: {'ok' if result.returncode == 0 else 'FAILED'}")
        failed |= result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
