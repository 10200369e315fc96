"""Rules for pages copied from the web and pages in other scripts: HTML entities left in copied text, Japanese
shop pages (full-width punctuation, role words, 品番 / JAN / 発売 lines, names without capitals), what a
performer's line limits them to, studios in brackets after an engineer, instrument-led role keys."""

from __future__ import annotations

import pytest

from labeldesk.importer.cjk import is_cjk_name, parse_cjk_length, release_line_date
from labeldesk.importer.credit_lines import read_credit_line, reverse_performer_line
from labeldesk.importer.glyphs import half_width_punctuation
from labeldesk.importer.language import detect_language
from labeldesk.importer.performer_scope import split_scope

from .helpers import assert_spans_cover, credits, only_release, read


def _credits_of(line: str) -> set[tuple]:
    reading = read_credit_line(half_width_punctuation(line))  # as the line is read in a page
    assert reading is not None, line
    return {(c.name, c.role, c.instrument, c.scope) for c in reading.credits}


def test_html_entities_are_read_as_the_characters_they_stand_for():
    release = only_release("Die Kieselsteine – Brandungsecho\nLabel: Hafenlicht Tonträger\n\n"
                           "1. Nordwest &amp; Nebel 5:12\n2. Ebbe 1:34\n\nMischung: Fenja&nbsp;Lorenzen\n")
    assert [t.title for t in release.tracks] == ["Nordwest & Nebel", "Ebbe"]
    assert ("Fenja Lorenzen", "mixing_engineer", None) in credits(release)


@pytest.mark.parametrize("line, expected", [
    ("作詞：真鍋ひより", {("真鍋ひより", "lyricist", None, None)}),
    ("作曲：森永 拓", {("森永 拓", "composer", None, None)}),
    ("マスタリング：Lisa Brandt（Nordlicht Mastering）",
     {("Lisa Brandt", "mastering_engineer", None, None), ("Nordlicht Mastering", "mastered_at", None, None)}),
    ("録音・ミックス：北条 誠（Studio Umineko）",
     {("北条 誠", "recording_engineer", None, None), ("北条 誠", "mixing_engineer", None, None),
      ("Studio Umineko", "recorded_at", None, None), ("Studio Umineko", "mixed_at", None, None)}),
    ("ストリングス編曲：河合紗英", {("河合紗英", "arranger", None, "strings")}),
    ("String arrangements: Clara Holm", {("Clara Holm", "arranger", None, "strings")}),
    ("Mastering: Carsten Möbius (Wellenform Mastering, Berlin)",
     {("Carsten Möbius", "mastering_engineer", None, None), ("Wellenform Mastering", "mastered_at", None, None)}),
    ("Gast: Timo Wendland – Trompete auf „Nordwest & Nebel“",
     {("Timo Wendland", "performer", "trumpet", "Nordwest & Nebel")}),
    ("Participação especial: Caio Brandão (voz em \"Ventania\")",
     {("Caio Brandão", "performer", "vocals", "Ventania")}),
    ("Backing Vocals – Esther Vail (tracks: A1, B4)",
     {("Esther Vail", "performer", "backing vocals", "tracks: A1, B4")}),
])
def test_credit_lines_of_copied_pages(line, expected):
    assert _credits_of(line) == expected


def test_a_performer_line_states_the_songs_or_sides_it_is_limited_to():
    assert split_scope("Trumpet on M3, M7") == ("Trumpet", "M3, M7")
    assert split_scope("sång (spår 4)") == ("sång", "spår 4")
    assert split_scope("voce (B2)") == ("voce", "B2")
    assert split_scope("violin (2)") == ("violin (2)", None)  # two violins, no track
    (credit,) = reverse_performer_line("安西 透 (Trumpet on M3, M7)")
    assert (credit.name, credit.instrument, credit.scope) == ("安西 透", "trumpet", "M3, M7")


def test_japanese_names_dates_and_lengths():
    assert is_cjk_name("真鍋ひより") and is_cjk_name("森永 拓")
    assert not is_cjk_name("収録曲の一覧です。とても長い文章")
    assert release_line_date("2024年9月18日 (水) 発売") == "2024-09-18"
    assert release_line_date("2024年9月18日に東京で録音") is None
    assert parse_cjk_length("34分47秒") == 2087
    assert detect_language("夜になると、町の上をゆっくり鯨が泳いでいく――そんな絵を思い浮かべながら書きました。") == "ja"


JAPANESE_SHOP_PAGE = """Hoshizuna Records ｜ 星砂レコード
HOME ／ NEWS ／ SHOP ／ CONTACT

Sorairo Bus 2nd Mini Album

夜の鯨 (Yoru no Kujira)

2024年9月18日（水）発売
品番：HZR-0042
JAN：4589123077152
価格：¥3,300（税込）
収録時間：14分47秒

［カートに入れる］　［配信で聴く］

Sorairo Busの2枚目となるミニアルバム『夜の鯨』が完成。海辺の町を舞台にした3曲の物語を描いた意欲作です。

収録曲
01. 夜の鯨 (4:05)
02. 灯台守の歌 (3:47)
03. Blue Hour (6:55)

メンバーコメント
夜になると、町の上をゆっくり鯨が泳いでいく――そんな絵を思い浮かべながら、このアルバムの歌詞を書きました。
真鍋ひより（Vo / Key）

CREDITS
Sorairo Bus:
真鍋ひより（Vocal, Keyboards）
森永 拓（Guitar）
作詞：真鍋ひより
アートワーク：ほしの灯
"""


