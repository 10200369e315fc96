"""One test class run over a tiny real file of every format."""

from __future__ import annotations

import base64
import os
import stat

import mutagen
import pytest
from mutagen import id3
from mutagen.flac import FLAC, Picture
from mutagen.mp4 import MP4, MP4FreeForm

from labeldesk.tagging import FIELD_NAMES, Cover, Fields, changes, read, read_file, supported_fields, write
from labeldesk.tagging.fields import normalised

from .helpers import FIXTURES, copy_fixture, cover_bytes, decoded_md5, full_fields

ALWAYS_SUPPORTED = set(FIELD_NAMES) - {"liner_notes_language"}


def assert_same_fields(got: Fields, want: Fields, names) -> None:
    for name in names:
        assert normalised(got.get(name)) == normalised(want.get(name)), name


@pytest.fixture(params=sorted(FIXTURES), ids=lambda name: name)
def audio(request, tmp_path):
    return copy_fixture(request.param, tmp_path)


class TestEveryFormat:
    def test_format_is_told_from_content(self, audio):
        assert read_file(audio).format == FIXTURES[audio.name]

    def test_fixture_starts_without_our_fields(self, audio):
        fields = read(audio)
        assert all(normalised(fields.get(n)) in (None, []) for n in FIELD_NAMES)

    def test_every_field_round_trips(self, audio):
        want = full_fields()
        write(audio, want)
        got = read(audio)
        assert ALWAYS_SUPPORTED <= supported_fields(audio)
        assert_same_fields(got, want, supported_fields(audio))
        assert got.performers == want.performers  # order and the instrument-less performer kept
        assert "\n\n" in got.liner_notes and got.liner_notes.count("\n") == want.liner_notes.count("\n")
        assert got.cover == want.cover

    def test_nothing_left_to_change_after_a_write(self, audio):
        write(audio, full_fields())
        assert changes(audio, full_fields()) == []
        before = os.stat(audio).st_mtime_ns
        assert write(audio, full_fields()) is None  # nothing to do: the file is not rewritten
        assert os.stat(audio).st_mtime_ns == before

    def test_changes_lists_old_and_new(self, audio):
        write(audio, full_fields())
        diff = changes(audio, full_fields(title="Another title", conductors=[]))
        assert diff == [("title", "Nana de la Negra Noche", "Another title"),
                        ("conductors", ["Pedro López Álvarez"], [])]

    def test_audio_is_unchanged(self, audio):
        before = decoded_md5(audio)
        write(audio, full_fields(cover=Cover(cover_bytes(900, noise=True))))
        assert decoded_md5(audio) == before
        write(audio, full_fields(cover=None, liner_notes="short"))  # shrinking the tag too
        assert decoded_md5(audio) == before

    def test_owned_fields_without_a_value_are_removed(self, audio):
        write(audio, full_fields())
        write(audio, Fields(title="Only a title"))
        got = read(audio)
        assert got.title == "Only a title"
        assert all(normalised(got.get(n)) in (None, []) for n in FIELD_NAMES if n != "title")

    def test_leave_alone_keeps_a_field(self, audio):
        write(audio, full_fields())
        write(audio, Fields(title="New"), leave_alone={"cover", "label"})
        got = read(audio)
        assert got.cover == full_fields().cover and got.label == "Plaza Mayor Company Ltd"
        assert got.album is None

    def test_file_mode_is_kept(self, audio):
        os.chmod(audio, 0o640)
        write(audio, full_fields())
        assert stat.S_IMODE(os.stat(audio).st_mode) == 0o640

    def test_no_temporary_file_is_left(self, audio):
        write(audio, full_fields())
        assert sorted(p.name for p in audio.parent.iterdir()) == [audio.name]

    def test_foreign_fields_survive(self, audio):
        add_foreign_fields(audio)
        write(audio, full_fields())
        write(audio, Fields(title="Second write"))
        assert foreign_fields(audio) == EXPECTED_FOREIGN[FIXTURES[audio.name]]
        assert mutagen.File(audio) is not None


# ---- fields labeldesk does not own, put in with mutagen itself ------------------------------------

RG = "-3.20 dB"
MB_TRACK = "6f1c0c73-6e0b-4e3e-9a5d-0c1d3c0ffee0"
LYRICS = "la la la\nla"
EXPECTED_FOREIGN = {
    "id3": {"replaygain": RG, "musicbrainz": MB_TRACK, "lyrics": LYRICS, "back cover": True, "dj-mix": "A DJ"},
    "vorbis": {"replaygain": RG, "musicbrainz": MB_TRACK, "lyrics": LYRICS, "back cover": True},
    "mp4": {"replaygain": RG, "musicbrainz": MB_TRACK, "lyrics": LYRICS},
}
for name in ("mp3", "wav", "aiff"):
    EXPECTED_FOREIGN[name] = EXPECTED_FOREIGN["id3"]
