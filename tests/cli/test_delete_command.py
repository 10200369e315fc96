"""`labeldesk delete` as a real process on a real library file: asking on a terminal, refusing
without one, --yes, and ids that are not there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from labeldesk.actions.importing import import_files
from labeldesk.library import get_release, open_library, release_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
CATALOGUE = FIXTURES / "documents-with-text.json"


def labeldesk(library: Path, *argv: str, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "labeldesk", "--library", str(library), *argv],
                          stdin=stdin, capture_output=True, text=True, timeout=60)


def on_a_terminal(library: Path, answer: str, *argv: str) -> tuple[int, str, str]:
    """Run the command with a terminal as its input, type `answer` and Return."""
    main, terminal = os.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "labeldesk", "--library", str(library), *argv],
                                   stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        os.write(main, answer.encode() + b"\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(main)
        os.close(terminal)
    return process.returncode, out, err


def titles(library: Path) -> list[str]:
    with open_library(library) as lib:
        return [r.title for r in release_rows(lib)]


@pytest.fixture
def library(tmp_path) -> Path:
    path = tmp_path / "library.db"
    with open_library(path) as lib:
        import_files(lib, [CATALOGUE])
    return path


@pytest.fixture
def first(library) -> tuple[int, str]:
    with open_library(library) as lib:
        row = release_rows(lib, order="title")[0]
        return row.id, row.title


def test_yes_deletes_without_asking(library, first):
    release_id, title = first
    before = titles(library)
    done = labeldesk(library, "delete", str(release_id), "--yes")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"Deleted release {release_id} “{title}”.\n", "")
    assert titles(library) == [t for t in before if t != title]
    with open_library(library) as lib:
        entry = lib.conn.execute("SELECT action, row_id FROM edit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(entry) == ("delete", release_id)


def test_without_a_terminal_or_yes_it_refuses_and_keeps_the_release(library, first):
    release_id, title = first
    before = titles(library)
    done = labeldesk(library, "delete", str(release_id))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"labeldesk: not deleting release {release_id} “{title}” without --yes "
                           "(there is no terminal to ask on)\n")
    assert titles(library) == before


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_on_a_terminal_it_asks_and_yes_deletes(library, first):
    release_id, title = first
    with open_library(library) as lib:
        release = get_release(lib, release_id)
    code, out, err = on_a_terminal(library, "y", "delete", str(release_id))
    assert (code, out) == (0, f"Deleted release {release_id} “{title}”.\n")
    tracks, credits = len(release.tracks), len(release.all_credits())
    assert err.startswith(f"Delete release {release_id} “{title}” with its {tracks} tracks, {credits} credits")
    assert err.endswith("? [y/N] ")
    assert title not in titles(library)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
@pytest.mark.parametrize("answer", ["n", "", "whatever"])
def test_on_a_terminal_anything_but_yes_keeps_the_release(library, first, answer):
    release_id, title = first
    code, out, err = on_a_terminal(library, answer, "delete", str(release_id))
    assert (code, out) == (1, "")
    assert err.endswith("? [y/N] labeldesk: nothing deleted\n")
    assert title in titles(library)


@pytest.mark.parametrize("argv, message", [
    (["delete", "99", "--yes"], "labeldesk: no release with id 99\n"),
    (["delete", "99"], "labeldesk: no release with id 99\n"),  # said before any question
    (["delete", "three", "--yes"], "labeldesk: not a release id: 'three' (ids are numbers; see `labeldesk releases`)\n"),
])
def test_an_unknown_release_is_one_line_and_exit_1(library, argv, message):
    before = titles(library)
    done = labeldesk(library, *argv)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", message)
    assert titles(library) == before


def test_help_names_the_command(library):
    done = labeldesk(library, "--help")
    assert "delete" in done.stdout
    helped = labeldesk(library, "delete", "--help")
    assert helped.returncode == 0 and "--yes" in helped.stdout
