"""Starting the window: the QApplication, the library, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from labeldesk.gui.main_window import MainWindow
from labeldesk.library import open_library
from labeldesk.paths import resource


def application() -> QApplication:
    """The running QApplication, made (with LabelDesk's name and icon) when there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("LabelDesk")
        app.setApplicationDisplayName("LabelDesk")
        app.setDesktopFileName("labeldesk")
        icon = resource("labeldesk.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def run(library_path: str | Path) -> int:
    """Open the library at `library_path` in the main window; returns the exit status."""
    app = application()
    library = open_library(library_path)  # a LibraryError reaches the command line as one line
    try:
        window = MainWindow(library)
        window.show()
        return app.exec()
    finally:
        library.close()
