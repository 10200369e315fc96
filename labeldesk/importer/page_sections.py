"""The sections of a web page copied whole: which section headings open the release's own parts (tracklist,
credits, notes) and which open page furniture (buying options, tags, supporters, statistics, other versions,
recommendations, contact and help), kickers that name the label ("New on X Records"), lines that name the
artists under a title ("by X", "A · B · C").

A furniture section runs from its heading to the next blank line; everything in it is page furniture.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labeldesk.importer.catalog_codes import as_code
from labeldesk.importer.folding import fold
from labeldesk.importer.lines import Line
from labeldesk.importer.shapes import QUOTE_CHARS, clean_space, is_name

# Headings of furniture sections, folded, in the languages of shop and database pages.
_FURNITURE_HEADINGS = frozenset(fold(h) for h in (
    "tags", "tag", "license", "licence", "licencia", "licenza", "lizenz", "licentie", "supported by", "supporters",
    "other versions", "other versions of this release", "autres versions", "otras versiones", "altre versioni",
    "andere versionen", "andere versies", "statistics", "statistiques", "estadísticas", "statistiche", "statistik",
    "statistieken", "marketplace", "recommendations", "recommended", "recommandations", "recomendaciones",
    "raccomandazioni", "empfehlungen", "aanbevelingen", "lists", "contact / help", "contact/help", "help",
    "share / embed", "share", "embed", "wishlist", "merch", "more from", "more releases", "related releases",
    "related products", "produits similaires", "productos relacionados", "prodotti correlati", "ähnliche produkte",
    "ähnliche artikel", "vergelijkbare producten", "you may also like", "vous aimerez aussi", "te puede interesar",
    "potrebbe interessarti anche", "potrebbe interessarti", "potrebbero interessarti", "das könnte ihnen auch gefallen",
    "misschien ook interessant", "customers also bought", "sold out", "épuisé", "agotado", "esaurito", "ausverkauft",
    "uitverkocht", "shipping", "livraison", "envío", "spedizione", "versand", "verzending", "payment", "paiement",
    "follow", "suivre", "pressekontakt", "press contact", "contact presse", "contacto de prensa", "contatto stampa",
    "perscontact", "presskontakt", "kontakt", "contact", "contacts", "contacto", "contatti",
    # shops: what others bought and what was seen last; a label page's "you may also like"; Japanese shops
    "kunden kauften auch", "kunden kauften auch:", "zuletzt angesehen", "recently viewed", "vus récemment",
    "visti di recente", "vistos recientemente", "també et pot interessar", "tambe et pot interessar",
    "també us pot interessar", "també t'agradarà", "ti potrebbe interessare", "versand & zahlung",
    "versand und zahlung", "zahlung & versand", "shipping & payment", "関連商品", "おすすめ商品", "おすすめ",
    "この商品を買った人はこんな商品も買っています", "最近チェックした商品", "シェア", "相关商品",
))
# Words of buying options ("Digital Album", "Compact Disc (CD) + Digital Album", "Full Digital Discography").
_OFFER_WORDS = frozenset("""digital album compact disc cd vinyl lp 2lp 2cd cassette tape limited edition bundle full
discography streaming download record 12" 10" 7" 12-inch 7-inch box set t-shirt shirt tote bag merch deluxe
colored coloured black white edition digipak digipack gatefold hi-res flac mp3 wav numbered signed pre-order
preorder physical double single ep lathe-cut lathe cut poster print""".split())
_KICKER = re.compile(
    r"^(?:new|out\s+now|now\s+out|just\s+out|coming\s+soon|nouveau|nouvelle|nouveaut[ée]|novedad|nuevo|nueva|novit[àa]|"
    r"nuovo|nuova|neu|neuheit|neuerscheinung|nieuw|nieuwe|ny|nytt|nyt|nye|novo|nova|lan[çc]amento|"
    r"fresh|latest)\s+(?:release\s+|album\s+|on\s+the\s+label\s+)?"
    r"(?:on|at|from|chez|sur|en|de|su|per|di|bei|auf|von|op|bij|van|p[åa]|fra|fr[åa]n|hos|em|por|da|out\s+on)\s+"
    r"(?P<label>[A-ZÀ-Ý0-9][\w&'’.\- ]{1,50}?)\s*(?:[!.]?$|:\s+(?P<rest>\S.*)$)", re.I)
_BYLINE = re.compile(r"^(?:by|de|di|von|par|por|door|av|af|da)\s+(?P<who>\S.{1,80})$", re.I)
NAV_WORDS = _NAV_ONLY = frozenset(
    "home music merch community about shop store news releases artists contact catalogue catalog events tour dates "
    "videos video blog press label labels discography search cart login account menu subscribe follow "
    # the same in other languages, with and without accents (first words are only lower-cased)
    "musique musica música musik muziek musikk loja tienda boutique negozio winkel butik butikk sobre acerca "
    "apropos à propos chi siamo über uber over om accueil inicio início startseite hem forside "
    "noticias notícias actualités actualites notizie nachrichten nieuws nyheter nyheder artistes artistas artisti "
    "künstler kunstler artiesten artister kontakt contacto contato contatti contatto "
    "concerts conciertos concerti konzerte concerten konserter koncerter agenda tienda".split())
_ARTIST_SEPARATORS = re.compile(r"\s+[·•|/]\s+")


# Single furniture lines that a section may start with: "supported by 41 fans who also own …", "Buy Now".
_FURNITURE_LINE = re.compile(
    r"^(?:supported by\b|(?:send|give) as (?:a )?gift\b|buy (?:now|digital|track|album|the|cd|lp|vinyl)\b|"
    r"redeem (?:a )?code\b|report this\b|no reviews yet\b|(?:add|write) a review\b|be the first to\b|"
    r"ships out\b|includes unlimited streaming\b|streaming and download help\b|contact (?=[A-Z])|"
    r"pre-?order\b|in stock\b|out of stock\b|add to (?:cart|basket|wishlist)\b|"
    # lists of the label's or artist's other releases
    r"(?i:more (?:from|by|on)\b|also (?:on|from|by|available)\b|other releases\b|related releases\b|"
    r"you (?:may|might) also like\b|autres sorties\b|du m[êe]me (?:label|artiste)\b|"
    r"otros lanzamientos\b|altre uscite\b|mehr von\b|weitere (?:ver[öo]ffentlichungen|titel)\b|"
    r"meer van\b|mer fr[åa]n\b|mer fra\b|wi[ęe]cej od\b|inne wydania\b|dal[šs][íi] tituly\b|"
    r"outros lan[çc]amentos\b))|"
    r"\bfans? who (?:also )?own\b")


@lru_cache(maxsize=4096)
def furniture_heading(text: str) -> bool:
    """'tags', 'supported by', 'Other Versions (3 of 3)', 'contact / help', 'Digital Album': a section of
    page furniture starts here."""
    if len(text) > 60:
        return bool(_FURNITURE_LINE.search(text)) and len(text) < 140
    if _FURNITURE_LINE.search(text):
        return True
    key = fold(text).strip(" :.")
    key = re.sub(r"\s*\(\s*\d+\s+(?:of|de|di|von|van)\s+\d+\s*\)$", "", key)
    if key in _FURNITURE_HEADINGS:
        return True
    return is_offer(text)


def is_offer(text: str) -> bool:
    """A buying option's heading: format words only ("Compact Disc (CD) + Digital Album")."""
    words = [w for w in re.split(r"[\s+&/(),]+", fold(text)) if w]
    if not words or len(words) > 8:
        return False
    return all(w in _OFFER_WORDS for w in words) and not (len(words) == 1 and words[0] in ("album", "single", "ep",
                                                                                         "record"))


