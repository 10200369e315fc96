"""How fast a release export is next to a plain `cp -r` of the same audio files.

Makes ~50 files of 30 s (half FLAC, half MP3) with ffmpeg in a temporary folder, a 3000 px cover,
then times export_release (tagged copies with the cover embedded, cover.jpg, manifests, ddex.xml
built but not validated) against `cp -r` of the folder. Prints both and the throughput ratio; the
goal is at least half of cp's. For context it also times `cp -r` followed by `sha256sum` of the
copies, the least a checked delivery does. Run: .venv/bin/python bench/export_speed.py [--files N]
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

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


def cover() -> bytes:
    out = io.BytesIO()
    Image.effect_noise((3000, 3000), 60).convert("RGB").save(out, "JPEG", quality=92)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
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
        image = cover()

        cp_times, cp_sum_times, export_times = [], [], []
        for run in range(args.runs):
            target = work / f"cp-{run}"
            start = time.perf_counter()
            subprocess.run(["cp", "-r", str(sources), str(target)], check=True)
            cp_times.append(time.perf_counter() - start)
            shutil.rmtree(target)

            start = time.perf_counter()
            subprocess.run(["cp", "-r", str(sources), str(target)], check=True)
            subprocess.run(["sha256sum", *sorted(str(p) for p in target.iterdir())], check=True,
                           stdout=subprocess.DEVNULL)
            cp_sum_times.append(time.perf_counter() - start)
            shutil.rmtree(target)

            target = work / f"export-{run}"
            start = time.perf_counter()
            export_release(release, files, image, target, ExportOptions(ddex=True))
            export_times.append(time.perf_counter() - start)
            shutil.rmtree(target)

    cp_best, cp_sum_best, export_best = min(cp_times), min(cp_sum_times), min(export_times)
    mb = total_bytes / 1e6
    print(f"{args.files} files ({args.files - args.files // 2} FLAC, {args.files // 2} MP3), "
          f"{args.seconds} s each, {mb:.1f} MB")
    print(f"cp -r             {cp_best:7.3f} s   {mb / cp_best:8.1f} MB/s")
    print(f"cp -r + sha256sum {cp_sum_best:7.3f} s   {mb / cp_sum_best:8.1f} MB/s")
    print(f"export            {export_best:7.3f} s   {mb / export_best:8.1f} MB/s")
    ratio = cp_best / export_best
    print(f"export throughput is {ratio:.2f} of cp's (goal: at least 0.50) — {'met' if ratio >= 0.5 else 'NOT met'}; "
          f"{cp_sum_best / export_best:.2f} of cp + sha256sum's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
