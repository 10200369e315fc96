"""One release block's lines -> a Release: heading, header and credit lines, tracks, awards, notes.

build_release() walks the block's classified lines once and then settles title, artists, label and kind for the
release as a whole; the rules it leans on are in release_heading (heading lines read together), release_tracks
(one track at a time), release_kind, release_notes (notes and their authors) and document_context (what the
rest of the document names).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from labeldesk.importer.catalog_codes import code_in_sentence, looks_like_label
from labeldesk.importer.classical_lineup import cover_performers
from labeldesk.importer.credit_lines import read_credit_line
from labeldesk.importer.credit_names import ensemble_role
from labeldesk.importer.credit_scopes import TRACK_SCOPE
from labeldesk.importer.dates import release_date_in
from labeldesk.importer.document_context import DocumentContext, fullest_label
from labeldesk.importer.folding import fold, name_key
from labeldesk.importer.headings import Heading, joint_names
from labeldesk.importer.lines import Line
from labeldesk.importer.notes import group_paragraphs, make_paragraph
from labeldesk.importer.prose_credits import credits_from_blurb, label_from_blurb
from labeldesk.importer.release_heading import VOLUME, latin_readings, over_navigation, second_line, wholly_quoted
from labeldesk.importer.release_kind import VARIOUS, format_kind, release_kind
from labeldesk.importer.release_notes import group_kind, note_from_group, unsigned_third_person
from labeldesk.importer.release_tracks import (
    bind_to_tracks, indent_of, merged_legends, remixers, runs_on_from, strip_release_artist, under_track,
    without_stray_bullets, writers_in_title,
)
from labeldesk.importer.segmenting import Block, is_other_script
from labeldesk.importer.shapes import is_name
from labeldesk.importer.spellings import name_variants
from labeldesk.importer.title_credits import credits_in_title, writer_columns
from labeldesk.importer.title_evidence import named_title, page_mentions, unspaced
from labeldesk.importer.titles import TextIndex, best_accents, infer_title, recase
from labeldesk.importer.tracklist import Legend, TrackLine, build_tracks, split_track_artists, total_seconds
from labeldesk.importer.works import Programme
from labeldesk.model import Credit, Release, Span
from labeldesk.model.durations import format_duration
from labeldesk.model.identifiers import barcode_is_valid


def build_release(lines: list[Line], block: Block, text: str, context: DocumentContext) -> Release:
    release_lines = lines[block.first:block.last + 1]
    start, end = release_lines[0].start, release_lines[-1].end
    block_text = text[start:end]
    index = TextIndex(block_text)
    warnings: list[str] = []

    headings: list[Heading] = []
    name_lines: list[Heading] = []  # an ensemble's name alone on its line: printed over the title, no byline
    over_title: list[Credit] = []
    for ln in lines[block.first:block.heading_end + 1]:
        if ln.kind == "heading" and ln.data is not None:
            if over_navigation(lines, ln) and block.heading_end > ln.index:
                continue  # "DRIFTLINE RECORDS" over "Releases   Artists   Shop": the site's name
            first_title = next((h.title for h in headings if h.title), None)
            if first_title and ln.data.title and not ln.data.subtitle and \
                    (is_other_script(ln.data.title) and not is_other_script(first_title) or wholly_quoted(ln.text)):
                # under the title: its original script ('風の便り') or its translation in quotes (a line in the
                # title's own script is no translation of it)
                headings.append(Heading(alternate_titles=[ln.data.title]))
                continue
            headings.append(ln.data)
        elif ln.kind == "credit" and len(ln.data.credits) == 1 and ln.data.credits[0].name == ln.text.strip() and \
                ln.data.credits[0].role in ("ensemble", "orchestra", "choir"):
            headings.append(Heading(artists=[ln.text.strip()]))  # "Jonas Wendtland Trio" over the title
            name_lines.append(headings[-1])
        elif ln.kind == "credit" and all(c.role == "composer" for c in ln.data.credits):
            over_title.extend(ln.data.credits)  # "ILSE MARWEN (1911-1987)" over the title
    credits: list[Credit] = list(over_title)
    for h in headings:
        credits.extend(h.credits)
    fields: dict[str, object] = {}
    for ln in lines[block.first:block.heading_end + 1]:
        if ln.kind == "header":
            fields.update(ln.data.fields)  # "HLR 041" printed over the heading
    for h in headings:
        if h.catalog_number:
            fields.setdefault("catalog_number", h.catalog_number)
    awards: list[str] = []
    entries: list[tuple[int, TrackLine]] = []
    legends: list[Legend] = []
    items: list[object] = []
    disc, song = 1, None
    work = ""
    programme = Programme()
    loose_pieces = False  # tracks under a composer's name with no work heading over them
    paragraph_lines: list[Line] = []
    extra_subtitle = None
    previous_text = ""

    def flush_paragraph() -> None:
        if paragraph_lines:
            joined = "\n".join(ln.text for ln in paragraph_lines)
            known = context.paragraphs.get(joined)
            if known is None:
                known = context.paragraphs[joined] = make_paragraph(joined, paragraph_lines[0].index)
            items.append(replace(known, first_line=paragraph_lines[0].index))
            paragraph_lines.clear()

    last_track: tuple[str, int] | None = None  # position and indentation of the track just read
    body = lines[max(block.heading_end + 1, block.first):block.last + 1]
    for at, line in enumerate(body):
        if line.kind == "prose":
            if paragraph_lines and line.blank_before > 0:
                flush_paragraph()
            paragraph_lines.append(line)
            continue
        flush_paragraph()
        kind = line.kind
        if kind != "track":
            previous_text = ""
        if kind != "credit" and kind != "song":
            song = None if kind not in ("prose",) else song
        if kind == "signature":
            items.append(line.data)
        elif kind == "placedate":
            items.append(line.data)
        elif kind == "leadin":
            items.append(line.data)
        else:
            items.append(None)
        if kind == "song":
            song = line.data.song
            credits.extend(line.data.credits)
        elif kind == "credit":
            reading = line.data
            if song and ":" not in line.text:
                scoped = read_credit_line(line.text, song)
                if scoped and all(c.role in _SONG_ROLES for c in scoped.credits):
                    reading = scoped
                else:
                    song = None  # "Grabado en …", "Mezclado por …": the record's, not the song's
            else:
                song = None
            if last_track is not None and under_track(line, last_track, body[at + 1] if at + 1 < len(body) else None,
                                                        text):
                # "A3  Cabbage Moon  6:05" / "    Flute – Harriet Quell": a credit listed under its track
                credits.extend(Credit(c.name, c.role, c.instrument, TRACK_SCOPE + last_track[0])
                               for c in reading.credits)
                legends.extend(Legend(marker, marked) for marker, marked in reading.legends.items())
                continue
            credits.extend(reading.credits)
            legends.extend(Legend(marker, marked) for marker, marked in reading.legends.items())
        elif kind == "header":
            for key, value in line.data.fields.items():
                if key == "alternate_titles":
                    fields.setdefault(key, []).extend(value)  # type: ignore[union-attr]
                else:
                    fields.setdefault(key, value)
        elif kind == "award":
            awards.extend(line.data)
        elif kind == "disc":
            disc, work = line.data, ""
        elif kind == "work":
            # movements under their work's heading: "Requiem, op. 42" + "I. Introït" -> "Requiem, op. 42: I. Introït"
            work = programme.work(line.text)
            loose_pieces = False
        elif kind == "workcomposer":
            programme.composer(line.data)
            work, loose_pieces = "", True  # the works above were another's
        elif kind == "track":
            entry = line.data
            if entries and runs_on_from(entries[-1][1], entry, previous_text):
                # "1  Fantasia on a Hymn of the Fen-" / "men ……  9:14": a title broken by a hyphen at the line's end
                before = entries[-1][1]
                entries[-1] = (entries[-1][0], replace(before, title=before.title + entry.title,
                                                       duration=entry.duration, marker=before.marker or entry.marker))
                previous_text = line.text
                continue
            previous_text = line.text
            if work and not entry.title.startswith(work):
                entry = replace(entry, title=f"{work}: {entry.title}")
            elif loose_pieces and not work:
                programme.piece(entry.title)  # "Nokturno" alone under its composer: a work of one track
            entries.append((disc, entry))
            last_track = (line.data.position, indent_of(line, text))
            continue
        elif kind == "legend":
            legends.append(line.data)
        elif kind == "heading" and line.data is not None and line.data.subtitle and not line.data.title:
            extra_subtitle = extra_subtitle or line.data.subtitle
        if kind != "credit":
            last_track = None
    flush_paragraph()

    credits.extend(programme.composer_credits() + programme.credits)
    tracks, track_warnings = build_tracks(without_stray_bullets(entries), merged_legends(legends))
    warnings.extend(track_warnings)
    credits = bind_to_tracks(credits, tracks)

    # "Henrike Vossberg" over "Die Glasbläserin": a name the release credits, printed over the title, is its artist
    titled = [h for h in headings if h.title]
    if len(titled) >= 2 and not any(h.artists for h in headings):
        first = titled[0]
        credited = {name_key(c.name) for c in credits}
        # in a catalogue's "Artist / Title / identifiers" layout the name needs no credit of its own
        catalogued = "catalog_number" in fields or "barcode" in fields
        label_like = looks_like_label(first.title) or \
            fold(first.title) in {fold(x) for x in context.labels + context.page_labels}
        if is_name(first.title, allow_single=False) and not label_like and page_mentions(first.title, text) == 0 and \
                (name_key(first.title) in credited or catalogued) and \
                not is_name(titled[1].title or "", allow_single=False):
            headings = [Heading(artists=[first.title]) if h is first else h for h in headings]
    # heading: the commonest title among the heading lines; not the site's or label's name printed above it
    names_of_labels = {fold(x) for x in context.labels + context.page_labels}
    titles = [h.title for h in headings if h.title]
    if any(fold(t) not in names_of_labels for t in titles):
        titles = [t for t in titles if fold(t) not in names_of_labels]
    # "Salt Roads" over "by Tamsin Elgood": the title its byline follows
    bylined = [a.title for a, b in zip(headings, headings[1:]) if a.title and b.artists and not b.title and
               not any(b is x for x in name_lines)]
    if bylined and any(h.artists and not h.title and h.kind == "compilation" for h in headings):
        # "Various Artists" under a title and its subtitle is no byline of the line above: the title is the
        # heading the page names again
        bylined = [max(titles, key=lambda t: (index.count(t), -titles.index(t)))] if titles else bylined
    title = contents = None
    if bylined:
        title = bylined[0]
        # "REQUIEM DES MARINS" over "Requiem des marins · Cantate de l'Estuaire": the works the release holds,
        # the first of them its title
        shorter = [t for t in titles if t != title and fold(title).startswith(fold(t) + " ")]
        if shorter:
            contents, title = title, shorter[0]
    elif titles:
        # "ARTIST – TITLE" counts for TITLE too, so that it agrees with a heading that names the title alone
        counts = Counter(fold(t) for t in titles)
        counts.update(fold(h.title_after_artist) for h in headings if h.title_after_artist)
        best = max(counts[fold(t)] for t in titles)
        tied = [t for t in titles if counts[fold(t)] == best]
        title = tied[0]
        # a site's or series' line over the release's own heading is printed once; the release's title is
        # named again in its notes
        if len(tied) >= 2 and index.count(title) <= 1:
            mentioned = max(tied[1:], key=index.count)
            if index.count(mentioned) >= 2:
                title = mentioned
    candidates = list(dict.fromkeys(titles))
    # the page's evidence only chooses between two titles or more (the track titles and names weigh against one)
    named = named_title(candidates, text, {fold(t.title) for t in tracks} | {fold(c.name) for c in credits}) \
        if len(candidates) >= 2 else None
    if named is not None and not bylined:
        title = named  # the heading the page repeats as a title (quoted, in its breadcrumb), wherever it stands
    elif title:
        title = unspaced(title)
    if isinstance(fields.get("title"), str):
        title = fields["title"]  # "ALBUM ........ X" on a fact sheet: the title by its own key
    subtitle = next((h.subtitle for h in headings if h.subtitle), None) or extra_subtitle
    heading_texts = [ln.text for ln in lines[block.first:block.heading_end + 1] if ln.kind == "heading"]
    title, subtitle, more_credits, line_artist = second_line(headings, heading_texts, title, subtitle, credits,
                                                               index.count)
    if contents and subtitle and fold(subtitle) == fold(contents):
        subtitle = None  # the list of the release's works, not a subtitle
    credits.extend(more_credits)
    if title:
        volume = VOLUME.match(title)
        if volume and not subtitle:
            title, subtitle = volume.group("title"), volume.group("subtitle")
    alternates: list[str] = []
    readings = latin_readings(title, heading_texts, subtitle)
    if readings:
        # the line was taken for the subtitle when no other line is one
        alternates, subtitle = readings, (None if subtitle and readings[0] in subtitle else subtitle)
    for h in headings + [Heading(alternate_titles=list(fields.get("alternate_titles") or []))]:  # type: ignore[arg-type]
        for alt in h.alternate_titles:
            if fold(alt) not in {fold(a) for a in alternates} and (not title or fold(alt) != fold(title)):
                alternates.append(alt)
    artists: list[str] = list(line_artist)
    for h in headings:
        for a in h.artists:
            if fold(a) not in {fold(x) for x in artists}:
                artists.append(a)
    kind_hint = next((h.kind for h in headings if h.kind and h.kind != "soundtrack"), None) or \
        next((h.kind for h in headings if h.kind), None)
    split = next((h for h in headings if h.artist_candidate and h.title and title and fold(h.title) == fold(title)),
                 None)
    if split is not None and not artists:
        credited = {name_key(c.name) for c in credits}
        candidate = split.artist_candidate or ""
        candidate_words = f" {name_key(candidate)} "
        contains_credited = any(f" {k} " in candidate_words for k in credited if k)
        # on a catalogue page with its own label or number, "X – Y" over the fields is artist and title
        catalogued = ("label" in fields or "catalog_number" in fields) and len(candidate.split()) >= 2
        if name_key(candidate) in credited or kind_hint in ("album", "ep", "single") or index.count(candidate) > 1 \
                or ensemble_role(candidate) or contains_credited or catalogued:
            artists = joint_names(candidate) or [candidate]
            title = split.title_after_artist or title
    elif split is not None and artists and not subtitle and split.title_after_artist and \
            fold(split.artist_candidate or "") not in {fold(a) for a in artists}:
        # the artists stated on their own line: "Night Ferries – Harbour Songs 1962–1971" is title and subtitle
        title, subtitle = split.artist_candidate, split.title_after_artist
    if "artist" in fields:
        for a in fields["artist"]:  # type: ignore[union-attr]
            if fold(a) not in {fold(x) for x in artists}:
                artists.append(a)
    composers = {fold(c) for c in programme.composers()}
    if composers and artists and all(fold(a) in composers for a in artists):
        # "Núria Castellet · Joaquim Rovira i Pla" under the title: whose works these are; the performers
        # printed under them are the release's artists
        artists = cover_performers(body)
    under = lines[block.heading_end + 1] if block.heading_end + 1 <= block.last else None
    if not artists and under is not None and under.kind == "credit" and len(under.data.credits) == 1 and \
            under.data.credits[0].name == under.text.strip() and under.data.credits[0].role == "ensemble":
        artists = [under.text.strip()]  # "HERON ISLAND" over "Quartetto Velluto": the group that plays it

    # notes
    groups = group_paragraphs(items)
    for group in groups:
        if group.signature and group.signature.roles:
            for name in group.signature.names:
                for role_id in group.signature.roles:
                    credits.append(Credit(name, role_id))
        if group.lead_in and group.lead_in.names and group.lead_in.roles:
            for name in group.lead_in.names:
                credits.extend(Credit(name, r) for r in group.lead_in.roles)
    label = fields.get("label") or next((h.label for h in headings if h.label), None)
    for group in groups:
        if unsigned_third_person(group) and group_kind(group) == "description":
            for credit in credits_from_blurb(group.text()):
                credits.append(credit)
            label = label or label_from_blurb(group.text())
    if "release_date" not in fields:
        # "Das Album erscheint am 7. Oktober 2022": a date the presenting text states
        for group in groups:
            date = release_date_in(group.text()) if group.signature is None else None
            if date:
                fields["release_date"] = date
                break
    if "release_date" not in fields:
        # "℗ © 2019 Arbor Viva Classics": with no date stated, the year of the recording's ℗ is the release's
        years = {m.group(1) for m in _PHONOGRAM_YEAR.finditer(block_text)}
        if len(years) == 1:
            fields["release_date"] = years.pop()
    if "catalog_number" not in fields:
        # "Edition of 300, catalogue number CT019." in a buying option's blurb
        for line in release_lines:
            code = code_in_sentence(line.text) if line.kind in ("prose", "chrome", "other") else None
            if code:
                fields["catalog_number"] = code
                break
    credits = _dedupe(credits)
    # the band the release is by, named again over its line-up, is its artist, not also its ensemble (an
    # orchestra stays credited: classical pages list it among the performers too)
    artist_keys = {name_key(a) for a in artists}
    credits = [c for c in credits if not (c.role == "ensemble" and c.scope is None and
                                          name_key(c.name) in artist_keys)]
    if not label and context.page_labels:
        label = context.page_labels[0]
    if isinstance(label, str):
        label = fullest_label(label, context.labels + context.companies, block_text)

    # title when no heading states one
    if not title:
        excluded = {" ".join(re.findall(r"\w+", fold(c.name))) for c in credits}
        # a song the credits single out ("“Canción del faro” performed by X") is one of the release's songs
        excluded |= {" ".join(re.findall(r"\w+", fold(c.scope))) for c in credits if c.scope}
        title = infer_title(block_text, [t.title for t in tracks], excluded)
        if title:
            warnings.append(f"title inferred from the notes: “{title}” (no heading names it)")
        else:
            title = subtitle or "Untitled"
            warnings.append("no title found: the release has no heading and its notes name none")
    title = recase(title, index)
    alternates = [best_accents(recase(a, index), index) for a in alternates]
    artists = [recase(a, index) for a in artists]

    if kind_hint is None:
        kind_hint = format_kind(release_lines)
    if artists and not any(VARIOUS.match(a) for a in artists):
        strip_release_artist(tracks, artists)
    for track in tracks:
        track.credits.extend(remixers(track.title, track.credits))
        writers_in_title(track)
        bracketed = credits_in_title(track.title, credits) if track.title.endswith(")") else None
        if bracketed is not None:
            track.title = bracketed[0]
            track.credits.extend(c for c in bracketed[1] if c not in track.credits)
    writer_columns(tracks)
    kind = release_kind(kind_hint, subtitle, credits, artists, tracks)
    if kind == "compilation":
        plain = [t for t in tracks if not t.artists]
        for track, (new_title, artist) in zip(plain, split_track_artists([t.title for t in plain])):
            if artist:
                track.title, track.artists = new_title, [artist]
    if not artists:
        # a credited name printed on its own among the heading lines is the artist ("서다온" under the title)
        printed = {name_key(h.title) for h in headings if h.title and (not title or fold(h.title) != fold(title))}
        artists = list(dict.fromkeys(c.name for c in credits if name_key(c.name) in printed and c.scope is None))
    if not artists:
        artists = [c.name for c in credits if c.role == "composer" and c.scope is None]
    for track in tracks:
        if track.artists and artists and not VARIOUS.match(artists[0]):
            track.artists = artists + [a for a in track.artists if fold(a) not in {fold(x) for x in artists}]

    notes = [note_from_group(group, credits, artists, kind, warnings) for group in groups]
    notes = [n for n in notes if n.text.strip()]

    stated = fields.get("length")
    total = total_seconds(tracks)
    if isinstance(stated, int) and total is not None and stated != total:
        warnings.append(f"stated length {format_duration(stated)} differs from the sum of the track durations "
                        f"{format_duration(total)}")
    barcode = fields.get("barcode")
    if isinstance(barcode, str) and not barcode_is_valid(barcode):
        warnings.append(f"barcode {barcode} has a wrong check digit (or length); kept as printed")
    people = [c.name for c in credits if c.role not in ("recorded_at", "mixed_at", "mastered_at")]
    people += [a for n in notes for a in n.authors]
    for name, other in name_variants(people, block_text):
        warnings.append(f"name spelled two ways: “{name}” and “{other}”")

    return Release(
        title=title, subtitle=subtitle, alternate_titles=alternates, kind=kind, artists=artists,
        label=label if isinstance(label, str) else None,
        catalog_number=fields.get("catalog_number"),  # type: ignore[arg-type]
        barcode=barcode if isinstance(barcode, str) else None,
        release_date=fields.get("release_date"),  # type: ignore[arg-type]
        credits=credits, tracks=tracks, stated_duration=stated if isinstance(stated, int) else None,
        awards=awards, notes=notes, warnings=warnings, source=Span(start, end),
    )


# Roles a song's own credits hold: who wrote, sang and played it.
_SONG_ROLES = frozenset({"composer", "lyricist", "songwriter", "arranger", "orchestrator", "performer", "orchestra",
                         "choir", "ensemble", "conductor", "producer", "remixer", "translator"})


_PHONOGRAM_YEAR = re.compile(r"(?:℗|\([pP]\))\s*(?:(?:©|\([cC]\))\s*)?((?:19|20)\d\d)(?![\d–-])")


def _dedupe(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple] = set()
    out: list[Credit] = []
    for c in credits:
        key = (name_key(c.name), c.role, c.instrument, fold(c.scope) if c.scope else None)
        if key in seen:
            continue
        # a credit repeated without its scope adds nothing
        if c.scope is None and any(k[:3] == key[:3] for k in seen):
            continue
        seen.add(key)
        out.append(c)
    return out


__all__ = ["build_release"]
