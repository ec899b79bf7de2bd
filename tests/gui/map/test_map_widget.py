"""The map widgets, painted offscreen: colours, hit testing, clicks, zoom and the legend data."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from hyvatkaytannot.core.geo import UNKNOWN
from hyvatkaytannot.gui.map.colours import class_colour, count_classes
from hyvatkaytannot.gui.map.legend import view_transform
from hyvatkaytannot.gui.map.shapes import MapShapes
from hyvatkaytannot.gui.map.widget import InteractiveMap, MapWidget

COUNTS = {"Lappi": 2, "Pirkanmaa": 1, "Ei-maakunta": 3}


def _pixel(widget: MapWidget, code: str) -> str:
    assert widget.shapes is not None
    shape = widget.shapes.regions[code]
    t = widget.map_transform()
    assert t is not None
    p = t.map(shape.label).toPoint()
    return widget.grab().toImage().pixelColor(p).name()


def _plain(widget: MapWidget) -> MapWidget:
    widget.state.show_labels = False  # sample fills, not text
    widget.state.show_legend = False
    widget.resize(400, 660)
    return widget


def test_count_classes() -> None:
    assert count_classes(0) == []
    assert count_classes(3) == [(1, 1), (2, 2), (3, 3)]
    assert count_classes(12) == [(1, 3), (4, 6), (7, 9), (10, 12)]
    classes = count_classes(101)
    assert classes[0][0] == 1 and classes[-1][1] == 101 and len(classes) <= 5


def test_regions_are_shaded_by_count_from_the_palette(qtbot: QtBot, shapes: MapShapes) -> None:
    w = _plain(MapWidget(COUNTS))
    qtbot.addWidget(w)
    assert w.state.region_counts == {"19": 2, "06": 1, UNKNOWN: 3}
    pal = w.palette()
    assert _pixel(w, "19") == class_colour(pal, 1, 2).name()
    assert _pixel(w, "06") == class_colour(pal, 0, 2).name()
    assert _pixel(w, "01") == pal.color(QPalette.ColorRole.Base).name()
    assert len({_pixel(w, "19"), _pixel(w, "06"), _pixel(w, "01")}) == 3


def test_dark_palette_gives_a_dark_map(qtbot: QtBot, shapes: MapShapes) -> None:
    w = _plain(MapWidget(COUNTS))
    qtbot.addWidget(w)
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3d7ad6"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    w.setPalette(dark)
    assert _pixel(w, "01") == "#1e1e1e"
    lappi = _pixel(w, "19")
    assert lappi == class_colour(dark, 1, 2).name()
    assert QColor(lappi).lightness() < 160


def test_finland_is_upright_and_in_proportion(qtbot: QtBot, shapes: MapShapes) -> None:
    w = MapWidget()
    qtbot.addWidget(w)
    w.resize(800, 800)
    t = view_transform(w.map_rect(), shapes.bounds, 1.0, None)
    lappi = t.map(shapes.regions["19"].label)
    uusimaa = t.map(shapes.regions["01"].label)
    assert lappi.y() < uusimaa.y()  # north is up
    box = t.mapRect(shapes.bounds)
    # TM35FIN: Finland is about 0.55 as wide as tall; the fit keeps that aspect.
    assert 0.5 < box.width() / box.height() < 0.6


def test_highlight_and_counts_accept_names_codes_and_facet_pairs(
    qtbot: QtBot, shapes: MapShapes
) -> None:
    w = MapWidget([("Lappi", 2), ("Nyland", 1)], highlight=["Lappi", "091"])
    qtbot.addWidget(w)
    assert w.state.region_counts == {"19": 2, "01": 1}
    assert w.state.highlight == {"19", "091"}
    w.set_counts({"19": 4}, {"Pertunmaa": 2, "Rovaniemi": 1})
    assert w.state.region_counts == {"19": 4}
    # Pertunmaa merged into Mäntyharju: not on the map, counted as unknown, not dropped.
    assert w.state.municipality_counts == {UNKNOWN: 2, "698": 1}


def test_painting_with_attribution_and_legend_does_not_fail(
    qtbot: QtBot, shapes: MapShapes
) -> None:
    w = MapWidget(COUNTS, highlight="Lappi")
    qtbot.addWidget(w)
    w.resize(360, 600)
    image = w.grab().toImage()
    assert not image.isNull()
    assert w.map_rect().bottom() < w.height() - 10  # room for the attribution line


def _imap(qtbot: QtBot) -> InteractiveMap:
    m = InteractiveMap(preload=False)
    qtbot.addWidget(m)
    m.resize(500, 700)
    m.set_counts(COUNTS, {"Helsinki": 3})
    m.show()
    return m


def test_click_on_a_region_emits_its_name(qtbot: QtBot, shapes: MapShapes) -> None:
    m = _imap(qtbot)
    at = m.point_of("19")
    assert at is not None
    shape = m.shape_at(at)
    assert shape is not None and shape.name == "Lappi"
    assert m.tooltip_for(shape) == "Lappi: 2 case(s)"
    with qtbot.waitSignal(m.regionClicked) as blocker:
        qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert blocker.args == ["Lappi"]


def test_zooming_in_picks_municipalities(qtbot: QtBot, shapes: MapShapes) -> None:
    m = _imap(qtbot)
    helsinki = m.point_of("091")
    assert helsinki is not None
    m.zoom_by(4.0, helsinki)
    assert m.state.zoom == 4.0
    at = m.point_of("091")
    assert at is not None
    # The anchor stays under the cursor while zooming.
    assert abs(at.x() - helsinki.x()) < 2 and abs(at.y() - helsinki.y()) < 2
    shape = m.shape_at(at)
    assert shape is not None and shape.name == "Helsinki"
    assert m.tooltip_for(shape) == "Helsinki: 3 case(s)"
    with qtbot.waitSignal(m.municipalityClicked) as blocker:
        qtbot.mouseClick(m, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert blocker.args == ["Helsinki"]
    qtbot.keyClick(m, Qt.Key.Key_0)
    assert m.state.zoom == 1.0 and m.state.centre is None


def test_keys_zoom_and_pan(qtbot: QtBot, shapes: MapShapes) -> None:
    m = _imap(qtbot)
    qtbot.keyClick(m, Qt.Key.Key_Plus)
    assert m.state.zoom == 1.5
    centre = QPointF(m.state.centre)
    qtbot.keyClick(m, Qt.Key.Key_Right)
    assert m.state.centre is not None and m.state.centre.x() > centre.x()
    qtbot.keyClick(m, Qt.Key.Key_Minus)
    assert m.state.zoom == 1.0


def test_a_drag_pans_and_is_not_a_click(qtbot: QtBot, shapes: MapShapes) -> None:
    m = _imap(qtbot)
    m.zoom_by(2.0)
    start = QPointF(m.state.centre)
    at = m.point_of("19")
    assert at is not None
    clicks: list[str] = []
    m.regionClicked.connect(clicks.append)
    p = at.toPoint()
    qtbot.mousePress(m, Qt.MouseButton.LeftButton, pos=p)
    qtbot.mouseMove(m, p + QPoint(40, 30))
    qtbot.mouseRelease(m, Qt.MouseButton.LeftButton, pos=p + QPoint(40, 30))
    assert clicks == []
    assert m.state.centre != start


def test_for_cases_counts_each_case_once_per_region(qtbot: QtBot, shapes: MapShapes) -> None:
    cases = [
        {"municipalities": ["Rovaniemi", "Kemi"], "regions": ["Lappi"]},
        {"municipalities": ["Tampere"], "regions": []},
        {"municipalities": ["Kadonnut kunta"], "regions": []},
    ]
    w = MapWidget.for_cases(cases, highlight="Lappi")
    qtbot.addWidget(w)
    assert w.state.region_counts == {"19": 1, "06": 1, UNKNOWN: 1}
    assert w.state.highlight == {"19"}


def test_hover_marks_the_region_under_the_mouse(qtbot: QtBot, shapes: MapShapes) -> None:
    m = _imap(qtbot)
    at = m.point_of("06")
    assert at is not None
    qtbot.mouseMove(m, at.toPoint())
    qtbot.waitUntil(lambda: m.state.hover == "06")
    qtbot.mouseMove(m, QPoint(2, 2))  # outside Finland
    qtbot.waitUntil(lambda: m.state.hover is None)


def test_shaded_regions_show_their_names(qtbot: QtBot, shapes: MapShapes) -> None:
    """A region with cases keeps its count and shows its name where there is room, even
    where the name is a little wider than its outline (small regions, slide-sized type)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter

    from hyvatkaytannot.gui.map.painter import MapPainter, MapState

    drawn: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args: object) -> None:  # noqa: N802
            drawn.append(str(args[-1]))
            super().drawText(*args)  # type: ignore[call-overload]

    w = MapWidget()
    qtbot.addWidget(w)
    image = QImage(420, 700, QImage.Format.Format_ARGB32)
    painter = Recording(image)
    font = QFont(w.font())
    font.setPointSizeF(16)  # a projector's type size
    painter.setFont(font)
    # Etelä-Karjala, Kymenlaakso, Lappi by their region codes.
    state = MapState(region_counts={"09": 2, "08": 1, "19": 3}, show_legend=False)
    MapPainter(shapes).paint(painter, QRectF(0, 0, 420, 700), w.palette(), state)
    painter.end()
    # Every shaded region keeps its count; the names go where there is room.
    assert {"3", "2", "1"} <= set(drawn), drawn
    assert "Lappi" in drawn and "Etelä-Karjala" in drawn, drawn
