"""Role words in English, French, Spanish, Italian, German and Portuguese, mapped to role ids.

Keys are folded (lower-case, accent-free, see labeldesk.model.names.fold). Besides the role ids of
labeldesk.model.roles, a few pseudo-roles name header fields: "label", "catalog_number", "barcode",
"release_date", "length", "artist". IGNORE marks words that look like roles but name nothing we keep
("director of photography", "thanks").
"""

from __future__ import annotations

IGNORE = "-"

# A credit label ("Orquestaciones:", "Music by", "Director") -> role ids. Longest match wins, so
# "director of photography" beats "director".
ROLE_PHRASES: dict[str, tuple[str, ...]] = {}


def _add(roles: str | tuple[str, ...], *phrases: str) -> None:
    ids = (roles,) if isinstance(roles, str) else roles
    for phrase in phrases:
        ROLE_PHRASES[phrase] = ids


_add("composer",
     "music", "music by", "music composed by", "original music", "original music by", "original music composed by",
     "original soundtrack composed by", "original score by", "original score", "score", "score by",
     "score composed by", "composed by", "composer", "composers", "composition", "compositions", "composed",
     "original soundtrack by", "soundtrack by", "soundtrack composed by", "written and composed by",
     "musique", "musique de", "musique originale", "musique originale de", "musique composee par",
     "musique originale composee par", "compositeur", "compositrice", "compositeurs", "composee par", "compose par",
     "musica", "musica de", "musica original", "musica original de", "musica compuesta por",
     "musica original compuesta por", "compositor", "compositora", "compositores", "compuesta por", "compuesto por",
     "musiche", "musiche di", "musica di", "musiche originali", "musiche originali di", "musica originale di",
     "compositore", "composta da", "composto da", "musiche composte da",
     "musik", "musik von", "originalmusik", "originalmusik von", "filmmusik", "filmmusik von", "komponist",
     "komponistin", "komposition", "komponiert von",
     "trilha sonora de", "trilha sonora original de", "composta por", "composto por", "musica composta por")
_add("lyricist", "lyrics", "lyrics by", "words", "words by", "lyricist", "paroles", "paroles de", "parolier",
     "parolière", "letra", "letra de", "letras", "letras de", "testi", "testi di", "testo", "testo di", "paroliere",
     "text", "text von", "liedtext", "texte", "letrista")
_add("songwriter", "written by", "songwriter", "songwriters", "songs by", "song written by", "escrita por",
     "escrito por", "ecrit par", "ecrite par", "auteur-compositeur", "scritta da", "scritto da", "geschrieben von",
     "cantautor", "cantautora", "autor", "autora", "words and music", "words and music by", "paroles et musique",
     "letra y musica", "letra e musica", "testo e musica")
_add("arranger", "arranger", "arrangers", "arrangement", "arrangements", "arranged by", "arrangements by",
     "arrangeur", "arrangements de", "arrange par", "arreglos", "arreglos de", "arreglista", "arreglado por",
     "arrangiamenti", "arrangiamenti di", "arrangiatore", "arrangiato da", "arrangement von", "arrangiert von",
     "arranjos", "arranjos de", "arranjador", "arranjado por")
_add("orchestrator", "orchestrations", "orchestration", "orchestrator", "orchestrated by", "orchestrations by",
     "orchestrateur", "orchestre par", "orquestaciones", "orquestacion", "orquestador", "orquestado por",
     "orquestaciones de", "orchestrazioni", "orchestrazione", "orchestratore", "orchestrato da", "orchestrierung",
     "orchestriert von", "orquestracoes", "orquestracao", "orquestrador")
_add("librettist", "libretto", "libretto by", "librettist", "livret", "livret de", "libreto", "libretista")
_add("translator", "translation", "translated by", "translator", "traduction", "traduit par", "traducteur",
     "traduccion", "traducido por", "traductor", "traduzione", "tradotto da", "traduttore", "ubersetzung",
     "ubersetzt von", "traducao", "traduzido por")
_add("performer", "performer", "performers", "performed by", "musicians", "musician", "soloist", "soloists",
     "featuring", "interprete", "interpretes", "interprete par", "interpretee par", "interpretada por",
     "interpretado por", "interpretata da", "interpretato da", "interpretiert von", "musiciens", "musicien",
     "musicos", "musico", "musicisti", "musicista", "musiker", "musikerin", "solist", "solistin", "solistes",
     "soliste", "solistas", "solista", "solisti", "played by", "joue par", "tocado por", "suonato da",
     "gespielt von", "executado por", "sung by", "chante par", "cantada por", "cantado por",
     "cantata da", "gesungen von")
_add("orchestra", "orchestra", "orchestre", "orquesta", "orchester", "orquestra", "orchestra by")
_add("choir", "choir", "chorus", "choeur", "choeurs", "coro", "coros", "chor", "chore")
_add("ensemble", "ensemble", "band", "groupe", "grupo", "gruppo")
_add("conductor", "conductor", "conductors", "conducted by", "conduct", "chef d'orchestre", "chef", "dirige par",
     "direction d'orchestre", "director de orquesta", "dirigida por la batuta de", "direttore", "direttore d'orchestra",
     "diretta da", "diretto da", "dirigent", "dirigentin", "dirigiert von", "leitung", "maestro", "regente",
     "regencia", "regido por")
_add("chorus_master", "chorus master", "chef de choeur", "director del coro", "maestro del coro", "chorleiter",
     "chorleitung", "choir master", "choirmaster")
_add("concertmaster", "concertmaster", "leader", "konzertmeister", "violon solo", "concertino", "spalla")
_add("music_director", "music director", "musical director", "direction musicale", "directeur musical",
     "direccion musical", "director musical", "direzione musicale", "direttore musicale", "musikalische leitung",
     "direcao musical", "diretor musical")
_add("producer", "producer", "producers", "produced by", "production", "producteur", "productrice",
     "produit par", "realisation artistique", "productor", "productora", "producido por", "producida por",
     "produccion", "produttore", "prodotto da", "prodotta da", "produzione", "produzent", "produzentin",
     "produziert von", "produktion", "produtor", "produzido por", "producao", "music producer", "album producer")
_add("co_producer", "co-producer", "co-produced by", "coproducer", "coproducteur", "coproductor", "coproduttore",
     "koproduzent", "co-produtor")
_add("executive_producer", "executive producer", "executive producers", "executive produced by",
     "producteur executif", "productrice executive", "productor ejecutivo", "productora ejecutiva",
     "produttore esecutivo", "ausfuhrender produzent", "produtor executivo")
_add("music_supervisor", "music supervisor", "music supervision", "supervision musicale", "superviseur musical",
     "supervisor musical", "supervisora musical", "supervisione musicale", "supervisore musicale",
     "musikalische supervision", "music supervised by")
_add("recording_engineer", "recording engineer", "recording", "recorded by", "recording by", "recordings",
     "engineer", "enregistrement", "enregistre par", "ingenieur d'enregistrement", "prise de son", "grabacion",
     "grabado por", "grabada por", "ingeniero de grabacion", "registrazione", "registrato da", "registrata da",
     "tecnico di registrazione", "aufnahme", "aufnahmen", "aufgenommen von", "tonmeister", "gravacao",
     "gravado por", "engenheiro de gravacao", "recording engineers", "tracking")
