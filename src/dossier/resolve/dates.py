"""Placing time expressions on the calendar, with honest precision.

Against an article's anchor: its publication date, or, when it has none, a date inferred for it.
Two inferences exist:

- a lower bound: the latest month- or day-precise date the article states ("July 2025") says it was
  written after that; it gives a year to "January 28" (the most recent January 28 up to a year
  later), never a day to "yesterday";
- an exact date, when another source dates an event this article places relative to its own day
  ("met ... yesterday" merged with an event dated 31 July: this article is of 1 August).

A year-only mention ("in 2015") is background, not a bound. Without an anchor, "January 29th" keeps
its month and day and waits for a year from the sources it merges with.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import DateOrigin, Precision

DEICTIC = {TimeKind.DAY_OFFSET, TimeKind.WEEK_OFFSET, TimeKind.MONTH_OFFSET, TimeKind.YEAR_OFFSET, TimeKind.WEEKDAY}
YEARLESS = {TimeKind.MONTH_DAY, TimeKind.MONTH}


@dataclass(frozen=True, slots=True)
class Placed:
    """A time expression placed on the calendar. `date` None: not placeable; `month_day` keeps a
    year-less 'January 29th' so sources can still be compared and the year filled in later."""

    date: PartialDate | None
    month_day: tuple[int, int | None] | None = None


def later_bound(current: Anchor | None, dates: Collection[PartialDate]) -> PartialDate | None:
    """An article with no date of its own, written after each of `dates` (dates it states, or of events it reports
    that other sources date): the latest of them, when it is later than the bound it has (`current`, a lower bound
    or none); None when it adds nothing. Two bounds of one article: it was written after the later one."""
    if not dates or (current is not None and current.exact):
        return None
    def key(d: PartialDate) -> tuple[int, int, int]:
        return d.year, d.month or 0, d.day or 0
    latest = max(dates, key=key)
    return latest if current is None or key(latest) > key(current.date) else None


def lead_bound(bound: Anchor | None, lead: TimeExpr | None, recalled_days: int) -> Anchor | None:
    """An article with no date of its own that opens on a year-less day ("Aliev and Pashinyan shook hands on 8
    August", the news it reports), known to be written after a date it recalls (its lower bound, December 2024):
    the news is no older than what it recalls, so a day falling more than `recalled_days` before the bound in the
    bound's year is of the year after it, and the article was written after that day (a raised bound: 8 August
    2025). The bound as it is when the day falls after it or shortly before (the news told with the days just
    before it), for an article with a date, none, a bound of a year only, or a lead that is no year-less day ("on
    Sunday", "in June", "in 2023") or one it is due by."""
    if bound is None or bound.exact or bound.date.month is None or lead is None or lead.kind is not TimeKind.MONTH_DAY \
            or lead.month is None or lead.day is None or lead.ahead:
        return bound
    first = date(bound.date.year, bound.date.month, bound.date.day or 1)
    if (first - date(first.year, lead.month, _clamp(first.year, lead.month, lead.day) or 1)).days <= recalled_days:
        return bound
    year = first.year + 1
    return Anchor(PartialDate(year, lead.month, _clamp(year, lead.month, lead.day)), AnchorKind.LOWER_BOUND)


def anchor_for(published: PartialDate | None, times: list[TimeExpr]) -> Anchor | None:
    if published is not None:
        return Anchor(published, AnchorKind.PUBLISHED)
    stated = [PartialDate(t.year, t.month, t.day) for t in times
              if t.kind is TimeKind.ABSOLUTE and t.year is not None and t.month is not None]
    if not stated:
        return None
    latest = max(stated, key=lambda d: (d.year, d.month or 0, d.day or 0))
    return Anchor(latest, AnchorKind.LOWER_BOUND)


def place(time: TimeExpr | None, anchor: Anchor | None, modality: Modality,
          previous: PartialDate | None = None, story: tuple[date, date] | None = None) -> Placed:
    """Where on the calendar `time` falls, read from an article with `anchor`.

    `previous` is the date of the article's previous dated event ("a day later" counts from it); `story` the
    first and last day the collection's other, dated articles were written (`nearest_story`).
    """
    if time is None:
        return Placed(None)
    if time.ahead and modality is Modality.ASSERTED:
        modality = Modality.FUTURE  # "scheduled for October 15": after the anchor
    elif time.said and not time.ahead and modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
        modality = Modality.ASSERTED  # "said on Monday that it would withdraw": the saying's Monday, which is past
    kind = time.kind
    if kind is TimeKind.AFTER_EVENT:
        return Placed(None)  # dated once the event it names is (`from_event`)
    if kind is TimeKind.YEAR_OFFSET and time.approximate:
        return Placed(None)  # "a decade ago": no year of its own, only a year to compare with (`around_year`)
    if kind is TimeKind.ABSOLUTE and time.year is not None:
        return Placed(PartialDate(time.year, time.month, time.day))
    if kind is TimeKind.AFTER_PREVIOUS:
        return Placed(_after(previous, time) if previous is not None else None)
    if kind in YEARLESS:
        assert time.month is not None
        day = _last_day(time) if time.last_day else time.day
        year = _year_for(time.month, day, anchor, modality, time.day is None, story) if anchor is not None else None
        if year is not None and anchor is not None and time.weekday is not None and day is not None:
            year = weekday_year(time.month, day, time.weekday, year)
        if year is None:
            return Placed(None, (time.month, day))
        return Placed(PartialDate(year, time.month, _clamp(year, time.month, day)), (time.month, day))
    if anchor is None:
        return Placed(None)
    if not anchor.exact:
        if kind is TimeKind.YEAR_OFFSET and anchor.date.month is not None:
            # "earlier this year" in an article written after July 2025: its year, at year precision
            return Placed(PartialDate(anchor.date.year + time.offset, time.month))
        return Placed(None)
    return Placed(_deictic(time, anchor.date, modality))


def around_year(time: TimeExpr | None, anchor: Anchor | None) -> int | None:
    """'A decade ago', 'two decades ago', 'five years ago' in an article of January 2026: about 2016, give or
    take a year (a round count, and a year's end may lie between), so it is placed at no year of its own (a
    year would be a false precision); the year it counts back to, for comparing it with the dates other sources
    give (`resolve.events.rules.about_the_year`). None for any other time, or an article not dated to its year."""
    if time is None or time.kind is not TimeKind.YEAR_OFFSET or not time.approximate or anchor is None \
            or not anchor.exact:
        return None
    return anchor.date.year + time.offset


def weekday_year(month: int, day: int, weekday: int, year: int) -> int:
    """'Monday, March 3': the weekday fixes the year. Of the year found from the anchor and the years either
    side, the one where that day falls on that weekday; the one found when none or two of them fit."""
    fits = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == weekday]
    return fits[0] if fits and (fits[0] == year or len(fits) == 1) else year


