"""What making one tagged copy gives back, and its failures as one line for a person."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.tagging.formats import Format


@dataclass(frozen=True)
class CopyInfo:
    """What the copy tells of itself: length in seconds and ISRC, None where it does not."""

    duration: float | None
    isrc: str | None


@dataclass(frozen=True)
class MadeCopy:
    info: CopyInfo
    size: int
    sha256: str


@contextmanager
def one_line(copy: Path, fmt: Format):
    """mutagen on odd data fails in many ways; the user gets one line naming the file."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of mutagen's becomes one line
        cause = _os_error(exc)
        if cause is not None:
            raise UserError(f"cannot write {copy.name} in the export folder: {cause.strerror or cause}") from None
        raise UserError(f"cannot tag {copy.name} ({fmt.description}): {type(exc).__name__}: {exc}") from None


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError behind an error: mutagen re-raises a failed read or write as its own error."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def length_of(audio) -> float | None:
    length = getattr(audio.info, "length", None)
    return round(length, 3) if length else None
