"""Tags in audio files: one adapter per tag family over mutagen; cover art through Pillow."""
