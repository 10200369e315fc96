"""Release headings: title, subtitle ("Original Motion Picture Soundtrack"), alternate titles, kickers
("New release –"), artist ("ARTIST – Album “Title”"), kind cues, and credits run into the heading
("THE LIFE AHEAD avec Sophia Loren, musique de Gabriel Yared")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer.catalog_codes import as_code
from labeldesk.importer.credit_lines import read_credit_line
from labeldesk.importer.shapes import QUOTE_CHARS, QUOTE_CLOSE, QUOTE_OPEN, clean_space, is_name, is_upper_word
from labeldesk.model import Credit

_SOUNDTRACK = re.compile(
    r"^(?:musique\s+de\s+sc[eè]ne|incidental\s+music|b[üu]hnenmusik|m[uú]sica\s+incidental|musiche\s+di\s+scena|"
    r"music\s+for\s+the\s+(?:stage|theatre|theater|play))$"
    r"|^(?:the\s+)?(?:official\s+)?(?:original\s+)?"
    r"(?:(?:motion\s+picture|movie|film|feature\s+film|television|tv|tv\s+series|series|mini-?series|netflix(?:\s+series|\s+film)?|"
    r"amazon(?:\s+original)?|hbo|apple\s+tv\+?|disney\+?|video\s*game|game|radio\s+play|audio\s*drama|theatre|theater|stage|"
    r"musical|documentary|broadway|ballet|opera|podcast)\s+)?"
    r"(?:original\s+)?(?:sound\s*track|score|music)(?:\s+album)?(?:\s+(?:from|to|for)\s+(?:the\s+)?.{1,60})?$"
    r"|^music\s+(?:from|for)\s+(?:and\s+inspired\s+by\s+)?(?:the\s+)?.{1,60}$"
    r"|^(?:la\s+)?(?:bande\s+originale|bande\s+son|b\.?\s?o\.?(?:f\.?)?|musique\s+originale|musique\s+du\s+film)"
    r"(?:\s+(?:du|de\s+la|des|de\s+l['’]|de)\s*.{1,60})?$"
    r"|^(?:la\s+)?(?:banda\s+sonora|m[uú]sica\s+original|b\.?s\.?o\.?)(?:\s+original)?(?:\s+(?:de|del|de\s+la)\s+.{1,60})?$"
    r"|^(?:la\s+)?colonna\s+sonora(?:\s+originale)?(?:\s+(?:del|della|dello|di)\s+.{1,60})?$|^musiche\s+originali.{0,60}$"
    r"|^(?:die\s+)?(?:original[\s-]+)?(?:film|serien|h[öo]rspiel)?musik(?:\s+(?:zum|zur|aus)\s+.{1,60})?$|^(?:original\s+)?soundtrack\s+zu[mr]\s+.{1,60}$"
    r"|^(?:a\s+)?trilha\s+sonora(?:\s+original)?(?:\s+d[oa]\s+.{1,60})?$"
    r"|^(?:oryginalna\s+)?(?:muzyka|[śs]cie[żz]ka\s+d[źz]wi[ęe]kowa)(?:\s+(?:z|do)\s+(?:filmu|serialu|gry|spektaklu).{0,60})?$"
    r"|^(?:p[ůu]vodn[íi]\s+)?(?:hudba|soundtrack)\s+(?:z|k)\s+(?:filmu|seri[áa]lu|hry|inscenaci).{0,60}$"
    r"|^(?:original)?(?:musik|musikk)(?:en)?\s+(?:fr[åa]n|fra|till|til)\s+(?:filmen|serien|spelet|spillet|"
    r"f[öo]rest[äa]llningen|forestillingen).{0,60}$|^(?:original)?filmmusikk?$"
    r"|^o\.?s\.?t\.?$"
    # Greek, Turkish and Finnish: "Πρωτότυπη Μουσική από την Ταινία", "Orijinal Film Müziği"
    r"|^(?:πρωτ[όο]τυπη\s+)?μουσικ[ήη]\s+(?:απ[όο]|για)\s+(?:την|τη|το|τον)\s+(?:ταιν[ίι]α|σειρ[άα]|παρ[άα]σταση).{0,60}$"
    r"|^(?:orijinal\s+)?(?:film|dizi)\s+m[üu]zi[ğg]i.{0,60}$|^alkuper[äa]inen\s+(?:elokuva)?musiikki.{0,60}$",
    re.I)
_EDITION = re.compile(r"^(?:(?:deluxe|expanded|special|anniversary|collector'?s?|limited|extended|remastered|complete|"
                      r"\d+(?:th|st|nd|rd)\s+anniversary)\s*)+(?:edition|version|[ée]dition|edici[oó]n|edizione)?$|"
                      r"^(?:live|remastered|remaster|remix(?:es)?|acoustic|instrumental|bonus\s+tracks?|remasteris[ée]e?)$",
                      re.I)
_KICKER = re.compile(
    r"^(?:new\s+(?:release|album|single|ep|soundtrack|score)|out\s+now|now\s+available|available\s+now|coming\s+soon|"
    r"pre-?order(?:\s+now)?|just\s+released|premiere|exclusive|nouveaut[ée]|nouvelle\s+sortie|nouvel\s+album|"
    r"nouveau\s+single|disponible|novedad|nuevo\s+(?:disco|[aá]lbum|lanzamiento|single)|nueva\s+banda\s+sonora|"
    r"nuova\s+uscita|nuovo\s+(?:album|singolo)|in\s+uscita|neuerscheinung|neu(?:es\s+album)?|jetzt\s+erh[äa]ltlich|"
    r"lan[çc]amento|novo\s+[áa]lbum|release|album|ep|single|ost)\s*[:–—\-|•]\s*", re.I)
_NEWS_VERB = re.compile(
    r"\s+(?:returns?\s+with|is\s+back\s+with|are\s+back\s+with|comes?\s+back\s+with|announces?|shares?|"
    r"releases?|unveils?|drops?|presents?|debuts?|premieres?|reveals?|delivers?|anuncia|lanza|lan[çc]a|apresenta|"
    r"pr[ée]sente|d[ée]voile|annonce|sort|ver[öo]ffentlicht|pr[äa]sentiert|kündigt|kundigt|zapowiada|wydaje|"
    r"prezentuje|p[řr]edstavuje|vyd[áa]v[áa]|sl[äa]pper|slipper|gir\s+ut|utgir|lanserer|presenterer|"
    r"er\s+tilbake\s+med|[äa]r\s+tillbaka\s+med|kommer\s+med|wraca\s+z|publikuje|vrac[íi]\s+se\s+s|"
    r"regresa\s+con|vuelve\s+con|revient\s+avec|torna\s+con|volta\s+com|kehrt\s+mit|meldet\s+sich\s+mit)"
    r"(?:\s+(?:a|an|the|her|his|their|its|new|debut|brand[- ]new|first|latest|second|third|le|la|les|son|sa|ses|"
    r"nouveau|nouvel|nouvelle|seu|sua|novo|nova|o|um|uma|el|su|nuevo|nueva|ihr|ihre|sein|seine|neue|neues|neuen|"
    r"nowy|nowa|nowe|nov[ýáé]|ny|nya|nye|nytt))*\s*$", re.I)
_KIND_WORD = re.compile(r"(?:^|[\s–—\-:|(])(?P<kind>album|lp|ep|single|compilation|anthology|various\s+artists|v\.a\.)"
                        r"(?=$|[\s–—\-:|)“\"«])", re.I)
_QUOTED_TITLE = re.compile(r"[“\"«„]\s*(?P<t>[^“”\"«»„]{1,100}?)\s*[”“\"»]")
_TAIL = re.compile(r"\s+(?:avec|with|con|mit|com|starring)\s+(?=[A-ZÀ-Ý])|,\s+(?=(?:musique|music|m[uú]sica|musiche|musik|"
                   r"un film|a film|directed|r[ée]alis[ée]|regia|dirigid[ao])\b)", re.I)
_VARIOUS = re.compile(r"^(?:various(?:\s+artists)?|v\.?\s?a\.?|artistes\s+divers|divers\s+artistes|varios\s+artistas|"
                      r"artisti\s+vari|verschiedene(?:\s+k[üu]nstler|\s+interpreten)?|v[áa]rios\s+artistas|compilation|"
                      r"r[óo][żz]ni\s+wykonawcy|r[ůu]zn[íi]\s+(?:interpreti|um[ěe]lci)|olika\s+artister|"
                      r"diverse(?:\s+artister|\s+kunstnere|\s+artiesten)?|diversos\s+artistas|div\.\s+artister)$", re.I)
_PARENS = re.compile(r"\s*[(\[]([^()\[\]]{1,90})[)\]]")
_SEPARATED = re.compile(r"\s+[-–—:|]\s+|\s*:\s+")


@dataclass
class Heading:
    title: str | None = None
    subtitle: str | None = None
    alternate_titles: list[str] = field(default_factory=list)
    artists: list[str] = field(default_factory=list)
    kind: str | None = None  # soundtrack / album / ep / single / compilation, when the heading says
    credits: list[Credit] = field(default_factory=list)
    artist_candidate: str | None = None  # "X – Y": X may be the artist (decided with the release's credits)
    title_after_artist: str | None = None  # Y
    strength: int = 0  # 2 when the heading itself marks a release (a soundtrack subtitle, "Album “X”")
    label: str | None = None  # named by a kicker run into the heading ("Nytt från X: …")
    catalog_number: str | None = None  # "LTR012 — Artist — Title": the number printed beside the heading


_SUBTITLE_HINT = re.compile(r"muzyk|ście|scie|hudba|musikk|sound|score|music|musiq|musik|musica|música|musiche|bande|b\.?o|banda|sonora|"
                            r"colonna|trilha|ost|o\.s\.t|bso|b\.s\.o|sc[eè]ne|stage|incidental|b[üu]hne|μουσικ|müzi|musiikki")


def is_soundtrack_subtitle(text: str) -> bool:
    if not _SUBTITLE_HINT.search(text.lower()):
        return False
    return bool(_SOUNDTRACK.match(clean_space(text).strip(" ()[]–—-:" + QUOTE_CHARS)))


_CLAUSE = re.compile(r"[a-zß-ÿ][.!?…,;:]\s")
_TWO_SENTENCES = re.compile(r"[a-zß-ÿ]{3}[.!?]\s+[A-ZÀ-Ý][a-zß-ÿ]+\s+[a-zß-ÿ]{2,}")


def looks_like_heading(text: str) -> bool:
    """A short line that is not a sentence: a title, a page heading, a name."""
    text = clean_space(text)
    if not text or len(text) > 140 or text.count(" ") > 17:
        return False
    if re.search(r"[.,;:]$", text) and not text.endswith("..."):
        return False
    if ("。" in text or "、" in text) and len(text) > 25:
        return False  # a Japanese or Chinese sentence: few spaces, many characters
    if _TWO_SENTENCES.search(text):
        return False  # "“Een plaat die ademt. Hoogstraten speelt …”": a quotation, not a title
    if text[0] in QUOTE_OPEN and text[-1] in QUOTE_CLOSE and text.count(" ") >= 5 and _CLAUSE.search(text):
        return False  # "« Une partition d'une rare délicatesse, qui … respirer. »": a quoted sentence
    if text[0] in "•▪◦" and text.count(" ") >= 8:
        return False  # "• First single “X” has passed a million plays": a point of a bulleted list, no title
    first = text.lstrip(QUOTE_CHARS + "(•*– ")[:1]
    # a script without capitals (Japanese, Chinese, Korean …): any letter may open a title
    return bool(first) and (first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper()))


# "Sorairo Bus 3rd Full Album", "Pella Voss – New Single", "Die Kieselsteine drittes Album": who, and which of
# their records this is; the title comes on its own line
_NUMBERED_RELEASE = re.compile(
    r"^(?P<artist>.+?)\s*(?:[–—:-]\s*|\s)(?:(?:\d+(?:st|nd|rd|th)|debut|first|second|third|fourth|fifth|new|"
    r"brand[- ]new|latest)\s+)(?:(?:full[- ]length|full|mini|studio|live|solo)\s+)?(?P<kind>album|lp|ep|single)$",
    re.I)


def parse_heading(text: str) -> Heading:
    heading = Heading()
    text = clean_space(text)
    numbered = _NUMBERED_RELEASE.match(text)
    if numbered and is_name(numbered.group("artist").strip(), max_words=6):
        heading.artists = [numbered.group("artist").strip()]
        # a "mini album" is what other markets call an EP
        heading.kind = "ep" if re.search(r"\bmini\b", text, re.I) else _kind(numbered.group("kind"))
        heading.strength = 2
        return heading
    # a subtitle alone on its line: "(Original Motion Picture Soundtrack)"
    if is_soundtrack_subtitle(text):
        heading.subtitle = text.strip(" ()[]–—-:")
        heading.kind, heading.strength = "soundtrack", 2
        return heading
    while True:
        m = _KICKER.match(text)
        if not m or m.end() >= len(text):
            break
        word = m.group(0).strip(" :–—-|•").lower()
        kind_word = re.search(r"\b(album|lp|ep|single|soundtrack|score)\b", word)
        if kind_word:
            heading.kind = {"lp": "album", "score": "soundtrack"}.get(kind_word.group(1), kind_word.group(1))
        text = text[m.end():]
    # credits run into the heading
    tail = _TAIL.search(text)
    if tail and tail.start() > 0:
        credits = _tail_credits(text[tail.start():])
        if credits:
            heading.credits = credits
            text = text[:tail.start()].strip(" ,–—-")
    # parenthesised parts: subtitle, edition, alternate title
    for m in list(_PARENS.finditer(text)):
        inner = m.group(1).strip()
        if is_soundtrack_subtitle(inner) or _EDITION.match(inner):
            heading.subtitle = heading.subtitle or inner
            if is_soundtrack_subtitle(inner):
                heading.kind, heading.strength = "soundtrack", 2
            text = (text[:m.start()] + text[m.end():]).strip()
    for m in list(_PARENS.finditer(text)):
        inner = m.group(1).strip()
        if _KIND_WORD.fullmatch(" " + inner):
            heading.kind = _kind(inner)
            heading.strength = max(heading.strength, 2)
        elif re.fullmatch(r"\d{4}", inner) or re.match(r"(?i)feat\.?|featuring", inner):
            pass
        elif any(c.isalpha() for c in inner) and inner.count(" ") < 10:
            heading.alternate_titles.append(inner)
        text = (text[:m.start()] + " " + text[m.end():]).strip()
    text = clean_space(text)
    # "Title – Original Motion Picture Soundtrack", "Title: Bande originale du film"
    parts = _SEPARATED.split(text)
    if len(parts) > 1 and is_soundtrack_subtitle(parts[-1]):
        heading.subtitle = heading.subtitle or parts[-1].strip()
        heading.kind, heading.strength = "soundtrack", 2
        text = text[: len(text) - len(parts[-1])].rstrip(" -–—:|")
    elif re.search(r"\s+(?:OST|O\.S\.T\.?|B\.?S\.?O\.?|B\.O\.?)$", text):
        m = re.search(r"\s+(OST|O\.S\.T\.?|B\.?S\.?O\.?|B\.O\.?)$", text)
        heading.subtitle = heading.subtitle or m.group(1)
        heading.kind, heading.strength = "soundtrack", 2
        text = text[:m.start()]
    # ARTIST – Album “Title”
    quoted = _QUOTED_TITLE.search(text)
    if quoted and (quoted.start() > 0 or quoted.end() < len(text)):
        before = text[:quoted.start()].strip()
        kind = _KIND_WORD.search(" " + before)
        if kind:
            heading.kind = _kind(kind.group("kind"))
            heading.strength = max(heading.strength, 2)
            before = (" " + before)[:kind.start()].strip()
        before = before.strip(" -–—:|,")
        # "PELLA VOSS RETURNS WITH NEW SINGLE “LANTERNS”": the artist, then what the news says they do
        before = _NEWS_VERB.sub("", before).strip(" -–—:|,")
        heading.artists = _artist_list(before)
        after = text[quoted.end():].strip(" ,")
        by = re.match(r"^(?:by|de|di|von|par|por|door)\s+(?P<who>.+)$", after, re.I)
        if by and not heading.artists:
            heading.artists = _artist_list(by.group("who"))
        heading.title = quoted.group("t").strip()
        return _finish(heading)
    text = text.strip().strip(QUOTE_CHARS).strip()
    if _VARIOUS.match(text) and not heading.title:
        # "Various Artists" on its own line: who, not what
        heading.artists, heading.kind = [text], "compilation"
        return _finish(heading)
    if " / " in text and not heading.title:
        # "Artistes divers / Various Artists": a bilingual page says it twice; the English form is the usual one
        said = [p.strip() for p in text.split(" / ")]
        if all(_VARIOUS.match(p) for p in said):
            english = [p for p in said if p[:1] in "Vv" and p.lower().startswith("various")]
            heading.artists, heading.kind = [(english or said)[0]], "compilation"
            return _finish(heading)
    kind = _KIND_WORD.search(text)
    if kind and kind.start() > 0:
        heading.kind = _kind(kind.group("kind"))
        heading.strength = max(heading.strength, 2)
        text = (text[:kind.start()] + text[kind.end():]).strip(" -–—:|")
    if " / " in text:
        first, *others = [p.strip() for p in text.split(" / ") if p.strip()]
        heading.title = first
        heading.alternate_titles = others + heading.alternate_titles
        return _finish(heading)
    pieces = re.split(r"\s+[–—|]\s+|\s+-\s+", text)
    if len(pieces) >= 3 and (as_code(pieces[0]) or as_code(pieces[-1])):
        # "LTR012 — Halvard Kessel — Pressure Ridges": the catalogue number, then artist and title
        at = 0 if as_code(pieces[0]) else -1
        heading.catalog_number = as_code(pieces[at])
        text = " – ".join(pieces[1:] if at == 0 else pieces[:-1])
    dash = re.split(r"\s+[-–—]\s+|\s*:\s+", text, maxsplit=1)
    if len(dash) == 2 and _VARIOUS.match(dash[0].strip()):
        heading.artists, heading.kind, heading.title = [dash[0].strip()], "compilation", dash[1].strip()
        heading.strength = max(heading.strength, 2)
        return _finish(heading)
    if len(dash) == 2 and _artist_list(dash[0]) and " · " in dash[0]:
        heading.artists = _artist_list(dash[0])
        heading.title = dash[1]
        return _finish(heading)
    if len(dash) == 2 and (is_name(dash[0], max_words=4) or _article_and_name(dash[0]) or
                           len(joint_names(dash[0])) >= 2 or _leader_and_band(dash[0])) and dash[1]:
        heading.artist_candidate = dash[0].strip()
        heading.title_after_artist = dash[1].strip().strip(QUOTE_CHARS + " ")
    heading.title = text or None
    return _finish(heading)


def _leader_and_band(text: str) -> bool:
    """'Marlow Fenn & The Tidewater Band': a leader and their band, one act."""
    parts = [p.strip() for p in re.split(r"\s+(?:&|and|und|et|y|e)\s+", text.strip(), maxsplit=1)]
    return len(parts) == 2 and is_name(parts[0], max_words=4) and _article_and_name(parts[1])


def _article_and_name(text: str) -> bool:
    """'The Lantern Quartet', 'Les Amis du Lac': a band's name after its article."""
    m = re.match(r"^(?:the|les|los|las|die|de|het|i|gli|le|la|el|os|as)\s+(?P<rest>.+)$", text.strip(), re.I)
    return bool(m) and is_name(m.group("rest"), max_words=4) and text[:1].isupper()


