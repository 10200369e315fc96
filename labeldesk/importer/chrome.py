"""Web-page furniture copied along with a catalogue page: navigation bars, breadcrumbs, shop buttons and
prices, share links, cookie and newsletter notices, footers, format lists, language switches."""

from __future__ import annotations

import re

from labeldesk.importer.shapes import clean_space

_SEPARATORS = re.compile(r"\s+[|·›»>•]\s+|\s+[|·›»•]|[|·›»•]\s+")
_DASHES = re.compile(r"\s+[-–—]\s+")
_PRICE = re.compile(r"(?:[$£€¥]\s?\d+(?:[.,]\d{1,3})*|\b\d+(?:[.,]\d{1,3})*\s?(?:€|EUR\b|euros?\b|USD\b|£|CHF\b|円))",
                    re.I)
# "[In den Warenkorb]   [Merkzettel]", "[Acquista CD · 15,00 €]": a row of buttons
_BUTTONS = re.compile(r"^(?:[♡★☆]?\s*\[[^\[\]]{1,60}\]\s*)+$")
_CHROME_WORDS = re.compile(
    r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in den warenkorb|ajouter au panier|a[ñn]adir al carrito|"
    r"aggiungi al carrello|adicionar ao carrinho|comprar|acheter|kaufen|share|partager|compartir|condividi|teilen|"
    r"tweet|pin it|sign up|subscribe|unsubscribe|newsletter|iscriviti|abonnez-vous|suscr[ií]bete|abonnieren|"
    r"cookies?|privacy|datenschutz|confidentialit[ée]|mentions l[ée]gales|aviso legal|impressum|cgv|terms of|"
    r"all rights reserved|tous droits r[ée]serv[ée]s|todos los derechos|tutti i diritti|alle rechte|read more|"
    r"lire la suite|leer m[aá]s|leggi tutto|weiterlesen|leia mais|free shipping|livraison offerte|env[ií]o gratis|"
    r"spedizione gratuita|versandkostenfrei|sofort lieferbar|lieferzeit|lieferbar|auf lager|zzgl\.? versand\w*|"
    r"inkl\.? \d+\s?% mwst|in stock|ships within|disponibilit[àa] immediata|en stock|customers also bought|(?:customers|people|fans) who bought\b.{0,30}\balso\b|you may also like|vous aimerez aussi|"
    r"te puede interesar|potrebbe piacerti|view in browser|voir dans le navigateur|follow us|suivez-nous|"
    r"s[ií]guenos|seguici|folgt uns|rechercher|search|suche|buscar|pesquisar|back to top|retour en haut|"
    r"kundenbewertungen|bewertung schreiben|customer reviews|write a review|paiement s[ée]curis[ée]|ou[çc]a tamb[ée]m|"
    r"listen on|[ée]couter sur|escuchar en|ascolta su|anh[öo]ren auf)\b", re.I)
_NAV_WORDS = frozenset(
    "home shop store news releases release artists artist about contact catalogue catalog catalogo catálogo "
    "accueil boutique nouveautés nouveautes artistes inicio início novedades tienda contacto lançamentos loja sobre "
    "novità negozio artisti contatti startseite kontakt neuheiten katalog events agenda blog press presse "
    "label labels discography discographie discografia diskographie tour dates videos reviews review critiques "
    "criticas recensioni rezensionen recensies catalogue catalogo katalog agenda interviews features".split())
_FORMAT_WORDS = re.compile(
    r"^(?:\d+\s*[x×]\s*)?(?:lp|2lp|3lp|cd|2cd|3cd|dvd|blu-?ray|vinyl|vinyle|vinilo|vinile|cassette|k7|digital|"
    r"num[ée]rique|digitale|download|t[ée]l[ée]chargement|descarga|streaming|mp3|flac|wav|hi-?res|7\"|10\"|12\"|"
    r"7-inch|12-inch|box set|coffret|ep|single|album|solo piano|limited edition|[ée]dition limit[ée]e|180g)$", re.I)
