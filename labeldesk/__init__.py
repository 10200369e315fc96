"""labeldesk: a desktop music-library and liner-notes manager."""

__version__ = "0.1.0"
