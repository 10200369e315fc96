"""Rules about how catalogue texts are written in more languages and layouts: Polish, Czech, Portuguese, Swedish
and Norwegian credit words, paged catalogues with running headers and footers, classical cover lines, works over
their movements, festival programmes, shop pages with navigation bars, news-style headings."""

from __future__ import annotations

import pytest

from labeldesk.importer.credit_lines import read_credit_line, reverse_performer_line
from labeldesk.importer.dates import parse_date
from labeldesk.importer.headings import is_soundtrack_subtitle, parse_heading
from labeldesk.importer.language import detect_language
from labeldesk.importer.prose_credits import credits_from_blurb
from labeldesk.model.instruments import instrument_name

from .helpers import assert_spans_cover, credits, only_release, read


def _credits_of(line: str) -> set[tuple]:
    reading = read_credit_line(line)
    assert reading is not None, line
    return {(c.name, c.role, c.instrument) for c in reading.credits}


# --- role words and header keys in more languages ------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Muzyka: Ewa Kalinowska", {("Ewa Kalinowska", "composer", None)}),
    ("Reżyseria: Piotr Zając", {("Piotr Zając", "film_director", None)}),
    ("Scenariusz: Piotr Zając, Maria Lis", {("Piotr Zając", "screenwriter", None), ("Maria Lis", "screenwriter", None)}),
    ("Występują: Anna Bór, Jerzy Kos", {("Anna Bór", "cast", None), ("Jerzy Kos", "cast", None)}),
    ("Realizacja nagrań: Tomasz Wróbel", {("Tomasz Wróbel", "recording_engineer", None)}),
    ("Hudba: Jana Veselá", {("Jana Veselá", "composer", None)}),
    ("Režie: Karel Novák", {("Karel Novák", "film_director", None)}),
    ("Scénář: Karel Novák", {("Karel Novák", "screenwriter", None)}),
    ("Mixagem: Paulo Reis", {("Paulo Reis", "mixing_engineer", None)}),
    ("Mixning: Sara Holm", {("Sara Holm", "mixing_engineer", None)}),
    ("Manus: Ola Berg", {("Ola Berg", "screenwriter", None)}),
    ("Sleeve notes by Ruth Calder", {("Ruth Calder", "liner_notes_author", None)}),
])
def test_credit_words_in_more_languages(line, expected):
    assert _credits_of(line) == expected


@pytest.mark.parametrize("line, fields", [
    ("Nr katalogowy: ABC 204", {"catalog_number": "ABC 204"}),
    ("Data wydania: 12 listopada 2021", {"release_date": "2021-11-12"}),
    ("Datum vydání: 3. října 2020", {"release_date": "2020-10-03"}),
    ("Tytuł angielski: The Salt Field", {"alternate_titles": ["The Salt Field"]}),
    ("Best.-Nr.: QX 3301    EAN: 4012345678901    VÖ: 02.05.2023    CD / LP",
     {"catalog_number": "QX 3301", "barcode": "4012345678901", "release_date": "2023-05-02"}),
    ("Référence : ABC 018 — EAN 3760000000017", {"catalog_number": "ABC 018", "barcode": "3760000000017"}),
])
def test_header_keys_in_more_languages(line, fields):
    reading = read_credit_line(line)
    assert reading is not None and reading.fields == fields


def test_month_names_in_polish_and_czech():
    assert parse_date("3 marca 2022") == "2022-03-03"
    assert parse_date("14. června 2019") == "2019-06-14"


@pytest.mark.parametrize("word, english", [
    ("fortepian", "piano"), ("wiolonczela", "cello"), ("akordeon", "accordion"), ("kontrabas", "double bass"),
    ("violão de sete cordas", "seven-string guitar"), ("kora", "kora"), ("hammered dulcimer", "hammered dulcimer"),
    ("housle", "violin"), ("baryton", "baritone"),
])
def test_instrument_words_to_english(word, english):
    assert instrument_name(word) == english


def test_polish_and_czech_notes_are_told_apart():
    assert detect_language("Pierwsze szkice napisałam jeszcze przed zdjęciami, kiedy muzyka była tylko pomysłem.") \
        == "pl"
    assert detect_language("Hudba vznikla během jednoho léta, když jsem poprvé viděl hotový film.") == "cs"


# --- classical cover lines ----------------------------------------------------------------------------------

def test_a_soloist_written_name_comma_voice():
    assert reverse_performer_line("Lucie Armand, mezzo-soprano") == \
        [type(reverse_performer_line("Lucie Armand, mezzo-soprano")[0])("Lucie Armand", "performer", "mezzo-soprano")]
    assert reverse_performer_line("Armand, Lucie") is None


