"""Synthetic phone photos of documents for the upload-copy tests and benchmark (needs Pillow).

A photo of a licence: paper with printed lines of text, a red seal, and the sensor noise a phone
camera leaves, saved as a camera saves it (JPEG, high quality, optionally an EXIF orientation).
"""

from __future__ import annotations

from pathlib import Path

EXIF_ORIENTATION = 0x0112


def document_photo(
    path: Path,
    size: tuple[int, int] = (4000, 3000),
    *,
    noise: float = 18.0,
    quality: int = 92,
    orientation: int | None = None,
    mode: str = "RGB",
) -> Path:
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    width, height = size
    photo = Image.new("RGB", size, (236, 230, 214))
    draw = ImageDraw.Draw(photo)
    font = ImageFont.load_default(size=max(12, height // 60))
    line = "USCC 91440300MA5G0XXXXX  Business licence 2026  Shenzhen  " * 4
    for y in range(height // 20, height - height // 20, height // 40):
        draw.text((width // 25, y), line, fill=(30, 30, 36), font=font)
    seal = (width * 2 // 3, height // 2, width * 2 // 3 + height // 4, height // 2 + height // 4)
    draw.ellipse(seal, outline=(200, 30, 40), width=max(4, height // 150))
    grain = Image.effect_noise(size, noise).convert("RGB")
    photo = ImageChops.add(photo, grain, scale=1.0, offset=-128)
    if mode != "RGB":
        photo = photo.convert(mode)
    exif = Image.Exif()
    if orientation is not None:
        exif[EXIF_ORIENTATION] = orientation
    photo.save(path, "JPEG", quality=quality, exif=exif.tobytes())
    return path
