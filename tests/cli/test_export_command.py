"""`labeldesk export` through the command line, on a real library file with real audio files
attached by the `attach` command: the folder it makes, its refusals, its defaults from the settings,
hostile titles, a full disk, and the Farewell Gulsary release in seven formats."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import mediafile
import pytest
from lxml import etree
from PIL import Image

from labeldesk.cli import main

TESTS = Path(__file__).resolve().parents[1]
AUDIO = TESTS / "fixtures" / "audio"
SHARED = TESTS.parent.parent / "shared"
GOLD = SHARED / "corpus" / "gold" / "000_e2eea040e6b7e75d.json"
XSD = SHARED / "ddex" / "ern43" / "release-notification.xsd"
SIDE_FILES = ["cover.jpg", "credits.csv", "ddex.xml", "liner-notes.txt", "manifest.csv", "manifest.json"]
SENDER = "PADPIDA2014120301U"


@pytest.fixture(autouse=True)
def settings_file(tmp_path, monkeypatch) -> Path:
    """Every test gets its own (empty) settings file, never the user's."""
    path = tmp_path / "config" / "settings.json"
    monkeypatch.setenv("LABELDESK_SETTINGS", str(path))
    return path


def run(capsys, library: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, library: Path, *argv: str) -> str:
    code, out, err = run(capsys, library, *argv)
    assert code == 0, err
    return out


def release_json(title: str, track_titles: list[str]) -> dict:
    return {"releases": [{
        "title": title, "kind": "soundtrack", "artists": ["Andre Matthias"], "label": "Plaza Mayor Company Ltd",
        "catalog_number": "PMC 0099", "barcode": "8435383000016", "release_date": "2021-11-05",
        "credits": [{"name": "Andre Matthias", "role": "composer"},
                    {"name": "Sandro Friedrich", "role": "performer", "instrument": "duduk"}],
        "tracks": [{"disc": 1, "position": str(n), "title": t, "duration": 1}
                   for n, t in enumerate(track_titles, start=1)],
        "notes": [{"kind": "liner_note", "authors": ["Andre Matthias"], "language": "en",
                   "text": "I approached the music as if scoring a feature film.", "place_date": "Berlin, 2021"}],
    }]}


def make_library(tmp_path: Path, capsys, title: str = "Farewell Gulsary",
                 tracks: tuple[str, ...] = ("Tanabai", "Gulsary", "The Herd"),
                 fixtures: tuple[str | Path, ...] = ("tone.flac", "tone.mp3", "tone.wav"),
                 cover_side: int | None = 1500) -> tuple[Path, list[Path]]:
    """A library file holding one imported release, with files (fixture names, or paths) attached by
    the attach command (by order) and a cover set by the cover command. Returns the library and the
    originals."""
    library = tmp_path / "library.db"
    source = tmp_path / "release.json"
    source.write_text(json.dumps(release_json(title, list(tracks))), encoding="utf-8")
    ok(capsys, library, "import", str(source))
    originals = tmp_path / "originals"
    originals.mkdir()
    paths = []
    for number, fixture in enumerate(fixtures, start=1):
        paths.append(originals / f"{number:02}{Path(fixture).suffix}")
        shutil.copyfile(AUDIO / fixture if isinstance(fixture, str) else fixture, paths[-1])
    ok(capsys, library, "attach", "1", "--by-order", *map(str, paths))
    if cover_side:
        cover = tmp_path / "cover.png"
        Image.new("RGB", (cover_side, cover_side), (150, 30, 60)).save(cover)
        ok(capsys, library, "cover", "1", str(cover))
    return library, paths


