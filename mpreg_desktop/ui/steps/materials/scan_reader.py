"""读取扫描件 (issue 22): read a licence or ID-card scan in a worker, then fill and cross-check.

The OCR runs in a Python thread (ONNX Runtime releases the GIL), so the window keeps painting and
taking clicks; a progress dialog offers Cancel, which is immediate: the window stops waiting at
once and the worker's late result is thrown away (the engine cannot be interrupted mid-image).
The engine, an optional extra, is imported in the worker on first use.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mpreg_desktop.domain.assist.scan_reading import MATERIAL_KINDS, Reading, read_lines
from mpreg_desktop.domain.checks.scans import fillable
from mpreg_desktop.storage.scan_readings import save_reading
from mpreg_desktop.ui.app.errors import os_reason
from mpreg_desktop.ui.editing.document import CaseDocument

log = logging.getLogger(__name__)
Reader = Callable[[Path, str, date, Callable[[str], None]], Reading]
_engine_lock = threading.Lock()
_engine = None  # loaded once per run of the app, in a worker


def read_with_engine(path: Path, kind: str, today: date, say: Callable[[str], None]) -> Reading:
    """The real reader: OCR (loaded on first use) then the domain's field reading."""
    global _engine
    from mpreg_desktop import ocr

    with _engine_lock:
        if _engine is None:
            say("loading")
            _engine = ocr.Engine()
        engine = _engine
    say("reading")
    return read_lines(kind, engine.lines(path), today)


def engine_available() -> bool:
    from mpreg_desktop import ocr

    return ocr.available()


def can_read(material_key: str, path: Path) -> bool:
    """Whether the 读取扫描件 button is offered: a licence or ID card, an image file."""
    return material_key in MATERIAL_KINDS and path.suffix.lower() in (
        ".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"
    )  # fmt: skip


