"""Line readers: tracklists, credit and header lines, headings, signatures, awards, page furniture."""

from __future__ import annotations

import pytest

from labeldesk.importer.awards import read_award_line
from labeldesk.importer.chrome import is_chrome
from labeldesk.importer.credit_lines import read_credit_line
from labeldesk.importer.dates import parse_date
from labeldesk.importer.headings import parse_heading
from labeldesk.importer.language import detect_language
from labeldesk.importer.signatures import read_lead_in, read_place_date, read_signature
from labeldesk.importer.tracklist import (
    read_disc_heading,
    read_legend,
    read_track_line,
    read_unnumbered_track,
    split_track_artists,
)
from labeldesk.model.instruments import instrument_name


@pytest.mark.parametrize("line, position, title, seconds", [
    ("1. Morning Tide 2:03", "1", "Morning Tide", 123),
    ("  • 07 – Paper Birds – 03:07", "7", "Paper Birds", 187),
    ("04 Vieux Port – 04:00", "4", "Vieux Port", 240),
    ("B2 Salt & Cedar (5:21)", "B2", "Salt & Cedar", 321),
    ("3) Nocturne 2'45", "3", "Nocturne", 165),
    ("12. Suite for Strings [1:02:03]", "12", "Suite for Strings", 3723),
    ("Track 5: Ferryman 4:05", "5", "Ferryman", 245),
    ("2. Cold Coffee", "2", "Cold Coffee", None),
])
def test_track_layouts(line, position, title, seconds):
    track = read_track_line(line)
    assert (track.position, track.title, track.duration) == (position, title, seconds)


@pytest.mark.parametrize("line", [
    "12 février 2020, la série est sortie.",
    "2019 was a good year for vinyl",
    "1. Les livreurs, qui ne sont pas payés, travaillent la nuit, le jour, toujours.",
    "1.5 million streams",
])
def test_sentences_are_not_tracks(line):
    assert read_track_line(line) is None


def test_stray_character_between_number_and_title_is_kept_apart():
    track = read_track_line("• 11 0 Autumn Lullaby")
    assert (track.position, track.title, track.stray) == ("11", "Autumn Lullaby", "0")


def test_footnote_marker_and_featured_artist_leave_the_title():
    track = read_track_line("3. The Herd’s Lament (Koshok)* 2:38")
    assert track.title == "The Herd’s Lament (Koshok)" and track.marker == "*"
    feat = read_track_line("5. Blue Hour (feat. Ada Quist) 3:10")
    assert feat.title == "Blue Hour" and feat.artists == ["Ada Quist"]


@pytest.mark.parametrize("line, title, seconds", [
    ("Mattina a Procida ........ 2'58", "Mattina a Procida", 178),
    ("• The Salt Road — 4:05", "The Salt Road", 245),
    ("• Rua das Gaivotas", "Rua das Gaivotas", None),
])
def test_tracks_without_numbers(line, title, seconds):
    track = read_unnumbered_track(line)
    assert (track.title, track.duration) == (title, seconds)


@pytest.mark.parametrize("line, disc", [("CD 2", 2), ("Disc 1: Day", 1), ("Disque 3", 3), ("Side B", 1),
                                        ("Face C", 2), ("Seite D", 2)])
def test_disc_and_side_headings(line, disc):
    assert read_disc_heading(line) == disc


def test_legends():
    traditional = read_legend("        * traditional")
    assert [(c.name, c.role) for c in traditional.credits] == [("Traditional", "composer")]
    vocals = read_legend("† with vocals by Mira Hale")
    assert [(c.name, c.role, c.instrument) for c in vocals.credits] == [("Mira Hale", "performer", "vocals")]
    words = read_legend("* paroles : Ysé Marin ; musique : Paul Roche")
    assert {(c.name, c.role) for c in words.credits} == {("Ysé Marin", "lyricist"), ("Paul Roche", "composer")}


def test_compilation_tracks_find_the_artist_side():
    artist_first = split_track_artists(["Kestrel Moon – Sodium", "Ada Quist – Night Porter", "Kestrel Moon – Rain"])
    assert artist_first[0] == ("Sodium", "Kestrel Moon")
    title_first = split_track_artists(["Blue Hour – Ada Quist", "Salt – Ben Ray", "Tide – Ada Quist"])
    assert title_first[2] == ("Tide", "Ada Quist")


