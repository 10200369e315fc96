"""Cover checks and the embedded JPEG, on images made here with Pillow."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from labeldesk.tagging.cover import CoverError, check_image, embeddable_jpeg
from labeldesk.tagging.errors import TaggingError


def image_bytes(width: int, height: int, fmt: str = "PNG", mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "red" if mode == "RGB" else None).save(out, fmt)
    return out.getvalue()


def test_a_good_cover_passes_without_warnings(tmp_path):
    path = tmp_path / "front.png"
    path.write_bytes(image_bytes(1500, 1500))
    found = check_image(path)
    assert (found.width, found.height, found.format, found.mime) == (1500, 1500, "PNG", "image/png")
    assert found.warnings == []


def test_a_small_cover_warns_under_1400_px():
    found = check_image(image_bytes(800, 780, "JPEG"))
    assert found.warnings and "1400" in found.warnings[0]


@pytest.mark.parametrize("size", [(499, 499), (1200, 600), (600, 1000)])
def test_too_small_or_not_square_is_refused(size):
    with pytest.raises(CoverError):
        check_image(image_bytes(*size))


def test_not_an_image_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "cover.jpg"
    path.write_text("no image here")
    with pytest.raises(TaggingError, match="cover.jpg"):
        check_image(path)


def test_a_truncated_image_is_refused():
    data = image_bytes(900, 900, "JPEG")
    with pytest.raises(CoverError, match="damaged"):
        check_image(data[: len(data) // 2])


def test_a_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000 * 1000)
    with pytest.raises(CoverError, match="too many pixels"):
        check_image(image_bytes(1100, 1100))  # over the limit: Pillow only warns, we refuse


def test_a_file_over_50_mb_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.png"
    with open(path, "wb") as f:
        f.write(image_bytes(600, 600))
        f.truncate(50 * 1024 * 1024 + 1)
    with pytest.raises(CoverError, match="50 MB"):
        check_image(path)


def test_the_embedded_jpeg_is_rgb_and_no_larger_than_asked():
    cover = embeddable_jpeg(image_bytes(2000, 1900, "PNG", "RGBA"), max_side=1000)
    image = Image.open(io.BytesIO(cover.data))
    assert cover.mime == "image/jpeg" and image.format == "JPEG" and image.mode == "RGB"
    assert max(image.size) == 1000
    small = embeddable_jpeg(image_bytes(700, 700, "PNG", "P"))
    assert Image.open(io.BytesIO(small.data)).size == (700, 700)  # never enlarged
