"""The operations the CLI and the GUI share: each combines the importer, library, tagging and export."""
