"""The file-actions mixin has a declared interface: it uses only what FileActionsHost declares."""

from __future__ import annotations

import ast
import inspect

from mpreg_desktop.ui.window import window_files
from mpreg_desktop.ui.window.window_files import FileActionsHost, FileActionsMixin


def _declared() -> set[str]:
    names = set(FileActionsHost.__annotations__)
    names |= {n for n, v in vars(FileActionsHost).items() if inspect.isfunction(v)}
    return names


def test_the_mixin_uses_only_what_its_host_declares() -> None:
    tree = ast.parse(inspect.getsource(window_files))
    mixin = next(
        n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "FileActionsMixin"
    )
    own = {n.name for n in mixin.body if isinstance(n, ast.FunctionDef)}
    used = {
        node.attr
        for node in ast.walk(mixin)
        if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "self"
    }
    undeclared = used - own - _declared()
    assert not undeclared, f"FileActionsMixin uses {undeclared}: declare them in FileActionsHost"


def test_the_main_window_provides_the_declared_interface(window) -> None:
    assert isinstance(window, FileActionsMixin)
    missing = [name for name in _declared() if not hasattr(window, name)]
    assert not missing
    assert isinstance(window, FileActionsHost)
