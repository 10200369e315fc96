"""The settings file (labeldesk.settings) and the `config` command, on real files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from labeldesk.cli import main
from labeldesk.errors import UserError
from labeldesk.paths import settings_path
from labeldesk.settings import SETTINGS, Settings, change_setting, load_settings, remove_setting, settings_file

SENDER = "PADPIDA2014120301U"


@pytest.fixture
def path(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "config" / "settings.json"
    monkeypatch.setenv("LABELDESK_SETTINGS", str(target))
    return target


def config(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["config", *argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- the module ------------------------------------------------------------------------------------


def test_the_file_is_where_the_environment_says_else_in_the_user_config_dir(path, monkeypatch):
    assert settings_file() == path
    monkeypatch.delenv("LABELDESK_SETTINGS")
    assert settings_file() == settings_path()


def test_nothing_is_set_while_there_is_no_file(path):
    settings = load_settings()
    assert not path.exists()
    assert all(settings.get(key) is None for key in SETTINGS)
    assert (settings.sender(), settings.recipient(), settings.export_template(), settings.export_cover_size(),
            settings.ddex_schema()) == (None, None, None, None, None)


def test_values_are_checked_typed_and_written_as_nested_json(path):
    assert change_setting("ddex.sender_dpid", f"  {SENDER} ") == SENDER
    assert change_setting("ddex.sender_name", "Plaza Mayor Company Ltd") == "Plaza Mayor Company Ltd"
    assert change_setting("export.cover_size", "1400") == 1400
    assert change_setting("export.template", "{track:02} {title}") == "{track:02} {title}"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "ddex": {"sender_dpid": SENDER, "sender_name": "Plaza Mayor Company Ltd"},
        "export": {"cover_size": 1400, "template": "{track:02} {title}"},
    }
    settings = load_settings()
    assert settings.sender() == (SENDER, "Plaza Mayor Company Ltd")
    assert settings.recipient() is None
    assert settings.export_cover_size() == 1400 and isinstance(settings.export_cover_size(), int)
    remove_setting("ddex.sender_name")
    assert load_settings().sender() == (SENDER, "")  # a DPID alone is a sender; the name is optional in DDEX


@pytest.mark.parametrize("key, value, message", [
    ("ddex.sender_dpid", "PADPIDA123", "not a DDEX party id"),
    ("ddex.sender_dpid", "PADPIDA2014120301UX", "not a DDEX party id"),  # 12 after the prefix
    ("ddex.recipient_dpid", "XXDPIDA2014120301U", "not a DDEX party id"),
    ("ddex.recipient_dpid", "PADPIDA20141203-1U", "not a DDEX party id"),
    ("ddex.sender_name", "  ", "not a name"),
    ("export.cover_size", "3000px", "not a whole number"),
    ("export.cover_size", "50", "outside 100–10000 px"),
    ("export.template", "{title!r}", "conversions"),
    ("ddex.schema", "/no/such/release-notification.xsd", "is not a file"),
    ("ddex.nonsense", "x", "unknown setting 'ddex.nonsense'"),
])
def test_bad_values_are_refused_and_nothing_is_written(path, key, value, message):
    change_setting("export.cover_size", "2000")
    before = path.read_bytes()
    with pytest.raises(UserError, match=message):
        change_setting(key, value)
    assert path.read_bytes() == before


def test_unknown_keys_are_kept_when_the_file_is_rewritten(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"gui": {"theme": "dark"}, "ddex": {"future_key": [1, 2]}, "top": 5}), encoding="utf-8")
    change_setting("ddex.sender_dpid", SENDER)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "gui": {"theme": "dark"}, "ddex": {"future_key": [1, 2], "sender_dpid": SENDER}, "top": 5}
    assert ("gui.theme", "dark") in load_settings().items()


def test_the_write_is_atomic_and_leaves_no_temporary_file(path, monkeypatch):
    change_setting("ddex.sender_name", "First")
    before = path.read_bytes()

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(UserError, match="No space left on device"):
        change_setting("ddex.sender_name", "Second")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("text, message", [
    ("{not json", "is not valid JSON"),
    ("[1, 2]", "does not hold a JSON object"),
])
def test_a_damaged_file_is_one_clear_error(path, text, message):
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        load_settings()


def test_a_hand_edited_bad_value_is_reported_with_the_file_and_key(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"export": {"cover_size": "big"}}), encoding="utf-8")
    settings = Settings.load()
    with pytest.raises(UserError, match=r"settings\.json: export\.cover_size: 'big' is not a whole number"):
        settings.export_cover_size()


# --- the command -----------------------------------------------------------------------------------


def test_config_set_get_list_and_unset(path, capsys):
    assert config(capsys, "set", "ddex.sender_dpid", SENDER) == (0, f"ddex.sender_dpid = {SENDER}\n", "")
    assert config(capsys, "set", "export.cover_size", "2400") == (0, "export.cover_size = 2400\n", "")
    assert config(capsys, "get", "ddex.sender_dpid") == (0, f"{SENDER}\n", "")
    assert config(capsys, "get", "ddex.sender_name") == (1, "", "labeldesk: ddex.sender_name is not set\n")

    code, out, _ = config(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"# {path}"
    assert f"ddex.sender_dpid = {SENDER}" in lines and "export.cover_size = 2400" in lines
    assert "ddex.sender_name (not set)" in lines and "export.template (not set)" in lines
    assert len(lines) == 1 + len(SETTINGS)

    assert config(capsys, "unset", "export.cover_size") == (0, "", "")
    assert config(capsys, "get", "export.cover_size")[0] == 1
    assert json.loads(path.read_text(encoding="utf-8")) == {"ddex": {"sender_dpid": SENDER}}


def test_config_refusals_are_one_line(path, capsys):
    code, out, err = config(capsys, "set", "ddex.sender_dpid", "12345")
    assert (code, out) == (1, "")
    assert err == "labeldesk: ddex.sender_dpid: '12345' is not a DDEX party id (PADPIDA followed by 11 letters or digits)\n"
    code, _, err = config(capsys, "get", "no.such")
    assert code == 1 and err.startswith("labeldesk: unknown setting 'no.such' (known: ddex.sender_dpid")
    assert not path.exists()  # nothing was written by either


def test_config_list_shows_keys_it_does_not_use(path, capsys):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"gui": {"theme": "dark"}}), encoding="utf-8")
    _, out, _ = config(capsys, "list")
    assert 'gui.theme = "dark"  (not used by this version)' in out.splitlines()
