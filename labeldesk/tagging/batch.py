"""Tagging many files: one failure does not stop the rest; progress and cancel for CLI and GUI."""

from __future__ import annotations

import itertools
import os
import queue
import threading
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from labeldesk.tagging import cover_frames, id3_frames
from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import Fields
from labeldesk.tagging.files import FileChangedError, sync_directory_of, write
from labeldesk.tagging.fingerprint import Fingerprint

WRITTEN = "written"
UNCHANGED = "unchanged"  # the file already held these fields
CHANGED_ON_DISK = "changed on disk"  # not written: the file is not the one attached
FAILED = "failed"
CANCELLED = "cancelled"  # not attempted


@dataclass
class WriteJob:
    path: str | os.PathLike[str]
    fields: Fields
    expected: Fingerprint | None = None  # the file as attached; None skips the check
    force: bool = False  # write even when the file changed on disk
    leave_alone: Collection[str] = field(default_factory=frozenset)


@dataclass
class WriteResult:
    path: str
    status: str
    message: str = ""
    fingerprint: Fingerprint | None = None  # the file after writing, to record in the library

    @property
    def ok(self) -> bool:
        return self.status in (WRITTEN, UNCHANGED)


# past two the threads mostly wait for each other (the GIL, and hashing and copying share the
# memory bus); more cores are still put to use
DEFAULT_WORKERS = max(2, min(4, os.cpu_count() or 2))

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def _cancel_check(cancel) -> Cancel:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # a threading.Event
        return cancel.is_set
    return cancel


def _write_one(job: WriteJob, id3_version: int, durable: bool) -> WriteResult:
    path = os.fspath(job.path)
    try:
        after = write(path, job.fields, leave_alone=job.leave_alone, expected=job.expected, force=job.force,
                      id3_version=id3_version, sync_directory=False, durable=durable)
    except FileChangedError as exc:
        return WriteResult(path, CHANGED_ON_DISK, exc.reason)
    except TaggingError as exc:
        return WriteResult(path, FAILED, exc.reason)
    except Exception as exc:  # noqa: BLE001 - one file's surprise must not end the batch
        return WriteResult(path, FAILED, f"{type(exc).__name__}: {exc}")
    return WriteResult(path, WRITTEN if after else UNCHANGED, "", after or job.expected)


def write_batch(jobs: Iterable[WriteJob], progress: Progress | None = None, cancel=None, *,
                id3_version: int = 4, workers: int = DEFAULT_WORKERS, durable: bool = False) -> list[WriteResult]:
    """Write every job; returns one result per job, in the jobs' order.

    Files are written by a few threads at once: copying, hashing and writing leave the GIL, so one
    file's copy and hash overlap another's tag rendering. `progress(done, total)` is called from
    the calling thread, before the first file and after each one. `cancel` (a callable returning
    True, or a threading.Event) is checked by the calling thread before the first file and after
    each one; the files already being written then finish (as many as there are workers, and one
    more), and the ones not started are reported as cancelled.

    A kill or crash of the process leaves every file as it was or wholly tagged. `durable` also
    guards against a power cut or system crash: each new file is synced to disk before it replaces
    the old one, and each directory once at the end (see labeldesk.tagging.files.write).
    """
    jobs = list(jobs)
    total = len(jobs)
    is_cancelled = _cancel_check(cancel)
    results: list[WriteResult | None] = [None] * total
    if progress:
        progress(0, total)
    # each worker takes the next file itself, so that none waits for this thread between files;
    # this thread reports progress and watches `cancel`. A worker may run one file ahead of what
    # this thread has seen finish, no more: a cancel stops all but the files being written.
    taken = itertools.count()
    ahead = threading.Semaphore(max(1, workers) + 1)
    stop = threading.Event()
    finished: queue.SimpleQueue = queue.SimpleQueue()

    def work() -> None:
        try:
            while ahead.acquire() and not stop.is_set() and (index := next(taken)) < total:
                finished.put((index, _write_one(jobs[index], id3_version, durable)))
        finally:
            finished.put(None)  # this worker is done

    threads = []
    if total and not is_cancelled():
        threads = [threading.Thread(target=work, name=f"labeldesk-tag-{n}") for n in range(max(1, min(workers, total)))]
        for thread in threads:
            thread.start()
    done, running = 0, len(threads)
    try:
        while running:
            item = finished.get()
            if item is None:
                running -= 1
                continue
            index, result = item
            results[index] = result
            done += 1
            if progress:
                progress(done, total)
            if is_cancelled():
                stop.set()
            ahead.release()
    finally:
        stop.set()  # also when progress raised: the workers finish the files they are writing, no more
        for thread in threads:
            ahead.release()
        for thread in threads:
            thread.join()
    for index, result in enumerate(results):
        if result is None:
            results[index] = WriteResult(os.fspath(jobs[index].path), CANCELLED)
    # what was made once for many files (the cover's block and frame, frames read and rendered) is
    # let go: a batch of another release shares none of it
    cover_frames.cache_clear()
    id3_frames.cache_clear()
    if durable:  # one directory sync per directory makes every rename durable (each copy was synced before)
        for directory in dict.fromkeys(os.path.dirname(os.path.abspath(r.path))
                                       for r in results if r.status == WRITTEN):
            sync_directory_of(os.path.join(directory, "."))
    return results
