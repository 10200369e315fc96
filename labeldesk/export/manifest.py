"""manifest.csv and manifest.json: one row per exported file, with its size and SHA-256."""

from __future__ import annotations

import csv
import io
import json

from labeldesk.export.naming import track_number
from labeldesk.export.options import ExportedFile
from labeldesk.model.release import Release

COLUMNS = ("disc", "track", "position", "title", "artists", "duration", "isrc", "file", "size", "sha256")


def manifest_rows(release: Release, files: list[ExportedFile]) -> list[dict]:
    rows = []
    for exported in files:
        track = exported.track
        rows.append({
            "disc": track.disc,
            "track": track_number(release, track),
            "position": track.position,
            "title": track.title,
            "artists": list(track.artists or release.artists),
            "duration": exported.duration,
            "isrc": exported.isrc or "",
            "file": exported.path.name,
            "size": exported.size,
            "sha256": exported.sha256,
        })
    return rows


def manifest_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({
            **row,
            "artists": "; ".join(row["artists"]),
            "duration": "" if row["duration"] is None else f"{row['duration']:g}",
        })
    return out.getvalue()


def manifest_json(release: Release, rows: list[dict]) -> str:
    document = {
        "release": {
            "title": release.title,
            "artists": release.artists,
            "label": release.label,
            "catalog_number": release.catalog_number,
            "barcode": release.barcode,
            "release_date": release.release_date,
        },
        "files": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
