"""Background work: one executor (a QThreadPool of its own) that runs library jobs off the GUI
thread and reports back on it.

A job is a plain function `work(library, progress, cancel)`; it runs on a worker with its own
connection to the library (opened from the path, closed after), reports progress(done, total) as it
goes, and should stop when `cancel.is_set()`. Its result or its one-line failure arrives on the GUI
thread through Qt signals (queued connections), so callbacks may touch widgets; workers never do."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from labeldesk.errors import UserError
from labeldesk.library import open_library

Work = Callable[[Any, Callable[[int, int], None], threading.Event], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """One unit of background work. Keep a reference (the JobRunner does) until it reports."""

    def __init__(self, library_path: Path, work: Work, title: str, cancellable: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.library_path = library_path
        self.work = work
        self.title = title
        self.cancellable = cancellable
        self.cancel = threading.Event()
        self.signals = _Signals()

    def run(self) -> None:  # on a worker thread: no widget is touched here
        try:
            with open_library(self.library_path) as library:
                result = self.work(library, self.signals.progressed.emit, self.cancel)
        except Exception as exc:  # every failure reaches the user as one line
            self.signals.failed.emit(describe_failure(exc))
        else:
            self.signals.succeeded.emit(result)


def describe_failure(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class _Relay(QObject):
    """Made on the GUI thread: its slots are bound methods of a GUI-thread object, so signals
    emitted on the worker reach them queued, on the GUI thread."""

    def __init__(self, job: Job, runner: JobRunner, on_success, on_failure, on_progress):
        super().__init__(runner)
        self.job, self.runner = job, runner
        self.on_success, self.on_failure, self.on_progress = on_success, on_failure, on_progress

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self.runner.progressed.emit(self.job, done, total)
        if self.on_progress is not None:
            self.on_progress(done, total)

    @Slot(object)
    def succeeded(self, result) -> None:
        self.runner._finish(self, self.on_success, result)

    @Slot(str)
    def failed(self, message: str) -> None:
        self.runner._finish(self, self.on_failure, message)


class JobRunner(QObject):
    """The window's one background executor. `started(job)` and `ended(job)` let a progress
    display follow the work; `run` returns the Job (for its cancel flag)."""

    started = Signal(object)
    ended = Signal(object)
    progressed = Signal(object, int, int)  # the job, done, total

    def __init__(self, library_path: Path, parent: QObject | None = None, threads: int = 1):
        super().__init__(parent)
        self.library_path = Path(library_path)
        self.pool = QThreadPool(self)
        # one writer at a time: jobs run in the order they were asked for
        self.pool.setMaxThreadCount(threads)
        self._running: dict[Job, _Relay] = {}

    def run(self, work: Work, *, title: str, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[str], None] | None = None, on_progress: Callable[[int, int], None] | None = None,
            cancellable: bool = False) -> Job:
        """Start `work` in the background; `on_success(result)` or `on_failure(message)` is
        called on the GUI thread when it ends."""
        job = Job(self.library_path, work, title, cancellable)
        relay = _Relay(job, self, on_success, on_failure, on_progress)
        job.signals.progressed.connect(relay.progressed)
        job.signals.succeeded.connect(relay.succeeded)
        job.signals.failed.connect(relay.failed)
        self._running[job] = relay
        self.started.emit(job)
        self.pool.start(job)
        return job

    def _finish(self, relay: _Relay, callback, value) -> None:
        self._running.pop(relay.job, None)
        relay.deleteLater()
        self.ended.emit(relay.job)
        if callback is not None:
            callback(value)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has finished (on closing the window, and in tests)."""
        return self.pool.waitForDone(msecs)
