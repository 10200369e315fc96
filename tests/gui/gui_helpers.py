"""Helpers the workflow tests share: fixture paths, audio copies, dropping files on a widget,
holding the background worker so work can be lined up behind it."""

from __future__ import annotations

import shutil
import threading
import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
AUDIO = HERE.parent / "fixtures" / "audio"
WINTER = HERE / "fixtures" / "winter-catalogue.txt"
SHOP_NEWS = HERE / "fixtures" / "shop-news.txt"
SEEDS = HERE.parents[2] / "shared" / "corpus" / "seeds"  # ../shared
# one file of every format, named so that the n-th sorts n-th
SEVEN_FORMATS = {"1.mp3": "tone.mp3", "2.flac": "tone.flac", "3.ogg": "tone.ogg", "4.opus": "tone.opus",
                 "5.m4a": "tone-aac.m4a", "6.wav": "tone.wav", "7.aiff": "tone.aiff"}


SEVEN_TITLES = ["Source", "Rapids", "The Weir", "Oxbow", "Delta Lights", "Tidewater", "Open Sea"]


def seven_rivers(library, folder: Path):
    """A release of seven tracks with one file of every format (in `folder`) attached, never
    tagged; (release, paths)."""
    from labeldesk.actions.audio import attach
    from labeldesk.library import add_release
    from labeldesk.model import Credit, Release, Track

    release = Release(title="Seven Rivers", artists=["Mira Castell"], label="Northwind Recordings Ltd",
                      release_date="2024-03-01", credits=[Credit("Mira Castell", "composer")],
                      tracks=[Track(str(n), title) for n, title in enumerate(SEVEN_TITLES, start=1)])
    add_release(library, release)
    paths = audio_copies(folder, SEVEN_FORMATS)
    attach(library, release.id, paths, by_order=True)
    return release, paths


def audio_copies(folder: Path, names: dict[str, str]) -> list[Path]:
    """Copies of the audio fixtures under new names (name -> fixture), in the given order."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for name, fixture in names.items():
        copies.append(folder / name)
        shutil.copyfile(AUDIO / fixture, copies[-1])
    return copies


def drop_files(widget, paths, position=None) -> None:
    """Drop local files on `widget` at `position` (its centre by default), as a file manager does:
    a drag entering the window there, then the drop, through the window as the platform sends them
    (Qt then finds the widget under the cursor that takes drops)."""
    point = position if position is not None else widget.rect().center()
    top = widget.window()
    at = widget.mapTo(top, point)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 keeps only the QPoint form of this one
        enter = QDragEnterEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(top.windowHandle(), enter)
    drop = QDropEvent(QPointF(at), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(top.windowHandle(), drop)


def hold_jobs(runner):
    """Keep the runner's one worker busy until the returned event is set (to line work up)."""
    release = threading.Event()
    started = threading.Event()

    def wait(library, progress, cancel):
        started.set()
        release.wait(10)

    runner.run(wait, title="Waiting")
    started.wait(5)
    return release


def open_review(qtbot, window, paths):
    """Import `paths` through the window and wait for the review dialog; the dialog."""
    with qtbot.waitSignal(window.flows.review_opened, timeout=5000) as opened:
        window.import_paths(paths)
    dialog = opened.args[0]
    assert dialog.isVisible() and dialog is window.flows.review
    return dialog


def release_titles(library) -> list[str]:
    """The titles of every release in the library, sorted."""
    from labeldesk.library import get_release, release_ids

    return sorted(get_release(library, i).title for i in release_ids(library))
