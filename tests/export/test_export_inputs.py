"""Gathering an export's inputs from a real library file."""

from __future__ import annotations

import pytest

from labeldesk.export import export_release
from labeldesk.export.inputs import export_inputs
from labeldesk.library import NotFound, add_release, get_release, update_release
from labeldesk.library.audio_files import Attachment, FileState, attach_files
from labeldesk.library.covers import StoredCover, set_cover

from .helpers import cover_bytes, make_release


def attachment(track_id, path):
    st = path.stat()
    return Attachment(track_id, str(path), path.suffix.lstrip("."), FileState(st.st_size, st.st_mtime_ns))


def test_inputs_come_from_the_library_in_running_order(library, sources, tmp_path):
    release_id = add_release(library, make_release())
    stored = get_release(library, release_id)
    # attached in reverse, plus one file on a track that is then removed from the release
    pairs = list(zip(stored.tracks[:3], sources[:3])) + [(stored.tracks[5], sources[5])]
    attach_files(library, release_id, [attachment(t.id, s) for t, s in reversed(pairs)])
    del stored.tracks[5]
    update_release(library, stored)
    image = cover_bytes(600, fmt="JPEG")
    set_cover(library, release_id, StoredCover(image, "image/jpeg", 600, 600))

    inputs = export_inputs(library, release_id)
    assert [f.track.title for f in inputs.files] == ["Track 1", "Track 2", "Track 3"]
    assert [f.source_path for f in inputs.files] == sources[:3]
    assert inputs.cover == image
    assert any("not matched" in w for w in inputs.warnings)

    result = export_release(inputs.release, inputs.files, inputs.cover, tmp_path / "out")
    assert [f.path.name for f in result.files] == ["1-01 Track 1.mp3", "1-02 Track 2.flac", "1-03 Track 3.ogg"]
    assert any("have no audio file" in w for w in result.warnings)


def test_a_release_without_cover_or_files_has_none(library):
    release_id = add_release(library, make_release())
    inputs = export_inputs(library, release_id)
    assert (inputs.files, inputs.cover, inputs.warnings) == ([], None, [])


def test_an_unknown_release_is_not_found(library):
    with pytest.raises(NotFound):
        export_inputs(library, 999)
