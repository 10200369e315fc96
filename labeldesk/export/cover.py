"""Cover images of an export: the distributor's cover.jpg and the smaller one embedded in each file.

Both are RGB JPEG. A cover is only ever scaled down: a small image is exported at its own size, with a warning,
because upscaling only blurs it and distributors reject that as well. An RGB JPEG that already fits is kept
byte for byte; a JPEG to be made smaller is decoded at a reduced scale first (Image.draft: the decoder does
most of the scaling), then resampled.

A library release's covers are made once and kept (labeldesk.export.cover_cache); `prepare_cover` makes
both from image bytes for an export of a release that is not in a library.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from labeldesk.errors import UserError

JPEG_QUALITY = 92


@dataclass(frozen=True)
class PreparedCover:
    data: bytes  # JPEG
    width: int
    height: int


@dataclass(frozen=True)
class ExportCover:
    """The release's cover made ready for an export: the JPEG every file carries, cover.jpg, and
    what a person should know about the image."""

    player: PreparedCover
    distributor: PreparedCover
    remarks: tuple[str, ...] = ()


def prepare_cover(image_bytes: bytes, size: int, player_size: int) -> ExportCover:
    """Both covers made from the image (any format Pillow reads); UserError for one it cannot use."""
    player = player_cover(image_bytes, player_size)
    distributor, remarks = distributor_cover(image_bytes, size, known_to_decode=True)
    return ExportCover(player, distributor, tuple(remarks))


def distributor_cover(image_bytes: bytes, size: int, known_to_decode: bool = False) -> tuple[PreparedCover, list[str]]:
    """The cover at size×size (3000 for most distributors), never upscaled; warnings for a person.

    `known_to_decode`: these bytes were decoded already (player_cover decodes every image it is
    given, down to the last block), so a JPEG kept as it is need not be decoded again."""
    image = _open(image_bytes)
    return (_scaled_jpeg(image, image_bytes, size, known_to_decode=known_to_decode),
            cover_remarks(*image.size, size))


def cover_remarks(width: int, height: int, size: int) -> list[str]:
    """What a person should know about a width×height cover exported at size×size."""
    remarks: list[str] = []
    if width != height:
        remarks.append(f"cover is not square ({width}×{height} px); distributors expect a square image")
    if max(width, height) < size:
        remarks.append(
            f"cover is {width}×{height} px, smaller than {size}×{size} px: exported at its own size, not upscaled"
        )
    return remarks


def image_dimensions(image_bytes: bytes) -> tuple[int, int]:
    """Width and height from the image's header (nothing decoded); UserError for what is not an image."""
    return _open(image_bytes).size


def player_cover(image_bytes: bytes, size: int) -> PreparedCover:
    """The cover embedded in every file: at most size px a side (1400 suits players and stores)."""
    image = _open(image_bytes)
    if image.format == "JPEG" and max(image.size) > size:
        # let the JPEG decoder scale down by a power of two first: a fraction of the work, and
        # what is left to resample is less than halving, where bicubic is as good as Lanczos
        image.draft("RGB", (size, size))
        return _scaled_jpeg(image, image_bytes, size, Image.Resampling.BICUBIC)
    return _scaled_jpeg(image, image_bytes, size)


def _open(image_bytes: bytes) -> Image.Image:
    """The image, opened but not yet decoded; what is not an image is refused."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(io.BytesIO(image_bytes))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise UserError("the cover image has too many pixels to be a cover") from None
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            raise UserError(f"the cover image cannot be read: {exc}") from None


def _scaled_jpeg(image: Image.Image, original: bytes, size: int,
                 resample: Image.Resampling = Image.Resampling.LANCZOS, known_to_decode: bool = False) -> PreparedCover:
    width, height = image.size
    fits = max(width, height) <= size
    if fits and image.format == "JPEG" and image.mode == "RGB" and image.decoderconfig == ():
        # already what is wanted: keep the bytes instead of re-compressing them
        if not known_to_decode:
            _decode(image)  # but only once they are known to decode
        return PreparedCover(original, width, height)
    _decode(image)
    rgb = _as_rgb(image)
    if not fits:
        scale = size / max(width, height)
        target = (max(1, round(width * scale)), max(1, round(height * scale)))
        rgb = rgb.resize(target, resample, reducing_gap=3.0)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedCover(out.getvalue(), rgb.width, rgb.height)


def _decode(image: Image.Image) -> None:
    try:
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:
        raise UserError(f"the cover image is damaged: {exc}") from None


def _as_rgb(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid over white (JPEG has no alpha)."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")
