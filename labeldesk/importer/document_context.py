"""What a release may borrow from the rest of its document: the labels and companies named anywhere in it
('© 2021 Bluefen Records LLC'), the label named by the page around its one release, and the fullest form of a
label the document gives.

Its own module because these are read once per document, before and apart from any one release block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from labeldesk.importer.folding import fold
from labeldesk.importer.lines import Line
from labeldesk.importer.notes import Paragraph


_LABEL_SUFFIX = re.compile(r"\s+(?:Ltd\.?|Limited|Inc\.?|LLC|GmbH|S\.?A\.?S?|S\.?L\.?|S\.?r\.?l\.?|B\.?V\.?|AG|"
                           r"Records|Recordings|Music|Musique|M[uú]sica|Musik|Label|Company|Co\.)(?:(?<=\.)|\b)")


@dataclass
class DocumentContext:
    """What a release may borrow from the rest of its document: the labels and company names named there."""

    labels: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    page_labels: list[str] = field(default_factory=list)  # named by the page around its one release
    paragraphs: dict[str, Paragraph] = field(default_factory=dict)  # read once per document (boilerplate repeats)


_COMPANY = re.compile(r"\b([A-ZÀ-Ý][\w&'’.\-]*(?:[ \t]+[A-ZÀ-Ý0-9][\w&'’.\-]*){0,5})[ \t]+(?:Ltd\.?|Limited|LLC|Inc\.?|GmbH|"
                      r"S\.A\.S?|S\.L\.|SARL|S\.r\.l\.|B\.V\.|N\.V\.|AG|KG|AB|A/S|Oy|S\.p\.A\.|Srl|Ltda\.?|"
                      r"Pty\.?\s+Ltd\.?)(?=[\s.,;)·|]|$)")


# the space before a legal suffix: a pattern that opens with a character class is scanned for far faster than one
# that opens with a look-behind, and the hit is on the suffix's line all the same
_SPACE_BEFORE_LEGAL_SUFFIX = re.compile(r"[ \t](?=(?:Ltd|Limited|LLC|Inc|GmbH|S\.A|S\.L|SARL|S\.r\.l|B\.V|N\.V|AG|KG|"
                                        r"AB|A/S|Oy|S\.p\.A|Srl|Ltda|Pty)\b)")


def collect_companies(text: str) -> list[str]:
    """Company names with their legal suffix anywhere in the document ("© 2021 Bluefen Records LLC")."""
    found: dict[str, None] = {}
    done_lines: set[int] = set()
    # the long pattern runs only over the lines where a legal suffix occurs
    for hit in _SPACE_BEFORE_LEGAL_SUFFIX.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start in done_lines:
            continue
        done_lines.add(start)
        end = text.find("\n", hit.end())
        line = text[start:end if end >= 0 else len(text)]
        for m in _COMPANY.finditer(line):
            name = m.group(0)
            # a dotted abbreviation ("S.r.l.", "S.p.A.") keeps its last dot; a sentence's full stop goes
            dotted = re.search(r"\b(?:[A-Za-z]\.){2,}$", name) is not None
            found[name if dotted or name.endswith(("Ltd.", "Inc.")) else name.rstrip(".")] = None
    return list(found)


def collect_labels(lines: list[Line]) -> list[str]:
    labels: dict[str, None] = {}
    for line in lines:
        if line.kind == "header" and "label" in line.data.fields:
            labels[str(line.data.fields["label"])] = None
        elif line.kind == "kicker" and isinstance(line.data, str):
            labels[line.data] = None
        elif line.kind == "heading" and line.data is not None and line.data.label:
            labels[line.data.label] = None
    return list(labels)


def fullest_label(label: str, labels: list[str], block_text: str) -> str:
    """The fullest form of a label the document gives ("Plaza Mayor Company Ltd" over "Plaza Mayor Company")."""
    best = label
    prefix = fold(label) + " "
    for other in labels:
        if other[:1].lower() == label[:1].lower() and fold(other).startswith(prefix) and len(other) > len(best):
            best = other
    m = re.search(re.escape(best) + _LABEL_SUFFIX.pattern, block_text)
    if m:
        best = m.group(0)
    return best
