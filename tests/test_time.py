"""Time expressions: parsed as written, then placed on the calendar with honest precision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dossier.extract.time import (
    counted_from,
    day_part_time,
    event_offset,
    ordinal_number,
    parse_time,
    sentence_time,
    sequel_time,
)
from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeKind
from dossier.resolve.dates import (
    anchor_for,
    common,
    compatible,
    from_event,
    infer_exact_anchor,
    later_bound,
    narrative_time,
    nearest_story,
    place,
    weekday_year_in,
    year_after,
    year_in_story,
)

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


def test_the_month_an_article_was_written_in_named_without_a_day_is_that_month() -> None:
    """On 1 August, "in August" or "by the end of August" is this August, whatever the tense: part of it has
    passed; a day of it after the article's date, told as past, is still the year before."""
    assert placed("in August") == "2025-08" and placed("by the end of August") == "2025-08"
    assert placed("in August", modality=Modality.FUTURE) == "2025-08"
    assert placed("August 20") == "2024-08-20"


def test_relative_to_the_previous_event() -> None:
    assert placed("two days earlier", previous=PartialDate(2025, 3, 5)) == "2025-03-03"
    assert placed("the previous day", previous=PartialDate(2025, 3, 1)) == "2025-02-28"
    assert placed("a month before", previous=PartialDate(2025, 1, 20)) == "2024-12"
    assert placed("a day later", previous=PartialDate(2025, 2, 13)) == "2025-02-14"
    assert placed("two days later", previous=PartialDate(2025, 4, 1)) == "2025-04-03"
    assert placed("a day later", previous=None) is None


def test_without_a_date_an_article_keeps_precision_honest() -> None:
    assert placed("yesterday", anchor=None) is None and placed("last month", anchor=None) is None
    assert placed("on Tuesday", anchor=None) is None, "no day of its own to count back from"
    assert placed("on Tuesday", LOWER_BOUND) is None, "written some time after July: which Tuesday is unknown"
    yearless = place(parse_time("January 29th"), None, Modality.ASSERTED)
    assert yearless.date is None and yearless.month_day == (1, 29), "month and day kept to compare across sources"
    assert placed("29 January 2025", anchor=None) == "2025-01-29"


def test_a_lower_bound_gives_years_but_never_days() -> None:
    assert placed("January 28", LOWER_BOUND) == "2025-01-28"
    assert placed("the last day of July", LOWER_BOUND) == "2025-07-31"
    assert placed("December 8th", LOWER_BOUND) == "2024-12-08"
    assert placed("earlier this year", LOWER_BOUND) == "2025"
    assert placed("yesterday", LOWER_BOUND) is None and placed("last week", LOWER_BOUND) is None


def test_a_lower_bound_article_of_a_collection_takes_the_year_nearest_the_collections_days() -> None:
    """An essay with no date that mentions March (and so was written after it) and a '9 December': the other
    articles of its collection were written from late January to mid November of one year, so the December
    is that year's, not the December before the March."""
    bound = Anchor(PartialDate(2025, 3), AnchorKind.LOWER_BOUND)
    story = (date(2025, 1, 28), date(2025, 11, 16))
    def at(text: str) -> str | None:
        found = place(parse_time(text), bound, Modality.ASSERTED, story=story).date
        return found.iso() if found else None
    assert placed("9 December", bound) == "2024-12-09", "without the collection: nearest the bound"
    assert at("9 December") == "2025-12-09"
    assert at("in September") == "2025-09" and at("25 January") == "2025-01-25", "inside or nearest the days"
    later = (date(2025, 8, 1), date(2026, 2, 9))
    assert place(parse_time("9 December"), bound, Modality.ASSERTED, story=later).date == PartialDate(2024, 12, 9), \
        "a bound before every dated article of the collection: the article is not of their time"
    assert nearest_story(12, 9, (2024, 2025, 2026), story) == (2025,)
    assert nearest_story(6, None, (2024, 2025), (date(2024, 1, 5), date(2025, 8, 1))) == (2024, 2025), \
        "both inside: the bound chooses"


