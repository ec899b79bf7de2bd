"""Real test documents, written with the libraries (python-docx, pypdf) or by the formats' rules."""

from __future__ import annotations

import zipfile
from pathlib import Path


def write_docx(path: Path, title: str, blocks: list[tuple[str, str]], table=None) -> Path:
    """blocks: (kind, text) with kind h1, h2, p, li."""
    import docx

    d = docx.Document()
    d.core_properties.title = title
    for kind, text in blocks:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "li":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    d.save(str(path))
    return path


_ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
 <manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_odt(path: Path, blocks: list[tuple[str, str]]) -> Path:
    from xml.sax.saxutils import escape

    body = []
    items: list[str] = []
    for kind, text in blocks + [("end", "")]:
        if kind != "li" and items:
            body.append("<text:list>" + "".join(items) + "</text:list>")
            items = []
        if kind == "h1":
            body.append(f'<text:h text:outline-level="1">{escape(text)}</text:h>')
        elif kind == "h2":
            body.append(f'<text:h text:outline-level="2">{escape(text)}</text:h>')
        elif kind == "li":
            items.append(f"<text:list-item><text:p>{escape(text)}</text:p></text:list-item>")
        elif kind == "p":
            body.append(f"<text:p>{escape(text)}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">'
        "<office:body><office:text>" + "".join(body) + "</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", _ODT_MANIFEST)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def html_page(title: str, blocks: list[tuple[str, str]], url: str = "") -> str:
    from html import escape

    parts = []
    for kind, text in blocks:
        tag = {"h1": "h1", "h2": "h2", "li": "li"}.get(kind, "p")
        parts.append(f"<{tag}>{escape(text)}</{tag}>")
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return f"""<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8">
<title>{escape(title)} | Kuntaportaali</title>{canonical}</head><body>
<header><nav><ul><li><a href="/">Etusivu</a></li><li><a href="/palvelut">Palvelut</a></li>
<li><a href="/hankkeet">Hankkeet</a></li><li><a href="/yhteystiedot">Yhteystiedot</a></li>
</ul></nav></header>
<div class="cookie-banner">Käytämme evästeitä. <button>Hyväksy evästeet</button></div>
<main><article>{"".join(parts)}</article></main>
<footer><p>© Kuntaportaali 2024 · Saavutettavuusseloste · Tietosuoja</p></footer></body></html>"""


def write_mhtml(path: Path, html: str, url: str) -> Path:
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    path.write_text(
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        "Subject: Sivu\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
        "------B\r\nContent-Type: text/html\r\nContent-ID: <frame-0@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n"
        f"{body}\r\n------B--\r\n",
        encoding="ascii",
    )
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page (or more) PDF with a real text layer (Helvetica, WinAnsi: ä ö å)."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    pages = [lines[i : i + 45] for i in range(0, max(len(lines), 1), 45)]
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, page in enumerate(pages):
        stream = (
            b"BT /F1 11 Tf 50 800 Td 14 TL "
            + b" ".join(b"(" + esc(line) + b") Tj T*" for line in page)
            + b" ET"
        )
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


# One practice written in blocks, used by several formats.
PRACTICE = [
    ("h1", "Kylätalot lähipalvelujen tukikohdiksi Kauhavalla"),
    (
        "p",
        "Kauhavan kaupunki ja Lappajärven kunta kokeilivat vuosina 2019–2020, miten kylätalot "
        "voivat toimia lähipalvelujen tukikohtina. Hankkeessa kylätaloille vietiin "
        "neuvontaa, liikuntaa ja etäyhteyksiä.",
    ),
    ("h2", "Tausta ja tarve"),
    (
        "p",
        "Kylien asukkaat joutuivat matkustamaan palveluihin keskustaan. Ikääntyneiden "
        "asukkaiden osallisuus ja hyvinvointi heikkenivät, kun palvelut etääntyivät.",
    ),
    ("h2", "Tavoitteet"),
    ("li", "tuoda palvelut lähemmäs asukkaita"),
    ("li", "vahvistaa kylien yhteisöllisyyttä ja asukkaiden osallisuutta"),
    ("h2", "Toteutus"),
    (
        "p",
        "Hanke toteutettiin ajalla 1.1.2019–31.12.2020. Hanketta rahoitti Leader Aisapari "
        "32 500 eurolla, ja kokonaiskustannukset olivat 40 600 euroa.",
    ),
    ("h2", "Tulokset"),
    ("p", "Kylätaloilla järjestettiin 140 tilaisuutta, joihin osallistui yli 2 000 asukasta."),
    ("h2", "Yhteystiedot"),
    ("p", "Lisätietoja antaa hankekoordinaattori Minna Koskinen, minna.koskinen@kauhava.fi"),
]
