"""The Notes tab: the release's notes (liner notes, synopsis, reviews), each with its kind, authors,
language and place/date, and its text set like a booklet page with the signature under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labeldesk.gui.release_editor.context import EditorContext
from labeldesk.gui.release_editor.widgets import BookletTextEdit, names_of
from labeldesk.model import NOTE_KINDS, Note, Release

KIND_LABELS = {"liner_note": "Liner note", "synopsis": "Synopsis", "review": "Review", "description": "Description"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def note_heading(note: Note) -> str:
    return kind_label(note.kind) + (f" — {', '.join(note.authors)}" if note.authors else "")


def signature(note: Note) -> str:
    lines = [f"— {', '.join(note.authors)}"] if note.authors else []
    if note.place_date:
        lines.append(note.place_date)
    return "\n".join(lines)


class NotePage(QWidget):
    """One note: its facts in a form, then the text and the signature, in a readable column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in NOTE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.authors = QLineEdit()
        self.authors.setPlaceholderText("Names separated by semicolons")
        self.language = QLineEdit()
        self.language.setPlaceholderText("en, es, fr …")
        self.language.setMaxLength(8)
        self.language.setMaximumWidth(self.language.fontMetrics().averageCharWidth() * 10)
        self.place_date = QLineEdit()
        self.place_date.setPlaceholderText("Paris, October 2020")
        form = QFormLayout()
        form.addRow("Kind:", self.kind)
        form.addRow("Authors:", self.authors)
        form.addRow("Language:", self.language)
        form.addRow("Place and date:", self.place_date)

        self.text = BookletTextEdit()
        self.signature = QLabel()
        self.signature.setAlignment(Qt.AlignRight | Qt.AlignTop)
        self.signature.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = self.signature.font()
        font.setItalic(True)
        self.signature.setFont(font)

        column = QVBoxLayout()
        column.addLayout(form)
        column.addSpacing(self.fontMetrics().lineSpacing())
        column.addWidget(self.text)
        column.addWidget(self.signature)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(self.text.sizeHint().width() + 24)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    def show_note(self, note: Note) -> None:
        index = self.kind.findData(note.kind)
        if index < 0:
            self.kind.addItem(note.kind, note.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        for edit, value in ((self.authors, "; ".join(note.authors)), (self.language, note.language),
                            (self.place_date, note.place_date or "")):
            if edit.text() != value:
                edit.setText(value)
        self.text.load(note.text)
        self.signature.setText(signature(note))
        self.signature.setVisible(bool(self.signature.text()))


class NotesTab(QWidget):
    def __init__(self, context: EditorContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.release: Release | None = None
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show_current)
        self.add_button = QPushButton("Add note")
        self.remove_button = QPushButton("Remove")
        self.add_button.clicked.connect(self.add_note)
        self.remove_button.clicked.connect(self.remove_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)

        self.page = NotePage()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        self.empty = QLabel("This release has no notes. “Add note” starts one: a liner note, "
                            "the film’s synopsis, a review or a description.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.empty)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 590])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        page = self.page
        page.kind.activated.connect(lambda: self._edit("kind", page.kind.currentData(), "Change note kind"))
        page.authors.editingFinished.connect(
            lambda: self._edit("authors", names_of(page.authors.text()), "Edit note authors"))
        page.language.editingFinished.connect(
            lambda: self._edit("language", page.language.text().strip().lower(), "Edit note language"))
        page.place_date.editingFinished.connect(
            lambda: self._edit("place_date", page.place_date.text().strip() or None, "Edit note place and date"))
        page.text.committed.connect(lambda: self._edit("text", page.text.toPlainText().strip(), "Edit note text"))

    def show_release(self, release: Release) -> None:
        same = self.release is not None and self.release.id == release.id
        row = self.list.currentRow() if same else 0
        self.release = release
        self.list.blockSignals(True)
        self.list.clear()
        for note in release.notes:
            QListWidgetItem(note_heading(note), self.list)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(bool(release.notes))
        if release.notes:
            self.list.setCurrentRow(min(max(row, 0), len(release.notes) - 1))
            self._show_current(self.list.currentRow())
        else:
            self.right.setCurrentWidget(self.empty)

    def _show_current(self, row: int) -> None:
        if self.release is None or not 0 <= row < len(self.release.notes):
            return
        self.right.setCurrentIndex(0)
        self.page.show_note(self.release.notes[row])

    def _edit(self, field: str, value, text: str) -> None:
        row = self.list.currentRow()
        if self.release is None or not 0 <= row < len(self.release.notes):
            return
        if getattr(self.release.notes[row], field) == value:
            return
        self.context.replace(self.release, lambda r: setattr(r.notes[row], field, value), text, self)

    def add_note(self) -> None:
        if self.release is None:
            return
        if self.context.replace(self.release, lambda r: r.notes.append(Note(text="", kind="liner_note")),
                                "Add note", self):
            self.list.setCurrentRow(self.list.count() - 1)
            self.page.text.setFocus()

    def remove_note(self) -> None:
        row = self.list.currentRow()
        if self.release is None or not 0 <= row < len(self.release.notes):
            return
        heading = note_heading(self.release.notes[row])
        self.context.replace(self.release, lambda r: r.notes.pop(row), f"Remove note “{heading}”", self)
