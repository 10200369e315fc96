"""Errors the library raises for the user: an unknown id, a file that is not a library."""

from __future__ import annotations

from labeldesk.errors import UserError


class LibraryError(UserError):
    """The library file cannot be used as it is (not a database, made by a newer LabelDesk, …)."""


class NotFound(UserError):
    """No row with the id asked for."""
