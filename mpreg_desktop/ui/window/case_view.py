"""The open case: header strip and the four step tabs, each tab titled with its state."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mpreg_desktop.domain.case import Step
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.steps import step_title
from mpreg_desktop.ui.window.banner import AlertBanner
from mpreg_desktop.ui.window.header import CaseHeader

STEPS = list(Step)
PAGES = {  # built when first shown or asked for: start-up builds only the visible tab
    Step.SUBJECT: ("mpreg_desktop.ui.steps.subject.page", "SubjectPage"),
    Step.MATERIALS: ("mpreg_desktop.ui.steps.materials.page", "MaterialsPage"),
    Step.VERIFICATION: ("mpreg_desktop.ui.steps.verification.page", "VerificationPage"),
    Step.FILING: ("mpreg_desktop.ui.steps.filing.page", "FilingPage"),
}


class LazyPages:
    """The four step pages by step; a page (and its module) is created on first access."""

    def __init__(self, view: CaseView) -> None:
        self.view = view
        self.built: dict[Step, QWidget] = {}

    def __getitem__(self, step: Step) -> QWidget:
        page = self.built.get(step)
        if page is None:
            module, name = PAGES[step]
            page = getattr(import_module(module), name)(self.view.document)
            self.built[step] = page
            self.view.holders[step].layout().addWidget(page)
            if step == Step.FILING:
                page.materialRequested.connect(
                    lambda key: self.view.focus_field(f"materials.{key}")
                )
        return page

    def __contains__(self, step: Step) -> bool:
        return step in self.built


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
        self.holders: dict[Step, QWidget] = {}
        for step in STEPS:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.holders[step] = holder
            self.tabs.addTab(holder, "")
        self.pages = LazyPages(self)
        self.pages[Step.SUBJECT]  # the visible one
        self.tabs.currentChanged.connect(lambda index: self.pages[STEPS[index]])
        layout.addWidget(self.tabs, 1)
        document.derivedChanged.connect(self.update_tab_titles)
        self.update_tab_titles()
        now = document.clock.now()
        # Shown as the case opens, and kept up to date with the clock until dismissed.
        self.banner.show_alerts(document.timeline(now), now, document)

    def step_state(self, step: Step) -> tuple[int, bool]:
        """(errors, complete) for one step, "complete" as the domain defines it for every view."""
        derived = self.document.derived()
        errors = sum(1 for p in derived.problems if p.step == step and p.severity == "error")
        return errors, derived.step_complete(step)

    def update_tab_titles(self) -> None:
        for index, step in enumerate(STEPS):
            errors, done = self.step_state(step)
            title = f"{index + 1} {step_title(step)}"
            if errors:
                title += f" ({errors})"
                tip = (
                    self.tr("1 error in this step")
                    if errors == 1
                    else self.tr("{count} errors in this step").format(count=errors)
                )
            elif done:
                title += " ✓"
                tip = self.tr("This step is complete")
            else:
                tip = self.tr("Still to do")
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)

    def current_page(self) -> QWidget:
        return self.pages[STEPS[self.tabs.currentIndex()]]

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