_add("mixing_engineer", "mixing", "mixing engineer", "mixed by", "mix", "mix by", "mixage", "mixe par",
     "mixee par", "mezcla", "mezclas", "mezclado por", "mezclada por", "ingeniero de mezcla", "missaggio",
     "mixaggio", "missato da", "mixato da", "mischung", "gemischt von", "abmischung", "mixagem", "mixado por",
     "mixed")
_add("mastering_engineer", "mastering", "mastering engineer", "mastered by", "master", "mastered",
     "masterise par", "masterisation", "masterizacion", "masterizado por", "masterizada por", "masterizzazione",
     "masterizzato da", "gemastert von", "masterizacao")
_add("sound_engineer", "sound engineer", "sound engineers", "sound", "sound by", "ingenieur du son",
     "ingenieure du son", "ingenieurs du son", "son", "ingeniero de sonido", "ingenieros de sonido",
     "ingeniera de sonido", "sonido", "tecnico de sonido", "fonico", "tecnico del suono", "ingegnere del suono",
     "toningenieur", "tontechnik", "tontechniker", "ton", "engenheiro de som", "tecnico de som", "engineered by",
     "sound engineering")
_add("assistant_engineer", "assistant engineer", "assistant engineers", "assistant", "ingenieur assistant",
     "assistant son", "asistente", "ingeniero asistente", "asistente de grabacion", "assistente",
     "tecnico assistente", "toningenieur-assistent", "assistent", "assistente de gravacao")
_add("editor", "editor", "music editor", "edited by", "editing", "edition", "montage", "monteur",
     "montage musical", "edite par", "edicion", "editado por", "editada por", "editor musical", "montaggio",
     "montato da", "editing musicale", "schnitt", "musikschnitt", "edicao", "editado por")
_add("programmer", "programmer", "programming", "programmed by", "programmation", "programme par",
     "programacion", "programado por", "programmazione", "programmato da", "programmierung", "programmiert von",
     "programacao")
_add("sound_designer", "sound design", "sound designer", "design sonore", "concepteur sonore", "diseno de sonido",
     "disenador de sonido", "sound design di", "klanggestaltung", "sounddesign", "desenho de som")
_add("remixer", "remix", "remixed by", "remix by", "remixer", "remixe par", "remezcla", "remezclado por",
     "remixato da", "remixt von")
_add("cover_designer", "cover design", "cover designed by", "cover", "cover by", "cover art", "sleeve design",
     "design", "designed by", "graphic design", "artwork and design", "layout", "conception graphique",
     "graphisme", "design graphique", "pochette", "design pochette", "conception pochette",
     "diseno de portada", "diseno", "diseno grafico", "portada", "diseno de cubierta", "copertina",
     "progetto grafico", "grafica", "design copertina", "covergestaltung", "gestaltung", "grafik", "cover-design",
     "capa", "design da capa", "projeto grafico", "design grafico")
_add("artwork", "artwork", "artwork by", "illustration", "illustrations", "illustrated by", "cover artwork",
     "painting", "illustre par", "ilustracion", "ilustraciones", "ilustrado por", "ilustrada por", "illustrazione",
     "illustrazioni", "illustrato da", "illustriert von", "ilustracao", "ilustracoes", "obra", "cover painting")
_add("art_director", "art direction", "art director", "art directed by", "direction artistique", "directeur artistique",
     "direction artistique", "direccion de arte", "director de arte", "directora de arte", "direzione artistica",
     "direttore artistico", "art direktion", "kunstlerische leitung", "direcao de arte", "diretor de arte")
_add("photographer", "photography", "photographs", "photos", "photo", "photos by", "photographer",
     "photographers", "photographie", "photographies", "photographe", "photos de", "credit photo",
     "fotografia", "fotografias", "fotos", "foto", "fotografo", "fotografa", "fotos de la grabacion",
     "fotografia de estudio", "fotografie", "fotografien", "fotograf", "fotografin", "fotos von", "fotografo de",
     "studio photos", "session photos", "cover photo", "photo de couverture", "foto de portada")
_add("liner_notes_author", "liner notes", "liner notes by", "sleeve notes", "notes", "texte", "textes",
     "textes de", "notes de pochette", "texto", "textos", "notas", "notas de", "note di copertina", "testi di",
     "booklet-text", "booklettext", "linernotes")
_add("film_director", "director", "directors", "directed by", "a film by", "film by", "a movie by", "un film de",
     "une film de", "un film realise par", "realise par", "realisation", "realisateur", "realisatrice",
     "realisateurs", "una pelicula de", "un film di", "una película di", "ein film von", "um filme de",
     "uma pelicula de", "dirigida por", "dirigido por", "direccion", "directora", "regia", "regia di", "regista",
     "regie", "regisseur", "regisseurin", "regie von", "direcao", "dirigido por", "diretor", "diretora",
     "film director", "directed and written by")
_add("screenwriter", "screenplay", "screenplay by", "screenwriter", "screenwriters", "written for the screen by",
     "scenario", "scenario de", "scenariste", "scenaristes", "guion", "guion de", "guionista", "guionistas",
     "sceneggiatura", "sceneggiatura di", "sceneggiatore", "sceneggiatrice", "drehbuch", "drehbuch von",
     "drehbuchautor", "drehbuchautorin", "roteiro", "roteirista", "script", "script by")
_add("cast", "with", "starring", "cast", "avec", "con", "mit", "com", "interpretes principaux", "reparto",
     "protagonistas", "interpreti", "besetzung", "darsteller", "elenco", "casting")
_add("film_producer", "film producer", "film produced by", "producteur du film", "productor de la pelicula",
     "produttore del film", "filmproduzent", "a production of")
_add("original_author", "based on the novel by", "based on a novel by", "based on the book by", "d'apres le roman de",
     "d'apres", "basado en la novela de", "basada en la novela de", "tratto dal romanzo di", "nach dem roman von",
     "baseado no romance de", "original story by", "from the novel by", "novel by", "author")
_add("publisher", "publisher", "published by", "publishing", "editions", "editeur", "edition musicale",
     "editions musicales", "editorial", "editora", "edizioni", "edizioni musicali", "verlag", "musikverlag",
     "verlegt von")
_add(("recording_engineer", "mixing_engineer"), "recorded and mixed by", "recording and mixing", "recorded & mixed by",
     "enregistre et mixe par", "grabado y mezclado por", "grabada y mezclada por", "registrato e mixato da",
     "aufgenommen und gemischt von", "gravado e mixado por")
_add(("mixing_engineer", "mastering_engineer"), "mixed and mastered by", "mixing and mastering", "mix and mastering",
     "mix & mastering", "mixed & mastered by", "mixage et mastering", "mezcla y masterizacion",
     "mezclado y masterizado por", "missaggio e mastering", "mix und mastering")
_add(("composer", "producer"), "composed and produced by", "compose et produit par", "compuesto y producido por")
_add(("songwriter", "producer"), "written and produced by", "escrita y producida por", "escrito y producido por",
     "ecrit et produit par", "scritto e prodotto da", "geschrieben und produziert von")
_add(("screenwriter", "film_director"), "written and directed by", "ecrit et realise par", "escrita y dirigida por",
     "scritto e diretto da", "geschrieben und inszeniert von")