def digests(paths: list[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def library(tmp_path, capsys) -> tuple[Path, list[Path]]:
    return make_library(tmp_path, capsys)


# --- the folder ------------------------------------------------------------------------------------


def test_export_makes_the_folder_and_says_what_it_holds(tmp_path, library, capsys):
    lib, originals = library
    before = digests(originals)
    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "out"))
    assert code == 0, err
    folder = tmp_path / "out" / "Andre Matthias - Farewell Gulsary (2021)"
    lines = out.splitlines()
    assert lines[0] == str(folder)
    assert lines[1].startswith("3 files, ") and lines[1].endswith(" KB, cover 1500 px, ddex.xml not validated")
    assert tree(tmp_path / "out") == [folder.name] + [f"{folder.name}/{n}" for n in sorted(
        ["01 Tanabai.flac", "02 Gulsary.mp3", "03 The Herd.wav", *SIDE_FILES])]
    for name, title in (("01 Tanabai.flac", "Tanabai"), ("02 Gulsary.mp3", "Gulsary"), ("03 The Herd.wav", "The Herd")):
        tags = mediafile.MediaFile(str(folder / name))
        assert (tags.title, tags.album, tags.composer) == (title, "Farewell Gulsary", "Andre Matthias")
        assert Image.open(io.BytesIO(tags.art)).size == (1400, 1400)
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["sha256"] for r in rows] == [hashlib.sha256((folder / r["file"]).read_bytes()).hexdigest() for r in rows]
    assert Image.open(folder / "cover.jpg").size == (1500, 1500)
    assert digests(originals) == before
    # the sender is not set yet: the export says so, and how to set it
    assert "labeldesk: warning: sender DPID and name are not set" in err
    assert "labeldesk config set ddex.sender_dpid" in err
    assert all(line.startswith("labeldesk: warning: ") for line in err.splitlines())


def test_the_sender_and_defaults_come_from_the_settings_and_flags_win(tmp_path, library, capsys):
    lib, _ = library
    ok(capsys, lib, "config", "set", "ddex.sender_dpid", SENDER)
    ok(capsys, lib, "config", "set", "ddex.sender_name", "Plaza Mayor Company Ltd")
    ok(capsys, lib, "config", "set", "export.template", "{catalog_number} {track:02} {title}")
    ok(capsys, lib, "config", "set", "export.cover_size", "1000")
    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "a"))
    assert code == 0, err
    folder = Path(out.splitlines()[0])
    assert "cover 1000 px" in out
    assert sorted(p.name for p in folder.glob("PMC 0099 *")) == ["PMC 0099 01 Tanabai.flac", "PMC 0099 02 Gulsary.mp3",
                                                                  "PMC 0099 03 The Herd.wav"]
    header = etree.parse(str(folder / "ddex.xml")).getroot().find("MessageHeader")
    assert header.findtext("MessageSender/PartyId") == SENDER
    assert header.findtext("MessageControlType") == "LiveMessage"
    assert "sender" not in err

    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "b"), "--template", "{title}",
                         "--cover-size", "800")
    assert code == 0, err
    folder = Path(out.splitlines()[0])
    assert "cover 800 px" in out and (folder / "Tanabai.flac").is_file()


def test_a_schema_in_the_settings_validates_ddex_xml(tmp_path, library, capsys):
    if not XSD.exists():
        pytest.skip("the DDEX schemas (../shared/ddex) are not here")
    lib, _ = library
    ok(capsys, lib, "config", "set", "ddex.schema", str(XSD))
    out = ok(capsys, lib, "export", "1", "--to", str(tmp_path / "out"))
    assert out.splitlines()[1].endswith("cover 1500 px, ddex.xml valid")


def test_no_ddex(tmp_path, library, capsys):
    lib, _ = library
    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "out"), "--no-ddex")
    assert code == 0, err
    folder = Path(out.splitlines()[0])
    assert not (folder / "ddex.xml").exists() and (folder / "manifest.json").exists()
    assert out.splitlines()[1].endswith("no ddex.xml")
    assert "sender" not in err  # no message, nothing to warn about


def test_an_existing_folder_is_refused_and_replaced_with_force(tmp_path, library, capsys):
    lib, _ = library
    target = tmp_path / "out"
    folder = Path(ok(capsys, lib, "export", "1", "--to", str(target)).splitlines()[0])
    (folder / "note-from-before.txt").write_text("kept until replaced")
    before = tree(target)

    code, out, err = run(capsys, lib, "export", "1", "--to", str(target))
    assert (code, out) == (1, "")
    assert err == f"labeldesk: {folder} already exists (use --force to replace it)\n"
    assert tree(target) == before

    code, out, err = run(capsys, lib, "export", "1", "--to", str(target), "--force")
    assert code == 0, err
    assert not (folder / "note-from-before.txt").exists() and (folder / "01 Tanabai.flac").exists()
    assert tree(target)[0] == folder.name and not [n for n in tree(target) if n.startswith(".")]


