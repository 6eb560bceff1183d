import pathlib

import pytest

#: The crate's own test fixtures (tests/data at the repository's root).
DATA = pathlib.Path(__file__).resolve().parents[3] / "tests" / "data"


@pytest.fixture(scope="session")
def founding_text():
    return (DATA / "huawei-claw-them-back.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_gold():
    import json

    return json.loads((DATA / "huawei-claw-them-back.gold.json").read_text(encoding="utf-8"))
