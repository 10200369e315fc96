"""Files dropped on the window: an event filter that takes drags of local files away from whatever
widget is under the cursor (a line edit would otherwise paste the file's URL into a field) and hands
them to one handler, with the widget and the position they landed on."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QWidget

TEXT_SUFFIXES = {".txt", ".text", ".md", ".json"}

Handler = Callable[[list[Path], QWidget, QPoint], None]


def local_paths(mime) -> list[Path]:
    """The local files and folders a drag carries (nothing for text or web links)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def are_texts(paths: Iterable[Path]) -> bool:
    """Whether every path is a text document (or release data) to import, by its name."""
    paths = list(paths)
    return bool(paths) and all(p.suffix.lower() in TEXT_SUFFIXES and not p.is_dir() for p in paths)


def expand_folders(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, and the files inside each folder (all levels, in name order, hidden ones
    left out); absolute paths, each once."""
    found: list[str] = []
    for path in map(os.path.abspath, map(os.fspath, paths)):
        if os.path.isdir(path):
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found.extend(os.path.join(folder, name) for name in sorted(files) if not name.startswith("."))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


class FileDropFilter(QObject):
    """Install on the window and on every widget under it that accepts drops itself."""

    def __init__(self, handler: Handler, parent: QObject | None = None):
        super().__init__(parent)
        self.handler = handler

    def watch(self, root: QWidget) -> None:
        root.setAcceptDrops(True)
        root.installEventFilter(self)
        for child in root.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove):
            if local_paths(event.mimeData()):
                event.setDropAction(Qt.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Drop:
            paths = local_paths(event.mimeData())
            if paths:
                event.setDropAction(Qt.CopyAction)
                event.accept()
                self.handler(paths, watched, event.position().toPoint())
                return True
        return False
