"""The whole way from a catalogue entry to tagged files: import the gold entries, attach one file of
every format to "Farewell Gulsary", set a 1500 px cover, tag, and check the files with readers that
are not labeldesk's (mediafile, exiftool, ffprobe) and that the audio is untouched."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from mediafile import MediaFile
from PIL import Image

from labeldesk.cli import main

TESTS = Path(__file__).resolve().parents[1]
AUDIO = TESTS / "fixtures" / "audio"
GOLD = TESTS.parent.parent / "shared" / "corpus" / "gold" / "000_e2eea040e6b7e75d.json"
# file name (sorted by --by-order: the n-th is track n) <- fixture; one of every format
FILES = {"1.mp3": "tone.mp3", "2.flac": "tone.flac", "3.ogg": "tone.ogg", "4.opus": "tone.opus",
         "5.m4a": "tone-aac.m4a", "6.wav": "tone.wav", "7.aiff": "tone.aiff"}

pytestmark = [
    pytest.mark.skipif(not GOLD.exists(), reason="../shared (the gold corpus) is not present"),
    pytest.mark.skipif(not (shutil.which("ffmpeg") and shutil.which("ffprobe") and shutil.which("exiftool")),
                       reason="needs ffmpeg, ffprobe and exiftool"),
]


def run(capsys, library: Path, *argv: str) -> str:
    code = main(["--library", str(library), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def decoded_md5(path: Path) -> str:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a", "-f", "md5", "-"],
                          check=True, capture_output=True, text=True).stdout.strip()


def other_readers(path: Path) -> str:
    """What exiftool and ffprobe see in the file, as one text to search."""
    exif = subprocess.run(["exiftool", "-j", "-a", "-G1", str(path)], capture_output=True, text=True).stdout
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags", "-of", "json",
                            str(path)], capture_output=True, text=True).stdout
    return json.dumps(json.loads(exif), ensure_ascii=False) + json.dumps(json.loads(probe), ensure_ascii=False)


def test_farewell_gulsary_in_seven_formats(tmp_path, capsys):
    library = tmp_path / "library.db"
    run(capsys, library, "import", str(GOLD))
    [gulsary] = [r["id"] for r in json.loads(run(capsys, library, "releases", "--json"))
                 if r["title"] == "Farewell Gulsary"]
    paths = []
    for name, fixture in FILES.items():
        paths.append(tmp_path / name)
        shutil.copyfile(AUDIO / fixture, paths[-1])
    audio_before = {p: decoded_md5(p) for p in paths}

    out = run(capsys, library, "attach", str(gulsary), "--by-order", *map(str, paths))
    assert "7.aiff  →     7  Night  (by order)" in out
    cover = tmp_path / "cover.png"
    Image.effect_noise((1500, 1500), 50).convert("RGB").save(cover)
    run(capsys, library, "cover", str(gulsary), str(cover))
    assert run(capsys, library, "tag", str(gulsary)).splitlines()[-1] == "7 written."

    for number, path in enumerate(paths, start=1):
        media = MediaFile(str(path))
        assert media.album == "Farewell Gulsary", path.name
        assert media.albumartist == "Andre Matthias", path.name
        assert media.label == "Plaza Mayor Company Ltd", path.name
        assert (media.track, media.tracktotal) == (number, 21), path.name
        # every file names the score's composer first; track 3, "The Camel's Lament (Koshok)", a
        # traditional melody, adds its own composer credit after it
        assert media.composer == "Andre Matthias", path.name
        expected = ["Andre Matthias", "Traditional"] if number == 3 else ["Andre Matthias"]
        assert media.composers == expected, path.name
        assert media.title, path.name
        [art] = media.images
        with Image.open(io.BytesIO(art.data)) as embedded:
            assert embedded.size == (1400, 1400), path.name

        seen = other_readers(path)
        assert "Sandro Friedrich (duduk)" in seen or "duduk/Sandro Friedrich" in seen, path.name
        assert "Jens Lück" in seen, path.name
        assert "I approached the music for this radio play as if scoring a feature film" in seen, path.name
        assert decoded_md5(path) == audio_before[path], path.name
    titles = [MediaFile(str(p)).title for p in paths]
    assert titles == ["Tanabai", "Gulsary", "The Camel’s Lament (Koshok)", "The Herd", "Dreams and Memories",
                      "Tanabai’s Song", "Night"]
