"""The importer against the label's seed catalogue and its gold entries in ../shared (skipped without it)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest

from labeldesk.importer import import_text
from labeldesk.model.interchange import document_to_dict

SHARED = pathlib.Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
SCORER = SHARED / "tools" / "score_import.py"

pytestmark = pytest.mark.skipif(not SEEDS or not SCORER.exists(), reason="../shared seed corpus not present")


def test_seed_score_and_no_release_in_articles(tmp_path):
    documents = [document_to_dict(import_text(p.read_bytes(), str(p))) for p in SEEDS]
    for document in documents:
        gold = json.loads((SHARED / "corpus" / "gold" / (pathlib.Path(document["path"]).stem + ".json")).read_text())
        if not gold["releases"]:
            assert document["releases"] == [], document["path"]
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps({"documents": documents}, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), "--gold", str(SHARED / "corpus" / "gold"),
                             "--pred", str(pred), "--min", "0.95"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
