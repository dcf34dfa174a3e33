"""案例库 → 导出表格… and 从表格导入…: the library to and from Excel/WPS sheets.

Import is three steps in one dialog: the columns and the case field each fills (guessed from the
headers, changeable), a preview of every row with the same checks as the app, and creation of
the ticked rows only on confirmation. Rows whose values cannot be stored are not offered; rows
with errors are offered unticked, so nothing doubtful is created without a look.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.domain.clock import SYSTEM_CLOCK
from mpreg_desktop.domain.messages import problem_text
from mpreg_desktop.sharing.commands import sheet_error_text
from mpreg_desktop.sharing.words import IMPORT_LABELS, target_label
from mpreg_desktop.ui.app.background import run_in_background
from mpreg_desktop.ui.app.errors import cause_reason, os_reason

log = logging.getLogger(__name__)


class ExportSheetDialog(QDialog):
    def __init__(self, total: int, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Sheets", "Export the library as a sheet"))
        layout = QVBoxLayout(self)
        self.all = QRadioButton(
            QCoreApplication.translate("Sheets", "The 1 case")
            if total == 1
            else QCoreApplication.translate("Sheets", "All {n} cases").format(n=total)
        )
        self.filtered = QRadioButton(
            QCoreApplication.translate("Sheets", "The 1 case shown (search and filters)")
            if shown == 1
            else QCoreApplication.translate(
                "Sheets", "The {n} cases shown (search and filters)"
            ).format(n=shown)
        )
        self.all.setChecked(True)
        self.filtered.setEnabled(shown != total)
        layout.addWidget(self.all)
        layout.addWidget(self.filtered)
        self.unmasked = QCheckBox(QCoreApplication.translate("Sheets", "Phone numbers in full"))
        self.unmasked.setToolTip(
            QCoreApplication.translate(
                "Sheets", "Otherwise only the first and last 4 digits are shown."
            )
        )
        layout.addWidget(self.unmasked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Sheets", "Export…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def export_sheet(view) -> Path | None:
    """Ask what to export and where, then write the sheet; returns the file written."""
    from mpreg_desktop.sharing.sheet_export import export_library

    everything = view.summaries()
    shown = [
        view.model.summary(view.proxy.mapToSource(view.proxy.index(r, 0)).row())
        for r in range(view.proxy.rowCount())
    ]
    dialog = ExportSheetDialog(len(everything), len(shown), view)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = shown if dialog.filtered.isChecked() else everything
    name, _ = QFileDialog.getSaveFileName(
        view,
        QCoreApplication.translate("Sheets", "Export the library as a sheet"),
        str(Path.home() / QCoreApplication.translate("Sheets", "cases.xlsx")),
        QCoreApplication.translate("Sheets", "Excel sheets (*.xlsx)"),
    )
    if not name:
        return None
    target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    language = view.context.language
    try:
        report = run_in_background(
            view,
            QCoreApplication.translate("Sheets", "Writing the sheet…"),
            lambda: export_library(
                chosen,
                target,
                view.index.rules,
                view.index.calendar,
                view.context.clock.now(),
                language=language,
                unmasked=dialog.unmasked.isChecked(),
            ),
        )
    except OSError as error:
        QMessageBox.warning(
            view,
            QCoreApplication.translate("Sheets", "Export the library as a sheet"),
            QCoreApplication.translate(
                "Sheets", "The sheet could not be written:\n{path}\n\n{why}"
            ).format(path=target, why=os_reason(error)),
        )
        return None
    view.after_change(
        None,
        QCoreApplication.translate("Sheets", "Sheet written (cases: {n}, deadlines: {d})").format(
            n=report.cases, d=report.deadlines
        ),
    )
    return target


class ImportSheetDialog(QDialog):
    """Column mapping and a checked preview; ``create()`` writes the ticked rows."""

    def __init__(
        self, sheet, rules, language: str, parent: QWidget | None = None, *, today=None
    ) -> None:
        from mpreg_desktop.sharing.sheet_import import guess_mapping

        super().__init__(parent)
        self.sheet, self.rules, self.language = sheet, rules, language
        self.today = today or SYSTEM_CLOCK.today()  # the day the rows are checked for
        self.rows = []
        self.setWindowTitle(QCoreApplication.translate("Sheets", "Import cases from a sheet"))
        layout = QVBoxLayout(self)
        notes = []
        if sheet.skipped_empty:
            notes.append(
                QCoreApplication.translate("Sheets", "{n} empty rows are skipped.").format(
                    n=sheet.skipped_empty
                )
            )
        if sheet.formulas_without_value:
            notes.append(
                QCoreApplication.translate(
                    "Sheets",
                    "Some formulas have no value ({cells}): open and save the sheet in Excel or "
                    "WPS first, or they import as empty.",
                ).format(cells="、".join(sheet.formulas_without_value[:10]))
            )
        if notes:
            note = QLabel(" ".join(notes))
            note.setWordWrap(True)
            layout.addWidget(note)

        columns = QGroupBox(
            QCoreApplication.translate("Sheets", "1. Which column fills which field")
        )
        grid = QGridLayout(columns)
        self.combos: list[QComboBox] = []
        guessed = guess_mapping(sheet.headers)
        for index, header in enumerate(sheet.headers):
            combo = QComboBox()
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.setAccessibleName(
                QCoreApplication.translate("Sheets", "Field for column {name}").format(
                    name=header or index + 1
                )
            )
            combo.addItem(QCoreApplication.translate("Sheets", "(not imported)"), None)
            for path in IMPORT_LABELS:
                combo.addItem(target_label(path, language), path)
            combo.setCurrentIndex(max(combo.findData(guessed.get(index)), 0))
            combo.currentIndexChanged.connect(self.refresh)
            grid.addWidget(
                QLabel(
                    header or QCoreApplication.translate("Sheets", "Column {n}").format(n=index + 1)
                ),
                index // 3,
                (index % 3) * 2,
            )
            grid.addWidget(combo, index // 3, (index % 3) * 2 + 1)
            self.combos.append(combo)
        scroll = QScrollArea()
        scroll.setWidget(columns)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(170)
        layout.addWidget(scroll)

        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Sheets", "2. The cases to create (checked as the app checks them)"
                )
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(QCoreApplication.translate("Sheets", "Rows of the sheet"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Sheets", "Create"),
                QCoreApplication.translate("Sheets", "Row"),
                QCoreApplication.translate("Sheets", "Case"),
                QCoreApplication.translate("Sheets", "Problems"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.refresh()

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for index, combo in enumerate(self.combos):
            path = combo.currentData()
            if path and path not in chosen.values():
                chosen[index] = path
        return chosen

    def refresh(self) -> None:
        from mpreg_desktop.sharing.sheet_import import preview

        mapping = self.mapping()
        self.rows = preview(self.sheet, mapping, self.rules, self.today)
        names = [i for i, path in mapping.items() if path in ("name", "subject.name")]
        name_column = names[0] if names else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            tick = QTableWidgetItem()
            if row.importable:
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Unchecked if row.errors else Qt.CheckState.Checked)
            else:
                tick.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(r, 0, tick)
            self.table.setItem(r, 1, QTableWidgetItem(str(row.number)))
            # A name the case could not take is still shown, shortened, so the row can be found.
            name = row.case.name if row.case else ""
            shown = name or (self.sheet.rows[r][name_column] if name_column is not None else "")
            self.table.setItem(
                r, 2, QTableWidgetItem(shown if len(shown) <= 40 else f"{shown[:40]}…")
            )
            self.table.setItem(r, 3, QTableWidgetItem(self._problems(row)))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._count()

    def _problems(self, row) -> str:
        if row.refused:
            fields = "、".join(target_label(p, self.language) for p, _v in row.refused)
            return QCoreApplication.translate(
                "Sheets", "Cannot be imported: invalid {fields}"
            ).format(fields=fields)
        errors = [p for p in row.problems if p.severity == "error"]
        if not errors:
            return QCoreApplication.translate("Sheets", "Ready")
        return "；".join(problem_text(p, self.rules, self.language) for p in errors[:3])

    def chosen(self):
        return [
            row
            for r, row in enumerate(self.rows)
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        n = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("Sheets", "Create {n} cases").format(n=n))
        ok.setEnabled(n > 0)
        self.summary.setText(
            QCoreApplication.translate(
                "Sheets", "{ready} of {total} rows can be imported; {errors} have errors."
            ).format(
                ready=sum(1 for r in self.rows if r.importable),
                total=len(self.rows),
                errors=sum(1 for r in self.rows if r.errors),
            )
        )


def import_sheet(view) -> list[Path]:
    """Choose a sheet, preview it, create the ticked cases in the library; returns them."""
    from mpreg_desktop.sharing.sheet_import import SheetError, create_cases, read_sheet

    title = QCoreApplication.translate("Sheets", "Import cases from a sheet")
    name, _ = QFileDialog.getOpenFileName(
        view,
        title,
        str(Path.home()),
        QCoreApplication.translate("Sheets", "Sheets (*.xlsx *.csv);;All files (*)"),
    )
    if not name:
        return []
    language = view.context.language
    try:
        sheet = run_in_background(
            view,
            QCoreApplication.translate("Sheets", "Reading the sheet…"),
            lambda: read_sheet(Path(name)),
        )
    except SheetError as error:
        why = sheet_error_text(error, language)
        QMessageBox.warning(view, title, f"{Path(name).name}\n\n{why}")
        return []
    dialog = ImportSheetDialog(
        sheet, view.index.rules, language, view, today=view.context.clock.today()
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    try:
        written = create_cases(dialog.chosen(), view.root)
    except Exception as error:  # LibraryError / OSError: say so; what was written stays
        why = os_reason(error) if isinstance(error, OSError) else cause_reason(error, str(error))
        QMessageBox.warning(
            view,
            title,
            QCoreApplication.translate("Sheets", "Not every case could be created:\n{why}").format(
                why=why
            ),
        )
        view.refresh()
        return []
    log.info("created %d cases from a sheet", len(written))
    view.after_change(
        written[0] if written else None,
        QCoreApplication.translate("Sheets", "{n} cases created from the sheet").format(
            n=len(written)
        ),
    )
    return written
