"""Instrument and voice names: any language's word -> the lower-case English name credits use."""

from __future__ import annotations

from functools import lru_cache

from labeldesk.model.names import fold

# English name -> the words other languages (and English variants) use for it; keys are matched folded
# (lower-case, accent-free), so "Violoncelle" and "violoncelle" are one entry.
_WORDS: dict[str, tuple[str, ...]] = {
    "violin": ("violin", "violins", "violon", "violons", "violin", "violines", "violino", "violini", "violine",
               "violinen", "geige", "violino solo", "violino"),
    # a folk player's fiddle is named as printed
    "fiddle": ("fiddle", "fiddles"),
    "viola": ("viola", "violas", "viole", "bratsche", "violetta"),
    "cello": ("cello", "cellos", "violoncello", "violoncelli", "violoncelle", "violoncelles", "violonchelo",
              "violonchelos", "violoncelo", "chelo", "violoncellist"),
    "double bass": ("double bass", "double-bass", "contrebasse", "contrebasses", "contrabajo", "contrabajos",
                    "contrabbasso", "contrabbassi", "kontrabass", "contrabaixo", "upright bass", "string bass"),
    "bass": ("bass", "basse", "bajo", "basso", "baixo", "e-bass", "bass guitar", "electric bass", "basse electrique",
             "bajo electrico", "basso elettrico"),
    "piano": ("piano", "pianos", "pianoforte", "klavier", "flugel", "grand piano", "piano a queue"),
    "keyboards": ("keyboards", "keyboard", "keys", "claviers", "clavier", "teclados", "teclado", "tastiere",
                  "tastiera", "keyboards"),
    "guitar": ("guitar", "guitars", "guitare", "guitares", "guitarra", "guitarras", "chitarra", "chitarre",
               "gitarre", "gitarren"),
    "acoustic guitar": ("acoustic guitar", "guitare acoustique", "guitarra acustica", "chitarra acustica",
                        "akustische gitarre", "akustikgitarre", "violao"),
    "electric guitar": ("electric guitar", "guitare electrique", "guitarra electrica", "chitarra elettrica",
                        "e-gitarre", "guitarra eletrica"),
    "classical guitar": ("classical guitar", "guitare classique", "guitarra clasica", "chitarra classica",
                         "konzertgitarre"),
    "drums": ("drums", "drum", "batterie", "bateria", "batteria", "schlagzeug", "drum kit"),
    "percussion": ("percussion", "percussions", "percusion", "percusiones", "percussioni", "perkussion",
                   "schlagwerk", "percussao"),
    "flute": ("flute", "flutes", "flauta", "flautas", "flauto", "flauti", "flote", "floten", "querflote"),
    "recorder": ("recorder", "flute a bec", "flauta dulce", "flauto dolce", "blockflote", "flauta doce"),
    "piccolo": ("piccolo", "flautin", "ottavino", "pikkoloflote"),
    "clarinet": ("clarinet", "clarinets", "clarinette", "clarinettes", "clarinete", "clarinetes", "clarinetto",
                 "klarinette"),
    "bass clarinet": ("bass clarinet", "clarinette basse", "clarinete bajo", "clarinetto basso", "bassklarinette"),
    "oboe": ("oboe", "oboes", "hautbois", "oboi", "oboen", "obo"),
    "english horn": ("english horn", "cor anglais", "corno ingles", "corno inglese", "englischhorn"),
    "bassoon": ("bassoon", "bassoons", "basson", "fagot", "fagotto", "fagott", "fagote"),
    "horn": ("horn", "horns", "french horn", "cor", "cors", "trompa", "trompas", "corno", "corni", "waldhorn",
             "horner", "trompa"),
    "trumpet": ("trumpet", "trumpets", "trompette", "trompettes", "trompeta", "trompetas", "tromba", "trombe",
                "trompete", "trompeten"),
    "trombone": ("trombone", "trombones", "trombon", "posaune", "posaunen", "tromboni"),
    "tuba": ("tuba", "tubas"),
    "saxophone": ("saxophone", "saxophones", "sax", "saxofon", "saxofono", "saxophon", "saxofone"),
    "soprano saxophone": ("soprano saxophone", "soprano sax", "saxophone soprano", "saxofon soprano",
                          "sax soprano"),
    "alto saxophone": ("alto saxophone", "alto sax", "saxophone alto", "saxofon alto", "sax alto"),
    "tenor saxophone": ("tenor saxophone", "tenor sax", "saxophone tenor", "saxofon tenor", "sax tenor"),
    "harp": ("harp", "harps", "harpe", "arpa", "harfe", "harpa"),
    "accordion": ("accordion", "accordeon", "acordeon", "fisarmonica", "akkordeon", "sanfona", "acordeao"),
    "bandoneon": ("bandoneon", "bandonion"),
    "organ": ("organ", "orgue", "organo", "orgel", "orgao", "hammond organ", "hammond"),
    "harpsichord": ("harpsichord", "clavecin", "clavicembalo", "cembalo", "cravo"),
    "celesta": ("celesta", "celeste"),
    "synthesizer": ("synthesizer", "synthesizers", "synthesiser", "synth", "synths", "synthetiseur",
                    "synthetiseurs", "sintetizador", "sintetizadores", "sintetizzatore", "sintetizzatori"),
    "electronics": ("electronics", "electronique", "electronica", "elettronica", "elektronik"),
    "mandolin": ("mandolin", "mandoline", "mandolina", "mandolino", "bandolim"),
    "banjo": ("banjo",),
    "ukulele": ("ukulele",),
    "vibraphone": ("vibraphone", "vibes", "vibrafono", "vibraphon", "vibrafone"),
    "marimba": ("marimba",),
    "xylophone": ("xylophone", "xilofono", "xylophon"),
    "glockenspiel": ("glockenspiel",),
    "timpani": ("timpani", "timbales", "timbal", "pauken", "pauke", "tympani"),
    "whistle": ("whistle", "whistling", "sifflet", "silbido", "fischio", "pfeifen"),
    "harmonica": ("harmonica", "armonica", "mundharmonika"),
    "harmonium": ("harmonium", "armonio"),
    "vocals": ("vocals", "vocal", "voice", "voices", "lead vocals", "cante", "cantaor", "cantaora", "voix", "voz", "voces", "voce", "voci",
               "gesang", "stimme", "chant", "vocalist", "singer", "chanteur", "chanteuse", "cantante",
               "sanger", "sangerin", "canto"),
    "backing vocals": ("backing vocals", "background vocals", "choeurs", "coros", "cori", "backing voices",
                       "backgroundgesang", "chor-gesang", "backings"),
    "soprano": ("soprano", "sopran", "soprane"),
    "mezzo-soprano": ("mezzo-soprano", "mezzo soprano", "mezzo", "mezzosopran"),
    "alto": ("alto", "alt"),
    "contralto": ("contralto", "kontraalt"),
    "countertenor": ("countertenor", "contre-tenor", "contratenor", "controtenore", "countertenor"),
    "tenor": ("tenor", "tenore", "tenors"),
    "baritone": ("baritone", "baryton", "baritono", "bariton"),
    "bass-baritone": ("bass-baritone", "bass baritone", "baryton-basse", "bajo-baritono", "bassbariton"),
    "strings": ("strings", "cordes", "cuerdas", "archi", "streicher", "cordas"),
    "brass": ("brass", "cuivres", "metales", "ottoni", "blechblaser", "metais"),
    "woodwinds": ("woodwinds", "bois", "maderas", "legni", "holzblaser", "madeiras"),
    "sitar": ("sitar",),
    "tabla": ("tabla", "tablas"),
    "duduk": ("duduk",),
    "oud": ("oud", "ud", "laud arabe"),
    "lute": ("lute", "luth", "laud", "liuto", "laute", "alaude"),
    "bagpipes": ("bagpipes", "bagpipe", "cornemuse", "gaita gallega", "cornamusa", "dudelsack"),
    "cajon": ("cajon",),
    "electric piano": ("electric piano", "e-piano", "piano electrique", "piano electrico", "piano elettrico",
                       "elektrische piano", "elpiano"),
    "fender rhodes": ("fender rhodes", "rhodes", "rhodes piano"),
    "wurlitzer": ("wurlitzer", "wurlitzer piano"),
    "clavinet": ("clavinet",),
    "mellotron": ("mellotron",),
    "moog synthesizer": ("moog", "moog synthesizer", "minimoog"),
    "melodica": ("melodica",),
    "flugelhorn": ("flugelhorn", "flugelhorns", "flugelhoorn", "bugle", "fliscorno", "flicorno", "bugel"),
    "cornet": ("cornet", "cornet a pistons", "corneta", "cornetta", "kornett"),
    "euphonium": ("euphonium", "bombardino"),
    "baritone saxophone": ("baritone saxophone", "baritone sax", "bari sax", "saxophone baryton", "saxofon baritono",
                           "baritonsaxofoon", "baritonsaxophon", "baritonsax"),
    "pedal steel guitar": ("pedal steel guitar", "pedal steel", "steel guitar", "lap steel", "lap steel guitar"),
    "twelve-string guitar": ("twelve-string guitar", "12-string guitar"),
    "bass guitar": ("bass guitar",),
    "tambourine": ("tambourine", "tambourin", "pandereta", "tamburello", "tamburin"),
    "congas": ("congas", "conga"),
    "bongos": ("bongos", "bongo"),
    "djembe": ("djembe",),
    "kalimba": ("kalimba", "mbira"),
    "theremin": ("theremin",),
    "concertina": ("concertina",),
    "zither": ("zither", "cithare", "citara", "cetra"),
    "dulcimer": ("dulcimer",),
    "hammered dulcimer": ("hammered dulcimer", "hackbrett", "tympanon", "cymbaly", "cimbal", "cymbalom"),
    "bouzouki": ("bouzouki",),
    "balalaika": ("balalaika",),
    "charango": ("charango",),
    "nyckelharpa": ("nyckelharpa",),
    "hardanger fiddle": ("hardanger fiddle", "hardingfele"),
    "hurdy-gurdy": ("hurdy-gurdy", "vielle a roue", "zanfona", "ghironda", "drehleier"),
    "uilleann pipes": ("uilleann pipes",),
    "tin whistle": ("tin whistle", "whistles"),
    "bodhran": ("bodhran",),
    "sampler": ("sampler", "samples", "sampling"),
    "drum machine": ("drum machine", "drum machines", "boite a rythmes", "caja de ritmos"),
    "field recordings": ("field recordings", "field recording", "enregistrements de terrain"),
    "tape": ("tape", "tape loops"),
    "programming": ("programming", "programmation", "programacion", "programmazione", "programmierung"),
    "turntables": ("turntables", "platines", "scratches"),
}

