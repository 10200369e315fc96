"""The DDEX ERN 4.3 NewReleaseMessage of an export: parties, sound recordings, cover, release.

Built with lxml in the element order release-notification.xsd prescribes. Liner notes go into the
Release's MarketingComment (synopses into Synopsis), the only free-text places the schema gives a
Release; credits become Contributors of every sound recording they concern, with their DDEX roles.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml import etree

from labeldesk.export.cover import PreparedCover
from labeldesk.export.ddex_values import CONTRIBUTOR_ROLES, INSTRUMENT_TYPES
from labeldesk.export.options import ExportedFile, Party
from labeldesk.export.sheets import note_with_signature
from labeldesk.model.identifiers import barcode_is_valid
from labeldesk.model.names import fold, name_key
from labeldesk.model.release import Credit, Release, Track
from labeldesk.model.roles import ROLE_BY_ID
from labeldesk.tagging.mapping import credits_for_track

ERN_NAMESPACE = "http://ddex.net/xml/ern/43"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://ddex.net/xml/ern/43 http://ddex.net/xml/ern/43/release-notification.xsd"
AVS_VERSION = "3"
PLACEHOLDER_SENDER: Party = ("PADPIDA0000000000S", "Sender not set")
PLACEHOLDER_RECIPIENT: Party = ("PADPIDA0000000000R", "Recipient not set")
_DPID = re.compile(r"PADPIDA[a-zA-Z0-9]{11}")  # a DDEX party id: the prefix and 11 letters or digits
_ISO_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}){0,2}$")

RELEASE_TYPES = {"album": "Album", "single": "Single", "ep": "EP", "compilation": "Album",
                 "soundtrack": "Album", "other": "Album"}
# The roles vocabulary spells a few DDEX values differently from the allowed-value set.
ROLE_ALIASES = {"MusicalDirector": "MusicDirector", "Screenwriter": "ScreenplayAuthor"}
# Voices are instruments in the vocabulary; DDEX lists only "Voice" for them.
INSTRUMENT_ALIASES = {v: "Voice" for v in (
    "vocals", "voice", "voices", "soprano", "mezzo-soprano", "alto", "contralto", "countertenor",
    "tenor", "baritone", "bass-baritone", "treble",
)}
# Credits about the packaging rather than the recording belong to the cover image or nowhere.
COVER_ROLE_GROUPS = {"visual"}
NOT_RECORDING_ROLE_GROUPS = {"visual", "text"}
CODECS = {".flac": "FLAC", ".mp3": "MP3", ".ogg": "Vorbis", ".oga": "Vorbis", ".wav": "PCM",
          ".aif": "PCM", ".aiff": "PCM", ".m4a": "AAC", ".aac": "AAC"}

_CONTRIBUTOR_BY_FOLD = {v.casefold(): v for v in CONTRIBUTOR_ROLES}
_INSTRUMENT_BY_FOLD = {v.casefold(): v for v in INSTRUMENT_TYPES}


def valid_dpid(value: str) -> bool:
    """"PADPIDA2014120301U": the DDEX party id shape, PADPIDA and 11 letters or digits."""
    return bool(_DPID.fullmatch(value or ""))


def ddex_roles(role_id: str) -> list[tuple[str, str | None]]:
    """(ContributorRole, UserDefinedValue) pairs for a role id of the vocabulary.

    "MainArtist/Musician" keeps the alternatives the value set allows; "UserDefined:X" and any
    value the set lacks become UserDefined with the name as its UserDefinedValue.
    """
    role = ROLE_BY_ID.get(role_id)
    if role is None:
        return [("UserDefined", role_id)]
    pairs: list[tuple[str, str | None]] = []
    undefined: list[str] = []
    for value in role.ddex.split("/"):
        if value.startswith("UserDefined:"):
            undefined.append(value.split(":", 1)[1])
            continue
        value = ROLE_ALIASES.get(value, value)
        listed = _CONTRIBUTOR_BY_FOLD.get(value.casefold())
        if listed:
            pairs.append((listed, None))
        else:
            undefined.append(value)
    if not pairs:
        pairs = [("UserDefined", undefined[0] if undefined else role.label)]
    return pairs


def instrument_type(instrument: str) -> tuple[str, str | None]:
    """"double bass" -> ("DoubleBass", None); an instrument DDEX does not list -> UserDefined."""
    folded = instrument.strip().casefold()
    if folded in INSTRUMENT_ALIASES:
        return INSTRUMENT_ALIASES[folded], None
    joined = re.sub(r"[\s_]+", "", folded)
    listed = _INSTRUMENT_BY_FOLD.get(joined)
    return (listed, None) if listed else ("UserDefined", instrument.strip())


def iso_duration(seconds: float | None) -> str:
    """ISO 8601 duration, whole seconds: 205 -> "PT3M25S", 3725 -> "PT1H2M5S"."""
    total = max(0, int(round(seconds or 0)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"PT{hours}H{minutes}M{secs}S" if hours else f"PT{minutes}M{secs}S"


@dataclass
class _Parties:
    """Every party of the message, one per name key, numbered in order of first mention."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (reference, name)

    def ref(self, name: str) -> str:
        key = name_key(name) or name
        if key not in self.names:
            self.names[key] = (f"P{len(self.names) + 1}", name)
        return self.names[key][0]


