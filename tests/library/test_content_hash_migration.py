"""Schema 5: an attached file's hash names its algorithm. A library from before keeps its SHA-256
values; they are still checked as SHA-256, and the next tag run stores the new kind."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import xxhash
from old_versions import library_at_version

from labeldesk.actions.audio import WRITTEN, tag_release
from labeldesk.library import open_library
from labeldesk.library.audio_files import release_files
from labeldesk.library.migrations import backup_path
from labeldesk.tagging import Fingerprint, has_changed

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"


def _make_v4_library(path: Path, audio: Path) -> None:
    """A library as schema 4 wrote it: a release with one track and `audio` attached, hashed with SHA-256."""
    st = audio.stat()
    sha = hashlib.sha256(audio.read_bytes()).hexdigest()
    with library_at_version(path, 4) as conn:
        conn.executescript(f"""
        INSERT INTO releases (id, title, kind, created_at, updated_at)
            VALUES (1, 'Seven Rivers', 'album', '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00');
        INSERT INTO tracks (id, release_id, disc, position, title, seq) VALUES (1, 1, 1, '1', 'Source', 0);
        INSERT INTO audio_files (release_id, track_id, path, format, size, mtime, sha256, attached_at)
            VALUES (1, 1, '{audio}', 'flac', {st.st_size}, {st.st_mtime_ns / 1e9!r}, '{sha}', '2024-01-01T00:00:00+00:00');
    """)


def test_a_version_4_library_keeps_its_sha256_values_and_tagging_stores_the_new_kind(tmp_path):
    audio = tmp_path / "01 Source.flac"
    shutil.copyfile(AUDIO / "tone.flac", audio)
    library_path = tmp_path / "library.db"
    _make_v4_library(library_path, audio)
    legacy = hashlib.sha256(audio.read_bytes()).hexdigest()
    with open_library(library_path) as lib:
        [stored] = release_files(lib, 1)
        assert stored.state.content_hash == legacy
        report = tag_release(lib, 1)
        assert [r.status for r in report.results] == [WRITTEN]
        [stored] = release_files(lib, 1)
        assert stored.state.content_hash == "xxh3-128:" + xxhash.xxh3_128(audio.read_bytes()).hexdigest()
        assert lib.conn.execute("SELECT name FROM sqlite_master WHERE name = 'audio_files_content_hash'").fetchone()
    conn = sqlite3.connect(backup_path(library_path, 4))
    try:
        assert conn.execute("SELECT sha256 FROM audio_files").fetchone() == (legacy,)
    finally:
        conn.close()


def test_a_stored_sha256_still_tells_a_touched_file_from_a_changed_one(tmp_path):
    audio = tmp_path / "a.flac"
    shutil.copyfile(AUDIO / "tone.flac", audio)
    st = audio.stat()
    legacy = Fingerprint(st.st_size, st.st_mtime_ns - 10**9, hashlib.sha256(audio.read_bytes()).hexdigest())
    assert not has_changed(audio, legacy)  # touched: the mtime differs, the content is the same
    data = bytearray(audio.read_bytes())
    data[-1] ^= 0xFF
    audio.write_bytes(bytes(data))
    os.utime(audio, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert has_changed(audio, legacy)  # same size, other bytes