def test_a_japanese_shop_page():
    document = read(JAPANESE_SHOP_PAGE)
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title, release.artists, release.kind) == ("夜の鯨", ["Sorairo Bus"], "ep")
    assert release.alternate_titles == ["Yoru no Kujira"]
    assert (release.catalog_number, release.barcode, release.release_date, release.stated_duration) == \
        ("HZR-0042", "4589123077152", "2024-09-18", 887)
    assert {("真鍋ひより", "performer", "vocals"), ("森永 拓", "performer", "guitar"), ("真鍋ひより", "lyricist", None),
            ("ほしの灯", "artwork", None)} <= credits(release)
    assert [t.title for t in release.tracks] == ["夜の鯨", "灯台守の歌", "Blue Hour"]
    description, comment = release.notes
    assert (description.kind, description.language) == ("description", "ja")
    assert (comment.kind, comment.authors) == ("liner_note", ["真鍋ひより"])


CLASSICAL_PROGRAMME = """Novetat

TERRA DE GARBÍ
Núria Castellet · Joaquim Rovira i Pla

Laia Ferrer-Bosch, violoncel
Orquestra de Cambra del Cap de Creus
Arnau Vidal-Rius, director

Segell: Marinada Clàssics
Referència: MRN 0117

Obres

Núria Castellet (1968)
Tres cançons de la mar, per a soprano i orquestra de corda, sobre poemes de Clara Masdeu (2022)
1. I. La barca 4'10"
2. II. Comiat 3'55"

Joaquim Rovira i Pla (1887–1954)
Suite rural, per a orquestra de corda (1923)
3. I. Preludi 3'20"
4. II. Dansa final 3'02"

Fitxa tècnica
Enregistrat a l'Auditori Sala Ribera els dies 3, 4 i 5 de juliol de 2023
Enginyer de so: Oriol Castells
Producció executiva: Montse Prat
"""


def test_a_classical_programme_of_works_under_their_composers():
    document = read(CLASSICAL_PROGRAMME)
    assert_spans_cover(document)
    (release,) = document.releases
    assert release.title.casefold() == "terra de garbí"
    assert release.artists == ["Laia Ferrer-Bosch", "Orquestra de Cambra del Cap de Creus", "Arnau Vidal-Rius"]
    assert [t.title for t in release.tracks] == [
        "Tres cançons de la mar: I. La barca", "Tres cançons de la mar: II. Comiat",
        "Suite rural: I. Preludi", "Suite rural: II. Dansa final"]
    scoped = {(c.name, c.role, c.scope) for c in release.credits}
    assert {("Núria Castellet", "composer", "Tres cançons de la mar"), ("Clara Masdeu", "lyricist", "Tres cançons de la mar"),
            ("Joaquim Rovira i Pla", "composer", "Suite rural"), ("Arnau Vidal-Rius", "conductor", None),
            ("Auditori Sala Ribera", "recorded_at", None), ("Oriol Castells", "sound_engineer", None),
            ("Montse Prat", "executive_producer", None)} <= scoped
    assert not any(c.role == "film_director" for c in release.credits)


CATALOGUE_OF_TWO = """EDIZIONI SONORE MARZOCCO
Home · Catalogo · Artisti · Negozio · Contatti

MS-CD 112

LA CASA DEI GELSI
Colonna sonora originale del film

Musiche di Ettore Vannucchi
Registrato da Paolo Girardi presso lo Studio Le Ciminiere, Ravenna
CD · Durata totale 5'54"

Estate 1962. Dopo la morte del padre, le sorelle Adele e Nives tornano nella casa di famiglia.

«Vannucchi scrive per archi come pochi in Italia oggi: una partitura trattenuta, piena d'aria, che non dice mai più di quanto il film mostri.»
— Giulia Mancosu, Cinemusica Oggi

1. Titoli di testa 2'14"
2. I gelsi 3'40"

━━━━━━━━━━━━━━━━━━━━

MS-LP 113

QUARTETTO SCIROCCO — VENTI DEL SUD
LP 180 g / digitale · Data di uscita: 29 novembre 2024

A1 Libeccio 6'12"
B1 Maestrale 7'01"

Formazione
Alba Cerullo, pianoforte
Emanuele Riva, sax soprano e clarinetto basso
Ospite: Chiara Lodetti, voce (B2)

Tutte le composizioni sono di Alba Cerullo.

© 2024 Edizioni Sonore Marzocco – Via dei Serragli 41, 50124 Firenze
"""


