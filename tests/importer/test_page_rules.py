"""Rules about how catalogue texts are written, one short text or line per rule and language: web-page
sections, kickers, identifier lines, record-database credits, studios, dates stated in sentences, notes."""

from __future__ import annotations

import pytest

from labeldesk.importer.catalog_codes import as_code, code_in_sentence, read_identifier_parts, split_label_and_code
from labeldesk.importer.chrome import is_chrome
from labeldesk.importer.credit_lines import read_credit_line, reverse_performer_line
from labeldesk.importer.dates import release_date_in
from labeldesk.importer.headings import looks_like_heading
from labeldesk.importer.language import detect_language
from labeldesk.importer.page_sections import furniture_heading, read_byline, read_kicker
from labeldesk.importer.signatures import read_lead_in
from labeldesk.importer.tracklist import read_disc_heading, read_track_line

from .helpers import assert_spans_cover, credits, only_release, read


def _reading(line: str):
    reading = read_credit_line(line)
    assert reading is not None, line
    return reading


# --- catalogue numbers and identifier lines -------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("ORR 114", "ORR 114"), ("Ref. DT-2209", "DT-2209"), ("Réf. MOU 45-012", "MOU 45-012"), ("FHR2CD077", "FHR2CD077"),
    ("Cat. No.: 12345", "12345"), ("2CD", None), ("CD 2", None), ("MP3", None), ("Nov 1984", None),
    ("EAN 4 262215 204178", None), ("Catalogue 2023", None),
])
def test_catalogue_number_shapes(text, code):
    assert as_code(text) == code


@pytest.mark.parametrize("value, label, code", [
    ("Orrery Records – ORR 114", "Orrery Records", "ORR 114"),
    ("Discos Tramuntana · Ref. DT-2209", "Discos Tramuntana", "DT-2209"),
    ("Kranich Klassik KK 20417", "Kranich Klassik", "KK 20417"),
    ("Cicala Dischi", "Cicala Dischi", None),
])
def test_label_and_number_on_one_line(value, label, code):
    assert split_label_and_code(value) == (label, code)


@pytest.mark.parametrize("line, field, value", [
    ("Label: Orrery Records – ORR 114", "catalog_number", "ORR 114"),
    ("Sello: Discos Tramuntana · Ref. DT-2209", "label", "Discos Tramuntana"),
    ("Catalogusnummer: DR 031", "catalog_number", "DR 031"),
    ("Verschijnt op: 17 maart 2023", "release_date", "2023-03-17"),
    ("Speelduur: 44:19", "length", 2659),
    ("Katalognummer: FJS 027", "catalog_number", "FJS 027"),
    ("Skivbolag: Fjällräven Skivor", "label", "Fjällräven Skivor"),
    ("Udgivelsesdato: 3. februar 2023", "release_date", "2023-02-03"),
    ("Spilletid: 41:05", "length", 2465),
    ("Segell: Discos del Mar", "label", "Discos del Mar"),
    ("Data de publicació: 4 de juny de 2021", "release_date", "2021-06-04"),
    ("Durada total: 33:40", "length", 2020),
    ("Titolo internazionale: The Firefly Well", "alternate_titles", ["The Firefly Well"]),
    ("Título en castellano: La casa de los sauces", "alternate_titles", ["La casa de los sauces"]),
    ("Titre original : L'Hiver sans neige", "alternate_titles", ["L'Hiver sans neige"]),
    ("Originaltitel: Das stille Haus", "alternate_titles", ["Das stille Haus"]),
])
def test_keyed_fields_in_more_languages(line, field, value):
    assert _reading(line).fields[field] == value


def test_several_keyed_fields_on_one_line():
    fields = _reading("Format: CD     Label: Ombra Records     Cat. No.: OMB 012").fields
    assert fields == {"label": "Ombra Records", "catalog_number": "OMB 012"}
    dotted = _reading("Label: Pylon Records · Cat. No.: PYL 007 · Released 3 March 2023").fields
    assert dotted == {"label": "Pylon Records", "catalog_number": "PYL 007", "release_date": "2023-03-03"}


@pytest.mark.parametrize("line", ["Formaat: LP / CD / digitaal", "Country: Netherlands", "Pressed By – Vinylfabriek",
                                  "Phonographic Copyright (p) – Orrery Records B.V.", "Rights Society: BUMA/STEMRA"])
def test_keys_that_name_nothing_kept(line):
    reading = _reading(line)
    assert reading.ignored and not reading.credits and not reading.fields


