"""Files labeldesk tags, read back by tools that are not labeldesk: beets' mediafile, ffprobe, exiftool."""

from __future__ import annotations

import base64
import json
import subprocess

import pytest
from mediafile import MediaFile

from labeldesk.tagging import Cover, write
from labeldesk.tagging.mapping import fields_for_track

from .helpers import FIXTURES, copy_fixture, cover_bytes, needs
from .sample_release import sample_release

COVER = Cover(cover_bytes(700), "image/jpeg")


@pytest.fixture(params=sorted(FIXTURES), ids=lambda name: name)
def tagged(request, tmp_path):
    path = copy_fixture(request.param, tmp_path)
    release = sample_release()
    fields = fields_for_track(release, release.tracks[1], COVER)
    write(path, fields)
    return path, fields


def test_mediafile_reads_the_main_fields(tagged):
    path, fields = tagged
    media = MediaFile(str(path))
    assert media.title == "Nana de la Negra Noche"
    assert media.album == "La Mancha Negra"
    assert media.albumartist == "Jesús Calderón"
    assert media.composer == "Jesús Calderón"
    assert media.label == "Plaza Mayor Company Ltd"
    assert (media.track, media.tracktotal) == (2, 3)
    assert (media.disc, media.disctotal) == (1, 1)
    assert media.catalognum == "PMC 0142"
    assert media.genre == "Soundtrack"
    assert media.art == COVER.data


def _ffprobe_tags(path) -> dict:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-print_format", "json",
                          str(path)], check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    tags = dict(data["format"].get("tags", {}))
    for stream in data["streams"]:  # Ogg keeps its comments on the audio stream
        if stream.get("codec_type") == "audio":
            tags.update(stream.get("tags", {}))
    return tags


@needs("ffprobe")
def test_ffprobe_sees_title_notes_and_credits(tagged):
    path, fields = tagged
    tags = _ffprobe_tags(path)
    values = "\n".join(tags.values())
    assert tags.get("title", tags.get("TITLE")) == "Nana de la Negra Noche"
    assert fields.liner_notes in tags.values()  # one value, its newlines kept
    if FIXTURES[path.name] == "wav":
        # ffmpeg shows a WAV's INFO list and ignores its ID3 chunk once INFO is there
        assert tags["IMUS"] == "Jesús Calderón"
        return
    for name in ("Zenobia Fernández", "Ingrid Lie", "Sara Holm", "Enrique Garcia"):
        assert name in values


@needs("exiftool")
def test_exiftool_sees_performers_mixer_and_notes(tagged):
    path, fields = tagged
    # -b: exiftool hands iTunes freeform values with non-ASCII text over as binary (base64 in JSON)
    out = subprocess.run(["exiftool", "-j", "-b", "-a", "-G1", str(path)], check=True, capture_output=True,
                         text=True).stdout
    (data,) = json.loads(out)
    data = {key: _unbase64(value) for key, value in data.items()}
    values = "\n".join(str(v) for v in data.values())
    for name in ("Zenobia Fernández", "Ingrid Lie", "Orquesta de Córdoba", "Sara Holm"):
        assert name in values, name
    assert fields.liner_notes in data.values()
    warnings = [v for k, v in data.items() if k.endswith(":Warning")]
    # the only warning allowed: exiftool does not know code page 65001 (UTF-8) by number, and then
    # reads the INFO text as it is, which is right
    assert warnings in ([], ["Unsupported character set (65001)"])


def _unbase64(value):
    if isinstance(value, list):
        return [_unbase64(v) for v in value]
    if isinstance(value, str) and value.startswith("base64:"):
        return base64.b64decode(value[7:]).decode("utf-8", "replace")
    return value