def nav_bar(text: str) -> bool:
    """'music  merch  community  about': a site's navigation bar."""
    words = [w for w in fold(text).split() if w not in _NAV_MARKS]
    return len(words) >= 3 and all(w in _NAV_ONLY for w in words)


_NAV_MARKS = frozenset("/ | · • › » > ｜ ／".split())


_PRESENTS_KICKER = re.compile(r"^(?P<label>[A-ZÀ-Ý0-9][\w&'’.\- ]{1,50}?)\s+(?:pr[ée]sente|presents|presenta|"
                              r"pr[äa]sentiert|apresenta|presenteert|presenterar|pr[æa]senterer|presenterer)"
                              r"\s*[:.!…]*$", re.I)


def read_kicker(text: str) -> tuple[str, str | None] | None:
    """'New on Duinroos Records', 'Nieuw op X', 'Nytt från X: Artist – Title', 'LES DISQUES DU GRENIER présente':
    the label a kicker names and the heading run into it; None otherwise."""
    if len(text) > 140:
        return None
    presents = _PRESENTS_KICKER.match(clean_space(text))
    if presents:
        return presents.group("label").strip(), None
    m = _KICKER.match(clean_space(text))
    if not m:
        return None
    label = m.group("label").strip(" .:!")
    if not label[:1].isupper():
        return None
    return label, m.group("rest")


def nav_line(text: str) -> bool:
    """A navigation bar: nav words, or three or more short segments between bars or dots."""
    if nav_bar(text):
        return True
    segments = [s for s in _NAV_SEPARATORS.split(text) if s.strip()]
    return len(segments) >= 3 and all(len(s.split()) <= 3 for s in segments)


