"""How fast the text importer reads a large catalogue document, and how its time grows with size.

    .venv/bin/python bench/import_speed.py

Builds a ~2 MB and a ~8 MB text from varied release-like blocks (headings, header lines, tracklists,
credits, signed notes in several languages) and article-like blocks, imports each, and prints MB/s
and the time ratio for 4x the text. Goals: >= 2 MB/s, ratio <= ~4.5 (no quadratic passes).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labeldesk.importer import import_text  # noqa: E402

FIRST = ["Anna", "Marco", "Léa", "Jonas", "Inês", "Pablo", "Yuki", "Omar", "Clara", "Tomás", "Greta", "Idris"]
LAST = ["Lindqvist", "Ferrante", "Moreau", "Álvarez", "Okafor", "Weber", "Santos", "Novak", "Ricci", "Dubois"]
WORDS = ("light harbour night river salt winter glass paper lantern summer road stone fire mirror garden "
         "silence tide ember north drift").split()
HEADINGS = [
    "{title} (Original Motion Picture Soundtrack)", "{artist} – Album “{title}”", "{title} (Bande Originale du Film)",
    "{title}\nBanda Sonora Original", "New release – {artist}: {title} (EP)", "{TITLE} / {title2}",
]
HEADERS = ["Director {p}", "Music by {p}", "Label {label}", "Cat. No.: {cat}", "Release date: 14 May 2021",
           "Un film de {p}", "Musique de {p}", "Sello: {label}", "Fecha de lanzamiento: 3 de septiembre de 2021",
           "Regia di {p}", "Etichetta: {label}", "Veröffentlichung: 14. Oktober 2022", "EAN: 5060182736451"]
TRACK_LAYOUTS = ["  {n}. {t} {m}:{s:02d}", "  • {n:02d} – {t} – {m:02d}:{s:02d}", "{n:02d} {t} – {m:02d}:{s:02d}",
                 "{t} ........ {m}'{s:02d}", "A{n} {t} ({m}:{s:02d})"]
CREDITS = ["cello, double bass: {p}", "guitar recorded by {p}", "music mixed by {p} at {w} Studio",
           "Orquestaciones: {p}", "Ingeniero de sonido: {p}", "Violoncelle : {p}", "Mischung: {p}",
           "Performed by the {W} Symphony Orchestra, conducted by {p}", "Diseño de portada: {p}", "{p} – piano, celesta"]
NOTES = [
    "I wrote most of this score on the {w} coast, in the weeks before shooting began. I wanted the cello to "
    "sound like the {w} and the orchestra to stay small so that the {w} could always be heard underneath. "
    "The director asked for very little music at first, and we spent a long time deciding where it should stop. "
    "In the end the main theme is played only three times, each time by a different instrument.",
    "J'ai composé cette musique pour qu'elle soit jouée chaque soir, au milieu des comédiens, comme un {w} "
    "qui respire avec eux. Le thème principal revient sous plusieurs formes : d'abord au violoncelle seul, puis "
    "au piano, enfin à l'orchestre entier. Je voulais que le public l'entende sans jamais le remarquer tout à "
    "fait, comme une lumière qui change lentement pendant la soirée.",
    "Dans un village du {w}, une jeune femme voit revenir son frère après trente ans d'absence. Leur famille "
    "doit affronter un passé que personne ne veut raconter, et la vieille maison devient le théâtre de leurs "
    "silences. Peu à peu, les secrets remontent à la surface et chacun doit choisir ce qu'il veut garder.",
    "Una colonna sonora di rara delicatezza, che non sottolinea mai le emozioni ma le lascia respirare. "
    "Il tema del {w} resta in testa a lungo, e l'orchestra non copre mai le voci. Un lavoro maturo e "
    "consigliato a chi ama la musica da film più discreta.",
    "Escribí los primeros temas antes de leer los guiones completos, a partir de una sola imagen: el {w} al "
    "amanecer. Quería una música que sonara a sal y a madera vieja, y por eso grabamos casi todo con "
    "instrumentos acústicos en una sala pequeña, con las ventanas abiertas.",
    "Für dieses Album haben wir die Stücke über zwei Jahre hinweg in kleinen Kirchen aufgenommen. Jeder Raum "
    "hat seinen eigenen Klang, und wir wollten, dass man den {w} in der Musik hört. Die Reihenfolge der Titel "
    "folgt dem Lauf eines Tages, vom Morgen bis in die Nacht.",
]
ARTICLE = ("The market for recorded music grew again last year, driven by subscriptions and a steady demand for "
           "physical formats. Analysts expect the trend to continue, although the growth rate is slowing. "
           "Independent shops report that younger buyers now make up almost half of their customers, and several "
           "chains have reopened listening booths for the first time in twenty years. ")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _release(rng: random.Random) -> str:
    title = " ".join(w.capitalize() for w in rng.sample(WORDS, rng.randint(1, 3)))
    fill = dict(title=title, TITLE=title.upper(), title2=" ".join(rng.sample(WORDS, 2)).title(),
                artist=_person(rng), p=_person(rng), label=f"{rng.choice(LAST)} Records Ltd",
                cat=f"PMC-{rng.randint(100, 999)}", w=rng.choice(WORDS), W=rng.choice(WORDS).title())
    parts = [rng.choice(HEADINGS).format(**fill), ""]
    for header in rng.sample(HEADERS, 4):
        parts += [header.format(**dict(fill, p=_person(rng))), ""]
    for _ in range(rng.randint(1, 3)):
        for _ in range(rng.randint(1, 3)):
            parts += [rng.choice(NOTES).format(w=rng.choice(WORDS)), ""]
        parts += [_person(rng) + " – Composer", ""]
    layout = rng.choice(TRACK_LAYOUTS)
    for n in range(1, rng.randint(4, 20)):
        track = " ".join(rng.sample(WORDS, rng.randint(1, 3))).title()
        parts.append(layout.format(n=n, t=track, m=rng.randint(0, 7), s=rng.randint(0, 59)))
    parts.append("")
    for credit in rng.sample(CREDITS, rng.randint(3, 8)):
        parts.append(credit.format(p=_person(rng), w=rng.choice(WORDS).title(), W=rng.choice(WORDS).title()))
    return "\n".join(parts) + "\n\n"


def _article(rng: random.Random) -> str:
    heading = f"Why {rng.choice(WORDS)} sales keep climbing"
    return heading + "\n\n" + "\n\n".join(ARTICLE for _ in range(rng.randint(2, 6))) + "\n\n"


def build(size: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    chunks: list[str] = []
    total = 0
    while total < size:
        chunk = _release(rng) if rng.random() < 0.6 else _article(rng)
        chunks.append(chunk)
        total += len(chunk.encode("utf-8"))
    return "".join(chunks).encode("utf-8")


def timed(data: bytes) -> tuple[float, int]:
    start = time.perf_counter()
    document = import_text(data, "bench.txt")
    return time.perf_counter() - start, len(document.releases)


def main() -> int:
    small, large = build(2_000_000), build(8_000_000, seed=11)
    timed(build(50_000))  # warm up (regex compilation, imports)
    t_small, n_small = timed(small)
    t_large, n_large = timed(large)
    mb_small, mb_large = len(small) / 1e6, len(large) / 1e6
    print(f"{mb_small:.1f} MB: {t_small:.2f} s, {mb_small / t_small:.2f} MB/s, {n_small} releases")
    print(f"{mb_large:.1f} MB: {t_large:.2f} s, {mb_large / t_large:.2f} MB/s, {n_large} releases")
    ratio = t_large / t_small
    size_ratio = mb_large / mb_small
    print(f"{size_ratio:.2f}x the text took {ratio:.2f}x the time")
    ok = mb_small / t_small >= 2 and mb_large / t_large >= 2 and ratio <= size_ratio * 1.125
    print("goals met" if ok else "goals NOT met (>= 2 MB/s, time ratio <= 1.125x the size ratio)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
