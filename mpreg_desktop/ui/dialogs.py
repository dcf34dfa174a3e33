"""Small dialogs: preferences, the rules' edition and sources, about."""

from __future__ import annotations

import html
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mpreg_desktop import APP_NAME, ORG_NAME, __version__
from mpreg_desktop.domain.rules import Rules
from mpreg_desktop.ui import i18n


class PreferencesDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for text, value in (
            (self.tr("Follow the system"), "system"),
            ("简体中文", "zh_CN"),
            ("English", "en"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(self.language.findData(context.settings.language))
        form.addRow(self.tr("Language"), self.language)
        folder_row = QHBoxLayout()
        self.library = QLineEdit(str(context.library_dir()))
        self.library.setAccessibleName(self.tr("Case library folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.library, 1)
        folder_row.addWidget(choose)
        form.addRow(self.tr("Case library folder"), folder_row)
        note = QLabel(self.tr("A new language applies the next time the app starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Case library folder"), self.library.text()
        )
        if folder:
            self.library.setText(folder)

    def accept(self) -> None:
        settings = self.context.settings
        settings.language = self.language.currentData()
        text = self.library.text().strip()
        settings.library_dir = (
            None if text in ("", str(self.context.paths.default_library_dir)) else text
        )
        self.context.save_settings()
        super().accept()


def rules_html(rules: Rules, language: str) -> str:
    tr = i18n.text
    rows = []
    for name, info in sorted(rules.pack.sources.items()):
        title = html.escape(info.title)
        link = f'<a href="{html.escape(info.url)}">{title}</a>' if info.url else title
        rows.append(
            f"<tr><td>{html.escape(name)}</td><td>{link}</td><td>{info.reliability}</td></tr>"
        )
    heading = "规则包版本" if language.startswith("zh") else "Rules edition"
    description = html.escape(tr(rules.pack.description))
    return (
        f"<h3>{heading}: {rules.edition.isoformat()}</h3><p>{description}</p>"
        f"<table border='0' cellspacing='6'>{''.join(rows)}</table>"
    )


class RulesDialog(QDialog):
    """帮助 → 规则版本与来源: the pack in use, its sources; import a newer pack or remove it."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        from mpreg_desktop.ui.rules_import import RulesPackActions

        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Rules edition and sources"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.actions = RulesPackActions(context, self)
        self.actions.changed.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.actions.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.actions.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions.origin)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
        self.refresh()

    def refresh(self) -> None:
        self.browser.setHtml(rules_html(self.context.rules, i18n.current_language()))
        self.actions.refresh()


def show_about(parent: QWidget) -> None:
    summary = QCoreApplication.translate(
        "About",
        "Prepares and tracks the registration, verification and ICP filing of a WeChat mini "
        "program. It never connects to the network: your data stays on this computer.",
    )
    name = QCoreApplication.translate("About", "MP Reg Desktop")
    version = QCoreApplication.translate("About", "Version {version}").format(version=__version__)
    publisher = QCoreApplication.translate("About", "Published by {organization}").format(
        organization=html.escape(QCoreApplication.organizationName() or ORG_NAME)
    )
    text = (
        f"<h3>{name}</h3><p>{APP_NAME} · {version}</p><p>{summary}</p><p>{publisher}</p>"
        f"<p>Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}</p>"
    )
    title = QCoreApplication.translate("About", "About MP Reg Desktop")
    # The box shows the app's icon: QMessageBox.about takes the parent's window icon, which is
    # the application icon app.py sets.
    QMessageBox.about(parent, title, text)
