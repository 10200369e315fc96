"""Distribution export: tagged copies, cover, manifests, DDEX ERN.

    export_release(release, files, cover, target_dir, options, progress, cancel) -> ExportResult

`cover` is image bytes, or an ExportCover made ahead (labeldesk.export.cover_cache keeps a library
release's). Exporting a library release, with the DDEX check and a summary for a person, is
labeldesk.actions.exporting.export_from_library.
"""

from labeldesk.export.cover import ExportCover
from labeldesk.export.exporter import ExportCancelled, check_options, export_release
from labeldesk.export.naming import (
    DEFAULT_TEMPLATE,
    TEMPLATE_FIELDS,
    FileNameTemplate,
    folder_name,
)
from labeldesk.export.options import (
    ExportedFile,
    ExportFile,
    ExportOptions,
    ExportResult,
)

__all__ = [
    "DEFAULT_TEMPLATE", "TEMPLATE_FIELDS", "ExportCancelled", "ExportCover", "ExportFile", "ExportOptions",
    "ExportResult", "ExportedFile", "FileNameTemplate", "check_options", "export_release", "folder_name",
]
