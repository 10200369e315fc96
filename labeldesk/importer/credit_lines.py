"""Credit and header lines in any of the supported languages -> credits and release fields.

Four shapes are read:
  "Orquestaciones: Pablo Olivas"            role words, colon, names
  "duduk, temir komuz: Sandro Friedrich"    instruments, colon, names (one performer credit per instrument)
  "guitar recorded by Stefano Rocchi"       [scope] participle(s) + by-word + names [+ at <studio>]
  "Director Anna Zayas & Omar Calva"        a header noun, then names or a value ("Label X", "Cat. No. X")

This module decides which shape a line has and hands it on: keyed_lines (colon and dash), by_clauses,
header_lines, release_fields (release statements); the lines read here are a song's line ('Canción "X"'),
several credit sentences, a composer's life dates, a place line and an ensemble's name. The parts every shape
shares are in role_keys, credit_names, credit_places and credit_scopes.
"""

from __future__ import annotations

import re

from labeldesk.importer import role_words as rw
from labeldesk.importer.by_clauses import BY_WORD, CONJ_PARTICIPLE, may_name_roles, read_by_clause, split_clauses
from labeldesk.importer.cjk import release_line_date
from labeldesk.importer.credit_names import ENSEMBLE_SMALL, ensemble_role
from labeldesk.importer.credit_places import read_place, studio_name
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.credit_scopes import with_marked
from labeldesk.importer.folding import fold
from labeldesk.importer.header_lines import HEADER_FIRST_WORDS, header_form
from labeldesk.importer.keyed_lines import colon_form, dash_form, ensemble_and_leader
from labeldesk.importer.performer_lines import reverse_performer_line
from labeldesk.importer.release_fields import RELEASE_LEAD_WORDS, out_on_date, release_statement
from labeldesk.importer.shapes import BULLET, QUOTE_CHARS, clean_space, is_name
from labeldesk.model import Credit

_ENSEMBLE_HINT = re.compile(r"orch|orqu|philh|filarm|filharm|sinf|symph|banda|band\b|kapelle|choir|chor|ch[oœ]eur|coro|"
                            r"ensemble|quart|quint|sext|trio|consort|camerata|collecti|kwart|kvart|kvint|orkest|"
                            r"kor\b|koor|cor\b|cobla|orkiest|ch[óo]r|sbor|soubor|zesp[óo][łl]|conjunto|ορχ|χορωδ|koro\b|"
                            r"kuoro")
_SONG = re.compile(r"^(?P<word>[^\W\d_][\w ]{1,20}?)\s*:?\s*[“\"«„‘](?P<title>[^“”\"«»„]+)[”“\"»’]\s*[,.:–—-]?\s*(?P<rest>.*)$")


_LIFE_DATES = re.compile(r"^(?P<name>[^()\d]{3,60}?)\s*\((?:(?:\*|b\.|born|n[ée]e?|geb\.|nac\.|nato|nata)\s*)?"
                         r"(?:1[5-9]|20)\d\d(?:\s*[–—-]\s*(?:(?:1[5-9]|20)\d\d)?)?\)$")


_SONG_WORDS = frozenset(fold(w) for w in rw.SONG_WORDS)
_QUOTE_HINT = re.compile(r"[“\"«„‘]")


_LEADER = re.compile(r"^(?P<key>[^\W\d][^.]{0,50}?)\s*\.{3,}\s*(?P<value>[^.\s].*)$")


def read_credit_line(text: str, scope: str | None = None) -> LineReading | None:
    """What a credit or header line says; None when the line is not one."""
    text = BULLET.sub("", clean_space(text))
    if not text or len(text) > 220:
        return None
    leader = _LEADER.match(text) if "..." in text else None
    if leader is not None:
        # "Mistr zvuku .......... Miloš Trnka", "Tereza Šindelářová ...... viola": a dotted leader joins a key and
        # its value, whichever comes first
        key, value = leader.group("key"), leader.group("value")
        reading = read_credit_line(f"{key}: {value}", scope) or read_credit_line(f"{key} – {value}", scope)
        if reading is None and value[-1:].isalpha():
            # "Name ...... viola" (a track's "Title ...... 4'12" ends in a digit and is no player)
            players = reverse_performer_line(f"{key} – {value}")
            reading = LineReading(credits=players) if players else None
        return reading
    song = _SONG.match(text) if _QUOTE_HINT.search(text) else None
    if song and fold(song.group("word")) in _SONG_WORDS:
        reading = LineReading(song=song.group("title").strip())
        rest = song.group("rest").strip()
        if rest:
            inner = read_credit_line(rest, reading.song)
            if inner:
                reading.credits = inner.credits
        return reading
    if fold(text.split(" ", 1)[0]) in RELEASE_LEAD_WORDS:
        stated = release_statement(text)
        if stated is not None:
            return stated
    if "年" in text:
        cjk_date = release_line_date(text)
        if cjk_date:
            return LineReading(fields={"release_date": cjk_date})  # "2024年9月18日 (水) 発売"
    out_on = out_on_date(text) if len(text) <= 90 else None
    if out_on is not None:
        return out_on
    if ". " in text:
        sentences = _SENTENCE.split(text.rstrip(". "))
        if len(sentences) > 1:
            # "Recorded at X by A. Mixed by B. Artwork by C.": every sentence a credit, or the line is prose
            return _sentences(sentences, scope)
    if ":" in text and "," in text:
        led = ensemble_and_leader(text, scope)
        if led is not None:
            return led
    colon = colon_form(text, scope) if ":" in text else None
    if colon is not None:
        return colon
    if " – " in text or " — " in text or " - " in text:
        dashed = dash_form(text, scope)
        if dashed is not None:
            return dashed
    if len(text) <= 200 and BY_WORD.search(text) and may_name_roles(text):
        whole = read_by_clause(text, scope)
        if whole:
            return with_marked(whole)
        credits: list[Credit] = []
        clauses = split_clauses(text) if ("," in text or ";" in text or " – " in text or " — " in text
                                          or CONJ_PARTICIPLE.search(text)) else []
        # "“Canción del faro” performed by X, lyrics by Y": the song the line opens with is every clause's
        song = _OPENING_SONG.match(text)
        for clause in clauses:
            found = read_by_clause(clause, scope or (song.group("title").strip() if song else None))
            if found is None:
                credits = []
                break
            if any(c.role in ("orchestra", "ensemble", "choir") for c in credits):
                found = [Credit(c.name, "conductor", c.instrument, c.scope) if c.role == "film_director" else c
                         for c in found]
            credits.extend(found)
        if credits:
            return with_marked(credits)
    life = _LIFE_DATES.match(text)
    if life and is_name(life.group("name"), allow_single=False):
        # "Wendelin Strobach (1871–1933)" over a work list: the composer
        return LineReading(credits=[Credit(life.group("name").strip(), "composer", None, scope)])
    first = fold(text.split(" ", 1)[0]).rstrip(":")
    if first in HEADER_FIRST_WORDS:
        found = header_form(text)
        if found:
            return found
    if first in rw.PLACE_PARTICIPLES:
        return _place_line(text)
    if _ENSEMBLE_HINT.search(text.lower()):
        return _ensemble_line(text)
    return None