def test_identifier_lines_without_keys():
    def no_part(_part):
        return None

    def dated(part):
        return {"release_date": "2023-06-02"} if part.startswith("Released") else None

    assert read_identifier_parts("Kranich Klassik KK 20417 · EAN 4 262215 204178 · 1 CD", no_part) == {
        "label": "Kranich Klassik", "catalog_number": "KK 20417", "barcode": "4262215204178"}
    assert read_identifier_parts("2CD · FHR2CD077 · Released 2 June 2023", dated) == {
        "catalog_number": "FHR2CD077", "release_date": "2023-06-02"}
    assert read_identifier_parts("Mouette Disques — Réf. MOU 45-012", no_part) == {
        "catalog_number": "MOU 45-012", "label": "Mouette Disques"}
    assert read_identifier_parts("Hannelore Brix · Nordmarker Philharmoniker · Aurel Domanski", no_part) is None


def test_numbers_and_dates_stated_in_sentences():
    assert code_in_sentence("Six-panel digipak. Edition of 300, catalogue number CT019.") == "CT019"
    assert release_date_in("Sortie le 24 février 2023 chez Mouette.") == "2023-02-24"
    assert release_date_in("Das Album erscheint am 7. Oktober 2022 auf CD und digital.") == "2022-10-07"
    assert release_date_in("The album is out on 2 June 2023.") == "2023-06-02"
    assert release_date_in("Het album verschijnt op 17 maart 2023.") == "2023-03-17"
    assert release_date_in("Elin släpper sitt tredje album Vinterljus den 10 november 2023.") == "2023-11-10"
    assert release_date_in("He was born on 3 March 1950.") is None
    assert release_date_in("Their first album was released in 1999.") is None  # a bare year: some other event


# --- credit lines -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Bass – Ruud Okkerse", {("Ruud Okkerse", "performer", "bass")}),
    ("Mixed By, Recorded By – Kees Abbenbroek", {("Kees Abbenbroek", "mixing_engineer", None),
                                                 ("Kees Abbenbroek", "recording_engineer", None)}),
    ("Saxophone [Tenor] – Lou Castellane", {("Lou Castellane", "performer", "tenor saxophone")}),
    ("Electric Piano, Synthesizer – Joost Tarrant", {("Joost Tarrant", "performer", "electric piano"),
                                                     ("Joost Tarrant", "performer", "synthesizer")}),
    ("Recorded At – Studio Merlijn", {("Studio Merlijn", "recorded_at", None)}),
    ("Liner Notes – Mathilde Severijns", {("Mathilde Severijns", "liner_notes_author", None)}),
    ("Paroles / Musique / Réalisation : Clémence Aubry", {("Clémence Aubry", "lyricist", None),
                                                          ("Clémence Aubry", "composer", None),
                                                          ("Clémence Aubry", "producer", None)}),
    ("Avec Paul Roux (accordéon) et Léa Fabre (contrebasse)", {("Paul Roux", "performer", "accordion"),
                                                               ("Léa Fabre", "performer", "double bass")}),
    ("Musiche composte e dirette da Teodoro Valsecchi ed eseguite dall’Orchestra da Camera del Lario",
     {("Teodoro Valsecchi", "composer", None), ("Teodoro Valsecchi", "conductor", None),
      ("Orchestra da Camera del Lario", "orchestra", None)}),
    ("Booklet-Text: Fridolin Ansel (deutsch/englisch)", {("Fridolin Ansel", "liner_notes_author", None)}),
    ("Tonmeister: Jonas Wilbrandt", {("Jonas Wilbrandt", "recording_engineer", None)}),
    ("Design: Studio Kwak", {("Studio Kwak", "cover_designer", None)}),
    ("Compilation produced by Ada Quist", {("Ada Quist", "producer", None)}),
    ("Wendelin Strobach (1871–1933)", {("Wendelin Strobach", "composer", None)}),
    ("Lletres i música: Marina Coll", {("Marina Coll", "lyricist", None), ("Marina Coll", "composer", None)}),
    ("Mistura por Rui Sardinha", {("Rui Sardinha", "mixing_engineer", None)}),
    ("Todas as músicas por Banda Calafate.", {("Banda Calafate", "composer", None)}),
    ("Personnel: Moira Daly (piano), Ewan Kerr (double bass)", {("Moira Daly", "performer", "piano"),
                                                                ("Ewan Kerr", "performer", "double bass")}),
])
def test_credit_line_shapes(line, expected):
    assert {(c.name, c.role, c.instrument) for c in _reading(line).credits} == expected


