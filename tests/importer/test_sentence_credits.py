"""Credits written as sentences (run-on credit paragraphs, "X plays Y on 1 and 3"), writers in brackets after a
track's title, track rows with extra columns, month names of more languages."""

from __future__ import annotations

import pytest

from labeldesk.importer import import_text
from labeldesk.importer.dates import parse_date
from labeldesk.importer.playing_lines import read_playing_sentence
from labeldesk.importer.run_on_credits import read_run_on_credits
from labeldesk.importer.title_credits import credits_in_title
from labeldesk.importer.tracklist import read_track_line
from labeldesk.model import Credit


def _triples(credits):
    return [(c.name, c.role, c.instrument, c.scope) for c in credits]


def test_run_on_paragraph_every_clause_a_credit():
    text = ("Album produced by Ada Stone and Piet Kramer, transferred from the original reels and remastered by "
            "Ola Berg at Fjord Mastering, Bergen; cover photograph by Lin Hsu, design by Studio Kant, "
            "liner notes by Tom Reyes.")
    got = {(n, r) for n, r, _, _ in _triples(read_run_on_credits(text))}
    assert {("Ada Stone", "producer"), ("Piet Kramer", "producer"), ("Ola Berg", "mastering_engineer"),
            ("Fjord Mastering", "mastered_at"), ("Lin Hsu", "photographer"), ("Studio Kant", "cover_designer"),
            ("Tom Reyes", "liner_notes_author")} <= got


def test_run_on_reader_leaves_prose_alone():
    text = ("The record was produced by Ada Stone, who had met the band in Bergen, and it was played by nobody "
            "for years; the tapes were found by chance in a cellar, among old letters and a broken radio.")
    assert read_run_on_credits(text) is None


@pytest.mark.parametrize("line, expected", [
    ("Anna Berg plays cello on tracks 2 and 4.", [("Anna Berg", "performer", "cello", "2 and 4")]),
    ("José Brito toca guitarra portuguesa nas faixas 1, 3 e 5; Rui Teles toca sempre nas faixas 2 e 4.",
     None),  # one clause names no instrument: the sentence is not read at all
    ("Jan Nowak gra na gitarze w utworach 1, 3 i 5 oraz na mandolinie w utworze 7.",
     [("Jan Nowak", "performer", "guitar", "1, 3 i 5"), ("Jan Nowak", "performer", "mandolin", "7")]),
    ("Ο Νίκος Παππάς παίζει σαντούρι στα 1M1 και 7M4.", [("Νίκος Παππάς", "performer", "santouri", "1M1 και 7M4")]),
    ("He plays football on 3 days.", None),
])
def test_playing_sentences(line, expected):
    got = read_playing_sentence(line)
    assert (_triples(got) if got else None) == expected


def test_writers_in_brackets_abbreviated_per_language_and_by_surname():
    credits = [Credit("Ilkka Rautio", "performer", "vocals"), Credit("Sanni Häkkinen", "performer", "bass")]
    title, found = credits_in_title("Kaksi kahvia (säv. Häkkinen, san. Rautio)", credits)
    assert title == "Kaksi kahvia"
    assert _triples(found) == [("Sanni Häkkinen", "composer", None, None), ("Ilkka Rautio", "lyricist", None, None)]
    title, found = credits_in_title("Satamassa sataa (Rautio)", credits)
    assert (title, _triples(found)) == ("Satamassa sataa", [("Ilkka Rautio", "songwriter", None, None)])
    # a bare word no release credit ends with stays in the title
    assert credits_in_title("Harbour Lights (Reprise)", credits) is None
    title, found = credits_in_title("Ayva Çiçeği (Anonim)", [])
    assert _triples(found) == [("Traditional", "composer", None, None)]


