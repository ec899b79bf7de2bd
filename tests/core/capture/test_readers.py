"""Each format read from a real file: the main text, as Markdown, and what the file says."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from hyvatkaytannot.core.capture import capture_file, capture_text
from hyvatkaytannot.core.capture.readers import read_file


def test_docx_headings_lists_and_tables_become_markdown(docs: ModuleType, tmp_path: Path) -> None:
    path = docs.write_docx(
        tmp_path / "raportti.docx",
        "Kylätalot",
        docs.PRACTICE,
        table=[["Vuosi", "Tilaisuuksia"], ["2019", "60"], ["2020", "80"]],
    )
    got = read_file(path)
    assert got.format == "docx" and got.title == "Kylätalot"
    assert "## Kylätalot lähipalvelujen tukikohdiksi Kauhavalla" in got.text
    assert "### Tavoitteet" in got.text
    assert "- tuoda palvelut lähemmäs asukkaita" in got.text
    assert "| Vuosi | Tilaisuuksia |" in got.text and "| 2020 | 80 |" in got.text


def test_odt_is_read(docs: ModuleType, tmp_path: Path) -> None:
    got = read_file(docs.write_odt(tmp_path / "kuvaus.odt", docs.PRACTICE))
    assert got.format == "odt"
    assert "## Kylätalot lähipalvelujen tukikohdiksi Kauhavalla" in got.text
    assert "- vahvistaa kylien yhteisöllisyyttä ja asukkaiden osallisuutta" in got.text


def test_html_keeps_the_article_and_drops_menus_banner_and_footer(
    docs: ModuleType, tmp_path: Path
) -> None:
    page = docs.html_page("Kylätalot", docs.PRACTICE, url="https://www.kauhava.fi/kylatalot")
    path = tmp_path / "sivu.html"
    path.write_text(page, encoding="utf-8")
    got = read_file(path)
    assert "Kylien asukkaat joutuivat matkustamaan" in got.text
    assert "## Tavoitteet" in got.text
    for junk in ("Etusivu", "evästeitä", "Saavutettavuusseloste"):
        assert junk not in got.text
    assert got.url == "https://www.kauhava.fi/kylatalot"


def test_mhtml_finds_the_page_and_its_address(docs: ModuleType, tmp_path: Path) -> None:
    page = docs.html_page("Kylätalot", docs.PRACTICE)
    path = docs.write_mhtml(tmp_path / "sivu.mhtml", page, "https://www.kauhava.fi/kyla")
    draft = capture_file(path)
    assert draft.format == "mhtml"
    assert draft.to_json()["source"]["url"] == "https://www.kauhava.fi/kyla"
    assert "Kauhava" in draft.to_json()["municipalities"]


def test_pdf_text_layer_is_read(docs: ModuleType, tmp_path: Path) -> None:
    lines = [t for _, t in docs.PRACTICE]
    got = read_file(docs.write_pdf(tmp_path / "esite.pdf", lines))
    assert got.format == "pdf"
    assert "Kylien asukkaat joutuivat matkustamaan palveluihin keskustaan." in got.text


def test_text_and_markdown_and_clipboard(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Posion kunta kokeili uutta mallia.\n", encoding="cp1252")
    assert read_file(tmp_path / "a.txt").text.startswith("Posion kunta")
    (tmp_path / "b.md").write_text("# Otsikko\n\nTekstiä Posiolla.\n", encoding="utf-8")
    assert read_file(tmp_path / "b.md").format == "markdown"
    draft = capture_text("Teuvan kunnassa kokeiltiin uutta mallia vuosina 2017–2018.")
    assert draft.format == "clipboard" and draft.file == "leikepöytä"
    assert draft.to_json()["municipalities"] == ["Teuva"]
    assert draft.to_json()["period"] == {"start": "2017", "end": "2018"}
