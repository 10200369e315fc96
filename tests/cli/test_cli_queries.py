"""`labeldesk releases`, `show` and `credits` over a real library file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from labeldesk.cli import main

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "releases"
FIXTURE_FILES = sorted(FIXTURES.glob("*.json"))
GOLD = TESTS.parent.parent / "shared" / "corpus" / "gold"
GOLD_FILE = GOLD / "000_e2eea040e6b7e75d.json"


def run(capsys, library_path, *argv):
    code = main(["--library", str(library_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(capsys, library_path):
    code, _, _ = run(capsys, library_path, "import", *map(str, FIXTURE_FILES))
    assert code == 0
    return library_path


def _inputs(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "documents" in data:
        return [r for d in data["documents"] for r in d["releases"]]
    return data["releases"]


def _same_as_input(shown: dict, expected: dict) -> None:
    shown = dict(shown)
    shown.pop("id")
    for key in ("warnings", "source"):
        if key not in expected:
            shown.pop(key, None)
    if "source" in shown:
        assert set(shown["source"]) == {"document", "start", "end"}
        shown["source"] = {k: shown["source"][k] for k in ("start", "end")}
    assert shown == expected


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[p.name for p in FIXTURE_FILES])
def test_import_then_show_json_gives_back_the_input(capsys, library_path, path):
    code, out, _ = run(capsys, library_path, "import", "--json", str(path))
    assert code == 0
    ids = [r["id"] for d in json.loads(out)["documents"] for r in d["releases"]]
    for release_id, expected in zip(ids, _inputs(path), strict=True):
        code, out, _ = run(capsys, library_path, "show", str(release_id), "--json")
        assert code == 0
        shown = json.loads(out)
        assert shown["id"] == release_id
        _same_as_input(shown, expected)


@pytest.mark.skipif(not GOLD_FILE.exists(), reason="../shared/corpus/gold is not here")
def test_the_gold_catalogue(capsys, library_path):
    gold = json.loads(GOLD_FILE.read_text(encoding="utf-8"))["releases"]
    assert run(capsys, library_path, "import", str(GOLD_FILE))[0] == 0
    listed = json.loads(run(capsys, library_path, "releases", "--json")[1])
    assert len(listed) == 7
    by_title = {r["title"]: r for r in listed}
    for expected in gold:
        _same_as_input(json.loads(run(capsys, library_path, "show", str(by_title[expected["title"]]["id"]), "--json")[1]),
                       expected)
    run(capsys, library_path, "import", str(GOLD_FILE))
    assert len(json.loads(run(capsys, library_path, "releases", "--json")[1])) == 7
    credits = json.loads(run(capsys, library_path, "credits", "jesus calderon", "--json")[1])
    assert [(c["role"], c["release"]) for c in credits] == [
        (role, "La Mancha Negra")
        for role in ("composer", "conductor", "mixing_engineer", "editor", "songwriter", "producer")]


def test_releases_json_and_table(capsys, filled):
    code, out, _ = run(capsys, filled, "releases", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["title"] for r in rows] == ["Gulf", "Noches de Ámbar", "Quiet Harbour", "Salt Roads"]
    assert set(rows[0]) == {"id", "title", "artists", "label", "kind", "tracks"}
    salt = rows[3]
    assert (salt["artists"], salt["label"], salt["kind"], salt["tracks"]) == (
        ["Jesús Calderón"], "Brightwater Records Ltd", "soundtrack", 3)
    code, out, _ = run(capsys, filled, "releases")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "ARTISTS", "LABEL", "KIND", "YEAR", "TRACKS"]
    assert len(lines) == 5 and lines[4].index("Salt Roads") == lines[0].index("TITLE")


def test_releases_search(capsys, filled):
    titles = lambda text: [r["title"] for r in json.loads(run(capsys, filled, "releases", "--search", text, "--json")[1])]
    assert titles("AMBAR") == ["Noches de Ámbar"]
    assert titles("calderón") == ["Quiet Harbour", "Salt Roads"]
    for hostile in ['"', "AND (", "*", "NEAR(", 'x" OR "y', "'; --"]:
        code, out, err = run(capsys, filled, "releases", "--search", hostile, "--json")
        assert (code, err) == (0, "") and isinstance(json.loads(out), list)
    code, out, _ = run(capsys, filled, "releases", "--search", "nothing-like-this")
    assert code == 0 and "No releases match" in out


def test_show_plain_text(capsys, filled):
    code, out, _ = run(capsys, filled, "show", "1")
    assert code == 0
    assert out.startswith("Salt Roads — Original Motion Picture Soundtrack  (#1)")
    for text in ("Also titled: Caminos de sal", "Tracks", "2-1  Marea  2:01", "! stated length",
                 "Source: brightwater-spring.txt, characters 60–382"):
        assert text in out
    credit_lines = [line.split() for line in out.split("Credits\n")[1].split("\n\n")[0].splitlines()]
    assert ["Performer", "(cello)", "Ana", "Zayas"] in credit_lines
    assert ["Songwriter", "JESÚS", "CALDERÓN", "[track", "2]"] in credit_lines
    code, out, _ = run(capsys, filled, "show", "2")
    assert "Liner note (en) — Maren Solberg" in out and "Bergen, mars 2022" in out


@pytest.mark.parametrize("given", ["999", "0", "-1", "abc", "1.5", ""])
def test_show_of_an_unknown_id_is_one_line_exit_1(capsys, filled, given):
    code, out, err = run(capsys, filled, "show", given, "--json")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("labeldesk: ") and "Traceback" not in err


def test_credits_json_csv_and_table(capsys, filled):
    code, out, _ = run(capsys, filled, "credits", "JESUS calderon", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["name"], r["role"], r["track"]) for r in rows] == [
        ("Jesús  Calderón", "producer", None), ("Jesús Calderón", "composer", None),
        ("Jesus Calderon", "conductor", None), ("JESÚS CALDERÓN", "songwriter", "Nana de la Negra Noche")]
    assert list(rows[0]) == ["name", "role", "instrument", "scope", "release", "release_id", "track"]
    code, out, _ = run(capsys, filled, "credits", "zenobia fernandez", "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [(r["role"], r["instrument"], r["release"]) for r in table] == [
        ("performer", "vocals", "Salt Roads")]
    assert out.splitlines()[0] == "name,role,instrument,scope,release,release_id,track"
    code, out, _ = run(capsys, filled, "credits", "ana zayas")
    assert code == 0 and "Performer" in out and "cello" in out
    code, out, _ = run(capsys, filled, "credits", "no such person", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_json_and_csv_together_is_a_usage_error(capsys, filled):
    with pytest.raises(SystemExit) as caught:
        main(["--library", str(filled), "credits", "x", "--json", "--csv"])
    assert caught.value.code == 2