_add("label", "label", "record label", "labels", "etiquette", "maison de disques", "sello", "sello discografico",
     "discografica", "etichetta", "etichetta discografica", "plattenfirma", "plattenlabel", "selo", "gravadora",
     "released by", "released on", "out on")
_add("catalog_number", "cat. no.", "cat. no", "cat no", "cat no.", "cat.", "cat#", "cat. #", "cat #", "catalog",
     "catalogue", "catalog number", "catalogue number", "catalog no", "catalogue no", "catalog no.", "catalogue no.",
     "catalog #", "catalogue #", "ref.", "ref", "reference", "numero de catalogue", "n° de catalogue",
     "numero de catalogo", "n° de catalogo", "no de catalogo", "referencia", "ref. catalogo", "numero di catalogo",
     "catalogo", "katalognummer", "katalog-nr.", "katalog-nr", "katalognr.", "bestellnummer", "best.-nr.",
     "best.-nr", "numero do catalogo")
_add("barcode", "ean", "upc", "ean/upc", "upc/ean", "ean-13", "ean13", "upc-a", "barcode", "bar code", "gtin",
     "code-barres", "code barre", "code barres", "code ean", "codigo de barras", "codice a barre", "strichcode",
     "codigo ean", "jan", "jan code", "jan-code", "jan/ean", "streckkod")
_add("release_date", "release date", "released", "release", "released on", "date", "out", "out now", "available",
     "available from", "date de sortie", "sortie", "parution", "date de parution", "disponible", "fecha de lanzamiento",
     "fecha de salida", "fecha de publicacion", "lanzamiento", "publicacion", "a la venta", "data di uscita",
     "uscita", "data d'uscita", "in uscita", "pubblicazione", "erscheinungsdatum", "erscheint am", "erscheinung",
     "veroffentlichung", "veroffentlichungsdatum", "vo", "data de lancamento", "lancamento", "data de edicao")
# a reissue's date is the release's; the first issue's date is history, not a field
_add("release_date", "reissued", "reissue date", "re-released", "rereleased", "reedition", "reedite",
     "reedicion", "reeditado", "ristampa", "ristampato", "wiederveroffentlichung", "wiederveroffentlicht",
     "neuauflage", "heruitgave", "aterutgiven", "nyutgava")
_add(IGNORE, "original release", "originally released", "first released", "original issue", "first issue",
     "original pressing", "sortie originale", "parution originale", "edicion original", "lanzamiento original",
     "uscita originale", "edizione originale", "originalveroffentlichung", "erstveroffentlichung",
     "oorspronkelijke uitgave", "originalutgava")
# when the music was recorded is the session's date, not the release's ("Datum nahrávky", "Data nagrania")
_add(IGNORE, "recording date", "recording dates", "date of recording", "recorded on", "date d'enregistrement",
     "fecha de grabacion", "data di registrazione", "aufnahmedatum", "aufnahmezeitraum", "datum nahravky",
     "datum nahrani", "data nagrania", "data nagran", "opnamedatum", "inspelningsdatum", "data de gravacao")
_add("length", "length", "total length", "total time", "running time", "total running time", "duration",
     "total duration", "playing time", "tt", "duree", "duree totale", "duree totale du disque", "duracion",
     "duracion total", "durata", "durata totale", "gesamtlange", "gesamtspielzeit", "spielzeit", "laufzeit",
     "gesamtlaufzeit", "duracao", "duracao total", "tempo total")
_add("artist", "artist", "artists", "artiste", "artistes", "artista", "artistas", "artisti", "kunstler",
     "kunstlerin", "interpret", "interpretin")
_add("performer", "special guest", "special guests", "with special guest", "with special guests", "guest", "guests",
     "with guest", "guest musicians", "invite", "invitee", "invites", "avec la participation de", "invitado",
     "invitada", "invitados", "ospite", "ospiti", "gast", "gaste", "convidado", "convidada")
_add("chorus_master", "einstudierung", "choir director", "direction du choeur", "direccion del coro",
     "maestro del coro", "chorus director")
_add("recorded_at", "recorded at", "recording location", "recording venue", "recording studio", "aufnahmeort",
     "aufnahmestudio", "aufgenommen in", "lieu d'enregistrement", "studio d'enregistrement", "lugar de grabacion",
     "estudio de grabacion", "luogo di registrazione", "studio di registrazione", "local de gravacao",
     "estudio de gravacao", "studio", "studios", "venue")
_add("mixed_at", "mixed at", "mixing studio", "studio de mixage", "estudio de mezcla", "mischstudio")
_add("mastered_at", "mastered at", "mastering studio", "studio de mastering", "estudio de masterizacion")
_add("artwork", "cover illustration", "cover painting", "illustration de couverture", "illustration de pochette",
     "ilustracion de portada", "ilustracion de la portada", "illustrazione di copertina", "titelillustration",
     "coverillustration", "ilustracao da capa", "ilustracao de capa", "cover art", "cover artwork")
_add("photographer", "omslagsfoto", "omslagsfotografi", "forsidefoto", "omslagsfoto av")
_add("photographer", "cover photo", "cover photograph", "coverfoto", "photo de couverture", "foto de portada",
     "foto di copertina", "foto da capa", "session photos", "booklet photos")
_add("cover_designer", "covergestaltung", "sleeve design", "artwork design", "pochette et design")
_add("composer", "todas as musicas por", "todas as cancoes por", "todas las canciones por", "todas las canciones de",
     "toutes les chansons par", "toutes les chansons de", "tutte le canzoni di", "alle songs von", "alle lieder von",
     "alle nummers door", "alle composities door", "alla latar av", "alle sange af", "alle sanger av",
     "totes les cancons per", "totes les cancons de", "all compositions by", "compositions by", "all music by", "all songs by", "all tracks by",
     "toutes les compositions", "todas las composiciones", "tutte le composizioni", "alle kompositionen",
     "compositions", "todas as composicoes")
_add("original_author", "d'apres la piece de", "d'apres le roman de", "d'apres l'oeuvre de", "d'apres la nouvelle de",
     "nach dem roman von", "nach dem theaterstuck von", "nach der erzahlung von", "nach dem buch von",
     "based on the play by", "based on the story by", "basado en la obra de", "basada en la obra de",
     "basado en el libro de", "tratto dall'opera di", "tratto dal libro di", "baseado no livro de",
     "baseado na obra de", "based on the novel of")
_add(IGNORE, "a game by", "game by", "a video game by", "developed by", "developer", "un jeu de", "un juego de",
     "un gioco di", "ein spiel von", "format", "formats", "formato", "formatos", "formati", "formate", "support",
     "supports", "genre", "genres", "genero", "generos", "stil", "style", "price", "prix", "precio", "prezzo",
     "preis", "preco", "available on", "disponible sur", "disponible en", "disponibile su", "erhaltlich bei",
     "listen", "ecouter", "escuchar", "ascolta", "horen", "buy", "acheter", "comprar", "acquista", "kaufen",
     "share", "partager", "compartir", "condividi", "teilen", "follow us", "suivez-nous", "siguenos", "seguici",
     "folgt uns", "newsletter", "tags", "tag", "mots-cles", "etiquetas", "schlagworte", "keywords")
