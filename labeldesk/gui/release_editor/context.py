"""What every tab of the release editor works with: the library, the window's undo stack, and
ways to make an edit and to open a person's page."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from labeldesk.errors import UserError
from labeldesk.gui.undo_commands import EditCommand, EditTarget, ReplaceRelease, SetReleaseField, perform
from labeldesk.library import Library
from labeldesk.model import Release


@dataclass
class EditorContext:
    library: Library
    stack: QUndoStack
    target: EditTarget
    open_person: Callable[[str], None]  # by a name as credited

    def run(self, command: EditCommand, parent: QWidget | None = None) -> bool:
        """Apply an edit; a refusal from the library is shown, not raised. True when applied."""
        try:
            perform(self.stack, command)
        except UserError as exc:
            QMessageBox.warning(parent, "Cannot make this change", str(exc))
            return False
        return True

    def set_field(self, release: Release, field: str, value, text: str, parent: QWidget | None = None) -> bool:
        before = getattr(release, field)
        if (before or None) == (value or None):
            return False
        return self.run(SetReleaseField(self.target, release.id, field, before, value, text), parent)

    def replace(self, before: Release, change: Callable[[Release], None], text: str,
                parent: QWidget | None = None) -> bool:
        """Edit a copy of `before` with `change`, and store it when it differs."""
        after = copy.deepcopy(before)
        change(after)
        if after == before:
            return False
        return self.run(ReplaceRelease(self.target, before, after, text), parent)
