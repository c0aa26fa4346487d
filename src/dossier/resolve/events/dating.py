"""Dates: each mention's time placed against its article's anchor, undated mentions dated by the story they
continue, the article's news peg or the event they refer to; and dates flowing across sources.

- A year-less "January 29th" takes its year from the event it belongs to; the article then has a lower bound.
- An article that says "yesterday" about an event another source dates to the day learns its own day, and
  all its relative dates are placed again (newly dated mentions may then join other events).
"""

from __future__ import annotations

import datetime
from calendar import monthrange
from collections.abc import Callable, Collection
from dataclasses import dataclass

from dossier.models import Anchor, AnchorKind, Modality, Occasion, PartialDate, TimeKind
from dossier.plover import DateOrigin, EventType, Mode, Precision
from dossier.resolve.dates import (
    YEARLESS,
    Placed,
    compatible,
    days_apart,
    days_of,
    from_event,
    infer_exact_anchor,
    later_bound,
    lead_bound,
    narrative_time,
    place,
    weekday_year_in,
    year_after,
    year_in_story,
)
from dossier.resolve.events import recurring
from dossier.resolve.events.blocking import nearby_keys
from dossier.resolve.events.candidates import candidates
from dossier.resolve.events.merging import remerge
from dossier.resolve.events.records import Event, Evidence, in_order
from dossier.resolve.events.state import EventState


def place_article(state: EventState, article_id: str) -> None:
    """Place every time of an article against its anchor; then give the news peg's date to the
    undated mentions that belong to it."""
    anchor = state.anchors.get(article_id)
    previous: PartialDate | None = None
    previous_sentence = -1
    told_last: PartialDate | None = None  # the date placed last, in `previous_sentence`
    evidence = state.by_article[article_id]
    era: set[int] | None = None
    story = story_days(state, article_id) if anchor is None or not anchor.exact else None
    for item in evidence:
        counted = count_from(previous, told_last, item.sentence == previous_sentence)
        placed = place(item.time, anchor, item.modality, counted, story)
        if anchor is None and placed.date is None and item.time is not None and item.time.weekday is not None \
                and placed.month_day is not None:
            era = collection_years(state, article_id) if era is None else era
            month, day = placed.month_day
            year = weekday_year_in(month, day, item.time.weekday, era) if day is not None else None
            if year is not None and day is not None:  # "agreed on Thursday, August 7" in an article with no date
                placed = Placed(PartialDate(year, month, day), placed.month_day)
        if anchor is None and placed.date is None and placed.month_day is not None:
            placed = in_story(item, placed, story)
        origin = DateOrigin.STATED
        if anchor is not None and not anchor.exact and (elsewhere := told_elsewhere(state, item, placed)) != placed:
            placed, origin = elsewhere, DateOrigin.YEAR_FROM_SOURCES
        item.month_day = placed.month_day
        if placed.date is not None:
            item.date, item.date_origin = placed.date, origin
            previous = narrative_time(previous, placed.date, item.sentence == previous_sentence)
            previous_sentence, told_last = item.sentence, placed.date
        elif item.date_origin in (DateOrigin.STATED, DateOrigin.INHERITED, DateOrigin.NONE):
            item.date, item.date_origin = None, DateOrigin.NONE  # "referenced" ones are kept: they follow an event
    order_series(evidence)
    fill_years(state, article_id)
    continue_narrative(state, article_id)
    inherit_peg(state, article_id, anchor)
    for event_id in {e.event_id for e in evidence if e.event_id in state.events}:
        state.events[event_id].recount()


def count_from(story: PartialDate | None, told_last: PartialDate | None, same_sentence: bool) -> PartialDate | None:
    """The date 'the same day', 'two days later' counts from: in the sentence that placed the last date, that date
    ('planned talks for Tuesday, but the rebels withdrew on Monday, blaming sanctions imposed the same day': Monday,
    though the story goes on from the Tuesday told first, `narrative_time`); in a later sentence, the story's time
    (`story`)."""
    return told_last if same_sentence and told_last is not None else story


def in_story(item: Evidence, placed: Placed, story: tuple[datetime.date, datetime.date] | None) -> Placed:
    """A year-less month or day of what happened ('in June', 'late July'), in an article with no date and no bound,
    placed in the one year it falls among the days the collection's dated articles were written (`year_in_story`):
    the article tells their story. What is planned, or a month the story's days hold in no year or in two, stays
    year-less."""
    if story is None or placed.month_day is None or item.time is None or item.time.ahead \
            or item.time.weekday is not None or item.modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
        return placed
    month, day = placed.month_day
    year = year_in_story(month, day, story)
    return placed if year is None else Placed(
        PartialDate(year, month, None if day is None else min(day, monthrange(year, month)[1])), placed.month_day)


def told_elsewhere(state: EventState, item: Evidence, placed: Placed) -> Placed:
    """'The last Danish soldiers left Chad on 21 December' in an article known only to be written after some date
    it recalls: the year its bound gave that day is a guess. When the collection's dated articles tell a fact of
    the same type with a party in common on that day (give or take `month_day_slack_days`), in one year
    only, the day is of that year: the same fact, told elsewhere with its year. What is planned, a day its bound
    already places in that year, or one no dated article tells, keeps its place; one its bound left year-less
    (`dates.recalled_long_before`) takes that year too."""
    if placed.month_day is None or item.time is None \
            or item.time.kind not in YEARLESS or item.modality is not Modality.ASSERTED or item.time.ahead:
        return placed
    month, day = placed.month_day
    if day is None:
        return placed
    years = set(facts_on(state, item, month, day))
    if len(years) != 1 or (placed.date is not None and placed.date.year in years):
        return placed
    year = next(iter(years))
    return Placed(PartialDate(year, month, min(day, monthrange(year, month)[1])), placed.month_day)


