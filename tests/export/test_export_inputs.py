"""Gathering an export's inputs from a real library file."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from conftest import cover_bytes, make_release
from labeldesk.export import export_release
from labeldesk.export.inputs import export_inputs
from labeldesk.library import NotFound, add_release, get_release


def attach(lib, release_id, track_id, path):
    # the library's own attach function belongs to the library package; the row shape is its schema
    lib.conn.execute(
        "INSERT INTO audio_files (release_id, track_id, path, format, size, attached_at) VALUES (?, ?, ?, ?, ?, ?)",
        (release_id, track_id, str(path), path.suffix.lstrip("."), path.stat().st_size,
         datetime.now(timezone.utc).isoformat()),
    )
    lib.conn.commit()


def test_inputs_come_from_the_library_in_running_order(library, sources, tmp_path):
    release_id = add_release(library, make_release())
    stored = get_release(library, release_id)
    # attached in reverse, plus one file not matched to any track
    for track, source in reversed(list(zip(stored.tracks[:3], sources[:3]))):
        attach(library, release_id, track.id, source)
    attach(library, release_id, None, sources[5])
    image = cover_bytes(600, fmt="JPEG")
    library.conn.execute("INSERT INTO covers (release_id, image, mime, width, height, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                         (release_id, image, "image/jpeg", 600, 600, "x"))
    library.conn.commit()

    inputs = export_inputs(library, release_id)
    assert [f.track.title for f in inputs.files] == ["Track 1", "Track 2", "Track 3"]
    assert [f.source_path for f in inputs.files] == sources[:3]
    assert inputs.cover == image
    assert any("not matched" in w for w in inputs.warnings)

    result = export_release(inputs.release, inputs.files, inputs.cover, tmp_path / "out")
    assert [f.path.name for f in result.files] == ["1-01 Track 1.mp3", "1-02 Track 2.flac", "1-03 Track 3.ogg"]
    assert any("have no audio file" in w for w in result.warnings)


def test_an_unknown_release_is_not_found(library):
    with pytest.raises(NotFound):
        export_inputs(library, 999)