# Dutch, Scandinavian and Catalan words for instruments already listed above.
_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "double bass": ("contrabas", "kontrabas", "kontrabass", "staande bas", "contrabaix"),
    "drums": ("slagwerk", "trummor", "trommer", "bateries"),
    "guitar": ("gitaar", "gitarr", "gitar"),
    "vocals": ("zang", "sang", "veu", "veus", "lead zang"),
    "piano": ("vleugel", "flygel", "klaver", "klaveer", "pianoforte"),
    "alto saxophone": ("altsaxofoon", "altsaxofon", "altsaxophon", "altsax"),
    "tenor saxophone": ("tenorsaxofoon", "tenorsaxofon", "tenorsaxophon", "tenorsax"),
    "soprano saxophone": ("sopraansaxofoon", "sopransaxofon", "sopransaxophon", "sopransax"),
    "saxophone": ("saxofoon",),
    "trumpet": ("trompet",),
    "trombone": ("basun",),
    "cello": ("violoncel", "violoncell"),
    "violin": ("viool", "fiol", "fiolin", "violi"),
    "flute": ("fluit", "dwarsfluit", "flojte", "floyte"),
    "clarinet": ("klarinet", "klarinett"),
    "keyboards": ("toetsen", "tangenter"),
    "percussion": ("percussie", "slagverk", "percussio"),
    "bass": ("basgitaar", "elbas", "baix"),
    "accordion": ("dragspel", "trekkspill", "acordio"),
}