def facts_on(state: EventState, item: Evidence, month: int, day: int) -> list[int]:
    """The years in which the collection's dated articles state, to the day, an event of the mention's type with a
    party of it, on (`month`, `day`) give or take `month_day_slack_days`."""
    slack = state.settings.month_day_slack_days
    found: set[str] = set()
    for party in sorted(item.parties):
        found |= state.events_of.get(party, set())
    years: list[int] = []
    for event_id in sorted(found):
        event = state.events.get(event_id)
        if event is None or event.type != item.type:
            continue
        for other in event.evidence:
            when = other.date
            if other.article_id != item.article_id and other.date_origin is DateOrigin.STATED and when is not None \
                    and when.month == month and when.day is not None and abs(when.day - day) <= slack \
                    and _dated_article(state, other.article_id):
                years.append(when.year)
    return years


def order_series(evidence: list[Evidence]) -> None:
    """An article's numbered events of one series keep their order: 'his first visit, in October 2025 ... his
    second visit, on January 20': a year-less day of a later number is placed after the dates the article gives
    the earlier numbers of that kind, with a party in common (`year_after`)."""
    for item in evidence:
        if item.ordinal is None or item.ordinal < 2 or item.date is None or item.month_day is None \
                or item.date_origin is not DateOrigin.STATED or item.time is None or item.time.kind not in YEARLESS:
            continue
        earlier = [e.date for e in evidence if e is not item and e.date is not None and e.ordinal is not None
                   and e.ordinal < item.ordinal and e.type == item.type and e.parties & item.parties]
        if not earlier:
            continue
        latest = max(earlier, key=lambda d: (d.year, d.month or 0, d.day or 0))
        month, day = item.month_day
        year = year_after(month, day, item.date.year, latest)
        if year != item.date.year:
            item.date = PartialDate(year, month, None if day is None else min(day, monthrange(year, month)[1]))


def collection_years(state: EventState, article_id: str) -> set[int]:
    """The years the collection's other articles are written in (their publication dates, or the day another
    source gave them)."""
    return {a.date.year for other, a in state.anchors.items() if other != article_id and a.exact}


def story_days(state: EventState, article_id: str) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day the collection's other articles were written (their publication dates, or the day
    another source gave them), at their precision; None when none is dated."""
    return state.anchors.span_without(article_id)


def fill_years(state: EventState, article_id: str) -> None:
    """A year-less date takes its year from the event it belongs to."""
    for item in state.by_article[article_id]:
        if item.date is None and item.month_day is not None and item.event_id in state.events:
            year = year_from_sources(state.events[item.event_id], item)
            if year is not None:
                month, day = item.month_day
                item.date, item.date_origin = PartialDate(year, month, day), DateOrigin.YEAR_FROM_SOURCES


def year_from_sources(event: Event, item: Evidence) -> int | None:
    """The year of a source of the event stating a date within a month of the year-less one."""
    assert item.month_day is not None
    month = item.month_day[0]
    for other in event.evidence:
        if other is not item and other.date is not None and other.date_origin is DateOrigin.STATED and (
                other.date.month is None or abs(other.date.month - month) <= 1):
            return other.date.year
    return None


def continue_narrative(state: EventState, article_id: str) -> None:
    """An undated mention right after a dated one that shares a party continues its story:
    'On January 29th a delegation met Al-Shara. Al-Shara was not shy in his demands.' The story is told at its
    opening mention's own date (or its year-less month and day)."""
    walk_stories(state, article_id, own_date, follow_references=True)


def own_date(state: EventState, opening: Evidence) -> Told:
    """A story told at the date its opening mention states, with that mention's parties."""
    return Told(opening.date, opening.month_day, frozenset())


@dataclass(frozen=True, slots=True)
class Told:
    """When a story is told, and who takes part in it besides its opening mention's parties. `month_day`: a
    year-less date the continuing mentions keep too (None: theirs is left as it is)."""

    date: PartialDate | None
    month_day: tuple[int, int | None] | None
    parties: frozenset[str]


Teller = Callable[[EventState, Evidence], Told]


def walk_stories(state: EventState, article_id: str, teller: Teller, *, follow_references: bool) -> list[Evidence]:
    """Walk an article's mentions in order: a dated mention (stated, or a year-less month and day of its own)
    opens a story, told when `teller` says; an undated past, asserted statement, meeting or flight
    (`recurring.continues_a_story`) in a later sentence
    within `narrative_sentences` of the story's last one that shares a party with it continues it and takes its
    date (and adds its parties). A mention that continued the story at its opening's own date is dated again
    when the teller says otherwise. `follow_references` False leaves to the event they refer to the mentions
    dated by reference ('following the talks'). Returns the mentions whose date changed."""
    settings = state.settings
    story: set[str] = set()
    opening: Evidence | None = None
    told = Told(None, None, frozenset())
    last = opened = 0
    changed: list[Evidence] = []
    flights = recurring.flight_words()
    asides = recalled_asides(state.by_article[article_id])
    for item in state.by_article[article_id]:
        if item.key in asides:
            continue  # "the first call since the ouster of X in December": the call's story, not the ouster's
        if item.date_origin is DateOrigin.STATED or (item.month_day is not None
                                                     and item.date_origin is not DateOrigin.INHERITED):
            kept = story if opening is not None and same_opening(opening, item) else set()
            opening, last, opened = item, item.sentence, item.sentence
            told = teller(state, item)
            story = kept | set(item.parties) | told.parties
            continue
        if (opening is None or item.time is not None or (item.time_ref is not None and not follow_references)
                or not (recurring.continues_a_story(item.type, item.lemma, settings.peg_types, flights)
                        or item.kind is not None)  # an appointment told after the day's news: of that story
                or item.modality is not Modality.ASSERTED
                or item.tense != "past"):
            continue
        own_story = item.date_origin is DateOrigin.INHERITED and item.date in (opening.date, told.date)
        if item.date is not None and not own_story:
            continue  # dated otherwise (the news peg)
        if another_of_series(item, opening):
            continue  # "the first visit" in the story of the second: of its own time
        if continues(item.sentence, opened, last, settings.narrative_sentences) and (own_story or item.parties & story):
            if item.date != told.date or (told.month_day is not None and item.month_day != told.month_day):
                if item.date != told.date:
                    changed.append(item)
                item.date, item.date_origin = told.date, DateOrigin.INHERITED
                if told.month_day is not None:
                    item.month_day = told.month_day
            story |= item.parties
            last = item.sentence
    return changed


