"""Whole mini-documents in several layouts and languages: releases, skipped passages, fields, notes, warnings."""

from __future__ import annotations

from .helpers import assert_spans_cover, credits, only_release, read

SOUNDTRACK_EN = """\
(Original Motion Picture Soundtrack)


(Original Motion Picture Soundtrack)

Director Mara Quist & Ole Brandt

Music by Ivo Renner and Lena Sato

Label Tidewater Music Ltd

For us, as composers, “Salt Flats” was a chance to write for wind and dust. We are grateful to the \
directors Mara Quist and Ole Brandt for the freedom they gave us.

Ivo Renner and Lena Sato


Working with Ivo and Lena was a joy; they understood at once what we wanted the film to feel like.

Marra Quist and Ole Brandt

  1. Dust 2:03
  2. The Flats 1:46
  3. Herders’ Song* 2:38
  4. Night Wind 1:09

       * traditional

duduk, kaval: Nil Aran
soprano: Ysolde
guitar recorded by Teo Brandt
music mixed by Jonas Weil at Harbour Room Studio

Length: 7:40
"""


def test_untitled_soundtrack_with_signed_notes_and_credits():
    release = only_release(SOUNDTRACK_EN)
    assert release.title == "Salt Flats"
    assert any("inferred" in w for w in release.warnings)
    assert release.subtitle == "Original Motion Picture Soundtrack"
    assert release.kind == "soundtrack"
    assert release.artists == ["Ivo Renner", "Lena Sato"]
    assert release.label == "Tidewater Music Ltd"
    assert {("Mara Quist", "film_director", None), ("Ivo Renner", "composer", None),
            ("Nil Aran", "performer", "duduk"), ("Nil Aran", "performer", "kaval"),
            ("Ysolde", "performer", "soprano"), ("Teo Brandt", "recording_engineer", None),
            ("Jonas Weil", "mixing_engineer", None), ("Harbour Room Studio", "mixed_at", None)} <= credits(release)
    assert [(t.position, t.title, t.duration) for t in release.tracks][2] == ("3", "Herders’ Song", 158)
    assert [(c.name, c.role) for c in release.tracks[2].credits] == [("Traditional", "composer")]
    assert release.stated_duration == 460
    assert any("stated length" in w for w in release.warnings)  # 7:40 against 7:36
    notes = release.notes
    assert [n.authors for n in notes] == [["Ivo Renner", "Lena Sato"], ["Marra Quist", "Ole Brandt"]]
    assert all(n.kind == "liner_note" and n.language == "en" for n in notes)
    assert any("spelled two ways" in w for w in release.warnings)


FRENCH_PAGE = """\
Accueil | Boutique | Nouveautés | Artistes | Contact

LES JOURS BLANCS / WHITE DAYS (Bande Originale du Film)

Un film de Claire Aubry
Musique composée par Paul Vey
Label : Éditions Brume
Réf. : EB 014
EAN : 3770014982031
Sortie : 12 mars 2021

Éditions Brume présente la bande originale des Jours blancs, réalisé par Claire Aubry avec Anna Lotti, \
Marc Olin et Léa Ben.
Sélection officielle, Festival de Locarno 2021 Prix du jury, Festival de Namur 2021

Note du compositeur

Quand Claire m'a montré les premières images des Jours blancs, j'ai tout de suite entendu le piano seul, \
et j'ai écrit le thème en une nuit.

— Paul Vey
Lyon, janvier 2021

• 01 – L'Atelier – 02:41
• 02 – Neige – 03:05

violoncelle : Anne Royer
Enregistré au Studio des Tanneurs

© 2021 Éditions Brume – Tous droits réservés
"""


