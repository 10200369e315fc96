"""The SQLite library: schema, migrations, repository functions, full-text search, edit log.

Open a library with `open_library(path)`; every function takes the open Library first. Writes are
single transactions, kept in the full-text index and the edit log."""

from labeldesk.library.connection import Library, open_library, transaction
from labeldesk.library.credits import CreditRow, credits_of
from labeldesk.library.documents import (
    DocumentRow,
    StoredDocument,
    add_document,
    document_hash,
    document_release_ids,
    document_rows,
    get_document,
    store_document,
)
from labeldesk.library.editlog import EditLogEntry, edit_log
from labeldesk.library.errors import LibraryError, NotFound
from labeldesk.library.listing import (
    ORDERS,
    ReleaseRow,
    count_releases,
    release_ids,
    release_rows,
    release_rows_for_ids,
)
from labeldesk.library.people import PersonRow, find_people, get_person, merge_people, people_rows
from labeldesk.library.releases import add_release, delete_release, get_release, update_release

__all__ = [
    "ORDERS", "CreditRow", "DocumentRow", "EditLogEntry", "Library", "LibraryError", "NotFound", "PersonRow",
    "ReleaseRow", "StoredDocument", "add_document", "add_release", "count_releases", "credits_of",
    "delete_release", "document_hash", "document_release_ids", "document_rows", "edit_log", "find_people",
    "get_document", "get_person", "get_release", "merge_people", "open_library", "people_rows", "release_ids",
    "release_rows", "release_rows_for_ids", "store_document", "transaction", "update_release",
]
