"""Small editing widgets the tabs share."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QStyle, QTextEdit, QWidget


class CommitPlainTextEdit(QPlainTextEdit):
    """A plain-text editor that emits `committed` when it loses focus with its text changed
    (what editingFinished is for a line edit)."""

    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loaded = ""

    def load(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self._loaded = text

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self.committed.emit()


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a one-item-per-line field."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def names_of(text: str) -> list[str]:
    """Names separated by semicolons (commas belong to names like "Orchestra of X, The")."""
    return [part.strip() for part in text.split(";") if part.strip()]


class BookletTextEdit(QTextEdit):
    """Plain text set like a booklet page: a comfortable line length, space between paragraphs.
    Emits `committed` when it loses focus with its text changed."""

    committed = Signal()
    COLUMNS = 72  # characters a line

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.FixedColumnWidth)
        self.setLineWrapColumnOrWidth(self.COLUMNS)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)
        self._loaded = ""

    def load(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
            self._space_paragraphs()
        self._loaded = text

    def _space_paragraphs(self) -> None:
        spacing = self.fontMetrics().lineSpacing() * 0.6
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.Document)
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(spacing)
        block_format.setLineHeight(115, QTextBlockFormat.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        self.document().setModified(False)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * (self.COLUMNS + 2) + 2 * self.frameWidth()
        return QSize(width, self._content_height())

    def _content_height(self) -> int:
        return int(self.document().size().height()) + 2 * self.frameWidth() + 4

    def _fit_height(self) -> None:
        self.setFixedHeight(max(self._content_height(), self.fontMetrics().lineSpacing() * 3))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._loaded:
            self._loaded = self.toPlainText()
            self.committed.emit()


class WarningLabel(QWidget):
    """The window's one warning accent: the style's warning icon beside a line of text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def say(self, message: str | None) -> None:
        self.text.setText(message or "")
        self.setVisible(bool(message))
