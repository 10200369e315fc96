"""Starting the window: the QApplication (platform look, Fusion where the platform has none),
the library, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from labeldesk.gui.main_window import MainWindow
from labeldesk.library import open_library
from labeldesk.paths import resource

# styles that are the platform's own look; anything else (Qt's bare "Windows" fallback on a
# desktop without a theme) gets Fusion, which follows the system palette
NATIVE_STYLES = {"windowsvista", "windows11", "macos", "macintosh", "breeze", "oxygen", "gtk2", "kvantum", "fusion"}


def choose_style(app: QApplication) -> None:
    name = app.style().name().lower()
    if name not in NATIVE_STYLES and "fusion" in (k.lower() for k in QStyleFactory.keys()):
        app.setStyle("Fusion")


def application() -> QApplication:
    """The running QApplication, made (with LabelDesk's name, icon and style) when there is none."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("LabelDesk")
        app.setApplicationName("LabelDesk")
        app.setDesktopFileName("labeldesk")
        choose_style(app)
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
