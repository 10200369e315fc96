"""ISO 639-1 (the library's note languages) <-> ISO 639-2 (what an ID3 COMM frame carries)."""

from __future__ import annotations

# ISO 639-2/T codes, which is what the ID3 specification asks for; the /B forms are read too.
_TO_639_2 = {
    "ar": "ara", "ca": "cat", "cs": "ces", "da": "dan", "de": "deu", "el": "ell", "en": "eng",
    "es": "spa", "et": "est", "eu": "eus", "fa": "fas", "fi": "fin", "fr": "fra", "ga": "gle",
    "gl": "glg", "he": "heb", "hi": "hin", "hr": "hrv", "hu": "hun", "hy": "hye", "is": "isl",
    "it": "ita", "ja": "jpn", "ka": "kat", "kk": "kaz", "ko": "kor", "ky": "kir", "lt": "lit",
    "lv": "lav", "mk": "mkd", "nl": "nld", "no": "nor", "pl": "pol", "pt": "por", "ro": "ron",
    "ru": "rus", "sk": "slk", "sl": "slv", "so": "som", "sq": "sqi", "sr": "srp", "sv": "swe",
    "tr": "tur", "uk": "ukr", "zh": "zho",
}
_BIBLIOGRAPHIC = {
    "cze": "cs", "ger": "de", "gre": "el", "baq": "eu", "per": "fa", "fre": "fr", "arm": "hy",
    "ice": "is", "geo": "ka", "mac": "mk", "dut": "nl", "rum": "ro", "slo": "sk", "alb": "sq", "chi": "zh",
}
_TO_639_1 = {three: two for two, three in _TO_639_2.items()} | _BIBLIOGRAPHIC

UNDETERMINED = "und"


def to_639_2(code: str | None) -> str:
    """"fr" -> "fra"; an unknown or missing language -> "und"."""
    if not code:
        return UNDETERMINED
    code = code.strip().lower()
    if len(code) == 3 and code.isalpha():
        return code
    return _TO_639_2.get(code, UNDETERMINED)


def to_639_1(code: str | None) -> str | None:
    """"fra" or "fre" -> "fr"; "und", "XXX" or an unknown code -> None."""
    if not code:
        return None
    return _TO_639_1.get(code.strip().lower())