def same_opening(opening: Evidence, item: Evidence) -> bool:
    """Two acts of one sentence stated at one date ('Last month X revoked the accord after Y's envoys left'):
    one story, opened by both, whose parties are both acts' (the statement after it may name either side)."""
    return item.sentence == opening.sentence and item.date == opening.date and item.month_day == opening.month_day


def recalled_asides(items: list[Evidence]) -> set[tuple[str, int]]:
    """The mentions of a once-only fact (`lexicon/once.yaml`) told beside another fact of their sentence ('the first
    call since the ouster of X in December', 'Russia, which backed X until his ouster in 2024, left the base'):
    the sentence's time anchor, one more source of that fact, which opens no story of the article (the sentences
    after it tell of the call, not of the ouster)."""
    kinds = {item.key: recurring.kind_of(item.type, item.mode, [item.lemma]) is not None for item in items}
    told = {item.sentence for item in items if not kinds[item.key]}
    return {item.key for item in items if kinds[item.key] and item.sentence in told}


def another_of_series(item: Evidence, other: Evidence) -> bool:
    """Two mentions numbered differently ('the first visit', 'the second visit'): distinct events of a series, so
    one's story or news peg does not date the other."""
    return item.ordinal is not None and other.ordinal is not None and item.ordinal != other.ordinal


def continues(sentence: int, opened: int, last: int, within: int) -> bool:
    """Whether a mention in `sentence` can continue a story opened in sentence `opened` and told last in `last`: a
    later sentence at most `within` after the last, or the last one itself when the story was continued there
    ('During the trip, X held talks with Y and met Z': both of the trip's time), never the opening sentence (its
    undated clauses stated no date though their sentence did)."""
    return sentence != opened and 0 <= sentence - last <= within


def inherit_peg(state: EventState, article_id: str, anchor: Anchor | None) -> None:
    """Undated statements and meetings reported with the news take the date of the article's news peg (its
    first event dated within a week of its own day, else the day its first time names, `lead_day`, for what is told
    in the simple past: 'had urged' may be before that day): its day, whoever takes part (an analyst dates what the news
    reports with no date of its own to the news's day; a month is no safer, and wrong at a day's precision). A
    measure (`peg_measures`: "X also expelled Y's diplomats") takes it when it shares a party with the day's news."""
    if anchor is None or not anchor.exact or anchor.date.precision is not Precision.DAY:
        return
    settings = state.settings
    evidence = state.by_article[article_id]
    peg = next((e for e in evidence if e.date is not None and e.date_origin is DateOrigin.STATED
                and e.date.precision is Precision.DAY and days_apart(e.date, anchor.date) <= settings.peg_days
                and not _after(e.date, anchor.date)), None)  # what was done is not dated by what is planned
    day = news_day(peg.date if peg is not None else None, peg is not None and peg.time == state.leads.get(article_id),
                   lead_day(state, article_id, anchor))
    if day is None:
        return
    parties: set[str] | None = None
    for item in evidence:
        if (item.date is None and item.time is None
                and (item.type in settings.peg_types | settings.peg_measures or item.kind is not None)
                and item.tense == "past" and (peg is not None or not item.earlier)  # "had urged": not the lead's
                and item.modality is Modality.ASSERTED and item.time_ref is None
                and (peg is None or not another_of_series(item, peg))):
            if item.type not in settings.peg_types and item.kind is None:
                if peg is None:
                    continue  # a measure takes the day of the news it shares a party with: no event tells it
                parties = peg_parties(state, evidence, peg) if parties is None else parties
                if not item.parties & parties:
                    continue  # a measure of others ("Western sanctions still block transfers"): no news of the day
            item.date, item.date_origin = day, DateOrigin.INHERITED


def news_day(peg: PartialDate | None, peg_leads: bool, lead: PartialDate | None) -> PartialDate | None:
    """The day of the news an article reports: the day its first time expression names (`lead`, from `lead_day`),
    when it names one, before the day of its first event dated within the week (`peg`) that another, later time
    expression gives ('The three juntas on Saturday founded an alliance ... On Friday the French president said
    ...': Saturday's news, though Friday dates the first event an event type names). The peg's day when its own
    time is the lead (`peg_leads`), or the lead names no day."""
    if peg is None or peg_leads or lead is None:
        return peg if peg is not None else lead
    return lead


def lead_day(state: EventState, article_id: str, anchor: Anchor) -> PartialDate | None:
    """The day an article's first time expression names, when no event of its own carries it as told ('The three
    governments on Saturday created an alliance', an act no event type names): the news peg's day, within
    `peg_days` before the article's own, for the statements reported with the news ('The leaders signed the charter
    in Bamako, the presidency said'). None when that time dates a mention as planned ('will meet on Friday'), or
    names no day, or a day after the article's or long before it."""
    lead = state.leads.get(article_id)
    if lead is None or lead.kind not in DAY_KINDS or lead.ahead or any(
            e.time == lead and e.modality is not Modality.ASSERTED for e in state.by_article[article_id]):
        return None
    day = place(lead, anchor, Modality.ASSERTED).date
    if day is None or day.precision is not Precision.DAY or _after(day, anchor.date) \
            or days_apart(day, anchor.date) > state.settings.peg_days:
        return None
    return day


DAY_KINDS = frozenset({TimeKind.WEEKDAY, TimeKind.DAY_OFFSET, TimeKind.MONTH_DAY, TimeKind.ABSOLUTE})


