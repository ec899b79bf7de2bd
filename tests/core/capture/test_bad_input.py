"""Bad documents, made for real: each gets one Finnish message naming the file, memory stays
bounded, and the other files of the same batch are still captured."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from hyvatkaytannot.core import KnowledgeBase
from hyvatkaytannot.core.capture import CaptureError, capture_file
from hyvatkaytannot.core.capture.limits import MAX_UNZIPPED_BYTES

MB = 1024 * 1024


def _error(path: Path) -> str:
    with pytest.raises(CaptureError) as info:
        capture_file(path)
    message = str(info.value)
    assert message.startswith(path.name + ": ")
    return message


def test_encrypted_pdf(docs: ModuleType, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = docs.write_pdf(tmp_path / "auki.pdf", ["Posion kunnan hanke"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="salainen", algorithm="RC4-128")
    path = tmp_path / "salattu.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert "salattu" in _error(path)


def test_pdf_with_an_empty_user_password_opens(docs: ModuleType, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = docs.write_pdf(tmp_path / "auki.pdf", ["Posion kunnan hanke kokeili mallia"])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="omistaja", algorithm="RC4-128")
    path = tmp_path / "suojattu.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert capture_file(path).to_json()["municipalities"] == ["Posio"]


def test_corrupt_pdf(docs: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "rikki.pdf"
    good = docs.write_pdf(tmp_path / "hyva.pdf", ["Posion kunnan hanke"] * 200).read_bytes()
    path.write_bytes(good[: len(good) // 3])
    message = _error(path)
    assert "vioittunut" in message or "tekstikerrosta" in message
    (tmp_path / "roska.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 50)
    assert "vioittunut" in _error(tmp_path / "roska.pdf")


def test_image_only_pdf(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "skannattu.pdf"
    with path.open("wb") as f:
        writer.write(f)
    assert "tekstikerrosta" in _error(path)


def test_corrupt_docx(docs: ModuleType, tmp_path: Path) -> None:
    garbage = tmp_path / "roskaa.docx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    assert "vioittunut" in _error(garbage)
    good = docs.write_docx(tmp_path / "hyva.docx", "x", docs.PRACTICE)
    cut = tmp_path / "katkennut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "vioittunut" in _error(cut)
    # A zip that is not a Word document at all.
    other = tmp_path / "muu.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("readme.txt", "ei word")
    assert "vioittunut" in _error(other)


def test_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    for name in ("iso.pdf", "iso.txt", "iso.docx"):
        path = tmp_path / name
        with path.open("wb") as f:  # sparse: no disk space used
            f.truncate(200 * MB)
        tracemalloc.start()
        message = _error(path)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert "liian suuri" in message and "200 Mt" in message
        assert peak < 1 * MB


def test_all_navigation_html(tmp_path: Path) -> None:
    links = "".join(f'<li><a href="/s{i}">Sivu {i}</a></li>' for i in range(8))
    path = tmp_path / "valikko.html"
    path.write_text(
        f"<html><body><nav><ul>{links}</ul></nav><div class=cookie>Hyväksy evästeet</div>"
        "<footer>© Kunta</footer></body></html>",
        encoding="utf-8",
    )
    assert "varsinaista tekstiä" in _error(path)


def _zip_bomb(path: Path, size: int) -> Path:
    chunk = b"\0" * MB
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(size // MB):
                member.write(chunk)
    return path


def test_zip_bomb_disguised_as_docx(tmp_path: Path) -> None:
    path = _zip_bomb(tmp_path / "pommi.docx", MAX_UNZIPPED_BYTES + 20 * MB)
    assert path.stat().st_size < 2 * MB
    tracemalloc.start()
    message = _error(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "purkautuisi" in message
    assert peak < 8 * MB


def test_zip_bomb_that_lies_about_its_size(tmp_path: Path) -> None:
    """Declared sizes patched down to 1 KB: the streaming count still stops it."""
    path = _zip_bomb(tmp_path / "valehtelija.docx", MAX_UNZIPPED_BYTES + 20 * MB)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    # Patch the central directory's zip64 extra field (uncompressed size comes first).
    cd = data.rfind(b"PK\x01\x02")
    extra = data.find(b"\x01\x00", cd + 46 + len(info.filename))
    data[extra + 4 : extra + 12] = (1024).to_bytes(8, "little")
    path.write_bytes(bytes(data))
    message = _error(path)
    assert "purkautuisi" in message or "vioittunut" in message


def test_a_batch_goes_on_past_bad_files(docs: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "kansio"
    folder.mkdir()
    docs.write_docx(folder / "a-hyva.docx", "Kylätalot", docs.PRACTICE)
    (folder / "b-roskaa.docx").write_bytes(b"ei zip")
    with (folder / "c-iso.pdf").open("wb") as f:
        f.truncate(200 * MB)
    (folder / "d-muistio.txt").write_text("Posion kunnan muistio kokeilusta.", encoding="utf-8")
    with KnowledgeBase.open(tmp_path / "data", include_bundled=False) as kb:
        seen: list[tuple[int, int]] = []
        outcomes = kb.capture([folder], progress=lambda i, n, _: seen.append((i, n)))
    by_name = {o.path.name: o for o in outcomes}
    assert by_name["a-hyva.docx"].draft is not None
    assert by_name["d-muistio.txt"].draft is not None
    assert by_name["b-roskaa.docx"].error.startswith("b-roskaa.docx: ")
    assert "liian suuri" in by_name["c-iso.pdf"].error
    assert seen[-1] == (4, 4)
    assert not list((tmp_path / "data" / "tapaukset").glob("*.md"))  # nothing saved
