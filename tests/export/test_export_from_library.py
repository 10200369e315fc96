"""Exporting a release of a real library file, as the `export` command and the window do: the
outcome and its summary, DDEX checking, and the covers made once and kept in the library."""

from __future__ import annotations

import io
from pathlib import Path

import mediafile
import pytest
from PIL import Image

from labeldesk.actions.exporting import (
    NOT_VALIDATED,
    VALID,
    ExportOutcome,
    export_from_library,
    format_size,
)
from labeldesk.errors import UserError
from labeldesk.export import ExportOptions
from labeldesk.export.cover_cache import export_cover, player_jpeg
from labeldesk.library import add_release, get_release
from labeldesk.library.audio_files import Attachment, FileState, attach_files
from labeldesk.library.covers import StoredCover, set_cover

from .helpers import XSD, cover_bytes, make_release


def _attach(library, release_id: int, sources: list[Path], count: int = 3) -> None:
    tracks = get_release(library, release_id).tracks
    attachments = []
    for track, path in list(zip(tracks, sources))[:count]:
        st = path.stat()
        attachments.append(Attachment(track.id, str(path), path.suffix.lstrip("."), FileState(st.st_size, st.st_mtime_ns)))
    attach_files(library, release_id, attachments)


def _renditions(library) -> dict[tuple[str, int], tuple]:
    rows = library.conn.execute("SELECT purpose, side, image, width, height FROM cover_renditions").fetchall()
    return {(purpose, side): (image, width, height) for purpose, side, image, width, height in rows}


@pytest.fixture
def stocked(library, sources, big_cover):
    """A release with three files attached and the 3000 px RGBA PNG cover."""
    release_id = add_release(library, make_release())
    _attach(library, release_id, sources)
    set_cover(library, release_id, StoredCover(big_cover, "image/png", 3000, 3000))
    return library, release_id


def test_the_outcome_says_what_the_folder_holds(stocked, tmp_path):
    library, release_id = stocked
    outcome = export_from_library(library, release_id, tmp_path / "out")
    assert isinstance(outcome, ExportOutcome)
    folder = outcome.result.folder
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert outcome.summary() == f"3 files, {format_size(total)}, cover 3000 px, {NOT_VALIDATED}"
    assert outcome.ddex_state == NOT_VALIDATED
    assert any("have no audio file" in w for w in outcome.warnings)  # five tracks without a file
    assert any(w.startswith("sender DPID and name are not set") for w in outcome.warnings)


def test_the_covers_are_made_once_and_later_exports_read_them(stocked, tmp_path):
    library, release_id = stocked
    first = export_from_library(library, release_id, tmp_path / "one")
    kept = _renditions(library)
    assert set(kept) == {("player", 1400), ("distributor", 3000)}
    player, width, height = kept[("player", 1400)]
    assert (width, height) == (1400, 1400) and Image.open(io.BytesIO(player)).format == "JPEG"
    big = kept[("distributor", 3000)][0]
    assert (first.result.folder / "cover.jpg").read_bytes() == big  # the PNG made into a JPEG once

    second = export_from_library(library, release_id, tmp_path / "two")
    assert _renditions(library) == kept
    assert (second.result.folder / "cover.jpg").read_bytes() == big
    for exported in first.result.files + second.result.files:
        assert mediafile.MediaFile(str(exported.path)).art == player, exported.path.name
    # the same JPEG the tag command can embed
    assert player_jpeg(library, release_id).data == player

    # other sizes are other renditions, kept beside these
    export_from_library(library, release_id, tmp_path / "three", ExportOptions(cover_size=800))
    assert set(_renditions(library)) == {("player", 1400), ("distributor", 3000), ("distributor", 800)}
    # a new cover drops them all
    set_cover(library, release_id, StoredCover(cover_bytes(2000, fmt="JPEG"), "image/jpeg", 2000, 2000))
    assert _renditions(library) == {}


def test_a_cover_already_fit_for_distributors_is_kept_as_it_is(library, sources, tmp_path):
    release_id = add_release(library, make_release())
    _attach(library, release_id, sources, count=1)
    image = cover_bytes(3000, fmt="JPEG")
    set_cover(library, release_id, StoredCover(image, "image/jpeg", 3000, 3000))
    outcome = export_from_library(library, release_id, tmp_path / "out")
    assert (outcome.result.folder / "cover.jpg").read_bytes() == image
    assert _renditions(library)[("distributor", 3000)][0] is None  # not stored twice
    prepared = export_cover(library, release_id, 3000)
    assert prepared.distributor.data == image and prepared.remarks == ()


def test_a_small_cover_is_said_so_every_time(library, sources, tmp_path):
    release_id = add_release(library, make_release())
    _attach(library, release_id, sources, count=1)
    set_cover(library, release_id, StoredCover(cover_bytes(900, fmt="JPEG"), "image/jpeg", 900, 900))
    for target in ("one", "two"):
        outcome = export_from_library(library, release_id, tmp_path / target)
        assert any("smaller than 3000×3000 px" in w for w in outcome.warnings)
        assert outcome.summary().split(", ")[2] == "cover 900 px"


def test_a_cover_that_is_not_an_image_fails_the_export_and_keeps_nothing(library, sources, tmp_path):
    release_id = add_release(library, make_release())
    _attach(library, release_id, sources, count=1)
    set_cover(library, release_id, StoredCover(b"\x89PNG not really", "image/png", 600, 600))
    with pytest.raises(UserError, match="cover image cannot be read"):
        export_from_library(library, release_id, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert _renditions(library) == {}


def test_a_release_without_files_is_refused(library, tmp_path):
    release_id = add_release(library, make_release())
    with pytest.raises(UserError, match=f"release {release_id} has no audio files attached: nothing to export"):
        export_from_library(library, release_id, tmp_path / "out")
    assert player_jpeg(library, release_id) is None and export_cover(library, release_id, 3000) is None


def test_a_schema_that_is_not_there_is_a_warning(stocked, tmp_path):
    library, release_id = stocked
    outcome = export_from_library(library, release_id, tmp_path / "out", schema=tmp_path / "missing.xsd")
    assert outcome.ddex_state == NOT_VALIDATED
    assert any("missing.xsd (setting ddex.schema) is not there" in w for w in outcome.warnings)


@pytest.mark.skipif(not XSD.is_file(), reason="the DDEX ERN 4.3 schema (../shared/ddex) is not here")
def test_ddex_xml_is_checked_against_the_schema(stocked, tmp_path):
    library, release_id = stocked
    outcome = export_from_library(library, release_id, tmp_path / "out", schema=XSD)
    assert outcome.ddex_state == VALID
    assert outcome.summary().endswith("cover 3000 px, ddex.xml valid")


@pytest.mark.parametrize("count, words", [
    (0, "1 KB"), (1_499, "1 KB"), (18_400, "18 KB"), (999_999, "1000 KB"), (4_240_000, "4.2 MB"),
    (412_300_000, "412 MB"),
])
def test_sizes_read_as_a_person_reads_them(count, words):
    assert format_size(count) == words
