"""Dates as the player's locale writes them (the app sets LC_TIME at start).

Contract: `local_date_time(moment)` -> the moment in local time, its date in
the locale's own order and separators, then the time as HH:MM; under the
bare C/POSIX locale (no locale chosen) dates are ISO 8601, which nobody misreads.
"""

from __future__ import annotations

import contextlib
import locale
from datetime import datetime

ISO_DATE = "%Y-%m-%d"
UNCHOSEN = frozenset({"C", "POSIX", "C.UTF-8", "C.utf8"})


def date_format() -> str:
    """The strftime format of a date in the current LC_TIME locale."""
    if locale.setlocale(locale.LC_TIME) in UNCHOSEN:
        return ISO_DATE
    try:
        return locale.nl_langinfo(locale.D_FMT) or "%x"
    except AttributeError:  # Windows has no nl_langinfo; %x is its locale date
        return "%x"


def local_date_time(moment: datetime) -> str:
    """'02.04.2031 18:21' (de_DE), '04/02/2031 18:21' (en_US),
    '2031-04-02 18:21' (C)."""
    local = moment.astimezone()
    return f"{local.strftime(date_format())} {local.strftime('%H:%M')}"


def use_players_locale() -> None:
    """Take LC_TIME from the environment (call once at start); an unknown
    locale leaves the default."""
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_TIME, "")
