"""Fixtures for the bundle tests: cases in a user folder, a second empty data dir, and
helpers that build hostile zips in memory (small files; sizes are declared, not written)."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hyvatkaytannot.core import KnowledgeBase

SECTIONS_BODY = """
## Lähtökohdat

{lahtokohdat}

## Tavoitteet

Tavoitteena oli parantaa palvelua.

## Toteutus

Toteutettiin yhdessä.

## Tulokset

Tulokset olivat hyviä.

## Opit ja siirrettävyys

Malli on siirrettävissä.

## Lisätietoja

Lisätietoja hankkeen sivuilta.
"""


def case_text(case_id: str, title: str, municipality: str = "Oulu", summary: str = "",
              lahtokohdat: str = "Lähtötilanne oli haastava.") -> str:  # fmt: skip
    summary = summary or f"Tiivistelmä tapauksesta {title}."
    return (
        f"---\nid: {case_id}\ntitle: {title}\nsummary: {summary}\n"
        f'municipalities: [{municipality}]\nlanguage: fi\nupdated: "2025-01-01"\n---\n'
        + SECTIONS_BODY.format(lahtokohdat=lahtokohdat)
    )


def open_kb(data_dir: Path) -> KnowledgeBase:
    return KnowledgeBase.open(data_dir, include_bundled=False)


@pytest.fixture
def make_text() -> Callable[..., str]:
    return case_text


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A data dir with three cases in the user's folder."""
    kb = open_kb(tmp_path / "sender")
    d = kb.paths.user_cases_dir
    (d / "oulu-kotihoito.md").write_text(
        case_text("oulu-kotihoito", "Oulun ikäihmisten kotihoito"), encoding="utf-8"
    )
    (d / "posio-kirjasto.md").write_text(
        case_text("posio-kirjasto", "Posion kirjastoauto", "Posio"), encoding="utf-8"
    )
    (d / "hamina-nuoret.md").write_text(
        case_text("hamina-nuoret", "Haminan nuorisotakuu", "Hamina"), encoding="utf-8"
    )
    kb.load_cases()
    yield kb
    kb.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[KnowledgeBase]:
    kb = open_kb(tmp_path / "receiver")
    yield kb
    kb.close()


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) with its bytes: "nothing was written"."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, bytes]]:
    return tree


def manifest_for(members: dict[str, bytes]) -> bytes:
    """A valid manifest for `cases/<id>.md` members (so only the hostile part is wrong)."""
    import hashlib
    import json

    cases = [
        {"id": n[len("cases/") : -3], "file": n, "sha256": hashlib.sha256(d).hexdigest(),
         "size": len(d)}
        for n, d in members.items() if n.startswith("cases/") and n.endswith(".md")
    ]  # fmt: skip
    doc = {"format": "hyvatkaytannot-bundle", "format_version": 1, "created_by": "test",
           "created": "2026-01-01T00:00:00+00:00", "collection": None, "cases": cases,
           "notes": None}  # fmt: skip
    return json.dumps(doc).encode()


def build_zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            if isinstance(info, str):
                info = zipfile.ZipInfo(info)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return path


def patch_declared_sizes(path: Path, size_for: Callable[[str, int], int]) -> None:
    """Rewrite the uncompressed sizes the central directory declares (what a liar does)."""
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    (count,) = struct.unpack_from("<H", data, eocd + 10)
    (pos,) = struct.unpack_from("<I", data, eocd + 16)
    for _ in range(count):
        assert data[pos : pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        name = bytes(data[pos + 46 : pos + 46 + name_len]).decode()
        (size,) = struct.unpack_from("<I", data, pos + 24)
        struct.pack_into("<I", data, pos + 24, size_for(name, size))
        pos += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


@pytest.fixture
def zips() -> object:
    class Z:
        build = staticmethod(build_zip)
        patch = staticmethod(patch_declared_sizes)
        manifest = staticmethod(manifest_for)

    return Z
