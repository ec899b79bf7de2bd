#!/usr/bin/env python3
"""Check that every locked dependency has a Windows wheel for the Python the build uses.

    python3 scripts/check_windows_wheels.py [--python-version 3.11]

The Windows build (.github/workflows/windows.yml) cannot run here; what can be checked is
that `pip install --require-hashes -r requirements/{app,build}.txt` will find a wheel for
win_amd64 for every pin (hashes included: the files the runner will get are the ones the
lock names). Downloads into a temporary folder (about 150 MB), prints what it got.

pip evaluates environment markers for the machine it runs on, not for `--platform`, so the
locks are first rewritten for Windows: each pin's marker is evaluated for Windows / CPython
(pins for Windows only, such as pywin32-ctypes, are kept; macOS-only ones dropped).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ("app.txt", "build.txt")


def windows_lock(text: str, python_version: str) -> str:
    from pip._vendor.packaging.markers import Marker

    env = {
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "python_version": python_version,
        "python_full_version": f"{python_version}.0",
    }
    out = []
    keep = True
    for line in text.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            pin, _, marker = line.partition(" ; ")
            keep = True
            if marker:
                marker = marker.removesuffix("\\").strip()
                keep = Marker(marker).evaluate(env)
                line = pin + " \\"
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default="3.11")
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="hk-win-wheels-") as tmp:
        for lock in LOCKS:
            dest = Path(tmp) / lock
            lock_file = Path(tmp) / f"windows-{lock}"
            text = (ROOT / "requirements" / lock).read_text(encoding="utf-8")
            lock_file.write_text(windows_lock(text, args.python_version), encoding="utf-8")
            cmd = [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--no-deps",
                "--platform",
                "win_amd64",
                "--only-binary=:all:",
                "--python-version",
                args.python_version,
                "--implementation",
                "cp",
                "--require-hashes",
                "-r",
                str(lock_file),
                "-d",
                str(dest),
            ]
            result = subprocess.run(cmd, capture_output=True, text=True)
            wheels = sorted(p.name for p in dest.glob("*.whl")) if dest.is_dir() else []
            native = [w for w in wheels if "win_amd64" in w or "abi3" in w and "win" in w]
            print(
                f"requirements/{lock}: {len(wheels)} wheels for win_amd64 / Python "
                f"{args.python_version} ({len(native)} Windows builds: {', '.join(native)})"
            )
            if result.returncode:
                failed = 1
                print(result.stderr[-3000:])
    print("every locked dependency has a Windows wheel" if not failed else "MISSING Windows wheels")
    return failed


if __name__ == "__main__":
    sys.exit(main())