def test_scoped_credits():
    reading = _reading("All compositions by Wendeline Hoogstraten except “Zandpad” by Sieb Kalverda")
    assert {(c.name, c.role, c.scope) for c in reading.credits} == {
        ("Wendeline Hoogstraten", "composer", None), ("Sieb Kalverda", "composer", "Zandpad")}
    work = _reading("Nachtfahrt – Fünf Orchesterlieder nach Gedichten von Ilse Marwede")
    assert [(c.name, c.role, c.scope) for c in work.credits] == [("Ilse Marwede", "lyricist", "Nachtfahrt")]


@pytest.mark.parametrize("line, expected", [
    ("Registrato e mixato da Elio Parravicini presso Studio Le Fornaci, Lecco", "Studio Le Fornaci"),
    ("Recorded by Maarten Greve at Studio Zeedijk, Amsterdam, January 2023", "Studio Zeedijk"),
    ("Grabado en Estudis Cal Pruna (Vic) en marzo de 2022", "Estudis Cal Pruna"),
    ("Aufnahme: 14.–17. März 2022, Stadthalle Brunsleben", "Stadthalle Brunsleben"),
    ("Recorded at Kelp House, Saltcoats by Ewan Drummelsay", "Kelp House"),
    ("Enregistré au Studio Acousti, Paris, en octobre 2022", "Studio Acousti"),
    ("Inspelad av Anna Berg i Offerdals kyrka", "Offerdals kyrka"),
    ("Enregistrat per Laia Vidal als Estudis La Nau (Barcelona)", "Estudis La Nau"),
])
def test_studios_are_named_without_town_or_date(line, expected):
    assert [c.name for c in _reading(line).credits if c.role == "recorded_at"] == [expected]


def test_sentences_of_credits_are_read_one_by_one():
    reading = _reading("Recorded at Kelp House by Ewan Drummelsay. Mixed by Ewan Drummelsay. "
                       "Mastered by Ruth Ansboro at Fathom Mastering. Artwork by Lio Penhallow.")
    assert {(c.name, c.role) for c in reading.credits} == {
        ("Kelp House", "recorded_at"), ("Ewan Drummelsay", "recording_engineer"),
        ("Ewan Drummelsay", "mixing_engineer"), ("Ruth Ansboro", "mastering_engineer"),
        ("Fathom Mastering", "mastered_at"), ("Lio Penhallow", "artwork")}
    assert read_credit_line("Recorded 12–13 May 1984 at Studio Merlijn, Hilversum. Gatefold sleeve with liner "
                            "notes by Mathilde Severijns.") is None


@pytest.mark.parametrize("line, expected", [
    ("Wendeline Hoogstraten – piano, Fender Rhodes", [("piano", None), ("fender rhodes", None)]),
    ("Yara Mensink – alto saxophone (tracks 3, 6)", [("alto saxophone", "tracks 3, 6")]),
    ("Per Holm – kontrabas", [("double bass", None)]),
    ("Jonas Holm – klaver", [("piano", None)]),
])
def test_name_then_instruments(line, expected):
    assert [(c.instrument, c.scope) for c in reverse_performer_line(line)] == expected


# --- tracks -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, position, title, seconds", [
    ("1.\tHarbour Lights\t04:12\tlyrics\tbuy track", "1", "Harbour Lights", 252),
    ("5. Gull Song 03:47 lyrics video buy track", "5", "Gull Song", 227),
    ("Face A : Les parapluies (3:24)", "A", "Les parapluies", 204),
    ("01) Harbour Song [3.45]", "1", "Harbour Song", 225),
    ("02) The Long Quay 4.12", "2", "The Long Quay", 252),
])
def test_more_track_layouts(line, position, title, seconds):
    track = read_track_line(line)
    assert (track.position, track.title, track.duration) == (position, title, seconds)
    assert read_disc_heading(line) is None


# --- page furniture, kickers, bylines, headings ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["tags", "supported by", "Other Versions (3 of 3)", "contact / help", "Digital Album",
                                  "Compact Disc (CD) + Digital Album", "Statistics", "Recommendations",
                                  "supported by 41 fans who also own “Salt Roads”", "Potrebbe interessarti anche",
                                  "Pressekontakt"])
def test_furniture_section_headings(text):
    assert furniture_heading(text)


@pytest.mark.parametrize("text", ["Tracklist", "Credits", "about", "CD 1", "Salt Roads", "Notes"])
def test_release_sections_are_not_furniture(text):
    assert not furniture_heading(text)


