"""A release and its track -> the fields of one file."""

from __future__ import annotations

import json

import pytest

from labeldesk.model.interchange import release_from_dict
from labeldesk.model.release import Credit, Note, Release, Track
from labeldesk.tagging import Cover
from labeldesk.tagging.mapping import credit_line, fields_for_track, liner_notes_text, track_number

from .sample_release import sample_release

SHARED_GOLD = __import__("pathlib").Path(__file__).resolve().parents[3] / "shared" / "corpus" / "gold"


def test_release_fields_reach_every_track():
    release = sample_release()
    fields = fields_for_track(release, release.tracks[0], Cover(b"jpeg"))
    assert (fields.title, fields.album, fields.label, fields.catalog_number, fields.barcode, fields.date) == (
        "Aljarria", "La Mancha Negra", "Plaza Mayor Company Ltd", "PMC 0142", "8435383000016", "2021-05-14")
    assert fields.artists == fields.album_artists == ["Jesús Calderón"]
    assert fields.genre == "Soundtrack" and fields.release_type == "soundtrack"
    assert fields.track == (1, 3) and fields.disc == (1, 1)
    assert fields.composers == ["Jesús Calderón"] and fields.conductors == ["Pedro López Álvarez"]
    assert fields.performers == [("Orquesta de Córdoba", "orchestra"), ("Jonas Berg", "cello")]
    assert fields.engineers == ["Stefano Rocchi"]  # scoped to "guitar", not to a track: every track
    assert fields.mixers == ["Sara Holm"] and fields.producers == ["Ana Zayas"]
    assert fields.cover == Cover(b"jpeg")


def test_credits_scoped_to_a_track_and_track_credits_stay_on_it():
    release = sample_release()
    song = fields_for_track(release, release.tracks[1])
    assert song.composers == ["Jesús Calderón"] and song.lyricists == ["Jesús Calderón"]  # songwriter
    assert ("Zenobia Fernández", None) in song.performers and ("Ingrid Lie", "hardanger fiddle") in song.performers
    assert song.producers == ["Ana Zayas"]
    other = fields_for_track(release, release.tracks[0])
    assert all(name not in ("Zenobia Fernández", "Ingrid Lie") for name, _ in other.performers)
    assert other.lyricists == []


def test_a_tracks_own_composer_comes_after_the_releases():
    release = sample_release()
    assert fields_for_track(release, release.tracks[2]).composers == ["Jesús Calderón", "Traditional"]
    assert fields_for_track(release, release.tracks[0]).composers == ["Jesús Calderón"]


def test_a_tracks_own_lyricist_comes_after_the_releases():
    release = Release("Songs", credits=[Credit("Ana Zayas", "lyricist")],
                      tracks=[Track("1", "a"), Track("2", "b", credits=[Credit("Łukasz Øberg", "lyricist")])])
    assert fields_for_track(release, release.tracks[0]).lyricists == ["Ana Zayas"]
    assert fields_for_track(release, release.tracks[1]).lyricists == ["Ana Zayas", "Łukasz Øberg"]


def test_a_writer_named_again_on_the_track_is_kept_once_as_first_spelled():
    release = Release("Score", credits=[Credit("Jesús Calderón", "composer")],
                      tracks=[Track("1", "Nana", credits=[Credit("Jesus  Calderon", "songwriter"),
                                                          Credit("Traditional", "composer")])])
    fields = fields_for_track(release, release.tracks[0])
    assert fields.composers == ["Jesús Calderón", "Traditional"]
    assert fields.lyricists == ["Jesus  Calderon"]  # a songwriter writes the words too


def test_the_credit_list_uses_role_labels_instruments_and_scopes():
    release = sample_release()
    lines = fields_for_track(release, release.tracks[1]).credits_text.splitlines()
    assert "Composer: Jesús Calderón" in lines
    assert "Performer: Jonas Berg (cello)" in lines
    assert "Recording engineer: Stefano Rocchi [guitar]" in lines
    assert "Film director: Enrique Garcia" in lines
    assert "Songwriter: Jesús Calderón [Nana de la Negra Noche]" in lines
    assert lines[-1] == "Performer: Ingrid Lie (hardanger fiddle)"
    assert credit_line(Credit("X", "not_a_role")) == "not_a_role: X"


def test_liner_notes_in_order_signed_and_separated():
    release = sample_release()
    assert liner_notes_text(release) == (
        "From the beginning, I conceived the soundtrack…\nas a lullaby.\n— Jesús Calderón, Madrid, Marzo 2021"
        "\n\nAfter the death of the elderly Matilde Cisneros…")
    fields = fields_for_track(release, release.tracks[0])
    assert fields.liner_notes_language == "es"
    two_authors = Release("T", notes=[Note("Text.", authors=["A", "B"]), Note("Unsigned.", place_date="Paris, 2020")])
    assert liner_notes_text(two_authors) == "Text.\n— A & B\n\nUnsigned.\n— Paris, 2020"
    assert liner_notes_text(Release("T")) is None


def test_track_numbers_count_per_disc():
    release = Release("T", kind="album", tracks=[Track("1", "a"), Track("2", "b"), Track("1", "c", disc=2),
                                                 Track("A1", "d", disc=3), Track("A2", "e", disc=3)])
    assert [track_number(release, t) for t in release.tracks] == [(1, 2), (2, 2), (1, 1), (1, 2), (2, 2)]
    fields = fields_for_track(release, release.tracks[4])
    assert fields.disc == (3, 3) and fields.genre is None and fields.release_type == "album"


def test_a_tracks_own_artists_win():
    release = Release("V", artists=["Various Artists"], tracks=[Track("1", "x", artists=["Nina Simone"])])
    fields = fields_for_track(release, release.tracks[0])
    assert fields.artists == ["Nina Simone"] and fields.album_artists == ["Various Artists"]


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="the shared corpus is not beside the checkout")
def test_every_gold_release_maps_without_error():
    count = 0
    for path in sorted(SHARED_GOLD.glob("*.json")):
        for data in json.loads(path.read_text(encoding="utf-8"))["releases"]:
            release = release_from_dict(data)
            for track in release.tracks:
                fields = fields_for_track(release, track)
                assert fields.title == track.title and fields.track[1] >= 1
                count += 1
    assert count > 0