def test_sync_flushes_every_file_and_the_folders_before_the_export_appears(tmp_path, library, capsys, monkeypatch):
    lib, originals = library
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")),
                                                 real_fsync(fd))[1])
    target = tmp_path / "out"
    ok(capsys, lib, "export", "1", "--to", str(target))
    assert synced == []  # without --sync the page cache is trusted, as cp does

    folder = Path(ok(capsys, lib, "export", "1", "--to", str(tmp_path / "synced"), "--sync").splitlines()[0])
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == len(originals) + 6  # the copies and the side files
    staging = {Path(p).parent for p in synced if Path(p).name in files}
    assert len(staging) == 1  # each file was synced in the hidden folder, before the rename
    assert sorted(Path(p).name for p in synced if Path(p).parent in staging) == files
    assert [str(p) for p in staging] == [p for p in synced if Path(p).name.endswith(".partial")]  # the folder too
    assert synced[-1] == str(folder.parent)  # and the rename, in the parent


# --- refusals: one line, exit 1, nothing left --------------------------------------------------------


def test_a_missing_source_file_leaves_nothing(tmp_path, library, capsys):
    lib, originals = library
    originals[1].unlink()
    target = tmp_path / "new" / "out"
    code, out, err = run(capsys, lib, "export", "1", "--to", str(target))
    assert (code, out) == (1, "")
    assert err == f"labeldesk: missing source file: {originals[1]}\n"
    assert not (tmp_path / "new").exists()  # not even the folders it would have made


