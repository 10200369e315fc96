"""An export folder that appears whole or not at all.

Everything is written into a hidden folder beside the final one (same parent, so the last step is
a rename on one file system); a previous export is replaced only once the new one is complete.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

from labeldesk.errors import UserError

PARTIAL_SUFFIX = ".partial"


class Staging:
    """A hidden work folder for `final`; `commit()` puts it in place, `discard()` removes it."""

    def __init__(self, final: Path, replace: bool):
        self.final = final
        self.replace = replace
        if (final.exists() or final.is_symlink()) and not replace:
            raise UserError(f"{final} already exists (use --force to replace it)")
        try:
            self.path = _new_folder(final.parent, f".{final.name[:60]}.", PARTIAL_SUFFIX)
        except OSError as exc:
            raise UserError(f"cannot create a folder in {final.parent}: {exc.strerror or exc}") from None

    def commit(self, sync: bool = False) -> None:
        """Put the folder in place. `sync`: its files were synced; the folder is too, before the
        rename, and the parent after it, so that after a power cut the export is there whole or
        not at all."""
        if sync:
            sync_path(self.path)
        old = None
        if self.final.exists() or self.final.is_symlink():
            if not self.replace:  # appeared while the export ran
                raise UserError(f"{self.final} already exists (use --force to replace it)")
            old = Path(tempfile.mkdtemp(prefix=f".{self.final.name[:60]}.", suffix=".old",
                                        dir=self.final.parent))
            os.rmdir(old)
            os.rename(self.final, old)
        try:
            os.rename(self.path, self.final)
        except OSError as exc:
            if old is not None:
                os.rename(old, self.final)  # put the previous export back
            raise UserError(f"cannot move the export into {self.final}: {exc.strerror or exc}") from None
        if sync:
            sync_path(self.final.parent)
        if old is not None:
            _remove(old)

    def discard(self) -> None:
        _remove(self.path)


def sync_path(path: Path) -> None:
    """fsync a file or folder (what the file system cannot sync, it holds by its own ordering)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if path.is_dir():
            return  # some file systems cannot sync a folder; the rename is still atomic
        raise UserError(f"cannot flush {path} to disk: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _new_folder(parent: Path, prefix: str, suffix: str) -> Path:
    """A new folder under a name no one else has; unlike mkdtemp's, with the permissions the
    user's umask gives any folder, since this one becomes the export."""
    for _ in range(100):
        path = parent / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            os.mkdir(path, 0o777)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"no free name for a work folder in {parent}")


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)