# Polish, Czech, Portuguese, Swedish and Norwegian words (folded forms; Polish and Czech nominative and the
# instrumental case a "gra na" / "hraje na" line does not use, since credit lines list the bare noun).
_SLAVIC_AND_OTHER_WORDS: dict[str, tuple[str, ...]] = {
    "piano": ("fortepian", "klavir", "flygel"),
    "violin": ("skrzypce", "housle", "violino", "rabeca", "fiolin", "fela"),
    "viola": ("altowka", "viola da braccio"),
    "cello": ("wiolonczela", "violoncelo", "violoncell", "cello solo"),
    "double bass": ("kontrabas", "kontrabass", "contrabaixo acustico", "baixo acustico"),
    "bass": ("gitara basowa", "bas", "baskytara", "baixo eletrico", "elbas", "bass"),
    "guitar": ("gitara", "kytara", "gitarr", "gitar", "guitarra"),
    "acoustic guitar": ("gitara akustyczna", "akusticka kytara", "violao de aco", "akustisk gitarr",
                        "akustisk gitar"),
    "electric guitar": ("gitara elektryczna", "elektricka kytara", "elgitarr", "elgitar"),
    "classical guitar": ("gitara klasyczna", "violao de nylon"),
    "seven-string guitar": ("violao de sete cordas", "violao 7 cordas", "sete cordas"),
    "cavaquinho": ("cavaquinho", "cavaco"),
    "pandeiro": ("pandeiro",),
    "surdo": ("surdo",),
    "cuica": ("cuica",),
    "drums": ("perkusja", "bebny", "zestaw perkusyjny", "bici", "trummor", "trommer", "bateria"),
    "percussion": ("instrumenty perkusyjne", "perkuse", "bicie nastroje", "percussao", "slagverk"),
    "accordion": ("akordeon", "akordeon guzikowy", "dragspel", "trekkspill", "sanfona", "acordeao"),
    "flute": ("flet", "flet poprzeczny", "fletna", "pricna fletna", "flauta transversal", "flojt", "floyte"),
    "clarinet": ("klarnet", "klarinet", "klarinett"),
    "oboe": ("oboj", "hoboj", "obo"),
    "bassoon": ("fagot",),
    "horn": ("waltornia", "lesni roh", "trompa", "valthorn", "horn"),
    "trumpet": ("trabka", "trubka", "trompete", "trumpet", "trompet"),
    "trombone": ("puzon", "pozoun", "trombone", "trombon", "basun"),
    "harp": ("harfa", "harpa", "harpe"),
    "organ": ("organy", "varhany", "orgao", "orgel"),
    "harpsichord": ("klawesyn", "cembalo", "cravo"),
    "vocals": ("wokal", "spiew", "glos", "zpev", "voz", "sang"),
    "backing vocals": ("chorki", "wokal wspierajacy", "vocais de apoio", "koristy", "korsang"),
    "synthesizer": ("syntezator", "syntezatory", "syntetizator", "sintetizador", "synt", "synth"),
    "keyboards": ("instrumenty klawiszowe", "klawisze", "klavesy", "teclados", "klaviatur", "keyboard"),
    "saxophone": ("saksofon", "saxofon"),
    "soprano": ("sopran",),
    "mezzo-soprano": ("mezzosopran",),
    "alto": ("alt",),
    "tenor": ("tenor",),
    "baritone": ("baryton", "baritono", "bariton"),
    "bass voice": ("basso profondo",),
    "electronics": ("elektronika", "elektronik", "eletronica"),
    "programming": ("programowanie", "programovani", "programacao", "programmering"),
    "mandolin": ("mandolina", "mandolin"),
    "dulcimer": ("cymbalki",),
    "strings": ("smyczki", "smycce", "cordas", "strakar", "strykere"),
    "banjo": ("banjo",),
    "harmonica": ("harmonijka ustna", "foukaci harmonika", "gaita de boca", "munspel", "munnspill"),
}

