"""The one place where a release and its track become the fields of one audio file.

Which credits reach a track: every release credit, except that a release credit whose scope names
a track title reaches only that track; the track's own credits reach only it. A track's own credits
are added after the release's, never instead of them: a traditional melody on a score names the
score's composer first and "Traditional" second, so a reader that takes the first composer (as
many do) finds the score's composer on every file. A name that comes twice (by its name key) is
kept once, as first spelled.
"""

from __future__ import annotations

from labeldesk.model.names import name_key
from labeldesk.model.release import Credit, Release, Track
from labeldesk.model.roles import role_label
from labeldesk.tagging.fields import Cover, Fields

# field -> the roles it gathers (tag-mapping.md, after Picard)
ROLE_FIELDS = {
    "composers": ("composer", "songwriter"),
    "lyricists": ("lyricist", "songwriter", "librettist"),
    "conductors": ("conductor",),
    "arrangers": ("arranger", "orchestrator"),
    "engineers": ("recording_engineer", "sound_engineer", "assistant_engineer"),
    "mixers": ("mixing_engineer",),
    "producers": ("producer", "co_producer"),
}
# performer roles whose "instrument" in the file is the kind of group
GROUP_ROLES = ("orchestra", "choir", "ensemble")

SOUNDTRACK_GENRE = "Soundtrack"


def fields_for_track(release: Release, track: Track, cover: Cover | None = None) -> Fields:
    own, shared = credits_for_track(release, track)
    fields = Fields(
        title=track.title,
        album=release.title,
        artists=list(track.artists or release.artists),
        album_artists=list(release.artists),
        label=release.label,
        catalog_number=release.catalog_number,
        barcode=release.barcode,
        date=release.release_date,
        track=track_number(release, track),
        disc=(track.disc, release.disc_count),
        genre=SOUNDTRACK_GENRE if release.kind == "soundtrack" else None,
        release_type=release.kind or None,
        liner_notes=liner_notes_text(release),
        liner_notes_language=release.notes[0].language if release.notes else None,
        credits_text="\n".join(credit_line(c) for c in shared + own) or None,
        cover=cover,
    )
    for name, roles in ROLE_FIELDS.items():
        setattr(fields, name, _unique_names([c.name for c in shared + own if c.role in roles]))
    fields.performers = _unique([_performer(c) for c in shared + own if c.role == "performer" or c.role in GROUP_ROLES])
    return fields


def credits_for_track(release: Release, track: Track) -> tuple[list[Credit], list[Credit]]:
    """(the track's own credits, the release credits it shares with every track)."""
    titles = {name_key(t.title) for t in release.tracks}
    this_title = name_key(track.title)
    own, shared = [], []
    for credit in release.credits:
        scope = name_key(credit.scope) if credit.scope else None
        if scope and scope in titles:
            if scope == this_title:
                own.append(credit)
        else:
            shared.append(credit)  # no scope, or a scope that is not a track ("guitar")
    own.extend(track.credits)
    return own, shared


def track_number(release: Release, track: Track) -> tuple[int, int]:
    """(n, N) within the track's disc: the printed number when it is one, else the running order."""
    disc_tracks = [t for t in release.tracks if t.disc == track.disc]
    count = len(disc_tracks)
    if track.position.strip().isdigit():
        return int(track.position), count
    index = next((i for i, t in enumerate(disc_tracks) if t is track), None)
    if index is None:
        index = next(i for i, t in enumerate(disc_tracks) if t == track)
    return index + 1, count


def liner_notes_text(release: Release) -> str | None:
    """Every note in order, each followed by its signature line; notes separated by a blank line."""
    parts = []
    for note in release.notes:
        text = note.text.strip()
        signature = " & ".join(a for a in note.authors if a)
        if note.place_date:
            signature = f"{signature}, {note.place_date}" if signature else note.place_date
        parts.append(f"{text}\n— {signature}" if signature else text)
    return "\n\n".join(p for p in parts if p) or None


def credit_line(credit: Credit) -> str:
    """"Role label: Name (instrument) [scope]"."""
    line = f"{role_label(credit.role)}: {credit.name}"
    if credit.instrument:
        line += f" ({credit.instrument})"
    if credit.scope:
        line += f" [{credit.scope}]"
    return line


def _performer(credit: Credit) -> tuple[str, str | None]:
    return (credit.name, credit.role if credit.role in GROUP_ROLES else credit.instrument)


def _unique(values: list) -> list:
    return list(dict.fromkeys(values))


def _unique_names(names: list[str]) -> list[str]:
    """The names in order, each person once: "Jesús Calderón" and "Jesus Calderon" are one."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name_key(name), name)
    return list(seen.values())
