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
from mpreg_desktop.domain.rules.model import Rules
from mpreg_desktop.domain.rules.provenance import cited_sources, shown_source
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.steps.official_site import open_link


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
        changed = settings.language != self.language.currentData()
        settings.language = self.language.currentData()
        text = self.library.text().strip()
        settings.library_dir = (
            None if text in ("", str(self.context.paths.default_library_dir)) else text
        )
        self.context.save_settings()
        super().accept()
        if changed:  # windows built in the old language keep it: say so at the moment it matters
            QMessageBox.information(
                self.parentWidget(),
                self.tr("Language"),
                self.tr(
                    "The new language applies the next time the app starts. Save your work, "
                    "close every window and start the app again to use it now."
                ),
            )


def _link(title: str, url: str | None) -> str:
    title = html.escape(title)
    return f'<a href="{html.escape(url)}">{title}</a>' if url else title


def rules_html(rules: Rules, language: str) -> str:
    """The edition, what the pack covers, and the official pages it relies on, by title."""
    zh = language.startswith("zh")
    official = {}
    for source in sorted(cited_sources(rules)):
        shown = shown_source(source, rules, language)
        if shown.url:
            official.setdefault(shown.url, shown.title)
    pages = "".join(f"<li>{_link(title, url)}</li>" for url, title in official.items())
    heading = "规则包版本" if zh else "Rules edition"
    official_heading = "引用的官方页面" if zh else "Official pages relied on"
    others = (
        "其余依据为行业资料（非官方）；未经官方确认的规则在应用中注明「仅供参考」。"
        if zh
        else "The rest comes from industry material (not official); rules that are not "
        "officially confirmed say so where they are shown."
    )
    description = html.escape(i18n.text(rules.pack.description))
    return (
        f"<h3>{heading}: {rules.edition.isoformat()}</h3><p>{description}</p>"
        f"<p><b>{official_heading}</b></p><ul>{pages}</ul><p>{html.escape(others)}</p>"
    )


def provenance_html(rules: Rules, language: str) -> str:
    """For maintainers: every research source with its reliability, and where sources disagree."""
    zh = language.startswith("zh")
    rows = []
    for name, info in sorted(rules.pack.sources.items()):
        rows.append(
            f"<tr><td>{html.escape(name)}</td><td>{_link(info.title, info.url)}</td>"
            f"<td>{info.reliability}</td></tr>"
        )
    notes = [
        *rules.subjects.contradictions,
        *rules.registration.contradictions,
        *rules.verification.contradictions,
    ]
    items = "".join(
        f"<li>{html.escape(note.text.get(language))}<br>"
        f"<small>{html.escape('; '.join(note.source))}</small></li>"
        for note in notes
    )
    seeds = "研究资料" if zh else "Research sources"
    disagree = (
        "资料不一致之处及采用的说法" if zh else "Where the sources disagree, and the reading used"
    )
    return (
        f"<h3>{seeds}</h3><table border='0' cellspacing='6'>{''.join(rows)}</table>"
        f"<h3>{disagree}</h3><ul>{items}</ul>"
    )


class RulesDialog(QDialog):
    """帮助 → 规则版本与来源: the pack in use, its sources; import a newer pack or remove it."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        from mpreg_desktop.ui.dialogs.rules_import import RulesPackActions

        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Rules edition and sources"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the system browser, or a word if there is none
        self.browser.anchorClicked.connect(lambda url: open_link(url, self))
        self.actions = RulesPackActions(context, self)
        self.actions.changed.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.actions.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.actions.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Full provenance (seed files, agency pages, disagreements) is for maintainers: one
        # deliberate click away, never in the guidance itself (reference §0.3).
        self.details = buttons.addButton(
            self.tr("Details for maintainers"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.details.setCheckable(True)
        self.details.toggled.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions.origin)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 30)
        self.refresh()

    def refresh(self) -> None:
        rules, language = self.context.rules, i18n.current_language()
        details = provenance_html(rules, language) if self.details.isChecked() else ""
        self.browser.setHtml(rules_html(rules, language) + details)
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