# Instruments of other traditions and of early music, named alike in most languages.
_WORLD_AND_EARLY: dict[str, tuple[str, ...]] = {
    "kora": ("kora",), "ngoni": ("ngoni", "n'goni"), "balafon": ("balafon",), "erhu": ("erhu",), "pipa": ("pipa",),
    "guzheng": ("guzheng",), "koto": ("koto",), "shakuhachi": ("shakuhachi",), "shamisen": ("shamisen",),
    "santur": ("santur", "santoor"), "qanun": ("qanun", "kanun", "kanoun"), "ney": ("ney",),
    "kemenche": ("kemenche", "kemence"), "saz": ("saz", "baglama"), "kamancheh": ("kamancheh",),
    "darbuka": ("darbuka", "darbouka", "doumbek"), "bendir": ("bendir",), "riq": ("riq",), "udu": ("udu",),
    "handpan": ("handpan", "hang drum"), "didgeridoo": ("didgeridoo",), "sarangi": ("sarangi",),
    "bansuri": ("bansuri",), "tanpura": ("tanpura",), "tambura": ("tambura",), "mridangam": ("mridangam",), "ocarina": ("ocarina",),
    "fujara": ("fujara",), "cimbalom": ("cimbalom", "cymbalom", "cimbal", "cymbaly"), "viola da gamba":
    ("viola da gamba", "viole de gambe", "gambe", "viol"), "theorbo": ("theorbo", "theorbe", "tiorba",
    "theorbe", "teorba"), "fortepiano": ("fortepiano (historical)",), "clavichord": ("clavichord", "clavicorde"),
    "sackbut": ("sackbut", "saqueboute"), "cornetto": ("cornetto", "cornett", "zink"),
    "natural horn": ("natural horn", "cor naturel", "naturhorn"), "baroque guitar": ("baroque guitar",),
    "steel drums": ("steel drums", "steelpan", "steel pan"), "berimbau": ("berimbau",), "tabla": ("tabla",),
    "glass harmonica": ("glass harmonica", "armonica de verre", "glasharmonika"),
    "musical saw": ("musical saw", "singing saw", "scie musicale", "singende sage"),
}

