"""The release interchange JSON (formats/import-output.md) <-> the domain objects."""

from __future__ import annotations

from typing import Any

from labeldesk.model.release import Credit, Document, Note, Release, SkippedSpan, Span, Track


class InterchangeError(ValueError):
    """The data is not in the interchange shape."""


def credit_to_dict(credit: Credit) -> dict[str, Any]:
    return {"name": credit.name, "role": credit.role, "instrument": credit.instrument, "scope": credit.scope}


def track_to_dict(track: Track) -> dict[str, Any]:
    return {
        "disc": track.disc,
        "position": track.position,
        "title": track.title,
        "duration": track.duration,
        "artists": list(track.artists),
        "credits": [credit_to_dict(c) for c in track.credits],
    }


def note_to_dict(note: Note) -> dict[str, Any]:
    return {
        "kind": note.kind,
        "authors": list(note.authors),
        "language": note.language,
        "text": note.text,
        "place_date": note.place_date,
    }


def release_to_dict(release: Release, *, with_id: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if with_id:
        data["id"] = release.id
    data.update({
        "title": release.title,
        "subtitle": release.subtitle,
        "alternate_titles": list(release.alternate_titles),
        "kind": release.kind,
        "artists": list(release.artists),
        "label": release.label,
        "catalog_number": release.catalog_number,
        "barcode": release.barcode,
        "release_date": release.release_date,
        "credits": [credit_to_dict(c) for c in release.credits],
        "tracks": [track_to_dict(t) for t in release.tracks],
        "stated_duration": release.stated_duration,
        "awards": list(release.awards),
        "notes": [note_to_dict(n) for n in release.notes],
        "warnings": list(release.warnings),
    })
    if release.source is not None:
        source: dict[str, Any] = {"start": release.source.start, "end": release.source.end}
        if release.source.document is not None and with_id:
            source = {"document": release.source.document, **source}
        data["source"] = source
    return data


def document_to_dict(document: Document, *, with_ids: bool = False) -> dict[str, Any]:
    return {
        "path": document.path,
        "releases": [release_to_dict(r, with_id=with_ids) for r in document.releases],
        "skipped": [
            {"start": s.start, "end": s.end, "reason": s.reason, "preview": s.preview} for s in document.skipped
        ],
    }


# --- reading -----------------------------------------------------------------------------------


def _str(data: dict, key: str, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise InterchangeError(f"missing {key!r}")
        return None
    if not isinstance(value, str):
        raise InterchangeError(f"{key!r} must be a string, not {type(value).__name__}")
    return value


def _int(data: dict, key: str, default: int | None = None) -> int | None:
    value = data.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InterchangeError(f"{key!r} must be a whole number")
    return value


def _strings(data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InterchangeError(f"{key!r} must be a list of strings")
    return list(value)


def _objects(data: dict, key: str) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InterchangeError(f"{key!r} must be a list of objects")
    return value


def credit_from_dict(data: dict) -> Credit:
    return Credit(
        name=_str(data, "name", required=True),
        role=_str(data, "role", required=True),
        instrument=_str(data, "instrument"),
        scope=_str(data, "scope"),
    )


def track_from_dict(data: dict) -> Track:
    return Track(
        disc=_int(data, "disc", 1) or 1,
        position=str(data.get("position") or ""),
        title=_str(data, "title") or "",
        duration=_int(data, "duration"),
        artists=_strings(data, "artists"),
        credits=[credit_from_dict(c) for c in _objects(data, "credits")],
    )


def note_from_dict(data: dict) -> Note:
    return Note(
        kind=_str(data, "kind") or "description",
        authors=_strings(data, "authors"),
        language=_str(data, "language") or "",
        text=_str(data, "text") or "",
        place_date=_str(data, "place_date"),
    )


def release_from_dict(data: Any) -> Release:
    if not isinstance(data, dict):
        raise InterchangeError("a release must be an object")
    source = data.get("source")
    span = None
    if isinstance(source, dict) and "start" in source and "end" in source:
        span = Span(start=_int(source, "start"), end=_int(source, "end"), document=_str(source, "document"))
    return Release(
        title=_str(data, "title", required=True),
        subtitle=_str(data, "subtitle"),
        alternate_titles=_strings(data, "alternate_titles"),
        kind=_str(data, "kind") or "album",
        artists=_strings(data, "artists"),
        label=_str(data, "label"),
        catalog_number=_str(data, "catalog_number"),
        barcode=_str(data, "barcode"),
        release_date=_str(data, "release_date"),
        credits=[credit_from_dict(c) for c in _objects(data, "credits")],
        tracks=[track_from_dict(t) for t in _objects(data, "tracks")],
        stated_duration=_int(data, "stated_duration"),
        awards=_strings(data, "awards"),
        notes=[note_from_dict(n) for n in _objects(data, "notes")],
        warnings=_strings(data, "warnings"),
        source=span,
    )


def skipped_from_dict(data: dict) -> SkippedSpan:
    return SkippedSpan(
        start=_int(data, "start") or 0, end=_int(data, "end") or 0,
        reason=_str(data, "reason") or "", preview=_str(data, "preview") or "",
    )


def documents_from_json(data: Any, default_path: str) -> list[Document]:
    """Documents from an interchange JSON value: {"documents": [...]}, {"document": ..., "releases": [...]}
    (the gold files' shape) or {"releases": [...]}. Raises InterchangeError on any other shape."""
    if not isinstance(data, dict):
        raise InterchangeError("expected a JSON object with 'releases' or 'documents'")
    try:
        if "documents" in data:
            docs = []
            for entry in _objects(data, "documents"):
                docs.append(Document(
                    path=_str(entry, "path") or _str(entry, "document") or default_path,
                    text=_str(entry, "text") or "",
                    releases=[release_from_dict(r) for r in _objects(entry, "releases")],
                    skipped=[skipped_from_dict(s) for s in _objects(entry, "skipped")],
                ))
            return docs
        if "releases" in data:
            return [Document(
                path=_str(data, "document") or _str(data, "path") or default_path,
                text=_str(data, "text") or "",
                releases=[release_from_dict(r) for r in _objects(data, "releases")],
            )]
    except InterchangeError:
        raise
    except (TypeError, AttributeError) as exc:
        raise InterchangeError(str(exc)) from exc
    raise InterchangeError("expected a JSON object with 'releases' or 'documents'")