def weekday_year_in(month: int, day: int, weekday: int, years: Collection[int]) -> int | None:
    """'Thursday, August 7' in an article nothing dates: the year is the one, among the years the collection's
    dated articles are written in and the year either side of each, where that day falls on that weekday (a day
    and month come back to a weekday only every five years or more, so within such a span one year fits); None
    when no year or more than one fits, or the collection has no dated article."""
    span = {y + step for y in years for step in (-1, 0, 1)}
    fits = [y for y in sorted(span) if _weekday_of(y, month, day) == weekday]
    return fits[0] if len(fits) == 1 else None


def year_in_story(month: int, day: int | None, story: tuple[date, date]) -> int | None:
    """'In June', 'late July', '10 March' (past) in an article nothing dates, not even by a bound: the one year in
    which that month or day falls among the days the collection's dated articles were written (`story`, the first
    and last); None when it falls there in no year (background from before the story, or a span too short to
    hold it) or in two (a story of more than a year: nothing tells which)."""
    def inside(year: int) -> bool:
        last_of_month = calendar.monthrange(year, month)[1]
        first = date(year, month, 1 if day is None else min(day, last_of_month))
        last = first if day is not None else date(year, month, last_of_month)
        return first <= story[1] and story[0] <= last
    fits = [y for y in range(story[0].year, story[1].year + 1) if inside(y)]
    return fits[0] if len(fits) == 1 else None


