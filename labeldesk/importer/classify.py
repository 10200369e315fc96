"""Line kinds: what each non-blank line of a catalogue text is, and how strongly it marks a release.

Kinds: track, disc, legend, award, credit, header, song, other (a recognised line that says nothing we
keep), heading (a short title-like line), signature, placedate, leadin, prose.
"""

from __future__ import annotations

import re

from labeldesk.importer.awards import read_award_line
from labeldesk.importer.catalog_codes import as_code, looks_like_label, read_identifier_parts
from labeldesk.importer.chrome import is_chrome
from labeldesk.importer.glyphs import half_width_punctuation, has_full_width_punctuation
from labeldesk.importer.credit_lines import read_credit_line
from labeldesk.importer.credit_reading import LineReading
from labeldesk.importer.headings import Heading, is_soundtrack_subtitle, looks_like_heading, parse_heading
from labeldesk.importer.page_sections import NAV_WORDS as _NAV_FIRST
from labeldesk.importer.page_sections import artist_list, nav_bar, read_byline, read_kicker
from labeldesk.importer.lines import Line
from labeldesk.importer.performer_lines import reverse_performer_line
from labeldesk.importer.signatures import read_lead_in, read_place_date, read_signature
from labeldesk.importer.playing_lines import may_be_playing_sentence, read_playing_sentence
from labeldesk.importer.run_on_credits import looks_run_on, read_run_on_credits
from labeldesk.importer.turkish_credits import may_be_turkish_credits, read_turkish_credits
from labeldesk.importer.title_credits import read_writers_line
from labeldesk.importer.tracklist import drop_explicit_mark, read_disc_heading, read_legend, read_track_line, read_unnumbered_track
from labeldesk.importer.folding import fold
from labeldesk.model.identifiers import barcode_digits, barcode_is_valid

