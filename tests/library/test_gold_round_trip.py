"""Every gold release of the shared corpus survives the library unchanged (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labeldesk.actions.importing import import_files
from labeldesk.library import get_release
from labeldesk.model.interchange import release_to_dict

GOLD = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []


@pytest.mark.skipif(not GOLD_FILES, reason="../shared/corpus/gold is not here")
@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_releases_come_back_unchanged(library, path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    (stored,) = import_files(library, [path])
    assert len(stored.release_ids) == len(gold["releases"])
    for release_id, expected in zip(stored.release_ids, gold["releases"]):
        got = release_to_dict(get_release(library, release_id))
        for key in ("warnings", "source"):
            if key not in expected:
                got.pop(key, None)
        assert got == expected
