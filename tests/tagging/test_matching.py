"""Audio files to tracks: by tag, file name, title, duration; ambiguity and gaps said out loud."""

from __future__ import annotations

from labeldesk.actions.matching import (
    BY_DURATION, BY_FILE_NAME, BY_ORDER, BY_TAG, BY_TITLE, match_by_order, match_files,
)
from labeldesk.model.release import Release, Track
from labeldesk.tagging import Fields, write

from .helpers import copy_fixture


def release(*tracks: Track) -> Release:
    return Release("R", tracks=list(tracks))


def test_track_number_in_tags_comes_first(tmp_path):
    rel = release(Track("1", "Alpha"), Track("2", "Beta"))
    a = copy_fixture("tone.flac", tmp_path, "zz.flac")
    b = copy_fixture("tone.mp3", tmp_path, "01 Beta.mp3")  # the name says 1, the tag says 2
    write(a, Fields(track=(1, 2)))
    write(b, Fields(track=(2, 2)))
    result = match_files(rel, [a, b])
    assert [(p.path, p.track.title, p.method) for p in result.pairs] == [
        (str(a), "Alpha", BY_TAG), (str(b), "Beta", BY_TAG)]
    assert result.complete


def test_file_names_with_numbers_and_discs(tmp_path):
    rel = Release("R", tracks=[Track("1", "One"), Track("2", "Two"), Track("1", "Uno", disc=2)])
    paths = [copy_fixture("tone.ogg", tmp_path, name) for name in ("1-02 Two.ogg", "2-01 Uno.ogg", "1-01.ogg")]
    result = match_files(rel, paths)
    assert {(p.track.title, p.method) for p in result.pairs} == {
        ("One", BY_FILE_NAME), ("Two", BY_FILE_NAME), ("Uno", BY_FILE_NAME)}
    assert result.complete


def test_titles_then_durations(tmp_path):
    rel = release(Track("1", "La Huida", duration=12), Track("2", "Nana de la Negra Noche", duration=1),
                  Track("3", "Something else", duration=40))
    by_title = copy_fixture("tone.opus", tmp_path, "nana de la negra noche (final mix).opus")
    by_name_title = copy_fixture("tone.flac", tmp_path, "la huida.flac")
    by_duration = copy_fixture("tone.wav", tmp_path, "untitled.wav")
    write(by_title, Fields(title="Nana de la Negra Noche"))
    result = match_files(rel, [by_title, by_name_title, by_duration])
    methods = {p.track.title: p.method for p in result.pairs}
    assert methods == {"Nana de la Negra Noche": BY_TITLE, "La Huida": BY_TITLE}
    assert result.unmatched_tracks == [rel.tracks[2]] and result.unmatched_files == [str(by_duration)]
    assert not result.complete
    rel.tracks[2].duration = 1  # now only "Something else" is 1 s long among the tracks left
    result = match_files(rel, [by_title, by_name_title, by_duration])
    assert {p.track.title: p.method for p in result.pairs}["Something else"] == BY_DURATION
    assert result.complete


def test_two_files_claiming_one_track_are_ambiguous(tmp_path):
    rel = release(Track("1", "Alpha"), Track("2", "Beta"))
    a = copy_fixture("tone.flac", tmp_path, "01 take one.flac")
    b = copy_fixture("tone.flac", tmp_path, "01 take two.flac")
    result = match_files(rel, [a, b])
    assert result.pairs == [] and result.ambiguous and not result.complete
    assert "01 take one.flac" in result.ambiguities[0] and "01 take two.flac" in result.ambiguities[0]


def test_unreadable_files_are_reported_not_fatal(tmp_path):
    rel = release(Track("1", "Alpha"))
    text = tmp_path / "01 Alpha.mp3"
    text.write_text("not audio")
    result = match_files(rel, [text])
    assert str(text) in result.unreadable and not result.complete


def test_by_order_sorts_names_naturally(tmp_path):
    rel = release(Track("1", "a"), Track("2", "b"), Track("3", "c"))
    names = ["10 x.flac", "2 x.flac", "1 x.flac", "extra 11.flac"]
    result = match_by_order(rel, [tmp_path / n for n in names])
    assert [(p.path.rsplit("/", 1)[1], p.track.title, p.method) for p in result.pairs] == [
        ("1 x.flac", "a", BY_ORDER), ("2 x.flac", "b", BY_ORDER), ("10 x.flac", "c", BY_ORDER)]
    assert [u.rsplit("/", 1)[1] for u in result.unmatched_files] == ["extra 11.flac"]