def year_after(month: int, day: int | None, year: int, earlier: PartialDate) -> int:
    """'His second visit, on January 20' in an article whose first visit is of October 2025: a later one of a
    series falls after the earlier one, so a year-less day placed at or before `earlier` (read at its precision:
    after October 2025 is from November on) moves to the next year; `year` when it already falls after, or when
    the next year does not either."""
    def later(y: int) -> bool:
        if earlier.month is None:
            return y > earlier.year
        if earlier.day is None or day is None:
            return (y, month) > (earlier.year, earlier.month)
        return (y, month, day) > (earlier.year, earlier.month, earlier.day)
    return year if later(year) or not later(year + 1) else year + 1


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _year_for(month: int, day: int | None, anchor: Anchor, modality: Modality, whole_month: bool = False,
              story: tuple[date, date] | None = None) -> int | None:
    """The year that puts (month, day) on the right side of the anchor: before it for what happened,
    after it for what is planned. A lower bound only says the article came later, so there the year
    is the one nearest the bound, a past date allowed up to two months past it, unless the collection's dated
    articles, written before and after the bound, say which (`nearest_story`). The month the article was
    written in, named without a day ("in October", "by the end of October" on 5 October), is that month:
    part of it has passed and part is to come, whatever the tense."""
    a = anchor.date
    future = modality in (Modality.FUTURE, Modality.HYPOTHETICAL)
    if a.month is None:
        return a.year if anchor.exact else None
    if whole_month and month == a.month and anchor.exact:
        return a.year
    here = (month, day or 15)
    there = (a.month, a.day or 15)
    if anchor.kind is AnchorKind.LOWER_BOUND:
        bound = date(a.year, a.month, min(there[1], 28))

        def cost(year: int) -> int:
            when = date(year, month, min(here[1], 28))
            distance = abs((when - bound).days)
            wrong_side = (when < bound) if future else (when - bound).days > 60
            return distance + (400 if wrong_side else 0)

        years: tuple[int, ...] = (a.year - 1, a.year, a.year + 1)
        if story is not None and not future and story[0] <= bound <= story[1]:
            years = nearest_story(month, day, years, story)  # written while the story was
        elif story is not None and not future and recalled_long_before(bound, story):
            return year_in_story(month, day, story)  # None: neither the story nor the recalled date places it
        return min(years, key=cost)
    if future:
        return a.year if here >= there else a.year + 1
    return a.year if here <= there else a.year - 1


def recalled_long_before(bound: date, story: tuple[date, date]) -> bool:
    """An article whose latest stated date lies more than a year before every day its collection's dated articles
    were written ("the war began in April 2023", in a collection of 2025): that date is a past it recalls, and only
    says the article came later; the years either side of it hold none of the story's days, so a year-less 'in
    April' is placed by the story (`year_in_story`), not beside the recalled date; one the story does not place
    (a month it holds in no year, or in two) stays year-less: beside the recalled date it would be a guess, and
    a year the sources of its event give may still come (`dating.fill_years`)."""
    return (story[0] - bound).days > 366


def nearest_story(month: int, day: int | None, years: tuple[int, ...], story: tuple[date, date]) -> tuple[int, ...]:
    """An article no date places, written after a day that falls among the days its collection's dated articles
    were written (`story`, the first and last), is one of the story they tell: of the years a year-less
    '10 December' could be in, those that put it nearest those days (inside them counts as none away). Two
    equally near stay for the article's own bound to choose."""
    def away(year: int) -> int:
        first = date(year, month, 1 if day is None else min(day, calendar.monthrange(year, month)[1]))
        last = first if day is not None else date(year, month, calendar.monthrange(year, month)[1])
        return max((story[0] - last).days, (first - story[1]).days, 0)
    best = min(away(y) for y in years)
    return tuple(y for y in years if away(y) == best)


