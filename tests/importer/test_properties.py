"""Property tests: whatever bytes come in, import_text returns a Document or raises ImporterError, and the
spans of what it returns cover every non-space character exactly once."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labeldesk.importer import ImporterError, import_text

from .helpers import assert_spans_cover
from .test_documents import ALBUM_WITH_TYPO, COMPILATION, FRENCH_PAGE, SOUNDTRACK_EN, SPANISH_SERIES, \
    TWO_RELEASES_AND_A_BLOG

SEEDS = [SOUNDTRACK_EN, FRENCH_PAGE, TWO_RELEASES_AND_A_BLOG, COMPILATION, ALBUM_WITH_TYPO, SPANISH_SERIES]
JUNK = ["\x00", "\ufffd", "\u200b", "\t", "\r", "\r\n", "\u2028", "“", "»", "—", "•", "*", "†", "(", ")", ":", "  ",
        "\u00a0", "1.", "A1", "2:03", "Label", "Music by", "CD 2"]


def _check(data: bytes) -> None:
    try:
        document = import_text(data, "prop.txt")
    except ImporterError as exc:
        assert "prop.txt" in str(exc)
        return
    assert_spans_cover(document)
    for release in document.releases:
        assert release.title
        assert release.source is not None and release.source.start < release.source.end
        for note in release.notes:
            assert note.kind in ("liner_note", "synopsis", "review", "description")


@st.composite
def mutated_texts(draw):
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "junk", "truncate"]))
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "junk":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(JUNK)) + lines[i][at:]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    if draw(st.booleans()):
        lines = draw(st.permutations(lines))
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    return text.encode(encoding, errors="replace")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_texts())
def test_mutated_catalogue_texts(data):
    _check(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    _check(data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=1500))
def test_random_text(text):
    _check(text.encode("utf-8"))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(JUNK + ["Nora Vale – Composer", "(Original Soundtrack)", "Sortie : 14 mai 2021",
                                        "• 01 – Title – 03:07", "* traditional", "I wrote this.", ""]),
                max_size=60))
def test_catalogue_shaped_noise(pieces):
    _check("\n".join(pieces).encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=81, max_size=400))
def test_passage_folding_equals_the_model_folding(text):
    """Long passages are folded through a per-character table; the result is the model's fold exactly."""
    from labeldesk.importer.folding import fold
    from labeldesk.model.names import fold as model_fold

    assert fold(text) == model_fold(text)
