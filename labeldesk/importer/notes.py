"""Prose passages of a release -> notes: who wrote them, in which voice and language, and what they do.

A note is one author's continuous text. Paragraphs join while the voice holds: same language, no new
quotation opening, no switch from third-person to first-person text, no clear change of purpose (a
synopsis after a review). A signature closes the note above it; a lead-in ("Texte de X sur le film:")
opens one and names its author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer.language import TOKEN, language_of_tokens
from labeldesk.importer.shapes import QUOTE_CHARS, QUOTE_CLOSE, QUOTE_OPEN
from labeldesk.importer.signatures import LeadIn, Signature
from labeldesk.importer.folding import fold

# First-person pronouns: (singular, plural) per language.
_FIRST_PERSON: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset("i i'm i've i'd me my mine myself".split()), frozenset("we us our ours ourselves".split())),
    "fr": (frozenset("je j me m moi mon ma mes".split()), frozenset("nous notre nos".split())),
    "es": (frozenset("yo me mi mis mio mia".split()),
           frozenset("nosotros nosotras nuestro nuestra nuestros nuestras".split())),
    "it": (frozenset("io mi mio mia miei mie".split()), frozenset("noi nostro nostra nostri".split())),
    "de": (frozenset("ich mich mir mein meine meinen meiner".split()), frozenset("wir uns unser unsere".split())),
    "pt": (frozenset("eu me meu minha meus minhas".split()), frozenset("nos nosso nossa".split())),
    "nl": (frozenset("ik mij mijn".split()), frozenset("wij we ons onze".split())),
    "ca": (frozenset("jo em meu meva meus meves".split()), frozenset("nosaltres nostre nostra nostres".split())),
    "sv": (frozenset("jag mig min mitt mina".split()), frozenset("vi oss vår vårt våra".split())),
    "da": (frozenset("jeg mig min mit mine".split()), frozenset("vi os vores".split())),
    "no": (frozenset("jeg meg min mitt mine".split()), frozenset("vi oss vår vårt våre".split())),
    "pl": (frozenset("ja mnie mi mój moja moje mojej moich mojego".split()),
           frozenset("my nas nam nasz nasza nasze naszej naszych".split())),
    # Czech "jsem" (the past tense's "I"), a first person however the sentence is built
    "cs": (frozenset("já mě mně mi můj moje mé mého jsem".split()), frozenset("my nás nám náš naše jsme".split())),
}
# Languages that drop the subject pronoun: common first-person singular verb forms count as "I".
_FIRST_PERSON_VERBS: dict[str, frozenset[str]] = {
    "es": frozenset("escribí compuse quise pensé grabé busqué empecé comencé conocí sentí tuve hice fui estuve "
                    "llegué trabajé viví descubrí decidí imaginé elegí encontré recuerdo creo quería pensaba sabía "
                    "tenía he había soy estoy intenté utilicé usé toqué leí vi oí escuché quise".split()),
    "it": frozenset("ho avevo scrissi composi volevo pensavo credo sapevo cercavo ricordo ero feci trovai decisi "
                    "registrai immaginai scelsi lessi vidi ascoltai iniziai cominciai".split()),
    "pt": frozenset("escrevi compus quis pensei gravei tive fiz estive queria acho sabia tinha comecei decidi "
                    "encontrei imaginei escolhi ouvi toquei usei".split()),
    "pl": frozenset("napisałam napisałem chciałam chciałem skomponowałam skomponowałem nagrałam nagrałem "
                    "pracowałam pracowałem myślałam myślałem zaczęłam zacząłem byłam byłem miałam miałem "
                    "szukałam szukałem pamiętam chcę myślę wiem jestem mam grałam grałem słuchałam słuchałem "
                    "poznałam poznałem znalazłam znalazłem wybrałam wybrałem".split()),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Cue words per note kind, folded; any language: single words, and phrases counted as substrings.
_CUE_WORDS: dict[str, frozenset[str]] = {
    "synopsis": frozenset((
        "follows family families daughter daughters son sons wife husband mother father couple young old elderly "
        "woman man girl boy child children live lives living death dies must find reunite journey village town war "
        "love survivor friendship orphan widow herdsman raconte famille fille filles fils femme mari mere pere "
        "jeune vieil vieille vit doit retrouver amitie survivant survivante gamin enfant enfants deuil familia hija "
        "hijas hijo hijos madre padre muerte viuda pueblo debe famiglia figlia figlio figli vedova deve geschichte "
        "familie tochter sohn mutter vater muss filha filho mae pai verbringt ferien tante madchen dorf bruder "
        "schwester grossmutter entdeckt geheimnis "
        # Catalan, Dutch, Swedish, Danish, Norwegian
        "segueix germanes germans germana germa mort fill filla familia poble passat tornen decideixen "
        "volgt dochter zoon moeder vader dood dorp zus broer ontdekt geheim moet "
        "foljer familj dotter mor far dod byn syster bror upptacker hemlighet maste "
        "folger familie datter son doden landsby soster opdager hemmelighed "
        "datteren sonnen moren faren landsbyen oppdager hemmelighet").split()),
    "review": frozenset((
        "beautiful beautifully wonderful masterful masterpiece superb stunning moving recommended brilliant "
        "excellent magnificent wooden bluntly superfluous feels fails succeeds finest gorgeous poignant underrated "
        "must-have highlight highlights listener fest scenic rather impressive delightful magnifique emouvant "
        "recommande superbe sublime reussi poignante sous-estime chef-d'oeuvre touchant delicat essentiel "
        "essentielle essentielles remarquable magnifica hermosa recomendado recomendada emocionante splendido "
        "splendida consigliato consigliata emozionante capolavoro wunderschon grossartig empfehlenswert bewegend "
        "meisterwerk lindo linda").split()),
    "description": frozenset((
        "presents presenting presente presenta prasentiert apresenta contains contient contiene enthalt contem "
        "released available label sortie premiered stars avec starring features debut compilation gathers "
        "collects publica publie pubblica veroffentlicht erscheint einspielung aufnahme brengt presenteert "
        "verschijnt uitgebracht slapper udgiver utgir lanca lanza edita reune rassemble versammelt bundelt samlar "
        "recording enregistrement grabacion registrazione opname inspelning indspilning disc disque disco cd lp "
        "vinyl vinyle vinilo sello segell etichetta platenlabel skivbolag").split()),
}
_CUE_PHRASES: dict[str, tuple[str, ...]] = {
    "synopsis": ("story of", "tells the story", "have to", "has to", "way home", "histoire de", "contre toute attente",
                 "se lie", "historia de", "storia di"),
    "review": ("this score", "the score is", "je pense", "obra maestra"),
    "description": ("the album", "this album", "the soundtrack", "l'album", "cet album", "el album", "este album",
                    "das album", "o album", "la bande originale", "la banda sonora", "la colonna sonora",
                    "der soundtrack", "a trilha sonora", "composed by", "compose par", "composee par",
                    "compuesta por", "composta da", "komponiert von", "directed by", "realise par", "dirigida por",
                    "diretto da", "out now", "est realise", "is directed", "new album", "nouvel album",
                    "nuevo disco", "first taste", "brings together", " album by", " ep by", "single by",
                    "album de ", "disque de ", "disco de ", "second album", "third album", "fourth album",
                    "fifth album", "debut album", "debut ep", "new ep", "latest album", "deuxieme album",
                    "troisieme album", "premier album", "nouveau disque", "segundo disco", "tercer disco",
                    "nuevo album", "secondo album", "terzo album", "nuovo album", "novo album", "segundo album",
                    "primeiro ep", "primeiro album", "primeiro disco", "premier ep", "primer ep", "primer disco",
                    "primo ep", "primo disco", "erste ep", "erstes album", "eerste album", "tweede album",
                    "derde album", "nieuwe album", "forsta album", "andra album", "nya album", "forste album",
                    "andet album", "nye album", "andre album", "primer album", "segon disc", "primer disc", "nou disc",
                    "zweites album", "drittes album", "neues album"),
}
_CUE_WORD = re.compile(r"[a-z][a-z'\-]*|[a-z]")


@dataclass
class Paragraph:
    text: str
    first_line: int
    language: str = "en"
    first_person: bool = False
    opens_quote: bool = False
    closes_quote: bool = False
    kind: str | None = None  # a confident guess, else None
    singular: int = 0  # first-person singular pronouns ("I", "je")
    plural: int = 0  # first-person plural pronouns ("we", "nous")
    scores: dict[str, float] = field(default_factory=dict)  # cue scores per note kind


@dataclass
class Group:
    paragraphs: list[Paragraph] = field(default_factory=list)
    signature: Signature | None = None
    lead_in: LeadIn | None = None
    place_date: str | None = None

    @property
    def first_person(self) -> bool:
        return any(p.first_person for p in self.paragraphs)

    @property
    def language(self) -> str:
        return self.paragraphs[0].language if self.paragraphs else ""

    @property
    def kind(self) -> str | None:
        kinds = [p.kind for p in self.paragraphs if p.kind]
        return kinds[0] if kinds else None

    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    def scores(self) -> dict[str, float]:
        total: dict[str, float] = {}
        for p in self.paragraphs:
            for kind, value in p.scores.items():
                total[kind] = total.get(kind, 0.0) + value
        return total


_FOLDED_FIRST_PERSON = {lang: (frozenset(fold(w) for w in sing), frozenset(fold(w) for w in plur))
                        for lang, (sing, plur) in _FIRST_PERSON.items()}
_FOLDED_VERBS = {lang: frozenset(fold(w) for w in verbs) for lang, verbs in _FIRST_PERSON_VERBS.items()}
_SENTENCE_END = re.compile(r"[.!?…]\s")


# token -> what it says: first-person pronoun or verb per language ("s" singular, "p" plural)
_PERSON_OF: dict[str, tuple[tuple[str, str], ...]] = {}
for _lang, (_sing, _plur) in _FOLDED_FIRST_PERSON.items():
    for _w in _sing | _FOLDED_VERBS.get(_lang, frozenset()):
        _PERSON_OF[_w] = _PERSON_OF.get(_w, ()) + ((_lang, "s"),)
    for _w in _plur:
        _PERSON_OF[_w] = _PERSON_OF.get(_w, ()) + ((_lang, "p"),)


def make_paragraph(text: str, first_line: int) -> Paragraph:
    folded = fold(text)
    tokens = TOKEN.findall(folded)
    language = language_of_tokens(tokens, text[:1500])
    singular = plural = 0
    person_of = _PERSON_OF
    for w in [w for w in tokens if w in person_of]:
        for lang, number in person_of[w]:
            if lang == language:
                if number == "s":
                    singular += 1
                else:
                    plural += 1
    first_person = singular >= 2 or (singular == 1 and len(tokens) < 60) or plural >= 3
    stripped = text.strip()
    opens = _opens_long_quote(stripped)
    closes = stripped.rstrip(" .!?…")[-1:] in QUOTE_CLOSE if stripped else False
    end = _SENTENCE_END.search(folded)
    first_sentence = TOKEN.findall(folded[:end.start()]) if end else tokens
    scores = _scores_from_tokens(tokens, first_sentence)
    if end and len(first_sentence) <= 4 and _YEAR.search(folded[:end.start()]):
        scores["synopsis"] += 3
    return Paragraph(text, first_line, language, first_person, opens, closes, _confident(scores), singular, plural,
                     scores)


def _opens_long_quote(text: str) -> bool:
    """True when the paragraph starts a quotation that runs past its first sentence ("“For Khadar's tender
    story … . Yet …"), not when it starts with a quoted title (“Farewell Gulsary” is based on …)."""
    # Swedish and Finnish open with ”, Danish and German books with »: an opener when the paragraph closes a quote
    swedish = text[:1] in "”»" and text.rstrip(" .!?…")[-1:] in "”«»"
    if (text[:1] not in QUOTE_OPEN or text[:1] in "’‘") and not swedish:
        return False
    rest = text[1:]
    close = min((i for i in (rest.find(c) for c in QUOTE_CHARS) if i >= 0), default=len(rest))
    # a quotation that is the whole paragraph, however its sentence is built: "«Vannucchi scrive …: …»"
    whole = close >= len(rest.rstrip(" .!?…")) - 1 and rest[:close].count(" ") >= 8
    return bool(re.search(r"[.!?…]\s", rest[:close])) or close == len(rest) or whole


_KINDS_OF: dict[str, tuple[str, ...]] = {}
# phrases as token sequences: first token -> [(the tokens after it, kind)]
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _kind in _CUE_WORDS:
    for _entry in sorted(_CUE_WORDS[_kind]) + list(_CUE_PHRASES[_kind]):
        _tokens = tuple(TOKEN.findall(fold(_entry)))
        if len(_tokens) == 1:
            _KINDS_OF[_tokens[0]] = _KINDS_OF.get(_tokens[0], ()) + (_kind,)
        elif _tokens:
            _PHRASES_BY_FIRST.setdefault(_tokens[0], []).append((_tokens[1:], _kind))


# token -> (kinds it cues alone, phrases it starts)
_CUE_OF: dict[str, tuple[tuple[str, ...], list[tuple[tuple[str, ...], str]]]] = {
    w: (_KINDS_OF.get(w, ()), _PHRASES_BY_FIRST.get(w, [])) for w in set(_KINDS_OF) | set(_PHRASES_BY_FIRST)}


def _count_cues(tokens: list[str]) -> dict[str, float]:
    scores = {kind: 0.0 for kind in _CUE_WORDS}
    cue_of = _CUE_OF
    # most words cue nothing: find the few that do in one pass at C speed
    for i in [i for i, word in enumerate(tokens) if word in cue_of]:
        word = tokens[i]
        cue = cue_of[word]
        for kind in cue[0]:
            scores[kind] += 1
        for rest, kind in cue[1]:
            if tuple(tokens[i + 1:i + 1 + len(rest)]) == rest:
                scores[kind] += 1
    return scores


def _scores_from_tokens(tokens: list[str], first_sentence: list[str]) -> dict[str, float]:
    whole, first = _count_cues(tokens), _count_cues(first_sentence)
    scores = {kind: whole[kind] + first[kind] for kind in whole}
    # "Oona Breckenridge's fourth album follows …", "Mit „Nachtfahrt“ legt X die erste Einspielung … vor": a text
    # whose opening words are about the record presents it, whatever story it goes on to tell
    if any(w in _RELEASE_NOUNS for w in first_sentence[:10]) or \
            any(w in _MUSIC_NOUNS for w in first_sentence[:4]):
        scores["description"] += 4
    return scores


# "Die Musik zum gleichnamigen Hörspiel …", "The music for …": a text opening on the music presents it.
_MUSIC_NOUNS = frozenset("music musik musique musica muzyka hudba musikk muziek".split())
_RELEASE_NOUNS = frozenset(
    "score partition partitura sciezka album albums ep single record lp cd disc disque disco plaat skiva skivan plade pladen plata platen "
    "zweitling erstling drittling nachfolger langspieler "
    "soundtrack compilation anthology einspielung aufnahme opname enregistrement grabacion registrazione "
    "gravacao recording debut debuut debutalbum reissue reedition reedicion".split())


def cue_scores(text: str) -> dict[str, float]:
    folded = fold(text)
    end = _SENTENCE_END.search(folded)
    tokens = TOKEN.findall(folded)
    first_sentence = TOKEN.findall(folded[:end.start()]) if end else tokens
    scores = _scores_from_tokens(tokens, first_sentence)
    if end and len(first_sentence) <= 4 and _YEAR.search(folded[:end.start()]):
        scores["synopsis"] += 3
    return scores


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def guess_kind(text: str) -> str | None:
    """synopsis / review / description when the cues clearly say so, else None."""
    return _confident(cue_scores(text))


def _confident(scores: dict[str, float]) -> str | None:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 2 and top >= second + 2:
        return best
    return None


def group_paragraphs(items: list[object]) -> list[Group]:
    """Items in order: Paragraph, Signature, LeadIn, a place-and-date string, or None for a break
    (a credit line, a tracklist …). Returns the notes' groups."""
    groups: list[Group] = []
    current: Group | None = None
    in_quote = False

    def close() -> None:
        nonlocal current, in_quote
        if current is not None and (current.paragraphs or current.lead_in):
            groups.append(current)
        current, in_quote = None, False

    last_closed_by_signature = False
    for item in items:
        if item is None:
            close()
            last_closed_by_signature = False
            continue
        if isinstance(item, LeadIn):
            close()
            current = Group(lead_in=item)
            last_closed_by_signature = False
            continue
        if isinstance(item, Signature):
            if current is not None and current.paragraphs:
                current.signature = item
                close()
                last_closed_by_signature = True
            elif groups and groups[-1].signature is None and not last_closed_by_signature:
                groups[-1].signature = item
                last_closed_by_signature = True
            continue
        if isinstance(item, str):
            if groups and last_closed_by_signature:
                groups[-1].place_date = groups[-1].place_date or item
            continue
        paragraph: Paragraph = item  # type: ignore[assignment]
        last_closed_by_signature = False
        if current is None:
            current = Group([paragraph])
        elif not current.paragraphs:
            current.paragraphs.append(paragraph)
        elif in_quote or not _voice_changes(current, paragraph) or \
                (current.lead_in is not None and paragraph.language == current.language):
            current.paragraphs.append(paragraph)
        else:
            close()
            current = Group([paragraph])
        if paragraph.opens_quote and not paragraph.closes_quote:
            in_quote = True
        elif paragraph.closes_quote:
            in_quote = False
    close()
    return groups


def _voice_changes(group: Group, paragraph: Paragraph) -> bool:
    if paragraph.language != group.paragraphs[-1].language:
        return True
    if paragraph.opens_quote:
        return True
    if paragraph.first_person and not group.first_person:
        # a "we" text after another "we" text is the same voice ("nous" in a French review)
        return not (paragraph.singular == 0 and any(p.plural for p in group.paragraphs))
    if not group.first_person and not paragraph.first_person and paragraph.kind and group.kind \
            and paragraph.kind != group.kind:
        return True
    return False
