"""Safe names and file-name templates."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labeldesk.errors import UserError
from labeldesk.export.naming import (
    MAX_COMPONENT_BYTES,
    FileNameTemplate,
    folder_name,
    inside,
    safe_component,
    safe_file_name,
    template_values,
    unique_name,
)
from labeldesk.model.release import Release, Track

RESERVED = {"con", "prn", "aux", "nul"} | {f"com{d}" for d in range(10)} | {f"lpt{d}" for d in range(10)}


def assert_portable(name: str) -> None:
    assert name and name not in (".", "..")
    assert not set(name) & set('\\/:*?"<>|')
    assert all(unicodedata.category(ch) != "Cc" for ch in name)
    assert not name.endswith((".", " ")) and not name.startswith((".", " "))
    assert len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES
    assert name == unicodedata.normalize("NFC", name)
    assert name.split(".")[0].strip().casefold() not in RESERVED


@pytest.mark.parametrize("hostile, expected", [
    ("../../../../escape", "_.._.._.._escape"),
    ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
    ("CON", "_CON"),
    ("con.flac", "_con.flac"),
    ("Lpt9", "_Lpt9"),
    ("Finale...", "Finale"),
    ("Finale. . ", "Finale"),
    ("..", "untitled"),
    ("", "untitled"),
    ("tab\there\nnewline", "tab here newline"),
    ("Cafe\u0301", "Café"),
])
def test_hostile_names_become_portable(hostile, expected):
    name = safe_component(hostile)
    assert name == expected
    assert_portable(name)


def test_long_names_are_cut_on_a_character_boundary():
    name = safe_component("Ñ" * 200)
    assert len(name.encode("utf-8")) <= MAX_COMPONENT_BYTES
    assert set(name) == {"Ñ"}
    file = safe_file_name("é" * 300, ".flac")
    assert file.endswith(".flac") and len(file.encode("utf-8")) <= MAX_COMPONENT_BYTES


@given(st.text(max_size=300))
def test_any_text_gives_a_portable_component(text):
    assert_portable(safe_component(text))


def test_unique_names_ignore_case_and_keep_the_extension():
    taken: set[str] = set()
    assert unique_name("Song.flac", taken) == "Song.flac"
    assert unique_name("song.FLAC", taken) == "song (2).FLAC"
    assert unique_name("Song.flac", taken) == "Song (3).flac"


def test_inside_refuses_a_name_that_leaves_the_folder(tmp_path: Path):
    assert inside(tmp_path, "a.flac") == tmp_path / "a.flac"
    assert inside(tmp_path, "..a.flac") == tmp_path / "..a.flac"  # dots inside a name are a name
    for name in ("../a.flac", "..", ".", "", "a/b.flac", "a\\b.flac", "/etc/passwd", "a\0.flac"):
        with pytest.raises(UserError):
            inside(tmp_path, name)


def test_folder_name_has_artists_title_and_year():
    release = Release(title="Beyond: The Desert", artists=["Karo", "Ana"], release_date="2019-03")
    assert folder_name(release) == "Karo, Ana - Beyond_ The Desert (2019)"
    assert folder_name(Release(title="Untitled album")) == "Untitled album"


def _values(position="3", disc=1, discs=1):
    tracks = [Track(str(n), f"T{n}", disc=d) for d in range(1, discs + 1) for n in range(1, 4)]
    release = Release(title="Album", artists=["Artist"], release_date="2020-01-01", tracks=tracks,
                      catalog_number="CAT 1")
    track = next(t for t in tracks if t.disc == disc and t.position == position)
    return release, track


def test_default_template_drops_the_disc_on_a_single_disc_release():
    template = FileNameTemplate.parse("{disc}-{track:02} {title}")
    release, track = _values()
    assert template.render(template_values(release, track), single_disc=True) == "03 T3"
    release, track = _values(disc=2, discs=2)
    assert template.render(template_values(release, track), single_disc=False) == "2-03 T3"


def test_template_fields_from_release_and_track():
    template = FileNameTemplate.parse("{catalog_number} {year} {album_artist} - {album} - {track:>3}")
    release, track = _values(position="2")
    assert template.render(template_values(release, track), single_disc=True) == "CAT 1 2020 Artist - Album -   2"


def test_a_non_numeric_position_numbers_by_running_order():
    release = Release(title="LP", tracks=[Track("A1", "x"), Track("A2", "y"), Track("B1", "z")])
    assert template_values(release, release.tracks[2])["track"] == 3


@pytest.mark.parametrize("template", [
    "{0.__class__}",
    "{title.__class__}",
    "{title.__init__.__globals__}",
    "{title[0]}",
    "{0}",
    "{}",
    "{title!r}",
    "{title:{track}}",
    "{title:>999999999}",
    "{track:,}",
    "{nosuchfield}",
    "no fields at all",
    "{title",
    "",
])
def test_templates_that_reach_past_the_whitelist_are_refused(template):
    with pytest.raises(UserError) as caught:
        FileNameTemplate.parse(template)
    assert "\n" not in str(caught.value)
