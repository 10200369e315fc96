"""Copying audio into an export copy inside the kernel, hashed on the way: within one file system,
across two (where copy_file_range refuses and another way takes over), and from a file that ends
early."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest

from labeldesk.export.kernel_copy import copy_hashing

DATA = os.urandom(3 * (1 << 20) + 12345)  # more than one block, not a whole number of them
HEAD = b"tag region" * 100


def _copy(source: Path, target: Path, length: int) -> tuple[int, str]:
    source.write_bytes(b"old tags" + DATA)
    src = os.open(source, os.O_RDONLY)
    dst = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        os.pwrite(dst, HEAD, 0)
        digest = hashlib.sha256(HEAD)
        count = copy_hashing(src, dst, len(b"old tags"), len(HEAD), length, digest)
        return count, digest.hexdigest()
    finally:
        os.close(src)
        os.close(dst)


def test_the_copy_is_the_source_and_the_hash_is_the_copy(tmp_path):
    count, digest = _copy(tmp_path / "source.flac", tmp_path / "copy.flac", len(DATA))
    assert count == len(DATA)
    assert (tmp_path / "copy.flac").read_bytes() == HEAD + DATA
    assert digest == hashlib.sha256(HEAD + DATA).hexdigest()


def test_across_file_systems(tmp_path):
    other = Path("/dev/shm")
    if not other.is_dir() or os.stat(other).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system to copy from")
    with tempfile.TemporaryDirectory(dir=other) as folder:
        count, digest = _copy(Path(folder) / "source.mp3", tmp_path / "copy.mp3", len(DATA))
    assert count == len(DATA)
    assert (tmp_path / "copy.mp3").read_bytes() == HEAD + DATA
    assert digest == hashlib.sha256(HEAD + DATA).hexdigest()


def test_a_source_that_ends_early_gives_what_it_has(tmp_path):
    count, _ = _copy(tmp_path / "source.flac", tmp_path / "copy.flac", len(DATA) + 5000)
    assert count == len(DATA)
    assert (tmp_path / "copy.flac").read_bytes() == HEAD + DATA
