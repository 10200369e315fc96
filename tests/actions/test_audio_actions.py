"""The audio actions the CLI and the GUI share: progress and cancel of a tag run, the preview, and
what the library records."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from labeldesk.actions.audio import (
    CANCELLED, WRITTEN, attach, embedded_cover, preview_tags, read_tags, set_release_cover, tag_release,
)
from labeldesk.errors import UserError
from labeldesk.library import add_release
from labeldesk.library.audio_files import release_files
from labeldesk.model import Credit, Release, Track
from labeldesk.tagging import fingerprint, read

AUDIO = Path(__file__).resolve().parents[1] / "fixtures" / "audio"
FORMATS = ["tone.mp3", "tone.flac", "tone.ogg", "tone.opus", "tone-aac.m4a", "tone.wav", "tone.aiff"]


@pytest.fixture
def release(library) -> Release:
    release = Release(title="The Herd", artists=["Andre Matthias"],
                      tracks=[Track(str(i + 1), f"Cue {i + 1}") for i in range(len(FORMATS))],
                      credits=[Credit("Sandro Friedrich", "performer", "duduk")])
    add_release(library, release)
    return release


@pytest.fixture
def files(tmp_path, library, release) -> list[Path]:
    paths = []
    for n, fixture in enumerate(FORMATS, start=1):
        paths.append(tmp_path / f"{n:02} {fixture}")
        shutil.copyfile(AUDIO / fixture, paths[-1])
    attach(library, release.id, paths)
    return paths


def test_progress_reaches_the_total_and_the_library_knows_the_new_files(library, release, files):
    seen = []
    report = tag_release(library, release.id, progress=lambda done, total: seen.append((done, total)))
    assert [r.status for r in report.results] == [WRITTEN] * len(files)
    assert seen[0] == (0, len(files)) and seen[-1] == (len(files), len(files))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    for stored in release_files(library, release.id):
        now = fingerprint(stored.path)
        assert (stored.state.size, stored.state.content_hash) == (now.size, now.content_hash)
    assert read(files[0]).performers == [("Sandro Friedrich", "duduk")]


def test_cancel_before_the_start_writes_nothing(library, release, files):
    cancel = threading.Event()
    cancel.set()
    before = [p.read_bytes() for p in files]
    report = tag_release(library, release.id, cancel=cancel)
    assert {r.status for r in report.results} == {CANCELLED}
    assert report.summary() == f"0 written, {len(files)} cancelled"
    assert [p.read_bytes() for p in files] == before


def test_cancel_midway_leaves_the_rest_untouched(library, release, files):
    done_files = []

    def progress(done, total):
        done_files.append(done)

    report = tag_release(library, release.id, progress=progress, cancel=lambda: len(done_files) > 2)
    statuses = [r.status for r in report.results]
    assert CANCELLED in statuses and WRITTEN in statuses
    for result, path in zip(report.results, files):
        if result.status == CANCELLED:
            assert read(path).title is None


def test_preview_lists_changes_and_the_cover(tmp_path, library, release, files):
    from PIL import Image

    Image.new("RGB", (800, 800), "navy").save(tmp_path / "c.jpg")
    check = set_release_cover(library, release.id, tmp_path / "c.jpg")
    assert check.warnings and (check.width, check.height) == (800, 800)
    previews = preview_tags(library, release.id)
    names = [name for name, _, _ in previews[0].changes]
    assert names[:2] == ["title", "album"] and "cover" in names
    assert previews[0].changes[0] == ("title", None, "Cue 1")
    tag_release(library, release.id)
    assert all(p.changes == [] and not p.changed_on_disk for p in preview_tags(library, release.id))
    assert read(files[1]).cover == embedded_cover(library, release.id)


def test_read_tags_refuses_what_is_missing(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        read_tags([tmp_path / "nothing.flac"])
