"""Undoable edits. Each command carries the release (or people) it changes and the values before
and after, writes through the library (one transaction each, edit-logged), and tells the window
what changed so it can show it again — even after the user has moved on to another release.

Use `perform(stack, command)`: the first write happens before the command joins the stack, so an
edit the library refuses raises (and the stack stays as it was)."""

from __future__ import annotations

import copy
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from labeldesk.library import Library, update_release
from labeldesk.library.covers import StoredCover, set_cover
from labeldesk.library.deleted_releases import DeletedRelease, delete_releases_recorded, restore_releases
from labeldesk.library.edits import set_release_field
from labeldesk.library.merging import MergeRecord, merge_people_recorded, unmerge_people
from labeldesk.model import Release


class EditTarget(Protocol):
    """What commands need from the window."""

    library: Library

    def release_changed(self, release_id: int) -> None:
        """Show this release again, selected, with what is stored now."""

    def people_changed(self) -> None:
        """Read the people list (and the open person page) again."""

    def releases_removed(self, release_ids: list[int]) -> None:
        """Show the lists without these releases; the row after the first of them is selected."""

    def releases_restored(self, release_ids: list[int], files_kept_elsewhere: list[str]) -> None:
        """Show these releases again, selected (the files listed stayed with another release)."""

    def history_invalid(self, message: str) -> None:
        """The undo history names ids that belong to other rows now: clear it, saying why."""

    def report_error(self, title: str, message: str) -> None: ...


class EditCommand(QUndoCommand):
    def __init__(self, target: EditTarget, text: str):
        super().__init__(text)
        self.target = target
        self._done_before_push = False

    def apply(self) -> None:
        """The first write, before the command is pushed; raises when the library refuses."""
        self.write(forward=True)
        self._done_before_push = True
        self.changed()

    def redo(self) -> None:
        if self._done_before_push:  # QUndoStack.push calls redo: the write is already done
            self._done_before_push = False
            return
        self._safely(forward=True)

    def undo(self) -> None:
        self._safely(forward=False)

    def _safely(self, forward: bool) -> None:
        try:
            self.write(forward)
        except Exception as exc:  # a locked or vanished library: say so, keep the window alive
            self.target.report_error("Could not " + ("redo" if forward else "undo"), f"{self.text()}: {exc}")
        self.changed()

    def write(self, forward: bool) -> None:
        raise NotImplementedError

    def changed(self) -> None:
        raise NotImplementedError


class SetReleaseField(EditCommand):
    """One field of a release (title, label, barcode, …)."""

    def __init__(self, target: EditTarget, release_id: int, field: str, before, after, text: str):
        super().__init__(target, text)
        self.release_id, self.field, self.before, self.after = release_id, field, before, after

    def write(self, forward: bool) -> None:
        set_release_field(self.target.library, self.release_id, self.field, self.after if forward else self.before)

    def changed(self) -> None:
        self.target.release_changed(self.release_id)


class ReplaceRelease(EditCommand):
    """A change to a release's lists (tracks, credits, notes, artists, …): the whole release
    before and after, written with update_release (tracks keep their ids)."""

    def __init__(self, target: EditTarget, before: Release, after: Release, text: str):
        super().__init__(target, text)
        if before.id is None or before.id != after.id:
            raise ValueError("before and after must be the same stored release")
        self.release_id = before.id
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def write(self, forward: bool) -> None:
        update_release(self.target.library, copy.deepcopy(self.after if forward else self.before))

    def changed(self) -> None:
        self.target.release_changed(self.release_id)


class SetCover(EditCommand):
    def __init__(self, target: EditTarget, release_id: int, before: StoredCover | None,
                 after: StoredCover | None, text: str = "Replace cover"):
        super().__init__(target, text)
        self.release_id, self.before, self.after = release_id, before, after

    def write(self, forward: bool) -> None:
        set_cover(self.target.library, self.release_id, self.after if forward else self.before)

    def changed(self) -> None:
        self.target.release_changed(self.release_id)


class MergePeople(EditCommand):
    """Two people made one (the kept one gets the other's spellings and credits); undo restores
    the other person exactly as they were."""

    def __init__(self, target: EditTarget, keep_id: int, other_id: int, text: str):
        super().__init__(target, text)
        self.keep_id, self.other_id = keep_id, other_id
        self.record: MergeRecord | None = None

    def write(self, forward: bool) -> None:
        if forward:
            self.record = merge_people_recorded(self.target.library, self.keep_id, self.other_id)
        elif self.record is not None:
            unmerge_people(self.target.library, self.record)
            self.record = None

    def changed(self) -> None:
        self.target.people_changed()


class DeleteReleases(EditCommand):
    """Releases deleted with their tracks, credits, notes, cover and file links; undo brings them
    back whole under their own ids (labeldesk.library.deleted_releases), so the commands below this
    one, which name those ids, stay true."""

    def __init__(self, target: EditTarget, release_ids: list[int], text: str):
        super().__init__(target, text)
        self.release_ids = list(release_ids)
        self.records: list[DeletedRelease] = []  # what the last deletion took; empty once restored
        self.files_kept_elsewhere: list[str] = []

    def write(self, forward: bool) -> None:
        if forward:
            self.records = delete_releases_recorded(self.target.library, self.release_ids)
            return
        records = self.records
        restored = restore_releases(self.target.library, records)
        self.records, self.release_ids = [], restored.release_ids
        self.files_kept_elsewhere = restored.files_kept_elsewhere
        if restored.new_ids:
            # a release added since holds an old id: the older commands naming it would change that release
            titles = ", ".join(f"“{r.title}”" for r in records if r.release_id in restored.new_ids)
            self.target.history_invalid(
                f"{titles} came back under a new id, as a release added since has the old one. The undo "
                "history has been cleared: its older steps would have changed that other release.")

    def changed(self) -> None:
        if self.records:
            self.target.releases_removed(self.release_ids)
        else:
            self.target.releases_restored(self.release_ids, self.files_kept_elsewhere)


def perform(stack: QUndoStack, command: EditCommand) -> None:
    """Apply `command` and put it on the undo stack; raises (stack unchanged) when it fails."""
    command.apply()
    stack.push(command)
