"""The user's settings: a small JSON file in the per-user config directory, shared by CLI and GUI.

    {"ddex": {"sender_dpid": "PADPIDA2014120301U", "sender_name": "Plaza Mayor"},
     "export": {"cover_size": 3000}}

A key is "section.name". A missing file means nothing is set. A file that is not JSON, or a known
key holding a value of the wrong shape (a hand edit), is one clear error naming the file and key.
Writes go to a temporary file beside it, then os.replace, so the file is always whole; keys this
version does not know (a newer version's, or written by hand) are kept as they are.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labeldesk.errors import UserError
from labeldesk.paths import settings_path

ENV_OVERRIDE = "LABELDESK_SETTINGS"


def settings_file() -> Path:
    """$LABELDESK_SETTINGS, else settings.json in the per-user config directory."""
    override = os.environ.get(ENV_OVERRIDE)
    return Path(override).expanduser() if override else settings_path()


# --- what each key may hold ------------------------------------------------------------------------


def _dpid(value: Any) -> str:
    from labeldesk.export.ddex import valid_dpid

    if not isinstance(value, str) or not valid_dpid(value.strip()):
        raise ValueError(f"{value!r} is not a DDEX party id (PADPIDA followed by 11 letters or digits)")
    return value.strip()


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or "\n" in value:
        raise ValueError(f"{value!r} is not a name (one line of text)")
    return value.strip()


def _template(value: Any) -> str:
    from labeldesk.export.naming import FileNameTemplate

    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a file-name template")
    try:
        FileNameTemplate.parse(value)
    except UserError as exc:
        raise ValueError(str(exc)) from None
    return value


def _cover_size(value: Any) -> int:
    from labeldesk.export.exporter import MAX_COVER_SIZE, MIN_COVER_SIZE

    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a whole number of pixels") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{value!r} is not a whole number of pixels")
    if not MIN_COVER_SIZE <= value <= MAX_COVER_SIZE:
        raise ValueError(f"{value} px is outside {MIN_COVER_SIZE}–{MAX_COVER_SIZE} px")
    return value


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not a path")
    return value.strip()


def _existing_file(value: Any) -> str:
    path = Path(_path(value)).expanduser()
    if not path.is_file():
        raise ValueError(f"{path} is not a file")
    return str(path.resolve())


@dataclass(frozen=True)
class Setting:
    key: str
    description: str
    check: Callable[[Any], Any]  # a value from the command line or the file -> the value kept; ValueError
    check_new: Callable[[Any], Any] | None = None  # stricter, for a value being set (a file that exists)


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("ddex.sender_dpid", "DDEX party id of the label sending ddex.xml (PADPIDA + 11 letters or digits)",
            _dpid),
    Setting("ddex.sender_name", "name of the label sending ddex.xml", _name),
    Setting("ddex.recipient_dpid", "DDEX party id of the distributor or shop ddex.xml is for", _dpid),
    Setting("ddex.recipient_name", "name of the distributor or shop ddex.xml is for", _name),
    Setting("ddex.schema", "release-notification.xsd (ERN 4.3) to check every ddex.xml against", _path,
            _existing_file),
    Setting("export.template", "file-name template of exported files, e.g. {disc}-{track:02} {title}", _template),
    Setting("export.cover_size", "side of the distributor's cover.jpg, in px", _cover_size),
)}


def known(key: str) -> Setting:
    setting = SETTINGS.get(key)
    if setting is None:
        raise UserError(f"unknown setting {key!r} (known: {', '.join(SETTINGS)})")
    return setting


# --- the file --------------------------------------------------------------------------------------


class Settings:
    """The settings as read from one file; change them with set()/unset(), then save()."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None):
        self.path = path
        self.data: dict[str, Any] = data if data is not None else {}

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        path = path or settings_file()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            raise UserError(f"cannot read the settings file {path}: {exc.strerror or exc}") from None
        try:
            data = json.loads(text) if text.strip() else {}
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UserError(f"the settings file {path} is not valid JSON ({exc}); fix or remove it") from None
        if not isinstance(data, dict):
            raise UserError(f"the settings file {path} does not hold a JSON object; fix or remove it")
        return cls(path, data)

    def get(self, key: str) -> Any:
        """The value of a known key, checked; None when it is not set."""
        setting = known(key)
        section, name = _split(key)
        table = self.data.get(section)
        if table is None:
            return None
        if not isinstance(table, dict):
            raise UserError(f"the settings file {self.path}: {section!r} should be a JSON object")
        value = table.get(name)
        if value is None:
            return None
        try:
            return setting.check(value)
        except ValueError as exc:
            raise UserError(f"the settings file {self.path}: {key}: {exc}") from None

    def set(self, key: str, value: Any) -> Any:
        """Set a known key (text from the command line is fine); UserError for a value it cannot hold."""
        setting = known(key)
        try:
            checked = (setting.check_new or setting.check)(value)
        except ValueError as exc:
            raise UserError(f"{key}: {exc}") from None
        section, name = _split(key)
        table = self.data.setdefault(section, {})
        if not isinstance(table, dict):
            raise UserError(f"the settings file {self.path}: {section!r} should be a JSON object")
        table[name] = checked
        return checked

    def unset(self, key: str) -> None:
        known(key)
        section, name = _split(key)
        table = self.data.get(section)
        if isinstance(table, dict):
            table.pop(name, None)
            if not table:
                del self.data[section]

    def items(self) -> list[tuple[str, Any]]:
        """(key, value) of every key in the file, known or not, in the file's order."""
        found = []
        for section, table in self.data.items():
            if isinstance(table, dict):
                found.extend((f"{section}.{name}", value) for name, value in table.items())
            else:
                found.append((section, table))
        return found

    def save(self) -> None:
        """Write the settings atomically: a temporary file beside the real one, then os.replace."""
        text = json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            raise UserError(f"cannot write the settings file {self.path}: {exc.strerror or exc}") from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException as exc:
            Path(temp).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise UserError(f"cannot write the settings file {self.path}: {exc.strerror or exc}") from None
            raise

    # typed accessors for what the export needs

    def sender(self) -> tuple[str, str] | None:
        """(DPID, name) of who sends ddex.xml; None while no DPID is set."""
        return self._party("sender")

    def recipient(self) -> tuple[str, str] | None:
        return self._party("recipient")

    def _party(self, who: str) -> tuple[str, str] | None:
        dpid = self.get(f"ddex.{who}_dpid")
        return (dpid, self.get(f"ddex.{who}_name") or "") if dpid else None

    def export_template(self) -> str | None:
        return self.get("export.template")

    def export_cover_size(self) -> int | None:
        return self.get("export.cover_size")

    def ddex_schema(self) -> Path | None:
        value = self.get("ddex.schema")
        return Path(value) if value else None


def _split(key: str) -> tuple[str, str]:
    section, _, name = key.partition(".")
    return section, name


def load_settings(path: Path | None = None) -> Settings:
    return Settings.load(path)


def change_setting(key: str, value: Any, path: Path | None = None) -> Any:
    """Read the file anew, set one key, write it back; the value as kept."""
    settings = Settings.load(path)
    checked = settings.set(key, value)
    settings.save()
    return checked


def remove_setting(key: str, path: Path | None = None) -> None:
    settings = Settings.load(path)
    settings.unset(key)
    settings.save()
