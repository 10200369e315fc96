"""Errors that reach the user as one line: the CLI prints them, the GUI shows them."""


class UserError(Exception):
    """Something the user can act on: a missing file, an unknown id, a refused input. Exit status 1."""
