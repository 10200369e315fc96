"""Which language a passage is written in (en, fr, es, it, de, pt, nl), from its commonest little words."""

from __future__ import annotations

import re

from labeldesk.importer.folding import fold

# Words frequent in one language and rare in the others. Shared words ("a", "de", "la") are left out
# or kept only where they mostly belong.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is was that with for this it his her are be by have has from which not but "
                    "they we you were been their who would will can i my our an at on as its what all there when "
                    "so into also had more than only about".split()),
    "fr": frozenset("la de le les des du et est une un que qui dans pour pas sur au aux avec ce cette il elle sont "
                    "été nous vous je mais ou leur ses son sa mes mon ont était par plus tout comme aussi très "
                    "j n c qu s où même ces cet avait".split()),
    "es": frozenset("la de el los las del y que en un una es por con para se su sus lo al como más pero fue ha son "
                    "este esta yo mi nos muy también sobre entre sin hay ya cuando desde todo era".split()),
    "it": frozenset("la di il gli della delle dei che è un una per con non si sono nel nella alla anche come più "
                    "questo questa ma ha io mi ci suo sua del al le lo degli era stato molto tutto ho abbiamo "
                    "hanno sono nel perché ancora anche dopo".split()),
    "de": frozenset("der die das und ist nicht ein eine mit den dem des von zu auf für sich auch als wie im "
                    "es ich wir sie er war hat sind noch aus bei nach einer einen über durch wird".split()),
    "pt": frozenset("de o os as do da dos das e que em um uma é com não para por se na no mais como mas foi ao "
                    "seu sua eu nos muito também ele ela são está pela pelo".split()),
    "nl": frozenset("de het een en van is dat op te zijn met voor niet aan ook als maar bij ik wij hij zij "
                    "door naar dan nog wordt werd".split()),
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in {fold(w) for w in _words}:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
# Word tokens of folded text; apostrophes split ("l'album" -> "l", "album").
TOKEN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_APOSTROPHE = re.compile(r"\b([dljncsmt]|qu)['’]", re.I)


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the passage's language; `default` when the text says too little."""
    return language_of_tokens(TOKEN.findall(fold(text[:1500])), text[:1500], default)


def language_of_tokens(tokens: list[str], sample: str, default: str = "en") -> str:
    """The language of folded word tokens (see TOKEN); `sample` (the raw text) breaks ties by its letters."""
    if not tokens:
        return default
    sample = sample.lower()
    scores = {lang: 0.0 for lang in _STOPWORDS}
    for word in tokens[:300]:
        for lang in _LANGS_OF.get(word, ()):
            scores[lang] += 1
    # letters that only some languages use break ties between close scores
    if any(c in sample for c in "ñ¿¡"):
        scores["es"] += 2
    if any(c in sample for c in "ãõ"):
        scores["pt"] += 2
    if any(c in sample for c in "ßäöü"):
        scores["de"] += 1.5
    if any(c in sample for c in "çêèœâîû"):
        scores["fr"] += 1
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 1:
        return default
    return best