def _after(day: PartialDate, anchor: PartialDate) -> bool:
    return (day.year, day.month or 0, day.day or 0) > (anchor.year, anchor.month or 0, anchor.day or 0)


def peg_parties(state: EventState, evidence: list[Evidence], peg: Evidence) -> set[str]:
    """Who takes part in the news of the day: the parties of every mention the article dates to the peg's day,
    and of the events they belong to (the visitor's host, named by another sentence or another source)."""
    parties: set[str] = set()
    for item in evidence:
        if item.date == peg.date and item.date_origin is DateOrigin.STATED:
            parties |= item.parties
            if item.event_id in state.events:
                parties |= state.tally(state.events[item.event_id]).parties
    return parties


def date_by_reference(state: EventState, article_id: str) -> None:
    """'Following his meeting with Lavrov, X confirmed ...': once the meeting's event is dated, so is
    the confirmation ('two days after the visit': two days on, `from_event`); it may then join another source's
    report of it. Called once the article's mentions are
    merged, it first dates again the stories they tell (`continue_merged_stories`)."""
    continue_merged_stories(state, article_id)
    date_by_time_ref(state, article_id)
    date_by_occasion(state, article_id)


def date_by_time_ref(state: EventState, article_id: str) -> None:
    """The mentions of an article dated by the event their clause refers to (`time_ref`: 'during the visit',
    'two days after the talks'), from that event's date now. Run again once the article's events told in several
    sentences are merged (`in_article.corefer`): the event referred to may then be the dated report of another
    sentence or source ('Norvian troops are leaving Kessel, flying their guns to the coast', the leaving told
    again in the opening sentence, which other sources date)."""
    evidence = state.by_article[article_id]
    at = {e.n: e for e in evidence}  # by position in the article (a thin article holds only some: state.retire)
    for item in evidence:
        referred = at.get(item.time_ref) if item.time_ref is not None else None
        if referred is None:
            continue
        if item.date is not None and item.date_origin is not DateOrigin.REFERENCED:
            continue
        event = state.events.get(referred.event_id or "")
        date = from_event(event.date, item.time) if event is not None and event.date is not None else None
        if date is not None and date != item.date:
            _redate(state, item, date)


def _redate(state: EventState, item: Evidence, date: PartialDate) -> None:
    """A mention dated by the event it refers to: it may now belong with another event."""
    item.date, item.date_origin = date, DateOrigin.REFERENCED
    remerge(state, item)
    if item.event_id in state.events:
        state.events[item.event_id].recount()
        state.refresh(state.events[item.event_id])


# --- dated by the occasion a clause names ----------------------------------------------------------

# What is told as the day it happens, so that what is said or done during it takes its date: gatherings (a
# meeting, talks, a visit, a call, a summit, a press conference). A war or an offensive lasts: "captured during
# the fighting" is not of the day the fighting began.
OCCASION_TYPES = frozenset({EventType.CONSULT})
# Prepositions of what happens at the occasion itself. "following" is also taken for a gathering, as `time_ref`
# takes it within a sentence ("Following his meeting with X, Y confirmed ...": the statement to the press that
# closes the talks), never for a once-only fact ("following the ruler's fall" may be months on).
# A clause of time naming a once-only fact ("once defeat became inevitable", "when the regime collapsed":
# attach_time.once_clause) is told by its conjunction: when, once, as, while.
SIMULTANEOUS = frozenset({"during", "at", "amid", "on", "in", "with", "when", "once", "as", "while"})


def date_by_occasion(state: EventState, article_id: str) -> None:
    """'As the minister explained during the joint press conference', 'met on the sidelines of the summit',
    'deliveries stopped with the fall of the regime': a mention with no date of its own (no time, no event of its
    sentence dating it) whose clause names the occasion it happens at (`Evidence.occasion`) takes that occasion's
    date (`occasion_date`), at that date's precision, over a date only inherited from a story or the news peg.
    Called once the article's mentions are merged (their events dated)."""
    for item in state.by_article[article_id]:
        if item.occasion is None or item.time is not None or item.time_ref is not None:
            continue
        if item.date is not None and item.date_origin not in (DateOrigin.INHERITED, DateOrigin.REFERENCED):
            continue
        date = occasion_date(state, item)
        if date is not None and date != item.date:
            _redate(state, item, date)


def occasion_date(state: EventState, item: Evidence) -> PartialDate | None:
    """The date of the occasion a mention names: a fact that happens once to whom it is done ('with the fall of
    the regime', `lexicon/once.yaml`) is the store's one dated occurrence done to whom the phrase names
    (`once_occasion`); a gathering ('during the press conference', 'at the summit') is the one dated event of
    that kind the mention's article reports, with a party of the mention in it (`article_occasion`). 'with' names
    only the first ('met with the delegation' is no time), 'following' only the second (`SIMULTANEOUS`)."""
    occasion = item.occasion
    if occasion is None:
        return None
    kind = recurring.kind_of(occasion.type, occasion.mode, [occasion.word])
    if kind is not None:
        return once_occasion(state, item, kind) if occasion.preposition in SIMULTANEOUS else None
    if occasion.preposition == "with" or occasion.type not in OCCASION_TYPES:
        return None
    return article_occasion(state, item)


def article_occasion(state: EventState, item: Evidence) -> PartialDate | None:
    """The date of the gathering a mention names, as its article tells it: the article's other mentions of that
    gathering (`same_gathering`), reported as having happened, whose events hold a party of the mention and every
    party the phrase names. Their events' one date, not after the article's day; else none: two press
    conferences on two days, or one whose date is not known yet (prefer no date to a wrong one)."""
    occasion = item.occasion
    assert occasion is not None
    anchor = state.anchors.get(item.article_id)
    dates: set[PartialDate | None] = set()
    for other in state.by_article[item.article_id]:
        if other is item or other.modality is not Modality.ASSERTED or not same_gathering(occasion, other):
            continue
        event = state.events.get(other.event_id or "")
        if event is None:
            continue
        parties = state.tally(event).parties | other.parties
        if not item.parties & parties or not set(item.occasion_parties) <= parties:
            continue
        dates.add(event.date)
    date = next(iter(dates)) if len(dates) == 1 else None
    if date is None or (anchor is not None and anchor.exact and _after(date, anchor.date)):
        return None  # what was said at a gathering is not dated by one still to come
    return date


