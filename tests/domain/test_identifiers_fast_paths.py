"""The shortcuts that keep stdnum's numdb and phonenumbers off the start-up path give their answers.

``_region_known`` reads only the county codes from stdnum's own cn/loc.dat instead of letting
numdb parse all of it; ``_phonenumbers_mobile`` rejects numbers not starting with 1 without
loading phonenumbers. Both are checked here against the library they stand in for.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from stdnum import numdb

from mpreg_desktop.domain.checks import identifiers as ids

RNG_SEED = 20261121


def numdb_region_known(prefix: str) -> bool:
    """The definition ``_region_known`` had: numdb's lookup finds a county part."""
    return any("county" in props for _part, props in numdb.get("cn/loc").info(prefix))


def codes_in_numdb() -> tuple[list[str], list[str], list[str]]:
    """Province codes, the four-digit keys under them, and every 6-digit code, from numdb's tree."""
    provinces, keys, codes = set(), set(), set()
    for _length, low, high, _props, children in numdb.get("cn/loc").prefixes:
        assert low == high  # no ranges at the top level (nor below: see the next assert)
        provinces.add(low)
        for _length2, low2, high2, _props2, _children2 in children:
            assert low2 == high2
            keys.add(low2)
            codes.add(low + low2)
    return sorted(provinces), sorted(keys), sorted(codes)


def test_stdnum_table_is_in_the_layout_read_directly() -> None:
    """Otherwise ``_region_known`` quietly falls back to numdb and the start-up gain is gone."""
    counties = ids._county_codes()
    assert counties is not None
    assert len(counties) > 6000
    assert {"110101", "110105", "440524", "510107", "110119"} <= counties


def test_region_known_agrees_with_numdb() -> None:
    provinces, keys, codes = codes_in_numdb()
    rng = random.Random(RNG_SEED)
    prefixes = set(codes)
    prefixes.update(f"{rng.randrange(1_000_000):06d}" for _ in range(3000))
    # a county's four digits under another province, and each province's corners
    prefixes.update(rng.choice(provinces) + rng.choice(keys) for _ in range(3000))
    prefixes.update(p + tail for p in provinces for tail in ("0000", "0001", "9999", "5000"))
    prefixes.update(["000000", "999999", "100000", "110000", "119999", "830000", "909090"])
    assert len(prefixes) > 12_000
    disagree = [p for p in sorted(prefixes) if ids._region_known(p) != numdb_region_known(p)]
    assert disagree == []
    assert sum(map(ids._region_known, prefixes)) == len(codes)  # every code in the file is known


def test_plain_table_is_read_as_numdb_reads_it() -> None:
    table = (
        "# comment\n"
        "\n"
        '11 province="北京市"\n'
        '  0101 county="东城区"\n'
        '  0103 county="[-2010]崇文区"\n'
        '12 province="天津市"\n'
        '11 province="北京市"\n'  # numdb merges a repeated prefix: its children count for both
        '  0105 county="朝阳区"\n'
    )
    assert ids._county_codes_in(table) == {"110101", "110103", "110105"}


@pytest.mark.parametrize(
    "table",
    [
        '11 province="北京市"\n  0101-0105 county="x"\n',  # a range
        '11 province="北京市"\n  0101,0103 county="x"\n',  # a list
        '11 province="北京市"\n  01 city="x"\n    01 county="y"\n',  # deeper nesting
        '11 province="北京市" county="x"\n',  # a county at the top level
        '11 province="北京市"\n  0101 county="x" note="y"\n',  # another property
        '11 province="北京市"\n  0101 county="x"',  # no final newline
        '11 province="北京市"\r\n  0101 county="x"\r\n',  # CRLF
        '11 province="北京市"\n   0101 county="x"\n',  # another indent
    ],
)
def test_other_layouts_are_left_to_numdb(table: str) -> None:
    assert ids._county_codes_in(table) is None


def test_region_known_falls_back_to_numdb(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ids, "_county_codes", lambda: None)
    assert ids._region_known("110101") is True
    assert ids._region_known("110103") is True  # 崇文区, gone since 2010: still ever known
    assert ids._region_known("999999") is False


def phonenumbers_mobile(number: str) -> bool:
    """The definition ``_phonenumbers_mobile`` had, without the shortcut."""
    try:
        parsed = phonenumbers.parse(number, "CN")
    except phonenumbers.NumberParseException:
        return False
    types = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return (
        parsed.country_code == 86
        and phonenumbers.is_valid_number(parsed)
        and phonenumbers.number_type(parsed) in types
    )


def test_numbers_not_starting_with_1_are_never_mainland_mobiles_for_phonenumbers() -> None:
    rng = random.Random(RNG_SEED)
    numbers = {f"{rng.randrange(2, 10)}{rng.randrange(10**10):010d}" for _ in range(2000)}
    mobiles = ["13800138000", "18612345678", "19212345678", "16100123456", "17401234567"]
    numbers.update("0" + m[:10] for m in mobiles)  # national prefix 0 before a mobile number
    numbers.update("86" + m[:9] for m in mobiles)  # country code 86 before one
    numbers.update(f"0{rng.randrange(1, 10)}{rng.randrange(10**9):09d}" for _ in range(1000))
    numbers.update(f"86{rng.randrange(10**9):09d}" for _ in range(500))
    numbers.update(["01012345678", "02112345678", "07551234567", "01000000000", "99999999999"])
    # 00 is China's international prefix: what follows is another country
    numbers.update(f"00{rng.randrange(10**9):09d}" for _ in range(1000))
    numbers.update(["00358410284", "00861380013", "00000000000"])
    assert [n for n in sorted(numbers) if phonenumbers_mobile(n)] == []
    assert not any(ids._phonenumbers_mobile(n) for n in numbers)


def test_numbers_starting_with_1_are_still_judged_by_phonenumbers() -> None:
    rng = random.Random(RNG_SEED)
    numbers = [f"1{rng.randrange(10**10):010d}" for _ in range(2000)]
    assert [ids._phonenumbers_mobile(n) for n in numbers] == list(map(phonenumbers_mobile, numbers))
    assert any(map(phonenumbers_mobile, numbers))  # the sample has valid and invalid numbers
    assert not all(map(phonenumbers_mobile, numbers))


def test_a_foreign_number_after_the_international_prefix_is_not_a_mainland_mobile() -> None:
    """phonenumbers reads 00358410284 as a valid Finnish mobile dialled from China."""
    assert [f.code for f in ids.check_mobile("00358410284")] == ["invalid"]
    assert ids.check_mobile("0086 138 0013 8000") == []


def test_a_chinese_character_is_one_of_the_cjk_blocks_the_platform_counts_double() -> None:
    """naming.is_chinese compares code points (a regex class of these blocks took ~1.5 ms to
    compile at start-up): the same answer as the class for every character of the BMP."""
    import re

    from mpreg_desktop.domain.checks.naming import is_chinese, name_units

    cjk = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    for code in range(0x10000):
        char = chr(code)
        assert is_chinese(char) is bool(cjk.fullmatch(char)), hex(code)
    assert not is_chinese("星光") and not is_chinese("") and not is_chinese("𠀀")
    assert name_units("星光Cafe") == 8
