"""The filing system's fields (reference G.4), generated from ``rules.filing.fields``.

A field the case keeps (``case_path``) gets the editor for its ``kind``; an upload field says which
prepared material it is and leads to it; a field the platform fills in itself is shown as what it
is. Every label says whether the field is required, and the hint under it gives the condition, the
filing system's constraint and any doubt about the rule.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from mpreg_desktop.domain.field_paths import get_path
from mpreg_desktop.domain.rules.model import FilingField, FilingRules
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.app.sources import unconfirmed_sentence
from mpreg_desktop.ui.editing.date_fields import DateBinding
from mpreg_desktop.ui.editing.forms import (
    CheckBinding,
    ComboBinding,
    FieldBinding,
    FormPage,
    LineBinding,
    MultiChoiceBinding,
    TextBinding,
)
from mpreg_desktop.ui.steps.filing.pre_approvals import PreApprovalBinding
from mpreg_desktop.ui.steps.filing.region_picker import LEVELS, RegionBinding, RegionSearch
from mpreg_desktop.ui.steps.filing.uploads import upload_material


class UploadRow(QWidget):
    """ "上传于材料准备：<material>" and a button that opens that material."""

    materialRequested = Signal(str)

    def __init__(self, field: FilingField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = field
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(QCoreApplication.translate("FilingFields", "Go to materials"))
        self.button.setAccessibleName(
            QCoreApplication.translate("FilingFields", "Go to the material for {field}").format(
                field=i18n.text(field.label)
            )
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.material = ""
        self.button.clicked.connect(lambda: self.materialRequested.emit(self.material))
        self.setFocusProxy(self.button)

    def show_material(self, material: str | None, label: str, needed: bool) -> None:
        self.material = material or ""
        self.button.setEnabled(needed)
        if needed:
            text = QCoreApplication.translate(
                "FilingFields", "Uploaded from the materials step: {material}"
            ).format(material=label)
        elif self.field.required == "conditional":
            text = QCoreApplication.translate(
                "FilingFields", "Not needed for this case as it stands ({condition})"
            ).format(condition=i18n.text(self.field.condition))
        else:
            text = QCoreApplication.translate(
                "FilingFields", "Prepare it in the materials step: {material}"
            ).format(material=label)
        self.text.setText(text)


def service_content_choices(rules: FilingRules, held: list[str]) -> list[tuple[str, object]]:
    """The second-level types of the official list as 「一级-二级」 (only these can be submitted),
    then any retired id the case still holds, so that it shows and can be unticked."""
    groups = {t.id: t for t in rules.service_content_types if t.parent is None}
    choices: list[tuple[str, object]] = []
    for kind in rules.service_content_types:
        if kind.parent is None:
            continue
        group = groups.get(kind.parent)
        label = i18n.text(kind.label)
        if group is not None:
            label = f"{i18n.text(group.label)} - {label}"
        choices.append((label, kind.id))
    for old in held:  # kept, never dropped: the check asks the user to choose again
        if rules.service_content_type(old) is None:
            retired = rules.retired_service_content_type(old)
            name = i18n.text(retired.label) if retired else old
            choices.append(
                (
                    QCoreApplication.translate(
                        "FilingFields", "{name} (not on the official list)"
                    ).format(name=name),
                    old,
                )
            )
    return choices


class FilingFieldBuilder:
    """Adds the rows of the filing system's groups to a :class:`FormPage`."""

    def __init__(self, page: FormPage, on_material: Callable[[str], None]) -> None:
        self.page = page
        self.document = page.document
        self.on_material = on_material
        self.uploads: list[UploadRow] = []
        self.rows: dict[str, list[QWidget]] = {}  # field id → the row widgets it added
        # Paths recorded by another control of the page (the filing number, by the stages).
        self.recorded_elsewhere: set[str] = set()

    def add_group(self, form: QFormLayout, group: str) -> list[FilingField]:
        fields = [f for f in self.document.rules.filing.fields if f.group == group]
        for field in fields:
            self.add_field(form, field)
        return fields

    # -- one field ---------------------------------------------------------------------------------
    def add_field(self, form: QFormLayout, field: FilingField) -> None:
        label = self._label(field)
        widgets: list[QWidget] = []
        self.rows[field.id] = widgets
        path = field.case_path
        if field.kind == "image":
            row = UploadRow(field)
            row.materialRequested.connect(self.on_material)
            self.uploads.append(row)
            widgets.append(self._row(form, label, row))
            return
        if path in self.recorded_elsewhere:
            info = QLabel(
                QCoreApplication.translate(
                    "FilingFields", "Recorded under the filing progress above. {hint}"
                ).format(hint=self._hint_text(field))
            )
            info.setWordWrap(True)
            widgets.append(self._row(form, label, info))
            return
        if path is None:
            info = QLabel(self._hint_text(field) or i18n.text(field.label))
            info.setWordWrap(True)
            widgets.append(self._row(form, label, info))
            return
        if path.endswith("_emergency.phone"):
            # The filing asks for the emergency contact's number; the case keeps their name too.
            name_path = path.rsplit(".", 1)[0] + ".name"
            name = LineBinding(
                self.document,
                name_path,
                QCoreApplication.translate("FilingFields", "Emergency contact's name"),
            )
            widgets.append(self._bind(form, name))
        if path == LEVELS[0]:
            search = RegionSearch(self.document)
            self.rows[field.id].append(
                self._row(form, QCoreApplication.translate("FilingFields", "Find region"), search)
            )
        binding = self._editor(field, path, label)
        binding.hint = self._hint(field, path)
        widgets.append(self._bind(form, binding))
        if field.kind == "date_or_long_term":
            flag = path.rsplit(".", 1)[0] + ".id_long_term"
            long_term = CheckBinding(
                self.document,
                flag,
                QCoreApplication.translate("FilingFields", "Long-term ID"),
                QCoreApplication.translate("FilingFields", "The ID is valid long-term (长期)"),
            )
            widgets.append(self._bind(form, long_term, with_label=False))

    def _editor(self, field: FilingField, path: str, label: str) -> FieldBinding:
        doc = self.document
        kind = field.kind
        if kind == "description":
            return TextBinding(doc, path, label)
        if kind == "date" or kind == "date_or_long_term":
            return DateBinding(doc, path, label)
        if kind == "region" and path in LEVELS:
            return RegionBinding(doc, path, label)
        if kind == "enum" and (choices := self._enum_choices(path)) is not None:
            return ComboBinding(doc, path, label, choices)
        if kind == "list" and path == "filing.pre_approvals":
            return PreApprovalBinding(doc, label)
        if kind == "list" and path == "filing.service_content_types":
            rules = doc.rules.filing
            return MultiChoiceBinding(
                doc,
                path,
                label,
                lambda: service_content_choices(rules, doc.case.filing.service_content_types),
            )
        return LineBinding(doc, path, label)

    def _enum_choices(self, path: str) -> Callable[[], list[tuple[str, object]]] | None:
        rules = self.document.rules
        choose = QCoreApplication.translate("FilingFields", "Please choose…")
        if path == "subject.type":
            return lambda: [
                (choose, None),
                *((i18n.text(t.label), t.id) for t in rules.subjects.types),
            ]
        if path == "filing.certificate_type":

            def subject_certificates() -> list[tuple[str, object]]:
                subject_type = self.document.case.subject.type
                return [(choose, "")] + [
                    (i18n.text(t.label), t.id)
                    for t in rules.filing.subject_certificate_types
                    if t.subject_types is None or subject_type in t.subject_types
                ]

            return subject_certificates
        if path.endswith(".certificate_type"):
            # The case stores "" for the first and most common type (居民身份证).
            kinds = rules.filing.person_certificate_types
            return lambda: (
                [(i18n.text(kinds[0].label), "")] + [(i18n.text(t.label), t.id) for t in kinds[1:]]
            )
        return None

    # -- words -------------------------------------------------------------------------------------
    def _label(self, field: FilingField) -> str:
        text = i18n.text(field.label)
        marks = {"yes": " *", "conditional": " (*)", "no": ""}
        return text + marks[field.required]

    def _hint_text(self, field: FilingField) -> str:
        parts = []
        if field.required == "conditional" and field.condition:
            parts.append(
                QCoreApplication.translate("FilingFields", "Required when: {condition}").format(
                    condition=i18n.text(field.condition)
                )
            )
        if field.constraint:
            parts.append(i18n.text(field.constraint))
        if field.uncertain and field.uncertainty:
            parts.append(unconfirmed_sentence())
        return " ".join(parts)

    def _hint(self, field: FilingField, path: str) -> Callable[[], str]:
        fixed = self._hint_text(field)

        def hint() -> str:
            value = get_path(self.document.case, path)
            extra = ""
            if field.kind == "description":
                extra = QCoreApplication.translate(
                    "FilingFields", "{length} characters ({min}–{max})."
                ).format(
                    length=len(value.strip()),
                    min=field.min_length or "",
                    max=field.max_length or "",
                )
            elif field.kind == "list" and field.max_items:
                extra = QCoreApplication.translate(
                    "FilingFields", "{count} of at most {max} chosen."
                ).format(count=len(value), max=field.max_items)
            return " ".join(p for p in (extra, fixed) if p)

        return hint

    # -- rows --------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, widget)
        widget.setAccessibleName(label)
        return widget

    def _bind(self, form: QFormLayout, binding: FieldBinding, with_label: bool = True) -> QWidget:
        self.page.add(form, binding, with_label=with_label)
        return binding.container

    # -- refresh -----------------------------------------------------------------------------------
    def refresh_uploads(self) -> None:
        rules = self.document.rules
        needed = {item.id for item in self.document.derived().checklist}
        for row in self.uploads:
            material, is_needed = upload_material(row.field.id, self.document.case, needed)
            entry = rules.checklist.entry(material) if material else None
            row.show_material(material, i18n.text(entry.label) if entry else "", is_needed)
