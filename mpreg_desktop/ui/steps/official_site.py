"""Where a step happens on an official site, a button opens it in the user's browser.

The app itself never connects anywhere: :func:`open_official_site` hands the address to the
system browser through ``QDesktopServices.openUrl``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget


def open_official_site(url: str) -> bool:
    """Open ``url`` in the system browser; False if there is none or the browser refused."""
    if not url:
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


def site_host(url: str) -> str:
    return urlsplit(url).hostname or url


class OfficialSiteButton(QPushButton):
    """ "Open mp.weixin.qq.com in the browser"; the address may change with the step shown."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.set_url(url)
        self.clicked.connect(lambda: open_official_site(self.url))

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
