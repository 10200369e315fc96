"""Audio files of a release: attach them to tracks, set the cover, write the tags, preview a write,
read tags back. Shared by the `attach`, `cover`, `tag` and `read-tags` commands and the GUI.

Every operation checks everything it can before it changes anything: a refused attach links no
file, a refused cover stores nothing. A tag run writes what it can and reports the rest; the
library then records the new state of the files that were written, and of no other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.actions.matching import Matching, Pair, match_by_order, match_files
from labeldesk.errors import UserError
from labeldesk.export.cover_cache import player_jpeg
from labeldesk.library import get_release
from labeldesk.library.audio_files import AttachedFile, Attachment, FileState, attach_files, release_files, update_states
from labeldesk.library.covers import StoredCover, set_cover
from labeldesk.model.release import Release, Track
from labeldesk.tagging import (
    AudioFile, Cover, Fingerprint, TaggingError, WriteJob, WriteResult, changes, fingerprint,
    has_changed, read_file, write_batch,
)
from labeldesk.tagging.batch import CANCELLED, CHANGED_ON_DISK, FAILED, UNCHANGED, WRITTEN
from labeldesk.tagging.cover import RECOMMENDED_SIDE, CoverCheck, check_image
from labeldesk.tagging.mapping import fields_for_track

Progress = Callable[[int, int], None]


# --- attach ----------------------------------------------------------------------------------------


@dataclass
class AttachOutcome:
    release: Release
    pairs: list[Pair]  # file -> track, and how it was matched
    tracks_without_file: list[Track] = field(default_factory=list)


def attach(lib, release_id: int, paths: Iterable[str | os.PathLike[str]], *, by_order: bool = False) -> AttachOutcome:
    """Link audio files to the release's tracks, matched by their tags, names, titles and lengths
    (or the n-th file, in name order, to the n-th track with `by_order`). Every file must be audio
    and every file must find its track, or nothing is linked (UserError saying why)."""
    release = get_release(lib, release_id)
    if not release.tracks:
        raise UserError(f"release {release_id} has no tracks to attach files to")
    files = _read_audio_files(paths)
    if by_order:
        matching = match_by_order(release, files)
        if matching.unmatched_files:
            raise UserError(f"{len(files)} files but only {len(release.tracks)} tracks; nothing attached")
    else:
        matching = match_files(release, files, reader=files.__getitem__)
        _refuse_incomplete(matching)
    link_files(lib, release_id, [(pair.path, pair.track.id, files[pair.path].format) for pair in matching.pairs])
    return AttachOutcome(release, matching.pairs, matching.unmatched_tracks)


def link_files(lib, release_id: int, links: list[tuple[str, int, str]], progress: Progress | None = None) -> int:
    """Link each (file path, track id, format) in one transaction, remembering the file as it is now
    (size, mtime, content hash) so that a later tag run can tell a change made behind LabelDesk's back.
    Returns how many were linked. Both `attach` and the window's match preview end here."""
    attachments = []
    for done, (path, track_id, audio_format) in enumerate(links, start=1):
        attachments.append(Attachment(track_id, path, audio_format, _state(fingerprint(path))))
        if progress:
            progress(done, len(links))
    attach_files(lib, release_id, attachments)
    return len(attachments)


def _read_audio_files(paths: Iterable[str | os.PathLike[str]]) -> dict[str, AudioFile]:
    files: dict[str, AudioFile] = {}
    for path in paths:
        absolute = os.path.abspath(os.fspath(path))
        if absolute in files:
            raise UserError(f"{path}: given twice; nothing attached")
        if not os.path.isfile(absolute):
            raise UserError(f"{path}: no such file; nothing attached")
        try:
            files[absolute] = read_file(absolute)  # refuses what is not audio, whatever its name
        except TaggingError as exc:
            raise UserError(f"{exc}; nothing attached") from None
    if not files:
        raise UserError("no files given")
    return files


def _refuse_incomplete(matching: Matching) -> None:
    if matching.ambiguities:
        raise UserError(f"cannot tell which track is which: {matching.ambiguities[0]}; nothing attached "
                        "(rename the files with track numbers, or use --by-order)")
    if matching.unmatched_files:
        names = ", ".join(Path(p).name for p in matching.unmatched_files)
        raise UserError(f"no track found for {names}; nothing attached "
                        "(rename the files with track numbers, or use --by-order)")


def _state(fp: Fingerprint) -> FileState:
    return FileState(fp.size, fp.mtime_ns, fp.content_hash)


def _fingerprint(state: FileState) -> Fingerprint:
    return Fingerprint(state.size, state.mtime_ns, state.content_hash)


# --- cover -----------------------------------------------------------------------------------------


def set_release_cover(lib, release_id: int, image: str | os.PathLike[str]) -> CoverCheck:
    """Check the image (a real image, big enough, square-ish, no bomb, not over 50 MB) and keep it
    whole as the release's cover. Returns the check, with its warnings (under 1400 px)."""
    get_release(lib, release_id)  # NotFound before the image is even read
    check = check_image(image)
    data = Path(image).read_bytes()
    set_cover(lib, release_id, StoredCover(data, check.mime, check.width, check.height))
    return check


