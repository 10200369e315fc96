"""A credits paragraph written as one run-on sentence: "Compilation produced by A and B, transferred from the
original cassettes and remastered by C at Studio Q, Ghent; cover photograph by D, design by E." It is a chain of
"<role words> <by-word> <names> [at <place>]" clauses in any language the by-word table knows.

Its own module because such a paragraph is longer than any credit line and is read only when every one of its
clauses is a credit (otherwise it is prose that happens to say "by")."""

from __future__ import annotations

import re

from labeldesk.importer.by_clauses import BY_WORD, CONJ_PARTICIPLE, _is_participle, may_name_roles, read_by_clause
from labeldesk.model import Credit

MAX_LENGTH = 700
_MIN_CLAUSES = 3
_SEPARATOR = re.compile(r"\s*[,;]\s+")


def read_run_on_credits(text: str) -> list[Credit] | None:
    """The credits of every clause; None unless the paragraph is nothing but credit clauses."""
    if len(text) > MAX_LENGTH or text.count(",") + text.count(";") < _MIN_CLAUSES - 1:
        return None
    by_words = BY_WORD.findall(text)
    if len(by_words) < _MIN_CLAUSES or not may_name_roles(text):
        return None
    clauses = _clauses(text.strip().rstrip("."))
    if len(clauses) < _MIN_CLAUSES:
        return None
    credits: list[Credit] = []
    for clause in clauses:
        found = _clause(clause.strip())
        if not found:
            return None
        credits.extend(c for c in found if c not in credits)
    return credits


def _clauses(text: str) -> list[str]:
    """Split at commas and semicolons; a piece without a by-word continues the clause before it (more names,
    the town after a studio: "at Galvani Mastering, Ghent")."""
    clauses: list[str] = []
    for piece in _SEPARATOR.split(text):
        if clauses and not BY_WORD.search(piece):
            clauses[-1] += ", " + piece
        else:
            clauses.append(piece)
    return clauses


def _clause(clause: str) -> list[Credit] | None:
    found = read_by_clause(clause, None)
    if found:
        return found
    # "transferred from the original cassettes and remastered by C": the last participle before the by-word
    # is the credited one, the words before it say what was done to the tapes
    tail = None
    for m in CONJ_PARTICIPLE.finditer(clause):
        if _is_participle(m.group("word")) and BY_WORD.search(clause, m.end()):
            tail = clause[m.start("word"):]
    if tail:
        found = read_by_clause(tail, None)
        if found:
            return found
    # "design by E": a role noun, which a key of a credit line names ("Design: E")
    m = BY_WORD.search(clause)
    if m and 0 < m.start() and len(clause[:m.start()].split()) <= 3:
        from labeldesk.importer.credit_lines import read_credit_line

        reading = read_credit_line(f"{clause[:m.start()].strip()}: {clause[m.end():].strip()}")
        if reading and reading.credits and not reading.fields:
            return reading.credits
    return None


def looks_run_on(text: str) -> bool:
    """Cheap: long enough and with separators enough to be a run-on credits paragraph."""
    return len(text) <= MAX_LENGTH and (" by " in text or re.search(r"\s(?:par|por|von|door|av|af|pelo|pela)\s", text)
                                         is not None)
