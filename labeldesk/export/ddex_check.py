"""Checking a ddex.xml against the ERN 4.3 schema (release-notification.xsd and the avs.xsd beside it).

DDEX publishes the schema for implementers; labeldesk does not ship it. A user who has it points
the `ddex.schema` setting at release-notification.xsd, and every export is then checked.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from labeldesk.errors import UserError


@lru_cache(maxsize=2)
def _schema(path: str, mtime_ns: int) -> etree.XMLSchema:  # the file's mtime: a changed file is parsed anew
    try:
        return etree.XMLSchema(etree.parse(path))
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as exc:
        raise UserError(f"the DDEX schema {path} cannot be read: {exc}") from None


def ddex_errors(xml_path: Path, schema_path: Path) -> list[str]:
    """What keeps ddex.xml from validating ("line N: message"); [] when it is valid."""
    try:
        mtime = schema_path.stat().st_mtime_ns
    except OSError as exc:
        raise UserError(f"the DDEX schema {schema_path} cannot be read: {exc.strerror or exc}") from None
    schema = _schema(str(schema_path), mtime)
    try:
        document = etree.parse(str(xml_path))
    except (OSError, etree.XMLSyntaxError) as exc:
        return [f"not readable XML: {exc}"]
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]
