"""The front matter form: one widget per field, a message line under each field.

Design decisions:
- The form holds no rules of its own. It turns widgets into a `FormValues` (compose.py) and
  shows under each field the loader's messages for that field (`show_problems`), matched by
  the problem's line in the composed text. One set of rules, one set of messages: the
  editor's, `hyvatkaytannot check`'s and the loader's are the same strings.
- For a new case the id follows the title (a slug) until the user types an id of their own;
  an existing case's id is read-only (renaming a file is a separate act).
- `changed` fires on every edit; the editor debounces validation and preview.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hyvatkaytannot.core.case import STATUSES
from hyvatkaytannot.core.curate import unique_id
from hyvatkaytannot.core.curate.compose import (
    CONTACT_COLUMNS,
    FUNDER_COLUMNS,
    SOURCE_COLUMNS,
    FormValues,
    derived_regions,
    field_lines,
)
from hyvatkaytannot.core.problems import Problem
from hyvatkaytannot.core.reference import place_label, status_label
from hyvatkaytannot.gui.curate.fields import MunicipalityEdit, RowTable, ThemeList
from hyvatkaytannot.gui.i18n import current_language

# Front matter keys that have a row in the form (others only appear in the problems list).
FORM_KEYS = (
    "id",
    "title",
    "summary",
    "municipalities",
    "regions",
    "themes",
    "period",
    "status",
    "language",
    "funding",
    "contacts",
    "sources",
)


class CaseForm(QWidget):
    changed = Signal()
    # (old, new) case language, when the user picks another one.
    language_changed = Signal(str, str)

    def __init__(
        self, existing_ids: Callable[[], Container[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.existing_ids = existing_ids
        self.new_case = False
        self._id_typed = False
        self._loading = False

        self.id_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.municipalities_edit = MunicipalityEdit(self)
        self.regions_edit = QLineEdit(self)
        self.regions_edit.setReadOnly(True)
        self.themes_list = ThemeList(self)
        self.themes_list.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        self.start_edit = QLineEdit(self)
        self.end_edit = QLineEdit(self)
        self.status_combo = QComboBox(self)
        # Case languages by their own names (as in the settings), whatever the UI language.
        self.language_combo = QComboBox(self)
        for code, name in (("fi", "suomi"), ("sv", "svenska")):
            self.language_combo.addItem(f"{name} ({code})", code)
        self.total_cost_edit = QLineEdit(self)
        self.funders_table = RowTable(FUNDER_COLUMNS, self)
        self.contacts_table = RowTable(CONTACT_COLUMNS, self)
        self.sources_table = RowTable(SOURCE_COLUMNS, self)
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText("2018-10-10")
            edit.setMaxLength(10)

        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        period = QHBoxLayout()
        period.setContentsMargins(0, 0, 0, 0)
        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        for w in (self.start_label, self.start_edit, self.end_label, self.end_edit):
            period.addWidget(w)
        period_box = QWidget(self)
        period_box.setLayout(period)
        funding = QVBoxLayout()
        funding.setContentsMargins(0, 0, 0, 0)
        self.total_cost_label = QLabel(self)
        self.total_cost_label.setBuddy(self.total_cost_edit)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.total_cost_label)
        cost_row.addWidget(self.total_cost_edit, 1)
        funding.addLayout(cost_row)
        funding.addWidget(self.funders_table)
        funding_box = QWidget(self)
        funding_box.setLayout(funding)

        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, QWidget, QWidget]] = [
            ("id", self.id_edit, self.id_edit),
            ("title", self.title_edit, self.title_edit),
            ("summary", self.summary_edit, self.summary_edit),
            ("municipalities", self.municipalities_edit, self.municipalities_edit),
            ("regions", self.regions_edit, self.regions_edit),
            ("themes", self.themes_list, self.themes_list),
            ("period", period_box, self.start_edit),
            ("status", self.status_combo, self.status_combo),
            ("language", self.language_combo, self.language_combo),
            ("funding", funding_box, self.total_cost_edit),
            ("contacts", self.contacts_table, self.contacts_table.table),
            ("sources", self.sources_table, self.sources_table.table),
        ]
        for key, widget, buddy in rows:
            label = QLabel(self)
            label.setBuddy(buddy)
            error = QLabel(self)
            error.setWordWrap(True)
            error.setObjectName("fieldError")
            error.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            self.layout_.addRow(label, box)
            self.labels[key], self.errors[key] = label, error
        self.field_widgets = {key: buddy for key, _w, buddy in rows}

        self.title_edit.textEdited.connect(self._title_edited)
        self.id_edit.textEdited.connect(self._id_edited)
        self.municipalities_edit.textChanged.connect(self._municipalities_changed)
        for line in (self.start_edit, self.end_edit, self.total_cost_edit):
            line.textChanged.connect(self._emit)
        self.summary_edit.textChanged.connect(self._emit)
        self.status_combo.currentIndexChanged.connect(self._emit)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.themes_list.changed.connect(self._emit)
        for table in (self.funders_table, self.contacts_table, self.sources_table):
            table.changed.connect(self._emit)
        self.retranslate()

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "id": self.tr("&Id"),
            "title": self.tr("&Title"),
            "summary": self.tr("S&ummary"),
            "municipalities": self.tr("&Municipalities"),
            "regions": self.tr("Region"),
            "themes": self.tr("T&hemes"),
            "period": self.tr("Period"),
            "status": self.tr("Stat&us"),
            "language": self.tr("Lan&guage of the case"),
            "funding": self.tr("Funding"),
            "contacts": self.tr("&Contacts"),
            "sources": self.tr("Sou&rces"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.field_widgets[key].setAccessibleName(text.replace("&", ""))
        self.start_label.setText(self.tr("&Start"))
        self.end_label.setText(self.tr("&End"))
        self.start_edit.setAccessibleName(self.tr("Period start"))
        self.end_edit.setAccessibleName(self.tr("Period end"))
        self.total_cost_label.setText(self.tr("Total c&ost (€)"))
        self.total_cost_edit.setAccessibleName(self.tr("Total cost in euros"))
        self.funders_table.table.setAccessibleName(self.tr("Funders"))
        self.municipalities_edit.setPlaceholderText(self.tr("Names separated by commas"))
        self.regions_edit.setPlaceholderText(self.tr("Filled in from the municipalities"))
        self.id_edit.setToolTip(
            self.tr("Lower-case letters a–z, digits and hyphens; also the file name.")
        )
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("(not given)"), "")
        for status in STATUSES:  # stored as Finnish words, shown in the UI's language
            self.status_combo.addItem(status_label(status, current_language()), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current or "")))
        self.status_combo.blockSignals(False)
        self.funders_table.set_headers(
            [self.tr("Funder"), self.tr("Amount (€)"), self.tr("Decided")]
        )
        self.contacts_table.set_headers(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Email"),
             self.tr("Phone")]
        )  # fmt: skip
        self.sources_table.set_headers(
            [self.tr("Title"), self.tr("Address (URL)"), self.tr("Published"), self.tr("Retrieved")]
        )
        for table, what in (
            (self.funders_table, self.tr("funder")),
            (self.contacts_table, self.tr("contact")),
            (self.sources_table, self.tr("source")),
        ):
            table.add_button.setText(self.tr("Add %1").replace("%1", what))
            table.remove_button.setText(self.tr("Remove %1").replace("%1", what))
            table.add_button.setAccessibleName(table.add_button.text())
            table.remove_button.setAccessibleName(table.remove_button.text())

    # -- values ----------------------------------------------------------------------
    def set_values(self, values: FormValues, new_case: bool) -> None:
        self._loading = True
        self.new_case = new_case
        self._id_typed = False
        self.id_edit.setText(values.case_id)
        self.id_edit.setReadOnly(not new_case)
        self.title_edit.setText(values.title)
        self.title_edit.setCursorPosition(0)  # show the start of a long title
        self.summary_edit.setPlainText(values.summary)
        self.municipalities_edit.set_names(values.municipalities)
        self.municipalities_edit.setCursorPosition(0)
        self.themes_list.set_themes(values.themes)
        self.start_edit.setText(values.period_start)
        self.end_edit.setText(values.period_end)
        index = self.status_combo.findData(values.status)
        if index < 0 and values.status:  # a value the loader will flag: keep it visible
            self.status_combo.addItem(values.status, values.status)
            index = self.status_combo.count() - 1
        self.status_combo.setCurrentIndex(max(0, index))
        language = values.language or "fi"
        index = self.language_combo.findData(language)
        if index < 0:  # a code the loader warns about: keep it visible
            self.language_combo.addItem(language, language)
            index = self.language_combo.count() - 1
        # Set before the combo moves: its signal reads the old language (a Swedish case
        # moves it from the first entry while loading).
        self._language = language
        self.language_combo.setCurrentIndex(index)
        self.total_cost_edit.setText(values.total_cost)
        self.funders_table.set_rows(values.funders)
        self.contacts_table.set_rows(values.contacts)
        self.sources_table.set_rows(values.sources)
        self._loading = False
        self._municipalities_changed()

    def values(self) -> FormValues:
        return FormValues(
            case_id=self.id_edit.text(),
            title=self.title_edit.text(),
            summary=self.summary_edit.toPlainText(),
            municipalities=self.municipalities_edit.names(),
            themes=self.themes_list.themes(),
            period_start=self.start_edit.text(),
            period_end=self.end_edit.text(),
            status=str(self.status_combo.currentData() or ""),
            language=str(self.language_combo.currentData() or ""),
            total_cost=self.total_cost_edit.text(),
            funders=self.funders_table.rows(),
            contacts=self.contacts_table.rows(),
            sources=self.sources_table.rows(),
        )

    # -- problems under fields -------------------------------------------------------
    def show_problems(self, problems: list[Problem], text: str) -> dict[str, list[str]]:
        """Put each front matter problem under its field; returns key -> messages shown."""
        spans = field_lines(text)
        shown: dict[str, list[str]] = {key: [] for key in FORM_KEYS}
        for p in problems:
            key = _key_for_line(spans, p.line)
            if key in shown:
                shown[key].append(p.message)
        for key, messages in shown.items():
            label = self.errors[key]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            widget = self.field_widgets[key]
            widget.setAccessibleDescription(" ".join(messages))
            widget.setToolTip("\n".join(messages) if messages else "")
        return shown

    def error_text(self, key: str) -> str:
        return self.errors[key].text() if not self.errors[key].isHidden() else ""

    # -- reactions -------------------------------------------------------------------
    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _language_changed(self, *_args: Any) -> None:
        new = str(self.language_combo.currentData() or "fi")
        old, self._language = self._language, new
        if not self._loading and new != old:
            self.language_changed.emit(old, new)
        self._emit()

    def _title_edited(self, title: str) -> None:
        if self.new_case and not self._id_typed:
            self.id_edit.setText(unique_id(title, self.existing_ids(), fallback="uusi-tapaus"))
        self._emit()

    def _id_edited(self, _text: str) -> None:
        self._id_typed = True
        self._emit()

    def _municipalities_changed(self, *_args: Any) -> None:
        regions = derived_regions(self.municipalities_edit.names())
        language = current_language()
        self.regions_edit.setText(", ".join(place_label(r, language) for r in regions))
        self._emit()


def _key_for_line(spans: dict[str, tuple[int, int]], line: int | None) -> str | None:
    if line is None:
        return None
    for key, (first, last) in spans.items():
        if first <= line <= last:
            return key
    return None
