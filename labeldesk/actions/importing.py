"""Importing files into the library: read text documents (through the importer) and interchange
JSON files into Documents, then store them. Shared by the `import` command and the GUI.

A document the library holds already is compared release by release with what is read now, and
only the releases it does not hold are stored (see labeldesk.library.documents.store_document)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from labeldesk.errors import UserError
from labeldesk.importer import ImporterError, import_text
from labeldesk.library.documents import ChosenReleases, StoredDocument, store_document
from labeldesk.model import Document
from labeldesk.model.interchange import InterchangeError, documents_from_json

Progress = Callable[[int, int], None]


class CancelFlag(Protocol):
    """Anything with is_set(), such as threading.Event: set it to stop between two files."""

    def is_set(self) -> bool: ...


class Cancelled(UserError):
    """The user stopped the work; what was finished before stays finished."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def read_documents(paths: Iterable[str | Path], progress: Progress | None = None,
                   cancel: CancelFlag | None = None) -> list[Document]:
    """Read every file into Documents, all or nothing: the first unreadable file raises a
    UserError naming it, before anything is stored. progress(done, total) after each file."""
    paths = list(paths)
    documents: list[Document] = []
    for done, path in enumerate(paths, start=1):
        _check(cancel)
        documents.extend(read_file(path))
        if progress:
            progress(done, len(paths))
    return documents


def read_file(path: str | Path) -> list[Document]:
    """The documents in one file: interchange JSON when the name ends in .json or the content
    starts with `{`, otherwise a text document for the importer."""
    name = str(path)
    data = _read_bytes(Path(path), name)
    if name.lower().endswith(".json") or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _documents_from_json_bytes(data, name)
    try:
        return [import_text(data, name)]
    except ImporterError as exc:
        message = str(exc)
        raise UserError(message if name in message else f"{name}: {message}") from exc


def store_documents(lib, documents: Iterable[Document | ChosenReleases], progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> list[StoredDocument]:
    """Store each document in its own transaction: a new one with its releases (or the chosen
    ones), one already stored only with the releases the library does not hold yet (nothing, when
    it holds them all). progress(done, total) after each; a cancel stops before the next document."""
    documents = list(documents)
    stored: list[StoredDocument] = []
    for done, document in enumerate(documents, start=1):
        _check(cancel)
        stored.append(store_document(lib, document))
        if progress:
            progress(done, len(documents))
    return stored


def import_files(lib, paths: Iterable[str | Path], progress: Progress | None = None,
                 cancel: CancelFlag | None = None) -> list[StoredDocument]:
    """read_documents then store_documents."""
    return store_documents(lib, read_documents(paths, cancel=cancel), progress=progress, cancel=cancel)


def _check(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def _read_bytes(path: Path, name: str) -> bytes:
    if not path.exists():
        raise UserError(f"{name}: no such file")
    if path.is_dir():
        raise UserError(f"{name}: is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"{name}: cannot read it ({exc.strerror or exc})") from exc


def _documents_from_json_bytes(data: bytes, name: str) -> list[Document]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not UTF-8 text, so not interchange JSON") from exc
    except json.JSONDecodeError as exc:
        raise UserError(f"{name}: malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    try:
        return documents_from_json(value, default_path=name)
    except InterchangeError as exc:
        raise UserError(f"{name}: not release interchange JSON ({exc})") from exc
