#!/usr/bin/env python3
"""Build the frozen app into dist/hyvatkaytannot/ and smoke-test it. No manual step.

    python3 scripts/build_app.py [--deb] [--no-smoke]

Run with the system's Python (≥ 3.11) in a fresh clone, on Linux or Windows:
1. a build venv in build/venv from requirements/build.txt (every file checked by its hash;
   made again when the lock changes);
2. the package installed into it (`pip install --no-deps --no-build-isolation .`);
3. the icons rendered from resources/icons/app.svg (scripts/render_icons.py);
4. PyInstaller with packaging/hyvatkaytannot.spec -> dist/hyvatkaytannot/ (one folder:
   interpreter, the Qt modules the app uses, the Voikko dictionary, cases and resources);
5. scripts/smoke_app.py against dist/hyvatkaytannot/hyvatkaytannot, copied first under a
   path with spaces and ä/ö;
6. with --deb (Linux), the Debian package in dist/ (scripts/build_deb.py).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
VENV = BUILD / "venv"
WINDOWS = sys.platform == "win32"
VENV_PYTHON = VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")
PROGRAM = ROOT / "dist" / "hyvatkaytannot" / ("hyvatkaytannot.exe" if WINDOWS else "hyvatkaytannot")


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def done(t0: float) -> None:
    print(f"   ({time.perf_counter() - t0:.0f} s)", flush=True)


def run(*cmd: str | Path) -> None:
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def version() -> str:
    text = (ROOT / "hyvatkaytannot" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "no __version__ in hyvatkaytannot/__init__.py"
    return found.group(1)


def lock_digest() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in ("build.txt", "tools.in"):
        digest.update((ROOT / "requirements" / name).read_bytes())
    return digest.hexdigest()


def build_venv() -> None:
    marker = VENV / "lock.sha256"
    if marker.is_file() and marker.read_text() == lock_digest() and VENV_PYTHON.is_file():
        print(f"   {VENV} is current with requirements/build.txt")
    else:
        shutil.rmtree(VENV, ignore_errors=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
        run(
            VENV_PYTHON,
            "-m",
            "pip",
            "install",
            "-q",
            "--require-hashes",
            "-r",
            "requirements/build.txt",
        )
        marker.write_text(lock_digest())
    # The package itself every time: it is what changes between builds.
    run(
        VENV_PYTHON,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "--force-reinstall",
        ".",
    )


def windows_version_file() -> None:
    """The version resource of the .exe (Explorer's Details tab, IT inventories)."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:3]]
    numbers += [0] * (4 - len(numbers))
    tup = tuple(numbers)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}),
  kids=[
    StringFileInfo([StringTable('040B04B0', [
      StringStruct('CompanyName', 'Hyvät käytännöt developers'),
      StringStruct('FileDescription', 'Hyvät käytännöt'),
      StringStruct('FileVersion', '{version()}'),
      StringStruct('ProductName', 'Hyvät käytännöt'),
      StringStruct('ProductVersion', '{version()}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [0x040B, 1200])])
  ]
)
"""
    (BUILD / "windows-version.txt").write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--lintian", action="store_true", help="check the .deb with lintian")
    args = parser.parse_args()
    t_all = time.perf_counter()
    BUILD.mkdir(exist_ok=True)

    t0 = step("build venv from requirements/build.txt (hashes checked) and the package")
    build_venv()
    done(t0)

    t0 = step("icons from resources/icons/app.svg")
    run(VENV_PYTHON, "scripts/render_icons.py", BUILD / "icons")
    if WINDOWS:
        windows_version_file()
    done(t0)

    t0 = step("PyInstaller: packaging/hyvatkaytannot.spec -> dist/hyvatkaytannot/")
    shutil.rmtree(ROOT / "dist" / "hyvatkaytannot", ignore_errors=True)
    run(
        VENV_PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        ROOT / "dist",
        "--workpath",
        BUILD / "pyinstaller",
        "packaging/hyvatkaytannot.spec",
    )
    done(t0)
    print(f"   {PROGRAM}")

    failed = 0
    if not args.no_smoke:
        t0 = step("smoke test of the frozen program (copied under a path with spaces and ä/ö)")
        failed = subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "smoke_app.py"),
                str(PROGRAM),
                "--relocate",
                "--baseline",
                str(VENV_PYTHON.with_name("hyvatkaytannot.exe" if WINDOWS else "hyvatkaytannot")),
            ]
        ).returncode
        done(t0)

    if args.deb and not failed:
        t0 = step("Debian package")
        # lintian takes minutes on the 160 MB folder: --lintian asks for it.
        run(sys.executable, "scripts/build_deb.py", *(["--lintian"] if args.lintian else []))
        done(t0)
    print(f"\nbuild_app took {time.perf_counter() - t_all:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
