"""How much labeldesk's safe batch write costs over a bare mutagen script writing the same tags.

Makes 200 files (100 FLAC, 100 MP3, 30 s each) with ffmpeg once in a temporary directory. The bare
script does what writing tags "to a copy" costs with mutagen alone: copy each file
(shutil.copyfile), then mutagen-save the fields into the copy — no fsync, no checks, no hash.
labeldesk's write_batch writes as `labeldesk tag` does: each file checked against its fingerprint
as attached, tagged where it is (in place when one small write can switch the file to its new
tags, else through a copy renamed over it), the tags checked, and the new file's content hash (XXH3-128)
returned for the library. Both are timed the same way: wall time around the whole batch, files already in
the page cache, best of --rounds runs, each run on fresh files.

Two figures: the first write (files with no tags yet, so no room for them either) and a re-write
(the same files, tagged once, with edited fields: new track titles and a longer note; the same cover).
The goal is a ratio of 1.2 or less.

    .venv/bin/python bench/tag_speed.py [--files N] [--rounds R] [--no-hash] [--sync]
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mutagen import id3
from mutagen.flac import FLAC, Picture
from mutagen.mp3 import MP3
from PIL import Image

from labeldesk.model.release import Credit, Note, Release, Track
from labeldesk.tagging import Cover, Fields, WriteJob, fingerprint, write_batch
from labeldesk.tagging.cover import embeddable_jpeg
from labeldesk.tagging.fingerprint import content_hash_of
from labeldesk.tagging.mapping import fields_for_track


def make_sources(directory: Path, count: int) -> list[Path]:
    """`count` files, half FLAC and half MP3, each 30 s of a tone (stereo, 44.1 kHz)."""
    flac, mp3 = directory / "src.flac", directory / "src.mp3"
    tone = ["-f", "lavfi", "-i", "sine=frequency=330:duration=30:sample_rate=44100", "-ac", "2"]
    subprocess.run(["ffmpeg", "-v", "error", "-y", *tone, "-c:a", "flac", str(flac)], check=True)
    subprocess.run(["ffmpeg", "-v", "error", "-y", *tone, "-c:a", "libmp3lame", "-b:a", "192k", str(mp3)], check=True)
    sources = []
    for i in range(count):
        src = flac if i % 2 == 0 else mp3
        target = directory / f"{i // 2 + 1:03} track{src.suffix}"
        shutil.copyfile(src, target)
        sources.append(target)
    return sources


def realistic_release(tracks: int) -> Release:
    return Release(
        title="La Mancha Negra", subtitle="Original Motion Picture Soundtrack", kind="soundtrack",
        artists=["Jesús Calderón"], label="Plaza Mayor Company Ltd", catalog_number="PMC 0142",
        barcode="8435383000016", release_date="2021-05-14",
        credits=[Credit("Jesús Calderón", "composer"), Credit("Pedro López Álvarez", "conductor"),
                 Credit("Orquesta de Córdoba", "orchestra"), Credit("Jonas Berg", "performer", "cello"),
                 Credit("Ingrid Lie", "performer", "hardanger fiddle"), Credit("Sara Holm", "mixing_engineer"),
                 Credit("Stefano Rocchi", "recording_engineer", scope="guitar"), Credit("Ana Zayas", "producer"),
                 Credit("Enrique Garcia", "film_director"), Credit("Carmen Ruiz", "photographer")],
        tracks=[Track(str(i + 1), f"Cue {i + 1}", duration=30) for i in range(tracks)],
        notes=[Note("From the beginning, I conceived the soundtrack of this film as a long lullaby. " * 12,
                    "liner_note", ["Jesús Calderón"], "es", "Madrid, Marzo 2021"),
               Note("After the death of the elderly Matilde Cisneros, her three daughters return. " * 8,
                    "synopsis", [], "en")],
    )


def cover() -> Cover:
    side = 1400
    pixels = hashlib.shake_256(b"bench").digest((side // 8) ** 2 * 3)  # blocky noise: a photo-sized JPEG
    image = Image.frombytes("RGB", (side // 8, side // 8), pixels).resize((side, side), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    image.save(out, "PNG")
    return embeddable_jpeg(out.getvalue())


def mutagen_write(path: Path, f: Fields) -> None:
    """The same tags with mutagen alone: in place, no copy, no fsync, no checks."""
    if path.suffix == ".mp3":
        audio = MP3(path)
        if audio.tags is None:
            audio.add_tags()
        t = audio.tags
        for frame_id, value in (("TIT2", [f.title]), ("TALB", [f.album]), ("TPE1", f.artists),
                                ("TPE2", f.album_artists), ("TCOM", f.composers), ("TPE3", f.conductors),
                                ("TPUB", [f.label]), ("TDRC", [f.date]), ("TCON", [f.genre]),
                                ("TRCK", [f"{f.track[0]}/{f.track[1]}"]), ("TPOS", [f"{f.disc[0]}/{f.disc[1]}"])):
            t.setall(frame_id, [getattr(id3, frame_id)(encoding=3, text=value)])
        for desc, value in (("CATALOGNUMBER", f.catalog_number), ("BARCODE", f.barcode),
                            ("MusicBrainz Album Type", f.release_type), ("CREDITS", f.credits_text)):
            t.setall(f"TXXX:{desc}", [id3.TXXX(encoding=3, desc=desc, text=[value])])
        t.setall("TMCL", [id3.TMCL(encoding=3, people=[[i or "", n] for n, i in f.performers])])
        t.setall("TIPL", [id3.TIPL(encoding=3, people=[["engineer", n] for n in f.engineers]
                                   + [["mix", n] for n in f.mixers] + [["producer", n] for n in f.producers])])
        t.setall("COMM", [id3.COMM(encoding=3, lang="spa", desc="", text=[f.liner_notes])])
        t.setall("APIC", [id3.APIC(encoding=3, mime="image/jpeg", type=3, desc="Front cover", data=f.cover.data)])
        audio.save()
    else:
        audio = FLAC(path)
        if audio.tags is None:
            audio.add_tags()
        t = audio.tags
        for key, value in (("TITLE", [f.title]), ("ALBUM", [f.album]), ("ARTIST", f.artists),
                           ("ALBUMARTIST", f.album_artists), ("COMPOSER", f.composers), ("CONDUCTOR", f.conductors),
                           ("ENGINEER", f.engineers), ("MIXER", f.mixers), ("PRODUCER", f.producers),
                           ("LABEL", [f.label]), ("CATALOGNUMBER", [f.catalog_number]), ("BARCODE", [f.barcode]),
                           ("DATE", [f.date]), ("GENRE", [f.genre]), ("RELEASETYPE", [f.release_type]),
                           ("COMMENT", [f.liner_notes]), ("CREDITS", [f.credits_text]),
                           ("PERFORMER", [f"{n} ({i})" for n, i in f.performers]),
                           ("TRACKNUMBER", [str(f.track[0])]), ("TRACKTOTAL", [str(f.track[1])]),
                           ("DISCNUMBER", [str(f.disc[0])]), ("DISCTOTAL", [str(f.disc[1])])):
            t[key] = value
        picture = Picture()
        picture.type, picture.mime, picture.desc, picture.data = 3, "image/jpeg", "Front cover", f.cover.data
        audio.clear_pictures()
        audio.add_picture(picture)
        audio.save()


def fresh_copies(sources: list[Path], directory: Path) -> list[Path]:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir()
    copies = []
    for src in sources:
        copies.append(directory / src.name)
        shutil.copyfile(src, copies[-1])
    return copies


def edited(release: Release) -> Release:
    """The release after an edit: every track title longer, a line added to the first note."""
    changed = copy.deepcopy(release)
    for track in changed.tracks:
        track.title += " (Main Title)"
    changed.notes[0].text += "\nRecorded at Estudios Cinearte, Madrid."
    return changed


def time_bare(sources: list[Path], fields: list[Fields], directory: Path) -> float:
    """Copy each file, then mutagen-save the fields into the copy."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir()
    started = time.perf_counter()
    for src, f in zip(sources, fields):
        target = directory / src.name
        shutil.copyfile(src, target)
        mutagen_write(target, f)
    return time.perf_counter() - started