def test_a_bound_recalled_long_before_the_collection_leaves_its_months_to_the_story() -> None:
    """A wire with no date whose only dated sentence recalls how the feud began ('in May 2022'), in a collection
    written from March to November 2024: its 'in April' is the story's April, not the one beside the old date.
    A month the story does not hold stays year-less (beside the old date it would be a guess: 'in January' of a
    wire about the 2024 story recalling May 2022 may be January 2022, 2024 or 2025); a bound less than a year
    before the story keeps the bound's reading (the article may be of its time)."""
    bound = Anchor(PartialDate(2022, 5), AnchorKind.LOWER_BOUND)
    story = (date(2024, 3, 20), date(2024, 11, 18))
    def at(text: str, anchor: Anchor = bound) -> str | None:
        found = place(parse_time(text), anchor, Modality.ASSERTED, story=story).date
        return found.iso() if found else None
    assert at("in April") == "2024-04" and at("on 2 October") == "2024-10-02"
    assert at("in January") is None, "a month the story holds in no year: no year, not one beside the old date"
    assert at("on 28 December") is None, "nor a day after the story's last"
    assert at("in April", Anchor(PartialDate(2023, 6), AnchorKind.LOWER_BOUND)) == "2023-04", "under a year before"


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


# --- dates as an analyst sets them (issue 16, item 5) ----------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("today, Friday, August 1", "2025-08-01"),  # parts side by side name one day: the most telling one
    ("Thursday, July 31", "2025-07-31"), ("on Monday, 28 July", "2025-07-28"),
    ("yesterday, Thursday", "2025-07-31"),
    ("last June", "2025-06"), ("last December", "2024-12"),  # the latest such month before the article
    ("three days ago", "2025-07-29"),
    ("four or five days ago", "2025-07"), ("two weeks ago", "2025-07"),  # a range, or weeks: only the month
])
def test_compound_and_relative_expressions_against_a_publication_date(text: str, expected: str) -> None:
    assert placed(text) == expected


def test_a_weekday_beside_a_day_and_month_is_kept_and_fixes_the_year() -> None:
    parsed = parse_time("Monday, March 3")
    assert parsed is not None and parsed.kind is TimeKind.MONTH_DAY and (parsed.month, parsed.day) == (3, 3)
    assert parsed.weekday == 0
    # written some time after a stated October 2024: the nearest March 3 is 2024's, but only 2025's is a Monday
    after_october = Anchor(PartialDate(2024, 10), AnchorKind.LOWER_BOUND)
    assert placed("March 3", after_october) == "2024-03-03"
    assert placed("Monday, March 3", after_october) == "2025-03-03"
    assert placed("Monday, March 3", Anchor(PartialDate(2024, 2), AnchorKind.LOWER_BOUND)) == "2025-03-03"
    assert placed("Sunday, March 3", Anchor(PartialDate(2024, 2), AnchorKind.LOWER_BOUND)) == "2024-03-03"


def test_a_weekday_beside_a_day_and_month_in_an_undated_article_takes_the_collections_year() -> None:
    """'Thursday, August 7' with no date for its article: of the years the collection is written in (and either
    side), the one where 7 August is a Thursday; none when no year, or two, fit."""
    assert weekday_year_in(8, 7, 3, {2025}) == 2025  # 7 August 2025 is a Thursday
    assert weekday_year_in(8, 7, 3, {2024, 2026}) == 2025
    assert weekday_year_in(8, 7, 4, {2025}) == 2026  # a Friday: the year after
    assert weekday_year_in(8, 7, 5, {2025}) is None  # a Saturday in none of 2024-2026
    assert weekday_year_in(8, 7, 3, set()) is None  # nothing dated in the collection
    assert weekday_year_in(8, 7, 3, {2014, 2025}) is None  # two years fit: nothing tells which


def test_a_weekday_of_something_planned_is_the_next_one() -> None:
    assert placed("on Wednesday") == "2025-07-30"  # what happened: the last Wednesday
    assert placed("on Wednesday", modality=Modality.FUTURE) == "2025-08-06"  # what will: the next one
    assert placed("tomorrow, Saturday", modality=Modality.FUTURE) == "2025-08-02"


