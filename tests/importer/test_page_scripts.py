"""Rules for pages copied from the web and pages in other scripts: HTML entities left in copied text, Japanese
shop pages (full-width punctuation, role words, 品番 / JAN / 発売 lines, names without capitals), what a
performer's line limits them to, studios in brackets after an engineer, instrument-led role keys."""

from __future__ import annotations

import pytest

from labeldesk.importer.cjk import is_cjk_name, parse_cjk_length, release_line_date
from labeldesk.importer.glyphs import half_width_punctuation
from labeldesk.importer.credit_lines import read_credit_line, reverse_performer_line
from labeldesk.importer.language import detect_language
from labeldesk.importer.performer_scope import split_scope

from .helpers import assert_spans_cover, credits, only_release, read


def _credits_of(line: str) -> set[tuple]:
    reading = read_credit_line(half_width_punctuation(line))  # as the line is read in a page
    assert reading is not None, line
    return {(c.name, c.role, c.instrument, c.scope) for c in reading.credits}


def test_html_entities_are_read_as_the_characters_they_stand_for():
    release = only_release("Die Kieselsteine – Brandungsecho\nLabel: Hafenlicht Tonträger\n\n"
                           "1. Nordwest &amp; Nebel 5:12\n2. Ebbe 1:34\n\nMischung: Fenja&nbsp;Lorenzen\n")
    assert [t.title for t in release.tracks] == ["Nordwest & Nebel", "Ebbe"]
    assert ("Fenja Lorenzen", "mixing_engineer", None) in credits(release)


@pytest.mark.parametrize("line, expected", [
    ("作詞：真鍋ひより", {("真鍋ひより", "lyricist", None, None)}),
    ("作曲：森永 拓", {("森永 拓", "composer", None, None)}),
    ("マスタリング：Lisa Brandt（Nordlicht Mastering）",
     {("Lisa Brandt", "mastering_engineer", None, None), ("Nordlicht Mastering", "mastered_at", None, None)}),
    ("録音・ミックス：北条 誠（Studio Umineko）",
     {("北条 誠", "recording_engineer", None, None), ("北条 誠", "mixing_engineer", None, None),
      ("Studio Umineko", "recorded_at", None, None), ("Studio Umineko", "mixed_at", None, None)}),
    ("ストリングス編曲：河合紗英", {("河合紗英", "arranger", None, "strings")}),
    ("String arrangements: Clara Holm", {("Clara Holm", "arranger", None, "strings")}),
    ("Mastering: Carsten Möbius (Wellenform Mastering, Berlin)",
     {("Carsten Möbius", "mastering_engineer", None, None), ("Wellenform Mastering", "mastered_at", None, None)}),
    ("Gast: Timo Wendland – Trompete auf „Nordwest & Nebel“",
     {("Timo Wendland", "performer", "trumpet", "Nordwest & Nebel")}),
    ("Participação especial: Caio Brandão (voz em \"Ventania\")",
     {("Caio Brandão", "performer", "vocals", "Ventania")}),
    ("Backing Vocals – Esther Vail (tracks: A1, B4)",
     {("Esther Vail", "performer", "backing vocals", "tracks: A1, B4")}),
])
def test_credit_lines_of_copied_pages(line, expected):
    assert _credits_of(line) == expected


def test_a_performer_line_states_the_songs_or_sides_it_is_limited_to():
    assert split_scope("Trumpet on M3, M7") == ("Trumpet", "M3, M7")
    assert split_scope("sång (spår 4)") == ("sång", "spår 4")
    assert split_scope("voce (B2)") == ("voce", "B2")
    assert split_scope("violin (2)") == ("violin (2)", None)  # two violins, no track
    (credit,) = reverse_performer_line("安西 透 (Trumpet on M3, M7)")
    assert (credit.name, credit.instrument, credit.scope) == ("安西 透", "trumpet", "M3, M7")


def test_japanese_names_dates_and_lengths():
    assert is_cjk_name("真鍋ひより") and is_cjk_name("森永 拓")
    assert not is_cjk_name("収録曲の一覧です。とても長い文章")
    assert release_line_date("2024年9月18日 (水) 発売") == "2024-09-18"
    assert release_line_date("2024年9月18日に東京で録音") is None
    assert parse_cjk_length("34分47秒") == 2087
    assert detect_language("夜になると、町の上をゆっくり鯨が泳いでいく――そんな絵を思い浮かべながら書きました。") == "ja"


JAPANESE_SHOP_PAGE = """Hoshizuna Records ｜ 星砂レコード
HOME ／ NEWS ／ SHOP ／ CONTACT

Sorairo Bus 2nd Mini Album

夜の鯨 (Yoru no Kujira)

2024年9月18日（水）発売
品番：HZR-0042
JAN：4589123077152
価格：¥3,300（税込）
収録時間：14分47秒

［カートに入れる］　［配信で聴く］

Sorairo Busの2枚目となるミニアルバム『夜の鯨』が完成。海辺の町を舞台にした3曲の物語を描いた意欲作です。

収録曲
01. 夜の鯨 (4:05)
02. 灯台守の歌 (3:47)
03. Blue Hour (6:55)

メンバーコメント
夜になると、町の上をゆっくり鯨が泳いでいく――そんな絵を思い浮かべながら、このアルバムの歌詞を書きました。
真鍋ひより（Vo / Key）

CREDITS
Sorairo Bus:
真鍋ひより（Vocal, Keyboards）
森永 拓（Guitar）
作詞：真鍋ひより
アートワーク：ほしの灯
"""


def test_a_japanese_shop_page():
    document = read(JAPANESE_SHOP_PAGE)
    assert_spans_cover(document)
    (release,) = document.releases
    assert (release.title, release.artists, release.kind) == ("夜の鯨", ["Sorairo Bus"], "ep")
    assert release.alternate_titles == ["Yoru no Kujira"]
    assert (release.catalog_number, release.barcode, release.release_date, release.stated_duration) == \
        ("HZR-0042", "4589123077152", "2024-09-18", 887)
    assert {("真鍋ひより", "performer", "vocals"), ("森永 拓", "performer", "guitar"), ("真鍋ひより", "lyricist", None),
            ("ほしの灯", "artwork", None)} <= credits(release)
    assert [t.title for t in release.tracks] == ["夜の鯨", "灯台守の歌", "Blue Hour"]
    description, comment = release.notes
    assert (description.kind, description.language) == ("description", "ja")
    assert (comment.kind, comment.authors) == ("liner_note", ["真鍋ひより"])