@pytest.mark.parametrize("line, label, rest", [
    ("New on Harbour Light Records", "Harbour Light Records", None),
    ("Nieuw op Duinroos Records", "Duinroos Records", None),
    ("Neu bei Kranich Klassik", "Kranich Klassik", None),
    ("Nytt från Fjällräven Skivor: Elin Sundqvist – Vinterljus", "Fjällräven Skivor", "Elin Sundqvist – Vinterljus"),
    ("LES DISQUES DU GRENIER présente", "LES DISQUES DU GRENIER", None),
])
def test_kickers_name_the_label(line, label, rest):
    assert read_kicker(line) == (label, rest)


def test_bylines_and_headings():
    assert read_byline("by Tamsin Elgood") == ["Tamsin Elgood"]
    assert read_byline("by the sea") is None
    assert not looks_like_heading("“Een plaat die ademt. Hoogstraten speelt alsof elke noot eerst even mag nadenken.”")
    assert not looks_like_heading("« Une partition d'une rare délicatesse, qui ne souligne jamais l'émotion. »")
    assert looks_like_heading("“Farewell Gulsary”")
    assert is_chrome("MOUETTE DISQUES — Actualités")
    assert is_chrome("THE WAX ARCHIVE — Reviews & News")


def test_source_lead_ins_name_no_author():
    for line in ("From the booklet:", "Extrait du livret :", "Aus dem Booklet:", "Uit het boekje:"):
        lead_in = read_lead_in(line)
        assert lead_in is not None and lead_in.names == [] and lead_in.roles == [], line


@pytest.mark.parametrize("text, language", [
    ("La casa dels salzes segueix les tres germanes Roca, que tornen al mas familiar després de la mort del pare.",
     "ca"),
    ("Met Laag Water brengt pianiste Wendeline Hoogstraten het tweede album van haar kwartet uit.", "nl"),
    ("Skivan spelades in under tre dagar i Göteborg och är bandets andra album.", "sv"),
    ("Pladen blev indspillet på tre dage i København, og det er bandets andet album.", "da"),
    ("Plata ble spilt inn på tre dager i Oslo, og det er bandets andre album.", "no"),
    ("O disco foi gravado em três dias em Lisboa e é o segundo álbum da banda.", "pt"),
    ("El disco fue grabado en tres días en Madrid y es el segundo álbum del grupo.", "es"),
])
def test_languages_close_to_each_other(text, language):
    assert detect_language(text) == language


# --- whole pages ------------------------------------------------------------------------------------------------

BANDCAMP_PT = """Maré Cheia | Banda Calafate | Selo Farol

Selo Farol
música    loja    sobre

Maré Cheia
by Banda Calafate

Digital Album
Streaming + Download
Includes unlimited streaming via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.
    Buy Digital Album  €6 EUR  or more
    Send as Gift

1.\tAreia\t03:12\tlyrics\tbuy track
2.\tFarol\t04:05\t\tbuy track
3.\tMaré cheia\t05:30\tlyrics\tbuy track

about

Maré Cheia é o segundo disco da Banda Calafate, gravado em três dias numa antiga fábrica de conservas em Peniche.

released 12 de maio de 2023

credits

Gravado por Rui Sardinha no Estúdio da Fábrica. Mistura por Rui Sardinha. Masterização: Ana Pinto.

license
all rights reserved

tags
folk    portugal    Peniche

about
Selo Farol
Lisboa, Portugal
Uma editora pequena para música de mar.

contact / help
Contact Selo Farol
"""


def test_a_shop_page_in_portuguese_is_one_release():
    document = read(BANDCAMP_PT)
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title, release.artists, release.label, release.release_date) == (
        "Maré Cheia", ["Banda Calafate"], "Selo Farol", "2023-05-12")
    assert [t.title for t in release.tracks] == ["Areia", "Farol", "Maré cheia"]
    assert [t.duration for t in release.tracks] == [192, 245, 330]
    assert ("Estúdio da Fábrica", "recorded_at", None) in credits(release)
    assert [(n.kind, n.language) for n in release.notes] == [("description", "pt")]
    assert "editora" not in " ".join(n.text for n in release.notes)  # the label's own blurb is furniture


DISCOGS_STYLE = """Kestrel Hours – Northern Line

Label:\tPylon Records – PYL 007
Format:\tVinyl, LP, Album
Country:\tUK
Released:\tMar 2023

Tracklist
A1\t\tNorthern Line\t\t4:01
A2\t\tPylons\t\t3:30
\t\tCello – Ines Varga
B1\t\tLast Light\t\t5:12

Companies, etc.
Recorded At – Pylon Studio
Phonographic Copyright (p) – Pylon Records Ltd.

Credits
Drums – Ren Takeda
Guitar, Vocals – Ada Kestrel

Notes
Recorded live in one room, no overdubs.

Barcode and Other Identifiers
Barcode: 5 012345 678900

Recommendations
Other Band – Other Record (LP) 2019
"""


