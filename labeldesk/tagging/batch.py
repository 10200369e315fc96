"""Tagging many files: one failure does not stop the rest; progress and cancel for CLI and GUI."""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import Fields
from labeldesk.tagging.files import FileChangedError, write
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


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def _cancel_check(cancel) -> Cancel:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # a threading.Event
        return cancel.is_set
    return cancel


def write_batch(jobs: Iterable[WriteJob], progress: Progress | None = None, cancel=None, *,
                id3_version: int = 4) -> list[WriteResult]:
    """Write every job, in order; returns one result per job.

    `progress(done, total)` is called before the first file and after each one. `cancel` (a
    callable returning True, or a threading.Event) is checked between files; jobs not started
    when it is set are reported as cancelled.
    """
    jobs = list(jobs)
    is_cancelled = _cancel_check(cancel)
    results: list[WriteResult] = []
    total = len(jobs)
    if progress:
        progress(0, total)
    for done, job in enumerate(jobs):
        path = os.fspath(job.path)
        if is_cancelled():
            results.extend(WriteResult(os.fspath(j.path), CANCELLED) for j in jobs[done:])
            break
        try:
            after = write(path, job.fields, leave_alone=job.leave_alone, expected=job.expected,
                          force=job.force, id3_version=id3_version)
        except FileChangedError as exc:
            results.append(WriteResult(path, CHANGED_ON_DISK, exc.reason))
        except TaggingError as exc:
            results.append(WriteResult(path, FAILED, exc.reason))
        else:
            results.append(WriteResult(path, WRITTEN if after else UNCHANGED, "", after or job.expected))
        if progress:
            progress(done + 1, total)
    return results