@pytest.mark.parametrize("line, position, title, seconds", [
    ("A. Satamassa sataa 3:12", "A", "Satamassa sataa", 192),
    ("4   2M4    Καπνός                                2:37", "4", "Καπνός", 157),
    ("3         정원사의 편지                            845,310       4:11", "3", "정원사의 편지", 251),
])
def test_track_rows_with_extra_columns(line, position, title, seconds):
    track = read_track_line(line)
    assert (track.position, track.title, track.duration) == (position, title, seconds)


def test_an_initial_is_no_side_letter():
    assert read_track_line("A. Smith and the Band") is None


def test_explicit_mark_column_is_not_part_of_the_title():
    text = ("Night Garden\n\n1         Dawn Hour                 1,204,551       3:22\n"
            "2    E    Insomnia                  2,331,027       3:05\n"
            "3         Glass House                 845,310       4:11\n")
    (release,) = import_text(text.encode(), "page.txt").releases
    assert [t.title for t in release.tracks] == ["Dawn Hour", "Insomnia", "Glass House"]


@pytest.mark.parametrize("text, iso", [
    ("8 Δεκεμβρίου 2023", "2023-12-08"),
    ("ÇIKIŞ TARİHİ: 17 Mayıs 2024", "2024-05-17"),
    ("발매일 2023.11.21", "2023-11-21"),
])
def test_more_month_names_and_dotted_dates(text, iso):
    assert parse_date(text) == iso


def test_various_artists_said_in_two_languages():
    text = ("ONDES CLAIRES\nFlandre 1980–1984\nArtistes divers / Various Artists\n\n"
            "A1. Les Verres – Piscine (3:48)\nA2. Cathode Jean – Dimanche (4:05)\nA3. Groupe Nickel – Usine (2:56)\n")
    (release,) = import_text(text.encode(), "page.txt").releases
    assert (release.title.casefold(), release.kind, release.artists) == ("ondes claires", "compilation",
                                                                         ["Various Artists"])


@pytest.mark.parametrize("line, expected", [
    ("Mixing: Anna Berg @ Studio Kant", [("Anna Berg", "mixing_engineer", None, None),
                                         ("Studio Kant", "mixed_at", None, None)]),
    ("마스터링: 권도현 @ 901 마스터링", [("권도현", "mastering_engineer", None, None),
                                     ("901 마스터링", "mastered_at", None, None)]),
])
def test_a_studio_after_an_at_sign(line, expected):
    from labeldesk.importer.credit_lines import read_credit_line

    assert _triples(read_credit_line(line).credits) == expected


def test_a_key_in_a_script_without_capitals_is_no_instrument_unless_known():
    from labeldesk.importer.credit_lines import read_credit_line

    assert not (read_credit_line("장르: 인디 팝, R&B") or None)
    assert _triples(read_credit_line("기타: 문태경").credits) == [("문태경", "performer", "guitar", None)]


def test_writers_under_tracks_share_their_columns():
    text = ("ANA QUINTAS\nBeco Antigo\nALF 118 · Data de edição: 25 de novembro de 2022\n\nAlinhamento\n1. Rua Velha — 3:21\n   (Ana Quintas / Rui Vidal)\n"
            "2. Maré Vaza — 3:48\n   (Ana Quintas / Fado Menor, trad.)\n3. Cais — 2:55\n   (Rui Vidal / Ana Quintas)\n")
    (release,) = import_text(text.encode(), "page.txt").releases
    assert [t.title for t in release.tracks] == ["Rua Velha", "Maré Vaza", "Cais"]
    assert [[(c.name, c.role) for c in t.credits] for t in release.tracks] == [
        [("Ana Quintas", "lyricist"), ("Rui Vidal", "composer")],
        [("Ana Quintas", "lyricist"), ("Traditional", "composer")],
        [("Rui Vidal", "lyricist"), ("Ana Quintas", "composer")]]


def test_a_breadcrumb_is_page_furniture():
    from labeldesk.importer.chrome import is_chrome

    assert is_chrome("Reedições › Laura Reis — Beco das Andorinhas")


