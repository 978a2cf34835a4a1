"""Filter values are checked against the vocabularies; a misspelt one names the allowed."""
from __future__ import annotations

import pytest

from accords.errors import UsageError
from accords.query import check_code, check_country, check_date, check_kind, check_page


@pytest.mark.parametrize("value, expected", [("pak", "PAK"), ("BLR", "BLR"),
                                             ("igo:eu", "IGO:EU"), ("IGO:NATO", "IGO:NATO")])
def test_countries_are_codes_in_any_case(value, expected):
    assert check_country(value) == expected


def test_a_country_name_is_refused_with_its_code():
    with pytest.raises(UsageError, match=r"unknown country 'Pakistan' \(did you mean PAK\?\)"):
        check_country("Pakistan")


@pytest.mark.parametrize("value", ["2025", "2025-08", "2025-08-27"])
def test_iso_dates_of_any_precision(value):
    assert check_date("since", value) == value


@pytest.mark.parametrize("value", ["yesterday", "27/08/2025", "2025-13", "2025-02-30", "25-1-1"])
def test_dates_that_are_not_iso_are_refused(value):
    with pytest.raises(UsageError, match="is not an ISO date"):
        check_date("since", value)


def test_kinds_come_from_the_vocabulary():
    assert check_kind("treaty") == "treaty"
    with pytest.raises(UsageError, match="one of: treaty, agreement"):
        check_kind("Treaty")


def test_codes_any_case_and_paging():
    assert check_code("e103") == "E103"
    with pytest.raises(UsageError, match="limit must be a whole number"):
        check_page(-1, 0)
    assert check_page(None, None).offset == 0
