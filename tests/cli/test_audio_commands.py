"""attach, cover, tag and read-tags through the command line, on real audio files and a real library:
matching and its refusals, cover checks, dry runs, files changed on disk, read-only and vanished
files, and the library left as it was after every failure."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import xxhash
from PIL import Image

from labeldesk.cli import main
from labeldesk.library import add_release, open_library
from labeldesk.model import Credit, Note, Release, Track
from labeldesk.tagging import Fields, read, write

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"
REPO = Path(__file__).resolve().parents[2]
NOTE = "I approached the music for this radio play as if scoring a feature film.\n\nA second paragraph."


def run(capsys, library_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--library", str(library_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def make_release(library_path: Path) -> Release:
    release = Release(
        title="Farewell Gulsary", kind="soundtrack", artists=["Andre Matthias"], label="Plaza Mayor Company Ltd",
        catalog_number="PMC 0099", barcode="8435383000016", release_date="2021-11-05",
        tracks=[Track("1", "Tanabai"), Track("2", "Gulsary"), Track("3", "The Herd")],
        credits=[Credit("Andre Matthias", "composer"), Credit("Sandro Friedrich", "performer", "duduk"),
                 Credit("Jens Lück", "mixing_engineer"), Credit("Stefano Rocchi", "recording_engineer")],
        notes=[Note(NOTE, "liner_note", ["Andre Matthias"], "en")],
    )
    with open_library(library_path) as lib:
        add_release(lib, release)
    return release


def audio_copy(fixture: str, directory: Path, name: str, **tags) -> Path:
    target = directory / name
    shutil.copyfile(AUDIO / fixture, target)
    if tags:
        write(target, Fields(**tags))
    return target


def snapshot(library_path: Path) -> dict[str, list]:
    """Every row of the tables these commands write, to show a failure changed nothing."""
    conn = sqlite3.connect(library_path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in ("audio_files", "covers", "edit_log")}
    finally:
        conn.close()


def image(path: Path, side: int, height: int | None = None, mode: str = "RGB") -> Path:
    Image.new(mode, (side, height or side), 0 if mode == "1" else (200, 120, 40)).save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_hash(path: Path) -> str:
    """What the library stores of a file's content, made here with xxhash itself."""
    return "xxh3-128:" + xxhash.xxh3_128(path.read_bytes()).hexdigest()


@pytest.fixture
def release(library_path) -> Release:
    return make_release(library_path)


@pytest.fixture
def attached(tmp_path, library_path, release, capsys) -> list[Path]:
    """Three files attached by their names, and a 1500 px cover set."""
    files = [audio_copy("tone.flac", tmp_path, "01 Tanabai.flac"), audio_copy("tone.mp3", tmp_path, "02 Gulsary.mp3"),
             audio_copy("tone.ogg", tmp_path, "03 The Herd.ogg")]
    assert run(capsys, library_path, "attach", str(release.id), *map(str, files))[0] == 0
    assert run(capsys, library_path, "cover", str(release.id), str(image(tmp_path / "cover.png", 1500)))[0] == 0
    return files


# --- attach ----------------------------------------------------------------------------------------


