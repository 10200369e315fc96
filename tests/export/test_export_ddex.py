"""ddex.xml: an ERN 4.3 NewReleaseMessage that validates against the published schema."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import etree

from labeldesk.export import ExportOptions, export_release
from labeldesk.export.cover import PreparedCover
from labeldesk.export.ddex import build_ern, ddex_roles, instrument_type, iso_duration
from labeldesk.export.options import ExportedFile
from labeldesk.model.release import Credit, Release, Track
from labeldesk.model.roles import ROLES

from .helpers import XSD, files_for, make_release

SENDER = ("PADPIDA2014120301U", "Plaza Mayor Company Ltd")
RECIPIENT = ("PADPIDA2011072101T", "A Distributor")


@pytest.fixture(scope="module")
def schema():
    """The ERN 4.3 schema where ../shared is present; None elsewhere (the content checks still run)."""
    return etree.XMLSchema(etree.parse(str(XSD))) if XSD.exists() else None


@pytest.fixture
def required_schema(schema):
    if schema is None:
        pytest.skip("the DDEX schemas (../shared/ddex) are not here")
    return schema


def assert_valid(schema, xml: bytes) -> etree._Element:
    document = etree.fromstring(xml)
    if schema is not None and not schema.validate(document):
        pytest.fail("\n".join(str(e) for e in schema.error_log))
    return document


def message_for(release: Release, **kwargs) -> tuple[etree._Element, list[str], bytes]:
    files = [
        ExportedFile(track, Path(f"{n}.flac"), Path(f"/out/{n:02} {track.title}.flac"), 1000 + n,
                     f"{n:064x}", 61.6 if n % 2 else None, "GBAYE2100001" if n == 1 else None)
        for n, track in enumerate(release.tracks, start=1)
    ]
    cover = PreparedCover(b"\xff\xd8jpeg", 3000, 3000)
    message = build_ern(release, files, cover, "cover.jpg", "ab" * 32, created=datetime(2024, 1, 2, tzinfo=timezone.utc),
                        message_id="M1", **kwargs)
    return etree.fromstring(message.xml), message.warnings, message.xml


def test_the_exported_message_validates(tmp_path, sources, big_cover, required_schema):
    release = make_release()
    result = export_release(release, files_for(release, sources), big_cover, tmp_path,
                            ExportOptions(sender=SENDER, recipient=RECIPIENT))
    document = assert_valid(required_schema, (result.folder / "ddex.xml").read_bytes())
    assert document.findtext("MessageHeader/MessageSender/PartyId") == SENDER[0]
    assert document.findtext("MessageHeader/MessageControlType") == "LiveMessage"
    uris = document.xpath("//SoundRecording//File/URI/text()")
    assert uris == [f.path.name for f in result.files]
    hashes = document.xpath("//SoundRecording//HashSumValue/text()")
    assert hashes == [f.sha256 for f in result.files]
    assert not any("sender" in w for w in result.warnings)


def test_without_a_sender_there_is_a_placeholder_and_a_warning(schema):
    document, warnings, xml = message_for(make_release())
    assert_valid(schema, xml)
    assert any(w.startswith("sender DPID and name are not set") for w in warnings)
    assert document.findtext("MessageHeader/MessageControlType") == "TestMessage"


def test_the_message_carries_the_release(schema):
    release = make_release()
    document, _, xml = message_for(release, sender=SENDER, recipient=RECIPIENT)
    assert_valid(schema, xml)
    parties = {p.findtext("PartyReference"): p.findtext("PartyName/FullName") for p in document.iter("Party")}
    names = set(parties.values())
    assert {"Jesús Calderón", "Plaza Mayor Company Ltd", "Pedro López Álvarez", "Marta Ruiz",
            "Zenobia Fernández", "Carla Vidal", "Enrique Garcia"} <= names
    assert len(names) == len(parties)  # one party per person

    rel = document.find("ReleaseList/Release")
    assert rel.findtext("ReleaseId/ICPN") == "4006381333931"
    assert rel.findtext("ReleaseId/CatalogNumber") == "PMC-0042"
    assert rel.findtext("ReleaseDate") == "2021-05-14"
    assert rel.findtext("DisplayTitleText") == "La Mancha Negra (Original Motion Picture Soundtrack)"
    assert rel.findtext("DisplayArtistName") == "Jesús Calderón"
    assert parties[rel.findtext("ReleaseLabelReference")] == "Plaza Mayor Company Ltd"
    assert rel.findtext("IsSoundtrack") == "true"
    assert rel.findtext("Synopsis") == "A girl finds a black stain on the map."
    assert rel.findtext("MarketingComment").endswith("— Jesús Calderón, Madrid, Marzo 2021")

    # running order: disc groups, each in track order, then the cover
    groups = rel.findall("ResourceGroup/ResourceGroup")
    assert [g.xpath("ResourceGroupContentItem/ReleaseResourceReference/text()") for g in groups] == [
        ["A1", "A2", "A3", "A4"], ["A5", "A6", "A7", "A8"]]
    assert rel.findtext("ResourceGroup/LinkedReleaseResourceReference") == "A9"

    recordings = document.findall("ResourceList/SoundRecording")
    assert [r.findtext("DisplayTitleText") for r in recordings] == [t.title for t in release.tracks]
    first = recordings[0]
    assert first.findtext("SoundRecordingEdition/ResourceId/ISRC") == "GBAYE2100001"
    assert first.findtext("Duration") == "PT1M2S"
    assert recordings[1].findtext("Duration") == "PT0M1S"  # the track's own duration when the file has none

    def roles_of(recording):
        found = {}
        for contributor in recording.findall("Contributor"):
            name = parties[contributor.findtext("ContributorPartyReference")]
            found[name] = (
                [(r.text, r.get("UserDefinedValue")) for r in contributor.findall("Role")],
                [(i.text, i.get("UserDefinedValue")) for i in contributor.findall("InstrumentType")],
            )
        return found

    first_roles = roles_of(first)
    assert first_roles["Jesús Calderón"] == ([("Composer", None)], [])
    assert first_roles["Ana Zayas"] == ([("UserDefined", "Orchestrator")], [])
    assert first_roles["Marta Ruiz"] == ([("Musician", None)], [("Cello", None), ("DoubleBass", None)])
    assert first_roles["Zenobia Fernández"] == ([("Musician", None)], [("Voice", None)])
    assert first_roles["Estudios Norte"] == ([("UserDefined", "RecordedAt")], [])
    assert "Carla Vidal" not in first_roles  # the cover designer is credited on the image
    second_roles = roles_of(recordings[1])
    assert "Traditional" in second_roles and "Zenobia Fernández" not in second_roles

    image = document.find("ResourceList/Image")
    assert image.findtext("Type") == "FrontCoverImage"
    assert parties[image.findtext("Contributor/ContributorPartyReference")] == "Carla Vidal"


def test_every_role_of_the_vocabulary_validates(schema):
    release = Release(title="All roles", artists=["Someone"], label="L", kind="album",
                      credits=[Credit(f"Person {r.id}", r.id, "cello" if r.id == "performer" else None) for r in ROLES],
                      tracks=[Track("1", "Only", duration=100)])
    _, warnings, xml = message_for(release, sender=SENDER, recipient=RECIPIENT)
    assert_valid(schema, xml)
    assert any("genre" in w for w in warnings)


def test_a_bare_release_still_validates(schema):
    release = Release(title="Bare", tracks=[Track("A1", "Side A"), Track("B1", "Side B")], barcode="123")
    document, warnings, xml = message_for(release)
    assert_valid(schema, xml)
    assert document.findtext("ReleaseList/Release/DisplayArtistName") == "Various Artists"
    assert any("no label" in w for w in warnings) and any("check digit" in w for w in warnings)
    assert any("no artists" in w for w in warnings)


def test_role_and_instrument_mapping():
    assert ddex_roles("composer") == [("Composer", None)]
    assert ddex_roles("orchestrator") == [("UserDefined", "Orchestrator")]
    assert ddex_roles("performer") == [("Musician", None)]  # MainArtist is a display role, not a contributor role
    assert ddex_roles("concertmaster") == [("ConcertMaster", None)]
    assert ddex_roles("not_a_role") == [("UserDefined", "not_a_role")]
    assert instrument_type("double bass") == ("DoubleBass", None)
    assert instrument_type("vocals") == ("Voice", None)
    assert instrument_type("nose flute") == ("UserDefined", "nose flute")


def test_iso_durations():
    assert iso_duration(205) == "PT3M25S"
    assert iso_duration(3725.4) == "PT1H2M5S"
    assert iso_duration(None) == "PT0M0S"
