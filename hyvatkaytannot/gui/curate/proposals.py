"""Review of a captured draft: every proposed field, the words it came from, and a choice.

Design decisions:
- The panel sits beside the editor's form (a dock) and the form fields it proposed are
  marked with a tinted background until the coordinator accepts, changes or clears them.
  "Change" focuses the field; editing a marked field by hand counts as changing it.
- Contacts are personal data: their row says so. A former municipality carries the core's
  note ("… liitettiin kuntaan …").
- Nothing is written here. The editor saves as usual (duplicates asked as for any new
  case); while a proposal is still unreviewed the saved case keeps `review: ehdotus`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.gui.reading_view import blend

PROPOSED, ACCEPTED, CHANGED, CLEARED = "proposed", "accepted", "changed", "cleared"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_shown(v)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return "; ".join(_shown(v) for v in value)
    return str(value)


class ProposalRow(QFrame):
    decided = Signal()

    def __init__(self, key: str, label: str, value: str, evidence: list[str], note: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.key = key
        self.state = PROPOSED
        self.setObjectName(f"proposal_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{label}</b>", self)
        self.value = QLabel(value, self)
        self.value.setWordWrap(True)
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        self.evidence.setEnabled(False)  # the palette's dimmed text
        if evidence:
            quoted = " · ".join(f"“{e}”" for e in evidence[:2])
            self.evidence.setText(self.tr("From the text: %1").replace("%1", quoted))
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.state_label = QLabel(self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.change_button = QPushButton(self.tr("Change"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        for b, what in ((self.accept_button, self.tr("Accept")),
                        (self.change_button, self.tr("Change")),
                        (self.clear_button, self.tr("Clear"))):  # fmt: skip
            b.setAccessibleName(f"{what}: {label}")
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        for b in (self.accept_button, self.change_button, self.clear_button):
            buttons.addWidget(b)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        for w in (self.title, self.value, self.evidence, self.note):
            column.addWidget(w)
        column.addLayout(buttons)
        self.set_state(PROPOSED)

    def set_state(self, state: str) -> None:
        self.state = state
        self.state_label.setText(
            {
                PROPOSED: self.tr("Proposal: not reviewed"),
                ACCEPTED: self.tr("Accepted"),
                CHANGED: self.tr("Changed by you"),
                CLEARED: self.tr("Cleared"),
            }[state]
        )
        self.accept_button.setEnabled(state == PROPOSED)
        self.decided.emit()


class ProposalPanel(QScrollArea):
    """The proposals of one draft, bound to a CaseEditor's form."""

    reviewed = Signal()

    def __init__(self, editor: Any, draft: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalPanel")
        self.editor = editor
        self.form = editor.form
        self.rows: dict[str, ProposalRow] = {}
        self._marking = False
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        column.addWidget(self.header)
        self.accept_all = QPushButton(self.tr("Accept all proposals"), self)
        self.accept_all.clicked.connect(self.accept_all_rows)
        column.addWidget(self.accept_all)
        values = draft.values()
        notes = draft.notes()
        evidence = draft.evidence()
        labels = self._labels()
        for key in ("title", "summary", "municipalities", "regions", "organisations",
                    "themes", "period", "status", "funding", "contacts", "sources"):  # fmt: skip
            if key not in values:
                continue
            ev = evidence.get("funders" if key == "funding" else key, [])
            if key == "funding":
                ev = ev + evidence.get("total_cost", [])
            if key == "sources":
                ev = evidence.get("source", [])
            note = "; ".join(sorted(set(notes.get(key, []))))
            if key == "contacts":
                note = self.tr("Personal data: keep only what the source itself published.")
            row = ProposalRow(key, labels[key], _shown(values[key]), ev, note, inner)
            row.accept_button.clicked.connect(lambda _=False, r=row: r.set_state(ACCEPTED))
            row.change_button.clicked.connect(lambda _=False, r=row: self.change(r))
            row.clear_button.clicked.connect(lambda _=False, r=row: self.clear(r))
            row.decided.connect(self._update)
            self.rows[key] = row
            column.addWidget(row)
        column.addStretch(1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.header.setText(
            self.tr("Proposed from %1. Check each proposal: accept, change or clear it. "
                    "Nothing is saved until you save.").replace("%1", draft.file)
        )  # fmt: skip
        self._connect_edits()
        self._update()

    def _labels(self) -> dict[str, str]:
        form_labels = {k: v.text().replace("&", "") for k, v in self.form.labels.items()}
        form_labels["organisations"] = self.tr("Organisations")
        return form_labels

    # -- the form's fields ----------------------------------------------------------------
    def _widgets(self, key: str) -> list[QWidget]:
        f = self.form
        return {
            "title": [f.title_edit],
            "summary": [f.summary_edit],
            "municipalities": [f.municipalities_edit],
            "regions": [f.regions_edit],
            "themes": [f.themes_list],
            "period": [f.start_edit, f.end_edit],
            "status": [f.status_combo],
            "funding": [f.total_cost_edit, f.funders_table],
            "contacts": [f.contacts_table],
            "sources": [f.sources_table],
        }.get(key, [])

    def _connect_edits(self) -> None:
        f = self.form
        signals: dict[str, list[Any]] = {
            "title": [f.title_edit.textEdited],
            "summary": [f.summary_edit.textChanged],
            "municipalities": [f.municipalities_edit.textEdited],
            "themes": [f.themes_list.changed],
            "period": [f.start_edit.textEdited, f.end_edit.textEdited],
            "status": [f.status_combo.activated],
            "funding": [f.total_cost_edit.textEdited, f.funders_table.changed],
            "contacts": [f.contacts_table.changed],
            "sources": [f.sources_table.changed],
        }
        for key, sigs in signals.items():
            for sig in sigs:
                sig.connect(lambda *_a, key=key: self._edited_by_hand(key))

    def _edited_by_hand(self, key: str) -> None:
        row = self.rows.get(key)
        if row is not None and row.state == PROPOSED and not self._marking:
            row.set_state(CHANGED)

    def change(self, row: ProposalRow) -> None:
        widgets = self._widgets(row.key)
        row.set_state(CHANGED)
        if widgets:
            widgets[0].setFocus()
            self.editor.form_scroll.ensureWidgetVisible(widgets[0])

    def clear(self, row: ProposalRow) -> None:
        self._marking = True
        f = self.form
        key = row.key
        if key == "title":
            f.title_edit.clear()
        elif key == "summary":
            f.summary_edit.clear()
        elif key in ("municipalities", "regions"):
            f.municipalities_edit.set_names([])
            f._municipalities_changed()  # noqa: SLF001 - updates the derived regions
        elif key == "themes":
            f.themes_list.set_themes([])
        elif key == "period":
            f.start_edit.clear()
            f.end_edit.clear()
        elif key == "status":
            f.status_combo.setCurrentIndex(0)
        elif key == "funding":
            f.total_cost_edit.clear()
            f.funders_table.set_rows([])
        elif key == "contacts":
            f.contacts_table.set_rows([])
        elif key == "sources":
            f.sources_table.set_rows([])
        elif key == "organisations":
            self.editor.drop_meta_field("organisations")
        self._marking = False
        row.set_state(CLEARED)
        f.changed.emit()

    def accept_all_rows(self) -> None:
        for row in self.rows.values():
            if row.state == PROPOSED:
                row.set_state(ACCEPTED)

    def pending(self) -> bool:
        return any(r.state == PROPOSED for r in self.rows.values())

    def _update(self) -> None:
        tint = blend(self.palette().color(QPalette.ColorRole.Base),
                     self.palette().color(QPalette.ColorRole.Highlight), 0.18).name()  # fmt: skip
        for key, row in self.rows.items():
            for w in self._widgets(key):
                w.setStyleSheet(f"background: {tint}" if row.state == PROPOSED else "")
                w.setToolTip(self.tr("Proposed from the document: review it.")
                             if row.state == PROPOSED else "")  # fmt: skip
        self.accept_all.setEnabled(self.pending())
        self.reviewed.emit()
