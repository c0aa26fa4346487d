"""Time expressions as written ("January 29th", "yesterday", "late last year", "the last day of July",
"a day later"), parsed into `TimeExpr` records that the resolve stage places on the calendar against the
article's date or the previous event."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dossier.dates import parse_absolute
from dossier.models import TimeExpr, TimeKind

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(rf"^(?:on\s+)?(?:the\s+)?{_MONTH}\s+{_DAY}$")
_DAY_MONTH = re.compile(rf"^(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}$")
_LAST_DAY = re.compile(rf"^(?:on\s+)?the\s+last\s+day\s+of\s+{_MONTH}$")
_FIRST_DAY = re.compile(rf"^(?:on\s+)?the\s+first\s+day\s+of\s+{_MONTH}$")
_MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+|the\s+(?:beginning|start)\s+of\s+)?"
                         rf"(?:last\s+|this\s+past\s+|past\s+)?{_MONTH}$")  # "last October": the latest one
# a month of a year told from the article's ("May of last year", "in March this year"): that month of that year
_MONTH_OF_YEAR = re.compile(rf"^(?:early\s+|mid-?\s*|late\s+|the\s+(?:end|start|beginning|middle)\s+of\s+)?"
                            rf"{_MONTH}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year$")
# a day of a year told from the article's ("on 15 March last year", "March 15 of this year"): that day of that year
_OF_YEAR = r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year$"
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_DAY_OF_YEAR = (re.compile(rf"^(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_OF_YEAR}"),
                re.compile(rf"^{_MONTH}\s+{_DAY}{_OF_YEAR}"))
# a part of the month the article is written in ("at the start of the month", "by the end of the month")
_THIS_MONTH = re.compile(r"^the\s+(?:start|beginning|end|middle)\s+of\s+the\s+month$")
# a span of days ("19-20 September", "24 and 25 February 2025", "between 3 and 5 May", "March 4-6"): when it began
_DAY_SPAN = re.compile(rf"^(?:between\s+)?(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*\d{{1,2}}"
                       rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rest>{_MONTH}(?:\s+\d{{4}})?)$")
_SPAN_DAY = re.compile(rf"^(?:between\s+)?(?P<rest>{_MONTH})\s+(?P<first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*"
                       rf"\d{{1,2}}(?:st|nd|rd|th)?(?P<year>\s+\d{{4}})?$")
# hours after the article's previous dated event ("within hours", "hours later", "a few minutes later"): its day
_SAME_DAY = re.compile(r"^(?:within\s+(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes)|within\s+(?:the|an)"
                       r"\s+hour|(?:a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes)\s+later|moments\s+later)$")
_AGO = re.compile(r"^(?P<n>\w+)(?:\s+or\s+(?P<m>\w+))?\s+(?P<unit>day|week)s?\s+ago$")
_YEARS_AGO = re.compile(r"^(?P<n>\w+)\s+(?P<unit>year|decade)s?\s+ago$")
_OFFSET = re.compile(
    r"^(?:(?P<part>early|earlier|late|later|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+)?"
    r"(?:(?P<rel>last|this|next|past)\s+)(?P<unit>week|month|year)$")
_AFTER = re.compile(r"^(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?\s+(?P<way>later|after(?:wards)?|earlier|before)$")
_NEXT_DAY = re.compile(r"^the\s+(?P<way>next|following|previous|preceding)\s+(?P<unit>day|week|month|year)$")
# the time of the article's previous dated event, named again ("the same day", "later that day", "that same week",
# "that night", "the very month"): the previous event's day, week, month or year
_SAME_TIME = re.compile(r"^(?:later\s+|earlier\s+)?(?:(?:that|the)\s+(?:same|very)|that)\s+"
                        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)$")
_SAME_UNITS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}
_WEEKDAY = re.compile(r"^(?:on\s+|last\s+|this\s+(?:past\s+)?)?(?P<weekday>" + "|".join(WEEKDAYS) + r")$")
_DEICTIC = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this morning": 0, "this evening": 0,
            "last night": -1, "the day before yesterday": -2}
_LEAD = re.compile(r"^(?:on|in|during|by|at|as of|just|only)\s+")
_SPAN_OF_TIME = re.compile(r"^(?:since|until|till|from|through|throughout|over|for)\b")
_YEAR = re.compile(r"\b(1[89]\d{2}|2\d{3})\b")


def parse_time(text: str) -> TimeExpr | None:
    """A `TimeExpr` for a time span, or None for durations and vague times ("for a decade", "now").

    Parts written side by side ("today, Wednesday, February 12", "tomorrow, Wednesday") name one day: the
    most telling part is kept, and a weekday beside a month and day is kept with it (it fixes the year)."""
    whole = _parse_part(text, text)
    if _SPAN_OF_TIME.match(_LEAD.sub("", text.lower().strip())):
        return None
    parts = [p for p in text.split(",") if p.strip()]
    if len(parts) < 2 or (whole is not None and (whole.kind is TimeKind.ABSOLUTE
                                                  or (whole.kind is TimeKind.YEAR_OFFSET and whole.day is not None))):
        return whole
    found = [t for t in (_parse_part(p, text) for p in parts) if t is not None]
    if whole is not None:
        found.append(whole)
    if not found:
        return None
    best = min(found, key=lambda t: TELLING.index(t.kind))
    weekdays = [t.day for t in found if t.kind is TimeKind.WEEKDAY]
    if best.kind is TimeKind.MONTH_DAY and best.weekday is None and weekdays:
        best = replace(best, weekday=weekdays[0])
    return best


# A part of the day around a day ("the early hours of Wednesday", "early on Friday", "late on Tuesday evening",
# "before dawn on Saturday", "on the night of 6 May", "Friday night", "yesterday afternoon"): that day.
_DAY_PART_BEFORE = re.compile(
    r"^(?:(?:in\s+)?the\s+(?:(?:early|small|wee|late)\s+)?hours\s+of|(?:(?:just\s+)?before\s+|at\s+)?"
    r"(?:dawn|daybreak|dusk|nightfall|midnight|midday|noon)|(?:very\s+)?(?:early|late)|(?:in\s+|on\s+)?the\s+"
    r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of)\s+(?:on\s+)?")
_DAY_PART_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|overnight)$")
DAY_PRECISE = frozenset({TimeKind.WEEKDAY, TimeKind.DAY_OFFSET, TimeKind.MONTH_DAY})


def _parse_part(text: str, written: str) -> TimeExpr | None:
    """One time expression, or the day a part of the day is told of (`day_of_day_part`)."""
    return _parse_one(text, written) or day_of_day_part(text, written)


def day_of_day_part(text: str, written: str) -> TimeExpr | None:
    """'The early hours of Wednesday', 'late on Tuesday evening', 'Friday night', 'before dawn on Saturday', 'on
    the morning of 7 May', 'yesterday afternoon': a part of a day is on that day, at day precision, as the day
    named alone is. Only a day (a weekday, a day of a month, 'yesterday'): 'late May', 'early next week' are the
    month's and the week's own forms, read as they are."""
    phrase = " ".join(text.lower().replace(",", " ").split()).strip(" .")
    phrase = _LEAD.sub("", phrase)
    core = _DAY_PART_AFTER.sub("", _DAY_PART_BEFORE.sub("", phrase))
    if core == phrase or not core:
        return None
    found = _parse_one(core, written)
    if found is None or not (found.kind in DAY_PRECISE or (found.kind is TimeKind.ABSOLUTE and found.day)) \
            or found.approximate:
        return None
    return found


def sentence_time(dated: list[TimeExpr]) -> TimeExpr | None:
    """The date of a sentence, for a mention whose own clause states none: the one time expression the sentence
    places on the calendar ("X did not resist the offensive in late 2024 but gave Y asylum": the asylum is of
    late 2024). A sentence with two dates, or none, says nothing of which one an undated clause shares."""
    distinct = list(dict.fromkeys(dated))
    return distinct[0] if len(distinct) == 1 else None


# a time of the day the analyser tags as no date ("in the night", "overnight", "later that day", "that evening",
# "the next morning"): of the day of the article's previous dated event, or of the day after it
_DAY_PARTS = r"(?:day|morning|afternoon|evening|night)"
_THAT_DAY = re.compile(rf"^(?:(?:later|earlier)\s+)?(?:on\s+)?that\s+{_DAY_PARTS}$|^(?:in|during)\s+the\s+night$"
                       r"|^overnight$")
_DAY_AFTER = re.compile(rf"^(?:on\s+)?the\s+(?:next|following)\s+{_DAY_PARTS}$")


def day_part_time(phrase: str) -> TimeExpr | None:
    """'In the night', 'overnight', 'later that day', 'that evening': a part of the day told with no day of its
    own is of the day of the article's previous dated event, as 'within hours' is; 'the next morning', 'the
    following evening' of the day after it: a day only when that event's day is known (a month-precise one may
    be a background event's, months away). None for any other phrase ('at night', 'one evening')."""
    words = " ".join(phrase.lower().split()).strip(" .,")
    if _THAT_DAY.match(words):
        return TimeExpr(phrase, TimeKind.AFTER_PREVIOUS, offset=0, unit="day")
    if _DAY_AFTER.match(words):
        return TimeExpr(phrase, TimeKind.AFTER_PREVIOUS, offset=1, unit="day")
    return None


SEQUEL_WORDS = frozenset({"then", "subsequently", "thereafter"})


def counted_from(when: TimeExpr, span: TimeExpr) -> TimeExpr | None:
    """One verb given a date and a span after it ("docked on 3 May, and two days later the trucks left", the
    parser hanging both on 'left'): the date moved by the span, a day or month and day of its own (a year-less
    one counted in a common year, a leap year for 29 February). None unless `when` is a day (with or without its
    year) and `span` a count of days or weeks later or earlier; then the date is kept as it stands."""
    if span.kind is not TimeKind.AFTER_PREVIOUS or span.unit not in ("day", "week") or not span.offset or \
            when.kind not in (TimeKind.ABSOLUTE, TimeKind.MONTH_DAY) or when.month is None or when.day is None:
        return None
    year = when.year if when.year is not None else (2000 if (when.month, when.day) == (2, 29) else 2001)
    moved = date(year, when.month, when.day) + timedelta(days=span.offset * (7 if span.unit == "week" else 1))
    if when.year is None and moved.year != year:
        return None  # a year-less date carried over a year's end: its year is not known here
    return TimeExpr(f"{span.text} ({when.text})", when.kind, None if when.year is None else moved.year, moved.month,
                    moved.day)


def sequel_time(adverbs: list[str]) -> TimeExpr | None:
    """'The group then opened talks with X': what follows the article's previous dated event, with no date of its
    own, is of its time, at no finer than the month ('in 2019 ... then' is 2019; 'on 3 March ... then' is March):
    an AFTER_PREVIOUS expression of unit 'sequel'."""
    word = next((a for a in adverbs if a.lower() in SEQUEL_WORDS), None)
    return TimeExpr(word, TimeKind.AFTER_PREVIOUS, offset=0, unit="sequel") if word is not None else None


ORDINALS = {name: i for i, name in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], start=1)}
_ORDINAL_DIGITS = re.compile(r"^(?P<n>\d{1,2})(?:st|nd|rd|th)$")


