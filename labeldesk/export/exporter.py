"""Exporting a release for distribution: tagged copies, cover, manifests, credits, notes, DDEX.

    <target_dir>/<release artists> - <title> (<year>)/
        1-01 Title.flac …      copies of the attached files, tagged, with the cover embedded
        cover.jpg              the distributor's cover (3000×3000 unless asked otherwise)
        manifest.csv/.json     one row per file: disc, track, title, artists, duration, ISRC, size, SHA-256
        credits.csv            every credit, release and track level
        liner-notes.txt        every note with its signature
        ddex.xml               ERN 4.3 NewReleaseMessage

The folder is built under a hidden name beside its final place and renamed at the end, so a failed
or cancelled export leaves nothing behind, and an existing export is replaced only by a complete one.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.export.cover import (
    ExportCover,
    PreparedCover,
    distributor_cover,
    player_cover,
)
from labeldesk.export.ddex import build_ern, recording_credits, valid_dpid
from labeldesk.export.manifest import manifest_csv, manifest_json, manifest_rows
from labeldesk.export.naming import (
    FileNameTemplate,
    folder_name,
    inside,
    safe_file_name,
    template_values,
    unique_name,
)
from labeldesk.export.options import (
    ExportedFile,
    ExportFile,
    ExportOptions,
    ExportResult,
)
from labeldesk.export.sheets import credits_csv, liner_notes_text
from labeldesk.export.staging import Staging, sync_path
from labeldesk.export.tags import make_copy
from labeldesk.model.release import Release
from labeldesk.tagging import Cover, cover_frames, id3_frames
from labeldesk.tagging.mapping import fields_for_track

COVER_FILE = "cover.jpg"
SIDE_FILES = (COVER_FILE, "manifest.csv", "manifest.json", "credits.csv", "liner-notes.txt", "ddex.xml")
MIN_COVER_SIZE = 100
MAX_COVER_SIZE = 10000
# A file's kernel copy and its hashing leave the GIL, rendering its tags holds it: one more thread
# than cores keeps the cores busy with one file's copy beside another's hash.
WORKERS = max(2, min(4, (os.cpu_count() or 1) + 1))

Progress = Callable[[int, int], None]


class ExportCancelled(UserError):
    """The export was cancelled; nothing was left behind."""


class _Stopped(Exception):
    """A job not started because another one failed: never reaches the caller."""


def export_release(
    release: Release,
    files: list[ExportFile],
    cover: bytes | ExportCover | None,
    target_dir: Path,
    options: ExportOptions = ExportOptions(),
    progress: Progress | None = None,
    cancel=None,
) -> ExportResult:
    """Export `release` with its attached `files` into a new folder under `target_dir`.

    `cover` is the release's cover: image bytes (any format Pillow reads; both covers are then
    made during the export), the covers made already for these options' sizes (an ExportCover,
    as a library keeps them: labeldesk.export.cover_cache), or None. `progress(done, total)` is
    called before the first file, after each file and after the side files; `cancel` (a callable
    returning True, or a threading.Event) is checked between files. Raises UserError (one line)
    for bad input and for any failure, and then leaves nothing behind (not even a target folder it
    created); the originals are never modified.
    """
    template = check_options(options)
    if not files:
        raise UserError(f"release {release.title!r} has no audio files attached: nothing to export")
    files = running_order(release, _with_release_tracks(release, files))
    for item in files:
        if not item.source_path.is_file():
            raise UserError(f"missing source file: {item.source_path}")
    target_dir = Path(target_dir)
    created = _ensure_directory(target_dir)
    try:
        return _export(release, files, cover, target_dir, options, template, progress, _cancel_check(cancel))
    except BaseException:
        _remove_empty(created)
        raise
    finally:
        # what was made once for all the files (the cover's block and frame, rendered frames) is
        # let go: another release shares none of it
        cover_frames.cache_clear()
        id3_frames.cache_clear()


class _Covers:
    """An export's covers: given ready, or made on a side thread from image bytes while the first
    files are read (the embedded one first, since every file waits for it)."""

    def __init__(self, cover: bytes | ExportCover | None, options: ExportOptions, side_work: ThreadPoolExecutor):
        self._ready = cover if isinstance(cover, ExportCover) else None
        self._embedded: Cover | None = None
        self._player: Future | None = None
        self._big: Future | None = None
        if self._ready is not None:
            self._embedded = Cover(self._ready.player.data, "image/jpeg")
        elif cover is not None:
            self._player = side_work.submit(lambda: Cover(player_cover(cover, options.player_cover_size).data,
                                                          "image/jpeg"))
            # after the player cover, trusting the decode it just did of the same bytes
            self._big = side_work.submit(lambda: (self._player.result(),
                                                  distributor_cover(cover, options.cover_size, known_to_decode=True))[1])

    @property
    def present(self) -> bool:
        return self._ready is not None or self._player is not None

    def embedded(self) -> Cover | None:
        """The JPEG every file carries (waits for it while it is being made)."""
        if self._player is not None:
            return self._player.result()
        return self._embedded

    def for_export(self) -> tuple[PreparedCover, list[str]] | None:
        """cover.jpg and the remarks about the image."""
        if self._big is not None:
            return self._big.result()
        if self._ready is not None:
            return self._ready.distributor, list(self._ready.remarks)
        return None


def _export(release: Release, files: list[ExportFile], cover: bytes | ExportCover | None, target_dir: Path,
            options: ExportOptions, template: FileNameTemplate, progress: Progress | None,
            is_cancelled: Callable[[], bool]) -> ExportResult:
    final = inside(target_dir, folder_name(release))
    resolved = final.resolve()
    for item in files:
        # replacing a folder must never delete the files being exported
        if resolved in item.source_path.resolve().parents:
            raise UserError(f"{item.source_path} is inside {final}, the folder the export would replace")
    report = progress or (lambda done, total: None)
    total = len(files) + 1
    warnings: list[str] = missing_track_warnings(release, files)

    # names first, in running order, so that " (2)" always goes to the later file
    taken = {name.casefold() for name in SIDE_FILES}
    single_disc = release.disc_count <= 1
    names = [
        unique_name(safe_file_name(template.render(template_values(release, f.track), single_disc),
                                   f.source_path.suffix), taken)
        for f in files
    ]

    staging = Staging(final, replace=options.force)
    side_work = ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-side")
    try:
        report(0, total)
        covers = _Covers(cover, options, side_work)
        if not covers.present:
            warnings.append("the release has no cover: no cover.jpg, and the files carry no cover")
        staged = [inside(staging.path, name) for name in names]

        def export_one(index: int) -> ExportedFile:
            item = files[index]
            fields = fields_for_track(release, item.track)  # here, not up front: the first copy starts at once
            made = make_copy(item.source_path, staged[index], fields, covers.embedded)
            if options.sync:
                sync_path(staged[index])  # here, while the other files are still being copied
            return ExportedFile(
                track=item.track,
                source_path=item.source_path,
                path=final / names[index],
                size=made.size,
                sha256=made.sha256,
                duration=made.info.duration if made.info.duration is not None else item.track.duration,
                isrc=made.info.isrc,
            )

        # the side files that do not list the exported files are written while the files are copied
        release_files = side_work.submit(lambda: _write_release_files(staging.path, release, covers.for_export(),
                                                                      options))
        exported = _run_in_parallel(export_one, _largest_first(files), report, total, is_cancelled)
        made = release_files.result()
        warnings += _write_file_lists(staging.path, release, exported, made, options)
        staging.commit(sync=options.sync)
    except BaseException:
        side_work.shutdown(wait=True, cancel_futures=True)  # nothing may write into the folder once it goes
        staging.discard()
        raise
    finally:
        side_work.shutdown(wait=True, cancel_futures=True)
    report(total, total)
    size = (made.cover.width, made.cover.height) if made.cover else None
    return ExportResult(final, exported, warnings, cover_size=size, ddex=options.ddex)


def _largest_first(files: list[ExportFile]) -> list[int]:
    """The files' indexes, largest file first: the last to start are the quickest to finish, so
    that no core waits long at the end while one big file is still being hashed."""
    def size(index: int) -> int:
        try:
            return files[index].source_path.stat().st_size
        except OSError:
            return 0  # its job says what is wrong with it
    return sorted(range(len(files)), key=lambda index: -size(index))


def _run_in_parallel(job: Callable[[int], ExportedFile], order: list[int], report: Progress, total: int,
                     is_cancelled: Callable[[], bool]) -> list[ExportedFile]:
    """job(i) for every index, started in `order`, on a few threads: one file's kernel copy
    overlaps another's hashing and a third's tag rendering. A cancel or a failure stops the jobs
    not yet started; the first failure is raised once the running ones have stopped. Results come
    back by index."""
    count = len(order)
    results: list[ExportedFile | None] = [None] * count
    stop = threading.Event()

    def guarded(index: int) -> ExportedFile:
        if is_cancelled():
            raise ExportCancelled("export cancelled; nothing was written")
        if stop.is_set():
            raise _Stopped()
        return job(index)

    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="export") as pool:
        running = {pool.submit(guarded, index): index for index in order}
        done = 0
        try:
            # as_completed watches every job with one waiter (wait() in a loop would add one to
            # each pending job every time round)
            for future in as_completed(running):
                try:
                    results[running[future]] = future.result()  # the job's error ends the export here
                except CancelledError:
                    continue
                done += 1
                report(done, total)
        except BaseException:
            stop.set()
            for future in running:
                future.cancel()
            raise
    if is_cancelled():
        raise ExportCancelled("export cancelled; nothing was written")
    return [r for r in results if r is not None]


def check_options(options: ExportOptions) -> FileNameTemplate:
    """The parsed template; UserError for options that cannot work."""
    template = FileNameTemplate.parse(options.template)
    for label, size in (("cover size", options.cover_size), ("player cover size", options.player_cover_size)):
        if not MIN_COVER_SIZE <= size <= MAX_COVER_SIZE:
            raise UserError(f"{label} {size} px is outside {MIN_COVER_SIZE}–{MAX_COVER_SIZE} px")
    for label, party in (("sender", options.sender), ("recipient", options.recipient)):
        if party and not valid_dpid(party[0]):
            raise UserError(f"{label} DPID {party[0]!r} is not a DDEX party id (PADPIDA followed by 11 letters or digits)")
    return template


def _with_release_tracks(release: Release, files: list[ExportFile]) -> list[ExportFile]:
    """The files with their tracks as the release's own Track objects (matched by identity, then
    library id, then equal content), so that order and numbering come from the release."""
    matched = []
    for item in files:
        track = next((t for t in release.tracks if t is item.track), None)
        if track is None and item.track.id is not None:
            track = next((t for t in release.tracks if t.id == item.track.id), None)
        if track is None:
            track = next((t for t in release.tracks if t == item.track), None)
        if track is None:
            raise UserError(f"{item.source_path} is attached to a track that is not on {release.title!r}: "
                            f"{item.track.position} {item.track.title}")
        matched.append(item if track is item.track else ExportFile(track, item.source_path))
    return matched


def running_order(release: Release, files: list[ExportFile]) -> list[ExportFile]:
    """The files in the release's running order (files of unknown tracks last, as given)."""
    order = {id(track): index for index, track in enumerate(release.tracks)}
    return sorted(files, key=lambda f: (order.get(id(f.track), len(order)), f.track.disc))


