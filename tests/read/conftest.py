from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"

ARTICLE = ("Chile and Peru signed a treaty on shared aquifers on Tuesday, the foreign ministers "
           "of both countries said in a joint statement. The agreement sets up a joint "
           "commission that will meet twice a year and report to both governments.")


@pytest.fixture
def web() -> Path:
    return WEB


@pytest.fixture
def article() -> str:
    return ARTICLE
