"""帮助 → 使用指南 (F1): a short offline guide, opened at the step the user is on.

The guide is plain HTML in ``resources/guide/guide_<language>.html``, one section per step with
the step's id as anchor (``start`` for the case library). It is shown in a non-modal window that
stays open beside the case; links (if any) go to the system browser, or say there is none.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mpreg_desktop.resources import resource_path
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.steps.official_site import open_link


def guide_html(language: str) -> str:
    name = "guide_zh_CN.html" if language.startswith("zh") else "guide_en.html"
    return resource_path("guide", name).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # anchors scroll; links go through open_link
        self.browser.anchorClicked.connect(self._anchor)
        self.browser.setHtml(guide_html(i18n.current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 34)

    def show_section(self, anchor: str) -> None:
        """Show the window (again) at ``anchor``: a step id, or ``start``."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(anchor)

    def _anchor(self, url) -> None:
        if url.scheme() in ("http", "https"):
            open_link(url, self)
        elif url.fragment():
            self.browser.scrollToAnchor(url.fragment())
