"""Step 1 — 主体选择: which subject, which route, who administers it, and the mini program."""

from __future__ import annotations

from mpreg_desktop.domain import identifiers as ids
from mpreg_desktop.domain.case import SubjectType
from mpreg_desktop.domain.naming import name_units
from mpreg_desktop.ui import i18n
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.forms import (
    CheckBinding,
    ComboBinding,
    FormPage,
    LineBinding,
    MultiChoiceBinding,
    TextBinding,
)


class SubjectPage(FormPage):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(document, parent)
        rules = document.rules
        doc = document

        form = self.section(self.tr("Case"))
        self.add(
            form, LineBinding(doc, "name", self.tr("Case name"), self.tr("e.g. client and project"))
        )
        self.add(form, TextBinding(doc, "notes", self.tr("Notes"), self.tr("Anything to remember")))

        form = self.section(self.tr("Subject"))
        choose = self.tr("Please choose…")
        self.add(
            form,
            ComboBinding(
                doc,
                "subject.type",
                self.tr("Subject type"),
                lambda: [
                    (choose, None),
                    *((i18n.text(t.label), t.id) for t in rules.subjects.types),
                ],
            ),
        )
        self.add(form, ComboBinding(doc, "subject.sub_kind", self.tr("Sub-kind"), self._sub_kinds))
        self.add(
            form,
            ComboBinding(
                doc,
                "subject.route",
                self.tr("Registration route"),
                lambda: [(i18n.text(r.label), r.id) for r in rules.registration.routes],
            ),
        )
        self.add(
            form,
            LineBinding(
                doc, "subject.name", self.tr("Subject name"), self.tr("exactly as on the licence")
            ),
        )
        code = self.add(
            form,
            LineBinding(
                doc,
                "subject.code",
                self.tr("Subject code"),
                self.tr("18-character unified social credit code"),
            ),
        )
        code.hint = self._code_hint

        form = self.section(self.tr("What the mini program needs"))
        for field, text in (
            ("wechat_pay", self.tr("WeChat Pay")),
            ("shop", self.tr("A shop (小商店)")),
            ("live_streaming", self.tr("Live streaming")),
            ("ads", self.tr("Ads (流量主)")),
            ("has_certified_official_account", self.tr("Already has a certified Official Account")),
        ):
            self.add(form, CheckBinding(doc, f"subject.needs.{field}", text), with_label=False)

        form = self.section(self.tr("Account and administrator"))
        self.add(
            form,
            LineBinding(
                doc,
                "account.email",
                self.tr("Account email"),
                self.tr("never used on the WeChat platforms"),
            ),
        )
        self.add(form, LineBinding(doc, "account.admin.name", self.tr("Administrator's name")))
        self.add(
            form, LineBinding(doc, "account.admin.id_number", self.tr("Administrator's ID number"))
        )
        self.add(form, LineBinding(doc, "account.admin.phone", self.tr("Administrator's phone")))

        form = self.section(self.tr("Mini program"))
        name = self.add(form, LineBinding(doc, "mini_program.name", self.tr("Mini program name")))
        name.hint = self._name_hint
        self.add(
            form,
            MultiChoiceBinding(
                doc, "mini_program.categories", self.tr("Service categories"), self._categories
            ),
        )
        self.finish()

    def _sub_kinds(self) -> list[tuple[str, object]]:
        subject_type = self.document.case.subject.type
        if subject_type is None:
            return [(self.tr("Choose the subject type first"), "")]
        rule = self.document.rules.subjects.get(subject_type)
        return [(self.tr("Please choose…"), "")] + [
            (i18n.text(k.label), k.id) for k in rule.sub_kinds
        ]

    def _categories(self) -> list[tuple[str, str]]:
        rules = self.document.rules
        personal = self.document.case.subject.type == SubjectType.PERSONAL
        options = []
        for category in rules.categories.categories:
            label = i18n.text(category.label)
            if category.requires_qualification:
                label += self.tr(" — needs a licence")
            if personal and not category.personal_allowed:
                label += self.tr(" — not for personal subjects")
            options.append((label, category.id))
        return options

    def _code_hint(self) -> str:
        kind = ids.code_kind(self.document.case.subject.code)
        names = {
            "uscc": self.tr("Recognised as a unified social credit code (18)"),
            "registration_number": self.tr("Recognised as a business registration number (15)"),
            "org_code": self.tr("Recognised as an organisation code (9)"),
        }
        return names.get(kind, "") if kind else ""

    def _name_hint(self) -> str:
        rules = self.document.rules.naming
        units = name_units(self.document.case.mini_program.name, rules.cjk_units)
        return self.tr("Length {units} of {min}–{max} (a Chinese character counts 2)").format(
            units=units, min=rules.min_units, max=rules.max_units
        )
