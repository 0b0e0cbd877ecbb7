"""Save dates are written the way the player's locale writes them."""

import locale
from datetime import UTC, datetime

import pytest

from game.ui import dates

MOMENT = datetime(2031, 4, 2, 18, 21, tzinfo=UTC)


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_without_a_chosen_locale_dates_are_iso(utc, monkeypatch):
    monkeypatch.setattr(locale, "setlocale", lambda *_args: "C")
    assert dates.local_date_time(MOMENT) == "2031-04-02 18:21"


def test_a_german_locale_writes_day_month_year_with_dots(utc, monkeypatch):
    monkeypatch.setattr(locale, "setlocale", lambda *_args: "de_DE.UTF-8")
    monkeypatch.setattr(locale, "nl_langinfo", lambda _item: "%d.%m.%Y")
    assert dates.local_date_time(MOMENT) == "02.04.2031 18:21"


def test_a_us_locale_writes_month_first(utc, monkeypatch):
    monkeypatch.setattr(locale, "setlocale", lambda *_args: "en_US.UTF-8")
    monkeypatch.setattr(locale, "nl_langinfo", lambda _item: "%m/%d/%Y")
    assert dates.local_date_time(MOMENT) == "04/02/2031 18:21"
