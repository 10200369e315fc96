"""The command as a real process: exit statuses, help, version, and errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from labeldesk import __version__

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "gold-shaped.json"


def labeldesk(*argv: str, library: Path | None = None) -> subprocess.CompletedProcess:
    prefix = ["--library", str(library)] if library else []
    return subprocess.run([sys.executable, "-m", "labeldesk", *prefix, *argv],
                          capture_output=True, text=True, timeout=60)


def test_import_and_list_in_real_processes(tmp_path):
    library = tmp_path / "library.db"
    done = labeldesk("import", str(FIXTURE), library=library)
    assert (done.returncode, done.stdout, done.stderr) == (0, "1 release added, 0 already in the library.\n", "")
    done = labeldesk("releases", "--json", library=library)
    assert done.returncode == 0
    assert json.loads(done.stdout) == [{"id": 1, "title": "Gulf", "artists": ["Tomas Ekdahl"],
                                        "label": "Northwind Recordings", "kind": "soundtrack", "tracks": 0}]


def test_an_error_is_one_line_and_debug_shows_the_traceback(tmp_path):
    library = tmp_path / "library.db"
    done = labeldesk("show", "7", library=library)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "labeldesk: no release with id 7\n")
    done = labeldesk("--debug", "show", "7", library=library)
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_version_and_help_on_every_command():
    done = labeldesk("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"labeldesk {__version__}")
    done = labeldesk("--help")
    assert done.returncode == 0
    for command in ("gui", "import", "releases", "show", "credits"):
        assert command in done.stdout
        helped = labeldesk(command, "--help")
        assert helped.returncode == 0 and helped.stdout.startswith("usage: labeldesk")


@pytest.mark.parametrize("argv", [["no-such-command"], ["show"], ["releases", "--order", "colour"]])
def test_usage_errors_exit_2(argv, tmp_path):
    done = labeldesk(*argv, library=tmp_path / "library.db")
    assert done.returncode == 2 and "usage:" in done.stderr


def test_a_library_from_a_newer_version_is_refused_in_one_line(tmp_path):
    library = tmp_path / "library.db"
    assert labeldesk("releases", library=library).returncode == 0
    import sqlite3

    conn = sqlite3.connect(library)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    done = labeldesk("releases", library=library)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "newer LabelDesk" in done.stderr