@dataclass
class ErnMessage:
    xml: bytes
    warnings: list[str]


def build_ern(
    release: Release,
    files: list[ExportedFile],
    cover: PreparedCover | None = None,
    cover_file: str | None = None,
    cover_sha256: str | None = None,
    sender: Party | None = None,
    recipient: Party | None = None,
    message_id: str | None = None,
    created: datetime | None = None,
    credits: dict[int, list[Credit]] | None = None,
) -> ErnMessage:
    """The NewReleaseMessage for an exported release, as UTF-8 XML bytes, and its warnings.
    `credits`: recording_credits(release), when it was worked out already."""
    if credits is None:
        credits = recording_credits(release)
    warnings: list[str] = []
    sender, recipient, test_message = _messaging_parties(sender, recipient, warnings)
    namespace = _namespace(sender)
    release_key = _release_key(release)
    parties = _Parties()

    root = etree.Element(
        f"{{{ERN_NAMESPACE}}}NewReleaseMessage",
        nsmap={"ern": ERN_NAMESPACE, "xsi": XSI_NAMESPACE},
    )
    root.set(f"{{{XSI_NAMESPACE}}}schemaLocation", SCHEMA_LOCATION)
    root.set("ReleaseProfileVersionId", "Audio")
    root.set("AvsVersionId", AVS_VERSION)
    root.set("LanguageAndScriptCode", "en")  # notes carry their own language

    _header(root, sender, recipient, test_message, message_id, created)
    party_list = _sub(root, "PartyList")  # filled at the end, once every party is known

    release_artists = _release_artists(release, warnings)
    label = release.label
    if not label:
        label = sender[1] if not test_message else "Unknown label"
        warnings.append(f"the release has no label: DDEX label written as {label!r}")
    for name in release_artists:
        parties.ref(name)
    label_ref = parties.ref(label)
    for credit, _ in release.all_credits():  # every credited person is a party, used or not
        if credit.name.strip():
            parties.ref(credit.name)

    resource_list = _sub(root, "ResourceList")
    references: list[tuple[Track, str]] = []
    for number, exported in enumerate(files, start=1):
        reference = f"A{number}"
        references.append((exported.track, reference))
        track_credits = credits.get(id(exported.track))
        if track_credits is None:  # a track that is not the release's own object
            track_credits = _recording_credits(release, exported.track)
        _sound_recording(resource_list, reference, number, release, exported, track_credits,
                         parties, namespace, release_key, warnings)
    cover_ref = None
    if cover is not None and cover_file:
        cover_ref = f"A{len(files) + 1}"
        _image(resource_list, cover_ref, len(files) + 1, release, cover, cover_file, cover_sha256,
               parties, namespace, release_key)

    release_list = _sub(root, "ReleaseList")
    _release(release_list, release, release_artists, label_ref, references, cover_ref, files,
             parties, namespace, release_key, warnings)

    for reference, name in parties.names.values():
        party = _sub(party_list, "Party")
        _text(party, "PartyReference", reference)
        _text(_sub(party, "PartyName"), "FullName", name)

    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return ErnMessage(xml, warnings)


