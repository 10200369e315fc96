"""The importer against texts it was never improved on (corpus_e/*.txt: a French single with its B-side, a
two-disc various-artists compilation, a tour announcement, an obituary, a release followed by an article,
and an old cp1252 shop page). Unlike the other corpora, these are not held to a per-document bar: the test
keeps the overall score (0.89 by this scorer when they were added) from falling below 0.80, and prints each document's score and misses so that a change can be judged by them."""

from __future__ import annotations

import json
import pathlib

from labeldesk.importer import import_text
from labeldesk.model.interchange import release_to_dict

from .test_own_corpus import scoring

CORPUS = pathlib.Path(__file__).parent / "corpus_e"
FLOOR = 0.80


def test_unseen_corpus_score_does_not_fall():
    scores = {}
    for text in sorted(CORPUS.glob("*.txt")):
        expected = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))["releases"]
        document = import_text(text.read_bytes(), str(text))
        result = scoring.score_document(expected, [release_to_dict(r) for r in document.releases])
        scores[text.name] = result.score
        print(f"{result.score:.3f}  {text.name}")
        for miss in result.misses:
            print(f"         {miss}")
    overall = sum(scores.values()) / len(scores)
    print(f"unseen corpus score: {overall:.3f} over {len(scores)} documents")
    assert len(scores) == 6
    assert overall >= FLOOR