def test_french_shop_page():
    document = read(FRENCH_PAGE)
    assert_spans_cover(document)
    (release,) = document.releases
    assert release.title == "Les Jours blancs"
    assert release.alternate_titles == ["White Days"]
    assert release.subtitle == "Bande Originale du Film"
    assert (release.label, release.catalog_number, release.release_date) == ("Éditions Brume", "EB 014", "2021-03-12")
    assert release.barcode == "3770014982031"
    assert any("barcode" in w for w in release.warnings)  # its check digit should be 2
    assert release.awards == ["Sélection officielle, Festival de Locarno 2021", "Prix du jury, Festival de Namur 2021"]
    assert {("Claire Aubry", "film_director", None), ("Paul Vey", "composer", None), ("Anna Lotti", "cast", None),
            ("Léa Ben", "cast", None), ("Anne Royer", "performer", "cello"),
            ("Studio des Tanneurs", "recorded_at", None)} <= credits(release)
    description, liner = release.notes
    assert description.kind == "description" and description.language == "fr"
    assert liner.authors == ["Paul Vey"] and liner.kind == "liner_note" and liner.place_date == "Lyon, janvier 2021"
    assert [s.reason for s in document.skipped][0].startswith("no release markers")


ARTICLES_ONLY = """\
Pourquoi les disquaires résistent

Depuis dix ans, les ventes de vinyles progressent. Les disquaires indépendants parlent d'un public \
plus jeune, qui vient chercher des conseils autant que des disques.

Entretien réalisé par Paul Morel

Les plateformes, elles, cherchent à garder leurs abonnés. Selon une étude, la musique enregistrée \
a rapporté davantage l'an dernier.

Why vinyl sales keep climbing

Independent record shops report another year of growth, with buyers under thirty now making up almost \
half of all vinyl sales.

— Jane Porter, Music Week
"""


def test_articles_are_not_releases():
    document = read(ARTICLES_ONLY)
    assert document.releases == []
    assert_spans_cover(document)
    assert all(s.reason.startswith("no release markers") for s in document.skipped)


TWO_RELEASES_AND_A_BLOG = """\
NOUVEAUTÉ

LA MER INTÉRIEURE
Musique de scène
Musique de Nadia Ksi
D'après la pièce de Louise Carle
Label : Théâtre Sonore
Réf. : TS-08

1. Ouverture 2:03
2. Le désert 3:41

J'ai composé cette musique pour qu'elle soit jouée chaque soir sur le plateau, au milieu des comédiens.

Nadia Ksi, compositrice

————————————

Oona Breck — Ghosts of the Road
Solo piano · LP / digital
Label: Quiet Weather Records
Cat#: QWR 019
Release date: June 2, 2023

Oona Breck's fourth album follows the old road across the flats.

• The Road — 4:05
• Milestones — 3:37
• Homeward — 3:48

Piano: Oona Breck
Recorded by Tom Hall at St. Mary's Church

Streaming payouts: what the new report tells us

A report published this week suggests that the average payout per stream fell again, while the number \
of subscribers grew.
"""


def test_a_newsletter_with_two_releases():
    document = read(TWO_RELEASES_AND_A_BLOG)
    assert_spans_cover(document)
    first, second = document.releases
    assert (first.title, first.subtitle, first.kind) == ("La Mer Intérieure", "Musique de scène", "soundtrack")
    assert ("Louise Carle", "original_author", None) in credits(first)
    assert first.notes[0].authors == ["Nadia Ksi"]
    assert (second.title, second.artists, second.kind) == ("Ghosts of the Road", ["Oona Breck"], "album")
    assert [(t.position, t.title, t.duration) for t in second.tracks] == [
        ("1", "The Road", 245), ("2", "Milestones", 217), ("3", "Homeward", 228)]
    assert ("St. Mary's Church", "recorded_at", None) in credits(second)
    assert "Streaming payouts" not in document.text[second.source.start:second.source.end]


COMPILATION = """\
Various Artists – Night Drive Vol. 3: Slow Soul
Label: Lowlight Recordings
Barcode: 5600372819467
Release date: 2020

01. Kestrel Moon – Sodium Lights (3:12)
02. The Velvet Days – Last Bus (4:05)
03. Kestrel Moon – Overpass (3:36)
04. Ada Quist – Porter (3:47)

Mastered by Rhia Poole
"""


