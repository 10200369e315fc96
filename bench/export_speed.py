"""How fast a release export is next to a plain `cp -r` of the same audio files.

Two workloads by default: 50 files of 30 s, and a realistic album of 12 files of 240 s (`--files N
--seconds S` runs one of your own). Each is half FLAC, half MP3 made with ffmpeg, attached to a
release in a real library file with a 3000 px cover. The export is timed as the `export` command
and the window run it (labeldesk.actions.exporting.export_from_library: tagged copies with the
cover embedded, cover.jpg, manifests, ddex.xml built but not validated) against `cp -r` of the
folder: both with a warm page cache (one untimed run of each first), runs interleaved, best of N.
Prints both and the throughput ratio; the goal is at least half of cp's. For context it also times
`cp -r` followed by `sha256sum` of the copies, the least a checked delivery does.

That first figure is a copy from memory to memory, where `cp` runs at the speed of memory and the
SHA-256 the manifest needs of every byte costs more than cp's whole copy. So each workload is also
timed from disk to disk, as an archivist's export runs: the sources dropped from the page cache
before each run (posix_fadvise), and the copies synced to disk after it (every file and the
folder fsynced, the same way for `cp -r` and for the export).

The library makes the covers an export needs once and keeps them: the first export after a cover
is set pays for that, and is timed apart ("first export").

The cover is photo-like by default (a 2.6 MB JPEG, as a photographed sleeve is); `--cover noise` is
the worst case of a 7 MB JPEG of pure noise, whose 1 MB player copy goes into every file.
Where the goal is missed (or with `--breakdown`), one more export is timed by stage: the CPU time of
each, summed over threads. The export's own CPU time is printed too, and the load average: on a
machine whose cores are busy with other work, the export (which needs its cores for copying and
hashing side by side) loses more than `cp` (one core) does.

    .venv/bin/python bench/export_speed.py [--files N --seconds S] [--runs N] [--cover photo|noise] [--breakdown]
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image

from labeldesk.actions import exporting
from labeldesk.actions.exporting import export_from_library
from labeldesk.export import ExportOptions, exporter, front_copy, kernel_copy, tags
from labeldesk.library import add_release, get_release, open_library
from labeldesk.library.audio_files import Attachment, FileState, attach_files
from labeldesk.library.covers import StoredCover, set_cover
from labeldesk.model.release import Credit, Note, Release, Track

WORKLOADS = ((50, 30), (12, 240))
GOAL = 0.5  # of cp's throughput


def make_audio(folder: Path, count: int, seconds: int) -> list[Path]:
    """One source per format, copied to `count` files (encoding every file would dominate the run)."""
    made = {}
    for ext, codec in ((".flac", ["-c:a", "flac"]), (".mp3", ["-c:a", "libmp3lame", "-b:a", "320k"])):
        out = folder / f"source{ext}"
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
             "-i", f"anoisesrc=d={seconds}:c=pink:r=44100:a=0.3", "-ac", "2", *codec, str(out)],
            check=True,
        )
        made[ext] = out
    files = []
    for n in range(count):
        ext = ".flac" if n % 2 == 0 else ".mp3"
        path = folder / f"take {n + 1:02}{ext}"
        shutil.copyfile(made[ext], path)
        files.append(path)
    for source in made.values():
        source.unlink()
    return files


def make_release(count: int, seconds: int) -> Release:
    return Release(
        title="Benchmark", artists=["The Bench Orchestra"], label="Bench Records", kind="soundtrack",
        catalog_number="BENCH-1", release_date="2024-01-01",
        credits=[Credit("Ana Composer", "composer"), Credit("Bo Conductor", "conductor"),
                 Credit("Cy Cello", "performer", "cello")],
        tracks=[Track(str(n % 25 + 1), f"Cue {n + 1}", disc=n // 25 + 1, duration=seconds) for n in range(count)],
        notes=[Note("A note about the score.\n" * 20, "liner_note", ["Ana Composer"], "en", "Paris, 2024")],
    )


def cover(kind: str = "photo", side: int = 3000) -> bytes:
    """A 3000 px JPEG: smooth colour, a soft texture and film grain ("photo"), or pure noise."""
    if kind == "noise":
        image = Image.effect_noise((side, side), 60).convert("RGB")
    else:
        red = Image.linear_gradient("L").resize((side, side))
        green = Image.linear_gradient("L").rotate(90).resize((side, side))
        blue = Image.radial_gradient("L").resize((side, side))
        texture = Image.effect_noise((side // 4, side // 4), 40).resize((side, side), Image.Resampling.BICUBIC)
        grain = Image.effect_noise((side, side), 18).convert("RGB")
        image = Image.blend(Image.blend(Image.merge("RGB", (red, green, blue)), texture.convert("RGB"), 0.45),
                            grain, 0.2)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def make_library(path: Path, release: Release, paths: list[Path], image: bytes) -> int:
    """A library file holding the release, its files attached in order and its cover; the release id."""
    with open_library(path) as lib:
        release_id = add_release(lib, release)
        attachments = []
        for track, source in zip(get_release(lib, release_id).tracks, paths):
            st = source.stat()
            attachments.append(Attachment(track.id, str(source), source.suffix.lstrip("."),
                                          FileState(st.st_size, st.st_mtime_ns)))
        attach_files(lib, release_id, attachments)
        set_cover(lib, release_id, StoredCover(image, "image/jpeg", 3000, 3000))
    return release_id


# (module, name, label): what each stage is, where the export looks it up
STAGES = (
    (exporting, "export_inputs", "read the release"),
    (exporting, "export_cover", "covers (kept)"),
    (exporter, "fields_for_track", "fields per track"),
    (front_copy.front, "load", "parse source tags"),
    (front_copy, "_flac_pieces", "render FLAC tags"),
    (front_copy, "_mp3_pieces", "render MP3 tags"),
    (front_copy, "_write_parts", "write tag region"),
    (front_copy, "copy_hashing", "audio: copy and hash"),
    (kernel_copy._Way, "copy", "  of which the copy"),
    (tags, "_place", "other formats"),
    (exporter, "_write_release_files", "cover, credits, notes"),
    (exporter, "_write_file_lists", "manifests, ddex.xml"),
    (exporter.Staging, "commit", "publish folder"),
)


class Breakdown:
    """CPU seconds spent in each export stage, summed over the threads that ran it (CPU time, not
    wall time: what a stage costs does not depend on what else the machine is doing)."""

    def __init__(self):
        self.seconds = collections.Counter()
        self.lock = threading.Lock()
        self.saved = []
        for owner, name, label in STAGES:
            function = getattr(owner, name)
            self.saved.append((owner, name, function))
            setattr(owner, name, self._timed(label, function))

    def _timed(self, label, function):
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[label] += time.thread_time() - start
        return timed

    def restore(self):
        for owner, name, function in self.saved:
            setattr(owner, name, function)


def evict(paths: list[Path]) -> None:
    """Drop the files from the page cache, so that the next read comes from the disk."""
    os.sync()  # only clean pages can be dropped
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def sync_tree(folder: Path) -> None:
    """fsync every file under `folder`, then the folders: the copy is on disk."""
    for path in sorted(folder.rglob("*"), key=lambda p: -len(p.parts)) + [folder]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def time_disk_to_disk(sources: Path, paths: list[Path], export, runs: int) -> tuple[float, float]:
    """Best times of `cp -r` and of `export(target)`, each from evicted sources to synced copies."""
    cp_times, export_times = [], []
    for run in range(runs):
        target = sources.parent / f"cp-disk-{run}"
        evict(paths)
        start = time.perf_counter()
        subprocess.run(["cp", "-r", str(sources), str(target)], check=True)
        sync_tree(target)
        cp_times.append(time.perf_counter() - start)
        shutil.rmtree(target)

        target = sources.parent / f"export-disk-{run}"
        evict(paths)
        start = time.perf_counter()
        export(target)
        sync_tree(target)
        export_times.append(time.perf_counter() - start)
        shutil.rmtree(target)
    return min(cp_times), min(export_times)


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def run_workload(count: int, seconds: int, runs: int, cover_kind: str, breakdown: bool) -> float:
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        sources = work / "sources"
        sources.mkdir()
        paths = make_audio(sources, count, seconds)
        total_bytes = sum(p.stat().st_size for p in paths)
        image = cover(cover_kind)
        release_id = make_library(work / "library.db", make_release(count, seconds), paths, image)
        options = ExportOptions(ddex=True)

        with open_library(work / "library.db") as lib:
            target = work / "export-first"
            start = time.perf_counter()
            export_from_library(lib, release_id, target, options)  # makes and keeps the covers
            first = time.perf_counter() - start
            shutil.rmtree(target)

            cp_times, cp_sum_times, export_times, export_cpu = [], [], [], []
            load_before = os.getloadavg()[0]
            for run in range(-1, runs):  # run -1 warms the page cache and is not counted
                target = work / f"cp-{run}"
                start = time.perf_counter()
                subprocess.run(["cp", "-r", str(sources), str(target)], check=True)
                if run >= 0:
                    cp_times.append(time.perf_counter() - start)
                shutil.rmtree(target)

                start = time.perf_counter()
                subprocess.run(["cp", "-r", str(sources), str(target)], check=True)
                subprocess.run(["sha256sum", *sorted(str(p) for p in target.iterdir())], check=True,
                               stdout=subprocess.DEVNULL)
                if run >= 0:
                    cp_sum_times.append(time.perf_counter() - start)
                shutil.rmtree(target)

                target = work / f"export-{run}"
                cpu, start = cpu_seconds(), time.perf_counter()
                export_from_library(lib, release_id, target, options)
                if run >= 0:
                    export_times.append(time.perf_counter() - start)
                    export_cpu.append(cpu_seconds() - cpu)
                shutil.rmtree(target)
            load_after = os.getloadavg()[0]

            disk_cp, disk_export = time_disk_to_disk(
                sources, paths, lambda target: export_from_library(lib, release_id, target, options), runs)
            cp_best, cp_sum_best, export_best = min(cp_times), min(cp_sum_times), min(export_times)
            ratio = cp_best / export_best
            stages = None
            if breakdown or ratio < GOAL:
                stages = Breakdown()
                cpu, start = cpu_seconds(), time.perf_counter()
                export_from_library(lib, release_id, work / "export-breakdown", options)
                stages.wall, stages.cpu = time.perf_counter() - start, cpu_seconds() - cpu
                stages.restore()

    mb = total_bytes / 1e6
    print(f"{count} files ({count - count // 2} FLAC, {count // 2} MP3), {seconds} s each, {mb:.1f} MB; "
          f"{cover_kind} cover {len(image) / 1e6:.1f} MB; best of {runs}, warm cache; "
          f"load average {load_before:.1f} before, {load_after:.1f} after, {os.cpu_count()} cores")
    print(f"  cp -r             {cp_best:7.3f} s   {mb / cp_best:8.1f} MB/s")
    print(f"  cp -r + sha256sum {cp_sum_best:7.3f} s   {mb / cp_sum_best:8.1f} MB/s")
    print(f"  export            {export_best:7.3f} s   {mb / export_best:8.1f} MB/s   "
          f"(median {statistics.median(export_times):.3f} s; CPU {statistics.median(export_cpu):.3f} s a run)")
    print(f"  first export      {first:7.3f} s   (after the cover is set: makes and keeps its covers)")
    print(f"  in memory: export throughput is {ratio:.2f} of cp's (goal: at least {GOAL:.2f}) — "
          f"{'met' if ratio >= GOAL else 'NOT met'}; {cp_sum_best / export_best:.2f} of cp + sha256sum's")
    if ratio < GOAL:
        print(f"    to meet it the export must take {cp_best / GOAL:.3f} s or less: "
              f"{export_best - cp_best / GOAL:.3f} s ({export_best * GOAL / cp_best - 1:.0%}) too slow")
    disk_ratio = disk_cp / disk_export
    print(f"  from disk to disk: cp -r {disk_cp:.3f} s ({mb / disk_cp:.0f} MB/s), export {disk_export:.3f} s "
          f"({mb / disk_export:.0f} MB/s): {disk_ratio:.2f} of cp's (goal: at least {GOAL:.2f}) — "
          f"{'met' if disk_ratio >= GOAL else 'NOT met'}")
    if stages is not None:
        print(f"  one more export, CPU time by stage ({stages.wall:.3f} s wall, {stages.cpu:.3f} s CPU, "
              f"{exporter.WORKERS} threads on the files; with n cores free the wall time is at least CPU/n):")
        for _, _, label in STAGES:
            print(f"    {label:<22} {stages.seconds[label]:7.3f} s")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, help="one workload of this many files (with --seconds)")
    parser.add_argument("--seconds", type=int, default=30, help="length of each file of --files")
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--cover", choices=("photo", "noise"), default="photo")
    parser.add_argument("--breakdown", action="store_true", help="time each stage of one more export")
    args = parser.parse_args()
    if shutil.which("ffmpeg") is None:
        print("ffmpeg is needed to make the test files", file=sys.stderr)
        return 1
    workloads = [(args.files, args.seconds)] if args.files else WORKLOADS
    for count, seconds in workloads:
        run_workload(count, seconds, args.runs, args.cover, args.breakdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
