"""`mpreg-desktop read-scan IMAGE`: the fields a scan says, the ID number masked unless asked."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from mpreg_desktop import ocr
from mpreg_desktop.cli import main
from mpreg_desktop.domain.checks.identifiers import mask
from tests.support import require_ocr


def test_a_licence_scan_is_read_and_its_kind_found(tmp_path: Path, capsys) -> None:
    require_ocr()
    from tests.scans.fake_documents import fake_licence
    from tests.scans.render import render_licence

    licence = fake_licence(random.Random(11))
    image = tmp_path / "营业执照.jpg"
    render_licence(licence).save(image, quality=90)
    assert main(["read-scan", str(image), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["kind"] == "licence"
    assert record["fields"]["code"] == licence.code  # a company's code is not personal
    assert record["fields"]["name"] == licence.name
    assert main(["read-scan", str(image), "--lang", "zh_CN"]) == 0
    text = capsys.readouterr().out
    assert "营业执照" in text and f"统一社会信用代码: {licence.code}" in text


def test_an_id_card_number_is_masked_unless_asked(tmp_path: Path, capsys) -> None:
    require_ocr()
    from tests.scans.fake_documents import fake_id_card
    from tests.scans.render import render_id_front

    card = fake_id_card(random.Random(12))
    image = tmp_path / "身份证正面.png"
    render_id_front(card).save(image)
    assert main(["read-scan", str(image), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "ID card" in text and card.name in text
    assert card.number not in text and mask(card.number) in text
    assert main(["read-scan", str(image), "--kind", "id_card", "--json", "--unmasked"]) == 0
    assert json.loads(capsys.readouterr().out)["fields"]["id_number"] == card.number


def test_a_file_that_is_no_picture_is_said_so(tmp_path: Path, capsys) -> None:
    require_ocr()
    text_file = tmp_path / "scan.jpg"
    text_file.write_text("not a picture", encoding="utf-8")
    assert main(["read-scan", str(text_file), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err
    assert "无法读取的图片（文件内容不是图片）" in said and "OpenCV" not in said
    assert main(["read-scan", str(tmp_path / "missing.jpg"), "--lang", "en"]) == 2
    assert "not a picture that can be read" in capsys.readouterr().err


def test_without_the_engine_the_command_says_how_to_install_it(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, ocr.ENGINE_MODULE, None)
    image = tmp_path / "scan.png"
    image.write_bytes(b"")
    assert main(["read-scan", str(image), "--lang", "en"]) == 2
    assert 'pip install "mpreg-desktop[ocr]"' in capsys.readouterr().err
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # an installed app has no pip
    assert main(["read-scan", str(image), "--lang", "zh_CN"]) == 2
    assert capsys.readouterr().err.strip() == "此安装版不含文字识别组件，无法读取扫描件。"


def test_the_engines_own_failure_is_said_without_a_traceback(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ONNX Runtime's and OpenCV's errors are no ValueError (onnxruntime's Fail, cv2.error)."""

    class EngineFault(Exception):
        pass

    class FailingEngine:
        def lines(self, path):
            raise EngineFault("[ONNXRuntimeError] : 1 : FAIL : bad allocation")

    monkeypatch.setattr(ocr, "Engine", FailingEngine)
    image = tmp_path / "scan.png"
    image.write_bytes(b"\x89PNG")
    assert main(["read-scan", str(image), "--lang", "zh_CN"]) == 2
    said = capsys.readouterr().err
    assert "文字识别出错停止：EngineFault" in said and "ONNXRuntimeError" not in said