def _messaging_parties(sender, recipient, warnings):
    test_message = False
    if not sender:
        warnings.append("sender DPID and name are not set: ddex.xml uses a placeholder and is marked a test message")
        sender, test_message = PLACEHOLDER_SENDER, True
    elif not valid_dpid(sender[0]):
        raise ValueError(f"sender DPID {sender[0]!r} is not a DDEX party id (PADPIDA…)")
    if not recipient:
        warnings.append("recipient DPID and name are not set: ddex.xml names a placeholder recipient")
        recipient = PLACEHOLDER_RECIPIENT
    elif not valid_dpid(recipient[0]):
        raise ValueError(f"recipient DPID {recipient[0]!r} is not a DDEX party id (PADPIDA…)")
    return sender, recipient, test_message


def _header(root, sender, recipient, test_message, message_id, created):
    header = _sub(root, "MessageHeader")
    _text(header, "MessageId", message_id or uuid.uuid4().hex)
    for tag, (dpid, name) in (("MessageSender", sender), ("MessageRecipient", recipient)):
        party = _sub(header, tag)
        _text(party, "PartyId", dpid)
        if name:
            _text(_sub(party, "PartyName"), "FullName", name)
    moment = created or datetime.now(timezone.utc)
    _text(header, "MessageCreatedDateTime", moment.isoformat(timespec="seconds"))
    _text(header, "MessageControlType", "TestMessage" if test_message else "LiveMessage")


def _sound_recording(parent, reference, number, release, exported, credits, parties, namespace,
                     release_key, warnings):
    track = exported.track
    recording = _sub(parent, "SoundRecording")
    _text(recording, "ResourceReference", reference)
    _text(recording, "Type", "MusicalWorkSoundRecording")
    edition = _sub(recording, "SoundRecordingEdition")
    resource_id = _sub(edition, "ResourceId")
    if exported.isrc:
        _text(resource_id, "ISRC", exported.isrc)
    else:
        _text(resource_id, "ProprietaryId", f"{release_key}-{track.disc}-{track.position or number}",
              Namespace=namespace)
    details = _sub(edition, "TechnicalDetails")
    _text(details, "TechnicalResourceDetailsReference", f"T{number}")
    delivery = _sub(details, "DeliveryFile")
    _text(delivery, "Type", "AudioFile")
    codec = CODECS.get(exported.path.suffix.lower())
    if codec:
        _text(delivery, "AudioCodecType", codec)
    _file(delivery, exported.path.name, exported.sha256, exported.size)

    _titles(recording, track.title)
    artists = track.artists or _release_artists(release, [])
    _text(recording, "DisplayArtistName", ", ".join(artists))
    _display_artists(recording, artists, parties)
    _contributors(recording, credits, parties)
    duration = exported.duration if exported.duration is not None else track.duration
    if duration is None:
        warnings.append(f"track {track.disc}-{track.position} {track.title!r}: duration unknown, DDEX says PT0S")
    _text(recording, "Duration", iso_duration(duration))
    _text(recording, "ParentalWarningType", "NoAdviceAvailable")


def _image(parent, reference, number, release, cover, cover_file, cover_sha256, parties,
           namespace, release_key):
    image = _sub(parent, "Image")
    _text(image, "ResourceReference", reference)
    _text(image, "Type", "FrontCoverImage")
    _text(_sub(image, "ResourceId"), "ProprietaryId", f"{release_key}-cover", Namespace=namespace)
    credits = [c for c in release.credits if _group(c) in COVER_ROLE_GROUPS]
    _contributors(image, credits, parties)
    details = _sub(image, "TechnicalDetails")
    _text(details, "TechnicalResourceDetailsReference", f"T{number}")
    _text(details, "ImageCodecType", "JPEG")
    _text(details, "ImageHeight", str(cover.height), UnitOfMeasure="Pixel")
    _text(details, "ImageWidth", str(cover.width), UnitOfMeasure="Pixel")
    _file(details, cover_file, cover_sha256, len(cover.data))


