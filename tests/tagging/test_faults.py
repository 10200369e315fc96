"""Fault injection, after mutagen's own tests: whatever goes wrong, only TaggingError comes out, and
the original file is left readable and byte for byte as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

import pytest
import xxhash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import labeldesk.tagging.beside as beside_module
import labeldesk.tagging.files as files_module
from labeldesk.tagging import TaggingError, fingerprint, read, write

from .helpers import AUDIO, FIXTURES, full_fields

FIELDS = full_fields()
SETTINGS = settings(max_examples=int(os.environ.get("LABELDESK_FAULT_EXAMPLES", "80")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_outcome(path: Path, before: bytes) -> None:
    """Write, then: either the file is tagged and readable, or TaggingError and nothing changed."""
    try:
        write(path, FIELDS)
    except TaggingError:
        assert path.read_bytes() == before
    else:
        assert read(path).title == FIELDS.title
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind


@SETTINGS
@given(name=st.sampled_from(sorted(FIXTURES)), data=st.data())
def test_damaged_input_raises_only_tagging_error(name, data):
    original = (AUDIO / name).read_bytes()
    damage = data.draw(st.sampled_from(["truncate", "overwrite", "garbage"]))
    if damage == "truncate":
        content = original[:data.draw(st.integers(0, len(original) - 1))]
    elif damage == "overwrite":
        start = data.draw(st.integers(0, len(original) - 1))
        junk = data.draw(st.binary(min_size=1, max_size=64))
        content = original[:start] + junk + original[start + len(junk):]
    else:
        content = data.draw(st.binary(max_size=2048))
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name  # the real extension, whatever the content
        path.write_bytes(content)
        _check_outcome(path, content)


class _FailOnCall:
    """Makes the n-th call to any of the wrapped file operations fail with an I/O error."""

    def __init__(self, fail_at: int):
        self.fail_at = fail_at
        self.calls = 0

    def wrap(self, function):
        def wrapper(*args, **kwargs):
            self.calls += 1
            if self.calls == self.fail_at:
                raise OSError(errno.EIO, "injected I/O error")
            return function(*args, **kwargs)
        return wrapper


@contextlib.contextmanager
def _failing(fail_at: int):
    failer = _FailOnCall(fail_at)
    targets = [(files_module, "copy_range"), (files_module, "copy_hashing"), (files_module, "_save"),
               (files_module.os, "fchmod"),
               (files_module.os, "fsync"), (files_module.os, "replace"), (beside_module.tempfile, "mkstemp")]
    saved = [(owner, attr, getattr(owner, attr)) for owner, attr in targets]
    for owner, attr, function in saved:
        setattr(owner, attr, failer.wrap(function))
    try:
        yield failer
    finally:  # put the real functions back before anything else runs
        for owner, attr, function in saved:
            setattr(owner, attr, function)


@SETTINGS
@given(name=st.sampled_from(sorted(FIXTURES)), fail_at=st.integers(1, 8), durable=st.booleans(),
       hashed=st.booleans())
def test_a_failing_step_leaves_the_original(name, fail_at, durable, hashed):
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / name
        path.write_bytes((AUDIO / name).read_bytes())
        before = path.read_bytes()
        expected = fingerprint(path, with_hash=hashed)
        with _failing(fail_at) as failer:
            try:
                after = write(path, FIELDS, expected=expected, durable=durable)
                failed = False
            except TaggingError:
                failed = True
        if failed:
            assert path.read_bytes() == before
        else:  # no step failed, or only the directory sync after the rename, which is not fatal
            assert read(path).title == FIELDS.title
            assert after.content_hash == ("xxh3-128:" + xxhash.xxh3_128(path.read_bytes()).hexdigest() if hashed else None)
        assert [p.name for p in path.parent.iterdir()] == [path.name]
        read(path)  # readable either way


@pytest.mark.parametrize("durable, hashed, steps", [(True, False, 5), (False, True, 4), (False, False, 4)])
def test_injection_reaches_every_step(durable, hashed, steps):
    """The fault injection above is not vacuous: a write goes through every wrapped step it takes
    (temporary file, copy, mode, sync when durable, rename)."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "tone.flac"
        path.write_bytes((AUDIO / "tone.flac").read_bytes())
        with _failing(10_000) as failer:
            write(path, FIELDS, expected=fingerprint(path, with_hash=hashed), durable=durable)
        assert failer.calls >= steps