_add(IGNORE, "director of photography", "directeur de la photographie", "director de fotografia",
     "direttore della fotografia", "kamera", "camera", "cinematography", "thanks", "special thanks", "thanks to",
     "remerciements", "merci", "agradecimientos", "gracias", "ringraziamenti", "grazie", "dank", "danke",
     "agradecimentos", "contact", "contacts", "website", "web", "email", "e-mail", "tel", "phone", "press",
     "presse", "prensa", "stampa", "booking", "management", "distribution", "distribucion", "distribuzione",
     "vertrieb", "distribuicao", "copyright", "tracklist", "tracklisting", "track list", "lien", "link",
     "source", "sources", "tags", "lien zoom", "episodes", "episode")

# Dutch, Swedish, Danish, Norwegian and Catalan role words and header keys, and the shapes of record databases
# ("Composed By", "Liner Notes", "Pressed By"): the same roles, more languages.
_add("composer", "muziek", "muziek van", "componist", "componiste", "compositie", "composities", "gecomponeerd door",
     "kompositor", "tonsattare", "musik av", "komponerad av", "komponeret af", "komponert av", "musikk",
     "musikk av", "musica de", "compositora", "composicio", "composicions", "musica composta per", "compost per")
_add(("lyricist", "composer"), "lletres i musica", "lletra i musica", "teksten en muziek", "tekst en muziek",
     "text och musik", "tekst og musik", "tekst og musikk")
_add("lyricist", "tekst", "teksten", "tekst van", "songtekst", "songteksten", "text av", "tekst af", "tekst av",
     "lletra", "lletres", "lletra de", "nach gedichten von", "nach texten von", "nach versen von",
     "on poems by", "after poems by", "based on poems by", "poems by", "sur des poemes de", "d'apres des poemes de",
     "sobre poemas de", "con poemas de", "su testi di", "su poesie di", "op gedichten van", "naar gedichten van",
     "op teksten van", "efter dikter av", "efter digte af")
_add("arranger", "arrangementen", "gearrangeerd door", "arrangemang", "arrangement av", "arranjaments")
_add("producer", "productie", "geproduceerd door", "producent", "producerad av", "produceret af", "produsent",
     "produsert av", "produccio", "produit per", "compilation produced by", "compiled by", "compilation by",
     "compilation", "compilatie", "zusammenstellung", "compilacion", "compilazione")
_add("executive_producer", "uitvoerend producent", "exekutiv producent")
_add("recording_engineer", "opname", "opnames", "opgenomen door", "opnametechnicus", "inspelning", "inspelad av",
     "indspilning", "indspillet af", "innspilling", "innspilt av", "enregistrament", "enregistrat per",
     "gravacio", "tonmeisterin", "aufnahmeleitung", "recorded by and")
_add("mixing_engineer", "mistura", "mistura por", "misturado por", "mixed by", "gemixt door", "gemixed door", "menging", "mixad av", "mixet af", "miksing",
     "mikset av", "mescla", "mesclat per", "barreja", "remixing")
_add("mastering_engineer", "mastering door", "gemasterd door", "mastrad av", "mastret af", "mastret av",
     "masteritzacio", "masteritzat per", "lacquer cut by", "cut by")
_add("cover_designer", "ontwerp", "hoesontwerp", "vormgeving", "grafisch ontwerp", "formgivning", "omslag",
     "grafisk design", "disseny", "disseny grafic", "design by", "layout by", "artwork design by")
_add("artwork", "illustratie", "illustraties", "hoesillustratie", "illustration av", "il·lustracio",
     "il.lustracio", "illustracio")
_add("photographer", "fotografie door", "foto's", "fotos av", "fotografi", "fotografier", "fotograf",
     "photography by", "fotografia de", "photos by")
_add("liner_notes_author", "liner notes by", "hoestekst", "linernotes door", "boekje", "booklet", "booklet notes",
     "booklet text", "booklettekst", "texte du livret", "texto del libreto", "testo del libretto", "konvoluttext",
     "omslagstekst", "notes by")
_add("film_director", "regisseur", "regie van", "geregisseerd door", "regi", "regissor", "instruktor",
     "direccio", "dirigida per", "directora de la serie", "director de la serie", "showrunner")
_add("screenwriter", "scenario van", "scenarist", "manus", "manuskript", "guio", "guionista de", "teleplay")
# a stage musical's credits and a radio play's voices
_add("librettist", "book by", "book", "book and lyrics by", "buch von", "livret de")
_add("music_director", "musical direction by", "musical direction", "music direction", "musical supervisor and director",
     "musikalische leitung von", "direction musicale de")
_add("cast", "mit den stimmen von", "mit der stimme von", "with the voices of", "voices", "voice cast", "sprecher",
     "sprecherinnen und sprecher", "es sprechen", "avec les voix de", "con las voces de", "con le voci di",
     "met de stemmen van", "original cast", "original broadway cast", "original london cast")
_add("original_author", "nach dem bilderbuch von", "nach dem kinderbuch von", "nach den buchern von",
     "nach dem buch von", "based on the picture book by", "based on the children's book by",
     "based on the book by", "d'apres l'album de", "basado en el libro de", "tratto dal libro di")
_add("cast", "met", "medverkande", "medvirkende", "rollen", "amb", "repartiment")
_add("conductor", "dirigent", "dirigeert", "dirigerad av", "dirigeret af", "director musical de l'orquestra")
_add("performer", "personnel", "line-up", "lineup", "band members", "the band", "formation", "formacion",
     "formazione", "besetzung", "musiciens", "bezetting", "muzikanten", "musiker", "musikere", "musikerne", "musics", "interprets",
     "solisten", "medewerkers")
_add("publisher", "uitgever", "uitgeverij", "muziekuitgeverij", "forlag", "musikforlag", "editorial musical",
     "edicions", "edicions musicals", "edizioni musicali", "publishing by")
_add("label", "platenlabel", "platenmaatschappij", "uitgebracht door", "skivbolag", "pladeselskab", "plateselskap",
     "segell", "segell discografic", "discografica", "released by")
_add("catalog_number", "catalogusnummer", "catalogusnr", "catalogusnr.", "catalogus", "bestelnummer", "katalognr",
     "katalognummer", "kat. nr.", "kat.nr.", "kat nr", "numero de cataleg", "referencia", "ref. no.", "ref no",
     "reference number", "reference no.", "catalogue number:", "label number", "cat.-nr.", "cat-nr",
     "matrix number")
_add("barcode", "streepjescode", "ean-code", "streckkod", "stregkode", "strekkode", "codi de barres")
_add("release_date", "verschijnt op", "verschijnt", "verschijningsdatum", "releasedatum", "release datum",
     "uitgebracht op", "uitgebracht", "uitgave", "datum", "utgivningsdatum", "utgivning", "utgiven", "slapps",
     "slapps den", "utkommer", "udgivelsesdato", "udgivet", "udkommer", "utgivelsesdato", "utgitt", "utgis",
     "data de publicacio", "data de llancament", "publicacio", "data de sortida", "sortida", "surt",
     "fecha de edicion", "edicion", "data di pubblicazione", "data de publicacao", "erschienen", "erscheint",
     "veroffentlicht", "veroffentlicht am", "erscheinungstermin", "vo-termin", "out", "release", "released on",
     "street date", "sortie le", "parution le", "disponible le")
