"""The whole export on real audio files of every format, read back with independent readers."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
from dataclasses import replace
from pathlib import Path

import mediafile
import pytest
from PIL import Image

from labeldesk.errors import UserError
from labeldesk.export import ExportCancelled, ExportOptions, export_release
from labeldesk.tagging import read as read_tags

from .helpers import FORMATS, cover_bytes, files_for, make_release

SIDE_FILES = {"cover.jpg", "manifest.csv", "manifest.json", "credits.csv", "liner-notes.txt", "ddex.xml"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.iterdir()) if target.exists() else []


@pytest.fixture
def exported(tmp_path, sources, big_cover):
    release = make_release()
    before = {p: p.read_bytes() for p in sources}
    steps = []
    result = export_release(release, files_for(release, sources), big_cover, tmp_path / "out",
                            progress=lambda done, total: steps.append((done, total)))
    return release, sources, before, result, steps


def test_folder_layout_and_names(exported, tmp_path):
    release, sources, _, result, _ = exported
    assert result.folder == tmp_path / "out" / "Jesús Calderón - La Mancha Negra (2021)"
    assert leftovers(tmp_path / "out") == [result.folder.name]  # no staging folder left
    names = {p.name for p in result.folder.iterdir()}
    audio = sorted(names - SIDE_FILES)
    assert SIDE_FILES <= names
    assert audio == ["1-01 Track 1.mp3", "1-02 Track 2.flac", "1-03 Track 3.ogg", "1-04 Track 4.opus",
                     "2-01 Track 5.m4a", "2-02 Track 6.m4a", "2-03 Track 7.wav", "2-04 Track 8.aiff"]
    assert [f.path.name for f in result.files] == [
        p for p in audio]  # in running order, and the paths point at the final folder
    assert all(f.path.parent == result.folder and f.path.exists() for f in result.files)


def test_every_copy_is_tagged_with_album_composer_and_cover(exported):
    release, _, _, result, _ = exported
    for exported_file in result.files:
        tags = mediafile.MediaFile(str(exported_file.path))
        assert tags.album == "La Mancha Negra", exported_file.path.name
        assert tags.title == exported_file.track.title
        assert tags.composer == "Jesús Calderón", exported_file.path.name
        # track 2's own composer credit follows the release's (the tagging mapping's rule)
        expected = ["Jesús Calderón", "Traditional"] if exported_file.track.title == "Track 2" else ["Jesús Calderón"]
        assert read_tags(exported_file.path).composers == expected, exported_file.path.name
        art = tags.art
        assert art, f"no cover in {exported_file.path.name}"
        image = Image.open(io.BytesIO(art))
        assert image.format == "JPEG" and image.size == (1400, 1400)


def test_originals_are_byte_identical(exported):
    _, sources, before, _, _ = exported
    for path in sources:
        assert path.read_bytes() == before[path]
        assert mediafile.MediaFile(str(path)).album is None


def test_cover_jpg_is_rgb_at_the_distributor_size(exported):
    result = exported[3]
    image = Image.open(result.folder / "cover.jpg")
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (3000, 3000))


def test_manifest_rows_match_the_files(exported):
    release, _, _, result, _ = exported
    with open(result.folder / "manifest.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    document = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert len(rows) == len(document["files"]) == len(FORMATS)
    assert document["release"]["barcode"] == "4006381333931"
    for row, entry, track in zip(rows, document["files"], release.tracks):
        path = result.folder / row["file"]
        assert row["sha256"] == entry["sha256"] == sha256(path)
        assert int(row["size"]) == entry["size"] == path.stat().st_size
        assert (row["disc"], row["track"], row["title"]) == (str(track.disc), track.position, track.title)
        assert row["artists"] == "Jesús Calderón" and entry["artists"] == ["Jesús Calderón"]
        assert 0.3 < float(row["duration"]) < 1.0  # read from the half-second file, not the track's 1 s
        assert row["isrc"] == ""


def test_credits_csv_has_release_and_track_credits(exported):
    release, _, _, result, _ = exported
    with open(result.folder / "credits.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(release.all_credits())
    assert rows[0] == {"role_id": "composer", "role": "Composer", "name": "Jesús Calderón", "instrument": "",
                       "scope": "", "disc": "", "track": "", "track_title": ""}
    cello = next(r for r in rows if r["instrument"] == "cello")
    assert (cello["name"], cello["role"]) == ("Marta Ruiz", "Performer")
    soprano = next(r for r in rows if r["instrument"] == "soprano")
    assert (soprano["disc"], soprano["track"], soprano["track_title"]) == ("1", "1", "Track 1")


def test_liner_notes_carry_their_signatures(exported):
    text = (exported[3].folder / "liner-notes.txt").read_text(encoding="utf-8")
    assert "I started the composition in winter.\nThe orchestra came later.\n— Jesús Calderón, Madrid, Marzo 2021" in text
    assert "A girl finds a black stain on the map." in text


def test_progress_counts_every_file_and_the_side_files(exported):
    steps = exported[4]
    total = len(FORMATS) + 1
    assert steps[0] == (0, total) and steps[-1] == (total, total)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_single_disc_names_have_no_disc_part(tmp_path, sources):
    release = make_release(["One", "Two"], discs=1)
    result = export_release(release, files_for(release, sources), None, tmp_path)
    assert sorted(p.name for p in result.folder.iterdir() if p.suffix in (".mp3", ".flac")) == ["01 One.mp3", "02 Two.flac"]
    assert "cover.jpg" not in {p.name for p in result.folder.iterdir()}
    assert any("no cover" in w for w in result.warnings)


def test_template_option_and_duplicate_names(tmp_path, sources):
    release = make_release(["Same", "Same", "Other"], discs=1)
    files = files_for(release, [sources[0], sources[0], sources[1]])
    result = export_release(release, files, None, tmp_path, ExportOptions(template="{catalog_number} {title}"))
    assert [f.path.name for f in result.files] == ["PMC-0042 Same.mp3", "PMC-0042 Same (2).mp3", "PMC-0042 Other.flac"]


HOSTILE = ["../../../../escape", 'a/b\\c:d*e?f"g<h>i|j', "CON", "Trailing dots...", "ü" * 400, "..", "nul.txt"]


def test_hostile_titles_stay_inside_the_target(tmp_path, sources):
    release = make_release(HOSTILE, discs=1)
    release.title = "../../../outside"
    release.artists = ["AUX"]
    target = tmp_path / "deep" / "target"
    before = set(tmp_path.rglob("*"))
    result = export_release(release, files_for(release, sources), None, target)
    new = set(tmp_path.rglob("*")) - before
    assert new and all(target in p.parents or p in (target, target.parent) for p in new), new
    assert result.folder.parent == target
    names = [f.path.name for f in result.files]
    assert names[0] == "01 .._.._.._.._escape.mp3"  # dots inside a name are harmless
    assert result.folder.name == "AUX - .._.._.._outside (2021)"
    assert names[1] == "02 a_b_c_d_e_f_g_h_i_j.flac"
    assert names[2] == "03 CON.ogg"  # the track number keeps it from being a device name
    assert names[3] == "04 Trailing dots.opus"
    assert len(names[4].encode("utf-8")) <= 120 and names[4].endswith(".m4a")
    for name in names:
        assert (result.folder / name).is_file()


def test_a_reserved_name_alone_is_prefixed(tmp_path, sources):
    release = make_release(["CON", "prn"], discs=1)
    result = export_release(release, files_for(release, sources), None, tmp_path,
                            ExportOptions(template="{title}"))
    assert [f.path.name for f in result.files] == ["_CON.mp3", "_prn.flac"]


@pytest.mark.parametrize("template", ["{0.__class__}", "{title.__class__}", "{title!r}"])
def test_a_template_that_reaches_into_objects_is_refused_before_anything_is_written(tmp_path, sources, template):
    release = make_release()
    with pytest.raises(UserError) as caught:
        export_release(release, files_for(release, sources), None, tmp_path / "out", ExportOptions(template=template))
    assert "template" in str(caught.value)
    assert leftovers(tmp_path / "out") == []


def test_a_source_file_missing_midway_leaves_nothing(tmp_path, sources, big_cover):
    release = make_release()
    target = tmp_path / "out"

    def lose_a_file(done, total):
        if done == 0:  # after the checks made before the export starts, before any copy
            sources[4].unlink()

    with pytest.raises(UserError) as caught:
        export_release(release, files_for(release, sources), big_cover, target, progress=lose_a_file)
    assert "missing source file" in str(caught.value) and str(sources[4]) in str(caught.value)
    assert leftovers(target) == []


def test_a_missing_source_file_is_refused_up_front(tmp_path, sources):
    release = make_release()
    sources[3].unlink()
    with pytest.raises(UserError, match="missing source file"):
        export_release(release, files_for(release, sources), None, tmp_path / "out")
    assert leftovers(tmp_path / "out") == []


def test_no_files_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="no audio files"):
        export_release(make_release(), [], None, tmp_path)


def test_a_tagging_failure_leaves_nothing(tmp_path, sources):
    release = make_release()
    not_audio = tmp_path / "not-audio.flac"
    not_audio.write_bytes(b"this is not a FLAC file" * 100)
    files = files_for(release, sources)
    files[5] = replace(files[5], source_path=not_audio)
    with pytest.raises(UserError):
        export_release(release, files, None, tmp_path / "out")
    assert leftovers(tmp_path / "out") == []


def test_an_existing_export_is_refused_without_force_and_replaced_with_it(tmp_path, sources, big_cover):
    release = make_release()
    first = export_release(release, files_for(release, sources), None, tmp_path)
    (first.folder / "stale.txt").write_text("from before")
    with pytest.raises(UserError, match="already exists"):
        export_release(release, files_for(release, sources), big_cover, tmp_path)
    assert (first.folder / "stale.txt").exists()
    assert not (first.folder / "cover.jpg").exists()

    second = export_release(release, files_for(release, sources), big_cover, tmp_path, ExportOptions(force=True))
    assert second.folder == first.folder
    assert not (second.folder / "stale.txt").exists() and (second.folder / "cover.jpg").exists()
    assert leftovers(tmp_path) == sorted(["originals", second.folder.name])


def test_a_failed_forced_export_keeps_the_previous_one(tmp_path, sources):
    release = make_release()
    first = export_release(release, files_for(release, sources), None, tmp_path)
    sources[6].unlink()
    with pytest.raises(UserError):
        export_release(release, files_for(release, sources), None, tmp_path, ExportOptions(force=True))
    assert sorted(p.name for p in first.folder.iterdir()) != []
    assert (first.folder / "manifest.csv").exists()
    assert leftovers(tmp_path) == sorted(["originals", first.folder.name])


@pytest.mark.parametrize("as_event", [False, True])
def test_cancel_midway_leaves_nothing(tmp_path, sources, as_event):
    release = make_release()
    flag = threading.Event()

    def cancel_after_three(done, total):
        if done == 3:
            flag.set()

    with pytest.raises(ExportCancelled):
        export_release(release, files_for(release, sources), None, tmp_path / "out",
                       progress=cancel_after_three, cancel=flag if as_event else flag.is_set)
    assert leftovers(tmp_path / "out") == []


def test_a_small_cover_is_not_upscaled(tmp_path, sources):
    release = make_release()
    result = export_release(release, files_for(release, sources), cover_bytes(800, fmt="JPEG"), tmp_path)
    image = Image.open(result.folder / "cover.jpg")
    assert (image.mode, image.size) == ("RGB", (800, 800))
    assert any("smaller than 3000" in w for w in result.warnings)
    art = Image.open(io.BytesIO(mediafile.MediaFile(str(result.files[0].path)).art))
    assert art.size == (800, 800)


def test_cover_sizes_are_options(tmp_path, sources, big_cover):
    release = make_release()
    result = export_release(release, files_for(release, sources), big_cover, tmp_path,
                            ExportOptions(cover_size=2000, player_cover_size=600, ddex=False))
    assert Image.open(result.folder / "cover.jpg").size == (2000, 2000)
    assert Image.open(io.BytesIO(mediafile.MediaFile(str(result.files[1].path)).art)).size == (600, 600)
    assert not (result.folder / "ddex.xml").exists()


def test_a_target_that_is_a_file_is_refused(tmp_path, sources):
    release = make_release()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="not a folder"):
        export_release(release, files_for(release, sources), None, blocker)


def test_a_bad_sender_dpid_is_refused(tmp_path, sources):
    release = make_release()
    with pytest.raises(UserError, match="DPID"):
        export_release(release, files_for(release, sources), None, tmp_path / "out",
                       ExportOptions(sender=("12345", "Label")))
    assert leftovers(tmp_path / "out") == []


FULL_DISK = r"""
import resource, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])  # the tests folder: the export package and the samples beside it
from export.helpers import files_for, make_release
from labeldesk.errors import UserError
from labeldesk.export import export_release
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
sources = [Path(p) for p in sys.argv[3:]]
big = max(p.stat().st_size for p in sources)
resource.setrlimit(resource.RLIMIT_FSIZE, (big - 1000, big - 1000))  # the largest copy cannot be written
release = make_release()
try:
    export_release(release, files_for(release, sources), None, Path(sys.argv[2]))
