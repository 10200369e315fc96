"""Which language a passage is written in (en, fr, es, it, de, pt, nl, ca, sv, da, no, pl, cs, tr), from its
commonest little words."""

from __future__ import annotations

import re
from collections import Counter

from labeldesk.importer.cjk import script_language
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
                    "door naar dan nog wordt werd haar hun die deze dit wat waar waarin elke elk uit tijdens "
                    "heeft hebben geen twee alleen er over worden zo kan hoe veel onze zich naar mee vooral "
                    "eerst even mag alsof voordat zal zou".split()),
    # Catalan: the words it shares with Spanish and French count for it too, its own decide
    "ca": frozenset("la de el les els i que en un una per amb del dels al als es és va hi ho seva seu seus "
                    "aquest aquesta aquests també però molt quan després entre ningú cap mentre totes tots "
                    "pel pels sense fins on ja més ens li sobre perquè com tenen tornen mateix".split()),
    "sv": frozenset("och att det som en på är för med av inte jag till den har om var från också efter när "
                    "sin hon han blev eller ett vid men så kan hade där skivan albumet låtar under mot alla "
                    "detta denna vår vi ni de dem".split()),
    "da": frozenset("og at det som en på er for med af ikke jeg til den har om var fra også efter når "
                    "sin hun han blev eller et ved men så kan havde hvor pladen albummet under mod alle "
                    "denne vores vi de dem mig hvad nogle blive bliver".split()),
    "no": frozenset("og at det som en på er for med av ikke jeg til den har om var fra også etter når "
                    "sin hun han ble eller et ved men så kan hadde hvor plata albumet under mot alle "
                    "denne vår vi de dem meg hva noen blir".split()),
    "pl": frozenset("i w z na nie się to że do jest jak po od za o ale już tak przy dla jego jej ich który która "
                    "które przez był była było są tylko także oraz jeszcze kiedy gdy bardzo może mnie mi nas my "
                    "ten ta te tej tego płyta płyty muzyka muzyki utwory".split()),
    "cs": frozenset("a v ve z na se je to že do jak po od za o ale už tak při pro jeho její jejich který která "
                    "které byl byla bylo jsou jen také když velmi může mě mi nás my ten ta tento tato deska "
                    "hudba hudby skladby".split()),
    "tr": frozenset("ve bir bu da de ile için gibi ama çok daha en her ki ne olan olarak sonra kadar şarkı "
                    "şarkılar albüm albümü ilk iki yeni bu yana ise değil var yok onun bir yandan".split()),
}
# Words that only one of the close languages uses: each counts twice, so that Catalan is told from Spanish,
# Danish from Norwegian.
_DISTINCTIVE: dict[str, frozenset[str]] = {
    "ca": frozenset("els amb dels pels pel seva aquest aquesta també però ningú mentre totes després hi ho "
                    "tornen fins va".split()),
    "es": frozenset("los las y el con para pero también cuando desde muy hay sobre".split()),
    "pt": frozenset("não uma também pelo pela muito são está foi ao seu sua nos".split()),
    "sv": frozenset("och är inte jag från också efter när blev eller hade där albumet låtar".split()),
    "da": frozenset("af ikke efter havde hvad nogle bliver blev mig pladen albummet".split()),
    "no": frozenset("av ikke etter hadde hva noen blir ble meg plata albumet sitt sier mye noe lage tilbake "
                    "låtene låtskriveren sangeren".split()),
    "nl": frozenset("het een zijn niet ook maar wordt werd haar hun deze waar elke uit tijdens heeft geen".split()),
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in {fold(w) for w in _words}:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
for _lang, _words in _DISTINCTIVE.items():
    for _w in {fold(w) for w in _words}:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
# Word tokens of folded text; apostrophes split ("l'album" -> "l", "album").
TOKEN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_APOSTROPHE = re.compile(r"\b([dljncsmt]|qu)['’]", re.I)


_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the passage's language; `default` when the text says too little."""
    return language_of_tokens(TOKEN.findall(fold(text[:1500])), text[:1500], default)


def language_of_tokens(tokens: list[str], sample: str, default: str = "en") -> str:
    """The language of folded word tokens (see TOKEN); `sample` (the raw text) breaks ties by its letters."""
    script = script_language(sample)
    if script:
        return script  # Japanese, Korean, Chinese: told by their script, not by little words
    if _GREEK.search(sample) is not None:
        letters = sum(1 for c in sample if c.isalpha()) or 1
        if len(_GREEK.findall(sample)) * 2 >= letters:
            return "el"  # Greek, told by its alphabet
    if not tokens:
        return default
    sample = sample.lower()
    scores = {lang: 0.0 for lang in _STOPWORDS}
    langs_of = _LANGS_OF
    for word, count in Counter(w for w in tokens[:300] if w in langs_of).items():
        for lang in langs_of[word]:
            scores[lang] += count
    # letters that only some languages use break ties between close scores
    if any(c in sample for c in "ñ¿¡"):
        scores["es"] += 2
    if any(c in sample for c in "ãõ"):
        scores["pt"] += 2
    if any(c in sample for c in "ßäöü"):
        scores["de"] += 1.5
    if any(c in sample for c in "çêèœâîû"):
        scores["fr"] += 1
    if "l·l" in sample or "l.l" in sample:
        scores["ca"] += 2
    if any(c in sample for c in "łąęśźżń"):
        scores["pl"] += 2
    if any(c in sample for c in "ěřůťď"):
        scores["cs"] += 2
    turkish = sample.count("ı") + sample.count("ğ")
    if turkish:
        # dotless i and soft g are Turkish letters only; a name or two among other words weighs little
        scores["tr"] += min(turkish, 12) / 2
    if any(c in sample for c in "æø"):
        scores["da"] += 1.5
        scores["no"] += 1.5
    if "å" in sample:
        scores["sv"] += 1
        scores["da"] += 0.5
        scores["no"] += 0.5
    if any(c in sample for c in "äö") and not any(c in sample for c in "üß"):
        scores["sv"] += 1
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 1:
        return default
    return best