# Japanese katakana and kanji names, and words of German, Swedish and Portuguese line-ups not listed above.
_JAPANESE_AND_MORE_WORDS: dict[str, tuple[str, ...]] = {
    "strings": ("ストリングス", "弦楽", "弦楽器"),
    "vocals": ("ボーカル", "ヴォーカル", "歌", "vo"),
    "backing vocals": ("コーラス", "chorgesang", "backgroundgesang", "begleitgesang", "korsang"),
    "guitar": ("ギター",),
    "acoustic guitar": ("アコースティックギター", "アコギ"),
    "electric guitar": ("エレキギター",),
    "bass": ("ベース",),
    "drums": ("ドラム", "ドラムス"),
    "keyboards": ("キーボード", "key", "keys"),
    "piano": ("ピアノ",),
    "trumpet": ("トランペット",),
    "saxophone": ("サックス", "サクソフォン"),
    "violin": ("バイオリン", "ヴァイオリン"),
    "cello": ("チェロ",),
    "flute": ("フルート", "flojt"),
    "percussion": ("パーカッション",),
    "organ": ("オルガン",),
    "flugelhorn": ("flygelhorn",),
    "seven-string guitar": ("violao de 7 cordas", "7-string guitar", "guitarra de 7 cuerdas"),
    "piccolo": ("flautim",),
}

