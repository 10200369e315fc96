"""Reading and writing the fields of one audio file, safely.

What a write promises: if the process is killed or crashes at any moment, every file is either
wholly as it was or wholly tagged. The original is not touched until the new file is complete: the
file is copied beside itself, the copy is tagged and read back, and only then renamed over the
original (os.replace is atomic); or, for FLAC and MP3, the new tags are switched in by one write that
a kill cannot split (labeldesk.tagging.front).

Surviving a power cut or an operating-system crash as well is asked for with `durable=True`: the
copy is then synced to disk before the rename, and the directory after it. Without it labeldesk
relies on the order the file system keeps: ext4 (auto_da_alloc, its default) writes out a file
renamed over another before the rename, so even then the old or the new file is found; a file
system without that guarantee may lose a write that was not made durable.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from mutagen import MutagenError

from labeldesk.tagging import front, riff_info
from labeldesk.tagging.beside import TEMP_SUFFIX, copy_beside
from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import FIELD_NAMES as _FIELD_ORDER
from labeldesk.tagging.fields import Fields, normalised
from labeldesk.tagging.filecopy import copy_hashing, copy_range  # front copies through these names too
from labeldesk.tagging.fingerprint import Fingerprint, content_hash_of, has_changed
from labeldesk.tagging.formats import Format, id3_size, sniff



class FileChangedError(TaggingError):
    """The file is not the one that was attached: it changed on disk since."""


@dataclass
class AudioFile:
    """What reading a file gives: its format, length and fields."""

    path: str
    format: str
    duration: float | None
    fields: Fields


def _load(path, fmt: Format, loader=None):
    """The file as mutagen reads it (through `loader` when given)."""
    try:
        return loader() if loader is not None else fmt.mutagen_class(path)
    except MutagenError as exc:
        raise TaggingError(path, f"cannot read this {fmt.description} file ({exc})") from None
    except OSError as exc:
        raise TaggingError(path, exc.strerror or str(exc)) from None
    except Exception as exc:  # mutagen on damaged data can fail in other ways; the user gets one line
        raise TaggingError(path, f"cannot read this {fmt.description} file ({type(exc).__name__}: {exc})") from None


def _fields_of(audio, fmt: Format) -> Fields:
    return fmt.family.read_fields(audio)


def read_file(path: str | os.PathLike[str]) -> AudioFile:
    fmt = sniff(path)
    audio = _load(path, fmt)
    try:
        fields = _fields_of(audio, fmt)
    except Exception as exc:
        raise TaggingError(path, f"cannot read the tags ({type(exc).__name__}: {exc})") from None
    duration = getattr(audio.info, "length", None)
    return AudioFile(os.fspath(path), fmt.name, duration, fields)


def read(path: str | os.PathLike[str]) -> Fields:
    """The fields labeldesk owns, as they are in the file now."""
    return read_file(path).fields


def supported_fields(path: str | os.PathLike[str]) -> frozenset[str]:
    """The fields the file's format has a place for."""
    return sniff(path).family.SUPPORTED


def changes(path: str | os.PathLike[str], new: Fields, leave_alone: Collection[str] = ()) -> list[tuple[str, object, object]]:
    """What a write of `new` would change: (field, old value, new value), in field order."""
    fmt = sniff(path)
    current = _fields_of(_load(path, fmt), fmt)
    return _differences(current, new, fmt.family.SUPPORTED - set(leave_alone))


def _differences(current: Fields, new: Fields, names: Collection[str]) -> list[tuple[str, object, object]]:
    found = []
    from labeldesk.tagging.fields import FIELD_NAMES

    for name in FIELD_NAMES:
        if name not in names:
            continue
        if name == "liner_notes_language" and not normalised(new.liner_notes):
            continue  # a language means nothing without the notes
        old_value, new_value = normalised(current.get(name)), normalised(new.get(name))
        if old_value != new_value:
            found.append((name, old_value, new_value))
    return found


def _differs(current: Fields, new: Fields, names: Collection[str]) -> bool:
    """Whether any field differs: _differences, stopping at the first (a new file differs at once)."""
    for name in _FIELD_ORDER:
        if name in names and not (name == "liner_notes_language" and not normalised(new.liner_notes)):
            if normalised(current.get(name)) != normalised(new.get(name)):
                return True
    return False


