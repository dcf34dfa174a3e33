"""System error reasons in the user's language, not the C runtime's English."""

from __future__ import annotations

import errno

import pytest

from mpreg_desktop.os_errors import cause_reason, os_error_kind, os_reason


def windows_error(winerror: int, code: int = errno.EACCES) -> OSError:
    """An OSError as Python on Windows raises it: errno from the C runtime, plus winerror."""
    error = OSError(code, "some English text")
    error.winerror = winerror  # what OSError(None, text, None, winerror) sets on Windows
    return error


@pytest.mark.parametrize(
    ("code", "zh", "en"),
    [
        (errno.ENOENT, "文件或文件夹不存在", "does not exist"),
        (errno.EACCES, "没有访问权限", "permission denied"),
        (errno.EPERM, "没有访问权限", "permission denied"),
        (errno.EBUSY, "正被其他程序使用", "in use by another program"),
        (errno.ENOSPC, "磁盘空间已满", "the disk is full"),
        (errno.EDQUOT, "磁盘空间已满", "the disk is full"),
        (errno.EROFS, "磁盘为只读", "read-only"),
        (errno.EISDIR, "这是一个文件夹", "is a folder"),
        (errno.ENOTDIR, "不是文件夹", "not a folder"),
        (errno.ENAMETOOLONG, "过长", "too long"),
        (errno.EEXIST, "已存在", "already exists"),
        (errno.EIO, "输入/输出错误", "I/O error"),
        (errno.EINVAL, "文件名无效", "not valid"),
    ],
)
def test_each_common_errno_in_both_languages(code: int, zh: str, en: str) -> None:
    error = OSError(code, "English text from the C runtime")
    assert zh in os_reason(error, "zh_CN")
    assert en in os_reason(error, "en")
    assert "English" not in os_reason(error, "zh_CN")


@pytest.mark.parametrize(
    ("winerror", "kind"),
    [
        (5, "denied"),
        (19, "read_only"),
        (32, "in_use"),
        (33, "in_use"),
        (39, "disk_full"),
        (112, "disk_full"),
        (123, "bad_name"),
        (206, "name_too_long"),
    ],
)
def test_windows_error_codes_win_over_the_runtime_errno(winerror: int, kind: str) -> None:
    # A sharing violation reaches Python as EACCES; the user should hear "in use", not "denied".
    assert os_error_kind(windows_error(winerror)) == kind


def test_a_sharing_violation_says_close_the_other_program() -> None:
    assert "关闭该程序后重试" in os_reason(windows_error(32), "zh_CN")
    assert "close it and try again" in os_reason(windows_error(32), "en")


def test_an_uncommon_error_keeps_the_systems_text() -> None:
    assert os_reason(OSError(errno.ECONNRESET, "Connection reset by peer"), "zh_CN") == (
        "Connection reset by peer"
    )
    assert os_reason(OSError("something odd"), "zh_CN") == "something odd"
    assert os_error_kind(windows_error(9999, errno.ENOENT)) == "not_found"


def test_cause_reason_follows_the_chain_to_the_os_error() -> None:
    class Outer(Exception):
        pass

    try:
        try:
            try:
                raise PermissionError(errno.EACCES, "Permission denied")
            except OSError as exc:
                raise ValueError("storage") from exc
        except ValueError as exc:
            raise Outer("sharing") from exc
    except Outer as error:
        assert cause_reason(error, "Permission denied", "zh_CN") == "没有访问权限"
    assert cause_reason(Outer("no cause"), "the detail", "zh_CN") == "the detail"
