"""A new copy of an audio file, made beside it and renamed over it once complete.

The copy is a hidden file in the same folder (so the rename is atomic and stays on one file system).
Whatever goes wrong while it is made, it is removed and the original is left as it was; the error
reaches the caller as one TaggingError about the original.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from labeldesk.tagging.errors import TaggingError

TEMP_SUFFIX = ".labeldesk-tmp"


@contextmanager
def copy_beside(path: str) -> Iterator[tuple[int, str]]:
    """(open descriptor, name) of a new temporary file beside `path`; the body writes it and
    renames it over `path`. Any failure in the body removes it."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=TEMP_SUFFIX, dir=directory)
    except OSError as exc:
        raise TaggingError(path, f"cannot write beside the file ({exc.strerror or exc})") from None
    try:
        yield fd, temp
    except BaseException as exc:  # noqa: BLE001 - the temporary copy goes whatever happened
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(exc, TaggingError) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, OSError):
            raise TaggingError(path, exc.strerror or str(exc)) from None
        raise TaggingError(path, f"could not write the tags ({type(exc).__name__}: {exc})") from None
