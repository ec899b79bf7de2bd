"""render: hostile Markdown is neutralised, tables keep alignment, the plain-text rule holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from hyvatkaytannot.core import render
from hyvatkaytannot.core.case import Case

HOSTILE = """## Lähtökohdat

Kunnan <script>alert('x')</script> työ.
![etä](http://evil.example/x.png) ![data](data:image/png;base64,AAAA) ![oma](kuva.png)
![ylös](../../etc/kuva.png) ![juuri](/etc/kuva.png)
[tiedosto](file:///etc/passwd) [skripti](javascript:alert(1)) [ok](https://kunta.fi)
[posti](mailto:a@kunta.fi) [data](data:text/html;base64,PHNjcmlwdD4=)
<a href="JaVaScRiPt:alert(1)" onclick="steal()">raaka</a>
<iframe src="http://evil.example/"></iframe><style>body{display:none}</style>
<img src=x onerror="alert(1)"> <div onmouseover="x()" style="color:red">div</div>
<object data="file:///etc/passwd"></object><form action="http://x"><input></form>
"""


def make_case(body: str, **kw: object) -> Case:
    return Case(id="t", title="T", path=Path("t.md"), meta={}, body=body, **kw)  # type: ignore[arg-type]


def test_hostile_markdown_is_neutralised() -> None:
    out = render.to_html(make_case(HOSTILE)).lower()
    for bad in ("<script", "alert(", "<iframe", "<style", "<object", "<form", "<input",
                "onerror", "onclick", "onmouseover", "style=", "javascript:", "file:",
                "data:", "evil.example", "/etc/"):  # fmt: skip
        assert bad not in out, bad
    assert '<a href="https://kunta.fi"' in out
    assert 'href="mailto:a@kunta.fi"' in out
    assert 'src="kuva.png"' in out
    # Text of refused links stays readable.
    assert "tiedosto" in out and "skripti" in out and "raaka" in out


def test_table_alignment_becomes_align_attribute() -> None:
    out = render.to_html(make_case("| A | B |\n|:--|--:|\n| x | 1 |\n"))
    assert '<th align="left">A</th>' in out
    assert '<td align="right">1</td>' in out
    assert "text-align" not in out


def test_fenced_code_and_sane_lists() -> None:
    out = render.to_html(make_case("```\n<b>koodi</b>\n```\n\n1. yksi\n2. kaksi\n\n* kolme\n"))
    assert "<pre><code>&lt;b&gt;koodi&lt;/b&gt;" in out
    assert "<ol>" in out and "<ul>" in out


def test_highlight_wraps_text_only_not_tags_or_code() -> None:
    body = "[kunta](https://kunta.fi) Kunnan kuntaliitos\n\n```\nkunta\n```\n"
    out = render.to_html(make_case(body), ["kunta", "kunnan", "OR"])
    assert 'href="https://kunta.fi"' in out  # attribute untouched
    assert '<span class="hit">kunta</span></a>' in out
    assert '<span class="hit">Kunnan</span>' in out
    assert '<span class="hit">kuntaliitos</span>' in out
    assert "<code>kunta\n</code>" in out


def test_plain_text_rule() -> None:
    body = (
        "## Otsikko  kaksi\n\nKappale   *kursiivi*\njatkuu.<br>rivi\n\n- yksi\n- kaksi\n\n"
        "| A | B |\n|---|---|\n| x y | z |\n\n```\nkoodi   rivi\n```\n\nloppu&nbsp;tila &amp; ä\n"
    )
    text = render.plain_text(make_case(body))
    assert text == (
        "Otsikko kaksi\nKappale kursiivi jatkuu.\nrivi\nyksi\nkaksi\nA\nB\nx y\nz\n"
        "koodi rivi\nloppu tila & ä"
    )
    # Highlighting never changes the text.
    assert render.html_to_plain_text(render.to_html(make_case(body), ["kappale"])) == text


def test_normalise_with_map_points_back_into_the_raw_text() -> None:
    raw = "  Aa  bb\u2029\u2029 cc\ufffc d \n"
    text, index = render.normalise_with_map(raw)
    assert text == "Aa bb\ncc d"
    assert len(index) == len(text)
    for ch, i in zip(text, index, strict=True):
        if ch not in " \n":
            assert raw[i] == ch


@pytest.mark.parametrize("body", ["", "   ", "<script>x</script>"])
def test_empty_bodies(body: str) -> None:
    assert render.plain_text(make_case(body)) == ""


def test_metadata_card() -> None:
    case = make_case(
        "",
        municipalities=["Posio", "Salla"],
        regions=["Lappi"],
        period_start="2017",
        period_end="2019",
        status="päättynyt",
        funding=[{"funder": "EU <b>", "amount": 1234567}],
        contacts=[{"name": "Heli", "email": "heli@posio.fi"}, {"name": "X", "email": 'x"@y'}],
        sources=[
            {"title": "Raportti", "url": "https://posio.fi/r.pdf"},
            {"title": "Paha", "url": "javascript:alert(1)"},
            "file:///etc/passwd",
        ],
    )
    out = render.metadata_html(case)
    assert "Posio, Salla" in out and "Lappi" in out and "2017 – 2019" in out
    assert "päättynyt" in out and "EU &lt;b&gt;" in out and "1&nbsp;234&nbsp;567&nbsp;€" in out
    assert 'href="mailto:heli@posio.fi"' in out and 'mailto:x"' not in out
    assert '<a href="https://posio.fi/r.pdf"' in out and "Raportti" in out
    assert "javascript:" not in out.split("Paha")[0][-40:]
    assert 'href="javascript' not in out and 'href="file' not in out
    assert render.metadata_html(case, {"municipalities": "Municipalities"}).count("Municipalities")