def _credits(line: str, scope: str | None = None) -> set[tuple]:
    reading = read_credit_line(line, scope)
    assert reading, line
    return {(c.name, c.role, c.instrument, c.scope) for c in reading.credits}


@pytest.mark.parametrize("line, expected", [
    ("duduk, temir komuz: Sandro Vell", {("Sandro Vell", "performer", "duduk", None),
                                         ("Sandro Vell", "performer", "temir komuz", None)}),
    ("guitar recorded by Ivo Sand", {("Ivo Sand", "recording_engineer", None, "guitar")}),
    ("music mixed by Jens Moor at Lantern Studio", {("Jens Moor", "mixing_engineer", None, None),
                                                    ("Lantern Studio", "mixed_at", None, None)}),
    ("Orquestaciones: Pablo Ruiz", {("Pablo Ruiz", "orchestrator", None, None)}),
    ("Ingeniero de sonido: Rafa Soto", {("Rafa Soto", "sound_engineer", None, None)}),
    ("Banda sonora mezclada y editada por Ana Gil", {("Ana Gil", "mixing_engineer", None, None),
                                                     ("Ana Gil", "editor", None, None)}),
    ("Diseño de portada: Pedro Sanz", {("Pedro Sanz", "cover_designer", None, None)}),
    ("Fotos de la grabación: Luz Mora", {("Luz Mora", "photographer", None, None)}),
    ("Violoncelle : Anne Royer", {("Anne Royer", "performer", "cello", None)}),
    ("Kontrabass: Peter Lenz", {("Peter Lenz", "performer", "double bass", None)}),
    ("Voz: Inés Calvo", {("Inés Calvo", "performer", "vocals", None)}),
    ("Gesang und Gitarre: Ria Lind", {("Ria Lind", "performer", "vocals", None),
                                      ("Ria Lind", "performer", "guitar", None)}),
    ("Mischung: Tobias Kern", {("Tobias Kern", "mixing_engineer", None, None)}),
    ("Registrato presso lo Studio Ferri", {("Studio Ferri", "recorded_at", None, None)}),
    ("Musiche di Lorenzo Vale", {("Lorenzo Vale", "composer", None, None)}),
    ("Regia di Elena Berti", {("Elena Berti", "film_director", None, None)}),
    ("Un film de Claire Aubry", {("Claire Aubry", "film_director", None, None)}),
    ("Avec Hélène Roux et Marc Olin", {("Hélène Roux", "cast", None, None), ("Marc Olin", "cast", None, None)}),
    ("Director Ana Reyes & Omar Luz", {("Ana Reyes", "film_director", None, None),
                                       ("Omar Luz", "film_director", None, None)}),
    ("Original Soundtrack Composed by Gabriel Arno", {("Gabriel Arno", "composer", None, None)}),
    ("Performed by the “Banda Municipal de Vigo” orchestra, conducted by Luis Paz and Ana Gil in Vigo (Spain)",
     {("Banda Municipal de Vigo", "orchestra", None, None), ("Luis Paz", "conductor", None, None),
      ("Ana Gil", "conductor", None, None)}),
    ("Orchestre de chambre de Lille dirigé par Sophie Marc", {("Orchestre de chambre de Lille", "orchestra", None, None),
                                                             ("Sophie Marc", "conductor", None, None)}),
    ("Kammerchor Nord (Einstudierung: Jan Rieck)", {("Kammerchor Nord", "choir", None, None),
                                                    ("Jan Rieck", "chorus_master", None, None)}),
    ("Written and produced by Lena Ortiz", {("Lena Ortiz", "songwriter", None, None),
                                            ("Lena Ortiz", "producer", None, None)}),
    ("Recorded, mixed and mastered by Bo Ray", {("Bo Ray", "recording_engineer", None, None),
                                                ("Bo Ray", "mixing_engineer", None, None),
                                                ("Bo Ray", "mastering_engineer", None, None)}),
    ("with special guest Lila Moss (vocals, ukulele)", {("Lila Moss", "performer", "vocals", None),
                                                        ("Lila Moss", "performer", "ukulele", None)}),
    ("Piano préparé : Tom Vidal", {("Tom Vidal", "performer", "prepared piano", None)}),
])
def test_credit_lines(line, expected):
    assert _credits(line) == expected