def test_compilation_reads_track_artists():
    release = only_release(COMPILATION)
    assert (release.title, release.subtitle, release.kind) == ("Night Drive Vol. 3", "Slow Soul", "compilation")
    assert release.artists == ["Various Artists"]
    assert [(t.title, t.artists) for t in release.tracks][:2] == [("Sodium Lights", ["Kestrel Moon"]),
                                                                  ("Last Bus", ["The Velvet Days"])]
    assert release.barcode == "5600372819467" and not any("barcode" in w for w in release.warnings)


ALBUM_WITH_TYPO = """\
NORA VALE – Album “Quiet Engines”

Label Harbour Lane Records

Le visuel d’une force symbolique. Un bleu d’espoir pour tout dire, de ces élans qui nous ouvraient les jambes.

Helle Page

Earlier this year I wrote music for a friend's film. The result is this album, about engines and quiet.

  • 01 – Windrunner
  • 02 – Pilgrims
  • 03 0 Lullaby

Nora Vale plays every instrument on this record.
"""


def test_album_with_odd_numbering_and_unsigned_first_person_note():
    release = only_release(ALBUM_WITH_TYPO)
    assert (release.title, release.kind, release.artists) == ("Quiet Engines", "album", ["Nora Vale"])
    assert [(t.position, t.title) for t in release.tracks] == [("1", "Windrunner"), ("2", "Pilgrims"),
                                                               ("3", "Lullaby")]
    assert any("odd track numbering" in w for w in release.warnings)
    review, liner = release.notes[:2]
    assert (review.kind, review.authors, review.language) == ("review", ["Helle Page"], "fr")
    assert (liner.kind, liner.authors, liner.language) == ("liner_note", ["Nora Vale"], "en")
    assert any("author inferred" in w for w in release.warnings)


SPANISH_SERIES = """\
LOS DÍAS DE SAL
Banda Sonora Original de la Serie
Música de Ainara Etxe
Dirigida por Julio Montes
Guion: Rocío Vega
Sello: Mareantes Música
Fecha de publicación: 3 de septiembre de 2021

Cádiz, 1962. Tras la muerte del patriarca, la familia hereda unas salinas arruinadas y una deuda.

Escribí los primeros temas antes de leer los guiones, a partir de una canción que me cantaba mi abuela.

01 – Las salinas – 03:07
02 – Marea alta – 02:45

Interpretada por la Orquesta de Cámara del Sur, dirigida por Ainara Etxe
Canción «Nana del salinero»
Interpretada por Zuri Alba
Grabado en Estudios La Caleta
"""


def test_spanish_series_with_song_credits_and_inferred_author():
    release = only_release(SPANISH_SERIES)
    assert (release.title, release.subtitle, release.kind) == ("Los Días de Sal", "Banda Sonora Original de la Serie",
                                                               "soundtrack")
    assert release.release_date == "2021-09-03" and release.label == "Mareantes Música"
    found = {(c.name, c.role, c.instrument, c.scope) for c in release.credits}
    assert {("Julio Montes", "film_director", None, None), ("Rocío Vega", "screenwriter", None, None),
            ("Orquesta de Cámara del Sur", "orchestra", None, None), ("Ainara Etxe", "conductor", None, None),
            ("Zuri Alba", "performer", None, "Nana del salinero"),
            ("Estudios La Caleta", "recorded_at", None, None)} <= found
    synopsis, liner = release.notes
    assert synopsis.kind == "synopsis" and synopsis.language == "es"
    assert liner.authors == ["Ainara Etxe"] and liner.kind == "liner_note"


def test_repeated_heading_is_skipped_and_spans_hold():
    document = read(SOUNDTRACK_EN)
    assert_spans_cover(document)
    assert document.skipped[0].reason == "repeated heading"
    release = document.releases[0]
    assert document.text[release.source.start:].startswith("(Original Motion Picture Soundtrack)\n\nDirector")