def test_a_catalogue_page_numbering_each_release_over_its_heading():
    document = read(CATALOGUE_OF_TWO)
    assert_spans_cover(document)
    film, quartet = document.releases
    assert (film.label, quartet.label) == ("Edizioni Sonore Marzocco", "Edizioni Sonore Marzocco")
    assert (film.catalog_number, film.stated_duration) == ("MS-CD 112", 354)
    assert {("Paolo Girardi", "recording_engineer", None), ("Studio Le Ciminiere", "recorded_at", None)} <= credits(film)
    synopsis, review = film.notes
    assert (synopsis.kind, synopsis.authors) == ("synopsis", [])
    assert (review.kind, review.authors) == ("review", ["Giulia Mancosu"])
    assert (quartet.title.casefold(), quartet.artists, quartet.catalog_number, quartet.release_date) == \
        ("venti del sud", ["Quartetto Scirocco"], "MS-LP 113", "2024-11-29")
    scoped = {(c.name, c.role, c.instrument, c.scope) for c in quartet.credits}
    assert {("Emanuele Riva", "performer", "soprano saxophone", None), ("Emanuele Riva", "performer", "bass clarinet", None),
            ("Chiara Lodetti", "performer", "vocals", "B2"), ("Alba Cerullo", "composer", None, None)} <= scoped


def test_a_record_database_listing_of_a_leader_and_their_band():
    release = only_release("""Marlow Fenn & The Tidewater Band – Low Country Hours

Label:      Heronsgate Records – HGR 2207
Released:   Sep 1978

Tracklist
A1    Lantern Street    3:52
B1    Low Country Hours    6:21

Companies, etc.
Recorded At – Millbrook Sound
Phonographic Copyright ℗ – Heronsgate Records Ltd.
Copyright © – Heronsgate Records Ltd.

Credits
Pedal Steel Guitar – Walt Osgood (tracks: A1, B1)
Written-By – Marlow Fenn

Notes
Recorded at Millbrook Sound, Bristol, in the spring of 1978. Gatefold sleeve with the lyrics.
""")
    assert (release.title, release.artists) == ("Low Country Hours", ["Marlow Fenn & The Tidewater Band"])
    assert ("Walt Osgood", "performer", "pedal steel guitar", "tracks: A1, B1") in \
        {(c.name, c.role, c.instrument, c.scope) for c in release.credits}
    assert ("Marlow Fenn", "songwriter", None) in credits(release)
    assert [n.text for n in release.notes] == [
        "Recorded at Millbrook Sound, Bristol, in the spring of 1978. Gatefold sleeve with the lyrics."]


def test_a_swedish_press_release_with_its_dateline_and_a_traditional_song():
    text = """PRESSMEDDELANDE
För omedelbar publicering – Falun, 2 september 2025

ELIN HALDORSSON KVINTETT – ”KOPPARSJÖN”
Nytt album ute 17 oktober 2025 på Granskog Musik

Katalognummer: GRM 031

LÅTLISTA
1. Kopparsjön 7.42
2. Långt bort i skogen (trad., arr. E. Haldorsson) 5.47
Total speltid: 13.29

MEDVERKANDE
Elin Haldorsson: tenorsaxofon, flöjt
Gäst: Amina Dahir: sång (spår 2)
"""
    document = read(text.encode("cp1252").decode("cp1252"))
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title.casefold(), release.label, release.release_date, release.stated_duration) == \
        ("kopparsjön", "Granskog Musik", "2025-10-17", 809)
    assert [t.title for t in release.tracks] == ["Kopparsjön", "Långt bort i skogen"]
    assert [(c.name, c.role) for c in release.tracks[1].credits] == [("Traditional", "composer"),
                                                                       ("Elin Haldorsson", "arranger")]
    assert ("Amina Dahir", "performer", "vocals", "spår 2") in \
        {(c.name, c.role, c.instrument, c.scope) for c in release.credits}


def test_a_shop_page_keeps_its_availability_and_format_lines_out_of_the_heading():
    release = only_release("""Die Kieselsteine – Brandungsecho
LP (180 g, schwarzes Vinyl) inkl. Downloadcode

29,99 €
Sofort lieferbar – Lieferzeit 1–3 Werktage

Label: Hafenlicht Tonträger
1. Leuchtfeuer 3:48
2. Ebbe 1:34
""")
    assert (release.title, release.artists, release.alternate_titles) == ("Brandungsecho", ["Die Kieselsteine"], [])


def test_a_heading_without_title_takes_the_film_its_notes_and_signatures_name():
    release = only_release("""(Original Motion Picture Soundtrack)

A film by Inés Valcárcel
Music by Thea Brunner
Label Greywater Scores

“When Inés first showed me a rough cut of “Las redes vacías”, there was almost no music in it. I wanted the score to grow out of the sounds of the boat.”

Thea Brunner – composer

«Quería que la música de Thea fuera como la niebla de la ría. Gracias por escuchar el mar con nosotros.»

Inés Valcárcel, directora y guionista de «Las redes vacías»

1. Marea baja – 2:41
2. Canción del faro – 3:26
3. Las redes vacías – 5:14

“Canción del faro” performed by Dolores Ibarz, lyrics by Tomás Echeverri
""")
    assert release.title == "Las redes vacías"
    assert ("Tomás Echeverri", "lyricist", "Canción del faro") in {(c.name, c.role, c.scope) for c in release.credits}
