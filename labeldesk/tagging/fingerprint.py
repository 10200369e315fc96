"""What a file looked like when it was attached: size, modification time, content hash."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str | None = None


def sha256_of(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(path: str | os.PathLike[str], *, with_hash: bool = True) -> Fingerprint:
    st = os.stat(path)
    return Fingerprint(st.st_size, st.st_mtime_ns, sha256_of(path) if with_hash else None)


# mtimes this close count as the same: a library keeps them as seconds in a double, which holds
# today's times to a fraction of a microsecond, not to the nanosecond
_SAME_MTIME_NS = 1000


def has_changed(path: str | os.PathLike[str], expected: Fingerprint) -> bool:
    """Whether the file differs from `expected`. A different size settles it; the same size and
    mtime count as unchanged; otherwise (touched, or copied back) the content hash decides."""
    st = os.stat(path)
    if st.st_size != expected.size:
        return True
    if abs(st.st_mtime_ns - expected.mtime_ns) < _SAME_MTIME_NS:
        return False
    if expected.sha256 is None:
        return True
    return sha256_of(path) != expected.sha256
