from __future__ import annotations

import pytest

from labeldesk.importer import ImporterError, import_text

from .helpers import assert_spans_cover

TEXT = "Clair de Lune (Bande Originale du Film)\n\nMusique de Léa Fontaine\n\nLabel : Éditions Brume\n"


def test_utf8_with_and_without_bom_read_the_same():
    plain = import_text(TEXT.encode("utf-8"), "a.txt")
    bom = import_text(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "b.txt")
    assert plain.text == bom.text == TEXT
    assert not plain.warnings and not bom.warnings
    assert plain.releases[0].label == "Éditions Brume"


def test_windows_1252_is_read_with_a_warning():
    data = "Sortie : 14 mai 2021 – “Été”\nLabel : Éditions Brume\n".encode("cp1252")
    document = import_text(data, "legacy.txt")
    assert "Été" in document.text and "“" in document.text
    assert any("1252" in w for w in document.warnings)


def test_latin1_is_read_with_a_warning():
    data = "Canción de cuna\nSello: Discos Peña\n".encode("latin-1")
    document = import_text(data, "old.txt")
    assert "Canción" in document.text and "Peña" in document.text
    assert any("Latin-1" in w for w in document.warnings)


def test_utf16_with_bom():
    document = import_text("Music by Ann Lee\n".encode("utf-16"), "u16.txt")
    assert document.text.strip() == "Music by Ann Lee"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\n".encode("utf-8")])
def test_empty_documents_are_refused_naming_the_file(data):
    with pytest.raises(ImporterError, match="empty.txt"):
        import_text(data, "empty.txt")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    bytes(range(256)) * 4,
    b"GIF89a" + bytes([0, 1, 2, 3, 200, 201, 7, 8, 14, 15, 16]) * 30,
])
def test_binary_data_is_refused_naming_the_file(data):
    with pytest.raises(ImporterError, match="picture.bin"):
        import_text(data, "picture.bin")


def test_newlines_are_normalised_and_spans_point_into_the_returned_text():
    data = TEXT.replace("\n", "\r\n").encode("utf-8") + b"Old Mac line\rAnother\r"
    document = import_text(data, "crlf.txt")
    assert "\r" not in document.text
    release = document.releases[0]
    assert document.text[release.source.start:release.source.end].startswith("Clair de Lune")
    assert_spans_cover(document)