_add("length", "speelduur", "totale speelduur", "speeltijd", "totale speeltijd", "speltid", "total speltid",
     "spilletid", "samlet spilletid", "total spilletid", "durada", "durada total", "durata complessiva",
     "total", "totaal", "gesamt", "duree totale", "duree total", "total running time", "total duration",
     "duracion total", "duracao total", "temps total", "tiempo total")
_add("artist", "artiest", "artiesten", "uitvoerende", "uitvoerenden", "artister", "kunstner", "kunstnere", "artistes")
_add("recorded_at", "opgenomen in", "opnamelocatie", "opnamestudio", "inspelad i", "inspelningsplats",
     "indspillet i", "innspilt i", "enregistrat a", "recording location", "recorded live at", "live at")
_add(IGNORE, "formaat", "formaten", "drager", "dragers", "format", "formats", "formato", "formats disponibles",
     "country", "land", "pays", "pais", "paese", "genre", "genres", "style", "styles", "stijl", "genere",
     "pressed by", "manufactured by", "distributed by", "printed by", "licensed from", "licensed to",
     "marketed by", "made by", "glass mastered at", "pressed at", "rights society", "matrix / runout",
     "matrix", "runout", "phonographic copyright", "copyright", "phonographic copyright (p)", "copyright (c)",
     "price", "prijs", "pris", "preu", "bestel", "bestellen", "koop", "kopen", "vertrieb", "distributie",
     "distribution", "distribucio", "have", "want", "avg rating", "ratings", "last sold", "lowest", "median",
     "highest", "for sale", "series", "serie", "reeks", "oplage", "edition of", "media condition",
     "sleeve condition", "condition", "shipping", "verzending", "levering")
# Other titles of the same release, by key: "Original title", "Titolo internazionale", "Título en castellano".
_add("alternate_title", "original title", "original titles", "titre original", "titulo original", "titolo originale",
     "originaltitel", "original-titel", "titol original", "oorspronkelijke titel", "originele titel",
     "titulo original do filme", "international title", "titre international", "titulo internacional",
     "titolo internazionale", "internationaler titel", "internationale titel", "internationell titel",
     "international titel", "titol internacional", "english title", "titre anglais", "titulo en ingles",
     "titolo inglese", "englischer titel", "engelse titel", "engelsk titel", "titol en angles", "titulo ingles",
     "also known as", "aka", "a.k.a.", "alternative title", "alternate title", "autre titre", "otro titulo",
     "altro titolo", "anderer titel", "andere titel", "titulo en castellano", "titulo en espanol",
     "titulo en catalan", "titol en castella", "titol en catala", "titre francais", "titre en francais",
     "titulo en frances", "titolo francese", "franzosischer titel", "deutscher titel", "titre allemand",
     "titulo en aleman", "titolo tedesco", "titulo em portugues", "titulo portugues", "titolo italiano",
     "titre italien", "titulo en italiano", "italienischer titel", "spanischer titel", "titolo spagnolo",
     "titre espagnol", "nederlandse titel", "svensk titel", "dansk titel", "norsk titel")

# Participles of "<thing> <participle> by <names>" lines -> role. The thing before decides scope
# ("guitar recorded by" -> scope "guitar"); "music", "soundtrack", "album" mean the whole release.
PARTICIPLES: dict[str, str] = {}


def _part(role_id: str, *words: str) -> None:
    for word in words:
        PARTICIPLES[word] = role_id


_part("recording_engineer", "recorded", "tracked", "enregistre", "enregistree", "enregistres", "enregistrees",
      "grabado", "grabada", "grabados", "grabadas", "registrato", "registrata", "registrati", "registrate",
      "aufgenommen", "eingespielt", "gravado", "gravada", "gravados", "gravadas", "captured")
_part("mixing_engineer", "mixed", "mixe", "mixee", "mixes", "mixees", "mezclado", "mezclada", "mezclados",
      "mezcladas", "missato", "missata", "mixato", "mixata", "gemischt", "abgemischt", "mixado", "mixada")
_part("mastering_engineer", "mastered", "masterise", "masterisee", "masterizado", "masterizada", "masterizzato",
      "masterizzata", "gemastert", "remastered")
_part("producer", "produced", "produit", "produite", "producido", "producida", "prodotto", "prodotta",
      "produziert", "produzido", "produzida")
_part("co_producer", "co-produced", "coproduced", "coproduit", "coproducido", "coproducida", "coprodotto")
_part("arranger", "arranged", "arrange", "arrangee", "arreglado", "arreglada", "arrangiato", "arrangiata",
      "arrangiert", "arranjado", "arranjada")
_part("orchestrator", "orchestrated", "orchestre", "orchestree", "orquestado", "orquestada", "orchestrato",
      "orchestrata", "orchestriert", "orquestrado", "orquestrada")
_part("composer", "composed", "compose", "composee", "composees", "compuesto", "compuesta", "composto",
      "composta", "komponiert", "music", "composte", "composti", "compuestos", "compuestas", "compostos",
      "compostas", "compost", "gecomponeerd", "komponerad", "komponeret", "komponert")
_part("songwriter", "written", "ecrit", "ecrite", "escrito", "escrita", "scritto", "scritta", "geschrieben",
      "penned")
_part("lyricist", "lyrics", "texted", "getextet")
_part("performer", "performed", "played", "interprete", "interpretee", "interpretado", "interpretada",
      "interpretato", "interpretata", "gespielt", "interpretiert", "executado", "executada", "joue", "jouee",
      "tocado", "tocada", "suonato", "suonata", "sung", "chante", "chantee", "cantado", "cantada", "cantato",
      "cantata", "gesungen", "eseguito", "eseguita", "eseguiti", "eseguite", "uitgevoerd", "gespeeld",
      "gezongen", "spelad", "spelat", "spillet", "spilt", "interpretat", "interpretats")
_part("conductor", "conducted", "dirige", "dirigee", "diretto", "diretta", "dirigiert", "regido", "regida",
      "dirette", "diretti", "dirigees", "dirigidas", "dirigidos", "gedirigeerd", "dirigerad", "dirigeret")
_part("film_director", "directed", "realise", "realisee", "dirigido", "dirigida", "inszeniert")
_part("editor", "edited", "edite", "editee", "editado", "editada", "montato", "montata", "geschnitten",
      "montado", "montada")
_part("mastering_engineer", "mastered")
_part("recording_engineer", "opgenomen", "inspelad", "inspelat", "indspillet", "innspilt", "enregistrat", "gravat")
_part("mixing_engineer", "gemixt", "gemixed", "gemengd", "mixad", "mixat", "mixet", "mikset", "mesclat")
_part("mastering_engineer", "gemasterd", "mastrad", "mastrat", "mastret", "masteritzat")
_part("producer", "geproduceerd", "producerad", "producerat", "produceret", "produsert", "produit", "compiled")
_part("arranger", "gearrangeerd", "arrangerad", "arrangeret", "arrangert", "arranjat")
_part("cover_designer", "ontworpen", "formgiven")
_part("programmer", "programmed", "programme", "programmee", "programado", "programada", "programmato",
      "programmiert")
