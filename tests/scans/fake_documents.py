"""Fake but checksum-valid identifiers and the text of a licence and an ID card (never real people).

The numbers are computed with python-stdnum's check-digit functions, so every one passes the
project's identifier checks; names and addresses are drawn from small made-up lists.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from stdnum.cn import uscc

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
TOWNS = ("海淀区", "朝阳区", "西湖区", "天河区", "武侯区", "鼓楼区", "江北区", "雁塔区")
ROADS = ("中关村大街", "建国路", "文三路", "体育西路", "人民南路", "中山北路", "解放大道")
WORDS = ("星河", "云帆", "青禾", "明德", "锦程", "思远", "瑞丰", "嘉和", "新拓", "博雅")
TRADES = ("科技", "网络", "文化传媒", "餐饮管理", "信息技术", "商贸")
REGIONS = ("110108", "110105", "330106", "440106", "510107", "320106", "500105", "610113")


def org_check(body: str) -> str:
    values = (int(c) if c.isdigit() else ord(c) - 55 for c in body)
    c9 = 11 - sum(v * w for v, w in zip(values, _ORG_WEIGHTS, strict=True)) % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def fake_uscc(rng: random.Random, individual: bool = False) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    head = ("92" if individual else "91") + rng.choice(REGIONS) + body + org_check(body)
    return head + uscc.calc_check_digit(head)


def id_check(body: str) -> str:
    """GB 11643 check character of the first 17 digits of an ID number."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    return "10X98765432"[total % 11]


def fake_id_number(rng: random.Random) -> str:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
    head = rng.choice(REGIONS) + born.strftime("%Y%m%d") + f"{rng.randrange(1000):03d}"
    return head + id_check(head)


def fake_person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def fake_address(rng: random.Random) -> str:
    return (
        f"{rng.choice(TOWNS)}{rng.choice(ROADS)}{rng.randrange(1, 300)}号{rng.randrange(1, 30)}层"
    )


@dataclass
class FakeLicence:
    code: str
    name: str
    type: str
    legal_rep: str
    address: str
    established: date
    term_until: date | None  # None: 长期

    def lines(self) -> list[str]:
        until = "长期" if self.term_until is None else cn_date(self.term_until)
        return [
            "营业执照",
            f"统一社会信用代码 {self.code}",
            f"名　　称 {self.name}",
            f"类　　型 {self.type}",
            f"{'经营者' if self.type == '个体工商户' else '法定代表人'} {self.legal_rep}",
            "经营范围 技术开发；技术服务",
            "注册资本 壹佰万元整",
            f"成立日期 {cn_date(self.established)}",
            f"营业期限 {cn_date(self.established)}至{until}",
            f"{'经营场所' if self.type == '个体工商户' else '住　　所'} {self.address}",
            "登记机关",
        ]


@dataclass
class FakeIdCard:
    name: str
    number: str
    valid_from: date
    valid_until: date | None  # None: 长期

    def front(self) -> list[str]:
        born = self.number[6:14]
        return [
            f"姓名 {self.name}",
            "性别 男 民族 汉",
            f"出生 {born[:4]}年{int(born[4:6])}月{int(born[6:])}日",
            "住址 " + "北京市海淀区中关村大街1号",
            f"公民身份号码 {self.number}",
        ]

    def back(self) -> list[str]:
        until = "长期" if self.valid_until is None else dotted(self.valid_until)
        return [
            "中华人民共和国",
            "居民身份证",
            "签发机关 北京市公安局海淀分局",
            f"有效期限 {dotted(self.valid_from)}-{until}",
        ]


def years_later(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def dotted(day: date) -> str:
    return day.strftime("%Y.%m.%d")


def fake_licence(rng: random.Random) -> FakeLicence:
    individual = rng.random() < 0.3
    established = date(2005, 1, 1) + timedelta(days=rng.randrange(18 * 365))
    town = rng.choice(("北京", "杭州", "广州", "成都", "南京"))
    word, trade = rng.choice(WORDS), rng.choice(TRADES)
    name = f"{town}{word}{trade}{'店' if individual else '有限公司'}"
    until = None if rng.random() < 0.5 else years_later(established, 20)
    return FakeLicence(
        fake_uscc(rng, individual),
        name,
        "个体工商户" if individual else "有限责任公司（自然人投资或控股）",
        fake_person(rng),
        fake_address(rng),
        established,
        None if individual else until,
    )


def fake_id_card(rng: random.Random) -> FakeIdCard:
    start = date(2010, 1, 1) + timedelta(days=rng.randrange(14 * 365))
    until = None if rng.random() < 0.2 else years_later(start, rng.choice((10, 20)))
    return FakeIdCard(fake_person(rng), fake_id_number(rng), start, until)
