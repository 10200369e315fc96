"""GUI test helpers: a window over a real library file, settings kept in a temporary file, and
the seed releases (the gold entries when ../shared is there, else this folder's own catalogue)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402

from labeldesk.actions.importing import import_files  # noqa: E402
from labeldesk.gui.main_window import MainWindow  # noqa: E402

HERE = Path(__file__).resolve().parent
OWN_CATALOGUE = HERE / "fixtures" / "spring-catalogue.json"
GOLD_SEED = HERE.parents[2] / "shared" / "corpus" / "gold" / "000_e2eea040e6b7e75d.json"  # ../shared


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    """make_window(library) -> a shown MainWindow, closed (jobs waited for) after the test."""
    windows = []

    def make(library):
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):  # shortcuts go to the active window
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.jobs.wait()


@pytest.fixture
def catalogue(library):
    """The library holding this folder's catalogue (with its document text and spans)."""
    import_files(library, [OWN_CATALOGUE])
    return library


@pytest.fixture(params=["gold", "own"])
def seed(request, library):
    """The library holding the seed releases: the gold entries of the first seed document when
    ../shared is present, and always this folder's own catalogue."""
    if request.param == "gold":
        if not GOLD_SEED.exists():
            pytest.skip("../shared/corpus/gold is not here")
        import_files(library, [GOLD_SEED])
    else:
        import_files(library, [OWN_CATALOGUE])
    return library


@pytest.fixture(autouse=True)
def own_settings_file(tmp_path, monkeypatch):
    """Never the user's settings file: an empty one of the test's own."""
    monkeypatch.setenv("LABELDESK_SETTINGS", str(tmp_path / "labeldesk-settings.json"))
