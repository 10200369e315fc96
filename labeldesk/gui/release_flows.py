"""The window's longer workflows, each a background read, a dialog, and a background write:
importing texts with a review, attaching audio files, writing tags, exporting a release.

`ReleaseFlows` holds the open dialog of each (so tests and the window can reach it) and talks to the
window through a few methods it has: `jobs`, `library`, `statusBar()`, `report_error`,
`library_changed`, `release_changed`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox

from labeldesk.library import get_release

# The dialogs (and the tagging and export code behind them) are imported when first used, so that
# the window of a large library opens without loading them.
if TYPE_CHECKING:
    from labeldesk.gui.attach_dialog import AttachDialog, ChosenPair
    from labeldesk.gui.export_dialog import ExportDialog
    from labeldesk.gui.import_review import ImportReviewDialog
    from labeldesk.gui.tag_dialog import WriteTagsDialog


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class ReleaseFlows(QObject):
    review_opened = Signal(object)  # the ImportReviewDialog
    attach_opened = Signal(object)  # the AttachDialog
    imported = Signal(list)  # StoredDocument per stored document
    attached = Signal(int)  # the release id

    def __init__(self, window, qsettings: QSettings | None = None):
        super().__init__(window)
        self.window = window
        self.qsettings = qsettings
        self.review: ImportReviewDialog | None = None
        self.attach_dialog: AttachDialog | None = None
        self.tag_dialog: WriteTagsDialog | None = None
        self.export_dialog: ExportDialog | None = None

    @property
    def jobs(self):
        return self.window.jobs

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    # --- import with review --------------------------------------------------------------------------

    def review_import(self, paths: Iterable[Path]) -> None:
        """Read the files in the background, then show what was found; nothing is stored before the
        user imports from the review."""
        from labeldesk.gui.import_review import read_for_review
        paths = list(paths)
        self._status(f"Reading {_plural(len(paths), 'file')}…")
        self.jobs.run(lambda library, progress, cancel: read_for_review(library, paths, progress, cancel),
                      title="Reading the texts", cancellable=True, on_success=self._open_review,
                      on_failure=lambda message: self.window.report_error("Import stopped", message))

    def _open_review(self, reviewed) -> None:
        from labeldesk.gui.import_review import ImportReviewDialog
        self.window.statusBar().clearMessage()
        if not reviewed:
            self._status("Nothing to import in these files")
            return
        dialog = ImportReviewDialog(reviewed, self.window)
        dialog.chosen.connect(self.store)
        self.review = dialog
        dialog.open()
        self.review_opened.emit(dialog)

    def store(self, documents: list, title: str = "Importing") -> None:
        """Store the documents in the background; the lists are read again afterwards."""
        from labeldesk.actions.importing import store_documents

        def finished(stored) -> None:
            added = sum(len(s.release_ids) for s in stored if s.added)
            known = sum(1 for s in stored if not s.added)
            message = f"Imported {_plural(added, 'release')}"
            if known:
                message += f"; {_plural(known, 'document')} already in the library"
            self._status(message)
            self.window.library_changed()
            self.imported.emit(stored)

        def failed(message: str) -> None:
            self.window.library_changed()  # documents stored before a failure or a cancel stay
            self.window.report_error("Import stopped", message)

        self.jobs.run(lambda library, progress, cancel: store_documents(library, documents, progress, cancel),
                      title=title, cancellable=True, on_success=finished, on_failure=failed)

    # --- audio files ---------------------------------------------------------------------------------

    def attach(self, release_id: int, paths: Iterable[Path]) -> None:
        """Read and match the files in the background, then let the user check the pairs."""
        from labeldesk.gui.attach_dialog import prepare_attach
        paths = list(paths)
        self._status(f"Reading {_plural(len(paths), 'dropped item')}…")
        self.jobs.run(lambda library, progress, cancel: prepare_attach(library, release_id, paths, progress, cancel),
                      title="Reading the audio files", cancellable=True, on_success=self._open_attach,
                      on_failure=lambda message: self.window.report_error("Cannot attach these files", message))

    def _open_attach(self, preview) -> None:
        from labeldesk.gui.attach_dialog import AttachDialog
        self.window.statusBar().clearMessage()
        dialog = AttachDialog(preview, self.window)
        release_id = preview.release.id
        dialog.confirmed.connect(lambda pairs: self._attach_pairs(release_id, pairs))
        self.attach_dialog = dialog
        dialog.open()
        self.attach_opened.emit(dialog)

    def _attach_pairs(self, release_id: int, pairs: list[ChosenPair]) -> None:
        from labeldesk.gui.attach_dialog import attach_pairs
        def finished(count: int) -> None:
            self._status(f"Attached {_plural(count, 'file')}")
            self.window.release_changed(release_id)
            self.attached.emit(release_id)

        def failed(message: str) -> None:
            self.window.report_error("Nothing attached", message)

        self.jobs.run(lambda library, progress, cancel: attach_pairs(library, release_id, pairs, progress, cancel),
                      title="Attaching audio files", on_success=finished, on_failure=failed)

    # --- tags and export -----------------------------------------------------------------------------

    def write_tags(self, release_id: int) -> WriteTagsDialog:
        from labeldesk.gui.tag_dialog import WriteTagsDialog
        release = get_release(self.window.library, release_id)
        dialog = WriteTagsDialog(self.jobs, release_id, release.title, self.window)
        dialog.written.connect(self.window.release_changed)
        self.tag_dialog = dialog
        dialog.open()
        return dialog

    def export(self, release_id: int) -> ExportDialog:
        from labeldesk.gui.export_dialog import ExportDialog
        dialog = ExportDialog(self.window.library, self.jobs, release_id, self.qsettings, self.window)
        dialog.exported.connect(lambda outcome: self._status(f"Exported to {outcome.result.folder}"))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def need_release(self) -> None:
        QMessageBox.information(self.window, "No release selected", "Select a release first (Releases, then a row).")
