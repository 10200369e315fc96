"""Release identifiers: barcodes (EAN/UPC) and their check digits."""

from __future__ import annotations


def barcode_digits(text: str | None) -> str:
    return "".join(c for c in text or "" if c.isdigit())


def barcode_is_valid(barcode: str | None) -> bool:
    """True for an EAN-8, UPC-A (12), EAN-13 or GTIN-14 whose check digit is right."""
    digits = barcode_digits(barcode)
    if len(digits) not in (8, 12, 13, 14) or len(digits) != len(barcode or ""):
        return False
    body, check = digits[:-1], int(digits[-1])
    # weights 3,1,3,1… from the digit next to the check digit leftwards
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check
