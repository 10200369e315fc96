"""Copying byte ranges between open files without passing them through Python where the OS can."""

from __future__ import annotations

import os

_BLOCK = 1 << 20


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