def embedded_cover(lib, release_id: int) -> Cover | None:
    """The release's cover as it goes into files: a JPEG no larger than 1400 px a side, made once per
    cover and kept in the library, the same one an export embeds."""
    return player_jpeg(lib, release_id, RECOMMENDED_SIDE)


# --- tag -------------------------------------------------------------------------------------------


@dataclass
class FileResult:
    file: AttachedFile
    status: str  # WRITTEN, UNCHANGED, CHANGED_ON_DISK, FAILED, CANCELLED (labeldesk.tagging.batch)
    message: str = ""


@dataclass
class TagReport:
    release: Release
    results: list[FileResult]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def ok(self) -> bool:
        return all(r.status in (WRITTEN, UNCHANGED) for r in self.results)

    def summary(self) -> str:
        parts = [f"{self.count(WRITTEN)} written"]
        for status, words in ((UNCHANGED, "already up to date"), (CHANGED_ON_DISK, "changed on disk, not written"),
                              (FAILED, "failed"), (CANCELLED, "cancelled")):
            if self.count(status):
                parts.append(f"{self.count(status)} {words}")
        return ", ".join(parts)


def _tagged_files(lib, release_id: int) -> tuple[Release, list[tuple[AttachedFile, Track]]]:
    release = get_release(lib, release_id)
    tracks = {t.id: t for t in release.tracks}
    files = [(f, tracks[f.track_id]) for f in release_files(lib, release_id) if f.track_id in tracks]
    if not files:
        raise UserError(f"release {release_id} has no audio files attached (see `labeldesk attach`)")
    return release, files


def tag_release(lib, release_id: int, *, force: bool = False, progress: Progress | None = None,
                cancel=None, durable: bool = False) -> TagReport:
    """Write the release's tags (and cover) into every attached file.

    A file that changed on disk since it was attached or last tagged is left alone unless `force`;
    one file failing does not stop the others. The library records the new size, time and hash of
    each file written, so the next run knows them as labeldesk's own. `cancel` (callable or
    threading.Event) stops before the next file.

    If the process is killed or crashes at any moment, every file is wholly as it was or wholly
    tagged. `durable` makes that hold through a power cut or system crash too (each new file and
    its folder synced to disk, slower); without it labeldesk relies on the file system writing a
    file out before a rename over another (ext4 does, by default)."""
    release, files = _tagged_files(lib, release_id)
    cover = embedded_cover(lib, release_id)
    jobs = [WriteJob(f.path, fields_for_track(release, track, cover), expected=_fingerprint(f.state), force=force)
            for f, track in files]
    outcomes: list[WriteResult] = write_batch(jobs, progress, cancel, durable=durable)
    results, states = [], []
    for (attached, _), outcome in zip(files, outcomes):
        results.append(FileResult(attached, outcome.status, outcome.message))
        after = outcome.fingerprint
        if outcome.status == UNCHANGED and force and has_changed(attached.path, _fingerprint(attached.state)):
            after = fingerprint(attached.path)  # forced over a file that already held these tags
        if outcome.status in (WRITTEN, UNCHANGED) and after is not None and after != _fingerprint(attached.state):
            states.append((attached.id, _state(after)))
    if states:
        update_states(lib, states)
    return TagReport(release, results)


@dataclass
class FilePreview:
    file: AttachedFile
    changes: list[tuple[str, object, object]]  # (field, old, new)
    changed_on_disk: bool = False
    error: str | None = None


def preview_tags(lib, release_id: int) -> list[FilePreview]:
    """What `tag_release` would change in each file, field by field; writes nothing."""
    release, files = _tagged_files(lib, release_id)
    cover = embedded_cover(lib, release_id)
    previews = []
    for attached, track in files:
        try:
            moved = has_changed(attached.path, _fingerprint(attached.state))
            found = changes(attached.path, fields_for_track(release, track, cover))
        except (TaggingError, OSError) as exc:
            reason = exc.reason if isinstance(exc, TaggingError) else (exc.strerror or str(exc))
            previews.append(FilePreview(attached, [], error=reason))
            continue
        previews.append(FilePreview(attached, found, changed_on_disk=moved))
    return previews


# --- read-tags -------------------------------------------------------------------------------------


def read_tags(paths: Iterable[str | os.PathLike[str]]) -> list[AudioFile]:
    """The fields of each file as labeldesk reads them; the first file that is not audio (or not
    there) raises a UserError naming it."""
    found = []
    for path in paths:
        if not os.path.isfile(path):
            raise UserError(f"{path}: no such file")
        found.append(read_file(path))
    return found


__all__ = [
    "CANCELLED", "CHANGED_ON_DISK", "FAILED", "UNCHANGED", "WRITTEN", "AttachOutcome",
    "FilePreview", "FileResult", "TagReport", "attach", "embedded_cover", "preview_tags", "read_tags",
    "set_release_cover", "tag_release",
]
