"""Date expressions resolved against a publication date (pure functions, no spaCy)."""
from datetime import date

import pytest

from communique.events.dates import resolve_date

TUESDAY = date(2012, 6, 5)


@pytest.mark.parametrize("expr, forward, expected", [
    ("Tuesday", False, "2012-06-05"),            # the day itself
    ("Monday", False, "2012-06-04"),
    ("last Friday", False, "2012-06-01"),
    ("on Monday", False, "2012-06-04"),
    ("starting Wednesday", False, "2012-06-06"),  # "starting" looks forward
    ("Wednesday", True, "2012-06-06"),            # a future event looks forward
    ("next Tuesday", False, "2012-06-12"),
    ("in 2014", False, "2014"),
    ("last month", False, "2012-05"),
    ("next week", False, "2012-06"),
    ("June 5", False, "2012-06-05"),
    ("5 March 2011", False, "2011-03-05"),
    ("yesterday", False, "2012-06-04"),
    ("three years ago", False, "2009"),
    ("in March", False, "2012-03"),
    ("December", False, "2011-12"),              # a past December
    ("December", True, "2012-12"),
])
def test_resolve(expr, forward, expected):
    assert resolve_date(expr, TUESDAY, forward=forward) == expected


def test_absolute_dates_need_no_publication_date():
    assert resolve_date("June 5, 2012", None) == "2012-06-05"
    assert resolve_date("Tuesday", None) is None


def test_unknown_expression():
    assert resolve_date("the decade", TUESDAY) is None


def test_looks_forward():
    from communique.events.dates import looks_forward
    assert looks_forward("next week") and looks_forward("starting Wednesday")
    assert not looks_forward("last week") and not looks_forward("from January to March 2010")
