"""Make a realistic synthetic library for scale tests: `python bench/make_library.py N PATH`.

N releases of about 12 tracks, 8 credits and 2 notes each, with varied names (accents included),
labels, dates, barcodes and a few import warnings. Rows go in with bulk inserts in one transaction;
the search rows are written at the end from the same data (folded exactly as the library folds
them), so a library of 100,000 releases takes a minute or two.

    python bench/make_library.py 100000 /tmp/big.db [--seed 7] [--force]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labeldesk.library import open_library  # noqa: E402
from labeldesk.library.artists_sort import refill_artists_sort  # noqa: E402
from labeldesk.library.people import key_of  # noqa: E402
from labeldesk.model.names import fold  # noqa: E402
from labeldesk.model.roles import ROLES  # noqa: E402

FIRST = ("Jesús Ana María José Lucía Pedro Zenobia Andrés Inés Ramón Sofía Martín Élodie Renée Hélène Søren "
         "Björn Åsa Jürgen Müller Zoë Chloé Noémie Joaquín Ángel Óscar Begoña Íñigo Raúl Nuria Gaël Loïc "
         "François Anaïs Matthias Tomas Maren Karo Mayra Enrique Gabriela Fidel Rafa Pablo Isabel Luis Mónica "
         "Carmen Alejandro Omar Dmitri Łukasz Paweł Agnieszka Dorota Kateřina Tomáš Jiří Ondřej Ilse Ruairí "
         "Siobhán Niamh Oisín Aoife Cian Seán Darío Ximena Paloma Mercè Jordi Núria Arnau Pau Laia Aitana "
         "Giulia Niccolò Lorenzo Matteo Chiara Aurélien Bérénice Céline Amélie Thibault Yasmin Leïla Karim Nadia "
         "Youssef Kenji Akira Yuki Haruto Mei Ji-woo Min-jun Seo-yeon Anh Thảo Minh Astrid Freja Emil Oskar").split()
LAST = ("Calderón Zayas Fernández López Álvarez Martos Olivas Cabañas Meneses Cerdán García Rodríguez Martínez "
        "Sánchez Pérez Gómez Jiménez Muñoz Díaz Moreno Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez "
        "Ramos Gil Ramírez Serrano Blanco Suárez Molina Castro Ortega Delgado Ortiz Morales Núñez Medina Garrido "
        "Lepró Karo Matthias Ekdahl Solberg Brzęczyszczykiewicz Friedrich Lück Rocchi Fotsch Dupont Lefèvre "
        "Bérard Château Müller Schröder Weiß Groß Jäger Köhler Nørgaard Østergaard Åberg Söderström Lindqvist "
        "Nowak Wójcik Kowalczyk Dvořák Novák Černý Horváth Kovács Szabó Tóth O'Brien Ó Súilleabháin Mac Giolla "
        "Rossi Bianchi Esposito Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo "
        "Tanaka Suzuki Takahashi Watanabe Kim Lee Park Nguyễn Trần Lê Haddad Benali Mansour Khalil Farouk").split()
ENSEMBLES = ("Banda Sinfónica de Jaén", "Orquesta Ibérica del Sur", "Coro de Cámara de Sevilla",
             "Orchestre de Chambre de Lyon", "Prague Filmharmonic", "Ensemble Nordlys", "Cuarteto Ámbar",
             "Sinfonietta Łódź", "Orquestra de Cambra de Girona", "Budapest Scoring Orchestra")
LABELS = [f"{a} {b}" for a in ("Plaza Mayor", "Brightwater", "Northwind", "Sello Ámbar", "Éditions Lumière",
                                "Fjord", "Calle Sur", "Quinta", "Nocturne", "Meridiano", "Blue Olive",
                                "Sierra", "Cinéma", "Ostrava", "Tramontana")
          for b in ("Records", "Recordings", "Music", "Company Ltd", "Discos", "Classics", "Soundtracks")]
WORDS = ("noche sombra mancha negra luz camino sal marea ámbar ceniza viento desierto río silencio memoria "
         "retorno fuego agua tierra sueño canción nana verano invierno olvido estrella luna mar puerto ciudad "
         "nuit lumière ombre chemin mémoire été hiver étoile désert fleuve silence retour "
         "night shadow light road salt tide amber ash wind desert river silence memory return fire water "
         "earth dream song lullaby summer winter star moon sea harbour city gravedigger farewell herd storm").split()
# the prose of notes: common words (they match many releases, as "music" or "film" would), and the
# title words only now and then
PROSE = ("the a of and in to with for from by on as at its this that which who was is were are has had "
         "music film score orchestra theme sound recording session studio composer director story scene "
         "character memory light night years life love death family village town road journey silence "
         "voice strings piano percussion melody rhythm harmony motif dissonance atmosphere landscape "
         "first last new old young long short deep quiet wild rough gentle bright dark warm cold "
         "wrote recorded played conducted imagined found began became returned wanted heard felt "
         "together between before after during through always never again only still perhaps "
         "el la los las de del y en con por para una un que su sus como "
         "le les des et dans avec pour une qui sur est").split()
TRACK_WORDS = ("opening prologue main titles end credits theme waltz lament march nocturne interlude "
               "reprise finale overture dance chase arrival departure escape reunion funeral wedding "
               "morning evening dawn dusk rain snow bells letters photographs house garden window "
               "kitchen station train ship harbour market church square fountain orchard vineyard").split()
INSTRUMENTS = ("piano", "cello", "violin", "viola", "double bass", "guitar", "flute", "oboe", "clarinet",
               "bassoon", "horn", "trumpet", "trombone", "tuba", "harp", "percussion", "vocals", "soprano",
               "duduk", "oud", "accordion", "bandoneon", "synthesizer", "organ")
KINDS = ("soundtrack",) * 6 + ("album",) * 3 + ("single", "ep", "compilation")
SUBTITLES = ("Original Motion Picture Soundtrack", "Original Soundtrack", "Bande Originale du Film",
             "Banda Sonora Original", "Music from the Series", None, None, None)
WARNINGS = ("stated length differs from the sum of the track durations", "odd track numbering",
            "note author inferred from the credits", "title inferred from the notes")
PERSON_ROLES = [r.id for r in ROLES if r.group not in ("company",) and r.id not in ("orchestra", "choir", "ensemble")]


def title_case(words: list[str]) -> str:
    return " ".join(w.capitalize() if i == 0 or len(w) > 3 else w for i, w in enumerate(words))


def ean13(rng: random.Random) -> str:
    body = "84" + "".join(str(rng.randrange(10)) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


class Generator:
    def __init__(self, releases: int, seed: int):
        self.rng = random.Random(seed)
        rng = self.rng
        # a pool of people about 40% the size of the release count; credits favour a core of regulars
        size = max(50, int(releases * 0.4))
        names: dict[str, str] = {}
        while len(names) < size:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.3:
                name += f" {rng.choice(LAST)}"
            names.setdefault(key_of(name), name)
        self.people = list(names.values())
        self.ids: dict[str, int] = {}

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:  # regulars: the first tenth of the pool gets half the credits
            return self.people[rng.randrange(max(1, len(self.people) // 10))]
        return rng.choice(self.people)

    def sentence(self, words: int) -> str:
        rng = self.rng
        text = " ".join(rng.choice(WORDS) if rng.random() < 0.02 else rng.choice(PROSE) for _ in range(words))
        return text[0].upper() + text[1:] + "."


def build(count: int, path: Path, seed: int = 7, progress=None) -> dict:
    started = time.perf_counter()
    gen = Generator(count, seed)
    rng = gen.rng
    lib = open_library(path)
    conn = lib.conn
    conn.execute("PRAGMA synchronous = OFF")
    now = "2024-01-01T00:00:00+00:00"
    person_ids: dict[str, int] = {}
    people_rows, name_rows = [], []

    def pid(name: str) -> int:
        found = person_ids.get(name)
        if found is None:
            found = person_ids[name] = len(person_ids) + 1
            key = key_of(name)
            people_rows.append((found, name, key))
            name_rows.append((found, found, name, key))
        return found

    label_ids = {name: i for i, name in enumerate(LABELS, start=1)}
    release_rows, title_rows, award_rows, warning_rows, artist_rows = [], [], [], [], []
    track_rows, credit_rows, note_rows, author_rows, search_rows = [], [], [], [], []
    track_id = credit_id = note_id = 0

    conn.execute("BEGIN")
    conn.executemany("INSERT INTO labels (id, name, key) VALUES (?, ?, ?)",
                     [(i, name, key_of(name)) for name, i in label_ids.items()])

    def flush() -> None:
        for sql, rows in (
            ("INSERT INTO people (id, name, key) VALUES (?, ?, ?)", people_rows),
            ("INSERT INTO person_names (id, person_id, name, key) VALUES (?, ?, ?, ?)", name_rows),
            ("""INSERT INTO releases (id, title, subtitle, kind, label_id, catalog_number, barcode, release_date,
                   stated_duration, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", release_rows),
            ("INSERT INTO release_titles (release_id, title, seq) VALUES (?, ?, ?)", title_rows),
            ("INSERT INTO release_awards (release_id, text, seq) VALUES (?, ?, ?)", award_rows),
            ("INSERT INTO release_warnings (release_id, text, seq) VALUES (?, ?, ?)", warning_rows),
            ("INSERT INTO release_artists (release_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?)", artist_rows),
            ("INSERT INTO tracks (id, release_id, disc, position, title, duration, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
             track_rows),
            ("""INSERT INTO credits (id, release_id, track_id, person_id, credited_as, role, instrument, scope, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", credit_rows),
            ("INSERT INTO notes (id, release_id, kind, language, text, place_date, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
             note_rows),
            ("INSERT INTO note_authors (note_id, person_id, credited_as, seq) VALUES (?, ?, ?, ?)", author_rows),
        ):
            conn.executemany(sql, rows)
            rows.clear()

    for release_id in range(1, count + 1):
        title = title_case([rng.choice(WORDS) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))])
        subtitle = rng.choice(SUBTITLES)
        kind = rng.choice(KINDS)
        label = rng.choice(LABELS)
        year = rng.randrange(1965, 2025)
        date = rng.choice((str(year), f"{year}-{rng.randrange(1, 13):02}", f"{year}-{rng.randrange(1, 13):02}-"
                           f"{rng.randrange(1, 29):02}", None))
        catalog = f"{label[:3].upper()} {release_id:05}" if rng.random() < 0.8 else None
        barcode = ean13(rng) if rng.random() < 0.6 else None
        release_rows.append((release_id, title, subtitle, kind, label_ids[label], catalog, barcode, date, None, now, now))
        alternates = [title_case([rng.choice(WORDS) for _ in range(2)])] if rng.random() < 0.15 else []
        title_rows.extend((release_id, t, seq) for seq, t in enumerate(alternates))
        awards = [f"Best Original Score, {rng.choice(('Jaén', 'Lyon', 'Gijón', 'Ostrava'))} Film Festival {year}"] \
            if rng.random() < 0.05 else []
        award_rows.extend((release_id, a, seq) for seq, a in enumerate(awards))
        if rng.random() < 0.05:
            warning_rows.append((release_id, rng.choice(WARNINGS), 0))

        composer = gen.person()
        artists = [composer] + ([gen.person()] if rng.random() < 0.2 else [])
        artist_rows.extend((release_id, pid(a), a, seq) for seq, a in enumerate(artists))
        linked = list(artists)

        track_titles = []
        tracks_here = []
        for seq in range(max(1, int(rng.gauss(12, 3)))):
            track_id += 1
            words = [rng.choice(TRACK_WORDS) for _ in range(rng.choice((1, 2, 3)))]
            if rng.random() < 0.1:
                words.append(rng.choice(WORDS))
            track_title = title_case(words)
            track_titles.append(track_title)
            tracks_here.append(track_id)
            track_rows.append((track_id, release_id, 1, str(seq + 1), track_title, rng.randrange(45, 420), seq))

        credits = [(composer, "composer", None, None)]
        ensemble = rng.choice(ENSEMBLES) if rng.random() < 0.5 else None
        if ensemble:
            credits.append((ensemble, "orchestra", None, None))
        while len(credits) < 8:
            name, role = gen.person(), rng.choice(PERSON_ROLES)
            instrument = rng.choice(INSTRUMENTS) if role == "performer" else None
            credits.append((name, role, instrument, None))
        for seq, (name, role, instrument, scope) in enumerate(credits):
            credit_id += 1
            on_track = tracks_here[rng.randrange(len(tracks_here))] if seq == 7 and rng.random() < 0.3 else None
            credit_rows.append((credit_id, release_id, on_track, pid(name), name, role, instrument, scope, seq))
            linked.append(name)

        notes_text = []
        for seq, kind_of_note in enumerate(("synopsis", "liner_note")):
            note_id += 1
            text = " ".join(gen.sentence(rng.randrange(8, 18)) for _ in range(rng.randrange(2, 5)))
            text += "\n" + " ".join(gen.sentence(rng.randrange(8, 18)) for _ in range(rng.randrange(1, 4)))
            notes_text.append(text)
            place = f"{rng.choice(('Madrid', 'Paris', 'Jaén', 'Bergen', 'Kraków'))}, {year}" \
                if kind_of_note == "liner_note" else None
            note_rows.append((note_id, release_id, kind_of_note, rng.choice(("en", "es", "fr")), text, place, seq))
            if kind_of_note == "liner_note":
                author_rows.append((note_id, pid(composer), composer, 0))

        # the search row, as labeldesk.library.search.index_release writes it
        people = list(dict.fromkeys(linked))
        titles = fold("\n".join(t for t in (title, subtitle) if t)) + "\n" + fold("\n".join(alternates))
        other = "\n".join(filter(None, [fold(label), fold(catalog), fold(barcode), fold("\n".join(track_titles)),
                                        fold("\n".join(awards))]))
        search_rows.append((release_id, titles, fold("\n".join(people)), fold("\n".join(notes_text)), other))

        if release_id % 5000 == 0:
            flush()
            if progress:
                progress(release_id, count)
    flush()
    refill_artists_sort(conn)  # the artist sort key of the rows inserted above

    # the search index at the end, in one pass
    conn.executemany("INSERT INTO release_search (rowid, titles, people, notes, other) VALUES (?, ?, ?, ?, ?)",
                     search_rows)
    conn.executemany("INSERT INTO people_search (rowid, names) VALUES (?, ?)",
                     [(i, fold(name)) for name, i in person_ids.items()])
    conn.execute("INSERT INTO release_search (release_search) VALUES ('optimize')")
    conn.execute("INSERT INTO people_search (people_search) VALUES ('optimize')")
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    return {"releases": count, "people": len(person_ids), "tracks": track_id, "credits": credit_id,
            "notes": note_id, "seconds": round(time.perf_counter() - started, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make a synthetic LabelDesk library for scale tests.")
    parser.add_argument("count", type=int, metavar="N", help="how many releases")
    parser.add_argument("path", type=Path, metavar="PATH", help="the library file to make")
    parser.add_argument("--seed", type=int, default=7, help="random seed (the same seed makes the same library)")
    parser.add_argument("--force", action="store_true", help="replace PATH when it exists")
    args = parser.parse_args(argv)
    if args.count < 1:
        print("make_library: N must be at least 1", file=sys.stderr)
        return 2
    if args.path.exists():
        if not args.force:
            print(f"make_library: {args.path} exists (use --force to replace it)", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.path) + suffix).unlink(missing_ok=True)

    def report(done: int, total: int) -> None:
        print(f"\r{done:,}/{total:,} releases", end="", file=sys.stderr, flush=True)

    figures = build(args.count, args.path, args.seed, progress=report)
    print(file=sys.stderr)
    print(", ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
