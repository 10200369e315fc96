"""Writing tags from the window: the dialog shows per file what will change (old → new), writes
with progress and cancel, and lists the files that were not written; a cancel in the middle leaves
the files done tagged and the others untouched byte for byte, none half-written."""

from __future__ import annotations

import pytest
from gui_helpers import AUDIO, SEVEN_FORMATS, SEVEN_TITLES, hold_jobs, seven_rivers
from PySide6.QtCore import Qt

from labeldesk.actions.audio import CANCELLED, CHANGED_ON_DISK, FAILED, WRITTEN
from labeldesk.gui.file_status import IN_SYNC
from labeldesk.library.audio_files import release_files
from labeldesk.tagging import leftover_temporaries, read_file

TITLES = SEVEN_TITLES


@pytest.fixture
def seven(library, tmp_path):
    """A release of seven tracks with one file of every format attached, never tagged."""
    release, paths = seven_rivers(library, tmp_path / "audio")
    return library, release, paths


def open_dialog(qtbot, window, release_id):
    dialog = window.flows.write_tags(release_id)
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        pass
    return dialog


def original(path) -> bytes:
    return (AUDIO / SEVEN_FORMATS[path.name]).read_bytes()


def test_the_preview_shows_old_and_new_then_everything_is_written(qtbot, seven, make_window):
    library, release, paths = seven
    window = make_window(library)
    dialog = open_dialog(qtbot, window, release.id)
    assert dialog.isVisible()
    assert dialog.tree.topLevelItemCount() == 7
    first = dialog.tree.topLevelItem(0)
    assert first.text(0) == "1.mp3   →   1  Source   —   11 fields change" and first.isExpanded()
    fields = {first.child(i).text(0): (first.child(i).text(1), first.child(i).text(2)) for i in range(first.childCount())}
    assert fields["Title"] == ("—", "Source")
    assert fields["Album"] == ("—", "Seven Rivers")
    assert fields["Composers"] == ("—", "Mira Castell")
    assert fields["Track number"] == ("—", "1/7")
    assert dialog.files_changing() == list(SEVEN_FORMATS)
    assert "7 files of 7 will change" in dialog.intro.text()
    assert all(p.read_bytes() == original(p) for p in paths)  # the preview wrote nothing

    with qtbot.waitSignal(dialog.finished_writing, timeout=10000) as finished:
        qtbot.mouseClick(dialog.write_button, Qt.LeftButton)
    report = finished.args[0]
    assert [r.status for r in report.results] == [WRITTEN] * 7
    assert dialog.outcome.text() == "7 written." and not dialog.failures.isVisibleTo(dialog)
    assert dialog.close_button.text() == "Close"
    assert [read_file(p).fields.title for p in paths] == TITLES
    assert {read_file(p).fields.album for p in paths} == {"Seven Rivers"}

    # the Files tab looked again: every file in sync
    files = window.files_tab
    window.open_release(release.id)
    qtbot.waitUntil(lambda: not files.checking and not window.jobs.busy, timeout=5000)
    assert {files.status_of(p.name) for p in paths} == {IN_SYNC}
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert not dialog.isVisible()


def test_cancel_in_the_middle_leaves_the_rest_untouched(qtbot, seven, make_window):
    library, release, paths = seven
    window = make_window(library)
    states_before = {f.path: f.state for f in release_files(library, release.id)}
    dialog = open_dialog(qtbot, window, release.id)

    # line the write up behind a held worker, then press Stop the moment two files are done
    held = hold_jobs(window.jobs)
    qtbot.mouseClick(dialog.write_button, Qt.LeftButton)
    job = dialog.job
    assert job is not None and dialog.close_button.text() == "Stop"

    def stop_after_two(done: int, total: int) -> None:
        if done >= 2:
            job.cancel.set()  # what the Stop button does, at a known point

    job.signals.progressed.connect(stop_after_two, Qt.DirectConnection)
    with qtbot.waitSignal(dialog.finished_writing, timeout=10000) as finished:
        held.set()
    report = finished.args[0]
    statuses = {r.file.path: r.status for r in report.results}
    written = [p for p in paths if statuses[str(p)] == WRITTEN]
    cancelled = [p for p in paths if statuses[str(p)] == CANCELLED]
    assert len(written) >= 2 and cancelled, statuses
    assert len(written) + len(cancelled) == 7

    for path in written:
        assert read_file(path).fields.title == TITLES[int(path.stem) - 1], path.name
    for path in cancelled:
        assert path.read_bytes() == original(path), path.name  # byte for byte
    assert leftover_temporaries(paths[0].parent) == []  # nothing half-written beside them
    for path in paths:
        read_file(path)  # every file still reads

    # the library recorded the new state of the written files only
    states_after = {f.path: f.state for f in release_files(library, release.id)}
    for path in cancelled:
        assert states_after[str(path)] == states_before[str(path)]
    for path in written:
        assert states_after[str(path)].size == path.stat().st_size

    listed = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert listed == [f"{p.name}: cancelled" for p in cancelled]
    assert dialog.outcome.text() == f"{len(written)} written, {len(cancelled)} cancelled."


def test_failing_files_are_listed_and_the_rest_is_written(qtbot, seven, make_window):
    library, release, paths = seven
    paths[2].unlink()  # 3.ogg: gone
    with paths[4].open("ab") as stream:  # 5.m4a: changed behind labeldesk's back
        stream.write(b"\0" * 32)
    window = make_window(library)
    dialog = open_dialog(qtbot, window, release.id)
    items = {dialog.tree.topLevelItem(i).text(0).split()[0]: dialog.tree.topLevelItem(i).text(0) for i in range(7)}
    assert items["3.ogg"].startswith("3.ogg   →   3  The Weir   —   cannot read it: ")
    assert items["5.m4a"] == "5.m4a   →   5  Delta Lights   —   changed on disk since labeldesk last saw it: left alone"
    assert len(dialog.files_changing()) == 5

    with qtbot.waitSignal(dialog.finished_writing, timeout=10000) as finished:
        qtbot.mouseClick(dialog.write_button, Qt.LeftButton)
    statuses = {r.file.path.rsplit("/", 1)[-1]: r.status for r in finished.args[0].results}
    assert statuses == {"1.mp3": WRITTEN, "2.flac": WRITTEN, "3.ogg": FAILED, "4.opus": WRITTEN,
                        "5.m4a": CHANGED_ON_DISK, "6.wav": WRITTEN, "7.aiff": WRITTEN}
    listed = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert [line.split(" — ")[0] for line in listed] == ["3.ogg: failed", "5.m4a: changed on disk"]
    assert dialog.failures.isVisibleTo(dialog)
    assert dialog.intro.text() == "Done, except for the files below."
    assert read_file(paths[5]).fields.title == "Tidewater"
    assert paths[4].read_bytes() == original(paths[4]) + b"\0" * 32  # left alone
