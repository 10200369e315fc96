"""What the tagging and export tests both work on: the audio fixture files, a cover made in code, and the
soundtrack their sample releases describe.

Imported by module name: the test packages beside it (tagging, export) put this folder on the import path.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image

from labeldesk.model.release import Credit, Release

AUDIO = Path(__file__).resolve().parent / "fixtures" / "audio"

# fixture file -> labeldesk's format name, one file of every format and codec
AUDIO_FIXTURES = {
    "tone.mp3": "mp3", "tone.flac": "flac", "tone.ogg": "ogg", "tone.opus": "opus",
    "tone-aac.m4a": "m4a", "tone-alac.m4a": "m4a", "tone.wav": "wav", "tone.aiff": "aiff",
}


def cover_bytes(side: int = 600, colour=(180, 40, 30), *, mode: str = "RGB", fmt: str = "JPEG",
                noise: bool = False) -> bytes:
    """A square image made here, so no image needs committing: one colour, half transparent when `mode` is
    "RGBA"; `noise` makes it big and incompressible."""
    if noise:
        image = Image.frombytes("RGB", (side, side), hashlib.shake_256(str(side).encode()).digest(side * side * 3))
    else:
        image = Image.new(mode, (side, side), (*colour, 128) if mode == "RGBA" else colour)
    out = io.BytesIO()
    image.save(out, fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def la_mancha_negra(*, credits: list[Credit], **parts) -> Release:
    """The soundtrack of the samples. Its title, artist, label and date are the same everywhere, and its composer,
    conductor and orchestra lead the credits; each suite passes the further credits, the numbers, tracks and notes
    its own tests check."""
    return Release(title="La Mancha Negra", subtitle="Original Motion Picture Soundtrack", kind="soundtrack",
                   artists=["Jesús Calderón"], label="Plaza Mayor Company Ltd", release_date="2021-05-14",
                   credits=[Credit("Jesús Calderón", "composer"), Credit("Pedro López Álvarez", "conductor"),
                            Credit("Orquesta de Córdoba", "orchestra"), *credits],
                   **parts)
