"""官网注册 on the 验证认证 page: the day the registration was submitted and the day the email was
activated. They start and stop the activation and 30-day deadlines, and complete the checklist's
在公众平台提交注册 and 激活邮箱 (which can also be ticked in the 清单: that records today)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mpreg_desktop.domain.case import Route
from mpreg_desktop.ui.docks.timeline_dock import when_text
from mpreg_desktop.ui.editing.date_fields import DateBinding
from mpreg_desktop.ui.editing.forms import FormPage


class RegistrationDates:
    """The section, shown when the route is 官网注册 (the other routes have no such steps)."""

    def __init__(self, page: FormPage) -> None:
        self.page = page
        doc = page.document
        form = page.section(
            QCoreApplication.translate(
                "VerificationPage", "Registration on the official site (官网注册)"
            )
        )
        self.box = form.parentWidget()
        fields = (
            (
                "account.registered_on",
                QCoreApplication.translate("VerificationPage", "Registration submitted on"),
                "account.registration_expires",
                QCoreApplication.translate("VerificationPage", "Finish the registration by {when}"),
            ),
            (
                "account.email_activated_on",
                QCoreApplication.translate("VerificationPage", "Email activated on"),
                "account.activate_email",
                QCoreApplication.translate("VerificationPage", "Activate the email by {when}"),
            ),
        )
        after = None  # the email is activated after submitting
        for path, label, deadline, words in fields:
            binding = page.add(form, DateBinding(doc, path, label, after=after))
            after = path
            binding.hint = lambda code=deadline, text=words: self._due_hint(code, text)

    def _due_hint(self, code: str, words: str) -> str:
        for item in self.page.document.timeline():
            if item.code == code and item.state != "done":
                return words.format(when=when_text(item))
        return ""

    def refresh(self) -> None:
        self.box.setVisible(self.page.document.case.subject.route == Route.OFFICIAL_SITE)
