"""Audio files attached to tracks, in a real library file: one transaction, replacing old links,
listing with their tracks, recording the state after a write."""

from __future__ import annotations

import pytest

from labeldesk.library import NotFound, add_release, delete_release, edit_log, update_release
from labeldesk.library.audio_files import Attachment, FileState, attach_files, release_files, update_states
from labeldesk.model import Release, Track


def _release(lib, title="Farewell Gulsary", tracks=("Tanabai", "Gulsary", "The Herd")) -> Release:
    release = Release(title=title, tracks=[Track(str(i + 1), t) for i, t in enumerate(tracks)])
    add_release(lib, release)
    return release


STATE = FileState(1234, 1_700_000_000_123_456_789, "ab" * 32)


def test_attach_and_list_in_track_order(library):
    release = _release(library)
    t1, t2, t3 = (t.id for t in release.tracks)
    attach_files(library, release.id, [Attachment(t3, "/music/c.flac", "flac", STATE),
                                       Attachment(t1, "/music/a.mp3", "mp3", STATE)])
    files = release_files(library, release.id)
    assert [(f.path, f.track_id, f.position, f.title, f.format) for f in files] == [
        ("/music/a.mp3", t1, "1", "Tanabai", "mp3"), ("/music/c.flac", t3, "3", "The Herd", "flac")]
    stored = files[0].state
    assert (stored.size, stored.content_hash) == (STATE.size, STATE.content_hash)
    assert abs(stored.mtime_ns - STATE.mtime_ns) < 1000  # kept as seconds in a REAL column
    assert {e.action for e in edit_log(library, "audio_files")} == {"attach"}


def test_attaching_again_replaces_the_old_link(library):
    release = _release(library)
    t1, t2, _ = (t.id for t in release.tracks)
    attach_files(library, release.id, [Attachment(t1, "/music/a.flac", "flac", STATE)])
    attach_files(library, release.id, [Attachment(t2, "/music/a.flac", "flac", STATE)])  # the file moves
    assert [(f.path, f.track_id) for f in release_files(library, release.id)] == [("/music/a.flac", t2)]
    attach_files(library, release.id, [Attachment(t2, "/music/b.flac", "flac", STATE)])  # the track gets another
    assert [(f.path, f.track_id) for f in release_files(library, release.id)] == [("/music/b.flac", t2)]
    other = _release(library, "The Herd")
    attach_files(library, other.id, [Attachment(other.tracks[0].id, "/music/b.flac", "flac", STATE)])
    assert release_files(library, release.id) == []  # a file belongs to one release
    assert [f.path for f in release_files(library, other.id)] == ["/music/b.flac"]


def test_a_track_of_another_release_changes_nothing(library):
    release, other = _release(library), _release(library, "Other")
    with pytest.raises(NotFound):
        attach_files(library, release.id, [Attachment(release.tracks[0].id, "/m/a.flac", "flac", STATE),
                                           Attachment(other.tracks[0].id, "/m/b.flac", "flac", STATE)])
    with pytest.raises(NotFound):
        attach_files(library, 999, [])
    assert release_files(library, release.id) == []
    assert library.conn.execute("SELECT count(*) FROM audio_files").fetchone()[0] == 0


def test_update_states_records_the_file_after_a_write(library):
    release = _release(library)
    [row_id] = attach_files(library, release.id, [Attachment(release.tracks[0].id, "/m/a.flac", "flac", STATE)])
    after = FileState(5678, 1_700_000_100_000_000_000, "cd" * 32)
    update_states(library, [(row_id, after)])
    stored = release_files(library, release.id)[0].state
    assert (stored.size, stored.content_hash, round(stored.mtime_ns / 1000)) == (5678, "cd" * 32, after.mtime_ns // 1000)


def test_files_outlive_a_deleted_track_and_go_with_the_release(library):
    release = _release(library)
    attach_files(library, release.id, [Attachment(release.tracks[2].id, "/m/c.flac", "flac", STATE)])
    release.tracks = release.tracks[:2]
    update_release(library, release)
    [orphan] = release_files(library, release.id)
    assert (orphan.track_id, orphan.title) == (None, None)
    delete_release(library, release.id)
    assert library.conn.execute("SELECT count(*) FROM audio_files").fetchone()[0] == 0
