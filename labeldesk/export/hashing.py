"""SHA-256 of exported files, read once through one large buffer per thread, kept between files.

hashlib leaves the GIL while it hashes a large block, so several files hash at once on several
threads; a fresh buffer for every file would cost a page fault per page, each time."""

from __future__ import annotations

import os
import threading

BUFFER = 1 << 20
_buffers = threading.local()


def buffer() -> memoryview:
    """This thread's buffer, made on first use and kept."""
    view = getattr(_buffers, "view", None)
    if view is None:
        view = _buffers.view = memoryview(bytearray(BUFFER))
    return view


def hash_range(fd: int, offset: int, digest) -> int:
    """Feed the open file's bytes from `offset` to its end to `digest`; the count."""
    view = buffer()
    done = 0
    while n := os.preadv(fd, [view], offset + done):
        digest.update(view[:n])
        done += n
    return done