# Section headings inside a release: never a release's title.
_SECTION = re.compile(
    r"^(?:track\s*list(?:ing)?|tracks|titles|liste\s+des\s+titres|titres|pistes|lista\s+de\s+(?:temas|canciones|pistas)|"
    r"liste\s+des\s+pistes|canciones|temas|tracce|brani|titel(?:liste)?|faixas|cr[ií]tica|kritik|rezension|handlung|"
    r"resumen|r[ée]sum[ée]|credits|cr[ée]dits|cr[ée]ditos|crediti|personnel|"
    r"musicians|musiciens|m[uú]sicos|musicisti|musiker|line-?up|liner\s+notes|notes|synopsis|sinopsis|trama|"
    r"inhalt|about|about\s+the\s+(?:album|film|music|score)|[àa]\s+propos|biography|biographie|biograf[ií]a|"
    r"bonus\s+tracks?|awards|prix|premios|festivals?|press|presse|review|reviews|critique|tracklist\s*:?|"
    r"companies(?:,?\s+etc\.?)?|barcode\s+and\s+other\s+identifiers|other\s+identifiers|identifiers|"
    r"listado\s+de\s+(?:temas|canciones|pistas)|llista(?:t)?\s+de\s+(?:temes|cançons|pistes)|temes|cr[èe]dits|"
    r"sinopsi|argument|argumento|tracklijst|nummers|bezetting|muzikanten|medewerkers|l[åa]tlista|sp[åa]rlista|"
    r"l[åa]tar|medverkande|sporliste|numre|medvirkende|besetzung|mitwirkende|trackliste|programm|programme|"
    r"programa|werke|works|[œo]uvres|obras|opere|lyrics|paroles|letras|testi|songtexte|teksten|"
    r"description|descripci[oó]n|descrizione|beschreibung|beschrijving|omschrijving|details|d[ée]tails|"
    r"detalles|dettagli|info|informations?|informaci[oó]n|informazioni|specifications|sp[ée]cifications|"
    r"product\s+details|about\s+this\s+(?:album|release|record)|over\s+(?:dit\s+)?album|[üu]ber\s+das\s+album|"
    r"packaging|format|formats?|"
    # performers, programme, description and awards sections in more languages
    r"interpr[eè]tes|int[ée]rpretes|interpreti|interprets|performers|soloists|solistes|solisten|solistas|"
    r"wykonawcy|obsada|tw[óo]rcy|lista\s+utwor[óo]w|utwory|opis|nagrody|o\s+albumie|o\s+p[łl]ycie|"
    r"[úu][čc]inkuj[íi]c[íi]|obsazen[íi]|skladby|seznam\s+skladeb|popis|ocen[ěe]n[íi]|o\s+albu|"
    r"ficha\s+t[ée]cnica|m[úu]sicas|repert[óo]rio|sobre\s+o\s+[áa]lbum|pr[êe]mios|descri[çc][ãa]o|"
    r"medverkande|musiker|priser|utm[äa]rkelser|om\s+albumet|beskrivning|beskrivelse|spor|"
    r"programme|programm|program|tracklista|sp[åa]r|auszeichnungen|preise|"
    # shop pages' product sections, press quotes, line-ups, a classical page's works and technical sheet
    r"produktdetails|produktbeschreibung|produktinformationen|artikeldetails|pressestimmen|pressezitate|"
    r"press\s+quotes|what\s+the\s+press\s+says|formazione|organico|obres|presentaci[óo]|presentaci[óo]n|"
    r"presentazione|fitxa\s+t[èe]cnica|fitxa\s+art[íi]stica|fiche\s+technique|scheda\s+tecnica|"
    r"nota\s+d[e']l?\s*(?:la\s+)?(?:compositora?|compositore|compositrice|autora?|director[a]?)|"
    r"note\s+(?:du|de\s+la)\s+(?:compositeur|compositrice)|(?:a\s+)?note\s+from\s+the\s+(?:composer|artist|band)|"
    r"(?:the\s+)?composer['’]s\s+note|anmerkung\s+de[rs]\s+komponist(?:in)?|"
    # a passage's language named over it ("ENGLISH", "日本語")
    r"english|deutsch|fran[çc]ais|espa[ñn]ol|italiano|portugu[êe]s|nederlands|svenska|dansk|norsk|catal[àa]|"
    r"in\s+english|english\s+version|english\s+text|日本語|"
    # Japanese and Chinese pages: tracklist, credits, comments, product details, profile
    r"収録曲|収録曲目|曲目|曲目リスト|トラックリスト|クレジット|メンバーコメント|コメント|商品情報|商品詳細|作品情報|"
    r"作品紹介|解説|ライナーノーツ|プロフィール|リリース情報|参加ミュージシャン|曲目列表|专辑介绍|"
    # Korean, Greek, Turkish, Finnish, Czech, Polish and Portuguese pages
    r"앨범|앨범\s*소개|수록곡|트랙\s*리스트|크레딧|발매\s*정보|곡\s*정보|"
    r"λίστα\s+κομματιών|κομμάτια|συντελεστές|υπόθεση|διακρίσεις|βραβεία|σημείωμα(?:\s+τ\S+\s+\S+)?|περιγραφή|"
    r"parça\s+listesi|şarkı\s+listesi|künye|albüm\s+hakkında|kappaleet|kappalelista|tekijät|muusikot|"
    r"o\s+nahrávce|o\s+albu|skład|lista\s+utworów|alinhamento|músicos|"
    r"about\s+the\s+music|[àa]\s+propos\s+de\s+la\s+musique|"
    # a distributor's one-sheet: its selling points and ordering details
    r"(?:key\s+)?selling\s+points|marketing(?:\s+points)?|ordering(?:\s+info(?:rmation)?)?|"
    r"satış\s+noktaları|pazarlama|sipariş(?:\s+ve\s+bilgi)?|verkaufsargumente|argumentaire|"
    r"points\s+forts|puntos\s+de\s+venta|punti\s+di\s+forza)\s*:?$",
    re.I)