@pytest.mark.parametrize("argv, message", [
    (["--template", "{title.__class__}"], "file-name template '{title.__class__}': unknown field"),
    (["--template", "no fields"], "names no field"),
    (["--cover-size", "huge"], "--cover-size: 'huge' is not a whole number of pixels"),
    (["--cover-size", "20"], "--cover-size: 20 px is outside"),
])
def test_bad_options_are_refused_before_anything_is_written(tmp_path, library, capsys, argv, message):
    lib, _ = library
    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "out"), *argv)
    assert (code, out) == (1, "")
    assert err.startswith("labeldesk: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_release_without_files_or_unknown_is_refused(tmp_path, capsys):
    library = tmp_path / "library.db"
    source = tmp_path / "release.json"
    source.write_text(json.dumps(release_json("Lonely", ["One"])), encoding="utf-8")
    ok(capsys, library, "import", str(source))
    for release, message in (("1", "release 1 has no audio files attached: nothing to export"),
                             ("7", "no release with id 7"), ("one", "not a release id: 'one'")):
        code, out, err = run(capsys, library, "export", release, "--to", str(tmp_path / "out"))
        assert (code, out) == (1, ""), err
        assert message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_bad_settings_file_is_one_line(tmp_path, library, capsys, settings_file):
    lib, _ = library
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text('{"ddex": {"sender_dpid": "PADPIDA1"}}', encoding="utf-8")
    code, out, err = run(capsys, lib, "export", "1", "--to", str(tmp_path / "out"))
    assert (code, out) == (1, "")
    assert err == f"labeldesk: the settings file {settings_file}: ddex.sender_dpid: 'PADPIDA1' is not a DDEX party id " \
                  "(PADPIDA followed by 11 letters or digits)\n"


FULL_DISK = r"""
import resource, signal, sys
from labeldesk.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[2:]))
"""


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, capsys, settings_file):
    long_take = tmp_path / "long take.wav"  # 4 MB of silence: larger than the library file by far
    with wave.open(str(long_take), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(bytes(4 * 1024 * 1024))
    lib, _ = make_library(tmp_path, capsys, fixtures=("tone.flac", long_take, "tone.mp3"))
    target = tmp_path / "out"
    target.mkdir()
    # -B: with the size limit, the interpreter would cut short the bytecode caches it writes
    done = subprocess.run(
        [sys.executable, "-B", "-c", FULL_DISK, str(3 * 1024 * 1024), "--library", str(lib), "export", "1", "--to",
         str(target)],
        capture_output=True, text=True, timeout=120, env={"LABELDESK_SETTINGS": str(settings_file), "PATH": ""})
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("labeldesk: ") and "File too large" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert tree(target) == []


# --- hostile titles ----------------------------------------------------------------------------------


def test_hostile_titles_give_safe_names_inside_the_target(tmp_path, capsys):
    lib, _ = make_library(tmp_path, capsys, title="../../../../escape",
                          tracks=("../../../../escape", 'a/b\\c:d*e?f"g<h>i|j', "CON"),
                          fixtures=("tone.flac", "tone.mp3", "tone.ogg"), cover_side=None)
    target = tmp_path / "deep" / "target"
    outside_before = set(tmp_path.rglob("*"))
    code, out, err = run(capsys, lib, "export", "1", "--to", str(target), "--template", "{title}")
    assert code == 0, err
    folder = Path(out.splitlines()[0])
    assert folder.parent == target and folder.name == "Andre Matthias - .._.._.._.._escape (2021)"
    assert sorted(p.name for p in folder.iterdir() if p.suffix in (".flac", ".mp3", ".ogg")) == [
        "_.._.._.._escape.flac", "_CON.ogg", "a_b_c_d_e_f_g_h_i_j.mp3"]  # no leading dot: never hidden
    new = set(tmp_path.rglob("*")) - outside_before
    assert all(p == target.parent or p == target or target in p.parents for p in new), new
    assert "no cover" in out and "the release has no cover" in err


# --- the whole way, on the gold release ------------------------------------------------------------


GULSARY_FILES = {"1.mp3": "tone.mp3", "2.flac": "tone.flac", "3.ogg": "tone.ogg", "4.opus": "tone.opus",
                 "5.m4a": "tone-aac.m4a", "6.wav": "tone.wav", "7.aiff": "tone.aiff"}


@pytest.mark.skipif(not (GOLD.exists() and XSD.exists()), reason="../shared (gold corpus, DDEX schema) is not present")
def test_farewell_gulsary_in_seven_formats(tmp_path, capsys):
    library = tmp_path / "library.db"
    ok(capsys, library, "import", str(GOLD))
    [gulsary] = [r["id"] for r in json.loads(ok(capsys, library, "releases", "--json"))
                 if r["title"] == "Farewell Gulsary"]
    originals = []
    for name, fixture in GULSARY_FILES.items():
        originals.append(tmp_path / name)
        shutil.copyfile(AUDIO / fixture, originals[-1])
    before = digests(originals)
    ok(capsys, library, "attach", str(gulsary), "--by-order", *map(str, originals))
    cover = tmp_path / "cover.jpg"
    Image.effect_noise((3000, 3000), 40).convert("RGB").save(cover, quality=90)
    ok(capsys, library, "cover", str(gulsary), str(cover))
    ok(capsys, library, "config", "set", "ddex.sender_dpid", SENDER)
    ok(capsys, library, "config", "set", "ddex.sender_name", "Plaza Mayor Company Ltd")

    code, out, err = run(capsys, library, "export", str(gulsary), "--to", str(tmp_path / "delivery"))
    assert code == 0, err
    folder = Path(out.splitlines()[0])
    assert out.splitlines()[1].startswith("7 files, ") and "cover 3000 px" in out
    audio = sorted(p for p in folder.iterdir() if p.suffix not in (".jpg", ".csv", ".json", ".txt", ".xml"))
    assert len(audio) == 7 and {p.suffix for p in audio} == {".mp3", ".flac", ".ogg", ".opus", ".m4a", ".wav", ".aiff"}
    for path in audio:
        tags = mediafile.MediaFile(str(path))
        assert tags.album == "Farewell Gulsary", path.name
        assert tags.composer in ("Andre Matthias", "Traditional"), path.name
        assert tags.art and Image.open(io.BytesIO(tags.art)).size == (1400, 1400), path.name
    assert {"cover.jpg", "manifest.csv", "manifest.json", "credits.csv", "liner-notes.txt", "ddex.xml"} <= {
        p.name for p in folder.iterdir()}
    assert Image.open(folder / "cover.jpg").size == (3000, 3000)
    assert "I approached the music for this radio play" in (folder / "liner-notes.txt").read_text(encoding="utf-8")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [f["file"] for f in manifest["files"]] == [p.name for p in sorted(audio, key=lambda p: p.name)]
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    document = etree.parse(str(folder / "ddex.xml"))
    assert schema.validate(document), schema.error_log
    assert digests(originals) == before