def same_gathering(occasion: Occasion, other: Evidence) -> bool:
    """A mention of the gathering an occasion names: of its type; of its mode when the phrase gives one ('the
    visit', 'the call'); the same word for a gathering of many ('the press conference' is not 'the summit', nor
    'the forum'), or its noun or verb ('the talks', 'talked'); any meeting for 'the talks' or 'the meeting'."""
    if other.type != occasion.type:
        return False
    if occasion.mode is Mode.MULTILATERAL:
        return recurring.same_word(occasion.word, [other.lemma], least=4)
    return occasion.mode is None or other.mode == occasion.mode


def once_occasion(state: EventState, item: Evidence, kind: recurring.OnceKind) -> PartialDate | None:
    """The date of a once-only fact the phrase names ('with the fall of the Vell regime'): the dated events of that
    kind done to its named subject (`recurring.done_to`: Vell's regime and Vell), wherever the store holds them.
    One date among them, else none. A phrase naming no one ('offered him refuge once defeat became inevitable')
    tells of the fall of a party of the mention's own clause; one naming others than a subject of such a fact
    ('when the city fell') dates nothing."""
    named = item.occasion_parties or tuple(sorted(item.parties))
    subject = recurring.done_to(named, state.specific, state.related)
    found: set[str] = set().union(*(state.events_of.get(p, set()) for p in subject)) if subject else set()
    dates: set[PartialDate] = set()
    for event_id in sorted(found):
        event = state.events.get(event_id)
        if event is None or event.date is None or event.modality is not Modality.ASSERTED:
            continue
        tally = state.tally(event)
        if recurring.once_kind(event.type, event.mode, tally.lemmas, [kind]) is None:
            continue
        if recurring.done_to(tally.targets, state.specific, state.related) & subject:
            dates.add(event.date)
    return next(iter(dates)) if len(dates) == 1 else None


def continue_merged_stories(state: EventState, article_id: str) -> None:
    """The second dating pass, once the article's mentions are merged: a story opened by a dated mention that
    joined an event other sources date confidently ('visited Russia last October', the visit two other articles
    date to 15 October) is told at that event's date, and its parties are the event's (the host another sentence
    or source names) (`merged_event_date`). Undated mentions that continue it (as in `continue_narrative`), and
    those that `continue_narrative` gave the opening mention's own date, take the event's, and a lone one may
    then join another source's event."""
    for item in walk_stories(state, article_id, merged_event_date, follow_references=False):
        remerge(state, item)  # alone, newly dated: it may now belong with another source's event
        if item.event_id in state.events:
            state.events[item.event_id].recount()
            state.refresh(state.events[item.event_id])


def merged_event_date(state: EventState, opening: Evidence) -> Told:
    """A story told at the date of the event its opening mention joined, when other sources date it confidently
    (`confident_date`), with that event's parties; else at the opening's own date."""
    event = state.events.get(opening.event_id or "")
    if event is not None and opening.date is not None and confident_date(event, opening):
        return Told(event.date, None, frozenset(state.tally(event).parties))
    return Told(opening.date, None, frozenset())


def confident_date(event: Event, item: Evidence) -> bool:
    """An event whose date a mention may take for its own: finer than the mention's and within it, stated to the
    day by two other articles, and by at least twice as many articles as give a day that rules it out (four
    sources of '12 February' and one of '13 February': the 12th)."""
    date, own = event.date, item.date
    if date is None or own is None or date.precision is not Precision.DAY or date == own or not compatible(date, own):
        return False
    stated = [e for e in event.evidence if e is not item and e.date is not None and e.date_origin is DateOrigin.STATED]
    agreeing = {e.article_id for e in stated if e.date == date and e.article_id != item.article_id}
    disagreeing = {e.article_id for e in stated if e.date is not None and not compatible(e.date, date)}
    return len(agreeing) >= 2 and len(agreeing) >= 2 * len(disagreeing)


# --- dates across sources -------------------------------------------------------------------------


def propagate(state: EventState) -> None:
    """Let dates flow across sources until nothing changes (bounded: each article's anchor can only become
    more exact)."""
    for _ in range(state.settings.propagation_rounds):
        touched = _open_among(state, state.changes.changed) | _open_telling_acts(state, state.changes.changed)
        improved = [a for a in sorted(touched) if _improve_anchor(state, a)]
        filled = [a for a in sorted(touched) if _years_missing(state, a)]
        if not improved and not filled:
            return
        for article_id in sorted(set(improved) | set(filled)):
            place_again(state, article_id)


def place_again(state: EventState, article_id: str, redated: bool = False) -> None:
    """Place an article's times again (its anchor, or what the collection knows, changed): a mention newly dated
    (or, `redated`, dated otherwise) may now belong with another source's event."""
    before = {e.key: e.date for e in state.by_article[article_id]}
    place_article(state, article_id)
    state.changes.articles.add(article_id)
    for item in state.by_article[article_id]:
        if item.date is not None and before.get(item.key) != item.date and (redated or before.get(item.key) is None):
            if _contradicts(state, item):
                leave(state, item)  # merged while undated with an event its date now rules out
            remerge(state, item)
    date_by_reference(state, article_id)
    reopen(state, article_id)
    for event_id in in_order({e.event_id for e in state.by_article[article_id] if e.event_id}):
        state.refresh(state.events[event_id])