def test_attach_by_the_track_numbers_in_the_tags(tmp_path, library_path, release, capsys):
    files = [audio_copy("tone.flac", tmp_path, "b.flac", track=(3, 3)),
             audio_copy("tone.mp3", tmp_path, "c.mp3", track=(1, 3)),
             audio_copy("tone.opus", tmp_path, "a.opus", track=(2, 3))]
    code, out, err = run(capsys, library_path, "attach", str(release.id), *map(str, files))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Attached 3 files to “Farewell Gulsary” (#1):"
    assert [line.split() for line in lines[1:]] == [
        ["c.mp3", "→", "1", "Tanabai", "(by", "tag)"], ["a.opus", "→", "2", "Gulsary", "(by", "tag)"],
        ["b.flac", "→", "3", "The", "Herd", "(by", "tag)"]]
    rows = sqlite3.connect(library_path).execute(
        "SELECT t.position, a.path, a.format, a.size, a.content_hash FROM audio_files a JOIN tracks t ON t.id = a.track_id "
        "ORDER BY t.seq").fetchall()
    assert rows == [("1", str(files[1]), "mp3", files[1].stat().st_size, content_hash(files[1])),
                    ("2", str(files[2]), "opus", files[2].stat().st_size, content_hash(files[2])),
                    ("3", str(files[0]), "flac", files[0].stat().st_size, content_hash(files[0]))]


def test_attach_by_file_names_with_relative_paths(tmp_path, library_path, release, capsys, monkeypatch):
    audio_copy("tone.wav", tmp_path, "02 - Gulsary.wav")
    audio_copy("tone.aiff", tmp_path, "01 - Tanabai.aiff")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, library_path, "attach", str(release.id), "02 - Gulsary.wav", "01 - Tanabai.aiff")
    assert code == 0
    assert "01 - Tanabai.aiff  →     1  Tanabai  (by file name)" in out
    assert "02 - Gulsary.wav   →     2  Gulsary  (by file name)" in out
    assert out.rstrip().endswith("1 track without a file.")
    paths = [r[0] for r in sqlite3.connect(library_path).execute("SELECT path FROM audio_files ORDER BY track_id")]
    assert paths == [str(tmp_path / "01 - Tanabai.aiff"), str(tmp_path / "02 - Gulsary.wav")]  # stored absolute


def test_attach_by_order(tmp_path, library_path, release, capsys):
    files = [audio_copy("tone.mp3", tmp_path, "take-b.mp3"), audio_copy("tone.flac", tmp_path, "take-a.flac")]
    code, out, _ = run(capsys, library_path, "attach", str(release.id), "--by-order", *map(str, files))
    assert code == 0
    assert "take-a.flac  →     1  Tanabai  (by order)" in out and "take-b.mp3   →     2  Gulsary  (by order)" in out


def test_attaching_again_replaces_the_link(tmp_path, library_path, release, capsys):
    first = audio_copy("tone.flac", tmp_path, "01 x.flac")
    second = audio_copy("tone.mp3", tmp_path, "01 y.mp3")
    assert run(capsys, library_path, "attach", str(release.id), str(first))[0] == 0
    assert run(capsys, library_path, "attach", str(release.id), str(second))[0] == 0
    rows = sqlite3.connect(library_path).execute("SELECT path FROM audio_files").fetchall()
    assert rows == [(str(second),)]


@pytest.mark.parametrize("case", ["ambiguous", "incomplete", "too many for --by-order"])
def test_an_uncertain_match_is_refused_and_nothing_linked(tmp_path, library_path, release, capsys, case):
    if case == "ambiguous":
        files = [audio_copy("tone.flac", tmp_path, "x.flac", track=(1, 3)),
                 audio_copy("tone.mp3", tmp_path, "y.mp3", track=(1, 3))]
        argv = []
    elif case == "incomplete":
        files = [audio_copy("tone.flac", tmp_path, "01 Tanabai.flac"), audio_copy("tone.mp3", tmp_path, "mystery.mp3")]
        argv = []
    else:
        files = [audio_copy("tone.flac", tmp_path, f"{n}.flac") for n in range(4)]
        argv = ["--by-order"]
    before = snapshot(library_path)
    code, out, err = run(capsys, library_path, "attach", str(release.id), *argv, *map(str, files))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("labeldesk: ") and "nothing attached" in err
    if case != "too many for --by-order":
        assert "rename the files with track numbers, or use --by-order" in err
    assert snapshot(library_path) == before


