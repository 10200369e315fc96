"""Cover art: checking an image before it is attached, and the JPEG that goes into files."""

from __future__ import annotations

import io
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from labeldesk.tagging.errors import TaggingError
from labeldesk.tagging.fields import Cover

MAX_FILE_BYTES = 50 * 1024 * 1024
MIN_SIDE = 500
RECOMMENDED_SIDE = 1400
MAX_ASPECT_DIFFERENCE = 0.10
EMBED_QUALITY = 90


class CoverError(TaggingError):
    """The image cannot be used as a cover."""


@dataclass
class CoverCheck:
    width: int
    height: int
    format: str  # Pillow's name: "JPEG", "PNG" …
    mime: str
    warnings: list[str] = field(default_factory=list)


def _load(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray)):
        data, name = bytes(source), None
    else:
        name = os.fspath(source)
        try:
            if os.path.getsize(name) > MAX_FILE_BYTES:
                raise CoverError(name, f"the image is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            data = Path(name).read_bytes()
        except OSError as exc:
            raise CoverError(name, exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise CoverError(name, f"the image is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data, name


def _open(data: bytes, name: str | None) -> Image.Image:
    """The image, opened and fully decoded; bombs, truncated and non-image data refused."""
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that; a cover never needs that many
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise CoverError(name, "the image has too many pixels to be a cover (decompression bomb?)") from None
        except UnidentifiedImageError:
            raise CoverError(name, "not an image Pillow can read") from None
        except (OSError, SyntaxError, ValueError) as exc:
            raise CoverError(name, f"the image is damaged ({exc})") from None
    return image


def check_image(source: str | os.PathLike[str] | bytes) -> CoverCheck:
    """Check that a file (or image bytes) can be a cover: a real image, at least 500 px on its
    shorter side, roughly square. Raises CoverError; returns the size and any warnings."""
    data, name = _load(source)
    image = _open(data, name)
    width, height = image.size
    if min(width, height) < MIN_SIDE:
        raise CoverError(name, f"the image is {width}×{height} px; a cover needs at least {MIN_SIDE} px a side")
    if abs(width - height) / max(width, height) > MAX_ASPECT_DIFFERENCE:
        raise CoverError(name, f"the image is {width}×{height} px; a cover must be (roughly) square")
    found = CoverCheck(width, height, image.format or "", Image.MIME.get(image.format or "", "application/octet-stream"))
    if min(width, height) < RECOMMENDED_SIDE:
        found.warnings.append(
            f"the image is {width}×{height} px; stores ask for at least {RECOMMENDED_SIDE}×{RECOMMENDED_SIDE}")
    return found


def embeddable_jpeg(source: str | os.PathLike[str] | bytes, max_side: int = RECOMMENDED_SIDE,
                    quality: int = EMBED_QUALITY) -> Cover:
    """The image as an RGB baseline JPEG no larger than `max_side` a side, ready to embed."""
    data, name = _load(source)
    image = _open(data, name)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, (255, 255, 255))
        image.paste(rgba, mask=rgba.getchannel("A"))  # transparency over white, as a sleeve would print
    elif image.mode != "RGB":
        image = image.convert("RGB")
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return Cover(out.getvalue(), "image/jpeg")


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height read from the image header, or None for data that is not an image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data)).size
    except Exception:
        return None
