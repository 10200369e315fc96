"""Single-field edits of a release (title, label, barcode …): one column written, the search row
rewritten, the old and new value in the edit log — all in one transaction.

Edits of a release's lists (tracks, credits, notes) go through update_release, which rewrites them
whole; these are the cheap, precise edits a form makes one field at a time."""

from __future__ import annotations

from labeldesk.errors import UserError
from labeldesk.library import editlog, search
from labeldesk.library.connection import transaction
from labeldesk.library.errors import NotFound
from labeldesk.library.releases import _label_id
from labeldesk.model import RELEASE_KINDS

# field -> (column in releases, the SELECT expression that reads it)
RELEASE_FIELDS = {
    "title": ("title", "r.title"),
    "subtitle": ("subtitle", "r.subtitle"),
    "kind": ("kind", "r.kind"),
    "label": ("label_id", "(SELECT name FROM labels l WHERE l.id = r.label_id)"),
    "catalog_number": ("catalog_number", "r.catalog_number"),
    "barcode": ("barcode", "r.barcode"),
    "release_date": ("release_date", "r.release_date"),
}


def release_field(lib, release_id: int, field: str):
    """The stored value of one field of a release. NotFound for an unknown id."""
    expression = _field(field)[1]
    row = lib.conn.execute(f"SELECT {expression} FROM releases r WHERE r.id = ?", (release_id,)).fetchone()
    if row is None:
        raise NotFound(f"no release with id {release_id}")
    return row[0]


def set_release_field(lib, release_id: int, field: str, value: str | None) -> None:
    """Store one field of a release ("" and None both mean no value; a title is required and the
    kind must be one of RELEASE_KINDS). Edit-logged with the value before and after."""
    column = _field(field)[0]
    value = _clean(value)
    if field == "title" and not value:
        raise UserError("a release needs a title")
    if field == "kind" and value not in RELEASE_KINDS:
        raise UserError(f"unknown kind {value!r}; one of {', '.join(RELEASE_KINDS)}")
    with transaction(lib.conn) as conn:
        before = release_field(lib, release_id, field)
        stored = _label_id(conn, value) if field == "label" else value
        conn.execute(f"UPDATE releases SET {column} = ?, updated_at = ? WHERE id = ?",
                     (stored, editlog.now(), release_id))
        search.index_release(conn, release_id)
        editlog.record(conn, "update", "releases", release_id, before={field: before}, after={field: value})


def _field(field: str) -> tuple[str, str]:
    try:
        return RELEASE_FIELDS[field]
    except KeyError:
        raise ValueError(f"unknown release field {field!r}; one of {', '.join(RELEASE_FIELDS)}") from None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None