@pytest.mark.parametrize("content", [b"liner notes, not audio\n" * 30, b"", b"ID3\x04\x00\x00\x00\x00\x00\x00text"])
def test_a_file_that_is_not_audio_is_refused_whatever_its_name(tmp_path, library_path, release, capsys, content):
    good = audio_copy("tone.flac", tmp_path, "01 Tanabai.flac")
    bad = tmp_path / "02 Gulsary.flac"
    bad.write_bytes(content)
    before = snapshot(library_path)
    code, out, err = run(capsys, library_path, "attach", str(release.id), str(good), str(bad))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "02 Gulsary.flac" in err and "Traceback" not in err
    assert snapshot(library_path) == before


def test_unknown_release_and_missing_file(tmp_path, library_path, release, capsys):
    good = audio_copy("tone.flac", tmp_path, "01 Tanabai.flac")
    assert run(capsys, library_path, "attach", "99", str(good)) == (1, "", "labeldesk: no release with id 99\n")
    code, _, err = run(capsys, library_path, "attach", str(release.id), str(tmp_path / "gone.flac"))
    assert code == 1 and "gone.flac: no such file" in err
    assert run(capsys, library_path, "tag", "x")[2].startswith("labeldesk: not a release id")


# --- cover -----------------------------------------------------------------------------------------


def test_cover_checks(tmp_path, library_path, release, capsys):
    rid = str(release.id)
    before = snapshot(library_path)
    for bad, words in ((image(tmp_path / "tiny.png", 300), "at least 500 px"),
                       (image(tmp_path / "wide.jpg", 1600, 900), "square"),
                       (image(tmp_path / "bomb.png", 10_000, mode="1"), "decompression bomb"),
                       (tmp_path / "gone.png", "No such file")):
        code, out, err = run(capsys, library_path, "cover", rid, str(bad))
        assert (code, out) == (1, ""), bad
        assert err.count("\n") == 1 and words in err, err
    text = tmp_path / "cover.jpg"
    text.write_text("not an image")
    assert "not an image" in run(capsys, library_path, "cover", rid, str(text))[2]
    assert snapshot(library_path) == before

    code, out, err = run(capsys, library_path, "cover", rid, str(image(tmp_path / "small.jpg", 600)))
    assert (code, out) == (0, "Cover set: 600×600 JPEG.\n")
    assert err == f"labeldesk: warning: {tmp_path / 'small.jpg'}: the image is 600×600 px; stores ask for at least 1400×1400\n"
    code, out, err = run(capsys, library_path, "cover", rid, str(image(tmp_path / "big.png", 1500)))
    assert (code, out, err) == (0, "Cover set: 1500×1500 PNG.\n", "")
    stored = sqlite3.connect(library_path).execute("SELECT image, mime, width, height FROM covers").fetchall()
    assert stored == [((tmp_path / "big.png").read_bytes(), "image/png", 1500, 1500)]


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path, library_path, release, capsys):
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    code, _, err = run(capsys, library_path, "cover", str(release.id), str(huge))
    assert code == 1 and "larger than 50 MB" in err


# --- tag -------------------------------------------------------------------------------------------


def test_dry_run_shows_old_and_new_and_writes_nothing(tmp_path, library_path, release, capsys, attached):
    write(attached[0], Fields(title="Old title", track=(1, 3)))
    run(capsys, library_path, "tag", str(release.id), "--force")  # the files as labeldesk would write them
    write(attached[0], Fields(title="Old title", track=(1, 3)))  # then changed behind its back
    digests = {p: digest(p) for p in attached}
    mtimes = {p: p.stat().st_mtime_ns for p in attached}
    before = snapshot(library_path)
    code, out, err = run(capsys, library_path, "tag", str(release.id), "--dry-run")
    assert (code, err) == (0, "")
    assert f"{attached[0]}  (track 1 “Tanabai”)\n  Title: Old title → Tanabai\n  Album: — → Farewell Gulsary\n" in out
    assert "  Cover: — → image/jpeg" in out
    assert "(changed on disk since it was attached: not written without --force)" in out
    assert f"{attached[1]}  (track 2 “Gulsary”): no changes" in out
    assert out.endswith("Dry run: nothing written.\n")
    assert {p: digest(p) for p in attached} == digests
    assert {p: p.stat().st_mtime_ns for p in attached} == mtimes
    assert snapshot(library_path) == before