def missing_track_warnings(release: Release, files: list[ExportFile]) -> list[str]:
    present = {id(f.track) for f in files}
    missing = [t for t in release.tracks if id(t) not in present]
    if not missing:
        return []
    listed = ", ".join(f"{t.disc}-{t.position} {t.title}" for t in missing[:5])
    more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    return [f"{len(missing)} track(s) have no audio file and are not in the export: {listed}{more}"]


@dataclass
class _ReleaseFiles:
    """What the side files need beyond the exported files, made while the files are copied."""

    cover: PreparedCover | None
    cover_sha256: str | None
    warnings: list[str]
    credits: dict | None  # ddex.recording_credits


def _write_release_files(folder: Path, release: Release, cover: tuple[PreparedCover, list[str]] | None,
                         options: ExportOptions) -> _ReleaseFiles:
    """cover.jpg, credits.csv and liner-notes.txt, which do not depend on the exported files."""
    prepared, warnings, cover_sha = None, [], None
    if cover is not None:
        prepared, cover_warnings = cover
        warnings += cover_warnings
        _write(folder / COVER_FILE, prepared.data, options.sync)
        cover_sha = hashlib.sha256(prepared.data).hexdigest()
    _write(folder / "credits.csv", credits_csv(release).encode("utf-8"), options.sync)
    _write(folder / "liner-notes.txt", liner_notes_text(release).encode("utf-8"), options.sync)
    credits = recording_credits(release) if options.ddex else None
    return _ReleaseFiles(prepared, cover_sha, warnings, credits)