def ordinal_number(word: str) -> int | None:
    """'second' -> 2, '3rd' -> 3: which one of a series an event is ("the second visit"); None for a word that
    counts nothing ('last', 'latest' and 'previous' say an order but not a number)."""
    lowered = word.lower()
    if m := _ORDINAL_DIGITS.match(lowered):
        return int(m["n"]) or None
    return ORDINALS.get(lowered)


OFFSET_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def event_offset(amount: str | None, unit: str, way: str) -> TimeExpr | None:
    """'two days after the visit', 'a week before the summit', 'one day after the call': how far from the event it
    names (the mention's `time_ref`) this one is, as an AFTER_EVENT expression; None for a word that is no unit of
    time, a count that is no number ('several days after'), or a plural with no count ('days after')."""
    word = unit.lower()
    singular = word[:-1] if word.endswith("s") else word
    if singular not in OFFSET_UNITS or way.lower() not in ("after", "before", "following"):
        return None
    count = (amount or ("a" if word == singular else "")).lower()
    n = int(count) if count.isdigit() else NUMBERS.get(count)
    if not n:
        return None
    text = " ".join(w for w in (amount, unit, way) if w)
    return TimeExpr(text, TimeKind.AFTER_EVENT, offset=-n if way.lower() == "before" else n,
                    unit=OFFSET_UNITS[singular])


