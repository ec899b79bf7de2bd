"""Presentation mode: a case or a collection as full-screen slides in large type.

Clicker remotes send PageUp/PageDown (some send arrows, B or "."), so every one of those
works. Type is scaled to the screen, then shrunk until the slide fits: a trainer never
scrolls in front of an audience. Personal notes stay hidden unless the trainer turns them
on (N), because a projector shows everything. With a second screen the trainer gets a
presenter view on the laptop (presenter.py) and N acts there only: notes never reach the
projected slide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QScreen,
)
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QStackedLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.render import markdown_to_html
from hyvatkaytannot.core.slides import Slide
from hyvatkaytannot.gui.safe_browser import SafeBrowser

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
MIN_BODY_PT = 14


class PresentationWindow(QWidget):
    """Shows `slides` one at a time. Emits `slideChanged(index)`; Esc closes it."""

    slideChanged = Signal(int)

    def __init__(
        self,
        slides: Sequence[Slide],
        show_notes: bool = False,
        map_factory: Callable[[Slide], QWidget] | None = None,
        parent: QWidget | None = None,
        folder_for: Callable[[str], Path | None] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self._slides = list(slides)
        self._index = 0
        self._show_notes = show_notes
        self._black = False
        # Builds the widget for a "map" slide (the map lives in gui/map; kept optional here).
        self._map_factory = map_factory
        self._map_widget: QWidget | None = None
        # The folder of a slide's case: its images load from there and nowhere else.
        self._folder_for = folder_for
        self.presenter: QWidget | None = None  # PresenterView when a second screen is there
        self._build()
        self._show_current()

    # -- construction ------------------------------------------------------------------
    def _build(self) -> None:
        self.setAutoFillBackground(True)
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setAccessibleName(self.tr("Slide title"))
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        self._body = SafeBrowser()
        self._body.setOpenLinks(False)
        self._body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body.setAccessibleName(self.tr("Slide content"))
        self._notes = QLabel()
        self._notes.setWordWrap(True)
        self._notes.setAccessibleName(self.tr("Personal notes"))
        self._progress_label = QLabel()
        self._progress_label.setAccessibleName(self.tr("Progress"))
        self._progress = QProgressBar()
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(6)

        slide = QWidget()
        col = QVBoxLayout(slide)
        col.setContentsMargins(48, 32, 48, 16)
        col.addWidget(self._title)
        col.addWidget(self._subtitle)
        self._body_stack = QStackedLayout()
        self._body_stack.addWidget(self._body)
        col.addLayout(self._body_stack, 1)
        col.addWidget(self._notes)
        col.addWidget(self._progress_label, 0, Qt.AlignmentFlag.AlignRight)
        col.addWidget(self._progress)

        self._blank = QWidget()
        self._blank.setAutoFillBackground(True)
        pal = self._blank.palette()
        pal.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self._blank.setPalette(pal)

        self._stack = QStackedLayout(self)
        self._stack.addWidget(slide)
        self._stack.addWidget(self._blank)
        self._slide_page = slide
        for w in (self, self._body):
            w.installEventFilter(self)
        # Fit the type when the body's own viewport has its final size (after the layout ran).
        self._body.viewport().installEventFilter(self)

    # -- navigation --------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._slides)

    @property
    def is_black(self) -> bool:
        return self._black

    @property
    def notes_visible(self) -> bool:
        return self._show_notes

    def current_slide(self) -> Slide | None:
        return self._slides[self._index] if self._slides else None

    def slide_at(self, index: int) -> Slide | None:
        return self._slides[index] if 0 <= index < len(self._slides) else None

    def go_to(self, index: int) -> None:
        if not self._slides:
            return
        index = max(0, min(index, len(self._slides) - 1))
        if index != self._index:
            self._index = index
            self._show_current()
            self.slideChanged.emit(index)

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def toggle_black(self) -> None:
        self._black = not self._black
        self._stack.setCurrentWidget(self._blank if self._black else self._slide_page)

    def toggle_notes(self) -> None:
        if self.presenter is not None:
            # Projecting: the notes are the trainer's, on the laptop only.
            self.presenter.toggle_notes()  # type: ignore[attr-defined]
            return
        self._show_notes = not self._show_notes
        self._show_current()

    def attach_presenter(self, presenter: QWidget) -> None:
        self.presenter = presenter
        self._show_notes = False
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self._body.viewport() and event.type() == QEvent.Type.Resize:
            self._apply_fonts()
            return False
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and self._handle_key(event):  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a presentation key (also from the presenter view); False if not one."""
        return self._handle_key(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in BLACK_KEYS:
            self.toggle_black()
        elif self._black:
            # Any navigation key first brings the picture back, as PowerPoint does.
            if key in NEXT_KEYS | PREV_KEYS:
                self.toggle_black()
            else:
                return False
        elif key in NEXT_KEYS or key == Qt.Key.Key_Return:
            self.next()
        elif key in PREV_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._slides) - 1)
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        else:
            return False
        return True

    # -- drawing -----------------------------------------------------------------------
    def _show_current(self) -> None:
        slide = self.current_slide()
        if slide is None:
            self._title.setText(self.tr("Nothing to present"))
            return
        part = f" ({slide.part}/{slide.parts})" if slide.parts > 1 else ""
        self._title.setText(slide.title + part)
        self._subtitle.setText(slide.subtitle)
        self._subtitle.setVisible(bool(slide.subtitle))
        self._show_map(slide)
        self._body.base_folder = self._folder_for(slide.case_id) if self._folder_for else None
        self._body.setHtml(markdown_to_html(slide.markdown))
        notes = slide.notes if self._show_notes and self.presenter is None else []
        self._notes.setText("\n".join(f"✎ {n}" for n in notes))
        self._notes.setVisible(bool(notes))
        total = len(self._slides)
        self._progress_label.setText(f"{self._index + 1} / {total}")
        self._progress.setRange(0, total)
        self._progress.setValue(self._index + 1)
        self._apply_fonts()

    def _show_map(self, slide: Slide) -> None:
        if self._map_widget is not None:
            self._body_stack.removeWidget(self._map_widget)
            self._map_widget.deleteLater()
            self._map_widget = None
        if slide.kind == "map" and self._map_factory is not None:
            self._map_widget = self._map_factory(slide)
            # Region names and counts readable from the back of the room.
            font = QFont(self._map_widget.font())
            font.setPointSizeF(max(self.height() / 40, 16))
            self._map_widget.setFont(font)
            self._body_stack.addWidget(self._map_widget)
            self._body_stack.setCurrentWidget(self._map_widget)
        else:
            self._body_stack.setCurrentWidget(self._body)

    @property
    def map_widget(self) -> QWidget | None:
        return self._map_widget

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.presenter is not None:
            self.presenter.close()
        super().closeEvent(event)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Type scaled to the window height, then shrunk until the body fits."""
        height = max(self.height(), 300)
        base = QFont(self.font())
        title = QFont(base)
        title.setPointSizeF(max(height / 22, 18))
        title.setBold(True)
        self._title.setFont(title)
        sub = QFont(base)
        sub.setPointSizeF(max(height / 45, 12))
        self._subtitle.setFont(sub)
        self._notes.setFont(sub)
        self._progress_label.setFont(sub)
        size = max(height / 32, MIN_BODY_PT)
        body = QFont(base)
        while True:
            body.setPointSizeF(size)
            self._body.document().setDefaultFont(body)
            # List numbers hang left of the indent: at slide sizes the default 40 px cuts
            # "10." to ".0."; three digits and a dot must fit.
            self._body.document().setIndentWidth(QFontMetricsF(body).horizontalAdvance("000.") + 8)
            self._body.document().setTextWidth(self._body.viewport().width())
            fits = self._body.document().size().height() <= self._body.viewport().height()
            if fits or size <= MIN_BODY_PT:
                break
            size = max(size * 0.9, MIN_BODY_PT)


def target_screen(main_window: QWidget | None) -> QScreen | None:
    """The screen to present on: another screen than the main window's when one is attached."""
    screens = QGuiApplication.screens()
    current = main_window.screen() if main_window is not None else None
    others = [s for s in screens if s is not current]
    return others[0] if others else (current or QGuiApplication.primaryScreen())


def start_presentation(window: PresentationWindow, main_window: QWidget | None) -> None:
    screen = target_screen(main_window)
    laptop = main_window.screen() if main_window is not None else None
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    if laptop is not None and screen is not None and screen is not laptop:
        from hyvatkaytannot.gui.present.presenter import PresenterView

        presenter = PresenterView(window)
        window.attach_presenter(presenter)
        presenter.setScreen(laptop)
        presenter.setGeometry(laptop.availableGeometry())
        presenter.showMaximized()
        presenter.activateWindow()
        presenter.setFocus()
        return
    window.activateWindow()
    window.setFocus()
