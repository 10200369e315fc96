"""A release's note groups -> Notes: who wrote each (a signature, a lead-in, or for an unsigned first-person
text the composer, director or artist it speaks as) and what kind of note it is (liner note, review,
description …).

Its own module because naming a note's author is inference from the release's credits, made after they are
all read."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold, name_key
from labeldesk.importer.language import TOKEN
from labeldesk.importer.notes import Group, cue_scores
from labeldesk.importer.release_kind import VARIOUS
from labeldesk.model import Credit, Note


# Which role a first-person note speaks from: cue words.
_COMPOSER_CUES = re.compile(
    r"\b(?:compos\w*|score|themes?|melod\w*|orchestra\w*|record(?:ed|ing)?|musicians?|instrument\w*|piano|"
    r"my music|the music i|harmon\w*|partition|mes themes|enregistr\w*|musiciens|composicion|compuse|grabamos|"
    r"partitura|musicos|composizione|ho composto|komponier\w*|aufgenommen)\b")


_DIRECTOR_CUES = re.compile(
    r"\b(?:my film|mon film|mi pelicula|il mio film|mein film|shooting|the shoot|tournage|rodaje|riprese|"
    r"dreharbeiten|montage|editing|actors?|acteurs?|actrices?|actores|attori|schauspieler|la bo|the score|"
    r"la musique de|la partition de|screenplay|scenario|cast|camera|cadrage|mise en scene)\b")


def unsigned_third_person(group: Group) -> bool:
    return group.signature is None and group.lead_in is None and not group.first_person


def group_kind(group: Group) -> str:
    if group.kind:
        return group.kind
    scores = group.scores()
    if not scores:
        scores = cue_scores(group.text())
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else "description"


def note_from_group(group: Group, credits: list[Credit], artists: list[str], release_kind: str, warnings: list[str]) -> Note:
    authors: list[str] = []
    place_date = group.place_date
    if group.signature is not None:
        authors = list(group.signature.names)
        place_date = place_date or group.signature.place_date
    elif group.lead_in is not None and group.lead_in.names:
        authors = list(group.lead_in.names)
    text = group.text()
    language = group.language or "en"
    credited = {name_key(c.name) for c in credits if c.role != "cast"}
    if authors:
        authors = [_credited_spelling(a, credits) for a in authors]
        involved = any(name_key(a) in credited for a in authors) or bool(
            group.signature and group.signature.roles) or bool(group.lead_in)
        kind = "liner_note" if involved else "review"
    elif group.lead_in is not None and group.lead_in.roles:
        authors = [c.name for c in credits if c.role in group.lead_in.roles][:2]
        kind = "liner_note"
        if authors:
            warnings.append(f"note author inferred from its lead-in: {', '.join(authors)}")
    elif group.first_person:
        kind = "liner_note"
        authors = _speaker(text, credits, artists, release_kind)
        if authors:
            warnings.append(f"note author inferred: {', '.join(authors)} (an unsigned first-person text, read as "
                            f"theirs from the credits)")
    else:
        kind = group_kind(group)
    return Note(text=text, kind=kind, authors=authors, language=language, place_date=place_date)


def _credited_spelling(name: str, credits: list[Credit]) -> str:
    if not name.isupper():
        return name
    for c in credits:
        if name_key(c.name) == name_key(name):
            return c.name
    return " ".join(w.capitalize() for w in name.split())


def _speaker(text: str, credits: list[Credit], artists: list[str], release_kind: str) -> list[str]:
    """Who an unsigned first-person note speaks as: the composer, the director, or the release's artist."""
    if release_kind != "soundtrack" and artists:
        return [a for a in artists if not VARIOUS.match(a)][:2]
    composers = [c.name for c in credits if c.role == "composer" and c.scope is None]
    directors = [c.name for c in credits if c.role == "film_director"]
    folded = fold(text)
    words = set(TOKEN.findall(folded))

    def mentioned(names: list[str]) -> bool:
        return any(part in words for n in names for part in TOKEN.findall(fold(n)) if len(part) > 2)

    composer_score = len(_COMPOSER_CUES.findall(folded))
    director_score = len(_DIRECTOR_CUES.findall(folded))
    if mentioned(composers):
        director_score += 3
    if mentioned(directors):
        composer_score += 3
    if directors and director_score > composer_score:
        return directors[:2]
    if composers:
        return composers[:2]
    return directors[:2] or [a for a in artists if not VARIOUS.match(a)][:2]