def test_a_record_database_page():
    document = read(DISCOGS_STYLE)
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title, release.artists, release.catalog_number, release.barcode, release.release_date) == (
        "Northern Line", ["Kestrel Hours"], "PYL 007", "5012345678900", "2023-03")
    assert release.label == "Pylon Records Ltd."
    assert ("Ada Kestrel", "performer", "vocals") in credits(release)
    assert ("Pylon Studio", "recorded_at", None) in credits(release)
    pylons = release.tracks[1]
    assert [(c.name, c.instrument) for c in pylons.credits] == [("Ines Varga", "cello")]
    assert [n.text for n in release.notes] == ["Recorded live in one room, no overdubs."]


PRESS_RELEASE_DE = """PRESSEMITTEILUNG

SOMMERREGEN
Lotte Hainbach · Kammerorchester Elbe · Ole Brandt

Mit „Sommerregen“ legt Möwe Musik die erste Einspielung der Lieder von Hedwig Sander (1880–1951) vor. Das Album erscheint am 12. Mai 2023.

Hedwig Sander (1880–1951)
1   Regen   3:12
2   Wolken   4:05

Dirigent: Ole Brandt
Aufnahme: 2.–4. Januar 2023, Elbphilharmonie Studio

Möwe Musik MM 0712 · EAN 4 012345 678901 · 1 CD

Pressekontakt
Möwe Musik GmbH · Anna Berg
"""


def test_a_press_release_takes_the_title_above_its_presenting_text():
    document = read(PRESS_RELEASE_DE)
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title, release.catalog_number, release.release_date) == ("Sommerregen", "MM 0712", "2023-05-12")
    assert release.artists == ["Lotte Hainbach", "Kammerorchester Elbe", "Ole Brandt"]
    assert release.label == "Möwe Musik GmbH"
    assert ("Hedwig Sander", "composer", None) in credits(release)
    assert ("Elbphilharmonie Studio", "recorded_at", None) in credits(release)
    assert [n.kind for n in release.notes] == ["description"]


CATALOGUE_PAGE = """Harbour Light Records — Catalogue 2023

HLR 041
Ines Marlow – The Tide Tables
Label: Harbour Light Records
Released: 12 May 2023

1. Low Water 3:12
2. Spring Tide 4:40

HLR 042
The Drift Collective – Soundings
Label: Harbour Light Records
Released: 9 June 2023

1. Fathom 5:02
2. Plumb Line 3:48
"""


def test_releases_with_their_own_markers_are_several():
    document = read(CATALOGUE_PAGE)
    assert_spans_cover(document)
    assert [(r.title, r.artists, r.catalog_number) for r in document.releases] == [
        ("The Tide Tables", ["Ines Marlow"], "HLR 041"), ("Soundings", ["The Drift Collective"], "HLR 042")]


SINGLE_FR = """MOUETTE DISQUES — Actualités

Nouveau single : Clémence Aubry, « Les parapluies »

Clémence Aubry – Les parapluies
Single digital · Mouette Disques — Réf. MOU 45-012
Sortie le 24 février 2023

Face A : Les parapluies (3:24)
Face B : Rue des Martyrs (2:58)

Paroles / Musique / Réalisation : Clémence Aubry
Avec Paul Roux (accordéon) et Léa Fabre (contrebasse)
"""


def test_a_french_single():
    release = only_release(SINGLE_FR)
    assert (release.title, release.kind, release.catalog_number, release.release_date) == (
        "Les parapluies", "single", "MOU 45-012", "2023-02-24")
    assert release.label == "Mouette Disques"
    assert [(t.position, t.title) for t in release.tracks] == [("A", "Les parapluies"), ("B", "Rue des Martyrs")]
    assert not any(c.role == "cast" for c in release.credits)


NEWS_ARTICLE = """Sorlie announce autumn tour

Oslo band Sorlie will tour Scandinavia this autumn, playing twelve dates between Bergen and Copenhagen. The band released their second album, Glass Harbour, on Fjordlys Records in March 2022.

"We want to play the new material before we record it," singer Ragnhild Sorlie told us.

Tour dates
3 October – Bergen, Kulturhuset
5 October – Trondheim, Blæst
"""


def test_a_news_article_is_no_release():
    document = read(NEWS_ARTICLE)
    assert document.releases == []
    assert_spans_cover(document)
