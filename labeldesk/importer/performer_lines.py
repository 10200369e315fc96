"""Performer lines that put the name first: 'Sandro Friedrich – duduk, temir komuz', 'Sandro Friedrich (duduk)',
'Yara Mensink – alto saxophone (tracks 3, 6)' -> one performer credit per instrument.

Its own module because the line classifier tries this shape only after a line has read as no other credit,
and the colon shape reuses it for a guest's own line ('Gast: Timo Wendland – Trompete …')."""

from __future__ import annotations

import re

from labeldesk.importer.credit_names import INSTRUMENT_SPLIT
from labeldesk.importer.credit_scopes import trailing_scope
from labeldesk.importer.folding import fold
from labeldesk.importer.performer_scope import split_scope
from labeldesk.importer.shapes import BULLET, clean_space, is_name
from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, is_known_instrument


# "Name – instruments", "Name (instruments)", "Name, instruments" ("Chiara Lodetti, voce (B2)": the first shape
# whose name part is a name)
_PERFORMER_SHAPES = (re.compile(r"^(?P<name>[^–—:(]+?)\s*(?:[–—:]|\s-\s)\s*(?P<what>[^–—]+)$"),
                     re.compile(r"^(?P<name>[^(]+?)\s*\((?P<what>[^()]+)\)$"),
                     re.compile(r"^(?P<name>[^,–—:(]+?),\s+(?P<what>[^–—:]+)$"))


def reverse_performer_line(text: str) -> list[Credit] | None:
    """'Sandro Friedrich – duduk, temir komuz' / 'Sandro Friedrich (duduk)' / 'Yara Mensink – alto saxophone
    (tracks 3, 6)' -> performer credits (one per instrument, scoped when the line limits them)."""
    if not any(c in text for c in "–—-:(,") or len(text) > 120:
        return None
    text = BULLET.sub("", clean_space(text))
    text, scope = trailing_scope(text)
    for shape in _PERFORMER_SHAPES:
        m = shape.match(text)
        if m and is_name(m.group("name"), allow_single=False):
            break
    else:
        return None
    what, own_scope = split_scope(m.group("what").strip(" ."))
    scope = own_scope or scope
    if ". " in what:
        what = _DESK_NUMBER.sub("", what)  # "1. housle": the first violin's desk, the instrument a violin
    parts = [p for p in INSTRUMENT_SPLIT.split(what) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    known = [p for p in parts if is_known_instrument(p)]
    # every part an instrument the table knows, or a named keyboard beside known ones ("piano, Fender Rhodes")
    if not known or any(p not in known and not _brand_instrument(p) for p in parts):
        return None
    return [Credit(m.group("name").strip(), "performer", instrument_name(p), scope) for p in parts]


_DESK_NUMBER = re.compile(r"(?<![\w.])\d\.\s+(?=[^\W\d])")


def _brand_instrument(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in part) \
        and fold(words[-1]) not in _NOT_INSTRUMENT_WORDS


_NOT_INSTRUMENT_WORDS = frozenset({"records", "music", "studio", "studios", "orchestra", "band", "quartet", "trio"})
