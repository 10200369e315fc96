"""Everything a person is credited for, under any spelling, release- and track-level."""

from __future__ import annotations

import pytest

from labeldesk.library import credits_of


@pytest.mark.parametrize("asked", ["jesus calderon", "JESÚS CALDERÓN", "Jesus  Calderon", "jesús calderón "])
def test_credits_under_every_spelling(filled, asked):
    got = [(c.name, c.role, c.release, c.track) for c in credits_of(filled, asked)]
    assert got == [
        ("Jesús  Calderón", "producer", "Quiet Harbour", None),
        ("Jesús Calderón", "composer", "Salt Roads", None),
        ("Jesus Calderon", "conductor", "Salt Roads", None),
        ("JESÚS CALDERÓN", "songwriter", "Salt Roads", "Nana de la Negra Noche"),
    ]


def test_part_of_a_name_finds_the_people_it_fits(filled):
    assert {c.name for c in credits_of(filled, "zayas")} == {"Ana Zayas", "Anna Zayas"}
    assert [c.instrument for c in credits_of(filled, "zenobia")] == ["vocals"]


def test_no_credits_for_unknown_or_empty_names(filled):
    assert credits_of(filled, "Nobody Here") == []
    assert credits_of(filled, "") == []
    assert credits_of(filled, '" AND (') == []
