"""文件 → 打印清单… and 导出 PDF…: choose the sheet and masking, then preview or write a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.window.file_names import case_stem


@dataclass(frozen=True)
class PrintOptions:
    sheet: str = "checklist"  # or "handover", "payment_request"
    unmasked: bool = False


class PrintOptionsDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.checklist = QRadioButton(self.tr("Checklist (清单)"))
        self.handover = QRadioButton(self.tr("Materials handover sheet (材料交接单)"))
        self.checklist.setChecked(True)
        self.unmasked = QCheckBox(self.tr("Show ID, phone and account numbers in full"))
        self.unmasked.setToolTip(
            self.tr("By default only the first and last 4 characters are printed.")
        )
        for widget in (self.checklist, self.handover, self.unmasked):
            layout.addWidget(widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        sheet = "handover" if self.handover.isChecked() else "checklist"
        return PrintOptions(sheet=sheet, unmasked=self.unmasked.isChecked())


def _html(document: CaseDocument, options: PrintOptions) -> str:
    from mpreg_desktop.printing import sheet_html

    now = document.clock.now()
    return sheet_html(
        options.sheet,
        document.case,
        document.rules,
        document.timeline(now),
        language=i18n.current_language(),
        printed=now,
        unmasked=options.unmasked,
    )


def _no_font(parent: QWidget, error: Exception) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("PrintActions", "Cannot print"),
        QCoreApplication.translate(
            "PrintActions",
            "No font for Chinese is installed, so the sheet would show boxes.\n\n{error}",
        ).format(error=error),
    )


def ask_options(parent: QWidget, title: str) -> PrintOptions | None:
    dialog = PrintOptionsDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.options()


def print_preview(parent: QWidget, document: CaseDocument, options: PrintOptions) -> None:
    """Show the sheet in Qt's print preview, from which the user prints to any printer."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from mpreg_desktop.printing import footer
    from mpreg_desktop.printing.document import NoChineseFontError, PrintedSheet, make_printer

    html = _html(document, options)
    printer = make_printer()
    text = footer(document.case, i18n.current_language())
    try:
        # made first to fail early, before the dialog, if there is no font
        printer.setDocName(PrintedSheet(html, printer, text).title)  # the print job's name
    except NoChineseFontError as error:
        _no_font(parent, error)
        return
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("PrintActions", "Print preview"))

    def paint(target) -> None:
        PrintedSheet(html, target, text).print_to()

    preview.paintRequested.connect(paint)
    preview.exec()


def export_pdf(parent: QWidget, document: CaseDocument, options: PrintOptions) -> Path | None:
    from mpreg_desktop.printing import export_pdf as write
    from mpreg_desktop.printing.document import NoChineseFontError

    folder = document.path.parent if document.path else Path.home()
    sheet = {
        "handover": QCoreApplication.translate("PrintActions", "handover sheet"),
        "payment_request": QCoreApplication.translate("PrintActions", "payment request"),
    }.get(options.sheet, QCoreApplication.translate("PrintActions", "checklist"))
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintActions", "Export PDF"),
        str(folder / f"{case_stem(document)} {sheet}.pdf"),
        QCoreApplication.translate("PrintActions", "PDF (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    from mpreg_desktop.storage.outputs import OutputError
    from mpreg_desktop.ui.app.errors import output_error_text

    inputs = (document.path,) if document.path else ()
    try:
        write(_html(document, options), path, document.case, i18n.current_language(), inputs)
    except NoChineseFontError as error:
        _no_font(parent, error)
        return None
    except (OutputError, OSError) as error:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("PrintActions", "Not exported"),
            QCoreApplication.translate(
                "PrintActions", "The PDF could not be written to\n{path}"
            ).format(path=path)
            + "\n\n"
            + output_error_text(error),
        )
        return None
    return path


def payment_request_ready(parent: QWidget, document: CaseDocument) -> bool:
    """Whether to make the 付款申请单: only for 对公打款; blanks only if the user agrees."""
    from mpreg_desktop.domain.case import VerificationMethod
    from mpreg_desktop.printing.payment_request import payee_missing

    title = QCoreApplication.translate("PrintActions", "Payment request")
    if document.case.verification.method != VerificationMethod.BANK_TRANSFER:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PrintActions",
                "The payment request is for verification by bank transfer (对公打款); choose "
                "that method on the Verification page first.",
            ),
        )
        return False
    if not payee_missing(document.case):
        return True
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "PrintActions",
            "The payee, bank, account or amount shown by the platform has not been entered on "
            "the Verification page. Make the request with blanks to fill in by hand?",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
