"""Role keys that open with the instruments the work was for: "String arrangements", "ストリングス編曲",
"Drum programming". The role is the key's own; the instruments limit the credit, as the "guitar" of
"guitar recorded by X" does."""

from __future__ import annotations

from labeldesk.importer.cjk import has_cjk
from labeldesk.importer.folding import fold
from labeldesk.model.instruments import instrument_name, is_known_instrument


def instrument_lead(label: str, phrases: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """(role key, instrument) when the label is an instrument followed by a role key the tables know;
    None when the label is a role key itself or starts otherwise."""
    key = " ".join(fold(label).split())
    if not key or key in phrases:
        return None
    if has_cjk(label):
        # no spaces between the words: the longest known role key the label ends with
        for cut in range(1, len(label) - 1):
            head, tail = label[:cut].strip(), label[cut:].strip()
            if fold(tail) in phrases and is_known_instrument(head):
                return tail, instrument_name(head)
        return None
    words = label.split()
    for cut in range(1, min(len(words), 4)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if fold(tail) in phrases and _is_role(phrases[fold(tail)]):
            # "String arrangements": the instrument named in the singular, as a noun before a noun
            for played in (head, head + "s"):
                if is_known_instrument(played):
                    return tail, instrument_name(played)
    return None


def _is_role(ids: tuple[str, ...]) -> bool:
    """A real role, not a header field or a performer's instrument."""
    return all(not i.startswith("performer") and i not in ("-", "label", "catalog_number", "barcode",
                                                           "release_date", "length", "artist", "alternate_title",
                                                           "release_title")
               for i in ids)
