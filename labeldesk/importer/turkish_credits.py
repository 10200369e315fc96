"""A Turkish credits paragraph: the role word comes before or after the name and the "by" follows the name
("kayıtlar X tarafından yapıldı", "miksajı X", "masterı X yaptı", "kapak fotoğrafı X'a ait", "prodüktörlüğünü
X ve Y üstlendi"), and the players are listed after "Müzisyenler:" as "X (vokal, bağlama), Y (kontrbas)".

Its own module because Turkish joins suffixes to names (X'e, X'in, Stüdyo'da) and puts its verbs last, so the
by-clause readers of other languages never match it. Read only for a long line that carries a Turkish credit
word (see may_be_turkish_credits)."""

from __future__ import annotations

import re

from labeldesk.model import Credit
from labeldesk.model.instruments import instrument_name, is_known_instrument

_MIN_CREDITS = 3
# words that only a Turkish credits paragraph prints
_CUES = ("tarafından", "Müzisyenler", "müzisyenler", "miksaj", "prodüktör", "yapımcı", "düzenlemes")
_PLAYERS = re.compile(r"\b(?:Müzisyenler|Müzisyen|Çalanlar|Kadro)\s*:\s*(?P<list>.+?)(?:\.\s|\.?$)")
_PLAYER = re.compile(r"(?P<name>[^,()]+?)\s*\((?P<instruments>[^()]+)\)")
# role stems, looked for in a clause's lower-cased text; the first that matches decides (longest meanings first)
_ROLE_STEMS = (
    ("söz ve müzi", "songwriter"), ("söz ve beste", "songwriter"), ("söz", "lyricist"),
    ("beste", "composer"), ("müziğ", "composer"), ("düzenleme", "arranger"), ("aranje", "arranger"),
    ("prodüktör", "producer"), ("yapımcı", "producer"), ("miks", "mixing_engineer"),
    ("master", "mastering_engineer"), ("kayıt", "recording_engineer"), ("kayd", "recording_engineer"),
    ("fotoğraf", "photographer"), ("tasarım", "cover_designer"), ("illüstrasyon", "illustrator"),
)
# a person: two or three capitalised words, any suffix after an apostrophe dropped ("Korkmazer'e" -> "Korkmazer")
_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_WORD = rf"[{_UPPER}][\wçğıöşüâîû]+"
_NAME = re.compile(rf"(?<![\w'’])({_WORD}(?:\s+{_WORD}){{1,2}})(?:['’][a-zçğıöşü]+)?")
# a studio, named with a locative suffix: "Kuytu Stüdyo'da", "Ses Stüdyosu'nda"
_STUDIO = re.compile(rf"({_WORD}(?:\s+{_WORD})*\s+St[üu]dyo(?:su|ları)?)['’]?(?:n?[dt][ae])\b")
_SEPARATOR = re.compile(r"\s*[,;()]\s*|\.\s+")


def may_be_turkish_credits(text: str) -> bool:
    """Cheap: the line carries a word only a Turkish credits paragraph uses."""
    return any(cue in text for cue in _CUES)


def read_turkish_credits(text: str) -> list[Credit] | None:
    """The paragraph's credits; None unless it names enough of them to be a credits paragraph."""
    credits: list[Credit] = []
    players = _PLAYERS.search(text)
    if players:
        credits.extend(_players(players.group("list")))
        text = text[:players.start()] + text[players.end():]
    for clause in _SEPARATOR.split(text):
        credits.extend(_clause(clause))
    return credits if len(credits) >= _MIN_CREDITS else None


def _players(listing: str) -> list[Credit]:
    credits = []
    for m in _PLAYER.finditer(listing):
        name = m.group("name").strip(" ,;")
        if not _NAME.fullmatch(name):
            continue
        for word in re.split(r"\s*,\s*|\s+ve\s+", m.group("instruments").strip()):
            if is_known_instrument(word):
                credits.append(Credit(name, "performer", instrument_name(word)))
    return credits


def _clause(clause: str) -> list[Credit]:
    lowered = clause.lower()
    role = next((r for stem, r in _ROLE_STEMS if stem in lowered), None)
    if role is None:
        return []
    credits = []
    studio = _STUDIO.search(clause)
    if studio:
        credits.append(Credit(studio.group(1), "recorded_at"))
        clause = clause[:studio.start()] + clause[studio.end():]
    for m in _NAME.finditer(clause):
        name = m.group(1)
        if any(stem in name.lower() for stem, _ in _ROLE_STEMS):
            continue  # "Albümün Prodüktörü" is the role, not a person
        credits.append(Credit(name, role))
    return credits
