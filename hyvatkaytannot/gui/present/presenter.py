"""The presenter view: on the trainer's laptop when a second screen (the projector) is there.

It shows the current slide, the next one, the trainer's personal notes, a clock and the
time since the start, while the projector shows only the slide. Keys pressed here drive the
presentation (a clicker sends them to whichever window has focus). With a presenter view,
N shows or hides the notes here and never on the projected slide.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QTextBrowser,
    QWidget,
)

from hyvatkaytannot.core.render import markdown_to_html


class PresenterView(QWidget):
    def __init__(self, presentation: Any) -> None:
        """`presentation` is the PresentationWindow (not imported: it imports this)."""
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterView")
        self.setWindowTitle(self.tr("Presenter view"))
        self.presentation = presentation
        self.notes_visible = True
        self.started = time.monotonic()

        self.current_title = QLabel(self)
        self.current_title.setWordWrap(True)
        self.current_body = QTextBrowser(self)
        self.current_body.setAccessibleName(self.tr("Current slide"))
        self.next_title = QLabel(self)
        self.next_title.setWordWrap(True)
        self.next_title.setAccessibleName(self.tr("Next slide"))
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setAccessibleName(self.tr("Your notes"))
        self.clock = QLabel(self)
        self.counter = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        for label in (self.current_title, self.clock):
            label.setFont(big)
        grid = QGridLayout(self)
        grid.addWidget(self.current_title, 0, 0)
        grid.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.current_body, 1, 0, 3, 1)
        grid.addWidget(self.counter, 1, 1)
        grid.addWidget(self.next_title, 2, 1)
        grid.addWidget(self.notes, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        presentation.slideChanged.connect(lambda _i: self.refresh())
        presentation.destroyed.connect(self.close)
        self.current_body.installEventFilter(self)
        self.refresh()
        self._tick()

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        p = self.presentation
        slide = p.current_slide()
        if slide is None:
            return
        part = f" ({slide.part}/{slide.parts})" if slide.parts > 1 else ""
        self.current_title.setText(slide.title + part)
        self.current_body.setHtml(markdown_to_html(slide.markdown))
        self.counter.setText(
            self.tr("Slide %1 / %2").replace("%1", str(p.index + 1)).replace("%2", str(p.count))
        )
        following = p.slide_at(p.index + 1)
        self.next_title.setText(
            self.tr("Next: %1").replace("%1", following.title)
            if following is not None
            else self.tr("Last slide")
        )
        notes = list(slide.notes) if self.notes_visible else []
        self.notes.setText("\n\n".join(f"✎ {n}" for n in notes))
        self.notes.setVisible(bool(notes))

    def toggle_notes(self) -> None:
        self.notes_visible = not self.notes_visible
        self.refresh()

    def _tick(self) -> None:
        elapsed = int(time.monotonic() - self.started)
        self.clock.setText(
            f"{QTime.currentTime().toString('HH:mm')}  ·  {elapsed // 60}:{elapsed % 60:02d}"
        )

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self.presentation.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.presentation.handle_key(event)
        return super().eventFilter(watched, event)