class ScanReader(QObject):
    """Runs one reading at a time for the materials page; dialogs open over ``owner``."""

    finished = Signal(str)  # the attachment hash read (tests wait on it)

    def __init__(
        self,
        document: CaseDocument,
        state_dir: Callable[[], Path],
        owner: QWidget,
        reader: Reader = read_with_engine,
        available: Callable[[], bool] = engine_available,
    ) -> None:
        super().__init__(owner)
        self.document = document
        self.state_dir = state_dir
        self.owner = owner
        self.reader = reader
        self.available = available
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self._job = 0  # a result from an older job than this one is thrown away
        self._outcome: dict = {}
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._check)

    @property
    def busy(self) -> bool:
        return self.progress is not None

    def read(self, material_key: str, sha256: str, path: Path) -> None:
        if self.busy:
            return
        if not self.available():
            # An installed app (the Windows installer leaves the engine out) cannot pip install.
            text = (
                self.tr(
                    "This installation of MP Reg Desktop does not include the OCR component, so "
                    "it cannot read scans. Fill the fields from the document by hand; the checks "
                    "work the same."
                )
                if getattr(sys, "frozen", False)
                else self.tr(
                    "Reading scans on this computer needs the optional OCR component, which is "
                    'not installed. Install it with:\n\npip install "mpreg-desktop[ocr]"\n\n'
                    "Nothing is sent anywhere: the scans are read offline."
                )
            )
            QMessageBox.information(
                self.owner, self.tr("Reading scans needs the OCR component"), text
            )
            return
        self._job += 1
        job, outcome = self._job, {"stage": "", "sha": sha256, "key": material_key}
        self._outcome = outcome
        kind, today = MATERIAL_KINDS[material_key], self.document.clock.today()

        def say(stage: str) -> None:
            outcome["stage"] = stage

        def work() -> None:
            try:
                outcome["reading"] = self.reader(path, kind, today, say)
            except Exception as error:  # shown to the user in the GUI thread
                log.warning("reading a scan failed: %s", type(error).__name__)
                outcome["error"] = error
            finally:
                outcome["done"] = job

        self.progress = QProgressDialog(self.tr("Reading the scan…"), self.tr("Cancel"), 0, 0,
                                        self.owner)  # fmt: skip
        self.progress.setWindowTitle(self.tr("Read scan"))
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progress.show()
        threading.Thread(target=work, name="mpreg-read-scan", daemon=True).start()
        self._poll.start()

    def cancel(self) -> None:
        """Stop waiting now; the worker's result, when it comes, is not used."""
        self._job += 1
        self._close_progress()

    def _close_progress(self) -> None:
        self._poll.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _check(self) -> None:
        outcome = self._outcome
        if self.progress is not None and outcome.get("stage") == "loading":
            self.progress.setLabelText(self.tr("Loading the OCR models (first use)…"))
        elif self.progress is not None and outcome.get("stage") == "reading":
            self.progress.setLabelText(self.tr("Reading the scan…"))
        if outcome.get("done") != self._job:
            return
        self._close_progress()
        if "error" in outcome:
            error = outcome["error"]
            from mpreg_desktop.ocr import NotAPicture

            if isinstance(error, OSError):
                why = os_reason(error)
            elif isinstance(error, NotAPicture):
                why = self.tr("its contents are not a picture")
            else:  # the engine's own failure: its English message would mean nothing here
                why = self.tr("the text recognition stopped with an error ({name})").format(
                    name=type(error).__name__
                )
            QMessageBox.warning(
                self.owner,
                self.tr("Scan not read"),
                self.tr("The scan could not be read: {error}").format(error=why),
            )
            return
        reading: Reading = outcome["reading"]
        readings = save_reading(self.state_dir(), outcome["sha"], reading)
        self.document.set_readings(readings)
        self.finished.emit(outcome["sha"])
        self._show_result(outcome["key"], reading)

    def _show_result(self, material_key: str, reading: Reading) -> None:
        from mpreg_desktop.domain.messages import problem_text
        from mpreg_desktop.ui.app import i18n

        language = i18n.current_language()
        offers = fillable(self.document.case, self.document.readings)
        mismatches = [p for p in self.document.derived().problems if p.code.startswith("scan.")]
        lines = []
        if not reading.fields and not reading.unreadable:
            lines.append(self.tr("No fields of a licence or an ID card were found on this scan."))
        if offers:
            lines.append(self.tr("Empty fields the scan can fill:"))
            lines += [f"  {self._label(p, language)}: {_shown(v)}" for p, v in offers]
        if mismatches:
            lines.append(self.tr("Differences from the scan:"))
            lines += [f"  {problem_text(p, self.document.rules, language)}" for p in mismatches]
        if not offers and not mismatches and reading.fields:
            lines.append(self.tr("The filled fields agree with the scan."))
        box = QMessageBox(self.owner)
        box.setWindowTitle(self.tr("Read scan"))
        box.setText("\n".join(lines))
        fill = None
        if offers:
            fill = box.addButton(self.tr("Fill {count} fields").format(count=len(offers)),
                                 QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.addButton(QMessageBox.StandardButton.Close)
        self.result_box = box
        box.finished.connect(lambda _: self._answered(box, fill, offers))
        box.open()

    def _label(self, path: str, language: str) -> str:
        """The field's name; a material's dates named with the material (营业执照 · 有效期至)."""
        from mpreg_desktop.domain.messages import field_label
        from mpreg_desktop.ui.app import i18n

        if not path.startswith("materials["):
            return field_label(path, language)
        key, _, field = path[len("materials[") :].partition("].")
        entry = self.document.rules.checklist.entry(key)
        words = {
            "valid_from": self.tr("valid from"),
            "valid_until": self.tr("valid until"),
            "long_term": self.tr("long-term"),
        }
        name = i18n.text(entry.label) if entry else key
        return f"{name} · {words.get(field, field)}"

    def _answered(self, box: QMessageBox, fill, offers) -> None:
        self.result_box = None
        if fill is not None and box.clickedButton() is fill:
            self.fill(offers)

    def fill(self, offers: list[tuple[str, object]]) -> None:
        """Set the offered fields as one undo step, named as coming from the scan."""
        with self.document.edit(self.tr("Fill from the scan")) as allowed:
            if allowed:
                for path, value in offers:
                    self.document.set_field(path, value)


def _shown(value: object) -> str:
    if value is True:
        return "长期"
    return str(value)