def test_tag_then_read_tags_shows_the_fields(tmp_path, library_path, release, capsys, attached):
    code, out, err = run(capsys, library_path, "tag", str(release.id))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "3 written."
    code, out, err = run(capsys, library_path, "read-tags", "--json", *map(str, attached))
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [(f["path"], f["format"], f["cover_present"]) for f in found] == [
        (str(attached[0]), "flac", True), (str(attached[1]), "mp3", True), (str(attached[2]), "ogg", True)]
    fields = found[1]["fields"]
    assert fields["title"] == "Gulsary" and fields["album"] == "Farewell Gulsary"
    assert fields["artists"] == fields["album_artists"] == fields["composers"] == ["Andre Matthias"]
    assert fields["performers"] == [{"name": "Sandro Friedrich", "instrument": "duduk"}]
    assert (fields["mixers"], fields["engineers"]) == (["Jens Lück"], ["Stefano Rocchi"])
    assert (fields["label"], fields["catalog_number"], fields["barcode"], fields["date"]) == (
        "Plaza Mayor Company Ltd", "PMC 0099", "8435383000016", "2021-11-05")
    assert (fields["track"], fields["disc"], fields["genre"]) == ([2, 3], [1, 1], "Soundtrack")
    assert fields["liner_notes"] == NOTE + "\n— Andre Matthias"
    assert "Performer: Sandro Friedrich (duduk)" in fields["credits_text"]
    with Image.open(io.BytesIO(read(attached[1]).cover.data)) as embedded:
        assert embedded.size == (1400, 1400) and embedded.format == "JPEG"  # the 1500 px cover made smaller

    code, out, _ = run(capsys, library_path, "read-tags", str(attached[0]))
    assert code == 0
    assert out.startswith(f"{attached[0]}  (flac 0.5 s)\n  Title:")
    assert "  Performers:       Sandro Friedrich (duduk)\n" in out and "  Cover:            image/jpeg" in out

    # the library now knows the files as written: the next run finds nothing to do, nothing "changed"
    with open_library(library_path) as lib:
        stored = lib.conn.execute("SELECT path, size, content_hash FROM audio_files ORDER BY path").fetchall()
    assert stored == [(str(p), p.stat().st_size, content_hash(p)) for p in sorted(attached)]
    code, out, err = run(capsys, library_path, "tag", str(release.id))
    assert (code, err, out.splitlines()[-1]) == (0, "", "0 written, 3 already up to date.")


def test_a_file_changed_on_disk_is_skipped_unless_forced(tmp_path, library_path, release, capsys, attached):
    write(attached[1], Fields(title="Someone else's edit"))
    changed = digest(attached[1])
    before = snapshot(library_path)
    code, out, err = run(capsys, library_path, "tag", str(release.id))
    assert code == 1
    assert err == (f"labeldesk: {attached[1]}: changed on disk since it was attached; not written "
                   "(check it, then use --force to write anyway)\n")
    assert out.splitlines()[-1] == "2 written, 1 changed on disk, not written."
    assert digest(attached[1]) == changed
    after = snapshot(library_path)
    assert after["audio_files"][1] == before["audio_files"][1]  # its row untouched; the others updated
    assert after["audio_files"][0] != before["audio_files"][0]

    code, out, err = run(capsys, library_path, "tag", str(release.id), "--force")
    assert (code, err, out.splitlines()[-1]) == (0, "", "1 written, 2 already up to date.")
    assert read(attached[1]).title == "Gulsary"


def test_a_touched_file_with_the_same_content_is_not_changed(tmp_path, library_path, release, capsys, attached):
    os.utime(attached[0], ns=(0, 1_000_000_000))
    code, out, _ = run(capsys, library_path, "tag", str(release.id))
    assert (code, out.splitlines()[-1]) == (0, "3 written.")