@pytest.mark.parametrize("line, expected", [
    ("Orchestre de Chambre de Lorient, direction : Paul Vidal",
     {("Orchestre de Chambre de Lorient", "orchestra", None), ("Paul Vidal", "conductor", None)}),
    ("Chœur de chambre Les Voix du Port, chef de chœur : Anne Riou",
     {("Chœur de chambre Les Voix du Port", "choir", None), ("Anne Riou", "chorus_master", None)}),
    ("Kammerchor Nordlicht, Leitung: Eva Brandt",
     {("Kammerchor Nordlicht", "choir", None), ("Eva Brandt", "chorus_master", None)}),
])
def test_an_ensemble_and_whoever_leads_it(line, expected):
    assert _credits_of(line) == expected


def test_engineer_and_studio_in_one_recording_credit():
    assert _credits_of("Aufnahme: Lena Vogt, Studio Hafenblick, Kiel") == \
        {("Lena Vogt", "recording_engineer", None), ("Studio Hafenblick", "recorded_at", None)}
    assert _credits_of("Gravado no estúdio Casa Verde (Recife) por João Lima") == \
        {("João Lima", "recording_engineer", None), ("Casa Verde", "recorded_at", None)}


def test_the_author_of_the_book_in_a_blurb():
    found = credits_from_blurb("Die Musik zum Hörspiel nach dem Roman von Greta Lindholm. Ein Winter am Meer.")
    assert [(c.name, c.role) for c in found] == [("Greta Lindholm", "original_author")]


# --- headings --------------------------------------------------------------------------------------------------

def test_soundtrack_subtitles_in_more_languages():
    for text in ("Muzyka z filmu", "Hudba z filmu Ostrov", "Musik från filmen", "Musikk fra filmen",
                 "Original-Hörspielmusik"):
        assert is_soundtrack_subtitle(text), text


def test_news_verbs_between_the_artist_and_the_quoted_title():
    heading = parse_heading("MARA LINDEN ANNOUNCES NEW ALBUM “COLD HARBOUR”")
    assert (heading.title, heading.artists, heading.kind) == ("COLD HARBOUR", ["MARA LINDEN"], "album")


def test_a_catalogue_number_printed_beside_artist_and_title():
    heading = parse_heading("QRT007 — Ines Falk — Low Season")
    assert heading.catalog_number == "QRT007"
    assert (heading.artist_candidate, heading.title_after_artist) == ("Ines Falk", "Low Season")


def test_various_artists_alone_names_who():
    heading = parse_heading("Różni wykonawcy")
    assert heading.title is None and heading.artists == ["Różni wykonawcy"] and heading.kind == "compilation"


# --- whole pages -----------------------------------------------------------------------------------------------

PAGED_CATALOGUE = """MEERKLANG · Frühjahr 2024

Tilda Sand
Wellenbrecher
Best.-Nr.: MK 1101    EAN: 4012345678901    VÖ: 15.03.2024    CD

Das zweite Album der Hamburger Pianistin: acht Stücke über das Wattenmeer.

01. Ebbe 4:10
02. Priel 3:55

Meerklang Tonträger GmbH · Deichstraße 4 · Hamburg
Seite 1 von 3

MEERKLANG · Frühjahr 2024

03. Flut 5:01
04. Sturmflut 6:20

Aufnahme: Studio Deichblick, Husum

Meerklang Tonträger GmbH · Deichstraße 4 · Hamburg
Seite 2 von 3

MEERKLANG · Frühjahr 2024

Oskar Brink
Nachtzug nach Norden
Best.-Nr.: MK 1102    EAN: 4012345678918    VÖ: 12.04.2024    LP

01. Abfahrt 3:12
02. Grenze 4:40

Meerklang Tonträger GmbH · Deichstraße 4 · Hamburg
Seite 3 von 3
"""


def test_a_paged_catalogue_runs_a_tracklist_across_the_page_break():
    document = read(PAGED_CATALOGUE)
    assert_spans_cover(document)
    first, second = document.releases
    assert (first.title, first.artists, first.catalog_number, first.label) == \
        ("Wellenbrecher", ["Tilda Sand"], "MK 1101", "Meerklang Tonträger GmbH")
    assert [t.title for t in first.tracks] == ["Ebbe", "Priel", "Flut", "Sturmflut"]
    assert ("Studio Deichblick", "recorded_at", None) in credits(first)
    assert (second.title, second.artists, second.release_date) == ("Nachtzug nach Norden", ["Oskar Brink"],
                                                                    "2024-04-12")


CLASSICAL_PAGE = """Éditions Marée — Nouveautés

PAUL VIDAL (1850-1911)
MESSE DE LA MER

Orchestre de Chambre de Lorient · Anne Riou

Parution : 3 mars 2023
Référence : EM 021 — EAN 3760000000017

Interprètes
Lucie Armand, mezzo-soprano
Orchestre de Chambre de Lorient, direction : Anne Riou

Messe de la mer, op. 12
1. I. Kyrie — 5'10
2. II. Gloria — 6'02
"""