_NAV_SEPARATORS = re.compile(r"\s*[|·›»•]\s*")


def mark_site_header(lines: list[Line]) -> None:
    """The page's first heading printed over its navigation bar is the site's name, not a release's title."""
    for k in range(1, min(len(lines), 4)):
        if lines[k].kind == "chrome" and nav_line(lines[k].text) and lines[k - 1].kind == "heading" and \
                lines[k].blank_before <= 1 and k - 1 <= 1:
            lines[k - 1].kind, lines[k - 1].data = "chrome", None


def read_byline(text: str) -> list[str] | None:
    """'by Tamsin Elgood' under a title: the release's artists."""
    m = _BYLINE.match(clean_space(text))
    if not m:
        return None
    return artist_list(m.group("who"))


def artist_list(text: str) -> list[str] | None:
    """'Hannelore Brix · Nordmarker Philharmoniker · Aurel Domanski' -> the names; None when any part is not one."""
    parts = [p.strip(" " + QUOTE_CHARS) for p in _ARTIST_SEPARATORS.split(clean_space(text)) if p.strip()]
    if not parts or len(parts) > 8:
        return None
    for part in parts:
        if fold(part) in _NAV_ONLY or not is_name(part, max_words=6):
            return None
    return parts


# Lines already read as release data never open a furniture section ("CD 1" is a disc, not a buying option).
_READ_KINDS = frozenset({"disc", "track", "legend", "credit", "header", "song", "award", "kicker"})


# "Seite 1 von 4", "Page 2 of 9", "Strona 3 z 8", "- 4 -", "5 / 12": a page's number, from a PDF's text dump.
_PAGE_NUMBER = re.compile(r"^(?:(?:page|seite|strona|strana|p[áa]gina|pagina|sida|side|blz\.?|p\.|s\.)\s*\d{1,4}"
                          r"(?:\s*(?:of|von|z|ze|de|di|av|af|van|sur|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|"
                          r"\d{1,4}\s*/\s*\d{1,4})$", re.I)
# Kinds that stay what they are even when printed on every page (a release's own fields and lines).
_KEPT_WHEN_REPEATED = frozenset({"track", "credit", "header", "award", "disc", "legend", "song", "signature"})


_NAV_SPLIT = re.compile(r"\s+[·•|/›»]\s+|\s{3,}")


def mark_running_lines(lines: list[Line]) -> None:
    """Page furniture of a paged text: page numbers, and (when there are page numbers) the running headers and
    footers printed again on every page (the same short line three times or more) become "chrome", so that a tracklist or a block of
    credits runs on across the page break."""
    counts: dict[str, int] = {}
    numbered: list[Line] = []
    for line in lines:
        if line.words <= 14:
            counts[line.text] = counts.get(line.text, 0) + 1
            if line.words <= 4 and _PAGE_NUMBER.match(line.text):
                numbered.append(line)
    numbered.extend(_bare_page_numbers(lines))
    numbered.extend(_footer_page_numbers(lines))
    for line in numbered:
        line.kind, line.data = "chrome", None
    if len(numbered) < 2:
        counts.clear()  # not a paged text: a name or heading printed often is no running header
    # the items of a navigation bar ("Início · Artistas · Lançamentos · Loja"): a heading repeating one names
    # the site's section, not a release
    nav_items: set[str] = set()
    for line in lines:
        if line.kind == "chrome" and line.words <= 16:
            items = _NAV_SPLIT.split(line.text)
            if len(items) >= 3 and all(len(i.split()) <= 3 for i in items) and \
                    any(fold(i).strip() in NAV_WORDS for i in items):
                if any(c in line.text for c in "›»>"):
                    items = items[:-1]  # a breadcrumb's last item names the page itself: its release
                nav_items.update(fold(i).strip() for i in items)
    if nav_items:
        for line in lines:
            if line.kind == "heading" and line.words <= 3 and fold(line.text).strip(" :") in nav_items:
                line.kind, line.data = "chrome", None
    running = {text for text, count in counts.items() if count >= 3}
    if not running:
        return
    for line in lines:
        if line.text in running and line.kind not in _KEPT_WHEN_REPEATED and \
                not (line.kind == "heading" and line.data is not None and line.data.strength >= 2):
            line.kind, line.data = "chrome", None


