"""Pictures of fake licences and ID cards (Pillow, Noto CJK), degraded like phone photos.

Only for tests and the benchmark: nothing here is a real person's document. Pillow comes with the
OCR extra (``make .venv/.stamp-ocr``).
"""

from __future__ import annotations

import io
import random
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from tests.scans.fake_documents import FakeIdCard, FakeLicence, cn_date, dotted

FONT_PATHS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)


@cache
def font(size: int, serif: bool = False) -> ImageFont.FreeTypeFont:
    path = Path(FONT_PATHS[1] if serif else FONT_PATHS[0])
    if not path.exists():
        path = Path(FONT_PATHS[0])
    return ImageFont.truetype(str(path), size, index=2)  # index 2: the SC (simplified) face


def render_licence(licence: FakeLicence) -> Image.Image:
    """A 营业执照 (副本) layout at 2000×1400: title, code top left, fields in two columns."""
    image = Image.new("RGB", (2000, 1400), (250, 246, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 1960, 1360), outline=(190, 60, 50), width=12)
    draw.text((1000, 170), "营 业 执 照", fill=(20, 20, 20), font=font(110, True), anchor="mm")
    draw.text((120, 300), f"统一社会信用代码  {licence.code}", fill=(30, 30, 30), font=font(40))
    small, y = font(40), 420
    until = "长期" if licence.term_until is None else cn_date(licence.term_until)
    individual = licence.type == "个体工商户"
    left = [
        ("名　　称", licence.name),
        ("类　　型", licence.type),
        ("经 营 者" if individual else "法定代表人", licence.legal_rep),
        ("经营范围", "技术开发、技术服务"),
    ]
    right = [
        ("注册资本", "壹佰万元整"),
        ("成立日期", cn_date(licence.established)),
        ("营业期限", f"{cn_date(licence.established)} 至 {until}"),
        ("经营场所" if individual else "住　　所", licence.address),
    ]
    for (label, value), (label2, value2) in zip(left, right, strict=True):
        draw.text((120, y), label, fill=(30, 30, 30), font=small)
        draw.text((340, y), value, fill=(10, 10, 10), font=small)
        draw.text((1040, y), label2, fill=(30, 30, 30), font=small)
        draw.text((1260, y), value2, fill=(10, 10, 10), font=small)
        y += 130
    draw.text((1300, 1180), "登记机关", fill=(30, 30, 30), font=small)
    return image


def render_id_front(card: FakeIdCard) -> Image.Image:
    """The portrait side of a 居民身份证 (85.6×54 mm) at 1712×1080."""
    image = Image.new("RGB", (1712, 1080), (236, 240, 244))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((10, 10, 1702, 1070), 50, outline=(160, 170, 190), width=6)
    label, value = font(46), font(56)
    born = card.number[6:14]
    rows = [
        ("姓　名", card.name),
        ("性　别", "男      民族  汉"),
        ("出　生", f"{born[:4]} 年 {int(born[4:6])} 月 {int(born[6:])} 日"),
        ("住　址", "北京市海淀区中关村大街1号"),
    ]
    y = 120
    for name, text in rows:
        draw.text((110, y), name, fill=(60, 90, 150), font=label)
        draw.text((330, y - 6), text, fill=(15, 15, 15), font=value)
        y += 150
    draw.rectangle((1160, 120, 1580, 640), fill=(205, 210, 220))  # where the photo goes
    draw.text((110, 900), "公民身份号码", fill=(60, 90, 150), font=label)
    draw.text((520, 890), card.number, fill=(15, 15, 15), font=font(66))
    return image


def render_id_back(card: FakeIdCard) -> Image.Image:
    """The national-emblem side, with 签发机关 and 有效期限."""
    image = Image.new("RGB", (1712, 1080), (236, 242, 238))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((10, 10, 1702, 1070), 50, outline=(160, 190, 170), width=6)
    draw.text((620, 150), "中华人民共和国", fill=(20, 20, 20), font=font(84, True))
    draw.text((620, 300), "居民身份证", fill=(20, 20, 20), font=font(110, True))
    until = "长期" if card.valid_until is None else dotted(card.valid_until)
    draw.text((250, 760), "签发机关", fill=(40, 40, 40), font=font(46))
    draw.text((520, 752), "北京市公安局海淀分局", fill=(15, 15, 15), font=font(54))
    draw.text((250, 900), "有效期限", fill=(40, 40, 40), font=font(46))
    draw.text((520, 892), f"{dotted(card.valid_from)}-{until}", fill=(15, 15, 15), font=font(54))
    return image


def degrade(image: Image.Image, rng: random.Random) -> Image.Image:
    """Like a phone photo: rotation ±7°, perspective, blur, uneven light, resized to a 1,000–4,000
    px long side, JPEG quality 40–80 (returned decoded, as the file would be read)."""
    width, height = image.size
    pad = int(max(width, height) * 0.08)
    canvas = Image.new("RGB", (width + 2 * pad, height + 2 * pad), (90, 84, 78))
    canvas.paste(image, (pad, pad))
    canvas = canvas.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC, fillcolor=(90, 84, 78))
    w, h = canvas.size
    d = [rng.uniform(-0.04, 0.04) * s for s in (w, h, w, h, w, h, w, h)]
    quad = (d[0], d[1], d[2], h + d[3], w + d[4], h + d[5], w + d[6], d[7])
    canvas = canvas.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC)
    light = Image.linear_gradient("L").resize((w, h)).rotate(rng.uniform(0, 360))
    shade = Image.new("RGB", (w, h), (0, 0, 0))
    canvas = Image.composite(canvas, shade, light.point(lambda v: 150 + v * 105 // 255))
    canvas = ImageEnhance.Brightness(canvas).enhance(rng.uniform(0.85, 1.15))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.6)))
    long_side = rng.randint(1000, 4000)
    scale = long_side / max(w, h)
    canvas = canvas.resize((round(w * scale), round(h * scale)), Image.LANCZOS)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=rng.randint(40, 80))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")
