"""Hostile and broken files: thousands of generated and mutated documents at the reader.

Every input either opens as a case or raises CaseFileError with a code; nothing else escapes,
nothing hangs (hypothesis deadlines), and the file is never written.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mpreg_desktop.domain.case import Case, MaterialItem, SubjectType, new_case
from mpreg_desktop.storage.cases.casefile import CaseFileError, case_to_bytes, parse_case, read_case

PATH = Path("fuzz.mpreg")


def real_case_bytes() -> bytes:
    case = new_case("模糊测试")
    case.subject.type = SubjectType.ENTERPRISE
    case.subject.name = "深圳市星光咖啡有限公司"
    case.materials.append(MaterialItem(key="business_licence"))
    return case_to_bytes(case)


REAL = real_case_bytes()
REAL_DOCUMENT = json.loads(REAL)

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


def parse(data: bytes) -> None:
    try:
        result = parse_case(data, PATH)
    except CaseFileError as error:
        assert error.code and error.path == PATH
    else:
        assert isinstance(result, Case)


@settings(max_examples=2000, deadline=1000)
@given(json_values)
def test_generated_documents(value) -> None:
    parse(json.dumps(value).encode("utf-8"))


@settings(max_examples=1000, deadline=1000)
@given(st.dictionaries(st.sampled_from(sorted(REAL_DOCUMENT)), json_values, max_size=8))
def test_real_document_with_replaced_fields(changes) -> None:
    document = {**REAL_DOCUMENT, **changes}
    parse(json.dumps(document, ensure_ascii=False).encode("utf-8"))


@settings(max_examples=1500, deadline=1000)
@given(
    st.lists(
        st.tuples(st.integers(0, len(REAL)), st.integers(0, 40), st.binary(max_size=8)),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_real_files(edits) -> None:
    data = bytearray(REAL)
    for at, delete, insert in edits:
        data[at : at + delete] = insert
    parse(bytes(data))


@settings(max_examples=500, deadline=1000)
@given(st.binary(max_size=300))
def test_random_bytes(data: bytes) -> None:
    parse(data)


@settings(max_examples=300, deadline=2000)
@given(st.integers(1, 200_000))
def test_deep_nesting(depth: int) -> None:
    parse(b'{"format": "mpreg-case", "notes": ' + b"[" * depth + b"]" * depth + b"}")


def test_reading_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "broken.mpreg"
    data = REAL[: len(REAL) // 2]
    path.write_bytes(data)
    before = path.stat()
    with contextlib.suppress(CaseFileError):
        read_case(path)
    after = path.stat()
    assert path.read_bytes() == data
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
