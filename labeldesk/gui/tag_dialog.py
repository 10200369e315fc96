"""Writing a release's tags into its attached files: first what would change in each file, field by
field (old → new, as the dry run tells), then the write with progress and cancel, and at the end the
files that were not written and why (the others are written)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.file_status import field_label
from labeldesk.gui.jobs import Job, JobRunner
from labeldesk.tagging import display


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class WriteTagsDialog(QDialog):
    """Open with open()/show(): it reads the preview itself (in the background). `written(release_id)`
    after a write, whatever its outcome, so views can look at the files again."""

    written = Signal(int)
    previewed = Signal()
    finished_writing = Signal(object)  # the TagReport

    def __init__(self, jobs: JobRunner, release_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.release_id = release_id
        self.job: Job | None = None
        self.previews = []
        self.report = None
        self.setWindowTitle(f"Write tags — {title}")
        self.intro = QLabel("Reading the files…")
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(("File, then field", "In the file now", "Will be"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 300)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.failures = QListWidget()
        self.failures.hide()
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton("Write tags", QDialogButtonBox.AcceptRole)
        self.write_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self._close_or_stop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.failures)
        layout.addWidget(self.buttons)
        self.resize(960, 620)
        self._read_preview()

    # --- the preview ---------------------------------------------------------------------------------

    def _read_preview(self) -> None:
        from labeldesk.actions.audio import preview_tags

        release_id = self.release_id
        self.job = self.jobs.run(lambda library, progress, cancel: preview_tags(library, release_id),
                                 title="Reading the files’ tags", on_success=self._show_preview,
                                 on_failure=self._preview_failed)

    def _show_preview(self, previews) -> None:
        self.job = None
        self.previews = previews
        warning = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        ok = self.style().standardIcon(QStyle.SP_DialogApplyButton)
        changing = 0
        for preview in previews:
            item = QTreeWidgetItem(self.tree)
            attached = preview.file
            track = f"{attached.position}  {attached.title}" if attached.title else "no track"
            name = f"{Path(attached.path).name}   →   {track}"
            item.setToolTip(0, attached.path)
            item.setFirstColumnSpanned(True)  # the file's line reads across the three columns
            if preview.error:
                item.setText(0, f"{name}   —   cannot read it: {preview.error}")
                item.setIcon(0, warning)
                continue
            if preview.changed_on_disk:
                item.setIcon(0, warning)
                item.setText(0, f"{name}   —   changed on disk since labeldesk last saw it: left alone")
                item.setToolTip(0, "A file changed behind labeldesk’s back is not overwritten; attach it again "
                                   "to take it as it is now.")
            elif not preview.changes:
                item.setIcon(0, ok)
                item.setText(0, f"{name}   —   in sync, nothing to change")
                continue
            else:
                changing += 1
                item.setText(0, f"{name}   —   {_plural(len(preview.changes), 'field')} change")
            for field, old, new in preview.changes:
                child = QTreeWidgetItem(item)
                child.setText(0, field_label(field))
                child.setText(1, display(old))
                child.setText(2, display(new))
                child.setToolTip(1, display(old))
                child.setToolTip(2, display(new))
            item.setExpanded(preview is next((p for p in previews if p.changes and not p.changed_on_disk), None))
        if changing:
            self.intro.setText(f"{_plural(changing, 'file')} of {len(previews)} will change (open a file to see its "
                               "fields: what it holds now, and what it will hold). Files are written safely: "
                               "each one is either wholly rewritten or left as it was.")
        else:
            self.intro.setText("Nothing to write: every file already says what the library says"
                               if previews else "No files attached.")
        self.write_button.setEnabled(changing > 0)
        self.write_button.setDefault(True)
        self.previewed.emit()

    def _preview_failed(self, message: str) -> None:
        self.job = None
        self.intro.setText(f"Cannot read the files: {message}")
        self.previewed.emit()

    def files_changing(self) -> list[str]:
        return [Path(p.file.path).name for p in self.previews if p.changes and not p.changed_on_disk and not p.error]

    # --- the write -----------------------------------------------------------------------------------

    def write(self) -> None:
        from labeldesk.actions.audio import tag_release

        if self.job is not None:
            return
        release_id = self.release_id
        self.write_button.setEnabled(False)
        self.close_button.setText("Stop")
        self.close_button.setToolTip("Stop after the files being written now (what is written stays written)")
        self.progress.setRange(0, max(len(self.previews), 1))
        self.progress.setValue(0)
        self.progress.setFormat("%v of %m files")
        self.progress.show()
        self.intro.setText("Writing…")
        self.job = self.jobs.run(lambda library, progress, cancel: tag_release(library, release_id, progress=progress,
                                                                               cancel=cancel),
                                 title="Writing tags", cancellable=True, on_success=self._written,
                                 on_failure=self._write_failed, on_progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _close_or_stop(self) -> None:
        if self.job is not None and self.job.cancellable:
            self.job.cancel.set()
            self.close_button.setEnabled(False)
            self.intro.setText("Stopping after the files being written now…")
        else:
            self.reject()

    def _written(self, report) -> None:
        from labeldesk.actions.audio import UNCHANGED, WRITTEN

        self.job = None
        self.report = report
        self.progress.hide()
        problems = [r for r in report.results if r.status not in (WRITTEN, UNCHANGED)]
        self.intro.setText("Done." if not problems else "Done, except for the files below.")
        self.outcome.setText(report.summary()[0].upper() + report.summary()[1:] + ".")
        self.outcome.show()
        icon = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        for result in problems:
            words = f"{Path(result.file.path).name}: {result.status}" + (f" — {result.message}" if result.message else "")
            item = QListWidgetItem(icon, words)
            item.setToolTip(result.file.path)
            self.failures.addItem(item)
        self.failures.setVisible(bool(problems))
        self._finished()
        self.written.emit(self.release_id)
        self.finished_writing.emit(report)

    def _write_failed(self, message: str) -> None:
        self.job = None
        self.progress.hide()
        self.intro.setText("Nothing was written.")
        self.outcome.setText(message)
        self.outcome.show()
        self._finished()
        self.written.emit(self.release_id)
        self.finished_writing.emit(None)

    def _finished(self) -> None:
        self.close_button.setText("Close")
        self.close_button.setToolTip("")
        self.close_button.setEnabled(True)
        self.write_button.hide()

    def reject(self) -> None:
        if self.job is not None and self.job.cancellable:  # Esc while writing: stop, don't vanish
            self._close_or_stop()
            return
        super().reject()


__all__ = ["WriteTagsDialog"]
