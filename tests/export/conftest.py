"""Export fixtures: a release with credits and notes, real audio files of every format, a cover."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from labeldesk.export import ExportFile
from labeldesk.model.release import Credit, Note, Release, Track

AUDIO = Path(__file__).resolve().parent.parent / "fixtures" / "audio"
FORMATS = ["tone.mp3", "tone.flac", "tone.ogg", "tone.opus", "tone-aac.m4a", "tone-alac.m4a",
           "tone.wav", "tone.aiff"]
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
    return Release(
        title="La Mancha Negra",
        subtitle="Original Motion Picture Soundtrack",
        kind="soundtrack",
        artists=["Jesús Calderón"],
        label="Plaza Mayor Company Ltd",
        catalog_number="PMC-0042",
        barcode="4006381333931",
        release_date="2021-05-14",
        credits=[
            Credit("Jesús Calderón", "composer"),
            Credit("Pedro López Álvarez", "conductor"),
            Credit("Orquesta de Valencia", "orchestra"),
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


def cover_bytes(size: int, mode: str = "RGB", fmt: str = "PNG") -> bytes:
    image = Image.new(mode, (size, size), (180, 40, 40) if mode == "RGB" else (180, 40, 40, 128))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


@pytest.fixture(scope="session")
def big_cover() -> bytes:
    """A 3000 px cover with transparency, as a designer might hand it over."""
    return cover_bytes(3000, "RGBA", "PNG")


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Real audio files of every format, copied out of the fixtures (the originals of an export)."""
    folder = tmp_path / "originals"
    folder.mkdir()
    copies = []
    for name in FORMATS:
        copies.append(Path(shutil.copy(AUDIO / name, folder / name)))
    return copies


def files_for(release: Release, sources: list[Path]) -> list[ExportFile]:
    return [ExportFile(track, source) for track, source in zip(release.tracks, sources)]