# the kinds of time expression, from the one that says most about the day to the one that says least
TELLING = [TimeKind.ABSOLUTE, TimeKind.MONTH_DAY, TimeKind.DAY_OFFSET, TimeKind.WEEKDAY, TimeKind.AFTER_PREVIOUS,
           TimeKind.AFTER_EVENT, TimeKind.MONTH, TimeKind.MONTH_OFFSET, TimeKind.WEEK_OFFSET, TimeKind.YEAR_OFFSET]


def _parse_one(text: str, written: str) -> TimeExpr | None:
    """One time expression (`written`: the words as they stand in the article, kept in the record)."""
    phrase = " ".join(text.lower().replace(",", " ").split()).strip(" .")
    if _SPAN_OF_TIME.match(phrase):
        return None  # "until 2022", "since 2015", "for a decade": a period, not when something happened
    phrase = first_day(_LEAD.sub("", phrase))
    text = written
    if phrase in _DEICTIC:
        return TimeExpr(text, TimeKind.DAY_OFFSET, offset=_DEICTIC[phrase])
    if _YEAR.search(phrase):
        return _absolute(text, phrase)
    weekday = None
    if (words := phrase.split()) and len(words) > 1 and words[0] in WEEKDAYS:
        weekday, phrase = WEEKDAYS[words[0]], " ".join(words[1:])  # "Tuesday February 11"
    if m := _AGO.match(phrase):
        return _ago(text, m)
    if m := _YEARS_AGO.match(phrase):
        return _years_ago(text, m)
    for pattern, last in ((_LAST_DAY, True), (_FIRST_DAY, False)):
        if m := pattern.match(phrase):
            return TimeExpr(text, TimeKind.MONTH_DAY, month=MONTHS[m["month"]], day=1, last_day=last)
    if m := _MONTH_DAY.match(phrase) or _DAY_MONTH.match(phrase):
        day = int(m["day"])
        return TimeExpr(text, TimeKind.MONTH_DAY, month=MONTHS[m["month"]], day=day,
                        weekday=weekday) if 1 <= day <= 31 else None
    if weekday is not None:
        return None
    if m := _MONTH_ONLY.match(phrase):
        return TimeExpr(text, TimeKind.MONTH, month=MONTHS[m["month"]])
    if m := _MONTH_OF_YEAR.match(phrase):
        return TimeExpr(text, TimeKind.YEAR_OFFSET, month=MONTHS[m["month"]], offset=_YEAR_OFFSETS[m["rel"]])
    if m := _DAY_OF_YEAR[0].match(phrase) or _DAY_OF_YEAR[1].match(phrase):
        day = int(m["day"])
        return TimeExpr(text, TimeKind.YEAR_OFFSET, month=MONTHS[m["month"]], day=day,
                        offset=_YEAR_OFFSETS[m["rel"]]) if 1 <= day <= 31 else None
    if _THIS_MONTH.match(phrase):
        return TimeExpr(text, TimeKind.MONTH_OFFSET, offset=0)
    if m := _OFFSET.match(phrase):
        offset = {"last": -1, "past": -1, "this": 0, "next": 1}[m["rel"]]
        kind = {"week": TimeKind.WEEK_OFFSET, "month": TimeKind.MONTH_OFFSET, "year": TimeKind.YEAR_OFFSET}[m["unit"]]
        return TimeExpr(text, kind, offset=offset, earlier=m["part"] == "earlier")
    if m := _AFTER.match(phrase):  # "two days later", "a week earlier": from the article's previous dated event
        n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"])
        back = m["way"] in ("earlier", "before")
        return TimeExpr(text, TimeKind.AFTER_PREVIOUS, offset=-n if back else n, unit=m["unit"]) if n else None
    if _SAME_DAY.match(phrase):  # "within hours": the previous event's day
        return TimeExpr(text, TimeKind.AFTER_PREVIOUS, offset=0, unit="day")
    if m := _SAME_TIME.match(phrase):  # "the same day": the previous event's
        return TimeExpr(text, TimeKind.AFTER_PREVIOUS, offset=0, unit=_SAME_UNITS.get(m["unit"], m["unit"]))
    if m := _NEXT_DAY.match(phrase):
        back = m["way"] in ("previous", "preceding")
        return TimeExpr(text, TimeKind.AFTER_PREVIOUS, offset=-1 if back else 1, unit=m["unit"])
    if m := _WEEKDAY.match(phrase):
        return TimeExpr(text, TimeKind.WEEKDAY, day=WEEKDAYS[m["weekday"]])
    return day_part_time(written)  # "the next morning", tagged as a date: the day after the previous event's


