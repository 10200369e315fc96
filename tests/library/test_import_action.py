"""Reading files into documents and storing them: the action the import command and the window share."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from labeldesk.actions.importing import Cancelled, import_files, read_documents, read_file, store_documents
from labeldesk.errors import UserError
from labeldesk.library import count_releases

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
ALL = sorted(FIXTURES.glob("*.json"))


def test_each_json_shape_is_read():
    shapes = {p.name: read_file(p) for p in ALL}
    assert [len(d.releases) for d in shapes["documents-with-text.json"]] == [2]
    assert shapes["documents-with-text.json"][0].text.startswith("Brightwater Records news")
    assert shapes["gold-shaped.json"][0].path == "gulf-notes.txt"
    assert shapes["releases-only.json"][0].path == str(FIXTURES / "releases-only.json")


def test_json_is_recognised_by_content_too(tmp_path):
    path = tmp_path / "catalogue.export"
    path.write_bytes(b"\xef\xbb\xbf\n  " + (FIXTURES / "gold-shaped.json").read_bytes())
    assert read_file(path)[0].releases[0].title == "Gulf"


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("dir", "is a directory"),
    (b'{"releases": [', "malformed JSON"),
    (b'{"release": []}', "not release interchange JSON"),
    (b'{"releases": [{"title": 7}]}', "not release interchange JSON"),
    (b'["a list"]', "not release interchange JSON"),
    (b'{"releases": "\xff\xfe"}', "not UTF-8"),
])
def test_bad_files_are_one_user_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "input.json"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=message) as caught:
        read_documents([path])
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_the_importer_cannot_read_is_a_user_error_naming_it(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(bytes(range(256)) * 4)  # binary: not a text document
    with pytest.raises(UserError) as caught:
        read_documents([path])
    assert str(path) in str(caught.value)


def test_one_bad_file_stops_the_whole_read_before_anything_is_stored(library, tmp_path):
    with pytest.raises(UserError):
        import_files(library, [ALL[0], tmp_path / "missing.json"])
    assert count_releases(library) == 0


def test_progress_and_storing(library):
    seen = []
    documents = read_documents(ALL, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    stored = store_documents(library, documents)
    assert [s.added for s in stored] == [True, True, True]
    assert count_releases(library) == 4
    assert [s.added for s in import_files(library, ALL)] == [False, False, False]
    assert count_releases(library) == 4


def test_a_cancel_stops_between_documents_keeping_what_was_done(library):
    cancel = threading.Event()
    documents = read_documents(ALL)

    def progress(done, total):
        if done == 1:
            cancel.set()

    with pytest.raises(Cancelled):
        store_documents(library, documents, progress=progress, cancel=cancel)
    assert count_releases(library) == len(documents[0].releases)
