"""The credit role vocabulary: ids, groups, labels, and their DDEX and Picard equivalents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    id: str
    group: str
    label: str
    ddex: str  # DDEX ContributorRole; "UserDefined:X" where DDEX has none
    picard: str  # Picard tag name, "" where Picard has none
    hint: str = ""  # role words that name it


ROLES: tuple[Role, ...] = (
    Role('composer', 'writing', 'Composer', 'Composer', 'composer', 'Music by, "Music composed by", "Musique de", "Musiche di", "Musik:", "Original Soundtrack Composed by"'),
    Role('lyricist', 'writing', 'Lyricist', 'Lyricist', 'lyricist', ''),
    Role('songwriter', 'writing', 'Songwriter', 'ComposerLyricist', 'writer', 'words and music of one song ("Escrita por", "Written by")'),
    Role('arranger', 'writing', 'Arranger', 'Arranger', 'arranger', ''),
    Role('orchestrator', 'writing', 'Orchestrator', 'UserDefined:Orchestrator', 'arranger', 'Orchestrations, "Orquestaciones"'),
    Role('librettist', 'writing', 'Librettist', 'Librettist', 'lyricist', ''),
    Role('translator', 'writing', 'Translator', 'Translator', '', ''),
    Role('performer', 'performance', 'Performer', 'MainArtist/Musician', 'performer:<instrument>', 'instrument in lower-case English ("cello", not "violoncelle"); voices are instruments too: "vocals", "soprano"'),
    Role('orchestra', 'performance', 'Orchestra', 'Orchestra', 'performer:orchestra', "an ensemble's name, not a person"),
    Role('choir', 'performance', 'Choir', 'Choir', 'performer:choir', ''),
    Role('ensemble', 'performance', 'Ensemble', 'Ensemble', 'performer', ''),
    Role('conductor', 'performance', 'Conductor', 'Conductor', 'conductor', 'conducted by, "diretta da", "dirigé par"'),
    Role('chorus_master', 'performance', 'Chorus master', 'ChorusMaster', '', ''),
    Role('concertmaster', 'performance', 'Concertmaster', 'Concertmaster', '', ''),
    Role('music_director', 'performance', 'Music director', 'MusicalDirector', '', ''),
    Role('producer', 'production', 'Producer', 'StudioProducer', 'producer', ''),
    Role('co_producer', 'production', 'Co-producer', 'CoProducer', 'producer', ''),
    Role('executive_producer', 'production', 'Executive producer', 'ExecutiveProducer', '', ''),
    Role('music_supervisor', 'production', 'Music supervisor', 'UserDefined:MusicSupervisor', '', ''),
    Role('recording_engineer', 'technical', 'Recording engineer', 'RecordingEngineer', 'engineer', 'recorded by, "Aufnahme"'),
    Role('mixing_engineer', 'technical', 'Mixing engineer', 'MixingEngineer', 'mixer', 'mixed by, "Mixage", "mezclada por", "Mischung"'),
    Role('mastering_engineer', 'technical', 'Mastering engineer', 'MasteringEngineer', '', ''),
    Role('sound_engineer', 'technical', 'Sound engineer', 'SoundEngineer', 'engineer', 'Ingeniero de sonido, "Ingénieur du son"'),
    Role('assistant_engineer', 'technical', 'Assistant engineer', 'AssistantEngineer', 'engineer', ''),
    Role('editor', 'technical', 'Music editor', 'DigitalEditingEngineer', '', 'edited by, "editada por"'),
    Role('programmer', 'technical', 'Programmer', 'Programmer', '', ''),
    Role('sound_designer', 'technical', 'Sound designer', 'SoundDesigner', '', ''),
    Role('remixer', 'technical', 'Remixer', 'Remixer', 'remixer', ''),
    Role('cover_designer', 'visual', 'Cover design', 'CoverDesigner', '', 'Diseño de portada, "Cover design"'),
    Role('artwork', 'visual', 'Artwork', 'Artist', '', 'Artwork by, "Illustration"'),
    Role('art_director', 'visual', 'Art direction', 'ArtDirector', '', ''),
    Role('photographer', 'visual', 'Photography', 'Photographer', '', 'Photos, "Fotografía", "Fotos de la grabación"'),
    Role('liner_notes_author', 'text', 'Liner notes', 'WriterOfAccompanyingMaterial', '', 'author of a note printed with the release'),
    Role('film_director', 'film', 'Film director', 'FilmDirector', '', 'Director, "Directed by", "A film by", "Un film de", "Regia di", "Regie:", "réalisé par"'),
    Role('screenwriter', 'film', 'Screenwriter', 'Screenwriter', '', ''),
    Role('cast', 'film', 'Cast', 'Actor', '', 'With, "Avec", "Con", "Mit"'),
    Role('film_producer', 'film', 'Film producer', 'FilmProducer', '', ''),
    Role('original_author', 'film', 'Author of the original work', 'Author', '', 'the novel or play the film is based on'),
    Role('publisher', 'company', 'Publisher', 'MusicPublisher', 'publisher', ''),
    Role('recorded_at', 'company', 'Recorded at', 'UserDefined:RecordedAt', '', 'a studio or venue, not a person'),
    Role('mixed_at', 'company', 'Mixed at', 'UserDefined:MixedAt', '', 'a studio, not a person'),
    Role('mastered_at', 'company', 'Mastered at', 'UserDefined:MasteredAt', '', 'a studio, not a person'),
)

ROLE_BY_ID: dict[str, Role] = {r.id: r for r in ROLES}
ROLE_GROUPS: tuple[str, ...] = tuple(dict.fromkeys(r.group for r in ROLES))


def role(role_id: str) -> Role:
    """The role with this id; KeyError for an id outside the vocabulary."""
    return ROLE_BY_ID[role_id]


def role_label(role_id: str) -> str:
    found = ROLE_BY_ID.get(role_id)
    return found.label if found else role_id



def is_role(role_id: str) -> bool:
    return role_id in ROLE_BY_ID
