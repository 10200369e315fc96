"""The background executor: work runs on a worker with its own connection, results and failures
come back on the GUI thread, progress is shown only after half a second, and cancel reaches the work."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from labeldesk.errors import UserError
from labeldesk.gui.jobs import JobRunner
from labeldesk.gui.progress_display import SHOW_AFTER_MS, ProgressDisplay
from labeldesk.library import count_releases


def test_a_job_reports_its_result_on_the_gui_thread(qtbot, catalogue):
    runner = JobRunner(catalogue.path)
    seen = {}

    def work(library, progress, cancel):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        seen["own connection"] = library is not catalogue
        progress(1, 1)
        return count_releases(library)

    def done(result):
        seen["result"] = result
        seen["gui thread"] = QThread.currentThread() is QApplication.instance().thread()

    progress = []
    runner.run(work, title="Counting", on_success=done, on_progress=lambda d, t: progress.append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "own connection": True, "result": 2, "gui thread": True}
    assert progress == [(1, 1)] and not runner.busy


def test_a_failure_arrives_as_one_line(qtbot, catalogue):
    runner = JobRunner(catalogue.path)
    messages = []

    def work(library, progress, cancel):
        raise UserError("catalogue.txt: cannot read it (permission denied)")

    runner.run(work, title="Reading", on_failure=messages.append)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["catalogue.txt: cannot read it (permission denied)"]

    def broken(library, progress, cancel):
        return {}["missing"]

    runner.run(broken, title="Broken", on_failure=messages.append)
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert messages[1] == "KeyError: 'missing'"


def test_progress_shows_after_half_a_second_and_cancel_stops_the_work(qtbot, catalogue):
    runner = JobRunner(catalogue.path)
    display = ProgressDisplay(runner)
    qtbot.addWidget(display)
    started = threading.Event()
    outcome = []

    def work(library, progress, cancel):
        started.set()
        for done in range(1, 1000):
            if cancel.is_set():
                raise UserError("cancelled")
            progress(done, 1000)
            time.sleep(0.005)
        return "finished"

    runner.run(work, title="Long work", cancellable=True, on_success=outcome.append, on_failure=outcome.append)
    started.wait(2)
    qtbot.wait(SHOW_AFTER_MS // 3)
    assert display.isHidden()  # quick work never flickers
    qtbot.waitUntil(lambda: not display.isHidden(), timeout=2000)
    assert display.label.text() == "Long work" and display.cancel_button.isVisibleTo(display)
    qtbot.waitUntil(lambda: display.bar.maximum() == 1000)
    display.cancel_button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert outcome == ["cancelled"]
    assert display.isHidden()