def test_a_weekday_in_one_source_and_its_day_in_another_date_the_article() -> None:
    wednesday = parse_time("on Wednesday")
    assert wednesday is not None
    assert infer_exact_anchor(wednesday, PartialDate(2025, 7, 30)) == PartialDate(2025, 7, 30)
    assert infer_exact_anchor(wednesday, PartialDate(2025, 7, 31)) is None, "31 July 2025 is a Thursday"
    approximate = parse_time("five or six days ago")
    assert approximate is not None and infer_exact_anchor(approximate, PartialDate(2025, 7, 30)) is None


# ("a decade ago" is an approximate year offset that resolution places at no date: tests/test_intervention.py)
@pytest.mark.parametrize("text", ["since last Tuesday, March 4", "Monday morning, later"])
def test_no_date_from_periods_or_vague_parts(text: str) -> None:
    found = parse_time(text)
    assert found is None or found.kind is TimeKind.WEEKDAY, text


def test_a_date_something_is_scheduled_for_is_after_the_article() -> None:
    scheduled = parse_time("October 15")
    assert scheduled is not None
    scheduled = replace(scheduled, ahead=True)  # extraction sets it under "scheduled for", "planned for"
    assert place(scheduled, PUBLISHED, Modality.ASSERTED).date == PartialDate(2025, 10, 15)
    assert placed("October 15") == "2024-10-15", "what happened on an October 15 before August 2025"


def test_a_sentence_with_one_date_dates_what_its_clauses_leave_undated() -> None:
    late = parse_time("in late 2023")
    may = parse_time("in May")
    assert late is not None and may is not None
    assert sentence_time([late]) == late
    assert sentence_time([late, late]) == late, "one date written once per clause is still one date"
    assert sentence_time([late, may]) is None, "two dates: nothing says which an undated clause shares"
    assert sentence_time([]) is None


def test_then_is_the_previous_events_time_no_finer_than_its_month() -> None:
    then = sequel_time(["then"])
    assert then is not None and then.kind is TimeKind.AFTER_PREVIOUS
    assert sequel_time(["soon", "subsequently"]) is not None and sequel_time(["quickly"]) is None

    def after(previous: PartialDate | None) -> str | None:
        found = place(then, PUBLISHED, Modality.ASSERTED, previous).date
        return found.iso() if found else None

    assert after(PartialDate(2021)) == "2021"
    assert after(PartialDate(2021, 3, 3)) == "2021-03", "'then' after a day: that month, not that day"
    assert after(None) is None


def test_a_span_of_time_before_or_after_an_event_it_names() -> None:
    """'a day after the call', 'two weeks before the summit', 'one month following the vote': an offset from the
    event named; no count, or a word that is no unit, is no offset."""
    after = event_offset("a", "day", "after")
    assert after is not None and (after.kind, after.offset, after.unit) == (TimeKind.AFTER_EVENT, 1, "day")
    before = event_offset("two", "weeks", "before")
    assert before is not None and (before.offset, before.unit) == (-2, "week")
    following = event_offset("3", "months", "following")
    assert following is not None and (following.offset, following.unit) == (3, "month")
    assert event_offset(None, "day", "after") is not None and event_offset(None, "days", "after") is None
    assert event_offset("several", "days", "after") is None and event_offset("two", "hours", "after") is None


def test_an_offset_from_an_event_moves_its_date_at_no_finer_precision() -> None:
    """Two days after an event of 30 April is 2 May; a day after one known only to the month is of that month; a
    week after a day is only a month; without an offset the event's own date."""
    day, month = PartialDate(2024, 4, 30), PartialDate(2024, 4)
    assert from_event(day, event_offset("two", "days", "after")) == PartialDate(2024, 5, 2)
    assert from_event(day, event_offset("a", "day", "before")) == PartialDate(2024, 4, 29)
    assert from_event(month, event_offset("a", "day", "after")) == month
    assert from_event(month, event_offset("ten", "days", "after")) is None
    assert from_event(day, event_offset("one", "week", "after")) == PartialDate(2024, 5)
    assert from_event(day, None) == day and from_event(day, parse_time("yesterday")) == day
    assert place(event_offset("a", "day", "after"), PUBLISHED, Modality.ASSERTED).date is None