def _write_file_lists(folder: Path, release: Release, exported: list[ExportedFile], made: _ReleaseFiles,
                      options: ExportOptions) -> list[str]:
    """manifest.csv, manifest.json and ddex.xml, which list the exported files."""
    warnings = list(made.warnings)
    rows = manifest_rows(release, exported)
    _write(folder / "manifest.csv", manifest_csv(rows).encode("utf-8"), options.sync)
    _write(folder / "manifest.json", manifest_json(release, rows).encode("utf-8"), options.sync)
    if options.ddex:
        message = build_ern(release, exported, made.cover, COVER_FILE if made.cover else None, made.cover_sha256,
                            sender=options.sender, recipient=options.recipient, credits=made.credits)
        warnings += message.warnings
        _write(folder / "ddex.xml", message.xml, options.sync)
    return warnings


def _write(path: Path, data: bytes, sync: bool) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    if sync:
        sync_path(path)


def _ensure_directory(path: Path) -> list[Path]:
    """Make the target folder where it is missing; the folders made, outermost first."""
    if path.exists() and not path.is_dir():
        raise UserError(f"{path} is not a folder")
    missing = [p for p in [path, *path.parents] if not p.exists()][::-1]
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_empty(missing)
        raise UserError(f"cannot create {path}: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK):
        _remove_empty(missing)
        raise UserError(f"{path} is not writable")
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove folders an export made, innermost first, as long as they are empty."""
    for folder in reversed(folders):
        try:
            folder.rmdir()
        except OSError:
            return


def _cancel_check(cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):  # a threading.Event
        return cancel.is_set
    return cancel