def _bare_page_numbers(lines: list[Line]) -> list[Line]:
    """'2' … '3' … '4' alone on their lines through a booklet's text dump: page numbers counting up one by one."""
    bare = [line for line in lines if line.text.isdigit() and len(line.text) <= 3]
    if len(bare) < 2:
        return []
    values = [int(line.text) for line in bare]
    if all(b == a + 1 for a, b in zip(values, values[1:])):
        return [line for line in bare if not _PAGE_NUMBER.match(line.text)]
    return []


# "modrzew.pl   3", "Katalog 2024 · 7": a footer's fixed words and the page's number after them
_FOOTER_NUMBER = re.compile(r"^(?P<words>\S.{0,60}?)\s+(?P<n>\d{1,3})$")


def _footer_page_numbers(lines: list[Line]) -> list[Line]:
    """The same short words ending in a number that counts up by one from page to page, three pages or more (a
    PDF's footer with the site's or label's name and the page number); not catalogue numbers ("HLR 041", "HLR 042")."""
    runs: dict[str, list[Line]] = {}
    for line in lines:
        # only a line ending in a digit can end in a page number
        if line.words <= 5 and line.text[-1:].isdigit():
            m = _FOOTER_NUMBER.match(line.text)
            if m and not line.text[:1].isdigit() and not m.group("n").startswith("0") and as_code(line.text) is None:
                runs.setdefault(m.group("words"), []).append(line)
    found: list[Line] = []
    for run in runs.values():
        values = [int(_FOOTER_NUMBER.match(line.text).group("n")) for line in run]
        if len(run) >= 3 and all(b == a + 1 for a, b in zip(values, values[1:])):
            found.extend(run)
    return found


def mark_furniture(lines: list[Line]) -> None:
    """Furniture sections: the heading and the lines under it up to the next blank line become "chrome"."""
    in_section = False
    for line in lines:
        if in_section and line.blank_before:
            in_section = False
        if not in_section and line.kind not in _READ_KINDS and len(line.text) < 140 and \
                (furniture_heading(line.text) or (line.kind == "chrome" and line.text.endswith(":"))):
            in_section = True
        if in_section:
            line.kind, line.data = "chrome", None


_RIGHTS = re.compile(r"(?:©|℗|\((?:p|c|P|C)\)|\bcopyright\b|\bphonographic copyright\b)\s*(?:\((?:p|c)\))?\s*[–—:-]?\s*"
                     r"(?:(?:19|20)\d\d\s*(?:[–—,/-]\s*(?:19|20)?\d\d)?\s+)?(?P<name>[A-ZÀ-Ý][\w&'’.\- ]{1,60}?)"
                     r"\s*(?:[.,;·|]\s*(?:all rights|tous droits|todos los|tutti i|alle rechte|alle rechten)|"
                     r"(?<![A-Z])\.(?:\s|$)|[;·|]|$)",
                     re.I)
_CONTACT = re.compile(r"^(?:contact|contacter|contactar|contatta|kontakt(?:iere)?|neem contact op met)\s+"
                      r"(?P<name>[A-ZÀ-Ý][\w&'’.\- ]{1,50})$", re.I)
_CRUMBS = re.compile(r"\s+[›»>/|]\s+")
_PRESENTS = re.compile(r"^(?P<label>[A-ZÀ-Ý][\w&'’.\-]*(?:\s+[A-ZÀ-Ý0-9][\w&'’.\-]*){0,4})\s+"
                       r"(?:pr[ée]sente|presents|presenta|pr[äa]sentiert|apresenta|publica|publie|pubblica|"
                       r"ver[öo]ffentlicht|releases|is releasing|lanza|lance|lan[çc]a|brengt|sl[äa]pper|udgiver|"
                       r"gir ut|edita|[ée]dite)\b")


