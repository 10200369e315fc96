"""Characters a copied page carries that plain text spells otherwise: HTML entities left in text copied from a
page's source ("Nordwest &amp; Nebel", "49&nbsp;€"), and the full-width punctuation of Japanese and Chinese
pages ("品番：HZR-0042", "真鍋ひより（Vocal）") that the line readers expect as ASCII."""

from __future__ import annotations

import html
import re

# "&amp;", "&nbsp;", "&#8211;", "&#x2013;": an entity is a name or number between "&" and ";"
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def unescape_entities(text: str) -> str:
    """The text with its HTML entities as the characters they stand for; unchanged when it has none."""
    if "&" not in text or not _ENTITY.search(text):
        return text
    return html.unescape(text)


# Full-width forms of the punctuation the readers look for: colon, brackets, slash, bar, comma, "greater than".
_PUNCTUATION = str.maketrans({
    "：": ": ", "（": " (", "）": ") ", "［": " [", "］": "] ", "／": " / ", "｜": " | ", "＞": " > ", "，": ", ",
    "＆": " & ", "＃": "#", "　": " ", "〜": "~", "～": "~", "－": "-", "＋": "+",
})
_FULL_WIDTH_HINT = re.compile("[：（）［］／｜＞，＆＃　〜～－＋]")


def has_full_width_punctuation(text: str) -> bool:
    return _FULL_WIDTH_HINT.search(text) is not None


def half_width_punctuation(text: str) -> str:
    """'品番：HZR-0042' -> '品番: HZR-0042'; spaces tidied. Letters and digits are left as printed."""
    return " ".join(text.translate(_PUNCTUATION).split()).replace("( ", "(").replace(" )", ")")