def test_a_price_is_no_prize():
    from labeldesk.importer.awards import read_award_line

    assert read_award_line("Prix / Price : 24 € (LP), 9 € (digital)") is None
    assert read_award_line("Prix du jury, Festival de Cannes 2021") == ["Prix du jury, Festival de Cannes 2021"]


def test_greek_awards_ensembles_and_language():
    from labeldesk.importer.awards import read_award_line
    from labeldesk.importer.credit_lines import read_credit_line
    from labeldesk.importer.language import detect_language

    assert read_award_line("Επίσημη Επιλογή, Φεστιβάλ Κινηματογράφου Λευκάδας 2024")
    assert _triples(read_credit_line("Μικτή Χορωδία Αλμυρού").credits) == [("Μικτή Χορωδία Αλμυρού", "choir", None, None)]
    assert _triples(read_credit_line("Ορχήστρα Εγχόρδων Βόλου").credits) == [
        ("Ορχήστρα Εγχόρδων Βόλου", "orchestra", None, None)]
    assert detect_language("Το καλοκαίρι του 1961 η Ρήνη επιστρέφει στο χωριό της στο Πήλιο.") == "el"


def test_a_romanisation_under_a_title_in_another_script_is_an_alternate_title():
    from labeldesk.importer.headings import is_soundtrack_subtitle
    from labeldesk.importer.release_heading import latin_readings

    lines = ["Η ΚΟΡΗ ΤΟΥ ΜΕΛΙΣΣΟΚΟΜΟΥ", "I Kori tou Melissokomou · The Beekeeper's Daughter",
             "Πρωτότυπη Μουσική από την Ταινία"]
    assert latin_readings("Η Κόρη του Μελισσοκόμου", lines, None) == ["I Kori tou Melissokomou",
                                                                      "The Beekeeper's Daughter"]
    assert latin_readings("Harbour Songs", ["Harbour Songs", "Live at the Pier"], None) == []
    assert is_soundtrack_subtitle(lines[2]) and is_soundtrack_subtitle("Orijinal Film Müziği")


def test_turkish_credits_paragraph_postpositions_and_players():
    from labeldesk.importer.turkish_credits import read_turkish_credits

    text = ("Şarkıların söz ve müziği Deniz Arıkan'a aittir. Albümün yapımcılığını Cem Yıldırım üstlendi, kayıtlar "
            "Ayşe Koç tarafından Ankara'daki Mavi Stüdyo'da yapıldı, miksajı Okan Tekin yaptı; kapak fotoğrafı "
            "Elif Şahin'e ait. Müzisyenler: Deniz Arıkan (vokal, gitar), Burak Ilıcak (davul).")
    got = {(n, r, i) for n, r, i, _ in _triples(read_turkish_credits(text))}
    assert {("Deniz Arıkan", "songwriter", None), ("Cem Yıldırım", "producer", None),
            ("Ayşe Koç", "recording_engineer", None), ("Mavi Stüdyo", "recorded_at", None),
            ("Okan Tekin", "mixing_engineer", None), ("Elif Şahin", "photographer", None),
            ("Deniz Arıkan", "performer", "vocals"), ("Burak Ilıcak", "performer", "drums")} <= got
    # prose that only mentions a studio credits nobody
    assert read_turkish_credits("Grup yeni şarkılarını geçen yıl tarafından çok sevilen bir salonda çaldı.") is None


def test_turkish_notes_told_by_dotless_i_and_soft_g():
    from labeldesk.importer.language import detect_language

    assert detect_language("Grubun üçüncü albümü, kışın kıyıda geçirilen ağır günlerden ilham alıyor; şarkılar "
                           "bir yandan halk ezgilerine, bir yandan da eski plaklara göz kırpıyor.") == "tr"
    # a Turkish name in an English sentence does not make it Turkish
    assert detect_language("The album was recorded by Barış Oğuz in the spring, and it is the best thing "
                           "that the band has made so far.") == "en"