_part("remixer", "remixed", "remixe", "remezclado", "remezclada", "remixato", "remixt")
_part("cover_designer", "designed", "concu", "concue", "disenado", "disenada", "progettato", "gestaltet")
_part("artwork", "illustrated", "illustre", "illustree", "ilustrado", "ilustrada", "illustrato", "illustriert")
_part("photographer", "photographed", "photographie", "photographiee", "fotografiado", "fotografiada",
      "fotografato", "fotografiert")
_part("sound_engineer", "engineered")
_part("performer", "vocals", "voice", "voz", "voix", "voce", "gesang")

# Participles that fold into a noun ("orchestré" / "Orchestre"): they count only with their accent.
ACCENTED = {"orchestre": "orchestré", "orchestree": "orchestrée"}

# Words that join two participles or two names.
CONJUNCTIONS = ("and", "&", "y", "e", "et", "und", "+", "i", "en", "og", "och")
# The word between a participle (or a role noun) and the names.
BY_WORDS = ("by", "por", "par", "da", "dalla", "dal", "di", "von", "vom", "door", "pela", "pelo", "de")
# "... at <studio>" after recorded/mixed/mastered
AT_WORDS = ("at", "in", "en", "au", "aux", "a", "à", "al", "presso", "bei", "im", "nos", "no", "na", "em")
PLACE_ROLE = {"recording_engineer": "recorded_at", "mixing_engineer": "mixed_at", "mastering_engineer": "mastered_at"}

# Words before a participle that mean "the whole release" (no scope).
WHOLE_RELEASE_WORDS = frozenset({
    "music", "score", "soundtrack", "album", "record", "the album", "the music", "the score", "the soundtrack",
    "the record", "all music", "all tracks", "all songs", "tracks", "songs", "original soundtrack",
    "musique", "la musique", "bande originale", "la bande originale", "l'album", "album", "bo", "la bo", "disque",
    "le disque", "musica", "la musica", "banda sonora", "la banda sonora", "el album", "el disco", "disco",
    "colonna sonora", "la colonna sonora", "l'album", "il disco", "musik", "die musik", "filmmusik", "das album",
    "soundtrack", "der soundtrack", "trilha sonora", "a trilha sonora", "o album", "a musica",
    "all compositions", "all songs", "all music", "all tracks", "toutes les compositions", "toutes les chansons",
    "todas las composiciones", "todas las canciones", "tutte le composizioni", "tutti i brani", "alle kompositionen",
    "alle titel", "alle songs", "todas as composicoes", "todas as musicas", "original music", "original score",
    "original soundtrack", "musique originale", "musica original", "musiche originali", "originalmusik",
    "musiche", "le musiche", "muziek", "de muziek", "alle muziek", "alle nummers", "alle stukken", "musiken",
    "musikken", "all musik", "la musica", "les musiques", "las canciones", "le canzoni", "tutte le musiche",
    "todas las canciones", "alle lieder", "die lieder", "all the songs", "the songs", "all lyrics", "songs",
    # the work itself: "Ein Hörspiel nach dem Roman von X", "A film based on the novel by X"
    "a film", "the film", "un film", "le film", "una pelicula", "la pelicula", "il film", "der film", "ein film",
    "um filme", "o filme", "a play", "the play", "une piece", "la piece", "una obra", "la obra", "ein horspiel",
    "das horspiel", "a radio play", "the radio play", "une piece radiophonique", "a series", "the series",
    "une serie", "la serie", "una serie", "eine serie", "die serie", "a documentary", "un documentaire",
    "un documental", "un documentario", "ein dokumentarfilm", "the game", "a game", "le jeu", "el juego",
    "il gioco", "das spiel", "the story", "l'histoire", "la historia", "la storia", "die geschichte",
})

# Roles whose "name" is a place: the right side is not a person.
PLACE_ROLES = frozenset({"recorded_at", "mixed_at", "mastered_at"})
# "recorded at <place>" without a person.
PLACE_PARTICIPLES: dict[str, str] = {
    "recorded": "recorded_at", "enregistre": "recorded_at", "enregistree": "recorded_at", "grabado": "recorded_at",
    "grabada": "recorded_at", "registrato": "recorded_at", "registrata": "recorded_at", "aufgenommen": "recorded_at",
    "eingespielt": "recorded_at", "gravado": "recorded_at", "gravada": "recorded_at", "tracked": "recorded_at",
    "mixed": "mixed_at", "mixe": "mixed_at", "mixee": "mixed_at", "mezclado": "mixed_at", "mezclada": "mixed_at",
    "missato": "mixed_at", "mixato": "mixed_at", "gemischt": "mixed_at", "mixado": "mixed_at",
    "mastered": "mastered_at", "masterise": "mastered_at", "masterizado": "mastered_at",
    "masterizzato": "mastered_at", "gemastert": "mastered_at",
}
PLACE_PARTICIPLES.update({w: "recorded_at" for w in (
    "registrati", "registrate", "grabados", "grabadas", "enregistres", "enregistrees", "gravados", "gravadas",
    "opgenomen", "inspelad", "inspelat", "indspillet", "innspilt", "enregistrat", "gravat", "captured")})
PLACE_PARTICIPLES.update({w: "mixed_at" for w in ("gemixt", "gemixed", "mixad", "mixet", "mikset", "mesclat",
                                                  "abgemischt", "mixata", "missata")})
PLACE_PARTICIPLES.update({w: "mastered_at" for w in ("gemasterd", "mastrad", "mastret", "masteritzat",
                                                     "masterizada", "masterisee", "remastered")})

# Song markers: 'Song "X"', 'Canción «X»' set the scope of the credit lines that follow.
SONG_WORDS = ("song", "title song", "theme song", "end title song", "canción", "cancion", "tema", "chanson",
              "canzone", "brano", "lied", "titelsong", "titellied", "cancao", "musica tema", "single")

# Polish, Czech, Portuguese, Swedish and Norwegian role words and header keys (folded: "Reżyseria" ->
# "rezyseria", "Scénář" -> "scenar").
_add("composer", "muzyka", "muzyka oryginalna", "muzyke skomponowal", "muzyke skomponowala", "kompozytor",
     "kompozytorka", "muzyka i slowa", "hudba", "skladatel", "skladatelka", "autor hudby", "hudbu slozil",
     "hudbu slozila", "composicao", "composicoes", "musica e arranjos", "kompositor", "musik och arrangemang",
     "musikk og arrangement", "tonsattning")
_add("lyricist", "slowa", "tekst piosenek", "autor tekstow", "texty", "autor textu", "letrista", "sangtext",
     "sangtekst", "tekster")
_add("arranger", "aranzacja", "aranzacje", "aranzer", "aranzmany", "aranzma", "aranzoval", "arranjo", "arrangor",
     "arrangor", "arrangement av")
_add("orchestrator", "orkiestracja", "orkiestracje", "orchestrace", "orkestrering", "orkestrering av")
_add("film_director", "rezyseria", "rezyser", "rezyserka", "rezie", "reziser", "reziserka", "direcao de",
     "regissor", "regissor", "i regi av")
_add("screenwriter", "scenariusz", "scenarzysta", "scenarzystka", "scenar", "scenarista", "roteiro de",
     "manusforfatter", "manusforfattare", "manus av")