def test_song_lines_scope_the_credits_that_follow():
    song = read_credit_line("Canción «Luna de agosto»")
    assert song.song == "Luna de agosto"
    assert _credits("Interpretada por Mar Vidal", song.song) == {("Mar Vidal", "performer", None, "Luna de agosto")}
    assert _credits("Voz en «Luna de agosto»: Mar Vidal") == {("Mar Vidal", "performer", "vocals", "Luna de agosto")}


@pytest.mark.parametrize("line, field, value", [
    ("Label Northwind Records Ltd", "label", "Northwind Records Ltd"),
    ("Sello: Discos Alba", "label", "Discos Alba"),
    ("Cat. No.: NWR-0142", "catalog_number", "NWR-0142"),
    ("Réf. : SIL 2107", "catalog_number", "SIL 2107"),
    ("Catalogue number NWR 0142", "catalog_number", "NWR 0142"),
    ("EAN: 5 060182 736451", "barcode", "5060182736451"),
    ("UPC: 8 40129 34857 3", "barcode", "840129348573"),
    ("Released 14 May 2021", "release_date", "2021-05-14"),
    ("Sortie : 14 mai 2021", "release_date", "2021-05-14"),
    ("Fecha de lanzamiento: 3 de septiembre de 2021", "release_date", "2021-09-03"),
    ("Erscheinungsdatum: 03.06.2021", "release_date", "2021-06-03"),
    ("Data di uscita: maggio 2020", "release_date", "2020-05"),
    ("Length: 26:11", "length", 1571),
    ("Durée totale : 1:02:03", "length", 3723),
])
def test_header_lines(line, field, value):
    assert read_credit_line(line).fields[field] == value


@pytest.mark.parametrize("line", ["Thanks: everyone at the studio", "Format: 2CD / digital", "A game by Pine Games",
                                  "Tags: soul, jazz"])
def test_lines_that_name_no_credit(line):
    reading = read_credit_line(line)
    assert reading and reading.ignored and not reading.credits


@pytest.mark.parametrize("line", ["Un triomphe est réalisé par Jean Roc avec Paul Mar et Léa Ben.",
                                  "Sortie intégrale sur la plateforme le 12/02 puis ailleurs",
                                  "With both video and audio included, the market rose."])
def test_prose_is_not_a_credit_line(line):
    reading = read_credit_line(line)
    assert not reading or not reading.credits


@pytest.mark.parametrize("text, year", [("2021", "2021"), ("May 2021", "2021-05"), ("May 14, 2021", "2021-05-14"),
                                        ("14/05/2021", "2021-05-14"), ("05/14/2021", "2021-05-14"),
                                        ("8 de julho de 2022", "2022-07-08"), ("14. Oktober 2022", "2022-10-14")])
def test_dates(text, year):
    assert parse_date(text) == year


def test_instrument_names_in_english():
    assert [instrument_name(w) for w in ("Violoncelle", "violonchelo", "Cello", "contrebasse", "Kontrabass",
                                         "voix", "Gesang", "Solo cello", "guitare électrique", "kamancheh")] == [
        "cello", "cello", "cello", "double bass", "double bass", "vocals", "vocals", "cello", "electric guitar",
        "kamancheh"]


@pytest.mark.parametrize("line, title, subtitle, alternates, artists, kind", [
    ("(Original Motion Picture Soundtrack)", None, "Original Motion Picture Soundtrack", [], [], "soundtrack"),
    ("RIVER OF GLASS (Original Motion Picture Soundtrack)", "RIVER OF GLASS", "Original Motion Picture Soundtrack",
     [], [], "soundtrack"),
    ("LE GRAND SOIR / THE BIG NIGHT (Bande Originale du Film)", "LE GRAND SOIR", "Bande Originale du Film",
     ["THE BIG NIGHT"], [], "soundtrack"),
    ("NORA VALE – Album “Quiet Engines”", "Quiet Engines", None, [], ["NORA VALE"], "album"),
    ("New single – \"Paper Kites\" by June Hollis", "Paper Kites", None, [], ["June Hollis"], "single"),
    ("Various Artists – Night Drive Vol. 3", "Night Drive Vol. 3", None, [], ["Various Artists"], "compilation"),
    ("Winterreise – Original Score", "Winterreise", "Original Score", [], [], "soundtrack"),
    ("Los días (Banda Sonora Original)", "Los días", "Banda Sonora Original", [], [], "soundtrack"),
])
def test_headings(line, title, subtitle, alternates, artists, kind):
    heading = parse_heading(line)
    assert (heading.title, heading.subtitle, heading.alternate_titles, heading.artists, heading.kind) == (
        title, subtitle, alternates, artists, kind)


