"""Each way a write can go (a copy, a FLAC switch in place, an MP3 page in place), checked from the
outside: the hash returned is the file's, the cover's block stays where it is while it is the same,
a durable write syncs and a plain one does not, and files tagged by others are read and re-tagged."""

from __future__ import annotations

import os
import shutil

import mutagen
import pytest
import xxhash
from mutagen.flac import FLAC, Picture
from mutagen.id3 import APIC, ID3, TIT2

from labeldesk.tagging import Cover, WriteJob, fingerprint, read, write, write_batch
from labeldesk.tagging.fields import FIELD_NAMES, normalised

from .helpers import AUDIO, FIXTURES, copy_fixture, cover_bytes, full_fields

COVER = Cover(cover_bytes(900, noise=True))


def content_hash(path) -> str:
    """The stored form of a file's content hash, made here with xxhash itself."""
    return "xxh3-128:" + xxhash.xxh3_128(path.read_bytes()).hexdigest()


def same_fields(path, fields) -> bool:
    got = read(path)
    return all(normalised(got.get(n)) == normalised(fields.get(n)) for n in FIELD_NAMES if n != "liner_notes_language")


def picture_block(path) -> tuple[int, bytes]:
    """(offset, bytes) of the FLAC file's PICTURE block, read straight from the file."""
    data = path.read_bytes()
    at, last = 4, False
    while not last:
        code, length = data[at] & 0x7F, int.from_bytes(data[at + 1:at + 4], "big")
        last = bool(data[at] & 0x80)
        if code == 6:
            return at, data[at + 4:at + 4 + length]
        at += 4 + length
    raise AssertionError("no picture block")


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_the_hash_returned_is_the_files_on_every_way_of_writing(tmp_path, name):
    path = copy_fixture(name, tmp_path)
    fields = full_fields(cover=COVER)
    for change in ({}, {"title": "Another title — longer"}, {"date": "2021-05-15"}, {"cover": None},
                   {"cover": COVER, "liner_notes": "Short."}):
        for key, value in change.items():
            setattr(fields, key, value)
        after = write(path, fields, expected=fingerprint(path))
        assert after == fingerprint(path), change
        assert same_fields(path, fields), change


def test_a_flac_rewrite_leaves_the_cover_block_where_it_is(tmp_path):
    path = copy_fixture("tone.flac", tmp_path)
    fields = full_fields(cover=COVER)
    write(path, fields)
    inode, size = path.stat().st_ino, path.stat().st_size
    # the copy holds the audio, the cover and a little room, not a second cover's worth of padding
    assert size < (AUDIO / "tone.flac").stat().st_size + len(COVER.data) + 64 * 1024
    where, block = picture_block(path)
    for round_number in range(4):
        fields.title = f"Title {round_number}" + " and more" * round_number
        fields.liner_notes = "A note. " * (10 + 40 * (round_number % 2))
        write(path, fields)
        assert (path.stat().st_ino, path.stat().st_size) == (inode, size), "switched in place"
        assert picture_block(path) == (where, block), "the cover block was not touched"
        assert same_fields(path, fields)
        assert [p.type for p in FLAC(path).pictures] == [3]
    fields.cover = Cover(cover_bytes(700, noise=True))  # another cover: through a copy, then in place again
    write(path, fields)
    assert path.stat().st_ino != inode and read(path).cover == fields.cover
    inode = path.stat().st_ino
    fields.title = "Once more"
    write(path, fields)
    assert path.stat().st_ino == inode and same_fields(path, fields)


def test_the_mp3_cover_frame_comes_first_and_other_readers_still_find_it(tmp_path):
    path = copy_fixture("tone.mp3", tmp_path)
    write(path, full_fields(cover=COVER))
    data = path.read_bytes()
    assert data[:4] == b"ID3\x04" and data[10:14] == b"APIC"
    [apic] = ID3(path).getall("APIC")
    assert apic.data == COVER.data and apic.type == 3
    assert mutagen.File(path).info.length == mutagen.File(AUDIO / "tone.mp3").info.length


