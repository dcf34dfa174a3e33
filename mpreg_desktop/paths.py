"""The app's folders: configuration, state, logs and the default case library.

Every folder can be redirected so that tests, portable setups and agencies never touch a user's
real folders: ``MPREG_HOME`` roots all of them at once (config/, state/, logs/, library/), and
``MPREG_CONFIG_DIR``, ``MPREG_STATE_DIR``, ``MPREG_LOG_DIR``, ``MPREG_LIBRARY_DIR`` redirect one.
The command line's ``--home DIR`` sets ``MPREG_HOME`` before anything else reads it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mpreg_desktop import APP_ID, ORG_NAME

# The library folder's name, as a Chinese user expects to find it in 文档 / Documents.
LIBRARY_FOLDER_NAME = "小程序注册案例"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    state_dir: Path
    log_dir: Path
    default_library_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "mpreg-desktop.log"


def _pick(env_name: str, home_sub: str, default: str) -> Path:
    explicit = os.environ.get(env_name)
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("MPREG_HOME")
    if home:
        return Path(home).expanduser() / home_sub
    return Path(default)


def app_paths() -> AppPaths:
    """Resolve the folders now (environment first, then the platform's conventions)."""
    return AppPaths(
        config_dir=_pick(
            "MPREG_CONFIG_DIR", "config", platformdirs.user_config_dir(APP_ID, ORG_NAME)
        ),
        state_dir=_pick("MPREG_STATE_DIR", "state", platformdirs.user_state_dir(APP_ID, ORG_NAME)),
        log_dir=_pick("MPREG_LOG_DIR", "logs", platformdirs.user_log_dir(APP_ID, ORG_NAME)),
        default_library_dir=_pick(
            "MPREG_LIBRARY_DIR",
            "library",
            str(Path(platformdirs.user_documents_dir()) / LIBRARY_FOLDER_NAME),
        ),
    )