# Finnish, Turkish, Greek and Korean words of line-ups (Greek and Hangul as printed; keys are folded anyway).
_NORDIC_EAST_WORDS: dict[str, tuple[str, ...]] = {
    "vocals": ("laulu", "vokal", "φωνή", "τραγούδι", "보컬", "노래"),
    "backing vocals": ("taustalaulu", "taustalaulut", "geri vokal", "코러스"),
    "guitar": ("kitara", "κιθάρα", "기타"),
    "bass": ("bassokitara", "bas gitar", "μπάσο", "베이스"),
    "double bass": ("kontrabasso", "kontrbas", "κοντραμπάσο", "콘트라베이스"),
    "drums": ("rummut", "davul", "ντραμς", "τύμπανα", "드럼"),
    "percussion": ("lyömäsoittimet", "perküsyon", "κρουστά", "퍼커션"),
    "piano": ("πιάνο", "피아노"),
    "keyboards": ("koskettimet", "klavye", "πλήκτρα", "건반", "키보드"),
    "organ": ("urut", "όργανο", "오르간"),
    "violin": ("viulu", "keman", "βιολί", "바이올린"),
    "cello": ("sello", "çello", "viyolonsel", "τσέλο", "첼로"),
    "trumpet": ("trumpetti", "trompet", "τρομπέτα", "트럼펫"),
    "saxophone": ("saksofoni", "saksafon", "σαξόφωνο", "색소폰"),
    "flute": ("huilu", "flüt", "φλάουτο", "플루트"),
    "clarinet": ("klarinetti", "klarnet", "κλαρινέτο", "클라리넷"),
    "accordion": ("harmonikka", "akordeon", "ακορντεόν", "아코디언"),
    "santouri": ("σαντούρι",),
    "bouzouki": ("μπουζούκι",),
    "oud": ("ud", "ούτι",),
    "portuguese guitar": ("guitarra portuguesa",),
}

_INDEX: dict[str, str] = {}
for _english, _words in list(_WORDS.items()) + list(_MORE_WORDS.items()) + list(_SLAVIC_AND_OTHER_WORDS.items()) + \
        list(_WORLD_AND_EARLY.items()) + list(_JAPANESE_AND_MORE_WORDS.items()) + list(_NORDIC_EAST_WORDS.items()):
    for _word in _words:
        _INDEX.setdefault(fold(_word), _english)
    _INDEX[fold(_english)] = _english


# Words that qualify an instrument without changing it ("solo cello", "violoncelle solo").
_QUALIFIERS = frozenset({"solo", "lead", "additional", "principal", "featured", "first", "second", "1st", "2nd",
                         "i", "ii", "iii", "1", "2", "3", "soliste", "solista", "zusatzliche", "weitere"})
# Adjectives that do change it, from any language to English ("piano préparé" -> "prepared piano").
_ADJECTIVES = {"prepare": "prepared", "preparado": "prepared", "preparato": "prepared", "prapariert": "prepared",
               "prapariertes": "prepared", "prepared": "prepared", "electrique": "electric",
               "electrica": "electric", "elettrica": "electric", "electric": "electric", "acoustique": "acoustic",
               "acustica": "acoustic", "acoustic": "acoustic", "baroque": "baroque", "barroco": "baroque",
               "barocco": "baroque", "fretless": "fretless", "muted": "muted", "bowed": "bowed"}


@lru_cache(maxsize=4096)
def instrument_name(word: str) -> str:
    """The lower-case English name of an instrument or voice; an unknown one lower-cased as written."""
    cleaned = " ".join(word.replace("\u00a0", " ").split()).strip(" .,;:-–—()[]")
    key = fold(cleaned)
    if key in _INDEX:
        return _INDEX[key]
    words = key.split()
    core = [w for w in words if w not in _QUALIFIERS]
    if core and core != words and " ".join(core) in _INDEX:
        return _INDEX[" ".join(core)]
    adjectives = [_ADJECTIVES[w] for w in core if w in _ADJECTIVES]
    rest = [w for w in core if w not in _ADJECTIVES]
    if adjectives and rest and " ".join(rest) in _INDEX:
        return " ".join(adjectives + [_INDEX[" ".join(rest)]])
    if key.endswith("s") and key[:-1] in _INDEX:
        return _INDEX[key[:-1]]
    return cleaned.lower()


@lru_cache(maxsize=4096)
def is_known_instrument(word: str) -> bool:
    """True when the word names an instrument or voice the table knows (in any of its languages)."""
    key = fold(" ".join(word.split()).strip(" .,;:-–—()[]"))
    if key in _INDEX or (key.endswith("s") and key[:-1] in _INDEX):
        return True
    core = [w for w in key.split() if w not in _QUALIFIERS and w not in _ADJECTIVES]
    return bool(core) and " ".join(core) in _INDEX


def instrument_words() -> frozenset[str]:
    """Every folded word of every instrument name the table knows (for cheap "might name an instrument" checks)."""
    return frozenset(w for key in _INDEX for w in key.split())