def write(path: str | os.PathLike[str], fields: Fields, *, leave_alone: Collection[str] = (),
          expected: Fingerprint | None = None, force: bool = False, id3_version: int = 4,
          skip_unchanged: bool = True, sync_directory: bool = True, durable: bool = False) -> Fingerprint | None:
    """Write `fields` into the file at `path`: owned fields without a value are removed, every other
    tag and the audio are kept. `leave_alone` names fields not to touch.

    `expected` is the file as attached; if the file changed since, FileChangedError unless `force`.
    Returns the file's new fingerprint (with a hash when `expected` had one), or None when
    nothing needed writing. Raises TaggingError, and then the file is as it was.

    A kill or crash of the process at any moment leaves the file as it was or wholly tagged.
    `durable` makes the write survive a power cut or system crash too: the new file is synced to
    disk before it replaces the old one, and its directory after (unless `sync_directory=False`:
    a batch syncs each directory once). Without it the file system's own ordering of a rename after
    the data it renames is relied on (ext4's default auto_da_alloc).
    """
    path = os.fspath(path)
    if id3_version not in (3, 4):
        raise ValueError("id3_version is 3 or 4")
    try:
        st = os.stat(path)
    except OSError as exc:
        raise TaggingError(path, exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise TaggingError(path, "not a regular file")
    if not os.access(path, os.W_OK) or not st.st_mode & 0o222:
        # the mode bits too: the owner marked it read-only even where root could write it
        raise TaggingError(path, "the file is read-only")
    if expected is not None and not force and has_changed(path, expected):
        raise FileChangedError(path, "the file changed on disk since it was attached (use force to write anyway)")
    fmt = sniff(path)
    want_hash = expected is not None and bool(expected.content_hash)
    try:
        layout = front.layout_of(path, fmt)
    except OSError as exc:
        raise TaggingError(path, exc.strerror or str(exc)) from None
    cover = fields.cover if "cover" not in leave_alone else None
    original = _load(path, fmt, (lambda: front.load(path, fmt, layout, cover, id3_version)) if layout is not None
                     else None)
    if skip_unchanged:
        current = _fields_of(original, fmt)
        if not _differs(current, fields, fmt.family.SUPPORTED - set(leave_alone)):
            return None
    if layout is not None:
        try:
            written = front.write_front(path, st, fmt, layout, original, fields, leave_alone, id3_version,
                                        durable=durable, want_hash=want_hash)
        except TaggingError as exc:
            raise TaggingError(path, exc.reason) if exc.path is None else exc from None
        except OSError as exc:
            raise TaggingError(path, exc.strerror or str(exc)) from None
        except Exception as exc:  # mutagen on odd data; the user gets one line, the file is as it was
            raise TaggingError(path, f"could not write the tags ({type(exc).__name__}: {exc})") from None
        renamed, digest = not written.in_place, written.content_hash
    else:
        digest = _replace_with_tagged_copy(path, st, fmt, original, fields, leave_alone, id3_version,
                                           durable=durable, want_hash=want_hash)
        renamed = True
    if durable and sync_directory and renamed:
        sync_directory_of(path)
    new_st = os.stat(path)
    return Fingerprint(new_st.st_size, new_st.st_mtime_ns, digest)


def _replace_with_tagged_copy(path: str, st: os.stat_result, fmt: Format, audio, fields: Fields,
                              leave_alone: Collection[str], id3_version: int, *, durable: bool = False,
                              want_hash: bool = False) -> str | None:
    """Copy the file beside itself, save `audio` (loaded from the original) with the new fields into
    the copy, check it reads back, and rename it over the original (syncing it first when
    `durable`). Returns the copy's content hash when `want_hash`."""
    with copy_beside(path) as (fd, temp):
        with os.fdopen(fd, "r+b") as out, open(path, "rb") as src:
            if fmt.name == "wav" and _owns_any(riff_info.INFO_FIELDS.values(), leave_alone):
                try:
                    riff_info.copy_with_info(src, out, riff_info.info_values(fields, leave_alone))
                except riff_info.RiffError as exc:
                    raise TaggingError(path, str(exc)) from None
            else:
                copy_range(src, out, 0)
            os.fchmod(out.fileno(), stat.S_IMODE(st.st_mode))
        _apply(audio, fmt, fields, leave_alone)
        _save(audio, fmt, id3_version, temp)  # mutagen reads the copy's own layout before writing
        if durable:
            with open(temp, "rb+") as out:
                os.fsync(out.fileno())
        # the copy must read back, with what was written, before it may replace the original
        written = _differences(_fields_of(_load(temp, fmt), fmt), fields, fmt.family.SUPPORTED - set(leave_alone))
        if written:
            raise TaggingError(path, "the tags did not read back as written ("
                               + ", ".join(name for name, _, _ in written) + "); the file was left as it was")
        digest = content_hash_of(temp) if want_hash else None
        now = os.stat(path)
        if (now.st_size, now.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
            raise TaggingError(path, "the file changed while it was being tagged; nothing was written")
        os.replace(temp, path)
    return digest


def _owns_any(names, leave_alone: Collection[str]) -> bool:
    return any(n not in leave_alone for n in names)


def _apply(audio, fmt: Format, fields: Fields, leave_alone: Collection[str]) -> None:
    fmt.family.apply_fields(audio, fields, leave_alone)


def _keep_padding(info) -> int:
    """Keep the padding there is when the tag fits, rather than rewriting the file to trim it."""
    if 0 <= info.padding <= 256 * 1024:
        return info.padding
    return 1024 + info.size // 1000  # mutagen's own choice: 1 KiB and 0.1 % of what follows


def _save(audio, fmt: Format, id3_version: int, target: str) -> None:
    if fmt.uses_id3:
        if id3_version == 3:
            audio.tags.update_to_v23()  # TMCL and TIPL become one IPLS frame, TDRC becomes TYER
        # several values stay several values in ID3v2.3 too (NUL-separated, not joined with "/")
        audio.save(target, v2_version=id3_version, v23_sep=None, padding=_keep_padding)
    else:
        audio.save(target, padding=_keep_padding)


def sync_directory_of(path: str | os.PathLike[str]) -> None:
    """Make a rename in the file's directory durable."""
    _fsync_directory(os.path.dirname(os.path.abspath(path)))


def _fsync_directory(directory: str) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename itself is still atomic
    finally:
        os.close(fd)


def leftover_temporaries(directory: str | os.PathLike[str]) -> list[Path]:
    """Temporary copies a killed write left beside its files (the originals are whole); safe to delete."""
    return sorted(p for p in Path(directory).glob(f".*{TEMP_SUFFIX}") if p.is_file())
