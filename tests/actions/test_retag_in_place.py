"""Re-tagging after an edit: FLAC files are switched to their new tags in place (the same file, no
copy), alternately into the padding at the back and at the front; MP3 tags in place only when what
changed lies within one page. Every state on the way is a whole, valid file: checked after each
write, and by killing a process that re-tags files over and over."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import mutagen
import pytest

from labeldesk.actions.audio import WRITTEN, attach, tag_release
from labeldesk.library import add_release, get_release, update_release
from labeldesk.model import Credit, Note, Release, Track
from labeldesk.tagging import Cover, Fields, read, write
from labeldesk.tagging.fields import FIELD_NAMES, normalised

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


def decoded_md5(path: Path) -> str:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a", "-f", "md5", "-"],
                          check=True, capture_output=True, text=True).stdout.strip()


def flac_blocks(path: Path) -> list[tuple[int, int, bool]]:
    """(type, length, all zeros) of every metadata block after STREAMINFO, read straight from the file."""
    data = path.read_bytes()
    assert data[:4] == b"fLaC"
    position, blocks, last = 4, [], False
    while not last:
        code, length = data[position] & 0x7F, int.from_bytes(data[position + 1:position + 4], "big")
        last = bool(data[position] & 0x80)
        body = data[position + 4:position + 4 + length]
        assert len(body) == length, "a block runs past the end of the file"
        blocks.append((code, length, body.count(0) == length))
        position += 4 + length
    return blocks[1:]


def cover() -> Cover:
    import hashlib
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (300, 300), hashlib.shake_256(b"retag").digest(300 * 300 * 3)).save(out, "JPEG")
    return Cover(out.getvalue())


def test_a_release_retagged_after_edits_is_written_in_place(tmp_path, library):
    release = Release(title="Farewell Gulsary", artists=["Andre Matthias"], label="Plaza Mayor Company Ltd",
                      tracks=[Track("1", "Tanabai"), Track("2", "Gulsary")],
                      credits=[Credit("Sandro Friedrich", "performer", "duduk")],
                      notes=[Note("A long night in the mountains. " * 20, "liner_note", ["Andre Matthias"])])
    add_release(library, release)
    flac = tmp_path / "01 Tanabai.flac"
    shutil.copyfile(AUDIO / "tone.flac", flac)
    shutil.copyfile(AUDIO / "tone.mp3", tmp_path / "02 Gulsary.mp3")
    attach(library, release.id, [flac, tmp_path / "02 Gulsary.mp3"])
    audio = decoded_md5(flac)
    assert {r.status for r in tag_release(library, release.id).results} == {WRITTEN}
    first_inode, size = flac.stat().st_ino, flac.stat().st_size

    for round_number, title in enumerate(["Tanabai (Main Title)", "Tanabai", "Tanabai — the long night"]):
        edited = get_release(library, release.id)
        edited.tracks[0].title = title
        edited.notes[0].text += f" Round {round_number}."
        update_release(library, edited)
        report = tag_release(library, release.id)
        assert [r.status for r in report.results] == [WRITTEN, WRITTEN]
        assert (flac.stat().st_ino, flac.stat().st_size) == (first_inode, size), "written in place"
        got = read(flac)
        assert got.title == title and got.liner_notes.endswith(f"Round {round_number}.\n— Andre Matthias")
        assert mutagen.File(flac).info.length == pytest.approx(0.5, abs=0.01)
        assert decoded_md5(flac) == audio
        blocks = flac_blocks(flac)
        assert [code for code, _, _ in blocks].count(4) == 1  # one VORBIS_COMMENT
        assert all(zeros for code, _, zeros in blocks if code == 1), "padding is zeros"
    # the library followed every write: nothing is "changed on disk"
    assert {r.status for r in tag_release(library, release.id).results} == {"unchanged"}


def test_mp3_in_place_only_when_the_change_fits_one_page(tmp_path):
    path = tmp_path / "tone.mp3"
    shutil.copyfile(AUDIO / "tone.mp3", path)
    fields = Fields(title="Gulsary", album="Farewell Gulsary", date="2021-05-14", track=(2, 21), cover=cover(),
                    liner_notes="Notes. " * 300)
    write(path, fields)
    inode = path.stat().st_ino
    fields.date = "2021-05-15"  # same length: one byte differs
    write(path, fields)
    assert path.stat().st_ino == inode and read(path).date == "2021-05-15"
    fields.title = "Gulsary (Main Title)"  # every frame after it moves: more than one page
    write(path, fields)
    assert path.stat().st_ino != inode and read(path).title == "Gulsary (Main Title)"
    assert decoded_md5(path) == decoded_md5(AUDIO / "tone.mp3")


# --- killed while re-tagging --------------------------------------------------------------------------

CHILD = r'''
import sys
from labeldesk.tagging import Fields, write
from labeldesk.tagging.fields import Cover
sys.path.insert(0, sys.argv[1])
from test_retag_in_place import STATES
paths = sys.argv[2:]
print("ready", flush=True)
n = 0
while True:
    for p in paths:
        write(p, STATES[n % 2])
    n += 1
'''


def _states() -> list[Fields]:
    art = cover()
    return [Fields(title="State A", album="La Mancha Negra", artists=["Jesús Calderón"], track=(1, 9), cover=art,
                   liner_notes="Short note."),
            Fields(title="State B — a longer title", album="La Mancha Negra", artists=["Jesús Calderón", "Ana"],
                   track=(2, 9), cover=art, mixers=["Sara Holm"], liner_notes="A longer note. " * 200)]


STATES = _states()


def _state_of(path: Path) -> str:
    assert mutagen.File(path) is not None, f"{path.name} does not read"
    got = read(path)
    for label, fields in zip("AB", STATES):
        if all(normalised(got.get(n)) == normalised(fields.get(n)) for n in FIELD_NAMES
               if n != "liner_notes_language"):
            return label
    raise AssertionError(f"{path.name} is half tagged: {got}")


def test_killed_while_switching_in_place_every_file_is_whole(tmp_path):
    audio = decoded_md5(AUDIO / "tone.flac")
    rng = random.Random(7)
    seen = set()
    for round_number in range(5):
        directory = tmp_path / f"round{round_number}"
        directory.mkdir()
        paths = []
        for i in range(6):
            paths.append(directory / f"{i}.flac")
            shutil.copyfile(AUDIO / "tone.flac", paths[-1])
            write(paths[-1], STATES[1])  # laid out once, with room: from here on every write is in place
        inodes = [p.stat().st_ino for p in paths]
        env = dict(os.environ, PYTHONPATH=str(REPO))
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(Path(__file__).parent), *map(str, paths)],
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.2, 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        for path, inode in zip(paths, inodes):
            seen.add(_state_of(path))
            assert path.stat().st_ino == inode, "a write took the copy path; the test would prove nothing"
            assert decoded_md5(path) == audio
    assert seen == {"A", "B"}
