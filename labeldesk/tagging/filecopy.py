"""Copying byte ranges between open files without passing them through Python where the OS can."""

from __future__ import annotations

import os
import threading

_BLOCK = 1 << 20
_buffers = threading.local()


def thread_buffer() -> memoryview:
    """A block-sized buffer of this thread's own, kept between files: a fresh one costs a page fault
    a page. hashlib leaves the GIL while it hashes a block, so threads hash files side by side."""
    view = getattr(_buffers, "view", None)
    if view is None:
        view = _buffers.view = memoryview(bytearray(_BLOCK))
    return view


def copy_range(src, dst, offset: int, length: int | None = None) -> int:
    """Append `length` bytes of `src` from `offset` (to the end when None) to `dst`; returns the count.

    Both are open binary files; `dst` is written at its current position.
    """
    if length is None:
        length = max(0, os.fstat(src.fileno()).st_size - offset)
    dst.flush()
    copied = 0
    if hasattr(os, "copy_file_range"):
        try:
            in_fd, out_fd = src.fileno(), dst.fileno()
            out_pos = dst.tell()
            while copied < length:
                n = os.copy_file_range(in_fd, out_fd, length - copied, offset + copied, out_pos + copied)
                if n == 0:
                    break
                copied += n
            dst.seek(out_pos + copied)
            return copied
        except OSError:
            if copied:
                raise
    src.seek(offset)
    while copied < length:
        block = src.read(min(_BLOCK, length - copied))
        if not block:
            break
        dst.write(block)
        copied += len(block)
    return copied


_ZEROS = bytes(_BLOCK)


def copy_hashing(src, dst, offset: int, digest, length: int | None = None) -> int:
    """copy_range, feeding every byte copied to `digest` (a hashlib object) on the way: the bytes
    are read once, for both. Reading, writing and hashing large blocks all leave the GIL."""
    if length is None:
        length = max(0, os.fstat(src.fileno()).st_size - offset)
    dst.flush()
    in_fd, out_fd = src.fileno(), dst.fileno()
    out_pos = dst.tell()
    view = thread_buffer()
    copied = 0
    while copied < length:
        n = os.preadv(in_fd, [view[:min(len(view), length - copied)]], offset + copied)
        if n == 0:
            break
        chunk = view[:n]
        digest.update(chunk)
        written = 0
        while written < n:
            written += os.pwrite(out_fd, chunk[written:], out_pos + copied + written)
        copied += n
    dst.seek(out_pos + copied)
    return copied


def hash_file_range(fd: int, offset: int, digest) -> int:
    """Feed the file's bytes from `offset` to its end to `digest`; returns the count."""
    view = thread_buffer()
    done = 0
    while n := os.preadv(fd, [view], offset + done):
        digest.update(view[:n])
        done += n
    return done


def hash_zeros(digest, count: int) -> None:
    """Feed `count` zero bytes to `digest` (a hole in a sparse file reads as zeros)."""
    view = memoryview(_ZEROS)
    while count > 0:
        digest.update(view[:min(count, len(view))])
        count -= len(view)
