"""A release with every kind of credit the mapping has to place, built in code on the samples' soundtrack."""

from __future__ import annotations

from labeldesk.model.release import Credit, Note, Release, Track

from samples import la_mancha_negra


def sample_release() -> Release:
    return la_mancha_negra(
        catalog_number="PMC 0142",
        barcode="8435383000016",
        credits=[
            Credit("Jonas Berg", "performer", instrument="cello"),
            Credit("Stefano Rocchi", "recording_engineer", scope="guitar"),
            Credit("Sara Holm", "mixing_engineer"),
            Credit("Enrique Garcia", "film_director"),
            Credit("Jesús Calderón", "songwriter", scope="Nana de la Negra Noche"),
            Credit("Zenobia Fernández", "performer", scope="Nana de la Negra Noche"),
            Credit("Ana Zayas", "producer"),
        ],
        tracks=[
            Track("1", "Aljarria", duration=151),
            Track("2", "Nana de la Negra Noche", duration=203,
                  credits=[Credit("Ingrid Lie", "performer", instrument="hardanger fiddle")]),
            Track("3", "La Huida", duration=95, credits=[Credit("Traditional", "composer")]),
        ],
        notes=[
            Note("From the beginning, I conceived the soundtrack…\nas a lullaby.", "liner_note",
                 ["Jesús Calderón"], "es", "Madrid, Marzo 2021"),
            Note("After the death of the elderly Matilde Cisneros…", "synopsis", [], "en"),
        ],
    )
