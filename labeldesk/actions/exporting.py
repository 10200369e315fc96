"""Exporting a library release for distribution: shared by the `export` command and the window.

    export_from_library(lib, release_id, target, options, schema, progress, cancel) -> ExportOutcome
    outcome.summary()   "7 files, 412 MB, cover 3000 px, ddex.xml valid"

The release, its attached files and its cover come from the library; the covers the export needs
are made once and kept there (labeldesk.export.cover_cache), so a later export only reads them.
When a DDEX schema is given, ddex.xml is checked against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from labeldesk.errors import UserError
from labeldesk.export import ExportOptions, ExportResult, check_options, export_release
from labeldesk.export.cover_cache import export_cover
from labeldesk.export.ddex_check import ddex_errors
from labeldesk.export.inputs import export_inputs

NO_DDEX = "no ddex.xml"
NOT_VALIDATED = "ddex.xml not validated"
VALID = "ddex.xml valid"
NOT_VALID = "ddex.xml NOT valid"


@dataclass
class ExportOutcome:
    result: ExportResult
    warnings: list[str] = field(default_factory=list)  # the library's, the export's and the schema check's
    ddex_state: str = NO_DDEX  # NO_DDEX, NOT_VALIDATED, VALID or NOT_VALID

    def summary(self) -> str:
        """"7 files, 412 MB, cover 3000 px, ddex.xml valid": what the export folder holds."""
        result = self.result
        count = len(result.files)
        total = sum(p.stat().st_size for p in result.folder.iterdir() if p.is_file())
        if result.cover_size is None:
            cover = "no cover"
        else:
            width, height = result.cover_size
            cover = f"cover {width} px" if width == height else f"cover {width}×{height} px"
        return f"{count} file{'' if count == 1 else 's'}, {format_size(total)}, {cover}, {self.ddex_state}"


def format_size(count: int) -> str:
    """Bytes as a person reads them: "412 MB", "4.2 MB", "18 KB"."""
    if count >= 10_000_000:
        return f"{count / 1e6:.0f} MB"
    if count >= 1_000_000:
        return f"{count / 1e6:.1f} MB"
    return f"{max(1, round(count / 1e3))} KB"


def export_from_library(lib, release_id: int, target: Path, options: ExportOptions | None = None,
                        schema: Path | None = None, progress: Callable[[int, int], None] | None = None,
                        cancel=None) -> ExportOutcome:
    """Export the library release `release_id` into a new folder under `target`.

    `schema`: release-notification.xsd to check ddex.xml against (None: not checked).
    `progress(done, total)` and `cancel` (a callable or threading.Event) as export_release takes
    them. Raises UserError (NotFound for an unknown release) and then leaves nothing behind;
    ExportCancelled when cancelled."""
    options = options or ExportOptions()
    check_options(options)
    inputs = export_inputs(lib, release_id)
    if not inputs.files:
        raise UserError(f"release {release_id} has no audio files attached: nothing to export")
    cover = None
    if inputs.stored_cover is not None:
        cover = export_cover(lib, release_id, options.cover_size, options.player_cover_size, stored=inputs.stored_cover)
    result = export_release(inputs.release, inputs.files, cover, target, options, progress=progress, cancel=cancel)
    warnings = inputs.warnings + result.warnings
    ddex_state = NO_DDEX
    if result.ddex_path is not None:
        ddex_state = _check_ddex(result.ddex_path, schema, warnings)
    return ExportOutcome(result, warnings, ddex_state)


def _check_ddex(path: Path, schema: Path | None, warnings: list[str]) -> str:
    if schema is None:
        return NOT_VALIDATED
    if not schema.is_file():
        warnings.append(f"ddex.xml not validated: the schema {schema} (setting ddex.schema) is not there")
        return NOT_VALIDATED
    errors = ddex_errors(path, schema)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        warnings.append(f"ddex.xml does not validate against {schema.name}: {errors[0]}{more}")
        return NOT_VALID
    return VALID