_KICKER_ONLY = re.compile(
    r"^(?:new release|new album|new single|new ep|out now|coming soon|pre-?order|nouveaut[ée]|nouvelle sortie|"
    r"novetat|novetats|novidade|novidades|nowo[śs][ćc]|nowo[śs]ci|novinka|novinky|nyhet|nyhed|nieuwe release|"
    r"nouvel album|novedad|novedades|nuevo lanzamiento|novit[àa]|nuova uscita|neuerscheinung|neu|"
    r"lan[çc]amento|novo [áa]lbum|now available|disponible|more news|related|[àa] lire aussi|lire aussi|"
    r"see also|voir aussi|ver tambi[ée]n|vedi anche|siehe auch|press release|communiqu[ée] de presse|"
    r"nota de prensa|comunicado de prensa|comunicato stampa|pressemitteilung|presseinformation|persbericht|"
    r"pressmeddelande|pressemeddelelse|pressemelding|nota de imprensa|for immediate release|"
    r"f[öo]r omedelbar publicering|til umiddelbar offentligg[øo]relse|for umiddelbar publisering|"
    r"voor onmiddellijke publicatie|per la pubblicazione immediata|para publica[çc][ãa]o imediata|"
    r"pour publication imm[ée]diate|para publicaci[óo]n inmediata|"
    r"immediate release|embargoed|for release|pour diffusion imm[ée]diate|para difusi[óo]n inmediata|"
    r"zur sofortigen ver[öo]ffentlichung|informacja prasowa|komunikat prasowy|tiskov[áa] zpr[áa]va|"
    r"release para imprensa|press-release|news|actualit[ée]s|noticias|notizie|"
    r"nachrichten|aktuelles|nieuws|nyheter|nyheder|not[íi]cias)\W*$", re.I)
_FORMAT_LEAD = re.compile(r"^(?:\d\s*[x×]?\s*)?(?:LP|CD|EP|MC|2LP|2CD|3LP|3CD|Vinyl|Vinyle|Vinilo|Vinile|Kassette|"
                          r"Cassette|Box(?:\s*set)?)\b", re.I)
_FORMAT_DETAIL = re.compile(r"\b\d{2,3}\s?g\b|\b(?:vinyl|vinyle|vinilo|vinile|gatefold|downloadcode|download code|"
                            r"digipa[ck]k?|klappcover|inkl\.|incl\.|incluye|inclus)\b", re.I)
_LANG_CODES = re.compile(r"^(?:[A-Z]{2})(?:\s*[|/·]\s*[A-Z]{2})+$")


_SEPARATOR_CHARS = frozenset("|·›»>•/,-–—")
_PRICE_HINTS = ("$", "£", "€", "¥", "eur", "usd", "chf", "円")
# Cheap substring hints of _CHROME_WORDS: the regex runs only when one of them occurs.
_CHROME_HINTS = ("add to", "buy", "warenkorb", "panier", "carrito", "carrello", "carrinho", "comprar", "acheter",
                 "kaufen", "share", "partager", "compartir", "condividi", "teilen", "tweet", "pin it", "sign up",
                 "subscri", "newsletter", "iscriviti", "abonn", "suscr", "cookie", "privacy", "datenschutz",
                 "confidentialit", "mentions l", "aviso legal", "impressum", "cgv", "terms of", "rights reserved",
                 "droits r", "derechos", "diritti", "rechte", "read more", "lire la suite", "leer m", "leggi tutto",
                 "weiterlesen", "leia mais", "shipping", "lieferbar", "lieferzeit", "auf lager", "mwst", "in stock",
                 "ships within", "disponibilit", "en stock", "livraison", "envío", "envio", "spedizione", "versand", "also bought",
                 "may also like", "aimerez", "interesar", "piacerti", "browser", "navigateur", "follow us",
                 "suivez", "guenos", "seguici", "folgt uns", "rechercher", "search", "suche", "buscar", "pesquisar",
                 "back to top", "retour en haut", "bewertung", "review", "paiement", "ouça", "ouca", "listen on", "couter",
                 "escuchar", "ascolta", "hören", "horen")


_HINT_RE = re.compile("|".join(re.escape(h) for h in _CHROME_HINTS))
_PRICE_HINT_RE = re.compile("|".join(re.escape(h) for h in _PRICE_HINTS))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PICTOGRAMS = frozenset("♥♡▶►▷⏵⋯…✓✔☰⤴↗")