def test_heading_with_credits_run_into_it():
    heading = parse_heading("THE NIGHT GARDEN (Il giardino) avec Anna Lotti, musique de Paul Vey")
    assert heading.title == "THE NIGHT GARDEN" and heading.alternate_titles == ["Il giardino"]
    assert {(c.name, c.role) for c in heading.credits} == {("Anna Lotti", "cast"), ("Paul Vey", "composer")}


@pytest.mark.parametrize("line, names, roles, place_date", [
    ("Nora Vale – Composer", ["Nora Vale"], ["composer"], None),
    ("(Ines Ortega, director and screenwriter of “Sal”)", ["Ines Ortega"], ["film_director", "screenwriter"], None),
    ("— Gordon Pike, Jazz Monthly", ["Gordon Pike"], [], None),
    ("Ana Rey and Omar Gil", ["Ana Rey", "Omar Gil"], [], None),
    ("Paul Morel, Regisseur", ["Paul Morel"], ["film_director"], None),
    ("Lucia Neri, Roma, marzo 2021", ["Lucia Neri"], [], "Roma, marzo 2021"),
])
def test_signatures(line, names, roles, place_date):
    signature = read_signature(line)
    assert (signature.names, signature.roles, signature.place_date) == (names, roles, place_date)


@pytest.mark.parametrize("line", ["Montrer les invisibles", "Dear Internet, les journaux en ligne",
                                  "Original Motion Picture Soundtrack", "Fespaco Festival Awards"])
def test_not_signatures(line):
    assert read_signature(line) is None


def test_lead_ins_and_place_dates():
    lead_in = read_lead_in("Texte de Paul Morel sur le film :")
    assert lead_in.names == ["Paul Morel"]
    assert read_lead_in("Le mot du réalisateur :").roles == ["film_director"]
    assert read_place_date("Paris, Octobre 2020") == "Paris, Octobre 2020"
    assert read_place_date("Sevilla, noviembre de 2018") == "Sevilla, noviembre de 2018"
    assert read_place_date("Guled and Nasra, a couple") is None


def test_awards_one_per_entry():
    assert read_award_line("Prix du public, festival de Lyon 2020 Prix Jeune Cinéma") == [
        "Prix du public, festival de Lyon 2020", "Prix Jeune Cinéma"]
    assert read_award_line("Official Selection – Berlinale 2021 · Best Score, Ghent 2021") == [
        "Official Selection – Berlinale 2021", "Best Score, Ghent 2021"]
    assert read_award_line("The festival was great this year and everyone came.") is None


@pytest.mark.parametrize("line, chrome", [
    ("Home | Shop | Artists | About | Contact", True), ("Boutique › Bandes originales › Le Phare", True),
    ("Add to cart – $24.99", True), ("Share on Facebook · Tweet · Pin it", True), ("PT | EN", True),
    ("LP / Digital", True), ("Kundenbewertungen (3) ★★★★★", True), ("NEW RELEASE", True),
    ("Last Bus Home", False), ("Nora Vale · Jon Weide – Die Nacht", False), ("Music by Ana Gil", False),
])
def test_page_furniture(line, chrome):
    assert is_chrome(line) is chrome


@pytest.mark.parametrize("text, language", [
    ("I wrote the music for this film over a long winter, and the orchestra recorded it in two days.", "en"),
    ("J'ai écrit cette musique pendant l'hiver, et l'orchestre l'a enregistrée en deux jours.", "fr"),
    ("Escribí la música durante el invierno y la orquesta la grabó en dos días con mucho cariño.", "es"),
    ("Ho scritto la musica durante l'inverno e l'orchestra l'ha registrata in due giorni.", "it"),
    ("Ich habe die Musik im Winter geschrieben, und das Orchester hat sie in zwei Tagen aufgenommen.", "de"),
    ("Escrevi a música durante o inverno e a orquestra gravou-a em dois dias, com muito carinho.", "pt"),
])
def test_language(text, language):
    assert detect_language(text) == language