def story_grew(state: EventState, article_id: str, before: tuple[datetime.date, datetime.date] | None) -> None:
    """A dated article that widens the days the collection was written in (`before`: the span without it) may
    give another year to a year-less date of an article known only by a lower bound (`nearest_story`), or by
    nothing (`in_story`): those articles are placed again."""
    anchor = state.anchors.get(article_id)
    if anchor is None or not anchor.exact:
        return
    days = days_of(anchor.date)
    if before is not None and before[0] <= days[0] and days[1] <= before[1]:
        return
    for other in sorted(state.open):  # the articles with no exact anchor are among those still open
        bound = state.anchors.get(other)
        if other != article_id and (bound is None or not bound.exact) and _years_move(state, other, bound):
            place_again(state, other, redated=True)


def _years_move(state: EventState, article_id: str, bound: Anchor | None) -> bool:
    """Whether a year-less date the article states falls in another year now (with no bound, one the story's
    days place, `in_story`, or no longer place)."""
    story = story_days(state, article_id)

    def now(item: Evidence) -> PartialDate | None:
        placed = place(item.time, bound, item.modality, None, story)
        return placed.date if bound is not None else in_story(item, placed, story).date
    return any(now(e) != e.date for e in state.by_article[article_id]
               if e.time is not None and e.time.kind in YEARLESS and e.time.weekday is None
               and (e.date_origin is DateOrigin.STATED or (bound is None and e.date is None)))


def _contradicts(state: EventState, item: Evidence) -> bool:
    """A mention, newly dated, whose event's other sources give only dates that cannot be its own, even as the
    date conflict of one event (further apart than `conflict_window_days`)."""
    assert item.date is not None
    event = state.events.get(item.event_id or "")
    if event is None or len(event.evidence) < 2:
        return False
    others = [e.date for e in event.evidence if e is not item and e.date is not None]
    return bool(others) and all(not compatible(item.date, d) and days_apart(item.date, d)
                                > state.settings.conflict_window_days for d in others)


def leave(state: EventState, item: Evidence) -> None:
    """Take a mention out of its event (which keeps its other sources) and make it an event of its own, to be
    merged again by `remerge`."""
    event = state.events[item.event_id or ""]
    event.evidence.remove(item)
    event.recount()
    state.refresh(event)
    alone = state.create(item)
    alone.evidence.append(item)
    item.event_id = alone.id
    state.changes.grew.add(alone.id)
    state.refresh(alone)


def reopen(state: EventState, article_id: str) -> None:
    """Keep track of the articles whose dates may still improve: no exact anchor (or one known only to the
    month), or a year-less date; and, of those with no exact anchor, the parties of the acts they tell on a
    weekday (`EventState.weekday_parties`, read by `_open_telling_acts`)."""
    anchor = state.anchors.get(article_id)
    items = state.by_article[article_id]
    if (anchor is None or not anchor.exact or anchor.date.precision is not Precision.DAY) or any(
            e.date is None and e.month_day is not None for e in items):
        state.open.add(article_id)
    else:
        state.open.discard(article_id)
    undated = anchor is None or not anchor.exact
    for party in {p for item in items if _told_on_a_weekday(item) for p in item.parties}:
        if undated:
            state.weekday_parties[party].add(article_id)
        else:
            state.weekday_parties[party].discard(article_id)


def _told_on_a_weekday(item: Evidence) -> bool:
    """An act the text says was done on a weekday ('signed on Friday'): what `same_act_days` can date."""
    return item.time is not None and item.time.kind is TimeKind.WEEKDAY and item.modality is Modality.ASSERTED


def _open_among(state: EventState, event_ids: set[str]) -> set[str]:
    """The open articles with evidence in these events (without walking every article of a big one)."""
    found: set[str] = set()
    for event_id in event_ids:
        articles = state.tally(state.events[event_id]).articles
        if len(articles) < len(state.open):
            found.update(a for a in articles if a in state.open)
        else:
            found.update(a for a in state.open if a in articles)
    return found


def _open_telling_acts(state: EventState, event_ids: set[str]) -> set[str]:
    """The articles with no exact date that tell, on a weekday, an act of one of these events' kind by its
    parties (`same_act_days` may now find its day): a dated article read after the undated one dates it too,
    whatever order they were read in. Looked up by party (`EventState.weekday_parties`), not by walking every
    open article."""
    found: set[str] = set()
    for event_id in sorted(event_ids):
        event = state.events.get(event_id)
        if event is None or not any(o.date is not None and o.date.precision is Precision.DAY
                                    and o.date_origin is DateOrigin.STATED for o in event.evidence):
            continue
        tally = state.tally(event)
        for article_id in sorted({a for p in tally.parties for a in state.weekday_parties.get(p, ())} - found):
            if any(_told_on_a_weekday(item) and item.event_id != event.id and tells_same_act(state, item, event)
                   for item in state.by_article.get(article_id, ())):
                found.add(article_id)
    return found


def _years_missing(state: EventState, article_id: str) -> bool:
    return any(e.date is None and e.month_day is not None and e.event_id in state.events
               and year_from_sources(state.events[e.event_id], e) is not None
               for e in state.by_article[article_id])


def _improve_anchor(state: EventState, article_id: str) -> bool:
    current = state.anchors.get(article_id)
    if current is not None and current.exact and current.date.precision is Precision.DAY:
        return False
    exact = _exact_from_events(state, article_id)
    if exact is not None and (current is None or not current.exact or compatible(current.date, exact)):
        state.anchors[article_id] = Anchor(exact, AnchorKind.FROM_EVENT)
        return True
    if current is None or not current.exact:
        sourced = [e.date for e in state.by_article[article_id]
                   if e.date is not None and e.date_origin is DateOrigin.YEAR_FROM_SOURCES]
        dated = bound_dates(state, article_id) if current is None else sourced
        later = later_bound(current, dated)
        if later is not None:
            bound = Anchor(later, AnchorKind.LOWER_BOUND)
            state.anchors[article_id] = lead_bound(bound, state.leads.get(article_id),
                                                   state.settings.recalled_days) or bound
            return True
    return False


