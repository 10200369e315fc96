"""A person's credits as CSV: the columns and values `labeldesk credits --csv` prints."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from labeldesk.library.credits import CreditRow

CREDIT_COLUMNS = ("name", "role", "instrument", "scope", "release", "release_id", "track")


def credit_record(row: CreditRow) -> dict:
    return {"name": row.name, "role": row.role, "instrument": row.instrument, "scope": row.scope,
            "release": row.release, "release_id": row.release_id, "track": row.track}


def write_credits_csv(rows: Iterable[CreditRow], stream: TextIO) -> int:
    """Write a header line and one line per credit; returns the number of credits written."""
    writer = csv.DictWriter(stream, fieldnames=CREDIT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(credit_record(row))
        count += 1
    return count
