"""The library commands: gui, import, releases, show, delete, credits."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import textwrap
from typing import Any

from labeldesk.actions.importing import read_documents, store_documents
from labeldesk.errors import UserError
from labeldesk.library import ORDERS, credits_of, get_release, release_rows
from labeldesk.library.deleted_releases import delete_releases_recorded, summarise_releases
from labeldesk.model import Document, Release
from labeldesk.model.durations import format_duration
from labeldesk.model.interchange import document_to_dict, release_to_dict
from labeldesk.model.roles import role_label

CREDIT_COLUMNS = ("name", "role", "instrument", "scope", "release", "release_id", "track")


def register(subparsers) -> None:
    gui = subparsers.add_parser("gui", help="open the window (also what `labeldesk` alone does)",
                                description="Open the LabelDesk window on the library.")
    gui.set_defaults(handler=run_gui)

    imp = subparsers.add_parser(
        "import", help="read text documents or interchange JSON into the library",
        description="Read text documents (through the importer) or release interchange JSON files "
                    "and store their releases. A document already in the library adds only the releases read from "
                    "it that the library does not hold (left out of an earlier import, or deleted since), "
                    "and nothing when it holds them all.")
    imp.add_argument("files", nargs="+", metavar="FILE", help="a text document or an interchange .json file")
    imp.add_argument("--dry-run", action="store_true", help="read and report, store nothing")
    imp.add_argument("--json", action="store_true", help="print the documents read as interchange JSON")
    imp.set_defaults(handler=import_command)

    rel = subparsers.add_parser("releases", help="list the releases",
                                description="List the releases, optionally only those matching a search.")
    rel.add_argument("--search", metavar="TEXT",
                     help="words in titles, names, notes, label or track titles (case and accents ignored)")
    rel.add_argument("--order", choices=list(ORDERS), default="title", help="sort by this column (default: title)")
    rel.add_argument("--descending", action="store_true", help="reverse the order")
    rel.add_argument("--json", action="store_true", help="print a JSON list")
    rel.set_defaults(handler=releases_command)

    show = subparsers.add_parser("show", help="show one release",
                                 description="Show one release: its fields, tracks, credits and notes.")
    show.add_argument("release", metavar="RELEASE", help="the release id (see `labeldesk releases`)")
    show.add_argument("--json", action="store_true", help="print the release in the interchange shape, with its id")
    show.set_defaults(handler=show_command)

    delete = subparsers.add_parser(
        "delete", help="delete a release",
        description="Delete a release with its tracks, credits, notes, cover and attached-file links "
                    "(the audio files themselves and the document it was read from stay). Asks first.")
    delete.add_argument("release", metavar="RELEASE", help="the release id (see `labeldesk releases`)")
    delete.add_argument("--yes", action="store_true", help="do not ask (needed when there is no terminal to ask on)")
    delete.set_defaults(handler=delete_command)

    cred = subparsers.add_parser(
        "credits", help="every credit of a person, under any spelling",
        description="List every credit of the people a name refers to, under any of their spellings "
                    "(case and accents ignored).")
    cred.add_argument("name", metavar="NAME")
    form = cred.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print a JSON list")
    form.add_argument("--csv", action="store_true", help="print CSV with a header line")
    cred.set_defaults(handler=credits_command)


def run_gui(args: argparse.Namespace, ctx) -> int:
    from labeldesk.gui.app import run  # Qt is loaded only for the window

    return run(ctx.library_path)


# --- import ----------------------------------------------------------------------------------------


def import_command(args: argparse.Namespace, ctx) -> int:
    documents = read_documents(args.files)  # every file read before anything is stored
    _warn(documents)
    if args.dry_run:
        if args.json:
            _print_json({"documents": [document_to_dict(d) for d in documents]})
        else:
            for document in documents:
                print(f"{document.path}: {_count(len(document.releases), 'release')}, "
                      f"{_count(len(document.skipped), 'skipped passage')}")
            print("Dry run: nothing stored.")
        return 0
    lib = ctx.library()
    stored = store_documents(lib, documents)
    if args.json:
        out = []
        for document, result in zip(documents, stored):
            entry = document_to_dict(document)
            # the document's releases as the library holds them now, those added and those already there
            entry["releases"] = [release_to_dict(get_release(lib, i), with_id=True) for i in result.held_ids]
            out.append(entry)
        _print_json({"documents": out})
    else:
        added = sum(len(s.added_ids) for s in stored)
        present = sum(len(s.present_ids) for s in stored)
        print(f"{_count(added, 'release')} added, {present} already in the library.")
    return 0


def _warn(documents: list[Document]) -> None:
    for document in documents:
        for warning in document.warnings:
            print(f"labeldesk: warning: {document.path}: {warning}", file=sys.stderr)
        for release in document.releases:
            for warning in release.warnings:
                print(f"labeldesk: warning: {document.path}: {release.title}: {warning}", file=sys.stderr)


# --- releases ----------------------------------------------------------------------------------------


def releases_command(args: argparse.Namespace, ctx) -> int:
    rows = release_rows(ctx.library(), search=args.search, order=args.order, descending=args.descending)
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "artists": r.artists, "label": r.label, "kind": r.kind,
                      "tracks": r.tracks} for r in rows])
        return 0
    if not rows:
        print("No releases match that search." if args.search else "No releases yet: add some with `labeldesk import`.")
        return 0
    _print_table(("ID", "TITLE", "ARTISTS", "LABEL", "KIND", "YEAR", "TRACKS"),
                 [(r.id, r.title, ", ".join(r.artists), r.label, r.kind, r.year, r.tracks) for r in rows],
                 right=(0, 6))
    return 0


# --- show ------------------------------------------------------------------------------------------


def _release_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UserError(f"not a release id: {text!r} (ids are numbers; see `labeldesk releases`)") from None


def show_command(args: argparse.Namespace, ctx) -> int:
    release = get_release(ctx.library(), _release_id(args.release))
    if args.json:
        _print_json(release_to_dict(release, with_id=True))
    else:
        print(describe_release(release))
    return 0


def describe_release(release: Release) -> str:
    """A release as readable text: heading, facts, tracks, credits, notes, warnings, source."""
    lines = [f"{release.title}" + (f" — {release.subtitle}" if release.subtitle else "") + f"  (#{release.id})"]
    facts = [
        ("Artists", ", ".join(release.artists)),
        ("Also titled", "; ".join(release.alternate_titles)),
        ("Kind", release.kind),
        ("Label", release.label),
        ("Catalogue number", release.catalog_number),
        ("Barcode", release.barcode),
        ("Released", release.release_date),
        ("Stated length", format_duration(release.stated_duration)),
    ]
    lines += [f"{label}: {value}" for label, value in facts if value]
    lines += [f"Award: {award}" for award in release.awards]
    if release.tracks:
        lines += ["", "Tracks"]
        many_discs = release.disc_count > 1
        for track in release.tracks:
            number = f"{track.disc}-{track.position}" if many_discs else track.position
            artists = f"  ({', '.join(track.artists)})" if track.artists else ""
            duration = format_duration(track.duration)
            lines.append(f"  {number:>4}  {track.title}{artists}" + (f"  {duration}" if duration else ""))
    pairs = release.all_credits()
    if pairs:
        lines += ["", "Credits"]
        width = max(len(_credit_role(c)) for c, _ in pairs)
        for credit, track in pairs:
            where = [w for w in (credit.scope, f"track {track.position}" if track else None) if w]
            lines.append(f"  {_credit_role(credit):<{width}}  {credit.name}" + (f"  [{'; '.join(where)}]" if where else ""))
    for note in release.notes:
        heading = note.kind.replace("_", " ").capitalize() + (f" ({note.language})" if note.language else "")
        if note.authors:
            heading += " — " + ", ".join(note.authors)
        lines += ["", heading]
        for paragraph in note.text.split("\n"):
            lines += textwrap.wrap(paragraph, 78, initial_indent="  ", subsequent_indent="  ") or [""]
        if note.place_date:
            lines.append(f"  {note.place_date}")
    if release.warnings:
        lines += ["", "Check"] + [f"  ! {w}" for w in release.warnings]
    if release.source is not None:
        where = f"{release.source.document}, " if release.source.document else ""
        lines += ["", f"Source: {where}characters {release.source.start}–{release.source.end}"]
    return "\n".join(lines)


def _credit_role(credit) -> str:
    return role_label(credit.role) + (f" ({credit.instrument})" if credit.instrument else "")


# --- delete ---------------------------------------------------------------------------------------


def delete_command(args: argparse.Namespace, ctx) -> int:
    release_id = _release_id(args.release)
    library = ctx.library()
    summary = summarise_releases(library, [release_id])  # an unknown id stops here
    name = f"release {release_id} “{summary.titles[0]}”"
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(f"not deleting {name} without --yes (there is no terminal to ask on)")
        contents = summary.contents()
        question = f"Delete {name}" + (f" with its {contents}" if contents else "")
        if summary.files:
            question += " (the audio files themselves stay on disk)"
        print(question + "? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            raise UserError("nothing deleted")
    delete_releases_recorded(library, [release_id])  # the window's delete, whose record is not needed here
    print(f"Deleted {name}.")
    return 0


# --- credits ---------------------------------------------------------------------------------------


def credits_command(args: argparse.Namespace, ctx) -> int:
    rows = credits_of(ctx.library(), args.name)
    records = [{"name": r.name, "role": r.role, "instrument": r.instrument, "scope": r.scope,
                "release": r.release, "release_id": r.release_id, "track": r.track} for r in rows]
    if args.json:
        _print_json(records)
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CREDIT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    elif not rows:
        print(f"No credits for {args.name!r}.")
    else:
        _print_table(("NAME", "ROLE", "INSTRUMENT", "SCOPE", "RELEASE", "ID", "TRACK"),
                     [(r.name, role_label(r.role), r.instrument, r.scope, r.release, r.release_id, r.track)
                      for r in rows], right=(5,))
    return 0


# --- output ----------------------------------------------------------------------------------------


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _print_table(headers: tuple[str, ...], rows: list[tuple], right: tuple[int, ...] = (), width: int = 40) -> None:
    """Columns aligned to their widest cell (cut at `width` characters with an ellipsis)."""
    def cell(value) -> str:
        text = "" if value is None else " ".join(str(value).split())
        return text if len(text) <= width else text[:width - 1] + "…"

    cells = [tuple(cell(v) for v in row) for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    for row in [headers, *cells]:
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths))]
        print("  ".join(parts).rstrip())
