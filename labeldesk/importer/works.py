"""A classical release's programme: works over their movements, each work under its composer.

  Núria Castellet (1968)
  Tres cançons de la mar, per a soprano i orquestra de corda, sobre poemes de Clara Masdeu (2022)
  4. I. La barca 4'10"

The work's title is its name as printed (an opus number stays: "Requiem des marins, op. 42"); the year of
composition and the scoring after a comma are description, and a poet named there is the work's lyricist. A
composer printed over works is credited for the whole release when the programme has only one, else for each
of their works.
"""

from __future__ import annotations

import re

from labeldesk.model import Credit

# "I. Lent", "IV) Finale", "iii. Rondo": a movement's number
_MOVEMENT = re.compile(r"^(?:[IVX]{1,5}|[ivx]{1,5})[.)]\s+\S")
# ", per a soprano i orquestra", ", for string orchestra", ", pour piano": who the work is scored for
_SCORING = re.compile(r"^(?:per a|per|for|pour|für|fur|para|voor|för|for solo)\s", re.I)
_YEAR = re.compile(r"\s*\((?:rev\.\s*)?(?:1[5-9]|20)\d\d(?:\s*[–—/-]\s*(?:\d{2}|\d{4}))?\)\s*$")


def is_movement(title: str) -> bool:
    return _MOVEMENT.match(title) is not None


def work_title(text: str) -> tuple[str, list[Credit]]:
    """The work's title, and the credits its description names (scoped to the work)."""
    from labeldesk.importer.credit_lines import read_credit_line

    text = _YEAR.sub("", " ".join(text.split())).rstrip(" :")
    parts = text.split(", ")
    kept = [parts[0]]
    found: list[Credit] = []
    for part in parts[1:]:
        if _SCORING.match(part):
            continue
        reading = read_credit_line(part)
        if reading is not None and reading.credits and not reading.fields:
            found.extend(reading.credits)
            continue
        kept.append(part)
    title = ", ".join(kept)
    return title, [Credit(c.name, c.role, c.instrument, title) for c in found]


class Programme:
    """The works met in a release's tracklist and the composers printed over them."""

    def __init__(self) -> None:
        self._composer: str | None = None
        self._works: list[tuple[str | None, str]] = []  # (composer, work title)
        self.credits: list[Credit] = []  # what the works' descriptions name

    def composer(self, name: str) -> None:
        self._composer = name

    def work(self, text: str) -> str:
        title, credits = work_title(text)
        self._works.append((self._composer, title))
        self.credits.extend(credits)
        return title

    def piece(self, title: str) -> None:
        """A track printed under a composer's name with no work heading: a work of its own."""
        if self._composer:
            self._works.append((self._composer, title))

    def composer_credits(self) -> list[Credit]:
        composers = {c for c, _ in self._works if c}
        if len(composers) == 1:
            return [Credit(composers.pop(), "composer")]
        return [Credit(c, "composer", None, title) for c, title in self._works if c]

    def composers(self) -> list[str]:
        return list(dict.fromkeys(c for c, _ in self._works if c))
