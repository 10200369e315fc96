"""`labeldesk import`: storing, dry runs, JSON output, idempotence, and refusing bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import dump

from labeldesk.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
WITH_TEXT = str(FIXTURES / "documents-with-text.json")
RELEASES_ONLY = str(FIXTURES / "releases-only.json")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_stores_and_a_second_import_adds_nothing(capsys, library_path):
    code, out, err = run(capsys, "--library", str(library_path), "import", WITH_TEXT, RELEASES_ONLY)
    assert (code, out) == (0, "3 releases added, 0 already in the library.\n")
    assert "stated length 9:20" in err  # a release's warning goes to stderr
    before = dump(library_path)
    code, out, _ = run(capsys, "--library", str(library_path), "import", RELEASES_ONLY, WITH_TEXT)
    assert (code, out) == (0, "0 releases added, 3 already in the library.\n")
    assert dump(library_path) == before


def test_import_json_prints_only_json_with_ids(capsys, library_path):
    code, out, err = run(capsys, "--library", str(library_path), "import", "--json", WITH_TEXT)
    assert code == 0
    data = json.loads(out)
    (document,) = data["documents"]
    assert document["path"] == "brightwater-spring.txt"
    assert [r["id"] for r in document["releases"]] == [1, 2]
    assert document["releases"][0]["source"]["document"] == "brightwater-spring.txt"
    assert [s["reason"] for s in document["skipped"]] == ["press article", "no release markers"]
    assert "warning" in err


def test_dry_run_stores_nothing_and_does_not_make_a_library(capsys, library_path):
    code, out, _ = run(capsys, "--library", str(library_path), "import", "--dry-run", "--json", WITH_TEXT)
    assert code == 0
    (document,) = json.loads(out)["documents"]
    assert [r["title"] for r in document["releases"]] == ["Salt Roads", "Noches de Ámbar"]
    assert "id" not in document["releases"][0]
    assert document["releases"][0]["source"] == {"start": 60, "end": 382}
    assert not library_path.exists()
    code, out, _ = run(capsys, "--library", str(library_path), "import", "--dry-run", WITH_TEXT)
    assert code == 0 and "2 releases, 2 skipped passages" in out and "nothing stored" in out


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    tmp_path.mkdir(exist_ok=True)
    files = {
        "missing": tmp_path / "nowhere.json",
        "directory": tmp_path / "folder",
        "malformed": tmp_path / "malformed.json",
        "wrong shape": tmp_path / "wrong.json",
        "wrong types": tmp_path / "types.json",
        "binary text": tmp_path / "scan.txt",
    }
    files["directory"].mkdir()
    files["malformed"].write_text('{"releases": [{"title": "x",}]}')
    files["wrong shape"].write_text('{"albums": []}')
    files["wrong types"].write_text('{"releases": [{"title": "x", "tracks": "none"}]}')
    files["binary text"].write_bytes(bytes(range(256)) * 8)
    return files


@pytest.mark.parametrize("case", ["missing", "directory", "malformed", "wrong shape", "wrong types", "binary text"])
def test_bad_input_is_one_line_exit_1_and_changes_nothing(capsys, library_path, tmp_path, case):
    run(capsys, "--library", str(library_path), "import", RELEASES_ONLY)
    before = dump(library_path)
    bad = _bad_inputs(tmp_path / "bad")[case]
    code, out, err = run(capsys, "--library", str(library_path), "import", WITH_TEXT, str(bad))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("labeldesk: ") and str(bad) in err
    assert "Traceback" not in err
    assert dump(library_path) == before


def test_usage_errors_exit_2(capsys, library_path):
    with pytest.raises(SystemExit) as caught:
        main(["--library", str(library_path), "import"])
    assert caught.value.code == 2
    assert "FILE" in capsys.readouterr().err
