"""What a file looked like when it was attached: size, modification time, content hash.

The content hash is there to notice a file changed behind labeldesk's back: it guards against
accidents, not attackers. So it is XXH3-128 (xxhash), which hashes as fast as memory delivers the
bytes, rather than SHA-256, which here costs more than the copy a tag write makes. A stored hash
names its algorithm ("xxh3-128:…"); a bare hex one is the SHA-256 an older library stored, and is
checked as such.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import xxhash

ALGORITHM = "xxh3-128"


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    content_hash: str | None = None


def content_digest():
    """A new hash object for a content hash: feed it the file's bytes, then content_hash_value()."""
    return xxhash.xxh3_128()


def content_hash_value(digest) -> str:
    """The content hash as stored, from a content_digest() fed a whole file."""
    return f"{ALGORITHM}:{digest.hexdigest()}"


def content_hash_of(path: str | os.PathLike[str], like: str | None = None) -> str:
    """The file's content hash; by the algorithm of `like` (a stored hash) when one is given."""
    legacy = like is not None and ":" not in like
    digest = hashlib.sha256() if legacy else content_digest()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest() if legacy else content_hash_value(digest)


def fingerprint(path: str | os.PathLike[str], *, with_hash: bool = True) -> Fingerprint:
    st = os.stat(path)
    return Fingerprint(st.st_size, st.st_mtime_ns, content_hash_of(path) if with_hash else None)


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
    if expected.content_hash is None:
        return True
    return content_hash_of(path, like=expected.content_hash) != expected.content_hash
