"""How the window copes with a large library: `python bench/gui_scale.py PATH`.

Prints the time from the start of this process to the main window shown (Python and Qt start-up
included), the time a search takes to update the release table (query, model reset, first rows
fetched and painted — the typing pause before a search starts is not counted), sorting by artist,
label, year and title (the table re-sorted and repainted, and the id query on its own), and the
peak memory of the process. Make a library with bench/make_library.py first.

Goals for 100,000 releases: window ≤ 1 s, search ≤ 50 ms, the id query of a sort ≤ 50 ms, memory ≤ 300 MB.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before anything else is imported

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SEARCHES = ("mancha", "calderón", "noche ámbar", "zenobia", "plaza mayor", "desert", "jaen film", "camino de sal",
            "nordlys", "brzęczyszczykiewicz")

# (order, table column, descending): the sorts timed, in this sequence, SORT_ROUNDS times
SORTS = (("artists", 1, False), ("artists", 1, True), ("label", 2, False), ("label", 2, True), ("year", 4, True),
         ("title", 0, False))
SORT_ROUNDS = 5


def peak_memory_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the window on a large library.")
    parser.add_argument("path", type=Path, metavar="PATH", help="a library file (see bench/make_library.py)")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"gui_scale: {args.path}: no such library file", file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from labeldesk.gui.app import application
    from labeldesk.gui.main_window import MainWindow
    from labeldesk.library import open_library
    from labeldesk.library.release_order import sorted_release_ids

    app = application()
    library = open_library(args.path)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.IniFormat)
    window = MainWindow(library, settings)
    window.show()
    app.processEvents()
    window.releases.table.viewport().repaint()
    shown = time.perf_counter() - STARTED
    releases = window.releases.model.rowCount()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        window.releases.table.viewport().repaint()  # the visible rows fetched and painted
        return (time.perf_counter() - start) * 1000

    def settle() -> float:
        start = time.perf_counter()
        QApplication.processEvents()  # the editor follows the selection, the rest repaints
        return (time.perf_counter() - start) * 1000

    settle()
    search_times, editor_times, hits = [], [], []
    for text in SEARCHES:
        window.search_field.setText(text)
        search_times.append(timed(window.apply_search))
        editor_times.append(search_times[-1] + settle())
        hits.append(window.releases.model.rowCount())
    window.search_field.setText("")
    clear_time = timed(window.apply_search)
    settle()
    # each sort differs from the one before, so the table asks SQL for the ids every time
    sort_times: dict[tuple[str, bool], list[float]] = {}
    query_times: dict[tuple[str, bool], list[float]] = {}
    for _ in range(SORT_ROUNDS):
        for name, column, descending in SORTS:
            order = Qt.DescendingOrder if descending else Qt.AscendingOrder
            sort_times.setdefault((name, descending), []).append(
                timed(lambda column=column, order=order: window.releases.table.sortByColumn(column, order)))
            start = time.perf_counter()
            sorted_release_ids(library, order=name, descending=descending)
            query_times.setdefault((name, descending), []).append((time.perf_counter() - start) * 1000)
    people_start = time.perf_counter()
    window.show_page("People")
    window.people.table.viewport().repaint()
    people_page = (time.perf_counter() - people_start) * 1000

    print(f"library: {args.path} ({releases:,} releases)")
    print(f"window shown: {shown:.2f} s after start")
    print(f"search, table updated: median {statistics.median(search_times):.1f} ms, slowest "
          f"{max(search_times):.1f} ms over {len(SEARCHES)} searches ({min(hits):,}–{max(hits):,} matches)")
    print(f"search, table and the first match in the editor: median {statistics.median(editor_times):.1f} ms, "
          f"slowest {max(editor_times):.1f} ms")
    for text, ms, total, count in zip(SEARCHES, search_times, editor_times, hits):
        print(f"  {text!r}: {ms:.1f} ms ({total:.1f} ms with the editor), {count:,} releases")
    print(f"search cleared (every release again): {clear_time:.1f} ms")
    print(f"sort, table re-sorted and repainted (the id query alone), median of {SORT_ROUNDS}:")
    for name, _, descending in SORTS:
        key = (name, descending)
        print(f"  by {name} {'descending' if descending else 'ascending'}: "
              f"{statistics.median(sort_times[key]):.1f} ms ({statistics.median(query_times[key]):.1f} ms)")
    print(f"people page first shown: {people_page:.1f} ms")
    print(f"peak memory: {peak_memory_mb():.0f} MB")
    window.close()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
