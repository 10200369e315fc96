"""How fast a release export is next to a plain `cp -r` of the same audio files.

Makes ~50 files of 30 s (half FLAC, half MP3) with ffmpeg in a temporary folder and a 3000 px cover,
then times export_release (tagged copies with the cover embedded, cover.jpg, manifests, ddex.xml
built but not validated) against `cp -r` of the folder: both with a warm page cache (one untimed
run of each first), runs interleaved, best of N. Prints both and the throughput ratio; the goal is
at least half of cp's. For context it also times `cp -r` followed by `sha256sum` of the copies, the
least a checked delivery does.

The cover is photo-like by default (a 2.6 MB JPEG, as a photographed sleeve is); `--cover noise` is
the worst case of a 7 MB JPEG of pure noise, whose 1 MB player copy goes into every file.
`--breakdown` adds where the export's time goes: the time spent in each stage, summed over threads.

    .venv/bin/python bench/export_speed.py [--files N] [--runs N] [--cover photo|noise] [--breakdown]
"""

from __future__ import annotations

import argparse
import collections
import io
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image

import labeldesk.export.exporter as exporter
from labeldesk.export import ExportFile, ExportOptions, export_release
from labeldesk.model.release import Credit, Note, Release, Track


def make_audio(folder: Path, count: int, seconds: int) -> list[Path]:
    """One 30 s source per format, copied to `count` files (encoding 50 files would dominate the run)."""
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


def make_release(count: int) -> Release:
    return Release(
        title="Benchmark", artists=["The Bench Orchestra"], label="Bench Records", kind="soundtrack",
        catalog_number="BENCH-1", release_date="2024-01-01",
        credits=[Credit("Ana Composer", "composer"), Credit("Bo Conductor", "conductor"),
                 Credit("Cy Cello", "performer", "cello")],
        tracks=[Track(str(n % 25 + 1), f"Cue {n + 1}", disc=n // 25 + 1, duration=30) for n in range(count)],
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


STAGES = ("player_cover", "distributor_cover", "fields_for_track", "place_copy", "finish_copy", "sha256_of",
          "_write_side_files")


class Breakdown:
    """Seconds spent in each export stage, summed over the threads that ran it."""

    def __init__(self):
        self.seconds = collections.Counter()
        self.lock = threading.Lock()
        for name in STAGES:
            setattr(exporter, name, self._timed(name, getattr(exporter, name)))

    def _timed(self, name, function):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[name] += time.perf_counter() - start
        return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--cover", choices=("photo", "noise"), default="photo")
    parser.add_argument("--breakdown", action="store_true", help="time each stage of one more export")
    args = parser.parse_args()
    if shutil.which("ffmpeg") is None:
        print("ffmpeg is needed to make the test files", file=sys.stderr)
        return 1

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        sources = work / "sources"
        sources.mkdir()
        paths = make_audio(sources, args.files, args.seconds)
        total_bytes = sum(p.stat().st_size for p in paths)
        release = make_release(args.files)
        files = [ExportFile(t, p) for t, p in zip(release.tracks, paths)]
        image = cover(args.cover)

        cp_times, cp_sum_times, export_times = [], [], []
        for run in range(-1, args.runs):  # run -1 warms the page cache and is not counted
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
            start = time.perf_counter()
            export_release(release, files, image, target, ExportOptions(ddex=True))
            if run >= 0:
                export_times.append(time.perf_counter() - start)
            shutil.rmtree(target)
        breakdown = None
        if args.breakdown:
            breakdown = Breakdown()
            start = time.perf_counter()
            export_release(release, files, image, work / "export-breakdown", ExportOptions(ddex=True))
            breakdown.wall = time.perf_counter() - start

    cp_best, cp_sum_best, export_best = min(cp_times), min(cp_sum_times), min(export_times)
    mb = total_bytes / 1e6
    print(f"{args.files} files ({args.files - args.files // 2} FLAC, {args.files // 2} MP3), "
          f"{args.seconds} s each, {mb:.1f} MB; {args.cover} cover {len(image) / 1e6:.1f} MB; best of {args.runs}")
    print(f"cp -r             {cp_best:7.3f} s   {mb / cp_best:8.1f} MB/s")
    print(f"cp -r + sha256sum {cp_sum_best:7.3f} s   {mb / cp_sum_best:8.1f} MB/s")
    print(f"export            {export_best:7.3f} s   {mb / export_best:8.1f} MB/s")
    ratio = cp_best / export_best
    print(f"export throughput is {ratio:.2f} of cp's (goal: at least 0.50) — {'met' if ratio >= 0.5 else 'NOT met'}; "
          f"{cp_sum_best / export_best:.2f} of cp + sha256sum's")
    if ratio < 0.5:
        print(f"to meet it the export must take {cp_best * 2:.3f} s or less: {export_best - cp_best * 2:.3f} s too slow")
    if breakdown is not None:
        print(f"one more export, timed by stage ({breakdown.wall:.3f} s wall, {exporter.WORKERS} worker threads "
              "on the files, one on the covers; stages run side by side, so they add up to more than the wall time):")
        for name in STAGES:
            print(f"  {name:<18} {breakdown.seconds[name]:7.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
