"""Tags in audio files: one adapter per tag family over mutagen; cover art through Pillow.

    read(path) -> Fields                       the fields labeldesk owns, as in the file
    write(path, fields, ...) -> Fingerprint    safe write: switched in place or copy and replace;
                                               durable=True adds the syncs that survive a power cut
    changes(path, fields) -> [(field, old, new)]
    write_batch(jobs, progress, cancel, durable=False) -> [WriteResult]
    fields_for_track(release, track, cover) -> Fields   (labeldesk.tagging.mapping)
"""

from labeldesk.tagging.batch import WriteJob, WriteResult, write_batch
from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import FIELD_NAMES, Cover, Fields, display
from labeldesk.tagging.files import (
    AudioFile, FileChangedError, changes, leftover_temporaries, read, read_file, supported_fields, write,
)
from labeldesk.tagging.fingerprint import Fingerprint, fingerprint, has_changed

__all__ = [
    "FIELD_NAMES", "AudioFile", "Cover", "FileChangedError", "Fields", "Fingerprint", "TaggingError", "WriteJob",
    "WriteResult", "changes", "display", "fingerprint", "has_changed", "leftover_temporaries", "read", "read_file",
    "supported_fields",
    "write", "write_batch",
]
