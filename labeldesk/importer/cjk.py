"""Japanese and Chinese catalogue pages: the script's names, role words and header keys, dates ("2024年9月18日"),
lengths ("34分47秒") and the "date + 発売" release line."""

from __future__ import annotations

import re

# Kanji, kana (with the prolonged-sound mark and the middle dot names use), Hangul.
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u30fc\u30fb々〆ヶ]")
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af々〆ヶ]"
                       r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af々〆ヶ ・]{0,11}$")


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def is_cjk_name(text: str) -> bool:
    """'真鍋ひより', '森永 拓', 'ほしの灯': a name written in Japanese, Chinese or Korean script (two to twelve
    characters, at most one space)."""
    text = text.strip()
    return 2 <= len(text) <= 12 and text.count(" ") <= 1 and _CJK_NAME.match(text) is not None


# Role words and header keys (the readers fold keys; these have no case or accents to fold).
ROLE_PHRASES: dict[str, tuple[str, ...]] = {}
for _roles, _words in (
    (("composer",), "作曲 作曲者 音楽 曲 作曲家"),
    (("lyricist",), "作詞 詞 作詞者 歌詞 作词"),
    (("songwriter",), "作詞作曲 作詞・作曲 詞曲 作词作曲"),
    (("arranger",), "編曲 アレンジ 编曲 編曲者"),
    (("orchestrator",), "オーケストレーション 管弦楽編曲"),
    (("performer",), "演奏 歌 ボーカル ゲスト 参加ミュージシャン ミュージシャン 演唱"),
    (("conductor",), "指揮 指揮者 指挥"),
    (("orchestra",), "管弦楽 オーケストラ"),
    (("choir",), "合唱"),
    (("producer",), "プロデュース プロデューサー 制作 制作人 監修"),
    (("executive_producer",), "エグゼクティブプロデューサー 製作総指揮"),
    (("recording_engineer",), "録音 レコーディング レコーディングエンジニア 録音エンジニア 录音"),
    (("mixing_engineer",), "ミックス ミキシング ミックスエンジニア 混音"),
    (("recording_engineer", "mixing_engineer"), "録音・ミックス 録音ミックス レコーディング・ミックス"),
    (("mastering_engineer",), "マスタリング マスタリングエンジニア 母带 母帶"),
    (("sound_engineer",), "エンジニア 音響"),
    (("artwork",), "アートワーク イラスト イラストレーション 装画"),
    (("cover_designer",), "デザイン ジャケットデザイン アートディレクション・デザイン 装丁"),
    (("art_director",), "アートディレクション"),
    (("photographer",), "写真 撮影 フォト 摄影"),
    (("film_director",), "監督 导演 導演"),
    (("screenwriter",), "脚本 编剧"),
    (("cast",), "出演 主演"),
    (("label",), "レーベル 発売元 唱片公司"),
    (("catalog_number",), "品番 規格品番 商品番号 型番 編號 编号"),
    (("barcode",), "jan janコード ean"),
    (("release_date",), "発売日 発売 リリース日 リリース 配信日 发行日期 發行日期"),
    (("length",), "収録時間 総収録時間 演奏時間 時間"),
    (("-",), "価格 定価 税込 形態 仕様 販売元 ジャンル 収録曲数 枚数"),
):
    for _w in _words.split():
        ROLE_PHRASES[_w] = _roles

# The separator of two role words in one key ("録音・ミックス").
ROLE_SEPARATOR = "・"

_DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?")
_RELEASE_LINE = re.compile(r"^(?P<date>\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:\([^()]{1,3}\))?\s*"
                           r"(?:発売|リリース|配信開始|発行|发行|發行|発売予定)\s*(?:予定)?$")
_LENGTH = re.compile(r"^(?:(?P<h>\d{1,2})\s*時間\s*)?(?P<m>\d{1,3})\s*分(?:\s*(?P<s>\d{1,2})\s*秒)?$")


def parse_cjk_date(text: str) -> str | None:
    """'2024年9月18日' -> '2024-09-18'; '2024年9月' -> '2024-09'."""
    m = _DATE.search(text)
    if not m or not 1 <= int(m.group("m")) <= 12:
        return None
    if m.group("d") and 1 <= int(m.group("d")) <= 31:
        return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return f"{int(m.group('y')):04d}-{int(m.group('m')):02d}"


def release_line_date(text: str) -> str | None:
    """'2024年9月18日 (水) 発売': the date a release line states; None for any other line."""
    m = _RELEASE_LINE.match(text.strip())
    return parse_cjk_date(m.group("date")) if m else None


def parse_cjk_length(text: str) -> int | None:
    """'34分47秒' -> 2087 seconds; '1時間2分3秒' -> 3723."""
    m = _LENGTH.match(text.strip())
    if not m:
        return None
    return int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)


_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def script_language(sample: str) -> str | None:
    """'ja', 'ko' or 'zh' for a passage written mostly in that script (kana make it Japanese); None otherwise."""
    if _CJK_CHAR.search(sample) is None:
        return None
    letters = sum(1 for c in sample if c.isalpha()) or 1
    kana, hangul, han = (len(p.findall(sample)) for p in (_KANA, _HANGUL, _HAN))
    if hangul * 3 >= letters:
        return "ko"
    if kana + han >= letters * 0.3:
        return "ja" if kana else "zh"
    return None
