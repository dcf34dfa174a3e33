"""packaging/windows/wheels.lock pins the Windows build's wheels (pip constraints), so that the
installer's size and behaviour move only when the lock does. A requirement in pyproject.toml that
the lock no longer satisfies fails here, in seconds, not after a Windows build."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def build_windows():
    spec = importlib.util.spec_from_file_location(
        "build_windows", ROOT / "packaging" / "windows" / "build_windows.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_lock(text: str) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, separator, version = line.partition("==")
        assert separator, f"not pinned with ==: {line}"
        key = canonicalize_name(name)
        assert key not in pins, f"pinned twice: {name}"
        pins[key] = Version(version)
    return pins


def test_the_lock_pins_every_windows_requirement_at_a_version_it_allows() -> None:
    build = build_windows()
    pins = read_lock(build.WHEELS_LOCK.read_text(encoding="utf-8"))
    requirements = [r for r in build.project_requirements() if build.for_windows(r)]
    assert requirements
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in {build.WHEELS_LOCK.name}"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"{requirement} does not allow the locked {pins[name]}: update the lock"
        )
