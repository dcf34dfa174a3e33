"""Where a step happens on an official site, a button opens it in the user's browser.

The app itself never connects anywhere: :func:`open_official_site` hands the address to the
system browser through ``QDesktopServices.openUrl``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def open_official_site(url: str, parent: QWidget | None = None) -> bool:
    """Open ``url`` in the system browser. Without one (or if it refused) say so and offer to
    copy the address, instead of failing silently; False then."""
    if not url:
        return False
    if QDesktopServices.openUrl(QUrl(url)):
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OfficialSite", "No browser"))
    box.setText(
        QCoreApplication.translate(
            "OfficialSite",
            "The page could not be opened: no web browser answered on this computer. Copy its "
            "address and open it in a browser yourself:\n{url}",
        ).format(url=url)
    )
    copy = box.addButton(
        QCoreApplication.translate("OfficialSite", "Copy address"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(copy)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(url)
    return False


def open_link(url: str | QUrl, parent: QWidget | None = None) -> None:
    """For a label's or browser's ``linkActivated``/``anchorClicked``: the same, for any link."""
    open_official_site(url.toString() if isinstance(url, QUrl) else url, parent)


def site_host(url: str) -> str:
    return urlsplit(url).hostname or url


class OfficialSiteButton(QPushButton):
    """ "Open mp.weixin.qq.com in the browser"; the address may change with the step shown."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.set_url(url)
        self.clicked.connect(lambda: open_official_site(self.url, self.window()))

    def set_url(self, url: str | None) -> None:
        self.url = url or ""
        host = site_host(self.url)
        self.setText(
            QCoreApplication.translate("OfficialSite", "Open {host} in the browser").format(
                host=host
            )
        )
        self.setToolTip(self.url)
        self.setAccessibleName(self.text())
        self.setEnabled(bool(self.url))


def official_site_button(url: str = "", parent: QWidget | None = None) -> OfficialSiteButton:
    return OfficialSiteButton(url, parent)