def time_labeldesk(sources: list[Path], fields: list[Fields], directory: Path, *, hashed: bool = True,
                   durable: bool = False) -> float:
    """As `labeldesk tag` writes: each file checked against its fingerprint as attached (taken
    before the clock starts, as `labeldesk attach` does), its new fingerprint and hash returned."""
    copies = fresh_copies(sources, directory)
    attached = [fingerprint(p, with_hash=hashed) for p in copies]
    started = time.perf_counter()
    results = write_batch([WriteJob(p, f, expected=a) for p, f, a in zip(copies, fields, attached)], durable=durable)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.status != "written"]
    if failed:
        raise SystemExit(f"{len(failed)} files not written: {failed[0].path}: {failed[0].status} {failed[0].message}")
    if hashed:
        for result in results[:4]:  # the hash returned is the file's
            assert result.fingerprint.content_hash == content_hash_of(result.path)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="best of this many runs each")
    parser.add_argument("--no-hash", dest="hashed", action="store_false",
                        help="attach without hashes, so no new hash is computed (as with a bare write_batch)")
    parser.add_argument("--sync", action="store_true", help="durable writes (labeldesk tag --sync)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="labeldesk-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "src").mkdir()
        sources = make_sources(tmp / "src", args.files)
        release = realistic_release(len(sources) // 2)
        art = cover()
        fields = [fields_for_track(release, release.tracks[i // 2], art) for i in range(len(sources))]
        changed = edited(release)
        fields2 = [fields_for_track(changed, changed.tracks[i // 2], art) for i in range(len(sources))]
        size = sum(p.stat().st_size for p in sources) / 1e6
        print(f"{len(sources)} files ({size:.0f} MB), cover {len(art.data) // 1024} KB, "
              f"liner notes {len(fields[0].liner_notes)} characters; labeldesk "
              + ("with" if args.hashed else "without") + " new hashes" + (", durable" if args.sync else ""))
        # tagged once by each side, to re-write from
        tagged_bare, tagged_ours = tmp / "tagged-bare", tmp / "tagged-ours"
        time_bare(sources, fields, tagged_bare)
        time_labeldesk(sources, fields, tagged_ours)
        tagged_bare_files = sorted(tagged_bare.iterdir())
        tagged_ours_files = sorted(tagged_ours.iterdir())
        figures = {}
        for label, bare_from, ours_from, f in (("first write", sources, sources, fields),
                                               ("re-write", tagged_bare_files, tagged_ours_files, fields2)):
            bare, ours = [], []
            for _ in range(args.rounds):
                bare.append(time_bare(bare_from, f, tmp / "work-bare"))
                ours.append(time_labeldesk(ours_from, f, tmp / "work-ours", hashed=args.hashed, durable=args.sync))
            figures[label] = (min(bare), min(ours))
        for label, (bare, ours) in figures.items():
            print(f"{label}:")
            print(f"  mutagen, copy + save: {bare:.3f} s  ({bare / len(sources) * 1000:.2f} ms a file)")
            print(f"  labeldesk (safe):     {ours:.3f} s  ({ours / len(sources) * 1000:.2f} ms a file)")
            print(f"  ratio:                {ours / bare:.2f}  (goal ≤ 1.2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
