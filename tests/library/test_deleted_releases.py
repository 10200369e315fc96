"""Deleting releases with a record, and putting them back exactly: every row under its own id, in a
real library file with real audio files and a real cover."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from labeldesk.actions.audio import attach, embedded_cover, set_release_cover
from labeldesk.actions.importing import import_files
from labeldesk.library import NotFound, add_release, edit_log, get_release, merge_people, release_rows, update_release
from labeldesk.library.audio_files import release_files
from labeldesk.library.deleted_releases import (
    PARTS,
    delete_releases_recorded,
    restore_releases,
    summarise_releases,
)
from labeldesk.library.people import find_people
from labeldesk.model import Credit, Release, Track
from labeldesk.model.interchange import release_to_dict

TESTS = Path(__file__).resolve().parents[1]
WINTER = TESTS / "gui" / "fixtures" / "winter-catalogue.txt"
AUDIO = TESTS / "fixtures" / "audio"


@pytest.fixture
def winter(library, tmp_path):
    """The winter catalogue, with Frost Lines (release 1) given three audio files and a cover (and
    the cover's player rendition)."""
    import_files(library, [WINTER])
    frost = _release_named(library, "Frost Lines")
    files = []
    for name, fixture in (("1.flac", "tone.flac"), ("2.mp3", "tone.mp3"), ("3.ogg", "tone.ogg")):
        files.append(tmp_path / name)
        shutil.copyfile(AUDIO / fixture, files[-1])
    attach(library, frost.id, files, by_order=True)
    cover = tmp_path / "front.png"
    Image.new("RGB", (600, 600), (30, 90, 160)).save(cover)
    set_release_cover(library, frost.id, cover)
    assert embedded_cover(library, frost.id) is not None  # kept as a rendition
    return library


def _release_named(library, title: str) -> Release:
    return get_release(library, next(r.id for r in release_rows(library) if r.title == title))


def _tables(library) -> list[str]:
    return [r[0] for r in library.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'release_search%' AND name NOT LIKE 'people_search%'")]


def _everything(library) -> dict[str, list[tuple]]:
    """Every row of every table (the edit log and the search index aside), in rowid order."""
    return {table: library.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in _tables(library) if table != "edit_log"}


def _search(library, text: str) -> list[str]:
    return [r.title for r in release_rows(library, search=text)]


def test_every_table_a_release_reaches_is_recorded(library):
    # a table whose rows go with a release (a foreign key chain ending in releases) and is not in
    # PARTS would be lost by an undone deletion
    reaching = {"releases"}
    grew = True
    while grew:
        grew = False
        for table in _tables(library):
            parents = {r[2] for r in library.conn.execute(f"PRAGMA foreign_key_list({table})")}
            if table not in reaching and parents & reaching:
                reaching.add(table)
                grew = True
    assert reaching == {table for table, _ in PARTS}


def test_a_deleted_release_comes_back_exactly(winter):
    frost = _release_named(winter, "Frost Lines")
    before = _everything(winter)
    files_before = release_files(winter, frost.id)
    assert len(files_before) == 3

    records = delete_releases_recorded(winter, [frost.id])
    assert [r.title for r in records] == ["Frost Lines"]
    with pytest.raises(NotFound):
        get_release(winter, frost.id)
    assert release_files(winter, frost.id) == []
    assert _search(winter, "frost") == []
    assert all(Path(f.path).exists() for f in files_before)  # the audio files stay on disk
    gone = _everything(winter)
    assert gone["covers"] == [] and gone["cover_renditions"] == [] and gone["audio_files"] == []
    assert gone["documents"] == before["documents"] and gone["people"] == before["people"]

    restored = restore_releases(winter, records)
    assert (restored.release_ids, restored.new_ids, restored.files_kept_elsewhere) == ([frost.id], {}, [])
    assert _everything(winter) == before
    assert release_files(winter, frost.id) == files_before
    assert _search(winter, "frost") == ["Frost Lines"]
    assert get_release(winter, frost.id) == frost
    actions = [(e.action, e.row_id) for e in edit_log(winter, table="releases", limit=2)]
    assert actions == [("restore", frost.id), ("delete", frost.id)]


def test_several_releases_go_and_come_back_in_one_go(winter):
    before = _everything(winter)
    ids = [r.id for r in release_rows(winter)]
    summary = summarise_releases(winter, ids[:2])
    records = delete_releases_recorded(winter, ids[:2])
    assert [r.release_id for r in records] == ids[:2]
    assert [r.id for r in release_rows(winter)] == ids[2:]
    restore_releases(winter, records)
    assert _everything(winter) == before
    assert summary.titles == [r.title for r in records]


def test_an_unknown_id_deletes_nothing(winter):
    before = _everything(winter)
    with pytest.raises(NotFound, match="no release with id 99"):
        delete_releases_recorded(winter, [1, 99])
    assert _everything(winter) == before


def test_the_summary_counts_what_goes(winter):
    frost = _release_named(winter, "Frost Lines")
    summary = summarise_releases(winter, [frost.id])
    assert summary.contents() == "3 tracks, 7 credits, 2 notes, the cover and 3 attached-file links"
    nuit = _release_named(winter, "Nuit blanche")
    both = summarise_releases(winter, [frost.id, nuit.id])
    assert both.contents() == "5 tracks, 9 credits, 3 notes, 1 cover and 3 attached-file links"
    empty = add_release(winter, Release(title="Nothing yet"))
    assert summarise_releases(winter, [empty]).contents() == ""
    with pytest.raises(NotFound):
        summarise_releases(winter, [999])


def test_a_release_whose_id_was_taken_since_comes_back_under_a_new_one(winter):
    newest = max(r.id for r in release_rows(winter))
    kept = get_release(winter, newest)
    records = delete_releases_recorded(winter, [newest])
    taken = add_release(winter, Release(title="Added since", tracks=[Track(position="1", title="One")],
                                        credits=[Credit(name="Someone New", role="producer")]))
    assert taken == newest  # SQLite gives the highest id again
    restored = restore_releases(winter, records)
    assert restored.new_ids == {newest: restored.release_ids[0]} and restored.release_ids[0] != newest
    assert get_release(winter, newest).title == "Added since"  # untouched
    back = get_release(winter, restored.release_ids[0])
    assert release_to_dict(back) == release_to_dict(kept)
    assert _search(winter, kept.title.split()[0]) == [kept.title]
    entry = edit_log(winter, table="releases", limit=1)[0]
    assert (entry.action, entry.row_id, entry.before) == ("restore", back.id, {"id": newest})


def test_rows_whose_ids_were_taken_since_come_back_under_new_ones_and_keep_their_links(winter):
    frost = _release_named(winter, "Frost Lines")
    # an edit gives Frost Lines the newest tracks, credits and notes; rows added after the deletion
    # take those ids
    frost.tracks.append(Track(position="4", title="Thaw", credits=[Credit(name="Ilse Berg", role="piano")]))
    update_release(winter, frost)
    frost = get_release(winter, frost.id)
    files = release_files(winter, frost.id)
    records = delete_releases_recorded(winter, [frost.id])
    add_release(winter, Release(title="Other", tracks=[Track(position="1", title="One"), Track(position="2", title="Two")],
                                credits=[Credit(name="Someone", role="producer")] * 9))
    restored = restore_releases(winter, records)
    assert restored.new_ids == {}
    back = get_release(winter, frost.id)
    assert release_to_dict(back) == release_to_dict(frost)
    assert [t.id for t in back.tracks][:3] == [t.id for t in frost.tracks][:3]  # the free ones kept
    assert back.tracks[3].id != frost.tracks[3].id
    assert back.tracks[3].credits == [Credit(name="Ilse Berg", role="piano")]
    assert [(f.path, f.track_id) for f in release_files(winter, frost.id)] == [(f.path, f.track_id) for f in files]


def test_a_file_attached_elsewhere_since_stays_there(winter, tmp_path):
    frost = _release_named(winter, "Frost Lines")
    first = release_files(winter, frost.id)[0]
    records = delete_releases_recorded(winter, [frost.id])
    nuit = _release_named(winter, "Nuit blanche")
    moved = tmp_path / "moved.flac"
    shutil.copyfile(first.path, moved)
    attach(winter, nuit.id, [first.path, str(moved)], by_order=True)
    assert restore_releases(winter, records).files_kept_elsewhere == [first.path]
    others = [f.path for f in release_files(winter, frost.id)]
    assert len(others) == 2 and first.path not in others
    assert first.path in [f.path for f in release_files(winter, nuit.id)]


def test_a_person_merged_away_since_is_found_again_by_name(library):
    release_id = add_release(library, Release(title="Duo", artists=["Ana Zayas"],
                                              credits=[Credit(name="Anna Zayas", role="composer")]))
    add_release(library, Release(title="Keeps the highest id"))
    records = delete_releases_recorded(library, [release_id])
    other = add_release(library, Release(title="Solo", artists=["Ana Zayas", "Anna Zayas"]))
    ana, anna = find_people(library, "Ana Zayas")[0], find_people(library, "Anna Zayas")[0]
    assert ana != anna
    merge_people(library, ana, anna)
    restore_releases(library, records)
    restored = get_release(library, release_id)
    assert restored.artists == ["Ana Zayas"] and restored.credits[0].name == "Anna Zayas"
    people = {r[0] for r in library.conn.execute(
        "SELECT person_id FROM release_artists WHERE release_id IN (?, ?) UNION "
        "SELECT person_id FROM credits WHERE release_id = ?", (release_id, other, release_id))}
    assert people == {ana}