@pytest.mark.parametrize("name", ["tone.flac", "tone.mp3"])
def test_files_tagged_by_others_are_read_and_retagged(tmp_path, name):
    """Cover last (as mutagen writes it), a second picture, a frame labeldesk does not own: all kept
    or replaced as they should be, whatever labeldesk reads from memory or from its caches."""
    path = copy_fixture(name, tmp_path)
    back = Cover(cover_bytes(500), "image/jpeg")
    if name.endswith(".mp3"):
        tags = ID3()
        tags.add(TIT2(encoding=3, text=["Old"]))
        tags.add(APIC(encoding=3, mime="image/jpeg", type=4, desc="Back", data=back.data))
        tags.add(APIC(encoding=3, mime="image/jpeg", type=3, desc="Front cover", data=COVER.data))
        tags.save(path)
    else:
        audio = FLAC(path)
        audio["TITLE"] = "Old"
        audio["ENCODEDBY"] = "someone"
        for kind, data in ((4, back.data), (3, COVER.data)):
            picture = Picture()
            picture.type, picture.mime, picture.data = kind, "image/jpeg", data
            audio.add_picture(picture)
        audio.save()
    fields = full_fields(cover=COVER)
    after = write(path, fields, expected=fingerprint(path))
    assert after.content_hash == content_hash(path) and same_fields(path, fields)
    if name.endswith(".mp3"):
        assert sorted(f.type for f in ID3(path).getall("APIC")) == [3, 4]
    else:
        assert sorted(p.type for p in FLAC(path).pictures) == [3, 4] and FLAC(path)["ENCODEDBY"] == ["someone"]
    fields.title = "Again"
    write(path, fields)
    assert same_fields(path, fields)


def test_id3v23_with_a_cover(tmp_path):
    path = copy_fixture("tone.mp3", tmp_path)
    fields = full_fields(cover=COVER)
    after = write(path, fields, id3_version=3, expected=fingerprint(path))
    assert after.content_hash == content_hash(path)
    assert ID3(path, translate=False).version[:2] == (2, 3) and same_fields(path, fields)


@pytest.mark.parametrize("durable", [False, True])
def test_only_a_durable_write_syncs(tmp_path, monkeypatch, durable):
    paths = [copy_fixture(name, tmp_path) for name in ("tone.flac", "tone.mp3", "tone.ogg")]
    synced = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    results = write_batch([WriteJob(p, full_fields(cover=COVER)) for p in paths], durable=durable)
    assert [r.status for r in results] == ["written"] * 3
    assert len(synced) == (4 if durable else 0)  # each copy, then the folder once
    synced.clear()
    in_place = full_fields(cover=COVER, title="Retitled")  # the FLAC file switches in place now
    write(paths[0], in_place, durable=durable)
    assert len(synced) == (2 if durable else 0) and same_fields(paths[0], in_place)


def test_a_batch_returns_each_files_own_hash(tmp_path):
    paths = []
    for i in range(6):
        source = AUDIO / ("tone.flac" if i % 2 else "tone.mp3")
        paths.append(tmp_path / f"{i:02}{source.suffix}")
        shutil.copyfile(source, paths[-1])
    jobs = [WriteJob(p, full_fields(cover=COVER, title=f"Track {i}", track=(i + 1, 6)), expected=fingerprint(p))
            for i, p in enumerate(paths)]
    for _ in range(2):  # a first write, then the same files again with new titles
        results = write_batch(jobs)
        assert [r.status for r in results] == ["written"] * 6
        assert [r.fingerprint for r in results] == [fingerprint(p) for p in paths]
        for job, result in zip(jobs, results):
            job.expected = result.fingerprint
            job.fields = full_fields(cover=COVER, title=job.fields.title + " (edit)", track=job.fields.track)
