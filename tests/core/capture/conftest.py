"""Builders of real documents for the capture tests (see documents.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


def load_documents() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "capture_documents", Path(__file__).with_name("documents.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def docs() -> ModuleType:
    return load_documents()
