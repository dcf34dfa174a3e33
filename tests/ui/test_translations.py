"""The Chinese translation is complete and up to date with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "mpreg_zh_CN.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_string_is_translated_with_its_placeholders() -> None:
    for (context, source), translation in messages(TS).items():
        assert translation.get("type") is None, f"unfinished: {context}: {source}"
        assert translation.text, f"empty: {context}: {source}"
        wanted = set(re.findall(r"\{\w+\}", source))
        assert wanted == set(re.findall(r"\{\w+\}", translation.text)), (context, source)


def test_no_stray_space_before_a_chinese_suffix() -> None:
    """A filled-in duration reads 「到期前 90 天内」, not 「到期前 90 天 内」: the amount already
    brings its unit, so nothing separates it from 内 (a date before 前/后 keeps its space)."""
    stray = re.compile(r"\{\w+\} (?=内|以内|之内)")
    bad = [
        (source, translation.text)
        for (_, source), translation in messages(TS).items()
        if translation.text and stray.search(translation.text)
    ]
    assert not bad


def test_ts_matches_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate missing from the environment (PySide6-Essentials)")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "mpreg_desktop").rglob("*.py"))
    subprocess.run([lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    assert set(messages(fresh)) == set(messages(TS)), "run `make translations` and translate"


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate skips a tr() call written inside an f-string: its text stays English in Chinese."""
    pattern = re.compile(r"\{\s*(self\.tr|QCoreApplication\.translate|tr)\(")
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "mpreg_desktop").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not hidden, hidden