# one search for any of several characters instead of a look for each
_NAV_SEPARATOR_CHAR = re.compile("[|·›»•>]")
_FORMAT_SEPARATOR_CHAR = re.compile("[/·|,•]")


def is_chrome(text: str) -> bool:
    """True for a line of page furniture rather than catalogue text."""
    text = clean_space(text)
    if not text:
        return False
    low = text.lower()
    if len(text) <= 12 and (_LANG_CODES.match(text) or _KICKER_ONLY.match(text)):
        return True
    if len(text) <= 40 and _KICKER_ONLY.match(text):
        return True
    words = text.count(" ") + 1
    if "★" in text or "©" in text[:3]:
        return True
    if words <= 8 and "@" in text and _EMAIL.search(text):
        return True  # "Zamówienia hurtowe: hurt@label.pl": whom to write to, not a heading
    if text[0] in _PICTOGRAMS:
        return True  # "♥ 8,412   Share", "▶ Play all   + Add to list": a streaming page's buttons
    if text[:1] in "[♡" and _BUTTONS.match(text):
        return True
    if words <= 12 and "(" in text and _FORMAT_LEAD.match(text) and _FORMAT_DETAIL.search(text):
        return True  # "LP (180 g, schwarzes Vinyl) inkl. Downloadcode": the format on sale
    if _NAV_SEPARATOR_CHAR.search(text):
        segments = [s.strip() for s in _SEPARATORS.split(text) if s.strip()]
        if len(segments) >= 3 and all(len(s.split()) <= 8 for s in segments):
            return True
        if len(segments) >= 2 and any(p.lower() in _NAV_WORDS for p in segments):
            return True
        if len(segments) >= 2 and (" › " in text or " » " in text) and all(len(s.split()) <= 8 for s in segments):
            return True  # "Reedições › Artist — Title": a breadcrumb, whatever the site calls its sections
    if len(text) <= 60 and _FORMAT_SEPARATOR_CHAR.search(text):
        parts = [s.strip() for s in _FORMAT_SPLIT.split(text) if s.strip()]
        if len(parts) >= 2 and sum(1 for s in parts if _FORMAT_WORDS.match(s)) * 2 >= len(parts) + 1:
            return True
    if words <= 25 and _PRICE_HINT_RE.search(low) and _PRICE.search(text):
        return True
    if " – " in text or " — " in text or " - " in text or " | " in text:
        dash_parts = [s.strip() for s in _DASHES.split(text) if s.strip()]
        if len(dash_parts) == 2 and _KICKER_ONLY.match(dash_parts[0]) and re.search(r"\d{4}", dash_parts[1]):
            return True  # "För omedelbar publicering – Falun, 2 september 2025": a press release's dateline
        if len(dash_parts) >= 3 and any(p.lower() in _NAV_WORDS for p in dash_parts):
            return True
        # "Duinroos Records — Nieuws", "THE WAX ARCHIVE — Reviews & News": a site's name and the page's section
        if len(dash_parts) == 2 and words <= 10 and (_KICKER_ONLY.match(dash_parts[1]) or _nav_words_only(dash_parts[1])):
            return True
    if words <= 16 and _WEB_ADDRESS.search(low) and _SHOP_VERBS.search(low):
        return True  # "Stream the album or order the LP at label.example": where to buy it, no title
    return words <= 14 and bool(_HINT_RE.search(low)) and bool(_CHROME_WORDS.search(text))


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.|\b[\w-]+\.(?:com|net|org|example|co\.uk|de|fr|es|it|nl|se|no|dk|"
                          r"jp|io|fm|bandcamp\.com)\b)")
_SHOP_VERBS = re.compile(r"\b(?:stream|order|pre-?order|buy|download|listen|shop|purchase|get it|available|"
                         r"bestellen|commander|comprar|ordina|acquista|beställ|bestill|k[öo]b)\w*")


def _nav_words_only(text: str) -> bool:
    words = [w for w in re.split(r"[\s&+,/]+", text.lower())
             if w and not w.isdigit() and w not in ("and", "et", "y", "und", "e", "en", "og", "och")]
    return bool(words) and all(w in _NAV_WORDS or w.rstrip("s") in _NAV_WORDS for w in words)


_FORMAT_SPLIT = re.compile(r"\s*[·|/,•]\s*|\s+(?:et|and|y|und|e)\s+")