def test_a_classical_release_page():
    release = only_release(CLASSICAL_PAGE)
    assert (release.title, release.label, release.catalog_number, release.barcode) == \
        ("Messe de la mer", "Éditions Marée", "EM 021", "3760000000017")
    assert [t.title for t in release.tracks] == ["Messe de la mer, op. 12: I. Kyrie", "Messe de la mer, op. 12: II. Gloria"]
    assert {("Lucie Armand", "performer", "mezzo-soprano"), ("Anne Riou", "conductor", None),
            ("Orchestre de Chambre de Lorient", "orchestra", None)} <= credits(release)


FESTIVAL = """HARBOUR MUSIC WEEK 2024

1. Friday 4 October, 19:30 — St Mary's Church
Opening concert
Eastgate Chamber Orchestra, conducted by Paul Vidal
Lucie Armand, mezzo-soprano
Tickets £18

2. Saturday 5 October, 20:00 — The Granary
Music from Low Season and new pieces
Ines Falk, piano
Free entry
"""


def test_a_festival_programme_is_no_release():
    document = read(FESTIVAL)
    assert not document.releases
    assert_spans_cover(document)


SHOP_EP = """DRIFTLINE RECORDS
Releases   Artists   Shop   Newsletter

DRL021 — Ines Falk — Low Season

Format: 12" EP / Digital
Catalogue: DRL021

A1. Ines Falk - Low Season 6:01
A2. Ines Falk - Shoreline 5:30
B1. Ines Falk - Low Season (Kofi Marr Remix) 6:45
B2. Ines Falk & Ro Vale - Fog Bank 5:10

Mastered by Ada Stone at Pier Mastering

More from Driftline
DRL020 — Ro Vale — Tidewater
DRL019 — Various — Driftline Five
"""


def test_an_ep_page_with_the_artist_before_every_track():
    release = only_release(SHOP_EP)
    assert (release.title, release.artists, release.kind, release.catalog_number) == \
        ("Low Season", ["Ines Falk"], "ep", "DRL021")
    assert [t.title for t in release.tracks] == ["Low Season", "Shoreline", "Low Season (Kofi Marr Remix)", "Fog Bank"]
    assert release.tracks[3].artists == ["Ines Falk", "Ro Vale"]
    assert [(c.name, c.role) for c in release.tracks[2].credits] == [("Kofi Marr", "remixer")]


SHOP_PT = """Selo Maré
Início · Artistas · Lançamentos · Loja · Contato

Lançamentos

Joana Prado — Varanda

Lançamento: 02/06/2022
Selo: Selo Maré
Código: SM-014

1. Varanda 3:20
2. Chuva Fina 4:02
"""


def test_a_heading_repeating_a_navigation_item_is_the_site_section():
    release = only_release(SHOP_PT)
    assert (release.title, release.artists, release.catalog_number) == ("Varanda", ["Joana Prado"], "SM-014")


@pytest.mark.parametrize("line, fields", [
    ("Out 12 April 2024 on Harbourlight Records (HLR 033)",
     {"label": "Harbourlight Records", "release_date": "2024-04-12", "catalog_number": "HLR 033"}),
    ("Sortie le 7 octobre 2022 chez Vermeil (VRM 061)",
     {"label": "Vermeil", "release_date": "2022-10-07", "catalog_number": "VRM 061"}),
    ("Erscheint am 14. Oktober 2022 bei Nordton", {"label": "Nordton", "release_date": "2022-10-14"}),
])
def test_a_release_statement_names_date_label_and_number(line, fields):
    reading = read_credit_line(line)
    assert reading is not None and reading.fields == fields


def test_disc_headings_in_more_languages():
    from labeldesk.importer.tracklist import read_disc_heading

    assert [read_disc_heading(t) for t in ("Płyta 2", "Skiva 1", "Disco 2", "Strona B")] == [2, 1, 2, 1]


NORWEGIAN_PRESS = """PRESSEMELDING

Kari Aas slipper nytt album «Fjordlys» 17. mai 2024

Oslo, 2. april 2024 – Den norske sangeren og låtskriveren Kari Aas er tilbake med sitt andre album, «Fjordlys», som kommer ut på Nordlys Plater 17. mai.

Sporliste:
1. Fjordlys 3:44
2. Nattferge 4:10

Produsent: Are Holm
Katalognummer: NP 112
"""


def test_a_norwegian_press_release():
    release = only_release(NORWEGIAN_PRESS)
    assert (release.title, release.artists, release.kind, release.catalog_number) == \
        ("Fjordlys", ["Kari Aas"], "album", "NP 112")
    assert release.notes[0].language == "no"


def test_song_writers_after_a_track_title():
    release = only_release("""Joana Prado — Varanda

Lançamento: 02/06/2022
Selo: Selo Maré
Código: SM-014

1. Varanda 3:20
2. Beira-Mar (Joana Prado / Caio Lins) 4:02
""")
    track = release.tracks[1]
    assert track.title == "Beira-Mar"
    assert [(c.name, c.role) for c in track.credits] == [("Joana Prado", "songwriter"), ("Caio Lins", "songwriter")]
