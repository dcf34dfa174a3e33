"""备案's 省份 → 城市 → 区县: three choices by name (the case keeps the 6-digit codes the filing
submits), each listing only what lies in the one before, and a search box finding a district by
name or code (南山, 440305) that fills all three. Data and checks: ``domain/checks/regions.py``."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit

from mpreg_desktop.domain.checks.regions import Region, regions
from mpreg_desktop.ui.editing.document import CaseDocument
from mpreg_desktop.ui.editing.forms import ComboBinding

LEVELS = ("filing.province", "filing.city", "filing.district")


def choose(document: CaseDocument, codes: dict[str, str]) -> None:
    """Set some of the three codes, clearing those below that no longer fit, in one undo step."""
    case = document.case
    values = {path: codes.get(path, getattr(case.filing, path.split(".")[1])) for path in LEVELS}
    table = regions()
    for upper, lower in pairwise(LEVELS):
        region = table.get(values[lower]) if values[lower] else None
        if region is not None and region.parent != values[upper]:
            values[lower] = ""  # a city of another province, a district of another city
    with document.edit(QCoreApplication.translate("RegionPicker", "Choose the region")) as allowed:
        if allowed:
            for path in LEVELS:
                document.set_field(path, values[path])


def label(region: Region) -> str:
    return f"{regions().display_name(region.code)}  {region.code}"


class RegionBinding(ComboBinding):
    """One of the three levels; its options follow the level above."""

    def __init__(self, document: CaseDocument, path: str, text: str) -> None:
        self.level = LEVELS.index(path)
        super().__init__(document, path, text, self._choices)
        self.combo.activated.disconnect()
        self.combo.activated.connect(
            lambda index: choose(document, {path: self._options[index][1]})
        )

    def _choices(self) -> list[tuple[str, str]]:
        table = regions()
        filing = self.document.case.filing
        choose_text = QCoreApplication.translate("RegionPicker", "Please choose…")
        if self.level == 0:
            found = table.provinces()
        elif self.level == 1:
            found = table.cities(filing.province.strip()) if filing.province.strip() else ()
        else:
            found = table.districts(filing.city.strip()) if filing.city.strip() else ()
        return [(choose_text, ""), *((label(r), r.code) for r in found)]


class RegionSearch(QLineEdit):
    """Type part of a name or code; picking a suggestion fills province, city and district."""

    def __init__(self, document: CaseDocument) -> None:
        super().__init__()
        self.document = document
        self.setPlaceholderText(
            QCoreApplication.translate(
                "RegionPicker", "Find a district by name or code, e.g. 南山 or 440305"
            )
        )
        self.setAccessibleName(QCoreApplication.translate("RegionPicker", "Find a region"))
        self.setClearButtonEnabled(True)
        self.model = QStringListModel(self)
        self.found: dict[str, str] = {}  # suggestion text → district code
        completer = QCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        completer.activated.connect(self.pick)

    def _suggest(self, text: str) -> None:
        self.found = {
            " ".join(regions().display_name(r.code) for r in path) + f"  {path[-1].code}": path[
                -1
            ].code
            for path in regions().search(text)
        }
        self.model.setStringList(list(self.found))

    def pick(self, text: str) -> None:
        code = self.found.get(text)
        if code is None:
            return
        province, city, district = (r.code for r in regions().path(code))
        choose(self.document, dict(zip(LEVELS, (province, city, district), strict=True)))
        QTimer.singleShot(0, self, self.clear)  # the completer writes the suggestion in after this