def page_labels(lines: list[Line], first_release_line: int) -> list[str]:
    """Labels a page names outside its release fields, strongest first: a kicker, a © or ℗ line, 'Contact X',
    a blurb's 'X presents', the site's header (repeated further down), breadcrumbs, a 'Title | Artist | Label'
    page title."""
    scores: dict[str, float] = {}
    order: list[str] = []

    def add(name: str, weight: float) -> None:
        name = clean_space(name).strip(" ,;:–—-")
        name = name if re.search(r"\b(?:[A-Za-z]\.){2,3}[A-Za-z]{0,3}\.$", name) else name.strip(" .")
        if not name or len(name) > 60 or not name[:1].isupper() or any(c.isdigit() for c in name[:1]):
            return
        if name not in scores:
            order.append(name)
        scores[name] = scores.get(name, 0.0) + weight

    texts = [line.text for line in lines]
    for k, line in enumerate(lines):
        text = line.text
        if line.kind == "kicker" and isinstance(line.data, str):
            add(line.data, 3)
        elif line.kind == "heading" and getattr(line.data, "label", None):
            add(line.data.label, 3)
        if "©" in text or "℗" in text or "(p)" in text.lower() or "(c)" in text.lower() or "copyright" in text.lower():
            # a booklet's columns ("℗ © 2019 Arbor Viva Classics         Made in the EU") are read one by one
            m = next((m for m in map(_RIGHTS.search, re.split(r"\s{3,}", text)) if m), None)
            if m:
                add(_closing_dot(m.group("name"), text), 2)
        contact = _CONTACT.match(text)
        if contact:
            add(contact.group("name"), 2)
        if line.kind == "prose":
            presents = _PRESENTS.match(text)
            if presents:
                add(presents.group("label"), 2)
        if k < first_release_line and k < 4:
            crumbs = [c for c in _CRUMBS.split(text) if c.strip()]
            if len(crumbs) >= 3:
                add(crumbs[0], 1)
                add(crumbs[-1], 0.5)
            elif line.kind in ("heading", "chrome") and len(text.split()) <= 5:
                # the site's header: a name printed again lower on the page
                if sum(1 for t in texts[k + 1:] if text in t) >= 1:
                    add(text, 1.5)
    for line in lines[:2]:
        first = _FOOTER_SPLIT.split(line.text)[0].strip()
        if line.index < first_release_line and first != line.text.strip() and _LABEL_HINT.search(first) and \
                len(first.split()) <= 5 and not any(c.isdigit() for c in first):
            add(first, 1.5)  # "Éditions Vermeil — Nouveautés": the page's header, the label and its section
    for first in footer_labels(lines):
        add(first, 1.5)  # "Fernhill Records · fernhillrecords.example": the page's footer
    for name in list(scores):
        if _LABEL_HINT.search(name):
            scores[name] += 1
    ranked = sorted(order, key=lambda n: -scores[n])
    return [n for n in ranked if scores[n] >= 2.5]


def footer_labels(lines: list[Line]) -> list[str]:
    """The label a page's footer names first ("Harbour Lantern Records Ltd · Unit 4, Old Ropeworks")."""
    found = []
    for line in lines[-3:]:
        # "© 2024 Edizioni Sonore Marzocco – Via dei Serragli 41": the rights sign and year before the name
        first = _FOOTER_SPLIT.split(_RIGHTS_LEAD.sub("", line.text))[0].strip()
        if first != line.text.strip() and _LABEL_HINT.search(first) and len(first.split()) <= 5 and \
                not any(c.isdigit() for c in first):
            found.append(first)
    return found


def _closing_dot(name: str, text: str) -> str:
    """'Ondalunga Dischi S.r.l' read from '… S.r.l.': a company's dotted abbreviation keeps its last dot."""
    name = clean_space(name).rstrip(" .")
    if re.search(r"\b(?:[A-Za-z]\.){1,3}[A-Za-z]{1,3}$", name) and name + "." in clean_space(text):
        return name + "."
    return name


def running_label(lines: list[Line]) -> list[str]:
    """The label a paged catalogue's running header or footer names ("Klangwerft Tonträger GmbH · Lindenhof 12 ·
    Hamburg" on every page): the label of every release in it."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.kind == "chrome":
            counts[line.text] = counts.get(line.text, 0) + 1
    for text, count in counts.items():
        first = _FOOTER_SPLIT.split(text)[0].strip()
        if count >= 3 and first != text.strip() and _LABEL_HINT.search(first) and len(first.split()) <= 5 and \
                not any(c.isdigit() for c in first):
            return [first]
    return []


_FOOTER_SPLIT = re.compile(r"\s+[·|•–—-]\s+")
_RIGHTS_LEAD = re.compile(r"^(?:[©℗]|\([cp]\))\s*(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?\s+)?", re.I)
_LABEL_HINT = re.compile(r"(?i)\b(?:records?|recordings|music|musique|musik|muziek|dischi|discos?|disques?|klassik|"
                         r"classics|tapes|label|editions?|edizioni|ediciones|productions|sounds?|audio|"
                         r"grammofon|ltd|gmbh|b\.v\.|inc|llc|s\.l\.|srl|ab|skivbolaget|plateselskapet|pladeselskabet|"
                         # Polish, Czech, Portuguese, Scandinavian and German label words
                         r"nagrania|wytw[óo]rnia|wydawnictwo|vydavatelstv[íi]|gravadora|grava[çc][õo]es|selo|"
                         r"skivor|skivbolag|plater|plateselskap|pladeselskab|tontr[äa]ger|[ée]ditions|sp\.\s*z\s*o\.o\.|"
                         r"s\.r\.o\.|ltda)\b")
