"""Asking before releases are deleted: a question naming the release (or how many), what goes
with it, that the audio files stay on disk, and that Undo brings it back."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QSpacerItem, QStyle, QWidget

from labeldesk.library.deleted_releases import DeletionSummary

TITLES_LISTED = 5  # a longer selection is named by its first few titles and a count
WIDTH_IN_CHARACTERS = 60  # wide enough that what goes with a release reads as a sentence, not a column


class DeletionQuestion(QMessageBox):
    """The question before `summary`'s releases are deleted; `delete_button` is the one that deletes."""

    def __init__(self, summary: DeletionSummary, parent: QWidget | None = None):
        super().__init__(parent)
        count = len(summary.titles)
        self.setIcon(QMessageBox.Warning)
        self.setWindowTitle("Delete release" if count == 1 else "Delete releases")
        self.question = f"Delete “{summary.titles[0]}”?" if count == 1 else f"Delete {count} releases?"
        self.setTextFormat(Qt.RichText)  # the question stands out from what follows it
        self.setText(f"<b>{html.escape(self.question)}</b>")
        self.setInformativeText(_details(summary))
        self.delete_button = self.addButton("Delete", QMessageBox.DestructiveRole)
        self.addButton(QMessageBox.Cancel)
        self.setDefaultButton(self.delete_button)  # Undo takes a slip back; Esc cancels
        self.setEscapeButton(QMessageBox.Cancel)
        if self.style().styleHint(QStyle.SH_DialogButtonBox_ButtonsHaveIcons):  # as Cancel has one
            self.delete_button.setIcon(QIcon.fromTheme("edit-delete", self.style().standardIcon(QStyle.SP_TrashIcon)))
        # QMessageBox sizes itself to its question; a spacer under the text column (its last) gives
        # the details room
        layout = self.layout()
        width = self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS
        layout.addItem(QSpacerItem(width, 0, QSizePolicy.Minimum, QSizePolicy.Minimum),
                       layout.rowCount(), layout.columnCount() - 1)

    def deleting(self) -> bool:
        return self.clickedButton() is self.delete_button


def confirm_deletion(parent: QWidget | None, summary: DeletionSummary) -> bool:
    """Ask (a modal question); True when the user chose Delete."""
    question = DeletionQuestion(summary, parent)
    question.exec()
    return question.deleting()


def _details(summary: DeletionSummary) -> str:
    """What goes, what stays and how to take it back, as paragraphs (rich text, as the question is)."""
    count = len(summary.titles)
    paragraphs = []
    if count > 1:
        shown = [f"“{t}”" for t in summary.titles[:TITLES_LISTED]]
        rest = count - len(shown)
        if rest:
            paragraphs.append(", ".join(shown) + f" and {rest} more.")
        else:
            paragraphs.append(", ".join(shown[:-1]) + " and " + shown[-1] + ".")
    contents = summary.contents()
    goes = (f"Also deleted: {contents}." if contents else
            f"{'It has' if count == 1 else 'They have'} no tracks, credits or notes.")
    if summary.files:
        goes += " The audio files themselves stay on disk."
    paragraphs.append(goes)
    undo = QKeySequence(QKeySequence.Undo).toString(QKeySequence.NativeText)
    paragraphs.append(f"Edit ▸ Undo ({undo}) brings {'it' if count == 1 else 'them'} back.")
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