for name in ("flac", "ogg", "opus"):
    EXPECTED_FOREIGN[name] = EXPECTED_FOREIGN["vorbis"]
EXPECTED_FOREIGN["m4a"] = EXPECTED_FOREIGN["mp4"]


def _back_cover() -> Picture:
    picture = Picture()
    picture.type, picture.mime, picture.data = id3.PictureType.COVER_BACK, "image/jpeg", cover_bytes(50, (0, 0, 200))
    return picture


def add_foreign_fields(path) -> None:
    audio = mutagen.File(path)
    if audio.tags is None:
        audio.add_tags()
    tags = audio.tags
    if isinstance(tags, id3.ID3):
        tags.add(id3.TXXX(encoding=3, desc="REPLAYGAIN_TRACK_GAIN", text=[RG]))
        tags.add(id3.UFID(owner="http://musicbrainz.org", data=MB_TRACK.encode()))
        tags.add(id3.USLT(encoding=3, lang="eng", desc="", text=LYRICS))
        tags.add(id3.APIC(encoding=3, mime="image/jpeg", type=id3.PictureType.COVER_BACK, desc="back",
                          data=cover_bytes(50, (0, 0, 200))))
        tags.add(id3.TIPL(encoding=3, people=[["DJ-mix", "A DJ"], ["producer", "Old Producer"]]))
        tags.add(id3.TPE3(encoding=3, text=["Old Conductor"]))  # owned: must go
    elif isinstance(audio, MP4):
        tags["----:com.apple.iTunes:replaygain_track_gain"] = [MP4FreeForm(RG.encode())]
        tags["----:com.apple.iTunes:MusicBrainz Track Id"] = [MP4FreeForm(MB_TRACK.encode())]
        tags["©lyr"] = [LYRICS]
        tags["----:com.apple.iTunes:CONDUCTOR"] = [MP4FreeForm(b"Old Conductor")]
    else:
        tags["REPLAYGAIN_TRACK_GAIN"] = [RG]
        tags["MUSICBRAINZ_TRACKID"] = [MB_TRACK]
        tags["LYRICS"] = [LYRICS]
        tags["CONDUCTOR"] = ["Old Conductor"]
        if isinstance(audio, FLAC):
            audio.add_picture(_back_cover())
        else:
            tags["METADATA_BLOCK_PICTURE"] = [base64.b64encode(_back_cover().write()).decode()]
    audio.save()
    assert read(path).conductors == ["Old Conductor"]


def foreign_fields(path) -> dict:
    audio = mutagen.File(path)
    tags = audio.tags
    if isinstance(tags, id3.ID3):
        assert "TPE3" not in tags
        return {
            "replaygain": str(tags["TXXX:REPLAYGAIN_TRACK_GAIN"]),
            "musicbrainz": tags["UFID:http://musicbrainz.org"].data.decode(),
            "lyrics": str(tags["USLT::eng"]),
            "back cover": any(f.type == id3.PictureType.COVER_BACK for f in tags.getall("APIC")),
            "dj-mix": dict((r, n) for f in tags.getall("TIPL") for r, n in f.people).get("DJ-mix"),
        }
    if isinstance(audio, MP4):
        assert "----:com.apple.iTunes:CONDUCTOR" not in tags
        return {
            "replaygain": bytes(tags["----:com.apple.iTunes:replaygain_track_gain"][0]).decode(),
            "musicbrainz": bytes(tags["----:com.apple.iTunes:MusicBrainz Track Id"][0]).decode(),
            "lyrics": tags["©lyr"][0],
        }
    assert "CONDUCTOR" not in tags
    if isinstance(audio, FLAC):
        back = any(p.type == id3.PictureType.COVER_BACK for p in audio.pictures)
    else:
        back = any(Picture(base64.b64decode(v)).type == id3.PictureType.COVER_BACK
                   for v in tags.get("METADATA_BLOCK_PICTURE", []))
    return {"replaygain": tags["REPLAYGAIN_TRACK_GAIN"][0], "musicbrainz": tags["MUSICBRAINZ_TRACKID"][0],
            "lyrics": tags["LYRICS"][0], "back cover": back}
