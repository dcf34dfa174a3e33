"""Case bundles (.mpregz): round trips, and hostile bundles that must write nothing outside."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from mpreg_desktop.domain.case import SHANGHAI, MaterialItem, new_case
from mpreg_desktop.sharing.bundle import MAX_RATIO, BundleError
from mpreg_desktop.sharing.bundle_export import export_bundle
from mpreg_desktop.sharing.bundle_import import import_bundle, inspect_bundle
from mpreg_desktop.storage.attachments import make_reference, resolve, verify
from mpreg_desktop.storage.cases.casefile import read_case, write_case

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=SHANGHAI)


def _case_with_scans(folder: Path):
    """A saved case with three attachments: two files, one of them serving two materials."""
    folder.mkdir(parents=True, exist_ok=True)
    scans = folder / "扫描件"
    scans.mkdir()
    licence = scans / "营业执照.jpg"
    licence.write_bytes(b"\xff\xd8licence" + os.urandom(2000))
    id_card = folder.parent / "elsewhere" / "身份证 正面.png"  # outside the case folder
    id_card.parent.mkdir(parents=True, exist_ok=True)
    id_card.write_bytes(b"\x89PNG id card" + os.urandom(3000))
    case_path = folder / "面馆.mpreg"
    case = new_case("面馆小程序")
    case.subject.name = "某某面馆"
    case.materials = [
        MaterialItem(key="business_licence", attachments=[make_reference(licence, case_path, NOW)]),
        MaterialItem(key="legal_rep_id", attachments=[make_reference(id_card, case_path, NOW)]),
        MaterialItem(key="admin_id", attachments=[make_reference(id_card, case_path, NOW)]),
    ]
    write_case(case_path, case)
    return case_path, read_case(case_path)


def test_round_trip_keeps_every_file_and_relative_paths(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "cases" / "面馆")
    bundle = tmp_path / "out" / "面馆.mpregz"
    bundle.parent.mkdir()
    report = export_bundle(case, case_path, bundle, NOW)
    assert report.files == 2  # the ID card serving two materials is stored once
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600  # full personal numbers inside

    library = tmp_path / "library"
    target, imported = import_bundle(bundle, library, NOW)
    assert target == library / "面馆小程序" / "面馆小程序.mpreg"
    assert imported.id == case.id
    reread = read_case(target)
    for before, after in zip(case.materials, reread.materials, strict=True):
        for a, b in zip(before.attachments, after.attachments, strict=True):
            assert b.path.startswith("附件/")
            assert (b.size, b.sha256) == (a.size, a.sha256)
            assert verify(b, target) == "ok"
            assert resolve(b, target).read_bytes() == resolve(a, case_path).read_bytes()
    assert sorted(p.name for p in (target.parent / "附件").iterdir()) == [
        "营业执照.jpg",
        "身份证 正面.png",
    ]


def test_importing_twice_never_overwrites(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    bundle = tmp_path / "b.mpregz"
    export_bundle(case, case_path, bundle, NOW)
    first, _ = import_bundle(bundle, tmp_path / "lib", NOW)
    second, copy = import_bundle(bundle, tmp_path / "lib", NOW, new_id=True)
    assert first.parent != second.parent
    assert second.parent.name == "面馆小程序 2"
    assert copy.id != case.id
    assert read_case(first).id == case.id


def test_left_out_attachments_are_not_sent(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    left = case.materials[1].attachments[0].path
    report = export_bundle(case, case_path, tmp_path / "b.mpregz", NOW, leave_out={left})
    assert report.files == 1 and report.omitted == [left, left]
    contents = inspect_bundle(tmp_path / "b.mpregz")
    assert [len(m.attachments) for m in contents.case.materials] == [1, 0, 0]
    assert case.materials[1].attachments[0].path == left  # the open case is untouched


def test_changed_or_missing_attachment_stops_the_export(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    resolve(case.materials[0].attachments[0], case_path).write_bytes(b"edited")
    with pytest.raises(BundleError) as error:
        export_bundle(case, case_path, tmp_path / "b.mpregz", NOW)
    assert error.value.code == "attachment_changed"
    assert not (tmp_path / "b.mpregz").exists()
    resolve(case.materials[0].attachments[0], case_path).unlink()
    with pytest.raises(BundleError) as error:
        export_bundle(case, case_path, tmp_path / "b.mpregz", NOW)
    assert error.value.code == "attachment_missing"


def test_export_refuses_to_replace_the_case_itself(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    before = case_path.read_bytes()
    with pytest.raises(BundleError) as error:
        export_bundle(case, case_path, case_path, NOW)
    assert error.value.code == "same_file"
    link = tmp_path / "link.mpregz"
    link.symlink_to(case_path)
    with pytest.raises(BundleError):
        export_bundle(case, case_path, link, NOW)
    assert case_path.read_bytes() == before


# --- hostile bundles ---------------------------------------------------------------------------


def _manifest(files: dict[str, bytes], **extra) -> bytes:
    entries = [
        {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
        for n, d in files.items()
    ]
    return json.dumps(
        {"format": "mpreg-bundle", "version": 1, "attachments": entries, **extra}
    ).encode()


def _case_bytes(files: dict[str, bytes]) -> bytes:
    from mpreg_desktop.domain.case import Attachment
    from mpreg_desktop.storage.cases.casefile import case_to_bytes

    case = new_case("恶意")
    case.materials = [
        MaterialItem(
            key="business_licence",
            attachments=[
                Attachment(
                    path=f"attachments/{n}",
                    size=len(d),
                    sha256=hashlib.sha256(d).hexdigest(),
                    added=NOW,
                )
                for n, d in files.items()
            ],
        )
    ]
    return case_to_bytes(case)


def _zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def _good_entries(files=None):
    files = files or {"a.jpg": b"scan-a"}
    entries = [("manifest.json", _manifest(files)), ("case.mpreg", _case_bytes(files))]
    return entries + [(f"attachments/{n}", d) for n, d in files.items()]


def _link_entry(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


HOSTILE = {
    "zip_slip": lambda: [*_good_entries(), ("attachments/../../evil.txt", b"x")],
    "absolute": lambda: [*_good_entries(), ("/tmp/evil.txt", b"x")],
    "windows_absolute": lambda: [*_good_entries(), ("C:/evil.txt", b"x")],
    "backslash": lambda: [*_good_entries(), ("attachments\\..\\evil.txt", b"x")],
    "nested": lambda: [*_good_entries(), ("attachments/sub/evil.txt", b"x")],
    "stray": lambda: [*_good_entries(), ("evil.exe", b"x")],
    "link": lambda: [*_good_entries(), _link_entry("attachments/evil.jpg", "/etc/passwd")],
    "duplicate": lambda: [*_good_entries(), ("attachments/A.JPG", b"x")],
    "manifest_lies_hash": lambda: [
        ("manifest.json", _manifest({"a.jpg": b"other"})),
        ("case.mpreg", _case_bytes({"a.jpg": b"scan-a"})),
        ("attachments/a.jpg", b"scan-a"),
    ],
    "manifest_lies_list": lambda: [
        ("manifest.json", _manifest({})),
        ("case.mpreg", _case_bytes({})),
        ("attachments/a.jpg", b"scan-a"),
    ],
    "case_points_elsewhere": lambda: [
        ("manifest.json", _manifest({"a.jpg": b"scan-a"})),
        ("case.mpreg", _case_bytes({"b.jpg": b"scan-a"})),
        ("attachments/a.jpg", b"scan-a"),
    ],
    "no_manifest": lambda: _good_entries()[1:],
    "not_a_bundle_manifest": lambda: [("manifest.json", b'{"format": "x"}'), *_good_entries()[1:]],
    "newer": lambda: [
        ("manifest.json", json.dumps({"format": "mpreg-bundle", "version": 99}).encode()),
        *_good_entries()[1:],
    ],
    "broken_case": lambda: [
        ("manifest.json", _manifest({})),
        ("case.mpreg", b"{not json"),
    ],
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_bundle_is_refused_and_writes_nothing(tmp_path: Path, kind: str) -> None:
    (tmp_path / "in").mkdir()
    bundle = _zip(tmp_path / "in" / "x.mpregz", HOSTILE[kind]())
    library = tmp_path / "lib"
    library.mkdir()
    with pytest.raises(BundleError) as error:
        import_bundle(bundle, library, NOW)
    assert error.value.code in {
        "unsafe_name",
        "duplicate_name",
        "manifest",
        "hash_mismatch",
        "newer_version",
        "case",
    }
    assert list(library.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "lib"]


def test_the_good_bundle_of_the_hostile_set_imports(tmp_path: Path) -> None:
    bundle = _zip(tmp_path / "x.mpregz", _good_entries())
    target, _case = import_bundle(bundle, tmp_path / "lib", NOW)
    assert (target.parent / "附件" / "a.jpg").read_bytes() == b"scan-a"


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = b"\0" * (8 * 1024 * 1024)  # deflates about 1000:1
    bundle = _zip(tmp_path / "x.mpregz", _good_entries({"a.jpg": bomb}))
    assert bundle.stat().st_size < len(bomb) / MAX_RATIO
    with pytest.raises(BundleError) as error:
        inspect_bundle(bundle)
    assert error.value.code == "too_large"


def test_lying_size_header_is_caught_while_reading(tmp_path: Path) -> None:
    data = b"A" * 5000
    bundle = _zip(tmp_path / "x.mpregz", _good_entries({"a.jpg": data}))
    raw = bytearray(bundle.read_bytes())
    # Make the central directory claim a smaller size than the data inflates to (its record
    # starts 46 bytes before the entry's name, the size sits at offset 24).
    central = raw.rfind(b"attachments/a.jpg") - 46
    assert raw[central : central + 4] == b"PK\x01\x02"
    raw[central + 24 : central + 28] = (100).to_bytes(4, "little")
    bundle.write_bytes(bytes(raw))
    with pytest.raises(BundleError):
        inspect_bundle(bundle)


def test_truncated_bundle_is_refused(tmp_path: Path) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    bundle = tmp_path / "b.mpregz"
    export_bundle(case, case_path, bundle, NOW)
    data = bundle.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        bundle.write_bytes(data[:cut])
        with pytest.raises(BundleError) as error:
            import_bundle(bundle, tmp_path / "lib", NOW)
        assert error.value.code == "not_bundle"
    assert not (tmp_path / "lib").exists() or list((tmp_path / "lib").iterdir()) == []


def test_a_pipe_or_folder_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.mpregz"
    os.mkfifo(fifo)
    with pytest.raises(BundleError) as error:
        inspect_bundle(fifo)
    assert error.value.code == "not_bundle"
    with pytest.raises(BundleError):
        inspect_bundle(tmp_path)


def test_failure_half_way_removes_the_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_path, case = _case_with_scans(tmp_path / "c")
    bundle = tmp_path / "b.mpregz"
    export_bundle(case, case_path, bundle, NOW)
    import mpreg_desktop.sharing.bundle_import as module

    def full_disk(target, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "write_new", full_disk)
    with pytest.raises(BundleError) as error:
        import_bundle(bundle, tmp_path / "lib", NOW)
    assert error.value.code == "io"
    assert list((tmp_path / "lib").iterdir()) == []
