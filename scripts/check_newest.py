#!/usr/bin/env python3
"""Run the tests against the newest versions pyproject.toml allows, not the lock.

    python scripts/check_newest.py            # a scratch venv in build/newest-venv

The lock (requirements/*.txt) keeps users and CI on tested versions; this finds the next
PyYAML 6.0.4 before users meet it: it installs the package with `pip install --upgrade`
(ignoring the lock), prints which versions differ from requirements/test.txt, and runs the
test suite. When it passes, refresh the lock with `python scripts/lock.py` and commit; when
it fails, fix the code or add an upper bound in pyproject.toml with a comment saying why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "build" / "newest-venv"
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", re.M)


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main() -> int:
    shutil.rmtree(VENV, ignore_errors=True)
    venv.create(VENV, with_pip=True)
    py = str(VENV / ("Scripts" if sys.platform == "win32" else "bin") / "python")
    subprocess.run([py, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--upgrade", "--upgrade-strategy", "eager",
         f"{ROOT}[test]"],
        check=True,
    )  # fmt: skip
    locked = {normal(n): v for n, v in PIN.findall((ROOT / "requirements/test.txt").read_text())}
    frozen = subprocess.run([py, "-m", "pip", "freeze"], capture_output=True, text=True).stdout
    newer = [
        f"  {name}: lock {locked[normal(name)]} -> newest {version}"
        for name, version in PIN.findall(frozen)
        if normal(name) in locked and locked[normal(name)] != version
    ]
    print("Newer than the lock:" if newer else "The lock has the newest allowed versions.")
    print("\n".join(newer))
    return subprocess.run([py, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
