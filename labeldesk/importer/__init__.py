"""Text documents -> releases: decoding, segmenting, extracting fields. Pure functions over strings."""