def test_a_read_only_and_a_vanished_file_fail_alone(tmp_path, library_path, release, capsys, attached):
    os.chmod(attached[0], 0o444)
    attached[2].unlink()
    untouched = digest(attached[0])
    before = snapshot(library_path)
    code, out, err = run(capsys, library_path, "tag", str(release.id))
    assert code == 1
    assert err.splitlines() == [f"labeldesk: {attached[0]}: the file is read-only",
                                f"labeldesk: {attached[2]}: No such file or directory"]
    assert out == f"written    {attached[1]}\n1 written, 2 failed.\n"
    assert digest(attached[0]) == untouched and read(attached[1]).title == "Gulsary"
    after = snapshot(library_path)
    assert (after["audio_files"][0], after["audio_files"][2]) == (before["audio_files"][0], before["audio_files"][2])
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("library.db")) == [
        "01 Tanabai.flac", "02 Gulsary.mp3", "cover.png"]  # no temporary copy left


def test_tag_without_files_and_read_tags_of_what_is_not_audio(tmp_path, library_path, release, capsys):
    assert run(capsys, library_path, "tag", str(release.id)) == (
        1, "", "labeldesk: release 1 has no audio files attached (see `labeldesk attach`)\n")
    notes = tmp_path / "notes.mp3"
    notes.write_text("not audio at all\n" * 10)
    good = audio_copy("tone.flac", tmp_path, "good.flac")
    code, out, err = run(capsys, library_path, "read-tags", "--json", str(good), str(notes))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "notes.mp3: not an audio file" in err


# --- a real process --------------------------------------------------------------------------------


def test_attach_cover_tag_and_read_tags_as_real_processes(tmp_path, library_path, release):
    def labeldesk(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "labeldesk", "--library", str(library_path), *argv],
                              capture_output=True, text=True, timeout=120, cwd=REPO)

    files = [audio_copy("tone-aac.m4a", tmp_path, "a.m4a"),
             audio_copy("tone.wav", tmp_path, "b.wav")]
    done = labeldesk("attach", "1", "--by-order", *map(str, files))
    assert (done.returncode, done.stderr) == (0, "") and "(by order)" in done.stdout
    done = labeldesk("cover", "1", str(image(tmp_path / "c.png", 700)))
    assert done.returncode == 0 and "warning" in done.stderr
    done = labeldesk("tag", "1")
    assert (done.returncode, done.stderr, done.stdout.splitlines()[-1]) == (0, "", "2 written.")
    done = labeldesk("read-tags", "--json", *map(str, files))
    found = json.loads(done.stdout)
    assert [f["fields"]["title"] for f in found] == ["Tanabai", "Gulsary"]
    assert all(f["cover_present"] for f in found)
    os.chmod(files[0], 0o444)
    write(files[1], Fields(title="changed"))
    done = labeldesk("tag", "1")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.splitlines()[-1] == "0 written, 1 changed on disk, not written, 1 failed."
    assert len(done.stderr.splitlines()) == 2


def test_tag_with_sync_syncs_each_file_and_folder_and_says_so_in_its_help(tmp_path, library_path, release, capsys,
                                                                          attached, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    code, out, err = run(capsys, library_path, "tag", str(release.id), "--sync")
    assert (code, err, out.splitlines()[-1]) == (0, "", "3 written.")
    assert len(synced) >= 4  # each of the three new files, and their folder
    with open_library(library_path) as lib:
        stored = lib.conn.execute("SELECT path, content_hash FROM audio_files ORDER BY path").fetchall()
    assert stored == [(str(p), content_hash(p)) for p in sorted(attached)]

    synced.clear()
    write(attached[0], Fields(title="edited elsewhere"))  # changed on disk: left alone, nothing synced for it
    code, out, _ = run(capsys, library_path, "tag", str(release.id))
    assert code == 1 and synced == []  # without --sync nothing is synced

    with pytest.raises(SystemExit):
        main(["tag", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "killed or crashes at any moment" in help_text and "power cut" in help_text and "--sync" in help_text
