"""Time expressions: parsed as written, then placed on the calendar with honest precision."""

from __future__ import annotations

import pytest

from dossier.extract.time import parse_time
from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeKind
from dossier.resolve.dates import anchor_for, compatible, infer_exact_anchor, place

PUBLISHED = Anchor(PartialDate(2025, 8, 1), AnchorKind.PUBLISHED)  # a Friday
LOWER_BOUND = Anchor(PartialDate(2025, 7), AnchorKind.LOWER_BOUND)  # "written after July 2025"


def placed(text: str, anchor: Anchor | None = PUBLISHED, modality: Modality = Modality.ASSERTED,
           previous: PartialDate | None = None) -> str | None:
    found = place(parse_time(text), anchor, modality, previous).date
    return found.iso() if found else None


@pytest.mark.parametrize(("text", "expected"), [
    ("29 January 2025", "2025-01-29"), ("January 29th", "2025-01-29"), ("July 2025", "2025-07"),
    ("in 2015", "2015"), ("on 31 July", "2025-07-31"), ("the last day of July", "2025-07-31"),
    ("on Tuesday, 28 January 2025", "2025-01-28"), ("December 2024", "2024-12"), ("in January", "2025-01"),
    ("yesterday", "2025-07-31"), ("today", "2025-08-01"), ("last month", "2025-07"), ("last week", "2025-07"),
    ("late last year", "2024"), ("earlier this year", "2025"), ("on Tuesday", "2025-07-29"),
    ("earlier this month", "2025-07"),  # written on the 1st: "earlier this month" cannot be August
])
def test_dates_against_a_publication_date(text: str, expected: str) -> None:
    assert placed(text) == expected


def test_the_year_of_a_month_and_day_is_the_one_before_the_article_for_the_past_after_it_for_plans() -> None:
    assert placed("December 8th") == "2024-12-08" and placed("October 15") == "2024-10-15"
    assert placed("October 15", modality=Modality.FUTURE) == "2025-10-15"


def test_relative_to_the_previous_event() -> None:
    assert placed("a day later", previous=PartialDate(2025, 2, 13)) == "2025-02-14"
    assert placed("two days later", previous=PartialDate(2025, 4, 1)) == "2025-04-03"
    assert placed("a day later", previous=None) is None


def test_without_a_date_an_article_keeps_precision_honest() -> None:
    assert placed("yesterday", anchor=None) is None and placed("last month", anchor=None) is None
    yearless = place(parse_time("January 29th"), None, Modality.ASSERTED)
    assert yearless.date is None and yearless.month_day == (1, 29), "month and day kept to compare across sources"
    assert placed("29 January 2025", anchor=None) == "2025-01-29"


def test_a_lower_bound_gives_years_but_never_days() -> None:
    assert placed("January 28", LOWER_BOUND) == "2025-01-28"
    assert placed("the last day of July", LOWER_BOUND) == "2025-07-31"
    assert placed("December 8th", LOWER_BOUND) == "2024-12-08"
    assert placed("earlier this year", LOWER_BOUND) == "2025"
    assert placed("yesterday", LOWER_BOUND) is None and placed("last week", LOWER_BOUND) is None


def test_an_article_anchor_is_its_date_or_the_latest_precise_date_it_states() -> None:
    times = [parse_time(t) for t in ("in 2015", "December 2024", "July 2025", "January 28")]
    anchor = anchor_for(None, [t for t in times if t is not None])
    assert anchor == Anchor(PartialDate(2025, 7), AnchorKind.LOWER_BOUND)
    assert anchor_for(None, [t for t in [parse_time("in 2015")] if t]) is None, "a bare year is background"
    assert anchor_for(PartialDate(2025, 8, 1), []) == PUBLISHED


def test_yesterday_in_one_source_and_a_day_in_another_date_the_article() -> None:
    yesterday = parse_time("yesterday")
    assert yesterday is not None
    assert infer_exact_anchor(yesterday, PartialDate(2025, 7, 31)) == PartialDate(2025, 8, 1)
    assert infer_exact_anchor(yesterday, PartialDate(2025, 7)) is None


@pytest.mark.parametrize("text", ["for a decade", "the 2010s", "until 2022", "since 2015", "3 hours ago", "now"])
def test_periods_and_vague_times_are_not_dates(text: str) -> None:
    assert parse_time(text) is None


def test_kinds() -> None:
    assert parse_time("a day later").kind is TimeKind.AFTER_PREVIOUS  # type: ignore[union-attr]
    assert parse_time("the last day of July").last_day  # type: ignore[union-attr]
    assert compatible(PartialDate(2025, 1), PartialDate(2025, 1, 29))
    assert not compatible(PartialDate(2025, 1, 28), PartialDate(2025, 1, 29))
