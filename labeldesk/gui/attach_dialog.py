"""Attaching audio files to a release's tracks: a preview of which file goes with which track and
how that was found (tag, file name, title, duration, order), every pair open to change before
anything is linked; files that are not audio are listed as refused.

`prepare_attach` (background, no Qt) reads the files and matches them; `AttachDialog` shows the
matching and emits `confirmed(pairs)`; `attach_pairs` (background) links the chosen pairs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeldesk.actions.matching import Matching, match_by_order, match_files
from labeldesk.gui.drops import expand_folders
from labeldesk.gui.tables import style_table
from labeldesk.model import Release, Track
from labeldesk.model.durations import format_duration

BY_HAND = "by hand"
FORMAT_LABELS = {"mp3": "MP3", "flac": "FLAC", "ogg": "Ogg Vorbis", "opus": "Opus", "m4a": "M4A",
                 "wav": "WAV", "aiff": "AIFF"}


def format_label(name: str | None) -> str:
    return FORMAT_LABELS.get(name or "", (name or "?").upper())


@dataclass
class AttachPreview:
    release: Release
    formats: dict[str, str]  # readable audio file (absolute path) -> format name
    durations: dict[str, float | None]
    matching: Matching
    refused: dict[str, str] = field(default_factory=dict)  # path -> why it is not taken


@dataclass(frozen=True)
class ChosenPair:
    path: str
    track_id: int
    format: str


def prepare_attach(library, release_id: int, paths: Iterable[str | os.PathLike[str]], progress=None,
                   cancel=None) -> AttachPreview:
    """Read every dropped file (folders: the files inside) and match the audio ones to the
    release's tracks. Links nothing."""
    from labeldesk.actions.importing import Cancelled
    from labeldesk.library import get_release
    from labeldesk.tagging import TaggingError, read_file

    release = get_release(library, release_id)
    files = expand_folders(paths)
    audio, refused = {}, {}
    for done, path in enumerate(files, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if not os.path.isfile(path):
            refused[path] = "no such file"
        else:
            try:
                audio[path] = read_file(path)  # tells audio by its content, whatever its name
            except TaggingError as exc:
                refused[path] = exc.reason
        if progress:
            progress(done, len(files))
    matching = match_files(release, list(audio), reader=audio.__getitem__) if release.tracks else Matching(
        unmatched_files=list(audio))
    return AttachPreview(release, {p: a.format for p, a in audio.items()},
                         {p: a.duration for p, a in audio.items()}, matching, refused)


def attach_pairs(library, release_id: int, pairs: list[ChosenPair], progress=None, cancel=None) -> int:
    """Link each file to its chosen track (one transaction). Returns how many were linked."""
    from labeldesk.actions.audio import link_files

    return link_files(library, release_id, [(pair.path, pair.track_id, pair.format) for pair in pairs], progress)


def track_label(release: Release, track: Track) -> str:
    number = f"{track.disc}-{track.position}" if release.disc_count > 1 else track.position
    length = f"  ({format_duration(track.duration)})" if track.duration else ""
    return f"{number}  {track.title}{length}"


class AttachDialog(QDialog):
    """Open with open()/show(); `confirmed(list[ChosenPair])` when the user attaches."""

    confirmed = Signal(list)
    FILE, FORMAT, LENGTH, TRACK, METHOD = range(5)
    HEADERS = ("File", "Format", "Length", "Track", "Matched by")

    def __init__(self, preview: AttachPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.release = preview.release
        self.setWindowTitle(f"Attach audio files — {self.release.title}")
        self.files = sorted(preview.formats, key=lambda p: self._matched_index(p, preview.matching))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.doubts = QLabel()
        self.doubts.setWordWrap(True)
        self.doubts.setVisible(bool(preview.matching.ambiguities))
        self.doubts.setText("Could not decide: " + "; ".join(preview.matching.ambiguities))

        self.table = QTableWidget(len(self.files), len(self.HEADERS))
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        style_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.FILE, QHeaderView.Stretch)
        header.setSectionResizeMode(self.TRACK, QHeaderView.Stretch)
        for column in (self.FORMAT, self.LENGTH, self.METHOD):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.combos: list[QComboBox] = []
        self.methods: dict[str, str] = {}
        for row, path in enumerate(self.files):
            name = QTableWidgetItem(Path(path).name)
            name.setToolTip(path)
            self.table.setItem(row, self.FILE, name)
            self.table.setItem(row, self.FORMAT, QTableWidgetItem(format_label(preview.formats[path])))
            duration = preview.durations.get(path)
            length = QTableWidgetItem(format_duration(max(1, round(duration))) if duration else "")
            length.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(row, self.LENGTH, length)
            self.table.setItem(row, self.METHOD, QTableWidgetItem(""))
            combo = QComboBox()
            combo.addItem("— leave out —", None)
            for track in self.release.tracks:
                combo.addItem(track_label(self.release, track), track.id)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed_by_hand(r))
            self.table.setCellWidget(row, self.TRACK, combo)
            self.combos.append(combo)

        self.refused = QListWidget()
        icon = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        for path, why in sorted(preview.refused.items()):
            item = QListWidgetItem(icon, f"{Path(path).name}: {why}")
            item.setToolTip(path)
            self.refused.addItem(item)
        self.refused_label = QLabel(f"Refused — not audio files labeldesk can tag ({len(preview.refused)}):")
        for widget in (self.refused_label, self.refused):
            widget.setVisible(bool(preview.refused))
        self.refused.setMaximumHeight(self.refused.sizeHintForRow(0) * min(max(len(preview.refused), 1), 4) + 8)

        self.buttons = QDialogButtonBox()
        self.attach_button = self.buttons.addButton("Attach", QDialogButtonBox.AcceptRole)
        self.order_button = QPushButton("Match by order")
        self.order_button.setToolTip("The first file (by name) to the first track, the second to the second, …")
        self.buttons.addButton(self.order_button, QDialogButtonBox.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.attach_button.clicked.connect(self.confirm)
        self.order_button.clicked.connect(self.match_by_order)
        self.cancel_button.clicked.connect(self.reject)
        self.order_button.setEnabled(bool(self.files) and bool(self.release.tracks))
        self.attach_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.doubts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refused_label)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self.apply_matching(preview.matching)

    @staticmethod
    def _matched_index(path: str, matching: Matching) -> tuple[int, str]:
        track = matching.track_for(path)
        order = [p.path for p in matching.pairs]
        return (order.index(path) if track is not None else len(order), Path(path).name.casefold())

    # --- pairs -------------------------------------------------------------------------------------

    def apply_matching(self, matching: Matching) -> None:
        methods = {p.path: (p.track.id, p.method) for p in matching.pairs}
        for row, path in enumerate(self.files):
            track_id, method = methods.get(path, (None, ""))
            combo = self.combos[row]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(track_id), 0) if track_id is not None else 0)
            combo.blockSignals(False)
            self._set_method(row, method)
        self._update()

    def match_by_order(self) -> None:
        self.apply_matching(match_by_order(self.release, self.files))

    def _set_method(self, row: int, method: str) -> None:
        self.methods[self.files[row]] = method
        self.table.item(row, self.METHOD).setText(method or ("—" if self.combos[row].currentData() is None else ""))

    def _changed_by_hand(self, row: int) -> None:
        track_id = self.combos[row].currentData()
        self._set_method(row, BY_HAND if track_id is not None else "")
        if track_id is not None:  # a track holds one file: the file that had it is left out now
            for other, combo in enumerate(self.combos):
                if other != row and combo.currentData() == track_id:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self._set_method(other, "")
        self._update()

    def choose(self, path_or_name: str, track_id: int | None) -> None:
        """Pick the track for a file, as the user does with its combo."""
        row = next(i for i, p in enumerate(self.files) if p == path_or_name or Path(p).name == path_or_name)
        combo = self.combos[row]
        combo.setCurrentIndex(max(combo.findData(track_id), 0) if track_id is not None else 0)

    def pairs(self) -> list[ChosenPair]:
        return [ChosenPair(path, combo.currentData(), self.preview.formats[path])
                for path, combo in zip(self.files, self.combos) if combo.currentData() is not None]

    def _update(self) -> None:
        pairs = self.pairs()
        left_out = len(self.files) - len(pairs)
        tracks = len(self.release.tracks)
        if not self.files:
            text = "None of these files is audio that labeldesk can tag: nothing to attach."
        else:
            text = (f"{len(pairs)} of {len(self.files)} audio file{'' if len(self.files) == 1 else 's'} "
                    f"matched to the {tracks} track{'' if tracks == 1 else 's'} of “{self.release.title}”.")
            if left_out:
                text += f" {left_out} left out: choose a track for {'it' if left_out == 1 else 'them'}, or " \
                        "match by order."
            text += " Change any pair before attaching; a file attached before moves to its new track."
        self.intro.setText(text)
        self.attach_button.setText(f"Attach {len(pairs)} file{'' if len(pairs) == 1 else 's'}")
        self.attach_button.setEnabled(bool(pairs))

    def confirm(self) -> None:
        pairs = self.pairs()
        if not pairs:
            return
        self.accept()
        self.confirmed.emit(pairs)
