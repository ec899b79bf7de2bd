"""Files that failed to load (or loaded with warnings): file, line, severity, message.

Fed from the loader's `LoadResult.problems` (core/problems.Problem). Plain data in, a
sortable table out; double-click copies `file:line` for pasting into an editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from hyvatkaytannot.gui.icons import icon


def _severity(problem: Any) -> str:
    return str(getattr(getattr(problem, "severity", None), "value", "error"))


class ProblemsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.itemActivated.connect(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._problems: list[Any] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHeaderLabels(
            [self.tr("File"), self.tr("Line"), self.tr("Severity"), self.tr("Message")]
        )
        self.table.setAccessibleName(self.tr("Problems"))
        self.set_problems(self._problems)

    def set_problems(self, problems: list[Any]) -> None:
        self._problems = list(problems)
        self.table.clear()
        for p in self._problems:
            severity = _severity(p)
            item = QTreeWidgetItem(
                [
                    str(p.path),
                    str(p.line or ""),
                    self.tr("error") if severity == "error" else self.tr("warning"),
                    str(p.message),
                ]
            )
            item.setData(1, Qt.ItemDataRole.UserRole, p.line or 0)
            # Different shapes, not only colours: a circle for errors, a triangle for warnings.
            item.setIcon(0, icon("error" if severity == "error" else "warning"))
            item.setData(2, Qt.ItemDataRole.UserRole, severity)
            item.setToolTip(3, str(p.message))
            self.table.addTopLevelItem(item)
        for col in range(3):
            self.table.resizeColumnToContents(col)
        if self._problems:
            files = {str(p.path) for p in self._problems}
            failed = {str(p.path) for p in self._problems if _severity(p) == "error"}
            parts = [self.tr("%n file(s) with problems", "", len(files))]
            if failed:
                parts.append(self.tr("%n file(s) not loaded (errors)", "", len(failed)))
            self.summary.setText(
                ", ".join(parts) + ". " + self.tr("The other cases work normally.")
            )
        else:
            self.summary.setText(self.tr("No problems: every case loaded."))

    def rows(self) -> list[tuple[str, str, str]]:
        items = [self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount())]
        return [(item.text(0), item.text(1), item.text(3)) for item in items if item is not None]

    def _copy(self, item: QTreeWidgetItem) -> None:
        where = item.text(0) + (f":{item.text(1)}" if item.text(1) else "")
        QGuiApplication.clipboard().setText(where)
