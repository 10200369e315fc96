"""Refusing what is not audio, files that changed since they were attached, read-only and vanished
files; a batch goes on past a failure, reports progress and can be cancelled."""

from __future__ import annotations

import hashlib
import os
import threading

import pytest

from labeldesk.tagging import (
    FileChangedError, Fields, TaggingError, WriteJob, changes, fingerprint, read, write, write_batch,
)
from labeldesk.tagging.batch import CANCELLED, CHANGED_ON_DISK, FAILED, UNCHANGED, WRITTEN

from .helpers import AUDIO, copy_fixture, cover_bytes, full_fields


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- not audio --------------------------------------------------------------------------------

def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG")
    return out.getvalue()


NOT_AUDIO = {
    "notes.mp3": b"These are liner notes, not audio.\n" * 20,
    "empty.flac": b"",
    "picture.flac": _png(),
    "id3-then-text.mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"plain text, no MPEG frames at all " * 40,
    "fake.ogg": b"OggS" + bytes(60),
    "fake.m4a": b"\x00\x00\x00\x18ftypM4A " + bytes(40),
}


@pytest.mark.parametrize("name", sorted(NOT_AUDIO))
@pytest.mark.parametrize("action", ["read", "write", "changes"])
def test_not_audio_is_a_tagging_error_naming_the_file(tmp_path, name, action):
    path = tmp_path / name
    path.write_bytes(NOT_AUDIO[name])
    with pytest.raises(TaggingError) as raised:
        if action == "read":
            read(path)
        elif action == "write":
            write(path, full_fields())
        else:
            changes(path, full_fields())
    assert name in str(raised.value) and "\n" not in str(raised.value)
    assert path.read_bytes() == NOT_AUDIO[name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_directory_or_a_missing_file_is_a_tagging_error(tmp_path):
    with pytest.raises(TaggingError, match="missing.flac"):
        write(tmp_path / "missing.flac", Fields(title="x"))
    (tmp_path / "dir.flac").mkdir()
    with pytest.raises(TaggingError, match="dir.flac"):
        write(tmp_path / "dir.flac", Fields(title="x"))


def test_the_extension_does_not_decide(tmp_path):
    path = copy_fixture("tone.flac", tmp_path, as_name="actually-flac.mp3")
    write(path, full_fields())
    assert read(path).title == full_fields().title
    assert path.read_bytes()[:4] == b"fLaC"


# ---- changed on disk --------------------------------------------------------------------------

def test_a_file_changed_since_attached_is_not_written_unless_forced(tmp_path):
    path = copy_fixture("tone.flac", tmp_path)
    attached = fingerprint(path)
    write(path, Fields(title="someone else's edit"))  # another program retags the file
    before = digest(path)
    with pytest.raises(FileChangedError):
        write(path, full_fields(), expected=attached)
    assert digest(path) == before
    after = write(path, full_fields(), expected=attached, force=True)
    assert read(path).title == full_fields().title
    assert after == fingerprint(path)  # the new fingerprint, to record as attached


def test_a_touched_but_identical_file_counts_as_unchanged(tmp_path):
    path = copy_fixture("tone.mp3", tmp_path)
    attached = fingerprint(path)
    os.utime(path, ns=(attached.mtime_ns + 5_000_000_000, attached.mtime_ns + 5_000_000_000))
    assert write(path, full_fields(), expected=attached) is not None


# ---- read-only and vanished files, batches ----------------------------------------------------

def test_a_read_only_file_fails_and_stays_as_it_was(tmp_path):
    path = copy_fixture("tone.ogg", tmp_path)
    os.chmod(path, 0o444)
    before = digest(path)
    with pytest.raises(TaggingError, match="read-only"):
        write(path, full_fields())
    assert digest(path) == before


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in a read-only directory")
def test_a_read_only_directory_fails_and_leaves_the_file(tmp_path):
    path = copy_fixture("tone.opus", tmp_path)
    before = digest(path)
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(TaggingError, match="tone.opus"):
            write(path, full_fields())
    finally:
        os.chmod(tmp_path, 0o755)
    assert digest(path) == before


def test_a_batch_goes_on_past_failures(tmp_path):
    good = [copy_fixture(name, tmp_path) for name in ("tone.mp3", "tone.flac", "tone.wav")]
    read_only = copy_fixture("tone.ogg", tmp_path)
    os.chmod(read_only, 0o444)
    vanished = tmp_path / "gone.flac"
    changed = copy_fixture("tone.opus", tmp_path)
    attached = fingerprint(changed)
    write(changed, Fields(title="edited elsewhere"))
    text = tmp_path / "text.mp3"
    text.write_text("not audio")
    seen = []
    jobs = [WriteJob(good[0], full_fields()), WriteJob(read_only, full_fields()), WriteJob(vanished, full_fields()),
            WriteJob(good[1], full_fields()), WriteJob(changed, full_fields(), expected=attached),
            WriteJob(text, full_fields()), WriteJob(good[2], full_fields())]
    results = write_batch(jobs, progress=lambda done, total: seen.append((done, total)))
    assert [r.status for r in results] == [WRITTEN, FAILED, FAILED, WRITTEN, CHANGED_ON_DISK, FAILED, WRITTEN]
    assert "read-only" in results[1].message and results[2].message
    assert seen == [(i, 7) for i in range(8)]
    for path in good:
        assert read(path).title == full_fields().title
    assert read(changed).title == "edited elsewhere"
    assert write_batch([WriteJob(good[0], full_fields())])[0].status == UNCHANGED


@pytest.mark.parametrize("workers", [1, 3])
def test_a_batch_stops_between_files_when_cancelled(tmp_path, workers):
    paths = [copy_fixture("tone.flac", tmp_path, as_name=f"{i:02} tone.flac") for i in range(8)]
    cancel = threading.Event()

    def progress(done, total):
        if done == 2:
            cancel.set()

    results = write_batch([WriteJob(p, full_fields()) for p in paths], progress, cancel, workers=workers)
    statuses = [r.status for r in results]
    # the files already started when the cancel was seen finish (at most one per worker), the rest wait
    written = statuses.count(WRITTEN)
    assert 2 <= written <= 2 + workers and statuses == [WRITTEN] * written + [CANCELLED] * (8 - written)
    assert [r.path for r in results] == [str(p) for p in paths]
    assert read(paths[-1]).title is None
    results = write_batch([WriteJob(p, full_fields()) for p in paths], cancel=lambda: False)
    assert [r.status for r in results] == [UNCHANGED] * written + [WRITTEN] * (8 - written)


def test_id3v23_on_request(tmp_path):
    from mutagen.id3 import ID3

    path = copy_fixture("tone.mp3", tmp_path)
    write(path, full_fields(), id3_version=3)
    tags = ID3(path, translate=False)
    assert tags.version[:2] == (2, 3)
    assert "IPLS" in tags and "TMCL" not in tags and "TYER" in tags
    assert changes(path, full_fields()) == []  # performers and engineers come back apart from IPLS
    assert read(path).performers == full_fields().performers
    assert write(path, full_fields(performers=[]), id3_version=3) is not None
    assert read(path).performers == [] and read(path).engineers == full_fields().engineers


def test_a_large_cover_and_repeated_writes_keep_the_file_sound(tmp_path):
    path = copy_fixture("tone-alac.m4a", tmp_path)
    for side in (1600, 300, 1200):
        write(path, full_fields(cover=full_fields().cover.__class__(cover_bytes(side, noise=True))))
        assert read(path).cover.data == cover_bytes(side, noise=True)
    assert (AUDIO / "tone-alac.m4a").stat().st_size < path.stat().st_size
