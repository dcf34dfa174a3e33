"""Why a file operation failed, in the user's language (used by the UI and the CLI).

Python's ``strerror`` texts come from the C runtime, which on Windows speaks English even on a
Chinese system: a Chinese sentence would end in "Permission denied". The common reasons are said
here in both languages; an unknown one falls back to the system's own text. No Qt: the CLI uses it.
"""

from __future__ import annotations

import errno

# Windows error codes (winerror) that the C runtime maps to a vague or wrong errno.
_WINERROR_KINDS = {
    5: "denied",  # ERROR_ACCESS_DENIED
    19: "read_only",  # ERROR_WRITE_PROTECT (EACCES in Python)
    32: "in_use",  # ERROR_SHARING_VIOLATION: another program has the file open
    33: "in_use",  # ERROR_LOCK_VIOLATION
    39: "disk_full",  # ERROR_HANDLE_DISK_FULL
    112: "disk_full",  # ERROR_DISK_FULL
    123: "bad_name",  # ERROR_INVALID_NAME
    206: "name_too_long",  # ERROR_FILENAME_EXCED_RANGE (ENOENT in Python: "not found" is wrong)
}

_ERRNO_KINDS = {
    errno.ENOENT: "not_found",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EBUSY: "in_use",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_folder",
    errno.ENOTDIR: "not_folder",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EEXIST: "exists",
    errno.EIO: "io",
    errno.EINVAL: "bad_name",
}

# kind → (Chinese, English)
_TEXTS = {
    "not_found": ("文件或文件夹不存在", "the file or folder does not exist"),
    "denied": ("没有访问权限", "permission denied"),
    "in_use": (
        "文件正被其他程序使用，请关闭该程序后重试",
        "the file is in use by another program; close it and try again",
    ),
    "disk_full": ("磁盘空间已满", "the disk is full"),
    "read_only": ("磁盘为只读", "the disk is read-only"),
    "is_folder": ("这是一个文件夹，不是文件", "this is a folder, not a file"),
    "not_folder": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "name_too_long": ("文件名或路径过长", "the file name or path is too long"),
    "exists": ("同名文件已存在", "a file of that name already exists"),
    "io": ("读写磁盘出错（输入/输出错误）", "the disk could not be read or written (I/O error)"),
    "bad_name": ("文件名无效", "the file name is not valid"),
}


def os_error_kind(error: OSError) -> str | None:
    """The kind of reason ("denied", "in_use", …), or None when it is none of the common ones."""
    kind = _WINERROR_KINDS.get(getattr(error, "winerror", None) or 0)
    return kind or _ERRNO_KINDS.get(error.errno or 0)


def os_reason(error: OSError, language: str) -> str:
    """Why ``error`` happened, in ``language`` ("zh_CN" or "en"), without the path."""
    kind = os_error_kind(error)
    if kind is None:
        return error.strerror or str(error)
    return kind_text(kind, language)


def kind_text(kind: str, language: str) -> str:
    """The words for a kind of reason that :func:`os_error_kind` returned (and was kept)."""
    zh, en = _TEXTS[kind]
    return zh if language.startswith("zh") else en


def cause_reason(error: BaseException, detail: str, language: str) -> str:
    """The reason of an error raised ``from`` an OSError, directly or through another such error
    (storage and sharing errors carry the system's text as their detail): the translated reason
    when the chain holds an OSError, else ``detail``."""
    cause = os_cause(error)
    return detail if cause is None else os_reason(cause, language)


def os_cause(error: BaseException) -> OSError | None:
    """The OSError that ``error`` was raised from, directly or through other errors."""
    cause = error.__cause__
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__
    return cause