def test_a_sentence_opening_with_a_field_word_is_no_keyed_field():
    reading = import_text("Yeni Albüm\nPlak şirketi: Mavi Plak\n\nAlbüm iki özel konuğu ağırlıyor: Cem Ak ve Ali "
                          "Su. Albüm şubat ayında çıkıyor.\n\n1. Bir 3:00\n2. İki 4:00\n".encode(), "x.txt")
    release = reading.releases[0]
    assert release.title != "Cem Ak ve Ali Su"


def test_dotted_leader_player_line_with_desk_number_and_academic_title():
    from labeldesk.importer.credit_lines import read_credit_line

    players = read_credit_line("Hana Dvořáková ............ 2. housle")
    assert players is not None and _triples(players.credits) == [("Hana Dvořáková", "performer", "violin", None)]
    notes = read_credit_line("Text bookletu ....... PhDr. Milan Beneš")
    assert notes is not None and _triples(notes.credits) == [("Milan Beneš", "liner_notes_author", None, None)]
    # a title that is the whole of a stage name stays
    assert not any(c.name == "John" for c in (read_credit_line("Liner notes: Dr. John") or LineReadingStub()).credits)


class LineReadingStub:
    credits: list = []


def test_catalogue_number_boxed_over_the_heading_and_a_recording_date_is_no_release_date():
    text = ("-------------------------------\n  KRB 0042-2        CD  |  DDD  |  Stereo\n-------------------------------\n\n"
            "        V E Č E R\n\n  Smyčcové kvartety Jana Malého\n\n"
            "  01. Allegro ........ 8:41\n  02. Andante ........ 7:55\n\n"
            "  Datum nahrávky ....... 3.-5. 6. 1996\n  Vydáno: březen 1997\n")
    releases = import_text(text.encode(), "x.txt").releases
    assert len(releases) == 1
    assert releases[0].catalog_number == "KRB 0042-2"
    assert releases[0].release_date != "1996"


def test_first_line_of_a_wrapped_paragraph_is_no_heading():
    from labeldesk.importer.lines import split_lines
    from labeldesk.importer.segmenting import segment

    text = ("Nocturnes\nLabel: Kompas Records\n1. Ráno 5:12\n2. Noc 7:40\n\nO NAHRÁVCE\n\n"
            "Soubor vznikl v roce 1991 na olomoucké konzervatoři\na od počátku se věnuje opomíjenému repertoáru.\n")
    lines = split_lines(text)
    segment(lines)
    first = next(line for line in lines if line.text.startswith("Soubor"))
    assert first.kind == "prose"


def test_a_composer_named_again_between_tracks_starts_his_own_pieces():
    text = ("Večery\nLabel: Kompas Records\n\n"
            "Jan Malý (1862-1931)\nSmyčcový kvartet č. 1\n  01. I. Allegro 8:41\n  02. II. Andante 7:55\n\n"
            "Eva Horká (1903-1978)\nSuita „Den“\n  03. I. Ráno 5:12\n  04. II. Noc 7:40\n\n"
            "Jan Malý\n  05. Nokturno pro smyčce 5:26\n")
    release = import_text(text.encode(), "x.txt").releases[0]
    assert release.tracks[-1].title == "Nokturno pro smyčce"
    composers = {(c.name, c.scope) for c in release.credits if c.role == "composer"}
    assert ("Jan Malý", "Nokturno pro smyčce") in composers
    assert not any(name == "Eva Horká" and scope == "Jan Malý" for name, scope in composers)



def test_catalogue_number_followed_by_the_edition_heads_a_release():
    from labeldesk.importer.classify import classify
    from labeldesk.importer.lines import split_lines
    from labeldesk.importer.segmenting import _heads_release

    def heads(text):
        line = split_lines(text)[0]
        classify(line)
        return _heads_release(line)

    assert heads("LAS 017 · 2 CD · digipak z książeczką (24 s.)")
    assert heads("KRB 0042-2        CD  |  DDD  |  Stereo")
    assert not heads("Label: Las Records · Premiera: 15 czerwca 2024")