def _deictic(time: TimeExpr, anchor: PartialDate, modality: Modality = Modality.ASSERTED) -> PartialDate | None:
    """'yesterday', 'last week', 'late last year', 'earlier this month', 'on Tuesday' from the anchor; a
    weekday of something planned ("will visit on Wednesday") is the next one, of what happened the last one."""
    kind = time.kind
    if kind is TimeKind.YEAR_OFFSET:
        # "last year"; "May of last year" (its month); "on 15 May last year" (its day)
        year = anchor.year + time.offset
        return PartialDate(year, time.month, _clamp(year, time.month, time.day) if time.month and time.day else None)
    if anchor.month is None:
        return None
    if kind is TimeKind.MONTH_OFFSET:
        shift = time.offset - (1 if time.earlier and time.offset == 0 and anchor.day is not None and anchor.day <= 2
                               else 0)  # "earlier this month", written on the 1st: last month
        months = anchor.year * 12 + (anchor.month - 1) + shift
        return PartialDate(months // 12, months % 12 + 1)
    if anchor.day is None:
        return None
    day = date(anchor.year, anchor.month, anchor.day)
    if kind is TimeKind.DAY_OFFSET:
        moved = day + timedelta(days=time.offset)
        if time.spread:  # "five or six days ago": what both days share
            return common(PartialDate(moved.year, moved.month, moved.day),
                          _day(day + timedelta(days=time.offset - time.spread)))
        if time.approximate:  # "two weeks ago": its month
            return PartialDate(moved.year, moved.month)
        return PartialDate(moved.year, moved.month, moved.day)
    if kind is TimeKind.WEEK_OFFSET:
        moved = day + timedelta(weeks=time.offset)
        return PartialDate(moved.year, moved.month)  # "last week": the month, not a day
    if kind is TimeKind.WEEKDAY and time.day is not None:
        if modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
            ahead = (time.day - day.weekday()) % 7
            moved = day + timedelta(days=ahead)
            return PartialDate(moved.year, moved.month, moved.day)
        back = (day.weekday() - time.day) % 7
        moved = day - timedelta(days=back)
        return PartialDate(moved.year, moved.month, moved.day)
    return None


def narrative_time(previous: PartialDate | None, new: PartialDate, same_sentence: bool) -> PartialDate:
    """The date a later 'within hours', 'during the night', 'two days later' counts from, once a mention is
    placed at `new`: that date, unless the mention stands in the sentence that gave `previous` and falls wholly
    before it. 'X struck on Wednesday in answer to the massacre last month' tells Wednesday's news with a look
    back at last month: what follows ('during the night, Y shot down jets') goes on from Wednesday. A date told
    after the day in its sentence, or in a sentence of its own, is where the story has moved to."""
    if previous is None or not same_sentence or days_of(new)[1] >= days_of(previous)[0]:
        return new
    return previous


def common(a: PartialDate, b: PartialDate) -> PartialDate | None:
    """What two dates share, at the finest precision they agree on: 30 and 31 January are January; 31 January and
    1 February only the year; the last of December and the first of January nothing."""
    if a.year != b.year:
        return None
    if a.month != b.month or a.month is None:
        return PartialDate(a.year)
    return PartialDate(a.year, a.month, a.day if a.day == b.day else None)


def _day(d: date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


def _after(previous: PartialDate, time: TimeExpr) -> PartialDate | None:
    if time.unit == "sequel":  # "then": the previous event's time, no finer than its month
        return PartialDate(previous.year, previous.month)
    if time.unit == "year":
        return PartialDate(previous.year + time.offset)
    if previous.month is None:
        return None
    if time.unit == "month":
        months = previous.year * 12 + (previous.month - 1) + time.offset
        return PartialDate(months // 12, months % 12 + 1)
    if previous.day is None:
        return None
    days = time.offset * (7 if time.unit == "week" else 1)
    moved = date(previous.year, previous.month, previous.day) + timedelta(days=days)
    return PartialDate(moved.year, moved.month, moved.day) if time.unit == "day" else PartialDate(moved.year,
                                                                                                  moved.month)


def said_date(origin: DateOrigin, time: TimeExpr | None) -> bool:
    """Whether a mention's date is one its source says, the dates a date conflict is about: stated in its words
    (`DateOrigin.stated`), or counted from another event by a span its words give ('a day after the talks', 'two
    days before the summit': the source says how far apart the two are), not only taken from that event."""
    return origin.stated or (origin is DateOrigin.REFERENCED and time is not None
                             and time.kind is TimeKind.AFTER_EVENT and bool(time.offset) and time.unit is not None)


def from_event(event_date: PartialDate, time: TimeExpr | None) -> PartialDate | None:
    """The date of a mention dated by the event it names: 'following the talks' is the talks' date; 'two days
    after the visit' the visit's day moved two days on ('a week after', 'a month after': their month; 'a year
    after': its year), at no finer precision than the event's: 'a day after' talks known only to the month is of
    that month, a longer span from a date it cannot count from is nothing."""
    if time is None or time.kind is not TimeKind.AFTER_EVENT:
        return event_date
    moved = _after(event_date, time)
    if moved is None and time.unit == "day" and abs(time.offset) == 1:
        return event_date
    return moved


def _last_day(time: TimeExpr) -> int:
    assert time.month is not None
    return 31 if time.month in (1, 3, 5, 7, 8, 10, 12) else 30 if time.month != 2 else 28


def _clamp(year: int, month: int, day: int | None) -> int | None:
    if day is None:
        return None
    return min(day, calendar.monthrange(year, month)[1])


def infer_exact_anchor(time: TimeExpr, event_date: PartialDate) -> PartialDate | None:
    """When another source dates the event this article dates as `time` (relative to its own day),
    the article's day: 'yesterday' + 31 July -> 1 August. 'On Wednesday' + Wednesday 15 October -> 15 October:
    news is written within the week of the weekday it names, and dates what it reports by that day."""
    if event_date.precision is not Precision.DAY or time.approximate:
        return None
    assert event_date.month is not None and event_date.day is not None
    day = date(event_date.year, event_date.month, event_date.day)
    if time.kind is TimeKind.WEEKDAY:
        return event_date if day.weekday() == time.day else None
    if time.kind is not TimeKind.DAY_OFFSET:
        return None
    day -= timedelta(days=time.offset)
    return PartialDate(day.year, day.month, day.day)


def days_of(d: PartialDate) -> tuple[date, date]:
    """The first and last day a date can be at its precision: 2026-01 is 1-31 January."""
    if d.month is None:
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if d.day is None:
        return date(d.year, d.month, 1), date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    day = date(d.year, d.month, _clamp(d.year, d.month, d.day) or 1)
    return day, day


def span(time: TimeExpr | None, placed: PartialDate, anchor: Anchor | None,
         modality: Modality = Modality.ASSERTED) -> tuple[date, date]:
    """The days a mention's date can be, finer than the month its `placed` date is kept at when its words say so,
    counted from its article's day (an exact, day-precise `anchor`): 'last week' is the previous Monday to Sunday,
    'this week' this Monday up to the article's day ('earlier this week': up to the day before), 'next week' the
    next Monday to Sunday, 'five or six days ago' those two days; any other date its whole precision
    (`days_of`). Only compared, never stored: the date kept stays the honest month."""
    whole = days_of(placed)
    if time is None or anchor is None or not anchor.exact or anchor.date.precision is not Precision.DAY:
        return whole
    assert anchor.date.month is not None and anchor.date.day is not None
    today = date(anchor.date.year, anchor.date.month, anchor.date.day)
    if time.kind is TimeKind.DAY_OFFSET and time.spread:
        last = today + timedelta(days=time.offset)
        return last - timedelta(days=time.spread), last
    if time.kind is not TimeKind.WEEK_OFFSET:
        return whole
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=time.offset)
    if time.offset != 0:
        return monday, monday + timedelta(days=6)
    if modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
        return today, monday + timedelta(days=6)  # "later this week"
    last = today - timedelta(days=1) if time.earlier else today
    return (monday, last) if last >= monday else whole  # "earlier this week" on a Monday: not this week


def overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Two spans of days sharing at least one day (one inside the other does)."""
    return a[0] <= b[1] and b[0] <= a[1]


def compatible(a: PartialDate, b: PartialDate) -> bool:
    """Two dates that do not contradict each other at the coarser one's precision."""
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def days_apart(a: PartialDate, b: PartialDate) -> int:
    """Distance between two dates, taking each at the middle of its precision."""
    return abs(_middle(a) - _middle(b))


def _middle(d: PartialDate) -> int:
    if d.month is None:
        return date(d.year, 7, 1).toordinal()
    if d.day is None:
        return date(d.year, d.month, 15).toordinal()
    return date(d.year, d.month, d.day).toordinal()
