"""Everything a person is credited for, under any spelling of their name."""

from __future__ import annotations

from dataclasses import dataclass

from labeldesk.library.people import find_people


@dataclass
class CreditRow:
    name: str  # the spelling this credit was given under
    role: str
    instrument: str | None
    scope: str | None
    release: str
    release_id: int
    track: str | None  # the track's title, None for a release-level credit
    track_id: int | None
    person_id: int


def credits_of(lib, name: str) -> list[CreditRow]:
    """Every credit of every person whose name or any spelling matches `name`, ignoring case and
    accents ("jesus calderon" finds "Jesús Calderón"); when no spelling matches whole, people
    whose spellings contain all its words. Sorted by release title, then as the release lists them."""
    person_ids = find_people(lib, name)
    if not person_ids:
        return []
    placeholders = ", ".join("?" * len(person_ids))
    rows = lib.conn.execute(
        f"""SELECT c.credited_as, c.role, c.instrument, c.scope, r.title, r.id, t.title, t.id, c.person_id
            FROM credits c JOIN releases r ON r.id = c.release_id LEFT JOIN tracks t ON t.id = c.track_id
            WHERE c.person_id IN ({placeholders})
            ORDER BY r.title COLLATE NOCASE, r.id, c.seq""",
        person_ids,
    )
    return [CreditRow(*r) for r in rows]
