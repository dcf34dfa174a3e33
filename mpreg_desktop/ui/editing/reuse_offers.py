"""Offers of people and subjects from other cases under a name, ID, USCC or phone field.

Typing brings up the matching people (or subjects) of the library's other cases in the field's
completion list; choosing one fills the case's still-empty fields in one document edit, and says
how many cases that ID and phone already administer against the limits. The matching is the
domain's (``domain/assist/reuse.py``), from the library index the document already holds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QToolTip

from mpreg_desktop.domain.assist.reuse import Offer, admin_uses, edits, key_path, offered_at, offers
from mpreg_desktop.domain.checks.identifiers import mask
from mpreg_desktop.ui.editing.document import CaseDocument

ROLE_TEXT = Qt.ItemDataRole.UserRole + 1  # what the field gets: the matched value itself
ROLE_OFFER = Qt.ItemDataRole.UserRole + 2


class ReuseOffers(QObject):
    def __init__(self, document: CaseDocument, binding, kind: str, key: str, person_path: str):
        super().__init__(binding.edit)
        self.document, self.binding = document, binding
        self.kind, self.key, self.person_path = kind, key, person_path
        self.message = ""  # the last thing said about an accepted offer (limits)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionRole(ROLE_TEXT)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated[QModelIndex].connect(self._chosen)
        binding.edit.setCompleter(self.completer)
        binding.edit.textEdited.connect(self.update)

    def update(self, text: str) -> None:
        self.model.clear()
        for offer in offers(self.kind, self.key, text, self.document.others):
            item = QStandardItem(self.describe(offer))
            item.setData(offer.values.get(self.key, ""), ROLE_TEXT)
            item.setData(offer, ROLE_OFFER)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.setCompletionPrefix("")
            self.completer.complete()

    def describe(self, offer: Offer) -> str:
        v = offer.values
        numbers = [mask(v[k]) for k in ("id_number", "phone", "code") if v.get(k)]
        where = "、".join(offer.cases[:3]) + ("…" if len(offer.cases) > 3 else "")
        return QCoreApplication.translate(
            "ReuseOffers", "{name} · {numbers} (from {cases})"
        ).format(name=v.get("name", ""), numbers=" · ".join(numbers), cases=where)

    def _chosen(self, index: QModelIndex) -> None:
        self.accept(index.data(ROLE_OFFER))

    def accept(self, offer: Offer) -> None:
        doc = self.document
        path = key_path(self.kind, self.key, self.person_path)
        with doc.edit(
            QCoreApplication.translate("ReuseOffers", "Reuse from another case")
        ) as allowed:
            if not allowed:
                return
            doc.set_field(path, offer.values.get(self.key, ""))
            for other, value in edits(doc.case, offer, self.person_path):
                doc.set_field(other, value)
        lines = []
        if self.kind == "person":
            for what, count, limit in admin_uses(offer, doc.others, doc.rules):
                template = (
                    QCoreApplication.translate(
                        "ReuseOffers",
                        "This ID number administers {count} other cases (at most {limit}).",
                    )
                    if what == "id"
                    else QCoreApplication.translate(
                        "ReuseOffers",
                        "This phone number administers {count} other cases (at most {limit}).",
                    )
                )
                lines.append(template.format(count=count, limit=limit))
        self.message = "\n".join(lines)
        if self.message:
            edit = self.binding.edit
            QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), self.message, edit)


def offer_reuse(document: CaseDocument, binding) -> ReuseOffers | None:
    """Attach offers to a line field where a person or subject may be typed again."""
    where = offered_at(binding.path)
    return ReuseOffers(document, binding, *where) if where else None
