"""`labeldesk import` of a text imported in part before (in the window, which lets an archivist keep
only some of its releases): it adds the rest and says so, then adds nothing; a release deleted
since comes back. The command runs as a real process on a real library file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli_helpers import dump

from labeldesk.actions.importing import read_file, store_documents
from labeldesk.library import open_library
from labeldesk.library.documents import ChosenReleases

HARBOUR = Path(__file__).resolve().parents[1] / "fixtures" / "texts" / "harbour-catalogue.txt"


def labeldesk(library: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "labeldesk", "--library", str(library), *argv],
                          capture_output=True, text=True, timeout=60)


def titles(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [t for (t,) in conn.execute("SELECT title FROM releases ORDER BY source_start")]
    finally:
        conn.close()


def import_in_part(library: Path, indexes: tuple[int, ...]) -> None:
    """What the window's review stores when only some releases are checked."""
    with open_library(library) as lib:
        store_documents(lib, [ChosenReleases(read_file(HARBOUR)[0], indexes)])


def test_import_adds_what_a_partial_import_left_out_then_nothing(tmp_path):
    library = tmp_path / "library.db"
    import_in_part(library, (0, 1, 3))
    assert titles(library) == ["Salt Lantern", "Grey Gulls", "Winter Quay"]

    done = labeldesk(library, "import", str(HARBOUR))
    assert (done.returncode, done.stdout, done.stderr) == (0, "2 releases added, 3 already in the library.\n", "")
    assert titles(library) == ["Salt Lantern", "Grey Gulls", "The Last Ferry", "Winter Quay", "Lighthouse Songs"]

    before = dump(library)
    done = labeldesk(library, "import", str(HARBOUR))
    assert (done.returncode, done.stdout, done.stderr) == (0, "0 releases added, 5 already in the library.\n", "")
    assert dump(library) == before


def test_a_release_deleted_since_is_imported_again(tmp_path):
    library = tmp_path / "library.db"
    assert labeldesk(library, "import", str(HARBOUR)).stdout == "5 releases added, 0 already in the library.\n"
    done = labeldesk(library, "delete", "3", "--yes")
    assert done.returncode == 0 and "The Last Ferry" in done.stdout
    done = labeldesk(library, "import", str(HARBOUR))
    assert done.stdout == "1 release added, 4 already in the library.\n"
    assert titles(library) == ["Salt Lantern", "Grey Gulls", "The Last Ferry", "Winter Quay", "Lighthouse Songs"]


def test_json_lists_the_documents_releases_in_order_with_ids(tmp_path):
    library = tmp_path / "library.db"
    import_in_part(library, (1, 3))
    done = labeldesk(library, "import", "--json", str(HARBOUR))
    assert done.returncode == 0
    (document,) = json.loads(done.stdout)["documents"]
    # the two stored before keep their ids (1, 2); the three added now follow in the text's order
    assert [(r["id"], r["title"]) for r in document["releases"]] == [
        (3, "Salt Lantern"), (1, "Grey Gulls"), (4, "The Last Ferry"), (2, "Winter Quay"), (5, "Lighthouse Songs")]


def test_a_dry_run_of_a_partly_imported_text_stores_nothing(tmp_path):
    library = tmp_path / "library.db"
    import_in_part(library, (0,))
    before = dump(library)
    done = labeldesk(library, "import", "--dry-run", str(HARBOUR))
    assert done.returncode == 0 and "nothing stored" in done.stdout
    assert dump(library) == before
