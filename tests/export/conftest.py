"""Export fixtures: real audio files of every format, a cover as a designer might hand it over."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helpers import AUDIO, FORMATS, cover_bytes


@pytest.fixture(scope="session")
def big_cover() -> bytes:
    """A 3000 px cover with transparency, as a designer might hand it over."""
    return cover_bytes(3000, mode="RGBA", fmt="PNG")


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Real audio files of every format, copied out of the fixtures (the originals of an export)."""
    folder = tmp_path / "originals"
    folder.mkdir()
    copies = []
    for name in FORMATS:
        copies.append(Path(shutil.copy(AUDIO / name, folder / name)))
    return copies