_MUSIC_WORDS = re.compile(
    r"\b(?:music|musical|score|soundtrack|album|song|songs|composer|composition|composed|track|tracks|record|"
    r"recording|orchestra|melody|theme|themes|musique|bande\s+originale|partition|chanson|compositeur|"
    r"compos[ée]e?|enregistr\w+|orchestre|m[uú]sica|banda\s+sonora|canci[oó]n|compositor|compuest[ao]|disco|"
    r"orquesta|musica|colonna\s+sonora|canzone|compositore|musik|filmmusik|komponist|trilha\s+sonora|"
    r"score|ost|bo)\b")

_TABLE_HEADER = re.compile(r"^(?:(?:no\.?|nr\.?|n[°º]|#|pos\.?|track|titel|title|titre|t[ií]tulo|titolo|dauer|duration|"
                           r"dur[ée]e|duraci[oó]n|durata|dura[çc][ãa]o|time|length|artist|artiste|interpret|komponist|"
                           r"composer|compositeur)\s*[|/\t]?\s*){2,}$", re.I)


def _is_section(text: str) -> bool:
    """'Tracklist', 'Faixas / Tracks', 'Nr. Titel Dauer': a section heading, not a title."""
    if text.count(" ") > 8:
        return False
    if _TABLE_HEADER.match(text):
        return True
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s+[|·]\s+", text) if p.strip()]
    return bool(parts) and all(_SECTION.match(p) for p in parts)


_PRESENTS_ENDINGS = ("sente", "sents", "senta", "sentiert", "senteert", "senterar", "senterer")
_IDENTIFIER_HINT = re.compile(r"\d.*\s[·•|–—-]\s|\s[·•|–—-]\s.*\d")


def _part_fields(part: str) -> dict[str, object] | None:
    """The fields of one part of an identifier line ("Released 2 June 2023", "Vertrieb: X" names none)."""
    reading = read_credit_line(part)
    if reading is None or reading.credits or reading.song:
        return None
    return dict(reading.fields)

ANCHOR_KINDS = frozenset({"track", "disc", "legend", "award", "credit", "header", "song", "signature", "placedate"})


# First words that can open a disc or side heading, a track line, a kicker, a byline, a navigation bar.
_DISC_WORDS = frozenset("cd disc disk disque disco volume vol vol. side face lado lato seite kant sida płyta plyta "
                        "skiva skive plate schijf disko dysk volumen strona strana".split())
_TRACK_WORDS = frozenset("track piste pista traccia titel faixa nummer spår spar face side lado lato seite kant "
                         "sida puoli".split())
_KICKER_WORDS = frozenset("new out now just coming nouveau nouvelle nouveauté nouveaute novedad nuevo nueva novità "
                          "novita nuovo nuova neu neuheit neuerscheinung nieuw nieuwe ny nytt nyt nye novo nova "
                          "lançamento lancamento fresh latest".split())
_BY_WORDS = frozenset("by de di von par por door av af da".split())
_BULLETS = frozenset("•·▪◦*-–—>")


_FORMAT_WORDS = frozenset("cd lp mc dvd sacd hdcd ddd add aad dad stereo mono digipak digipack vinyl".split())
FORMAT_TAIL = re.compile(r"(?:\s+[|/·,+]?\s*(?:\d\s*[x×]\s*|\d)?(?:cd|lp|mc|dvd|sacd|hdcd|ddd|add|aad|dad|stereo|mono|"
                          r"digipak|digipack|vinyl)\b)+$", re.I)
_RIGHTS_LINE = re.compile(r"^(?:(?:phonographic\s+)?copyright\b|[©℗]|\((?:p|c)\)\s)", re.I)
_LEADING_CODE = re.compile(r"^(?P<code>[A-Z]{2,6}[ \-]?\d{2,6}[A-Z]?)\s+(?P<label>[A-ZÀ-Ý][\w&'’.\- ]{2,50})$")


def classify(line: Line, wide: bool = True) -> None:
    """Sets line.kind and line.data. A line with full-width punctuation ("品番：HZR-0042") is read with ASCII
    punctuation, and keeps it unless it reads as prose (a note keeps its own typography). `wide` False says the
    document has no full-width character at all."""
    if wide and has_full_width_punctuation(line.text):
        printed = line.text
        line.text = half_width_punctuation(printed)
        _classify(line)
        if line.kind == "prose":
            line.text = printed
        return
    _classify(line)


