"""The Files tab: the audio files attached to the release's tracks, each with its format and whether
its tags agree with the library (checked in the background: it reads every file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.attach_dialog import format_label
from labeldesk.gui.file_status import (
    CHANGED_ON_DISK,
    DIFFERS,
    IN_SYNC,
    MISSING,
    UNREADABLE,
    FileStatus,
    field_label,
    file_statuses,
)
from labeldesk.gui.jobs import Job, JobRunner
from labeldesk.gui.list_table_model import ListTableModel
from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.tables import style_table
from labeldesk.library.audio_files import AttachedFile, release_files
from labeldesk.model import Release
from labeldesk.tagging import display

CHECKING = "checking…"


class FilesModel(ListTableModel):
    HEADERS = ("Track", "File", "Format", "Tags")
    TRACK, FILE, FORMAT, TAGS = range(4)

    def items(self):
        return self.files

    def __init__(self, parent=None):
        super().__init__(parent)
        self.files: list[AttachedFile] = []
        self.statuses: dict[int, FileStatus] = {}  # by audio_files row id
        self.multi_disc = False
        self._icons: dict[str, object] = {}

    def set_files(self, files: list[AttachedFile], multi_disc: bool) -> None:
        self.beginResetModel()
        self.files, self.statuses, self.multi_disc = files, {}, multi_disc
        self.endResetModel()

    def set_statuses(self, statuses: list[FileStatus]) -> None:
        self.statuses = {s.file.id: s for s in statuses}
        if self.files:
            self.dataChanged.emit(self.index(0, self.TAGS), self.index(len(self.files) - 1, self.TAGS))

    def status_words(self, row: int) -> str:
        status = self.statuses.get(self.files[row].id)
        return status.words if status is not None else CHECKING

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        attached = self.files[index.row()]
        column = index.column()
        status = self.statuses.get(attached.id)
        if role == Qt.DisplayRole:
            if column == self.TRACK:
                if attached.track_id is None:
                    return "(track gone)"
                number = f"{attached.disc}-{attached.position}" if self.multi_disc else attached.position
                return f"{number}  {attached.title}"
            if column == self.FILE:
                return Path(attached.path).name
            if column == self.FORMAT:
                return format_label(attached.format)
            return status.words if status is not None else CHECKING
        if role == Qt.ToolTipRole:
            if column == self.FILE:
                return attached.path
            if column == self.TAGS and status is not None:
                return _status_tooltip(status)
        if role == Qt.DecorationRole and column == self.TAGS and status is not None:
            return self._icon(status.status)
        return None

    def _icon(self, status: str):
        names = {IN_SYNC: QStyle.SP_DialogApplyButton, DIFFERS: QStyle.SP_BrowserReload,
                 MISSING: QStyle.SP_MessageBoxWarning, CHANGED_ON_DISK: QStyle.SP_MessageBoxWarning,
                 UNREADABLE: QStyle.SP_MessageBoxWarning}
        if status not in self._icons:
            from PySide6.QtWidgets import QApplication

            self._icons[status] = QApplication.style().standardIcon(names[status])
        return self._icons[status]


def _status_tooltip(status: FileStatus) -> str:
    lines = {IN_SYNC: ["The file's tags say what the library says."],
             DIFFERS: ["Release → Write tags… would change:"],
             MISSING: ["The file is not there any more: attach it again where it is now."],
             CHANGED_ON_DISK: ["The file changed since labeldesk attached or last tagged it; "
                               "writing tags leaves it alone."],
             UNREADABLE: [f"Cannot read it: {status.message}"]}[status.status]
    for name, old, new in status.changes[:12]:
        lines.append(f"{field_label(name)}: {display(old)} → {display(new)}")
    if len(status.changes) > 12:
        lines.append(f"… and {len(status.changes) - 12} more")
    return "\n".join(lines)


class FilesTab(QWidget):
    attach_requested = Signal()
    write_tags_requested = Signal()

    def __init__(self, context: EditorContext, jobs: JobRunner, parent=None):
        super().__init__(parent)
        self.context = context
        self.jobs = jobs
        self.release: Release | None = None
        self._job: Job | None = None
        self._generation = 0
        self.model = FilesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        style_table(self.table, widths=(190, 190, 90))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.attach_button = QPushButton("Attach audio files…")
        self.attach_button.setToolTip("Link audio files to the tracks (or drop files or a folder on the release)")
        self.write_button = QPushButton("Write tags…")
        self.write_button.setToolTip("Write the library's fields into the files, after a look at what changes")
        self.check_button = QPushButton("Check again")
        self.check_button.setToolTip("Read the files again and compare their tags with the library")
        self.attach_button.clicked.connect(self.attach_requested)
        self.write_button.clicked.connect(self.write_tags_requested)
        self.check_button.clicked.connect(self.check)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.write_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_release(self, release: Release) -> None:
        self.release = release
        files = release_files(self.context.library, release.id)
        self.model.set_files(files, release.disc_count > 1)
        self.write_button.setEnabled(bool(files))
        self.check_button.setEnabled(bool(files))
        self.check()

    def check(self) -> None:
        """Compare every file with the library, in the background; an answer that arrives after
        the tab moved on (another release, or a newer check) is dropped."""
        if self._job is not None:
            self._job.cancel.set()  # a check of what was shown before: not worth finishing
            self._job = None
        self._generation += 1
        if self.release is None or not self.model.files:
            self._say_summary()
            return
        generation, release_id = self._generation, self.release.id
        self.summary.setText(f"{self._count_words()} — checking the tags…")

        def work(library, progress, cancel):
            return file_statuses(library, release_id, progress, cancel)

        def done(statuses: list[FileStatus]) -> None:
            if generation == self._generation:
                self._job = None
                self.model.set_statuses(statuses)
                self._say_summary()

        def failed(message: str) -> None:
            if generation == self._generation:
                self._job = None
                self.summary.setText(f"{self._count_words()} — could not check the tags: {message}")

        self._job = self.jobs.run(work, title="Checking the files’ tags", cancellable=True,
                                  on_success=done, on_failure=failed)

    @property
    def checking(self) -> bool:
        return self._job is not None

    def _count_words(self) -> str:
        count = len(self.model.files)
        return f"{count} file{'' if count == 1 else 's'} attached"

    def _say_summary(self) -> None:
        if self.release is None:
            return
        if not self.model.files:
            self.summary.setText("No audio files attached. Drop files or a folder on the release, or use "
                                 "Attach audio files…; labeldesk matches them to the tracks by their tags and names.")
            return
        counts: dict[str, int] = {}
        for status in self.model.statuses.values():
            counts[status.status] = counts.get(status.status, 0) + 1
        parts = [f"{n} {s}" for s, n in counts.items()]
        missing_tracks = len(self.release.tracks) - sum(1 for f in self.model.files if f.track_id is not None)
        text = f"{self._count_words()}: " + ", ".join(parts) if parts else self._count_words()
        if missing_tracks > 0:
            text += f". {missing_tracks} track{'' if missing_tracks == 1 else 's'} without a file"
        self.summary.setText(text + ".")

    def status_of(self, file_name: str) -> str:
        row = next(r for r, f in enumerate(self.model.files) if Path(f.path).name == file_name)
        return self.model.statuses[self.model.files[row].id].status