def test_a_range_of_days_ago_is_dated_as_finely_as_both_its_days_agree() -> None:
    """'four or five days ago' is one of two days: their month when both fall in it, only the year when the range
    straddles a month's end, nothing when it straddles a year's."""
    def written(day: PartialDate) -> Anchor:
        return Anchor(day, AnchorKind.PUBLISHED)
    assert placed("four or five days ago", written(PartialDate(2025, 3, 20))) == "2025-03"
    assert placed("two or three days ago", written(PartialDate(2025, 3, 3))) == "2025"
    assert placed("five or four days ago", written(PartialDate(2025, 1, 5))) is None
    assert placed("five or six days ago", written(PartialDate(2025, 1, 10))) == "2025-01"
    assert common(PartialDate(2025, 4, 2), PartialDate(2025, 4, 2)) == PartialDate(2025, 4, 2)


def test_ordinal_words_and_figures_give_the_number_in_a_series() -> None:
    assert [ordinal_number(w) for w in ("first", "Second", "tenth", "3rd", "21st")] == [1, 2, 10, 3, 21]
    assert [ordinal_number(w) for w in ("last", "latest", "previous", "official", "0th")] == [None] * 5


def test_a_later_number_of_a_series_falls_after_the_earlier_one() -> None:
    """'the second visit, on January 20' after a first visit of October 2025: 2026, not the January before it; a
    day that already falls after stays; a bound read at its own precision (after October: from November)."""
    assert year_after(1, 20, 2025, PartialDate(2025, 10)) == 2026
    assert year_after(11, 3, 2025, PartialDate(2025, 10)) == 2025
    assert year_after(10, 20, 2025, PartialDate(2025, 10)) == 2026  # within the first one's month: not after it
    assert year_after(10, 20, 2025, PartialDate(2025, 10, 15)) == 2025
    assert year_after(3, None, 2025, PartialDate(2025)) == 2026


@pytest.mark.parametrize(("text", "expected"), [
    ("in the early hours of Thursday", "2025-07-31"), ("early on Tuesday", "2025-07-29"),
    ("Monday night", "2025-07-28"), ("late on Wednesday evening", "2025-07-30"), ("on Sunday morning", "2025-07-27"),
    ("before dawn on Thursday", "2025-07-31"), ("on the morning of 30 July", "2025-07-30"),
    ("yesterday afternoon", "2025-07-31"), ("late on Tuesday", "2025-07-29"),
])
def test_a_part_of_a_day_is_on_that_day(text: str, expected: str) -> None:
    """A weekday, a day of a month or 'yesterday' told with a part of the day, in one span, is that day, as the
    day named alone is (at day precision)."""
    assert placed(text) == expected


def test_a_part_of_the_day_leaves_months_weeks_and_years_to_their_own_forms() -> None:
    """'late May', 'early next week', 'late last year' keep their own readings; a part of the day alone names no day."""
    assert parse_time("late May").kind is TimeKind.MONTH  # type: ignore[union-attr]
    assert parse_time("early next week").kind is TimeKind.WEEK_OFFSET  # type: ignore[union-attr]
    assert placed("late last year") == "2024"
    assert parse_time("the early hours of") is None and parse_time("the night") is None


def test_a_deadline_or_a_plan_after_the_article_day_is_dated_forward() -> None:
    """A date something is due by or planned for, later in the year than the article, stays in the article's year;
    a weekday of a plan is the coming one."""
    due = replace(parse_time("by August 10"), ahead=True)  # type: ignore[type-var]
    assert place(due, PUBLISHED, Modality.ASSERTED).date == PartialDate(2025, 8, 10)
    assert placed("on Monday", modality=Modality.FUTURE) == "2025-08-04"


def test_the_start_of_a_month_is_that_month() -> None:
    """'at the start of July', like 'the beginning of July' and 'early July', names the month (with its year
    when written: 'the start of March 2024')."""
    for text in ("the start of July", "at the start of July", "the beginning of July", "early July"):
        found = parse_time(text)
        assert found is not None and found.kind is TimeKind.MONTH and found.month == 7, (text, found)
    assert placed("the start of July") == "2025-07"
    written = parse_time("the start of March 2024")
    assert written is not None and (written.year, written.month, written.day) == (2024, 3, None), written