def _release(parent, release, artists, label_ref, references, cover_ref, files, parties,
             namespace, release_key, warnings):
    element = _sub(parent, "Release")
    _text(element, "ReleaseReference", "R0")
    _text(element, "ReleaseType", RELEASE_TYPES.get(release.kind, "Album"))
    release_id = _sub(element, "ReleaseId")
    if release.barcode and barcode_is_valid(release.barcode):
        _text(release_id, "ICPN", release.barcode)
    elif release.barcode:
        warnings.append(f"barcode {release.barcode!r} has a wrong check digit: left out of ddex.xml")
    if release.catalog_number:
        _text(release_id, "CatalogNumber", release.catalog_number, Namespace=namespace)
    if len(release_id) == 0:
        _text(release_id, "ProprietaryId", release_key, Namespace=namespace)

    display_title = release.title + (f" ({release.subtitle})" if release.subtitle else "")
    _text(element, "DisplayTitleText", display_title)
    title = _sub(element, "DisplayTitle")
    _text(title, "TitleText", release.title)
    if release.subtitle:
        _text(title, "SubTitle", release.subtitle)
    for alternate in release.alternate_titles:
        _text(_sub(element, "AdditionalTitle", TitleType="AlternativeTitle"), "TitleText", alternate)
    _text(element, "DisplayArtistName", ", ".join(artists))
    _display_artists(element, artists, parties)
    _text(element, "ReleaseLabelReference", label_ref)
    durations = [f.duration if f.duration is not None else f.track.duration for f in files]
    if durations and all(d is not None for d in durations):
        _text(element, "Duration", iso_duration(sum(durations)))
    genre = _sub(element, "Genre")
    if release.kind == "soundtrack":
        _text(genre, "GenreText", "Soundtrack")
    else:
        _text(genre, "GenreText", "Unspecified")
        warnings.append("the library has no genre for this release: DDEX genre written as 'Unspecified'")
    if release.release_date and _ISO_DATE.match(release.release_date):
        _text(element, "ReleaseDate", release.release_date)
    _text(element, "ParentalWarningType", "NoAdviceAvailable")
    if release.kind == "compilation":
        _text(element, "IsMultiArtistCompilation", "true")
    _resource_group(element, release, references, cover_ref)
    for note in release.notes:
        if note.kind == "synopsis" and note.text.strip():
            _text(element, "Synopsis", note.text.strip(), LanguageAndScriptCode=_lang(note.language))
    if release.kind == "soundtrack":
        _text(element, "IsSoundtrack", "true")
    for note in release.notes:
        if note.kind != "synopsis" and note.text.strip():
            _text(element, "MarketingComment", note_with_signature(note),
                  LanguageAndScriptCode=_lang(note.language))


def _resource_group(parent, release, references, cover_ref):
    group = _sub(parent, "ResourceGroup")
    discs = sorted({track.disc for track, _ in references})
    if len(discs) > 1:
        for sequence, disc in enumerate(discs, start=1):
            sub = _sub(group, "ResourceGroup", ResourceGroupType="Component")
            _text(sub, "SequenceNumber", str(sequence))
            _content_items(sub, [(t, r) for t, r in references if t.disc == disc])
    else:
        _content_items(group, references)
    if cover_ref:
        _text(group, "LinkedReleaseResourceReference", cover_ref, LinkDescription="CoverArt")


def _content_items(group, references):
    for sequence, (_, reference) in enumerate(references, start=1):
        item = _sub(group, "ResourceGroupContentItem")
        _text(item, "SequenceNumber", str(sequence))
        _text(item, "ReleaseResourceReference", reference)


