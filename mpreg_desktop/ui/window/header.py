"""The strip above the steps: which case, whose, what type, and how far along."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout

from mpreg_desktop.domain.flow.timeline import most_urgent
from mpreg_desktop.domain.messages import due_text, timeline_text
from mpreg_desktop.ui.app import i18n
from mpreg_desktop.ui.editing.document import CaseDocument

DEADLINE_COLOURS = {"overdue": "#c62828", "due_soon": "#b26a00", "upcoming": "#1b5e20"}


class CaseHeader(QFrame):
    def __init__(self, document: CaseDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        names = QVBoxLayout()
        self.case_name = QLabel()
        font = self.case_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.case_name.setFont(font)
        self.subject = QLabel()
        self.rules_note = QLabel()  # checked with another rules edition than the one in use
        self.rules_note.setWordWrap(True)
        self.rules_note.setAccessibleName(self.tr("Rules edition"))
        self.rules_note.setStyleSheet("color: #b26a00;")
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline.setAccessibleName(self.tr("Most urgent deadline"))
        names.addWidget(self.case_name)
        names.addWidget(self.subject)
        names.addWidget(self.rules_note)
        names.addWidget(self.deadline)
        layout.addLayout(names, 1)
        status = QVBoxLayout()
        self.progress_text = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.problem_counts = QLabel()
        status.addWidget(self.progress_text)
        status.addWidget(self.progress)
        status.addWidget(self.problem_counts)
        layout.addLayout(status)
        document.derivedChanged.connect(self.refresh)
        document.pathChanged.connect(self.refresh)
        # The countdown moves with the clock; minutes are its finest unit.
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self.refresh_deadline)
        self.clock.start()
        self.refresh()

    def refresh(self) -> None:
        case = self.document.case
        rules = self.document.rules
        # A case without a name of its own is called what its file is (as the window title and
        # the library do), not 「未命名案例」 once it has been saved.
        path = self.document.path
        self.case_name.setText(case.name or (path.stem if path else self.tr("Untitled case")))
        type_label = (
            i18n.text(rules.subjects.get(case.subject.type).label) if case.subject.type else ""
        )
        parts = [case.subject.name or self.tr("No subject name yet"), type_label]
        self.subject.setText(" · ".join(p for p in parts if p))
        derived = self.document.derived()
        done, total = derived.progress
        self.progress_text.setText(self.tr("Done {done}/{total}").format(done=done, total=total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.refresh_deadline()
        self.refresh_rules_note()
        errors = sum(1 for p in derived.problems if p.severity == "error")
        warnings = sum(1 for p in derived.problems if p.severity == "warning")
        errors_text = (
            self.tr("1 error") if errors == 1 else self.tr("{count} errors").format(count=errors)
        )
        warnings_text = (
            self.tr("1 warning")
            if warnings == 1
            else self.tr("{count} warnings").format(count=warnings)
        )
        self.problem_counts.setText(
            self.tr("{errors}, {warnings}").format(errors=errors_text, warnings=warnings_text)
        )

    def refresh_rules_note(self) -> None:
        checked = self.document.case.rules_edition
        in_use = self.document.rules.edition
        if checked is None or checked == in_use:
            self.rules_note.setVisible(False)
            return
        if checked < in_use:
            text = self.tr(
                "Last checked with the rules of {checked}; the rules of {in_use} now apply — "
                "review the problems and the checklist."
            )
        else:
            text = self.tr(
                "Last checked with newer rules ({checked}) than this app uses ({in_use}): "
                "import that rules pack to see the same checks."
            )
        self.rules_note.setText(text.format(checked=checked.isoformat(), in_use=in_use.isoformat()))
        self.rules_note.setVisible(True)

    def refresh_deadline(self) -> None:
        now = self.document.clock.now()
        urgent = most_urgent(self.document.timeline(now))
        if urgent is None:
            self.deadline.setVisible(False)
            return
        language = i18n.current_language()
        left = due_text(urgent, now, language)
        colon = "：" if language.startswith("zh") else ": "
        self.deadline.setText(f"{timeline_text(urgent, language)}{colon}{left}")
        colour = DEADLINE_COLOURS.get(urgent.state, "#1b5e20")
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.deadline.setVisible(True)
