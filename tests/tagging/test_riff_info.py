"""The RIFF INFO list labeldesk writes into WAV files: replaced in place, sizes right, others kept."""

from __future__ import annotations

import struct

from labeldesk.tagging import Fields, write
from labeldesk.tagging.riff_info import read_info

from .helpers import copy_fixture, decoded_md5


def chunks(path) -> list[tuple[bytes, int]]:
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and struct.unpack("<I", data[4:8])[0] == len(data) - 8  # the RIFF size is right
    found, offset = [], 12
    while offset < len(data):
        chunk_id, size = struct.unpack("<4sI", data[offset:offset + 8])
        found.append((chunk_id, size))
        offset += 8 + size + (size & 1)
    assert offset == len(data)
    return found


def test_info_items_are_written_before_the_audio(tmp_path):
    path = copy_fixture("tone.wav", tmp_path)
    before = decoded_md5(path)
    write(path, Fields(title="Odd", album="La Mancha Negra", artists=["Jesús", "Zé"], composers=["C"],
                       liner_notes="Line one\nLine two", genre="Soundtrack", date="2021", track=(3, 12)))
    assert read_info(path) == {"INAM": "Odd", "IPRD": "La Mancha Negra", "IART": "Jesús; Zé", "IMUS": "C",
                               "ICMT": "Line one\nLine two", "IGNR": "Soundtrack", "ICRD": "2021", "ITRK": "3"}
    ids = [c for c, _ in chunks(path)]
    assert ids.index(b"LIST") < ids.index(b"data") and ids.index(b"CSET") == ids.index(b"LIST") - 1
    assert decoded_md5(path) == before


def test_rewriting_replaces_the_list_and_keeps_foreign_items(tmp_path):
    path = copy_fixture("tone.wav", tmp_path)
    write(path, Fields(title="First", artists=["A"]))
    # another program adds its own INFO item (ISFT) to the existing list
    data = bytearray(path.read_bytes())
    at = data.index(b"LIST")
    size = struct.unpack("<I", data[at + 4:at + 8])[0]
    item = b"ISFT" + struct.pack("<I", 6) + b"Tool1\0"
    data[at + 8 + size:at + 8 + size] = item
    data[at + 4:at + 8] = struct.pack("<I", size + len(item))
    data[4:8] = struct.pack("<I", len(data) - 8)
    path.write_bytes(bytes(data))
    write(path, Fields(title="Second"))
    assert read_info(path) == {"ISFT": "Tool1", "INAM": "Second"}
    assert [c for c, _ in chunks(path)].count(b"LIST") == 1


def test_no_fields_leaves_no_info_list(tmp_path):
    path = copy_fixture("tone.wav", tmp_path)
    write(path, Fields(title="x"))
    write(path, Fields())
    assert read_info(path) == {}
    assert b"LIST" not in [c for c, _ in chunks(path)]
