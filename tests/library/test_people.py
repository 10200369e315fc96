"""People: credited names link by key; two people merge into one keeping both spellings."""

from __future__ import annotations

import pytest

from labeldesk.errors import UserError
from labeldesk.library import (
    NotFound,
    credits_of,
    edit_log,
    find_people,
    get_person,
    get_release,
    merge_people,
    people_rows,
    release_rows,
)


def _person_named(lib, name):
    (person_id,) = find_people(lib, name)
    return get_person(lib, person_id)


def test_spellings_with_the_same_key_are_one_person_with_every_spelling(filled):
    person = _person_named(filled, "jesus calderon")
    assert person.name == "Jesús Calderón"
    assert person.spellings == ["Jesús Calderón", "Jesus Calderon", "JESÚS CALDERÓN", "Jesús  Calderón"]
    assert {r.name for r in people_rows(filled)} >= {"Ana Zayas", "Anna Zayas"}  # different keys: two people


def test_people_rows_count_credits_and_search(filled):
    rows = {r.name: r for r in people_rows(filled)}
    assert rows["Jesús Calderón"].credits == 4
    assert [r.name for r in people_rows(filled, "zay")] == ["Ana Zayas", "Anna Zayas"]
    assert people_rows(filled, '"(') == []


def test_merging_keeps_both_spellings_and_moves_every_link(filled):
    ana, anna = _person_named(filled, "Ana Zayas"), _person_named(filled, "Anna Zayas")
    merge_people(filled, ana.id, anna.id)
    merged = get_person(filled, ana.id)
    assert merged.spellings == ["Ana Zayas", "Anna Zayas"]
    with pytest.raises(NotFound):
        get_person(filled, anna.id)
    # every credit under either spelling, each still under the name it was given as
    assert sorted((c.name, c.instrument) for c in credits_of(filled, "anna zayas")) == [
        ("Ana Zayas", "cello"), ("Anna Zayas", "piano")]
    # the release credited to "Anna Zayas" is found by the other spelling now, and reads as before
    found = {r.title for r in release_rows(filled, search="ana zayas")}
    assert found == {"Salt Roads", "Noches de Ámbar", "Quiet Harbour"}
    ambar = next(r for r in release_rows(filled) if r.title == "Noches de Ámbar")
    assert get_release(filled, ambar.id).credits[0].name == "Anna Zayas"
    entry = edit_log(filled, table="people")[0]
    assert entry.action == "merge" and entry.before["other"]["name"] == "Anna Zayas"
    assert entry.after["spellings"] == ["Ana Zayas", "Anna Zayas"]


def test_merging_refuses_the_same_person_and_unknown_ids(filled):
    ana = _person_named(filled, "Ana Zayas")
    with pytest.raises(UserError):
        merge_people(filled, ana.id, ana.id)
    with pytest.raises(NotFound):
        merge_people(filled, ana.id, 10_000)
