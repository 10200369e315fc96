"""The audio commands: attach, cover, tag, read-tags."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from labeldesk.actions.audio import (
    CANCELLED, CHANGED_ON_DISK, FAILED, UNCHANGED, WRITTEN, attach, preview_tags, read_tags, set_release_cover,
    tag_release,
)
from labeldesk.errors import UserError
from labeldesk.tagging.fields import FIELD_NAMES, display

# how read-tags and tag --dry-run name the fields
FIELD_LABELS = {
    "title": "Title", "album": "Album", "artists": "Artists", "album_artists": "Album artists",
    "composers": "Composers", "lyricists": "Lyricists", "conductors": "Conductors", "performers": "Performers",
    "arrangers": "Arrangers", "engineers": "Engineers", "mixers": "Mixers", "producers": "Producers",
    "label": "Label", "catalog_number": "Catalogue number", "barcode": "Barcode", "date": "Date",
    "track": "Track", "disc": "Disc", "genre": "Genre", "release_type": "Release type",
    "liner_notes": "Liner notes", "liner_notes_language": "Liner notes language", "credits_text": "Credits",
    "cover": "Cover",
}


def register(subparsers) -> None:
    att = subparsers.add_parser(
        "attach", help="link audio files to a release's tracks",
        description="Link audio files to the tracks of a release. Files are matched by the track number in "
                    "their tags or file name, then by title, then by length; when that cannot place every "
                    "file, nothing is linked. With --by-order the files, sorted by name, go to the tracks "
                    "in running order.")
    att.add_argument("release", metavar="RELEASE", help="the release id (see `labeldesk releases`)")
    att.add_argument("files", nargs="+", metavar="FILE", help="an audio file (MP3, FLAC, Ogg, Opus, M4A, WAV, AIFF)")
    att.add_argument("--by-order", action="store_true", help="the n-th file (by name) is the n-th track")
    att.set_defaults(handler=attach_command)

    cov = subparsers.add_parser(
        "cover", help="set a release's cover image",
        description="Check an image (at least 500 px a side, roughly square, 1400 px recommended) and keep "
                    "it in the library as the release's cover.")
    cov.add_argument("release", metavar="RELEASE", help="the release id")
    cov.add_argument("image", metavar="IMAGE", help="a JPEG, PNG or other image Pillow reads")
    cov.set_defaults(handler=cover_command)

    tag = subparsers.add_parser(
        "tag", help="write a release's tags into its attached files",
        description="Write titles, credits, notes and the cover (at most 1400 px) into every file attached "
                    "to the release. A file changed on disk since it was attached is left alone unless "
                    "--force; a file that cannot be written does not stop the others. If labeldesk is "
                    "killed or crashes at any moment, every file is wholly as it was or wholly tagged. "
                    "Against a power cut or a system crash as well, use --sync; without it labeldesk "
                    "relies on the file system writing a file out before a rename over another, as ext4 "
                    "does by default.")
    tag.add_argument("release", metavar="RELEASE", help="the release id")
    tag.add_argument("--dry-run", action="store_true", help="show what would change in each file, write nothing")
    tag.add_argument("--force", action="store_true", help="write files that changed on disk too")
    tag.add_argument("--sync", action="store_true",
                     help="sync each file and its folder to disk before going on: safe through a power cut "
                          "or system crash too, slower")
    tag.set_defaults(handler=tag_command)

    rd = subparsers.add_parser("read-tags", help="show the tags of audio files as labeldesk reads them",
                               description="Show the fields labeldesk reads from audio files.")
    rd.add_argument("files", nargs="+", metavar="FILE")
    rd.add_argument("--json", action="store_true", help="print a JSON list, one object a file")
    rd.set_defaults(handler=read_tags_command)


def _release_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"not a release id: {text!r} (ids are numbers; see `labeldesk releases`)") from None


# --- attach ----------------------------------------------------------------------------------------


def attach_command(args: argparse.Namespace, ctx) -> int:
    outcome = attach(ctx.library(), _release_id(args.release), args.files, by_order=args.by_order)
    release = outcome.release
    print(f"Attached {_count(len(outcome.pairs), 'file')} to “{release.title}” (#{release.id}):")
    width = max(len(Path(p.path).name) for p in outcome.pairs)
    many_discs = release.disc_count > 1
    for pair in outcome.pairs:
        place = f"{pair.track.disc}-{pair.track.position}" if many_discs else pair.track.position
        print(f"  {Path(pair.path).name:<{width}}  →  {place:>4}  {pair.track.title}  (by {pair.method})")
    if outcome.tracks_without_file:
        print(f"{_count(len(outcome.tracks_without_file), 'track')} without a file.")
    return 0


# --- cover -----------------------------------------------------------------------------------------


def cover_command(args: argparse.Namespace, ctx) -> int:
    check = set_release_cover(ctx.library(), _release_id(args.release), args.image)
    for warning in check.warnings:
        print(f"labeldesk: warning: {args.image}: {warning}", file=sys.stderr)
    print(f"Cover set: {check.width}×{check.height} {check.format}.")
    return 0


# --- tag -------------------------------------------------------------------------------------------


def tag_command(args: argparse.Namespace, ctx) -> int:
    lib, release_id = ctx.library(), _release_id(args.release)
    if args.dry_run:
        return _dry_run(lib, release_id)
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set()) if _main_thread() else None
    try:
        report = tag_release(lib, release_id, force=args.force, progress=_progress_printer(), cancel=cancel,
                             durable=args.sync)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    for result in report.results:
        if result.status == WRITTEN:
            print(f"written    {result.file.path}")
        elif result.status == UNCHANGED:
            print(f"unchanged  {result.file.path}")
        elif result.status == CHANGED_ON_DISK:
            print(f"labeldesk: {result.file.path}: changed on disk since it was attached; not written "
                  "(check it, then use --force to write anyway)", file=sys.stderr)
        elif result.status == FAILED:
            print(f"labeldesk: {result.file.path}: {result.message}", file=sys.stderr)
    print(report.summary() + ".")
    if report.count(CANCELLED):
        return 130
    return 0 if report.ok else 1


def _dry_run(lib, release_id: int) -> int:
    previews = preview_tags(lib, release_id)
    for preview in previews:
        where = preview.file.position or "?"
        heading = f"{preview.file.path}  (track {where} “{preview.file.title}”)"
        if preview.error:
            print(f"labeldesk: {preview.file.path}: {preview.error}", file=sys.stderr)
            continue
        if not preview.changes:
            print(f"{heading}: no changes")
        else:
            print(heading)
            for name, old, new in preview.changes:
                print(f"  {FIELD_LABELS[name]}: {_short(display(old))} → {_short(display(new))}")
        if preview.changed_on_disk:
            print("  (changed on disk since it was attached: not written without --force)")
    print("Dry run: nothing written.")
    return 1 if any(p.error for p in previews) else 0


def _short(text: str, limit: int = 120) -> str:
    """A long note cut for the preview: enough to recognise it."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rtagging {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


# --- read-tags -------------------------------------------------------------------------------------


def read_tags_command(args: argparse.Namespace, ctx) -> int:
    files = read_tags(args.files)
    if args.json:
        out = [{"path": f.path, "format": f.format, "duration": round(f.duration, 3) if f.duration else None,
                "cover_present": f.fields.cover is not None, "fields": f.fields.to_json()} for f in files]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for index, f in enumerate(files):
        if index:
            print()
        length = f" {f.duration:.1f} s" if f.duration else ""
        print(f"{f.path}  ({f.format}{length})")
        shown = [(FIELD_LABELS[n], f.fields.get(n)) for n in FIELD_NAMES]
        shown = [(label, value) for label, value in shown if value not in (None, [], "")]
        if not shown:
            print("  (no tags labeldesk reads)")
        width = max((len(label) for label, _ in shown), default=0)
        for label, value in shown:
            print(f"  {label + ':':<{width + 1}} {display(value)}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
