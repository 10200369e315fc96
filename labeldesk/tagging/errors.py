"""The one error tagging raises: it names the file and says what went wrong, in one line."""

from __future__ import annotations

import os

from labeldesk.errors import UserError


class TaggingError(UserError):
    """A file could not be read or tagged; the file itself is left as it was."""

    def __init__(self, path: str | os.PathLike[str] | None, reason: str):
        self.path = os.fspath(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)