def first_day(phrase: str) -> str:
    """A span of days ("19-20 September", "between 24 and 25 February 2025", "May 3-5") is read as the day it
    began, the day what it tells was under way: "19 September", "24 February 2025", "May 3". Any other phrase is
    returned as it is."""
    if m := _DAY_SPAN.match(phrase):
        return f"{m['first']} {m['rest']}"
    if m := _SPAN_DAY.match(phrase):
        return f"{m['rest']} {m['first']}{m['year'] or ''}"
    return phrase


def _ago(text: str, m: re.Match[str]) -> TimeExpr | None:
    """"three days ago" is a day before the article's; "five or six days ago" one of two days (`spread`: how
    many more days back the range reaches); "two weeks ago" only its month."""
    n, other = (int(w) if w.isdigit() else NUMBERS.get(w) for w in (m["n"], m["m"] or m["n"]))
    if n is None or other is None:
        return None
    days = n * (7 if m["unit"] == "week" else 1)
    spread = abs(other - n) if m["unit"] == "day" else 0
    return TimeExpr(text, TimeKind.DAY_OFFSET, offset=-min(n, other) * (7 if m["unit"] == "week" else 1)
                    if spread else -days, approximate=m["unit"] == "week" or other != n, spread=spread)


def _years_ago(text: str, m: re.Match[str]) -> TimeExpr | None:
    """"a decade ago", "two decades ago", "five years ago": that many years before the article's, give or take
    one (a round count, and a year's end may lie between): an approximate YEAR_OFFSET, which resolution places
    at no year of its own (`resolve.dates.around_year`)."""
    n = int(m["n"]) if m["n"].isdigit() else NUMBERS.get(m["n"])
    if not n:
        return None
    return TimeExpr(text, TimeKind.YEAR_OFFSET, offset=-n * (10 if m["unit"] == "decade" else 1), approximate=True)


