"""GUI test fixtures: a small real library in tmp_path, a real KnowledgeBase (real SQLite,
real Whoosh index), and the real main window with its background worker.

Qt's offscreen platform prints "This plugin does not support propagateSizeHints()" for
every top-level window; that one message is ignored explicitly, everything else at WARNING
fails the test (qt_log_level_fail in pyproject).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

QT_LOG_IGNORE = ["This plugin does not support propagateSizeHints"]

CASES: dict[str, str] = {
    "tampere-yopartio": """---
id: tampere-yopartio
title: "Kotihoidon yöpartio Tampereella"
summary: "Yöpartio käy ikäihmisten luona öisin."
municipalities: [Tampere]
regions: [Pirkanmaa]
themes: [hyvinvointi]
status: käynnissä
period:
  start: "2021"
sources:
  - title: "Tampereen kaupunki"
    url: "https://www.tampere.fi/"
language: fi
---
## Lähtökohdat

Ikäihmiset asuvat kotona yhä pidempään. Yöpartio vastaa hälytyksiin öisin.

## Tavoitteet

Turvallinen kotona asuminen ja vähemmän päivystyskäyntejä.

## Toteutus

| Vuoro | Hoitajia |
|:--|--:|
| yö | 4 |

## Tulokset

Päivystyskäynnit vähenivät neljänneksellä.
""",
    "oulu-paivakoti": """---
id: oulu-paivakoti
title: "Päiväkotien metsäretket Oulussa"
summary: "Lapset retkeilevät viikoittain."
municipalities: [Oulu]
regions: [Pohjois-Pohjanmaa]
themes: [sivistys, ymparisto]
status: päättynyt
period:
  start: "2018"
  end: "2019"
language: fi
---
## Lähtökohdat

Päiväkodin lapset liikkuvat liian vähän.

## Toteutus

Jokainen ryhmä tekee metsäretken viikoittain. Lisätietoja [kaupungin sivulta](https://www.ouka.fi/).
""",
    "posio-kirjasto": """---
id: posio-kirjasto
title: "Kirjastoauto kylille"
municipalities: [Posio]
regions: [Lappi]
themes: [sivistys]
status: käynnissä
period:
  start: "2016"
language: fi
---
## Lähtökohdat

Kirjastoauto kiertää kylissä, koska matkat ovat pitkiä.

## Tulokset

Lainaukset kasvoivat kylissä.
""",
}

HOSTILE = """---
id: vaarallinen-kuvaus
title: "Vaarallinen kuvaus"
municipalities: [Salla]
regions: [Lappi]
themes: [viestinta]
status: käynnissä
language: fi
---
## Lähtökohdat

Teksti <script>window.hacked = 1</script> jatkuu.
![etä](http://evil.example/track.png) ![data](data:image/png;base64,iVBORw0KGgo=)
<img src="https://evil.example/pixel.gif">
[tiedosto](file:///etc/passwd) ja [skripti](javascript:alert(1)) ja [hyvä](https://example.org/ok)
<a href="file:///etc/shadow">raaka</a> <iframe src="https://evil.example/"></iframe>
"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


def write_library(folder: Path, cases: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for case_id, text in cases.items():
        (folder / f"{case_id}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "kirjasto", CASES)


@pytest.fixture
def kb(data_dir: Path, library: Path) -> Iterator[Any]:
    from hyvatkaytannot.core import KnowledgeBase

    kb = KnowledgeBase.open(data_dir, [library], include_bundled=False)
    yield kb
    kb.close()


_TRANSLATORS: list[Any] = []


def finnish_ui() -> None:
    """Install the Finnish translators once, as app.run does for the default language."""
    if not _TRANSLATORS:
        from PySide6.QtWidgets import QApplication

        from hyvatkaytannot.gui.i18n import install_translators

        _TRANSLATORS.extend(install_translators(QApplication.instance(), "fi"))


@pytest.fixture(autouse=True)
def _drop_translators() -> Iterator[None]:
    """Translators installed by a test are removed after it: other tests (map/, present/)
    check English source strings."""
    yield
    if _TRANSLATORS:
        from PySide6.QtWidgets import QApplication

        from hyvatkaytannot.gui.i18n import remove_translators

        remove_translators(QApplication.instance(), _TRANSLATORS)
        _TRANSLATORS.clear()


def open_window(qtbot: Any, kb: Any) -> Any:
    """The real window, shown, with the library loaded and indexed."""
    from hyvatkaytannot.gui.app import build_window, start_background
    from hyvatkaytannot.gui.worker import install_runner

    finnish_ui()
    install_runner(kb)
    window = build_window(kb)
    qtbot.addWidget(window)
    window.show()
    start_background(window)
    qtbot.waitUntil(lambda: window.sync.indexed_once and not window.sync.busy(), timeout=60000)
    qtbot.waitUntil(lambda: window.last_response is not None and not window.search.busy())
    return window


def close_window(window: Any) -> None:
    from hyvatkaytannot.gui.worker import runner

    window.close()
    runner().cancel_all()
    runner().wait(30000)


@pytest.fixture
def window(qtbot: Any, kb: Any) -> Iterator[Any]:
    w = open_window(qtbot, kb)
    yield w
    close_window(w)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user; ä/ö/å go through sendKeyEvent (keyClicks crashes on them)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


@pytest.fixture
def typer(qtbot: Any) -> Any:
    """`typer(widget, text)` types text as a user would."""
    return lambda widget, text: type_text(qtbot, widget, text)


@pytest.fixture
def reopen(qtbot: Any) -> Any:
    """Open a fresh window on the same data (a restart of the window)."""
    return lambda kb: open_window(qtbot, kb)


@pytest.fixture
def closer() -> Any:
    return close_window


@pytest.fixture
def hostile() -> str:
    return HOSTILE
