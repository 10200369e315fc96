"""The distributor's cover.jpg: RGB JPEG at the size asked for (the cover embedded in each file is
the tagging package's embeddable_jpeg).

A cover is only ever scaled down: a small image is exported at its own size, with a warning,
because upscaling only blurs it and distributors reject that as well.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from labeldesk.errors import UserError

JPEG_QUALITY = 92


@dataclass(frozen=True)
class PreparedCover:
    data: bytes  # JPEG
    width: int
    height: int


def distributor_cover(image_bytes: bytes, size: int) -> tuple[PreparedCover, list[str]]:
    """The cover at size×size (3000 for most distributors), never upscaled; warnings for a person."""
    image = _open(image_bytes)
    warnings: list[str] = []
    width, height = image.size
    if width != height:
        warnings.append(f"cover is not square ({width}×{height} px); distributors expect a square image")
    if max(width, height) < size:
        warnings.append(
            f"cover is {width}×{height} px, smaller than {size}×{size} px: exported at its own size, not upscaled"
        )
    return _scaled_jpeg(image, image_bytes, size), warnings


def _open(image_bytes: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(image_bytes))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise UserError(f"the cover image cannot be read: {exc}") from None
    return image


def _scaled_jpeg(image: Image.Image, original: bytes, size: int) -> PreparedCover:
    width, height = image.size
    fits = max(width, height) <= size
    if fits and image.format == "JPEG" and image.mode == "RGB":
        # already what is wanted: keep the bytes instead of re-compressing them
        return PreparedCover(original, width, height)
    rgb = _as_rgb(image)
    if not fits:
        scale = size / max(width, height)
        target = (max(1, round(width * scale)), max(1, round(height * scale)))
        rgb = rgb.resize(target, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PreparedCover(out.getvalue(), rgb.width, rgb.height)


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
