"""The status bar's view of background work: a progress bar and a cancel button that appear only
when a job has been running for a moment (half a second), so quick work never flickers."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from labeldesk.gui.jobs import Job, JobRunner

SHOW_AFTER_MS = 500


class ProgressDisplay(QWidget):
    def __init__(self, runner: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop this work (what is finished stays)")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self._reveal)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.ended.connect(self._ended)
        self.hide()

    def _started(self, job: Job) -> None:
        if self.job is None:
            self._follow(job)

    def _follow(self, job: Job) -> None:
        self.job = job
        self.label.setText(job.title)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setVisible(job.cancellable)
        self.cancel_button.setEnabled(True)
        self._timer.start()

    def _progressed(self, job: Job, done: int, total: int) -> None:
        if job is self.job and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _ended(self, job: Job) -> None:
        if job is not self.job:
            return
        self.job = None
        self._timer.stop()
        self.hide()
        waiting = [j for j in self.runner._running if j is not job]
        if waiting:
            self._follow(waiting[0])

    def _reveal(self) -> None:
        if self.job is not None:
            self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.label.setText(f"{self.job.title} — stopping…")