def joint_names(text: str) -> list[str]:
    """'BRITA LÖNN & OLA HAGA', 'Ana Ruiz and Joan Puig': two or more people billed together, each a full name
    of two words or more ('Simon & Garfunkel' is one act's name); [] otherwise."""
    parts = [p.strip() for p in re.split(r"\s*&\s*|\s*,\s*|\s+(?:and|et|y|und|och|og|e|en)\s+", text.strip())
             if p.strip()]
    if len(parts) < 2 or not all(len(p.split()) >= 2 and is_name(p, max_words=4) for p in parts):
        return []
    return parts


def _artist_list(text: str) -> list[str]:
    """'Sinfonietta Nordheim · Jonas Weidemann' -> both; [] when any part is not a name."""
    text = text.strip(" -–—:|,")
    if not text:
        return []
    if is_name(text, max_words=6):
        return [text]
    parts = [p.strip() for p in re.split(r"\s+[·•/]\s+|\s*&\s*|\s*,\s*|\s+and\s+|\s+et\s+|\s+y\s+|\s+und\s+", text)
             if p.strip()]
    return parts if parts and all(is_name(p, max_words=6) for p in parts) else []


def _kind(word: str) -> str:
    word = word.lower()
    if word in ("album", "lp"):
        return "album"
    if word in ("ep", "single"):
        return word
    return "compilation"


def _finish(heading: Heading) -> Heading:
    if heading.title:
        heading.title = heading.title.strip(QUOTE_CHARS + " -–—:|")
    heading.alternate_titles = [a.strip(QUOTE_CHARS + " ") for a in heading.alternate_titles if a.strip()]
    return heading


def _tail_credits(tail: str) -> list[Credit]:
    credits: list[Credit] = []
    for part in re.split(r",\s+|\s+[–—]\s+", tail.strip()):
        reading = read_credit_line(part.strip())
        if not reading or not reading.credits:
            return []
        credits.extend(reading.credits)
    return credits


def is_all_caps(text: str) -> bool:
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(is_upper_word(w) for w in words) and sum(len(w) for w in words) > 3
