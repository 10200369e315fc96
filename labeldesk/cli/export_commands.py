"""The export command: a release's attached files, tagged, with cover, manifests and DDEX, in a new folder."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from labeldesk.actions.exporting import export_from_library
from labeldesk.errors import UserError
from labeldesk.export import (
    DEFAULT_TEMPLATE,
    ExportCancelled,
    ExportOptions,
    check_options,
)
from labeldesk.settings import SETTINGS, Settings, load_settings

DEFAULT_COVER_SIZE = ExportOptions().cover_size


def register(subparsers) -> None:
    exp = subparsers.add_parser(
        "export", help="export a release for distribution: tagged copies, cover, manifests, DDEX",
        description="Copy the audio files attached to a release into a new folder "
                    "DIR/<artists> - <title> (<year>)/, tag the copies (titles, credits, notes, cover), and "
                    "add cover.jpg, manifest.csv, manifest.json, credits.csv, liner-notes.txt and ddex.xml "
                    "(ERN 4.3). The originals are never changed. The folder appears only once it is complete. "
                    "Defaults come from `labeldesk config` (ddex.sender_dpid, ddex.sender_name, "
                    "ddex.recipient_dpid, ddex.recipient_name, ddex.schema, export.template, export.cover_size).")
    exp.add_argument("release", metavar="RELEASE", help="the release id (see `labeldesk releases`)")
    exp.add_argument("--to", required=True, metavar="DIR", type=Path, help="the folder to export into")
    exp.add_argument("--template", metavar="TEMPLATE",
                     help=f"file names of the copies (default: export.template, else {DEFAULT_TEMPLATE!r}); "
                          "fields: {disc} {track} {title} {artist} {album} {year} {catalog_number} …")
    exp.add_argument("--cover-size", metavar="PX",
                     help=f"side of cover.jpg in px (default: export.cover_size, else {DEFAULT_COVER_SIZE})")
    exp.add_argument("--no-ddex", action="store_true", help="leave out ddex.xml")
    exp.add_argument("--force", action="store_true",
                     help="replace an existing export folder (only once the new one is complete)")
    exp.add_argument("--sync", action="store_true",
                     help="flush every file to disk before the folder appears, so that it is there whole "
                          "even after a power cut (slower: the export waits for the disk)")
    exp.set_defaults(handler=export_command)


def export_command(args: argparse.Namespace, ctx) -> int:
    release_id = _release_id(args.release)
    settings = load_settings()
    options = _options(args, settings)
    check_options(options)  # a bad template or size before the library is even opened
    library = ctx.library()

    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set()) if _main_thread() else None
    try:
        outcome = export_from_library(library, release_id, args.to, options, schema=settings.ddex_schema(),
                                      progress=_progress_printer(), cancel=cancel)
    except ExportCancelled as exc:
        print(f"labeldesk: {exc}", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)

    warnings = list(outcome.warnings)
    if outcome.result.ddex_path is not None and options.sender is None:
        warnings.append("set the sender with `labeldesk config set ddex.sender_dpid PADPIDA…` and "
                        "`labeldesk config set ddex.sender_name NAME`")
    print(outcome.result.folder)
    print(outcome.summary())
    for warning in warnings:
        print(f"labeldesk: warning: {warning}", file=sys.stderr)
    return 0


def _options(args: argparse.Namespace, settings: Settings) -> ExportOptions:
    cover_size = settings.export_cover_size() or DEFAULT_COVER_SIZE
    if args.cover_size is not None:
        try:
            cover_size = SETTINGS["export.cover_size"].check(args.cover_size)
        except ValueError as exc:
            raise UserError(f"--cover-size: {exc}") from None
    return ExportOptions(
        template=args.template if args.template is not None else settings.export_template() or DEFAULT_TEMPLATE,
        cover_size=cover_size,
        ddex=not args.no_ddex,
        force=args.force,
        sync=args.sync,
        sender=settings.sender(),
        recipient=settings.recipient(),
    )


def _release_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"not a release id: {text!r} (ids are numbers; see `labeldesk releases`)") from None


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rexporting {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
