"""A batch write killed at random moments leaves every file whole: either as it was or fully
tagged, readable by mutagen, with the same audio."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import mutagen

from labeldesk.tagging import leftover_temporaries, read, write
from labeldesk.tagging.fields import FIELD_NAMES, normalised
from labeldesk.tagging.files import TEMP_SUFFIX

from .helpers import FIXTURES, copy_fixture, decoded_md5

REPO = Path(__file__).resolve().parents[2]
COPIES = 2

# The fields before and after, built the same way here and in the child process.
FIELDS_CODE = r'''
import hashlib, io
from PIL import Image
from labeldesk.tagging import Cover, Fields

def before_fields():
    return Fields(title="Before", album="Old album", artists=["Old Artist"], conductors=["Old Conductor"],
                  track=(1, 2), liner_notes="old notes")

def after_fields():
    side = 1000  # a big, incompressible cover makes each write take a while
    pixels = hashlib.shake_256(b"cover").digest(side * side * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(out, "JPEG", quality=95)
    return Fields(title="After — tagged", album="La Mancha Negra", artists=["Jesús Calderón"],
                  performers=[("Zenobia Fernández", "vocals"), ("Orquesta de Córdoba", "orchestra")],
                  mixers=["Sara Holm"], track=(2, 3), disc=(1, 1),
                  liner_notes="Line one\n\nLine two\n— Jesús Calderón, Madrid 2021",
                  credits_text="Composer: Jesús Calderón", cover=Cover(out.getvalue()))
'''

CHILD = FIELDS_CODE + r'''
import sys
from labeldesk.tagging import WriteJob, write_batch
jobs = [WriteJob(p, after_fields()) for p in sys.argv[1:]]
print("ready", flush=True)
write_batch(jobs)
print("done", flush=True)
'''

namespace: dict = {}
exec(FIELDS_CODE, namespace)
BEFORE, AFTER = namespace["before_fields"](), namespace["after_fields"]()


def _state(path: Path) -> str:
    audio = mutagen.File(path)
    assert audio is not None, f"{path.name} is not readable by mutagen"
    got = read(path)
    names = [n for n in FIELD_NAMES if n != "liner_notes_language"]
    for label, fields in (("before", BEFORE), ("after", AFTER)):
        if all(normalised(got.get(n)) == normalised(fields.get(n)) for n in names):
            return label
    raise AssertionError(f"{path.name} is half tagged: {got}")


def _prepare(directory: Path) -> list[Path]:
    paths = []
    for name in sorted(FIXTURES):
        for copy in range(COPIES):
            path = copy_fixture(name, directory, as_name=f"{copy}-{name}")
            write(path, BEFORE)
            paths.append(path)
    return paths


def _run_child(paths: list[Path], kill_after: float | None) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", CHILD, *map(str, paths)], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=REPO)
    assert child.stdout.readline().strip() == "ready"
    started = time.monotonic()
    if kill_after is None:
        assert child.stdout.readline().strip() == "done"
        child.wait(timeout=60)
        return time.monotonic() - started
    time.sleep(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    return time.monotonic() - started


def test_killed_batches_leave_every_file_whole(tmp_path):
    audio_md5 = {name: decoded_md5(copy_fixture(name, tmp_path, as_name=f"reference-{name}")) for name in FIXTURES}
    for reference in tmp_path.iterdir():
        reference.unlink()

    full = tmp_path / "full"
    full.mkdir()
    duration = _run_child(_prepare(full), kill_after=None)
    assert {_state(p) for p in full.iterdir()} == {"after"}

    rng = random.Random(20260323)
    mixed_rounds = 0
    for round_number in range(6):
        directory = tmp_path / f"round{round_number}"
        directory.mkdir()
        paths = _prepare(directory)
        _run_child(paths, kill_after=rng.uniform(0.05, 0.95) * duration)
        states = {}
        for path in paths:
            states[path.name] = _state(path)
            assert decoded_md5(path) == audio_md5[path.name.split("-", 1)[1]], path.name
        leftovers = {p.name for p in directory.iterdir()} - {p.name for p in paths}
        assert all(name.endswith(TEMP_SUFFIX) for name in leftovers), leftovers
        assert leftover_temporaries(directory) == sorted(directory / n for n in leftovers)
        mixed_rounds += len(set(states.values())) == 2
        print(f"round {round_number}: {sorted(states.values()).count('after')} of {len(paths)} tagged, "
              f"{len(leftovers)} temporary files left")
    assert mixed_rounds >= 1, "no kill landed inside a batch; the test proved nothing"