def bound_dates(state: EventState, article_id: str) -> list[PartialDate]:
    """The dates that bound an article with no date from below: its year-less dates given a year by other sources
    (the events they report, `year_from_sources`, or a year the story's days gave that another source of its event
    states too, within a month), and,
    beside those, the others the story's days gave a year (`in_story`: 'in September', after a 26 January another
    source dates). The story's days alone make no bound: a guess that then placed 'this year' or 'last month'
    would guess twice."""
    def sourced(item: Evidence) -> bool:
        if item.date_origin is DateOrigin.YEAR_FROM_SOURCES:
            return True
        event = state.events.get(item.event_id or "")
        return item.month_day is not None and event is not None and item.date is not None and any(
            other.article_id != item.article_id and other.date is not None and other.date_origin is DateOrigin.STATED
            and other.date.year == item.date.year and (other.date.month is None or abs(other.date.month
                                                                                       - item.month_day[0]) <= 1)
            for other in event.evidence)
    evidence = [e for e in state.by_article[article_id] if e.date is not None and e.date.month is not None
                and e.date_origin in (DateOrigin.YEAR_FROM_SOURCES, DateOrigin.STATED)]
    return [e.date for e in evidence if e.date is not None] if any(sourced(e) for e in evidence) else []


def _dated_article(state: EventState, article_id: str) -> bool:
    anchor = state.anchors.get(article_id)
    return anchor is not None and anchor.exact


def _exact_from_events(state: EventState, article_id: str) -> PartialDate | None:
    """This article said 'yesterday' (or 'today', or 'on Wednesday' of what happened) about an event another
    source dates to the day. A weekday comes round every week: it dates the article only when every day the
    other sources give points to the same one, and no other day it could be (`_rival_weekdays`) is known. Only
    when no source of its own events gives a weekday's day, the days dated articles give the same act of the same
    parties on that weekday are looked at (`same_act_days`), under the same rule."""
    weekdays: set[PartialDate] = set()
    rivals: set[PartialDate] = set()
    told: list[Evidence] = []
    for item in state.by_article[article_id]:
        if item.time is None or item.time.kind not in (TimeKind.DAY_OFFSET, TimeKind.WEEKDAY):
            continue
        if item.time.kind is TimeKind.WEEKDAY and item.modality is not Modality.ASSERTED:
            continue
        told.append(item)
        for date in _days_others_give(state, item):
            inferred = infer_exact_anchor(item.time, date)
            if inferred is not None and item.time.kind is TimeKind.DAY_OFFSET:
                return inferred
            if inferred is not None:
                weekdays.add(inferred)
        rivals |= _rival_weekdays(state, item)
    if not weekdays:
        weekdays = {day for item in told if item.time is not None for date in same_act_days(state, item)
                    if (day := infer_exact_anchor(item.time, date)) is not None}
    if len(weekdays) == 1 and rivals <= weekdays:
        return next(iter(weekdays))
    return week_told(weekdays, weekdays | rivals, _news_days(state, article_id), state.settings.peg_days)


def week_told(given: set[PartialDate], possible: set[PartialDate], news: list[PartialDate],
              within: int) -> PartialDate | None:
    """'On Wednesday' in an article no date places, where that weekday could be several days (`possible`: two
    meetings of the same people on two Wednesdays, months apart), and the article also tells, as this week's or
    yesterday's, an event other sources date to the day (`news`): the one possible day within `within` days of
    such a day is the article's week. It must be a day the sources give its weekday's own event (`given`); a
    rival day alone dates nothing, nor do two that fit."""
    near = {d for d in possible if any(days_apart(d, n) <= within for n in news)}
    return next(iter(near)) if len(near) == 1 and near <= given else None


def _news_days(state: EventState, article_id: str) -> list[PartialDate]:
    """The days other sources state for the events this article tells as of its own days ('this week',
    'yesterday', 'today': relative to when it was written, not a weekday)."""
    days: list[PartialDate] = []
    for item in state.by_article[article_id]:
        if item.time is None or item.time.kind not in (TimeKind.DAY_OFFSET, TimeKind.WEEK_OFFSET) or \
                item.time.offset not in (-1, 0) or item.modality is not Modality.ASSERTED:
            continue
        event = state.events.get(item.event_id or "")
        days += [other.date for other in (event.evidence if event is not None else ())
                 if other.article_id != article_id and other.date_origin is DateOrigin.STATED
                 and other.date is not None and other.date.precision is Precision.DAY]
    return days


def _rival_weekdays(state: EventState, item: Evidence) -> set[PartialDate]:
    """'Al-Sharaa spoke with X on Wednesday', in an article no date places, about an event no source dates yet:
    every day-dated event of that type a named party of it (a person, a group) took part in on that weekday, at
    any time, is a day it could be. They only make the weekday ambiguous, never date an article by themselves."""
    if item.time is None or item.time.kind is not TimeKind.WEEKDAY or item.modality is not Modality.ASSERTED:
        return set()
    own = state.events.get(item.event_id or "")
    if own is not None and own.date is not None:
        return set()  # the event it joined dates it (two visits: the one it belongs to)
    found: set[PartialDate] = set()
    for event in _same_parties(state, item):
        if event is not own and event.date is not None and _same_story_fit(state, item, event):
            inferred = infer_exact_anchor(item.time, event.date)
            if inferred is not None:
                found.add(inferred)
    return found