def _classify(line: Line) -> None:
    """Cheap looks at the line's first characters and words decide which readers are worth trying."""
    text = line.text
    first = text[0]
    if not first.isalnum() and not any(c.isalnum() for c in text):
        line.kind = "chrome"  # a rule: "————", "* * *", "~~~"
        return
    words = line.words
    if len(text) > 240 or words > 26:
        # longer than any heading, credit, header, award or track line: prose (or a signature-less quote), unless
        # it is a run-on sentence of credit clauses
        run_on = read_run_on_credits(text) if looks_run_on(text) else None
        if not run_on and may_be_playing_sentence(text):
            run_on = read_playing_sentence(text)
        if not run_on and may_be_turkish_credits(text):
            run_on = read_turkish_credits(text)
        if run_on:
            line.kind, line.data = "credit", LineReading(credits=run_on)
            return
        line.kind = "prose"
        return
    first_word = text.split(" ", 1)[0].lower()
    if first in "*†‡¹²³(":
        legend = read_legend(text)
        if legend is not None:
            line.kind, line.data = "legend", legend
            return
        writers = read_writers_line(text) if first == "(" and " / " in text else None
        if writers:
            line.kind, line.data = "credit", LineReading(credits=writers)  # "(X / Y)" under a track
            return
    if first_word in _DISC_WORDS:
        disc = read_disc_heading(text)
        if disc is not None:
            line.kind, line.data = "disc", disc
            return
    if first.isdigit() or first in _BULLETS or (first in "ABCDEFGH" and (text[1:2].isdigit() or text[1:3] == ". ")) or \
            first_word in _TRACK_WORDS or first_word.startswith(("cd", "disc", "disk", "disque", "disco")):
        track = read_track_line(text)
        if track is not None and " · " in text:
            fields = read_identifier_parts(text, _part_fields)
            if fields:
                line.kind, line.data = "header", LineReading(fields=fields)  # "CD · Durata totale 38'18""
                return
        if track is not None:
            if line.cells:
                drop_explicit_mark(track, line.cells)
            line.kind, line.data = "track", track
            return
    if words <= 20:
        if first_word in _KICKER_WORDS or text.rstrip(" .:!…").endswith(_PRESENTS_ENDINGS):
            kicker = read_kicker(text)
            if kicker is not None:
                label, rest = kicker
                if rest:
                    # "Nytt från Fjällräven Skivor: Elin Sundqvist – Vinterljus": the label, then the heading
                    line.kind, line.data = "heading", parse_heading(rest)
                    line.data.label = label
                else:
                    line.kind, line.data = "kicker", label  # "New on X Records": names the label, titles nothing
                return
        if 3 <= words <= 12 and first_word in _NAV_FIRST and nav_bar(text):
            line.kind = "chrome"
            return
        artists = read_byline(text) if first_word in _BY_WORDS else None
        if not artists and (" · " in text or " • " in text):
            artists = artist_list(text)
        if artists:
            # "by Tamsin Elgood", "Hannelore Brix · Nordmarker Philharmoniker · Aurel Domanski": who, not what
            line.kind, line.data = "heading", Heading(artists=artists)
            return
    if first.isdigit() and words <= 4 and re.fullmatch(r"\d[\d \-]{10,17}\d", text):
        digits = barcode_digits(text)
        if len(digits) in (12, 13) and barcode_is_valid(digits):
            # "5 099612 044187" printed under the bars: the barcode, no key needed
            line.kind, line.data = "header", LineReading(fields={"barcode": digits})
            return
    if words <= 8 and first.isupper():
        lead = _LEADING_CODE.match(text)
        if lead and as_code(lead.group("code")) and looks_like_label(lead.group("label")):
            # "ARB 1044   Arbor Viva Classics": the number, then the label that issues it
            line.kind = "header"
            line.data = LineReading(fields={"catalog_number": as_code(lead.group("code")),
                                            "label": lead.group("label").strip()})
            return
    if 2 <= words <= 8 and first.isupper() and text.rsplit(None, 1)[-1].lower() in _FORMAT_WORDS:
        tail = FORMAT_TAIL.search(text)
        code = as_code(text[:tail.start()]) if tail and tail.start() else None
        if code:
            # "TRB 0117-2   CD | DDD | Stereo": the number, then the format and the recording's technical marks
            line.kind, line.data = "header", LineReading(fields={"catalog_number": code})
            return
    if words <= 3 and first.isupper() and as_code(text):
        # "HLR 041" on its own line, over the release it numbers
        line.kind, line.data = "header", LineReading(fields={"catalog_number": as_code(text)})
        return
    if _is_section(text):
        line.kind = "other"
        return
    if is_soundtrack_subtitle(text):
        line.kind, line.data = "heading", parse_heading(text)
        return
    awards = read_award_line(text)
    if awards is not None:
        line.kind, line.data = "award", awards
        return
    reading = read_credit_line(text)
    fields_only = bool(reading) and not reading.credits and not reading.song and bool(reading.fields)
    if (not reading or fields_only) and _IDENTIFIER_HINT.search(text):
        fields = read_identifier_parts(text, _part_fields)
        # "Released 2 February 2024 · EAN 5060998877669": every part's field, not only the first key's
        if fields and (not reading or len(fields) > len(reading.fields)):
            # "Kranich Klassik KK 20417 · EAN 4 262215 204178 · 1 CD": the release's identifiers on one line
            line.kind, line.data = "header", LineReading(fields=fields)
            return
    if not reading and is_chrome(text):
        line.kind = "chrome"
        return
    if reading:
        if reading.ignored and not reading.credits:
            line.kind = "other"
        elif reading.song:
            line.kind = "song"
        elif reading.credits:
            line.kind = "credit"
        else:
            line.kind = "header"
        line.data = reading
        return
    performers = reverse_performer_line(text)
    if not performers and may_be_playing_sentence(text):
        performers = read_playing_sentence(text)
    if performers:
        line.kind, line.data = "credit", LineReading(credits=performers)
        return
    if first in "—–" and "," in text and read_signature(text) is not None:
        line.kind = "prose"  # "— Claire Matthieu, Télérama": a signature when prose stands above it
        return
    track = read_unnumbered_track(text)
    if track is not None:
        line.kind, line.data = "track", track
        return
    lead_in = read_lead_in(text)
    if lead_in is not None:
        line.kind, line.data = "leadin", lead_in
        return
    place_date = read_place_date(text)
    if place_date is not None:
        line.kind, line.data = "placedate", place_date
        return
    if looks_like_heading(text):
        line.kind, line.data = "heading", parse_heading(text)
        return
    if words <= 14 and _RIGHTS_LINE.match(text):
        line.kind = "other"  # "Copyright © – Heronsgate Records Ltd.", "℗ & © 2025 X GmbH": rights, not prose
        return
    if text.endswith(":") and words <= 4 and ":" not in text[:-1]:
        line.kind = "other"  # "Sorairo Bus:", "Guest:" over the names it groups
        return
    line.kind = "prose"


def anchor_weight(line: Line) -> float:
    """How strongly a line says "this is a release": label, catalogue number, barcode 2; composer, director,
    date, length 1; a heading with a soundtrack subtitle or an album cue 2."""
    if line.kind == "header":
        fields = line.data.fields
        if {"label", "catalog_number", "barcode"} & fields.keys():
            return 2
        return 1
    if line.kind == "credit":
        roles = {c.role for c in line.data.credits}
        if roles & {"composer", "film_director"}:
            return 1
        return 0.25
    if line.kind == "heading" and line.data is not None:
        return line.data.strength
    if line.kind == "award":
        return 0.5
    return 0


def is_music_related(text: str) -> bool:
    return bool(_MUSIC_WORDS.search(text.lower()))


def heading_of(line: Line):
    """The parsed heading of a heading line (parsed on first use)."""
    if line.data is None:
        line.data = parse_heading(line.text)
    return line.data


def signature_of(line: Line):
    return read_signature(line.text)


def folded(line: Line) -> str:
    return fold(line.text)
