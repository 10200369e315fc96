"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 / Latin-1 with a warning.

Binary data and empty documents are refused. Newlines are normalised to "\\n"; every offset the
importer reports is an offset into the text returned here.
"""

from __future__ import annotations

import re


class DecodingError(ValueError):
    """The bytes are not a text document."""


_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\u0085")
# C0 controls other than tab, newline, carriage return, form feed and vertical tab; DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Bytes Windows-1252 leaves undefined.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode_document(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings). Raises DecodingError for binary or empty input."""
    warnings: list[str] = []
    text = _decode_unicode_bom(data)
    if text is None:
        if b"\x00" in data:
            raise DecodingError("binary data (NUL bytes), not a text document")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data, warnings)
    text = _NEWLINES.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark inside the text as well
    if not text.strip():
        raise DecodingError("empty document (nothing but white space)")
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise DecodingError("binary data (control characters), not a text document")
    if text.count("\ufffd") > max(2, len(text) // 50):
        raise DecodingError("binary data (undecodable bytes), not a text document")
    letters = sum(1 for c in text[:20000] if c.isalpha())
    if letters < min(3, len(text.strip())) or letters < len(text[:20000]) // 10:
        raise DecodingError("no readable text in the document")
    return text, warnings


def _decode_unicode_bom(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DecodingError(f"starts as UTF-8 but has invalid bytes at {exc.start + 3}") from None
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(codec)
            except UnicodeDecodeError:
                raise DecodingError("starts as UTF-16 but does not decode as UTF-16") from None
    return None


def _decode_legacy(data: bytes, warnings: list[str]) -> str:
    """cp1250 when the bytes spell Central European letters, else cp1252 when its typographic quotes and dashes
    are used (bytes 0x80-0x9F), else Latin-1."""
    if _central_european(data):
        warnings.append("not UTF-8: read as Windows-1250 (cp1250, Central European); check accented letters")
        return data.decode("cp1250", errors="replace")
    high_controls = any(0x80 <= b <= 0x9F for b in data)
    if high_controls and not any(b in _CP1252_HOLES for b in data):
        warnings.append("not UTF-8: read as Windows-1252 (cp1252); check accented letters")
        return data.decode("cp1252")
    warnings.append("not UTF-8: read as Latin-1 (ISO-8859-1); check accented letters")
    return data.decode("latin-1")


# Bytes that are letters in cp1250 (ą ł ľ ś ź ż Ś Ź Ł Ą Ľ ť Ť) but signs in cp1252 (¹ ³ ¾ œ Ÿ ¿ Œ £ ¥ ¼) or holes.
_CP1250_LETTERS = frozenset(b"\xb9\xb3\xbe\x9c\x9f\xbf\x8c\x8f\xa3\xa5\xbc\x9d\x8d")
# ě ř č ů ň in cp1250, read as ì ø è ù ò by cp1252; ý (the same byte in both) is common only in Czech and Slovak.
_CZECH_VOWEL_MARKS = frozenset(b"\xec\xf8\xe8\xf9\xf2")
_Y_ACUTE = 0xFD
_ICELANDIC = frozenset(b"\xf0\xfe\xd0\xde")  # ð þ: ý with these is Icelandic, cp1252


def _central_european(data: bytes) -> bool:
    """Polish, Czech, Slovak or Slovenian text in cp1250: its letters between other letters, where cp1252 would
    put signs ("³¹"), or ý beside the bytes cp1252 reads as ì ø è ù."""
    inside = 0
    for k in range(1, len(data) - 1):
        if data[k] in _CP1250_LETTERS and chr(data[k - 1]).isalpha() or \
                data[k] in _CP1250_LETTERS and chr(data[k + 1]).isalpha() and data[k - 1] > 0x40:
            inside += 1
    if inside >= 2:
        return True
    if _Y_ACUTE in data and not any(b in _ICELANDIC for b in data):
        return sum(1 for b in data if b in _CZECH_VOWEL_MARKS) >= 3
    return False
