"""What the export tests share: the release they export, its audio fixtures in track order, the DDEX schema."""

from __future__ import annotations

from pathlib import Path

from labeldesk.export import ExportFile
from labeldesk.model.release import Credit, Note, Release, Track

from samples import AUDIO, AUDIO_FIXTURES, cover_bytes, la_mancha_negra

__all__ = ["AUDIO", "FORMATS", "XSD", "cover_bytes", "files_for", "make_release"]

FORMATS = list(AUDIO_FIXTURES)  # one fixture file of every format, a track each
XSD = Path(__file__).resolve().parents[3] / "shared" / "ddex" / "ern43" / "release-notification.xsd"


def make_release(titles: list[str] | None = None, discs: int = 2) -> Release:
    titles = titles or [f"Track {n}" for n in range(1, len(FORMATS) + 1)]
    per_disc = -(-len(titles) // discs)
    tracks = [
        Track(position=str(index % per_disc + 1), title=title, disc=index // per_disc + 1, duration=1)
        for index, title in enumerate(titles)
    ]
    tracks[0].credits.append(Credit("Zenobia Fernández", "performer", "soprano"))
    tracks[1].credits.append(Credit("Traditional", "composer"))
    return la_mancha_negra(
        catalog_number="PMC-0042",
        barcode="4006381333931",
        credits=[
            Credit("Ana Zayas", "orchestrator"),
            Credit("Marta Ruiz", "performer", "cello"),
            Credit("Marta Ruiz", "performer", "double bass"),
            Credit("Luis Gil", "recording_engineer"),
            Credit("Estudios Norte", "recorded_at"),
            Credit("Carla Vidal", "cover_designer"),
            Credit("Enrique Garcia", "film_director"),
        ],
        tracks=tracks,
        notes=[
            Note("I started the composition in winter.\nThe orchestra came later.", "liner_note",
                 ["Jesús Calderón"], "es", "Madrid, Marzo 2021"),
            Note("A girl finds a black stain on the map.", "synopsis", [], "en"),
        ],
    )


def files_for(release: Release, sources: list[Path]) -> list[ExportFile]:
    return [ExportFile(track, source) for track, source in zip(release.tracks, sources)]
