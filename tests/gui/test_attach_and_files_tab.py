"""Audio files from the window: dropped on a release's row or on the release shown, matched in a
preview the user can change, refused when they are not audio; the Files tab tells, per file, whether
its tags agree with the library (checked in the background)."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtCore import QPoint, Qt

from gui_helpers import AUDIO, WINTER, audio_copies, drop_files
from labeldesk.actions.audio import attach, tag_release
from labeldesk.actions.importing import import_files
from labeldesk.gui.attach_dialog import BY_HAND, AttachDialog
from labeldesk.gui.file_status import CHANGED_ON_DISK, DIFFERS, IN_SYNC, MISSING
from labeldesk.library import get_release, release_ids
from labeldesk.library.audio_files import release_files
from labeldesk.library.edits import set_release_field


@pytest.fixture
def winter(library):
    import_files(library, [WINTER])
    return library


def release_named(library, title: str):
    return next(r for r in (get_release(library, i) for i in release_ids(library)) if r.title == title)


def show_files_tab(qtbot, window, release_id):
    window.open_release(release_id)
    editor = window.releases.editor
    editor.tabs.setCurrentWidget(window.files_tab)
    qtbot.waitUntil(lambda: not window.files_tab.checking and not window.jobs.busy, timeout=5000)
    return window.files_tab


def test_a_folder_dropped_on_a_release_row_is_matched_and_changed_before_attaching(qtbot, winter, make_window,
                                                                                    tmp_path):
    frost = release_named(winter, "Frost Lines")
    first, glove, plough = frost.tracks
    folder = tmp_path / "Frost Lines masters"
    audio_copies(folder, {"01 First Snow.flac": "tone.flac", "The Red Glove.mp3": "tone.mp3", "tone.ogg": "tone.ogg"})
    (folder / "liner notes.txt").write_text("Notes for the booklet.\n", encoding="utf-8")
    shutil.copyfile(AUDIO / "tone.wav", folder / "cover.jpg")  # named as an image: read by content, it is audio
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)

    window = make_window(winter)
    table = window.releases.table
    row = window.releases.model.row_of(frost.id)
    nuit = release_named(winter, "Nuit blanche")
    window.open_release(nuit.id)  # another release is shown: the row under the drop decides
    where = table.visualRect(window.releases.model.index(row, 0)).center()
    with qtbot.waitSignal(window.flows.attach_opened, timeout=5000) as opened:
        drop_files(table.viewport(), [folder], where)
    dialog: AttachDialog = opened.args[0]
    assert dialog.release.id == frost.id and dialog.isVisible()

    def rows():
        return {dialog.table.item(r, dialog.FILE).text(): (dialog.combos[r].currentData(),
                                                          dialog.table.item(r, dialog.METHOD).text())
                for r in range(dialog.table.rowCount())}

    assert rows() == {"01 First Snow.flac": (first.id, "file name"), "The Red Glove.mp3": (glove.id, "title"),
                      "cover.jpg": (None, "—"), "tone.ogg": (None, "—")}
    assert dialog.table.item(0, dialog.FORMAT).text() == "FLAC"
    refused = [dialog.refused.item(i).text() for i in range(dialog.refused.count())]
    assert [r.split(":")[0] for r in refused] == ["liner notes.txt", "scan.png"]
    assert dialog.refused.isVisibleTo(dialog)
    assert "2 of 4 audio files matched" in dialog.intro.text()
    assert release_files(winter, frost.id) == []  # nothing linked yet

    # the user changes pairs: a track holds one file, so taking a track leaves the other file out
    dialog.choose("tone.ogg", glove.id)
    assert rows()["tone.ogg"] == (glove.id, BY_HAND) and rows()["The Red Glove.mp3"] == (None, "—")
    dialog.choose("The Red Glove.mp3", glove.id)
    dialog.choose("tone.ogg", plough.id)
    assert rows()["tone.ogg"] == (plough.id, BY_HAND)
    assert dialog.attach_button.text() == "Attach 3 files"

    with qtbot.waitSignal(window.flows.attached, timeout=5000):
        qtbot.mouseClick(dialog.attach_button, Qt.LeftButton)
    attached = {os.path.basename(f.path): f.track_id for f in release_files(winter, frost.id)}
    assert attached == {"01 First Snow.flac": first.id, "The Red Glove.mp3": glove.id, "tone.ogg": plough.id}
    assert window.releases.editor.release_id == frost.id

    files = show_files_tab(qtbot, window, frost.id)
    model = files.model
    shown = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    # files that were never tagged differ from the library in most fields (MP3 has one more frame)
    assert [row[:3] for row in shown] == [["1  First Snow", "01 First Snow.flac", "FLAC"],
                                          ["2  The Red Glove", "The Red Glove.mp3", "MP3"],
                                          ["3  Plough at Dawn", "tone.ogg", "Ogg Vorbis"]]
    assert all(row[3].startswith("differs (1") and row[3].endswith(" fields)") for row in shown)
    assert files.summary.text().startswith("3 files attached: 3 differs")


def test_files_dropped_on_the_editor_go_to_the_release_shown_and_cancel_links_nothing(qtbot, winter, make_window,
                                                                                      tmp_path):
    nuit = release_named(winter, "Nuit blanche")
    paths = audio_copies(tmp_path, {"01 Insomnie.opus": "tone.opus", "02 Le Quai.m4a": "tone-aac.m4a"})
    window = make_window(winter)
    window.open_release(nuit.id)
    with qtbot.waitSignal(window.flows.attach_opened, timeout=5000) as opened:
        drop_files(window.releases.editor.header, paths)
    dialog = opened.args[0]
    assert dialog.release.id == nuit.id
    assert [dialog.table.item(r, dialog.METHOD).text() for r in range(2)] == ["file name", "file name"]
    assert not dialog.refused.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert not dialog.isVisible()
    window.jobs.wait()
    assert release_files(winter, nuit.id) == []


def test_match_by_order_in_the_preview(qtbot, winter, make_window, tmp_path):
    frost = release_named(winter, "Frost Lines")
    paths = audio_copies(tmp_path, {"a.aiff": "tone.aiff", "b.wav": "tone.wav", "c.flac": "tone.flac"})
    window = make_window(winter)
    with qtbot.waitSignal(window.flows.attach_opened, timeout=5000) as opened:
        window.flows.attach(frost.id, paths)
    dialog = opened.args[0]
    assert dialog.pairs() == [] and not dialog.attach_button.isEnabled()
    assert "0 of 3 audio files matched" in dialog.intro.text()
    qtbot.mouseClick(dialog.order_button, Qt.LeftButton)
    assert [(os.path.basename(p.path), p.track_id) for p in dialog.pairs()] == \
        [("a.aiff", frost.tracks[0].id), ("b.wav", frost.tracks[1].id), ("c.flac", frost.tracks[2].id)]
    assert {dialog.table.item(r, dialog.METHOD).text() for r in range(3)} == {"order"}


def test_the_files_tab_tells_in_sync_differs_missing_and_changed_on_disk(qtbot, winter, make_window, tmp_path):
    frost = release_named(winter, "Frost Lines")
    paths = audio_copies(tmp_path, {"1.flac": "tone.flac", "2.mp3": "tone.mp3", "3.ogg": "tone.ogg"})
    attach(winter, frost.id, paths, by_order=True)
    assert tag_release(winter, frost.id).ok
    window = make_window(winter)
    files = show_files_tab(qtbot, window, frost.id)
    assert [files.status_of(n) for n in ("1.flac", "2.mp3", "3.ogg")] == [IN_SYNC] * 3
    assert files.summary.text() == "3 files attached: 3 in sync."

    paths[1].unlink()
    with paths[2].open("ab") as stream:  # changed behind labeldesk's back
        stream.write(b"\0" * 16)
    set_release_field(winter, frost.id, "label", "Southwind Records")  # the library moves on
    files.check_button.click()
    qtbot.waitUntil(lambda: not files.checking, timeout=5000)
    assert [files.status_of(n) for n in ("1.flac", "2.mp3", "3.ogg")] == [DIFFERS, MISSING, CHANGED_ON_DISK]
    model = files.model
    assert model.data(model.index(0, model.TAGS)) == "differs (1 field)"
    tip = model.data(model.index(0, model.TAGS), Qt.ToolTipRole)
    assert tip == "Release → Write tags… would change:\nLabel: Northwind Recordings Ltd → Southwind Records"


def test_a_release_without_files_says_what_to_do(qtbot, winter, make_window):
    window = make_window(winter)
    files = show_files_tab(qtbot, window, release_named(winter, "Nuit blanche").id)
    assert files.model.rowCount() == 0
    assert files.summary.text().startswith("No audio files attached. Drop files or a folder on the release")
    assert not files.write_button.isEnabled()


def test_files_dropped_on_a_field_are_attached_not_pasted_into_it(qtbot, winter, make_window, tmp_path):
    frost = release_named(winter, "Frost Lines")
    paths = audio_copies(tmp_path, {"01 First Snow.wav": "tone.wav"})
    window = make_window(winter)
    window.open_release(frost.id)
    editor = window.releases.editor
    editor.tabs.setCurrentWidget(editor.overview)
    field = editor.overview.title
    assert field.acceptDrops()  # a line edit takes dropped text of its own accord
    with qtbot.waitSignal(window.flows.attach_opened, timeout=5000) as opened:
        drop_files(field, paths)
    assert opened.args[0].release.id == frost.id
    assert field.text() == "Frost Lines" and get_release(winter, frost.id).title == "Frost Lines"


def test_audio_dropped_where_no_release_is_says_where_to_drop(qtbot, winter, make_window, tmp_path):
    paths = audio_copies(tmp_path, {"a.flac": "tone.flac"})
    window = make_window(winter)
    table = window.releases.table
    below_the_rows = QPoint(10, table.viewport().height() - 10)
    assert not table.indexAt(below_the_rows).isValid()
    drop_files(table.viewport(), paths, below_the_rows)
    assert window.statusBar().currentMessage().startswith("Drop audio files on a release")
    assert window.flows.attach_dialog is None