def _absolute(text: str, phrase: str) -> TimeExpr | None:
    """Expressions that name a year: '29 January 2025', 'July 2025', 'in 2015', 'Tuesday, 28 January 2025'."""
    for candidate in (phrase, _strip_weekday(phrase)):
        if re.fullmatch(r"(?:the\s+)?(?:early|mid|late)?-?\s*\d{4}s", candidate):
            return None  # a decade: "the 2010s"
        date = parse_absolute(candidate)
        if date is not None:
            return TimeExpr(text, TimeKind.ABSOLUTE, year=date.year, month=date.month, day=date.day)
    if m := re.fullmatch(rf"(?:early|mid-?|late|the\s+(?:end|start|beginning)\s+of)?\s*{_MONTH}\s+(?P<year>\d{{4}})",
                         phrase):
        return TimeExpr(text, TimeKind.ABSOLUTE, year=int(m["year"]), month=MONTHS[m["month"]])
    if m := re.fullmatch(r"(?:early|mid-?|late|the\s+end\s+of|the\s+start\s+of)?\s*(?P<year>\d{4})", phrase):
        return TimeExpr(text, TimeKind.ABSOLUTE, year=int(m["year"]))
    return None


def _strip_weekday(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if words and words[0] in WEEKDAYS else phrase