def _days_others_give(state: EventState, item: Evidence) -> list[PartialDate]:
    """Day-precise dates other sources state for this mention's event, or for an event of the same
    trip: same place, shared participants, same month."""
    days: list[PartialDate] = []
    event = state.events.get(item.event_id or "")
    pool = [event] if event is not None else []
    pool += [state.events[i] for i in candidates(state, item, merging=False) if i != item.event_id]
    pool += [e for e in _same_trip(state, item) if e not in pool]
    for candidate in pool:
        fits = True if candidate is event else None  # whether the candidate is of the same trip or story: asked
        for other in candidate.evidence:  # once, at its first source stating a day
            if (other.article_id != item.article_id and other.date_origin is DateOrigin.STATED
                    and other.date is not None and other.date.precision is Precision.DAY):
                if fits is None:
                    fits = _same_trip_fit(state, item, candidate) or _same_story_fit(state, item, candidate)
                if fits:
                    days.append(other.date)
                else:
                    break
    return days


def same_act_days(state: EventState, item: Evidence) -> list[PartialDate]:
    """'Armenia and Azerbaijan signed the declaration on Friday', in an article no date places, about an act no
    other source of its own event dates: the days the collection's dated articles state for the same act by two of
    its parties, or one named party (a person, a group), on that weekday, and not before the article's lower
    bound. The same parties doing the same act on that weekday is the act another source dates; two such days are
    two candidates, and then nothing tells which (`_exact_from_events` dates nothing). Only when no such act of its
    own type is dated, an agreement looks for a signing of the same parties, and a signing for an agreement
    (`same_act`). What is planned, denied or conditional, or a mention whose own event has a date already, looks
    for none."""
    if item.time is None or not _told_on_a_weekday(item):
        return []
    anchor = state.anchors.get(item.article_id)
    if anchor is not None and anchor.exact:
        return []
    own = state.events.get(item.event_id or "")
    if own is not None and own.date is not None:
        return []
    found: set[str] = set()
    for party in sorted(item.parties):
        found |= state.events_of.get(party, set())
    same: set[PartialDate] = set()
    kin: set[PartialDate] = set()
    for event_id in sorted(found):
        event = state.events.get(event_id)
        if event is None or event is own or event.modality is not Modality.ASSERTED \
                or not tells_same_act(state, item, event):
            continue
        days = same if event.act == item.act else kin
        for other in event.evidence:
            when = other.date
            if other.article_id == item.article_id or other.date_origin is not DateOrigin.STATED or when is None \
                    or when.precision is not Precision.DAY or not _dated_article(state, other.article_id):
                continue
            if infer_exact_anchor(item.time, when) is None:
                continue  # another weekday
            if anchor is not None and days_of(when)[1] < days_of(anchor.date)[0]:
                continue  # before the day the article is known to be written after
            days.add(when)
    return sorted(same or kin, key=lambda d: (d.year, d.month or 0, d.day or 0))


def tells_same_act(state: EventState, item: Evidence, event: Event) -> bool:
    """The mention may tell this event's act: the same act (`same_act`), by two of its parties or one named
    party (a person, a group)."""
    tally = state.tally(event)
    if not same_act(item.act, item.lemma, event.act, tally.lemmas, state.settings.together_words):
        return False
    shared = item.parties & tally.parties
    return len(shared) >= 2 or any(state.specific(p) for p in shared)


def same_act(act: str, lemma: str, other_act: str, other_lemmas: Collection[str], signing: Collection[str]) -> bool:
    """Whether two mentions can tell one act: the same act, or an agreement and the signing of it ('Ethiopia and
    Somalia agreed on Wednesday to ...', 'the text was signed on Wednesday by Ethiopia and Somalia': signing, a
    SUPPORT, is how the two sides agreed; `signing`: the words of a joint signing)."""
    if act == other_act:
        return True
    pair = {act, other_act}
    if pair != {EventType.AGREE.value, EventType.SUPPORT.value}:
        return False
    signed = lemma in signing if act == EventType.SUPPORT.value else any(w in signing for w in other_lemmas)
    return signed


def _same_story_fit(state: EventState, item: Evidence, event: Event) -> bool:
    """'Al-Sharaa arrived on Wednesday' and a visit of his another source dates: for a weekday, an event of the
    same type with a named party or two parties in common, whose date agrees with what this mention's own event
    already knows (its month, from the other articles that report it)."""
    if item.time is None or item.time.kind is not TimeKind.WEEKDAY or event.type != item.type:
        return False
    shared = item.parties & state.tally(event).parties
    if len(shared) < 2 and not any(state.specific(p) for p in shared):
        return False
    own = state.events.get(item.event_id or "")
    return event.date is None or own is None or own.date is None or compatible(own.date, event.date)


def _same_parties(state: EventState, item: Evidence) -> list[Event]:
    """For a weekday: every event of the mention's type that one of its named parties (a person, a group) takes
    part in, whenever it was: two meetings of the same two people on two Wednesdays, months apart, are both
    candidates, so that nothing tells which one 'on Wednesday' is (`_exact_from_events` then dates nothing)."""
    if item.time is None or item.time.kind is not TimeKind.WEEKDAY:
        return []
    found: set[str] = set()
    for party in sorted(item.parties):
        if state.specific(party):
            found |= {i for i in state.events_of.get(party, ()) if i in state.events
                      and state.events[i].type == item.type}
    return [state.events[i] for i in in_order(found)]


def _same_trip(state: EventState, item: Evidence) -> list[Event]:
    """Meetings in the same place in the weeks before the article."""
    if item.location is None:
        return []
    anchor = state.anchors.get(item.article_id)
    found = state.index.find(nearby_keys(EventType.CONSULT, [item.location], None, anchor.date if anchor else None,
                                         state.settings))
    return [state.events[i] for i in found if i in state.events]


def _same_trip_fit(state: EventState, item: Evidence, event: Event) -> bool:
    """A meeting 'yesterday' in Moscow and a visit to Moscow on a given day, with a party in common."""
    if item.location is None or item.location not in state.tally(event).locations:
        return False
    if not item.parties & state.tally(event).parties:
        return False
    event_date = event.date
    own = state.events.get(item.event_id or "")
    return event_date is None or own is None or own.date is None or compatible(own.date, event_date)
