"""The tagged copies themselves, on FLAC and MP3 sources that already carry tags of their own: what
the copy keeps, what it replaces, that its audio is the source's byte for byte, and that the size
and hash the manifest gives are the file's. Read back with mutagen and mediafile, not labeldesk."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import mediafile
import pytest
from mutagen import id3
from mutagen.flac import FLAC, Picture
from mutagen.id3 import PictureType
from PIL import Image

from labeldesk.errors import UserError
from labeldesk.export import ExportFile, export_release
from labeldesk.tagging import front
from labeldesk.tagging.formats import FORMATS

from .helpers import AUDIO, cover_bytes, make_release

OLD_COVER = cover_bytes(600, fmt="JPEG")
BACK_COVER = cover_bytes(500, fmt="PNG")


def _picture(data: bytes, kind: PictureType, mime: str) -> Picture:
    picture = Picture()
    picture.type, picture.mime, picture.data = kind, mime, data
    return picture


def tagged_flac(folder: Path, name: str) -> Path:
    """tone.flac carrying an ISRC, a tag labeldesk does not own, a title to be replaced, an old front
    cover and a back cover."""
    path = Path(shutil.copy(AUDIO / "tone.flac", folder / name))
    audio = FLAC(path)
    audio["ISRC"] = "GB-AYE-12-00001"
    audio["MOOD"] = "Brooding"
    audio["TITLE"] = "An old title"
    audio.add_picture(_picture(OLD_COVER, PictureType.COVER_FRONT, "image/jpeg"))
    audio.add_picture(_picture(BACK_COVER, PictureType.COVER_BACK, "image/png"))
    audio.save()
    return path


def tagged_mp3(folder: Path, name: str, id3v1: bool = False) -> Path:
    """tone.mp3 with the same kinds of tags as an ID3v2.3 tag (and an ID3v1 tag at the end)."""
    path = Path(shutil.copy(AUDIO / "tone.mp3", folder / name))
    tags = id3.ID3()
    tags.add(id3.TSRC(encoding=3, text=["GBAYE1200002"]))
    tags.add(id3.TXXX(encoding=3, desc="MOOD", text=["Brooding"]))
    tags.add(id3.TIT2(encoding=3, text=["An old title"]))
    tags.add(id3.APIC(encoding=3, mime="image/jpeg", type=PictureType.COVER_FRONT, desc="old", data=OLD_COVER))
    tags.add(id3.APIC(encoding=3, mime="image/png", type=PictureType.COVER_BACK, desc="back", data=BACK_COVER))
    tags.save(path, v2_version=3, v1=2 if id3v1 else 0)
    return path


def audio_part(path: Path) -> bytes:
    """The file's bytes after its front tag region (and before an ID3v1 tag)."""
    fmt = FORMATS["flac" if path.suffix == ".flac" else "mp3"]
    data = path.read_bytes()
    if data[-128:-125] == b"TAG":
        data = data[:-128]
    layout = front.layout_of(str(path), fmt)
    start = layout.audio_start if layout is not None else _id3_end(data)
    return data[start:]


def _id3_end(data: bytes) -> int:
    size = 0
    for byte in data[6:10]:
        size = (size << 7) | byte
    return 10 + size


@pytest.fixture
def export(tmp_path, big_cover):
    def run(sources: list[Path]):
        release = make_release([f"Track {n}" for n in range(1, max(3, len(sources)) + 1)], discs=1)
        release.tracks[1].credits.clear()  # no per-track credit: every file gets the same credits
        files = [ExportFile(track, path) for track, path in zip(release.tracks, sources)]
        return export_release(release, files, big_cover, tmp_path / "out")
    return run


