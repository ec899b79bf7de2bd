"""Lint, format and type checks run with the tests, so CI and a developer see the same."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> list[str]:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return [found]


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True)


def test_ruff_lint() -> None:
    out = _run([*_tool("ruff"), "check", "hyvatkaytannot", "tests", "scripts", "benchmarks"])
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format() -> None:
    out = _run(
        [*_tool("ruff"), "format", "--check", "hyvatkaytannot", "tests", "scripts", "benchmarks"]
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_package() -> None:
    # The whole package (core, gui, commands, cli): the GUI-to-core contract is typed.
    out = _run([*_tool("mypy"), "hyvatkaytannot"])
    assert out.returncode == 0, out.stdout + out.stderr
