"""Per-user locations (appdirs) and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs

APP_NAME = "labeldesk"


def _resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # inside a PyInstaller bundle
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources_dir()


def default_library_path() -> Path:
    """$LABELDESK_LIBRARY, else library.db in the per-user data directory."""
    override = os.environ.get("LABELDESK_LIBRARY")
    if override:
        return Path(override).expanduser()
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.db"


def settings_path() -> Path:
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def resource(name: str) -> Path:
    return RESOURCES / name