# a sentence ends after a lower-case word that is no abbreviation ("Drummelsay. Mixed by"; not "Ref. DT-2209")
_SENTENCE = re.compile(r"(?<=[a-zß-ÿ]{3})(?<!feat)(?<!incl)(?<!prod)(?<!orch)(?<!arr)(?<!comp)(?<!perc)(?<!voc)"
                       r"(?<!keyb)(?<!bros)\.\s+(?=[A-ZÀ-Ý][^\W\d_])")


_OPENING_SONG = re.compile(r"^[“\"«„](?P<title>[^“”\"«»„]{1,80})[”“\"»]\s")


def _sentences(sentences: list[str], scope: str | None) -> LineReading | None:
    merged = LineReading()
    for sentence in sentences:
        reading = read_credit_line(sentence, scope)
        if not reading or reading.song or not (reading.credits or reading.fields or reading.ignored):
            return None
        merged.add(reading)
    return merged


_PLACE_LINE = re.compile(r"^(?P<part>[^\W\d_]+)\b(?P<middle>[^.;:]{0,40}?)(?:\s+(?:at|in|au|aux|à|en|presso|nel|nello|"
                         r"nella|no|na|em|im|in der|in dem|bei|i|op|på|als|al)\s+|\s+(?:a|à|de|dans|nell|all)\s*l['’]\s*)"
                         r"(?P<place>[^;]+?)\.?$", re.I)


def _place_line(text: str) -> LineReading | None:
    """'Recorded at Kingsgate Hall', 'Registrato presso lo Studio Ferrante', 'Recorded March 2–3, 2021 at X'."""
    m = _PLACE_LINE.match(text)
    if not m:
        return None
    role_id = rw.PLACE_PARTICIPLES.get(fold(m.group("part")))
    if role_id is None or re.search(r"[.!?]\s+[A-ZÀ-Ý]", m.group("place")):
        return None  # a sentence goes on after the place: a note that opens with where it was recorded
    middle = m.group("middle").strip(" ,")
    if middle and not re.search(r"\d", middle) and fold(middle) not in ("live", "en vivo", "en direct", "dal vivo"):
        return None
    place = studio_name(m.group("place"))
    return LineReading(credits=[Credit(place, role_id)]) if place else None


def _ensemble_line(text: str) -> LineReading | None:
    """'Sinfonietta Nordheim', 'Kammerchor St. Aurel (Einstudierung: Benedikt Aurich)'."""
    m = re.match(r"^(?P<name>[^()]+?)\s*(?:\((?P<inner>[^()]+)\))?$", text)
    if not m:
        return None
    name = m.group("name").strip()
    role_id = ensemble_role(name)
    # 'Orkiestra Kameralna „Passacaglia”': a quoted name after the ensemble's kind
    bare = " ".join(w.strip(QUOTE_CHARS) for w in name.split())
    if role_id is None or not read_place(bare) or not all(w.strip(QUOTE_CHARS)[:1].isupper() or
                                                          fold(w) in ENSEMBLE_SMALL for w in name.split()):
        return None
    credits = [Credit(name, role_id)]
    if m.group("inner"):
        inner = read_credit_line(m.group("inner"))
        if not inner or not inner.credits:
            return None
        credits.extend(inner.credits)
    return LineReading(credits=credits)


# the line readers other modules and the tests import from here (reverse_performer_line lives in performer_lines)
__all__ = ["read_credit_line", "reverse_performer_line"]
