"""Absolute calendar dates written in any common form, read with their honest precision.

Relative expressions ("yesterday", "3 hours ago") are NOT resolved here: without an
anchor they say nothing about the calendar, and we do not guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateparser.date import DateDataParser

from dossier.models import PartialDate

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
# 09.02.2026 or 9/2/2026: day first, as in the European and Russian press.
_DOTTED = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_YEAR = re.compile(r"\b(1[89]\d{2}|2\d{3})\b")
_PERIOD_PARTS = {"year": 1, "month": 2, "day": 3, "time": 3}


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False},
    )


def _valid(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return PartialDate(year, month, day)


def parse_absolute(text: str) -> PartialDate | None:
    """Read a date that names its year ("1 August 2025", "2025-08-01T10:00Z", "July 2025", "09.02.2026")."""
    if m := _ISO.match(text):
        y, mo, d = m.groups()
        return _valid(int(y), int(mo) if mo else None, int(d) if d else None)
    if m := _DOTTED.match(text):
        d, mo, y = (int(g) for g in m.groups())
        return _valid(y, mo, d)
    if not _YEAR.search(text) or len(text) > 80:
        return None
    return _parsed(text)


def forget_parsed() -> None:
    """Empty the kept dateparser readings (`_parsed`): a benchmark that runs one corpus several times in one
    process calls it before each run, so later runs do not read every date for free."""
    _parsed.cache_clear()


@lru_cache(maxsize=4096)
def _parsed(text: str) -> PartialDate | None:
    """What dateparser reads in a date naming its year (a few milliseconds each): kept, since a story's articles
    repeat the same few dates ("March 3, 2025") in their bylines and text."""
    data = _parser().get_date_data(text)
    if data.date_obj is None:
        return None
    parts = _PERIOD_PARTS.get(data.period or "day", 3)
    found = data.date_obj
    return PartialDate(found.year, found.month if parts >= 2 else None, found.day if parts >= 3 else None)