def recording_credits(release: Release) -> dict[int, list[Credit]]:
    """For each track (by id()), the credits that reach its recording, as the tags have them (a
    release credit scoped to a track title reaches that track only), less those about the
    packaging and the booklet. Worth making ahead: it compares every track's title with every
    other's."""
    return {id(track): _recording_credits(release, track) for track in release.tracks}


def _recording_credits(release: Release, track: Track) -> list[Credit]:
    own, shared = credits_for_track(release, track)
    return [c for c in own + shared if _group(c) not in NOT_RECORDING_ROLE_GROUPS]


def _contributors(parent, credits: list[Credit], parties: _Parties):
    """One Contributor per person, with every role and instrument they have on this resource."""
    grouped: dict[str, tuple[list, list]] = {}
    for credit in credits:
        if not credit.name.strip():
            continue
        reference = parties.ref(credit.name)
        roles, instruments = grouped.setdefault(reference, ([], []))
        for pair in ddex_roles(credit.role):
            if pair not in roles:
                roles.append(pair)
        if credit.instrument:
            pair = instrument_type(credit.instrument)
            if pair not in instruments:
                instruments.append(pair)
    for sequence, (reference, (roles, instruments)) in enumerate(grouped.items(), start=1):
        contributor = _sub(parent, "Contributor", SequenceNumber=str(sequence))
        _text(contributor, "ContributorPartyReference", reference)
        for value, user_defined in roles:
            _text(contributor, "Role", value, **_user_defined(user_defined))
        for value, user_defined in instruments:
            _text(contributor, "InstrumentType", value, **_user_defined(user_defined))


def _display_artists(parent, artists: list[str], parties: _Parties):
    for sequence, name in enumerate(artists, start=1):
        artist = _sub(parent, "DisplayArtist", SequenceNumber=str(sequence))
        _text(artist, "ArtistPartyReference", parties.ref(name))
        _text(artist, "DisplayArtistRole", "MainArtist")


def _titles(parent, title: str):
    _text(parent, "DisplayTitleText", title)
    _text(_sub(parent, "DisplayTitle"), "TitleText", title)


def _file(parent, uri: str, sha256: str | None, size: int | None):
    file = _sub(parent, "File")
    _text(file, "URI", uri)
    if sha256:
        hash_sum = _sub(file, "HashSum")
        _text(hash_sum, "Algorithm", "SHA-256")
        _text(hash_sum, "HashSumValue", sha256)
    if size is not None:
        _text(file, "FileSize", str(size))


def _release_artists(release: Release, warnings: list[str]) -> list[str]:
    """The release's artists; for a score without any, its composers (as the interchange says)."""
    if release.artists:
        return list(release.artists)
    composers = [c.name for c in release.credits if c.role in ("composer", "songwriter")]
    if composers:
        return list(dict.fromkeys(composers))
    warnings.append("the release has no artists: DDEX display artist written as 'Various Artists'")
    return ["Various Artists"]


def _release_key(release: Release) -> str:
    """A stable proprietary id for the release: its catalogue number, else its library id."""
    base = release.catalog_number or (f"release-{release.id}" if release.id is not None else release.title)
    return re.sub(r"[^A-Za-z0-9._-]+", "-", fold(base)).strip("-") or "release"


def _namespace(sender: Party) -> str:
    return f"DPID:{sender[0]}"


def _lang(code: str | None) -> str:
    code = (code or "").strip()
    return code if re.fullmatch(r"[a-zA-Z]{2,3}", code) else "en"


def _group(credit: Credit) -> str | None:
    role = ROLE_BY_ID.get(credit.role)
    return role.group if role else None


def _user_defined(value: str | None) -> dict[str, str]:
    return {"UserDefinedValue": value} if value else {}


def _sub(parent, tag: str, **attributes) -> etree._Element:
    element = etree.SubElement(parent, tag)
    for key, value in attributes.items():
        element.set(key, value)
    return element


def _text(parent, tag: str, text: str, **attributes) -> etree._Element:
    element = _sub(parent, tag, **attributes)
    element.text = _xml_safe(text)
    return element


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    """Text without the control characters XML 1.0 cannot carry (lxml refuses them)."""
    return _NOT_XML.sub("", text)