_add("cast", "wystepuja", "obsada", "w rolach glownych", "hraji", "obsazeni", "v hlavnich rolich", "ucinkuji",
     "elenco principal", "i rollerna", "i rollene", "skuespillere", "skadespelare")
_add("performer", "wykonawcy", "wykonanie", "muzycy", "solisci", "ucinkujici", "hudebnici", "participacao",
     "participacao especial", "participacoes", "ficha tecnica musicos", "medverkande musiker", "musikere")
_add("conductor", "dyrygent", "dyrygentka", "dyryguje", "dirigent", "dirigentka", "diriguje", "ridi", "regencia de",
     "dirigering", "dirigert av")
_add("orchestra", "orkiestra", "orchestr", "orkester")
_add("choir", "chor", "sbor", "kor", "coral")
_add("chorus_master", "przygotowanie choru", "kierownik choru", "sbormistr", "sbormistryne", "korledare",
     "korleder", "regente do coro")
_add("concertmaster", "koncertmistrz", "koncertni mistr", "spalla", "konsertmastare", "konsertmester")
_add("producer", "producent", "producentka", "produkcja", "produkcja muzyczna", "wyprodukowal", "wyprodukowala",
     "produkce", "producer", "produziu", "producao musical", "produzido e arranjado por", "producerad av",
     "produsert av", "produktion")
_add("executive_producer", "producent wykonawczy", "vykonny producent", "produtor executivo", "exekutiv producent",
     "utovende produsent")
_add("recording_engineer", "realizacja nagran", "realizacja nagrania", "nagranie", "nagrania", "nagral", "nagrala",
     "realizator nagran", "nahravani", "nahral", "nahrala", "nahravka", "tecnico de gravacao", "gravacoes",
     "captacao", "inspelningstekniker", "inspelning och mix", "innspillingstekniker", "innspilling")
_add("mixing_engineer", "miks", "miksowanie", "zmiksowal", "zmiksowala", "mix", "mixaz", "smichal", "mixagem por",
     "mixning", "mixad av", "miksing", "miksa", "miks av")
_add("mastering_engineer", "mastering", "masteringowal", "masterizace", "masterizacao por", "mastring",
     "mastrad av", "mastret av")
_add("sound_engineer", "realizator dzwieku", "realizacja dzwieku", "dzwiek", "zvuk", "zvukovy mistr", "zvukar",
     "tecnico de som", "ljudtekniker", "ljud", "lydtekniker", "lyd", "lydteknikk")
_add("editor", "montaz", "montaz muzyki", "strih", "edicao de", "klippning", "redigering")
_add("programmer", "programowanie", "programovani", "programacao de", "programmering")
_add("cover_designer", "projekt okladki", "okladka", "projekt graficzny", "grafika", "oprawa graficzna",
     "obal", "graficka uprava", "design obalu", "arte", "projeto grafico de", "omslagsdesign", "grafisk form",
     "omslagsdesign av", "design og layout")
_add("artwork", "ilustracja", "ilustracje", "ilustrace", "obraz na okladce", "arte da capa", "illustrasjon",
     "illustrationer")
_add("photographer", "zdjecia", "zdjecie", "fotografie", "fotografia de capa", "fotos de", "foto av", "foto:",
     "fotografi av")
_add("liner_notes_author", "tekst w ksiazeczce", "notatki", "text v bookletu", "texto do encarte", "encarte",
     "texto de", "konvolutttekst", "hefte")
_add("original_author", "na podstawie powiesci", "wedlug powiesci", "na motywach powiesci", "podle romanu",
     "na motivy romanu", "podle knihy", "baseado no romance", "baseado no livro", "efter romanen av",
     "baserad pa romanen av", "basert pa romanen av", "etter romanen av", "nach dem gleichnamigen roman von",
     "nach motiven von")
_add("recorded_at", "miejsce nagrania", "nagrano w", "nagrano", "studio nagran", "misto nahrani", "nahrano v",
     "nahrano", "studio", "gravado em", "gravado no", "gravado na", "local da gravacao", "estudio",
     "inspelat i", "inspelad pa", "innspilt i", "innspilt pa", "spilt inn i", "spilt inn pa")
_add("mixed_at", "zmiksowano w", "mixovano v", "mixado em", "mixat i", "mikset i")
_add("mastered_at", "masterowano w", "masterovano v", "masterizado em", "mastrat i")
_add("label", "wydawca", "wytwornia", "wydawnictwo", "vydavatel", "vydavatelstvi", "label", "gravadora",
     "selo", "skivbolag", "plateselskap", "utgiver")
_add("catalog_number", "nr katalogowy", "numer katalogowy", "nr kat.", "nr kat", "katalogove cislo", "kat. c.",
     "kat. cislo", "numero de catalogo", "n. de catalogo", "codigo", "referencia", "katalognummer", "katalognr",
     "katalognr.", "katalog nr", "kat.nr", "best.-nr.", "bestell-nr.", "bestell-nr", "artikelnummer", "art.-nr.",
     "art.-nr", "order no.", "order number", "n° cat.", "nº de catalogo")
_add("barcode", "kod kreskowy", "kod ean", "carovy kod", "codigo de barras", "streckkod", "strekkode", "ean-code",
     "ean code", "ean-nr.", "ean-nr")
_add("release_date", "data wydania", "data premiery", "premiera", "wydano", "datum vydani", "vydano", "vychazi",
     "lancamento", "data de lancamento", "lancado em", "utgivningsdatum", "utgivelsesdato", "utgitt", "slipp",
     "slippdato", "vo", "vo:", "vo-datum", "release-datum", "erstveroffentlichung")
_add("length", "czas trwania", "calkowity czas", "laczny czas", "celkova stopaz", "stopaz", "celkovy cas",
     "duracao total", "tempo total", "total speltid", "speltid", "spilletid", "total spilletid")
_add("alternate_title", "tytul angielski", "tytul oryginalny", "tytul miedzynarodowy", "anglicky nazev",
     "originalni nazev", "mezinarodni nazev", "titulo em ingles", "titulo original", "titulo internacional",
     "engelsk titel", "engelsk tittel", "originaltittel", "internasjonal tittel")
_add(IGNORE, "dostepnosc", "cena", "dodaj do koszyka", "kup", "kup teraz", "format", "nosnik", "dostupnost",
     "cena:", "koupit", "do kosiku", "preco", "comprar", "disponivel", "formato", "pris", "kop", "kjop", "tillganglig",
     "tilgjengelig", "zdjecia filmowe", "kamera", "autor zdjec", "fotografia do filme", "direcao de fotografia",
     "foto (film)", "podekovani", "podziekowania", "agradecimentos", "tack", "takk", "vertrieb", "vertrieb:")
_add("liner_notes_author", "sleeve notes by", "sleeve note by", "sleeve note", "sleevenotes", "album notes by",
     "programme notes by", "program notes by", "booklet notes by", "essay by", "liner essay by")


# Japanese and Chinese role words and header keys.
def _add_cjk() -> None:
    from labeldesk.importer.cjk import ROLE_PHRASES as cjk_phrases
    from labeldesk.importer.folding import fold

    for phrase, ids in cjk_phrases.items():
        # folded as the readers fold a label (kana lose their voicing marks: "マスタリング" -> "マスタリンク")
        ROLE_PHRASES.setdefault(fold(phrase), (IGNORE,) if ids == ("-",) else ids)


