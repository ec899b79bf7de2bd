#!/usr/bin/env python3
"""Write the locks in requirements/ from pyproject.toml, or check that they are current.

    python scripts/lock.py            # refresh: newest versions pyproject.toml allows
    python scripts/lock.py --check    # exit 1 when a lock no longer matches pyproject.toml

Three locks, each complete (every dependency pinned with its hashes) and universal (one file
for Linux, Windows and macOS and every Python the project supports: platform-only packages
carry markers), so `pip install --require-hashes -r requirements/X.txt` installs the same
files everywhere:

    requirements/app.txt    running the app          (pyproject dependencies)
    requirements/test.txt   running the tests        (+ the `test` extra)
    requirements/build.txt  building the frozen app  (+ the `build` extra: PyInstaller)

All three also pin the build backend (requirements/tools.in), so the package itself installs
from the lock with `pip install --no-deps --no-build-isolation .`.

They are written by uv's resolver (`uv pip compile --universal --generate-hashes`): pip-tools
cannot make one file valid on every platform, and uv's own uv.lock would make every user and
CI install uv first. The output is plain pip requirements, so installing needs only pip.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQ = ROOT / "requirements"
LOCKS = {"app.txt": [], "test.txt": ["test"], "build.txt": ["build"]}
PYTHON = "3.11"  # the oldest supported: the resolution must hold from there up


def uv() -> list[str]:
    found = shutil.which("uv")
    if found:
        return [found]
    try:
        import uv as uv_module  # noqa: F401  (pip install uv)
    except ImportError:
        sys.exit("uv is needed to write the locks: pip install uv")
    return [sys.executable, "-m", "uv"]


def compile_lock(extras: list[str], out: Path) -> None:
    cmd = [
        *uv(), "pip", "compile", "pyproject.toml", "requirements/tools.in",
        "--universal", "--python-version", PYTHON, "--generate-hashes", "--quiet",
        "--custom-compile-command", "python scripts/lock.py", "-o", str(out),
    ]  # fmt: skip
    for extra in extras:
        cmd += ["--extra", extra]
    subprocess.run(cmd, cwd=ROOT, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a lock is stale")
    args = parser.parse_args()
    if not args.check:
        for name, extras in LOCKS.items():
            compile_lock(extras, REQ / name)
            print("wrote", REQ / name)
        return 0
    # --check: the pins must satisfy pyproject.toml as it is now; re-resolving with the
    # current pins preferred (uv keeps what still fits) must change nothing.
    stale = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, extras in LOCKS.items():
            out = Path(tmp) / name
            shutil.copy(REQ / name, out)
            compile_lock(extras, out)
            old = (REQ / name).read_text().splitlines()
            new = out.read_text().splitlines()
            if old != new:
                stale += 1
                print(f"{name} is stale; run: python scripts/lock.py")
                sys.stdout.writelines(
                    line + "\n" for line in difflib.unified_diff(old, new, name, "now", n=0)
                )
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
