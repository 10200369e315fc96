"""What the tagging tests share: the fixture files, a full set of fields, independent checks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from labeldesk.tagging import Cover, Fields

from samples import AUDIO, AUDIO_FIXTURES, cover_bytes

FIXTURES = AUDIO_FIXTURES  # fixture file -> labeldesk's format name
ID3_FIXTURES = ["tone.mp3", "tone.wav", "tone.aiff"]
VORBIS_FIXTURES = ["tone.flac", "tone.ogg", "tone.opus"]
MP4_FIXTURES = ["tone-aac.m4a", "tone-alac.m4a"]


def copy_fixture(name: str, directory: Path, as_name: str | None = None) -> Path:
    target = directory / (as_name or name)
    shutil.copyfile(AUDIO / name, target)
    return target


def full_fields(**changes) -> Fields:
    """Every field set, with several values, accents, and a multi-line note."""
    fields = Fields(
        title="Nana de la Negra Noche",
        album="La Mancha Negra",
        artists=["Jesús Calderón", "Zenobia Fernández"],
        album_artists=["Jesús Calderón"],
        composers=["Jesús Calderón", "Traditional"],
        lyricists=["Ana Zayas", "Łukasz Øberg"],
        conductors=["Pedro López Álvarez"],
        performers=[("Zenobia Fernández", "vocals"), ("Orquesta de Córdoba", "orchestra"),
                    ("Jonas Berg", "cello"), ("Hélène Dubreuil", None)],
        arrangers=["Gabriel Yared"],
        engineers=["Stefano Rocchi", "Petter Nyhus"],
        mixers=["Sara Holm"],
        producers=["Jesús Calderón", "Mayra Lepró"],
        label="Plaza Mayor Company Ltd",
        catalog_number="PMC 0142",
        barcode="8435383000016",
        date="2021-05-14",
        track=(3, 12),
        disc=(1, 2),
        genre="Soundtrack",
        release_type="soundtrack",
        liner_notes="« J’ai commencé mon travail… »\nDeuxième ligne.\n— Gabriel Yared, Paris, Octobre 2020\n\n"
                    "Second note, in English.",
        liner_notes_language="fr",
        credits_text="Composer: Jesús Calderón\nFilm director: Enrique Garcia\nRecording engineer: Stefano Rocchi [guitar]",
        cover=Cover(cover_bytes(), "image/jpeg"),
    )
    for name, value in changes.items():
        setattr(fields, name, value)
    return fields


def decoded_md5(path: Path) -> str:
    """The MD5 of the decoded audio, as ffmpeg computes it: tags never enter it."""
    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-map", "0:a", "-f", "md5", "-"],
                         check=True, capture_output=True, text=True).stdout.strip()
    assert out.startswith("MD5="), out
    return out


def needs(tool: str):
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed")
