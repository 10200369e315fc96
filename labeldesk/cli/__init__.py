"""The command line: argparse over the same functions the GUI calls.

Each command group lives in its own module with a `register(subparsers)` function; a command sets
`handler(args, ctx) -> int` through `set_defaults`. Exit 0 on success, 1 on failure with one line on
stderr (a traceback only with --debug), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from labeldesk import __version__
from labeldesk.errors import UserError
from labeldesk.paths import default_library_path


class Context:
    """What every command gets: the library path, opened on first use."""

    def __init__(self, library_path: Path):
        self.library_path = library_path
        self._library = None

    def library(self):
        if self._library is None:
            from labeldesk.library import open_library

            self._library = open_library(self.library_path)
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


def _command_modules():
    from labeldesk.cli import audio_commands, library_commands
    from labeldesk.cli import export_commands, settings_commands

    return [library_commands, audio_commands, export_commands, settings_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labeldesk", description="A music-library and liner-notes manager for record labels."
    )
    parser.add_argument("--version", action="version", version=f"labeldesk {__version__}")
    parser.add_argument("--library", metavar="PATH", type=Path,
                        help="the library file (default: $LABELDESK_LIBRARY, else the per-user data directory)")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args.library or default_library_path())
    handler = getattr(args, "handler", None)
    if handler is None:  # no command: the GUI
        from labeldesk.cli.library_commands import run_gui

        handler = run_gui
    try:
        return handler(args, ctx)
    except KeyboardInterrupt:
        print("labeldesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # one line for the user; the traceback only on request
        if args.debug:
            raise
        print(f"labeldesk: {_describe(exc)}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _describe(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