except UserError as exc:
    print("UserError:", exc)
"""


def test_a_write_failure_midway_leaves_nothing(tmp_path, sources):
    import subprocess
    import sys

    target = tmp_path / "out"
    # -B: with the size limit, the interpreter would cut short the bytecode caches it writes
    done = subprocess.run([sys.executable, "-B", "-c", FULL_DISK, str(Path(__file__).parent.parent), str(target),
                           *map(str, sources)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("UserError:") and done.stdout.count("\n") == 1, done.stdout
    assert leftovers(target) == []


def test_sources_inside_the_folder_to_replace_are_refused(tmp_path, sources):
    release = make_release()
    first = export_release(release, files_for(release, sources), None, tmp_path / "out")
    with pytest.raises(UserError, match="the folder the export would replace"):
        export_release(release, [replace(f, source_path=f.path) for f in first.files], None, tmp_path / "out",
                       ExportOptions(force=True))
    assert all(f.path.exists() for f in first.files)


def test_tracks_are_matched_to_the_release(tmp_path, sources):
    release = make_release()
    copies = [replace(f, track=replace(f.track)) for f in files_for(release, sources)]  # equal, not the same
    result = export_release(release, list(reversed(copies)), None, tmp_path)
    assert [f.track for f in result.files] == release.tracks
    assert all(f.track is t for f, t in zip(result.files, release.tracks))

    stranger = replace(copies[0], track=replace(copies[0].track, title="Not on this release"))
    with pytest.raises(UserError, match="not on 'La Mancha Negra'"):
        export_release(release, [stranger], None, tmp_path / "other")
