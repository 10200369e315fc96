"""Distribution export: tagged copies, cover, manifests, DDEX ERN.

    export_release(release, files, cover, target_dir, options, progress, cancel) -> ExportResult
"""

from labeldesk.export.exporter import ExportCancelled, check_options, export_release
from labeldesk.export.naming import DEFAULT_TEMPLATE, TEMPLATE_FIELDS, FileNameTemplate, folder_name
from labeldesk.export.options import ExportedFile, ExportFile, ExportOptions, ExportResult

__all__ = [
    "DEFAULT_TEMPLATE", "TEMPLATE_FIELDS", "ExportCancelled", "ExportFile", "ExportOptions", "ExportResult",
    "ExportedFile", "FileNameTemplate", "check_options", "export_release", "folder_name",
]