def test_a_span_after_a_date_on_one_verb_moves_the_date() -> None:
    may_3, later = parse_time("3 May"), parse_time("three days later")
    assert may_3 is not None and later is not None
    moved = counted_from(may_3, later)
    assert moved is not None and (moved.kind, moved.year, moved.month, moved.day) == (TimeKind.MONTH_DAY, None, 5, 6)
    dated = parse_time("30 December 2024")
    assert dated is not None
    on = counted_from(dated, later)
    assert on is not None and (on.year, on.month, on.day) == (2025, 1, 2), "a stated year carries over"
    dec_30 = parse_time("30 December")
    assert dec_30 is not None and counted_from(dec_30, later) is None, "no year: not carried past its end"
    assert counted_from(later, may_3) is None, "the span first: the date stands"
    month = parse_time("in May")
    assert month is not None and counted_from(month, later) is None, "a month: no day to count from"


@pytest.mark.parametrize(("text", "expected"), [
    ("in June of last year", "2024-06"), ("October last year", "2024-10"), ("March of this year", "2025-03"),
    ("early February of next year", "2026-02"),
])
def test_a_month_of_a_year_told_from_the_article_is_that_month_of_that_year(text: str, expected: str) -> None:
    """'in June of last year' written in August 2025 is June 2024, not the latest June (2025) nor only 2024."""
    assert placed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("on 9 November last year", "2024-11-09"), ("November 9th of last year", "2024-11-09"),
    ("the 2nd of April this year", "2025-04-02"), ("on June 30, next year", "2026-06-30"),
    ("29 February last year", "2024-02-29"), ("on 29 February this year", "2025-02-28"),
])
def test_a_day_of_a_year_told_from_the_article_is_that_day_of_that_year(text: str, expected: str) -> None:
    """'on 9 November last year' written in August 2025 is 9 November 2024: the day with its month, in the year the
    article counts back to (a day the year lacks is that month's last)."""
    assert placed(text) == expected


def test_a_day_of_last_year_is_no_day_without_the_article_s_own_day() -> None:
    """Against a bound ('written after July 2025') 'on 9 November last year' is no day: the bound is not surely the
    year the article was written in, so the day is not set from it; '32 May last year' is no time at all."""
    assert placed("on 9 November last year", LOWER_BOUND) in (None, "2024-11")
    assert parse_time("on 32 May last year") is None


def test_a_part_of_the_month_the_article_is_written_in_is_that_month() -> None:
    """'detained at the start of the month', 'due by the end of the month': the article's own month."""
    assert placed("at the start of the month") == "2025-08"
    assert placed("by the end of the month", modality=Modality.FUTURE) == "2025-08"


@pytest.mark.parametrize(("text", "expected"), [
    ("11-12 March", "2025-03-11"), ("on 2 and 3 July", "2025-07-02"), ("between 14 and 16 May 2023", "2023-05-14"),
    ("June 5-6", "2025-06-05"), ("the talks of 7–9 April", None),
])
def test_a_span_of_days_is_dated_by_the_day_it_began(text: str, expected: str | None) -> None:
    """A fighting round or a visit of '11-12 March' was under way on the 11th: that day (a phrase with more
    words around the span is not read as one)."""
    assert placed(text) == expected


@pytest.mark.parametrize("text", ["within hours", "Hours later", "a few minutes later", "within the hour"])
def test_hours_after_the_previous_event_are_on_its_day(text: str) -> None:
    """'Within hours, fighters shelled the villages': the day of the article's previous dated event."""
    assert placed(text, previous=PartialDate(2025, 7, 20)) == "2025-07-20"
    assert placed(text, previous=PartialDate(2025, 7)) is None, "a month gives no day to count from"



def test_a_look_back_inside_a_dated_sentence_does_not_move_the_story_it_tells() -> None:
    """'The army shelled the port on Friday, a reply to the raid of last spring': the raid is a look back, so
    'within hours' in the next sentence is still Friday's; a date in a sentence of its own, or one after the
    sentence's day, is where the story went."""
    friday = PartialDate(2025, 6, 13)
    assert narrative_time(friday, PartialDate(2025, 5), same_sentence=True) == friday
    assert narrative_time(friday, PartialDate(2024), same_sentence=True) == friday
    assert narrative_time(friday, PartialDate(2025, 5), same_sentence=False) == PartialDate(2025, 5)
    assert narrative_time(friday, PartialDate(2025, 6, 15), same_sentence=True) == PartialDate(2025, 6, 15)
    assert narrative_time(friday, PartialDate(2025, 6), same_sentence=True) == PartialDate(2025, 6), "it holds Friday"
    assert narrative_time(None, PartialDate(2025, 5), same_sentence=True) == PartialDate(2025, 5)


