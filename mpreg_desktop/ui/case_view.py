"""The open case: header strip and the four step tabs, each tab titled with its state."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mpreg_desktop.domain.case import Step
from mpreg_desktop.ui.banner import AlertBanner
from mpreg_desktop.ui.document import CaseDocument
from mpreg_desktop.ui.header import CaseHeader
from mpreg_desktop.ui.steps import step_title
from mpreg_desktop.ui.steps.filing import FilingPage
from mpreg_desktop.ui.steps.materials import MaterialsPage
from mpreg_desktop.ui.steps.subject import SubjectPage
from mpreg_desktop.ui.steps.verification import VerificationPage

STEPS = list(Step)


class CaseView(QWidget):
    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = AlertBanner()
        self.banner.stepRequested.connect(self.show_step)
        layout.addWidget(self.banner)
        self.header = CaseHeader(document)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages = {
            Step.SUBJECT: SubjectPage(document),
            Step.MATERIALS: MaterialsPage(document),
            Step.VERIFICATION: VerificationPage(document),
            Step.FILING: FilingPage(document),
        }
        for step in STEPS:
            self.tabs.addTab(self.pages[step], "")
        self.pages[Step.FILING].materialRequested.connect(
            lambda key: self.focus_field(f"materials.{key}")
        )
        layout.addWidget(self.tabs, 1)
        document.derivedChanged.connect(self.update_tab_titles)
        self.update_tab_titles()
        self.banner.show_alerts(document.timeline())  # once, as the case opens

    def step_state(self, step: Step) -> tuple[int, bool]:
        """(errors, done) for one step: done means no errors, nothing left to fill in or do."""
        derived = self.document.derived()
        problems = [p for p in derived.problems if p.step == step]
        errors = sum(1 for p in problems if p.severity == "error")
        missing = any(p.code == "field.required" for p in problems)
        items = [item for item in derived.checklist if item.step == step]
        done = errors == 0 and not missing and all(item.done for item in items)
        return errors, done

    def update_tab_titles(self) -> None:
        for index, step in enumerate(STEPS):
            errors, done = self.step_state(step)
            title = f"{index + 1} {step_title(step)}"
            if errors:
                title += f" ({errors})"
                tip = self.tr("{count} errors in this step").format(count=errors)
            elif done:
                title += " ✓"
                tip = self.tr("This step is complete")
            else:
                tip = self.tr("Still to do")
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)

    def show_step(self, step: Step) -> None:
        self.tabs.setCurrentIndex(STEPS.index(step))

    def focus_field(self, path: str) -> None:
        """Show the tab holding ``path`` and put the cursor in its field."""
        root = path.split(".", 1)[0]
        if root in ("materials", "tasks"):
            self.show_step(Step.MATERIALS)
            key = path.split(".")[1] if "." in path else ""
            self.pages[Step.MATERIALS].focus_key(key)
            return
        for step in (Step.SUBJECT, Step.VERIFICATION, Step.FILING):
            page = self.pages[step]
            if page.binding_for(path) is not None:
                self.show_step(step)
                page.focus_path(path)
                return