def test_flac_and_mp3_copies_keep_foreign_tags_and_replace_the_front_cover(tmp_path, export):
    folder = tmp_path / "originals"
    folder.mkdir()
    sources = [tagged_flac(folder, "a.flac"), tagged_mp3(folder, "b.mp3"), tagged_mp3(folder, "c.mp3", id3v1=True)]
    before = {p: p.read_bytes() for p in sources}
    result = export(sources)

    flac = FLAC(result.files[0].path)
    assert flac["TITLE"] == ["Track 1"] and flac["ALBUM"] == ["La Mancha Negra"]
    assert flac["MOOD"] == ["Brooding"] and flac["ISRC"] == ["GB-AYE-12-00001"]
    assert sorted(p.type for p in flac.pictures) == [PictureType.COVER_FRONT, PictureType.COVER_BACK]
    front_cover = next(p for p in flac.pictures if p.type == PictureType.COVER_FRONT)
    assert Image.open(io.BytesIO(front_cover.data)).size == (1400, 1400)
    assert next(p for p in flac.pictures if p.type == PictureType.COVER_BACK).data == BACK_COVER

    for exported, title in ((result.files[1], "Track 2"), (result.files[2], "Track 3")):
        tags = id3.ID3(exported.path)
        assert tags.version == (2, 4, 0)
        assert str(tags["TIT2"]) == title and str(tags["TALB"]) == "La Mancha Negra"
        assert str(tags["TXXX:MOOD"]) == "Brooding" and str(tags["TSRC"]) == "GBAYE1200002"
        pictures = tags.getall("APIC")
        assert sorted(p.type for p in pictures) == [PictureType.COVER_FRONT, PictureType.COVER_BACK]
        assert Image.open(io.BytesIO(next(p for p in pictures if p.type == PictureType.COVER_FRONT).data)).size \
            == (1400, 1400)
        assert mediafile.MediaFile(str(exported.path)).composer == "Jesús Calderón"

    assert [f.isrc for f in result.files] == ["GBAYE1200001", "GBAYE1200002", "GBAYE1200002"]
    for exported, source in zip(result.files, sources):
        assert audio_part(exported.path) == audio_part(source), exported.path.name
        assert exported.size == exported.path.stat().st_size
        assert exported.sha256 == hashlib.sha256(exported.path.read_bytes()).hexdigest()
        assert source.read_bytes() == before[source]


def test_flac_copy_keeps_its_cover_last_behind_padding(tmp_path, export):
    result = export([Path(shutil.copy(AUDIO / "tone.flac", tmp_path / "a.flac"))])
    layout = front.layout_of(str(result.files[0].path), FORMATS["flac"])
    codes = [block.code for block in layout.blocks]
    assert codes[-2:] == [1, 6]  # padding, then the picture: a later tag run rewrites only what is before it
    assert layout.blocks[-2].length > 0


def test_mp3_files_of_one_release_share_the_start_of_their_tag(tmp_path, export):
    """The cover frame comes first and the frames after it are padded to whole pages, so the files
    start with the same bytes (hashed once) and their sizes differ only by their audio."""
    sources = [Path(shutil.copy(AUDIO / "tone.mp3", tmp_path / f"{n}.mp3")) for n in range(3)]
    result = export(sources)
    starts = {f.path.read_bytes()[:4096] for f in result.files}
    assert len(starts) == 1
    assert len({f.size for f in result.files}) == 1
    assert all(f.sha256 == hashlib.sha256(f.path.read_bytes()).hexdigest() for f in result.files)
    assert len({f.sha256 for f in result.files}) == 3  # the titles differ


def test_a_source_that_is_not_audio_is_refused_and_nothing_is_left(tmp_path, export):
    fake = tmp_path / "fake.flac"
    fake.write_bytes(b"fLaC" + bytes(100))  # a FLAC marker and nothing that makes a FLAC file
    good = Path(shutil.copy(AUDIO / "tone.mp3", tmp_path / "good.mp3"))
    with pytest.raises(UserError, match=r"^cannot tag 02 Track 2\.flac \(FLAC\): "):
        export([good, fake])
    assert not (tmp_path / "out").exists()
