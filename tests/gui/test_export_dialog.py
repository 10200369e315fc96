"""Exporting from the window: target folder, a file-name template with a live preview of the first
names, cover size and DDEX; the export runs in the background and ends with a summary and a button
that opens the folder; a file that fails in the middle is shown as a clear failure and leaves no
export folder behind."""

from __future__ import annotations

import json

import pytest
from gui_helpers import SEVEN_TITLES, hold_jobs, seven_rivers
from PIL import Image
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from labeldesk.actions.audio import set_release_cover

TITLES = SEVEN_TITLES
FOLDER = "Mira Castell - Seven Rivers (2024)"


@pytest.fixture
def seven(library, tmp_path):
    release, paths = seven_rivers(library, tmp_path / "audio")
    cover = tmp_path / "cover.png"
    Image.effect_noise((1500, 1500), 40).convert("RGB").save(cover)
    set_release_cover(library, release.id, cover)
    return library, release, paths


def names(dialog) -> list[str]:
    return [dialog.names.item(i).text() for i in range(dialog.names.count())]


class UrlCatcher(QObject):
    """Stands in for the desktop's file manager: takes the file URLs the dialog asks to open."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_options_preview_export_summary_and_open_the_folder(qtbot, seven, make_window, tmp_path):
    library, release, paths = seven
    window = make_window(library)
    dialog = window.flows.export(release.id)
    assert dialog.isVisible()
    assert names(dialog) == ["01 Source.mp3", "02 Rapids.flac", "03 The Weir.ogg", "04 Oxbow.opus", "… and 3 more"]
    assert dialog.cover_size.value() == 3000 and dialog.cover_size.isEnabled() and dialog.ddex.isChecked()
    assert not dialog.options().sync
    dialog.sync.setChecked(True)
    assert dialog.options().sync
    dialog.sync.setChecked(False)
    assert "No sender set" in dialog.sender_note.text()

    # the preview follows the template as it is typed; a bad one says why and cannot run
    dialog.template.setText("{track:02} - {nope}")
    assert "unknown field {nope}" in dialog.template_problem.text() and not dialog.export_button.isEnabled()
    assert names(dialog) == []
    dialog.template.clear()
    qtbot.keyClicks(dialog.template, "{album} {track:02} {title}")
    assert names(dialog)[:2] == ["Seven Rivers 01 Source.mp3", "Seven Rivers 02 Rapids.flac"]
    assert dialog.template_problem.isHidden() and dialog.export_button.isEnabled()

    target = tmp_path / "out"
    dialog.folder.setText(str(target))
    assert dialog.destination.text() == f"→ {target / FOLDER}"
    dialog.cover_size.setValue(800)
    with qtbot.waitSignal(dialog.ended, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.failure is None, dialog.failure
    folder = target / FOLDER
    assert dialog.outcome.result.folder == folder
    exported = sorted(p.name for p in folder.iterdir())
    assert exported == sorted([f"Seven Rivers 0{n} {t}{p.suffix}" for n, (t, p) in enumerate(zip(TITLES, paths), 1)]
                              + ["cover.jpg", "manifest.csv", "manifest.json", "credits.csv", "liner-notes.txt",
                                 "ddex.xml"])
    with Image.open(folder / "cover.jpg") as cover:
        assert cover.size == (800, 800)
    assert len(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]) == 7
    assert dialog.outcome_label.text().splitlines()[1].startswith("7 files, ")
    assert "cover 800 px" in dialog.outcome_label.text()
    assert any(w.startswith("sender DPID and name are not set") for w in dialog.outcome.warnings)
    assert dialog.cover_note.isHidden()
    assert dialog.open_button.isVisibleTo(dialog) and not dialog.export_button.isVisibleTo(dialog)

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(folder)]
    assert window.flows.qsettings.value("export/folder") == str(target)  # offered next time


def test_a_source_file_removed_before_the_run_fails_clearly_and_leaves_no_folder(qtbot, seven, make_window, tmp_path):
    library, release, paths = seven
    window = make_window(library)
    dialog = window.flows.export(release.id)
    target = tmp_path / "out"
    dialog.folder.setText(str(target))
    paths[3].unlink()
    with qtbot.waitSignal(dialog.ended, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.outcome is None
    assert dialog.failure == f"missing source file: {paths[3]}"
    assert dialog.outcome_label.text() == f"The export failed; nothing was left behind.\nmissing source file: {paths[3]}"
    assert not target.exists()
    assert dialog.export_button.isEnabled()  # fix it and try again


def test_a_file_failing_in_the_middle_leaves_no_export_folder(qtbot, seven, make_window, tmp_path):
    library, release, paths = seven
    window = make_window(library)
    dialog = window.flows.export(release.id)
    target = tmp_path / "out"
    target.mkdir()
    (target / "earlier export.txt").write_text("kept\n", encoding="utf-8")
    dialog.folder.setText(str(target))
    paths[4].write_bytes(b"\0" * 4096)  # 5.m4a is not audio any more: its copy cannot be tagged
    with qtbot.waitSignal(dialog.ended, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.outcome is None and dialog.failure
    assert "5.m4a" in dialog.failure and "\n" not in dialog.failure
    assert dialog.outcome_label.text().startswith("The export failed; nothing was left behind.")
    assert sorted(p.name for p in target.iterdir()) == ["earlier export.txt"]  # no folder, no hidden work folder


def test_stop_cancels_and_leaves_nothing(qtbot, seven, make_window, tmp_path):
    library, release, paths = seven
    window = make_window(library)
    dialog = window.flows.export(release.id)
    target = tmp_path / "out"
    dialog.folder.setText(str(target))
    held = hold_jobs(window.jobs)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.close_button.text() == "Stop"
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)  # before the first file
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.ended, timeout=20000):
        held.set()
    assert dialog.outcome is None and "cancelled" in dialog.failure
    assert not target.exists()
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert not dialog.isVisible()


def test_the_sender_comes_from_the_settings(qtbot, seven, make_window, tmp_path, monkeypatch):
    from labeldesk.settings import change_setting

    library, release, _ = seven
    change_setting("ddex.sender_dpid", "PADPIDA2014120301U")
    change_setting("ddex.sender_name", "Northwind Recordings")
    change_setting("export.template", "{track} {title}")
    change_setting("export.cover_size", "1400")
    window = make_window(library)
    dialog = window.flows.export(release.id)
    assert dialog.sender_note.text() == "Sent by Northwind Recordings (PADPIDA2014120301U), from your settings."
    assert dialog.template.text() == "{track} {title}" and dialog.cover_size.value() == 1400
    assert names(dialog)[0] == "1 Source.mp3"
    assert dialog.options().sender == ("PADPIDA2014120301U", "Northwind Recordings")


def test_the_covers_are_made_while_the_options_are_chosen(qtbot, seven, make_window):
    library, release, _ = seven
    window = make_window(library)
    window.flows.export(release.id)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    kept = library.conn.execute("SELECT purpose, side, width FROM cover_renditions WHERE release_id = ?",
                                (release.id,)).fetchall()
    assert sorted(kept) == [("distributor", 3000, 1500), ("player", 1400, 1400)]  # the export only reads them