def test_a_part_of_the_day_with_no_day_of_its_own_is_the_previous_events_day() -> None:
    """'overnight', 'in the night', 'later that day', 'that evening': the day of the article's previous dated event;
    'the next morning' the day after it; nothing when only that event's month is known."""
    def after(phrase: str, previous: PartialDate) -> str | None:
        found = place(day_part_time(phrase), PUBLISHED, Modality.ASSERTED, previous).date
        return found.iso() if found else None

    for phrase in ("overnight", "in the night", "During the night", "later that day", "that evening", "that night"):
        assert after(phrase, PartialDate(2024, 11, 5)) == "2024-11-05", phrase
        assert after(phrase, PartialDate(2024, 11)) is None, f"{phrase}: a month known, not a day"
    assert after("the next morning", PartialDate(2024, 11, 30)) == "2024-12-01"
    assert after("the following evening", PartialDate(2024, 11)) is None, "the day after a month: no day"
    for phrase in ("at night", "one evening", "every morning", "the night before last"):
        assert day_part_time(phrase) is None, phrase


def test_a_yearless_month_of_an_article_with_no_date_is_of_the_year_the_story_holds_it() -> None:
    """An analysis with no date and no dated sentence says 'in late June' or 'on 3 March': of the days its
    collection's dated articles were written (here late February to mid October of one year), the one year that
    holds that month or day. A month before the story, or one a story of more than a year holds twice, has none."""
    story = (date(2025, 2, 20), date(2025, 10, 14))
    assert year_in_story(6, None, story) == 2025
    assert year_in_story(3, 3, story) == 2025
    assert year_in_story(2, None, story) == 2025, "the story's first month, in part"
    assert year_in_story(2, 3, story) is None, "a day before the first dated article: background, no year"
    assert year_in_story(12, None, story) is None, "after the last dated article: nothing places it"
    assert year_in_story(6, None, (date(2024, 3, 1), date(2025, 8, 1))) is None, "two Junes: nothing tells which"
    assert year_in_story(1, 5, (date(2025, 12, 20), date(2026, 1, 9))) == 2026, "a story across the new year"


def test_an_article_written_after_two_dates_is_bound_by_the_later() -> None:
    recalled = Anchor(PartialDate(2022, 8), AnchorKind.LOWER_BOUND)  # "left Mali in August 2022": all it states
    assert later_bound(recalled, [PartialDate(2023, 12, 21), PartialDate(2023, 2)]) == PartialDate(2023, 12, 21)
    assert later_bound(recalled, [PartialDate(2021, 5)]) is None, "an earlier date adds nothing"
    assert later_bound(None, [PartialDate(2023, 12)]) == PartialDate(2023, 12)
    assert later_bound(PUBLISHED, [PartialDate(2026, 1)]) is None, "a dated article keeps its date"


def test_the_same_day_or_week_names_the_time_of_the_event_told_before() -> None:
    """'the same day', 'later that day', 'that same week', 'that night': the time of the article's previous dated
    event, at the precision the words give (a week is only its month); 'the following year' is the year after it.
    With no dated event before them they date nothing; 'the day' or 'the year' alone name no time."""
    before = PartialDate(2024, 3, 14)
    assert placed("the same day", previous=before) == "2024-03-14"
    assert placed("later that day", previous=before) == "2024-03-14"
    assert placed("that night", previous=before) == "2024-03-14"
    assert placed("that same week", previous=before) == "2024-03"
    assert placed("the same month", previous=PartialDate(2023, 11)) == "2023-11"
    assert placed("the following year", previous=PartialDate(2019, 6)) == "2020"
    assert placed("that year", previous=PartialDate(2019, 6)) == "2019"
    assert placed("the same day", previous=None) is None
    assert parse_time("the day") is None and parse_time("the year") is None
    assert placed("the next morning", previous=before) == "2024-03-15", "a part of the day after it"
    assert placed("the following evening", previous=before) == "2024-03-15"
