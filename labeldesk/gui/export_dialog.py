"""Exporting a release for distribution from the window: the target folder, the file-name template
with a live preview of the first names, the cover size, DDEX on or off; the export runs in the
background with progress and cancel, and ends with a summary and a button that opens the folder.

Defaults come from the user's settings (labeldesk.settings: export.template, export.cover_size, the
DDEX sender and recipient), the same the `export` command uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from labeldesk.actions.exporting import ExportOutcome, export_from_library
from labeldesk.errors import UserError
from labeldesk.export import (
    DEFAULT_TEMPLATE,
    TEMPLATE_FIELDS,
    ExportOptions,
    FileNameTemplate,
    folder_name,
)
from labeldesk.export.cover_cache import export_cover
from labeldesk.export.exporter import MAX_COVER_SIZE, MIN_COVER_SIZE
from labeldesk.export.naming import safe_file_name, template_values
from labeldesk.gui.jobs import Job, JobRunner
from labeldesk.library import get_release
from labeldesk.library.audio_files import release_files
from labeldesk.library.covers import get_cover

PREVIEW_COUNT = 4
FOLDER_KEY = "export/folder"


class ExportDialog(QDialog):
    """Open with open()/show(); `exported(outcome)` when an export is complete."""

    exported = Signal(object)
    ended = Signal()  # after the export finished, failed or was cancelled

    def __init__(self, library, jobs: JobRunner, release_id: int, qsettings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.jobs = jobs
        self.release_id = release_id
        self.qsettings = qsettings
        self.release = get_release(library, release_id)
        self.files = [f for f in release_files(library, release_id) if f.track_id is not None]
        self.has_cover = get_cover(library, release_id) is not None
        self.job: Job | None = None
        self.outcome: ExportOutcome | None = None
        self.failure: str | None = None
        self.setWindowTitle(f"Export — {self.release.title}")

        user, settings_problem = self._user_settings()
        self.sender, self.recipient = user.get("sender"), user.get("recipient")
        self.schema = user.get("schema")

        self.folder = QLineEdit(self._default_folder())
        self.folder.setPlaceholderText("The folder the export goes into")
        self.choose_button = QPushButton("Choose…")
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.destination = QLabel()
        self.destination.setWordWrap(True)

        self.template = QLineEdit(user.get("template") or DEFAULT_TEMPLATE)
        self.template.setToolTip("Fields: " + ", ".join(f"{{{name}}} {words}" for name, words in TEMPLATE_FIELDS.items())
                                 + ". {track:02} pads to two digits; on a one-disc release {disc} and its "
                                   "separator are left out.")
        self.names = QListWidget()
        self.names.setMaximumHeight(self.names.fontMetrics().lineSpacing() * (PREVIEW_COUNT + 1) + 12)
        self.names.setFocusPolicy(Qt.NoFocus)
        self.template_problem = QLabel()
        self.template_problem.setWordWrap(True)

        self.cover_size = QSpinBox()
        self.cover_size.setRange(MIN_COVER_SIZE, MAX_COVER_SIZE)
        self.cover_size.setSingleStep(100)
        self.cover_size.setSuffix(" px")
        self.cover_size.setValue(user.get("cover_size") or ExportOptions().cover_size)
        self.cover_size.setEnabled(self.has_cover)
        self.cover_size.setToolTip("The side of cover.jpg, for the distributor")
        self.cover_note = QLabel("The release has no cover: the export has no cover.jpg and the files carry none "
                                 "(Release → Replace cover… first).")
        self.cover_note.setWordWrap(True)
        self.cover_note.setVisible(not self.has_cover)
        self.ddex = QCheckBox("Write ddex.xml (ERN 4.3)")
        self.ddex.setChecked(True)
        self.sender_note = QLabel(self._sender_words())
        self.sender_note.setWordWrap(True)
        self.replace = QCheckBox("Replace an export already there (only once the new one is complete)")
        self.sync = QCheckBox("Flush to disk before finishing (whole even after a power cut; slower)")

        form = QFormLayout()
        form.addRow("Export into:", folder_row)
        form.addRow("", self.destination)
        form.addRow("File names:", self.template)
        form.addRow("", self.template_problem)
        form.addRow("First files:", self.names)
        form.addRow("Cover:", self.cover_size)
        form.addRow("", self.cover_note)
        form.addRow("DDEX:", self.ddex)
        form.addRow("", self.sender_note)
        form.addRow("", self.replace)
        form.addRow("", self.sync)

        self.settings_note = QLabel(settings_problem or "")
        self.settings_note.setWordWrap(True)
        self.settings_note.setVisible(bool(settings_problem))
        self.progress = QProgressBar()
        self.progress.setFormat("%v of %m")
        self.progress.hide()
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.hide()
        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.warnings.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.AcceptRole)
        self.open_button = self.buttons.addButton("Open the folder", QDialogButtonBox.ActionRole)
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.export_button.clicked.connect(self.start)
        self.export_button.setDefault(True)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self._close_or_stop)

        layout = QVBoxLayout(self)
        intro = QLabel(f"Tagged copies of the {len(self.files)} attached file{'' if len(self.files) == 1 else 's'}, "
                       "cover.jpg, manifests, credits, liner notes and DDEX go into a new folder; the originals "
                       "are not changed. The folder appears only once it is complete.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.settings_note)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

        self.folder.textChanged.connect(self._update)
        self.template.textChanged.connect(self._update)
        self._update()
        self._prepare_covers()

    def _prepare_covers(self) -> None:
        """Make the covers the export needs while the options are chosen (the library keeps them),
        so that the export itself only reads them. A cover that cannot be made is the export's to report."""
        if not self.has_cover:
            return
        release_id, options = self.release_id, self.options()
        self.jobs.run(lambda library, progress, cancel: export_cover(library, release_id, options.cover_size,
                                                                     options.player_cover_size),
                      title="Preparing the cover for export", on_failure=lambda message: None)

    # --- defaults ----------------------------------------------------------------------------------

    def _user_settings(self) -> tuple[dict, str | None]:
        """What the user set (template, cover size, DDEX parties, schema); a settings file that
        cannot be read gives the defaults and a line saying why."""
        from labeldesk.settings import load_settings

        try:
            settings = load_settings()
            return {"template": settings.export_template(), "cover_size": settings.export_cover_size(),
                    "sender": settings.sender(), "recipient": settings.recipient(),
                    "schema": settings.ddex_schema()}, None
        except UserError as exc:
            return {}, f"Using the defaults: {exc}"

    def _default_folder(self) -> str:
        if self.qsettings is not None:
            remembered = self.qsettings.value(FOLDER_KEY)
            if remembered:
                return str(remembered)
        music = QStandardPaths.writableLocation(QStandardPaths.MusicLocation)
        return music or str(Path.home())

    def _sender_words(self) -> str:
        if self.sender is None:
            return ("No sender set: ddex.xml goes without one. Set it once with "
                    "labeldesk config set ddex.sender_dpid PADPIDA… and ddex.sender_name.")
        dpid, name = self.sender
        text = f"Sent by {name or 'the label'} ({dpid})"
        if self.recipient is not None:
            text += f" to {self.recipient[1] or self.recipient[0]}"
        return text + ", from your settings."

    # --- live preview --------------------------------------------------------------------------------

    def options(self) -> ExportOptions:
        return ExportOptions(template=self.template.text(), cover_size=self.cover_size.value(),
                             ddex=self.ddex.isChecked(), force=self.replace.isChecked(),
                             sync=self.sync.isChecked(), sender=self.sender, recipient=self.recipient)

    def preview_names(self) -> list[str]:
        """The first file names the template gives (raises UserError for a bad template)."""
        template = FileNameTemplate.parse(self.template.text())
        tracks = {t.id: t for t in self.release.tracks}
        single_disc = self.release.disc_count <= 1
        return [safe_file_name(template.render(template_values(self.release, tracks[f.track_id]), single_disc),
                               Path(f.path).suffix)
                for f in self.files[:PREVIEW_COUNT]]

    def _update(self) -> None:
        self.names.clear()
        problem = None
        try:
            names = self.preview_names()
        except UserError as exc:
            problem = str(exc)
            names = []
        self.names.addItems(names)
        if len(self.files) > PREVIEW_COUNT and names:
            self.names.addItem(f"… and {len(self.files) - PREVIEW_COUNT} more")
        if not self.files:
            self.names.addItem("(no audio files attached: attach them first)")
        self.template_problem.setText(problem or "")
        self.template_problem.setVisible(problem is not None)
        target = self.folder.text().strip()
        self.destination.setText(f"→ {Path(target) / folder_name(self.release)}" if target else "")
        running = self.job is not None
        self.export_button.setEnabled(not running and problem is None and bool(target) and bool(self.files))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Export into", self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- the export ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.job is not None:
            return
        target = Path(self.folder.text().strip()).expanduser()
        options = self.options()
        if self.qsettings is not None:
            self.qsettings.setValue(FOLDER_KEY, str(target))
        release_id, schema = self.release_id, self.schema
        for widget in (self.folder, self.choose_button, self.template, self.cover_size, self.ddex, self.replace):
            widget.setEnabled(False)
        self.outcome_label.hide()
        self.warnings.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.close_button.setText("Stop")
        self.job = self.jobs.run(lambda library, progress, cancel: export_from_library(
                                     library, release_id, target, options, schema, progress, cancel),
                                 title=f"Exporting {self.release.title}", cancellable=True,
                                 on_success=self._done, on_failure=self._failed, on_progress=self._progressed)
        self._update()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, outcome: ExportOutcome) -> None:
        self.job = None
        self.outcome = outcome
        self.progress.hide()
        self.outcome_label.setText(f"Exported to {outcome.result.folder}\n{outcome.summary()}.")
        self.outcome_label.show()
        self.warnings.clear()
        icon = self.style().standardIcon(QStyle.SP_MessageBoxWarning)
        for warning in outcome.warnings:
            self.warnings.addItem(QListWidgetItem(icon, warning))
        self.warnings.setVisible(bool(outcome.warnings))
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the summary
        self.open_button.show()
        self.open_button.setDefault(True)
        self.export_button.hide()
        self.close_button.setText("Close")
        self.close_button.setEnabled(True)
        self.exported.emit(outcome)
        self.ended.emit()

    def _failed(self, message: str) -> None:
        self.job = None
        self.failure = message
        self.progress.hide()
        self.outcome_label.setText(f"The export failed; nothing was left behind.\n{message}")
        self.outcome_label.show()
        for widget in (self.folder, self.choose_button, self.template, self.ddex, self.replace):
            widget.setEnabled(True)
        self.cover_size.setEnabled(self.has_cover)
        self.close_button.setText("Close")
        self.close_button.setEnabled(True)
        self._update()
        self.ended.emit()

    def _close_or_stop(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.close_button.setEnabled(False)
            self.outcome_label.setText("Stopping; nothing will be left behind…")
            self.outcome_label.show()
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None:  # Esc while exporting: stop it, keep the dialog to say so
            self._close_or_stop()
            return
        super().reject()

    def open_folder(self) -> bool:
        if self.outcome is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.result.folder)))
