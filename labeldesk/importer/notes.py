"""Prose passages of a release -> notes: who wrote them, in which voice and language, and what they do.

A note is one author's continuous text. Paragraphs join while the voice holds: same language, no new
quotation opening, no switch from third-person to first-person text, no clear change of purpose (a
synopsis after a review). A signature closes the note above it; a lead-in ("Texte de X sur le film:")
opens one and names its author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer.language import detect_language
from labeldesk.importer.shapes import QUOTE_CHARS, QUOTE_CLOSE, QUOTE_OPEN
from labeldesk.importer.signatures import LeadIn, Signature
from labeldesk.model.names import fold

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
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Cue words per note kind, folded; any language. The opening sentence counts twice.
_CUES: dict[str, re.Pattern[str]] = {
    "synopsis": re.compile(
        r"\b(?:story of|tells the story|follows|family|families|daughters?|sons?|wife|husband|mother|father|couple|"
        r"young|old|elderly|woman|man|girl|boy|child(?:ren)?|lives?|living|death|dies|must|have to|has to|"
        r"find|reunite|journey|way home|village|town|war|love|survivor|friendship|orphan|widow|herdsman|"
        r"histoire de|raconte|famille|filles?|fils|femme|mari|mere|pere|jeune|vieil(?:le)?|vit|doit|retrouver|"
        r"amitie|survivante?|gamin|enfants?|contre toute attente|se lie|deuil|"
        r"historia de|familia|hijas?|hijos?|madre|padre|muerte|viuda|pueblo|debe|"
        r"storia di|famiglia|figli[ao]?|vedova|deve|"
        r"geschichte|familie|tochter|sohn|mutter|vater|muss|"
        r"familia|filha|filho|mae|pai|deve|"
        r"\w+jahrige[nr]?|verbringt|ferien|tante|madchen|dorf|bruder|schwester|grossmutter|entdeckt|geheimnis)\b")
    ,
    "review": re.compile(
        r"\b(?:beautiful|beautifully|wonderful|masterful|masterpiece|superb|stunning|moving|recommended|brilliant|"
        r"excellent|magnificent|wooden|bluntly|superfluous|feels|fails|succeeds|finest|gorgeous|poignant|underrated|"
        r"must-have|highlights?|listener|this score|the score is|fest|scenic|rather|impressive|delightful|"
        r"magnifique|emouvant|recommande|superbe|sublime|reussi|poignante?|sous-estime|chef-d'oeuvre|touchant|"
        r"delicat|je pense|essentiel(?:le)?s?|remarquable|"
        r"magnifica|hermosa|recomendad[ao]|emocionante|obra maestra|"
        r"splendid[ao]|consigliat[ao]|emozionante|capolavoro|"
        r"wunderschon|grossartig|empfehlenswert|bewegend|meisterwerk|"
        r"lindo|linda|recomendado)\b"),
    "description": re.compile(
        r"\b(?:presents?|presenting|presente|presenta|prasentiert|apresenta|the album|this album|the soundtrack|"
        r"l'album|cet album|el album|este album|l'album|das album|o album|la bande originale|la banda sonora|"
        r"la colonna sonora|der soundtrack|a trilha sonora|contains|contient|contiene|enthalt|contem|"
        r"composed by|compose par|composee par|compuesta por|composta da|komponiert von|directed by|"
        r"realise par|dirigida por|diretto da|released|available|out now|label|sortie|premiered|"
        r"est realise|is directed|stars|avec|starring|new album|nouvel album|nuevo disco|features|first taste|"
        r"debut|compilation|gathers|collects|brings together|"
        r"(?:first|second|third|fourth|fifth|sixth|debut|new|latest|premier|deuxieme|troisieme|nouvel|nouveau|"
        r"primer|segundo|tercer|nuevo|primo|secondo|terzo|nuovo|primeiro|terceiro|novo|erstes|zweites|drittes|"
        r"neues)\s+(?:album|ep|single|record|lp|disque|disco|cd)|(?:album|ep|single|disco|disque)\s+(?:by|de|di|von|do|da))\b"),
}


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


def make_paragraph(text: str, first_line: int) -> Paragraph:
    language = detect_language(text)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    singular_words, plural_words = _FIRST_PERSON.get(language, (frozenset(), frozenset()))
    expanded = []
    for w in words:
        expanded.extend(w.split("'") if "'" in w and language == "fr" else [w])
    verbs = _FIRST_PERSON_VERBS.get(language, frozenset())
    singular = sum(1 for w in expanded if w in singular_words or w in verbs)
    plural = sum(1 for w in expanded if w in plural_words)
    first_person = singular >= 2 or (singular == 1 and len(expanded) < 60) or plural >= 3
    stripped = text.strip()
    opens = _opens_long_quote(stripped)
    closes = stripped.rstrip(" .!?…")[-1:] in QUOTE_CLOSE if stripped else False
    return Paragraph(text, first_line, language, first_person, opens, closes, guess_kind(text), singular, plural)


def _opens_long_quote(text: str) -> bool:
    """True when the paragraph starts a quotation that runs past its first sentence ("“For Khadar's tender
    story … . Yet …"), not when it starts with a quoted title (“Farewell Gulsary” is based on …)."""
    if text[:1] not in QUOTE_OPEN or text[:1] in "’‘":
        return False
    rest = text[1:]
    close = min((i for i in (rest.find(c) for c in QUOTE_CHARS) if i >= 0), default=len(rest))
    return bool(re.search(r"[.!?…]\s", rest[:close])) or close == len(rest)


def cue_scores(text: str) -> dict[str, float]:
    folded = fold(text)
    first_sentence = re.split(r"(?<=[.!?…])\s+", folded, maxsplit=1)[0]
    scores: dict[str, float] = {}
    for kind, pattern in _CUES.items():
        scores[kind] = len(pattern.findall(folded)) + len(pattern.findall(first_sentence))
    # "Cádiz, 1962." / "Sommer 1953.": a story set in a place and time
    if len(first_sentence.split()) <= 4 and re.search(r"\b1[6-9]\d\d|20\d\d\b", first_sentence):
        scores["synopsis"] += 3
    return scores


def guess_kind(text: str) -> str | None:
    """synopsis / review / description when the cues clearly say so, else None."""
    scores = cue_scores(text)
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