_add_cjk()


# Catalan technical sheets ("Fitxa tècnica") and settings of poems.
_add("sound_engineer", "enginyer de so", "enginyera de so", "tecnic de so", "tecnica de so", "presa de so")
_add("producer", "produccio artistica", "direccio artistica", "produit per", "produccio musical")
_add("executive_producer", "produccio executiva", "productor executiu", "productora executiva")
_add("editor", "edicio", "edicio musical", "muntatge")
_add(("editor", "mastering_engineer"), "edicio i masteritzacio", "edicio i mastering")
_add("photographer", "fotografies", "fotografia de portada", "fotos de")
_add("cover_designer", "disseny de la portada", "disseny de portada", "disseny de coberta")
_add("lyricist", "sobre poemes de", "amb poemes de", "sobre textos de", "poemes de", "amb textos de",
     "sobre un poema de", "sur un poeme de", "on a poem by", "su una poesia di", "sobre un poema de")

# "All compositions are by X" stated as a sentence
_add("composer", "all compositions are by", "all the compositions are by", "all music is by", "tutte le composizioni sono di",
     "tutti i brani sono di", "toutes les compositions sont de", "todas las composiciones son de",
     "todas as composicoes sao de", "alle kompositionen sind von", "alle composities zijn van",
     "alla kompositioner ar av", "totes les composicions son de")

# music and lyrics of the songs by one hand
_add("songwriter", "musicas e letras", "musica e letra", "musica e letras", "musicas e letra", "music and lyrics",
     "music & lyrics", "musique et paroles", "musica y letra", "musica y letras", "musica e testi", "musik und text",
     "text und musik", "muziek en tekst", "musik och text", "musik og tekst", "musica i lletra")


def _add_folded(roles: str | tuple[str, ...], *phrases: str) -> None:
    """Phrases written as printed (accents, Greek tonos, Turkish dotless i), keyed folded."""
    from labeldesk.importer.folding import fold

    _add(roles, *{fold(p) for p in phrases})


# The release's own title named by a key on a distributor's fact sheet ("ALBUM ........ X", "Titel: X").
_add_folded("release_title", "album title", "album", "release title", "title of the album", "titre de l'album",
            "titre de l album", "titulo del album", "titolo dell'album", "titolo dell album", "albumtitel", "titel",
            "albumi", "albumin nimi", "tytul", "tytul albumu", "nazev", "nazev alba", "album adi", "albüm", "album adı",
            "titulo do album", "titulo", "titolo", "titre", "album titel")

# Fact sheets, booklets and pages in Czech, Polish, Turkish, Finnish, Portuguese, Greek and Korean.
_add_folded("producer", "hudebni rezie", "produkce", "produkcja wydania", "produkcja muzyczna", "producao original",
            "producao da reedicao", "tuottaja", "tuotanto", "prodüktör", "produktor", "παραγωγη", "프로듀서", "제작")
_add_folded("sound_engineer", "mistr zvuku", "zvukovy mistr", "tecnico de som", "realizator dzwieku", "ses muhendisi",
            "ηχοληπτης", "ηχολήπτης")
_add_folded("editor", "strih", "montaz", "μονταζ")
_add_folded("recorded_at", "misto nahravky", "miejsce nagrania", "kayit yeri", "local de gravacao", "aanityspaikka")
_add_folded("liner_notes_author", "text bookletu", "tekst w ksiazeczce", "texto do livreto", "kitapcik metni",
            "κειμενο ενθετου")
_add_folded("cover_designer", "obalka", "grafika obalu", "projekt graficzny", "projekt okladki", "design grafico",
            "tasarim", "kapak tasarimi", "σχεδιασμος εξωφυλλου", "σχεδιασμοσ εξωφυλλου", "εξωφυλλο")
_add_folded("photographer", "zdjecia", "fotografie", "fotografias da sessao", "kapak fotografi", "valokuvat",
            "φωτογραφιες", "φωτογραφια", "사진")
_add_folded("recording_engineer", "realizacja nagran", "nagranie", "ηχογραφηση", "kayit", "aanitys")
_add_folded(("recording_engineer", "mixing_engineer"), "nagranie i miks", "aanitys ja miksaus", "gravacao e mistura",
            "nahravani a mix", "ηχογραφηση και μιξη", "kayit ve miks")
_add_folded("mixing_engineer", "miks", "miksaus", "μιξη", "믹싱", "mixaz", "mistura")
_add_folded("mastering_engineer", "remastering", "remasterizacao", "masterointi", "mastering", "마스터링", "mastır")
_add_folded("artwork", "kansitaide", "kansi", "εικονογραφηση")
_add_folded("art_director", "아트 디렉션", "아트 디렉터", "καλλιτεχνικη διευθυνση")
_add_folded("composer", "μουσικη", "συνθεση", "작곡", "sävellys", "savellys", "besteci", "muzyka", "hudba")
_add_folded("lyricist", "στιχοι", "작사", "sanoitus", "söz", "slowa", "texty")
_add_folded("arranger", "ενορχηστρωση", "διασκευη", "편곡", "sovitus", "duzenleme")
_add_folded("film_director", "σκηνοθεσια", "감독", "ohjaus", "yönetmen", "reżyseria", "rezyseria", "rezie")
_add_folded("screenwriter", "σεναριο", "각본", "käsikirjoitus", "kasikirjoitus", "senaryo", "scenariusz", "scenar")
_add_folded("cast", "παιζουν", "πρωταγωνιστουν", "출연", "näyttelijät", "nayttelijat", "oyuncular", "obsada")
_add_folded("conductor", "διευθυνση ορχηστρας", "διευθυνση", "지휘", "kapellimestari", "şef", "dyrygent", "dirigent")
_add_folded("chorus_master", "διδασκαλια χορωδιας", "προετοιμασια χορωδιας", "chormistrz", "sbormistr")
_add_folded("translator", "μεταφραση κειμενων", "μεταφραση", "번역", "käännös", "kaannos", "ceviri", "tłumaczenie",
            "tlumaczenie", "preklad", "traducao")
_add_folded("artist", "sanatci", "sanatçı", "artysta", "wykonawca", "umelec", "interpret", "esittäjä", "esittaja",
            "καλλιτεχνης", "ερμηνεια", "아티스트")
_add_folded("label", "plak sirketi", "plak şirketi", "ετικετα", "δισκογραφικη", "레이블", "levy-yhtio", "levy-yhtiö",
            "editora", "selo")
_add_folded("catalog_number", "katalog no", "katalog numarasi", "κωδικος", "luettelonumero")
_add_folded("barcode", "barkod", "viivakoodi", "γραμμωτος κωδικας", "바코드")
_add_folded("release_date", "cikis tarihi", "çıkış tarihi", "julkaisupaiva", "julkaisupäivä", "κυκλοφορια",
            "ημερομηνια κυκλοφοριας", "발매일", "data de edicao", "vydano", "datum vydani")
_add_folded("length", "toplam sure", "toplam süre", "συνολικη διαρκεια", "kokonaiskesto", "재생 시간", "총 재생 시간")
